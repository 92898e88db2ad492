"""Thanks for a meal said with the host's paying ("thanks for picking up lunch", "for covering dinner", "for treating
us to breakfast") is thanks for the meal, as "thanks for lunch" is; found by probe CD (a vendor's "I'll buy you lunch"
thanked as "thanks for picking up lunch" was read as nothing). Every message is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _offer_then_thanks(offer: str, thanks: str) -> list:
    return gifts_read(msg(VERA, [OTTO], "Walkthrough", "Otto,\n\n" + offer + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Walkthrough", "Vera,\n\n" + thanks + "\n\nOtto", day=4))


@pytest.mark.parametrize("thanks", [
    "Good session this morning. And thanks for picking up lunch; the noodles were excellent.",
    "Thanks for covering dinner, it was a great evening.",
    "Thank you for treating us to breakfast before the session.",
])
def test_thanks_for_paying_for_the_meal_completes_the_offer(thanks):
    offer = "See you at the station on Monday for the walkthrough. I'll buy you lunch afterwards."
    assert _offer_then_thanks(offer, thanks) == [("v1", "o1", None)]


def test_thanks_for_picking_up_the_meal_alone_is_hospitality_had():
    thanks = msg(OTTO, [VERA], "Monday", "Vera,\n\nThanks for picking up dinner on Monday, the steak was great.\n\nOtto")
    assert gifts_read(thanks) == [("v1", "o1", None)]


@pytest.mark.parametrize("thanks", [
    # the writer paid their share: no gift
    "Thanks for picking up lunch - I've sent you my half of the bill.",
    # picking up a thing that is no hospitality
    "Thanks for picking up the loaner cameras on Monday.",
])
def test_thanks_for_picking_up_what_is_no_hosted_meal_is_no_gift(thanks):
    m = msg(OTTO, [VERA], "Monday", "Vera,\n\n" + thanks + "\n\nOtto")
    assert gifts_read(m) == []
