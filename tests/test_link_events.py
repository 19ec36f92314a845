"""Cross-document event coreference rules and corpus quads (kg/link/events.py)."""
from __future__ import annotations

from dataclasses import replace

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
    # "Setnov" and "Setya Novanto" (dev: the Fredrich Yunadi and Toyota articles) share no name
    # token: only the entity linker joins them
    a = rec("event/a/0", "a", "2017-11-19", [("patient", "person/setnov")], category="arrest")
    b = rec("event/b/0", "b", "2017-11-19", [("patient", "person/setya-novanto")], category="arrest")
    assert link_score(a, b, lambda k: k)[0] == 0
    same = {"person/setnov": "person/setya-novanto"}
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


# --- in a real store: the event gold's multi-outlet stories, built whole and in steps ------

import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pyoxigraph as ox  # noqa: E402
import pytest  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from kg.cli import main  # noqa: E402
from kg.evaluate_events import load_gold  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import score_extraction  # noqa: E402

BASE = V.DEFAULT_BASE_IRI


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    gold = [g for g in load_gold(score_extraction.EVENTS_GOLD / "dev")
            if any(e.get("story") for e in g["events"])]
    records = score_extraction.load_gold_articles([g["id"] for g in gold])
    root = tmp_path_factory.mktemp("event-stories")
    parts = [root / f"part{i}.jsonl" for i in range(3)]
    for i, part in enumerate(parts):
        part.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[i::3]),
                        encoding="utf-8")
    runner = CliRunner()
    built = runner.invoke(main, ["build", *map(str, parts), "--out", str(root / "whole")])
    assert built.exit_code == 0, built.output
    for part in reversed(parts):           # another order, three builds into one store
        built = runner.invoke(main, ["build", str(part), "--out", str(root / "steps")])
        assert built.exit_code == 0, built.output
    return {"gold": gold, "whole": root / "whole" / "store", "steps": root / "steps" / "store"}


def event_layer(path) -> set[str]:
    """What the event stage owns: event subjects in graph/corpus and graph/links."""
    store = ox.Store.read_only(str(path))
    out = set()
    for g in (V.corpus_graph(BASE), V.links_graph(BASE)):
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(g))):
            if q.subject.value.startswith(BASE + "event/"):
                out.add(f"{q.subject} {q.predicate} {q.object} {q.graph_name}")
    return out


def clusters(path) -> list[set[str]]:
    store = ox.Store.read_only(str(path))
    out: dict[str, set[str]] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(str(OWL.sameAs)), None,
                                     ox.NamedNode(str(V.corpus_graph(BASE)))):
        if q.subject.value.startswith(BASE + "event/"):
            out.setdefault(q.object.value, {q.object.value}).add(q.subject.value)
    return list(out.values())


def test_stories_join_only_articles_of_one_gold_story(stories):
    found = clusters(stories["whole"])
    assert len(found) >= 2
    story_articles: dict[str, set[str]] = {}
    for g in stories["gold"]:
        for e in g["events"]:
            if e.get("story"):
                story_articles.setdefault(e["story"], set()).add(str(V.article_iri(BASE, g["id"])))
    store = ox.Store.read_only(str(stories["whole"]))
    for members in found:
        articles = {q.graph_name.value for m in members
                    for q in store.quads_for_pattern(ox.NamedNode(m), ox.NamedNode(str(V.TYPE)), None, None)
                    if q.graph_name.value.startswith(BASE + "article/")}
        assert len(articles) == len(members) >= 2        # one event per article
        assert any(articles <= arts for arts in story_articles.values()), members


def test_incremental_builds_and_full_relink_give_the_same_events(stories):
    whole = event_layer(stories["whole"])
    assert whole and whole == event_layer(stories["steps"])
    relinked = CliRunner().invoke(main, ["link", "--store", str(stories["steps"])])
    assert relinked.exit_code == 0, relinked.output
    assert event_layer(stories["steps"]) == whole


def test_every_placed_event_is_within_its_regions(stories):
    store = ox.Store.read_only(str(stories["whole"]))
    rows = list(store.query(f"""
        PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
        PREFIX bkg: <https://w3id.org/berita-kg/ontology#>
        SELECT ?event ?place WHERE {{
          GRAPH ?a {{ ?event a sem:Event ; sem:hasPlace ?place }}
          GRAPH <{BASE}graph/regions> {{ ?place bkg:regionCode ?code }}
        }}"""))
    assert rows
    corpus, within = ox.NamedNode(str(V.corpus_graph(BASE))), ox.NamedNode(str(V.WITHIN_REGION))
    for r in rows:
        regions = {q.object for q in store.quads_for_pattern(r["event"], within, None, corpus)}
        assert r["place"] in regions, r


def test_event_queries_read_the_stories(stories):
    from kg.store.library import bind_params, load_query

    store = ox.Store.read_only(str(stories["whole"]))
    rows = list(store.query(bind_params(load_query("multi-outlet-stories"), {})))
    same = ox.NamedNode(str(OWL.sameAs))
    canonical = {m for c in clusters(stories["whole"]) for m in c
                 if next(store.quads_for_pattern(ox.NamedNode(m), same, None, None), None) is None}
    assert rows and {r["story"].value for r in rows} == canonical
    # one outlet may tell a happening on two days (dev/STORIES2.txt: CNN's two strike reports)
    assert all(int(r["reports"].value) >= 2 and r["outlets"].value for r in rows)
    assert any(" | " in r["outlets"].value for r in rows)
    # events-by-type counts each happening once, with all its reporting articles
    story = rows[0]
    kind = story["kind"].value
    by_type = {r["story"].value: int(r["reports"].value)
               for r in store.query(bind_params(load_query("events-by-type"), {"category": kind}))}
    assert by_type[story["story"].value] == int(story["reports"].value)


def test_candidate_pairs_hold_every_pair_that_can_link(stories):
    from kg.link.event_update import _Reader
    from kg.link.events import candidate_pairs

    reader = _Reader(ox.Store.read_only(str(stories["whole"])), BASE)
    records = reader.all_events()
    scoring = {(i, j) for i in range(len(records)) for j in range(i + 1, len(records))
               if link_score(records[i], records[j], reader.canonical)[0] > 0}
    candidates = set(candidate_pairs(records, reader.canonical))
    assert len(scoring) >= 2 and scoring <= candidates
    assert len(candidates) < len(records) * (len(records) - 1) // 4   # not every pair


def test_full_relink_in_small_chunks_gives_the_same_events(stories, tmp_path):
    import shutil

    from kg.link.event_update import relink_events

    whole = event_layer(stories["whole"])
    copy = tmp_path / "store"
    shutil.copytree(stories["whole"], copy)
    store = ox.Store(str(copy))
    report = relink_events(store, BASE, None, chunk=3)   # clusters of up to 3 events per transaction
    assert report.events >= 10 and report.stories >= 2 and report.quads_added == report.quads_removed == 0
    marks = list(store.quads_for_pattern(None, ox.NamedNode(str(V.PENDING_LINK)), None, None))
    del store
    assert event_layer(copy) == whole and not marks


def test_an_interrupted_chunked_event_relink_is_finished_by_the_pending_link(stories, tmp_path, chunk_write_dies):
    import shutil

    from kg.link.event_update import relink_events
    from kg.store.store import KgStore

    whole = event_layer(stories["whole"])
    copy = tmp_path / "store"
    shutil.copytree(stories["whole"], copy)
    chunk_write_dies(3)
    store = ox.Store(str(copy))
    with pytest.raises(KeyboardInterrupt):
        relink_events(store, BASE, None, chunk=3)
    del store
    chunk_write_dies.restore()
    with KgStore.open(copy, write=True) as store:
        pending = list(store.ox.quads_for_pattern(None, ox.NamedNode(str(V.PENDING_LINK)), None, None))
        assert len(pending) >= 5                         # the events of the chunks not written
        assert store.link_pending().events.events >= len(pending)
        assert not list(store.ox.quads_for_pattern(None, ox.NamedNode(str(V.PENDING_LINK)), None, None))
    assert event_layer(copy) == whole


# --- issue 10: name variants, crossed roles, undated events, region codes, compatible types --
# (records shaped as the dev events of tests/data/events_gold/dev/STORIES2.txt and the Bekasi
# lynching story; keys as the resolver makes them)

from kg.link.events import LinkConfig, candidate_pairs, name_match  # noqa: E402


def test_name_variants_of_one_person():
    # the Bekasi victim: "Muhammad Al Azhar" (Tempo) and "Muhammad Aljahra" (Kompas)
    assert name_match("person/muhammad-al-azhar", "person/muhammad-aljahra") == "name variant"
    # "Fedrich Yunadi" beside "Fredrich Yunadi" (Pos Kota, one article)
    assert name_match("person/fedrich-yunadi", "person/fredrich-yunadi") == "name variant"
    # "Argo Yuwono" (CNN) and "Raden Prabowo Argo Yuwono" (kumparan)
    assert name_match("person/argo-yuwono", "person/raden-prabowo-argo-yuwono") == "name inside the other"
    # not: other people, initials kept to their article, a person and a body
    assert not name_match("person/ahmad-yani", "person/ahmad-yanto")
    assert not name_match("person/kr~8ef2bf1482", "person/kr~ea950826bc")
    assert not name_match("person/argo-yuwono", "organization/argo-yuwono")
    assert not name_match("person/muhammad", "person/muhammad-ali")


def test_victim_spelled_two_ways_joins_the_lynching():
    # dated 1 August in one report, undated in the other (article of 10 August)
    tempo = rec("event/tempo/0", "tempo-1", "2017-08-01", [("patient", "person/muhammad-al-azhar")],
                place="place/32.16/pasar-muara-bakti", places=("place/32.16/pasar-muara-bakti", "place/32.16", "place/32"),
                category="crime", article_date="2017-08-09")
    kompas = rec("event/kompas/1", "kompas-1", None, [("patient", "person/muhammad-aljahra")],
                 place="place/32/bekasi", category="crime", article_date="2017-08-10")
    score, why = link_score(tempo, kompas, lambda k: k)
    assert score >= 0.6 and any("(name variant)" in r for r in why)
    assert [c.members for c in cluster_records([tempo, kompas]) if len(c.members) > 1] == [
        ("event/kompas/1", "event/tempo/0")]
    assert (0, 1) in candidate_pairs([tempo, kompas])
    # an undated report more than max_days before the other's week: apart
    late = rec("event/kompas/2", "kompas-2", None, [("patient", "person/muhammad-aljahra")],
               category="crime", article_date="2017-08-20")
    assert link_score(tempo, late, lambda k: k)[0] == 0


def test_region_codes_decide_contradicting_places():
    a = rec("event/a/0", "a", "2017-08-01", [("patient", "person/muhammad-al-azhar")],
            place="place/32.16/pasar-muara-bakti", category="crime")
    b = rec("event/b/0", "b", "2017-08-01", [("patient", "person/muhammad-al-azhar")],
            place="place/31.74", category="crime")
    assert link_score(a, b, lambda k: k)[0] == 0          # Bekasi is not South Jakarta
    c = rec("event/c/0", "c", "2017-08-01", [("patient", "person/muhammad-al-azhar")],
            place="place/name/bantar-gebang", category="crime")
    assert link_score(a, c, lambda k: k)[0] >= 0.6        # a name the gazetteer lacks


def test_patient_of_one_report_named_as_source_by_the_other():
    # the New York imam: CNN (29 June, undated) makes him the source, kumparan (2 July) the
    # one arrested on 19 June
    cnn = rec("event/cnn/0", "cnn-1", None, [("patient", "person/abdul-kadir-jailani"),
                                             ("source", "person/daud-rasyid-harun")],
              article_date="2017-06-29")
    kumparan = rec("event/kumparan/1", "kumparan-1", "2017-06-19",
                   [("agent", "organization/kjri"), ("patient", "person/daud-rasyid-harun")],
                   article_date="2017-07-02")
    score, why = link_score(cnn, kumparan, lambda k: k)
    assert score >= 0.6
    assert "actor: person/daud-rasyid-harun (patient of one, source of the other)" in why
    other = rec("event/kumparan/2", "kumparan-2", "2017-06-19", [("patient", "person/hilman-mattauch")],
                article_date="2017-07-02")
    assert link_score(cnn, other, lambda k: k)[0] == 0     # different patients: two arrests


def test_compatible_categories_need_a_shared_patient():
    # a minister's visit one outlet calls a meeting ("pertemuan"), the other a visit
    visit = rec("event/a/0", "a", "2017-06-20", [("agent", "person/khofifah-indar-parawansa"),
                                                 ("patient", "person/zainul-majdi")], category="visit")
    meeting = rec("event/b/0", "b", "2017-06-20", [("agent", "person/khofifah-indar-parawansa"),
                                                   ("patient", "person/zainul-majdi")], category="meeting")
    score, why = link_score(visit, meeting, lambda k: k)
    assert score >= 0.6 and "type: visit ~ meeting" in why
    assert (0, 1) in candidate_pairs([visit, meeting])
    agent_only = rec("event/c/0", "c", "2017-06-20", [("agent", "person/khofifah-indar-parawansa")],
                     category="meeting")
    assert link_score(visit, agent_only, lambda k: k)[0] == 0
    trial = rec("event/d/0", "d", "2017-06-20", [("patient", "person/zainul-majdi")], category="trial")
    assert link_score(visit, trial, lambda k: k)[0] == 0   # no compatibility declared


def test_candidate_pairs_hold_name_and_undated_links():
    import random

    rng = random.Random(10)
    names = ["person/muhammad-al-azhar", "person/muhammad-aljahra", "person/argo-yuwono",
             "person/raden-prabowo-argo-yuwono", "person/fedrich-yunadi", "person/fredrich-yunadi"]
    cats = ["crime", "visit", "meeting", "arrest"]
    records = []
    for i in range(80):
        day = f"2017-08-{rng.randint(1, 28):02d}"
        records.append(replace(rec(f"event/x{i}/0", f"x{i}", day if rng.random() < 0.6 else None,
                                   [(rng.choice(["patient", "agent", "source"]), rng.choice(names))],
                                   category=rng.choice(cats), article_date=day),
                               topics=tuple(rng.sample(names, rng.randint(0, 2)))))
    canon = lambda k: k  # noqa: E731
    scoring = {(i, j) for i in range(len(records)) for j in range(i + 1, len(records))
               if link_score(records[i], records[j], canon)[0] > 0}
    assert scoring and scoring <= set(candidate_pairs(records, canon, LinkConfig()))


def test_articles_about_one_person_join_events_no_outlet_gives_an_actor():
    # the Setnov crash (dev stories): one outlet quotes his lawyer, the other a police
    # spokesman; neither names a patient, both articles are about Setya Novanto
    a = replace(rec("event/a/0", "a", "2017-11-16", [("source", "person/fredrich-yunadi")],
                    category="disaster", article_date="2017-11-19"), topics=("person/setya-novanto",))
    b = replace(rec("event/b/0", "b", "2017-11-16", [("source", "person/argo-yuwono")],
                    category="disaster", article_date="2017-11-21"),
                topics=("organization/kpk", "person/setya-novanto"))
    score, why = link_score(a, b, lambda k: k)
    assert score >= 0.6 and "topic: person/setya-novanto" in why
    assert (0, 1) in candidate_pairs([a, b])
    # bodies are not topics: KPK is what hundreds of articles are about
    kpk = [replace(x, topics=("organization/kpk",)) for x in (a, b)]
    assert link_score(*kpk, lambda k: k)[0] == 0
    # two different agents: two happenings, whoever the articles are about
    police = replace(a, actors=(("agent", "organization/polda-metro-jaya"),))
    prosecutors = replace(b, actors=(("agent", "organization/kejaksaan-agung"),))
    assert link_score(police, prosecutors, lambda k: k)[0] == 0
    other_kind = replace(b, category="arrest")
    assert link_score(a, other_kind, lambda k: k)[0] == 0
    # on the corpus, undated or nearby-day events of one much-named person were other happenings
    assert link_score(a, replace(b, date="2017-11-17"), lambda k: k)[0] == 0
    assert link_score(a, replace(b, date=None), lambda k: k)[0] == 0


def test_an_event_dated_by_a_month_may_join_a_day_inside_it():
    # "pada November 2017" (KPK's later article) and the crash's day in other outlets
    day1 = rec("event/a/0", "a", "2017-11-16", [("patient", "person/setya-novanto")],
               category="disaster")
    day2 = replace(day1, key="event/b/0", article="b", date="2017-11-15")
    month = replace(day1, key="event/c/0", article="c", date="2017-11-01", date_end="2017-11-30",
                    article_date="2018-01-10")
    joined = [c.members for c in cluster_records([day1, day2, month]) if len(c.members) > 1]
    assert joined == [("event/a/0", "event/b/0", "event/c/0")]
    january = replace(month, date="2018-01-01", date_end="2018-01-31")
    assert link_score(day1, january, lambda k: k)[0] == 0
    # a month is close to its days, never their same day (an actorless fire needs the same day)
    fire = rec("event/d/0", "d", "2017-11-16", category="disaster", place="place/31.74")
    fire_month = replace(fire, key="event/e/0", article="e", date="2017-11-01", date_end="2017-11-30")
    assert link_score(fire, fire_month, lambda k: k)[0] == 0
    assert link_score(fire, replace(fire_month, date="2017-11-16", date_end="2017-11-17"), lambda k: k)[0] >= 0.6


def test_story_articles_say_who_they_are_about(stories):
    store = ox.Store.read_only(str(stories["whole"]))
    about = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(str(V.ABOUT)), None, None):
        assert q.subject == q.graph_name                      # in the article's own graph
        about.setdefault(q.subject.value, set()).add(q.object.value[len(BASE):])
    assert about and all(1 <= len(v) <= 3 for v in about.values())
    toyota = str(V.article_iri(BASE, "indosum-1511252179-toyota-bersedia-ikuti-investigasi-terkait-kecelaka"))
    assert "person/setya-novanto" in about[toyota]
    # the Setnov crash: one happening across at least three of the dev story articles
    crash = [c for c in clusters(stories["whole"])
             if any(m.startswith(BASE + "event/indosum-1511252179-") for m in c)]
    assert crash and len({m.rsplit("/", 1)[0] for m in crash[0]}) >= 3, crash


def test_coverage_counts_the_articles_about_one_person_under_all_their_names(stories):
    from kg.store.library import bind_params, load_query

    store = ox.Store.read_only(str(stories["whole"]))
    rows = list(store.query(bind_params(load_query("coverage"), {"name": "Setya Novanto"}),
                            use_default_graph_as_union=True))
    assert {r["entity"].value for r in rows} == {BASE + "person/setya-novanto"}
    counted = sum(int(r["articles"].value) for r in rows)
    # every article graph that says it is about Setya Novanto, or a name linked to him (Setnov)
    same, about = ox.NamedNode(str(OWL.sameAs)), ox.NamedNode(str(V.ABOUT))
    setnov = ox.NamedNode(BASE + "person/setya-novanto")
    members = {setnov} | {q.subject for q in store.quads_for_pattern(None, same, setnov, None)}
    articles = {q.graph_name.value for m in members for q in store.quads_for_pattern(None, about, m, None)}
    assert counted == len(articles) >= 3
    assert len({r["outlet"].value for r in rows}) >= 2
    assert [r["month"].value for r in rows] == sorted(r["month"].value for r in rows)
