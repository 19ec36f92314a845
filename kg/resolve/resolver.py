"""resolve_article(): an article's entity mentions -> entities with stable keys.

Keys (deterministic, the same in every article that names the same thing):
  person/<full-name-slug>                     person/bima-ekawardhana
  organization[/<region code>]/<name-slug>    organization/62.02/dinsosnakertrans; the acronym
      is the name when it is known or derivable, else the full name without its region
  place/<code>                                a Kepmendagri region: place/62.02
  place/<regency code>/<capital-slug>         a regency capital: place/62.02/sampit
  place/name/<slug>                           a place not (uniquely) in the gazetteer
  event/<article-id-slug>/<n>                 the article's n-th event (0-based)

A name that does not identify its bearer on its own gets an article-scoped key,
<key>~<10 hex of sha1(article id)>: a one-word person name the article does not join to a
full name (person/budi~3fa2c1d0e9; known mononyms such as Wiranto stay global) and a
regional agency named without its region (organization/polres~...). The linker
(kg/link) joins them across articles only with evidence beyond the name.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from kg.extract.types import EntityMention, Event, ExtractedArticle, Quote, Relation
from kg.resolve.acronyms import acronym_table, find_definitions
from kg.resolve.gazetteer import Region, gazetteer
from kg.resolve.names import fold_name, global_one_word_names
from kg.resolve.orgs import (GOVERNMENT_BY_KIND, GOVERNMENT_WORDS, OrgName, clean_base,
                              is_generic_regional, is_national, org_name, split_region)
from kg.resolve.persons import (ambiguous_short_links, cluster_names, known_key_links,
                                listed_aliases, paren_aliases, person_key)
from kg.resolve.places import Context, choose, plain_place_key, region_entities, region_key
from kg.resolve.text import normalize, slugify
from kg.resolve.types import CandidateLink, Entity, ResolvedArticle


@dataclass
class _Draft:
    key: str
    type: str
    labels: list[str] = field(default_factory=list)     # surface forms, in order seen
    extra_aliases: set[str] = field(default_factory=set)
    pref: str | None = None
    region_code: str | None = None
    unit_of: str | None = None
    located_in: str | None = None
    attributes: dict[str, list[str]] = field(default_factory=dict)

    def attr(self, name: str, value: str) -> None:
        values = self.attributes.setdefault(name, [])
        if value and value not in values:
            values.append(value)

    def entity(self) -> Entity:
        pref = self.pref or max(self.labels, key=lambda s: (len(s), s))
        aliases = {a for a in set(self.labels) | self.extra_aliases if a and a != pref}
        return Entity(self.key, self.type, pref, tuple(sorted(aliases)), self.region_code,
                      self.unit_of, self.located_in,
                      tuple(sorted((k, "|".join(v)) for k, v in self.attributes.items() if v)))


def resolve_article(extracted: ExtractedArticle, known_keys=None) -> ResolvedArticle:
    """Resolve one article. known_keys: person keys from other articles, for candidate links."""
    return _Resolver(extracted, known_keys).run()


class _Resolver:
    def __init__(self, extracted: ExtractedArticle, known_keys):
        self.x = extracted
        self.known_keys = set(known_keys or ())
        self.gaz = gazetteer()
        self.drafts: dict[str, _Draft] = {}
        self.keys: dict[str, str] = {}                  # mention id -> entity key
        self.links: list[CandidateLink] = []
        self.ctx = Context(self.gaz)
        self.scope = "~" + hashlib.sha1(extracted.article.id.encode("utf-8", "surrogatepass")).hexdigest()[:10]

    def run(self) -> ResolvedArticle:
        article = self.x.article
        self.ctx.scan(article.title + "\n" + article.text)
        for m in self.x.mentions:
            if m.kind == "place":
                region = self._strong_region(m.name)
                if region:
                    self.ctx.add(region.code, normalize(m.name))
        self._places([m for m in self.x.mentions if m.kind == "place"])
        self._organizations([m for m in self.x.mentions if m.kind == "organization"])
        self._persons([m for m in self.x.mentions if m.kind == "person"])
        for m in self.x.mentions:
            if m.id not in self.keys:    # an unknown kind: keep it, typed as written
                draft = self._draft(f"{slugify(m.kind)}/{slugify(m.name or m.text)}",
                                    m.kind or "thing")
                draft.labels.append(m.name or m.text)
                self.keys[m.id] = draft.key
        entities = tuple(sorted((d.entity() for d in self.drafts.values()), key=lambda e: e.key))
        return ResolvedArticle(
            article=article, sentences=self.x.sentences, entities=entities,
            mention_keys=tuple((m.id, self.keys[m.id]) for m in self.x.mentions),
            relations=self._relations(), quotes=self._quotes(), events=self._events(),
            candidate_links=tuple(sorted(set(self.links),
                                         key=lambda c: (c.key_a, c.key_b, c.reason))))

    # --- shared -------------------------------------------------------------------------

    def _draft(self, key: str, type_: str) -> _Draft:
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = _Draft(key, type_)
        return draft

    def _strong_region(self, name: str) -> Region | None:
        """A province or regency named unambiguously without context (Kotim, Kalteng)."""
        hits = [a.region for a in self.gaz.lookup(name, strong_only=True)
                if a.region.level <= 2 and a.region.kind != "ibukota"]
        return hits[0] if len({r.code for r in hits}) == 1 else None

    def _add_region(self, region: Region, surfaces: set[str] = frozenset()) -> str:
        for entity in region_entities(self.gaz, region, surfaces):
            draft = self._draft(entity.key, "place")
            draft.pref = entity.pref_label
            draft.extra_aliases |= set(entity.aliases)
            draft.region_code = entity.region_code
            draft.located_in = entity.located_in
            for k, v in entity.attributes:
                draft.attr(k, v)
        return region_key(region)

    def _region_of(self, text: str | None) -> Region | None:
        if not text:
            return None
        region = choose(self.gaz, text, self.ctx)
        if region is not None and region.level <= 2:
            return region
        return None

    # --- places -------------------------------------------------------------------------

    def _places(self, mentions: list[EntityMention]) -> None:
        unresolved = []
        for m in mentions:
            if not self._gazetteer_place(m):
                unresolved.append(m)
        # "Pasir Putih ... Kota Sampit": a place the gazetteer doesn't know is kept under the
        # region of the place the text puts it in, so homonyms in other regions stay apart
        container = {r.subject: r.object for r in self.x.relations if r.kind == "located_in"}
        for m in unresolved:
            name = m.name or m.text
            outer = self.drafts.get(self.keys.get(container.get(m.id), ""))
            code = outer.region_code if outer is not None else None
            key = plain_place_key(name) if code is None else f"place/{code}/{slugify(name)}"
            draft = self._draft(key, "place")
            draft.labels.append(name)
            if outer is not None:
                draft.located_in = outer.key
                draft.region_code = code
            self.keys[m.id] = draft.key

    def _gazetteer_place(self, m: EntityMention) -> bool:
        """Key a place found in the gazetteer (with the article as context); False if none."""
        name = m.name or m.text
        region = choose(self.gaz, name, self.ctx)
        if region is None and m.region:      # "Sampit, Kotim": the region as context
            scoped = self._region_of(m.region)
            if scoped is not None:
                self.ctx.add(scoped.code, normalize(m.region))
                region = choose(self.gaz, name, self.ctx)
        if region is None:
            return False
        surfaces = {name, m.text} - {region.name}
        self.keys[m.id] = self._add_region(region, surfaces)
        return True

    # --- organisations ------------------------------------------------------------------

    def _organizations(self, mentions: list[EntityMention]) -> None:
        text = self.x.article.text
        defined: dict[str, str] = {}
        for d in find_definitions(text):
            defined[normalize(d.long)] = d.short
            defined[normalize(d.short)] = d.long
        is_region = lambda s: self._region_of(s) is not None  # noqa: E731
        split, extras = {}, {}
        for m in mentions:
            base, region_text = split_region(m.name or m.text, m.region, is_region)
            base, extras[m.id] = clean_base(base)
            if region_text is None:        # "Kemenag Kota Singkawang (...)": region after cleaning
                base, region_text = split_region(base, None, is_region)
            split[m.id] = (base, region_text)
        bases = sorted({b for b, _ in split.values()})
        # the long names the in-article definitions pair with acronyms
        for d in find_definitions(text):
            for b in bases:
                if normalize(b) == normalize(d.short):
                    defined[normalize(b)] = d.long
        names: dict[str, OrgName] = {}
        for m in mentions:
            base, region_text = split[m.id]
            names[m.id] = org_name(base, region_text, defined, [b for b in bases if b != base])
        # region of each mention; an unresolvable region stays part of the name
        regions: dict[str, Region | None] = {}
        for m in mentions:
            region_text = names[m.id].region_text
            # "Polres Metro" is a Jakarta police unit, not one of Metro (Lampung)
            police_metro = normalize(region_text or "") == "metro" and \
                normalize(names[m.id].base).split()[:1] in (["polres"], ["polda"], ["polsek"], ["polresta"])
            region = None if police_metro else self._region_of(region_text)
            if names[m.id].region_text and region is None:
                names[m.id] = org_name(" ".join((m.name or m.text).split()), None, defined, bases)
            regions[m.id] = region
        # unscoped regional agencies inherit the single region their scoped twin has
        scoped_codes: dict[str, set[str]] = {}
        for m in mentions:
            if regions[m.id]:
                scoped_codes.setdefault(self._name_slug(names[m.id]), set()).add(regions[m.id].code)
        for m in mentions:
            slug = self._name_slug(names[m.id])
            codes = scoped_codes.get(slug, set())
            if regions[m.id] is None and len(codes) == 1 and not is_national(names[m.id]):
                regions[m.id] = self.gaz.get(next(iter(codes)))
        for m in mentions:
            name, region = names[m.id], regions[m.id]
            if region is not None and normalize(name.base) in GOVERNMENT_WORDS:
                acronym = GOVERNMENT_BY_KIND.get(region.kind)
                if acronym:
                    name = replace(name, acronym=acronym)
            self._org_entity(m, name, region, extras[m.id])

    @staticmethod
    def _name_slug(name: OrgName) -> str:
        return slugify(name.key_name)

    def _org_entity(self, m: EntityMention, name: OrgName, region: Region | None,
                    extras: list[str]) -> None:
        slug = self._name_slug(name)
        key = f"organization/{region.code}/{slug}" if region else f"organization/{slug}"
        if region is None and is_generic_regional(name):
            key += self.scope
        draft = self._draft(key, "organization")
        self.keys[m.id] = key
        draft.extra_aliases |= set(extras)
        if m.provenance.extractor != "implied-by-title":   # "Kapolres Bogor" names a person's post
            draft.labels.append(" ".join(m.text.split()))
        draft.labels.append(" ".join((m.name or m.text).split()))
        if name.acronym:
            draft.extra_aliases.add(name.acronym)
        if name.expansion and name.expansion != name.base:
            draft.extra_aliases.add(name.expansion)
        if region is None:
            return
        draft.region_code = region.code
        draft.located_in = self._add_region(region)
        region_text = name.region_text or m.region
        if region_text:
            draft.attr("region", region_text)
            if name.acronym:
                draft.extra_aliases.add(f"{name.acronym} {region_text}")
        if is_national(name):        # Kemenag Kotim is a unit of Kemenag
            parent = self._draft(f"organization/{slug}", "organization")
            entry = acronym_table().expand(name.acronym) if name.acronym else None
            parent.pref = parent.pref or (entry.expansion if entry else name.expansion or name.base)
            parent.extra_aliases |= {a for a in (name.acronym, name.expansion) if a}
            draft.unit_of = parent.key

    # --- persons ------------------------------------------------------------------------

    def _persons(self, mentions: list[EntityMention]) -> None:
        norm = {m.id: normalize(m.name or m.text) for m in mentions}
        canon = cluster_names([n for n in norm.values() if n])
        aliases = paren_aliases(self.x.article.text, mentions, norm)
        for short, full in listed_aliases([n for n in norm.values() if n], canon).items():
            aliases.setdefault(short, full)
        for short, full in aliases.items():
            if canon.get(short, short) == short:   # not already a short form of a full name
                for n, c in list(canon.items()):
                    if c == short:
                        canon[n] = canon.get(full, full)
        self.links += ambiguous_short_links([n for n in norm.values() if n], canon, self._person_key)
        written: dict[str, str] = {}     # normalised full name -> longest written form
        for m in mentions:
            name = " ".join((m.name or m.text).split())
            c = canon.get(norm[m.id], norm[m.id])
            if norm[m.id] == c and len(name) >= len(written.get(c, "")):
                written[c] = name
        for m in mentions:
            name = " ".join((m.name or m.text).split())
            c = canon.get(norm[m.id], norm[m.id])
            key = self._person_key(c or name)
            draft = self._draft(key, "person")
            draft.pref = written.get(c, name)
            draft.labels.append(name)
            for t in m.titles:
                draft.attr("titles", t)
            for r in m.ranks:
                draft.attr("ranks", r)
            self.keys[m.id] = key
            if len(c.split()) == 1 and self.known_keys:
                self.links += known_key_links(key, c, self.known_keys)

    def _person_key(self, name: str) -> str:
        key = person_key(name)
        if len(name.split()) == 1 and fold_name(name, "person") not in global_one_word_names():
            key += self.scope
        return key

    # --- records ------------------------------------------------------------------------

    def _relations(self) -> tuple[Relation, ...]:
        """Re-pointed relations; self-relations dropped; duplicates (same kind, subject,
        object, title, former, acting) keep the first of highest confidence."""
        best: dict[tuple, Relation] = {}
        order: list[tuple] = []
        for r in self.x.relations:
            s, o = self.keys.get(r.subject), self.keys.get(r.object)
            if s is None or o is None or s == o:
                continue
            r = replace(r, subject=s, object=o)
            ident = (r.kind, s, o, r.title, r.former, r.acting)
            if ident not in best:
                order.append(ident)
                best[ident] = r
            elif r.provenance.confidence > best[ident].provenance.confidence:
                best[ident] = r
        return tuple(best[i] for i in order)

    def _quotes(self) -> tuple[Quote, ...]:
        return tuple(replace(q, speaker=self.keys[q.speaker]) for q in self.x.quotes
                     if q.speaker in self.keys)

    def _events(self) -> tuple[Event, ...]:
        prefix = f"event/{slugify(self.x.article.id)}"
        out = []
        for n, e in enumerate(self.x.events):
            out.append(replace(
                e, id=f"{prefix}/{n}",
                organizer=self.keys.get(e.organizer) if e.organizer else None,
                partners=self._key_list(e.partners),
                participants=self._key_list(e.participants),
                targets=self._key_list(e.targets), sources=self._key_list(e.sources),
                co_agents=tuple(k for k in self._key_list(e.co_agents)
                                if k != self.keys.get(e.organizer)),
                place=self.keys.get(e.place) if e.place else None))
        return tuple(out)

    def _key_list(self, ids) -> tuple[str, ...]:
        keys = [self.keys[i] for i in ids if i in self.keys]
        return tuple(dict.fromkeys(keys))
