"""`kg`: build, query and export a knowledge graph of Indonesian news.

Each verb lives in its own module under kg/cli/ and is imported only when used,
so `kg --help` stays fast (Stanza and torch load only for verbs that need them).
"""
from __future__ import annotations

import importlib

import click

# verb -> "module:attribute"
COMMANDS = {
    "build": "kg.cli.build:build",
    "model": "kg.cli.model:model",
    "query": "kg.cli.query:query",
    "export": "kg.cli.export:export",
    "validate": "kg.cli.validate:validate",
    "serve": "kg.cli.serve:serve",
    "link": "kg.cli.link:link",
    "entities": "kg.cli.link:entities",
    "push": "kg.cli.push:push",
    "watch": "kg.cli.watch:watch",
}


class LazyGroup(click.Group):
    def invoke(self, ctx):
        from kg.errors import KgError

        try:
            return super().invoke(ctx)
        except KgError as error:
            raise click.ClickException(str(error)) from None
        except RuntimeError as error:
            if "Corruption" not in str(error):
                raise
            from kg.errors import damaged_message   # RocksDB found a damaged block mid-way

            raise click.ClickException(damaged_message("(the one in use)", error)) from None
        except OSError as error:   # a file or device the user named failed us: no traceback
            from kg.outputs import os_message

            raise click.ClickException(" ".join(os_message(error).split())) from None

    def list_commands(self, ctx):
        return sorted(name for name in COMMANDS if self._importable(name))

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                return None
            raise
        return getattr(module, attr)

    @staticmethod
    def _importable(name):
        module_name = COMMANDS[name].split(":")[0]
        return importlib.util.find_spec(module_name) is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="berita-kg")
def main():
    """Build a knowledge graph of Indonesian news.

    \b
    Typical session:
      kg build articles.jsonl --out output/     # ingest, NER, extract, store
      kg query --list                           # example SPARQL queries
      kg query -f heads.rq                      # run one
      kg export --format gexf -o graph.gexf     # open in Gephi
      kg push http://host:8890/sparql-graph-crud-auth --user dba   # to a triple store
    """

