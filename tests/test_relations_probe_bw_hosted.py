"""Hospitality and seasonal presents in British wording, found by probe BW (a UK force's release): a meal "on our
account" or "on the firm", "a festive hamper", "the Xmas hamper". Every message is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, gift_triples, run, vendor_thread


def _thread(body: str) -> list:
    ms = vendor_thread(body, "Cheers Vera, much appreciated.")
    return gift_triples(run(ms, FakeIndex().see(*ms))[1])


@pytest.mark.parametrize("body,expected", [
    ("Otto, supper at the Crown and Anchor after the demo is on our account.", [("v1", "o1", None)]),
    ("Otto - dinner on Thursday's on the firm, so leave your wallet at home.", [("v1", "o1", None)]),
    ("Otto, a festive hamper from the whole Acme crew is heading to you - the $95 one, so go easy on the port.",
     [("v1", "o1", 95.0)]),
    ("Otto, we've sent you an Xmas hamper by courier this morning.", [("v1", "o1", None)]),
])
def test_british_wording_of_hospitality_and_seasonal_presents_is_a_gift(body, expected):
    assert _thread(body) == expected


@pytest.mark.parametrize("body", [
    "Otto, the hotel is invoiced to your account; supper is on your own card.",
    "Otto, could you put the Porch Cam order on our account number 4471 as usual?",
])
def test_costs_on_the_readers_account_are_no_gift(body):
    assert _thread(body) == []
