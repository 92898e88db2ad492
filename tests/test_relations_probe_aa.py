"""GIFT wording met by probe AA (a Takeout mbox of a gunshot-sensor vendor writing English as a second language and a
city police that answers from phones), each rule with a near case it leaves alone. Every sentence is invented for
these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OLGA, OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

SIG = "\n\nVera Vendor\nAcme Cams"


def _gifts(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_a_no_cost_pilot_is_a_trial_not_a_gift():
    """"A no-cost pilot", "the free trial": what is free is the trial (lent for its time), as "a 60-day pilot" is;
    things sent for a pilot at no charge and left with the reader are still given."""
    ask = msg(VERA, [CORA], "Trial", "Ms. Civilian,\n\nWe are happy to run a no-cost pilot of the Yard Light Cam on two "
                                     "corners of Quarry (six weeks).\n\nWhich paperwork does the city want?" + SIG, day=1)
    ok = msg(CORA, [VERA], "RE: Trial", "Vera,\n\nGood news, the no-cost pilot of the Yard Light Cam was approved by "
                                        "the city manager today, agreement 7731.\n\nCora", day=4)
    assert _gifts(ask, ok) == []
    given = msg(VERA, [OTTO], "Pilot", "Otto,\n\nI'm sending two Porch Cams for your pilot, no charge, and you can keep "
                                       "them afterwards." + SIG, day=1)
    got = msg(OTTO, [VERA], "RE: Pilot", "Both came in this morning, thanks!\n\nOtto", day=3)
    assert _gifts(given, got) == [("v1", "o1", 398.0)]


def test_a_reward_rate_sent_as_its_total_is_worth_the_total():
    """"A $40 card for every department that signs up" and later "4 x $40 = $160 ... in the mail": the shipment
    states what the rate came to (a whole count of the offered amount, the count written beside it)."""
    rate = msg(VERA, [OTTO], "Ambassadors", "Otto,\n\nWelcome aboard! Your code is OTTO50 - we mail you a $40 Target "
                                            "gift card per department that books a walkthrough with it." + SIG, day=1)
    sent = msg(VERA, [OTTO], "RE: Ambassadors", "Otto,\n\nGood news: four departments booked, so 4 x $40 = $160 in "
                                                "Target cards, they ship today to your desk." + SIG, day=9)
    thx = msg(OTTO, [VERA], "RE: Ambassadors", "appreciate it\n\nOtto", day=10)
    assert _gifts(rate, sent, thx) == [("v1", "o1", 160.0)]
    one = msg(VERA, [OTTO], "RE: Ambassadors", "Otto,\n\nGood news: one department booked, so your $40 Target card "
                                               "ships today to your desk." + SIG, day=9)
    assert _gifts(rate, one, thx) == [("v1", "o1", 40.0)]


def test_thanks_given_as_a_thing_priced_after_it():
    """"We'd like to thank you with a tablet for your own use - around $650": the thing is the thanks, and the
    amount set off after it is what it is worth; a thank-you with nothing priced gives nothing."""
    offer = msg(VERA, [OTTO], "For you", "Otto,\n\nAfter all the late nights on the rollout we'd like to thank you with "
                                         "a tablet for your own use - a Galaxy Tab, around $650." + SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: For you", "Very kind of you Vera. I'll gladly take it.\n\nSent from my iPhone", day=2)
    assert _gifts(offer, yes) == [("v1", "o1", 650.0)]
    call = msg(VERA, [OTTO], "For you", "Otto,\n\nWe'd like to thank you with a short call on Monday, around 10." + SIG, day=1)
    assert _gifts(call, yes) == []


def test_an_amount_per_person_goes_to_each_person_greeted():
    """"Hello Otto, hello Olga, ... lunch was on us, about $45 a head": each of the people greeted gets the amount,
    whoever of them answers; greeting one of them gives to that one only."""
    both = msg(VERA, [OTTO, OLGA], "Lunch", "Hello Otto, hello Olga,\n\nGreat to see you at the expo. Lunch was on us "
                                            "of course, it came to about $45 a head." + SIG, day=1)
    yes = msg(OLGA, [VERA], "RE: Lunch", "Thanks Vera, it was fun.\n\nOlga", cc=[OTTO], day=2)
    assert _gifts(both, yes) == [("v1", "o1", 45.0), ("v1", "o2", 45.0)]
    one = msg(VERA, [OTTO, OLGA], "Lunch", "Hello Otto,\n\nGreat to see you at the expo. Lunch was on us of course, it "
                                           "came to about $45 a head." + SIG, day=1)
    assert _gifts(one, yes) == [("v1", "o1", 45.0)]


def test_your_cards_named_after_amount_and_shop_go_to_each_person_greeted():
    """"Your $25 Blue Heron cards": the plural noun five words after "your" is still the readers' things, one
    each; "your two $25 cards" counts them and shares them."""
    sent = msg(VERA, [OTTO, OLGA], "Feedback", "Hi Otto, hi Olga,\n\nThanks for the feedback form! Your $25 Blue Heron "
                                               "cards went out by email this morning." + SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: Feedback", "Got it thx\n\nOtto", day=2)
    assert _gifts(sent, yes) == [("v1", "o1", 25.0), ("v1", "o2", 25.0)]


def test_things_counted_and_given_then_priced_one_by_one_in_the_next_sentence():
    """"... fleece jackets for the whole Quarry Division, no charge: 9 on your roster, so 9 jackets. Each jacket is
    around $70.": the count times the price of one said next; the unit after "for the whole" receives."""
    offer = msg(VERA, [OTTO], "Jackets", "Otto,\n\nWe'd love to send fleece jackets for the whole Quarry Division, no "
                                         "charge - 9 names on your roster, so 9 jackets. Each jacket is around $70. "
                                         "Where should they go?" + SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: Jackets", "The crew will love it. Ship to 12 Elm St.\n\nOtto", day=2)
    assert _gifts(offer, yes) == [("v1", "d1", 630.0)]
    # (the same offer with no word of the terms is promotional goods offered, a gift too: see
    # test_relations_gift_hosted.py; the jackets sold are not)
    sold = msg(VERA, [OTTO], "Jackets", "Otto,\n\nWe'd love to send fleece jackets for the whole Quarry Division - 9 "
                                        "names on your roster, so 9 jackets at $70 each, billed to your purchase order. "
                                        "Where should they go?" + SIG, day=1)
    assert _gifts(sold, yes) == []


def test_a_loan_priced_as_a_value_then_kept_by_the_unit():
    """Things lent with what they are worth ("each one is a $199 value, please send them back after") and later let
    go ("keep both, no need to send back. They remain with the Quarry Division."): given, to the unit they stay with."""
    lend = msg(VERA, [SID], "Loaners", "Sergeant,\n\nWe can lend you two Porch Cams for 30 days for the burglary case. Each "
                                       "one is a $199 value, so please send them back after, box included." + SIG, day=1)
    done = msg(SID, [VERA], "RE: Loaners", "Vera - case closed, thanks. Where do the cams go back to?\n\nSid", day=25)
    keep = msg(VERA, [SID], "RE: Loaners", "Great news! We talked it over: keep both, no need to send back. They remain "
                                           "with the Quarry Division for the next case." + SIG, day=26)
    yes = msg(SID, [VERA], "RE: Loaners", "Much appreciated!\n\nSent from my iPhone", day=26)
    assert _gifts(lend, done, keep, yes) == [("v1", "d1", 398.0)]
    back = msg(VERA, [SID], "RE: Loaners", "Great news! Please ship them to our Austin office." + SIG, day=26)
    assert _gifts(lend, done, back, yes) == []


def test_a_product_named_before_what_it_sends_out_is_no_item():
    """"So the night shift can watch the Yard Light Cam alerts": the alerts of a product are not that product given."""
    offer = msg(VERA, [OTTO], "Cams", "Otto,\n\nTwo Porch Cams for you, free of charge, so the night shift can follow the "
                                      "Yard Light Cam alerts on the same screen." + SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: Cams", "Thanks, both arrived.\n\nOtto", day=3)
    assert _gifts(offer, yes) == [("v1", "o1", 398.0)]
