"""kg push's Graph Store client against a small Graph Store Protocol server run here
(stdlib HTTP on 127.0.0.1): basic auth, retries with backoff on 503, graphs deleted
from the store are deleted remotely, and the per-endpoint state. The Virtuoso test
(test_push_virtuoso.py) covers digest auth and a real triple store."""
from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.push.gsp import Endpoint
from kg.push.run import push
from kg.push.state import state_path
from kg.rdf.sample import founding_article, synthetic_article
from kg.store.store import KgStore

TOKEN = "Basic " + base64.b64encode(b"kg:secret").decode()


class GraphStore(ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.graphs: dict[str, bytes] = {}
        self.fail_next = 0
        self.requests: list[tuple[str, str]] = []

    @property
    def url(self) -> str:
        return f"http://kg:ignored@127.0.0.1:{self.server_address[1]}/ds/data"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _graph(self) -> str:
        return parse_qs(urlsplit(self.path).query)["graph"][0]

    def _answer(self, status: int) -> None:
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _checked(self) -> bool:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.requests.append((self.command, self._graph()))
        if self.headers.get("Authorization") != TOKEN:
            self._answer(401)
            return None
        if self.server.fail_next:
            self.server.fail_next -= 1
            self._answer(503)
            return None
        return body

    def do_PUT(self):
        body = self._checked()
        if body is not None:
            self.server.graphs[self._graph()] = body
            self._answer(201)

    def do_DELETE(self):
        if self._checked() is not None:
            self._answer(200 if self.server.graphs.pop(self._graph(), None) else 404)


@pytest.fixture
def server():
    store = GraphStore()
    thread = threading.Thread(target=store.serve_forever, daemon=True)
    thread.start()
    yield store
    store.shutdown()
    store.server_close()


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article(), synthetic_article(1)])
    return path


def endpoint(server, password="secret", **options):
    return Endpoint(server.url, user="kg", password=password, auth="basic", backoff=0.01,
                    **options)


def test_retries_then_sends_every_graph_whole(server, store_path):
    server.fail_next = 2
    report = push(store_path, endpoint(server))
    with KgStore.open(store_path) as store:
        counts = store.graph_counts()
    assert report.graphs_sent == len(counts) == len(server.graphs)
    assert report.quads_sent == sum(counts.values())
    assert report.requests == len(counts) + 2           # two 503s, retried
    for graph, body in server.graphs.items():
        parsed = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        assert len(parsed) == counts[graph]
    # the state names the endpoint without credentials
    state = json.loads(state_path(store_path).read_text())
    assert list(state["endpoints"]) == [server.url.replace("kg:ignored@", "")]


def test_unchanged_sends_nothing_and_deleted_graphs_go(server, store_path):
    push(store_path, endpoint(server))
    server.requests.clear()
    assert push(store_path, endpoint(server)).graphs_sent == 0 and server.requests == []
    with KgStore.open(store_path, write=True) as store:
        gone = next(g for g in store.graph_counts() if "/article/" in g)
        store.ox.remove_graph(ox.NamedNode(gone))
    report = push(store_path, endpoint(server))
    assert report.graphs_deleted == 1 and ("DELETE", gone) in server.requests
    assert gone not in server.graphs
    # --full sends every graph again, and deletes what the store lost since the last push
    server.graphs[gone] = b""
    state = json.loads(state_path(store_path).read_text())
    key = next(iter(state["endpoints"]))
    state["endpoints"][key][gone] = "0" * 64
    state_path(store_path).write_text(json.dumps(state))
    report = push(store_path, endpoint(server), full=True)
    assert report.graphs_sent == report.graphs_in_store and report.graphs_deleted == 1
    assert gone not in server.graphs


def test_auth_failure_and_gone_server_are_one_line_errors(server, store_path):
    with pytest.raises(KgError, match="HTTP 401") as error:
        push(store_path, endpoint(server, password="wrong"))
    assert len(server.requests) == 1 and "\n" not in str(error.value)   # no retry on 401
    assert not state_path(store_path).exists()
    port = server.server_address[1]
    server.shutdown()
    server.server_close()
    result = CliRunner().invoke(main, ["push", f"http://127.0.0.1:{port}/ds/data", "--store",
                                       str(store_path), "--retries", "1", "--no-progress"])
    assert result.exit_code != 0 and "failed after 2 attempts" in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = CliRunner().invoke(main, ["push", "ftp://x/y", "--store", str(store_path)])
    assert result.exit_code != 0 and "not an http(s) URL" in result.output


def test_python_api_push(server, store_path):
    import kg

    report = kg.open_store(store_path).push(server.url, user="kg", password="secret",
                                            auth="basic")
    assert report.graphs_sent == len(server.graphs) > 0
    assert kg.open_store(store_path).push(server.url, "kg", "secret", "basic").graphs_sent == 0
