"""GIFT wording met by probe CM: "As a thank-you we send you a $50 gift card" is the act itself, said in the present
simple as writers of English as a second language say "we are sending you"; with a time to come ("next week I send
you") or a habit ("every spring we send you") it is not done yet. Every sentence is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Feedback form")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_we_send_you_a_card_is_sent():
    assert _gifts("Otto, many thanks for filling in the feedback form. As a thank-you we send you a $50 gift card for "
                  "the Lantern bookshops.") == [("v1", "o1", 50.0)]
    assert _gifts("Otto, with our compliments I send you a $40 gift card for the Kettle Street bakery.") == [("v1", "o1", 40.0)]


def test_a_time_to_come_or_a_habit_is_not_sent_yet():
    assert _gifts("Otto, next week I send you a $50 gift card for the Lantern bookshops.") == []
    assert _gifts("Otto, every spring we send you a $50 gift card for the Lantern bookshops.") == []
