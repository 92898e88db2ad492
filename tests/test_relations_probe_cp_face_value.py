"""GIFT values met by probe CP: tickets given away are worth their face value, said after the offer ("Face value is
$180 for the two of them."). Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def test_the_face_value_said_after_the_seats_is_the_gifts_value():
    offer = msg(VERA, [OTTO], "ballgame Saturday",
                "Otto,\n\nI've got two seats for Saturday's ballgame, third row behind the dugout. Face value is $180 "
                "for the pair and I can't make it. They're yours if you want them.\n\nVera", day=2)
    yes = msg(OTTO, [VERA], "RE: ballgame Saturday", "We're in. Thanks Vera!\n\nOtto", day=3)
    assert gifts_read(offer, yes) == [("v1", "o1", 180.0)]
