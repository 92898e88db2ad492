"""GIFT (found from probe EH; every sentence here is invented for these tests, in the small world of
``test_relations.py``): a credit to spend at a venue put on the reader's room or folio by the vendor's side ("We've
loaded a $120 spa credit onto your room") is hospitality given, worth its amount; a fee added to the reader's folio,
or a service credit owed on an account, is not."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body,value", [
    ("We've loaded a $120 spa credit onto your room at the Lakeview - enjoy the spa between sessions!", 120.0),
    ("A $75 dining credit has been added to your folio for the week, courtesy of Acme.", 75.0),
])
def test_a_venue_credit_put_on_the_readers_room_is_a_gift(body, value):
    assert gifts_read(msg(VERA, [OTTO], "Your stay", body + VENDOR_SIG, day=1)) == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "Your room at the Lakeview is $189 a night; the hotel has added the resort fee to your folio.",
    "Per the contract, a $120 service credit for the March outage has been applied to your account.",
])
def test_a_fee_or_an_owed_credit_is_not(body):
    assert gifts_read(msg(VERA, [OTTO], "Your stay", body + VENDOR_SIG, day=1)) == []
