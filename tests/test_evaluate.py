"""Unit tests for the extraction scorer (kg/evaluate.py) on hand-built ResolvedArticles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import canon_org, format_report, load_gold, norm_person, score
from kg.extract.types import Provenance, Quote, Relation
from kg.ingest_types import Article
from kg.resolve.types import Entity, ResolvedArticle

AID = "a1"
TEXT = (
    '"Pelatihan ini bekal," kata Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim, '
    "Bima Ekawardhana di Sampit. Dinsosnakertrans menggandeng Polres Kotim. "
    "Kapolres Kotim AKBP Tober Sirait hadir. Wakil Ketua DPRD Kotim Supriadi juga hadir. "
    '"Sambutan peserta antusias," harap Bima.'
)

GOLD = {
    "id": AID,
    "heads": [
        {"person": "Bima Ekawardhana", "org": "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim",
         "org_aliases": ["Dinsosnakertrans Kotim", "Dinsosnakertrans"], "title": "Kepala",
         "evidence": "Kepala Dinas Sosial"},
        {"person": "Tober Sirait", "org": "Polres Kotim", "org_aliases": [], "title": "Kapolres",
         "evidence": "Kapolres Kotim AKBP Tober Sirait"},
    ],
    "posts": [
        {"person": "Supriadi", "org": "DPRD Kotim", "org_aliases": [], "title": "Wakil Ketua",
         "evidence": "Wakil Ketua DPRD Kotim Supriadi"},
    ],
    "quoted": [{"speaker": "Bima Ekawardhana", "count": 2}],
    "clusters": [["Bima Ekawardhana", "Bima"],
                 ["Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim", "Dinsosnakertrans"]],
}


def prov() -> Provenance:
    return Provenance(AID, 0, 0, 1, "test", 1.0)


def person(key, label, *aliases):
    return Entity(key=f"person/{key}", type="person", pref_label=label, aliases=tuple(aliases))


def org(key, label, *aliases, region=None):
    return Entity(key=f"organization/{key}", type="organization", pref_label=label,
                  aliases=tuple(aliases), region_code=region)


def rel(kind, s, o, title=None):
    return Relation(kind=kind, subject=s.key, object=o.key, provenance=prov(), title=title)


def quote(speaker, n=1):
    return [Quote(speaker=speaker.key, text="x", start=0, end=1, provenance=prov())
            for _ in range(n)]


def article(entities, relations=(), quotes=(), aid=AID, text=TEXT):
    return ResolvedArticle(article=Article(id=aid, title="t", text=text), sentences=(),
                           entities=tuple(entities), mention_keys=(),
                           relations=tuple(relations), quotes=tuple(quotes))


BIMA = person("bima-ekawardhana", "Bima Ekawardhana", "Bima")
DINSOS = org("62.02/dinsosnakertrans", "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim",
             "Dinsosnakertrans")
TOBER = person("tober-sirait", "Tober Sirait")
POLRES = org("62.02/polres", "Polres Kotim")
SUPRIADI = person("supriadi", "Supriadi")
DPRD = org("62.02/dprd", "DPRD Kotim")


def perfect() -> ResolvedArticle:
    return article(
        [BIMA, DINSOS, TOBER, POLRES, SUPRIADI, DPRD],
        [rel("heads", BIMA, DINSOS, "Kepala"), rel("heads", TOBER, POLRES, "Kapolres"),
         rel("holds_post", SUPRIADI, DPRD, "Wakil Ketua")],
        quote(BIMA, 2),
    )


def test_exact_hits_everything_perfect():
    s = score([GOLD], [perfect()])
    for k in ("heads", "posts", "quoted", "clusters"):
        assert s[k]["precision"] == 1.0 and s[k]["recall"] == 1.0 and s[k]["f1"] == 1.0, k
    assert s["heads"]["title_accuracy"] == 1.0
    assert s["quoted"]["matched_instances"] == 2
    assert s["clusters"]["method"] == "pairwise"


def test_alias_hits_org_acronym_and_region_scoped_full_name():
    # org entity named only by its acronym (a gold alias), Polres by its long form + region code
    dinsos = org("x/dinsos", "Dinsosnakertrans")
    polres = org("x/polres", "Kepolisian Resor Kotawaringin Timur")
    polres2 = org("y/polres", "Polres", region="62.02")   # bare "Polres" scoped by region code
    ra = article([BIMA, dinsos, TOBER, polres],
                 [rel("heads", BIMA, dinsos, "Kepala Dinas"), rel("heads", TOBER, polres)])
    s = score([GOLD], [ra])
    assert s["heads"]["tp"] == 2 and s["heads"]["fp"] == 0
    assert s["heads"]["title_correct"] == 1      # "Kepala Dinas" ~ "Kepala"; None is wrong
    ra2 = article([TOBER, polres2], [rel("heads", TOBER, polres2)])
    assert score([GOLD], [ra2])["heads"]["tp"] == 1


def test_person_matches_gold_cluster_member_and_title_stripped():
    short = person("bima", "Bima")                          # a gold cluster member
    titled = person("tober", "Kapolres AKBP H. Tober Sirait, S.H.")
    ra = article([short, DINSOS, titled, POLRES],
                 [rel("heads", short, DINSOS), rel("heads", titled, POLRES)], quote(short))
    s = score([GOLD], [ra])
    assert s["heads"]["tp"] == 2
    assert s["quoted"]["tp"] == 1
    assert s["quoted"]["matched_instances"] == 1 and s["quoted"]["gold_instances"] == 2


def test_misses_and_false_positives():
    wrong_org = org("x/pemkab", "Pemerintah Kabupaten Kotawaringin Timur")
    ra = article([BIMA, wrong_org, SUPRIADI, DPRD, TOBER],
                 [rel("heads", BIMA, wrong_org, "Bupati"),          # wrong org: FP + FN
                  rel("heads", SUPRIADI, DPRD, "Wakil Ketua")],     # deputy as head: FP
                 quote(TOBER))                                     # wrong speaker
    s = score([GOLD], [ra])
    h = s["heads"]
    assert (h["tp"], h["fp"], h["fn"]) == (0, 2, 2)
    assert h["precision"] == 0.0 and h["recall"] == 0.0 and h["f1"] == 0.0
    assert s["posts"]["fn"] == 1 and s["posts"]["fp"] == 0       # kinds are not mixed
    q = s["quoted"]
    assert (q["tp"], q["fp"], q["fn"]) == (0, 1, 1)
    missed = s["per_article"][AID]["heads"]["missed"]
    assert {m["person"] for m in missed} == {"Bima Ekawardhana", "Tober Sirait"}


def test_partial_precision_recall_numbers():
    extra = person("budi", "Budi")
    ra = article([BIMA, DINSOS, extra, POLRES],
                 [rel("heads", BIMA, DINSOS), rel("heads", extra, POLRES)])
    h = score([GOLD], [ra])["heads"]
    assert (h["tp"], h["fp"], h["fn"]) == (1, 1, 1)
    assert h["precision"] == pytest.approx(0.5) and h["recall"] == pytest.approx(0.5)


def test_duplicate_predictions_count_once_and_match_one_to_one():
    ra = article([BIMA, DINSOS], [rel("heads", BIMA, DINSOS), rel("heads", BIMA, DINSOS)])
    h = score([GOLD], [ra])["heads"]
    assert (h["tp"], h["fp"]) == (1, 0)


def test_clusters_pairwise_split_and_wrong_merge():
    # "Bima" split from "Bima Ekawardhana"; Polres wrongly merged with the Dinas
    bima_full, bima_short = person("b1", "Bima Ekawardhana"), person("b2", "Bima")
    merged = org("m", "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim", "Dinsosnakertrans",
                 "Polres Kotim", "Dinas Sosial Tenaga Kerja Transmigrasi Kabupaten Kotim")
    s = score([GOLD], [article([bima_full, bima_short, merged])])["clusters"]
    # gold links: (bima ekawardhana, bima), (dinas..., dinsosnakertrans)
    # predicted links among forms occurring in the text: dinas-dinsos, dinas-polres, dinsos-polres
    assert (s["tp"], s["fp"], s["fn"]) == (1, 2, 1)


def test_missing_prediction_counts_as_misses():
    s = score([GOLD], [])
    assert s["missing_predictions"] == [AID]
    assert s["heads"]["fn"] == 2 and s["heads"]["recall"] == 0.0


def test_normalizers():
    assert norm_person("AKBP H. Tober Sirait, S.H., M.H.") == "tober sirait"
    assert norm_person("Dr. Ir. Agung Laksono") == "agung laksono"
    assert canon_org("Pemerintah Kabupaten Kotim") == canon_org("Pemkab Kotawaringin Timur")
    assert canon_org("Komisi Pemberantasan Korupsi") == canon_org("KPK")
    assert canon_org("DPRD Provinsi Jambi") == canon_org("DPRD Jambi")


def test_format_report_is_a_table():
    out = format_report(score([GOLD], [perfect()]), errors=True)
    lines = out.splitlines()
    assert any(l.startswith("heads") and "1.00" in l for l in lines)
    for k in ("posts", "quoted", "clusters"):
        assert any(l.startswith(k) for l in lines)


GOLD_DIR = Path(__file__).parent / "data" / "gold"


def test_gold_files_are_well_formed():
    gold = load_gold(GOLD_DIR)
    assert len(gold) >= 1
    for g in gold:
        path = GOLD_DIR / f"{g['id']}.json"
        assert path.exists(), g["id"]
        assert set(g) >= {"id", "heads", "posts", "quoted", "clusters"}
        for k in ("heads", "posts"):
            for item in g[k]:
                assert item["person"] and item["org"] and "title" in item, (g["id"], item)
                assert norm_person(item["person"]) == " ".join(
                    item["person"].lower().replace("'", "").replace("-", " ").split()), \
                    f"{g['id']}: person name carries a title/honorific: {item['person']}"
        for q in g["quoted"]:
            assert q["speaker"] and int(q["count"]) >= 1
        for cl in g["clusters"]:
            assert isinstance(cl, list) and len(cl) >= 2, (g["id"], cl)
    json.dumps(gold)


def _score_script():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_evidence_and_names_occur_in_the_article_text():
    se = _score_script()
    if not se.NEWS_JSONL.exists():
        pytest.skip("shared news corpus not available")
    gold = load_gold(GOLD_DIR)
    assert {g["id"] for g in gold} == set(se.GOLD_IDS) | set(se.EXTRA_IDS) | {se.FOUNDING_ID}
    records = {r["id"]: r for r in se.load_gold_articles([g["id"] for g in gold])}
    for g in gold:
        text = records[g["id"]]["text"]
        for k in ("heads", "posts"):
            for item in g[k]:
                assert item["evidence"] in text, (g["id"], item["evidence"])
        for q in g["quoted"]:
            assert q["speaker"].split()[-1] in text, (g["id"], q["speaker"])
        for cl in g["clusters"]:
            assert any(f in text for f in cl), (g["id"], cl)


def test_gold_selection_is_deterministic():
    se = _score_script()
    if not se.NEWS_JSONL.exists():
        pytest.skip("shared news corpus not available")
    assert [d["id"] for d in se.select_gold_articles()] == se.GOLD_IDS


def _oracle(g: dict) -> ResolvedArticle:
    """A prediction built from the gold itself: must score 1.0 everywhere."""
    ents: dict[str, Entity] = {}
    rels, quotes = [], []

    def ent(kind, label, aliases=()):
        key = f"{kind}/{len(ents)}"
        ents[key] = Entity(key=key, type=kind, pref_label=label, aliases=tuple(aliases))
        return ents[key]

    for k, kind in (("heads", "heads"), ("posts", "holds_post")):
        for item in g[k]:
            p = ent("person", item["person"])
            o = ent("organization", item["org"])   # org_aliases are a tolerance list
            rels.append(rel(kind, p, o, item.get("title")))
    for q in g["quoted"]:
        quotes += quote(ent("person", q["speaker"]), q["count"])
    for cl in g["clusters"]:
        ent("organization", cl[0], cl[1:])
    return article(ents.values(), rels, quotes, aid=g["id"], text=" ".join(
        x for cl in g["clusters"] for x in cl))


def test_gold_scores_perfectly_against_itself():
    gold = load_gold(GOLD_DIR)
    s = score(gold, [_oracle(g) for g in gold])
    for k in ("heads", "posts", "quoted", "clusters"):
        assert (s[k]["precision"], s[k]["recall"]) == (1.0, 1.0), (k, s[k])
    assert s["heads"]["title_accuracy"] == 1.0
