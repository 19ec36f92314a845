"""The extract stage's output: typed records with provenance, still per article.

Records point at EntityMention ids local to the article ("m0", "m1", ...); the resolve
stage maps those ids to stable entity keys.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.ingest_types import Article
from kg.nlp.types import Sentence


@dataclass(frozen=True)
class Provenance:
    article_id: str
    sentence_index: int
    start: int            # character span of the evidence in Article.text
    end: int
    extractor: str        # which rule/model produced it: "ner", "title-rule", "agency-rule", ...
    confidence: float     # 0..1


@dataclass(frozen=True)
class EntityMention:
    id: str                           # local to the article: "m0", "m1", ...
    kind: str                         # "person" | "organization" | "place"
    text: str                         # surface text exactly as in the article
    name: str                         # clean name: without titles/ranks/honorifics (persons)
    provenance: Provenance            # start/end = the surface text span
    region: str | None = None         # region words scoping it, as written ("Kotim")
    titles: tuple[str, ...] = ()      # persons: titles seen with the name ("Kepala Dinas ...")
    ranks: tuple[str, ...] = ()       # persons: ranks and honorifics ("AKBP", "H.", "S.Sos")


@dataclass(frozen=True)
class Relation:
    kind: str                 # "heads" | "holds_post" | "located_in" | "unit_of"
    subject: str              # EntityMention id (or entity key after resolve)
    object: str               # EntityMention id (or entity key after resolve)
    provenance: Provenance
    title: str | None = None  # "Kepala", "Bupati", "Wakil Ketua", ...
    former: bool = False      # "mantan ..."
    acting: bool = False      # "Plt", "Pj", "Plh"


@dataclass(frozen=True)
class Quote:
    speaker: str              # EntityMention id (or entity key after resolve)
    text: str                 # the quoted or reported words
    start: int                # span of `text` in Article.text
    end: int
    provenance: Provenance
    verb: str | None = None   # "kata", "ujar", "menurut", ...
    direct: bool = True       # direct quote in quotation marks, or reported speech


@dataclass(frozen=True)
class Event:
    id: str                                   # local to the article: "e0", ...
    type: str                                 # lexicon type: "pelatihan", "rapat", ...
    label: str                                # "pelatihan membuat kue"
    provenance: tuple[Provenance, ...]        # the sentence(s) it was read from
    organizer: str | None = None              # the agent (SEM role): who does it / organises it
    partners: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()        # EntityMention ids / entity keys
    participant_groups: tuple[str, ...] = ()  # "20 lebih peserta", "puluhan pekerja seks komersial"
    place: str | None = None                  # EntityMention id / entity key
    date: str | None = None                   # ISO date (or interval start), resolved against the article date
    date_text: str | None = None              # as written: "Kamis", "Selasa (25/7)"
    category: str = ""                        # closed set: "arrest", "training", ... (ontologies/README.md)
    targets: tuple[str, ...] = ()             # patients: who is arrested, examined, sworn in, visited
    sources: tuple[str, ...] = ()             # who reports it (a spokesperson quoted about it)
    date_end: str | None = None               # interval end when only a period is known
    trigger: str = ""                         # the trigger words as written
    trigger_start: int = -1                   # span of the first trigger in Article.text
    trigger_end: int = -1
    co_agents: tuple[str, ...] = ()           # further agents: "diciduk Polres A dan Polres B"


@dataclass(frozen=True)
class ExtractedArticle:
    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[EntityMention, ...]
    relations: tuple[Relation, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
