"""GIFT rules for things no catalogue lists (probe F): trips, meals, tickets, gift cards and swag, each with its
value stated in the wording a vendor uses for them. Every message is invented for these tests (the small world
of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, msg, of_type, run
from test_relations import VENDOR_SIG as SIG
from test_relations import vendor_thread as thread


def gifts(messages):
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in of_type(run(messages)[1], "GIFT"))


# -- fix 1: the giver saying it has paid what it offered to pay ends nothing --------------------------------
def test_the_giver_reporting_the_trip_paid_keeps_the_gift():
    offer = ("We'd like to fly you out to the Lakeshore forum in May: we'll pay your flight and two nights at the inn, "
             "about $900 all told, on us.")
    yes = "Count me in, thank you."
    assert gifts(thread(offer, yes, "Everything is booked and your flight has been paid. Safe travels!")) == [("v1", "o1", 900.0)]
    assert gifts(thread(offer, yes, "Both nights at the inn are already paid for.")) == [("v1", "o1", 900.0)]


def test_a_bill_to_the_reader_after_all_still_ends_the_gift():
    offer = "We'll pay your flight and two nights at the inn, about $900 all told, on us."
    assert gifts(thread(offer, "Count me in.", "Change of plan, sorry: the $900 has to be invoiced to you.")) == []
    assert gifts(thread(offer, "Count me in.", "Your fare is paid by you and reimbursed later.")) == []


# -- fix 2: the terms said of what is past ("lunch was on us"); "came to" states the amount -------------------
def test_a_meal_the_vendor_says_was_its_treat_is_a_gift_of_the_amount_it_came_to():
    body = "Good to see you at the harbour grill on Tuesday. Lunch was on us; your plate came to roughly $85."
    assert gifts([msg(VERA, [OTTO], "Tuesday", body + SIG)]) == [("v1", "o1", 85.0)]


def test_terms_said_of_the_past_in_a_question_or_of_a_trial_give_nothing():
    assert gifts([msg(VERA, [OTTO], "Tuesday", "Was lunch on us last time, about $85?" + SIG)]) == []
    assert gifts([msg(VERA, [OTTO], "Trial", "The first month was free; from June the plan comes to $40 per seat." + SIG)]) == []


# -- fix 3: a gift card is worth the amount printed on it -----------------------------------------------------
def test_a_gift_card_sent_as_thanks_is_worth_its_face_amount():
    ms = thread("As a thank-you for all the pilot feedback, a $75 bookshop gift card is in the post to you.",
                "It turned up today, thank you!")
    assert gifts(ms) == [("v1", "o1", 75.0)]


def test_a_gift_card_as_a_prize_to_be_won_or_sold_gives_nothing():
    assert gifts(thread("Every agency that books a demo is entered in a draw for a $100 gift card.", "Noted.")) == []
    assert gifts(thread("We sell $50 gift certificates for the training store; invoice attached for ten.", "Thanks.")) == []


# -- fix 4: several things no catalogue lists, priced each, then handed over ---------------------------------
def test_tickets_priced_each_then_handed_over_are_worth_the_count_times_the_price():
    ms = thread("I'm holding three seats for the orchestra's opening night on Friday, $95 each. They're on us!",
                "Picked them up at the box office, many thanks.")
    assert gifts(ms) == [("v1", "o1", 285.0)]


def test_things_priced_each_for_sale_or_on_a_date_give_nothing_more():
    assert gifts(thread("Gala tickets are $95 each. Let me know how many you'd like to buy.", "Two, please.")) == []
    # the day of the month is no count
    ms = thread("The gala is on March 12, seats at $95 apiece. Yours is on us!", "Thanks!")
    assert all(v != 12 * 95.0 for _, _, v in gifts(ms))


# -- fix 5: swag is given away; a maybe that only guesses the amount does not make the giving a maybe ---------
def test_swag_in_the_post_with_a_guessed_value_is_a_gift():
    ms = thread("Dropping some company swag in the post for you, a cap and two water bottles, perhaps $30 in all.",
                "Got the box, thanks!")
    assert gifts(ms) == [("v1", "o1", 30.0)]


def test_a_maybe_about_the_giving_itself_still_gives_nothing():
    assert gifts(thread("Maybe we can send you some swag sometime, perhaps $30 in all.", "Sure.")) == []


# -- probe H: a free sentence ending with a colon, the things listed under it, the value under the list ----------
def test_a_list_of_travel_under_a_free_colon_line_takes_the_value_stated_under_the_list():
    offer = ("We'd love to have you on the opening panel of our spring summit. Acme will pay for your trip:\n"
             "- Return train tickets\n- Two nights at the harbour hotel\n- A summit pass\n\nTotal value: $1,150.")
    assert gifts(thread(offer, "Wonderful, we accept with thanks.")) == [("v1", "o1", 1150.0)]
    sold = ("Your trip package for the summit is priced as follows:\n- Return train tickets\n- Two nights at the hotel\n\n"
            "Total: $1,150, invoiced to the department.")
    assert gifts(thread(sold, "Wonderful, we accept.")) == []  # a sale, listed the same way


# -- probe I: a gift card is a present by its nature, even with no word of "free"; several cards of one face ---
def test_a_gift_card_sent_without_any_word_of_free_is_a_gift():
    ms = thread("I've just emailed you a $60 bookshop gift card.", "Came through, much obliged.")
    assert gifts(ms) == [("v1", "o1", 60.0)]


def test_gift_cards_sold_or_raffled_still_give_nothing():
    assert gifts(thread("Could we buy ten $25 gift cards for the cadets? Please send an invoice.", "Invoice attached.")) == []
    assert gifts(thread("Every agency that books a demo is entered in a draw for a $100 gift card.", "Noted.")) == []


def test_a_count_of_cards_of_one_face_is_worth_the_count_times_the_face():
    ms = thread("Three $20 coffee gift cards went out to you by post yesterday.", "Got them, cheers.")
    assert gifts(ms) == [("v1", "o1", 60.0)]


def test_a_total_in_brackets_is_the_value_not_a_unit_price():
    ms = thread("I mailed you four $30 cinema gift cards ($120 altogether) this morning.", "Arrived, thanks.")
    assert gifts(ms) == [("v1", "o1", 120.0)]


# -- probe I: the vendor naming itself as the one who paid ("which Acme paid") ---------------------------------
def test_a_meal_the_vendor_says_it_paid_by_its_own_name_is_a_gift_of_the_amount():
    body = "Thanks for coming on Tuesday. For your records, your dinner came to $212.40, which Acme paid."
    assert gifts([msg(VERA, [OTTO], "Tuesday", body + SIG)]) == [("v1", "o1", 212.4)]


def test_a_meal_the_reader_paid_or_was_billed_for_stays_a_sale():
    assert gifts([msg(VERA, [OTTO], "Tuesday", "Dinner for the four of you came to $212.40, which you paid." + SIG)]) == []
    assert gifts([msg(VERA, [OTTO], "Tuesday", "Dinner came to $212.40; Acme has invoiced your office for it." + SIG)]) == []


def test_a_meal_for_the_reader_and_colleagues_is_the_readers_units():
    """'for the four of you': a group the reader is one of, the reader's unit (Otto's Quarry Division); the reader
    alone stays the reader."""
    body = "Thanks for coming on Tuesday. For your records, dinner for the four of you came to $212.40, which Acme paid."
    assert gifts([msg(VERA, [OTTO], "Tuesday", body + SIG)]) == [("v1", "d1", 212.4)]
    body = "Thanks for coming on Tuesday. For your records, your dinner came to $61.50, which Acme paid."
    assert gifts([msg(VERA, [OTTO], "Tuesday", body + SIG)]) == [("v1", "o1", 61.5)]


def test_a_cost_the_vendor_says_it_covered_in_a_relative_clause_is_a_gift_of_the_amount():
    """'..., which Acme covered in full' / 'that we picked up' says who paid as 'which Acme paid' does; the
    reader covering it, or the vendor covering only the carriage, is no gift."""
    body = "Good to see you at the expo. Your share of the lunch came to $48.75, which Acme covered in full."
    assert gifts([msg(VERA, [OTTO], "Expo", body + SIG)]) == [("v1", "o1", 48.75)]
    body = "Good to see you at the expo. Your ticket for the gala came to $150, which we picked up."
    assert gifts([msg(VERA, [OTTO], "Expo", body + SIG)]) == [("v1", "o1", 150.0)]
    body = "Good to see you at the expo. Your share of the lunch came to $48.75, which you covered."
    assert gifts([msg(VERA, [OTTO], "Expo", body + SIG)]) == []
    body = "Your order of a Porch Cam came to $199, which you paid; the $12 postage, which Acme covered, is off the bill."
    assert ("v1", "o1", 199.0) not in gifts([msg(VERA, [OTTO], "Order", body + SIG)])


# -- a cost taken on for the reader, priced beside it ------------------------------------------------------------
def test_a_cost_covered_and_priced_beside_it_is_a_gift_of_that_amount():
    cases = [
        ("We'd be glad to cover your seat at the Ridgeline safety forum ($375).", 375.0),  # no cost word: not read
        ("We'll take care of the registration for the Ridgeline safety forum ($375) for you.", 375.0),
        ("Your $375 registration for the Ridgeline forum is on us.", 375.0),
        ("We'll pay for your lodging at the forum, three nights at $140.", 420.0),
    ]
    got = [gifts(thread(offer, "Thank you, see you there.")) for offer, _ in cases]
    assert got[0] == []
    assert got[1:] == [[("v1", "o1", v)] for _, v in cases[1:]]


def test_a_cost_priced_but_not_taken_on_or_only_the_carriage_gives_nothing():
    assert gifts(thread("The forum fee is $375 and we are unable to waive it.", "Understood.")) == []
    assert gifts(thread("Shipping is free on any order over $60 through Friday.", "Good to know.")) == []
    assert gifts(thread("Seats at the forum dinner are $80; tell me how many you'd like to buy.", "Two, thanks.")) == []


# -- the regular price said of a thing no catalogue lists is what it is worth ------------------------------------
def test_a_regular_price_beside_a_thing_given_free_is_its_value():
    for said in ("We're sending you a field tripod free of charge (MSRP $340).",
                 "We're sending you a field tripod on the house; list is $340.",
                 "We're sending you a field tripod on us. It retails north of $340.",
                 "We're sending you a field tripod on us. Street price is around $340."):
        assert gifts(thread(said, "Thanks!")) == [("v1", "o1", 340.0)], said


def test_a_regular_price_beside_a_lower_one_is_a_sale():
    assert gifts(thread("We can send a field tripod. Usually $340, for you $280.", "Ok, invoice us.")) == []
    assert gifts(thread("List price for the field tripod is $340, and agencies get 20% off.", "Thanks.")) == []


# -- hospitality said the ways people say it -------------------------------------------------------------------
@pytest.mark.parametrize("offer,reply,value", [
    ("Supper's on me tonight, about $65 a head at the chophouse.", "Count me in", 65.0),
    ("Drinks are on Acme after the trade show, figure $35 a person.", "Sounds great", 35.0),
    ("Lunch is on us Friday, roughly $22 each.", "See you there", 22.0),
    ("We'd love to host you for supper at Harlan's, our treat (about $85).", "I'd be glad to join you", 85.0),
    ("I picked up the tab for your table at the banquet, $540.", "Thanks, very kind", 540.0),
    ("Brunch was on Acme, about $24 for you.", "Thanks for brunch!", 24.0),
    ("Grabbed the check at supper, yours came to $58.", "Thanks again", 58.0),
])
def test_a_meal_or_a_round_paid_for_the_reader_is_a_gift_of_its_price(offer, reply, value):
    assert gifts(thread(offer, reply)) == [("v1", "o1", value)]


@pytest.mark.parametrize("offer", [
    "We are on Acme after the switch to the new platform.",
    "The mix-up with your order is on me, sorry.",
    "Shipping is on us ($15). The invoice for the two Porch Cams is attached.",
    "Lunch is $22 each; please pay at the register.",
])
def test_on_a_name_or_on_me_that_pays_for_nothing_gives_nothing(offer):
    assert gifts(thread(offer, "Ok, thanks.")) == []


def test_a_price_a_night_then_the_nights_counted_after_it_is_their_sum():
    assert gifts(thread("Your room for the expo ($165 a night, two nights) is on us.", "Thank you!")) == \
        [("v1", "o1", 330.0)]
    assert gifts(thread("We'll cover your room, $165/night for three nights.", "Thanks!")) == [("v1", "o1", 495.0)]
