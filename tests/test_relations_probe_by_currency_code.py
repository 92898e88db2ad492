"""Amounts written with a dollar currency's code before them, found by probe BY (a Canadian police service's release):
"CAD 420", "CDN 95", "AUD 300" are the number printed, read the way "$420" is, and the evidence quotes them as printed.
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, gift_triples, of_type, run, vendor_thread

from giftgraph.nlp.relations.text import amounts_in_dollars, shown_currency


def _read(body: str) -> list:
    ms = vendor_thread(body, "Brilliant, count me in.")
    return run(ms, FakeIndex().see(*ms))[1]


@pytest.mark.parametrize("body,value", [
    ("Otto, the harbour safety workshop usually runs CAD 420 a seat, but I'll comp yours if you want it.", 420.0),
    ("Otto, a seat at our awards night is CDN 95 and we'll cover yours.", 95.0),
    ("Otto, the field course fee is AUD 300; we have that covered on our end.", 300.0),
])
def test_an_amount_with_a_dollar_code_before_it_values_the_gift(body, value):
    assert gift_triples(_read(body)) == [("v1", "o1", value)]


def test_the_evidence_quotes_the_code_printed():
    edges = _read("Otto, a seat at our awards night is CDN 95 and we'll cover yours.")
    quotes = [ev.quote for e in of_type(edges, "GIFT") for ev in e.evidence]
    assert quotes and any("CDN 95" in q for q in quotes) and all("$" not in q for q in quotes)


def test_codes_read_as_the_dollar_sign_and_shown_as_printed():
    s = "CAD 420 a seat, CDN95 each, AUD 1,300 in all; the CAD drawings and 3 CDs stay"
    read = amounts_in_dollars(s)
    assert read == "$420 a seat, $95 each, $1,300 in all; the CAD drawings and 3 CDs stay"
    assert shown_currency(read, s) == s
    assert amounts_in_dollars("cad 40, a CD 12 inches") == "cad 40, a CD 12 inches"


@pytest.mark.parametrize("body,value", [
    ("Otto, a seat at the awards gala is C$140, but yours is on us.", 140.0),
    ("Otto, your hotel in Halifax is on us, about C$400.", 400.0),
    ("Otto, your room at the lodge is on us, about A$ 260.", 260.0),
])
def test_a_dollar_sign_with_the_countrys_letters_values_the_gift(body, value):
    assert gift_triples(_read(body)) == [("v1", "o1", value)]


def test_the_countrys_letters_before_the_sign_are_read_away_and_shown_as_printed():
    s = "C$684.20 for the flight, NZ$ 12 a drink, ABC$5 and US$9 stay"
    read = amounts_in_dollars(s)
    assert read == "$684.20 for the flight, $ 12 a drink, ABC$5 and US$9 stay" and shown_currency(read, s) == s
