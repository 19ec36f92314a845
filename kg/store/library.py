"""The library of queries shipped in kg/queries/*.rq (format: kg/queries/README.md).

Each file is a complete SPARQL 1.1 query (its own PREFIX lines) that runs as-is in any
store. It starts with a comment header:

    # title: Who heads which agency
    # description: one or more lines
    #   (continuation lines are indented)
    # param: agency -- what it filters

and declares its parameters in ONE `VALUES` block whose variables are exactly the
declared parameters, with their defaults (UNDEF: no value, the filter is off; other
VALUES blocks, such as a lookup table joined on a parameter, are left as they are):

    VALUES ?agency { UNDEF }
    VALUES (?region ?from ?to) { ("62.02" UNDEF UNDEF) }

`bind_params` finds that block with the SPARQL grammar (rdflib's parser, not a text
search: comments and strings are skipped) and writes it anew from RDF terms, so a
value is always one term and cannot change the query around it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import KgError

MAX_QUERY_BYTES = 10_000_000
XSD = "http://www.w3.org/2001/XMLSchema#"
# param types: the default's datatype, or `# param: name (type) -- help` when it is UNDEF
TYPES = {"string": XSD + "string", "integer": XSD + "integer", "decimal": XSD + "decimal",
         "date": XSD + "date", "boolean": XSD + "boolean", "iri": "iri",
         "name": XSD + "string",   # name: a string in lower case, matched against bkg:searchName
         "words": XSD + "string"}  # words: lower case, words only, matched against bkg:searchWords
_PARAM = re.compile(r"^(\w+)\s*(?:\((\w+)\))?\s*(?:--\s*(.*))?$")
# Strings, IRIs and comments of a SPARQL text: masked before looking for VALUES
_SKIP = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                   r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_PREFIX = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)


@dataclass(frozen=True)
class Param:
    name: str
    default: object | None      # an rdflib term, or None for UNDEF
    help: str
    type: str                   # a key of TYPES

    @property
    def default_text(self) -> str:
        return "(none)" if self.default is None else str(self.default)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    block: tuple[int, int] | None = None   # span of the parameter VALUES block in text


def parse_query_file(name: str, text: str) -> NamedQuery:
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": []}
    current = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line[1:]
        match = re.match(r"\s*(title|description|param):\s*(.*)$", body)
        if match:
            current = match.group(1)
            fields[current].append(match.group(2).strip())
        elif current and body.startswith("   ") and body.strip():
            fields[current][-1] += " " + body.strip()
    declared = []
    for spec in fields["param"]:
        match = _PARAM.match(spec)
        if not match or (match.group(2) and match.group(2) not in TYPES):
            raise KgError(f"query {name}: bad param line {spec!r} "
                          f"(want: name [(type)] -- help; types {', '.join(TYPES)})")
        declared.append(match.groups())
    block, defaults = _values_block(name, text, [d[0] for d in declared])
    params = []
    for pname, ptype, help_text in declared:
        default = defaults[pname]
        kind = ptype or _kind_of(default)
        params.append(Param(pname, default, help_text or "", kind))
    return NamedQuery(name, " ".join(fields["title"]), " ".join(fields["description"]),
                      tuple(params), text, block)


def _values_block(name: str, text: str, declared: list[str]):
    """(span, {param: default term}) of the VALUES block binding the declared params."""
    if not declared:
        return None, {}
    from rdflib.plugins.sparql.parser import InlineData

    masked = _SKIP.sub(_mask, text)
    prefixes = {p or "": iri for p, iri in _PREFIX.findall(text)}
    wanted = set(declared)
    near = None   # a block binding some of the params: named in the error if none fits
    for _, start, end in InlineData.scan_string(masked):
        block = InlineData.parse_string(text[start:end], parse_all=True)[0]
        names = [str(v) for v in block.get("var", [])]
        if set(names) != wanted or len(names) != len(wanted):
            # another block may share a param's variable (a lookup table joined on it)
            near = near or (names if wanted & set(names) else None)
            continue
        from pyparsing import ParseResults

        rows = [list(row) if isinstance(row, ParseResults) else [row]
                for row in block.get("value", [])]
        if len(rows) != 1 or len(rows[0]) != len(names):
            raise KgError(f"query {name}: the parameter VALUES block must have one row "
                          "of defaults (UNDEF for none)")
        defaults = {n: _term(name, value, prefixes) for n, value in zip(names, rows[0])}
        return (start, end), defaults
    raise KgError(f"query {name}: declares {', '.join(declared)} but has no VALUES block "
                  "binding them (e.g. VALUES ?" + declared[0] + " { UNDEF })"
                  + (f"; the nearest binds {', '.join(near)}" if near else ""))


def _mask(match) -> str:
    """A comment becomes spaces, a string keeps its quotes around x's (same length), so
    a VALUES inside either is not seen and offsets stay those of the text."""
    found = match.group()
    if found[0] == "#":
        return " " * len(found)
    if found[0] == "<":
        return found
    quote = 3 if found[:3] in ('"""', "'''") else 1
    return found[:quote] + re.sub(r"\S", "x", found[quote:-quote]) + found[-quote:]


def _term(name: str, value, prefixes: dict[str, str]):
    from rdflib import Literal, URIRef
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(value, str) and value.upper() == "UNDEF" and not isinstance(value, (Literal, URIRef)):
        return None
    if isinstance(value, (Literal, URIRef)):
        return value
    if isinstance(value, CompValue) and value.name == "literal":
        fields = dict(value)     # CompValue.get answers the key itself when it is absent
        datatype = fields.get("datatype")
        if isinstance(datatype, CompValue):
            datatype = _pname(name, datatype, prefixes)
        return Literal(str(fields["string"]), lang=fields.get("lang"), datatype=datatype)
    if isinstance(value, CompValue) and value.name == "pname":
        return _pname(name, value, prefixes)
    raise KgError(f"query {name}: unsupported default {value!r} in the parameter block")


def _pname(name: str, value, prefixes: dict[str, str]):
    from rdflib import URIRef

    fields = dict(value)
    prefix = fields.get("prefix") or ""
    if prefix not in prefixes:
        raise KgError(f"query {name}: prefix {prefix!r} used in the parameter block is not declared")
    return URIRef(prefixes[prefix] + (fields.get("localname") or ""))


def _kind_of(default) -> str:
    from rdflib import Literal, URIRef

    if isinstance(default, URIRef):
        return "iri"
    if isinstance(default, Literal) and default.datatype:
        for kind, iri in TYPES.items():
            if str(default.datatype) == iri:
                return kind
    return "string"


def _library_dir():
    return resources.files("kg").joinpath("queries")


def list_queries() -> list[NamedQuery]:
    out = []
    for entry in sorted(_library_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            out.append(parse_query_file(entry.name[:-3], entry.read_text("utf-8")))
    return out


def load_query(name: str) -> NamedQuery:
    entry = _library_dir().joinpath(f"{name}.rq")
    if re.fullmatch(r"[\w-]+", name) and entry.is_file():
        return parse_query_file(name, entry.read_text("utf-8"))
    names = ", ".join(sorted(e.name[:-3] for e in _library_dir().iterdir()
                             if e.name.endswith(".rq")))
    raise KgError(f"no query named {name!r}; available: {names}")


def read_query_file(path: str | Path, data: bytes | None = None) -> NamedQuery:
    """A query file (or `data` read from it, e.g. stdin for `-`), checked to be text."""
    path = Path(path)
    if data is None:
        try:
            if path.stat().st_size > MAX_QUERY_BYTES:
                raise KgError(f"{path}: larger than {MAX_QUERY_BYTES // 1_000_000} MB; not a query file")
            data = path.read_bytes()
        except OSError as error:
            raise KgError(f"cannot read query file {path}: {error.strerror or error}") from None
    if len(data) > MAX_QUERY_BYTES:
        raise KgError(f"{path}: larger than {MAX_QUERY_BYTES // 1_000_000} MB; not a query file")
    if b"\0" in data:
        nul = data.index(b"\0")
        raise KgError(f"{path}: binary file (NUL byte at byte offset {nul}), not a SPARQL query")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise KgError(f"{path}: not UTF-8 text (invalid byte at byte offset {error.start})") from None
    body = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not body:
        raise KgError(f"{path}: empty query file (no SPARQL in it)")
    return parse_query_file(path.stem if str(path) != "-" else "stdin", text)


def param_term(query: NamedQuery, param: Param, value):
    """A --param value as the RDF term of the parameter's type (KgError if it does not fit).
    Python values (int, date, bool) are accepted from the API; None means UNDEF."""
    from rdflib import Literal, URIRef

    if value is None or value == "":       # `--param name=`: no value (UNDEF)
        return None
    if isinstance(value, (Literal, URIRef)):
        return value
    kind = param.type
    text = value.isoformat() if isinstance(value, dt.date) else (
        str(value).lower() if isinstance(value, bool) else str(value))
    problem = None
    if kind == "iri":
        if not re.fullmatch(r"[A-Za-z][\w+.-]*:[^<>\"{}|^`\\\s]+", text):
            problem = "an absolute IRI"
        else:
            return URIRef(text)
    elif kind == "integer" and not re.fullmatch(r"[+-]?\d+", text.strip()):
        problem = "an integer"
    elif kind == "decimal" and not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", text.strip()):
        problem = "a decimal number"
    elif kind == "boolean" and text.strip() not in ("true", "false"):
        problem = "true or false"
    elif kind == "name":
        text = " ".join(text.split()).lower()
    elif kind == "words":
        from kg.vocab import name_words

        text = name_words(text)
        if not text:
            problem = "a word"
    elif kind == "date":
        try:
            text = dt.date.fromisoformat(text.strip()).isoformat()
        except ValueError:
            problem = "a date YYYY-MM-DD"
    if problem:
        raise KgError(f"query {query.name}: parameter {param.name} wants {problem}, got {value!r}")
    if kind in ("string", "name", "words"):       # plain: Virtuoso tells "x" from "x"^^xsd:string
        return Literal(text)
    return Literal(text.strip(), datatype=TYPES[kind])


def bind_params(query: NamedQuery, given: dict) -> str:
    """The query with its parameter VALUES block rewritten: given values, defaults for
    the rest. Without parameters (or values) the text is returned unchanged."""
    known = {p.name for p in query.params}
    unknown = sorted(set(given) - known)
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise KgError(f"query {query.name} has no parameter {unknown[0]!r} (parameters: {allowed})")
    if not given or query.block is None:
        return query.text
    terms = [param_term(query, p, given[p.name]) if p.name in given else p.default
             for p in query.params]
    names = " ".join(f"?{p.name}" for p in query.params)
    values = " ".join("UNDEF" if term is None else term.n3() for term in terms)
    block = f"VALUES ({names}) {{ ({values}) }}"
    start, end = query.block
    return query.text[:start] + block + query.text[end:]
