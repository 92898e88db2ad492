"""People from the text, met by probe T: an apology or a congratulation run into the given name after it is no
part of a name. Invented names and wording."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.nlp.extract import extract_entities

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)


@pytest.mark.model
def test_an_apology_before_a_given_name_makes_no_person(trained):
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Tobin,\n\nSorry Wendell got stuck at the range, he was sorry to miss it. Congrats Priya on the new post.\n\n"
            "Marisol Ketterman from the block club says hello.\n\nAna Lindqvist\n")
    index, docs, nodes, edges = extract_entities([ew.msg(ana, [tobin], "Lunch", body)], profile=prof, nlp=nlp)
    people = {n.name for n in nodes if n.kind == "person"}
    assert not {"Sorry Wendell", "Congrats Priya"} & people
    assert {"Ana Lindqvist", "Tobin Marsh", "Marisol Ketterman"} <= people
