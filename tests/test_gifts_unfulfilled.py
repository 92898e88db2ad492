"""GIFT: a giving the writer only wished for, meant or imagined, and then said was not possible, is no gift ("I'd
love to send you one, but legal says we can't", "I would have sent you one, but our rules don't allow it", "we meant
to give you two, but your captain said no", "I wish we could send you one for free"); a giving meant, delayed and
then done is one. And a thing said to be "on me" is the writer's gift, as "on us" is ("the Relay Chime is on me");
the blame sense ("the mix-up was on me") gives nothing. Every sentence is invented for these tests (the small world
of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def read(body, reply="Thanks, noted."):
    return gifts_read(msg(VERA, [OTTO], "Cameras", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Cameras", reply + "\n\nOtto", day=2))


@pytest.mark.parametrize("body", [
    "I'd really like to ship you a Yard Light Cam, but our counsel says we cannot.",
    "I would have given you a Porch Cam, but the company rules are against it.",
    "We had planned to send your squad two Porch Cams but the captain turned it down.",
    "We intended to give you a Relay Chime, but we're not able to under the contract.",
    "I wish we could give the Quarry team a Yard Light Cam at no charge.",
    "We only wish we were able to send you a Porch Cam for free.",
])
def test_a_giving_wished_for_and_said_against_is_no_gift(body):
    assert read(body) == []


@pytest.mark.parametrize("body,value", [
    ("We meant to ship the Yard Light Cam on Monday but couldn't get a courier; it goes out today, free of charge.", 249.0),
    ("We wanted to say thank you, so we're sending you a Porch Cam at no charge.", 199.0),
    ("I wish we could do more, but here's a Relay Chime on the house.", 29.0),
])
def test_a_giving_meant_and_then_done_is_a_gift(body, value):
    assert read(body) == [("v1", "o1", value)]


@pytest.mark.parametrize("body,value", [
    ("The Relay Chime is on me, enjoy.", 29.0),
    ("Both Porch Cams are on me.", 398.0),
])
def test_a_thing_on_the_writer_is_a_gift(body, value):
    assert read(body) == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "The wrong address on the Porch Cam order was on me, sorry; I'll fix the invoice.",
    "Setting up the Yard Light Cam is on me if you get stuck, just ring.",
])
def test_blame_or_a_task_on_the_writer_gives_nothing(body):
    assert read(body) == []


@pytest.mark.parametrize("body", [
    "Regrettably Acme no longer supplies complimentary Porch Cams to police agencies.",
    "Sadly we can no longer offer free Yard Light Cams to any agency.",
])
def test_an_offering_said_to_have_stopped_is_no_gift(body):
    assert read(body) == []


@pytest.mark.parametrize("body,value", [
    ("We no longer stock the Relay Chime, so take this last one, free.", 29.0),
    ("We no longer offer discounts, but your Porch Cam is on the house.", 199.0),
])
def test_a_giving_beside_something_stopped_is_a_gift(body, value):
    assert read(body) == [("v1", "o1", value)]

