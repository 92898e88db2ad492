"""GIFT wording met by probe BB (a sensor vendor's referral program and hospitality for a city police department,
delivered as a Gmail Takeout mbox), each rule with a near case it leaves alone. Every sentence is invented for these
tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_a_count_of_sign_ups_that_gets_you_a_reward_is_a_rule_not_a_gift():
    """"Five referrals with your link earns you a complimentary month of X": a count of what others do, as the subject
    of a reward verb in the present, states the program's rule, a promise on a condition, not a thing given. The
    tally reported ("your link has 5 referrals, which earns you ...") and the reward then sent is a gift."""
    rule = msg(VERA, [OTTO, OLGA], "Your ambassador links",
               "Hi both, you each have a personal link now. Five referrals with your link earns you a complimentary "
               "Yard Light Cam, on the house.\n\nVera Vendor\nAcme Cams")
    assert _run(rule) == []
    rule2 = msg(VERA, [OTTO], "Links", "Otto, 4 sign-ups through your link wins you a free Relay Chime."
                "\n\nVera Vendor\nAcme Cams")
    assert _run(rule2) == []
    report = msg(VERA, [OTTO], "Link tally", "Otto, your link has 5 referrals, which earns you a complimentary Yard "
                 "Light Cam. It shipped this morning.\n\nVera Vendor\nAcme Cams", day=9)
    assert _run(report) == [("v1", "o1", 249.0)]


def test_keep_them_in_a_reply_means_the_things_the_reader_asked_about():
    """"The three Relay Chimes from the demo are still up - where should we ship them back?" - "Keep them! Consider
    them yours, no charge.": a pronoun in the vendor's reply stands for the things the message it answers named, so
    they are given, so many as were counted there. Kept only for a while ("keep them until the demo ends, then
    ship them back") they are still lent."""
    ask = msg(OTTO, [VERA], "demo chimes", "Vera, the three Relay Chimes from the demo are still up at the "
              "station. Where should we ship them back?\n\nOtto")
    keep = msg(VERA, [OTTO], "RE: demo chimes", "Keep them! Consider them yours, no charge.\n\nVera Vendor\nAcme Cams",
               day=2)
    assert _run(ask, keep) == [("v1", "o1", 87.0)]
    lent = msg(VERA, [OTTO], "RE: demo chimes", "Otto, keep them until the demo ends on the 30th, then ship them "
               "back with the label in the box.\n\nVera Vendor\nAcme Cams", day=2)
    assert _run(ask, lent) == []
    # a reader's own "we'll keep them" answers nothing of the vendor's
    own = msg(OTTO, [VERA], "RE: demo chimes", "Thanks Vera, we'll keep them on the shelf until you send for them."
              "\n\nOtto", day=3)
    assert _run(ask, own) == []


def test_seats_said_to_be_the_readers_if_wanted_are_an_offer_taken_up_by_a_yes():
    """"We've got three seats in our box for the Sunday match. They go for $70 each, but they're yours if you'd like
    them.": seats at a game, offered in a statement rather than a question, the "if you'd like them" waiting on an
    answer, not a condition of paying; taken up, they are a gift worth the count times the price of one. Turned down,
    or never answered, nothing."""
    offer = msg(VERA, [OTTO], "Sunday match", "Otto, we've got three seats in our box for the Sunday match. They go "
                "for $70 each, but they're yours if you'd like them.\n\nVera Vendor\nAcme Cams")
    yes = msg(OTTO, [VERA], "RE: Sunday match", "Yes please, my brother and I will use all three. Thank you!\n\nOtto",
              day=2)
    no = msg(OTTO, [VERA], "RE: Sunday match", "Kind of you, but I'll have to pass. Ethics policy.\n\nOtto", day=2)
    assert _run(offer, yes) == [("v1", "o1", 210.0)]
    assert _run(offer, no) == []
    assert _run(offer) == []


def test_a_guest_named_in_the_invitation_passing_declines_only_for_themself():
    """"We'd like to host you, Sid Sergeant, and one of your detectives as our guests at the Lakeside forum. Acme
    covers the registration ($450), ..." (to Otto, Sid copied) - Sid: "Thanks, but I'll have to pass, I'm in court
    that week." - Otto: "Count me in.": one guest named in the invitation saying no for themself leaves the offer open
    to the one it was written to. Said for the side ("we can't accept this"), it is declined."""
    offer = msg(VERA, [OTTO], "Lakeside forum", "Otto,\n\nWe'd like to host you, Sid Sergeant, and one of your "
                "detectives as our guests at the Lakeside forum. Acme covers the registration ($450), the flights and "
                "two nights at the lodge.\n\nVera Vendor\nAcme Cams", cc=[SID])
    sid_no = msg(SID, [VERA], "RE: Lakeside forum", "Thanks Vera, but I'll have to pass, I'm in court that week."
                 "\n\nSid", cc=[OTTO], day=2)
    otto_yes = msg(OTTO, [VERA], "RE: Lakeside forum", "Count me in, thank you!\n\nOtto", day=3)
    assert _run(offer, sid_no, otto_yes) == [("v1", "o1", 450.0)]
    side_no = msg(SID, [VERA], "RE: Lakeside forum", "Vera, we can't accept this, it's against our policy.\n\nSid",
                  cc=[OTTO], day=2)
    assert _run(offer, side_no, otto_yes) == []


def test_a_flight_returning_on_a_day_of_the_month_sends_nothing_back():
    """"You fly out on the 3rd, returning the 6th": a journey back on a day of the month is no thing returned, so
    the travel offered and taken up stays a gift. Things to be sent back ("return the unit by the 6th") are lent."""
    offer = msg(VERA, [OTTO], "Harbor expo", "Otto, we'd like to bring you to the Harbor expo as our guest. Travel and "
                "two hotel nights are on Acme, about $900 in all.\n\nVera Vendor\nAcme Cams")
    yes = msg(OTTO, [VERA], "RE: Harbor expo", "Happy to come, thank you.\n\nOtto", day=2)
    booked = msg(VERA, [OTTO], "RE: Harbor expo", "All set. Your flight leaves on the 3rd, returning the 6th.\n\nVera "
                 "Vendor\nAcme Cams", day=3)
    assert _run(offer, yes, booked) == [("v1", "o1", 900.0)]
    lent = msg(VERA, [OTTO], "RE: Harbor expo", "All set. Please return the demo unit by the 6th.\n\nVera Vendor\n"
               "Acme Cams", day=3)
    assert _run(offer, yes, lent) == []
