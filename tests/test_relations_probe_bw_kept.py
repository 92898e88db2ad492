"""Things left with the reader to keep without an end, found by probe BW (a UK force's release): "hang on to it
indefinitely", "keep them indefinitely"; and terms that say no invoice will carry them ("it won't be on any
invoice"). A loan that must go back stays a loan. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def _note(body: str) -> list:
    return gifts_read(msg(VERA, [OTTO], "The spare", body + "\n\nVera Vendor\nAcme Cams"))


@pytest.mark.parametrize("body", [
    "Otto, there's an extra Porch Cam on the top shelf of your stores cupboard - hold onto it indefinitely.",
    "Otto - I've stuck a Porch Cam in the garage cage. Keep it indefinitely, honestly.",
    "Otto, one more Porch Cam is in your team's equipment locker now. It won't appear on any invoice.",
])
def test_a_thing_kept_without_end_or_on_no_invoice_is_a_gift(body):
    assert _note(body) == [("v1", "o1", 199.0)]


@pytest.mark.parametrize("body", [
    "Otto, there's an extra Porch Cam on the top shelf of your stores cupboard for the pilot; I'll need it back on "
    "the 30th, you can't hold onto it indefinitely.",
    "Otto, the Porch Cams you ordered are in the garage cage; they'll be on the invoice at month end.",
])
def test_a_loan_or_a_thing_invoiced_is_no_gift(body):
    assert _note(body) == []
