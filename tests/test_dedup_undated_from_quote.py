"""A message read on its own with no Date header takes the date printed where a reply quotes it, when the reply quotes
all of it or only its start (a dozen words or more), and is then one message with the quoted copy: not an undated
message beside a dated one. A message no reply quotes stays undated, and a reply quoting a different text dates
nothing. Every name and line is invented for these tests."""
from __future__ import annotations

from email.message import EmailMessage

from giftgraph.ingest import read_paths

TZ = "America/Chicago"
FIRST = ("Dear Marit,\n\nThank you for the lovely evening at the Copper Kettle on Thursday. The dinner was our pleasure, "
         "and we enjoyed hearing about the harbour plans.\n\nNext time you visit Utrecht we will show you the canals.\n\n"
         "Best regards,\nSanne Verhoef\nLantaarn Mobility B.V.")


def _eml(path, sender, to, subject, body, date=None):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    if date:
        m["Date"] = date
    m.set_content(body)
    path.write_bytes(bytes(m))


def _reply(quoted_lines):
    return ("Sanne,\n\nThanks again for dinner; I have logged it on the gift register.\n\nMarit\n\n"
            "On Fri, 13 Mar 2026 at 09:12, Sanne Verhoef <sanne@lantaarn.example> wrote:\n\n"
            + "\n".join("> " + x for x in quoted_lines) + "\n")


def _read(tmp_path, quoted_lines):
    _eml(tmp_path / "a.eml", "Sanne Verhoef <sanne@lantaarn.example>", "Marit Olsen <molsen@harbour.example>",
         "Thank you for the dinner", FIRST)
    _eml(tmp_path / "b.eml", "Marit Olsen <molsen@harbour.example>", "Sanne Verhoef <sanne@lantaarn.example>",
         "RE: Thank you for the dinner", _reply(quoted_lines), date="Fri, 13 Mar 2026 14:30:00 -0500")
    return read_paths([tmp_path / "a.eml", tmp_path / "b.eml"], timezone=TZ).messages


def test_an_undated_message_quoted_in_part_takes_the_quoted_date_and_is_one_message(tmp_path):
    msgs = _read(tmp_path, FIRST.splitlines()[:3])  # the greeting and the first paragraph only
    firsts = [m for m in msgs if not m.subject.upper().startswith("RE:")]
    assert len(firsts) == 1
    assert firsts[0].sent.startswith("2026-03-13T09:12")
    assert {p.quoted for p in firsts[0].provenance} == {False, True}


def test_an_undated_message_quoted_whole_takes_the_quoted_date(tmp_path):
    msgs = _read(tmp_path, FIRST.splitlines())
    firsts = [m for m in msgs if not m.subject.upper().startswith("RE:")]
    assert len(firsts) == 1 and firsts[0].sent.startswith("2026-03-13T09:12")


def test_an_undated_message_whose_quote_says_something_else_stays_undated(tmp_path):
    msgs = _read(tmp_path, ["Dear Marit,", "", "Please find the signed permit attached; the fee was paid on Monday.",
                            "Could you confirm receipt at your convenience, and let us know the inspection date?"])
    undated = [m for m in msgs if not m.sent]
    assert len(undated) == 1 and undated[0].body.startswith("Dear Marit,\n\nThank you for the lovely evening")
