"""`kg model` verbs on real BIO files with the shipped model."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.nlp.bio import read_bio
from tests.conftest import SHARED

DEV = SHARED / "ner" / "nerui.dev.bio"


def test_info_lists_labels_sizes_and_scores():
    result = CliRunner().invoke(main, ["model", "info"])
    assert result.exit_code == 0, result.output
    assert "labels: LOC, ORG, PER" in result.output
    assert "pretrain.pt:" in result.output and " MB" in result.output
    assert "dev idner2k.dev.bio:" in result.output


def test_tag_keeps_tokens_and_sentence_breaks(tmp_path):
    sentences = read_bio(DEV)[:25]
    source = tmp_path / "in.bio"
    # tokens only, no tag column: tagging must not need gold tags
    source.write_text("\n\n".join("\n".join(tokens) for tokens, _ in sentences) + "\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(main, ["model", "tag", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    tagged = read_bio(out)
    assert [tokens for tokens, _ in tagged] == [tokens for tokens, _ in sentences]
    assert any(tag != "O" for _, tags in tagged for tag in tags)
    # - is stdin and stdout
    piped = CliRunner().invoke(main, ["model", "tag", "-", "-o", "-"],
                               input=source.read_text(encoding="utf-8"))
    assert piped.exit_code == 0 and piped.output == out.read_text(encoding="utf-8")
    assert not Path("-").exists()


def test_evaluate_prints_per_type_and_micro():
    result = CliRunner().invoke(main, ["model", "evaluate", str(DEV)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()[2:] if line.strip()}
    assert set(lines) == {"LOC", "ORG", "PER", "micro"}
    assert 60 < float(lines["micro"][2]) <= 100


def test_bad_bio_file_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.bio"
    bad.write_text("Jakarta\tB-LOC\nkota\tX-LOC\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["model", "evaluate", str(bad)])
    assert result.exit_code != 0
    assert "bad.bio:2: bad tag 'X-LOC'" in result.output
    assert "Traceback" not in result.output


def test_train_a_tiny_model_and_use_it(tmp_path):
    train = tmp_path / "train.bio"
    dev = tmp_path / "dev.bio"
    sentences = read_bio(SHARED / "ner" / "nerui.train.bio")
    for path, part in ((train, sentences[:60]), (dev, sentences[60:80])):
        path.write_text("\n\n".join("\n".join(f"{t}\t{g}" for t, g in zip(*s)) for s in part) + "\n",
                        encoding="utf-8")
    out = tmp_path / "model"
    result = CliRunner().invoke(main, ["model", "train", "--train", str(train), "--dev", str(dev),
                                       "--out", str(out), "--max-steps", "6", "--hidden-dim", "16"])
    assert result.exit_code == 0, result.output
    assert {"ner.pt", "pretrain.pt", "model.json", "resources.json"} <= {p.name for p in out.iterdir()}
    info = CliRunner().invoke(main, ["model", "info", "--ner-model", str(out)])
    assert info.exit_code == 0 and "hidden_dim=16" in info.output
