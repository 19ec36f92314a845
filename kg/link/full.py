"""A full re-link in bounded memory: evidence is read, and the corpus layer written, a chunk
of records at a time.

1. Read the evidence of CHUNK described IRIs at a time; keep only their feature rows (Arrow)
   and a slim record (what clustering reads).
2. Score every row (Splink on DuckDB; from SPILL_RECORDS records within a memory limit,
   spilling candidate pairs to disk) and cluster, as incremental linking does.
   When every record fits in one chunk, that evidence is kept and not read again below.
3. Write the layer WRITE_CHUNK records (whole clusters) at a time: read the chunk's evidence again, build
   its quads, and replace the quads its records own, one transaction per chunk.
4. Sweep the quads no current record owns (IRIs no article describes any more).

The result is the quads a one-transaction re-link writes. While steps 3-4 run, a marker in
graph/links (the graph IRI itself marked bkg:pendingLink) stands: a link interrupted between
chunks is finished by the next build or `kg link`, as a full re-link.
"""
from __future__ import annotations

import dataclasses
import heapq
import time

import pyoxigraph as ox
from rdflib.namespace import XSD

from kg import vocab as V
from kg.link import features
from kg.link.layer import cluster_quads
from kg.link.linker import link, refused_links, score_rows
from kg.link.quads import data_block, is_linked_iri, node as _n, tenure_tree
from kg.link.records import LINKED_TYPES, Evidence, read_evidence
from kg.link.types import Cluster

CHUNK = 5000   # records per evidence read
WRITE_CHUNK = 2000   # records (whole clusters) per write transaction
SPILL_RECORDS = 50_000   # from this many records DuckDB scores within a memory limit, spilling to disk


def marker(base_iri: str) -> ox.Quad:
    graph = _n(V.links_graph(base_iri))
    return ox.Quad(graph, _n(V.PENDING_LINK), ox.Literal("true", datatype=_n(XSD.boolean)), graph)


def interrupted(store: ox.Store, base_iri: str) -> bool:
    graph = _n(V.links_graph(base_iri))
    return next(store.quads_for_pattern(graph, _n(V.PENDING_LINK), None, graph), None) is not None


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _slim(record, keep_names: bool):
    """What clustering and the canonical choice read (names only for manual decisions)."""
    return dataclasses.replace(record, names=record.names if keep_names else (), dates=(), titles=(),
                               offices=(), cooccurring=(), quotes=())


def relink_all(store: ox.Store, base_iri: str, threshold: float, decisions, report):
    """Re-link every person and organisation; fills `report` (kg/link/update.py LinkReport).
    Pass 1 keeps only the feature rows (Arrow) and the record IRIs; the records clustering
    reads are read again for the records in a scored link (with manual decisions: all, with
    their names). The others are singletons."""
    import pyarrow as pa

    started = time.perf_counter()
    described = sorted({q.object.value for q in store.quads_for_pattern(None, _n(V.DESCRIBES), None, None)})
    tables = {t: [] for t in LINKED_TYPES}
    record_iris = []   # sorted, the strings of `described`
    slim = {}
    cooccurring = {}   # article graph -> its linked entities, read once for all chunks
    whole = None       # the evidence, when every record fits in one chunk: read once
    for chunk in _chunks(described, CHUNK):
        evidence = read_evidence(store, chunk, cooccurring_by_graph=cooccurring)
        if len(described) <= CHUNK:
            whole = evidence
        records = list(evidence.records.values())
        for type_ in LINKED_TYPES:
            rows = features.rows(records, type_)
            if rows:
                tables[type_].append(pa.Table.from_pylist(rows))
        record_iris += [iri for iri in chunk if iri in evidence.records]
        if decisions:
            slim.update((r.iri, _slim(r, True)) for r in records)
        del evidence, records
    del described
    rows = {t: pa.concat_tables(parts, promote_options="permissive") if parts else [] for t, parts in tables.items()}
    del tables, cooccurring
    scored = score_rows(rows, threshold, spill=len(record_iris) >= SPILL_RECORDS)
    del rows
    if not decisions:
        linked = sorted({i for l in scored for i in (l.a, l.b)})
        if whole is not None:
            slim.update((i, _slim(whole.records[i], False)) for i in linked)
        for chunk in _chunks(linked if whole is None else [], CHUNK):
            slim.update((r.iri, _slim(r, False)) for r in read_evidence(store, chunk, cooccurring=False).records.values())
    joined = link(slim, scored, decisions)
    canonical_of = {m: c.canonical for c in joined for m in c.members}
    refused = refused_links(scored, joined, canonical_of)
    singletons = (Cluster(iri, (iri,)) for iri in record_iris if iri not in canonical_of)
    clusters = heapq.merge(joined, singletons, key=lambda c: c.canonical)
    linked_before = _linked_before(store, base_iri)   # read before the first chunk writes
    store.extend([marker(base_iri)])
    for group in _cluster_chunks(clusters, WRITE_CHUNK):
        members = sorted(m for c in group for m in c.members)
        evidence = read_evidence(store, members, cooccurring=False) if whole is None else _part(whole, members)
        keys = {row["unique_id"]: features.stored_keys(row) for type_ in LINKED_TYPES
                for row in features.rows(list(evidence.records.values()), type_)}
        new = []
        for c in group:
            new += cluster_quads(c, evidence, canonical_of, base_iri, refused.get(c.canonical, []), keys)
        added, removed = _write_chunk(store, _owned_quads(store, evidence, base_iri, linked_before),
                                      new)
        report.quads_added += added
        report.quads_removed += removed
        store.flush()   # RocksDB's memory tables grow with every unflushed transaction
    report.quads_removed += _write_chunk(store, _unowned_quads(store, set(record_iris), base_iri), [])[1]
    store.remove(marker(base_iri))
    report.records = len(record_iris)
    report.clusters = len(record_iris) - len(canonical_of) + len(joined)
    report.merged = sum(1 for c in joined if len(c.members) > 1)
    report.links = sum(len(c.links) for c in joined)
    report.seconds = time.perf_counter() - started
    return report


def _part(evidence: Evidence, members: list[str]) -> Evidence:
    """The evidence of these records only (what read_evidence gives for them)."""
    part = Evidence()
    for m in members:
        part.records[m] = evidence.records[m]
        if m in evidence.descriptions:
            part.descriptions[m] = evidence.descriptions[m]
        if m in evidence.offices:
            part.offices[m] = evidence.offices[m]
    return part


def _write_chunk(store: ox.Store, old: list[ox.Quad], new: list[ox.Quad]) -> tuple[int, int]:
    """Replace `old` by `new`, writing only the difference: (added, removed). The additions go
    in as quads (Store.extend, one transaction), not as a SPARQL text: a chunk's INSERT DATA
    string and its parse cost more memory than its quads. Removals go first: Oxigraph stores
    an xsd:double as its value, so "1.0" and the stored "1" differ here but are one quad
    there (adding first, then removing, would lose it). pyoxigraph's bulk loader took ~20 %
    less CPU but is not transactional and lost such quads in a test: not used."""
    old_set, new_set = set(old), set(new)
    removed, added = old_set - new_set, new_set - old_set
    if removed:
        store.update(data_block("DELETE DATA", removed))
    if added:
        store.extend(list(added))
    return len(added), len(removed)


def _cluster_chunks(clusters, size: int):
    group, count = [], 0
    for c in clusters:
        group.append(c)
        count += len(c.members)
        if count >= size:
            yield group
            group, count = [], 0
    if group:
        yield group


def _linked_before(store: ox.Store, base_iri: str) -> bool:
    """Whether the linker ever wrote here: a stored blocking key, a description's bkg:canonical
    or any corpus-graph quad. Before the first link, the records own only the merged
    descriptions the build wrote (graph/entities) and their pending marks (graph/links)."""
    entities, links, corpus = (_n(g) for g in (V.entities_graph(base_iri), V.links_graph(base_iri),
                                               V.corpus_graph(base_iri)))
    return any(next(store.quads_for_pattern(None, p, None, g), None) is not None
               for p, g in ((_n(V.BLOCK_KEY), links), (_n(V.CANONICAL), entities), (None, corpus)))


def _owned_quads(store: ox.Store, evidence, base_iri: str, linked_before: bool = True) -> list[ox.Quad]:
    """The corpus-layer quads the evidence's records own: their own subjects' quads, their
    descriptions' bkg:canonical, the links they start (bkg:linkFrom) and their tenures."""
    entities, links, corpus = (_n(g) for g in (V.entities_graph(base_iri), V.links_graph(base_iri),
                                               V.corpus_graph(base_iri)))
    canonical, link_from, member = _n(V.CANONICAL), _n(V.LINK_FROM), _n(V.MEMBER)
    out = []
    for iri in evidence.records:
        node = _n(iri)
        out += store.quads_for_pattern(node, None, None, entities)
        out += store.quads_for_pattern(node, None, None, links)
        if not linked_before:
            continue
        out += store.quads_for_pattern(node, None, None, corpus)
        for description, _ in evidence.descriptions.get(iri, ()):
            out += store.quads_for_pattern(_n(description), canonical, None, entities)
        for q in store.quads_for_pattern(None, link_from, node, links):
            out += store.quads_for_pattern(q.subject, None, None, links)
        for t in store.quads_for_pattern(None, member, node, corpus):
            out += tenure_tree(store, t.subject, corpus)
    return list(dict.fromkeys(out))


def _unowned_quads(store: ox.Store, records: set[str], base_iri: str) -> list[ox.Quad]:
    """Linker quads whose owner is no current record (read as a stream; only those kept)."""
    entities, links, corpus = (_n(g) for g in (V.entities_graph(base_iri), V.links_graph(base_iri),
                                               V.corpus_graph(base_iri)))
    out = []
    for graph in (entities, links, corpus):
        for row in store.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"):
            iri = row[0].value   # the subjects, found by one scan inside the store
            if is_linked_iri(iri, base_iri) and iri not in records:
                out += store.quads_for_pattern(row[0], None, None, graph)
    describes = _n(V.DESCRIBES)
    for q in store.quads_for_pattern(None, _n(V.CANONICAL), None, entities):
        if not any(d.object.value in records for d in store.quads_for_pattern(q.subject, describes, None, None)):
            out.append(q)
    for q in store.quads_for_pattern(None, _n(V.SAME_AS), None, entities):
        if q.subject.value not in records and not is_linked_iri(q.subject.value, base_iri):
            out.append(q)
    for q in store.quads_for_pattern(None, _n(V.LINK_FROM), None, links):
        if q.object.value not in records:
            out += store.quads_for_pattern(q.subject, None, None, links)
    tenure = f"{base_iri}tenure/"
    for q in store.quads_for_pattern(None, _n(V.MEMBER), None, corpus):
        if q.subject.value.startswith(tenure) and q.object.value not in records:
            out += tenure_tree(store, q.subject, corpus)
    return list(dict.fromkeys(out))
