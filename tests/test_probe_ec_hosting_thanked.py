"""GIFT: hospitality thanked for after the fact, said as people say it: the meal or the seats with a word of praise or
of time before them ("thanks for the fabulous supper", "thank you for Friday's lunch"), or named second after some
other thing ("thanks for the walking tour and the lunch at the Crane"). Every sentence is invented for these tests
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def read(body):
    return gifts_read(msg(OTTO, [VERA], "Home again", body + "\n\nOtto", day=3))


@pytest.mark.parametrize("body", [
    "Thank you again for the fabulous supper in Lisbon and the tickets to the ballet.",
    "Thanks so much for the delicious lunch at the Crane on Tuesday.",
    "Many thanks for the memorable dinner, we are still talking about it.",
    "Thank you for the walking tour of the old town and the dinner at the Gray Heron.",
    "Thanks a lot for the harbour cruise and the tickets to the game.",
])
def test_hospitality_praised_or_named_second_is_a_gift(body):
    assert [(g, r) for g, r, _ in read(body)] == [("v1", "o1")]


@pytest.mark.parametrize("body", [
    "Thanks for the detailed answer on the dinner schedule question.",
    "Thank you for the quick quote and the spec sheet.",
    "Thanks for the helpful call, and the lunch plans can wait until the order is signed.",
    "Thank you for the great feedback on the training plan.",
])
def test_thanks_for_other_things_give_nothing(body):
    assert read(body) == []
