"""GIFT wording met by probe W (an .eml folder of a drone vendor and a county sheriff: hospitality and in-kind
gifts), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def test_sending_people_somewhere_is_no_gift():
    """"I'd send anyone there" sends people (to a class, a shop), not a thing; "send everyone a X" still gives."""
    tip = msg(OTTO, [CORA], "Cameras", "Cora,\n\nThe Acme Porch Cam is the genuine article, I'd send anyone there.\n\nOtto")
    thanks = msg(CORA, [OTTO], "RE: Cameras", "Thanks Otto, that helps.\n\nCora", day=2)
    assert gifts(run([tip, thanks], FakeIndex().see(tip, thanks))[1]) == []
    give = msg(VERA, [OTTO], "Cameras", "Otto, I'll send everyone a Porch Cam, no charge.")
    got = msg(OTTO, [VERA], "RE: Cameras", "Thank you, they came in today.", day=2)
    assert gifts(run([give, got], FakeIndex().see(give, got))[1]) == [("v1", "o1", 199.0)]
