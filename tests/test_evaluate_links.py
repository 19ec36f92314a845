"""Unit tests of the cross-document linking scorer (kg/evaluate_links.py) on hand-made inputs,
and of its predictor over a real Oxigraph store built from hand-resolved articles."""
from __future__ import annotations

import dataclasses
import json

import pytest
from pyoxigraph import NamedNode, Quad

from kg import vocab as V
from kg.errors import KgError
from kg.evaluate_links import (GoldMention, check_offsets, load_link_gold, score_links,
                               store_predictor)
from kg.rdf.sample import founding_article
from kg.store.store import KgStore

HEADER = "entity_id\ttype\tarticle_id\tsurface\tstart\tend\tnote\n"


def _m(entity, article, start, surface="x", type_="person", note=""):
    return GoldMention(entity, type_, article, surface, start, start + len(surface), note)


# five person mentions (A twice in a1, once in a2; B in a3 and a4) and two organisation ones
GOLD = [_m("P-a", "a1", 0), _m("P-a", "a1", 10), _m("P-a", "a2", 0),
        _m("P-b", "a3", 0, note="name; neg=P-a"), _m("P-b", "a4", 0),
        _m("O-c", "a1", 20, type_="organization"), _m("O-c", "a2", 20, type_="organization")]


def _predict_from(table):
    return lambda article, start, end, surface, type_: table.get((article, start))


def test_pairwise_counts_by_hand():
    # B's a3 mention is wrongly joined to A; B's a4 mention has no entity; every org is "X" too
    predict = _predict_from({("a1", 0): "X", ("a1", 10): "X", ("a2", 0): "X", ("a3", 0): "X",
                             ("a1", 20): "X", ("a2", 20): "X"})
    scores = score_links(GOLD, predict)
    person = scores["types"]["person"]
    # cross pairs: gold (a1:0,a2), (a1:10,a2), (a3,a4); predicted the two A pairs + 3 with a3
    assert (person["cross"]["tp"], person["cross"]["fp"], person["cross"]["fn"]) == (2, 3, 1)
    assert person["cross"]["precision"] == pytest.approx(0.4)
    assert person["cross"]["recall"] == pytest.approx(2 / 3)
    assert (person["within"]["tp"], person["within"]["fp"], person["within"]["fn"]) == (1, 0, 0)
    assert person["all"]["precision"] == pytest.approx(0.5)
    assert person["all"]["recall"] == pytest.approx(0.75)
    assert person["unmatched"] == 1 and person["mentions"] == 5
    assert person["merged"] == {"X": {"P-a": 3, "P-b": 1}}
    assert person["split"] == {"P-b": {"X": 1, None: 1}}
    # the same predicted id on a person and an organisation makes no pair across types
    org = scores["types"]["organization"]
    assert (org["cross"]["tp"], org["cross"]["fp"], org["cross"]["fn"]) == (1, 0, 0)
    assert scores["hard_negatives"] == {"pairs": 1, "joined": 1, "joined_pairs": ["P-a = P-b"]}


def test_perfect_and_empty_predictions():
    perfect = score_links(GOLD, lambda a, s, e, surface, t: next(
        m.entity_id for m in GOLD if (m.article_id, m.start) == (a, s)))
    for t in ("person", "organization"):
        assert perfect["types"][t]["all"]["precision"] == 1.0
        assert perfect["types"][t]["all"]["recall"] == 1.0
    assert perfect["hard_negatives"]["joined"] == 0
    empty = score_links(GOLD, lambda *args: None)
    assert empty["types"]["person"]["all"]["recall"] == 0.0
    assert empty["types"]["person"]["all"]["precision"] == 0.0   # no predicted link at all
    assert empty["types"]["person"]["unmatched"] == 5


def test_gold_file_errors_name_file_and_line(tmp_path):
    good = tmp_path / "good.tsv"
    good.write_text(HEADER + "P-a\tperson\ta1\tRetno\t4\t9\tshort name; neg=P-b|P-c\n",
                    encoding="utf-8")
    (m,) = load_link_gold(good)
    assert (m.surface, m.start, m.end, m.negatives) == ("Retno", 4, 9, ("P-b", "P-c"))
    bad_header = tmp_path / "h.tsv"
    bad_header.write_text("id\ttype\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"h\.tsv:1:"):
        load_link_gold(bad_header)
    bad_span = tmp_path / "s.tsv"
    bad_span.write_text(HEADER + "P-a\tperson\ta1\tRetno\t4\t8\t\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"s\.tsv:2: span 4-8"):
        load_link_gold(bad_span)
    bad_type = tmp_path / "t.tsv"
    bad_type.write_text(HEADER + "P-a\tplace\ta1\tRetno\t4\t9\t\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"t\.tsv:2: type 'place'"):
        load_link_gold(bad_type)


def test_check_offsets():
    texts = {"a1": "Menlu Retno Marsudi tiba."}
    ok = GoldMention("P-a", "person", "a1", "Retno Marsudi", 6, 19)
    assert check_offsets([ok], texts) == []
    shifted = dataclasses.replace(ok, start=5, end=18)
    missing = dataclasses.replace(ok, article_id="a9")
    problems = check_offsets([shifted, missing], texts)
    assert len(problems) == 2 and "'Retno Marsudi'" in problems[0] and "a9" in problems[1]


# --------------------------------------------------------------------------- the store predictor

BASE = V.DEFAULT_BASE_IRI


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    """A real store with the hand-resolved founding article under two ids, and its mentions."""
    out = tmp_path_factory.mktemp("link-build")
    first, second = founding_article("a1"), founding_article("a2")
    text = first.article.text
    with KgStore.open(out / "store", write=True) as store:
        store.add_articles([first, second], BASE)
        # the corpus layer: in a2 the description is linked to a canonical entity; the mention
        # IRI of the Dinsos has an owl:sameAs
        entities = NamedNode(BASE + "graph/entities")
        a2 = V.article_iri(BASE, "a2")
        # the linker already wrote a corpus layer: replace its links with hand-made ones
        for q in list(store.ox.quads_for_pattern(None, NamedNode(str(V.BKG.canonical)), None, entities)):
            store.ox.remove(q)
        store.ox.add(Quad(NamedNode(str(V.description_iri(a2, "person/bima-ekawardhana"))),
                          NamedNode(str(V.BKG.canonical)), NamedNode(BASE + "person/canonical-bima"),
                          entities))
        store.ox.add(Quad(NamedNode(BASE + "organization/62.02/dinsosnakertrans"),
                          NamedNode("http://www.w3.org/2002/07/owl#sameAs"),
                          NamedNode(BASE + "organization/dinsos-canonical"), entities))
        store.ox.flush()
    full = text.find("Bima Ekawardhana")
    short = text.find("Bima", text.find("harap Bima"))
    lines = [{"article_id": a, "sentence_index": 0, "start": s, "end": s + len(t), "text": t,
              "type": "PER", "token_start": 0, "token_end": 1}
             for a in ("a1", "a2") for s, t in ((full, "Bima Ekawardhana"), (short, "Bima"))]
    (out / "mentions.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                        encoding="utf-8")
    return out, text


def test_store_predictor_takes_canonical_then_same_as_then_the_iri(build_dir):
    out, text = build_dir
    predict = store_predictor(out)
    full = text.find("Bima Ekawardhana")
    short = text.find("Bima", text.find("harap Bima"))
    # a1 has no corpus layer for Bima: the described IRI; the short name overlaps an NER mention
    assert predict("a1", full, full + 16, "Bima Ekawardhana", "person") == BASE + "person/bima-ekawardhana"
    assert predict("a1", short, short + 4, "Bima", "person") == BASE + "person/bima-ekawardhana"
    # a2's description carries bkg:canonical
    assert predict("a2", short, short + 4, "Bima", "person") == BASE + "person/canonical-bima"
    # the Dinsos IRI has owl:sameAs (no NER mention here: matched by its label)
    start = text.find("Dinsosnakertrans")
    assert predict("a1", start, start + 16, "Dinsosnakertrans", "organization") == \
        BASE + "organization/dinsos-canonical"
    # a label containing the surface ("Polres" of "Polres Kotim"); no entity for a plain word
    polres = text.find("Polres Kotim")
    assert predict("a1", polres, polres + 6, "Polres", "organization") == BASE + "organization/62.02/polres"
    pelatihan = text.find("pelatihan")
    assert predict("a1", pelatihan, pelatihan + 9, "pelatihan", "person") is None
    # the type is respected: Bima is no organisation
    assert predict("a1", full, full + 16, "Bima Ekawardhana", "organization") is None
    assert predict.stats["exact"] == 4 and predict.stats["contained"] == 1


def test_store_predictor_needs_a_build(tmp_path):
    with pytest.raises(KgError, match="no mentions.jsonl"):
        store_predictor(tmp_path)
