"""GIFT statements met by probe AS (a records portal's CSV export of a plate-reader vendor and a city police), each
in wording invented for these tests (the small world of ``test_relations.py``): a time clause ("once the case is
closed") is no condition; "no cost during the pilot period" lends; "the three trial X" counts three; "that's $600 of
cameras at no charge" states the value, and "your renewal date moves" sells nothing; "$90 a head for the five of
you" counts five heads, and "Thursday 3/12" no things; "You're both invited" before the costs taken on gives each
reader their own, and one reader's no leaves the other's; things counted and given, then priced and said free in the
next sentence, are worth the count times the price."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

SIG = "\n\nVera Vendor\nAcme Cams"


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_a_time_clause_after_the_terms_is_no_condition():
    ask = msg(OTTO, [VERA], "Cams for the mailbox case?", "Vera,\n\nWe're chasing a run of mailbox thefts on Pine Ct. Any "
                                                          "chance you could get me a couple Porch Cams on that block?"
                                                          "\n\nOtto", day=1)
    for terms in ("Two Porch Cams, no charge, and once the case is closed just keep them.",
                  "Two Porch Cams, no charge, and once the investigation wraps up they're yours."):
        yes = msg(VERA, [OTTO], "RE: Cams for the mailbox case?", f"Otto -- absolutely. Done.\n\n{terms}" + SIG, day=2)
        up = msg(OTTO, [VERA], "RE: Cams for the mailbox case?", "Both units up as of this morning. Appreciate it."
                                                                 "\n\nOtto", day=3)
        assert _run(ask, yes, up) == [("v1", "o1", 398.0)], terms


def test_no_cost_during_the_pilot_period_lends():
    for line in ("Pilot terms: 3 Porch Cams, no cost to MPD during the pilot period.",
                 "Trial terms: 3 Porch Cams, free of charge to Quarry Division during the trial."):
        plan = msg(VERA, [OTTO, OLGA], "Pilot checklist", "Hi all,\n\n[ ] Site 1 - Elm St\n[ ] Go-live 3/2\n\n"
                                                          f"{line}\n\nThanks,\nVera" + SIG, day=1)
        assert _run(plan) == [], line


def test_a_count_before_what_the_things_were_lent_for_counts_them():
    note = msg(VERA, [OTTO], "Trial results", "Otto --\n\nAs promised: the three trial Porch Cams are yours to keep." + SIG)
    ok = msg(OTTO, [VERA], "RE: Trial results", "Appreciated.\n\nOtto", day=2)
    assert _run(note, ok) == [("v1", "o1", 597.0)]


def test_an_amount_of_cameras_at_no_charge_is_their_value():
    note = msg(VERA, [OTTO], "Trial results", "Otto --\n\nAs promised: the three trial Porch Cams are yours to keep. No "
                                              "invoice -- that's $600 of cameras at no charge to you." + SIG)
    ok = msg(OTTO, [VERA], "RE: Trial results", "Appreciated.\n\nOtto", day=2)
    assert _run(note, ok) == [("v1", "o1", 600.0)]


def test_a_renewal_date_sells_nothing():
    note = msg(VERA, [OTTO], "Outage", "Otto,\n\nTo make it right, we are extending your Yard Light Cam subscription six "
                                       "months on us. That is $3,000 of service at no charge to the Department; your "
                                       "renewal date moves to January 1." + SIG)
    ok = msg(OTTO, [VERA], "RE: Outage", "Thank you. Accepted.\n\nOtto", day=2)
    assert _run(note, ok) == [("v1", "o1", 3000.0)]


def test_an_amount_a_head_counts_the_heads_of_the_next_sentence_and_no_date():
    invite = msg(VERA, [OTTO], "Supper", "Otto -\n\nWe'd love to host you and your shift supervisors for supper at the "
                                         "Copper Pot on Thursday 3/12, 7pm, back room. Figure about $90 a head for the "
                                         "five of you and it's on Acme, so order the brisket :)\n\nVera" + SIG)
    yes = msg(OTTO, [VERA], "RE: Supper", "Count on five of us. 1900 works. Thanks\n\nOtto", day=2)
    assert _run(invite, yes) == [("v1", "d1", 450.0)]


INVITE = ("Otto, Olga,\n\nYou're both invited to be our guests at the Acme Summit in Denver, June 3-5!\n\n* We cover "
          "your full conference pass ($995) and two nights at the Brown Palace ($240/night)\n* Keynotes from three "
          "big-city chiefs\n\nJust reply yes and Sam will book everything.")


def test_both_invited_gives_each_reader_their_own_costs_and_one_no_leaves_the_other():
    invite = msg(VERA, [OTTO, OLGA], "Invitation: Acme Summit", INVITE + SIG, day=1)
    otto = msg(OTTO, [VERA], "RE: Invitation: Acme Summit", "I'm in. Have Sam send me the hotel info.\n\nOtto", day=3)
    olga_yes = msg(OLGA, [VERA], "RE: Invitation: Acme Summit", "Count me in too, thank you!\n\nOlga", day=2)
    assert _run(invite, olga_yes, otto) == [("v1", "o1", 1475.0), ("v1", "o2", 1475.0)]
    olga_no = msg(OLGA, [VERA], "RE: Invitation: Acme Summit", "Vera,\n\nThank you, but I'll have to decline. Our ethics "
                                                               "code bars travel paid for by a vendor.\n\nOlga", day=2)
    assert _run(invite, olga_no, otto) == [("v1", "o1", 1475.0)]


def test_things_counted_and_given_then_priced_and_free_next():
    for given in ("Also -- I'm shipping a box of Acme gear for you and the Station 4 crew: 12 of our new fleece vests.",
                  "I'm shipping 12 fleece vests for you and the crew."):
        note = msg(VERA, [OTTO], "Gear", f"Otto,\n\nThanks for having me Tuesday!\n\n{given} They go for $55 apiece in "
                                         "our store, these are on the house." + SIG, day=1)
        ok = msg(OTTO, [VERA], "RE: Gear", "Got it, thanks. Vests will go fast lol.\n\nOtto", day=2)
        assert [(g, v) for g, _, v in _run(note, ok)] == [("v1", 660.0)], given



def test_people_and_uncounted_things_brought_before_a_treat_priced_later_are_no_gift_of_their_own():
    # (caught integrating probe AS with the other probes: the meal is the gift, at its price a head, for the guests)
    note = msg(VERA, [OTTO], "Range day", "Otto -\n\nThe 9th is fine. I'll bring Sam Shipper, our lead trainer, and enough "
                                          "demo units that everyone gets a turn. Also - afterwards I'd like to take "
                                          "Olga and Sid to dinner at the Quay Grill, Acme's treat. It usually comes to "
                                          "about $45 a head there." + SIG, cc=[SID], day=1)
    yes = msg(SID, [VERA], "RE: Range day", "Vera, the 9th works. Olga and I will both join you for dinner afterwards, "
                                            "thank you.\n\nSid", cc=[OTTO, OLGA], day=2)
    got = _run(note, yes)
    assert ("v1", "o2", 45.0) in got  # Olga's dinner
    assert not any(r == "o1" for _, r, _ in got)  # nothing to Otto, written to about the demo units and the trainer
