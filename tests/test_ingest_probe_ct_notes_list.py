"""Lotus Notes readers listed with commas (found by probe CT): a plain-text Notes export prints a To or cc field of
several people as their hierarchical names with commas between them ("Ivy Lund/Parks/Cobbold@Cobbold, Rui Sato/
Finance/Cobbold@Cobbold"), no address at all. Each name is one reader; before, the list was read as one person
glued from the first words. Every name and line here is invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.addresses import parse_address_list
from giftgraph.ingest.printed import split_text


def _names(field):
    return [(a.name, a.email) for a in parse_address_list(field)[0]]


def test_a_list_of_notes_names_is_one_reader_each():
    assert _names("Ivy Lund/Parks/Cobbold@Cobbold, Rui T Sato/Finance/Cobbold@Cobbold, Bo Ek/Fleet/Cobbold@Cobbold") == [
        ("Ivy Lund", ""), ("Rui T Sato", ""), ("Bo Ek", "")]


def test_notes_names_beside_internet_addresses_and_a_short_name():
    assert _names("Ivy Lund/Parks/Cobbold@Cobbold, dara.holm@mail.example, Rui Sato/Cobbold") == [
        ("Ivy Lund", ""), ("", "dara.holm@mail.example"), ("Rui Sato", "")]


def test_last_first_lists_are_untouched():
    assert _names("Lund, Ivy") == [("Ivy Lund", "")]


def test_a_printed_notes_message_to_three_people():
    text = ("From: Gail Pryor/Clerk/Cobbold\n"
            "To: Ivy Lund/Parks/Cobbold@Cobbold, Rui Sato/Finance/Cobbold@Cobbold, Bo Ek/Fleet/Cobbold@Cobbold\n"
            "cc: \n"
            "Date: 05/06/2025 09:30 AM\n"
            "Subject: Budget hearing moved\n"
            "\n"
            "All,\n\nThe hearing moves to Thursday at 10.\n\nGail\n")
    (m,) = split_text(text, file="export.txt", timezone="America/Chicago")
    assert m.sender.name == "Gail Pryor"
    assert [a.name for a in m.to] == ["Ivy Lund", "Rui Sato", "Bo Ek"]
