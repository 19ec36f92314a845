"""Every library query's latency on a store, and on a copy holding its quads N times.

    python scripts/bench_queries.py output/store              # the store as it is
    python scripts/bench_queries.py output/store --copies 5   # and a 5x copy (temp dir)

In-process (pyoxigraph, the union default graph as `kg query` uses it), default parameters
except a few that pick a common value. Prints rows, p50 and p99 in ms per query and the
ratio copy/original, as a markdown table. The copy renames the articles, people,
organisations, events, tenures and links per copy (`<base>c2/person/...`), so each copy is
distinct data in the same corpus-layer graphs, with the same ontology, places and roles (a
corpus 5x larger, not 5 stores side by side); the original store is only read.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg import vocab as V
from kg.store.library import bind_params, list_queries

PARAMS = {"events-by-type": {"category": "arrest"}, "events-in-region": {"region": "31"},
          "actor-events": {"name": "Joko Widodo"}, "officials-of-region": {"region": "31"},
          "timeline": {"name": "Joko Widodo"}, "posts-of": {"person": "Joko Widodo"},
          "why-linked": {"entity": "Joko Widodo"}, "agencies-by-alias": {"alias": "Polda"},
          "coverage": {"name": "Joko Widodo"}}
CAP_S = 10.0


def time_queries(store: ox.Store, runs: int) -> dict[str, tuple[int, float, float]]:
    out = {}
    for q in list_queries():
        text = bind_params(q, PARAMS.get(q.name, {}))
        times, rows = [], 0
        for i in range(runs + 2):                         # two warm-up runs
            t0 = time.perf_counter()
            rows = len(list(store.query(text, use_default_graph_as_union=True)))
            took = time.perf_counter() - t0
            if i >= 2 or took > CAP_S:
                times.append(took)
            if took > CAP_S:
                break
        times.sort()
        out[q.name] = (rows, statistics.median(times) * 1000, times[int(0.99 * (len(times) - 1))] * 1000)
    return out


# what each copy renames: its articles and what they mention; the ontology, the corpus-layer
# graphs, the gazetteer's places and the roles stay one, as in a corpus 5x larger
RENAMED = tuple(f"{kind}/" for kind in ("article", "person", "organization", "event", "tenure", "link"))


def _rename(term, base: str, copy: int):
    if not copy:
        return term
    if isinstance(term, ox.NamedNode) and term.value.startswith(base) and term.value[len(base):].startswith(RENAMED):
        return ox.NamedNode(f"{base}c{copy}/{term.value[len(base):]}")
    if isinstance(term, ox.BlankNode):
        return ox.BlankNode(f"{term.value}c{copy}")
    return term


def copy_store(source: ox.Store, target: Path, copies: int, base: str) -> int:
    """A store with every quad `copies` times, IRIs under base renamed per copy; its quad count."""
    store = ox.Store(str(target))
    n = 0
    for copy in range(copies):
        batch = []
        for q in source.quads_for_pattern(None, None, None, None):
            graph = q.graph_name
            batch.append(ox.Quad(_rename(q.subject, base, copy), q.predicate,
                                 _rename(q.object, base, copy),
                                 graph if isinstance(graph, ox.DefaultGraph) else _rename(graph, base, copy)))
            if len(batch) >= 200_000:
                store.bulk_extend(batch)
                n += len(batch)
                batch = []
        store.bulk_extend(batch)
        n += len(batch)
    store.flush()
    store.optimize()
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--copies", type=int, default=0, help="also time a copy with the quads N times")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--base-iri", default=V.DEFAULT_BASE_IRI)
    args = ap.parse_args(argv)
    source = ox.Store.read_only(str(args.store))
    quads = sum(1 for _ in source.quads_for_pattern(None, None, None, None))
    first = time_queries(source, args.runs)
    second, copied = {}, 0
    if args.copies > 1:
        with tempfile.TemporaryDirectory(prefix="bench-queries-", ignore_cleanup_errors=True) as tmp:
            t0 = time.perf_counter()
            copied = copy_store(source, Path(tmp) / "store", args.copies, args.base_iri)
            print(f"copied {copied:,} quads in {time.perf_counter() - t0:.0f} s")
            second = time_queries(ox.Store.read_only(str(Path(tmp) / "store")), args.runs)
    head = "| query | rows | p50 ms | p99 ms |"
    if second:
        head += f" rows {args.copies}x | p50 ms {args.copies}x | p99 ms {args.copies}x | p50 ratio |"
    print(f"\n{quads:,} quads" + (f"; copy: {copied:,} quads" if copied else "") + "\n")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for name, (rows, p50, p99) in first.items():
        line = f"| {name} | {rows} | {p50:.1f} | {p99:.1f} |"
        if second:
            r2, q50, q99 = second[name]
            line += f" {r2} | {q50:.1f} | {q99:.1f} | {q50 / p50:.1f} |"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
