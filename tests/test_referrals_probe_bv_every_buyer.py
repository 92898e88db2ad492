"""Wording found by probe BV: a vendor's note that "every public safety agency in the region can take 15% off" with a
code, or that "any fire department in the state may use" it, offers the code to every buyer of a kind: nobody's code to
hand out, though the note is written to one person. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, msg, of_type, run


@pytest.mark.parametrize("body", [
    "Through June 30, every police agency in the tri-county area can take $50 off any Porch Cam by entering OTTO50 "
    "at checkout.",
    "Any fire department in the state may use OTTO50 on its next order of Yard Light Cams.",
])
def test_a_code_every_buyer_of_a_kind_may_use_is_nobodys_referral(body):
    m = msg(VERA, [OTTO], "Spring pricing", f"Dear colleague,\n\n{body}\n\nVera Vendor\nAcme Cams")
    assert of_type(run([m])[1], "REFERRAL") == []


def test_a_code_made_for_the_reader_is_still_theirs():
    m = msg(VERA, [OTTO], "Your code", "Otto,\n\nHere is a code just for you to hand out: OTTO50, good for any agency "
            "you refer.\n\nVera Vendor\nAcme Cams")
    [r] = of_type(run([m])[1], "REFERRAL")
    assert (r.source, r.target) == ("o1", "org_v")
