"""Errors that the CLI reports as one clear line (no traceback) and a non-zero exit."""


class KgError(Exception):
    """A user-facing error: bad input, missing model file, unusable store."""
