"""The resolver on the real extractor's output (rule-based extraction; NER mentions left out
so the test needs no model)."""
import pytest

from kg.extract.article import extract_article
from kg.ingest import read_articles
from kg.nlp.pipeline import article_sentences
from kg.nlp.types import AnalyzedArticle
from kg.resolve.resolver import resolve_article
from kg.samples import ARTICLES
from tests.resolve_helpers import founding_article


def run(article):
    analyzed = AnalyzedArticle(article, tuple(article_sentences(article)), ())
    return resolve_article(extract_article(analyzed))


@pytest.fixture(scope="module")
def founding():
    return run(founding_article())


def test_founding_article_clusters(founding):
    by_key = {}
    for mid, key in founding.mention_keys:
        by_key.setdefault(key, []).append(mid)
    dinsos = next(e for e in founding.entities if e.key == "organization/62.02/dinsosnakertrans")
    assert dinsos.pref_label == "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim"
    assert len(by_key["organization/62.02/dinsosnakertrans"]) >= 2
    assert len(by_key["person/bima-ekawardhana"]) == 2          # Bima Ekawardhana ... Bima
    assert "organization/bpjs-ketenagakerjaan" in by_key
    heads = [r for r in founding.relations if r.kind == "heads"]
    assert [(r.subject, r.object) for r in heads] == [
        ("person/bima-ekawardhana", "organization/62.02/dinsosnakertrans")]
    assert {q.speaker for q in founding.quotes} == {"person/bima-ekawardhana"}
    assert founding.events[0].organizer == "organization/62.02/dinsosnakertrans"
    assert {"place/62.02/sampit", "place/62.02", "place/62"} <= {e.key for e in founding.entities}


def test_sample_articles_resolve_consistently():
    keys = set()
    for article in read_articles([str(ARTICLES)]):
        resolved = run(article)
        entity_keys = {e.key for e in resolved.entities}
        assert {k for _, k in resolved.mention_keys} <= entity_keys
        for r in resolved.relations:
            assert r.subject != r.object and {r.subject, r.object} <= entity_keys
        for e in resolved.entities:
            assert e.located_in is None or e.located_in in entity_keys
            assert e.unit_of is None or e.unit_of in entity_keys
        keys |= entity_keys
    assert "place/62.02/sampit" in keys     # the pawai article, dateline Sampit


def test_known_acronym_is_not_borrowed_by_another_long_name():
    """CNN Indonesia 2017-07-13: both Kementerian Pendidikan dan Kebudayaan and "Komisi
    Pemberantasan Korupsi (KPK)" appear; K-P-K must not become the ministry's key."""
    from kg.ingest_types import Article
    from kg.pipeline import resolve_articles

    text = ('"Ini adalah kebijakan penguatan pendidikan karakter," kata Muhadjir di kantor Kementerian '
            'Pendidikan dan Kebudayaan, Jakarta, Rabu (12/7).\n\nChatarina pernah mengabdi sebagai kepala '
            'biro hukum Komisi Pemberantasan Korupsi (KPK).')
    resolved = next(resolve_articles([Article(id="t", title="t", text=text, date="2017-07-13")]))
    labels = {e.key: e.pref_label for e in resolved.entities if e.type == "organization"}
    assert labels["organization/kpk"] == "Komisi Pemberantasan Korupsi"
    assert labels["organization/kemendikbud"] == "Kementerian Pendidikan dan Kebudayaan"
