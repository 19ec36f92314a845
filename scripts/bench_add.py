"""Time to add one article to a store of N articles: store work only vs the whole add.

    .venv/bin/python scripts/bench_add.py [--sizes 100,1000,3427] [--real 50]
    .venv/bin/python scripts/bench_add.py --out BUILD_DIR [--adds 5]

The store of N articles is made from `--real` real IndoSum articles, analysed and
resolved once, added again and again under new ids (so shared entities - Indonesia,
Jakarta, the president - gain descriptions as the store grows, as in a real corpus).
Then one article the store has not seen is added:
  store   KgStore.add_articles for that one article (the part that could grow with N)
  warm    NER + extraction + resolution + store in a process with the model loaded
          (what `kg watch` pays per article)
  cold    `kg build one.jsonl --out` in a fresh process (model load included)
and the store is compacted (its cost and the disk size before/after are printed).

--out BUILD_DIR: a copy of a real `kg build` output (e.g. of the whole corpus) gets `--adds`
real articles it has not seen, one `kg build` each in one process with the model loaded (what
`kg watch` does): the time of each step (store, link, outputs with entities.jsonl, compaction)
per add. The first add into a copy may regenerate entities.jsonl (the copy is new to it).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "indosum_dev.jsonl"


def renamed(resolved, suffix: str):
    """The same resolved article under another id (its graph is a new one)."""
    article = dataclasses.replace(resolved.article, id=f"{resolved.article.id}-copy{suffix}")
    return dataclasses.replace(resolved, article=article)


def adds_to_build(out: Path, adds: int) -> None:
    from kg.builder import build
    from kg.nlp.ner import NerTagger
    from kg.runtime import freeze_long_lived

    tagger = NerTagger()
    freeze_long_lived()
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / "out"
        shutil.copytree(out, copy)
        print(f"{'add':>4}{'whole s':>9}{'store s':>9}{'link s':>8}{'outputs s':>10}{'compact s':>10}  entities.jsonl")
        for i in range(adds):
            record = json.loads(lines[-1 - i])
            record["id"] += "-bench-add"
            one = Path(work) / f"add{i}.jsonl"
            one.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
            started = time.perf_counter()
            summary = build([str(one)], copy, tagger=tagger)
            whole = time.perf_counter() - started
            s = summary.seconds
            how = "regenerated" if summary.entities_touched is None else f"{summary.entities_touched} lines rewritten"
            print(f"{i + 1:>4}{whole:>9.2f}{s['store']:>9.2f}{s['link']:>8.2f}{s['outputs']:>10.2f}"
                  f"{s['compact']:>10.2f}  {summary.entities} entities, {how}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,3427")
    parser.add_argument("--real", type=int, default=50)
    parser.add_argument("--out", type=Path, help="a kg build output directory to add real articles to")
    parser.add_argument("--adds", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.out:
        return adds_to_build(args.out, args.adds)
    from kg.ingest import read_articles
    from kg.nlp.ner import NerTagger
    from kg.parallel import process_articles
    from kg.runtime import freeze_long_lived
    from kg.store.store import KgStore

    lines = NEWS.read_text(encoding="utf-8").splitlines(keepends=True)
    tagger = NerTagger()
    freeze_long_lived()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        (work / "real.jsonl").write_text("".join(lines[:args.real]), encoding="utf-8")
        base = [r for _, r in process_articles(read_articles([str(work / "real.jsonl")]), tagger)]
        print(f"{'N':>6}{'quads':>10}{'store s':>9}{'warm s':>8}{'cold s':>8}{'compact s':>10}"
              f"{'MB before':>10}{'MB after':>9}")
        for n in (int(x) for x in args.sizes.split(",")):
            out = work / f"out-{n}"
            with KgStore.open(out / "store", write=True) as store:
                for start in range(0, n, 100):
                    store.add_articles([renamed(base[i % len(base)], str(i // len(base)))
                                        for i in range(start, min(n, start + 100))])
                store.compact()
                quads = store.quad_count()
            new = lines[args.real + n % 500]   # a real article the store has not seen
            (work / "one.jsonl").write_text(new, encoding="utf-8")
            with KgStore.open(out / "store", write=True) as store:
                started = time.perf_counter()
                (_, resolved), = process_articles(read_articles([str(work / "one.jsonl")]), tagger)
                analysed = time.perf_counter()
                store.add_articles([resolved])
                stored = time.perf_counter()
                before = store.disk_size()
                store.compact()
                compacted = time.perf_counter()
                after = store.disk_size()
            shutil.rmtree(out / "store_cold", ignore_errors=True)
            cold_store = out / "cold"
            shutil.copytree(out, cold_store, ignore=shutil.ignore_patterns("cold"))
            record = json.loads(new)
            record["id"] += "-cold"
            (work / "cold.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
            started_cold = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg.cli", "build", str(work / "cold.jsonl"), "--out",
                            str(cold_store), "--no-progress"], check=True, capture_output=True, cwd=ROOT)
            cold = time.perf_counter() - started_cold
            shutil.rmtree(cold_store)
            print(f"{n:>6}{quads:>10}{stored - analysed:>9.3f}{stored - started:>8.2f}{cold:>8.1f}"
                  f"{compacted - stored:>10.2f}{before / 1e6:>10.1f}{after / 1e6:>9.1f}", flush=True)
            shutil.rmtree(out)


if __name__ == "__main__":
    main()
