"""Running queries in worker processes that can be stopped for real.

A worker process opens the store read-only and answers one query at a time.
The caller's side (`QueryWorker.run`) waits for the answer and kills the process
when the query passes its wall-time limit, its memory bound (resident size, and
RLIMIT_DATA inside the worker as a backstop) or when the caller cancels (client
gone). Results are serialized in the worker (kg.store.results) and capped in size.
`QueryPool` keeps a few workers and replaces killed ones.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from dataclasses import dataclass, field

from kg.errors import KgError

POLL = 0.02


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0            # seconds of wall time per query
    memory_mb: int = 1024            # resident size of the worker process
    result_mb: float = 50.0          # serialized result size

    @property
    def result_bytes(self) -> int:
        return int(self.result_mb * 1_000_000)


@dataclass(frozen=True)
class Job:
    query: str
    solutions: str = "json"          # format for SELECT/ASK (kg.store.results names)
    graph: str = "turtle"            # format for CONSTRUCT/DESCRIBE
    default_graph: tuple[str, ...] = ()   # empty: the union of all graphs
    named_graphs: tuple[str, ...] = ()
    allow_service: bool = False
    prefixes: tuple[tuple[str, str], ...] = ()   # predeclared; Job.make fills in kg.vocab's

    @classmethod
    def make(cls, query: str, *args, **kwargs) -> "Job":
        """A job with the project's predeclared prefixes (kg.vocab imports rdflib: the worker
        does not, so it starts in a fraction of the time)."""
        from kg import vocab as V

        return cls(query, *args, prefixes=tuple(V.PREFIXES.items()), **kwargs)


@dataclass(frozen=True)
class Answer:
    format: str
    body: bytes


class QueryStopped(KgError):
    """The query was stopped: over a limit, or nobody waits for it any more."""
    status = 503


class QueryFailed(KgError):
    """The query itself is wrong or was refused (status: the HTTP code for it)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


class PoolBusy(QueryStopped):
    pass


# --- inside the worker process ----------------------------------------------
def _worker_main(conn, store_path: str, limits: Limits) -> None:
    import resource

    _die_with_parent()
    bound = limits.memory_mb * 1024 * 1024
    try:   # a backstop: allocations past it fail (the process aborts; the parent reports)
        resource.setrlimit(resource.RLIMIT_DATA, (bound + 256 * 1024 * 1024,) * 2)
    except (ValueError, OSError):
        pass
    import pyoxigraph as ox

    from kg.errors import damaged_message
    from kg.store.guard import ServiceRefused, check_no_service
    from kg.store.results import ResultTooLarge, write_result

    try:
        store = ox.Store.read_only(store_path)
    except (OSError, RuntimeError) as error:
        conn.send(("dead", damaged_message(store_path, error)))
        return
    try:
        conn.send(("ready", os.getpid()))
    except OSError:   # the pool closed while this worker started
        return
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if not job.allow_service:
                check_no_service(job.query)
            prefixes = dict(job.prefixes)
            kwargs = {"prefixes": prefixes}
            if job.default_graph:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graph]
            else:
                kwargs["use_default_graph_as_union"] = True
            if job.named_graphs:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
            result = store.query(job.query, **kwargs)
            name, body = write_result(result, job.solutions, job.graph, limits.result_bytes,
                                      prefixes)
            reply = ("ok", name, body)
        except SyntaxError as error:
            reply = ("error", 400, f"SPARQL syntax error: {_one_line(error)}")
        except ServiceRefused as error:
            reply = ("error", 403, str(error))
        except ResultTooLarge as error:
            reply = ("error", 500, f"{error}: the result cap (--max-result-mb); "
                                   "add LIMIT or narrow the query")
        except KgError as error:
            reply = ("error", 400, str(error))
        except RuntimeError as error:
            message = damaged_message(store_path, error) if "Corruption" in str(error) else \
                f"query failed: {_one_line(error)}"
            reply = ("error", 500, message)
        except (ValueError, OSError, TypeError) as error:
            reply = ("error", 400, f"query failed: {_one_line(error)}")
        except MemoryError:
            reply = ("error", 503, f"query stopped: over the {limits.memory_mb} MB memory bound")
        except Exception as error:   # a bug of ours: answer it, keep serving
            reply = ("error", 500, f"query failed: {type(error).__name__}: {_one_line(error)}")
        conn.send(reply)


def _die_with_parent() -> None:
    """Exit (even mid-query) once the parent is gone. (PR_SET_PDEATHSIG would fire when the
    parent's starting thread ends, not the parent.)"""
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:300]


# --- the caller's side ---------------------------------------------------------
def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@dataclass
class QueryWorker:
    store_path: str
    limits: Limits
    process: multiprocessing.Process = field(init=False, default=None)
    conn: object = field(init=False, default=None)

    def start(self, wait: float = 120.0) -> "QueryWorker":
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        self.process = context.Process(target=_worker_main, daemon=True, name="kg-query-worker",
                                       args=(child, self.store_path, self.limits))
        self.process.start()
        child.close()
        self.conn = parent
        if not parent.poll(wait):
            self.kill()
            raise KgError(f"query worker for {self.store_path} did not start in {wait:g} s")
        try:
            message = parent.recv()
        except (EOFError, OSError):
            message = ("dead", f"query worker for {self.store_path} exited at start")
        if message[0] != "ready":
            self.kill()
            raise KgError(message[1])
        return self

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.is_alive()

    def kill(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        if self.conn is not None:
            self.conn.close()
        self.process = None
        self.conn = None

    def run(self, job: Job, cancel: threading.Event | None = None) -> Answer:
        """The answer, or QueryFailed (the query's fault) / QueryStopped (the worker was
        killed: time, memory, cancel). After QueryStopped the worker is dead."""
        limits = self.limits
        deadline = time.monotonic() + limits.timeout
        bound = limits.memory_mb * 1024 * 1024
        try:
            self.conn.send(job)
            while not self.conn.poll(POLL):
                if cancel is not None and cancel.is_set():
                    raise QueryStopped("query cancelled: the client went away")
                if time.monotonic() > deadline:
                    raise QueryStopped(f"query stopped after {limits.timeout:g} s (time limit, "
                                       "--timeout); add LIMIT or narrow the query")
                if _rss(self.process.pid) > bound:
                    raise QueryStopped(f"query stopped: over the {limits.memory_mb} MB memory "
                                       "bound (--max-memory-mb); add LIMIT or narrow the query")
                if not self.process.is_alive():
                    raise QueryStopped(f"query stopped: the query worker died (memory bound "
                                       f"{limits.memory_mb} MB, --max-memory-mb)")
            reply = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self.kill()
            raise QueryStopped(f"query stopped: the query worker died (memory bound "
                               f"{limits.memory_mb} MB, --max-memory-mb)") from None
        except BaseException:
            self.kill()
            raise
        if reply[0] == "ok":
            return Answer(reply[1], reply[2])
        raise QueryFailed(reply[2], reply[1])


class QueryPool:
    """`size` workers over one store; `run` takes a free one (waiting up to `wait` s)."""

    def __init__(self, store_path: str, size: int, limits: Limits):
        self.store_path = str(store_path)
        self.limits = limits
        self.size = size
        self._idle: queue.Queue[QueryWorker] = queue.Queue()
        self._closed = False
        self.restarts = 0

    def start(self) -> "QueryPool":
        first = QueryWorker(self.store_path, self.limits).start()   # fails fast (damaged store)
        self._idle.put(first)
        threads = [threading.Thread(target=self._add, daemon=True) for _ in range(self.size - 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return self

    def _add(self) -> None:
        while not self._closed:
            try:
                worker = QueryWorker(self.store_path, self.limits).start()
            except KgError:
                time.sleep(1)
                continue
            if self._closed:
                worker.kill()
            else:
                self._idle.put(worker)
            return

    def run(self, job: Job, cancel: threading.Event | None = None, wait: float | None = None) -> Answer:
        try:
            worker = self._idle.get(timeout=self.limits.timeout if wait is None else wait)
        except queue.Empty:
            raise PoolBusy("all query workers are busy; try again shortly") from None
        try:
            return worker.run(job, cancel)
        finally:
            if worker.alive and not self._closed:
                self._idle.put(worker)
            else:
                worker.kill()
                if not self._closed:
                    self.restarts += 1
                    threading.Thread(target=self._add, daemon=True).start()

    def worker_pids(self) -> list[int]:
        return [w.process.pid for w in list(self._idle.queue) if w.process is not None]

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


def run_once(store_path, job: Job, limits: Limits) -> Answer:
    """One query in a fresh worker (kg query); the worker is gone afterwards."""
    worker = QueryWorker(str(store_path), limits).start()
    try:
        return worker.run(job)
    finally:
        worker.kill()
