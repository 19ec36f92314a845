"""Bundled sample articles: the founding Antara Kalteng article and ~30 IndoSum articles.

    from kg.samples import sample_paths
    articles = list(read_articles([str(p) for p in sample_paths()]))

Attribution and licence: README.md and LICENSE-CC-BY-SA-4.0 in this folder.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
FOUNDING = HERE / "antara-kalteng-sampit-psk-pelatihan-kue.txt"
ARTICLES = HERE / "articles.jsonl"


def sample_paths() -> list[Path]:
    """The founding .txt article and the .jsonl sample corpus, in that order."""
    return [FOUNDING, ARTICLES]
