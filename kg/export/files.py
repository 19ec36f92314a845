"""Write to a temp file next to the target, then rename: a failed export leaves
an earlier file intact."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from kg.outputs import replace, temp_for


@contextlib.contextmanager
def replace_files(*paths: Path, mode: str = "wb", **open_args):
    """Yield one open temp file per path; on success rename each over its path,
    on error remove the temps and leave the paths untouched."""
    temps = []
    try:
        for path in paths:
            fd, temp = temp_for(path)      # KgError if path is a directory or unwritable
            temps.append((fd, Path(temp)))
        handles = [os.fdopen(fd, mode, **open_args) for fd, _ in temps]
        temps = [(None, temp) for _, temp in temps]
        try:
            yield handles
        finally:
            for handle in handles:
                handle.close()
        for (_, temp), path in zip(temps, paths):
            replace(temp, path)
        temps = []
    finally:
        for fd, temp in temps:
            if fd is not None:
                os.close(fd)
            temp.unlink(missing_ok=True)
