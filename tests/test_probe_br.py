"""Wording found by probe BR (a data-broker vendor and a state bureau of investigation): a state's bureau of
investigation is an agency of law enforcement (no unit), its agents' ranks are ranks, "... Analytics" names a company;
"I'd recommend we keep it" after a free year praises; "a small thank-you for all your help this year" is a gift, not a
tally of the year's gifts; "a spare pass ... in your name" is offered free. Every message is invented for these tests
(the drafted-profile world of ``test_profile_draft.py``, the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted
from test_relations import OLGA, OTTO, VERA, gifts_read, msg, vendor_thread
from test_relations_promoted_use import promoted

V = ("Noor Haddad", "nhaddad@pellmore.example")
AG = ("Ivo Strand", "istrand@msbi.marlow.gov")
AN = ("Tessa Quill", "tquill@msbi.marlow.gov")


def test_a_state_bureau_of_investigation_is_the_agency_with_agents_and_a_centre(tmp_path):
    f = drafted(tmp_path, [
        (V, [AG], "Pellmore Trace pricing", "Agent Strand,\n\nHere is the quote you asked for: Pellmore Trace is $2,900 per seat per year; ten Pellmore "
         "Trace seats come to $29,000.\n\nNoor Haddad\nAccount Director\nPellmore Analytics\n"),
        (AG, [V], "RE: Pellmore Trace pricing", "Noor, thanks. We'll order ten Pellmore Trace seats.\n\nSpecial Agent "
         "Ivo Strand\nMarlow State Bureau of Investigation\n"),
        (AN, [V], "Trace", "Noor, can the Pellmore Trace seats export to our case system?\n\nTessa Quill\nIntelligence "
         "Analyst\nRegional Intelligence Center\nMarlow State Bureau of Investigation\n"),
        (V, [AN], "RE: Trace", "Tessa, yes, Pellmore Trace exports to most case systems.\n\nNoor Haddad\nAccount Director\n"
         "Pellmore Analytics\n"),
    ])
    orgs = {o["name"]: o["kind"] for o in f["organizations"]["organizations"]}
    assert orgs.get("Marlow State Bureau of Investigation") == "agency"
    assert orgs.get("Pellmore Analytics") == "vendor"
    units = {u["name"] for u in f["units"]["units"]}
    assert "Regional Intelligence Center" in units and not any("State Bureau" in u for u in units)
    assert "Special Agent" in {r["title"] for r in f["ranks"]["ranks"]}
    assert "Analytics" not in {p["name"] for p in f["products"]["products"]}


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Yard Light Cam halved our night calls. I'd recommend we keep it when the free year ends.",
    "I'd recommend we renew the Porch Cam Elite plan when the trial ends.",
])
def test_advice_to_keep_or_renew_the_thing_is_an_endorsement(parser, body):
    assert len(promoted(parser, body)) == 1


def test_thanks_for_a_years_help_is_no_tally_of_the_years_gifts():
    m = msg(VERA, [OTTO], "Cheers", "Otto, a small thank-you for all your help this year is on its way: a Porch Cam, "
            "on us.\n\nVera Vendor\nAcme Cams")
    assert gifts_read(m) == [("v1", "o1", 199.0)]


def test_a_spare_pass_put_in_the_readers_name_and_taken_is_a_gift():
    thread = vendor_thread("We have a spare full-conference pass for the Lakeshore expo ($795) and we'd be glad to put "
                           "it in your name. Interested?", "Yes please, count me in.")
    assert gifts_read(*thread) == [("v1", "o1", 795.0)]


def _lunch(reply_from: str, reply: str) -> list:
    offer = msg(VERA, [OTTO], "Friday", "Otto, would you and Olga be free for lunch Friday at the Grange? Acme's treat."
                "\n\nVera Vendor\nAcme Cams", cc=[OLGA], day=2)
    answer = msg(reply_from, [VERA], "RE: Friday", reply, day=3)
    told = msg(VERA, [reply_from], "Lunch", "Great to see you Friday. For your records, lunch came to $40 a head."
               "\n\nVera Vendor\nAcme Cams", day=6)
    return gifts_read(offer, answer, told)


def test_a_meal_asked_of_two_and_taken_up_by_one_who_comes_alone_is_that_ones():
    assert _lunch(OLGA, "Count me in! Otto is on leave Friday, so it'll just be me.\n\nOlga") == [("v1", "o2", 40.0)]


def test_a_meal_asked_of_two_and_taken_up_for_both_is_each_ones():
    assert [(g, r) for g, r, _ in _lunch(OTTO, "Count us in, thanks!\n\nOtto")] == [("v1", "o1"), ("v1", "o2")]


def test_a_call_asked_of_two_is_no_gift():
    offer = msg(VERA, [OTTO], "Friday", "Otto, would you and Olga be free for a call Friday about the renewal?"
                "\n\nVera Vendor\nAcme Cams", cc=[OLGA], day=2)
    answer = msg(OLGA, [VERA], "RE: Friday", "Count me in.\n\nOlga", day=3)
    assert gifts_read(offer, answer) == []
