"""The store's named graphs as N-Triples payloads, with a content hash each."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class GraphPayload:
    iri: str
    ntriples: bytes      # sorted lines: the same content always gives the same bytes
    quads: int

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.ntriples).hexdigest()


def graph_names(store: ox.Store) -> list[str]:
    """Every named graph: the articles' and the corpus-level ones (graph/entities, ...)."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def graph_payload(store: ox.Store, iri: str) -> GraphPayload:
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri))
    lines = sorted(line for line in data.splitlines() if line.strip())
    return GraphPayload(iri, b"\n".join(lines) + b"\n" if lines else b"", len(lines))
