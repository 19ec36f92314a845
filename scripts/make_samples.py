"""Build the bundled sample corpus in kg/samples/ from ../shared (re-runnable, deterministic).

    .venv/bin/python scripts/make_samples.py            # write kg/samples/
    .venv/bin/python scripts/make_samples.py --list     # only print the choice

Picks about 30 IndoSum articles about regional government: scored by counts of
regional titles and offices (Bupati, Wali Kota, Gubernur, Kepala Dinas, Pemkab,
DPRD, Kapolres, Camat, ...) and of quotes with "kata"; Jakarta-national news
scores lower. Copies the founding article and the CC BY-SA 4.0 licence, and
writes README.md with the attribution and every article's source URL.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.ingest import parse_dateline  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news"
CORPUS = NEWS / "indosum_dev.jsonl"
FOUNDING = NEWS / "antara-kalteng-sampit-psk-pelatihan-kue.txt"
LICENCE = NEWS / "LICENSE-CC-BY-SA-4.0.txt"
REGIONS = ROOT.parent / "shared" / "data" / "gazetteers" / "wilayah" / "wilayah_2025_prov_kab.csv"
OUT = ROOT / "kg" / "samples"

COUNT = 30
PER_SOURCE = 8
MIN_CHARS, MAX_CHARS = 900, 4500

REGIONAL = {
    r"Bupati": 3, r"Wakil Bupati": 1, r"Wali ?[Kk]ota": 3, r"Gubernur": 2,
    r"Kepala Dinas": 4, r"Kadis\w*": 3, r"Dinas": 1, r"Pemkab": 3, r"Pemkot": 3,
    r"Pemprov": 2, r"DPRD": 2, r"Kapolres\w*": 3, r"Polres": 1, r"Camat": 3,
    r"Kecamatan": 1, r"Kabupaten": 1, r"Kota": 0.5, r"Provinsi": 1, r"Sekda": 2,
    r"Lurah": 2, r"Kepala Desa": 2, r"Kades": 2, r"Pemerintah (?:Kabupaten|Kota|Provinsi)": 3,
}
NATIONAL = {
    r"Jakarta": 2, r"DKI": 3, r"Presiden": 1, r"Menteri": 1, r"KPK": 1.5,
    r"DPR RI": 1, r"Istana": 1, r"Pilkada DKI": 3, r"Ahok": 2, r"Anies": 2,
}
# An official's title followed by a capitalised name: "Bupati Kotim Supian Hadi".
OFFICIAL = re.compile(
    r"\b(?:Bupati|Wakil Bupati|Wali ?[Kk]ota|Wakil Wali ?[Kk]ota|Gubernur|Wakil Gubernur|Kepala Dinas"
    r"|Kadis\w*|Camat|Lurah|Kapolres\w*|Kapolsek|Ketua DPRD|Sekda|Kepala Desa)"
    r"(?:\s+[A-Z][\w.,-]*){1,8}"
)
OFFICES = re.compile(r"\b(?:Kabupaten|Kecamatan|Pemkab|Pemkot|Pemprov|DPRD|Polres\w*|Provinsi|Dinas)\b")
QUOTE = re.compile(r"[\"”],?\s+(?:kata|ujar|ucap|jelas|tegas|ungkap)\b")


def _count(table: dict[str, float], text: str, cap: int) -> float:
    return sum(w * min(len(re.findall(r"\b" + pat + r"\b", text)), cap) for pat, w in table.items())


def region_names(path: Path = REGIONS) -> re.Pattern:
    """Indonesian province and regency/city names ("Kotawaringin Timur", "Jambi")."""
    names = set()
    with open(path, encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            name = re.sub(r"^(?:Kabupaten|Kota|Provinsi)\s+", "", row["nama"]).strip()
            if len(name) >= 4 and name not in {"Jakarta", "DKI Jakarta"}:
                names.add(name)
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


_REGION = None


def score(record: dict) -> float:
    """Higher for regional-government news; 0 when no official or no Indonesian region is named."""
    global _REGION
    if _REGION is None:
        _REGION = region_names()
    text = record["text"]
    regions = len(_REGION.findall(text))
    if regions == 0:
        return 0.0
    officials = len(OFFICIAL.findall(text))
    if officials == 0 or not OFFICES.search(text):
        return 0.0
    value = 3 * min(officials, 5) + min(regions, 5) + _count(REGIONAL, text, 5) + 2 * min(len(QUOTE.findall(text)), 5)
    value -= _count(NATIONAL, text, 5)
    dateline = parse_dateline(text)
    if dateline and dateline.place and dateline.place.split(",")[0].strip().lower() != "jakarta":
        value += 5
    return value


def choose(path: Path = CORPUS, count: int = COUNT) -> list[dict]:
    """Deterministic: best score first, ties by id, at most PER_SOURCE per outlet."""
    ranked = []
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record.get("category") != "tajuk utama":
                continue
            if not MIN_CHARS <= len(record["text"]) <= MAX_CHARS:
                continue
            value = score(record)
            if value > 0:
                ranked.append((-value, record["id"], record))
    ranked.sort(key=lambda item: (item[0], item[1]))
    chosen, per_source = [], {}
    for _, _, record in ranked:
        source = record.get("source") or ""
        if per_source.get(source, 0) >= PER_SOURCE:
            continue
        per_source[source] = per_source.get(source, 0) + 1
        chosen.append(record)
        if len(chosen) == count:
            break
    return sorted(chosen, key=lambda record: record["id"])


README = """\
# Sample articles

Small corpus bundled with berita-kg for demos and tests (`kg.samples.sample_paths()`).

- `antara-kalteng-sampit-psk-pelatihan-kue.txt`: the project's founding example,
  "Puluhan PSK Di Sampit Dibekali Keterampilan", from **Antara Kalteng**
  (Kantor Berita ANTARA, Kalimantan Tengah bureau), copied verbatim. First line
  = title, the rest = text.
- `articles.jsonl`: {count} Indonesian news articles about regional government, one JSON
  object per line (id, title, title_is_from_url, date, source, source_url,
  category, text), picked by `scripts/make_samples.py` from the IndoSum corpus.

## Attribution and licence

The articles in `articles.jsonl` come from **IndoSum** (Kemal Kurniawan and
Samuel Louvan, 2018, "IndoSum: A New Benchmark Dataset for Indonesian Text
Summarization", IALP 2018), distributed under the Creative Commons
Attribution-ShareAlike 4.0 International licence; see
`LICENSE-CC-BY-SA-4.0`. The text is IndoSum's tokenised text with spacing
rebuilt (a few hyphens and quotes are spaced oddly) and titles rebuilt from the
URL slug (`title_is_from_url`). This selection is shared under the same licence.
The copyright in each article remains with its publisher, listed below.

| id | source | original URL |
|---|---|---|
{rows}
"""


def write(chosen: list[dict], out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "articles.jsonl", "w", encoding="utf-8", newline="\n") as stream:
        for record in chosen:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    shutil.copyfile(FOUNDING, out / FOUNDING.name)
    shutil.copyfile(LICENCE, out / "LICENSE-CC-BY-SA-4.0")
    rows = "\n".join(
        f"| {r['id']} | {r.get('source') or ''} | {r.get('source_url') or ''} |" for r in chosen
    )
    (out / "README.md").write_text(README.format(count=len(chosen), rows=rows), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the choice, write nothing")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"make_samples: {CORPUS} not found (needs ../shared)")
    chosen = choose()
    for record in chosen:
        print(f"{score(record):6.1f}  {record['source']:14} {record['title'][:70]}")
    if not args.list:
        write(chosen)
        print(f"wrote {len(chosen)} articles to {OUT}")


if __name__ == "__main__":
    main()
