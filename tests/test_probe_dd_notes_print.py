"""A printed Lotus Notes memo (found by probe DD): Notes prints the blind-copy label in lower case ("bcc:"), like
"cc:"; left unread, an empty "bcc:" line ran into the cc list above it and spoiled it. And an OCR'd page break can
fall inside a header block, between "From:" and "To:": the removed page header and Bates stamp leave blank lines
there, and the block is still one header. Every name and line here is invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.furniture import page_lines, split_pages
from giftgraph.ingest.printed import split_lines, split_text


def test_lower_case_bcc_ends_the_cc_list():
    text = ("From: Orla Benn/Licensing/Harwick@Harwick\n"
            "To: Piet Sorensen/Fleet/Harwick@Harwick\n"
            "cc: Mira Dahl/Fleet/Harwick@Harwick, Tove Irwin/Audit/Harwick@Harwick\n"
            "bcc:\n"
            "Date: 09/10/2021 02:15 PM\n"
            "Subject: Plate stock reorder\n"
            "\n"
            "Piet,\n\nPlease confirm the reorder quantity by Friday.\n\nOrla\n")
    (m,) = split_text(text, file="x.txt", timezone="America/New_York")
    assert [a.name for a in m.cc] == ["Mira Dahl", "Tove Irwin"]
    assert [a.name for a in m.to] == ["Piet Sorensen"]


def _page(n, body, stamp):
    return f"HRW-REC-2021-77                            Page {n} of 3\n\n{body}\n                                              HRW-REC-{stamp}\n"


def test_a_page_break_between_from_and_to_keeps_the_header():
    first = _page(1, "From: Orla Benn/Licensing/Harwick@Harwick\n"
                     "To: Piet Sorensen/Fleet/Harwick@Harwick\n"
                     "Date: 09/10/2021 02:15 PM\n"
                     "Subject: Plate stock reorder\n"
                     "\n"
                     "Piet, please confirm the reorder quantity by Friday.\n"
                     "\n"
                     "From: Piet Sorensen/Fleet/Harwick@Harwick\n", "004410")
    second = _page(2, "To: Orla Benn/Licensing/Harwick@Harwick\n"
                      "cc:\n"
                      "bcc:\n"
                      "Date: 09/13/2021 08:40 AM\n"
                      "Subject: RE: Plate stock reorder\n"
                      "\n"
                      "Orla, four hundred sets will cover the quarter.\n", "004411")
    third = _page(3, "From: Orla Benn/Licensing/Harwick@Harwick\n"
                     "To: Piet Sorensen/Fleet/Harwick@Harwick\n"
                     "Date: 09/13/2021 09:02 AM\n"
                     "Subject: RE: Plate stock reorder\n"
                     "\n"
                     "Thanks, ordering today.\n", "004412")
    lines = page_lines(split_pages("\f\n".join([first, second, third])))
    msgs = split_lines(lines, file="x.txt", timezone="America/New_York")
    assert [m.sent[:16] for m in msgs] == ["2021-09-10T14:15", "2021-09-13T08:40", "2021-09-13T09:02"]
    assert msgs[1].sender.name == "Piet Sorensen"
    assert [a.name for a in msgs[1].to] == ["Orla Benn"]
    assert "four hundred" not in msgs[0].body
