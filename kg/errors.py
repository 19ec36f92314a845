"""Errors that the CLI reports as one clear line (no traceback) and a non-zero exit."""


class KgError(Exception):
    """A user-facing error: bad input, missing model file, unusable store."""


def damaged_message(path, error: Exception) -> str:
    """One line for a store RocksDB cannot read (a damaged CURRENT, MANIFEST or .sst file)."""
    detail = " ".join(str(error).split())[:160]
    return (f"store {path} is damaged ({detail}); rebuild it with `kg build ... --out NEWDIR` "
            "into a new directory, or restore it from a backup")
