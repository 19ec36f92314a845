"""Quotes: direct quotes with a speech tag, multi-paragraph quotes, and reported speech.

    find_quotes(text, article_id, sentences, people, titled, new_person) -> list[Quote]

`people` are the article's person mentions; `titled` lists title phrases as
(start, end, keyword, person id or None) so "kata Kapolres" finds the Kapolres named earlier.
`new_person(start, end, sentence_index)` adds a person mention for a speaker that no rule
found yet and returns its id.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from kg.extract.types import EntityMention, Provenance, Quote
from kg.nlp.types import Sentence

AFTER_VERBS = ("kata", "ujar", "ucap", "jelas", "tutur", "ungkap", "harap", "imbuh", "tegas",
               "terang", "sebut", "tambah", "lanjut", "papar", "tandas", "pungkas", "sambung",
               "tutup", "urai", "cetus", "timpal", "seru", "akui", "katakan", "bilang", "tanya",
               "jawab", "klaim", "kilah", "ingat", "pesan", "pinta", "tulis")
BEFORE_VERBS = ("mengatakan", "menyatakan", "menjelaskan", "menegaskan", "menambahkan",
                "mengungkapkan", "menuturkan", "berkata", "menyebutkan", "melanjutkan",
                "menerangkan", "menyampaikan", "mengaku", "mengakui", "bertanya", "menjawab",
                "berujar", "memaparkan", "berpesan", "mengingatkan", "menulis")
REPORT_VERBS = ("mengatakan", "menyatakan", "menjelaskan", "menegaskan", "menambahkan",
                "mengungkapkan", "menuturkan", "menerangkan", "menyampaikan", "menyebutkan",
                "memaparkan", "mengemukakan", "menilai", "mengklaim", "mengakui", "memastikan",
                "berkata", "melanjutkan")
PRONOUNS = ("ia", "dia", "beliau")

_AFTER_RE = re.compile(r"\s*,?\s*(?P<verb>" + "|".join(AFTER_VERBS) + r")(?P<nya>nya)?\b"
                       r"(?:\s+(?P<pron>ia|dia|beliau)\b)?")
_BEFORE_RE = re.compile(r"\b(?P<verb>" + "|".join(BEFORE_VERBS + AFTER_VERBS) + r")(?:\s+bahwa)?"
                        r"\s*[,:]?\s*$")
_REPORT_RE = re.compile(r"\b(?P<verb>" + "|".join(REPORT_VERBS) + r")\b\s*(?:,\s*|:\s*)?"
                        r"(?:bahwa\s+)?")
_MENURUT_RE = re.compile(r"(?:^|[,.]\s+|\bSementara itu,?\s+)(?P<verb>[Mm]enurut)(?P<nya>nya)?\b")
OPEN = '"“'
CLOSE = '"”'


@dataclass
class _Span:
    start: int           # inside the quote marks, stripped
    end: int
    open_at: int         # the opening mark
    close_at: int | None  # the closing mark, None when the paragraph ends the quote open
    para_start: bool     # the quote opens its paragraph
    speaker: str | None = None
    verb: str | None = None
    confidence: float = 0.0
    pronoun: bool = False


def _paragraphs(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def quote_spans(text: str) -> list[_Span]:
    """Quoted spans, paragraph by paragraph; a quote left open runs to the paragraph end."""
    out = []
    for ps, pe in _paragraphs(text):
        open_at = None
        for i in range(ps, pe):
            c = text[i]
            if c not in OPEN and c not in CLOSE:
                continue
            if open_at is None:
                if c in OPEN:
                    open_at = i
            elif c in CLOSE:
                _add(out, text, open_at, i, ps)
                open_at = None
        if open_at is not None and not text[ps:open_at].strip():
            _add(out, text, open_at, None, ps)
    return out


def _add(out, text: str, open_at: int, close_at: int | None, ps: int) -> None:
    s, e = open_at + 1, close_at
    if e is None:
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    if len(text[s:e].split()) < 3:   # titles of films, slogans, single words
        return
    out.append(_Span(s, e, open_at, close_at, not text[ps:open_at].strip()))


def find_quotes(text: str, article_id: str, sentences: Sequence[Sentence],
                people: Sequence[EntityMention], titled: Sequence[tuple[int, int, str, str | None]],
                new_person: Callable[[int, int, int], str],
                others: Sequence[EntityMention] = ()) -> list[Quote]:
    """`others`: organisation and place mentions, never taken for a speaker."""
    people = sorted(people, key=lambda m: m.provenance.start)
    resolver = _Resolver(text, people, titled, new_person, sentences)
    resolver.blocked = [(m.provenance.start, m.provenance.end) for m in others]
    spans = quote_spans(text)
    for q in spans:
        _tag(q, text, resolver)
    # multi-paragraph quotes: an open paragraph takes the speaker of the paragraph that closes it;
    # an untagged quote right after a tagged one (next paragraph) continues it
    for n in range(len(spans) - 2, -1, -1):
        q, nxt = spans[n], spans[n + 1]
        if q.speaker is None and q.close_at is None and nxt.speaker and nxt.para_start \
                and not text[q.end:nxt.open_at].strip(' ,"”\n'):
            q.speaker, q.verb, q.confidence = nxt.speaker, nxt.verb, nxt.confidence - 0.1
    for n in range(1, len(spans)):
        q, prev = spans[n], spans[n - 1]
        if q.speaker is None and q.para_start and prev.speaker and \
                text.count("\n\n", prev.end, q.open_at) <= 1 and \
                not text[(prev.close_at or prev.end) + 1:q.open_at].strip(' ,.\n'):
            q.speaker, q.verb, q.confidence = prev.speaker, prev.verb, max(prev.confidence - 0.2, 0.4)
    quotes = []
    for q in spans:
        if q.speaker is None:
            continue
        quotes.append(Quote(q.speaker, text[q.start:q.end], q.start, q.end,
                            Provenance(article_id, _sentence_at(sentences, q.start), q.start, q.end,
                                       "quote-rule", round(q.confidence, 2)), q.verb, True))
    quotes += _reported(text, article_id, sentences, spans, resolver)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _sentence_at(sentences, pos: int) -> int:
    best = 0
    for s in sentences:
        if s.start <= pos:
            best = s.index
        else:
            break
    return best


class _Resolver:
    """Speaker lookup: a person mention after/before a speech verb, a title, a pronoun."""

    def __init__(self, text, people, titled, new_person, sentences):
        self.text = text
        self.people = people
        self.titled = sorted(titled)
        self.new_person = new_person
        self.sentences = sentences
        self.history: list[tuple[int, str]] = []   # (position, speaker id) of found speakers
        self.blocked: list[tuple[int, int]] = []

    def canonical(self, mid: str) -> str:
        """A short name ("Bima") -> the one full-name mention containing it, if unambiguous."""
        m = next((p for p in self.people if p.id == mid), None)
        if m is None:
            return mid
        return self.full_name(m.name) or mid

    def full_name(self, name: str) -> str | None:
        """The one person mention whose longer name contains `name` ("Bima")."""
        words = name.split()
        full = {p.name: p.id for p in self.people
                if len(p.name.split()) > len(words) and
                any(p.name.split()[k:k + len(words)] == words for k in range(len(p.name.split())))}
        return next(iter(full.values())) if len(full) == 1 else None

    def after(self, pos: int, limit: int = 160) -> tuple[str | None, float]:
        """Speaker named right after `pos` (after a speech verb)."""
        text = self.text
        j = pos
        while j < len(text) and text[j] in " \t":
            j += 1
        # a title phrase starting here, with or without a name
        bare_title = None
        for s, e, kw, pid in self.titled:
            if s == j:
                if pid:
                    return pid, 0.9
                bare_title = kw
                break
        for p in self.people:
            ps = p.provenance.start
            if j <= ps < j + limit and not re.search(r"[.!?;]|\n", text[j:ps]) and \
                    (ps == j or self._titled_gap(j, ps)):
                return p.id, 0.9
        if bare_title is not None:   # "kata Kapolres": the one Kapolres named in the article
            return self.by_title(bare_title, pos)
        m = re.match(r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})", text[j:])
        if m and self.full_name(m.group(1)):
            # "harap Bima": a short form of a person named before, whatever NER made of it
            self.new_person(j, j + m.end(1), _sentence_at(self.sentences, j))
            return self.full_name(m.group(1)), 0.6
        if m and m.group(1).lower() not in PRONOUNS and not _STOP_CAPS.match(m.group(1)) \
                and not m.group(1).split()[0].isupper() \
                and not any(s < j + m.end(1) and j < e for s, e in self.blocked):
            pid = self.new_person(j, j + m.end(1), _sentence_at(self.sentences, j))
            full = self.full_name(m.group(1))
            return (full or pid), 0.6
        return None, 0.0

    def _titled_gap(self, a: int, b: int) -> bool:
        return any(s <= a and e >= b - 3 for s, e, _, _ in self.titled) or \
            not self.text[a:b].strip(" ,")

    def before(self, sentence: Sentence, pos: int) -> tuple[str | None, float, bool]:
        """Subject right before `pos` (before a reporting verb) within the sentence."""
        text = self.text
        gap = text[sentence.start:pos].rstrip()
        if re.search(r"(?:^|\s)(?:[Ii]a|[Dd]ia|[Bb]eliau)(?:\s+pun|\s+juga)?$", gap):
            return self.pronoun(pos), 0.55, True
        m = _ACCOMPANIED_RE.search(gap)
        if m:   # "Kapolres didampingi Kasat Reskrim AKP X menjelaskan": the Kapolres speaks
            pos = sentence.start + m.start()
        best = None
        for p in self.people:
            ps, pe = p.provenance.start, p.provenance.end
            if sentence.start <= ps and pe <= pos:
                between = text[pe:pos]
                if not between.strip() or self._appositive(pe, pos) or _adverbs(between):
                    best = p
        if best is not None and _KIN_RE.search(text[sentence.start:best.provenance.start]):
            return None, 0.0, False   # "Putera sulung mantan Gubernur Ali Sadikin menegaskan"
        if best is not None:
            return best.id, 0.8, False
        for s, e, kw, pid in self.titled:
            if sentence.start <= s and e <= pos and (not text[e:pos].strip() or _adverbs(text[e:pos])):
                return (pid, 0.8, False) if pid else (*self.by_title(kw, pos), False)
        return None, 0.0, False

    def _appositive(self, a: int, b: int) -> bool:
        between = self.text[a:b].strip()
        if not between.startswith((",", "selaku", "yang")):
            return False
        return any(s >= a and e >= b - 3 and s - a <= 20 for s, e, _, _ in self.titled) or \
            bool(re.fullmatch(r",\s*(?:[A-Z][\w.]*,?\s*)+,?", between))

    def by_title(self, keyword: str, pos: int) -> tuple[str | None, float]:
        ids = {pid for s, e, kw, pid in self.titled if pid and kw.lower() == keyword.lower()}
        ids = {self.canonical(i) for i in ids}
        if len(ids) == 1:
            return ids.pop(), 0.7
        return None, 0.0

    def pronoun(self, pos: int) -> str | None:
        """Most recent speaker, else the single person named in the two sentences before."""
        earlier = [h for h in self.history if h[0] < pos]
        if earlier:
            return max(earlier)[1]
        cur = _sentence_at(self.sentences, pos)
        near = {self.canonical(p.id) for p in self.people
                if cur - 2 <= p.provenance.sentence_index <= cur and p.provenance.start < pos}
        return near.pop() if len(near) == 1 else None

    def found(self, pos: int, pid: str | None) -> None:
        if pid:
            self.history.append((pos, pid))


# A relative of the person named: the relative is the subject, not the person.
_KIN = r"(?:put[e]?r[ai]|anak|istri|suami|adik|kakak|cucu|keponakan|menantu|ibunda|ayahanda|" \
       r"kuasa hukum|pengacara)"
_KIN_RE = re.compile(r"(?:^(?i:" + _KIN + r")|(?<![\w-])" + _KIN + r")"
                     r"(?:\s+(?:sulung|bungsu|kandung|kedua|ketiga|pertama|mendiang|almarhum))*"
                     r"\s+(?:(?:dari|mantan|eks|almarhum|mendiang)\s+)*[^,.;]{0,60}$")
_ACCOMPANIED_RE = re.compile(r",?\s+(?:di\s?dampingi|didampingi\s+oleh)\s+[^,.]*$")
# Words between a speaker and the speech verb: "Ade Sukalsah juga menuturkan".
_ADVERBS = {"juga", "pun", "kembali", "lalu", "kemudian", "pun", "sebelumnya", "sendiri", "pula",
            "lebih", "lanjut", "telah", "sudah", "pernah", "masih", "tetap", "hanya",
            "bahkan", "secara", "terpisah", "tegas", "sempat", "justru"}


def _adverbs(between: str) -> bool:
    words = between.split()
    return 0 < len(words) <= 3 and all(w in _ADVERBS for w in words)


_STOP_CAPS = re.compile(r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Sementara|Namun|Saat|"
                        r"Di|Ke|Dari|Pada|Dalam|Usai|Seusai)\b")


def _tag(q: _Span, text: str, r: _Resolver) -> None:
    pid = None
    if q.close_at is not None:
        m = _AFTER_RE.match(text, q.close_at + 1)
        if m:
            q.verb = m.group("verb")
            if m.group("nya") or m.group("pron"):
                pid, conf, q.pronoun = r.pronoun(q.start), 0.55, True
            else:
                pid, conf = r.after(m.end())
            if pid:
                q.speaker, q.confidence = r.canonical(pid), conf
                r.found(q.start, q.speaker)
                return
    ps = text.rfind("\n", 0, q.open_at) + 1
    m = _BEFORE_RE.search(text, ps, q.open_at)
    if m:
        sent = next((s for s in r.sentences if s.start <= m.start() < s.end + 1), None)
        if sent is not None:
            pid, conf, q.pronoun = r.before(sent, m.start())
            if pid:
                q.speaker, q.verb, q.confidence = r.canonical(pid), m.group("verb"), conf
                r.found(q.start, q.speaker)


def _reported(text, article_id, sentences, spans, r: _Resolver) -> list[Quote]:
    out = []
    for s in sentences:
        if any(q.open_at < s.end and s.start <= (q.close_at or q.end) for q in spans):
            continue
        st = s.text
        m = _MENURUT_RE.search(st)
        if m and m.start("verb") < 40:
            after = m.end()
            comma = st.find(",", after)
            if 0 < comma - after <= 120 or (m.group("nya") and comma == after):
                if m.group("nya"):
                    pid, conf = r.pronoun(s.start + m.start()), 0.55
                else:
                    pid, conf = r.after(s.start + after + 1)
                    if pid is None and re.match(r"\s*(?:ia|dia|beliau)\b", st[after:]):
                        pid, conf = r.pronoun(s.start + m.start()), 0.55
                if pid:
                    q = _clause(text, s, s.start + comma + 1, r.canonical(pid), "menurut",
                                conf * 0.85, article_id)
                    if q:
                        out.append(q)
                        r.found(q.start, q.speaker)
                    continue
        m = _TRAILING_TAG_RE.search(st)
        if m and len(st[:m.start()].split()) >= 4:
            # "Kedua tersangka ditangkap Senin, kata Kapolres OKU AKBP Leo Andi Gunawan."
            if m.group("nya"):
                pid, conf = r.pronoun(s.start + m.start()), 0.55
            else:
                pid, conf = r.after(s.start + m.end())
            if pid:
                a = _clause_start(st)
                q = _clause(text, s, s.start + a, r.canonical(pid), m.group("verb"), conf * 0.8,
                            article_id, end=s.start + m.start())
                if q:
                    out.append(q)
                    r.found(q.start, q.speaker)
                    continue
        m = _REPORT_RE.search(st)
        if not m or m.start() == 0:
            continue
        pid, conf, _ = r.before(s, s.start + m.start())
        if pid:
            q = _clause(text, s, s.start + m.end(), r.canonical(pid), m.group("verb"), conf * 0.85,
                        article_id)
            if q:
                out.append(q)
                r.found(q.start, q.speaker)
    return out


_TRAILING_TAG_RE = re.compile(r",\s*(?P<verb>kata|ujar|ucap|tutur|ungkap|jelas|tegas|terang|imbuh|"
                              r"tambah)(?P<nya>nya)?\b\s*")


def _clause_start(st: str) -> int:
    """Skip a dateline ("Jakarta (ANTARA News) -") at the start of a sentence."""
    m = re.match(r"[^,]{0,60}\)\s*[-\u2013\u2014]+\s*", st)
    return m.end() if m else 0


def _clause(text, s: Sentence, start: int, speaker: str, verb: str, conf: float, article_id,
            end: int | None = None):
    end = s.end if end is None else end
    while start < end and text[start].isspace():
        start += 1
    if len(text[start:end].split()) < 3:
        return None
    return Quote(speaker, text[start:end], start, end,
                 Provenance(article_id, s.index, s.start, s.end, "reported-speech-rule",
                            round(conf, 2)), verb, False)
