"""Random, reproducible choice of the second and third tuning parts of the extraction gold
(tests/data/gold_dev2/, tests/data/gold_dev3/), made for posts and roles (Wakil Ketua,
Sekretaris, anggota, juru bicara, heads of divisions).

    python scripts/select_dev2.py             # print the selection (id, category, source, hits)
    python scripts/select_dev2.py --check     # verify it still equals DEV2_IDS
    python scripts/select_dev2.py --part 3    # the third part (SEED3; checked against DEV3_IDS)
    python scripts/select_dev2.py --part 4    # the fourth part (SEED4; checked against DEV4_IDS)
    python scripts/select_dev2.py --part 5    # the fifth part (SEED5; checked against DEV5_IDS)
    python scripts/select_dev2.py --part 6    # the sixth part (SEED6; checked against DEV6_IDS)
    python scripts/select_dev2.py --part 7    # the seventh part (SEED7; checked against DEV7_IDS)
    python scripts/select_dev2.py --heldout2  # the second held-out part (SEED_HELDOUT2;
                                              # checked against HELDOUT2_IDS)

From shared/data/news/indosum_dev.jsonl, excluding every id already in tests/data/gold,
gold_heldout, events_gold and link_gold and in the sample corpus: articles of 800-3500
characters with at least 5 official titles (_TITLES below, case-sensitive except for the
lowercase role words), of which at least one is a non-head post word (Wakil, Sekretaris,
anggota, juru bicara, Kabid/Kasat ...); then random.Random(SEED).sample of n.

Part 3 draws the same way with SEED3 and also excludes every article id written anywhere
under tests/data (gold_dev2 included) at the time it was drawn, except gold_dev3 itself.
Part 4 likewise with SEED4, excluding everything under tests/data except gold_dev4 (so
gold_dev3 too).

The second held-out part (tests/data/gold_heldout2/, never tuned on) draws the same way with
SEED_HELDOUT2, excluding everything under tests/data except gold_heldout2 and also the 10
articles of the hand check after the gold_dev4 round (HAND_CHECK_IDS: their system output was
looked at, so they are not unseen).

Part 5 (tests/data/gold_dev5/) draws with SEED5, excluding everything under tests/data
except gold_dev5 (so both held-out parts too), the HAND_CHECK_IDS, and the articles on lines
2400-2500 of the corpus (FRESH_CHECK_LINES: kept for the hand check of that round). With
those excluded only 6 articles were left with at least 5 title words, so part 5 asks for at
least 4 (min_titles=4; the other filters as before).

Part 6 (tests/data/gold_dev6/) draws with SEED6 like part 5, excluding everything under
tests/data except gold_dev6, the HAND_CHECK_IDS, and the articles on lines 2400-2500 and
3150-3250 of the corpus (both fresh-check slices: the second kept for this round's hand
check); at least 4 title words, as part 5 (28 articles in that pool, 6 with 5).

Part 7 (tests/data/gold_dev7/) draws with SEED7 like part 6, excluding everything under
tests/data except gold_dev7 (gold_dev6 too), the HAND_CHECK_IDS and both fresh-check slices;
at least 3 title words (min_titles=3): with these exclusions only 12 articles were left with 4
(2 with 5), too few for 15; 79 with 3.
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
SEED3 = 20261204
SEED4 = 20261207
SEED_HELDOUT2 = 20261218
SEED5 = 20261211
SEED6 = 20261213
SEED7 = 20261215
_ARTICLE_ID = re.compile(r"\bindosum-\d+-[\w-]+")

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


# The parts drawn with used_ids(), in the order they were drawn: a part's draw skips itself and
# every later part, so that adding a part does not change the earlier parts' --check.
_DRAWN_PARTS = ("gold_dev3", "gold_dev4", "gold_heldout2", "gold_dev5", "gold_dev6",
                "gold_dev7")


def used_ids(skip: str = "gold_dev3") -> set[str]:
    """excluded_ids() plus every article id written in any file under tests/data (gold_dev2,
    ingest ...), except the files of the part being drawn (`skip`) and of the parts drawn
    after it (_DRAWN_PARTS)."""
    ids = excluded_ids()
    skipped = set(_DRAWN_PARTS[_DRAWN_PARTS.index(skip):]) if skip in _DRAWN_PARTS else {skip}
    for p in DATA.rglob("*"):
        if p.is_file() and not skipped & set(p.parts):
            ids |= set(_ARTICLE_ID.findall(p.read_text(encoding="utf-8", errors="ignore")))
            if p.suffix == ".json" and p.stem.startswith("indosum-"):
                ids.add(p.stem)
    return ids


def select_dev2_articles(path: Path | None = None, n: int = 15, seed: int = SEED,
                         min_chars: int = 800, max_chars: int = 3500,
                         exclude: set[str] | None = None, min_titles: int = 5) -> list[dict]:
    path = path or _news_path()
    exclude = excluded_ids() if exclude is None else exclude
    cands = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        text = d["text"]
        if d["id"] in exclude or not (min_chars <= len(text) <= max_chars):
            continue
        hits = len(_TITLES.findall(text))
        if hits >= min_titles and _POSTS.search(text):
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


def select_dev3_articles(path: Path | None = None, n: int = 15) -> list[dict]:
    """The third tuning part: SEED3, and nothing already used under tests/data."""
    return select_dev2_articles(path, n, seed=SEED3, exclude=used_ids())


# The ids chosen when gold_dev3 was annotated.
DEV3_IDS: list[str] = [
    "indosum-1517857200-warga-yang-tewas-di-timika-diduga-curi-tembaga-fre",
    "indosum-1503477297-sekjen-partai-komunis-vietnam-bahas-zona-perdagang",
    "indosum-1477293620-google-akan-sensor-konten-yang-menghina-kerajaan-t",
    "indosum-1499114700-kpk-panggil-yasonna-laoly-hari-ini-terkait-e-ktp",
    "indosum-1490704259-jkt48-mengheningkan-cipta-untuk-jiro-inao",
    "indosum-1494797400-gubernur-sulut-penolakan-fahri-adalah-hak-warga",
    "indosum-1494449100-sudirman-said-pimpin-tim-sinkronisasi-anies-sandi",
    "indosum-1491005714-kpk-perpanjang-masa-penahanan-charles-jones-mesang",
    "indosum-1504641918-respons-kpk-soal-tantangan-masinton-pasaribu",
    "indosum-1508823471-menhan-as-minta-maaf-ke-ryamizard-soal-panglima-tn",
    "indosum-1517707800-trump-rilis-memo-tuduhan-tensi-washington-makin-ti",
    "indosum-1499282580-gerindra-bidik-la-nyalla-untuk-pilgub-jatim",
    "indosum-1516694820-mabes-polri-bantah-ada-laporan-terhadap-oso",
    "indosum-1514583448-tiga-parpol-berencana-bentuk-poros-baru-di-pilgub-",
    "indosum-1498188600-jaksa-minta-hakim-tolak-pencabutan-bap-miryam",
]


def select_dev4_articles(path: Path | None = None, n: int = 15) -> list[dict]:
    """The fourth tuning part: SEED4, and nothing already used under tests/data."""
    return select_dev2_articles(path, n, seed=SEED4, exclude=used_ids(skip="gold_dev4"))


# The ids chosen when gold_dev4 was annotated.
DEV4_IDS: list[str] = [
    "indosum-1495227600-bayaran-untuk-cekikan-manahati",
    "indosum-1491521446-paripurna-tetap-digelar-meski-novanto-tak-hadir",
    "indosum-1519513200-bambang-soesatyo-pastikan-dpr-terbuka-dikritik-war",
    "indosum-1518394830-kena-sanksi-korea-utara-tak-bisa-bayar-iuran-pbb",
    "indosum-1502902800-ruu-larangan-minol-pertimbangkan-budaya-lokal",
    "indosum-1518152344-partai-gerindra-tunjuk-ahmad-muzani-jadi-calon-wak",
    "indosum-1515038160-jokowi-menang-voting-capres-versi-fadli-zon",
    "indosum-1487305859-sikap-dewan-pers-atas-media-abal-abal",
    "indosum-1477641648-marcella-zalianty-resmi-ketua-umum-parfi",
    "indosum-1511241117-besok-mkd-dpr-rapat-bahas-novanto",
    "indosum-1502014678-wakil-ketua-mpr-minta-jokowi-cairkan-dana-pramuka",
    "indosum-1501046100-fahri-hamzah-rezim-jokowi-perlakukan-hti-seperti-p",
    "indosum-1495835220-libya-janji-bantu-inggris-soal-bom-manchester",
    "indosum-1502781795-generasi-muda-partai-golkar-akan-klarifikasi-ke-ma",
    "indosum-1491021945-djarot-janji-umrahkan-200-pengurus-masjid",
]


# The 10 random articles whose heads/posts output was hand-checked after the gold_dev4 round
# (tests/data/gold_dev4/README.md, "Hand check after the round"): seen, so not held out.
HAND_CHECK_IDS: list[str] = [
    "indosum-1489022107-tiket-kereta-api-lebaran-2017-tersedia-17-maret",
    "indosum-1493143258-kpu-usul-anggaran-pilkada-2018-sebesar-rp-113-tril",
    "indosum-1493679596-kepung-istana-buruh-tuntut-penghapusan-kerja-kontr",
    "indosum-1498096800-lolos-ke-babak-kedua-australia-terbuka-jonatan-aka",
    "indosum-1502780348-kpk-tak-tahu-barang-bukti-kasus-e-ktp-yang-dipegan",
    "indosum-1507067602-petinggi-inter-milan-isyaratkan-boyong-mesut-ozil-",
    "indosum-1508692500-spanyol-ambil-alih-pemerintahan-dan-memecat-pemimp",
    "indosum-1511469900-pesawat-militer-as-jatuh-di-laut-filipina",
    "indosum-1514328272-kalah-voting-as-potong-dana-bantuan-pbb-rp38-trili",
    "indosum-1518246873-terowongan-bandara-soetta-roboh-polisi-tunggu-hasi",
]


def select_heldout2_articles(path: Path | None = None, n: int = 15) -> list[dict]:
    """The second held-out part: SEED_HELDOUT2, nothing already used under tests/data, and
    not the hand-checked articles."""
    exclude = used_ids(skip="gold_heldout2") | set(HAND_CHECK_IDS)
    return select_dev2_articles(path, n, seed=SEED_HELDOUT2, exclude=exclude)


# The ids chosen when gold_heldout2 was annotated.
HELDOUT2_IDS: list[str] = [
    "indosum-1503292744-perwira-tinggi-tni-diprioritaskan-jaga-keamanan-kp",
    "indosum-1486992625-kolektor-sneaker-bisa-kumpul-disini",
    "indosum-1511250981-novanto-siap-lepas-ketua-dpr-dan-golkar-asal",
    "indosum-1497579420-tiga-petinggi-pks-bertemu-rizieq-shihab-di-arab-sa",
    "indosum-1510868597-kpk-buka-peluang-langsung-tahan-setya-novanto",
    "indosum-1489720514-wacana-munaslub-golkar-tak-terkait-skandal-korupsi",
    "indosum-1518564600-kpk-segera-umumkan-tersangka-baru-kasus-suap-bakam",
    "indosum-1494621000-menghubungkan-indonesia-dan-venesia-lewat-seni",
    "indosum-1497129420-ukp-pancasila-bidik-generasi-milenial",
    "indosum-1499432390-ide-dewan-museum-ahmad-dhani-dianggap-tidak-diperl",
    "indosum-1505010115-kapolri-tak-ingin-polri-berbenturan-dengan-kpk",
    "indosum-1491414312-jusuf-kalla-pdip-kesulitan-cari-pengganti-megawati",
    "indosum-1504220400-gubernur-papua-kembali-mangkir-dari-panggilan-bare",
    "indosum-1496944500-siti-fadilah-klaim-uang-ke-amien-rais-tak-terkait-",
    "indosum-1493156737-kpk-akan-umumkan-tersangka-kasus-blbi",
]


# Lines (1-based, inclusive) of the corpus kept out of part 5 for the fresh-text hand check.
FRESH_CHECK_LINES = (2400, 2500)


# Lines kept out of part 6 for the hand check of that round.
FRESH_CHECK_LINES6 = (3150, 3250)

# The posts7 round mined misses over lines 1-2399 (articles in no gold) and hand-checked its new
# facts on these lines (articles in no gold): a later part should exclude them (no part does yet).
MINED_LINES7 = (1, 2399)
FRESH_CHECK_LINES7 = ((2501, 3149), (3251, 3427))


def _fresh_check_ids(path: Path, span: tuple[int, int] = FRESH_CHECK_LINES) -> set[str]:
    lo, hi = span
    lines = path.read_text(encoding="utf-8").splitlines()[lo - 1:hi]
    return {json.loads(l)["id"] for l in lines if l.strip()}


# The commit that added each later part's gold: its parent's tests/data is what the draw
# excluded. Gold added later (event parts, stories) changed used_ids() and so --check for
# parts 5 and 6; read from git, the exclusions are the draw's own again.
_DRAWN_BEFORE = {"gold_dev5": "0a4ab0c9bbdce515f7b6d55dfb6c28235230838c",
                 "gold_dev6": "f67f0dcd11b65b9fc25c75ae446b663ff4b1942c",
                 "gold_dev7": "33f42f228c39c9f500c4f3acc76bbb5d343d1702"}


def used_ids_before(commit: str) -> set[str] | None:
    """Article ids in tests/data and the sample corpus in the parent of `commit` (the files
    used_ids() reads, as they were); None without git or that commit (a shallow clone)."""
    import subprocess

    rev = f"{commit}^"

    def git(*args) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
        except OSError:
            return None
        return done.stdout if done.returncode in (0, 1) and not done.stderr.strip() else None

    found = git("grep", "-h", "-o", "-E", r"indosum-[0-9]+-[A-Za-z0-9_-]+", rev, "--", "tests/data", "kg/samples")
    names = git("ls-tree", "-r", "--name-only", rev, "--", "tests/data")
    if found is None or names is None or not names:
        return None
    return set(found.split()) | {n.rsplit("/", 1)[-1][:-5] for n in names.split()
                                 if n.endswith(".json") and "/indosum-" in n}


def _tuning_part(path: Path | None, n: int, seed: int, part: str, spans,
                 min_titles: int = 4) -> list[dict]:
    """A later tuning part: nothing already used under tests/data when it was drawn (both
    held-out parts included; read from git when it can be, else the current tree with `part`
    skipped), not the hand-checked articles nor the fresh-check lines; at least `min_titles`
    title words."""
    path = path or _news_path()
    before = used_ids_before(_DRAWN_BEFORE[part]) if part in _DRAWN_BEFORE else None
    exclude = (before if before is not None else used_ids(skip=part)) | set(HAND_CHECK_IDS)
    for span in spans:
        exclude |= _fresh_check_ids(path, span)
    return select_dev2_articles(path, n, seed=seed, exclude=exclude, min_titles=min_titles)


def select_dev5_articles(path: Path | None = None, n: int = 15) -> list[dict]:
    """The fifth tuning part: SEED5 (the pool with 5 title words had 6 articles left)."""
    return _tuning_part(path, n, SEED5, "gold_dev5", [FRESH_CHECK_LINES])


# The ids chosen when gold_dev5 was annotated.
DEV5_IDS: list[str] = [
    "indosum-1505169310-korea-utara-peringatkan-as-soal-resolusi-sanksi-uj",
    "indosum-1495134900-dicampakkan-trump-tpp-bisa-bangkit-di-apec",
    "indosum-1493001951-kehilangan-smartphone-lebih-menyedihkan-daripada-p",
    "indosum-1500919680-setnov-tersangka-akbar-takut-golkar-tak-lolos-ke-p",
    "indosum-1516689000-unionspace-tandai-kehadiran-di-indonesia",
    "indosum-1503655192-timbun-33-tas-miliaran-rupiah-dirjen-hubla-mengaku",
    "indosum-1503738468-jepang-beri-sanksi-tambahan-untuk-korut",
    "indosum-1494539100-fahri-hamzah-tantang-dirjen-pajak-dan-kpk",
    "indosum-1498027200-kasus-ott-gubernur-bengkulu-diduga-terkait-suap",
    "indosum-1503818352-bappenas-ibu-kota-indonesia-yang-baru-di-luar-pula",
    "indosum-1512511200-dki-akan-gelar-nikah-massal-saat-perayaan-tahun-ba",
    "indosum-1519783909-emosi-korban-meluap-dengar-pengakuan-dalang-bom-th",
    "indosum-1510778961-kpk-minta-setnov-penuhi-panggilan-sebagai-tersangk",
    "indosum-1503286200-pendaki-gunung-tambora-diperkirakan-lebih-2000-ora",
    "indosum-1519005600-jatuh-helikopter-militer-meksiko-tewaskan-13-orang",
]


def select_dev6_articles(path: Path | None = None, n: int = 15) -> list[dict]:
    """The sixth tuning part: SEED6, excluded as part 5 plus the second fresh-check slice."""
    return _tuning_part(path, n, SEED6, "gold_dev6", [FRESH_CHECK_LINES, FRESH_CHECK_LINES6])


# The ids chosen when gold_dev6 was annotated.
DEV6_IDS: list[str] = [
    "indosum-1497508200-pansus-kpk-panggil-miryam-senin-pekan-depan",
    "indosum-1499534100-ratu-tisha-sekjen-wanita-pertama-di-pssi",
    "indosum-1517022900-peradi-fredrich-yunadi-terindikasi-langgar-kode-et",
    "indosum-1503296334-ketum-pan-dpr-tak-tepat-bangun-gedung-baru-sekaran",
    "indosum-1503006600-prabowo-dan-amien-rais-ikut-upacara-hut-ri-di-univ",
    "indosum-1504000525-elza-syarief-tak-akan-ubah-kesaksian-e-ktp-meski-d",
    "indosum-1502571578-pesta-sabu-tiga-personel-polda-jawa-tengah-diciduk",
    "indosum-1510820377-dr-arif-satria-terpilih-menjadi-rektor-ipb",
    "indosum-1477896301-amankan-demo-ahok-polri-kerahkan-brimob-dari-berba",
    "indosum-1474218009-pimpinan-dpr-belum-terima-surat-pengajuan-rehabili",
    "indosum-1516601940-diduga-gelapkan-uang-rp200-m-oso-akan-dilaporkan-k",
    "indosum-1494475110-prabowo-paparkan-kondisi-indonesia-ke-20-dubes-uni",
    "indosum-1498173300-hadapi-tuntutan-dua-terdakwa-korupsi-e-ktp-pasrah",
    "indosum-1499542200-mengenal-rekam-jejak-sekjen-baru-pssi",
    "indosum-1515632191-fredich-yunadi-jadi-tersangka-peradi-bentuk-tim-pe",
]


def select_dev7_articles(path: Path | None = None, n: int = 15) -> list[dict]:
    """The seventh tuning part: SEED7, excluded as part 6 (gold_dev6 too); at least 3 title
    words (only 12 articles left with 4)."""
    return _tuning_part(path, n, SEED7, "gold_dev7", [FRESH_CHECK_LINES, FRESH_CHECK_LINES6],
                        min_titles=3)


# The ids chosen when gold_dev7 was annotated.
DEV7_IDS: list[str] = [
    "indosum-1503481413-fahri-hamzah-penyadapan-kpk-ilegal-tak-punya-dasar",
    "indosum-1484347317-kisruh-berlanjut-ke-bogor-fpi-diduga-bakar-markas-",
    "indosum-1513160004-anies-soal-banjir-jakarta-kami-disumpah-untuk-mela",
    "indosum-1499892420-polisi-di-china-tewas-setelah-bekerja-36-jam-tanpa",
    "indosum-1513751016-survei-ppatk-pengusaha-merupakan-donatur-utama-ter",
    "indosum-1514237691-bayi-dibuang-ke-tempat-sampah-gereja-di-malam-nata",
    "indosum-1502961372-menteri-susi-daftarkan-16-ribu-pulau-ke-pbb",
    "indosum-1514771100-polres-bogor-siapkan-bus-penghubung-jalur-puncak",
    "indosum-1490058020-warga-sipil-thailand-bersihkan-ranjau-darat",
    "indosum-1496599200-daftar-tugas-bssn-indonesia",
    "indosum-1478673654-geger-suara-misterius-muncul-dari-samudra-arktik",
    "indosum-1499800080-gendong-bayi-perempuan-isis-ledakkan-diri-dekat-te",
    "indosum-1480590041-boediono-dimana-mana-utang-penyebab-gejolak",
    "indosum-1500243420-kapolri-ingin-tunjukkan-indonesia-aman-lewat-lomba",
    "indosum-1475366439-girlband-secret-resmi-ditinggal-salah-satu-persone",
]


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from select_heldout import selection_main

    argv = list(sys.argv[1:] if argv is None else argv)
    if "--heldout2" in argv:
        argv.remove("--heldout2")
        return selection_main(argv, __doc__, select_heldout2_articles, HELDOUT2_IDS,
                              "HELDOUT2_IDS", "_hits")
    if "--part" in argv:
        i = argv.index("--part")
        part = argv[i + 1]
        del argv[i:i + 2]
        parts = {"3": (select_dev3_articles, DEV3_IDS), "4": (select_dev4_articles, DEV4_IDS),
                 "5": (select_dev5_articles, DEV5_IDS), "6": (select_dev6_articles, DEV6_IDS),
                 "7": (select_dev7_articles, DEV7_IDS)}
        if part in parts:
            select, ids = parts[part]
            return selection_main(argv, __doc__, select, ids, f"DEV{part}_IDS", "_hits")
        if part != "2":
            raise SystemExit("--part is 2, 3, 4, 5, 6 or 7")
    return selection_main(argv, __doc__, select_dev2_articles, DEV2_IDS, "DEV2_IDS", "_hits")


if __name__ == "__main__":
    sys.exit(main())
