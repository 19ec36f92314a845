"""BIO/CoNLL files: token in the first column, tag in the last, blank line between sentences."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.errors import KgError


def read_bio(path: str | Path, need_tags: bool = True) -> list[tuple[list[str], list[str]]]:
    """Read sentences as (tokens, tags). With need_tags=False a tag column is optional.
    path "-" reads stdin."""
    path = Path(path)
    try:
        if str(path) == "-":
            path = Path("stdin")
            lines = sys.stdin.buffer.read().decode("utf-8").splitlines()
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise KgError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise KgError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("-DOCSTART-"):
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        columns = line.split("\t") if "\t" in line else line.split()
        if need_tags and len(columns) < 2:
            raise KgError(f"{path}:{number}: expected 'token<TAB>tag', got {line[:60]!r}")
        tag = columns[-1] if len(columns) > 1 else "O"
        if tag != "O" and not (tag[:2] in ("B-", "I-", "E-", "S-") and len(tag) > 2):
            raise KgError(f"{path}:{number}: bad tag {tag!r} (expected O, B-X, I-X, E-X or S-X)")
        tokens.append(columns[0])
        tags.append(tag)
    if tokens:
        sentences.append((tokens, tags))
    if not sentences:
        raise KgError(f"{path}: no sentences found")
    return sentences


def entity_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Exact entity spans (start, end exclusive, type) from BIO or BIOES tags."""
    spans = set()
    start, kind = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix in ("I", "E") and label == kind and start is not None
        if not continues:
            if start is not None:
                spans.add((start, i, kind))
            start, kind = (i, label) if prefix in ("B", "S", "I", "E") else (None, None)
        if prefix in ("E", "S") and start is not None:
            spans.add((start, i + 1, kind))
            start, kind = None, None
    return spans


def score_entities(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, dict[str, float]]:
    """Entity-level precision/recall/F1 per type and micro-average (exact span match)."""
    counts: dict[str, list[int]] = {}
    for gold_tags, pred_tags in zip(gold, predicted):
        g, p = entity_spans(gold_tags), entity_spans(pred_tags)
        for kind in {s[2] for s in g | p}:
            c = counts.setdefault(kind, [0, 0, 0])
            gk = {s for s in g if s[2] == kind}
            pk = {s for s in p if s[2] == kind}
            c[0] += len(gk & pk)
            c[1] += len(pk)
            c[2] += len(gk)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    result = {kind: _prf(*c) for kind, c in sorted(counts.items())}
    result["micro"] = _prf(*total)
    return result


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": gold}
