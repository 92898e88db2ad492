"""GIFT wording met by probe CR (a vendor writing British and Irish English):

- a host's invitation to a pair ("host yourself and Olga", "yourself" for "you"), with the trip's costs taken on in a
  later sentence at an amount a head: each of the pair is given that amount;
- a present named as a bottle of something, or as "a little something", on its way to the reader;
- a service booked on the reader's account ("we've put a year of X on your account"), said free: done, not offered.

Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts

YES = "Thank you, Olga and I will both come."


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Spring visit")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_a_pair_hosted_then_costs_a_head_is_each_ones():
    assert _gifts("Otto, we would be delighted to host yourself and Olga at our works in Leeds this spring.\n\n"
                  "We'll take care of the flights and the hotel, about $1,800 a head.", YES) == [
        ("v1", "o1", 1800.0), ("v1", "o2", 1800.0)]


def test_the_pair_invited_with_you_counts_you_once():
    assert _gifts("Otto, we would be delighted to host you and Olga at our works in Leeds this spring: the lab and "
                  "the test rig.\n\nWe'll look after the flights and the hotel - roughly $1,800 a head all in.", YES) == [
        ("v1", "o1", 1800.0), ("v1", "o2", 1800.0)]


def test_one_reader_hosted_is_given_alone():
    assert _gifts("Otto, we would be delighted to host you at our works in Leeds this spring. We'll take care of "
                  "the flights and the hotel, about $1,800 a head.", "Thank you, I'll be there.") == [("v1", "o1", 1800.0)]


def test_a_bottle_on_its_way_for_an_occasion_is_a_present():
    assert _gifts("Otto, a little something is on its way to you for the New Year - a bottle of Ardmhor sherry from "
                  "the cellar near our office.", "Got it, thanks.") == [("v1", "o1", None)]


def test_a_year_of_a_service_put_on_the_readers_account_free_is_given():
    assert _gifts("Hi Otto, a bit of good news: we've put twelve months of Skyloom Analytics on your account "
                  "from 3/4, free of charge. It usually runs $1,100 a year.") == [("v1", "o1", 1100.0)]


def test_a_charge_put_on_the_account_is_no_gift():
    assert _gifts("We put the charge for the Porch Cam on your account; the invoice follows.") == []
