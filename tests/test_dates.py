import pytest

from kg.extract.dates import find_dates, resolve_date

THURSDAY = "2017-07-27"  # a Thursday


@pytest.mark.parametrize("expr, iso", [
    ("Kamis", "2017-07-27"),             # the article's own weekday: that day
    ("Rabu", "2017-07-26"),
    ("Jumat", "2017-07-21"),             # most recent Friday on or before
    ("Jum'at", "2017-07-21"),
    ("Minggu", "2017-07-23"),
    ("Kamis lalu", "2017-07-20"),
    ("Kamis depan", "2017-08-03"),
    ("Senin ini", "2017-07-24"),
    ("Kamis pekan lalu", "2017-07-20"),
    ("Selasa (25/7)", "2017-07-25"),
    ("Selasa (25/12)", "2016-12-25"),    # > 2 months ahead: previous year
    ("Senin (2/9)", "2017-09-02"),       # within 2 months ahead: same year
    ("Senin (13/3/ 2017)", "2017-03-13"),
    ("(25/7/2017)", "2017-07-25"),
    ("(24/4 / 17)", "2017-04-24"),
    ("hari ini (Senin 17/04/2017)", "2017-04-17"),
    ("kemarin (12/7)", "2017-07-12"),
    ("Jumat silam (19/5)", "2017-05-19"),
    ("12 Maret 2024", "2024-03-12"),
    ("12 Maret", "2017-03-12"),
    ("3 Nopember", "2016-11-03"),
    ("26 Agustus mendatang", "2017-08-26"),
    ("Senin 30 Oktober lalu", "2016-10-30"),
    ("tanggal 5 Januari", "2017-01-05"),
    ("5 Agt 2017", "2017-08-05"),
    ("7 Okt. 2016", "2016-10-07"),
    ("Maret 2024", "2024-03"),
    ("Des 2016", "2016-12"),
    ("kemarin", "2017-07-26"),
    ("hari ini", "2017-07-27"),
    ("besok", "2017-07-28"),
    ("lusa", "2017-07-29"),
    ("kemarin lusa", "2017-07-25"),
    ("tadi malam", "2017-07-26"),        # last night, said in the day: the day before
    ("malam tadi", "2017-07-26"),
    ("29 Februari 2016", "2016-02-29"),
    ("31/12/2016", "2016-12-31"),
])
def test_resolve(expr, iso):
    assert resolve_date(expr, THURSDAY) == iso


@pytest.mark.parametrize("expr", [
    "Kamis", "Selasa (25/7)", "12 Maret", "kemarin", "hari ini", "besok", "lusa",
])
def test_relative_without_article_date_is_none(expr):
    assert resolve_date(expr, None) is None


def test_absolute_without_article_date():
    assert resolve_date("(25/7/2017)", None) == "2017-07-25"
    assert resolve_date("12 Maret 2024", None) == "2024-03-12"
    assert resolve_date("Maret 2024", None) == "2024-03"


@pytest.mark.parametrize("expr", [
    "(31/2)", "31/2/2017", "29 Februari 2017", "31 April 2017", "(12/13)", "pekan lalu",
    "awal bulan", "Minggu lalu", "dua minggu", "Kamisnya",
])
def test_not_a_date(expr):
    assert resolve_date(expr, THURSDAY) is None


def test_leap_day_without_year():
    assert resolve_date("Senin (29/2)", "2016-03-01") == "2016-02-29"
    assert resolve_date("Senin (29/2)", "2017-03-01") is None


def test_month_end_rollover():
    # article on 2 January: "(30/12)" is last December
    assert resolve_date("Sabtu (30/12)", "2018-01-02") == "2017-12-30"
    assert resolve_date("Senin", "2018-01-02") == "2018-01-01"
    assert resolve_date("Jumat", "2018-01-02") == "2017-12-29"
    assert resolve_date("kemarin", "2017-03-01") == "2017-02-28"
    assert resolve_date("kemarin", "2016-03-01") == "2016-02-29"


def test_find_dates_in_real_sentences():
    text = ('"Tidak hanya tarif tapi apa saja harus diatur," ucap Zulkifli di Gedung DPR, '
            'Senayan, Jakarta Pusat, Senin (27/3).')
    assert find_dates(text, "2017-03-28") == [
        (text.index("Senin"), len(text) - 1, "Senin (27/3)", "2017-03-27")]

    text = ("Minggu lalu, grup itu baru saja tiba di Pulau Dewata hari ini, Rabu (12/7) "
            "dan tampil pada 21 - 28 Mei.")
    found = [(t, iso) for _, _, t, iso in find_dates(text, "2017-07-12")]
    assert found == [("hari ini", "2017-07-12"), ("Rabu (12/7)", "2017-07-12"),
                     ("28 Mei", "2017-05-28")]

    text = "kata Kepala Dinas Sosial Kotim, Bima Ekawardhana di Sampit, Kamis."
    assert find_dates(text, None) == [(text.index("Kamis"), len(text) - 1, "Kamis", None)]


def test_offsets_match_text():
    text = "Pameran ini akan diadakan dari 2 - 6 November 2016 dan dibuka Selasa (1/11)."
    for start, end, t, _ in find_dates(text, "2016-10-30"):
        assert text[start:end] == t
    assert [iso for *_, iso in find_dates(text, "2016-10-30")] == ["2016-11-06", "2016-11-01"]


@pytest.mark.parametrize("sentence, found", [
    # real corpus sentences: a year after "sejak" or "pada tahun" is the year
    ("Kantor berita Reuters melaporkan bahwa Tokyo dan Washington memiliki perjanjian aliansi "
     "pertahanan yang disepakati sejak 1960 lalu.", [("1960", "1960")]),
    ("Sedangkan jumlah WNI yang berkunjung ke Yordania pada tahun 2016 sebanyak 70.000 orang.",
     [("2016", "2016")]),
    # ... but a decade is not one year
    ("Janis Sarts, mengatakan bahwa peretasan yang kerap disebut sebagai strategi perang hybrid Rusia "
     "ini telah mengakar dan menjadi taktik intelijen negara itu sejak 1970-an.", []),
    # ... nor a year that names a programme ("Peringatan Hari Pahlawan Tahun 2016")
    ("Sebelumnya, dalam Upacara Peringatan Hari Pahlawan Tahun 2016, Presiden Jokowi bertindak "
     "menjadi Inspektur Upacara.", []),
])
def test_year_after_sejak_or_pada_tahun(sentence, found):
    assert [(t, iso) for _, _, t, iso in find_dates(sentence, "2017-08-16")] == found
