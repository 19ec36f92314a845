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

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg import vocab as V
from kg.link.records import Evidence
from kg.link.types import Cluster, Link
from kg.rdf.entities import merge, merged_quads
from kg.rdf.terms import date, text


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def link_iri(base_iri: str, link: Link) -> URIRef:
    return URIRef(f"{base_iri}link/{_hash(link.a, link.b)}")


def tenure_iri(base_iri: str, person: str, org: str, role: str | None) -> URIRef:
    return URIRef(f"{base_iri}tenure/{_hash(person, org, role or '')}")


def region_ancestry(code: str | None) -> list[str]:
    """"62.02.06" -> ["62.02.06", "62.02", "62"]."""
    if not code:
        return []
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]


def cluster_quads(c: Cluster, evidence: Evidence, canonical_of: dict[str, str], base_iri: str,
                  refused: list[Link], block_keys: dict[str, list[str]]):
    entities, links, corpus = V.entities_graph(base_iri), V.links_graph(base_iri), V.corpus_graph(base_iri)
    canon = URIRef(c.canonical)
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
        out += merged_quads(merged, base_iri)
        # the members' IRIs and keys find the canonical entity by index too
        own = {n.lower() for n in (merged.pref_label, *merged.aliases, merged.key, merged.entity) if n}
        found_by = {x.lower() for m in c.members if m != c.canonical for x in (m, evidence.records[m].key)}
        out += [(canon, V.SEARCH_NAME, text(x), entities) for x in sorted(found_by - own)]
        articles = {a for m in c.members for a in evidence.records[m].articles}
        out.append((canon, V.ARTICLE_COUNT, Literal(len(articles)), entities))
        out += [(canon, V.MENTIONED_IN, URIRef(a), corpus) for a in sorted(articles)]
        quotes = {q for m in c.members for q in evidence.records[m].quotes}
        if quotes:
            out += [(canon, V.QUOTE_COUNT, Literal(len(quotes)), corpus),
                    (canon, V.QUOTED_ARTICLE_COUNT, Literal(len({a for _, a in quotes})), corpus)]
        for code in region_ancestry(merged.region_code):
            out.append((canon, V.WITHIN_REGION, V.entity_iri(base_iri, "place/" + code), corpus))
    type_ = evidence.records[c.canonical].type
    for m in c.members:
        if m != c.canonical:        # a mention IRI keeps its class, and points to the canonical one
            out.append((URIRef(m), V.SAME_AS, canon, entities))
            out += [(URIRef(m), V.TYPE, cls, entities) for cls in V.ENTITY_CLASSES.get(type_, ())]
        for node, _ in evidence.descriptions.get(m, ()):
            out.append((URIRef(node), V.CANONICAL, canon, entities))
        for k in block_keys.get(m, ()):
            out.append((URIRef(m), V.BLOCK_KEY, text(k), links))
    for link in list(c.links) + refused:
        node = link_iri(base_iri, link)
        out += [(node, V.TYPE, V.LINK if link.decision != "refused" else V.CANDIDATE_LINK, links),
                (node, V.LINK_FROM, URIRef(link.a), links), (node, V.LINK_TO, URIRef(link.b), links),
                (node, V.SCORE, Literal(link.score, datatype=XSD.double), links),
                (node, V.DECISION, text(link.decision), links)]
        out += [(node, V.REASON, text(r), links) for r in link.reasons]
    out += _office_quads(c, evidence, canonical_of, base_iri)
    return out


def _office_quads(c: Cluster, evidence: Evidence, canonical_of: dict[str, str], base_iri: str):
    corpus = V.corpus_graph(base_iri)
    person = c.canonical
    groups = defaultdict(list)
    for m in c.members:
        for office in evidence.offices.get(m, ()):
            org = canonical_of.get(office.organization, office.organization)
            groups[(org, office.role)].append(office)
    out = []
    for (org, role), offices in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        head = any(o.head for o in offices)
        out.append((URIRef(person), V.HEAD_OF if head else V.MEMBER_OF, URIRef(org), corpus))
        node = tenure_iri(base_iri, person, org, role)
        out += [(node, V.TYPE, V.TENURE, corpus), (node, V.TYPE, V.MEMBERSHIP, corpus),
                (node, V.MEMBER, URIRef(person), corpus), (node, V.ORGANIZATION_PROP, URIRef(org), corpus),
                (node, V.ARTICLE_COUNT, Literal(len({o.article for o in offices})), corpus)]
        if head:
            out.append((node, V.TYPE, V.HEADSHIP, corpus))
        if role:
            out.append((node, V.ROLE_PROP, URIRef(role), corpus))
            label = min((o.role_label for o in offices if o.role_label), default=None)
            if label:   # on the tenure too: a query reads it by one lookup
                out.append((node, V.ROLE_NAME, text(label), corpus))
        dates = sorted(d for d in (date(o.date) for o in offices) if d is not None)
        if dates:
            out += [(node, V.START_DATE, dates[0], corpus), (node, V.END_DATE, dates[-1], corpus)]
            interval = URIRef(f"{node}/during")
            out += [(node, V.MEMBER_DURING, interval, corpus), (interval, V.TYPE, V.INTERVAL, corpus)]
            for prop, value, suffix in ((V.HAS_BEGINNING, dates[0], "start"), (V.HAS_END, dates[-1], "end")):
                instant = URIRef(f"{interval}/{suffix}")
                out += [(interval, prop, instant, corpus), (instant, V.IN_XSD_DATE, value, corpus)]
        out += [(node, V.WAS_DERIVED_FROM, URIRef(o.fact), corpus) for o in offices]
    return out
