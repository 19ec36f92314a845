"""The whole flow, stage by stage: ingest -> nlp -> extract -> resolve (-> rdf -> store)."""
from __future__ import annotations

from typing import Iterable, Iterator

from kg.ingest_types import Article
from kg.nlp.ner import NerTagger
from kg.nlp.pipeline import analyze
from kg.nlp.types import AnalyzedArticle


def analyze_articles(articles: Iterable[Article], tagger: NerTagger | None = None) -> Iterator[AnalyzedArticle]:
    return analyze(articles, tagger)


def extract_articles(articles: Iterable[Article], tagger: NerTagger | None = None):
    from kg.extract.article import extract_article

    for analyzed in analyze(articles, tagger):
        yield extract_article(analyzed)


def resolve_articles(articles: Iterable[Article], tagger: NerTagger | None = None):
    from kg.resolve.resolver import resolve_article

    for extracted in extract_articles(articles, tagger):
        yield resolve_article(extracted)
