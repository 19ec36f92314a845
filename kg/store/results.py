"""Writing SPARQL results: table (for people), W3C CSV/TSV/JSON/XML, and RDF for graphs.

One path for `kg query` and `kg serve`: `write_result` picks the format by result
kind, stops once the output passes a size cap, and makes the XML formats well-formed
(XML 1.0 cannot hold NUL and some other characters a literal may contain: dropped).
"""
from __future__ import annotations

import io
import re

import pyoxigraph as ox

from kg.errors import KgError

# name -> (media type, pyoxigraph format); solutions/booleans and graphs apart
SOLUTION_FORMATS = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    "table": ("text/plain", None),
}
GRAPH_FORMATS = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "trig": ("application/trig", ox.RdfFormat.TRIG),
    "nquads": ("application/n-quads", ox.RdfFormat.N_QUADS),
}
# what a `kg query --format` name means for a CONSTRUCT/DESCRIBE result
GRAPH_FOR_CLI = {"json": "jsonld", "csv": "ntriples", "tsv": "ntriples", "xml": "rdfxml",
                 "table": "turtle"}
XML_FORMATS = {"xml", "rdfxml"}
MAX_CELL = 100
# Control characters (C0 but whitespace, DEL, C1) would drive the terminal: shown escaped.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Characters XML 1.0 cannot hold (literals may contain them; the XML formats drop them).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class ResultTooLarge(KgError):
    """The serialized result passed the size cap."""


class CappedBuffer(io.RawIOBase):
    """A binary sink that raises ResultTooLarge once more than `cap` bytes arrive."""

    def __init__(self, cap: int | None):
        self.cap = cap
        self.parts: list[bytes] = []
        self.size = 0

    def writable(self):
        return True

    def write(self, data) -> int:
        self.size += len(data)
        if self.cap is not None and self.size > self.cap:
            raise ResultTooLarge(f"result larger than {self.cap / 1e6:g} MB")
        self.parts.append(bytes(data))
        return len(data)

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def visible(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def xml_safe(data: bytes) -> bytes:
    text = data.decode("utf-8")
    return _NOT_XML.sub("", text).encode("utf-8") if _NOT_XML.search(text) else data


def short(term, prefixes: dict[str, str]) -> str:
    """A readable cell: literal values as-is, IRIs as prefix:name when a prefix fits."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in prefixes.items():
            if term.value.startswith(ns) and "/" not in term.value[len(ns):]:
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def table(result: ox.QuerySolutions, out, prefixes: dict[str, str]) -> None:
    names = [v.value for v in result.variables]
    rows = []
    size = 0
    for solution in result:
        cells = []
        for name in names:
            cell = visible(" ".join(short(solution[name], prefixes).split()))
            cells.append(cell if len(cell) <= MAX_CELL else cell[:MAX_CELL - 1] + "…")
        size += sum(len(c) + 3 for c in cells)
        if out.cap is not None and size > out.cap:
            raise ResultTooLarge(f"result larger than {out.cap / 1e6:g} MB")
        rows.append(cells)
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: " | ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    lines = [line(names), "-+-".join("-" * w for w in widths)]
    lines += [line(r) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))


def write_result(result, solutions: str, graph: str, cap: int | None = None,
                 prefixes: dict[str, str] | None = None) -> tuple[str, bytes]:
    """Serialize a pyoxigraph result: (format name, bytes). `solutions` names the format
    for SELECT/ASK, `graph` the one for CONSTRUCT/DESCRIBE. ResultTooLarge past `cap`.
    `prefixes` shorten IRIs in the table and Turtle (kg.vocab.PREFIXES if not given)."""
    if prefixes is None:
        from kg import vocab as V
        prefixes = V.PREFIXES
    out = CappedBuffer(cap)
    if isinstance(result, ox.QueryTriples):
        name = graph
        kwargs = {"prefixes": dict(prefixes)} if name in ("turtle", "trig") else {}
        ox.serialize(result, out, GRAPH_FORMATS[name][1], **kwargs)
    elif isinstance(result, ox.QueryBoolean) and solutions == "table":
        name = solutions
        out.write(b"true\n" if bool(result) else b"false\n")
    elif solutions == "table":
        name = solutions
        table(result, out, prefixes)
    else:
        name = solutions
        result.serialize(out, SOLUTION_FORMATS[name][1])
    data = out.getvalue()
    return name, (xml_safe(data) if name in XML_FORMATS else data)


def media_type(name: str) -> str:
    mime = (SOLUTION_FORMATS.get(name) or GRAPH_FORMATS[name])[0]
    return mime + "; charset=utf-8" if mime.startswith("text/") else mime


def format_result(result, fmt: str = "table", cap: int | None = None) -> bytes:
    """`kg query --format` output (table, csv, tsv, json, xml) of any result."""
    return write_result(result, fmt, GRAPH_FOR_CLI[fmt], cap)[1]
