"""Gifts the receiving side tells of among itself ("FYI, Lee from <the vendor> dropped off two X for the unit"): the
vendor's person named as the subject of the verb of giving gives, and "the unit" or "our squad" is the writer's unit.
Said so, the writer who tells it never gives it to the colleague they write to. Every sentence is invented for these
tests (the small world of ``test_relations.py``: Otto, of Quarry Division, writes to Sid; Vera and Sam work for Acme)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SID, gifts_read, msg  # noqa: E402


def _told(sentence: str):
    return sorted((g, r) for g, r, _ in gifts_read(msg(OTTO, [SID], "FYI", f"Sarge,\n\n{sentence}\n\nOtto", day=2)))


@pytest.mark.parametrize("sentence,expected", [
    # the vendor's person as the subject, giving to the speaker ("me", "us")
    ("Vera gave me two Relay Chimes at the conference. Free, she said.", [("v1", "o1")]),
    ("Sam from Acme dropped off a Yard Light Cam for us, no charge.", [("v2", "o1")]),
    # ... to the writer's unit, said "the division", "our division", or as the verb's first object
    ("Vera Vendor donated three Relay Chimes to the division for the community fair.", [("v1", "d1")]),
    ("Vera has kindly given the division two Porch Cams, at no cost.", [("v1", "d1")]),
    ("Sam Shipper sent four Porch Cams to our division this week, no charge and ours to keep.", [("v2", "d1")]),
    ("Vera from Acme dropped off two Porch Cams for the division yesterday. She says they're ours to keep.",
     [("v1", "d1")]),
    # the vendor itself as the subject, the unit said with "for the"
    ("FYI Acme sent a box of Relay Chimes for the unit this morning, no charge.", [("org_v", "d1")]),
])
def test_a_gift_told_by_the_receiving_side(sentence, expected):
    assert _told(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Vera gave us a demo of the Porch Cam yesterday.",
    "Vera sent me the Porch Cam quote; it's $199 each.",
    "Acme sent us two Porch Cams on loan until March; we must return them.",
    "Vera gave me a Porch Cam to test; it goes back Friday.",
    "Vera sent us the invoice for the four Porch Cams.",
    "Vera said she would give us two Porch Cams if we sign the contract.",
    "Vera has given the division a good price on the Porch Cams, $150 each.",
    "Vera sent us two Porch Cams, and purchasing paid the invoice last week.",
    "Vera gave the division two Porch Cams last year, but we sent them back.",
    "Acme offered the unit two free Porch Cams but I told them we can't accept.",
])
def test_no_gift_in_what_the_receiving_side_tells(sentence):
    assert _told(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    # hospitality and trip costs the vendor's person carried, told by the one who had them
    ("Vera Vendor of Acme covered my hotel for the Denver expo.", [("v1", "o1")]),
    ("Vera Vendor of Acme comped my registration for the Coastal Safety Expo.", [("v1", "o1")]),
    ("Vera Vendor got me two tickets to the ballgame, courtesy of Acme.", [("v1", "o1")]),
    # ... or by one of a unit that had them: the writer's unit
    ("Vera Vendor of Acme bought the whole division lunch after the demo.", [("v1", "d1")]),
    ("Vera Vendor of Acme treated the squad to dinner last night.", [("v1", "d1")]),
    ("Vera Vendor from Acme took the whole division out to lunch on Friday.", [("v1", "d1")]),
])
def test_hospitality_told_by_the_receiving_side(sentence, expected):
    assert _told(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Vera Vendor of Acme covered my shift on Friday.",
    "Vera Vendor of Acme treated the squad to a demo of the new camera.",
    "I asked Vera Vendor of Acme whether she would cover my hotel.",
    "Vera Vendor of Acme offered to cover my hotel, but I declined.",
    "Vera Vendor of Acme took the squad to lunch, and we split the bill.",
    "Vera Vendor of Acme says she'll cover my registration if we sign by June.",
    "Vera Vendor of Acme waived my late fee on the Porch Cam invoice we paid.",
    "Vera Vendor of Acme joined us for lunch; we each paid our own.",
    "I took Vera Vendor of Acme to lunch to talk about the bid; the department paid.",
])
def test_no_hospitality_in_what_the_receiving_side_tells(sentence):
    assert _told(sentence) == []
