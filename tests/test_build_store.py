"""`kg build` into a real store: idempotent, order-independent across workers, and a
killed build leaves the previous store as it was."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SHARED

NEWS = SHARED / "news" / "indosum_dev.jsonl"


def corpus(path, start, count):
    with NEWS.open(encoding="utf-8") as lines:
        chosen = [line for i, line in enumerate(lines) if start <= i < start + count]
    path.write_text("".join(chosen), encoding="utf-8")
    return path


def dump(store):
    from kg.store.store import KgStore

    with KgStore.open(store) as opened:
        return sorted(str(q) for q in opened.ox)


def build(*args):
    result = CliRunner().invoke(main, ["build", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("in") / "a.jsonl", 1000, 12)


def test_building_twice_gives_the_same_store(articles, tmp_path):
    build(articles, "--out", tmp_path)
    first = dump(tmp_path / "store")
    output = build(articles, "--out", tmp_path)
    assert "0 articles added, 12 replaced" in output
    assert dump(tmp_path / "store") == first
    graphs = {q.split(" ")[-2] for q in first}
    assert len(graphs) >= 12 + 2   # one graph per article, entities, regions


def test_workers_give_the_same_outputs(articles, tmp_path):
    build(articles, "--out", tmp_path / "one")
    build(articles, "--out", tmp_path / "two", "--workers", "2", "--commit-every", "5")
    for name in ("mentions.jsonl", "entities.jsonl", "facts.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert dump(tmp_path / "one" / "store") == dump(tmp_path / "two" / "store")


def test_killed_build_leaves_the_previous_store(articles, tmp_path):
    build(articles, "--out", tmp_path)
    before = dump(tmp_path / "store")
    facts_before = (tmp_path / "facts.jsonl").read_bytes()
    big = corpus(tmp_path / "big.jsonl", 0, 400)
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(big), "--out", str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and not any(p.name.startswith(".mentions") for p in tmp_path.iterdir()):
        time.sleep(0.2)    # wait until it is writing its outputs
    time.sleep(2)
    assert process.poll() is None, process.stderr.read().decode()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert dump(tmp_path / "store") == before
    assert (tmp_path / "facts.jsonl").read_bytes() == facts_before
    lines = [json.loads(line) for line in (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines and all(r["article_id"].startswith("indosum-") for r in lines)
