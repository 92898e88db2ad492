"""Drafted profiles: a unit of the agency called by the end of its name ("the Dive Unit" of the "Marine Dive Unit")
is that unit, no product; and "$P per unit" on a line that names another thing (a rival's quotation) is no price of
the vendor's product, however often that product is counted in "units". Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ottilie Varga", "ottilie@harrowlight.example")
VSIG = "\n\nOttilie Varga\nSales Manager\nHarrowlight Optics Ltd\n"
COP = ("Piers Aldana", "piers.aldana@glenmorepolice.example")
CSIG = "\n\nSergeant Piers Aldana\nMarine Dive Unit\nGlenmore Police Service\n"
BUY = ("Rosalind Quayle", "rosalind.quayle@glenmorepolice.example")
BSIG = "\n\nRosalind Quayle\nFleet Purchasing\nGlenmore Police Service\n"
RIVAL = ("Dev Marchbank", "dev@tidewatchsystems.example")
RSIG = "\n\nDev Marchbank\nTidewatch Systems\n"

MAIL = [
    (V, [COP], "Lanterns", "Piers,\n\nThe two Harrowlight Beacon 7 lamps are on their way for the Dive Unit to try. Happy to "
     "put a quote together if you want to order more." + VSIG),
    (COP, [V], "RE: Lanterns", "Ottilie,\n\nThe Dive Unit loved them. The lads reckon two more Beacon 7 units would "
     "cover the night shift." + CSIG),
    (BUY, [V], "Quote please", "Ottilie,\n\nPlease quote four Beacon 7 units for the Dive Unit." + BSIG),
    (V, [BUY], "RE: Quote please", "Rosalind,\n\nQuote Q-88:\n  4 x Beacon 7 @ $1,240.00    $4,960.00\n\nRegards," + VSIG),
    (RIVAL, [BUY], "Our quotation", "Rosalind,\n\nThe Tidewatch Glimmer lamp is $1,900 per unit, battery included." + RSIG),
    (COP, [BUY], "Lamps", "Rosalind,\n\nWe'd prefer the Beacon 7 units over the rival lamp, the Dive Unit "
     "knows them already and the Beacon 7 lamps float." + CSIG),
]


def test_a_unit_called_by_its_last_words_is_no_product_and_per_unit_prices_what_its_line_names(tmp_path):
    f = drafted(tmp_path, MAIL)
    prods = {p["name"]: p.get("unit_price_usd") for p in f["products"]["products"]}
    assert "Dive Unit" not in prods, prods
    beacon = [v for k, v in prods.items() if "Beacon 7" in k]
    assert beacon == [1240], prods
