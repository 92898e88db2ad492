"""GIFT told by the vendor's side to its own colleague: "I comped Olga Ortiz a X" (the person right after "comp", as
after "give", receives) and "Olga Ortiz got a free X from me at the fair" (the person named as the one who had it from
the writer) are the writer's gifts to that person; a sale, a quote or a condition told the same way is none. Every
sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SAM, VENDOR_SIG, VERA, gifts_read, msg


def told(line):
    """Otto writes to Vera; Vera then tells Sam, her colleague at the vendor."""
    return gifts_read(msg(OTTO, [VERA], "Cameras", "Thanks for the demo.\n\nOtto Officer\nQuarry Division", day=1),
                      msg(VERA, [SAM], "Quarry", line + VENDOR_SIG, day=2))


@pytest.mark.parametrize("line,value", [
    ("I comped Otto Officer a Relay Chime for his front door.", 29.0),
    ("Otto Officer got a free Yard Light Cam from me at the county fair.", 249.0),
])
def test_a_gift_told_to_a_colleague_is_the_writers_to_the_one_named(line, value):
    assert told(line) == [("v1", "o1", value)]


@pytest.mark.parametrize("line", [
    "Otto Officer got a quote from me for six Yard Light Cams.",
    "Otto Officer will get a free Relay Chime from us once the pilot is signed.",
    "Otto Officer bought a Relay Chime from us at the county fair.",
])
def test_a_sale_a_quote_or_a_condition_told_the_same_way_gives_nothing(line):
    assert told(line) == []
