"""Wording found by probe CE (a vendor's instructor course, a seat given with its tuition waived): the reader's place
said to be taken already ("you're registered ... as our guest, so there is no tuition", "you've been enrolled at no
charge") is given, as things said shipped are, with no answer needed; a place only offered still waits for one. Every
message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("note", [
    "You're registered for the June drone pilot class as our guest, and your tuition is waived (normally $900).",
    "You've been enrolled in the June drone pilot class at no charge (normally $900).",
])
def test_a_place_said_taken_for_free_is_given_without_an_answer(note):
    assert gifts_read(*vendor_thread(note)) == [("v1", "o1", 900.0)]


@pytest.mark.parametrize("note", [
    "We could register you for the June drone pilot class as our guest, with no fee (normally $900).",
    "You're registered for the June drone pilot class; the fee is $900, payable on the first day.",
])
def test_a_place_offered_or_sold_is_no_gift_without_more(note):
    assert gifts_read(*vendor_thread(note)) == []
