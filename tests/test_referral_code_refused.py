"""REFERRAL: the one a personal code was made for can refuse it in more words than "decline": by asking that it be
switched off or cancelled, or by saying it will not be handed out. A refused code makes no REFERRAL unless its owner
hands it out later; a code handed out, or a switch-off said only as a condition, still makes one. Names, codes and
wording are invented for these tests (the world of ``test_referrals.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_referrals.py (importlib mode)
from test_referrals import GRETA, LOU, RAVI, TESS, msg, run

pytest.importorskip("spacy")


def referrals(nlp, *later):
    give = msg(GRETA, [RAVI], "Your own code", "Ravi, your personal code is ravi-15, for 15% off any Glowpost camera.", 1)
    _, edges = run(nlp, [give, *later])
    return [(e.source, e.target) for e in edges if e.type == "REFERRAL"]


@pytest.mark.parametrize("to,body", [
    (GRETA, "Greta, please deactivate ravi-15; I can't be tied to a discount."),
    (TESS, "Tess, I asked Greta to switch off ravi-15 this morning."),
    (TESS, "Heads up: I will not be sharing ravi-15 with anyone."),
    (GRETA, "Greta, I won't use ravi-15, our sergeant would not approve."),
])
def test_a_code_switched_off_or_kept_back_by_its_owner_is_no_referral(nlp, to, body):
    assert referrals(nlp, msg(RAVI, [to], "RE: Your own code", body, 2)) == []


def test_a_code_refused_then_handed_out_is_a_referral(nlp):
    no = msg(RAVI, [GRETA], "RE: Your own code", "Greta, please cancel ravi-15 for now.", 2)
    later = msg(RAVI, [LOU], "cameras", "Lou, changed my mind: ravi-15 takes 15% off a Glowpost, go for it.", 9)
    assert referrals(nlp, no, later) == [("o1", "org_v")]


@pytest.mark.parametrize("body", [
    "Lou, if your order gets cancelled, ravi-15 still takes 15% off the next one.",
    "Lou, pass ravi-15 around before Greta switches off the spring codes.",
])
def test_a_switch_off_said_as_a_condition_or_of_others_leaves_the_referral(nlp, body):
    assert referrals(nlp, msg(RAVI, [LOU], "cameras", body, 3)) == [("o1", "org_v")]
