"""Trigger occurrences in a sentence, and whether each tells of a real happening.

A trigger noun only makes an event when the sentence shows it happening: a hosting verb before
it ("menggelar rapat", "mengikuti pelatihan"), a passive verb after it ("pelatihan itu digelar
..."), or a time word with a date or place ("usai rapat di Gedung DPR, Kamis"). Verb triggers
("meresmikan", "dilantik") are events unless negated or hypothetical.
"""
from __future__ import annotations

import re

from kg.extract.dates import find_dates
from kg.extract.events.attribution import SPEECH_RE, _reported
from kg.extract.events.drafts import _Occurrence, _words
from kg.extract.events.lexicon import Trigger
from kg.extract.events.place_date import _later
from kg.extract.events.roles import HOSTED_CATEGORIES
from kg.nlp.tokenize import visible
from kg.nlp.types import AnalyzedArticle, Sentence


HOST_VERBS = {"menggelar", "mengadakan", "melaksanakan", "menyelenggarakan", "melakukan",
              "membuka", "menutup", "memimpin", "memberi", "memberikan", "mengikuti",
              "menghadiri", "hadir", "digelarnya", "dilaksanakannya", "dibukanya",
              "mendapat", "mendapatkan", "menjalani",
              # "sedang mengawali lawatan 12 harinya ke Asia": going on
              "mengawali", "memulai", "menghelat", "melangsungkan"}
PASSIVE_VERBS = {"digelar", "diadakan", "dilaksanakan", "diselenggarakan", "berlangsung", "dihelat", "dilangsungkan",
                 "dibuka", "ditutup", "dihadiri", "diikuti", "dipimpin", "dimulai", "dilakukan", "diterima",
                 "diberlakukan"}
# passive hosts before the noun: "setelah dilakukan penangkapan"
PASSIVE_HOSTS = {"dilakukan", "digelar", "diadakan", "dilaksanakan", "diselenggarakan", "dihelat", "dilangsungkan"}
AFTER_WORDS = {"usai", "seusai", "setelah", "sesudah"}
TIME_WORDS = {"saat", "ketika", "usai", "seusai", "sebelum", "setelah", "sesudah", "selama",
              "dalam", "pada", "sela", "jelang", "menjelang", "waktu"}
FILLERS = {"kegiatan", "acara", "sebuah", "suatu", "rangkaian", "serangkaian", "langsung", "sesi", "agenda", "program",
           "secara", "resmi", "sebuah", "kembali", "sengaja", "juga", "telah", "sudah", "akan",
           "rutin", "para", "pihaknya",
           # "pada forum Munas Golkar di Bali", "dalam ajang Festival ..."
           "forum", "ajang"}
DEMONSTRATIVES = {"itu", "tersebut", "ini"}
# "peristiwa itu terjadi Sabtu (26/8)": a later mention of the last event, giving its date/place
GENERIC_EVENTS = {"acara", "kegiatan", "peristiwa", "kejadian", "insiden", "musibah", "operasi"}
# "Dua atlet ... mengalami insiden ...", "Insiden terjadi menjelang sertijab ...": a mishap told
# as happening; with no event before it in the article it is an accident of its own
MISHAP_NOUNS = {"insiden", "musibah", "kejadian", "peristiwa"}
UNDERGO_WORDS = {"mengalami", "alami", "dialami", "terjadi", "menimpa"}
# "kejadian"/"peristiwa" name a mishap only where someone came to harm
HARM_WORDS = {"tewas", "meninggal", "luka", "luka-luka", "terluka", "korban", "pingsan", "jatuh",
              "terjatuh", "cedera", "selamat"}
NEGATIONS = {"tidak", "tak", "belum", "batal", "bukan", "enggan", "menolak", "jangan", "gagal",
             # "Istana membantah kabar kecelakaan ...": denied
             "membantah", "dibantah", "menampik", "ditampik",
             # "alasan yang kuat melarang Roy dan Sys bertemu Ahok": forbidden, not done
             "melarang", "dilarang"}
HYPOTHETICAL = {"diduga", "terduga", "dituduh", "disangka", "segera", "wajib", "mendesak", "meminta", "diminta", "bisa", "dapat", "harus", "perlu", "boleh", "jika", "kalau", "bila", "apabila",
                "seandainya", "ingin", "mau", "hendak", "berencana", "terancam", "agar",
                "supaya", "mesti", "akan",
                # feared or prevented, not happened: "takut bom itu meledak", "mencegah ... terbakar"
                "takut", "khawatir", "cemas", "mencegah", "mengantisipasi", "antisipasi", "menghindari",
                "potensi", "berpotensi", "waspada", "mewaspadai", "rawan",
                # "Hasil undian mengharuskan Jonatan bertemu ...": required, not done
                "mengharuskan", "mewajibkan",
                # "bertekad memberikan bantuan bagi WNI": meant, not done
                "bertekad", "berniat", "berjanji", "bersumpah", "bercita-cita"}
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
          "diwajibkan", "segera", "mendesak", "meminta", "diminta", "siap", "bersedia", "mungkin",
          "kemungkinan",
          # "soal kapan rapat pleno ... digelar": a question, not a happening
          "kapan", "apakah"}
# "rasa panas di dada seperti terbakar": a comparison, not a happening
SIMILE_WORDS = {"seperti", "bagai", "bagaikan", "laksana", "ibarat", "layaknya", "bak"}
# "menangkap berbagai peluang bisnis", "peninjauan ulang oleh wasit": not an arrest or a visit
IDIOM_OBJECTS = {
                 "visit": {"ulang", "kembali"},
                 "ceremony": {"rudal", "roket", "misil", "torpedo", "serangan", "peluru"},
                 # "membagikan foto makanan", "mengangkat bendera start": not aid, not a post
                 "aid": {"foto", "video", "gambar", "tautan", "link", "cerita", "pengalaman",
                         "informasi", "kisah", "potret", "unggahan", "tips", "kabar"},
                 # "badai skandal", "menangkap ada meteor": figures, not a storm or an arrest
                 "disaster": {"skandal", "kritik", "phk", "cobaan", "hujatan"},
                 # "Milan berhasil mencuri peluang", "mencuri angka": a match, not a theft
                 "crime": {"peluang", "angka", "poin", "gol", "start", "kemenangan"},
                 # "demi mengamankan satu tiket ke Eropa": a place won, not an arrest
                 "arrest": {"peluang", "kesempatan", "momen", "momentum", "sinyal", "pesan", "makna",
                            "tiket", "gelar", "posisi", "kemenangan", "poin",
                            "gambar", "foto", "cahaya", "suara", "layar", "kamera"},
                 "appointment": {"bendera", "tangan", "beban", "barang", "topik", "isu", "tema",
                                 "kaki", "gelas", "piala", "trofi", "senjata", "telepon"}}
# "menang 2 - 0", "ditahan Crotone 1 - 1 ... hasil seri": a result
RESULT_WORDS = {"menang", "kalah", "unggul", "seri", "imbang", "skor", "dikalahkan", "mengalahkan"}
# "babi yang mencuri telur burung" in a game, "film besar yang meledak": fiction or a figure
FICTION_WORDS = {"film", "game", "gim", "novel", "serial", "drama", "komik", "adegan", "karakter",
                 "sinetron", "trailer", "episode", "sekuel", "box office"}
FICTION_CATEGORIES = {"crime", "disaster", "arrest", "trial", "investigation"}
SCORE_RE = re.compile(r"^\s*\d+\s*-\s*\d+\b")
WEEKDAY_WORDS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"}


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
        # "Baca juga: 2 Truk Tabrakan, ...": a link to another story
        if re.match(r"\W*baca juga\b", s.text, re.I):
            continue
        words = _words(s)
        date_spans = [(s.start + a, s.start + b) for a, b, _, _ in find_dates(s.text, None)]
        # "akan menggelar sidang isbat hari ini (24/6)" told on 25/6: it has happened
        dated = [(a, t, iso) for a, _, t, iso in find_dates(s.text, art_date) if iso]
        # "besok, Selasa (23/5)" told on 24/5: the writer still saw it ahead
        tomorrow = re.search(r"\b(besok|esok hari|lusa)\b", s.text, re.I) is not None
        # a bare weekday ("pada Selasa") is always on or before the article date: it cannot tell
        # that a planned act has taken place
        past = bool(art_date) and not tomorrow and any(
            not _later(iso, art_date) and not _reported(s, s.start + a, -1)
            and t.strip().lower() not in WEEKDAY_WORDS
            # "Hari ini, Halimah Yacob akan dilantik": today, still ahead
            and not re.fullmatch(r"(hari|malam|pagi|siang|sore)\s+ini", t.strip(), re.I)
            for a, t, iso in dated)
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
            # "sudah kami salurkan", "kami tangkap": the passive with a pronoun agent
            if trig is None and i > 0 and words[i - 1] in {"kami", "kita", "saya"}:
                for n in range(min(max_len, len(words) - i), 0, -1):
                    trig = lexicon.get(("di" + words[i],) + tuple(words[i + 1:i + n]))
                    if trig:
                        break
            if trig is None and _mishap(words, i) and (s.index == 0 or HARM_WORDS & set(words)):
                out.append(_Occurrence(s, Trigger((words[i],), "kecelakaan", "event-noun", "disaster"),
                                       i, i + 1, "mishap", words[i]))
                i += 1
                continue
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


def _opens_sentence(words: list[str], i: int) -> bool:
    """The mishap noun opens its sentence ("Insiden terjadi menjelang sertijab ...")."""
    return all(not re.match(r"\w", w) for w in words[:i])


def _mishap(words: list[str], i: int) -> bool:
    """"mengalami insiden", "Insiden terjadi", "musibah yang menimpa" with harm told: a mishap
    happening, not a later "insiden itu" nor "tidak ada insiden"."""
    w = words[i]
    if w not in MISHAP_NOUNS or (i + 1 < len(words) and words[i + 1] in DEMONSTRATIVES):
        return False
    near = words[max(0, i - 2):i] + words[i + 1:i + 3]
    if not UNDERGO_WORDS & set(near) or "yang" in words[max(0, i - 2):i]:
        return False
    before = words[max(0, i - 4):i]
    if any(x in NEGATIONS or x in MODALS or x in GENERIC_WORDS for x in before + words[i + 1:i + 3]) \
            or "ada" in before:
        return False
    # "terjadi insiden adu argumen": a quarrel; an "insiden" with no harm told only leads
    return bool(HARM_WORDS & set(words)) or (w == "insiden" and _opens_sentence(words, i))


HAPPENING_WORDS = {"terjadi", "melanda", "merendam", "mengguncang", "menimpa", "menewaskan",
                   "dilaporkan", "berlangsung", "menghanguskan", "menerjang", "terjaring", "usai",
                   "saat", "akibat", "dalam", "pada", "sejak", "setelah", "ludes", "menelan",
                   # "mobil tersangka mengalami kecelakaan", "banjir yang merenggut dua nyawa"
                   "mengalami", "dialami", "merenggut", "mengakibatkan", "menyebabkan"}
GENERIC_WORDS = {"serupa", "sering", "rawan", "pencegahan", "penanggulangan", "mencegah",
                 "sumbangan", "penanganan", "pengendalian", "langganan", "bahaya", "sebagian",
                 "kebanyakan", "umumnya", "dekade", "musim", "studi", "penelitian",
                 "antisipasi", "mengantisipasi", "memerangi", "memprotes", "potensi", "berpotensi", "risiko", "ancaman",
                 "kasus-kasus", "maraknya", "marak", "angka", "tingkat", "jumlah", "isu", "hoax",
                 "menghindari", "menghindar", "khawatir", "takut", "cemas", "ketahanan", "tahan", "setiap",
                 # "Peringatan kebakaran pun dikeluarkan", "simulasi gempa": a warning or a drill
                 "peringatan", "larangan", "siaga", "simulasi", "mitigasi",
                 # "lembaga pemantau tsunami": the kind watched for, not one happening
                 "pemantau", "pemantauan",
                 # "untuk mengatasi banjir yang melanda": the task, not one happening
                 "mengatasi", "menanggulangi",
                 # "untuk menangkal pencurian ikan": the kind fought, not one happening
                 "menangkal", "memberantas", "pemberantasan"}


CAUSE_WORDS = {"menimbulkan", "mengakibatkan", "menyebabkan", "memicu"}


def _happening(occ: _Occurrence, words: list[str], date_spans, places) -> bool:
    """An event noun ("kebakaran", "pengeroyokan") tells of a real happening: not generic or
    negated, and the sentence gives a date, a place, a happening verb, or opens the article."""
    i, j = occ.tok_start, occ.tok_end
    near = words[max(0, i - 3):min(len(words), j + 3)]
    # a modal or negation with a happening word between governs another verb: "harus
    # mengungsi akibat banjir"
    k = max((n for n in range(max(0, i - 3), i) if words[n] in HAPPENING_WORDS), default=-1)
    # ... but not one that governs the happening itself: "penyebab lain yang mungkin terjadi
    # adalah guncangan gempa", "berbahaya ... karena bisa mengakibatkan turbulensi"
    if k >= 0 and words[k] in {"terjadi", "berlangsung", "mengakibatkan", "menyebabkan"} and any(
            w in MODALS or w in NEGATIONS for w in words[max(0, k - 2):k]):
        return False
    # "apalagi kita lihat saat masyarakat meninggalkan rumah ..., dan pada akhirnya menimbulkan
    # kebakaran": a cause told in general (we see, when, if), not one fire
    if i > 0 and words[i - 1] in CAUSE_WORDS and {"kita", "jika", "kalau", "bila", "apabila"} & set(words):
        return False
    # "pelecehan seksual yang pernah mereka alami": some time or other, not one happening
    if words[j:j + 2] == ["yang", "pernah"]:
        return False
    # "tujuan rencana ini agar kelompok tersebut bisa berhadapan ... saat kericuhan": urged or planned
    clause = _clause_before(words, i)
    if _urged(clause, False) or "rencana" in clause:
        return False
    if any(w in GENERIC_WORDS for w in near) or any(
            w in NEGATIONS or w in MODALS for w in words[max(0, i - 3, k + 1):min(len(words), j + 3)]):
        return False
    # "gempa tektonik yang terjadi jutaan tahun lalu": geology or history, not news
    if re.search(r"\b(jutaan|ribuan|ratusan)\s+tahun\s+(lalu|silam|yang\s+lalu)\b",
                 occ.sentence.text, re.I):
        return False
    # "Ia ... menjadi korban teror penyiraman air keras": it happened to someone
    victim = "korban" in words[max(0, i - 3):i] and "menjadi" in words[max(0, i - 5):i]
    start = occ.sentence.tokens[i].start
    return (occ.sentence.index <= 1 or bool(date_spans) or victim
            or any(m.provenance.start > start for m in places)
            or any(w in HAPPENING_WORDS for w in words[max(0, i - 4):j + 6]))


SUBORDINATORS = {"setelah", "sesudah", "sebelum", "usai", "seusai", "sejak", "ketika", "saat"}
# in the trigger's clause: planned ("akan berpusat pada diskusi", "dijadwalkan bertemu") or
# habitual ("aktif melakukan sosialisasi", "rutin menggelar") happenings are not events
UNREAL_CLAUSE = {"akan", "dijadwalkan", "rencananya", "berencana", "direncanakan", "hendak",
                 "bakal", "aktif", "rutin", "sering", "selalu", "biasa", "biasanya", "kerap",
                 "seringkali", "acapkali", "guna", "ditargetkan", "menargetkan", "berpengalaman"}
HABITUAL = {"aktif", "rutin", "sering", "selalu", "biasa", "biasanya", "kerap", "seringkali",
            "acapkali",
            # "penyanyi yang berpengalaman menjalani konser residensi": a career, not one happening
            "berpengalaman"}
# scheduled is not done even when the date has passed: "dijadwalkan bertemu ... pada Kamis (29/6)"
SCHEDULED = {"dijadwalkan", "direncanakan", "rencananya", "berencana", "ditargetkan"}
# "saat konser residensi selama dua tahun ke depan": a time ahead
AHEAD_RE = re.compile(r"\b(tahun|bulan|pekan|minggu|hari)\s+ke\s*depan(nya)?\b", re.I)
# "Carro ... memutuskan untuk ekspansi ke pasar Indonesia": a firm's business choice
BUSINESS_WORDS = {"ekspansi", "marketplace", "startup", "bisnis", "fitur", "teknologi", "bereksperimen",
                  "aplikasi", "browser", "produk"}
# "membuka peluang terjadi tindakan pidana suap": a possibility, not a happening
CHANCE_WORDS = {"peluang", "berpeluang", "kemungkinan"}
# "Rohingya telah lama mendapat diskriminasi hingga penyiksaan": a long-standing state
LONG_RE = re.compile(r"\b((telah|sudah)\s+lama|bertahun-tahun|berabad-abad)\b", re.I)


ELECTION_WORDS = {"calon", "cagub", "cawagub", "cabup", "cawabup", "cawalkot", "capres", "cawapres",
                  "caleg", "bacaleg", "bakal", "pilkada", "pilgub", "pilbup", "pilwalkot", "pilpres",
                  "pemilu", "pemilihan", "kpu", "kpud", "kip", "bawaslu", "panwaslu", "partai",
                  "parpol", "dpd", "dpw", "dpc", "formulir", "kandidat", "pasangan", "paslon"}
NOT_EVENTS = {("mencuri", "perhatian"), ("dituntut", "untuk"), ("menyerang", "balik"),
              ("kebakaran", "jenggot"), ("ditahan", "imbang"), ("pertemuan", "lempeng"),
              ("membubarkan", "diri"), ("merayakan", "momen"), ("ditinjau", "dari")} | {
    ("mencuri", w) for w in ("hati", "segmen", "pasar", "poin", "gol", "kesempatan", "waktu",
                             "panggung", "start", "momen", "pangsa", "simpati", "ilmu", "kemenangan")} | {
    ("menahan", w) for w in ("napas", "nafas", "diri", "tawa", "laju", "imbang", "lapar", "rasa",
                             "sakit", "emosi", "air")}
# "voting Puteri Indonesia", "finalis ajang ...": a pageant or a contest, not an election
PAGEANT_WORDS = {"miss", "kontes", "finalis", "kecantikan", "idol", "pageant", "audisi", "pemirsa"}
# a match, not a meeting: "Serena bertemu dengan kakaknya" in a final
SPORT_WORDS = {"laga", "pertandingan", "final", "semifinal", "perempat", "babak", "set", "gol",
               "turnamen", "kompetisi", "klasemen", "juara", "melawan", "menghadapi", "skor",
               "pebalap", "pembalap", "atlet", "pemain", "klub", "balapan", "liga", "gelandang",
               "striker", "bek", "pelatih", "bermain", "kemenangan", "kekalahan", "imbang",
               "musim", "wasit", "undian"}
# "Juve juga mengamankan Miralem Pjanic ..., pemain terbaik": a signing, not an arrest
PLAYER_WORDS = {"pemain", "klub", "striker", "gelandang", "bek", "kiper", "transfer", "wasit"}
# "aktor Michael K Williams memutuskan untuk tak lagi bermain": a career choice, not an official act
SHOW_WORDS = {"aktor", "aktris", "film", "waralaba", "syuting", "album", "lagu", "penyanyi", "serial",
              "sutradara", "selebriti", "artis", "band", "musisi"}
# a match for certain ("melawan" is also resisting arrest): "menyerang Serdadu Tridatu" in a game
MATCH_WORDS = {"laga", "pertandingan", "turnamen", "klasemen", "liga", "gol", "babak", "semifinal"}
BALL_WORDS = {"bola", "sepakan", "tendangan", "sundulan", "kiper", "gawang", "umpan", "tembakan"}
AID_WORDS = {"bantuan", "sembako", "paket", "beras", "makanan", "minuman", "masker", "bibit",
             "daging", "takjil", "selimut", "pakaian", "obat", "obat-obatan", "uang", "santunan",
             "kepada", "bagi", "warga", "masyarakat", "korban", "pengungsi", "anak-anak",
             "kupon", "air", "hewan", "sapi", "kambing", "nasi", "sarapan", "alat"}
COUNT_WORDS = {"dua", "tiga", "empat", "lima", "beberapa", "sejumlah", "berbagai", "banyak",
               "puluhan", "ratusan", "belasan", "aneka", "pelbagai", "ribu", "juta", "ribuan",
               "jutaan"}


# "Sule sempat bertemu dengan ayahnya": a family visit, not a meeting
KIN_WORDS = {"ayahnya", "ibunya", "anaknya", "istrinya", "suaminya", "keluarganya", "kakaknya",
             "adiknya", "ayahanda", "ibunda", "orangtuanya", "cucunya", "kekasihnya", "pacarnya",
             "suami", "istri", "pacar", "kekasih"}
# "diperiksa kesehatannya", "pemeriksaan kesehatan": a medical check, not an investigation
MEDICAL_WORDS = {"kesehatan", "kesehatannya", "medis", "jantung", "mata", "darah", "fisik",
                 "gigi", "dokter", "kondisi", "kondisinya"}
# "kebanyakan artefak yang tenggelam": what usually happens, not one happening
QUANTIFIER_WORDS = {"kebanyakan", "umumnya", "rata-rata", "persen"}
# "Warga ... melerai pertengkaran dan mengamankan NL": citizens holding someone, not an arrest
CITIZEN_WORDS = {"warga", "masyarakat", "penduduk"}
# "mengevakuasi material longsoran": moving things, not helping people
THING_OBJECTS = {"material", "puing", "puing-puing", "reruntuhan", "tanah", "lumpur", "sampah",
                 "kendaraan", "mobil", "truk", "bangkai", "barang", "pohon", "batu", "kayu"}
# "sekali setahun", "setiap tahun": a routine, not one happening (where no date is written)
ROUTINE_RE = re.compile(r"\b(se(tahun|bulan|pekan|minggu|hari)\s+sekali|sekali\s+(dalam\s+)?se(tahun|bulan|pekan|minggu|hari)"
                        r"|(setiap|tiap)\s+(tahun|bulan|pekan|minggu|hari))\b", re.I)
# "kita tahu bahwa ...", "Seberapa sering kamu ...": the writer speaks to the reader, not of news
READER_RE = re.compile(r"\b(kamu|anda|kita)\b", re.I)
# "menutup rapat daftar nama": tightly, not a meeting
TIGHT_OBJECTS = {"daftar", "nama", "identitas", "informasi", "mulut", "data", "pintu", "akses",
                 "rapat", "mata", "telinga", "diri"}


# a summons is an investigation where the sentence tells of a case
CASE_WORDS = {"saksi", "tersangka", "diperiksa", "pemeriksaan", "keterangan", "kasus", "perkara",
              "penyidik", "penyidikan", "penyelidikan", "klarifikasi", "terperiksa", "dugaan"}
MOVE_WORDS = {"kembali", "kabur", "keluar", "hijrah", "pindah", "gabung", "bergabung", "pensiun",
              "menikah", "bertunangan", "mengundurkan", "hengkang", "berhenti", "bubar", "berlabuh",
              "merekrut", "memperpanjang", "mundur"}
# "Sidang lanjutan ... rencananya akan digelar": planned, told after the noun
PLANNED_WORDS = {"akan", "rencananya", "dijadwalkan", "bakal", "direncanakan"}
# "ada yang menyarankan untuk melakukan demonstrasi": suggested, not done
SUGGEST_WORDS = {"menyarankan", "mengusulkan", "mengajak", "mengimbau", "menyerukan", "usul"}
# "mendatangi restoran untuk menyelidiki berita": what one came for, not what was done
PURPOSE_WORDS = {"untuk", "guna"}
# ... unless those gathered for it: "mengumpulkan seluruh pengelola karaoke untuk menyosialisasikan"
GATHER_VERBS = {"mengumpulkan", "mengundang", "menghadirkan", "dikumpulkan", "diundang"}
# "Google meluncurkan Gboard versi terbaru, aplikasi keyboard": a product release, not a ceremony
PRODUCT_WORDS = {"aplikasi", "versi", "fitur", "ponsel", "smartphone", "gadget", "perangkat",
                 "android", "ios", "software", "pembaruan", "update", "seri", "varian",
                 "produk", "generasi", "album", "single", "game", "gim", "perilisan", "koleksi",
                 "lineup", "buku", "prosesor", "chip", "chipset", "kostum", "jersey", "seragam",
                 "menu", "model", "kendaraan", "peramban", "browser", "platform"}
PACT_WORDS = {"perjanjian", "kesepakatan", "kesepahaman", "mou", "nota", "kerja", "kerjasama",
              "pakta", "traktat", "kontrak", "komitmen", "integritas"}
# form "verb-vehicle" (terbalik, tergelincir): an accident only with a vehicle named near
VEHICLE_WORDS = {"mobil", "motor", "bus", "truk", "kapal", "pesawat", "kereta", "perahu", "angkot",
                 "sepeda", "kendaraan", "helikopter", "minibus", "pikap", "speedboat", "feri",
                 "mikrolet", "taksi", "tronton", "kontainer", "trailer", "bajaj", "becak"}
STRUCTURE_WORDS = {"tenda", "rumah", "bangunan", "gedung", "pohon", "jembatan", "tembok", "atap",
                   "dinding", "papan", "reklame", "panggung", "menara", "tiang", "tower", "plafon",
                   "tribun", "stan", "kios", "masjid", "sekolah", "pabrik"}
# "mengumumkan pertunangan lewat Instagram": a post, not an official release
SOCIAL_WORDS = {"instagram", "instagramnya", "twitter", "facebook", "youtube", "akun", "medsos",
                "unggahan", "mengunggah"}
# "transfer ini pun diresmikan oleh Juventus": a transfer or contract, not an opening
CONTRACT_WORDS = {"transfer", "kontrak", "kontraknya"}
TRANSFER_WORDS = {"mendatangkan", "didatangkan", "merekrut", "direkrut", "meminjamkan", "dipinjamkan"}
# "diduga melakukan pelecehan", "tudingan soal pelecehan seksual": alleged, not a reported crime
ALLEGED_WORDS = {"dugaan", "diduga", "terduga", "tudingan", "tuduhan", "dituduh", "dakwaan",
                 "didakwa", "disangka", "sangkaan", "merencanakan"}
QUOTE_MARKS = set("\"'‘’“”")
# "pertemuan antara Pemerintah yang diwakili Menteri Dalam Negeri ... dengan keluarga Keraton":
# officials or bodies meeting (not "Pertemuan antara Rianti dengan The Legend of Zelda")
OFFICIAL_WORDS = {"pemerintah", "menteri", "presiden", "gubernur", "bupati", "wali", "walikota",
                  "ketua", "kepala", "duta", "delegasi", "pemprov", "pemkot", "pemkab", "dpr",
                  "dprd", "perdana", "raja", "sultan", "panglima", "kapolri", "kapolda", "wakil"}
BODY_NOUNS = {"polisi", "kepolisian", "aparat", "penyidik", "jaksa", "kejaksaan", "pengadilan",
              "hakim", "petugas", "imigrasi"}
# "hadir dalam rapat", "muncul di persidangan": attending a happening, the noun after a place word
ATTEND_VERBS = {"hadir", "muncul", "tampil", "berbicara", "berpidato", "dihadirkan"}
# acts with a doer told by "oleh": an arrest, an inquiry, a hearing, a visit
ACT_CATEGORIES = {"arrest", "investigation", "trial", "visit"}
# "World Government Summit merupakan pertemuan tahunan": what a thing is, not a happening
DEFINING_WORDS = {"merupakan", "adalah", "ialah"}


ORG_HEADS = {"centre", "center", "agency", "institute", "foundation", "council", "committee",
             "organization", "organisation", "office", "service", "watch", "network"}


def _in_org_name(sentence: Sentence, i: int, j: int) -> bool:
    """The trigger is a capitalised word inside a run of capitalised words ending in an English
    body's head noun ("Pacific Tsunami Warning Centre")."""
    toks = sentence.tokens
    if not toks[i].text[:1].isupper():
        return False
    k = j
    while k < len(toks) and toks[k].text[:1].isupper() and k - j < 4:
        if toks[k].text.lower() in ORG_HEADS:
            return True
        k += 1
    return False


def _plural_relative(words: list[str], i: int) -> bool:
    """A reduplicated plural before "yang (melakukan) <trigger>": "atlet-atlet yang melakukan"."""
    before = words[max(0, i - 4):i]
    if "yang" not in before:
        return False
    head = before[:before.index("yang")]
    return bool(head) and re.fullmatch(r"(\w+)-\1", head[-1]) is not None


def _alleged(words: list[str], i: int) -> bool:
    """An allegation word just before the trigger: "dugaan pelecehan seksual"; not one about the
    doer: "terduga pelaku pengeroyokan" (the beating happened; who did it is in doubt)."""
    near = words[max(0, i - 3):i]
    hits = [k for k, w in enumerate(near) if w in ALLEGED_WORDS]
    return bool(hits) and not {"pelaku", "tersangka"} & set(near[hits[-1] + 1:])


def _urged(clause: list[str], past: bool) -> bool:
    """"mendesak agar undangan ... dibatalkan": the verb of an "agar/supaya" clause is urged, not
    done; not one in a relative clause after it ("agar ... bagi korban tragedi apartemen
    (yang) terbakar"), nor with a past date written."""
    k = max((n for n, w in enumerate(clause) if w in {"agar", "supaya"}), default=-1)
    if k < 0 or past:
        return False
    rest = clause[k + 1:]
    # "supaya majelis hakim ... yang mengadili perkara ini memutuskan": the relative clause has
    # its own verb, the trigger is the urged one
    y = max((n for n, w in enumerate(rest) if w == "yang"), default=-1)
    relative = y >= 0 and not any(re.fullmatch(r"(me|di|ber)\w{3,}", w) for w in rest[y + 1:])
    return not relative and not set(rest) & {"korban", "tragedi"}


def _clause_before(words: list[str], i: int) -> list[str]:
    k = i
    while k > 0 and words[k - 1] not in {",", ";", ":", ".", '"', "“", "”"}:
        k -= 1
    return words[k:i]


def _classify(occ: _Occurrence, words: list[str], obj_end: int, date_spans, places,
              past: bool = False, future: bool = False) -> None:
    i, j = occ.tok_start, occ.tok_end
    before = [w for w in words[max(0, i - 3):i]]
    sent = occ.sentence
    # "telah 'membunuh' Severus Snape": a trigger in scare quotes is a figure of speech
    a, b = sent.tokens[i].start - sent.start, sent.tokens[j - 1].end - sent.start
    if a > 0 and sent.text[a - 1] in QUOTE_MARKS and b < len(sent.text) and sent.text[b] in QUOTE_MARKS:
        occ.kind = "none"
        return
    if SIMILE_WORDS & set(words[max(0, i - 2):i]):
        occ.kind = "none"
        return
    idiom = IDIOM_OBJECTS.get(occ.trigger.category, set())
    # "ditahan 1 - 1 oleh Hercules": a score, not an arrest
    if idiom & set(w.split("-")[0] for w in words[j:j + 3]) or SCORE_RE.match(sent.text[b:]):
        occ.kind = "none"
        return
    # "Kongres AS", "Kongres Amerika Serikat": the legislature, not a congress held
    if words[i] == "kongres" and words[j:j + 1] in (["as"], ["amerika"]):
        occ.kind = "none"
        return
    # "Pacific Tsunami Warning Centre": a word of a body's name
    if _in_org_name(sent, i, j):
        occ.kind = "none"
        return
    quoted = any(c in sent.text for c in QUOTE_MARKS)
    scored = re.search(r"\b\d+\s*-\s*\d+\b", sent.text) and RESULT_WORDS & set(words)
    if (not date_spans and ROUTINE_RE.search(sent.text)) or (
            not quoted and not date_spans and READER_RE.search(sent.text)
            and not SPEECH_RE.search(sent.text)):
        occ.kind = "none"
        return
    if occ.trigger.category in FICTION_CATEGORIES and FICTION_WORDS & set(words):
        occ.kind = "none"
        return
    # "ditahan Crotone 1 - 1", "kamera perangkap yang berhasil menangkap ... foto"
    if occ.trigger.category == "arrest" and (scored or {"kamera", "cctv"} & set(words[max(0, i - 4):i])):
        occ.kind = "none"
        return
    if occ.trigger.category == "aid" and THING_OBJECTS & set(words[j:j + 2]):
        occ.kind = "none"
        return
    if words[i] == "rapat" and i > 0 and words[i - 1] in {"menutup", "ditutup", "tertutup"} and (
            j >= len(words) or words[j] in TIGHT_OBJECTS or words[j].startswith("-")):
        occ.kind = "none"
        return
    if occ.trigger.category == "meeting" and (MATCH_WORDS & set(words[max(0, i - 8):j + 8]) or scored
                                              or FICTION_WORDS & set(words[max(0, i - 3):j + 3])):
        occ.kind = "none"      # "gol ... pada pertemuan kedua": a match
        return
    # "pelaku beberapa kali melakukan pencurian": habitual
    if re.search(r"\b(beberapa|berkali-kali|berulang)\s+(kali\s+)?$", " ".join(_clause_before(words, i)[-4:]) + " ") \
            or "berkali-kali" in _clause_before(words, i):
        occ.kind = "none"
        return
    if CHANCE_WORDS & set(_clause_before(words, i)[-5:]) or LONG_RE.search(" ".join(_clause_before(words, i))):
        occ.kind = "none"
        return
    # "mengumumkan rencananya untuk ...", "mengumumkan untuk menggelar tur": a plan told
    if occ.trigger.category == "announcement" and words[j:j + 1] in (["rencana"], ["rencananya"], ["untuk"]):
        occ.kind = "none"
        return
    if occ.trigger.category == "crime" and _alleged(words, i):
        occ.kind = "none"
        return
    # "City mengumumkan ... mendatangkan Ederson", "NBA mengumumkan ... laga": a club's news
    if occ.trigger.category == "announcement" and ((SOCIAL_WORDS | PRODUCT_WORDS) & set(words) or (
            occ.trigger.form.startswith("verb")
            and (MATCH_WORDS | CONTRACT_WORDS | TRANSFER_WORDS) & set(words))):
        occ.kind = "none"
        return
    if occ.trigger.category == "ceremony" and CONTRACT_WORDS & set(words):
        occ.kind = "none"
        return
    # "menghadirkan Pemadam Kebakaran (Damkar) roda tiga": the fire service, not a fire
    if occ.trigger.category == "disaster" and i > 0 and words[i - 1] in {"pemadam", "penanggulangan"}:
        occ.kind = "none"
        return
    # "ada tiga kasus Kebakaran", "187 kasus kebakaran di 2017": a count of cases, not a happening
    if occ.trigger.category == "disaster" and "kasus" in words[max(0, i - 2):i] and any(
            w[:1].isdigit() or w in COUNT_WORDS or w in {"puluhan", "ratusan", "ribuan", "belasan"}
            for w in words[max(0, i - 4):i]):
        occ.kind = "none"
        return
    # "Dalam surat nomor S-781/MK.08/2017 yang diteken Sri Mulyani": signing a letter is no
    # agreement (a "surat perjanjian" is)
    if occ.trigger.category == "agreement" and occ.trigger.form.startswith("verb") \
            and re.search(r"\bsurat\b", sent.text[max(0, a - 60):b + 20], re.I) and not PACT_WORDS & set(words):
        occ.kind = "none"
        return
    clause = _clause_before(words, i)
    if past:
        # "Salman yang belakangan kerap mengguncang kawasan setelah diangkat menjadi putra mahkota
        # pada Juni lalu": the habit is told of another verb, before the subordinator
        cut = max((n for n, w in enumerate(clause) if w in SUBORDINATORS), default=-1)
        clause = clause[cut + 1:]
    # "Otoritas Turki sering menggunakan kata \"ditaklukan\" ... terbunuh atau tertangkap": a habit
    # told before the trigger, past a quote, with no day of its own
    if occ.trigger.form.startswith("verb") and not date_spans and HABITUAL & set(words[:i]):
        occ.kind = "none"
        return
    if future or (HABITUAL | SCHEDULED if past else UNREAL_CLAUSE) & set(clause):
        occ.kind = "none"
        return
    # idioms and senses that are not happenings: "mencuri perhatian", "dituntut untuk terus ..."
    if tuple(words[i:j + 1]) in NOT_EVENTS or (
            words[i] == "dituntut" and j < len(words) and (words[j] in MODALS or words[j] == "untuk")):
        occ.kind = "none"
        return
    # "jemaah yang mendaftar tanpa melalui agen": a registration is an election act only
    # where the sentence speaks of candidates, parties or the vote
    if occ.trigger.type in {"pendaftaran", "kampanye", "debat", "pemungutan suara"} \
            and not ELECTION_WORDS & set(words) or (
            occ.trigger.category == "election" and PAGEANT_WORDS & set(words)):
        occ.kind = "none"
        return
    if occ.trigger.category == "meeting" and KIN_WORDS & set(words[j:j + 3]):
        occ.kind = "none"
        return
    if occ.trigger.category == "investigation" and MEDICAL_WORDS & set(words[j:j + 2]):
        occ.kind = "none"
        return
    if occ.trigger.form.startswith("verb"):
        # "balik menyerang eks penggawa Spanyol": a retort
        if before[-1:] == ["balik"]:
            occ.kind = "none"
            return
        # "Beberapa aksi pansus adalah mengunjungi para terpidana": what something is, not an act
        if before[-1:] and before[-1] in DEFINING_WORDS:
            occ.kind = "none"
            return
        # "Ini adalah teroris Rohingya yang membunuh biksu": what someone is said to be
        if before[-1:] == ["yang"] and DEFINING_WORDS & set(_clause_before(words, i)):
            occ.kind = "none"
            return
        # "lima terduga teroris yang ditangkap": the doubt is about the noun, not the arrest
        hyp = before[len(before) - before[::-1].index("yang"):] if "yang" in before else before
        if before[-2:] == ["yang", "pernah"] or ("pernah" in before and not date_spans):
            occ.kind = "none"      # "perahu nelayan yang pernah tenggelam": some time or other
            return
        clause = " ".join(_clause_before(words, i))
        if "yang" in before and re.search(r"\b(tidak|tak|belum) ada\b", clause):
            occ.kind = "none"      # "Tidak ada bus yang terbakar"
            return
        if QUANTIFIER_WORDS & set(_clause_before(words, i)) or (
                occ.trigger.type == "penangkapan" and words[i] == "mengamankan"
                and CITIZEN_WORDS & set(_clause_before(words, i)[:2])):
            occ.kind = "none"
            return
        # "belum semua pengisi acara diumumkan": not yet done, the negation before the subject;
        # "mendesak agar undangan bagi Trump ... dibatalkan": urged, not done
        if "belum" in _clause_before(words, i)[-5:] or _urged(_clause_before(words, i), past):
            occ.kind = "none"
            return
        if any(w in NEGATIONS for w in before) or any(
                # "Pada 11 Juni lalu, penerbangan MU736 ... harus mendarat darurat": had to, done
                w in HYPOTHETICAL and not (past and w in {"akan", "harus", "terpaksa"}) for w in hyp) or (
                before[-1:] and before[-1] in PURPOSE_WORDS
                and not GATHER_VERBS & set(_clause_before(words, i))):
            occ.kind = "none"
            return
        form = occ.trigger.form
        # "tenda roboh" is a collapse; "ustadz ... duduk roboh" is a person fainting
        if (form == "verb-craft" and not {"pesawat", "helikopter", "heli"} & set(words)) or (
                form == "verb-structure" and not STRUCTURE_WORDS & set(words[max(0, i - 3):i])) or (
                form == "verb-suspect" and "tersangka" not in words[j:j + 25]) or (
                # "mobil ... terbalik" is an accident; "kondisinya terbalik" a figure
                form == "verb-vehicle" and not VEHICLE_WORDS & set(words[max(0, i - 6):j + 4])):
            occ.kind = "none"
            return
        # "sepakan Bepe ... ditangkap Dwi Kuswanto": a keeper catching the ball
        if occ.trigger.category in {"arrest", "crime", "appointment"} and (BALL_WORDS | MATCH_WORDS) & set(words) or (
                occ.trigger.category == "arrest" and PLAYER_WORDS & set(words)):
            occ.kind = "none"
            return
        # "... menandatangani kontrak baru ... juara Liga": a player's contract, not an agreement
        if (occ.trigger.category in {"meeting", "election", "agreement", "protest"}
                or words[i] == "merayakan") and SPORT_WORDS & set(words):
            occ.kind = "none"
            return
        # "Weinstein memanggil Sorvino ... untuk menawari": a call, not a summons to questioning
        if words[i] in {"memanggil", "dipanggil", "memenuhi"} and not CASE_WORDS & set(words):
            occ.kind = "none"
            return
        # "Ia kemudian memutuskan keluar dari NASA": a person's move, not an official act
        if occ.trigger.category == "decision" and MOVE_WORDS & set(
                w for w in words[j:j + 3] if w not in {"untuk", "tidak", "tak"}):
            occ.kind = "none"
            return
        if (occ.trigger.category in {"agreement", "decision", "announcement"} or words[i] == "bertemu") \
                and SHOW_WORDS & set(words) or occ.trigger.category == "decision" and BUSINESS_WORDS & set(words) or (occ.trigger.type == "peluncuran" and PRODUCT_WORDS & set(words)):
            occ.kind = "none"
            return
        # "membagikan sebuah surat suara": handing out is aid only with aid goods or recipients
        if (occ.trigger.category == "aid" and form == "verb-agent"
                and not AID_WORDS & set(words[j:j + 8])):
            occ.kind = "none"
            return
        # "menunjuk Jean-Pierre Lacroix sebagai kepala misi": an appointment; "menunjuk ke arah"
        if words[i] == "menunjuk" and not {"sebagai", "menjadi"} & set(words[j:j + 12]):
            occ.kind = "none"
            return
        occ.kind = "frame"
        occ.host = i
        return
    if occ.trigger.type == "peluncuran" and PRODUCT_WORDS & set(words):
        occ.kind = "none"
        return
    # "terkait pencegahan Gubernur Jambi Zumi Zola ke luar negeri": a travel ban; else prevention
    if occ.trigger.type == "pencegahan" and occ.trigger.words == ("pencegahan",):
        if "luar" in words[j:j + 10] and "negeri" in words[j:j + 11]:
            occ.kind = "frame"
        else:
            occ.kind = "none"
        return
    # "berdasarkan Keputusan Menteri ... Nomor 973/KPTS/M/2017": a decree made
    if occ.trigger.words[0] == "keputusan" and len(occ.trigger.words) == 2:
        occ.kind = "frame" if "nomor" in words[j:j + 12] else "none"
        return
    # "pertemuan antara Pemerintah yang diwakili Mendagri ... dengan keluarga Keraton": a meeting
    # of named parties; planned or hoped ones are told apart by their own words
    if occ.trigger.category == "meeting" and words[j:j + 1] == ["antara"] and j + 1 < len(words) \
            and sent.tokens[j + 1].text[:1].isupper() and OFFICIAL_WORDS & set(words[j:]) \
            and not future and not (
            PLANNED_WORDS | NEGATIONS | MODALS | SUGGEST_WORDS) & set(words) and not (
            UNREAL_CLAUSE & set(_clause_before(words, i))):
        occ.kind = "frame"
        return
    # "Vonis ... lebih ringan dari tuntutan jaksa ...": the demand was made, in a hearing of its own
    if occ.trigger.type == "tuntutan" and "dari" in words[max(0, i - 2):i] and {
            "vonis", "divonis", "hukuman", "putusan", "dijatuhkan", "dijatuhi"} & set(words):
        occ.kind = "frame"
        return
    # "dua festival yang digelar", "atlet-atlet yang melakukan pencurian": several or any,
    # not one happening
    if (i > 0 and words[i - 1] in COUNT_WORDS | DEFINING_WORDS) or _plural_relative(words, i):
        occ.kind = "none"
        return
    # "Kongres PSSI akan menjadi titik awal ...": the noun is the subject of a planned clause
    # ("bakal calon" is a candidate-to-be, not a future)
    if (PLANNED_WORDS - {"bakal"}) & set(words[j:j + 2]) and not past:
        occ.kind = "planned"
        return
    # "saat konser residensi selama dua tahun ke depan": a happening still ahead (a verb told
    # with a span ahead, "dicegah ... untuk enam bulan ke depan", is done)
    if not past and AHEAD_RE.search(sent.text):
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
    if (k >= 0 and words[k] in {"menjelang", "jelang"}) or (
            {"menjelang", "jelang"} & set(words[max(0, i - 3):i])
            and words[i - 1] in {"pelaksanaan", "penyelenggaraan", "digelarnya", "dimulainya", "dibukanya"}):
        occ.kind = "none"
        return
    if k >= 1 and words[k] in {"di", "dalam", "pada"} and words[k - 1] in ATTEND_VERBS and not any(
            w in NEGATIONS or w in MODALS or w in SUGGEST_WORDS or w in PURPOSE_WORDS
            for w in words[max(0, k - 4):k - 1]):
        occ.kind, occ.host = "frame", k - 1
        return
    if k >= 0 and words[k] in HOST_VERBS | PASSIVE_HOSTS:
        neg = words[max(0, k - 3):k]
        if k > 0 and words[k - 1] == "yang" and DEFINING_WORDS & set(_clause_before(words, k)):
            occ.kind = "none"      # "Sigit merupakan auditor BPK yang melaksanakan Pemeriksaan"
            return
        if "pernah" in neg and not date_spans:
            occ.kind = "none"      # "musisi yang pernah menjalani konser": some time or other
            return
        if k > 0 and words[k - 1] in PURPOSE_WORDS and not GATHER_VERBS & set(_clause_before(words, k)):
            occ.kind = "none"      # "datang untuk melakukan penyelidikan": a purpose, not done
            return
        if not any(w in NEGATIONS or w in MODALS or w in SUGGEST_WORDS for w in neg):
            occ.kind = "frame"
            if words[k] in PASSIVE_HOSTS:
                occ.passive = k
            else:
                occ.host = k
            return
    # "penetapan tersangka Novanto oleh KPK": the act with its named doer
    if occ.trigger.category in ACT_CATEGORIES and not any(
            w in NEGATIONS or w in MODALS for w in words[max(0, i - 3):i]):
        for k in range(j, min(len(words), obj_end + 4)):
            if words[k] in {".", ";", ",", "?", "!", '"', "“", "”"}:
                break
            # a named doer ("oleh KPK"), or a body named by its common noun ("oleh pihak
            # kepolisian", "oleh polisi")
            if words[k] == "oleh" and k + 1 < len(words) and (
                    occ.sentence.tokens[k + 1].text[:1].isupper()
                    or BODY_NOUNS & set(words[k + 1:k + 3])):
                occ.kind = "frame"
                return
    # passive verb after: "pelatihan itu sengaja digelar"
    for k in range(j, min(len(words), obj_end + 6)):
        if words[k] in {".", ";", "?", "!"} or (words[k] in {'"', "“", "”"}):
            break
        if words[k] in PASSIVE_VERBS:
            # "jika upacara pernikahan dan resepsi dilakukan ...", "harus menjamin ... kongres ...
            # berlangsung": a condition or a demand, not a happening
            if any(w in MODALS or w in NEGATIONS for w in words[max(0, i - 3):i]):
                occ.kind = "none"
                return
            if PLANNED_WORDS & set(words[j:k]) and not past:
                occ.kind = "planned"   # "Sidang lanjutan ... rencananya akan digelar pada 7 Februari"
                return
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
