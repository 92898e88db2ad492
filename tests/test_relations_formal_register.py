"""The formal register of agencies and their vendors (probe DK's commission wrote "the undersigned" and the passive
throughout): the vendor named as the holder of the account a cost is billed to ("billed to the Acme master account"),
the reader as the vendor's guest with the cost per person said before its amount, a recommendation said in the
passive or by "this office" / "the undersigned", and deliveries told in the passive by a writer not of the vendor's
side, which are a record, not a gift. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, SID, VENDOR_SIG, VERA, gifts_read, msg, promoted_to


def offer_accepted(body, reply="The undersigned gratefully accepts and thanks you for your generous hospitality."):
    offer = msg(VERA, [OTTO], "Spring symposium", f"Lieutenant Officer:\n\n{body}" + VENDOR_SIG)
    answer = msg(OTTO, [VERA], "RE: Spring symposium", f"{reply}\n\nOtto", day=2)
    return gifts_read(offer, answer)


@pytest.mark.parametrize("body", [
    "Your room at the Quayside Hotel for both nights of the symposium ($512) will be billed to the Acme master account.",
    "Your room at the Quayside Hotel for both nights of the symposium ($512) will be charged to the Acme corporate card.",
])
def test_a_cost_billed_to_the_vendors_own_account_is_paid_by_the_vendor(body):
    assert offer_accepted(body) == [("v1", "o1", 512.0)]


def test_a_cost_billed_to_the_readers_account_is_no_gift():
    body = "Your room at the Quayside Hotel for both nights of the symposium ($512) will be billed to your agency's account."
    assert offer_accepted(body) == []


def test_the_vendors_guest_with_the_cost_per_person_said_first():
    body = ("A table has been reserved for Friday at 7:30 p.m. at the Copper Kettle. You will be the guest of Acme "
            "for the evening; the per-person cost for the tasting menu comes to about $140.")
    assert offer_accepted(body) == [("v1", "o1", 140.0)]


@pytest.mark.model
@pytest.mark.parametrize("reader", [SID, CORA])
@pytest.mark.parametrize("body,target", [
    ("The undersigned is pleased to write on behalf of Acme. Acme is recommended without reservation.", "org_v"),
    ("This office recommends Acme without hesitation to any agency weighing a doorbell camera.", "org_v"),
    ("The Yard Light Cam is highly recommended by this department.", "p_flood"),
    ("Acme is warmly recommended by our unit for agencies of every size.", "org_v"),
])
def test_a_recommendation_in_the_formal_register(parser, body, target, reader):
    assert promoted_to(parser, body, reader) == [("o1", target)]


@pytest.mark.model
@pytest.mark.parametrize("reader", [SID, CORA])
@pytest.mark.parametrize("body", [
    "The Relay Chime comes highly recommended, according to the captain in Fernbrook.",
    "The Yard Light Cam is recommended for outdoor use only.",
    "The Porch Cam is recommended by the manufacturer for sheltered doorways.",
    "Acme is highly recommended by the county fleet board, though we have not tried it.",
    "The undersigned is not in a position to recommend Acme.",
])
def test_what_others_recommend_or_a_use_recommended_is_no_endorsement(parser, body, reader):
    assert promoted_to(parser, body, reader) == []


@pytest.mark.parametrize("body", [
    "Since 2020 all thirty Porch Cams have been delivered on schedule, and Acme's technicians have answered every call.",
    "Under the 2023 agreement the Yard Light Cams were shipped on time and installed without incident.",
])
def test_deliveries_told_in_the_passive_in_a_reference_are_no_gift(body):
    letter = msg(OTTO, [CORA], "Reference for Acme", f"To whom it may concern:\n\n{body}\n\nOtto", day=3)
    assert gifts_read(letter) == []


def test_the_writer_handing_a_thing_over_is_still_read():
    note = msg(OTTO, [CORA], "Porch Cam", "Cora,\n\nI dropped off a Porch Cam for your front step this morning, no charge.\n\nOtto")
    assert gifts_read(note) == [("o1", "c1", 199.0)]


def test_the_writer_as_the_vendors_guest_is_no_gift_of_the_writers():
    # a disclosure to the register: the writer took the vendor's hospitality; the writer gives the reader nothing
    m = msg(OTTO, [SID], "Hospitality register", "Sid,\n\nFor the register: on 3 June I went to the stock-car "
            "final at Harlow Speedway as a guest of Acme (Vera Vendor). About $140 with the buffet lunch. Accepted."
            "\n\nOtto", day=4)
    assert ("o1", "s1") not in [(g, r) for g, r, _ in gifts_read(m)]
