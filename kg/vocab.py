"""Namespaces, class/property IRIs and IRI builders of the berita-kg graph.

Ontology terms live in the fixed BKG namespace. Data IRIs (entities, articles,
sentences, graphs) live under a configurable base IRI (DEFAULT_BASE_IRI).
See ontologies/README.md for the graph layout.
"""
from __future__ import annotations

import hashlib
import ipaddress
import re
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import KgError

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
    "time": "http://www.w3.org/2006/time#",
}
TIME = Namespace("http://www.w3.org/2006/time#")

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
ABOUT = SDO.about                     # article -> the people/organisations it names most (ResolvedArticle.topics)
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
SEARCH_NAME = BKG.searchName          # lower-case name, alias or key: lookup by index
SEARCH_WORDS = BKG.searchWords        # an organisation's names by whole words: "dinas sosial"
IN_REGION = BKG.region                # entity -> region place it belongs to
KEY = BKG.key                         # resolver key "organization/62.02/dinsosnakertrans"
ATTRIBUTE = BKG.attribute             # "name=value" extra scalars from the resolver

# corpus layer (kg/link): canonical entities, link evidence, corpus facts
SAME_AS = OWL.sameAs                  # mention IRI -> canonical IRI
CANONICAL = BKG.canonical             # entity description -> canonical IRI
LINK = BKG.Link                       # evidence that two mention IRIs are one entity
LINK_FROM = BKG.linkFrom
LINK_TO = BKG.linkTo
SCORE = BKG.score                     # match probability
DECISION = BKG.decision               # "auto" | "must-link" | "refused"
BLOCK_KEY = BKG.blockKey              # the linker's blocking keys of a mention IRI
PENDING_LINK = BKG.pendingLink        # a mention IRI whose evidence changed, not linked yet
ARTICLE_COUNT = BKG.articleCount
ROLE_NAME = SDO.roleName              # a tenure's role label, on the tenure itself
START_DATE = SDO.startDate            # a tenure's first and last article dates, on the tenure
END_DATE = SDO.endDate
TENURE = BKG.Tenure                   # person x organisation x role over time (org:Membership)
MEMBER_DURING = ORG.memberDuring
INTERVAL = TIME.Interval
HAS_BEGINNING = TIME.hasBeginning
HAS_END = TIME.hasEnd
IN_XSD_DATE = TIME.inXSDDate
WITHIN_REGION = BKG.withinRegion      # entity -> every region it is in (transitive)
QUOTE_COUNT = BKG.quoteCount          # canonical entity -> quotes its members speak (graph/corpus)
QUOTED_ARTICLE_COUNT = BKG.quotedArticleCount   # ... and the articles they are in
MENTIONED_IN = BKG.mentionedIn        # canonical entity -> every article mentioning a member (graph/corpus)

# bkg:EntityDescription properties (per article; merged into the entities graph)
DESCRIBES = BKG.describes
DESCRIBED_TYPE = BKG.entityType       # "person" | "organization" | "place" | "event"
DESCRIBED_PREF_LABEL = BKG.prefLabel
DESCRIBED_ALT_LABEL = BKG.altLabel
DESCRIBED_UNIT_OF = BKG.unitOf
DESCRIBED_LOCATED_IN = BKG.locatedIn
MERGE_TALLY = BKG.mergeTally          # entity -> JSON counts of its descriptions (graph/merge-tally)

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
# quote() escapes every sub-delim, so a literal "!" in a segment is ours: it marks a
# segment that would otherwise be empty or a dot segment ("." / ".."), which RFC 3986
# normalisation removes. "!" survives normalisation (it is reserved: never decoded).
_MARK = "!"


def _escape(text: str, safe: str) -> str:
    """Percent-encode everything outside unreserved ASCII (and `safe`); cap the length.

    Injective, and no output is "", "." or "..": distinct texts give segments that stay
    distinct after RFC 3986 normalisation. Outputs of at most _MAX_SEGMENT characters are
    the escaped text itself; longer ones are cut (never inside a %XX) plus "--" and a digest,
    so they are at least _MAX_SEGMENT - 2 + 18 long and cannot equal an uncut one.
    """
    escaped = quote(text, safe=safe)
    if len(escaped) > _MAX_SEGMENT:
        cut = escaped[:_MAX_SEGMENT]
        percent = cut.rfind("%", len(cut) - 2)
        if percent >= 0:
            cut = cut[:percent]
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return cut + "--" + digest
    if escaped in ("", ".", ".."):
        return _MARK + escaped
    return escaped


def _key_path(key: str) -> str:
    return "/".join(_escape(part, _SAFE_ID) for part in key.split("/"))


SCHEMES = ("http", "https", "urn")
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|{_PCT})"
_REG_NAME = re.compile(rf"(?:[A-Za-z0-9\-._~!$&'()*+,;=]|{_PCT})*")
_PATH = re.compile(rf"(?:/{_PCHAR}*)*")
_FRAGMENT = re.compile(rf"(?:{_PCHAR}|[/?])*")
_URN = re.compile(rf"(?i:urn):[A-Za-z0-9][A-Za-z0-9-]{{0,30}}[A-Za-z0-9]:{_PCHAR}(?:{_PCHAR}|/)*")


class BadIri(KgError, ValueError):
    """An unusable base IRI (a KgError for the CLI, a ValueError for library callers)."""


def check_base_iri(base_iri: str) -> str:
    """Return base_iri ending with '/' or '#'; raise BadIri (one line) when it is unusable.

    Allowed: http(s)://host[:port]/path and urn:NID:NSS, valid RFC 3986 (ASCII; non-ASCII
    must be percent-encoded), without a query and without dot segments in the path.
    """
    problem = base_iri_problem(base_iri if isinstance(base_iri, str) else "")
    if problem:
        raise BadIri(f"bad base IRI {base_iri!r}: {problem}")
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def base_iri_problem(iri: str) -> str | None:
    """Why iri cannot be a base IRI (one short phrase), or None when it can."""
    scheme, colon, rest = iri.partition(":")
    if not colon or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme):
        return "not an absolute IRI (expected http://, https:// or urn:)"
    if scheme.lower() not in SCHEMES:
        return f"scheme {scheme!r} is not allowed (use http, https or urn)"
    if not iri.isascii() or re.search(r"[\x00-\x20\x7f]", iri):
        return "spaces, control or non-ASCII characters must be percent-encoded"
    if re.search(r"%(?![0-9A-Fa-f]{2})", iri):
        return "'%' not followed by two hex digits"
    body, hash_, fragment = rest.partition("#")
    if hash_ and not _FRAGMENT.fullmatch(fragment):
        return "characters not allowed in the fragment"
    if "?" in body:
        return "a base IRI cannot have a query ('?')"
    if scheme.lower() == "urn":
        return None if _URN.fullmatch(f"urn:{body}") else "not a URN (expected urn:NID:NSS)"
    if not body.startswith("//"):
        return f"expected {scheme}://host/..."
    authority, slash, path = body[2:].partition("/")
    path = slash + path
    userinfo, at, hostport = authority.rpartition("@")
    if at and not _REG_NAME.fullmatch(userinfo.replace(":", "")):
        return "characters not allowed in the user part"
    if hostport.startswith("["):
        literal, bracket, port = hostport[1:].partition("]")
        if not bracket:
            return "IPv6 address without its closing ']'"
        try:
            ipaddress.IPv6Address(literal)
        except ValueError:
            return f"[{literal}] is not an IPv6 address"
        if port and not port.startswith(":"):
            return f"unexpected {port!r} after the IPv6 address"
        port = port[1:]
    else:
        host, _, port = hostport.partition(":")
        if not host or not _REG_NAME.fullmatch(host):
            return "missing or invalid host"
    if port and not port.isdigit():
        return f"port {port!r} is not a number"
    if not _PATH.fullmatch(path):
        return "characters not allowed in the path"
    if any(segment in (".", "..") for segment in path.split("/")):
        return "dot segments ('.' or '..') in the path"
    return None


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


# one spelling per office: "Walikota" is written "Wali Kota" (KBBI)
_ROLE_SPELLINGS = ((re.compile(r"\bwalikota\b"), "wali kota"), (re.compile(r"\bwagub\b"), "wakil gubernur"))


def role_key(title: str) -> str:
    """"Wakil Ketua" -> "role/wakil-ketua"; "Walikota" and "Wali Kota" -> "role/wali-kota"."""
    title = " ".join(title.strip().lower().split())
    for pattern, spelling in _ROLE_SPELLINGS:
        title = pattern.sub(spelling, title)
    slug = re.sub(r"[^\w]+", "-", title).strip("-") or "role"
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


def links_graph(base_iri: str) -> URIRef:
    """Named graph with the linker's evidence: bkg:Link nodes and blocking keys."""
    return URIRef(base_iri + "graph/links")


def corpus_graph(base_iri: str) -> URIRef:
    """Named graph with corpus facts between canonical entities (heads, tenures, regions)."""
    return URIRef(base_iri + "graph/corpus")


def merge_tally_graph(base_iri: str) -> URIRef:
    """Named graph with each entity's description counts, so a build re-merges an entity
    from the batch alone instead of reading every article that describes it."""
    return URIRef(base_iri + "graph/merge-tally")


def regions_graph(base_iri: str) -> URIRef:
    """Named graph with gazetteer regions (place/<code> entities)."""
    return URIRef(base_iri + "graph/regions")


def name_words(text: str) -> str:
    """A name or search text as bkg:searchWords compares it: lower case, words only."""
    return " ".join(re.findall(r"\w+", text.lower()))


def word_runs(names) -> set[str]:
    """The bkg:searchWords of an organisation: every run of whole words of its names
    ("dinas", "dinas sosial", "sosial kotim" ...) and the first 3 or more letters of each word
    ("polres" of "polrestabes"), so a search by words is one index lookup."""
    out = set()
    for name in names:
        words = name_words(name).split()
        out |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        out |= {w[:k] for w in words for k in range(3, len(w))}
    return out
