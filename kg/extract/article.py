"""Extraction entry point: one analyzed article -> mentions, relations, quotes and events.

    from kg.extract.article import extract_article
    extracted = extract_article(analyzed)
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from kg.extract.agencies import Agency, find_agencies
from kg.extract.events import dateline_place_mention, extract_events, with_quote_sources
from kg.extract.quotes import find_quotes
from kg.extract.places import address_chain
from kg.extract.relations import located_in, post_relation, unit_of
from kg.extract.titles import Person, Post, find_people, inherit_orgs, inherit_regions, \
    plausible_person
from kg.extract.types import EntityMention, ExtractedArticle, Provenance
from kg.nlp.tokenize import visible
from kg.nlp.types import AnalyzedArticle, Mention


@dataclass
class _Draft:
    """An EntityMention before ids are assigned."""

    kind: str
    start: int
    end: int
    name: str
    sentence_index: int
    extractor: str
    confidence: float
    region: str | None = None
    titles: tuple[str, ...] = ()
    ranks: tuple[str, ...] = ()
    id: str = ""


class _Mentions:
    def __init__(self, article_id: str, text: str):
        self.article_id = article_id
        self.text = text
        self.items: dict[tuple[str, int, int], _Draft] = {}

    def add(self, d: _Draft) -> _Draft:
        key = (d.kind, d.start, d.end)
        old = self.items.get(key)
        if old is None:
            self.items[key] = d
            return d
        old.titles = tuple(dict.fromkeys(old.titles + d.titles))
        old.ranks = tuple(dict.fromkeys(old.ranks + d.ranks))
        return old

    def finish(self) -> list[EntityMention]:
        drafts = sorted(self.items.values(), key=lambda d: (d.start, -d.end, d.kind))
        out = []
        for n, d in enumerate(drafts):
            d.id = f"m{n}"
            out.append(EntityMention(
                d.id, d.kind, self.text[d.start:d.end], d.name,
                Provenance(self.article_id, d.sentence_index, d.start, d.end, d.extractor,
                           d.confidence),
                d.region, d.titles, d.ranks))
        return out


EDITOR_CODE = re.compile(r"^[A-Z0-9.-]+(?:/[A-Z0-9.-]+)+$")


def person_name_parts(mentions) -> set[str]:
    """Single words of the multi-word person names NER found in the article."""
    parts = set()
    for m in mentions:
        words = visible(m.text).split()
        if m.type == "PER" and len(words) > 1:
            parts.update(w for w in words if len(w) > 2 and w[0].isupper())
    return parts


_DEFINED = re.compile(r"((?:[A-Z][\w'-]*\s+){1,8})\(([A-Z][A-Za-z0-9]{1,9})\)")


def defined_names(text: str) -> frozenset[str]:
    """Capitalized runs defined by an acronym in brackets after them, from the word on that
    the acronym's first letter starts: "... - Generasi Muda Partai Golkar (GMPG)"."""
    out = set()
    for m in _DEFINED.finditer(text):
        words = m.group(1).split()
        first = m.group(2)[0]
        for i, w in enumerate(words[:-1]):
            if w[0] == first:
                out.add(" ".join(words[i:]))
                break
    return frozenset(out)


def _one_person(people: list[Person]) -> Person | None:
    """The one person of a sentence (its short names aside: "Bambang Soesatyo", "Bambang")."""
    if not people:
        return None
    full = max(people, key=lambda p: len(p.name))
    words = set(full.name.split())
    return full if all(set(p.name.split()) <= words for p in people) else None


_PREPOSITIONS = {"di", "ke", "dari", "Di", "Ke", "Dari"}


def _after_preposition(text: str, start: int) -> bool:
    words = text[max(0, start - 8):start].split()
    return bool(words) and words[-1] in _PREPOSITIONS


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def extract_article(analyzed: AnalyzedArticle) -> ExtractedArticle:
    art = analyzed.article
    text = art.text
    ms = _Mentions(art.id, text)
    by_sentence: dict[int, list[Mention]] = {}
    name_parts = person_name_parts(analyzed.mentions)
    for m in analyzed.mentions:
        if m.type != "PER" and (visible(m.text) in name_parts or EDITOR_CODE.match(m.text)):
            continue   # "harap Bima" is Bima Ekawardhana, not the regency; "(T.KR-NJI/C/H-KWR)"
        by_sentence.setdefault(m.sentence_index, []).append(m)

    person_draft: dict[int, _Draft] = {}          # id(Person) -> draft
    org_draft: dict[tuple[int, int], _Draft] = {}  # agency span -> draft
    pending = []   # (kind, args) relations to build once ids exist
    titled = []    # (start, end, keyword, person draft or None)
    sent_posts = []  # (post, sentence index)
    unit_parent: dict[str, _Draft] = {}   # a unit's name (or its acronym) -> its parent's draft
    last_people: list[Person] = []   # the people of the last sentence that named any
    # organisation names NER found anywhere in the article, to find them inside title phrases
    known_orgs = frozenset(" ".join(m.text.split()) for m in analyzed.mentions
                           if m.type == "ORG")
    # "Generasi Muda Partai Golkar (GMPG)": a long form defined by an acronym is one name
    defined = defined_names(text)
    # one-word person names NER found ("kata Brahmantya"): a name's word, not an organisation's
    alone_names = frozenset(visible(m.text) for m in analyzed.mentions if m.type == "PER"
                            and " " not in visible(m.text).strip() and len(m.text) > 2
                            and m.text[:1].isupper())
    # one-word places written after a preposition ("di Jeddah"): not a name's first word
    known_places = frozenset(m.text for m in analyzed.mentions if m.type == "LOC"
                             and " " not in m.text and _after_preposition(text, m.start))
    for s in analyzed.sentences:
        ner = [m for m in _merge_adjacent_people(by_sentence.get(s.index, []), s)
               if m.type != "PER" or plausible_person(s, m)]
        stops = [(m.start, m.end) for m in ner if m.type == "PER"]
        agencies = find_agencies(s, stops)
        # a known agency name is never a person; a person found by rule is never a place/org
        ner = [m for m in ner if m.type != "PER" or not any(
            _overlaps(m.start, m.end, a.start, a.end) for a in agencies)]
        people, posts = find_people(s, agencies, ner, known_orgs, known_places, defined,
                                    alone_names)
        for post in posts:
            if post._pronoun and post.person is None and not post.foreign:
                before = [p for p in people if p.tok_end <= post._tok_start]
                one = _one_person(before or last_people)
                if one is not None:
                    post.person, post.after_name = one, True
        if people:
            last_people = people
        ner = [m for m in ner if m.type == "PER" or not any(
            _overlaps(m.start, m.end, p.text_start, p.text_end) for p in people)]
        for p in people:
            person_draft[id(p)] = ms.add(_person_draft(p, text))
        for ag in agencies:
            org_draft[(ag.start, ag.end)] = _add_org(ms, ag, s.index, "agency-rule", 0.9, pending)
        for a, b in zip(agencies, agencies[1:]):
            if a.unit and b.token_start == a.token_end:
                pending.append(("unit_of", s.index, org_draft[(a.start, a.end)],
                                org_draft[(b.start, b.end)], a.start, b.end))
        agency_spans = [(a.start, a.end) for a in agencies]
        places: list[_Draft] = []
        for m in ner:
            if m.type == "ORG" and not any(_overlaps(m.start, m.end, *sp) for sp in agency_spans):
                ms.add(_Draft("organization", m.start, m.end, " ".join(visible(m.text).split()), s.index,
                              "ner", 0.8))
            elif m.type == "LOC" and not any(_overlaps(m.start, m.end, *sp) for sp in agency_spans):
                places.append(ms.add(_Draft("place", m.start, m.end, " ".join(visible(m.text).split()),
                                            s.index, "ner", 0.8)))
        places.sort(key=lambda d: d.start)
        for i, j in address_chain(text, [(d.start, d.end) for d in places]):
            pending.append(("located_in", s.index, places[i], places[j], places[i].start,
                            places[j].end, 0.7))
        sent_posts += [(post, s.index) for post in posts]
        for name, b in _units_before_parents(s, agencies):
            unit_parent.setdefault(name, org_draft[(b.start, b.end)])
    inherit_regions([p for p, _ in sent_posts])
    inherit_orgs([p for p, _ in sent_posts])
    for post, si in sent_posts:
        parent = None
        if post.role == "head" and post.org is not None and post.org.name in unit_parent \
                and not post.foreign:
            # "Komisi Disiplin (Komdis) PSSI ... Ketua Komdis Asep Edwin": a post in PSSI
            parent = unit_parent[post.org.name]
            post.title, post.role = f"{post.title} {post.org.name}", "post"
        _post(ms, post, si, org_draft, person_draft, pending, titled, text, parent)

    _add_initials(analyzed, ms)
    dl = dateline_place_mention(analyzed, "dateline")
    if dl is not None:
        ms.add(_Draft("place", dl.provenance.start, dl.provenance.end, dl.name,
                      dl.provenance.sentence_index, dl.provenance.extractor,
                      dl.provenance.confidence))

    # quotes need ids: assign them, quote, then re-assign if quotes added speakers
    new_speakers: list[_Draft] = []

    def new_person(start: int, end: int, sentence_index: int) -> str:
        d = ms.add(_Draft("person", start, end, visible(text[start:end]), sentence_index,
                          "quote-speaker", 0.6))
        new_speakers.append(d)
        for kind in ("place", "organization"):   # NER took the speaker for a place
            if (kind, start, end) in ms.items and ms.items[(kind, start, end)].extractor == "ner":
                del ms.items[(kind, start, end)]
        d.id = f"new{len(new_speakers)}"
        return d.id

    mentions = ms.finish()
    people = [m for m in mentions if m.kind == "person"]
    titled_ids = [(s, e, kw, d.id if d else None) for s, e, kw, d in titled]
    others = [m for m in mentions if m.kind != "person"]
    quotes = find_quotes(text, art.id, analyzed.sentences, people, titled_ids, new_person, others)
    if new_speakers:
        old_ids = {d.id: d for d in ms.items.values()}
        mentions = ms.finish()
        quotes = [_repoint(q, old_ids) for q in quotes]

    relations = []
    for kind, *args in pending:
        if kind == "post":
            si, person, org, title, role, acting, former, st, en, ex, conf = args
            relations.append(post_relation(art.id, si, person.id, org.id, title, role, acting,
                                           former, st, en, ex, conf))
        elif kind == "unit_of":
            si, a, b, st, en = args
            relations.append(unit_of(art.id, si, a.id, b.id, st, en))
        elif kind == "located_in":
            si, org, place, st, en, conf = args
            relations.append(located_in(art.id, si, org.id, place.id, st, en, conf))
    relations = list(dict.fromkeys(relations))
    events = with_quote_sources(extract_events(analyzed, mentions, quotes), quotes, mentions)
    return ExtractedArticle(art, analyzed.sentences, tuple(mentions), tuple(relations),
                            tuple(quotes), tuple(events))


# Persons the news names by initials: "RO (53)", "berinisial SD", "saudara KR"
INITIALS_RE = re.compile(r"(?<![\w.-])([A-Z]{1,4})(?=\s*\(\d{1,2}(?:\s*tahun|\s*th)?\))"
                         r"|(?:\b[Bb]erinisial|\b[Ii]nisial|\b[Ss]audara|\b[Ss]dr\.?)\s+([A-Z]{1,4})\b")

MORE_INITIALS_RE = re.compile(r"\s*(?:\(\d{1,2}\))?\s*(?:,|dan|serta|,\s*dan)\s+(?:[Ss]audara\s+)?"
                              r"([A-Z]{2,4})\b")


def _add_initials(analyzed: AnalyzedArticle, ms: _Mentions) -> None:
    """Initials of persons (suspects, victims) that NER leaves out; once found with an age or a
    cue, their other bare occurrences (two letters or more) in the article are the same person."""
    taken = [(d.start, d.end) for d in ms.items.values()]
    found: set[str] = set()
    for s in analyzed.sentences:
        for m in INITIALS_RE.finditer(s.text):
            found.add(m.group(1) or m.group(2))
            # "berinisial NMH dan SH", "AL, KR dan SD"
            pos = m.end()
            while (c := MORE_INITIALS_RE.match(s.text, pos)) is not None:
                found.add(c.group(1))
                pos = c.end()
    if not found:
        return
    names = sorted(found, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    for s in analyzed.sentences:
        for m in pattern.finditer(s.text):
            name = m.group(1)
            start, end = s.start + m.start(1), s.start + m.end(1)
            cued = INITIALS_RE.match(s.text, max(0, m.start() - 12)) is not None or any(
                c.start(1 if c.group(1) else 2) == m.start(1) for c in INITIALS_RE.finditer(s.text))
            if cued:      # "berinisial NMH": a person even where NER said body or place
                for kind in ("organization", "place"):
                    d = ms.items.get((kind, start, end))
                    if d is not None and d.extractor == "ner":
                        del ms.items[(kind, start, end)]
                        taken.remove((start, end))
            if (len(name) < 2 and not cued) or any(_overlaps(start, end, a, b) for a, b in taken):
                continue
            ms.add(_Draft("person", start, end, name, s.index, "initials", 0.7))
            taken.append((start, end))


def _merge_adjacent_people(ner: list[Mention], s) -> list[Mention]:
    """Two PER spans with nothing between them are one name NER split ("Raden Prabowo|Argo")."""
    out: list[Mention] = []
    for m in sorted(ner, key=lambda m: m.token_start):
        prev = out[-1] if out else None
        if prev is not None and prev.type == m.type == "PER" and prev.token_end == m.token_start:
            out[-1] = Mention(m.article_id, m.sentence_index, prev.start, m.end,
                              s.text[prev.start - s.start:m.end - s.start], "PER",
                              prev.token_start, m.token_end)
        else:
            out.append(m)
    return out


def _repoint(q, old_ids):
    d = old_ids.get(q.speaker)
    if d is None:
        return q
    from dataclasses import replace
    return replace(q, speaker=d.id)


def _person_draft(p: Person, text: str) -> _Draft:
    return _Draft("person", p.text_start, p.text_end, p.name, p.sentence_index, p.rule,
                  p.confidence, None, tuple(dict.fromkeys(p.titles)), tuple(dict.fromkeys(p.ranks)))


def _add_org(ms: _Mentions, ag: Agency, si: int, extractor: str, conf: float, pending) -> _Draft:
    d = ms.add(_Draft("organization", ag.start, ag.end, ag.name, si, extractor, conf, ag.region))
    if ag.region and ag.region_start is not None:
        place = ms.add(_Draft("place", ag.region_start, ag.region_end, " ".join(ag.region.split()),
                              si, "agency-region", 0.8))
        pending.append(("located_in", si, d, place, ag.start, ag.end, 0.8))
    return d


def _units_before_parents(s, agencies: list[Agency]):
    """(unit name, parent) for a unit written right before its parent, an acronym in brackets
    between allowed: "Komisi Disiplin (Komdis) PSSI" gives Komisi Disiplin and Komdis."""
    toks = s.tokens
    outside = [a for a in agencies if not (a.token_start > 0 and toks[a.token_start - 1].text == "("
                                           and a.token_end < len(toks)
                                           and toks[a.token_end].text == ")")]
    for a, b in zip(outside, outside[1:]):
        if not a.unit or b.unit:
            continue
        gap = [t.text for t in toks[a.token_end:b.token_start]]
        if not gap:
            yield a.name, b
        elif len(gap) == 3 and gap[0] == "(" and gap[2] == ")":
            yield a.name, b
            yield gap[1], b


def _post(ms: _Mentions, post: Post, si: int, org_draft, person_draft, pending, titled,
          text: str, parent=None) -> None:
    person = person_draft.get(id(post.person)) if post.person is not None else None
    titled.append((post.start, post.end, post.keyword, person))
    org = None
    extractor = "appositive-rule" if post.after_name else "title-rule"
    conf = 0.8
    if parent is not None:
        org = parent
    elif post.org is not None:
        org = org_draft.get((post.org.start, post.org.end))
        if org is None:   # a NER organisation inside the title phrase
            org = ms.add(_Draft("organization", post.org.start, post.org.end, post.org.name, si,
                                "ner", 0.8))
    elif post.implied_org and person is not None:
        org = ms.add(_Draft("organization", post.start, post.end, post.implied_org, si,
                            "implied-by-title", 0.7, post.implied_region))
        if post.implied_region and post.region_start is not None:
            place = ms.add(_Draft("place", post.region_start, post.region_end,
                                  " ".join(post.implied_region.split()), si, "title-region", 0.75))
            pending.append(("located_in", si, org, place, post.start, post.end, 0.7))
        conf = 0.7
    if person is None or org is None:
        return
    st = min(post.start, person.start)
    en = max(post.end, person.end)
    pending.append(("post", si, person, org, post.title, post.role, post.acting, post.former,
                    st, en, extractor, conf))
