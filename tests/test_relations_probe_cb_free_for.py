"""Hospitality offered by asking whether the reader is free for it, written quickly or shyly, found by probe CB
("any chance you're free for dinner ...? ... My treat"): the question's "are you" dropped or put after "any chance"
is still the vendor's side offering, as "are you free for lunch?" is. Every message is invented for
these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _asked(body: str) -> list:
    offer = msg(VERA, [OTTO], "Catch-up", "Otto,\n" + body + "\nVera" + VENDOR_SIG, day=3)
    reply = msg(OTTO, [VERA], "RE: Catch-up", "Sounds good, see you then.\nOtto", day=3, hour=14)
    return gifts_read(offer, reply)


@pytest.mark.parametrize("body", [
    "Is there any chance you'd be free for lunch on the 9th? Acme's buying.",
    "Any chance you'd be free for a late breakfast after the briefing? On me.",
    "You free for drinks Friday after shift? Thinking the Tap House about 6. First round and the rest are on me.",
    "Free for supper Wednesday? My treat, you earned it.",
])
def test_hospitality_asked_about_with_the_question_cut_short_is_offered(body):
    assert _asked(body) == [("v1", "o1", None)]


@pytest.mark.parametrize("body", [
    "Any chance you're free for a call Thursday about the firmware?",  # no hospitality: a call
    "Free for a quick chat Monday?",
])
def test_a_question_of_being_free_for_no_hospitality_gives_nothing(body):
    assert _asked(body) == []


def test_the_reader_asking_whether_the_vendor_is_free_gives_nothing():
    ask = msg(OTTO, [VERA], "Lunch", "Vera, any chance you're free for lunch Tuesday? I'd like to go over the renewal.\nOtto")
    assert gifts_read(ask) == []
