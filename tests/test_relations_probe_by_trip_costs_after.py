"""A trip's costs taken on with no amount, priced afterwards by the vendor's side, found by probe BY: "We'll take care
of your flights and two nights at the hotel" is worth what a later note of the thread says they came to ("The airfare
came to $412.50 and the hotel is $389.00; both are billed to us"), whoever of the vendor's people writes it. Every
message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SAM, VERA, gifts_read, msg


def _thread(later: str) -> list:
    return [msg(VERA, [OTTO], "Portland day", "Otto, we'd love you to speak at our Portland user day. We'll take care of "
                "your flights and two nights at the Alder Hotel.\n\nVera Vendor\nAcme Cams", day=1),
            msg(OTTO, [VERA], "RE: Portland day", "Happy to, thanks Vera.\n\nOtto", day=2),
            msg(SAM, [OTTO], "RE: Portland day", later + "\n\nSam Shipper\nAcme Cams", day=5)]


@pytest.mark.parametrize("later,value", [
    ("Otto, your bookings: the airfare came to $412.50 and the hotel is $389.00 for the two nights; both are billed to "
     "Acme, nothing for you to pay.", 801.5),
    ("Otto, all booked. The flights came to $412.50, billed to us, so nothing for you to pay.", 412.5),
])
def test_the_costs_said_afterwards_value_the_trip(later, value):
    assert gifts_read(*_thread(later)) == [("v1", "o1", value)]


def test_costs_the_reader_pays_afterwards_value_nothing():
    later = "Otto, your bookings: the airfare came to $412.50; please pay it with your card and send us the receipt."
    assert gifts_read(*_thread(later)) == [("v1", "o1", None)]
