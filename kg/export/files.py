"""Write to a temp file next to the target, then rename: a failed export leaves
an earlier file intact."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def replace_files(*paths: Path, mode: str = "wb", **open_args):
    """Yield one open temp file per path; on success rename each over its path,
    on error remove the temps and leave the paths untouched."""
    temps = []
    try:
        for path in paths:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            temps.append((fd, Path(temp)))
        handles = [os.fdopen(fd, mode, **open_args) for fd, _ in temps]
        temps = [(None, temp) for _, temp in temps]
        try:
            yield handles
        finally:
            for handle in handles:
                handle.close()
        mask = os.umask(0)
        os.umask(mask)
        for (_, temp), path in zip(temps, paths):
            os.chmod(temp, 0o666 & ~mask)    # mkstemp makes 0600 files
            os.replace(temp, path)
        temps = []
    finally:
        for fd, temp in temps:
            if fd is not None:
                os.close(fd)
            temp.unlink(missing_ok=True)
