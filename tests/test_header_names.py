"""How printed header entries are read into names: office and list names, mailbox codes, entries
OCR glued together after an Outlook tag, and the "Name - Company" display form (invented names)."""
from __future__ import annotations

from giftgraph.ingest.addresses import display_with_suffix, parse_address, parse_address_list
from giftgraph.nlp.names import parse_name


def _name(raw: str) -> str:
    a, _ = parse_address(raw)
    return a.name if a else ""


def test_office_journal_and_list_names_keep_their_small_words():
    assert _name("Gazette of Tern Valley <letters@ternvalley.example>") == "Gazette of Tern Valley"
    assert _name("Office of the Harbour-Master <hm@port.example>") == "Office of the Harbour-Master"
    assert _name("Friends for Quarry Park (FQP) <info@fqp.example>") == "Friends for Quarry Park"
    # a small word at the end, or before a scrap, is not part of the name
    assert _name("Ilsa Marn and") == "Ilsa Marn"
    assert _name("Ilsa Marn of OO >") == "Ilsa Marn"


def test_such_names_are_never_read_as_a_given_name_and_a_surname():
    assert parse_name("Gazette of Tern Valley").opaque
    assert parse_name("Office of the Harbour-Master").opaque
    n = parse_name("Rosa de la Vina")  # surname particles stay a person's name
    assert not n.opaque and n.last == "de la Vina"


def test_a_mailbox_name_may_start_with_a_code_of_capitals_and_digits():
    assert _name("QX7R Help Desk <qx7r@help.example>") == "QX7R Help Desk"
    assert _name("QX7R - Secretariat <sec@qx7r.example>") == "QX7R"
    assert _name("9G >") == ""  # a scrap is no code
    assert _name("O6 Tomas Vell") == ""  # nor does a scrap start a name


def test_entries_glued_after_an_outlook_tag_are_split_past_the_scraps_between():
    def names(field):
        return [a.name for a in parse_address_list(field)[0]]

    assert names("Vell, Tomas (AGY/OD) [E] QOO Prandt, Ilse M >") == ["Tomas Vell", "Ilse M Prandt"]
    assert names("Orr, Kai (AGY) MO >> Dela Vina, Rosa (BRD) <P>") == ["Kai Orr", "Rosa Dela Vina"]
    assert names("Orr, Kai (AGY) [E] DI @>> Marsh Pyne, Delia (AGY) [E] en") == ["Kai Orr", "Delia Marsh Pyne"]
    # nothing shaped "Surname, Given" after the tag: one entry
    assert names("Orr, Kai (AGY) [E] OO Tam") == ["Kai Orr"]
    # a scrap is never taken for the first word of a two-word surname
    assert names("Orr, Kai (AGY) [E] Oe Tam, Ivo") == ["Kai Orr", "Ivo Tam"]


def test_a_display_name_with_a_spaced_dash_suffix():
    raw = "Ines Varro - Acme Freight <ivarro@acme.example>"
    a, _ = parse_address(raw)
    assert a.name == "Ines Varro"
    assert display_with_suffix(a.raw, a.name) == "Ines Varro - Acme Freight"
    assert display_with_suffix("QX7R - Secretariat <sec@qx7r.example>", "QX7R") == "QX7R - Secretariat"
    assert display_with_suffix("Ines Varro <ivarro@acme.example>", "Ines Varro") is None
    assert display_with_suffix("Ines Varro - OO >", "Ines Varro") is None  # a scrap is no suffix
    assert display_with_suffix("Kai Orr - Acme", "Ines Varro") is None  # the head must be the name read
