"""Stanza NER: load a model once per process, tag batches of pre-tokenized sentences."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

SHIPPED_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
MODEL_FILE = "ner.pt"
PRETRAIN_FILE = "pretrain.pt"
CARD_FILE = "model.json"
ENV_VAR = "KG_NER_MODEL"
# Stanza with download_method=None still reads a resources.json in its dir.
MINIMAL_RESOURCES = {"id": {"lang_name": "Indonesian", "packages": {"default": {}},
                            "default_processors": {"tokenize": "default"}}}


@dataclass(frozen=True)
class ModelFiles:
    directory: Path
    model: Path
    pretrain: Path | None
    card: Path | None


def locate_model(path: str | os.PathLike | None = None) -> ModelFiles:
    """The model to use: an explicit path, else $KG_NER_MODEL, else the shipped one.

    `path` is a model directory (ner.pt, pretrain.pt, model.json) or a Stanza .pt file;
    a pretrain.pt next to a .pt file is used as its word vectors.
    """
    chosen = Path(path or os.environ.get(ENV_VAR) or SHIPPED_MODEL_DIR)
    origin = "--ner-model" if path else (ENV_VAR if os.environ.get(ENV_VAR) else "shipped model")
    if chosen.is_dir():
        directory, model = chosen, chosen / MODEL_FILE
    else:
        directory, model = chosen.parent, chosen
    if not model.is_file():
        raise KgError(f"NER model file not found: {model} (from {origin})")
    pretrain = directory / PRETRAIN_FILE
    card = directory / CARD_FILE
    return ModelFiles(directory, model, pretrain if pretrain.is_file() else None,
                      card if card.is_file() else None)


def read_card(files: ModelFiles) -> dict:
    if files.card is None:
        return {}
    try:
        return json.loads(files.card.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise KgError(f"{files.card}: unreadable model card ({error})") from None


def _needs_pretrain(model: Path) -> bool:
    import torch

    config = torch.load(model, map_location="cpu", weights_only=True).get("config", {})
    return bool(config.get("pretrain", True)) and int(config.get("word_emb_dim", 0)) > 0


class NerTagger:
    """Wraps one stanza.Pipeline (tokenize_pretokenized + ner). Load it once per process."""

    def __init__(self, path: str | os.PathLike | None = None, threads: int | None = 1,
                 batch_size: int = 64):  # measured best with scripts/bench_ner.py
        import torch

        if threads:
            # One thread per process is the fast default on small CPUs (measured: ~25x
            # faster than torch's default on 2 cores); scale out with processes.
            torch.set_num_threads(threads)
        self.files = locate_model(path)
        self.card = read_card(self.files)
        if self.files.pretrain is None and _needs_pretrain(self.files.model):
            # Without its vectors a Stanza model silently runs on random embeddings.
            raise KgError(f"NER model {self.files.model} was trained with word vectors, but "
                          f"{self.files.directory / PRETRAIN_FILE} is missing")
        self.pipeline = self._load(batch_size)
        processor = self.pipeline.processors["ner"]
        self.labels = sorted({tag.split("-", 1)[-1] for tag in processor.get_known_tags() if tag != "O"})

    def _load(self, batch_size: int):
        import stanza

        resources = self.files.directory / "resources.json"
        stanza_dir = self.files.directory
        if not resources.is_file():
            stanza_dir = Path(_private_stanza_dir())
        logging.getLogger("stanza").setLevel(logging.WARNING)
        options = dict(lang="id", dir=str(stanza_dir), processors="tokenize,ner",
                       tokenize_pretokenized=True, ner_model_path=str(self.files.model),
                       ner_batch_size=batch_size, download_method=None,
                       logging_level="WARN", use_gpu=False)
        if self.files.pretrain is not None:
            options["ner_pretrain_path"] = str(self.files.pretrain)
        try:
            return stanza.Pipeline(**options)
        except Exception as error:  # Stanza reports missing files as KeyError/UnsupportedProcessorError
            raise KgError(f"cannot load NER model {self.files.model}: "
                          f"{type(error).__name__}: {error}") from None

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each pre-tokenized sentence; one Stanza call for the whole batch."""
        if not sentences:
            return []
        # Stanza drops empty sentences; keep positions aligned.
        nonempty = [s for s in sentences if s]
        tagged = iter(self._tag(nonempty) if nonempty else [])
        return [next(tagged) if s else [] for s in sentences]

    def _tag(self, sentences: list[list[str]]) -> list[list[str]]:
        document = self.pipeline([[_safe_token(t) for t in s] for s in sentences])
        return [[_to_bio(token.ner) for token in sentence.tokens] for sentence in document.sentences]


def _safe_token(token: str) -> str:
    # Stanza's pretokenized input must not contain whitespace inside a token.
    return "".join("_" if ch.isspace() else ch for ch in token) or "_"


def _to_bio(tag: str) -> str:
    if tag.startswith("S-"):
        return "B-" + tag[2:]
    if tag.startswith("E-"):
        return "I-" + tag[2:]
    return tag


def _private_stanza_dir() -> str:
    import tempfile

    directory = Path(tempfile.gettempdir()) / f"kg-stanza-{os.getuid()}"
    directory.mkdir(exist_ok=True)
    target = directory / "resources.json"
    if not target.is_file():
        tmp = directory / f"resources.json.{os.getpid()}"
        tmp.write_text(json.dumps(MINIMAL_RESOURCES), encoding="utf-8")
        tmp.replace(target)
    return str(directory)
