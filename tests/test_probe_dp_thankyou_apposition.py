"""A thing said to be coming to the reader, then named "a thank-you for ..." after a dash or comma: the writer's
side gives it (as "as a thank-you" and "a thank-you from" already say). Invented wording and names."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, gifts_read, msg

SIG = "\n\nVera Vendor\nAcme Cams"


def test_thing_on_its_way_then_a_thank_you_for_after_a_dash():
    m = msg(VERA, [OTTO], "A little something",
            "Otto,\n\nA crate of Hunter Valley semillon is on its way to you - a thank-you for all the help with "
            "the pilot. About $260 worth." + SIG)
    assert gifts_read(m) == [("v1", "o1", 260.0)]


def test_a_thank_you_for_after_a_comma():
    m = msg(VERA, [OLGA], "Parcel",
            "Olga,\n\nTwo Relay Chimes are heading your way, a thank you for hosting the workshop." + SIG)
    assert [(g, r) for g, r, _ in gifts_read(m)] == [("v1", "o2")]


def test_plain_thanks_with_nothing_given_is_no_gift():
    m = msg(VERA, [OTTO], "Thanks", "Otto,\n\nJust a thank-you for all the help with the pilot last week." + SIG)
    assert gifts_read(m) == []


def test_a_trial_named_only_in_what_the_thanks_are_for_is_no_loan():
    m = msg(VERA, [OTTO], "For the station",
            "Otto,\n\nA hamper of Tasmanian cheeses is on its way to you - a thank-you for your feedback during the "
            "trial. About $150 worth." + SIG)
    assert gifts_read(m) == [("v1", "o1", 150.0)]


def test_the_thing_itself_on_trial_is_still_a_loan():
    m = msg(VERA, [OTTO], "Trial unit",
            "Otto,\n\nA Relay Chime is on its way to you for a two-week trial - we'll collect it on the 20th." + SIG)
    assert gifts_read(m) == []
