"""A federal FOIA release of printed Outlook messages (probe CX): each message headed by its mailbox owner's
directory name with office tags ("Okafor, Benedict (SFO) (NCB)") printed right above the header, with no blank line
where the banner's rule was drawn; and the FOIA office's placeholder pages for what it did not release."""
from __future__ import annotations

from giftgraph.ingest.furniture import is_furniture
from giftgraph.ingest.readers import read_text

PAGE = "{owner}\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}\n"


def test_an_owner_name_with_office_tags_right_above_the_header_is_no_body_text():
    text = (PAGE.format(owner="Okafor, Benedict (SFO) (NCB)", frm="Gary Lusk <glusk@apexgear.test>",
                        sent="Monday, March 24, 2025 9:00 AM", to="Okafor, Benedict (SFO) (NCB)", subject="Jackets",
                        body="Ten jackets for your squad, no charge.\n\nGary Lusk\nApex Gear Co.")
            + "\f" + PAGE.format(owner="Okafor, Benedict (SFO) (NCB)", frm="Okafor, Benedict (SFO) (NCB)",
                                 sent="Tuesday, March 25, 2025 9:00 AM", to="Hart, Colin M. (OGC) (NCB)",
                                 subject="Jackets from Apex", body="Colin, can we accept these?\n\nBen")
            + "\f" + PAGE.format(owner="Hart, Colin M. (OGC) (NCB)", frm="Hart, Colin M. (OGC) (NCB)",
                                 sent="Tuesday, March 25, 2025 1:00 PM", to="Okafor, Benedict (SFO) (NCB)",
                                 subject="RE: Jackets from Apex", body="No, send them back.\n\nColin"))
    msgs = read_text(text.encode(), file="owner.txt", timezone="America/New_York")
    assert [(m.subject, m.body) for m in msgs] == [
        ("Jackets", "Ten jackets for your squad, no charge.\n\nGary Lusk\nApex Gear Co."),
        ("Jackets from Apex", "Colin, can we accept these?\n\nBen"),
        ("RE: Jackets from Apex", "No, send them back.\n\nColin")]


def test_foia_placeholder_pages_are_furniture():
    for line in ("WITHHELD IN FULL", "DUPLICATE", "Page withheld pursuant to exemption (b)(5)",
                 "Pages 14-16 withheld in full pursuant to FOIA exemptions (b)(6) and (b)(7)(C)",
                 "Duplicate of material released on the following page", "Duplicate of page NCB-000112"):
        assert is_furniture(line), line
    for line in ("Duplicate of the one I sent you yesterday, sorry.", "Withheld in full? Really?",
                 "The page was withheld pursuant to what rule?"):
        assert not is_furniture(line), line
    text = ("From: Gary Lusk <glusk@apexgear.test>\nSent: Monday, March 24, 2025 9:00 AM\nTo: Ana Ruiz <aruiz@ncb.test>\n"
            "Subject: Jackets\n\nTen jackets for your squad.\n\nGary\n\fWITHHELD IN FULL\nPage withheld pursuant to exemption"
            " (b)(5)\n\fDUPLICATE\nDuplicate of material released on the following page\n")
    [m] = read_text(text.encode(), file="w.txt", timezone="America/New_York")
    assert m.body == "Ten jackets for your squad.\n\nGary"
