"""Wording found by probe BV: a superlative fragment of the seller or its service ("Best vendor support I've seen in
twelve years.") after a sentence that names the vendor praises that vendor, as "Best camera I've owned." praises the thing
named before it. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations_promoted_use import promoted


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Acme Cams had our whole rollout done in a week. Best vendor support I've had in twenty years.",
    "Shout-out to Acme Cams for the training day. Honestly the best service we've ever had from a company.",
])
def test_a_superlative_fragment_of_the_seller_praises_the_vendor_named_before(parser, body):
    assert promoted(parser, body) == [("o1", "org_v")]


@pytest.mark.model
def test_a_superlative_of_something_else_is_no_endorsement(parser):
    assert promoted(parser, "Acme Cams had our rollout done in a week. The best news I've had all month.") == []
