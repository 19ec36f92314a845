"""Name forms the linker compares: spelling-folded tokens and alias-list identities.

Indonesian spelling changed in 1947 and 1972 and both survive in names (Soekarnoputri /
Sukarnoputri, Djarot / Jarot, Tjahjo / Cahyo): `fold_name` maps both spellings to one form.
Degrees, honorifics and ranks are dropped ("Dr. H. Retno LP Marsudi, M.Si" -> "retno lp marsudi").
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.resolve.text import normalize

# old spelling -> one folded form (applied to normalised lowercase words, in this order)
_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"),
             ("j", "y"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("sy", "s"))   # Syaiful/Saiful, Shihab/Syihab
_DOUBLE = re.compile(r"([a-z])\1+")

# words that are never part of the name itself
HONORIFICS = frozenset("""
h hj haji hajah dr drs dra ir prof st se sh mh msi mm mba ma mt mpd spd sag mag mkes skm
bapak pak ibu bu kang mas mbak bung cak gus kh kiai kyai habib tuan nyonya sdr saudara
almarhum alm mr mrs ms raden rd jenderal jend letjen mayjen brigjen kombes akbp akp iptu ipda aiptu
komjen irjen laksamana marsekal kolonel letkol mayor kapten lettu letda serka serma pol
""".split())
# organisation words that do not tell two organisations apart
ORG_FILLER = frozenset("partai ri republik indonesia pusat the pt persero tbk".split())
# leading name words that are often dropped: "Muhammad Amien Rais" is "Amien Rais"
_OPTIONAL_FIRST = frozenset("muhammad mohammad mohamad muhamad muhammed moh mohd muh m".split())


def fold_word(word: str) -> str:
    for old, new in _SPELLING:
        word = word.replace(old, new)
    return _DOUBLE.sub(r"\1", word)


def person_tokens(name: str) -> tuple[str, ...]:
    """Folded name words without honorifics and a leading Muhammad/M when two words follow;
    initials kept ("retno", "lp", "marsudi")."""
    words = [w for w in normalize(name).split() if w not in HONORIFICS]
    if len(words) > 2 and words[0] in _OPTIONAL_FIRST:
        words = words[1:]
    return tuple(fold_word(w) for w in words)


def org_tokens(name: str) -> tuple[str, ...]:
    words = [w for w in normalize(name).split() if w not in ORG_FILLER]
    return tuple(fold_word(w) for w in words) or tuple(fold_word(w) for w in normalize(name).split())


def fold_name(name: str, type_: str) -> str:
    return " ".join(person_tokens(name) if type_ == "person" else org_tokens(name))


@dataclass(frozen=True)
class Alias:
    alias: str          # folded
    name: str           # folded canonical name
    display: str        # canonical name as written in the list
    strong: bool


@lru_cache(maxsize=None)
def alias_table(type_: str) -> dict[str, Alias]:
    """Folded alias (and folded canonical name) -> Alias, from the shipped lists."""
    filename = "person_aliases.tsv" if type_ == "person" else "org_aliases.tsv"
    table: dict[str, Alias] = {}
    with resources.files("kg").joinpath("data", filename).open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if not row or row[0].startswith("#") or len(row) < 2:
                continue
            strong = type_ != "person" or (len(row) < 3 or row[2].strip() != "weak")
            name = fold_name(row[1], type_)
            table[fold_name(row[0], type_)] = Alias(fold_name(row[0], type_), name, row[1].strip(), strong)
            table.setdefault(name, Alias(name, name, row[1].strip(), True))
    return table


@lru_cache(maxsize=None)
def global_one_word_names() -> frozenset[str]:
    """Folded one-word person names that identify one person on their own: known mononyms
    (Wiranto) and strong one-word aliases (Jokowi, Ahok). Other one-word names are
    article-scoped until the linker finds evidence beyond the name."""
    return frozenset(a.alias for a in alias_table("person").values()
                     if " " not in a.alias and a.strong)


@lru_cache(maxsize=None)
def mononyms() -> frozenset[str]:
    """Folded names the alias list gives as a person's whole name (Wiranto, Soeharto)."""
    return frozenset(a.alias for a in alias_table("person").values()
                     if a.alias == a.name and " " not in a.name)
