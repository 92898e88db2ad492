"""A hunt or a fishing day priced by who takes part ("$325 a gun", "$200 an angler") is a price per head, and "I've got
yours covered" carries the reader's share, as "I've got it covered" does. Invented wording (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


YES = msg(OTTO, [VERA], "RE: Opener", "Thanks for Saturday, what a morning.\n\nOtto", day=2)


def test_a_duck_shoot_priced_a_gun_and_covered_is_a_gift():
    offer = msg(VERA, [OTTO], "Opener", "Otto,\n\nI reserved two blinds at Cattail Flats for the duck opener. It's $240 a "
                                        "gun, and I've got it covered.\n\nVera")
    assert _run(offer, YES) == [("v1", "o1", 240.0)]


def test_a_charter_priced_an_angler_with_the_readers_share_covered_is_a_gift():
    offer = msg(VERA, [OTTO], "Opener", "Otto,\n\nI chartered the Lucky Perch for the walleye opener. The trip runs $190 "
                                        "an angler with bait and lunch, and I've got yours covered.\n\nVera")
    assert _run(offer, YES) == [("v1", "o1", 190.0)]


def test_a_price_a_gun_that_the_reader_pays_is_no_gift():
    offer = msg(VERA, [OTTO], "Opener", "Otto,\n\nI reserved two blinds at Cattail Flats for the duck opener. It's $240 a "
                                        "gun, payable at the lodge.\n\nVera")
    assert _run(offer, YES) == []
