"""Organisations named in the text, met by probe AA (a Takeout mbox of a gunshot-sensor vendor and a city police).
Invented names and wording."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)
import pytest

from giftgraph.nlp.extract import extract_entities


@pytest.mark.model
def test_a_body_of_people_after_the_with_one_name_word_is_an_organisation(trained):
    """"a grant from the Marwick Foundation": two words after a lower-case "the" name an organisation when the second
    says it is a body of people (foundation, fellowship, society ...); "the Civic Center" stays a place."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ada, tobin = Address("Ada Ferrante", "ada@eastsidehope.org"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Officer Marsh,\n\nWe just heard that the youth program got a two-year grant from the Marwick Foundation. "
            "The kickoff is at the Civic Center on Friday.\n\nAda Ferrante\n")
    index, docs, nodes, edges = extract_entities([ew.msg(ada, [tobin], "Good news", body)], profile=prof, nlp=nlp)
    orgs = {n.name for n in nodes if n.kind == "organization"}
    assert "Marwick Foundation" in orgs
    assert not any("Civic" in o for o in orgs)
