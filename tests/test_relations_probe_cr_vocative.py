"""GIFT recipient met by probe CR: a writer who turns from the main reader to one on copy by name ("Olga - thanks
for the site plans.") and gives in the next sentence ("I've sent ... over to you") gives to that person, not to the
one the message is addressed to. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VENDOR_SIG, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _gifts(body):
    th = [msg(VERA, [OTTO], "Site plans", body + VENDOR_SIG, cc=[OLGA])]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_you_after_a_copied_reader_named_is_that_reader():
    assert _gifts("Hi Otto,\n\nThat's lovely, cheers.\n\nOlga - thanks again for the site plans. I've sent a Porch "
                  "Cam over to you by way of a thank-you; it should land Friday.") == [("v1", "o2", 199.0)]


def test_you_with_no_one_named_is_the_addressee():
    assert _gifts("Hi Otto,\n\nThanks again for the site plans. I've sent a Porch Cam over to you by way of a "
                  "thank-you; it should land Friday.") == [("v1", "o1", 199.0)]
