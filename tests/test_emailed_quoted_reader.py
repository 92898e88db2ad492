"""An email the release prints only inside a reply's quoted history, under "On <date>, Ann <...> wrote:" with no To
line, was read by the one who replies to it or forwards it: EMAILED Ann -> that reader, with evidence that says so.
The message itself keeps no invented recipient (deduplication compares only what was printed)."""
from __future__ import annotations

import pytest

from giftgraph.ingest.readers import read_text
from giftgraph.nlp.extract import QUOTED_READER_QUOTE, extract_entities
from giftgraph.nlp.profile import Profile


@pytest.fixture(scope="module")
def ring():
    return Profile.load("ring_lapd")


def _emailed(msgs, ring):
    index, docs, nodes, edges = extract_entities(msgs, profile=ring, model="blank")
    name = {n.id: n.name for n in nodes}
    return {(name[e.source], name[e.target]): e.evidence[0].quote for e in edges if e.type == "EMAILED"}


FORWARD = ("From: Wilhelmina Stroud <wstroud@ferncastle.test>\nSent: Monday, March 9, 2026 8:12 AM\n"
           "To: Desmond Achterberg <dachterberg@ferncastle.test>\nSubject: FW: Spare lanterns\n\nFYI, see below.\n\n"
           "---------- Forwarded message ---------\nFrom: Wilhelmina Stroud <wstroud@ferncastle.test>\n"
           "Date: Sun, Mar 8, 2026 at 4:40 PM\nSubject: Re: Spare lanterns\nTo: Corwin Pell <cpell@lanternworks.test>\n\n"
           "Thanks, but we have enough for the season.\n\n"
           "On Sun, Mar 8, 2026 at 2:05 PM Corwin Pell <cpell@lanternworks.test> wrote:\n"
           "> Wilhelmina, could you use six spare lanterns for the trail crew?\n")


def test_a_quoted_email_with_no_readers_printed_was_read_by_the_one_replying(ring):
    msgs = read_text(FORWARD.encode(), file="fw.txt", timezone="America/Denver")
    corwin = [m for m in msgs if m.sender.email == "cpell@lanternworks.test"]
    assert len(corwin) == 1 and corwin[0].to == [] and corwin[0].cc == []  # nothing invented on the message
    got = _emailed(msgs, ring)
    assert got[("Corwin Pell", "Wilhelmina Stroud")] == QUOTED_READER_QUOTE
    # the printed headers keep their own evidence
    assert got[("Wilhelmina Stroud", "Corwin Pell")] == "(header)"
    assert got[("Wilhelmina Stroud", "Desmond Achterberg")] == "(header)"
    # the forward's reader did not read Corwin's email from Corwin
    assert ("Corwin Pell", "Desmond Achterberg") not in got


def test_ones_own_quoted_email_is_no_email_to_oneself(ring):
    own = ("From: Wilhelmina Stroud <wstroud@ferncastle.test>\nSent: Monday, March 9, 2026 8:12 AM\n"
           "To: Desmond Achterberg <dachterberg@ferncastle.test>\nSubject: Re: lantern count\n\nOne more thing.\n\n"
           "On Sun, Mar 8, 2026 at 2:05 PM Wilhelmina Stroud <wstroud@ferncastle.test> wrote:\n"
           "> The lantern count is off by two.\n")
    msgs = read_text(own.encode(), file="own.txt", timezone="America/Denver")
    got = _emailed(msgs, ring)
    assert set(got) == {("Wilhelmina Stroud", "Desmond Achterberg")}
