"""GEXF 1.3 writer (lxml), valid against the official RELAX NG schema.

Written directly rather than through networkx.write_gexf, which emits graph attributes
and an xsi namespace the 1.3 schema rejects. Adds what Gephi uses at first load:
viz:color by node type, viz:size by mention count, edge `kind` (so parallel edges of
different relations stay apart), and, in dynamic mode, node/edge start/end dates for
the timeline (also as `start`/`end` attributes, for readers that skip the XML ones).
Undirected edges: defaultedgetype="undirected" when every edge is, else type="mutual" in
a directed graph (networkx reads both directions, graphology one undirected edge).
"""
from __future__ import annotations

import math
import re
from typing import BinaryIO

import networkx as nx
from lxml import etree

from kg.export.clean import one_line, public_graph

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

TYPE_COLORS = {
    "person": "#4E79A7",
    "organization": "#F28E2B",
    "place": "#59A14F",
    "event": "#E15759",
}
OTHER_COLOR = "#BAB0AC"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT32 = (-(2**31), 2**31 - 1)
# Attributes written as GEXF node/edge attributes of their own, not as attvalues.
_NODE_OWN = {"label"}
_EDGE_OWN = {"label", "weight", "directed"}


def node_size(mentions) -> float:
    """Size grows with the log of the mention count: 4 for none, 10 for one, ~64 for 1000."""
    count = mentions if isinstance(mentions, (int, float)) and mentions > 0 else 0
    return round(4 + 6 * math.log2(1 + count), 2)


def has_dates(graph: nx.Graph) -> bool:
    return any(_is_date(data.get("first_seen")) for _, data in graph.nodes(data=True))


def write_gexf(graph: nx.Graph, out: BinaryIO, *, dynamic: bool | None = None,
               description: str = "") -> None:
    """Write `graph` as GEXF 1.3 to a binary file. dynamic=None: dynamic when dates exist."""
    graph = public_graph(graph)
    if dynamic is None:
        dynamic = has_dates(graph)
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "viz": VIZ_NS},
                         version="1.3")
    meta = etree.SubElement(root, _g("meta"))
    etree.SubElement(meta, _g("creator")).text = "berita-kg"
    if description:
        etree.SubElement(meta, _g("description")).text = description

    # directed edges first: graphology takes the graph's type from the first edge
    edge_list = sorted(_edges(graph), key=lambda edge: edge[2].get("directed") is False)
    # One default for the readers that want one (networkx refuses "undirected" edges in a
    # directed graph): all undirected -> undirected; else directed, undirected ones "mutual".
    undirected = [data.get("directed") is False for *_, data in edge_list]
    default = "undirected" if undirected and all(undirected) else "directed"
    g = etree.SubElement(root, _g("graph"), defaultedgetype=default)
    if dynamic:
        g.set("mode", "dynamic")
        g.set("timeformat", "date")
        # the interval also as attributes: readers that skip start/end (graphology) keep it
        for data in [d for _, d in graph.nodes(data=True)] + [d for *_, d in edge_list]:
            if _is_date(data.get("first_seen")):
                data["start"] = data["first_seen"]
            if _is_date(data.get("last_seen")):
                data["end"] = data["last_seen"]

    node_columns = _columns((data for _, data in graph.nodes(data=True)), _NODE_OWN)
    edge_columns = _columns((data for *_, data in _edges(graph)), _EDGE_OWN)
    _declare(g, "node", node_columns)
    _declare(g, "edge", edge_columns)

    nodes = etree.SubElement(g, _g("nodes"), count=str(graph.number_of_nodes()))
    for node, data in graph.nodes(data=True):
        element = etree.SubElement(nodes, _g("node"), id=node,
                                   label=one_line(str(data.get("label") or node)))
        if dynamic:
            _set_span(element, data)
        _attvalues(element, data, node_columns)
        color = TYPE_COLORS.get(str(data.get("type", "")), OTHER_COLOR)
        etree.SubElement(element, _v("color"), r=str(int(color[1:3], 16)),
                         g=str(int(color[3:5], 16)), b=str(int(color[5:7], 16)))
        etree.SubElement(element, _v("size"), value=str(node_size(data.get("mentions"))))

    edges = etree.SubElement(g, _g("edges"), count=str(len(edge_list)))
    for index, (source, target, data) in enumerate(edge_list):
        element = etree.SubElement(edges, _g("edge"), id=str(index), source=source,
                                   target=target)
        if data.get("directed") is False and default == "directed":
            element.set("type", "mutual")
        relation = one_line(str(data.get("relation", "")))
        if relation:
            element.set("label", relation)
            element.set("kind", relation)
        weight = data.get("weight")
        if isinstance(weight, (int, float)) and not isinstance(weight, bool):
            element.set("weight", repr(float(weight)))
        if dynamic:
            _set_span(element, data)
        _attvalues(element, data, edge_columns)

    out.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _edges(graph):
    if graph.is_multigraph():
        return ((s, t, d) for s, t, _, d in graph.edges(keys=True, data=True))
    return graph.edges(data=True)


def _columns(rows, own: set[str]) -> dict[str, str]:
    """Attribute name -> GEXF type, from the values seen ("" values do not vote)."""
    seen: dict[str, set[str]] = {}
    for data in rows:
        for key, value in data.items():
            if key in own:
                continue
            kinds = seen.setdefault(key, set())
            if value != "":
                kinds.add(_kind(value))
    columns = {}
    for key in sorted(seen):
        kinds = seen[key]
        if kinds == {"boolean"}:
            columns[key] = "boolean"
        elif kinds and kinds <= {"integer"}:
            columns[key] = "integer"
        elif kinds and kinds <= {"integer", "long"}:
            columns[key] = "long"
        elif kinds and kinds <= {"integer", "long", "double"}:
            columns[key] = "double"
        else:
            columns[key] = "string"
    return columns


def _kind(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer" if _INT32[0] <= value <= _INT32[1] else "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _declare(graph_element, cls: str, columns: dict[str, str]) -> None:
    if not columns:
        return
    block = etree.SubElement(graph_element, _g("attributes"), {"class": cls, "mode": "static"})
    for key, kind in columns.items():
        etree.SubElement(block, _g("attribute"), id=key, title=key, type=kind)


def _attvalues(element, data: dict, columns: dict[str, str]) -> None:
    values = [(key, data[key]) for key in columns if data.get(key, "") != ""]
    if not values:
        return
    block = etree.SubElement(element, _g("attvalues"))
    for key, value in values:
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif columns[key] == "string":
            text = str(value)
        else:
            text = repr(value) if isinstance(value, float) else str(value)
        etree.SubElement(block, _g("attvalue"), {"for": key, "value": text})


def _set_span(element, data: dict) -> None:
    start, end = data.get("first_seen"), data.get("last_seen")
    if _is_date(start):
        element.set("start", start)
    if _is_date(end):
        element.set("end", end)


def _is_date(value) -> bool:
    return isinstance(value, str) and bool(_DATE.match(value))


def _g(tag: str) -> str:
    return f"{{{GEXF_NS}}}{tag}"


def _v(tag: str) -> str:
    return f"{{{VIZ_NS}}}{tag}"
