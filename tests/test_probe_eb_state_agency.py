"""A state's agency named "... Agency" is a public department the vendor sells to, beside a county's office.

Probe EB: a state emergency management agency ("X Emergency Management Agency", on a .gov domain) was left
out of the buying sides because no word of a department's kind matched its name, while a county office that
wrote once was taken as the agency; the state agency's staff then got role "other" and no gift to them was
read. Invented names and wording, not the probe's.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

SELLER = ("Oona Farrant", "ofarrant@brightmoorlabs.com")
SIG = "\n\nOona Farrant\nSenior Account Executive\nBrightmoor Labs Inc.\n"
STATE = ("Tobias Renk", "tobias.renk@wqa.marrowind.gov")
SSIG = "\n\nTobias Renk\nDeputy Administrator\nMarrowind Water Quality Agency\n"
STATE2 = ("Ilse Moravec", "ilse.moravec@wqa.marrowind.gov")
S2SIG = "\n\nIlse Moravec\nLab Manager\nMarrowind Water Quality Agency\n"
COUNTY = ("Hal Brodsky", "hbrodsky@elkfencounty.gov")
CSIG = "\n\nHal Brodsky\nElk Fen County Office of Public Works\n"

MAILS = [
    (SELLER, [STATE], "Sampler order", "Tobias,\n\nThe quote for six Clearwell samplers is attached: $3,900 each." + SIG),
    (STATE, [SELLER], "RE: Sampler order", "Oona,\n\nThanks, we will review the quote this week." + SSIG),
    (SELLER, [STATE, STATE2], "Training", "Tobias, Ilse,\n\nWe can ship a loaner unit and run the training on "
     "Thursday." + SIG),
    (STATE2, [SELLER], "RE: Training", "Oona,\n\nThursday works for the lab." + S2SIG),
    (COUNTY, [SELLER], "Pricing", "Ms. Farrant,\n\nCould you send the county a price for two samplers?" + CSIG),
    (SELLER, [COUNTY], "RE: Pricing", "Hal,\n\nThe quote is attached: $3,900 each, shipped in May." + SIG),
]


def test_a_state_agency_the_vendor_sells_to_is_a_buying_side(tmp_path: Path):
    f = drafted(tmp_path, MAILS)
    assert f["profile"]["vendor"] == "Brightmoor Labs"
    assert f["domains"]["domains"]["wqa.marrowind.gov"]["role"] == "officer"
    assert f["profile"]["agency"] == "Marrowind Water Quality Agency"


def test_a_company_named_agency_on_its_own_domain_is_no_department(tmp_path: Path):
    """A travel agency on a .com domain that books for the vendor stays a company, not a buying side."""
    travel = ("Rhea Lund", "rhea@farwaytravelagency.com")
    mails = MAILS + [(travel, [SELLER], "Your flights", "Oona,\n\nYour flights are booked.\n\nRhea Lund\n"
                      "Farway Travel Agency\n"),
                     (travel, [SELLER], "Your hotel", "Oona,\n\nThe hotel is booked too.\n\nRhea Lund\nFarway Travel Agency\n")]
    f = drafted(tmp_path, mails)
    assert f["domains"]["domains"].get("farwaytravelagency.com", {}).get("role") != "officer"
