"""GIFT: a request granted is an offer accepted, in the other order; a need told to the vendor is a request; a
sender who will first find out whether it can give has offered nothing. Every message is invented for these tests
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, msg, of_type, run


def gifts(messages):
    return sorted((e.source, e.target, e.attrs["value_usd"], e.attrs["status"]) for e in of_type(run(messages)[1], "GIFT"))


def test_a_request_the_vendor_grants_free_is_a_gift_accepted_before_it_ships():
    ask = msg(OTTO, [VERA], "Lantern St", "Is there any way we could have two Porch Cams for the Lantern St break-ins?")
    yes = msg(VERA, [OTTO], "RE: Lantern St", "Happy to help - consider it done, and there's no charge.", day=2)
    assert gifts([ask, yes]) == [("v1", "o1", 398.0, "accepted")]


def test_a_need_told_to_the_vendor_is_a_request_it_can_grant():
    need = msg(OTTO, [VERA], "Night shift", "We could sure use a Yard Light Cam for the depot lot.")
    yes = msg(VERA, [OTTO], "RE: Night shift", "Say no more, it's yours free of charge.", day=2)
    assert gifts([need, yes]) == [("v1", "o1", 249.0, "shipped")]  # "it's yours": handed over as it is said


def test_a_request_refused_or_only_looked_into_gives_nothing():
    ask = msg(OTTO, [VERA], "Depot", "Could we have two Porch Cams for the depot?")
    no = msg(VERA, [OTTO], "RE: Depot", "Sorry, I can't give those away this quarter.", day=2)
    assert gifts([ask, no]) == []
    # the vendor will first find out: no offer yet, and "sadly no" after it gives nothing either
    check = msg(VERA, [OTTO], "Depot", "Let me see if we can spare a Porch Cam for the depot, no charge.")
    ok = msg(OTTO, [VERA], "RE: Depot", "Thanks, that would be great.", day=2)
    sadly = msg(VERA, [OTTO], "RE: Depot", "Sadly not this time.", day=3)
    assert gifts([check, ok, sadly]) == []
    check2 = msg(VERA, [OTTO], "Depot", "I'll find out whether a free Yard Light Cam can go to your team.")
    assert gifts([check2, ok]) == []
