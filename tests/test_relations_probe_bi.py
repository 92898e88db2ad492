"""Wording found by probe BI (a body-camera vendor and a sheriff's office whose officers disclose gifts in memos to
their own side): a disclosure of hospitality one of the vendor's people gave ("I accepted dinner from X of Acme,
approximately $60", "X of Acme gave me two tickets (face value $45 each)"); things left "with your front desk" (a
place, not the reader's unit); a company line whose first word and the last word clipped spell the address domain
("Heron Field Optics" of heronopt.com). Every message is invented for these tests, in wording of their own (the small
world of ``test_relations.py``; the drafted-profile world of ``test_profile_draft.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

from giftgraph.nlp.draft_profile import spells_label


def _memo(body: str) -> list:
    """Otto writes to his own sergeant (no one of the vendor's side reads it)."""
    m = msg(OTTO, [SID], "Gift disclosure", f"Sergeant,\n\n{body}\n\nOtto")
    return gifts(run([m], FakeIndex().see(m))[1])


@pytest.mark.parametrize("body,expected", [
    ("Per policy, I am reporting that I accepted dinner from Vera Vendor of Acme Cams on Friday, approximately $60.",
     [("v1", "o1", 60.0)]),
    ("Gift disclosure: Sam Shipper of Acme gave me two tickets to Saturday's game (face value $45 each).",
     [("v2", "o1", 90.0)]),
])
def test_hospitality_disclosed_to_ones_own_side_is_a_gift_from_the_vendors_person(body, expected):
    assert _memo(body) == expected


@pytest.mark.parametrize("body", [
    "For the record, I declined dinner from Vera Vendor of Acme Cams on Friday.",
    "I bought two tickets to Saturday's game from Sam Shipper of Acme, $45 each, with my own money.",
    "Vera Vendor of Acme Cams offered me lunch; should I accept?",
])
def test_hospitality_declined_bought_or_asked_about_is_no_gift(body):
    assert _memo(body) == []


def test_things_left_with_the_front_desk_are_the_readers_not_the_readers_unit():
    m = msg(VERA, [OTTO], "Cameras", "Otto,\n\nI've left two Porch Cams with your front desk; they're yours to keep, "
            "no charge.\n\nVera Vendor\nAcme Cams")
    assert gifts(run([m], FakeIndex().see(m))[1]) == [("v1", "o1", 398.0)]


def test_a_company_line_spells_a_domain_of_its_first_word_and_its_last_clipped():
    assert spells_label("Heron Field Optics", "heronopt")
    assert not spells_label("Heron Field Optics", "heronfo")  # (initials only with initials=True)
    assert not spells_label("Heron Field Optics", "heronxyz")
