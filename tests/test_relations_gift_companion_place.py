"""Places priced one by one, offered to one reader "and a guest" (or "and your wife"): the reader takes two places,
their own and their companion's (probe DN's gala table: "you and a guest", $350 a seat, was valued at one seat).
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def invited(body):
    offer = msg(VERA, [OTTO], "Lantern Gala", f"Otto,\n\n{body}" + VENDOR_SIG)
    answer = msg(OTTO, [VERA], "RE: Lantern Gala", "Thank you, we'd be glad to come.\n\nOtto", day=2)
    return gifts_read(offer, answer)


@pytest.mark.parametrize("body", [
    "We'd be honoured to have you and a guest at our table for the Lantern Gala as our guests; places are $275 each.",
    "Acme would love to host you and your partner as our guests at the Lantern Gala; tickets run $275 apiece.",
])
def test_the_reader_and_a_companion_take_two_places(body):
    assert invited(body) == [("v1", "o1", 550.0)]


def test_the_reader_alone_takes_one_place():
    body = "Acme would love to host you as our guest at the Lantern Gala; tickets run $275 apiece."
    assert invited(body) == [("v1", "o1", 275.0)]
