"""Probe AY (an invented M365 mailbox of a duty-gear supplier and a county sheriff): the general misses it showed, in
wording written anew for this file, with an invented vendor, agency, people and products."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the .eml release set-up of test_unseen_release.py
from test_unseen_release import _build as _build_case
from test_unseen_release import _exported

PROFILE = {
    "profile.yaml": "name: ridgeback_tule\ndescription: Ridgeback Gear / Tule County Sheriff (invented)\n"
                    "timezone: America/Denver\nvendor: Ridgeback Gear Co.\nagency: Tule County Sheriff's Office\n",
    "organizations.yaml": "organizations:\n- {name: Ridgeback Gear Co., kind: vendor, aliases: []}\n"
                          "- {name: Tule County Sheriff's Office, kind: agency, aliases: [TCSO]}\n",
    "domains.yaml": "domains:\n  ridgebackgear.example: {role: vendor_employee, organization: Ridgeback Gear Co.}\n"
                    "  tulesheriff.example: {role: officer, organization: Tule County Sheriff's Office}\n",
    "products.yaml": "products:\n- {name: Stridewell Patrol Boot, unit_price_usd: 150, aliases: [Stridewell]}\n"
                     "- {name: Nightjar 7 Lantern, unit_price_usd: 54, aliases: [Nightjar 7]}\n"
                     "- {name: Corbel Storm Coat, unit_price_usd: 88, aliases: [Corbel]}\n",
    "units.yaml": "units:\n- {name: Detention Division, kind: division, aliases: []}\n"
                  "- {name: Canine Unit, kind: unit, aliases: []}\n",
    "ranks.yaml": "ranks:\n- {title: Sergeant, sworn: true, abbreviations: [Sgt., Sergeant]}\n"
                  "- {title: Deputy, sworn: true, abbreviations: [Dep., Deputy]}\n",
}

V = "Hollis Grange <hollis@ridgebackgear.example>"
VSIG = "\n\nHollis Grange\nOwner\nRidgeback Gear Co."
CLERK = "Maren Oduya <moduya@ridgebackgear.example>"
CSIG = "\n\nMaren Oduya | Accounts\nRidgeback Gear Co."
SGT = "\"Pruett, Alma\" <apruett@tulesheriff.example>"
SSIG = "\n\nSgt. Alma Pruett\nDetention Division\nTule County Sheriff's Office"
DEP = "\"Fenn, Otis\" <ofenn@tulesheriff.example>"
DSIG = "\n\nDep. Otis Fenn\nCanine Unit\nTule County Sheriff's Office"


def _build(tmp_path, mails):
    g = _exported(tmp_path, _build_case(tmp_path, mails, files=PROFILE, msgid_domain="probe-ay.example"))
    nodes = {n["id"]: n for n in g["nodes"]}
    return nodes, g.get("edges", g.get("links", []))


def _gifts(nodes, edges):
    return {(nodes[e["source"]]["name"], nodes[e["target"]]["name"], e.get("value_usd"))
            for e in edges if e["type"] == "GIFT"}


# people of the release the tests below name in the text only: they write once, about nothing
ROSTER = [
    ("r1", "\"Ibarra, Wes\" <wibarra@tulesheriff.example>", V, "range day", "Mon, 2 Feb 2026 08:00:00 -0700",
     "Hollis, see you at the range.\n\nDep. Wes Ibarra\nCanine Unit\nTule County Sheriff's Office"),
    ("r2", "\"Quade, Nell\" <nquade@tulesheriff.example>", V, "range day", "Mon, 2 Feb 2026 09:00:00 -0700",
     "Hollis, count me in too.\n\nDep. Nell Quade\nCanine Unit\nTule County Sheriff's Office"),
    ("r3", V, SGT, "hello", "Mon, 2 Feb 2026 10:00:00 -0700", "Alma, good to meet you." + VSIG),
]


def test_a_pair_of_a_thing_sold_by_the_pair_is_one_of_it(tmp_path):
    """"a pair of the new X boots" is one of the catalogue's boots (priced by the pair), not two."""
    mails = ROSTER + [
        ("a1", V, DEP, "new boots", "Tue, 3 Mar 2026 09:00:00 -0700",
         "Otis,\n\nI'm aiming to mail you a pair of the new Stridewell boots. Won't cost you a dime, happy to do it."
         + VSIG),
        ("a2", DEP, V, "RE: new boots", "Tue, 3 Mar 2026 12:00:00 -0700", "Hollis, mighty kind. We accept." + DSIG),
    ]
    nodes, edges = _build(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Hollis Grange", "Otis Fenn", 150.0)}


def test_three_people_listed_after_to_each_get_the_things(tmp_path):
    """"a X lantern to you, Wes Ibarra and Nell Quade": one each for the three, not one for the reader."""
    mails = ROSTER + [
        ("a3", V, DEP, "lanterns", "Tue, 3 Mar 2026 09:00:00 -0700",
         "Otis,\n\nI'm aiming to mail a Nightjar 7 lantern to you, Wes Ibarra and Nell Quade. Won't cost you a dime."
         + VSIG),
        ("a4", DEP, V, "RE: lanterns", "Tue, 3 Mar 2026 12:00:00 -0700", "Hollis, mighty kind. We accept." + DSIG),
    ]
    nodes, edges = _build(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Hollis Grange", "Otis Fenn", 54.0), ("Hollis Grange", "Wes Ibarra", 54.0),
                                    ("Hollis Grange", "Nell Quade", 54.0)}


def test_so_many_a_head_for_the_readers_crew_and_the_total_worked_out_after(tmp_path):
    """"three X per deputy for your overnight crew, free of charge. There's 6 of you, so that's 18 lanterns.": eighteen, to the
    reader's unit; the clerk's shipping notice of the eighteen is that gift's shipment, no second gift."""
    mails = ROSTER + [
        ("b1", V, SGT, "lanterns", "Wed, 4 Mar 2026 09:00:00 -0700",
         "Alma,\n\nI'd like to ship three Nightjar 7 lanterns per deputy for your overnight crew, free of charge. "
         "There's 6 of you, so that's 18 lanterns." + VSIG),
        ("b2", SGT, V, "RE: lanterns", "Wed, 4 Mar 2026 11:00:00 -0700", "Hollis, we gratefully accept." + SSIG),
        ("b3", CLERK, SGT, "Shipped: Nightjar 7 x 18", "Fri, 6 Mar 2026 10:00:00 -0700",
         "Sergeant,\n\nEighteen Nightjar 7 lanterns went out by ground freight today.\n" + CSIG),
    ]
    nodes, edges = _build(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Hollis Grange", "Detention Division", 972.0)}


def test_a_clerk_who_names_the_colleague_behind_the_free_things_in_another_sentence(tmp_path):
    """"Per Hollis's promise those are two free X, shipping today." and "Hollis asked me to add ... at no cost" after
    a zeroed line: the colleague gives, not the clerk."""
    mails = ROSTER + [
        ("c1", CLERK, DEP, "Your referral tally", "Thu, 5 Mar 2026 09:00:00 -0700",
         "Hi Otis,\n\nYour link has brought in 20 orders. Per Hollis's promise those are two free Corbel storm coats, "
         "shipping to you today." + CSIG),
        ("c2", CLERK, SGT, "Invoice 88 - PO 4410", "Thu, 5 Mar 2026 10:00:00 -0700",
         "Sergeant,\n\nInvoice 88 for PO 4410:\n\nStridewell Patrol Boot\n10\n$150.00\n$1,500.00\nNightjar 7 Lantern\n2\n"
         "$54.00\n$0.00 (courtesy)\n\nHollis asked me to add the two Nightjar 7 lanterns with the order at no cost.\n"
         + CSIG),
        ("c3", SGT, CLERK, "RE: Invoice 88 - PO 4410", "Fri, 6 Mar 2026 10:00:00 -0700",
         "Maren, received the boots and the two lanterns." + SSIG),
    ]
    nodes, edges = _build(tmp_path, mails)
    givers = {(g, r) for g, r, _ in _gifts(nodes, edges)}
    assert ("Hollis Grange", "Otis Fenn") in givers, givers
    assert ("Hollis Grange", "Alma Pruett") in givers, givers
    assert not any(g == "Maren Oduya" for g, _ in givers), givers


def test_a_third_partys_thanks_by_kind_in_a_thread_of_its_own_takes_the_offer_up_and_passes_it_on(tmp_path):
    """An offer never answered in its thread; weeks later a league's president thanks the deputy for "the ten storm
    coats" (by kind, a word between count and kind) under a subject of its own: the deputy had them (the offer was
    taken up) and passed them on to the league."""
    league = "Della Voss <della@tuleyouthsoccer.example>"
    mails = ROSTER + [
        ("d1", V, DEP, "shells for coaches", "Mon, 9 Mar 2026 09:00:00 -0700",
         "Otis,\n\nI'll ship you ten Corbel storm coats for your volunteer coaches, on the house. Pass 'em around." + VSIG),
        ("d2", league, DEP, "Many thanks", "Mon, 23 Mar 2026 18:00:00 -0700",
         "Otis,\n\nThanks a million for dropping off the ten storm coats Saturday, the coaches loved them!\n\nDella Voss\n"
         "President\nTule Youth Soccer Club"),
    ]
    nodes, edges = _build(tmp_path, mails)
    assert _gifts(nodes, edges) == {("Hollis Grange", "Otis Fenn", 880.0), ("Otis Fenn", "Tule Youth Soccer Club", 880.0)}
