"""Score extracted events against the hand-annotated event gold (tests/data/events_gold/).

Guidelines and format: tests/data/events_gold/README.md. `score(gold, predicted)` compares:

* detection: a predicted event matches a gold event of the same category (the closed set in
  ontologies/README.md) when its trigger span overlaps the gold trigger or one of the gold
  `mentions`, or else when one of its provenance sentences contains one of them; one-to-one,
  trigger overlaps first. P/R/F1 over events, micro-averaged over articles;
* date: over matched events whose gold has a date, the predicted date (or `start/end` interval)
  must equal it; `date given` is the share of those where the prediction has any date;
* place: over matched events whose gold has a place, the predicted place's label (or an alias)
  must equal one of the accepted names after case/punctuation folding, or one must contain the
  other as whole words ("Kabupaten Dompu" / "Dompu");
* roles: (role, actor) pairs, SEM roles agent / patient / participant / source; an actor matches
  as in kg/evaluate.py (titles/honorifics stripped, org acronyms and region words folded).
  Reported over matched events only ("roles") and over all events ("roles end-to-end"); a
  second predicted entity for an actor already found ("Aa Gatot" beside "Gatot Brajamusti", kept
  apart by the resolver) is neither a hit nor an error here (entity clusters are scored apart);
* coreference (`score_coreference`): pairwise P/R over the event mentions of the multi-outlet
  stories: gold links join events with the same `story` in different articles.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.evaluate import _prf, canon_org, norm_person, norm_text, org_forms, person_forms
from kg.extract.events import category_of
from kg.extract.types import Event
from kg.resolve.types import Entity, ResolvedArticle

ROLES = ("agent", "patient", "participant", "source")


def load_gold(gold_dir: str | Path) -> list[dict]:
    """Every <article-id>.json under gold_dir (recursively), sorted by id."""
    out = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).rglob("*.json"))]
    return sorted(out, key=lambda g: g["id"])


def event_category(ev: Event) -> str:
    return ev.category or category_of(ev.type)


def predicted_roles(ev: Event) -> dict[str, tuple[str, ...]]:
    """The event's actors by SEM role (entity keys)."""
    return {"agent": ((ev.organizer,) if ev.organizer else ()) + ev.co_agents,
            "patient": ev.targets,
            "participant": tuple(dict.fromkeys((*ev.partners, *ev.participants))),
            "source": ev.sources}


def _spans(g: dict) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) for m in (g["trigger"], *g.get("mentions", []))]


def _overlap(ev: Event, g: dict) -> int:
    """2 = trigger spans overlap, 1 = a provenance sentence holds a gold trigger, 0 = no."""
    spans = _spans(g)
    if ev.trigger_start >= 0 and any(ev.trigger_start < e and s < ev.trigger_end for s, e in spans):
        return 2
    if any(p.start <= s < p.end for p in ev.provenance for s, _ in spans):
        return 1
    return 0


def match_events(gold_events: list[dict], events: Iterable[Event]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one-to-one, same category, trigger overlaps first."""
    events = list(events)
    cands = []
    for i, g in enumerate(gold_events):
        for j, ev in enumerate(events):
            if event_category(ev) == g["type"]:
                o = _overlap(ev, g)
                if o:
                    cands.append((-o, i, j))
    pairs, used_g, used_p = [], set(), set()
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _actor_forms(name) -> list[str]:
    return [name] if isinstance(name, str) else list(name)


def _actor_hit(gold_names, ent: Entity | None, key: str) -> bool:
    if ent is None:
        return False
    if ent.type == "person":
        pf = person_forms(ent)
        return any(norm_person(n) in pf for n in gold_names)
    of = org_forms(ent) | {norm_text(ent.pref_label)}
    return any(norm_text(n) in of or canon_org(n) in of for n in gold_names)


def _place_ok(names: list[str], ent: Entity | None) -> bool:
    if ent is None:
        return False
    preds = {norm_text(x) for x in (ent.pref_label, *ent.aliases) if x}
    for n in map(norm_text, names):
        for p in preds:
            if n == p or f" {n} " in f" {p} " or f" {p} " in f" {n} ":
                return True
    return False


def _date(ev: Event) -> str | None:
    if ev.date and ev.date_end and ev.date_end != ev.date:
        return f"{ev.date}/{ev.date_end}"
    return ev.date


def _score_roles(g: dict, ev: Event | None, ents: dict[str, Entity]) -> tuple[int, int, int, list]:
    tp = fp = fn = 0
    errors = []
    pred = predicted_roles(ev) if ev is not None else {r: () for r in ROLES}
    for role in ROLES:
        gold_actors = [_actor_forms(a) for a in g.get(role, [])]
        used = set()
        for key in pred[role]:
            hit = next((k for k, names in enumerate(gold_actors)
                        if k not in used and _actor_hit(names, ents.get(key), key)), None)
            if hit is None and any(_actor_hit(gold_actors[k], ents.get(key), key) for k in used):
                continue        # a second entity for an actor already found: a resolution split
            if hit is None:
                fp += 1
                errors.append(("spurious", role, ents[key].pref_label if key in ents else key))
            else:
                used.add(hit)
                tp += 1
        for k, names in enumerate(gold_actors):
            if k not in used:
                fn += 1
                errors.append(("missed", role, names[0]))
    return tp, fp, fn, errors


def score(gold: list[dict], predicted: list[ResolvedArticle]) -> dict:
    by_id = {ra.article.id: ra for ra in predicted}
    det = [0, 0, 0]
    roles = [0, 0, 0]
    roles_all = [0, 0, 0]
    dates = {"gold": 0, "correct": 0, "given": 0}
    places = {"gold": 0, "correct": 0}
    per_article, missing = {}, []
    for g in gold:
        ra = by_id.get(g["id"])
        if ra is None:
            missing.append(g["id"])
        events = list(ra.events) if ra else []
        ents = {e.key: e for e in ra.entities} if ra else {}
        pairs = match_events(g["events"], events)
        matched_g = {i: j for i, j in pairs}
        matched_p = {j for _, j in pairs}
        det[0] += len(pairs)
        det[1] += len(events) - len(pairs)
        det[2] += len(g["events"]) - len(pairs)
        notes = []
        for i, ge in enumerate(g["events"]):
            ev = events[matched_g[i]] if i in matched_g else None
            tp, fp, fn, errs = _score_roles(ge, ev, ents)
            roles_all[0] += tp
            roles_all[1] += fp
            roles_all[2] += fn
            if ev is None:
                notes.append(("missed", ge["type"], ge["trigger"]["text"]))
                continue
            roles[0] += tp
            roles[1] += fp
            roles[2] += fn
            notes.extend(errs)
            if ge.get("date"):
                dates["gold"] += 1
                dates["given"] += bool(ev.date)
                ok = _date(ev) == ge["date"]
                dates["correct"] += ok
                if not ok:
                    notes.append(("date", ge["date"], _date(ev)))
            if ge.get("place"):
                places["gold"] += 1
                ok = _place_ok(ge["place"], ents.get(ev.place) if ev.place else None)
                places["correct"] += ok
                if not ok:
                    notes.append(("place", ge["place"][0],
                                  ents[ev.place].pref_label if ev.place in ents else None))
        for j, ev in enumerate(events):
            if j not in matched_p:
                roles_all[1] += sum(len(v) for v in predicted_roles(ev).values())
                notes.append(("spurious", event_category(ev), ev.label))
        per_article[g["id"]] = notes
    return {
        "detection": _prf(*det),
        "roles": _prf(*roles),
        "roles_all": _prf(*roles_all),
        "date": {**dates, "accuracy": dates["correct"] / dates["gold"] if dates["gold"] else 0.0},
        "place": {**places, "accuracy": places["correct"] / places["gold"] if places["gold"] else 0.0},
        "articles": len(gold), "gold_events": sum(len(g["events"]) for g in gold),
        "missing_predictions": missing, "per_article": per_article,
    }


def score_coreference(gold: list[dict], predicted: list[ResolvedArticle],
                      clusters: Callable[[list[ResolvedArticle]], list[set[str]]]) -> dict:
    """Pairwise P/R of cross-article event links over the articles of the gold stories.

    `clusters(articles)` returns sets of predicted event ids that are one happening. A predicted
    link (two events of different articles in one cluster) is right when both events match gold
    events of the same story; a gold link is found when the events matched to both ends are in
    one predicted cluster."""
    by_id = {ra.article.id: ra for ra in predicted}
    story_articles = [g for g in gold if any(e.get("story") for e in g["events"])]
    arts = [by_id[g["id"]] for g in story_articles if g["id"] in by_id]
    story_of: dict[str, str] = {}        # predicted event id -> gold story
    gold_mentions: list[tuple[str, str, str | None]] = []   # (article, story, predicted id)
    article_of: dict[str, str] = {}
    for g in story_articles:
        ra = by_id.get(g["id"])
        events = list(ra.events) if ra else []
        for e in events:
            article_of[e.id] = g["id"]
        pairs = dict(match_events(g["events"], events))
        for i, ge in enumerate(g["events"]):
            if ge.get("story"):
                pid = events[pairs[i]].id if i in pairs else None
                gold_mentions.append((g["id"], ge["story"], pid))
                if pid:
                    story_of[pid] = ge["story"]
    cluster_of = {}
    for n, c in enumerate(clusters(arts)):
        for eid in c:
            cluster_of[eid] = n
    pred_pairs = set()
    for n in set(cluster_of.values()):
        members = sorted(e for e, c in cluster_of.items() if c == n)
        for a_i, a in enumerate(members):
            for b in members[a_i + 1:]:
                if article_of.get(a) != article_of.get(b):
                    pred_pairs.add((a, b))
    correct = sum(1 for a, b in pred_pairs if story_of.get(a) and story_of.get(a) == story_of.get(b))
    gold_pairs = found = 0
    for k, (art_a, st_a, pa) in enumerate(gold_mentions):
        for art_b, st_b, pb in gold_mentions[k + 1:]:
            if st_a == st_b and art_a != art_b:
                gold_pairs += 1
                found += bool(pa and pb and pa in cluster_of and cluster_of.get(pb) == cluster_of[pa])
    p = correct / len(pred_pairs) if pred_pairs else 0.0
    r = found / gold_pairs if gold_pairs else 0.0
    return {"predicted_pairs": len(pred_pairs), "correct": correct, "gold_pairs": gold_pairs,
            "found": found, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0}


def format_report(s: dict, errors: bool = False) -> str:
    d, r, ra = s["detection"], s["roles"], s["roles_all"]
    lines = [f"events: {s['articles']} articles, {s['gold_events']} gold events",
             f"{'':22} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for name, x in (("detection", d), ("roles (matched)", r), ("roles (end-to-end)", ra)):
        lines.append(f"{name:22} {x['precision']:6.2f} {x['recall']:6.2f} {x['f1']:6.2f}   "
                     f"{x['tp']}/{x['fp']}/{x['fn']}")
    dt, pl = s["date"], s["place"]
    lines.append(f"date accuracy {dt['accuracy']:.2f} ({dt['correct']}/{dt['gold']}, "
                 f"given {dt['given']}); place accuracy {pl['accuracy']:.2f} "
                 f"({pl['correct']}/{pl['gold']})")
    if "coreference" in s:
        c = s["coreference"]
        lines.append(f"coreference pairwise P {c['precision']:.2f} R {c['recall']:.2f} "
                     f"({c['correct']}/{c['predicted_pairs']} predicted, {c['found']}/{c['gold_pairs']} gold)")
    if errors:
        for aid, notes in s["per_article"].items():
            for n in notes:
                lines.append(f"  {aid[:60]}: {n}")
    return "\n".join(lines)
