"""GIFT readings from probe DS, in wording and names invented for these tests: the one treated reporting that the
vendor's person "paid for my lunch" (in a note for the gift log, forwarded to a colleague) tells of the hospitality
received; it is no sale that undoes the treat offered in the thread."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OLGA, OTTO, VERA, gifts_read, msg  # noqa: E402


def _thread(report):
    offer = msg(VERA, [OTTO], "Lunch Tuesday?", "Otto,\n\nCould I take you to lunch at the Ferry Street Diner on Tuesday "
                                                "and walk through the\nnew meter pilot? Lunch is on Acme.\n\nVera", day=1)
    thanks = msg(OTTO, [VERA], "RE: Lunch Tuesday?", "Vera, thanks for lunch today - good to catch up.\n\nOtto", day=3)
    fwd = msg(OTTO, [OLGA], "FW: RE: Lunch Tuesday?", report + "\n\nOtto Officer", day=3, hour=11)
    return offer, thanks, fwd


def test_the_vendors_person_paid_for_my_lunch_is_the_treat_received():
    assert gifts_read(*_thread("For the disclosure file: Vera paid for my lunch, my share came to $32.")) == [("v1", "o1", 32.0)]
    assert gifts_read(*_thread("Noting for the log that Vera picked up my lunch.")) == [("v1", "o1", None)]


def test_the_speaker_paying_for_their_own_lunch_is_no_gift():
    assert gifts_read(*_thread("For the disclosure file: I paid for my own lunch, $32.")) == []
