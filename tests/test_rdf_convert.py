"""RDF conversion of hand-built ResolvedArticles: terms, IRIs, serializations."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg import vocab as V
from kg.extract.types import Provenance, Quote, Relation
from kg.rdf.convert import article_quads
from kg.rdf.sample import DINSOS_FULL, FOUNDING_ID, founding_article
from kg.rdf.serialize import serialize_quads
from kg.resolve.types import Entity

BASE = V.DEFAULT_BASE_IRI
ROOT = Path(__file__).resolve().parents[1]
HOSTILE = 'a b<>"{}|\\^`\n\t😀 ' + "x" * 500


def hostile_article():
    """The founding article with an id and names full of characters IRIs and
    literals must escape."""
    base = founding_article(article_id=HOSTILE, url='http://x.org/a b?"q"=<1>')
    person = "person/" + HOSTILE
    org = "organization/62.02/" + HOSTILE
    entities = base.entities + (
        Entity(person, "person", HOSTILE + "\x00\x01", (HOSTILE + " alias",)),
        Entity(org, "organization", "Dinas " + HOSTILE, region_code='62.02"<>'),
    )
    prov = Provenance(HOSTILE, 0, 0, 5, "hand", 0.5)
    return replace(base, entities=entities,
                   relations=base.relations + (
                       Relation("heads", person, org, prov, title="Kepala <x> \\ \"y\""),
                       Relation("holds_post", person, org, prov, title="😀" * 3)),
                   quotes=base.quotes + (Quote(person, HOSTILE, 0, 5, prov),))


def test_founding_article_heads_triple_and_fact():
    quads = article_quads(founding_article(), BASE)
    graph = V.article_iri(BASE, FOUNDING_ID)
    bima = V.entity_iri(BASE, "person/bima-ekawardhana")
    dinsos = V.entity_iri(BASE, "organization/62.02/dinsosnakertrans")
    assert str(bima) == "https://w3id.org/berita-kg/person/bima-ekawardhana"
    assert str(dinsos) == "https://w3id.org/berita-kg/organization/62.02/dinsosnakertrans"
    assert (bima, V.HEAD_OF, dinsos, graph) in quads
    assert {q[3] for q in quads} == {graph}
    heads = [s for s, p, o, _ in quads if p == V.TYPE and o == V.HEADSHIP]
    assert len(heads) == 1
    fact = heads[0]
    props = {(p, o) for s, p, o, _ in quads if s == fact}
    assert (V.MEMBER, bima) in props and (V.ORGANIZATION_PROP, dinsos) in props
    assert (V.ROLE_PROP, V.role_iri(BASE, "Kepala")) in props
    sentence = next(o for p, o in props if p == V.WAS_DERIVED_FROM)
    text = next(o for s, p, o, _ in quads if s == sentence and p == V.TEXT)
    assert "kata Kepala Dinas Sosial" in str(text)
    # no skos labels or entity types in the article graph (they live in the entities graph)
    assert not [q for q in quads if q[1] == V.PREF_LABEL and q[0] in (bima, dinsos)]
    assert (dinsos, V.TYPE, V.ORGANIZATION, graph) not in quads
    labels = {str(o) for s, p, o, _ in quads if p == V.DESCRIBED_PREF_LABEL}
    assert DINSOS_FULL in labels


def test_quads_are_deterministic():
    assert article_quads(founding_article(), BASE) == article_quads(founding_article(), BASE)


def test_configurable_base_iri():
    quads = article_quads(founding_article(), "http://example.org/kg")
    subjects = {str(q[0]) for q in quads}
    assert "http://example.org/kg/person/bima-ekawardhana" in {str(q[2]) for q in quads} | subjects
    assert not any(s.startswith(BASE) for s in subjects)
    with pytest.raises(ValueError):
        article_quads(founding_article(), "not an iri")


def test_hostile_ids_and_names_give_valid_iris_and_literals():
    quads = article_quads(hostile_article(), BASE)
    forbidden = set('<>"{}|\\^` \n\t')
    for quad in quads:
        for term in quad:
            if isinstance(term, URIRef):
                assert not forbidden & set(str(term)), str(term)
                assert len(str(term)) < 600
    # ids and names survive as literals, exactly
    literals = {str(q[2]) for q in quads if isinstance(q[2], Literal)}
    assert HOSTILE in literals


@pytest.mark.parametrize("fmt,rdflib_format,ox_format", [
    ("trig", "trig", ox.RdfFormat.TRIG),
    ("nquads", "nquads", ox.RdfFormat.N_QUADS),
])
def test_dataset_formats_round_trip_in_rdflib_and_pyoxigraph(fmt, rdflib_format, ox_format):
    quads = article_quads(hostile_article(), BASE)
    text = serialize_quads(quads, fmt)
    ds = Dataset()
    ds.parse(data=text, format=rdflib_format)
    parsed_rdflib = sum(1 for _ in ds.quads((None, None, None, None)))
    parsed_ox = list(ox.parse(text.encode("utf-8"), ox_format))
    assert parsed_rdflib == len(set(quads)) == len(parsed_ox)


@pytest.mark.parametrize("fmt,rdflib_format", [
    ("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_merged_formats_parse(fmt, rdflib_format):
    quads = article_quads(hostile_article(), BASE)
    text = serialize_quads(quads, fmt)
    graph = Graph()
    graph.parse(data=text, format=rdflib_format)
    assert len(graph) == len({q[:3] for q in quads})
    if fmt == "jsonld":
        assert "@context" in json.loads(text)


def test_ontology_has_one_copy_the_package_reads():
    for name in ("berita.ttl", "shapes.ttl"):   # ontologies/ links to the package's file
        assert (ROOT / "ontologies" / name).is_symlink(), name
        assert (ROOT / "ontologies" / name).resolve() == (ROOT / "kg" / "ontologies" / name).resolve(), name


def test_ontology_documents_every_bkg_term_in_english_and_indonesian():
    from rdflib.namespace import OWL, RDFS
    onto = Graph().parse(ROOT / "ontologies" / "berita.ttl")
    assert onto.value(URIRef(V.ONTOLOGY_IRI), OWL.versionIRI) == URIRef(V.ONTOLOGY_VERSION_IRI)
    assert str(onto.value(URIRef(V.ONTOLOGY_IRI), OWL.versionInfo)) == V.ONTOLOGY_VERSION
    used = {t for q in article_quads(founding_article(), BASE) for t in q[1:3]
            if isinstance(t, URIRef) and (str(t).startswith(str(V.BKG)))}
    used |= {getattr(V, n) for n in dir(V) if isinstance(getattr(V, n), URIRef)
             and str(getattr(V, n)).startswith(str(V.BKG))}
    assert len(used) > 25
    for term in used:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in onto.objects(term, prop)}
            assert {"en", "id"} <= langs, (term, prop)
