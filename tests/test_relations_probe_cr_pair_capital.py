"""GIFT recipients met by probe CR: an invitation of a pair that opens its sentence ("Would you and Olga join us for
lunch ...?", "Could you and Olga ...") is for both of them, as it is mid-sentence ("Otto, would you and Olga ...").
Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Lunch Friday")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_a_pair_invited_at_the_start_of_the_sentence_both_get_it():
    assert _gifts("Hi Otto,\n\nWould you and Olga join us for lunch on Friday at the Anchor? It's our treat.",
                  "Sounds good, see you there.") == [("v1", "o1", None), ("v1", "o2", None)]


def test_the_same_invitation_mid_sentence():
    assert _gifts("Hi Otto, would you and Olga join us for lunch on Friday at the Anchor? It's our treat.",
                  "Sounds good, see you there.") == [("v1", "o1", None), ("v1", "o2", None)]
