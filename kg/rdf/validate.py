"""SHACL validation of the graph with pyshacl and ontologies/shapes.ttl."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rdflib import Graph
from rdflib.namespace import SH


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    shape: str
    severity: str

    def line(self) -> str:
        path = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{path}: {self.message}"


def ontology_text(name: str) -> str:
    """berita.ttl or shapes.ttl as shipped in the package (kg/ontologies/)."""
    return resources.files("kg").joinpath("ontologies", name).read_text("utf-8")


def shapes_graph() -> Graph:
    graph = Graph()
    graph.parse(data=ontology_text("shapes.ttl"), format="turtle")
    return graph


def validate_graph(data: Graph) -> list[Violation]:
    """Run the shapes over `data` (the union of the store's graphs)."""
    from pyshacl import validate

    _, report, _ = validate(data, shacl_graph=shapes_graph(), inference="none",
                            advanced=False, allow_warnings=True)
    out = []
    for result in report.subjects(predicate=SH.resultSeverity):
        def value(p):
            v = report.value(result, p)
            return "" if v is None else str(v)
        severity = value(SH.resultSeverity).rsplit("#", 1)[-1]
        out.append(Violation(value(SH.focusNode), value(SH.resultPath),
                             " ".join(value(SH.resultMessage).split()),
                             value(SH.sourceShape), severity))
    # the same problem found by two shapes is reported once
    unique = {(v.focus, v.path, v.message, v.severity): v for v in out}
    return [unique[k] for k in sorted(unique)]


def validate_ntriples(data: bytes) -> list[Violation]:
    graph = Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return validate_graph(graph)
