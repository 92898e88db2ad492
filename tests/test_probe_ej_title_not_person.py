"""A public-safety title written after a name ("- Odile Branford, Fire Marshal, Town of Wexley",
"Hal Prewitt, Building Inspector") names the person's job, never a second person called "Fire Marshal"
or "Building Inspector". Invented wording and names (not the EJ probe's)."""
from __future__ import annotations

from tests.test_unseen_release import _build, _exported

V = "Noor Eskdale <noor@quillmark-safety.example>"
O = "Odile Branford <obranford@wexley.example>"
H = "Hal Prewitt <hprewitt@wexley.example>"
MAIL = [
    ("w1", V, O, "brochure blurb", "Mon, 2 Mar 2026 10:00:00 -0800",
     "ok to print this in the brochure?\n\n\"Our walkthroughs go twice as fast now.\" - Odile Branford, Fire Marshal, "
     "Town of Wexley\n\nthx\n\nNoor Eskdale\nQuillmark Safety"),
    ("w2", O, V, "Re: brochure blurb", "Mon, 2 Mar 2026 12:00:00 -0800",
     "fine by me. cc'ing hal, he wrote the checklist.\n\nOdile"),
    ("w3", H, V, "checklist", "Tue, 3 Mar 2026 09:00:00 -0800",
     "attached the checklist we use.\n\nquoted as: Hal Prewitt, Building Inspector, Town of Wexley\n\nHal"),
]


def test_a_title_after_a_name_is_no_person(tmp_path):
    case = _build(tmp_path, MAIL, profile="auto")
    people = {n["name"] for n in _exported(tmp_path, case)["nodes"] if n.get("kind") == "person"}
    assert "Odile Branford" in people and "Hal Prewitt" in people
    assert not people & {"Fire Marshal", "Building Inspector"}, people
