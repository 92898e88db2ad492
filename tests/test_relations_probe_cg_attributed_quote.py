"""Wording found by probe CG (a scanning vendor and a crime lab): a vendor's newsletter or press note quoting an
officer, the quotation attributed after it ("\u201cI'd recommend the Porch Cam to any department,\u201d says Olga
Officer ..."), carries that officer's endorsement; a quoted officer who praises nothing, or a quoted vendor employee,
endorses nothing. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, FakeIndex, Profile, extract_relations, msg, of_type


def promoted(parser, body):
    m = msg(VERA, [OTTO], "Acme Quarterly", "Hello from Acme!\n\n" + body + "\n\nSpring sale: 10% off mounts." + VENDOR_SIG)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex().see(m), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Field report: \u201cOur burglary calls dropped after the rollout. I'd recommend the Porch Cam to any department,\u201d "
    "says Olga Officer of the Metro Police Department.",
    "\"I would recommend the Porch Cam to every agency in the county,\" Olga Officer said at the spring expo.",
    # the quotation opened after a lead-in in the same sentence
    "Customer spotlight: \u201cI'd recommend the Porch Cam to any department that patrols at night. It changed how we "
    "work,\u201d says Olga Officer, a sergeant at Metro Police Department.",
])
def test_an_officer_quoted_and_named_after_the_quotation_endorses(parser, body):
    assert promoted(parser, body) == [("o2", "p_door")]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "\u201cWe are still evaluating the Porch Cam against two others,\u201d says Olga Officer.",
    "\u201cI'd recommend the Porch Cam to any department,\u201d says Sam Shipper, who runs our warehouse.",
])
def test_a_quotation_that_praises_nothing_or_a_vendors_own_endorses_nothing(parser, body):
    assert promoted(parser, body) == []
