"""Drafted profiles (probe AB): a lab named on a signature line ("Latent Print Lab") is a unit of the agency, and a job
title made of a unit's kind ("Lab Supervisor", "Unit Commander") is none. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ines Pardo", "ines.pardo@corvell.com")
VSIG = "\n\nInes Pardo\nAccount Manager\nCorvell Evidence Systems\n"
COP = ("Wanda Rusk", "wrusk@osbornesheriff.gov")
CSIG = "\n\nSgt. Wanda Rusk\nLab Supervisor, Latent Print Lab\nOsborne County Sheriff's Office\n"
COP2 = ("Abel Fenn", "afenn@osbornesheriff.gov")
CSIG2 = "\n\nDet. Abel Fenn\nUnit Commander | Marine Unit\nOsborne County Sheriff's Office\n"

MAIL = [
    (V, [COP], "Quote", "Wanda,\n\nThe Orbit scanner is $900 and Corvell can hold that through May.\n\nInes" + VSIG),
    (COP, [V], "RE: Quote", "Ines,\n\nThanks, I'll take it to the captain.\n\nWanda" + CSIG),
    (COP2, [V], "Boat cams", "Ines,\n\nDo you make anything for boats?\n\nAbel" + CSIG2),
]


def test_a_lab_on_a_signature_line_is_a_unit_and_its_supervisor_is_no_unit(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"] for u in f["units"]["units"]}
    assert "Latent Print Lab" in units, units
    assert "Marine Unit" in units, units
    assert not units & {"Lab Supervisor", "Unit Commander"}, units
