"""Extraction quality on the hand-annotated gold sets, through the real pipeline.

Floors sit a little under the scores measured when they were set (see the README's
"Extraction quality"), so a change that makes extraction worse fails here.
tests/data/gold_heldout and gold_heldout2 were annotated independently and never used to tune
rules; tests/data/gold_dev2 .. gold_dev7 are the second to seventh tuning parts (posts and
roles).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import score_extraction  # noqa: E402

# Measured after the gold_dev4 round (P/R): gold/ heads 0.99/0.88, posts 1.00/0.75, quoted
# 0.92/0.85; dev2 heads 0.92/0.60, posts 1.00/0.66, quoted 0.85/0.71; dev3 heads 0.84/0.80,
# posts 1.00/0.69, quoted 0.91/0.66; dev4 heads 0.88/1.00, posts 0.94/0.79, quoted 0.90/0.86;
# held-out (scored once, at the end) heads 0.84/0.88, posts 0.83/0.71 (5 of 6, 7 gold: too
# few for a floor), quoted 0.95/0.78.
# held-out 2 (tests/data/gold_heldout2, scored once when added, never tuned on) heads
# 0.83/0.68 (19 of 23, 28 gold), posts 0.90/0.58 (18 of 20, 31 gold), quoted 0.84/0.81.
# Measured after the gold_dev5 (posts) round: gold/ posts 1.00/0.79 (heads, quoted as before);
# dev2 posts 1.00/0.72; dev3 posts 1.00/0.85; dev4 posts 0.94/0.82; dev5 heads 0.85/0.69,
# posts 0.93/0.82, quoted 0.95/0.68 (heads and quoted unchanged on the other parts). Held-out
# floors were not touched in that round (held-out not scored by it).
# Measured after the gold_dev6 (posts, issue 10) round: gold/ posts 1.00/0.81; dev4 posts
# 0.94/0.87; dev5 posts 1.00/0.88; dev6 heads 1.00/0.80, posts 0.93/0.77, quoted 0.81/0.77
# (before that round's rules: 1.00/0.65, 0.88/0.66, 0.81/0.77); the rest as before. Held-out
# floors not touched (held-out not scored by that round).
# Measured after the posts7 round (gap kinds mined over 1,974 corpus articles in no gold):
# dev2 posts 1.00/0.75; dev5 heads 0.87/0.81, posts 1.00/0.94; dev7 (annotated before the
# round: heads 1.00/0.63, posts 0.89/0.50, quoted 0.87/0.77) heads 1.00/0.63, posts 0.89/0.50,
# quoted 0.91/0.77; the rest as before. Held-out, scored once after that merge: part 1 heads
# 0.88/0.88, posts 0.86/0.86 (6 of 7), quoted 0.96/0.81; part 2 heads 0.83/0.71 (20 of 24, 28
# gold), posts 0.90/0.61 (19 of 21, 31 gold), quoted 0.87/0.81: its posts floor moved under that.
FLOORS = {
    "gold": {"heads": (0.96, 0.85), "quoted": (0.89, 0.82), "posts": (0.97, 0.78)},
    "gold_dev2": {"heads": (0.89, 0.57), "quoted": (0.82, 0.68), "posts": (0.97, 0.72)},
    "gold_dev3": {"heads": (0.81, 0.77), "quoted": (0.88, 0.63), "posts": (0.97, 0.82)},
    "gold_dev4": {"heads": (0.85, 0.96), "quoted": (0.87, 0.83), "posts": (0.91, 0.84)},
    "gold_dev5": {"heads": (0.84, 0.78), "quoted": (0.92, 0.65), "posts": (0.97, 0.91)},
    "gold_dev6": {"heads": (0.97, 0.77), "quoted": (0.78, 0.74), "posts": (0.90, 0.74)},
    "gold_dev7": {"heads": (0.97, 0.60), "quoted": (0.88, 0.74), "posts": (0.85, 0.47)},
    "gold_heldout": {"heads": (0.81, 0.85), "quoted": (0.88, 0.72)},
    "gold_heldout2": {"heads": (0.80, 0.68), "quoted": (0.81, 0.78), "posts": (0.87, 0.58)},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_precision_and_recall_floors(name):
    scores, report = score_extraction.run(ROOT / "tests" / "data" / name)
    assert not scores["missing_predictions"]
    for relation, (precision, recall) in FLOORS[name].items():
        got = scores[relation]
        assert got["precision"] >= precision and got["recall"] >= recall, f"{relation}\n{report}"
