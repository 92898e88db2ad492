"""GIFT: a thing no catalogue knows, sent by the vendor's side and worth an amount said ("I'm sending a little box of
smoked salmon for the office, about $70 worth"), that the reader thanks as a present ("how thoughtful of you", "you
shouldn't have") is a gift at that amount; a quote, an invoice or a loan sent the same way and thanked is none. Every
sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def read(body, reply):
    return gifts_read(msg(VERA, [OTTO], "Holidays", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Holidays", reply + "\n\nOtto", day=2))


@pytest.mark.parametrize("body,reply", [
    ("We're sending a little box of smoked salmon for the office. About $70 worth, nothing fancy.",
     "How thoughtful of you, thank you! It won't last the morning."),
    ("I'm sending a tin of shortbread from the bakery near our office, around $40 worth.",
     "You shouldn't have! Thanks so much."),
])
def test_a_thing_sent_worth_an_amount_and_thanked_as_a_present_is_a_gift(body, reply):
    assert read(body, reply) == [("v1", "o1", body and float(body.split("$")[1].split()[0]))]


@pytest.mark.parametrize("body,reply", [
    ("I'm sending over the estimate for the wiring, about $900 in all.", "Very thoughtful to itemise it, thanks."),
    ("I'm sending the Yard Light Cam invoice today, $249 due in 30 days.", "Thanks, very thoughtful."),
])
def test_a_quote_or_an_invoice_thanked_is_no_gift(body, reply):
    assert read(body, reply) == []
