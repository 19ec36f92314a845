"""Is a process still running? (for temp files and lock files that name their writer)"""
from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """True while process `pid` runs (a zombie, killed but not yet reaped, is not running)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:      # another user's process
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            state = stat.read().rsplit(b")", 1)[1].split()[0]
        return state not in (b"Z", b"X")
    except (OSError, IndexError):
        return True
