"""Probe AD: a policy named as what allows the gift ("fine under our ethics policy") is no refusal of it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, gift_triples, run
from test_relations import vendor_thread as thread


def gifts(*bodies):
    ms = thread(*bodies)
    return gift_triples(run(ms, FakeIndex().see(*ms))[1])


OFFER = "We'd like to put six Porch Cams on the house for Quarry Division, no invoice."


def test_a_gift_said_to_be_fine_under_the_ethics_policy_is_accepted():
    assert gifts(OFFER, "Legal says a donation to the division is fine under the city's ethics policy once it's "
                        "logged. So yes, we'll take you up on it.") == [("v1", "d1", 1194.0)]


def test_a_gift_said_to_be_within_the_gift_policy_is_accepted():
    assert gifts(OFFER, "I checked, and this falls within our gift policy. We'd be glad to accept them.") == \
        [("v1", "d1", 1194.0)]


def test_the_ethics_policy_that_forbids_it_still_declines():
    assert gifts(OFFER, "Sorry, our ethics policy doesn't allow it, so we'll have to pass.") == []
    assert gifts(OFFER, "Unfortunately the city's ethics policy rules this out.") == []
