"""Contractions typed without their apostrophe ("dont", "cant", "wont", as hurried or lower-case writers type them)
and spelled out ("do not") are read as the rules' phrases with the apostrophe are. Every sentence is invented for
these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gift_triples as gifts
from test_relations import run, vendor_thread

from giftgraph.nlp.relations.rules import RelationRules


def thread(*bodies):
    return vendor_thread(*bodies, subject="Loaner")


@pytest.mark.parametrize("last", ["dont bother sending it back, its yours now",
                                  "do not bother sending it back, it's yours now"])
def test_a_loan_let_go_without_the_apostrophe_is_a_gift(last):
    ms = thread("We lent you the Porch Cam for the burglary case.", "Thanks, it made the difference.", last)
    assert gifts(run(ms)[1]) == [("v1", "o1", 199.0)]


def test_a_loan_still_lent_without_the_apostrophe_is_no_gift():
    ms = thread("We lent you the Porch Cam for the burglary case.", "Thanks, it made the difference.",
                "pls send it back when ur done, no rush")
    assert gifts(run(ms)[1]) == []


@pytest.mark.parametrize("text,label", [
    ("it wont cost you a thing", "free"),
    ("we cant accept gifts", "decline"),
    ("dont bother sending it back", "keep"),
])
def test_phrases_with_a_contraction_match_it_typed_bare(text, label):
    rules = RelationRules.from_profile(None)
    assert label in rules.scan(rules.nlp.make_doc(text))


def test_a_lone_contraction_is_not_widened_to_its_word():
    """"'ll" of a lexicon matches "'ll" only: its norm ("will") is a word of its own, listed or not."""
    rules = RelationRules.from_profile(None)
    assert not any(s.text == "wo" for s in rules.scan(rules.nlp.make_doc("it wont cost you a thing")).get("irrealis", []))
