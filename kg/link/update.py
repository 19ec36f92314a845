"""Keep a store's corpus layer up to date: a full re-link, or an incremental one that touches
only the connected components of the changed mention IRIs.

Incremental and full give the same clusters: pair scores depend only on the two records, every
pair a changed record can form is found through the stored blocking keys, and the clusters are
recomputed over the whole connected component (stored links and clusters) of every changed
record, with the same order-free clustering (kg/link/cluster.py).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import vocab as V
from kg.link import features, model
from kg.link.full import interrupted, relink_all
from kg.link.quads import is_linked_iri, node as _n, tenure_tree, write_diff
from kg.link.layer import cluster_quads
from kg.link.linker import DEFAULT_THRESHOLD, link, refused_links, score_links
from kg.link.records import LINKED_TYPES, Evidence, read_evidence

MAX_COMPONENT = 50_000   # beyond this many records an incremental update re-links everything


@dataclass
class LinkReport:
    records: int = 0
    clusters: int = 0
    merged: int = 0                 # clusters with more than one member
    links: int = 0
    quads_added: int = 0
    quads_removed: int = 0
    seconds: float = 0.0
    changed: list[tuple[str, str, str]] = field(default_factory=list)   # (member, old, new canonical)
    touched: set[str] | None = field(default_factory=set)   # IRIs whose corpus-layer record was rewritten (None: any)
    events: object = None           # the event stage's EventLinkReport (kg/link/event_update.py)

    def line(self) -> str:
        line = (f"linked {self.records} records into {self.clusters} entities "
                f"({self.merged} merged, {self.links} links) in {self.seconds:.1f}s")
        return line + (f"; {self.events.line()}" if self.events and self.events.events else "")




def preload() -> None:
    """Import the linkers ahead of use (kg/link/model.py preload)."""
    import kg.link.event_update  # noqa: F401

    model.preload()


def current_canonical(store: ox.Store, iri: str, base_iri: str) -> str:
    entities = _n(V.entities_graph(base_iri))
    hit = next(store.quads_for_pattern(_n(iri), _n(V.SAME_AS), None, entities), None)
    return hit.object.value if hit is not None else iri


def _component(store: ox.Store, seeds: set[str], base_iri: str) -> set[str] | None:
    """Every record connected to the seeds by stored clusters, links or offices."""
    entities, links = _n(V.entities_graph(base_iri)), _n(V.links_graph(base_iri))
    same, link_from, link_to = _n(V.SAME_AS), _n(V.LINK_FROM), _n(V.LINK_TO)
    member, organization = _n(V.MEMBER), _n(V.ORGANIZATION_PROP)
    seen, frontier = set(), set(seeds)
    while frontier:
        if len(seen) > MAX_COMPONENT:
            return None
        seen |= frontier
        nxt = set()
        for x in frontier:
            node = _n(x)
            canon = current_canonical(store, x, base_iri)
            nxt.add(canon)
            nxt |= {q.subject.value for q in store.quads_for_pattern(None, same, _n(canon), entities)}
            for q in store.quads_for_pattern(None, link_from, node, links):
                nxt |= {p.object.value for p in store.quads_for_pattern(q.subject, link_to, None, links)}
            for q in store.quads_for_pattern(None, link_to, node, links):
                nxt |= {p.object.value for p in store.quads_for_pattern(q.subject, link_from, None, links)}
            if x.startswith(f"{base_iri}organization/"):   # people whose tenures name this organisation
                for q in store.quads_for_pattern(None, organization, node, None):
                    if q.graph_name.value.startswith(f"{base_iri}article/"):
                        nxt |= {p.object.value for p in store.quads_for_pattern(q.subject, member, None, q.graph_name)}
        frontier = {y for y in nxt if y not in seen and is_linked_iri(y, base_iri)}
    return seen


def _neighbours(store: ox.Store, evidence: Evidence, base_iri: str) -> set[str]:
    """Stored records sharing a blocking key with the given ones."""
    links, block = _n(V.links_graph(base_iri)), _n(V.BLOCK_KEY)
    out = set()
    for type_ in LINKED_TYPES:
        for row in features.rows(list(evidence.records.values()), type_):
            for k in features.lookup_keys(row):
                out |= {q.subject.value for q in store.quads_for_pattern(None, block, ox.Literal(k), links)}
    return out


def _old_person_keys(store: ox.Store, base_iri: str) -> bool:
    """Whether the store's people were linked before the word keys (`w:`/`p:`; single-word `s:`
    blocking keys then): their stored keys cannot find the pairs today's blocking scores, so the
    store is re-linked in full once. Every person now stores a `w:` or `p:` key: one is read."""
    links, block = _n(V.links_graph(base_iri)), _n(V.BLOCK_KEY)
    person = f"{base_iri}person/"
    for q in store.quads_for_pattern(None, block, None, links):
        if q.subject.value.startswith(person):
            return not any(k.object.value.startswith(("w:", "p:"))
                           for k in store.quads_for_pattern(q.subject, block, None, links))
    return False


def _before_search_words(store: ox.Store, base_iri: str) -> bool:
    """Whether the store's organisations were linked before bkg:searchWords (and the tenures'
    schema:roleName, startDate and endDate, which came with them): a full re-link writes them.
    One linked canonical organisation (a stored key, no owl:sameAs) is read."""
    links, entities = _n(V.links_graph(base_iri)), _n(V.entities_graph(base_iri))
    for q in store.quads_for_pattern(None, _n(V.TYPE), _n(V.ORGANIZATION), entities):
        if next(store.quads_for_pattern(q.subject, _n(V.BLOCK_KEY), None, links), None) is not None and \
                next(store.quads_for_pattern(q.subject, _n(V.SAME_AS), None, entities), None) is None:
            return next(store.quads_for_pattern(q.subject, _n(V.SEARCH_WORDS), None, entities), None) is None
    return False


def _old_quads(store: ox.Store, records: set[str], base_iri: str) -> list[ox.Quad]:
    """What the linker wrote for these records and their current canonical entities."""
    entities, links, corpus = (_n(g) for g in (V.entities_graph(base_iri), V.links_graph(base_iri),
                                               V.corpus_graph(base_iri)))
    out = []
    canonicals = {current_canonical(store, r, base_iri) for r in records}
    subjects = set(records) | canonicals
    for c in canonicals:
        for p in (V.CANONICAL, V.SAME_AS):
            out += store.quads_for_pattern(None, _n(p), _n(c), entities)
        for t in store.quads_for_pattern(None, _n(V.MEMBER), _n(c), corpus):
            out += tenure_tree(store, t.subject, corpus)
    for s in subjects:
        out += store.quads_for_pattern(_n(s), None, None, entities)
        out += store.quads_for_pattern(_n(s), None, None, corpus)
        out += store.quads_for_pattern(_n(s), None, None, links)
        for p in (V.LINK_FROM, V.LINK_TO):
            for q in store.quads_for_pattern(None, _n(p), _n(s), links):
                out += store.quads_for_pattern(q.subject, None, None, links)
    return list(dict.fromkeys(out))



def relink(store: ox.Store, base_iri: str = V.DEFAULT_BASE_IRI, seeds: set[str] | None = None,
           threshold: float = DEFAULT_THRESHOLD, decisions=()) -> LinkReport:
    """Re-link the components of `seeds` (mention IRIs whose evidence changed) and rewrite
    their corpus layer in one transaction; or everything (seeds None, a store never linked,
    or a full re-link interrupted), in chunks (kg/link/full.py)."""
    started = time.perf_counter()
    full = seeds is None or interrupted(store, base_iri)
    region: set[str] = set()
    if not full:
        seeds = {s for s in seeds if is_linked_iri(s, base_iri)}
        if not seeds:
            return LinkReport()
        # an IRI no article describes any more: its old cluster is what needs re-linking
        seeds |= {current_canonical(store, s, base_iri) for s in seeds}
        full = next(store.quads_for_pattern(None, _n(V.BLOCK_KEY), None, _n(V.links_graph(base_iri))), None) is None \
            or _old_person_keys(store, base_iri) or _before_search_words(store, base_iri)
    if not full:
        first = read_evidence(store, seeds, cooccurring=False)   # names are what find neighbours
        region = _component(store, seeds | _neighbours(store, first, base_iri), base_iri)
        full = region is None
    if full:   # in chunks, in bounded memory (kg/link/full.py)
        return relink_all(store, base_iri, threshold, decisions, LinkReport(touched=None))
    evidence = read_evidence(store, region)
    records = evidence.records
    scored = score_links(list(records.values()), threshold)
    clusters = link(records, scored, decisions)
    canonical_of = {m: c.canonical for c in clusters for m in c.members}
    refused = refused_links(scored, clusters, canonical_of)
    keys = {}
    for type_ in LINKED_TYPES:
        for row in features.rows(list(records.values()), type_):
            keys[row["unique_id"]] = features.stored_keys(row)
    old_canonical = {r: current_canonical(store, r, base_iri) for r in records}
    new = []
    for c in clusters:
        new += cluster_quads(c, evidence, canonical_of, base_iri, refused.get(c.canonical, []), keys)
    old = _old_quads(store, set(records) | set(region), base_iri)
    mark, links_graph = _n(V.PENDING_LINK), _n(V.links_graph(base_iri))
    old += [q for q in store.quads_for_pattern(None, mark, None, links_graph)
            if q.subject.value in records or q.subject.value in seeds]
    added, removed = write_diff(store, old, new)
    report = LinkReport(records=len(records), clusters=len(clusters),
                        merged=sum(1 for c in clusters if len(c.members) > 1),
                        links=sum(len(c.links) for c in clusters), quads_added=added, quads_removed=removed)
    report.touched = set(records) | set(region) | set(old_canonical.values()) | set(canonical_of.values())
    report.changed = sorted((m, old_canonical[m], canonical_of[m]) for m in old_canonical
                            if old_canonical[m] != canonical_of[m] and old_canonical[m] in records)
    report.seconds = time.perf_counter() - started
    return report
