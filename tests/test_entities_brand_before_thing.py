"""A capitalised phrase the model calls a person, right before a kind of thing in small letters on the same line ("a
bottle of Old Marlow Single Cask bourbon", "the Tessa Varga camera we demoed"), names a brand, not a person; a name
before a verb, or at a line's end over a word of the next line, stays a person. Every line is invented for these
tests."""
from types import SimpleNamespace

from giftgraph.nlp.extract import _NotPerson
from giftgraph.nlp.names import parse_name


def says(text, name):
    at = text.index(name)
    return _NotPerson(places=set(), org_starts=set()).says(SimpleNamespace(start_char=at, end_char=at + len(name)),
                                                            parse_name(name), text)


def test_a_phrase_before_a_kind_of_thing_is_no_person():
    assert says("A bottle of Old Marlow Single Cask bourbon ($85) is on its way.", "Marlow Single Cask")
    assert says("The Tessa Varga camera we demoed is still on my desk.", "Tessa Varga")


def test_a_name_before_a_verb_or_a_line_break_stays_a_person():
    assert not says("Tessa Varga called about the cameras.", "Tessa Varga")
    assert not says("Thanks,\nTessa Varga\ncamera program lead", "Tessa Varga")
