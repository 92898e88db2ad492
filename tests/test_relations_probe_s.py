"""Wording met by probe S (a plate-reader vendor and a city police department, one OCR'd text file printed from
Outlook), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world
of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, SID, VERA, FakeIndex, msg, of_type, run
from test_relations import gift_triples as gifts


@pytest.mark.parametrize("said", [
    "I’d recommend the Porch Cam to any precinct that is short on detectives.",
    "I’ve been recommending the Porch Cam to every block captain I meet.",
])
def test_an_endorsement_typed_with_a_curly_apostrophe_is_read(said):
    """Outlook types "I'd" as "I’d": the lexicon's phrases written with ' match it."""
    ask = msg(VERA, [OTTO], "Flyer", "Otto, would you say a word about the Porch Cam for our flyer?")
    said_it = msg(OTTO, [VERA], "RE: Flyer", f"Vera,\n\n{said}\n\nOtto", day=2)
    assert [(e.source, e.target) for e in of_type(run([ask, said_it])[1], "PROMOTED")] == [("o1", "p_door")]


def test_a_refusal_typed_with_a_curly_apostrophe_declines():
    offer = msg(VERA, [OTTO], "Porch Cams", "Otto, we’d like to give you two Porch Cams, no charge.")
    no = msg(OTTO, [VERA], "RE: Porch Cams", "Vera, that’s kind, but I can’t accept them.", day=2)
    assert gifts(run([offer, no])[1]) == []


@pytest.mark.parametrize("q", ["'", "\u2019"])
def test_a_loan_the_vendor_says_not_to_send_back_is_a_gift_to_the_unit(q):
    """"don't send them back - the two cameras are the X Division's to keep": the negated return hands the lent things
    over (typed with either apostrophe); "send them back" alone keeps them lent."""
    lend = msg(VERA, [OTTO], "Loaner", "Otto, sure: two Porch Cams on a 90-day loan, they go out Monday. "
               "Please mail them back when the case is closed.\n\nVera\nAcme Cams")
    ask = msg(OTTO, [VERA], "RE: Loaner", "Vera, case closed. Where should the two cameras go back to?", day=5)
    keep = msg(VERA, [OTTO], "RE: Loaner", f"Otto, don{q}t send them back - the two cameras are the Quarry "
               f"Division{q}s to keep, no charge.", day=6)
    thanks = msg(OTTO, [VERA], "RE: Loaner", "Thank you Vera, the division will put them to good use.", day=7)
    ms = [lend, ask, keep, thanks]
    assert gifts(run(ms, FakeIndex().see(*ms))[1]) == [("v1", "d1", 398.0)]
    back = msg(VERA, [OTTO], "RE: Loaner", "Otto, great news. Just send them back to our depot, labels attached.", day=6)
    ms = [lend, ask, back, thanks]
    assert gifts(run(ms, FakeIndex().see(*ms))[1]) == []


def test_a_giving_verb_after_without_gives_nothing():
    """"results without adding headcount" in an officer's praise is no offer of the product named beside it."""
    ask = msg(VERA, [OTTO], "Flyer", "Otto, would you give us two lines on the Porch Cam for the flyer?")
    said = msg(OTTO, [VERA], "RE: Flyer", "Vera,\n\nI would recommend Porch Cam to any chief who wants coverage "
               "without adding overtime.\n\nOtto", day=2)
    thanks = msg(VERA, [OTTO], "RE: Flyer", "That's perfect, thank you!!", day=3)
    assert gifts(run([ask, said, thanks])[1]) == []
    offer = msg(VERA, [OTTO], "Cams", "Otto, we are adding two Porch Cams to your account, no charge.\n\nVera\nAcme Cams")
    yes = msg(OTTO, [VERA], "RE: Cams", "Thanks Vera, got them.", day=2)
    assert gifts(run([offer, yes])[1]) == [("v1", "o1", 398.0)]


@pytest.mark.parametrize("cond, value", [
    ("If you can make it, we\u2019ll cover your airfare (around $380 round trip) and three nights at the Hotel Larimer "
     "at $245 a night.", 1115.0),
    ("If you\u2019re able to attend, we will cover your flight ($410) and your registration ($295).", 705.0),
])
def test_travel_offered_if_the_reader_can_come_is_a_gift_of_its_priced_costs(cond, value):
    """"if you can make it" asks the reader to come (the answer the offer waits on), no condition on the gift; costs
    priced apart add up, a price a night times the nights."""
    offer = msg(VERA, [OTTO], "Summit", f"Otto,\n\nWe'd love you on the panel at the Acme user summit in May. {cond}\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Summit", "Vera, I'm in - go ahead and book it.\n\nOtto", day=3)
    assert gifts(run([offer, yes])[1]) == [("v1", "o1", value)]


def test_travel_offered_if_the_reader_buys_stays_conditional():
    offer = msg(VERA, [OTTO], "Summit", "Otto,\n\nIf your department signs the contract, we\u2019ll cover your airfare "
                "(around $380) and three nights at the Hotel Larimer at $245 a night.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Summit", "Vera, noted - go ahead and book it.\n\nOtto", day=3)
    assert gifts(run([offer, yes])[1]) == []


def test_a_group_thanking_an_officer_for_what_the_officers_unit_was_given_is_the_officers_gift_to_it():
    """Given to the officer's division, then thanked for by an outside group in a thread of its own: the officer
    handed them on (as when given to the officer); thanks to an officer of no such unit are not."""
    offer = msg(VERA, [OTTO], "Pilot", "Otto, Acme would like to donate two Porch Cams to Quarry Division for the "
                "church pilot, no charge.")
    yes = msg(OTTO, [VERA], "RE: Pilot", "Vera, we'd be happy to accept the two Porch Cams. Thanks!", day=2)
    thanks = msg(CORA, [OTTO], "Thank you!!", "Dear Otto, on behalf of St. Ann Church thank you for the two Porch Cams "
                 "you and your officers put up at our doors.", day=20)
    ms = [offer, yes, thanks]
    assert gifts(run(ms, FakeIndex().see(*ms))[1]) == [("o1", "org_ch", 398.0), ("v1", "d1", 398.0)]
    other = msg(CORA, [SID], "Thank you!!", "Dear Sid, on behalf of St. Ann Church thank you for the two Porch Cams "
                "you put up at our doors.", day=20)
    ms = [offer, yes, other]
    assert gifts(run(ms, FakeIndex().see(*ms))[1]) == [("v1", "d1", 398.0)]


def test_a_service_waived_for_the_department_is_worth_the_value_said_after_it():
    """"That's a $9,500 value" after a free thing no catalogue lists: what it is worth."""
    offer = msg(VERA, [OTTO], "Analytics", "Otto,\n\nWhatever the council decides: we\u2019re waiving the first year of "
                "the SkyLedger analytics subscription for Metro Police Department. That\u2019s a $9,500 value, and "
                "there\u2019s no obligation to renew.\n\nVera\nAcme Cams")
    yes = msg(OTTO, [VERA], "RE: Analytics", "Vera, we accept, with thanks.\n\nOtto", day=2)
    ms = [offer, yes]
    assert gifts(run(ms, FakeIndex().see(*ms))[1]) == [("v1", "org_a", 9500.0)]


def test_a_meal_that_runs_about_an_amount_and_is_our_treat_is_worth_it():
    offer = msg(VERA, [OTTO], "Lunch", "Otto, we\u2019d love to feed your crew on Friday. Marco\u2019s Deli does a "
                "sandwich tray for about 40 people, it runs about $600 and it\u2019s our treat.\n\nVera\nAcme Cams")
    yes = msg(OTTO, [VERA], "RE: Lunch", "Ha, they\u2019d never forgive me if I said no. Thank you Vera!", day=2)
    # (a tray for about 40 people is the reader's unit's: Otto's Quarry Division)
    assert gifts(run([offer, yes])[1]) == [("v1", "d1", 600.0)]
    sale = msg(VERA, [OTTO], "Lunch", "Otto, Marco\u2019s Deli does a sandwich tray for about 40 people, it runs about "
               "$600; here is their menu if you want to order.\n\nVera\nAcme Cams")
    assert gifts(run([sale, yes])[1]) == []
