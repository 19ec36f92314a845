"""Link records from the article layer of a store: one per person/organisation IRI,
with the evidence of every article graph that describes it."""
from __future__ import annotations

import re
import sys
from collections import defaultdict

import pyoxigraph as ox

from kg import vocab as V
from kg.link.types import LinkRecord, Office
from kg.rdf.entities import Description

LINKED_TYPES = ("person", "organization")
_REGION_IN_KEY = re.compile(r"^organization/(\d+(?:\.\d+)*)/")


_DESCRIBES = ox.NamedNode(str(V.DESCRIBES))
_FIELDS = {str(V.KEY): "key", str(V.DESCRIBED_TYPE): "type", str(V.DESCRIBED_PREF_LABEL): "names",
           str(V.DESCRIBED_ALT_LABEL): "names", str(V.REGION_CODE): "regions",
           str(V.DESCRIBED_UNIT_OF): "units", str(V.ATTRIBUTE): "attributes"}
_MEMBER = ox.NamedNode(str(V.MEMBER))
_ORGANIZATION = ox.NamedNode(str(V.ORGANIZATION_PROP))
_TITLE = ox.NamedNode(str(V.TITLE))
_DATE = ox.NamedNode(str(V.DATE_PUBLISHED))
_ROLE = ox.NamedNode(str(V.ROLE_PROP))
_TYPE = ox.NamedNode(str(V.TYPE))
_HEADSHIP = ox.NamedNode(str(V.HEADSHIP))
_CREATOR = ox.NamedNode(str(V.CREATOR))
_PREF_LABEL = ox.NamedNode(str(V.PREF_LABEL))


class Evidence:
    """What the article layer says about a set of mention IRIs."""

    def __init__(self):
        self.records: dict[str, LinkRecord] = {}
        self.descriptions: dict[str, list[tuple[str, Description]]] = defaultdict(list)
        self.offices: dict[str, list[Office]] = defaultdict(list)


def described_in(store: ox.Store, graphs) -> set[str]:
    """Person/organisation IRIs described in the given article graphs."""
    return {e for g in graphs for e, _ in _descriptions_in_graph(store, ox.NamedNode(g))}


def _descriptions_in_graph(store, graph):
    for q in store.quads_for_pattern(None, _DESCRIBES, None, graph):
        yield q.object.value, q.subject


def read_records(store: ox.Store, iris=None) -> list[LinkRecord]:
    return sorted(read_evidence(store, iris).records.values(), key=lambda r: r.iri)


def read_evidence(store: ox.Store, iris=None, cooccurring: bool = True,
                  cooccurring_by_graph: dict | None = None) -> Evidence:
    """Evidence of the given IRIs (all person/organisation IRIs when None), read by quad
    patterns (index lookups: much faster than the equivalent SPARQL joins here);
    cooccurring=False leaves the records' co-occurring entities out; cooccurring_by_graph:
    the article graphs' linked entities read by earlier calls, kept there for later ones
    (a full link reads every record in chunks, and the chunks share most articles)."""
    evidence = Evidence()
    if iris is None:
        found = store.quads_for_pattern(None, _DESCRIBES, None, None)
    else:
        found = (q for e in sorted(iris) for q in store.quads_for_pattern(None, _DESCRIBES, ox.NamedNode(e), None))
    base = defaultdict(lambda: {"names": set(), "articles": set(), "dates": set(), "titles": set(),
                                "offices": set(), "regions": [], "units": []})
    keys, types, dates = {}, {}, {}
    graphs: dict[str, set[str]] = defaultdict(set)
    for q in found:
        fields = defaultdict(list)
        for p in store.quads_for_pattern(q.subject, None, None, q.graph_name):
            name = _FIELDS.get(p.predicate.value)
            if name:
                fields[name].append(p.object.value)
        if not fields["type"] or fields["type"][0] not in LINKED_TYPES or not fields["key"]:
            continue
        # one string per article graph, however many records it holds (a full link keeps them all)
        e, g = q.object.value, sys.intern(q.graph_name.value)
        r = base[e]
        labels = fields["names"]
        pref = next((p.object.value for p in store.quads_for_pattern(
            q.subject, ox.NamedNode(str(V.DESCRIBED_PREF_LABEL)), None, q.graph_name)), labels[0] if labels else "")
        keys[e], types[e] = fields["key"][0], fields["type"][0]
        r["names"].update(fields["names"])
        r["articles"].add(g)
        r["regions"] += fields["regions"]
        r["units"] += fields["units"]
        for a in fields["attributes"]:
            if a.startswith("titles="):
                r["titles"].update(t for t in a[7:].split("|") if t)
        if g not in dates:
            dates[g] = next((d.object.value for d in store.quads_for_pattern(
                q.graph_name, _DATE, None, q.graph_name)), None)
        if dates[g]:
            r["dates"].add(dates[g])
        graphs[g].add(e)
        evidence.descriptions[e].append((q.subject.value, Description(
            entity=e, key=fields["key"][0], type=fields["type"][0], pref_label=pref,
            aliases=tuple(sorted(set(labels) - {pref})),
            region_code=fields["regions"][0] if fields["regions"] else None,
            unit_of=fields["units"][0] if fields["units"] else None,
            attributes=tuple(sorted(set(fields["attributes"]))))))
    role_labels: dict[str, str | None] = {}
    for e, r in base.items():
        for m in store.quads_for_pattern(None, _MEMBER, ox.NamedNode(e), None):
            if m.graph_name.value not in base[e]["articles"]:
                continue                      # the corpus layer's own tenures
            org = role = None
            for p in store.quads_for_pattern(m.subject, None, None, m.graph_name):
                if p.predicate == _ORGANIZATION:
                    org = p.object.value
                    r["offices"].add(org)
                elif p.predicate == _TITLE:
                    r["titles"].add(p.object.value)
                elif p.predicate == _ROLE:
                    role = p.object.value
            if org is not None:
                g = m.graph_name.value
                head = next(store.quads_for_pattern(m.subject, _TYPE, _HEADSHIP, m.graph_name), None) is not None
                if role is not None and role not in role_labels:
                    role_labels[role] = min((q.object.value for q in store.quads_for_pattern(
                        ox.NamedNode(role), _PREF_LABEL, None, None)), default=None)
                evidence.offices[e].append(Office(m.subject.value, g, e, org, role, dates.get(g), head,
                                                  role_labels.get(role)))
    cooc = graphs if iris is None else _cooccurring(store, graphs, cooccurring_by_graph) if cooccurring else {}
    for e, r in base.items():
        region = _most_common(r["regions"])
        if region is None and types[e] == "person":
            region = _most_common([m.group(1) for o in r["offices"]
                                   if (m := _REGION_IN_KEY.match(_key_of(o)))])
        others = set()
        for g in r["articles"]:
            others |= cooc.get(g, set())
        others.discard(e)
        quotes = tuple(sorted({(q.subject.value, q.graph_name.value)
                               for q in store.quads_for_pattern(None, _CREATOR, ox.NamedNode(e), None)
                               if q.graph_name.value in r["articles"]}))
        evidence.records[e] = (LinkRecord(
            iri=e, key=keys[e], type=types[e], names=tuple(sorted(r["names"])),
            articles=tuple(sorted(r["articles"])), dates=tuple(sorted(r["dates"])),
            titles=tuple(sorted(r["titles"])), offices=tuple(sorted(r["offices"])),
            region_code=region, unit_of=_most_common(r["units"]),
            cooccurring=tuple(sorted(others)), quotes=quotes))
    return evidence


def _cooccurring(store: ox.Store, graphs, known: dict | None = None) -> dict[str, frozenset[str]]:
    """Linked-type IRIs described in each graph (every description there, not just ours);
    graphs in `known` are not read again, and the ones read are added to it."""
    out: dict[str, frozenset[str]] = {}
    for g in graphs:
        if known is not None and g in known:
            out[g] = known[g]
            continue
        # <base>article/<id> (no "/" in the escaped id) describes <base>person/..., <base>organization/...
        base = g[:g.rindex("article/")]
        linked = tuple(f"{base}{t}/" for t in LINKED_TYPES)
        out[g] = frozenset(sys.intern(e) for e, _ in _descriptions_in_graph(store, ox.NamedNode(g))
                           if e.startswith(linked))
        if known is not None:
            known[g] = out[g]
    return out


def _key_of(iri: str) -> str:
    for prefix in ("person/", "organization/", "place/"):
        i = iri.find("/" + prefix)
        if i >= 0:
            return iri[i + 1:]
    return iri


def _most_common(values):
    if not values:
        return None
    counts = defaultdict(int)
    for v in values:
        counts[v] += 1
    return min(counts, key=lambda v: (-counts[v], v))
