"""A thing no catalogue lists, priced in brackets, said to be on its way to the reader with a word of giving: "a
hickory-smoked turkey ($70) is on its way to you, a thank-you for the year". Not a thing on its way that is billed.
Every sentence is invented (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _read(body):
    return gifts_read(msg(VERA, [OTTO], "Holidays", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Holidays", "Thank you.\n\nOtto", day=2))


def test_a_priced_thing_on_its_way_with_thanks_is_a_gift():
    assert _read("Otto, a hickory-smoked turkey ($70) is on its way to you, a thank-you for the year.") \
        == [("v1", "o1", 70.0)]


def test_things_priced_each_headed_your_way_on_the_house():
    assert _read("Otto, three wool beanies ($20 each) are headed your way, on the house.") == [("v1", "o1", 60.0)]


def test_a_priced_thing_on_its_way_and_billed_is_none():
    assert _read("Otto, a spare charging cable ($35) is on its way to you; it will be on your next invoice.") == []
