"""A pair of a thing sold by the pair, named by no catalogue, is one of it: "a pair of Tamsin insulated work boots ...
They retail at $240" is worth $240, not twice that; a pair of tickets is still two. Every sentence is invented (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _read(body):
    return gifts_read(msg(VERA, [OTTO], "Gear", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Gear", "Got them, thank you.\n\nOtto", day=2))


def test_a_pair_of_boots_priced_after_is_one_pair():
    assert _read("I put aside a pair of Tamsin insulated work boots in your size. They're yours to keep, I left them "
                 "at the front desk. They retail at $240.") == [("v1", "o1", 240.0)]


def test_a_pair_of_tickets_is_still_two():
    assert _read("I have a pair of tickets to Friday's game for you, $60 each, on us.") == [("v1", "o1", 120.0)]
