"""GIFT, PROMOTED and REFERRAL wording met by probe AU (a records portal's HTML export: a vendor of acoustic
sensors, a city's police department and its city hall, a lobbyist), each rule with a near case it leaves alone. Every
sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, msg, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    return gifts(run(vendor_thread(*bodies))[1])


def test_a_bill_sent_to_the_vendor_by_name_states_the_terms():
    """"..., all billed directly to Acme" names the vendor as who pays, as "billed directly to us" does; a bill sent to
    the reader's side ("billed to your department") is a sale."""
    assert _gifts("Your seats are confirmed. The two passes came to $310, billed straight to Acme.",
                  "Thank you very much!") == [("v1", "o1", 310.0)]
    assert _gifts("Your seats are confirmed. Two nights at the Quayside came to $276, charged directly to Acme.",
                  "Thank you very much!") == [("v1", "o1", 276.0)]
    assert _gifts("Your seats are confirmed. The two passes came to $310, billed to your department.",
                  "Thank you very much!") == []


def test_nothing_for_you_to_pay_states_the_terms():
    assert _gifts("Your hotel is booked: three nights at the Wexford, $612 in all. Nothing for you to pay.",
                  "Thanks so much!") == [("v1", "o1", 612.0)]
    assert _gifts("Your hotel is booked: three nights at the Wexford, $612 in all. Please pay at check-in.",
                  "Thanks so much!") == []


def test_a_cost_priced_in_the_sentence_before_the_terms_is_their_value():
    """"Two nights at the Wexford came to $612. Nothing for you to pay.": the cost priced right before the terms; a
    sentence before that sells ("you can pay at the desk") carries nothing."""
    assert _gifts("Hotel is sorted. Two nights at the Wexford came to $612. It's on us.",
                  "Many thanks!") == [("v1", "o1", 612.0)]
    assert _gifts("Hotel is sorted. Two nights at the Wexford came to $612 and you can pay at the desk. It's on us.",
                  "Many thanks!") == []


def test_costs_taken_on_then_priced_in_the_next_sentence():
    """"We'll cover your airfare and three nights at the Wexford. Airfare is about $380 and the Wexford's rate is $150 a
    night.": the costs priced after the sentence that takes them on, the nights counted there; a next sentence that
    asks or sells prices nothing given."""
    assert _gifts("We will cover your airfare and three nights at the Wexford. Airfare is about $380, and the "
                  "Wexford's rate is $150 a night.", "Thank you so much!") == [("v1", "o1", 830.0)]
    assert _gifts("We will cover your airfare. Airfare is $380.", "Thank you so much!") == [("v1", "o1", 380.0)]
    assert _gifts("We will cover your airfare and three nights at the Wexford. Could your department pay the $150 "
                  "a night for the hotel?", "Thank you so much!") == []


def test_the_vendor_named_as_the_one_who_will_cover_states_the_terms():
    """"Acme will cover round-trip airfare for you" says the terms as "we'll cover" does (no "your" needed); Acme
    covering the shipping does not."""
    assert _gifts("Acme will cover round-trip airfare and three nights at the Wexford for you. Airfare is about $380, "
                  "and the Wexford's rate is $150 a night.", "Thank you!") == [("v1", "o1", 830.0)]
    assert _gifts("Acme is picking up round-trip airfare for you. Airfare is about $380.", "Thank you!") == \
        [("v1", "o1", 380.0)]
    assert _gifts("Acme will cover the shipping for you. Shipping is about $38.", "Thank you!") == []


def test_travel_offered_then_booked_under_its_own_subject_is_one_gift():
    """Travel offered in one thread ("Invitation: the harbor demo") and confirmed as booked in another ("You're booked"),
    the booking to the invited reader and a colleague sent along: one gift each, worth what the booking says was
    spent. A second trip offered months later is a gift of its own."""
    invite = msg(VERA, [OTTO], "Invitation: the harbor demo", "Otto,\n\nWe will cover your airfare ($390) and two "
                 "nights at the Brightwater at $160 a night.\n\nVera Vendor\nAcme Cams", day=1)
    yes = msg(OTTO, [VERA], "RE: Invitation: the harbor demo", "Thank you. Olga and I will attend.\n\nOtto", day=2)
    booked = msg(VERA, [OTTO, OLGA], "You're booked", "Otto, Olga,\n\nYou are both booked. Airfare came to $402 "
                 "each, and two nights at the Brightwater at $160 a night, all billed directly to Acme.\n\nVera Vendor"
                 "\nAcme Cams", day=4)
    thanks = msg(OLGA, [VERA], "RE: You're booked", "Thanks so much!\n\nOlga", day=5)
    got = gifts(run([invite, yes, booked, thanks])[1])
    assert got == [("v1", "o1", 722.0), ("v1", "o2", 722.0)]


def test_a_day_said_to_suit_takes_an_invitation_up():
    """"Thursday works." answers "let me take you to dinner Thursday, my treat" with a yes; "Thursday works?" asks."""
    assert _gifts("Let me take you to lunch at the Fernery on Thursday, my treat.", "Thursday works.") == \
        [("v1", "o1", None)]
    assert _gifts("Let me take you to lunch at the Fernery on Thursday, my treat.", "Friday is good. Noon?") == \
        [("v1", "o1", None)]
    assert _gifts("Let me take you to lunch at the Fernery on Thursday, my treat.", "Does Thursday work for you?") == []


def test_a_shared_bill_told_afterwards_gives_the_readers_share():
    """What a meal came to "for the two of us" told afterwards by its giver: the reader's share said ("$71 of that was
    yours"), else the bill split by the heads said; a bill said of nobody stays whole."""
    offer = "Let me take you to dinner at the Fernery on Friday, my treat."
    assert _gifts(offer, "Sounds good, thank you.", "Lovely evening. The Fernery came to $150 for the two of us, so $71 "
                  "of that was yours.") == [("v1", "o1", 71.0)]
    assert _gifts(offer, "Sounds good, thank you.", "Lovely evening. The Fernery came to $150 for the three of us.") == \
        [("v1", "o1", 50.0)]
    assert _gifts(offer, "Sounds good, thank you.", "Lovely evening. Dinner came to $150 with the tip.") == \
        [("v1", "o1", 150.0)]


def test_seats_set_aside_for_the_reader_are_offered():
    """"I've set aside two tickets for you", "saved you two seats", "two seats with your name on them": hospitality
    offered, given once taken up; seats set aside at a course are a registration."""
    assert _gifts("I have set aside two tickets to the Lantern Ball for you ($180 each).", "Thank you, I'm able to "
                  "accept.") == [("v1", "o1", 360.0)]
    assert _gifts("We saved you two seats in our box for the Otters game, $95 apiece.", "Count me in!") == \
        [("v1", "o1", 190.0)]
    assert _gifts("I have set aside two seats for you at the certification course ($400 each).", "Thank you!") == []


def test_a_table_at_a_benefit_covered_for_the_readers_guests():
    """A table covered for the reader's guests at a dinner or a benefit is a cost taken on for them ("We'll cover a
    table for your guests - the table sponsorship is $1,800"); "the table below" is no cost."""
    assert _gifts("We will cover a table for your guests at the Riverside benefit - the table "
                  "sponsorship is $1,800.", "Gratefully accepted.") == [("v1", "o1", 1800.0)]
    assert _gifts("The table below lists the Porch Cam prices, $199 each.", "Thank you so much!") == []


def test_service_left_running_at_no_cost_with_its_list_value_said():
    """A vendor's mail that leaves a service running "at no cost to your office" and says what it is worth "at list"
    (no product, no vendor named in it): read, and a gift of that worth once thanked for (to the reader's unit: "your
    office")."""
    bodies = ("Good news. We'd like to leave the listening posts running through June at no cost to your office. "
              "At list that is $14,500 of monitoring.", "Thanks, much appreciated.")
    got = gifts(run([msg(VERA if i % 2 == 0 else OTTO, [OTTO if i % 2 == 0 else VERA], ("RE: " if i else "") + "Posts",
                         b + ("\n\nGreg" if i % 2 == 0 else "\n\nOtto"), day=i + 1) for i, b in enumerate(bodies)])[1])
    assert got == [("v1", "d1", 14500.0)]

