"""Hypothesis, from the outside in: the header parser, the message splitter and the file readers
on random text, random unicode, random header values and random bytes. Nothing crashes (a reader
either returns messages or raises its one-line ReadError), every message has a sender object and
its provenance, splitting is deterministic, and well-formed headers in any order read back right.

(tests/test_ingest_fuzz.py fuzzes the same functions with OCR-shaped field lines; this file adds
random values, whole-file readers, encodings and round trips.)
"""
from __future__ import annotations

import copy
import io
import os
import zipfile

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from giftgraph.ingest.dedup import merge_messages
from giftgraph.ingest.message import Address, Message
from giftgraph.ingest.printed import parse_header_text, split_text
from giftgraph.ingest.readers import ReadError, decode_text, read_bytes, read_eml
from giftgraph.pipeline import problem_reason

# GIFTGRAPH_FUZZ_EXAMPLES=5000 for a longer hunt; CI runs the default
FUZZ = settings(max_examples=int(os.environ.get("GIFTGRAPH_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

LABELS = ["From", "Sent", "Date", "To", "Cc", "Ce", "Bcc", "Subject", "Attachments", "Importance", "FROM", "SUBJECT"]
# unicode from every plane that shows up in releases: accents, CJK, RTL, emoji, NBSP, zero-width, controls
any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
header_value = st.one_of(any_text, st.sampled_from([
    "", " ", ":", "::", "<", ">", "<>", "@", "a@", "@b", "<@>", "[mailto:", "(b)(6)", "\u2588\u2588\u2588", ";;;", ",,,",
    "Last, First (ORG) [E]", "O'Neil, Sean", "=?utf-8?b?SGVsbG8=?=", "\u202eevil\u202c", "\x00", "\r", "\t\t",
    "Monday, February 30, 2016 25:61 PM", "31/31/2016 99:99", "Tue, 15 Mar 2016 10:42:00 +9999",
]))
header_line = st.builds(lambda label, sep, value: f"{label}{sep}{value}", st.sampled_from(LABELS),
                        st.sampled_from([":", ": ", " : ", ":\t", ":    "]), header_value)


def _well_formed(msgs: list[Message], file: str) -> None:
    for m in msgs:
        assert isinstance(m.sender, Address)  # every message has a sender object (possibly empty)
        assert all(isinstance(a, Address) and (a.name or a.email) for a in m.to + m.cc)
        assert m.provenance and all(p.file == file for p in m.provenance)
        assert m.id.startswith("msg-") and m.id == m.content_id()
        assert m.sent == "" or (m.sent[4] == "-" and m.sent[10] == "T")
    for m in merge_messages([], copy.deepcopy(msgs)):  # merging updates the messages it is given
        assert m.in_reply_to != m.id  # merged, a message never replies to itself


# -- the header parser ----------------------------------------------------------------------------

@FUZZ
@given(st.lists(header_line, min_size=1, max_size=12), st.sampled_from(["\n", " ", "  ", "\r\n", "\t"]))
@example(["Sent:0:2000:0:0:0-2400"], "\n")  # an offset of -24h: dateutil parses it, isoformat() used to raise
def test_header_parser_on_random_header_lines(lines, joiner):
    h = parse_header_text(joiner.join(lines), "America/Los_Angeles")
    assert h.sender is None or isinstance(h.sender, Address)
    assert h.subject is None or isinstance(h.subject, str)
    assert all(isinstance(a, Address) for a in h.to + h.cc)
    assert h.sent == "" or h.sent[10] == "T"
    assert h.redactions >= 0


@FUZZ
@given(any_text)
def test_header_parser_on_random_unicode(text):
    h = parse_header_text(text, "UTC")
    assert h.sender is None or isinstance(h.sender, Address)


# -- the message splitter -------------------------------------------------------------------------

@FUZZ
@given(st.lists(st.one_of(header_line, any_text, st.sampled_from(["", "-----Original Message-----", "> quoted",
                                                                    "On Mon, Apr 4, 2016 at 9:12 AM, A <a@b.example> wrote:"])),
                max_size=40))
def test_splitter_on_random_lines_is_total_and_deterministic(lines):
    text = "\n".join(lines)
    first = split_text(text, file="r.txt", timezone="UTC")
    _well_formed(first, "r.txt")
    again = split_text(text, file="r.txt", timezone="UTC")
    assert [m.to_dict() for m in again] == [m.to_dict() for m in first]
    merged = merge_messages([], copy.deepcopy(first))
    assert len(merged) <= len(first)
    assert len(merge_messages(merged, copy.deepcopy(first))) == len(merged)  # reading the same text twice adds nothing


name_word = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=9).map(str.capitalize)
person = st.tuples(name_word, name_word, st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"), min_size=1, max_size=12))


@FUZZ
@given(person, st.lists(person, min_size=1, max_size=4, unique_by=lambda p: p[2]), st.permutations(["sent", "to", "subject"]),
       st.lists(name_word, min_size=1, max_size=6), st.sampled_from(["\n", "  "]))
def test_well_formed_outlook_headers_in_any_order_read_back(sender, recipients, order, subject_words, joiner):
    """From first (that is how a header block is found), then Sent/To/Subject in any order on
    their own lines; run together on one line, Outlook's order keeps Subject last (on one line a
    subject runs to the end: "Subject: RE: To: the board" is one subject)."""
    if joiner != "\n":
        order = [k for k in order if k != "subject"] + ["subject"]
    subject = "Re " + " ".join(subject_words)
    fields = {
        "sent": "Sent: Monday, April 4, 2016 9:12 AM",
        "to": "To: " + "; ".join(f"{f} {l} <{u}@pd.example>" for f, l, u in recipients),
        "subject": f"Subject: {subject}",
    }
    f, l, u = sender
    block = joiner.join([f"From: {f} {l} <{u}@vendor.example>"] + [fields[k] for k in order])
    msgs = split_text(block + "\n\nThe body of the message.\n", file="p.txt", timezone="America/Los_Angeles")
    _well_formed(msgs, "p.txt")
    assert len(msgs) == 1
    m = msgs[0]
    assert m.sender.email == f"{u}@vendor.example" and m.sender.name == f"{f} {l}"
    assert [a.email for a in m.to] == [f"{u2}@pd.example" for _, _, u2 in recipients]
    assert m.subject == subject
    assert m.sent == "2016-04-04T09:12:00-07:00"


# -- the readers: random bytes under every file name --------------------------------------------

@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["x.eml", "x.txt", "x.mbox", "x.msg", "x.pdf", "x.zip", "x", "x.log"]))
@example(b"%PDF-1.4\n1 0 obj\n<<", "x.pdf")
@example(b"PK\x03\x04" + b"\x00" * 40, "x.zip")
@example(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "x.msg")
@example(b"From \n\n\n", "x.mbox")
@example(b"\xff\xfe" + "From: a\nSent: b\n".encode("utf-16-le"), "x.txt")
def test_readers_on_random_bytes_return_messages_or_one_clear_error(data, name):
    warnings: list[str] = []
    try:
        msgs = read_bytes(data, name=name, timezone="UTC", warn=warnings.append)
    except ReadError as exc:
        text = str(exc)
        assert text and "\n" not in text and len(text) < 300  # one clear line
        assert problem_reason(text)
        return
    _well_formed(msgs, name)
    assert all("\n" not in w for w in warnings)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["From", "To", "Cc", "Subject", "Date", "Reply-To", "Message-ID", "X-Junk",
                                            "Content-Type", "Content-Transfer-Encoding", "MIME-Version"]),
                          header_value), min_size=1, max_size=10),
       any_text)
def test_eml_with_random_headers_in_random_order(headers, body):
    raw = "".join(f"{k}: {v}\n" for k, v in headers).replace("\r", " ") + "\n" + body
    data = raw.encode("utf-8", "replace")
    try:
        msgs = read_eml(data, file="m.eml", timezone="UTC")
    except ReadError as exc:
        assert "\n" not in str(exc)
        return
    _well_formed(msgs, "m.eml")
    assert msgs  # a message with a From, Date or Subject header is never dropped


@FUZZ
@given(st.lists(st.binary(max_size=400), max_size=6))
def test_zip_of_random_members(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, data in enumerate(members):
            z.writestr(f"m{k}.eml", data)
    import tempfile
    from pathlib import Path

    from giftgraph.ingest import read_paths  # noqa: PLC0415 - the whole-file path, problems and all

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "r.zip"
        p.write_bytes(buf.getvalue())
        res = read_paths([p], timezone="UTC", known={})
    assert res.files_read == 1
    assert all(name.startswith(f"{p}!m") and "\n" not in text for name, text in res.problems)
    _well_formed(res.messages, res.messages[0].provenance[0].file if res.messages else "")


# -- text decoding --------------------------------------------------------------------------------

@FUZZ
@given(st.binary(max_size=2000))
def test_decode_text_always_returns_text(data):
    assert isinstance(decode_text(data), str)


@FUZZ
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_utf8_text_decodes_unchanged(text):
    assume(not text.startswith("\ufeff"))
    assert decode_text(text.encode("utf-8")) == text


@FUZZ
@given(st.lists(st.text(st.characters(codec="cp1252", exclude_characters="\r\n"), max_size=40), max_size=8),
       st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\r\n\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e"),
                        max_size=40), max_size=8))
def test_mixed_utf8_and_cp1252_lines(cp_lines, utf_lines):
    """Lines written in cp1252 and lines in UTF-8, pasted together: each line decodes as written
    (a cp1252 line that happens to be valid UTF-8 too is the only ambiguity, and is skipped)."""
    def ambiguous(s):
        try:
            return s.encode("cp1252").decode("utf-8") != s
        except UnicodeDecodeError:
            return False

    assume(not any(ambiguous(s) for s in cp_lines))
    data = b"\n".join([s.encode("cp1252") for s in cp_lines] + [s.encode("utf-8") for s in utf_lines])
    assume(not data.startswith(b"\xef\xbb\xbf"))
    assert decode_text(data).split("\n") == (cp_lines + utf_lines if data else [""])


# -- records ---------------------------------------------------------------------------------------

@FUZZ
@given(any_text, any_text, any_text, any_text)
def test_message_record_round_trip_keeps_the_id(name, email, subject, body):
    m = Message(sender=Address(name=name, email=email), subject=subject, body=body, sent_raw=body[:10])
    back = Message.from_dict(m.to_dict())
    assert back == m and back.id == m.id


# -- person resolution on random printed names and addresses ----------------------------------------

printed_name = st.one_of(any_text, st.sampled_from([
    "", "Arvo", "Lindqvist, Arvo", "Arvo Lindqvist", "lan Lindqvist", "Lindqvist Arvo", "MD Arvo Lindqvist FMedSci",
    "Arvo Lindqvist OO", "eee Dr Arvo", "Dr Lindqvist", "Lindqvist, A.", "A L", "Arvo L", "Arvo Lind", "Bo",
    "Arvo on behalf of Lindqvist, Arvo", "(b)(6)", "\u2588\u2588", "Team", "The Board", "julia", "Zhen",
]))
address_email = st.one_of(st.just(""), st.sampled_from([
    "alindqvist@x.example", "arvo.lindqvist@x.example", "lindqvist@y.example", "a@x.example", "press@x.example",
    "zhen.kowal@lab.example", "30512@pd.example", "belluz@m.example", "alindqvist@x.example",
]), st.from_regex(r"[a-z.]{1,12}@[a-z]{1,6}\.example", fullmatch=True))


# the same 60 examples on every CI run (GIFTGRAPH_FUZZ_EXAMPLES set: a longer, random hunt)
@settings(max_examples=int(os.environ.get("GIFTGRAPH_FUZZ_EXAMPLES", "60")), deadline=None,
          derandomize="GIFTGRAPH_FUZZ_EXAMPLES" not in os.environ, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(printed_name, address_email, printed_name, address_email), min_size=1, max_size=8))
@example([("", "", "", ""), ("", "", "@à", "farf.x@a.example"), ("¶ß#p", "farf.x@a.example", "\x0c", "")])
def test_resolution_on_random_names_and_addresses_never_fails_and_ignores_order(rows):
    """Every observation of a message ends up in at most one person, extraction never raises, and
    reading the same messages in another order gives the same people (ids and names)."""
    from giftgraph.nlp.extract import extract_entities
    from giftgraph.nlp.profile import Profile

    prof = Profile.load("ring_lapd")
    msgs = [Message(sender=Address(name=a, email=b), to=[Address(name=c, email=d)], subject=f"S{i % 3}",
                    body="Thanks,\n" + (a or "x") + "\n", sent=f"2016-03-{i + 1:02d}T10:00:00-08:00")
            for i, (a, b, c, d) in enumerate(rows)]
    for m in msgs:
        m.id = m.content_id()

    def people(ms):
        _, _, nodes, _ = extract_entities(ms, profile=prof, model="blank")
        return sorted((n.id, n.name) for n in nodes if n.kind == "person")

    first = people(msgs)
    assert len({i for i, _ in first}) == len(first)  # one node per id
    assert people(list(reversed(msgs))) == first
