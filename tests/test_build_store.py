"""`kg build` into a real store: idempotent, the same across workers, outputs that follow
the store across builds, and a killed build that stops at a batch boundary (its workers
exit with it) and is completed by a rerun."""
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


def build_with(tagger, *paths, out, **options):
    """kg.builder.build in this process with the session's model: its store line."""
    from kg.builder import build as run_build

    return run_build([str(p) for p in paths], out, tagger=tagger, **options).store_report


@pytest.fixture(scope="module")
def built(articles, tagger, tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    build_with(tagger, articles, out=out)
    return out


def copy_of(built, tmp_path):
    import shutil

    shutil.copytree(built, tmp_path, dirs_exist_ok=True)
    return tmp_path


def test_building_twice_gives_the_same_store(articles, built, tagger, tmp_path):
    copy_of(built, tmp_path)
    first = dump(tmp_path / "store")
    output = build_with(tagger, articles, out=tmp_path)
    assert "0 articles added, 12 replaced" in output
    assert dump(tmp_path / "store") == first
    graphs = {q.split(" ")[-2] for q in first}
    assert len(graphs) >= 12 + 2   # one graph per article, entities, regions


def test_workers_give_the_same_outputs(articles, built, tmp_path):
    build(articles, "--out", tmp_path, "--workers", "2", "--batch-size", "5")
    for name in ("mentions.jsonl", "entities.jsonl", "facts.jsonl"):
        assert (built / name).read_bytes() == (tmp_path / name).read_bytes()
    assert dump(built / "store") == dump(tmp_path / "store")


def jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def blocks(path):
    """article id -> its lines; fails when an article's lines are not one block."""
    out, order = {}, []
    for record in jsonl(path):
        aid = record["article_id"]
        if not order or order[-1] != aid:
            assert aid not in out, f"{aid} has two blocks in {path.name}"
            order.append(aid)
        out.setdefault(aid, []).append(record)
    return out


def store_articles_and_entities(store):
    from kg.store.store import KgStore

    with KgStore.open(store) as opened:
        keys = {r["key"] for r in opened.entity_records()}
        return set(opened.article_ids()), keys


def test_outputs_follow_the_store_across_builds(built, tagger, tmp_path):
    copy_of(built, tmp_path)
    first = {name: blocks(tmp_path / name) for name in ("mentions.jsonl", "facts.jsonl")}
    again = corpus(tmp_path / "again.jsonl", 1004, 12)   # 8 of the same articles, 4 new ones
    output = build_with(tagger, again, out=tmp_path, batch_size=5)
    assert "8 replaced" in output
    ids, keys = store_articles_and_entities(tmp_path / "store")
    assert len(ids) == 16
    for name, before in first.items():
        now = blocks(tmp_path / name)
        assert set(now) <= ids
        assert {aid: now[aid] for aid in before} == before   # rebuilt: same records, once
    assert set(blocks(tmp_path / "mentions.jsonl")) == ids
    assert {r["key"] for r in jsonl(tmp_path / "entities.jsonl")} == keys
    wal = sum(f.stat().st_size for f in (tmp_path / "store").glob("*.log"))
    assert wal < 100_000, "the build should end with a compacted store (write-ahead log dropped)"


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_killed_build_stops_at_a_batch_boundary_and_its_workers_exit(built, tagger, tmp_path):
    copy_of(built, tmp_path)
    before = set(dump(tmp_path / "store"))
    ids_before, _ = store_articles_and_entities(tmp_path / "store")
    mentions_size = (tmp_path / "mentions.jsonl").stat().st_size
    big = corpus(tmp_path / "big.jsonl", 0, 40)
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(big), "--out", str(tmp_path),
                                "--workers", "2", "--batch-size", "10", "--no-progress"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 240
        while time.time() < deadline and (tmp_path / "mentions.jsonl").stat().st_size == mentions_size:
            time.sleep(0.2)    # until the first batch is committed and appended
        assert process.poll() is None, process.stderr.read().decode()
        workers = [pid for child in children(process.pid) for pid in [child, *children(child)]]
        assert len([pid for pid in workers if alive(pid)]) >= 2
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        deadline = time.time() + 15
        while time.time() < deadline and any(alive(pid) for pid in workers):
            time.sleep(0.2)
        assert not any(alive(pid) for pid in workers), "workers outlived their parent"
    finally:
        if process.poll() is None:
            process.kill()
    ids, _ = store_articles_and_entities(tmp_path / "store")
    big_ids = [json.loads(line)["id"] for line in big.read_text(encoding="utf-8").splitlines()]
    added = ids - ids_before
    assert added and len(added) % 10 == 0 and added == set(big_ids[:len(added)])   # whole batches
    merged = ("graph/entities>", "graph/merge-tally>")   # only merged entity data may change
    assert before - set(dump(tmp_path / "store")) <= {q for q in before if q.endswith(merged)}
    build_with(tagger, big, out=tmp_path, batch_size=10)    # the rerun completes it
    ids, keys = store_articles_and_entities(tmp_path / "store")
    assert ids == ids_before | set(big_ids)
    assert set(blocks(tmp_path / "mentions.jsonl")) <= ids
    assert set(blocks(tmp_path / "facts.jsonl")) <= ids
    assert {r["key"] for r in jsonl(tmp_path / "entities.jsonl")} == keys


def regenerated(store):
    from kg.outputs import json_line
    from kg.store.store import KgStore

    with KgStore.open(store) as opened:
        return sorted(json_line(r) for r in opened.entity_records())


def lines(path):
    return sorted(path.read_text(encoding="utf-8").splitlines(keepends=True))


def test_entities_file_is_updated_in_place_while_it_lists_the_store(built, tagger, tmp_path):
    from kg.builder import build as run_build

    copy_of(built, tmp_path)
    more = corpus(tmp_path / "more.jsonl", 1012, 3)
    summary = run_build([str(more)], tmp_path, tagger=tagger)
    assert summary.entities_touched is not None and 0 < summary.entities_touched < summary.entities
    assert lines(tmp_path / "entities.jsonl") == regenerated(tmp_path / "store")
    # a file edited by hand no longer lists the store: the next build writes it whole
    edited = (tmp_path / "entities.jsonl").read_text(encoding="utf-8").replace('"pref_label": "', '"pref_label": "x', 1)
    (tmp_path / "entities.jsonl").write_text(edited, encoding="utf-8")
    summary = run_build([str(corpus(tmp_path / "one.jsonl", 1015, 1))], tmp_path, tagger=tagger)
    assert summary.entities_touched is None
    assert lines(tmp_path / "entities.jsonl") == regenerated(tmp_path / "store")


def test_a_relink_makes_the_next_build_rewrite_the_entities_file(built, tagger, tmp_path):
    from kg.builder import build as run_build
    from kg.store.store import KgStore

    copy_of(built, tmp_path)
    with KgStore.open(tmp_path / "store", write=True) as store:
        assert store.listed_token() is not None
        store.relink()
        assert store.listed_token() is None
    summary = run_build([str(corpus(tmp_path / "one.jsonl", 1016, 1))], tmp_path, tagger=tagger)
    assert summary.entities_touched is None
    assert lines(tmp_path / "entities.jsonl") == regenerated(tmp_path / "store")


def test_kg_link_rewrites_the_entities_file_of_its_build(built, tmp_path):
    copy_of(built, tmp_path)
    (tmp_path / "entities.jsonl").write_text("", encoding="utf-8")   # stale on purpose
    result = CliRunner().invoke(main, ["link", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "rewrote" in result.output
    assert lines(tmp_path / "entities.jsonl") == regenerated(tmp_path / "store")
    from kg.store.store import KgStore

    with KgStore.open(tmp_path / "store") as store:   # listed: the next build updates it in place
        assert store.listed_token() is not None
