"""Benchmark kg.nlp.tokenize over the IndoSum dev articles.

Usage: python scripts/bench_tokenize.py [path/to/indosum_dev.jsonl]
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.nlp.tokenize import split_sentences  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "news" / "indosum_dev.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    n_sent = n_tok = 0
    for t in texts:
        sents = split_sentences(t)
        n_sent += len(sents)
        n_tok += sum(len(s.tokens) for s in sents)
    dt = time.perf_counter() - t0
    print(f"{len(texts)} articles, {chars} chars, {n_sent} sentences, {n_tok} tokens in {dt:.2f} s")
    print(f"{len(texts) / dt:.0f} articles/s, {n_sent / dt:.0f} sentences/s, "
          f"{n_tok / dt:.0f} tokens/s, {chars / dt / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()
