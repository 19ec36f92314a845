"""Organisations implied by a title are labelled by the organisation, not the title phrase;
a region standing where a name goes is not a person. Real sentences, real pipeline."""
from __future__ import annotations

from kg.ingest_types import Article
from kg.pipeline import resolve_articles


def resolve(text, tagger):
    return next(resolve_articles([Article(id="t", title="t", text=text, date="2017-08-30")], tagger))


def test_implied_org_labels_leave_the_title_out(tagger):
    resolved = resolve("Wakil Gubernur Jawa Barat Deddy Mizwar hadir. Gubernur Jawa Barat Ahmad Heryawan "
                       "berencana mengisi malam pergantian tahun di Bandung.", tagger)
    pemprov = next(e for e in resolved.entities if e.type == "organization" and e.region_code == "32")
    labels = {pemprov.pref_label, *pemprov.aliases}
    assert not any(label.startswith(("Gubernur", "Wakil")) for label in labels), labels
    heads = [(r.subject, r.object) for r in resolved.relations if r.kind == "heads"]
    assert ("person/ahmad-heryawan", pemprov.key) in heads


def test_region_in_the_name_slot_is_not_a_person(tagger):
    resolved = resolve("Kepala Dinas Kesehatan Pemerintah Kabupaten Situbondo, Jawa Timur, Abu Bakar Abdi "
                       "menyatakan 30 ibu hamil terjangkit HIV/AIDS.", tagger)
    people = {e.pref_label for e in resolved.entities if e.type == "person"}
    assert "Jawa Timur" not in people


def relations(text, tagger):
    resolved = resolve(text, tagger)
    return {(r.kind, r.subject, r.object) for r in resolved.relations if r.kind in ("heads", "holds_post")}


def test_company_president_director_is_not_head_of_state(tagger):
    # kumparan: Uber names a new Presiden Direktur for Indonesia
    found = relations("Uber baru saja menunjuk Monika Rudijono sebagai Presiden Direktur yang baru "
                      "untuk Indonesia.", tagger)
    assert not any(obj == "organization/pemerintah" for _, _, obj in found)


def test_two_word_short_name_keeps_the_first_name(tagger):
    # the first lady's full name contains the president's: they are two people
    resolved = resolve("Dalam acara itu, Presiden Joko Widodo dan Wapres Jusuf Kalla hadir bersama Ibu "
                       "Negara Hajah Iriana Joko Widodo di Monas.", tagger)
    heads = [r.subject for r in resolved.relations if r.kind == "heads" and r.title == "Presiden"]
    assert heads == ["person/joko-widodo"]


def test_lowercase_deputy_title_is_not_head(tagger):
    found = relations("Wakil ketua umum Partai Gerindra, Edhy Prabowo menilai aksi penolakan itu "
                      "berlebihan.", tagger)
    assert not any(kind == "heads" for kind, _, _ in found)


def test_foreign_head_of_state_heads_their_own_government(tagger):
    # antaranews: "kunjungan Presiden Nauru Baron Waqa ke Indonesia"
    found = relations("Kedatangannya ke salah satu negara di Pasifik Tengah itu merupakan kunjungan balasan "
                      "atas kunjungan Presiden Nauru Baron Waqa ke Indonesia, Desember lalu.", tagger)
    heads = {(person, org) for kind, person, org in found if kind == "heads"}
    assert heads == {("person/baron-waqa", "organization/pemerintah-nauru")}


def test_organisation_named_after_a_person_is_not_that_person(tagger):
    resolved = resolve("Mantan Ketua Umum PAN Sutrisno Bachir juga disebut menerima dana. Dana itu "
                       "disalurkan lewat Sutrisno Bachir Foundation.", tagger)
    people = {e.pref_label for e in resolved.entities if e.type == "person"}
    assert people == {"Sutrisno Bachir"}


def test_minister_portfolio_with_dan(tagger):
    # CNN Indonesia 2017-07-13
    found = relations("Menteri Pendidikan dan Kebudayaan Muhadjir Effendy ingin mengakhiri polemik full "
                      "day school.", tagger)
    assert ("heads", "person/muhadjir-effendy", "organization/kemendikbud") in found
    # a second title after "dan" is another post, not part of the portfolio
    found = relations("Menteri Keuangan Sri Mulyani dan Menteri BUMN Rini Soemarno hadir.", tagger)
    assert ("heads", "person/sri-mulyani", "organization/kemenkeu") in found


def test_portfolio_list_with_serial_comma(tagger):
    # CNN Indonesia: "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto"
    resolved = resolve("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto mengatakan, "
                       "keterlibatan TNI dalam memberantas terorisme penting.", tagger)
    people = {e.pref_label for e in resolved.entities if e.type == "person"}
    assert people == {"Wiranto"}
    heads = [r for r in resolved.relations if r.kind == "heads"]
    assert [r.subject for r in heads] == ["person/wiranto"]
    org = next(e for e in resolved.entities if e.key == heads[0].object)
    assert "Keamanan" in org.pref_label
