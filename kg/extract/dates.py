"""Indonesian date expressions, resolved against the article date.

Rules (all relative forms need the article date; without one they resolve to None):
- A bare weekday ("Kamis") is the most recent such day on or before the article date:
  news writes "kata X di Sampit, Kamis" for a day of the current week that has passed.
  "Kamis lalu/silam/kemarin" is strictly before the article date; "Kamis depan/mendatang/
  nanti/besok" strictly after; "Kamis ini" is in the article's week (weeks start on Senin);
  "Kamis pekan lalu" / "Kamis minggu depan" is in the previous / next week.
- A day and month without year ("Selasa (25/7)", "12 Maret") take the article's year, unless
  that is more than ~2 months after the article date: then the previous year. "lalu"/"silam"
  force a past date, "mendatang"/"depan"/"nanti" a future one.
- "dua hari lalu" = -2 days (up to seven, in words or digits);
- "kemarin" = -1 day, "hari ini" = 0, "besok" = +1, "lusa" = +2, "kemarin lusa" = -2;
  "sore ini", "tadi pagi" ... = the article date; "tadi malam" / "malam tadi" (last night, said
  in the day) = -1 day ("... sudah dievakuasi tadi malam," said on Monday: Sunday night).
- "Maret 2024" has month precision: "2024-03"; so has "Mei silam/lalu" (the last May before
  the article's month); "pada 2001", "sejak 1960", "pada tahun 2015" have year precision: "2001" (not a decade:
  "sejak 1970-an").
- A weekday next to a written date ("Senin (27/3)") is resolved by the written date.
- Invalid dates (31/2, 29/2 in a common year) resolve to None.
Vague spans ("pekan lalu", "awal bulan", "akhir Maret") are not date expressions here.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "agst": 8, "ags": 8, "agus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5,
            "minggu": 6, "ahad": 6}
RELATIVE_DAYS = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2,
                 "pagi ini": 0, "siang ini": 0, "sore ini": 0, "malam ini": 0,
                 "tadi pagi": 0, "tadi siang": 0, "tadi sore": 0, "tadi malam": -1, "malam tadi": -1}
NUMBER_WORDS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}
PAST_WORDS = {"lalu", "silam", "kemarin"}
FUTURE_WORDS = {"depan", "mendatang", "nanti", "besok"}
# a day+month without year may lie this far after the article date
FUTURE_WINDOW = timedelta(days=62)

_ABBREVS = {"jan", "feb", "peb", "mar", "apr", "jun", "jul", "agu", "agt", "agst", "ags",
            "agus", "aug", "sep", "sept", "okt", "oct", "nov", "nop", "des", "dec"}
_FULL = sorted((m for m in MONTHS if m not in _ABBREVS), key=len, reverse=True)
# full names any case; abbreviations only capitalized ("Des", not "des"), dot before a year
_MONTH = (
    "(?:(?i:" + "|".join(_FULL) + ")|(?:"
    + "|".join(m.capitalize() for m in sorted(_ABBREVS, key=len, reverse=True))
    + r")(?:\.(?=\s*\d))?)"
)
# weekday any case, but "minggu" only as "Minggu" (else it is "week")
_WD = r"(?:(?i:senin|selasa|rabu|kamis|jum\W?at|sabtu|ahad)|Minggu(?!\s+(?:lalu|depan|ini)\b))"
_WD_PAREN = r"(?:(?i:senin|selasa|rabu|kamis|jum\W?at|sabtu|ahad|minggu))"
_MOD = r"(?:(?:pekan|minggu)\s+(?:lalu|depan|ini)|lalu|silam|kemarin|depan|mendatang|nanti|ini)"
_REL = r"(?:(?:dua|tiga|empat|lima|enam|tujuh|\d{1,2})\s+hari\s+(?:yang\s+)?(?:lalu|silam)|kemarin\s+lusa|kemarin|hari\s+ini|besok|lusa|(?:pagi|siang|sore|malam)\s+ini|tadi\s+(?:pagi|siang|sore|malam)|malam\s+tadi)"
_YEAR = r"(?:19|20)\d\d"

PATTERN = re.compile(
    # Selasa (25/7), Senin (13/3/ 2017), hari ini (Senin 17/04/2017), kemarin (12/7)
    rf"(?:(?P<pwd>{_WD_PAREN})\s*,?\s*(?:(?P<pmod>{_MOD})\s*)?|(?i:(?P<prel>{_REL}))\s*)?"
    rf"\(\s*(?:(?P<pwd2>{_WD_PAREN})\s*,?\s*)?(?P<pd>\d{{1,2}})\s*/\s*(?P<pm>\d{{1,2}})"
    rf"(?:\s*/\s*(?P<py>\d{{4}}|\d{{2}}))?\s*\)(?:\s+(?P<pmod2>lalu|silam|mendatang|nanti)\b)?"
    # Senin 30 Oktober lalu, tanggal 5 Januari, 12 Maret 2024
    rf"|(?:(?P<dwd>{_WD})\s*,?\s*)?(?:(?i:tanggal|tgl\.?)\s+)?\b(?P<dd>\d{{1,2}})\s+(?P<dm>{_MONTH})"
    rf"(?:\s+(?P<dy>{_YEAR})\b|(?:\s+(?P<dmod>lalu|silam|mendatang|nanti)\b)|(?![\w]))"
    # 25/7/2017, 25-07-2017
    rf"|\b(?P<sd>\d{{1,2}})(?P<sep>[/.-])(?P<sm>\d{{1,2}})(?P=sep)(?P<sy>{_YEAR})\b"
    # Maret 2024
    rf"|\b(?P<mm>{_MONTH})\s+(?P<my>{_YEAR})\b"
    # Mei silam, Agustus lalu: the last such month before the article date
    rf"|\b(?P<pm_>{_MONTH})\s+(?P<pmmod>lalu|silam)\b"
    # pada 2001, sejak 1960, pada tahun 2015: a year
    rf"|(?:(?<=\b[Pp]ada\s)|(?<=\b[Ss]ejak\s)|(?<=\b[Pp]ada\stahun\s)|(?<=\b[Ss]ejak\stahun\s))"
    rf"(?P<yy>{_YEAR})\b(?!\s*[-/–]\s*\d|-an\b)"
    # Kamis, Kamis lalu, Kamis pekan lalu
    rf"|\b(?P<wd>{_WD})\b(?:\s+(?P<wmod>{_MOD})\b)?"
    rf"|\b(?i:(?P<rel>{_REL}))\b"
)


def _parse_iso(article_date: str | None) -> date | None:
    if not article_date:
        return None
    try:
        return date.fromisoformat(article_date[:10])
    except ValueError:
        return None


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _weekday_index(word: str) -> int:
    w = re.sub(r"\W", "", word.lower())
    return WEEKDAYS[w]


def _direction(mod: str | None) -> str | None:
    if not mod:
        return None
    last = mod.lower().split()[-1]
    if mod.lower().startswith(("pekan", "minggu")):
        return "week-" + last
    if last in PAST_WORDS:
        return "past"
    if last in FUTURE_WORDS:
        return "future"
    if last == "ini":
        return "week-ini"
    return None


def _day_month(d: int, m: int, ref: date | None, direction: str | None) -> date | None:
    if ref is None:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    year = ref.year
    cand = _make(year, m, d)
    if direction == "past":
        if cand is None or cand > ref:
            year -= 1
    elif direction == "future":
        if cand is None or cand < ref:
            year += 1
    elif cand is not None and cand > ref + FUTURE_WINDOW:
        year -= 1
    return _make(year, m, d)


def _weekday(wd: int, ref: date | None, direction: str | None) -> date | None:
    if ref is None:
        return None
    if direction is None:
        return ref - timedelta(days=(ref.weekday() - wd) % 7)
    if direction == "past":
        return ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)
    if direction == "future":
        return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    monday = ref - timedelta(days=ref.weekday())
    shift = {"week-lalu": -7, "week-ini": 0, "week-depan": 7}.get(direction)
    if shift is None:
        return None
    return monday + timedelta(days=shift + wd)


def _full_year(y: str) -> int:
    n = int(y)
    return n + 2000 if len(y) == 2 else n


def _resolve(m: re.Match, ref: date | None) -> str | None:
    g = m.groupdict()
    if g["pd"]:
        d, mo = int(g["pd"]), int(g["pm"])
        if g["py"]:
            out = _make(_full_year(g["py"]), mo, d) if 1 <= mo <= 12 else None
        else:
            out = _day_month(d, mo, ref, _direction(g["pmod"] or g["pmod2"]))
        return out.isoformat() if out else None
    if g["dd"]:
        d, mo = int(g["dd"]), MONTHS[g["dm"].rstrip(".").lower()]
        if g["dy"]:
            out = _make(int(g["dy"]), mo, d)
        else:
            out = _day_month(d, mo, ref, _direction(g["dmod"]))
        return out.isoformat() if out else None
    if g["sd"]:
        mo = int(g["sm"])
        out = _make(int(g["sy"]), mo, int(g["sd"])) if 1 <= mo <= 12 else None
        return out.isoformat() if out else None
    if g["mm"]:
        return f"{int(g['my']):04d}-{MONTHS[g['mm'].rstrip('.').lower()]:02d}"
    if g["pm_"]:
        if ref is None:
            return None
        mo = MONTHS[g["pm_"].rstrip(".").lower()]
        return f"{ref.year - (mo >= ref.month):04d}-{mo:02d}"
    if g["yy"]:
        return g["yy"]
    if g["wd"]:
        out = _weekday(_weekday_index(g["wd"]), ref, _direction(g["wmod"]))
        return out.isoformat() if out else None
    if g["rel"]:
        if ref is None:
            return None
        key = re.sub(r"\s+", " ", g["rel"].lower())
        if key.split()[1:2] == ["hari"]:        # "dua hari lalu", "3 hari yang lalu"
            n = key.split()[0]
            return (ref - timedelta(days=int(n) if n.isdigit() else NUMBER_WORDS[n])).isoformat()
        return (ref + timedelta(days=RELATIVE_DAYS[key])).isoformat()
    return None


def find_dates(sentence_text: str, article_date: str | None) -> list[tuple[int, int, str, str | None]]:
    """Date expressions in the text: (start, end, text, iso). iso is None when it cannot be
    resolved (relative expression without an article date, invalid date)."""
    ref = _parse_iso(article_date)
    out = []
    for m in PATTERN.finditer(sentence_text):
        # "Universitas 17 Agustus 1945", "Jalan 10 November": part of a name, not a date
        if NAME_HEAD_RE.search(sentence_text[:m.start()]) and m.group(0)[:1].isdigit():
            continue
        out.append((m.start(), m.end(), m.group(0), _resolve(m, ref)))
    return out


NAME_HEAD_RE = re.compile(r"\b(Universitas|Univ\.|Jalan|Jl\.?|Jln\.?|Gedung|Stadion|Lapangan|Taman|"
                          r"Monumen|Tugu|Gang|Kampus|Sekolah|SMA|SMP|SD|SMK|RSUD|Rumah Sakit)\s+$")


def resolve_date(expression: str, article_date: str | None) -> str | None:
    """ISO date ("2024-03-12"), month ("2024-03") or year ("2001") of one date expression, or None."""
    text = expression.strip()
    m = PATTERN.fullmatch(text)
    if m is None:
        return None
    return _resolve(m, _parse_iso(article_date))
