"""PROMOTED: a writer urging people to get one of the things ("I urge all my neighbours to look into getting one"): the
people urged are the object of the verb of urging, the thing is what the verb of getting takes, and "one" stands for
the product named just before, or for one of the vendor's when only the vendor was. Every message is invented for
these tests (the small world of ``test_relations.py``), read with the parse, as the pipeline reads them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations_promoted_use import promoted  # one message of Otto's, read with the parse


@pytest.mark.model
@pytest.mark.parametrize("body,target", [
    ("The Yard Light Cam lit up a car thief on Elm last month. I urge all my neighbors to look into getting one.",
     "p_flood"),
    ("The Porch Cam Elite recorded the whole burglary at the substation. I'd encourage every family on the block to consider buying one.",
     "p_pro"),
    ("Acme cameras cut break-ins on our street in half. I encourage every homeowner here to get one.", "org_v"),
])
def test_people_urged_to_get_one_endorse_what_was_named_before(parser, body, target):
    assert promoted(parser, body) == [("o1", target)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Porch Cam Elite went missing from the desk. I urge residents to lock their doors.",
    "Acme phoned the station about the invoice. I loved it.",
])
def test_people_urged_to_do_something_else_endorse_nothing(parser, body):
    assert promoted(parser, body) == []


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Porch cams like Acme have helped our detectives close theft cases. I encourage every household to consider getting one.",
    "Yard light cameras such as Acme caught two car thieves. I urge every neighbor to get one.",
])
def test_a_kind_the_vendor_exemplifies_is_the_vendor(parser, body):
    assert promoted(parser, body) == [("o1", "org_v")]
