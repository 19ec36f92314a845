"""Cross-document linking quality on tests/data/link_gold, through the real pipeline.

The 179 gold articles are built once (`kg build`, real NER model and store) and scored with
kg/evaluate_links.py: pairwise precision / recall per type over mention pairs in different
articles (`cross`) and over all pairs (`all`).

FLOORS sit about 0.02 under what the corpus-level linker (kg/link) reaches (measured
2026-12-03, cross pairs: dev person P 0.97 R 0.97, org P 1.00 R 0.90; held-out person P 1.00
R 0.91, org P 0.98 R 0.84). Before the linker: dev person R 0.71, org R 0.81; held-out person
R 0.61, org R 0.76. The issue-8 targets are P >= 0.95 and R >= 0.90 for both types; held-out
organisation recall is short of them. Never tune on the held-out part.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import check_link_gold  # noqa: E402
import score_extraction  # noqa: E402

# part -> type -> pair group -> (precision floor, recall floor)
FLOORS = {
    "dev": {"person": {"cross": (0.95, 0.95), "all": (0.95, 0.95)},
            "organization": {"cross": (0.97, 0.88), "all": (0.97, 0.88)}},
    "heldout": {"person": {"cross": (0.97, 0.89), "all": (0.97, 0.88)},
                "organization": {"cross": (0.96, 0.82), "all": (0.96, 0.82)}},
}
# gold mentions the predictor finds no entity for (NER misses): baseline 7 of 802
MAX_UNMATCHED_SHARE = 0.05


@pytest.fixture(scope="module")
def link_scores(tmp_path_factory):
    out = score_extraction.build_link_gold(tmp_path_factory.mktemp("link-gold") / "build")
    return score_extraction.score_link_build(out)


def test_gold_offsets_and_parts_are_consistent():
    assert check_link_gold.main([]) == 0


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_linking_floors(link_scores, part):
    from kg.evaluate_links import format_link_report

    scores = link_scores[part]
    report = format_link_report(scores, title=part, errors=True)
    for type_, groups in FLOORS[part].items():
        res = scores["types"][type_]
        assert res["unmatched"] <= MAX_UNMATCHED_SHARE * res["mentions"], report
        for group, (precision, recall) in groups.items():
            got = res[group]
            assert got["precision"] >= precision and got["recall"] >= recall, \
                f"{part} {type_} {group}\n{report}"
