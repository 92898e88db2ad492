"""Wording found by probe BO (a home-security vendor's community giving through a police department's community
relations unit): a product line's other things counted once ("three Watchman Sirens" beside the "Watchman Doorbell"), a
price said in the answer to a question of what one thing costs, a thing installed "for Mrs. X", and a gift to an
officer that is not the shipment of the group's gift the officer asked for and that had already arrived. Every message
is invented for these tests (the drafted-profile world of ``test_profile_draft.py``, the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted
from test_relations import OTTO, VERA, gifts_read, msg

V = ("Rhea Okonkwo", "rokonkwo@larkinsafety.example")
A = ("Paz Delgado", "pdelgado@cedarbluffpd.example")
VSIG = "\n\nRhea Okonkwo\nPartnerships Lead\nLarkin Safety Inc.\n"
ASIG = "\n\nSgt. Paz Delgado\nCommunity Services Unit\nCedar Bluff Police Department\n"


def _release(question: str, answer: str) -> list:
    return [
        (A, [V], "Substation doorbells", f"Rhea,\n\n{question}{ASIG}"),
        (V, [A], "RE: Substation doorbells", f"Sergeant,\n\n{answer}{VSIG}"),
        (V, [A], "Block party", "Paz,\n\nFor the block party we'll send you two Watchman Doorbells and three Watchman "
         f"Sirens, no charge.{VSIG}"),
        (A, [V], "RE: Block party", f"Rhea, the two Watchman Doorbells came today. Thank you!{ASIG}"),
    ]


def _products(tmp_path, question: str, answer: str) -> dict:
    f = drafted(tmp_path, _release(question, answer))
    return {p["name"]: p.get("unit_price_usd") for p in f["products"]["products"]}


def test_a_line_of_products_and_a_price_said_in_the_answer_to_what_one_costs(tmp_path):
    products = _products(tmp_path, "What would a dozen Watchman Doorbells cost us?",
                         "Our city price is $149 each; a dozen comes to $1,788.")
    assert products == {"Watchman Doorbell": 149.0, "Watchman Siren": None}


def test_no_price_from_an_answer_that_prices_two_things_or_a_question_of_two(tmp_path):
    assert _products(tmp_path / "a", "What would a dozen Watchman Doorbells cost us?",
                     "They're $149 each, and the mounting kits are $12 each.")["Watchman Doorbell"] is None
    assert _products(tmp_path / "b", "What would Watchman Doorbells and Watchman Sirens cost us?",
                     "Our city price is $149 each.")["Watchman Doorbell"] is None


@pytest.mark.parametrize("said", ["Yesterday we installed a Porch Cam for Mr. Hank Neighbor at no cost.",
                                  "We put in a Porch Cam for Hank Neighbor on Friday, no charge."])
def test_a_thing_installed_for_a_named_person_is_that_persons(said):
    m = msg(VERA, [OTTO], "Hank", f"Otto,\n\n{said}\n\nVera Vendor\nAcme Cams")
    assert gifts_read(m) == [("v1", "c2", 199.0)]


def test_a_gift_to_the_officer_is_not_the_shipment_of_a_groups_gift_that_arrived():
    offer = msg(VERA, [OTTO], "Cameras for St. Ann", "Otto,\n\nWe'd be glad to donate four Porch Cams to St. Ann "
                "Church, no invoice.\n\nVera Vendor\nAcme Cams", day=1)
    came = msg(OTTO, [VERA], "RE: Cameras for St. Ann", "Vera, the four Porch Cams arrived Tuesday. Thank you!\n\nOtto",
               day=3)
    own = msg(VERA, [OTTO], "For you", "Otto, a Porch Cam for your own porch is on its way - our thank-you for the "
              "introduction.\n\nVera Vendor\nAcme Cams", day=5)
    assert gifts_read(offer, came, own) == [("v1", "o1", 199.0), ("v1", "org_ch", 796.0)]
