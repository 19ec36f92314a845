"""Events (trainings, meetings, raids, inaugurations ...) from trigger words in a lexicon.

    lexicon      the trigger words, their type and category (kg/extract/lexicons/events.csv)
    triggers     trigger occurrences and whether each tells of a real happening
    roles        agent, patients, partners, participants and groups of an event
    attribution  who a sentence quotes (sources), words that belong to the attribution
    place_date   where and when an event happened; the dateline place
    drafts       the occurrence and draft records the steps pass each other
    extract      extract_events (one article's occurrences merged per event), with_quote_sources
"""
from kg.extract.events.extract import extract_events, with_quote_sources
from kg.extract.events.lexicon import category_of, load_lexicon
from kg.extract.events.place_date import dateline_place_mention

__all__ = ["category_of", "dateline_place_mention", "extract_events", "load_lexicon", "with_quote_sources"]
