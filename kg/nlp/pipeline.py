"""The nlp stage: sentences and tokens (rule tokenizer) + Stanza NER mentions, in batches."""
from __future__ import annotations

from typing import Iterable, Iterator

from kg.ingest_types import Article
from kg.nlp.bio import entity_spans
from kg.nlp.ner import NerTagger
from kg.nlp.tokenize import split_sentences
from kg.nlp.types import AnalyzedArticle, Mention, Sentence

DEFAULT_BATCH_SENTENCES = 256


def article_sentences(article: Article) -> list[Sentence]:
    """Sentences of the body; a dateline is metadata and is left out."""
    text = article.text
    if article.dateline is None:
        return split_sentences(text)
    d = article.dateline
    return split_sentences(text, [(0, d.start), (d.end, len(text))])


# A street or a larger administrative unit inside one LOC span starts a new place:
# "Pasir Putih | Jalan Jenderal Sudirman", "Kota Sampit | Kabupaten Kotawaringin Timur".
PLACE_HEADS = {"Jalan", "Jl.", "Jln", "Jln.", "Gang", "Gg.", "Kabupaten", "Kab.", "Provinsi",
               "Kecamatan", "Kec."}


def split_places(sentence: Sentence, spans) -> list[tuple[int, int, str]]:
    out = []
    for first, last, kind in spans:
        if kind == "LOC":
            cuts = [i for i in range(first + 1, last - 1) if sentence.tokens[i].text in PLACE_HEADS]
            for a, b in zip([first, *cuts], [*cuts, last]):
                out.append((a, b, kind))
        else:
            out.append((first, last, kind))
    return out


def _trim(sentence: Sentence, first: int, last: int) -> tuple[int, int]:
    """Drop punctuation-only tokens at the edges of an entity span ("Jamie Foxx ’")."""
    tokens = sentence.tokens
    while first < last and not any(ch.isalnum() for ch in tokens[first].text):
        first += 1
    while last > first and not any(ch.isalnum() for ch in tokens[last - 1].text):
        last -= 1
    return first, last


def mentions_from_tags(article_id: str, sentence: Sentence, tags: list[str]) -> list[Mention]:
    mentions = []
    for first, last, kind in split_places(sentence, sorted(entity_spans(tags))):
        first, last = _trim(sentence, first, last)
        if first == last:
            continue
        start = sentence.tokens[first].start
        end = sentence.tokens[last - 1].end
        text = sentence.text[start - sentence.start:end - sentence.start]
        mentions.append(Mention(article_id, sentence.index, start, end, text, kind, first, last))
    return mentions


def analyze(articles: Iterable[Article], tagger: NerTagger | None = None,
            batch_sentences: int = DEFAULT_BATCH_SENTENCES) -> Iterator[AnalyzedArticle]:
    """Yield each article with its sentences and NER mentions.

    Sentences of consecutive articles are tagged together, one Stanza call per
    `batch_sentences` sentences, so small articles don't pay a call each.
    """
    tagger = tagger or NerTagger()
    pending: list[tuple[Article, list[Sentence]]] = []
    count = 0
    for article in articles:
        sentences = article_sentences(article)
        pending.append((article, sentences))
        count += len(sentences)
        if count >= batch_sentences:
            yield from _tag_batch(tagger, pending, batch_sentences)
            pending, count = [], 0
    if pending:
        yield from _tag_batch(tagger, pending, batch_sentences)


def _tag_batch(tagger: NerTagger, batch: list[tuple[Article, list[Sentence]]],
               batch_sentences: int = DEFAULT_BATCH_SENTENCES) -> Iterator[AnalyzedArticle]:
    flat = [[t.text for t in s.tokens] for _, sentences in batch for s in sentences]
    # at most batch_sentences per Stanza call, however long one article is
    tags = (tag for i in range(0, len(flat), batch_sentences)
            for tag in tagger.tag(flat[i:i + batch_sentences]))
    for article, sentences in batch:
        mentions = []
        for sentence in sentences:
            mentions.extend(mentions_from_tags(article.id, sentence, next(tags)))
        yield AnalyzedArticle(article, tuple(sentences), tuple(mentions))
