"""Name normalisation and key-safe slugs."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.nlp.tokenize import visible

MAX_SLUG = 80

_NON_WORD = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase ASCII with accents and invisible format characters removed; others kept."""
    if text.isascii():
        return text.lower()
    text = visible(text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()


def normalize(text: str) -> str:
    """Lookup form of a name: lowercase ASCII words separated by single spaces."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", fold(text))).strip()


def squash(text: str) -> str:
    """normalize() without spaces: "Palangka Raya" == "Palangkaraya"."""
    return normalize(text).replace(" ", "")


def slugify(text: str, max_len: int = MAX_SLUG) -> str:
    """Lowercase ASCII, hyphen-separated, never empty, at most max_len characters.

    Long or non-ASCII-only input gets a short hash suffix so distinct inputs stay distinct.
    """
    slug = normalize(text).replace(" ", "-")
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    if not slug:
        return "x-" + digest
    if len(slug) > max_len:
        return slug[: max_len - 11].rstrip("-") + "-" + digest
    return slug


def words(text: str) -> list[str]:
    """Normalised words of a name."""
    return normalize(text).split()
