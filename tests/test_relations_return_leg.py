"""Probe AD: "returning BOI -> SLC Friday" in a flight itinerary is the journey back, not a thing sent back."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, gift_triples, run
from test_relations import vendor_thread as thread


def gifts(*bodies):
    ms = thread(*bodies)
    return gift_triples(run(ms, FakeIndex().see(*ms))[1])


OFFER = "Since you're keynoting, your pass (normally $540) is comped and we'll cover your flights."


def test_an_itinerary_returning_between_airport_codes_keeps_the_gift():
    assert gifts(OFFER, "Happy to do it, thanks!",
                 "Your flights: out Monday SLC -> BOI on the 7:10, returning BOI -> SLC Wednesday evening.") == \
        [("v1", "o1", 540.0)]


def test_returning_from_a_city_on_the_flight_keeps_the_gift():
    assert gifts(OFFER, "Happy to do it, thanks!",
                 "Booked your flight out on the 4th, returning from Boise on the 6th.") == [("v1", "o1", 540.0)]


def test_the_things_returned_after_the_trip_are_still_lent():
    assert gifts("We can lend you two Porch Cams for the trip at no charge.", "Great, thanks.",
                 "Please return them after your flight home.") == []
