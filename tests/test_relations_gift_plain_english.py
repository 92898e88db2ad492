"""GIFT: three ways everyday English gives that were lost: a yes said by not saying no ("Wouldn't say no!"), an
offer to send taken up with a plain yes and made free in the giver's next message, and things that arrived thanked
by a pronoun ("Many thanks for them"). Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _thread(*bodies: str, first: str = "v") -> list:
    """Messages that alternate between Vera (the vendor) and Otto (the officer), starting with `first`."""
    people = [VERA, OTTO] if first == "v" else [OTTO, VERA]
    mails = [msg(people[i % 2], [people[(i + 1) % 2]], ("RE: " if i else "") + "Spare cams", body, day=1 + i)
             for i, body in enumerate(bodies)]
    return gifts(run(mails, FakeIndex().see(*mails))[1])


@pytest.mark.parametrize("yes", ["Wouldn't say no!", "Ha, I won't say no to that.", "Well, I would not say no."])
def test_a_yes_said_by_not_saying_no_takes_the_offer_up(yes: str) -> None:
    offer = "Any use for a Yard Light Cam over the side gate? It's on us.\n\nVera"
    assert _thread(offer, f"{yes}\n\nOtto") == [("v1", "o1", 249.0)]


def test_a_no_is_still_a_no() -> None:
    offer = "Any use for a Yard Light Cam over the side gate? It's on us.\n\nVera"
    assert _thread(offer, "Sorry, I'll have to say no to that one. Policy.\n\nOtto") == []


@pytest.mark.parametrize("question", ["Shall I pop a couple of Porch Cams in the post for you?",
                                      "Want me to drop two Porch Cams by the front desk?",
                                      "Would you like two Porch Cams for the carport?"])
def test_an_offer_to_send_taken_up_and_made_free_after_the_yes(question: str) -> None:
    got = _thread(f"{question}\n\nVera", "Yes please, that'd be lovely.\n\nOtto",
                  "Done, they're on their way. No charge of course.\n\nVera")
    assert got == [("v1", "o1", 398.0)]


def test_an_offer_to_send_that_is_then_billed_is_no_gift() -> None:
    got = _thread("Shall I pop a couple of Porch Cams in the post for you?\n\nVera",
                  "Yes please, that'd be lovely.\n\nOtto",
                  "Done, they're on their way. The invoice for $398 is attached.\n\nVera")
    assert got == []


@pytest.mark.parametrize("thanks", ["Many thanks for them.", "We're so grateful for both!"])
def test_things_that_arrived_thanked_by_a_pronoun(thanks: str) -> None:
    got = _thread(f"Two Yard Light Cams arrived at the substation on Friday. {thanks}\n\nOtto", first="o")
    assert got == [("v1", "o1", 498.0)]


def test_things_ordered_that_arrived_and_are_thanked_are_no_gift() -> None:
    got = _thread("The two Yard Light Cams we ordered arrived on Friday. Many thanks for them.\n\nOtto", first="o")
    assert got == []
