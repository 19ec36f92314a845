"""Refusing federated queries (SERVICE), decided from the parsed query.

Oxigraph would send a SERVICE block to any URL. `uses_service` parses the query
with rdflib's SPARQL parser and looks for a ServiceGraphPattern anywhere in the
parse tree (subqueries, EXISTS, OPTIONAL, ...). Only a query that cannot contain
the keyword at all (ASCII text without "service" once \\u escapes are expanded, as
both parsers expand them first) skips the parse, which costs 30-150 ms.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.errors import KgError

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class ServiceRefused(KgError):
    """The query uses SERVICE and federation was not allowed."""


def _expand_escapes(text: str) -> str:
    def one(match):
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except (ValueError, OverflowError):
            return match.group(0)
    return _ESCAPE.sub(one, text)


def _may_mention_service(text: str) -> bool:
    text = _expand_escapes(text)
    return not text.isascii() or "service" in text.lower()


def _has_service(node) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Node

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, (str, Node)) or item is None:
            continue
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                return True
            stack.extend(item.values())
        elif isinstance(item, dict):
            stack.extend(item.values())
        else:
            try:
                stack.extend(iter(item))
            except TypeError:
                continue
    return False


@lru_cache(maxsize=512)
def uses_service(query: str) -> bool:
    """Does the query hold a SERVICE pattern? KgError if it may and cannot be parsed."""
    if not _may_mention_service(query):
        return False
    from rdflib.plugins.sparql import parser

    try:
        tree = parser.parseQuery(query)
    except Exception as error:   # pyparsing's ParseException and friends
        message = " ".join(str(error).split())[:200]
        raise KgError(f"SPARQL syntax error (the SERVICE check could not parse the query): "
                      f"{message}") from None
    return _has_service(tree)


def check_no_service(query: str) -> None:
    if uses_service(query):
        raise ServiceRefused("SERVICE (federated query) is disabled: the endpoint does not "
                             "fetch other URLs (kg query: --allow-service)")
