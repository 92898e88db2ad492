"""A station called by its number and a short form of "Division", "District", "Precinct" ("22 Div", "3 Dist", "the 5
Pct"), found by probe BY ("14 Div"): the number names the place, no count of a thing the vendor sells. Every message is
invented for these tests (the drafted-profile world of ``test_profile_draft.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted


@pytest.mark.parametrize("short", ["Div", "Dist", "Pct", "Stn"])
def test_a_station_by_its_number_and_short_form_is_no_product(tmp_path, short):
    v, a = ("Ines Albarran", "ialbarran@marrowby.example"), ("Kofi Mensah", "kmensah@harrowpolice.example")
    vs = "\n\nInes Albarran\nAccount Manager\nMarrowby Systems\n"
    as_ = "\n\nKofi Mensah\nSergeant\nHarrow Police Service\n"
    f = drafted(tmp_path, [
        (v, [a], "Pilot", f"Sergeant,\n\nThe two Marrowby Beacon units for the pilot go up at 22 {short} on Monday." + vs),
        (a, [v], "RE: Pilot", f"Great, ask for me at the front desk of 22 {short} when you arrive." + as_),
        (v, [a], "RE: Pilot", f"Will do. I'll bring a spare Marrowby Beacon to 22 {short} as well." + vs),
    ])
    names = {p["name"] for p in f["products"]["products"]}
    assert short not in names and any("Beacon" in n for n in names)
