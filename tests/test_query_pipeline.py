"""End to end on real text: ingest -> rule-based extract -> resolve (no NER model,
as in test_resolve_pipeline) -> store -> heads query and SHACL validation."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.extract.article import extract_article
from kg.ingest import read_articles
from kg.nlp.pipeline import article_sentences
from kg.nlp.types import AnalyzedArticle
from kg.rdf.validate import validate_ntriples
from kg.resolve.resolver import resolve_article
from kg.samples import sample_paths
from kg.store.library import bind_params, load_query
from kg.store.store import KgStore

DINSOS_FULL = "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim"


def resolve(article):
    analyzed = AnalyzedArticle(article, tuple(article_sentences(article)), ())
    return resolve_article(extract_article(analyzed))


@pytest.fixture(scope="module")
def resolved():
    articles = list(read_articles([str(p) for p in sample_paths()]))
    founding = next(a for a in articles if a.title.startswith("Puluhan PSK"))
    # the .txt has no date or URL; give them as a JSONL record would
    dated = replace(founding, date="2017-06-22", source_url="https://example.org/psk")
    return [resolve(dated)] + [resolve(a) for a in articles if a is not founding]


@pytest.fixture(scope="module")
def store_path(resolved, tmp_path_factory):
    path = tmp_path_factory.mktemp("e2e") / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles(resolved)
    return path


def test_heads_of_dinsosnakertrans_is_one_row(store_path):
    query = bind_params(load_query("heads"), {"agency": "Dinsosnakertrans Kotim"})
    with KgStore.open(store_path) as store:
        rows = list(store.query(query))
        assert len(rows) == 1
        row = rows[0]
        assert row["personLabel"].value == "Bima Ekawardhana"
        assert row["orgLabel"].value == DINSOS_FULL
        assert row["title"].value == "Kepala"
        assert row["date"].value == "2017-06-22"
        assert row["url"].value == "https://example.org/psk"
        assert "Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim, Bima Ekawardhana" \
            in row["sentence"].value
        alts = {r["alt"].value for r in store.query(
            "SELECT ?alt WHERE { ?o skos:prefLabel ?l ; skos:altLabel ?alt "
            f"FILTER(?l = \"{DINSOS_FULL}\") }}")}
        assert "Dinsosnakertrans Kotim" in alts


def test_real_graph_conforms_to_shapes(store_path):
    import pyoxigraph as ox
    with KgStore.open(store_path) as store:
        triples = store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                 use_default_graph_as_union=True)
        data = ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES)
    violations = validate_ntriples(data)
    assert [v.line() for v in violations] == []


def test_every_library_query_runs_on_real_graph(store_path):
    from kg.store.library import list_queries
    with KgStore.open(store_path) as store:
        counts = {q.name: len(list(store.query(bind_params(q, {})))) for q in list_queries()}
    assert counts["heads"] >= 20 and counts["most-quoted"] >= 5, counts


def test_rebuild_of_real_articles_is_idempotent(resolved, store_path, tmp_path):
    path = tmp_path / "again"
    with KgStore.open(path, write=True) as store:
        store.add_articles(resolved[10:])
        store.add_articles(resolved)
        store.add_articles(resolved[:5])
        again = {str(q) for q in store.ox}
    with KgStore.open(store_path) as store:
        assert again == {str(q) for q in store.ox}
