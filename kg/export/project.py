"""Project the RDF store to a networkx MultiDiGraph for Gephi.

Every edge and node carries `_seen` {article IRI: ISO date or None}: the articles that
support it. Filters work on that map; `refresh` turns it into weight / mentions /
first_seen / last_seen. Edges that only the entities or regions graph states (gazetteer
containment, resolver located_in) carry `_structural` and weigh 1.
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg import vocab
from kg.errors import KgError

VIEWS = ("actors", "events", "places", "full")
TYPES = ("person", "organization", "place", "event")
ACTOR_TYPES = {"person", "organization"}

# relations that have no direction
UNDIRECTED = {"quoted_together", "co_event", "co_mentioned"}

VIEW_TYPES = {
    "actors": {"person", "organization"},
    "events": {"person", "organization", "event"},
    "places": set(TYPES),
    "full": set(TYPES),
}
VIEW_RELATIONS = {
    "actors": {"heads", "holds_post", "quoted_together", "co_event", "co_mentioned"},
    "events": {"organizer", "partner", "participant", "actor"},
    "places": {"located_in", "in_region", "held_at"},
    "full": {"heads", "holds_post", "unit_of", "quoted_together", "co_event", "organizer",
             "partner", "participant", "actor", "located_in", "in_region", "held_at"},
}
VIEW_HUBS = {"events": "event", "places": "place"}

# rdf:type -> node type; the first match in this order wins
_CLASSES = [
    (vocab.PERSON, "person"),
    (vocab.ORGANIZATION, "organization"),
    (vocab.ORGANIZATIONAL_UNIT, "organization"),
    (vocab.GOVERNMENT_ORGANIZATION, "organization"),
    (vocab.EVENT, "event"),
    (vocab.PLACE, "place"),
    (vocab.REGION, "place"),
]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@contextlib.contextmanager
def open_store(path: str | Path):
    """The store's pyoxigraph handle, opened read-only (Store.read_only, under the
    store's shared lock): an export never changes a store. Keep the `with` short:
    a build waits for readers to let go."""
    from kg.store.store import KgStore

    with KgStore.open(Path(path), write=False) as store:
        yield store.ox


def project(store: ox.Store, view: str = "full") -> nx.MultiDiGraph:
    """The `view` projection of the whole store (union of its graphs)."""
    if view not in VIEWS:
        raise KgError(f"unknown view {view!r}: choose one of {', '.join(VIEWS)}")
    canonical = _canonical(store)
    entities = _merge_members(_entities(store), canonical)
    graph = nx.MultiDiGraph(view=view)
    relations = VIEW_RELATIONS[view]
    types = VIEW_TYPES[view]
    edges = [edge for edge in _canonical_edges(_edges(store, relations), canonical)
             if entities.get(edge[0], {}).get("type") in types
             and entities.get(edge[1], {}).get("type") in types]
    if "co_mentioned" in relations:
        edges += _co_mentions(entities)

    # Places come in only when an article mentions them or a kept edge reaches them
    # (the regions graph may hold the whole gazetteer), then with the places around them.
    def contains(edge) -> bool:
        return edge[2] == "located_in" and entities[edge[0]]["type"] == "place"

    containment = [edge for edge in edges if contains(edge)]
    edges = [edge for edge in edges if not contains(edge)]
    wanted = {iri for iri, data in entities.items()
              if data["type"] in types and (data["type"] != "place" or data["_seen"])}
    hub = VIEW_HUBS.get(view)
    if hub:
        # bipartite views: other entities appear only linked to a hub (event / place)
        edges = [edge for edge in edges if entities[edge[1]]["type"] == hub]
        wanted = {iri for iri in wanted if entities[iri]["type"] == hub}
    wanted |= {iri for edge in edges for iri in edge[:2]}
    wanted |= _ancestors(wanted, containment)
    edges += [edge for edge in containment if edge[0] in wanted]

    for iri in sorted(wanted):
        graph.add_node(iri, **entities[iri])
    for source, target, relation, title, seen, structural in edges:
        if source not in graph or target not in graph:
            continue
        if relation in UNDIRECTED:
            source, target = sorted((source, target))
        key = relation
        if graph.has_edge(source, target, key):
            data = graph.edges[source, target, key]
            data["_seen"].update(seen)
            data["_structural"] = data["_structural"] or structural
            continue
        graph.add_edge(source, target, key=key, relation=relation, title=title or "",
                       directed=relation not in UNDIRECTED, _seen=dict(seen),
                       _structural=structural)
    _drop_duplicate_regions(graph)
    refresh(graph)
    return graph


def refresh(graph: nx.MultiDiGraph) -> None:
    """Recompute mentions, weight and first/last seen from each `_seen` map."""
    for _, data in graph.nodes(data=True):
        data["mentions"] = len(data["_seen"])
        data["first_seen"], data["last_seen"] = _span(data["_seen"])
    for *_, data in graph.edges(data=True):
        data["weight"] = len(data["_seen"]) or (1 if data.get("_structural") else 0)
        data["first_seen"], data["last_seen"] = _span(data["_seen"])


def _span(seen: dict) -> tuple[str, str]:
    dates = sorted(date for date in seen.values() if date)
    return (dates[0], dates[-1]) if dates else ("", "")


# --- queries ---------------------------------------------------------------------

def _select(store: ox.Store, query: str):
    prefixes = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in vocab.PREFIXES.items())
    return store.query(prefixes + query, use_default_graph_as_union=True)


def _value(term) -> str | None:
    return None if term is None else term.value


def _date(term) -> str | None:
    value = _value(term)
    return value[:10] if value and _DATE.match(value) else None


def _entities(store: ox.Store) -> dict[str, dict]:
    rank = {str(iri): index for index, (iri, _) in enumerate(_CLASSES)}
    kind = {str(iri): name for iri, name in _CLASSES}
    classes = " ".join(f"<{iri}>" for iri, _ in _CLASSES)
    entities: dict[str, dict] = {}
    best: dict[str, int] = {}
    for row in _select(store, f"""
            SELECT DISTINCT ?e ?class WHERE {{ ?e a ?class . VALUES ?class {{ {classes} }}
                FILTER(isIRI(?e)) }}"""):
        iri, cls = row["e"].value, row["class"].value
        if iri not in best or rank[cls] < best[iri]:
            best[iri] = rank[cls]
            entities[iri] = {"label": "", "type": kind[cls], "iri": iri, "aliases": [],
                             "region": "", "_seen": {}}

    labels: dict[str, list[str]] = {}
    for row in _select(store, "SELECT DISTINCT ?e ?l WHERE { ?e skos:prefLabel ?l }"):
        labels.setdefault(row["e"].value, []).append(row["l"].value)
    fallback: dict[str, list[str]] = {}
    for row in _select(store, "SELECT DISTINCT ?e ?l WHERE { ?e rdfs:label ?l }"):
        fallback.setdefault(row["e"].value, []).append(row["l"].value)
    aliases: dict[str, set[str]] = {}
    for row in _select(store, "SELECT DISTINCT ?e ?l WHERE { ?e skos:altLabel ?l }"):
        aliases.setdefault(row["e"].value, set()).add(row["l"].value)
    regions: dict[str, list[str]] = {}
    for row in _select(store, """
            SELECT DISTINCT ?e ?code WHERE {
                { ?e bkg:regionCode ?code } UNION { ?e bkg:region/bkg:regionCode ?code } }"""):
        regions.setdefault(row["e"].value, []).append(row["code"].value)
    for row in _select(store, """
            SELECT DISTINCT ?e ?art ?date WHERE { GRAPH ?g {
                ?art a schema:NewsArticle ; schema:mentions ?e .
                OPTIONAL { ?art schema:datePublished ?date } } }"""):
        data = entities.get(row["e"].value)
        if data is not None:
            data["_seen"][row["art"].value] = _date(row["date"])

    for iri, data in entities.items():
        names = sorted(labels.get(iri) or fallback.get(iri) or [])
        data["label"] = names[0] if names else _local_name(iri)
        data["aliases"] = sorted(aliases.get(iri, set()) | set(names[1:]) - {data["label"]})
        codes = regions.get(iri)
        # several codes (own code, region's code): the most specific, then the first
        data["region"] = min(codes, key=lambda code: (-len(code), code)) if codes else ""
    return entities


def _canonical(store: ox.Store) -> dict[str, str]:
    """Mention IRI -> canonical IRI (the linker's owl:sameAs), so one real entity is one node."""
    return {row["m"].value: row["c"].value for row in _select(store, f"""
        SELECT ?m ?c WHERE {{ GRAPH <{vocab.entities_graph(vocab.DEFAULT_BASE_IRI)}> {{ ?m owl:sameAs ?c }} }}""")}


def _merge_members(entities: dict[str, dict], canonical: dict[str, str]) -> dict[str, dict]:
    for member, target in canonical.items():
        data = entities.pop(member, None)
        if data is not None and target in entities:
            entities[target]["_seen"].update(data["_seen"])
    return entities


def _canonical_edges(edges, canonical: dict[str, str]):
    """Edges between canonical entities; one edge per (source, target, relation), its
    articles and titles united."""
    merged: dict[tuple, list] = {}
    for source, target, relation, title, seen, structural in edges:
        key = (canonical.get(source, source), canonical.get(target, target), relation)
        entry = merged.setdefault(key, [set(), {}, True])
        entry[0].update(t for t in title.split(" | ") if t)
        entry[1].update(seen)
        entry[2] = entry[2] and structural
    for (source, target, relation), (titles, seen, structural) in merged.items():
        if source != target:
            yield source, target, relation, " | ".join(sorted(titles)), seen, structural


def _local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri


# (relation, SPARQL pattern binding ?s ?o [?title]) inside one graph
_PATTERNS = {
    "heads": """?s org:headOf ?o .
        OPTIONAL { ?m a bkg:Headship ; org:member ?s ; org:organization ?o .
                   OPTIONAL { ?m org:role ?role } OPTIONAL { ?m bkg:title ?factTitle } }""",
    "holds_post": """{ ?s org:memberOf ?o }
        UNION { ?m a org:Membership ; org:member ?s ; org:organization ?o .
                FILTER NOT EXISTS { ?m a bkg:Headship }
                OPTIONAL { ?m org:role ?role } OPTIONAL { ?m bkg:title ?factTitle } }""",
    # an article's entity description also states unit_of / located_in
    "unit_of": "{ ?s org:unitOf ?o } UNION { ?d bkg:describes ?s ; bkg:unitOf ?o }",
    "located_in": """{ ?s schema:containedInPlace ?o }
        UNION { ?d bkg:describes ?s ; bkg:locatedIn ?o }""",
    "in_region": "?s bkg:region ?o .",
    "held_at": "?s a sem:Event ; sem:hasPlace ?o .",
    "quoted_together": """?q1 a schema:Quotation ; schema:creator ?s .
        ?q2 a schema:Quotation ; schema:creator ?o . FILTER(STR(?s) < STR(?o))""",
    "co_event": """?ev a sem:Event ; sem:hasActor ?r1, ?r2 .
        OPTIONAL { ?r1 rdf:value ?v1 } OPTIONAL { ?r2 rdf:value ?v2 }
        BIND(COALESCE(?v1, ?r1) AS ?s) BIND(COALESCE(?v2, ?r2) AS ?o)
        FILTER(STR(?s) < STR(?o))""",
}
# actor -> event edges, relation = the role type's local name
_ROLE_PATTERN = """?o a sem:Event ; sem:hasActor ?r .
        OPTIONAL { ?r rdf:value ?v } OPTIONAL { ?r sem:roleType ?roleType }
        BIND(COALESCE(?v, ?r) AS ?s)"""
_ROLE_RELATIONS = {"organizer", "partner", "participant", "actor"}


def _edges(store: ox.Store, relations: set[str]):
    """Yield (source, target, relation, title, {article: date}, structural)."""
    found: dict[tuple, list] = {}
    role_titles = {}
    for row in _select(store, """SELECT ?role ?l WHERE { ?m org:role ?role .
            { ?role skos:prefLabel ?l } UNION { ?role rdfs:label ?l } }"""):
        role_titles.setdefault(row["role"].value, row["l"].value)

    def collect(relation: str, pattern: str) -> None:
        rows = _select(store, f"""
            SELECT ?s ?o ?role ?factTitle ?roleType ?art ?date WHERE {{
                GRAPH ?g {{ {pattern} }}
                FILTER(?g != <{vocab.corpus_graph(vocab.DEFAULT_BASE_IRI)}>)
                OPTIONAL {{ GRAPH ?g {{ ?art a schema:NewsArticle .
                                        OPTIONAL {{ ?art schema:datePublished ?date }} }} }}
                FILTER(isIRI(?s) && isIRI(?o))
            }}""")
        for row in rows:
            name = relation
            if relation == "actor":
                name = _local_name(row["roleType"].value) if row["roleType"] else "actor"
                if name not in _ROLE_RELATIONS:
                    name = "actor"
                if name not in relations:
                    continue
            entry = found.setdefault((row["s"].value, row["o"].value, name), [{}, False, set()])
            title = _value(row["factTitle"]) or role_titles.get(_value(row["role"]))
            if title:
                entry[2].add(title)
            if row["art"] is None:
                entry[1] = True
            else:
                entry[0][row["art"].value] = _date(row["date"])

    for relation, pattern in _PATTERNS.items():
        if relation in relations:
            collect(relation, pattern)
    if relations & _ROLE_RELATIONS:
        collect("actor", _ROLE_PATTERN)
    for (source, target, relation), (seen, structural, titles) in found.items():
        if source != target:
            yield source, target, relation, " | ".join(sorted(titles)), seen, structural


def _co_mentions(entities: dict[str, dict]):
    """Actors (persons, organizations) mentioned in the same article, one edge per pair
    with every shared article in its `_seen` (weight = shared articles)."""
    by_article: dict[str, list[str]] = {}
    dates: dict[str, str | None] = {}
    for iri, data in entities.items():
        if data["type"] in ACTOR_TYPES:
            for article, date in data["_seen"].items():
                by_article.setdefault(article, []).append(iri)
                dates[article] = date
    pairs: dict[tuple[str, str], dict] = {}
    for article, actors in by_article.items():
        actors.sort()
        for i, source in enumerate(actors):
            for target in actors[i + 1:]:
                pairs.setdefault((source, target), {})[article] = dates[article]
    for (source, target), seen in sorted(pairs.items()):
        yield source, target, "co_mentioned", "", seen, False


def _ancestors(wanted: set[str], containment) -> set[str]:
    """Places that contain a wanted place, transitively (Sampit -> Kotim -> Kalteng)."""
    parents: dict[str, set[str]] = {}
    for source, target, *_ in containment:
        parents.setdefault(source, set()).add(target)
    found: set[str] = set()
    todo = [iri for iri in wanted if iri in parents]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in found and parent not in wanted:
                found.add(parent)
                todo.append(parent)
    return found


def _drop_duplicate_regions(graph: nx.MultiDiGraph) -> None:
    """bkg:region often repeats a located_in edge: keep one."""
    for source, target, key in list(graph.edges(keys=True)):
        if key == "in_region" and graph.has_edge(source, target, "located_in"):
            located = graph.edges[source, target, "located_in"]
            located["_seen"].update(graph.edges[source, target, key]["_seen"])
            graph.remove_edge(source, target, key)
