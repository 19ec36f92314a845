"""Store dumps: TriG/N-Quads keep named graphs and parse with the same triple count
in rdflib, pyoxigraph and raptor's rapper; merged formats parse too."""
from __future__ import annotations

import json
import os
import shutil
import subprocess

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.rdf.sample import founding_article, synthetic_article
from kg.rdf.serialize import serialize_quads
from kg.store.store import KgStore

from test_rdf_convert import hostile_article


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("dump") / "store"
    with KgStore.open(path, write=True) as s:
        s.add_articles([founding_article(), hostile_article(), synthetic_article(2)])
    with KgStore.open(path) as s:
        yield s


def rapper_path():
    found = shutil.which("rapper")
    if not found and os.environ.get("CI"):
        pytest.fail("rapper (Debian raptor2-utils) must be installed in CI")
    if not found:
        pytest.skip("rapper not installed (apt-get install raptor2-utils)")
    return found


def test_trig_same_count_in_rdflib_pyoxigraph_and_rapper(store, tmp_path):
    out = tmp_path / "graph.trig"
    store.dump(str(out), "trig")
    total = store.quad_count()
    assert total > 800
    ds = Dataset()
    ds.parse(out, format="trig")
    assert sum(1 for _ in ds.quads((None, None, None, None))) == total
    assert len(list(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))) == total
    run = subprocess.run([rapper_path(), "-i", "trig", "-c", str(out)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert f"returned {total} triples" in run.stderr


def test_nquads_same_count_in_rapper(store, tmp_path):
    out = tmp_path / "graph.nq"
    store.dump(str(out), "nquads")
    run = subprocess.run([rapper_path(), "-i", "nquads", "-c", str(out)],
                         capture_output=True, text=True, timeout=60)
    assert f"returned {store.quad_count()} triples" in run.stderr, run.stderr


@pytest.mark.parametrize("fmt,rdflib_format", [
    ("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_merged_dumps(store, tmp_path, fmt, rdflib_format):
    out = tmp_path / f"graph.{fmt}"
    store.dump(str(out), fmt)
    distinct = len(list(store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")))
    graph = Graph()
    graph.parse(out, format=rdflib_format)
    assert len(graph) == distinct
    if fmt == "jsonld":
        assert "@context" in json.loads(out.read_text())


def test_article_trig_from_rdflib_matches_store_graph(store):
    from kg.rdf.convert import article_quads
    quads = article_quads(founding_article())
    text = serialize_quads(quads, "trig")
    parsed = {str(q) for q in ox.parse(text.encode(), ox.RdfFormat.TRIG)}
    graph = ox.NamedNode(str(quads[0][3]))
    stored = {str(q) for q in store.ox.quads_for_pattern(None, None, None, graph)}
    assert parsed == stored
