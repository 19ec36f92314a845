"""Syllable/letter acronym matching, in-text definitions, derived acronyms."""
import pytest

from kg.resolve.acronyms import (acronym_score, acronym_table, derive_acronym, find_definitions,
                                 matches_acronym)
from tests.resolve_helpers import founding_article

POSITIVE = [
    ("Dinsosnakertrans", "Dinas Sosial, Tenaga Kerja dan Transmigrasi"),
    ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("Kemenag", "Kementerian Agama"),
    ("Bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("Dinkes", "Dinas Kesehatan"),
    ("Disdik", "Dinas Pendidikan"),
    ("Satpol PP", "Satuan Polisi Pamong Praja"),
    ("SATPOL PP", "Satuan Polisi Pamong Praja"),
    ("BPBD", "Badan Penanggulangan Bencana Daerah"),
    ("KPK", "Komisi Pemberantasan Korupsi"),
    ("BPJS", "Badan Penyelenggara Jaminan Sosial"),
    ("BPJS Ketenagakerjaan", "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan"),
    ("Polres", "Kepolisian Resor"),
    ("Kemnaker", "Kementerian Ketenagakerjaan"),
    ("Kemendagri", "Kementerian Dalam Negeri"),
    ("Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia"),
    ("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika"),
    ("Bawaslu", "Badan Pengawas Pemilihan Umum"),
]
NEGATIVE = [
    ("Dinsos", "Dinas Kesehatan"),
    ("Dinkes", "Dinas Sosial"),
    ("Kemenag", "Kementerian Keuangan"),
    ("Kemenkeu", "Kementerian Kesehatan"),
    ("Kemenkes", "Kementerian Keuangan"),
    ("Polres", "Pemerintah Kabupaten"),
    ("Pemkab", "Kepolisian Resor"),
    ("BPBD", "Badan Perencanaan Pembangunan Daerah"),
    ("KPK", "Komisi Pemilihan Umum"),
    ("BPS", "Badan Pusat"),
    ("Disdik", "Dinas Kesehatan"),
    ("Bima", "Bima Ekawardhana"),
    ("Dinas", "Dinas Sosial"),
    ("", "Dinas Sosial"),
]


@pytest.mark.parametrize("short,long", POSITIVE)
def test_matches(short, long):
    assert matches_acronym(short, long)
    assert 0.6 <= acronym_score(short, long) <= 1.0


@pytest.mark.parametrize("short,long", NEGATIVE)
def test_does_not_match(short, long):
    assert not matches_acronym(short, long)
    assert acronym_score(short, long) == 0.0


def test_letter_acronym_scores_above_syllable_stretch():
    assert acronym_score("Kemenag", "Kementerian Agama") > acronym_score(
        "Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil")


def test_definitions_in_text():
    text = ("Kegiatan itu didukung Badan Penanggulangan Bencana Daerah (BPBD) Kotim dan "
            "petugas dari Dinas Kesehatan (Dinkes) setempat.")
    pairs = {(d.long, d.short) for d in find_definitions(text)}
    assert pairs == {("Badan Penanggulangan Bencana Daerah", "BPBD"),
                     ("Dinas Kesehatan", "Dinkes")}


def test_definition_rejects_non_acronym_parenthesis():
    assert find_definitions("Ilustrasi, Kue Lebaran (Istimewa)") == []
    assert find_definitions(founding_article().text) == []


def test_derive_acronym_from_head_and_syllables():
    assert derive_acronym("Dinas Sosial, Tenaga Kerja dan Transmigrasi") == "Dinsosnakertrans"
    assert derive_acronym("Kementerian Agama") == "Kemenag"
    assert derive_acronym("Badan Penyelenggara Jaminan Sosial Ketenagakerjaan") == \
        "BPJS Ketenagakerjaan"
    assert derive_acronym("Dinas Sosial dan Sepak Bola Ria") is None


def test_alias_table_flags_and_drops():
    table = acronym_table()
    assert table.expand("Kemenag").expansion == "Kementerian Agama"
    assert table.expand("PBB") is None            # UN vs Partai Bulan Bintang
    assert table.expand("PT") is None              # dropped: Perseroan Terbatas
    assert table.acronym_of("Kementerian Keuangan").acronym == "Kemenkeu"
