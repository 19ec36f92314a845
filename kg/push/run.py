"""What `kg push` does: compare each graph's hash with the last push to that endpoint,
send the changed ones (PUT per graph, or one bulk load), drop the graphs the store no
longer has, then record the new hashes."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.push.graphs import GraphPayload, graph_names, graph_payload
from kg.push.gsp import Endpoint, GraphStoreClient
from kg.push.state import load_state, save_state
from kg.push.virtuoso import BulkLoader


@dataclass
class PushReport:
    endpoint: str
    graphs_in_store: int = 0
    graphs_sent: int = 0
    quads_sent: int = 0
    graphs_unchanged: int = 0
    graphs_deleted: int = 0
    requests: int = 0
    method: str = "gsp"
    sent: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"pushed {self.graphs_sent} of {self.graphs_in_store} graphs "
                f"({self.quads_sent} quads) to {self.endpoint} via {self.method}; "
                f"{self.graphs_unchanged} unchanged, {self.graphs_deleted} deleted")


def changed_graphs(store, previous: dict[str, str], full: bool = False):
    """(payloads to send, graphs to delete, all current hashes)."""
    hashes, send = {}, []
    for iri in graph_names(store):
        payload = graph_payload(store, iri)
        if not payload.quads:
            continue
        hashes[iri] = payload.digest
        if full or previous.get(iri) != payload.digest:
            send.append(payload)
    deleted = sorted(set(previous) - set(hashes))
    return send, deleted, hashes


def push(store_path: str | Path, endpoint: Endpoint, *, full: bool = False,
         bulk: BulkLoader | None = None, jobs: int = 1,
         on_graph: Callable[[GraphPayload], None] | None = None,
         on_plan: Callable[[int], None] | None = None) -> PushReport:
    """Send the store's graphs that changed since the last push to `endpoint`
    (all of them with full=True), `jobs` requests at a time, and delete there the graphs
    pushed before that the store no longer has. The state is saved only after every
    graph went through, so a failed push is simply resumed by the next one."""
    from kg.store.store import KgStore

    GraphStoreClient(endpoint).close()           # a bad URL fails now, before any work
    previous = load_state(store_path, endpoint.key)
    with KgStore.open(store_path) as store:
        send, deleted, hashes = changed_graphs(store.ox, previous, full)
    report = PushReport(endpoint.key, graphs_in_store=len(hashes),
                        graphs_unchanged=len(hashes) - len(send), graphs_deleted=len(deleted))
    if on_plan:
        on_plan(len(send))
    if bulk is not None and (send or deleted):
        report.method = "virtuoso bulk loader"
        bulk.load(send, deleted)
        for payload in send:
            _count(report, payload)
            if on_graph:
                on_graph(payload)
    elif send or deleted:
        report.requests = _send(endpoint, send, deleted, jobs, report, on_graph)
    save_state(store_path, endpoint.key, hashes)
    return report


def _send(endpoint: Endpoint, send, deleted, jobs: int, report: PushReport, on_graph) -> int:
    """PUT the payloads and DELETE the gone graphs with `jobs` connections at once;
    returns the number of HTTP attempts. The first error stops the push."""
    local = threading.local()
    clients: list[GraphStoreClient] = []
    lock = threading.Lock()

    def client() -> GraphStoreClient:
        if not hasattr(local, "client"):
            local.client = GraphStoreClient(endpoint)
            with lock:
                clients.append(local.client)
        return local.client

    failed = threading.Event()

    def put(payload: GraphPayload) -> GraphPayload | None:
        if failed.is_set():
            return None
        try:
            client().put_graph(payload.iri, payload.ntriples)
        except BaseException:
            failed.set()
            raise
        return payload

    def delete(iri: str) -> None:
        client().delete_graph(iri)

    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = [pool.submit(put, payload) for payload in send]
            try:
                for future in as_completed(futures):
                    payload = future.result()
                    if payload is None:
                        continue
                    _count(report, payload)
                    if on_graph:
                        on_graph(payload)
                for future in [pool.submit(delete, iri) for iri in deleted]:
                    future.result()
            except BaseException:
                failed.set()
                raise
    finally:
        for each in clients:
            each.close()
    return sum(each.attempts for each in clients)


def _count(report: PushReport, payload: GraphPayload) -> None:
    report.graphs_sent += 1
    report.quads_sent += payload.quads
    report.sent.append(payload.iri)
