"""Random pick of articles for a new event-gold part (issue 10, dev part 3).

    python scripts/pick_events_gold.py --seed 20261204 --main 16 --other 4

`--main` articles from category "tajuk utama" (government, police, courts, disasters, politics),
`--other` from the rest (sports, entertainment, technology), all 700-1,800 characters and in no
gold set under tests/data (events_gold, gold, gold_heldout, link_gold). Prints one id a line.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = Path("/work/shared/data/news/indosum_dev.jsonl")


def used_ids() -> set[str]:
    ids = set()
    for p in (ROOT / "tests" / "data").rglob("*"):
        if p.is_file() and p.suffix in {".json", ".txt", ".tsv", ".jsonl"}:
            ids |= set(re.findall(r"indosum-\d+-[\w-]+", p.read_text(encoding="utf-8", errors="ignore")))
    return {i for i in ids} | {p.stem for p in (ROOT / "tests" / "data").rglob("indosum-*.json")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--main", type=int, default=16)
    ap.add_argument("--other", type=int, default=4)
    a = ap.parse_args()
    used = used_ids()
    main_c, other_c = [], []
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["id"] in used or not 700 <= len(d["text"]) <= 1800:
            continue
        (main_c if d["category"] == "tajuk utama" else other_c).append(d["id"])
    rng = random.Random(a.seed)
    for i in sorted(rng.sample(sorted(main_c), a.main) + rng.sample(sorted(other_c), a.other)):
        print(i)


if __name__ == "__main__":
    main()
