"""The shipped Stanza NER model: offline loading, dev F1, tagging real Indonesian text."""
from __future__ import annotations

import re
import shutil
import socket

import pytest

from kg.errors import KgError
from kg.nlp.bio import entity_spans, read_bio, score_entities
from kg.nlp.ner import SHIPPED_MODEL_DIR, NerTagger, locate_model, read_card
from tests.conftest import SHARED


def test_model_loads_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    tagger = NerTagger()
    assert tagger.labels == ["LOC", "ORG", "PER"]
    assert tagger.tag([["Gubernur", "Kalimantan", "Tengah", "Sugianto", "Sabran"]])[0][3] == "B-PER"


def test_shipped_model_is_small():
    total = sum(p.stat().st_size for p in SHIPPED_MODEL_DIR.iterdir() if p.is_file())
    assert total < 15e6, f"shipped model is {total / 1e6:.1f} MB"


def test_loaded_model_reproduces_its_card_scores(tagger):
    """Guards against silently running without the word vectors (random embeddings)."""
    card = read_card(locate_model())
    sentences = read_bio(SHARED / "ner" / "idner2k.dev.bio")
    predicted = tagger.tag([tokens for tokens, _ in sentences])
    scores = score_entities([tags for _, tags in sentences], predicted)
    expected = card["dev_scores"]["idner2k.dev.bio"]["micro"]["f1"]
    assert scores["micro"]["f1"] == pytest.approx(expected, abs=0.005)
    assert scores["micro"]["f1"] > 0.80


def test_model_without_its_vectors_is_refused(tmp_path):
    shutil.copyfile(SHIPPED_MODEL_DIR / "ner.pt", tmp_path / "ner.pt")
    with pytest.raises(KgError, match="pretrain.pt is missing"):
        NerTagger(tmp_path)


def test_missing_model_file_is_named(tmp_path):
    with pytest.raises(KgError, match=str(tmp_path / "ner.pt")):
        NerTagger(tmp_path)


def test_corrupt_model_file_gives_clear_error(tmp_path):
    (tmp_path / "ner.pt").write_bytes(b"not a model")
    shutil.copyfile(SHIPPED_MODEL_DIR / "pretrain.pt", tmp_path / "pretrain.pt")
    with pytest.raises(KgError, match="ner.pt"):
        NerTagger(tmp_path)


def test_environment_variable_selects_model(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_NER_MODEL", str(tmp_path / "nowhere"))
    with pytest.raises(KgError, match="KG_NER_MODEL"):
        locate_model()


def test_founding_article_mentions(founding_analyzed):
    text = founding_analyzed.article.text
    found = {(m.text, m.type) for m in founding_analyzed.mentions}
    assert ("Bima Ekawardhana", "PER") in found
    assert ("Kalimantan Tengah", "LOC") in found
    # a place may carry its administrative word: "Kota Sampit", "Kabupaten Kotawaringin Timur"
    places = {re.sub(r"^(Kota|Kabupaten) ", "", t) for t, kind in found if kind == "LOC"}
    assert {"Sampit", "Kotawaringin Timur"} <= places, found
    for m in founding_analyzed.mentions:
        assert text[m.start:m.end] == m.text
        sentence = founding_analyzed.sentences[m.sentence_index]
        assert sentence.start <= m.start < m.end <= sentence.end


def test_places_are_split_at_inner_streets_and_units(founding_analyzed):
    """NER tags "Kota Sampit Kabupaten Kotawaringin Timur" as one span; it is two places."""
    places = [m.text for m in founding_analyzed.mentions if m.type == "LOC"]
    assert "Kota Sampit" in places and "Kabupaten Kotawaringin Timur" in places
    assert not any("Sampit Kabupaten" in p or "Putih Jalan" in p for p in places)


def test_dateline_is_not_body(founding_analyzed):
    d = founding_analyzed.article.dateline
    assert d is not None and d.place == "Sampit"
    for sentence in founding_analyzed.sentences:
        assert sentence.end <= d.start or sentence.start >= d.end


def test_batches_give_same_tags_as_single_calls(tagger):
    sentences = [tokens for tokens, _ in read_bio(SHARED / "ner" / "nerui.dev.bio")[:40]]
    together = tagger.tag(sentences)
    alone = [tagger.tag([s])[0] for s in sentences[:10]]
    assert together[:10] == alone
    assert any(entity_spans(tags) for tags in together)


def test_empty_and_odd_tokens(tagger):
    tags = tagger.tag([[], ["Joko", "Widodo", "di", "Solo"], ["a b", "\u200b", "🙂"]])
    assert tags[0] == []
    assert len(tags[1]) == 4 and len(tags[2]) == 3


def test_entity_spans_lose_edge_punctuation():
    from kg.nlp.pipeline import mentions_from_tags
    from kg.nlp.tokenize import split_sentences

    # CNN Indonesia: the model ran a closing quote into the name
    sentence = split_sentences("Kini, Jamie Foxx’ mengungkapkan bahwa Sheeran pernah menginap.")[0]
    tags = ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "B-PER", "O", "O", "O"]
    mentions = mentions_from_tags("a", sentence, tags)
    assert [m.text for m in mentions] == ["Jamie Foxx", "Sheeran"]
    assert [(m.token_start, m.token_end) for m in mentions] == [(2, 4), (7, 8)]
