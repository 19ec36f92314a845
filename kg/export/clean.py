"""Make graph attributes safe for XML and for networkx's writers: scalars only,
no None, no characters XML 1.0 cannot hold."""
from __future__ import annotations

import math
import numbers
import re

import networkx as nx

# Characters XML 1.0 allows: tab, newline, carriage return, and most of the rest.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACE = re.compile(r"\s+")

LIST_JOIN = " | "


def xml_text(value: str) -> str:
    """Drop characters XML 1.0 cannot carry (control chars, lone surrogates, U+FFFE/F)."""
    return _NOT_XML.sub("", value)


def one_line(value: str) -> str:
    """xml_text, with runs of whitespace collapsed: for labels and ids."""
    return _SPACE.sub(" ", xml_text(value)).strip()


def scalar(value):
    """One attribute value as str, int, float or bool; None becomes ""."""
    if value is None:
        return ""
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()    # numpy scalars -> Python scalars
        if value is None:
            return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else ""
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return one_line(LIST_JOIN.join(str(scalar(item)) for item in items if item is not None))
    if isinstance(value, dict):
        return one_line(LIST_JOIN.join(f"{key}={scalar(val)}" for key, val in sorted(value.items())))
    return xml_text(str(value))


def public_graph(graph: nx.Graph) -> nx.Graph:
    """A copy without internal attributes (names starting with "_"), every value a scalar,
    every string XML-safe. Node ids become XML-safe strings."""
    out = graph.__class__()
    ids = {node: one_line(str(node)) for node in graph.nodes}
    if len(set(ids.values())) != len(ids):
        raise ValueError("node ids collide once cleaned for XML")
    for node, data in graph.nodes(data=True):
        out.add_node(ids[node], **_clean_attrs(data))
    if graph.is_multigraph():
        for source, target, key, data in graph.edges(keys=True, data=True):
            out.add_edge(ids[source], ids[target], key=scalar(key), **_clean_attrs(data))
    else:
        for source, target, data in graph.edges(data=True):
            out.add_edge(ids[source], ids[target], **_clean_attrs(data))
    return out


def _clean_attrs(data: dict) -> dict:
    return {xml_text(str(key)): scalar(value) for key, value in data.items()
            if not str(key).startswith("_")}
