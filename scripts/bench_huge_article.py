"""Peak memory and time of `kg build` on ONE huge article (real news text concatenated).

    python scripts/bench_huge_article.py 1 5      # sizes in MB (of UTF-8 text)

Each size runs in its own `kg build` process (--workers 1); prints MB, seconds, peak RSS
(ru_maxrss of the child), exit code and the last line of its output.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "../shared/data/news/indosum_dev.jsonl"


def huge_article(megabytes: float) -> str:
    target = int(megabytes * 1024 * 1024)
    parts, size = [], 0
    while size < target:
        for line in CORPUS.open(encoding="utf-8"):
            text = json.loads(line)["text"]
            parts.append(text)
            size += len(text.encode("utf-8")) + 1
            if size >= target:
                break
    return "\n".join(parts)


def run(megabytes: float, root: Path) -> None:
    source = root / f"huge-{megabytes}.jsonl"
    source.write_text(json.dumps({"id": f"huge-{megabytes}", "title": "huge",
                                  "text": huge_article(megabytes)}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(source), "--out",
                           str(root / f"out-{megabytes}"), "--no-progress"],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    # ru_maxrss of children is the largest child so far: run sizes in increasing order
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    last = (proc.stdout + proc.stderr).strip().splitlines()[-1:] or [""]
    print(f"{megabytes:g} MB: {seconds:.1f} s, peak RSS {peak:.0f} MB, exit {proc.returncode}: {last[0][:160]}",
          flush=True)


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [1.0]
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(sizes):
            run(size, Path(tmp))


if __name__ == "__main__":
    main()
