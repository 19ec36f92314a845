"""Entity descriptions: what each article says about an entity, and their merge.

Each article graph holds one bkg:EntityDescription per entity it knows about.
The entities graph (and the regions graph for gazetteer regions) holds the merge
of all descriptions of an entity across the store, so "exactly one skos:prefLabel"
holds over the union of graphs whatever order articles were built in.

Merge rules (order-independent, so rebuilding gives identical content):
- type: the most common type, ties -> alphabetical;
- prefLabel: among the labels articles chose as canonical, one starting with a
  capital letter ("Gubernur Jawa Barat" over "wakil gubernur Jawa Barat"), then
  the longest (full agency name beats its acronym), then chosen by more
  articles, then alphabetical;
- altLabel: every other label or alias seen;
- regionCode, unitOf, locatedIn: the most common value, ties -> alphabetical;
- attributes: union.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

from rdflib import URIRef

from kg import vocab as V
from kg.rdf.terms import text

_REGION_KEY = re.compile(r"^place/\d+(\.\d+)*$")

# words that make an organization name a government organization
GOVERNMENT_WORDS = frozenset("""
dinas badan kementerian kemenag kemenkes kemendagri kemensos kemenkeu kementrian
pemerintah pemkab pemkot pemprov pemdes setda sekretariat sekda dprd dpr dpd mpr
polres polresta polda polsek polri mabes kodim korem kodam koramil tni lanal lanud
kejaksaan kejari kejati kejagung pengadilan kpu kpud bawaslu panwaslu rsud puskesmas
bappeda bpbd bpjs bpk bps bpn satpol kecamatan kelurahan desa kantor direktorat
ditjen dirjen inspektorat lembaga mahkamah ombudsman kpk basarnas bnpb bnn bmkg
disdik dinkes dishub disdukcapil dispenda dinsos dinsosnakertrans disnakertrans
kesbangpol uptd upt bumn bumd pln pdam
""".split())


@dataclass(frozen=True)
class Description:
    """One article's view of one entity. IRIs are absolute strings."""

    entity: str
    key: str
    type: str
    pref_label: str
    aliases: tuple[str, ...] = ()
    region_code: str | None = None
    unit_of: str | None = None
    located_in: str | None = None
    attributes: tuple[str, ...] = ()   # "name=value"


def description_quads(article: URIRef, descriptions, graph: URIRef):
    """The bkg:EntityDescription nodes stored in an article graph."""
    out = []
    for d in descriptions:
        node = V.description_iri(article, d.key)
        out.append((node, V.TYPE, V.ENTITY_DESCRIPTION, graph))
        out.append((node, V.DESCRIBES, URIRef(d.entity), graph))
        out.append((node, V.KEY, text(d.key), graph))
        out.append((node, V.DESCRIBED_TYPE, text(d.type), graph))
        out.append((node, V.DESCRIBED_PREF_LABEL, text(d.pref_label), graph))
        for alias in d.aliases:
            out.append((node, V.DESCRIBED_ALT_LABEL, text(alias), graph))
        if d.region_code:
            out.append((node, V.REGION_CODE, text(d.region_code), graph))
        if d.unit_of:
            out.append((node, V.DESCRIBED_UNIT_OF, URIRef(d.unit_of), graph))
        if d.located_in:
            out.append((node, V.DESCRIBED_LOCATED_IN, URIRef(d.located_in), graph))
        for attribute in d.attributes:
            out.append((node, V.ATTRIBUTE, text(attribute), graph))
    return out


# stored description predicate -> field of the description
_FIELDS = {str(V.DESCRIBES): "entity", str(V.KEY): "key", str(V.DESCRIBED_TYPE): "type",
           str(V.DESCRIBED_PREF_LABEL): "pref_label", str(V.DESCRIBED_ALT_LABEL): "aliases",
           str(V.REGION_CODE): "region_code", str(V.DESCRIBED_UNIT_OF): "unit_of",
           str(V.DESCRIBED_LOCATED_IN): "located_in", str(V.ATTRIBUTE): "attributes"}


def descriptions_from_rows(rows) -> list[Description]:
    """Rebuild Descriptions from (description node, predicate, object) string rows."""
    fields: dict[str, dict] = {}
    for node, predicate, value in rows:
        f = fields.setdefault(node, {"aliases": [], "attributes": []})
        name = _FIELDS.get(predicate)
        if name in ("aliases", "attributes"):
            f[name].append(value)
        elif name:
            f[name] = value
    out = []
    for f in fields.values():
        if not {"entity", "key", "type", "pref_label"} <= f.keys():
            continue
        f["aliases"] = tuple(sorted(set(f["aliases"])))
        f["attributes"] = tuple(sorted(set(f["attributes"])))
        out.append(Description(**f))
    return out


def _most_common(values):
    values = [v for v in values if v]
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def merge(descriptions) -> Description:
    """Merge descriptions of one entity (see the module docstring for the rules)."""
    descriptions = list(descriptions)
    first = descriptions[0]
    chosen = Counter(d.pref_label for d in descriptions)
    pref = min(chosen, key=lambda label: (not label[:1].isupper(), -len(label),
                                          -chosen[label], label))
    labels = set(chosen)
    for d in descriptions:
        labels.update(d.aliases)
    labels.discard(pref)
    return Description(
        entity=first.entity,
        key=_most_common(d.key for d in descriptions),
        type=_most_common(d.type for d in descriptions),
        pref_label=pref,
        aliases=tuple(sorted(label for label in labels if label)),
        region_code=_most_common(d.region_code for d in descriptions),
        unit_of=_most_common(d.unit_of for d in descriptions),
        located_in=_most_common(d.located_in for d in descriptions),
        attributes=tuple(sorted({a for d in descriptions for a in d.attributes})),
    )


_COUNTED = ("pref", "labels", "key", "type", "region_code", "unit_of", "located_in", "attributes")


@dataclass
class Tally:
    """Counts over every stored description of one entity: all that merge() needs, so an
    article added or replaced updates an entity in O(its own descriptions), however many
    articles describe it (Indonesia, Jakarta, the president)."""

    entity: str
    counts: dict[str, Counter] = field(default_factory=lambda: {name: Counter() for name in _COUNTED})

    def add(self, d: Description, sign: int = 1) -> None:
        values = {"pref": [d.pref_label], "labels": sorted({d.pref_label, *d.aliases}),
                  "key": [d.key], "type": [d.type], "region_code": [d.region_code],
                  "unit_of": [d.unit_of], "located_in": [d.located_in],
                  "attributes": sorted(set(d.attributes))}
        for name, items in values.items():
            counter = self.counts[name]
            for item in items:
                if item:
                    counter[item] += sign
                    if counter[item] <= 0:
                        del counter[item]

    def merged(self) -> Description | None:
        """merge() of the counted descriptions; None when none is left."""
        chosen = self.counts["pref"]
        if not chosen:
            return None
        pref = min(chosen, key=lambda label: (not label[:1].isupper(), -len(label), -chosen[label], label))

        def most_common(name):
            counts = self.counts[name]
            return min(counts, key=lambda v: (-counts[v], v)) if counts else None
        return Description(
            entity=self.entity, key=most_common("key"), type=most_common("type"), pref_label=pref,
            aliases=tuple(sorted(label for label in self.counts["labels"] if label != pref)),
            region_code=most_common("region_code"), unit_of=most_common("unit_of"),
            located_in=most_common("located_in"), attributes=tuple(sorted(self.counts["attributes"])))

    def to_json(self) -> str:
        return json.dumps({name: dict(sorted(c.items())) for name, c in self.counts.items()},
                          ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, entity: str, text: str) -> "Tally":
        data = json.loads(text)
        return cls(entity, {name: Counter(data.get(name, {})) for name in _COUNTED})


def is_region(d: Description) -> bool:
    return d.type == "place" and bool(_REGION_KEY.match(d.key))


def is_government(d: Description) -> bool:
    attrs = dict(a.split("=", 1) for a in d.attributes if "=" in a)
    flag = attrs.get("government", "").lower()
    if flag in ("true", "yes", "1"):
        return True
    if flag in ("false", "no", "0"):
        return False
    for label in (d.pref_label, *d.aliases):
        words = re.findall(r"\w+", label.lower())
        if words and (words[0] in GOVERNMENT_WORDS or words[0].startswith("kemen")):
            return True
    return False


def merged_quads(merged: Description, base_iri: str, node=URIRef, literal=text):
    """Quads describing a merged entity in the entities or regions graph; node(iri) and
    literal(string) make the terms (rdflib's by default; the link layer passes pyoxigraph's)."""
    region = is_region(merged)
    graph = node(V.regions_graph(base_iri) if region else V.entities_graph(base_iri))
    s = node(merged.entity)
    a = node(V.TYPE)
    out = [(s, a, node(cls), graph) for cls in V.ENTITY_CLASSES.get(merged.type, ())]
    if merged.type == "organization":
        if merged.unit_of:
            out.append((s, a, node(V.ORGANIZATIONAL_UNIT), graph))
        if is_government(merged):
            out.append((s, a, node(V.GOVERNMENT_ORGANIZATION), graph))
    if region:
        out.append((s, a, node(V.REGION), graph))
    pref = literal(merged.pref_label)
    out.append((s, node(V.PREF_LABEL), pref, graph))
    out.append((s, node(V.LABEL), pref, graph))
    out.extend((s, node(V.ALT_LABEL), literal(alias), graph) for alias in merged.aliases)
    out.append((s, node(V.KEY), literal(merged.key), graph))
    names = {n.lower() for n in (merged.pref_label, *merged.aliases, merged.key, merged.entity) if n}
    out.extend((s, node(V.SEARCH_NAME), literal(n), graph) for n in sorted(names))
    if merged.type == "organization":
        runs = V.word_runs((merged.pref_label, *merged.aliases))
        out.extend((s, node(V.SEARCH_WORDS), literal(w), graph) for w in sorted(runs))
    if merged.region_code:
        out.append((s, node(V.REGION_CODE), literal(merged.region_code), graph))
        if not region:
            out.append((s, node(V.IN_REGION), node(V.entity_iri(base_iri, "place/" + merged.region_code)), graph))
    if merged.unit_of:
        out.append((s, node(V.UNIT_OF), node(merged.unit_of), graph))
    if merged.located_in:
        out.append((s, node(V.CONTAINED_IN_PLACE), node(merged.located_in), graph))
    out.extend((s, node(V.ATTRIBUTE), literal(a), graph) for a in merged.attributes)
    return out
