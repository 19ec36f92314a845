"""`kg build`: run the stages over input files and write the outputs to one directory.

Outputs (DIR defaults to output/):
  mentions.jsonl  NER mentions (article, sentence, character span, text, type)
  entities.jsonl  resolved entities of this build (key, type, labels, region, ...)
  facts.jsonl     relations, quotes and events with provenance, entity keys as ids
  store/          the Oxigraph store: articles are added or replaced in one transaction

Files are written to temp names and renamed only after the store update succeeded,
so a failed build leaves the earlier outputs and the store as they were.
"""
from __future__ import annotations

import contextlib
import dataclasses
import itertools
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg.errors import KgError
from kg.ingest import read_articles
from kg.nlp.ner import NerTagger, locate_model
from kg.outputs import atomic_writer, json_line
from kg.resolve.types import Entity, ResolvedArticle


@dataclass
class BuildSummary:
    out_dir: Path
    articles: int = 0
    sentences: int = 0
    mentions_by_type: Counter = field(default_factory=Counter)
    entities_by_type: Counter = field(default_factory=Counter)
    facts_by_kind: Counter = field(default_factory=Counter)
    bad_records: int = 0
    store_report: str = ""
    files: list[Path] = field(default_factory=list)


def merge_entities(entities: Iterable[Entity], merged: dict[str, Entity] | None = None) -> dict[str, Entity]:
    """One entity per key over the whole build; aliases are united. Updates `merged`."""
    merged = {} if merged is None else merged
    for entity in entities:
        known = merged.get(entity.key)
        if known is None:
            merged[entity.key] = entity
            continue
        labels = {known.pref_label, entity.pref_label, *known.aliases, *entity.aliases}
        pref = max((known.pref_label, entity.pref_label), key=lambda s: (len(s), s))
        merged[entity.key] = dataclasses.replace(
            known, pref_label=pref, aliases=tuple(sorted(labels - {pref})),
            region_code=known.region_code or entity.region_code,
            unit_of=known.unit_of or entity.unit_of, located_in=known.located_in or entity.located_in)
    return merged


def fact_records(resolved: ResolvedArticle) -> Iterable[dict]:
    article_id = resolved.article.id
    for relation in resolved.relations:
        yield {"record": "relation", "article_id": article_id, **dataclasses.asdict(relation)}
    for quote in resolved.quotes:
        yield {"record": "quote", "article_id": article_id, **dataclasses.asdict(quote)}
    for event in resolved.events:
        yield {"record": "event", "article_id": article_id, **dataclasses.asdict(event)}


def build(paths: Iterable[str], out_dir: str | Path, skip_bad: bool = False,
          ner_model: str | None = None, base_iri: str | None = None, workers: int = 1,
          commit_every: int | None = None, link: tuple | None = None,
          on_bad: Callable[[str], None] | None = None,
          on_article: Callable[[ResolvedArticle], None] | None = None) -> BuildSummary:
    """Run every stage and write the outputs.

    link: (threshold, decisions) for the corpus-level linker; defaults when None.

    The store gets one transaction for the whole build (an interrupted build leaves it
    unchanged) unless commit_every is given: then every that many articles are committed
    as they come, which bounds memory on very large inputs.
    """
    from kg import vocab
    from kg.parallel import process_articles, process_in_workers
    from kg.store.store import KgStore

    out_dir = Path(out_dir)
    summary = BuildSummary(out_dir)
    base_iri = base_iri or vocab.DEFAULT_BASE_IRI

    def bad(message: str) -> None:
        summary.bad_records += 1
        if on_bad:
            on_bad(message)

    paths = list(paths)
    articles = read_articles(paths, skip_bad=skip_bad, on_bad=bad)
    first = next(articles, None)   # read before the model loads, so bad input fails at once
    if first is None:   # nothing usable: keep the earlier outputs as they are
        raise KgError(f"no articles to build in {', '.join(map(str, paths))}"
                      + (f" ({summary.bad_records} bad records skipped)" if summary.bad_records else ""))
    articles = itertools.chain([first], articles)
    if workers > 1:
        locate_model(ner_model)  # fail fast, with the clear message, before starting workers
        results = process_in_workers(articles, workers, ner_model)
    else:
        results = process_articles(articles, NerTagger(ner_model))
    names = ["mentions.jsonl", "entities.jsonl", "facts.jsonl"]
    pending: list[ResolvedArticle] = []
    entities: dict[str, Entity] = {}
    reports = []
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(KgStore.open(out_dir / "store", write=True))
        if link:   # (threshold or None, manual decisions) for the linker (kg/link)
            store.link_threshold, store.link_decisions = link
        mentions_out, entities_out, facts_out = (stack.enter_context(atomic_writer(out_dir / n)) for n in names)
        for analyzed, resolved in results:
            summary.articles += 1
            summary.sentences += len(analyzed.sentences)
            for mention in analyzed.mentions:
                summary.mentions_by_type[mention.type] += 1
                mentions_out.write(json_line(dataclasses.asdict(mention)))
            for record in fact_records(resolved):
                summary.facts_by_kind[record.get("kind") or record["record"]] += 1
                facts_out.write(json_line(record))
            merge_entities(resolved.entities, entities)
            pending.append(resolved)
            if commit_every and len(pending) >= commit_every:
                reports.append(store.add_articles(pending, base_iri))
                pending = []
            if on_article:
                on_article(resolved)
        for entity in sorted(entities.values(), key=lambda e: e.key):
            summary.entities_by_type[entity.type] += 1
            entities_out.write(json_line(dataclasses.asdict(entity)))
        if pending or not reports:
            reports.append(store.add_articles(pending, base_iri))
        summary.store_report = reports[-1].line() if len(reports) == 1 else (
            f"{len(reports)} transactions; last: {reports[-1].line()}")
    summary.files.extend(out_dir / n for n in names)
    summary.files.append(out_dir / "store")
    return summary
