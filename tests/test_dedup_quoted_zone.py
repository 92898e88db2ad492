"""A reply written in another time zone quotes the earlier email on the replier's clock (Outlook's "Sent:" line,
printed without a zone): read in the release's zone it is hours off the original's own Date header, and is still
one email with it. Two emails of one sender and subject whose texts differ stay two."""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from giftgraph.ingest import read_paths

NY = "America/New_York"


def _eml(path: Path, frm: str, to: str, date: str, subject: str, body: str) -> None:
    e = EmailMessage()
    e["From"], e["To"], e["Date"], e["Subject"] = frm, to, date, subject
    e.set_content(body, cte="quoted-printable")
    path.write_bytes(bytes(e))


ORIGINAL = ("Could your depot hold the twelve crates of harbour buoys until Thursday? The barge is late and the "
            "quay is full until then.\n\nOrla Penhallow\nHarbour Stores Clerk")


def _release(tmp_path: Path, quoted_body: str, *, orla: str = "Orla Penhallow <orla@quaystores.test>",
             bram: str = "Bram Tuckett <bram@depotco.test>", to: str = "", quoted_from: str = "",
             quoted_to: str = "") -> list:
    # Orla, in New York, writes at 11:05 EST (16:05 UTC)
    _eml(tmp_path / "01.eml", orla, to or bram, "Tue, 10 Feb 2026 11:05:00 -0500", "Buoy crates", ORIGINAL)
    # Bram answers from Bristol; Outlook prints her email's time on his clock (16:05 GMT)
    reply = ("Happy to, Orla - Thursday is fine.\n\nBram\n\n________________________________\n"
             f"From: {quoted_from or orla}\nSent: Tuesday, February 10, 2026 4:05 PM\n"
             f"To: {quoted_to or bram}\nSubject: Buoy crates\n\n" + quoted_body)
    _eml(tmp_path / "02.eml", bram, orla, "Tue, 10 Feb 2026 16:40:00 +0000", "RE: Buoy crates", reply)
    res = read_paths(sorted(tmp_path.glob("*.eml")), timezone=NY, known={})
    return res.messages


def test_quoted_copy_on_the_repliers_clock_is_the_original(tmp_path):
    msgs = _release(tmp_path, ORIGINAL)
    assert len(msgs) == 2
    orla = next(m for m in msgs if m.subject == "Buoy crates")
    assert orla.sent == "2026-02-10T11:05:00-05:00"  # the email's own header, not the quoted clock
    assert any(p.quoted for p in orla.provenance) and any(not p.quoted for p in orla.provenance)


def test_other_text_hours_apart_stays_apart(tmp_path):
    other = ("The twelve crates went out on the morning barge after all, so there is nothing to hold.\n\n"
             "Orla Penhallow\nHarbour Stores Clerk")
    msgs = _release(tmp_path, other)
    assert len(msgs) == 3


def test_names_printed_only_in_the_quoted_copy_are_kept(tmp_path):
    # the email's own header lists bare addresses; the reply's quoted copy of it prints the names
    msgs = _release(tmp_path, ORIGINAL, orla="orla.penhallow@quaystores.test", bram="bram.tuckett@depotco.test",
                    to="bram.tuckett@depotco.test, wendell.crisp@depotco.test", quoted_from="Orla Penhallow",
                    quoted_to="Bram Tuckett; Wendell Crisp")
    assert len(msgs) == 2
    orla = next(m for m in msgs if m.subject == "Buoy crates")
    assert orla.sent == "2026-02-10T11:05:00-05:00"
    assert (orla.sender.name, orla.sender.email) == ("Orla Penhallow", "orla.penhallow@quaystores.test")
    assert [(a.name, a.email) for a in orla.to] == [("Bram Tuckett", "bram.tuckett@depotco.test"),
                                                    ("Wendell Crisp", "wendell.crisp@depotco.test")]
