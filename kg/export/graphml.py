"""GraphML via networkx, with attributes made scalar and XML-safe first."""
from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from kg.export.clean import public_graph


def write_graphml(graph: nx.Graph, out: BinaryIO) -> None:
    """Empty values are left out (GraphML has no null), so each key keeps one type."""
    clean = public_graph(graph)
    for _, data in clean.nodes(data=True):
        _drop_empty(data)
    if clean.is_multigraph():
        # networkx writes the edge key as the edge id: make ids unique (e0, e1, ...)
        edges = list(clean.edges(data=True))
        clean.remove_edges_from(list(clean.edges(keys=True)))
        for index, (source, target, data) in enumerate(edges):
            clean.add_edge(source, target, key=f"e{index}", **data)
    for *_, data in clean.edges(data=True):
        _drop_empty(data)
    nx.write_graphml(clean, out, encoding="utf-8", prettyprint=True)


def _drop_empty(data: dict) -> None:
    for key in [key for key, value in data.items() if value == ""]:
        del data[key]
