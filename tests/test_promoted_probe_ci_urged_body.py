"""Probe CI: a writer urging a body that decides (a council, a committee, a board) to back, fund or approve the thing
endorses it, as urging people to get it does ("I'd strongly urge the committee to back X", "I urge the board to fund
the X"). Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from giftgraph.nlp.relations.promoted import endorsed_theme


def _named(theme) -> str:
    return " ".join(t.text for t in theme.subtree) if theme is not None and hasattr(theme, "subtree") else ""


@pytest.mark.parametrize("text", [
    "I'd strongly urge the committee to back the Tidewell Registry.",
    "I urge the council to fund the Tidewell Registry this year.",
    "I would encourage the board to approve the Tidewell Registry.",
])
def test_a_body_urged_to_back_the_thing_is_an_endorsement_of_it(nlp, text):
    assert "Tidewell Registry" in _named(endorsed_theme(nlp(text)[:], names=frozenset({"tidewell"})))


@pytest.mark.parametrize("text", [
    "I would not urge the committee to back the Tidewell Registry.",
    "They told me to urge the board to approve the Tidewell Registry.",
    "Do you want me to urge the council to fund the Tidewell Registry?",
])
def test_no_endorsement_when_negated_conditional_or_asked(nlp, text):
    assert "Tidewell Registry" not in _named(endorsed_theme(nlp(text)[:], names=frozenset({"tidewell"})))
