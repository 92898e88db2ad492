"""Wording found by probe BS (Ring and the LAPD once more, by another hand): a code handed over with its price cut
("OTTO50, $50 off any Porch Cam") gives no Porch Cam, and praise as a fragment with no verb of its own ("Honestly the
best tool we've had on a break-in.") is of the thing named just before. Every message is invented for these tests
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg
from test_relations_promoted_use import promoted


@pytest.mark.parametrize("body", [
    "Here is a code set up just for you to hand out in the Quarry: OTTO50, $50 off any Porch Cam.",
    "A code of your own for the block captains, OTTO50: $50 off a Porch Cam Elite through June.",
])
def test_a_code_handed_over_with_its_price_cut_gives_no_thing(body):
    m = msg(VERA, [OTTO], "Your code", f"Otto,\n\n{body}\n\nVera Vendor\nAcme Cams")
    assert gifts_read(m) == []


def test_a_thing_given_beside_a_code_is_still_given():
    m = msg(VERA, [OTTO], "Your code", "Otto,\n\nA Porch Cam for your own door is on its way, no charge. And here is a "
            "code of your own for the neighbours: OTTO50, $50 off any Yard Light Cam.\n\nVera Vendor\nAcme Cams")
    assert gifts_read(m) == [("v1", "o1", 199.0)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Yard Light Cam on Elm caught him on the first night. Honestly the best tool we've had on a break-in.",
    "The Porch Cam Elite paid off twice this month. Best camera I've ever owned.",
])
def test_a_superlative_fragment_praises_the_thing_named_before(parser, body):
    assert len(promoted(parser, body)) == 1


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Porch Cam arrived Monday. Honestly the best news I've had all week: the grant came through.",
    "The Porch Cam arrived Monday. The best part we've seen so far is the box it came in.",
])
def test_a_superlative_of_something_else_is_no_endorsement(parser, body):
    assert promoted(parser, body) == []
