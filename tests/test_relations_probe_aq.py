"""GIFT wording met by probe AQ (a PDF binder of Outlook printouts: a mobile fingerprint-reader vendor, a city police
and a county sheriff), each rule with a near case it leaves alone. Every sentence is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_a_reward_shipped_for_agencies_counted_on_the_code_or_signed_using_it_printed():
    """"That's two agencies on your code, so two X are headed your way" and "... both signed this month using OTTO50.
    Two X are headed your way": the shipment rewards the code's uses, as "signed using your code" does; a code one
    only *can* order with rewards nothing."""
    thx = msg(OTTO, [VERA], "RE: Referrals", "Got them both, thx.\n\nOtto", day=2)
    on_code = msg(VERA, [OTTO], "Referrals", "Otto,\n\nGreat month: that's two agencies on your code, so two Porch Cams "
                                             "are headed your way.\n\nVera")
    assert _run(on_code, thx) == [("v1", "o1", 398.0)]
    printed = msg(VERA, [OTTO], "Referrals", "Otto,\n\nPine Hollow PD and Dunmore County SO both signed this week using "
                                             "OTTO50. Two Porch Cams are headed your way.\n\nVera")
    assert _run(printed, thx) == [("v1", "o1", 398.0)]
    can = msg(VERA, [OTTO], "Referrals", "Otto,\n\nAny agency can order using OTTO50. Two Porch Cams are headed your "
                                         "way.\n\nVera")
    assert _run(can, thx) == []


def test_a_no_said_of_another_thing_leaves_the_gift_standing():
    """Two Porch Cams given; the reader answers "please hold off on the storage activations for now": the no is said
    of another thing, so the cams stand; "hold off on the cams" and a bare "we'll hold off" still refuse them."""
    offer = msg(VERA, [OTTO], "Cams", "Otto,\n\nTwo Porch Cams are yours to keep, on the house. I'll also "
                                      "need a name for the storage activations.\n\nVera")
    later = msg(OTTO, [VERA], "RE: Cams", "Both cams arrived this morning, thanks.\n\nOtto", day=5)
    for no, kept in (("Please hold off on the storage activations for now.", True),
                     ("Please hold off on the cams for now.", False),
                     ("We're going to hold off.", False)):
        reply = msg(OTTO, [VERA], "RE: Cams", f"Thanks Vera. {no}\n\nOtto", day=2)
        assert (_run(offer, reply, later) == [("v1", "o1", 398.0)]) is kept, no


def test_free_things_going_to_a_unit_named_as_a_persons_are_the_units():
    """"Two Porch Cams going to Olga's Quarry Division, on the house", written to the sergeant who asked for them and to
    Olga: the unit receives them, not the first reader; with no free terms, it is where they are shipped."""
    ask = msg(SID, [VERA], "Cams for Quarry", "Vera - Olga's team at Quarry could use two Porch Cams. Same deal as "
                                              "ours?\n\nSid", cc=[OLGA])
    yes = msg(VERA, [SID, OLGA], "RE: Cams for Quarry", "Consider it done! Two Porch Cams going to Olga's Quarry "
                                                        "Division, on the house.\n\nVera", day=2)
    got = msg(OLGA, [VERA], "RE: Cams for Quarry", "Both cams arrived this morning. Appreciate it.\n\nOlga", day=6)
    assert _run(ask, yes, got) == [("v1", "d1", 398.0)]


def test_things_shipped_straight_to_a_person_named_after_a_long_product_name():
    """"I'm having Sam ship a Yard Light Cam straight to Olga today" (written to Otto, Olga copied): the product's
    words and the adverb of the route leave "to Olga" in reach; Olga receives it, not the reader."""
    ask = msg(OTTO, [VERA], "Light cam", "Olga needs a light cam for the lot. PO would take weeks.\n\nOtto", cc=[OLGA])
    give = msg(VERA, [OTTO], "RE: Light cam", "Don't wait on a PO, we'll eat the cost. I'm having Sam ship a Yard "
                                              "Light Cam straight to Olga today.\n\nVera", cc=[OLGA], day=2)
    got = msg(OLGA, [VERA], "RE: Light cam", "It came in Friday and is mounted. Thanks for taking care of that.\n\n"
                                             "Olga", day=5)
    assert _run(ask, give, got) == [("v1", "o2", 249.0)]


def test_an_amount_said_of_some_of_the_things_given_leaves_the_others_at_list_price():
    """"Two Porch Cams shipped to you this morning, no charge. I also threw in two Relay Chimes -- that's a $58 value,
    on the house.": the $58 is the chimes', the cams are worth their list price; an amount said of all the things, or
    of none by name, is the whole gift's."""
    thx = msg(OTTO, [VERA], "RE: Cams", "Got them, thanks.\n\nOtto", day=3)
    part = msg(VERA, [OTTO], "Cams", "Otto,\n\nTwo Porch Cams shipped to you this morning, no charge. I also threw in "
                                     "two Relay Chimes -- that's a $58 value, on the house.\n\nVera")
    assert _run(part, thx) == [("v1", "o1", 456.0)]
    whole = msg(VERA, [OTTO], "Cams", "Otto,\n\nTwo Porch Cams and two Relay Chimes shipped to you this morning, on "
                                      "the house -- a $400 value.\n\nVera")
    assert _run(whole, thx) == [("v1", "o1", 400.0)]


def test_a_no_said_of_other_things_and_the_gift_refuses_the_gift():
    """ "I must decline the scarves and cams": the no is said of the gift too (things joined by "and")."""
    offer = msg(VERA, [OTTO], "Cams", "Otto,\n\nTwo Porch Cams are yours to keep, on the house.\n\nVera")
    reply = msg(OTTO, [VERA], "RE: Cams", "Thank you, Vera. I must respectfully decline the scarves and cams on "
                                          "behalf of the unit.\n\nOtto", day=2)
    assert _run(offer, reply) == []
