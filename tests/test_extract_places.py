"""Address chains between place mentions, on real corpus sentences."""
from __future__ import annotations

from kg.extract.places import address_chain


def spans(text, *names):
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def chain(text, *names):
    found = spans(text, *names)
    return [(names[i], names[j]) for i, j in address_chain(text, found)]


def test_nested_address_reads_outwards():
    text = ("Puluhan pekerja seks komersial Pasir Putih Jalan Jenderal Sudirman km 12 Kota Sampit "
            "Kabupaten Kotawaringin Timur, Kalimantan Tengah, antusias mengikuti pelatihan membuat kue.")
    assert chain(text, "Pasir Putih", "Jalan Jenderal Sudirman", "Sampit", "Kotawaringin Timur",
                 "Kalimantan Tengah") == [
        ("Pasir Putih", "Sampit"), ("Jalan Jenderal Sudirman", "Sampit"),
        ("Sampit", "Kotawaringin Timur"), ("Kotawaringin Timur", "Kalimantan Tengah")]


def test_comma_separated_units():
    text = "Warga Kecamatan Tumpaan, Kabupaten Minahasa Selatan, Sulawesi Utara, mengungsi."
    assert chain(text, "Tumpaan", "Minahasa Selatan", "Sulawesi Utara") == [
        ("Tumpaan", "Minahasa Selatan"), ("Minahasa Selatan", "Sulawesi Utara")]


def test_a_list_of_places_is_not_a_chain():
    text = "Turis dari Thailand, China, dan Turki datang ke Bali."
    assert chain(text, "Thailand", "China", "Turki", "Bali") == []


def test_places_apart_in_the_sentence_do_not_chain():
    text = "Ia terbang dari Jakarta menuju Sampit pada Kamis."
    assert chain(text, "Jakarta", "Sampit") == []
