"""`kg export` end to end on a real store built in the test."""
from __future__ import annotations

import csv

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from lxml import etree

from kg import vocab
from kg.cli import main
from test_export_store import BIMA, DINSOS, build_store
from test_export_writers import GEXF, SCHEMA


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("cli") / "store")


def run(*args):
    return CliRunner().invoke(main, ["export", *args], catch_exceptions=False)


def gexf(path):
    doc = etree.parse(str(path))
    assert etree.RelaxNG(etree.parse(str(SCHEMA))).validate(doc)
    return doc


def test_gexf_dynamic_and_static(store_path, tmp_path):
    out = tmp_path / "g.gexf"
    result = run("--store", store_path, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "nodes" in result.output
    doc = gexf(out)
    assert doc.find(f"{GEXF}graph").get("mode") == "dynamic"
    ids = {n.get("id") for n in doc.iter(f"{GEXF}node")}
    assert {BIMA.value, DINSOS.value} <= ids
    heads = [e for e in doc.iter(f"{GEXF}edge") if e.get("kind") == "heads"]
    assert [(e.get("source"), e.get("target"), e.get("weight")) for e in heads] == [
        (BIMA.value, DINSOS.value, "2.0")]
    assert run("--store", store_path, "--static", "-o", str(out)).exit_code == 0
    assert gexf(out).find(f"{GEXF}graph").get("mode") is None


def test_filters_change_the_output(store_path, tmp_path):
    def count(*args):
        out = tmp_path / "f.gexf"
        result = run("--store", store_path, "-o", str(out), *args)
        assert result.exit_code == 0, result.output
        doc = gexf(out)
        return len(list(doc.iter(f"{GEXF}node"))), len(list(doc.iter(f"{GEXF}edge")))

    full = count()
    actors = count("--view", "actors")
    assert actors[0] < full[0]
    assert count("--view", "actors", "--min-weight", "2") < actors
    assert count("--view", "actors", "--ego", "Bima", "--depth", "0") == (1, 0)
    assert count("--type", "person")[0] == 3
    assert count("--since", "2017-04-01", "--until", "2017-04-30")[0] < full[0]
    assert count("--region", "62.02")[0] < full[0]


def test_graphml_and_csv(store_path, tmp_path):
    out = tmp_path / "g.graphml"
    assert run("--store", store_path, "-f", "graphml", "--view", "actors", "-o", str(out)).exit_code == 0
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.nodes[BIMA.value]["label"] == "Bima Ekawardhana"
    result = run("--store", store_path, "-f", "csv", "--view", "actors", "-o", f"{tmp_path}/csv/")
    assert result.exit_code == 0, result.output
    with open(tmp_path / "csv" / "edges.csv", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    mutual = sum(1 for e in edges if e["Type"] == "Undirected")
    assert len(edges) + mutual == graph.number_of_edges()   # GraphML: undirected both ways
    assert {"heads", "holds_post", "quoted_together", "co_event", "co_mentioned"} == {
        e["Label"] for e in edges}


def test_errors_are_one_line_and_keep_the_old_file(store_path, tmp_path):
    out = tmp_path / "g.gexf"
    out.write_text("earlier export")
    result = run("--store", store_path, "--ego", "Nobody", "-o", str(out))
    assert result.exit_code != 0 and "no node" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert out.read_text() == "earlier export"
    result = run("--store", str(tmp_path / "missing"), "-o", str(out))
    assert result.exit_code != 0 and "no store" in result.output
    result = run("--store", store_path, "--since", "March 2017", "-o", str(out))
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output


@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_rdf_formats(store_path, tmp_path, fmt):
    result = run("--store", store_path, "-f", fmt, "--view", "actors", "-o", str(tmp_path / "x"))
    assert result.exit_code != 0 and "--view applies to gexf" in result.output
    out = tmp_path / f"g.{fmt}"
    result = run("--store", store_path, "-f", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.TURTLE
    heads = {(q.subject.value, getattr(q, "graph_name", None))
             for q in ox.parse(path=str(out), format=rdf_format)
             if q.predicate.value == str(vocab.HEAD_OF) and q.object == DINSOS}
    graph = str(vocab.article_iri(vocab.DEFAULT_BASE_IRI, "a1"))
    if fmt == "trig":
        assert (BIMA.value, ox.NamedNode(graph)) in heads
    else:
        assert {subject for subject, _ in heads} == {BIMA.value}
