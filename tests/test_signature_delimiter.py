"""The signature delimiter: a line of "-- " alone opens the signature (RFC 3676's sig separator, which most mail
clients write), so the short lines above it (a list of notes, a last request with no full stop) are the message's own
text, not title or unit lines of the signature. Every body is invented for these tests."""
from __future__ import annotations

from giftgraph.nlp.signature import split_signature


def test_short_lines_above_the_delimiter_are_no_signature_lines():
    body = ("Team,\n\nstatus for the board:\n- Harbor Division order signed\n- Westgate Precinct pilot in week 3\n\n"
            "drinks on thurs if anyone is around\n\n-- \nPilar Quenneville\nPartner Success | Brightlamp Sensors\n"
            "pilar@brightlamp.example")
    assert [l.text for l in split_signature(body).lines] == ["Pilar Quenneville", "Partner Success | Brightlamp Sensors",
                                                             "pilar@brightlamp.example"]


def test_a_signature_without_a_delimiter_is_read_as_before():
    body = "see you at roll call\n\nSgt. Ivo Marchetti #40177\nHarbor Division"
    assert [l.text for l in split_signature(body).lines][-2:] == ["Sgt. Ivo Marchetti #40177", "Harbor Division"]
