"""Place names -> Kepmendagri regions, using the regions the article names elsewhere.

`Sampit` is the capital of Kotawaringin Timur (62.02) and a kelurahan in Ketapang (Kalbar):
candidates whose ancestors the article names win; otherwise a regency capital beats homonym
villages; villages and districts need an ancestor in the article; ties stay unresolved.
"""
from __future__ import annotations

import re

from kg.resolve.gazetteer import Gazetteer, Region
from kg.resolve.text import normalize, slugify
from kg.resolve.types import Entity

LEVEL_BONUS = {"provinsi": 40, "kabupaten": 30, "kota": 30, "ibukota": 25, "kecamatan": 10,
               "desa": 0, "kelurahan": 0}
ANCESTOR_BONUS = 100
SELF_BONUS = 150   # the region itself named elsewhere beats a child of it
_KIND_HEAD = {"kabupaten", "kab", "kota", "provinsi", "prov", "propinsi"}
# Capitals whose names are ordinary words: resolved only with their regency or province named.
COMMON_WORD_CAPITALS = frozenset("negara sumber tanjung mulia raha".split())


def region_key(region: Region) -> str:
    if region.kind == "ibukota":
        return f"place/{region.code}/{slugify(region.name)}"
    return f"place/{region.code}"


def plain_place_key(name: str) -> str:
    return f"place/name/{slugify(name)}"


class Context:
    """Region codes an article names, each with the (normalised) names that named it."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.sources: dict[str, set[str]] = {}

    def add(self, code: str, source: str) -> None:
        while code:
            self.sources.setdefault(code, set()).add(source)
            code = code.rpartition(".")[0]

    def has(self, code: str, besides: str) -> bool:
        """Is `code` named by something other than the name `besides`?"""
        return bool(self.sources.get(code, set()) - {besides})

    def scan(self, text: str) -> None:
        """Add provinces and regencies named in free text: full names, `Kabupaten X`,
        and confident short names (Kalteng, Kotim). Single-word regency names need a kind
        word: "Bima" alone is more often a person."""
        ws = normalize(text).split()
        for i in range(len(ws)):
            if not self.gaz.could_start(ws[i]):
                continue
            for n in range(5, 0, -1):
                if i + n > len(ws):
                    continue
                phrase = " ".join(ws[i:i + n])
                if not self.gaz.known(phrase):
                    continue
                hit = False
                for alias in self.gaz.lookup(phrase, strong_only=True):
                    region = alias.region
                    if region.level > 2 or region.kind == "ibukota":
                        continue
                    explicit = ws[i] in _KIND_HEAD or region.level == 1 or n > 1 or alias.written
                    if explicit:
                        self.add(region.code, phrase)
                        hit = True
                if hit:
                    break


def choose(gaz: Gazetteer, name: str, ctx: Context) -> Region | None:
    """The region `name` denotes in this context, or None (unknown or ambiguous)."""
    me = normalize(name)
    scored = []
    for alias in gaz.lookup(name):
        region = alias.region
        ancestors = region.ancestors
        supported = any(ctx.has(c, me) for c in ancestors if c != region.code)
        if region.kind == "ibukota":
            supported = supported or ctx.has(region.code, me)
        province = region.code.split(".")[0]
        if alias.weak and not ctx.has(province, me):
            continue
        if region.level >= 3 and region.kind != "ibukota" and not supported:
            continue
        if region.kind == "ibukota" and me in COMMON_WORD_CAPITALS and not supported:
            continue
        bonus = ANCESTOR_BONUS if supported else 0
        if region.kind != "ibukota" and ctx.has(region.code, me):
            bonus = SELF_BONUS
        score = LEVEL_BONUS[region.kind] + bonus
        scored.append((score, region))
    if not scored:
        return None
    scored.sort(key=lambda sr: -sr[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
        return None
    return scored[0][1]


def region_entities(gaz: Gazetteer, region: Region, surfaces: set[str] = frozenset()) -> list[Entity]:
    """Entities for a region and all its ancestors (Sampit -> Kotim -> Kalteng)."""
    out = []
    for i, r in enumerate(gaz.chain(region)):
        parent = gaz.parent(r)
        names = set(gaz.alias_names.get(r.code, ())) if r.kind != "ibukota" else set()
        if r.level <= 2 and r.kind != "ibukota":
            names.add(_title_base(r))
        if i == 0:
            names |= set(surfaces)
        names.discard(r.name)
        attrs = [("kind", r.kind), ("level", str(r.level))]
        if r.kind == "ibukota":
            attrs.append(("capital_of", r.code))
        out.append(Entity(
            key=region_key(r), type="place", pref_label=r.name,
            aliases=tuple(sorted(n for n in names if n)), region_code=r.code,
            located_in=region_key(parent) if parent else None,
            attributes=tuple(sorted(attrs))))
    return out


def _title_base(region: Region) -> str:
    """Official name without its kind word, as written: "Kotawaringin Timur"."""
    m = re.match(r"^(Kota Administrasi|Kabupaten Administrasi|Kabupaten|Kota)\s+(.+)$", region.name)
    return m.group(2) if m else region.name
