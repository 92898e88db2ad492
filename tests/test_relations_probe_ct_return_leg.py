"""GIFT met by probe CT: a guest who accepts a trip and gives the dates of the journey with a verb of going ("I'd fly
out Monday and return on Thursday, May 8") speaks of the flight home, not of sending the gift back. Every sentence
is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts

OFFER = ("Hello Otto,\n\nWe'd be glad to have you at our spring forum in Port Wren. We will cover your airfare and two "
         "nights at the Larchmont Hotel.")


def _gifts(*bodies):
    th = vendor_thread(*bodies)
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_return_on_a_day_after_flying_out_is_the_way_home():
    assert _gifts(OFFER, "Many thanks, I'm happy to come. I plan to fly out on Monday, May 5, and return on Thursday, "
                         "May 8.") == [("v1", "o1", None)]
    assert _gifts(OFFER, "Many thanks, I'm happy to come. I'll be driving up Monday and returning on the 8th.") == \
        [("v1", "o1", None)]


def test_return_of_the_things_is_still_a_return():
    assert _gifts(OFFER, "Thanks, but I can't accept. I will return the confirmation on Thursday, May 8.") == []
