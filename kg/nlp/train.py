"""Train a Stanza NER model with Stanza's own trainer (stanza.models.ner_tagger)."""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Sequence

from kg.errors import KgError
from kg.nlp.bio import read_bio
from kg.nlp.ner import CARD_FILE, MODEL_FILE, PRETRAIN_FILE, MINIMAL_RESOURCES

# Chosen by measured dev F1 and speed (see kg/models/ner/MODEL_CARD.md).
DEFAULTS = {"hidden_dim": 128, "char_hidden_dim": 100, "max_steps": 6000, "eval_interval": 300,
            "max_steps_no_improve": 1500, "batch_size": 32}


def write_stanza_json(bio_files: Sequence[str | Path], out: Path) -> int:
    """Stanza's NER trainer reads a JSON list of sentences of {"text", "ner"} tokens."""
    document = []
    for path in bio_files:
        for tokens, tags in read_bio(path):
            document.append([{"text": t, "ner": g} for t, g in zip(tokens, tags)])
    out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return len(document)


def train_ner(train_files: Sequence[str], dev_files: Sequence[str], out_dir: str | Path,
              pretrain: str | Path, threads: int = 1, seed: int = 1234, **options) -> dict:
    """Train on train_files, select the best checkpoint on dev_files, write a model directory.

    The directory holds ner.pt, pretrain.pt (the word vectors it was trained with),
    resources.json (so Stanza loads offline) and model.json (the card with dev scores).
    """
    import torch
    from stanza.models import ner_tagger

    torch.set_num_threads(threads)
    settings = {**DEFAULTS, **{k: v for k, v in options.items() if v is not None}}
    out_dir = Path(out_dir)
    pretrain = Path(pretrain)
    if not pretrain.is_file():
        raise KgError(f"word vectors not found: {pretrain}")
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="kg-ner-train-") as work:
        work = Path(work)
        n_train = write_stanza_json(train_files, work / "train.json")
        n_dev = write_stanza_json(dev_files, work / "dev.json")
        args = ["--mode", "train", "--shorthand", "id_kg", "--seed", str(seed),
                "--train_file", str(work / "train.json"), "--eval_file", str(work / "dev.json"),
                "--wordvec_pretrain_file", str(pretrain),
                "--save_dir", str(work), "--save_name", MODEL_FILE, "--log_step", "100"]
        for key, value in settings.items():
            args += [f"--{key}", str(value)]
        ner_tagger.main(args)
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / MODEL_FILE, out_dir / MODEL_FILE)
    if pretrain.resolve() != (out_dir / PRETRAIN_FILE).resolve():
        shutil.copyfile(pretrain, out_dir / PRETRAIN_FILE)
    (out_dir / "resources.json").write_text(json.dumps(MINIMAL_RESOURCES), encoding="utf-8")
    card = {
        "name": out_dir.name,
        "trainer": "stanza.models.ner_tagger",
        "train_files": [Path(f).name for f in train_files],
        "dev_files": [Path(f).name for f in dev_files],
        "train_sentences": n_train,
        "dev_sentences": n_dev,
        "settings": settings,
        "seed": seed,
        "threads": threads,
        "training_seconds": round(time.time() - started, 1),
    }
    (out_dir / CARD_FILE).write_text(json.dumps(card, indent=2), encoding="utf-8")
    return card


def evaluate_files(tagger, bio_files: Sequence[str | Path]) -> dict[str, dict]:
    """Entity-level P/R/F1 per type and micro, for each BIO file, tagging its tokens as given."""
    from kg.nlp.bio import score_entities

    results = {}
    for path in bio_files:
        sentences = read_bio(path)
        predicted = tagger.tag([tokens for tokens, _ in sentences])
        results[Path(path).name] = score_entities([tags for _, tags in sentences], predicted)
    return results


def add_scores_to_card(model_dir: str | Path, scores: dict) -> None:
    path = Path(model_dir) / CARD_FILE
    card = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    card["dev_scores"] = scores
    path.write_text(json.dumps(card, indent=2), encoding="utf-8")
