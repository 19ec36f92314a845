"""SPARQL 1.1 Protocol details: content negotiation and the Service Description."""
from __future__ import annotations

import pyoxigraph as ox

from kg.store.results import GRAPH_FORMATS, SOLUTION_FORMATS

# names a client may give in format=/output= or Accept, beyond the media types themselves
SOLUTION_ALIASES = {"application/json": "json", "text/xml": "xml", "application/xml": "xml",
                    "text/plain": "table", "text": "table"}
GRAPH_ALIASES = {"text/plain": "ntriples", "rdf+xml": "rdfxml", "json-ld": "jsonld", "n3": "turtle",
                 "nt": "ntriples", "ttl": "turtle", "xml": "rdfxml", "application/xml": "rdfxml",
                 "text/xml": "rdfxml", "json": "jsonld", "application/json": "jsonld",
                 "csv": "ntriples", "tsv": "ntriples"}
SERVED_GRAPH_FORMATS = ("turtle", "ntriples", "rdfxml", "jsonld")


def choose(accept: str, explicit: str | None, table: dict, aliases: dict, default: str) -> str:
    """A format name from table: the explicit format= parameter, else the Accept header."""
    if explicit:
        name = explicit.strip().lower()
        name = aliases.get(name, name)
        for key, (mime, _) in table.items():
            if name in (key, mime):
                return key
    ranked = []
    for i, part in enumerate(accept.split(",")):
        mime, *options = [p.strip().lower() for p in part.split(";")]
        q = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    q = float(option[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, mime))
    for _, _, mime in sorted(ranked):
        for key, (known, _) in table.items():
            if mime == known:
                return key
        if aliases.get(mime) in table:
            return aliases[mime]
    return default


def solution_format(accept: str, explicit: str | None) -> str:
    return choose(accept, explicit, SOLUTION_FORMATS, SOLUTION_ALIASES, "json")


def graph_format(accept: str, explicit: str | None) -> str:
    served = {k: GRAPH_FORMATS[k] for k in SERVED_GRAPH_FORMATS}
    return choose(accept, explicit, served, GRAPH_ALIASES, "turtle")


def prefers_html(accept: str) -> bool:
    first = accept.split(",")[0].split(";")[0].strip().lower()
    return first in ("text/html", "application/xhtml+xml")


FORMATS_NS = "http://www.w3.org/ns/formats/"


def service_description(endpoint: str, graphs: list[str], fmt: str) -> bytes:
    """The SPARQL 1.1 Service Description of this endpoint, in an RDF format name."""
    results = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
               "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"]
    named = "".join(f"    sd:namedGraph [ a sd:NamedGraph ; sd:name <{g}> ] ;\n" for g in graphs)
    turtle = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  dcterms:description "berita-kg read-only SPARQL endpoint: the default graph is the union of all graphs; SERVICE and updates are refused" ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
{"".join(f"  sd:resultFormat <{FORMATS_NS}{r}> ;{chr(10)}" for r in results)}  sd:defaultDataset [ a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ] ;
{named}  ] .
"""
    if fmt == "turtle":
        return turtle.encode("utf-8")
    triples = ox.parse(turtle.encode("utf-8"), ox.RdfFormat.TURTLE)
    return ox.serialize(triples, None, GRAPH_FORMATS[fmt][1])
