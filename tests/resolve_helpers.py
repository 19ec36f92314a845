"""Build ExtractedArticle inputs for resolver tests from real article text (str.find spans)."""
from __future__ import annotations

from kg.extract.types import EntityMention, Event, ExtractedArticle, Provenance, Quote, Relation
from kg.ingest import read_articles
from kg.ingest_types import Article
from kg.samples import FOUNDING


def founding_article() -> Article:
    return next(iter(read_articles([str(FOUNDING)])))


class Builder:
    """Mentions located in the article text by str.find, in order of appearance."""

    def __init__(self, article: Article):
        self.article = article
        self.mentions: list[EntityMention] = []
        self.cursor = 0

    def prov(self, start: int, end: int, extractor="test", confidence=0.9) -> Provenance:
        return Provenance(self.article.id, 0, start, end, extractor, confidence)

    def mention(self, kind: str, text: str, name: str | None = None, region=None, titles=(),
                ranks=(), after: str | None = None) -> str:
        start = self.article.text.find(text, self.article.text.find(after) if after else 0)
        assert start >= 0, text
        mid = f"m{len(self.mentions)}"
        self.mentions.append(EntityMention(
            mid, kind, text, name or text, self.prov(start, start + len(text)), region,
            tuple(titles), tuple(ranks)))
        return mid

    def build(self, relations=(), quotes=(), events=()) -> ExtractedArticle:
        return ExtractedArticle(self.article, (), tuple(self.mentions), tuple(relations),
                                tuple(quotes), tuple(events))


def founding_extracted() -> ExtractedArticle:
    """The founding article's mentions as the extractor is meant to produce them."""
    b = Builder(founding_article())
    sampit = b.mention("place", "Sampit")
    kota = b.mention("place", "Kota Sampit")
    kotim = b.mention("place", "Kabupaten Kotawaringin Timur")
    kalteng = b.mention("place", "Kalimantan Tengah")
    dinas = b.mention("organization", "Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim",
                      region="Kotim")
    bima = b.mention("person", "Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Kotim, "
                     "Bima Ekawardhana", "Bima Ekawardhana", titles=("Kepala",))
    sampit2 = b.mention("place", "Sampit", after="Bima Ekawardhana di")
    dinsos = b.mention("organization", "Dinsosnakertrans", after="sengaja digelar")
    kemenag = b.mention("organization", "Kementerian Agama")
    polres = b.mention("organization", "Polres Kotim", region="Kotim")
    bima2 = b.mention("person", "Bima", after="harap ")
    bpjs = b.mention("organization", "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan")
    bpjs2 = b.mention("organization", "BPJS Ketenagakerjaan", after="mendaftarkannya")
    bpjs3 = b.mention("organization", "BPJS Kesehatan")
    text = b.article.text
    q1 = text.find("Pelatihan keterampilan ini sebagai", text.find("Sampit (Antara"))
    heads = Relation("heads", bima, dinas, b.prov(q1, q1 + 10), title="Kepala")
    heads_again = Relation("heads", bima, dinas, b.prov(q1, q1 + 10, confidence=0.95),
                           title="Kepala")
    self_rel = Relation("located_in", sampit, sampit2, b.prov(0, 6))
    quotes = (Quote(bima, "Pelatihan keterampilan ini ...", q1, q1 + 30, b.prov(q1, q1 + 30),
                    "kata"),
              Quote(bima2, "Sambutan peserta sangat antusias.", 0, 10, b.prov(0, 10), "harap"))
    event = Event("e0", "pelatihan", "pelatihan membuat kue", (b.prov(0, 10),), organizer=dinsos,
                  partners=(kemenag, polres, polres), place=kota)
    return b.build(relations=(heads, heads_again, self_rel), quotes=quotes, events=(event,))


def sample_article(id_prefix: str) -> Article:
    from kg.samples import ARTICLES
    return next(a for a in read_articles([str(ARTICLES)]) if a.id.startswith(id_prefix))
