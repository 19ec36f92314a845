"""`kg build`: run the stages over input files and write the outputs to one directory."""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg.ingest import read_articles
from kg.nlp.ner import NerTagger
from kg.nlp.pipeline import analyze
from kg.nlp.types import AnalyzedArticle
from kg.outputs import atomic_writer, json_line


@dataclass
class BuildSummary:
    out_dir: Path
    articles: int = 0
    sentences: int = 0
    mentions_by_type: Counter = field(default_factory=Counter)
    bad_records: int = 0
    files: list[Path] = field(default_factory=list)


def mention_record(mention) -> dict:
    return dataclasses.asdict(mention)


def build(paths: Iterable[str], out_dir: str | Path, skip_bad: bool = False,
          ner_model: str | None = None, on_bad: Callable[[str], None] | None = None,
          on_article: Callable[[AnalyzedArticle], None] | None = None) -> BuildSummary:
    out_dir = Path(out_dir)
    summary = BuildSummary(out_dir)

    def bad(message: str) -> None:
        summary.bad_records += 1
        if on_bad:
            on_bad(message)

    tagger = NerTagger(ner_model)
    articles = read_articles(list(paths), skip_bad=skip_bad, on_bad=bad)
    mentions_path = out_dir / "mentions.jsonl"
    with atomic_writer(mentions_path) as mentions_out:
        for analyzed in analyze(articles, tagger):
            summary.articles += 1
            summary.sentences += len(analyzed.sentences)
            for mention in analyzed.mentions:
                summary.mentions_by_type[mention.type] += 1
                mentions_out.write(json_line(mention_record(mention)))
            if on_article:
                on_article(analyzed)
    summary.files.append(mentions_path)
    return summary
