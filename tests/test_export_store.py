"""Projection of a real pyoxigraph store (built here with kg.vocab terms) and the
filters on it; counts are checked against SPARQL over the same store."""
from __future__ import annotations

import gc

import pyoxigraph as ox
import pytest

from kg import vocab
from kg.errors import KgError
from kg.export import filters
from kg.export.project import open_store, project

BASE = vocab.DEFAULT_BASE_IRI
HOSTILE = 'Tom & "Jerry" <b>\x01\x07 😀\u200b'


def iri(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def ent(key: str) -> ox.NamedNode:
    return iri(vocab.entity_iri(BASE, key))


BIMA, SUPIAN, HOST = ent("person/bima-ekawardhana"), ent("person/supian-hadi"), ent("person/tom")
DINSOS = ent("organization/62.02/dinsosnakertrans")
PEMKAB = ent("organization/62.02/pemkab")
KALTENG, KOTIM, SAMPIT = ent("place/62"), ent("place/62.02"), ent("place/62.02.01")
PALANGKA, KALSEL, BANJAR = ent("place/62.71"), ent("place/63"), ent("place/63.71")
EVENT = ent("event/a1/0")
KEPALA = iri(vocab.role_iri(BASE, "Kepala"))
BUPATI = iri(vocab.role_iri(BASE, "Bupati"))

ARTICLES = {"a1": "2017-03-01", "a2": "2017-04-10", "a3": "2017-06-05", "a4": None}


def lit(value: str) -> ox.Literal:
    return ox.Literal(value)


def build_store(path) -> str:
    """Three dated articles and one undated, an entities graph and a regions graph."""
    store = ox.Store(str(path))
    quads = []
    entities = iri(vocab.entities_graph(BASE))
    regions = iri(vocab.regions_graph(BASE))
    a = {name: iri(vocab.article_iri(BASE, name)) for name in ARTICLES}

    def add(s, p, o, g):
        quads.append(ox.Quad(s, iri(p), o, g))

    # entities graph: types, labels, regions
    for node, cls, label, alts in [
        (BIMA, vocab.PERSON, "Bima Ekawardhana", ["Bima"]),
        (SUPIAN, vocab.PERSON, "Supian Hadi", []),
        (HOST, vocab.PERSON, HOSTILE, ["T&J", "Tom"]),
        (DINSOS, vocab.ORGANIZATION, "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim",
         ["Dinsosnakertrans Kotim"]),
        (PEMKAB, vocab.ORGANIZATION, "Pemerintah Kabupaten Kotawaringin Timur", ["Pemkab Kotim"]),
    ]:
        add(node, vocab.TYPE, iri(cls), entities)
        add(node, vocab.PREF_LABEL, lit(label), entities)
        for alt in alts:
            add(node, vocab.ALT_LABEL, lit(alt), entities)
    add(DINSOS, vocab.TYPE, iri(vocab.GOVERNMENT_ORGANIZATION), entities)
    for org in (DINSOS, PEMKAB):
        add(org, vocab.IN_REGION, KOTIM, entities)
        add(org, vocab.CONTAINED_IN_PLACE, KOTIM, entities)
    add(KEPALA, vocab.PREF_LABEL, lit("Kepala"), entities)
    add(BUPATI, vocab.PREF_LABEL, lit("Bupati"), entities)

    # regions graph: the gazetteer, more of it than the articles mention
    for node, code, label, parent in [
        (KALTENG, "62", "Kalimantan Tengah", None), (KOTIM, "62.02", "Kotawaringin Timur", KALTENG),
        (SAMPIT, "62.02.01", "Mentawa Baru Ketapang", KOTIM),
        (PALANGKA, "62.71", "Kota Palangka Raya", KALTENG),
        (KALSEL, "63", "Kalimantan Selatan", None), (BANJAR, "63.71", "Kota Banjarmasin", KALSEL),
    ]:
        add(node, vocab.TYPE, iri(vocab.PLACE), regions)
        add(node, vocab.TYPE, iri(vocab.REGION), regions)
        add(node, vocab.PREF_LABEL, lit(label), regions)
        add(node, vocab.REGION_CODE, lit(code), regions)
        if parent:
            add(node, vocab.CONTAINED_IN_PLACE, parent, regions)

    # article graphs
    for name, date in ARTICLES.items():
        g = a[name]
        add(g, vocab.TYPE, iri(vocab.NEWS_ARTICLE), g)
        add(g, vocab.IDENTIFIER, lit(name), g)
        if date:
            add(g, vocab.DATE_PUBLISHED, ox.Literal(date, datatype=iri(vocab.XSD.date)), g)

    def mentions(name, *nodes):
        for node in nodes:
            add(a[name], vocab.MENTIONS, node, a[name])

    def heads(name, person, org, index):
        g = a[name]
        m = iri(vocab.fact_iri(g.value, index))
        add(person, vocab.HEAD_OF, org, g)
        add(m, vocab.TYPE, iri(vocab.MEMBERSHIP), g)
        add(m, vocab.TYPE, iri(vocab.HEADSHIP), g)
        add(m, vocab.MEMBER, person, g)
        add(m, vocab.ORGANIZATION_PROP, org, g)
        add(m, vocab.ROLE_PROP, KEPALA, g)

    def post(name, person, org, role, index):
        g = a[name]
        m = iri(vocab.fact_iri(g.value, index))
        add(person, vocab.MEMBER_OF, org, g)
        add(m, vocab.TYPE, iri(vocab.MEMBERSHIP), g)
        add(m, vocab.MEMBER, person, g)
        add(m, vocab.ORGANIZATION_PROP, org, g)
        add(m, vocab.ROLE_PROP, role, g)

    def quote(name, speaker, index):
        q = iri(vocab.quote_iri(a[name].value, index))
        add(q, vocab.TYPE, iri(vocab.QUOTATION), a[name])
        add(q, vocab.CREATOR, speaker, a[name])
        add(q, vocab.TEXT, lit("..."), a[name])
        add(q, vocab.IS_PART_OF, a[name], a[name])

    # a1: the founding article
    mentions("a1", BIMA, SUPIAN, DINSOS, SAMPIT, EVENT)
    heads("a1", BIMA, DINSOS, 0)
    quote("a1", BIMA, 0)
    quote("a1", SUPIAN, 1)
    g = a["a1"]
    add(EVENT, vocab.TYPE, iri(vocab.EVENT), g)
    add(EVENT, vocab.PREF_LABEL, lit("pelatihan membuat kue"), g)
    add(EVENT, vocab.HAS_PLACE, SAMPIT, g)
    add(EVENT, vocab.HAS_TIMESTAMP, ox.Literal("2017-03-01", datatype=iri(vocab.XSD.date)), g)
    for index, (actor, role) in enumerate([(DINSOS, vocab.ORGANIZER), (SUPIAN, vocab.PARTICIPANT),
                                           (BIMA, vocab.PARTICIPANT)]):
        r = iri(vocab.actor_role_iri(EVENT.value, index))
        add(EVENT, vocab.HAS_ACTOR, r, g)
        add(r, vocab.TYPE, iri(vocab.SEM_ROLE), g)
        add(r, vocab.VALUE, actor, g)
        add(r, vocab.ROLE_TYPE, iri(role), g)
    # a2: the same headship again, the bupati, quoted together again
    mentions("a2", BIMA, SUPIAN, DINSOS, PEMKAB)
    heads("a2", BIMA, DINSOS, 0)
    post("a2", SUPIAN, PEMKAB, BUPATI, 1)
    quote("a2", BIMA, 0)
    quote("a2", SUPIAN, 1)
    # a3: the hostile label, in Palangka Raya
    mentions("a3", HOST, PEMKAB, PALANGKA)
    post("a3", HOST, PEMKAB, BUPATI, 0)
    # a4: undated
    mentions("a4", HOST)
    store.bulk_extend(quads)
    store.flush()
    del store
    gc.collect()
    return str(path)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("export") / "store")


@pytest.fixture(scope="module")
def store(store_path):
    with open_store(store_path) as handle:
        yield handle


def count(store, query: str) -> int:
    prefixes = "".join(f"PREFIX {n}: <{i}>\n" for n, i in vocab.PREFIXES.items())
    rows = list(store.query(prefixes + query, use_default_graph_as_union=True))
    return int(rows[0]["n"].value)


def edges_of(graph, relation):
    return {(s, t): d for s, t, d in graph.edges(data=True) if d["relation"] == relation}


def test_actors_view_counts_match_sparql(store):
    graph = project(store, "actors")
    actors = count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) "
                          "WHERE { ?e a ?c VALUES ?c { foaf:Person org:Organization } }")
    assert graph.number_of_nodes() == actors == 5
    heads = edges_of(graph, "heads")
    assert len(heads) == count(store, "SELECT (COUNT(*) AS ?n) "
                                      "WHERE { SELECT DISTINCT ?p ?o { ?p org:headOf ?o } }")
    support = count(store, f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ "
                           f"<{BIMA.value}> org:headOf <{DINSOS.value}> }} }}")
    edge = heads[(BIMA.value, DINSOS.value)]
    assert edge["weight"] == support == 2
    assert (edge["first_seen"], edge["last_seen"]) == ("2017-03-01", "2017-04-10")
    posts = edges_of(graph, "holds_post")
    assert set(posts) == {(SUPIAN.value, PEMKAB.value), (HOST.value, PEMKAB.value)}
    assert posts[(SUPIAN.value, PEMKAB.value)]["title"] == "Bupati"
    pair = tuple(sorted((BIMA.value, SUPIAN.value)))
    assert edges_of(graph, "quoted_together")[pair]["weight"] == 2
    assert edges_of(graph, "quoted_together")[pair]["directed"] is False
    assert set(edges_of(graph, "co_event")) == {
        tuple(sorted(p)) for p in [(BIMA.value, SUPIAN.value), (BIMA.value, DINSOS.value),
                                   (SUPIAN.value, DINSOS.value)]}
    assert {d["relation"] for *_, d in graph.edges(data=True)} == {
        "heads", "holds_post", "quoted_together", "co_event", "co_mentioned"}
    # co-mention: one undirected edge per pair of actors, weight = articles naming both
    for (a, b), data in edges_of(graph, "co_mentioned").items():
        shared = count(store, f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ "
                              f"?x schema:mentions <{a}>, <{b}> }} }}")
        assert data["weight"] == shared > 0 and a < b and data["directed"] is False
    pairs = count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b { GRAPH ?g { "
                         "?x schema:mentions ?a, ?b } ?a a ?c . ?b a ?d "
                         "VALUES ?c { foaf:Person org:Organization } "
                         "VALUES ?d { foaf:Person org:Organization } FILTER(STR(?a) < STR(?b)) } }")
    assert len(edges_of(graph, "co_mentioned")) == pairs


def test_node_attributes(store):
    graph = project(store, "actors")
    bima = graph.nodes[BIMA.value]
    mentions = count(store, f"SELECT (COUNT(DISTINCT ?a) AS ?n) "
                            f"WHERE {{ ?a schema:mentions <{BIMA.value}> }}")
    assert (bima["label"], bima["type"], bima["iri"]) == ("Bima Ekawardhana", "person", BIMA.value)
    assert bima["aliases"] == ["Bima"]
    assert bima["mentions"] == mentions == 2
    assert (bima["first_seen"], bima["last_seen"]) == ("2017-03-01", "2017-04-10")
    dinsos = graph.nodes[DINSOS.value]
    assert dinsos["type"] == "organization" and dinsos["region"] == "62.02"
    host = graph.nodes[HOST.value]
    assert host["mentions"] == 2 and host["last_seen"] == "2017-06-05"   # a4 has no date


def test_events_view_is_bipartite(store):
    graph = project(store, "events")
    types = {n: d["type"] for n, d in graph.nodes(data=True)}
    assert sorted(types.values()) == ["event", "organization", "person", "person"]
    assert HOST.value not in graph     # in no event
    relations = {(s, d["relation"]) for s, t, d in graph.edges(data=True)}
    assert relations == {(DINSOS.value, "organizer"), (SUPIAN.value, "participant"),
                         (BIMA.value, "participant")}
    assert all(types[t] == "event" for _, t in graph.edges())


def test_places_view_keeps_mentioned_places_and_their_parents(store):
    graph = project(store, "places")
    places = {n for n, d in graph.nodes(data=True) if d["type"] == "place"}
    assert places == {KALTENG.value, KOTIM.value, SAMPIT.value, PALANGKA.value}
    assert KALSEL.value not in graph and BANJAR.value not in graph
    assert BIMA.value not in graph          # no place of his own
    located = edges_of(graph, "located_in")
    assert (DINSOS.value, KOTIM.value) in located and (SAMPIT.value, KOTIM.value) in located
    assert located[(KOTIM.value, KALTENG.value)]["weight"] == 1     # gazetteer only
    assert not edges_of(graph, "in_region")    # same pair as located_in: merged
    assert (EVENT.value, SAMPIT.value) in edges_of(graph, "held_at")


def test_full_view_has_every_relation(store):
    graph = project(store, "full")
    assert {d["relation"] for *_, d in graph.edges(data=True)} == {
        "heads", "holds_post", "quoted_together", "co_event", "organizer", "participant",
        "located_in", "held_at"}
    typed = count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c "
                         "VALUES ?c { foaf:Person org:Organization sem:Event } }")
    places = {n for n, d in graph.nodes(data=True) if d["type"] == "place"}
    assert graph.number_of_nodes() - len(places) == typed


def test_filter_type(store):
    graph = project(store, "full")
    filters.by_type(graph, ["person"])
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"person"}
    assert {d["relation"] for *_, d in graph.edges(data=True)} == {"quoted_together", "co_event"}


def test_filter_dates_recomputes_weights(store):
    graph = project(store, "full")
    filters.by_date(graph, since="2017-04-01", until="2017-05-01")
    assert EVENT.value not in graph and HOST.value not in graph
    edge = edges_of(graph, "heads")[(BIMA.value, DINSOS.value)]
    assert edge["weight"] == 1 and edge["first_seen"] == "2017-04-10"
    assert graph.nodes[BIMA.value]["mentions"] == 1
    assert not edges_of(graph, "co_event")
    # organizations keep their gazetteer places, and those their parents
    assert (KOTIM.value, KALTENG.value) in edges_of(graph, "located_in")
    assert SAMPIT.value not in graph and PALANGKA.value not in graph
    with pytest.raises(KgError):
        filters.by_date(graph, since="2017-05-01", until="2017-04-01")
    with pytest.raises(KgError):
        filters.by_date(graph, since="1 April 2017")


def test_filter_region(store):
    graph = project(store, "full")
    filters.by_region(graph, "62.02")
    assert DINSOS.value in graph and KOTIM.value in graph and SAMPIT.value in graph
    assert PALANGKA.value not in graph and KALTENG.value not in graph
    assert BIMA.value in graph           # no region, linked to Dinsos
    graph = project(store, "full")
    filters.by_region(graph, "63")
    assert graph.number_of_nodes() == 0


def test_filter_ego(store):
    graph = project(store, "actors")
    small = filters.ego(graph, "dinsosnakertrans kotim", 1)    # an alias, any case
    together = {a for a, b in edges_of(graph, "co_mentioned") if b == DINSOS.value}
    together |= {b for a, b in edges_of(graph, "co_mentioned") if a == DINSOS.value}
    assert set(small) == {DINSOS.value, BIMA.value, SUPIAN.value} | together
    assert set(filters.ego(graph, DINSOS.value, 0)) == {DINSOS.value}
    assert PEMKAB.value in filters.ego(graph, "Bima Ekawardhana", 2)
    with pytest.raises(KgError, match="no node"):
        filters.ego(graph, "Nobody", 1)


def test_filter_min_weight(store):
    graph = project(store, "actors")
    filters.by_weight(graph, 2)
    assert {(d["relation"]) for *_, d in graph.edges(data=True)} == {
        "heads", "quoted_together", "co_mentioned"}
    assert all(d["weight"] >= 2 for *_, d in graph.edges(data=True))
    assert HOST.value not in graph and PEMKAB.value not in graph


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match="no store"):
        with open_store(tmp_path / "nothing"):
            pass
    assert not (tmp_path / "nothing").exists()


def test_store_written_by_kg_store(tmp_path):
    """The graph helper's own writer (KgStore + the founding-article sample)."""
    from kg.rdf.sample import founding_article, synthetic_article
    from kg.store.store import KgStore

    with KgStore.open(tmp_path / "store", write=True) as writer:
        writer.add_articles([founding_article(), synthetic_article(1), synthetic_article(2)])
    with open_store(tmp_path / "store") as store:
        graph = project(store, "actors")
        actors = count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) "
                              "WHERE { ?e a ?c VALUES ?c { foaf:Person org:Organization } }")
        heads = count(store, "SELECT (COUNT(*) AS ?n) "
                             "WHERE { SELECT DISTINCT ?p ?o { ?p org:headOf ?o } }")
        places = project(store, "places")
    assert graph.number_of_nodes() == actors
    assert len(edges_of(graph, "heads")) == heads == 3
    edge = edges_of(graph, "heads")[(ent("person/bima-ekawardhana").value,
                                     ent("organization/62.02/dinsosnakertrans").value)]
    assert (edge["weight"], edge["title"], edge["first_seen"]) == (1, "Kepala", "2017-06-22")
    sampit = places.nodes[ent("place/62.02.sampit").value]
    assert sampit["label"] == "Sampit" and sampit["mentions"] == 3
    assert (ent("place/62.02").value, KALTENG.value) in edges_of(places, "located_in")
