"""'Team Leader', 'Team Lead', 'Team Manager' on a signature line are a job title (a team's kind before a title, as
'Unit Supervisor' is), not a unit of the agency. Invented names throughout."""
from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("cy_govt", Path(__file__).parent / "test_probe_cy_govt_domain.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)


@pytest.mark.parametrize("title", ["Team Leader", "Team Lead", "Team Manager"])
def test_a_team_title_before_the_unit_is_no_unit(title):
    mails = _mod._mails("Harakeke Bay District Council", "harakekebay.govt.nz")
    (who, to, subj, body) = mails[1]
    mails[1] = (who, to, subj, body.replace("Team Leader, Water Services", f"{title}, Stormwater Division"))
    units = {u["name"] for u in _mod.drafted(Path(tempfile.mkdtemp()), mails)["units"]["units"]}
    assert title not in units and "Stormwater Division" in units
