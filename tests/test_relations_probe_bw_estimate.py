"""A gift's worth said by the one who got it, later in the thread (surfaced by probe BW's fix of things sent "to your
office", which let probe BK's holiday basket reach its reader): "I'd put it at roughly $90", "it's worth about $60"
in a note forwarded to the gifts register is the value of the gift that had none. A price of something else, or of
something bought, is not. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, VERA, FakeIndex, gift_triples, msg, run


def _thread(report: str) -> list:
    a = msg(VERA, [OTTO], "Season's greetings", "Hi Otto,\n\nSomething is on its way to you: a gift basket from the "
            "Acme team to say thanks for the year.\n\nVera Vendor\nAcme Cams", day=1)
    b = msg(OTTO, [VERA], "RE: Season's greetings", "Vera - it came today, thank you!\n\nOtto", day=3)
    c = msg(OTTO, [SID], "FW: Season's greetings", f"Sarge,\n\n{report}\n\nOtto", day=3, hour=11)
    return gift_triples(run([a, b, c], FakeIndex().see(a, b, c))[1])


@pytest.mark.parametrize("report,value", [
    ("For the register: the Acme basket turned up this morning, nuts and a bottle of port. I'd value it at about $75.",
     75.0),
    ("Logging this one: Vera's basket landed today; it's worth maybe $120, so over the limit.", 120.0),
])
def test_the_recipients_estimate_is_the_gifts_value(report, value):
    assert _thread(report) == [("v1", "o1", value)]


def test_a_price_of_something_bought_is_no_estimate():
    assert _thread("For the register: the Acme basket turned up this morning. We bought a Porch Cam for $199 "
                   "last week too.") == [("v1", "o1", None)]
