"""GIFT wording met by probe CM: hospitality offered in so many words ("We are pleased to offer you two tickets to
...", "We have two seats for Saturday's show. We'd be glad to offer them to you.") is an invitation as "Would you like
them?" is, and "If you accept, I send them on Monday" is the offer's courtesy, no condition of paying. A conference's
tickets stay a registration. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Saturday")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_pleased_to_offer_you_tickets_then_thanks():
    assert _gifts("Otto, we are pleased to offer you two tickets to the harbour jazz concert on Saturday.",
                  "Thank you, that's lovely!") == [("v1", "o1", None)]


def test_things_named_then_offered_by_a_pronoun_with_a_courtesy_condition():
    assert _gifts("Otto, we hold two seats for the touring ballet show on 9 June which our staff cannot use. We would "
                  "like to offer them to you, their value is $75 each. If you accept, I post them to you this week.",
                  "Many thanks, my daughter will be thrilled.") == [("v1", "o1", 150.0)]


def test_offered_conference_tickets_stay_a_registration():
    assert _gifts("Otto, we are pleased to offer you two tickets to the regional expo in May.",
                  "Thank you!") == []


def test_offer_declined_is_no_gift():
    assert _gifts("Otto, we are pleased to offer you two tickets to the harbour jazz concert on Saturday.",
                  "Thanks, but I can't accept those under our gift policy.") == []
