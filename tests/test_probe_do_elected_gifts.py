"""An elected body's own domain that a company gives to (tickets, dinners "on us", gifts) is the receiving side.

A city's council and mayor's offices sign with "Office of Councilwoman ..." lines, which alone keep an elected office
from being drafted as a buying agency (a consultant who only quotes and invoices a senator's office draws no side).
When the company's messages to that domain give rather than sell ("on us", "my treat", "a gift"), the
public body is the side that receives and the company the giver."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

GIVER = ("Morton Quayle", "mquayle@brindlewharf.com")
GSIG = "\n\nMorton Quayle\nDirector of Acquisitions\nBrindlewharf Land Company\n"
ALD = ("Sunniva Pratt", "spratt@oldmarsh.gov")
ASIG = "\n\nSunniva Pratt\nCouncilwoman, Ward 2\nOffice of Councilwoman Sunniva Pratt\n"
AIDE = ("Lionel Besk", "lbesk@oldmarsh.gov")
BSIG = "\n\nLionel Besk\nScheduler\nOffice of Councilwoman Sunniva Pratt\n"

MAILS = [
    (GIVER, [AIDE], "Opera night", "Lionel,\n\nTwo box seats for Friday's opera are waiting for the Councilwoman "
     "at will-call, compliments of the company. It's on us." + GSIG),
    (AIDE, [GIVER], "RE: Opera night", "Morton,\n\nThe Councilwoman asked me to thank you for the seats." + BSIG),
    (GIVER, [ALD, AIDE], "Lunch", "Sunniva,\n\nLunch at the marina Tuesday is my treat, and I'll bring a small "
     "gift for the office." + GSIG),
    (ALD, [GIVER], "RE: Lunch", "Morton,\n\nThank you for lunch." + ASIG),
]


def test_an_elected_body_a_company_gives_to_is_the_receiving_side(tmp_path: Path):
    f = drafted(tmp_path, MAILS)
    assert f["profile"]["vendor"] == "Brindlewharf Land Company"
    assert f["profile"]["agency"] is not None
    assert f["domains"]["domains"]["oldmarsh.gov"]["role"] == "officer"
    assert f["domains"]["domains"]["brindlewharf.com"]["role"] == "vendor_employee"
