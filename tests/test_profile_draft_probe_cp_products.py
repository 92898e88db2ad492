"""Drafted products (probe CP): a product named with a size or a count of its model hyphened to a word before the kind
of thing it is ("20 Flintmark 6-port hubs", "an Osprey 4-channel recorder") is named and counted like "20 Flintmark
hubs". Every name here is invented for these tests."""
from __future__ import annotations

from giftgraph.nlp.draft_profile import _draft_products


def _names(text: str) -> set[str]:
    return {p["name"] for p in _draft_products(text, [text], set(), set(), ["Larkhaven"])}


def test_a_number_hyphened_to_a_word_before_the_kind_of_thing():
    text = ("We're shipping 20 Flintmark 6-port hubs to your dispatch floor next week.\n"
            "Shipping is free on any Flintmark order placed this month.\n")
    assert "Flintmark" in _names(text)


def test_plain_counts_of_rooms_are_still_no_products():
    text = "We have 3 Conference 2-seat rooms.\nThe Conference rooms are on the second floor.\n"
    assert "Conference" not in _names(text)
