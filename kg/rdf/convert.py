"""ResolvedArticle -> RDF quads (rdflib terms) in the article's named graph.

The article graph is named by the article IRI and holds: the schema:NewsArticle
node, its sentences, the direct relation triples (org:headOf, org:memberOf,
schema:containedInPlace, org:unitOf), one qualified bkg:Fact per relation
(bkg:Headship / org:Membership for posts) with provenance, quotes, events and
one bkg:EntityDescription per entity. Entity types and skos labels are NOT here:
they live in the entities/regions graphs, merged across articles (kg/rdf/entities.py).
"""
from __future__ import annotations

from rdflib import URIRef

from kg import vocab as V
from kg.extract.events import category_of
from kg.rdf.entities import Description, description_quads
from kg.rdf.terms import any_uri, boolean, date, decimal, integer, text
from kg.resolve.types import ResolvedArticle

ROLE_TYPES = (("organizer", V.ORGANIZER), ("partner", V.PARTNER), ("participant", V.PARTICIPANT),
              ("target", V.TARGET), ("reporter", V.SOURCE_ROLE))


def article_descriptions(resolved: ResolvedArticle, base_iri: str) -> list[Description]:
    """Descriptions of the article's entities (events excluded) and of the roles it uses."""
    base_iri = V.check_base_iri(base_iri)
    out = {}
    for e in resolved.entities:
        if e.type == "event":
            continue
        out[e.key] = Description(
            entity=str(V.entity_iri(base_iri, e.key)),
            key=e.key,
            type=e.type,
            pref_label=e.pref_label,
            aliases=tuple(sorted({a for a in e.aliases if a and a != e.pref_label})),
            region_code=e.region_code,
            unit_of=str(V.entity_iri(base_iri, e.unit_of)) if e.unit_of else None,
            located_in=str(V.entity_iri(base_iri, e.located_in)) if e.located_in else None,
            attributes=tuple(sorted(f"{k}={v}" for k, v in e.attributes)),
        )
    for r in resolved.relations:
        if r.kind in ("heads", "holds_post") and r.title:
            key = V.role_key(r.title)
            out.setdefault(key, Description(
                entity=str(V.entity_iri(base_iri, key)), key=key, type="role",
                pref_label=r.title.strip()))
    return [out[k] for k in sorted(out)]


def mentioned_keys(resolved: ResolvedArticle) -> list[str]:
    """Keys the article mentions: NER mentions plus every record's entities."""
    keys = {key for _, key in resolved.mention_keys}
    for r in resolved.relations:
        keys.update((r.subject, r.object))
    keys.update(q.speaker for q in resolved.quotes)
    for ev in resolved.events:
        keys.add(ev.id)
        keys.update(k for k in (ev.organizer, *ev.co_agents, ev.place, *ev.partners, *ev.participants,
                                *ev.targets, *ev.sources) if k)
    return sorted(k for k in keys if k)


def article_quads(resolved: ResolvedArticle, base_iri: str = V.DEFAULT_BASE_IRI):
    """All quads of one article's named graph, as (s, p, o, graph) rdflib tuples."""
    base_iri = V.check_base_iri(base_iri)
    art = resolved.article
    a = V.article_iri(base_iri, art.id)
    g = a
    out = []

    def add(s, p, o):
        if o is not None:
            out.append((s, p, o, g))

    def entity(key):
        return V.entity_iri(base_iri, key)

    def sentence(index):
        return V.sentence_iri(a, index)

    def provenance(node, prov, span=True):
        add(node, V.WAS_DERIVED_FROM, sentence(prov.sentence_index))
        if span:
            add(node, V.START, integer(prov.start))
            add(node, V.END, integer(prov.end))
        add(node, V.EXTRACTOR, text(prov.extractor))
        add(node, V.CONFIDENCE, decimal(prov.confidence))

    # article
    add(a, V.TYPE, V.NEWS_ARTICLE)
    add(a, V.IDENTIFIER, text(art.id))
    add(a, V.HEADLINE, text(art.title))
    add(a, V.DATE_PUBLISHED, date(art.date))
    if art.source_url:
        add(a, V.URL, any_uri(art.source_url))
    if art.source:
        add(a, V.PUBLISHER_NAME, text(art.source))
    for key in mentioned_keys(resolved):
        add(a, V.MENTIONS, entity(key))
    for key in resolved.topics:
        add(a, V.ABOUT, entity(key))

    # sentences
    for s in resolved.sentences:
        node = sentence(s.index)
        add(node, V.TYPE, V.SENTENCE)
        add(node, V.IS_PART_OF, a)
        add(node, V.SENTENCE_INDEX, integer(s.index))
        add(node, V.START, integer(s.start))
        add(node, V.END, integer(s.end))
        add(node, V.TEXT, text(s.text))

    # relations: direct triple + qualified fact
    for i, r in enumerate(resolved.relations):
        predicate = V.RELATION_PREDICATES.get(r.kind, V.BKG[r.kind])
        subject, obj = entity(r.subject), entity(r.object)
        add(subject, predicate, obj)
        node = V.fact_iri(a, i)
        add(node, V.TYPE, V.FACT)
        add(node, V.FACT_SUBJECT, subject)
        add(node, V.FACT_PREDICATE, predicate)
        add(node, V.FACT_OBJECT, obj)
        add(node, V.IS_PART_OF, a)
        provenance(node, r.provenance)
        if r.kind in ("heads", "holds_post"):
            if r.kind == "heads":
                add(node, V.TYPE, V.HEADSHIP)
            add(node, V.TYPE, V.MEMBERSHIP)
            add(node, V.MEMBER, subject)
            add(node, V.ORGANIZATION_PROP, obj)
            if r.title:
                add(node, V.ROLE_PROP, V.role_iri(base_iri, r.title))
            add(node, V.ACTING, boolean(r.acting))
            add(node, V.FORMER, boolean(r.former))
        if r.title:
            add(node, V.TITLE, text(r.title))

    # quotes
    for i, q in enumerate(resolved.quotes):
        node = V.quote_iri(a, i)
        add(node, V.TYPE, V.QUOTATION)
        add(node, V.CREATOR, entity(q.speaker))
        add(node, V.TEXT, text(q.text))
        add(node, V.IS_PART_OF, a)
        add(node, V.DIRECT, boolean(q.direct))
        if q.verb:
            add(node, V.VERB, text(q.verb))
        provenance(node, q.provenance, span=False)
        # the span of the quoted words
        add(node, V.START, integer(q.start))
        add(node, V.END, integer(q.end))

    # events: article-local, described fully here (labels included)
    event_entities = {e.key: e for e in resolved.entities if e.type == "event"}
    for ev in resolved.events:
        node = entity(ev.id)
        add(node, V.TYPE, V.EVENT)
        add(node, V.PREF_LABEL, text(ev.label))
        add(node, V.LABEL, text(ev.label))
        known = event_entities.get(ev.id)
        if known:
            for alias in sorted({known.pref_label, *known.aliases} - {ev.label, ""}):
                add(node, V.ALT_LABEL, text(alias))
        add(node, V.KEY, text(ev.id))
        add(node, V.EVENT_TYPE, text(ev.type))
        category = ev.category or category_of(ev.type)
        if category:
            add(node, V.EVENT_CATEGORY, V.event_category_iri(category))
        if ev.trigger:
            add(node, V.TRIGGER, text(ev.trigger))
        add(node, V.IS_PART_OF, a)
        for prov in ev.provenance:
            add(node, V.WAS_DERIVED_FROM, sentence(prov.sentence_index))
        if ev.place:
            add(node, V.HAS_PLACE, entity(ev.place))
        if ev.date_end:
            add(node, V.HAS_BEGIN_TIMESTAMP, date(ev.date))
            add(node, V.HAS_END_TIMESTAMP, date(ev.date_end))
        else:
            add(node, V.HAS_TIMESTAMP, date(ev.date))
        if ev.date_text:
            add(node, V.DATE_TEXT, text(ev.date_text))
        for group in ev.participant_groups:
            add(node, V.PARTICIPANT_GROUP, text(group))
        actors = [("organizer", ev.organizer)] if ev.organizer else []
        actors += [("organizer", k) for k in ev.co_agents]
        actors += [("partner", k) for k in ev.partners]
        actors += [("participant", k) for k in ev.participants]
        actors += [("target", k) for k in ev.targets]
        actors += [("reporter", k) for k in ev.sources]
        role_types = dict(ROLE_TYPES)
        for n, (role, key) in enumerate(actors):
            role_node = V.actor_role_iri(node, n)
            add(node, V.HAS_ACTOR, role_node)
            add(role_node, V.TYPE, V.SEM_ROLE)
            add(role_node, V.VALUE, entity(key))
            add(role_node, V.ROLE_TYPE, role_types[role])

    # entities that may be the same but were kept apart ("Bima" alone vs "Bima Ekawardhana")
    for i, link in enumerate(resolved.candidate_links):
        node = V.candidate_iri(a, i)
        add(node, V.TYPE, V.CANDIDATE_LINK)
        add(node, V.CANDIDATE, entity(link.key_a))
        add(node, V.CANDIDATE, entity(link.key_b))
        add(node, V.CONFIDENCE, decimal(link.score))
        add(node, V.REASON, text(link.reason))
        add(node, V.IS_PART_OF, a)

    out.extend(description_quads(a, article_descriptions(resolved, base_iri), g))
    return out


def graph_of(resolved: ResolvedArticle, base_iri: str = V.DEFAULT_BASE_IRI) -> URIRef:
    """Name of the article's graph (= the article IRI)."""
    return V.article_iri(V.check_base_iri(base_iri), resolved.article.id)
