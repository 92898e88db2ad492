"""GIFT: a yes said with a contracted "would" ("that'd be lovely") takes an offer up as "that would
be great" does. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

from giftgraph.nlp.relations.rules import _would_contracted


def _thread(*bodies: str) -> list:
    mails = [msg(VERA if i % 2 == 0 else OTTO, [OTTO if i % 2 == 0 else VERA], ("RE: " if i else "") + "Spare cams",
                 body, day=1 + i) for i, body in enumerate(bodies)]
    return gifts(run(mails, FakeIndex().see(*mails))[1])


@pytest.mark.parametrize("yes", ["Oh, that'd be lovely.", "Yes, that\u2019d be perfect.", "Honestly that'd be great."])
def test_a_contracted_would_takes_the_offer_up(yes: str) -> None:
    offer = "Could your garage use a Porch Cam? On the house.\n\nVera"
    assert _thread(offer, f"{yes}\n\nOtto") == [("v1", "o1", 199.0)]


def test_the_contraction_is_made_only_of_would_before_a_word() -> None:
    assert _would_contracted("would be perfect") == "'d be perfect"
    assert _would_contracted("we would love") == "we'd love"
    assert _would_contracted("would") == "would"
