"""Export of 300 real corpus articles built by `kg build`: node and edge counts agree with
SPARQL counts on the same store, and the GEXF validates."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from kg.cli import main
from kg.export.run import Options, build_graph
from kg.store.store import KgStore
from tests.conftest import SHARED

SCHEMA = Path(__file__).parent / "data" / "gexf-1.3" / "gexf.rng"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    source = out / "in.jsonl"
    with (SHARED / "news" / "indosum_dev.jsonl").open(encoding="utf-8") as lines:
        source.write_text("".join(line for _, line in zip(range(300), lines)), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / "store"


def count(store_path, sparql):
    with KgStore.open(store_path) as store:
        return int(next(iter(store.query(sparql)))[0].value)


def relation_edges(graph, relation):
    return {(a, b) for a, b, d in graph.edges(data=True) if d["relation"] == relation}


def test_actor_counts_match_sparql(store):
    connected = build_graph(store, Options(view="actors"))
    graph = build_graph(store, Options(view="actors", isolates=True))
    assert set(connected) == {n for n in graph if graph.degree(n)} and len(connected) < len(graph)
    # one node per canonical entity (kg/link): mention IRIs through owl:sameAs
    mentioned = ("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?a schema:mentions ?m } "
                 "OPTIONAL { ?m owl:sameAs ?c } BIND(COALESCE(?c, ?m) AS ?e) ?e a %s }")
    people = count(store, mentioned % "foaf:Person")
    orgs = count(store, mentioned % "org:Organization")
    types = [d["type"] for _, d in graph.nodes(data=True)]
    assert types.count("person") == people > 100
    assert types.count("organization") == orgs > 100
    heads = count(store, """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?o {
        GRAPH ?g { ?mp org:headOf ?mo . ?g a schema:NewsArticle }
        OPTIONAL { ?mp owl:sameAs ?cp } OPTIONAL { ?mo owl:sameAs ?co }
        BIND(COALESCE(?cp, ?mp) AS ?p) BIND(COALESCE(?co, ?mo) AS ?o) FILTER(?p != ?o) } }""")
    assert len(relation_edges(graph, "heads")) == heads > 20


def test_edge_weights_count_distinct_articles(store):
    graph = build_graph(store, Options(view="actors"))
    (person, org), weight = max(((a, b), d["weight"]) for a, b, d in graph.edges(data=True)
                                if d["relation"] == "heads")
    # the articles stating it, through every mention IRI of the two canonical entities
    articles = count(store, """SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {
        { BIND(<%s> AS ?p) } UNION { ?p owl:sameAs <%s> }
        { BIND(<%s> AS ?o) } UNION { ?o owl:sameAs <%s> }
        GRAPH ?g { ?p org:headOf ?o . ?g a schema:NewsArticle } }""" % (person, person, org, org))
    assert weight == articles


def test_gexf_of_the_corpus_validates(store, tmp_path):
    out = tmp_path / "corpus.gexf"
    result = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "gexf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = etree.parse(str(out))
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    assert schema.validate(document), schema.error_log
    assert document.getroot()[1].get("mode") == "dynamic"
