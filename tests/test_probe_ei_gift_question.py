"""An official tells their own side (an ethics office, a supervisor) what one of the vendor's people gave them,
in the first person: "X left a fleece vest on my desk", "X mailed me a signed hardback". The thing left where only
the writer keeps things, or sent to the writer, is a gift from that person to the writer, as "X handed me ..." is.
Every sentence here is invented for this test (the small world of test_relations.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SID, gifts_read, msg  # noqa: E402


def told(body: str):
    return gifts_read(msg(OTTO, [SID], "Question on a gift", "Sid,\n\n" + body + "\n\nOtto"))


@pytest.mark.parametrize("body,want", [
    ("Vera Vendor of Acme left a fleece vest and two mugs on my desk after the briefing. They run about $40 together.",
     [("v1", "o1", 40.0)]),
    ("Vera Vendor dropped off an Acme umbrella and a beanie in my office yesterday, maybe $30 for both.",
     [("v1", "o1", 30.0)]),
    ("Sam Shipper mailed me a signed hardback on harbour patrols from Acme last week; it retails at $38.",
     [("v2", "o1", 38.0)]),
    ("Sam Shipper of Acme sent me a bottle of port over the holidays, about $45.", [("v2", "o1", 45.0)]),
])
def test_a_thing_left_for_or_sent_to_the_writer_is_a_gift_to_them(body, want):
    assert told(body) == want


@pytest.mark.parametrize("body", [
    "Vera Vendor of Acme left the signed service agreement on my desk this morning.",
    "Sam Shipper of Acme mailed me the invoice for the forty mugs, $120 in all.",
    "Vera Vendor of Acme left a ball cap on my desk, so I mailed her a check for the $25 it costs.",
])
def test_papers_a_bill_or_a_thing_paid_for_are_no_gift(body):
    assert told(body) == []
