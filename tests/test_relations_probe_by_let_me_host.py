"""Hospitality offered by asking leave to give it, found by probe BY: "Would you let me take you to lunch Friday?",
"May I buy you dinner after the demo?", "Could we treat you and the crew to breakfast?" are the vendor's side offering
(the reader's yes makes it a gift), not a request of the reader. Every message is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def _thread(offer: str, reply: str) -> list:
    return [msg(VERA, [OTTO], "Friday", offer, day=1), msg(OTTO, [VERA], "RE: Friday", reply, day=2)]


@pytest.mark.parametrize("offer", [
    "Otto, would you let me take you to lunch on Friday at the Quayside? I'd love to hear how the rollout is going.",
    "Will you let us buy you lunch after Friday's walk-through?",
    "May I buy you dinner after the demo on Friday?",
    "Otto, could we treat you to breakfast at Nell's before the Friday walk-through?",
])
def test_asking_leave_to_host_the_reader_offers_it(offer):
    assert gifts_read(*_thread(offer, "Friday works - see you at noon.")) == [("v1", "o1", None)]


@pytest.mark.parametrize("offer", [
    "Otto, would you let me know whether Friday's lunch meeting is still on?",
    "Otto, would you let us see the lunch menu for Friday before it is printed?",
])
def test_asking_leave_to_ask_offers_nothing(offer):
    assert gifts_read(*_thread(offer, "Friday works - see you at noon.")) == []
