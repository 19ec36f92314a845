"""The trigger lexicon (kg/extract/lexicons/events.csv): words, type, form and closed-set category."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


LEXICON_PATH = Path(__file__).resolve().parents[1] / "lexicons" / "events.csv"


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    type: str
    form: str            # "noun" | "verb"
    category: str = ""   # the closed set: "arrest", "training", ... (ontologies/README.md)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> dict[tuple[str, ...], Trigger]:
    """trigger words (lowercase tuple) -> Trigger, from lexicons/events.csv."""
    p = Path(path) if path else LEXICON_PATH
    out = {}
    with p.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            words = tuple(row["trigger"].lower().split())
            if words:
                out[words] = Trigger(words, row["type"].strip(), (row.get("form") or "noun").strip(),
                                     (row.get("category") or "").strip())
    return out


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return {t.type: t.category for t in load_lexicon().values()}


def category_of(event_type: str) -> str:
    """The closed-set category of a lexicon type ("penangkapan" -> "arrest"), or ""."""
    return _categories().get(event_type, "")
