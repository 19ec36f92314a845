"""Corpus-level linking on real IndoSum articles: one node per person across articles, hard
negatives kept apart, incremental adds equal to a full build, manual decisions, evidence."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from conftest import FOUNDING, SHARED
from kg.cli import main

IDS = [
    "indosum-1475951457-perkuat-kerja-sama-menlu-uruguay-akan-sambangi-ind",   # Retno LP Marsudi
    "indosum-1505213757-krisis-kemanusiaan-myanmar-akan-dibahas-para-menlu",   # Retno LP Marsudi
    "indosum-1499545500-indonesia-dan-australia-sepakat-tingkatkan-perdaga",   # Retno Marsudi, Sri Mulyani Indrawati
    "indosum-1491293710-300-tki-disekap-di-riyadh",                            # Retno Marsudi
    "indosum-1517514780-zumi-zola-resmi-dicekal-kpk",                          # Zumi Zola Zulkifli
    "indosum-1517684400-zumi-zola-jadi-tersangka-kpk-sita-dolar-di-rumah-d",   # Zumi Zola
    "indosum-1517275800-usai-dari-bangladesh-jokowi-lanjutkan-kunjungan-ke",   # Jokowi, Iriana
    "indosum-1518941700-bus-rombongan-walikota-bogor-bima-arya-dilempari-d",   # Bima Arya
    "indosum-1519195500-persiapan-pilpres-zulkifli-hasan-temui-jokowi-dan-",   # Zulkifli Hasan, Jokowi
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("link")
    wanted = set(IDS)
    rows = [line for line in (SHARED / "news" / "indosum_dev.jsonl").open(encoding="utf-8")
            if json.loads(line)["id"] in wanted]
    assert len(rows) == len(IDS)
    first, second = root / "first.jsonl", root / "second.jsonl"
    first.write_text("".join(rows[::2]), encoding="utf-8")
    second.write_text("".join(rows[1::2]), encoding="utf-8")
    runner = CliRunner()
    whole = root / "whole"
    built = runner.invoke(main, ["build", str(first), str(second), str(FOUNDING), "--out", str(whole)])
    assert built.exit_code == 0, built.output
    steps = root / "steps"
    for part in (second, FOUNDING, first):      # another order, in three builds
        built = runner.invoke(main, ["build", str(part), "--out", str(steps)])
        assert built.exit_code == 0, built.output
    return {"whole": whole / "store", "steps": steps / "store", "root": root}


def query(store, sparql):
    result = CliRunner().invoke(main, ["query", "--store", str(store), "--format", "csv", sparql])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def canonical(store, name):
    """The canonical entity every description labelled `name` points to."""
    rows = query(store, f"""SELECT DISTINCT ?c WHERE {{
        ?d a bkg:EntityDescription ; bkg:prefLabel|bkg:altLabel "{name}" ; bkg:canonical ?c }}""")
    return {r["c"] for r in rows}


def clusters(store):
    rows = query(store, """SELECT ?m ?c WHERE { GRAPH <https://w3id.org/berita-kg/graph/entities> {
        ?m owl:sameAs ?c } }""")
    return {(r["m"], r["c"]) for r in rows}


def test_name_variants_are_one_node(corpus):
    store = corpus["whole"]
    for names in (("Retno LP Marsudi", "Retno Marsudi"), ("Zumi Zola Zulkifli", "Zumi Zola")):
        found = set().union(*(canonical(store, n) for n in names))
        assert len(found) == 1, (names, found)
    retno = canonical(store, "Retno Marsudi").pop()
    labels = query(store, f"SELECT ?l WHERE {{ <{retno}> skos:prefLabel ?l }}")
    # exactly one prefLabel: the name the articles use most for the canonical member
    assert len(labels) == 1 and labels[0]["l"] in ("Retno Marsudi", "Retno LP Marsudi")
    same = query(store, f"SELECT ?m WHERE {{ ?m owl:sameAs <{retno}> }}")
    assert same, "the other IRIs point to the canonical one"


def test_hard_negatives_stay_apart(corpus):
    store = corpus["whole"]
    for a, b in (("Bima Arya", "Bima Ekawardhana"), ("Iriana Joko Widodo", "Joko Widodo"),
                 ("Zulkifli Hasan", "Zumi Zola Zulkifli")):
        ca, cb = canonical(store, a), canonical(store, b)
        if ca and cb:
            assert not ca & cb, (a, b)


def test_incremental_adds_equal_one_build(corpus):
    assert clusters(corpus["steps"]) == clusters(corpus["whole"])
    relinked = CliRunner().invoke(main, ["link", "--store", str(corpus["steps"])])
    assert relinked.exit_code == 0, relinked.output
    assert "0 members changed canonical entity" in relinked.output


def test_why_linked_finds_the_entity_by_a_member_iri(corpus):
    """The canonical entity's bkg:searchName holds its members' IRIs and keys too."""
    rows = query(corpus["whole"], """SELECT ?m ?c WHERE { GRAPH <https://w3id.org/berita-kg/graph/entities> {
        ?m owl:sameAs ?c } } LIMIT 1""")
    member, canonical = rows[0]["m"], rows[0]["c"]
    for given in (member, member.upper(), member.split("berita-kg/", 1)[1]):
        result = CliRunner().invoke(main, ["query", "--store", str(corpus["whole"]), "--name", "why-linked",
                                           "--param", f"entity={given}", "--format", "csv"])
        assert result.exit_code == 0, result.output
        found = {r["canonical"] for r in csv.DictReader(io.StringIO(result.output))}
        assert found == {canonical}, (given, found)


def test_why_linked_gives_score_and_reasons(corpus):
    result = CliRunner().invoke(main, ["query", "--store", str(corpus["whole"]), "--name", "why-linked",
                                       "--param", "entity=Zumi Zola", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    auto = [r for r in rows if r["decision"] == "auto"]
    assert auto and all(0.5 < float(r["score"]) <= 1 for r in auto)
    assert any("name:" in r["reasons"] for r in auto)


def test_canonical_entity_indexes_its_members_articles_and_quotes(corpus):
    for store in (corpus["whole"], corpus["steps"]):
        retno = canonical(store, "Retno Marsudi").pop()
        indexed = {r["a"] for r in query(store, f"""SELECT ?a WHERE {{
            GRAPH <https://w3id.org/berita-kg/graph/corpus> {{ <{retno}> bkg:mentionedIn ?a }} }}""")}
        mentioning = {r["a"] for r in query(store, f"""SELECT DISTINCT ?a WHERE {{
            {{ BIND(<{retno}> AS ?m) }} UNION {{ ?m owl:sameAs <{retno}> }}
            GRAPH ?a {{ ?a schema:mentions ?m }} }}""")}
        assert len(mentioning) >= 4 and indexed == mentioning
        counted = query(store, f"""SELECT ?n WHERE {{
            GRAPH <https://w3id.org/berita-kg/graph/corpus> {{ <{retno}> bkg:quoteCount ?n }} }}""")
        quotes = query(store, f"""SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE {{
            {{ BIND(<{retno}> AS ?m) }} UNION {{ ?m owl:sameAs <{retno}> }}
            GRAPH ?a {{ ?q a schema:Quotation ; schema:creator ?m }} }}""")
        assert int(quotes[0]["n"]) >= 2 and [r["n"] for r in counted] == [quotes[0]["n"]]


def test_tenure_has_first_and_last_dates(corpus):
    rows = query(corpus["whole"], """SELECT ?org ?b ?e WHERE {
        ?p skos:prefLabel "Zumi Zola Zulkifli" . ?t a bkg:Tenure ; org:member ?p ; org:organization ?o ;
           org:memberDuring ?i . ?o skos:prefLabel ?org .
        ?i time:hasBeginning/time:inXSDDate ?b ; time:hasEnd/time:inXSDDate ?e }""")
    assert rows and rows[0]["b"] <= rows[0]["e"]
    assert any("Jambi" in r["org"] for r in rows)
    # the same dates, and the role's label, directly on every tenure (one lookup for queries)
    rows = query(corpus["whole"], """SELECT ?t ?b ?e ?start ?end ?label ?name WHERE {
        GRAPH <https://w3id.org/berita-kg/graph/corpus> { ?t a bkg:Tenure
          OPTIONAL { ?t org:memberDuring ?i . ?i time:hasBeginning/time:inXSDDate ?b ; time:hasEnd/time:inXSDDate ?e }
          OPTIONAL { ?t schema:startDate ?start } OPTIONAL { ?t schema:endDate ?end }
          OPTIONAL { ?t org:role ?r } OPTIONAL { ?t schema:roleName ?name } }
        OPTIONAL { GRAPH <https://w3id.org/berita-kg/graph/entities> { ?r skos:prefLabel ?label } } }""")
    assert len(rows) > 10 and any(r["name"] for r in rows) and any(r["start"] for r in rows)
    for r in rows:
        assert (r["start"], r["end"], r["name"]) == (r["b"], r["e"], r["label"]), r


def test_manual_decisions_are_honoured(corpus, tmp_path):
    decisions = tmp_path / "links.tsv"
    decisions.write_text("# split and join by hand\ncannot-link\tRetno LP Marsudi\tRetno Marsudi\n"
                         "must-link\tBima Arya\tBima Ekawardhana\n", encoding="utf-8")
    store = corpus["root"] / "manual"
    import shutil
    shutil.copytree(corpus["whole"], store)
    (store / "berita-kg.lock").unlink(missing_ok=True)
    result = CliRunner().invoke(main, ["link", "--store", str(store), "--decisions", str(decisions)])
    assert result.exit_code == 0, result.output
    assert canonical(store, "Retno LP Marsudi") != canonical(store, "Retno Marsudi")
    assert canonical(store, "Bima Arya") == canonical(store, "Bima Ekawardhana")
    bad = tmp_path / "bad.tsv"
    bad.write_text("maybe\tA\tB\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["link", "--store", str(store), "--decisions", str(bad)])
    assert result.exit_code != 0 and f"{bad}:1:" in result.output


def test_unlinked_batches_are_marked_and_linked_later(tmp_path):
    """A batch stored without linking (a build killed before its link step) stays marked
    pending; link_pending() then gives the same store as linking at once."""
    from kg.rdf.sample import founding_article
    from kg.store.store import KgStore

    def dump(store):
        return sorted(str(q) for q in store.ox)

    with KgStore.open(tmp_path / "now", write=True) as store:
        store.add_articles([founding_article()])
        linked_at_once = dump(store)
    with KgStore.open(tmp_path / "later", write=True) as store:
        store.add_articles([founding_article()], link=False)
        pending = list(store.query("SELECT ?e WHERE { ?e bkg:pendingLink true }"))
        assert pending and not list(store.query("SELECT ?e WHERE { ?e owl:sameAs ?c }"))
        assert store.link_pending().records > 0
        assert dump(store) == linked_at_once
        assert not list(store.query("SELECT ?e WHERE { ?e bkg:pendingLink true }"))


def test_full_relink_in_chunks_equals_one_pass_and_survives_a_crash(corpus, tmp_path, monkeypatch,
                                                                     chunk_write_dies):
    """A full re-link writes the layer a chunk of clusters at a time (bounded memory): any
    chunk size, and scoring in a file-backed DuckDB, give the same store, and one killed between chunks is finished, as a full
    re-link, by the next link_pending()."""
    import shutil

    import kg.link.full
    from kg.store.store import KgStore

    def relinked(name, chunk, spill=10**9):
        path = tmp_path / name
        shutil.copytree(corpus["whole"], path)
        monkeypatch.setattr(kg.link.full, "CHUNK", chunk)
        monkeypatch.setattr(kg.link.full, "WRITE_CHUNK", chunk)
        monkeypatch.setattr(kg.link.full, "SPILL_RECORDS", spill)
        with KgStore.open(path, write=True) as store:
            report = store.relink()
            return sorted(str(q) for q in store.ox), report

    one_pass, report = relinked("one", 100_000)
    chunked, chunked_report = relinked("chunked", 7, spill=1)   # DuckDB on disk, in a memory limit
    assert chunked == one_pass and chunked_report.records == report.records > 20

    path = tmp_path / "crashed"
    shutil.copytree(corpus["whole"], path)
    monkeypatch.setattr(kg.link.full, "CHUNK", 7)
    monkeypatch.setattr(kg.link.full, "WRITE_CHUNK", 7)
    chunk_write_dies(3)
    with KgStore.open(path, write=True) as store:
        with pytest.raises(KeyboardInterrupt):
            store.relink()
    chunk_write_dies.restore()
    with KgStore.open(path, write=True) as store:
        assert kg.link.full.interrupted(store.ox, "https://w3id.org/berita-kg/")
        assert store.link_pending().records == report.records
        assert sorted(str(q) for q in store.ox) == one_pass


def test_person_blocking_pairs_are_found_by_stored_keys():
    """Person blocking has no single-word key: "Ahmad Dani" and "Ahmad Basuki" are no candidate
    pair, "Ahmad" (one word) is one with both. Every pair Splink scores in a full link is found
    by an incremental update through the stored keys (lookup_keys of one, stored_keys of the
    other, both ways), so incremental linking equals a full re-link."""
    from kg.link import features, model
    from kg.link.types import LinkRecord

    names = ["ahmad", "ahmad dani", "ahmad basuki", "dani ahmad", "basuki", "song song", "song hye kyo",
             "kim yong min", "kim min yong", "irzan aditya", "irzan raditya", "aruf amin", "maruf amin",
             "budi santoso", "budi"]
    records = [LinkRecord(f"https://x/person/{i}", f"person/{n.replace(' ', '-')}", "person", (n,), ("a",))
               for i, n in enumerate(names)]
    rows = features.rows(records, "person")
    assert not any(k.startswith("s:") for r in rows for k in r["bk"])
    pairs = model.linker(rows, "person").inference.predict().as_record_list()
    by_id = {r["unique_id"]: r for r in rows}
    found = {frozenset((by_id[p["unique_id_l"]]["name"], by_id[p["unique_id_r"]]["name"])) for p in pairs}
    for a, b in (("ahmad", "ahmad dani"), ("ahmad", "ahmad basuki"), ("ahmad", "dani ahmad"),
                 ("basuki", "ahmad basuki"), ("song song", "song hye kyo"), ("kim yong min", "kim min yong"),
                 ("irzan aditya", "irzan raditya"), ("aruf amin", "maruf amin"), ("budi", "budi santoso"),
                 ("ahmad dani", "dani ahmad")):
        assert frozenset((a, b)) in found, (a, b)
    for a, b in (("ahmad dani", "ahmad basuki"), ("ahmad", "budi"), ("ahmad", "basuki")):
        assert frozenset((a, b)) not in found, (a, b)
    for p in pairs:
        left, right = by_id[p["unique_id_l"]], by_id[p["unique_id_r"]]
        assert set(features.lookup_keys(left)) & set(features.stored_keys(right)), p
        assert set(features.lookup_keys(right)) & set(features.stored_keys(left)), p


def test_store_with_old_person_keys_is_relinked_in_full(corpus, tmp_path):
    """A store linked before the word keys (no `w:`/`p:` block keys) cannot find today's pairs
    by index: its first incremental update re-links everything, giving the full link's quads."""
    import shutil

    import pyoxigraph as ox

    from kg import vocab as V
    from kg.store.store import KgStore

    path = tmp_path / "old"
    shutil.copytree(corpus["whole"], path)
    with KgStore.open(path, write=True) as store:
        full = sorted(str(q) for q in store.ox)
        links = ox.NamedNode(V.links_graph("https://w3id.org/berita-kg/"))
        words = [q for q in store.ox.quads_for_pattern(None, ox.NamedNode(V.BLOCK_KEY), None, links)
                 if q.object.value.startswith(("w:", "p:"))]
        assert words
        for q in words:
            store.ox.remove(q)
        person = next(q.subject.value for q in words)
        report = store.relink(seeds={person})
        assert report.records > 20
        assert sorted(str(q) for q in store.ox) == full


def test_store_linked_before_search_words_is_relinked_in_full(corpus, tmp_path):
    """A store whose organisations have no bkg:searchWords (linked before them) gets them for
    every canonical organisation at its next incremental update: the full link's quads."""
    import shutil

    import pyoxigraph as ox

    from kg import vocab as V
    from kg.store.store import KgStore

    path = tmp_path / "old"
    shutil.copytree(corpus["whole"], path)
    with KgStore.open(path, write=True) as store:
        full = sorted(str(q) for q in store.ox)
        words = list(store.ox.quads_for_pattern(None, ox.NamedNode(V.SEARCH_WORDS), None, None))
        assert len({q.subject for q in words}) > 10
        for q in words:
            store.ox.remove(q)
        person = next(q.subject.value for q in store.ox.quads_for_pattern(
            None, ox.NamedNode(V.TYPE), ox.NamedNode(V.PERSON), None))
        report = store.relink(seeds={person})
        assert report.records > 20
        assert sorted(str(q) for q in store.ox) == full


def test_agencies_are_found_by_words_and_word_starts(corpus):
    """agencies-by-alias looks up bkg:searchWords: runs of whole words of any name, or the
    first letters of one word, case and punctuation ignored; only canonical organisations."""
    def found(alias):
        result = CliRunner().invoke(main, ["query", "--store", str(corpus["whole"]), "--name",
                                           "agencies-by-alias", "--param", f"alias={alias}", "--format", "csv"])
        assert result.exit_code == 0, result.output
        return {r["prefLabel"] for r in csv.DictReader(io.StringIO(result.output))}

    kpk = found("KPK")
    assert "Komisi Pemberantasan Korupsi" in kpk
    assert found("kpk") == kpk
    assert found("Pemberantasan, Korupsi!") >= {"Komisi Pemberantasan Korupsi"}
    assert found("Pemberan") >= {"Komisi Pemberantasan Korupsi"}       # a word's first letters
    assert not found("Korupsi Pemberantasan") & {"Komisi Pemberantasan Korupsi"}   # words in order
    assert not found("emberantasan")                                      # not inside a word
    members = {r["m"] for r in query(corpus["whole"], """SELECT ?m WHERE { GRAPH
        <https://w3id.org/berita-kg/graph/entities> { ?m owl:sameAs ?c ; a org:Organization } }""")}
    rows = CliRunner().invoke(main, ["query", "--store", str(corpus["whole"]), "--name", "agencies-by-alias",
                                     "--param", "alias=", "--format", "csv"]).output
    assert not members & {r["org"] for r in csv.DictReader(io.StringIO(rows))}
