"""Helpers for the extraction tests: analyze real text with the shipped NER model when it is
there, else with sentences only (the rules must hold either way)."""
from __future__ import annotations

import os
from functools import lru_cache

from kg.ingest_types import Article
from kg.nlp.ner import SHIPPED_MODEL_DIR
from kg.nlp.pipeline import analyze, article_sentences
from kg.nlp.types import AnalyzedArticle


@lru_cache(maxsize=1)
def _tagger():
    """The shipped model ($KG_NER_MODEL overrides it), or None while none is shipped."""
    if not (SHIPPED_MODEL_DIR / "ner.pt").exists() and not os.environ.get("KG_NER_MODEL"):
        return None
    from kg.nlp.ner import NerTagger

    return NerTagger()


def analyzed(article: Article) -> AnalyzedArticle:
    tagger = _tagger()
    if tagger is None:
        return AnalyzedArticle(article, tuple(article_sentences(article)), ())
    return next(analyze([article], tagger))


def extract_text(text: str, article_id: str = "t"):
    from kg.extract.article import extract_article

    return extract_article(analyzed(Article(article_id, "", text)))


def by_id(extracted) -> dict:
    return {m.id: m for m in extracted.mentions}


def relations(extracted, kind: str | None = None) -> list[tuple]:
    """(kind, subject name, object name, title, acting, former) tuples."""
    ids = by_id(extracted)
    return [(r.kind, ids[r.subject].name, ids[r.object].name, r.title, r.acting, r.former)
            for r in extracted.relations if kind is None or r.kind == kind]


def quotes(extracted) -> list[tuple]:
    ids = by_id(extracted)
    return [(ids[q.speaker].name, q.text, q.direct) for q in extracted.quotes]
