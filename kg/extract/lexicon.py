"""Load the compiled lexicons shipped in kg/extract/lexicons/ (built by scripts/build_lexicons.py)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


@dataclass(frozen=True)
class TitleEntry:
    title: str
    expansion: str
    role: str      # "head" | "post" | "acting" | "former"
    org: str       # implied organisation (prefix or full name), "" if none
    scope: str     # "region" | "portfolio" | "none"


@dataclass(frozen=True)
class RankEntry:
    token: str
    expansion: str
    type: str
    position: str  # "pre" (before the name) | "post" (degree after the name)


@dataclass(frozen=True)
class AgencyEntry:
    acronym: str
    expansion: str
    category: str
    scoped: bool   # usually followed by a region ("Polres Kotim")


@dataclass(frozen=True)
class Lexicons:
    titles: dict[str, TitleEntry]
    ranks: dict[str, RankEntry]
    agencies: dict[str, AgencyEntry]
    regions: dict[str, str]        # name as written -> Kepmendagri code ("" for the country)
    countries: frozenset[str] = frozenset()   # names of kind "negara" (Indonesia included)


def _read(name: str) -> list[dict]:
    path = LEXICON_DIR / name
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except OSError as e:
        raise KgError(f"lexicon missing: {path} ({e.strerror}); run scripts/build_lexicons.py") from e


@lru_cache(maxsize=1)
def load() -> Lexicons:
    titles = {r["title"]: TitleEntry(r["title"], r["expansion"], r["role"], r["org"], r["scope"])
              for r in _read("titles.csv")}
    ranks = {r["token"]: RankEntry(r["token"], r["expansion"], r["type"], r["position"])
             for r in _read("ranks.csv")}
    agencies = {r["acronym"]: AgencyEntry(r["acronym"], r["expansion"], r["category"],
                                          r["scoped"] == "y")
                for r in _read("agencies.csv")}
    rows = _read("regions.csv")
    regions = {r["name"]: r["kode"] for r in rows}
    countries = frozenset(r["name"] for r in rows if r.get("kind") == "negara")
    return Lexicons(titles, ranks, agencies, regions, countries)


def alternation(words) -> str:
    """A regex alternation, longest first, with flexible inner whitespace."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)
