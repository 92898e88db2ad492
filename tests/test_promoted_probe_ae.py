"""PROMOTED wording met by probe AE (a deputy answering a neighbouring county's question about drones). Every sentence
is invented for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_an_imperative_after_a_lead_in_and_the_one_worth_money_are_endorsements(nlp):
    from giftgraph.nlp.relations.promoted import endorsed_theme

    names = frozenset({"halo cam", "porch cam"})
    for text in ["Short version: buy the Halo Cam.", "Honestly, get the Halo Cam.",
                 "The Porch Cam is okay, but the Halo Cam is the one I'd spend money on."]:
        assert endorsed_theme(nlp(text)[:], names=names) is not None, text
    for text in ["Thanks, get back to me when you can.", "Quick question: get the Halo Cam?",
                 "Sorry, send the invoice to me by Friday.", "The Halo Cam is the one I spent too much on."]:
        assert endorsed_theme(nlp(text)[:], names=names) is None, text


@pytest.mark.model
def test_a_product_called_by_a_word_of_its_name_alone_is_the_one_endorsed(parser):
    """"the Elite is the one I'd spend money on" beside the Relay Chime: the Porch Cam Elite (the one product whose
    name holds "Elite"), not the other product named in the sentence."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_relations import CORA, OTTO, FakeIndex, Profile, msg, of_type

    from giftgraph.nlp.relations import extract_relations

    m = msg(OTTO, [CORA], "Doorbells", "Cora, the Relay Chime is fine for a hallway, but the Elite is the one I'd "
            "spend money on.\n\nOtto")
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    assert sorted((e.source, e.target) for e in of_type(edges, "PROMOTED")) == [("o1", "p_pro")]
