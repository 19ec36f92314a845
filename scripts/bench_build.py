"""Build N real articles twice into one store; print timings and whether the store is unchanged.

    .venv/bin/python scripts/bench_build.py [--articles 500] [--workers 1]

Prints articles/s for each build, quad counts, and compares the second store's content and
the heads query's answers with the first's (they must be identical: re-building replaces
each article's graph).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "indosum_dev.jsonl"


def digest(store_path: Path) -> tuple[int, str, str]:
    from kg.store import library
    from kg.store.results import format_result
    from kg.store.store import KgStore

    with KgStore.open(store_path) as store:
        quads = sorted(str(q) for q in store.ox)
        heads = format_result(store.query(library.bind_params(library.load_query("heads"), {})), "csv")
    return len(quads), hashlib.sha256("\n".join(quads).encode()).hexdigest()[:16], hashlib.sha256(heads).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.build import build

    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        source = work / "in.jsonl"
        with NEWS.open(encoding="utf-8") as lines:
            source.write_text("".join(line for _, line in zip(range(args.articles), lines)), encoding="utf-8")
        results = []
        for run in (1, 2):
            started = time.perf_counter()
            summary = build([str(source)], work / "out", workers=args.workers)
            elapsed = time.perf_counter() - started
            quads, store_hash, heads_hash = digest(work / "out" / "store")
            results.append((quads, store_hash, heads_hash))
            print(f"build {run}: {summary.articles} articles, {summary.sentences} sentences in {elapsed:.1f} s "
                  f"({summary.articles / elapsed:.1f} articles/s, {summary.sentences / elapsed:.0f} sentences/s); "
                  f"{quads} quads; store {store_hash}; heads {heads_hash}")
        print("identical store and answers:", results[0] == results[1])


if __name__ == "__main__":
    main()
