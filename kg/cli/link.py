"""`kg link` re-links a store's corpus layer; `kg entities` searches and explains entities."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from kg.store.store import DEFAULT_STORE


def _threshold_option(f):
    return click.option("--threshold", type=click.FloatRange(0.0, 1.0, min_open=True, max_open=True),
                        envvar="KG_LINK_THRESHOLD",
                        help="Match probability from which two records are one entity (default 0.9; "
                             "env KG_LINK_THRESHOLD).")(f)


def _decisions_option(f):
    return click.option("--decisions", type=click.Path(dir_okay=False), envvar="KG_LINK_DECISIONS",
                        help="TSV of manual decisions: must-link|cannot-link <TAB> A <TAB> B (names, keys "
                             "or IRIs); honoured on every build (env KG_LINK_DECISIONS).")(f)


@click.command()
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True,
              type=click.Path(file_okay=False))
@_threshold_option
@_decisions_option
@click.option("--base-iri", envvar="KG_BASE_IRI", help="Base IRI the store was built with.")
def link(store_path, threshold, decisions, base_iri):
    """Re-link every person and organisation of a store from all its articles.

    Builds link incrementally; run this after changing the threshold or the manual
    decisions, or to check that the incremental links equal a full re-link (the
    members whose canonical entity changed are listed). A store inside a build output
    (OUT/store) gets OUT/entities.jsonl rewritten to match.

    \b
    Examples:
      kg link --store output/store
      kg link --threshold 0.95 --decisions links.tsv
    """
    from kg import vocab as V
    from kg.build_outputs import ENTITIES, write_entities
    from kg.link.linker import read_decisions
    from kg.store.store import KgStore

    rows = read_decisions(decisions) if decisions else []
    with KgStore.open(store_path, write=True) as store:
        store.link_threshold = threshold
        store.link_decisions = rows
        before = _canonical_map(store, base_iri or V.DEFAULT_BASE_IRI)
        report = store.relink(base_iri or V.DEFAULT_BASE_IRI, None)
        after = _canonical_map(store, base_iri or V.DEFAULT_BASE_IRI)
        listing = Path(store_path).parent / ENTITIES   # the build output the store sits in
        count = write_entities(listing, store, base_iri or V.DEFAULT_BASE_IRI) if listing.exists() else None
    changed = sorted((m, before[m], after.get(m, m)) for m in before if before[m] != after.get(m, m))
    click.echo(report.line())
    if count is not None:
        click.echo(f"rewrote {listing} ({count} entities)")
    click.echo(f"{len(changed)} members changed canonical entity")
    for member, old, new in changed[:50]:
        click.echo(f"  {member}: {old} -> {new}")


def _canonical_map(store, base_iri: str) -> dict[str, str]:
    from kg import vocab as V

    rows = store.ox.query(f"SELECT ?m ?c WHERE {{ GRAPH <{V.entities_graph(base_iri)}> {{ ?m <{V.SAME_AS}> ?c }} }}")
    return {r["m"].value: r["c"].value for r in rows}


_SEARCH = """
SELECT ?entity ?type ?label (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  GRAPH ?entities { ?entity skos:prefLabel ?label ; skos:prefLabel|skos:altLabel ?name ; bkg:key ?key .
                    FILTER(CONTAINS(LCASE(STR(?name)), LCASE(?q)))
                    FILTER NOT EXISTS { ?entity owl:sameAs ?other } }
  VALUES ?entities { <ENTITIES> }
  OPTIONAL { ?entity a ?type . FILTER(?type IN (foaf:Person, org:Organization, schema:Place)) }
  OPTIONAL { ?d bkg:canonical ?entity . BIND(IRI(REPLACE(STR(?d), "/about/.*$", "")) AS ?article) }
} GROUP BY ?entity ?type ?label ORDER BY DESC(?articles) ?label LIMIT 50
"""


@click.command()
@click.argument("name")
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True,
              type=click.Path(file_okay=False))
@click.option("--show", is_flag=True, help="Show the best match in full: names, members, offices, articles, links.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@click.option("--base-iri", envvar="KG_BASE_IRI", help="Base IRI the store was built with.")
def entities(name, store_path, show, fmt, base_iri):
    """Search canonical entities by any of their names; --show explains one.

    \b
    Examples:
      kg entities Retno
      kg entities "Zumi Zola" --show
      kg entities Kemenlu --show --format json
    """
    from kg import vocab as V
    from kg.store.store import KgStore

    base_iri = base_iri or V.DEFAULT_BASE_IRI
    with KgStore.open(store_path) as store:
        q = _SEARCH.replace("<ENTITIES>", f"<{V.entities_graph(base_iri)}>").replace(
            "?q", json.dumps(name))
        hits = [{"entity": r["entity"].value, "label": r["label"].value,
                 "type": r["type"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1] if r["type"] else "",
                 "articles": int(r["articles"].value)} for r in store.query(q)]
        if show and hits:
            hits = [describe(store, hits[0]["entity"], base_iri)]
    if not hits:
        raise click.ClickException(f"no entity named like {name!r}")
    if fmt == "json":
        click.echo(json.dumps(hits if not show else hits[0], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        rows = hits if not show else [{"field": k, "value": json.dumps(v, ensure_ascii=False)}
                                      for k, v in hits[0].items()]
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    elif show:
        _print_entity(hits[0])
    else:
        for h in hits:
            click.echo(f"{h['label']}\t{h['type']}\t{h['articles']} articles\t{h['entity']}")


def describe(store, entity: str, base_iri: str) -> dict:
    """Everything the corpus layer knows of one canonical entity, with sources."""
    from kg import vocab as V

    def rows(sparql):
        return list(store.query(sparql.replace("<E>", f"<{entity}>")))

    out = {"entity": entity}
    out["label"] = next((r["l"].value for r in rows("SELECT ?l WHERE { <E> skos:prefLabel ?l }")), "")
    out["names"] = sorted({r["l"].value for r in rows("SELECT ?l WHERE { <E> skos:altLabel ?l }")})
    out["members"] = sorted(r["m"].value for r in rows(
        f"SELECT ?m WHERE {{ GRAPH <{V.entities_graph(base_iri)}> {{ ?m owl:sameAs <E> }} }}"))
    out["offices"] = [{"organization": r["ol"].value, "role": r["role"].value if r["role"] else "",
                       "head": r["h"] is not None, "from": r["b"].value if r["b"] else "",
                       "to": r["e"].value if r["e"] else "", "articles": int(r["n"].value)}
                      for r in rows("""SELECT ?ol ?role ?h ?b ?e ?n WHERE {
        ?t a bkg:Tenure ; org:member <E> ; org:organization ?o ; bkg:articleCount ?n .
        ?o skos:prefLabel ?ol .
        OPTIONAL { ?t org:role ?r . BIND(REPLACE(STR(?r), "^.*/role/", "") AS ?role) }
        OPTIONAL { ?t a bkg:Headship . BIND(true AS ?h) }
        OPTIONAL { ?t org:memberDuring ?i . ?i time:hasBeginning/time:inXSDDate ?b ; time:hasEnd/time:inXSDDate ?e }
      } ORDER BY ?b ?ol""")]
    out["articles"] = [{"article": r["a"].value, "date": r["d"].value if r["d"] else "",
                        "headline": r["h"].value if r["h"] else ""}
                       for r in rows("""SELECT DISTINCT ?a ?d ?h WHERE {
        ?desc bkg:canonical <E> . BIND(IRI(REPLACE(STR(?desc), "/about/.*$", "")) AS ?a)
        OPTIONAL { ?a schema:datePublished ?d } OPTIONAL { ?a schema:headline ?h } } ORDER BY ?d ?a""")]
    out["links"] = [{"from": r["f"].value, "to": r["t"].value, "score": float(r["s"].value),
                     "decision": r["dec"].value, "reasons": r["rs"].value if r["rs"] else ""}
                    for r in rows(f"""SELECT ?f ?t ?s ?dec (GROUP_CONCAT(?r; separator="; ") AS ?rs) WHERE {{
        GRAPH <{V.links_graph(base_iri)}> {{ ?l bkg:linkFrom ?f ; bkg:linkTo ?t ; bkg:score ?s ; bkg:decision ?dec .
                                            OPTIONAL {{ ?l bkg:reason ?r }} }}
        {{ ?f owl:sameAs <E> }} UNION {{ BIND(<E> AS ?f) }} UNION {{ ?t owl:sameAs <E> }} UNION {{ BIND(<E> AS ?t) }}
      }} GROUP BY ?f ?t ?s ?dec ORDER BY DESC(?s)""")]
    return out


def _print_entity(e: dict) -> None:
    click.echo(f"{e['label']}  <{e['entity']}>")
    if e["names"]:
        click.echo("  names: " + ", ".join(e["names"]))
    if e["members"]:
        click.echo("  members (owl:sameAs): " + ", ".join(e["members"]))
    for o in e["offices"]:
        span = f"{o['from']} .. {o['to']}" if o["from"] else "undated"
        click.echo(f"  {'heads' if o['head'] else 'post in'} {o['organization']}"
                   f"{' as ' + o['role'] if o['role'] else ''}: {span} ({o['articles']} articles)")
    click.echo(f"  {len(e['articles'])} articles")
    for a in e["articles"][:20]:
        click.echo(f"    {a['date']}  {a['headline'][:80]}  <{a['article']}>")
    for l in e["links"]:
        click.echo(f"  link {l['score']:.3f} {l['decision']}: {l['from']} ~ {l['to']}  [{l['reasons']}]")
