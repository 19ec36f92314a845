"""Keep a store's cross-article events up to date (the rules are in kg/link/events.py).

Runs after the entity linker, so event actors compare as canonical entities. Each event
gets blocking keys (`e:<category>:<monday of a week>`, in graph/links) for the weeks of its
dates and of its article date; a pending event finds its candidates through the keys of
its own and the neighbouring weeks, then the clusters those candidates already belong to
are re-clustered with it. A full re-link (seeds None) reads every event.

What it owns: in graph/corpus every quad whose subject is an event IRI (owl:sameAs of
members, the canonical event's merged description, `bkg:withinRegion` of every event with
a place) or one of its `/corpus-actor/` nodes; in graph/links the event IRIs' blocking keys
and pending marks.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date as Date, timedelta

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import XSD

from kg import vocab as V
from kg.link.events import EventRecord, LinkConfig, cluster_records, compatible, corpus_event_quads, weeks
from kg.rdf.terms import text, to_ox_quad

MAX_WEEKS = 6            # an interval event is keyed by at most this many weeks
CHUNK = 5000             # events (whole clusters) per write transaction of a large re-link
ROLES = {str(V.ORGANIZER): "agent", str(V.TARGET): "patient", str(V.PARTNER): "participant",
         str(V.PARTICIPANT): "participant", str(V.SOURCE_ROLE): "source"}


@dataclass
class EventLinkReport:
    events: int = 0
    stories: int = 0              # clusters of more than one article's event
    quads_added: int = 0
    quads_removed: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (f"linked {self.events} events into {self.stories} multi-article stories "
                f"in {self.seconds:.1f}s")


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _value(store, s, p, g):
    q = next(store.quads_for_pattern(s, _n(p), None, g), None)
    return q.object.value if q is not None else None


def is_event_iri(iri: str, base_iri: str) -> bool:
    return iri.startswith(f"{base_iri}event/")


def _category(iri: str | None) -> str:
    name = iri.rsplit("#", 1)[-1] if iri else ""
    return name[:1].lower() + name[1:-len("Event")] if name.endswith("Event") else ""


class _Reader:
    """Event records from the article graphs, with cached place ancestry and canonical IRIs."""

    def __init__(self, store: ox.Store, base_iri: str):
        self.store, self.base = store, base_iri
        self.entities, self.regions = _n(V.entities_graph(base_iri)), _n(V.regions_graph(base_iri))
        self._places: dict[str, tuple[str, ...]] = {}
        self._canonical: dict[str, str] = {}
        self._topics: dict[str, tuple[str, ...]] = {}

    def canonical(self, iri: str) -> str:
        if iri not in self._canonical:
            self._canonical[iri] = _value(self.store, _n(iri), V.SAME_AS, self.entities) or iri
        return self._canonical[iri]

    def places(self, place: str) -> tuple[str, ...]:
        """The place and every place containing it (merged descriptions, then the gazetteer)."""
        if place not in self._places:
            chain, k = [], place
            while k and k not in chain and len(chain) < 12:
                chain.append(k)
                node = _n(k)
                k = _value(self.store, node, V.CONTAINED_IN_PLACE, self.entities) \
                    or _value(self.store, node, V.CONTAINED_IN_PLACE, self.regions)
            self._places[place] = tuple(chain)
        return self._places[place]

    def topics(self, graph: ox.NamedNode) -> tuple[str, ...]:
        """Who the article is about (schema:about in its graph)."""
        if graph.value not in self._topics:
            self._topics[graph.value] = tuple(sorted(
                q.object.value for q in self.store.quads_for_pattern(graph, _n(V.ABOUT), None, graph)))
        return self._topics[graph.value]

    def region_codes(self, places: tuple[str, ...]) -> list[str]:
        """IRIs of the gazetteer regions among `places` (they carry a region code)."""
        out = []
        for p in places:
            node = _n(p)
            if _value(self.store, node, V.REGION_CODE, self.regions) \
                    or _value(self.store, node, V.REGION_CODE, self.entities):
                out.append(p)
        return out

    def record(self, event: str, graph: ox.NamedNode) -> EventRecord | None:
        props: dict[str, list] = {}
        for q in self.store.quads_for_pattern(_n(event), None, None, graph):
            props.setdefault(q.predicate.value, []).append(q.object)
        if str(V.EVENT) not in {o.value for o in props.get(str(V.TYPE), [])}:
            return None

        def one(p):
            v = props.get(str(p))
            return v[0].value if v else None

        actors = []
        for role in props.get(str(V.HAS_ACTOR), []):
            who = _value(self.store, role, V.VALUE, graph)
            kind = ROLES.get(_value(self.store, role, V.ROLE_TYPE, graph) or "")
            if who and kind:
                actors.append((kind, who))
        article = graph.value
        place = one(V.HAS_PLACE)
        return EventRecord(
            key=event, article=article, outlet=_value(self.store, graph, V.PUBLISHER_NAME, graph),
            article_date=_value(self.store, graph, V.DATE_PUBLISHED, graph),
            category=_category(one(V.EVENT_CATEGORY)), label=one(V.PREF_LABEL) or "",
            date=one(V.HAS_TIMESTAMP) or one(V.HAS_BEGIN_TIMESTAMP), date_end=one(V.HAS_END_TIMESTAMP),
            place=place, places=self.places(place) if place else (), actors=tuple(sorted(actors)),
            topics=self.topics(graph))

    def events_of(self, iris: set[str]) -> list[EventRecord]:
        """Records of the given event IRIs that an article still describes."""
        out = []
        for iri in sorted(iris):
            for q in self.store.quads_for_pattern(_n(iri), _n(V.TYPE), _n(V.EVENT), None):
                if q.graph_name.value.startswith(f"{self.base}article/"):
                    r = self.record(iri, q.graph_name)
                    if r is not None:
                        out.append(r)
        return out

    def all_events(self) -> list[EventRecord]:
        out = []
        for q in self.store.quads_for_pattern(None, _n(V.TYPE), _n(V.EVENT), None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(f"{self.base}article/"):
                r = self.record(q.subject.value, q.graph_name)
                if r is not None:
                    out.append(r)
        return sorted(out, key=lambda r: r.key)


def _day(s: str | None) -> Date | None:
    try:
        return Date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def block_keys(r: EventRecord) -> list[str]:
    return sorted(f"e:{r.category}:{w.isoformat()}" for w in weeks(r, MAX_WEEKS)) if r.category else []


def _lookup_keys(r: EventRecord) -> set[str]:
    """The keys of the record's weeks and of the weeks either side, for its category and the
    categories compatible with it."""
    return {f"e:{c}:{(w + timedelta(days=d)).isoformat()}" for c in compatible(r.category)
            for w in weeks(r, MAX_WEEKS) for d in (-7, 0, 7)} if r.category else set()


def _owned_quads(store: ox.Store, events: set[str], base_iri: str) -> list[ox.Quad]:
    """The quads this stage owns for the given events (those of events no article describes
    any more: `_stale_quads`)."""
    corpus, links = _n(V.corpus_graph(base_iri)), _n(V.links_graph(base_iri))
    out = []
    for e in sorted(events):
        for g in (corpus, links):
            out += store.quads_for_pattern(_n(e), None, None, g)
        for q in store.quads_for_pattern(_n(e), _n(V.HAS_ACTOR), None, corpus):
            out += store.quads_for_pattern(q.object, None, None, corpus)
    return list(dict.fromkeys(out))


def _stored_cluster(store: ox.Store, event: str, base_iri: str) -> set[str]:
    """The event, its stored canonical event and every member of that cluster."""
    corpus, same = _n(V.corpus_graph(base_iri)), _n(V.SAME_AS)
    canon = _value(store, _n(event), V.SAME_AS, corpus) or event
    return {event, canon} | {q.subject.value for q in store.quads_for_pattern(None, same, _n(canon), corpus)}


def _region(store: ox.Store, reader: _Reader, seeds: set[str], base_iri: str) -> set[str]:
    """Seeds, their candidates (same category, weeks at most one apart), and the stored
    clusters of all of them."""
    links, block = _n(V.links_graph(base_iri)), _n(V.BLOCK_KEY)
    keys = {k for r in reader.events_of(seeds) for k in _lookup_keys(r)}
    for s in seeds:   # an event no article describes any more: its stored keys
        for q in store.quads_for_pattern(_n(s), block, None, links):
            cat, monday = q.object.value.rsplit(":", 1)
            day = Date.fromisoformat(monday)
            keys |= {f"{cat}:{(day + timedelta(days=d)).isoformat()}" for d in (-7, 0, 7)}
    region = set(seeds)
    for k in sorted(keys):
        region |= {q.subject.value for q in store.quads_for_pattern(None, block, ox.Literal(k), links)}
    for e in list(region):
        region |= _stored_cluster(store, e, base_iri)
    return region


def event_quads(records: list[EventRecord], clusters, reader: _Reader, base_iri: str) -> list[tuple]:
    """Corpus quads of the records' clusters, every event's regions and blocking keys."""
    out = corpus_event_quads(clusters, records, base_iri, reader.canonical, iris=True)
    corpus, links = V.corpus_graph(base_iri), V.links_graph(base_iri)
    for r in records:
        for region in reader.region_codes(r.places):
            out.append((URIRef(r.key), V.WITHIN_REGION, URIRef(region), corpus))
        for k in block_keys(r):
            out.append((URIRef(r.key), V.BLOCK_KEY, text(k), links))
    return out


def _stale_quads(store: ox.Store, keep: set[str], base_iri: str) -> list[ox.Quad]:
    """Event-stage quads of events outside `keep` (no article describes them any more),
    read as a stream; their /corpus-actor/ nodes go with them."""
    corpus, links = _n(V.corpus_graph(base_iri)), _n(V.links_graph(base_iri))
    return [q for g in (corpus, links) for q in store.quads_for_pattern(None, None, None, g)
            if is_event_iri(q.subject.value, base_iri) and q.subject.value.split("/corpus-actor/", 1)[0] not in keep]


def relink_events(store: ox.Store, base_iri: str = V.DEFAULT_BASE_IRI, seeds: set[str] | None = None,
                  cfg: LinkConfig = LinkConfig(), chunk: int = CHUNK) -> EventLinkReport:
    """Re-link the pending `seeds` (event IRIs) with their candidates, or every event (None),
    and rewrite what this stage owns for them (pending marks cleared): in one transaction,
    or, from `chunk` events, a transaction per `chunk` events of whole clusters, each clearing
    its events' pending marks (a full re-link marks every event pending first), so an
    interrupted re-link is finished by the next build's pending link."""
    from kg.link.full import _cluster_chunks, _write_chunk
    from kg.link.quads import write_diff

    started = time.perf_counter()
    base_iri = V.check_base_iri(base_iri)
    reader = _Reader(store, base_iri)
    if seeds is None:
        records, region = reader.all_events(), None
    else:
        seeds = {s for s in seeds if is_event_iri(s, base_iri)}
        if not seeds:
            return EventLinkReport()
        region = _region(store, reader, seeds, base_iri)
        records = reader.events_of(region)
    clusters = cluster_records(records, reader.canonical, cfg)
    stories = sum(1 for c in clusters if len(c.members) > 1)
    report = EventLinkReport(events=len(records), stories=stories)
    if region is not None and len(records) <= chunk:
        new = event_quads(records, clusters, reader, base_iri)
        report.quads_added, report.quads_removed = write_diff(
            store, _owned_quads(store, region, base_iri), [to_ox_quad(q) for q in new])
        report.seconds = time.perf_counter() - started
        return report
    links, mark = _n(V.links_graph(base_iri)), _n(V.PENDING_LINK)
    marked = 0
    if region is None:
        true = ox.Literal("true", datatype=_n(XSD.boolean))
        marks = [ox.Quad(_n(r.key), mark, true, links) for r in records]
        marks = [q for q in marks if q not in store]
        store.extend(marks)
        marked = len(marks)
    by_key = {r.key: r for r in records}
    for group in _cluster_chunks(clusters, chunk):   # whole clusters, ~chunk events each
        keys = {m for c in group for m in c.members}
        part = [by_key[k] for k in sorted(keys)]
        new = [to_ox_quad(q) for q in event_quads(part, group, reader, base_iri)]
        added, removed = _write_chunk(store, _owned_quads(store, keys, base_iri), new)
        report.quads_added += added
        report.quads_removed += removed
        store.flush()
    keep = set(by_key)
    gone = _stale_quads(store, keep, base_iri) if region is None else \
        _owned_quads(store, region - keep, base_iri)
    report.quads_removed += _write_chunk(store, gone, [])[1]
    report.quads_removed -= marked   # the marks written above
    report.seconds = time.perf_counter() - started
    return report
