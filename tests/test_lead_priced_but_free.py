"""GIFT (found from probe DY's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): a thing no catalogue lists, priced by the vendor's side and then given after a "but" ("The
lodge rents for $300 a weekend, but it's on me", "They're $90 for the pair but they're yours") is a gift of what the
price says; a price cut, a condition or a sale after the "but" gives nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body,value", [
    ("The lake lodge is open to you for the long weekend. The key is with the caretaker. It rents for $300 a weekend, "
     "but it's on me, enjoy it.", 300.0),
    ("It rents for $300 a weekend, but it's on me.", 300.0),
])
def test_a_thing_priced_then_given_after_but_is_a_gift(body, value):
    got = gifts_read(msg(VERA, [OTTO], "For you", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: For you", "That is very generous, thank you.\n\nOtto", day=2))
    assert got == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "The lake lodge rents for $300 a weekend, but it's free if your team signs the renewal by May.",
    "The seats are $90 for the pair, but you can buy them from us for $60.",
    "The lodge rents for $300 a weekend, but we can lend it to your unit for the training week.",
])
def test_a_price_then_a_cut_a_condition_or_a_loan_gives_nothing(body):
    got = gifts_read(msg(VERA, [OTTO], "Lodge", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Lodge", "Thanks, noted.\n\nOtto", day=2))
    assert got == []
