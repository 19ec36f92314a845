"""`kg query` and the example-query library on a real store."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from kg import vocab as V
from kg.cli import main
from kg.extract.types import Provenance, Relation
from kg.rdf.sample import DINSOS_FULL, FOUNDING_DATE, FOUNDING_URL, founding_article
from kg.resolve.types import CandidateLink, Entity
from kg.store.library import bind_params, list_queries, load_query
from kg.store.store import KgStore


def with_second_official(article):
    """The founding article plus a second official (to pair with Bima)."""
    prov = Provenance(article.article.id, 5, 0, 10, "hand", 0.8)
    key = "person/supian-hadi"
    return replace(
        article,
        entities=article.entities + (Entity(key, "person", "Supian Hadi"),),
        mention_keys=article.mention_keys + (("m9", key),),
        relations=article.relations + (
            Relation("holds_post", key, "organization/62.02/dinsosnakertrans", prov,
                     title="Sekretaris", acting=True),),
        candidate_links=article.candidate_links + (
            CandidateLink("person/supian", key, 0.6, "short name is part of a full name seen elsewhere"),))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article()])
    return path


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_heads_on_founding_article_returns_exactly_one_row(store_path):
    code, out = run("query", "--store", str(store_path), "--name", "heads", "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    rows = data["results"]["bindings"]
    assert len(rows) == 1
    row = {k: v["value"] for k, v in rows[0].items()}
    assert row["personLabel"] == "Bima Ekawardhana"
    assert row["orgLabel"] == DINSOS_FULL
    assert row["title"] == "Kepala"
    assert row["date"] == FOUNDING_DATE and rows[0]["date"]["datatype"].endswith("#date")
    assert row["url"] == FOUNDING_URL
    assert "kata Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim, Bima Ekawardhana" \
        in row["sentence"]
    # the agency's aliases are there
    code, out = run("query", "--store", str(store_path), "--format", "csv",
                    "SELECT ?alt WHERE { ?o org:headOf|^org:headOf ?x ; skos:altLabel ?alt }")
    assert "Dinsosnakertrans Kotim" in out


def test_formats(store_path):
    q = "SELECT DISTINCT ?p ?o WHERE { ?p org:headOf ?o }"   # stated by the article and the corpus layer
    code, out = run("query", "--store", str(store_path), "--format", "csv", q)
    assert code == 0 and list(csv.reader(io.StringIO(out)))[0] == ["p", "o"]
    code, out = run("query", "--store", str(store_path), "--format", "tsv", q)
    assert out.splitlines()[0] == "?p\t?o"
    code, out = run("query", "--store", str(store_path), q)
    assert "(1 row)" in out and "<https://w3id.org/berita-kg/person/bima-ekawardhana>" in out
    code, out = run("query", "--store", str(store_path), "--format", "json",
                    "ASK { ?p org:headOf ?o }")
    assert json.loads(out)["boolean"] is True


def test_named_graphs_are_queryable(store_path):
    code, out = run("query", "--store", str(store_path), "--format", "csv",
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s org:headOf ?o } }")
    assert code == 0
    graph = str(V.article_iri(V.DEFAULT_BASE_IRI, "antara-kalteng-sampit-psk-pelatihan-kue"))
    # the article states it; the corpus layer restates it between canonical entities
    assert sorted(out.split()[1:]) == sorted([graph, str(V.corpus_graph(V.DEFAULT_BASE_IRI))])


def test_errors_are_one_line(store_path, tmp_path):
    code, out = run("query", "--store", str(store_path), "SELEC ?x WHERE {")
    assert code != 0 and "SPARQL syntax error" in out and len(out.strip().splitlines()) == 1
    code, out = run("query", "--store", str(tmp_path / "none"), "SELECT * {}")
    assert code != 0 and "no store at" in out and len(out.strip().splitlines()) == 1
    code, out = run("query", "--store", str(store_path), "--name", "nope")
    assert code != 0 and "no query named 'nope'" in out
    code, out = run("query", "--store", str(store_path), "--name", "heads", "-p", "bogus=1")
    assert code != 0 and "no parameter 'bogus'" in out
    code, out = run("query", "--store", str(store_path))
    assert code != 0 and "exactly one of" in out


def test_list_documents_every_query():
    code, out = run("query", "--list")
    assert code == 0
    queries = list_queries()
    assert {"heads", "officials-of-region", "agencies-by-alias", "most-quoted",
            "events-in-region", "officials-together", "timeline"} <= {q.name for q in queries}
    for q in queries:
        assert q.title and q.description and f"{q.name}: {q.title}" in out


def test_every_library_query_runs_and_finds_something(tmp_path):
    path = tmp_path / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([with_second_official(founding_article())])
        for q in list_queries():
            rows = list(store.query(bind_params(q, {})))
            # one article reports no story twice: tests/test_link_events.py runs that one
            assert rows or q.name == "multi-outlet-stories", q.name


def test_params_filter(tmp_path):
    path = tmp_path / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([with_second_official(founding_article())])
    query = load_query("officials-of-region")
    with KgStore.open(path) as store:
        region = lambda code: {r["personLabel"].value
                               for r in store.query(bind_params(query, {"region": code}))}
        assert region("62.02") == region("62") == {"Bima Ekawardhana", "Supian Hadi"}
        assert region("62.0") == region("63") == set()
        events = load_query("events-in-region")
        count = lambda **p: len(list(store.query(bind_params(events, p))))
        assert count(**{"from": "2017-06-01", "to": "2017-06-30"}) == 1
        assert count(**{"from": "2017-07-01"}) == 0
        # a parameter value cannot inject SPARQL
        assert count(region='62.02" || true || "') == 0
    code, out = run("query", "--store", str(path), "--name", "officials-together", "--format", "csv")
    assert code == 0 and "Bima Ekawardhana" in out and "Supian Hadi" in out
    code, out = run("query", "--store", str(path), "-n", "agencies-by-alias", "-p", "alias=DINSOS",
                    "--format", "csv")
    assert DINSOS_FULL in out
