"""GraphML via networkx, with attributes made scalar and XML-safe first.

Direction the way GraphML readers (networkx, yEd, Gephi) take it: edgedefault="undirected"
when every edge is undirected; otherwise edgedefault="directed" and each undirected edge
written both ways (a mutual pair, `directed` = false on both), since networkx refuses a
per-edge directed="false" in a directed graph.
"""
from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from kg.export.clean import public_graph


def write_graphml(graph: nx.Graph, out: BinaryIO) -> None:
    """Empty values are left out (GraphML has no null), so each key keeps one type."""
    clean = public_graph(graph)
    for _, data in clean.nodes(data=True):
        _drop_empty(data)
    edges = list(clean.edges(data=True))
    undirected = [data.get("directed") is False for *_, data in edges]
    all_undirected = bool(edges) and all(undirected)
    target = nx.MultiGraph() if all_undirected else nx.MultiDiGraph()
    target.add_nodes_from(clean.nodes(data=True))
    index = 0
    for (source, dest, data), mutual in zip(edges, undirected):
        pairs = [(source, dest)] + ([(dest, source)] if mutual and not all_undirected else [])
        for a, b in pairs:
            # networkx writes the edge key as the edge id: make ids unique (e0, e1, ...)
            target.add_edge(a, b, key=f"e{index}", **data)
            index += 1
    for *_, data in target.edges(data=True):
        _drop_empty(data)
    nx.write_graphml(target, out, encoding="utf-8", prettyprint=True)


def _drop_empty(data: dict) -> None:
    for key in [key for key, value in data.items() if value == ""]:
        del data[key]
