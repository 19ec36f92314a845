"""Time `kg export` on a synthetic store: python scripts/bench_export.py [ARTICLES]

Builds ARTICLES founding-article variations (kg.rdf.sample.synthetic_article) into a
temporary store, then times the projection of each view and each writer."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kg.export.run import Options, export_graph
from kg.rdf.sample import synthetic_article
from kg.store.store import KgStore


def main(count: int = 1000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        start = time.perf_counter()
        with KgStore.open(store, write=True) as writer:
            for first in range(0, count, 200):
                writer.add_articles([synthetic_article(n)
                                     for n in range(first, min(count, first + 200))])
        print(f"built {count} articles in {time.perf_counter() - start:.1f} s")
        for view in ("actors", "events", "places", "full"):
            for fmt, name in (("gexf", "g.gexf"), ("graphml", "g.graphml"), ("csv", "csv/")):
                start = time.perf_counter()
                graph, paths = export_graph(store, fmt, f"{tmp}/{name}", Options(view=view))
                size = sum(p.stat().st_size for p in paths)
                print(f"{view:7} {fmt:8} {graph.number_of_nodes():6} nodes "
                      f"{graph.number_of_edges():7} edges {size / 1e6:7.2f} MB "
                      f"{time.perf_counter() - start:6.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
