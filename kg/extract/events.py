"""Events (trainings, meetings, raids, inaugurations ...) from trigger words in a lexicon.

A trigger noun only makes an event when the sentence shows it happening: a hosting verb before
it ("menggelar rapat", "mengikuti pelatihan"), a passive verb after it ("pelatihan itu digelar
..."), or a time word with a date or place ("usai rapat di Gedung DPR, Kamis"). Verb triggers
("meresmikan", "dilantik") are events unless negated or hypothetical. Later mentions of the same
type ("pelatihan itu", "acara tersebut") are merged into one event per article.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from kg.extract.dates import find_dates
from kg.extract.types import EntityMention, Event, Provenance
from kg.nlp.types import AnalyzedArticle, Sentence

LEXICON_PATH = Path(__file__).resolve().parent / "lexicons" / "events.csv"

HOST_VERBS = {"menggelar", "mengadakan", "melaksanakan", "menyelenggarakan", "melakukan",
              "membuka", "menutup", "memimpin", "memberi", "memberikan", "mengikuti",
              "menghadiri", "hadir", "digelarnya", "dilaksanakannya", "dibukanya"}
ATTEND_VERBS = {"mengikuti", "menghadiri", "hadir"}
PASSIVE_VERBS = {"digelar", "diadakan", "dilaksanakan", "diselenggarakan", "berlangsung",
                 "dibuka", "ditutup", "dihadiri", "diikuti", "dipimpin", "dimulai", "dilakukan"}
# passive hosts before the noun: "setelah dilakukan penangkapan"
PASSIVE_HOSTS = {"dilakukan", "digelar", "diadakan", "dilaksanakan", "diselenggarakan"}
TIME_WORDS = {"saat", "ketika", "usai", "seusai", "sebelum", "setelah", "sesudah", "selama",
              "dalam", "pada", "sela", "jelang", "menjelang", "waktu"}
FILLERS = {"kegiatan", "acara", "sebuah", "suatu", "rangkaian", "sesi", "agenda", "program",
           "secara", "resmi", "sebuah", "kembali", "sengaja", "juga", "telah", "sudah", "akan",
           "rutin", "para", "pihaknya"}
DEMONSTRATIVES = {"itu", "tersebut", "ini"}
GENERIC_EVENTS = {"acara", "kegiatan"}
NEGATIONS = {"tidak", "tak", "belum", "batal", "bukan", "enggan", "menolak", "jangan", "gagal"}
HYPOTHETICAL = {"segera", "wajib", "mendesak", "meminta", "diminta", "bisa", "dapat", "harus", "perlu", "boleh", "jika", "kalau", "bila", "apabila",
                "seandainya", "ingin", "mau", "hendak", "berencana", "terancam", "agar",
                "supaya", "mesti", "akan"}
LABEL_STOP = {
    "di", "ke", "dari", "pada", "yang", "oleh", "untuk", "kepada", "bagi", "dengan", "ini",
    "itu", "tersebut", "dan", "serta", "atau", "sebagai", "karena", "sejak", "hingga", "sampai",
    "selama", "saat", "ketika", "usai", "setelah", "sebelum", "akan", "telah", "sudah",
    "sedang", "masih", "juga", "pun", "sengaja", "kembali", "tidak", "belum", "bersama",
    "adalah", "merupakan", "ialah", "yakni", "yaitu", "hari", "pukul", "kemarin", "besok",
    "para", "agar", "supaya", "namun", "tetapi", "kata", "ujar", "ungkap", "jelas", "ini",
    "terhadap", "antara", "tahun", "bulan", "pekan", "lalu", "mendatang", "nanti", "secara",
    "mulai", "tadi", "sekitar", "kali", "lebih", "kurang", "sangat", "mereka", "kami", "kita",
    "dalam", "bahwa", "kala", "menjadi", "setidaknya", "sepanjang", "tak", "bisa", "dapat",
    "sedangkan", "seperti", "sehingga", "namun", "maupun",
} | PASSIVE_VERBS | HOST_VERBS
MODALS = {"harus", "perlu", "bisa", "dapat", "seharusnya", "mesti", "ingin", "hendak", "agar",
          "supaya", "jika", "kalau", "bila", "apabila", "mampu", "kemampuan", "wajib",
          "diwajibkan", "segera", "mendesak", "meminta", "diminta"}
WEEKDAY_WORDS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"}
PARTNER_CUES = [("menggandeng",), ("bekerja", "sama", "dengan"), ("bekerjasama", "dengan"),
                ("kerja", "sama", "dengan"), ("kerjasama", "dengan"), ("berkolaborasi", "dengan"),
                ("bersinergi", "dengan"), ("bersama",), ("didukung", "oleh"), ("didukung",)]
PARTICIPANT_CUES = [("dihadiri", "oleh"), ("dihadiri",), ("diikuti", "oleh"), ("diikuti",),
                    ("dihadiri", "langsung", "oleh")]
ORGANIZER_CUES = [("oleh",), ("diselenggarakan", "oleh"), ("digelar", "oleh"),
                  ("dilaksanakan", "oleh"), ("diadakan", "oleh"), ("diprakarsai", "oleh"),
                  ("diprakarsai",), ("diinisiasi", "oleh")]
# "20 lebih peserta", "puluhan pekerja seks komersial", "ratusan warga"
_QUANTITY = (r"(?:(?:sekitar|sebanyak|lebih\s+dari|hampir|kurang\s+lebih)\s+)?"
             r"(?:\d[\d.,]*(?:\s+lebih)?(?:\s+orang)?|puluhan|ratusan|ribuan|belasan|sejumlah|"
             r"seluruh|semua|ratusan\s+ribu|puluhan\s+ribu)")
GROUP_HEADS = [
    "pekerja seks komersial", "psk", "peserta", "warga", "masyarakat", "siswa", "siswi",
    "pelajar", "mahasiswa", "guru", "petani", "nelayan", "pedagang", "pegawai", "karyawan",
    "asn", "pns", "kepala desa", "perangkat desa", "personel", "anggota", "pejabat",
    "ibu rumah tangga", "pemuda", "relawan", "kader", "pengurus", "pengelola", "pelaku usaha",
    "buruh", "pekerja", "santri", "ulama", "tokoh agama", "tokoh masyarakat", "kepala sekolah",
    "bidan", "perawat", "dokter", "penyandang disabilitas", "anak", "lansia", "pengemudi",
    "sopir", "ojek", "jemaah", "jamaah", "penari", "pelari", "atlet", "umkm", "pengusaha",
    "wartawan", "jurnalis", "tersangka", "pengunjuk rasa", "demonstran", "massa", "orang",
    "polisi", "prajurit", "penghuni", "penerima", "keluarga", "kepala keluarga",
]
_GROUP_RE = re.compile(
    rf"\b{_QUANTITY}\s+(?:(?i:{'|'.join(sorted(GROUP_HEADS, key=len, reverse=True))}))"
    r"(?:\s+(?!(?:di|ke|dari|yang|untuk|dan|itu|ini|tersebut|se\w+|me\w+|ber\w+|di\w+|ter\w+)\b)"
    r"[a-z]{3,})?\b",
    re.I,
)
_GROUP_NOUN_WORDS = {"karaoke", "hiburan", "rumah", "sekolah", "desa", "kampung", "pasar",
                     "adat", "sekitar", "setempat", "lokalisasi", "pesantren", "kurang", "miskin"}


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    type: str
    form: str            # "noun" | "verb"
    category: str = ""   # the closed set: "arrest", "training", ... (ontologies/README.md)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> dict[tuple[str, ...], Trigger]:
    """trigger words (lowercase tuple) -> Trigger, from lexicons/events.csv."""
    p = Path(path) if path else LEXICON_PATH
    out = {}
    with p.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            words = tuple(row["trigger"].lower().split())
            if words:
                out[words] = Trigger(words, row["type"].strip(), (row.get("form") or "noun").strip(),
                                     (row.get("category") or "").strip())
    return out


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return {t.type: t.category for t in load_lexicon().values()}


def category_of(event_type: str) -> str:
    """The closed-set category of a lexicon type ("penangkapan" -> "arrest"), or ""."""
    return _categories().get(event_type, "")


@dataclass
class _Occurrence:
    sentence: Sentence
    trigger: Trigger
    tok_start: int
    tok_end: int
    kind: str                       # "frame" | "anaphor" | "weak" | "generic"
    label: str
    host: int | None = None         # token index of the hosting/passive verb
    passive: int | None = None


@dataclass
class _Draft:
    type: str
    label: str
    provenance: list[Provenance] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    organizer: str | None = None
    partners: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    date_text: str | None = None
    own_date: str | None = None     # a date read from a trigger sentence itself


def _words(sentence: Sentence) -> list[str]:
    return [t.text.lower() for t in sentence.tokens]


def _match_at(words: list[str], i: int, phrases) -> int:
    """Length of the longest phrase (tuple of words) starting at token i, or 0."""
    best = 0
    for ph in phrases:
        if len(ph) > best and tuple(words[i:i + len(ph)]) == ph:
            best = len(ph)
    return best


def _token_index(sentence: Sentence, offset: int) -> int:
    for k, t in enumerate(sentence.tokens):
        if t.end > offset:
            return k
    return len(sentence.tokens)


def _label_end(words: list[str], j: int, dates: list[tuple[int, int]], sentence: Sentence) -> int:
    """Token index after the trigger's object ("membuat kue" in "pelatihan membuat kue")."""
    k = j
    while k < len(words) and k - j < 4:
        w = words[k]
        tok = sentence.tokens[k]
        if w in LABEL_STOP or w in WEEKDAY_WORDS or not re.match(r"\w", w):
            break
        if any(s <= tok.start < e for s, e in dates):
            break
        # a second verb ends the object: "pelatihan membuat kue" but not "... kue menjadi"
        if k > j and re.match(r"(me|di|ber|ter)\w{3,}", w) and tok.text[0].islower():
            break
        k += 1
    # a lone verb is not an object: "pawai menandakan bahwa ..."
    if k == j + 1 and re.match(r"(me|ber|ter)\w{3,}", words[j]) and (
            k >= len(words) or words[k] in LABEL_STOP):
        return j
    return k


def _find_occurrences(analyzed: AnalyzedArticle, lexicon, mentions_by_sentence) -> list[_Occurrence]:
    max_len = max(len(k) for k in lexicon)
    text = analyzed.article.text
    out = []
    for s in analyzed.sentences:
        words = _words(s)
        date_spans = [(s.start + a, s.start + b) for a, b, _, _ in find_dates(s.text, None)]
        places = [m for m in mentions_by_sentence.get(s.index, []) if m.kind == "place"]
        i = 0
        while i < len(words):
            trig = None
            for n in range(min(max_len, len(words) - i), 0, -1):
                trig = lexicon.get(tuple(words[i:i + n]))
                if trig:
                    break
            if trig is None:
                if (words[i] in GENERIC_EVENTS and i + 1 < len(words)
                        and words[i + 1] in DEMONSTRATIVES):
                    out.append(_Occurrence(s, Trigger((words[i],), "", "noun"), i, i + 2,
                                           "generic", ""))
                i += 1
                continue
            j = i + len(trig.words)
            end = _label_end(words, j, date_spans, s)
            obj = text[s.tokens[j - 1].end:s.tokens[end - 1].end] if end > j else ""
            if trig.form.startswith("verb"):
                label = trig.type + ("" if trig.words[0].startswith("di") else obj)
            else:
                label = text[s.tokens[i].start:s.tokens[end - 1].end]
            occ = _Occurrence(s, trig, i, j, "weak", re.sub(r"\s+", " ", label).strip())
            _classify(occ, words, end, date_spans, places)
            out.append(occ)
            i = j
    return out


def _classify(occ: _Occurrence, words: list[str], obj_end: int, date_spans, places) -> None:
    i, j = occ.tok_start, occ.tok_end
    before = [w for w in words[max(0, i - 3):i]]
    if occ.trigger.form.startswith("verb"):
        if any(w in NEGATIONS or w in HYPOTHETICAL for w in before):
            occ.kind = "none"
            return
        occ.kind = "frame"
        occ.host = i
        return
    # habitual, not one event: "operasi tangkap tangan yang dilakukan KPK selama ini"
    if any(words[k:k + 2] == ["selama", "ini"] for k in range(len(words))):
        occ.kind = "weak"
        return
    # hosting verb before, skipping fillers: "menggelar (kegiatan) rapat"
    k = i - 1
    while k >= 0 and words[k] in FILLERS and i - k <= 3:
        k -= 1
    if k >= 0 and words[k] in HOST_VERBS | PASSIVE_HOSTS:
        neg = words[max(0, k - 3):k]
        if not any(w in NEGATIONS or w in MODALS for w in neg):
            occ.kind = "frame"
            if words[k] in PASSIVE_HOSTS:
                occ.passive = k
            else:
                occ.host = k
            return
    # passive verb after: "pelatihan itu sengaja digelar"
    for k in range(j, min(len(words), obj_end + 6)):
        if words[k] in {".", ";", "?", "!"} or (words[k] in {'"', "“", "”"}):
            break
        if words[k] in PASSIVE_VERBS:
            if not any(w in NEGATIONS or w in MODALS for w in words[max(j, k - 2):k]):
                occ.kind, occ.passive = "frame", k
                return
            break
    demonstrative = obj_end < len(words) and words[obj_end] in DEMONSTRATIVES
    # time word with a date or place: "usai rapat di Gedung DPR, Kamis"
    k = i - 1
    while k >= 0 and words[k] in FILLERS and i - k <= 3:
        k -= 1
    if k >= 0 and words[k] in TIME_WORDS and not demonstrative:
        start = occ.sentence.tokens[i].start
        if any(s > start for s, _ in date_spans) or any(
                m.provenance.start > start for m in places):
            occ.kind = "frame"
            return
    occ.kind = "anaphor" if demonstrative else "weak"


def _after_cue(sentence: Sentence, words: list[str], cues, mentions, kinds, first_gap: int = 60,
               start_tok: int = 0) -> list[EntityMention]:
    """Mentions listed right after a cue word ("yakni A dan B", "dihadiri oleh X, Y")."""
    out: list[EntityMention] = []
    for k in range(start_tok, len(words)):
        n = _match_at(words, k, cues)
        if not n:
            continue
        pos = sentence.tokens[k + n - 1].end
        gap_limit = first_gap
        for m in mentions:
            if m.provenance.start < pos or m.kind not in kinds:
                continue
            gap = sentence.text[pos - sentence.start:m.provenance.start - sentence.start]
            if len(gap.strip()) > gap_limit or re.search(r"[.;:\"“”]", gap):
                break
            if m.id not in [o.id for o in out]:
                out.append(m)
            pos = m.provenance.end
            gap_limit = 25
        if out:
            break
    return out


def _nearest_left(mentions, offset: int, kinds, exclude=(), sentence: Sentence | None = None,
                  max_gap: int = 40) -> EntityMention | None:
    """The closest mention ending before offset: the subject of the verb there. With a
    sentence, only when the words between are few and not a relative clause ("yang")."""
    best = None
    for m in mentions:
        if m.kind in kinds and m.provenance.end <= offset and m.id not in exclude:
            if best is None or m.provenance.end > best.provenance.end:
                best = m
    if best is not None and sentence is not None:
        gap = sentence.text[best.provenance.end - sentence.start:offset - sentence.start]
        if len(gap.strip()) > max_gap or re.search(r"\byang\b|[\"“”]", gap):
            return None
    return best


AGENT_WORDS = {"oleh", "tim", "petugas", "aparat", "pihak", "jajaran", "personel", "anggota",
               "penyidik", "gabungan", "polisi", "para"}


def _right_after(sentence: Sentence, mentions, offset: int, kinds,
                 skip=AGENT_WORDS) -> EntityMention | None:
    """The mention right after offset, past agent words: "digelar oleh tim X" -> X."""
    for m in sorted(mentions, key=lambda m: m.provenance.start):
        if m.kind not in kinds or m.provenance.start < offset:
            continue
        gap = sentence.text[offset - sentence.start:m.provenance.start - sentence.start]
        if all(w in skip for w in gap.lower().split()) and not re.search(r"[,.;:\"“”]", gap):
            return m
        return None
    return None


def _place_for(sentence: Sentence, mentions, trigger_start: int) -> EntityMention | None:
    places = sorted((m for m in mentions if m.kind == "place"), key=lambda m: m.provenance.start)
    if not places:
        return None
    text = sentence.text

    def after_di(m):
        before = text[:m.provenance.start - sentence.start].rstrip().lower()
        return re.search(r"\b(di|ke|dari)(\s+(kota|kabupaten|kecamatan|desa|kelurahan|jalan|jl\.))?$",
                         before) is not None

    for pool in ([m for m in places if after_di(m) and m.provenance.start > trigger_start],
                 [m for m in places if after_di(m)], places):
        if pool:
            return pool[0]
    return None


def _groups(sentence: Sentence) -> list[str]:
    out = []
    for m in _GROUP_RE.finditer(sentence.text):
        g = re.sub(r"\s+", " ", m.group(0))
        last = g.split()[-1].lower()
        if last not in {h.split()[-1] for h in GROUP_HEADS} and last not in _GROUP_NOUN_WORDS:
            g = g.rsplit(" ", 1)[0]
        out.append(g)
    return out


def _date_for(analyzed: AnalyzedArticle, sentence: Sentence, trigger_start: int,
              use_previous: bool) -> tuple[str | None, str | None, bool]:
    """(iso, text, own): nearest date in the sentence, else in the preceding sentence of the
    same paragraph."""
    art = analyzed.article
    found = find_dates(sentence.text, art.date)
    if found:
        best = min(found, key=lambda d: (d[3] is None, abs(sentence.start + d[0] - trigger_start)))
        return best[3], best[2], True
    if use_previous and sentence.index > 0:
        prev = analyzed.sentences[sentence.index - 1]
        if "\n\n" not in art.text[prev.end:sentence.start] and not re.search(
                r"\n\s*\n", art.text[prev.end:sentence.start]):
            found = find_dates(prev.text, art.date)
            if found:
                best = found[-1]
                return best[3], best[2], False
    return None, None, False


def dateline_place_mention(analyzed: AnalyzedArticle, mention_id: str = "dateline") -> EntityMention | None:
    """A place mention for the dateline place ("Sampit (Antara Kalteng) - ..."), or None.

    The entry point adds it to the article's mentions (with the next free id) before calling
    extract_events, which uses it as the place of events with no place in their sentences.
    """
    art = analyzed.article
    dl = art.dateline
    if dl is None or not dl.place:
        return None
    start = art.text.find(dl.place, dl.start, dl.end)
    if start < 0:
        return None
    end = start + len(dl.place)
    name = dl.place.title() if dl.place.isupper() else dl.place
    index = 0
    for s in analyzed.sentences:
        if s.start <= start:
            index = s.index
        else:
            break
    return EntityMention(
        id=mention_id, kind="place", text=dl.place, name=name,
        provenance=Provenance(art.id, index, start, end, "dateline", 0.9),
    )


def _dateline_place(analyzed: AnalyzedArticle, mentions: Sequence[EntityMention]) -> str | None:
    dl = analyzed.article.dateline
    if dl is None:
        return None
    for m in mentions:
        if m.kind == "place" and dl.start <= m.provenance.start < dl.end:
            return m.id
    return None


def _add(items: list[str], *ids) -> None:
    for x in ids:
        if x and x not in items:
            items.append(x)


def _read_roles(occ: _Occurrence, words, mentions, draft: _Draft) -> None:
    """Organizer, partners and participants from one trigger sentence."""
    s = occ.sentence
    agents = ("organization", "person")
    partners = _after_cue(s, words, PARTNER_CUES, mentions, ("organization",))
    partner_ids = {m.id for m in partners}
    participants = _after_cue(s, words, PARTICIPANT_CUES, mentions, agents)
    organizer = None
    verb = occ.trigger.words[0] if occ.trigger.form.startswith("verb") else None
    trig_start = s.tokens[occ.tok_start].start
    if verb and verb.startswith("di"):
        # "X dilantik oleh Y": X takes part, Y organizes
        subject = _nearest_left(mentions, trig_start, ("person",) if verb != "diresmikan" else (),
                                partner_ids, s)
        if subject:
            participants.insert(0, subject)
        organizer = _right_after(s, mentions, s.tokens[occ.tok_end - 1].end, agents)
    elif occ.host is not None and words[occ.host] in ATTEND_VERBS:
        subject = _nearest_left(mentions, s.tokens[occ.host].start, agents, partner_ids, s)
        if subject:
            participants.insert(0, subject)
    elif occ.host is not None:
        organizer = _nearest_left(mentions, s.tokens[occ.host].start, agents, partner_ids, s)
    if organizer is None and occ.passive is not None:
        organizer = _right_after(s, mentions, s.tokens[occ.passive].end, agents)
    if organizer is None:
        for k in range(len(words)):
            if _match_at(words, k, ORGANIZER_CUES) and k >= occ.tok_start:
                n = _match_at(words, k, ORGANIZER_CUES)
                organizer = _right_after(s, mentions, s.tokens[k + n - 1].end, agents)
                if organizer:
                    break
    if organizer is None and mentions:
        # the sentence's subject agency: "Dinsosnakertrans tidak henti-hentinya memberi ..."
        first = min(mentions, key=lambda m: m.provenance.start)
        lead = s.text[:first.provenance.start - s.start].strip(" ,")
        if (first.kind == "organization" and first.provenance.end <= trig_start
                and len(lead.split()) <= 3 and not re.search(r"[\"“”']", lead)
                and first.id not in partner_ids):
            organizer = first
    if organizer is not None and draft.organizer is None:
        draft.organizer = organizer.id
    _add(draft.partners, *[m.id for m in partners])
    _add(draft.participants, *[m.id for m in participants])


def _fill(draft: _Draft, occ: _Occurrence, date, ms, article_id: str) -> None:
    """Add what one trigger sentence says to the event."""
    s = occ.sentence
    iso, dtext, own = date
    if occ.trigger.type and len(occ.label) > len(draft.label) and len(draft.label.split()) < 2:
        draft.label = occ.label
    if s.index not in draft.sentences:
        draft.sentences.add(s.index)
        draft.provenance.append(Provenance(article_id, s.index, s.start, s.end, f"event-{occ.kind}",
                                           0.8 if occ.kind == "frame" else 0.6))
    _add(draft.groups, *_groups(s))
    if occ.kind == "weak":
        return
    _read_roles(occ, _words(s), ms, draft)
    if draft.place is None:
        p = _place_for(s, ms, s.tokens[occ.tok_start].start)
        if p:
            draft.place = p.id
    if iso and own and draft.own_date is None and re.search(r"\d", dtext or ""):
        draft.own_date = iso
    if dtext and (draft.date_text is None or (draft.date is None and iso)):
        draft.date, draft.date_text = iso, dtext


def extract_events(analyzed: AnalyzedArticle, mentions: Sequence[EntityMention]) -> list[Event]:
    """Events of one article, merged per article, ids "e0", "e1", ... in order of first mention."""
    lexicon = load_lexicon()
    by_sentence: dict[int, list[EntityMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.provenance.sentence_index, []).append(m)
    art = analyzed.article
    drafts: list[_Draft] = []
    last: _Draft | None = None
    for occ in _find_occurrences(analyzed, lexicon, by_sentence):
        if occ.kind == "none":
            continue
        s = occ.sentence
        date = _date_for(analyzed, s, s.tokens[occ.tok_start].start, occ.kind == "frame")
        draft = None
        if occ.kind == "generic":
            draft = last
        else:
            same = [d for d in drafts if d.type == occ.trigger.type]
            if occ.kind == "frame":
                iso, dtext, own = date
                # only two written dates can tell events apart ("kemarin" may be a day off)
                written = own and bool(re.search(r"\d", dtext or ""))
                for d in same:
                    if not (written and d.own_date and iso and d.own_date != iso):
                        draft = d
                        break
                if draft is None:
                    new = _Draft(occ.trigger.type, occ.label)
                    _fill(new, occ, date, by_sentence.get(s.index, []), art.id)
                    # a verb alone is not enough: it needs an agent, a date or a place
                    # ("verb-agent" triggers need a named agent: "Ashanty berkunjung ...")
                    form = occ.trigger.form
                    if form == "noun" or new.organizer or (form == "verb" and (
                            new.participants or new.own_date or new.place)):
                        drafts.append(new)
                        last = new
                    continue
            elif same:
                draft = same[-1]
        if draft is None:
            continue
        last = draft
        _fill(draft, occ, date, by_sentence.get(s.index, []), art.id)
    fallback = _dateline_place(analyzed, mentions)
    events = []
    for n, d in enumerate(drafts):
        partners = tuple(x for x in d.partners if x != d.organizer)
        participants = tuple(x for x in d.participants if x != d.organizer and x not in partners)
        events.append(Event(
            id=f"e{n}", type=d.type, label=d.label,
            provenance=tuple(sorted(d.provenance, key=lambda p: p.sentence_index)),
            organizer=d.organizer, partners=partners, participants=participants,
            participant_groups=tuple(d.groups), place=d.place or fallback,
            date=d.date, date_text=d.date_text,
        ))
    return events
