"""Write output files atomically: a temp file in the same directory, renamed on success."""
from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from pathlib import Path

from kg.errors import KgError

TEMP_SUFFIX = ".tmp"


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "w"):
    """Yield a file handle; the target appears (or is replaced) only if the block succeeds."""
    path = Path(path)
    fd, tmp = temp_for(path)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as handle:
            yield handle
        replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def os_message(error: OSError) -> str:
    """'PATH: reason' in one line for an OSError (no errno noise)."""
    reason = error.strerror or str(error)
    name = error.filename if error.filename is not None else ""
    return f"{name}: {reason}" if name else reason


def temp_for(path: Path) -> tuple[int, str]:
    """Make path's directory and a temp file in it; KgError (one line) when that fails
    or when path is a directory, so nothing is computed for an unwritable target."""
    if path.is_dir():
        raise KgError(f"cannot write {path}: it is a directory")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KgError(f"cannot write {path}: {os_message(error)}") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX,
                                   dir=path.parent)
        os.fchmod(fd, 0o666 & ~_umask())   # mkstemp makes 0600 files; outputs are ordinary files
        return fd, tmp
    except OSError as error:
        raise KgError(f"cannot write {path}: cannot create a file in {path.parent}: "
                      f"{error.strerror or error}") from None


_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))


def remove_stale_temps(directory: str | os.PathLike) -> list[Path]:
    """Remove the temp files (".NAME.PID.xxxxxxxx.tmp", made by temp_for) in directory whose
    writer PID is gone: what a killed build leaves behind. Temps of running writers stay."""
    from kg.processes import alive

    removed = []
    with contextlib.suppress(OSError):
        for temp in Path(directory).glob(f".*{TEMP_SUFFIX}"):
            match = _TEMP_NAME.fullmatch(temp.name)
            if match and not alive(int(match["pid"])):
                with contextlib.suppress(FileNotFoundError):
                    temp.unlink()
                    removed.append(temp)
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def replace(tmp: str | os.PathLike, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError as error:
        raise KgError(f"cannot write {path}: {error.strerror or error}") from None


def json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n"
