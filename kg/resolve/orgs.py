"""Organisation names: region scope, acronym form, national or regional agency."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.resolve.acronyms import acronym_table, derive_acronym, matches_acronym
from kg.resolve.text import normalize, words

# First words of government units whose trailing words may be a region ("Dinas Sosial Kotim").
UNIT_HEADS = frozenset("""
dinas badan kantor kepolisian pemerintah sekretariat satuan inspektorat komisi kejaksaan
pengadilan rumah dewan kementerian markas komando lembaga balai unit direktorat bagian
""".split())
# Heads that are always regional (never the national body when unscoped).
REGIONAL_HEADS = frozenset("dinas pemerintah sekretariat inspektorat".split())
NATIONAL_HEADS = frozenset("kementerian".split())


@dataclass(frozen=True)
class OrgName:
    base: str                 # name without its region, as written: "Dinas Sosial, ... Transmigrasi"
    region_text: str | None   # region words as written: "Kotim"
    acronym: str | None       # acronym form used for the key: "Dinsosnakertrans"
    expansion: str | None     # long form, if known

    @property
    def key_name(self) -> str:
        return self.acronym or self.base


_PAREN = re.compile(r"\s*\(([^()]*)\)")
# Words between an agency and its region that belong to neither: "Dinas Kesehatan
# Pemerintah Kabupaten Situbondo", "Kemenag Pusat".
_TRAILING = ("pemerintah", "pemkab", "pemkot", "pemprov", "pusat", "ri", "republik indonesia")


def clean_base(base: str) -> tuple[str, list[str]]:
    """Drop parenthesised acronyms and trailing filler words; return them as extra aliases.

    "Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR)" -> ("Dinas ... Rakyat", ["PUPR"])."""
    extras = [m.group(1).strip() for m in _PAREN.finditer(base) if m.group(1).strip()]
    base = " ".join(_PAREN.sub("", base).split()).strip(" ,")
    base = re.sub(r"(?<=\w)-(RI|Pusat)$", "", base)       # "DPR-RI"
    tokens = base.split()
    if len(tokens) > 2 and tokens[0] == "Kementerian" and tokens[-1] == "Indonesia":
        base = " ".join(tokens[:-1])       # "Kementerian Pertahanan Indonesia" is Kemenhan
    if len(tokens) == 2 and tokens[0] == "Partai":
        entry = acronym_table().expand(tokens[1])
        if entry is not None and normalize(entry.expansion).startswith("partai "):
            extras.append(base)            # "Partai Gerindra" is Gerindra
            base = tokens[1]
    changed = True
    while changed:
        changed = False
        for word in _TRAILING:
            n = len(word.split())
            tokens = base.split()
            if len(tokens) > n and normalize(" ".join(tokens[-n:])) == word:
                base = " ".join(tokens[:-n]).rstrip(" ,")
                changed = True
    return base, extras


def split_region(name: str, region: str | None, is_region) -> tuple[str, str | None]:
    """("Dinsos Kotim", "Kotim") -> ("Dinsos", "Kotim"). Without a given region, trailing
    region words are split off only after a government unit head or a known acronym."""
    name = " ".join(name.split())
    if region:
        region = " ".join(region.split())
        if name.endswith(region) and len(name) > len(region):
            return name[: -len(region)].rstrip(" ,"), region
        if name == region:
            return name, None
        return name, region
    tokens = name.split()
    head = normalize(tokens[0]) if tokens else ""
    if head not in UNIT_HEADS and tokens and tokens[0] not in acronym_table().by_acronym:
        return name, None
    for n in range(min(5, len(tokens) - 1), 0, -1):
        tail = " ".join(tokens[-n:])
        if n > 1 and normalize(tokens[-n]) == "metro":
            continue   # "Polres Metro Jakarta Selatan": the Jakarta police, not Metro (Lampung)
        if is_region(tail):
            head = tokens[:-n]
            if len(head) > 1 and normalize(head[-1]) == "metro" and n < len(tokens) - 1:
                head = head[:-1]
            return " ".join(head).rstrip(" ,"), tail
    return name, None


def is_acronym_form(base: str) -> bool:
    """"BPBD", "Dinsosnakertrans", "Satpol PP", "BPJS Ketenagakerjaan": first token an acronym."""
    tokens = base.split()
    if not tokens or len(tokens) > 3:
        return False
    first = tokens[0]
    if first in acronym_table().by_acronym:
        return True
    letters = [c for c in first if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    # one word, no vowel-heavy ordinary spelling: "Dinsosnakertrans", "Kemenag"
    return len(tokens) == 1 and len(first) >= 5 and normalize(first) not in _COMMON_ORG_WORDS \
        and any(first.startswith(p) for p in _SYLLABLE_ACRONYM_STARTS)


_SYLLABLE_ACRONYM_STARTS = ("Din", "Dis", "Kemen", "Kem", "Bap", "Pem", "Pol", "Sat", "Ban",
                            "Bad", "Kan", "Kej", "Set", "Dit")
_COMMON_ORG_WORDS = frozenset("pemerintah kementerian kepolisian kejaksaan sekretariat satuan".split())


def org_name(base: str, region_text: str | None, defined: dict[str, str],
             others: list[str]) -> OrgName:
    """The acronym/expansion pair for a region-less agency name.

    defined: in-article "Long (ABBR)" pairs, normalised long -> short and short -> long;
    others: the other organisation bases of the article (to pair "Dinsosnakertrans" with
    "Dinas Sosial, Tenaga Kerja dan Transmigrasi").
    """
    table = acronym_table()
    if is_acronym_form(base):
        entry = table.expand(base)
        long = defined.get(normalize(base)) or (entry.expansion if entry else None)
        if long is None:
            long = next((o for o in others if not is_acronym_form(o) and matches_acronym(base, o)),
                        None)
        return OrgName(base, region_text, base, long)
    short = defined.get(normalize(base))
    if short is None:
        known = table.acronym_of(base)
        short = known.acronym if known else None
    if short is None:
        # another mention's acronym, unless the lists give it another meaning: "KPK" in an
        # article is Komisi Pemberantasan Korupsi, not Kementerian Pendidikan dan Kebudayaan
        short = next((o for o in others if is_acronym_form(o) and matches_acronym(o, base)
                      and _may_mean(o, base)), None)
    if short is None:
        short = derive_acronym(base)
    if short and _ambiguous(short):
        short = None
    return OrgName(base, region_text, short, base)


def _may_mean(acronym: str, long_name: str) -> bool:
    entry = acronym_table().expand(acronym)
    return entry is None or normalize(entry.expansion) == normalize(long_name)


def _ambiguous(acronym: str) -> bool:
    entries = acronym_table().by_folded.get(normalize(acronym), ())
    return any(e.ambiguous for e in entries)


# "Pemerintah Kotim": the government of a region, named by the region's kind.
GOVERNMENT_BY_KIND = {"provinsi": "Pemprov", "kabupaten": "Pemkab", "kota": "Pemkot"}
GOVERNMENT_WORDS = frozenset({"pemerintah", "pemerintah daerah", "pemda"})


# Regional agency types: named without their region they could be any region's.
GENERIC_HEADS = frozenset("""
dinas dprd dprk pemkab pemkot pemprov kejari kejati rsud bpbd bappeda satpol setda sekda
inspektorat kpud puskesmas disdik dinkes dishub dinsos disnaker disdukcapil dispenda uptd upt
dinsosnakertrans disnakertrans bapenda diskominfo dpmptsp disperindag
""".split())
# ... and types that are generic only alone: "Polres" (but "Polres Metro" is named)
GENERIC_ALONE = frozenset("polres polresta polsek polda kodim korem koramil lapas rutan kua".split()) | {
    "polres metro", "polsek metro"}
_GENERIC_PHRASES = ("pemerintah kabupaten", "pemerintah kota", "pemerintah provinsi",
                    "pengadilan negeri", "kejaksaan negeri", "kejaksaan tinggi",
                    "sekretariat daerah", "rumah sakit umum daerah", "kepolisian resor",
                    "kepolisian sektor", "komisi pemilihan umum daerah")


def is_generic_regional(name: OrgName) -> bool:
    """A regional agency type named without a region: "Dinas Pendidikan", "Polres", "DPRD"."""
    if is_national(name):
        return False
    for form in (name.base, name.acronym):   # "Badan Penanggulangan Bencana Daerah" is BPBD
        tokens = words(form or "")
        if not tokens:
            continue
        text = " ".join(tokens)
        if tokens[0] in GENERIC_HEADS or any(text.startswith(p) for p in _GENERIC_PHRASES) \
                or text in GENERIC_ALONE:
            return True
    return False


def is_national(name: OrgName) -> bool:
    """A national body ("Kemenag", "KPK") as opposed to a regional one ("Dinsos", "Polres")."""
    table = acronym_table()
    for form in (name.acronym, name.base):
        if not form:
            continue
        entries = table.by_acronym.get(form) or table.by_folded.get(normalize(form)) \
            or table.by_expansion.get(normalize(form), ())
        if entries:
            return any("pusat" in e.level for e in entries)
    head = (words(name.expansion or name.base) or [""])[0]
    if head in NATIONAL_HEADS:
        return True
    return False


def is_regional(name: OrgName) -> bool:
    head = (words(name.expansion or name.base) or [""])[0]
    return head in REGIONAL_HEADS or not is_national(name)
