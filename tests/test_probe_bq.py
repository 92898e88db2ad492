"""Wording found by probe BQ (a thermal-imaging vendor and a city fire department): a fire-service rank named by a
unit's kind before a name ("Battalion Chief Ana Ruiz") is no unit, a fire company named by its apparatus and number
("Ladder 12") is one, and praise a hard-wrapped line breaks inside ("I won't\\nride without one") is still praise.
Every message is invented for these tests (the drafted-profile world of ``test_profile_draft.py``, the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted
from test_relations_promoted_use import promoted

V = ("Lior Haddad", "lhaddad@kilnbright.example")
RUIZ = ("Ana Ruiz", "aruiz@fernwoodfire.example")
POLK = ("Dev Polk", "dpolk@fernwoodfire.example")
VSIG = "\n\nLior Haddad\nRegional Sales Manager\nKilnbright Optics Inc.\n"


def test_a_rank_named_by_a_units_kind_is_no_unit_and_a_fire_company_is_one(tmp_path):
    f = drafted(tmp_path, [
        (V, [RUIZ], "Imagers", f"Chief Ruiz,\n\nWe can ship two Kilnbright T3 cameras for your drills at no charge.{VSIG}"),
        (RUIZ, [V], "RE: Imagers", "Lior, thanks - send them to the training tower.\n\nBattalion Chief Ana Ruiz\n"
         "Training Division\nFernwood Fire Department\n"),
        (POLK, [V], "Quote", "Lior, could you quote us three Kilnbright T3 cameras?\n\nCapt. Dev Polk\n"
         "Ladder 12, Fernwood Fire Department\n"),
        (V, [POLK], "RE: Quote", f"Captain, three Kilnbright T3 cameras come to $8,850.{VSIG}"),
    ])
    units = {u["name"] for u in f["units"]["units"]}
    assert "Ladder 12" in units and "Training Division" in units
    assert not any("Ruiz" in u for u in units)


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Porch Cam caught him on the first night. I won't\nride without one.",
    "Honestly, I'd never leave\nhome without my Porch Cam.",
])
def test_praise_broken_across_a_line_is_still_an_endorsement(parser, body):
    assert promoted(parser, body) == [("o1", "p_door")]
