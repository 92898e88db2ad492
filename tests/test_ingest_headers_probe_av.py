"""Printed layouts met by probe AV (a GroupWise print: "Creation Date:" for the time sent, replies quoting under
">>> Name <addr> date >>>"). Invented names and wording."""
from __future__ import annotations

from giftgraph.ingest.readers import read_text

_PRINT = """______________________________________________________________________________

From:          "Odile Brenner" <obrenner@fernhill.test>
To:            Cass Whitby <cwhitby@fernhill.test>
CC:            Juno Pell <jpell@fernhill.test>
{label}:{pad}5/7/2024 3:41 PM
Subject:       bus duty roster

Cass, the roster for next week is attached.

Odile
"""


def test_a_groupwise_creation_date_is_the_time_sent_and_no_part_of_a_name():
    for label, pad in (("Creation Date", " "), ("Date", "          ")):
        msgs = read_text(_PRINT.format(label=label, pad=pad).encode(), file="gw.txt", timezone="America/Chicago")
        assert len(msgs) == 1
        m = msgs[0]
        assert m.sent.startswith("2024-05-07T15:41"), m.sent
        assert [a.name for a in m.cc] == ["Juno Pell"], m.cc
        assert m.subject == "bus duty roster"

