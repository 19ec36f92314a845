"""The query library's format: complete SPARQL 1.1 files (own PREFIX lines) whose
parameters are one VALUES block that bind_params rewrites from RDF terms."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib.plugins.sparql.parser import parseQuery

from kg.cli import main
from kg.errors import KgError
from kg.rdf.sample import founding_article
from kg.store.library import bind_params, list_queries, load_query, parse_query_file
from kg.store.store import KgStore


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("lib") / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article()])
    return path


def test_every_file_is_a_complete_query_for_other_tools(store_path):
    plain = ox.Store.read_only(str(store_path))     # no predeclared prefixes here
    for query in list_queries():
        parseQuery(query.text)                       # rdflib's SPARQL 1.1 grammar
        rows = list(plain.query(query.text, use_default_graph_as_union=True))
        assert rows is not None, query.name
        assert "$" not in query.text.split("WHERE", 1)[1], query.name
        for param in query.params:
            assert param.help, (query.name, param.name)


def test_values_block_is_rewritten_with_typed_terms():
    query = load_query("events-in-region")
    assert [(p.name, p.type) for p in query.params] == [
        ("region", "string"), ("from", "date"), ("to", "date")]
    assert query.params[0].default.toPython() == "62.02" and query.params[1].default is None
    text = bind_params(query, {"from": "2017-06-01", "region": '62" } ?x ?y ?z {'})
    parseQuery(text)
    block = parse_query_file("again", text)
    assert block.params[1].default.datatype.endswith("#date")
    assert block.params[0].default.toPython() == '62" } ?x ?y ?z {'
    assert block.params[2].default is None
    with pytest.raises(KgError, match="wants a date"):
        bind_params(query, {"from": "June 2017"})
    with pytest.raises(KgError, match="wants an integer"):
        bind_params(load_query("officials-together"), {"min": "1 || true"})
    # an empty value clears the default (UNDEF: no filter)
    cleared = parse_query_file("c", bind_params(load_query("agencies-by-alias"), {"alias": ""}))
    assert cleared.params[0].default is None


def test_values_in_comments_and_strings_are_not_the_parameter_block():
    text = '''# title: t
# description: d
# param: x -- a value
# VALUES ?x { "in a comment" }
SELECT ?x ?s WHERE {
  BIND("VALUES ?x { 1 }" AS ?s)
  VALUES ?x { "default" }
}'''
    query = parse_query_file("t", text)
    assert str(query.params[0].default) == "default"
    rewritten = bind_params(query, {"x": "given"})
    assert '# VALUES ?x { "in a comment" }' in rewritten and '"VALUES ?x { 1 }"' in rewritten
    rows = list(ox.Store().query(rewritten))
    assert [(r["x"].value, r["s"].value) for r in rows] == [("given", "VALUES ?x { 1 }")]
    with pytest.raises(KgError, match="no VALUES block"):
        parse_query_file("bad", "# param: y -- y\nSELECT * WHERE { VALUES ?x { 1 } }")


def test_param_filters_and_unbound_defaults(store_path):
    with KgStore.open(store_path) as store:
        rows = lambda name, **p: list(store.query(bind_params(load_query(name), p)))
        everything = rows("heads")
        assert len(everything) == 1
        assert rows("heads", agency="dinsosnakertrans") == everything
        assert rows("heads", agency="no such agency") == []
        assert rows("heads-brief", agency="Kotim")[0]["organization"].value.startswith("Dinas Sosial")
        assert {r["acting"].value for r in everything} <= {"true", "false"}
        facts = rows("fact-sources")
        heads = rows("fact-sources", relation="headOf")
        assert 0 < len(heads) < len(facts)


def test_query_file_from_stdin(store_path):
    result = CliRunner().invoke(main, ["query", "--store", str(store_path), "-f", "-",
                                       "-p", "agency=Kotim", "--format", "csv"],
                                input=load_query("heads-brief").text)
    assert result.exit_code == 0, result.output
    assert "Bima Ekawardhana" in result.output
    result = CliRunner().invoke(main, ["query", "--store", str(store_path), "-f", "-"], input="")
    assert result.exit_code != 0 and "empty query" in result.output


def test_a_lookup_table_may_share_a_parameter_variable():
    """Only the block binding exactly the declared params is the parameter block; a table
    joined on a param (category -> type IRI) stays as written."""
    text = '''# title: t
# description: d
# param: category -- a category
SELECT ?type WHERE {
  VALUES ?category { "arrest" }
  VALUES (?category ?type) { ("arrest" <urn:x:Arrest>) ("trial" <urn:x:Trial>) }
}'''
    query = parse_query_file("t", text)
    assert str(query.params[0].default) == "arrest"
    rows = list(ox.Store().query(bind_params(query, {"category": "trial"})))
    assert [r["type"].value for r in rows] == ["urn:x:Trial"]
    with pytest.raises(KgError, match="the nearest binds category, type"):
        parse_query_file("bad", text.replace('VALUES ?category { "arrest" }', ""))
