"""GIFT (found from probes EB and DV's leftovers; every sentence here is invented for these tests, in the small world
of ``test_relations.py``): seats the vendor's side leaves for the reader at the event's window ("two tickets are
waiting for you at will-call", "at the box office under your name") are handed over, an answer or not; seats the
reader bought, or a window's price, are not."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body", [
    "Two tickets to the Harrowgate Hawks opener are waiting for you at will-call ($95 apiece). Enjoy the game.",
    "Two seats for Saturday's match are at the box office under your name. They're $95 apiece.",
])
def test_seats_left_for_the_reader_at_the_window_are_given(body):
    got = gifts_read(msg(VERA, [OTTO], "Game", body + VENDOR_SIG, day=1))
    assert got == [("v1", "o1", 190.0)]


@pytest.mark.parametrize("body", [
    "Your two tickets are waiting for you at will-call; the $190 was charged to your card on file.",
    "Tickets for the opener are $95 at the box office, if your crew wants to go.",
])
def test_seats_bought_or_priced_at_the_window_are_no_gift(body):
    got = gifts_read(msg(VERA, [OTTO], "Game", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Game", "Thanks, noted.\n\nOtto", day=2))
    assert got == []
