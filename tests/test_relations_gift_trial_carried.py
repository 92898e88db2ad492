"""A sentence that says something costs nothing but names no item speaks of the items of the sentence before it;
when that sentence lends them for a trial ("for a 60-day pilot", "on loan"), what costs nothing is the trial,
and no gift is carried (the things are lent until someone says to keep them). Every message is invented for
these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gift_triples, msg, run

YES = msg(OTTO, [VERA], "RE: Substation", "Vera, thanks, we're interested.\n\nOtto", day=2)


@pytest.mark.parametrize("lent", [
    "We'd like to mount three Porch Cams at the substation for a 60-day pilot.",
    "We can put three Porch Cams at the substation on loan through the summer.",
])
def test_no_cost_after_things_lent_for_a_trial_is_no_gift(lent):
    m = msg(VERA, [OTTO], "Substation", f"Otto,\n\n{lent} We handle the wiring, and there is no cost to the town for any "
                                        "of it.\n\nVera")
    assert gift_triples(run([m, YES])[1]) == []


def test_no_cost_after_things_given_is_still_a_gift():
    m = msg(VERA, [OTTO], "Substation", "Otto,\n\nWe'd like to mount three Porch Cams at the substation. We handle the "
                                        "wiring, and there is no cost to the town for any of it.\n\nVera")
    assert gift_triples(run([m, YES])[1]) == [("v1", "o1", 597.0)]
