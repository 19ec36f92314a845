"""The Python API (docs/API.md): build, open a store, run library queries, export, push.

    import kg
    store = kg.build(["articles.jsonl", {"id": "a1", "title": "...", "text": "..."}], out="output")
    rows = store.query_named("heads", agency="Dinsos")   # list of dicts
    rows.to_pandas()                                      # a DataFrame (needs pandas)
    store.export("actors.gexf", view="actors")

A Store holds only its path: each call opens the on-disk store briefly (read-only,
shared lock), so a build or `kg serve` elsewhere is not blocked for long.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from kg.errors import KgError

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {"integer", "int", "long", "short", "byte", "nonNegativeInteger",
            "positiveInteger", "negativeInteger", "nonPositiveInteger",
            "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"}

__all__ = ["build", "open_store", "Store", "Rows", "list_queries"]


class Rows(list):
    """Query results: a list of dicts {column: Python value}; unbound cells are None.
    IRIs are str, xsd:integer int, xsd:decimal Decimal, xsd:double float, xsd:boolean
    bool, xsd:date datetime.date, other literals str."""

    def __init__(self, rows: Iterable[dict], columns: list[str]):
        super().__init__(rows)
        self.columns = columns

    def to_pandas(self):
        """The rows as a pandas DataFrame (pandas is optional: pip install pandas)."""
        try:
            import pandas
        except ImportError:
            raise KgError("to_pandas() needs pandas: pip install pandas") from None
        return pandas.DataFrame(list(self), columns=self.columns)


def python_value(term) -> Any:
    """One pyoxigraph term as a plain Python value."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        local = datatype[len(XSD):] if datatype.startswith(XSD) else ""
        try:
            if local in _NUMBERS:
                return int(term.value)
            if local == "decimal":
                return Decimal(term.value)
            if local in ("double", "float"):
                return float(term.value)
            if local == "boolean":
                return term.value in ("true", "1")
            if local == "date":
                return dt.date.fromisoformat(term.value[:10])
        except ValueError:
            return term.value
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


class Store:
    """A berita-kg store on disk (the `store/` directory `kg build` writes)."""

    def __init__(self, path: str | os.PathLike):
        from kg.store.store import _is_store

        self.path = Path(path)
        if not _is_store(self.path):
            raise KgError(f"no store at {self.path} (build one with kg.build(...) or `kg build`)")

    def __repr__(self) -> str:
        return f"kg.Store({str(self.path)!r})"

    def _open(self):
        from kg.store.store import KgStore

        return KgStore.open(self.path)

    # --- queries ---------------------------------------------------------
    def query(self, sparql: str) -> Rows:
        """Any SELECT query (the union of all graphs is the default graph)."""
        with self._open() as store:
            result = store.query(sparql)
            try:
                columns = [v.value for v in result.variables]
            except AttributeError:
                raise KgError("query() wants a SELECT query; use dataset() for the RDF") from None
            return Rows(({c: python_value(row[c]) for c in columns} for row in result), columns)

    def query_named(self, name: str, /, **params) -> Rows:
        """A library query (kg/queries/NAME.rq) with parameters by name, e.g.
        query_named("events-in-region", region="62", **{"from": "2017-01-01"}).
        A parameter given as None is UNDEF (its filter off)."""
        from kg.store.library import bind_params, load_query

        return self.query(bind_params(load_query(name), params))

    def counts(self) -> dict[str, int]:
        """Quads per named graph."""
        with self._open() as store:
            return store.graph_counts()

    def articles(self) -> list[str]:
        with self._open() as store:
            return store.article_ids()

    # --- RDF and graphs ----------------------------------------------------
    def dataset(self):
        """The whole store as an rdflib Dataset (named graphs kept). Holds every quad in
        memory through rdflib: fine for thousands of articles, slow beyond."""
        import io

        import rdflib

        buffer = io.BytesIO()
        with self._open() as store:
            store.dump(buffer, "nquads")
        dataset = rdflib.Dataset()
        dataset.parse(data=buffer.getvalue(), format="nquads")
        return dataset

    def graph(self, view: str = "full", **filters):
        """The networkx MultiDiGraph `kg export` writes (filters as in kg.export.run.Options:
        types, since, until, region, ego, depth, min_weight, isolates)."""
        from kg.export.run import Options, build_graph

        return build_graph(self.path, Options(view=view, **_tuple_types(filters)))

    def export(self, out: str | os.PathLike, format: str | None = None, view: str = "full",
               **filters) -> list[Path]:
        """Write gexf, graphml or csv (the view, filtered) or an RDF format (trig, nquads,
        turtle, ntriples, jsonld). format: from the file suffix when None. Returns the files."""
        from kg.export.files import replace_files
        from kg.export.run import GRAPH_FORMATS, Options, export_graph
        from kg.store.store import FORMATS

        fmt = format or _format_of(out)
        if fmt in GRAPH_FORMATS:
            options = Options(view=view, **_tuple_types(filters))
            return export_graph(self.path, fmt, out, options)[1]
        if fmt not in FORMATS:
            raise KgError(f"unknown format {fmt!r}: choose from "
                          f"{', '.join(GRAPH_FORMATS + tuple(FORMATS))}")
        if filters or view != "full":
            raise KgError(f"view and filters apply to {', '.join(GRAPH_FORMATS)}, not to {fmt}")
        with self._open() as store, replace_files(Path(out)) as (handle,):
            store.dump(handle, fmt)
        return [Path(out)]

    def push(self, endpoint: str, user: str | None = None, password: str | None = None,
             auth: str = "digest", full: bool = False):
        """`kg push`: the graphs changed since the last push to `endpoint` (a SPARQL 1.1
        Graph Store Protocol URL). Returns a kg.push.run.PushReport."""
        from kg.push.gsp import Endpoint
        from kg.push.run import push

        return push(self.path, Endpoint(endpoint, user=user, password=password, auth=auth),
                    full=full)


def open_store(path: str | os.PathLike = "output/store") -> Store:
    """A store written by `kg build` (the directory, or the build's out directory)."""
    path = Path(path)
    if not (path / "CURRENT").is_file() and (path / "store" / "CURRENT").is_file():
        path = path / "store"
    return Store(path)


def build(inputs, out: str | os.PathLike = "output", *, base_iri: str | None = None,
          workers: int = 1, ner_model: str | None = None, skip_bad: bool = False,
          batch_size: int | None = None) -> Store:
    """Run the whole pipeline (NER, extraction, resolution, store) as `kg build` does.

    inputs: one or a list of paths (.txt, .jsonl, directories) and/or article dicts with
    the JSONL fields (id, title, text; optional date, source, source_url). Articles
    already in the store are replaced. Returns the Store; its build summary is
    `store.summary` (a kg.builder.BuildSummary)."""
    from kg.builder import build as run_build

    if isinstance(inputs, (str, os.PathLike, dict)):
        inputs = [inputs]
    inputs = list(inputs)
    paths = [os.fspath(item) for item in inputs if not isinstance(item, dict)]
    records = [item for item in inputs if isinstance(item, dict)]
    out = Path(out)
    temp = None
    try:
        if records:
            out.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".articles.", suffix=".jsonl", dir=out)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            paths.append(temp)
        if not paths:
            raise KgError("kg.build: no inputs (give paths or article dicts)")
        summary = run_build(paths, out, skip_bad=skip_bad, ner_model=ner_model,
                            base_iri=base_iri, workers=workers, batch_size=batch_size)
    finally:
        if temp:
            os.unlink(temp)
    store = Store(out / "store")
    store.summary = summary
    return store


def list_queries():
    """The library: [NamedQuery(name, title, description, params, text)]."""
    from kg.store.library import list_queries as library

    return library()


def _format_of(out) -> str:
    suffix = Path(out).suffix.lower().lstrip(".")
    formats = {"gexf": "gexf", "graphml": "graphml", "csv": "csv", "trig": "trig",
               "nq": "nquads", "nquads": "nquads", "ttl": "turtle", "nt": "ntriples",
               "jsonld": "jsonld", "json": "jsonld"}
    if str(out).endswith(("/", os.sep)):
        return "csv"
    if suffix not in formats:
        raise KgError(f"cannot tell the format of {out}: pass format=")
    return formats[suffix]


def _tuple_types(filters: dict) -> dict:
    if "types" in filters and isinstance(filters["types"], str):
        filters = {**filters, "types": (filters["types"],)}
    elif "types" in filters:
        filters = {**filters, "types": tuple(filters["types"])}
    return filters
