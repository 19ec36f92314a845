"""The on-disk store: idempotent rebuilds, entity-description merging, locking,
missing stores, and atomicity when a build is killed midway."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace

import pyoxigraph as ox
import pytest

from kg import vocab as V
from kg.errors import KgError
from kg.rdf.sample import DINSOS_FULL, founding_article, synthetic_article
from kg.store.store import KgStore

BASE = V.DEFAULT_BASE_IRI
DINSOS_KEY = "organization/62.02/dinsosnakertrans"
DINSOS = ox.NamedNode(str(V.entity_iri(BASE, DINSOS_KEY)))


def content(path) -> set[str]:
    with KgStore.open(path) as store:
        return {str(q) for q in store.ox}


def labels(store, node, prop):
    return sorted(q.object.value for q in store.ox.quads_for_pattern(
        node, ox.NamedNode(str(prop)), None, None))


def short_article(article_id, pref_label, aliases=()):
    """An article naming the agency only by a short form."""
    base = founding_article(article_id)
    entities = tuple(replace(e, pref_label=pref_label, aliases=aliases)
                     if e.key == DINSOS_KEY else e for e in base.entities)
    return replace(base, entities=entities)


def test_build_twice_gives_identical_store(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    articles = [founding_article()] + [synthetic_article(i) for i in range(5)]
    with KgStore.open(one, write=True) as store:
        first = store.add_articles(articles)
    with KgStore.open(two, write=True) as store:
        store.add_articles(articles)
        again = store.add_articles(articles)
    assert first.articles_added == 6 and first.quads_added > 1500 and first.quads_removed == 0
    assert again.articles_replaced == 6 and again.articles_added == 0
    assert again.quads_added == again.quads_removed == 0
    assert sorted(again.replaced_ids) == sorted(a.article.id for a in articles)
    with KgStore.open(one) as store:
        assert store.quad_count() == first.quads_added
    assert content(one) == content(two)


def test_rebuild_replaces_exactly_its_graph(tmp_path):
    path = tmp_path / "store"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article(), synthetic_article(1)])
        other = V.article_iri(BASE, "synthetic-000001")
        before = {str(q) for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(other)))}
        changed = replace(founding_article(), relations=())
        report = store.add_articles([changed])
        assert report.articles_replaced == 1
        after = {str(q) for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(other)))}
        assert before == after
        heads = list(store.query("SELECT DISTINCT * WHERE { ?p org:headOf ?o }"))   # article + corpus layer
        assert [r["p"].value for r in heads] == [str(V.entity_iri(BASE, "person/pejabat-1"))]


def test_entity_descriptions_merge_in_any_order(tmp_path):
    full = founding_article("a-full")
    short = short_article("b-short", "Dinsosnakertrans Kotim", ("Dinsos Kotim",))
    for name, order in (("ab", [full, short]), ("ba", [short, full])):
        with KgStore.open(tmp_path / name, write=True) as store:
            for article in order:
                store.add_articles([article])
            assert labels(store, DINSOS, V.PREF_LABEL) == [DINSOS_FULL]
            assert labels(store, DINSOS, V.ALT_LABEL) == [
                "Dinsos Kotim", "Dinsosnakertrans", "Dinsosnakertrans Kotim"]
    assert content(tmp_path / "ab") == content(tmp_path / "ba")


def test_labels_follow_when_an_article_is_rebuilt_without_them(tmp_path):
    with KgStore.open(tmp_path / "s", write=True) as store:
        store.add_articles([founding_article("a"), short_article("b", "Dinsos X", ("Dinsos Y",))])
        assert "Dinsos Y" in labels(store, DINSOS, V.ALT_LABEL)
        # article b rebuilt: it no longer mentions the agency at all
        b = founding_article("b")
        b = replace(b, entities=tuple(e for e in b.entities if e.key != DINSOS_KEY),
                    relations=(), events=(), mention_keys=())
        store.add_articles([b])
        assert labels(store, DINSOS, V.ALT_LABEL) == ["Dinsosnakertrans", "Dinsosnakertrans Kotim"]
        # every entity has exactly one prefLabel over the union of graphs
        rows = list(store.query(
            "SELECT ?e (COUNT(?l) AS ?n) WHERE { ?e skos:prefLabel ?l } GROUP BY ?e HAVING (?n != 1)"))
        assert rows == []


def test_regions_live_in_their_own_graph(tmp_path):
    with KgStore.open(tmp_path / "s", write=True) as store:
        store.add_articles([founding_article()])
        counts = store.graph_counts()
        regions = str(V.regions_graph(BASE))
        assert counts[regions] > 0
        kotim = ox.NamedNode(str(V.entity_iri(BASE, "place/62.02")))
        graphs = {q.graph_name.value for q in store.ox.quads_for_pattern(kotim, None, None, None)}
        assert graphs == {regions, str(V.merge_tally_graph(BASE))}   # + its description counts


def test_tallies_merge_like_all_descriptions(tmp_path):
    """Entities re-merged from tallies equal a merge over every stored description, after
    adds and replacements in any order (the store without tallies is the reference)."""
    from kg.rdf.entities import merge

    articles = [founding_article("a"), short_article("b", "Dinsos X", ("Dinsos Y",)),
                short_article("c", "Dinsosnakertrans Kotim")]
    with KgStore.open(tmp_path / "s", write=True) as store:
        for article in articles:
            store.add_articles([article])
        b = founding_article("b")
        store.add_articles([replace(b, entities=tuple(e for e in b.entities if e.key != DINSOS_KEY))])
        store.add_articles([short_article("c", "Dinas Sosial Kotim", ("Dinsos Z",))])
        tally = V.merge_tally_graph(BASE)
        entities = {q.subject.value for q in store.ox.quads_for_pattern(
            None, None, None, ox.NamedNode(str(tally)))}
        assert entities and DINSOS.value not in entities   # people and agencies: the linker merges
        for entity in entities:
            expected = merge(store._stored_descriptions(entity, exclude=set()))
            assert store._stored_tally(entity, ox.NamedNode(str(tally)), set(), {}).merged() == expected
        assert labels(store, DINSOS, V.PREF_LABEL) == [DINSOS_FULL]
        assert "Dinsos Z" in labels(store, DINSOS, V.ALT_LABEL)
        assert "Dinsos Y" not in labels(store, DINSOS, V.ALT_LABEL)


def test_second_writer_gets_a_clear_error(tmp_path):
    path = tmp_path / "s"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article()])
        with pytest.raises(KgError, match="already open for writing"):
            KgStore.open(path, write=True)
        with pytest.raises(KgError, match="being written"):
            KgStore.open(path)
    with KgStore.open(path) as reader:
        with pytest.raises(KgError, match="in use"):
            KgStore.open(path, write=True)
        assert reader.quad_count() > 0


def test_missing_store_and_non_store_directory(tmp_path):
    with pytest.raises(KgError, match="no store at"):
        KgStore.open(tmp_path / "nothing")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "file.txt").write_text("x")
    with pytest.raises(KgError, match="not a berita-kg store"):
        KgStore.open(tmp_path / "junk", write=True)


KILL_SCRIPT = textwrap.dedent("""
    import sys
    from kg.rdf.sample import synthetic_article
    from kg.store.store import KgStore

    class Announce:
        # forwards to the real store; says when the one big update starts
        def __init__(self, real):
            self.real = real
        def __getattr__(self, name):
            return getattr(self.real, name)
        def __len__(self):
            return len(self.real)
        def update(self, text):
            print("UPDATE", flush=True)
            self.real.update(text)
            print("DONE", flush=True)

    store = KgStore.open(sys.argv[1], write=True)
    store.ox = Announce(store.ox)
    store.add_articles([synthetic_article(i) for i in range(int(sys.argv[2]))])
""")


def test_killed_build_leaves_previous_store_unchanged(tmp_path):
    path = tmp_path / "s"
    with KgStore.open(path, write=True) as store:
        store.add_articles([founding_article()])
    before = content(path)
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(path), "600"],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "UPDATE"
        time.sleep(0.5)
        assert proc.poll() is None, "the update finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert content(path) == before
    with KgStore.open(path, write=True) as store:   # lock released, store writable
        store.add_articles([synthetic_article(1)])
        assert len(store.article_ids()) == 2
