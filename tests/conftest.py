"""Shared fixtures: the real shipped NER model (loaded once per test session) and ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
FOUNDING = SHARED / "news" / "antara-kalteng-sampit-psk-pelatihan-kue.txt"


@pytest.fixture(scope="session")
def tagger():
    from kg.nlp.ner import NerTagger

    return NerTagger()


@pytest.fixture(scope="session")
def founding_article():
    from kg.ingest import read_articles

    return next(read_articles([str(FOUNDING)]))


@pytest.fixture(scope="session")
def founding_analyzed(tagger, founding_article):
    from kg.nlp.pipeline import analyze

    return next(analyze([founding_article], tagger))


@pytest.fixture(scope="session")
def samples_build(tmp_path_factory):
    """`kg build` of the bundled sample articles (as `make demo` runs it), once per session:
    (out directory, CLI output). Tests that change the store work on a copy."""
    from click.testing import CliRunner

    from kg.cli import main
    from kg.samples import sample_paths

    out = tmp_path_factory.mktemp("samples")
    built = CliRunner().invoke(main, ["build", *map(str, sample_paths()), "--out", str(out)])
    assert built.exit_code == 0, built.output
    return out, built.output


# --- a real `kg serve` (tests/test_store_serve.py, test_serve_limits.py, test_serve_page.py) ---
NUL_PREDICATE = "urn:test:note"
MENTION_IRI = "https://w3id.org/berita-kg/person/bima-e"   # joined to the canonical by owl:sameAs
SERVE_LIMITS = ["--timeout", "4", "--max-memory-mb", "300", "--max-result-mb", "1",
                "--workers", "3", "--connection-timeout", "2"]


def start_serve(store, *options):
    """Start `kg serve --port 0` on a store; (process, base URL like http://127.0.0.1:PORT)."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve",
                             "--store", str(store), "--port", "0", *options],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    line = proc.stdout.readline()
    if "SPARQL endpoint: http://127.0.0.1:" not in line:
        proc.kill()
        raise RuntimeError(f"kg serve did not start: {line!r}")
    return proc, line.split()[2].rsplit("/", 1)[0]


@pytest.fixture(scope="session")
def served_store(tmp_path_factory):
    """The founding article, a literal holding NUL, and a mention IRI owl:sameAs Bima."""
    import pyoxigraph as ox

    from kg import vocab as V
    from kg.rdf.sample import founding_article
    from kg.store.store import KgStore

    path = tmp_path_factory.mktemp("serve") / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article()])
        entities = ox.NamedNode(str(V.entities_graph(V.DEFAULT_BASE_IRI)))
        bima = ox.NamedNode(V.DEFAULT_BASE_IRI + "person/bima-ekawardhana")
        store.ox.add(ox.Quad(bima, ox.NamedNode(NUL_PREDICATE), ox.Literal("a\x00b\x01c"), entities))
        store.ox.add(ox.Quad(ox.NamedNode(MENTION_IRI), ox.NamedNode(str(V.OWL.sameAs)), bima, entities))
    return path


@pytest.fixture(scope="session")
def endpoint(served_store):
    """(base URL, server process) of one `kg serve` shared by the serve tests."""
    proc, base = start_serve(served_store, *SERVE_LIMITS)
    try:
        yield base, proc
    finally:
        proc.terminate()
        proc.wait(timeout=15)


@pytest.fixture
def chunk_write_dies(monkeypatch):
    """`chunk_write_dies(n)`: the re-link's n-th chunk write (kg/link/full.py `_write_chunk`,
    also used by the event link) raises KeyboardInterrupt, as a kill between chunks would;
    `chunk_write_dies.restore()` puts the real one back."""
    import kg.link.full

    real = kg.link.full._write_chunk

    def arm(n: int) -> None:
        calls = []

        def dies(store, old, new):
            calls.append(1)
            if len(calls) == n:
                raise KeyboardInterrupt
            return real(store, old, new)

        monkeypatch.setattr(kg.link.full, "_write_chunk", dies)

    arm.restore = lambda: monkeypatch.setattr(kg.link.full, "_write_chunk", real)
    return arm
