"""The query page and entity pages of `kg serve`, in a real headless Chromium (loopback only)."""
from __future__ import annotations

import urllib.parse

import pytest

from kg import vocab as V
from kg.store.library import list_queries
from tests.browser import CHROMIUM, Browser, run_library_query
from tests.conftest import MENTION_IRI
from tests.test_store_serve import get

BIMA = V.DEFAULT_BASE_IRI + "person/bima-ekawardhana"


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "the page tests need Debian's chromium (make system-deps installs it)"
    b = Browser()
    try:
        yield b
    finally:
        b.close()


def test_query_page_runs_a_library_query_and_links_entities(endpoint, browser):
    browser.goto(endpoint[0] + "/")
    names = browser.wait_for("Object.values(window.kgYasgui._tabs).map(t => t.name())")
    assert sorted(names) == sorted(q.name for q in list_queries())
    rows = run_library_query(browser, "heads")
    assert len(rows) == 1 and "Bima Ekawardhana" in rows[0]
    assert any("Pelatihan keterampilan ini" in cell for cell in rows[0])
    links = browser.evaluate("[...document.querySelectorAll('.yasr a.iri')].map(a => a.href)")
    entity = endpoint[0] + "/entity?iri=" + urllib.parse.quote(BIMA, safe="")
    assert entity in links
    browser.goto(entity)
    text = browser.evaluate("document.body.innerText")
    assert "Bima Ekawardhana" in text and "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim" in text
    assert "kata Kepala Dinas Sosial" in text   # the sentence behind the fact
    elsewhere = [u for u in browser.requested if not u.startswith((endpoint[0], "data:", "blob:"))]
    assert browser.requested and not elsewhere, elsewhere   # offline: nothing from other hosts


def test_entity_page_follows_same_as(endpoint):
    status, _, body = get(endpoint[0] + "/entity?" + urllib.parse.urlencode({"iri": MENTION_IRI}))
    page = body.decode()
    assert status == 200 and "<h1>Bima Ekawardhana</h1>" in page   # the canonical's label
    assert "org:headOf" in page and "kata Kepala Dinas Sosial" in page
    assert get(endpoint[0] + "/entity?iri=not%20an%20iri")[0] == 400


def test_page_assets_are_shipped_with_licences(endpoint):
    status, _, page = get(endpoint[0] + "/")
    assert status == 200 and b"/static/yasgui/yasgui.min.js" in page and b"//cdn" not in page
    status, _, licences = get(endpoint[0] + "/static/yasgui/LICENSES.txt")
    assert status == 200 and b"MIT License" in licences and b"codemirror" in licences
