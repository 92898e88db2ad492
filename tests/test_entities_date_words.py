"""A printed date's words ("Thu Apr" of "return flight Thu Apr 23, 4:40 PM") are no person found in the text
(probe N: a travel confirmation's date became a person). Names made of full month names, or a short form
beside a surname, stay people. Invented wording."""
from __future__ import annotations

from types import SimpleNamespace

from giftgraph.nlp.extract import _NotPerson
from giftgraph.nlp.names import parse_name


def says(text, name):
    return _NotPerson(set(), set()).says(SimpleNamespace(start_char=text.index(name)), parse_name(name), text)


def test_weekday_and_month_short_forms_are_a_date_not_a_person():
    assert says("the shuttle leaves Fri Oct 9, 7:15 AM from the lobby", "Fri Oct")
    assert says("ferry back Sat Sept 12, noon", "Sat Sept")
    assert says("due Tues Feb 3", "Tues Feb")


def test_names_that_only_look_like_dates_stay_people():
    assert not says("I spoke with April May about the grant", "April May")
    assert not says("Thu Nguyen will bring the forms", "Thu Nguyen")
    assert not says("ask Jan Hollis for a copy", "Jan Hollis")
