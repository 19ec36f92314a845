"""The resolve stage's output: entities with stable keys, and the article's records
re-pointed from mention ids to entity keys."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kg.extract.types import Event, Quote, Relation
from kg.ingest_types import Article
from kg.nlp.types import Sentence


@dataclass(frozen=True)
class Entity:
    """One real-world thing. `key` is deterministic across builds:
    type + normalized canonical name + region code, e.g.
    "person/bima-ekawardhana", "organization/62.02/dinsosnakertrans", "place/62.02".
    """

    key: str
    type: str                          # "person" | "organization" | "place" | "event"
    pref_label: str                    # one canonical label (full agency name, full person name)
    aliases: tuple[str, ...] = ()      # every other surface form and acronym seen, sorted
    region_code: str | None = None     # Kepmendagri code of its region ("62.02")
    unit_of: str | None = None         # key of the parent organization (Kemenag Kotim -> Kemenag)
    located_in: str | None = None      # key of the place it is in (regions: their parent region)
    attributes: tuple[tuple[str, str], ...] = ()   # extra scalars: ("titles", "Kepala|Bupati"), ("level", "kabupaten")


@dataclass(frozen=True)
class CandidateLink:
    """Two entities that might be the same but were kept apart."""

    key_a: str
    key_b: str
    score: float
    reason: str


@dataclass(frozen=True)
class ResolvedArticle:
    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]            # every entity this article mentions, plus the ancestor
                                            # regions of every place (Sampit -> Kotim -> Kalteng)
    mention_keys: tuple[tuple[str, str], ...]   # (mention id, entity key)
    relations: tuple[Relation, ...] = ()    # subject/object are entity keys
    quotes: tuple[Quote, ...] = ()          # speaker is an entity key
    events: tuple[Event, ...] = ()          # organizer/partners/participants/place are entity keys;
                                            # Event.id is a stable key "event/<article-id-slug>/<n>"
    candidate_links: tuple[CandidateLink, ...] = ()

    @property
    def topics(self) -> tuple[str, ...]:
        """Who the article is about: the people and organisations it names most, at least
        TOPIC_MENTIONS times, at most TOPICS of them (most named first, then by key)."""
        counts = Counter(k for _, k in self.mention_keys if k.startswith(("person/", "organization/")))
        ranked = sorted((k for k, n in counts.items() if n >= TOPIC_MENTIONS), key=lambda k: (-counts[k], k))
        return tuple(ranked[:TOPICS])


TOPIC_MENTIONS = 3   # named this often, a person or body is what an article is about
TOPICS = 3
