"""`kg watch DIR`: build new files of a feed directory as they appear."""
from __future__ import annotations

import signal

import click


@click.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Directory for the outputs and the store (as for kg build).")
@click.option("--ner-model", envvar="KG_NER_MODEL", type=click.Path(exists=True),
              help="Stanza NER model directory or .pt file (default: the shipped model).")
@click.option("--base-iri", envvar="KG_BASE_IRI", help="Base IRI of entities and articles.")
@click.option("--batch-size", type=click.IntRange(1), metavar="N", help="Articles per store transaction.")
@click.option("--poll", type=click.FloatRange(0.05), default=2.0, show_default=True,
              help="Seconds between looks at DIR.")
@click.option("--settle", type=click.FloatRange(0), default=1.0, show_default=True,
              help="A file is built once unchanged for this many seconds.")
@click.option("--max-seconds", type=click.FloatRange(0), help="Stop after this long (default: until "
              "interrupted; SIGINT/SIGTERM stop after the build in progress).")
def watch(directory, out_dir, ner_model, base_iri, batch_size, poll, settle, max_seconds):
    """Build new .txt/.jsonl files in DIRECTORY as they appear (the model loads once).

    Drop files by writing them elsewhere (or under a dot-name) and renaming them in.
    Files already built are remembered in OUT/watch-state.json. The store is free
    for `kg query` between builds.

    \b
    Examples:
      kg watch feeds/gdelt/ --out output/
      kg watch inbox/ --poll 30 --max-seconds 3600
    """
    import time

    from kg.cli.build import preflight
    from kg.watch import watch as run_watch

    preflight([directory], out_dir, True)
    stopping = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.append(True))
    end = time.monotonic() + max_seconds if max_seconds is not None else None

    def should_stop():
        return bool(stopping) or (end is not None and time.monotonic() >= end)

    def built(paths, summary):
        if summary is None:
            click.echo(f"built nothing from {len(paths)} files", err=True)
            return
        click.echo(f"built {summary.articles} articles from {len(paths)} files: {summary.store_report}",
                   err=False)

    run_watch(directory, out_dir, ner_model=ner_model, base_iri=base_iri, batch_size=batch_size,
              poll=poll, settle=settle, should_stop=should_stop,
              on_loaded=lambda: click.echo(f"watching {directory} (model loaded)"),
              on_build=built, on_bad=lambda m: click.echo(f"kg: skipped: {m}", err=True))
