"""GIFT wording met by probe Y (an OCR'd text release of a body-camera vendor and a state highway patrol), each rule
with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_if_you_can_make_it_without_a_comma_is_the_reader_coming_not_a_condition():
    """"If you can make it we'll put you up ...": the reader taking up the invitation, as with the comma; a condition
    of buying stays a condition."""
    offer = msg(VERA, [OTTO], "Expo", "Otto,\n\nThe Acme Expo is in Tulsa this fall. If you can make it we'll put you up "
                                      "for two nights at the Harbor Lodge ($180/night), all on us.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Expo", "Count me in, thanks.\n\nOtto", day=2)
    assert _run(offer, yes) == [("v1", "o1", 360.0)]
    bought = msg(VERA, [OTTO], "Expo", "Otto,\n\nIf you buy ten cams we'll put you up for two nights at the Harbor Lodge "
                                       "($180/night), all on us.\n\nVera")
    assert _run(bought, yes) == []


def test_one_reader_of_an_offer_to_several_declining_declines_for_himself():
    """"All, ... about $70 a head" to three; one says "I'll have to decline", the others take it up: a gift to each of
    those two. A no said for the whole side ("we'll have to decline") declines the offer."""
    offer = msg(VERA, [OTTO, OLGA, SID], "Dinner", "All,\n\nWe have a tee time at Cole Creek on the 12th. Greens fees and "
                                                   "cart are on us (it runs about $70 a player). Let me know who's in."
                                                   "\n\nVera")
    no = msg(SID, [VERA], "RE: Dinner", "Thank you, but I'll have to decline. Office rules.\n\nSid", day=2)
    yes1 = msg(OTTO, [VERA], "RE: Dinner", "Count me in.\n\nOtto", day=3)
    yes2 = msg(OLGA, [VERA], "RE: Dinner", "Count me in too, thanks!\n\nOlga", day=3, hour=11)
    assert _run(offer, no, yes1, yes2) == [("v1", "o1", 70.0), ("v1", "o2", 70.0)]
    all_no = msg(SID, [VERA], "RE: Dinner", "Thank you, but we'll have to decline. Office rules.\n\nSid", day=2)
    assert _run(offer, all_no, yes1) == []


def test_an_amount_a_head_to_two_people_the_greeting_names_is_each_ones():
    """"Otto, Olga - dinner was my treat, about $30 a head": both greeted (one on Cc) were treated; a greeting that
    names one gives to that one."""
    both = msg(VERA, [OTTO], "Thanks", "Otto, Olga -\n\nThanks for the tour. Dinner at Mabel's afterward was my treat -- "
                                       "about $30 a head, and worth every penny.\n\nVera", cc=[OLGA])
    thanks = msg(OTTO, [VERA], "RE: Thanks", "And thanks for dinner, Vera.\n\nOtto", day=2)
    assert _run(both, thanks) == [("v1", "o1", 30.0), ("v1", "o2", 30.0)]
    one = msg(VERA, [OTTO], "Thanks", "Otto -\n\nThanks for the tour. Dinner at Mabel's afterward was my treat -- "
                                      "about $30 a head, and worth every penny.\n\nVera", cc=[OLGA])
    assert _run(one, thanks) == [("v1", "o1", 30.0)]


def test_im_in_typed_without_the_apostrophe_is_a_yes():
    """"Im in." says what "I'm in." says; "I'm out" is no yes."""
    offer = msg(VERA, [SID], "Golf", "Sid,\n\nGreens fees and cart are on us (it runs about $120 a player)."
                                     "\n\nVera")
    yes = msg(SID, [VERA], "RE: Golf", "Im in.\n\nSid", day=2)
    assert _run(offer, yes) == [("v1", "s1", 120.0)]
    out = msg(SID, [VERA], "RE: Golf", "Im out, sorry.\n\nSid", day=2)
    assert _run(offer, out) == []


def test_an_ocr_zero_for_a_small_o_still_reads_the_terms():
    """"are 0n us" as OCR prints "are on us"; an amount with zeros is untouched."""
    offer = msg(VERA, [SID], "Golf", "Sid,\n\nGreens fees and cart are 0n us (it runs about $120 a player)."
                                     "\n\nVera")
    yes = msg(SID, [VERA], "RE: Golf", "Count me in.\n\nSid", day=2)
    assert _run(offer, yes) == [("v1", "s1", 120.0)]


def test_things_for_the_cadets_to_keep_go_to_the_readers_unit():
    """"Two X for the recruits to keep": the people the reader's unit trains receive, as the unit; the same things
    for the reader go to the reader."""
    offer = msg(VERA, [OTTO], "Class", "Otto,\n\nWe'd like to send two Porch Cams for the recruits to keep after they "
                                       "graduate, no charge.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Class", "Thank you, we'd love them.\n\nOtto", day=2)
    assert _run(offer, yes) == [("v1", "d1", 398.0)]
    mine = msg(VERA, [OTTO], "Class", "Otto,\n\nWe'd like to send you two Porch Cams to keep, no charge.\n\nVera")
    assert _run(mine, yes) == [("v1", "o1", 398.0)]
