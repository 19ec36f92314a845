"""kill -9 trials for tests/test_broken_runs.py (run as a script; prints one JSON report).

    python tests/kill_trials.py WORKDIR SEED TRIALS

Loads the real NER model once, then runs `kg build` (the CLI, with its preflight) in forked
children and kills each with SIGKILL after a random delay, with and without --commit-every.
After every kill it checks the store (it opens; the earlier articles are untouched; the new
articles' graphs are complete and, without --commit-every, all or none), counts the temp files
left behind, and reruns the build, which must complete and leave no temp file.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = 2      # articles already in the store before the killed build
SECOND = 6     # articles of the killed build
BATCH = 2      # --commit-every
PHASES = ["analysis", "commit"]   # where each trial kills, in turn


def graphs(store_dir: Path) -> dict[str, frozenset[str]]:
    """The store's quads by graph, read in a forked child: this process must never open a
    store itself (RocksDB's background threads would deadlock the children forked later)."""
    result = store_dir.parent / f"graphs-{time.monotonic_ns()}.json"
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            from kg.store.store import KgStore

            by_graph = defaultdict(list)
            with KgStore.open(store_dir) as store:
                for quad in store.ox:
                    by_graph[quad.graph_name.value].append(
                        f"{quad.subject} {quad.predicate} {quad.object}")
            result.write_text(json.dumps(by_graph), encoding="utf-8")
            code = 0
        finally:
            os._exit(code)
    if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0:
        raise RuntimeError(f"cannot read the store {store_dir}")
    data = json.loads(result.read_text(encoding="utf-8"))
    result.unlink()
    return {g: frozenset(q) for g, q in data.items()}


def temps(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob(".*.tmp"))


def main(work: Path, seed: int, trials: int) -> dict:
    from kg.nlp.ner import NerTagger

    import kg.builder
    from kg import vocab as V
    from kg.cli import main as cli
    from kg.store.lock import LOCK_NAME

    tagger = NerTagger()          # the real model, loaded once; each child uses its copy
    kg.builder.NerTagger = lambda *args, **kwargs: tagger

    lines = (ROOT / "kg" / "samples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = work / "first.jsonl", work / "second.jsonl"
    first.write_text("\n".join(lines[:FIRST]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[FIRST:FIRST + SECOND]) + "\n", encoding="utf-8")
    second_ids = [json.loads(line)["id"] for line in lines[FIRST:FIRST + SECOND]]
    second_graphs = [str(V.article_iri(V.DEFAULT_BASE_IRI, i)) for i in second_ids]

    def start(source: Path, out: Path, commit_every: int | None) -> int:
        pid = os.fork()
        if pid == 0:   # child: the CLI, output discarded
            code = 1
            try:
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                args = ["build", str(source), "--out", str(out), "--no-progress"]
                cli.main(args + (["--commit-every", str(commit_every)] if commit_every else []),
                         standalone_mode=False)
                code = 0
            finally:
                os._exit(code)
        return pid

    def finish(pid: int) -> int:
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

    def holds_write_lock(out: Path, pid: int) -> bool:
        try:
            return (out / "store" / LOCK_NAME).read_text().strip() == str(pid)
        except OSError:
            return False

    def finish_timed(pid: int, out: Path) -> tuple[int, float]:
        """Exit code, and seconds from taking the store's write lock to the end (commits)."""
        locked = None
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            now = time.monotonic()
            if done:
                return os.waitstatus_to_exitcode(status), now - (locked or now)
            if locked is None and holds_write_lock(out, pid):
                locked = now
            time.sleep(0.002)

    base = work / "base"
    began = time.monotonic()
    assert finish(start(first, base, None)) == 0
    seconds = time.monotonic() - began      # a small build: scales the analysis-phase delays
    before = graphs(base / "store")
    after = None                            # the store after the first complete rerun
    commit_seconds = {}                     # --commit-every -> seconds of commits in a rerun
    checks = []

    rng = random.Random(seed)
    report = {"seed": seed, "small_build_seconds": round(seconds, 2), "trials": []}
    for n in range(trials):
        commit_every = BATCH if n // 2 % 2 else None
        out = work / f"trial-{n}"
        shutil.copytree(base, out)
        phase = PHASES[n % len(PHASES)]
        pid = start(second, out, commit_every)
        began = time.monotonic()
        if phase == "commit":   # once the child holds the store's write lock, within the commits
            while time.monotonic() - began < 10 * seconds and not holds_write_lock(out, pid):
                time.sleep(0.002)
            time.sleep(rng.uniform(0.0, 0.7) * commit_seconds.get(commit_every, 0.3))
        else:                   # reading, model, NER, extraction
            time.sleep(rng.uniform(0.05, 0.6) * seconds)
        delay = time.monotonic() - began
        killed = True
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            killed = False
        code = finish(pid)
        trial = {"phase": phase, "commit_every": commit_every, "delay": round(delay, 2), "exit": code,
                 "killed": killed and code == -signal.SIGKILL, "temps_after_kill": temps(out)}
        found = graphs(out / "store")
        trial["earlier_intact"] = all(found.get(g) == q for g, q in before.items()
                                      if g.startswith(V.DEFAULT_BASE_IRI + "article/"))
        present = [g for g in second_graphs if g in found]
        trial["new_articles"] = len(present)
        trial["prefix"] = present == second_graphs[:len(present)]
        trial["rerun_exit"], commit_seconds[commit_every] = finish_timed(
            start(second, out, commit_every), out)
        trial["temps_after_rerun"] = temps(out)
        trial["rerun_commit_seconds"] = round(commit_seconds[commit_every], 2)
        rerun = graphs(out / "store")
        after = after or rerun
        checks.append((trial, found, present, rerun))
        report["trials"].append(trial)
    for trial, found, present, rerun in checks:
        trial["new_complete"] = all(found[g] == after[g] for g in present)
        trial["rerun_complete"] = all(rerun.get(g) == after[g] for g in second_graphs)
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))
