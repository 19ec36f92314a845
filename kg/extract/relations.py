"""Relations between mentions: heads / holds_post from title phrases, unit_of, located_in."""
from __future__ import annotations

from kg.extract.types import Provenance, Relation


def post_relation(article_id: str, sentence_index: int, person_id: str, org_id: str, title: str,
                  role: str, acting: bool, former: bool, start: int, end: int,
                  extractor: str, confidence: float) -> Relation:
    """heads(person, org) for a head title, holds_post(person, org) for any other post.
    Deputies are never heads; an acting head (Plt, Pj, Plh) heads with acting=True."""
    kind = "heads" if role == "head" and not title.lower().startswith("wakil") else "holds_post"
    return Relation(kind, person_id, org_id,
                    Provenance(article_id, sentence_index, start, end, extractor, confidence),
                    title=title, former=former, acting=acting)


def unit_of(article_id: str, sentence_index: int, unit_id: str, parent_id: str, start: int,
            end: int) -> Relation:
    """`Satreskrim Polres Kotim`, `Komisi III DPR`: a unit named right before its parent."""
    return Relation("unit_of", unit_id, parent_id,
                    Provenance(article_id, sentence_index, start, end, "agency-rule", 0.75))


def located_in(article_id: str, sentence_index: int, org_id: str, place_id: str, start: int,
               end: int, confidence: float = 0.8) -> Relation:
    """An organisation whose name carries a region (`Polres Kotim`) is located in it."""
    return Relation("located_in", org_id, place_id,
                    Provenance(article_id, sentence_index, start, end, "agency-region", confidence))
