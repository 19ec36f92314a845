"""The link stage's records and decisions (see ontologies/README.md, "The corpus layer")."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """One mention IRI with the evidence of every article that describes it."""

    iri: str                                # the article layer's entity IRI (resolver key IRI)
    key: str                                # resolver key: "person/retno-marsudi", "person/budi~3fa2c1d0e9"
    type: str                               # "person" | "organization"
    names: tuple[str, ...]                  # every label the articles gave it, as written
    articles: tuple[str, ...]               # article graph IRIs, sorted
    dates: tuple[str, ...] = ()             # article dates (ISO), sorted
    titles: tuple[str, ...] = ()            # titles as written ("Menteri Luar Negeri", "Kepala")
    offices: tuple[str, ...] = ()           # organisation IRIs it heads or holds a post in
    region_code: str | None = None          # its own region (organisations) or its office's (people)
    unit_of: str | None = None
    cooccurring: tuple[str, ...] = ()       # other person/organisation IRIs of its articles
    quotes: tuple[tuple[str, str], ...] = ()  # (quote IRI, article graph IRI) it is the speaker of

    @property
    def scoped(self) -> bool:
        """An article-scoped key: its name alone does not identify it."""
        return "~" in self.key


@dataclass(frozen=True, slots=True)
class Link:
    """Evidence that two records are one entity (or, kept apart, might be)."""

    a: str
    b: str
    score: float                            # match probability
    reasons: tuple[str, ...]                # "name: short form", "office: shared organisation"
    decision: str = "auto"                  # "auto" | "must-link" | "cannot-link"


@dataclass(frozen=True)
class Cluster:
    canonical: str                          # IRI of the member that names the real entity
    members: tuple[str, ...]                # every member IRI, sorted (canonical included)
    links: tuple[Link, ...] = ()            # the links that joined the members


@dataclass(frozen=True, slots=True)
class Office:
    """One heads/holds_post fact of an article: the person held a post in an organisation."""

    fact: str                               # the article's bkg:Fact IRI
    article: str
    person: str                             # mention IRIs, as in the article graph
    organization: str
    role: str | None                        # org:Role IRI
    date: str | None                        # the article's date
    head: bool                              # a bkg:Headship (heads fact)
    role_label: str | None = None           # the role's skos:prefLabel
