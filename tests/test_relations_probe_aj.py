"""GIFT wording met by probe AJ (one OCR'd text file of a school-safety vendor and a school district's police), each
rule with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``: Vera of Acme Cams, Otto of Quarry Division)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

SIG = "\n\nVera Vendor\nAcme Cams"


def _thread(offer: str, reply: str):
    th = [msg(VERA, [OTTO], "Yard cams", "Otto,\n\n" + offer + SIG, day=1),
          msg(OTTO, [VERA], "RE: Yard cams", reply + "\n\nOtto", day=2)]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_dispatch_as_the_last_noun_of_a_list_sends_nothing():
    """"... and a snapshot goes to the desk sergeant and dispatch.": "dispatch" ending a list of nouns is the
    dispatch room, not a sending; the loan offered after it gives nothing. A sending of the products still gives."""
    about = ("The Yard Light Cam mounts on any pole, and when it sees motion a snapshot goes to the desk sergeant and "
             "dispatch. Happy to set up a 30-day trial with four of them at one station; they are loaners and go back "
             "at the end.")
    assert _thread(about, "Let's do the trial at the north lot. Ship them to my attention.") == []
    given = "We'll gladly dispatch two Yard Light Cams over today, no charge, they're yours to keep."
    assert _thread(given, "Wonderful, thank you!") == [("v1", "o1", 498.0)]


def test_a_total_said_after_the_costs_is_the_value():
    """"we'd cover your registration ($450), airfare and three nights at the lodge - about $1,300 all in": the
    amount said to be the whole ("all in", "in total", "all told") is the value, not one more cost added to the
    others; costs priced one by one with no total are still summed."""
    trip = ("Would you speak on our panel at the spring forum? We'd cover your registration ($450), airfare and three "
            "nights at the lodge - about $1,300 all in.")
    assert _thread(trip, "Count me in, thank you.") == [("v1", "o1", 1300.0)]
    total = ("Would you speak on our panel at the spring forum? We'd pay for your registration ($450) and your airfare, "
             "about $1,300 in total.")
    assert _thread(total, "Count me in, thank you.") == [("v1", "o1", 1300.0)]
    each = ("Would you speak on our panel at the spring forum? We'd cover your registration ($450) and your airfare "
            "($380).")
    assert _thread(each, "Count me in, thank you.") == [("v1", "o1", 830.0)]
