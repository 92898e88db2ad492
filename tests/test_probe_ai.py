"""Probe AI (an invented jail-technology vendor and a county sheriff's detention bureau, .eml files in a zip, drafted
profile): what the release's outsiders sign with, and gift statements its wording showed the rules missing. Every line
here is invented for these tests (new vendor, agency, people and wording)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli

V = "Noor Castellan <ncastellan@hollowayjail.example>"
V2 = "Ravi Stroud <rstroud@hollowayjail.example>"
CAP = "Pruett, Alma <apruett@quincyso.example>"
LT = "Ostrander, Milo <mostrander@quincyso.example>"
VSIG = "\n\nNoor Castellan\nAccount Executive\nHolloway Detention Systems\n"
CSIG = "\n\nCapt. Alma Pruett\nHousing Section, Custody Bureau\nQuincy County Sheriff's Office\n"
LSIG = "\n\nLt. Milo Ostrander\nCustody Bureau\nQuincy County Sheriff's Office\n"


def _release(tmp_path, mails):
    mail = tmp_path / "mail"
    mail.mkdir()
    for i, (frm, to, subject, date, body) in enumerate(mails):
        (mail / f"m{i:02d}.eml").write_text(
            f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <m{i:02d}@probe-ai.example>\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n", encoding="utf-8")
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(mail), "--profile", "auto", "--timezone", "America/Phoenix",
                                 "--case", str(case), "-s"])
    assert r.exit_code == 0, r.output
    out = tmp_path / "g.json"
    r = CliRunner().invoke(cli, ["export", "json", "--case", str(case), "-o", str(out)])
    assert r.exit_code == 0, r.output
    g = json.loads(out.read_text(encoding="utf-8"))
    names = {n["id"]: n for n in g["nodes"]}
    return names, g.get("edges", g.get("links", []))


BASE = [
    (V, CAP, "Tablet install", "Mon, 2 Mar 2026 09:00:00 -0700",
     "Captain,\n\nOur crew can start in Pod 2 on the 9th. Escorts 0800-1400 would be ideal.\n\nNoor" + VSIG),
    (CAP, V, "RE: Tablet install", "Mon, 2 Mar 2026 11:00:00 -0700",
     "Noor, the 9th works. Check in at the north gate.\n\nAlma" + CSIG),
    (LT, V, "Pod 3 wiring", "Tue, 3 Mar 2026 08:00:00 -0700",
     "Noor, the Pod 3 closet still has no power to the rack. Can Ravi look Thursday?\n\nMilo" + LSIG),
    (V2, LT, "RE: Pod 3 wiring", "Tue, 3 Mar 2026 10:00:00 -0700",
     "Lieutenant, Thursday at 9 is fine.\n\nRavi Stroud\nField Engineer\nHolloway Detention Systems\n"),
    (V, LT, "Quote", "Wed, 4 Mar 2026 15:00:00 -0700",
     "Lieutenant,\n\nAttached is the quote you asked for: 40 Ledgerline tablets at $289 per tablet, and the invoice "
     "for the February lease. Thanks again for choosing Holloway.\n\nNoor" + VSIG),
]


@pytest.mark.model
def test_a_collective_and_a_board_of_supervisors_are_organisations(tmp_path):
    mails = BASE + [
        ("Wendell Ashby <wendell@fernlighthousing.example>", CAP, "Visiting hours for our residents",
         "Mon, 9 Mar 2026 14:00:00 -0700",
         "Captain Pruett,\n\nCould two of our peer mentors join the Thursday orientation?\n\nWendell Ashby\n"
         "Executive Director\nFernlight Recovery Collective\n"),
        ("Gloria Penhallow <gpenhallow@bos.quincyso.example>", CAP, "Budget item 9",
         "Tue, 10 Mar 2026 16:00:00 -0700",
         "Captain,\n\nPlease send the per-bed figures before the hearing.\n\nGloria Penhallow\nSupervisor, District 4\n"
         "Quincy County Board of Supervisors\n"),
    ]
    nodes, edges = _release(tmp_path, mails)
    orgs = {n["name"] for n in nodes.values() if n["kind"] == "organization"}
    assert "Fernlight Recovery Collective" in orgs, orgs
    assert "Quincy County Board of Supervisors" in orgs, orgs
    member = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]) for e in edges if e["type"] == "MEMBER_OF"}
    assert ("Wendell Ashby", "Fernlight Recovery Collective") in member, member
    assert ("Gloria Penhallow", "Quincy County Board of Supervisors") in member, member
    # the board signs at a sub-domain of the sheriff's: its supervisor is no officer of the agency
    role = {n["name"]: n.get("role") for n in nodes.values() if n["kind"] == "person"}
    assert role["Gloria Penhallow"] == "other", role


def test_a_rank_cut_short_does_not_end_the_sentence():
    from giftgraph.nlp.relations.text import split_sentences

    t = ("We are holding two seats for Dep. Ames and Cpl. Roe on the 4th, and Maj. Lind will open the day. "
         "Supt. Varga sends her regards.")
    assert [t[s:e] for _, s, e in split_sentences(t)] == [
        "We are holding two seats for Dep. Ames and Cpl. Roe on the 4th, and Maj. Lind will open the day.",
        "Supt. Varga sends her regards."]


KIT = "Kittredge, Dana <dkittredge@quincyso.example>"
KSIG = "\n\nSgt. Dana Kittredge\nCustody Bureau\nQuincy County Sheriff's Office\n"


@pytest.mark.model
def test_a_fee_waived_for_two_people_named_after_for_is_each_one_s(tmp_path):
    mails = BASE + [
        (KIT, V, "Pod 2 tablets", "Wed, 4 Mar 2026 07:30:00 -0700",
         "Noor, two tablets in Pod 2 will not charge. Swap them when you're here?\n\nDana" + KSIG),
        (V, CAP, "Instructor workshop", "Mon, 16 Mar 2026 10:00:00 -0700",
         "Captain,\n\nOur instructor workshop in Tempe runs May 5-6. Places are normally $875 per person, but we'd "
         "like to waive the tuition for Lt. Ostrander and Sgt. Kittredge so the Bureau has its own instructors.\n\nNoor" + VSIG),
        (CAP, V, "RE: Instructor workshop", "Mon, 16 Mar 2026 13:00:00 -0700",
         "Noor, please do. Thank you.\n\nAlma" + CSIG),
    ]
    nodes, edges = _release(tmp_path, mails)
    gifts = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]): e.get("value_usd")
             for e in edges if e["type"] == "GIFT"}
    assert gifts == {("Noor Castellan", "Milo Ostrander"): 875.0, ("Noor Castellan", "Dana Kittredge"): 875.0}, gifts


def _gifts(nodes, edges):
    return {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]): e.get("value_usd")
            for e in edges if e["type"] == "GIFT"}


@pytest.mark.model
def test_a_clock_time_counts_nothing(tmp_path):
    mails = BASE + [
        (V, CAP, "Thursday", "Mon, 23 Mar 2026 10:00:00 -0700",
         "Captain,\n\nAt 8:15 Thursday we'll bring four trays of pastries for the Housing Section, no charge. They run "
         "$30 each.\n\nNoor" + VSIG),
        (CAP, V, "RE: Thursday", "Mon, 23 Mar 2026 12:00:00 -0700", "Noor, that's very kind. Thank you!\n\nAlma" + CSIG),
    ]
    nodes, edges = _release(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Noor Castellan", "Housing Section"): 120.0}


@pytest.mark.model
def test_a_meal_on_the_vendor_with_its_day_priced_a_head_in_the_next_sentence(tmp_path):
    mails = BASE + [
        (V, CAP, "Wrap-up", "Tue, 24 Mar 2026 09:00:00 -0700",
         "Captain,\n\nThanks for a smooth cutover week. Lunch Friday is on Holloway for the four of you, at the grill "
         "on Main. Plan on roughly $35 a head.\n\nNoor" + VSIG),
        (CAP, V, "RE: Wrap-up", "Tue, 24 Mar 2026 10:30:00 -0700", "We'll see you there. Thanks!\n\nAlma" + CSIG),
    ]
    nodes, edges = _release(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Noor Castellan", "Housing Section"): 140.0}


@pytest.mark.model
def test_a_referral_credit_named_by_its_amount_and_booked_to_a_unit_s_account(tmp_path):
    mails = BASE + [
        (V, LT, "Marlin County", "Mon, 4 May 2026 08:00:00 -0700",
         "Milo,\n\nMarlin County went live last week and listed Quincy as the agency that sent them our way. Under "
         "the referral agreement a $7,500 credit has been posted to the Custody Bureau's service account; it will "
         "show on your next statement.\n\nNoor" + VSIG),
        # an outage credit is no gift
        (V, LT, "Outage", "Tue, 5 May 2026 08:00:00 -0700",
         "Milo,\n\nSorry again for Saturday's outage. A $400 credit has been applied to your account.\n\nNoor" + VSIG),
    ]
    nodes, edges = _release(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Noor Castellan", "Custody Bureau"): 7500.0}


WENDELL = "Wendell Ashby <wendell@fernlight.example>"


@pytest.mark.model
def test_an_organisation_named_by_the_first_words_of_its_name_after_a_verb_of_giving_receives(tmp_path):
    mails = BASE + [
        (WENDELL, CAP, "Orientation", "Mon, 9 Mar 2026 14:00:00 -0700",
         "Captain Pruett,\n\nCould two of our peer mentors join the Thursday orientation?\n\nWendell Ashby\n"
         "Executive Director\nFernlight Recovery Collective\n"),
        (CAP, WENDELL, "Spare tablets", "Mon, 13 Apr 2026 09:00:00 -0700",
         "Wendell,\n\nThe upgrade left us with some spares. I'm donating three Ledgerline tablets to Fernlight "
         "Recovery for the sober-living house, no strings attached.\n\nAlma" + CSIG),
        (WENDELL, CAP, "RE: Spare tablets", "Mon, 13 Apr 2026 11:00:00 -0700",
         "Alma, that's wonderful, thank you! The residents will put them to good use.\n\nWendell Ashby\n"
         "Executive Director\nFernlight Recovery Collective\n"),
    ]
    nodes, edges = _release(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Alma Pruett", "Fernlight Recovery Collective"): 3 * 289.0}
