"""GIFT (found from probe EB's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): one of the vendor's people asking their own side to pay them back for an official's meal
("please reimburse me for Otto Officer's dinner at the Anchor") stood that official the meal, at the share said; the
writer's own meal claimed back gives nothing."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import SAM, VENDOR_SIG, VERA, gifts_read, msg


def test_an_officials_meal_claimed_back_is_a_gift():
    m = msg(VERA, [SAM], "Reimbursement", "Sam, please reimburse me for Otto Officer's dinner at the Anchor on Friday, "
            "receipt attached. His share came to $88.40 with tip." + VENDOR_SIG, day=2)
    assert gifts_read(m) == [("v1", "o1", 88.4)]


def test_the_writers_own_meal_claimed_back_is_not():
    m = msg(VERA, [SAM], "Reimbursement", "Sam, please reimburse me for my dinner at the Anchor on Friday, receipt "
            "attached: $88.40 with tip." + VENDOR_SIG, day=2)
    assert gifts_read(m) == []
