"""A code the vendor says is public is nobody's referral code, found by probe BM: "it's public on our spring page",
"publicly listed", "posted on our website" make a code anyone's, even in a note to one reader that goes on to say
"your" ("feel free to put it in your newsletter"). Every message is invented for these tests, in wording of their own
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, of_type, run, vendor_thread


def _referrals(*bodies: str) -> list:
    mails = vendor_thread(*bodies, subject="Codes")
    return [(e.source, e.target) for e in of_type(run(mails, FakeIndex().see(*mails))[1], "REFERRAL")]


@pytest.mark.parametrize("line", [
    "Any resident can use OTTO50 for 10% off a Porch Cam, and it's public on our spring promotions page, so mention it "
    "in your newsletter if you like.",
    "OTTO50 takes 10% off any Porch Cam; the code is publicly listed, so put it in your newsletter if you like.",
    "OTTO50 takes 10% off any Porch Cam. It was posted on our company website this morning, so pass it along to your "
    "block captains.",
])
def test_a_code_said_to_be_public_is_no_ones_referral(line):
    assert _referrals(f"Otto,\n\n{line}", "Thanks, will do.") == []


def test_a_code_made_for_the_reader_is_still_theirs():
    assert _referrals("Otto,\n\nHere's your personal code, OTTO50: 10% off any Porch Cam. Mention it in your newsletter "
                      "if you like.", "Thanks, will do.") == [("o1", "org_v")]
