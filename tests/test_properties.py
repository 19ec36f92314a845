"""Property-based tests (hypothesis, bounded examples): IRI minting, tokenizer offsets, acronyms."""
from __future__ import annotations

import re
import string

import pyoxigraph as ox
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg import vocab as V
from kg.nlp.tokenize import split_sentences, tokenize, visible
from kg.resolve.acronyms import MIN_SCORE, STOPWORDS, acronym_score, matches_acronym

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
BASES = ["https://w3id.org/berita-kg/", "http://[::1]:8080/kg#", "urn:berita:kg:"]

# ---------------------------------------------------------------- RFC 3986 normalisation

UNRESERVED = set(string.ascii_letters + string.digits + "-._~")


def _decode_unreserved(text: str) -> str:
    """Uppercase %xx, decode those that are unreserved characters (RFC 3986 6.2.2.1-2)."""
    def fix(m):
        char = chr(int(m.group(1), 16))
        return char if char in UNRESERVED else "%" + m.group(1).upper()
    return re.sub(r"%([0-9A-Fa-f]{2})", fix, text)


def remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4."""
    out: list[str] = []
    while path:
        if path.startswith("../"):
            path = path[3:]
        elif path.startswith("./"):
            path = path[2:]
        elif path.startswith("/./"):
            path = path[2:]
        elif path == "/.":
            path = "/"
        elif path.startswith("/../"):
            path = path[3:]
            out = out[:-1]
        elif path == "/..":
            path = "/"
            out = out[:-1]
        elif path in (".", ".."):
            path = ""
        else:
            m = re.match(r"/?[^/]*", path)
            out.append(m.group())
            path = path[m.end():]
    return "".join(out)


def normalise(iri: str) -> str:
    """Syntax-based normalisation (RFC 3986 6.2.2): case, percent-encoding, dot segments.
    Dot segments are removed from every path, also a URN's (the strictest reading)."""
    scheme, _, rest = iri.partition(":")
    rest, hash_, fragment = rest.partition("#")
    authority = ""
    if rest.startswith("//"):
        authority, slash, path = rest[2:].partition("/")
        authority, path = "//" + authority.lower(), slash + path
    else:
        path = rest
    path = remove_dot_segments(_decode_unreserved(path))
    return f"{scheme.lower()}:{authority}{path}{hash_}{_decode_unreserved(fragment)}"


def test_normalise_removes_what_rdf_tools_remove():
    assert normalise("http://X/a/b/../c/./d") == "http://x/a/c/d"
    assert normalise("http://x/article/.") == normalise("http://x/article/") == "http://x/article/"
    assert normalise("http://x/article/%2E%2e") == "http://x/"


# ---------------------------------------------------------------- IRI minting

ids = st.one_of(
    st.sampled_from(["", ".", "..", "...", "!", "!.", "!..", "_", "_.", "%2E", "%2e%2E", "a/../b",
                     "./x", "-", "~", "%", "%%", "é", "e\u0301"]),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30),
    st.text(alphabet="./%!_-2Ee~aé", max_size=12),
    st.text(alphabet="aé%.", min_size=140, max_size=400),    # cut to 150 characters
)


@FAST
@given(st.sampled_from(BASES), ids, ids)
@example(BASES[0], ".", "..")
@example(BASES[0], ".", "")
@example(BASES[0], "!.", ".")
@example(BASES[0], "é" * 100, "--" + "0" * 16)
def test_article_iris_stay_distinct_after_normalisation(base, a, b):
    ia, ib = str(V.article_iri(base, a)), str(V.article_iri(base, b))
    ox.NamedNode(ia)                              # a valid IRI for Oxigraph
    article_root = normalise(base + "article/")
    assert normalise(ia) != article_root and normalise(ia).startswith(article_root)
    assert normalise(ia) != normalise(base)
    if a != b:
        assert normalise(ia) != normalise(ib)
    # sentence and fact IRIs of one article never equal another article's IRIs
    assert normalise(str(V.sentence_iri(ia, 0))).startswith(normalise(ia) + "/")


keys = st.lists(ids, min_size=1, max_size=4).map("/".join)


@FAST
@given(st.sampled_from(BASES), keys, keys)
@example(BASES[0], "person/.", "person/..")
@example(BASES[0], "person/", "person/_")
def test_entity_iris_stay_distinct_after_normalisation(base, a, b):
    ia, ib = str(V.entity_iri(base, a)), str(V.entity_iri(base, b))
    ox.NamedNode(ia)
    assert normalise(ia).startswith(normalise(base))
    if a != b:
        assert normalise(ia) != normalise(ib)


@FAST
@given(st.text(max_size=40))
@example("http://[::1/")
@example("javascript:alert(1)//")
@example("urn:a:b")
def test_any_accepted_base_iri_is_a_valid_iri_and_mints_valid_iris(text):
    try:
        base = V.check_base_iri(text)
    except ValueError as error:
        assert isinstance(error, V.BadIri) and "\n" not in str(error)
        return
    assert text.split(":", 1)[0].lower() in V.SCHEMES
    ox.NamedNode(base)
    ox.NamedNode(str(V.article_iri(base, "..")))


base_iris = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}/{path}",
    st.sampled_from(["http", "https", "HTTP"]),
    st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?(\.[a-z]{2,5}){0,2}(:[0-9]{1,5})?", fullmatch=True),
    st.from_regex(r"([A-Za-z0-9_~-]{1,6}/){0,3}", fullmatch=True))


@FAST
@given(base_iris)
def test_plain_http_base_iris_are_accepted(base):
    assert V.check_base_iri(base) == base
    ox.NamedNode(base)


# ---------------------------------------------------------------- tokenizer offsets

SEPARATORS = re.compile(r"[\s\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\x80-\x9f]")
@FAST
@given(st.lists(st.one_of(st.sampled_from(list("abcDEFé1234 .,;:!?\"'“”’()-/%@#\n\r\t…\u200b"
                                                "\u200e\u202e\u202c\u00ad\ufeff\u2028")),
                          st.sampled_from(["Rp", "Dr.", "Kab.", "www.x.com", "S.H.", "...", "--",
                                           "U-15", "e-KTP", "Bi\u200bma"]),
                          st.characters(exclude_categories=["Cs"])), max_size=60).map("".join))
@example("Bupati Bi\u200bma \u202eEkawar\u202cdhana hadir.")
def test_tokens_and_sentences_slice_the_text_exactly(text):
    sentences = split_sentences(text)
    previous_end = 0
    covered = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert sentence.text == text[sentence.start:sentence.end]
        assert sentence.start >= previous_end
        previous_end = sentence.end
        assert sentence.tokens[0].start == sentence.start
        assert sentence.tokens[-1].end == sentence.end
        last = sentence.start
        for token in sentence.tokens:
            assert token.start >= last and token.end > token.start
            assert token.text == visible(text[token.start:token.end]) != ""
            assert not SEPARATORS.search(token.text)
            last = token.end
            covered += len(token.text)
    # every visible character is in exactly one token
    assert covered == len(SEPARATORS.sub("", visible(text)))


@FAST
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=80),
       st.integers(0, 80), st.integers(0, 80))
def test_tokenize_a_region_stays_inside_it(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for token in tokenize(text, start, end):
        assert start <= token.start < token.end <= end
        assert token.text == visible(text[token.start:token.end])


# ---------------------------------------------------------------- acronym matcher

name_words = st.lists(
    st.from_regex(r"[a-z]{2,10}", fullmatch=True).filter(lambda w: w not in STOPWORDS
                                                         and w != "dinas"),
    min_size=2, max_size=5)


@FAST
@given(name_words)
def test_initials_are_an_acronym_of_their_name(words):
    long_name = " ".join(w.capitalize() for w in words)
    assert matches_acronym("".join(w[0] for w in words).upper(), long_name)


@FAST
@given(name_words, st.data())
def test_word_prefixes_are_an_acronym_of_their_name(words, data):
    lengths = [data.draw(st.integers(1, len(w))) for w in words]
    if all(n == len(w) for n, w in zip(lengths, words)):
        lengths[-1] = 1 if len(words[-1]) > 1 else lengths[-1]
    short = "".join(w[:n] for w, n in zip(words, lengths)).capitalize()   # "Dinsos"
    long_name = " ".join(w.capitalize() for w in words)
    assert acronym_score(short, long_name) >= MIN_SCORE, (short, long_name)


@FAST
@given(name_words, st.from_regex(r"[A-Za-z]{1,6}", fullmatch=True), st.sampled_from("qxzvwj"))
def test_a_letter_missing_from_the_name_never_matches(words, short, foreign):
    words = [w.replace(foreign, "a") for w in words]
    long_name = " ".join(w.capitalize() for w in words)
    short = short[:1] + foreign + short[1:]
    assert acronym_score(short, long_name) == 0.0


@FAST
@given(st.text(max_size=30), st.text(max_size=60))
def test_acronym_score_is_total_and_bounded(short, long_name):
    score = acronym_score(short, long_name)
    assert 0.0 <= score <= 1.0
