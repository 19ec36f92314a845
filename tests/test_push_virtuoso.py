"""`kg push` into a real Virtuoso 7 (started here on 127.0.0.1 with a throw-away
database): a real build of the sample articles goes over the Graph Store Protocol,
every graph arrives whole, every library query gives the same rows there as in the
local store, an unchanged store sends nothing, a change sends only what changed, and
the bulk loader path loads the same quads."""
from __future__ import annotations

import json
import re
import shutil

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.push.graphs import graph_names, graph_payload
from kg.push.gsp import Endpoint, GraphStoreClient
from kg.push.run import push as run_push
from kg.push.sparql import graph_counts, select
from kg.rdf.sample import founding_article
from kg.store.library import bind_params, list_queries, load_query
from kg.store.store import KgStore
from virtuoso_server import start_virtuoso

pytestmark = pytest.mark.skipif(shutil.which("virtuoso-t") is None,
                                reason="Virtuoso 7 not installed (make system-deps installs "
                                       "virtuoso-opensource)")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def built(virtuoso, samples_build, tmp_path_factory):
    """A copy of the sample articles' real build (made while Virtuoso starts)."""
    out = tmp_path_factory.mktemp("push") / "store"
    shutil.copytree(samples_build[0] / "store", out)
    virtuoso.wait()
    return out


def push(virtuoso, store, *extra):
    result = CliRunner().invoke(main, ["push", virtuoso.gsp_url, "--store", str(store),
                                       "--user", virtuoso.user, "--password", virtuoso.password,
                                       "--no-progress", *extra])
    assert result.exit_code == 0, result.output
    match = re.search(r"pushed (\d+) of (\d+) graphs \((\d+) quads\)", result.output)
    return tuple(map(int, match.groups()))


def local_counts(store) -> dict[str, int]:
    with KgStore.open(store) as kg_store:
        return {g: len(list(kg_store.ox.quads_for_pattern(None, None, None, ox.NamedNode(g))))
                for g in graph_names(kg_store.ox)}


def term(value: dict) -> tuple:
    kind = "literal" if value["type"] == "typed-literal" else value["type"]
    datatype = value.get("datatype")
    text = value["value"]
    if kind == "literal":
        # GROUP_CONCAT lists have no defined order: compare their items as a set
        text = tuple(sorted(set(re.split(r" \| |, ", text))))
    return kind, text, None if datatype == XSD_STRING else datatype, value.get("xml:lang")


def rows(bindings) -> list:
    return sorted(tuple(sorted((k, term(v)) for k, v in b.items())) for b in bindings)


def local_rows(store, text):
    with KgStore.open(store) as kg_store:
        result = kg_store.ox.query(text, use_default_graph_as_union=True)
        return rows(json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
                    ["results"]["bindings"])


def test_push_counts_queries_and_increments(virtuoso, built):
    counts = local_counts(built)
    assert len(counts) > 30 and any(g.endswith("graph/entities") for g in counts)
    sent, total, quads = push(virtuoso, built)
    assert (sent, total, quads) == (len(counts), len(counts), sum(counts.values()))
    # per graph, kg's graphs only (Virtuoso holds system graphs of its own)
    assert graph_counts(virtuoso.sparql_url, counts) == counts

    # every library query: defaults, and parameters taken from the data
    heads = local_rows(built, load_query("heads").text)
    org_word = dict(heads[0])["orgLabel"][1][0].split()[-1]
    quoted = dict(local_rows(built, load_query("most-quoted").text)[0])["personLabel"][1][0]
    cases = [(q.name, {}) for q in list_queries()] + [
        ("heads", {"agency": org_word}), ("heads-brief", {"agency": org_word}),
        ("fact-sources", {"relation": "headOf"}), ("officials-together", {"min": "2"}),
        ("timeline", {"name": quoted}), ("agencies-by-alias", {"alias": ""}),
        ("officials-of-region", {"region": "62"}),
        ("events-in-region", {"region": "62", "from": "2017-01-01", "to": "2017-12-31"})]
    found = {}
    for name, params in cases:
        text = bind_params(load_query(name), params)
        expected = local_rows(built, text)
        assert rows(select(virtuoso.sparql_url, text)) == expected, (name, params)
        found[name] = found.get(name, 0) + len(expected)
    assert all(found.values()), found          # each query compared on real rows

    # nothing changed: nothing sent
    assert push(virtuoso, built)[:1] == (0,)
    # one more article: its graph and the entity graphs it touches, nothing else
    before = digests(built)
    with KgStore.open(built, write=True) as store:
        store.add_articles([founding_article()])
    after = digests(built)
    changed = {g for g in after if after[g] != before.get(g)}
    assert 1 <= len(changed) < len(after)
    report = run_push(built, Endpoint(virtuoso.gsp_url, virtuoso.user, virtuoso.password))
    assert set(report.sent) == changed and report.graphs_unchanged == len(after) - len(changed)
    assert graph_counts(virtuoso.sparql_url, after) == local_counts(built)


def digests(store) -> dict[str, str]:
    with KgStore.open(store) as kg_store:
        return {g: graph_payload(kg_store.ox, g).digest for g in graph_names(kg_store.ox)}


def test_bulk_loader_and_drift(virtuoso, built):
    counts = local_counts(built)
    graph = sorted(counts)[0]
    with GraphStoreClient(Endpoint(virtuoso.gsp_url, virtuoso.user, virtuoso.password)) as client:
        client.delete_graph(graph)                  # the remote drifted
    assert graph_counts(virtuoso.sparql_url, [graph])[graph] == 0
    sent, total, quads = push(virtuoso, built, "--full", "--bulk-dir", str(virtuoso.load_dir),
                              "--sql-address", virtuoso.sql_address)
    assert (sent, quads) == (total, sum(counts.values()))
    assert graph_counts(virtuoso.sparql_url, counts) == counts
    assert list(virtuoso.load_dir.iterdir()) == []  # the load file is removed
