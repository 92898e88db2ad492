"""GIFT decline from probe DW, in wording and names invented for these tests: one of several readers of an offer who
declines for themself ("I must decline - it's not something I accept from suppliers we contract with") drops out
alone, though a "we" follows the decline in a clause of its own; "we'll have to decline" still declines for all."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OLGA, OTTO, VENDOR_SIG, VERA, gifts_read, msg  # noqa: E402

OFFER = ("Otto, Olga,\n\nThere's a sailing afternoon on the Linden ferry next Sunday. Your boarding fees ($70 a guest) "
         "are covered by us - I'd love to see you both there." + VENDOR_SIG)


def test_one_reader_declining_for_themself_leaves_the_other():
    m1 = msg(VERA, [OTTO, OLGA], "Sailing", OFFER, day=1)
    m2 = msg(OTTO, [VERA], "RE: Sailing", "Vera,\n\nKind of you, but I must decline - it's not something I accept "
             "from suppliers we contract with.\n\nOtto", day=2)
    m3 = msg(OLGA, [VERA], "RE: Sailing", "Vera, I'd love to come - see you Sunday!\n\nOlga", day=3)
    assert gifts_read(m1, m2, m3) == [("v1", "o2", 70.0)]


def test_we_declining_declines_for_all():
    m1 = msg(VERA, [OTTO, OLGA], "Sailing", OFFER, day=1)
    m2 = msg(OTTO, [VERA], "RE: Sailing", "Vera,\n\nThank you, but we will have to decline.\n\nOtto", day=2)
    assert gifts_read(m1, m2) == []
