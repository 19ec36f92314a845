"""Scored pairs -> clusters, with the constraints that keep different entities apart.

Pairs are merged from the highest score down (ties by IRI); a merge is refused when the two
clusters hold a cannot-link pair: a manual cannot-link, two people whose full names conflict
(different first names, or different last names, with no alias tie), or two organisations of
different regions. The result depends only on the set of pairs, not on their order, so a full
re-link and an incremental add give the same clusters.
"""
from __future__ import annotations

from kg.link.features import key_name
from kg.link.types import Cluster, Link, LinkRecord
from kg.resolve.names import alias_table, person_tokens


def _names_conflict(a: LinkRecord, b: LinkRecord) -> bool:
    if a.type != b.type:
        return True
    if a.type == "organization":
        return bool(a.region_code and b.region_code and a.region_code != b.region_code)
    ta, tb = person_tokens(key_name(a.key)), person_tokens(key_name(b.key))
    if len(ta) < 2 or len(tb) < 2:
        return False
    table = alias_table("person")
    ida = {x.name for f in (" ".join(ta),) if (x := table.get(f))} | {" ".join(ta)}
    idb = {x.name for f in (" ".join(tb),) if (x := table.get(f))} | {" ".join(tb)}
    if ida & idb:
        return False
    short, full = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not _alike(short[0], full[0]):
        return True                      # Joko Widodo / Iriana Joko Widodo
    # Retno Marsudi / Retno LP Marsudi / Sri Mulyani Indrawati / Basuki Tjahja Purnama: every
    # word of the short name, initials aside, is (nearly) a word of the full one
    return not all(any(_alike(t, u) for u in full) for t in short[1:] if len(t) > 2)


def _alike(a: str, b: str) -> bool:
    from rapidfuzz.distance import JaroWinkler

    return a == b or JaroWinkler.similarity(a, b) >= 0.9


# the name evidence of a link, strongest first: merges follow it, so an alias-list link
# ("Ahok" = Basuki Tjahaja Purnama) is decided before a short-form one ("Ahok" in a
# mis-tagged "Ahok Justru Ciderai")
NAME_RANKS = ("same full name", "alias list", "same first and last name", "shared name, acronym or alias",
              "same first name, last name spelling",
              "same name", "short form", "weak alias", "spelling", "one-word first or last name",
              "same one-word name", "contained, other first name")


def name_rank(link: Link) -> int:
    for reason in link.reasons:
        if reason.startswith("name: "):
            label = reason[6:].split(" (x", 1)[0]
            if label in NAME_RANKS:
                return NAME_RANKS.index(label)
    return len(NAME_RANKS)


def cluster(records: dict[str, LinkRecord], links: list[Link],
            cannot: set[frozenset[str]] = frozenset()) -> list[Cluster]:
    """Clusters of every record (singletons included)."""
    parent = {iri: iri for iri in records}
    members = {iri: [iri] for iri in records}
    used: dict[str, list[Link]] = {iri: [] for iri in records}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def conflict(ra: str, rb: str) -> bool:
        for x in members[ra]:
            for y in members[rb]:
                if frozenset((x, y)) in cannot or _names_conflict(records[x], records[y]):
                    return True
        return False

    order = sorted((l for l in links if l.a in records and l.b in records),
                   key=lambda l: (l.decision != "must-link", name_rank(l), -l.score, l.a, l.b))
    for link in order:
        ra, rb = find(link.a), find(link.b)
        if ra == rb:
            continue
        if link.decision != "must-link" and conflict(ra, rb):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        parent[gone] = keep
        members[keep] += members.pop(gone)
        used[keep] += used.pop(gone) + [link]
    out = []
    for root, iris in members.items():
        iris = sorted(iris)
        out.append(Cluster(canonical_of([records[i] for i in iris]), tuple(iris),
                           tuple(sorted(used[root], key=lambda l: (l.a, l.b)))))
    return sorted(out, key=lambda c: c.canonical)


def canonical_of(members: list[LinkRecord]) -> str:
    """The member that names the cluster: the alias list's full name; else a global key over
    an article-scoped one, a full name over short forms and acronyms, then most articles,
    then the name the others extend, then the longest, then alphabetical (organisations:
    global, most articles, longest). Depends only on the cluster's content."""
    table = alias_table(members[0].type)
    words = [person_tokens(key_name(m.key)) for m in members] if members[0].type == "person" else []

    def rank(r: LinkRecord):
        name = key_name(r.key)
        tokens = person_tokens(name) if r.type == "person" else tuple(name.split())
        folded = " ".join(tokens)
        listed = folded in table and table[folded].name == folded
        full = len([t for t in tokens if len(t) > 2]) >= 2
        if r.type == "organization":
            return (r.scoped, -len(r.articles), -len(name), r.iri)
        # among equally cited names, the core name the others extend ("Yaya Toure", not a
        # mis-tagged "Yaya Toure 76")
        core = sum(1 for o in words if set(tokens) < set(o))
        return (not listed, r.scoped, not full, -len(r.articles), -core, -len(name), r.iri)

    return min(members, key=rank).iri
