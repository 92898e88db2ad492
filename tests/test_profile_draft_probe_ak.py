"""Drafted products (probe AK): a model number or a coined word written alone ("the DX-7", "Kestrel R5",
"GlassKeep") is the one product whose longer name holds it, also when that name has five words and its brand is the
vendor's first word; a common word is never taken so. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Lorna Beckwith", "lbeckwith@quorvex.example")
VSIG = "\n\nLorna Beckwith\nTerritory Manager\nQuorvex Mobile Imaging, Inc.\n"
COP = ("Anders Moyle", "amoyle@fallowcountyso.example")
CSIG = "\n\nSgt. Anders Moyle\nTraffic Unit\nFallow County Sheriff's Office\n"

MAIL = [
    (V, [COP], "Pricing", "Sergeant,\n\nGreat to meet you at the expo! Pricing as promised:\n\n"
     "- Quorvex DX-7 Cruiser Kit (two cameras, recorder, antenna): $1,875 per car\n"
     "- GlassKeep Cloud Archive: $29 per user per month\n"
     "- Quorvex Kestrel R5 Field Tablet: $1,240\n\nLorna" + VSIG),
    (COP, [V], "RE: Pricing", "Lorna, the DX-7 footage looked good. Send me a quote for four DX-7 kits.\n\nAnders" + CSIG),
    (V, [COP], "Quote", "Anders,\n\nFour DX-7 kits at $1,875 come to $7,500. I can add the Kestrel R5 for the "
     "supervisor car, and GlassKeep Cloud Archive for all of you at $29 a month.\n\nLorna" + VSIG),
    (COP, [V], "RE: Quote", "Thanks. The Kestrel R5 demo was slick. We already keep video in GlassKeep on the "
     "county trial.\n\nAnders" + CSIG),
]


def test_a_model_number_or_coined_word_alone_is_the_product_whose_name_holds_it(tmp_path):
    f = drafted(tmp_path, MAIL)
    prods = {p["name"]: p for p in f["products"]["products"]}
    dx = next(p for k, p in prods.items() if "DX-7 Cruiser Kit" in k)
    assert dx["unit_price_usd"] == 1875 and "DX-7" in dx["aliases"], prods
    kestrel = next(p for k, p in prods.items() if "Kestrel R5 Field Tablet" in k)
    assert kestrel["unit_price_usd"] == 1240 and "Kestrel R5" in kestrel["aliases"], prods
    glass = next(p for k, p in prods.items() if "GlassKeep Cloud Archive" in k)
    assert "GlassKeep" in glass["aliases"], prods
    assert not any(a in ("Cloud", "Field") for p in prods.values() for a in p["aliases"]), prods
