"""A short name that fits two people is kept apart from both, and the doubt is in the graph."""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from kg.cli import main

TEXT = ("Ketua DPR Bambang Soesatyo bertemu mantan Wakil Ketua KPK Bambang Widjojanto di Jakarta, "
        "Jumat.\n\n\"Kami sepakat bekerja sama,\" kata Bambang.")


def test_ambiguous_short_name_becomes_candidate_links(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "amb-1", "title": "Dua Bambang", "date": "2017-09-01",
                                  "text": TEXT}) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(source), "--out", str(tmp_path)]).exit_code == 0
    result = runner.invoke(main, ["query", "--store", str(tmp_path / "store"), "--name", "candidate-links",
                                  "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {frozenset((r["aLabel"], r["bLabel"])) for r in rows} == {
        frozenset(("Bambang", "Bambang Soesatyo")), frozenset(("Bambang", "Bambang Widjojanto"))}
    assert all(0 < float(r["score"]) < 1 and r["reason"] for r in rows)
    people = runner.invoke(main, ["query", "--store", str(tmp_path / "store"), "--format", "csv",
                                  "SELECT ?l WHERE { ?p a foaf:Person ; skos:prefLabel ?l }"])
    assert {"Bambang", "Bambang Soesatyo", "Bambang Widjojanto"} <= set(people.output.splitlines()[1:])
    valid = runner.invoke(main, ["validate", str(tmp_path)])
    assert valid.exit_code == 0, valid.output
