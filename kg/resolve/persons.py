"""Person names within an article: full names and the short forms that point to them."""
from __future__ import annotations

import re

from kg.resolve.text import normalize, slugify
from kg.resolve.types import CandidateLink


def person_key(name: str) -> str:
    return f"person/{slugify(name)}"


def _is_part(short: list[str], full: list[str]) -> bool:
    """Every token of short appears in full, in order: "Bima" in "Bima Ekawardhana"."""
    i = 0
    for token in full:
        if i < len(short) and token == short[i]:
            i += 1
    return i == len(short) and len(short) < len(full)


def cluster_names(names: list[str]) -> dict[str, str]:
    """Map each normalised name to the normalised full name it stands for.

    A shorter name joins a longer one only if exactly one longer name of the article
    contains all its tokens; otherwise it stays on its own.
    """
    from kg.resolve.names import fold_name, mononyms

    distinct = sorted(set(names), key=lambda n: (-len(n.split()), n))
    canon = {}
    for name in distinct:
        tokens = name.split()
        if len(tokens) == 1 and fold_name(name, "person") in mononyms():
            canon[name] = name     # "Soeharto" alone is Soeharto, not Titiek Soeharto
            continue
        # a multi-word short form keeps the first name: "Anies Baswedan" is Anies Rasyid
        # Baswedan, but "Joko Widodo" is not "Hajah Iriana Joko Widodo"
        fuller = [o for o in distinct if _is_part(tokens, o.split())
                  and (len(tokens) == 1 or o.split()[0] == tokens[0])]
        # only the longest containers count: "Joko" in "Joko Widodo" and "Ir Joko Widodo"
        tops = {canon.get(o, o) for o in fuller}
        if len(tops) > 1 and len(tokens) == 1:
            # "Bambang" is Bambang Soesatyo, not Susilo Bambang Yudhoyono: a one-word short
            # form is a first or last name
            edge = {t for t in tops if tokens[0] in (t.split()[0], t.split()[-1])}
            tops = edge if len(edge) == 1 else tops
        canon[name] = tops.pop() if len(tops) == 1 else name
    return canon


def ambiguous_short_links(names: list[str], canon: dict[str, str], key=person_key) -> list[CandidateLink]:
    """Short names that fit several full names of the article: kept apart, linked.
    key: name -> entity key (the resolver scopes one-word names to the article)."""
    links = []
    for name in sorted(set(names)):
        if canon[name] != name:
            continue
        tokens = name.split()
        for other in sorted(set(canon.values())):
            if other != name and _is_part(tokens, other.split()):
                links.append(CandidateLink(key(name), key(other), 0.5,
                                           "short form of several full names in the article"))
    return links


def known_key_links(key: str, name: str, known_keys) -> list[CandidateLink]:
    """A short name alone in its article, against person keys of other articles."""
    tokens = normalize(name).split()
    links = []
    for other in sorted(known_keys or ()):
        if other == key or not other.startswith("person/"):
            continue
        other_tokens = other[len("person/"):].split("-")
        if _is_part(tokens, other_tokens):
            score = 0.6 if tokens[0] == other_tokens[0] else 0.4
            links.append(CandidateLink(key, other, score,
                                       "short name is part of a full name seen elsewhere"))
    return links


_PAREN_RE = re.compile(r"\s*\(\s*([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?)\s*\)")


def paren_aliases(text: str, mentions, norm: dict[str, str]) -> dict[str, str]:
    """Nicknames and initials in brackets after a full name: "Jusuf Kalla (JK)", "Ahmad
    Heryawan (Aher)". Returns {normalised alias: normalised full name} for aliases that are
    person mentions of the article too; an alias given to two names is dropped."""
    names = {norm[m.id] for m in mentions if norm.get(m.id)}
    out: dict[str, str] = {}
    bad: set[str] = set()
    for m in mentions:
        full = norm.get(m.id)
        if not full or len(full.split()) < 2:
            continue
        g = _PAREN_RE.match(text, m.provenance.end)
        if not g:
            continue
        alias = normalize(g.group(1))
        if alias in names and alias != full and len(alias.split()) < len(full.split()) + 1:
            if out.get(alias, full) != full:
                bad.add(alias)
            out[alias] = full
    # "Bamsoet, panggilan Bambang Soesatyo": the nickname first
    starts = {m.provenance.start: norm.get(m.id) for m in mentions}
    for m in mentions:
        alias = norm.get(m.id)
        g = _CALLED_RE.match(text, m.provenance.end)
        if alias and g and starts.get(g.end()) and len(starts[g.end()].split()) >= 2 \
                and starts[g.end()] != alias:
            if out.get(alias, starts[g.end()]) != starts[g.end()]:
                bad.add(alias)
            out[alias] = starts[g.end()]
    return {a: f for a, f in out.items() if a not in bad}


_CALLED_RE = re.compile(r"\s*,\s*(?:nama\s+)?(?:panggilan|sapaan)(?:\s+akrab(?:nya)?)?\s+")


def listed_aliases(names, canon: dict[str, str]) -> dict[str, str]:
    """Strong aliases of the shipped list (kg/data/person_aliases.tsv: "Setnov" for Setya
    Novanto, "Jokowi" for Joko Widodo) written in an article that also names the full name:
    {normalised alias: normalised full name as the article writes it}. Without the full name
    in the article the alias keeps its own key (the linker joins the two across articles)."""
    from kg.resolve.names import alias_table, fold_name

    table = alias_table("person")
    fulls = {fold_name(c, "person"): c for c in set(canon.values()) | set(names) if len(c.split()) >= 2}
    out = {}
    for n in set(names):
        alias = table.get(fold_name(n, "person"))
        if alias is not None and alias.strong and alias.name != alias.alias and alias.name in fulls \
                and canon.get(n, n) == n:
            out[n] = fulls[alias.name]
    return out
