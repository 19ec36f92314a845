"""Formatting SPARQL results: table (for people), and W3C CSV, TSV, JSON, XML."""
from __future__ import annotations

import re

import pyoxigraph as ox

from kg import vocab as V

W3C_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {"json": ox.RdfFormat.JSON_LD, "csv": ox.RdfFormat.N_TRIPLES,
                 "tsv": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
                 "table": ox.RdfFormat.TURTLE}
MAX_CELL = 100
# Control characters (C0 but whitespace, DEL, C1) would drive the terminal: shown escaped.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Characters XML 1.0 cannot hold (literals may contain them; the XML formats drop them).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def visible(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def xml_safe(data: bytes) -> bytes:
    text = data.decode("utf-8")
    return _NOT_XML.sub("", text).encode("utf-8") if _NOT_XML.search(text) else data


def short(term, prefixes=V.PREFIXES) -> str:
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


def table(result: ox.QuerySolutions) -> str:
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        cells = []
        for name in names:
            cell = visible(" ".join(short(solution[name]).split()))
            cells.append(cell if len(cell) <= MAX_CELL else cell[:MAX_CELL - 1] + "…")
        rows.append(cells)
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: " | ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(names), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_result(result, fmt: str = "table") -> bytes:
    data = _format(result, fmt)
    return xml_safe(data) if fmt == "xml" else data


def _format(result, fmt: str) -> bytes:
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            return (b"true\n" if bool(result) else b"false\n")
        return result.serialize(format=W3C_FORMATS[fmt])
    if isinstance(result, ox.QuerySolutions):
        if fmt == "table":
            return table(result).encode("utf-8")
        return result.serialize(format=W3C_FORMATS[fmt])
    # CONSTRUCT / DESCRIBE
    kwargs = {"prefixes": dict(V.PREFIXES)} if fmt == "table" else {}
    return ox.serialize(result, None, GRAPH_FORMATS[fmt], **kwargs)
