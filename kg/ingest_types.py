"""The ingest stage's output: one Article per input record."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Dateline:
    """`Sampit (Antara Kalteng) - ...`: metadata at the start of the body, not body text.

    start/end are character offsets into Article.text covering the dateline and its dash.
    """

    place: str | None
    source: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    id: str                      # given id, or a content hash ("sha1-...")
    title: str
    text: str                    # body; every later offset indexes into this string
    date: str | None = None      # ISO date YYYY-MM-DD, if known
    source: str | None = None
    source_url: str | None = None
    dateline: Dateline | None = None
    metadata: dict = field(default_factory=dict, compare=False, hash=False)
    origin: str = ""             # "path" or "path:line" it was read from
