"""GIFT delivery from probe DF, in wording and names invented for these tests: things said left at the reader's desk
with the things named ("I left the two parcels with your front desk", "dropped both kits at reception") are
delivered, as "left them with the front desk" is: the offer is no longer waiting for an answer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OLGA, OTTO, VERA, FakeIndex, gift_triples, msg, run  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


def _read(body):
    ms = [msg(VERA, [OTTO, OLGA], "After the demo", body + SIG)]
    _, edges = run(ms, FakeIndex().see(*ms))
    return gift_triples(edges)


def test_the_parcel_named_and_left_with_the_front_desk_is_delivered():
    body = ("Otto, Olga,\n\nThanks for sitting in on the demo. Every participant gets a pair of trail binoculars ($64 retail) as a thank you. "
            "I left the two bags with the front desk at the annex, one with each of your names on it.")
    assert _read(body) == [("v1", "o1", 64.0), ("v1", "o2", 64.0)]


def test_a_message_left_at_the_desk_is_no_delivery():
    body = "Otto, Olga,\n\nWe'd love to send you each a Relay Chime if you want one. I left a message at your front desk earlier."
    assert _read(body) == []
