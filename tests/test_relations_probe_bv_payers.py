"""Wording found by probe BV: "nothing for you or the county to pay" names two who might pay and says neither does, as
"nothing for you to pay" says it of one. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("terms", [
    "Tuition is usually $450, but there's nothing for you or the city to pay.",
    "Registration is normally $450, so nothing for you and the city to cover.",
])
def test_nothing_for_two_payers_to_pay_is_free(terms):
    thread = vendor_thread(f"Otto, you're on the list for the March workshop. {terms}", "Thanks a lot, see you there.")
    assert gifts_read(*thread) == [("v1", "o1", 450.0)]


def test_the_reader_paying_is_still_a_sale():
    thread = vendor_thread("Otto, you're on the list for the March workshop. Tuition is $450 for you or the city to pay "
                           "by the 5th.", "OK will do.")
    assert gifts_read(*thread) == []
