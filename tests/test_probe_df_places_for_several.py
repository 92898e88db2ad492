"""GIFT value from probe DF, in wording and names invented for these tests: places counted in an offer written to
several readers together ("Otto, Olga, we have two open spots on the boat ... $150 a head") are one each for those
readers, so the one who takes his place has one head's worth, not the count times the price (places counted for one
reader alone stay the count times the price, see test_probe_db_places_a_head.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OLGA, OTTO, VERA, FakeIndex, gift_triples, msg, run  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


def _thread(offer, *answers):
    ms = [msg(VERA, [OTTO, OLGA], "Charter on the 9th?", offer + SIG, day=1)]
    for i, (who, body) in enumerate(answers):
        ms.append(msg(who, [VERA], "RE: Charter on the 9th?", body, day=2 + i))
    _, edges = run(ms, FakeIndex().see(*ms))
    return gift_triples(edges)


def test_two_spots_offered_to_two_readers_one_takes_his():
    offer = ("Otto, Olga,\n\nWe have two open spots on the charter boat on Saturday the 9th. Bait, boat and lunch come "
             "to about $150 a head, and it's all on us.")
    got = _thread(offer, (OTTO, "Vera, count me in. Thanks for the invite.\n\nOtto"),
                  (OLGA, "Thanks Vera, but I'll pass on this one.\n\nOlga"))
    assert got == [("v1", "o1", 150.0)]


def test_two_spots_offered_to_two_readers_both_take_theirs():
    offer = ("Otto, Olga,\n\nThere are two seats left at our table for the awards gala on the 9th. Dinner and the show "
             "run $120 a head, on us.")
    got = _thread(offer, (OTTO, "Count me in, thanks.\n\nOtto"), (OLGA, "Same here, thank you Vera!\n\nOlga"))
    assert got == [("v1", "o1", 120.0), ("v1", "o2", 120.0)]
