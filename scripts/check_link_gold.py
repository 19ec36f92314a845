"""Check the cross-document linking gold: every row's offsets against the article text, and counts.

    python scripts/check_link_gold.py                # tests/data/link_gold/{dev,heldout}.tsv
    python scripts/check_link_gold.py --write-articles FILE.jsonl   # also write the gold articles

Exit status 1 when an offset is wrong, an article is missing, two mentions overlap, a hard
negative names an entity that is not in the same part, or an entity appears in both parts.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.evaluate_links import TYPES, check_offsets, gold_counts, load_link_gold  # noqa: E402
from scripts.score_extraction import NEWS_JSONL  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "link_gold"
PARTS = ("dev", "heldout")


def gold_article_ids(gold_dir: Path = GOLD_DIR) -> list[str]:
    ids = set()
    for part in PARTS:
        ids |= {m.article_id for m in load_link_gold(gold_dir / f"{part}.tsv")}
    return sorted(ids)


def write_gold_articles(out: Path, gold_dir: Path = GOLD_DIR, news: Path = NEWS_JSONL) -> int:
    """The gold articles' records, in corpus order, as a jsonl `kg build` reads."""
    want = set(gold_article_ids(gold_dir))
    n = 0
    with news.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip() and json.loads(line)["id"] in want:
                dst.write(line if line.endswith("\n") else line + "\n")
                n += 1
    return n


def overlaps(gold) -> list[str]:
    """Mentions whose spans overlap in one article (each span is one mention of one entity)."""
    out = []
    by_article = {}
    for m in gold:
        by_article.setdefault(m.article_id, []).append(m)
    for article_id, ms in sorted(by_article.items()):
        ms.sort(key=lambda m: (m.start, m.end))
        out += [f"{article_id}: {a.entity_id} {a.surface!r} overlaps {b.entity_id} {b.surface!r}"
                for a, b in zip(ms, ms[1:]) if b.start < a.end]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    ap.add_argument("--news", type=Path, default=NEWS_JSONL)
    ap.add_argument("--write-articles", type=Path, metavar="FILE")
    args = ap.parse_args(argv)
    texts = {}
    with args.news.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    problems, entities_by_part = [], {}
    for part in PARTS:
        gold = load_link_gold(args.gold_dir / f"{part}.tsv")
        problems += check_offsets(gold, texts)
        ids = {m.entity_id for m in gold}
        entities_by_part[part] = ids
        problems += [f"{part}: {m.entity_id} names hard negative {n}, not in {part}"
                     for m in gold for n in m.negatives if n not in ids]
        types = {}
        for m in gold:
            if types.setdefault(m.entity_id, m.type) != m.type:
                problems.append(f"{part}: {m.entity_id} has two types")
        c = gold_counts(gold)
        print(f"{part}: {c['articles']} articles, {c['hard_negative_pairs']} hard-negative pairs")
        for t in TYPES:
            b = c["by_type"][t]
            print(f"  {t:<13} {b['entities']:>3} entities ({b['multi_article_entities']} in 2+ "
                  f"articles), {b['mentions']:>4} mentions")
    problems += overlaps([m for part in PARTS for m in load_link_gold(args.gold_dir / f"{part}.tsv")])
    both = entities_by_part["dev"] & entities_by_part["heldout"]
    problems += [f"{e} is in both parts" for e in sorted(both)]
    print(f"all: {len(gold_article_ids(args.gold_dir))} distinct articles")
    if args.write_articles:
        print(f"wrote {write_gold_articles(args.write_articles, args.gold_dir, args.news)} "
              f"articles to {args.write_articles}")
    for p in problems:
        print("ERROR", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
