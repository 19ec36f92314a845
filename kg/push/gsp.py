"""A SPARQL 1.1 Graph Store HTTP Protocol client (requests): PUT replaces one graph
(idempotent), DELETE drops one; digest or basic auth; retries with backoff.

requests, not urllib: urllib's digest auth fails on requests with a body against
Virtuoso (broken pipe); requests answers the challenge and resends the body.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from kg.errors import KgError

RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
AUTH_KINDS = ("digest", "basic")


@dataclass(frozen=True)
class Endpoint:
    url: str                     # the GSP endpoint, e.g. http://host:8890/sparql-graph-crud-auth
    user: str | None = None
    password: str | None = None
    auth: str = "digest"
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 0.5         # seconds before the first retry; doubles each time

    @property
    def key(self) -> str:
        """The URL without credentials: names the endpoint in the push state."""
        parts = urlsplit(self.url)
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


class GraphStoreClient:
    def __init__(self, endpoint: Endpoint):
        parts = urlsplit(endpoint.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KgError(f"endpoint {endpoint.url!r} is not an http(s) URL")
        if endpoint.auth not in AUTH_KINDS:
            raise KgError(f"unknown auth {endpoint.auth!r}: choose {' or '.join(AUTH_KINDS)}")
        self.endpoint = endpoint
        self.session = requests.Session()
        if endpoint.user is not None:
            kind = HTTPDigestAuth if endpoint.auth == "digest" else HTTPBasicAuth
            self.session.auth = kind(endpoint.user, endpoint.password or "")
        self.attempts = 0

    def close(self) -> None:
        self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        self._send("PUT", graph, data=ntriples,
                   headers={"Content-Type": "application/n-triples; charset=utf-8"})

    def delete_graph(self, graph: str) -> None:
        self._send("DELETE", graph, missing_ok=True)

    def _send(self, method: str, graph: str, data: bytes | None = None,
              headers: dict | None = None, missing_ok: bool = False) -> None:
        endpoint = self.endpoint
        delay = endpoint.backoff
        for attempt in range(endpoint.retries + 1):
            self.attempts += 1
            try:
                response = self.session.request(method, endpoint.url, params={"graph": graph},
                                                data=data, headers=headers,
                                                timeout=endpoint.timeout)
            except requests.RequestException as error:
                problem = f"{type(error).__name__}: {_first_line(error)}"
            else:
                if response.status_code < 300 or (missing_ok and response.status_code == 404):
                    return
                problem = f"HTTP {response.status_code} {_first_line(response.text)}"
                if response.status_code in (401, 403):
                    raise KgError(f"{method} {graph}: {problem} (check --user/--password and "
                                  "--auth; Virtuoso wants digest and a user with SPARQL_UPDATE)")
                if response.status_code not in RETRY_STATUS:
                    raise KgError(f"{method} {graph} to {endpoint.key}: {problem}")
            if attempt < endpoint.retries:
                time.sleep(delay)
                delay *= 2
        raise KgError(f"{method} {graph} to {endpoint.key} failed after "
                      f"{endpoint.retries + 1} attempts: {problem}")


def _first_line(value) -> str:
    text = " ".join(str(value).split())
    return text[:200]
