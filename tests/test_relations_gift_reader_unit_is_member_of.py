"""Whose "crew" a gift to the reader's people goes to: the reader's unit is the one their MEMBER_OF edge names (the most
specific unit their signatures print), not the department printed beneath it on the same signatures. Every name and
sentence is invented for this test; the profile is drafted from the release (``--profile auto``)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))  # write_release of test_profile_draft.py (importlib mode)
from test_profile_draft import write_release  # noqa: E402

from giftgraph.cli import cli  # noqa: E402

VENDOR = ("Bram Tolliver", "bram.tolliver@corvexmeters.com")
READER = ("Ines Marlowe", "imarlowe@eastford-oh.gov")
BOSS = ("Walt Penhale", "wpenhale@eastford-oh.gov")
BUYER = ("Rhea Costigan", "rcostigan@eastford-oh.gov")
V_SIG = "Bram Tolliver\nAccount Manager\nCorvex Meters Inc.\n"
R_SIG = "Ines Marlowe\nSuperintendent\nMain Repair Section\nDepartment of Water Services | City of Eastford\n"
B_SIG = "Walt Penhale\nDirector\nDepartment of Water Services | City of Eastford\n"
P_SIG = "Rhea Costigan\nPurchasing Agent\nPurchasing Division | City of Eastford\n"

MAILS = [
    (VENDOR, [READER], "Flowmark loggers",
     "Hi Ines,\n\nOur list prices:\nFlowmark L5 - $310\nFlowmark Hub - $1,450\n\nBest,\n" + V_SIG),
    (READER, [VENDOR], "RE: Flowmark loggers",
     "Bram,\n\nThanks. We will look at the Flowmark L5 for the spring survey.\n\n" + R_SIG),
    (BOSS, [VENDOR], "Meter order",
     "Bram,\n\nPlease send the invoice for the Hub to purchasing.\n\n" + B_SIG),
    (BUYER, [VENDOR], "RE: Meter order",
     "Bram,\n\nPlease quote the Hub to me, with freight.\n\n" + P_SIG),
    (VENDOR, [BOSS], "RE: Meter order",
     "Walt,\n\nThe invoice for the Flowmark Hub is attached, PO 4471.\n\nBest,\n" + V_SIG),
    (VENDOR, [READER], "Loggers on the way",
     "Hi Ines,\n\nSix Flowmark L5 loggers went out by courier today for the crew to hang onto, survey and "
     "beyond - no need to send any back.\n\nBest,\n" + V_SIG),
    (READER, [VENDOR], "RE: Loggers on the way",
     "Bram,\n\nThey arrived this morning. The guys are pleased.\n\n" + R_SIG),
]


def test_a_gift_for_the_readers_crew_goes_to_the_unit_of_their_member_of_edge(tmp_path):
    release = write_release(tmp_path / "mail", MAILS)
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(release), "--case", str(case), "--profile", "auto",
                                 "--timezone", "America/Chicago", "-s"])
    assert r.exit_code == 0, r.output
    graph = json.loads((case / "graph.json").read_text())
    name = {n["id"]: n["name"] for n in graph["nodes"]}
    edges = {(e["type"], name[e["source"]], name[e["target"]]) for e in graph["edges"]}
    assert ("MEMBER_OF", "Ines Marlowe", "Main Repair Section") in edges
    gifts = {(s, t) for kind, s, t in edges if kind == "GIFT"}
    assert gifts == {("Bram Tolliver", "Main Repair Section")}
