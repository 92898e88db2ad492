"""A recipient's later thanks under a subject of its own ("caught him - one of the X you sent ...") for things
already given is that gift's thanks, not a second gift (probe N: a rescue team's "One of the X you sent picked
him up" a week after the offer and its yes). Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, msg, of_type, run


def gifts(messages):
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in of_type(run(messages)[1], "GIFT"))


OFFER = msg(VERA, [OTTO], "Cams for the stakeout", "Otto,\n\nHappy to send you two Porch Cams for the stakeout, no charge, keep them.")
YES = msg(OTTO, [VERA], "RE: Cams for the stakeout", "Vera, that would be great, thanks.", day=2)


@pytest.mark.parametrize("later", [
    "One of the Porch Cams you sent caught our porch pirate on Friday. Thanks again for both cameras.",
    "Thanks again for the Porch Cams you sent, they paid off this weekend.",
])
def test_later_thanks_for_things_already_given_is_no_second_gift(later):
    news = msg(OTTO, [VERA], "we got him", f"Vera,\n\n{later}", day=9)
    assert gifts([OFFER, YES, news]) == [("v1", "o1", 398.0)]


def test_thanks_for_more_or_other_things_is_a_gift_of_its_own():
    more = msg(OTTO, [VERA], "we got him", "Vera,\n\nThanks again for the three Porch Cams you sent.", day=9)
    assert gifts([OFFER, YES, more]) == [("v1", "o1", 398.0), ("v1", "o1", 597.0)]
    other = msg(OTTO, [VERA], "we got him", "Vera,\n\nThanks again for the Relay Chime you sent.", day=9)
    assert gifts([OFFER, YES, other]) == [("v1", "o1", 29.0), ("v1", "o1", 398.0)]
    # the thanks alone is still the record of a gift
    assert gifts([msg(OTTO, [VERA], "we got him", "Vera,\n\nThanks again for the two Porch Cams you sent.", day=9)]) == [("v1", "o1", 398.0)]
