"""Printed header dates (probe S): OCR reads a 1 of the minutes as l or I ("7:l5 PM"), as it does in the hour."""
from __future__ import annotations

import pytest

from giftgraph.ingest.dates import parse_date


@pytest.mark.parametrize("printed, iso", [
    ("Thursday, March 5, 2026 7:l5 PM", "2026-03-05T19:15:00-07:00"),
    ("Thursday, March 5, 2026 7:4I PM", "2026-03-05T19:41:00-07:00"),
    ("Thursday, March 5, 2026 l1:l0 AM", "2026-03-05T11:10:00-07:00"),
    ("Thursday, March 5, 2026 7:45 PM", "2026-03-05T19:45:00-07:00"),
])
def test_ocr_letters_in_the_minutes_are_digits(printed, iso):
    assert parse_date(printed, "America/Phoenix") == iso
