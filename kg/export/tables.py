"""nodes.csv + edges.csv in the column names Gephi's spreadsheet importer knows:
nodes Id, Label; edges Source, Target, Type, Id, Label, Weight; then attributes."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from kg.export.clean import public_graph
from kg.export.files import replace_files

NODE_FIRST = ["Id", "Label"]
EDGE_FIRST = ["Source", "Target", "Type", "Id", "Label", "Weight"]
# Preferred order of the attribute columns that follow; others come after, sorted.
NODE_ORDER = ["type", "iri", "aliases", "region", "mentions", "first_seen", "last_seen"]
EDGE_ORDER = ["relation", "title", "first_seen", "last_seen"]


def csv_paths(path: str | Path) -> tuple[Path, Path]:
    """A directory (existing, or written with a trailing slash) gets nodes.csv and
    edges.csv; anything else is a prefix: out/kotim -> out/kotim_nodes.csv."""
    text = str(path)
    target = Path(path)
    if target.is_dir() or text.endswith(("/", "\\")):
        return target / "nodes.csv", target / "edges.csv"
    if target.suffix.lower() == ".csv":
        target = target.with_suffix("")
    return (target.with_name(target.name + "_nodes.csv"),
            target.with_name(target.name + "_edges.csv"))


def write_csv(graph: nx.Graph, path: str | Path) -> tuple[Path, Path]:
    clean = public_graph(graph)
    node_rows = []
    for node, data in clean.nodes(data=True):
        row = {key: value for key, value in data.items() if key != "label"}
        row.update(Id=node, Label=data.get("label", node))
        node_rows.append(row)
    edge_rows = []
    edges = (clean.edges(keys=True, data=True) if clean.is_multigraph()
             else ((s, t, None, d) for s, t, d in clean.edges(data=True)))
    for index, (source, target, _, data) in enumerate(edges):
        row = {key: value for key, value in data.items()
               if key not in ("weight", "label", "directed")}
        row.update(Source=source, Target=target, Id=index,
                   Type="Undirected" if data.get("directed") is False else "Directed",
                   Label=data.get("label", data.get("relation", "")),
                   Weight=data.get("weight", 1))
        edge_rows.append(row)

    nodes_path, edges_path = csv_paths(path)
    with replace_files(nodes_path, edges_path, mode="w", encoding="utf-8", newline="") as files:
        for handle, rows, first, order in ((files[0], node_rows, NODE_FIRST, NODE_ORDER),
                                           (files[1], edge_rows, EDGE_FIRST, EDGE_ORDER)):
            writer = csv.DictWriter(handle, fieldnames=_columns(rows, first, order), restval="")
            writer.writeheader()
            writer.writerows(_text(row) for row in rows)
    return nodes_path, edges_path


def _columns(rows: list[dict], first: list[str], order: list[str]) -> list[str]:
    seen = {key for row in rows for key in row} - set(first)
    return first + [key for key in order if key in seen] + sorted(seen - set(order))


def _text(row: dict) -> dict:
    return {key: ("true" if value is True else "false" if value is False else value)
            for key, value in row.items()}
