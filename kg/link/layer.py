"""Clusters -> the corpus layer's quads (ontologies/README.md, "The corpus layer").

graph/entities: canonical entities (merged labels, types, region), owl:sameAs of the other
members, bkg:canonical of every description, article counts, regions they are within.
graph/links: bkg:Link evidence and each record's blocking keys.
graph/corpus: org:headOf / org:memberOf between canonical entities and one bkg:Tenure per
person, organisation and role with the first and last article dates; bkg:mentionedIn every
article of the cluster.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import XSD

from kg import vocab as V
from kg.link.records import Evidence
from kg.link.types import Cluster, Link
from kg.rdf.entities import merge, merged_quads
from kg.rdf.terms import clean, date, to_ox

# the layer is written to Oxigraph only: its quads are built as pyoxigraph terms (rdflib's
# Literal costs ~10 us each, most of a re-link's writing time)
_INTEGER, _DOUBLE = ox.NamedNode(str(XSD.integer)), ox.NamedNode(str(XSD.double))


@lru_cache(maxsize=None)
def _v(term) -> ox.NamedNode:
    """A vocabulary IRI (kg.vocab) as a pyoxigraph node."""
    return ox.NamedNode(str(term))


def _iri(value) -> ox.NamedNode:
    """An IRI as a pyoxigraph node (vocabulary terms cached)."""
    return _v(value) if isinstance(value, URIRef) else ox.NamedNode(str(value))


def _text(value) -> ox.Literal:
    return ox.Literal(clean(str(value)))


def _double(value: float) -> ox.Literal:
    """In Oxigraph's canonical form ("1", not "1.0"; no exponent), as the store gives it
    back: else a re-link would see every such score as changed."""
    return ox.Literal(format(Decimal(repr(float(value))).normalize(), "f"), datatype=_DOUBLE)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_INTEGER)


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def link_iri(base_iri: str, link: Link) -> URIRef:
    return ox.NamedNode(f"{base_iri}link/{_hash(link.a, link.b)}")


def tenure_iri(base_iri: str, person: str, org: str, role: str | None) -> URIRef:
    return ox.NamedNode(f"{base_iri}tenure/{_hash(person, org, role or '')}")


def region_ancestry(code: str | None) -> list[str]:
    """"62.02.06" -> ["62.02.06", "62.02", "62"]."""
    if not code:
        return []
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]


def cluster_quads(c: Cluster, evidence: Evidence, canonical_of: dict[str, str], base_iri: str,
                  refused: list[Link], block_keys: dict[str, list[str]]):
    entities, links, corpus = (_v(g) for g in (V.entities_graph(base_iri), V.links_graph(base_iri),
                                                V.corpus_graph(base_iri)))
    canon = ox.NamedNode(c.canonical)
    out = []
    descriptions = [d for m in c.members for _, d in evidence.descriptions.get(m, ())]
    if descriptions:
        head = next(d for _, d in evidence.descriptions[c.canonical]) if evidence.descriptions.get(c.canonical) \
            else descriptions[0]
        merged = merge([dataclasses.replace(d, entity=c.canonical, key=head.key) for d in descriptions])
        own = Counter(d.pref_label for _, d in evidence.descriptions.get(c.canonical, ()))
        if own:   # the label the articles give the canonical member most often names the cluster
            pref = min(own, key=lambda label: (-own[label], -len(label), label))
            names = set(merged.aliases) | {merged.pref_label}
            merged = dataclasses.replace(merged, pref_label=pref, aliases=tuple(sorted(names - {pref})))
        merged = dataclasses.replace(merged, unit_of=canonical_of.get(merged.unit_of, merged.unit_of))
        out += merged_quads(merged, base_iri, node=_iri, literal=_text)
        # the members' IRIs and keys find the canonical entity by index too
        own = {n.lower() for n in (merged.pref_label, *merged.aliases, merged.key, merged.entity) if n}
        found_by = {x.lower() for m in c.members if m != c.canonical for x in (m, evidence.records[m].key)}
        out += [(canon, _v(V.SEARCH_NAME), _text(x), entities) for x in sorted(found_by - own)]
        articles = {a for m in c.members for a in evidence.records[m].articles}
        out.append((canon, _v(V.ARTICLE_COUNT), _int(len(articles)), entities))
        out += [(canon, _v(V.MENTIONED_IN), ox.NamedNode(a), corpus) for a in sorted(articles)]
        quotes = {q for m in c.members for q in evidence.records[m].quotes}
        if quotes:
            out += [(canon, _v(V.QUOTE_COUNT), _int(len(quotes)), corpus),
                    (canon, _v(V.QUOTED_ARTICLE_COUNT), _int(len({a for _, a in quotes})), corpus)]
        for code in region_ancestry(merged.region_code):
            out.append((canon, _v(V.WITHIN_REGION), ox.NamedNode(str(V.entity_iri(base_iri, "place/" + code))), corpus))
    type_ = evidence.records[c.canonical].type
    for m in c.members:
        if m != c.canonical:        # a mention IRI keeps its class, and points to the canonical one
            out.append((ox.NamedNode(m), _v(V.SAME_AS), canon, entities))
            out += [(ox.NamedNode(m), _v(V.TYPE), cls, entities) for cls in map(_v, V.ENTITY_CLASSES.get(type_, ()))]
        for node, _ in evidence.descriptions.get(m, ()):
            out.append((ox.NamedNode(node), _v(V.CANONICAL), canon, entities))
        for k in block_keys.get(m, ()):
            out.append((ox.NamedNode(m), _v(V.BLOCK_KEY), _text(k), links))
    for link in list(c.links) + refused:
        node = link_iri(base_iri, link)
        out += [(node, _v(V.TYPE), _v(V.LINK) if link.decision != "refused" else _v(V.CANDIDATE_LINK), links),
                (node, _v(V.LINK_FROM), ox.NamedNode(link.a), links), (node, _v(V.LINK_TO), ox.NamedNode(link.b), links),
                (node, _v(V.SCORE), _double(link.score), links),
                (node, _v(V.DECISION), _text(link.decision), links)]
        out += [(node, _v(V.REASON), _text(r), links) for r in link.reasons]
    out += _office_quads(c, evidence, canonical_of, base_iri)
    return [ox.Quad(*q) for q in out]


def _office_quads(c: Cluster, evidence: Evidence, canonical_of: dict[str, str], base_iri: str):
    corpus = _v(V.corpus_graph(base_iri))
    person = c.canonical
    groups = defaultdict(list)
    for m in c.members:
        for office in evidence.offices.get(m, ()):
            org = canonical_of.get(office.organization, office.organization)
            groups[(org, office.role)].append(office)
    out = []
    for (org, role), offices in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        head = any(o.head for o in offices)
        out.append((ox.NamedNode(person), _v(V.HEAD_OF) if head else _v(V.MEMBER_OF), ox.NamedNode(org), corpus))
        node = tenure_iri(base_iri, person, org, role)
        out += [(node, _v(V.TYPE), _v(V.TENURE), corpus), (node, _v(V.TYPE), _v(V.MEMBERSHIP), corpus),
                (node, _v(V.MEMBER), ox.NamedNode(person), corpus), (node, _v(V.ORGANIZATION_PROP), ox.NamedNode(org), corpus),
                (node, _v(V.ARTICLE_COUNT), _int(len({o.article for o in offices})), corpus)]
        if head:
            out.append((node, _v(V.TYPE), _v(V.HEADSHIP), corpus))
        if role:
            out.append((node, _v(V.ROLE_PROP), ox.NamedNode(role), corpus))
            label = min((o.role_label for o in offices if o.role_label), default=None)
            if label:   # on the tenure too: a query reads it by one lookup
                out.append((node, _v(V.ROLE_NAME), _text(label), corpus))
        dates = [to_ox(d) for d in sorted(d for d in (date(o.date) for o in offices) if d is not None)]
        if dates:
            out += [(node, _v(V.START_DATE), dates[0], corpus), (node, _v(V.END_DATE), dates[-1], corpus)]
            interval = ox.NamedNode(f"{node.value}/during")
            out += [(node, _v(V.MEMBER_DURING), interval, corpus), (interval, _v(V.TYPE), _v(V.INTERVAL), corpus)]
            for prop, value, suffix in ((_v(V.HAS_BEGINNING), dates[0], "start"), (_v(V.HAS_END), dates[-1], "end")):
                instant = ox.NamedNode(f"{interval.value}/{suffix}")
                out += [(interval, prop, instant, corpus), (instant, _v(V.IN_XSD_DATE), value, corpus)]
        out += [(node, _v(V.WAS_DERIVED_FROM), ox.NamedNode(o.fact), corpus) for o in offices]
    return out
