"""mentions.jsonl, facts.jsonl and entities.jsonl, kept consistent with the store across
builds into the same --out.

mentions and facts: one block of lines per article, appended right after the store
commits the batch that holds it. An article built again (later in the same build or in
any earlier one) keeps only its newest block: a build that replaced articles rewrites the
two files once at its end (temp file + rename) without the older blocks. entities.jsonl
lists the store's merged entities: a build rewrites only the lines of the entities it
touched when the file lists the store's state before it (the store keeps the file's size
and mtime, and drops them at any other write), else it is regenerated from the store.

A killed build leaves the blocks of the batches it committed (a half-written last line
is cut off by the next build); rerunning it replaces them.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from kg.errors import KgError
from kg.outputs import atomic_writer, json_line, os_message, temp_for

MENTIONS, ENTITIES, FACTS = "mentions.jsonl", "entities.jsonl", "facts.jsonl"
NAMES = (MENTIONS, ENTITIES, FACTS)


class ArticleLog:
    """An append-only JSONL file of per-article record blocks (field article_id)."""

    def __init__(self, path: Path):
        self.path = path
        check_writable(path)
        try:
            self.handle = open(path, "ab")
            _cut_partial_line(self.handle)
        except OSError as error:
            raise KgError(f"cannot write {path}: {os_message(error)}") from None
        self.newest: dict[str, tuple[int, int]] = {}   # rebuilt article -> its block in this file

    def append(self, article_id: str, records, rebuilt: bool) -> None:
        start = self.handle.tell()
        for record in records:
            self.handle.write(json_line(record).encode("utf-8"))
        if rebuilt:
            self.newest[article_id] = (start, self.handle.tell())

    def flush(self) -> None:
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()
        if self.newest:
            self._drop_older_blocks()

    def _drop_older_blocks(self) -> None:
        with open(self.path, "rb") as source, atomic_writer(self.path, "wb") as target:
            offset = 0
            for line in source:
                article_id = json.loads(line)["article_id"]
                block = self.newest.get(article_id)
                if block is None or block[0] <= offset < block[1]:
                    target.write(line)
                offset += len(line)
        self.newest = {}


def check_writable(path: Path) -> None:
    """The checks (and messages) of every output file, before any slow work."""
    fd, tmp = temp_for(path)
    os.close(fd)
    os.unlink(tmp)


def _cut_partial_line(handle) -> None:
    size = handle.seek(0, os.SEEK_END)
    if size == 0:
        return
    with open(handle.name, "rb") as reader:
        end = size
        while end > 0:
            start = max(0, end - 65536)
            reader.seek(start)
            chunk = reader.read(end - start)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                end = start + cut + 1
                break
            end = start
    if end != size:
        handle.truncate(end)
        handle.seek(end)


_PLAIN = re.compile(r"(?!\.{1,2}$)[A-Za-z0-9._~-]{1,100}")   # segments kg.vocab does not escape


def _key(line: str) -> str:
    """The key of an entities.jsonl line (its first field), without parsing the rest."""
    end = line.find('", "type": ', 9)
    if line.startswith('{"key": "') and end > 0 and "\\" not in line[9:end]:
        return line[9:end]
    return json.loads(line)["key"]


def write_entities(path: Path, store, base_iri: str, touched: set[str] | None = None) -> int:
    """Regenerate entities.jsonl from the store, or, given the entity IRIs a build may
    have changed (`touched`; the file then lists the store's state before the build),
    rewrite only their lines (an entity new to the file goes at its end). Returns the
    number of entities; the store then records the file as listing its state."""
    from kg import vocab as V

    count = 0
    if touched is None or not path.exists():
        with atomic_writer(path) as out:
            for record in store.entity_records(base_iri):
                out.write(json_line(record))
                count += 1
        store.set_listed_token(entities_token(path))
        return count
    fresh, done = store.entity_records_of(sorted(touched), base_iri), set()
    tails = {iri.rsplit("/", 1)[-1] for iri in fresh}
    with atomic_writer(path) as out, path.open(encoding="utf-8") as old:
        for line in old:
            key = _key(line)
            tail = key.rsplit("/", 1)[-1]
            # a plain last segment is its IRI's own: not among the tails, not touched
            iri = None if tail not in tails and _PLAIN.fullmatch(tail) else str(V.entity_iri(base_iri, key))
            if iri not in fresh:
                out.write(line)
                count += 1
            elif iri not in done:
                done.add(iri)
                out.writelines(json_line(r) for r in fresh[iri])
                count += len(fresh[iri])
        for iri in sorted(fresh.keys() - done):
            out.writelines(json_line(r) for r in fresh[iri])
            count += len(fresh[iri])
    store.set_listed_token(entities_token(path))
    return count


def entities_token(path: Path) -> str | None:
    """entities.jsonl's size and mtime, which the store records after writing it."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}"


class BuildOutputs:
    """The three files of one --out directory during a build."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        check_writable(self.out_dir / ENTITIES)
        self.mentions = ArticleLog(self.out_dir / MENTIONS)
        self.facts = ArticleLog(self.out_dir / FACTS)

    def append(self, analyzed, resolved, fact_records, rebuilt: bool) -> None:
        import dataclasses

        article_id = resolved.article.id
        self.mentions.append(article_id, (dataclasses.asdict(m) for m in analyzed.mentions), rebuilt)
        self.facts.append(article_id, fact_records, rebuilt)

    def flush(self) -> None:
        self.mentions.flush()
        self.facts.flush()

    def entities_token(self) -> str | None:
        return entities_token(self.out_dir / ENTITIES)

    def write_entities(self, store, base_iri: str, touched: set[str] | None = None) -> int:
        return write_entities(self.out_dir / ENTITIES, store, base_iri, touched)

    def close(self) -> None:
        self.mentions.close()
        self.facts.close()

    @property
    def paths(self) -> list[Path]:
        return [self.out_dir / name for name in NAMES]
