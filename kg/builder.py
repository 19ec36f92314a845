"""`kg build`: run the stages over input files and write the outputs to one directory.

Outputs (DIR defaults to output/):
  mentions.jsonl  NER mentions (article, sentence, character span, text, type)
  entities.jsonl  the store's merged entities (key, type, labels, region, ...)
  facts.jsonl     relations, quotes and events with provenance, entity keys as ids
  store/          the Oxigraph store

The build streams: articles go through the stages and into the store in batches of at most
`batch_size` (one transaction each), so memory stays flat whatever the input size.
An interrupted build leaves the store at a batch boundary; rerunning it completes it
(re-building an article replaces it). File inputs are read through once before
anything slow, so a bad record fails the build before the store changes. The jsonl
files follow the store (kg/build_outputs.py). At the end the store is flushed and
reopened (RocksDB drops its write-ahead log), and fully compacted when the build grew
it by 20 % or more (a full compaction costs time in proportion to the whole store).
"""
from __future__ import annotations

import itertools
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg.build_outputs import BuildOutputs
from kg.errors import KgError
from kg.ingest import read_articles
from kg.nlp.ner import NerTagger, locate_model
from kg.resolve.types import ResolvedArticle

DEFAULT_BATCH = 100   # articles per store transaction (memory bound, crash granularity)
EARLY_COMMIT = 16   # articles from which a batch is committed rather than wait for the workers
FULL_COMPACTION_GROWTH = 0.2   # a build that grew the store by this share compacts it fully


@dataclass
class BuildSummary:
    out_dir: Path
    articles: int = 0
    sentences: int = 0
    mentions_by_type: Counter = field(default_factory=Counter)
    entities: int = 0                      # merged entities in the store after the build
    entities_touched: int | None = None    # entities.jsonl lines the build rewrote (None: all)
    facts_by_kind: Counter = field(default_factory=Counter)
    bad_records: int = 0
    batches: int = 0
    store_report: str = ""
    link_report: str = ""
    store_bytes: int = 0                   # store directory size after compaction
    seconds: Counter = field(default_factory=Counter)   # parent-side time per step
    files: list[Path] = field(default_factory=list)


def fact_records(resolved: ResolvedArticle) -> Iterable[dict]:
    import dataclasses

    article_id = resolved.article.id
    for relation in resolved.relations:
        yield {"record": "relation", "article_id": article_id, **dataclasses.asdict(relation)}
    for quote in resolved.quotes:
        yield {"record": "quote", "article_id": article_id, **dataclasses.asdict(quote)}
    for event in resolved.events:
        yield {"record": "event", "article_id": article_id, **dataclasses.asdict(event)}


def check_inputs(paths: list[str]) -> None:
    """Read every file record once (bounded memory), so a bad one fails the build before
    the store changes; stdin cannot be read twice and is checked as it streams."""
    if "-" not in paths:
        for _ in read_articles(paths):
            pass


def analyzed_stream(articles, workers: int, ner_model: str | None, dask: str | None,
                    tagger: NerTagger | None = None):
    """(AnalyzedArticle, ResolvedArticle) pairs in input order, from this process
    (workers=0 or a loaded tagger), local NER processes, or a Dask cluster; and, for local
    processes, a kg.parallel.Ahead that tells whether the next pair is here (else None)."""
    from kg.parallel import Ahead, process_articles, process_in_workers

    if tagger is not None:
        return process_articles(articles, tagger), None
    if dask:
        from kg.distributed import process_on_dask

        return process_on_dask(articles, dask, ner_model), None
    if workers > 0:
        from kg.link.update import preload

        locate_model(ner_model)  # fail fast, with the clear message, before starting workers
        ahead = Ahead()
        return process_in_workers(articles, workers, ner_model, while_loading=preload, ahead=ahead), ahead
    from kg.runtime import freeze_long_lived

    tagger = NerTagger(ner_model)
    freeze_long_lived()
    return process_articles(articles, tagger), None


def build(paths: Iterable[str], out_dir: str | Path, skip_bad: bool = False,
          ner_model: str | None = None, base_iri: str | None = None, workers: int = 1,
          batch_size: int | None = None, dask: str | None = None, compact: bool = True,
          tagger: NerTagger | None = None, link: tuple | None = None,
          on_bad: Callable[[str], None] | None = None,
          on_article: Callable[[ResolvedArticle], None] | None = None) -> BuildSummary:
    """Run every stage and write the outputs, `batch_size` articles per store
    transaction. workers: NER processes (0: everything in this process); dask: a
    scheduler address (kg.distributed) instead of local processes; tagger: a loaded
    model to run in this process (kg watch keeps one between builds); link:
    (threshold, decisions) for the corpus-level linker (kg/link), defaults when None.
    People and organisations are linked once, after the last batch; a build killed
    before that leaves them marked pending for the next build (or `kg link`)."""
    from kg import vocab
    from kg.store.store import KgStore

    out_dir = Path(out_dir)
    summary = BuildSummary(out_dir)
    base_iri = base_iri or vocab.DEFAULT_BASE_IRI
    batch_size = batch_size or DEFAULT_BATCH

    def bad(message: str) -> None:
        summary.bad_records += 1
        if on_bad:
            on_bad(message)

    paths = list(paths)
    started = time.perf_counter()
    if not skip_bad:
        check_inputs(paths)
    articles = read_articles(paths, skip_bad=skip_bad, on_bad=bad)
    first = next(articles, None)   # read before the model loads, so bad input fails at once
    if first is None:   # nothing usable: keep the earlier outputs as they are
        raise KgError(f"no articles to build in {', '.join(map(str, paths))}"
                      + (f" ({summary.bad_records} bad records skipped)" if summary.bad_records else ""))
    summary.seconds["check input"] += time.perf_counter() - started
    with KgStore.open(out_dir / "store", write=True) as store:
        size_before = store.disk_size()
        if link:   # (threshold or None, manual decisions) for the linker (kg/link)
            store.link_threshold, store.link_decisions = link
        outputs = BuildOutputs(out_dir)
        touched = None   # the entities whose lines the build rewrites (None: all)
        try:
            results, ahead = analyzed_stream(itertools.chain([first], articles), workers, ner_model, dask,
                                             tagger)
            total = None
            listed = None   # whether entities.jsonl lists the store's state before this build
            for batch in _batches(results, batch_size, summary.seconds, ahead):
                started = time.perf_counter()
                if listed is None:
                    listed = outputs.entities_token() is not None and \
                        store.listed_token() == outputs.entities_token()
                report = store.add_articles([resolved for _, resolved in batch], base_iri, link=False)
                summary.seconds["store"] += time.perf_counter() - started
                total = report if total is None else total + report
                started = time.perf_counter()
                _write_batch(batch, report, outputs, summary)
                summary.seconds["outputs"] += time.perf_counter() - started
                summary.batches += 1
                if summary.batches == 1:   # lexicons and gazetteers are loaded by now
                    from kg.runtime import freeze_long_lived

                    freeze_long_lived()
                if on_article:
                    for _, resolved in batch:
                        on_article(resolved)
            if summary.batches:
                started = time.perf_counter()
                linked = store.link_pending(base_iri)
                summary.link_report = linked.line()
                summary.seconds["link"] += time.perf_counter() - started
                if listed and total.touched is not None and linked.touched is not None:
                    touched = set(total.touched) | linked.touched
        finally:
            started = time.perf_counter()
            outputs.close()
            if summary.batches:
                summary.entities = outputs.write_entities(store, base_iri, touched)
                summary.entities_touched = None if touched is None else len(touched)
            summary.seconds["outputs"] += time.perf_counter() - started
        summary.store_report = total.line() + (f" in {summary.batches} transactions"
                                               if summary.batches > 1 else "")
        if compact:   # a full compaction reads the whole store: not for a small add to a big one
            started = time.perf_counter()
            store.compact(full=store.disk_size() - size_before >= FULL_COMPACTION_GROWTH * size_before)
            summary.seconds["compact"] += time.perf_counter() - started
        summary.store_bytes = store.disk_size()
    summary.files.extend(outputs.paths)
    summary.files.append(out_dir / "store")
    return summary


def _batches(results, size: int, seconds: Counter, ahead=None):
    """Lists of up to `size` results, ended early (from EARLY_COMMIT results) when the next
    result is not here yet (ahead(): kg.parallel.Ahead), so this process writes while the
    workers tag and little is left to write after them; time spent waiting on the stages
    goes to seconds['stages']."""
    iterator = iter(results)
    while True:
        started = time.perf_counter()
        batch = []
        for item in iterator:
            batch.append(item)
            if len(batch) >= size or (ahead is not None and len(batch) >= EARLY_COMMIT and not ahead()):
                break
        seconds["stages"] += time.perf_counter() - started
        if not batch:
            return
        yield batch


def _write_batch(batch, report, outputs: BuildOutputs, summary: BuildSummary) -> None:
    rebuilt = set(report.replaced_ids)
    for analyzed, resolved in batch:
        summary.articles += 1
        summary.sentences += len(analyzed.sentences)
        for mention in analyzed.mentions:
            summary.mentions_by_type[mention.type] += 1
        facts = list(fact_records(resolved))
        for record in facts:
            summary.facts_by_kind[record.get("kind") or record["record"]] += 1
        outputs.append(analyzed, resolved, facts, resolved.article.id in rebuilt)
    outputs.flush()
