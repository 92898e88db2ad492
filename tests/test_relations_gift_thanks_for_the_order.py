"""A sale's courtesy thanks ("..., thanks for the purchase order") is no thank-you gift: only "as a thank-you for" or
the thing named "a thank-you for" in apposition makes the giving's purpose thanks, so the purchase named in plain
thanks after a comma still says the things are bought (the apposition rule of probe DP had let a bare ", thanks for"
through, and a shipment of bought things "at no extra charge" became a gift). Every message is invented for these
tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def note_and_reply(body):
    note = msg(VERA, [OTTO], "Your order", f"Otto,\n\n{body}" + VENDOR_SIG)
    reply = msg(OTTO, [VERA], "RE: Your order", "Great, thanks.\n\nOtto", day=2)
    return gifts_read(note, reply)


@pytest.mark.parametrize("body", [
    "Your six Yard Light Cams go out Thursday at no extra charge, thanks for the purchase order.",
    "The twelve Relay Chimes leave our dock tomorrow with free delivery, thank you for the order.",
])
def test_bought_things_sent_with_plain_thanks_are_no_gift(body):
    assert note_and_reply(body) == []


def test_a_thing_named_a_thank_you_in_apposition_is_given():
    body = "A Relay Chime is on its way to you, a thank-you for hosting the demo last week."
    assert note_and_reply(body) == [("v1", "o1", 29.0)]
