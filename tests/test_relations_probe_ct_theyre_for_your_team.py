"""GIFT recipient met by probe CT: things handed over in one sentence and said, in the next sentence of the paragraph,
to be for the reader's unit by a pronoun for them ("I dropped three X off with the duty clerk. They're for your team
to use on nights.") are the unit's, as "for your team" in the first sentence makes them; a next sentence that says
they are for the reader's own desk, or for nothing of a unit, leaves them the reader's. Every sentence is invented
for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _gifts(body):
    th = [msg(VERA, [OTTO], "Drop-off", "Otto,\n\n" + body + VENDOR_SIG)]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_a_next_sentence_that_gives_the_things_to_your_team():
    assert _gifts("I dropped three Porch Cams off with the duty clerk this morning. They're for your team to use on "
                  "nights, free of charge.") == [("v1", "d1", 597.0)]
    assert _gifts("I dropped three Porch Cams off with the duty clerk at the Quarry Division office, free of charge. "
                  "These are all for your squad.") == [("v1", "d1", 597.0)]


def test_a_next_sentence_about_the_readers_own_use_or_no_unit():
    assert _gifts("I dropped three Porch Cams off with the duty clerk this morning, free of charge. They're for your "
                  "own porch.") == [("v1", "o1", 597.0)]
    assert _gifts("I dropped three Porch Cams off with the duty clerk this morning, free of charge. They're for the "
                  "holidays.") == [("v1", "o1", 597.0)]
