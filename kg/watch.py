"""`kg watch DIR`: a long-lived build for news feeds. New or changed .txt/.jsonl files
in DIR are built into the store as they appear, with the NER model loaded once.

A file is taken once it is new or changed (size, mtime) and has not been modified for
`settle` seconds; renaming a finished file in is the safe way to drop one. The store is opened only while a
build runs, so `kg query` reads it in between. Files already built are remembered in
OUT/watch-state.json, so a restarted watcher picks up where it stopped.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Callable

from kg.ingest import EXTENSIONS
from kg.outputs import atomic_writer

STATE_FILE = "watch-state.json"


def candidates(directory: Path) -> dict[str, tuple[int, int]]:
    """Input files under directory (hidden and temp files skipped): path -> (mtime_ns, size)."""
    out = {}
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).parts
        if path.suffix.lower() not in EXTENSIONS or any(p.startswith(".") for p in relative):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue   # vanished meanwhile
        if path.is_file():
            out[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return out


def read_state(out_dir: Path) -> dict[str, tuple[int, int]]:
    try:
        return {k: tuple(v) for k, v in json.loads((out_dir / STATE_FILE).read_text("utf-8")).items()}
    except (OSError, ValueError):
        return {}


def write_state(out_dir: Path, state: dict) -> None:
    with atomic_writer(out_dir / STATE_FILE) as out:
        json.dump(state, out, sort_keys=True)


def watch(directory: str | Path, out_dir: str | Path, ner_model: str | None = None,
          base_iri: str | None = None, batch_size: int | None = None, poll: float = 2.0,
          settle: float = 1.0, should_stop: Callable[[], bool] = lambda: False,
          on_loaded: Callable[[], None] | None = None,
          on_build: Callable[[list[str], object], None] | None = None,
          on_bad: Callable[[str], None] | None = None) -> None:
    """Poll `directory` every `poll` seconds until should_stop() is true."""
    from kg.builder import build
    from kg.errors import KgError
    from kg.nlp.ner import NerTagger
    from kg.runtime import freeze_long_lived

    directory, out_dir = Path(directory), Path(out_dir)
    tagger = NerTagger(ner_model)
    freeze_long_lived()
    if on_loaded:
        on_loaded()
    state = read_state(out_dir)
    while not should_stop():
        now = time.time_ns()
        current = candidates(directory)
        ready = [path for path, stamp in current.items()
                 if state.get(path) != stamp and now - stamp[0] >= settle * 1e9]
        if ready:
            try:
                summary = build(sorted(ready), out_dir, skip_bad=True, ner_model=ner_model,
                                base_iri=base_iri, batch_size=batch_size, tagger=tagger,
                                on_bad=on_bad)
            except KgError as error:
                summary = None
                if on_bad:
                    on_bad(str(error))
                if not str(error).startswith("no articles to build"):
                    time.sleep(poll)   # e.g. the store is busy: try these files again
                    continue
            state.update({path: current[path] for path in ready})
            write_state(out_dir, state)
            if on_build:
                on_build(sorted(ready), summary)
            continue
        deadline = time.monotonic() + poll
        while time.monotonic() < deadline and not should_stop():
            time.sleep(min(0.1, poll))
