"""Reading an mbox exported from an old archive (probe CP): a message that lost its From header but keeps
a Sender header was written by that Sender's mailbox; a From, when there is one, still names the writer.

Every name and address here is invented for these tests."""
from __future__ import annotations

import io

from giftgraph.ingest.readers import read_mbox

TZ = "America/Denver"


def _box(*messages: str) -> bytes:
    return "\r\n".join(messages).replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode("latin-1")


NO_FROM = """From oriel.banks@larchmoor.example Tue Mar 10 16:00:00 2026
Sender: Oriel Banks <oriel.banks@larchmoor.example>
To: Pia Sandoval <psandoval@quillstone.example>
Subject: Re: survey card
Date: Tue, 10 Mar 2026 09:00:00 -0600
Message-ID: <a1@archive.example>

Pia, the card arrived. Thanks.

Oriel
"""

BOTH = """From assistant@larchmoor.example Wed Mar 11 16:00:00 2026
From: Tobin Vale <tvale@larchmoor.example>
Sender: Desk Assistant <assistant@larchmoor.example>
To: Pia Sandoval <psandoval@quillstone.example>
Subject: schedule
Date: Wed, 11 Mar 2026 09:00:00 -0600
Message-ID: <a2@archive.example>

Thursday works.
"""


def test_a_message_with_only_a_sender_header_is_sent_by_that_mailbox():
    msgs = list(read_mbox(io.BytesIO(_box(NO_FROM)), file="box.mbox", timezone=TZ))
    assert len(msgs) == 1
    assert msgs[0].sender.email == "oriel.banks@larchmoor.example"
    assert msgs[0].sender.name == "Oriel Banks"


def test_a_from_header_still_names_the_writer_when_a_sender_is_there_too():
    msgs = list(read_mbox(io.BytesIO(_box(BOTH)), file="box.mbox", timezone=TZ))
    assert msgs[0].sender.email == "tvale@larchmoor.example"
