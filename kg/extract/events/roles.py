"""Who takes part in an event: its agent (organizer), patients, partners, participants, groups
and sources, read from cue words and the mentions around its trigger."""
from __future__ import annotations

import re

from kg.extract.events.attribution import _sources
from kg.extract.events.drafts import _Draft, _Occurrence, _add, _match_at, _trigger_sentence, _words
from kg.extract.types import EntityMention
from kg.nlp.types import AnalyzedArticle, Sentence


ATTEND_VERBS = {"mengikuti", "menghadiri", "hadir"}
UNDERGO_VERBS = {"menjalani"}
# "Pendaftaran Edy diterima Sekretaris DPD PDIP Sumut, Sutarto": who receives it takes part
RECEIVE_VERBS = {"diterima"}
PARTNER_CUES = [("menggandeng",), ("bekerja", "sama", "dengan"), ("bekerjasama", "dengan"),
                ("kerja", "sama", "dengan"), ("kerjasama", "dengan"), ("berkolaborasi", "dengan"),
                ("bersinergi", "dengan"), ("bersama",), ("didukung", "oleh"), ("didukung",)]
PARTICIPANT_CUES = [("melibatkan",), ("dihadiri", "oleh"), ("dihadiri",), ("diikuti", "oleh"), ("diikuti",),
                    ("dihadiri", "langsung", "oleh")]
REQUEST_CUES = [("atas", "permintaan"), ("atas", "perintah"), ("atas", "instruksi")]
ORGANIZER_CUES = [("oleh",), ("diselenggarakan", "oleh"), ("digelar", "oleh"),
                  ("dilaksanakan", "oleh"), ("diadakan", "oleh"), ("diprakarsai", "oleh"),
                  ("diprakarsai",), ("diinisiasi", "oleh")]
LIST_CUES = [("yakni",), ("yaitu",), ("adalah",), ("bernama",), ("berinisial",), ("masing-masing",),
             ("antara", "lain"), ("di", "antaranya"), ("teridentifikasi", "sebagai"),
             ("diidentifikasi", "sebagai")]
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


def _groups(sentence: Sentence) -> list[str]:
    out = []
    for m in _GROUP_RE.finditer(sentence.text):
        g = re.sub(r"\s+", " ", m.group(0))
        last = g.split()[-1].lower()
        if last not in {h.split()[-1] for h in GROUP_HEADS} and last not in _GROUP_NOUN_WORDS:
            g = g.rsplit(" ", 1)[0]
        out.append(g)
    return out


# patients of these categories are named right after the trigger ("penangkapan Gatot")
PATIENT_CATEGORIES = {"arrest", "investigation", "trial", "appointment", "visit", "crime",
                      "decision", "election"}
NO_AGENT_CATEGORIES = {"disaster"}
VICTIM_WORDS = {"diawaki", "dipiloti", "dikemudikan", "pilot", "kopilot", "penumpang", "korban",
                "tewas", "meninggal", "terluka", "luka-luka", "menewaskan", "luka", "tertimbun",
                "terjebak", "hilang", "selamat", "dievakuasi"}
# events a body holds: "Rapat Pleno DPD Golkar", "Musyawarah Nasional Partai X"
HOSTED_CATEGORIES = {"meeting", "training", "ceremony", "announcement"}


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


def _with_subject(sentence: Sentence, mentions, subject: EntityMention, before: int) -> list[EntityMention]:
    """"X bersama (dengan) Y ... <verb>": Y and those joined to it, named before the trigger,
    titles only between "bersama" and the name."""
    rest = sentence.text[subject.provenance.end - sentence.start:]
    cue = re.match(r"\s*(\(\d+\)\s*)?,?\s*bersama\s+(dengan\s+)?", rest)
    if cue is None:
        return []
    pos = subject.provenance.end + cue.end()
    after = sorted((m for m in mentions if pos <= m.provenance.start < before
                    and m.kind in ("person", "organization")), key=lambda m: m.provenance.start)
    if not after:
        return []
    lead = sentence.text[pos - sentence.start:after[0].provenance.start - sentence.start]
    if len(lead) > 40 or not all(w[:1].isupper() or not w.isalpha() for w in lead.split()):
        return []
    return _coordinated(sentence, mentions, after[0], False)


def _described_head(sentence: Sentence, mentions, offset: int) -> EntityMention | None:
    """"Daud Rasyid Harun, imam Indonesia di masjid New York yang ditahan ...": the person the
    described relative clause is about (the nearest one, set off by a comma)."""
    people = [m for m in mentions if m.kind == "person" and m.provenance.end <= offset]
    if not people:
        return None
    last = max(people, key=lambda m: m.provenance.end)
    gap = sentence.text[last.provenance.end - sentence.start:offset - sentence.start]
    # (not a speaker's frame: "Menurut Kabid Humas ... Rina Sari Ginting, kedua tersangka ...
    # yang sudah ditangkap")
    if re.search(r"\b(menurut|kata|ujar)\b", sentence.text[:last.provenance.start - sentence.start], re.I) \
            or re.search(r"\b(merupakan|adalah|ialah|yakni|yaitu)\b", gap):
        return None
    if re.fullmatch(r"\s*(\(\d+\))?\s*,\s*[a-z][^,.;:\"“”()]{2,80}?\s+yang\s+"
                    r"((telah|sudah|baru|sempat|pernah|juga|kemudian)\s+)*", gap):
        return last
    return None


def _appositive_subject(sentence: Sentence, mentions, offset: int) -> EntityMention | None:
    """"Zunaidi Abdillah, pelaku ... Surabaya, Jawa Timur, ditetapkan ...": the person opening
    the sentence, set off by commas before the verb."""
    people = [m for m in mentions if m.kind == "person" and m.provenance.end <= offset]
    if not people:
        return None
    first = min(people, key=lambda m: m.provenance.start)
    lead = sentence.text[_body_start(sentence) - sentence.start:first.provenance.start - sentence.start]
    gap = sentence.text[first.provenance.end - sentence.start:offset - sentence.start]
    if lead.strip() == "" and re.fullmatch(r"\s*(\(\d+\))?\s*,[^.;:\"“”]{3,150},\s*((telah|sudah|resmi|akhirnya)\s+)?", gap):
        return first
    return None


def _meets(sentence: Sentence, mentions, last: EntityMention, participants: list) -> EntityMention:
    """"A, B dan C (bertemu | dalam pertemuan)": the first named is the agent, the others (added
    to participants) take part."""
    group = sorted(_coordinated(sentence, mentions, last, True), key=lambda m: m.provenance.start)
    participants.extend(m for m in group[1:] if m not in participants)
    return group[0]


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
        # "A (56) dan B", "A, 56, dan B": an age between
        # "AD (24), warga Kampung Kebun Manggu, Kabupaten Cianjur, dan RB (24)": an item's age
        # and home between
        aged = re.fullmatch(r"\s*\(\d+\)\s*,?\s+[^.;:\"“”()]{0,70}?(,\s*)?\b(dan|serta|lalu)\s+", gap)
        if not re.fullmatch(r"(\s*\(\d+\)|\s*,\s*\d{1,3}\s*(?=,))?\s*(,|dan|serta|, dan|, serta)\s*([a-z]+\s+){0,3}?", gap) \
                and not _title_gap(gap) and not aged:
            break
        joined_by_and = joined_by_and or bool(re.search(r"\b(dan|serta)\b", gap))
        k += step
        out.append(same[k])
    # commas alone do not make a list: "Selain melantik Idrus, Jokowi juga ..."
    return out if joined_by_and else out[:1]


# "Kepala Bidang Humas Polda X, Y, mengatakan ...": the body in a speaker's title is no subject
TITLE_LEADS = {"kepala", "ketua", "wakil", "direktur", "kabid", "kasat", "kanit", "juru",
               "sekretaris", "komandan", "kabag", "kasubbag", "kasi", "kadis", "plt", "kasubdit"}
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


def _person_subject(s: Sentence, mentions, trig_start: int, exclude=()) -> EntityMention | None:
    """The person the sentence opens with (after a title and a comma at most), when only a
    "bersama ..." group, adverbs and a clause joined by "sekaligus / lalu / kemudian" stand
    between it and the verb."""
    people = sorted((m for m in mentions if m.kind == "person" and m.provenance.end <= trig_start),
                    key=lambda m: m.provenance.start)
    if not people or people[0].id in exclude:
        return None
    first = people[0]
    lead = s.text[_body_start(s) - s.start:first.provenance.start - s.start]
    if re.search(r"[.;:\"“”']", lead) or not all(w[:1].isupper() or not w.isalpha() for w in lead.split()):
        return None
    gap = s.text[first.provenance.end - s.start:trig_start - s.start]
    gap = re.sub(r"^\s*(\(\d+\)\s*)?(,\s*)?bersama\s+([A-Z][\w.]*\s+){1,4}", " ", gap)
    gap = re.sub(r"\bme\w+\s+([a-z]+\s+){0,5}(sekaligus|lalu|kemudian|dan|serta)\s+$", "", gap)
    words = gap.split()
    return first if len(words) <= 3 and not re.search(r"[,.;:\"“”()]", gap) and all(
        w in {"juga", "telah", "sudah", "langsung", "pun", "kembali", "sempat", "akhirnya", "lalu",
              "kemudian", "turut", "secara", "resmi", "baru", "saja"} for w in words) else None


def _body_start(sentence: Sentence) -> int:
    """Where the sentence starts after a dateline ("Jakarta, CNN Indonesia -- ...")."""
    m = re.match(r"[^.\n]{2,60}?\s(--|–|—|-)\s", sentence.text)
    if m and re.search(r"[(,]", m.group(0)):
        return sentence.start + m.end()
    return sentence.start


OBJECT_WORDS = {"terhadap", "kepada", "atas", "pada", "untuk", "saudara", "kembali", "tersangka", "saksi", "terdakwa", "pelaku", "korban",
                "mantan", "sang", "si", "seorang", "warga", "calon", "bakal"}
# "menganiaya istrinya NL": kin in apposition with the name
OBJECT_WORDS |= {w + n for w in ("istri", "suami", "anak", "ibu", "ayah", "adik", "kakak", "pacar",
                                  "kekasih", "teman", "tetangga", "keponakan", "cucu")
                 for n in ("", "nya")}


PROPERTY_WORDS = {"gerbang", "kantor", "markas", "gedung", "kendaraan", "mobil", "truk", "bus",
                  "sistem", "situs", "server", "jaringan", "pos", "fasilitas", "operasional", "milik",
                  "pusat", "kompleks", "rumah", "toko", "gudang", "terhadap", "dua", "tiga", "sejumlah"}


def _property_owner(s: Sentence, mentions, offset: int) -> EntityMention | None:
    """A crime done to a body's property: "menembaki gerbang Chongryon", "penembakan terhadap
    dua kendaraan operasional PT Freeport Indonesia": the body is who suffers it."""
    after = sorted((m for m in mentions if m.kind == "organization" and m.provenance.start >= offset),
                   key=lambda m: m.provenance.start)
    if not after:
        return None
    gap = s.text[offset - s.start:after[0].provenance.start - s.start].lower().split()
    return after[0] if gap and len(gap) <= 4 and set(gap) <= PROPERTY_WORDS and (
        set(gap) - {"terhadap", "dua", "tiga", "sejumlah", "milik", "operasional"}) else None


# words that open a clause or a phrase of place or time: no part of a described object
CLAUSE_WORDS = {"di", "ke", "dari", "yang", "dan", "serta", "atau", "untuk", "dengan", "pada", "dalam",
                "karena", "saat", "ketika", "oleh", "bahwa", "akan", "telah", "sudah", "itu", "ini",
                "tersebut", "setelah", "sebelum", "usai", "hingga", "sejak", "namun", "tetapi"}
_RELATION = r"(rekan|teman|kawan|ajudan|sopir|staf|asisten|kerabat|anak\s+buah|orang\s+dekat)"


def _right_object(sentence: Sentence, mentions, offset: int, kinds, exclude=()) -> EntityMention | None:
    """The mention right after a trigger: "menangkap RO (53)", "penangkapan Gatot"."""
    for m in sorted(mentions, key=lambda m: m.provenance.start):
        if m.kind not in kinds or m.provenance.start < offset or m.id in exclude:
            continue
        gap = raw = sentence.text[offset - sentence.start:m.provenance.start - sentence.start]
        # only titles, names and a few role words between: "terhadap tersangka X", "Gubernur Y"
        # ... or a second act of the same trigger: "pengeroyokan dan pembakaran Zoya"
        gap = re.sub(r"^\s*(dan|serta)\s+pe\w+an\b", "", gap)
        gap = re.sub(r"\b(tersangka|terdakwa|saksi)\s+(kasus|perkara)\s+[a-z]+\b", "", gap)
        # "menerbitkan surat penangkapan pada X": the kind of letter
        gap = re.sub(r"^\s*(penangkapan|perintah|peringatan|panggilan|pencegahan|larangan|"
                     r"penahanan|penggeledahan|penyitaan)\b", "", gap)
        # "menjatuhkan vonis penjara terhadap X": the object past the sentence's kind
        gap = re.sub(r"^\s*([a-z]+\s+){1,2}(?=terhadap\s)", "", gap)
        # "terhadap mantan Gubernur Banten, Ratu Atut": a title in apposition
        gap = re.sub(r"(?<=[A-Z][a-z])([a-z]*)\s*,\s*$", r"\1 ", gap)
        # "pembakaran terduga pencuri pengeras suara musala, Muhammad Al Azhar": a described
        # person in apposition with the name; "menunjuk seorang diplomat asal Prancis, Jean -
        # Pierre Lacroix", "mengangkat hakim perempuan Muslim, Hana Mansour al-Khatib"
        if any(re.fullmatch(r"\s*(terduga|tersangka|terdakwa|korban|seorang|warga|bocah|pria|wanita|"
                        r"remaja|pemuda|siswa|siswi|pelajar|mahasiswa|nenek|kakek|hakim|diplomat|"
                        r"pejabat|politikus|politisi|aktivis|jurnalis|wartawan|pengusaha|tokoh|"
                        rf"{_RELATION})(\s+[\w-]+){{0,6}}\s*,\s*", g) and len(g) <= 70 for g in (gap, raw)):
            return m
        # ... any short description so set off: "meminta keterangan mantan kontributor MetroTV,
        # Hilman Mattauch, Selasa": no verb or clause word in it, the name closed by a comma
        # (not the doer: "Tersangka kasus penipuan jamaah umrah First Travel, Andika Surachman")
        desc = re.fullmatch(r"\s*([a-z][\w-]*(?:\s+[\w-]+){0,5})\s*,\s*", raw)
        doer = re.search(r"\b(pelaku|tersangka|terdakwa|terpidana|terduga)(\s+(kasus|perkara|dugaan))?(\s+\w+){1,2}$",
                         sentence.text[:max(0, offset - sentence.start)], re.I)
        if desc and not doer and m.kind == "person" and not set(desc.group(1).lower().split()) & CLAUSE_WORDS \
                and not re.match(r"(me|ber)[a-z]{3,}", desc.group(1)) \
                and re.match(r"\s*(\(\d+\)\s*)?[,(]", sentence.text[m.provenance.end - sentence.start:]):
            return m
        # "meminta keterangan rekan bisnis Sandi, Andreas Tjahjadi": the person named is whose
        # partner the object is; the object follows
        if re.fullmatch(rf"\s*{_RELATION}(\s+[a-z]+)?\s*", raw) and re.match(
                r"\s*,\s*[A-Z]", sentence.text[m.provenance.end - sentence.start:]):
            continue
        if len(gap) <= 40 and not re.search(r"[,.;:\"“”()]", gap) and all(
                w[:1].isupper() or not w.isalpha() or w in OBJECT_WORDS for w in gap.split()):
            return m
        return None
    return None


PATIENT_GROUPS = {"saksi", "tersangka", "pelaku", "terdakwa", "nelayan", "korban", "pejabat",
                  "pasangan", "orang", "pemuda", "pria", "wanita", "remaja", "terduga"}


def _listed_patients(analyzed: AnalyzedArticle, draft: _Draft, by_sentence) -> list[str]:
    """Persons listed for the event's group: "sembilan orang saksi" ... "Sembilan saksi tersebut
    ... yakni Gunawan dan Lie Samsudin, ..."; the list follows within three sentences."""
    heads = {w for i in draft.sentences for w in _words(analyzed.sentences[i])} & PATIENT_GROUPS
    if not heads:
        return []
    out: list[str] = []
    first = min(draft.sentences)
    near = set(range(first, first + 4)) | draft.frames      # or where it is told again
    # ... or in a sentence with the trigger's root, or right before one: "Terduga teroris
    # berikutnya bernama X ... . Pria yang tinggal di ... itu ditangkap di ..."
    root = _root(draft.trigger.split()[0]) if draft.trigger else ""
    again = {x.index for x in analyzed.sentences if len(root) >= 5 and x.index > first
             and re.search(rf"\b\w*{re.escape(root)}", x.text.lower())}
    near |= again | {i - 1 for i in again}
    for s in (x for x in analyzed.sentences if x.index in near):
        words = _words(s)
        # "Salah satu yang ditangkap bernama X": the one it was done to, named
        done_to = s.index in again and re.search(r"\byang\s+(sudah\s+|telah\s+)?di\w+\s+(bernama|berinisial)\b",
                                                 s.text, re.I)
        if not PATIENT_GROUPS & set(words) and not done_to and not re.match(
                r"\s*(Masing-masing|Mereka adalah)\b", s.text):
            continue
        ms = by_sentence.get(s.index, [])
        listed = _after_cue(s, words, LIST_CUES, ms, ("person",), first_gap=80)
        # "Tersangka, TA (17), DAF (16) dan HAH (21), kini meringkuk ...": the named suspects
        lead = re.match(r"\s*((para|kedua|ketiga|keempat|kelima)\s+)?(tersangka|pelaku)\s*,\s*",
                        s.text, re.I)
        if not listed and lead:
            listed = [m for m in ms if m.kind == "person" and m.provenance.start - s.start == lead.end()]
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


def _acts(sentence: Sentence, m: EntityMention) -> bool:
    """The person does something: "Dadi Djakaria bersama Muspika Pangatikan melakukan takziah
    ke rumah korban" (the subject of an active verb, or one with it) is no victim."""
    after = sentence.text[m.provenance.end - sentence.start:]
    verb = re.match(r"\s*(\([^)]*\)\s*)?(bersama\s+([A-Z][\w.]*\s+){1,4})?(me\w+)", after)
    before = sentence.text[:m.provenance.start - sentence.start]
    if verb is None and re.search(r"\bbersama\s+$", before):
        verb = re.match(r"\s*(me\w+)", after)
    return verb is not None and verb.group(verb.lastindex) not in {
        "mengalami", "menderita", "meninggal", "menjadi", "mengakibatkan"}


def _body_sources(s: Sentence, mentions, until: int) -> list[EntityMention]:
    """Bodies the sentence cites: "menurut lembaga pemantau gempa pemerintah, GeoNet"; "Xinhua
    melaporkan ...", "Kepolisian Metropolitan Washington menyebut ..." (named before `until`)."""
    out = []
    for m in mentions:
        gap = s.text[max(0, m.provenance.start - s.start - 60):m.provenance.start - s.start]
        if m.kind == "organization" and re.search(
                r"\b[Mm]enurut(\s+[a-z]+){0,5}\s*(,\s*)?$", gap) and m not in out:
            out.append(m)
    for m in mentions:
        if m.kind == "organization" and m not in out and m.provenance.end <= until \
                and re.match(r"\s*(\([\w ]+\)\s*)?(juga\s+)?(melaporkan|menyebut|menyebutkan)\b",
                             s.text[m.provenance.end - s.start:]):
            out.append(m)
    return out


def _read_roles(occ: _Occurrence, words, mentions, draft: _Draft,
                speaker: EntityMention | None = None) -> None:
    """Agent (organizer), patients, partners, participants and sources from one trigger sentence
    (speaker: who the sentence's quote is by, for "katanya usai ...")."""
    s = occ.sentence
    agents = ("organization", "person")
    trig_start = s.tokens[occ.tok_start].start
    sources = _sources(s, mentions)
    # "kata Menteri Khofifah saat mengunjungi Mario", "kata Laode dalam jumpa pers": the
    # speaker is doing it
    during = "|dalam" if occ.trigger.category == "announcement" else ""
    acting = [m for m in sources if m.provenance.end <= trig_start and re.fullmatch(
        r"[\s,]*(kepada\s+(wartawan|awak\s+media|media|\w+\.com)\s*,?\s*)?"
        rf"(saat|ketika|usai|seusai|setelah|sebelum|sambil|sela{during})\s+(\w+\s+)?",
        s.text[m.provenance.end - s.start:trig_start - s.start].lower())]
    # "..., katanya usai meresmikan prasasti ...": the same for a speaker told before
    if not acting and speaker is not None and speaker.kind == "person" and re.search(
            r"\b(kata|ujar|tutur|ucap|ungkap|jelas|terang|tegas|papar|imbuh|tambah|pungkas)nya"
            r"\s*,?\s*(kepada\s+(wartawan|awak\s+media|media|\w+\.com)\s*,?\s*)?"
            rf"(saat|ketika|usai|seusai|setelah|sebelum|sambil|sela{during})\s+(\w+\s+)?$",
            s.text[:trig_start - s.start], re.I):
        acting = [speaker]
    passive = occ.trigger.words[0].startswith("di") and occ.trigger.form.startswith("verb")
    # "ujarnya usai apel siaga bencana", "katanya usai Rakor BUMN": the speaker just out of a
    # ceremony or course (no verb of hosting between) took part in it (a meeting's speaker
    # is a side: "ujar Abhan seusai pertemuan" with the Kapolri)
    if acting and not occ.trigger.form.startswith("verb") and occ.trigger.category in {
            "ceremony", "training"} and re.search(
            r"\b(usai|seusai|setelah|sesudah)\s+((acara|kegiatan|rapat)\s+)?$",
            s.text[:trig_start - s.start], re.I):
        _add(draft.participants, acting[-1].id)
        took_part, acting = acting[-1:], []
    else:
        took_part = []
    if acting and passive:
        _add(draft.targets, acting[-1].id)       # "kata Oesman usai dilantik"
    elif acting and draft.organizer is None and occ.trigger.category not in NO_AGENT_CATEGORIES:
        draft.organizer = acting[-1].id
    elif acting and occ.trigger.category not in NO_AGENT_CATEGORIES:
        _add(draft.co_agents, acting[-1].id)     # "KPK ... jumpa pers", "kata Laode dalam jumpa pers"
    sources = [m for m in sources if m not in acting and m not in took_part]
    sources.extend(m for m in _body_sources(s, mentions, trig_start + 200) if m not in sources)
    # "Seperti dilansir CNN, ... Yee ditangkap": the outlet cited is no actor
    cited = {m.id for m in mentions if re.search(
        r"\b(dilansir|dikutip|mengutip)\s+(dari\s+)?(laman\s+)?$",
        s.text[max(0, m.provenance.start - s.start - 30):m.provenance.start - s.start], re.I)}
    source_ids = {m.id for m in sources} | {m.id for m in acting} | cited
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
        victims = [m for m in mentions if m.kind == "person" and not _acts(s, m)] if told else []
        _add(draft.targets, *[m.id for m in victims])
        _add(draft.targets, *[m.id for m in _experiencers(s, mentions, trig_start, s.tokens[occ.tok_end - 1].end)])
        return
    sides = _sides(s, mentions, s.tokens[occ.tok_end - 1].end) if category in SIDED_CATEGORIES and not occ.trigger.form.startswith(
        "verb") else []
    if sides:
        # "Pertemuan Korsel dan Korut", "pertemuan antara Pemerintah ... dengan keluarga
        # Keraton": the named sides take part; none of them hosts
        _add(draft.participants, *[m.id for m in sides])
        mentions = [m for m in mentions if m not in sides]
    # "menandatangani kesepakatan ... bersama Menteri ... Mohammad Fneish": a person signs too
    partners = _after_cue(s, words, PARTNER_CUES, mentions,
                          ("organization", "person") if category == "agreement" else ("organization",))
    partner_ids = {m.id for m in partners}
    participants = _after_cue(s, words, PARTICIPANT_CUES, mentions, agents)
    targets: list[EntityMention] = []
    organizer = None
    verb = occ.trigger.words[0] if occ.trigger.form.startswith("verb") else None
    trig_end = s.tokens[occ.tok_end - 1].end
    # "Firza memenuhi panggilan penyidik X": the one summoned undergoes it, X does it
    passive_verb = bool(verb and verb.startswith("di")) or occ.trigger.words[0] == "terjaring" \
        or occ.trigger.words[:2] == ("memenuhi", "panggilan")
    if passive_verb and (verb or "").endswith("nya"):
        # "Dilantiknya Idrus Marham sebagai Menteri Sosial": the patient follows
        obj = _right_object(s, mentions, trig_end, ("person",))
        if obj:
            targets.extend(_coordinated(s, mentions, obj, False))
    elif passive_verb:
        # "X dilantik oleh Y": X is the patient, Y the agent ... but in "ditunjuk sebagai Mensos
        # RI", "dilantik menjadi Kapolda" what follows is the post
        subject = _nearest_left(mentions, trig_start, ("person",) if verb != "diresmikan" else (),
                                partner_ids, s, max_gap=60)
        if subject is None:
            subject = _appositive_subject(s, mentions, trig_start)
        if subject is None:
            subject = _described_head(s, mentions, trig_start)
        if subject:
            targets.extend(_coordinated(s, mentions, subject, True))
        post = words[occ.tok_end - 1] in {"sebagai", "menjadi"} or (
            occ.tok_end < len(words) and words[occ.tok_end] in {"sebagai", "menjadi"})
        organizer = None if post else _right_after(s, mentions, trig_end, agents)
    elif category in PATIENT_CATEGORIES and (verb or category != "election"):
        obj = _right_object(s, mentions, trig_end,
                            agents if verb and category == "visit" else ("person",))
        if obj is None and category == "crime":
            obj = _property_owner(s, mentions, trig_end)
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
    if category == "crime":
        # "Akibat penyerangan itu Aiptu M Sigalinging tewas": who died or was hurt by it (not
        # who took his own life)
        for m in mentions:
            if m.kind == "person" and re.match(
                    r"\s*(\(\d+\)\s*)?,?\s*(yang\s+)?(tewas|meninggal|terluka|luka-luka|mengalami\s+luka|"
                    r"menjadi\s+korban)\b(?!\s+bunuh\s+diri)", s.text[m.provenance.end - s.start:]):
                targets.append(m)
    if organizer is None and verb and verb.startswith("me") and re.search(
            r",\s*(usai|seusai|setelah|sesudah|sebelum)\s+$", s.text[:trig_start - s.start]):
        # "TH (66) tewas bunuh diri dengan cara ..., usai menganiaya istrinya NL": the subject
        # of the sentence did what the closing clause tells
        subj = [m for m in mentions if m.kind in agents and m.provenance.start >= _body_start(s)
                and m.provenance.end <= trig_start and m not in targets]
        first = min(subj, key=lambda m: m.provenance.start) if subj else None
        if first is not None and not re.search(r"[,\s]*\b(yang|dan|serta)\b", s.text[
                _body_start(s) - s.start:first.provenance.start - s.start]):
            organizer = first
    if category == "crime" and organizer is None:
        # "Zunaidi Abdillah, pelaku pelecehan seksual pasien ...": the person named as its doer
        doer = [m for m in mentions if m.kind == "person" and re.fullmatch(
            r"\s*,?\s*(sang\s+|si\s+)?(pelaku|tersangka|terduga\s+pelaku)\s*",
            s.text[m.provenance.end - s.start:trig_start - s.start], re.I)]
        # "Pelaku penembakan di Route 91 Harvest Festival Las Vegas, Stephen Paddock (64), ..."
        if not doer and re.search(r"\b(pelaku|tersangka)\s+$", s.text[:trig_start - s.start], re.I):
            doer = [m for m in mentions if m.kind == "person" and m.provenance.start > trig_start
                    and re.fullmatch(r"[^,.;:\"“”]{0,80},\s*", s.text[trig_end - s.start:m.provenance.start - s.start])]
        # "terpidana penyelundupan narkoba Mary Jane Veloso", "Tersangka kasus penipuan jamaah
        # umrah First Travel, Andika Surachman": the name right after the described crime
        if not doer and re.search(r"\b(pelaku|tersangka|terdakwa|terpidana|terduga)(\s+(kasus|perkara|dugaan))?\s+$",
                                  s.text[:trig_start - s.start], re.I):
            after = sorted((m for m in mentions if m.kind in ("person", "organization")
                            and m.provenance.start >= trig_end), key=lambda m: m.provenance.start)
            gap = s.text[trig_end - s.start:after[0].provenance.start - s.start] if after else "x"
            # (not whose kin or staff suffered it: "pembunuhan keluarga Rianto")
            if re.search(rf"\b(keluarga|warga|karyawan|pegawai|{_RELATION[1:-1]})\b", gap) or \
                    set(gap.split()) & OBJECT_WORDS:
                after = []
            if after and after[0].kind == "person" and re.fullmatch(r"(\s+[a-z]+){0,3}\s*", gap):
                doer = [after[0]]
            elif len(after) >= 2 and after[1].kind == "person" and re.fullmatch(r"(\s+[a-z]+){0,3}\s+", gap) \
                    and re.fullmatch(r"\s*,\s*", s.text[after[0].provenance.end - s.start:after[1].provenance.start - s.start]):
                doer = [after[1]]       # past the firm named in the crime's phrase
        if doer and len(doer) == 1:
            doer = _coordinated(s, mentions, doer[0], False)
            _add(draft.co_agents, *[m.id for m in doer[1:]])
        if doer:
            organizer = doer[0]
    if category == "appointment" and occ.trigger.type == "sertijab":
        # "diserahterimakan dari Marsekal A ke Marsekal B": A hands over, B takes the post
        for m in mentions:
            before = s.text[max(0, m.provenance.start - s.start - 40):m.provenance.start - s.start]
            if m.kind == "person" and m.provenance.start > trig_start:
                if re.search(r"\bdari\s+([A-Z][\w.]*\s+){0,3}$", before) and organizer is None:
                    organizer = m
                elif re.search(r"\b(ke|kepada)\s+([A-Z][\w.]*\s+){0,3}$", before):
                    targets.append(m)
    if verb in {"bertemu", "bertamu"} and organizer is None and not passive_verb:
        # "A, B dan C bertemu": the first meets the others (as in "A bertemu dengan B")
        subject = _nearest_left(mentions, trig_start, agents, partner_ids, s)
        if subject:
            organizer = _meets(s, mentions, subject, participants)
    if verb in {"bertemu", "bertamu"}:
        # "Suhardi ... bertemu dengan Presiden Joko Widodo": who is met takes part
        heads = [m.provenance.start for m in mentions if m.kind == "person"]
        met = _after_cue(s, words, [("dengan",)], mentions, agents, first_gap=30,
                         start_tok=occ.tok_end)
        participants.extend(m for m in met if m not in participants and not (
            m.kind == "organization" and any(0 <= p - m.provenance.end <= 2 for p in heads)))
    if category == "meeting" and verb is None and not sides:
        # "melakukan rapat tertutup dengan Menteri Perdagangan Enggartiasto Lukita", "pertemuan
        # satu jam lebih dengan Netanyahu": who the meeting is with takes part
        near = [k for k in range(occ.tok_end, min(len(words), occ.tok_end + 4)) if words[k] == "dengan"]
        if near and not re.search(r"[,.;:\"“”()]", s.text[trig_end - s.start:s.tokens[near[0]].start - s.start]):
            heads = [m.provenance.start for m in mentions if m.kind == "person"]
            named = [m for m in mentions if not (      # not the body of a title: "Menteri Perdagangan"
                m.kind == "organization" and any(0 <= p - m.provenance.end <= 2 for p in heads))]
            met = _after_cue(s, words[:near[0] + 1], [("dengan",)], named, agents, first_gap=40,
                             start_tok=near[0])
            # ... named right after it, with titles only between ("dengan agen Navas": not Navas)
            lead = s.text[s.tokens[near[0]].end - s.start:met[0].provenance.start - s.start] if met else ""
            if met and all(w[:1].isupper() or not w.isalpha() for w in lead.split()):
                participants.extend(m for m in _coordinated(s, named, met[0], False) if m not in participants)
    if category in {"ceremony", "meeting"} and verb is None and {"hadir", "tiba"} & set(words):
        # "SBY bersama istri ..., Agus Harimurti dan istri Anisa, tiba di tempat acara akad
        # nikah": the named persons who came take part
        participants.extend(m for m in mentions if m.kind == "person" and m not in participants)
    if category == "meeting" and verb is None and organizer is None and occ.tok_start > 0 \
            and words[occ.tok_start - 1] in {"dalam", "pada", "saat"}:
        # "komitmen Presiden Joko Widodo dan Perdana Menteri Belanda Mark Rutte dalam pertemuan
        # bilateral": the first named meets the others
        left = _nearest_left(mentions, s.tokens[occ.tok_start - 1].start, ("person",), partner_ids, s,
                             max_gap=2)
        if left:
            organizer = _meets(s, mentions, left, participants)
    if occ.kind == "generic" and {"hadir", "dihadiri"} & set(words):
        # "Sejumlah pejabat tinggi tampak hadir dalam acara tersebut, di antaranya, A, B ..."
        listed = _after_cue(s, words, LIST_CUES, mentions, ("person",), first_gap=80)
        if listed:
            participants.extend(_coordinated(s, mentions, listed[0], False))
    target_ids = {m.id for m in targets}
    if passive_verb:
        pass
    elif occ.host is not None and words[occ.host] in UNDERGO_VERBS:
        # "Zunaidi ... telah menjalani pemeriksaan": who undergoes it is its patient
        subject = _nearest_left(mentions, s.tokens[occ.host].start, ("person",), partner_ids, s, max_gap=60)
        if subject is None:
            subject = _appositive_subject(s, mentions, s.tokens[occ.host].start)
        if subject and category in PATIENT_CATEGORIES:
            targets.append(subject)
        elif subject:
            participants.insert(0, subject)
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
    undergo = occ.host is not None and words[occ.host] in UNDERGO_VERBS
    if organizer is None and body and not undergo:
        # the sentence's subject agency: "Dinsosnakertrans tidak henti-hentinya memberi ..."
        first = min(body, key=lambda m: m.provenance.start)
        lead = s.text[_body_start(s) - s.start:first.provenance.start - s.start].strip(" ,")
        # ... not of a relative clause's verb: "Kepolisian Jepang menahan dua pria yang
        # menembaki kantor ...": the two men shot
        relative = verb is not None and verb.startswith("me") and re.search(
            r"\byang\s+(\w+\s+)?$", s.text[:trig_start - s.start])   # not "yang sudah ditetapkan"
        if (first.kind == "organization" and first.provenance.end <= trig_start and not relative
                and len(lead.split()) <= 3 and not re.search(r"[\"“”']", lead)
                and not (lead.split() and lead.split()[-1].lower() in TITLE_LEADS)
                and first.id not in partner_ids):
            organizer = first
    host = words[occ.host] if occ.host is not None else ""
    if organizer is None and not passive_verb and not undergo and (
            (verb and verb.startswith("me")) or (host.startswith("me") and host not in ATTEND_VERBS)):
        # "Kepala Pelaksana BPBD Garut, Dadi Djakaria bersama Muspika Pangatikan melakukan
        # takziah ke rumah korban sekaligus memberikan santunan": the person opening the
        # sentence does what its active verb tells
        organizer = _person_subject(s, mentions, s.tokens[occ.host].start if host else trig_start,
                                    target_ids)
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
    if organizer is not None:
        # "Dadi Djakaria bersama Muspika Pangatikan melakukan takziah ...": who acts with the
        # subject, named right after "bersama", takes part
        _add(draft.participants, *[m.id for m in _with_subject(s, mentions, organizer, trig_start)
                                   if m.id not in target_ids and m.id != organizer.id])
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
        _add(draft.co_agents, *[m.id for m in co if m.id not in target_ids and m not in participants])
    _add(draft.targets, *[m.id for m in targets])
    _add(draft.partners, *[m.id for m in partners])
    _add(draft.participants, *[m.id for m in participants if m.id not in target_ids])


def _experiencers(s: Sentence, mentions, trig_start: int, trig_end: int) -> list[EntityMention]:
    """Who undergoes a mishap: "Setya Novanto yang mengalami kecelakaan", "Insiden selanjutnya
    dialami Endang ...", "kecelakaan yang dialami tersangka kasus E-KTP, Setya Novanto"."""
    out = []
    for m in (x for x in mentions if x.kind == "person"):
        if m.provenance.end <= trig_start:
            gap = s.text[m.provenance.end - s.start:trig_start - s.start]
            if re.fullmatch(r"\s*(\(\d+\)\s*)?,?\s*(yang\s+)?((pernah|sempat|juga|telah|sudah|baru)\s+){0,2}"
                            r"(mengalami|menderita)\s+", gap):
                out.append(m)
        elif m.provenance.start >= trig_end:
            gap = s.text[trig_end - s.start:m.provenance.start - s.start]
            if re.fullmatch(r"(\s+\w+){0,2}?\s+(yang\s+)?dialami\s+(oleh\s+)?[^.;:\"“”()]{0,50}?", gap) \
                    and not out:
                out.append(m)
    return out


SIDED_CATEGORIES = {"meeting", "agreement"}


def _sides(s: Sentence, mentions, trig_end: int) -> list[EntityMention]:
    """The sides named right after a meeting or agreement noun: "Pertemuan Korsel dan Korut",
    "pertemuan antara Pemerintah yang diwakili Mendagri Tjahjo Kumolo, ... Pemkot Solo dengan
    keluarga Keraton Kasunanan Surakarta" (two or more, joined by "dan" / "dengan"; a lone name
    after the noun is its host)."""
    rest = s.text[trig_end - s.start:]
    ms = sorted((m for m in mentions if m.provenance.start >= trig_end
                 and m.kind in ("person", "organization", "place")), key=lambda m: m.provenance.start)
    heads = [m.provenance.start for m in ms if m.kind == "person"]
    ms = [m for m in ms if not (m.kind == "organization" and any(0 <= p - m.provenance.end <= 2 for p in heads))]
    if not ms:
        return []
    between = re.match(r"\s*antara\b", rest)
    if between:
        # up to the clause's end: its verb, a stop or a quote
        end = re.search(r"[.;:\"“”]|\b(akhirnya|digelar|berlangsung|dilakukan|dilaksanakan|membahas|"
                        r"menghasilkan|sempat|telah|sudah)\b|\bdi\s+[A-Z]", rest)
        span = rest[:end.start()] if end else rest
        out = [m for m in ms if m.provenance.end - trig_end <= len(span) and m.kind != "place"]
        return out if len(out) >= 2 and re.search(r"\b(dan|dengan)\b", span) else []
    lead = s.text[trig_end - s.start:ms[0].provenance.start - s.start]
    if not re.fullmatch(r"(\s+[A-Za-z]+){0,2}\s*", lead) or re.search(r"\b(di|ke|dari|yang|untuk)\b", lead):
        return []
    out = [ms[0]]
    for m in ms[1:]:
        gap = s.text[out[-1].provenance.end - s.start:m.provenance.start - s.start]
        if not re.fullmatch(r"\s*(,|dan|dengan|serta)\s*", gap):
            break
        out.append(m)
    joined = len(out) >= 2 and re.search(r"\b(dan|dengan|serta)\b", s.text[
        out[0].provenance.end - s.start:out[-1].provenance.start - s.start])
    if not joined:
        return []
    # countries meet as places ("Korsel dan Korut"); a place among bodies is where
    return out if all(m.kind == "place" for m in out) else [m for m in out if m.kind != "place"]


def _title_org(speaker: EntityMention, analyzed: AnalyzedArticle, by_sentence) -> str | None:
    """The body in a speaker's title anywhere in the article: "Wakil Ketua KPK Basaria
    Panjaitan" -> KPK, also for a later bare "Basaria"."""
    names = {w for w in speaker.name.split() if len(w) >= 4}
    for s in analyzed.sentences:
        ms = by_sentence.get(s.index, [])
        for p in ms:
            # ... or the name spelt another way ("Djarot" for "Kombes Pol Djarod Padakova")
            if p.kind != "person" or not (names & set(p.name.split()) or any(
                    len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5] and abs(len(a) - len(b)) <= 1
                    for a in names for b in p.name.split())):
                continue
            orgs = [o for o in ms if o.kind == "organization" and 0 <= p.provenance.start - o.provenance.end <= 30
                    and all(w[:1].isupper() or not w.isalpha() for w in
                            s.text[o.provenance.end - s.start:p.provenance.start - s.start].split())]
            if orgs:
                return max(orgs, key=lambda o: o.provenance.end).id
    return None


def _pronoun_roles(analyzed: AnalyzedArticle, d: _Draft, by_sentence) -> None:
    """Roles told outside the trigger's own frame, once the article's events are drafted:
    through pronouns (`_pronoun_roles_in`) and elsewhere in the article (`_article_roles`)."""
    _pronoun_roles_in(analyzed, d, by_sentence)
    _article_roles(analyzed, d, by_sentence)
    _add(d.targets, *[x for x in _victims_listed(analyzed, d, by_sentence)
                      if x != d.organizer and x not in d.co_agents])


def _pronoun_roles_in(analyzed: AnalyzedArticle, d: _Draft, by_sentence) -> None:
    """Roles told through pronouns: "... milik Rohadi. Ia sebelumnya telah divonis ..." (the
    patient is the person of the sentence before); "Basaria menyebut, pihaknya juga melakukan
    pemeriksaan" (the agent is the body of the speaker's title)."""
    s = _trigger_sentence(analyzed, d)
    if s is None or s.index == 0:
        return
    before = analyzed.article.text[s.start:d.trigger_span[0]]
    prev = by_sentence.get(s.index - 1, [])
    said = {m.id for m in _sources(analyzed.sentences[s.index - 1], prev)}
    # "... Ia sebelumnya menjadi korban teror penyiraman air keras": the victim
    victim = re.fullmatch(r"\s*(Ia|Dia)\s+(\w+\s+){0,2}menjadi\s+korban\s+(\w+\s+)?", before)
    # "Mantan perawat National Hospital Surabaya ini telah menjalani pemeriksaan": a described
    # subject ("... ini/itu/tersebut") with no name of its own is the person told before
    here = [m for m in by_sentence.get(s.index, []) if m.kind == "person"
            and m.provenance.end <= d.trigger_span[0]]
    described = not here and re.fullmatch(
        r"\s*(Mantan|Pria|Wanita|Perempuan|Remaja|Pemuda|Tersangka|Terdakwa|Pelaku|Korban|Bocah|"
        r"Kakek|Nenek|Ayah|Ibu|Suami|Istri)\b[^,.;:\"“”]{0,60}?\s(ini|itu|tersebut)\s+(\w+\s+){0,3}",
        before)
    undergoes = re.search(r"\bmenjalani\s+$", before) is not None
    if not d.targets and (victim or d.category in PATIENT_CATEGORIES and (
            d.trigger.lower().startswith("di") or undergoes) and (
            re.fullmatch(r"\s*(Ia|Dia)\s+(\w+\s+){0,3}", before) or described)):
        people = [m for m in prev if m.kind == "person" and m.id not in said]
        # ... several: the first, unless it stands in a relative clause ("yang juga menyeret X")
        first = people[0] if people and not re.search(r"\byang\b", analyzed.article.text[
            analyzed.sentences[s.index - 1].start:people[0].provenance.start]) else None
        if people and len({m.name for m in people}) == 1:
            _add(d.targets, people[0].id)
        elif first is not None and all(_same_person(first.name, m.name) or re.search(
                r"\byang\b", analyzed.article.text[first.provenance.end:m.provenance.start])
                # "AT alias Ariel (11)": one person's two names
                or re.fullmatch(r"\s*(\(\w+\)\s*)?,?\s*(alias|als\.?|atau)\s+",
                                analyzed.article.text[first.provenance.end:m.provenance.start])
                for m in people[1:]):
            _add(d.targets, first.id)
    clause = re.split(r"[,;]", before)[-1]
    if d.organizer is None and re.search(r"\bpihak(nya|\s+kami)\b", clause):
        here = _sources(s, by_sentence.get(s.index, []))
        if not here and re.match(r"\s*(Ia|Dia)\b", before):
            here = [m for m in prev if m.id in said]
        if here:
            org = _title_org(here[-1], analyzed, by_sentence)
            if org and org not in d.targets:
                d.organizer = org


INQUIRY_BODY_RE = re.compile(r"(Polsek|Polres|Polresta|Polrestabes|Polda|Polri|Kepolisian|Mabes Polri|"
                             r"Satreskrim|Ditreskrimum|Ditreskrimsus|Ditresnarkoba|Densus|KPK|"
                             r"Komisi Pemberantasan Korupsi|Kejaksaan|Kejari|Kejati|BNN|Unit|Direktorat|Satuan|Subdit)\b")


ASSEMBLY_RE = re.compile(r"(KTT|Konferensi|Kongres|Sidang|Forum|Rakor|Rapat|Seminar|Simposium|"
                         r"Musyawarah|Munas|Muktamar|Rakernas|Rakerda|Rakorda|Rakornas|Rapim|Summit)\b", re.I)


BARE_TITLE_RE = re.compile(
    r"(^|[,;]\s*|\b(Bahkan|Lalu|Kemudian|Sementara|Selanjutnya|Saat itu|Setelah itu|Akhirnya)\s+)(Sang\s+)?"
    r"(?P<title>Kapolda|Kapolres|Kapolresta|Kapolrestabes|Kapolsek|Kapolri|Presiden|Wapres|Wakil Presiden|"
    r"Gubernur|Bupati|Wali\s?kota|Panglima TNI|Jaksa Agung)\s+((sudah|telah|juga|sempat|langsung|pun|"
    r"kemudian|lalu|akhirnya|resmi|secara\s+\w+)\s+)*$")


def _titled_person(title: str, by_id, before: int) -> str | None:
    """The last person named before `before` whose title begins with the bare title ("Kapolda"
    -> "Kapolda Metro Jaya Irjen M Iriawan")."""
    key = re.sub(r"\s+", "", title.lower())
    found = [m for m in by_id.values() if m.kind == "person" and m.provenance.end <= before and any(
        re.sub(r"\s+", "", x.lower()).startswith(key) for x in m.titles)]
    return max(found, key=lambda m: m.provenance.start).id if found else None


# acts a person does for the body in his or her title: the body acts too ("kata Wakil Ketua KPK
# Basaria Panjaitan saat jumpa pers": KPK holds it)
BODY_ACT_CATEGORIES = {"announcement", "trial", "investigation", "arrest", "aid"}


def _article_roles(analyzed: AnalyzedArticle, d: _Draft, by_sentence) -> None:
    """Roles read from the whole article once the event is drafted."""
    by_id = {m.id: m for ms in by_sentence.values() for m in ms}
    actors = {d.organizer, *d.co_agents, *d.targets, *d.partners, *d.participants}
    # ... and the actors' other mentions ("Anies" told again as "Anies menegaskan, pertemuan ...")
    actor_names = [by_id[a].name for a in actors if a in by_id and by_id[a].kind == "person"]
    actors |= {m.id for m in by_id.values() if m.kind == "person"
               and any(_same_person(m.name, n) for n in actor_names)}
    for k in sorted(d.sentences - d.frames):
        # "Gempa yang terjadi ... itu berpusat di ..., menurut lembaga pemantau gempa
        # pemerintah, GeoNet": who tells of it where it is named again reports it
        s = analyzed.sentences[k]
        ms = by_sentence.get(k, [])
        _add(d.sources, *[m.id for m in (*_sources(s, ms), *_body_sources(s, ms, s.end))
                          if m.id not in actors])
    s = _trigger_sentence(analyzed, d)
    if d.organizer is None and d.category in {"arrest", "investigation"} and s is not None:
        # "telah menjalani pemeriksaan 24 jam di Unit PPA Polrestabes Surabaya", "diperiksa di
        # Gedung KPK": the inquiring body where it is done does it (not a jail it is held in:
        # "ditahan di Rumah Tahanan Polres Jakarta Timur")
        for m in sorted(by_sentence.get(s.index, []), key=lambda m: m.provenance.start):
            gap = analyzed.article.text[d.trigger_span[1]:m.provenance.start]
            if m.kind == "organization" and m.provenance.start >= d.trigger_span[1] and len(gap) <= 45 \
                    and INQUIRY_BODY_RE.match(m.name) and re.search(r"\bdi\s+([A-Z][\w.]*\s+){0,3}$", gap) \
                    and not re.search(r"\b(Rumah\s+Tahanan|Rutan|Lapas|Lembaga\s+Pemasyarakatan|Sel)\b", gap) \
                    and not re.search(r"[,.;:\"“”()]", gap) and m.id not in d.targets:
                d.organizer = m.id
                break
    if d.category == "meeting" and s is not None and ASSEMBLY_RE.match(d.trigger) and re.search(
            r"\b(dalam|usai|seusai|di\s+sela(-sela)?|saat|ketika)\s+$",
            analyzed.article.text[s.start:d.trigger_span[0]], re.I):
        # "disampaikan Presiden Jokowi dalam Konferensi Tingkat Tinggi ...", "katanya usai Rakor
        # BUMN": who speaks at a summit or an assembly takes part in it (one who opens, closes
        # or leads it hosts it: "usai menutup sidang pleno")
        for k in [d.organizer, *d.sources]:
            m = by_id.get(k)
            if m is not None and m.kind == "person" and m.provenance.sentence_index == s.index \
                    and m.provenance.end <= d.trigger_span[0]:
                if k == d.organizer:
                    d.organizer = None
                if k in d.sources:
                    d.sources.remove(k)
                _add(d.participants, k)
    if not d.sources and d.sentences and min(d.sentences) > 0:
        # (the lead event's reporter is found later, from the quotes after it)
        # "Kasubag Humas Polresta Manado, AKP Rolly Sahelangi, saat dikonfirmasi membenarkan
        # adanya kejadian tersebut": who confirms what was told before reports it
        for s2 in analyzed.sentences[min(d.sentences) + 1:min(d.sentences) + 12]:
            if re.search(r"\b(membenarkan|mengonfirmasi|mengkonfirmasi)\b", s2.text, re.I):
                _add(d.sources, *[m.id for m in _sources(s2, by_sentence.get(s2.index, []))
                                  if m.id not in actors])
                break
    if d.category == "crime" and d.organizer is None and d.sentences:
        # "Ia menjadi korban pemalakan ... . Parahnya, pelaku adalah bocah ... berinisial RR (9).":
        # the doer named as such right after (or where the act is told again)
        first = min(d.sentences)
        for s2 in analyzed.sentences[first:first + 2]:
            ms2 = sorted((m for m in by_sentence.get(s2.index, []) if m.kind == "person"
                          and m.id not in d.targets), key=lambda m: m.provenance.start)
            doer = next((m for m in ms2 if re.search(
                r"\bpelaku(nya)?\s+(utama\s+)?(adalah|yakni|yaitu|bernama|berinisial)\b[^.;:\"“”]{0,80}?"
                r"(berinisial\s+|bernama\s+)?$", s2.text[:m.provenance.start - s2.start], re.I)), None)
            if doer is not None:
                d.organizer = doer.id
                break
    if d.category in {"trial", "decision", "arrest", "investigation"} and s is not None and not any(
            by_id.get(x) is not None and by_id[x].kind == "person" for x in d.targets):
        # "... sidang pengadilan yang akan memutus perkaranya", "mengeluarkan surat penangkapan
        # baginya": the person the pronoun stands for (the sentence's, or the one person named
        # in the sentence before) is its patient
        after = analyzed.article.text[d.trigger_span[1]:min(s.end, d.trigger_span[1] + 60)]
        if re.search(r"\b(perkara|kasus|bagi|terhadap|kepada|atas)nya\b", after):
            ref = None
            said = {m.id for m in _sources(s, by_sentence.get(s.index, []))}
            here = [m for m in by_sentence.get(s.index, []) if m.kind == "person" and m.id not in said
                    and m.provenance.end <= d.trigger_span[0]]
            if here:
                ref = here[0]
            else:
                for s2 in reversed(analyzed.sentences[max(0, s.index - 2):s.index]):
                    people = [m for m in by_sentence.get(s2.index, []) if m.kind == "person"]
                    if people:
                        if all(_same_person(people[0].name, m.name) for m in people):
                            ref = max(people, key=lambda m: len(m.name))
                        break
            if ref is not None and ref.id != d.organizer and ref.id not in d.co_agents:
                _add(d.targets, ref.id)
    if d.organizer is None and s is not None and d.category not in NO_AGENT_CATEGORIES:
        # "Bahkan Kapolda sempat menginterogasi pelaku ...", "Presiden memimpin upacara ...": a
        # bare title as the subject is the one person the article gives that title
        root = _root(d.trigger.split()[0]) if d.trigger else ""
        for s2 in [s, *(analyzed.sentences[k] for k in sorted(d.sentences) if k != s.index)]:
            if s2 is s:
                lead = analyzed.article.text[s.start:d.trigger_span[0]] if d.trigger.lower()[:2] in {
                    "me", "be"} else None
            else:
                host = re.search(rf"\b(memimpin|membuka|menggelar|meresmikan)\s+(acara\s+)?\w*{re.escape(root)}",
                                 s2.text.lower()) if len(root) >= 5 else None
                lead = s2.text[:host.start()] if host else None
            m = BARE_TITLE_RE.search(lead) if lead is not None else None
            if m:
                who = _titled_person(m.group("title"), by_id, s2.start + m.start("title"))
                if who is not None and who not in d.targets:
                    d.organizer = who
                break
    if d.category in {"ceremony", "meeting", "training"} and s is not None and re.search(
            r"\bdi\s+sela(-sela)?\s+((acara|kegiatan)\s+)?$", analyzed.article.text[s.start:d.trigger_span[0]], re.I):
        # "kata Taemin di sela konser ...", "Presiden Joko Widodo ... mengaku deg-degan saat menjajal
        # mobil listrik ... di sela peresmian Gerbang Tol": who is there during it takes part
        for k in list(d.sources):
            m = by_id.get(k)
            if m is not None and m.kind == "person" and m.provenance.sentence_index == s.index \
                    and m.provenance.end <= d.trigger_span[0]:
                d.sources.remove(k)
                _add(d.participants, k)
    if d.category == "aid":
        # "tim BPBD bersama TNI, Polri, dan relawan ... berhasil mengevakuasi": bodies that give
        # relief together all give it
        for k in list(d.partners):
            d.partners.remove(k)
            if d.organizer is None:
                d.organizer = k
            else:
                _add(d.co_agents, k)
    org = by_id.get(d.organizer)
    if org is not None and org.kind == "organization":
        # "Direktorat Reserse Kriminal Khusus Polda Metro Jaya", "Unit PPA Polrestabes Surabaya":
        # a police unit named with its parent is told by the parent
        k = org.provenance.sentence_index
        parent = next((m for m in by_sentence.get(k, []) if m.kind == "organization"
                       and m.provenance.start > org.provenance.end
                       and analyzed.article.text[org.provenance.end:m.provenance.start].strip() == ""), None)
        # (a police or prosecuting body's unit: "Ditjen Imigrasi Kemenkumham" acts as itself)
        if parent is not None and parent.id not in d.targets and INQUIRY_BODY_RE.match(parent.name):
            d.organizer = parent.id
            org = parent
    if org is not None and org.kind == "person" and d.category in BODY_ACT_CATEGORIES:
        body = _title_org(org, analyzed, by_sentence)
        if body and body not in d.targets and body not in d.co_agents:
            _add(d.co_agents, body)


# "lima korban atas nama Pariyah, Emuh binti Saran, ... dan Macih"; "Kedua korban yang
# meninggal, Ria Lestari dan Aulia Andriani, ..."
VICTIM_LIST_RE = re.compile(
    r"\bkorban\b(\s+(yang\s+)?[a-z]+){0,3}\s*(,|\b(atas\s+nama|bernama|berinisial|yakni|yaitu|"
    r"masing-masing|adalah|(di|ter)identifikasi\s+sebagai))\s*(?-i:[A-Z][\w.]*\s+){0,2}$", re.I)
# "... dua orang warga lainnya dilaporkan mengalami luka ... . Kedua orang warga tersebut adalah
# Yati Suryati (35) dan Fathan (40)": the hurt, named in a list right after
NAMED_LIST_RE = re.compile(
    r"\b(korban|warga|orang|penumpang|pengendara|anggota|pekerja|santri|siswa|anak)\s+"
    r"(\w+\s+){0,2}?(tersebut|itu)\s+(adalah|yakni|yaitu|bernama|masing-masing)\s*(?-i:[A-Z][\w.]*\s+){0,2}$",
    re.I)
# "laporan korban D (11)", "lima polisi terluka, termasuk Kapolsek Tangerang Kompol Efendi",
# "... yang menewaskan Davidson": a victim named as such
NAMED_VICTIM_RE = re.compile(
    r"(\bkorban\s+|\b(tewas|terluka|luka-luka|meninggal(\s+dunia)?)\s*,?\s*(termasuk|di\s*antaranya|"
    r"antara\s+lain|salah\s+satunya)\s+|\b(menewaskan|melukai|mencederai)\s+)([A-Z][\w.]*\s+){0,4}$")
HURT_RE = re.compile(r"\b(tewas|meninggal|terluka|luka|luka-luka|tertimbun|tertimpa|tertembak|"
                     r"terbakar|hanyut|tenggelam|dievakuasi|menjadi\s+korban)\b", re.I)
# the events whose patients are the victims, and how many sentences after the event's first
# the list may come
VICTIM_WINDOW = {"disaster": 8, "crime": 0, "aid": 0, "investigation": 0}


def _victims_listed(analyzed: AnalyzedArticle, d: _Draft, by_sentence) -> list[str]:
    """Persons listed as the victims, in one of the event's sentences or (a disaster, a crime)
    a few sentences after it is first told."""
    window = VICTIM_WINDOW.get(d.category)
    if window is None or not d.sentences:
        return []
    first = min(d.sentences)
    near = set(range(first, first + window + 1)) | d.sentences
    if d.category == "disaster":
        # "... dua dari korban tewas pada kejadian itu ... . Keempat korban itu diidentifikasi
        # sebagai A (60), B (58), ...": the list right after a sentence that tells of it
        near |= {i + 1 for i in d.sentences}
    # a victim named as such may be told in the sentence after a crime's first
    named_near = near | ({first + 1} if d.category == "crime" else set())
    # ... or where the act is told again: "mengidentifikasi lima korban atas nama ...", "Kedua
    # korban ... sudah dievakuasi" (the trigger's root in another word)
    root = _root(d.trigger.split()[0]) if d.trigger else ""
    again = {s.index for s in analyzed.sentences if s.index > first and len(root) >= 5
             and re.search(rf"\b\w*{re.escape(root)}", s.text.lower())}
    if d.category in {"aid", "investigation"}:
        near |= again
    named_near |= near | again      # "Akibat serangan benda tajam lima polisi terluka, termasuk X"
    out: list[str] = []
    for s in analyzed.sentences:
        if s.index not in named_near:
            continue
        ms = sorted((m for m in by_sentence.get(s.index, []) if m.kind == "person"),
                    key=lambda m: m.provenance.start)
        said = {m.id for m in _sources(s, ms)}
        prev_text = analyzed.sentences[s.index - 1].text if s.index > 0 else ""
        for m in ms:
            if m.id in said or m.id in out:
                continue
            lead = s.text[max(0, m.provenance.start - s.start - 80):m.provenance.start - s.start]
            lead = re.split(r"[.;:\"“”]", lead)[-1]
            listed = s.index in near and (VICTIM_LIST_RE.search(lead) or (
                NAMED_LIST_RE.search(lead) and HURT_RE.search(prev_text + " " + s.text)))
            if not listed and NAMED_VICTIM_RE.search(lead) and not re.search(
                    r"\b(pelaku|tersangka)\s+\w*\s*$", lead):
                listed = True
            if listed:
                for x in _coordinated(s, ms, m, False):
                    if x.id not in said and not _acts(s, x):
                        _add(out, x.id)
    return out


def _same_person(a: str, b: str) -> bool:
    """"Firza" and "Firza Husein": one name is the other's first or last word(s)."""
    x, y = a.lower().split(), b.lower().split()
    short, long_ = sorted((x, y), key=len)
    return bool(short) and (long_[:len(short)] == short or long_[-len(short):] == short)


def _root(word: str) -> str:
    """A word without its commonest affixes: "mengevakuasi" -> "evakuasi", "identifikasi"."""
    w = word.lower()
    w = re.sub(r"^(meng|meny|mem|men|me|di|peng|peny|pem|pen|pe|ter|ber)(?=\w{4})", "", w)
    return re.sub(r"(kan|an|nya|i)$", "", w) if len(w) > 7 else w
