"""Hostile input to every verb: one clear line, non-zero exit, no traceback, earlier outputs kept.

One small real build (hostile names: <>"{}|\\^, emoji, control characters) is shared by the
module; every other case fails before the NER model loads, so the file stays fast.
"""
from __future__ import annotations

import json
import socket
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from kg.cli import main

HOSTILE = [
    {"id": "a<>\"{}|\\^`b \U0001F600\u0001\u007f\u200b", "date": "2017-03-28",
     "title": "Judul <>\"{}|\\^ \U0001F600 \u0000\u0007\u001b[31m ctrl",
     "source": "X<>\"{}|\\^", "source_url": "http://ex.com/<>\"{}|\\^ \U0001F600",
     "text": "Bupati Kotim <Halikinnor> \"{}|\\^ \U0001F600 meresmikan pasar di Sampit.\u0000\u0001\u0008"},
    {"id": "x y\nz\tq", "title": "t",
     "text": "Wali Kota Palangka Raya Fairid Naparin \U0001F600 membuka rapat di Palangka Raya."},
]


def run(*args, **kwargs):
    result = CliRunner().invoke(main, [str(a) for a in args], **kwargs)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception      # a traceback the user would see
    return result


def fails(result, *needles):
    """Non-zero exit, one 'Error:' line naming what went wrong, no traceback."""
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    for needle in needles:
        assert needle in errors[0], result.output
    return errors[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-input")
    source = root / "hostile.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in HOSTILE), encoding="utf-8")
    out = root / "out"
    result = run("build", source, "--out", out)
    assert result.exit_code == 0, result.output
    assert "articles: 2" in result.output
    return out


def snapshot(out):
    """The output files and the store's content (RocksDB's own files change on every open)."""
    from kg.store.store import KgStore

    files = {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl")) if p.is_file()}
    with KgStore.open(out / "store") as store:
        files["store"] = sorted(str(q) for q in store.ox)
    return files


# ------------------------------------------------------------------ build


def test_build_refuses_bad_outputs_before_loading_the_model(built, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Judul\nBupati Kotim meresmikan pasar.\n", encoding="utf-8")
    fails(run("build", tmp_path / "missing.jsonl", "--out", tmp_path / "o"), "missing.jsonl: file not found")
    fails(run("build", article, "--out", "/proc/kg-no/such"), "/proc/kg-no/such/store")
    (tmp_path / "plain" / "store").mkdir(parents=True)
    (tmp_path / "plain" / "store" / "notes.txt").write_text("mine", encoding="utf-8")
    fails(run("build", article, "--out", tmp_path / "plain"), "is not a berita-kg store")
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "store").write_text("x", encoding="utf-8")
    fails(run("build", article, "--out", tmp_path / "f"), "store exists and is not a directory")
    fails(run("build", article, "--out", article), "is a file")
    assert (tmp_path / "plain" / "store" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_build_output_file_that_is_a_directory_keeps_the_store(built, tmp_path):
    out = tmp_path / "copy"
    import shutil

    shutil.copytree(built, out)
    (out / "mentions.jsonl").unlink()
    (out / "mentions.jsonl").mkdir()
    before = snapshot(out)
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "new", "title": "t", "text": "Bupati Kotim hadir di Sampit."}) + "\n",
                      encoding="utf-8")
    fails(run("build", source, "--out", out), "mentions.jsonl: it is a directory")
    assert snapshot(out) == before


# ------------------------------------------------------------------ the hostile build reads back cleanly


def test_hostile_names_query_cleanly(built):
    store = built / "store"
    table = run("query", "--store", store, "SELECT ?t ?id WHERE { ?a schema:headline ?t ; schema:identifier ?id }")
    assert table.exit_code == 0, table.output
    assert "\x1b" not in table.output and "\x00" not in table.output and "\\x1b" in table.output
    xml = run("query", "--store", store, "--format", "xml", "SELECT ?t WHERE { ?a schema:headline ?t }")
    assert xml.exit_code == 0
    ET.fromstring(xml.stdout_bytes)          # well-formed although the literal holds NUL, BEL, ESC
    rdfxml = run("query", "--store", store, "--format", "xml", "CONSTRUCT { ?a schema:headline ?t } WHERE { ?a schema:headline ?t }")
    ET.fromstring(rdfxml.stdout_bytes)
    assert json.loads(run("query", "--store", store, "--format", "json", "SELECT ?id WHERE { ?a schema:identifier ?id }").stdout_bytes)


def test_hostile_names_export_and_validate(built, tmp_path):
    store = built / "store"
    for fmt in ("gexf", "graphml"):
        result = run("export", "--store", store, "-f", fmt, "-o", tmp_path / f"g.{fmt}")
        assert result.exit_code == 0, result.output
        ET.parse(tmp_path / f"g.{fmt}")
    assert run("export", "--store", store, "-f", "trig", "-o", tmp_path / "g.trig").exit_code == 0
    import pyoxigraph as ox

    assert list(ox.parse(path=str(tmp_path / "g.trig"), format=ox.RdfFormat.TRIG))
    result = run("validate", built)
    assert result.exit_code == 0 and "0 violations" in result.output, result.output


# ------------------------------------------------------------------ query


def test_query_bad_files_and_params(built, tmp_path):
    store = built / "store"
    png = tmp_path / "q.rq"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    fails(run("query", "--store", store, "-f", png), "q.rq: binary file")
    latin = tmp_path / "latin.rq"
    latin.write_bytes("SELECT * WHERE { ?s ?p \"caf\xe9\" }".encode("latin-1"))
    fails(run("query", "--store", store, "-f", latin), "latin.rq: not UTF-8")
    empty = tmp_path / "empty.rq"
    empty.write_text("# title: nothing\n\n", encoding="utf-8")
    fails(run("query", "--store", store, "-f", empty), "empty.rq: empty query file")
    fails(run("query", "--store", store, "-f", tmp_path / "missing.rq"), "missing.rq")
    broken = tmp_path / "broken.rq"
    broken.write_text("# title: x\nSELECT ?s\nWHERE { ?s ?p }\n", encoding="utf-8")
    fails(run("query", "--store", store, "-f", broken), "broken.rq: SPARQL syntax error", "error at 4:")
    fails(run("query", "--store", store, "SELECT ?s WHERE { ?s ?p }"), "SPARQL syntax error")
    fails(run("query", "--store", store, "--name", "no-such-query"), "no query named")
    fails(run("query", "--store", store, "--name", "heads", "--param", "agency"), "NAME=VALUE")
    fails(run("query", "--store", store, "--name", "heads", "--param", "nope=1"), "no parameter 'nope'")
    fails(run("query", "--store", png, "ASK {}"), "is a file")
    fails(run("query", "--store", tmp_path, "ASK {}"), "no store at")


def test_query_evaluation_error_is_one_line(built):
    # SERVICE (allowed here) fails while results are read (lazily), after the query parsed fine
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    fails(run("query", "--store", built / "store", "--allow-service", query), "query failed")
    fails(run("query", "--store", built / "store", query), "SERVICE (federated query) is disabled")


# ------------------------------------------------------------------ export


def test_export_bad_targets_keep_earlier_file(built, tmp_path):
    store = built / "store"
    target = tmp_path / "g.gexf"
    assert run("export", "--store", store, "-o", target).exit_code == 0
    before = target.read_bytes()
    fails(run("export", "--store", store, "--ego", "Nobody Here At All", "-o", target), "--ego")
    fails(run("export", "--store", store, "--since", "2017-13-45", "-o", target), "--since")
    fails(run("export", "--store", store, "--region", "abc", "-o", target), "--region")
    fails(run("export", "--store", store, "-f", "bogus", "-o", target), "--format")
    fails(run("export", "--store", store, "--view", "bogus", "-o", target), "--view")
    assert target.read_bytes() == before
    for fmt in ("gexf", "trig"):
        fails(run("export", "--store", store, "-f", fmt, "-o", tmp_path), "it is a directory")
        fails(run("export", "--store", store, "-f", fmt, "-o", f"/proc/kg-no/x.{fmt}"), "cannot write")
    fails(run("export", "--store", store, "-f", "csv", "-o", "/proc/kg-no/"), "cannot write")
    assert run("export", "--store", store, "-o", tmp_path / "new" / "dir" / "g.gexf").exit_code == 0


# ------------------------------------------------------------------ validate, model, serve


def test_validate_and_model_bad_input(tmp_path):
    fails(run("validate", tmp_path / "nope"), "no store at")
    assert run("validate", "--limit", "-1", tmp_path).exit_code == 2
    png = tmp_path / "x.bio"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "empty.bio"
    empty.write_bytes(b"")
    latin = tmp_path / "latin.bio"
    latin.write_bytes("Caf\xe9 B-PER\n\n".encode("latin-1"))
    for verb in ("tag", "evaluate"):
        fails(run("model", verb, png), "x.bio")
        fails(run("model", verb, empty), "empty.bio")
        fails(run("model", verb, latin), "latin.bio", "UTF-8")
    fails(run("model", "train", "--train", tmp_path / "no.bio", "--dev", latin, "--out", tmp_path / "m"),
          "no.bio: file not found")
    fails(run("model", "train", "--train", latin, "--dev", latin, "--out", "/proc/kg-no/model"),
          "not writable")
    fails(run("model", "train", "--train", latin, "--dev", latin, "--out", tmp_path / "m", "--threads", "0"),
          "--threads")


def test_serve_bad_port_and_busy_port(built):
    fails(run("serve", "--store", built / "store", "--port", "99999"), "--port")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        fails(run("serve", "--store", built / "store", "--port", port), f"cannot listen on 127.0.0.1:{port}")


def test_server_bad_content_length(endpoint):
    import http.client

    host, port = endpoint[0].split("//")[1].split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.putrequest("POST", "/sparql")
    connection.putheader("Content-Type", "application/sparql-query")
    connection.putheader("Content-Length", "abc")
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 400 and b"Invalid HTTP request" in response.read()
    connection.close()
    with urllib.request.urlopen(endpoint[0] + "/sparql?query=ASK%7B%7D", timeout=10) as answer:
        assert answer.status == 200   # the server lives on
