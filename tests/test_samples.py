"""The bundled sample corpus, as `make demo` builds it: builds, validates against the SHACL
shapes, and answers the demo's heads query."""
from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from kg.cli import main


def test_samples_build_validate_and_answer(samples_build):
    tmp_path, output = samples_build
    runner = CliRunner()
    assert "articles: 31" in output
    valid = runner.invoke(main, ["validate", str(tmp_path)])
    assert valid.exit_code == 0 and " 0 violations" in valid.output, valid.output
    answer = runner.invoke(main, ["query", "--store", str(tmp_path / "store"), "--name", "heads-brief",
                                  "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(answer.output)))
    assert len(rows) > 20
    assert {"person": "Bima Ekawardhana", "title": "Kepala",
            "organization": "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim"}.items() <= next(
        r for r in rows if r["person"] == "Bima Ekawardhana").items()
