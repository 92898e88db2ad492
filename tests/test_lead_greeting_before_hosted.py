"""GIFT (found from probe EJ; every sentence here is invented for these tests, in the small world of
``test_relations.py``): a quick note may greet the reader before the hospitality it asks about ("hey Otto, dinner
friday? my treat."), as it may name them ("Otto, dinner friday?"): the vendor's side offering, not asking for."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body", ["hey Otto, dinner friday? my treat.", "hi Otto - drinks after the demo? on me."])
def test_a_greeted_hosting_question_is_an_offer(body):
    got = gifts_read(msg(VERA, [OTTO], "fri", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: fri", "yes!! thx\n\nOtto", day=2))
    assert [(g, r) for g, r, _v in got] == [("v1", "o1")]


def test_a_greeted_question_with_no_treat_is_not():
    got = gifts_read(msg(VERA, [OTTO], "fri", "hey Otto, dinner friday? I can book the place." + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: fri", "yes, I'll split it with you.\n\nOtto", day=2))
    assert got == []
