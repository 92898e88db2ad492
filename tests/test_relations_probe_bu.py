"""Wording found by probe BU (Ring and the LAPD, an mbox by another hand): seats counted in one sentence, priced in
the next and made free in the third ("They're comp'd"), the short spelling of "comped" included. Every message is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer,value", [
    ("A client passed us three seats for Thursday's hockey game. They go for $120 apiece. All comp'd, bring the "
     "family.", 360.0),
    ("I have four tickets to the Sunday match. Face value runs $45 each. They're comped, just grab them at our front "
     "desk.", 180.0),
])
def test_seats_counted_then_priced_then_made_free(offer, value):
    thread = vendor_thread(f"Otto,\n\n{offer}", "Great, thanks Vera.")
    assert gifts_read(*thread) == [("v1", "o1", value)]


@pytest.mark.parametrize("offer", [
    "I can get you two seats for Saturday. They're $85 each. Not comped, sadly.",
    "I have four tickets to the Sunday match. Face value runs $45 each.",
])
def test_seats_priced_but_not_made_free_give_nothing(offer):
    thread = vendor_thread(f"Otto,\n\n{offer}", "OK, thanks Vera.")
    assert gifts_read(*thread) == []


@pytest.mark.parametrize("offer,value", [
    # a meal named bare after "take care of" (no "your" or "the" before it)
    ("Acme will take care of dinner for your squad after the drill. I booked the back room at Marlowe's, about $420 "
     "all in.", 420.0),
    # the giver's side the one billed
    ("I've ordered pizzas for your night shift from Gino's, $96 with delivery, and the bill comes to me.", 96.0),
])
def test_a_meal_the_giver_takes_care_of_or_is_billed_for(offer, value):
    thread = vendor_thread(f"Otto,\n\n{offer}", "Much appreciated.")
    assert gifts_read(*thread) == [("v1", "d1", value)]


@pytest.mark.parametrize("offer", [
    "We ordered the sandwiches for the meeting, $140; the invoice goes to your office.",
    "The caterer's bill comes to $380 for the spread. Please send a PO.",
])
def test_a_bill_sent_to_the_reader_or_an_amount_the_bill_comes_to_gives_nothing(offer):
    thread = vendor_thread(f"Otto,\n\n{offer}", "OK, thanks.")
    assert gifts_read(*thread) == []


LIST_OFFERS = [
    # each line priced: what the list says it is worth
    ("We'd like to set up a small display at the station. What we have in mind:\n - two Porch Cams (retail $180 each) "
     "at the door\n - one Yard Light Cam ($229) over the lot\n\nThis is our contribution to the Quarry Division. There "
     "will be no invoice, and they're yours to keep.", [("v1", "d1", 589.0)]),
    # no line priced: the catalogue's prices
    ("Here is what I can set aside for your crew:\n - three Relay Chimes\n - one Porch Cam Elite\n\nAll of it is on the "
     "house, keep them.", [("v1", "o1", 336.0)]),
    # the list is a quote, a loan: the terms under it are the carriage's or the trial's
    ("Here is the quote you asked for:\n - two Porch Cams ($180 each)\n - one Yard Light Cam ($229)\n\nThis is valid "
     "for 30 days. No charge for shipping.", []),
    ("For the pilot we can lend you:\n - two Porch Cams\n - one Yard Light Cam\n\nNo charge while the trial runs. "
     "Please send them back in June.", []),
]


@pytest.mark.parametrize("offer,gifts", LIST_OFFERS)
def test_terms_opening_the_paragraph_under_a_list_are_the_lists(offer, gifts):
    thread = vendor_thread(f"Otto,\n\n{offer}", "Very generous, thanks Vera!")
    assert gifts_read(*thread) == gifts


@pytest.mark.parametrize("offer,value", [
    ("I'd like you to have one of our Porch Cams for the house.", 199.0),
    ("We want you to have two Relay Chimes for the new place.", 58.0),
])
def test_wanting_the_reader_to_have_a_thing_gives_it(offer, value):
    thread = vendor_thread(f"Otto,\n\n{offer}", "Got it, thanks Vera.")
    assert gifts_read(*thread) == [("v1", "o1", value)]


@pytest.mark.parametrize("offer", [
    "I'd like you to have your IT folks test the Porch Cam on the network.",
    "I'd like you to have a look at the Porch Cam before Friday.",
    "We'd like you to have the Porch Cam ready for the demo.",
])
def test_wanting_the_reader_to_have_something_done_gives_nothing(offer):
    thread = vendor_thread(f"Otto,\n\n{offer}", "Sure, thanks Vera.")
    assert gifts_read(*thread) == []


def _world_where_cora_belongs_to_the_church():
    from test_relations import NODES, FakeIndex, Node

    c1 = NODES["c1"]
    nodes = {**NODES, "c1": Node(id=c1.id, kind=c1.kind, name=c1.name, aliases=c1.aliases, emails=c1.emails,
                                 attrs={**c1.attrs, "affiliation": "org_ch"})}
    return FakeIndex(nodes)


@pytest.mark.parametrize("answer,target", [
    # prizes for an event, sent to a civilian who belongs to the organisation holding it: the organisation's
    ("I'm sending six Relay Chimes directly to Cora for the raffle, no charge.", "org_ch"),
    ("Sure, I'm mailing a Porch Cam to Cora for the silent auction, on us.", "org_ch"),
    # a thing for the civilian's own use stays hers
    ("Sure, I'm mailing a Porch Cam to Cora for her porch, on us.", "c1"),
])
def test_prizes_sent_to_a_civilian_go_to_the_organisation_holding_the_event(answer, target):
    from test_relations import OTTO, VERA, gift_triples, msg, run

    ms = [msg(OTTO, [VERA], "Raffle", "Vera,\n\nCora's church holds a raffle every spring. Could Acme donate a few "
              "things for it? They can go straight to Cora.\n\nOtto", day=1),
          msg(VERA, [OTTO], "RE: Raffle", f"Otto,\n\n{answer}\n\nVera Vendor\nAcme Cams", day=2),
          msg(OTTO, [VERA], "RE: Raffle", "Thanks Vera!\n\nOtto", day=3)]
    assert [t[:2] for t in gift_triples(run(ms, _world_where_cora_belongs_to_the_church().see(*ms))[1])] == [
        ("v1", target)]


KIT = "I'd like you to have one of our porch kits for the house: a Porch Cam Elite and two Relay Chimes."


@pytest.mark.parametrize("offer,value", [
    # the price said of the things as one set, catalogue prices or not
    (f"{KIT} The kit lists at $259.", 259.0),
    (f"{KIT} The whole bundle retails for $259.", 259.0),
    # and what is also given beside the set adds its own worth (said, else the catalogue's)
    (f"{KIT} The kit lists at $259.\n\nI've also thrown in a Yard Light Cam, a $100 value. We'll cover both.", 359.0),
    (f"{KIT} The kit lists at $259.\n\nThere is also a Yard Light Cam in the box for you, all on us.", 508.0),
])
def test_a_set_priced_as_one_and_what_is_added_to_it(offer, value):
    thread = vendor_thread(f"Otto,\n\n{offer}", "Thanks Vera!")
    assert gifts_read(*thread) == [("v1", "o1", value)]


def test_prizes_go_to_the_organisation_the_civilian_signs_for():
    from test_relations import CORA, OTTO, VERA, FakeIndex, gift_triples, msg, run

    ms = [msg(OTTO, [VERA], "Raffle", "Vera,\n\nThe church raffle is next month. Could Acme donate a few Relay Chimes? "
              "They can go straight to Cora.\n\nOtto", day=1),
          msg(VERA, [OTTO], "RE: Raffle", "Otto,\n\nGladly. Six Relay Chimes are going out to Cora for the raffle today, "
              "no charge.\n\nVera Vendor\nAcme Cams", day=2),
          msg(CORA, [VERA], "RE: Raffle", "Vera, the box came this morning, thank you so much!\n\nCora Civilian\n"
              "Raffle chair, St. Ann Church", day=3)]
    assert [t[:2] for t in gift_triples(run(ms, FakeIndex().see(*ms))[1])] == [("v1", "org_ch")]
