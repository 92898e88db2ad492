"""A vendor spoken of by its own word before a line of business the list did not hold, found by probe BY ("Echoline"
of an acoustic-sensor company): "Marrowby" of Marrowby Acoustics, "Pellworth" of Pellworth Sensing are their short
forms when the release writes them alone. Every message is invented for these tests (the drafted-profile world of
``test_profile_draft.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted


@pytest.mark.parametrize("company,domain", [("Marrowby Acoustics", "marrowbyacoustics.example"),
                                            ("Pellworth Sensing", "pellworthsensing.example"),
                                            ("Quillon Detection", "quillondetection.example")])
def test_the_vendors_own_word_before_its_line_of_business_is_its_short_form(tmp_path, company, domain):
    short = company.split()[0]
    v, a = ("Ines Albarran", f"ialbarran@{domain}"), ("Kofi Mensah", "kmensah@harrowcounty.gov")
    vs = f"\n\nInes Albarran\nAccount Manager\n{company}\n"
    as_ = "\n\nKofi Mensah\nLieutenant\nHarrow County Sheriff's Office\n"
    f = drafted(tmp_path, [
        (v, [a], "Summit", f"Lieutenant,\n\n{short} will cover your hotel for the user summit in May." + vs),
        (a, [v], "RE: Summit", "Thanks Ines, I'll check with the captain." + as_),
        (v, [a], "RE: Summit", "Sounds good. The hotel is billed straight to us." + vs),
    ])
    orgs = {o["name"]: o for o in f["organizations"]["organizations"]}
    assert short in orgs[company]["aliases"]
