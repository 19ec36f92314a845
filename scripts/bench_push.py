"""Benchmark `kg push` into a throw-away Virtuoso 7 (started here on 127.0.0.1, stopped
at the end): full push over the Graph Store Protocol, an incremental push with nothing
changed, and a full push through Virtuoso's bulk loader, all in one run.

    .venv/bin/python scripts/bench_push.py output/store      # a store written by kg build
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.push.gsp import Endpoint  # noqa: E402
from kg.push.run import push  # noqa: E402
from kg.push.sparql import graph_counts  # noqa: E402
from kg.push.virtuoso import BulkLoader  # noqa: E402
from kg.store.store import KgStore  # noqa: E402
from virtuoso_server import start_virtuoso  # noqa: E402


def timed(label, run):
    start = time.perf_counter()
    report = run()
    seconds = time.perf_counter() - start
    print(f"{label:<28} {seconds:7.2f} s  {report.line()}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        store = Path(work) / "store"
        shutil.copytree(args.store, store)          # the push state goes next to the copy
        start = time.perf_counter()
        server = start_virtuoso(Path(work) / "virtuoso")
        try:
            server.wait()
            print(f"{'virtuoso start':<28} {time.perf_counter() - start:7.2f} s")
            endpoint = Endpoint(server.gsp_url, server.user, server.password)
            bulk = BulkLoader(server.load_dir, sql_address=server.sql_address)
            one = timed("gsp, full, 1 job", lambda: push(store, endpoint, full=True, jobs=1))
            gsp = timed("gsp, full, 4 jobs", lambda: push(store, endpoint, full=True, jobs=4))
            same = timed("gsp, nothing changed", lambda: push(store, endpoint))
            loader = timed("bulk loader, full", lambda: push(store, endpoint, full=True, bulk=bulk))
            with KgStore.open(store) as kg_store:
                local = kg_store.graph_counts()
            assert graph_counts(server.sparql_url, local) == local, "counts differ"
            print(f"ratios: 1 job / 4 jobs {one / gsp:.1f}x, gsp 4 jobs / bulk {gsp / loader:.1f}x, "
                  f"full / unchanged {gsp / same:.1f}x; "
                  f"{sum(local.values())} quads in {len(local)} graphs, counts checked")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
