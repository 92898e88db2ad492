"""A trip's costs the vendor's side will "look after", found by probe BY (a Canadian police service's release): "we'll
look after your flights and two nights at the hotel" takes the reader's costs on, as "take care of your flights" does,
in British and Canadian English above all; and such a note is read even when it names no product, code or vendor.
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def _thread(offer: str, reply: str = "Lovely, count me in. Thanks.") -> list:
    """Vera's note and Otto's reply, neither naming a product, a code or the vendor."""
    return [msg(VERA, [OTTO], "Spring user day", offer, day=1), msg(OTTO, [VERA], "RE: Spring user day", reply, day=2)]


@pytest.mark.parametrize("offer,value", [
    ("Otto, we'd love you to speak at the spring user day in Portland. We'll look after your airfare and two nights "
     "at the Alder Hotel.", None),
    ("Otto, the user day is in Portland on May 9. We're looking after your hotel ($420 for the two nights), so just "
     "book the flight on our account.", 420.0),
    ("Good news: head office signed off, so we will be looking after all of your travel for the Portland day.", None),
])
def test_costs_the_vendor_will_look_after_are_a_gift(offer, value):
    got = gifts_read(*_thread(offer))
    assert [(g, v) for g, _, v in got] == [("v1", value)] and got[0][1] in ("o1", "o2")


@pytest.mark.parametrize("offer", [
    "Otto, could you look after your own flights? We'll reimburse the hotel once the invoice arrives.",
    "Otto, Olga will look after the projector and the booth on the day.",
])
def test_looking_after_what_is_no_trip_cost_or_the_readers_own_is_none(offer):
    assert gifts_read(*_thread(offer)) == []
