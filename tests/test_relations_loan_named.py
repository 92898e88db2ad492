"""A loan word that names one of the things shipped ("the evaluation X", "the loaner X") lends that thing only: the
gift shipped beside it stands. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


OFFER = msg(VERA, [OTTO], "Cams", "Otto,\n\nTwo Porch Cams are yours to keep, no charge. I'll also add an evaluation "
                                  "Yard Light Cam for 30 days.\n\nVera")


@pytest.mark.parametrize("shipped", ["The two Porch Cams and the evaluation Yard Light Cam shipped today.",
                                     "The two Porch Cams and the loaner Yard Light Cam went out today."])
def test_a_loan_word_naming_the_other_thing_leaves_the_gift(shipped):
    notice = msg(VERA, [OTTO], "RE: Cams", f"Otto,\n\n{shipped}\n\nVera", day=3)
    assert _run(OFFER, notice) == [("v1", "o1", 398.0)]


def test_a_loan_word_naming_the_gifts_own_things_still_lends_them():
    notice = msg(VERA, [OTTO], "RE: Cams", "Otto,\n\nThe evaluation Porch Cams and the Yard Light Cam shipped today."
                                          "\n\nVera", day=3)
    assert _run(OFFER, notice) == []
