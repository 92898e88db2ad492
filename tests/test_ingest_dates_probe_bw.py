"""Printed headers with dates in digits, found by probe BW (a UK force's FOI release of printed Outlook emails):
a document whose headers print a date that can only be day first ("23/01/2024") and none that can only be month
first was printed day first, so its ambiguous dates ("04/02/2024") are read day first too. Invented names."""
from __future__ import annotations

from giftgraph.ingest.printed import split_text


def _printout(*dates: str) -> str:
    out = []
    for k, d in enumerate(dates):
        out.append(f"From: Moira Tennant <mtennant@glenrae.test>\nSent: {d}\nTo: Kofi Asante <kasante@brackley.test>\n"
                   f"Subject: Note {k}\n\nPlease see the attached, Kofi.\n")
    return "\n".join(out)


def _sent(*dates: str, zone: str = "Europe/London") -> list[str]:
    return [m.sent for m in sorted(split_text(_printout(*dates), file="p.txt", timezone=zone), key=lambda m: m.subject)]


def test_ambiguous_dates_of_a_day_first_printout_are_read_day_first():
    assert _sent("23/01/2024 14:05", "04/02/2024 08:40", "11/07/2024 16:20") == [
        "2024-01-23T14:05:00+00:00", "2024-02-04T08:40:00+00:00", "2024-07-11T16:20:00+01:00"]


def test_a_month_first_printout_stays_month_first():
    assert _sent("01/23/2024 2:05 PM", "04/02/2024 8:40 AM", zone="America/New_York") == [
        "2024-01-23T14:05:00-05:00", "2024-04-02T08:40:00-04:00"]


def test_a_printout_with_no_unambiguous_date_is_read_as_before():
    assert _sent("04/02/2024 08:40", "05/03/2024 09:00", zone="America/New_York") == [
        "2024-04-02T08:40:00-04:00", "2024-05-03T09:00:00-04:00"]


def test_a_printout_mixing_both_orders_is_left_alone():
    assert _sent("23/01/2024 14:05", "01/24/2024 09:00", "04/02/2024 08:40", zone="America/New_York")[2] == \
        "2024-04-02T08:40:00-04:00"
