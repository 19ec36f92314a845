"""Reproduce the shipped NER model (kg/models/ner/) from ../shared with one command.

    .venv/bin/pip install -e '.[train]'      # adds gensim
    .venv/bin/python scripts/train_ner.py    # vectors, training, scores, model card

Steps: (1) word2vec vectors (skip-gram, 100 dims, min count 3) over the lowercased news
corpus plus the NER training sentences, converted to Stanza's pretrain format;
(2) Stanza's NER trainer on the three *.train.bio files, model selection on the three
*.dev.bio files; (3) weights stored as float16 to keep the package small (scores are
measured after that conversion); (4) entity-level P/R/F1 per dev file into model.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "data"
NER = SHARED / "ner"
NEWS = SHARED / "news" / "indosum_dev.jsonl"
CORPORA = ["idner2k", "nerui", "nergrit"]
TOKEN = re.compile(r"\w+(?:[-'.,/]\w+)*|[^\w\s]")


def vector_sentences():
    for line in NEWS.open(encoding="utf-8"):
        for paragraph in json.loads(line)["text"].split("\n"):
            tokens = [t.lower() for t in TOKEN.findall(paragraph)]
            if tokens:
                yield tokens
    from kg.nlp.bio import read_bio

    for name in CORPORA:
        for tokens, _ in read_bio(NER / f"{name}.train.bio"):
            yield [t.lower() for t in tokens]


def train_vectors(out_txt: Path, dims: int, min_count: int) -> None:
    from gensim.models import Word2Vec

    sentences = list(vector_sentences())
    model = Word2Vec(sentences, vector_size=dims, window=5, min_count=min_count, workers=1,
                     epochs=10, sg=1, seed=1)
    model.wv.save_word2vec_format(str(out_txt))
    print(f"vectors: {len(model.wv)} words x {dims} from {len(sentences)} sentences")


def to_float16(path: Path, key: str) -> None:
    """Halve a checkpoint by storing its large float matrices as float16."""
    import torch

    data = torch.load(path, map_location="cpu", weights_only=True)
    tensors = data["model"] if key == "model" else data
    for name, value in list(tensors.items()):
        if isinstance(value, torch.Tensor) and value.dtype == torch.float32 and value.numel() > 100_000:
            tensors[name] = value.half()
    torch.save(data, path, _use_new_zipfile_serialization=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "kg" / "models" / "ner"))
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--hidden-dim", type=int, default=128)
    parser.add_argument("--max-steps", type=int, default=6000)
    parser.add_argument("--pretrain", help="reuse an existing Stanza pretrain .pt instead of training vectors")
    parser.add_argument("--select-on", default=",".join(CORPORA),
                        help="dev corpora for checkpoint selection (default: all three)")
    args = parser.parse_args()
    if not NER.is_dir():
        sys.exit(f"train_ner: {NER} not found (needs ../shared beside the repo)")
    os.environ.setdefault("PYTHONHASHSEED", "0")

    from stanza.models.common.pretrain import Pretrain

    from kg.nlp.ner import NerTagger, PRETRAIN_FILE
    from kg.nlp.train import add_scores_to_card, evaluate_files, train_ner

    out = Path(args.out)
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="kg-vectors-") as work:
        pretrain = Path(args.pretrain) if args.pretrain else Path(work) / PRETRAIN_FILE
        if not args.pretrain:
            vec = Path(work) / "vectors.txt"
            train_vectors(vec, args.dims, args.min_count)
            Pretrain(str(pretrain), str(vec))  # reads the text vectors, saves the .pt
        vector_seconds = time.time() - started
        train = [str(NER / f"{n}.train.bio") for n in CORPORA]
        dev = [str(NER / f"{n}.dev.bio") for n in CORPORA]
        select = [str(NER / f"{n}.dev.bio") for n in args.select_on.split(",")]
        card = train_ner(train, select, out, pretrain, hidden_dim=args.hidden_dim, max_steps=args.max_steps)
    to_float16(out / "ner.pt", "model")
    to_float16(out / PRETRAIN_FILE, "pretrain")
    scores = evaluate_files(NerTagger(out), dev)
    add_scores_to_card(out, scores)
    card = json.loads((out / "model.json").read_text(encoding="utf-8"))
    card["vector_seconds"] = round(vector_seconds, 1)
    card["vectors"] = {"dims": args.dims, "min_count": args.min_count, "method": "gensim word2vec skip-gram"}
    (out / "model.json").write_text(json.dumps(card, indent=2), encoding="utf-8")
    for name, s in scores.items():
        print(name, "  ".join(f"{k} F1 {v['f1'] * 100:.1f}" for k, v in s.items()))
    print(f"total {time.time() - started:.0f} s -> {out}")


if __name__ == "__main__":
    main()
