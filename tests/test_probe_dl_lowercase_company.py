"""Probe DL, in names and wording invented for this test: a company whose people sign and write in lower case
("thx\nmo\nsilverpine feed & seed") is named as its text spells its run-together domain, "Silverpine Feed & Seed" of
silverpinefeedseed.com, not "Silverpinefeedseed"; a lone word that merely starts the label names nothing."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

from giftgraph.nlp.draft_profile import _text_spells_label  # noqa: E402

STORE = "silverpinefeedseed.com"
PD = "oxbowpd.org"


def test_a_lower_case_company_line_names_the_company(tmp_path):
    mails = [
        (("Maurice Delong", f"mo@{STORE}"), [("Greta Sandoval", f"greta.sandoval@{PD}")], "your order",
         "greta\n\nthe 6 mineral tubs for the k9 unit came in, thats $184.50 on the invoice. come grab em whenever\n\n"
         "thx\nmo\nsilverpine feed & seed\n"),
        (("Greta Sandoval", f"greta.sandoval@{PD}"), [("Maurice Delong", f"mo@{STORE}")], "Re: your order",
         "thanks mo ill be by friday\n\nSgt. Greta Sandoval\nOxbow Police Department\n"),
        (("Maurice Delong", f"mo@{STORE}"), [("Greta Sandoval", f"greta.sandoval@{PD}")], "Re: your order",
         "sounds good. tell the guys at silverpine we said hey\n\nmo\n"),
        (("Greta Sandoval", f"greta.sandoval@{PD}"), [("Maurice Delong", f"mo@{STORE}")], "Re: your order",
         "will do\n\nSgt. Greta Sandoval\nOxbow Police Department\n"),
    ]
    f = drafted(tmp_path, mails)
    orgs = {o["name"] for o in f["organizations"]["organizations"]}
    assert f["profile"]["vendor"] == "Silverpine Feed & Seed"
    assert "Silverpine Feed & Seed" in orgs, orgs
    assert "Silverpinefeedseed" not in orgs


def test_the_text_spelling_of_a_label():
    assert _text_spells_label("silverpinefeedseed", "call silverpine feed & seed today") == "Silverpine Feed & Seed"
    assert _text_spells_label("silverpinefeedseed", "Silverpine Feed and Seed sells it") == "Silverpine Feed and Seed"
    # one word, or words that only start the label, or two different spellings: no name
    assert _text_spells_label("silverpinefeedseed", "silverpinefeedseed.com and silverpine") is None
    assert _text_spells_label("silverpinefeedseed", "silverpine feed is here") is None
    assert _text_spells_label("mesa", "me sa") is None  # too short to trust
