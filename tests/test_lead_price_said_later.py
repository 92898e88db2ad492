"""GIFT value (found from probe EJ; every sentence here is invented for these tests, in the small world of
``test_relations.py``): hospitality or a keepsake given with no worth said is worth what its giver says later in the
thread, written as quick notes write it: with its tip ("booked at Rosa's, $164 w/ tip") or as a retail price ("like
$85 retail, dont worry abt it"). An amount asked about is no worth said."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def test_a_meal_priced_with_its_tip_later():
    got = gifts_read(msg(VERA, [OTTO], "fri", "Otto, dinner friday? my treat." + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: fri", "yes!! thx\n\nOtto", day=2),
                     msg(VERA, [OTTO], "RE: fri", "booked at Rosa's, $164 w/ tip. see u there" + VENDOR_SIG, day=3))
    assert got == [("v1", "o1", 164.0)]


def test_a_keepsake_priced_retail_later():
    got = gifts_read(msg(VERA, [OTTO], "jacket", "dropped one of our fleece jackets in the mail for u, on the house"
                         + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: jacket", "got it, fits great. what do they even go for?\n\nOtto", day=2),
                     msg(VERA, [OTTO], "RE: jacket", "haha like $85 retail, dont worry abt it." + VENDOR_SIG, day=3))
    assert got == [("v1", "o1", 85.0)]


def test_an_amount_asked_about_is_no_worth():
    got = gifts_read(msg(VERA, [OTTO], "jacket", "dropped one of our fleece jackets in the mail for u, on the house"
                         + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: jacket", "got it, thanks!\n\nOtto", day=2),
                     msg(VERA, [OTTO], "RE: jacket", "glad it fits. would u want the $85 retail one in blue too?"
                         + VENDOR_SIG, day=3))
    assert [v for _g, _r, v in got] == [None]
