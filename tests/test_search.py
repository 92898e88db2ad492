"""Full-text search of a case's emails (graph/search.py: SQLite FTS5 in the case directory)
and `giftgraph search`. Fixtures are the fictional case of tests/fixtures/html_graph.py."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.graph.search import SearchError, ensure_index, parse_query, search, snippet_parts
from giftgraph.ingest.message import Address, Message, Provenance

_spec = importlib.util.spec_from_file_location("html_graph", Path(__file__).parent / "fixtures" / "html_graph.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


@pytest.fixture()
def case(tmp_path):
    return fx.build_case(tmp_path / "case")


def ids(hits):
    return [h["id"] for h in hits]


def test_phrase_first_then_all_words(case):
    hits = search(case, "Video Doorbell Pro")
    assert ids(hits) == ["msg-gift1"] and hits[0]["match"] == "phrase"
    assert "«" in hits[0]["snippet"] and "Doorbell" in "".join(t for t, hit in snippet_parts(hits[0]["snippet"]) if hit)
    # both words, not side by side: found, after any phrase hit, and said so
    hits = search(case, "community worth")
    assert ids(hits) == ["msg-gift2"] and hits[0]["match"] == "words"
    # a quoted phrase must be side by side
    assert search(case, '"community worth"') == []


def test_subject_bates_prefix_exclusion_and_correspondents(case):
    assert ids(search(case, "squad")) == ["msg-gift1"]  # in the subject only
    assert ids(search(case, "LAPD-000107")) == ["msg-xss"]  # a Bates number
    assert set(ids(search(case, "LAPD-00010*"))) == {"msg-gift1", "msg-xss", "msg-sig"}
    assert set(ids(search(case, "doorbell*"))) == {"msg-gift1"}
    assert set(ids(search(case, "hollywood"))) == {"msg-sig", "msg-gift2"}
    assert ids(search(case, "hollywood -donated")) == ["msg-sig"]
    assert len(search(case, "30512@lapd.lacity.org")) == 4  # a correspondent's address


def test_hits_carry_where_printed_and_the_entities_they_are_evidence_for(case):
    G = case.load_graph()
    hit = search(case, "detectives", graph=G)[0]
    assert hit["id"] == "msg-gift1" and hit["bates"] == "LAPD-000103" and hit["page"] == 3 and hit["file"] == "binder.pdf"
    assert hit["sent"].startswith("2016-03-15") and hit["sender"] == "dana@ring.com"
    assert {e["name"] for e in hit["entities"]} == {"Dana Ashworth", "Robert Alvarez", "Ring"}  # gift, emails, membership


def test_bm25_ranks_the_denser_message_first(tmp_path):
    case = fx.build_case(tmp_path / "case")
    extra = [Message(id="m-many", sender=Address(email="a@x.example"), subject="cams cams cams", body="cams " * 20,
                     sent="2016-07-01T10:00:00-07:00", provenance=[Provenance(file="r.pdf", page=1)]),
             Message(id="m-once", sender=Address(email="b@x.example"), subject="other",
                     body="A long letter about many things, once mentioning cams, and much else besides. " * 5,
                     sent="2016-07-02T10:00:00-07:00", provenance=[Provenance(file="r.pdf", page=2)])]
    case.save_messages(case.load_messages() + extra)
    order = ids(search(case, "cams"))
    assert order.index("m-many") < order.index("m-once")
    assert search(case, "cams")[0]["rank"] <= search(case, "cams")[-1]["rank"]


def test_index_lives_in_the_case_and_follows_the_messages(case):
    db = ensure_index(case)
    assert db == case.search_path and db.exists()
    assert search(case, "zeppelin") == []
    msgs = case.load_messages() + [Message(id="m-new", sender=Address(email="z@x.example"), subject="Zeppelin tickets",
                                           body="Two zeppelin rides for the team.", sent="2016-08-01T10:00:00-07:00")]
    case.save_messages(msgs)  # messages.jsonl changed: the index is rebuilt
    assert ids(search(case, "zeppelin")) == ["m-new"]
    db.unlink()  # derived data: deleting it is safe
    assert ids(search(case, "zeppelin")) == ["m-new"]


@pytest.mark.parametrize("q", ["", "   ", "!!!", "-alone"])
def test_queries_with_nothing_to_search_are_one_clear_error(case, q):
    with pytest.raises(SearchError):
        search(case, q)


def test_parse_query_never_passes_fts5_syntax_through():
    expr, phrase = parse_query('free of charge')
    assert phrase == '"free of charge"' and expr == '"free" AND "of" AND "charge"'
    expr, _ = parse_query('NEAR(a b) OR c:d ^e')
    assert "NEAR(" not in expr and " OR " not in expr.replace('"OR"', "")  # operators are words here
    assert parse_query('ABC-000123')[0] == '"ABC 000123"'


def test_cli_search_text_and_json(case):
    r = CliRunner().invoke(cli, ["search", "detectives", "--case", str(case.path)])
    assert r.exit_code == 0, r.output
    assert "Doorbells for the squad" in r.output and "«detectives»" in r.output and "Bates LAPD-000103" in r.output
    assert "mentions: " in r.output
    r = CliRunner().invoke(cli, ["search", "free", "of", "nothing", "--case", str(case.path), "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    r = CliRunner().invoke(cli, ["search", "LAPDSAFE", "--case", str(case.path), "--json"])
    data = json.loads(r.stdout)
    assert [h["id"] for h in data] == ["msg-xss"] and data[0]["subject"] == fx.XSS_SUBJECT
    r = CliRunner().invoke(cli, ["search", "!!!", "--case", str(case.path)])
    assert r.exit_code != 0 and r.output.strip().count("\n") == 0 and "nothing to search for" in r.output
    r = CliRunner().invoke(cli, ["search", "x", "--case", str(case.path.parent / "nope")])
    assert r.exit_code != 0 and "not a giftgraph case" in r.output


def test_a_read_only_case_is_searched_with_its_index_elsewhere(case):
    import os
    import stat

    if os.geteuid() == 0:  # root writes anywhere: make the index path unusable instead
        case.search_path.mkdir()
        (case.search_path / "x").write_text("not an index")
        assert ids(search(case, "detectives")) == ["msg-gift1"]
        assert case.search_path.is_dir()
        return
    mode = case.path.stat().st_mode
    case.path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert ids(search(case, "detectives")) == ["msg-gift1"]
        assert not case.search_path.exists()
    finally:
        case.path.chmod(mode)
