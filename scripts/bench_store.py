"""Benchmark the store: load N articles, run the heads query, dump TriG; compare with rdflib.

    .venv/bin/python scripts/bench_store.py --articles 1000
    .venv/bin/python scripts/bench_store.py --real 500     # real IndoSum text, rule extraction

Synthetic articles are variations of the hand-resolved founding article
(kg.rdf.sample.synthetic_article: ~285 quads each, shared people/agencies).
--real resolves IndoSum articles with the rule-based extractor and the resolver
(no NER model) -- slower to prepare, realistic graph shape.
"""
from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import vocab as V  # noqa: E402
from kg.rdf.convert import article_quads  # noqa: E402
from kg.store.library import bind_params, load_query  # noqa: E402
from kg.store.store import KgStore  # noqa: E402

INDOSUM = Path("/work/shared/data/news/indosum_dev.jsonl")


def synthetic(n):
    from kg.rdf.sample import founding_article, synthetic_article
    return [founding_article()] + [synthetic_article(i) for i in range(n - 1)]


def real(n):
    from kg.extract.article import extract_article
    from kg.ingest import read_articles
    from kg.nlp.pipeline import article_sentences
    from kg.nlp.types import AnalyzedArticle
    from kg.resolve.resolver import resolve_article

    out = []
    for article in read_articles([str(INDOSUM)], skip_bad=True):
        analyzed = AnalyzedArticle(article, tuple(article_sentences(article)), ())
        out.append(resolve_article(extract_article(analyzed)))
        if len(out) == n:
            break
    return out


def timed(label, fn, results):
    start = time.perf_counter()
    value = fn()
    results[label] = time.perf_counter() - start
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles")
    parser.add_argument("--real", type=int, default=0, help="use N real IndoSum articles instead")
    parser.add_argument("--batch", type=int, default=0,
                        help="articles per transaction (0: all in one)")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    args = parser.parse_args()

    t = {}
    resolved = timed("prepare", lambda: real(args.real) if args.real else synthetic(args.articles), t)
    heads = bind_params(load_query("heads"), {})
    workdir = Path(tempfile.mkdtemp(prefix="bench-store-"))
    try:
        with KgStore.open(workdir / "store", write=True) as store:
            batch = args.batch or len(resolved)

            def load():
                for i in range(0, len(resolved), batch):
                    report = store.add_articles(resolved[i:i + batch])
                return report
            report = timed("oxigraph load", load, t)
            quads = store.quad_count()
            rows = timed("oxigraph heads query", lambda: len(list(store.query(heads))), t)
            timed("oxigraph trig dump", lambda: store.dump(str(workdir / "dump.trig"), "trig"), t)
            rebuild = timed("oxigraph rebuild (same input)",
                            lambda: store.add_articles(resolved[:batch]), t)
        print(f"articles: {len(resolved)}  quads: {quads}  heads rows: {rows}")
        print(f"store: {report.line()}")
        print(f"rebuild of {batch} articles: {rebuild.line()}")
        print(f"trig size: {(workdir / 'dump.trig').stat().st_size / 1e6:.1f} MB")

        if not args.no_rdflib:
            from rdflib import Dataset

            def rdflib_load():
                ds = Dataset(default_union=True)
                for r in resolved:
                    for s, p, o, g in article_quads(r, V.DEFAULT_BASE_IRI):
                        ds.graph(g).add((s, p, o))
                return ds
            ds = timed("rdflib load (article graphs only)", rdflib_load, t)
            prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in V.PREFIXES.items())
            # rdflib: the entities graph is not built here, so query without labels
            query = prefixes + """SELECT ?person ?org ?title ?date ?url ?sentence WHERE {
              GRAPH ?article { ?fact a bkg:Headship ; org:member ?person ; org:organization ?org ;
                  prov:wasDerivedFrom ?s . ?s schema:text ?sentence .
                  OPTIONAL { ?fact bkg:title ?title } OPTIONAL { ?article schema:datePublished ?date }
                  OPTIONAL { ?article schema:url ?url } } }"""
            rdf_rows = timed("rdflib heads query", lambda: len(list(ds.query(query))), t)
            timed("rdflib trig dump", lambda: ds.serialize(io.BytesIO(), format="trig"), t)
            print(f"rdflib quads: {sum(1 for _ in ds.quads())}  heads rows: {rdf_rows}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print()
    for label, seconds in t.items():
        print(f"{label:38s} {seconds:8.2f} s")
    if not args.no_rdflib:
        for what in ("heads query", "trig dump"):
            ratio = t[f"rdflib {what}"] / max(t[f"oxigraph {what}"], 1e-9)
            print(f"rdflib / oxigraph, {what}: {ratio:.1f}x")
        print(f"load: oxigraph {quads / t['oxigraph load']:.0f} quads/s (transactional, on disk), "
              f"rdflib {quads / t['rdflib load (article graphs only)']:.0f} quads/s (in memory)")


if __name__ == "__main__":
    main()
