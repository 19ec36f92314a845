"""Lock files that keep Oxigraph's rule: one store directory is never open in two processes
when one of them writes (a read-only open beside a writer is undefined behaviour).

Two locks (flock, released by the kernel when a process dies, even by kill -9):
- the build lock (berita-kg.build.lock): one build per store, held for the whole build,
  from before the NER model loads; it names the holder's pid.
- the store lock (berita-kg.lock): exclusive while a process has the store open for
  writing (a build from its first commit on), shared while readers (query, export,
  validate, serve) have it open read-only. So readers see the last committed state
  while a build is still in its NER phase.
"""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from kg.errors import KgError

LOCK_NAME = "berita-kg.lock"
BUILD_LOCK_NAME = "berita-kg.build.lock"
LOCK_NAMES = frozenset({LOCK_NAME, BUILD_LOCK_NAME})
READERS_WAIT = 30.0   # seconds a writer's first commit waits for running readers to finish
OPEN_WAIT = 2.0       # ... and a writer's open: a long-lived reader (kg serve) refuses the build


def holder(lock_file: Path) -> int | None:
    """The pid written into a lock file by its exclusive holder, if any."""
    try:
        text = Path(lock_file).read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _open(path: Path, exclusive: bool) -> int | None:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        if exclusive:
            raise KgError(f"cannot create lock file {path}: is the directory writable?") from None
        try:
            return os.open(path, os.O_RDONLY)
        except OSError:
            return None   # read-only location without a lock file: nothing writes there


def _flock(fd: int, exclusive: bool, wait: float) -> bool:
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, mode)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)


def _write_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)


class StoreLock:
    """The store lock: exclusive for a writer, shared for readers."""

    def __init__(self, store_dir: Path, exclusive: bool):
        self.path = Path(store_dir) / LOCK_NAME
        self.exclusive = exclusive
        self.fd: int | None = None

    def acquire(self, wait: float = 0.0) -> "StoreLock":
        """Take the lock, waiting up to `wait` seconds; KgError naming the holder if busy."""
        self.fd = _open(self.path, self.exclusive)
        if self.fd is None:
            return self
        if not _flock(self.fd, self.exclusive, wait):
            os.close(self.fd)
            self.fd = None
            store = self.path.parent
            if self.exclusive:
                raise KgError(f"store {store} is in use: open for reading by another process "
                              "(kg query, export, validate or serve); stop it or wait for it")
            pid = holder(self.path)
            raise KgError(f"store {store} is being written by another process"
                          f"{f' (pid {pid})' if pid else ''}; try again when the build finishes")
        if self.exclusive:
            _write_pid(self.fd)
        return self

    def readers_active(self, wait: float = 0.0) -> bool:
        """True when readers keep the store open for `wait` seconds (checked, not kept)."""
        fd = _open(self.path, True)
        try:
            if _flock(fd, True, wait):
                fcntl.flock(fd, fcntl.LOCK_UN)
                return False
            return True
        finally:
            os.close(fd)

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


# build locks this process holds: resolved store dir -> [fd, depth]
_builds: dict[str, list[int]] = {}
_writers: set[str] = set()   # ... of which a writable KgStore is open


class BuildLock:
    """One build per store directory, reentrant within a process (the CLI takes it before
    the model loads; KgStore.open(write=True) takes it again)."""

    def __init__(self, store_dir: Path, writer: bool = False):
        self.store_dir = Path(store_dir)
        self.path = self.store_dir / BUILD_LOCK_NAME
        self.key = str(self.store_dir.resolve())
        self.writer = writer   # taken by a writable KgStore: at most one per store and process
        self.held = False

    def acquire(self) -> "BuildLock":
        if self.writer and self.key in _writers:
            raise KgError(f"store {self.store_dir} is in use: already open for writing in this process")
        entry = _builds.get(self.key)
        if entry is not None:
            entry[1] += 1
            self._held()
            return self
        fd = _open(self.path, True)
        if not _flock(fd, True, 0.0):
            os.close(fd)
            pid = holder(self.path)
            raise KgError(f"store {self.store_dir} is in use: being built by another process"
                          f"{f' (pid {pid})' if pid else ''}; wait for it to finish")
        _write_pid(fd)
        _builds[self.key] = [fd, 1]
        self._held()
        return self

    def _held(self) -> None:
        self.held = True
        if self.writer:
            _writers.add(self.key)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        if self.writer:
            _writers.discard(self.key)
        entry = _builds[self.key]
        entry[1] -= 1
        if entry[1] == 0:
            del _builds[self.key]
            os.ftruncate(entry[0], 0)
            fcntl.flock(entry[0], fcntl.LOCK_UN)
            os.close(entry[0])

    def __enter__(self) -> "BuildLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def running_build(store_dir: Path) -> int | None:
    """The pid of a build that holds store_dir's build lock now (another process), else None."""
    path = Path(store_dir) / BUILD_LOCK_NAME
    if str(Path(store_dir).resolve()) in _builds or not path.exists():
        return None
    fd = _open(path, False)
    if fd is None:
        return None
    try:
        if _flock(fd, False, 0.0):
            return None
        return holder(path) or -1
    finally:
        os.close(fd)
