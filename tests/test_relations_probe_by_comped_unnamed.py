"""A place the vendor's rep will "comp", priced, in a note that names no product, code or vendor (a rep who signs with a
first name, or not at all), found by probe BY: such a note is read, as one saying "at no cost" with an amount already
is. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def _thread(offer: str, reply: str) -> list:
    return [msg(VERA, [OTTO], "June course", offer, day=1), msg(OTTO, [VERA], "RE: June course", reply, day=2)]


@pytest.mark.parametrize("offer,value", [
    ("Otto, a place opened up on the night-optics course on June 3. It normally costs $480 but I'll comp it if you'd "
     "like it.", 480.0),
    ("Otto - spare seat on the June 3 night-optics course. It's usually CAD 480 but I can comp it for you if you want "
     "it.", 480.0),
    ("Otto, the June 3 night-optics course is $480 a seat, but yours is on us.", 480.0),
])
def test_a_priced_place_comped_in_a_note_naming_nothing_else_is_read(offer, value):
    assert gifts_read(*_thread(offer, "Yes please - thanks, Vera!")) == [("v1", "o1", value)]


def test_a_priced_place_sold_in_such_a_note_is_none():
    offer = "Otto, a place opened up on the night-optics course on June 3. It costs $480; shall I send an invoice?"
    assert gifts_read(*_thread(offer, "Yes please, send it to accounts.")) == []
