"""GIFT met by probe CT: a gift-disclosure memo that tells of travel a vendor's person paid for ("I have accepted
from X of Acme airfare ($380) and two nights' lodging ($410), about $790 in all") is hospitality had, as a meal or
tickets are: a gift from that person to the writer at the amount said. Travel named with no amount, or a quote, an
itinerary the agency pays, or costs the writer reimbursed, is not. Every sentence is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _disclosed(body):
    th = [msg(OTTO, [CORA], "Disclosure", "Ms. Hale,\n\n" + body + "\n\nOtto")]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_travel_accepted_and_priced_is_a_gift_of_its_worth():
    assert _disclosed("As our code requires, I report that I have accepted from Vera Vendor of Acme Cams travel to "
                      "the Acme regional forum: airfare ($318) and two nights' lodging ($402), some $720 in all.") == \
        [("v1", "o1", 720.0)]
    assert _disclosed("On 5 May I received from Vera Vendor, Acme Cams, a round-trip flight to the forum valued at "
                      "$318.") == [("v1", "o1", 318.0)]


def test_travel_quoted_billed_or_reimbursed_is_no_gift():
    assert _disclosed("I received from Vera Vendor of Acme Cams the hotel quote of $402 for the training week.") == []
    assert _disclosed("We received from Vera Vendor of Acme Cams the invoice for the trip, $720.") == []
    assert _disclosed("I received from Vera Vendor of Acme Cams travel to the forum, valued at $720, and reimbursed "
                      "Acme in full.") == []
