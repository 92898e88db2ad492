"""A sender shown as "Tamsin from Quillbox" or "Tamsin at Quillbox" names a person and the company or product she writes
for: the words after "from"/"at" are no person's name words, so the product they name can still be drafted."""
from __future__ import annotations

from giftgraph.ingest import read_paths
from giftgraph.nlp.draft_profile import draft_profile
from tests.test_profile_draft import write_release

SIG_V = "\n\nTamsin Orrey\nAccount Manager\nPapyrion Learning, Inc.\n"
SIG_A = "\n\nBo Kettering\nDeputy Director\nHalloway Public Library\n"
V = ("Tamsin from Quillbox", "tamsin@papyrion.com")
A = ("Bo Kettering", "bkettering@hallowaypl.org")
MAILS = [
    (V, [A], "Quillbox quote", "Bo,\n\nHere is the quote for the Quillbox app: 40 Quillbox seats at $30 each, invoiced "
                               "on your purchase order." + SIG_V),
    (A, [V], "RE: Quillbox quote", "Tamsin,\n\nThanks. We'll order the 40 Quillbox seats next week." + SIG_A),
    (V, [A], "Invoice for Quillbox", "Bo,\n\nThe invoice for the Quillbox app order is attached, net 30." + SIG_V),
    (A, [V], "RE: Invoice for Quillbox", "Tamsin,\n\nPaid today. Patrons like the Quillbox app." + SIG_A),
]


def test_a_product_named_in_a_senders_display_name_is_still_drafted(tmp_path):
    res = read_paths([write_release(tmp_path / "mail", MAILS)], timezone="America/Chicago", log=lambda s: None)
    d = draft_profile(res.messages).files
    names = {p["name"] for p in d["products"]["products"]}
    assert "Quillbox" in names, (names, d["profile"])
