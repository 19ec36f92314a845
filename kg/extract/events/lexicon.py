"""The trigger lexicon (kg/extract/lexicons/events.csv): words, type, form and closed-set category."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


LEXICON_PATH = Path(__file__).resolve().parents[1] / "lexicons" / "events.csv"


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    type: str
    form: str            # "noun" | "verb"
    category: str = ""   # the closed set: "arrest", "training", ... (ontologies/README.md)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> dict[tuple[str, ...], Trigger]:
    """trigger words (lowercase tuple) -> Trigger, from lexicons/events.csv, with the affix
    family of each row (`affix_family`): a form the file does not list itself."""
    p = Path(path) if path else LEXICON_PATH
    out = {}
    with p.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            words = tuple(row["trigger"].lower().split())
            if words:
                out[words] = Trigger(words, row["type"].strip(), (row.get("form") or "noun").strip(),
                                     (row.get("category") or "").strip())
    derived = {}
    for words, t in out.items():
        for form in affix_family(words[0], t.form):
            key = (form, *words[1:])
            if key not in out and key not in derived:
                derived[key] = Trigger(key, t.type, t.form, t.category)
    out.update(derived)
    return out


# the nasal prefix meN- and the root it goes with: "menangkap" ~ "tangkap", "memukul" ~ "pukul"
_NASAL = (("meny", ("s",)), ("meng", ("", "k")), ("mem", ("p", "")), ("men", ("t", "")),
          ("me", ("",)))
# roots whose other voice is no happening of the row's kind: "dicegah" (barred from travel) is a
# decision, "mencegah" (prevent) is not; "menuntut" is to demand, "memeras" to squeeze; an
# evacuation of the injured is told as part of the accident ("dievakuasi ke RS")
_NO_FAMILY = {"cegah", "tuntut", "peras", "hukum", "evakuasi", "tetapkan", "angkat", "tahan", "tolak",
              "panggil", "serang", "jatuh", "daftar", "bagikan", "amankan", "serahterimakan",
              # "hujan ... melumpuhkan kota", "melecehkan profesi advokat": figures, not acts
              "lumpuhkan", "lecehkan"}


def _roots(word: str) -> set[str]:
    """The roots a verb form may be made of: "menangkap" -> {"tangkap", "nangkap"}."""
    if word.startswith("di") and len(word) > 5:
        return {word[2:]}
    out = set()
    for pre, heads in _NASAL:
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            rest = word[len(pre):]
            # a nasal prefix is followed by a vowel where it swallowed the root's first letter
            for h in heads:
                if (h and rest[0] in "aeiou") or (not h and (pre == "me" and rest[0] in "lmnrwy"
                                                              or pre == "mem" and rest[0] == "b"
                                                              or pre == "men" and rest[0] in "cdj"
                                                              or pre == "meng" and rest[0] in "aeioughk"
                                                              or pre == "meny" and False)):
                    out.add(h + rest)
            break
    return out


def _active(root: str) -> str:
    """The meN- form of a root: "tangkap" -> "menangkap", "bunuh" -> "membunuh"."""
    c = root[0]
    if c in "lmnrwy":
        return "me" + root
    if c == "b":
        return "mem" + root
    if c == "p":
        return "mem" + root[1:]
    if c in "cdj":
        return "men" + root
    if c == "t":
        return "men" + root[1:]
    if c == "s":
        return "meny" + root[1:]
    if c == "k":
        return "meng" + root[1:]
    return "meng" + root


def affix_family(word: str, form: str) -> list[str]:
    """The forms of one lexicon word that tell the same happening: the other voice of a
    verb ("menangkap" / "ditangkap"), and the "-nya" form of a word ("ditangkapnya X",
    "kampanyenya", "kunjungannya"). A root in `_NO_FAMILY` keeps its listed forms only."""
    out = []
    if len(word) >= 5 and not word.endswith("nya"):
        out.append(word + "nya")
    if not form.startswith("verb"):
        return out
    for root in _roots(word):
        if root in _NO_FAMILY or len(root) < 4:
            continue
        if word.startswith("di"):
            active = _active(root)
            if _roots(active) and root in _roots(active):
                out.append(active)
        else:
            out.append("di" + root)
            out.append("di" + root + "nya")
    return out


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return {t.type: t.category for t in load_lexicon().values()}


def category_of(event_type: str) -> str:
    """The closed-set category of a lexicon type ("penangkapan" -> "arrest"), or ""."""
    return _categories().get(event_type, "")
