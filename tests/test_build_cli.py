"""`kg build` end to end on real articles: outputs, summary, bad input handling."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main
from tests.conftest import FOUNDING


def test_build_founding_article_writes_mentions(tmp_path):
    result = CliRunner().invoke(main, ["build", str(FOUNDING), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.output
    text = FOUNDING.read_text(encoding="utf-8").split("\n", 1)[1]
    records = [json.loads(line) for line in (tmp_path / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"text": "Bima Ekawardhana", "type": "PER"}.items() <= next(
        r for r in records if r["text"] == "Bima Ekawardhana").items()
    for record in records:
        assert text[record["start"]:record["end"]] == record["text"]


def test_bad_input_fails_and_keeps_earlier_output(tmp_path):
    good = CliRunner().invoke(main, ["build", str(FOUNDING), "--out", str(tmp_path)])
    assert good.exit_code == 0
    before = (tmp_path / "mentions.jsonl").read_bytes()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "title": "t", "text": "Bupati Kotim"}\n{"id": "b", "text": \n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(bad), "--out", str(tmp_path)])
    assert result.exit_code != 0
    assert "bad.jsonl:2" in result.output and "Traceback" not in result.output
    assert (tmp_path / "mentions.jsonl").read_bytes() == before


def test_skip_bad_reports_and_goes_on(tmp_path):
    bad = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": "ok", "title": "Bupati", "text": "Bupati Kotim Halikinnor meresmikan pasar di Sampit."}),
             "[1, 2]", json.dumps({"id": "no-text", "title": "x"})]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(bad), "--out", str(tmp_path / "out"), "--skip-bad"])
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.output and "skipped bad records: 2" in result.output
    assert "mixed.jsonl:2" in result.output and "mixed.jsonl:3" in result.output


def test_stdin_jsonl(tmp_path):
    record = json.dumps({"id": "s1", "title": "t", "date": "2017-07-27",
                         "text": "Wali Kota Palangka Raya Fairid Naparin membuka rapat di Palangka Raya."})
    result = CliRunner().invoke(main, ["build", "-", "--out", str(tmp_path)], input=record + "\n")
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.output


def test_nothing_usable_fails_and_keeps_earlier_output(tmp_path):
    good = CliRunner().invoke(main, ["build", str(FOUNDING), "--out", str(tmp_path)])
    assert good.exit_code == 0
    before = {name: (tmp_path / name).read_bytes() for name in ("mentions.jsonl", "facts.jsonl")}
    bad = tmp_path / "all-bad.jsonl"
    bad.write_text("[1]\n{\"id\": \"x\"}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(bad), "--out", str(tmp_path), "--skip-bad"])
    assert result.exit_code != 0
    assert "no articles to build" in result.output and "2 bad records skipped" in result.output
    assert {name: (tmp_path / name).read_bytes() for name in before} == before


def test_outputs_are_ordinary_readable_files(tmp_path):
    import os
    import stat

    result = CliRunner().invoke(main, ["build", str(FOUNDING), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    mask = os.umask(0)
    os.umask(mask)
    for name in ("mentions.jsonl", "entities.jsonl", "facts.jsonl"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~mask


def test_bad_input_is_reported_before_the_model_loads(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    empty_model_dir = tmp_path / "no-model"
    empty_model_dir.mkdir()
    result = CliRunner().invoke(main, ["build", str(bad), "--out", str(tmp_path / "out"),
                                       "--ner-model", str(empty_model_dir)])
    assert result.exit_code != 0
    assert "bad.jsonl:1" in result.output and "NER model" not in result.output
