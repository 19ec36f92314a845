"""Cross-document event coreference rules and corpus quads (kg/link/events.py)."""
from __future__ import annotations

from rdflib.namespace import OWL

from kg import vocab as V
from kg.link.events import EventRecord, cluster_records, corpus_event_quads, link_score


def rec(key, article, date, actors=(), place=None, places=(), category="arrest", article_date=None):
    return EventRecord(key=key, article=article, outlet=article.split("-")[0],
                       article_date=article_date or date, category=category, label=key,
                       date=date, place=place, places=places or ((place,) if place else ()),
                       actors=tuple(actors))


ANTARA = rec("event/antara/0", "antara-1", "2017-08-06", [("patient", "person/zoya-pelaku")],
             place="place/32.16", article_date="2017-08-07")
CNN = rec("event/cnn/1", "cnn-1", "2017-08-06", [("patient", "person/zoya-pelaku"),
                                                  ("source", "person/argo-yuwono")],
          place="place/32.16.05", places=("place/32.16.05", "place/32.16"), article_date="2017-08-09")
OTHER_DAY = rec("event/kumparan/0", "kumparan-1", "2017-09-20", [("patient", "person/zoya-pelaku")])
OTHER_TYPE = rec("event/kumparan/1", "kumparan-2", "2017-08-06", [("patient", "person/zoya-pelaku")],
                 category="trial")


def test_same_arrest_in_two_outlets_is_one_event_with_reasons():
    score, reasons = link_score(ANTARA, CNN, lambda k: k)
    assert score >= 0.6
    assert "actor: person/zoya-pelaku" in reasons and "place: one contains the other" in reasons
    clusters = [c for c in cluster_records([ANTARA, CNN, OTHER_DAY, OTHER_TYPE]) if len(c.members) > 1]
    assert [(c.canonical, c.members) for c in clusters] == [
        ("event/antara/0", ("event/antara/0", "event/cnn/1"))]   # earliest article date wins


def test_far_dates_other_types_and_same_article_stay_apart():
    assert link_score(ANTARA, OTHER_DAY, lambda k: k)[0] == 0
    assert link_score(ANTARA, OTHER_TYPE, lambda k: k)[0] == 0
    twin = rec("event/antara/1", "antara-1", "2017-08-06", [("patient", "person/zoya-pelaku")])
    assert link_score(ANTARA, twin, lambda k: k)[0] == 0


def test_canonical_mapping_joins_linked_actors():
    a = rec("event/a/0", "a", "2018-01-25", [("patient", "person/zumi-zola")], category="decision")
    b = rec("event/b/0", "b", "2018-01-25", [("patient", "person/zumi-zola-zulkifli")], category="decision")
    assert link_score(a, b, lambda k: k)[0] == 0
    same = {"person/zumi-zola-zulkifli": "person/zumi-zola"}
    assert link_score(a, b, lambda k: same.get(k, k))[0] >= 0.6


def test_corpus_quads_same_as_and_reported_in():
    records = [ANTARA, CNN]
    quads = corpus_event_quads(cluster_records(records), records, "https://x.org/")
    graphs = {q[3] for q in quads}
    assert [str(g) for g in graphs] == ["https://x.org/graph/corpus"]
    canon = V.entity_iri("https://x.org/", "event/antara/0")
    assert (V.entity_iri("https://x.org/", "event/cnn/1"), OWL.sameAs, canon) in {q[:3] for q in quads}
    reported = {str(o) for s, p, o, g in quads if s == canon and p == V.REPORTED_IN}
    assert reported == {str(V.article_iri("https://x.org/", "antara-1")),
                        str(V.article_iri("https://x.org/", "cnn-1"))}
    assert (canon, V.EVENT_CATEGORY, V.event_category_iri("arrest")) in {q[:3] for q in quads}
