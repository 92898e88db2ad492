"""Drafted profiles (probe AR): a company line whose first and last words spell the address domain, the words
between left out ("Brackwood Field K9" of brackwoodk9.test). Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Hollis Varne", "hollis@brackwoodk9.test")
VSIG = "\n\nHollis Varne\nFounder | Brackwood Field K9\n(555) 010-4410\n"
V2 = ("Tess Mabry", "tess@brackwoodk9.test")
V2SIG = "\n\nTess Mabry\nOrders Desk\nBrackwood Field K9\n"
SGT = ("Ada Pellow", "apellow@quarrycountyso.org")
SIG = "\n\nSgt. Ada Pellow\nK9 Unit\nQuarry County Sheriff's Office\n"
DEP = ("Nils Orrin", "norrin@quarrycountyso.org")
DSIG = "\n\nDep. Nils Orrin\nK9 Unit\nQuarry County Sheriff's Office\n"

MAIL = [
    (V, [SGT], "Harnesses", "Sarge,\n\nThe harness quote you wanted is attached, $640 each.\n\nHollis" + VSIG),
    (SGT, [V], "RE: Harnesses", "Got it, thanks. Will send to the captain.\n\nAda" + SIG),
    (V2, [SGT], "Quote", "Sergeant, the quote is attached. Please send a PO when ready.\n\nTess" + V2SIG),
    (DEP, [V], "Leads", "Hollis, do you carry long leads?\n\nNils" + DSIG),
    (V, [DEP], "RE: Leads", "Sure do, $45 each.\n\nHollis" + VSIG),
]


def test_a_company_line_spelling_its_domain_with_middle_words_left_out_names_the_vendor(tmp_path):
    f = drafted(tmp_path, MAIL)
    assert f["domains"]["domains"]["brackwoodk9.test"]["organization"] == "Brackwood Field K9"
    assert f["profile"]["vendor"] == "Brackwood Field K9"


QUOTE = [
    (V2, [SGT], "Quote Q-88", "Sergeant,\n\nBelow is the quote you asked for:\n\n  Tallis Bite Sleeve (left arm), qty 4 @ $310.00 = "
     "$1,240.00\n  Freight: $25.00\n\nValid 30 days.\n\nTess" + V2SIG),
    (SGT, [V2], "RE: Quote Q-88", "Thanks Tess, we'll buy four Tallis Bite Sleeves once the PO clears.\n\nAda" + SIG),
    (V, [DEP], "Sleeves", "Nils, how's the K9 Juno doing? She'll love the Tallis Bite Sleeve.\n\nHollis" + VSIG),
    (DEP, [V], "RE: Sleeves", "K9 Juno is great. K9 Brix is retiring in May, K9 Odin starts June. The Tallis Bite Sleeve "
     "sounds good.\n\nNils" + DSIG),
]


def test_a_quote_line_counting_a_thing_at_a_price_each_drafts_it_priced(tmp_path):
    """"X (left arm), qty 4 @ $310.00 = $1,240.00": an order's or a quote's line names a product and its price each."""
    prods = {p["name"]: p for p in drafted(tmp_path, QUOTE)["products"]["products"]}
    assert prods["Tallis Bite Sleeve"]["unit_price_usd"] == 310


def test_a_word_put_before_many_other_names_is_no_short_form_of_the_product_holding_it(tmp_path):
    """"K9" before dogs' names ("K9 Juno", "K9 Brix", "K9 Odin") is no alias of the one product whose name holds it."""
    mails = QUOTE[:2] + [
        (V, [DEP], "Vests", "Nils, the Tallis K9 Cooling Vest lists at $280. K9 Juno would look sharp in one, and so would your other K9 dogs.\n\nHollis" + VSIG),
        (DEP, [V], "RE: Vests", "We might get two Tallis K9 Cooling Vests for the summer. K9 Brix is retiring, K9 Odin starts "
         "June, K9 Juno stays. All our K9 cars run hot in July.\n\nNils" + DSIG),
    ]
    prods = {p["name"]: p for p in drafted(tmp_path, mails)["products"]["products"]}
    vest = next(p for n, p in prods.items() if "Cooling Vest" in n)
    assert "K9" not in vest["aliases"]


def test_a_products_first_word_and_its_kind_in_lower_case_is_its_short_form(tmp_path):
    """"the Tallis sleeve" for "Tallis Bite Sleeve": the brand word and the kind, the words between left out."""
    mails = QUOTE + [
        (DEP, [SGT], "Sleeves", "Sarge, the Tallis sleeve held up fine on the decoy today.\n\nNils" + DSIG),
    ]
    prods = {p["name"]: p for p in drafted(tmp_path, mails)["products"]["products"]}
    assert "Tallis sleeve" in prods["Tallis Bite Sleeve"]["aliases"]
