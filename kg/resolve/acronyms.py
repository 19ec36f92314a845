"""Indonesian agency acronyms: syllable matching, in-text definitions, the shipped alias list.

Indonesian acronyms take syllables, not only letters: Dinsosnakertrans = DINas SOSial,
tenaga (te-NA-ga) KERja dan TRANSmigrasi; Disdukcapil = DInaS kepenDUDUKan dan
penCAtatan siPIL; Kemenag = KEMENterian AGama. matches_acronym() aligns the short form
to pieces of the long form's words; each piece starts at a syllable boundary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.resolve.text import normalize, words

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

STOPWORDS = frozenset("dan serta untuk dari di ke yang atau bagi pada dengan the of and for".split())
VOWELS = frozenset("aeiou")
# Consonant pairs that open a syllable together (ng, ny are single sounds).
ONSETS = frozenset("ng ny sy kh tr pr kr br gr dr pl kl bl fl gl sl st sk sp".split())
# Conventional short forms of head words that the syllable rule cannot derive.
HEAD_FORMS = {"dinas": ("dinas", "din", "dis", "di", "d")}
# Syllable codes used when composing an acronym for a long name (after a known head).
MORPHEMES = {
    "tenaga kerja": "naker", "ketenagakerjaan": "naker", "transmigrasi": "trans",
    "sosial": "sos", "kesehatan": "kes", "pendidikan": "dik", "kebudayaan": "bud",
    "pariwisata": "par", "pemuda": "pora", "olahraga": "ra", "perhubungan": "hub",
    "pertanian": "tan", "perindustrian": "perin", "perdagangan": "dag",
    "komunikasi": "kom", "informatika": "info", "statistik": "stik", "persandian": "san",
    "kependudukan": "duk", "pencatatan sipil": "capil", "keluarga berencana": "kb",
    "koperasi": "kop", "perikanan": "kan", "kelautan": "la", "peternakan": "nak",
    "perkebunan": "bun", "kehutanan": "hut", "pangan": "pangan", "ketahanan pangan": "tapang",
    "lingkungan hidup": "lh", "pemberdayaan masyarakat": "pm", "desa": "des",
    "perumahan": "perkim", "pertanahan": "tanah", "arsip": "ar", "perpustakaan": "pus",
    "pemadam kebakaran": "damkar", "penanaman modal": "pm", "ketertiban": "tib",
}
PIECE_PENALTY = 0.1    # a piece not at the word start, or a second piece in one word
MIN_SCORE = 0.6


def _boundaries(word: str) -> tuple[int, ...]:
    """Syllable start offsets of a lowercase word (phonological, approximate)."""
    bounds = {0}
    for i in range(1, len(word)):
        if word[i] not in VOWELS:
            continue
        k = i - 1
        while k >= 0 and word[k] not in VOWELS:
            k -= 1
        if k < 0:
            continue
        n = i - 1 - k
        if n == 0:
            bounds.add(i)
        elif n >= 2 and word[i - 2:i] in ONSETS:
            bounds.add(i - 2)
        else:
            bounds.add(i - 1)
    return tuple(sorted(bounds))


def _short_chars(short: str) -> tuple[str, tuple[bool, ...]]:
    """Lowercase letters/digits of the short form and which were uppercase.

    "DP3A" -> "dpppa": a digit after a capital repeats it (P3 = three P-words).
    """
    chars, upper = [], []
    raw = [ch for ch in short if ch.isalnum() and ch.isascii()]
    for i, ch in enumerate(raw):
        prev = raw[i - 1] if i else ""
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if ch in "23456789" and prev.isupper() and not nxt.isdigit():
            chars.extend(prev.lower() * (int(ch) - 1))
            upper.extend([True] * (int(ch) - 1))
            continue
        chars.append(ch.lower())
        upper.append(ch.isupper())
    return "".join(chars), tuple(upper)


def _token_starts(short: str) -> tuple[int, ...]:
    """Positions in the short form's chars where a written token begins ("Satpol PP": 0, 6)."""
    starts, pos = [], 0
    for token in short.split():
        starts.append(pos)
        pos += len(_short_chars(token)[0])
    return tuple(starts)


def _word_options(word: str, short: str, upper: tuple[bool, ...], p: int, starts=(0,)):
    """Ways one word can consume short[p:]: (end position, penalty)."""
    out = []
    for form in HEAD_FORMS.get(word, ()):
        if short.startswith(form, p) and not any(upper[p + 1:p + len(form)]):
            out.append((p + len(form), 0.0))
    if word in HEAD_FORMS:
        return out
    bounds = _boundaries(word)
    n = len(short)
    for b1 in bounds:
        if b1 and upper[p] and p not in starts:
            continue  # a capital inside an acronym starts a word
        pen1 = PIECE_PENALTY if b1 else 0.0
        length = 0
        while (p + length < n and b1 + length < len(word)
               and short[p + length] == word[b1 + length]
               and (length == 0 or not upper[p + length])):
            length += 1
            out.append((p + length, pen1))
            q = p + length
            if q >= n or upper[q]:
                continue
            for b2 in bounds:
                if b2 < b1 + length:
                    continue
                m = 0
                while (q + m < n and b2 + m < len(word) and short[q + m] == word[b2 + m]
                       and not upper[q + m]):
                    m += 1
                    out.append((q + m, pen1 + PIECE_PENALTY))
    return out


def acronym_score(short: str, long_name: str) -> float:
    """0..1: how well `short` reads as a syllable/letter acronym of `long_name` (0 = no)."""
    score = _score(short, long_name)
    if not score and short.isupper() and any(_wordlike(t) for t in short.split()):
        score = _score(short.title(), long_name)   # "KEMENAG" written in capitals
    return score


def _wordlike(token: str) -> bool:
    return len(token) >= 5 and sum(ch in "AEIOU" for ch in token) >= 2


def _score(short: str, long_name: str) -> float:
    chars, upper = _short_chars(short)
    starts = _token_starts(short)
    long_words = words(long_name)
    if len(chars) < 2 or not long_words:
        return 0.0
    if chars == "".join(long_words):
        return 1.0
    if len(chars) >= len("".join(long_words)):
        return 0.0
    first = next((w for w in long_words if w not in STOPWORDS), "")
    if short.isalpha() and short.isupper() and len(chars) <= 4 and first[:1] != chars[0] \
            and not any(f.startswith(chars[0]) for f in HEAD_FORMS.get(first, ())):
        return 0.0   # a short capital acronym begins with its first word: "SM" is not "Divisi Merah"
    n_words = len(long_words)

    @lru_cache(maxsize=None)
    def best(p: int, w: int) -> float:
        """Lowest penalty to consume short[p:] with words[w:]; inf if impossible."""
        if w == n_words:
            return 0.0 if p == len(chars) else float("inf")
        word = long_words[w]
        result = float("inf")
        if word in STOPWORDS:
            result = best(p, w + 1)
        if p == len(chars):
            return result
        if word in STOPWORDS:
            if chars[p] == word[0]:
                result = min(result, best(p + 1, w + 1))
            return result
        for end, pen in _word_options(word, chars, upper, p, starts):
            result = min(result, pen + best(end, w + 1))
        return result

    penalty = best(0, 0)
    return max(0.0, 1.0 - penalty) if penalty != float("inf") else 0.0


def matches_acronym(short: str, long_name: str) -> bool:
    """True if `short` is an acronym of `long_name` ("Dinsos", "Dinas Sosial")."""
    return acronym_score(short, long_name) >= MIN_SCORE


def looks_like_acronym(name: str) -> bool:
    """One or two tokens with a capital inside or all capitals: "BPBD", "Dinsos", "Satpol PP"."""
    tokens = name.split()
    if not tokens or len(tokens) > 3:
        return False
    first = tokens[0]
    return (first.isupper() and len(first) >= 2) or (first in acronym_table().by_acronym)


# --- in-text definitions ------------------------------------------------------------------

_PAREN = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9&.\- ]{0,24}?)\s*\)")
_WORD = re.compile(r"[\w.'&/-]+")


@dataclass(frozen=True)
class Definition:
    long: str       # "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan"
    short: str      # "BPJS Ketenagakerjaan"
    start: int      # span of the long form
    end: int


def find_definitions(text: str) -> list[Definition]:
    """`Long Name (ABBR)` pairs in text; the long form is the shortest capitalised run of
    words before the parenthesis that the acronym matches."""
    found = []
    for m in _PAREN.finditer(text):
        short = m.group(1).strip()
        window_start = max(0, m.start() - 200)
        before = list(_WORD.finditer(text, window_start, m.start()))[-14:]
        for i in range(len(before) - 1, -1, -1):
            first = before[i].group()
            if not first[:1].isupper():
                continue
            long_text = text[before[i].start():before[-1].end()].rstrip(",")
            if matches_acronym(short, long_text):
                found.append(Definition(long_text, short, before[i].start(), before[-1].end()))
                break
    return found


# --- the shipped list -------------------------------------------------------------------

@dataclass(frozen=True)
class AcronymEntry:
    acronym: str
    expansion: str
    level: str        # "pusat", "provinsi|kabupaten/kota", ... ("" if unknown)
    ambiguous: bool


@dataclass(frozen=True)
class AcronymTable:
    by_acronym: dict[str, tuple[AcronymEntry, ...]]     # acronym as written
    by_folded: dict[str, tuple[AcronymEntry, ...]]      # normalize(acronym)
    by_expansion: dict[str, tuple[AcronymEntry, ...]]   # normalize(expansion)

    def expand(self, acronym: str) -> AcronymEntry | None:
        """The single unambiguous expansion of an acronym, or None."""
        entries = self.by_acronym.get(acronym) or self.by_folded.get(normalize(acronym), ())
        if len({normalize(e.expansion) for e in entries}) != 1 or entries[0].ambiguous:
            return None
        return entries[0]

    def acronym_of(self, long_name: str) -> AcronymEntry | None:
        """The single unambiguous acronym of a long name, or None."""
        entries = self.by_expansion.get(normalize(long_name), ())
        if len({normalize(e.acronym) for e in entries}) != 1 or entries[0].ambiguous:
            return None
        return entries[0]


@lru_cache(maxsize=1)
def acronym_table() -> AcronymTable:
    by_acronym, by_folded, by_expansion = {}, {}, {}
    path = DATA_DIR / "acronyms.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        acronym, expansion, level, flag, _source = line.split("\t")
        entry = AcronymEntry(acronym, expansion, level, flag == "ambiguous")
        by_acronym.setdefault(acronym, []).append(entry)
        by_folded.setdefault(normalize(acronym), []).append(entry)
        by_expansion.setdefault(normalize(expansion), []).append(entry)
    freeze = lambda d: {k: tuple(v) for k, v in d.items()}  # noqa: E731
    return AcronymTable(freeze(by_acronym), freeze(by_folded), freeze(by_expansion))


def derive_acronym(long_name: str) -> str | None:
    """An acronym for a long agency name: from the list, or a known head acronym plus
    syllable codes ("Dinas Sosial, Tenaga Kerja dan Transmigrasi" -> "Dinsosnakertrans")."""
    table = acronym_table()
    entry = table.acronym_of(long_name)
    if entry:
        return entry.acronym
    ws = words(long_name)
    for cut in range(len(ws) - 1, 0, -1):
        head = table.acronym_of(" ".join(ws[:cut]))
        if head is None or " " in head.acronym:
            continue
        rest, parts, i = ws[cut:], [head.acronym], 0
        while i < len(rest):
            if rest[i] in STOPWORDS:
                i += 1
                continue
            for size in (2, 1):
                code = MORPHEMES.get(" ".join(rest[i:i + size]))
                if code and i + size <= len(rest):
                    parts.append(code)
                    i += size
                    break
            else:
                return None
        composed = "".join(parts)
        return composed if matches_acronym(composed, long_name) else None
    return None
