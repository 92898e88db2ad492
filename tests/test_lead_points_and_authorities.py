"""Points and miles as gifts, and an authority's own police (found from probe DZ's leftovers; every name and sentence
here is invented for these tests): points put in the reader's account are handed over ("have been deposited to your
account"); a stay booked on the vendor's own points is the vendor paying ("on Acme's corporate points"); and a public
body of its own kind (a transit or an airport authority) whose police sign beside it is the agency, its police a part of
it, where a city's police on the city's shared domain still name the agency."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds of test_relations.py and test_profile_draft.py
from test_profile_draft import drafted
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body,value", [
    ("As a thank-you, 12,000 Trailhead points have been deposited to your account; they are worth about $120.", 120.0),
    ("As our thanks, 9,000 Acme points were loaded onto your rewards card; they are worth about $90.", 90.0),
])
def test_points_put_in_the_readers_account_are_given(body, value):
    # (no answer: put in the account, they are had, as a parcel shipped is)
    got = gifts_read(msg(VERA, [OTTO], "Thanks", body + VENDOR_SIG, day=1))
    assert got == [("v1", "o1", value)]


def test_points_the_reader_earns_by_a_purchase_are_no_gift():
    body = "Your order is booked; the 3,000 points it earns will be deposited to your account when it ships."
    got = gifts_read(msg(VERA, [OTTO], "Order", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Order", "Thanks.\n\nOtto", day=2))
    assert got == []


def test_a_stay_booked_on_the_vendors_own_points_is_a_gift():
    body = "I booked you three nights at the Tarnwell Inn for the summit on Acme's corporate points. The room is $110 a night."
    got = gifts_read(msg(VERA, [OTTO], "Summit", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Summit", "Got the confirmation, thanks.\n\nOtto", day=2))
    assert got == [("v1", "o1", 330.0)]


def _authority_release(body_line: str, police_line: str) -> list:
    dom = "orrinbaytransit.test"
    vendor = ("Cass Pelling", "cpelling@farelens.test")
    sig = "\n\nCass Pelling\nAccount Executive\nFareLens Inc.\n"
    people = [("Mira Santo", "General Manager"), ("Dov Hale", "Director of Fare Systems"),
              ("Lena Quist", "Procurement Manager")]
    mails = []
    for name, title in people:
        addr = (name, f"{name.split()[0][0].lower()}{name.split()[1].lower()}@{dom}")
        mails.append((vendor, [addr], "Validators",
                      f"{name.split()[0]},\n\nOur quote for forty fare validators is attached: $2,400 a unit."
                      f" We can ship in May.{sig}"))
        mails.append((addr, [vendor], "RE: Validators",
                      f"Cass,\n\nThanks, we will review the quote.\n\n{name}\n{title}\n{body_line}\n"))
    chief = ("Ray Tolland", f"rtolland@{dom}")
    for subject in ("Cameras", "Camera mounts"):
        mails.append((chief, [vendor], subject,
                      f"Cass,\n\nCan the cameras at the platforms share the fare network?\n\nRay Tolland\nChief of Police\n"
                      f"{police_line}\n{body_line}\n"))
    return mails


def test_an_authority_whose_police_sign_beside_it_is_the_agency(tmp_path):
    f = drafted(tmp_path, _authority_release("Orrin Bay Transit Authority", "Orrin Bay Transit Police Department"))
    assert f["profile"]["agency"] == "Orrin Bay Transit Authority"
    assert f["domains"]["domains"]["orrinbaytransit.test"]["organization"] == "Orrin Bay Transit Authority"
