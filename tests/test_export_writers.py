"""GEXF / GraphML / CSV writers on graphs built here: schema validity, hostile text,
types networkx's own writer chokes on, atomic replacement."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from lxml import etree

from kg.export.clean import public_graph, scalar, xml_text
from kg.export.files import replace_files
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.tables import csv_paths, write_csv

SCHEMA = Path(__file__).parent / "data" / "gexf-1.3" / "gexf.rng"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
HOSTILE = 'Tom & "Jerry" <b>\x00\x01\x07\x0b\x1f 😀 \ud800 \ufffe\u200b end'


@pytest.fixture(scope="module")
def schema():
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def sample(hostile: bool = False) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    label = HOSTILE if hostile else "Bima Ekawardhana"
    graph.add_node("p/bima", label=label, type="person", iri="https://x/p/bima",
                   aliases=["Bima", HOSTILE if hostile else "B."], region=None,
                   mentions=np.int64(2), first_seen="2017-03-01", last_seen="2017-04-10",
                   _seen={"a1": "2017-03-01"})
    graph.add_node("o/dinsos", label="Dinsosnakertrans Kotim", type="organization",
                   iri="https://x/o/dinsos", aliases=[], region="62.02", mentions=3,
                   first_seen="2017-03-01", last_seen="2017-06-05", score=np.float32(0.5))
    graph.add_node("e/1", label="pelatihan", type="event", mentions=0, first_seen="",
                   last_seen="", flag=np.bool_(True))
    graph.add_edge("p/bima", "o/dinsos", key="heads", relation="heads", title="Kepala",
                   weight=np.int64(2), directed=True, first_seen="2017-03-01",
                   last_seen="2017-04-10", _seen={"a1": "2017-03-01"})
    graph.add_edge("p/bima", "o/dinsos", key="co_event", relation="co_event", title=None,
                   weight=1, directed=False, first_seen="2017-03-01", last_seen="2017-03-01")
    graph.add_edge("o/dinsos", "e/1", key="organizer", relation="organizer", weight=1,
                   directed=True, first_seen="", last_seen="", title=HOSTILE if hostile else "")
    return graph


def gexf_bytes(graph, **options) -> bytes:
    out = io.BytesIO()
    write_gexf(graph, out, **options)
    return out.getvalue()


@pytest.mark.parametrize("dynamic", [False, True])
@pytest.mark.parametrize("hostile", [False, True])
def test_gexf_validates(schema, dynamic, hostile):
    doc = etree.fromstring(gexf_bytes(sample(hostile), dynamic=dynamic))
    assert schema.validate(doc), schema.error_log
    graph = doc.find(f"{GEXF}graph")
    assert (graph.get("mode") == "dynamic") is dynamic
    nodes = {n.get("id"): n for n in doc.iter(f"{GEXF}node")}
    assert set(nodes) == {"p/bima", "o/dinsos", "e/1"}
    assert len(list(doc.iter(f"{GEXF}edge"))) == 3
    if dynamic:
        assert graph.get("timeformat") == "date"
        assert nodes["p/bima"].get("start") == "2017-03-01"
        assert nodes["p/bima"].get("end") == "2017-04-10"
        assert nodes["e/1"].get("start") is None      # undated: always there
    else:
        assert all(n.get("start") is None for n in nodes.values())


def test_networkx_gexf_does_not_validate(schema):
    """The validator bites: networkx's own 1.3 output fails it (hence our writer)."""
    graph = nx.DiGraph()
    graph.add_node("a", label="A", mentions=1)
    graph.add_edge("a", "b", weight=2)
    out = io.BytesIO()
    nx.write_gexf(graph, out, version="1.2draft")
    text = out.getvalue().replace(b"gexf.net/1.2draft", b"gexf.net/1.3")
    text = text.replace(b'version="1.2"', b'version="1.3"')
    assert not schema.validate(etree.fromstring(text))


def test_gexf_attributes_viz_and_hostile_text(schema):
    doc = etree.fromstring(gexf_bytes(sample(hostile=True), dynamic=True))
    bima = next(n for n in doc.iter(f"{GEXF}node") if n.get("id") == "p/bima")
    assert bima.get("label") == 'Tom & "Jerry" <b> 😀 \u200b end'
    values = {v.get("for"): v.get("value") for v in bima.iter(f"{GEXF}attvalue")}
    assert values["mentions"] == "2"
    assert values["aliases"].startswith("Bima | Tom & ")
    assert "region" not in values                      # None: left out, not "None"
    types = {a.get("id"): a.get("type") for a in doc.iter(f"{GEXF}attribute")}
    assert types["mentions"] == "integer" and types["score"] == "double"
    assert types["flag"] == "boolean" and types["region"] == "string"
    assert bima.find(f"{VIZ}color").get("b") == "167"
    sizes = {n.get("id"): float(n.find(f"{VIZ}size").get("value")) for n in doc.iter(f"{GEXF}node")}
    assert sizes["o/dinsos"] > sizes["p/bima"] > sizes["e/1"]
    edges = {e.get("kind"): e for e in doc.iter(f"{GEXF}edge")}
    assert edges["co_event"].get("type") == "mutual"      # undirected, in a directed graph
    assert edges["heads"].get("type") is None and edges["heads"].get("weight") == "2.0"


def test_gexf_dynamic_by_default_only_with_dates(schema):
    assert b'mode="dynamic"' in gexf_bytes(sample())
    undated = sample()
    for _, data in undated.nodes(data=True):
        data["first_seen"] = data["last_seen"] = ""
    assert b'mode="dynamic"' not in gexf_bytes(undated)


def test_graphml_round_trip(tmp_path):
    path = tmp_path / "g.graphml"
    graph = sample(hostile=True)
    graph.add_edge("e/1", "p/bima", key="heads", relation="heads", weight=1)   # key again
    with path.open("wb") as out:
        write_graphml(graph, out)
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back) == {"p/bima", "o/dinsos", "e/1"}
    assert back.number_of_edges() == 5             # the undirected co_event both ways
    bima = back.nodes["p/bima"]
    assert bima["mentions"] == 2 and "region" not in bima
    assert bima["label"] == xml_text(HOSTILE)
    assert back.nodes["o/dinsos"]["region"] == "62.02"
    weights = sorted(d["weight"] for *_, d in back.edges(data=True))
    assert weights == [1, 1, 1, 1, 2]
    ids = [e.get("id") for e in etree.parse(str(path)).iter("{*}edge")]
    assert len(set(ids)) == len(ids) == 5          # Gephi needs unique edge ids
    assert not any(key.startswith("_") for _, d in back.nodes(data=True) for key in d)


def test_csv_columns(tmp_path):
    nodes_path, edges_path = write_csv(sample(hostile=True), f"{tmp_path}/out/")
    assert (nodes_path.name, edges_path.name) == ("nodes.csv", "edges.csv")
    with nodes_path.open(encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with edges_path.open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert list(nodes[0])[:2] == ["Id", "Label"]
    assert list(edges[0])[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    assert {"type", "iri", "aliases", "region", "mentions", "first_seen", "last_seen"} <= set(nodes[0])
    assert {"relation", "title", "first_seen", "last_seen"} <= set(edges[0])
    assert "_seen" not in nodes[0] and "directed" not in edges[0]
    bima = next(row for row in nodes if row["Id"] == "p/bima")
    assert bima["Label"] == xml_text(HOSTILE) and bima["region"] == "" and bima["mentions"] == "2"
    by_label = {row["Label"]: row for row in edges}
    assert by_label["co_event"]["Type"] == "Undirected"
    assert by_label["heads"]["Type"] == "Directed" and by_label["heads"]["Weight"] == "2"


def test_csv_paths():
    assert csv_paths("out/kotim") == (Path("out/kotim_nodes.csv"), Path("out/kotim_edges.csv"))
    assert csv_paths("out/kotim.csv")[1] == Path("out/kotim_edges.csv")
    assert csv_paths("out/")[0] == Path("out/nodes.csv")


def test_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "graph.gexf"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with replace_files(path) as (out,):
            out.write(b"half a file")
            raise RuntimeError("disk full")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.gexf"]
    with replace_files(path) as (out,):
        out.write(b"new")
    assert path.read_bytes() == b"new"


def test_scalar_coercion():
    assert scalar(None) == "" and scalar(np.int64(3)) == 3 and type(scalar(np.int64(3))) is int
    assert scalar(np.bool_(False)) is False and scalar(float("nan")) == ""
    assert scalar(["a", None, "b"]) == "a | b" and scalar({"b", "a"}) == "a | b"
    assert scalar("x\x00y\U0001F600") == "xy\U0001F600"
    clean = public_graph(sample())
    assert all(not isinstance(v, (list, type(None))) for _, d in clean.nodes(data=True)
               for v in d.values())
