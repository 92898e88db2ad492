""""X are on me" / "X is on me": one writer paying for the reader's outing, as "on us" says it for a company; "count
on me" and "rely on me" stay no terms. Invented wording (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_fees_said_to_be_on_me_with_a_price_are_a_gift_once_taken_up():
    offer = msg(VERA, [OTTO], "Bowling", "Otto,\n\nCourt time and the post-game burgers are on me, about $75 all "
                                         "told, so just bring a racquet.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Bowling", "Count me in.\n\nOtto", day=2)
    assert _run(offer, yes) == [("v1", "o1", 75.0)]
    rent = msg(VERA, [OTTO], "Bowling", "Otto,\n\nLane rental and shoes are on me (about $90).\n\nVera")
    assert _run(rent, yes) == [("v1", "o1", 90.0)]


def test_relying_on_me_is_no_terms():
    offer = msg(VERA, [OTTO], "Bowling", "Otto,\n\nThe league fee is $90 a team, and you can count on me to bring the "
                                         "scoresheets.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Bowling", "Count me in.\n\nOtto", day=2)
    assert _run(offer, yes) == []
