"""`kg query`: run SPARQL over the store (union of all named graphs as default graph)."""
from __future__ import annotations

import sys

import click

from kg.cli.limits import limit_options
from kg.errors import KgError

FORMATS = ["table", "csv", "tsv", "json", "xml"]


@click.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Read the query from a .rq file (- for stdin).")
@click.option("-n", "--name", help="Run a query from the library (see --list).")
@click.option("--list", "list_only", is_flag=True, help="List the library of example queries.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Set a query parameter (a variable of the query's parameter VALUES "
                   "block); repeatable.")
@click.option("--store", "store_path", default="output/store", show_default=True,
              type=click.Path(file_okay=False), help="Store directory.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table, or W3C SPARQL results csv/tsv/json/xml.")
@limit_options(timeout=300.0, memory_mb=4096, result_mb=1000.0)
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE send (parts of) the query to the URLs it names.")
def query(sparql, query_file, name, list_only, params, store_path, fmt, limits, allow_service):
    """Run a SPARQL query: kg query 'SELECT ...' | -f FILE.rq | --name heads.

    \b
    The default graph is the union of all graphs; use GRAPH ?g for one article.
    Prefixes bkg: org: schema: sem: foaf: prov: skos: rdf: rdfs: owl: xsd: are predeclared
    for queries typed here; the library's files declare their own and run in any store.
    The query runs in a worker process, stopped at --timeout / --max-memory-mb;
    SERVICE (federation) is refused unless --allow-service.
    """
    try:
        _run(sparql, query_file, name, list_only, params, store_path, fmt, limits, allow_service)
    except KgError as error:
        raise click.ClickException(str(error)) from None


def _run(sparql, query_file, name, list_only, params, store_path, fmt, limits, allow_service):
    from kg.store import library

    if list_only:
        click.echo(_listing(library.list_queries()), nl=False)
        return
    given = _parse_params(params)
    sources = [s for s in (sparql, query_file, name) if s]
    if len(sources) != 1:
        raise KgError("give exactly one of: a SPARQL string, -f FILE.rq, --name NAME (or --list)")
    if sparql:
        text = sparql if not given else library.bind_params(
            library.parse_query_file("query", sparql), given)
    else:
        if query_file == "-":
            named = library.read_query_file("-", sys.stdin.buffer.read())
        else:
            named = library.read_query_file(query_file) if query_file else library.load_query(name)
        text = library.bind_params(named, given)

    from kg.store.results import GRAPH_FOR_CLI
    from kg.store.store import KgStore
    from kg.store.worker import Job, run_once

    origin = ("stdin" if query_file == "-" else query_file) or (f"query {name}" if name else None)
    job = Job.make(text, fmt, GRAPH_FOR_CLI[fmt], allow_service=allow_service)
    with KgStore.open(store_path) as store:   # the shared lock: no build while it runs
        try:
            answer = run_once(store.path, job, limits)
        except KgError as error:
            raise KgError(f"{origin}: {error}" if origin else str(error)) from None
    sys.stdout.buffer.write(answer.body)
    sys.stdout.buffer.flush()


def _parse_params(params) -> dict[str, str]:
    out = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise KgError(f"--param wants NAME=VALUE, got {item!r}")
        out[key.strip()] = value
    return out


def _listing(queries) -> str:
    lines = []
    for q in queries:
        lines.append(f"{q.name}: {q.title}")
        lines.append(f"    {q.description}")
        for p in q.params:
            lines.append(f"    --param {p.name}=...  {p.help} ({p.type}; default: {p.default_text})")
    lines.append("Run one with: kg query --name NAME [--param NAME=VALUE] [--format csv]")
    return "\n".join(lines) + "\n"
