"""Each message once: re-ingesting adds nothing, a new installment adds only what is new."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.graph.store import Case
from giftgraph.ingest.dedup import merge_messages, same_message, subject_core
from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.pipeline import run_ingest

_spec = importlib.util.spec_from_file_location("ingest_docs", Path(__file__).parent / "fixtures" / "ingest_docs.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

TZ = "America/Los_Angeles"


def _msg(name="Bert Lindqvist", email="", sent="2016-03-09T09:30:00-08:00", subject="Cameras", quoted=False, file="a"):
    return Message(sender=Address(name=name, email=email), sent=sent, subject=subject,
                   provenance=[Provenance(file=file, quoted=quoted)])


def test_same_message_rules():
    a = _msg(email="39001@police.test")
    assert same_message(a, _msg(subject="RE: Cameras", quoted=True))  # name vs address, prefix dropped
    assert same_message(a, _msg(sent="2016-03-09T12:30:00-05:00"))  # same instant printed in another zone
    assert not same_message(a, _msg(sent="2016-03-09T09:31:00-08:00"))
    assert not same_message(a, _msg(subject="Budget for next year"))
    assert not same_message(a, _msg(name="Carla Ng", email="carla.ng@acme.test"))
    assert subject_core("Fwd: RE:  [EXTERNAL] Cameras!") == "cameras"


def test_content_id_is_stable_across_printings():
    assert _msg(email="39001@police.test").id == _msg(subject="RE: Cameras").id
    assert _msg().id != _msg(subject="Budget").id


def test_merge_keeps_existing_ids_and_rewrites_reply_links():
    old = _msg(name="Bert Lindqvist", email="39001@police.test")
    old.id = "msg-existing"
    reply = _msg(name="Alice Moreno", sent="2016-03-10T11:05:00-08:00", subject="RE: Cameras")
    quoted = _msg(subject="RE: Cameras", quoted=True, file="b")
    reply.in_reply_to = quoted.id
    merged = merge_messages([old], [reply, quoted])
    assert len(merged) == 2
    assert {m.id for m in merged} == {"msg-existing", reply.id}
    assert reply.in_reply_to == "msg-existing"
    assert [(p.file, p.quoted) for p in merged[0].provenance] == [("a", False), ("b", True)]


def test_reingest_is_idempotent_and_installments_add_only_new(tmp_path):
    inst1 = tmp_path / "inst1"
    inst1.mkdir()
    (inst1 / "p1.txt").write_text(fx.OUTLOOK_PAGE_1)
    case = Case(tmp_path / "case")
    r1 = run_ingest([inst1], case, timezone=TZ, stages=["read"], progress=False, log=lambda s: None)
    assert (r1.files_read, r1.messages_new, r1.messages_total) == (1, 2, 2)
    before = [m.to_dict() for m in case.load_messages()]

    r2 = run_ingest([inst1], case, timezone=TZ, stages=["read"], progress=False, log=lambda s: None)
    assert (r2.files_read, r2.files_skipped, r2.messages_new, r2.messages_total) == (0, 1, 0, 2)
    assert [m.to_dict() for m in case.load_messages()] == before

    # installment 2 prints Bert's email again on its own, plus a new Gmail thread
    inst2 = tmp_path / "inst2"
    inst2.mkdir()
    (inst2 / "p2.txt").write_text(fx.OUTLOOK_PAGE_2 + "\f" + fx.GMAIL_PAGE)
    r3 = run_ingest([inst1, inst2], case, timezone=TZ, stages=["read"], progress=False, log=lambda s: None)
    assert (r3.files_read, r3.files_skipped, r3.messages_new, r3.messages_total) == (1, 1, 2, 4)
    msgs = case.load_messages()
    assert [m.id for m in msgs][:2] == [d["id"] for d in before]  # existing ids kept
    bert = next(m for m in msgs if m.sender.name == "Bert Lindqvist")
    assert {Path(p.file).name for p in bert.provenance} == {"p1.txt", "p2.txt"}

    # the same files again, in another order: nothing changes
    r4 = run_ingest([inst2, inst1], case, timezone=TZ, stages=["read"], progress=False, log=lambda s: None)
    assert (r4.messages_new, r4.messages_total) == (0, 4)


def test_same_content_in_a_renamed_file_adds_no_message(tmp_path):
    (tmp_path / "a.txt").write_text(fx.ORIGINAL_MESSAGE)
    case = Case(tmp_path / "case")
    run_ingest([tmp_path / "a.txt"], case, timezone=TZ, stages=["read"], progress=False, log=lambda s: None)
    (tmp_path / "b.txt").write_text(fx.ORIGINAL_MESSAGE)
    r = run_ingest([tmp_path / "b.txt"], case, timezone=TZ, stages=["read"], progress=False, log=lambda s: None)
    assert (r.files_read, r.messages_new, r.messages_total) == (1, 0, 2)


def test_cli_ingest_and_messages(tmp_path):
    (tmp_path / "release.txt").write_text(fx.OUTLOOK_PAGE_1 + "\f" + fx.OUTLOOK_PAGE_2)
    (tmp_path / "bad.eml").write_bytes(b"")
    runner = CliRunner()
    case = str(tmp_path / "case")
    r = runner.invoke(cli, ["ingest", str(tmp_path), "--case", case, "--skip-extract", "-s", "--json"])
    assert r.exit_code == 1  # a file could not be read: the exit code says so
    report = json.loads(r.output)
    assert report["messages_total"] == 2 and report["problems"] == [{"file": str(tmp_path / "bad.eml"), "problem": "empty file"}]
    r = runner.invoke(cli, ["messages", "--case", case, "--json"])
    assert r.exit_code == 0
    rows = sorted(json.loads(r.output), key=lambda x: x["sent"])
    assert [(x["sent"], x["from"], x["subject"]) for x in rows] == [
        ("2016-03-02T09:12:00-08:00", "Bert Lindqvist", "Cameras for the pilot"),
        ("2016-03-03T14:20:00-08:00", "Alice Moreno", "RE: Cameras for the pilot")]
    assert rows[1]["source"] == "release.txt p.1 CITY-000001"
    r = runner.invoke(cli, ["ingest", str(tmp_path / "release.txt"), "--case", case, "--skip-extract", "-s",
                            "--timezone", "Nowhere/Special"])
    assert r.exit_code != 0 and "Nowhere/Special" in r.output
