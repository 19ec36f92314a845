"""`kg build --dask`: a real LocalCluster (2 worker processes, 1 thread each, 127.0.0.1)
gives the same store and outputs as a build in this process."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SHARED

NEWS = SHARED / "news" / "indosum_dev.jsonl"


def canonical(store):
    from kg.store.store import KgStore

    with KgStore.open(store) as opened:
        return sorted(str(q) for q in opened.ox)


def test_dask_build_equals_a_serial_build(tagger, tmp_path):
    distributed = pytest.importorskip("distributed")
    from kg.builder import build

    source = tmp_path / "in.jsonl"
    with NEWS.open(encoding="utf-8") as lines:
        source.write_text("".join(line for _, line in zip(range(10), lines)), encoding="utf-8")
    build([str(source)], tmp_path / "serial", tagger=tagger)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, worker_dashboard_address=None) as cluster:
        result = CliRunner().invoke(main, ["build", str(source), "--out", str(tmp_path / "dask"),
                                           "--dask", cluster.scheduler_address, "--batch-size", "4"])
        assert result.exit_code == 0, result.output
        with distributed.Client(cluster.scheduler_address) as client:   # the plugin loaded the model on each worker
            assert all(client.run(lambda: __import__("kg.distributed").distributed._tagger is not None).values())
    assert "10 articles added" in result.output
    assert canonical(tmp_path / "dask" / "store") == canonical(tmp_path / "serial" / "store")
    for name in ("mentions.jsonl", "entities.jsonl", "facts.jsonl"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes()


def test_unreachable_scheduler_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    source = tmp_path / "a.txt"
    source.write_text("Judul\nBupati Kotim meresmikan pasar di Sampit.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(source), "--out", str(tmp_path / "o"),
                                       "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code != 0
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output
