"""GIFT wording met by probe R (an evidence-software vendor and a state police troop, .eml files), each rule with a
near case it leaves alone. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, msg, run
from test_relations import gift_triples as gifts


@pytest.mark.parametrize("said, value", [
    ("That upgrade would normally cost $640.", 640.0),
    ("The extra year would ordinarily be billed at $1,120.", 1120.0),
    ("It would have cost the precinct $410 otherwise.", 410.0),
])
def test_what_a_thing_given_free_would_have_cost_is_its_value(said, value):
    """"would normally cost $640" after a free thing: what it would have been charged is what it is worth."""
    offer = msg(VERA, [OTTO], "Renewal", f"Otto, we've added a Yard Light Cam to your account at no charge. {said}")
    thanks = msg(OTTO, [VERA], "RE: Renewal", "Thanks Vera, got it.", day=3)
    assert gifts(run([offer, thanks])[1]) == [("v1", "o1", value)]


def test_a_unit_price_said_with_normally_is_still_no_value():
    offer = msg(VERA, [OTTO], "Renewal", "Otto, we've added two Yard Light Cams to your account at no charge. "
                "They normally cost $300 each.")
    thanks = msg(OTTO, [VERA], "RE: Renewal", "Thanks Vera, got them.", day=3)
    assert gifts(run([offer, thanks])[1]) == [("v1", "o1", 498.0)]
