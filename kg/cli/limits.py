"""The query limits shared by `kg query` and `kg serve`: --timeout, --max-memory-mb, --max-result-mb."""
from __future__ import annotations

import click


def limit_options(timeout: float, memory_mb: int, result_mb: float):
    """Add the three options; the command gets them as one `limits` (kg.store.worker.Limits)."""
    def decorate(command):
        def limits_callback(ctx, _param, value):
            from kg.store.worker import Limits

            ctx.params["limits"] = Limits(ctx.params.pop("timeout"), ctx.params.pop("max_memory_mb"),
                                          value)
            return None
        options = [
            click.option("--timeout", default=timeout, show_default=True, type=click.FloatRange(0.1),
                         is_eager=True, help="Wall-time limit of a query, seconds: stopped after it."),
            click.option("--max-memory-mb", default=memory_mb, show_default=True,
                         type=click.IntRange(64), is_eager=True,
                         help="Memory bound of a query worker process, MB."),
            click.option("--max-result-mb", default=result_mb, show_default=True,
                         type=click.FloatRange(0.001), expose_value=False, callback=limits_callback,
                         help="Size cap of a serialized result, MB."),
        ]
        for option in reversed(options):
            command = option(command)
        return command
    return decorate
