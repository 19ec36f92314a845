"""Hand-built ResolvedArticles for tests and benchmarks (no NLP involved).

`founding_article()` resolves the project's founding article (kg/samples/
antara-kalteng-sampit-psk-pelatihan-kue.txt) by hand: spans are found with
str.find in the real text. `synthetic_article(n)` makes realistic variations.
"""
from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources

from kg.extract.types import Event, Provenance, Quote, Relation
from kg.ingest_types import Article
from kg.nlp.types import Sentence
from kg.resolve.types import Entity, ResolvedArticle

FOUNDING_ID = "antara-kalteng-sampit-psk-pelatihan-kue"
FOUNDING_DATE = "2017-06-22"   # stand-in for fixtures: the .txt carries no date
FOUNDING_URL = "https://example.org/antara-kalteng/puluhan-psk-di-sampit"  # stand-in: the .txt has no URL
DINSOS_FULL = "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim"


def founding_text() -> tuple[str, str]:
    raw = resources.files("kg.samples").joinpath(f"{FOUNDING_ID}.txt").read_text("utf-8")
    title, _, body = raw.partition("\n")
    return title.strip(), body


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Naive splitter: paragraphs, then '. ' boundaries (good enough for fixtures)."""
    sentences = []
    for match in re.finditer(r"[^\n]+", text):
        para, offset = match.group(), match.start()
        for piece in re.finditer(r".+?(?:[.!?][\"”]?(?=\s+[A-Z\"“])|$)", para):
            chunk = piece.group()
            stripped = chunk.strip()
            if not stripped:
                continue
            start = offset + piece.start() + (len(chunk) - len(chunk.lstrip()))
            sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped, ()))
    return tuple(sentences)


def _prov(text, sentences, needle, extractor="hand", after=0):
    start = text.find(needle, after)
    if start < 0:
        raise ValueError(f"not in text: {needle!r}")
    index = next(s.index for s in sentences if s.start <= start < s.end)
    return Provenance(FOUNDING_ID, index, start, start + len(needle), extractor, 0.9)


def founding_article(article_id: str = FOUNDING_ID, date: str | None = FOUNDING_DATE,
                     url: str | None = FOUNDING_URL) -> ResolvedArticle:
    title, text = founding_text()
    article = Article(id=article_id, title=title, text=text, date=date,
                      source="Antara Kalteng", source_url=url)
    sentences = split_sentences(text)
    quote_text = ("Pelatihan keterampilan ini sebagai bekal dan dapat dijadikan peluang usaha "
                  "ekonomi produktif dalam menunjang kehidupan dan memperbaiki kualitas hidup,")
    quote_start = text.find(quote_text, text.find("Sampit (Antara"))
    entities = (
        Entity("person/bima-ekawardhana", "person", "Bima Ekawardhana", ("Bima",)),
        Entity("organization/62.02/dinsosnakertrans", "organization", DINSOS_FULL,
               ("Dinsosnakertrans", "Dinsosnakertrans Kotim"), region_code="62.02",
               located_in="place/62.02"),
        Entity("organization/kemenag", "organization", "Kementerian Agama"),
        Entity("organization/62.02/polres", "organization", "Polres Kotim", region_code="62.02"),
        Entity("organization/bpjs-ketenagakerjaan", "organization",
               "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", ("BPJS Ketenagakerjaan",)),
        Entity("place/62", "place", "Kalimantan Tengah", ("Kalteng",), region_code="62"),
        Entity("place/62.02", "place", "Kabupaten Kotawaringin Timur",
               ("Kotawaringin Timur", "Kotim"), region_code="62.02", located_in="place/62"),
        Entity("place/62.02.sampit", "place", "Sampit", ("Kota Sampit",), region_code="62.02",
               located_in="place/62.02"),
    )
    mention_keys = (("m0", "place/62.02.sampit"), ("m1", "place/62.02"), ("m2", "place/62"),
                    ("m3", "organization/62.02/dinsosnakertrans"), ("m4", "person/bima-ekawardhana"),
                    ("m5", "organization/kemenag"), ("m6", "organization/62.02/polres"),
                    ("m7", "organization/bpjs-ketenagakerjaan")) \
        + tuple((f"m{i}", "organization/62.02/dinsosnakertrans") for i in range(8, 14))   # 6 x "Dinsosnakertrans"
    heads_needle = "Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim, Bima Ekawardhana"
    relations = (
        Relation("heads", "person/bima-ekawardhana", "organization/62.02/dinsosnakertrans",
                 _prov(text, sentences, heads_needle, "title-rule"), title="Kepala"),
        Relation("located_in", "place/62.02.sampit", "place/62.02",
                 _prov(text, sentences, "Kota Sampit Kabupaten Kotawaringin Timur", "place-rule")),
    )
    quotes = (
        Quote("person/bima-ekawardhana", quote_text, quote_start, quote_start + len(quote_text),
              _prov(text, sentences, heads_needle, "quote-rule"), verb="kata"),
        Quote("person/bima-ekawardhana",
              "Sambutan peserta sangat antusias. Mudah-mudahan ini dapat menjadi bekal bagi "
              "mereka untuk membuka usaha,",
              text.find("Sambutan peserta"), text.find("Sambutan peserta") + 104,
              _prov(text, sentences, "harap Bima", "quote-rule"), verb="harap"),
    )
    events = (
        Event(f"event/{article_id}/0", "pelatihan", "pelatihan membuat kue",
              (_prov(text, sentences, "mengikuti pelatihan membuat kue", "event-rule"),
               _prov(text, sentences, "Pelatihan itu sengaja digelar Dinsosnakertrans",
                     "event-rule")),
              organizer="organization/62.02/dinsosnakertrans",
              partners=("organization/kemenag", "organization/62.02/polres"),
              participant_groups=("puluhan pekerja seks komersial", "20 lebih peserta"),
              place="place/62.02.sampit", date=date, date_text="Kamis"),
    )
    return ResolvedArticle(article, sentences, entities, mention_keys, relations, quotes, events)


def synthetic_article(n: int, people: int = 400, agencies: int = 60) -> ResolvedArticle:
    """A founding-article variation: different id/date, rotating person and agency keys,
    so a corpus of them shares entities the way real news does."""
    base = founding_article(f"synthetic-{n:06d}", date=f"20{15 + n % 5}-{1 + n % 12:02d}-"
                            f"{1 + n % 28:02d}", url=f"https://example.org/berita/{n}")
    person = f"person/pejabat-{n % people}"
    agency = f"organization/62.{n % 14:02d}/dinas-{n % agencies}"
    swap = {"person/bima-ekawardhana": person, "organization/62.02/dinsosnakertrans": agency}

    def k(key):
        return swap.get(key, key)

    entities = tuple(
        replace(e, key=k(e.key),
                pref_label=(f"Pejabat {n % people}" if k(e.key) == person else
                            f"Dinas Nomor {n % agencies} Kabupaten {n % 14}" if k(e.key) == agency
                            else e.pref_label),
                aliases=((f"Dinas {n % agencies}",) if k(e.key) == agency else e.aliases))
        for e in base.entities)
    relations = tuple(replace(r, subject=k(r.subject), object=k(r.object)) for r in base.relations)
    quotes = tuple(replace(q, speaker=k(q.speaker)) for q in base.quotes)
    events = tuple(replace(e, organizer=k(e.organizer)) for e in base.events)
    mention_keys = tuple((m, k(key)) for m, key in base.mention_keys)
    return replace(base, entities=entities, relations=relations, quotes=quotes, events=events,
                   mention_keys=mention_keys)
