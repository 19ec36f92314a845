"""A throw-away Virtuoso 7 for the tests: its own database and virtuoso.ini in a temp
directory, HTTP and SQL on free 127.0.0.1 ports, stopped (and removed) at the end."""
from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import requests

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 1
DirsAllowed = ., {d}/load
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@dataclass
class Virtuoso:
    directory: Path
    http_port: int
    sql_port: int
    process: subprocess.Popen | None = None
    user: str = "dba"
    password: str = "dba"       # a fresh database's dba password

    @property
    def gsp_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud-auth"

    @property
    def sparql_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def sql_address(self) -> str:
        return f"127.0.0.1:{self.sql_port}"

    @property
    def load_dir(self) -> Path:
        return self.directory / "load"

    def start(self) -> "Virtuoso":
        self.load_dir.mkdir(parents=True, exist_ok=True)
        ini = self.directory / "virtuoso.ini"
        ini.write_text(INI.format(d=self.directory, sql=self.sql_port, http=self.http_port))
        self.process = subprocess.Popen(
            [shutil.which("virtuoso-t"), "-c", str(ini), "+foreground"], cwd=self.directory,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return self

    def wait(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.directory / "virtuoso.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"virtuoso-t exited ({self.process.returncode}): {log}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.sparql_url, params={"query": "ASK {}"}, timeout=5).ok:
                    return
            time.sleep(0.3)
        raise RuntimeError(f"Virtuoso did not answer on {self.sparql_url} in {timeout} s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_virtuoso(directory: Path) -> Virtuoso:
    """Started, not yet waited for: build the test data meanwhile, then call wait()."""
    http, sql = free_port(), free_port()
    while sql == http:
        sql = free_port()
    return Virtuoso(Path(directory), http, sql).start()
