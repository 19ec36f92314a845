"""`kg watch`: a real feed directory, files dropped into it one after the other; the model
loads once and the store is readable between builds."""
from __future__ import annotations

import subprocess
import sys
import time

from tests.conftest import SHARED

NEWS = SHARED / "news" / "indosum_dev.jsonl"


def article_ids(store):
    from kg.errors import KgError
    from kg.store.store import KgStore

    try:
        with KgStore.open(store) as opened:
            return set(opened.article_ids())
    except KgError:   # not created yet, or a build holds it right now
        return None


def wait_for(predicate, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return predicate()


def drop(feed, name, lines):
    """Write elsewhere, rename in: how a feed should deliver files."""
    tmp = feed / f".{name}.part"
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.rename(feed / name)


def test_watch_builds_files_as_they_appear(tmp_path):
    lines = NEWS.read_text(encoding="utf-8").splitlines(keepends=True)[2000:2004]
    ids = [__import__("json").loads(line)["id"] for line in lines]
    feed, out = tmp_path / "feed", tmp_path / "out"
    feed.mkdir()
    drop(feed, "first.jsonl", lines[:2])
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "watch", str(feed), "--out", str(out),
                                "--poll", "0.3", "--settle", "0.2", "--max-seconds", "150"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(lambda: article_ids(out / "store") == set(ids[:2]), 120), "first file not built"
        drop(feed, "second.jsonl", lines[2:])
        (feed / "notes.md").write_text("not an input", encoding="utf-8")
        assert wait_for(lambda: article_ids(out / "store") == set(ids), 60), "second file not built"
    finally:
        process.terminate()
        stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert stdout.count("model loaded") == 1
    assert [line.split(" from ")[0] for line in stdout.splitlines() if line.startswith("built")] == [
        "built 2 articles", "built 2 articles"]
    mentions = (out / "mentions.jsonl").read_text(encoding="utf-8")
    assert all(f'"article_id": "{i}"' in mentions for i in ids)
