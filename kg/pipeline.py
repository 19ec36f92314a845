"""The whole flow for callers that want resolved records: ingest -> nlp -> extract -> resolve.

`kg build` uses the same chain (kg.parallel.process_articles) and adds the outputs and store.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from kg.ingest_types import Article
from kg.nlp.ner import NerTagger
from kg.resolve.types import ResolvedArticle


def resolve_articles(articles: Iterable[Article], tagger: NerTagger | None = None) -> Iterator[ResolvedArticle]:
    from kg.parallel import process_articles

    for _, resolved in process_articles(articles, tagger or NerTagger()):
        yield resolved
