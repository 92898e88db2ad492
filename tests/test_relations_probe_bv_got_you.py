"""Wording found by probe BV: "I got you ..." is the speaker getting something for the reader, not the speaker receiving
something ("I got the two cams you sent"). Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer,value", [
    ("Otto, I got you two Porch Cams from the warehouse, no charge.", 398.0),
    ("Otto, we got you a Yard Light Cam for the garage, on the house.", 249.0),
])
def test_got_you_is_getting_for_the_reader(offer, value):
    assert gifts_read(*vendor_thread(offer, "Great, thanks!")) == [("v1", "o1", value)]


def test_i_got_the_things_is_still_receiving():
    assert gifts_read(*vendor_thread("Otto, I got the two Porch Cams you sent, thanks.", "Great")) == []
