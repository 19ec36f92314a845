"""`kg build --dask ADDRESS`: NER, extraction and resolution on a Dask cluster.

A worker plugin loads the NER model once per worker (one torch thread; start workers
with `--nthreads 1` and as many processes as cores). The client submits articles in
batches, keeps a bounded number of batches in flight and receives the resolved articles
in input order; the single store writer (this process) commits them batch by batch.
Workers need berita-kg installed (same version) and the model reachable at the same
path (or the shipped one).
"""
from __future__ import annotations

import threading
from typing import Iterable, Iterator

from kg.errors import KgError
from kg.ingest_types import Article
from kg.nlp.types import AnalyzedArticle
from kg.resolve.types import ResolvedArticle

PLUGIN_NAME = "berita-kg-ner"
BATCH_ARTICLES = 16

try:
    from distributed import WorkerPlugin
except ImportError:   # reported by connect()
    WorkerPlugin = object

_tagger = None
_lock = threading.Lock()   # one Stanza pipeline per worker; tasks on extra threads wait


class LoadModel(WorkerPlugin):
    """The NER model, loaded once per worker."""

    name = PLUGIN_NAME

    def __init__(self, ner_model: str | None):
        self.ner_model = ner_model

    def setup(self, worker=None) -> None:
        global _tagger
        from kg.nlp.ner import NerTagger
        from kg.runtime import freeze_long_lived

        with _lock:
            if _tagger is None or getattr(_tagger, "requested", None) != self.ner_model:
                _tagger = NerTagger(self.ner_model)
                _tagger.requested = self.ner_model
                freeze_long_lived()

    def teardown(self, worker=None) -> None:
        pass


def process_batch(articles: list[Article]) -> list[tuple[AnalyzedArticle, ResolvedArticle]]:
    """Runs on a worker: every stage but the store."""
    from kg.parallel import process_articles

    if _tagger is None:
        raise RuntimeError("berita-kg NER model not loaded on this worker (plugin missing)")
    with _lock:
        return list(process_articles(articles, _tagger))


def connect(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise KgError("--dask needs the 'distributed' package (pip install 'berita-kg[dask]')") from None
    _probe(address)
    try:
        return Client(address, timeout=30)
    except (OSError, TimeoutError, ValueError) as error:
        raise KgError(f"cannot reach the Dask scheduler at {address}: {error}") from None


def _probe(address: str) -> None:
    """Fail in a moment when nothing listens at a tcp:// address (Client waits 30 s)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else "tcp://" + address)
    if parts.scheme != "tcp" or not parts.hostname:
        return
    try:
        socket.create_connection((parts.hostname, parts.port or 8786), timeout=5).close()
    except OSError as error:
        raise KgError(f"cannot reach the Dask scheduler at {address}: "
                      f"{error.strerror or error}") from None


def process_on_dask(articles: Iterable[Article], address, ner_model: str | None,
                    batch_size: int = BATCH_ARTICLES) -> Iterator[tuple[AnalyzedArticle, ResolvedArticle]]:
    """(analyzed, resolved) pairs in input order. address: a scheduler address or a
    distributed.Client."""
    from kg.nlp.ner import locate_model
    from kg.parallel import chunks, in_order

    locate_model(ner_model)
    client = connect(address) if isinstance(address, str) else address
    try:
        client.register_plugin(LoadModel(ner_model), name=PLUGIN_NAME)
        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        submit = lambda batch: client.submit(process_batch, batch, pure=False)   # noqa: E731
        for results in in_order(submit, chunks(articles, batch_size), window=2 * workers + 2):
            yield from results
    finally:
        if isinstance(address, str):
            client.close()
