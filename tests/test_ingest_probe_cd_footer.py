"""A records portal's page footer that sets "Page N of M" apart from its other parts by a middle dot, a bar or a
bullet ("Request 24-118 | Page 7 of 30") is furniture, as a bare "Page 7 of 30" is: with one printed email to a page
it was read as the last line of the body, and a message quoted on another page then differed from its original by
the page number and was kept twice. Found by probe CD (an HTML page per email). Every line is invented for these
tests."""
from __future__ import annotations

import pytest

from giftgraph.ingest.furniture import is_furniture
from giftgraph.ingest.readers import read_html


@pytest.mark.parametrize("line", [
    "Request 24-118 | Page 7 of 30",
    "Page 7 of 30 | Released under the open records act",
    "Harlow Township Records Request 24-118 \u00b7 produced June 3, 2024 \u00b7 Page 7 of 30",
    "Harlow Township \u2022 Page 7/30",
])
def test_a_footer_with_the_page_count_set_apart_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "See page 7 of 30 in the attached manual for the wiring.",
    "The table on page 7 of 30 | not the one on page 8",
    "Open the report \u00b7 page 7 of 30 has the totals we discussed",
])
def test_a_sentence_that_names_a_page_is_not_furniture(line):
    assert not is_furniture(line)


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body>
<table><tr><th>From:</th><td>Nell Tarrow &lt;nell@orchard-signal.example&gt;</td></tr>
<tr><th>Sent:</th><td>Monday, June 3, 2024 9:14 AM</td></tr>
<tr><th>To:</th><td>Ames, Bo &lt;bo.ames@harlow.example&gt;</td></tr>
<tr><th>Subject:</th><td>Meeting notes</td></tr></table>
<p>Bo,</p><p>Notes from today are below.</p><p>Nell</p>
<div class="footer">Request 24-118 &middot; produced July 1, 2024 &middot; Page {n} of 30</div>
</body></html>"""


def test_the_footer_is_not_the_end_of_the_body_of_a_printed_page():
    bodies = {m.body.strip() for n in (3, 4) for m in read_html(_PAGE.format(n=n).encode(), file=f"p{n}.html",
                                                                  timezone="America/Denver")}
    assert bodies == {"Bo,\n\nNotes from today are below.\n\nNell"}
