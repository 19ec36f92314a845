"""Is `kg build` memory flat in the corpus size? One build of N articles, RSS sampled as it runs.

    .venv/bin/python scripts/bench_memory.py [--articles 10000] [--workers 1] [--keep DIR]

The corpus is the shared IndoSum articles repeated under new ids (`<id>~r<k>`) until there are
N, so N can exceed the 3,427 real ones; copies are a whole corpus apart in the input. The build
runs as `kg build` does (kg.builder.build, in this process); every second a thread reads the
RSS of this process and of its workers (psutil, which dask.distributed brings) and the articles
built so far. Printed: per tenth of the articles the largest parent and worker RSS seen, the
store's size on disk, the link step's peak (after the last article) and the ratio of the last
tenth's parent peak to the first's (1.0 is flat). Without --keep the build is removed at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "indosum_dev.jsonl"


def write_corpus(path: Path, n: int) -> None:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = json.loads(lines[i % len(lines)])
            copy = i // len(lines)
            if copy:
                record["id"] = f"{record['id']}~r{copy}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def dir_mb(path: Path) -> float:
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except FileNotFoundError:
                pass
    return total / 2**20


def rss_mb(process: psutil.Process) -> tuple[float, float]:
    """(parent, largest child) resident set size in MB."""
    try:
        parent = process.memory_info().rss
        children = [c.memory_info().rss for c in process.children(recursive=True)]
    except psutil.Error:
        return 0.0, 0.0
    return parent / 2**20, max(children, default=0) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--keep", help="build into this directory and keep it")
    args = parser.parse_args()

    work = Path(args.keep or tempfile.mkdtemp(prefix="bench_memory_"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    write_corpus(corpus, args.articles)
    out = work / "out"
    from kg.builder import build

    seen = [0]
    done = threading.Event()
    process = psutil.Process()
    tenth = max(1, args.articles // 10)
    rows: dict[int, list[float]] = {}   # tenth -> [parent, worker, store MB, seconds]
    link = [0.0, 0.0]
    started = time.perf_counter()

    def sample():   # this process is the build's parent (the sampler itself is a few MB)
        last_disk = 0.0
        while not done.wait(1):
            parent, worker = rss_mb(process)
            elapsed = time.perf_counter() - started
            if seen[0] >= args.articles:
                link[0], link[1] = max(link[0], parent), max(link[1], worker)
                continue
            row = rows.setdefault(min(seen[0] // tenth, 9), [0.0, 0.0, 0.0, 0.0])
            row[0], row[1] = max(row[0], parent), max(row[1], worker)
            if elapsed - last_disk > 20:
                row[2], last_disk = dir_mb(out / "store"), elapsed
            row[3] = elapsed

    def step(_):
        seen[0] += 1

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    summary = build([str(corpus)], str(out), workers=args.workers, on_article=step)
    done.set()
    sampler.join()
    total = time.perf_counter() - started
    print(f"kg build of {args.articles} articles (-j {args.workers}): {total:.0f} s")
    print("| articles up to | parent RSS MB | worker RSS MB | store MB | at s |")
    print("|---|---|---|---|---|")
    for index in sorted(rows):
        parent, worker, disk, at = rows[index]
        print(f"| {(index + 1) * tenth} | {parent:.0f} | {worker:.0f} | {disk:.0f} | {at:.0f} |")
    print(f"link step (after the last article): parent {link[0]:.0f} MB, worker {link[1]:.0f} MB")
    print(f"store on disk at the end: {dir_mb(out / 'store'):.0f} MB")
    first, last = rows[min(rows)][0], rows[max(rows)][0]
    print(f"parent peak, last tenth / first tenth: {last / first:.2f}")
    print(f"articles {summary.articles}, sentences {summary.sentences}, {summary.entities} entities")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
