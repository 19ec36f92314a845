"""Literal helpers and rdflib <-> pyoxigraph term conversion."""
from __future__ import annotations

import datetime
from decimal import Decimal

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD


def clean(value: str) -> str:
    """Make any Python string storable: lone surrogates become U+FFFD."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if value else value


def text(value: str) -> Literal:
    return Literal(clean(str(value)))


def integer(value: int) -> Literal:
    return Literal(int(value), datatype=XSD.integer)


def boolean(value: bool) -> Literal:
    return Literal(bool(value), datatype=XSD.boolean)


def decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(float(value), 4))), datatype=XSD.decimal)


def date(value: str | None) -> Literal | None:
    """xsd:date literal for an ISO date, or None when value is not a valid date."""
    if not value:
        return None
    try:
        return Literal(datetime.date.fromisoformat(value[:10]).isoformat(), datatype=XSD.date)
    except ValueError:
        return None


def any_uri(value: str) -> Literal:
    return Literal(clean(value), datatype=XSD.anyURI)


def to_ox(term):
    """rdflib term -> pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox_quad(quad) -> ox.Quad:
    s, p, o, g = quad
    return ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g) if g is not None else ox.DefaultGraph())


def from_ox(term):
    """pyoxigraph term -> rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"not an RDF term: {term!r}")
