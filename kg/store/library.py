"""The library of example queries shipped in kg/queries/*.rq.

Each file starts with a comment header:

    # title: Who heads which agency
    # description: one or more lines
    #   (continuation lines are indented)
    # param: agency = "" -- what it filters

A parameter appears in the query as $name (a SPARQL variable); before running,
every $name is replaced by a string literal: the --param value or the default.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import KgError

MAX_QUERY_BYTES = 10_000_000
_PARAM = re.compile(r'^(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:--\s*(.*))?$')


@dataclass(frozen=True)
class Param:
    name: str
    default: str
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str


def parse_query_file(name: str, text: str) -> NamedQuery:
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": []}
    current = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:]
        match = re.match(r"\s*(title|description|param):\s*(.*)$", body)
        if match:
            current = match.group(1)
            fields[current].append(match.group(2).strip())
        elif current and body.startswith("   ") and body.strip():
            fields[current][-1] += " " + body.strip()
    params = []
    for spec in fields["param"]:
        match = _PARAM.match(spec)
        if not match:
            raise KgError(f"query {name}: bad param line {spec!r} (want: name = \"default\" -- help)")
        params.append(Param(match.group(1), match.group(2).replace('\\"', '"'), match.group(3) or ""))
    return NamedQuery(name, " ".join(fields["title"]), " ".join(fields["description"]),
                      tuple(params), text)


def _library_dir():
    return resources.files("kg").joinpath("queries")


def list_queries() -> list[NamedQuery]:
    out = []
    for entry in sorted(_library_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            out.append(parse_query_file(entry.name[:-3], entry.read_text("utf-8")))
    return out


def load_query(name: str) -> NamedQuery:
    for query in list_queries():
        if query.name == name:
            return query
    names = ", ".join(q.name for q in list_queries())
    raise KgError(f"no query named {name!r}; available: {names}")


def read_query_file(path: str | Path) -> NamedQuery:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_QUERY_BYTES:
            raise KgError(f"{path}: larger than {MAX_QUERY_BYTES // 1_000_000} MB; not a query file")
        data = path.read_bytes()
    except OSError as error:
        raise KgError(f"cannot read query file {path}: {error.strerror or error}") from None
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
    return parse_query_file(path.stem, text)


def sparql_string(value: str) -> str:
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"'


def bind_params(query: NamedQuery, given: dict[str, str]) -> str:
    """The query text with every declared $param replaced by a string literal."""
    known = {p.name for p in query.params}
    unknown = sorted(set(given) - known)
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise KgError(f"query {query.name} has no parameter {unknown[0]!r} (parameters: {allowed})")
    text = query.text
    for p in query.params:
        value = sparql_string(given.get(p.name, p.default))
        text = re.sub(r"\$" + p.name + r"\b", lambda _m: value, text)
    return text
