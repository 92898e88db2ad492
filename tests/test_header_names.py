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

    assert names("Vell, Tomas (AGY/OD) [E] QNN Prandt, Ilse M >") == ["Tomas Vell", "Ilse M Prandt"]
    assert names("Orr, Kai (AGY) PQ >> Dela Vina, Rosa (BRD) <Q>") == ["Kai Orr", "Rosa Dela Vina"]
    assert names("Orr, Kai (AGY) [E] OI @>> Marsh Pyne, Delia (AGY) [E] qu") == ["Kai Orr", "Delia Marsh Pyne"]
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


def test_credentials_after_the_comma_are_not_a_given_name():
    assert _name("Ilsa Marn, MD") == "Ilsa Marn"
    assert _name("ILSA MARN, PhD OO >") == "ILSA MARN"
    assert _name("Tomas P. Vell, MO") == "Tomas P Vell"  # OCR reads the D of MD as O
    assert _name("Vell, Tomas") == "Tomas Vell"  # a given name stays one
    assert _name("Marn, MD") == "MD Marn"  # one word before the comma: nothing to say it is a name


def test_a_short_capital_surname_before_its_comma_is_written_as_a_name():
    # left in capitals, "Ida Tam KOH" reads as a given name, a middle name and an OCR scrap
    assert _name("KOH, Ida Tam") == "Ida Tam Koh"
    n = parse_name(_name("KOH, Ida Tam"))
    assert (n.first, n.last) == ("Ida", "Koh")
    assert _name("VANDERMEER, Ida") == "Ida VANDERMEER"  # a long one stays as printed


def test_a_scrap_after_a_name_that_starts_with_initials_goes():
    from giftgraph.ingest.addresses import drop_capital_scraps
    from giftgraph.ingest.message import Address, Message

    m = Message(sender=Address(name="JT Varnum GQ", raw="JT Varnum! GQ"), to=[Address(name="Kai Orr", raw="Kai Orr")])
    drop_capital_scraps([m])
    assert m.sender.name == "JT Varnum"
    # a short surname printed in capitals before its comma is no scrap, a credential there is
    m = Message(sender=Address(name="Ida Tam KOH", raw="KOH, Ida Tam"),
                to=[Address(name="Kai Orr MD", raw="Kai Orr MD, OO")])
    drop_capital_scraps([m])
    assert (m.sender.name, m.to[0].name) == ("Ida Tam KOH", "Kai Orr")


def test_a_dotted_user_name_whose_domain_was_redacted_is_a_name():
    assert _name("Ida.Voss OOO") == "Ida Voss"
    a, _ = parse_address("Ida.Voss@relief.example")  # a whole address stays an address
    assert (a.name, a.email) == ("", "ida.voss@relief.example")


def test_a_lower_case_surname_with_an_apostrophe_before_its_comma():
    assert _name("o'hara, Ines M. OO >") == "Ines M o'hara"
    assert _name("d\u2019silva, Kai") == "Kai d\u2019silva"


def test_a_scrap_before_the_comma_of_the_next_outlook_entry_does_not_hide_it():
    names = [a.name for a in parse_address_list("Orr, Kai (AGY) QOO, Tam, Ivo B. (AGY) OOQ >")[0]]
    assert names == ["Kai Orr", "Ivo B Tam"]


def test_entries_glued_where_an_address_was_left_unclosed_or_redacted():
    def read(field):
        return [(a.name, a.email) for a in parse_address_list(field)[0]]

    # an OCR'd address that lost its "@" and its ">" before the next "Name <address>"
    assert read("Ana Roe <aroe.x.exarnple Ivo Lund Tam <itam@x.example>") == [
        ("Ana Roe", ""), ("Ivo Lund Tam", "itam@x.example")]
    # a name, the scraps of its redacted address, then "Surname, Given <address>"
    assert read("Jon Bede vvv GQ Tam, Ivo <Ivo.Tam@x.example>") == [("Jon Bede", ""), ("Ivo Tam", "ivo.tam@x.example")]
    # the name fits the address: not split off as someone else
    assert len(read("Ivo Tam vvv GQ Tam, Ivo <Ivo.Tam@x.example>")) == 1
    assert read("Ana Roe OO <aroe@x.example>") == [("Ana Roe", "aroe@x.example")]
    assert read("Ana Roe <aroe@x.example>") == [("Ana Roe", "aroe@x.example")]


def test_a_middle_initial_read_as_the_digit_one():
    assert _name("Ana 1. Roe") == "Ana I. Roe"
    assert _name("Ana 1. Roe, MD") == "Ana I. Roe"
    assert _name("Roe, Ana 1.") == "Ana Roe"  # nothing after it: no initial to read


def test_a_capital_surname_before_a_given_name_nobody_lists_is_put_in_order_by_its_address():
    """"PELL Wynne <wynne.pell@...>", "VARGO Osric <ovargo@...>": a directory's "LAST First" with a given
    name no nickname table knows; the address spells the given name (or its initial) then the surname.
    Not when the address says nothing of the order ("DUNN Elke <help@...>")."""
    from giftgraph.nlp.resolve import _order_by_address

    def order(printed: str, email: str) -> tuple[str, str]:
        pn = _order_by_address(email, parse_name(printed), printed)
        return pn.first, pn.last

    assert order("PELL Wynne", "wynne.pell@plate.example") == ("Wynne", "Pell")
    assert order("VARGO Osric", "ovargo@county.example") == ("Osric", "Vargo")
    assert order("AMBER-LOIS Quenby", "qamber-lois@county.example") == ("Quenby", "Amber-Lois")
    assert order("Sarcina Giuseppe", "gsarcina@x.example") == ("Giuseppe", "Sarcina")
    assert order("DUNN Elke", "help@x.example") == ("DUNN", "Elke")
    assert order("Wynne Pell", "wynne.pell@plate.example") == ("Wynne", "Pell")
