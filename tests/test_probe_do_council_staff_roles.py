"""A city council's people who sign for the city or for an elected official's office are the council's side.

When the receiving side drafted is an elected body ("Marden Town Council"), a member who signs "Alderman, Town of
Marden" and a scheduler who signs "Office of the Mayor" on the same domain serve that body: `officer`, not `other`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli

TOWN = "marden.gov"
MAIL = [
    ("c01", "Ivo Penhale <ipenhale@quarrystone.com>", f"Bettina Ruark <bruark@{TOWN}>", "Concert",
     "Tue, 8 Apr 2025 09:00:00 -0500",
     "Bettina,\n\nTwo seats for Friday's symphony are at will-call for the Alderman, compliments of the company - it's "
     "on us.\n\nIvo Penhale\nDirector of Land Acquisition\nQuarrystone Builders\n"),
    ("c02", f"Bettina Ruark <bruark@{TOWN}>", "Ivo Penhale <ipenhale@quarrystone.com>", "RE: Concert",
     "Tue, 8 Apr 2025 11:00:00 -0500",
     "Ivo,\n\nThe Alderman asked me to thank you for the seats.\n\nBettina Ruark\nScheduler\nOffice of the Mayor\n"),
    ("c03", "Ivo Penhale <ipenhale@quarrystone.com>", f"Osric Tallow <otallow@{TOWN}>", "Lunch",
     "Wed, 9 Apr 2025 10:00:00 -0500",
     "Osric,\n\nLunch on Thursday is my treat, and I'll bring a small gift for your staff.\n\nIvo Penhale\n"
     "Director of Land Acquisition\nQuarrystone Builders\n"),
    ("c04", f"Osric Tallow <otallow@{TOWN}>", "Ivo Penhale <ipenhale@quarrystone.com>", "RE: Lunch",
     "Wed, 9 Apr 2025 12:00:00 -0500",
     "Ivo,\n\nThank you for lunch.\n\nOsric Tallow\nAlderman, Town of Marden\n"),
    ("c05", f"Hedda Voss <hvoss@{TOWN}>", "Ivo Penhale <ipenhale@quarrystone.com>", "Hearing",
     "Thu, 10 Apr 2025 10:00:00 -0500",
     "Mr. Penhale,\n\nThe hearing on the Quarrystone rezoning is set for May 2.\n\nHedda Voss\nClerk\n"
     "Marden Town Council\n"),
]


@pytest.mark.model
def test_council_staff_signing_for_the_town_or_an_officials_office_are_officers(tmp_path):
    mail = tmp_path / "mail"
    mail.mkdir()
    for mid, frm, to, subject, date, body in MAIL:
        (mail / f"{mid}.eml").write_text(f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: "
                                         f"<{mid}@probe.example>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n",
                                         encoding="utf-8")
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(mail), "--profile", "auto", "--case", str(case), "-s"])
    assert r.exit_code == 0, r.output
    out = tmp_path / "g.json"
    r = CliRunner().invoke(cli, ["export", "json", "--case", str(case), "-o", str(out)])
    assert r.exit_code == 0, r.output
    roles = {n["name"]: n.get("role") for n in json.loads(out.read_text())["nodes"] if n.get("kind") == "person"}
    assert roles.get("Ivo Penhale") == "vendor_employee"
    assert roles.get("Hedda Voss") == "officer"
    assert roles.get("Osric Tallow") == "officer"
    assert roles.get("Bettina Ruark") == "officer"
