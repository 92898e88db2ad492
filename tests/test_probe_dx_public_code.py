"""A code called public before its name ("the public spring code X", "our public early-bird code X") or said to
take its cut for anyone who does something ("... 10% off for anyone who registers by June") is everyone's, even in a
sentence that goes on to the reader ("..., but your own pass is on us"). Invented wording."""
from __future__ import annotations

import pytest

from giftgraph.nlp.relations.referrals import _public


@pytest.mark.parametrize("text", [
    "The forum's public early-bird code LAKE10 takes 10% off for anyone who registers by June, but we'd like to cover "
    "your seat ourselves.",
    "Our public spring code SPRING15 still works, and your order ships free anyway.",
    "Code MAYDAY takes 20% off for everyone who orders this week; your account manager can tell you more.",
])
def test_a_code_said_public_or_anyones_is_public(text):
    assert _public(text)


@pytest.mark.parametrize("text", [
    "Here is your personal code OTTO10: it takes 10% off for anyone you refer.",
    "Share LAKE-OTTO with anyone who asks you about us; you earn a credit each time.",
    "Your public safety code PS-OTTO gives your colleagues 5% off.",
])
def test_a_code_given_to_the_reader_to_hand_out_is_not(text):
    assert not _public(text)


def test_anyone_who_uses_your_code_is_the_readers():
    assert not _public("It takes 10% off for anyone who signs up with your code OTTO10.")
