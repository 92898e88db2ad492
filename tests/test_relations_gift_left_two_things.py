"""Two things joined by "and", then the place, before "for you": "I left a basket of shortbread and tea at the front desk
for you" is left for the reader as "a basket of shortbread at the front desk for you" is. Leaving a place for the
reader's party gives nothing. Every sentence is invented (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _read(body):
    return gifts_read(msg(VERA, [OTTO], "Stopped by", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Stopped by", "Thank you!\n\nOtto", day=2))


def test_two_things_left_at_the_desk_for_you():
    assert _read("Otto, I left a basket of shortbread and tea at the front desk for you, about $45.") == [("v1", "o1", 45.0)]


def test_leaving_a_place_for_your_party_gives_nothing():
    assert _read("Otto, I left the warehouse early on Friday and drove over for your retirement party.") == []
