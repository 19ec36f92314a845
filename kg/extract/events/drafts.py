"""What the steps pass each other: a trigger occurrence, an event draft, and small word helpers."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.events.lexicon import Trigger
from kg.extract.types import Provenance
from kg.nlp.types import AnalyzedArticle, Sentence


@dataclass
class _Occurrence:
    sentence: Sentence
    trigger: Trigger
    tok_start: int
    tok_end: int
    kind: str                       # "frame" | "anaphor" | "weak" | "generic" | "planned" | "none"
    label: str
    host: int | None = None         # token index of the hosting/passive verb
    passive: int | None = None


@dataclass
class _Draft:
    type: str
    label: str
    provenance: list[Provenance] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    organizer: str | None = None
    partners: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    date_text: str | None = None
    own_date: str | None = None     # a date read from a trigger sentence itself
    said: tuple[str | None, str] | None = None   # the date of a statement about it: a last resort
    date_sentence: int | None = None             # the sentence the date was read from
    frames: set[int] = field(default_factory=set)  # sentences where it is told, not just named
    date_end: str | None = None
    category: str = ""
    targets: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    trigger: str = ""
    trigger_span: tuple[int, int] = (-1, -1)
    co_agents: list[str] = field(default_factory=list)
    planned: bool = False           # told as still to be held ("Festival ... akan digelar ...")
    absorbed: bool = False          # an attack that took in its explosion ("bom tersebut meledak")


def _words(sentence: Sentence) -> list[str]:
    return [t.text.lower() for t in sentence.tokens]


def _match_at(words: list[str], i: int, phrases) -> int:
    """Length of the longest phrase (tuple of words) starting at token i, or 0."""
    best = 0
    for ph in phrases:
        if len(ph) > best and tuple(words[i:i + len(ph)]) == ph:
            best = len(ph)
    return best


def _add(items: list[str], *ids) -> None:
    for x in ids:
        if x and x not in items:
            items.append(x)


def _trigger_sentence(analyzed: AnalyzedArticle, d: _Draft) -> Sentence | None:
    start = d.trigger_span[0]
    return next((x for x in analyzed.sentences if x.start <= start < x.end), None)
