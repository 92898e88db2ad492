"""Wording found by probe BL (a vendor inviting a lieutenant to its customer conference): the vendor's side taking on
the costs of the reader's trip with no amount ("we'll take care of your flights and the hotel"), accepted, is a gift;
its worth is what the reader later tells their own side the vendor pays ("Acme is covering my airfare and lodging,
$640 in all"). Not the reader paying their own way, nor an offer with a condition. Every message is invented for these
tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _trip(offer: str, reply: str, memo: str | None = None) -> list:
    ms = [msg(VERA, [OTTO], "Spring forum", f"Otto,\n\n{offer}\n\nVera Vendor\nAcme Cams", day=2),
          msg(OTTO, [VERA], "RE: Spring forum", f"{reply}\n\nOtto", day=3)]
    if memo:
        ms.append(msg(OTTO, [SID], "Travel to the forum", f"Sarge,\n\n{memo}\n\nOtto", day=9))
    return gifts(run(ms, FakeIndex().see(*ms))[1])


@pytest.mark.parametrize("offer", [
    "Our spring forum is in Boise on April 9. We would take care of your flights and the hotel for two nights.",
    "You're invited to the spring forum in Boise. Acme is covering your travel and lodging; just bring yourself.",
])
def test_trip_costs_taken_on_and_accepted_are_a_gift(offer):
    assert _trip(offer, "I'm in. Thank you!") == [("v1", "o1", None)]


def test_the_worth_the_reader_discloses_to_their_own_side_is_the_gifts():
    memo = "For the file: Acme is covering my airfare and lodging for the Boise forum, $640 in all."
    assert _trip("We'll take care of your airfare and two nights' lodging for the Boise forum.", "Count me in, thanks.",
                 memo) == [("v1", "o1", 640.0)]


@pytest.mark.parametrize("offer,reply", [
    ("The forum is in Boise; you'll need to pay for your airfare and hotel yourself.", "Understood, thanks."),
    ("If your agency renews by March, we'll cover your hotel for the forum.", "Thanks, I'll ask the chief."),
    ("We'll take care of your airfare for the forum if you'd like to come.", "Thanks, but I'll have to pass this year."),
])
def test_own_way_paid_conditional_or_declined_is_no_gift(offer, reply):
    assert _trip(offer, reply) == []
