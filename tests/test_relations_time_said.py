"""A time said beside a gift is not a loan's time nor a count of the things: how long a service keeps recordings
("so your videos stay online for 60 days") and a number of days after "for". Found by probe BE (a battery of short
threads). Every message is invented for these tests, in wording of their own (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, VERA, FakeIndex, _node, msg, run
from test_relations import gift_triples as gifts

# a recording plan sold by the year, beside the world's cameras
PLAN = _node("p_plan", "product", "Cloud Vault", [], unit_price_usd=40, unit="year", device=False)


def _gifts(body: str) -> list:
    m = msg(VERA, [OTTO], "Your account", f"Otto,\n\n{body}\n\nVera")
    return gifts(run([m], FakeIndex({**NODES, PLAN.id: PLAN}).see(m))[1])


@pytest.mark.parametrize("line", [
    "We've waived a year of Cloud Vault on your Porch Cam, so your videos are kept online for 60 days.",
    "A year of Cloud Vault is on us this time; recordings are stored for 90 days with it.",
])
def test_how_long_recordings_are_kept_is_no_loan_and_no_count(line):
    assert _gifts(line) == [("v1", "o1", 40.0)]


@pytest.mark.parametrize("line", [
    "We can lend you a Yard Light Cam for 30 days, free of charge.",
    "The Yard Light Cam is yours free for 14 days, then it comes back to us.",
])
def test_a_thing_lent_for_a_time_is_still_a_loan(line):
    assert _gifts(line) == []
