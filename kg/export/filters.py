"""Filters on a projected graph. Each works on the `_seen` maps and ends with
`refresh`, so weights and dates always match what is left."""
from __future__ import annotations

import datetime as dt

import networkx as nx

from kg.errors import KgError
from kg.export.project import TYPES, refresh


def by_type(graph: nx.MultiDiGraph, types) -> None:
    """Keep nodes of these types (and the edges between them)."""
    types = set(types)
    unknown = types - set(TYPES)
    if unknown:
        raise KgError(f"unknown type {sorted(unknown)[0]!r}: choose from {', '.join(TYPES)}")
    graph.remove_nodes_from([n for n, d in graph.nodes(data=True) if d["type"] not in types])


def by_date(graph: nx.MultiDiGraph, since: str | None = None, until: str | None = None) -> None:
    """Keep what articles published in [since, until] support (ISO dates, inclusive).
    Undated articles drop out. Edges no article states (gazetteer containment) stay
    between nodes that stay, and pull in the places they lead to."""
    since, until = _iso(since, "--since"), _iso(until, "--until")
    if since and until and since > until:
        raise KgError(f"--since {since} is after --until {until}")

    def inside(date) -> bool:
        return bool(date) and (not since or date >= since) and (not until or date <= until)

    for _, data in graph.nodes(data=True):
        data["_seen"] = {art: date for art, date in data["_seen"].items() if inside(date)}
    for *_, data in graph.edges(data=True):
        data["_seen"] = {art: date for art, date in data["_seen"].items() if inside(date)}
    graph.remove_edges_from([(s, t, k) for s, t, k, d in graph.edges(keys=True, data=True)
                             if not d["_seen"] and not d.get("_structural")])
    keep = {n for n, d in graph.nodes(data=True) if d["_seen"]}
    keep |= {n for s, t, d in graph.edges(data=True) if d["_seen"] for n in (s, t)}
    todo = list(keep)
    while todo:   # follow structural edges outward (Sampit -> Kotim -> Kalteng)
        for _, target, data in graph.out_edges(todo.pop(), data=True):
            if data.get("_structural") and not data["_seen"] and target not in keep:
                keep.add(target)
                todo.append(target)
    graph.remove_nodes_from([n for n in list(graph) if n not in keep])
    refresh(graph)


def by_region(graph: nx.MultiDiGraph, code: str) -> None:
    """Keep nodes in region `code` or below it ("62" keeps "62.02"), and the nodes
    without a region (persons, events) linked to them."""
    code = code.strip().rstrip(".")
    if not code:
        raise KgError("--region needs a Kepmendagri code such as 62 or 62.02")

    def within(region: str) -> bool:
        return region == code or region.startswith(code + ".")

    inside = {n for n, d in graph.nodes(data=True) if within(d.get("region", ""))}
    linked = {other for n in inside for other in nx.all_neighbors(graph, n)
              if not graph.nodes[other].get("region")}
    graph.remove_nodes_from([n for n in list(graph) if n not in inside | linked])


def by_weight(graph: nx.MultiDiGraph, minimum: int) -> None:
    """Drop edges lighter than `minimum`, and the nodes that lose their last edge."""
    had_edges = {n for n in graph if graph.degree(n)}
    graph.remove_edges_from([(s, t, k) for s, t, k, d in graph.edges(keys=True, data=True)
                             if d["weight"] < minimum])
    graph.remove_nodes_from([n for n in had_edges if not graph.degree(n)])


def ego(graph: nx.MultiDiGraph, who: str, depth: int = 1) -> nx.MultiDiGraph:
    """The neighbourhood of one node (by IRI, label or alias), `depth` hops either way."""
    if depth < 0:
        raise KgError("--depth must be 0 or more")
    center = find_node(graph, who)
    return nx.ego_graph(graph, center, radius=depth, undirected=True).copy()


def find_node(graph: nx.MultiDiGraph, who: str) -> str:
    if who in graph:
        return who
    wanted = who.strip().casefold()
    by_label = [n for n, d in graph.nodes(data=True) if d["label"].casefold() == wanted]
    matches = by_label or [n for n, d in graph.nodes(data=True)
                           if wanted in (alias.casefold() for alias in d["aliases"])]
    if not matches:
        raise KgError(f"--ego: no node with IRI, label or alias {who!r} in this view")
    if len(matches) > 1:
        shown = ", ".join(sorted(matches)[:5])
        raise KgError(f"--ego: {who!r} names {len(matches)} nodes ({shown}); pass an IRI")
    return matches[0]


def _iso(value: str | None, flag: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise KgError(f"{flag} wants a date as YYYY-MM-DD, got {value!r}") from None
