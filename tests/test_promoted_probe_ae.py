"""PROMOTED wording met by probe AE (a deputy answering a neighbouring county's question about drones). Every sentence
is invented for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_an_imperative_after_a_lead_in_and_the_one_worth_money_are_endorsements(nlp):
    from giftgraph.nlp.relations.promoted import endorsed_theme

    names = frozenset({"halo cam", "porch cam"})
    for text in ["Short version: buy the Halo Cam.", "Honestly, get the Halo Cam.",
                 "The Porch Cam is okay, but the Halo Cam is the one I'd spend money on."]:
        assert endorsed_theme(nlp(text)[:], names=names) is not None, text
    for text in ["Thanks, get back to me when you can.", "Quick question: get the Halo Cam?",
                 "Sorry, send the invoice to me by Friday.", "The Halo Cam is the one I spent too much on."]:
        assert endorsed_theme(nlp(text)[:], names=names) is None, text
