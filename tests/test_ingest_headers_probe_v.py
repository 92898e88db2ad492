"""A Gmail printout read from a PDF's text, where the blank line between a message's header and its body is lost
(probe V). Every name and line is invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.printed import split_text


def _split(text):
    return split_text(text, file="t.txt", timezone="America/Chicago")


def test_a_greeting_run_up_against_a_gmail_header_is_the_body():
    """"Cc: Rosa Quill <rquill@...>" then "Deputy Ike, Rosa,": the greeting opens the body, no part of Rosa's name."""
    text = ("Gmail - Pool party safety\n"
            "Nell Ortega <nell@harborpets.test>            Tue, Jun 3, 2025 at 9:15 AM\n"
            "To: Ike Barros <ibarros@hillview.test>\n"
            "Cc: Rosa Quill <rquill@hillview.test>\n"
            "Deputy Ike, Rosa,\n"
            "Thanks again for the talk at the pool party. The kids loved the K9.\n"
            "Nell\n")
    [m] = _split(text)
    assert [(a.name, a.email) for a in m.to] == [("Ike Barros", "ibarros@hillview.test")]
    assert [(a.name, a.email) for a in m.cc] == [("Rosa Quill", "rquill@hillview.test")]
    assert m.body.startswith("Deputy Ike, Rosa,\nThanks again")


def test_a_recipient_list_broken_at_a_comma_goes_on():
    """A list wrapped after a separator still gathers every recipient, its next line with or without an address."""
    text = ("Gmail - Pool party safety\n"
            "Nell Ortega <nell@harborpets.test>            Tue, Jun 3, 2025 at 9:15 AM\n"
            "To: Ike Barros <ibarros@hillview.test>, Rosa Quill <rquill@hillview.test>,\n"
            "Tam Ode <tode@hillview.test>\n"
            "Thanks again for the talk at the pool party.\n")
    [m] = _split(text)
    assert [a.email for a in m.to] == ["ibarros@hillview.test", "rquill@hillview.test", "tode@hillview.test"]
    assert m.body == "Thanks again for the talk at the pool party."
