"""Ingest: read news articles from .txt files, JSONL files, directories or stdin.

    for article in read_articles(["kg/samples"]):
        ...

A .txt file is one article: its first non-empty line is the title, the text is
everything after that line, verbatim. A .jsonl file has one JSON object per line
with fields id, title, date, source, source_url, text; other fields go to metadata.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from kg.errors import KgError
from kg.ingest_types import Article, Dateline

MAX_BYTES = 50 * 1024 * 1024          # longest JSONL line / largest .txt file we accept
# Longest article text we accept. Analysis of one article holds all of it (tokens, mentions,
# per-article resolution, which grows faster than linearly): measured with
# scripts/bench_huge_article.py, a 0.95 MB article needs 0.9 GB and 5 min on one core.
MAX_ARTICLE_CHARS = 1_000_000
KNOWN_FIELDS = ("id", "title", "date", "source", "source_url", "text")
EXTENSIONS = (".txt", ".jsonl")


class _Bad(Exception):
    """One bad record: message without the origin prefix."""


def _one_line(message: str) -> str:
    return message.replace("\r", "\\r").replace("\n", "\\n")


# ---------------------------------------------------------------- reading


def read_articles(
    paths: Sequence[str],
    skip_bad: bool = False,
    on_bad: Callable[[str], None] | None = None,
) -> Iterator[Article]:
    """Yield one Article per input record, in input order.

    paths: .txt files, .jsonl files, directories (searched recursively, sorted)
    and "-" for JSONL on stdin. A bad record raises KgError (one line naming
    file and line) unless skip_bad is true; then on_bad(message) is called and
    reading goes on (on_bad None: skip silently). Ids must be unique across
    the whole run. JSONL is streamed line by line; lines over 50 MB are refused.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: dict[str, str] = {}

    def bad(message: str) -> None:
        message = _one_line(message)
        if not skip_bad:
            raise KgError(message)
        if on_bad is not None:
            on_bad(message)

    for name in paths:
        name = os.fspath(name)
        for item in _expand(name):
            if isinstance(item, str):
                bad(item)
                continue
            first = seen.get(item.id)
            if first is not None:
                bad(f"{item.origin}: duplicate id {item.id!r} (first seen at {first})")
                continue
            seen[item.id] = item.origin
            yield item


def _expand(name: str) -> Iterator[Article | str]:
    """Articles from one command-line input; a str item is an error message."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:          # a text stream without bytes underneath
            stream = _TextAsBytes(sys.stdin)
        yield from _read_jsonl(stream, "<stdin>")
        return
    path = Path(name)
    if path.is_dir():
        files = sorted(
            (p for p in path.rglob("*")
             if p.suffix.lower() in EXTENSIONS and p.is_file()
             and not any(part.startswith(".") for part in p.relative_to(path).parts)),
            key=lambda p: p.relative_to(path).as_posix(),
        )
        if not files:
            yield f"{name}: no .txt or .jsonl files in this directory"
        for file in files:
            yield from _read_file(file)
        return
    if not path.exists():
        yield f"{name}: file not found"
        return
    yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Article | str]:
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        yield f"{path}: unsupported file type {suffix or '(no extension)'!r} (expected .txt, .jsonl, a directory or -)"
        return
    try:
        if suffix == ".txt":
            yield _read_txt(path)
        else:
            with open(path, "rb") as stream:
                yield from _read_jsonl(stream, str(path))
    except _Bad as error:
        yield f"{path}: {error}"
    except OSError as error:
        yield f"{path}: cannot read: {error.strerror or error}"


def _read_txt(path: Path) -> Article:
    if path.stat().st_size > MAX_BYTES:
        raise _Bad(f"file larger than {MAX_BYTES // (1024 * 1024)} MB; refusing to read it")
    data = path.read_bytes()
    encoding, bom = bom_encoding(data)
    if encoding != "utf-8":
        try:
            raw = data[bom:].decode(encoding)
        except UnicodeDecodeError as error:
            raise _Bad(f"invalid {encoding.upper()} at byte offset {bom + error.start}") from None
    else:
        if b"\0" in data:
            raise _Bad(_nul_message(data, data.index(b"\0")))
        try:
            raw = data[bom:].decode("utf-8")
        except UnicodeDecodeError as error:
            raise _Bad(f"invalid UTF-8 at byte offset {bom + error.start}") from None
    if not raw.strip():
        raise _Bad("empty file")
    title, text = _split_title(raw)
    if not text.strip():
        raise _Bad("no text after the title line")
    return _make_article(None, title, text, None, None, None, {"filename": path.name}, str(path))


def _split_title(raw: str) -> tuple[str, str]:
    """First non-empty line is the title; the text starts after its line break."""
    pos = 0
    while True:
        end = raw.find("\n", pos)
        line = raw[pos:] if end < 0 else raw[pos:end]
        if line.strip():
            return line.strip(), ("" if end < 0 else raw[end + 1:])
        if end < 0:
            return "", ""
        pos = end + 1


# byte order marks, longest first (a UTF-32-LE BOM starts like a UTF-16-LE one)
BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def bom_encoding(head: bytes) -> tuple[str, int]:
    """(encoding, BOM length) from the first bytes of a file; ("utf-8", 0) without a BOM."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    return "utf-8", 0


def _nul_message(data: bytes, nul: int) -> str:
    """A NUL byte: UTF-16 without a BOM (every other byte NUL in ASCII text) or binary."""
    sample = data[:200]
    for parity, order in ((1, "LE"), (0, "BE")):
        if len(sample) >= 4 and all(b == 0 for b in sample[parity::2]):
            return (f"looks like UTF-16{order} without a byte order mark (NUL byte at byte offset "
                    f"{nul}); convert it: iconv -f UTF-16{order} -t UTF-8")
    return f"binary file (NUL byte at byte offset {nul}), not UTF-8 text"


class _Recoded:
    """readline(limit) in UTF-8 bytes over a UTF-16/32 byte stream (after its BOM)."""

    def __init__(self, stream, encoding: str, name: str):
        import io

        self.text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        self.encoding = encoding
        self.name = name
        self.lines = 0

    def readline(self, limit: int = -1) -> bytes:
        try:
            line = self.text.readline(limit)
        except UnicodeError as error:
            raise _Bad(f"{self.name}:{self.lines + 1}: invalid {self.encoding.upper()} "
                       f"({error.reason})") from None
        self.lines += line.endswith("\n")
        return line.encode("utf-8")


def _read_jsonl(stream, name: str) -> Iterator[Article | str]:
    """Stream a JSONL file line by line; never hold more than one line."""
    peek = getattr(stream, "peek", None)
    encoding, bom = bom_encoding(peek(4)[:4] if peek else b"")
    if encoding != "utf-8":
        stream.read(bom)
        stream = _Recoded(stream, encoding, name)
    try:
        yield from _read_jsonl_lines(stream, name)
    except _Bad as error:   # undecodable UTF-16/32: stop at the first bad line
        yield str(error)


def _read_jsonl_lines(stream, name: str) -> Iterator[Article | str]:
    line_no = 0
    offset = 0
    records = 0
    while True:
        chunk = stream.readline(MAX_BYTES + 1)
        if not chunk:
            break
        line_no += 1
        start = offset
        offset += len(chunk)
        where = f"{name}:{line_no}"
        if len(chunk) > MAX_BYTES and not chunk.endswith(b"\n"):
            records += 1
            while chunk and not chunk.endswith(b"\n"):   # drop the rest of the line
                chunk = stream.readline(1024 * 1024)
                offset += len(chunk)
            yield f"{where}: line longer than {MAX_BYTES // (1024 * 1024)} MB; refusing to read it"
            continue
        if b"\0" in chunk:
            message = _nul_message(chunk, chunk.index(b"\0")) if line_no == 1 else "binary file (NUL byte)"
            yield f"{where}: {message.replace('not UTF-8 text', 'not UTF-8 JSON lines')}"
            return
        if line_no == 1 and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
            start += 3
        if not chunk.strip():
            continue
        records += 1
        try:
            try:
                line = chunk.rstrip(b"\r\n").decode("utf-8")
            except UnicodeDecodeError as error:
                raise _Bad(f"invalid UTF-8 at byte offset {start + error.start} "
                           f"(byte {error.start} of the line)") from None
            yield _parse_record(line, where)
        except _Bad as error:
            yield f"{where}: {error}"
    if records == 0:
        yield f"{name}: empty file"


def _parse_record(line: str, where: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise _Bad(f"malformed JSON: {error.msg} (column {error.colno})") from None
    except RecursionError:
        raise _Bad("malformed JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise _Bad(f"expected a JSON object, got {type(record).__name__}")
    if _SURROGATE_ESCAPE.search(line):
        _check_encodable(record)
    text = record.get("text")
    if text is None or text == "":
        raise _Bad("missing or empty 'text'")
    if not isinstance(text, str):
        raise _Bad(f"'text' must be a string, got {type(record['text']).__name__}")
    if not text.strip():
        raise _Bad("'text' is only whitespace")
    given = record.get("id")
    if isinstance(given, bool) or not isinstance(given, (str, int, type(None))):
        raise _Bad(f"'id' must be a string or integer, got {type(given).__name__}")
    given = None if given is None or given == "" else str(given)
    title = _string_field(record, "title") or ""
    source = _string_field(record, "source") or None
    source_url = _string_field(record, "source_url") or None
    date = record.get("date")
    if date is not None and not isinstance(date, str):
        raise _Bad(f"'date' must be a string, got {type(date).__name__}")
    date = normalise_date(date)
    metadata = {key: value for key, value in record.items() if key not in KNOWN_FIELDS}
    return _make_article(given, title, text, date, source, source_url, metadata, where)


# a \\uD800-\\uDFFF escape: JSON may spell a lone surrogate, which no UTF-8 output can hold
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_encodable(value, path: str = "") -> None:
    """_Bad naming the field and character of the first lone surrogate in a record."""
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        if found:
            raise _Bad(f"{path} has a lone surrogate \\u{ord(found.group()):04x} at "
                       f"character {found.start()} (not valid Unicode text)")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_encodable(key, f"a key in '{path}'" if path else "a key")
            _check_encodable(item, f"'{path.strip(chr(39))}.{key}'" if path else f"'{key}'")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_encodable(item, f"'{path.strip(chr(39))}[{index}]'")


def _string_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise _Bad(f"'{key}' must be a string, got {type(value).__name__}")
    return value


def _make_article(given, title, text, date, source, source_url, metadata, origin) -> Article:
    if len(text) > MAX_ARTICLE_CHARS:
        raise _Bad(f"article text has {len(text):,} characters; the limit is "
                   f"{MAX_ARTICLE_CHARS:,} per article (split it into several articles)")
    dateline = parse_dateline(text)
    if source is None and dateline is not None and dateline.source:
        source = dateline.source
    return Article(
        id=given or content_id(title, text),
        title=title,
        text=text,
        date=date,
        source=source,
        source_url=source_url,
        dateline=dateline,
        metadata=metadata,
        origin=origin,
    )


def content_id(title: str, text: str) -> str:
    """Stable id for an article without one: sha1 of title + newline + text."""
    digest = hashlib.sha1((title + "\n" + text).encode("utf-8", "surrogatepass"))
    return "sha1-" + digest.hexdigest()[:16]


class _TextAsBytes:
    """readline(limit) in bytes over a text stream (stdin without .buffer)."""

    def __init__(self, stream):
        self.stream = stream

    def readline(self, limit: int = -1) -> bytes:
        return self.stream.readline(limit).encode("utf-8", "surrogateescape")


# ---------------------------------------------------------------- dates

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}


def normalise_date(value: str | None) -> str | None:
    """'2017-03-28', '2017-03-28T10:00:00+07:00', '28/03/2017', '28 Maret 2017' -> '2017-03-28'.

    None or "" -> None; anything else that is not a real date raises _Bad.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", text):
            day, month, year = map(int, re.split(r"[/.-]", text))
            return dt.date(year, month, day).isoformat()
        match = re.fullmatch(r"(?:\w+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})(?:[\s,].*)?", text)
        if match and match.group(2).lower() in MONTHS:
            day, year = int(match.group(1)), int(match.group(3))
            return dt.date(year, MONTHS[match.group(2).lower()], day).isoformat()
    except ValueError:
        pass
    raise _Bad(f"bad date {value!r} (expected YYYY-MM-DD)")


# ---------------------------------------------------------------- datelines

# Media names that appear in datelines without a domain or brackets.
MEDIA = {
    "antara", "antara news", "antaranews", "cnn indonesia", "rimanews", "kompas",
    "tempo", "detik", "detikcom", "okezone", "liputan6", "tribunnews", "republika",
    "viva", "vivanews", "sindonews", "kumparan", "tirto", "beritasatu", "jawa pos",
    "poskota", "pos kota", "suara", "merdeka", "juara", "bola", "inilah", "metrotv",
    "metro tv", "bisnis", "kontan", "jpnn", "gatra", "media indonesia",
}
# Rubric labels that look like an all-caps place: "OPINI - ...".
RUBRICS = {
    "OPINI", "ANALISIS", "EDITORIAL", "TAJUK", "KOLOM", "RESENSI", "PROFIL",
    "WAWANCARA", "FOTO", "VIDEO", "INFOGRAFIS", "BERITA", "UPDATE", "BREAKING",
    "BREAKING NEWS", "HEADLINE", "PENGANTAR", "CATATAN", "SURAT", "RALAT", "HOAKS",
    "CEK FAKTA", "ADVERTORIAL", "KILAS", "SELINGAN",
}
DOMAIN = re.compile(r"[^\W_][\w-]*(?:\.[^\W_][\w-]*)*\.(?:com|net|id|co|org|tv|news)", re.IGNORECASE)
DASH = re.compile(r"[ \t]*(--|—|–|-)[ \t]*")
CONNECTORS = {"de", "del", "da", "di", "la", "el", "al", "van", "von", "bin", "dan"}
SHORT_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
SEARCH_LINES = 12     # non-empty lines searched for a dateline
SEARCH_CHARS = 1500   # ... within this many characters
MAX_HEAD = 90         # longest dateline before the dash


def parse_dateline(text: str) -> Dateline | None:
    """Find `Place (Source) - `, `PLACE, Source.com - `, `Source.com - ` or `PLACE – `.

    Looked for at the start of the text and at the start of its first few
    non-empty lines (caption lines may come first); only the first non-empty
    line may hold a place-only dateline. Offsets index into text and cover the dash
    and the spaces after it.
    """
    pos = 0
    lines = 0
    while pos < len(text) and lines < SEARCH_LINES:
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        line = text[pos:end]
        if line.strip():
            lines += 1
            indent = len(line) - len(line.lstrip(" \t\ufeff"))
            found = _dateline_at(line[indent:], place_only=(lines == 1))
            if found is not None and lines > 1 and not _body_follows(line[indent + found[2]:]):
                found = None
            if found is not None:
                place, source, head_end = found
                return Dateline(place, source, pos + indent, pos + indent + head_end)
        pos = end + 1
        if pos > SEARCH_CHARS:
            break
    return None


def _body_follows(rest: str) -> bool:
    """A dateline below the first line must open a real sentence, not 'BERITA LAINNYA:'."""
    words = rest.split()
    return len(words) >= 4 and not (len(words[0]) > 3 and words[0].isupper())


def _dateline_at(line: str, place_only: bool) -> tuple[str | None, str | None, int] | None:
    for match in DASH.finditer(line, 0, MAX_HEAD + 4):
        head = line[: match.start()]
        if not head or match.start() > MAX_HEAD:
            break
        spaced = match.group(0) != match.group(1)
        parsed = _parse_head(head)
        if parsed is None:
            continue
        place, source = parsed
        if source is None:
            # PLACE-only: all caps at the very start, with a clear dash
            if not place_only or not (spaced or match.group(1) in "–—"):
                continue
        return place, source, match.end()
    return None


def _parse_head(head: str) -> tuple[str | None, str | None] | None:
    """('place', 'source') for a dateline head, or None if it is not one."""
    head = head.strip()
    paren = re.fullmatch(r"(.*?)[\s,]*\(([^()]{2,40})\)", head)
    if paren:
        source = paren.group(2).strip()
        if not _is_paren_source(source):
            return None
        before = paren.group(1).strip().rstrip(",").strip()
        if not before:
            return None, source
        places = _place_segments(before)
        if places is None:
            return None
        return ", ".join(places) or None, source
    segments = [s.strip() for s in head.rstrip(",").split(",")]
    sources = [s for s in segments if _is_media(s)]
    if len(sources) > 1:
        return None
    if sources:
        rest = ", ".join(s for s in segments if s != sources[0])
        places = _place_segments(rest) if rest else []
        if places is None:
            return None
        return ", ".join(places) or None, sources[0]
    if len(segments) == 1 and _is_caps_place(segments[0]):
        return segments[0], None
    return None


def _is_paren_source(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= 4 and text[0].isalpha() and text[0].isupper()
            and not any(w.lower() in CONNECTORS - {"dan"} for w in words))


def _is_media(segment: str) -> bool:
    return bool(DOMAIN.fullmatch(segment)) or segment.lower() in MEDIA


def _place_segments(text: str) -> list[str] | None:
    """Comma-separated place names (dates like 27/11 dropped), or None."""
    places = []
    for segment in text.split(","):
        segment = segment.strip()
        if not segment or SHORT_DATE.fullmatch(segment):
            continue
        if not _is_place(segment):
            return None
        places.append(segment)
    return places


def _is_place(segment: str) -> bool:
    words = segment.split()
    if not 0 < len(words) <= 6:
        return False
    capital = 0
    for word in words:
        if word == "/":
            continue
        if word.lower() in CONNECTORS:
            continue
        if not re.fullmatch(r"[^\W\d_][\w.'’/-]*", word) or not word[0].isupper():
            return False
        capital += 1
    return capital > 0


def _is_caps_place(segment: str) -> bool:
    words = segment.split()
    return (0 < len(words) <= 4 and segment not in RUBRICS
            and all(re.fullmatch(r"[^\W\d_]{3,}", w) and w.isupper() for w in words))
