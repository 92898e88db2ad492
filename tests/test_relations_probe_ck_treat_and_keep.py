"""Found by probe CK (a county 911 district's dispatch floor, Notes mail):

- "we'd like to treat the Quarry Division: I'm sending ..." treats the unit: the unit named as the one treated is who
  gets the gift, not the reader the message is addressed to;
- the giver saying it will not take things back ("we're not taking them back", "we won't take it back") lets the
  reader keep them, as "no need to send them back" does (a `keep` cue, which also counts as free).

Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread

from giftgraph.nlp.relations.rules import RelationRules

THANKS = "Vera, thank you, the division appreciates it."


@pytest.mark.parametrize("offer", [
    "Otto, we'd like to treat the Quarry Division: I'm sending two Porch Cams over Friday, no charge.",
    "Otto, to treat the Quarry Division after a long winter I'm sending two Porch Cams over Friday, at no charge.",
])
def test_the_unit_treated_is_who_gets_it(offer):
    assert [g[:2] for g in gifts_read(*vendor_thread(offer, THANKS))] == [("v1", "d1")]


def test_a_reader_treated_stays_the_reader():
    offer = "Otto, we'd like to treat you: I'm sending two Porch Cams over Friday, no charge."
    assert [g[:2] for g in gifts_read(*vendor_thread(offer, THANKS))] == [("v1", "o1")]


@pytest.fixture(scope="module")
def rules():
    import spacy

    from giftgraph.nlp.components import DEFAULT_MODEL
    nlp = spacy.load(DEFAULT_MODEL)
    return nlp, RelationRules.from_profile(None, nlp)


@pytest.mark.parametrize("text", [
    "Please hang on to the two radios from the demo; we are not taking them back.",
    "Keep both radios, we won't take them back.",
])
def test_not_taking_things_back_is_keeping_them(rules, text):
    nlp, r = rules
    cues = r.scan(nlp(text))
    assert cues.get("keep") and cues.get("free") and not cues.get("loan")


def test_taking_things_back_is_no_keeping(rules):
    nlp, r = rules
    cues = r.scan(nlp("The two radios are a loan; we are taking them back on Friday."))
    assert not cues.get("keep") and cues.get("loan")
