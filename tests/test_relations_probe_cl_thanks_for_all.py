"""GIFT wording met by probe CL: "keep it with our thanks for all the feedback", "as a thank-you for all your help":
"for all" right after a word of thanks says what is thanked, not that the things are offered "for all" (an offer's
frame, which waits for a yes); "free for all the officers who attend" stays an offer to all. Every sentence is invented
for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="End of the trial")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_thanks_for_all_is_what_is_thanked():
    assert _gifts("Otto, the trial of the Relay Chime ends Friday. Please keep it with our thanks for all the "
                  "suggestions.") == [("v1", "o1", 29.0)]
    assert _gifts("Otto, the trial of the Porch Cam ends Friday. Please keep the camera as a thank-you for all your "
                  "notes.") == [("v1", "o1", 199.0)]


def test_for_all_the_people_stays_an_offer():
    assert _gifts("Otto, two Relay Chimes are free for all the officers who attend.") == []
