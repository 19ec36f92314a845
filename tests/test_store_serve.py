"""`kg serve`: the SPARQL 1.1 Protocol with SPARQLWrapper and rdflib, Service Description,
Graph Store Protocol (read side), CORS, well-formed XML (loopback only)."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pytest
from lxml import etree
from rdflib import Graph, URIRef

from kg import vocab as V
from kg.errors import KgError
from kg.rdf.sample import DINSOS_FULL
from kg.store.store import KgStore
from tests.conftest import NUL_PREDICATE

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
# DISTINCT: the article states org:headOf and the corpus layer restates it
HEADS = """SELECT DISTINCT ?name ?org WHERE { ?p org:headOf ?o . ?p skos:prefLabel ?name .
           ?o skos:prefLabel ?org }"""
SD = "http://www.w3.org/ns/sparql-service-description#"


def get(url, headers=None, method="GET", data=None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def sparql_url(endpoint, query, **params):
    return endpoint[0] + "/sparql?" + urllib.parse.urlencode({"query": query, **params})


def wrapper(endpoint, fmt, method="GET"):
    from SPARQLWrapper import POST, SPARQLWrapper as Client
    client = Client(endpoint[0] + "/sparql")
    client.setReturnFormat(fmt)
    if method == "POST":
        client.setMethod(POST)
    return client


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_json_results(endpoint, method):
    from SPARQLWrapper import JSON
    client = wrapper(endpoint, JSON, method)
    client.setQuery("PREFIX org: <http://www.w3.org/ns/org#> "
                    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> " + HEADS)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert [(r["name"]["value"], r["org"]["value"]) for r in rows] == \
        [("Bima Ekawardhana", DINSOS_FULL)]


def test_xml_csv_and_construct(endpoint):
    from SPARQLWrapper import CSV, TURTLE, XML
    query = "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?p WHERE { ?p org:headOf ?o }"
    client = wrapper(endpoint, XML)
    client.setQuery(query)
    assert "bima-ekawardhana" in client.queryAndConvert().toxml()
    client = wrapper(endpoint, CSV)
    client.setQuery(query)
    assert client.queryAndConvert().decode().splitlines()[1].endswith("bima-ekawardhana")
    client = wrapper(endpoint, TURTLE)
    client.setQuery("CONSTRUCT { ?p <http://www.w3.org/ns/org#headOf> ?o } "
                    "WHERE { ?p <http://www.w3.org/ns/org#headOf> ?o }")
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert len(graph) == 1 and "bima-ekawardhana" in str(next(iter(graph))[0])


def test_rdflib_sparqlstore(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    store = SPARQLStore(endpoint[0] + "/sparql", returnFormat="json")
    rows = list(Graph(store).query("SELECT DISTINCT ?o WHERE { ?p <http://www.w3.org/ns/org#headOf> ?o }"))
    assert [str(r[0]) for r in rows] == [V.DEFAULT_BASE_IRI + "organization/62.02/dinsosnakertrans"]


def test_updates_and_bad_requests_are_refused(endpoint):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert get(endpoint[0] + "/sparql", form, "POST", b"update=DROP ALL")[0] == 403
    assert get(endpoint[0] + "/sparql", {"Content-Type": "application/sparql-update"}, "POST",
               b"DROP ALL")[0] == 403
    assert get(endpoint[0] + "/sparql?graph=urn:x", {"Content-Type": "text/turtle"}, "PUT",
               b"<a:b> <a:c> <a:d> .")[0] == 403
    status, _, body = get(sparql_url(endpoint, "SELEC"))
    assert status == 400 and b"syntax error" in body
    status, _, body = get(sparql_url(endpoint, "SELECT * {}", **{"default-graph-uri": "not an iri"}))
    assert status == 400 and b"invalid default-graph-uri" in body
    status, _, body = get(sparql_url(endpoint, "SELECT * {}", **{"named-graph-uri": "<bad>"}))
    assert status == 400 and b"invalid named-graph-uri" in body
    assert get(sparql_url(endpoint, "ASK { ?s ?p ?o }"))[0] == 200   # and the server lives on


def test_default_graph_uri_selects_the_graph(endpoint):
    entities = str(V.entities_graph(V.DEFAULT_BASE_IRI))
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?p org:headOf ?o }"
    count = lambda **p: int(json_rows(get(sparql_url(endpoint, query, **p))[2])[0]["n"])
    assert count() == 2          # the article's statement and the corpus layer's
    assert count(**{"default-graph-uri": entities}) == 0
    assert count(**{"default-graph-uri": str(V.corpus_graph(V.DEFAULT_BASE_IRI))}) == 1


def json_rows(body):
    import json
    return [{k: v["value"] for k, v in row.items()} for row in json.loads(body)["results"]["bindings"]]


def test_service_description(endpoint):
    status, headers, body = get(endpoint[0] + "/sparql")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    service = URIRef(endpoint[0] + "/sparql")
    assert (service, URIRef(SD + "endpoint"), service) in graph
    assert (service, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in graph
    names = set(graph.objects(None, URIRef(SD + "name")))
    assert URIRef(str(V.entities_graph(V.DEFAULT_BASE_IRI))) in names
    status, headers, body = get(endpoint[0] + "/sparql", {"Accept": "application/rdf+xml"})
    assert headers["Content-Type"] == "application/rdf+xml"
    assert len(Graph().parse(data=body, format="xml")) == len(graph)


def test_graph_store_read_side(endpoint):
    entities = str(V.entities_graph(V.DEFAULT_BASE_IRI))
    status, _, body = get(endpoint[0] + "/sparql?" + urllib.parse.urlencode({"graph": entities}))
    graph = Graph().parse(data=body, format="turtle")
    assert status == 200 and (None, V.SKOS.prefLabel, None) in graph
    assert not any(graph.triples((None, URIRef(str(V.SDO.text)), None)))   # sentences: article graphs
    status, _, body = get(endpoint[0] + "/graph-store?default", {"Accept": "application/n-triples"})
    union = Graph().parse(data=body, format="nt")
    assert status == 200 and len(union) > len(graph)
    assert get(endpoint[0] + "/sparql?graph=urn:nothing:here")[0] == 404


def test_cors_preflight_and_origin(endpoint):
    status, headers, _ = get(endpoint[0] + "/sparql", {
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"}, "OPTIONS")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = get(endpoint[0] + "/sparql", {
        "Origin": "http://example.org", "Content-Type": "application/sparql-query"}, "POST",
        b"ASK { ?s ?p ?o }")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


def test_xml_forbidden_characters_give_well_formed_xml_from_server_and_cli(endpoint, served_store):
    from click.testing import CliRunner

    from kg.cli import main
    select = f"SELECT ?t WHERE {{ ?s <{NUL_PREDICATE}> ?t }}"
    construct = f"CONSTRUCT {{ ?s <{NUL_PREDICATE}> ?t }} WHERE {{ ?s <{NUL_PREDICATE}> ?t }}"
    outputs = [get(sparql_url(endpoint, select), {"Accept": "application/sparql-results+xml"})[2],
               get(sparql_url(endpoint, construct), {"Accept": "application/rdf+xml"})[2]]
    for query in (select, construct):
        result = CliRunner().invoke(main, ["query", "--store", str(served_store), "--format", "xml", query])
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout_bytes)
    for xml in outputs:
        root = etree.fromstring(xml)   # raises on ill-formed XML
        assert "abc" in "".join(root.itertext())


def test_build_refused_while_serving(endpoint, served_store):
    with pytest.raises(KgError, match="in use"):
        KgStore.open(served_store, write=True)
