"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the store."""
from __future__ import annotations

import click

from kg.errors import KgError


@click.command()
@click.option("--store", "store_path", default="output/store", show_default=True,
              type=click.Path(file_okay=False), help="Store directory.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port).")
def serve(store_path, host, port):
    """Serve the store read-only at http://HOST:PORT/sparql (SPARQL 1.1 Protocol).

    \b
    While it runs, builds into the same store are refused (the store is locked
    for reading), so clients never see a half-written graph.
    """
    from kg.store.server import serve_forever
    from kg.store.store import KgStore

    try:
        with KgStore.open(store_path) as store:
            serve_forever(store.ox, host, port)
    except KgError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror or error}")
