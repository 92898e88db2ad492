"""Probe AY (an invented M365 mailbox of a duty-gear supplier and a county sheriff): an organisation named with and
without the place it serves ("Tule County Deputies League", "the Deputies League") is one; two that differ by more than a
place stay two. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations_probe_ay import PROFILE as _AY_PROFILE
from test_relations_probe_ay import VSIG, V
from test_unseen_release import _build as _build_case
from test_unseen_release import _exported

# the invented vendor and sheriff of test_relations_probe_ay.py, with only the coat for a product
PROFILE = {**{k: _AY_PROFILE[k] for k in ("profile.yaml", "organizations.yaml", "domains.yaml")},
           "products.yaml": "products:\n- {name: Corbel Storm Coat, unit_price_usd: 88, aliases: [Corbel]}\n"}


def _orgs(tmp_path, mails):
    g = _exported(tmp_path, _build_case(tmp_path, mails, files=PROFILE, msgid_domain="probe-ay-ent.example"))
    return {n["name"]: set(n.get("aliases") or []) for n in g["nodes"] if n["kind"] == "organization"}


LEAGUE_ = "Bram Tolliver <bram@tuledeputiesleague.example>"
GSIG = "\n\nBram Tolliver\nSecretary\nTule County Deputies League"


def test_an_organisation_named_without_the_county_it_serves_is_one(tmp_path):
    mails = [
        ("g1", LEAGUE_, V, "Guild order", "Mon, 2 Mar 2026 09:00:00 -0700",
         "Hollis,\n\nThe Deputies League would like a quote on forty storm coats for members." + GSIG),
        ("g2", V, LEAGUE_, "RE: Guild order", "Mon, 2 Mar 2026 12:00:00 -0700",
         "Bram,\n\nHappy to quote the Deputies League. Numbers Friday." + VSIG),
    ]
    orgs = _orgs(tmp_path, mails)
    assert "Deputies League" not in orgs, orgs
    assert "Deputies League" in orgs.get("Tule County Deputies League", set()), orgs


def test_a_name_with_more_than_a_place_before_it_stays_apart(tmp_path):
    """"Retired Deputies League" is not "Tule County Deputies League" without its county."""
    mails = [
        ("h1", LEAGUE_, V, "Guild order", "Mon, 2 Mar 2026 09:00:00 -0700",
         "Hollis,\n\nThe Retired Deputies League asked about coats too." + GSIG),
    ]
    orgs = _orgs(tmp_path, mails)
    assert "Tule County Deputies League" in orgs, orgs
    assert "Retired Deputies League" not in orgs.get("Tule County Deputies League", set()), orgs
