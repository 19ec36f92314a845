"""Attribution: the persons a sentence quotes (an event's sources), and the words that belong to
"kata X di Sampit, Kamis" rather than to the event."""
from __future__ import annotations

import re

from kg.extract.types import EntityMention
from kg.nlp.types import Sentence


SPEECH_RE = re.compile(
    r"\b(kata|ujar|ucap|ungkap|jelas|tutur|terang|tegas|sebut|imbuh|papar|tandas|pungkas|"
    r"katanya|menurut|mengatakan|menjelaskan|menyebutkan|menyatakan|mengungkapkan|menegaskan|"
    r"membenarkan|memastikan|menambahkan|menuturkan|menerangkan|dikonfirmasi|dihubungi|"
    r"berdasarkan\s+keterangan|"
    r"dikutip|dilansir|lanjut|sambung|imbuhnya|tambahnya|katanya|ujarnya|tuturnya)\b", re.I)

SPEAKER_AFTER_RE = re.compile(
    r"^\s*,?\s*((senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s+|seperti\s+(dikutip|dilansir)\s+"
    r"(dari\s+)?[\w.]+\s*,\s*|(saat|ketika)\s+(dikonfirmasi|dihubungi|ditemui|diwawancarai)(\s+\w+){0,3}\s*,?\s*|"
    r"kepada\s+(wartawan|awak\s+media|[A-Z][\w.]*)\s*,?\s*)?"      # "Ahmad Kamal kepada Antara, mengakui"
    r"(mengatakan|menjelaskan|menyebutkan|menyatakan|mengungkapkan|menegaskan|"
    r"membenarkan|memastikan|menambahkan|menuturkan|menerangkan|mengaku|mengakui|menyebut)\b", re.I)


def _reported(sentence: Sentence, offset: int, trigger_start: int) -> bool:
    """The words at offset belong to the attribution, not the event: "kata X di Sampit, Kamis"
    (a speech verb shortly before, with no trigger in between)."""
    lo = max(0, offset - sentence.start - 110)
    before = sentence.text[lo:offset - sentence.start]
    hits = list(SPEECH_RE.finditer(before))
    if not hits or re.search(r"[.;?!\"“”]", before[hits[-1].end():]):
        return False
    # "Seperti dilansir CNN, pada Juli 2015, Yee ditangkap": a fronted citation ends at its comma
    head = sentence.text[:lo + hits[-1].start()]
    if re.fullmatch(r"\W*((seperti|sebagaimana)\s+)?", head, re.I) and re.match(
            r"(dilansir|dikutip|mengutip)", hits[-1].group(0), re.I) and "," in before[hits[-1].end():]:
        return False
    return not (sentence.start + lo + hits[-1].start() < trigger_start < offset)


def _sources(sentence: Sentence, mentions) -> list[EntityMention]:
    """Persons the sentence attributes speech to ("kata Kapolsek Ciledug, Kompol Sutrisno",
    "Kapolres Inhil AKBP Dolifar Manurung mengatakan"): they report the event, they are not
    its actors. Between the speech verb and the name only titles and names may stand."""
    out = []
    for m in mentions:
        if m.kind != "person":
            continue
        rel = m.provenance.start - sentence.start
        # "kata Ketua Pengurus Pusat Ikatan Hakim Indonesia (Ikahi), Suhardi": a name in brackets
        # is an acronym or alias in a title, not the speaker
        if sentence.text[rel - 1:rel] == "(" and sentence.text[m.provenance.end - sentence.start:][:1] == ")":
            continue
        before = sentence.text[max(0, rel - 70):rel]
        hits = list(SPEECH_RE.finditer(before))
        gap = before[hits[-1].end():] if hits else ""
        # "Agus mengatakan Atim pernah diamankan ...": after a me- speech verb the name
        # opens what was said; the speaker stands before the verb
        if hits and re.fullmatch(r"me\w+", hits[-1].group(0), re.I) and not re.search(r"[,]", gap):
            hits = []
        # "kata dia, Cahyono menerima uang": the pronoun is the speaker, the name opens what was said
        if hits and re.search(r"^\s*(dia|ia|beliau|mereka|nya)\b", gap, re.I):
            hits = []
        if hits and not re.search(r"[.;?!\"“”]", gap) and all(
                w[:1].isupper() or len(w) <= 3 or not w.isalpha() for w in gap.split()):
            out.append(m)
        elif hits and re.fullmatch(r"\s*((salah\s+)?(satu|seorang)\s+)?([a-z]+\s+){1,3}(bernama|berinisial)\s+",
                                   gap):
            # "ujar salah satu penumpang bernama Zhang": the speaker described, then named
            out.append(m)
        elif SPEAKER_AFTER_RE.match(sentence.text[m.provenance.end - sentence.start:]):
            out.append(m)
    # "ujar Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo ...", "kata Pelaksana Harian (Plh)
    # Kepala Biro Humas KPK Yuyuk Andriati": a title word taken for a name is no speaker
    return [m for m in out if not any(_in_title_of(sentence, m, n) for n in mentions)]


def _in_title_of(sentence: Sentence, m: EntityMention, n: EntityMention) -> bool:
    """m stands in the title before the person n: only title words (one capitalised at least),
    brackets and commas between them."""
    if n.kind != "person" or n.provenance.start <= m.provenance.end:
        return False
    gap = sentence.text[m.provenance.end - sentence.start:n.provenance.start - sentence.start]
    words = re.findall(r"[\w-]+", gap)
    return len(gap) <= 80 and not re.search(r"[.;?!\"“”]", gap) and any(w[:1].isupper() for w in words) \
        and all(w[:1].isupper() or len(w) <= 3 or w in {"bidang", "dan"} for w in words) \
        and not SPEECH_RE.search(gap)
