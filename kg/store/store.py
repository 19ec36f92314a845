"""The on-disk Oxigraph store: transactional, idempotent article builds and queries.

Layout (see ontologies/README.md): one named graph per article (named by the
article IRI), <base>graph/entities with merged entity descriptions and
<base>graph/regions with gazetteer regions. Queries see the union of all graphs
as the default graph.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from kg import vocab as V
from kg.errors import KgError, damaged_message
from kg.rdf.convert import article_descriptions, article_quads
from kg.rdf.entities import Tally, descriptions_from_rows, merged_quads
from kg.outputs import atomic_writer
from kg.rdf.terms import text, to_ox_quad
from kg.store.lock import LOCK_NAMES, OPEN_WAIT, READERS_WAIT, BuildLock, StoreLock, running_build

DEFAULT_STORE = Path("output/store")
FLUSH_ARTICLES = 100   # articles written between flushes of RocksDB's memory tables
LISTED_NAME = "berita-kg.entities-listed"   # size:mtime of the entities.jsonl listing this state

FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
DATASET_FORMATS = {"trig", "nquads"}


@dataclass(frozen=True)
class BuildReport:
    """What one add_articles transaction changed. Counted from the batch's own diff:
    no full-store scan (len(store) reads every quad: 0.25 s at 1M quads)."""
    articles_added: int
    articles_replaced: int
    entities_updated: int
    quads_added: int
    quads_removed: int
    replaced_ids: tuple[str, ...] = ()   # ids of articles whose graph was already stored
    link: str = ""                       # the linker's report, when the batch was linked
    touched: frozenset | None = frozenset()   # entity IRIs whose merged record may have changed (None: any)

    def line(self) -> str:
        return (f"{self.articles_added} articles added, {self.articles_replaced} replaced, "
                f"{self.entities_updated} entities updated; "
                f"{self.quads_added - self.quads_removed:+d} quads "
                f"(+{self.quads_added} -{self.quads_removed})" + (f"; {self.link}" if self.link else ""))

    def __add__(self, other: "BuildReport") -> "BuildReport":
        return BuildReport(self.articles_added + other.articles_added,
                           self.articles_replaced + other.articles_replaced,
                           self.entities_updated + other.entities_updated,
                           self.quads_added + other.quads_added,
                           self.quads_removed + other.quads_removed,
                           self.replaced_ids + other.replaced_ids,
                           touched=None if self.touched is None or other.touched is None
                           else self.touched | other.touched)


def _is_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()


class KgStore:
    """Open with KgStore.open(path, write=...); use as a context manager.

    A writable store holds the build lock from open() on, but opens the Oxigraph store
    (and takes the exclusive store lock) only when first used, usually at the build's
    first commit: until then readers keep reading the last committed state.
    """

    def __init__(self, path: Path, store: ox.Store | None, lock: StoreLock, write: bool,
                 build_lock: BuildLock | None = None):
        self.path = path
        self._ox = store
        self._lock = lock
        self._build_lock = build_lock
        self.write = write
        self.unflushed = 0                           # articles written since RocksDB's last flush
        self.link_threshold: float | None = None     # kg/link defaults when None
        self.link_decisions: list = []               # manual must-link / cannot-link rows

    @classmethod
    def open(cls, path: str | Path = DEFAULT_STORE, write: bool = False) -> "KgStore":
        path = Path(path)
        if write:
            cls.prepare(path)
            build_lock = BuildLock(path, writer=True).acquire()
            lock = StoreLock(path, exclusive=True)
            try:
                if lock.readers_active(wait=OPEN_WAIT):
                    lock.acquire()   # raises: in use by readers
                if _is_store(path):
                    cls.open(path).close()   # unreadable store: fail now, not after NER
            except BaseException:
                build_lock.release()
                raise
            return cls(path, None, lock, True, build_lock)
        if not _is_store(path):
            pid = running_build(path) if path.is_dir() else None
            if pid:
                raise KgError(f"no store at {path} yet: a build (pid {pid}) is writing its "
                              "first commit; try again when it finishes")
            raise KgError(f"no store at {path} (build one with `kg build ... --out DIR`)")
        lock = StoreLock(path, exclusive=False).acquire()
        try:
            store = ox.Store.read_only(str(path))
        except RuntimeError as error:   # RocksDB: "Corruption: ..."
            lock.release()
            raise KgError(damaged_message(path, error)) from None
        except OSError as error:
            lock.release()
            raise KgError(f"cannot open store {path}: {str(error).splitlines()[0]}") from None
        return cls(path, store, lock, False)

    @property
    def ox(self) -> ox.Store:
        if self._ox is None and self.write and self._build_lock is not None:
            self._lock.acquire(wait=READERS_WAIT)
            try:
                self._ox = ox.Store(str(self.path))
            except RuntimeError as error:   # RocksDB: "Corruption: ..."
                self._lock.release()
                raise KgError(damaged_message(self.path, error)) from None
            except OSError as error:
                self._lock.release()
                raise KgError(f"cannot open store {self.path}: "
                              f"{str(error).splitlines()[0]}") from None
        if self._ox is None:
            raise KgError(f"store {self.path} is closed")
        return self._ox

    @ox.setter
    def ox(self, store) -> None:
        self._ox = store

    @staticmethod
    def prepare(path: Path) -> None:
        """Make `path` ready to be a store (create it) or KgError if it cannot be one.
        Cheap: `kg build` calls it before loading the NER model."""
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise KgError(f"{path} exists and is not a directory (a store is a directory)")
        try:
            if path.exists() and any(path.iterdir()) and not _is_store(path):
                names = {p.name for p in path.iterdir()}
                if not names <= LOCK_NAMES | {LISTED_NAME}:
                    raise KgError(f"{path} exists and is not a berita-kg store")
            path.mkdir(parents=True, exist_ok=True)
            if _is_store(path):   # a damaged store fails here, before the model loads
                _check_readable(path)
        except RuntimeError as error:
            raise KgError(damaged_message(path, error)) from None
        except OSError as error:
            from kg.outputs import os_message

            raise KgError(f"cannot create store {path}: {os_message(error)}") from None

    def close(self) -> None:
        store, self._ox = self._ox, None
        if store is not None:
            if self.write:
                store.flush()
            del store
        self._lock.release()
        if self._build_lock is not None:
            self._build_lock.release()
            self._build_lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- building ---------------------------------------------------------
    def add_articles(self, resolved_articles, base_iri: str = V.DEFAULT_BASE_IRI,
                     link: bool = True) -> BuildReport:
        """Add or replace articles in ONE transaction.

        The people and organisations the batch touches are marked for linking in the same
        transaction (bkg:pendingLink in graph/links); with link=True they are linked at once
        (kg/link), else by a later link_pending() (a build links once at its end).

        Each article's graph is replaced whole; every entity the batch touches (new
        or previously described by a replaced article) is re-merged over all articles
        in the store, from its tally (graph/merge-tally: counts of its descriptions)
        minus the replaced articles plus the new ones, so the work is proportional to
        the batch, not to how many articles describe the entity. Building the same
        input twice gives the same store content.
        """
        if not self.write:
            raise KgError("store was opened read-only")
        base_iri = V.check_base_iri(base_iri)
        batch = {}
        for resolved in resolved_articles:
            batch[resolved.article.id] = resolved            # last one wins
        graphs = {aid: V.article_iri(base_iri, aid) for aid in batch}

        replaced = [aid for aid, g in graphs.items()
                    if self.ox.contains_named_graph(ox.NamedNode(str(g)))]
        replaced_graphs = {str(graphs[aid]) for aid in replaced}

        new_descriptions = defaultdict(list)
        new_quads = []
        for aid, resolved in batch.items():
            new_quads.extend(article_quads(resolved, base_iri))
            for d in article_descriptions(resolved, base_iri):
                new_descriptions[d.entity].append(d)

        # the replaced graphs as stored: their lines (for the diff) and their descriptions
        old = defaultdict(set)
        old_descriptions = defaultdict(list)
        for g in replaced_graphs:
            rows = []
            for q in self.ox.quads_for_pattern(None, None, None, ox.NamedNode(g)):
                old[f"<{g}>"].add(f"{q.subject} {q.predicate} {q.object}")
                rows.append((q.subject.value, q.predicate.value, q.object.value))
            for d in descriptions_from_rows(rows):
                old_descriptions[d.entity].append(d)
        affected = set(new_descriptions) | set(old_descriptions)

        # people and organisations are merged by the linker (kg/link) into the corpus layer,
        # events (new, or of a replaced article) joined across articles after them
        linked = {e for e in affected if _is_linked(e, base_iri)}
        linked |= {str(V.entity_iri(base_iri, ev.id)) for r in batch.values() for ev in r.events}
        linked |= {line.split(" ", 1)[0][1:-1] for g in replaced_graphs for line in old[f"<{g}>"]
                   if line.endswith(f" <{V.TYPE}> <{V.EVENT}>")}
        affected -= linked
        events = sum(1 for e in linked if not _is_linked(e, base_iri))
        # re-merge each affected entity from its tally: stored counts - replaced + new
        tally_graph = ox.NamedNode(str(V.merge_tally_graph(base_iri)))
        merged, tally_quads = [], []
        for entity in sorted(affected):
            tally = self._stored_tally(entity, tally_graph, replaced_graphs, old_descriptions)
            for d in new_descriptions.get(entity, []):
                tally.add(d)
            description = tally.merged()
            if description is not None:
                merged.append(description)
                tally_quads.append((URIRef(entity), V.MERGE_TALLY, text(tally.to_json()),
                                    URIRef(tally_graph.value)))
        entity_quads = [q for m in merged for q in merged_quads(m, base_iri)] + tally_quads

        # diff against what is stored, so a rebuild only writes what changed
        new = defaultdict(set)
        for quad in new_quads + entity_quads:
            q = to_ox_quad(quad)
            new[str(q.graph_name)].add(f"{q.subject} {q.predicate} {q.object}")
        for g in (V.entities_graph(base_iri), V.regions_graph(base_iri), tally_graph.value):
            graph = ox.NamedNode(str(g))
            lines = old[str(graph)]
            for entity in affected:
                lines |= self._graph_lines(graph, ox.NamedNode(entity))
        removed = {g: old[g] - new.get(g, set()) for g in old}
        added = {g: lines - old.get(g, set()) for g, lines in new.items()}
        quads_added, quads_removed = sum(map(len, added.values())), sum(map(len, removed.values()))
        self._forget_listed()
        pending = f"<{V.links_graph(base_iri)}>"   # marks the linker clears (not counted)
        added.setdefault(pending, set()).update(f"<{e}> <{V.PENDING_LINK}> true" for e in linked)
        self.ox.update(_data_block("DELETE DATA", removed) + " ;\n"
                       + _data_block("INSERT DATA", added))
        # RocksDB keeps written data in memory tables until flushed: without this a
        # build's memory grows ~30 MB per 100 articles (a flush per small batch would
        # make as many small files to compact)
        self.unflushed += len(batch)
        if self.unflushed >= FLUSH_ARTICLES:
            self.ox.flush()
            self.unflushed = 0
        link = self.link_pending(base_iri) if link else None
        touched = frozenset(affected | {e for e in linked if _is_linked(e, base_iri)})
        if link is not None:   # the corpus layer's changes (its pending marks net to zero)
            quads_added += link.quads_added
            quads_removed += link.quads_removed - len(linked)
            touched = None if link.touched is None else touched | link.touched
        return BuildReport(
            articles_added=len(batch) - len(replaced),
            articles_replaced=len(replaced),
            entities_updated=len(affected) + len(linked) - events,
            quads_added=quads_added,
            quads_removed=quads_removed,
            replaced_ids=tuple(replaced),
            link=link.line() if link and link.records else "",
            touched=touched,
        )

    def compact(self, full: bool = True) -> None:
        """Flush, compact the on-disk files (full: RocksDB's full compaction, which
        reads the whole store: 2 s at 260k quads), then reopen so RocksDB drops its
        write-ahead log (a fresh build's store shrinks about 3x); old RocksDB info logs
        go too. `kg build` calls it at the end, under the write lock."""
        if not self.write:
            raise KgError("store was opened read-only")
        self.ox.flush()
        if full:
            self.ox.optimize()
        self._ox = None          # released before RocksDB is opened again
        self._ox = ox.Store(str(self.path))
        for old_log in self.path.glob("LOG.old.*"):
            old_log.unlink(missing_ok=True)

    def disk_size(self) -> int:
        """Bytes of the store directory's files."""
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    def link_pending(self, base_iri: str = V.DEFAULT_BASE_IRI):
        """Link the people and organisations marked pending by earlier batches (also those of
        a build killed before it linked), in one transaction that clears the marks."""
        graph, mark = ox.NamedNode(str(V.links_graph(base_iri))), ox.NamedNode(str(V.PENDING_LINK))
        seeds = {q.subject.value for q in self.ox.quads_for_pattern(None, mark, None, graph)}
        return self.relink(base_iri, seeds)

    def relink(self, base_iri: str = V.DEFAULT_BASE_IRI, seeds: set[str] | None = None):
        """Update the corpus layer (kg/link) for `seeds` (mention and event IRIs), or re-link
        everything (None): people and organisations first, then events across articles,
        whose actors compare as canonical entities."""
        from kg.link.event_update import relink_events
        from kg.link.linker import DEFAULT_THRESHOLD
        from kg.link.update import relink

        if not self.write:
            raise KgError("store was opened read-only")
        base_iri = V.check_base_iri(base_iri)
        self._forget_listed()
        threshold = DEFAULT_THRESHOLD if self.link_threshold is None else self.link_threshold
        report = relink(self.ox, base_iri, seeds, threshold, self.link_decisions)
        report.events = relink_events(self.ox, base_iri, seeds)
        report.quads_added += report.events.quads_added
        report.quads_removed += report.events.quads_removed
        return report

    def _graph_lines(self, graph, subject=None) -> set[str]:
        return {f"{q.subject} {q.predicate} {q.object}"
                for q in self.ox.quads_for_pattern(subject, None, None, graph)}

    def _stored_tally(self, entity: str, tally_graph, replaced_graphs, old_descriptions) -> Tally:
        """The entity's counts without the replaced articles. A store written before
        tallies existed gets them from its descriptions, once per entity."""
        stored = next(self.ox.quads_for_pattern(ox.NamedNode(entity), ox.NamedNode(str(V.MERGE_TALLY)),
                                                None, tally_graph), None)
        if stored is None:
            tally = Tally(entity)
            for d in self._stored_descriptions(entity, exclude=replaced_graphs):
                tally.add(d)
            return tally
        tally = Tally.from_json(entity, stored.object.value)
        for d in old_descriptions.get(entity, []):
            tally.add(d, -1)
        return tally

    def _stored_descriptions(self, entity: str, exclude: set[str]):
        rows = []
        describes = ox.NamedNode(str(V.DESCRIBES))
        for q in self.ox.quads_for_pattern(None, describes, ox.NamedNode(entity), None):
            if q.graph_name.value in exclude:
                continue
            for p in self.ox.quads_for_pattern(q.subject, None, None, q.graph_name):
                rows.append((f"{q.graph_name.value} {p.subject.value}", p.predicate.value,
                             p.object.value))
        return descriptions_from_rows(rows)

    # --- reading ----------------------------------------------------------
    def query(self, sparql: str):
        """Run a SPARQL query over the union of all graphs; KgError on syntax errors."""
        try:
            return self.ox.query(sparql, use_default_graph_as_union=True,
                                 prefixes=dict(V.PREFIXES))
        except SyntaxError as error:
            raise KgError(f"SPARQL syntax error: {_one_line(error)}") from None
        except (ValueError, OSError) as error:
            raise KgError(f"query failed: {_one_line(error)}") from None

    def entity_records(self, base_iri: str = V.DEFAULT_BASE_IRI):
        """The merged entities (entities graph, then regions graph), one dict each, in
        the graph index's order, streamed (fields as in kg.resolve.types.Entity;
        unit_of/located_in are keys)."""
        base_iri = V.check_base_iri(base_iri)
        for graph in (V.entities_graph(base_iri), V.regions_graph(base_iri)):
            yield from self._records(self.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))

    def entity_records_of(self, iris, base_iri: str = V.DEFAULT_BASE_IRI) -> dict[str, list[dict]]:
        """The merged records of these entity IRIs (none for an IRI that is no canonical
        entity now), by index lookups: what a build that touched them rewrites."""
        base_iri = V.check_base_iri(base_iri)
        graphs = [ox.NamedNode(str(g)) for g in (V.entities_graph(base_iri), V.regions_graph(base_iri))]
        return {iri: [r for g in graphs for r in self._records(self.ox.quads_for_pattern(ox.NamedNode(iri), None, None, g))]
                for iri in iris}

    def _records(self, quads):
        """Records of the canonical entities among quads grouped by subject: linked mention
        IRIs (owl:sameAs) and the descriptions' bkg:canonical links carry no key there."""
        types = {str(cls): name for name, classes in V.ENTITY_CLASSES.items() for cls in classes}
        key_of = ox.NamedNode(str(V.KEY))

        def key(node):
            found = next(self.ox.quads_for_pattern(node, key_of, None, None), None)
            return found.object.value if found else node.value

        subject, values = None, defaultdict(list)
        for q in itertools.chain(quads, [None]):
            if q is None or q.subject != subject:
                if subject is not None and str(V.KEY) in values:
                    yield _entity_record(values, types, key)
                if q is None:
                    break
                subject, values = q.subject, defaultdict(list)
            values[q.predicate.value].append(q.object)

    def listed_token(self) -> str | None:
        """What the store recorded of the entities.jsonl that lists its current state (a
        build writes it last; any write of articles or links drops it first). Kept in a
        file beside RocksDB's, not in the data: two builds of one input give one store."""
        try:
            return (self.path / LISTED_NAME).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def set_listed_token(self, token: str) -> None:
        with atomic_writer(self.path / LISTED_NAME) as out:
            out.write(token)

    def _forget_listed(self) -> None:
        (self.path / LISTED_NAME).unlink(missing_ok=True)

    def quad_count(self) -> int:
        return len(self.ox)

    def graph_counts(self) -> dict[str, int]:
        result = self.ox.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {row["g"].value: int(row["n"].value) for row in result}

    def article_ids(self) -> list[str]:
        result = self.query(
            "SELECT ?id WHERE { GRAPH ?a { ?a a schema:NewsArticle ; schema:identifier ?id } }")
        return sorted(row["id"].value for row in result)

    def dump(self, output, fmt: str = "trig") -> None:
        """Write the store: trig/nquads keep named graphs; turtle/ntriples/jsonld
        give the merged view (union of all graphs). output: path or binary file."""
        if fmt not in FORMATS:
            raise KgError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")
        if fmt in DATASET_FORMATS:
            self.ox.dump(output, FORMATS[fmt], prefixes=dict(V.PREFIXES))
            return
        triples = self.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                use_default_graph_as_union=True)
        if fmt == "jsonld":
            from kg.rdf.serialize import jsonld_from_ntriples
            data = jsonld_from_ntriples(ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES))
            if hasattr(output, "write"):
                output.write(data)
            else:
                Path(output).write_bytes(data)
            return
        kwargs = {"prefixes": dict(V.PREFIXES)} if fmt == "turtle" else {}
        ox.serialize(triples, output, FORMATS[fmt], **kwargs)


def _is_linked(iri: str, base_iri: str) -> bool:
    return iri.startswith(f"{base_iri}person/") or iri.startswith(f"{base_iri}organization/")
def _check_readable(path: Path) -> None:
    """RuntimeError if RocksDB cannot open the store; skipped while a writer holds it (the
    caller's own lock attempt then says so)."""
    try:
        lock = StoreLock(path, exclusive=False).acquire()
    except KgError:
        return
    try:
        ox.Store.read_only(str(path))
    finally:
        lock.release()


def _entity_record(values, types, key) -> dict:
    def one(predicate):
        found = values.get(str(predicate))
        return found[0] if found else None

    def value(predicate):
        found = one(predicate)
        return found.value if found is not None else None

    kinds = sorted({types[t.value] for t in values.get(str(V.TYPE), []) if t.value in types})
    unit_of, located_in = one(V.UNIT_OF), one(V.CONTAINED_IN_PLACE)
    return {
        "key": value(V.KEY),
        "type": kinds[0] if kinds else None,
        "pref_label": value(V.PREF_LABEL),
        "aliases": sorted(o.value for o in values.get(str(V.ALT_LABEL), [])),
        "region_code": value(V.REGION_CODE),
        "unit_of": key(unit_of) if unit_of is not None else None,
        "located_in": key(located_in) if located_in is not None else None,
        "attributes": sorted(o.value.split("=", 1) for o in values.get(str(V.ATTRIBUTE), [])),
    }


def _data_block(keyword: str, by_graph: dict[str, set[str]]) -> str:
    body = "\n".join(f"GRAPH {g} {{\n" + " .\n".join(sorted(lines)) + " .\n}"
                     for g, lines in sorted(by_graph.items()) if lines)
    return f"{keyword} {{\n{body}\n}}"


def _one_line(error: Exception) -> str:
    message = " ".join(str(error).split())
    return message[:300]
