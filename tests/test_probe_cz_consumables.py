"""Probe CZ: a device maker's product line as clinics write of it: a handheld named by the line's brand ("one
Korvel Mini handheld"), and consumables counted by the box or the case ("30 boxes Korvel GlycoQ strips", "6 cases
of Korvel Renal cartridges") beside the line's main instrument. Invented names throughout."""
from __future__ import annotations

from giftgraph.nlp.draft_profile import _draft_products


def names(text: str) -> set[str]:
    return {p["name"] for p in _draft_products(text, [text], set(), set(), ["Tamsin Medical"])}


TEXT = """Hi Orla,

We ordered 2 Korvel 90 analyzers last month and the Korvel 90 analyzer has been solid at the nurses' station.

Per the quote, 30 boxes Korvel GlycoQ cartridges ship Friday, and 6 cases of Korvel Renal cartridges next week.

I also dropped off one Korvel Mini handheld for the step-down unit to try. The Korvel Mini is light enough for rounds.

Thanks,
Bram
"""


def test_a_handheld_and_boxed_consumables_of_a_product_line_are_products():
    got = names(TEXT)
    assert "Korvel 90" in got, got
    assert "Korvel Mini" in got, got
    assert "Korvel GlycoQ" in got and "Korvel Renal" in got, got


def test_a_box_count_of_a_plain_word_is_no_product():
    got = names("Hi,\n\nWe need 4 boxes Exam Gloves and 2 cases of Paper Towels for the lounge.\n\nThanks\n")
    assert not got, got


def test_an_amount_in_the_next_sentence_about_something_else_is_no_price():
    text = ("Hi Orla,\n\nCould we bring lunch on 5/2 while we go over the Korvel Mini? Harbor Deli again, "
            "~$300 for the floor. Let me know.\n\nI left one Korvel Mini handheld at the desk.\n\nBram\n")
    got = {p["name"]: p["unit_price_usd"] for p in _draft_products(text, [text], set(), set(), ["Tamsin Medical"])}
    assert got.get("Korvel Mini", "missing") is None, got


def test_leader_dots_to_the_price_end_no_sentence():
    text = ("Quote:\n  Korvel Mini handheld ...... $1,150 each\n  Korvel 90 analyzer ... $9,800\n\n"
            "We can ship 2 Korvel Mini handhelds and 1 Korvel 90 analyzer next week.\n")
    got = {p["name"]: p["unit_price_usd"] for p in _draft_products(text, [text], set(), set(), ["Tamsin Medical"])}
    assert got.get("Korvel Mini") == 1150 and got.get("Korvel 90") == 9800, got
