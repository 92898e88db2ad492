"""Wording found by probe BN (a night-optics vendor whose sales people tell each other, in weekly reports, what they
gave officials): what a vendor's writer ships in a report to a colleague is no gift to that colleague, things "left
with" a person are that person's; hospitality the
writer stood someone ("Treated X to dinner ($85)") or booked for named people ("a round of golf for X and Y is
booked"); bottles and trips a host lays on; a code "on our website" is anyone's; praise by a comparison over all the
rest ("charges faster than anything else we've tested"). Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SAM, VERA, gifts_read, msg
from test_relations_promoted_use import promoted  # one message of Otto's, read with the parse
from test_relations_referral_public_code import referrals


def _report(body: str) -> list:
    """Vera reports to Sam, her colleague at the vendor (nobody of the agency reads it)."""
    m = msg(VERA, [SAM], "Week of the 9th", f"Sam,\n\n{body}\n\nVera Vendor\nAcme Cams")
    return gifts_read(m)


@pytest.mark.parametrize("body", ["Two Porch Cams went out this morning at no charge.",
                                  "Shipped two Porch Cams this morning, no charge."])
def test_a_shipment_told_to_a_colleague_is_no_gift_to_the_colleague(body):
    assert _report(body) == []


def test_things_left_with_a_person_are_that_persons():
    assert _report("I left two Porch Cams with Otto Officer at roll call - no invoice, he keeps them.") == [
        ("v1", "o1", 398.0)]


@pytest.mark.parametrize("body,expected", [
    ("Treated Otto Officer to dinner at the Grange after the demo ($85, company card).", [("v1", "o1", 85.0)]),
    ("Took Det. Otto Officer out for drinks on Friday, about $40.", [("v1", "o1", 40.0)]),
    # booked for two named people, the amount in the next sentence shared out
    ("A round of golf for Otto Officer and Olga Officer is booked at Fox Run on the 9th. It came to $480 with the carts.",
     [("v1", "o1", 240.0), ("v1", "o2", 240.0)]),
])
def test_hospitality_a_vendors_writer_stood_or_booked_for_named_people_is_their_gift(body, expected):
    assert _report(body) == expected


@pytest.mark.parametrize("body", [
    "Otto Officer took me to lunch at the Grange, he insisted on paying.",
    "Should I book a round of golf for Otto Officer and Olga Officer?",
    "Took Otto Officer to lunch; he paid for his own.",
])
def test_hospitality_the_official_paid_or_only_asked_about_is_no_gift(body):
    assert _report(body) == []


def test_a_bottle_sent_as_thanks_is_a_gift():
    m = msg(VERA, [OTTO], "Cheers", "Otto,\n\nA small thank-you for all your help with the pilot is on its way to you: a "
            "bottle of bourbon from the whole team.\n\nVera Vendor\nAcme Cams")
    assert [(g, r) for g, r, _ in gifts_read(m)] == [("v1", "o1")]


def test_a_code_that_works_on_the_vendors_own_website_is_anyones():
    assert referrals("The code BLOOM15 takes 15% off any Porch Cam on our website.") == []
    assert referrals("Your code BLOOM15 takes 15% off any Porch Cam on our website.") == [("o1", "org_v")]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Porch Cam Elite charges faster than anything else we've tested.",
    "Honestly the Yard Light Cam holds up better than any other camera on the block.",
])
def test_praise_by_a_comparison_over_all_the_rest_is_an_endorsement(parser, body):
    assert len(promoted(parser, body)) == 1


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Porch Cam Elite is dearer than anything else in the catalogue, so we passed.",
    "Dana says the Yard Light Cam holds up better than any other camera she owns.",
    "I charge faster than anything else on the team.",
])
def test_a_comparison_that_praises_nothing_of_the_vendor_is_no_endorsement(parser, body):
    assert promoted(parser, body) == []
