"""`kg push`: send the store's named graphs to an external SPARQL store (Graph Store Protocol)."""
from __future__ import annotations

import sys

import click


@click.command()
@click.argument("endpoint")
@click.option("--store", "store_path", default="output/store", show_default=True,
              type=click.Path(file_okay=False), help="Store directory.")
@click.option("--user", envvar="KG_PUSH_USER", help="User name (env KG_PUSH_USER).")
@click.option("--password", envvar="KG_PUSH_PASSWORD",
              help="Password (env KG_PUSH_PASSWORD; prompted when --user is given without it).")
@click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest", show_default=True,
              help="HTTP authentication scheme (Virtuoso: digest).")
@click.option("--full", is_flag=True, help="Send every graph, not only those changed since the "
              "last push to this endpoint.")
@click.option("--retries", type=click.IntRange(0), default=4, show_default=True,
              help="Retries per request on network errors and 5xx/429 (backoff 0.5 s, doubling).")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True,
              help="Seconds per request.")
@click.option("--jobs", "-j", type=click.IntRange(1, 32), default=1, show_default=True,
              help="Requests in flight at once (helps with a distant store; a local Virtuoso "
                   "on 2 cores gained 1.1x from 4).")
@click.option("--bulk-dir", type=click.Path(file_okay=False),
              help="Virtuoso bulk load instead of HTTP: a directory the server can read "
                   "(in its DirsAllowed); kg writes one N-Quads file there.")
@click.option("--bulk-server-dir", help="--bulk-dir as the server sees it (default: the same path).")
@click.option("--isql", help="Virtuoso isql client for --bulk-dir [default: isql-vt, isql].")
@click.option("--sql-address", default="127.0.0.1:1111", show_default=True,
              help="Virtuoso SQL host:port for --bulk-dir.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
def push(endpoint, store_path, user, password, auth, full, retries, timeout, jobs, bulk_dir,
         bulk_server_dir, isql, sql_address, progress):
    """Send each article's graph and the entity graphs to ENDPOINT, a SPARQL 1.1
    Graph Store Protocol URL; only graphs changed since the last push there go.

    \b
    Examples:
      kg push http://localhost:8890/sparql-graph-crud-auth --user dba
      kg push http://localhost:3030/ds/data --auth basic --user admin --full
      kg push http://localhost:8890/sparql-graph-crud-auth --user dba \\
          --bulk-dir /var/lib/virtuoso/import      # Virtuoso's bulk loader via isql
    """
    from kg.push.gsp import Endpoint
    from kg.push.run import push as run_push
    from kg.push.virtuoso import BulkLoader

    if user is not None and password is None:
        password = click.prompt(f"password for {user}", hide_input=True, err=True)
    target = Endpoint(endpoint, user=user, password=password, auth=auth, timeout=timeout,
                      retries=retries)
    bulk = None
    if bulk_dir:
        from pathlib import Path

        bulk = BulkLoader(Path(bulk_dir), bulk_server_dir, isql, sql_address,
                          user or "dba", password if password is not None else "dba")
    show = sys.stderr.isatty() if progress is None else progress
    bar = None

    def plan(total):
        nonlocal bar
        if show and total:
            bar = click.progressbar(length=total, label="graphs", file=sys.stderr,
                                    show_pos=True, show_eta=True)
            bar.__enter__()

    def step(_payload):
        if bar is not None:
            bar.update(1)

    try:
        report = run_push(store_path, target, full=full, bulk=bulk, jobs=jobs, on_graph=step,
                          on_plan=plan)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    click.echo(report.line())
