"""Probe BZ: kinds of statement an invented release (a school-safety software vendor and a school district's police
department) showed the relations stage misreading. Every sentence is worded anew for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import AGENCY, OTTO, SID, VERA, FakeIndex, Profile, gift_triples, msg, run  # noqa: E402

from giftgraph.nlp.relations import extract_relations  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "I am recommending that the council extend the Porch Cam to every station next year.",
    "Frankly it's the best camera we've tried, and I'd propose that the county provide a Porch Cam for each of the "
    "nine stations.",
    "My advice: we should move that the commission give all patrol units a Yard Light Cam.",
])
def test_a_giving_proposed_for_others_to_decide_is_no_gift(sentence):
    ms = [msg(SID, [OTTO], "Budget item", f"Otto,\n\n{sentence}\n\nSid", day=3),
          msg(OTTO, [SID], "RE: Budget item", "Thank you Sergeant, this is very helpful.\n\nOtto", day=3, hour=10)]
    assert gift_triples(run(ms)[1]) == []


def test_the_writer_giving_is_still_a_gift_beside_a_proposal():
    ms = [msg(SID, [OTTO], "Budget item", "Otto,\n\nI'm sending you a Porch Cam, on the house.\n\nSid", day=3),
          msg(OTTO, [SID], "RE: Budget item", "Thank you Sergeant.\n\nOtto", day=3, hour=10)]
    assert gift_triples(run(ms)[1]) == [("s1", "o1", 199.0)]


@pytest.mark.parametrize("sentence,expected", [
    ("Otto, we've emailed a $150 Amazon gift card to you - a small thank-you from all of us.", [("v1", "o1", 150.0)]),
    ("Otto, I e-mailed a $60 restaurant gift card to you this morning, with our thanks.", [("v1", "o1", 60.0)]),
])
def test_a_gift_card_emailed_to_the_reader_is_sent(sentence, expected):
    assert gift_triples(run([msg(VERA, [OTTO], "Thanks", sentence + "\n\nVera Vendor\nAcme Cams")])[1]) == expected


@pytest.mark.parametrize("sentence", [
    "Otto, I've emailed the Porch Cam brochure to you.",
    "Otto, per my email, the Porch Cam is $199.",
])
def test_emailed_papers_and_the_noun_email_give_nothing(sentence):
    assert gift_triples(run([msg(VERA, [OTTO], "Info", sentence + "\n\nVera Vendor\nAcme Cams")])[1]) == []


@pytest.mark.parametrize("sentence", [
    "Three Porch Cams went out today, one each for Otto at Quarry, Olga at the harbor station and Sarge at Midtown. "
    "No charge.",
    "Three Porch Cams went out today, one each for Otto in dispatch, Olga over at Harbor and Sarge on nights. They're "
    "the officers' to keep.",
])
def test_one_each_for_people_said_with_where_they_work(sentence):
    ms = [msg(VERA, [SID], "For the squad", f"Sergeant,\n\n{sentence}\n\nVera Vendor\nAcme Cams", day=3)]
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 199.0), ("v1", "o2", 199.0), ("v1", "s1", 199.0)]


@pytest.mark.parametrize("sentence,expected", [
    ("Hi Otto, as our thanks we've sent a $40 coffee gift card to your inbox (look in the spam folder if you don't "
     "see it).", [("v1", "o1", 40.0)]),
    ("Otto, two Porch Cams shipped to you today, on the house - call me if they haven't arrived by Friday.",
     [("v1", "o1", 398.0)]),
])
def test_word_asked_of_a_delivery_gone_astray_is_no_condition(sentence, expected):
    assert gift_triples(run([msg(VERA, [OTTO], "Parcel", sentence + "\n\nVera Vendor\nAcme Cams")])[1]) == expected


def test_a_real_condition_after_if_still_holds_the_gift_back():
    sentence = "Otto, we've set aside two Porch Cams for you, on the house, if the council doesn't object."
    assert gift_triples(run([msg(VERA, [OTTO], "Parcel", sentence + "\n\nVera Vendor\nAcme Cams")])[1]) == []


@pytest.mark.parametrize("after", [
    "Thanks for having us. For your records, the deli's bill came to $640 with delivery, and we paid it in full.",
    "Good to see everyone. Lunch came to $640 all told and we paid it, so nothing is owed.",
])
def test_what_hospitality_came_to_is_its_worth_when_the_giver_says_they_paid_it(after):
    ms = [msg(VERA, [OTTO], "Lunch", "Otto,\n\nWe're bringing lunch for your training day Friday, on us.\n\n"
              "Vera Vendor\nAcme Cams", day=3),
          msg(VERA, [OTTO], "Friday", f"Otto,\n\n{after}\n\nVera Vendor\nAcme Cams", day=6)]
    triples = gift_triples(run(ms)[1])
    assert {(g, r) for g, r, _ in triples} == {("v1", "o1")}
    assert sum(v or 0 for *_, v in triples) == 640.0


@pytest.mark.parametrize("sentence,expected", [
    ("Otto, a fleece jacket is on its way to you - they sell for $68 in our web shop, but yours is on the house.",
     [("v1", "o1", 68.0)]),
    ("Otto, I've left a Porch Cam at your front desk; they sell for $199 at retail, but this one is free.",
     [("v1", "o1", 199.0)]),
])
def test_what_the_things_sell_for_said_before_they_are_given_is_no_sale(sentence, expected):
    assert gift_triples(run([msg(VERA, [OTTO], "Parcel", sentence + "\n\nVera Vendor\nAcme Cams")])[1]) == expected


@pytest.mark.parametrize("sentence", [
    "Otto, we can sell you a fleece jacket for $68, and the shipping is free.",
    "Otto, I sold the old Porch Cam for $80 and the mount is free.",
])
def test_selling_to_the_reader_is_still_a_sale(sentence):
    assert gift_triples(run([msg(VERA, [OTTO], "Parcel", sentence + "\n\nVera Vendor\nAcme Cams")])[1]) == []


class _DomainProfile(Profile):
    """The agency's addresses belong to the Metro Police Department, as a profile's domains say."""

    @staticmethod
    def domain_info(email: str) -> dict:
        return {"organization": "Metro Police Department", "role": "officer"} if email.endswith("@" + AGENCY) else {}


@pytest.mark.parametrize("sentence", [
    "Sergeant, nine fleece jackets are on their way for your crew - on the house.",
    "Sergeant, a box of our ball caps went out today for all your deputies, with our compliments.",
])
def test_things_for_the_crew_of_a_reader_of_no_known_unit_go_to_their_organisation(sentence):
    ms = [msg(VERA, [SID], "Parcel", sentence + "\n\nVera Vendor\nAcme Cams")]
    edges = extract_relations(ms, {}, FakeIndex().see(*ms), _DomainProfile())[1]
    assert [(g, r) for g, r, _ in gift_triples(edges)] == [("v1", "org_a")]


def _trip_told(offer: str, memo: str) -> list:
    """Vera's invitation, unanswered in its thread; Otto's later note to his sergeant of what Acme paid."""
    ms = [msg(VERA, [OTTO], "Panel invite", f"Hi Otto,\n\n{offer}\n\nVera Vendor\nAcme Cams", day=2),
          msg(OTTO, [SID], "Disclosure - forum travel", f"Sarge,\n\n{memo}\n\nOtto", day=20)]
    return gift_triples(extract_relations(ms, {}, FakeIndex().see(*ms), _DomainProfile())[1])


_LISTED = ("Per policy, here is what Acme picked up for the Reno forum. Acme paid for:\n"
           "- registration: $450\n- airfare RNO: $289.40\n- hotel, 3 nights at $150/night: $450")


@pytest.mark.parametrize("offer", [
    "If you can make it, your registration (normally $450) will be waived and we'll book your flight and your hotel.",
    "We would take care of your airfare and the hotel for the Reno forum.",
    "If you're able to join us, we'll cover your registration and pay for your flights and lodging.",
])
def test_trip_costs_taken_on_are_a_gift_when_the_reader_later_discloses_what_was_paid(offer):
    assert _trip_told(offer, _LISTED) == [("v1", "o1", 1189.4)]


def test_costs_paid_said_in_one_sentence_count_the_same():
    memo = "For the gift register: Acme paid for my registration ($450), airfare ($300) and hotel ($450), $1,200 in all."
    assert _trip_told("We'll take care of your registration, your flight and your hotel.", memo) == [("v1", "o1", 1200.0)]


@pytest.mark.parametrize("offer", [
    "If your agency renews by March, we'll cover your hotel for the forum.",
    "The forum is in Reno; you'll need to book your flight and hotel yourself.",
])
def test_a_trip_offered_on_a_condition_or_paid_by_the_reader_stays_no_gift(offer):
    assert _trip_told(offer, "Sarge, I'll be at the Reno forum next week, paid my own way.") == []


@pytest.mark.parametrize("sentence,unit", [
    ("The Quarry Division Porch Cams were comped for the pilot project, so no bill is coming for those.", "d1"),
    ("All the St. Ann Church Porch Cams are on us, nothing to pay.", "org_ch"),
])
def test_things_named_as_a_units_at_the_head_of_the_sentence_are_that_units(sentence, unit):
    ms = [msg(VERA, [SID], "Billing", f"Sergeant,\n\n{sentence}\n\nVera Vendor\nAcme Cams", day=3)]
    assert [(g, r) for g, r, _ in gift_triples(run(ms, FakeIndex().see(*ms))[1])] == [("v1", unit)]


@pytest.mark.parametrize("sentence,each", [
    ("Three tablets went out this morning, one each for Otto, Olga and Sarge, no charge. Those run $349 apiece.", 349.0),
    ("Three Porch Cams went out today, one each for Otto, Olga and Sarge, compliments of Acme.", 199.0),
])
def test_one_each_list_ends_at_the_name_after_and(sentence, each):
    ms = [msg(VERA, [SID], "For the squad", f"Sergeant,\n\n{sentence}\n\nVera Vendor\nAcme Cams", day=3)]
    assert gift_triples(run(ms, FakeIndex().see(*ms))[1]) == [("v1", "o1", each), ("v1", "o2", each), ("v1", "s1", each)]
