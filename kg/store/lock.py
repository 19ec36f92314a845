"""A lock file so one store directory has at most one writer and no reader
while a build writes (flock: exclusive for writers, shared for readers)."""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

from kg.errors import KgError

LOCK_NAME = "berita-kg.lock"


class StoreLock:
    def __init__(self, store_dir: Path, exclusive: bool):
        self.path = Path(store_dir) / LOCK_NAME
        self.exclusive = exclusive
        self.fd: int | None = None

    def acquire(self) -> "StoreLock":
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            if self.exclusive:
                raise KgError(f"cannot create lock file {self.path}: is the directory writable?")
            try:
                self.fd = os.open(self.path, os.O_RDONLY)
            except OSError:
                return self   # read-only location without a lock file: nothing writes there
        mode = fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(self.fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = self._holder()
            os.close(self.fd)
            self.fd = None
            store = self.path.parent
            if self.exclusive:
                raise KgError(f"store {store} is in use by another process; "
                              "wait for it to finish (a build, query or `kg serve`)")
            raise KgError(f"store {store} is being written by another process{holder}; "
                          "try again when the build finishes")
        if self.exclusive:
            os.ftruncate(self.fd, 0)
            os.write(self.fd, f"{os.getpid()}\n".encode())
        return self

    def _holder(self) -> str:
        try:
            pid = self.path.read_text().strip()
        except OSError:
            return ""
        return f" (pid {pid})" if pid.isdigit() else ""

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
