"""A greeting of Australian and British mail ("G'day Wren,", "Gday Oona", "Hiya Rhodri") opens the letter and is no
part of a person's name: the reader's given name alone, never a person called "G'day Wren". Invented wording."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import _build, _exported


def test_a_gday_or_hiya_greeting_makes_no_person(tmp_path):
    mails = [
        ("g1", "Ossie Marchetti <ossie@tallowbark.example>", "Wren Castellan <wren.castellan@lakeshire.example>",
         "Fence posts", "Mon, 02 Mar 2026 09:00:00 +1000",
         "G'day Wren,\n\nThe fence posts are ready to collect from the yard whenever suits.\n\nOssie Marchetti"),
        ("g2", "Ossie Marchetti <ossie@tallowbark.example>", "Oona Pelletier <oona.pelletier@lakeshire.example>",
         "Gate hinges", "Tue, 03 Mar 2026 10:00:00 +1000",
         "Gday Oona,\n\nThe hinges came in this morning, I'll bring them round tomorrow.\n\nOssie Marchetti"),
        ("g3", "Ossie Marchetti <ossie@tallowbark.example>", "Rhodri Vance <rhodri.vance@lakeshire.example>",
         "Paint", "Wed, 04 Mar 2026 11:00:00 +1000",
         "Hiya Rhodri,\n\nThe paint is in the shed, the green tin.\n\nOssie Marchetti"),
    ]
    g = _exported(tmp_path, _build(tmp_path, mails, profile="auto"))
    names = {n["name"] for n in g["nodes"] if n["kind"] == "person"}
    assert not [x for x in names if x.lower().startswith(("g'day", "gday", "hiya"))], names
    assert {"Wren Castellan", "Oona Pelletier", "Rhodri Vance"} <= names
