"""'Your people' is the reader's unit, as 'your crew' and 'your folks' are: things given to them go to the unit. Every
sentence is invented for these tests (the small world of ``test_relations.py``: Otto of Quarry Division, d1)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gifts_read, vendor_thread  # noqa: E402


@pytest.mark.parametrize("sentence,expected", [
    ("Otto, the Relay Chimes are a thank-you to your people for the pilot, free of charge.", [("v1", "d1", 29.0)]),
    ("Otto, we're sending a Porch Cam for each of your people, no charge.", [("v1", "d1", 199.0)]),
    ("Otto, your people can order the Porch Cam at $199 from our web store.", []),
])
def test_your_people_are_the_readers_unit(sentence, expected):
    assert gifts_read(*vendor_thread(sentence, "Thanks Vera.")) == expected
