"""Build throughput against the NER speed limit, stage shares and peak memory, by corpus size.

    .venv/bin/python scripts/bench_build.py [--articles 100,1000,3427] [--workers 1] [--no-serial]

For each N (the first N IndoSum articles), each in a fresh process:
  bare    tokenize + NER only (the speed limit), sentences/s
  build   `kg build` as shipped (--workers W: NER processes, this process extracts,
          resolves and writes; batches of 100 articles), sentences/s and ratio to bare
  serial  everything in one process with a timer around each stage: the stage shares
Peak RSS: the build's parent and its largest worker (ru_maxrss). Ratios compare runs of
the same invocation; absolute numbers move with the machine's load.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "indosum_dev.jsonl"
STAGES = ("load model", "tokenize", "NER", "extract", "resolve", "store", "outputs", "compact")


def peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: on a loaded machine a steadier
    measure of the work than wall time."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def bare(source: str) -> dict:
    from kg.ingest import read_articles
    from kg.nlp.ner import NerTagger
    from kg.nlp.pipeline import DEFAULT_BATCH_SENTENCES, article_sentences
    from kg.runtime import freeze_long_lived

    started = time.perf_counter()   # the model load counts, as it does in a build
    tagger = NerTagger()
    freeze_long_lived()
    loaded = time.perf_counter() - started
    sentences, batch = 0, []
    for article in read_articles([source]):
        batch.extend([t.text for t in s.tokens] for s in article_sentences(article))
        if len(batch) >= DEFAULT_BATCH_SENTENCES:
            tagger.tag(batch)
            sentences, batch = sentences + len(batch), []
    tagger.tag(batch)
    sentences += len(batch)
    return {"sentences": sentences, "seconds": time.perf_counter() - started, "load": loaded}


def full(source: str, out: str, workers: int) -> dict:
    from kg.builder import build

    started = time.perf_counter()
    summary = build([source], out, workers=workers)
    return {"sentences": summary.sentences, "seconds": time.perf_counter() - started,
            "parent_steps": dict(summary.seconds), "store_mb": summary.store_bytes / 1e6,
            "children_peak_mb": peak_mb(resource.RUSAGE_CHILDREN)}


def serial(source: str, out: str) -> dict:
    """workers=0 with timers around each stage (functions looked up at call time)."""
    import kg.extract.article as extract
    import kg.nlp.ner as ner
    import kg.nlp.pipeline as pipeline
    import kg.resolve.resolver as resolver
    import kg.store.store as store
    from kg.builder import build
    from kg.build_outputs import BuildOutputs

    spent: Counter = Counter()

    def timed(owner, name, stage):
        original = getattr(owner, name)

        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - started
        setattr(owner, name, wrapper)

    timed(ner.NerTagger, "tag", "NER")
    timed(ner.NerTagger, "__init__", "load model")
    timed(pipeline, "article_sentences", "tokenize")
    timed(extract, "extract_article", "extract")
    timed(resolver, "resolve_article", "resolve")
    timed(store.KgStore, "add_articles", "store")
    timed(store.KgStore, "compact", "compact")
    timed(BuildOutputs, "append", "outputs")
    timed(BuildOutputs, "write_entities", "outputs")
    started = time.perf_counter()
    summary = build([source], out, workers=0)
    total = time.perf_counter() - started
    return {"sentences": summary.sentences, "seconds": total, "stages": dict(spent)}


def run_one(kind: str, source: str, workers: int, gc: str = "tuned") -> dict:
    command = [sys.executable, __file__, "--one", kind, source, "--workers", str(workers), "--gc", gc]
    result = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(result.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", default="100,1000,3427", help="comma-separated corpus sizes")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--no-serial", action="store_true", help="skip the stage-share run")
    parser.add_argument("--gc", choices=("tuned", "default", "both"), default="tuned",
                        help="garbage collector as shipped (freeze + thresholds), Python's default, "
                             "or both (serial runs) for their ratio")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.one and args.gc == "default":
        import kg.runtime

        kg.runtime.freeze_long_lived = lambda: None
    if args.one:
        kind, source = args.one
        with tempfile.TemporaryDirectory() as out:
            result = {"bare": lambda: bare(source), "build": lambda: full(source, out, args.workers),
                      "serial": lambda: serial(source, out)}[kind]()
        result["peak_mb"] = peak_mb()
        result["cpu"] = cpu_seconds()
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as work:
        lines = NEWS.read_text(encoding="utf-8").splitlines(keepends=True)
        for n in (int(x) for x in args.articles.split(",")):
            source = Path(work) / f"in-{n}.jsonl"
            source.write_text("".join(lines[:n]), encoding="utf-8")
            limit = run_one("bare", str(source), args.workers)
            built = run_one("build", str(source), args.workers)
            rate = lambda r: r["sentences"] / r["seconds"]   # noqa: E731
            print(f"N={n} ({limit['sentences']} sentences)")
            print(f"  bare tokenize+NER   {rate(limit):7.0f} sentences/s  peak {limit['peak_mb']:6.0f} MB  "
                  f"(model load {limit['load']:.1f} s included, as in a build); CPU {limit['cpu']:.0f} s")
            print(f"  kg build -j {args.workers}       {rate(built):7.0f} sentences/s  ratio {rate(built) / rate(limit):.2f}  "
                  f"peak parent {built['peak_mb']:.0f} MB, worker {built['children_peak_mb']:.0f} MB; "
                  f"store {built['store_mb']:.0f} MB; CPU {built['cpu']:.0f} s "
                  f"(bare/build CPU {limit['cpu'] / built['cpu']:.2f})")
            steps = ", ".join(f"{k} {v:.1f} s" for k, v in sorted(built["parent_steps"].items()))
            print(f"    parent: {steps} of {built['seconds']:.1f} s")
            if args.gc == "both":
                tuned, default = run_one("serial", str(source), 0), run_one("serial", str(source), 0, "default")
                print(f"  serial, GC default vs tuned: NER {default['stages']['NER'] / tuned['stages']['NER']:.2f}x "
                      f"the time, whole build {default['seconds'] / tuned['seconds']:.2f}x")
            if not args.no_serial:
                one = run_one("serial", str(source), 0)
                shares = "  ".join(f"{s} {one['stages'].get(s, 0) / one['seconds']:.0%}" for s in STAGES)
                other = 1 - sum(one["stages"].values()) / one["seconds"]
                print(f"  serial (-j 0)       {rate(one):7.0f} sentences/s  ratio {rate(one) / rate(limit):.2f}  "
                      f"peak {one['peak_mb']:.0f} MB; CPU {one['cpu']:.0f} s")
                print(f"    shares: {shares}  other {other:.0%}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
