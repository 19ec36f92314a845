"""Rule-based Indonesian sentence splitter and tokenizer with exact character offsets.

Token conventions (chosen to agree with UD Indonesian-CSUI):
- punctuation is split off: , . " “ ” ' ( ) : ; ? ! [ ] and `%` is always its own token;
- kept whole: hyphenated and slashed words (hak-hak, e-KTP, U-15, MPR/DPR, 25/7), apostrophes
  inside words (Ma'ruf, Jum'at), numbers with . or , (3.500, 9,55, 10.30), URLs, domains
  (Merdeka.com, bumn.go.id), emails, @handles and #hashtags, ellipses (... …) and dash runs (--);
- abbreviations keep their dot: listed ones (Kab., Jl., Dr., Rp., Tbk., dll.), dotted ones
  (S.Sos., S.H., M.Si., a.n., Ph.D.) and capital initials (M. Nuh, Joko S. Widodo);
- a currency sign is split from an attached amount: Rp5.000 -> Rp 5.000, US$10 -> US$ 10.
Whitespace separates tokens. Invisible format characters (soft hyphen, zero-width joiners, bidi
marks and controls, word joiner, BOM) are not part of the analysis: `Bi\u200bma \u202eEkawar\u202cdhana`
gives the tokens Bima and Ekawardhana, whose offsets cover the original characters (so a token's
text is its slice of the text without those characters). A zero-width space before a capital or
a non-letter (`Presiden\u200bJoko`) is a word break; inside a lowercase run it joins.

Sentences never cross a line break, so every title, caption or paragraph line ends a sentence.
Inside a line a sentence ends after . ? ! or an ellipsis (plus closing quotes/brackets) when the
next token does not start with a lowercase letter or a continuing punctuation mark.
"""
from __future__ import annotations

import re
from typing import Sequence

from kg.nlp.abbreviations import (
    CURRENCIES, FINAL, LETTER_LABELS, SENTENCE_STARTERS, TITLES, TLDS,
)
from kg.nlp.types import Sentence, Token

_SEP = r"\s\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\x80-\x9f"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# listed abbreviations, plus all-caps variants of titles (IR. H. Juanda, Prof. DR. Dr.)
_ABBREVIATIONS = TITLES | FINAL | {w.upper() for w in TITLES if len(w) > 1}

_TOKEN_RE = re.compile(
    "|".join([
        # fast path: a plain letter word that no joiner or dot follows
        r"[^\W\d_]+(?![\w.@'’/:$-])",
        # URL; trailing punctuation stays outside
        rf"(?:https?://|www\.)[^{_SEP}\"“”<>]*[^{_SEP}\"“”<>.,;:!?)\]'’]",
        # email
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        # bare domain with optional path
        rf"(?<![\w.@])(?:[A-Za-z0-9][\w-]*\.)+(?:{_alt(TLDS)})(?![\w-])(?:/[\w./?=&%-]*[\w/])?",
        # file extension after a space: .JPG, .pdf
        rf"(?<![^{_SEP}])\.(?:[A-Z][A-Z0-9]{{1,3}}|[a-z][a-z0-9]{{1,3}})(?![\w.])",
        # @handle, #hashtag
        r"[@#]\w+(?:\.\w+)*",
        # currency sign directly before an amount
        rf"(?:{_alt(CURRENCIES)})(?=\s?\d)",
        # number with separators: 3.500, 9,55, 10.30, 1.000.000,50
        r"\d+(?:[.,]\d+)+",
        # listed abbreviation with its dot
        rf"(?<![\w.])(?:{_alt(_ABBREVIATIONS)})\.",
        # dotted abbreviation: S.Sos. S.H. M.Si. a.n. Ph.D. LL.M.
        r"(?<![\w.])[A-Za-z]{1,2}\.(?:[A-Za-z]{1,4}\.)*[A-Za-z]{1,4}\.?(?![\w])",
        # capital initial: M. Nuh
        r"(?<![\w.])[A-Z]\.(?:(?![\w])|(?=[A-Z][a-z]))",
        # word: letters/digits joined by - ' ’ / (hak-hak, Ma'ruf, 25/7, MPR/DPR, f/2.2)
        # (a hyphen between two digits is a range: 30-35 -> 30 - 35; English 's is split off)
        r"\w+(?:(?:(?<![0-9])-|-(?![0-9])|['’](?![sS](?!\w))|/)\w+|(?<=[0-9])[.,][0-9]+)*",
        r"(?<=\w)['’][sS](?!\w)",
        # ellipsis, dash runs
        r"\.{2,}|-{2,}",
        # any other visible character
        rf"[^{_SEP}]",
    ])
)

_TERMINATORS = frozenset({".", "?", "!", "…"})
_END_CHARS = frozenset(".?!…")
_QUOTES = frozenset('"“”')
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
_CONTINUE = frozenset({",", ";", ":", ")", "]", "%", "-", "/"})
_FINAL_ABBR = frozenset(w + "." for w in FINAL)
_LABELS = LETTER_LABELS


# invisible format characters, removed for analysis (U+200B only inside a lowercase word)
_INVISIBLE = frozenset("\u00ad\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                       "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
_ZWSP = "\u200b"
_MAYBE_HIDDEN = re.compile("[" + "".join(sorted(_INVISIBLE)) + _ZWSP + "]")


def _hidden(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _INVISIBLE:
        return True
    return (ch == _ZWSP and 0 < i < len(text) - 1 and text[i - 1].isalpha()
            and text[i + 1].islower())


def visible(text: str) -> str:
    """text without the invisible format characters the tokenizer ignores ("Bi\u200bma" -> "Bima")."""
    if not _MAYBE_HIDDEN.search(text):
        return text
    return _MAYBE_HIDDEN.sub(lambda m: "" if _hidden(text, m.start()) else m.group(), text)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end]; offsets index into `text`; token text is visible(its slice)."""
    if end is None:
        end = len(text)
    if not _MAYBE_HIDDEN.search(text, start, end):
        return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]
    # tokenize the visible characters (one character of left context for the look-behinds)
    # and map the offsets back to `text`
    begin = max(0, start - 1)
    keep = [i for i in range(begin, end) if i < start or not _hidden(text, i)]
    clean = "".join(text[i] for i in keep)
    return [Token(m.group(), keep[m.start()], keep[m.end() - 1] + 1)
            for m in _TOKEN_RE.finditer(clean, start - begin)]


def _ends_sentence(toks: list[Token], i: int, first: int) -> bool:
    """Can token i (inside the sentence that starts at token `first`) end that sentence?"""
    t = toks[i].text
    if t in _TERMINATORS or t[0] == "." and len(t) > 1 and t.strip(".") == "":
        # list marker "7." or "a." at line start, or a lone "..." opening a quote
        if not any(x.text[0].isalnum() for x in toks[first:i]):
            return False
        if i - first == 1 and t == "." and len(toks[first].text) <= 3 and toks[first].text.isalnum():
            return False
        # "(T.K010/R010)": a dot glued between a single letter and the next word
        if (t == "." and i > first and i + 1 < len(toks) and len(toks[i - 1].text) == 1
                and toks[i - 1].end == toks[i].start and toks[i + 1].start == toks[i].end):
            return False
        return True
    if t in _FINAL_ABBR:
        return True
    if t[-1] != "." or len(t) < 2 or t[:-1] in _ABBREVIATIONS:
        return False
    # initial or dotted abbreviation: ends the sentence only before a sentence opener
    # or after a label word ("Serie A.", "hepatitis B.")
    if i + 1 < len(toks) and toks[i + 1].text in SENTENCE_STARTERS:
        return True
    return len(t) == 2 and i > first and toks[i - 1].text.lower() in _LABELS


def _split_line(text: str, start: int, end: int, out: list[Sentence]) -> None:
    toks = tokenize(text, start, end)
    n = len(toks)
    first = 0
    open_quote = False
    cuts: list[int] = []
    i = 0
    while i < n:
        t = toks[i].text
        last = t[-1]
        if last in _QUOTES:
            open_quote = (not open_quote) if t == '"' else t == "“"
        if last not in _END_CHARS or not _ends_sentence(toks, i, first):
            i += 1
            continue
        j = i + 1
        # absorb more terminators and closing quotes/brackets
        while j < n:
            tj = toks[j].text
            attached = toks[j].start == toks[j - 1].end
            if tj in _TERMINATORS or (tj[0] == "." and tj.strip(".") == ""):
                pass
            elif tj == '"':
                if not (attached or open_quote):
                    break
                open_quote = False
            elif tj == "”":
                open_quote = False
            elif tj in _CLOSERS:
                if not attached and tj in ("'", "’"):
                    break
            else:
                break
            j += 1
        if j < n:
            nxt = toks[j].text
            c = nxt[0]
            if c.islower() or nxt in _CONTINUE:
                i = j
                continue
            cuts.append(j)
            first = j
        i = j
    # a stray closing quote or bracket at the end of the line joins the sentence before it
    if cuts and not any(_WORD_CHAR.search(t.text) for t in toks[cuts[-1]:]):
        cuts.pop()
    a = 0
    for b in cuts + [n]:
        if b > a:
            _emit(text, toks, a, b, out)
        a = b


def _emit(text: str, toks: list[Token], a: int, b: int, out: list[Sentence]) -> None:
    s, e = toks[a].start, toks[b - 1].end
    out.append(Sentence(len(out), s, e, text[s:e], tuple(toks[a:b])))


_WORD_CHAR = re.compile(r"\w")
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")


def split_sentences(
    text: str, regions: Sequence[tuple[int, int]] | None = None
) -> list[Sentence]:
    """Sentences over the given character regions of `text` (default: all of it).

    Regions are taken in text order; indices run 0.. across them; offsets index into `text`.
    """
    if regions is None:
        regions = [(0, len(text))]
    out: list[Sentence] = []
    for rs, re_ in sorted(regions):
        rs, re_ = max(0, rs), min(len(text), re_)
        for m in _LINE_RE.finditer(text, rs, re_):
            _split_line(text, m.start(), m.end(), out)
    return out
