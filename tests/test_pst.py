"""Outlook PST/OST mailboxes through readpst (Debian's pst-utils, installed by scripts/test).

The sample PST is the shared one (`../shared/corpus/pst-sample/`, 10 public mailing-list messages,
with readpst's mbox of it): the tests that need it skip cleanly without it. The others build
their own files."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.ingest import read_paths
from giftgraph.ingest.readers import sniff

_SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pst-sample"  # ../shared beside the checkout
SAMPLE = _SHARED if (_SHARED / "sample.pst").is_file() else None
needs_sample = pytest.mark.skipif(SAMPLE is None, reason="the shared PST sample (../shared/corpus/pst-sample) is not here")
TZ = "UTC"


def _view(messages):
    return sorted((m.id, m.sender.name, m.sender.email, tuple(a.email or a.name for a in m.to),
                   tuple(a.email or a.name for a in m.cc), m.subject, m.sent, " ".join(m.body.split()),
                   tuple(m.attachments), m.in_reply_to, m.thread) for m in messages)


@needs_sample
def test_the_sample_pst_reads_into_the_same_10_messages_as_its_mbox():
    assert shutil.which("readpst"), "readpst is missing: scripts/test installs Debian's pst-utils"
    pst = read_paths([SAMPLE / "sample.pst"], timezone=TZ)
    mbox = read_paths([SAMPLE / "sample.readpst.mbox"], timezone=TZ)
    assert pst.problems == [] and mbox.problems == []
    assert pst.formats == {str(SAMPLE / "sample.pst"): "pst"}
    # the mailbox's 10 emails (two sent by one sender in one minute, with their own Message-IDs, stay
    # two) and the one a reply quotes
    assert len(pst.messages) == len(mbox.messages) == 11
    assert sum(not m.provenance[0].quoted for m in pst.messages) == 10
    assert _view(pst.messages) == _view(mbox.messages)
    assert all(m.sender.email and m.subject and m.sent for m in pst.messages if not m.provenance[0].quoted)
    # provenance names the PST and the folder inside it
    assert all(p.file.startswith(str(SAMPLE / "sample.pst") + "!") for m in pst.messages for p in m.provenance)


@needs_sample
def test_a_pst_inside_a_zip_and_under_another_name(tmp_path):
    data = (SAMPLE / "sample.pst").read_bytes()
    assert sniff("mailbox.bin", data[:8192]) == "pst"  # found by its "!BDN" signature
    bundle = tmp_path / "release.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("custodian/mailbox.ost", data)
    res = read_paths([bundle], timezone=TZ)
    assert res.problems == [] and len(res.messages) == 11


@needs_sample
def test_a_truncated_pst_is_one_line(tmp_path):
    cut = tmp_path / "cut.pst"
    cut.write_bytes((SAMPLE / "sample.pst").read_bytes()[:100_000])
    res = read_paths([cut], timezone=TZ)
    assert res.messages == [] and len(res.problems) == 1
    (name, problem), = res.problems
    assert name == str(cut) and "\n" not in problem
    assert problem.startswith(("no email messages found in the PST/OST mailbox", "not a readable PST/OST mailbox"))


def test_a_pst_readpst_cannot_read_is_one_line(tmp_path):
    assert shutil.which("readpst"), "readpst is missing: scripts/test installs Debian's pst-utils"
    junk = tmp_path / "junk.pst"
    junk.write_bytes(b"!BDN" + bytes(range(256)) * 40)
    named = tmp_path / "notes.pst"
    named.write_text("not a mailbox\n", encoding="utf-8")
    res = read_paths([junk, named], timezone=TZ)
    problems = dict(res.problems)
    assert set(problems) == {str(junk), str(named)} and res.messages == []
    for p in problems.values():
        assert "\n" not in p and ("PST/OST mailbox" in p), p


def test_missing_readpst_is_one_line_naming_the_file_and_the_package(tmp_path, monkeypatch):
    pst = tmp_path / "box.pst"
    pst.write_bytes(b"!BDN" + b"\x00" * 600)
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    r = CliRunner().invoke(cli, ["ingest", str(pst), "--case", str(tmp_path / "case"), "--skip-extract"])
    assert r.exit_code == 1
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error: ")]
    assert errors == [f"error: {pst}: readpst is not installed (Debian/Ubuntu: apt-get install pst-utils)"]
    assert f"read: {pst}: Outlook PST/OST mailbox, not read" in r.stderr.splitlines()
