"""GIFT and PROMOTED wording met by probe P (a printed binder of a doorbell vendor and a county sheriff's
department, written tersely), each rule with a near case it leaves alone. Every sentence is invented for these
tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


@pytest.mark.parametrize("body", [
    "Otto, 12 households signed up w/ OTTO50 so the Yard Light Cam is yours. Ships Mon.",
    "Otto - the Yard Light Cam is now yours, nice work.",
])
def test_a_named_thing_said_to_be_the_readers_is_given(body):
    """"The X is yours" says of a named thing what "it's yours" says of one just named."""
    m = msg(VERA, [OTTO], "Yard Light Cam", body)
    assert gifts(run([m], FakeIndex().see(m))[1]) == [("v1", "o1", 249.0)]


@pytest.mark.parametrize("body", [
    "Otto, the Yard Light Cam is yours if you want it.",
    "Otto, the Yard Light Cam is yours for 30 days, then pls send it back.",
    "Otto, once 25 neighbors use OTTO50 the Yard Light Cam is yours.",
    "Otto, the choice is yours: a Yard Light Cam or a Porch Cam on loan for the pilot.",
    # a price after "yours for": a sale
    "Otto, the Yard Light Cam is yours for $175, shipping included.",
])
def test_a_thing_yours_on_a_condition_or_a_loan_is_no_gift(body):
    m = msg(VERA, [OTTO], "Yard Light Cam", body)
    assert gifts(run([m], FakeIndex().see(m))[1]) == []


@pytest.mark.model
def test_an_endorsement_after_a_colon_that_names_who_asked_is_the_writers(nlp):
    """"For the neighbours who asked: I recommend X" - the relative clause says whom the advice is for; the
    parse hangs the writer's clause under its verb of asking, which is no one else's saying."""
    from giftgraph.nlp.relations.promoted import endorsed_theme

    doc = nlp("For the neighbors who asked: I recommend the Yard Light Cam to every renter on my block.")
    assert endorsed_theme(doc[:]) is not None
    said = nlp("My neighbor, who asked me about cameras, said she recommends the Yard Light Cam.")
    assert endorsed_theme(said[:]) is None
