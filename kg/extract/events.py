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
from datetime import date, timedelta
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from kg.extract.dates import find_dates, resolve_date
from kg.extract.types import EntityMention, Event, Provenance, Quote
from kg.nlp.tokenize import visible
from kg.nlp.types import AnalyzedArticle, Sentence

LEXICON_PATH = Path(__file__).resolve().parent / "lexicons" / "events.csv"

HOST_VERBS = {"menggelar", "mengadakan", "melaksanakan", "menyelenggarakan", "melakukan",
              "membuka", "menutup", "memimpin", "memberi", "memberikan", "mengikuti",
              "menghadiri", "hadir", "digelarnya", "dilaksanakannya", "dibukanya"}
ATTEND_VERBS = {"mengikuti", "menghadiri", "hadir"}
PASSIVE_VERBS = {"digelar", "diadakan", "dilaksanakan", "diselenggarakan", "berlangsung",
                 "dibuka", "ditutup", "dihadiri", "diikuti", "dipimpin", "dimulai", "dilakukan", "diterima"}
# "Pendaftaran Edy diterima Sekretaris DPD PDIP Sumut, Sutarto": who receives it takes part
RECEIVE_VERBS = {"diterima"}
# passive hosts before the noun: "setelah dilakukan penangkapan"
PASSIVE_HOSTS = {"dilakukan", "digelar", "diadakan", "dilaksanakan", "diselenggarakan"}
AFTER_WORDS = {"usai", "seusai", "setelah", "sesudah"}
TIME_WORDS = {"saat", "ketika", "usai", "seusai", "sebelum", "setelah", "sesudah", "selama",
              "dalam", "pada", "sela", "jelang", "menjelang", "waktu"}
FILLERS = {"kegiatan", "acara", "sebuah", "suatu", "rangkaian", "serangkaian", "langsung", "sesi", "agenda", "program",
           "secara", "resmi", "sebuah", "kembali", "sengaja", "juga", "telah", "sudah", "akan",
           "rutin", "para", "pihaknya"}
DEMONSTRATIVES = {"itu", "tersebut", "ini"}
# "peristiwa itu terjadi Sabtu (26/8)": a later mention of the last event, giving its date/place
GENERIC_EVENTS = {"acara", "kegiatan", "peristiwa", "kejadian", "insiden", "musibah", "operasi"}
NEGATIONS = {"tidak", "tak", "belum", "batal", "bukan", "enggan", "menolak", "jangan", "gagal"}
HYPOTHETICAL = {"diduga", "terduga", "dituduh", "disangka", "segera", "wajib", "mendesak", "meminta", "diminta", "bisa", "dapat", "harus", "perlu", "boleh", "jika", "kalau", "bila", "apabila",
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
    "sedangkan", "seperti", "sehingga", "namun", "maupun", "bagaimana", "apa", "siapa",
    "mengapa", "kenapa", "kapan", "dimana", "mana", "guna", "demi", "berupa", "bakal",
    "diduga", "sebagaimana", "tentang", "mengenai", "terkait", "soal", "perihal",
} | PASSIVE_VERBS | HOST_VERBS
MODALS = {"harus", "perlu", "bisa", "dapat", "seharusnya", "mesti", "ingin", "hendak", "agar",
          "supaya", "jika", "kalau", "bila", "apabila", "mampu", "kemampuan", "wajib",
          "diwajibkan", "segera", "mendesak", "meminta", "diminta"}
WEEKDAY_WORDS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"}
PARTNER_CUES = [("menggandeng",), ("bekerja", "sama", "dengan"), ("bekerjasama", "dengan"),
                ("kerja", "sama", "dengan"), ("kerjasama", "dengan"), ("berkolaborasi", "dengan"),
                ("bersinergi", "dengan"), ("bersama",), ("didukung", "oleh"), ("didukung",)]
PARTICIPANT_CUES = [("melibatkan",), ("dihadiri", "oleh"), ("dihadiri",), ("diikuti", "oleh"), ("diikuti",),
                    ("dihadiri", "langsung", "oleh")]
REQUEST_CUES = [("atas", "permintaan"), ("atas", "perintah"), ("atas", "instruksi")]
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
    said: tuple[str | None, str] | None = None   # the date of a statement about it: a last resort
    date_sentence: int | None = None             # the sentence the date was read from
    frames: set[int] = field(default_factory=set)  # sentences where it is told, not just named
    date_end: str | None = None
    category: str = ""
    targets: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    trigger: str = ""
    trigger_span: tuple[int, int] = (-1, -1)
    co_agents: list[str] = field(default_factory=list)


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
    art_date = analyzed.article.date
    out = []
    for s in analyzed.sentences:
        words = _words(s)
        date_spans = [(s.start + a, s.start + b) for a, b, _, _ in find_dates(s.text, None)]
        # "akan menggelar sidang isbat hari ini (24/6)" told on 25/6: it has happened
        dated = [(a, t, iso) for a, _, t, iso in find_dates(s.text, art_date) if iso]
        past = bool(art_date) and any(not _later(iso, art_date) and not _reported(s, s.start + a, -1)
                                      for a, _, iso in dated)
        # "pada 7 September mendatang" told on 25 August: planned, not happened
        future = bool(art_date) and not past and any(
            _later(iso, art_date) and re.search(r"\b(mendatang|depan|nanti|besok|lusa)\b", t, re.I)
            for _, t, iso in dated)
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
                        and (words[i + 1] in DEMONSTRATIVES or (
                            words[i + 1] == "yang" and i + 2 < len(words)
                            and words[i + 2] in PASSIVE_HOSTS))):
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
            occ = _Occurrence(s, trig, i, j, "weak", re.sub(r"\s+", " ", visible(label)).strip())
            _classify(occ, words, end, date_spans, places, past, future)
            if occ.kind == "weak" and trig.form == "event-noun" and _happening(
                    occ, words, date_spans, places):
                occ.kind = "frame"
            out.append(occ)
            i = j
    return out


HAPPENING_WORDS = {"terjadi", "melanda", "merendam", "mengguncang", "menimpa", "menewaskan",
                   "dilaporkan", "berlangsung", "menghanguskan", "menerjang", "terjaring", "usai",
                   "saat", "akibat", "dalam", "pada", "sejak", "setelah", "ludes", "menelan"}
GENERIC_WORDS = {"serupa", "sering", "rawan", "pencegahan", "penanggulangan", "mencegah",
                 "sumbangan", "penanganan", "pengendalian", "langganan", "bahaya", "sebagian",
                 "kebanyakan", "umumnya", "dekade", "musim", "studi", "penelitian",
                 "antisipasi", "mengantisipasi", "potensi", "berpotensi", "risiko", "ancaman",
                 "kasus-kasus", "maraknya", "marak", "angka", "tingkat", "jumlah", "isu", "hoax"}


def _happening(occ: _Occurrence, words: list[str], date_spans, places) -> bool:
    """An event noun ("kebakaran", "pengeroyokan") tells of a real happening: not generic or
    negated, and the sentence gives a date, a place, a happening verb, or opens the article."""
    i, j = occ.tok_start, occ.tok_end
    near = words[max(0, i - 3):min(len(words), j + 3)]
    # a modal or negation with a happening word between governs another verb: "harus
    # mengungsi akibat banjir"
    k = max((n for n in range(max(0, i - 3), i) if words[n] in HAPPENING_WORDS), default=-1)
    if any(w in GENERIC_WORDS for w in near) or any(
            w in NEGATIONS or w in MODALS for w in words[max(0, i - 3, k + 1):min(len(words), j + 3)]):
        return False
    # "gempa tektonik yang terjadi jutaan tahun lalu": geology or history, not news
    if re.search(r"\b(jutaan|ribuan|ratusan)\s+tahun\s+(lalu|silam|yang\s+lalu)\b",
                 occ.sentence.text, re.I):
        return False
    start = occ.sentence.tokens[i].start
    return (occ.sentence.index <= 1 or bool(date_spans)
            or any(m.provenance.start > start for m in places)
            or any(w in HAPPENING_WORDS for w in words[max(0, i - 4):j + 6]))


# in the trigger's clause: planned ("akan berpusat pada diskusi", "dijadwalkan bertemu") or
# habitual ("aktif melakukan sosialisasi", "rutin menggelar") happenings are not events
UNREAL_CLAUSE = {"akan", "dijadwalkan", "rencananya", "berencana", "direncanakan", "hendak",
                 "bakal", "aktif", "rutin", "sering", "selalu", "biasa", "biasanya", "kerap",
                 "seringkali", "acapkali", "guna"}
HABITUAL = {"aktif", "rutin", "sering", "selalu", "biasa", "biasanya", "kerap", "seringkali",
            "acapkali"}


ELECTION_WORDS = {"calon", "cagub", "cawagub", "cabup", "cawabup", "cawalkot", "capres", "cawapres",
                  "caleg", "bacaleg", "bakal", "pilkada", "pilgub", "pilbup", "pilwalkot", "pilpres",
                  "pemilu", "pemilihan", "kpu", "kpud", "kip", "bawaslu", "panwaslu", "partai",
                  "parpol", "dpd", "dpw", "dpc", "formulir", "kandidat", "pasangan", "paslon"}
NOT_EVENTS = {("mencuri", "perhatian"), ("dituntut", "untuk"), ("menyerang", "balik")}
# a match, not a meeting: "Serena bertemu dengan kakaknya" in a final
SPORT_WORDS = {"laga", "pertandingan", "final", "semifinal", "perempat", "babak", "set", "gol",
               "turnamen", "kompetisi", "klasemen", "juara", "melawan", "menghadapi", "skor",
               "pebalap", "pembalap", "atlet", "pemain", "klub", "balapan"}
BALL_WORDS = {"bola", "sepakan", "tendangan", "sundulan", "kiper", "gawang", "umpan", "tembakan"}
AID_WORDS = {"bantuan", "sembako", "paket", "beras", "makanan", "minuman", "masker", "bibit",
             "daging", "takjil", "selimut", "pakaian", "obat", "obat-obatan", "uang", "santunan",
             "kepada", "bagi", "warga", "masyarakat", "korban", "pengungsi", "anak-anak",
             "kupon", "air", "hewan", "sapi", "kambing", "nasi", "sarapan", "alat"}
COUNT_WORDS = {"dua", "tiga", "empat", "lima", "beberapa", "sejumlah", "berbagai", "banyak",
               "puluhan", "ratusan", "belasan", "aneka", "pelbagai", "ribu", "juta", "ribuan",
               "jutaan"}


def _plural_relative(words: list[str], i: int) -> bool:
    """A reduplicated plural before "yang (melakukan) <trigger>": "atlet-atlet yang melakukan"."""
    before = words[max(0, i - 4):i]
    if "yang" not in before:
        return False
    head = before[:before.index("yang")]
    return bool(head) and re.fullmatch(r"(\w+)-\1", head[-1]) is not None


def _clause_before(words: list[str], i: int) -> list[str]:
    k = i
    while k > 0 and words[k - 1] not in {",", ";", ":", ".", '"', "“", "”"}:
        k -= 1
    return words[k:i]


def _classify(occ: _Occurrence, words: list[str], obj_end: int, date_spans, places,
              past: bool = False, future: bool = False) -> None:
    i, j = occ.tok_start, occ.tok_end
    before = [w for w in words[max(0, i - 3):i]]
    if future or (HABITUAL if past else UNREAL_CLAUSE) & set(_clause_before(words, i)):
        occ.kind = "none"
        return
    # idioms and senses that are not happenings: "mencuri perhatian", "dituntut untuk terus ..."
    if tuple(words[i:j + 1]) in NOT_EVENTS:
        occ.kind = "none"
        return
    # "jemaah yang mendaftar tanpa melalui agen": a registration is an election act only
    # where the sentence speaks of candidates, parties or the vote
    if occ.trigger.type == "pendaftaran" and not ELECTION_WORDS & set(words):
        occ.kind = "none"
        return
    if occ.trigger.form.startswith("verb"):
        if any(w in NEGATIONS or (w in HYPOTHETICAL and not (past and w == "akan")) for w in before):
            occ.kind = "none"
            return
        form = occ.trigger.form
        if (form == "verb-craft" and not {"pesawat", "helikopter", "heli"} & set(words)) or (
                form == "verb-suspect" and "tersangka" not in words[j:j + 25]):
            occ.kind = "none"
            return
        # "sepakan Bepe ... ditangkap Dwi Kuswanto": a keeper catching the ball
        if occ.trigger.category in {"arrest", "crime"} and BALL_WORDS & set(words):
            occ.kind = "none"
            return
        if occ.trigger.category in {"meeting", "election"} and SPORT_WORDS & set(words):
            occ.kind = "none"
            return
        # "membagikan sebuah surat suara": handing out is aid only with aid goods or recipients
        if (occ.trigger.category == "aid" and form == "verb-agent"
                and not AID_WORDS & set(words[j:j + 8])):
            occ.kind = "none"
            return
        occ.kind = "frame"
        occ.host = i
        return
    # "dua festival yang digelar", "atlet-atlet yang melakukan pencurian": several or any,
    # not one happening
    if (i > 0 and words[i - 1] in COUNT_WORDS) or _plural_relative(words, i):
        occ.kind = "none"
        return
    # habitual, not one event: "operasi tangkap tangan yang dilakukan KPK selama ini"
    if any(words[k:k + 2] == ["selama", "ini"] for k in range(len(words))):
        occ.kind = "weak"
        return
    # hosting verb before, skipping fillers: "menggelar (kegiatan) rapat"
    k = i - 1
    while k >= 0 and words[k] in FILLERS and i - k <= 3:
        k -= 1
    # "Insiden terjadi menjelang sertijab ...": the handover had not happened
    if k >= 0 and words[k] in {"menjelang", "jelang"}:
        occ.kind = "none"
        return
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
    if k >= 1 and words[k] == "dalam" and words[k - 1] in {"masih", "sedang", "tengah"}:
        occ.kind = "frame"        # "pelaku ... masih dalam pemeriksaan petugas": going on
        return
    if k >= 0 and words[k] in TIME_WORDS and not demonstrative:
        start = occ.sentence.tokens[i].start
        if any(s > start for s, _ in date_spans) or any(
                m.provenance.start > start for m in places):
            occ.kind = "frame"
            return
        # "..., ujar Abhan seusai pertemuan.": a speaker just out of a meeting
        if (occ.trigger.category in HOSTED_CATEGORIES and words[k] in AFTER_WORDS
                and SPEECH_RE.search(" ".join(_clause_before(words, k)[-4:]))):
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
        appositive = re.fullmatch(r"\s*yang\s+(juga|kini|merupakan|saat\s+ini)\s+([A-Z][\w.-]*\s+)+", gap) \
            or re.fullmatch(r"\s*(\(\d+\)\s*)?,?\s*yang\s+((telah|sudah|baru|sempat|pernah|juga|kemudian)\s+)*", gap)
        if len(gap.strip()) > max_gap or (re.search(r"\byang\b|[\"“”]", gap) and not appositive):
            return None
        # "Massa yang kontra Ahok, ... melakukan protes": Ahok is not the subject
        if re.search(r"\byang\s+\w+\s*$", sentence.text[:best.provenance.start - sentence.start]):
            return None
    return best


def _title_gap(gap: str) -> bool:
    """", Plt Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) Provinsi Jambi ": a list
    item's title between a comma (or "dan") and the next name."""
    m = re.fullmatch(r"\s*(?:,\s*(?:dan|serta)?|dan|serta)\s+(.{2,90}?)\s*", gap)
    if not m:
        return False
    words = m.group(1).split()
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w in {"dan", "&"} or re.fullmatch(r"\([A-Z]+\)", w) for w in words)


def _coordinated(sentence: Sentence, mentions, first: EntityMention, leftward: bool) -> list[EntityMention]:
    """The mention and those joined to it by "dan", "serta" or commas: "Zumi Zola dan Arfan",
    "Gunawan dan Lie Samsudin, ..., serta Nino Sukarna"."""
    same = sorted((m for m in mentions if m.kind == first.kind), key=lambda m: m.provenance.start)
    out = [first]
    joined_by_and = False
    k = same.index(first)
    step = -1 if leftward else 1
    while 0 <= k + step < len(same):
        a, b = (same[k + step], same[k]) if leftward else (same[k], same[k + step])
        gap = sentence.text[a.provenance.end - sentence.start:b.provenance.start - sentence.start]
        if not re.fullmatch(r"(\s*\(\d+\))?\s*(,|dan|serta|, dan|, serta)\s*([a-z]+\s+){0,3}?", gap) \
                and not _title_gap(gap):
            break
        joined_by_and = joined_by_and or bool(re.search(r"\b(dan|serta)\b", gap))
        k += step
        out.append(same[k])
    # commas alone do not make a list: "Selain melantik Idrus, Jokowi juga ..."
    return out if joined_by_and else out[:1]


AGENT_WORDS = {"oleh", "tim", "petugas", "aparat", "pihak", "jajaran", "personel", "anggota",
               "penyidik", "gabungan", "polisi", "para", "majelis", "hakim", "jaksa", "satuan",
               "unit", "dari"}


def _right_after(sentence: Sentence, mentions, offset: int, kinds,
                 skip=AGENT_WORDS) -> EntityMention | None:
    """The mention right after offset, past agent words: "digelar oleh tim X" -> X."""
    for m in sorted(mentions, key=lambda m: m.provenance.start):
        if m.kind not in kinds or m.provenance.start < offset:
            continue
        gap = sentence.text[offset - sentence.start:m.provenance.start - sentence.start]
        # past agent words and the unit's name: "diciduk Tim Satgas Merah Putih Polres X"
        words = gap.split()
        if len(gap) <= 40 and (not words or words[0].lower() in skip) and all(
                w.lower() in skip or w[:1].isupper() for w in words) \
                and not re.search(r"[,.;:\"“”]", gap):
            return m
        return None
    return None


def _body_start(sentence: Sentence) -> int:
    """Where the sentence starts after a dateline ("Jakarta, CNN Indonesia -- ...")."""
    m = re.match(r"[^.\n]{2,60}?\s(--|–|—|-)\s", sentence.text)
    if m and re.search(r"[(,]", m.group(0)):
        return sentence.start + m.end()
    return sentence.start


def _reported(sentence: Sentence, offset: int, trigger_start: int) -> bool:
    """The words at offset belong to the attribution, not the event: "kata X di Sampit, Kamis"
    (a speech verb shortly before, with no trigger in between)."""
    lo = max(0, offset - sentence.start - 110)
    before = sentence.text[lo:offset - sentence.start]
    hits = list(SPEECH_RE.finditer(before))
    if not hits or re.search(r"[.;?!\"“”]", before[hits[-1].end():]):
        return False
    return not (sentence.start + lo + hits[-1].start() < trigger_start < offset)


def _place_for(sentence: Sentence, mentions, trigger_start: int,
               category: str = "") -> EntityMention | None:
    places = sorted((m for m in mentions if m.kind == "place" and m.provenance.extractor != "dateline"
                     and not _reported(sentence, m.provenance.start, trigger_start)),
                    key=lambda m: m.provenance.start)
    if not places:
        return None
    text = sentence.text

    # "ke Singapura" is where a visit goes, not where a refusal of entry happened
    preps = "di|ke" if category in {"visit", "meeting", "aid", "election", ""} else "di"

    def after_di(m):
        """"di Sampit", "di persawahan Dusun ...", "di rumah dinas Gubernur ..."."""
        before = text[:m.provenance.start - sentence.start].rstrip()
        return re.search(rf"\b({preps})((\s+[a-z]+){{0,2}}|\s+(Kota|Kabupaten|Kecamatan|Desa|"
                         rf"Kelurahan|Jalan|Jl\.))$", before) is not None

    def qualifier(m):
        """A place naming something else: "warga Sudimara, ...", "asal Langkat", "Presiden
        RI", "Polres Mataram", "dolar Amerika Serikat" (past a chain "A, Kecamatan B, Kota C")."""
        start = m.provenance.start
        while True:
            prev = [p for p in places if p.provenance.end <= start
                    and re.fullmatch(r"\s*,\s*", text[p.provenance.end - sentence.start:start - sentence.start])]
            if not prev:
                break
            start = prev[-1].provenance.start
        words = text[:start - sentence.start].split()
        last = words[-1] if words else ""
        return last.lower() in PLACE_QUALIFIERS or last in TITLE_QUALIFIERS

    for pool in ([m for m in places if after_di(m) and m.provenance.start > trigger_start],
                 [m for m in places if after_di(m)],
                 [m for m in places if not qualifier(m)]):
        if pool:
            return pool[0]
    return None


PLACE_QUALIFIERS = {"asal", "warga", "penduduk", "dari", "dolar", "rupiah", "uang", "bahasa",
                    "kedutaan", "wilayah", "negara", "berpaspor", "berkewarganegaraan",
                    "timnas", "klub", "kewarganegaraan", "keturunan"}


TITLE_QUALIFIERS = {"Presiden", "Gubernur", "Bupati", "Walikota", "Wakil", "Menteri", "Kapolres",
                    "Kapolda", "Kapolsek", "Polres", "Polda", "Polsek", "Pemkab", "Pemkot",
                    "Pemprov", "DPRD", "Ketua", "Kepala", "Pangdam", "Kodim", "Kodam", "Korem"}


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
    every = [d for d in find_dates(sentence.text, art.date) if not _later(d[3], art.date)]
    found = [d for d in every if not _reported(sentence, sentence.start + d[0], trigger_start)
             and not re.search(r"\b(ke|hingga|sampai|mulai|menjadi)\s*$", sentence.text[:d[0]], re.I)]
    if found:
        best = min(found, key=lambda d: (d[3] is None, abs(sentence.start + d[0] - trigger_start)))
        # "dibacakan hari ini di Bandung, Selasa (14/11)": the written date says which day
        written = [d for d in found if d[3] and re.search(r"\d", d[2]) and 0 <= d[0] - best[1] <= 40
                   and not re.search(r"[.;\"“”]", sentence.text[best[1]:d[0]])]
        if not re.search(r"\d", best[2]) and written:
            best = written[0]
        iso = best[3]
        # "sejak 31 Januari hingga 1 Februari 2018": an interval
        nxt = next((d for d in every if d[0] >= best[1]), None)
        if iso and nxt and nxt[3] and len(iso) == len(nxt[3]) == 10 and re.fullmatch(
                r"\s*(hingga|sampai|s\.?d\.?|-|–)\s*", sentence.text[best[1]:nxt[0]], re.I):
            start = iso if iso <= nxt[3] else nxt[3][:4] + iso[4:]
            if start <= nxt[3]:
                iso = f"{start}/{nxt[3]}"
        # "hari ini" inside a quote is the day it was said: "..., kata Asep, Rabu (9/8)";
        # in reported speech, the day of the last statement dated before
        if iso and not re.search(r"\d", best[2]):
            said = [d for d in every if d not in found and d[3] and re.search(r"\d", d[2])]
            ref = said[0][3] if said else _statement_date(analyzed, sentence)
            if ref:
                iso = "/".join(resolve_date(x, ref) or x for x in _relative_parts(sentence, best, every)) \
                    if "/" in iso else (resolve_date(best[2], ref) or iso)
        return iso, best[2], True
    # "pekan lalu", "bulan lalu": the interval of the previous week / month
    period = re.search(r"\b(pekan|minggu|bulan) lalu\b", sentence.text, re.I)
    ref = _day(art.date)
    if period and ref and not _reported(sentence, sentence.start + period.start(), trigger_start):
        if period.group(1).lower() == "bulan":
            end = ref.replace(day=1) - timedelta(days=1)
            start = end.replace(day=1)
        else:
            start = ref - timedelta(days=ref.weekday() + 7)
            end = start + timedelta(days=6)
        return f"{start.isoformat()}/{end.isoformat()}", period.group(0), True
    # "Sehari kemudian, Zumi dicegah ...": a day after the previous sentence's date
    later = re.search(r"\b(sehari|dua hari|tiga hari) kemudian\b|\bkeesokan harinya\b",
                      sentence.text, re.I)
    if later and sentence.index > 0:
        prev = analyzed.sentences[sentence.index - 1]
        found = [d for d in find_dates(prev.text, art.date) if d[3] and len(d[3]) == 10]
        if found:
            days = {"dua": 2, "tiga": 3}.get(later.group(0).split()[0].lower(), 1)
            day = date.fromisoformat(found[-1][3]) + timedelta(days=days)
            return day.isoformat(), later.group(0), True
    if use_previous and sentence.index > 0:
        prev = analyzed.sentences[sentence.index - 1]
        if "\n\n" not in art.text[prev.end:sentence.start] and not re.search(
                r"\n\s*\n", art.text[prev.end:sentence.start]):
            found = [d for d in find_dates(prev.text, art.date)
                     if not _reported(prev, prev.start + d[0], -1) and not _later(d[3], art.date)]
            if found:
                best = found[-1]
                return best[3], best[2], False
    return None, None, False


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _later(iso: str | None, article_date: str | None) -> bool:
    """A date after the article date: not when a reported happening took place."""
    return bool(iso and article_date and iso[:len(article_date)][:10] > article_date[:10])


def _relative_parts(sentence: Sentence, best, every) -> list[str]:
    """The written forms of the two ends of a relative interval ("kemarin sampai hari ini")."""
    nxt = next((d for d in every if d[0] >= best[1]), None)
    return [best[2], nxt[2]] if nxt else [best[2]]


def _statement_date(analyzed: AnalyzedArticle, sentence: Sentence) -> str | None:
    """The written date of the last attributed statement in the five sentences before
    ("kata Basaria saat jumpa pers ..., Jumat (2/2)"), when it is before the article date."""
    art = analyzed.article
    for prev in reversed(analyzed.sentences[max(0, sentence.index - 5):sentence.index]):
        for d in reversed(find_dates(prev.text, art.date)):
            if d[3] and len(d[3]) == 10 and re.search(r"\d", d[2]) and _reported(
                    prev, prev.start + d[0], -1) and (not art.date or d[3] < art.date):
                return d[3]
    return None


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


def _add(items: list[str], *ids) -> None:
    for x in ids:
        if x and x not in items:
            items.append(x)


SPEECH_RE = re.compile(
    r"\b(kata|ujar|ucap|ungkap|jelas|tutur|terang|tegas|sebut|imbuh|papar|tandas|pungkas|"
    r"katanya|menurut|mengatakan|menjelaskan|menyebutkan|menyatakan|mengungkapkan|menegaskan|"
    r"membenarkan|memastikan|menambahkan|menuturkan|menerangkan|dikonfirmasi|dihubungi|"
    r"berdasarkan\s+keterangan|"
    r"dikutip|dilansir|lanjut|sambung|imbuhnya|tambahnya|katanya|ujarnya|tuturnya)\b", re.I)
# patients of these categories are named right after the trigger ("penangkapan Gatot")
PATIENT_CATEGORIES = {"arrest", "investigation", "trial", "appointment", "visit", "crime",
                      "decision", "election"}
NO_AGENT_CATEGORIES = {"disaster"}
VICTIM_WORDS = {"diawaki", "dipiloti", "dikemudikan", "pilot", "kopilot", "penumpang", "korban",
                "tewas", "meninggal", "terluka", "luka-luka", "menewaskan", "luka", "tertimbun",
                "terjebak", "hilang", "selamat", "dievakuasi"}
OUTCOME_CATEGORIES = {"decision", "election", "agreement", "announcement"}
# events a body holds: "Rapat Pleno DPD Golkar", "Musyawarah Nasional Partai X"
HOSTED_CATEGORIES = {"meeting", "training", "ceremony", "announcement"}


SPEAKER_AFTER_RE = re.compile(
    r"^\s*,?\s*((senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s+|seperti\s+(dikutip|dilansir)\s+"
    r"(dari\s+)?[\w.]+\s*,\s*)?(mengatakan|menjelaskan|menyebutkan|menyatakan|mengungkapkan|menegaskan|"
    r"membenarkan|memastikan|menambahkan|menuturkan|menerangkan|mengaku|menyebut)\b", re.I)


def _sources(sentence: Sentence, mentions) -> list[EntityMention]:
    """Persons the sentence attributes speech to ("kata Kapolsek Ciledug, Kompol Sutrisno",
    "Kapolres Inhil AKBP Dolifar Manurung mengatakan"): they report the event, they are not
    its actors. Between the speech verb and the name only titles and names may stand."""
    out = []
    for m in mentions:
        if m.kind != "person":
            continue
        rel = m.provenance.start - sentence.start
        before = sentence.text[max(0, rel - 70):rel]
        hits = list(SPEECH_RE.finditer(before))
        gap = before[hits[-1].end():] if hits else ""
        # "Agus mengatakan Atim pernah diamankan ...": after a me- speech verb the name
        # opens what was said; the speaker stands before the verb
        if hits and re.fullmatch(r"me\w+", hits[-1].group(0), re.I) and not re.search(r"[,]", gap):
            hits = []
        if hits and not re.search(r"[.;?!\"“”]", gap) and all(
                w[:1].isupper() or len(w) <= 3 or not w.isalpha() for w in gap.split()):
            out.append(m)
        elif SPEAKER_AFTER_RE.match(sentence.text[m.provenance.end - sentence.start:]):
            out.append(m)
    return out


OBJECT_WORDS = {"terhadap", "kepada", "atas", "pada", "untuk", "saudara", "kembali", "tersangka", "saksi", "terdakwa", "pelaku", "korban",
                "mantan", "sang", "si", "seorang", "warga", "calon", "bakal"}


def _right_object(sentence: Sentence, mentions, offset: int, kinds, exclude=()) -> EntityMention | None:
    """The mention right after a trigger: "menangkap RO (53)", "penangkapan Gatot"."""
    for m in sorted(mentions, key=lambda m: m.provenance.start):
        if m.kind not in kinds or m.provenance.start < offset or m.id in exclude:
            continue
        gap = sentence.text[offset - sentence.start:m.provenance.start - sentence.start]
        # only titles, names and a few role words between: "terhadap tersangka X", "Gubernur Y"
        # ... or a second act of the same trigger: "pengeroyokan dan pembakaran Zoya"
        gap = re.sub(r"^\s*(dan|serta)\s+pe\w+an\b", "", gap)
        gap = re.sub(r"\b(tersangka|terdakwa|saksi)\s+(kasus|perkara)\s+[a-z]+\b", "", gap)
        if len(gap) <= 40 and not re.search(r"[,.;:\"“”()]", gap) and all(
                w[:1].isupper() or not w.isalpha() or w in OBJECT_WORDS for w in gap.split()):
            return m
        return None
    return None


LIST_CUES = [("yakni",), ("yaitu",), ("adalah",), ("bernama",), ("berinisial",), ("masing-masing",),
             ("antara", "lain"), ("di", "antaranya")]
PATIENT_GROUPS = {"saksi", "tersangka", "pelaku", "terdakwa", "nelayan", "korban", "pejabat",
                  "pasangan", "orang", "pemuda", "pria", "wanita", "remaja"}


def _listed_patients(analyzed: AnalyzedArticle, draft: _Draft, by_sentence) -> list[str]:
    """Persons listed for the event's group: "sembilan orang saksi" ... "Sembilan saksi tersebut
    ... yakni Gunawan dan Lie Samsudin, ..."; the list follows within three sentences."""
    heads = {w for i in draft.sentences for w in _words(analyzed.sentences[i])} & PATIENT_GROUPS
    if not heads:
        return []
    out: list[str] = []
    first = min(draft.sentences)
    near = set(range(first, first + 4)) | draft.frames      # or where it is told again
    for s in (x for x in analyzed.sentences if x.index in near):
        words = _words(s)
        if not heads & set(words) and not re.match(r"\s*(Masing-masing|Mereka adalah)\b", s.text):
            continue
        ms = by_sentence.get(s.index, [])
        listed = _after_cue(s, words, LIST_CUES, ms, ("person",), first_gap=80)
        if listed:
            for m in _coordinated(s, ms, listed[0], False):
                _add(out, m.id)
    return out


def _receivers(sentence: Sentence, mentions, offset: int) -> list[EntityMention]:
    """"diterima Sekretaris DPD PDIP Sumut, Sutarto": the body in the title and the person."""
    out = []
    for m in sorted(mentions, key=lambda m: m.provenance.start):
        if m.provenance.start < offset or m.kind not in ("organization", "person"):
            continue
        gap = sentence.text[offset - sentence.start:m.provenance.start - sentence.start]
        if len(gap) > 40 or not all(w[:1].isupper() or w == "," for w in
                                     gap.replace(",", " , ").split()):
            break
        out.append(m)
        offset = m.provenance.end
        if m.kind == "person":
            break
    return out


# "Kecamatan Ciledug" tagged as a body is a place: never an actor
AREA_RE = re.compile(r"(Kecamatan|Kelurahan|Desa|Dusun|Kampung|Kabupaten|Kota|Provinsi)\s+[A-Z]")


def _read_roles(occ: _Occurrence, words, mentions, draft: _Draft) -> None:
    """Agent (organizer), patients, partners, participants and sources from one trigger sentence."""
    s = occ.sentence
    agents = ("organization", "person")
    trig_start = s.tokens[occ.tok_start].start
    sources = _sources(s, mentions)
    # "kata Menteri Khofifah saat mengunjungi Mario": the speaker is doing it
    acting = [m for m in sources if m.provenance.end <= trig_start and re.fullmatch(
        r"[\s,]*(saat|ketika|usai|seusai|setelah|sebelum|sambil|sela)\s+(\w+\s+)?",
        s.text[m.provenance.end - s.start:trig_start - s.start].lower())]
    passive = occ.trigger.words[0].startswith("di") and occ.trigger.form.startswith("verb")
    if acting and passive:
        _add(draft.targets, acting[-1].id)       # "kata Oesman usai dilantik"
    elif acting and draft.organizer is None and occ.trigger.category not in NO_AGENT_CATEGORIES:
        draft.organizer = acting[-1].id
    sources = [m for m in sources if m not in acting]
    source_ids = {m.id for m in sources} | {m.id for m in acting}
    _add(draft.sources, *[m.id for m in sources])
    titled = {o.id for o in mentions if o.kind == "organization" for src in sources
              if 0 <= src.provenance.start - o.provenance.end <= 30 and all(
                  w[:1].isupper() or not w.isalpha() for w in
                  s.text[o.provenance.end - s.start:src.provenance.start - s.start].split())}
    heads = [m.provenance.start for m in mentions if m.kind == "person"]
    title_orgs = {m.id for m in mentions if m.kind == "organization"
                  and any(0 <= p - m.provenance.end <= 1 for p in heads)
                  and re.fullmatch(r"[A-Z][a-z]+", m.text)}      # "Presiden", not "KPK"
    mentions = [m for m in mentions if m.id not in source_ids and m.id not in titled
                and m.id not in title_orgs and not (m.kind == "organization" and AREA_RE.match(m.name))]
    category = occ.trigger.category or draft.category    # "peristiwa tersebut": the event's
    if category in NO_AGENT_CATEGORIES:
        # the named persons of a fire or crash sentence that tells of victims ("tewas",
        # "tertabrak") are its victims; not a list of flooded villages NER took for names
        told = bool(VICTIM_WORDS & set(words)) or occ.trigger.form.startswith("verb")
        victims = [m for m in mentions if m.kind == "person"] if told else []
        _add(draft.targets, *[m.id for m in victims])
        return
    partners = _after_cue(s, words, PARTNER_CUES, mentions, ("organization",))
    partner_ids = {m.id for m in partners}
    participants = _after_cue(s, words, PARTICIPANT_CUES, mentions, agents)
    targets: list[EntityMention] = []
    organizer = None
    verb = occ.trigger.words[0] if occ.trigger.form.startswith("verb") else None
    trig_end = s.tokens[occ.tok_end - 1].end
    passive_verb = bool(verb and verb.startswith("di")) or occ.trigger.words[0] == "terjaring"
    if passive_verb and (verb or "").endswith("nya"):
        # "Dilantiknya Idrus Marham sebagai Menteri Sosial": the patient follows
        obj = _right_object(s, mentions, trig_end, ("person",))
        if obj:
            targets.extend(_coordinated(s, mentions, obj, False))
    elif passive_verb:
        # "X dilantik oleh Y": X is the patient, Y the agent
        subject = _nearest_left(mentions, trig_start, ("person",) if verb != "diresmikan" else (),
                                partner_ids, s, max_gap=60)
        if subject:
            targets.extend(_coordinated(s, mentions, subject, True))
        organizer = _right_after(s, mentions, trig_end, agents)
    elif category in PATIENT_CATEGORIES and (verb or category != "election"):
        obj = _right_object(s, mentions, trig_end,
                            agents if verb and category == "visit" else ("person",))
        if obj:
            targets.extend(_coordinated(s, mentions, obj, False))
    if category == "trial":
        # "Terdakwa Buni Yani ...": the accused; "vonis ... dari Pengadilan Negeri Bandung": the court
        for m in mentions:
            if m.kind == "person" and re.search(r"\b(terdakwa|terpidana)\s+$",
                                                s.text[:m.provenance.start - s.start], re.I):
                targets.append(m)
        court = [m for m in mentions if m.kind == "organization" and re.match(
            r"(Pengadilan|Mahkamah|Majelis)\b", m.text)]
        if court:
            organizer = court[0]
        # "majelis hakim yang dipimpin hakim ketua X", "tim jaksa ... yang dipimpin X"
        led = [m for m in mentions if m.kind == "person" and re.search(
            r"\bdipimpin\s+(oleh\s+)?((hakim|jaksa)\s+)?(ketua\s+)?(majelis\s+)?$",
            s.text[:m.provenance.start - s.start], re.I)]
        if led and organizer is None:
            organizer = led[0]
        elif led:
            _add(draft.co_agents, led[0].id)
    if category == "appointment" and occ.trigger.type == "sertijab":
        # "diserahterimakan dari Marsekal A ke Marsekal B": A hands over, B takes the post
        for m in mentions:
            before = s.text[max(0, m.provenance.start - s.start - 40):m.provenance.start - s.start]
            if m.kind == "person" and m.provenance.start > trig_start:
                if re.search(r"\bdari\s+([A-Z][\w.]*\s+){0,3}$", before) and organizer is None:
                    organizer = m
                elif re.search(r"\b(ke|kepada)\s+([A-Z][\w.]*\s+){0,3}$", before):
                    targets.append(m)
    if verb in {"bertemu", "bertamu"}:
        # "Suhardi ... bertemu dengan Presiden Joko Widodo": who is met takes part
        heads = [m.provenance.start for m in mentions if m.kind == "person"]
        met = _after_cue(s, words, [("dengan",)], mentions, agents, first_gap=30,
                         start_tok=occ.tok_end)
        participants.extend(m for m in met if m not in participants and not (
            m.kind == "organization" and any(0 <= p - m.provenance.end <= 2 for p in heads)))
    if occ.kind == "generic" and {"hadir", "dihadiri"} & set(words):
        # "Sejumlah pejabat tinggi tampak hadir dalam acara tersebut, di antaranya, A, B ..."
        listed = _after_cue(s, words, LIST_CUES, mentions, ("person",), first_gap=80)
        if listed:
            participants.extend(_coordinated(s, mentions, listed[0], False))
    target_ids = {m.id for m in targets}
    if passive_verb:
        pass
    elif occ.host is not None and words[occ.host] in ATTEND_VERBS:
        subject = _nearest_left(mentions, s.tokens[occ.host].start, agents, partner_ids, s)
        if subject:
            participants.insert(0, subject)
    elif occ.host is not None and organizer is None:
        organizer = _nearest_left(mentions, s.tokens[occ.host].start, agents,
                                  partner_ids | target_ids, s)
    if occ.passive is not None and words[occ.passive] in RECEIVE_VERBS:
        participants.extend(_receivers(s, mentions, s.tokens[occ.passive].end))
    elif organizer is None and occ.passive is not None and words[occ.passive] not in {
            "dihadiri", "diikuti"}:      # "dihadiri oleh X": X attends
        organizer = _right_after(s, mentions, s.tokens[occ.passive].end, agents)
    if organizer is None:
        for k in range(len(words)):
            if _match_at(words, k, ORGANIZER_CUES) and k >= occ.tok_start:
                n = _match_at(words, k, ORGANIZER_CUES)
                organizer = _right_after(s, mentions, s.tokens[k + n - 1].end, agents)
                if organizer:
                    break
    person_starts = [m.provenance.start for m in mentions if m.kind == "person"]
    body = [m for m in mentions if m.provenance.start >= _body_start(s)
            and not any(0 <= p - m.provenance.end <= 2 for p in person_starts)]   # not a title
    if organizer is None and body:
        # the sentence's subject agency: "Dinsosnakertrans tidak henti-hentinya memberi ..."
        first = min(body, key=lambda m: m.provenance.start)
        lead = s.text[_body_start(s) - s.start:first.provenance.start - s.start].strip(" ,")
        if (first.kind == "organization" and first.provenance.end <= trig_start
                and len(lead.split()) <= 3 and not re.search(r"[\"“”']", lead)
                and first.id not in partner_ids):
            organizer = first
    if organizer is None and verb is None and category in HOSTED_CATEGORIES:
        # the host named right after the noun: "Rapat Pleno diperluas DPD Golkar Purwakarta"
        after = sorted((m for m in mentions if m.kind == "organization"
                        and m.provenance.start >= trig_end), key=lambda m: m.provenance.start)
        gap = s.text[trig_end - s.start:after[0].provenance.start - s.start] if after else "x" * 50
        if len(gap) <= 25 and not re.search(r"[,.;:\"“”()]", gap) and not re.search(
                r"\b(di|ke|dari|dengan|bersama|antara|untuk|bagi|kepada|dan|serta|soal|tentang|"
                r"terkait|yang)\b", gap.lower()) and all(w[:1].isupper() or w.lower() in {
                    "diperluas", "tahunan", "luar", "biasa", "kerja", "terbatas"}
                    or not w.isalpha() for w in gap.split()):
            organizer = after[0]
    if organizer is not None and organizer.id in target_ids:
        organizer = None
    if organizer is not None and draft.organizer is None:
        draft.organizer = organizer.id
        # "Polres Mataram dan Polres Lombok Barat", "..., atas permintaan KPK"
        co = [m for m in (*_coordinated(s, mentions, organizer, True),
                          *_coordinated(s, mentions, organizer, False)) if m.id != organizer.id]
        for k in range(len(words)):
            n = _match_at(words, k, REQUEST_CUES)
            if n:
                m = _right_after(s, mentions, s.tokens[k + n - 1].end, agents)
                if m:
                    co.append(m)
        _add(draft.co_agents, *[m.id for m in co if m.id not in target_ids])
    _add(draft.targets, *[m.id for m in targets])
    _add(draft.partners, *[m.id for m in partners])
    _add(draft.participants, *[m.id for m in participants if m.id not in target_ids])


def _fill(draft: _Draft, occ: _Occurrence, date, ms, article_id: str,
          article_date: str | None = None) -> None:
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
        # "Operasi penggerebekan juga melibatkan X, Y": who took part, told right after a
        # later mention
        words = _words(s)
        k = occ.tok_end + (occ.tok_end < len(words) and words[occ.tok_end] in {"juga", "itu", "tersebut", "ini"})
        if k < len(words) and _match_at(words, k, PARTICIPANT_CUES):
            actors = [m for m in ms if not (m.kind == "organization" and AREA_RE.match(m.name))]
            found = _after_cue(s, words, PARTICIPANT_CUES, actors, ("organization", "person"),
                               start_tok=k)
            if found:
                _add(draft.participants, *[m.id for m in _coordinated(s, actors, found[0], False)],
                     *[m.id for m in found])
        return
    draft.frames.add(s.index)
    _read_roles(occ, _words(s), ms, draft)
    if draft.place is None:
        p = _place_for(s, ms, s.tokens[occ.tok_start].start, occ.trigger.category)
        if p:
            draft.place = p.id
    if iso and own and draft.own_date is None and re.search(r"\d", dtext or ""):
        draft.own_date = iso
    if dtext and (draft.date_text is None or (draft.date is None and iso)):
        draft.date, draft.date_text = iso, dtext
        draft.date_sentence = s.index if own else None
    if draft.said is None and occ.kind != "generic":
        said = [d for d in find_dates(s.text, article_date) if _reported(s, s.start + d[0], -1)]
        if said:
            draft.said = (said[0][3], said[0][2])


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
                earlier = written and re.match(r"\s*Sebelumnya\b", s.text) is not None
                for d in same:
                    if not (written and (d.own_date or earlier) and iso and d.own_date != iso):
                        draft = d
                        break
                if draft is None:
                    t = occ.trigger
                    new = _Draft(t.type, occ.label, category=t.category, trigger=" ".join(
                        tok.text for tok in s.tokens[occ.tok_start:occ.tok_end]),
                        trigger_span=(s.tokens[occ.tok_start].start, s.tokens[occ.tok_end - 1].end))
                    _fill(new, occ, date, by_sentence.get(s.index, []), art.id, art.date)
                    if _accepted(new, t.form, analyzed, by_sentence.get(s.index, [])):
                        drafts.append(new)
                        last = new
                    continue
            elif same:
                draft = same[-1]
        if draft is None:
            continue
        last = draft
        _fill(draft, occ, date, by_sentence.get(s.index, []), art.id, art.date)
    # "Nyono ... terjaring operasi tangkap tangan KPK. Ia diduga menerima hadiah ..., pada Sabtu,
    # 3 Februari 2018.": a sentence that goes on about the subject (a pronoun) dates the event
    for d in drafts:
        for nxt in sorted(i + 1 for i in d.sentences):
            if d.date is not None and re.search(r"\d", d.date_text or ""):
                break
            if nxt < len(analyzed.sentences) and re.match(
                    r"(Ia|Dia|Mereka|Keduanya|Ketiganya|Keempatnya)\b", analyzed.sentences[nxt].text):
                s2 = analyzed.sentences[nxt]
                found = [x for x in find_dates(s2.text, art.date) if x[3] and re.search(r"\d", x[2])
                         and not _reported(s2, s2.start + x[0], -1)]
                if found:
                    d.date, d.date_text = found[0][3], found[0][2]
    # "Massa ... di luar lokasi sidang, melakukan protes": a dateless event told in a sentence
    # of a dated one happens that day
    for d in drafts:
        if d.date is None:
            # ... unless both are told there: "menangkap ... pelaku pengeroyokan"
            other = next((e for e in drafts if e.date and (e.date_sentence in d.sentences or (
                (e.sentences - e.frames) & d.sentences))), None)
            if other:
                d.date, d.date_text = other.date, other.date_text
    for d in drafts:
        if d.date is None and d.date_text is None and d.said:
            d.date, d.date_text = d.said     # "..., kata Bima di Sampit, Kamis": the day it was told
    for d in drafts:
        first = min(d.sentences)
        if d.category == "disaster" and not d.targets:
            # "Pesawat ... itu diawaki oleh Kapten Victor Chachon dan seorang siswa ...": the
            # crew and victims named in the next two sentences
            for s2 in analyzed.sentences[first + 1:first + 3]:
                if VICTIM_WORDS & set(_words(s2)):
                    ms2 = by_sentence.get(s2.index, [])
                    said = {m.id for m in _sources(s2, ms2)}
                    _add(d.targets, *[m.id for m in ms2 if m.kind == "person" and m.id not in said])
        if d.organizer is None and d.category in OUTCOME_CATEGORIES and first > 0:
            # "Tiga poin dihasilkan pada Rapat Pleno DPD Golkar ... . Salah satunya, menetapkan
            # dukungan ...": what a meeting decides, told right after it, is done by its host
            host = next((e for e in drafts if e.category == "meeting" and e.organizer
                         and first - 1 in e.frames), None)
            lead = re.match(r"\s*(Salah satunya|Di antaranya|Antara lain|Pertama|Kedua|Ketiga)\b",
                            analyzed.sentences[first].text)
            if host and lead:
                d.organizer = host.organizer
    for d in drafts:
        _pronoun_roles(analyzed, d, by_sentence)
    for d in drafts:
        # "Polisi menangkap RO (53) ... karena mencabuli lima gadis": the arrested did it
        arrest = next((e for e in drafts if e.category == "arrest" and e.targets and e is not d
                       and e.trigger_span[0] >= 0 and _same_sentence(analyzed, e, d)), None)
        if d.category == "crime" and d.organizer is None and arrest is not None:
            d.organizer = arrest.targets[0]
            _add(d.co_agents, *arrest.targets[1:])
    if drafts and not drafts[0].sources:
        # the lead event: "X terjepit lift ... . Kanit Reskrim Polsek Y, AKP Z, membenarkan
        # hal ini.": a speaker of the next two sentences reports it
        first = min(drafts[0].sentences)
        for s2 in analyzed.sentences[first + 1:first + 3]:
            _add(drafts[0].sources, *[m.id for m in _sources(s2, by_sentence.get(s2.index, []))])
    # "Festival ... akan digelar 2 hingga 5 November" told on 31 October: not happened yet
    drafts = [d for d in drafts if not _later(d.date, art.date)]
    events = []
    for n, d in enumerate(drafts):
        if d.category in {"arrest", "investigation", "trial"}:
            _add(d.targets, *_listed_patients(analyzed, d, by_sentence))
        sources = tuple(x for x in d.sources if x != d.organizer and x not in d.targets
                        and x not in d.co_agents)
        targets = tuple(x for x in d.targets if x != d.organizer)
        co_agents = tuple(x for x in d.co_agents if x != d.organizer and x not in targets)
        partners = tuple(x for x in d.partners if x != d.organizer and x not in targets
                         and x not in co_agents)
        participants = tuple(x for x in d.participants if x != d.organizer and x not in partners
                             and x not in targets and x not in sources and x not in co_agents)
        start, end = _interval(d.date)
        events.append(Event(
            id=f"e{n}", type=d.type, label=d.label,
            provenance=tuple(sorted(d.provenance, key=lambda p: p.sentence_index)),
            organizer=d.organizer, partners=partners, participants=participants,
            participant_groups=tuple(d.groups), place=d.place,
            date=start, date_text=d.date_text, category=d.category, targets=targets,
            sources=sources, date_end=end, trigger=d.trigger,
            trigger_start=d.trigger_span[0], trigger_end=d.trigger_span[1], co_agents=co_agents,
        ))
    return events


def _interval(iso: str | None) -> tuple[str | None, str | None]:
    """A month-precision date ("2016-08") is the interval of that month; "a/b" is a to b."""
    if iso and "/" in iso:
        a, b = iso.split("/", 1)
        return a, b
    if iso and re.fullmatch(r"\d{4}-\d{2}", iso):
        y, m = map(int, iso.split("-"))
        last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
        return f"{iso}-01", f"{iso}-{last:02d}"
    return iso, None


def _accepted(d: _Draft, form: str, analyzed: AnalyzedArticle, mentions) -> bool:
    """A new event needs evidence beyond its trigger word: nouns come with a frame already;
    a verb needs an agent, a patient, a date or a place ("verb-agent": a named agent;
    "verb-person": a named person as patient or agent)."""
    if form in ("noun", "event-noun"):
        return True
    if d.category in {"arrest", "investigation"} and form != "verb-suspect" and _group_object(d, analyzed):
        return True
    if form in ("verb-agent", "verb-suspect"):
        return d.organizer is not None or bool(d.targets)
    if form == "verb-person":
        kinds = {m.id: m.kind for m in mentions}
        return any(kinds.get(k) == "person" for k in (*d.targets, d.organizer))
    return bool(d.organizer or d.targets or d.participants or d.own_date or d.place
                or d.category == "disaster")


def _same_sentence(analyzed: AnalyzedArticle, a: _Draft, b: _Draft) -> bool:
    sa, sb = _trigger_sentence(analyzed, a), _trigger_sentence(analyzed, b)
    return sa is not None and sa is sb


def _trigger_sentence(analyzed: AnalyzedArticle, d: _Draft) -> Sentence | None:
    start = d.trigger_span[0]
    return next((x for x in analyzed.sentences if x.start <= start < x.end), None)


def _title_org(speaker: EntityMention, analyzed: AnalyzedArticle, by_sentence) -> str | None:
    """The body in a speaker's title anywhere in the article: "Wakil Ketua KPK Basaria
    Panjaitan" -> KPK, also for a later bare "Basaria"."""
    names = {w for w in speaker.name.split() if len(w) >= 4}
    for s in analyzed.sentences:
        ms = by_sentence.get(s.index, [])
        for p in ms:
            if p.kind != "person" or not names & set(p.name.split()):
                continue
            orgs = [o for o in ms if o.kind == "organization" and 0 <= p.provenance.start - o.provenance.end <= 30
                    and all(w[:1].isupper() or not w.isalpha() for w in
                            s.text[o.provenance.end - s.start:p.provenance.start - s.start].split())]
            if orgs:
                return max(orgs, key=lambda o: o.provenance.end).id
    return None


def _pronoun_roles(analyzed: AnalyzedArticle, d: _Draft, by_sentence) -> None:
    """Roles told through pronouns: "... milik Rohadi. Ia sebelumnya telah divonis ..." (the
    patient is the person of the sentence before); "Basaria menyebut, pihaknya juga melakukan
    pemeriksaan" (the agent is the body of the speaker's title)."""
    s = _trigger_sentence(analyzed, d)
    if s is None or s.index == 0:
        return
    before = analyzed.article.text[s.start:d.trigger_span[0]]
    prev = by_sentence.get(s.index - 1, [])
    said = {m.id for m in _sources(analyzed.sentences[s.index - 1], prev)}
    if not d.targets and d.category in PATIENT_CATEGORIES and d.trigger.lower().startswith("di") \
            and re.fullmatch(r"\s*(Ia|Dia)\s+(\w+\s+){0,3}", before):
        people = [m for m in prev if m.kind == "person" and m.id not in said]
        if people and len({m.name for m in people}) == 1:
            _add(d.targets, people[0].id)
    clause = re.split(r"[,;]", before)[-1]
    if d.organizer is None and re.search(r"\bpihak(nya|\s+kami)\b", clause):
        here = _sources(s, by_sentence.get(s.index, []))
        if not here and re.match(r"\s*(Ia|Dia)\b", before):
            here = [m for m in prev if m.id in said]
        if here:
            org = _title_org(here[-1], analyzed, by_sentence)
            if org and org not in d.targets:
                d.organizer = org


def _group_object(d: _Draft, analyzed: AnalyzedArticle) -> bool:
    """An unnamed but concrete patient right by the trigger: "meminta keterangan sejumlah saksi",
    "mengamankan dua orang", "Sejumlah saksi sudah diperiksa"."""
    start, end = d.trigger_span
    s = next((x for x in analyzed.sentences if x.start <= start < x.end), None)
    if s is None:
        return False
    after = s.text[end - s.start:end - s.start + 40]
    before = s.text[max(0, start - s.start - 30):start - s.start]
    group = r"(saksi|tersangka|pelaku|terduga|orang|pria|wanita|pemuda|warga)"
    return re.match(rf"\s+(dari\s+)?(para|sejumlah|beberapa|\d+|dua|tiga|empat|lima|enam|"
                    rf"tujuh|delapan|sembilan|sepuluh|puluhan|belasan)?\s*(orang\s+)?{group}\b",
                    after, re.I) is not None or re.search(
        rf"\b{group}\s+(itu\s+|tersebut\s+)?(sudah|telah|juga|pun)?\s*$", before, re.I) is not None


def with_quote_sources(events: Sequence[Event], quotes: Sequence[Quote],
                       mentions: Sequence[EntityMention] = ()) -> list[Event]:
    """Speakers of the quotes told in an event's sentences report it: they are its sources
    (unless they act in it). With the mentions, only persons: a spokesperson, not the body in
    the speaker's title ("Ketua ... Ikatan Hakim Indonesia (Ikahi), Suhardi")."""
    kinds = {m.id: m.kind for m in mentions}
    quotes = [q for q in quotes if kinds.get(q.speaker, "person") == "person"]
    out = []
    for ev in events:
        spans = [(p.start, p.end) for p in ev.provenance]
        actors = {ev.organizer, *ev.co_agents, *ev.targets, *ev.partners, *ev.participants}
        found = [q.speaker for q in quotes
                 if any(a < max(q.end, q.provenance.end) and min(q.start, q.provenance.start) < b
                        for a, b in spans)]
        if not found and not ev.sources and ev is events[0]:
            # the lead event "X ditangkap ... . Kapolsek Y mengatakan, ...": the next
            # sentence's speaker reports it
            after = {p.sentence_index + 1 for p in ev.provenance}
            found = [q.speaker for q in quotes if q.provenance.sentence_index in after]
        sources = tuple(dict.fromkeys(x for x in (*ev.sources, *found) if x not in actors))
        out.append(replace(ev, sources=sources) if sources != ev.sources else ev)
    return out
