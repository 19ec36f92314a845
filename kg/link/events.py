"""Cross-document event coreference: the same happening reported by several outlets is one node.

The NewsReader recipe, as rules: two article events are one happening when they have the same
category, their dates are close (the event date, else the article date), their places are the
same or one contains the other (or one has none), and they share a key actor (agent or patient,
after entity linking: `canonical` maps an entity key to its canonical key). Events without any
actor (fires, floods, accidents) need the same place and the same date instead. Links above
`LinkConfig.threshold` join clusters; two events of one article are never joined.

Outlets differ in what they name and how (issue 10), so the rules also accept:
* name variants: two persons (or two bodies) whose canonical entities differ but whose names
  are one spelling ("Fedrich Yunadi" / "Fredrich Yunadi", "Muhammad Al Azhar" / "Muhammad
  Aljahra") or one inside the other ("Argo Yuwono" / "Raden Prabowo Argo Yuwono"): `name_match`;
* a patient of one report named in another role by the other (a role misread in one outlet);
* an undated event as one that happened in the days before its article (`undated_interval`),
  compared by interval overlap with the other's date;
* places by region ancestry: two places contradict only when their region codes do
  ("place/32.16/pasar-muara-bakti" lies in "place/32/bekasi"'s province);
* compatible categories (`COMPATIBLE`: meeting ~ visit, appointment ~ ceremony), with a shared
  patient only;
* a shared topic: both articles are about one person (`schema:about`: the people named most,
  `ResolvedArticle.topics`), for two events of one category on the same day with no shared
  actor that are not done by two different agents (a crash whose victim one outlet never names
  as its patient).
  Bodies are not topics here: KPK or Polri is what hundreds of articles are about;
* an event dated by an interval (a month, "pekan lalu") may lie anywhere in it: close to a day
  inside it, never the same day.

Data model (ontologies/README.md, the corpus layer): each article keeps its own event; the
canonical event of a cluster is one of its member IRIs, chosen by content only (earliest article
date, then alphabetical key); every other member gets `<member> owl:sameAs <canonical>` in
`<base>graph/corpus`, where the canonical event also gets `bkg:reportedIn` every article and the
merged category, date, place and actors.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date as Date, timedelta

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, XSD

from kg import vocab as V

KEY_ROLES = ("agent", "patient")

# categories two outlets may give one happening (a visit that is a meeting, a swearing-in
# told as a ceremony); joined only with a shared patient. Not decision ~ announcement: on the
# corpus it joined Rizieq Shihab's arrest warrant (30 May 2017) to the announcement, the day
# before, that he was a suspect
COMPATIBLE = {frozenset(p) for p in (("meeting", "visit"), ("appointment", "ceremony"))}


def compatible(a: str) -> set[str]:
    """The categories an event of category `a` may be joined with ({a} and its partners)."""
    return {a} | {c for p in COMPATIBLE if a in p for c in p} if a else set()


@dataclass(frozen=True)
class EventRecord:
    """One article's event, with what linking needs."""

    key: str                                  # "event/<article-slug>/<n>"
    article: str                              # article id
    outlet: str | None                        # the article's source ("kumparan")
    article_date: str | None
    category: str
    label: str
    date: str | None = None
    date_end: str | None = None
    place: str | None = None                  # place entity key
    places: tuple[str, ...] = ()              # the place and every region containing it
    actors: tuple[tuple[str, str], ...] = ()  # (role, entity key): agent/patient/participant/source
    topics: tuple[str, ...] = ()              # who its article is about (schema:about)


@dataclass(frozen=True)
class LinkConfig:
    max_days: int = 3             # event dates at most this far apart
    max_article_days: int = 7     # when an event has no date: its article date, this far; an
    #                               undated event happened at most this many days before it
    threshold: float = 0.6
    name_ratio: float = 85.0      # name variants: folded names this similar (rapidfuzz ratio)


@dataclass(frozen=True)
class EventCluster:
    canonical: str                            # key of the canonical member
    members: tuple[str, ...]                  # every member key, sorted (canonical included)
    score: float                              # the weakest link that joined it (1.0 alone)
    reasons: tuple[str, ...] = ()


def _day(s: str | None) -> Date | None:
    try:
        return Date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def undated_interval(r: EventRecord, cfg: LinkConfig) -> tuple[Date, Date] | None:
    """An undated event was reported as done: the days up to its article date."""
    d = _day(r.article_date)
    return (d - timedelta(days=cfg.max_article_days), d) if d else None


def _time_gap(a: EventRecord, b: EventRecord, cfg: LinkConfig) -> tuple[int | None, str]:
    """Days between the two (0 when intervals overlap), None when too far / unknown; an
    undated side counts max_days more, so it never makes a same-day link."""
    a0, b0 = _day(a.date), _day(b.date)
    if a0 and b0:
        a1, b1 = _day(a.date_end) or a0, _day(b.date_end) or b0
        gap = max(0, (max(a0, b0) - min(a1, b1)).days)
        if gap > cfg.max_days:
            return None, ""
        if gap == 0 and max(a1 - a0, b1 - b0).days > 2:   # a day inside a week or month: close, not the same day
            return 1, "date: within the other's interval"
        return gap, "date: same day" if gap == 0 else f"date: {gap} days apart"
    ia = (a0, _day(a.date_end) or a0) if a0 else undated_interval(a, cfg)
    ib = (b0, _day(b.date_end) or b0) if b0 else undated_interval(b, cfg)
    if not ia or not ib:
        return None, ""
    gap = max(0, (max(ia[0], ib[0]) - min(ia[1], ib[1])).days)
    if gap > cfg.max_days:
        return None, ""
    return gap + cfg.max_days, "date: undated, within its article's week"


def region_code(place: str) -> str | None:
    """The gazetteer code in a place key ("place/32.16/pasar-muara-bakti" -> "32.16"), if any."""
    parts = place.split("/")
    for i, p in enumerate(parts[:-1]):
        if p == "place" and i + 1 < len(parts):
            code = parts[i + 1]
            return code if code.replace(".", "").isdigit() else None
    return None


def _nested(c1: str, c2: str) -> bool:
    s1, s2 = c1.split("."), c2.split(".")
    n = min(len(s1), len(s2))
    return s1[:n] == s2[:n]


def _place_match(a: EventRecord, b: EventRecord) -> tuple[bool, str]:
    if not a.place or not b.place:
        return True, ""
    if a.place == b.place:
        return True, "place: same"
    if a.place in b.places or b.place in a.places:
        return True, "place: one contains the other"
    # only region codes contradict ("place/name/..." may be misread; a named place inside
    # region 32 fits any place of region 32)
    ca, cb = region_code(a.place), region_code(b.place)
    if not ca or not cb:
        return True, ""
    return _nested(ca, cb), ""


_TITLES = {"h", "hj", "dr", "ir", "prof", "kh", "drs", "raden", "rm", "bapak", "ibu"}


def name_tokens(key: str) -> tuple[str, tuple[str, ...]] | None:
    """(kind, folded name tokens) of a person or organisation key; None for places and for
    article-scoped keys ("person/kr~8ef2bf1482": initials, never matched by name)."""
    parts = key.split("/")
    kind = next((p for p in parts if p in ("person", "organization")), None)
    if not kind or "~" in parts[-1]:
        return None
    toks = tuple(t for t in parts[-1].split("-") if t and t not in _TITLES)
    return (kind, toks) if toks else None


def name_match(a: str, b: str, cfg: LinkConfig = LinkConfig()) -> str:
    """Why two actor keys name one actor by their names ("" when they do not): one name's
    tokens inside the other's (two at least), or one spelling (a shared first or last token and
    folded names at least `cfg.name_ratio` alike)."""
    from rapidfuzz import fuzz

    na, nb = name_tokens(a), name_tokens(b)
    if not na or not nb or na[0] != nb[0]:
        return ""
    ta, tb = na[1], nb[1]
    small, big = sorted((ta, tb), key=len)
    if len(small) >= 2 and set(small) <= set(big):
        return "name inside the other"
    if (ta[0] == tb[0] or ta[-1] == tb[-1]) and len("".join(small)) >= 6 \
            and fuzz.ratio("".join(ta), "".join(tb)) >= cfg.name_ratio:
        return "name variant"
    return ""


def name_blocks(key: str) -> set[str]:
    """Blocking tokens of a key's name: every pair `name_match` joins shares one."""
    n = name_tokens(key)
    return {f"{n[0]}:{t}" for t in n[1]} if n else set()


def _common(xs: set[str], ys: set[str], cfg: LinkConfig) -> list[tuple[str, str]]:
    """(actor, how) pairs shared by two canonical key sets: the same key, or a name match."""
    out = [(k, "") for k in sorted(xs & ys)]
    for x in sorted(xs - ys):
        for y in sorted(ys - xs):
            how = name_match(x, y, cfg)
            if how:
                out.append((f"{x} ~ {y}", f" ({how})"))
    return out


def _people(keys, canonical) -> set[str]:
    """The canonical keys of the people among `keys` (article-scoped names left out)."""
    return {c for c in map(canonical, keys) if (n := name_tokens(c)) and n[0] == "person"}


def link_score(a: EventRecord, b: EventRecord, canonical: Callable[[str], str],
               cfg: LinkConfig = LinkConfig()) -> tuple[float, tuple[str, ...]]:
    """Match score in 0..1 and its reasons; 0 when a hard condition fails."""
    if a.article == b.article or not a.category or b.category not in compatible(a.category):
        return 0.0, ()
    gap, date_reason = _time_gap(a, b, cfg)
    if gap is None:
        return 0.0, ()
    place_ok, place_reason = _place_match(a, b)
    if not place_ok:
        return 0.0, ()

    def keys(r, roles):
        return {canonical(k) for x, k in r.actors if x in roles}

    everyone = ("agent", "patient", "participant", "source")
    key_a, key_b = keys(a, KEY_ROLES), keys(b, KEY_ROLES)
    all_a, all_b = keys(a, everyone[:3]), keys(b, everyone[:3])
    # a shared patient names the happening; a shared agent alone (KPK, Polri: they act
    # every week) needs the same place or day as well
    patients_a, patients_b = keys(a, ("patient",)), keys(b, ("patient",))
    patients = _common(patients_a, patients_b, cfg)
    # a patient of one report in another role of the other: a role one outlet misread
    crossed = []
    if not patients:
        for pa, rb in ((patients_a, b), (patients_b, a)):
            roles = {canonical(k): x for x, k in rb.actors if x != "patient"}
            for k, how in _common(pa, set(roles) - keys(rb, ("patient",)), cfg):
                role = roles[k.split(" ~ ")[-1]]
                crossed.append((k, f" (patient of one, {role} of the other{how[2:-1] and ', ' + how[2:-1]})"))
    if patients_a and patients_b and not patients and not crossed:
        return 0.0, ()      # done to different people or bodies: two happenings
    same_type = a.category == b.category
    if not same_type and not patients:
        return 0.0, ()      # compatible categories need a shared patient
    shared_key = _common(key_a, key_b, cfg)
    shared = [x for x in _common(all_a, all_b, cfg) if x[0] not in {k for k, _ in shared_key}]
    sources = _common(keys(a, ("source",)), keys(b, ("source",)), cfg)
    # both articles about one person, the events on one day and not done by two different
    # agents (not bodies: KPK or Polri is what hundreds of articles are about; and on the
    # corpus, undated or nearby-day events of one much-named person were other happenings)
    agents_a, agents_b = keys(a, ("agent",)), keys(b, ("agent",))
    topics = _common(_people(a.topics, canonical), _people(b.topics, canonical), cfg) \
        if same_type and gap == 0 and not (agents_a and agents_b) else []
    kind = f"type: {a.category}" if same_type else f"type: {a.category} ~ {b.category}"
    reasons = [kind, date_reason]
    score = 0.3
    if shared_key:
        score += (0.4 if patients else 0.2) + 0.1 * min(2, len(shared_key) - 1)
        reasons += [f"actor: {k}{how}" for k, how in shared_key]
    elif crossed:
        score += 0.3
        reasons += [f"actor: {k}{how}" for k, how in crossed]
    elif shared or (sources and gap == 0):
        score += 0.2
        reasons += [f"participant: {k}{how}" for k, how in shared]
        reasons += [f"source: {k}{how}" for k, how in sources]
        reasons += [f"topic: {k}{how}" for k, how in topics]
        score += 0.1 if topics else 0.0
    elif topics:
        score += 0.3
        reasons += [f"topic: {k}{how}" for k, how in topics]
    elif not (all_a or all_b):
        # no actors on either side (a fire, a crash): same place and same day instead
        if not (place_reason and gap == 0):
            return 0.0, ()
        score += 0.3
    else:
        return 0.0, ()
    if place_reason:
        score += 0.15
        reasons.append(place_reason)
    if gap == 0:
        score += 0.1
    return min(score, 1.0), tuple(dict.fromkeys(r for r in reasons if r))


def _days(r: EventRecord, cfg: LinkConfig = LinkConfig()) -> tuple[Date, Date] | None:
    """(latest start, earliest end) the record allows: its date, or of an undated record the
    days before its article date (`undated_interval`)."""
    d = _day(r.date)
    if d:   # a day, or an interval (a month, "pekan lalu"): the happening lies within it
        return (d, max(d, _day(r.date_end) or d))
    return undated_interval(r, cfg)


def _join_span(a, b):
    """A cluster's (latest start, earliest end) over its members; it holds one happening's
    reports while the latest start is at most max_article_days after the earliest end."""
    if not a or not b:
        return a or b
    return (max(a[0], b[0]), min(a[1], b[1]))


def _order(r: EventRecord) -> tuple[str, str]:
    return (r.article_date or "9999", r.key)


def weeks(r: EventRecord, cap: int | None = None,
          back: int = LinkConfig.max_article_days + LinkConfig.max_days) -> set[Date]:
    """Mondays of the weeks of the record's date interval (at most `cap` of them) and of its
    article date; of an undated record, of the `back` days before its article date too (it
    may join an event dated then: `undated_interval`)."""
    out = set()
    start = _day(r.date)
    art = _day(r.article_date)
    if not start and art:
        start = art - timedelta(days=back)
    if start:
        end = _day(r.date_end) or (start if r.date else art)
        monday = start - timedelta(days=start.weekday())
        while monday <= end and (cap is None or len(out) < cap):
            out.add(monday)
            monday += timedelta(days=7)
    if art:
        out.add(art - timedelta(days=art.weekday()))
    return out


def candidate_pairs(records: Sequence[EventRecord], canonical: Callable[[str], str] = lambda k: k,
                    cfg: LinkConfig = LinkConfig()) -> list[tuple[int, int]]:
    """Index pairs (i < j) that link_score can join: compatible categories, weeks at most one
    apart, and a shared actor (any role) or name token (`name_blocks`), or one's place in the
    other's place chain. Every pair link_score gives a non-zero score is among them (a link
    needs close dates and a shared or name-matched actor, or, with no actors, the same or a
    containing place), but their number grows with the events of one week, one actor, one name
    token or one place, not with the square of a category."""
    if max(cfg.max_days, cfg.max_article_days) > 7:
        return [(i, j) for i in range(len(records)) for j in range(i + 1, len(records))]
    back = cfg.max_article_days + cfg.max_days
    index: dict[tuple, list[int]] = {}
    lookups = []
    for i, r in enumerate(records):
        mondays = weeks(r, back=back) if r.category else set()
        actors = {("actor", canonical(k)) for _, k in r.actors}
        actors |= {("name", t) for _, k in r.actors for t in name_blocks(canonical(k))}
        actors |= {("actor", k) for k in _people(r.topics, canonical)}
        actors |= {("name", t) for k in _people(r.topics, canonical) for t in name_blocks(k)}
        for w in mondays:
            for k in actors | {("place", p) for p in r.places or ((r.place,) if r.place else ())}:
                index.setdefault((r.category, w, k), []).append(i)
        lookups.append((mondays, actors | ({("place", r.place)} if r.place else set())))
    pairs = set()
    for i, (mondays, keys) in enumerate(lookups):
        for cat in compatible(records[i].category):
            for w in mondays:
                for d in (-7, 0, 7):
                    day = w + timedelta(days=d)
                    for k in keys:
                        for j in index.get((cat, day, k), ()):
                            if j != i:
                                pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def cluster_records(records: Sequence[EventRecord], canonical: Callable[[str], str] = lambda k: k,
                    cfg: LinkConfig = LinkConfig()) -> list[EventCluster]:
    """Clusters of records (singletons included), strongest links first; never two events of
    one article in one cluster."""
    links = []
    for i, j in candidate_pairs(records, canonical, cfg):
        a, b = records[i], records[j]
        s, why = link_score(a, b, canonical, cfg)
        if s >= cfg.threshold:
            links.append((s, a.key, b.key, why))
    span = {r.key: _days(r, cfg) for r in records}   # see _join_span
    parent = {r.key: r.key for r in records}
    members = {r.key: {r.key} for r in records}
    articles = {r.key: {r.article} for r in records}
    weakest = {r.key: 1.0 for r in records}
    reasons: dict[str, list[str]] = {r.key: [] for r in records}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for s, a, b, why in sorted(links, key=lambda x: (-x[0], x[1], x[2])):
        ra, rb = root(a), root(b)
        if ra == rb or articles[ra] & articles[rb]:
            continue
        joined = _join_span(span[ra], span[rb])
        if joined and (joined[0] - joined[1]).days > cfg.max_article_days:
            continue        # no chains: one happening's reports lie within a week
        span[ra] = joined
        parent[rb] = ra
        members[ra] |= members.pop(rb)
        articles[ra] |= articles.pop(rb)
        weakest[ra] = min(weakest[ra], weakest.pop(rb), s)
        reasons[ra] = sorted(set(reasons[ra]) | set(reasons.pop(rb)) | set(why))
    rec = {r.key: r for r in records}
    out = []
    for k, ms in members.items():
        canon = min(ms, key=lambda m: _order(rec[m]))
        out.append(EventCluster(canon, tuple(sorted(ms)), weakest[k], tuple(reasons[k])))
    return sorted(out, key=lambda c: c.canonical)


ROLE_IRIS = {"agent": V.ORGANIZER, "patient": V.TARGET, "participant": V.PARTICIPANT,
             "source": V.SOURCE_ROLE}


def corpus_event_quads(clusters: Sequence[EventCluster], records: Sequence[EventRecord],
                       base_iri: str = V.DEFAULT_BASE_IRI,
                       canonical: Callable[[str], str] = lambda k: k,
                       iris: bool = False) -> list[tuple]:
    """The corpus-graph quads of multi-article clusters (singletons need none). Record keys,
    places, actors and articles are resolver keys and article ids, or (iris) IRIs."""
    base = V.check_base_iri(base_iri)
    g = V.corpus_graph(base)
    rec = {r.key: r for r in records}
    entity = URIRef if iris else (lambda k: V.entity_iri(base, k))
    article = URIRef if iris else (lambda a: V.article_iri(base, a))
    out: list[tuple] = []
    for c in clusters:
        if len(c.members) < 2:
            continue
        node = entity(c.canonical)
        ms = [rec[m] for m in c.members]
        for m in c.members:
            if m != c.canonical:
                out.append((entity(m), OWL.sameAs, node, g))
        for r in sorted({r.article for r in ms}):
            out.append((node, V.REPORTED_IN, article(r), g))
        out.append((node, V.EVENT_CATEGORY, V.event_category_iri(ms[0].category), g))
        out.append((node, V.REPORT_COUNT, Literal(len({r.article for r in ms}), datatype=XSD.integer), g))
        # the canonical xsd:decimal form ("1", "0.75"): what Oxigraph stores from a SPARQL update,
        # so a transaction of quads and one of SPARQL text write the same literal
        score = f"{round(c.score, 3):.3f}".rstrip("0").rstrip(".")
        out.append((node, V.LINK_SCORE, Literal(score, datatype=XSD.decimal), g))
        for why in c.reasons:
            out.append((node, V.REASON, Literal(why), g))
        dates = sorted(r.date for r in ms if r.date)
        if dates:
            out.append((node, V.HAS_TIMESTAMP, Literal(dates[0][:10], datatype=XSD.date), g))
        places = [r for r in ms if r.place]
        if places:
            best = max(places, key=lambda r: (len(r.places), r.place))
            out.append((node, V.HAS_PLACE, entity(canonical(best.place)), g))
        seen = set()
        for r in ms:
            for role, key in r.actors:
                k = (role, canonical(key))
                if k in seen:
                    continue
                seen.add(k)
                role_node = URIRef(f"{node}/corpus-actor/{len(seen) - 1}")
                out.append((node, V.HAS_ACTOR, role_node, g))
                out.append((role_node, V.TYPE, V.SEM_ROLE, g))
                out.append((role_node, V.VALUE, entity(k[1]), g))
                out.append((role_node, V.ROLE_TYPE, ROLE_IRIS[role], g))
    return out
