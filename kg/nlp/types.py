"""The nlp stage's output: sentences, tokens and NER mentions with exact offsets."""
from __future__ import annotations

from dataclasses import dataclass

from kg.ingest_types import Article


@dataclass(frozen=True)
class Token:
    text: str
    start: int   # offsets into Article.text; text == visible(article.text[start:end])
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int   # 0-based within the article
    start: int
    end: int
    text: str    # == article.text[start:end]
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Mention:
    """An NER entity mention. type is one of PER, ORG, LOC."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    type: str
    token_start: int   # token index range within the sentence, end exclusive
    token_end: int


@dataclass(frozen=True)
class AnalyzedArticle:
    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
