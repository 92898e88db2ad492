"""Probe CW: bodies written with military-style dates ("03 JUN 2024", "the 10-14 JUN class") in a drafted profile.

A month abbreviation printed in capitals after a day number is a date, not a product counted by that number: a
drafted product "JUN" made every sentence with a date in it name a product, and a gift told in such a sentence
("on 03 JUN 2024 I received ...") was read as no gift.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_profile_draft import drafted  # noqa: E402

SELLER = ("Wren Haldane", "wren.haldane@brightfallow.example")
BUYER = ("Osric Penhallow", "osric.penhallow@dep.corvane.example")
CLERK = ("Ines Trevathan", "ines.trevathan@dep.corvane.example")

SIG_S = "\n\nWren Haldane\nAccount Manager, Public Sector Sales\nBrightfallow Training LLC\n"
SIG_B = "\n\nSgt. Osric Penhallow\nNorth Sector\nCorvane Department of Public Safety\n"

MAILS = [
    (SELLER, [BUYER], "Quote - Tactical Briefing Course",
     "Sergeant,\n\nOur Tactical Briefing Course runs $850 per seat. The next class meets 10-14 JUN 2024 and the one "
     "after 08-12 JUL 2024. Four seats at $850 each would be $3,400." + SIG_S),
    (BUYER, [SELLER], "RE: Quote - Tactical Briefing Course",
     "Ms. Haldane,\n\nWe will send two to the 10-14 JUN class and two on 08 JUL. A purchase order follows by 21 MAY 2024."
     + SIG_B),
    (SELLER, [BUYER], "RE: Quote - Tactical Briefing Course",
     "Received, thank you. Rosters are due 03 JUN 2024; the JUN class starts at 0800 and the JUL class at 0730." + SIG_S),
    (SELLER, [BUYER], "Invoice INV-2207 - Tactical Briefing Course",
     "Sergeant,\n\nAttached is our invoice for the four seats we quoted on 14 MAY 2024. Our pricing holds for the 08-12 "
     "JUL class; we offer a 10% discount on orders of six seats or more." + SIG_S),
    (SELLER, [BUYER], "Tactical Briefing Course - demo session",
     "Sergeant,\n\nWe are offering a free demo session of the Tactical Briefing Course on 21 JUN 2024 for customers "
     "who order before 01 JUL 2024." + SIG_S),
    (BUYER, [CLERK], "Enrolment - Tactical Briefing Course",
     "Ines,\n\nFour of ours go to the Tactical Briefing Course in JUN and JUL. PO to follow by 21 MAY 2024." + SIG_B),
]


def test_capital_month_after_a_day_is_no_product(tmp_path):
    names = {p["name"] for p in drafted(tmp_path, MAILS)["products"]["products"]}
    assert not names & {"JUN", "JUL", "MAY"}, names
