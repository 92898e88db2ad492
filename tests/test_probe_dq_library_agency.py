"""A public library on a .org domain that a company sells to is the buying side (its staff officers), as a
city's transit or public works department is: "Harwick City Public Library", "Ostrava Falls Regional Library"."""
from __future__ import annotations

from giftgraph.ingest import read_paths
from giftgraph.nlp.draft_profile import draft_profile
from tests.test_profile_draft import write_release

SIG_A = "\n\nMarisol Quenby\nHead of Adult Services\nHarwick City Public Library\n"
SIG_B = "\n\nOtis Brandvold\nAccount Executive\nFernleaf Learning Software, Inc.\n"
MAILS = [
    (("Otis Brandvold", "otis@fernleafsoft.com"), [("Marisol Quenby", "mquenby@harwickpl.org")],
     "Quote for the database subscription", "Marisol,\n\nAttached is our quote for the annual subscription, $8,200 "
     "for all branches. We can invoice on your purchase order." + SIG_B),
    (("Marisol Quenby", "mquenby@harwickpl.org"), [("Otis Brandvold", "otis@fernleafsoft.com")],
     "RE: Quote for the database subscription", "Otis,\n\nThanks, we'll send the order next week." + SIG_A),
    (("Otis Brandvold", "otis@fernleafsoft.com"), [("Marisol Quenby", "mquenby@harwickpl.org")],
     "Invoice 5521", "Marisol,\n\nHere is the invoice for the order, net 30. Thanks for your purchase." + SIG_B),
    (("Marisol Quenby", "mquenby@harwickpl.org"), [("Ines Tollander", "itollander@harwickpl.org")],
     "vendor invoice", "Ines,\n\nPlease pay the Fernleaf invoice from the databases line." + SIG_A),
]


def test_a_public_library_bought_from_is_the_agency(tmp_path):
    res = read_paths([write_release(tmp_path / "mail", MAILS)], timezone="America/Chicago", log=lambda s: None)
    d = draft_profile(res.messages).files
    doms = d["domains"]["domains"]
    assert doms["harwickpl.org"]["role"] == "officer"
    assert doms["fernleafsoft.com"]["role"] == "vendor_employee"
