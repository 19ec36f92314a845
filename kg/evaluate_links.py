"""Score cross-document entity linking against the hand-annotated gold in tests/data/link_gold/.

Gold (guidelines: tests/data/link_gold/README.md) is one TSV row per mention:

    entity_id  type  article_id  surface  start  end  note

`score_links(gold, predict)` asks `predict(article_id, start, end, surface, type)` for the
predicted entity id of every gold mention (None: the system has no entity for it) and scores
PAIRWISE, per type (person, organization):

* the pairs are all unordered pairs of gold mentions of the same type; a pair is a gold link when
  both mentions have the same gold entity_id, a predicted link when both got the same predicted
  id (a mention predicted None links to nothing);
* precision = predicted links that are gold links / predicted links; recall = gold links that are
  predicted links / gold links (0.0 when a denominator is 0);
* pairs are reported in three groups: `cross` (the two mentions are in different articles: the
  corpus-level linking this measures), `within` (same article: per-article resolution), and
  `all` (both together, micro-averaged);
* `unmatched` counts the gold mentions predicted None, per type;
* `hard_negatives`: for every pair of gold entities marked as confusable (``neg=ID|ID`` in the
  note), how many of them the system joined (any cross-article mention pair predicted linked).

`store_predictor(out_dir)` builds `predict` from a berita-kg build directory (mentions.jsonl and
the Oxigraph store); see its docstring for the matching rule.
"""
from __future__ import annotations

import csv
import itertools
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from kg.errors import KgError
from kg.evaluate import _prf, norm_person, norm_text

TYPES = ("person", "organization")
GROUPS = ("cross", "within", "all")
COLUMNS = ("entity_id", "type", "article_id", "surface", "start", "end", "note")

Predict = Callable[[str, int, int, str, str], Optional[str]]


@dataclass(frozen=True)
class GoldMention:
    entity_id: str
    type: str
    article_id: str
    surface: str
    start: int
    end: int
    note: str = ""

    @property
    def negatives(self) -> tuple[str, ...]:
        """Gold entities this one must stay apart from (``neg=A|B`` in the note)."""
        for part in self.note.split(";"):
            part = part.strip()
            if part.startswith("neg="):
                return tuple(x for x in part[4:].split("|") if x)
        return ()


# ----------------------------------------------------------------------------- gold files

def load_link_gold(path: str | Path) -> list[GoldMention]:
    """Read one gold TSV; KgError naming file and line on a malformed row."""
    path = Path(path)
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            raise KgError(f"{path}:1: header must be {' '.join(COLUMNS)}")
        for line, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            if len(row) != len(COLUMNS):
                raise KgError(f"{path}:{line}: {len(row)} fields, expected {len(COLUMNS)}")
            entity_id, type_, article_id, surface, start, end, note = row
            if type_ not in TYPES:
                raise KgError(f"{path}:{line}: type {type_!r} is not one of {', '.join(TYPES)}")
            try:
                start_i, end_i = int(start), int(end)
            except ValueError:
                raise KgError(f"{path}:{line}: start/end must be integers") from None
            if not (0 <= start_i < end_i) or end_i - start_i != len(surface):
                raise KgError(f"{path}:{line}: span {start}-{end} does not fit surface {surface!r}")
            out.append(GoldMention(entity_id, type_, article_id, surface, start_i, end_i, note))
    return out


def check_offsets(gold: Iterable[GoldMention], texts: dict[str, str]) -> list[str]:
    """Problems (one line each) where text[start:end] != surface or the article is missing."""
    problems = []
    for m in gold:
        text = texts.get(m.article_id)
        if text is None:
            problems.append(f"{m.article_id}: article not found ({m.entity_id} {m.surface!r})")
        elif text[m.start:m.end] != m.surface:
            problems.append(f"{m.article_id}:{m.start}-{m.end}: text has "
                            f"{text[m.start:m.end]!r}, gold says {m.surface!r} ({m.entity_id})")
    return problems


def gold_counts(gold: list[GoldMention]) -> dict:
    """Entities, mentions, articles; entities seen in 2+ articles; hard-negative entity pairs."""
    by_type: dict[str, dict] = {}
    for t in TYPES:
        ms = [m for m in gold if m.type == t]
        arts_of = defaultdict(set)
        for m in ms:
            arts_of[m.entity_id].add(m.article_id)
        by_type[t] = {"entities": len(arts_of), "mentions": len(ms),
                      "multi_article_entities": sum(1 for a in arts_of.values() if len(a) > 1)}
    return {"articles": len({m.article_id for m in gold}), "by_type": by_type,
            "hard_negative_pairs": len(negative_pairs(gold))}


def negative_pairs(gold: Iterable[GoldMention]) -> set[tuple[str, str]]:
    pairs = set()
    for m in gold:
        for other in m.negatives:
            pairs.add(tuple(sorted((m.entity_id, other))))
    return pairs


# ----------------------------------------------------------------------------- scoring

def score_links(gold: list[GoldMention], predict: Predict) -> dict:
    """Pairwise P/R/F1 per type and pair group (see the module docstring), plus error lists."""
    predicted = [predict(m.article_id, m.start, m.end, m.surface, m.type) for m in gold]
    out: dict = {"types": {}, "mentions": len(gold)}
    for t in TYPES:
        idx = [i for i, m in enumerate(gold) if m.type == t]
        counts = {g: Counter() for g in GROUPS}
        for i, j in itertools.combinations(idx, 2):
            a, b = gold[i], gold[j]
            same_gold = a.entity_id == b.entity_id
            same_pred = predicted[i] is not None and predicted[i] == predicted[j]
            if not (same_gold or same_pred):
                continue
            group = "within" if a.article_id == b.article_id else "cross"
            key = "tp" if same_gold and same_pred else ("fp" if same_pred else "fn")
            counts[group][key] += 1
            counts["all"][key] += 1
        res = {g: _prf(c["tp"], c["fp"], c["fn"]) for g, c in counts.items()}
        res["mentions"] = len(idx)
        res["unmatched"] = sum(1 for i in idx if predicted[i] is None)
        res["split"], res["merged"] = _cluster_errors([gold[i] for i in idx],
                                                      [predicted[i] for i in idx])
        out["types"][t] = res
    out["hard_negatives"] = _negative_report(gold, predicted)
    return out


def _cluster_errors(gold: list[GoldMention], predicted: list[Optional[str]]):
    """(gold entities spread over 2+ predicted ids or partly unmatched,
        predicted ids that hold mentions of 2+ gold entities)."""
    pred_of = defaultdict(Counter)
    gold_of = defaultdict(Counter)
    for m, p in zip(gold, predicted):
        pred_of[m.entity_id][p] += 1
        if p is not None:
            gold_of[p][m.entity_id] += 1
    split = {e: dict(c) for e, c in sorted(pred_of.items()) if len(c) > 1 or None in c}
    merged = {p: dict(c) for p, c in sorted(gold_of.items()) if len(c) > 1}
    return split, merged


def _negative_report(gold: list[GoldMention], predicted: list[Optional[str]]) -> dict:
    pairs = negative_pairs(gold)
    preds = defaultdict(set)
    for m, p in zip(gold, predicted):
        if p is not None:
            preds[m.entity_id].add(p)
    joined = sorted(f"{a} = {b}" for a, b in pairs if preds[a] & preds[b])
    return {"pairs": len(pairs), "joined": len(joined), "joined_pairs": joined}


def format_link_report(scores: dict, title: str = "cross-document linking",
                       errors: bool = False) -> str:
    lines = [f"{title}: pairwise over gold mentions ({scores['mentions']} mentions)", "",
             f"{'type':<13} {'pairs':<7} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>6} {'R':>6} "
             f"{'F1':>6}  unmatched", "-" * 72]
    for t in TYPES:
        res = scores["types"][t]
        for g in GROUPS:
            s = res[g]
            tail = f"{res['unmatched']}/{res['mentions']}" if g == "cross" else ""
            lines.append(f"{t:<13} {g:<7} {s['tp'] + s['fn']:>6} {s['tp'] + s['fp']:>6} "
                         f"{s['tp']:>6} {s['precision']:>6.2f} {s['recall']:>6.2f} "
                         f"{s['f1']:>6.2f}  {tail}")
    neg = scores["hard_negatives"]
    lines.append(f"hard negatives joined: {neg['joined']} of {neg['pairs']} entity pairs")
    if errors:
        for t in TYPES:
            res = scores["types"][t]
            for e, preds in res["split"].items():
                lines.append(f"  split  {e}: " + ", ".join(f"{p}×{n}" for p, n in preds.items()))
            for p, ents in res["merged"].items():
                lines.append(f"  merged {p}: " + ", ".join(f"{e}×{n}" for e, n in ents.items()))
        lines.extend(f"  joined negative: {x}" for x in neg["joined_pairs"])
    return "\n".join(lines)


# ----------------------------------------------------------------------------- predictions from a build

_NER_TYPE = {"person": "PER", "organization": "ORG"}


@dataclass(frozen=True)
class _Described:
    iri: str           # the described (mention) IRI
    predicted: str     # bkg:canonical, else owl:sameAs target, else the IRI itself
    labels: frozenset  # normalised prefLabel + altLabels


def _label_forms(label: str, type_: str) -> set[str]:
    forms = {norm_text(label)}
    if type_ == "person":
        forms.add(norm_person(label))
    forms.discard("")
    return forms


def read_descriptions(store_path: str | Path) -> dict[tuple[str, str], list[_Described]]:
    """(article id, type) -> the entity descriptions of that article's graph, with the id the
    corpus layer gives each: bkg:canonical of the description when the link stage wrote one,
    else the owl:sameAs target of the described IRI, else the described IRI."""
    from kg.store.store import KgStore

    sparql = """
    SELECT ?id ?d ?e ?type ?label ?canon ?same WHERE {
      GRAPH ?a { ?a schema:identifier ?id .
                 ?d a bkg:EntityDescription ; bkg:describes ?e ; bkg:entityType ?type .
                 { ?d bkg:prefLabel ?label } UNION { ?d bkg:altLabel ?label } }
      FILTER (?type IN ("person", "organization"))
      OPTIONAL { ?d bkg:canonical ?canon }
      OPTIONAL { ?e owl:sameAs ?same }
    }"""
    rows: dict[tuple[str, str, str], dict] = {}
    with KgStore.open(store_path) as store:
        for r in store.query(sparql):
            key = (r["id"].value, r["type"].value, r["e"].value)
            item = rows.setdefault(key, {"labels": set(), "canon": set(), "same": set()})
            item["labels"] |= _label_forms(r["label"].value, r["type"].value)
            if r["canon"] is not None:
                item["canon"].add(r["canon"].value)
            if r["same"] is not None:
                item["same"].add(r["same"].value)
    out: dict[tuple[str, str], list[_Described]] = defaultdict(list)
    for (article_id, type_, iri), item in sorted(rows.items()):
        predicted = min(item["canon"] or item["same"] or {iri})
        out[(article_id, type_)].append(_Described(iri, predicted, frozenset(item["labels"])))
    return out


def read_mentions(path: str | Path) -> dict[str, list[dict]]:
    """article id -> its NER mentions (start, end, text, type) from mentions.jsonl."""
    out: dict[str, list[dict]] = defaultdict(list)
    with Path(path).open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                m = json.loads(line)
                out[m["article_id"]].append({k: m[k] for k in ("start", "end", "text", "type")})
            except (ValueError, KeyError) as error:
                raise KgError(f"{path}:{line_no}: not a mention record ({error})") from None
    return out


def store_predictor(out_dir: str | Path) -> Predict:
    """`predict` over a build directory (DIR/mentions.jsonl, DIR/store).

    A gold mention is matched to one entity description of its article and type: first through
    the NER mentions whose span overlaps it (most overlap first; same NER type preferred), each
    mention text looked up among the descriptions' labels; then through the gold surface itself.
    Labels and texts are compared normalised (case, punctuation; for persons also without titles,
    ranks and degrees). When two descriptions share the label, the one whose IRI sorts first wins.
    Only when no label equals any of those texts, a label that contains one of them as a run of
    words, or is contained in one, is taken (the resolver widened or cut the span). The returned
    function counts its matches in `predict.stats` (exact / contained / none).
    """
    out_dir = Path(out_dir)
    if not (out_dir / "mentions.jsonl").is_file():
        raise KgError(f"no mentions.jsonl in {out_dir} (build with `kg build ... --out {out_dir}`)")
    mentions = read_mentions(out_dir / "mentions.jsonl")
    described = read_descriptions(out_dir / "store")

    def predict(article_id: str, start: int, end: int, surface: str, type_: str) -> Optional[str]:
        candidates = described.get((article_id, type_), [])
        if not candidates:
            return None
        overlapping = [m for m in mentions.get(article_id, ()) if m["start"] < end and start < m["end"]]
        overlapping.sort(key=lambda m: (m["type"] != _NER_TYPE.get(type_),
                                        -(min(end, m["end"]) - max(start, m["start"])), m["start"]))
        texts = [m["text"] for m in overlapping] + [surface]
        for text in texts:
            forms = _label_forms(text, type_)
            hits = [d for d in candidates if d.labels & forms]
            if hits:
                predict.stats["exact"] += 1
                return min(hits, key=lambda d: d.iri).predicted
        for text in texts:
            best = _contained(_label_forms(text, type_), candidates)
            if best is not None:
                predict.stats["contained"] += 1
                return best.predicted
        predict.stats["none"] += 1
        return None

    predict.stats = Counter()
    return predict


def _contained(forms: set[str], candidates: list[_Described]) -> Optional[_Described]:
    """The description with a label that contains one of `forms` as a run of words, or is
    contained in one ("Polres Metro Jakarta Selatan" ~ "polres metro"; "Golkar" ~ "fraksi
    golkar"); most shared words first, then IRI order."""
    best = None
    for d in candidates:
        for label in d.labels:
            lt = label.split()
            for form in forms:
                ft = form.split()
                short, long_ = (lt, ft) if len(lt) <= len(ft) else (ft, lt)
                if any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
                    rank = (-len(short), d.iri)
                    if best is None or rank < best[0]:
                        best = (rank, d)
    return best[1] if best else None


__all__ = ["GoldMention", "load_link_gold", "check_offsets", "gold_counts", "score_links",
           "format_link_report", "store_predictor", "read_descriptions", "read_mentions"]
