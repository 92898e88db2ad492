"""Probe DM: a request to get in touch opening a sentence ("Call Ines Okonjo at ...", "Email Ravi Dhar about ...",
"Phone Nadia ...") glued by the model to the name after it is no person "Call Ines Okonjo"; a name that merely starts
with such a word elsewhere still is one. Every sentence is invented for this test."""
from types import SimpleNamespace

from giftgraph.nlp.extract import _NotPerson
from giftgraph.nlp.names import parse_name


def says(text, name):
    np_ = _NotPerson(places=set(), org_starts=set())
    return np_.says(SimpleNamespace(start_char=text.index(name)), parse_name(name), text)


def test_a_contact_verb_opening_the_sentence_before_a_name_is_no_person():
    assert says("It held up well. Call Ines Okonjo at their Tacoma office and mention my name.", "Call Ines Okonjo")
    assert says("Email Ravi Dhar about the quote.", "Email Ravi Dhar")
    assert says("Sure thing.\nPhone Nadia Ferro before noon.", "Phone Nadia Ferro")
    assert says("Contact Bram Tiel for a demo.", "Contact Bram Tiel")


def test_a_real_name_after_no_request_is_still_a_person():
    assert not says("I spoke with Ines Okonjo today.", "Ines Okonjo")
    assert not says("then Call Ines said", "Call Ines")  # not opening a sentence: left to the rest
