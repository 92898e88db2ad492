"""Printed releases -> messages: find each header block and split the text into messages.

Header layouts:

* Outlook blocks: ``From:``/``Sent:``/``To:``/``Cc:``/``Subject:`` on their own lines or run
  together on one line, with OCR variants (``Ce:``, ``[E]``, ``[EJ``, ``Last, First (ORG)``,
  ``[mailto:…]``, addresses wrapped onto the next line), after ``-----Original Message-----``,
  a row of underscores, or a forwarded-message banner.
* Gmail print layout: ``Name <addr>   Tue, Mar 15, 2016 at 10:42 AM`` then ``To:``/``Cc:``;
  the subject is the thread's title; ``[Quoted text hidden]`` is dropped.
* ``On <date>, <name> wrote:`` followed by ``>``-quoted history (iPhone, Gmail, Apple Mail).

Each printed document (a page that begins with a header block) gives its top message; the header
blocks further down are quoted history and become messages of their own (``quoted=True``),
each replying to the one below it.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from giftgraph.ingest.addresses import count_redactions, parse_address, parse_address_list
from giftgraph.ingest.dates import parse_date
from giftgraph.ingest.furniture import Line
from giftgraph.ingest.message import Address, Message, Provenance

__all__ = ["Header", "split_lines", "split_text", "parse_header_text", "is_header_start"]

# with OCR's common misreadings of the labels: rn for m ("Frorn"), zero for O ("T0"), i or l for j or t ("Subiect")
_LABEL = (r"(?:From|FROM|Frorn|FRORN|Sent|SENT|(?:Creation|Delivered|Posted) Date|Date|DATE|To|TO|T0|Cc|CC|cc|Ce|CE|Bcc|BCC|bcc|Subject|SUBJECT|Subiect|SUBIECT|"
          r"Subjecl|Subj|Attachments|Importance|Reply-To|"
          # French Outlook's (Quebec's, France's): "De :", "Envoyé :", "À :", "Cc :", "Objet :"
          r"De|Envoyé|Envoye|À|Objet)")
_FIELD_RE = re.compile(r"(?<![\w@.\-])(" + _LABEL + r")\s{0,2}:")
_FIELD_LINE = re.compile(r"^\s*(" + _LABEL + r")\s{0,2}:")
_FROM_LINE = re.compile(r"^\s*(?:From|FROM|Frorn|FRORN|De)\s{0,2}:\s*(.*)$")
_DATE_FIELD = re.compile(r"(?<![\w@.\-])(?:Sent|SENT|Date|DATE|Envoyé|Envoye)\s{0,2}:")
# (GroupWise prints the time sent as "Creation Date:", a received copy's as "Delivered Date:")
_CANON = {"from": "from", "frorn": "from", "sent": "sent", "date": "sent", "creation date": "sent",
          "delivered date": "sent", "posted date": "sent", "to": "to", "t0": "to", "cc": "cc", "ce": "cc",
          "bcc": "bcc", "subject": "subject", "subiect": "subject", "subjecl": "subject", "subj": "subject",
          "attachments": "attachments", "importance": "importance", "reply-to": "reply-to",
          "de": "from", "envoyé": "sent", "envoye": "sent", "à": "to", "objet": "subject"}
_DOW = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# the day of the month, with OCR's letter for one of its two digits ("Mar l0", "Mar 1O")
_DAY = r"(?:\d{1,2}|[lI]\d|\d[lIO])"
# Outlook on the web's print view dates each message in digits after the weekday ("Wed 1/14/2026 4:45 PM"), on the
# line under "Name <addr>": the weekday tells it from a Lotus Notes date (digits alone, `_NOTES_DATE`)
_OWA_DAY = rf"{_DOW},?\s+\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d"
_GMAIL_DATE = (rf"(?:(?:{_DOW},?\s+)?(?:{_MON}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MON}\s+\d{{4}})|{_OWA_DAY})"
               rf",?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?")
_GMAIL_RE = re.compile(rf"^\s*(?P<who>[^<>:]{{1,80}}?\s*(?:<[^<>\s]+@[^<>\s]+>)?)\s+(?P<date>{_GMAIL_DATE})"
                       rf"(?:\s*\([^)]*\))?\s*$")
# what a line `_GMAIL_RE` matches ends with (searched first: on a long line of spaced-out words with
# no date at its end, `_GMAIL_RE`'s nested spaces backtrack for seconds, 7 s on one 15,000-character line)
_GMAIL_TAIL = re.compile(rf"(?:{_GMAIL_DATE})(?:\s*\([^)]*\))?\s*$")
_WROTE_RE = re.compile(r"^\s*On\s+(?P<rest>.{6,200}?)\s*wrote\s*:\s*$", re.I)
# Lotus Notes heads the history it quotes in a reply with the author first and the date after: "Ann Roe/Unit/Org wrote
# on 03/02/2025 11:40:12 AM:", ""Ann Roe" <aroe@x.org> wrote on 03/02/2025 11:40 AM:"
_WROTE_ON_RE = re.compile(r"^\s*(?P<who>\S.{0,120}?)\s+wrote\s+on\s+(?P<date>\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}"
                          r"(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)\s*:\s*$")
_WROTE_DATED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|@")
# a person's name alone on a line, as Outlook prints the mailbox owner over each email: "Okafor, Benedict",
# "Benedict Okafor", "Benedict A. Okafor"
_OWNER_LINE = re.compile(r"^\s*(?!(?:Thanks|Thank|Best|Regards|Cheers|Sincerely|Hi|Hello|Dear|Sent|Respectfully|Warmly|"
                         r"Yours|Kind|Many|Warm|Love|Take|See|Talk|Good|Great|Morning|Afternoon|Evening)\b)(?:[A-Z][A-Za-z'\u2019-]+,\s*[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z]\.?)?"
                         r"|[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][A-Za-z'\u2019-]+){1,2})\s*$")
# the same owner's name in the display form of an agency's directory, "Last, First M." followed by its office tags
# ("Marlow, Petra (HQ/OPS) [E]", "Reyes, Ana (SFO) (NCB)"): never a sign-off, so it heads a printout even
# when no blank line (the banner's rule) parts it from the header below
_TAGGED_OWNER_LINE = re.compile(r"^\s*[A-Z][A-Za-z'\u2019-]+,\s*[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z]\.?)?"
                                r"(?:\s*(?:\([A-Za-z0-9/&.\s-]{1,24}\)|\[[A-Za-z0-9/&.\s-]{1,12}\]))+\s*$")
_SEPARATOR = re.compile(r"^\s*(?:_{8,}|-{3,}\s*(?:Original Message|Forwarded message|Forwarded by.*)\s*-{3,}|"
                        r"-{2,}\s*Original Message\s*-{2,}|Begin forwarded message:|\[Quoted text hidden\]|"
                        r"-{8,}|={8,})\s*$", re.I)
_MESSAGES_COUNT = re.compile(r"^\s*\d+\s+messages?\s*$")
# Gmail's on-screen header printed (a screenshot, "Print" of the open conversation): under "Name <addr>   date" the
# recipients are one lower-case line of given names with "me" for the account's owner ("to me", "to Ana, me",
# "to me, Sgt."), the owner printed alone as "Name <addr>" over the thread's title
_GMAIL_TO_ME = re.compile(r"^\s*to\s+((?:(?:me|[A-Z][\w'.\u2019-]*(?:\s+[A-Z][\w'.\u2019-]*){0,2}),\s*){0,9}"
                          r"(?:me|[A-Z][\w'.\u2019-]*(?:\s+[A-Z][\w'.\u2019-]*){0,2}))\s*$")
_ACCOUNT_LINE = re.compile(r"^\s*[^<>:,]{1,80}?\s*<[^<>\s]+@[^<>\s]+>\s*$")
_GMAIL_TITLE = re.compile(r"^\s*Gmail\s+-\s+(.*)$")
_QUOTE = re.compile(r"^\s?>\s?")
_HAS_YEAR = re.compile(r"\d{4}")
# a Sent value that runs on into the recipients when OCR garbled the "To:" label ("To;", "Ta:", "i"):
# a year, a time of day with AM/PM, a short label, then a list ("Last, First; ...")
_SENT_RUNS_ON = re.compile(r"^(?P<date>.*?(?:19|20)\d\d\b.*?\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm]\.?)"
                           r"\s+(?:T[oa0]{1,2}\s*[;:.,]?|[il|!])\s+(?P<to>[^;,]+[;,].*)$")
MAX_QUOTE_DEPTH = 60  # "On ... wrote:" levels read as messages; deeper ones stay quoted text
# Lotus Notes quotes history under a block of its own: who wrote (a Notes name "Ann Roe/Unit/Org@Org", a
# "Name <address>" or an address) on one line, the date in digits with its clock time on the next, then the
# To, cc and Subject fields, each "Label: value" or, as Notes' memo table prints them, the label on a line of
# its own with the value under it
_NOTES_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*$")
_NOTES_WHO = re.compile(r"^\s*(?:[^\s/<>@:][^/<>@:]{0,80}?/[^<>@:\s]+(?:@[\w-]+)?"
                        r"|[^<>:@]{0,80}?<[^<>\s]+@[^<>\s]+>|[^\s<>:@]+@[\w-]+(?:\.[\w-]+)+)\s*$")
# a text layer may keep only one space between the memo table's label column and its value ("To Ann Roe/Unit/Org")
_NOTES_FIELD = re.compile(r"^\s*(To|cc|CC|Cc|bcc|BCC|Bcc|Subject)\s*(?::\s*|\t\s*|\s(?=\s*\S)|$)(.*)$")
# Notes prints the delegate who sent on the author's behalf under the author and date: "Sent by: Ann Roe/Unit/Org"
_NOTES_SENT_BY = re.compile(r"^\s*Sent\s+by\s*:")


@dataclass
class Header:
    """A parsed header block."""

    sender: Address | None = None
    sent: str = ""
    sent_raw: str = ""
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    subject: str | None = None  # None: not printed (inherit the thread's)
    attachments: list[str] = field(default_factory=list)
    redactions: int = 0
    kind: str = "outlook"  # outlook | gmail | wrote | email


def parse_header_text(text: str, timezone: str) -> Header:
    """Fields of an Outlook-style header block given as one string (lines joined)."""
    h = Header()
    fields: dict[str, str] = {}
    marks = list(_FIELD_RE.finditer(text))
    order = []
    for k, m in enumerate(marks):
        key = _CANON.get(m.group(1).lower(), "")
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        val = text[m.end():end]
        line_start = m.start() == 0 or text[:m.start()].rstrip(" \t").endswith("\n")
        if "subject" in fields and key not in ("attachments", "importance") and order and order[-1] == "subject" \
                and not line_start:
            fields["subject"] += text[m.start():end]  # "Subject: RE: To: the board" stays one subject
            continue
        if key in fields:
            if key in ("to", "cc"):
                fields[key] += "; " + val
            continue
        fields[key] = val
        order.append(key)
    sender, r0 = parse_address(fields.get("from", ""))
    h.sender = sender
    h.sent_raw = " ".join(fields.get("sent", "").split())
    runon = _SENT_RUNS_ON.match(h.sent_raw) if "to" not in fields else None
    if runon:  # "... 4:24 PM To; Roe, Pat ...": OCR garbled the To: label
        h.sent_raw, fields["to"] = runon.group("date"), runon.group("to")
    h.sent = parse_date(h.sent_raw, timezone)
    h.to, r1 = parse_address_list(fields.get("to", ""))
    h.cc, r2 = parse_address_list(fields.get("cc", ""))
    h.redactions = r0 + r1 + r2
    if "subject" in fields:
        h.subject = " ".join(fields["subject"].split())
    if fields.get("attachments"):
        h.attachments = [a.strip() for a in re.split(r";|,(?=\s*\S+\.\w{2,4}\b)", fields["attachments"]) if a.strip()]
    return h


_MEMO_TITLE = re.compile(r"^\s*(?:inter-?office\s+|internal\s+)?memo(?:randum)?\s*$", re.I)


def is_header_start(lines: list[str], i: int) -> str | None:
    """The layout of a header block starting at line i ("outlook", "gmail", "wrote"), or None."""
    line = lines[i]
    if line.lstrip().startswith(">"):
        return None
    if _notes_start(lines, i):
        return "notes"
    lead = _FIELD_LINE.match(line)
    if lead and _CANON.get(lead.group(1).lower()) in ("subject", "sent"):
        # Thunderbird prints "Subject:" (or "Date:") first: a run of field lines that holds From and a date
        labels = [_CANON.get(lead.group(1).lower())]
        for nxt in lines[i + 1:i + 5]:
            fm = _FIELD_LINE.match(nxt)
            if not fm:
                break
            labels.append(_CANON.get(fm.group(1).lower()))
        # From before To, each once: not an Outlook block whose From OCR garbled ("Frat:"), run into the next
        if labels.count("from") == 1 and "sent" in labels and len(set(labels)) == len(labels) \
                and labels.index("from") < (labels.index("to") if "to" in labels else len(labels)):
            return "outlook"
    m = _FROM_LINE.match(line)
    if m and any(_MEMO_TITLE.match(x) for x in lines[max(0, i - 4):i]):
        return None  # the TO/FROM/DATE/SUBJECT heading of a memorandum written in the message, not a quoted mail
    if m:
        if _DATE_FIELD.search(line):
            return "outlook"
        # the next six printed lines: blank lines do not count, as an OCR'd page break (its header and Bates stamp
        # removed) can leave a few between "From:" and the fields below it
        seen = 0
        for j in range(i + 1, min(len(lines), i + 13)):
            if not lines[j].strip():
                continue
            seen += 1
            if seen > 6:
                break
            if _DATE_FIELD.match(lines[j].lstrip()) or _DATE_FIELD.search(lines[j]):
                return "outlook"
            if _FROM_LINE.match(lines[j]):
                break
        return None
    if " wrote on " in line and _WROTE_ON_RE.match(line):
        return "wrote"
    if "On " in line[:8] and not line.startswith(">" * 40):
        # "On <date> <name> wrote:" dates its quote (a year, a clock time, a date in digits) or names an
        # address; "On Friday the vendor rep wrote:" is prose
        if _WROTE_RE.match(line) and _WROTE_DATED.search(line):
            return "wrote"
        if i + 1 < len(lines) and line.lstrip().startswith("On ") and _WROTE_RE.match(line + " " + lines[i + 1].strip()) \
                and _WROTE_DATED.search(line + " " + lines[i + 1]):
            return "wrote2"
    if ":" not in line or not _HAS_YEAR.search(line) or not _GMAIL_TAIL.search(line):
        return None
    g = _GMAIL_RE.match(line)
    if g and ("@" in g.group("who") or re.search(r"\S\s{2,}\S", line)):
        nxt = next((l for l in lines[i + 1:i + 3] if l.strip()), "")
        if re.match(r"^\s*(?:To|Cc|Reply-To)\s*:", nxt) or "@" in g.group("who"):
            return "gmail"
    return None


def _notes_start(lines: list[str], i: int) -> bool:
    """Line i opens a Lotus Notes quoted header: who, then the date in digits, then a To field within a few
    lines."""
    if i + 2 >= len(lines) or not _NOTES_DATE.match(lines[i + 1]) or not lines[i].strip() \
            or not _NOTES_WHO.match(lines[i]):
        return False
    nxt = [x for x in lines[i + 2:i + 6] if x.strip()][:2]
    return any((m := _NOTES_FIELD.match(x)) is not None and m.group(1) == "To" for x in nxt)


def _notes_block(lines: list[str], i: int) -> tuple[int, dict[str, str]]:
    """End index (exclusive) of the Notes header block starting at line i, and its To, cc and Subject values."""
    fields: dict[str, str] = {}
    key = ""
    j = i + 2
    while j < len(lines) and j - i < 40:
        s = lines[j].strip()
        fm = _NOTES_FIELD.match(lines[j])
        if fm and fm.group(1).lower() not in fields:
            key = fm.group(1).lower()
            fields[key] = fm.group(2).strip()
            j += 1
            if key == "subject" and fields[key]:
                break
            continue
        if not s or (not key and _NOTES_SENT_BY.match(s)):
            j += 1
            continue
        if key == "subject":  # the memo table's value under its label
            fields[key] = s
            j += 1
            break
        if key in ("to", "cc", "bcc"):
            fields[key] = (fields[key] + ", " + s).strip(", ")
            j += 1
            continue
        break
    return j, fields


def _notes_list(value: str) -> str:
    """A Notes recipient list ("A B/Unit/Org@Org, "Roe, Ann" <ar@x.org>") with ";" between its entries."""
    out, cur, quote_, angle = [], "", False, False
    for ch in value:
        if ch == '"':
            quote_ = not quote_
        elif ch == "<":
            angle = True
        elif ch == ">":
            angle = False
        if ch == "," and not quote_ and not angle:
            out.append(cur)
            cur = ""
            continue
        cur += ch
    out.append(cur)
    return "; ".join(x.strip() for x in out if x.strip())


def _parse_notes(lines: list[str], i: int, fields: dict[str, str], timezone: str) -> Header:
    h = Header(kind="outlook")
    h.sender, r0 = parse_address(lines[i].strip())
    h.sent_raw = " ".join(lines[i + 1].split())
    h.sent = parse_date(h.sent_raw, timezone)
    h.to, r1 = parse_address_list(_notes_list(fields.get("to", "")))
    h.cc, r2 = parse_address_list(_notes_list(fields.get("cc", "")))
    h.redactions = r0 + r1 + r2
    if "subject" in fields:
        h.subject = " ".join(fields["subject"].split())
    return h


def _is_continuation(line: str) -> bool:
    s = line.strip()
    return bool(s) and ("@" in s or ";" in s or s.startswith(("<", ">")) or s.endswith((";", ",")))


def _outlook_block(lines: list[str], i: int, limit: int = 14) -> int:
    """End index (exclusive) of the Outlook header block starting at line i."""
    seen_subject = "Subject" in lines[i] or "SUBJECT" in lines[i]
    seen_from = bool(_FROM_LINE.match(lines[i]))  # a block printed Subject first meets its From further down
    j = i + 1
    while j < len(lines) and j - i < limit:
        line = lines[j]
        s = line.strip()
        if not s:
            if seen_subject:
                break
            # no Subject yet: fields printed with blank lines between them go on, and so do the lines of a
            # recipient list an OCR'd page breaks up; a blank line and then a sentence ("Yes.", "Count me
            # in.") ends a header that has no Subject line
            k = j + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            nxt = lines[k].strip() if k < len(lines) else ""
            if nxt and re.search(r"[.!?]$", nxt) and not re.search(r"[@;<>\"|]", nxt) \
                    and not (_FIELD_LINE.match(lines[k]) or _FIELD_RE.search(lines[k])):
                break
            j += 1
            continue
        fm = _FIELD_LINE.match(line)
        if fm and _CANON.get(fm.group(1).lower()) == "from":
            if seen_from:
                break
            seen_from = True
        if seen_subject:
            labels = [_CANON.get(x.lower()) for x in _FIELD_RE.findall(" ".join(lines[i:j]))]
            if fm:
                j += 1
                continue
            if labels and labels[-1] in ("to", "cc", "bcc") and ("@" in s or ";" in s or s.startswith(("<", ">"))) \
                    and not re.search(r"[.!?]\s*$", s):
                j += 1
                continue
            break
        if fm or _FIELD_RE.search(line):
            if any(_CANON.get(x.lower()) == "subject" for x in _FIELD_RE.findall(line)):
                seen_subject = True
            j += 1
            continue
        if _is_continuation(line) or len(s.split()) <= 4:
            j += 1
            continue
        break
    if not seen_subject and j - i >= limit:  # no Subject line: stop at the first line that is no field
        j = i + 1
        while j < len(lines) and (_FIELD_LINE.match(lines[j]) or _is_continuation(lines[j])):
            j += 1
    return j


def _gmail_block(lines: list[str], i: int) -> int:
    j = i + 1
    if j < len(lines) and _GMAIL_TO_ME.match(lines[j]):
        return j + 1
    in_field = False
    while j < len(lines):
        s = lines[j].strip()
        if re.match(r"^(?:To|Cc|Bcc|Reply-To)\s*:", s):
            in_field = True
            j += 1
            continue
        # a recipient list goes on after a separator ("..., Rosa Quill" / "<rquill@...>"); a line with no address
        # after one that ends with a whole address is the body's greeting ("Deputy Ike, Rosa,") run up against the
        # header when the blank line between them was lost (a PDF's text)
        if in_field and s and ("@" in s or s.endswith(",") and lines[j - 1].rstrip().endswith((",", ";"))) \
                and not re.search(r"[.!?]$", s) and len(s) < 200:
            j += 1
            continue
        break
    return j


# the clock time that ends the date of "On <date> <time>[,] <name> wrote:" (Gmail prints no comma after it),
# with its AM/PM, numeric offset and zone name when printed
_WROTE_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[+-]\d{4})?"
                            r"(?:\s*\(?[A-Z]{2,5}\)?(?=[\s,]))?,?")


def _parse_wrote(text: str, timezone: str) -> Header:
    on = _WROTE_ON_RE.match(text)
    if on:  # Notes: "<who> wrote on <date>:"
        h = Header(kind="wrote")
        h.sent_raw = " ".join(on.group("date").split())
        h.sent = parse_date(h.sent_raw, timezone)
        h.sender, h.redactions = parse_address(on.group("who").strip())
        return h
    m = _WROTE_RE.match(text)
    rest = m.group("rest") if m else text
    h = Header(kind="wrote")
    e = re.search(r"<[^<>]+@[^<>]+>\s*$", rest) or re.search(r"\S+@\S+\s*$", rest)
    t = list(_WROTE_TIME_RE.finditer(rest[: e.start()] if e else rest))
    if t and rest[t[-1].end():].strip(" ,"):
        # the date ends at its clock time; the rest is who wrote (a comma after the time or not)
        h.sent_raw = " ".join(rest[: t[-1].end()].rstrip(",").split())
        h.sent = parse_date(h.sent_raw, timezone)
        h.sender, h.redactions = parse_address(rest[t[-1].end():].strip(" ,"))
        return h
    if e:
        before = rest[: e.start()].rstrip()
        k = before.rfind(",")
        date_part, name = (before[:k], before[k + 1:]) if k >= 0 else ("", before)
        who = name + " " + e.group(0)
    else:
        k = rest.rfind(",")
        date_part, who = (rest[:k], rest[k + 1:]) if k >= 0 else (rest, "")
    h.sent_raw = " ".join(date_part.split())
    h.sent = parse_date(h.sent_raw, timezone)
    h.sender, h.redactions = parse_address(who)
    return h


def _to_me_names(line: str) -> list[str]:
    m = _GMAIL_TO_ME.match(line)
    return [x.strip() for x in m.group(1).split(",")] if m else []


def _parse_gmail(lines: list[str], i: int, end: int, timezone: str, account: str | None = None) -> Header:
    g = _GMAIL_RE.match(lines[i])
    assert g is not None  # the caller matched this line
    h = Header(kind="gmail")
    h.sender, r0 = parse_address(g.group("who"))
    h.sent_raw = g.group("date")
    h.sent = parse_date(h.sent_raw, timezone)
    if end == i + 2 and _GMAIL_TO_ME.match(lines[i + 1]):
        # "to me, Tobias": the owner's address for "me", the given names as printed for the rest
        for name in _to_me_names(lines[i + 1]):
            a = parse_address(account)[0] if name == "me" and account else (None if name == "me" else Address(name=name))
            if a is not None and a not in h.to:
                h.to.append(a)
        return h
    rest = " ".join(l.strip() for l in lines[i + 1:end])
    fields: dict[str, str] = {}
    marks = list(re.finditer(r"(?<![\w@.\-])(To|Cc|Bcc|Reply-To)\s*:", rest))
    for k, m in enumerate(marks):
        fields.setdefault(m.group(1).lower(), rest[m.end(): marks[k + 1].start() if k + 1 < len(marks) else len(rest)])
    h.to, r1 = parse_address_list(fields.get("to", ""))
    h.cc, r2 = parse_address_list(fields.get("cc", ""))
    h.redactions = r0 + r1 + r2
    return h


@dataclass
class _Seg:
    header: Header
    line: Line | None
    body: list[str]
    quoted: bool
    depth: int


def _page_heading(texts: list[str], i: int, line: Line | None = None) -> bool:
    """A printout's heading at the top of a page, before the next message's header: the mailbox
    owner's name over an underscore banner (Outlook; the banner may have gone as furniture), or
    a Gmail print title. Quoted history of the previous page's message ends there instead of
    taking the heading into its body."""
    if _GMAIL_TITLE.match(texts[i]) or _count_follows(texts, i):
        return True
    if line is not None and line.banner and i + 1 < len(texts) and is_header_start(texts, i + 1):
        return True
    for k in range(i + 1, min(len(texts), i + 3)):
        if re.match(r"^\s*_{8,}\s*$", texts[k]):
            return any(is_header_start(texts, j) for j in range(k + 1, min(len(texts), k + 3)))
    return False


def _count_follows(texts: list[str], i: int) -> bool:
    """A Gmail thread's "N messages" line follows within three lines (the printout's heading: the account's
    "Name <address>" line, the thread subject, perhaps wrapped, then the count), no header between."""
    for k in range(i + 1, min(len(texts), i + 4)):
        if _MESSAGES_COUNT.match(texts[k]):
            return True
        if is_header_start(texts, k):
            return False
    return False


def _bottom_posted(texts: list[str], start: int, end: int) -> int | None:
    """Where the replier's own words begin under an "On ... wrote:" history quoted with "> " (bottom-posting):
    the history is one unbroken "> " block, and the lines after it, up to the next header, carry no "> " at all
    and begin a sentence (not the rest of a quoted line the printout wrapped).
    None when the history is not "> "-quoted, or when unquoted lines stand between quoted ones (an inline reply,
    which `move_inline_answers` reads)."""
    rows = [k for k in range(start, end) if texts[k].strip()]
    if not rows or not texts[rows[0]].lstrip().startswith(">"):
        return None
    k = 0
    while k < len(rows) and texts[rows[k]].lstrip().startswith(">"):
        k += 1
    if k == len(rows) or any(texts[r].lstrip().startswith(">") for r in rows[k:]):
        return None
    if not re.match(r"[A-Z0-9\u00c0-\u00de\"\u201c]", texts[rows[k]].lstrip()):
        return None  # "you)." or "and lunch.": a quoted line wrapped by the printout, its rest lost the "> "
    return rows[k]


def _dequote(text: str) -> str:
    return _QUOTE.sub("", text, count=1)


def _scan(lines: list[Line], timezone: str, quoted_level: int, out: list[list[_Seg]], first: Header | None = None,
          first_line: Line | None = None, new_docs: bool = True, gmail_subject: list | None = None,
          gmail_account: list | None = None) -> None:
    """Split `lines` into segments; a new document list starts at each page-top header."""
    texts = [l.text for l in lines]
    gmail_subject = gmail_subject if gmail_subject is not None else [None]
    gmail_account = gmail_account if gmail_account is not None else [None]
    cur: _Seg | None = None
    above_history: _Seg | None = None  # the open segment when an "On ... wrote:" history began
    preamble_ok = True  # only page furniture-like lines seen since the page top
    thread_start = False  # a Gmail thread title or "N messages" line seen since the last Gmail header
    if first is not None:
        cur = _Seg(first, first_line, [], quoted_level > 0, quoted_level)
        out[-1].append(cur)
        preamble_ok = False
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        t = ln.text
        if ln.page_top:
            preamble_ok = True
            # a page title and the mailbox owner's name above an underscore banner: not message text
            if ln.banner and i + 1 < n and is_header_start(texts, i + 1):
                i += 1
                ln, t = lines[i], texts[i]
            for k in range(i, min(n, i + 4)):
                if _MESSAGES_COUNT.match(texts[k]):
                    break  # a thread's heading (subject, "N messages") over the rule: read below, not skipped
                if re.match(r"^\s*_{8,}\s*$", texts[k]) and k + 1 < n and is_header_start(texts, k + 1):
                    i = k + 1
                    ln, t = lines[i], texts[i]
                    break
            else:
                # the mailbox owner's name alone over an Outlook header (the banner's rule drawn, not text)
                owner = next((x for x in range(i, min(n, i + 3)) if texts[x].strip()), None)
                tagged = owner is not None and bool(_TAGGED_OWNER_LINE.match(texts[owner]))
                if owner is not None and (tagged or _OWNER_LINE.match(texts[owner])):
                    at = next((x for x in range(owner + 1, min(n, owner + 3)) if texts[x].strip()), None)
                    if at is not None and (tagged or at > owner + 1) and is_header_start(texts, at) == "outlook":
                        i = at
                        ln, t = lines[i], texts[i]
        kind = is_header_start(texts, i)
        if kind in ("wrote", "wrote2") and quoted_level >= MAX_QUOTE_DEPTH:
            kind = None  # a thread quoting itself without end: deeper history stays body text
        if kind is None:
            tm = _GMAIL_TITLE.match(t)
            if tm:
                gmail_subject[0] = tm.group(1).strip()
                thread_start = True
            elif _MESSAGES_COUNT.match(t) and i > 0:
                thread_start = True
                prev = next((x for x in reversed(texts[max(0, i - 3):i]) if x.strip()), "")
                gmail_subject[0] = prev.strip() or gmail_subject[0]
                acct = next((x for x in reversed(texts[max(0, i - 6):i]) if _ACCOUNT_LINE.match(x)), None)
                if acct is not None:
                    gmail_account[0] = acct.strip()
            if cur is None or (preamble_ok and (tm or _MESSAGES_COUNT.match(t) or re.match(r"^\s*_{8,}\s*$", t)
                                                 or (i + 1 < n and re.match(r"^\s*_{8,}\s*$", texts[i + 1]))
                                                 or _count_follows(texts, i))):
                i += 1
                continue
            if t.strip():
                preamble_ok = False
            cur.body.append(t)
            i += 1
            continue
        top_level = new_docs and (preamble_ok or not out[-1]) and quoted_level == 0
        if kind == "outlook":
            end = _outlook_block(texts, i)
            h = parse_header_text("\n".join(x.strip() for x in texts[i:end]), timezone)
        elif kind == "notes":
            end, fields = _notes_block(texts, i)
            h = _parse_notes(texts, i, fields, timezone)
            kind = "outlook"
        elif kind == "gmail":
            end = _gmail_block(texts, i)
            h = _parse_gmail(texts, i, end, timezone, gmail_account[0])
            h.subject = gmail_subject[0]
        else:
            end = i + (2 if kind == "wrote2" else 1)
            h = _parse_wrote(" ".join(x.strip() for x in texts[i:end]), timezone)
            if cur is not None:
                _day_first_if_later(h, cur.header.sent, timezone)
        # the message whose quoted history ("On ... wrote:") ran up to this header, when no segment is open
        base = cur if cur is not None else above_history
        if (kind == "outlook" and not top_level and new_docs and quoted_level == 0 and base is not None
                and base.header.kind == "outlook" and not _after_separator(texts, i)
                and all(_printed_after(h.sent, x.header.sent, 0) for x in out[-1])
                and (all(_printed_after(h.sent, x.header.sent) for x in out[-1]) or _answers(h.subject, base.header.subject))):
            # a binder printing one email after another on a page: a header block dated well after every message
            # of the printout above it (or after them and answering the one just above: "RE: X" under "X"), with
            # no "Original Message" line or rule before it, is no history they quote (a reply quotes older mail)
            # but the next printout
            top_level = True
        if kind == "gmail" and ln.subject is not None and quoted_level == 0:
            # a print that heads each message with its own subject (`_subject_headings`): the next message of the
            # conversation printed above it when the subjects are one thread's ("Re: X" under "X"), else a new one
            h.subject = gmail_subject[0] = ln.subject
            top_level = True
            above = next((x.header.subject for x in reversed(out[-1]) if x.header.kind == "gmail"), None)
            if above is None or not _same_conversation(above, ln.subject):
                out.append([])
        elif kind == "gmail" and cur is not None and cur.header.kind == "gmail" and quoted_level == 0 and not thread_start:
            top_level = True  # the next message of the same printed Gmail thread (each is printed whole)
        elif top_level or (kind == "gmail" and thread_start and quoted_level == 0):
            out.append([])
        if kind == "gmail":
            thread_start = False
        if kind in ("wrote", "wrote2"):
            # the quoted history runs to the next header at this level; read it one level down
            k = end
            while k < n and not (is_header_start(texts, k) in ("outlook", "gmail", "notes") and not texts[k].lstrip().startswith(">")) \
                    and not (lines[k].page_top and (is_header_start(texts, k) or _page_heading(texts, k, lines[k]))):
                k += 1
            quoting = cur if cur is not None else above_history
            tail = _bottom_posted(texts, end, k) if quoting is not None else None
            region = [Line(_dequote(x.text), x.page, x.bates, False) for x in lines[end:tail or k]]
            _scan(region, timezone, quoted_level + 1, out, first=h, first_line=ln, new_docs=False, gmail_subject=gmail_subject,
                  gmail_account=gmail_account)
            above_history = quoting
            cur = None
            if tail is not None:
                # a bottom-posted reply: the words under the "> " quote are the quoting message's own
                cur = quoting
                k = tail
            i = k
            preamble_ok = False
            continue
        cur = _Seg(h, ln, [], quoted_level > 0 or not top_level, quoted_level)
        if kind == "gmail":
            cur.quoted = quoted_level > 0
        out[-1].append(cur)
        preamble_ok = False
        i = end


def _same_conversation(a: str | None, b: str | None) -> bool:
    """Two subjects of one conversation: the same once reply, forward and auto-reply prefixes are taken off."""
    from giftgraph.ingest.dedup import subject_core

    ca, cb = subject_core(_AUTO_REPLY.sub("", a or "")), subject_core(_AUTO_REPLY.sub("", b or ""))
    return bool(ca) and ca == cb


# more than any two clocks' zones apart: a quoted header printed in its writer's zone may read a few hours late
_LATER_BY = 14 * 3600


def _answers(subject: str | None, above: str | None) -> bool:
    """`subject` is a reply to or a forward of the subject `above` ("RE: X" of "X")."""
    m = re.match(r"\s*(?:RE|Re|FW|Fw|FWD|Fwd)\s*:\s*(.+)$", subject or "")
    return bool(m and above and not re.match(r"\s*(?:RE|Re|FW|Fw|FWD|Fwd)\s*:", above)
                and " ".join(m.group(1).split()).lower() == " ".join(above.split()).lower())


# a date printed in digits whose first two numbers could each be the day or the month ("04/03/2024")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b")


def _day_first_if_later(h: "Header", quoting: str | None, timezone: str) -> None:
    """"On 04/03/2024 16:20, Ann wrote:" quoted in a message of 5 March: a British client prints the day first, and a
    quoted message is never written after the one quoting it, so a month-first reading dated after the quoting message
    is read day first when that reading is not (the same rule as a binder's: the slack of a writer's zone)."""
    m = _NUMERIC_DATE.search(h.sent_raw or "")
    if not m or not quoting or not h.sent or not _printed_after(h.sent, quoting):
        return
    a, b = int(m.group(1)), int(m.group(3))
    if a == b or a > 12 or b > 12:
        return
    swapped = parse_date(h.sent_raw[:m.start()] + f"{m.group(3)}{m.group(2)}{m.group(1)}{m.group(2)}{m.group(4)}"
                         + h.sent_raw[m.end():], timezone)
    if swapped and not _printed_after(swapped, quoting):
        h.sent = swapped


def _day_first_if_printed(headers: list["Header"], timezone: str) -> None:
    """Dates printed in digits are read month first ("04/03/2024" is 3 April); but a document whose headers print a
    date that can only be day first ("20/02/2023": there is no month 20), and none that can only be month first, was
    printed by a client that puts the day first (British, Australian, European): its ambiguous dates ("06/02/2023")
    are read day first too (6 February)."""
    day_first = month_first = 0
    ambiguous = []
    for h in headers:
        m = _NUMERIC_DATE.search(h.sent_raw or "")
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
        elif a != b and h.sent:
            ambiguous.append((h, m))
    if not day_first or month_first:
        return
    for h, m in ambiguous:
        swapped = parse_date(h.sent_raw[:m.start()] + f"{m.group(3)}{m.group(2)}{m.group(1)}{m.group(2)}{m.group(4)}"
                             + h.sent_raw[m.end():], timezone)
        if swapped:
            h.sent = swapped


def _printed_after(sent: str, above: str, by: int = _LATER_BY) -> bool:
    """`sent` is more than `by` seconds after `above` (both ISO 8601; False when either is unknown)."""
    from datetime import datetime, timezone

    try:
        a, b = datetime.fromisoformat(sent), datetime.fromisoformat(above)
    except (TypeError, ValueError):
        return False
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=timezone.utc), b.replace(tzinfo=timezone.utc)
    return (a - b).total_seconds() > by


def _after_separator(texts: list[str], i: int) -> bool:
    """The nearest line with text above line `i` is a separator ("-----Original Message-----", a rule)."""
    prev = next((t for t in reversed(texts[max(0, i - 3):i]) if t.strip()), "")
    return bool(_SEPARATOR.match(prev))


def _body(lines: list[str]) -> tuple[str, int]:
    keep = [l for l in lines if not _SEPARATOR.match(l)]
    text = "\n".join(keep).strip("\n")
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text, count_redactions(text)


_MIDLINE = re.compile(r"(?:-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message\s*-{2,}|_{8,})\s*(?=(?:From|FROM)\s?:)"
                      r"|(?<=\S)\s+(?=(?:From|FROM)\s?:\s*[^:]{0,120}?(?:Sent|SENT|Date|DATE)\s?:)")


_MIDFROM = re.compile(r"(?<=\s)(?:From|FROM)\s?:\s*\S")


def _unfold(lines: list[Line]) -> list[Line]:
    """Split a line where a header block starts in its middle ("...Thanks -----Original Message----- From: ...")."""
    out = []
    for k, ln in enumerate(lines):
        parts = _MIDLINE.split(ln.text) if "From" in ln.text or "FROM" in ln.text else [ln.text]
        if len(parts) == 1 and k + 1 < len(lines) and _DATE_FIELD.match(lines[k + 1].text.lstrip()):
            # "...body words From: Hartley, Owen" with "Sent:" on the next line
            m = _MIDFROM.search(ln.text)
            if m and m.start() > 0:
                parts = [ln.text[:m.start()], ln.text[m.start():]]
        if len(parts) == 1:
            out.append(ln)
            continue
        for k, p in enumerate(parts):
            if p.strip() or k == 0:
                out.append(Line(p, ln.page, ln.bates, ln.page_top and k == 0, ln.banner and k == len(parts) - 1))
    return out


_NAME_ADDR_LINE = re.compile(r"^\s*[^<>:@]{1,80}?\s*<[^<>\s]+@[^<>\s]+>\s*$")
_DATE_LINE = re.compile(rf"^\s*{_GMAIL_DATE}(?:\s*\([^)]*\))?\s*$")


def _join_gmail_dates(lines: list[Line]) -> list[Line]:
    """A Gmail header whose date a narrow page (or a text extraction without layout) moved to a line of its
    own ("Ana Ruiz <aruiz@x.org>" / "Thu, Mar 20, 2025 at 7:02 PM" / "To: ..."): the two lines as Gmail
    prints them, on one."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if k + 2 < len(lines) and _NAME_ADDR_LINE.match(ln.text) and _DATE_LINE.match(lines[k + 1].text) \
                and re.match(r"^\s*To\s*:", lines[k + 2].text):
            out.append(Line(ln.text.rstrip() + "  " + lines[k + 1].text.strip(), ln.page, ln.bates, ln.page_top, ln.banner))
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


_OWA_DATE_END = re.compile(rf"{_OWA_DAY},?\s+\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?\s*$")
_PHONE_LINE = re.compile(r"^[\d\s()+.\-x]+$")


def _conversation_titles(lines: list[Line]) -> list[Line]:
    """Outlook on the web prints a conversation under its subject, a heading at the top of the printout's first
    page over the newest message's header ("Name <addr>" / "Wed 1/14/2026 4:45 PM" / "To: ..."): that line is the
    thread's subject, not the last line of the printout before it. It is taken off the text and kept on the
    header's line (`Line.subject`), as `_subject_headings` keeps a web-mail print's per-message subjects."""
    texts = [ln.text for ln in lines]
    out, drop = list(lines), set()
    for i in range(1, len(lines)):
        j = i - 1
        t = texts[j].strip()
        if not (lines[j].page_top and t and lines[i].subject is None and _OWA_DATE_END.search(texts[i])):
            continue
        if len(t) > 150 or t.endswith((",", ";", ":")) or "@" in t or _PHONE_LINE.match(t) or _SEPARATOR.match(t) \
                or _FIELD_LINE.match(t) or _QUOTE.match(texts[j]) or is_header_start(texts, j) \
                or is_header_start(texts, i) != "gmail":
            continue
        out[i] = dataclasses.replace(lines[i], subject=" ".join(t.split()), page_top=True)
        drop.add(j)
    return [ln for k, ln in enumerate(out) if k not in drop]


# a subject printed as a reply's, a forward's or an auto-reply's: "Re: X", "Fwd: X", "Automatic reply: X"
_AUTO_PREFIX = r"Automatic\s+reply|Auto-?reply|Out\s+of\s+Office"
_REPLY_SUBJECT = re.compile(rf"^\s*(?:Re|RE|Fwd|FWD|Fw|FW|{_AUTO_PREFIX})\s*:\s*\S")
_AUTO_REPLY = re.compile(rf"^\s*(?:{_AUTO_PREFIX})\s*:\s*", re.I)  # what `subject_core` leaves of an auto-reply's subject


def _subject_headings(lines: list[Line]) -> list[Line]:
    """A web-mail client's print view that prints each message's own subject as a heading over its
    "Name <addr>   date" line (Gmail prints one title per thread instead): the heading is the message's
    subject, not the last line of the message above. Such a print is told by its reply and forward
    subjects: two or more of the lines right over those header lines read "Re: ...", "Fwd: ...". The
    heading is taken off the text and kept on the header's line (`Line.subject`)."""
    texts = [ln.text for ln in lines]
    heads = [(i, i - 1) for i in range(1, len(lines))
             if texts[i - 1].strip() and ":" in texts[i] and is_header_start(texts, i) == "gmail"]
    if sum(1 for _, j in heads if _REPLY_SUBJECT.match(texts[j])) < 2:
        return lines
    out, drop = list(lines), set()
    for i, j in heads:
        t = texts[j].strip()
        if len(t) > 150 or is_header_start(texts, j) or _SEPARATOR.match(t) or _MESSAGES_COUNT.match(t) \
                or _QUOTE.match(texts[j]) or _GMAIL_TITLE.match(t) or _FIELD_LINE.match(t) or _ACCOUNT_LINE.match(t):
            continue
        out[i] = dataclasses.replace(lines[i], subject=" ".join(t.split()), page_top=lines[i].page_top or lines[j].page_top)
        drop.add(j)
    return [ln for k, ln in enumerate(out) if k not in drop]


def split_lines(lines: list[Line], *, file: str, timezone: str, first: Header | None = None) -> list[Message]:
    """Messages printed in `lines` (furniture already removed). With `first` (the header of an
    .eml or .msg), `lines` is that message's body: its own text, then the history it quotes."""
    lines = _subject_headings(_conversation_titles(_join_gmail_dates(_unfold(lines))))
    docs: list[list[_Seg]] = [[]]
    _scan(lines, timezone, 0, docs, first=first, new_docs=first is None)
    _day_first_if_printed([s.header for segs in docs for s in segs], timezone)
    messages: list[Message] = []
    for segs in docs:
        msgs: list[Message] = []
        headed: set[int] = set()  # messages whose subject is a Gmail printout's thread title, printed on its own line
        gmail = bool(segs) and all(s.header.kind == "gmail" for s in segs)
        for k, s in enumerate(segs):
            h = s.header
            subject = h.subject
            if subject is None:  # not printed: the message it sits under names the thread
                subject = next((x.header.subject for x in reversed(segs[:k]) if x.header.subject is not None), "")
            body, red = _body(s.body)
            ln = s.line
            m = Message(sender=h.sender or Address(), sent=h.sent, to=h.to, cc=h.cc, subject=subject or "",
                        body=body, sent_raw=h.sent_raw, redactions=h.redactions + red, attachments=h.attachments,
                        provenance=[Provenance(file=file, page=ln.page if ln else None, bates=ln.bates if ln else None,
                                               quoted=s.quoted)])
            if not (m.sender.key() or m.sent or m.subject):
                continue
            m._rank = (not s.quoted, h.kind in ("email", "outlook"), h.subject is not None, bool(m.sender.email),
                       len(m.to) + len(m.cc))
            msgs.append(m)
            if h.kind == "gmail" and h.subject is not None:
                headed.add(id(m))
        _trim_subjects(msgs, headed)
        if not gmail:
            _inline_answers(msgs)
        for k, m in enumerate(msgs):  # Outlook prints newest first; a Gmail thread oldest first
            parent = msgs[k - 1] if gmail and k > 0 else (msgs[k + 1] if not gmail and k + 1 < len(msgs) else None)
            m.in_reply_to = parent.id if parent else None
            m.thread = (msgs[0] if gmail else msgs[-1]).id
        messages.extend(msgs)
    return messages


def _trim_subjects(msgs: list[Message], headed: set[int] | None = None) -> None:
    """OCR runs the first body words onto the Subject line ("Subject: RE: Lab Staffing Janet:").
    A reply's subject is its parent's plus a prefix, so when a neighbour in the thread has the
    same subject minus some trailing words, those words are body text and move back to the body.
    A Gmail thread's title (`headed`: the ids of the messages printed under it) stands on a line of its own, so
    no body runs onto it: "open house volunteers" over a forwarded "Subject: open house" keeps its last word."""
    from giftgraph.ingest.dedup import subject_core

    for a, b in zip(msgs, msgs[1:]):
        ca, cb = subject_core(a.subject), subject_core(b.subject)
        if not ca or not cb or ca == cb:
            continue
        long_, short = (a, cb) if len(ca) > len(cb) else (b, ca)
        if headed and id(long_) in headed:
            continue
        if not subject_core(long_.subject).startswith(short + " "):
            continue
        words = short.split()
        # walk the long subject until its core covers the short one's words
        toks = long_.subject.split()
        for k in range(1, len(toks) + 1):
            if subject_core(" ".join(toks[:k])).split() == words:
                extra = " ".join(toks[k:])
                if re.match(r"[-\u2013\u2014:(\[/|]", extra):
                    break  # "RE: Tickets - returning them": the writer's own edit of the subject, not body words
                long_.subject = " ".join(toks[:k])
                long_.body = (extra + "\n" + long_.body).strip() if extra else long_.body
                break


def split_text(text: str, *, file: str, timezone: str, page: int | None = None) -> list[Message]:
    """Messages printed in a plain text (no page furniture handling)."""
    lines = [Line(t, page, None, k == 0) for k, t in enumerate(text.splitlines())]
    return split_lines(lines, file=file, timezone=timezone)


# An answer written inside the quoted message it answers ("see my answers inline"): the replier's lines are printed
# in the quoted copy, between the quoted sender's own. Marked by the replier's initials ("[LF] Yes", "LF: No",
# "<LF> fine"), written between "> " lines, or, when the reply says so, in capitals ("my answers are in caps").
_IN_CAPS = re.compile(r"\b(?:in\s+(?:all\s+)?(?:caps|capitals|capital\s+letters|upper\s*case|block\s+letters)|all[\s-]caps)\b", re.I)
_INLINE_SAID = re.compile(r"\b(?:inline|in-line|in\s+line|interspersed|below\s+each|under\s+each|between\s+(?:the|your)\s+lines|"
                          r"answers?\s+(?:are\s+)?(?:below|beneath)|replies\s+(?:are\s+)?(?:below|beneath)|in\s+(?:all\s+)?(?:caps|capitals))\b", re.I)


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", name or "") if w[0].isupper()]
    return "".join(w[0] for w in words).upper() if 2 <= len(words) <= 4 else ""


def _caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.95 * len(letters) and len(line.split()) >= 3


def move_inline_answers(reply_body: str, reply_sender: str, quoted_sender: str, quoted_body: str) -> tuple[str, str] | None:
    """The replier's answers printed inside the quoted copy of the message they answer, moved to the reply: the
    reply gets the quoted lines as "> " lines with its answers between them (an inline reply, as mail programs
    write it), the quoted message keeps its own lines. None when the quoted copy holds no answer of the replier's.
    Answers are told by the replier's initials opening a paragraph, by lines outside "> " in a copy quoted with
    "> ", or (when the reply says its answers are in capitals) by paragraphs in capitals."""
    lines = quoted_body.split("\n")
    mine = [False] * len(lines)
    ini = _initials(reply_sender)
    if ini and ini != _initials(quoted_sender):
        tag = re.compile(r"[ \t]*(?:\[" + ini + r"\]|<" + ini + r">|\(" + ini + r"\)|" + ini + r"\s*[:>\-\u2013\u2014])\s*\S")
        k = 0
        while k < len(lines):
            if tag.match(lines[k]):
                while k < len(lines) and lines[k].strip() and not lines[k].lstrip().startswith(">"):
                    mine[k] = True
                    k += 1
            k += 1
    quoted_rows = [k for k, x in enumerate(lines) if x.lstrip().startswith(">")]
    said = bool(_INLINE_SAID.search(reply_body or ""))
    if not any(mine) and len(quoted_rows) >= 2:
        first = quoted_rows[0]
        own = [k for k in range(first, len(lines)) if lines[k].strip() and not lines[k].lstrip().startswith(">")]
        # most of the copy is quoted with "> ": its lines outside the quote, after a blank line, are the replier's
        if own and len(quoted_rows) >= len(own) and (said or len(own) <= len(quoted_rows) // 2):
            for k in own:
                mine[k] = True
    if not any(mine) and _IN_CAPS.search(reply_body or ""):
        k = 0
        while k < len(lines):
            j = k
            while j < len(lines) and lines[j].strip():
                j += 1
            para = lines[k:j]
            if para and all(_caps_line(x) or len(x.split()) < 3 for x in para) and any(_caps_line(x) for x in para):
                for i in range(k, j):
                    mine[i] = True
            k = j + 1
    if not any(mine):
        return None
    dequote = lambda x: re.sub(r"^[ \t]*>[ \t]?", "", x)  # noqa: E731
    kept = [dequote(x) for k, x in enumerate(lines) if not mine[k]]
    out: list[str] = []
    for k, x in enumerate(lines):
        if mine[k]:
            if out and out[-1].strip() and not (k > 0 and mine[k - 1]):
                out.append("")
            out.append(x.strip())
        elif not dequote(x).strip():
            out.append("")
        else:
            if k > 0 and mine[k - 1]:
                out.append("")
            out.append("> " + dequote(x))
    last = max(k for k, x in enumerate(out) if x.strip() and not x.startswith(">"))
    out = out[:last + 1]  # (not the quoted sign-off after the last answer: the reply's words end with its answers)
    # the quoted sender's paragraph breaks stay; the replier's answers stand between them, each after a blank line
    new_quoted = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    new_reply = (reply_body or "").rstrip("\n") + "\n\n" + "\n".join(out).strip("\n")
    return new_reply, new_quoted


def _inline_answers(msgs: list[Message]) -> None:
    """Each reply (newest first) whose answers were printed inside the quoted copy under it gets them back
    (`move_inline_answers`); both messages' ids are made again from their new words."""
    for reply, quoted in zip(msgs, msgs[1:]):
        if not quoted.provenance or not all(p.quoted for p in quoted.provenance):
            continue
        moved = move_inline_answers(reply.body, reply.sender.name or "", quoted.sender.name or "", quoted.body)
        if moved is None:
            continue
        reply.body, quoted.body = moved
        reply.id, quoted.id = reply.content_id(), quoted.content_id()
