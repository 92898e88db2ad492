"""A month's short name before its day ("the Sept. 20 match", "on Feb. 3") ends no sentence, found by probe CB (a
disclosure of tickets "to the Oct. 11 game from X" cut in two, its giver lost). Every message is invented for these
tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, gifts_read, msg, split_sentences


@pytest.mark.parametrize("text", [
    "We'll see you at the Sept. 20 match in the north stand.",
    "Boxes went out on Feb. 3 by ground.",
    "Dec. 12 works for the drop-off, and Jan. 9 for the second one.",
])
def test_a_month_before_its_day_ends_no_sentence(text):
    assert [text[a:b] for _p, a, b in split_sentences(text)] == [text]


def test_a_month_at_a_sentence_end_still_ends_it():
    text = "The order shipped late in Oct. We have it now."
    assert [text[a:b] for _p, a, b in split_sentences(text)] == ["The order shipped late in Oct.", "We have it now."]


def test_a_disclosure_with_a_month_and_day_keeps_its_giver():
    told = msg(OTTO, [SID], "Register", "Sid,\n\nReporting that I accepted two tickets to the Sept. 20 match from "
               "Vera Vendor of Acme Cams. Face value was $60 each.\n\nOtto")
    assert gifts_read(told) == [("v1", "o1", 120.0)]
