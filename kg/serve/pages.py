"""HTML of `kg serve`: the query page (YASGUI with the library's queries) and entity pages.

An entity page is built from SPARQL over the store: labels and types of the entity
and of every IRI joined to it by owl:sameAs (either way, transitively: the corpus
layer's mention IRIs and canonical IRI), its offices (corpus tenures, and each
article's org:Membership), every fact about it with the article and sentence it
came from, its quotes and the articles that mention it.
"""
from __future__ import annotations

import json
import re
from html import escape
from urllib.parse import quote

from kg import vocab as V
from kg.store import library

PAGE_LIMIT = 500
_CLUSTER = "<{iri}> (owl:sameAs|^owl:sameAs)* ?e ."
_ARTICLE = """OPTIONAL {{ ?article schema:datePublished ?date }}
    OPTIONAL {{ ?article schema:headline ?headline }}
    OPTIONAL {{ ?article schema:url ?url }}"""
ENTITY_QUERIES = {
    "about": """SELECT DISTINCT ?e ?p ?o ?oLabel WHERE {{
  {cluster}
  ?e ?p ?o .
  FILTER(?p IN (rdf:type, skos:prefLabel, skos:altLabel, bkg:key, bkg:regionCode, bkg:region,
                org:unitOf, schema:containedInPlace, owl:sameAs, bkg:articleCount, bkg:mentionCount))
  OPTIONAL {{ ?o skos:prefLabel ?oLabel }}
}} ORDER BY ?p ?o LIMIT {limit}""",
    "tenures": """SELECT ?org ?orgLabel ?roleLabel ?begin ?end ?articles WHERE {{
  {cluster}
  ?t a bkg:Tenure ; org:member ?e ; org:organization ?org .
  OPTIONAL {{ ?t org:role/skos:prefLabel ?roleLabel }}
  OPTIONAL {{ ?t org:memberDuring/<http://www.w3.org/2006/time#hasBeginning>/<http://www.w3.org/2006/time#inXSDDate> ?begin }}
  OPTIONAL {{ ?t org:memberDuring/<http://www.w3.org/2006/time#hasEnd>/<http://www.w3.org/2006/time#inXSDDate> ?end }}
  OPTIONAL {{ ?t bkg:articleCount ?articles }}
  OPTIONAL {{ ?org skos:prefLabel ?orgLabel }}
}} ORDER BY ?begin ?orgLabel LIMIT {limit}""",
    "offices": """SELECT ?org ?orgLabel ?title ?acting ?former ?date ?article ?headline ?url ?sentence WHERE {{
  {cluster}
  GRAPH ?article {{
    ?m a org:Membership ; org:member ?e ; org:organization ?org ; prov:wasDerivedFrom ?s .
    ?s schema:text ?sentence .
    OPTIONAL {{ ?m bkg:title ?title }}
    OPTIONAL {{ ?m bkg:acting ?acting }}
    OPTIONAL {{ ?m bkg:former ?former }}
    {article}
  }}
  OPTIONAL {{ ?org skos:prefLabel ?orgLabel }}
}} ORDER BY ?date ?orgLabel LIMIT {limit}""",
    "facts": """SELECT ?subject ?subjectLabel ?predicate ?object ?objectLabel ?title ?date ?article ?headline ?url ?sentence WHERE {{
  {cluster}
  GRAPH ?article {{
    {{ ?fact rdf:subject ?e }} UNION {{ ?fact rdf:object ?e }}
    ?fact a bkg:Fact ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
          prov:wasDerivedFrom ?s .
    ?s schema:text ?sentence .
    OPTIONAL {{ ?fact bkg:title ?title }}
    {article}
  }}
  OPTIONAL {{ ?subject skos:prefLabel ?subjectLabel }}
  OPTIONAL {{ ?object skos:prefLabel ?objectLabel }}
}} ORDER BY ?date ?article ?fact LIMIT {limit}""",
    "quotes": """SELECT ?text ?date ?article ?headline ?url WHERE {{
  {cluster}
  GRAPH ?article {{
    ?q a schema:Quotation ; schema:creator ?e ; schema:text ?text .
    {article}
  }}
}} ORDER BY ?date ?article LIMIT {limit}""",
    "articles": """SELECT DISTINCT ?article ?headline ?date ?url WHERE {{
  {cluster}
  GRAPH ?article {{
    ?article schema:mentions ?e .
    {article}
  }}
}} ORDER BY ?date ?article LIMIT {limit}""",
}


def entity_queries(iri: str) -> dict[str, str]:
    cluster = _CLUSTER.format(iri=iri)
    return {name: q.format(cluster=cluster, article=_ARTICLE, limit=PAGE_LIMIT)
            for name, q in ENTITY_QUERIES.items()}


def used_prefixes(text: str) -> str:
    names = set(re.findall(r"(?<![\w:<])([a-z]+):\w", text))
    return "".join(f"PREFIX {p}: <{V.PREFIXES[p]}>\n" for p in V.PREFIXES if p in names)


def library_tabs() -> list[dict]:
    """The example queries, parameters at their defaults, PREFIXes spelled out (YASGUI
    checks the syntax and does not know the endpoint's predeclared prefixes)."""
    tabs = []
    for q in library.list_queries():
        text = library.bind_params(q, {})
        tabs.append({"name": q.name, "title": q.title, "text": used_prefixes(text) + text})
    return tabs


def _script_json(data) -> str:
    return json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


STYLE = """body{font-family:system-ui,sans-serif;margin:0 1.5em 2em;color:#222}
header{display:flex;align-items:baseline;gap:1em;flex-wrap:wrap}
header p,footer{color:#555;font-size:.9em}footer{margin-top:2em}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.92em}
td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
th{background:#f2f2f2}.sentence{max-width:48em}.muted{color:#777}"""


def query_page(bases: list[str]) -> str:
    config = {"queries": library_tabs(), "bases": bases or [V.DEFAULT_BASE_IRI],
              "prefixes": dict(V.PREFIXES)}
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>berita-kg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/yasgui/yasgui.min.css">
<style>{STYLE}</style>
</head><body>
<header><h1>berita-kg SPARQL</h1>
<p>Read-only endpoint at <code>/sparql</code>. Each tab holds an example query from the library;
press ▶ (or Ctrl-Enter) to run it. Entity IRIs in the results open a page about the entity.</p></header>
<div id="yasgui"></div>
<footer>Query editor: <a href="/static/yasgui/LICENSES.txt">YASGUI</a>
(@zazuko/yasgui, MIT; © Triply and Zazuko GmbH), shipped with this package.</footer>
<script src="/static/yasgui/yasgui.min.js"></script>
<script>const KG = {_script_json(config)};</script>
<script src="/static/query-page.js"></script>
</body></html>
"""


def _link(iri: str, label: str | None, bases: list[str]) -> str:
    text = escape(label or iri)
    if any(iri.startswith(b) for b in bases):
        return f'<a href="/entity?iri={quote(iri, safe="")}">{text}</a>'
    return f'<span title="{escape(iri)}">{text}</span>'


def _short(iri: str) -> str:
    for prefix, ns in V.PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _source(row: dict) -> str:
    title = escape(row.get("headline") or row.get("article", ""))
    url = row.get("url")
    link = f'<a href="{escape(url)}">{title}</a>' if url and url.startswith(("http://", "https://")) \
        else title
    return f'{escape(row.get("date", ""))} {link}'


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f'<p class="muted">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def entity_page(iri: str, sections: dict[str, list[dict]], bases: list[str]) -> str:
    bases = bases or [V.DEFAULT_BASE_IRI]
    about = sections["about"]
    labels = [r["o"] for r in about if r["p"] == str(V.SKOS.prefLabel)]
    name = labels[0] if labels else iri
    alt = sorted({r["o"] for r in about if r["p"] == str(V.SKOS.altLabel)} - set(labels))
    props = [[escape(_short(r["p"])), _link(r["o"], r.get("oLabel") or _short(r["o"]), bases)
              if r["o"].startswith(("http://", "https://")) else escape(r["o"])]
             for r in about if r["p"] not in (str(V.SKOS.prefLabel), str(V.SKOS.altLabel))]
    tenures = [[_link(r["org"], r.get("orgLabel"), bases), escape(r.get("roleLabel", "")),
                escape(r.get("begin", "")), escape(r.get("end", "")), escape(r.get("articles", ""))]
               for r in sections["tenures"]]
    flags = lambda r: ", ".join(f for f in ("acting", "former") if r.get(f) == "true")
    offices = [[_link(r["org"], r.get("orgLabel"), bases), escape(r.get("title", "")),
                escape(flags(r)), _source(r), f'<span class="sentence">{escape(r["sentence"])}</span>']
               for r in sections["offices"]]
    facts = [[_link(r["subject"], r.get("subjectLabel"), bases), escape(_short(r["predicate"])),
              _link(r["object"], r.get("objectLabel"), bases), escape(r.get("title", "")), _source(r),
              f'<span class="sentence">{escape(r["sentence"])}</span>'] for r in sections["facts"]]
    quotes = [[f'<span class="sentence">{escape(r["text"])}</span>', _source(r)]
              for r in sections["quotes"]]
    articles = [[_source(r)] for r in sections["articles"]]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(name)} · berita-kg</title>
<style>{STYLE}</style></head><body>
<header><h1>{escape(name)}</h1><p><code>{escape(iri)}</code> · <a href="/">query page</a></p></header>
<p>{"Also called: " + escape("; ".join(alt)) if alt else ""}</p>
{_table(["property", "value"], props, "Nothing is stored about this IRI in the entities graph.")}
<h2>Offices</h2>
{_table(["organisation", "role", "from", "to", "articles"], tenures, "No corpus tenures (built by the link stage).") if tenures else ""}
{_table(["organisation", "title as written", "", "article", "sentence"], offices, "No offices in the articles.")}
<h2>Facts and their sources</h2>
{_table(["subject", "predicate", "object", "title", "article", "sentence"], facts, "No facts.")}
<h2>Quotes</h2>
{_table(["quote", "article"], quotes, "No quotes.")}
<h2>Articles mentioning it</h2>
{_table(["article"], articles, "No articles.")}
<footer>Built from SPARQL over the store; each section shows at most {PAGE_LIMIT} rows.</footer>
</body></html>
"""
