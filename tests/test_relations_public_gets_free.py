"""Probe AD: what the public gets free ("Residents get the X free", "Neighbors who sign up with your code get two
months free") is the vendor's terms for residents, not a gift to the reader."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, gift_triples, run
from test_relations import vendor_thread as thread


def gifts(*bodies):
    ms = thread(*bodies)
    return gift_triples(run(ms, FakeIndex().see(*ms))[1])


def test_residents_who_use_the_code_get_months_free_is_no_gift_to_the_reader():
    assert gifts("Neighbors who sign up for Porch Cam Elite with your code get their first two months free.",
                 "Great, thanks.") == []


def test_homeowners_get_the_thing_free_is_no_gift_to_the_reader():
    assert gifts("Good news on the rollout. Homeowners get the Porch Cam free when they register at the library.",
                 "Great, thanks.") == []


def test_the_readers_unit_getting_it_free_still_is_a_gift():
    assert gifts("Your unit gets two Porch Cams free.", "Great, thanks.") == [("v1", "d1", 398.0)]
