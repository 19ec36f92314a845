"""`kg validate`: pyshacl over the store with ontologies/shapes.ttl."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.rdf.sample import founding_article, synthetic_article
from kg.store.store import KgStore


def build(path, extra_update=None):
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article(), synthetic_article(3)])
        if extra_update:
            store.ox.update(extra_update)


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_clean_store_conforms(tmp_path):
    build(tmp_path / "out" / "store")
    code, out = run("validate", str(tmp_path / "out"))
    assert code == 0, out
    assert "0 violations" in out


def test_violations_are_reported(tmp_path):
    broken = """
    PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    INSERT DATA { GRAPH <urn:x:g> {
      <https://w3id.org/berita-kg/person/bima-ekawardhana> skos:prefLabel "Another name" .
      <https://w3id.org/berita-kg/person/bima-ekawardhana> org:headOf <urn:x:untyped> .
    } }"""
    build(tmp_path / "store", broken)
    code, out = run("validate", "--store", str(tmp_path / "store"))
    assert code == 1
    assert "bima-ekawardhana" in out
    assert "3 violations" in out, out


def test_missing_store(tmp_path):
    code, out = run("validate", str(tmp_path))
    assert code != 0 and "no store at" in out
