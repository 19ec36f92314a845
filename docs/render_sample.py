"""Render docs/export-sample.png: the full view of the founding article, built by the real
pipeline (`kg build`), drawn with networkx + matplotlib in the colors the GEXF export gives Gephi.
Needs the docs extra: pip install -e '.[docs]'; run: python docs/render_sample.py"""
from __future__ import annotations

import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402

from kg.export.gexf import OTHER_COLOR, TYPE_COLORS, node_size  # noqa: E402
from kg.export.run import Options, build_graph  # noqa: E402
from kg.builder import build  # noqa: E402
from kg.samples import sample_paths  # noqa: E402

OUT = Path(__file__).with_name("export-sample.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        build([str(sample_paths()[0])], tmp)
        graph = build_graph(Path(tmp) / "store", Options(view="full"))
    simple = nx.Graph(graph)
    layout = nx.kamada_kawai_layout(simple)
    colors = [TYPE_COLORS.get(d["type"], OTHER_COLOR) for _, d in graph.nodes(data=True)]
    sizes = [node_size(d["mentions"]) * 40 for _, d in graph.nodes(data=True)]
    labels = {n: d["label"] if len(d["label"]) < 28 else d["label"][:26] + "…"
              for n, d in graph.nodes(data=True)}
    edge_labels = {}
    for source, target, data in graph.edges(data=True):
        edge_labels.setdefault((source, target), []).append(data["relation"])
    fig, ax = plt.subplots(figsize=(11, 8), dpi=110)
    nx.draw_networkx_edges(simple, layout, ax=ax, edge_color="#999999", width=1.2)
    nx.draw_networkx_nodes(graph, layout, ax=ax, node_color=colors, node_size=sizes)
    nx.draw_networkx_labels(graph, layout, labels, ax=ax, font_size=8)
    nx.draw_networkx_edge_labels(simple, layout, {k: ", ".join(sorted(set(v)))
                                                  for k, v in edge_labels.items()},
                                 ax=ax, font_size=6, font_color="#555555")
    for kind, color in TYPE_COLORS.items():
        ax.scatter([], [], color=color, label=kind)
    ax.legend(loc="lower left", frameon=False)
    ax.set_title("kg build + kg export --view full: the founding article (Antara Kalteng)")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
