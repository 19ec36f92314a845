"""`kg serve`: SPARQLWrapper against a local read-only endpoint (127.0.0.1 only)."""
from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.errors import KgError
from kg.rdf.sample import DINSOS_FULL, founding_article
from kg.store.store import KgStore

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
HEADS = """SELECT ?name ?org WHERE { ?p org:headOf ?o . ?p skos:prefLabel ?name .
           ?o skos:prefLabel ?org }"""


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article()])
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve",
                             "--store", str(path),
                             "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert "SPARQL endpoint: http://127.0.0.1:" in line, line
        yield line.split()[2], path
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wrapper(url, fmt, method="GET"):
    from SPARQLWrapper import POST, SPARQLWrapper as Client
    client = Client(url)
    client.setReturnFormat(fmt)
    if method == "POST":
        client.setMethod(POST)
    return client


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_json_results(endpoint, method):
    from SPARQLWrapper import JSON
    client = wrapper(endpoint[0], JSON, method)
    client.setQuery("PREFIX org: <http://www.w3.org/ns/org#> "
                    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> " + HEADS)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert [(r["name"]["value"], r["org"]["value"]) for r in rows] == \
        [("Bima Ekawardhana", DINSOS_FULL)]


def test_xml_csv_and_construct(endpoint):
    from SPARQLWrapper import CSV, TURTLE, XML
    query = "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?p WHERE { ?p org:headOf ?o }"
    client = wrapper(endpoint[0], XML)
    client.setQuery(query)
    xml = client.queryAndConvert()
    assert "bima-ekawardhana" in xml.toxml()
    client = wrapper(endpoint[0], CSV)
    client.setQuery(query)
    assert client.queryAndConvert().decode().splitlines()[1].endswith("bima-ekawardhana")
    client = wrapper(endpoint[0], TURTLE)
    client.setQuery("CONSTRUCT { ?p <http://www.w3.org/ns/org#headOf> ?o } "
                    "WHERE { ?p <http://www.w3.org/ns/org#headOf> ?o }")
    from rdflib import Graph
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert len(graph) == 1 and "bima-ekawardhana" in str(next(iter(graph))[0])


def test_updates_and_bad_queries_are_refused(endpoint):
    data = b"update=DROP ALL"
    request = urllib.request.Request(endpoint[0], data=data, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)
    assert error.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(endpoint[0] + "?query=SELEC", timeout=10)
    assert error.value.code == 400
    assert b"syntax error" in error.value.read()


def test_federated_service_is_refused(endpoint):
    query = urllib.parse.quote("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(endpoint[0] + "?query=" + query, timeout=10)
    assert error.value.code == 403 and b"SERVICE" in error.value.read()
    harmless = urllib.parse.quote('SELECT ?t WHERE { ?q schema:text ?t FILTER(?t != "SERVICE") } LIMIT 1')
    with urllib.request.urlopen(endpoint[0] + "?query=" + harmless, timeout=10) as response:
        assert response.status == 200


def test_build_refused_while_serving(endpoint):
    with pytest.raises(KgError, match="in use"):
        KgStore.open(endpoint[1], write=True)
