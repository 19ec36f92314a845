#!/usr/bin/env python
"""Compile the resolver's gazetteers into kg/data/ from ../shared (or --shared DIR).

Outputs (all read by kg/resolve/gazetteer.py and kg/resolve/acronyms.py):
  wilayah.tsv.gz      kode, nama, kind letter (P provinsi, B kabupaten, K kota, C kecamatan,
                      D desa, L kelurahan); the parent is the code without its last part
  capitals.tsv        regency code, capital name (areaid)
  region_aliases.tsv  alias, code, strength (strong | weak: needs the province in context)
  acronyms.tsv        acronym, expansion, level, flag (ok | ambiguous), source
  LICENSE-wilayah.txt, LICENSE-areaid.txt
Run: .venv/bin/python scripts/build_gazetteers.py
"""
from __future__ import annotations

import argparse
import csv
import gzip
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.resolve.acronyms import matches_acronym  # noqa: E402
from kg.resolve.text import normalize, squash  # noqa: E402

KIND_LETTER = {"provinsi": "P", "kabupaten": "B", "kota": "K", "kecamatan/distrik": "C",
               "desa": "D", "kelurahan": "L"}

# Region abbreviations never shipped: other well-known meanings or too short.
DROP_REGION = {
    "KTT": "Konferensi Tingkat Tinggi (summit)",
    "KKR": "Kebaktian Kebangunan Rohani / Komisi Kebenaran dan Rekonsiliasi",
    "MTB": "mountain bike; medium confidence",
    "OI": "two letters, medium confidence",
    "RL": "two letters, medium confidence",
    "Benteng": "common word (fort)",
    "Mitra": "common word (partner); 92 corpus hits are not the regency",
    "Matra": "common word (dimension)",
    "Balut": "common word (bandage)",
    "PBD": "common letters; marked verify",
}
# Kept only as weak: used when the region's province is also in the article.
WEAK_REGION = {"Basel", "Madina", "Tuba", "Babar", "Mabar", "Mateng", "Palas", "Mura", "Matim",
               "Selayar", "Meranti", "Mentawai", "Siantar"}
# Agency acronyms never shipped.
DROP_AGENCY = {"PT": "ambiguous: Perseroan Terbatas (503 corpus hits)"}


def build_wilayah(src: Path, out: Path) -> dict[str, tuple[str, str]]:
    regions = {}
    lines = []
    with open(src / "wilayah" / "wilayah_2025_all.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, name = row["kode"].strip(), " ".join(row["nama"].split())
            parent = code.rpartition(".")[0]
            if parent != row["parent_kode"].strip():
                raise SystemExit(f"parent of {code} is not its code prefix")
            letter = KIND_LETTER[row["kind"]]
            regions[code] = (name, letter)
            lines.append(f"{code}\t{name}\t{letter}\n")
    with gzip.GzipFile(out / "wilayah.tsv.gz", "wb", mtime=0) as f:
        f.write("".join(lines).encode("utf-8"))
    return regions


# areaid (pre-2022) regency names that Kepmendagri 2025 spells or names differently.
RENAMED = {"Kabupaten Maluku Tenggara Barat": "Kabupaten Kepulauan Tanimbar",
           "Kabupaten Mamuju Utara": "Kabupaten Pasangkayu",
           "Kabupaten Toba Samosir": "Kabupaten Toba",
           "Kota Padang Sidempuan": "Kota Padangsidimpuan",
           "Kabupaten Pangkajene Kepulauan": "Kabupaten Pangkajene dan Kepulauan",
           "Kabupaten Selayar (Kepulauan Selayar)": "Kabupaten Kepulauan Selayar"}


def _regency_keys(name: str) -> list[str]:
    name = RENAMED.get(name, name)
    plain = re.sub(r"\s*\(.*?\)", "", name)
    keys = [plain, plain.replace("Adm.", "Administrasi"), plain.replace("Kep.", "Kepulauan")]
    return [squash(k.replace("Kep.", "Kepulauan")) for k in keys]


def build_capitals(src: Path, out: Path, regions) -> list[str]:
    by_name = defaultdict(list)
    for code, (name, letter) in regions.items():
        if letter in "BK":
            for key in _regency_keys(name):
                if code not in by_name[key]:
                    by_name[key].append(code)
    unmatched, rows = [], []
    with open(src / "areaid" / "regencies_areaid.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            codes = next((by_name[k] for k in _regency_keys(row["regency"]) if by_name.get(k)), [])
            if len(codes) != 1:
                unmatched.append(row["regency"])
                continue
            code = codes[0]
            capital = " ".join(row["capital"].split())
            base = regions[code][0].split(" ", 1)[1] if " " in regions[code][0] else ""
            if not capital or squash(capital) == squash(base):
                continue  # a city is its own capital
            rows.append(f"{code}\t{capital}\n")
    (out / "capitals.tsv").write_text("".join(sorted(rows)), encoding="utf-8")
    return unmatched


def build_region_aliases(src: Path, out: Path, regions) -> list[str]:
    rows, dropped = set(), []
    with open(src / "aliases" / "province_abbreviations_enriched.csv", newline="",
              encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, notes = row["kode"].strip(), row["notes"]
            for alias in row["abbreviations"].split("|"):
                alias = alias.strip()
                if alias in DROP_REGION:
                    dropped.append(f"{alias} -> {code}: {DROP_REGION[alias]}")
                    continue
                if "verify" in notes and "abbreviation" in notes and \
                        squash(alias) != squash(regions[code][0]):
                    dropped.append(f"{alias} -> {code}: marked verify")
                    continue
                rows.add((alias, code, "strong"))
    with open(src / "aliases" / "regency_abbreviations_enriched.csv", newline="",
              encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["kode"].strip()
            if code not in regions:
                dropped.append(f"{row['abbreviations']} -> {code}: unknown code")
                continue
            for alias in row["abbreviations"].split("|"):
                alias = alias.strip()
                if alias in DROP_REGION:
                    dropped.append(f"{alias} -> {code}: {DROP_REGION[alias]}")
                    continue
                weak = (row["confidence"].strip() != "high" or "ambiguous" in row["notes"]
                        or "verify" in row["notes"] or alias in WEAK_REGION)
                rows.add((alias, code, "weak" if weak else "strong"))
    lines = [f"{a}\t{c}\t{s}\n" for a, c, s in sorted(rows)]
    (out / "region_aliases.tsv").write_text("".join(lines), encoding="utf-8")
    return dropped


def _same_meaning(a: str, b: str) -> bool:
    """Spelling variants ("Pemberantas"/"Pemberantasan") share most word stems."""
    wa, wb = {w[:5] for w in normalize(a).split()}, {w[:5] for w in normalize(b).split()}
    return len(wa & wb) / max(1, min(len(wa), len(wb))) >= 0.6


def build_acronyms(src: Path, out: Path) -> list[str]:
    rows, dropped = {}, []
    with open(src / "aliases" / "agency_acronyms_enriched.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            acr, exp = row["acronym"].strip(), " ".join(row["expansion"].split())
            if acr in DROP_AGENCY:
                dropped.append(f"{acr} = {exp}: {DROP_AGENCY[acr]}")
                continue
            flag = "ambiguous" if "ambiguous" in row["notes"] else "ok"
            rows[(acr, normalize(exp))] = [acr, exp, row["level"].strip(), flag, "curated"]
    # Mined "Long Form (ABBR)" pairs: keep those the syllable matcher accepts.
    mined = defaultdict(list)
    with open(src / "aliases" / "acronyms_mined_from_news.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            acr, exp = row["abbr"].strip(), " ".join(row["long_form"].split())
            if not matches_acronym(acr, exp):
                dropped.append(f"{acr} = {exp} (mined x{row['count']}): matcher rejects")
                continue
            mined[acr].append((int(row["count"]), exp))
    curated_acr = {a for a, _ in rows}
    for acr, pairs in mined.items():
        forms = {}
        for count, exp in pairs:
            forms.setdefault(normalize(exp), [0, exp])[0] += count
        top = max(count for count, _ in forms.values())
        for norm in [n for n, (count, _) in forms.items() if count == 1 and top >= 3]:
            dropped.append(f"{acr} = {forms[norm][1]} (mined x1, main meaning x{top}): ignored")
            del forms[norm]
        if acr in curated_acr:
            known = [r[1] for (a, _), r in rows.items() if a == acr]
            if any(not any(_same_meaning(exp, k) for k in known) for _, exp in forms.values()):
                for (a, n), r in rows.items():
                    if a == acr:
                        r[3] = "ambiguous"
                dropped.append(f"{acr}: news shows other expansions; marked ambiguous")
            continue
        ranked = sorted(forms.values(), key=lambda ce: (-ce[0], ce[1]))
        flag = "ok" if all(_same_meaning(ranked[0][1], e) for _, e in ranked) else "ambiguous"
        if flag == "ambiguous":
            dropped.append(f"{acr}: news shows {len(ranked)} meanings; marked ambiguous")
        for count, exp in ranked:
            norm = normalize(exp)
            if count < 2 and flag == "ok" and len(acr) < 3:
                dropped.append(f"{acr} = {exp} (mined x1): too short to trust once")
                continue
            rows[(acr, norm)] = [acr, exp, "", flag, "news"]
    lines = ["\t".join(r) + "\n" for r in rows.values()]   # curated first, then by count
    (out / "acronyms.tsv").write_text("".join(lines), encoding="utf-8")
    return dropped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteers")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    src, out = args.shared, args.out
    out.mkdir(parents=True, exist_ok=True)
    regions = build_wilayah(src, out)
    unmatched = build_capitals(src, out, regions)
    dropped = build_region_aliases(src, out, regions) + build_acronyms(src, out)
    shutil.copyfile(src / "wilayah" / "LICENSE", out / "LICENSE-wilayah.txt")
    print(f"{len(regions)} regions; capitals unmatched: {len(unmatched)} {unmatched[:10]}")
    print(f"{len(dropped)} alias rows dropped or flagged")
    for line in dropped if args.verbose else dropped[:20]:
        print("  ", line)
    for path in sorted(out.iterdir()):
        print(f"{path.name}\t{path.stat().st_size}")


if __name__ == "__main__":
    main()
