"""Where and when an event happened: the place in its sentence, the dateline place, its date."""
from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.dates import find_dates, resolve_date
from kg.extract.events.attribution import _reported
from kg.extract.types import EntityMention, Provenance
from kg.nlp.types import AnalyzedArticle, Sentence


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


def _date_for(analyzed: AnalyzedArticle, sentence: Sentence, trigger_start: int,
              use_previous: bool) -> tuple[str | None, str | None, bool]:
    """(iso, text, own): nearest date in the sentence, else in the preceding sentence of the
    same paragraph."""
    art = analyzed.article
    every = [_day_range(sentence.text, d) for d in find_dates(sentence.text, art.date)
             if not _later(d[3], art.date)]
    found = [d for d in every if not _reported(sentence, sentence.start + d[0], trigger_start)
             and not re.search(r"\b(ke|hingga|sampai|mulai|menjadi)\s*$", sentence.text[:d[0]], re.I)
             # "bertemu untuk pertama kalinya sejak Desember 2015": a point of reference
             and not re.search(r"\b(pertama|terakhir)\s+kali(nya)?\s+sejak\s*$", sentence.text[:d[0]], re.I)]
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
        # ... but a bare weekday is the article date's ("..., di Batam, Sabtu"), not that of
        # a dated act told in a statement nearby
        if iso and not re.search(r"\d", best[2]) and not BARE_WEEKDAY_RE.match(best[2]):
            said = [d for d in every if d not in found and d[3] and re.search(r"\d", d[2])]
            ref = said[0][3] if said else _statement_date(analyzed, sentence)
            if ref:
                iso = "/".join(resolve_date(x, ref) or x for x in _relative_parts(sentence, best, every)) \
                    if "/" in iso else (resolve_date(best[2], ref) or iso)
        return iso, best[2], True
    # "pekan lalu", "bulan lalu", "tahun lalu": the interval of the previous week / month / year
    period = re.search(r"\b(pekan|minggu|bulan|tahun) lalu\b", sentence.text, re.I)
    ref = _day(art.date)
    # "tahun lalu" is the event's only near it: not "realisasi pertumbuhan tahun lalu" far on
    if period and period.group(1).lower() == "tahun" and abs(
            sentence.start + period.start() - trigger_start) > 60:
        period = None
    if period and ref and not _reported(sentence, sentence.start + period.start(), trigger_start):
        if period.group(1).lower() == "tahun":
            start, end = date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31)
        elif period.group(1).lower() == "bulan":
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
    # ... or the one before it, same paragraph ("Ia menjadi korban pemalakan pada Senin, (19/9)
    # siang. Parahnya, pelaku adalah bocah ... . RR pun diamankan polisi ...")
    later_text = sentence.start
    for back in (1, 2):
        if not use_previous or sentence.index < back:
            break
        prev = analyzed.sentences[sentence.index - back]
        if re.search(r"\n\s*\n", art.text[prev.end:later_text]):
            break
        found = [d for d in find_dates(prev.text, art.date)
                 if not _reported(prev, prev.start + d[0], -1) and not _later(d[3], art.date)]
        if found:
            best = found[-1]
            return best[3], best[2], False
        later_text = prev.start
    return None, None, False


BARE_WEEKDAY_RE = re.compile(r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b", re.I)


def _day_range(text: str, d):
    """"16 hingga 19 Januari 2017": the written date with the bare day before it is the interval
    16-19 January (the date found is only "19 Januari 2017")."""
    m = re.search(r"\b(\d{1,2})\s*(hingga|sampai|s\.d\.?|-|–)\s*$", text[:d[0]], re.I)
    if not (m and d[3] and len(d[3]) == 10 and 0 < int(m.group(1)) < int(d[3][8:])):
        return d
    return (m.start(), d[1], text[m.start():d[1]], f"{d[3][:8]}{int(m.group(1)):02d}/{d[3]}")


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


def _statement_date(analyzed: AnalyzedArticle, sentence: Sentence, quoted: bool = False) -> str | None:
    """The written date of the last attributed statement in the five sentences before
    ("kata Basaria saat jumpa pers ..., Jumat (2/2)"), or else the three after, when it is
    before the article date."""
    art = analyzed.article
    # ... else of a statement in the next three sentences: "... pertemuan bilateral hari ini.
    # "...," kata Retno ..., Rabu (23/11)": the day the reporter wrote it down
    before = reversed(analyzed.sentences[max(0, sentence.index - 5):sentence.index])
    after = analyzed.sentences[sentence.index + 1:sentence.index + (6 if quoted else 4)]
    for prev in (*before, *after):
        for d in reversed(find_dates(prev.text, art.date)):
            # quoted: also after any verb closing a quote ('..., ada 249 orang," beber Iriawan di
            # Mapolda, Rabu (21/6)')
            closing = quoted and re.search(r"[\"”]\s*,?\s*[a-z]+\s+[A-Z][^\"“”.;]{0,90}$", prev.text[:d[0]])
            if d[3] and len(d[3]) == 10 and re.search(r"\d", d[2]) and (_reported(
                    prev, prev.start + d[0], -1) or closing) and (not art.date or d[3] < art.date):
                return d[3]
    return None


def _interval(iso: str | None) -> tuple[str | None, str | None]:
    """A month-precision date ("2016-08") is the interval of that month, a year ("2001") that
    year's; "a/b" is a to b."""
    if iso and "/" in iso:
        a, b = iso.split("/", 1)
        return a, b
    if iso and re.fullmatch(r"\d{4}", iso):
        return f"{iso}-01-01", f"{iso}-12-31"
    if iso and re.fullmatch(r"\d{4}-\d{2}", iso):
        y, m = map(int, iso.split("-"))
        last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
        return f"{iso}-01", f"{iso}-{last:02d}"
    return iso, None


# commemorations of fixed days: "Upacara Peringatan Hari Pahlawan Tahun 2016" is held on 10 November
NATIONAL_DAYS = {
    "hari pahlawan": (11, 10), "hari kemerdekaan": (8, 17), "hut ri": (8, 17),
    "hut kemerdekaan": (8, 17), "hari kartini": (4, 21), "hari pendidikan nasional": (5, 2),
    "hardiknas": (5, 2), "hari sumpah pemuda": (10, 28), "hari kesaktian pancasila": (10, 1),
    "hari lahir pancasila": (6, 1), "hari ibu": (12, 22), "hari buruh": (5, 1), "may day": (5, 1),
    "hari bhayangkara": (7, 1), "hut bhayangkara": (7, 1), "hut tni": (10, 5),
    "hari kebangkitan nasional": (5, 20), "harkitnas": (5, 20), "hari guru nasional": (11, 25),
    "hari santri": (10, 22), "hari anak nasional": (7, 23), "hari pers nasional": (2, 9),
    "hari bumi": (4, 22), "hari kesehatan nasional": (11, 12), "hari bela negara": (12, 19),
    "hari aids sedunia": (12, 1), "hari perempuan internasional": (3, 8),
}
_NATIONAL_DAY_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, NATIONAL_DAYS), key=len, reverse=True))
                              + r")\b(\s+(ke-?\d+\s+)?(tahun\s+)?((19|20)\d\d)\b)?", re.I)
# a statement made at an occasion dates the occasion: "kata Suhartono, di sela aksi bela
# Palestina, ..., Minggu (10/12)"
_AT_OCCASION_RE = re.compile(r"\b(di\s+sela(-sela)?|saat|ketika|usai|seusai)\s+(acara\s+|kegiatan\s+)?"
                             r"(aksi|rapat|peringatan|upacara|perayaan|kunjungan|pertemuan|pembukaan|"
                             r"penutupan|peresmian|deklarasi|pelantikan|festival|pameran|kegiatan|acara)\b",
                             re.I)
_SAME_TIME_RE = re.compile(r"\s*(Secara\s+bersamaan|Bersamaan\s+dengan\s+itu|(Pada|Di)\s+saat\s+(yang\s+)?"
                           r"(sama|bersamaan))\b", re.I)
_TOLL_RE = re.compile(r"\b(tewas|meninggal(\s+dunia)?|terluka|luka-luka)\b[^.;\"“”]{0,80}\bakibat\b", re.I)
_SAID_AT_RE = re.compile(r"\b(kata|ujar|ucap|tutur|ungkap|jelas|terang|tegas)(nya)?\s+([A-Z][\w.]*\s+){0,3}"
                         r"(usai|seusai|saat|ketika|di\s+sela(-sela)?)\s+$")
_NOW_RE = re.compile(r"\b(saat\s+ini|hari\s+ini|tadi|barusan)\b", re.I)


def late_date(analyzed: AnalyzedArticle, d, others=()) -> None:
    """A last resort for an event still undated once the article is read: the fixed day it
    commemorates, the day of a quote that tells it as just done ("Saat ini pelaku sudah
    dilumpuhkan ...," ujar X ..., Kamis (20/10)), or the day of a statement made at the occasion
    the lead sentence tells of."""
    if d.date is not None or d.trigger_span[0] < 0:
        return
    art = analyzed.article
    s = next((x for x in analyzed.sentences if x.start <= d.trigger_span[0] < x.end), None)
    ref = _day(art.date)
    if s is None or ref is None:
        return
    # the commemorated day, named right with the trigger ("Upacara Peringatan Hari Pahlawan")
    if d.category == "ceremony":
        near = art.text[d.trigger_span[0]:min(s.end, d.trigger_span[1] + 40)]
        m = _NATIONAL_DAY_RE.search(near)
        if m:
            month, day = NATIONAL_DAYS[re.sub(r"\s+", " ", m.group(1).lower())]
            year = int(m.group(5)) if m.group(5) else ref.year
            when = date(year, month, day)
            if not m.group(5) and when > ref:
                when = date(year - 1, month, day)
            if when <= ref:
                d.date, d.date_text = when.isoformat(), m.group(0)
                return
    # the trigger inside a quote that says "saat ini / hari ini": the day the quote was said;
    # also where the act is told again ("Akhirnya pelaku berhasil dilumpuhkan ... . "Saat ini
    # pelaku sudah dilumpuhkan ...," ujar X ..., Kamis (20/10)")
    k = s.index
    spans = [d.trigger_span]
    root = re.escape(d.trigger.split()[0].lower()) if d.trigger else ""
    for i in sorted(getattr(d, "frames", ()) or ()):
        again = analyzed.sentences[i]
        hit = re.search(rf"\b{root}\b", again.text.lower()) if root and i > k else None
        if hit:
            spans.append((again.start + hit.start(), again.start + hit.end()))
    for span in spans:
        found = _quoted_now(analyzed, span)
        if found is not None:
            if found:
                d.date, d.date_text = found
            return
    # the lead event retold in a quote with a relative day ("Polisi menerbitkan surat penangkapan
    # ... . "Hari ini (surat) penangkapan, kami cek ke rumah ... ," kata Argo ..., Selasa (30/5)"):
    # that day, counted from the day the quote was said
    words = {w for w in re.findall(r"[a-z]{5,}", f"{d.trigger} {d.label}".lower())}
    if min(d.sentences, default=k) <= 1 and words:
        for s2 in analyzed.sentences[k + 1:k + 4]:
            rel = [x for x in find_dates(s2.text, art.date) if not re.search(r"\d", x[2])
                   and not BARE_WEEKDAY_RE.match(x[2])]
            if not rel or not re.match(r"\s*[\"“]", s2.text) or not words & set(re.findall(r"[a-z]{5,}", s2.text.lower())):
                continue
            for s3 in analyzed.sentences[s2.index:s2.index + 3]:
                said = [x for x in find_dates(s3.text, art.date) if x[3] and len(x[3]) == 10
                        and re.search(r"\d", x[2]) and _reported(s3, s3.start + x[0], -1)]
                if said:
                    when = resolve_date(rel[0][2], said[0][3])
                    if when and when <= art.date[:10]:
                        d.date, d.date_text = when, rel[0][2]
                        return
                    break
            break
    # "Secara bersamaan, Wilhelmus juga diperiksa ...": at the same time as what was told just
    # before, dated in one of the three sentences before
    if _SAME_TIME_RE.match(s.text):
        for s2 in analyzed.sentences[max(0, k - 3):k][::-1]:
            found = [x for x in find_dates(s2.text, art.date) if x[3] and len(x[3]) == 10
                     and re.search(r"\d", x[2]) and x[3] <= art.date[:10]]
            if found:
                d.date, d.date_text = found[-1][3], found[-1][2]
                return
    # a crime or disaster whose toll is told later with its day: "Seperti diberitakan sebelumnya,
    # sedikitnya 59 orang tewas dan 500 orang lainnya terluka akibat bombardir peluru yang
    # ditembakan Paddock ..., pada Senin (2/10)"
    if d.category in {"crime", "disaster"}:
        for s2 in analyzed.sentences[k + 1:]:
            if any(s2.index in e.sentences for e in others) or not _TOLL_RE.search(s2.text):
                continue
            found = [x for x in find_dates(s2.text, art.date) if x[3] and len(x[3]) == 10
                     and re.search(r"\d", x[2]) and x[3] <= art.date[:10]
                     and not _reported(s2, s2.start + x[0], -1)]
            if found:
                d.date, d.date_text = found[0][3], found[0][2]
                return
    # the occasion a statement was made at: "..., kata Tisha usai Rapat Koordinasi ..." after
    # "Hal ini dikonfirmasi Sekjen PSSI ... kepada para awak media ..., Kamis (20/7) sore": the
    # day of the statement, written in its sentence or the last of the four before
    if _SAID_AT_RE.search(art.text[s.start:d.trigger_span[0]]):
        for s2 in (s, *analyzed.sentences[max(0, k - 4):k][::-1]):
            found = [x for x in find_dates(s2.text, art.date) if x[3] and len(x[3]) == 10
                     and re.search(r"\d", x[2]) and x[3] <= art.date[:10]]
            if found:
                d.date, d.date_text = found[-1][3], found[-1][2]
                return
    # the lead event dated by the next sentence's own written day, not a statement's: "Djarot
    # ... mengawali agenda kampanyenya dengan menyambangi warga ... . Djarot ... tiba sekitar
    # pukul 10.40 WIB, Rabu (29/3), ..."
    # ... not a day told of another act ("Sebelumnya, KPK menetapkan X sebagai tersangka pada
    # 31 Januari")
    if k == 0 and k + 1 < len(analyzed.sentences) and not any(k + 1 in e.sentences for e in others) \
            and not re.match(r"\s*(Sebelumnya|Sementara|Sejak|Selain|Kemudian|Lalu)\b",
                             analyzed.sentences[k + 1].text):
        nxt = analyzed.sentences[k + 1]
        found = [x for x in find_dates(nxt.text, art.date) if x[3] and len(x[3]) == 10
                 and re.search(r"\d", x[2]) and x[3] <= art.date[:10]
                 and not _reported(nxt, nxt.start + x[0], -1)]
        if found and not re.search(r"[\"“”]", nxt.text):
            d.date, d.date_text = found[0][3], found[0][2]
            return
    # the lead event and a statement made at an occasion in the three sentences after it
    if min(d.sentences, default=k) <= 1:
        for s2 in analyzed.sentences[k + 1:k + 4]:
            at = _AT_OCCASION_RE.search(s2.text)
            if at is None:
                continue
            found = [x for x in find_dates(s2.text, art.date) if x[3] and len(x[3]) == 10
                     and re.search(r"\d", x[2]) and x[0] > at.start() and x[3] <= art.date[:10]
                     and _reported(s2, s2.start + x[0], -1)]
            if found:
                d.date, d.date_text = found[0][3], found[0][2]
                return


def _quoted_now(analyzed: AnalyzedArticle, span) -> tuple[str, str] | None | tuple:
    """The act at span inside a quote that says "saat ini / hari ini": (iso, text) of the day
    the quote was said, () when the quote closes undated, None when it is no such quote."""
    art = analyzed.article
    s = next((x for x in analyzed.sentences if x.start <= span[0] < x.end), None)
    if s is None:
        return None
    before = art.text[s.start:span[0]]
    opened = re.match(r"\s*[\"“]", s.text) and not re.search(r"[\"”]", before[1:])
    if not (opened and _NOW_RE.search(before)):
        return None
    for s2 in analyzed.sentences[s.index:s.index + 3]:
        close = re.search(r"[\"”]", s2.text[(span[1] - s2.start if s2 is s else 0):])
        if close is None:
            continue
        found = [x for x in find_dates(s2.text, art.date) if x[3] and len(x[3]) == 10
                 and re.search(r"\d", x[2]) and x[0] > close.start() and x[3] <= art.date[:10]]
        return (found[0][3], found[0][2]) if found else ()
    return None
