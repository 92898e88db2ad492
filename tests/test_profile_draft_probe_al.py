"""Drafted profiles (probe AL): a brand written in camel case that ends in a short acronym ("GlyphID", "CaseIQ") is a
name the price list and the counts can make a product; a police command ("Harbour Point Command") and a police
training academy signed under a unit's officer are units; a body of officers' own (a benevolent association, a union)
on its own domain is no agency. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Perpetua Lowe", "plowe@marrowfield.co.uk")
VSIG = "\n\nPerpetua Lowe\nKey Account Manager\nMarrowfield Imaging Ltd\n"
CAP = ("Osgood Varne", "ovarne@tidewaterpapd.org")
CAPSIG = "\n\nCapt. Osgood Varne\nCommanding Officer, Harbour Point Command\nTidewater Port Authority Police Department\n"
LT = ("Rhoda Quist", "rquist@tidewaterpapd.org")
LTSIG = "\n\nLt. Rhoda Quist\nDirector, Police Recruit Academy\nTidewater Port Authority Police Department\n"
UNION = ("Abe Tolliver", "atolliver@tidewaterpoliceguild.org")
UNSIG = "\n\nAbe Tolliver\nSecretary\nTidewater Police Benevolent Association\n"

MAIL = [
    (V, [CAP], "Marrowfield pricing", "Captain,\n\nOur list prices:\n\n- Marrowfield Lens reader: $890 per unit\n"
     "- GlyphID licence: $140 per user per year\n\nThe Lens pairs with the GlyphID app on any phone.\n\nPerpetua" + VSIG),
    (CAP, [V], "RE: Marrowfield pricing", "Perpetua, send a quote for 6 Lens readers and 6 GlyphID licences.\n\nOsgood"
     + CAPSIG),
    (V, [CAP], "RE: Marrowfield pricing", "Quote attached: 6 x Lens reader, 6 x GlyphID licence.\n\nPerpetua" + VSIG),
    (CAP, [V, LT], "RE: Marrowfield pricing", "Copying Lt. Quist for the academy.\n\nOsgood" + CAPSIG),
    (LT, [V], "Recruit class", "Perpetua, could the recruit class see a reader in May?\n\nRhoda" + LTSIG),
    (V, [LT], "RE: Recruit class", "Of course, Rhoda. I'll bring two.\n\nPerpetua" + VSIG),
    (UNION, [CAP], "Guild newsletter", "Osgood, can you write 200 words on the new readers?\n\nAbe" + UNSIG),
    (CAP, [UNION], "RE: Guild newsletter", "Sure, by Friday.\n\nOsgood" + CAPSIG),
]


def test_a_camel_case_brand_ending_in_an_acronym_is_a_product(tmp_path):
    f = drafted(tmp_path, MAIL)
    products = {p["name"]: p for p in f["products"]["products"]}
    glyph = next((p for k, p in products.items() if k.startswith("GlyphID")), None)
    assert glyph is not None and glyph["unit_price_usd"] == 140, products

def test_a_command_and_a_police_academy_are_units(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"] for u in f["units"]["units"]}
    assert {"Harbour Point Command", "Police Recruit Academy"} <= units, units

def test_an_officers_benevolent_association_is_no_agency(tmp_path):
    f = drafted(tmp_path, MAIL)
    doms = f["domains"]["domains"]
    assert doms["tidewaterpapd.org"]["role"] == "officer"
    assert doms.get("tidewaterpoliceguild.org", {}).get("role") != "officer", doms
