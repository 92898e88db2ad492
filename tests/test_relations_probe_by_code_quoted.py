"""A code an agency "quoted" (or "cited") on its order was used, found by probe BY: "Brisco PD signed for twelve and
quoted OTTO50. That's one Porch Cam credited to you" is the reward for the code's use, sent, as it is after "using
OTTO50"; "quoted" before a code is no price quote. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "Good news: Brisco PD signed for twelve cameras on Friday and quoted OTTO50. One Porch Cam is credited to you "
    "- Sam is arranging delivery.",
    "Brisco PD signed on this week, citing your code. A Porch Cam is on its way to you as promised.",
    "Brisco PD came in yesterday quoting your referral code, so a Porch Cam is headed to you.",
])
def test_a_code_quoted_on_an_order_earns_the_thing_sent(offer):
    assert gifts_read(*vendor_thread(offer, "Cheers, much appreciated.")) == [("v1", "o1", 199.0)]


@pytest.mark.parametrize("offer", [
    "We quoted Brisco PD $2,400 for twelve cameras. A Porch Cam is on its way to you for the demo; please send it back "
    "after the trial.",
    "If Brisco PD orders quoting your code, a Porch Cam will be on its way to you.",
])
def test_a_price_quoted_or_a_code_only_to_be_quoted_sends_nothing(offer):
    assert gifts_read(*vendor_thread(offer, "Cheers, much appreciated.")) == []
