"""GIFT readings from probe EA, in wording and names invented for these tests: a request for a free trial of a
product, granted with "no charge", lends the product for the trial; it gives nothing."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OTTO, VERA, gifts_read, msg  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


def _asked_then_answered(ask: str, answer: str):
    a = msg(OTTO, [VERA], "Yard Light Cam", ask + "\n\nOtto", day=1)
    b = msg(VERA, [OTTO], "RE: Yard Light Cam", answer + SIG, day=2)
    return gifts_read(a, b)


def test_a_free_trial_asked_for_and_granted_is_no_gift():
    assert _asked_then_answered("Could we run the Yard Light Cam on a free two-week trial at the east lot first?",
                                "Sure thing - your two-week Yard Light Cam trial starts Monday at no charge.") == []
    assert _asked_then_answered("Can you let us evaluate a Porch Cam for a month before we buy?",
                                "Of course, one Porch Cam is on its way for the evaluation, free of charge.") == []


def test_a_free_unit_asked_for_and_granted_is_still_a_gift():
    assert _asked_then_answered("Could you spare a Yard Light Cam for the east lot?",
                                "Done - one Yard Light Cam shipped today, no charge.") == [("v1", "o1", 249.0)]


def test_a_trial_granted_then_a_line_of_setup_sent_is_no_gift():
    """The answer's later line ("log-ins went out to your deputies") ships the trial's set-up, not a thing kept."""
    assert _asked_then_answered("Before we commit, could we get the Yard Light Cam on a free 60-day trial at the depot?",
                                "Yes - your 60-day Yard Light Cam trial at the depot is live today, no charge. "
                                "Passwords went out to your deputies.") == []
