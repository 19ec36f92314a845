"""Running the app under uvicorn: a real listen backlog, bounded connections and
per-connection timeouts (idle keep-alive, and a deadline for the request head)."""
from __future__ import annotations

import socket
import sys

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

HEAD_TIMEOUT = 10.0   # seconds for a connection to send a complete request head
BACKLOG = 1024
MAX_CONNECTIONS = 1000


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing connections that send no complete request in
    head_timeout seconds (uvicorn only times out idle keep-alive connections)."""
    head_timeout = HEAD_TIMEOUT

    def connection_made(self, transport):
        super().connection_made(transport)
        self._arm_head_deadline()

    def on_response_complete(self):
        super().on_response_complete()
        self._arm_head_deadline()

    def _arm_head_deadline(self):
        self.loop.call_later(self.head_timeout, self._head_deadline, self.cycle)

    def _head_deadline(self, cycle):
        waiting = self.cycle is cycle and (cycle is None or cycle.response_complete)
        if waiting and not self.transport.is_closing():
            self.transport.close()


def listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY only on sockets that say so (else
    # Nagle + delayed ACK add 40 ms to every keep-alive response)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(BACKLOG)
    sock.set_inheritable(True)
    return sock


def serve(app, sock: socket.socket, head_timeout: float = HEAD_TIMEOUT, out=sys.stdout) -> None:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"SPARQL endpoint: http://{shown}:{port}/sparql (read-only; query page "
          f"http://{shown}:{port}/ ; Ctrl-C to stop)", file=out, flush=True)
    protocol = type("TimedH11", (TimedH11Protocol,), {"head_timeout": head_timeout})
    config = uvicorn.Config(app, http=protocol, loop="asyncio", lifespan="off",
                            backlog=BACKLOG, limit_concurrency=MAX_CONNECTIONS,
                            timeout_keep_alive=max(1, round(min(5.0, head_timeout))), timeout_graceful_shutdown=5,
                            log_level="warning", access_log=False, server_header=False)
    uvicorn.Server(config).run(sockets=[sock])
