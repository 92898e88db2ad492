"""A coined brand name (a capital inside the word: "QuayLight") written twice or more, with one sign of a thing sold
("QuayLight, our harbour-monitoring service"), is a product; coined names of other firms' things the release only uses ("the PowerPoint deck", "my LinkedIn post"), with
no sign of a thing sold, are not."""
from __future__ import annotations

from tests.test_profile_draft import drafted

SIG = "Ines Marchbank\nRegional Sales Manager\nBrackwell Marine Systems Inc.\nimarchbank@brackwell.com\n"
AGENCY = "Sgt. Tobiah Fenwright\nMarine Unit\nPortsend Police Department\ntfenwright@portsendpd.org\n"
V = ("Ines Marchbank", "imarchbank@brackwell.com")
A = ("Tobiah Fenwright", "tfenwright@portsendpd.org")

MAILS = [
    (V, [A], "Harbour monitoring",
     "Sergeant,\n\nQuayLight, our harbour-monitoring service, went live at two ports this spring. I attached the\n"
     "PowerPoint deck from the meeting.\n\n" + SIG),
    (A, [V], "RE: Harbour monitoring",
     "Ines,\n\nThanks. I shared the PowerPoint deck with the captain and wrote about QuayLight in my LinkedIn post.\n"
     "Does the Tarnel R7 float?\n\n" + AGENCY),
    (V, [A], "RE: Harbour monitoring",
     "Sergeant,\n\nGlad to hear it. I can send a quote and our pricing for the Marine Unit, with a demo for your\n"
     "officers. Our customers order in the spring. We can also ship two Tarnel R7s for the boats.\n"
     "Your LinkedIn post about QuayLight got a lot of attention here.\n\n" + SIG),
]


def test_a_coined_brand_spoken_of_as_sold_is_a_product_a_coined_word_used_is_not(tmp_path):
    names = {p["name"] for p in drafted(tmp_path, MAILS)["products"]["products"]}
    assert "QuayLight" in names
    assert not names & {"PowerPoint", "LinkedIn"}
