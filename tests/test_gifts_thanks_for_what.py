"""GIFT read from thanks alone: thanks for what was said or known about a thing ("thanks for the info about the X",
"the details on the Y", "your tips on the Z") thanks for words, not for the thing; thanks for a gift card, a gift
certificate or coffee cards is thanks for a gift (its worth unsaid). Every sentence is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def thanks_read(line):
    note = msg(VERA, [OTTO], "Visit", "Good to see you and the squad on Tuesday." + VENDOR_SIG, day=1)
    return gifts_read(note, msg(OTTO, [VERA], "RE: Visit", line + "\n\nOtto", day=2))


@pytest.mark.parametrize("line", [
    "Appreciate the info about the Porch Cam, I'll pass it on.",
    "Thanks for the information on the Yard Light Cam and its warranty.",
    "Thank you for the details about the Relay Chime.",
    "Thanks a lot for your tips on the Porch Cam.",
])
def test_thanks_for_words_about_a_thing_is_no_gift(line):
    assert thanks_read(line) == []


@pytest.mark.parametrize("line", [
    "Thanks again for the gift card, that was very kind.",
    "Thank you for the coffee cards, the night shift was thrilled.",
])
def test_thanks_for_a_card_to_spend_is_a_gift(line):
    assert thanks_read(line) == [("v1", "o1", None)]
