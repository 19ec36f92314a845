"""The entry point on the founding article and the shipped sample articles."""
from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import analyzed, by_id, relations

from kg.extract.article import extract_article
from kg.extract.types import ExtractedArticle
from kg.ingest import read_articles

SAMPLES = Path(__file__).resolve().parents[1] / "kg" / "samples" / "articles.jsonl"


@pytest.fixture(scope="module")
def founding(founding_article) -> ExtractedArticle:
    return extract_article(analyzed(founding_article))


def test_founding_article_head_of_dinsosnakertrans(founding):
    assert ("heads", "Bima Ekawardhana", "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim",
            "Kepala", False, False) in relations(founding)
    org = next(m for m in founding.mentions
               if m.name == "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim")
    assert org.kind == "organization" and org.region == "Kotim"
    head = next(r for r in founding.relations if r.kind == "heads")
    bima = by_id(founding)[head.subject]
    assert bima.titles == ("Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim",)


def test_founding_article_agencies(founding):
    names = [m.name for m in founding.mentions if m.kind == "organization"]
    assert names.count("Dinsosnakertrans") == 6
    for name in ("Kementerian Agama", "Polres Kotim",
                 "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", "BPJS Ketenagakerjaan",
                 "BPJS Kesehatan"):
        assert name in names
    assert ("located_in", "Polres Kotim", "Kotim", None, False, False) in relations(founding)


def test_founding_article_events_are_attached(founding):
    assert any(e.type == "pelatihan" for e in founding.events)


def _check_invariants(x: ExtractedArticle) -> None:
    text = x.article.text
    ids = by_id(x)
    assert len(ids) == len(x.mentions)
    for m in x.mentions:
        assert text[m.provenance.start:m.provenance.end] == m.text
        assert m.kind in ("person", "organization", "place")
        assert 0 < m.provenance.confidence <= 1
        if m.kind == "person":
            assert m.name and not m.name.startswith(("AKBP ", "H. ", "Kapolres ", "Bupati "))
    for r in x.relations:
        assert r.subject in ids and r.object in ids
        if r.kind in ("heads", "holds_post"):
            assert ids[r.subject].kind == "person" and ids[r.object].kind == "organization"
            assert r.title
        if r.kind == "located_in":
            assert ids[r.object].kind == "place"
    for q in x.quotes:
        assert ids[q.speaker].kind == "person"
        assert text[q.start:q.end] == q.text and q.text.strip() == q.text
        assert not q.text.startswith(('"', "“")) and not q.text.endswith(('"', "”"))


def test_sample_articles_keep_the_invariants():
    articles = list(read_articles([str(SAMPLES)]))
    assert len(articles) >= 30
    found = {"heads": 0, "holds_post": 0, "quotes": 0}
    for art in articles:
        x = extract_article(analyzed(art))
        _check_invariants(x)
        for r in x.relations:
            if r.kind in found:
                found[r.kind] += 1
        found["quotes"] += len(x.quotes)
    # regional-government news: every kind of record shows up
    assert found["heads"] >= 15 and found["holds_post"] >= 10 and found["quotes"] >= 30


def test_founding_article_invariants(founding):
    _check_invariants(founding)


def test_deterministic(founding_article):
    a = extract_article(analyzed(founding_article))
    b = extract_article(analyzed(founding_article))
    assert a == b


def test_persons_named_by_initials():
    from extract_support import extract_text

    ex = extract_text("Polisi menangkap RO (53), warga Sudimara, karena mencabuli lima gadis cilik. "
                      "Dua pelaku lain berinisial NMH dan SH telah ditangkap. Saat ini RO ditahan.")
    people = [m.text for m in ex.mentions if m.kind == "person"]
    assert people.count("RO") == 2 and "NMH" in people and "SH" in people
