"""Score extraction + resolution output against the hand-annotated gold standard.

Gold files live in tests/data/gold/<article-id>.json (guidelines: tests/data/gold/README.md):

    {"id": ..., "heads": [{"person", "org", "org_aliases", "title", "evidence", "former"?, "acting"?}],
     "posts": [same shape], "quoted": [{"speaker", "count"}], "clusters": [[surface form, ...], ...]}

`score(gold, predicted)` compares them with a researcher's tolerance:

* persons match after lowercasing, cutting academic degrees after a comma, and dropping
  title/rank/honorific tokens ("AKBP", "H.", "Dr.", "Bupati"); a predicted person matches when
  any of its surface forms (pref_label or an alias) equals the gold name or any surface form in
  the gold cluster that contains the gold name;
* organizations match when any predicted surface form (pref_label, aliases, and each of those
  with the entity's region name appended when the entity has a region_code) equals, after
  case/punctuation folding, the gold org or one of its org_aliases (or a gold cluster member),
  either literally or after canonicalization: long forms are folded to their acronyms
  ("Pemerintah Kabupaten" -> "pemkab", "Kepolisian Resor" -> "polres", the agency acronym
  lists), region abbreviations to region names ("Kotim" -> "kotawaringin timur"), and the
  bare words "Kabupaten"/"Provinsi" are dropped;
* heads / posts: a gold (person, org) pair is found when a predicted relation of kind
  "heads" / "holds_post" links a matching person to a matching org (one-to-one). Titles are not
  needed for a hit; title accuracy over the hits is reported separately;
* quoted: the set of speakers per article (instance counts are ignored for P/R, but the
  instance totals and matched instances min(gold, predicted) are reported);
* clusters: PAIRWISE link scoring over surface forms. Gold links are all pairs of distinct
  (normalized) surface forms inside one gold cluster. Predicted links are all pairs of distinct
  surface forms of one predicted person/organization entity, counting only forms that occur in
  the article text (word-bounded, case-insensitive) or are gold forms, so gazetteer-only
  aliases are not penalized.

Everything is micro-averaged over articles; per-article counts and the missed / spurious items
are returned too, for error analysis.
"""
from __future__ import annotations

import csv
import itertools
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from kg.resolve.types import Entity, ResolvedArticle

RELATIONS = ("heads", "posts", "quoted", "clusters")
_PRED_KIND = {"heads": "heads", "posts": "holds_post"}

# ----------------------------------------------------------------------------- normalization

# Tokens (lowercased, dots removed) that are never part of a person's name.
_HONORIFICS = {
    # religious / social honorifics
    "h", "hj", "haji", "hajah", "hajjah", "kh", "tgh", "ust", "ustaz", "ustadz", "habib", "buya",
    "bapak", "pak", "ibu", "bu", "sdr", "saudara", "saudari", "tuan", "nyonya", "ny",
    # academic, before the name
    "dr", "drs", "dra", "ir", "prof", "drg",
    # police ranks
    "jenderal", "jend", "pol", "polisi", "komjen", "irjen", "brigjen", "kombes", "kombespol",
    "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "brigadir",
    "briptu", "bripda", "bharada", "bharatu", "bharaka",
    # military ranks
    "tni", "letjen", "mayjen", "laksamana", "laksdya", "laksda", "laksma", "marsekal", "marsdya",
    "marsda", "marsma", "kolonel", "letkol", "mayor", "kapten", "lettu", "letda", "peltu",
    "pelda", "serma", "serka", "sertu", "serda", "kopka", "praka", "pratu", "prada", "inf", "kav",
    "cpm", "arh", "czi",
}
# Academic degrees written after the name ("Siboro SH, SIK"): dropped at the end of a name.
_DEGREES = {
    "phd", "ssos", "sh", "mh", "se", "mm", "msi", "sip", "spd", "st", "skom", "mba", "mpd", "mt",
    "msc", "ma", "sag", "mag", "ak", "ssi", "sked", "spog", "mkes", "skm", "llm", "sp", "mpa",
    "mhum", "shi", "sth", "mth", "ssh", "sik", "sstp", "ap", "msp", "mkn", "shut", "spt",
}
# Title words: dropped from person names too ("Bupati Syahirsah" -> "syahirsah").
_TITLE_WORDS = {
    "presiden", "wapres", "wakil", "menteri", "menko", "wamen", "gubernur", "wagub", "bupati",
    "wabup", "wali", "walikota", "wawali", "camat", "lurah", "kepala", "ketua", "sekretaris",
    "direktur", "dirut", "kapolri", "wakapolri", "kapolda", "wakapolda", "kapolres", "kapolresta",
    "kapolrestabes", "wakapolres", "kapolsek", "kasat", "kabid", "kadis", "kaban", "sekda",
    "plt", "pj", "plh", "mantan", "anggota", "juru", "jubir", "rektor", "komisioner", "kanit",
    "kasubdit", "dirreskrimum", "dirreskrimsus", "kabareskrim", "kadiv",
}

_PERSON_SPLIT = re.compile(r"[\s]+")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    return s.replace("\u2019", "'").replace("`", "'")


def norm_text(s: str) -> str:
    """Case- and punctuation-insensitive form: lowercase, punctuation -> space, squeezed."""
    s = _fold(s).replace("'", "")
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def norm_person(name: str) -> str:
    """'AKBP H. Tober Sirait, S.H., M.H.' -> 'tober sirait'."""
    s = _fold(name)
    # academic degrees written after a comma: cut them off (but not a leading comma)
    if "," in s:
        head, _, _ = s.partition(",")
        if head.strip():
            s = head
    toks = [re.sub(r"[^\w]", "", t.replace("'", "")) for t in _PERSON_SPLIT.split(s)]
    toks = [t for t in toks if t]
    drop = _HONORIFICS | _TITLE_WORDS
    while toks and (toks[0] in drop or toks[0] in _DEGREES):      # leading titles/ranks
        toks.pop(0)
    while toks and toks[-1] in _DEGREES:                          # trailing degrees
        toks.pop()
    # inside the name only multi-letter titles/ranks go ("Kapolres Kotim AKBP Tober"); a
    # one-letter token there is an initial ("Yudhi Tri H")
    out = [t for t in toks if not (len(t) > 1 and t in drop)]
    return " ".join(out)


# ----------------------------------------------------------------------------- org canonical form

_GENERIC_PHRASES = {
    "pemerintah kabupaten": "pemkab",
    "pemerintah kota": "pemkot",
    "pemerintah provinsi": "pemprov",
    "pemerintah daerah": "pemda",
    "pemerintah republik indonesia": "pemerintah indonesia",
    "pemerintah ri": "pemerintah indonesia",
    "pemerintah pusat": "pemerintah indonesia",
    "kepolisian resor kota besar": "polrestabes",
    "kepolisian resort kota besar": "polrestabes",
    "kepolisian resor kota": "polresta",
    "kepolisian resort kota": "polresta",
    "kepolisian resor": "polres",
    "kepolisian resort": "polres",
    "kepolisian daerah": "polda",
    "kepolisian sektor": "polsek",
    "kepolisian negara republik indonesia": "polri",
    "kepolisian republik indonesia": "polri",
    "kepolisian ri": "polri",
    "dewan perwakilan rakyat daerah": "dprd",
    "dewan perwakilan rakyat": "dpr",
    "dpr ri": "dpr",
    "dewan perwakilan daerah": "dpd",
    "majelis permusyawaratan rakyat": "mpr",
    "komisi pemberantasan korupsi": "kpk",
    "kejaksaan negeri": "kejari",
    "kejaksaan tinggi": "kejati",
    "kejaksaan agung": "kejagung",
    "komisi pemilihan umum": "kpu",
    "badan pengawas pemilu": "bawaslu",
    "badan pengawas pemilihan umum": "bawaslu",
    "mahkamah konstitusi": "mk",
    "mahkamah agung": "ma",
    "tentara nasional indonesia": "tni",
}
_DROP_TOKENS = {"kabupaten", "kab", "provinsi", "prov"}


def _aliases_dirs() -> list[Path]:
    root = Path(__file__).resolve().parents[1]
    dirs = []
    env = os.environ.get("KG_ALIASES_DIR")
    if env:
        dirs.append(Path(env))
    dirs += [
        root / "kg" / "data" / "aliases",
        root / "kg" / "data",
        root.parent / "shared" / "data" / "gazetteers" / "aliases",
        Path("/work/shared/data/gazetteers/aliases"),
    ]
    return [d for d in dirs if d.is_dir()]


def _read_csv(name: str) -> list[dict]:
    for d in _aliases_dirs():
        p = d / name
        if p.exists():
            with p.open(encoding="utf-8") as fh:
                return list(csv.DictReader(fh))
    return []


def _strip_region_kind(name: str) -> str:
    n = name.strip()
    for pre in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
        if n.startswith(pre):
            return n[len(pre):]
    return n


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """(phrase -> replacement, region_code -> region name), all normalized."""
    phrases: dict[tuple[str, ...], str] = {}
    region_names: dict[str, str] = {}

    def add(src: str, dst: str, overwrite: bool = False) -> None:
        key = tuple(norm_text(src).split())
        dst = norm_text(dst)
        if not key or not dst:
            return
        if overwrite or key not in phrases:
            phrases[key] = dst

    # acronym long forms -> acronym (mined first, curated lists overwrite)
    for row in _read_csv("acronyms_mined_from_news.csv"):
        try:
            if int(row.get("count") or 0) < 2:
                continue
        except ValueError:
            continue
        if len(norm_text(row["long_form"]).split()) >= 2:
            add(row["long_form"], row["abbr"])
    for row in _read_csv("agency_acronyms_enriched.csv"):
        if len(norm_text(row.get("expansion") or "").split()) >= 2:
            add(row["expansion"], row["acronym"], overwrite=True)
    # regions: abbreviations -> name; names -> themselves (anchors longest match)
    abbr_targets: dict[str, set[str]] = {}
    for row in _read_csv("province_abbreviations_enriched.csv"):
        name = row.get("province_name_kemendagri_2025") or ""
        region_names[row["kode"].strip()] = norm_text(name)
        for a in (row.get("abbreviations") or "").split("|"):
            if a.strip():
                abbr_targets.setdefault(norm_text(a), set()).add(norm_text(name))
        add(name, name, overwrite=True)
    for row in _read_csv("regency_abbreviations_enriched.csv"):
        name = _strip_region_kind(row.get("regency_name_kemendagri_2025") or "")
        region_names[row["kode"].strip()] = norm_text(name)
        for a in (row.get("abbreviations") or "").split("|"):
            if a.strip():
                abbr_targets.setdefault(norm_text(a), set()).add(norm_text(name))
        add(name, name, overwrite=True)
    for a, targets in abbr_targets.items():
        if len(targets) == 1:
            add(a, next(iter(targets)), overwrite=True)
    # a few built-ins so the scorer works without the alias lists
    for a, full in {"kotim": "kotawaringin timur", "kalteng": "kalimantan tengah",
                    "dki jakarta": "daerah khusus ibukota jakarta",
                    "dki": "daerah khusus ibukota jakarta"}.items():
        if tuple(a.split()) not in phrases:
            add(a, full)
    for src, dst in _GENERIC_PHRASES.items():
        add(src, dst, overwrite=True)
    return phrases, region_names


def canon_org(s: str) -> str:
    """Canonical org form: longest-match phrase folding, then drop generic region words."""
    phrases, _ = _lexicon()
    toks = norm_text(s).split()
    maxlen = max((len(k) for k in phrases), default=1)
    out: list[str] = []
    i = 0
    while i < len(toks):
        for n in range(min(maxlen, len(toks) - i), 0, -1):
            rep = phrases.get(tuple(toks[i:i + n]))
            if rep is not None:
                out.extend(rep.split())
                i += n
                break
        else:
            out.append(toks[i])
            i += 1
    out = [t for t in out if t not in _DROP_TOKENS]
    return " ".join(out)


def region_name(code: str | None) -> str | None:
    if not code:
        return None
    return _lexicon()[1].get(code)


def org_forms(e: Entity) -> set[str]:
    """Normalized + canonical forms of a predicted org, with region-scoped variants."""
    surface = [e.pref_label, *e.aliases]
    rn = region_name(e.region_code)
    forms: set[str] = set()
    for s in surface:
        if not s:
            continue
        forms.add(norm_text(s))
        forms.add(canon_org(s))
        if rn and rn not in canon_org(s):
            forms.add(canon_org(f"{s} {rn}"))
    forms.discard("")
    return forms


def gold_org_forms(item: dict, clusters: list[list[str]]) -> set[str]:
    names = [item["org"], *item.get("org_aliases", [])]
    members = set(norm_text(n) for n in names)
    for cl in clusters:
        if members & {norm_text(x) for x in cl}:
            names.extend(cl)
    forms = {norm_text(n) for n in names} | {canon_org(n) for n in names}
    forms.discard("")
    return forms


def person_forms(e: Entity) -> set[str]:
    forms = {norm_person(s) for s in (e.pref_label, *e.aliases) if s}
    forms.discard("")
    return forms


def gold_person_forms(name: str, clusters: list[list[str]]) -> set[str]:
    target = norm_person(name)
    forms = {target}
    for cl in clusters:
        normed = {norm_person(x) for x in cl}
        if target in normed:
            forms |= normed
    forms.discard("")
    return forms


# ----------------------------------------------------------------------------- title accuracy

_TITLE_EQUIV = {
    "kapolri": "kepala", "kapolda": "kepala", "kapolres": "kepala", "kapolresta": "kepala",
    "kapolrestabes": "kepala", "kapolsek": "kepala", "kadis": "kepala", "kaban": "kepala",
    "kepala dinas": "kepala", "kepala badan": "kepala", "kepala kantor": "kepala",
    "walikota": "wali kota", "wabup": "wakil bupati", "wagub": "wakil gubernur",
    "wawali": "wakil wali kota", "wakil walikota": "wakil wali kota", "dirut": "direktur utama",
    "jubir": "juru bicara", "wapres": "wakil presiden", "ketum": "ketua umum",
}


def norm_title(t: str | None) -> str:
    if not t:
        return ""
    s = norm_text(t)
    s = re.sub(r"^(plt|pj|plh|mantan|penjabat|pelaksana tugas)\s+", "", s)
    return _TITLE_EQUIV.get(s, s)


def title_match(gold: str | None, pred: str | None) -> bool:
    g, p = norm_title(gold), norm_title(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    # "Kepala" vs "Kepala Dinas Sosial": the predicted title may carry the org name along
    return p.startswith(g + " ") or g.startswith(p + " ")


# ----------------------------------------------------------------------------- scoring

def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def _entities(ra: ResolvedArticle) -> dict[str, Entity]:
    return {e.key: e for e in ra.entities}


def _label(ents: dict[str, Entity], key: str) -> str:
    e = ents.get(key)
    return e.pref_label if e else key


def _score_pairs(kind: str, gold: dict, ra: ResolvedArticle | None) -> dict:
    clusters = gold.get("clusters", [])
    gitems = gold.get(kind, [])
    pred: list[tuple[str, str, str | None]] = []
    ents: dict[str, Entity] = {}
    if ra is not None:
        ents = _entities(ra)
        seen = set()
        for rel in ra.relations:
            if rel.kind != _PRED_KIND[kind] or (rel.subject, rel.object) in seen:
                continue
            seen.add((rel.subject, rel.object))
            pred.append((rel.subject, rel.object, rel.title))
    # dedupe gold by (person, org)
    gseen, gl = set(), []
    for g in gitems:
        k = (norm_person(g["person"]), canon_org(g["org"]))
        if k not in gseen:
            gseen.add(k)
            gl.append(g)

    def hit(g: dict, p: tuple[str, str, str | None]) -> bool:
        pe, oe = ents.get(p[0]), ents.get(p[1])
        if pe is None or oe is None:
            return False
        return bool(person_forms(pe) & gold_person_forms(g["person"], clusters)) and bool(
            org_forms(oe) & gold_org_forms(g, clusters))

    used: set[int] = set()
    matched, missed = [], []
    title_ok = 0
    for g in gl:
        for j, p in enumerate(pred):
            if j not in used and hit(g, p):
                used.add(j)
                ok = title_match(g.get("title"), p[2])
                title_ok += ok
                matched.append({"person": g["person"], "org": g["org"], "gold_title": g.get("title"),
                                "pred_title": p[2], "title_ok": ok})
                break
        else:
            missed.append({"person": g["person"], "org": g["org"], "title": g.get("title")})
    spurious = [{"person": _label(ents, p[0]), "org": _label(ents, p[1]), "title": p[2]}
                for j, p in enumerate(pred) if j not in used]
    return {"tp": len(matched), "fp": len(spurious), "fn": len(missed), "title_correct": title_ok,
            "matched": matched, "missed": missed, "spurious": spurious}


def _score_quoted(gold: dict, ra: ResolvedArticle | None) -> dict:
    clusters = gold.get("clusters", [])
    gq = gold.get("quoted", [])
    ents = _entities(ra) if ra is not None else {}
    pred_counts: dict[str, int] = {}
    if ra is not None:
        for q in ra.quotes:
            pred_counts[q.speaker] = pred_counts.get(q.speaker, 0) + 1
    used: set[str] = set()
    matched, missed = [], []
    inst_match = 0
    for g in gq:
        gforms = gold_person_forms(g["speaker"], clusters)
        for key, n in pred_counts.items():
            e = ents.get(key)
            if key in used or e is None:
                continue
            if person_forms(e) & gforms:
                used.add(key)
                inst_match += min(int(g.get("count", 1)), n)
                matched.append({"speaker": g["speaker"], "gold_count": g.get("count", 1),
                                "pred_count": n})
                break
        else:
            missed.append({"speaker": g["speaker"], "count": g.get("count", 1)})
    spurious = [{"speaker": _label(ents, k), "count": n} for k, n in pred_counts.items()
                if k not in used]
    return {"tp": len(matched), "fp": len(spurious), "fn": len(missed),
            "gold_instances": sum(int(g.get("count", 1)) for g in gq),
            "pred_instances": sum(pred_counts.values()), "matched_instances": inst_match,
            "matched": matched, "missed": missed, "spurious": spurious}


def _occurs(form: str, text_norm: str) -> bool:
    return bool(form) and f" {form} " in f" {text_norm} "


def _score_clusters(gold: dict, ra: ResolvedArticle | None) -> dict:
    # Gold cluster forms are written as in the article, person names without titles (see the
    # guidelines), so norm_text() of a gold form equals norm_person() of a clean predicted name.
    gold_links: set[frozenset] = set()
    gold_forms: set[str] = set()
    for cl in gold.get("clusters", []):
        forms = {norm_text(x) for x in cl} - {""}
        gold_forms |= forms
        for a, b in itertools.combinations(sorted(forms), 2):
            gold_links.add(frozenset((a, b)))
    pred_links: set[frozenset] = set()
    if ra is not None:
        text_norm = norm_text(ra.article.title + " \n " + ra.article.text)
        for e in ra.entities:
            if e.type not in ("person", "organization"):
                continue
            forms = set()
            for s in (e.pref_label, *e.aliases):
                if not s:
                    continue
                f = norm_person(s) if e.type == "person" else norm_text(s)
                if f in gold_forms or _occurs(f, text_norm):
                    forms.add(f)
            for a, b in itertools.combinations(sorted(forms), 2):
                pred_links.add(frozenset((a, b)))
    tp = len(gold_links & pred_links)
    return {"tp": tp, "fp": len(pred_links - gold_links), "fn": len(gold_links - pred_links),
            "missed": sorted(sorted(l) for l in gold_links - pred_links),
            "spurious": sorted(sorted(l) for l in pred_links - gold_links)}


def score(gold: list[dict], predicted: list[ResolvedArticle]) -> dict:
    """Micro-averaged P/R/F1 per relation; see the module docstring for the matching rules.

    Predicted articles are aligned to gold by article id; a gold article without a prediction
    counts as all misses. Predicted articles without gold are ignored.
    """
    by_id = {ra.article.id: ra for ra in predicted}
    per_article: dict[str, dict] = {}
    totals = {k: {"tp": 0, "fp": 0, "fn": 0} for k in RELATIONS}
    titles = {"heads": [0, 0], "posts": [0, 0]}
    inst = {"gold_instances": 0, "pred_instances": 0, "matched_instances": 0}
    missing = []
    for g in gold:
        ra = by_id.get(g["id"])
        if ra is None:
            missing.append(g["id"])
        res = {
            "heads": _score_pairs("heads", g, ra),
            "posts": _score_pairs("posts", g, ra),
            "quoted": _score_quoted(g, ra),
            "clusters": _score_clusters(g, ra),
        }
        per_article[g["id"]] = res
        for k in RELATIONS:
            for c in ("tp", "fp", "fn"):
                totals[k][c] += res[k][c]
        for k in ("heads", "posts"):
            titles[k][0] += res[k]["title_correct"]
            titles[k][1] += res[k]["tp"]
        for c in inst:
            inst[c] += res["quoted"][c]
    out: dict = {"articles": len(gold), "missing_predictions": missing, "per_article": per_article}
    for k in RELATIONS:
        out[k] = _prf(**totals[k])
    for k in ("heads", "posts"):
        ok, n = titles[k]
        out[k]["title_correct"] = ok
        out[k]["title_total"] = n
        out[k]["title_accuracy"] = ok / n if n else 0.0
    q = out["quoted"]
    q.update(inst)
    q["instance_precision"] = inst["matched_instances"] / inst["pred_instances"] if inst["pred_instances"] else 0.0
    q["instance_recall"] = inst["matched_instances"] / inst["gold_instances"] if inst["gold_instances"] else 0.0
    out["clusters"]["method"] = "pairwise"
    return out


def format_report(scores: dict, errors: bool = False) -> str:
    """A plain-text table; with errors=True, the missed/spurious items per article follow."""
    lines = [f"Extraction scores over {scores['articles']} gold articles"
             + (f" ({len(scores['missing_predictions'])} without prediction)"
                if scores.get("missing_predictions") else ""),
             "",
             f"{'relation':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}  notes",
             "-" * 72]
    for k in RELATIONS:
        s = scores[k]
        note = ""
        if k in ("heads", "posts"):
            note = f"title acc {s['title_accuracy']:.2f} ({s['title_correct']}/{s['title_total']})"
        elif k == "quoted":
            note = (f"instances gold {s['gold_instances']} pred {s['pred_instances']} "
                    f"matched {s['matched_instances']} (P {s['instance_precision']:.2f} "
                    f"R {s['instance_recall']:.2f})")
        elif k == "clusters":
            note = "pairwise links over surface forms"
        lines.append(f"{k:<10} {s['tp'] + s['fn']:>5} {s['tp'] + s['fp']:>5} {s['tp']:>5} "
                     f"{s['precision']:>6.2f} {s['recall']:>6.2f} {s['f1']:>6.2f}  {note}")
    if errors:
        lines.append("")
        for aid, res in scores["per_article"].items():
            chunks = []
            for k in RELATIONS:
                for what in ("missed", "spurious"):
                    for item in res[k].get(what, []):
                        chunks.append(f"  {k:<8} {what:<8} {item}")
            if chunks:
                lines.append(aid)
                lines.extend(chunks)
    return "\n".join(lines)


def load_gold(gold_dir: str | Path) -> list[dict]:
    import json

    out = []
    for p in sorted(Path(gold_dir).glob("*.json")):
        out.append(json.loads(p.read_text(encoding="utf-8")))
    return out


__all__ = ["score", "format_report", "load_gold", "norm_person", "norm_text", "canon_org"]
