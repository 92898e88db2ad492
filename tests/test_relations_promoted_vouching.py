"""Speaking well of a vendor to others, or offering to vouch for it to a buyer: "put in a good word for X", "singing
X's praises", "happy to be a reference for X". Every sentence is invented for these tests (the small world of
``test_relations.py``: the vendor Acme Cams and its Porch Cam)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations_promoted_use import promoted  # noqa: E402


@pytest.mark.model
@pytest.mark.parametrize("body,target", [
    ("When the sheriff calls, I will put in a good word for Acme.", "org_v"),
    ("I have been singing Acme's praises at every roll call since March.", "org_v"),
    ("The whole squad keeps singing the praises of the Porch Cam, me included.", "p_door"),
    ("Tell the county buyer I'm glad to be a reference for Acme Cams.", "org_v"),
    ("You can list me as a reference for Acme on the bid.", "org_v"),
])
def test_vouching_for_the_vendor_is_an_endorsement(parser, body, target):
    assert promoted(parser, body) == [("o1", target)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Policy says I cannot be a reference for Acme or any other vendor.",
    "I won't put in a good word for Acme until the outages stop.",
    "Nobody here is singing the praises of the Porch Cam.",
    "Could you be a reference for the Porch Cam?",
    "Sid says he would be a reference for Acme.",
])
def test_no_vouching_when_negated_asked_or_reported(parser, body):
    assert promoted(parser, body) == []
