"""docs/API.md is a notebook: its ```python blocks run here in order, in a temp
directory, with the real model; then the API's own promises are checked."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "API.md"


def blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


@pytest.fixture(scope="module")
def notebook(tmp_path_factory, monkeypatch_module):
    work = tmp_path_factory.mktemp("api")
    monkeypatch_module.chdir(work)
    namespace: dict = {}
    for index, code in enumerate(blocks()):
        exec(compile(code, f"{DOC.name} block {index + 1}", "exec"), namespace)
    return work, namespace


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_every_block_runs(notebook):
    work, namespace = notebook
    assert len(blocks()) >= 5
    store = namespace["store"]
    assert store.summary.articles == 2 and len(store.articles()) == 2
    assert (work / "actors.gexf").stat().st_size > 0 and (work / "graph.trig").stat().st_size > 0
    assert len(namespace["quads"]) == sum(store.counts().values())
    frame = namespace["frame"]
    assert "Bima Ekawardhana" in set(frame["personLabel"])


def test_values_are_python_and_reopening_works(notebook):
    import datetime as dt

    import kg

    work, _ = notebook
    store = kg.open_store(work / "output")
    rows = store.query_named("timeline", name="Supian Hadi")
    assert rows and rows[0]["date"] == dt.date(2017, 7, 3) and isinstance(rows[0]["quotes"], int)
    assert store.query_named("heads", agency=None) == store.query_named("heads")
    with pytest.raises(kg.api.KgError, match="no parameter"):
        store.query_named("heads", region="62")


def test_import_kg_stays_light():
    code = "import sys, kg; kg.__version__; print(sorted(m for m in ('torch', 'stanza', 'rdflib', 'pyoxigraph') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_kg_build_stays_callable_after_the_build_module_is_imported():
    # kg.build() imports the build pipeline; a submodule named `build` used to replace the
    # function on the package, so a second kg.build() call in one session raised TypeError
    import importlib
    import kg
    importlib.import_module("kg.builder")
    importlib.import_module("kg.cli.build")
    assert callable(kg.build) and kg.build.__module__ == "kg.api"
