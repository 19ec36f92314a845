"""Random, reproducible choice of the second tuning part of the extraction gold
(tests/data/gold_dev2/), made for posts and roles (Wakil Ketua, Sekretaris, anggota, juru
bicara, heads of divisions).

    python scripts/select_dev2.py          # print the selection (id, category, source, hits)
    python scripts/select_dev2.py --check  # verify it still equals DEV2_IDS

From shared/data/news/indosum_dev.jsonl, excluding every id already in tests/data/gold,
gold_heldout, events_gold and link_gold and in the sample corpus: articles of 800-3500
characters with at least 5 official titles (_TITLES below, case-sensitive except for the
lowercase role words), of which at least one is a non-head post word (Wakil, Sekretaris,
anggota, juru bicara, Kabid/Kasat ...); then random.Random(SEED).sample of n.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SAMPLES = ROOT / "kg" / "samples" / "articles.jsonl"
SEED = 20240515

_TITLES = re.compile(r"\b(?:Kepala|Ketua|Wakil|Sekretaris|Kapolres|Bupati|Gubernur|Menteri|"
                     r"[Jj]uru [Bb]icara|anggota|Anggota|Kabid|Kasat|Sekda|Direktur)\b")
_POSTS = re.compile(r"\b(?:Wakil|Sekretaris|[Jj]uru [Bb]icara|[Aa]nggota|Kabid|Kasat|Sekda|"
                    r"Kepala (?:Bidang|Seksi|Bagian|Sub))\b")


def _news_path() -> Path:
    sys.path.insert(0, str(ROOT / "scripts"))
    from score_extraction import NEWS_JSONL

    return NEWS_JSONL


def excluded_ids() -> set[str]:
    """Ids already annotated in some gold set, or in the sample corpus."""
    ids = {p.stem for d in ("gold", "gold_heldout") for p in (DATA / d).glob("*.json")}
    for p in (DATA / "events_gold").rglob("*.json"):
        ids.add(p.stem)
    for p in (DATA / "events_gold").rglob("*.txt"):
        ids |= {l.strip() for l in p.read_text(encoding="utf-8").splitlines() if l.strip()}
    for p in (DATA / "link_gold").glob("*.tsv"):
        for line in p.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) > 2:
                ids.add(cols[2])
    if SAMPLES.exists():
        ids |= {json.loads(l)["id"] for l in SAMPLES.read_text(encoding="utf-8").splitlines()
                if l.strip()}
    return ids


def select_dev2_articles(path: Path | None = None, n: int = 15, seed: int = SEED,
                         min_chars: int = 800, max_chars: int = 3500) -> list[dict]:
    path = path or _news_path()
    exclude = excluded_ids()
    cands = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        text = d["text"]
        if d["id"] in exclude or not (min_chars <= len(text) <= max_chars):
            continue
        hits = len(_TITLES.findall(text))
        if hits >= 5 and _POSTS.search(text):
            cands.append(dict(d, _hits=hits))
    cands.sort(key=lambda d: d["id"])
    return random.Random(seed).sample(cands, n)


# The ids chosen when gold_dev2 was annotated.
DEV2_IDS: list[str] = [
    "indosum-1493855392-kpk-periksa-keponakan-setya-novanto",
    "indosum-1508865300-busyro-ragukan-kesiapan-polri-bentuk-densus-tipiko",
    "indosum-1510015773-setnov-mangkir-lagi-alasannya-tak-ada-izin-preside",
    "indosum-1494485100-fadli-zon-dan-fahri-hamzah-diduga-tidak-taat-pajak",
    "indosum-1512166731-ev-hive-city-at-plaza-kuningan-diresmikan",
    "indosum-1505212349-jejak-asma-dewi-dari-pilgub-dki-hingga-aksi-212",
    "indosum-1494618006-vonis-ahok-dinilai-setara-institute-bermotif-polit",
    "indosum-1494898200-gerindra-menolak-fahri-hina-negara",
    "indosum-1517605200-jokowi-diminta-panggil-wni-pintar-kembali-ke-tanah",
    "indosum-1490838351-adhyaksa-dault-minta-pramuka-jadi-citizen-journali",
    "indosum-1495667700-lima-nama-tersisa-untuk-sekjen-pssi",
    "indosum-1515798000-8000-orang-jadi-tahanan-dalam-kerusuhan-di-iran",
    "indosum-1508279473-mpr-generasi-muda-harus-miliki-ketahanan-nasional",
    "indosum-1498943820-kondisi-dua-anggota-brimob-korban-penyerangan-stab",
    "indosum-1518032399-jokowi-sesalkan-tewasnya-guru-sma-sampang-akibat-d",
]


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from select_heldout import selection_main

    return selection_main(argv, __doc__, select_dev2_articles, DEV2_IDS, "DEV2_IDS", "_hits")


if __name__ == "__main__":
    sys.exit(main())
