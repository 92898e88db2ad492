"""GIFT cue from probe DW, in wording and names invented for these tests: costs the writer says "are on me" / "is on
me" are the writer's gift, as "on us" is ("Court fees ($60 a head) are on me"); "that's on me" (the writer's fault)
is no cue, and a sentence with nothing of value stays no gift."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import gifts_read, vendor_thread  # noqa: E402


def test_costs_said_to_be_on_me_are_a_gift():
    offer = "Otto, I've reserved two courts at the Linden Racquet Club for Sunday. Court fees ($60 a head) are on me."
    assert gifts_read(*vendor_thread(offer, "Great, I'll be there - thanks!")) == [("v1", "o1", 60.0)]


def test_a_fee_said_to_be_on_me_is_a_gift():
    offer = "Otto, the lake cruise is Friday at five and your boarding fee ($85) is on me."
    assert gifts_read(*vendor_thread(offer, "Count me in, thank you.")) == [("v1", "o1", 85.0)]


def test_a_fault_owned_is_no_gift():
    offer = "Otto, the late shipment of your order ($85 freight) is on me, sorry - I gave the wrong dock number."
    assert gifts_read(*vendor_thread(offer, "No worries, thanks.")) == []
