"""Swag that bears a product's name ("Porch Cam-branded beanies", "Relay Chime branded mugs") is not that product:
the things given are the beanies, priced as the message prices them, not the catalogue's cameras.

Uses the invented world of test_relations.py (vendor Vera of Acme Cams, officer Otto, Porch Cam at $199)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gift_triples as gifts
from test_relations import run, vendor_thread


def test_product_branded_swag_is_not_the_product():
    _, edges = run(vendor_thread(
        "Otto, I'm mailing 10 Porch Cam-branded beanies to the precinct for your cadets, on us. They go for $15 apiece.",
        "The beanies came today, thank you!"))
    (g,) = of_gift(edges)
    assert g.attrs["value_usd"] == 150.0
    assert not any(it.get("product") == "p_door" for it in g.attrs.get("items") or [])


def test_the_product_itself_is_still_the_product():
    _, edges = run(vendor_thread(
        "Otto, I'm mailing two Porch Cams to the precinct for your cadets, on us.",
        "The cameras came today, thank you!"))
    (g,) = of_gift(edges)
    assert g.attrs["value_usd"] == 398.0


def of_gift(edges):
    return [e for e in edges if e.type == "GIFT"]


def test_gifts_helper_still_reads_values():
    _, edges = run(vendor_thread("Otto, I'm mailing two Porch Cams to the precinct, on us.", "They came, thanks!"))
    assert [v for *_, v in gifts(edges)] == [398.0]
