"""GIFT (found from probe EC's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): the vendor's side naming a keepsake firms give and then asking the reader to accept some of
them ("We had a small run of pocket watches engraved for our jubilee. Please accept two of them.") hands them over, as
"please accept this bottle of wine" does. Things for sale, or sent on approval, are not given."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body", [
    "For our 50th year we had a small run of engraved pocket watches made. Please accept two of them for you and "
    "your wife.",
    "We made a short run of chronographs for the jubilee. Please accept one with our thanks.",
])
def test_accepting_the_keepsakes_named_before_is_a_gift(body):
    got = gifts_read(msg(VERA, [OTTO], "A token", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: A token", "They arrived - thank you!\n\nOtto", day=2))
    assert [(g, r) for g, r, _v in got] == [("v1", "o1")]


@pytest.mark.parametrize("body", [
    "We sell engraved pocket watches at $90 each. Please accept our new catalogue.",
    "We have engraved pocket watches for sale at $90. Please accept two of them on approval and return what you do "
    "not buy.",
])
def test_things_for_sale_or_on_approval_are_not(body):
    assert gifts_read(msg(VERA, [OTTO], "Watches", body + VENDOR_SIG, day=1)) == []
