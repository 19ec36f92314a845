"""Serializing quads with rdflib (small graphs: one article, tests, JSON-LD).

For whole stores use KgStore.dump (pyoxigraph): rdflib needs 36-105 s per
million triples, pyoxigraph about 1 s.
"""
from __future__ import annotations

from rdflib import Dataset, Graph, URIRef

from kg import vocab as V

# format name -> rdflib format; dataset formats keep named graphs
RDFLIB_FORMATS = {
    "trig": "trig",
    "nquads": "nquads",
    "turtle": "turtle",
    "ntriples": "nt",
    "jsonld": "json-ld",
}
DATASET_FORMATS = {"trig", "nquads"}


def to_dataset(quads) -> Dataset:
    ds = Dataset()
    for prefix, ns in V.PREFIXES.items():
        ds.bind(prefix, ns)
    for s, p, o, g in quads:
        ds.graph(URIRef(str(g))).add((s, p, o))
    return ds


def merged_graph(quads) -> Graph:
    graph = Graph()
    for prefix, ns in V.PREFIXES.items():
        graph.bind(prefix, ns)
    for s, p, o, _ in quads:
        graph.add((s, p, o))
    return graph


def serialize_quads(quads, fmt: str = "trig") -> str:
    """trig/nquads keep the named graphs; turtle/ntriples/jsonld give the merged view."""
    if fmt not in RDFLIB_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose from {', '.join(RDFLIB_FORMATS)}")
    quads = list(quads)
    target = to_dataset(quads) if fmt in DATASET_FORMATS else merged_graph(quads)
    kwargs = {"context": jsonld_context(), "auto_compact": True} if fmt == "jsonld" else {}
    return target.serialize(format=RDFLIB_FORMATS[fmt], **kwargs)


def jsonld_context() -> dict:
    return {prefix: ns for prefix, ns in V.PREFIXES.items()}


def jsonld_from_ntriples(data: bytes) -> bytes:
    """Merged-view JSON-LD (compacted with the berita-kg prefixes) from N-Triples."""
    graph = Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    text = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    return text.encode("utf-8")
