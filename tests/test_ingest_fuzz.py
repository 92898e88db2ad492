"""Hypothesis: the header parser and the message splitter never crash on random text or on
random permutations of header fields, and whatever they return is well formed."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from giftgraph.ingest.addresses import parse_address_list
from giftgraph.ingest.dates import parse_date
from giftgraph.ingest.dedup import merge_messages
from giftgraph.ingest.furniture import page_lines, split_pages
from giftgraph.ingest.printed import parse_header_text, split_lines, split_text

FIELDS = ["From: Whitlock, Gordon (NIH/NIAID) [E]", "Sent: Tue, 3 Mar 2020 02:17:08 +0000", "To: Jane Roe <jr@x.test>",
          "Ce: (b)(6); Doe, John (ORG) [EJ yy", "Subject: RE: hello", "Date: Mon, Aug 22, 2016 at 4:35 PM",
          "Attachments: a.pdf", "-----Original Message-----", "________________", "> On Mar 2, 2016, at 8:21 AM, X wrote:",
          "On Tue, Mar 1, 2016 at 10:26 AM Jane <j@x.test> wrote:", "Victor Salas <v@x.test>    Mon, Aug 22, 2016 at 4:35 PM",
          "[Quoted text hidden]", "HHS-000123", "Page 3 of 9", "\f", "Gmail - Subject", "2 messages", "> quoted", ">> deeper",
          "", "Hello there.", "From:", "Sent:", "To: ;;;", "\u2588\u2588\u2588\u2588"]

text_lines = st.lists(st.one_of(st.sampled_from(FIELDS), st.text(max_size=60)), max_size=40)


def _check(msgs):
    for m in msgs:
        assert isinstance(m.subject, str) and isinstance(m.body, str)
        assert m.sent == "" or m.sent[10] == "T"
        assert m.provenance and m.id.startswith("msg-")
        for a in [m.sender] + m.to + m.cc:
            assert "REDACTED" not in a.name and "(b)" not in a.name and "\u2588" not in a.name
    ids = {m.id for m in msgs}
    merged = merge_messages([], msgs)
    assert len(merged) <= len(msgs)
    assert all(m.in_reply_to is None or m.in_reply_to in {x.id for x in merged} | ids for m in merged)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_lines, st.sampled_from(["UTC", "America/New_York", "America/Los_Angeles"]))
def test_splitter_never_crashes(lines, tz):
    text = "\n".join(lines)
    _check(split_text(text, file="f.txt", timezone=tz))
    _check(split_lines(page_lines(split_pages(text)), file="f.txt", timezone=tz))


@settings(max_examples=300, deadline=None)
@given(st.permutations(FIELDS[:7]), st.text(max_size=40))
def test_header_field_permutations(fields, noise):
    h = parse_header_text("\n".join(fields) + noise, "UTC")
    assert h.subject is None or isinstance(h.subject, str)
    msgs = split_text("\n".join(fields) + "\n\nbody text\n" + noise, file="f", timezone="UTC")
    _check(msgs)
    if fields[0].startswith("From:") and any(f.startswith("Sent:") for f in fields[:6]):
        assert msgs and msgs[0].sender.name == "Gordon Whitlock"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_address_and_date_parsers_never_crash(text):
    addrs, red = parse_address_list(text)
    assert red >= 0 and all(a.name or a.email for a in addrs)
    out = parse_date(text, "UTC")
    assert out == "" or len(out) >= 19
