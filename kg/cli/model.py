"""`kg model`: inspect, run, evaluate and train the Stanza NER model."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

MODEL_OPTION = click.option(
    "--ner-model", envvar="KG_NER_MODEL", type=click.Path(exists=True),
    help="Model directory or .pt file (default: the shipped model; env KG_NER_MODEL).")


@click.group()
def model():
    """The NER model: info, tag, evaluate, train.

    \b
    Examples:
      kg model info
      kg model tag sentences.bio -o tagged.tsv
      kg model evaluate ../shared/data/ner/idner2k.dev.bio
      kg model train --train a.bio,b.bio --dev c.bio --out my-model/
    """


@model.command()
@MODEL_OPTION
def info(ner_model):
    """Print the model in use, its labels, file sizes and dev scores."""
    from kg.nlp.ner import NerTagger

    tagger = NerTagger(ner_model)
    files = tagger.files
    click.echo(f"model: {files.model}")
    click.echo(f"labels: {', '.join(tagger.labels)}")
    for path in (files.model, files.pretrain, files.card):
        if path is not None:
            click.echo(f"  {path.name}: {path.stat().st_size / 1e6:.2f} MB")
    settings = tagger.card.get("settings")
    if settings:
        click.echo("settings: " + ", ".join(f"{k}={v}" for k, v in settings.items()))
    for name, scores in tagger.card.get("dev_scores", {}).items():
        click.echo(f"dev {name}: " + _score_line(scores))


def _check_writable_dir(path: Path) -> None:
    """Fail before hours of training if the model directory cannot be written (creates nothing)."""
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise click.BadParameter(f"cannot create {path}: {existing} is not a directory",
                                 param_hint="'--out'")
    try:     # a real probe: os.access says yes to root even on /proc
        os.rmdir(tempfile.mkdtemp(prefix=".kg-probe-", dir=existing))
    except OSError as error:
        raise click.BadParameter(f"cannot create {path}: {existing} is not writable "
                                 f"({error.strerror or error})", param_hint="'--out'") from None


def _score_line(scores: dict) -> str:
    return "  ".join(f"{kind} F1 {s['f1'] * 100:.1f}" for kind, s in scores.items())


@model.command()
@click.argument("bio_file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write here instead of stdout (- is stdout).")
@MODEL_OPTION
def tag(bio_file, output, ner_model):
    """Tag the tokens of a BIO/CoNLL file (- for stdin) as they are (no re-tokenization).

    Reads the first column as tokens (blank line between sentences) and writes
    token<TAB>predicted-tag lines with the same sentence breaks.
    """
    from kg.nlp.bio import read_bio
    from kg.nlp.ner import NerTagger
    from kg.outputs import atomic_writer

    sentences = read_bio(bio_file, need_tags=False)
    predicted = NerTagger(ner_model).tag([tokens for tokens, _ in sentences])
    lines = []
    for (tokens, _), tags in zip(sentences, predicted):
        lines.extend(f"{token}\t{label}\n" for token, label in zip(tokens, tags))
        lines.append("\n")
    if output and output != "-":
        with atomic_writer(output) as out:
            out.writelines(lines)
    else:
        sys.stdout.writelines(lines)


@model.command()
@click.argument("bio_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@MODEL_OPTION
def evaluate(bio_files, ner_model):
    """Entity-level precision, recall and F1 per type and micro-average (exact span match)."""
    from kg.nlp.ner import NerTagger
    from kg.nlp.train import evaluate_files

    results = evaluate_files(NerTagger(ner_model), bio_files)
    for name, scores in results.items():
        click.echo(name)
        click.echo(f"  {'type':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
        for kind, s in scores.items():
            click.echo(f"  {kind:<8}{s['precision'] * 100:>7.1f}{s['recall'] * 100:>7.1f}"
                       f"{s['f1'] * 100:>7.1f}{s['support']:>7}")


@model.command()
@click.option("--train", "train_files", required=True, help="Comma-separated BIO files to train on.")
@click.option("--dev", "dev_files", required=True, help="Comma-separated BIO files for model selection.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="New model directory.")
@click.option("--pretrain", type=click.Path(exists=True, dir_okay=False),
              help="Stanza pretrain (.pt) word vectors (default: the shipped model's).")
@click.option("--hidden-dim", type=click.IntRange(1), help="LSTM size (default 128).")
@click.option("--max-steps", type=click.IntRange(1), help="Training steps (default 6000).")
@click.option("--threads", type=click.IntRange(1), default=1, show_default=True, help="torch threads.")
def train(train_files, dev_files, out_dir, pretrain, hidden_dim, max_steps, threads):
    """Train a new NER model with Stanza's trainer, then score it on each dev file.

    Use it with `kg build --ner-model DIR` or KG_NER_MODEL=DIR.
    """
    from kg.nlp.ner import SHIPPED_MODEL_DIR, PRETRAIN_FILE, NerTagger
    from kg.nlp.train import add_scores_to_card, evaluate_files, train_ner

    train_list = [f for f in train_files.split(",") if f]
    dev_list = [f for f in dev_files.split(",") if f]
    for path in train_list + dev_list:
        if not Path(path).is_file():
            raise click.BadParameter(f"{path}: file not found")
    _check_writable_dir(Path(out_dir))     # before hours of training, not after
    card = train_ner(train_list, dev_list, out_dir, pretrain or SHIPPED_MODEL_DIR / PRETRAIN_FILE,
                     threads=threads, hidden_dim=hidden_dim, max_steps=max_steps)
    scores = evaluate_files(NerTagger(out_dir), dev_list)
    add_scores_to_card(out_dir, scores)
    click.echo(f"trained in {card['training_seconds']:.0f} s -> {out_dir}")
    for name, s in scores.items():
        click.echo(f"dev {name}: " + _score_line(s))
