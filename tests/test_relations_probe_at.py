"""Probe AT (an invented Apple Mail export of a drone maker's mail with a county fire department): the general
misses it showed, in wording written anew for this file, with an invented vendor, agency and products."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the .eml release set-up of test_unseen_release.py
from test_unseen_release import _build as _build_case
from test_unseen_release import _exported

PROFILE = {
    "profile.yaml": "name: hollowmere_brine\ndescription: Hollowmere / Brine County Fire (invented)\n"
                    "timezone: America/Denver\nvendor: Hollowmere Robotics\nagency: Brine County Fire Rescue\n",
    "organizations.yaml": "organizations:\n- {name: Hollowmere Robotics, kind: vendor, aliases: []}\n"
                          "- {name: Brine County Fire Rescue, kind: agency, aliases: [BCFR]}\n",
    "domains.yaml": "domains:\n  hollowmere.example: {role: vendor_employee, organization: Hollowmere Robotics}\n"
                    "  brinefire.example: {role: officer, organization: Brine County Fire Rescue}\n",
    "products.yaml": "products:\n- {name: Heron K, unit_price_usd: 5900, aliases: []}\n"
                     "- {name: Heron X2, unit_price_usd: 2300, aliases: []}\n",
    "units.yaml": "units:\n- {name: Rescue Team, kind: division, aliases: []}\n",
    "ranks.yaml": "ranks:\n- {title: Captain, sworn: true, abbreviations: [Capt., Captain]}\n",
}

V = "Pia Lund <pia@hollowmere.example>"
CPT = "Capt. Rolf Gant <rgant@brinefire.example>"


def _build(tmp_path, mails):
    g = _exported(tmp_path, _build_case(tmp_path, mails, files=PROFILE, msgid_domain="probe-at.example"))
    nodes = {n["id"]: n for n in g["nodes"]}
    return nodes, g.get("edges", g.get("links", []))


def _gifts(nodes, edges):
    return {(nodes[e["source"]]["name"], nodes[e["target"]]["name"], e.get("value_usd"))
            for e in edges if e["type"] == "GIFT"}


def test_a_price_each_written_ea_after_the_things_counted_is_their_price_times_the_count(tmp_path):
    """"I have three courtesy units ... They're yours ... MSRP is $5,900 ea.": three at $5,900, not $5,900 in all."""
    mails = [
        ("a1", V, CPT, "Night recon", "Tue, 10 Mar 2026 09:00:00 -0600",
         "Captain,\n\nYour crew needs eyes at night. The fix for that is the Heron K.\n\nI have three courtesy units "
         "from the spring batch. They're yours if you want them. MSRP is $5,900 ea. You pay nothing.\n\nPia"),
        ("a2", CPT, V, "RE: Night recon", "Tue, 10 Mar 2026 15:00:00 -0600",
         "Pia,\n\nYes please, we'll gladly take all three.\n\nRolf"),
    ]
    nodes, edges = _build(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Pia Lund", "Rolf Gant", 17700.0)}


def test_things_added_to_this_unit_of_the_writer_are_praise_not_a_gift_to_the_reader(tmp_path):
    """An officer to a chief elsewhere: "the best thing we've added to this station" tells of the writer's own unit."""
    mails = [
        ("b1", CPT, "Chief Ines Moller <imoller@saltflatfd.example>", "drones", "Wed, 11 Mar 2026 19:00:00 -0600",
         "Ines,\n\nYou asked about drones. The Heron X2 is the best thing we've added to this station since the new "
         "engine, honestly.\n\nRolf"),
    ]
    nodes, edges = _build(tmp_path, mails)
    assert _gifts(nodes, edges) == set()


def test_a_count_the_reader_names_granted_with_n_it_is_is_the_count_given(tmp_path):
    """"How many would you need?" - "we'd need four" - "Four it is.": four of the thing offered, not one."""
    mails = [
        ("c1", V, CPT, "Rovers for the academy", "Thu, 12 Mar 2026 08:00:00 -0600",
         "Captain,\n\nI can put Heron X2 rovers into your academy at no charge. How many would you need?\n\nPia"),
        ("c2", CPT, V, "RE: Rovers for the academy", "Thu, 12 Mar 2026 10:00:00 -0600",
         "Pia,\n\nThat is generous, thank you. Four would do it, one per crew.\n\nRolf"),
        ("c3", V, CPT, "RE: Rovers for the academy", "Thu, 12 Mar 2026 11:30:00 -0600",
         "Four it is. Shipping Friday.\n\nPia"),
    ]
    nodes, edges = _build(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Pia Lund", "Rolf Gant", 9200.0)}
