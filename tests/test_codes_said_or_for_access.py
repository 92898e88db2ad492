"""Codes introduced in plain speech: set after a comma that closes the words about it ("a code of your own,
PV-77."), or said at the till ("mention QRT5 at checkout"); and codes that open a door rather than take money off
("use KX-19 to register for the training", "code TR-88 to track it") are no promo codes. Invented wording."""
import pytest

from giftgraph.nlp.codes import default_finder


@pytest.fixture(scope="module")
def finder():
    return default_finder()


@pytest.mark.parametrize("text, codes", [
    ("Good news: we set up a discount code just for your precinct, PV-77. It takes $40 off.", ["PV-77"]),
    ("Neighbours, mention QRT5 at checkout and the porch camera is $30 cheaper.", ["QRT5"]),
    ("Use code MAPLE9 to sign in and save $20 on your first order.", ["MAPLE9"]),
])
def test_codes_said_plainly(finder, text, codes):
    assert [h.text for h in finder.find(text)] == codes


@pytest.mark.parametrize("text", [
    "Use code KX-19 to register for the training on Friday.",
    "Enter code TR88 to track the parcel.",
    "The code for the gate, B7 or so, is on the fridge.",
    "The passcode expires in June, 2031.",
    "I mentioned PD42 at the briefing yesterday.",
])
def test_no_promo_code(finder, text):
    assert [h.text for h in finder.find(text)] == []
