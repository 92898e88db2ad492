"""A cost said to be paid for in the passive, in a clause that ends there ("The whole weekend is covered, roughly $900",
"your two nights are covered.") is free to the reader, as "is on us" is; not a warranty's "you're covered" or "the
replacement is covered", nor what a talk or a plan covers ("is covered in the deck", "covered under the plan"). Found by
probe CN (a lodge weekend offered with "The whole thing is covered, it comes to about $1,850" and accepted, missed).
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _thread(body: str, reply: str = "count me in, thanks!") -> list:
    offer = msg(VERA, [OTTO], "June", "Otto,\n\n" + body + VENDOR_SIG)
    yes = msg(OTTO, [VERA], "RE: June", reply + "\n\nOtto", day=2)
    return gifts_read(offer, yes)


@pytest.mark.parametrize("body", [
    "We've reserved the cabins at Heron Lake for the first weekend of June and would love to have you along. The whole "
    "weekend is covered, roughly $900 for the two nights.",
    "We've reserved the cabins at Heron Lake for the first weekend of June and would love to have you along. Your two "
    "nights there will be fully covered, roughly $900.",
])
def test_a_cost_said_covered_is_free(body):
    assert _thread(body) == [("v1", "o1", 900.0)]


@pytest.mark.parametrize("body", [
    "If the Porch Cam's lens cracks in the first year, the replacement is covered.",
    "If a Porch Cam fails in the first year, you're covered.",
    "Mounting the Porch Cam is covered in the install guide I attached.",
])
def test_warranty_and_subjects_covered_give_nothing(body):
    assert _thread(body, "Good to know, thanks.") == []
