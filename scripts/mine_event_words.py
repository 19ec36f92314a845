"""Mine candidate event-trigger words from the whole corpus, not from gold articles.

    python scripts/mine_event_words.py [--top 300] [--min-count 3] [--news FILE] [--list-excluded]

Reads `shared/data/news/indosum_dev.jsonl` (3,427 articles) and skips every article whose id
occurs anywhere under `tests/data/` (all gold sets: events_gold dev and held-out parts, gold,
gold_dev*, gold_heldout*, link_gold, ...; ids are collected by the pattern `indosum-<digits>-<slug>`
from file names and file contents, as `scripts/pick_events_gold.py` does; `--list-excluded`
prints them). The remaining text is split into sentences at `.!?` and into words by the
regex `[A-Za-z]+(?:-[A-Za-z]+)*`; case is kept only to tell a capitalised place.

A word is counted once per occurrence in an event-like context:

* `di-` passive and `me(N)-` active verbs (`^di\\w{4,}`, `^me(m|n|ng|ny)?\\w{4,}`)
  - after `telah`, `sudah`, `baru saja`, `berhasil`, `sempat`, `kemarin` ("pre"), or
  - followed by `oleh` (passives only), `pada` / `pada hari`, a weekday, or `di <Capitalised>`
    ("post");
* `pe-an`, `ke-an`, `per-an` nouns after `terjadi`, `terjadinya`, `dalam`, `saat`, `usai`,
  `setelah`, `pasca`, `menggelar`, `mengadakan` ("noun"), or after `melakukan`,
  `melaksanakan`, `menyelenggarakan`, `mengikuti`, `menghadiri`, `dilakukan`, `kasus`, `aksi`,
  `tragedi`, `peristiwa`, `insiden`, `korban`, `pelaku`, `terkait`, `akibat`, `sejak` ("noun2");
* `ter-` verbs (`^ter\\w{4,}`) after the "pre" words, after a vehicle word (`mobil`, `bus`,
  `kapal`, ...), or followed by `pada`, a weekday or `di <Capitalised>` ("ter");
* any other word of 4+ letters right after `terjadi` / `terjadinya` ("terjadi bentrokan",
  "happen").

Words the lexicon already matches are left out: the test is the lexicon's own key set
(`kg.extract.events.lexicon.load_lexicon()`, which holds each row's affix family: the other
voice of a verb and the `-nya` form), so `menangkap`, `ditangkapnya`, ... never show up. A word
that only opens a multi-word row ("dijatuhi" of "dijatuhi hukuman") is kept and flagged
`phrase-head`. A fixed stoplist drops the speech, copula, modal and frame verbs that are never
triggers (`mengatakan`, `menjadi`, `dilakukan`, `digelar`, `diketahui`, ...; `_STOP` below).

Prints the top `--top` words by count (ties by word), each with its count, the number of
articles, the contexts that counted it and 2 example snippets (the first two occurrences in
corpus order). Deterministic; runs in a few seconds.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.extract.events.lexicon import load_lexicon  # noqa: E402
from kg.extract.events.triggers import HOST_VERBS, PASSIVE_VERBS  # noqa: E402

NEWS = Path("/work/shared/data/news/indosum_dev.jsonl")
ID_RE = re.compile(r"indosum-\d+-[\w-]+")
WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
SENT_RE = re.compile(r"(?<=[.!?])\s+")

PRE = {"telah", "sudah", "berhasil", "sempat", "kemarin"}
WEEKDAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"}
NOUN_PRE = {"terjadi", "terjadinya", "dalam", "saat", "usai", "setelah", "pasca", "menggelar",
            "mengadakan"}
# more hosts of a happening noun ("melakukan penyitaan", "kasus penggelapan", "korban
# perundungan"), counted as "noun2"
NOUN_PRE2 = {"melakukan", "melaksanakan", "menyelenggarakan", "mengikuti", "menghadiri",
             "dilakukan", "kasus", "aksi", "tragedi", "peristiwa", "insiden", "korban", "pelaku",
             "terkait", "akibat", "sejak"}
VEHICLES = {"mobil", "motor", "bus", "truk", "kapal", "pesawat", "kereta", "perahu", "angkot",
            "sepeda", "kendaraan", "helikopter", "minibus", "pengendara", "penumpang"}
PASSIVE_RE = re.compile(r"^di[a-z]{4,}$")
ACTIVE_RE = re.compile(r"^me(m|n|ng|ny)?[a-z]{4,}$")
NOUN_RE = re.compile(r"^(pe|ke|per)[a-z]{3,}an$")
TER_RE = re.compile(r"^ter[a-z]{4,}$")

# never triggers: speech, copula, modal, cognition, frame and reporting verbs, and words that
# only look like di-/me- verbs
_STOP = set(HOST_VERBS) | set(PASSIVE_VERBS) | {
    # speech and reporting
    "mengatakan", "menyatakan", "menjelaskan", "menyebutkan", "menyampaikan", "mengungkapkan",
    "menegaskan", "menambahkan", "menerangkan", "mengaku", "mengakui", "menuturkan", "mengimbau",
    "menilai", "menyebut", "meminta", "mengharapkan", "berharap", "mengingatkan", "memastikan",
    "membenarkan", "mengklaim", "mengungkap", "menuding", "menanggapi", "menjawab", "menceritakan",
    "menyinggung", "membantah", "menampik", "melaporkan", "memaparkan", "mencontohkan",
    "menjanjikan", "mengusulkan", "menyarankan", "menyebabkan", "mengakibatkan", "menunjukkan",
    "mengetahui", "mengenai", "menurut", "memang", "menjadi", "merupakan", "memiliki", "mempunyai",
    "membuat", "mendapat", "mendapatkan", "menerima", "memberikan", "memberi", "mengikuti",
    "menggunakan", "memakai", "membawa", "mencapai", "meningkat", "menurun", "menunggu",
    "melihat", "mendengar", "merasa", "menganggap", "menyangka", "mengira", "memikirkan",
    "mengajak", "mengirim", "mengirimkan", "menyiapkan", "mempersiapkan", "menempati", "menuju",
    "meninggalkan", "menghadapi", "menjalani", "menjalankan", "melanjutkan", "memulai", "mengakhiri",
    "menyelesaikan", "membahas", "membicarakan", "mencari", "menemukan", "menyusul", "mengalami",
    "melakukan", "menggelar", "mengadakan", "meliputi", "mencakup", "memenuhi", "menambah",
    "menjaga", "membantu", "mendukung", "memperoleh", "meraih", "merebut", "mengalahkan",
    "menyelamatkan", "menggantikan", "mengganti", "mengenakan", "menanyakan", "menelepon",
    "menghubungi", "menyaksikan", "menonton", "menghadiri", "mendatangi", "mendampingi",
    "meninggal", "menewaskan", "menimpa", "melanda", "mengenal", "meyakini", "mengajukan",
    # di- words that are no passive or never a happening
    "dirinya", "diri", "diketahui", "dikatakan", "disebut", "disebutkan", "diduga", "diharapkan",
    "dinilai", "dianggap", "diminta", "diberikan", "diberi", "dibuat", "dijadikan", "dijelaskan",
    "diungkapkan", "disampaikan", "ditegaskan", "dikabarkan", "dilaporkan", "dikutip", "dilansir",
    "dimana", "diantara", "diatas", "dibawah", "didalam", "diluar", "disini", "disana", "dikenal",
    "digunakan", "dipakai", "dibutuhkan", "diperlukan", "direncanakan", "dijadwalkan", "dimiliki",
    "didapat", "didapatkan", "diperoleh", "dibawa", "dikirim", "dikirimkan", "ditemukan", "ditemui",
    "dihubungi", "dikonfirmasi", "ditanya", "ditanyakan", "diterima", "ditunggu", "disiapkan",
    "dilanjutkan", "diikuti", "didampingi", "dipimpin", "dihadiri", "dibuka", "ditutup",
    "disaksikan", "diwakili", "ditujukan", "dinyatakan", "disebabkan", "diakibatkan", "dimulai",
    "diumumkan", "diakui", "dibahas", "dibicarakan", "dipastikan", "dijanjikan", "diperkirakan",
    "dikatakannya", "diungkapkannya", "disampaikannya", "dijelaskannya",
    # ke-an / pe-an / per-an nouns that are states, places or kinds, never one happening
    "kepolisian", "kejaksaan", "pengadilan", "pemerintahan", "kementerian", "kesempatan",
    "keterangan", "kebijakan", "pelaksanaan", "penyelenggaraan", "perusahaan", "perkembangan",
    "pembangunan", "keadaan", "kenyataan", "kegiatan", "kepemimpinan", "perjalanan", "pekerjaan",
    "persiapan", "perayaan", "pertandingan", "perjuangan", "penanganan", "pengawasan",
    "keamanan", "kesehatan", "kehidupan", "keluarga", "kemenangan", "kekalahan", "kemudian",
    "kebersamaan", "kedatangan", "kepergian", "keberangkatan", "kepulangan", "pemberitaan",
    "perbincangan", "percakapan", "pembicaraan", "pernyataan", "permasalahan", "persoalan",
    "pelayanan", "pengembangan", "penelitian", "perekonomian", "pertanian", "perdagangan",
    "perbatasan", "perumahan", "pendidikan", "kebudayaan", "keuangan", "kepentingan", "kebutuhan",
    "kecepatan", "kendaraan", "kedudukan", "kesalahan", "penggunaan", "perolehan", "peningkatan",
    "penurunan", "kejadian",
    # pronouns, names and adverbs that look like verbs; ter- superlatives and states
    "mereka", "melalui", "digital", "diansyah", "terjadi", "tersebut", "termasuk", "terutama",
    "terakhir", "terakhirnya", "terdapat", "terlalu", "terlihat", "tersedia", "terletak",
    "terbesar", "terbaik", "tercepat", "tertinggi", "terbanyak", "termuda", "terbaru", "terkenal",
    "terkemuka", "terbatas", "terbiasa", "tertarik", "tergantung", "terbuka", "tertutup",
    "tertulis", "tertulisnya", "tercatat", "terdaftar", "tertera", "tertuju", "terlibat",
    "mendatang",
}


def excluded_ids(root: Path = ROOT) -> set[str]:
    """Every article id named by a file under tests/data (names and contents)."""
    ids = set()
    for p in sorted((root / "tests" / "data").rglob("*")):
        if not p.is_file():
            continue
        ids |= set(ID_RE.findall(p.name))
        if p.suffix in {".json", ".txt", ".tsv", ".jsonl", ".csv", ".md", ".ttl", ".nt"}:
            ids |= set(ID_RE.findall(p.read_text(encoding="utf-8", errors="ignore")))
    return {i[:-5] if i.endswith(".json") else i for i in ids}


def _covered(word: str, lexicon) -> bool:
    return (word,) in lexicon


def _contexts(toks: list[str], low: list[str], i: int) -> list[str]:
    w = low[i]
    prev = low[i - 1] if i > 0 else ""
    prev2 = " ".join(low[i - 2:i]) if i > 1 else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    nxt_cap = i + 2 < len(toks) and nxt == "di" and toks[i + 2][:1].isupper()
    out = []
    pre = prev in PRE or prev2 == "baru saja"
    post_time = nxt == "pada" or nxt in WEEKDAYS or nxt_cap
    if PASSIVE_RE.match(w) or ACTIVE_RE.match(w):
        if pre:
            out.append("pre")
        if post_time or (nxt == "oleh" and w.startswith("di")):
            out.append("post")
    if NOUN_RE.match(w) and prev in NOUN_PRE:
        out.append("noun")
    elif NOUN_RE.match(w) and prev in NOUN_PRE2:
        out.append("noun2")
    if TER_RE.match(w) and (pre or prev in VEHICLES or post_time):
        out.append("ter")
    # any word told as happening: "terjadi bentrokan", "terjadinya tawuran"
    if prev in {"terjadi", "terjadinya"} and not out and len(w) >= 4:
        out.append("happen")
    return out


def mine(news: Path = NEWS, skip: set[str] | None = None):
    """word -> (count, articles, contexts Counter, examples) over the articles not skipped."""
    lexicon = load_lexicon()
    skip = excluded_ids() if skip is None else skip
    count, arts, ctx, ex = Counter(), defaultdict(set), defaultdict(Counter), defaultdict(list)
    n_art = 0
    for line in news.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["id"] in skip:
            continue
        n_art += 1
        for sent in SENT_RE.split(d["text"]):
            toks = WORD_RE.findall(sent)
            low = [t.lower() for t in toks]
            for i, w in enumerate(low):
                if w in _STOP or _covered(w, lexicon):
                    continue
                c = _contexts(toks, low, i)
                if not c:
                    continue
                count[w] += 1
                arts[w].add(d["id"])
                ctx[w].update(c)
                if len(ex[w]) < 2:
                    ex[w].append(" ".join(toks[max(0, i - 6):i + 7]))
    return n_art, count, arts, ctx, ex


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--list-excluded", action="store_true")
    a = ap.parse_args()
    skip = excluded_ids()
    if a.list_excluded:
        for i in sorted(skip):
            print(i)
        return
    n_art, count, arts, ctx, ex = mine(a.news, skip)
    heads = {k[0] for k in load_lexicon() if len(k) > 1}
    print(f"# {n_art} articles read, {len(skip)} gold ids under tests/data skipped; "
          f"{len(count)} uncovered candidate words")
    ranked = sorted((w for w in count if count[w] >= a.min_count), key=lambda w: (-count[w], w))
    for n, w in enumerate(ranked[:a.top], 1):
        flag = " phrase-head" if w in heads else ""
        cs = ",".join(f"{k}:{v}" for k, v in sorted(ctx[w].items()))
        print(f"{n}\t{w}\t{count[w]}\t{len(arts[w])} art\t{cs}{flag}")
        for e in ex[w]:
            print(f"\t\t| {e}")


if __name__ == "__main__":
    main()
