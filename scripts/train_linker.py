"""Estimate the linker's Fellegi–Sunter parameters (Splink, EM) on a corpus build.

    python scripts/train_linker.py --store output/store      # writes kg/link/model-{person,organization}.json

u probabilities come from random record pairs, the prior from exact-name pairs, m probabilities
from EM sessions blocked on name parts (so every other comparison is estimated) and on shared
co-occurring context (so the name comparison is). Deterministic (fixed seed).
"""
from __future__ import annotations

import argparse
import json
import time

import pyoxigraph as ox


def train(records, type_: str, out: str) -> None:
    from splink import block_on

    from kg.link import features, model

    rows = features.rows(records, type_)
    linker = model.linker(rows, type_, trained=False)
    t = linker.training
    t.estimate_probability_two_random_records_match([block_on("name")], recall=0.7)
    t.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    # context comparisons (offices, region, co-occurrence, dates) given the same name
    t.estimate_parameters_using_expectation_maximisation(block_on("name"), fix_u_probabilities=True)
    settings = linker.misc.save_model_to_json(out, overwrite=True)
    _clamp(settings)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(settings, f, indent=1, sort_keys=True)
    for c in settings["comparisons"]:
        for level in c["comparison_levels"]:
            if "m_probability" in level:
                print(f"{type_:12} {c['output_column_name']:7} {level['label_for_charts']:40} "
                      f"m={level['m_probability']:.3f} u={level.get('u_probability', 0):.5f}")
    print(f"{type_}: {len(rows)} records; prior {settings['probability_two_random_records_match']:.2e}")


def _clamp(settings, low=0.005) -> None:
    """No level may make a match impossible (m=0) or certain from one comparison."""
    for c in settings["comparisons"]:
        for lv in c["comparison_levels"]:
            if not lv.get("is_null_level"):   # a level never seen among random pairs is rare, not impossible
                lv["u_probability"] = max(lv.get("u_probability") or 0.0, 1e-7)
        levels = [lv for lv in c["comparison_levels"] if "m_probability" in lv]
        if any(lv.get("fix_m_probability") for lv in levels):
            continue                     # documented priors stay as they are
        for lv in levels:
            lv["m_probability"] = max(lv["m_probability"], low)
        total = sum(lv["m_probability"] for lv in levels)
        for lv in levels:
            lv["m_probability"] /= total


def main() -> None:
    from kg.link import model
    from kg.link.records import read_records

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default="output/store")
    args = parser.parse_args()
    started = time.perf_counter()
    records = read_records(ox.Store.read_only(args.store))
    print(f"{len(records)} records read in {time.perf_counter() - started:.1f}s")
    for type_ in ("person", "organization"):
        train(records, type_, str(model.model_path(type_)))


if __name__ == "__main__":
    main()
