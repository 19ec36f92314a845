"""Ingest: .txt / .jsonl / directories / stdin, datelines, bad input, stable ids."""
from __future__ import annotations

import collections
import io
import json
import sys
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.ingest import content_id, parse_dateline, read_articles
from kg.samples import sample_paths

HERE = Path(__file__).resolve().parent
TREE = HERE / "data" / "ingest" / "tree"
NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
CORPUS = NEWS / "indosum_dev.jsonl"
FOUNDING = NEWS / "antara-kalteng-sampit-psk-pelatihan-kue.txt"
needs_shared = pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/data/news")

JAYAWIJAYA = ("Wamena (ANTARA News) - Pemerintah Kabupaten Jayawijaya, Papua, mendatangkan tim "
              "arkeolog dari Makassar dan Jayapura untuk melakukan konservasi terhadap empat mumi.")


def read(paths, **kwargs):
    return list(read_articles([str(p) for p in paths], **kwargs))


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus() -> dict:
    if not CORPUS.exists():
        pytest.skip("needs ../shared/data/news")
    return {a.id: a for a in read_articles([str(CORPUS)])}


# ---------------------------------------------------------------- good input


def test_founding_article_txt():
    [article] = read([sample_paths()[0]])
    assert article.title == "Puluhan PSK Di Sampit Dibekali Keterampilan"
    raw = sample_paths()[0].read_text(encoding="utf-8")
    assert raw == article.title + "\n" + article.text          # text kept verbatim
    assert article.id.startswith("sha1-") and len(article.id) == 5 + 16
    assert article.id == content_id(article.title, article.text)
    dl = article.dateline
    assert (dl.place, dl.source) == ("Sampit", "Antara Kalteng")
    assert article.text[dl.start:dl.end] == "Sampit (Antara Kalteng) - "
    assert article.text[dl.end:].startswith("Puluhan pekerja seks komersial Pasir Putih")
    assert article.source == "Antara Kalteng"                  # filled from the dateline
    assert article.date is None
    assert article.metadata["filename"] == "antara-kalteng-sampit-psk-pelatihan-kue.txt"


@needs_shared
def test_bundled_founding_article_is_verbatim_copy():
    assert sample_paths()[0].read_bytes() == FOUNDING.read_bytes()


def test_samples_read_cleanly():
    articles = read(sample_paths())
    assert len(articles) >= 25
    assert len({a.id for a in articles}) == len(articles)
    jsonl = [a for a in articles if a.origin.startswith(str(sample_paths()[1]) + ":")]
    assert len(jsonl) == len(articles) - 1
    assert all(a.date and a.source and a.source_url for a in jsonl)
    assert sum(a.dateline is not None for a in articles) >= 25
    readme = (sample_paths()[1].parent / "README.md").read_text(encoding="utf-8")
    assert "Kurniawan" in readme and "Antara Kalteng" in readme
    assert all(a.source_url in readme for a in jsonl)
    assert (sample_paths()[1].parent / "LICENSE-CC-BY-SA-4.0").exists()


def test_jsonl_fields_and_extra_metadata():
    articles = read([TREE / "b-antara.jsonl"])          # second record follows a blank line
    assert [a.origin for a in articles] == [f"{TREE / 'b-antara.jsonl'}:1", f"{TREE / 'b-antara.jsonl'}:3"]
    first, second = articles
    assert first.id == "indosum-1508483400-jayawijaya-datangkan-arkeolog-untuk-konservasi-emp"
    assert first.title == "Jayawijaya datangkan arkeolog untuk konservasi empat mumi"
    assert first.date == "2017-10-20" and first.source == "antaranews"
    assert first.source_url.startswith("http://www.antaranews.com/berita/659644/")
    assert first.metadata == {"title_is_from_url": True, "category": "hiburan"}
    assert (first.dateline.place, first.dateline.source) == ("Wamena", "ANTARA News")
    assert second.date == "2017-08-20"                  # from 2017-08-20T10:30:00+07:00
    assert second.source == "ANTARA News"               # no source field: taken from the dateline


def test_directory_recursive_sorted_txt_and_jsonl_only():
    articles = read([TREE])
    names = [Path(a.origin.split(".jsonl:")[0]).name for a in articles]
    assert names == ["b-antara", "b-antara", "a-sukabumi.txt", "c-mpr.txt"]
    sukabumi, mpr = articles[2], articles[3]
    assert sukabumi.title == "Juru parkir di sukabumi niat donorkan mata untuk novel baswedan"
    assert (sukabumi.dateline.place, sukabumi.dateline.source) == ("SUKABUMI", None)
    assert sukabumi.text[sukabumi.dateline.end:].startswith("Kusuma Hartanto alias Om Shancoz")
    assert mpr.title == "Ketua mpr mustahil transportasi tradisional dan online bersaing bebas"
    assert mpr.text.startswith("Ketua MPR Zulkifli Hasan menyesalkan")   # no blank line after title
    assert mpr.dateline is None and mpr.source is None


def test_stdin(monkeypatch):
    data = "\ufeff" + json.dumps({"id": "a1", "title": "Mumi Jayawijaya", "text": JAYAWIJAYA}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))
    [article] = read(["-"])
    assert article.id == "a1" and article.origin == "<stdin>:1"
    assert article.dateline.place == "Wamena"


def test_stdin_text_stream_without_buffer(monkeypatch):
    lines = [json.dumps({"id": f"s{i}", "text": JAYAWIJAYA}) for i in range(3)]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert [a.id for a in read(["-"])] == ["s0", "s1", "s2"]


def test_bom_and_hostile_strings_pass_through(tmp_path):
    hostile = 'x<>"{}|\\^\x07\U0001F600'
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": hostile, "title": hostile, "text": JAYAWIJAYA}).encode())
    [article] = read([path])
    assert article.id == hostile and article.title == hostile
    txt = tmp_path / "b.txt"
    txt.write_bytes(b"\xef\xbb\xbfJudul Berita\n" + JAYAWIJAYA.encode())
    [article] = read([txt])
    assert article.title == "Judul Berita" and article.text == JAYAWIJAYA


def test_dates_normalised(tmp_path):
    dates = ["2017-03-28", "2017-03-28T10:00:00", "2017-03-28T10:00:00Z", "2017-03-28 10:00:00+07:00",
             "28/03/2017", "28 Maret 2017", "Selasa, 28 Maret 2017"]
    path = write_jsonl(tmp_path / "d.jsonl",
                       [{"id": str(i), "text": JAYAWIJAYA, "date": d} for i, d in enumerate(dates)]
                       + [{"id": "none", "text": JAYAWIJAYA, "date": None}])
    assert [a.date for a in read([path])] == ["2017-03-28"] * len(dates) + [None]


def test_stable_ids(tmp_path):
    (tmp_path / "a.txt").write_text("Judul\n" + JAYAWIJAYA, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Judul\n" + JAYAWIJAYA + " ", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Judul Lain\n" + JAYAWIJAYA, encoding="utf-8")
    first = [a.id for a in read([tmp_path])]
    assert first == [a.id for a in read([tmp_path])]
    assert len(set(first)) == 3
    assert first[0] == content_id("Judul", JAYAWIJAYA)
    (tmp_path / "d.jsonl").write_text(json.dumps({"title": "Judul", "text": JAYAWIJAYA}) + "\n")
    # the same title + text in a JSONL record without id gets the same id: a duplicate
    with pytest.raises(KgError, match="duplicate id"):
        read([tmp_path])


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize("text, place, source, head", [
    ("Sampit (Antara Kalteng) - Puluhan pekerja", "Sampit", "Antara Kalteng", "Sampit (Antara Kalteng) - "),
    ("Jakarta (ANTARA News) - Ketua DPR RI", "Jakarta", "ANTARA News", "Jakarta (ANTARA News) - "),
    ("JAKARTA, KOMPAS.com - Pemerintah Provinsi", "JAKARTA", "KOMPAS.com", "JAKARTA, KOMPAS.com - "),
    ("Jakarta, CNN Indonesia -- Bupati Bogor", "Jakarta", "CNN Indonesia", "Jakarta, CNN Indonesia -- "),
    ("LIVERPOOL, JUARA.net - Kapten Ajax", "LIVERPOOL", "JUARA.net", "LIVERPOOL, JUARA.net - "),
    ("JUARA.NET, SEOUL - Pasangan ganda", "SEOUL", "JUARA.NET", "JUARA.NET, SEOUL - "),
    ("Merdeka.com - Polisi telah menangkap", None, "Merdeka.com", "Merdeka.com - "),
    ("TAIWAN – Rancangan Undang-undang", "TAIWAN", None, "TAIWAN – "),
    ("KOREA SELATAN – Grup idol", "KOREA SELATAN", None, "KOREA SELATAN – "),
    ("JAKARTA (Pos Kota) –Presiden Joko Widodo", "JAKARTA", "Pos Kota", "JAKARTA (Pos Kota) –"),
    ("Rimanews-iPad dengan harga", None, "Rimanews", "Rimanews-"),
])
def test_dateline_forms(text, place, source, head):
    dl = parse_dateline(text)
    assert (dl.place, dl.source, dl.start) == (place, source, 0)
    assert text[dl.start:dl.end] == head


@pytest.mark.parametrize("text", [
    "Ketua MPR Zulkifli Hasan menyesalkan kisruh yang terjadi antara pelaku transportasi.",
    "Rencana pemerintah untuk membuat kereta cepat dengan rute Jakarta - Surabaya sepertinya.",
    "Mercedes - Benz meluncurkan model E-Class terbaru rakitan pabrik Wanaherang.",
    "Kevin - Prince Boateng sudah menjalani tes medis di Eintracht Frankfurt.",
    "OPINI - Dalam konstelasi Pilkada DKI Jakarta tahun ini, kita dipertontonkan dua pasangan.",
    "COVID-19 menyebar ke Kabupaten Kotawaringin Timur.",
    "Bank Central Asia (BCA) pada 3 - 4 Oktober 2017 lalu kembali menggelar forum.",
    "BEKASI (Pos Kota) Pasar Rawakalong ludes terbakar.",
    "",
])
def test_not_datelines(text):
    assert parse_dateline(text) is None


def test_dateline_below_captions_and_not_at_the_end():
    text = "Ilustrasi (Istimewa)\n\nSampit (Antara Kalteng) - Bupati Kotawaringin Timur Supian Hadi meresmikan pasar."
    dl = parse_dateline(text)
    assert dl.start == text.index("Sampit") and dl.place == "Sampit"
    # below the first line, a place-only or a trailing "Suara.com - BERITA LAINNYA" is not a dateline
    assert parse_dateline("Foto: dok\n\nINGGRIS – Manchester United tumbang di kandang Tottenham.") is None
    assert parse_dateline("Audy bangkit.\n\nSuara.com - BERITA MENARIK LAINNYA:\n\nLama Tak Muncul") is None


REAL = {
    "indosum-1479083453-ronaldo-tak-kesulitan-main-hingga-usia-41": ("Jakarta", "CNN Indonesia"),
    "indosum-1514340173-martunis-terima-uang-saku-saat-berlatih-di-sportin": ("Banda Aceh", "CNN Indonesia"),
    "indosum-1508483400-jayawijaya-datangkan-arkeolog-untuk-konservasi-emp": ("Wamena", "ANTARA News"),
    "indosum-1479187529-cerita-samuel-tulung-tangkap-terduga-peledakan-ger": ("Samarinda, Kalimantan Timur", "ANTARA News"),
    "indosum-1511892000-indonesia-raup-rp70-miliar-lebih-di-arab-saudi": ("Jeddah, Saudi Arabia", "Antara"),
    "indosum-1497663000-berkat-rp-400-miliar-kapten-ajax-amsterdam-mendara": ("LIVERPOOL", "JUARA.net"),
    "indosum-1505967315-greysiaapriani-lewati-babak-kesatu-jepang-terbuka-": ("TOKYO", "JUARA.NET"),
    "indosum-1499149800-menang-6-0-pada-laga-debut-ini-kata-pelatih-persip": (None, "Merdeka.com"),
    "indosum-1504900800-bocor-james-bond-nikah-di-sekuel-terbaru": (None, "Suara.com"),
    "indosum-1491530431-keikutsertaan-timnas-u-22-di-isg-2017-belum-jelas": (None, "Rimanews"),
    "indosum-1492047925-taiwan-larang-konsumsi-anjing-dan-kucing": ("TAIWAN", None),
    "indosum-1515670461-jokowi-ingatkan-menteri-susi": ("JAKARTA", "Pos Kota"),
    "indosum-1498676842-warga-wajo-rayakan-hari-kemenangan-dalam-genangan": ("SENGKANG", "KABARWAJO.com"),
    "indosum-1490674536-mustahil-transportasi-tradisional-dan-online-bersa": None,
    "indosum-1502338925-oculus-rift-kini-bisa-jalankan-game-steam": None,
    "indosum-1503162600-resmi-kevin-prince-boateng-gabung-eintracht-frankf": None,
    "indosum-1491864312-pilih-mana-pemimpin-yang-menata-kota-atau-menata-k": None,
    "indosum-1484090158-pertemuan-dua-powerman-jack-ma-siap-bantu-trump": None,
    "indosum-1477645224-setelah-vakum-6-bulan-audy-bangkit-rilis-album-bar": None,
}


def test_datelines_on_real_articles(corpus):
    for article_id, expected in REAL.items():
        dl = corpus[article_id].dateline
        assert (dl and (dl.place, dl.source)) == expected, article_id


def test_dateline_counts_per_source(corpus):
    found, total = collections.Counter(), collections.Counter()
    for article in corpus.values():
        total[article.source] += 1
        if article.dateline:
            found[article.source] += 1
            dl = article.dateline
            assert article.text[dl.end:dl.end + 1].strip() or dl.end == len(article.text) or \
                article.text[dl.end] in ",\n", article.id
    assert sum(total.values()) == 3427
    # measured: cnn 1231/1232, antaranews 272/274, merdeka 228/228, juara.net 228/228,
    # suara 160/174, rimanews 154/157, poskotanews 134/151, kumparan 4/506, others 0
    for source, least in {"cnn indonesia": 1230, "antaranews": 270, "merdeka": 228, "juara.net": 228,
                          "suara": 158, "rimanews": 150, "poskotanews": 130}.items():
        assert found[source] >= least, (source, found[source])
    # outlets without datelines: nothing found there means no false positives
    assert found["dailysocial.id"] == 0 and found["goal indonesia"] == 0 and found["kumparan"] <= 4


# ---------------------------------------------------------------- bad input


def bad_message(paths) -> str:
    with pytest.raises(KgError) as info:
        read(paths)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_file_not_found_and_unsupported(tmp_path):
    assert "file not found" in bad_message([tmp_path / "hilang.jsonl"])
    csv = tmp_path / "wilayah.csv"
    csv.write_text("kode,nama\n62,Kalimantan Tengah\n")
    message = bad_message([csv])
    assert "wilayah.csv" in message and "unsupported" in message


def test_binary_empty_and_bad_utf8_files(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"Judul\n\x00\x01\x02")
    assert "binary" in bad_message([tmp_path / "bin.txt"])
    (tmp_path / "bin.jsonl").write_bytes(b'{"text": "a"}\n\x89PNG\x00\x00')
    assert "bin.jsonl:2: binary" in bad_message([tmp_path / "bin.jsonl"])
    (tmp_path / "empty.txt").write_text(" \n\n")
    assert "empty.txt: empty file" in bad_message([tmp_path / "empty.txt"])
    (tmp_path / "empty.jsonl").write_text("\n\n")
    assert "empty.jsonl: empty file" in bad_message([tmp_path / "empty.jsonl"])
    (tmp_path / "latin1.txt").write_bytes("Judul\nBupati Kotim meninjau caf\u00e9".encode("latin-1"))
    message = bad_message([tmp_path / "latin1.txt"])
    assert "latin1.txt" in message and "invalid UTF-8 at byte offset 31" in message
    good = json.dumps({"id": "a", "text": JAYAWIJAYA}).encode()
    (tmp_path / "latin1.jsonl").write_bytes(good + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n')
    message = bad_message([tmp_path / "latin1.jsonl"])
    assert "latin1.jsonl:2: invalid UTF-8 at byte offset " + str(len(good) + 1 + 24) in message


@pytest.mark.parametrize("line, expected", [
    ('{"id": "a", "text": "Bupati Kotim"', "malformed JSON: Expecting ',' delimiter (column 35)"),
    ('["Bupati Kotim"]', "expected a JSON object, got list"),
    ('{"id": "a", "title": "Tanpa teks"}', "missing or empty 'text'"),
    ('{"id": "a", "text": ""}', "missing or empty 'text'"),
    ('{"id": "a", "text": ["Bupati"]}', "'text' must be a string, got list"),
    ('{"id": "a", "text": "Bupati Kotim", "date": "kemarin"}', "bad date 'kemarin'"),
    ('{"id": "a", "text": "Bupati Kotim", "date": "2017-02-30"}', "bad date '2017-02-30'"),
    ('{"id": "a", "text": "Bupati Kotim", "title": 5}', "'title' must be a string"),
])
def test_bad_records_name_file_and_line(tmp_path, line, expected):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": JAYAWIJAYA}) + "\n" + line + "\n", encoding="utf-8")
    message = bad_message([path])
    assert message.startswith(f"{path}:2: ") and expected in message


def test_huge_line_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.ingest.MAX_BYTES", 1000)     # same code path as 50 MB, fast
    path = tmp_path / "huge.jsonl"
    huge = json.dumps({"id": "besar", "text": "Bupati " * 500})
    path.write_text(huge + "\n" + json.dumps({"id": "kecil", "text": JAYAWIJAYA}) + "\n")
    assert "huge.jsonl:1: line longer than" in bad_message([path])
    skipped = []
    articles = read([path], skip_bad=True, on_bad=skipped.append)
    assert [a.id for a in articles] == ["kecil"]       # reading resumes on the next line
    assert len(skipped) == 1
    (tmp_path / "huge.txt").write_text("Judul\n" + "Bupati " * 500)
    assert "larger than" in bad_message([tmp_path / "huge.txt"])


def test_duplicate_ids_name_both_places(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [{"id": "kotim-1", "text": JAYAWIJAYA}])
    b = write_jsonl(tmp_path / "b.jsonl", [{"id": "kotim-2", "text": JAYAWIJAYA},
                                           {"id": "kotim-1", "text": "Teks lain tentang Sampit."}])
    message = bad_message([a, b])
    assert f"{b}:2" in message and f"{a}:1" in message and "kotim-1" in message


def test_skip_bad_reports_each_and_goes_on(tmp_path):
    path = tmp_path / "campur.jsonl"
    path.write_bytes(b"\n".join([
        json.dumps({"id": "1", "text": JAYAWIJAYA}).encode(),
        b"{bukan json",
        json.dumps({"id": "2", "text": ""}).encode(),
        b'{"id": "3", "text": "caf\xe9"}',
        json.dumps({"id": "1", "text": "duplikat"}).encode(),
        json.dumps({"id": "4", "text": "Camat Baamang meresmikan posyandu."}).encode(),
    ]) + b"\n")
    (tmp_path / "kosong.txt").write_text("")
    bad = []
    articles = read([path, tmp_path / "kosong.txt", tmp_path / "hilang.txt"], skip_bad=True, on_bad=bad.append)
    assert [a.id for a in articles] == ["1", "4"]
    assert [m.split(": ")[0].rsplit("/", 1)[-1] for m in bad] == [
        "campur.jsonl:2", "campur.jsonl:3", "campur.jsonl:4", "campur.jsonl:5", "kosong.txt", "hilang.txt"]
    with pytest.raises(KgError, match="campur.jsonl:2: malformed JSON"):
        read([path])
