"""Agencies under every name: long government names with commas and `dan`, acronyms, regions.

    find_agencies(sentence, stops) -> list[Agency]

Works over the sentence's tokens. `stops` are character spans (person names) that no agency
may cross.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.lexicon import load
from kg.nlp.types import Sentence, Token

# Words that open an organisation name: "Dinas Sosial", "Badan Penyelenggara ...".
TYPE_WORDS = {
    "Dinas", "Badan", "Kantor", "Kementerian", "Komisi", "Dewan", "Majelis", "Lembaga",
    "Direktorat", "Sekretariat", "Inspektorat", "Balai", "Biro", "Satuan", "Kepolisian",
    "Kejaksaan", "Pengadilan", "Mahkamah", "Komando", "Partai", "Universitas", "Institut",
    "Pemerintah", "Markas", "Perum", "PT", "Fraksi", "Yayasan", "Ikatan", "Persatuan",
    "Asosiasi", "Himpunan", "Komite", "Korps", "Detasemen", "Otoritas", "Perusahaan", "Bank",
    "Rumah", "Kanwil", "Lapas", "Rutan", "Unit", "Bidang", "Bagian", "Seksi", "Kecamatan",
    "Kelurahan", "Kodam", "Front", "Gerakan", "Aliansi", "Koalisi", "Korem", "Kodim", "Koramil",
    "Divisi",
}
# Openers that need a specific second word ("Rumah Sakit", "Markas Besar", "Pusat Kesehatan").
NEEDS_SECOND = {"Rumah": {"Sakit", "Tahanan"}, "Markas": {"Besar"}, "Bank": None}
# Unit-like organisations: when followed directly by another organisation they are a unit of it.
UNIT_WORDS = {"Direktorat", "Satuan", "Komisi", "Biro", "Bidang", "Bagian", "Seksi", "Unit",
              "Fraksi", "Badan", "Divisi", "Sekretariat", "Inspektorat", "Detasemen", "Kanwil",
              "Kantor", "Balai", "Dewan", "Korps", "Komite", "Majelis"}
UNIT_CATEGORIES = {"polri unit", "legislatif unit"}
# Acronyms whose next capitalized words are a region or place name ("Polres OKU", "Kodim 1015").
PLACE_SCOPED = {"polri", "pemda", "tni"}
COMPASS = {"Utara", "Selatan", "Barat", "Timur", "Tengah", "Pusat", "Raya", "Daya", "Laut"}
CONNECTORS = {"dan", "serta", "&", "/", "-", "untuk", "dan/atau"}
# Openers directly followed by a region: "Pemerintah Kabupaten ...", "Kecamatan Baamang".
REGION_FIRST = {"Pemerintah", "Kecamatan", "Kelurahan", "Kodam", "Korem", "Kodim", "Koramil"}
REGION_OPENERS = {"Kabupaten", "Kota", "Provinsi", "Kab.", "Kab", "Kecamatan", "Desa", "Kelurahan"}
# Generated dinas acronyms: Din/Dis + known segments (Dinsosnakertrans, Dinkes, Disdik ...).
_DINAS_RE = re.compile(
    r"(?:Din|Dis)(?:sos|kes|dik|hub|nakertrans|naker|trans|perindag|perin|dag|pertan|tan|bun|"
    r"hut|kominfo|porapar|pora|budpar|bud|par|dukcapil|capil|pmd|lh|pupr|pu|perkim|kop|ukm|"
    r"kp|kan|pk|pangan|nak|penda|pend|esdm|dikbud|pemdes|kumperindag|koperindag|damkar|"
    r"pertanian|kebun|ketapang|kp3|lhk|tr|ppkb|p3a|sosnaker|kopukm|komdigi|tanak|pol)+")


@dataclass(frozen=True)
class Agency:
    start: int                   # character span in the article text
    end: int
    text: str
    name: str                    # the name as written (same as text, whitespace normalised)
    region: str | None = None    # region words as written ("Kotim"), if any
    region_start: int | None = None
    region_end: int | None = None
    token_start: int = 0         # token range within the sentence, end exclusive
    token_end: int = 0
    unit: bool = False           # a unit (Satreskrim, Komisi III, Direktorat ...)
    rule: str = "agency-rule"


@lru_cache(maxsize=1)
def _tables():
    lex = load()
    acr: dict[str, list[tuple[str, ...]]] = {}
    for a in lex.agencies:
        words = tuple(a.split())
        acr.setdefault(words[0], []).append(words)
    reg: dict[str, list[tuple[str, ...]]] = {}
    for r in lex.regions:
        words = tuple(r.split())
        reg.setdefault(words[0], []).append(words)
    for t in (acr, reg):
        for v in t.values():
            v.sort(key=len, reverse=True)
    return acr, reg


def match_words(tokens: tuple[Token, ...], i: int, table: dict) -> int:
    """Length in tokens of the longest table entry starting at token i (0 if none)."""
    if i >= len(tokens):
        return 0
    for words in table.get(tokens[i].text, ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].text == words[k] for k in range(n)):
            return n
    return 0


def acronym_at(tokens: tuple[Token, ...], i: int) -> int:
    acr, _ = _tables()
    n = match_words(tokens, i, acr)
    if n:
        return n
    if i < len(tokens) and _DINAS_RE.fullmatch(tokens[i].text):
        return 1
    return 0


def region_at(tokens: tuple[Token, ...], i: int) -> int:
    """Tokens of a region name at i: lexicon names, or `Kabupaten|Kota|Provinsi` + capitals."""
    _, reg = _tables()
    n = match_words(tokens, i, reg)
    while n and i + n < len(tokens) and tokens[i + n].text in COMPASS:   # "Jakarta Utara"
        n += 1
    if i < len(tokens) and tokens[i].text in REGION_OPENERS:
        k = i + 1
        while k < len(tokens) and k - i <= 4 and is_cap(tokens[k].text) \
                and not re.fullmatch(r"(?:19|20)\d\d", tokens[k].text):   # not "... Jakarta 2010"
            k += 1
        n = max(n, k - i if k > i + 1 else 0)
    return n


def is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit()) and word not in {"Di", "Ke"}


def _category(tokens, i: int, n: int) -> str:
    key = " ".join(t.text for t in tokens[i:i + n])
    e = load().agencies.get(key)
    if e is None:
        return "dinas" if _DINAS_RE.fullmatch(key) else ""
    return e.category


def org_start_at(tokens, i: int) -> int:
    """Does an organisation name start at token i? Its opener length, else 0."""
    if i >= len(tokens):
        return 0
    n = acronym_at(tokens, i)
    if n:
        return n
    w = tokens[i].text
    if w in TYPE_WORDS:
        need = NEEDS_SECOND.get(w, ())
        if need == ():
            return 1
        if i + 1 < len(tokens) and (need is None or tokens[i + 1].text in need):
            return 2 if need else 1
    return 0


def _blocked(tok: Token, stops) -> bool:
    return any(s < tok.end and tok.start < e for s, e in stops)


def _list_continues(tokens, k: int, stops) -> bool:
    """At a comma inside a name: does a `dan` list follow ("Sosial, Tenaga Kerja dan ...")?"""
    j = k + 1
    seen_word = False
    while j < len(tokens):
        t = tokens[j]
        if _blocked(t, stops) or is_stop_word(tokens, j):
            return False
        if is_cap(t.text):
            seen_word = True
        elif t.text == "," and seen_word:
            seen_word = False
        elif t.text in ("dan", "serta") and (seen_word or tokens[j - 1].text == ","):
            # "Sosial, Tenaga Kerja dan ..."; with a serial comma: "Politik, Hukum, dan Keamanan"
            return seen_word or (j + 1 < len(tokens) and is_cap(tokens[j + 1].text))
        else:
            return False
        j += 1
    return False


# Rank and title words that also occur inside organisation names.
NOT_STOPS = {"Jenderal", "Brigadir", "Kapten", "Mayor", "Laksamana", "Marsekal", "Kolonel",
             "Bapak", "Ibu", "Saudara", "Habib", "Kiai", "Presiden", "Pusat", "Hakim", "Jaksa",
             "Anggota", "Wakil", "Pejabat", "Penyidik", "Pelatih", "Asisten", "H"}


def is_stop_word(tokens, j: int) -> bool:
    """A token that ends any organisation name: a rank or a title keyword."""
    lex = load()
    w = tokens[j].text
    if w in NOT_STOPS:
        return False
    return w in lex.ranks or w.rstrip(".") in lex.ranks or w in lex.titles


def _name_run(tokens, i: int, stops) -> int:
    """End token (exclusive) of a capitalized name run starting at i (the opener included)."""
    k = i
    n = len(tokens)
    while k < n:
        t = tokens[k]
        if _blocked(t, stops) or (k > i and is_stop_word(tokens, k)):
            break
        if k > i and org_start_at(tokens, k) and k - i >= 2 and not _opener_only(tokens, i, k) \
                and not (tokens[i].text == "Partai" and is_party(tokens, k)):
            break   # a second organisation starts: "Komisi III | DPR" (not "Partai Nasional Demokrat")
        r = region_at(tokens, k) if k > i + 1 else 0
        if r and k + r < n and tokens[k + r].text in NAME_TAILS:
            k += r + 1   # "Partai Demokrasi Indonesia Perjuangan": the tail ends the name
            break
        if r and k + r < n and is_cap(tokens[k + r].text) and not org_start_at(tokens, k + r):
            k += r   # "Dinas Kesehatan Kotim | Faisal ...": a region closes the name
            break
        if is_cap(t.text):
            k += 1
            continue
        if t.text in CONNECTORS and k + 1 < n and is_cap(tokens[k + 1].text) \
                and not org_start_at(tokens, k + 1) and not _blocked(tokens[k + 1], stops):
            k += 1
            continue
        if t.text == "," and k + 1 < n and _list_continues(tokens, k, stops):
            k += 1
            continue
        break
    return k


@lru_cache(maxsize=1)
def _ministries() -> tuple[frozenset[str], frozenset[str]]:
    """Ministry names of the lexicon, and every word of any agency name there."""
    names = {a.expansion for a in load().agencies.values()}
    return (frozenset(x for x in names if x.startswith("Kementerian ")),
            frozenset(w for x in names for w in x.split()))


def _ministry_end(tokens, i: int, k: int, stops) -> int:
    """"Kementerian Dalam Negeri | Irman dan Sugiharto", "Kementerian Perhubungan | Antonius
    Tonny Budiono": a known ministry name, then one or two words of no agency name right
    before a person (or "dan" and a person) are the first name, not the ministry's."""
    if tokens[i].text != "Kementerian" or k >= len(tokens):
        return k
    names, words = _ministries()
    nxt = _blocked(tokens[k], stops) or tokens[k].text == "dan" and k + 1 < len(tokens) \
        and _blocked(tokens[k + 1], stops)
    for c in (k - 1, k - 2):
        if c > i + 1 and nxt and " ".join(t.text for t in tokens[i:c]) in names \
                and not any(t.text in words or region_at(tokens, j) for j, t in
                            enumerate(tokens[c:k], c)):
            return c
    return k


# Words that go on with a name after a region inside it ("Partai Demokrasi Indonesia Perjuangan").
NAME_TAILS = {"Perjuangan", "Bersatu", "Baru", "Maju", "Hebat"}


def _opener_only(tokens, i: int, k: int) -> bool:
    """Tokens i..k are only openers ("Kantor | Kementerian Agama" is one name)."""
    return all(tokens[j].text in TYPE_WORDS or tokens[j].text in REGION_OPENERS
               for j in range(i, k))


def _split_region(tokens, first: int, k: int):
    """Region tokens at the end of name tokens first..k: returns region start token or None."""
    for j in range(first, k):
        n = region_at(tokens, j)
        if n and j + n == k:
            return j
    return None


def find_agencies(sentence: Sentence, stops=()) -> list[Agency]:
    tokens = sentence.tokens
    text = sentence.text
    base = sentence.start
    out: list[Agency] = []
    i = 0
    while i < len(tokens):
        n = acronym_at(tokens, i)
        if n:
            k = i + n
            cat = _category(tokens, i, n)
            r = region_at(tokens, k)
            if r and not any(_blocked(tokens[j], stops) for j in range(k, k + r)):
                k += r
            elif cat in PLACE_SCOPED or tokens[i].text.startswith(("Pol", "Pem", "Kod", "Kor")) \
                    or _generic_acronym(tokens, i, n):
                m = k
                limit = 2 if _generic_acronym(tokens, i, n) else 3
                while m < len(tokens) and m - k < limit and (is_cap(tokens[m].text)) \
                        and not _blocked(tokens[m], stops) and not is_stop_word(tokens, m) \
                        and tokens[m].text not in load().ranks \
                        and not org_start_at(tokens, m):
                    m += 1
                k = m
            if tokens[k - 1].text != "RI" and k < len(tokens) and tokens[k].text == "RI":
                k += 1
            out.append(_make(tokens, text, base, i, k, i + n, i + n,
                             cat in UNIT_CATEGORIES or tokens[i].text.startswith(("Sat", "Dit"))))
            i = k
            continue
        n = org_start_at(tokens, i)
        if n and i + n < len(tokens) and (is_cap(tokens[i + n].text)) \
                and not _blocked(tokens[i], stops) and not _blocked(tokens[i + n], stops):
            k = _name_run(tokens, i, stops)
            k = _ministry_end(tokens, i, k, stops)
            if k > i + n - 1 and k > i + 1:
                first = i + n if tokens[i].text in REGION_FIRST else i + n + 1
                out.append(_make(tokens, text, base, i, k, i + n, first,
                                 tokens[i].text in UNIT_WORDS))
                i = k
                continue
        i += 1
    return _join_party_branches(tokens, text, base, out)


# "DPD Golkar Jabar", "DPC PDIP Kota Bogor": a party's branch is one organisation, scoped by
# the party and the region, not the bare "DPD" (which is also the national senate)
PARTY_BRANCHES = {"DPP", "DPD", "DPW", "DPC", "PAC", "DPRt"}
# ... also written out, with or without the acronym after it: "Dewan Pimpinan Wilayah (DPW) PPP"
BRANCH_NAMES = {"Dewan Pimpinan Pusat", "Dewan Pimpinan Wilayah", "Dewan Pimpinan Daerah",
                "Dewan Pimpinan Cabang", "Dewan Pengurus Pusat", "Dewan Pengurus Wilayah",
                "Dewan Pengurus Daerah", "Dewan Pengurus Cabang"}


def _branch_gap(tokens, before: Agency, agency: Agency) -> bool:
    """Is `agency` right after the branch `before` (an acronym in brackets may stand between)?"""
    gap = [t.text for t in tokens[before.token_end:agency.token_start]]
    if before.text in PARTY_BRANCHES:
        return not gap or gap in (["I"], ["II"])   # "DPD I Partai Golkar Jateng"
    return before.name in BRANCH_NAMES and (not gap or (
        len(gap) == 3 and gap[0] == "(" and gap[2] == ")" and gap[1] in PARTY_BRANCHES))


def _join_party_branches(tokens, text: str, base: int, agencies: list[Agency]) -> list[Agency]:
    out: list[Agency] = []
    for agency in agencies:
        before = out[-1] if out else None
        if before is not None and _branch_gap(tokens, before, agency) \
                and is_party(tokens, agency.token_start):
            out[-1] = _make(tokens, text, base, before.token_start, agency.token_end,
                            agency.token_end, agency.token_start + 1, False)
            continue
        out.append(agency)
    return out


def is_party(tokens, i: int) -> bool:
    return tokens[i].text == "Partai" or _category(tokens, i, 1) == "partai"


def _make(tokens, text: str, base: int, i: int, k: int, min_end: int, first: int,
          unit: bool) -> Agency:
    # never end on a connector or comma
    while k > min_end and tokens[k - 1].text in CONNECTORS | {","}:
        k -= 1
    s, e = tokens[i].start, tokens[k - 1].end
    rj = _split_region(tokens, first, k)
    region = rs = re_ = None
    if rj is not None:
        rs, re_ = tokens[rj].start, tokens[k - 1].end
        region = text[rs - base:re_ - base]
    surface = text[s - base:e - base]
    return Agency(s, e, surface, " ".join(surface.split()), region, rs, re_, i, k, unit)


_GENERIC_WORDS = TYPE_WORDS | {"Jenderal", "Wilayah", "Daerah", "Cabang", "Pusat"}


def _generic_acronym(tokens, i: int, n: int) -> bool:
    """An acronym for a kind of office, not one office: `Ditjen` (Direktorat Jenderal) is
    named by the words after it ("Ditjen Imigrasi")."""
    e = load().agencies.get(" ".join(t.text for t in tokens[i:i + n]))
    return e is not None and len(e.expansion.split()) >= 2 and \
        all(w in _GENERIC_WORDS for w in e.expansion.split())
