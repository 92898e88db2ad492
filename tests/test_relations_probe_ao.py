"""GIFT wording met by probe AO (a Ring / LAPD binder of Outlook and Gmail printouts, written by a chatty vendor rep
and terse officers), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_a_count_set_apart_after_the_things_counts_them():
    """"a carton of Porch Cams (six of them)": the count in brackets after the things is how many; a length in
    brackets is not."""
    offer = msg(VERA, [OTTO], "Carton", "Otto,\n\nWe're couriering a carton of Porch Cams (six of them) over to you "
                                        "this week, at no cost.\n\nVera")
    thanks = msg(OTTO, [VERA], "RE: Carton", "Arrived this morning, thanks.\n\nOtto", day=3)
    assert _run(offer, thanks) == [("v1", "o1", 1194.0)]
    length = msg(VERA, [OTTO], "Carton", "Otto,\n\nWe're couriering a Porch Cam (2 weeks of footage stored) over to you "
                                         "this week, at no cost.\n\nVera")
    assert _run(length, thanks) == [("v1", "o1", 199.0)]


def test_yes_typed_on_a_phone_takes_the_offer_up():
    """"yes pls!" and "send em to the annex" say yes as "yes please" does; an offer nobody answers gives nothing."""
    offer = msg(VERA, [OTTO], "Spares", "Otto,\n\nHappy to leave three Porch Cams at the front desk for you, no charge."
                                        "\n\nVera")
    assert _run(offer, msg(OTTO, [VERA], "RE: Spares", "yes pls!\n\nOtto", day=2)) == [("v1", "o1", 597.0)]
    assert _run(offer, msg(OTTO, [VERA], "RE: Spares", "send em to the annex on 4th.\n\nOtto", day=2)) == \
        [("v1", "o1", 597.0)]
    assert _run(offer) == []


def test_a_reward_rate_without_for_is_a_condition():
    """"Every 3 residents who redeem it, I mail you a Relay Chime" is a rate, as "for every 3 uses" is: nothing is
    given yet; the note that the count was reached and the thing sent is a gift."""
    rate = msg(VERA, [OTTO], "Code", "Otto,\n\nYour code is OTTO50. Every 3 residents who redeem it, I mail you a "
                                     "Relay Chime.\n\nVera")
    thanks = msg(OTTO, [VERA], "RE: Code", "sweet, thank u!!\n\nOtto", day=2)
    assert _run(rate, thanks) == []
    sent = msg(VERA, [OTTO], "Code", "Otto,\n\nThree residents have redeemed OTTO50 so a Relay Chime is on its way to "
                                     "you, free.\n\nVera")
    assert _run(sent, thanks) == [("v1", "o1", 29.0)]


def test_a_demo_unit_of_a_product_is_one_of_the_things():
    """"the Porch Cam Elite demo unit ... it's yours": the demo unit is the thing given; "the Porch Cam Elite demo"
    (the showing of it) is not a thing."""
    keep = msg(VERA, [OLGA], "Expo", "Olga,\n\nNo need to return the Porch Cam Elite demo unit, it's yours.\n\nVera")
    assert _run(keep) == [("v1", "o2", 249.0)]
    show = msg(VERA, [OLGA], "Expo", "Olga,\n\nThe Porch Cam Elite demo went really well, thank you.\n\nVera")
    assert _run(show) == []


def test_a_name_after_a_lead_in_picks_the_reader_on_copy():
    """Written to Otto with Olga on copy, "Before I forget, Olga: the Yard Light Cam loaner from the expo is yours to
    keep" is for Olga; without her name, for Otto."""
    named = msg(VERA, [OTTO], "Expo", "Hi Otto,\n\nSee you at the expo.\n\nBefore I forget, Olga: the Yard Light Cam "
                                      "loaner from the expo is yours to keep.\n\nVera", cc=[OLGA])
    assert _run(named) == [("v1", "o2", 249.0)]
    unnamed = msg(VERA, [OTTO], "Expo", "Hi Otto,\n\nSee you at the expo.\n\nBefore I forget: the Yard Light Cam "
                                        "loaner from the expo is yours to keep.\n\nVera", cc=[OLGA])
    assert _run(unnamed) == [("v1", "o1", 249.0)]


def test_things_sent_back_with_a_long_name_between_are_returned():
    """"Mailed the loaner Yard Light Cam back to your depot": a return however many words name the thing; mailing the
    same thing on to someone is not one."""
    back = msg(OTTO, [VERA], "Loaner", "Vera,\n\nMailed the spare Yard Light Cam back to your depot on Monday, "
                                       "tracking to follow.\n\nOtto")
    assert _run(back) == []


def test_on_me_as_a_sentence_of_its_own_states_the_terms():
    """"Need a Yard Light Cam for your carport? On me." - "yes!!": the terms said as a sentence of their own, as ", on
    me." ending a clause says them; with no terms the question offers nothing free."""
    offer = msg(VERA, [OTTO], "Carport", "Otto,\n\nNeed a Yard Light Cam for your carport? On me.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Carport", "yes!!\n\nOtto", day=2)
    assert _run(offer, yes) == [("v1", "o1", 249.0)]
    bare = msg(VERA, [OTTO], "Carport", "Otto,\n\nNeed a Yard Light Cam for your carport?\n\nVera")
    assert _run(bare, yes) == []
