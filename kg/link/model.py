"""The Fellegi–Sunter match models (Splink on DuckDB), one for people, one for organisations.

`settings(type)` defines the comparisons; `scripts/train_linker.py` estimates their m and u
probabilities with EM on a corpus build and writes `kg/link/model-<type>.json`, which every build
loads as is, so the scores of a pair depend only on the two records (a full rebuild and
incremental adds score alike).
"""
from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

# Prior m probabilities (P(level | same entity)) of the name comparisons, kept fixed: EM on
# this corpus collapses them (measured: it converged on "same region" as the match class);
# u probabilities and the context comparisons' m are estimated from the data.
# person: same full name, alias list, same one-word name, weak alias, same first+last,
#         same first + last name spelling, short form, one-word part, contained with another first name, spelling, other
PERSON_NAME_M = (0.5, 0.08, 0.06, 0.03, 0.05, 0.03, 0.12, 0.1, 0.004, 0.01, 0.016)
# person region (of the offices held): same region, same province, other
PERSON_REGION_M = (0.7, 0.1, 0.2)
# organisation: same name, shared form/acronym/alias, spelling, other
ORG_NAME_M = (0.55, 0.35, 0.05, 0.05)
# organisation region: both national, same region, region not named (an article-scoped
# "Dinas Pendidikan"), a national body and a regional one, same province, other
ORG_REGION_M = (0.45, 0.43, 0.1, 0.01, 0.0005, 0.0005)


def _contained(col: str = "tokens") -> str:
    return f"(list_has_all({col}_l, {col}_r) OR list_has_all({col}_r, {col}_l))"


def _comparisons(type_: str):
    import splink.comparison_library as cl

    def custom(name, levels, description, m=None):
        """levels: (sql, label); m: prior m probabilities (levels then else), kept fixed."""
        out = []
        for i, (sql, label) in enumerate(levels):
            level = {"sql_condition": sql, "label_for_charts": label}
            if label == "null":
                level["is_null_level"] = True
            out.append(level)
        out.append({"sql_condition": "ELSE", "label_for_charts": "other"})
        if m is not None:
            for level, p in zip([lv for lv in out if not lv.get("is_null_level")], m):
                level["m_probability"] = p
                level["fix_m_probability"] = True
        return cl.CustomComparison(output_column_name=name, comparison_description=description,
                                   comparison_levels=out)

    cooc = custom("cooc", [
        ("len(cooc_l) = 0 OR len(cooc_r) = 0", "null"),
        ("len(list_intersect(cooc_l, cooc_r)) >= 3", "3+ shared co-occurring entities"),
        ("len(list_intersect(cooc_l, cooc_r)) >= 1", "shared co-occurring entities"),
    ], "entities named in the same articles")
    days = custom("day", [
        ("day_l IS NULL OR day_r IS NULL", "null"),
        ("abs(day_l - day_r) <= 31", "within a month"),
        ("abs(day_l - day_r) <= 365", "within a year"),
    ], "article dates")
    if type_ == "person":
        name = custom("name", [
            ("name_l = name_r AND NOT one_word_l", "same full name"),
            ("len(list_intersect(strong_l, strong_r)) > 0", "alias list"),
            ("name_l = name_r", "same one-word name"),
            ("len(list_intersect(list_concat(strong_l, weak_l), list_concat(strong_r, weak_r))) > 0",
             "weak alias"),
            ("NOT one_word_l AND NOT one_word_r AND first_l = first_r AND last_l = last_r",
             "same first and last name"),
            ("NOT one_word_l AND NOT one_word_r AND first_l = first_r "
             "AND jaro_winkler_similarity(last_l, last_r) >= 0.9", "same first name, last name spelling"),
            (f"{_contained()} AND first_l = first_r AND NOT one_word_l AND NOT one_word_r",
             "short form"),
            (f"(one_word_l OR one_word_r) AND {_contained()} AND (first_l = first_r OR last_l = last_r)",
             "one-word first or last name"),
            (_contained(), "contained, other first name"),
            ("jaro_winkler_similarity(name_l, name_r) >= 0.92", "spelling"),
        ], "person names", m=PERSON_NAME_M)
        office = custom("office", [
            ("(len(offices_l) = 0 AND len(titles_l) = 0) OR (len(offices_r) = 0 AND len(titles_r) = 0)", "null"),
            ("len(list_intersect(offices_l, offices_r)) > 0", "same organisation"),
            ("len(list_intersect(titles_l, titles_r)) > 0", "same title"),
        ], "offices held")
        region = custom("region", [
            ("region_l IS NULL OR region_r IS NULL", "null"),
            ("region_l = region_r", "same region"),
            ("province_l = province_r", "same province"),
        ], "region of the offices", m=PERSON_REGION_M)
        return [name, office, region, cooc, days]
    name = custom("name", [
        ("name_l = name_r", "same name"),
        ("len(list_intersect(forms_l, forms_r)) > 0", "shared name, acronym or alias"),
        ("jaro_winkler_similarity(name_l, name_r) >= 0.92", "spelling"),
    ], "organisation names")
    region = custom("region", [
        ("region_l IS NULL AND region_r IS NULL AND NOT scoped_l AND NOT scoped_r", "both national"),
        ("region_l = region_r", "same region"),
        ("(region_l IS NULL AND scoped_l) OR (region_r IS NULL AND scoped_r)", "region not named"),
        ("region_l IS NULL OR region_r IS NULL", "national and regional"),
        ("province_l = province_r", "same province"),
    ], "region", m=ORG_REGION_M)
    parent = custom("parent", [
        ("unit_of_l IS NULL OR unit_of_r IS NULL", "null"),
        ("unit_of_l = unit_of_r", "same parent"),
    ], "parent organisation")
    return [name, region, parent, cooc, days]


# Persons: the shared keys (kg/link/features.py person_keys), and a one-word name with every
# multi-word name whose first or last word it is. Organisations: shared keys.
PERSON_SOLO_RULES = ("l.solo = r.first AND NOT r.one_word", "l.solo = r.last AND NOT r.one_word",
                     "r.solo = l.first AND NOT l.one_word", "r.solo = l.last AND NOT l.one_word")


def blocking_rules(type_: str) -> list:
    from splink import block_on
    from splink.blocking_rule_library import CustomRule

    rules = [block_on("bk", arrays_to_explode=["bk"])]
    if type_ == "person":
        rules += [CustomRule(sql, sql_dialect="duckdb") for sql in PERSON_SOLO_RULES]
    return rules


def settings(type_: str):
    from splink import SettingsCreator

    return SettingsCreator(
        link_type="dedupe_only", unique_id_column_name="unique_id",
        comparisons=_comparisons(type_),
        blocking_rules_to_generate_predictions=blocking_rules(type_),
        retain_intermediate_calculation_columns=True, retain_matching_columns=False,
        additional_columns_to_retain=[],
    )


def model_path(type_: str) -> Path:
    return Path(str(resources.files("kg.link").joinpath(f"model-{type_}.json")))


def _table(rows):
    import pyarrow as pa

    return rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows)


def preload() -> None:
    """Import Splink and what it scores with (~1 s): a build does it while its NER workers
    load the model, not after its last batch."""
    import duckdb  # noqa: F401
    import pandas  # noqa: F401   (Splink imports it on first use)
    import pyarrow  # noqa: F401
    import splink.blocking_rule_library  # noqa: F401
    import splink.comparison_library  # noqa: F401
    from splink import DuckDBAPI, Linker, SettingsCreator  # noqa: F401


SPILL_MEMORY = "500MB"   # DuckDB's memory limit when it may spill to disk


def linker(rows, type_: str, trained: bool = True, connection=None):
    """connection: a DuckDB connection to score in (default: a new in-memory one). A trained
    model's settings are not validated again against the rows: Splink's check only logs
    (silenced here) and parses every comparison's SQL, ~0.12 s per linker, each add."""
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    db = DuckDBAPI() if connection is None else DuckDBAPI(connection=connection)
    frame = db.register(_table(rows))
    source = str(model_path(type_)) if trained else settings(type_)
    return Linker(frame, source, log_level=None if trained else logging.WARNING, validate_settings=not trained)


def score(rows, type_: str, threshold: float, spill: bool = False) -> list[dict]:
    """Pairs of rows (dicts or an Arrow table; blocked on shared keys) with match probability
    >= threshold, with the comparison level and Bayes factor of each piece of evidence.
    spill: score in a file-backed DuckDB that keeps to SPILL_MEMORY and spills the candidate
    pairs to a temporary directory (a full re-link of a large store; slower)."""
    if len(rows) < 2:
        return []
    if not spill:
        return linker(rows, type_).inference.predict(threshold_match_probability=threshold).as_record_list()
    import tempfile

    import duckdb

    with tempfile.TemporaryDirectory(prefix="kg-link-") as spill_dir:
        connection = duckdb.connect(str(Path(spill_dir) / "score.duckdb"), config={
            "memory_limit": SPILL_MEMORY, "temp_directory": spill_dir, "preserve_insertion_order": False})
        try:
            link = linker(rows, type_, connection=connection)
            return link.inference.predict(threshold_match_probability=threshold).as_record_list()
        finally:
            connection.close()
