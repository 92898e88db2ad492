"""Probe AD: a request opening a sentence ("Tell Nadia ...", "Ask Ravi ...") glued by the model to the name after it
is no person "Tell Nadia"; a name that merely starts with such a word elsewhere still is one."""
from types import SimpleNamespace

from giftgraph.nlp.extract import _NotPerson
from giftgraph.nlp.names import parse_name


def says(text, name):
    np_ = _NotPerson(places=set(), org_starts=set())
    return np_.says(SimpleNamespace(start_char=text.index(name)), parse_name(name), text)


def test_a_request_verb_opening_the_sentence_before_a_name_is_no_person():
    assert says("Glad it helped. Tell Nadia to send me the crash logs.", "Tell Nadia")
    assert says("Ask Ravi whether Tuesday works", "Ask Ravi")
    assert says("Thanks again!\nRemind Ines about the forms.", "Remind Ines")


def test_a_real_name_is_still_a_person():
    assert not says("I spoke with Nadia Ferro today.", "Nadia Ferro")
    assert not says("then Tell Nadia Ferro said", "Tell Nadia Ferro")  # not opening a sentence: left to the rest


def test_a_word_opening_the_sentence_then_the_rank_the_reader_is_called_by_is_no_person():
    """Probe AR: "Understood Sheriff, ..." and "Noted Sergeant." call the reader by a rank; a rank ends no name."""
    assert says("Understood Sheriff, we'll send the paperwork over.", "Understood Sheriff")
    assert says("Got it.\nNoted Sergeant, thanks.", "Noted Sergeant")
    assert not says("I met Wren Sheriff at the expo.", "Wren Sheriff")  # not opening a sentence: left to the rest
