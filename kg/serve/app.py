"""The Starlette app of `kg serve`: SPARQL 1.1 Protocol (query), Service Description,
Graph Store Protocol (read side), the query page and entity pages.

Queries run in a QueryPool (kg.store.worker): each under a time limit, a memory
bound and a result cap; a client that goes away cancels its query. Updates and
SERVICE are refused.
"""
from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass
from importlib import resources
from urllib.parse import parse_qs

import anyio
import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.serve import pages, protocol
from kg.store.results import media_type
from kg.store.worker import Job, QueryFailed, QueryPool, QueryStopped


@dataclass(frozen=True)
class Settings:
    max_body: int = 1_000_000        # bytes of a POSTed query
    drain_body: int = 64_000_000     # an over-size body is read (and dropped) up to this, then 413
    body_timeout: float = 30.0       # seconds to receive a request body
    max_waiting: int = 512           # requests queued for a worker before 503


class Endpoint:
    def __init__(self, pool: QueryPool, settings: Settings = Settings()):
        self.pool = pool
        self.settings = settings
        self.slots = asyncio.Semaphore(pool.size)
        self.waiting = 0
        self._graphs: list[str] | None = None

    # --- running queries --------------------------------------------------
    async def run(self, request: Request, job: Job):
        """(answer, None) or (None, error response); cancelled when the client leaves."""
        if self.waiting >= self.settings.max_waiting:
            return None, _error(503, "too many queries waiting; try again shortly")
        cancel = threading.Event()
        outcome = [None, _error(503, "query cancelled: the client went away")]

        async def watch(scope):
            while not await request.is_disconnected():
                await anyio.sleep(0.1)
            cancel.set()
            scope.cancel()

        async def work(scope):
            self.waiting += 1
            try:
                with anyio.move_on_after(self.pool.limits.timeout * 2) as waited:
                    await self.slots.acquire()
            finally:
                self.waiting -= 1
            if waited.cancelled_caught:
                outcome[1] = _error(503, "all query workers are busy; try again shortly")
                scope.cancel()
                return
            try:
                answer = await anyio.to_thread.run_sync(self.pool.run, job, cancel)
                outcome[:] = [answer, None]
            except QueryFailed as error:
                outcome[1] = _error(error.status, str(error))
            except QueryStopped as error:
                outcome[1] = _error(503, str(error))
            finally:
                self.slots.release()
                scope.cancel()

        async with anyio.create_task_group() as group:
            group.start_soon(watch, group.cancel_scope)
            group.start_soon(work, group.cancel_scope)
        return outcome[0], outcome[1]

    async def select(self, request: Request, query: str) -> list[dict] | None:
        """Rows of a SELECT as {var: value} (None if the query failed)."""
        answer, _ = await self.run(request, Job.make(query, "json"))
        if answer is None:
            return None
        bindings = json.loads(answer.body)["results"]["bindings"]
        return [{k: v["value"] for k, v in row.items()} for row in bindings]

    async def graphs(self, request: Request) -> list[str]:
        if self._graphs is None:
            rows = await self.select(request, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g")
            if rows is None:
                return []
            self._graphs = [r["g"] for r in rows]
        return self._graphs

    # --- /sparql ----------------------------------------------------------
    async def sparql(self, request: Request) -> Response:
        params = _multi(request.query_params.multi_items())
        if request.method not in ("GET", "HEAD", "POST") or (
                request.method == "POST" and ("graph" in params or "default" in params)):
            return _error(403, "this endpoint is read-only (updates are refused)")
        if request.method == "POST":
            body, problem = await self._read_body(request)
            if problem is not None:
                return problem
            mime = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
            if mime == "application/sparql-query":
                query = body
            elif mime == "application/x-www-form-urlencoded":
                form = parse_qs(body, keep_blank_values=True)
                if "update" in form:
                    return _error(403, "this endpoint is read-only (SPARQL Update is refused)")
                if "query" not in form:
                    return _error(400, "missing query parameter")
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
                query = form["query"][0]
            elif mime == "application/sparql-update":
                return _error(403, "this endpoint is read-only (SPARQL Update is refused)")
            else:
                return _error(415, "POST application/sparql-query, or a form with query=")
            return await self._query(request, query, params)
        if "update" in params:
            return _error(403, "this endpoint is read-only (SPARQL Update is refused)")
        if "query" in params:
            return await self._query(request, params["query"][0], params)
        if "graph" in params or "default" in params:
            return await self.graph_store(request)
        if protocol.prefers_html(request.headers.get("accept") or ""):
            return RedirectResponse("/", status_code=303)
        return await self.description(request)

    async def _read_body(self, request: Request):
        """(text, None) or (None, error response). An over-size body is still read (up to
        drain_body) so the client gets the 413 instead of a reset connection."""
        settings = self.settings
        try:
            declared = int(request.headers.get("content-length") or 0)
        except ValueError:
            return None, _error(400, "bad Content-Length")
        if declared > settings.drain_body:
            return None, _error(413, f"request body over {settings.max_body} bytes",
                                headers={"Connection": "close"})
        parts, size = [], 0
        try:
            with anyio.fail_after(settings.body_timeout):
                async for chunk in request.stream():
                    size += len(chunk)
                    if size <= settings.max_body:
                        parts.append(chunk)
                    elif size > settings.drain_body:
                        break
        except TimeoutError:
            return None, _error(408, "request body not received in time",
                                headers={"Connection": "close"})
        if size > settings.max_body:
            return None, _error(413, f"request body over {settings.max_body} bytes",
                                headers={"Connection": "close"})
        return b"".join(parts).decode("utf-8", "replace"), None

    async def _query(self, request: Request, query: str, params: dict) -> Response:
        graphs = {}
        for key in ("default-graph-uri", "named-graph-uri"):
            graphs[key] = tuple(params.get(key, ()))
            for iri in graphs[key]:
                problem = _check_iri(key, iri)
                if problem:
                    return problem
        accept = request.headers.get("accept") or ""
        explicit = (params.get("format") or params.get("output") or [None])[0]
        job = Job.make(query, protocol.solution_format(accept, explicit),
                  protocol.graph_format(accept, explicit),
                  graphs["default-graph-uri"], graphs["named-graph-uri"])
        answer, problem = await self.run(request, job)
        if problem is not None:
            return problem
        return Response(answer.body, media_type=media_type(answer.format))

    async def description(self, request: Request) -> Response:
        fmt = protocol.graph_format(request.headers.get("accept") or "", None)
        endpoint = str(request.url.replace(query="", fragment=""))
        body = protocol.service_description(endpoint, await self.graphs(request), fmt)
        return Response(body, media_type=media_type(fmt))

    # --- Graph Store Protocol, read side ----------------------------------
    async def graph_store(self, request: Request) -> Response:
        if request.method not in ("GET", "HEAD"):
            return _error(403, "this endpoint is read-only (Graph Store updates are refused)")
        params = _multi(request.query_params.multi_items())
        fmt = protocol.graph_format(request.headers.get("accept") or "",
                                    (params.get("format") or [None])[0])
        if "graph" in params:
            iri = params["graph"][0]
            problem = _check_iri("graph", iri)
            if problem:
                return problem
            if iri not in await self.graphs(request):
                return _error(404, f"no graph <{iri}> in this store")
            query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
        elif "default" in params:   # the default graph of queries: the union of all graphs
            query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        else:
            return _error(400, "give ?graph=IRI or ?default")
        answer, problem = await self.run(request, Job.make(query, "json", fmt))
        if problem is not None:
            return problem
        return Response(answer.body, media_type=media_type(answer.format))

    # --- pages --------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        return HTMLResponse(pages.query_page(await self.bases(request)))

    async def entity(self, request: Request) -> Response:
        iri = request.query_params.get("iri", "")
        problem = _check_iri("iri", iri)
        if problem:
            return problem
        sections = {}
        for name, query in pages.entity_queries(iri).items():
            rows = await self.select(request, query)
            if rows is None:
                return _error(503, "the entity page's queries were stopped (time or size limit)")
            sections[name] = rows
        return HTMLResponse(pages.entity_page(iri, sections, await self.bases(request)))

    async def bases(self, request: Request) -> list[str]:
        suffix = "graph/entities"
        return [g[:-len(suffix)] for g in await self.graphs(request) if g.endswith(suffix)]


def _multi(items) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in items:
        out.setdefault(key, []).append(value)
    return out


def _check_iri(name: str, iri: str) -> Response | None:
    try:
        ox.NamedNode(iri)
    except ValueError as error:
        return _error(400, f"invalid {name} {iri!r}: {' '.join(str(error).split())[:200]}")
    return None


def _error(status: int, message: str, headers: dict | None = None) -> Response:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


def static_dir():
    return resources.files("kg.serve").joinpath("static")


def make_app(pool: QueryPool, settings: Settings = Settings()) -> Starlette:
    endpoint = Endpoint(pool, settings)
    methods = ["GET", "HEAD", "POST", "PUT", "DELETE"]
    routes = [
        Route("/", endpoint.home, methods=["GET", "HEAD"]),
        Route("/sparql", endpoint.sparql, methods=methods),
        Route("/query", endpoint.sparql, methods=methods),
        Route("/graph-store", endpoint.graph_store, methods=methods),
        Route("/entity", endpoint.entity, methods=["GET", "HEAD"]),
        Mount("/static", StaticFiles(directory=str(static_dir())), name="static"),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "HEAD"],
                             allow_headers=["*"], max_age=86400)]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.endpoint = endpoint
    return app
