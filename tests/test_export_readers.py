"""Every graph export read back by the readers people use, without loss: networkx
(GEXF and GraphML), graphology-gexf (node, installed from npm into a temp dir), and
stdout (`-o -`). Nodes, labels, types, weights, direction and time intervals survive."""
from __future__ import annotations

import io
import json
import shutil
import subprocess

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export.clean import one_line, public_graph
from kg.export.project import VIEWS
from kg.export.run import Options, build_graph
from test_export_store import build_store

READ_GEXF_JS = """
const fs = require('fs');
const {parse} = require('graphology-gexf');
const Graph = require('graphology');
const out = {};
for (const path of process.argv.slice(2)) {
  const graph = parse(Graph, fs.readFileSync(path, 'utf-8'));
  const edges = [];
  graph.forEachEdge((e, a, s, t, sa, ta, undirected) => edges.push({s, t, undirected, a}));
  const nodes = {};
  graph.forEachNode((n, a) => { nodes[n] = a; });
  out[path] = {nodes, edges};
}
console.log(JSON.stringify(out));
"""


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("readers") / "store")


def export(store_path, *args) -> bytes:
    result = CliRunner().invoke(main, ["export", "--store", store_path, "-o", "-", *args])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def expected(store_path, view):
    """The projection as the writers see it: XML-safe text, one-line labels."""
    graph = public_graph(build_graph(store_path, Options(view=view)))
    for _, data in graph.nodes(data=True):
        data["label"] = one_line(data["label"])
    return graph


def edge_set(graph):
    """(source, target, relation) -> (weight, first_seen, last_seen); undirected both ways."""
    out = {}
    for s, t, d in graph.edges(data=True):
        value = (float(d["weight"]), d.get("first_seen") or None, d.get("last_seen") or None)
        out[(s, t, d["relation"])] = value
        if d["directed"] is False:
            out[(t, s, d["relation"])] = value
    return out


@pytest.mark.parametrize("view", VIEWS)
def test_networkx_reads_gexf_and_graphml(store_path, view):
    graph = expected(store_path, view)
    assert graph.number_of_edges() > 0
    gexf = nx.read_gexf(io.BytesIO(export(store_path, "--view", view)))
    graphml = nx.read_graphml(io.BytesIO(export(store_path, "--view", view, "-f", "graphml")),
                              force_multigraph=True)
    for back in (gexf, graphml):
        assert set(back) == set(graph)
        for node, data in graph.nodes(data=True):
            got = back.nodes[node]
            assert (got["label"], got["type"], got["mentions"]) == (
                data["label"], data["type"], data["mentions"])
            if data["first_seen"]:
                assert (got["first_seen"], got["last_seen"]) == (data["first_seen"],
                                                                 data["last_seen"])
    # GEXF: start/end intervals (Gephi's timeline) on nodes and edges
    for node, data in graph.nodes(data=True):
        got = gexf.nodes[node]
        assert (got.get("start"), got.get("end")) == (data["first_seen"] or None,
                                                      data["last_seen"] or None)
    got_gexf = {(s, t, d["relation"]): (d["weight"], d.get("start"), d.get("end"))
                for s, t, d in gexf.edges(data=True)}
    got_graphml = {(s, t, d["relation"]): (float(d["weight"]), d.get("first_seen"),
                                           d.get("last_seen"))
                   for s, t, d in graphml.edges(data=True)}
    assert got_gexf == got_graphml == edge_set(graph)
    directed = any(d["directed"] for *_, d in graph.edges(data=True))
    assert gexf.is_directed() == graphml.is_directed() == directed


@pytest.mark.skipif(shutil.which("node") is None or shutil.which("npm") is None,
                    reason="node/npm not installed (make system-deps installs nodejs and npm)")
def test_graphology_reads_gexf_with_intervals(store_path, tmp_path):
    install = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent",
                              "graphology@0.25", "graphology-gexf@0.13"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    paths = {}
    for view in VIEWS:
        paths[view] = tmp_path / f"{view}.gexf"
        paths[view].write_bytes(export(store_path, "--view", view))
    script = tmp_path / "read.js"
    script.write_text(READ_GEXF_JS)
    run = subprocess.run(["node", str(script), *map(str, paths.values())], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    read = json.loads(run.stdout)
    for view, path in paths.items():
        graph, back = expected(store_path, view), read[str(path)]
        assert set(back["nodes"]) == set(graph)
        for node, data in graph.nodes(data=True):
            got = back["nodes"][node]
            assert got["label"] == data["label"] and got["type"] == data["type"]
            assert (got.get("start"), got.get("end")) == (data["first_seen"] or None,
                                                          data["last_seen"] or None)
        edges = {}
        for edge in back["edges"]:
            a = edge["a"]
            key = (edge["s"], edge["t"], a["kind"])
            if edge["undirected"]:
                key = (*sorted(key[:2]), a["kind"])
            edges[key] = (a["weight"], a.get("start"), a.get("end"), edge["undirected"])
        assert edges == {(s, t, d["relation"]): (float(d["weight"]), d["first_seen"] or None,
                                                  d["last_seen"] or None, not d["directed"])
                         for s, t, d in graph.edges(data=True)}


def test_stdout_for_rdf_and_refusal_for_csv(store_path):
    trig = export(store_path, "-f", "nquads")
    assert trig.count(b"\n") > 50 and b"<https://w3id.org/berita-kg/" in trig
    result = CliRunner().invoke(main, ["export", "--store", store_path, "-f", "csv", "-o", "-"])
    assert result.exit_code != 0 and "two files" in result.output


def test_actors_view_drops_isolates_unless_asked(store_path):
    connected = build_graph(store_path, Options(view="actors"))
    everyone = build_graph(store_path, Options(view="actors", isolates=True))
    assert all(connected.degree(n) for n in connected)
    assert set(connected) == {n for n in everyone if everyone.degree(n)}
    cooccur = [d for *_, d in connected.edges(data=True) if d["relation"] == "co_mentioned"]
    assert cooccur and all(d["directed"] is False and d["weight"] >= 1 for d in cooccur)
