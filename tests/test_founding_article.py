"""Acceptance: the founding article through the real pipeline, store, query and export.

Real bundled NER model, real rules, real Oxigraph store; nothing is hand-built.
"""
from __future__ import annotations

import csv
from pathlib import Path
import io

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import FOUNDING


@pytest.fixture(scope="module")
def resolved(tagger, founding_article):
    from kg.pipeline import resolve_articles

    return next(resolve_articles([founding_article], tagger))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("founding")
    result = CliRunner().invoke(main, ["build", str(FOUNDING), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def entity(resolved, key):
    return next(e for e in resolved.entities if e.key == key)


def key_of(resolved, label):
    return next(e.key for e in resolved.entities if label == e.pref_label or label in e.aliases)


def test_bima_heads_dinsosnakertrans_kotim(resolved):
    agency = key_of(resolved, "Dinsosnakertrans")
    bima = key_of(resolved, "Bima Ekawardhana")
    heads = [r for r in resolved.relations if r.kind == "heads"]
    assert [(r.subject, r.object, r.title) for r in heads] == [(bima, agency, "Kepala")]
    org = entity(resolved, agency)
    assert org.pref_label == "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim"
    assert "Dinsosnakertrans" in org.aliases
    assert org.region_code == "62.02"
    sentence = resolved.sentences[heads[0].provenance.sentence_index]
    assert "Bima Ekawardhana" in sentence.text and "Kepala Dinas Sosial" in sentence.text


def test_places_form_the_administrative_chain(resolved):
    sampit = entity(resolved, key_of(resolved, "Sampit"))
    kotim = entity(resolved, sampit.located_in)
    kalteng = entity(resolved, kotim.located_in)
    assert (kotim.region_code, kalteng.region_code) == ("62.02", "62")
    assert "Kotawaringin Timur" in kotim.pref_label and kalteng.pref_label == "Kalimantan Tengah"
    assert entity(resolved, key_of(resolved, "Dinsosnakertrans")).located_in == kotim.key


def test_bima_is_quoted_twice(resolved):
    bima = key_of(resolved, "Bima Ekawardhana")
    quotes = [q for q in resolved.quotes if q.speaker == bima]
    assert len(quotes) == 2
    assert quotes[0].text.startswith("Pelatihan keterampilan ini sebagai bekal")
    assert "Mudah-mudahan ini dapat menjadi bekal" in quotes[1].text
    for quote in quotes:
        assert resolved.article.text[quote.start:quote.end] == quote.text


def test_training_event_with_partners(resolved):
    training = [e for e in resolved.events if e.type == "pelatihan"]
    assert len(training) == 1
    event = training[0]
    assert "kue" in event.label
    assert event.organizer == key_of(resolved, "Dinsosnakertrans")
    partners = {entity(resolved, p).pref_label for p in event.partners}
    assert partners == {"Kementerian Agama", "Polres Kotim"}
    place = entity(resolved, event.place)
    assert place.pref_label in {"Pasir Putih", "Sampit"}
    assert event.date is None and event.date_text == "Kamis"  # the article carries no date


def test_bpjs_organizations(resolved):
    labels = {label for e in resolved.entities if e.type == "organization"
              for label in (e.pref_label, *e.aliases)}
    assert {"BPJS Ketenagakerjaan", "BPJS Kesehatan"} <= labels


def test_heads_query_returns_exactly_one_row(built):
    result = CliRunner().invoke(main, ["query", "--store", str(built / "store"), "--name", "heads",
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 1
    row = rows[0]
    assert row["personLabel"] == "Bima Ekawardhana"
    assert row["orgLabel"] == "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim"
    assert row["title"] == "Kepala"
    assert "Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim, Bima Ekawardhana" in row["sentence"]
    aliases = CliRunner().invoke(main, ["query", "--store", str(built / "store"), "--format", "csv",
                                        "SELECT ?a WHERE { <%s> skos:altLabel ?a }" % row["org"]])
    assert "Dinsosnakertrans Kotim" in aliases.output.splitlines()


def test_gexf_export_has_the_heads_edge(built, tmp_path):
    from lxml import etree

    out = tmp_path / "graph.gexf"
    result = CliRunner().invoke(main, ["export", "--store", str(built / "store"), "--format", "gexf",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = etree.parse(str(out))
    schema = etree.RelaxNG(etree.parse(str(Path(__file__).parent / "data" / "gexf-1.3" / "gexf.rng")))
    assert schema.validate(document), schema.error_log
    ns = {"g": document.getroot().nsmap[None]}
    labels = {n.get("id"): n.get("label") for n in document.iterfind(".//g:node", ns)}
    titles = {a.get("title"): a.get("id") for a in document.iterfind(".//g:attributes[@class='edge']/g:attribute", ns)}
    edges = set()
    for edge in document.iterfind(".//g:edge", ns):
        values = {v.get("for"): v.get("value") for v in edge.iterfind(".//g:attvalue", ns)}
        edges.add((labels[edge.get("source")], labels[edge.get("target")], values.get(titles["relation"])))
    assert ("Bima Ekawardhana", "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim", "heads") in edges


def test_event_date_comes_from_kamis_when_the_article_has_a_date(tagger, founding_article):
    import dataclasses
    import datetime

    from kg.pipeline import resolve_articles

    dated = dataclasses.replace(founding_article, date="2017-06-20")   # a Tuesday
    resolved = next(resolve_articles([dated], tagger))
    training = next(e for e in resolved.events if e.type == "pelatihan")
    assert training.date_text == "Kamis"
    day = datetime.date.fromisoformat(training.date)
    assert day.weekday() == 3 and datetime.timedelta(0) < datetime.date(2017, 6, 20) - day <= datetime.timedelta(7)
