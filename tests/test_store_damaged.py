"""A store whose CURRENT or .sst files are damaged: one clear line from every verb."""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.rdf.sample import founding_article
from kg.samples import sample_paths
from kg.store.store import KgStore


def damage_current(store):
    (store / "CURRENT").write_text("garbage\n")


def damage_sst(store):
    for sst in store.glob("*.sst"):
        data = bytearray(sst.read_bytes())
        data[-8:] = b"\x00" * 8   # the table's magic number
        sst.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def good_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("damaged") / "good" / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article()])
    return path


@pytest.mark.parametrize("damage", [damage_current, damage_sst])
def test_every_verb_says_the_store_is_damaged(good_store, tmp_path, damage):
    out = tmp_path / "out"
    store = out / "store"
    shutil.copytree(good_store, store)
    damage(store)
    runs = {
        "query": ["query", "--store", str(store), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
        "export": ["export", "--store", str(store), "-f", "trig", "-o", str(tmp_path / "x.trig")],
        "serve": ["serve", "--store", str(store), "--port", "0"],
        "build": ["build", str(sample_paths()[0]), "--out", str(out)],
    }
    for verb, args in runs.items():
        result = CliRunner().invoke(main, args)
        lines = result.output.strip().splitlines()
        assert result.exit_code != 0, (verb, result.output)
        assert len(lines) == 1 and f"store {store} is damaged" in lines[0], (verb, result.output)
        assert "kg build" in lines[0] and "new directory" in lines[0]
    assert not (tmp_path / "x.trig").exists()
