"""Deterministic choice of the second, held-out extraction gold set (tests/data/gold_heldout/).

    python scripts/select_heldout.py          # print the selection (id, category, source, score)
    python scripts/select_heldout.py --check  # verify it still equals HELDOUT_IDS

The articles are about Indonesian government, police and regional administration, taken
from shared/data/news/indosum_dev.jsonl, excluding every id of the first gold set
(tests/data/gold/*.json) and of the sample corpus (kg/samples/articles.jsonl):

1. keep 800-3500 characters;
2. score = sum over government titles (Bupati, Wali Kota, Gubernur, Kepala Dinas,
   Kapolres/Kapolda/Kapolsek, DPRD, Camat, Lurah, Sekda, Kasat, Menteri, KPK, Kapolri …)
   followed by a capitalized name, weight x min(hits, 4); an article qualifies when it is
   clearly about officials: score >= 8, or score >= 6 with at least two distinct titles;
3. the first gold set is all "tajuk utama", so qualifying articles of the OTHER categories
   come first (ranked by score, ties by id), then "tajuk utama" ones fill up to n;
4. at most 4 per source; the tajuk-utama fill goes in rounds (each source may reach 1, then
   2, 3, 4 articles) so that sources are varied.

The extraction rules were never run on, or tuned on, these articles.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
SAMPLES = ROOT / "kg" / "samples" / "articles.jsonl"
NEWS_JSONL = Path("/work/shared/data/news/indosum_dev.jsonl")

# title pattern -> weight (regional administration and police weigh more than national)
_TITLES = {
    r"Bupati": 3, r"Wakil Bupati": 3, r"Wali ?[Kk]ota": 3, r"Gubernur": 3,
    r"Kepala Dinas": 4, r"Kadis": 4, r"Kapolres(?:ta)?": 4, r"Kapolda": 3, r"Kapolsek": 4,
    r"Ketua DPRD": 4, r"[Aa]nggota DPRD": 3, r"Camat": 4, r"Lurah": 4, r"Sekda": 3,
    r"Kasat \w+": 3, r"Menteri": 1, r"Ketua KPK": 2, r"Wakil Ketua KPK": 2, r"Kapolri": 2,
}
_NAME = r"(?:[A-Z][\w.,-]*\s+){0,6}?(?:[A-Z][a-z]+)"


def _news_path() -> Path:
    import os

    for base in (os.environ.get("KG_SHARED_DIR"), ROOT.parent / "shared", Path("/work/shared")):
        if base and (Path(base) / "data" / "news" / "indosum_dev.jsonl").exists():
            return Path(base) / "data" / "news" / "indosum_dev.jsonl"
    return NEWS_JSONL


def gov_score(text: str) -> tuple[float, int]:
    """(weighted count of 'title + capitalized name', number of distinct titles hit)."""
    score, kinds = 0.0, 0
    for pat, w in _TITLES.items():
        n = len(re.findall(r"\b" + pat + r"\b\s+" + _NAME, text))
        score += w * min(n, 4)
        kinds += n > 0
    return score, kinds


def _excluded_ids() -> set[str]:
    ids = {p.stem for p in GOLD_DIR.glob("*.json")}
    if SAMPLES.exists():
        ids |= {json.loads(l)["id"] for l in SAMPLES.read_text(encoding="utf-8").splitlines()
                if l.strip()}
    return ids


def select_heldout_articles(path: Path | None = None, n: int = 15, per_source: int = 4,
                            min_chars: int = 800, max_chars: int = 3500,
                            exclude: set[str] | None = None) -> list[dict]:
    """The held-out articles (jsonl dicts), in selection order. See the module docstring."""
    path = path or _news_path()
    exclude = _excluded_ids() if exclude is None else set(exclude)
    other, tajuk = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if d["id"] in exclude or not (min_chars <= len(d["text"]) <= max_chars):
            continue
        s, k = gov_score(d["text"])
        if not (s >= 8 or (s >= 6 and k >= 2)):
            continue
        d = dict(d, _score=s)
        (tajuk if d.get("category") == "tajuk utama" else other).append(d)
    key = lambda d: (-d["_score"], d["id"])  # noqa: E731
    other.sort(key=key)
    tajuk.sort(key=key)
    out: list[dict] = []
    count: dict[str, int] = {}

    def take(d: dict, cap: int) -> bool:
        src = d.get("source") or ""
        if len(out) >= n or count.get(src, 0) >= cap or d in out:
            return False
        count[src] = count.get(src, 0) + 1
        out.append(d)
        return True

    for d in other:
        take(d, per_source)
    for cap in range(1, per_source + 1):
        for d in tajuk:
            take(d, cap)
    return out


# The ids chosen when the held-out set was annotated (recorded so that later changes to the
# first gold set, the samples or the corpus do not move this set).
HELDOUT_IDS: list[str] = [
    "indosum-1508744100-pemkab-klungkung-gelar-ritual-pemahayu-jagat",
    "indosum-1519466955-tanah-sereal-gelar-festival-olahraga-rakyat",
    "indosum-1514098099-doel-sumbang-raih-anugerah-karya-budaya-jawa-barat",
    "indosum-1503340800-lintasan-tanjung-senai-siap-gelar-balapan-reli-kel",
    "indosum-1503288000-danau-bunggara-jadi-wisata-andalan-singkil",
    "indosum-1499121900-bayi-lahir-di-tol-cipali-diberi-nama-bhayangkari-r",
    "indosum-1500973200-polisi-belum-kabulkan-penangguhan-penahanan-axel",
    "indosum-1476821757-kpk-jadikan-wali-kota-madiun-bambang-irianto-tersa",
    "indosum-1513210214-banjir-karena-penyempitan-kali-anies-minta-warga-g",
    "indosum-1498876200-djarot-diminta-tambah-fasilitas-kaum-difabel",
    "indosum-1497478500-tembok-penjara-jambi-jebol-puluhan-napi-kabur",
    "indosum-1518496218-demi-selamatkan-jakarta-dari-banjir-anies-rela-lak",
    "indosum-1502343509-polisi-tembak-penyiram-bensin-sekaligus-pembakar-p",
    "indosum-1517717700-pengedar-sabu-ini-kelabui-polisi-dengan-pura-pura-",
    "indosum-1495512900-honor-stripper-di-kelapa-gading-rp-700-ribu-1-juta",
]


def selection_main(argv, doc: str, select, recorded: list[str], name: str, score: str) -> int:
    """The command line of a gold selection script: print the selection (id, category,
    source, score, length), or with --check exit 1 if it is not the recorded one."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help=f"exit 1 if selection != {name}")
    args = ap.parse_args(argv)
    sel = select()
    if args.check:
        ids = [d["id"] for d in sel]
        print("same" if ids == recorded else "DIFFERENT")
        return 0 if ids == recorded else 1
    for d in sel:
        print(f'{d["id"]}\t{d["category"]}\t{d["source"]}\t{d[score]:g}\t{len(d["text"])}')
    return 0


def main(argv: list[str] | None = None) -> int:
    return selection_main(argv, __doc__, select_heldout_articles, HELDOUT_IDS, "HELDOUT_IDS", "_score")


if __name__ == "__main__":
    sys.exit(main())
