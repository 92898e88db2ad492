"""Probe DR: a company's domain may spell only the head of its name ("halvorsenfield.com" for "Halvorsen Field
Outfitters"). When the release writes the spelled words every time followed by the same capitalised word, that word
is part of the name (else the tail is left to be read as a product of its own: "Outfitters")."""
from __future__ import annotations

from giftgraph.nlp.draft_profile import _text_spells_label

SIG = "Mara Quill\nAccount Manager\nHalvorsen Field Outfitters | 555-0192\n"


def test_the_word_always_written_after_the_spelled_name_completes_it():
    text = "Hi Ed,\nThanks for the order.\n" + SIG + "\nWe at Halvorsen Field Outfitters appreciate it.\n" + SIG
    assert _text_spells_label("halvorsenfield", text) == "Halvorsen Field Outfitters"


def test_a_name_also_written_alone_stays_as_spelled():
    text = SIG + "\nHalvorsen Field will ship Monday.\nThe Halvorsen Field Outfitters catalog is attached.\n"
    assert _text_spells_label("halvorsenfield", text) == "Halvorsen Field"


def test_a_lower_case_or_connector_word_after_it_adds_nothing():
    text = "Halvorsen Field and the team.\nHalvorsen Field and more.\n"
    assert _text_spells_label("halvorsenfield", text) == "Halvorsen Field"
