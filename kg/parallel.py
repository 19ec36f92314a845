"""Spread analysis, extraction and resolution over worker processes.

Each worker loads the NER model once and runs torch with one thread; the parent keeps
the order of the input and does all writing (outputs and store).
"""
from __future__ import annotations

import itertools
import multiprocessing
from typing import Iterable, Iterator

from kg.ingest_types import Article
from kg.nlp.types import AnalyzedArticle
from kg.resolve.types import ResolvedArticle

_tagger = None


def _init_worker(ner_model: str | None) -> None:
    global _tagger
    from kg.nlp.ner import NerTagger

    _tagger = NerTagger(ner_model)


def _work(articles: list[Article]) -> list[tuple[AnalyzedArticle, ResolvedArticle]]:
    return list(process_articles(articles, _tagger))


def process_articles(articles: Iterable[Article], tagger) -> Iterator[tuple[AnalyzedArticle, ResolvedArticle]]:
    from kg.extract.article import extract_article
    from kg.nlp.pipeline import analyze
    from kg.resolve.resolver import resolve_article

    for analyzed in analyze(articles, tagger):
        yield analyzed, resolve_article(extract_article(analyzed))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def process_in_workers(articles: Iterable[Article], workers: int, ner_model: str | None,
                       chunk_size: int = 16) -> Iterator[tuple[AnalyzedArticle, ResolvedArticle]]:
    context = multiprocessing.get_context("spawn")  # no fork of a process that holds torch state
    with context.Pool(workers, initializer=_init_worker, initargs=(ner_model,)) as pool:
        for results in pool.imap(_work, _chunks(articles, chunk_size)):
            yield from results
