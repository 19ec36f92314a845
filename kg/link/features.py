"""Link records -> the comparison columns the Fellegi–Sunter model reads, and blocking keys."""
from __future__ import annotations

import hashlib
from datetime import date

from kg.link.types import LinkRecord
from kg.resolve.acronyms import acronym_table
from kg.resolve.names import alias_table, fold_name, org_tokens, person_tokens
from kg.resolve.text import normalize

_EPOCH = date(1970, 1, 1)


def key_name(key: str) -> str:
    """The name part of a resolver key: "person/budi~3fa2c1d0e9" -> "budi"."""
    last = key.rsplit("/", 1)[-1]
    return last.split("~", 1)[0].replace("-", " ")


def _day(d: str) -> int | None:
    try:
        return (date.fromisoformat(d[:10]) - _EPOCH).days
    except ValueError:
        return None


def iri_id(iri: str | None) -> int | None:
    """A 64-bit id for an IRI the model only compares for equality (co-occurring entities,
    offices, parents): rows 5-10x smaller than with the IRIs, the same comparisons."""
    if iri is None:
        return None
    return int.from_bytes(hashlib.blake2b(iri.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "big", signed=True)


def _ids(iris) -> list[int]:
    return [iri_id(i) for i in iris]


def _middle_day(dates) -> int | None:
    days = sorted(d for d in map(_day, dates) if d is not None)
    return days[len(days) // 2] if days else None


def person_keys(tokens, aliases) -> list[str]:
    """The blocking keys Splink joins people on (kg/link/model.py blocking_rules): the name, its
    aliases and, for a name of several words, first name + initial of the last and last name +
    initial of the first, first name + last two letters of the last and the reverse (spellings:
    "irzan aditya" / "irzan raditya"), the first two and the last two words, and the words in
    alphabetical order ("kim yong min" / "kim min yong"). No key is one name word alone (those
    grow with the square of the corpus: "s:ahmad"); a one-word name meets the multi-word names
    it is the first or last word of through the `solo` column's rules instead."""
    first, last = tokens[0], tokens[-1]
    keys = {f"n:{' '.join(tokens)}"} | {f"a:{a}" for a in aliases}
    if len(tokens) > 1:
        keys |= {f"fl:{first}|{last[:1]}", f"lf:{last}|{first[:1]}", f"fe:{first}|{last[-2:]}",
                 f"le:{last}|{first[-2:]}", f"b2:{' '.join(tokens[:2])}", f"e2:{' '.join(tokens[-2:])}",
                 f"ts:{' '.join(sorted(tokens))}"}
    return sorted(keys)


def _solo(tokens) -> str | None:
    """The one word of a one-word name ("song song" too): it pairs with every multi-word name
    whose first or last word it is."""
    return tokens[0] if len(set(tokens)) == 1 else None


def _with_words(row: dict, solo: str, parts: str) -> list[str]:
    """The blocking keys plus `solo` + the one word of a one-word name, `parts` + the first and
    last word of a multi-word name (a person row; organisations have no word keys)."""
    if "solo" not in row:
        return row["bk"]
    keys = set(row["bk"])
    if row["solo"] is not None:
        keys.add(f"{solo}{row['solo']}")
    if not row["one_word"]:
        keys |= {f"{parts}{row['first']}", f"{parts}{row['last']}"}
    return sorted(keys)


def stored_keys(row: dict) -> list[str]:
    """The keys written as a record's bkg:blockKey: its blocking keys plus, for a person, `w:`
    (a one-word name) or `p:` (first and last word of a multi-word name), so an incremental
    update finds every pair the solo rules give a full link (lookup_keys)."""
    return _with_words(row, "w:", "p:")


def lookup_keys(row: dict) -> list[str]:
    """The stored keys of every record Splink may pair this one with: a one-word name looks up
    the multi-word names with its word (`p:`), a multi-word name the one-word names of its
    first and last word (`w:`)."""
    return _with_words(row, "p:", "w:")


def person_row(r: LinkRecord) -> dict:
    tokens = person_tokens(key_name(r.key)) or tuple(key_name(r.key).split())
    name = " ".join(tokens)
    table = alias_table("person")
    strong, weak = set(), set()
    for form in (name,):   # the article's full name for it, not every short label it was given
        alias = table.get(form)
        if alias is not None:
            (strong if alias.strong else weak).add(alias.name)
    if name in table and table[name].name == name:
        strong.add(name)
    return {
        "unique_id": r.iri, "name": name, "tokens": list(tokens), "first": tokens[0],
        "last": tokens[-1], "one_word": len(tokens) == 1,
        "strong": sorted(strong), "weak": sorted(weak),
        "titles": sorted({normalize(t) for t in r.titles if t}),
        "offices": _ids(r.offices), "region": r.region_code,
        "province": r.region_code.split(".")[0] if r.region_code else None,
        "cooc": _ids(r.cooccurring), "day": _middle_day(r.dates),
        "bk": person_keys(tokens, strong | weak), "solo": _solo(tokens),
    }


def org_forms(r: LinkRecord) -> tuple[str, set[str]]:
    """(primary folded name, every folded form incl. alias-list and acronym identities)."""
    primary = " ".join(org_tokens(key_name(r.key)))
    forms = {primary} | {fold_name(n, "organization") for n in r.names}
    table, acronyms = alias_table("organization"), acronym_table()
    ids = set()
    for form in list(forms):
        alias = table.get(form)
        if alias is not None:
            ids.add(alias.name)
    for n in (*r.names, key_name(r.key)):
        entry = acronyms.expand(n.split()[0]) if n.split() and len(n.split()) == 1 else None
        if entry is not None:
            ids.add(fold_name(entry.expansion, "organization"))
    forms |= ids
    forms.discard("")
    return primary, forms


def org_row(r: LinkRecord) -> dict:
    primary, forms = org_forms(r)
    return {
        "unique_id": r.iri, "name": primary, "forms": sorted(forms),
        "region": r.region_code, "province": r.region_code.split(".")[0] if r.region_code else None,
        "unit_of": iri_id(r.unit_of), "scoped": r.scoped, "cooc": _ids(r.cooccurring),
        "day": _middle_day(r.dates),
        "bk": sorted(f"o:{f}" for f in forms),
    }


def rows(records: list[LinkRecord], type_: str) -> list[dict]:
    make = person_row if type_ == "person" else org_row
    return [make(r) for r in records if r.type == type_]
