"""Records -> scored links (Splink) -> clusters, with the user's manual decisions."""
from __future__ import annotations

import csv
import json
import math
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.link import features, model
from kg.link.cluster import cluster
from kg.link.types import Cluster, Link, LinkRecord
from kg.resolve.names import fold_name

DEFAULT_THRESHOLD = 0.9


@lru_cache(maxsize=None)
def _level_weights(type_: str) -> dict[str, list[tuple[float, str]]]:
    """comparison -> (match weight log2(m/u), label) of each level, from the trained model."""
    settings = json.loads(model.model_path(type_).read_text(encoding="utf-8"))
    out = {}
    for c in settings["comparisons"]:
        out[c["output_column_name"]] = [
            (math.log2(lv["m_probability"] / lv["u_probability"]), lv["label_for_charts"])
            for lv in c["comparison_levels"]
            if not lv.get("is_null_level") and lv.get("m_probability") and lv.get("u_probability")]
    return out


def _reasons(row: dict, type_: str) -> tuple[str, ...]:
    """"name: short form (x120)": the level each comparison took and its Bayes factor."""
    out = []
    for name, levels in _level_weights(type_).items():
        weight = row.get(f"mw_{name}")
        if weight is None or weight == 0 or not levels:
            continue
        label = min(levels, key=lambda lv: abs(lv[0] - weight))[1]
        out.append(f"{name}: {label} (x{2 ** weight:.3g})")
    return tuple(out)


def score_links(records: list[LinkRecord], threshold: float = DEFAULT_THRESHOLD) -> list[Link]:
    return score_rows({t: features.rows(records, t) for t in ("person", "organization")}, threshold)


def score_rows(rows_by_type: dict, threshold: float = DEFAULT_THRESHOLD, spill: bool = False) -> list[Link]:
    """Links from each type's feature rows (dicts, or an Arrow table); spill: see model.score."""
    links: dict[tuple[str, str], Link] = {}
    for type_ in ("person", "organization"):
        for row in model.score(rows_by_type.get(type_, []), type_, threshold, spill):
            a, b = sorted((row["unique_id_l"], row["unique_id_r"]))   # a pair found by several keys once
            links[(a, b)] = Link(a, b, round(float(row["match_probability"]), 6), _reasons(row, type_))
    return [links[k] for k in sorted(links)]


# --- manual decisions ---------------------------------------------------------------------

def read_decisions(path: str | Path) -> list[tuple[str, str, str]]:
    """A TSV of `must-link|cannot-link <TAB> A <TAB> B` rows; A and B are IRIs, keys or names.
    Lines starting with # are comments. One-line KgError naming file:line on a bad row."""
    path = Path(path)
    out = []
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for n, row in enumerate(csv.reader(f, delimiter="\t"), 1):
                if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                    continue
                if len(row) != 3 or row[0].strip() not in ("must-link", "cannot-link") \
                        or not row[1].strip() or not row[2].strip():
                    raise KgError(f"{path}:{n}: expected 'must-link|cannot-link<TAB>A<TAB>B'")
                out.append((row[0].strip(), row[1].strip(), row[2].strip()))
    except OSError as error:
        raise KgError(f"cannot read link decisions {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise KgError(f"{path}: not UTF-8 text") from None
    return out


def _matching(ref: str, records: dict[str, LinkRecord]) -> set[str]:
    if ref in records:
        return {ref}
    by_key = {r.iri for r in records.values() if r.key == ref}
    if by_key:
        return by_key
    out = set()
    for r in records.values():
        folded = fold_name(ref, r.type)
        if any(fold_name(n, r.type) == folded for n in r.names):
            out.add(r.iri)
    return out


def apply_decisions(decisions, records: dict[str, LinkRecord]) -> tuple[list[Link], set[frozenset[str]]]:
    must, cannot = [], set()
    for kind, a, b in decisions:
        left, right = _matching(a, records), _matching(b, records)
        for x in left:
            for y in right:
                if x == y:
                    continue
                if kind == "must-link":
                    p, q = sorted((x, y))
                    must.append(Link(p, q, 1.0, (f"manual: {a} = {b}",), "must-link"))
                else:
                    cannot.add(frozenset((x, y)))
    return must, cannot


def refused_links(scored: list[Link], clusters: list[Cluster], canonical_of: dict[str, str]) -> dict[str, list[Link]]:
    """Scored pairs the clustering kept apart, as `refused` links, by the canonical entity of
    their first member (whose cluster lists them)."""
    used = {(l.a, l.b) for c in clusters for l in c.links}
    refused: dict[str, list[Link]] = {}
    for l in scored:
        if (l.a, l.b) not in used:
            refused.setdefault(canonical_of[l.a], []).append(Link(l.a, l.b, l.score, l.reasons, "refused"))
    return refused


def link(records: dict[str, LinkRecord], links: list[Link], decisions=()) -> list[Cluster]:
    must, cannot = apply_decisions(decisions, records)
    return cluster(records, links + must, cannot)
