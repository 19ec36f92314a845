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
    keys = {f"s:{tokens[0]}", f"s:{tokens[-1]}", f"n:{name}"} | {f"a:{a}" for a in strong | weak}
    return {
        "unique_id": r.iri, "name": name, "tokens": list(tokens), "first": tokens[0],
        "last": tokens[-1], "one_word": len(tokens) == 1,
        "strong": sorted(strong), "weak": sorted(weak),
        "titles": sorted({normalize(t) for t in r.titles if t}),
        "offices": _ids(r.offices), "region": r.region_code,
        "province": r.region_code.split(".")[0] if r.region_code else None,
        "cooc": _ids(r.cooccurring), "day": _middle_day(r.dates), "bk": sorted(keys),
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
