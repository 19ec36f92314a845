"""`kg export` for graph formats: store -> projection -> filters -> file."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.export import filters
from kg.export.files import replace_files
from kg.export.gexf import has_dates, write_gexf
from kg.export.graphml import write_graphml
from kg.export.project import open_store, project, refresh
from kg.export.tables import write_csv

GRAPH_FORMATS = ("gexf", "graphml", "csv")


@dataclass
class Options:
    view: str = "full"
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    region: str | None = None
    ego: str | None = None
    depth: int = 1
    min_weight: int | None = None
    dynamic: bool | None = None        # None: dynamic when the graph has dates
    isolates: bool | None = None       # None: kept, except in the actors view


def build_graph(store_path: str | Path, options: Options) -> nx.MultiDiGraph:
    with open_store(store_path) as store:
        graph = project(store, options.view)
    if options.types:
        filters.by_type(graph, options.types)
    if options.since or options.until:
        filters.by_date(graph, options.since, options.until)
    if options.region:
        filters.by_region(graph, options.region)
    if options.min_weight is not None:
        filters.by_weight(graph, options.min_weight)
    keep_isolates = options.view != "actors" if options.isolates is None else options.isolates
    if not keep_isolates:
        graph.remove_nodes_from([n for n in list(graph) if not graph.degree(n)])
    if options.ego:
        graph = filters.ego(graph, options.ego, options.depth)
    refresh(graph)
    return graph


def export_graph(store_path: str | Path, fmt: str, out: str | Path,
                 options: Options | None = None) -> tuple[nx.MultiDiGraph, list[Path]]:
    """Write the projection; returns the graph and the files written."""
    options = options or Options()
    if fmt == "csv" and str(out) == "-":
        raise KgError("csv writes two files (nodes, edges): give -o DIR/ or a prefix, not -")
    graph = build_graph(store_path, options)
    if fmt == "csv":
        return graph, list(write_csv(graph, out))   # str kept: a trailing "/" means a directory
    if str(out) == "-":
        write_graph(graph, fmt, sys.stdout.buffer, options)
        sys.stdout.buffer.flush()
        return graph, []
    out = Path(out)
    with replace_files(out) as (handle,):
        write_graph(graph, fmt, handle, options)
    return graph, [out]


def write_graph(graph: nx.MultiDiGraph, fmt: str, handle, options: Options) -> None:
    if fmt == "gexf":
        dynamic = has_dates(graph) if options.dynamic is None else options.dynamic
        write_gexf(graph, handle, dynamic=dynamic, description=describe(options))
    elif fmt == "graphml":
        write_graphml(graph, handle)
    else:
        raise ValueError(f"not a graph format: {fmt}")


def describe(options: Options) -> str:
    parts = [f"berita-kg {options.view} view"]
    if options.types:
        parts.append("types " + ",".join(options.types))
    if options.since or options.until:
        parts.append(f"dates {options.since or '...'} to {options.until or '...'}")
    if options.region:
        parts.append(f"region {options.region}")
    if options.ego:
        parts.append(f"ego {options.ego} depth {options.depth}")
    if options.min_weight is not None:
        parts.append(f"min weight {options.min_weight}")
    if options.isolates is not None:
        parts.append("with isolates" if options.isolates else "without isolates")
    return "; ".join(parts)
