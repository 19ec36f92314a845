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
from kg.errors import KgError
from kg.rdf.convert import article_descriptions, article_quads
from kg.rdf.entities import Tally, descriptions_from_rows, merged_quads
from kg.rdf.terms import text, to_ox_quad
from kg.store.lock import StoreLock

DEFAULT_STORE = Path("output/store")

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

    def line(self) -> str:
        return (f"{self.articles_added} articles added, {self.articles_replaced} replaced, "
                f"{self.entities_updated} entities updated; "
                f"{self.quads_added - self.quads_removed:+d} quads "
                f"(+{self.quads_added} -{self.quads_removed})")

    def __add__(self, other: "BuildReport") -> "BuildReport":
        return BuildReport(self.articles_added + other.articles_added,
                           self.articles_replaced + other.articles_replaced,
                           self.entities_updated + other.entities_updated,
                           self.quads_added + other.quads_added,
                           self.quads_removed + other.quads_removed,
                           self.replaced_ids + other.replaced_ids)


def _is_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()


class KgStore:
    """Open with KgStore.open(path, write=...); use as a context manager."""

    def __init__(self, path: Path, store: ox.Store, lock: StoreLock, write: bool):
        self.path = path
        self.ox = store
        self._lock = lock
        self.write = write

    @classmethod
    def open(cls, path: str | Path = DEFAULT_STORE, write: bool = False) -> "KgStore":
        path = Path(path)
        if not write and not _is_store(path):
            raise KgError(f"no store at {path} (build one with `kg build ... --out DIR`)")
        if write:
            cls.prepare(path)
        lock = StoreLock(path, exclusive=write).acquire()
        try:
            store = ox.Store(str(path)) if write else ox.Store.read_only(str(path))
        except OSError as error:
            lock.release()
            raise KgError(f"cannot open store {path}: {str(error).splitlines()[0]}") from None
        return cls(path, store, lock, write)

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
                if names != {StoreLock(path, True).path.name}:
                    raise KgError(f"{path} exists and is not a berita-kg store")
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            from kg.outputs import os_message

            raise KgError(f"cannot create store {path}: {os_message(error)}") from None

    def close(self) -> None:
        if self.ox is not None:
            if self.write:
                self.ox.flush()
            del self.ox
            self.ox = None
        self._lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- building ---------------------------------------------------------
    def add_articles(self, resolved_articles, base_iri: str = V.DEFAULT_BASE_IRI) -> BuildReport:
        """Add or replace articles in ONE transaction.

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
        self.ox.update(_data_block("DELETE DATA", removed) + " ;\n"
                       + _data_block("INSERT DATA", added))
        # RocksDB keeps written data in memory tables until flushed: without this a
        # build's memory grows ~30 MB per 100 articles
        self.ox.flush()
        return BuildReport(
            articles_added=len(batch) - len(replaced),
            articles_replaced=len(replaced),
            entities_updated=len(affected),
            quads_added=sum(map(len, added.values())),
            quads_removed=sum(map(len, removed.values())),
            replaced_ids=tuple(replaced),
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
        del self.ox
        self.ox = ox.Store(str(self.path))
        for old_log in self.path.glob("LOG.old.*"):
            old_log.unlink(missing_ok=True)

    def disk_size(self) -> int:
        """Bytes of the store directory's files."""
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

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
        IRI order, streamed from the graph index (fields as in kg.resolve.types.Entity;
        unit_of/located_in are keys)."""
        base_iri = V.check_base_iri(base_iri)
        types = {str(cls): name for name, classes in V.ENTITY_CLASSES.items() for cls in classes}
        key_of = ox.NamedNode(str(V.KEY))
        for graph in (V.entities_graph(base_iri), V.regions_graph(base_iri)):
            graph = ox.NamedNode(str(graph))

            def key(node):
                found = next(self.ox.quads_for_pattern(node, key_of, None, None), None)
                return found.object.value if found else node.value

            subject, values = None, defaultdict(list)
            for q in itertools.chain(self.ox.quads_for_pattern(None, None, None, graph), [None]):
                if q is None or q.subject != subject:
                    if subject is not None:
                        yield _entity_record(values, types, key)
                    if q is None:
                        break
                    subject, values = q.subject, defaultdict(list)
                values[q.predicate.value].append(q.object)

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
