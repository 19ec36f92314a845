"""The on-disk Oxigraph store: transactional, idempotent article builds and queries.

Layout (see ontologies/README.md): one named graph per article (named by the
article IRI), <base>graph/entities with merged entity descriptions and
<base>graph/regions with gazetteer regions. Queries see the union of all graphs
as the default graph.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import vocab as V
from kg.errors import KgError
from kg.rdf.convert import article_descriptions, article_quads
from kg.rdf.entities import descriptions_from_rows, merge, merged_quads
from kg.rdf.terms import to_ox_quad
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
    articles_added: int
    articles_replaced: int
    entities_updated: int
    quads_before: int
    quads_after: int
    graphs: int

    def line(self) -> str:
        return (f"{self.articles_added} articles added, {self.articles_replaced} replaced, "
                f"{self.entities_updated} entities updated; {self.quads_after} quads "
                f"({self.quads_after - self.quads_before:+d}) in {self.graphs} graphs")


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

        Each article's graph is replaced whole; descriptions of every entity the
        batch touches (new or previously described by a replaced article) are
        re-merged from all articles in the store. Building the same input twice
        gives the same store content.
        """
        if not self.write:
            raise KgError("store was opened read-only")
        base_iri = V.check_base_iri(base_iri)
        batch = {}
        for resolved in resolved_articles:
            batch[resolved.article.id] = resolved            # last one wins
        graphs = {aid: V.article_iri(base_iri, aid) for aid in batch}
        quads_before = len(self.ox)

        replaced = [aid for aid, g in graphs.items()
                    if self.ox.contains_named_graph(ox.NamedNode(str(g)))]
        replaced_graphs = {str(graphs[aid]) for aid in replaced}

        new_descriptions = defaultdict(list)
        new_quads = []
        for aid, resolved in batch.items():
            new_quads.extend(article_quads(resolved, base_iri))
            for d in article_descriptions(resolved, base_iri):
                new_descriptions[d.entity].append(d)

        affected = set(new_descriptions)
        for g in replaced_graphs:
            for q in self.ox.quads_for_pattern(None, ox.NamedNode(str(V.DESCRIBES)), None,
                                               ox.NamedNode(g)):
                affected.add(q.object.value)

        merged = []
        for entity in sorted(affected):
            descriptions = self._stored_descriptions(entity, exclude=replaced_graphs)
            descriptions += new_descriptions.get(entity, [])
            if descriptions:
                merged.append(merge(descriptions))
        entity_quads = [q for m in merged for q in merged_quads(m, base_iri)]

        # diff against what is stored, so a rebuild only writes what changed
        new = defaultdict(set)
        for quad in new_quads + entity_quads:
            q = to_ox_quad(quad)
            new[str(q.graph_name)].add(f"{q.subject} {q.predicate} {q.object}")
        old = defaultdict(set)
        for g in replaced_graphs:
            old[f"<{g}>"] = self._graph_lines(ox.NamedNode(g))
        for g in (V.entities_graph(base_iri), V.regions_graph(base_iri)):
            graph = ox.NamedNode(str(g))
            lines = old[str(graph)]
            for entity in affected:
                lines |= self._graph_lines(graph, ox.NamedNode(entity))
        removed = {g: old[g] - new.get(g, set()) for g in old}
        added = {g: lines - old.get(g, set()) for g, lines in new.items()}
        self.ox.update(_data_block("DELETE DATA", removed) + " ;\n"
                       + _data_block("INSERT DATA", added))
        self.link_events(batch.values(), base_iri)       # issue 10: cross-article events
        return BuildReport(
            articles_added=len(batch) - len(replaced),
            articles_replaced=len(replaced),
            entities_updated=len(affected),
            quads_before=quads_before,
            quads_after=len(self.ox),
            graphs=sum(1 for _ in self.ox.named_graphs()),
        )

    # --- issue 10: cross-document event coreference (kg/link/events.py) -------------------
    def link_events(self, resolved_articles, base_iri: str = V.DEFAULT_BASE_IRI,
                    canonical=lambda key: key) -> int:
        """Join the batch's events that report one happening in <base>graph/corpus
        (owl:sameAs to the canonical event, bkg:reportedIn every article); returns the quads
        added. Within one batch only, insert-only: a full relink over the store is left to the
        corpus link stage (`canonical` is its entity mapping)."""
        from kg.link.events import corpus_event_quads_for

        quads = corpus_event_quads_for(list(resolved_articles), base_iri, canonical)
        lines = defaultdict(set)
        for quad in quads:
            q = to_ox_quad(quad)
            lines[str(q.graph_name)].add(f"{q.subject} {q.predicate} {q.object}")
        if lines:
            self.ox.update(_data_block("INSERT DATA", lines))
        return len(quads)
    # --- end issue 10 -----------------------------------------------------------------------

    def _graph_lines(self, graph, subject=None) -> set[str]:
        return {f"{q.subject} {q.predicate} {q.object}"
                for q in self.ox.quads_for_pattern(subject, None, None, graph)}

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


def _data_block(keyword: str, by_graph: dict[str, set[str]]) -> str:
    body = "\n".join(f"GRAPH {g} {{\n" + " .\n".join(sorted(lines)) + " .\n}"
                     for g, lines in sorted(by_graph.items()) if lines)
    return f"{keyword} {{\n{body}\n}}"


def _one_line(error: Exception) -> str:
    message = " ".join(str(error).split())
    return message[:300]
