"""Time of a service the catalogue does not list, given for the reader's own device ("comped a year of cloud storage so
your own X keeps its clips (normally $30/yr)"): the device is the reader's already, no thing given, and the time is
worth the rate said times its length. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gift_triples as gifts
from test_relations import run, vendor_thread


@pytest.mark.parametrize("body,value", [
    ("fyi I put a year of video history on ur account free (normally $36/yr), so your own Yard Light Cam keeps its clips",
     36.0),
    ("Six free months of cloud backup are on us for your Porch Cam Elite (usually $4/month).", 24.0),
])
def test_service_time_for_the_readers_own_device_is_worth_the_time(body, value):
    assert gifts(run(vendor_thread(body))[1]) == [("v1", "o1", value)]


def test_a_device_sent_with_service_time_is_still_given():
    ms = vendor_thread("We're sending you a Porch Cam and a year of cloud backup, no charge.")
    assert [v for *_, v in gifts(run(ms)[1])] == [199.0]
