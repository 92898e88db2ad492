"""GIFT readings from probe EA, in wording and names invented for these tests: things said sent, then said to reach a
place ("... went out today and should reach the east gate by Monday"): the modal of the arrival states the shipment, it
does not make the sending unreal."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OTTO, VERA, gifts_read, msg  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


def test_sent_then_said_to_reach_a_place_is_shipped():
    a = msg(OTTO, [VERA], "beanies", "Vera, the night crew would love a few of your knit beanies.\n\nOtto", day=1)
    b = msg(VERA, [OTTO], "RE: beanies", "Eight beanies went out today and will reach the east gate by Monday. They're "
                                          "$18 apiece retail." + SIG, day=2)
    assert gifts_read(a, b) == [("v1", "o1", 144.0)]
