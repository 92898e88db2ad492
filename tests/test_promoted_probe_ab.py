"""PROMOTED wording met by probe AB: "the X is the one to buy" (the writer's pick said for anyone, an infinitive with
no subject) endorses the X, as "the X is the one I'd buy" does; "not the one to buy", a question, or "the one to
watch" does not. Every line is invented for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_the_one_to_buy_is_the_writer_s_pick(nlp):
    from giftgraph.nlp.relations.promoted import endorsed_theme

    for text in ["Honestly, the Porch Cam is the one to buy.",
                 "If your precinct is shopping, the Porch Cam is the one to get."]:
        got = endorsed_theme(nlp(text)[:])
        assert got is not None and got.text == "Cam", text
    for text in ["The Porch Cam is not the one to buy.", "Which is the one to buy?", "The Porch Cam is the one to watch."]:
        assert endorsed_theme(nlp(text)[:]) is None, text
