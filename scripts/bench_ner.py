"""NER throughput on real news sentences: sentences/s by torch threads and batch size.

    .venv/bin/python scripts/bench_ner.py [--sentences 2000] [--model DIR]

Each configuration runs in a fresh process (torch's thread pool is fixed per process);
the ratio column compares against the first row of the same run.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "indosum_dev.jsonl"


def sentences(limit: int) -> list[list[str]]:
    from kg.nlp.tokenize import split_sentences

    out = []
    with NEWS.open(encoding="utf-8") as lines:
        for line in lines:
            for sentence in split_sentences(json.loads(line)["text"]):
                out.append([t.text for t in sentence.tokens])
                if len(out) >= limit:
                    return out
    return out


def one_run(threads: int, batch: int, limit: int, model: str | None) -> None:
    import torch

    from kg.nlp.ner import NerTagger

    data = sentences(limit)
    tagger = NerTagger(model, threads=threads or None, batch_size=batch)
    tagger.tag(data[:50])  # warm up
    started = time.perf_counter()
    for i in range(0, len(data), batch):
        tagger.tag(data[i:i + batch])
    elapsed = time.perf_counter() - started
    print(json.dumps({"threads": torch.get_num_threads(), "batch": batch,
                      "sentences": len(data), "seconds": elapsed}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--model")
    parser.add_argument("--one", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_run(args.one[0], args.one[1], args.sentences, args.model)
        return
    configs = [(1, 32), (1, 64), (1, 256), (1, 1024), (0, 32)]  # threads 0 = torch's default
    base = None
    print(f"{'threads':>8}{'batch':>7}{'sent/s':>9}{'ratio':>7}")
    for threads, batch in configs:
        command = [sys.executable, __file__, "--one", str(threads), str(batch), "--sentences", str(args.sentences)]
        if args.model:
            command += ["--model", args.model]
        result = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        rate = result["sentences"] / result["seconds"]
        base = base or rate
        print(f"{result['threads']:>8}{batch:>7}{rate:>9.0f}{rate / base:>7.2f}")


if __name__ == "__main__":
    main()
