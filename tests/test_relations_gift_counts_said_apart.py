"""How many things a gift holds when the count is not beside their name: the plural things priced one by one and
then counted by the verb that sends them ("The X run $29 apiece, but they're on us; I'm sending eight"), and an
offer opened with "this one's on us", where "one" stands for the thing, not a count of one (DI's 24 hoodies were
priced as one). Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def offer_and_thanks(body):
    offer = msg(VERA, [OTTO], "Cameras", f"Otto,\n\n{body}" + VENDOR_SIG)
    thanks = msg(OTTO, [VERA], "RE: Cameras", "Got them, thanks a lot!\n\nOtto", day=2)
    return offer, thanks


@pytest.mark.parametrize("body", [
    "The Porch Cams go for $199 apiece, but they're on us; I'm sending eight for the squad room.",
    "Porch Cams normally run $199 each, but there is no charge this time and I am shipping you eight over.",
])
def test_plural_things_counted_by_the_verb_that_sends_them(body):
    assert [v for _, _, v in gifts_read(*offer_and_thanks(body))] == [1592.0]


def test_a_count_of_other_things_sent_is_not_theirs():
    body = "The Porch Cams go for $199 apiece, but they're on us; I'm sending eight mugs as well."
    assert [v for _, _, v in gifts_read(*offer_and_thanks(body))] == [199.0]


@pytest.mark.parametrize("opening", ["This one's on us!", "That one is on the house."])
def test_this_one_is_no_count_of_one(opening):
    body = f"{opening} I'm mailing 12 Acme-branded fleece jackets to the front desk; they retail for $55 apiece."
    assert [v for _, _, v in gifts_read(*offer_and_thanks(body))] == [660.0]
