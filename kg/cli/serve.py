"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint and query page over the store."""
from __future__ import annotations

import click

from kg.cli.limits import limit_options
from kg.errors import KgError


@click.command()
@click.option("--store", "store_path", default="output/store", show_default=True,
              type=click.Path(file_okay=False), help="Store directory.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port).")
@limit_options(timeout=10.0, memory_mb=1024, result_mb=50.0)
@click.option("--workers", default=3, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries answered at once).")
@click.option("--connection-timeout", default=10.0, show_default=True, type=click.FloatRange(0.5),
              help="Seconds a connection may take to send its request head (idle ones are closed).")
def serve(store_path, host, port, limits, workers, connection_timeout):
    """Serve the store read-only: http://HOST:PORT/sparql (SPARQL 1.1 Protocol) and a
    query page at http://HOST:PORT/.

    \b
    Each query runs in a worker process under --timeout, --max-memory-mb and
    --max-result-mb; a query over a limit is stopped and answered 503/500.
    SERVICE (federation) and updates are refused. While it runs, builds into
    the same store are refused (the store is locked for reading).
    """
    from kg.serve.app import make_app
    from kg.serve.run import listen, serve as run
    from kg.store.store import KgStore
    from kg.store.worker import QueryPool

    try:
        with KgStore.open(store_path) as store:
            try:
                sock = listen(host, port)
            except OSError as error:
                raise KgError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
            pool = QueryPool(store.path, workers, limits).start()
            try:
                run(make_app(pool), sock, connection_timeout)
            except KeyboardInterrupt:   # uvicorn re-raises the Ctrl-C it handled: a quiet stop
                pass
            finally:
                pool.close()
                sock.close()
    except KgError as error:
        raise click.ClickException(str(error)) from None
