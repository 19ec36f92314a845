"""Run the stages over many articles: in this process, in local worker processes, or
(kg.distributed) on a Dask cluster.

Local workers are spawned, run one torch thread each and load the model once. With one
worker it tokenizes and tags while the parent extracts, resolves and writes (NER
overlaps everything else); with more, workers also extract and resolve, so the parent
only writes and does not become the bottleneck. At most a few chunks are in flight, so
input is read only as fast as it is consumed (Pool.imap would read the whole input at
once). Workers exit when the parent dies.
"""
from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from typing import Callable, Iterable, Iterator

from kg.ingest_types import Article
from kg.nlp.types import AnalyzedArticle
from kg.resolve.types import ResolvedArticle

CHUNK_ARTICLES = 16

_tagger = None
_lexicons_frozen = False


def _init_worker(ner_model: str | None) -> None:
    global _tagger
    from kg.nlp.ner import NerTagger
    from kg.runtime import exit_with_parent, freeze_long_lived

    exit_with_parent()
    _tagger = NerTagger(ner_model)
    freeze_long_lived()


def _analyze_chunk(articles: list[Article]) -> list[AnalyzedArticle]:
    from kg.nlp.pipeline import analyze

    return list(analyze(articles, _tagger))


def _process_chunk(articles: list[Article]) -> list[tuple[AnalyzedArticle, ResolvedArticle]]:
    global _lexicons_frozen
    results = list(process_articles(articles, _tagger))
    if not _lexicons_frozen:   # the resolver's lexicons load on first use
        from kg.runtime import freeze_long_lived

        freeze_long_lived()
        _lexicons_frozen = True
    return results


def resolve_analyzed(analyzed: Iterable[AnalyzedArticle]) -> Iterator[tuple[AnalyzedArticle, ResolvedArticle]]:
    from kg.extract.article import extract_article
    from kg.resolve.resolver import resolve_article

    for article in analyzed:
        yield article, resolve_article(extract_article(article))


def process_articles(articles: Iterable[Article], tagger) -> Iterator[tuple[AnalyzedArticle, ResolvedArticle]]:
    """Every stage in this process."""
    from kg.nlp.pipeline import analyze

    yield from resolve_analyzed(analyze(articles, tagger))


def chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def in_order(submit, items: Iterable, window: int, pending: deque | None = None) -> Iterator:
    """submit(item) -> a future with .result() or .get(); results in input order, with
    at most `window` futures outstanding (in `pending`, when given: see Ahead)."""
    pending = deque() if pending is None else pending
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield _result(pending.popleft())
    while pending:
        yield _result(pending.popleft())


class Ahead:
    """Whether the next result of a worker stream is here without waiting: a build commits
    its batch rather than wait, so little is left to write when the workers finish."""

    def __init__(self):
        self.pending: deque = deque()
        self.left = 0   # results of the current chunk not yet taken

    def __call__(self) -> bool:
        if self.left:
            return True
        future = self.pending[0] if self.pending else None
        return future is None or (future.ready() if hasattr(future, "ready") else future.done())


def _result(future):
    return future.get() if hasattr(future, "get") else future.result()


def _in_workers(work, articles: Iterable[Article], workers: int, ner_model: str | None,
                chunk_size: int = CHUNK_ARTICLES, while_loading: Callable[[], None] | None = None,
                ahead: Ahead | None = None) -> Iterator:
    context = multiprocessing.get_context("spawn")  # no fork of a process that holds torch state
    with context.Pool(workers, initializer=_init_worker, initargs=(ner_model,)) as pool:
        if while_loading:   # the workers take seconds to load the model
            while_loading()
        submit = lambda chunk: pool.apply_async(work, (chunk,))   # noqa: E731
        # enough queued that workers keep tagging while this process commits a batch
        ahead = ahead or Ahead()
        for results in in_order(submit, chunks(articles, chunk_size), 2 * workers + 8, ahead.pending):
            for i, result in enumerate(results):
                ahead.left = len(results) - i - 1
                yield result


def process_in_workers(articles: Iterable[Article], workers: int, ner_model: str | None,
                       chunk_size: int = CHUNK_ARTICLES, while_loading: Callable[[], None] | None = None,
                       ahead: Ahead | None = None) -> Iterator[tuple[AnalyzedArticle, ResolvedArticle]]:
    """One worker: NER there, extraction and resolution here, overlapped. More: every
    stage in the workers. while_loading: run here while the workers load the model;
    ahead: tells whether the next result is here."""
    if workers == 1:
        yield from resolve_analyzed(_in_workers(_analyze_chunk, articles, 1, ner_model, chunk_size,
                                                while_loading, ahead))
    else:
        yield from _in_workers(_process_chunk, articles, workers, ner_model, chunk_size, while_loading, ahead)
