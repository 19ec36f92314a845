"""Write a corpus of hostile inputs for `kg build` (generated, never committed: no binaries in git).

    python scripts/make_hostile_corpus.py DIR      # writes DIR/* and DIR/manifest.json

Each case is one input file and what `kg build FILE` must do with it:
- "error": fail before any NER work with one line that contains `needle` (and the file name);
- "ok": build cleanly (all "ok" files are built together, in one run).
tests/test_hostile_input.py runs every case.
"""
from __future__ import annotations

import json
import os
import random
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

# real Indonesian news sentences (Antara Kalteng, CC BY-SA; see kg/samples)
BUPATI = "Bupati Kotawaringin Timur Supian Hadi meresmikan pasar di Sampit, Kamis."
WALIKOTA = "Wali Kota Palangka Raya Fairid Naparin membuka rapat di Palangka Raya."
# a name with zero-width and bidi control characters inside it
HIDDEN = "Bupati Kotawaringin Timur Bi\u200bma \u202eEkawar\u202cdhana meresmikan pasar di Sampit."

MAX_ARTICLE_CHARS = 1_000_000    # kg.ingest.MAX_ARTICLE_CHARS


@dataclass(frozen=True)
class Case:
    file: str
    expect: str            # "error" | "ok"
    needle: str = ""       # part of the one-line error
    options: tuple[str, ...] = ()


def _jsonl(*records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def make(directory: str | os.PathLike, seed: int = 13) -> list[Case]:
    """Write the hostile files into directory; return the cases."""
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    cases: list[Case] = []

    def write(name: str, data: bytes, expect: str, needle: str = "", options=()) -> None:
        (root / name).write_bytes(data)
        cases.append(Case(name, expect, needle, tuple(options)))

    ok = {"id": "ok-1", "title": "Pasar", "text": BUPATI}
    # --- refused, one line, before the model loads
    write("binary.jsonl", bytes(rng.randrange(256) for _ in range(512)) + b"\0", "error", "NUL byte")
    write("invalid-utf8.jsonl", b'{"id": "a", "text": "Bupati \xff\xfe Kotim"}\n', "error",
          "invalid UTF-8")
    write("malformed.jsonl", b'{"id": "a", "text": "Bupati"\n', "error", "malformed JSON")
    write("not-an-object.jsonl", b"[1, 2, 3]\n", "error", "expected a JSON object")
    write("missing-text.jsonl", _jsonl({"id": "a", "title": "t"}), "error", "missing or empty 'text'")
    write("bad-date.jsonl", _jsonl({"id": "a", "text": BUPATI, "date": "2017-02-30"}), "error",
          "bad date")
    write("empty.jsonl", b"\n\n", "error", "empty file")
    write("surrogate-id.jsonl", b'{"id": "x\\ud800y", "text": "Bupati Kotim."}\n', "error",
          "'id' has a lone surrogate")
    write("surrogate-text.jsonl", _jsonl(ok) + b'{"id": "b", "text": "Bupati \\udfff Kotim."}\n',
          "error", ":2: 'text' has a lone surrogate")
    write("surrogate-metadata.jsonl", b'{"id": "a", "text": "Bupati.", "tags": ["\\udc80"]}\n',
          "error", "'tags[0]' has a lone surrogate")
    write("utf16-no-bom.jsonl", _jsonl(ok).decode("utf-8").encode("utf-16-le"), "error",
          "UTF-16LE without a byte order mark")
    write("utf16-truncated.jsonl", b"\xff\xfe" + _jsonl(ok).decode("utf-8").encode("utf-16-le")[:-3],
          "error", "invalid UTF-16-LE")
    write("huge-article.jsonl", _jsonl({"id": "huge", "text": "Bupati " + "a" * MAX_ARTICLE_CHARS}),
          "error", f"the limit is {MAX_ARTICLE_CHARS:,}")
    write("table.csv", b"id,text\n1,Bupati\n", "error", "unsupported file type")
    for iri, needle in [("not an iri", "not an absolute IRI"), ("http://x/%zz/", "'%'"),
                        ("http://[::1/", "closing ']'"), ("javascript:alert(1)//", "'javascript'"),
                        ("http://x/a/../", "dot segments"), ("http://x/?q=1", "query")]:
        name = f"base-iri-{len(cases)}.jsonl"
        write(name, _jsonl(ok), "error", needle, ("--base-iri", iri))
    loop_a, loop_b = root / "loop-a.jsonl", root / "loop-b.jsonl"
    for link, target in ((loop_a, loop_b), (loop_b, loop_a)):
        if not link.is_symlink():
            link.symlink_to(target.name)
    cases.append(Case("loop-a.jsonl", "error", "loop-a.jsonl: file not found"))

    # --- built cleanly
    records = [
        {"id": ".", "title": "dot", "text": BUPATI},
        {"id": "..", "title": "dot dot", "text": WALIKOTA},
        {"id": "!.", "title": "marked", "text": WALIKOTA + " Rapat dihadiri camat."},
        {"id": "%2E", "title": "encoded", "text": BUPATI + " Pasar itu baru."},
        {"id": "a/../b", "title": "slashes", "text": BUPATI + " Pedagang senang."},
        {"id": "hidden", "title": "hidden", "text": HIDDEN},
        {"id": "meta<>\"{}|\\^`", "title": "<script>", "text": WALIKOTA + " Warga hadir."},
    ]
    write("dot-ids.jsonl", _jsonl(*records), "ok")
    write("utf16.jsonl", _jsonl({"id": "utf16", "title": "UTF-16", "text": WALIKOTA + " Ramai."})
          .decode("utf-8").encode("utf-16"), "ok")
    write("utf16.txt", b"\xfe\xff" + ("Judul UTF-16 BE\n" + BUPATI + "\n").encode("utf-16-be"),
          "ok")
    write("utf8-bom.txt", b"\xef\xbb\xbf" + ("Judul BOM\n" + WALIKOTA + "\n").encode("utf-8"), "ok")
    (root / "manifest.json").write_text(json.dumps([asdict(c) for c in cases], indent=1),
                                        encoding="utf-8")
    return cases


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    made = make(sys.argv[1])
    print(f"wrote {len(made)} cases to {sys.argv[1]}")
