"""A read-only SPARQL 1.1 Protocol endpoint over the store (stdlib http.server).

GET /sparql?query=... or POST (form-encoded `query=` or application/sparql-query).
Results: JSON, XML, CSV, TSV by Accept header or `format`/`output` parameter;
CONSTRUCT/DESCRIBE give Turtle, N-Triples, RDF/XML or JSON-LD. Updates are refused.
The default graph is the union of all graphs unless default-graph-uri is given.
"""
from __future__ import annotations

import re

import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg import vocab as V

RESULT_TYPES = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_TYPES = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
}
ALIASES = {"application/json": "json", "text/xml": "xml", "application/xml": "xml",
           "text/plain": "ntriples", "rdf+xml": "rdfxml", "json-ld": "jsonld", "n3": "turtle",
           "nt": "ntriples", "ttl": "turtle"}
MAX_BODY = 10_000_000


def _choose(accept: str, explicit: str | None, table: dict, default: str) -> str:
    if explicit:
        name = explicit.lower()
        name = ALIASES.get(name, name)
        for key, (mime, _) in table.items():
            if name in (key, mime):
                return key
    for part in accept.split(","):
        mime = part.split(";")[0].strip().lower()
        for key, (known, _) in table.items():
            if mime == known:
                return key
        alias = ALIASES.get(mime)
        if alias in table:
            return alias
    return default


class Handler(BaseHTTPRequestHandler):
    store: ox.Store = None   # set by make_server
    server_version = "berita-kg-sparql/0.1"

    def log_message(self, fmt, *args):   # quiet; errors go to stderr below
        pass

    def _send(self, status, body: bytes, mime="text/plain; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", mime)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status, message):
        self._send(status, (message + "\n").encode("utf-8"))

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query", "/"):
            return self._error(HTTPStatus.NOT_FOUND, "SPARQL endpoint is at /sparql")
        params = parse_qs(url.query, keep_blank_values=True)
        if "query" not in params:
            return self._send(HTTPStatus.OK, b"berita-kg read-only SPARQL endpoint: "
                              b"GET or POST /sparql?query=...\n")
        self._answer(params["query"][0], params)

    do_HEAD = do_GET

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query", "/"):
            return self._error(HTTPStatus.NOT_FOUND, "SPARQL endpoint is at /sparql")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            return self._error(HTTPStatus.BAD_REQUEST, "bad Content-Length")
        if length > MAX_BODY:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request too large")
        body = self.rfile.read(length).decode("utf-8", "replace")
        params = parse_qs(url.query, keep_blank_values=True)
        mime = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if mime == "application/sparql-query":
            query = body
        elif mime == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            params.update(form)
            if "update" in form:
                return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            if "query" not in form:
                return self._error(HTTPStatus.BAD_REQUEST, "missing query parameter")
            query = form["query"][0]
        elif mime == "application/sparql-update":
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        else:
            return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                               "POST application/sparql-query or a form with query=")
        self._answer(query, params)

    def _answer(self, query: str, params: dict):
        if uses_service(query):   # the endpoint must not fetch other URLs for its clients
            return self._error(HTTPStatus.FORBIDDEN, "SERVICE (federated query) is disabled on this endpoint")
        kwargs = {"prefixes": dict(V.PREFIXES)}
        defaults = params.get("default-graph-uri")
        named = params.get("named-graph-uri")
        if defaults:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in defaults]
        else:
            kwargs["use_default_graph_as_union"] = True
        if named:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named]
        try:
            result = self.store.query(query, **kwargs)
            accept = self.headers.get("Accept") or ""
            explicit = (params.get("format") or params.get("output") or [None])[0]
            if isinstance(result, ox.QueryTriples):
                key = _choose(accept, explicit, GRAPH_TYPES, "turtle")
                mime, fmt = GRAPH_TYPES[key]
                extra = {"prefixes": dict(V.PREFIXES)} if key == "turtle" else {}
                body = ox.serialize(result, None, fmt, **extra)
            else:
                key = _choose(accept, explicit, RESULT_TYPES, "json")
                mime, fmt = RESULT_TYPES[key]
                body = result.serialize(format=fmt)
        except SyntaxError as error:
            return self._error(HTTPStatus.BAD_REQUEST, "SPARQL syntax error: " + " ".join(str(error).split()))
        except (ValueError, OSError, RuntimeError) as error:
            return self._error(HTTPStatus.BAD_REQUEST, "query failed: " + " ".join(str(error).split()))
        self._send(HTTPStatus.OK, body, mime + ("; charset=utf-8" if mime.startswith("text/") else ""))


_NOT_CODE = re.compile(r'<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def uses_service(query: str) -> bool:
    """Does the query use SERVICE (outside IRIs, strings and comments)?"""
    return bool(_SERVICE.search(_NOT_CODE.sub(" ", query)))


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"store": store})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve_forever(store: ox.Store, host: str, port: int, out=sys.stdout) -> None:
    server = make_server(store, host, port)
    real_host, real_port = server.server_address[:2]
    print(f"SPARQL endpoint: http://{real_host}:{real_port}/sparql (read-only; Ctrl-C to stop)",
          file=out, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
