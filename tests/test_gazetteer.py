"""The shipped gazetteer: regions, capitals, short names, and context-based choice."""
import gzip
import time
from pathlib import Path

from kg.resolve.gazetteer import DATA_DIR, gazetteer
from kg.resolve.places import Context, choose, region_entities


def codes(name, **kw):
    return [(a.region.code, a.region.kind) for a in gazetteer().lookup(name, **kw)]


def test_shipped_without_shared_data():
    g = gazetteer()
    assert len(g) == 91599
    assert sum(p.stat().st_size for p in Path(DATA_DIR).iterdir()) < 2_000_000
    for name in ("LICENSE-wilayah.txt", "LICENSE-areaid.txt", "README.md"):
        assert (Path(DATA_DIR) / name).exists()
    with gzip.open(DATA_DIR / "wilayah.tsv.gz", "rt", encoding="utf-8") as f:
        assert f.readline().startswith("11\tAceh\tP")


def test_regency_name_variants():
    expected = [("62.02", "kabupaten")]
    for name in ("Kotim", "Kabupaten Kotawaringin Timur", "Kotawaringin Timur",
                 "Kab. Kotawaringin Timur", "kabupaten  kotawaringin timur"):
        assert codes(name) == expected, name


def test_province_short_names():
    assert codes("Kalteng") == [("62", "provinsi")]
    assert codes("Kalimantan Tengah") == [("62", "provinsi")]
    assert codes("Jatim") == [("35", "provinsi")]
    assert codes("DKI Jakarta") == [("31", "provinsi")]
    assert codes("Jakarta") == [("31", "provinsi")]


def test_spacing_and_city_names():
    assert codes("Palangka Raya") == codes("Palangkaraya") == [("62.71", "kota")]
    assert codes("Kota Sampit") == [("62.02", "ibukota")]   # a capital, not a Kota region
    assert codes("Kabupaten Sampit") == []


def test_sampit_is_a_capital_and_a_kelurahan():
    assert codes("Sampit") == [("62.02", "ibukota"), ("61.04.16.1004", "kelurahan")]
    g = gazetteer()
    assert [r.code for r in g.chain(g.get("61.04.16.1004"))] == \
        ["61.04.16.1004", "61.04.16", "61.04", "61"]


def test_weak_and_dropped_short_names():
    assert [w for w in (a.weak for a in gazetteer().lookup("Mura")) if w] == [True, True]
    assert codes("Mura", strong_only=True) == [("52.07.07.2001", "desa")]  # a village name only
    assert codes("KTT") == []          # summit, not Tana Tidung


def context(text):
    ctx = Context(gazetteer())
    ctx.scan(text)
    return ctx


def test_sampit_with_and_without_context():
    g = gazetteer()
    kalteng = choose(g, "Sampit", context("Sampit (Antara Kalteng) - Puluhan pekerja"))
    assert (kalteng.code, kalteng.kind) == ("62.02", "ibukota")
    alone = choose(g, "Sampit", context("Warga Sampit antusias."))
    assert (alone.code, alone.kind) == ("62.02", "ibukota")   # capital beats a homonym village
    kalbar = choose(g, "Sampit", context("Banjir melanda Sampit, Kabupaten Ketapang, Kalbar."))
    assert (kalbar.code, kalbar.kind) == ("61.04.16.1004", "kelurahan")


def test_villages_need_context_and_ties_stay_unresolved():
    g = gazetteer()
    assert choose(g, "Baamang", context("Warga Baamang")) is None
    assert choose(g, "Baamang", context("Warga Baamang, Kotim")).code == "62.02.05"
    assert choose(g, "Bogor", context("Hujan di Bogor")) is None      # kabupaten or kota
    assert choose(g, "Bogor", context("Hujan di Bogor, Kabupaten Bogor")).code == "32.01"
    assert choose(g, "Mura", context("Banjir di Mura")) is None        # weak alias, no province
    assert choose(g, "Mura", context("Banjir di Mura, Kalteng")).code == "62.12"


def test_person_name_is_not_regency_context():
    ctx = context("kata Bima Ekawardhana")
    assert "52.06" not in ctx.sources and "52.72" not in ctx.sources


def test_region_entities_chain():
    g = gazetteer()
    ents = region_entities(g, g.capital("62.02"), {"Kota Sampit"})
    assert [(e.key, e.located_in) for e in ents] == [
        ("place/62.02/sampit", "place/62.02"), ("place/62.02", "place/62"), ("place/62", None)]
    assert ents[0].aliases == ("Kota Sampit",)
    assert "Kotim" in ents[1].aliases and ents[1].pref_label == "Kabupaten Kotawaringin Timur"
    assert ents[2].aliases == ("Kalteng",)


def test_lookup_speed():
    g = gazetteer()
    start = time.perf_counter()
    for _ in range(2000):
        g.lookup("Kabupaten Kotawaringin Timur")
        g.lookup("Sampit")
    per_lookup = (time.perf_counter() - start) / 4000
    assert per_lookup < 0.0005
