"""Benchmark the corpus-level linking stage on a built store.

    python scripts/bench_link.py --store output/store [--build-seconds 196]

Copies the store, then measures on the copy: a full re-link (wall and CPU seconds, peak RSS
growth), and an incremental re-link of the entities one article describes (what `kg build`
of one new article costs in linking). With --build-seconds (the time `kg build` took for the
store's articles) it prints the full re-link's share of the build.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    import pyoxigraph as ox

    from kg import vocab as V
    from kg.link.records import described_in
    from kg.store.store import KgStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--build-seconds", type=float, help="wall time of the build of this store")
    parser.add_argument("--articles", type=int, default=5, help="incremental re-links to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(args.store, copy)
        (copy / "berita-kg.lock").unlink(missing_ok=True)
        before = rss_mb()
        with KgStore.open(copy, write=True) as store:
            report, wall, cpu = timed(lambda: store.relink())
            print(f"full re-link: {report.line()}")
            print(f"full re-link: {wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS +{rss_mb() - before:.0f} MB")
            if args.build_seconds:
                print(f"share of the build: {wall / args.build_seconds:.1%} "
                      f"(build {args.build_seconds:.0f} s)")
            graphs = sorted(g.value for g in store.ox.named_graphs()
                            if g.value.startswith(V.DEFAULT_BASE_IRI + "article/"))
            step = max(1, len(graphs) // max(1, args.articles))
            times = []
            for g in graphs[::step][: args.articles]:
                seeds = described_in(store.ox, [g])
                _, wall, _ = timed(lambda: store.relink(V.DEFAULT_BASE_IRI, seeds))
                times.append(wall)
            if times:
                times.sort()
                print(f"incremental re-link of one article's entities ({len(times)} articles): "
                      f"median {times[len(times) // 2]:.2f} s, max {times[-1]:.2f} s")
        del ox


if __name__ == "__main__":
    main()
