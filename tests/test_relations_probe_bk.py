"""GIFT readings from probe BK's kinds of sentences, in wording written for these tests (no sentence comes from the
release): tickets that are the reader's "if you and the family want them" (the reader wanting them with their own
people is no condition the gift waits on)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import gift_triples, run, vendor_thread  # noqa: E402


def test_tickets_yours_if_you_and_your_people_want_them():
    _, edges = run(vendor_thread(
        "Otto,\n\nI ended up with three seats for Sunday's playoff game that nobody here can use. They're yours if you "
        "and your kids want them; face value is $64 each.",
        "Vera, the kids will be thrilled. Yes, thank you!", subject="Sunday"))
    assert gift_triples(edges) == [("v1", "o1", 192.0)]


def test_tickets_yours_if_you_or_your_partner_would_like_them_said_in_the_offer():
    _, edges = run(vendor_thread(
        "Otto,\n\nWe have a pair of courtside tickets for Friday's game that would otherwise go unused, and they're "
        "yours if you or your partner would like them. Face value is $90 apiece.",
        "That's generous of you, Vera. We'd love to go.", subject="Friday"))
    assert gift_triples(edges) == [("v1", "o1", 180.0)]


def test_a_gift_basket_sent_to_the_reader_is_a_gift_with_no_price_said():
    _, edges = run(vendor_thread(
        "Otto,\n\nWith the year winding down, we have a fruit basket headed your way. Thanks for being such a "
        "good partner.",
        "Vera, it came this morning and it's already half gone. Thank you!", subject="Season's greetings"))
    assert gift_triples(edges) == [("v1", "o1", None)]


def test_gift_baskets_sold_are_no_gift():
    _, edges = run(vendor_thread(
        "Otto,\n\nOur holiday baskets are $45 each this year. Want me to put in an order for the unit?",
        "Sure, put us down for three and invoice the department.", subject="Baskets"))
    assert gift_triples(edges) == []


def test_costs_covered_then_priced_amount_first_in_the_next_sentence():
    """"... cover your airfare and two nights at the Marlowe. I'm figuring around $380 for the airfare and $189 a night
    for the hotel.": each amount said before the cost it is for, the nights counted in the sentence before."""
    _, edges = run(vendor_thread(
        "Otto,\n\nIf you're able to attend, we'll cover your airfare and two nights at the Marlowe. I'm figuring around "
        "$380 for the airfare and $189 a night for the hotel.",
        "Vera, thank you. I'd be glad to accept; I'll send my dates.", subject="Expo"))
    assert gift_triples(edges) == [("v1", "o1", 758.0)]


def test_places_held_for_a_pair_then_said_free_go_to_both():
    """"I've kept two spots in our foursome for you and Olga. Green fees, carts and the lunch after are on Acme. The
    course charges $160 a golfer, but no bill will come your way.": the pair the places are held for, each at the price
    a golfer."""
    from test_relations import OLGA, OTTO, VENDOR_SIG, VERA, msg
    offer = msg(VERA, [OTTO], "Pine Ridge", "Otto,\n\nOur member day is the 9th at Pine Ridge. I've kept two spots in our "
                                            "foursome for you and Olga. Green fees, carts and the lunch after are on Acme. "
                                            "The course charges $160 a golfer, but no bill will come your way."
                + VENDOR_SIG, cc=[OLGA], day=1)
    yes = msg(OLGA, [VERA], "RE: Pine Ridge", "Count me in, Vera. Thank you!\n\nOlga", cc=[OTTO], day=2)
    _, edges = run([offer, yes])
    assert gift_triples(edges) == [("v1", "o1", 160.0), ("v1", "o2", 160.0)]


def _with_uncatalogued_module():
    """The test world plus a module no catalogue prices (the drafted profile of a release that prints no price list)."""
    from test_relations import NODES, FakeIndex, _node
    nodes = dict(NODES)
    nodes["p_park"] = _node("p_park", "product", "ParkPulse Analytics", ["ParkPulse"], unit_price_usd=None)
    return FakeIndex(nodes)


def test_a_module_given_for_a_year_is_worth_its_regular_price_said_with_the_thing_between():
    """"... complimentary for the first year. Retail on that is $9,800 a year.": the regular price of the thing given,
    with "on that" between the word and the amount, when no catalogue prices it."""
    from test_relations import Profile

    from giftgraph.nlp.relations import extract_relations
    ms = vendor_thread(
        "Otto,\n\nWe'd like to turn on ParkPulse Analytics for your division, complimentary for the first year. Retail on "
        "that is $9,800 a year.", "Thank you, Vera, we'll gladly take it.", subject="ParkPulse")
    _, edges = extract_relations(ms, {}, _with_uncatalogued_module().see(*ms), Profile())
    assert [(e.source, e.attrs["value_usd"]) for e in edges if e.type == "GIFT"] == [("v1", 9800.0)]


def test_a_product_named_in_a_clause_of_reason_before_the_giving_is_no_item():
    """"Because your team piloted the Porch Cam for us, we're adding ParkPulse Analytics to your account at no charge for
    a year.": the Porch Cam is why, only ParkPulse is given."""
    from test_relations import Profile

    from giftgraph.nlp.relations import extract_relations
    ms = vendor_thread(
        "Otto,\n\nBecause your team piloted the Porch Cam for us, we're adding ParkPulse Analytics to your account at no "
        "charge for a year. Retail on that is $9,800 a year.", "Much appreciated, Vera. Thank you.", subject="Thanks")
    _, edges = extract_relations(ms, {}, _with_uncatalogued_module().see(*ms), Profile())
    gifts = [e for e in edges if e.type == "GIFT"]
    assert [(e.source, [i["product"] for i in e.attrs["items"]]) for e in gifts] == [("v1", ["p_park"])]
