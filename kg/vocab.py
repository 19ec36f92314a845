"""Namespaces, class/property IRIs and IRI builders of the berita-kg graph.

Ontology terms live in the fixed BKG namespace. Data IRIs (entities, articles,
sentences, graphs) live under a configurable base IRI (DEFAULT_BASE_IRI).
See ontologies/README.md for the graph layout.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

DEFAULT_BASE_IRI = "https://w3id.org/berita-kg/"
ONTOLOGY_IRI = "https://w3id.org/berita-kg/ontology"
ONTOLOGY_VERSION = "0.1.0"
ONTOLOGY_VERSION_IRI = f"{ONTOLOGY_IRI}/{ONTOLOGY_VERSION}"

BKG = Namespace(ONTOLOGY_IRI + "#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

PREFIXES = {
    "bkg": str(BKG),
    "org": str(ORG),
    "schema": str(SDO),
    "sem": str(SEM),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "dcterms": str(DCTERMS),
}

# --- classes -----------------------------------------------------------------
PERSON = FOAF.Person
ORGANIZATION = ORG.Organization
ORGANIZATIONAL_UNIT = ORG.OrganizationalUnit
GOVERNMENT_ORGANIZATION = SDO.GovernmentOrganization
PLACE = SDO.Place
EVENT = SEM.Event
NEWS_ARTICLE = SDO.NewsArticle
QUOTATION = SDO.Quotation
MEMBERSHIP = ORG.Membership
ROLE = ORG.Role
SEM_ROLE = SEM.Role
SEM_ROLE_TYPE = SEM.RoleType
SENTENCE = BKG.Sentence               # a sentence of an article: text + offsets
HEADSHIP = BKG.Headship               # qualified heads fact (subclass of org:Membership)
FACT = BKG.Fact                       # qualified relation fact (any kind) with provenance
REGION = BKG.Region                   # an administrative region from the gazetteer (schema:Place)
ENTITY_DESCRIPTION = BKG.EntityDescription   # what one article says about one entity

# role types of event actors (instances of sem:RoleType)
ORGANIZER = BKG.organizer
PARTNER = BKG.partner
PARTICIPANT = BKG.participant
TARGET = BKG.target                   # the patient: who is arrested, examined, sworn in, visited
SOURCE_ROLE = BKG.reporter            # the source: who reports the event (never a participant for that alone)

# --- properties --------------------------------------------------------------
TYPE = RDF.type
PREF_LABEL = SKOS.prefLabel
ALT_LABEL = SKOS.altLabel
LABEL = RDFS.label

HEAD_OF = ORG.headOf                  # person -> organization (every heads fact)
MEMBER_OF = ORG.memberOf              # person -> organization (every holds_post fact)
MEMBER = ORG.member                   # membership -> person
ORGANIZATION_PROP = ORG.organization  # membership -> organization
ROLE_PROP = ORG.role                  # membership -> org:Role
UNIT_OF = ORG.unitOf                  # unit -> parent organization
HAS_SITE = ORG.hasSite
CONTAINED_IN_PLACE = SDO.containedInPlace   # located_in

IDENTIFIER = SDO.identifier
URL = SDO.url
DATE_PUBLISHED = SDO.datePublished
HEADLINE = SDO.headline
PUBLISHER_NAME = BKG.source           # source name as given in the input ("Antara Kalteng")
MENTIONS = SDO.mentions               # article -> every entity it mentions
IS_PART_OF = SDO.isPartOf             # sentence/quote/fact -> article
TEXT = SDO.text
CREATOR = SDO.creator                 # quote -> speaker

HAS_ACTOR = SEM.hasActor              # event -> sem:Role node
ROLE_TYPE = SEM.roleType              # sem:Role node -> bkg:organizer | partner | participant
VALUE = RDF.value                     # sem:Role node -> actor entity
HAS_PLACE = SEM.hasPlace
HAS_TIMESTAMP = SEM.hasTimeStamp
EVENT_TYPE = BKG.eventType            # lexicon type: "pelatihan", "rapat", ...
DATE_TEXT = BKG.dateText              # date as written: "Kamis"
PARTICIPANT_GROUP = BKG.participantGroup    # "20 lebih peserta"
# events (issue 10): closed-set category, intervals, trigger, cross-article reports
EVENT_CATEGORY = SEM.eventType        # event -> bkg:ArrestEvent, ... (a sem:EventType)
EVENT_TYPE_CLASS = SEM.EventType
HAS_BEGIN_TIMESTAMP = SEM.hasBeginTimeStamp
HAS_END_TIMESTAMP = SEM.hasEndTimeStamp
TRIGGER = BKG.trigger                 # trigger words as written
REPORTED_IN = BKG.reportedIn          # canonical event -> every article reporting it (graph/corpus)
REPORT_COUNT = BKG.reportCount
LINK_SCORE = BKG.coreferenceScore    # weakest link score that joined a cross-article event cluster

WAS_DERIVED_FROM = PROV.wasDerivedFrom      # fact/quote/event -> sentence

SENTENCE_INDEX = BKG.sentenceIndex    # 0-based index of a sentence in its article
START = BKG.start                     # character offset into the article body
END = BKG.end                         # exclusive end offset
EXTRACTOR = BKG.extractor
CONFIDENCE = BKG.confidence
CANDIDATE_LINK = BKG.CandidateLink      # two entities that may be one, kept apart
CANDIDATE = BKG.candidate
REASON = BKG.reason
TITLE = BKG.title                     # title as written on a fact: "Kepala"
ACTING = BKG.acting                   # Plt / Pj / Plh
FORMER = BKG.former                   # mantan
VERB = BKG.verb                       # quote verb: "kata"
DIRECT = BKG.direct                   # direct quote (true) or reported speech

# rdf:Statement-style pointers of a bkg:Fact
FACT_SUBJECT = RDF.subject
FACT_PREDICATE = RDF.predicate
FACT_OBJECT = RDF.object

REGION_CODE = BKG.regionCode          # Kepmendagri code "62.02"
IN_REGION = BKG.region                # entity -> region place it belongs to
KEY = BKG.key                         # resolver key "organization/62.02/dinsosnakertrans"
ATTRIBUTE = BKG.attribute             # "name=value" extra scalars from the resolver

# bkg:EntityDescription properties (per article; merged into the entities graph)
DESCRIBES = BKG.describes
DESCRIBED_TYPE = BKG.entityType       # "person" | "organization" | "place" | "event"
DESCRIBED_PREF_LABEL = BKG.prefLabel
DESCRIBED_ALT_LABEL = BKG.altLabel
DESCRIBED_UNIT_OF = BKG.unitOf
DESCRIBED_LOCATED_IN = BKG.locatedIn

# relation kind (resolver) -> direct predicate asserted in the article graph
RELATION_PREDICATES = {
    "heads": HEAD_OF,
    "holds_post": MEMBER_OF,
    "located_in": CONTAINED_IN_PLACE,
    "unit_of": UNIT_OF,
}

# entity type (resolver) -> rdf:type(s) in the entities graph
ENTITY_CLASSES = {
    "person": (PERSON,),
    "organization": (ORGANIZATION,),
    "place": (PLACE,),
    "event": (EVENT,),
    "role": (ROLE,),
}


# --- IRI builders ------------------------------------------------------------
_MAX_SEGMENT = 150
_SAFE_KEY = "-._~/"
_SAFE_ID = "-._~"


def _escape(text: str, safe: str) -> str:
    """Percent-encode everything outside unreserved ASCII (and `safe`); cap the length."""
    escaped = quote(text, safe=safe)
    if len(escaped) > _MAX_SEGMENT:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        escaped = escaped[:_MAX_SEGMENT].rstrip("%0123456789ABCDEF") + "--" + digest
    return escaped or "_"


def _key_path(key: str) -> str:
    parts = [_escape(part, _SAFE_ID) for part in key.split("/")]
    return "/".join(part if part not in (".", "..") else "_" + part for part in parts)


def check_base_iri(base_iri: str) -> str:
    """Return base_iri ending with '/' or '#'; raise ValueError when it is unusable."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", base_iri or ""):
        raise ValueError(f"base IRI must be an absolute IRI without spaces: {base_iri!r}")
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def entity_iri(base_iri: str, key: str) -> URIRef:
    """<base>person/bima-ekawardhana, <base>organization/62.02/dinsosnakertrans, ..."""
    return URIRef(base_iri + _key_path(key))


def article_iri(base_iri: str, article_id: str) -> URIRef:
    """<base>article/<escaped id>; also the name of the article's graph."""
    return URIRef(f"{base_iri}article/{_escape(article_id, _SAFE_ID)}")


def sentence_iri(article: URIRef | str, index: int) -> URIRef:
    return URIRef(f"{article}/s/{index}")


def fact_iri(article: URIRef | str, index: int) -> URIRef:
    return URIRef(f"{article}/fact/{index}")


def quote_iri(article: URIRef | str, index: int) -> URIRef:
    return URIRef(f"{article}/quote/{index}")


def candidate_iri(article: URIRef | str, index: int) -> URIRef:
    return URIRef(f"{article}/candidate/{index}")


def description_iri(article: URIRef | str, key: str) -> URIRef:
    return URIRef(f"{article}/about/{_key_path(key)}")


def actor_role_iri(event: URIRef | str, index: int) -> URIRef:
    return URIRef(f"{event}/actor/{index}")


def role_key(title: str) -> str:
    """"Wakil Ketua" -> "role/wakil-ketua"."""
    slug = re.sub(r"[^\w]+", "-", title.strip().lower()).strip("-") or "role"
    return "role/" + slug


def role_iri(base_iri: str, title: str) -> URIRef:
    """<base>role/kepala: an org:Role labelled with the Indonesian title."""
    return entity_iri(base_iri, role_key(title))


def event_category_iri(category: str) -> URIRef:
    """bkg:ArrestEvent, bkg:TrainingEvent, ...: the closed set of event categories, each a
    sem:EventType in ontologies/berita.ttl."""
    return BKG[category[:1].upper() + category[1:] + "Event"]


def entities_graph(base_iri: str) -> URIRef:
    """Named graph with merged entity descriptions (types, labels, unitOf, located_in)."""
    return URIRef(base_iri + "graph/entities")


def regions_graph(base_iri: str) -> URIRef:
    """Named graph with gazetteer regions (place/<code> entities)."""
    return URIRef(base_iri + "graph/regions")
