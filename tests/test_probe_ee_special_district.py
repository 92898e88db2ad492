"""A special district is a public body by what it is (a fire district, a 911 communications district), even on a
.org domain whose name says neither city nor county: when a company sells to its people, it is the agency."""
from __future__ import annotations

import pytest

from tests.test_profile_draft import drafted

SIG_D = "\n\nMarta Ellsworth\nDeputy Chief of Operations\nBrackenridge Fire Protection District\n"
SIG_V = "\n\nGideon Pryce\nTerritory Manager\nHalvard Rescue Systems\n(555) 010-4411\n"
MAILS = [
    (("Gideon Pryce", "gpryce@halvardrescue.com"), [("Marta Ellsworth", "mellsworth@brackenridgefire.org")],
     "Quote for hydraulic spreaders",
     "Marta,\n\nAttached is our quote for four Torrent S6 spreaders at $7,450 each. Net 30 on the invoice." + SIG_V),
    (("Marta Ellsworth", "mellsworth@brackenridgefire.org"), [("Gideon Pryce", "gpryce@halvardrescue.com")],
     "RE: Quote for hydraulic spreaders",
     "Gideon,\n\nThanks, the board meets Tuesday and I will send the purchase order after." + SIG_D),
    (("Gideon Pryce", "gpryce@halvardrescue.com"), [("Marta Ellsworth", "mellsworth@brackenridgefire.org")],
     "Invoice 5521",
     "Marta,\n\nThe invoice for the four spreaders is attached. We shipped them today." + SIG_V),
]


@pytest.mark.xfail(reason="a special-district boost in public_departments() made probe CQ's neighbouring school district a buyer; needs a rule that tells the agency from a peer district", strict=True)
def test_fire_protection_district_on_org_domain_is_the_agency(tmp_path):
    d = drafted(tmp_path, MAILS)
    assert d["profile"]["agency"] == "Brackenridge Fire Protection District"
    assert d["profile"]["vendor"] == "Halvard Rescue Systems"
