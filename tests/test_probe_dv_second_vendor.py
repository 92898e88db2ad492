"""Profile draft met by probe DV: two companies sell to one police department (a stadium's operator beside a
ticketing firm); the second is a vendor too, its people the vendor's side, not bystanders. A company that writes to
the department but sells nothing (a newspaper) stays other. Every name and sentence is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

OFF = ("Maren Tollis", "mtollis@brackenfordpd.org")
OFF2 = ("Cyrus Hale", "chale@brackenfordpd.org")
OSIG = "\n\nSgt. Maren Tollis\nEvents Unit\nBrackenford Police Department\n"
O2SIG = "\n\nLt. Cyrus Hale\nEvents Unit\nBrackenford Police Department\n"
A = ("Perrin Quayle", "pquayle@ostmarkstadiums.test")
ASIG = "\n\nPerrin Quayle\nDirector, Business Development\nOstmark Stadiums Ltd.\n"
B = ("Lisette Brandt", "lbrandt@seatpilot.test")
BSIG = "\n\nLisette Brandt\nAccount Manager\nSeatPilot Inc.\n"
N = ("Owen Rusk", "orusk@brackenfordherald.test")
NSIG = "\n\nOwen Rusk\nReporter\nBrackenford Herald\n"


def _release():
    return [
        (B, [OFF], "Ticketing", "Sergeant,\n\nOur quote for the ticket scanners is attached; we can ship in June and "
                                "invoice on delivery. Our customers in the region order by the season." + BSIG),
        (OFF, [B], "RE: Ticketing", "Lisette,\n\nThanks, I'll pass the quote to the lieutenant." + OSIG),
        (B, [OFF2], "Scanner order", "Lieutenant,\n\nThe order for twelve scanners is confirmed; the invoice follows "
                                     "at $310 each." + BSIG),
        (A, [OFF2], "Staffing", "Lieutenant,\n\nThe staffing agreement is renewed at the contract rate; we will "
                                "invoice the City monthly for the officer-hours." + ASIG),
        (A, [OFF], "Saturday", "Maren,\n\nGates open at five on Saturday; the north lot will be closed." + ASIG),
        (OFF2, [A], "RE: Staffing", "Perrin,\n\nSigned and returned." + O2SIG),
        (N, [OFF], "Question", "Sergeant,\n\nHow many officers will work the final?" + NSIG),
        (OFF, [N], "RE: Question", "Owen,\n\nAbout forty." + OSIG),
    ]


def test_a_second_company_selling_to_the_department_is_a_vendor_too(tmp_path):
    f = drafted(tmp_path, _release())
    kinds = {o["name"]: o["kind"] for o in f["organizations"]["organizations"]}
    roles = {d: e["role"] for d, e in f["domains"]["domains"].items()}
    assert kinds.get("SeatPilot") == "vendor" and kinds.get("Ostmark Stadiums") == "vendor"
    assert roles["seatpilot.test"] == roles["ostmarkstadiums.test"] == "vendor_employee"
    assert roles.get("brackenfordherald.test", "other") == "other"
