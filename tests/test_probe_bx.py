"""Wording found by probe BX (a mobile-forensics vendor and a county district attorney's office): a cost the writer's
side "has covered" and what the thing "normally runs"; a place on a course priced in brackets and taken with "sign me
up"; an amount of several things in brackets is no price of one; a code "any public agency can use" or that "is on our
website" is nobody's to hand out; "the office's licence" written to someone of an organisation called an office is the
organisation's; "I would recommend it" after the vendor's name vouches for the vendor, and so does putting the thing "at
the top of the list". Every message is invented for
these tests (the small world of ``test_relations.py``, the drafted-profile world of ``test_profile_draft.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted
from test_relations import AGENCY, NODES, FakeIndex, Profile, _node, gift_triples, gifts_read, vendor_thread
from test_relations_promoted_use import promoted
from test_relations_referral_public_code import referrals

from giftgraph.nlp.relations import extract_relations


@pytest.mark.parametrize("offer", [
    "Don't worry about the tuition for the Night Imaging Essentials class - normally it runs $900 but we've got that "
    "covered on our end.",
    "Good news: I held a seat in the October Night Imaging Essentials class for you. The tuition usually costs $900; "
    "we have it covered.",
])
def test_a_cost_the_writers_side_has_covered_is_given_worth_what_it_normally_runs(offer):
    assert gifts_read(*vendor_thread(offer, "Thanks, I'll be there.")) == [("v1", "o1", 900.0)]


@pytest.mark.parametrize("reply", ["Excellent, sign me up.", "Great - put me down for October."])
def test_a_course_place_priced_in_brackets_and_asked_for_is_a_gift(reply):
    offer = ("Three deputies from Marlow County signed up with your code, so under the partner program you've earned a "
             "place in Night Imaging Essentials (a $900 class) on the house. I'll hold the October dates for you.")
    assert gifts_read(*vendor_thread(offer, reply)) == [("v1", "o1", 900.0)]


def test_an_amount_of_several_things_in_brackets_is_no_price_of_one(tmp_path):
    v, a = ("Iselin Brask", "ibrask@tallowby.example"), ("Kofi Mensah", "kmensah@harrowcounty.gov")
    vs = "\n\nIselin Brask\nAccount Manager\nTallowby Systems\n"
    as_ = "\n\nKofi Mensah\nPurchasing Agent\nHarrow County Sheriff's Office\n"
    f = drafted(tmp_path, [
        (v, [a], "Tallowby pricing", "Mr. Mensah,\n\nOur prices:\n\n  Tallowby Probe ....... $2,400 each\n"
         "  Tallowby Dock ........ $600 each\n\nHappy to demo the Tallowby Probe any time." + vs),
        (a, [v], "RE: Tallowby pricing", "Iselin, we'll order three Tallowby Probes and a Tallowby Dock." + as_),
        (v, [a], "RE: Tallowby pricing", "Thank you, the Tallowby Probes ship Monday." + vs),
        (a, [v], "Invoice 2291", "Iselin, invoice 2291 for three Tallowby Probes ($7,200) was paid today." + as_),
    ])
    prices = {p["name"]: p.get("unit_price_usd") for p in f["products"]["products"]}
    assert prices.get("Probe") == 2400 and prices.get("Dock") == 600


@pytest.mark.parametrize("body", [
    "Through August any county agency can use HARVEST20 at checkout for 20% off a Porch Cam.",
    "HARVEST20 takes 20% off a Porch Cam until August. It's on our website, so pass it around.",
])
def test_a_code_any_agency_may_use_or_printed_on_the_website_is_no_referral(body):
    assert referrals(body.replace("HARVEST20", "BLOOM15")) == []


class _SheriffsProfile(Profile):
    """The small world's rules, its agency's addresses belonging to a sheriff's office."""

    @staticmethod
    def domain_info(email: str) -> dict:
        return {"organization": "Marlow County Sheriff's Office"} if email.endswith(AGENCY) else {}


def test_the_offices_licence_is_the_organisation_called_an_office():
    nodes = dict(NODES, org_a=_node("org_a", "organization", "Marlow County Sheriff's Office", ["MCSO"]))
    thread = vendor_thread("As a thank-you for the pilot, we've added a sixth Porch Cam Elite seat to the office's plan "
                           "for the year at no charge.", "Received and logged, thank you.")
    _, edges = extract_relations(thread, {}, FakeIndex(nodes).see(*thread), _SheriffsProfile())
    assert [(s, t) for s, t, _ in gift_triples(edges)] == [("v1", "org_a")]
    # things on their way to the reader's office are where they go, not the organisation's (the reader's, or their unit's)
    thread = vendor_thread("A little thank-you is on its way to your office: a Relay Chime, on us.", "Got it, thanks!")
    _, edges = extract_relations(thread, {}, FakeIndex(nodes).see(*thread), _SheriffsProfile())
    assert [t for _, t, _ in gift_triples(edges)] in (["o1"], ["d1"])


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Acme has changed how fast we close burglaries. I would recommend it to any department.",
    'Sure, quote me: "Acme cut our canvass time in half. I\'d recommend it to any agency our size."',
])
def test_recommending_it_after_the_vendors_name_vouches_for_the_vendor(parser, body):
    assert promoted(parser, body) == [("o1", "org_v")]


@pytest.mark.model
def test_it_after_the_vendors_call_is_not_the_vendor(parser):
    assert promoted(parser, "Acme called this morning about the demo. I would not recommend it.") == []


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "For the budget memo: I would put the Porch Cam at the top of the list. It caught two burglars nothing else could.",
    "The Porch Cam is first on my list for next year.",
])
def test_the_thing_put_at_the_top_of_the_list_is_endorsed(parser, body):
    assert promoted(parser, body) == [("o1", "p_door")]


@pytest.mark.model
def test_a_request_at_the_top_of_the_list_endorses_nothing(parser):
    assert promoted(parser, "I put the overtime request at the top of the list for Monday.") == []
