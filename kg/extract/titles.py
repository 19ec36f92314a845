"""Officials: clean person names (ranks, honorifics, degrees split off) and the titles around them.

    find_people(sentence, agencies, ner) -> (people, posts)

A title before the name: `Kepala Dinas Sosial, ... Kotim, Bima Ekawardhana`, `Bupati Kotim
Halikinnor`, `Kapolres Kotim AKBP X`, `mantan Menteri Sosial X`; after it (appositive):
`Halikinnor, Bupati Kotim, ...`, `X selaku Kepala ...`. Names that NER missed right after a
title become people too (rule "title-rule").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.extract.agencies import BRANCH_NAMES, UNIT_WORDS, Agency, is_cap, is_party, org_start_at, region_at
from kg.extract.lexicon import load
from kg.nlp.types import Mention, Sentence

# Lowercase forms that still open a title ("anggota DPR", "mantan Bupati").
LOWER_OK = {"anggota", "mantan", "eks", "juru", "wakil", "ketua", "kepala", "pegawai", "prajurit",
            "pengurus", "penyidik", "sekretaris", "direktur", "deputi", "sekjen", "bendahara",
            "komisioner", "wasekjen", "pimpinan", "koordinator", "asisten", "ketum", "jubir",
            "gubernur", "bupati", "presiden", "menteri", "wali", "walikota", "pejabat", "jaksa",
            "manajer"}
# Lowercase words that go on a title before its organisation.
LOWER_MODIFIERS = {"eksekutif", "teknik", "teknis", "olahraga", "senior", "pelaksana", "harian",
                   "utama"}
# Heads of companies: one capital word between the title and a full name is the company
# ("Direktur Utama Waskita Muhammad Choliq") unless the article calls the person by it.
COMPANY_HEADS = {"Direktur Utama", "Dirut", "CEO", "Presiden Direktur", "Chief Executive Officer"}
# Lowercase words that are no field of a title ("manajer proyek di X").
FIELD_STOPS = {"yang", "dan", "di", "ke", "dari", "untuk", "pada", "itu", "ini", "tersebut",
               "baru", "lama", "saat", "kini", "juga", "sudah", "telah", "akan", "masih"}
# A party's boards written before the party's name ("DPD PDI Perjuangan Jatim").
PARTY_BOARDS = {"DPD", "DPW", "DPC", "DPP"}
# Words that end a company's name, never start a person's ("MDI Ventures").
COMPANY_TAILS = {"Ventures", "Capital", "Holdings", "Partners", "Labs", "Technologies",
                 "Digital", "Group", "Grup", "Tbk"}
# Founders named beside a title: "CEO dan pendiri Grab".
FOUNDER_WORDS = {"pendiri", "founder", "co-founder", "cofounder"}
# Titles that are also police ranks: a title only before a company ("Komisaris PT X").
COMPANY_TITLES = {"Komisaris"}
COMPANY_WORDS = {"PT", "Independen"}
APPOSITION = {",", "selaku", "sebagai"}
# The force or corps written after a rank: "Brigjen Pol", "Kolonel Inf", "Letkol Czi".
RANK_SUFFIXES = {"Polisi", "Pol", "Pol.", "TNI", "Inf", "Kav", "Art", "Arm", "Arh", "Czi", "Cpm",
                 "Chb", "Ckm", "Cba", "Cpl", "Cpn", "Caj", "Chk", "Ckh", "Ctp", "Mar", "Pnb",
                 "Lek", "Kes", "Sus", "Adm", "Psk", "Tek", "Pom", "Nav"}
# Corps written in brackets only: "Serda (K) Lutfiah" (the women's corps),
RETIRED = {"Purn", "Purn."}
BRACKET_CORPS = {"K"} | RETIRED   # and retired officers: "Jenderal (Purn) Wiranto"
# "Staf Ahli Menteri X", "Staf Khusus Presiden X": the adviser's post, not the head's.
STAFF_WORDS = {("Staf", "Ahli"), ("Staf", "Khusus"), ("Tenaga", "Ahli")}
# A title right after these belongs to the name before them, not to one after a comma.
OWNED_BEFORE = {"sebagai", "selaku", "menjabat", "merupakan", "adalah", "menjadi"}
# Words before a head title that make it a deputy's post: "VP Direktur", "Vice President ..."
DEPUTY_WORDS = {"VP", "SVP", "EVP", "Vice", "Deputy", "Deputi", "Wk."}
APPOSITION_2 = {("yang", "juga"), ("yang", "merupakan"), ("yang", "menjabat")}
# Degree tokens can follow a name after a comma: "Bima, S.Sos., M.Si".
NAME_PARTICLES = {"bin", "binti", "van", "der", "al", "el"}
NOT_NAMES = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Jakarta", "Nomor",
             "No", "Tahun", "Periode", "Tbk"}
# A title word after these names a document or a process, not an office holder:
# "Instruksi Presiden Nomor 8", "Pemilihan Gubernur DKI".
NOT_OFFICE = {"Instruksi", "Peraturan", "Keputusan", "Dekrit", "Pemilihan", "Istana", "Surat",
              "Perpres", "Inpres", "Keppres"}
# ... and a candidate does not hold the office: "calon Gubernur", "bakal calon Bupati", "cagub".
CANDIDATE = {"calon", "Calon", "kandidat", "Kandidat", "capres", "cawapres", "cagub", "cawagub",
             "cabup", "cawabup", "cawalkot"}
# Offices of sub-district units, whose region names are not in the region lexicon.
DISTRICT_ORGS = {"Polsek", "Polsekta", "Kecamatan", "Kelurahan", "Desa", "Koramil"}
# Ordinals after a title: "Presiden keenam", "Wakil Presiden ke-11".
_ORDINAL_RE = re.compile(r"ke-?\d+|pertama|(?:ke)(?:dua|tiga|empat|lima|enam|tujuh|delapan|"
                         r"sembilan|sepuluh)|kesebelas")


_ROMAN_RE = re.compile(r"[IVX]{1,4}")
_SEAT_NUMBERS = {"1", "2", "3", "4", "5", "I", "II", "III", "IV", "V"}
# A ministry's short form: "Kemenakertrans", "Kemendagri", "KemenPUPR".
_MINISTRY_SHORT_RE = re.compile(r"Kemen[a-zA-Z]{3,}")


@dataclass
class Person:
    """A person name in one sentence: `start..end` is the clean name, `text_start..text_end`
    includes adjacent ranks and degrees."""

    sentence_index: int
    start: int
    end: int
    text_start: int
    text_end: int
    name: str
    tok_start: int
    tok_end: int
    ranks: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    rule: str = "ner"
    confidence: float = 0.85


@dataclass
class Post:
    """A title phrase tied (or not) to a person."""

    sentence_index: int
    start: int                    # span of the title phrase (modifiers included)
    end: int
    title: str                    # "Kepala", "Kasat Reskrim", "Wakil Bupati"
    role: str                     # "head" | "post"
    acting: bool = False
    former: bool = False
    org: Agency | None = None     # explicit organisation in the phrase
    implied_org: str | None = None    # "Pemkab Kotim", "Kementerian Sosial"
    implied_region: str | None = None
    region_start: int | None = None
    region_end: int | None = None
    person: Person | None = None
    keyword: str = ""             # the title word as written ("Kapolres")
    after_name: bool = False      # appositive
    org_prefix: str = ""          # the lexicon's implied org prefix ("Pemprov"), if any
    scope: str = ""               # the lexicon scope: "region" | "portfolio" | "none"
    foreign: bool = False         # another country's office: no organisation, none inherited
    # Token range of the phrase in its sentence (modifiers included; end exclusive), the
    # acting word as written ("Plt"), whether unit words stand after the title without an
    # organisation, and whether the holder is someone named before (a pronoun or "X itu"),
    # for article.py to resolve.
    _tok_start: int = field(default=0, repr=False)
    _tok_end: int = field(default=0, repr=False)
    _acting_word: str = field(default="", repr=False)
    _units: bool = field(default=False, repr=False)
    _pronoun: bool = field(default=False, repr=False)


def _rank_at(tokens, i: int) -> str | None:
    if i >= len(tokens):
        return None
    ranks = load().ranks
    w = tokens[i].text
    r = None
    # a rank of several words ("Kombes Pol", "Komisaris Besar Polisi")
    for n in (4, 3, 2):
        words = " ".join(t.text for t in tokens[i:i + n])
        if i + n <= len(tokens) and words in ranks:
            r = words
            break
    if r is None and (w in ranks or (w.endswith(".") and w[:-1] in ranks)):
        r = w
    if r is None and not w.islower() and not w.isupper() and w.lower() in _ranks_folded():
        r = w   # "KomBes Pol Awi Setiyono": a rank in odd capitals
    if r is None:
        return None
    # "Brigjen Polisi X", "Brigadir Jenderal Pol X", "Kolonel Inf X": the force or corps
    j = i + len(r.split())
    e = ranks.get(r) or ranks.get(r.rstrip(".")) or _ranks_folded().get(r.lower())
    if j < len(tokens) and e is not None and "rank" in e.type and tokens[j].text in RANK_SUFFIXES:
        r = f"{r} {tokens[j].text}"
        j += 1
    if j + 2 < len(tokens) and e is not None and "rank" in e.type and tokens[j].text == "(" \
            and (tokens[j + 1].text in RANK_SUFFIXES or tokens[j + 1].text in BRACKET_CORPS) \
            and tokens[j + 2].text == ")":
        r = f"{r} ( {tokens[j + 1].text} )"   # "Brigjen (Pol) Aris Budiman", "Jenderal TNI (Purn)"
    return r


@lru_cache(maxsize=1)
def _ranks_folded() -> dict:
    """One-word ranks (not honorifics or degrees) by their lowercase form."""
    return {k.lower(): e for k, e in load().ranks.items() if " " not in k and "rank" in e.type}


def _title_at(tokens, i: int, allow_lower: bool = True) -> int:
    """Token length of the longest title keyword at i."""
    titles = load().titles
    if i >= len(tokens):
        return 0
    w = tokens[i].text
    lower = w[:1].islower()
    if lower and (not allow_lower or w.lower() not in LOWER_OK):
        return 0
    if w in COMPANY_TITLES and (i + 1 >= len(tokens) or tokens[i + 1].text not in COMPANY_WORDS):
        return 0   # "Komisaris Besar Yusri Yunus" is a rank
    for n in (4, 3, 2, 1):   # "Kepala Staf Angkatan Laut"
        if i + n > len(tokens):
            continue
        words = " ".join(t.text for t in tokens[i:i + n])
        if lower and words in titles:
            return n   # a title listed in lowercase only ("pimpinan")
        if lower:
            words = words[:1].upper() + words[1:]
        # "Wakil ketua umum", "wakil ketua": news writes title words in any case
        if words in titles or " ".join(x[:1].upper() + x[1:] for x in words.split()) in titles:
            return n
    return 0


def _title_ends_at(tokens, e: int) -> bool:
    """Does a title keyword end right before token e ("Juru Bicara | Walhi")?"""
    return any(e - n >= 0 and _title_at(tokens, e - n) == n for n in (1, 2, 3, 4))


def _entry(tokens, i: int, n: int):
    words = " ".join(t.text for t in tokens[i:i + n])
    titles = load().titles
    if words in titles:
        return titles[words]
    return titles.get(" ".join(x[:1].upper() + x[1:] for x in words.split()))


def clean_person(sentence: Sentence, a: int, b: int) -> tuple[int, int, list[str], list[str]]:
    """Strip ranks/honorifics/titles at the start and degrees at the end of tokens a..b.
    Returns the clean token range and the ranks and title words removed."""
    toks = sentence.tokens
    ranks: list[str] = []
    titles: list[str] = []
    r = region_at(toks, a)
    if r and a + r < b and a > 0 and (_title_at(toks, a - 1, allow_lower=False)
                                      or toks[a - 1].text == ")" or _acronym_like(toks[a - 1].text)):
        # NER took the title's region: "Bupati [Kotim H. Supian Hadi]", "(DKP) [Mimika X]",
        # "Ketua DPD PDIP [Jatim Kusnadi]"
        a += r
    if a > 0 and a < b - 1 and toks[a].text in RANK_SUFFIXES and _rank_at(toks, a - 1):
        a += 1   # NER began the name at the rank's corps: "Kolonel [Inf Refrizal]"
    if a < b - 2 and toks[a].text in RETIRED and toks[a + 1].text == ")":
        a += 2   # "Marsekal Madya (Purn) Daryatmo" tagged "[Purn) Daryatmo]"
    if a < b - 1 and toks[a].text in ("Tbk", "Tbk."):
        a += 1   # "PT Bank Rakyat Indonesia (Persero) [Tbk Suprajarto]": the company's suffix
    while a < b - 1:
        r = _rank_at(toks, a)
        if r:
            ranks.append(r)
            a += len(r.split())
            continue
        n = _title_at(toks, a, allow_lower=False)
        if n and a + n < b:
            titles.append(" ".join(t.text for t in toks[a:a + n]))
            a += n
            r = region_at(toks, a)   # "Bupati Kotim | H. Supian Hadi"
            if r and a + r < b:
                titles[-1] += " " + " ".join(t.text for t in toks[a:a + r])
                a += r
            continue
        break
    while b > a + 1:
        w = toks[b - 1].text
        if w == "," or (_rank_at(toks, b - 1) and load().ranks.get(w.rstrip("."), load().ranks.get(w)) is not None
                        and _is_post_rank(w)):
            if w != ",":
                ranks.append(w)
            b -= 1
            continue
        break
    return a, b, ranks, titles


# Degree shapes not in the lexicon: S.IK., M.Kes, Sp.OG, S.Pd.I
_DEGREE_RE = re.compile(r"(?:S|M|Sp|Dr)\.[A-Z][A-Za-z]{0,4}(?:\.[A-Z][a-z]?)?\.?")


def _is_post_rank(w: str) -> bool:
    ranks = load().ranks
    e = ranks.get(w) or ranks.get(w.rstrip("."))
    if e is None:
        return bool(_DEGREE_RE.fullmatch(w))
    return e.position == "post"


def _trailing_degrees(toks, k: int) -> tuple[int, list[str]]:
    """Degrees after a name: `, S.Sos., M.Si` -> (new end token, degrees)."""
    out = []
    j = k
    while True:
        m = j + 1 if j < len(toks) and toks[j].text == "," else j
        if m < len(toks) and _is_post_rank(toks[m].text):
            out.append(toks[m].text)
            j = m + 1
            continue
        return (j if out else k), out


def _name_run(toks, i: int, covered) -> int:
    """End of a capitalized personal-name run starting at token i (0-4 words)."""
    k = i
    while k < len(toks) and k - i < 5:
        w = toks[k].text
        if k in covered or w in NOT_NAMES or w in ("Kabupaten", "Kota", "Provinsi", "Kecamatan") \
                or k == i and w in COMPANY_TAILS \
                or _title_any_case(toks, k):
            break
        if is_cap(w) and w[:1].isalpha() and not org_start_at(toks, k) and not _title_at(toks, k, False) \
                and not w.isupper() or (k > i and w in NAME_PARTICLES and k + 1 < len(toks)
                                        and is_cap(toks[k + 1].text)):
            k += 1
            continue
        if w.isupper() and len(w) <= 3 and k > i and w.isalpha():   # "Joko S Widodo"
            k += 1
            continue
        break
    return k


def find_people(sentence: Sentence, agencies: list[Agency], ner: list[Mention],
                known_orgs: frozenset[str] = frozenset(), known_places: frozenset[str] = frozenset(),
                defined: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()):
    """People (cleaned NER PER + names after titles) and title phrases of one sentence.
    known_orgs: organisation names NER found elsewhere in the article ("Setara Institute");
    known_places: one-word places named elsewhere after a preposition ("di Jeddah");
    defined: long names defined by an acronym in the article ("Generasi Muda Partai Golkar");
    names: words that NER tagged alone as a person elsewhere in the article ("kata Brahmantya")."""
    toks = sentence.tokens
    people: list[Person] = []
    person_at: dict[int, Person] = {}   # start token -> person
    covered: set[int] = set()
    headline = _is_headline(toks)
    places: list[Mention] = []
    for m in ner:
        if m.type != "PER":
            continue
        a, b, ranks, titles = clean_person(sentence, m.token_start, m.token_end)
        cut = next((j for j in range(a + 2, b - 1) if toks[j].text not in NAME_TITLES
                    and _title_at(toks, j, False) and is_cap(toks[j + 1].text)), None)
        if cut is not None:
            # "[Dennis Adhiswara Wasekjen Wanda Hamidah]": a title starts the next name
            c = cut + _title_at(toks, cut, False)
            if c < b and _name_like(toks, c, b):
                q = _person(sentence, c, b, [], "ner", 0.85)
                people.append(q)
                person_at[c] = q
                covered.update(range(c, b))
            b = cut
        if b - a >= 2 and a > 0 and toks[a].text in known_places and is_cap(toks[a - 1].text):
            # "Kepala ITPC [Jeddah Gunawan]": the office's city, then the name
            t = toks[a]
            places.append(Mention(m.article_id, m.sentence_index, t.start, t.end, t.text, "LOC",
                                  a, a + 1))
            a += 1
        elif b - a >= 3 and a > 0 and toks[a].text in known_orgs and _title_ends_at(toks, a) \
                and toks[a + 1].text not in ORG_TAILS:
            # "Juru Bicara [Walhi Khalisah Khalid]": an organisation NER named elsewhere (the
            # longest one: "Wakil presiden [Boca Juniors Horacio Paolini]")
            n = max(c for c in range(1, b - a - 1)
                    if " ".join(x.text for x in toks[a:a + c]) in known_orgs)
            t, u = toks[a], toks[a + n - 1]
            places.append(Mention(m.article_id, m.sentence_index, t.start, u.end,
                                  sentence.text[t.start - sentence.start:u.end - sentence.start],
                                  "ORG", a, a + n))
            a += n
        if b - a >= 3 and a > 0 and toks[a - 1].text[:1].isupper() and (
                toks[a].text in COMPANY_TAILS
                or f"{toks[a - 1].text} {toks[a].text}" in known_orgs):
            a += 1   # "CEO MDI [Ventures Nicko Widjaja]", "CEO XL [Axiata Dian Siswarini]"
        if not _name_like(toks, a, b) or toks[a].text in RETIRED:
            continue
        p = _person(sentence, a, b, ranks, "ner", 0.85)
        p.titles += titles
        people.append(p)
        person_at[a] = p
        covered.update(range(a, b))
    org_at = {ag.token_start: ag for ag in agencies}
    in_org = {j for ag in agencies for j in range(ag.token_start, ag.token_end)}
    loc_at = {m.token_start: m for m in ner + places if m.type == "LOC"}
    nerorg_at = {m.token_start: m for m in ner + places if m.type == "ORG"}

    posts: list[Post] = []
    i = 0
    while i < len(toks):
        if i in covered or i in in_org or not (_title_at(toks, i) or _modifier_at(toks, i)):
            i += 1
            continue
        post, k = _parse_phrase(sentence, i, org_at, loc_at, nerorg_at, person_at, covered,
                                headline, known_orgs, defined, names)
        if post is None:
            i += 1
            continue
        posts.append(post)
        if post.person is not None and post.person not in people:
            people.append(post.person)
            person_at[post.person.tok_start] = post.person
            covered.update(range(post.person.tok_start, post.person.tok_end))
        i = max(k, i + 1)
    posts = _serving_titles(posts)
    for post in posts:
        k = post._tok_end
        field = 0   # "manajer proyek di Perhimpunan ...": a field in lowercase, then "di"
        while not post._units and field < 2 and k + field < len(toks) \
                and toks[k + field].text.isalpha() and toks[k + field].text.islower() \
                and toks[k + field].text not in FIELD_STOPS and not _verb_like(toks[k + field].text):
            field += 1
        if field and k + field + 1 < len(toks) and toks[k + field].text == "di" \
                and (k + field + 1 in org_at or k + field + 1 in nerorg_at) and post.org is None \
                and not post.implied_org and post.region_start is None and not post.foreign:
            post.title = " ".join([post.title] + [t.text for t in toks[k:k + field]])
            post._units = True
            k = post._tok_end = k + field
            m = nerorg_at.get(k + 1)
            if k + 1 not in org_at and m is not None and k + 1 + len(m.text.split()) <= len(toks):
                post.org, post.role = Agency(m.start, m.end, m.text, " ".join(m.text.split()),
                                             None, None, None, m.token_start, m.token_end, False,
                                             "ner"), "post"
                post._tok_end, post.end = m.token_end, m.end
        if post.org is None and not post.implied_org and post.region_start is None \
                and not post.foreign and k + 1 < len(toks) and toks[k].text == "di" \
                and k + 1 in org_at and post._units:
            # "menjabat sebagai Direktur Kompetisi di PT Liga Indonesia Baru": a unit's title,
            # then the organisation after "di"
            post.org, post.role = org_at[k + 1], "post"
            post._tok_end, post.end = org_at[k + 1].token_end, org_at[k + 1].end
    # appositives: "Halikinnor, Bupati Kotim," / "Bima selaku Kepala ..."
    by_end = {p.tok_end: p for p in people}
    for post in posts:
        if post.person is not None:
            continue
        j = post._tok_start
        before = _apposition_owner(toks, j, by_end)
        k = post._tok_end
        closed = k >= len(toks) or toks[k].text in {",", ".", ")", "(", ";", ":"} \
            or toks[k].text.startswith(("--", "\u2014")) \
            or toks[j - 1].text != "," or _closing_adverb(toks, k)
        if before is None and closed:
            before = _bare_name_before(sentence, j, covered)
            if before is not None:
                people.append(before)
                covered.update(range(before.tok_start, before.tok_end))
        if before is not None and closed:
            post.person = before
            post.after_name = True
        elif before is None and (post.org is not None or post.implied_org):
            owner = _copula_owner(toks, j, by_end)
            if owner is None and not post.foreign:
                owner = _bare_copula_owner(sentence, j, covered, ner)
                if owner is not None:
                    people.append(owner)
                    covered.update(range(owner.tok_start, owner.tok_end))
            if owner is not None:   # "Anang ... merupakan Direktur Utama PT Quadra Solution"
                post.person = owner
                post.after_name = True
            else:   # "Sebelumnya dia adalah Kepala Kompetisi PT X": the previous sentence's
                post._pronoun = _pronoun_subject(toks, j)
        if post.person is None and (post.org is not None or post.implied_org) and k < len(toks) \
                and toks[k].text in DEMONSTRATIVES and (post.former or j > 1 and (
                    toks[j - 2].text, toks[j - 1].text) == ("yang", "juga")) \
                and not any(t.text in SPEECH_VERBS for t in toks[max(0, j - 5):j]) \
                and not ((toks[j - 2].text, toks[j - 1].text) != ("yang", "juga")
                         and _subject_before(toks, j, people)):
            # "Mantan Menteri ESDM itu ...", "pemain yang juga anggota TNI tersebut": the
            # office of someone named before (not of the sentence's own subject: "Febri
            # belum mau ... apakah penyidik akan menahan mantan Ketua Fraksi Golkar itu")
            post._pronoun = True
        if post.person is None and (post.org is not None or post.implied_org) and j > 0 \
                and toks[j - 1].text in SPEECH_VERBS and k < len(toks) \
                and toks[k].text in DEMONSTRATIVES and not post.foreign \
                and (k + 1 >= len(toks) or toks[k + 1].text in {".", ",", '"'}):
            # '"...," terang Ketua MPR RI tersebut.': the speaker, named before
            post._pronoun = True
        if post.person is None and (post.org is not None or post.implied_org) \
                and _backref_subject(toks, j, people):
            # "Pria yang pernah menjabat Kepala Bagian ... BKSDA NTB ini mengatakan ...",
            # "Pria yang akrab disapa Novanto itu, ... duduk sebagai Ketua Fraksi Golkar"
            post._pronoun = True
    regions = load().regions
    # "Kepala Dinas Kesehatan Kabupaten Situbondo, [Jawa Timur], Abu Bakar Abdi": a region
    # standing where a name goes is not a person (one-word NER names may be short names)
    wrong = {id(p) for p in people if p.name in regions and (p.rule != "ner" or " " in p.name)}
    people = [p for p in people if id(p) not in wrong]
    for post in posts:
        if post.person is not None and id(post.person) in wrong:
            post.person = None
    for post in posts:
        if post.implied_org == "Pemerintah Republik Indonesia" and post.implied_region is None \
                and post.person is not None and not _home_president(post.person.name):
            post.implied_org = None   # "Presiden Donald Trump": another country's president
    for post in posts:
        q = post.person
        if q is not None and q.rule == "title-rule" and _org_bracket(toks, q):
            # "... Peradilan Indonesia [Corruption Watch] (ICW)": an org's words; "pejabat TNI
            # Angkatan Udara, [Peninjau] (Pati yang ...)": a list (not "Irman (IR)": initials)
            post.person = None
            people[:] = [p for p in people if p is not q]
        elif q is not None and q.rule == "title-rule" and post.keyword[:1].islower() and any(
                m.type == "LOC" and m.token_start <= q.tok_start and q.tok_end <= m.token_end
                for m in ner):
            # "lanjut presiden RI, [Istana Ngara] lebih layak": a place NER named, not a name
            post.person = None
            people[:] = [p for p in people if p is not q]
        elif q is not None and q.rule == "title-rule" and post.keyword.lower() == "pejabat" \
                and not (q.tok_end + 1 < len(toks) and toks[q.tok_end].text == "dan"
                         and any(p.tok_start == q.tok_end + 1 and p.rule == "ner" for p in people)):
            # "pejabat Kadin [Jeddah]": a name NER did not see after the plural-like role word
            # only with a NER name joined to it ("pejabat Kemendagri Irman dan Sugiharto")
            post.person = None
            people[:] = [p for p in people if p is not q]
    _victim_holders(toks, posts, people)
    _joint_titles(toks, posts)
    _coordinated_titles(sentence, posts, people, covered)
    _listed_titles(toks, posts)
    posts += _coordinated_posts(toks, posts, people)
    posts += _listed_holders(toks, posts, people)
    for post in posts:
        if post.person is not None:
            phrase = sentence.text[post.start - sentence.start:post.end - sentence.start]
            post.person.titles.append(" ".join(phrase.split()))
    return people, posts


NAME_JOINERS = {"dan", "serta", "-", "&", ","}
# Words on the holder's standing between an office and the name.
STANDING = {"petahana", "terpilih", "nonaktif", "definitif", "demisioner"}
# Title words that are also name words ("Lukman Hakim Saifuddin").
NAME_TITLES = {"Hakim", "Jaksa"}


def _coordinated_titles(sentence: Sentence, posts: list[Post], people: list[Person],
                        covered) -> None:
    """"Gubernur dan Wakil Gubernur DKI Jakarta Anies Baswedan - Sandiaga Uno": two titles
    joined by "dan" share the organisation written after the second, and the names go in
    order. With one name only it is not clear whose it is, so neither title gets it."""
    toks = sentence.tokens
    by_start = {p.tok_start: p for p in people}
    by_end = {p.tok_end: p for p in people}
    for p1, p2 in zip(posts, posts[1:]):
        j = p1._tok_end
        a = p1._tok_start
        if p1.person is None and p2.person is None and j < len(toks) and toks[j].text == "dan" \
                and p2._tok_start == j + 1 and a > 0 and toks[a - 1].text == "," \
                and a - 1 in by_end:
            # "Anies Baswedan dan Sandiaga Uno, Gubernur dan Wakil Gubernur terpilih DKI Jakarta"
            second = by_end[a - 1]
            k = second.tok_start - 1
            first = by_end.get(k) if k > 0 and toks[k].text == "dan" else None
            if first is not None:
                p1.person, p2.person = first, second
                p1.after_name = p2.after_name = True
        if p1.person is not None or p2.after_name or j >= len(toks) \
                or toks[j].text not in ("dan", "serta") or p2._tok_start != j + 1:
            continue
        if p1.org is None and not p1.implied_org and p1.implied_region is None:
            p1.org = p2.org
            p1.implied_region, p1.region_start, p1.region_end = \
                p2.implied_region, p2.region_start, p2.region_end
            if p2.implied_region and p1.scope == "region" and p1.org_prefix:
                p1.implied_org = f"{p1.org_prefix} {p2.implied_region}"
        first = p2.person
        if first is None:
            continue
        k = first.tok_end
        if k < len(toks) and toks[k].text == ",":
            k += 1
        if k < len(toks) and toks[k].text in NAME_JOINERS:
            k += 1
        second = by_start.get(k)
        if second is None and k < len(toks) and k not in covered and k > first.tok_end:
            e = _name_run(toks, k, covered)
            if e > k and not (e - k == 1 and toks[k].text.isupper()):
                second = _person(sentence, k, e, [], "title-rule", 0.6)
                people.append(second)
                covered.update(range(k, e))
        if second is None or any(q.person is second for q in posts):
            p2.person = None
            continue
        p1.person, p2.person = first, second


JOINT = {"sekaligus", "merangkap"}


def _joint_titles(toks, posts: list[Post]) -> None:
    """"anggota Komisi I DPR sekaligus Ketua Fraksi Partai X, Viktor ...": two offices of one
    person joined by "sekaligus"/"merangkap" both go to the name after the second."""
    for p1, p2 in zip(posts, posts[1:]):
        j = p1._tok_end
        if p1.person is None and p2.person is not None and not p2.after_name \
                and (p1.org is not None or p1.implied_org) and not p1.foreign \
                and j < len(toks) and toks[j].text in JOINT \
                and p2._tok_start == j + 1:
            p1.person = p2.person
            if p1.org is not None and p2.org is not None and p1.implied_org is None \
                    and (p1.org.unit or p1.org.name.split()[0] in SUBUNIT_WORDS):
                # "Sekretaris Komite Pusat sekaligus Kepala Kantor Partai Komunis Vietnam X":
                # the first office's unit is in the second's organisation
                p1.title, p1.org, p1.role = f"{p1.title} {p1.org.name}", p2.org, "post"


def _verb_like(w: str) -> bool:
    """A lowercase word with a verb prefix ("menangkap", "dianiaya", "bertemu")."""
    return w[:1].islower() and len(w) > 4 and w.startswith(("me", "di", "ber", "ter", "pe")) \
        and w not in ("dinas", "pelaku", "penembakan", "penganiayaan", "penyerangan", "peledakan",
                      "pengeroyokan", "perampokan", "penusukan", "pembacokan", "penculikan",
                      "pembunuhan", "pencurian", "penipuan", "terorisme", "teror")


def _victim_holders(toks, posts: list[Post], people: list[Person]) -> None:
    """"anggota Polri korban ledakan bom di Jalan MH Thamrin, Dodi Mariadi", "Anggota Polri
    korban bom Thamrin lainnya, Denny Mahieu": a post with its organisation, then what befell
    the holder ("korban ...", no verb), a comma and the name."""
    by_start = {p.tok_start: p for p in people}
    titled = {id(p.person) for p in posts if p.person is not None}
    for post in posts:
        if post.person is not None or post.foreign or not (post.org or post.implied_org) \
                or post.role != "post":
            continue
        k = post._tok_end
        if k >= len(toks) or toks[k].text != "korban":
            continue
        e = k + 1
        while e < len(toks) and e - k < 10 and toks[e].text not in {",", ".", ";", ":", "(", '"'} \
                and not _verb_like(toks[e].text) and e not in by_start:
            e += 1
        q = by_start.get(e + 1) if e < len(toks) and toks[e].text == "," else None
        if q is not None and id(q) not in titled:
            post.person, post.after_name = q, False
            titled.add(id(q))


def _coordinated_posts(toks, posts: list[Post], people: list[Person]) -> list[Post]:
    """"dua Anggota DPRD Kabupaten Kebumen Dian Lestari dan Hartono": a (non-head) post written
    before names joined by "dan" is held by each of them."""
    by_start = {p.tok_start: p for p in people}
    titled = {id(p.person) for p in posts if p.person is not None}
    out = []
    for post in posts:
        q = post.person
        if q is None or post.after_name or post.role != "post":
            continue
        if q.tok_end + 1 < len(toks) and toks[q.tok_end].text == "dan":
            nxt = by_start.get(q.tok_end + 1)
            if nxt is not None and id(nxt) not in titled and (
                    nxt.tok_end >= len(toks) or toks[nxt.tok_end].text in {",", ".", ")"}
                    or post.keyword[:1].islower() and toks[nxt.tok_end].text[:1].islower()
                    and toks[nxt.tok_end].text != "yang"):
                # a lowercase role word before two names: "eks pejabat Kemendagri Irman dan
                # Sugiharto dimulai" (not "Wakil Ketua KPK X dan Y di ..." : Y may be anyone)
                out.append(replace(post, person=nxt))
                titled.add(id(nxt))
    return out


def _serving_titles(posts: list[Post]) -> list[Post]:
    """"Kepala Staf Ketua Umum PSSI Iwan Budianto", "Sekretaris Pribadi Menteri X": a title
    with unit words and nothing else right before a head's title serves that head: the name
    holds a post in the head's organisation."""
    out: list[Post] = []
    for post in posts:
        prev = out[-1] if out else None
        if prev is not None and prev.person is None and prev.org is None and not prev.implied_org \
                and prev._units and prev._tok_end == post._tok_start \
                and post.role == "head" and post.person is not None and not post.after_name:
            post.title, post.role = f"{prev.title} {post.title}", "post"
            post.start, post._tok_start = prev.start, prev._tok_start
            post.former, post.acting = post.former or prev.former, post.acting or prev.acting
            out[-1] = post
            continue
        out.append(post)
    return out


def _listed_titles(toks, posts: list[Post]) -> None:
    """"Wakil Ketua Umum Parfi 56 Ray Sahetapy, Sekjen Dennis, Bendahara Umum Raffi Ahmad":
    a title without an organisation listed right after another's name is in the same one."""
    for p1, p2 in zip(posts, posts[1:]):
        q = p1.person
        if q is None or p1.org is None or p1.foreign or p2.person is None or p2.after_name \
                or p2.org is not None or p2.implied_org or p2.region_start is not None \
                or p2.scope != "none" or p2._units:
            continue
        gap = [t.text for t in toks[q.tok_end:p2._tok_start]]
        if not gap or (all(w in {",", "dan", "serta"} for w in gap) and gap[0] == ","):
            p2.org = p1.org


LIST_MARKERS = {"yakni", "yaitu", "masing-masing"}


def _listed_holders(toks, posts: list[Post], people: list[Person]) -> list[Post]:
    """"tiga penyidik KPK yang juga dihadirkan ..., yakni A, B, dan C": a post with its
    organisation but no name, then a list of names after yakni/yaitu: each holds it."""
    by_start = {p.tok_start: p for p in people}
    titled = {id(p.person) for p in posts if p.person is not None}
    starts = {p._tok_start for p in posts}
    out = []
    for post in posts:
        if post.person is not None or post.foreign or not (post.org or post.implied_org):
            continue
        k = end = post._tok_end
        while k < len(toks) and k - end < 12 and toks[k].text not in LIST_MARKERS \
                and toks[k].text not in {".", ";", ":"} and k not in starts and k not in by_start:
            k += 1
        if k >= len(toks) or toks[k].text not in LIST_MARKERS:
            continue
        k += 1
        found = []
        while k in by_start and id(by_start[k]) not in titled:
            q = by_start[k]
            found.append(q)
            k = q.tok_end
            while k < len(toks) and toks[k].text in {",", "dan", "serta"}:
                k += 1
        if not found:
            continue
        post.person = found[0]
        out += [replace(post, person=q) for q in found[1:]]
        titled.update(id(q) for q in found)
    return out


@lru_cache(maxsize=1)
def _expansions() -> frozenset[str]:
    lex = load()
    return frozenset({a.expansion for a in lex.agencies.values()}
                     | {t.org for t in lex.titles.values()})


CONNECTIVES = {"Namun", "Kemudian", "Sementara", "Selain", "Sebelumnya", "Sedangkan", "Adapun",
               "Selanjutnya", "Padahal", "Bahkan", "Akhirnya", "Saat", "Ketika", "Tapi", "Tetapi",
               "Jadi", "Oleh", "Karena", "Dengan", "Untuk", "Menurut", "Sebab", "Lalu", "Kini",
               "Meski", "Walau", "Hingga", "Sejak", "Setelah", "Sebelum", "Hari", "Pada"}


def _bare_name_before(sentence: Sentence, j: int, covered) -> Person | None:
    """`Halikinnor, Bupati Kotim, ...` without NER: the capitalized run before the marker."""
    toks = sentence.tokens
    if j < 2 or _is_headline(toks):
        return None
    if toks[j - 1].text == ",":
        end = j - 1
    elif toks[j - 1].text in {"selaku", "sebagai"}:
        end = j - 2 if toks[j - 2].text == "," else j - 1
    else:
        return None
    a = end
    while a > 0 and end - a < 4 and toks[a - 1].text[:1].isupper() and (a - 1) not in covered \
            and not org_start_at(toks, a - 1) and not _title_at(toks, a - 1, False) \
            and not _rank_at(toks, a - 1) and not toks[a - 1].text.isupper():
        a -= 1
    if a == end or toks[a].text in CONNECTIVES or toks[a].text in NOT_NAMES:
        return None
    if a > 0 and is_cap(toks[a - 1].text) and not _rank_at(toks, a - 1):
        return None   # part of a longer capitalized phrase (an organisation, a place)
    return _person(sentence, a, end, [], "appositive-rule", 0.6)


def _title_with_modifiers(post: Post) -> str:
    t = post.title
    if post.acting:
        t = post._acting_word + " " + t
    if post.former:
        t = "mantan " + t
    return t


def _apposition_owner(toks, j: int, by_end: dict):
    k = j - 1
    if k >= 1 and toks[k - 1].text == "salah" and toks[k].text in ("satu", "seorang"):
        k -= 2   # "Masinton Pasaribu, salah satu anggota Komisi III DPR"
    elif k >= 0 and toks[k].text == "seorang":
        k -= 1   # "Khamfai Yaowasri, seorang anggota kelompok ..."
    if k >= 0 and toks[k].text in APPOSITION:
        owner_end = k
    elif k >= 1 and (toks[k - 1].text, toks[k].text) in APPOSITION_2:
        owner_end = k - 1
    elif k >= 2 and toks[k].text == "sebagai" and (toks[k - 2].text, toks[k - 1].text) in APPOSITION_2:
        owner_end = k - 2
    else:
        return None
    # degrees between the name and the comma
    for end in range(owner_end, max(owner_end - 4, -1), -1):
        if end in by_end and all(toks[x].text == "," or _is_post_rank(toks[x].text)
                                 for x in range(end, owner_end)):
            return by_end[end]
    return None


# "X merupakan / adalah / menjabat (sebagai) / menduduki jabatan / menjadi TITLE ORG", with
# adverbs between the name and the verb ("saat ini", "pernah", "yang dahulu").
COPULA = {"merupakan", "adalah", "menjabat", "menjadi", "jabatan", "dilantik", "diangkat",
          "ditunjuk", "terpilih", "duduk", "dipercaya"}
COPULA_FILLER = {"saat", "ini", "itu", "kini", "sekarang", "juga", "pernah", "masih", "yang", "dahulu",
                 "dulu", "sempat", "telah", "sudah", "sebagai", "menduduki", "dilantik",
                 "diangkat", "ditunjuk", "terpilih", "sendiri", "akhirnya", "resmi", "kembali", ",",
                 "kala", "waktu", "ketika"}   # "Setya Novanto yang kala itu menjabat Ketua DPR"


def _copula_owner(toks, j: int, by_end: dict):
    """The person whose predicate the title at token j is: a copula verb right before the
    title and the name before it, with only adverbs between."""
    k = j - 1
    if k >= 0 and toks[k].text == "sebagai":
        k -= 1
    if k < 0 or toks[k].text not in COPULA:
        return None
    if toks[k].text == "jabatan" and (k == 0 or toks[k - 1].text != "menduduki"):
        return None
    if toks[k].text == "duduk" and toks[k + 1].text != "sebagai":
        return None   # "duduk sebagai Ketua Fraksi Golkar", not "duduk di ..."
    while k > 0 and k not in by_end and j - k < 7:
        if toks[k - 1].text not in COPULA_FILLER and toks[k - 1].text not in COPULA:
            return _held(toks, by_end.get(k), j)
        k -= 1
    return _held(toks, by_end.get(k), j)


# Capitalized words that open a sentence and are no one's name.
GROUP_WORDS = {"Mereka", "Kami", "Kita", "Saya", "Aku", "Anda", "Keduanya", "Ketiganya",
               "Semua", "Salah", "Sebagian", "Banyak", "Para"}


def _bare_copula_owner(sentence: Sentence, j: int, covered, ner) -> Person | None:
    """"Prof. Yusram adalah Ketua Dewan Guru Besar (DGB) IPB", "Miryam adalah mantan anggota
    DPR" without NER: the capitalized name that opens the sentence, then the copula."""
    toks = sentence.tokens
    k = j - 1
    if k >= 0 and toks[k].text == "sebagai":
        k -= 1
    if k < 1 or toks[k].text not in COPULA - {"jabatan", "duduk"}:
        return None
    while k > 1 and toks[k - 1].text in COPULA_FILLER | COPULA and j - k < 6:
        k -= 1
    end = a = k
    while a > 0 and end - a < 3 and is_cap(toks[a - 1].text) and (a - 1) not in covered \
            and not org_start_at(toks, a - 1) and not _title_at(toks, a - 1, False) \
            and not _rank_at(toks, a - 1) and not toks[a - 1].text.isupper() \
            and toks[a - 1].text[:1].isalpha():
        a -= 1
    if a == end or toks[a].text in CONNECTIVES | NOT_NAMES | PRONOUNS | BACKREF_NOUNS | GROUP_WORDS:
        return None
    w = toks[a].text.lower()
    if end - a == 1 and (w in COPULA | COPULA_FILLER | HYPOTHETICAL
                         or len(w) >= 7 and w.startswith(("me", "di", "ber", "ter"))):
        return None   # "Terpilih menjadi Sekjen PSSI, ..."
    b = a   # only ranks or honorifics ("Prof.", "Dr"), or a connective, before the name
    while b > 0 and _rank_at(toks, b - 1):
        b -= 1
    if b > 0 and not (b == 1 and toks[0].text in CONNECTIVES or b == 2 and toks[1].text == ","
                      and toks[0].text in CONNECTIVES):
        return None
    if any(m.type != "PER" and m.token_start < end and a < m.token_end for m in ner) \
            or " ".join(t.text for t in toks[a:end]) in load().countries | load().regions.keys():
        return None   # "Indonesia merupakan anggota PBB"
    if any(toks[x].text in HYPOTHETICAL for x in range(a, j)):
        return None
    return _person(sentence, a, end, [], "copula-rule", 0.6)


# Nouns that open a sentence about someone named before: "Pria yang ... itu".
BACKREF_NOUNS = {"Pria", "Wanita", "Perempuan", "Lelaki", "Sosok", "Politikus", "Politisi"}
# Verbs after which a name is what the person is called: "yang akrab disapa Novanto".
CALLED = {"disapa", "dipanggil", "bernama", "alias"}


def _subject_before(toks, j: int, people) -> bool:
    """Does a person named at the start of the sentence (its subject) stand before token j,
    with a verb between?"""
    return any(p.tok_end <= j and (p.tok_start == 0 or toks[p.tok_start - 1].text in CONNECTIVES
                                   or p.tok_start == 1 and toks[0].text == ",")
               and any(t.text[:1].islower() for t in toks[p.tok_end:j]) for p in people)


def _backref_subject(toks, j: int, people) -> bool:
    """Is the title at j the predicate of a sentence opening "Pria yang ... (itu|ini)" (the man
    named before), after a copula ("menjabat", "duduk sebagai")? A name inside the subject
    only counts after "disapa"/"bernama"."""
    if len(toks) < 4 or toks[0].text not in BACKREF_NOUNS or toks[1].text != "yang":
        return False
    k = j - 1
    if k > 1 and toks[k].text == "sebagai":
        k -= 1
    if k < 2 or toks[k].text not in COPULA - {"jabatan"}:
        return False
    if any(x.text in HYPOTHETICAL for x in toks[:j]):
        return False
    return all(p.tok_start > 0 and toks[p.tok_start - 1].text in CALLED
               for p in people if p.tok_end <= j)


PRONOUNS = {"ia", "dia", "beliau", "Ia", "Dia", "Beliau"}
DEMONSTRATIVES = {"itu", "tersebut", "ini"}
# "kata politisi yang juga ketua Fraksi X itu": the speaker of a quote, not the last name
SPEECH_VERBS = {"kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "imbuh", "tegas", "terang"}


# Lowercase words that open a clause: "..., nama yang tak asing bagi PSSI karena dia merupakan"
CLAUSE_CONJUNCTIONS = {"karena", "sebab", "namun", "tetapi", "tapi", "sedangkan", "padahal",
                       "sehingga"}


def _pronoun_subject(toks, j: int) -> bool:
    """Is the title at j the predicate of a subject pronoun opening the clause ("Ia merupakan
    anggota DPR", "Sebelumnya dia adalah ...")?"""
    k = j - 1
    if k >= 0 and toks[k].text == "sebagai":
        k -= 1
    if k < 0 or toks[k].text not in COPULA - {"jabatan"}:
        return False
    while k > 0 and toks[k - 1].text in COPULA_FILLER and j - k < 6:
        k -= 1
    k -= 1
    if k < 0 or toks[k].text not in PRONOUNS:
        return False
    if any(toks[x].text in HYPOTHETICAL for x in range(k, j)):
        return False
    while k > 1 and toks[k - 1].text in {"ini", "kini", "sekarang"} \
            and toks[k - 2].text in {",", "saat", "Saat", "hingga", "Hingga"}:
        k -= 2 if toks[k - 2].text != "," else 1   # "Pasalnya, saat ini ia juga menjabat"
    return k == 0 or toks[k - 1].text in CONNECTIVES or toks[k - 1].text == "," \
        or toks[k - 1].text in CLAUSE_CONJUNCTIONS


# "kemungkinan Aziz menjadi Ketua DPR", "Jika nanti Titiek terpilih menjadi ketua umum": not held
HYPOTHETICAL = {"akan", "bakal", "kemungkinan", "jika", "Jika", "bila", "Bila", "apabila",
                "Apabila", "kalau", "Kalau", "ingin", "siap", "berpeluang", "diusulkan",
                "dicalonkan", "diprediksi", "berharap", "berambisi", "seandainya"}


def _held(toks, owner, j: int):
    if owner is None:
        return None
    window = range(max(0, owner.tok_start - 3), j)
    return None if any(toks[x].text in HYPOTHETICAL for x in window) else owner


def _modifier_at(toks, i: int) -> int:
    n = _title_at(toks, i)
    if not n:
        return 0
    e = _entry(toks, i, n)
    return n if e and e.role in ("acting", "former") else 0


def _person(sentence: Sentence, a: int, b: int, ranks, rule: str, conf: float) -> Person:
    toks = sentence.tokens
    # ranks right before the name ("AKBP H. Mohammad Rommel")
    j = a
    pre = []
    while j > 0:
        r = _rank_at(toks, j - 1)
        if r is None and j > 1:
            two = _rank_at(toks, j - 2)
            r = two if two and len(two.split()) == 2 else None
        if not r:
            break
        pre.insert(0, r)
        j -= len(r.split())
    end_tok, degrees = _trailing_degrees(toks, b)
    name = " ".join(t.text for t in toks[a:b])
    return Person(sentence.index, toks[a].start, toks[b - 1].end, toks[j].start,
                  toks[end_tok - 1].end, name, a, b, pre + ranks + degrees, [], rule, conf)


# Last words of organisations, places and prizes named after people.
NAMED_AFTER = {"Foundation", "Institute", "Center", "Centre", "Group", "Corporation", "Corp",
               "Company", "Tbk", "Ltd", "Inc", "Cup", "Award", "Awards", "Stadium", "Hall",
               "University", "School", "Club", "FC", "Party", "Airport", "Memorial",
               "Authority", "Agency", "Council", "Committee", "Commission", "Association",
               "Alliance", "Union", "Federation", "Network", "Coalition", "League", "Society"}


# Words that go on with an organisation's name rather than start a person's
# ("[Boca] Juniors", "[Persib] United").
ORG_TAILS = NAMED_AFTER | {"Juniors", "United", "City", "Indonesia", "Utama", "Jaya"}


def plausible_person(sentence: Sentence, m: Mention) -> bool:
    """Is a NER PER mention a person name? Not an agency or region piece ("Transmigrasi Kotim",
    "Kabupaten Kebumen"), not a number."""
    toks = sentence.tokens
    a, b, _, titles = clean_person(sentence, m.token_start, m.token_end)
    if b - a == 1 and (_title_at(toks, a, False) or _rank_at(toks, a)):
        return False   # "kata Kapolres": a title, not a name
    e = m.token_end + (1 if m.token_end < len(toks) and toks[m.token_end].text == "," else 0)
    if titles and _rank_at(toks, e):
        return False   # "[Kapolsek Antang Kalang], Iptu Afif Hasan": the title's district
    if region_at(toks, a) >= b - a and (titles or (a > 0 and _title_at(toks, a - 1, False))):
        return False   # "Kapolres [Ogan Komering Ulu] (OKU)": the title's region
    if not _name_like(toks, a, b) or toks[a].text in NOT_OFFICE:
        return False   # "[Inpres Megawati]": a document
    if toks[b - 1].text in NAMED_AFTER:
        return False   # "[Sutrisno Bachir Foundation]": named after a person, not one
    if b - a >= 2 and region_at(toks, b - 1) == 1 and a > 0 and a == m.token_start and \
            (toks[a - 1].text in ("dan", "serta") or is_cap(toks[a - 1].text)):
        return False   # "... Tenaga Kerja dan | Transmigrasi Kotim"
    return True


def _is_headline(toks) -> bool:
    """Title Case lines (headlines, captions): capitals there say nothing about names."""
    words = [t.text for t in toks if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _name_like(toks, a: int, b: int) -> bool:
    """A person name starts with a letter and is not an organisation or region opener."""
    if a >= b or not toks[a].text[:1].isalpha() or not toks[a].text[:1].isupper():
        return False
    if org_start_at(toks, a) or toks[a].text in ("Kabupaten", "Kota", "Provinsi", "Kecamatan"):
        return False
    return not any(_rank_at(toks, j) and load().ranks.get(toks[j].text.rstrip("."), load().ranks.get(
        toks[j].text)) is not None and "rank" in _rank_type(toks[j].text) for j in range(a + 1, b))


def _rank_type(w: str) -> str:
    ranks = load().ranks
    e = ranks.get(w) or ranks.get(w.rstrip("."))
    return e.type if e else ""


def _parse_phrase(sentence: Sentence, i: int, org_at, loc_at, nerorg_at, person_at, covered,
                  headline: bool = False, known_orgs: frozenset[str] = frozenset(),
                  defined: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()):
    toks = sentence.tokens
    start = i
    acting = former = False
    acting_word = ""
    while True:
        n = _modifier_at(toks, i)
        if not n:
            break
        e = _entry(toks, i, n)
        if e.role == "acting":
            acting, acting_word = True, toks[i].text
        else:
            former = True
        i += n
    n = _title_at(toks, i)
    if not n:
        return None, i
    entry = _entry(toks, i, n)
    if entry is None or entry.role in ("acting", "former"):
        return None, i
    if _not_office(toks, start):
        return None, i + n
    if entry.org == "Sekretariat Kabinet" and i > 0 and toks[i - 1].text == "Kepala":
        return None, i + n   # "Kepala Sekretaris Kabinet" is Japan's Chief Cabinet Secretary
    if toks[i].text.lower() == "pimpinan" and (
            i > 0 and toks[i - 1].text == "bawah" or _title_at(toks, i + n, False)
            or i + n >= len(toks) or not (toks[i + n].text in UNIT_WORDS
                                          or toks[i + n].text in COLLEGIAL)):
        # "di bawah pimpinan Presiden Joko Widodo": under someone's lead, not a post; a seat
        # in a collegial leadership is written before a unit or such a body ("pimpinan Komisi
        # II DPR", "pimpinan KPK"); "pimpinan FPI Rizieq Shihab" is its leader, not a post
        return None, i + n
    kw_start = i
    parts = [" ".join(t.text for t in toks[i:i + n])]
    role, org_prefix, scope = entry.role, entry.org, entry.scope
    if start == i and i > 0 and toks[i - 1].text in DEPUTY_WORDS:
        parts.insert(0, toks[i - 1].text)   # "VP Direktur PT X": a deputy, not the head
        role = "post"
    elif start == i and i > 1 and (toks[i - 2].text, toks[i - 1].text) in STAFF_WORDS:
        parts.insert(0, f"{toks[i - 2].text} {toks[i - 1].text}")
        role = "post"
    i += n
    # "Wakil Kapolres", "Juru Bicara Presiden": a second title word joins the first
    # (lowercase only after a lowercase one: "deputi sekjen PSSI")
    n2 = _title_at(toks, i, allow_lower=toks[kw_start].text[:1].islower()
                   or (i < len(toks) and toks[i].text == "kepala"))   # "Pelatih kepala X"
    if n2 and i not in person_at:
        e2 = _entry(toks, i, n2)
        if e2 and e2.org == "Sekretariat Kabinet" and parts == ["Kepala"]:
            return None, i + n2   # (see above)
        if e2 and e2.role not in ("acting", "former") and i not in org_at:
            parts.append(" ".join(t.text for t in toks[i:i + n2]))
            if role == "head":
                role = e2.role
            org_prefix, scope = (e2.org, e2.scope) if e2.org else (org_prefix, scope)
            i += n2
    if i + 1 < len(toks) and toks[i].text in ("dan", "&", "sekaligus") \
            and toks[i + 1].text.lower() in FOUNDER_WORDS:
        parts.append(f"{toks[i].text} {toks[i + 1].text}")
        i += 2   # "CEO dan pendiri Grab, Anthony Tan", "CEO dan Co-Founder Modalku Reynold Wijaya"
    while i + 1 < len(toks) and toks[i].text in LOWER_MODIFIERS and is_cap(toks[i + 1].text) \
            and i + 1 not in person_at:
        parts[-1] += f" {toks[i].text}"
        if toks[i].text in ("teknik", "teknis", "olahraga", "harian"):
            role = "post"   # the director of a field, not of the whole; "ketua harian"
        i += 1   # "direktur olahraga Bayern, Hasan Salihamidzic", "penyidik senior KPK"
    kw_end = i
    while i < len(toks) and _ORDINAL_RE.fullmatch(toks[i].text.lower()):
        i += 1   # "Presiden keenam Susilo Bambang Yudhoyono", "Presiden RI Ke-5 Megawati"
    if i + 1 < len(toks) and i == kw_end and toks[i].text in _SEAT_NUMBERS and role == "post" \
            and (i + 1 in person_at or is_cap(toks[i + 1].text)):
        parts[-1] += f" {toks[i].text}"
        i += 1   # "Wakil Bendahara umum 2 Rachel Maryam": the second of several such posts
    unit_words: list[str] = []
    unit_start = i
    orgs: list[Agency] = []
    region = None
    rs = re_ = None
    person = None
    to_parent = False   # the unit's parent follows after "pada" or a field list
    k = i
    while k < len(toks):
        t = toks[k]
        if k in person_at:
            person = person_at[k]
            break
        if k in org_at:
            o, m = org_at[k], nerorg_at.get(k)
            if m is not None and o.name.startswith("PT ") and m.token_end > o.token_end \
                    and m.token_end in person_at:
                # "Komisaris [PT Persib Bandung Bermartabat] Kuswara": NER's longer company name
                o = Agency(m.start, m.end, m.text, " ".join(m.text.split()), None, None, None,
                           m.token_start, m.token_end, False, "ner")
            orgs.append(o)
            k = o.token_end
            continue
        if (orgs or region or unit_words) and t.text in ("Jilid", "Periode") and k + 1 < len(toks) \
                and (toks[k + 1].text.isdigit() or _ROMAN_RE.fullmatch(toks[k + 1].text)):
            k += 2   # "Ketua KPK Jilid I", "Ketua DPR Periode 2009"
            continue
        if (orgs or region or unit_words) and _ORDINAL_RE.fullmatch(t.text.lower()) \
                or t.text in STANDING and (orgs or region or unit_words or k == kw_end) \
                or t.text.lower() in STANDING and k == kw_end and k + 1 in org_at:
            # "Presiden RI Ke-5 Megawati", "Presiden RI petahana Joko Widodo", "Rektor
            # Terpilih IPB"
            k += 1
            continue
        if orgs and k == orgs[-1].token_end and k + 1 < len(toks):
            nxt = org_at.get(k + 1)
            if t.text == "pada" and orgs[-1].unit and nxt is not None:
                k, to_parent = k + 1, True   # "Kasubdit X Direktorat ... pada Direktorat Jenderal Pajak"
                continue
            if t.text == "dari" and nxt is not None and (toks[k + 1].text == "Fraksi"
                                                          or is_party(toks, k + 1)):
                k = nxt.token_end   # "anggota Komisi II DPR dari Fraksi Golkar Markus Nari"
                continue
            if t.text == "dari" and role == "post" and orgs[-1].name.startswith(_LEGISLATURES) \
                    and (k + 1 in loc_at or region_at(toks, k + 1)) and k + 1 not in person_at:
                # "Anggota DPD RI dari Papua, Charles Simare Mare": the member's constituency
                k = loc_at[k + 1].token_end if k + 1 in loc_at else k + 1 + region_at(toks, k + 1)
                continue
            if t.text.lower() == "bidang" and orgs[-1].unit:
                e = _field_list_end(toks, k + 1)
                if e in org_at:   # "Komisi IX bidang Tenaga Kerja, ..., dan Kesehatan DPR RI"
                    k, to_parent = e, len(orgs) == 1
                    continue
        if orgs and k == orgs[-1].token_end and t.text == "dari" and k + 2 < len(toks) \
                and toks[k + 1].text == "fraksi" and (k + 2 in org_at or k + 2 in nerorg_at):
            # "anggota Komisi V DPR dari fraksi Partai Amanat Nasional (PAN) Andi Taufan Tiro"
            k = _ner_org_end(sentence, org_at.get(k + 2) or nerorg_at[k + 2], person_at,
                             covered, known_orgs)   # (only skipped: the post is the parliament's)
            k += _bracket_len(toks, k)
            continue
        if orgs and k == orgs[-1].token_end and t.text == "kubu" and k + 1 < len(toks) \
                and is_cap(toks[k + 1].text):
            # "Wakil Ketua DPP Partai Hanura kubu Ambhara, Sudewo": the party's faction
            k = person_at[k + 1].tok_end if k + 1 in person_at else k + 1
            while k < len(toks) and is_cap(toks[k].text) and k not in person_at:
                k += 1
            continue
        if unit_words and unit_words[0] in COMMITTEES and not orgs and t.text == "terhadap" \
                and k + 1 in org_at:
            k += 1   # "Wakil Ketua Pansus Hak Angket terhadap KPK Masinton Pasaribu"
            continue
        if orgs and k == orgs[-1].token_end and orgs[-1].name.split()[0] in COMMITTEES \
                and t.text == "terhadap" and k + 1 in org_at:
            k = org_at[k + 1].token_end   # ... with "Pansus Hak Angket" found by NER
            continue
        if unit_words and not orgs and t.text == "pada" and k + 1 in org_at:
            k, to_parent = k + 1, True   # "Direktur Jenderal Pembinaan ... pada Kemenakertrans"
            continue
        if unit_words and not orgs and t.text == "pada" and k + 1 < len(toks) \
                and _MINISTRY_SHORT_RE.fullmatch(toks[k + 1].text) and k + 1 not in person_at:
            # ... with a ministry's short form that the lexicon does not list
            u = toks[k + 1]
            orgs.append(Agency(u.start, u.end, u.text, u.text, None, None, None, k + 1, k + 2,
                               False, "title-unit"))
            k, to_parent = k + 2, True
            continue
        if t.text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")" \
                and toks[k + 1].text[:1].isupper():
            k += 3   # "Menteri Koordinator ... (Menko PMK) Puan Maharani"
            continue
        if orgs and (t.text == "Tbk" or t.text == "," and k + 1 < len(toks)
                     and toks[k + 1].text in ("Tbk", "Tbk.")) \
                and (k == orgs[-1].token_end or _bracket_gap(toks, orgs[-1].token_end, k)):
            k += 1 if t.text == "Tbk" else 2   # "Direktur Utama PT Jasa Marga (Persero), Tbk, X"
            if k < len(toks) and toks[k].text == ".":
                k += 1
            continue
        if orgs and k == orgs[-1].token_end and orgs[-1].name in PARTY_BOARDS and k in nerorg_at \
                and len(orgs) == 1 and k not in person_at \
                and nerorg_at[k].token_end - k > 1:   # (not "Ketua DPD [Oesman] Sapta Odang")
            # "Ketua DPD [PDI Perjuangan Jatim], Kusnadi": the party's board, one organisation
            o, m = orgs[-1], nerorg_at[k]
            e = _ner_org_end(sentence, m, person_at, covered, known_orgs)
            name = " ".join([o.name] + [x.text for x in toks[k:e]])
            orgs[-1] = Agency(o.start, toks[e - 1].end, name, name, None, None, None,
                              o.token_start, e, False, "ner")
            k = e
            continue
        if orgs and k == orgs[-1].token_end and t.text in COMPANY_TAILS and t.text != "Tbk":
            o = orgs[-1]   # "CEO [MDI] Ventures Nicko Widjaja": the company's last word
            m = f"{o.name} {t.text}"
            orgs[-1] = Agency(o.start, t.end, m, m, o.region, o.region_start, o.region_end,
                              o.token_start, k + 1, o.unit, o.rule)
            k += 1
            continue
        if orgs and t.text == "dari" and _bracket_gap(toks, orgs[-1].token_end, k) \
                and k + 1 in org_at and (toks[k + 1].text == "Fraksi" or is_party(toks, k + 1)):
            k = org_at[k + 1].token_end   # "Anggota Dewan Perwakilan Rakyat (DPR) dari Partai Hanura, X"
            continue
        if t.text == "(" and orgs and k == orgs[-1].token_end and _bracket_len(toks, k) > 3:
            k += _bracket_len(toks, k)   # "Anggota Satuan Polisi Pamong Praja (Satpol PP) Makassar"
            continue
        if t.text == "fraksi" and not orgs and not unit_words and k + 1 < len(toks) \
                and (k + 1 in org_at or k + 1 in nerorg_at) and k + 1 not in person_at:
            # "anggota fraksi Hanura, Miryam S Haryani": the faction, written in lowercase
            e = (org_at.get(k + 1) or nerorg_at[k + 1]).token_end
            m = "Fraksi " + " ".join(x.text for x in toks[k + 1:e])
            orgs.append(Agency(t.start, toks[e - 1].end, m, m, None, None, None, k, e, True,
                               "title-unit"))
            k = e
            continue
        if k in nerorg_at and not orgs and not (scope == "portfolio" and not org_start_at(toks, k)) \
                and not (scope == "region" and org_prefix and region_at(toks, k)
                         and not org_start_at(toks, k)):   # "Kapolda [Metro Jaya]": a region
            m = nerorg_at[k]
            inner = next((j for j in range(k + 1, m.token_end) if j in org_at
                          and org_at[j].token_end == m.token_end), None)
            if inner is not None and not unit_words and all(
                    is_cap(toks[j].text) for j in range(k, inner)):
                # "Kepala [Pusat Komunikasi Publik Kemenhan]": a unit named before its parent
                unit_start = k
                unit_words += [toks[j].text for j in range(k, inner)]
                k = inner
                continue
            e = _ner_org_end(sentence, m, person_at, covered, known_orgs)
            if e < m.token_end:   # "[Partai Hanura Miryam] [S Haryani]": the name's first word
                person = person_at[e]
                t2 = toks[e - 1]
                orgs.append(Agency(m.start, t2.end, sentence.text[m.start - sentence.start:t2.end - sentence.start],
                                   " ".join(x.text for x in toks[m.token_start:e]), None, None,
                                   None, m.token_start, e, False, "ner"))
                k = e
                continue
            orgs.append(Agency(m.start, m.end, m.text, " ".join(m.text.split()), None, None, None,
                               m.token_start, m.token_end, False, "ner"))
            k = m.token_end
            continue
        # "Anggota DPRD Kabupaten Kebumen Dian Lestari": a region right after a bare org
        after_org = bool(orgs) and orgs[-1].region is None and (
            k == orgs[-1].token_end or _bracket_gap(toks, orgs[-1].token_end, k))
        if region is None and (not orgs or after_org) and (k in loc_at or region_at(toks, k)):
            e = loc_at[k].token_end if k in loc_at else k + region_at(toks, k)
            r = region_at(toks, k)
            if r and k + r < e:   # NER ran the region into the name: "[Sulawesi Tenggara Nur Alam]"
                e = k + r
            cut = next((j for j in range(k + 1, e) if j in person_at or _rank_at(toks, j)), None)
            if cut is not None:   # ... or into the rank: "[Simpang Kramat Ipda] Abdul Azis"
                e = cut
            if t.text in ("Provinsi", "Kabupaten", "Kota") and e - k > 2:
                # "Provinsi Jambi | Arfan": the capitals after a known region are the name
                known = [m for m in range(k + 2, e + 1) if " ".join(x.text for x in toks[k + 1:m])
                         in load().regions]
                if known:
                    e = known[-1]
            region, rs, re_ = sentence.text[t.start - sentence.start:toks[e - 1].end - sentence.start], \
                t.start, toks[e - 1].end
            k = e
            continue
        if _rank_at(toks, k):
            break
        if t.text == "," and unit_words and not orgs and region is None and _unit_list_goes_on(
                toks, k, org_at, nerorg_at, person_at):
            # "Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo": a list of fields in the
            # unit's name, ended by "dan" and the organisation
            unit_words[-1] += ","
            k += 1
            continue
        if t.text == ",":
            break
        if role == "post" and unit_words and not orgs and region is None and k not in person_at \
                and _title_at(toks, k, False):
            n3 = _title_at(toks, k, False)
            e3 = _entry(toks, k, n3)
            if e3 is not None and e3.role == "head" and e3.org and e3.scope == "none":
                # "Asisten Operasi Kapolri Irjen X": the assistant's, not the Kapolri's name
                parts += unit_words + [" ".join(x.text for x in toks[k:k + n3])]
                unit_words = []
                org_prefix, scope = e3.org, e3.scope
                k += n3
                continue
        if unit_words and not orgs and region is None and is_cap(t.text) \
                and _acronym_end(toks, k):
            # "Kepala Bagian Tata Usaha | Balai Konservasi Sumber Daya Alam (BKSDA) NTB": a
            # name defined by its acronym after the unit words is the organisation
            e = _acronym_end(toks, k)
            m = " ".join(x.text for x in toks[k:e])
            orgs.append(Agency(t.start, toks[e - 1].end, m, m, None, None, None, k, e, False,
                               "title-unit"))
            k = e
            continue
        if is_cap(t.text) and not orgs and region is None and not _title_at(toks, k, False) \
                and (len(unit_words) < (6 if unit_words[:1] == ["Bidang"] or scope == "portfolio" else 4)
                     or len(unit_words) < 8 and scope == "none"
                     and _org_ahead(toks, k, org_at, nerorg_at, person_at, 8 - len(unit_words))):
            # (a long unit name is read on when an organisation ends it: "Direktur Jenderal
            # Penguatan Daya Saing Produk Kelautan dan Perikanan KKP Nilanto Perbowo")
            if not unit_words:
                unit_start = k
            unit_words.append(t.text)
            k += 1
            continue
        if t.text == "bidang" and k == kw_end and scope == "none" and not unit_words and not orgs:
            e = k + 1
            while e < len(toks) and e - k <= 6 and toks[e].text.isalpha() \
                    and toks[e].text.islower() and e not in org_at and toks[e].text != "pada":
                e += 1
            f = e + 1 if e < len(toks) and toks[e].text == "pada" and e - k >= 2 else e
            if e - k >= 2 and (f in org_at or f in nerorg_at) and f not in person_at:
                # "Wakil Sekretaris bidang pemenangan pemilu DPD I Partai Golkar Provinsi
                # Gorontalo, Ghalieb Lahidjun", "Kepala bidang penelitian pada South Asia
                # Democratic Forum": the field in lowercase, then the organisation
                unit_start = k
                unit_words += [x.text for x in toks[k:e]]
                k = f
                continue
        if t.text == "bidang" and scope == "portfolio" and not unit_words and not orgs \
                and k + 1 < len(toks) and is_cap(toks[k + 1].text) and k + 1 not in person_at:
            unit_start = k   # "Menteri Koordinator bidang Pembangunan Manusia dan Kebudayaan"
            unit_words.append("Bidang")
            k += 1
            continue
        if t.text == "dan" and scope == "none" and unit_words \
                and k + 1 < len(toks) and is_cap(toks[k + 1].text) and k + 1 not in person_at \
                and not _title_at(toks, k + 1, False) and not org_start_at(toks, k + 1) \
                and k + 2 < len(toks) and (k + 2 in org_at or k + 2 in nerorg_at
                                           or is_cap(toks[k + 2].text) and k + 3 in org_at):
            # "Direktur Jenderal Pendidikan Dasar dan Menengah Kemdikbud, Hamid Muhammad": the
            # unit's name goes on after "dan" up to the organisation
            unit_words.append(t.text)
            k += 1
            continue
        if t.text == "dan" and scope == "portfolio" and unit_words and k + 1 < len(toks) \
                and is_cap(toks[k + 1].text) and k + 1 not in person_at \
                and not _title_at(toks, k + 1, False):
            unit_words.append(t.text)   # "Menteri Pendidikan dan Kebudayaan Muhadjir Effendy"
            k += 1
            continue
        break
    end_tok = k
    # the name: a NER person here, or after `,` / ranks, or capitals right after the phrase
    if person is None:
        j = k
        paren = False
        if j < len(toks) and toks[j].text == "," and not (
                start > 0 and toks[start - 1].text in OWNED_BEFORE):
            # (not "Saat Slamet menjabat sebagai Ketua X, Asma Dewi ...": the title is Slamet's)
            j += 1
            r2 = region_at(toks, j) if region else 0
            if r2 and j + r2 + 1 < len(toks) and toks[j + r2].text == ",":
                j += r2 + 1   # "Bupati Hulu Sungai Tengah, Kalimantan Selatan, Abdul Latif"
        elif j + 1 < len(toks) and toks[j].text == "(" and not headline:
            j, paren = j + 1, True   # "Ketua Umum PSSI (Edy Rahmayadi)"
        elif j + 1 < len(toks) and toks[j].text == "yang" and toks[j + 1].text == "bernama":
            j += 2   # "Direktur PT Osma Grup yang bernama Hartoyo"
        r0 = j
        while j < len(toks) and _rank_at(toks, j):
            j += len(_rank_at(toks, j).split())
        if paren:
            if j in person_at and person_at[j].tok_end < len(toks) and \
                    toks[person_at[j].tok_end].text == ")":
                person = person_at[j]
            elif j not in covered:
                e = _name_run(toks, j, covered)
                if e > j and e < len(toks) and toks[e].text == ")" and \
                        not (e - j == 1 and toks[j].text.isupper()):
                    person = _person(sentence, j, e, [], "title-rule", 0.6)
        elif j in person_at:
            person = person_at[j]
        elif j < len(toks) and j not in covered and not headline:
            e = _name_run(toks, j, covered)
            after = person_at.get(e + 1) if e + 1 < len(toks) else None
            if e == j + 1 and j == k and orgs and orgs[-1].token_end == j \
                    and orgs[-1].name.startswith("PT ") and e + 1 < len(toks) \
                    and toks[e].text == "," and (after is not None or e + 1 not in covered
                                                 and _name_run(toks, e + 1, covered) > e + 2):
                # "Komisaris PT Persib Bandung Bermartabat, Kuswara S. Taryono": the word
                # before the comma ends the company's name; the name follows the comma
                o = orgs[-1]
                m = f"{o.name} {toks[j].text}"
                orgs[-1] = Agency(o.start, toks[j].end, m, m, o.region, o.region_start,
                                  o.region_end, o.token_start, e, o.unit, o.rule)
                end_tok = e
                person = after or _person(sentence, e + 1, _name_run(toks, e + 1, covered), [],
                                          "title-rule", 0.7)
            elif e == j + 1 and e in person_at and (orgs or region) and toks[j].text.isalpha() \
                    and toks[j].text[1:].islower() and not (
                        orgs and " " not in orgs[-1].name
                        and f"{orgs[-1].name} {toks[j].text}" in known_orgs):
                person = _extend_person(sentence, person_at, covered, person_at[e], j)
            elif e > j and (j > r0 or toks[k].text == "," if k < len(toks) else False or orgs or region):
                person = _person(sentence, j, e, [], "title-rule", 0.7)
            elif e > j and (orgs or region) and e - j >= 1:
                person = _person(sentence, j, e, [], "title-rule", 0.6)
        if person is None and scope == "region" and region is None and not orgs and unit_words \
                and not headline and (k >= len(toks) or not (_rank_at(toks, k) or toks[k].text == ",")):
            # "Presiden Joko Widodo": no region after the title, so the capitals are the name
            e = _name_run(toks, unit_start, covered)
            if e > unit_start:
                person = _person(sentence, unit_start, e, [], "title-rule", 0.6)
                unit_words = []
        if person is None and scope == "portfolio" and len(unit_words) >= 2:
            # no NER: split "Menteri Sosial Khofifah Indar" after a known portfolio
            for cut in range(len(unit_words) - 1, 0, -1):
                if f"{org_prefix} {' '.join(unit_words[:cut])}" in _expansions():
                    a = i + cut
                    e = _name_run(toks, a, covered)
                    if e > a:
                        person = _person(sentence, a, e, [], "title-rule", 0.6)
                        unit_words = unit_words[:cut]
                        end_tok = a
                    break
    if person is not None and scope == "region" and region is None and not orgs and unit_words \
            and org_prefix in DISTRICT_ORGS and person.tok_start > end_tok:
        # "Kapolsek Antang Kalang Iptu Afif Hasan", "Camat Baamang, X": the capitals between the
        # title and the ranks or comma before the name are the (district) region
        region = " ".join(unit_words)
        rs, re_ = toks[unit_start].start, toks[unit_start + len(unit_words) - 1].end
        unit_words = []
    if person is not None and scope == "region" and org_prefix in DISTRICT_ORGS and region is None \
            and not orgs and not unit_words and person.tok_start == end_tok == kw_end \
            and person.tok_end + 1 < len(toks) and toks[person.tok_end].text == "," \
            and org_start_at(toks, person.tok_end + 1):
        # "Kapolsek Kurik, Polres Merauke": the word after the title is the district
        region, rs, re_ = person.name, person.start, person.end
        person = None
    if person is not None and orgs and person.tok_start == orgs[-1].token_end \
            and toks[orgs[-1].token_end - 1].text in ("Provinsi", "Kabupaten", "Kota"):
        person = None   # "Korps Penjaga Provinsi | Kerman": the region, not a name
    if not orgs and unit_words and known_orgs and scope == "none":
        # "Wakil Ketua Setara Institute Bonar Tigor Naipospos": an organisation that NER
        # named elsewhere in the article stands among the capitals after the title
        found = _known_org_in(toks, unit_start, unit_start + len(unit_words), known_orgs)
        if found is not None:
            a, b = found
            unit_end = unit_start + len(unit_words)
            rest = b < unit_end
            if not rest or (person is not None and person.tok_start == unit_end
                            and unit_end - b == 1 and toks[b].text[1:].islower()):
                if rest:   # the name's first word, which NER left out
                    person = _extend_person(sentence, person_at, covered, person, b)
                m = " ".join(t.text for t in toks[a:b])
                orgs.append(Agency(toks[a].start, toks[b - 1].end, m, m, None, None, None, a, b,
                                   False, "ner"))
                unit_words = unit_words[:a - unit_start]
                end_tok = max(end_tok, b)
    a = person.tok_start - 1 if person is not None else -1
    if a >= 0 and toks[a].text in names and len(unit_words) >= 2 and not orgs \
            and a == unit_start + len(unit_words) - 1 and person.tok_start == end_tok:
        # "Direktur Jenderal Pengelolaan Ruang Laut Brahmantya [Satyamurti Poerwadi]": the
        # article calls him "Brahmantya" elsewhere, so that word is the name's, not the unit's
        person = _extend_person(sentence, person_at, covered, person, a)
        unit_words = unit_words[:-1]
        end_tok = a
    lead = 0   # "Direktur Eksekutif Poltracking": words of the title before the organisation
    while lead < len(unit_words) - 1 and unit_words[lead] in TITLE_MODIFIERS \
            and toks[unit_start + lead].text == unit_words[lead]:
        lead += 1
    rest = unit_words[lead:]
    if not orgs and rest and scope == "none" and not org_prefix and region is None \
            and (person is not None and person.tok_start == end_tok
                 or person is None and start > 0 and toks[start - 1].text in OWNED_BEFORE
                 and (end_tok >= len(toks) or toks[end_tok].text in {",", ".", "(", ";"})) \
            and (rest[0] not in SUBUNIT_WORDS | NOT_ORG_WORDS
                 or " ".join(rest[:2]) in COMMITTEE_NAMES) and not headline \
            and rest[0][:1].isalpha() and " ".join(rest) not in CENTRAL_BOARDS \
            and (len(rest) > 1 or lead or _acronym_like(rest[0]) or rest[0] in known_orgs
                 or " ".join(parts) in COMPANY_HEADS and rest[0] not in names
                 and person is not None and person.tok_end - person.tok_start >= 2) \
            and not any(_title_at(toks, j, False) or _rank_at(toks, j)
                        for j in range(unit_start + lead, end_tok)) \
            and not _defines_title(toks, unit_start, end_tok, parts + unit_words):
        # "Ketua Umum Parfi 1956 Marcella", "CEO EV Hive Carlson Lau": the capitals between
        # the title and the name are the organisation
        a, b = unit_start + lead, end_tok
        m = " ".join(rest)   # without a bracketed acronym: "Panitia Khusus (Pansus) RUU Minol"
        orgs.append(Agency(toks[a].start, toks[b - 1].end, m, m, None, None, None, a, b, False,
                           "title-unit"))
        parts = parts + unit_words[:lead]
        unit_words = []
    title = " ".join(parts + (unit_words if (orgs or scope != "portfolio") else []))
    org = None
    implied = None
    foreign = False
    if orgs and scope == "portfolio" and org_prefix.startswith("Kementerian") and not unit_words \
            and orgs[0].rule != "ner" and not orgs[0].name.startswith(("Kementerian", "Kemen")) \
            and orgs[0].token_start == kw_end \
            and orgs[0].name.split()[0] in ("Badan", "Lembaga", "Bidang"):
        unit_words = orgs[0].name.split()   # "Menteri Badan Usaha Milik Negara (BUMN) Rini"
        orgs = []
    if orgs:
        org = orgs[0]
        unit = org.unit or (org.rule == "ner" and org.name.split()[0] in UNIT_WORDS | SUB_UNITS)
        if len(orgs) == 1 and org.name.split()[0] == "Bidang" and role == "post":
            # "Wakil Rektor Bidang Akademik dan Kemahasiswaan", "Asisten Daerah Bidang III
            # Provinsi Jambi": the field is part of the title; a province after it is the org
            reg = org.region
            name = org.name if reg is None else \
                " ".join(sentence.text[org.start - sentence.start:org.region_start - sentence.start].split())
            title = f"{title} {re.sub(r' (?:Pro[pv]insi|Kabupaten|Kota)$', '', name)}"
            org, orgs = None, []
            if reg is not None and _province(reg):
                implied = "Pemprov " + re.sub(r"^Pro[pv]insi ", "", " ".join(reg.split()))
        elif unit and len(orgs) > 1 and (orgs[1].token_start == org.token_end or to_parent
                                       or _bracket_gap(toks, org.token_end, orgs[1].token_start)):
            # "Ketua Umum DPP Partai X", "Ketua Umum PP PBSI": the chair of the central board
            # heads the organisation; any other title in a unit is a post in its parent
            chair = parts == ["Ketua Umum"] and org.name in CENTRAL_BOARDS
            title = title if chair else f"{title} {org.name}"
            org = orgs[1]
            role = role if chair else "post"
            n = 2   # "Kepala Bagian Mitra Biro Penmas Humas Mabes Polri": units of units
            while org.unit and n < len(orgs) and (orgs[n].token_start == org.token_end
                                                  or _bracket_gap(toks, org.token_end, orgs[n].token_start)):
                title, org, role = f"{title} {org.name}", orgs[n], "post"
                n += 1
        elif unit_words and unit_words[0] in COMMITTEES and org.rule != "ner" \
                and org.token_start - (unit_start + len(unit_words)) in (0, 1):
            # "Ketua Pansus KPK": a parliament's committee about the KPK, not a unit of it
            a = unit_start
            m = sentence.text[toks[a].start - sentence.start:org.end - sentence.start]
            org = Agency(toks[a].start, org.end, m, " ".join(m.split()), None, None, None, a,
                         org.token_end, False, "title-unit")
            title = " ".join(parts)
        elif unit_words and f"{' '.join(unit_words)} {org.name}" in defined \
                and org.token_start == unit_start + len(unit_words):
            # "Ketua Generasi Muda Partai Golkar (GMPG)": the whole is the organisation
            m = f"{' '.join(unit_words)} {org.name}"
            org = Agency(toks[unit_start].start, org.end, m, m, org.region, org.region_start,
                         org.region_end, unit_start, org.token_end, False, "title-unit")
            title = " ".join(parts)
        elif unit_words:
            chair = parts == ["Ketua Umum"] and " ".join(unit_words) in CENTRAL_BOARDS
            role = role if chair else "post"
        elif len(orgs) == 1 and org.name.split()[0] == "Biro" and not unit_words \
                and org.region is None and region is not None and _province(region):
            # "Kepala Biro Tata Pemerintahan (Tapem) DKI Premi Lasari": a bureau of the
            # provincial secretariat, a post in the provincial government
            title, role = f"{title} {org.name}", "post"
            org, orgs, implied = None, [], f"Pemprov {region}"
        elif len(orgs) == 1 and _PARLIAMENT_UNIT_RE.fullmatch(org.name) and not unit_words \
                and _parliament(known_orgs, org.name) is not None:
            # "Ketua Fraksi Golkar", "anggota fraksi Hanura", "Ketua Komisi III dari fraksi
            # Golkar Bambang Soesatyo": a faction or commission of the parliament the article
            # names (the DPR when it names no DPRD) is a post in that parliament
            title, role = f"{title} {org.name}", "post"
            org, orgs, implied = None, [], _parliament(known_orgs, org.name)
        elif len(orgs) == 1 and org.name.split()[0] in SUBUNIT_WORDS:
            # "Kepala Kantor Partai Komunis Vietnam", "Kepala Departemen Peneliti Lakpesdam
            # PWNU": a unit of an organisation the article names elsewhere is a post in it
            w = org.name.split()
            cut = next((c for c in range(1, len(w) - 1) if " ".join(w[c:]) in known_orgs), None)
            if cut is not None and " ".join(w[:cut]) not in BRANCH_NAMES | CENTRAL_BOARDS:
                a = org.token_start + cut
                if " ".join(t.text for t in toks[a:org.token_end]) == " ".join(w[cut:]):
                    title = f"{title} {' '.join(w[:cut])}"
                    m = " ".join(w[cut:])
                    org = Agency(toks[a].start, org.end, m, m, org.region, org.region_start,
                                 org.region_end, a, org.token_end, False, org.rule)
                    role = "post"
    elif org_prefix and implied is None:
        if scope == "region" and region:
            implied = f"{org_prefix} {region}"
            foreign = org_prefix in _GOVERNMENTS and not _home_region(region)   # "Wali Kota London"
        elif scope == "region" and org_prefix == "Pemerintah" and not unit_words \
                and title in ("Presiden", "Wakil Presiden"):   # not "Presiden Direktur"
            implied = "Pemerintah Republik Indonesia"   # "Presiden Joko Widodo"
        elif scope == "portfolio" and unit_words:
            if region in HOME_COUNTRY:   # "Menteri Pertahanan Indonesia" is Kemenhan
                region = rs = re_ = None
            implied = f"{org_prefix} {' '.join(unit_words)}" + (f" {region}" if region else "")
        elif scope == "none":
            implied = org_prefix
    if org is not None and role == "post":
        # "Ketua Departemen Hukum dan HAM Dewan Pimpinan Pusat Partai Keadilan Sejahtera": a
        # post on a party's central board is a post in the party
        board = next((b for b in _BOARD_LONG_FORMS if org.name.startswith(b + " ")), None)
        a = org.token_start + len(board.split()) if board else 0
        if board and a < org.token_end and is_party(toks, a) \
                and " ".join(t.text for t in toks[org.token_start:a]) == board:
            m = " ".join(t.text for t in toks[a:org.token_end])
            title = f"{title} {board}"
            org = Agency(toks[a].start, org.end, m, m, org.region, org.region_start,
                         org.region_end, a, org.token_end, False, org.rule)
    if not orgs and region in _foreign_countries():
        foreign = True   # "Menhan AS, James Mattis": that country's ministry, not Kemenhan
        if implied and scope == "none":
            implied = f"{implied} {region}"
    span_end = kw_end if end_tok == i else end_tok   # not the ordinal alone
    post = Post(sentence.index, toks[start].start, toks[max(span_end, kw_start + 1) - 1].end,
                title, "head" if role == "head" else "post", acting, former, org, implied,
                region, rs, re_, person, keyword=toks[kw_start].text, org_prefix=org_prefix,
                scope=scope, foreign=foreign, _tok_start=start, _tok_end=end_tok,
                _acting_word=acting_word, _units=bool(unit_words))
    return post, end_tok


HOME_COUNTRY = {"Indonesia", "RI", "Republik Indonesia", "NKRI"}


@lru_cache(maxsize=1)
def _foreign_countries() -> frozenset[str]:
    return load().countries - HOME_COUNTRY


# Bodies led by a collegial leadership ("pimpinan KPK"): state commissions and parliaments.
COLLEGIAL = {"KPK", "DPR", "MPR", "DPD", "DPRD", "BPK", "KPU", "Bawaslu", "MA", "MK", "KY", "OJK",
             "Komnas", "LPSK", "KPPU", "KPI", "Ombudsman"}
# A parliament's factions and numbered commissions, written without the parliament.
_PARLIAMENT_UNIT_RE = re.compile(r"Fraksi .+|Komisi [IVX]{1,4}")
# Words that open a unit's name below a bureau or directorate ("Subbagian Pemberitaan").
SUB_UNITS = {"Subbagian", "Subbag", "Subbid", "Subdit", "Subdirektorat", "Seksi", "Subseksi"}
# Parliaments, whose members are "from" a region: "anggota DPD RI dari Papua".
_LEGISLATURES = ("DPR", "DPD", "MPR", "Dewan Perwakilan")
# The parliaments a faction ("Fraksi Golkar") sits in, as NER names them.
_NATIONAL_PARLIAMENTS = {"DPR": "DPR", "DPR RI": "DPR", "Dewan Perwakilan Rakyat": "DPR",
                         "MPR": "MPR", "MPR RI": "MPR"}


def _parliament(known_orgs: frozenset[str], unit: str = "") -> str | None:
    """The parliament of a faction or commission written without one: the DPR (else the
    MPR) when the article names it and names no regional parliament (DPRD), whose factions
    look the same; a numbered commission ("Komisi III") is the DPR's unless a DPRD is named."""
    if any(o.startswith(("DPRD", "Dewan Perwakilan Rakyat Daerah")) for o in known_orgs):
        return None
    found = {_NATIONAL_PARLIAMENTS[o] for o in known_orgs if o in _NATIONAL_PARLIAMENTS}
    if unit.startswith("Komisi ") and not found:
        return "DPR"
    return "DPR" if "DPR" in found else next(iter(found), None)


# Capitals after a title that name a part or a task, not an organisation.
# Words that go on with a title before its organisation ("Direktur Eksekutif X").
TITLE_MODIFIERS = {"Eksekutif", "Utama", "Umum", "Pelaksana", "Harian", "Jenderal", "Senior"}
NOT_ORG_WORDS = {"Bidang", "Seksi", "Sub", "Subbag", "Subbid", "Tim", "Panitia", "Harian",
                 "Pelaksana", "Umum", "Utama", "Pusat", "Daerah", "Wilayah", "Cabang"}
# Committees written out: "anggota Panitia Khusus (Pansus) RUU Minol".
COMMITTEE_NAMES = {"Panitia Khusus", "Panitia Kerja", "Panitia Seleksi", "Tim Seleksi"}
# First words of an organisation's units: "Kantor Partai X", "Departemen Peneliti X".
SUBUNIT_WORDS = UNIT_WORDS | {"Departemen"}
# Committees named after what they deal with ("Pansus KPK", "Pansel KPK", "Panja RUU").
COMMITTEES = {"Pansus", "Panja", "Pansel", "Timsel"}
CENTRAL_BOARDS = {"DPP", "PP", "PB", "DPN", "BPP", "Dewan Pimpinan Pusat", "Pengurus Pusat",
                  "Pengurus Besar", "Badan Pengurus Pusat", "Dewan Pengurus Pusat",
                  "Dewan Pimpinan Nasional"}
# A party's central board written out, before the party's name.
_BOARD_LONG_FORMS = ("Dewan Pimpinan Pusat", "Dewan Pengurus Pusat", "Pengurus Pusat",
                     "Pengurus Besar")
# Governments a region title implies; their region must be Indonesian ("Wali Kota London" is not).
_GOVERNMENTS = {"Pemprov", "Pemkab", "Pemkot", "Pemda", "Pemerintah"}
_REGION_KINDS = ("Kota ", "Kabupaten ", "Kab. ", "Kab ", "Provinsi ", "Propinsi ")


def _province(region: str) -> bool:
    """Is this region as written a province ("DKI", "Provinsi Jawa Timur")?"""
    region = " ".join(region.split())
    for kind in ("Provinsi ", "Propinsi "):
        if region.startswith(kind):
            region = region[len(kind):]
    code = load().regions.get(region)
    return bool(code) and "." not in code


def _home_region(region: str) -> bool:
    """Is this region as written an Indonesian province, regency or city (or the country)?"""
    regions = load().regions
    region = " ".join(region.split())
    if region in HOME_COUNTRY or region in regions:
        return True
    for kind in _REGION_KINDS:
        if region.startswith(kind) and region[len(kind):] in regions:
            return True
    return region.startswith(_REGION_KINDS)   # "Kabupaten X": named Indonesian-style


# Surnames and short names of Indonesia's presidents and vice presidents: a bare "Presiden X"
# (no country written) is Indonesia's only for them ("Presiden Ashraf Ghani" is not).
HOME_PRESIDENTS = {"Soekarno", "Sukarno", "Bung Karno", "Soeharto", "Suharto", "Habibie", "Habibbie",
                   "Wahid", "Gus Dur", "Megawati", "Soekarnoputri", "Yudhoyono", "SBY",
                   "Jokowi", "Widodo", "Prabowo", "Kalla", "JK", "Boediono", "Budiono", "Ma'ruf",
                   "Maruf", "Hamzah Haz", "Sutrisno", "Sudharmono", "Wirahadikusumah",
                   "Hamengkubuwono", "Hatta", "Gibran", "Malik"}


def _home_president(name: str) -> bool:
    words = name.split()
    pairs = {" ".join(words[k:k + 2]) for k in range(len(words) - 1)}
    return any(w in HOME_PRESIDENTS for w in words) or bool(pairs & HOME_PRESIDENTS)


def _defines_title(toks, a: int, b: int, words: list[str]) -> bool:
    """"Jaksa Penuntut Umum (JPU)": a bracketed acronym of the title words themselves."""
    initials = "".join(w[0] for w in " ".join(words).split()).upper()
    return any(toks[j].text == "(" and toks[j + 1].text.upper() == initials
               for j in range(a, min(b, len(toks) - 1)))


def _org_ahead(toks, k: int, org_at, nerorg_at, person_at, n: int) -> bool:
    """Does an organisation start within the next n capitalized words (or "dan") from k?"""
    j = k
    while j < len(toks) and j - k <= n and j not in person_at:
        if j > k and (j in org_at or j in nerorg_at):
            return toks[j - 1].text != "Non"   # not "Industri Keuangan Non | Bank ..."
        if not (is_cap(toks[j].text) or toks[j].text == "dan") or _title_at(toks, j, False) \
                or _rank_at(toks, j):
            return False
        j += 1
    return False


def _acronym_end(toks, k: int) -> int:
    """End of a capitalized name from token k that the bracketed acronym after it spells:
    "Balai Konservasi Sumber Daya Alam (BKSDA)" -> the token of "("; 0 if none."""
    for e in range(k + 2, min(k + 9, len(toks) - 2)):
        if not is_cap(toks[e - 1].text) and toks[e - 1].text not in ("dan", "&"):
            return 0
        if toks[e].text == "(" and toks[e + 2].text == ")":
            initials = "".join(x.text[0] for x in toks[k:e] if is_cap(x.text))
            return e if initials.upper() == toks[e + 1].text.upper() else 0
    return 0


def _acronym_like(w: str) -> bool:
    """"PSI", "JKT48", "KNPI": capitals or digits after the first letter."""
    return len(w) >= 2 and any(c.isupper() or c.isdigit() for c in w[1:])


def _bracket_gap(toks, a: int, b: int) -> bool:
    """Tokens a..b are one bracketed word: "Bidang Operasi (Asops) Mabes Polri", or a short
    bracketed acronym of two or three words ("(Satpol PP)", "(Komnas HAM)")."""
    return b - a == 3 and toks[a].text == "(" and toks[b - 1].text == ")" \
        or b - a > 3 and _bracket_len(toks, a) == b - a


def _bracket_len(toks, a: int) -> int:
    """Length of "( Satpol PP )" at token a: one to three capitalized words in brackets."""
    if a >= len(toks) or toks[a].text != "(":
        return 0
    for n in (1, 2, 3):
        if a + n + 1 < len(toks) and toks[a + n + 1].text == ")" \
                and all(is_cap(x.text) for x in toks[a + 1:a + n + 1]) \
                and any(_acronym_like(x.text) for x in toks[a + 1:a + n + 1]):
            return n + 2   # (not "Ketua Umum PSSI (Edy Rahmayadi)": a name)
    return 0


def _known_org_in(toks, a0: int, b0: int, known_orgs) -> tuple[int, int] | None:
    """The longest run of tokens a0..b0 (two words or more) that is a known organisation."""
    best = None
    for a in range(a0, b0 - 1):
        for b in range(b0, a + 1, -1):
            if " ".join(t.text for t in toks[a:b]) in known_orgs:
                if best is None or b - a > best[1] - best[0]:
                    best = (a, b)
                break
    return best


def _ner_org_end(sentence: Sentence, m: Mention | Agency, person_at, covered, known_orgs) -> int:
    """End token of a NER organisation that ran into the first word of the name after it
    ("[Partai Hanura Miryam] [S Haryani]"): without that word when the rest is an
    organisation named elsewhere or a party, and the person then starts there."""
    toks = sentence.tokens
    e = m.token_end
    if e not in person_at or e - m.token_start < 2:
        return e
    rest = " ".join(t.text for t in toks[m.token_start:e - 1])
    w = toks[e - 1].text
    if not (rest in known_orgs or rest in _expansions() or is_party(toks, m.token_start)) \
            or not (w[:1].isupper() and w[1:].islower() and w.isalpha()) or org_start_at(toks, e - 1) \
            or region_at(toks, e - 1):
        return e
    _extend_person(sentence, person_at, covered, person_at[e], e - 1)
    return e - 1


def _extend_person(sentence: Sentence, person_at, covered, p: Person, a: int) -> Person:
    """NER dropped the first word of the name after a title and its organisation: the
    person starts at token a instead."""
    toks = sentence.tokens
    del person_at[p.tok_start]
    p.tok_start, p.start = a, toks[a].start
    p.text_start = min(p.text_start, toks[a].start)
    p.name = " ".join(t.text for t in toks[a:p.tok_end])
    person_at[a] = p
    covered.add(a)
    return p


def _unit_list_goes_on(toks, k: int, org_at, nerorg_at, person_at) -> bool:
    """After the comma at k: capitals, "dan" (or ", dan") and capitals, then an organisation."""
    j = k + 1
    seen_dan = False
    while j < len(toks) and j - k <= 8 and j not in person_at:
        w = toks[j].text
        if w == "dan":
            seen_dan = True
        elif seen_dan and (j in org_at or j in nerorg_at):
            return toks[j - 1].text != "dan"
        elif not (is_cap(w) or w == ","):
            return False
        j += 1
    return False


def _field_list_end(toks, k: int) -> int:
    """End of a list of capitalized field names ("Tenaga Kerja, Transmigrasi, dan Kesehatan")."""
    start = k
    while k < len(toks) and k - start < 14 and (is_cap(toks[k].text) or toks[k].text in (",", "dan")) \
            and not org_start_at(toks, k):
        k += 1
    return k


@lru_cache(maxsize=1)
def _title_vocab() -> frozenset[str]:
    return frozenset(w.lower() for t in load().titles for w in t.split())


def _not_office(toks, start: int) -> bool:
    """`Instruksi Presiden`, `calon Gubernur`, `bakal calon gubernur dan wakil gubernur`."""
    if start > 0 and toks[start - 1].text in NOT_OFFICE:
        return True
    j = start - 1
    while j >= 0 and start - j <= 5:
        w = toks[j].text
        if w in CANDIDATE:
            return True
        if w.lower() in ("dan", "serta", "/") or w.lower() in _title_vocab():
            j -= 1
            continue
        return False
    return False


# Regional governments: a Sekda ("Pemda") belongs to whichever of them the article is about.
_LOCAL_GOVS = ("Pemprov", "Pemkab", "Pemkot")


def inherit_regions(posts: list[Post]) -> None:
    """A region title without its region ("Wakil Gubernur Saleh Lasata", "Gubernur Ganjar")
    takes the region of the same office elsewhere in the article ("Gubernur Sulawesi
    Tenggara"), when the article names exactly one region for that office."""
    regions = load().regions
    seen: dict[str, dict[str, str]] = {}
    for p in posts:
        if p.scope == "region" and p.org_prefix and p.implied_region and p.org is None \
                and not p.foreign:
            key = regions.get(p.implied_region, p.implied_region)
            seen.setdefault(p.org_prefix, {}).setdefault(key, p.implied_region)
    for p in posts:
        if p.person is None or p.org is not None or p.implied_org or p.scope != "region" \
                or not p.org_prefix or p.org_prefix == "Pemerintah" or p.former or p.foreign:
            continue
        prefixes = _LOCAL_GOVS if p.org_prefix == "Pemda" else (p.org_prefix,)
        found = {(pre, key): reg for pre in prefixes for key, reg in seen.get(pre, {}).items()}
        if len({key for _, key in found}) != 1 or len(found) != 1:
            continue
        (prefix, _), region = next(iter(found.items()))
        p.implied_org, p.implied_region = f"{prefix} {region}", region


def _org_bracket(toks, q: Person) -> bool:
    """Is the name followed by a bracket that shows it is not one: an acronym of other words
    ("[Corruption Watch] (ICW)"; not initials: "Irman (IR)") or a clause ("(Pati yang ...)")?"""
    k = q.tok_end
    if k + 2 >= len(toks) or toks[k].text != "(":
        return False
    inner = []
    for t in toks[k + 1:k + 12]:
        if t.text == ")":
            break
        inner.append(t.text)
    if len(inner) == 1:
        w = inner[0]
        return _acronym_like(w) and w != "".join(x[0] for x in q.name.split())
    return any(w.isalpha() and w.islower() for w in inner)


def inherit_orgs(posts: list[Post]) -> None:
    """A deputy's title without its organisation ("dipimpin Wakil Ketua Taufik Kurniawan")
    takes the organisation of the same office or of the office deputised ("Ketua DPR ...")
    elsewhere in the article, when exactly one organisation has it."""
    for p in posts:
        t = p.title.lower()
        if p.person is None or p.org is not None or p.implied_org or p.foreign \
                or not t.startswith("wakil ") or p.region_start is not None or p._units:
            continue
        found = {}
        for q in posts:
            if q is p or q.foreign or q.title.lower() not in (t, t[len("wakil "):]):
                continue
            if q.org is not None:
                found.setdefault(q.org.name, q)
            elif q.implied_org:
                found.setdefault(q.implied_org, q)
        q = next(iter(found.values()), None)
        if len(found) == 1 and not (q.implied_org == "Pemerintah Republik Indonesia"
                                    and not _home_president(p.person.name)):
            p.org, p.implied_org, p.implied_region = q.org, q.implied_org, q.implied_region


def _title_any_case(toks, k: int) -> bool:
    """`Wali kota`: a title of several words written with a lowercase second word."""
    titles = load().titles
    for n in (3, 2):
        if k + n <= len(toks) and toks[k + 1].text[:1].islower():
            words = " ".join(t.text[:1].upper() + t.text[1:] for t in toks[k:k + n])
            if words in titles:
                return True
    return False


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _closing_adverb(toks, k: int) -> bool:
    """An appositive title ends at `saat ini` / `sekarang` + punctuation too, and at the
    years it was held: "Fadjar, Sekretaris Daerah Provinsi DKI Jakarta 2010 - 2013."."""
    j = k
    while j < len(toks) and (_YEAR_RE.fullmatch(toks[j].text) or (
            j > k and toks[j].text in ("-", "–", "hingga", "sampai"))):
        j += 1
    if j > k and _YEAR_RE.fullmatch(toks[j - 1].text) and (
            j >= len(toks) or toks[j].text in {",", ".", ";", ")"}):
        return True
    for words in (("saat", "ini"), ("kala", "itu"), ("saat", "itu"), ("sekarang",), ("kini",)):
        n = len(words)
        if tuple(t.text for t in toks[k:k + n]) == words and \
                (k + n >= len(toks) or toks[k + n].text in {",", ".", ";"}):
            return True
    return False
