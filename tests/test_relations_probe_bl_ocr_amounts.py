"""Wording found by probe BL (an OCR'd printout of Outlook mail): OCR reads a zero in an amount as a capital or small
letter O, and a one as a small l or a capital I ("$1O4", "$l5"); the amount is read with its digits. Every message is
invented for these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts

from giftgraph.nlp.relations.text import ocr_letters


@pytest.mark.parametrize("text,expected", [
    ("Cab fare was $2O and the tickets $l5O each.", "Cab fare was $20 and the tickets $150 each."),
    ("A total of $3,4O0.5O", "A total of $3,400.50"),
    ("about $I2o a seat", "about $120 a seat"),
])
def test_letters_read_for_digits_in_an_amount(text, expected):
    assert ocr_letters(text) == expected


@pytest.mark.parametrize("text", ["We owe $ Ollie for lunch.", "Use code $OFF10 at checkout.", "It cost $10 total."])
def test_words_after_a_dollar_sign_and_clean_amounts_stay(text):
    assert ocr_letters(text) == text


def test_a_gift_priced_in_an_ocr_amount_has_that_worth():
    ms = vendor_thread("I've sent you a rain shell as a thank-you gift, it's worth about $7O.", "Got it, thanks Vera!")
    assert gifts(run(ms, FakeIndex().see(*ms))[1]) == [("v1", "o1", 70.0)]
