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
