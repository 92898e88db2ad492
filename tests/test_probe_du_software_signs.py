"""A coined software name the release speaks of as software ("the FileHarbor outage", "the FileHarbor onboarding
call", "we switched to FileHarbor") is a product; chips are a kind of thing sold ("the Tallis chips", "the Tallis microchips")."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

V = ("Ferris Odell", "fodell@brightquill.com")
A = ("Nadia Voss", "nvoss@quarrytown.gov")
B = ("Oren Blake", "oblake@quarrytown.gov")
SIG_V = "\n\nFerris Odell\nAccount Executive\nBrightquill Labs Inc.\n"
SIG_A = "\n\nNadia Voss\nRecords Manager\nQuarrytown Public Works\n"
MAILS = [
    (V, [A], "Checking in", "Nadia,\n\nSorry again about the FileHarbor outage on Tuesday; it is fixed now." + SIG_V),
    (A, [V], "RE: Checking in", "Ferris,\n\nThanks. The crew is happy we switched to FileHarbor last spring." + SIG_A),
    (V, [B], "Onboarding", "Oren,\n\nI will send the FileHarbor onboarding agenda tomorrow." + SIG_V),
    (B, [V], "Tags", "Ferris,\n\nThe Tallis chips read fine on the bins, and the Tallis microchips in the tags too.\n\nOren Blake\n"
     "Field Supervisor\nQuarrytown Public Works\n"),
    (V, [B], "RE: Tags", "Oren,\n\nThe quote for 250 more is attached at $4.10 each, and our invoice terms are net 30. Purchase"
     " order to follow from your side." + SIG_V),
    (B, [V], "RE: Tags", "Ferris,\n\nPurchase order 7781 is attached for the chips.\n\nOren Blake\nField Supervisor\n"
     "Quarrytown Public Works\n"),
]


def test_a_coined_name_spoken_of_as_software_is_a_product(tmp_path: Path):
    names = {p["name"] for p in drafted(tmp_path, MAILS)["products"]["products"]}
    assert "FileHarbor" in names
    assert "Tallis" in names
