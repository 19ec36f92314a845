"""`kg export`: the graph for Gephi (gexf, graphml, csv) or the RDF itself."""
from __future__ import annotations

import re

import click

from kg.errors import KgError

GRAPH_FORMATS = ("gexf", "graphml", "csv")
RDF_FORMATS = ("trig", "nquads", "turtle", "ntriples", "jsonld")


@click.command()
@click.option("-f", "--format", "fmt", type=click.Choice(GRAPH_FORMATS + RDF_FORMATS),
              default="gexf", show_default=True, help="Output format.")
@click.option("--store", "store_path", type=click.Path(file_okay=False), default=None,
              help="Store directory written by `kg build` [default: output/store].")
@click.option("-o", "--output", "out", required=True, type=click.Path(),
              help="Output file (- for stdout); for csv a directory or a file-name prefix.")
@click.option("--view", type=click.Choice(["actors", "events", "places", "full"]),
              default="full", show_default=True,
              help="actors: persons+organizations; events: actors-events; "
                   "places: entities-places; full: everything.")
@click.option("--type", "types", multiple=True,
              type=click.Choice(["person", "organization", "place", "event"]),
              help="Keep only nodes of this type (repeatable).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only what articles from this date on say.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only what articles up to this date say.")
@click.option("--region", metavar="CODE", callback=lambda ctx, param, value: _region(value),
              help="Kepmendagri code, e.g. 62 or 62.02.")
@click.option("--ego", metavar="LABEL_OR_IRI", help="Only the neighbourhood of this node.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="Hops around --ego.")
@click.option("--min-weight", type=click.IntRange(min=0), default=None,
              help="Drop edges supported by fewer articles.")
@click.option("--dynamic/--static", default=None,
              help="GEXF timeline from article dates [default: dynamic when dates exist].")
@click.option("--isolates/--no-isolates", default=None,
              help="Keep nodes without edges [default: dropped in the actors view, kept in others].")
def export(fmt, store_path, out, view, types, since, until, region, ego, depth, min_weight,
           dynamic, isolates):
    """Export the knowledge graph for Gephi or as RDF.

    \b
      kg export -f gexf -o graph.gexf                  # open in Gephi
      kg export -f csv --view actors -o gephi/         # nodes.csv + edges.csv
      kg export -f gexf --ego "Bima Ekawardhana" --depth 2 -o bima.gexf
      kg export -f trig -o graph.trig                  # the RDF, one graph per article
      kg export -f graphml --view actors -o - | gzip > actors.graphml.gz
    """
    store_path = store_path or _default_store()
    try:
        if fmt in RDF_FORMATS:
            _export_rdf(store_path, fmt, out, view=view, types=types, since=since, until=until,
                        region=region, ego=ego, min_weight=min_weight, dynamic=dynamic,
                        isolates=isolates)
            return
        from kg.export.run import Options, export_graph

        options = Options(view=view, types=tuple(types), since=since, until=until,
                          region=region, ego=ego, depth=depth, min_weight=min_weight,
                          dynamic=dynamic, isolates=isolates)
        graph, paths = export_graph(store_path, fmt, out, options)
    except KgError as error:
        raise click.ClickException(str(error)) from None
    written = ", ".join(str(path) for path in paths) or "stdout"
    click.echo(f"wrote {written}: {graph.number_of_nodes()} nodes, "
               f"{graph.number_of_edges()} edges ({view} view)", err=True)


def _region(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d+(\.\d+)*\.?", value.strip()):
        raise click.BadParameter(f"{value!r} is not a Kepmendagri code such as 62 or 62.02")
    return value


def _default_store() -> str:
    from kg.store.store import DEFAULT_STORE

    return str(DEFAULT_STORE)


def _export_rdf(store_path, fmt, out, **graph_options):
    used = [name.replace("_", "-") for name, value in graph_options.items()
            if value not in (None, (), "full")]
    if used:
        raise KgError(f"--{used[0]} applies to gexf, graphml and csv, not to {fmt}")
    from pathlib import Path

    from kg.export.files import replace_files
    from kg.store.store import KgStore

    if out == "-":
        import sys

        with KgStore.open(store_path) as store:
            store.dump(sys.stdout.buffer, fmt)
        sys.stdout.buffer.flush()
        click.echo(f"wrote stdout ({fmt})", err=True)
        return
    with KgStore.open(store_path) as store, replace_files(Path(out)) as (handle,):
        store.dump(handle, fmt)
    click.echo(f"wrote {out} ({fmt})", err=True)
