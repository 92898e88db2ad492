"""Drafted products (probe CM): a phone number written in groups of digits ("Tel. +1 303 555 0172 | Cell ...") ends
in a group of up to four digits before a "|": that is no quantity column, and the label after it ("Cell", "Mobile")
is no product; a table row's quantity column ("4 | Beacon Hub | $450") still counts. Every line is invented."""
from __future__ import annotations

from giftgraph.nlp.draft_profile import _draft_products


def _names(text):
    return [p["name"] for p in _draft_products(text, [text], set(), set(), ["Quillmark"])]


def test_a_phone_label_after_grouped_digits_is_no_product():
    sig = "Rhea Calloway\nRegional Manager\nQuillmark Ltd\nTel. +1 303 555 0172 | Cell +44 7700 900 412\n"
    assert _names("Hello Jo,\n\nSee you Monday.\n\n" + sig + "\nHi again,\n\nThe slides are attached.\n\n" + sig) == []


def test_a_quantity_column_still_counts():
    text = "Order lines:\n4 | Lumen Dock | $450\n\nSecond order:\n6 | Lumen Dock | $450\n"
    assert _names(text) == ["Lumen Dock"]
