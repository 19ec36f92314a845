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
