"""`kg validate`: check the store against the SHACL shapes (exit 1 on violations)."""
from __future__ import annotations

from pathlib import Path

import click

from kg.errors import KgError


def store_dir(directory: str | None, store: str | None) -> Path:
    """DIR may be a build output directory (holding store/) or the store itself."""
    if store:
        return Path(store)
    path = Path(directory or "output")
    return path / "store" if (path / "store").is_dir() else path


@click.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.option("--store", "store_path", type=click.Path(file_okay=False),
              help="Store directory (default: DIR/store, DIR defaults to output).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(0), help="Print at most this many violations.")
def validate(directory, store_path, limit):
    """Validate the graph in DIR/store with ontologies/shapes.ttl (pyshacl)."""
    try:
        from pyoxigraph import RdfFormat, serialize

        from kg.rdf.validate import validate_ntriples
        from kg.store.store import KgStore

        path = store_dir(directory, store_path)
        with KgStore.open(path) as store:
            triples = store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                     use_default_graph_as_union=True)
            data = serialize(triples, None, RdfFormat.N_TRIPLES)
            quads = store.quad_count()
    except KgError as error:
        raise click.ClickException(str(error)) from None
    violations = validate_ntriples(data)
    for v in violations[:limit]:
        click.echo(v.line())
    if len(violations) > limit:
        click.echo(f"... and {len(violations) - limit} more")
    errors = sum(1 for v in violations if v.severity == "Violation")
    click.echo(f"{path}: {quads} quads, {errors} violations, "
               f"{len(violations) - errors} warnings")
    if errors:
        raise SystemExit(1)
