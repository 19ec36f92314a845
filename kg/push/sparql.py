"""Read back from a SPARQL 1.1 Protocol endpoint: queries go form-encoded
(POSTing application/sparql-query hangs Virtuoso 7)."""
from __future__ import annotations

import requests

from kg.errors import KgError


def select(url: str, query: str, auth=None, timeout: float = 120.0) -> list[dict]:
    """The JSON result bindings of a SELECT query: [{var: {"type", "value", ...}}]."""
    try:
        response = requests.post(url, data={"query": query}, auth=auth, timeout=timeout,
                                 headers={"Accept": "application/sparql-results+json"})
    except requests.RequestException as error:
        raise KgError(f"query to {url} failed: {type(error).__name__}") from None
    if response.status_code != 200:
        raise KgError(f"query to {url}: HTTP {response.status_code} "
                      f"{' '.join(response.text.split())[:300]}")
    return response.json()["results"]["bindings"]


def graph_counts(url: str, graphs, auth=None) -> dict[str, int]:
    """Triples per graph for the given graphs only (a store's own system graphs are
    not kg's and stay out of the count)."""
    graphs = sorted(graphs)
    counts: dict[str, int] = {g: 0 for g in graphs}
    for start in range(0, len(graphs), 200):
        values = " ".join(f"<{g}>" for g in graphs[start:start + 200])
        rows = select(url, "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { " + values + " } "
                      "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", auth=auth)
        for row in rows:
            counts[row["g"]["value"]] = int(row["n"]["value"])
    return counts
