"""Kepmendagri 2025 regions, regency capitals and region short names, shipped in kg/data/.

Loaded once per process on first use. Lookups go through dicts keyed by normalised name.
"""
from __future__ import annotations

import bisect
import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.resolve.text import normalize

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

KINDS = {"P": "provinsi", "B": "kabupaten", "K": "kota", "C": "kecamatan", "D": "desa",
         "L": "kelurahan"}
LEVELS = {"provinsi": 1, "kabupaten": 2, "kota": 2, "kecamatan": 3, "desa": 4, "kelurahan": 4,
          "ibukota": 2}

# Words naming the kind of region before its name, normalised -> allowed kinds.
KIND_WORDS = {
    "provinsi": {"provinsi"}, "prov": {"provinsi"}, "propinsi": {"provinsi"},
    "kabupaten": {"kabupaten"}, "kab": {"kabupaten"},
    "kota": {"kota", "ibukota"}, "kotamadya": {"kota"}, "kota administrasi": {"kota"},
    "kecamatan": {"kecamatan"}, "kec": {"kecamatan"}, "distrik": {"kecamatan"},
    "desa": {"desa", "kelurahan"}, "kelurahan": {"kelurahan", "desa"}, "kel": {"kelurahan"},
}
_KIND_PREFIX = re.compile(
    r"^(kota administrasi|provinsi|propinsi|prov|kabupaten|kab|kotamadya|kota|kecamatan|kec|"
    r"distrik|desa|kelurahan|kel) (.+)$")


@dataclass(frozen=True)
class Region:
    code: str          # "62.02"; a capital uses its regency's code
    name: str          # official name: "Kabupaten Kotawaringin Timur"; capital: "Sampit"
    kind: str          # provinsi kabupaten kota kecamatan desa kelurahan, or "ibukota"

    @property
    def level(self) -> int:
        return LEVELS[self.kind]

    @property
    def parent_code(self) -> str | None:
        if self.kind == "ibukota":
            return self.code
        parent = self.code.rpartition(".")[0]
        return parent or None

    @property
    def ancestors(self) -> tuple[str, ...]:
        """Codes of the enclosing regions, nearest first (a capital: its regency first)."""
        parts = self.code.split(".")
        chain = [".".join(parts[:i]) for i in range(len(parts) - 1, 0, -1)]
        return (self.code, *chain) if self.kind == "ibukota" else tuple(chain)

    @property
    def base_name(self) -> str:
        """The name without its kind word: "Kotawaringin Timur"."""
        m = _KIND_PREFIX.match(normalize(self.name))
        return m.group(2) if m and self.level <= 2 else normalize(self.name)


@dataclass(frozen=True)
class Alias:
    region: Region
    weak: bool         # needs its province elsewhere in the text
    written: str = ""  # the short name as written ("Kotim"), for aliases


_NON_WORD_LINES = re.compile(r"[^0-9a-z\n]+")


def _normalize_many(names: list[str]) -> list[str]:
    """normalize() for many names at once (one regex pass; fast for 90k names)."""
    blob = "\n".join(names).lower()
    if not blob.isascii():
        return [normalize(n) for n in names]
    return [" ".join(line.split()) for line in _NON_WORD_LINES.sub(" ", blob).split("\n")]


class Gazetteer:
    """Regions by code and by normalised name. Region objects are built on demand."""

    def __init__(self, rows: dict[str, tuple[str, str]], capitals: dict[str, str],
                 aliases: dict[str, list[Alias]]):
        self._rows = rows                      # code -> (official name, kind letter)
        self._capitals = capitals              # regency code -> capital name
        self._cache: dict[str, Region] = {}
        self.aliases = aliases                 # normalised short name -> Alias list
        self.by_name: dict[str, list[str]] = {}    # normalised name -> ids ("^code" = capital)
        codes = list(rows)
        norms = _normalize_many([rows[c][0] for c in codes])
        for code, norm in zip(codes, norms):
            self.by_name.setdefault(norm, []).append(code)
            letter = rows[code][1]
            if letter in "PBK":
                m = _KIND_PREFIX.match(norm)
                if m:
                    self.by_name.setdefault(m.group(2), []).append(code)
        for code, name in capitals.items():
            self.by_name.setdefault(normalize(name), []).append("^" + code)
        self.by_squashed: dict[str, list[str]] = {}
        for norm, ids in self.by_name.items():
            if " " in norm:
                self.by_squashed.setdefault(norm.replace(" ", ""), []).extend(ids)
        # first words a matching phrase can start with (kind words, names, short names)
        self._first_words = {norm.split(" ", 1)[0] for norm in (*self.by_name, *aliases)}
        self._first_words.update(_KIND_PREFIX.pattern[2:].split(")")[0].replace(" ", "|").split("|"))
        self._squashed_sorted = sorted(self.by_squashed)
        self.alias_names: dict[str, list[str]] = {}    # code -> short names as written
        for alias_list in aliases.values():
            for alias in alias_list:
                self.alias_names.setdefault(alias.region.code, []).append(alias.written)
        for names in self.alias_names.values():
            names.sort()

    def __len__(self) -> int:
        return len(self._rows)

    def _region(self, ident: str) -> Region:
        region = self._cache.get(ident)
        if region is None:
            if ident.startswith("^"):
                region = Region(ident[1:], self._capitals[ident[1:]], "ibukota")
            else:
                name, letter = self._rows[ident]
                region = Region(ident, name, KINDS[letter])
            self._cache[ident] = region
        return region

    def get(self, code: str) -> Region | None:
        return self._region(code) if code in self._rows else None

    def capital(self, code: str) -> Region | None:
        return self._region("^" + code) if code in self._capitals else None

    def parent(self, region: Region) -> Region | None:
        code = region.parent_code
        return self.get(code) if code else None

    def chain(self, region: Region) -> list[Region]:
        """The region and its ancestors, nearest first."""
        return [region] + [self.get(c) for c in region.ancestors if c in self._rows]

    def could_start(self, word: str) -> bool:
        """Can a phrase starting with this normalised word match anything? False lets a
        text scan skip the position (about 90 % of words)."""
        if word in self._first_words:
            return True
        i = bisect.bisect_left(self._squashed_sorted, word)   # "palangka raya" ~ "palangkaraya"
        return i < len(self._squashed_sorted) and self._squashed_sorted[i].startswith(word)

    def known(self, norm: str) -> bool:
        """Could the normalised name match anything? (lookup() is [] when not; this is
        the cheap test that lets a text scan skip most of its n-grams.)"""
        m = _KIND_PREFIX.match(norm)
        base = m.group(2) if m else norm
        return base in self.by_name or base in self.aliases or base.replace(" ", "") in self.by_squashed

    def lookup(self, name: str, strong_only: bool = False) -> list[Alias]:
        """Every region a name may denote, with whether the match is weak.

        Handles kind words ("Kabupaten X", "Kab. X", "Kota X" = city or capital X),
        short names ("Kotim", "Kalteng", "DKI"), and spacing ("Palangka Raya").
        """
        norm = normalize(name)
        if not norm:
            return []
        kinds = None
        m = _KIND_PREFIX.match(norm)
        if m:
            kinds, base = KIND_WORDS[m.group(1)], m.group(2)
        else:
            base = norm
        ids = self.by_name.get(base) or self.by_squashed.get(base.replace(" ", ""), ())
        found: dict[tuple[str, str], Alias] = {}
        for ident in ids:
            region = self._region(ident)
            found[(region.code, region.kind)] = Alias(region, False)
        if kinds is None or kinds & {"provinsi", "kabupaten", "kota"}:
            for alias in self.aliases.get(base, ()):
                if strong_only and alias.weak:
                    continue
                found.setdefault((alias.region.code, alias.region.kind), alias)
        if kinds is not None:
            found = {k: a for k, a in found.items() if a.region.kind in kinds}
        return sorted(found.values(), key=lambda a: (a.region.level, a.region.code, a.region.kind))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first call."""
    rows: dict[str, tuple[str, str]] = {}
    with gzip.open(DATA_DIR / "wilayah.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f.read().splitlines():
            code, name, letter = line.split("\t")
            rows[code] = (name, letter)
    capitals = {}
    for line in (DATA_DIR / "capitals.tsv").read_text(encoding="utf-8").splitlines():
        code, name = line.split("\t")
        if code in rows:
            capitals[code] = name
    aliases: dict[str, list[Alias]] = {}
    for line in (DATA_DIR / "region_aliases.tsv").read_text(encoding="utf-8").splitlines():
        written, code, strength = line.split("\t")
        if code not in rows:
            continue
        region = Region(code, rows[code][0], KINDS[rows[code][1]])
        aliases.setdefault(normalize(written), []).append(Alias(region, strength == "weak", written))
    return Gazetteer(rows, capitals, aliases)
