"""Broken runs: kill -9 at random points (with and without --commit-every), a second build
into a busy store, readers during a build, temp files of killed builds."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from kg.outputs import remove_stale_temps
from kg.rdf.sample import founding_article
from kg.store.store import KgStore

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

# A stand-in for a build in its phases: holds the build lock ("build": loading the model,
# NER) and then the store's write lock as well ("commit"), on command from stdin.
HOLDER = """
import sys
from pathlib import Path
from kg.store.lock import BuildLock, StoreLock
store = Path(sys.argv[1])
for line in sys.stdin:
    if line.strip() == "build":
        BuildLock(store).acquire()
    elif line.strip() == "commit":
        StoreLock(store, exclusive=True).acquire()
    print("ok", flush=True)
"""

# Several CLI calls in one fresh process; reports whether any of them imported Stanza.
CLIENT = """
import json, sys
from click.testing import CliRunner
from kg.cli import main
out = []
for args in json.loads(sys.argv[1]):
    result = CliRunner().invoke(main, args)
    out.append([result.exit_code, result.output])
out.append("stanza" in sys.modules)
print(json.dumps(out))
"""


def clients(*calls):
    proc = subprocess.run([sys.executable, "-c", CLIENT, json.dumps([list(map(str, c)) for c in calls])],
                          capture_output=True, text=True, timeout=120, env=ENV)
    assert proc.returncode == 0, proc.stderr
    *results, stanza = json.loads(proc.stdout)
    return results, stanza


def test_busy_store_refuses_a_build_at_once_and_readers_see_the_last_commit(tmp_path):
    out = tmp_path / "out"
    with KgStore.open(out / "store", write=True) as store:
        store.add_articles([founding_article()])
    article = tmp_path / "a.txt"
    article.write_text("Judul\nBupati Kotim meresmikan pasar di Sampit.\n", encoding="utf-8")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(out / "store")], env=ENV,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        holder.stdin.write("build\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "ok"
        (build, query, export), stanza = clients(
            ["build", article, "--out", out],
            ["query", "--store", out / "store", "--format", "csv", count],
            ["export", "-f", "nquads", "--store", out / "store", "-o", tmp_path / "g.nq"])
        assert not stanza, "the refused build loaded the NER model"
        assert build[0] == 1 and f"being built by another process (pid {holder.pid})" in build[1]
        # the build is in its NER phase: readers read the last committed state
        assert query[0] == 0 and query[1].split() == ["n", "1"], query
        assert export[0] == 0 and (tmp_path / "g.nq").stat().st_size > 0
        holder.stdin.write("commit\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "ok"
        (query,), _ = clients(["query", "--store", out / "store", count])
        assert query[0] == 1 and f"being written by another process (pid {holder.pid})" in query[1]
    finally:
        holder.kill()
        holder.wait()
    (query,), _ = clients(["query", "--store", out / "store", "--format", "csv", count])
    assert query[0] == 0       # kill -9 released both locks


def test_reader_of_a_first_build_is_told_it_is_running(tmp_path):
    store = tmp_path / "out" / "store"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store)], env=ENV,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        store.mkdir(parents=True)
        holder.stdin.write("build\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "ok"
        (query,), _ = clients(["query", "--store", store, "SELECT * WHERE { ?s ?p ?o }"])
        assert query[0] == 1 and f"a build (pid {holder.pid}) is writing its first commit" in query[1]
    finally:
        holder.kill()
        holder.wait()


def test_only_temp_files_of_dead_writers_are_removed(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".mentions.jsonl.{dead.pid}.abcd1234.tmp"
    live = tmp_path / f".facts.jsonl.{os.getpid()}.abcd1234.tmp"
    other = tmp_path / ".notes.tmp"
    for path in (stale, live, other):
        path.write_text("x")
    assert remove_stale_temps(tmp_path) == [stale]
    assert not stale.exists() and live.exists() and other.exists()


def test_kill_9_at_random_points_leaves_a_usable_store_and_no_temp_files(tmp_path):
    seed = int(os.environ.get("KG_KILL_SEED", random.randrange(10**6)))
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "kill_trials.py"), str(tmp_path),
                           str(seed), "4"], capture_output=True, text=True, timeout=300, env=ENV)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    trials = report["trials"]
    note = f"KG_KILL_SEED={seed}: {json.dumps(report)}"
    assert sum(t["killed"] for t in trials) >= 2, note
    for t in trials:
        assert t["earlier_intact"] and t["new_complete"] and t["prefix"], note
        if t["commit_every"] is None:
            assert t["new_articles"] in (0, 6), note       # one transaction: all or nothing
        assert t["rerun_exit"] == 0 and t["rerun_complete"], note
        assert t["temps_after_rerun"] == [], note          # the rerun removed the killed build's
