"""A code printed in groups and cut short where it is introduced ("... is XY 4 OFF": "off" reads as the end
of the phrase) is the longer code the release prints elsewhere, not a second code. Invented wording."""
from __future__ import annotations

import pytest

from giftgraph.ingest.message import Address, Message


def _msg(mid, day, body, subject="code"):
    return Message(id=mid, sender=Address("Wren Alcott", "wren@vendor.example"), to=[Address("Pat Oyelaran", "pat@city.example")],
                   subject=subject, sent=f"2024-03-0{day}T10:00:00+00:00", body=body)


def test_a_spaced_code_cut_at_a_stop_word_is_the_longer_code_printed_elsewhere():
    pytest.importorskip("spacy")
    from giftgraph.nlp.extract import extract_entities

    msgs = [_msg("m1", 1, "Hi Pat,\n\nYour neighbors' code is ZQV 4 OFF, good on any order this spring.\n\nWren"),
            _msg("m2", 2, "Pat,\n\nThe sign-up page is vendorshop.com/invite/ZQV4OFF if that is easier to print.\n\nWren")]
    _index, _docs, nodes, _edges = extract_entities(msgs, profile="ring_lapd")
    codes = [n for n in nodes if n.kind == "code"]
    assert [c.attrs["key"] for c in codes] == ["ZQV4OFF"]
    assert "ZQV 4 OFF" in [codes[0].name, *codes[0].aliases]


def test_a_short_code_printed_alone_stays_its_own_code():
    pytest.importorskip("spacy")
    from giftgraph.nlp.extract import extract_entities

    msgs = [_msg("m1", 1, "Hi Pat,\n\nYour code is ZQV 4 for the block party.\n\nWren"),
            _msg("m2", 2, "Pat,\n\nThe teachers sign up at vendorshop.com/invite/ZQV4OFF for their own discount.\n\nWren")]
    _index, _docs, nodes, _edges = extract_entities(msgs, profile="ring_lapd")
    assert sorted(n.attrs["key"] for n in nodes if n.kind == "code") == ["ZQV4", "ZQV4OFF"]


@pytest.mark.parametrize("text, codes", [
    # what the token takes off, right after it, says it is a code with no code noun or form verb in view
    ("There's one with your name on it too: HARLOW-30, for $30 off any camera.", ["HARLOW-30"]),
    ("Neighbors who mention quince.44 get 15% off their first order.", ["quince.44"]),
    ("tern-ridge-12 takes $10 off, and it never expires.", ["tern-ridge-12"]),
    # a model number sold at a discount is no code (two letters, one digit, or no separator)
    ("We can let the PW-1 go for $200 off list.", []),
    ("The XR-5 is on sale at 20% off this week.", []),
    ("Model QX200 for $40 off through Friday.", []),
])
def test_a_token_followed_by_what_it_takes_off_is_a_code(text, codes):
    from giftgraph.nlp.codes import CodeFinder

    finder = CodeFinder(words={"there", "one", "with", "your", "name", "on", "it", "too", "for", "off", "any", "camera",
                               "neighbors", "who", "mention", "get", "their", "first", "order", "takes", "and", "never",
                               "expires", "we", "can", "let", "the", "go", "list", "is", "sale", "at", "this", "week",
                               "model", "through", "friday"})
    assert [h.text for h in finder.find(text)] == codes
