"""Printed layouts met by probe AO (a binder of Outlook and City-mail Gmail printouts). Invented names and wording."""
from __future__ import annotations

from giftgraph.ingest.readers import read_text

_THREAD = """City of Elmford Mail                                      Pia Lund <plund@elmford.test>

{title}
2 messages

Pia Lund <plund@elmford.test>                                      Mon, Apr 3, 2023 at 8:14 AM
To: Abe Marsh <amarsh@elmford.test>

shifts so far below.

---------- Forwarded message ----------
From: Cy Dunn <cdunn@mail.test>
Date: Sun, Apr 2, 2023 at 9:40 PM
Subject: {fwd}
To: Pia Lund <plund@elmford.test>

I can take the morning shift.

Abe Marsh <amarsh@elmford.test>                                    Mon, Apr 3, 2023 at 9:01 AM
To: Pia Lund <plund@elmford.test>

afternoon works for me.
"""


def _subjects(title: str, fwd: str) -> list[tuple[str, str]]:
    msgs = read_text(_THREAD.format(title=title, fwd=fwd).encode(), file="drive.txt", timezone="America/Chicago")
    return sorted((m.sender.name or "", m.subject) for m in msgs)


def test_a_gmail_thread_title_keeps_its_words_beside_a_shorter_forwarded_subject():
    """A Gmail printout's thread title stands on a line of its own, so no body text runs onto it: "supply drive
    volunteers" over a forwarded message "Subject: supply drive" is not cut back to the forward's words."""
    assert _subjects("supply drive volunteers", "supply drive") == [
        ("Abe Marsh", "supply drive volunteers"), ("Cy Dunn", "supply drive"), ("Pia Lund", "supply drive volunteers")]
    # the same title over a forward of the same subject: nothing to tell apart
    assert _subjects("supply drive", "supply drive") == [
        ("Abe Marsh", "supply drive"), ("Cy Dunn", "supply drive"), ("Pia Lund", "supply drive")]
