"""Compile the extraction lexicons in kg/extract/lexicons/ from shared/data/gazetteers.

    python scripts/build_lexicons.py [--shared ../shared]

Sources (read-only, needed only to rebuild):
  aliases/official_titles_enriched.csv     -> titles.csv (plus the curated rows below)
  aliases/ranks_and_honorifics_enriched.csv -> ranks.csv (plus curated degrees/addresses)
  aliases/agency_acronyms_enriched.csv     -> agencies.csv
  aliases/acronyms_mined_from_news.csv     -> agencies.csv (pairs seen >= 2 times whose long
                                              form starts with an organisation word)
  aliases/province_abbreviations_enriched.csv,
  aliases/regency_abbreviations_enriched.csv,
  wilayah/wilayah_2025_prov_kab.csv (MIT, cahyadsn/wilayah) -> regions.csv
The package never reads shared/ at run time.
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "extract" / "lexicons"

# Titles: role is "head" (the holder leads the organisation) or "post". org is the organisation
# the title implies: with scope "region" the words after the title are a region ("Bupati Kotim"
# -> "Pemkab Kotim"); with "portfolio" they name the unit ("Menteri Sosial" -> "Kementerian
# Sosial", "Kadis Kesehatan" -> "Dinas Kesehatan"); with "none" the org is fixed ("Kapolri").
CURATED_TITLES = [
    # title, expansion, role, org, scope
    ("Presiden", "Presiden", "head", "Pemerintah", "region"),
    ("Wakil Presiden", "Wakil Presiden", "post", "Pemerintah", "region"),
    ("Wapres", "Wakil Presiden", "post", "Pemerintah", "region"),
    ("Menteri", "Menteri", "head", "Kementerian", "portfolio"),
    ("Menteri Koordinator", "Menteri Koordinator", "head", "Kementerian Koordinator", "portfolio"),
    ("Menko", "Menteri Koordinator", "head", "Kemenko", "portfolio"),
    ("Wakil Menteri", "Wakil Menteri", "post", "Kementerian", "portfolio"),
    ("Menteri Sekretaris Negara", "Menteri Sekretaris Negara", "head", "Kementerian Sekretariat Negara", "none"),
    ("Mensesneg", "Menteri Sekretaris Negara", "head", "Kementerian Sekretariat Negara", "none"),
    ("Wamen", "Wakil Menteri", "post", "Kementerian", "portfolio"),
    ("Gubernur", "Gubernur", "head", "Pemprov", "region"),
    ("Wakil Gubernur", "Wakil Gubernur", "post", "Pemprov", "region"),
    ("Wagub", "Wakil Gubernur", "post", "Pemprov", "region"),
    ("Bupati", "Bupati", "head", "Pemkab", "region"),
    ("Wakil Bupati", "Wakil Bupati", "post", "Pemkab", "region"),
    ("Wabup", "Wakil Bupati", "post", "Pemkab", "region"),
    ("Wali Kota", "Wali Kota", "head", "Pemkot", "region"),
    ("Walikota", "Wali Kota", "head", "Pemkot", "region"),
    ("Wakil Wali Kota", "Wakil Wali Kota", "post", "Pemkot", "region"),
    ("Wakil Walikota", "Wakil Wali Kota", "post", "Pemkot", "region"),
    ("Wawali", "Wakil Wali Kota", "post", "Pemkot", "region"),
    ("Wawalkot", "Wakil Wali Kota", "post", "Pemkot", "region"),
    ("Sekda", "Sekretaris Daerah", "post", "Pemda", "region"),
    ("Sekretaris Daerah", "Sekretaris Daerah", "post", "Pemda", "region"),
    ("Camat", "Camat", "head", "Kecamatan", "region"),
    ("Lurah", "Lurah", "head", "Kelurahan", "region"),
    ("Kades", "Kepala Desa", "head", "Desa", "region"),
    ("Kepala Desa", "Kepala Desa", "head", "Desa", "region"),
    ("Kadis", "Kepala Dinas", "head", "Dinas", "portfolio"),
    ("Kaban", "Kepala Badan", "head", "Badan", "portfolio"),
    ("Kalak", "Kepala Pelaksana", "head", "", "none"),
    ("Kapolri", "Kepala Kepolisian Negara Republik Indonesia", "head", "Polri", "none"),
    ("Wakapolri", "Wakil Kepala Polri", "post", "Polri", "none"),
    ("Kabareskrim", "Kepala Badan Reserse Kriminal", "head", "Bareskrim", "none"),
    ("Kadiv Humas", "Kepala Divisi Hubungan Masyarakat", "post", "Polri", "none"),
    ("Kapolda", "Kepala Kepolisian Daerah", "head", "Polda", "region"),
    ("Wakapolda", "Wakil Kepala Kepolisian Daerah", "post", "Polda", "region"),
    ("Kapolres", "Kepala Kepolisian Resor", "head", "Polres", "region"),
    ("Wakapolres", "Wakil Kepala Kepolisian Resor", "post", "Polres", "region"),
    ("Kapolresta", "Kepala Kepolisian Resor Kota", "head", "Polresta", "region"),
    ("Wakapolresta", "Wakil Kepala Kepolisian Resor Kota", "post", "Polresta", "region"),
    ("Kapolrestabes", "Kepala Kepolisian Resor Kota Besar", "head", "Polrestabes", "region"),
    ("Kapolsek", "Kepala Kepolisian Sektor", "head", "Polsek", "region"),
    ("Kapolsekta", "Kepala Kepolisian Sektor Kota", "head", "Polsekta", "region"),
    ("Panglima TNI", "Panglima Tentara Nasional Indonesia", "head", "TNI", "none"),
    ("Pangdam", "Panglima Komando Daerah Militer", "head", "Kodam", "region"),
    ("Danrem", "Komandan Komando Resor Militer", "head", "Korem", "region"),
    ("Dandim", "Komandan Komando Distrik Militer", "head", "Kodim", "region"),
    ("Danramil", "Komandan Komando Rayon Militer", "head", "Koramil", "region"),
    ("Jaksa Agung", "Jaksa Agung", "head", "Kejaksaan Agung", "none"),
    ("Kajati", "Kepala Kejaksaan Tinggi", "head", "Kejati", "region"),
    ("Kajari", "Kepala Kejaksaan Negeri", "head", "Kejari", "region"),
    ("Kakanwil", "Kepala Kantor Wilayah", "head", "Kanwil", "portfolio"),
    ("Kakankemenag", "Kepala Kantor Kementerian Agama", "head", "Kemenag", "region"),
    ("Kalapas", "Kepala Lembaga Pemasyarakatan", "head", "Lapas", "region"),
    ("Karutan", "Kepala Rumah Tahanan", "head", "Rutan", "region"),
    ("Kasatpol PP", "Kepala Satuan Polisi Pamong Praja", "head", "Satpol PP", "region"),
    ("Kepala", "Kepala", "head", "", "none"),
    ("Ketua", "Ketua", "head", "", "none"),
    ("Ketua Umum", "Ketua Umum", "head", "", "none"),
    ("Direktur", "Direktur", "head", "", "none"),
    ("Direktur Utama", "Direktur Utama", "head", "", "none"),
    ("Dirut", "Direktur Utama", "head", "", "none"),
    ("Rektor", "Rektor", "head", "", "none"),
    ("Komandan", "Komandan", "head", "", "none"),
    ("Panglima", "Panglima", "head", "", "none"),
    ("Kepsek", "Kepala Sekolah", "head", "", "none"),
    ("Kapus", "Kepala Puskesmas", "head", "Puskesmas", "region"),
    ("Wakil", "Wakil", "post", "", "none"),
    ("Wakil Ketua", "Wakil Ketua", "post", "", "none"),
    ("Wakil Kepala", "Wakil Kepala", "post", "", "none"),
    ("Sekretaris", "Sekretaris", "post", "", "none"),
    ("Sekretaris Jenderal", "Sekretaris Jenderal", "post", "", "none"),
    ("Sekjen", "Sekretaris Jenderal", "post", "", "none"),
    ("Ketum", "Ketua Umum", "head", "", "none"),
    ("Waketum", "Wakil Ketua Umum", "post", "", "none"),
    ("Wakil Ketua Umum", "Wakil Ketua Umum", "post", "", "none"),
    ("Wakil Bendahara Umum", "Wakil Bendahara Umum", "post", "", "none"),
    ("Wakil Sekretaris Jenderal", "Wakil Sekretaris Jenderal", "post", "", "none"),
    ("Wasekjen", "Wakil Sekretaris Jenderal", "post", "", "none"),
    ("Kepala Staf Angkatan Darat", "Kepala Staf Angkatan Darat", "head", "TNI Angkatan Darat", "none"),
    ("Kepala Staf Angkatan Laut", "Kepala Staf Angkatan Laut", "head", "TNI Angkatan Laut", "none"),
    ("Kepala Staf Angkatan Udara", "Kepala Staf Angkatan Udara", "head", "TNI Angkatan Udara", "none"),
    ("Bendahara", "Bendahara", "post", "", "none"),
    ("Bendahara Umum", "Bendahara Umum", "post", "", "none"),
    ("Direktur Jenderal", "Direktur Jenderal", "post", "", "none"),
    ("Dirjen", "Direktur Jenderal", "post", "", "none"),
    ("Deputi", "Deputi", "post", "", "none"),
    ("Asisten", "Asisten", "post", "", "none"),
    ("Kabid", "Kepala Bidang", "post", "", "none"),
    ("Kabag", "Kepala Bagian", "post", "", "none"),
    ("Kasubag", "Kepala Sub Bagian", "post", "", "none"),
    ("Kasubbag", "Kepala Sub Bagian", "post", "", "none"),
    ("Kasi", "Kepala Seksi", "post", "", "none"),
    ("Kasie", "Kepala Seksi", "post", "", "none"),
    ("Kanit", "Kepala Unit", "post", "", "none"),
    ("Kasat", "Kepala Satuan", "post", "", "none"),
    ("Kasubdit", "Kepala Sub Direktorat", "post", "", "none"),
    ("Kabiro", "Kepala Biro", "post", "", "none"),
    ("Karo", "Kepala Biro", "post", "", "none"),
    ("Dirreskrimum", "Direktur Reserse Kriminal Umum", "post", "Polda", "region"),
    ("Dirreskrimsus", "Direktur Reserse Kriminal Khusus", "post", "Polda", "region"),
    ("Dirresnarkoba", "Direktur Reserse Narkoba", "post", "Polda", "region"),
    ("Dirlantas", "Direktur Lalu Lintas", "post", "Polda", "region"),
    ("Juru Bicara", "Juru Bicara", "post", "", "none"),
    ("Jubir", "Juru Bicara", "post", "", "none"),
    ("Anggota", "Anggota", "post", "", "none"),
    ("Komisioner", "Komisioner", "post", "", "none"),
    ("Staf Khusus", "Staf Khusus", "post", "", "none"),
    ("Penasihat", "Penasihat", "post", "", "none"),
    ("Kuasa Hukum", "Kuasa Hukum", "post", "", "none"),
    ("Hakim", "Hakim", "post", "", "none"),
    ("Jaksa", "Jaksa", "post", "", "none"),
    ("Penyidik", "Penyidik", "post", "", "none"),
    ("Pelatih", "Pelatih", "post", "", "none"),
    ("Manajer", "Manajer", "post", "", "none"),
    ("Plt", "Pelaksana Tugas", "acting", "", "none"),
    ("Pj", "Penjabat", "acting", "", "none"),
    ("Plh", "Pelaksana Harian", "acting", "", "none"),
    ("Pjs", "Penjabat Sementara", "acting", "", "none"),
    ("Pelaksana Tugas", "Pelaksana Tugas", "acting", "", "none"),
    ("Pelaksana tugas", "Pelaksana Tugas", "acting", "", "none"),
    ("Pelaksana Harian", "Pelaksana Harian", "acting", "", "none"),
    ("Perdana Menteri", "Perdana Menteri", "head", "", "none"),
    ("Pejabat", "Pejabat", "post", "", "none"),
    ("Pegawai Negeri Sipil", "Pegawai Negeri Sipil", "post", "", "none"),
    ("Pegawai", "Pegawai", "post", "", "none"),
    ("Prajurit", "Prajurit", "post", "", "none"),
    ("Pengurus", "Pengurus", "post", "", "none"),
    # lowercase only: "Dewan Pimpinan Wilayah" must not stop at a title word
    ("pimpinan", "Pimpinan", "post", "", "none"),
    ("General Manager", "General Manager", "post", "", "none"),
    ("Komisaris Utama", "Komisaris Utama", "post", "", "none"),
    ("mantan", "mantan", "former", "", "none"),
    ("Mantan", "mantan", "former", "", "none"),
    ("eks", "eks", "former", "", "none"),
    # issue 10 rounds (posts6, posts7): positions the shared list lacks
    ("Koordinator", "Koordinator", "post", "", "none"),
    ("Komisaris", "Komisaris", "post", "", "none"),
    ("Jaksa Penuntut Umum", "Jaksa Penuntut Umum", "post", "", "none"),
    ("Penyidik Senior", "Penyidik Senior", "post", "", "none"),
    ("Sekretaris Kabinet", "Sekretaris Kabinet", "post", "Sekretariat Kabinet", "none"),
    ("Seskab", "Sekretaris Kabinet", "post", "Sekretariat Kabinet", "none"),
    ("CEO", "Chief Executive Officer", "head", "", "none"),
    ("Chief Executive Officer", "Chief Executive Officer", "head", "", "none"),
    *((short, f"Chief {field} Officer", "post", "", "none")
      for short, field in (("CFO", "Financial"), ("CMO", "Marketing"), ("COO", "Operating"),
                           ("CTO", "Technology"))),
    *((f"Chief {field} Officer", f"Chief {field} Officer", "post", "", "none")
      for field in ("Financial", "Marketing", "Operating", "Technology")),
]

# Title words that look like titles but would create noise, from the shared list.
SKIP_TITLES = {"Irjen", "JPU", "Bhabinkamtibmas", "Babinsa", "Ketua DPRD", "Wakil Ketua DPRD",
               "Anggota DPRD", "Ketua Komisi", "Ketua KPU", "Ketua Bawaslu", "Ketua PN",
               "Direktur RSUD", "Kepala UPT", "Kasat Reskrim", "Kasat Lantas",
               "Kasat Resnarkoba", "Kasat Intelkam", "Kasat Samapta", "Kasi Intel",
               "Kasi Pidsus", "Kasi Pidum", "KSAD", "Jampidsus", "Sekcam", "Sekdes", "Kadus",
               "Sekwan", "Danlanal", "Danlanud", "Sekdis", "Wakajati"}

MALAYSIAN_HONORIFICS = ["Datuk", "Datuk Seri", "Dato Sri", "Dato Seri", "Dato' Sri", "Dato' Seri",
                        "Datuk Sri", "Dato", "Dato'", "Tan Sri"]
JAVANESE_ROYAL = {"GKR": "Gusti Kanjeng Ratu", "GBPH": "Gusti Bendara Pangeran Haryo",
                  "KPH": "Kanjeng Pangeran Haryo", "KRT": "Kanjeng Raden Tumenggung"}
# Degrees and forms of address not in the shared list (postnominal degrees: position "post").
CURATED_RANKS = [
    ("Hj.", "Hajah", "honorific"), ("Hj", "Hajah", "honorific"), ("H", "Haji", "honorific"),
    ("KH", "Kiai Haji", "honorific"), ("KH.", "Kiai Haji", "honorific"),
    ("Kiai", "Kiai", "honorific"), ("Ustaz", "Ustaz", "honorific"),
    ("Ustadz", "Ustaz", "honorific"), ("Habib", "Habib", "honorific"),
    ("Dr", "Doktor", "academic title"), ("dr", "dokter", "professional title"),
    ("drg", "dokter gigi", "professional title"), ("drg.", "dokter gigi", "professional title"),
    ("Prof", "Profesor", "academic title"), ("Ir", "Insinyur", "academic title"),
    ("Drs", "Doktorandus", "academic title"), ("Dra.", "Doktoranda", "academic title"),
    ("Dra", "Doktoranda", "academic title"), ("Bapak", "Bapak", "form of address"),
    ("Ibu", "Ibu", "form of address"), ("Sdr", "Saudara", "form of address"),
    ("Sdri.", "Saudari", "form of address"), ("Saudara", "Saudara", "form of address"),
    ("Kombes Pol", "Komisaris Besar Polisi", "police rank"),
    ("Brigjen Pol", "Brigadir Jenderal Polisi", "police rank"),
    ("Irjen Pol", "Inspektur Jenderal Polisi", "police rank"),
    ("Komjen Pol", "Komisaris Jenderal Polisi", "police rank"),
    ("Jenderal", "Jenderal", "military rank"), ("Brigadir", "Brigadir", "police rank"),
    ("Laksda", "Laksamana Muda", "military rank (navy)"),
    ("Laksdya", "Laksamana Madya", "military rank (navy)"),
    ("Laksma", "Laksamana Pertama", "military rank (navy)"),
    ("Marsda", "Marsekal Muda", "military rank (air force)"),
    ("Marsdya", "Marsekal Madya", "military rank (air force)"),
    ("Marsma", "Marsekal Pertama", "military rank (air force)"),
    ("Bharatu", "Bhayangkara Satu", "police rank"), ("Bharaka", "Bhayangkara Kepala", "police rank"),
    *((name, name, "honorific (Malaysia)") for name in MALAYSIAN_HONORIFICS[:7]),
    *((form, title, "honorific (Javanese royal)") for abbreviation, title in JAVANESE_ROYAL.items()
      for form in (title, abbreviation)),
    *((name, name, "honorific (Malaysia)") for name in MALAYSIAN_HONORIFICS[7:]),
    ("Jendral", "Jenderal", "military rank"), ("Brigjend", "Brigadir Jenderal", "military rank"),
    ("Komisaris Jendral", "Komisaris Jenderal Polisi", "police rank"),
    ("Inspektur Jendral", "Inspektur Jenderal Polisi", "police rank"),
    ("Brigadir Jendral", "Brigadir Jenderal", "military rank"),
    # the navy's and air force's star ranks written out ("Laksamana Pertama Bambang Udoyo")
    ("Laksamana Pertama", "Laksamana Pertama", "military rank (navy)"),
    ("Laksamana Muda", "Laksamana Muda", "military rank (navy)"),
    ("Laksamana Madya", "Laksamana Madya", "military rank (navy)"),
    ("Marsekal Pertama", "Marsekal Pertama", "military rank (air force)"),
    ("Marsekal Muda", "Marsekal Muda", "military rank (air force)"),
    ("Marsekal Madya", "Marsekal Madya", "military rank (air force)"),
]
POSTNOMINAL = ["S.H", "S.Sos", "S.E", "S.Pd", "S.IP", "S.Ag", "S.Kom", "S.T", "S.Si", "S.Ked",
               "S.Hut", "S.P", "S.Psi", "S.Kep", "S.Farm", "S.Ip", "M.Si", "M.M", "M.H", "M.AP",
               "M.Pd", "M.Hum", "M.Kes", "M.Sc", "M.A", "M.T", "M.Ag", "M.Kom", "M.E", "MM",
               "MH", "MSi", "MBA", "Ph.D", "PhD", "SH", "SE", "SIP", "SSos", "SPd", "Sp.OG",
               "Sp.A", "Sp.PD", "Sp.B", "Lc", "MA", "M.Psi", "S.Kes", "M.Eng"]
# Not ranks inside this project: name prefixes that belong to the name (kept in the name).
NAME_PREFIXES = {"Teuku", "Cut", "Andi", "I Gusti", "Anak Agung", "I Made", "Raden"}

# Ambiguous or not an organisation on their own.
SKIP_AGENCIES = {"PT", "PA", "KY", "DKP", "BI", "NU", "Samsat", "BUMN", "BUMD", "DPP", "DPW",
                 "MA"}

ORG_WORDS = ("Komisi", "Badan", "Dinas", "Kementerian", "Lembaga", "Dewan", "Majelis",
             "Mahkamah", "Kantor", "Direktorat", "Pusat", "Otoritas", "Partai", "Persatuan",
             "Ikatan", "Asosiasi", "Himpunan", "Gerakan", "Forum", "Komite", "Korps",
             "Kepolisian", "Kejaksaan", "Pengadilan", "Satuan", "Unit", "Perusahaan", "Bank",
             "Universitas", "Institut", "Sekolah", "Rumah Sakit", "Komando", "Detasemen")


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _write(name: str, header: list[str], rows: list[tuple]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    seen, out = set(), []
    for r in rows:
        if r[0] in seen:
            continue
        seen.add(r[0])
        out.append(r)
    with (OUT / name).open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(sorted(out, key=lambda r: r[0]))
    print(f"{name}: {len(out)} rows")


def build_titles(aliases: Path) -> None:
    rows = [tuple(r) for r in CURATED_TITLES]
    curated = {r[0] for r in rows}
    for r in _rows(aliases / "official_titles_enriched.csv"):
        t = r["title"]
        if t in curated or t in SKIP_TITLES:
            continue
        head = r["expansion"].startswith(("Kepala", "Ketua", "Komandan", "Panglima", "Direktur "))
        rows.append((t, r["expansion"], "head" if head else "post", "", "none"))
    # Minister short forms from ministry acronyms: Kemensos -> Mensos -> Kementerian Sosial.
    for r in _rows(aliases / "agency_acronyms_enriched.csv"):
        a, exp = r["acronym"], r["expansion"]
        if r["category"] != "kementerian" or not exp.startswith("Kementerian "):
            continue
        m = re.fullmatch(r"Kem(?:en)?([a-zA-Z][a-zA-Z-]*)", a.replace(" ", ""))
        if m and not a.startswith("Kementerian"):
            short = "Men" + m.group(1)
            rows.append((short, "Menteri " + exp[len("Kementerian "):], "head", exp, "none"))
    for short, exp in [("Menaker", "Kementerian Ketenagakerjaan"),
                       ("Menristekdikti", "Kementerian Riset, Teknologi, dan Pendidikan Tinggi"),
                       ("Menkopolhukam", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"),
                       ("Menko Polhukam", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"),
                       ("Menko Perekonomian", "Kementerian Koordinator Bidang Perekonomian"),
                       ("Menko Maritim", "Kementerian Koordinator Bidang Kemaritiman"),
                       ("Menko PMK", "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"),
                       ("Menpar", "Kementerian Pariwisata"), ("Menkominfo", "Kementerian Komunikasi dan Informatika"),
                       ("Menteri BUMN", "Kementerian Badan Usaha Milik Negara"),
                       ("Menteri ESDM", "Kementerian Energi dan Sumber Daya Mineral"),
                       ("Menteri PUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
                       ("Menteri PPN", "Kementerian Perencanaan Pembangunan Nasional"),
                       ("Menpan RB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
                       ("MenPAN-RB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
                       ("Mendes", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"),
                       ("Menlu", "Kementerian Luar Negeri"), ("Menkes", "Kementerian Kesehatan")]:
        rows.append((short, "Menteri " + exp.split(" ", 1)[1], "head", exp, "none"))
    _write("titles.csv", ["title", "expansion", "role", "org", "scope"], rows)


def build_ranks(aliases: Path) -> None:
    rows = []
    for r in _rows(aliases / "ranks_and_honorifics_enriched.csv"):
        if r["token"] in NAME_PREFIXES:
            continue
        pos = "post" if "postnominal" in r["type"] else "pre"
        rows.append((r["token"], r["expansion"], r["type"], pos))
        if r["token"].endswith(".") and pos == "pre":
            rows.append((r["token"][:-1], r["expansion"], r["type"], pos))
        if "rank" in r["type"] and " " in r["expansion"]:   # "Komisaris Besar (Polisi)"
            rows.append((r["expansion"], r["expansion"], r["type"], pos))
            if r["expansion"].endswith(" Polisi"):
                rows.append((r["expansion"][:-7], r["expansion"], r["type"], pos))
    rows += [(t, e, k, "pre") for t, e, k in CURATED_RANKS]
    for d in POSTNOMINAL:
        rows.append((d, d, "academic degree (postnominal)", "post"))
        if "." in d:
            rows.append((d + ".", d, "academic degree (postnominal)", "post"))
    _write("ranks.csv", ["token", "expansion", "type", "position"], rows)


def build_agencies(aliases: Path) -> None:
    rows = []
    for r in _rows(aliases / "agency_acronyms_enriched.csv"):
        if r["acronym"] in SKIP_AGENCIES:
            continue  # ambiguous or not an organisation on their own
        scoped = "pusat" != r["level"]
        rows.append((r["acronym"], r["expansion"], r["category"], "y" if scoped else "",
                     "agency_acronyms_enriched"))
    for r in _rows(aliases / "acronyms_mined_from_news.csv"):
        abbr, long = r["abbr"], r["long_form"]
        if (int(r["count"]) < 2 or not long.startswith(ORG_WORDS) or len(abbr) < 2
                or abbr in SKIP_AGENCIES):
            continue
        rows.append((abbr, long, "", "", "acronyms_mined_from_news"))
    for a, exp, cat in [("Dinsosnakertrans", "Dinas Sosial, Tenaga Kerja dan Transmigrasi", "dinas"),
                        ("Disnakertrans", "Dinas Tenaga Kerja dan Transmigrasi", "dinas"),
                        ("Polsekta", "Kepolisian Sektor Kota", "polri"),
                        ("Kanwil", "Kantor Wilayah", "instansi vertikal"),
                        ("Kemenristekdikti", "Kementerian Riset, Teknologi, dan Pendidikan Tinggi",
                         "kementerian"),
                        ("Kemenpar", "Kementerian Pariwisata", "kementerian"),
                        ("Kemenaker", "Kementerian Ketenagakerjaan", "kementerian"),
                        ("Kemenko", "Kementerian Koordinator", "kementerian"),
                        ("Kemendes", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
                         "kementerian"),
                        ("Kominfo", "Kementerian Komunikasi dan Informatika", "kementerian"),
                        ("Pemda", "Pemerintah Daerah", "pemda"),
                        ("Polrestabes", "Kepolisian Resor Kota Besar", "polri")]:
        rows.append((a, exp, cat, "y" if cat not in ("kementerian",) else "", "curated"))
    # issue 10: civil-society bodies the event and quote rules meet (names as they write them)
    for a, exp, cat in [("Apindo", "Asosiasi Pengusaha Indonesia", "asosiasi"),
                        ("Formappi", "Forum Masyarakat Peduli Parlemen Indonesia", "lsm"),
                        ("ICW", "Indonesia Corruption Watch", "lsm"),
                        ("KontraS", "Komisi untuk Orang Hilang dan Korban Tindak Kekerasan", "lsm"),
                        ("PBNU", "Pengurus Besar Nahdlatul Ulama", "ormas"),
                        ("Peradi", "Perhimpunan Advokat Indonesia", "organisasi profesi"),
                        ("Perludem", "Perkumpulan untuk Pemilu dan Demokrasi", "lsm"),
                        ("Walhi", "Wahana Lingkungan Hidup Indonesia", "lsm"),
                        ("YLBHI", "Yayasan Lembaga Bantuan Hukum Indonesia", "lsm")]:
        rows.append((a, exp, cat, "y", "issue10_ngos"))
    _write("agencies.csv", ["acronym", "expansion", "category", "scoped", "source"], rows)


def build_regions(gaz: Path) -> None:
    rows = []
    for r in _rows(gaz / "wilayah" / "wilayah_2025_prov_kab.csv"):
        name, kind = r["nama"].strip(), r["kind"]
        rows.append((name, r["kode"], kind))
        if "Administrasi " in name:   # "Kota Administrasi Jakarta Utara" -> "Jakarta Utara"
            rows.append((name.split("Administrasi ", 1)[1], r["kode"], kind))
        for prefix in ("Kabupaten ", "Kota "):
            if name.startswith(prefix):
                rows.append((name[len(prefix):], r["kode"], kind))
                rows.append(((("Kab. " if prefix == "Kabupaten " else prefix)) + name[len(prefix):],
                             r["kode"], kind))
        if kind == "provinsi":
            rows.append(("Provinsi " + name, r["kode"], kind))
    for r in _rows(gaz / "aliases" / "province_abbreviations_enriched.csv"):
        for a in r["abbreviations"].split("|"):
            rows.append((a, r["kode"], "provinsi"))
    for r in _rows(gaz / "aliases" / "regency_abbreviations_enriched.csv"):
        if r["confidence"] != "high" or "ambiguous" in r["notes"]:
            continue
        for a in r["abbreviations"].split("|"):
            rows.append((a, r["kode"], "kota" if r["regency_name_kemendagri_2025"].startswith("Kota ")
                         else "kabupaten"))
    # foreign countries by their Indonesian names ("Presiden Nauru Baron Waqa", "Menlu Jepang"):
    # a title's region, never part of a person name
    rows += [(name, "", "negara") for name in FOREIGN_COUNTRIES]
    rows += [("RI", "", "negara"), ("Indonesia", "", "negara"), ("Metro Jaya", "31", "provinsi"),
             ("DKI Jakarta", "31", "provinsi"), ("Jakarta", "31", "provinsi")]
    _write("regions.csv", ["name", "kode", "kind"], rows)


FOREIGN_COUNTRIES = """Afganistan Afghanistan Afrika_Selatan Aljazair Amerika_Serikat AS Arab_Saudi
Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belanda Belarus Belgia Bhutan
Bolivia Bosnia Brasil Brunei Brunei_Darussalam Bulgaria Chili China Denmark Ekuador Estonia
Etiopia Fiji Filipina Finlandia Ghana Hungaria Inggris Irak Iran Irlandia Islandia Israel Italia
Jamaika Jepang Jerman Kamboja Kamerun Kanada Kazakhstan Kenya Kirgistan Kolombia Korea_Selatan
Korea_Utara Korsel Korut Kroasia Kuba Kuwait Laos Latvia Lebanon Libya Lituania Luksemburg
Madagaskar Malaysia Maladewa Mali Maroko Meksiko Mesir Mongolia Mozambik Myanmar Namibia Nauru
Nepal Nigeria Norwegia Oman Pakistan Palau Palestina Panama Papua_Nugini Paraguay Peru Polandia
Portugal Prancis Perancis Qatar Rumania Rusia Rwanda Samoa Selandia_Baru Senegal Serbia Singapura
Siprus Slovakia Slovenia Somalia Spanyol Sri_Lanka Sudan Suriah Swedia Swiss Taiwan Tajikistan
Tanzania Thailand Tiongkok Timor_Leste Tonga Tunisia Turki Turkmenistan Uganda Ukraina
Uni_Emirat_Arab UEA Uruguay Uzbekistan Vanuatu Vatikan Venezuela Vietnam Yaman Yordania Yunani
Zimbabwe""".split()
FOREIGN_COUNTRIES = [name.replace("_", " ") for name in FOREIGN_COUNTRIES]   # "_" joins words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    gaz = Path(args.shared) / "data" / "gazetteers"
    if not gaz.is_dir():
        gaz = Path("/work/shared/data/gazetteers")
    build_titles(gaz / "aliases")
    build_ranks(gaz / "aliases")
    build_agencies(gaz / "aliases")
    build_regions(gaz)


if __name__ == "__main__":
    main()
