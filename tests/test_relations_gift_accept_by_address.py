"""An offer taken up by saying where to send it: "Yes, this address is fine for the card", "my home address works". A
refusal that names an address for something else stays a refusal. Every sentence is invented (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg

OFFER = "Otto, as a thank-you for joining the panel we send each speaker a $75 e-gift card afterwards."


def _read(reply):
    return gifts_read(msg(VERA, [OTTO], "Panel", OFFER + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Panel", reply + "\n\nOtto", day=2))


@pytest.mark.parametrize("reply", ["Yes, this address is fine for the card.", "My work address works best."])
def test_an_offer_answered_with_where_to_send_it_is_taken(reply):
    assert _read(reply) == [("v1", "o1", 75.0)]


def test_a_refusal_naming_an_address_stays_a_refusal():
    assert _read("I can't accept the card, sorry. This address is fine for the panel notes though.") == []
