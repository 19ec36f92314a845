"""Quad helpers the link stages share: which IRIs the entity linker owns, tenure subtrees, and
replacing a set of quads by another, writing only the difference."""
from __future__ import annotations

import pyoxigraph as ox

from kg.link.records import LINKED_TYPES


def node(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def is_linked_iri(iri: str, base_iri: str) -> bool:
    return any(iri.startswith(f"{base_iri}{t}/") for t in LINKED_TYPES)


def tenure_tree(store: ox.Store, tenure, graph) -> list[ox.Quad]:
    """A tenure node with its interval and instants."""
    out = list(store.quads_for_pattern(tenure, None, None, graph))
    for q in list(out):
        if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(tenure.value + "/"):
            out += tenure_tree(store, q.object, graph)
    return out


def write_diff(store: ox.Store, old: list[ox.Quad], new: list[ox.Quad]) -> tuple[int, int]:
    """Replace `old` by `new` in one transaction, writing only the difference; (added, removed)."""
    old_set, new_set = set(old), set(new)
    removed, added = old_set - new_set, new_set - old_set
    if removed or added:
        store.update(data_block("DELETE DATA", removed) + " ;\n" + data_block("INSERT DATA", added))
    return len(added), len(removed)


def data_block(keyword: str, quads) -> str:
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    body = "\n".join(f"GRAPH {g} {{\n" + "\n".join(sorted(lines)) + "\n}" for g, lines in sorted(by_graph.items()))
    return f"{keyword} {{\n{body}\n}}"
