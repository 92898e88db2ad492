"""Wording found by probe BP (a records-software vendor whose every message ends in a confidentiality notice): a gift
card "attached to this e-mail" is handed over with the message (the mail is no recipient), and sweets sent at a season
are a gift like a bottle or a jacket. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def _from_vera(body: str) -> list:
    m = msg(VERA, [OTTO], "Note", f"Otto,\n\n{body}\n\nVera Vendor\nAcme Cams")
    return gifts_read(m)


@pytest.mark.parametrize("body,expected", [
    ("Thanks for filling in our survey. As promised, a $25 gift card is attached to this e-mail.", [("v1", "o1", 25.0)]),
    ("Thanks for the walkthrough. Attached please find a $40 gift card, with our compliments.", [("v1", "o1", 40.0)]),
    ("Happy holidays! A tin of chocolates is on its way to you, with our thanks for the year.", [("v1", "o1", None)]),
])
def test_a_gift_card_sent_with_the_mail_and_sweets_at_a_season_are_gifts(body, expected):
    assert _from_vera(body) == expected


@pytest.mark.parametrize("body", [
    "Attached is our invoice for the forty gift cards your unit ordered for the raffle.",
    "I've attached our price list; the $25 gift card program starts at fifty cards.",
    "We could send a tin of chocolates to your team if the ethics office allows it?",
])
def test_an_invoice_a_price_list_or_a_question_attached_is_no_gift(body):
    assert _from_vera(body) == []
