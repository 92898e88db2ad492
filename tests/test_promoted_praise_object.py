"""Fixed praise said "about" or "of" one thing is praise of that thing: "after a quarter on the Halo Cam, I can't say
enough good things about Lumenfield" endorses the vendor the praise is about, not the product the sentence names
first. Every line is invented for this test (the invented world of ``test_unseen_release.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import GIDEON, HANA, OWEN, V, _build, _exported


@pytest.mark.model
def test_the_object_of_fixed_praise_is_what_it_endorses(nlp):
    from giftgraph.nlp.relations.promoted import _NONE, endorsed_theme

    theme = endorsed_theme(nlp("After a quarter on the Halo Cam rollout, I can't say enough good things about "
                               "Lumenfield.")[:])
    assert theme is not None and theme is not _NONE and theme.text == "Lumenfield"
    theme = endorsed_theme(nlp("Can't say enough about the Halo Chime.")[:])
    assert theme is not None and theme is not _NONE and [t.text for t in theme.subtree] == ["the", "Halo", "Chime"]
    # the praise with nothing said "about" it still endorses what the message names (the parse shows no object)
    assert endorsed_theme(nlp("Honestly, I can't say enough.")[:]) is _NONE


MAIL = [
    ("p01", HANA, GIDEON, "Porch cameras", "Mon, 6 Jan 2025 09:12:00 -0700",
     "Gideon,\n\nAfter a quarter on the Halo Cam rollout, I can't say enough good things about Lumenfield: "
     "their support line picks up on the first ring.\n\nDet. Hana Voss"),
    ("p02", OWEN, GIDEON, "Chimes", "Tue, 7 Jan 2025 10:00:00 -0700",
     "Gideon,\n\nWe met with Lumenfield again on Friday. Can't say enough about the Halo Chime, though; every "
     "resident who has one loves it.\n\nSgt. Owen Marlowe"),
    ("p03", V, HANA, "Thanks", "Wed, 8 Jan 2025 11:00:00 -0700", "Hana,\n\nThanks for the kind words!\n\nPriya"),
]


@pytest.mark.model
def test_praise_about_the_vendor_after_a_product_endorses_the_vendor(tmp_path):
    g = _exported(tmp_path, _build(tmp_path, MAIL))
    nodes = {n["id"]: n for n in g["nodes"]}
    edges = g["links"] if "links" in g else g["edges"]
    promoted = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]) for e in edges if e["type"] == "PROMOTED"}
    assert promoted == {("Hana Voss", "Lumenfield"), ("Owen Marlowe", "Halo Chime")}


# a vendor whose profile knows it only by its whole name, spoken of by the first word of it
LONG_NAME = {"organizations.yaml": "organizations:\n- {name: Lumenfield Home Systems, kind: vendor, aliases: []}\n"
                                   "- {name: Brookmoor Police Department, kind: agency, aliases: [BPD, Brookmoor PD]}\n",
             "domains.yaml": "domains:\n  lumenfield.example: {role: vendor_employee, organization: Lumenfield Home Systems}\n"
                             "  brookmoorpd.example: {role: officer, organization: Brookmoor Police Department}\n",
             "profile.yaml": "name: lumen_long\ndescription: invented\ntimezone: America/Denver\n"
                             "vendor: Lumenfield Home Systems\nagency: Brookmoor Police Department\n"}


@pytest.mark.model
def test_praise_of_the_first_word_of_the_vendors_name_endorses_the_vendor(tmp_path):
    from test_unseen_release import PROFILE

    mail = [MAIL[0], ("p04", V, HANA, "Re: Porch cameras", "Thu, 9 Jan 2025 08:00:00 -0700",
                      "Hana,\n\nGlad the rollout went well.\n\nPriya Kestrel\nLumenfield Home Systems")]
    g = _exported(tmp_path, _build(tmp_path, mail, files={**PROFILE, **LONG_NAME}))
    nodes = {n["id"]: n for n in g["nodes"]}
    edges = g["links"] if "links" in g else g["edges"]
    promoted = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]) for e in edges if e["type"] == "PROMOTED"}
    assert promoted == {("Hana Voss", "Lumenfield Home Systems")}
