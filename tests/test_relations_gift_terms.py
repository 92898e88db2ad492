"""GIFT rules for terms said in other words: a giving verb used as a noun ("a call from the dispatch"), a unit after
a gift noun, "two X with a Y", costs "borne by us", a return journey, a learner's "instead to send it back". Found by
probe D (an invented drone vendor whose staff write English as a second language). Every message is invented for
these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, of_type, run
from test_relations import gift_triples as gifts


@pytest.mark.parametrize("line", [
    "The Porch Cam can ring the desk sergeant when a call comes from the dispatch.",
    "Every Porch Cam is tested before it goes in the mail.",
    "Spare Relay Chimes reach you by courier within a week of the order.",
])
def test_a_giving_verbs_noun_dispatch_mail_courier_gives_nothing(line):
    brochure = msg(VERA, [OTTO], "Our range", f"Otto,\n\n{line}")
    thanks = msg(OTTO, [VERA], "RE: Our range", "Thanks for the overview.", day=2)
    assert gifts(run([brochure, thanks])[1]) == []
    # the verb still gives
    sent = msg(VERA, [OTTO], "Spare", "Otto, we dispatch a Relay Chime to you today, free of charge.")
    assert gifts(run([sent])[1]) == [("v1", "o1", 29.0)]


@pytest.mark.parametrize("line", [
    "Two Porch Cams are shipped today as a gift to Quarry Division, no invoice.",
    "We send one Relay Chime free, as our donation to the Quarry Division.",
])
def test_a_gift_noun_before_to_a_unit_makes_the_unit_the_recipient_after_a_verb_of_motion(line):
    m = msg(VERA, [OTTO], "For the division", f"Otto,\n\n{line}")
    edges = run([m], FakeIndex().see(m))[1]
    assert [g[1] for g in gifts(edges)] == ["d1"]


def items(edges):
    return sorted((i["product"], i["quantity"]) for e in of_type(edges, "GIFT") for i in e.attrs["items"])


@pytest.mark.parametrize("line,expected", [
    ("We send three Porch Cams with a Relay Chime, free of charge.", [("p_chime", 3), ("p_door", 3)]),
    ("Four Porch Cams with their Relay Chime are yours at no cost.", [("p_chime", 4), ("p_door", 4)]),
    ("We send three Porch Cams with one Relay Chime, free of charge.", [("p_chime", 1), ("p_door", 3)]),
    ("We send three Porch Cams and a Relay Chime, free of charge.", [("p_chime", 1), ("p_door", 3)]),
])
def test_a_thing_that_comes_with_each_of_several_is_counted_for_each(line, expected):
    assert items(run([msg(VERA, [OTTO], "Kit", f"Otto,\n\n{line}")])[1]) == expected


@pytest.mark.parametrize("line", [
    "We invite you to the Acme user meeting in Oslo. Travel and lodging are borne by us, about $2,300 in total.",
    "We bear all expenses of the trip to the Acme plant, about $2,300 in total.",
])
def test_costs_borne_by_the_vendor_are_free_and_an_accepted_trip_is_a_gift(line):
    invite = msg(VERA, [OTTO], "Visit", f"Otto,\n\n{line}")
    yes = msg(OTTO, [VERA], "RE: Visit", "Happy to come, thank you.", day=2)
    assert gifts(run([invite, yes])[1]) == [("v1", "o1", 2300.0)]


@pytest.mark.parametrize("later", [
    "Your e-tickets are attached: out on May 3 and return May 8.",
    "The return flight lands at 6 pm; hotel and airfare are on us.",
])
def test_a_return_journey_is_no_loan_and_does_not_end_a_gift(later):
    invite = msg(VERA, [OTTO], "Visit", "Otto,\n\nWe bear all expenses of your trip to the Acme plant, about $1,900 in total.")
    yes = msg(OTTO, [VERA], "RE: Visit", "I accept, thank you.", day=2)
    tickets = msg(VERA, [OTTO], "RE: Visit", later, day=3)
    assert gifts(run([invite, yes, tickets])[1]) == [("v1", "o1", 1900.0)]
    # things sent back still end it
    back = msg(OTTO, [VERA], "RE: Visit", "On reflection I will return the tickets to you.", day=4)
    assert gifts(run([invite, yes, tickets, back])[1]) == []


@pytest.mark.parametrize("later", [
    "Instead to ship it back, please hold on to the Porch Cam, it is our gift.",   # a learner's "instead to"
    "Instead of sending it back, please hold on to the Porch Cam as our gift.",
])
def test_a_loan_whose_return_is_given_up_becomes_a_gift(later):
    lend = msg(VERA, [OTTO], "Trial", "Otto,\n\nWe lend you a Porch Cam for a 30-day trial, to be returned after.")
    later_m = msg(VERA, [OTTO], "RE: Trial", later, day=30)
    yes = msg(OTTO, [VERA], "RE: Trial", "Thank you, we will keep it.", day=31)
    assert gifts(run([lend, later_m, yes])[1]) == [("v1", "o1", 199.0)]
    assert gifts(run([lend, yes])[1]) == []  # the loan alone gives nothing


@pytest.mark.parametrize("offer,gift", [
    # nothing owed for things named: the invoice zeroed out, the charge written off; the terms after a comma
    ("Otto, I've zeroed out the invoice for your two Porch Cams.", True),
    ("We wrote off the charge for the two Porch Cams you kept.", True),
    ("Two Porch Cams for the Quarry break-ins, on me.", True),
    # an invoice replaced by another, and "on me" as owning a fault, give nothing
    ("We voided the invoice and sent a corrected one for your two Porch Cams.", False),
    ("The delay on your two Porch Cams is on me, sorry.", False),
])
def test_an_invoice_zeroed_or_the_terms_on_me_make_named_things_a_gift(offer, gift):
    ms = [msg(VERA, [OTTO], "Cams", offer), msg(OTTO, [VERA], "RE: Cams", "Very kind, thanks.", day=2)]
    assert gifts(run(ms)[1]) == ([("v1", "o1", 398.0)] if gift else [])
