"""A message's own text and its signature block.

`own_text_end(body)` finds where the message's own text stops (quoted history, forwarded blocks,
``-----Original Message-----``, ``On ... wrote:``, an Outlook header block, ``>`` quoting), so the
spaCy pipeline reads each sentence once. `split_signature` then reads the closing lines of the
own text: sign-off name, name line (rank, name, serial number), title lines, unit and organisation
lines, phone numbers. Which lines are units or organisations is decided with the profile and with
the entities the spaCy pipeline found in those lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["own_text_end", "signature_end", "inline_answer_at", "SigLine", "Signature", "split_signature", "SERIAL_RE", "PHONE_RE"]

_CUT = [
    re.compile(r"^\s*_{6,}\s*$"),
    re.compile(r"^\s*-{2,}\s*(?:Original Message|Forwarded message|Forwarded by)\b.*$", re.I),
    re.compile(r"^\s*Begin forwarded message:?\s*$", re.I),
    re.compile(r"^\s*On\b.{3,160}\bwrote:\s*$", re.I),
    re.compile(r"^\s*\[Quoted text hidden\]\s*$", re.I),
    # GroupWise's reply header, ">>> Ann Roe <aroe@x.org> 3/14/2024 9:02 AM >>>" (a PDF's text loses the blank line
    # before it)
    re.compile(r"^\s*>>>\s.{3,200}>>>\s*$"),
]
# the lines that end the own text, as one pattern (a match at a line's start by any of them: one
# regex call a line instead of five; asked of every line of every message several times a run)
_CUT_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in _CUT), re.I)
# (French Outlook's labels, a space before the colon: "De : ...", "Envoyé : ...", "À : ...", "Objet : ...")
_HEADER_FROM = re.compile(r"^\s*\**(?:From:|De\s?:)\**\s+\S", re.I)
_HEADER_NEXT = re.compile(r"^\s*\**(?:Sent|Date|To|Subject|Cc|Envoy[ée]|À|Objet)\s?:\**\s", re.I)
SERIAL_RE = re.compile(r"(?:Serial\s*(?:No\.?|Number|#)\s*:?\s*|#\s?)(\d{4,7})\b", re.I)
PHONE_RE = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")
_DISCLAIMER = re.compile(r"^\s*(?:CONFIDENTIALITY|CONFIDENTIAL|PRIVILEGED|DISCLAIMER|NOTICE:|This (?:e-?mail|electronic|message|communication)|"
                         r"You are receiving|To unsubscribe|Sent from my|Get Outlook)", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_ADDRESS = re.compile(r"\b\d{1,6}\s+\w+.*\b(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Ln|Lane|Suite|Ste)\b\.?|"
                      r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b(?:CA|NY|GA|TX|MD|DC),?\s*$"
                      # a British postcode ("Leeds LS5 3BT", "London SW1A 1AA") after a town's name
                      r"|\b[A-Z][a-z]+,?\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")


# a memorandum's own heading written in the message ("MEMORANDUM" / "TO: ..." / "FROM: ..." / "DATE: 21 APR 2025"):
# its FROM line follows the title or the TO line, and no time of sending follows it, as a quoted header's has
_MEMO_TITLE = re.compile(r"^\s*(?:inter-?office\s+|internal\s+)?memo(?:randum)?\s*$", re.I)
_MEMO_TO = re.compile(r"^\s*\**To:\**\s+\S", re.I)
_SENT_AT = re.compile(r"^\s*\**(?:Sent:|Date:[^\n]*\d:\d\d)", re.I)


def _memo_heading(lines: list[str], i: int) -> bool:
    """The "From:" line ``lines[i]`` is a line of a memorandum's own heading, not a quoted mail's header."""
    before = [x for x in lines[max(0, i - 4):i] if x.strip()]
    if not (before and _MEMO_TO.match(before[-1]) or any(_MEMO_TITLE.match(x.strip()) for x in before)):
        return False
    return not any(_SENT_AT.match(x) for x in lines[i + 1:i + 4])


_QUOTED_LINE = re.compile(r"[ \t]*>")


_INLINE_QUOTE_LINES = 8  # the most quoted lines before an answer written under them
_WROTE = re.compile(r"\bwrote:\s*$|^-{2,}\s*(?:Original|Forwarded)\b", re.I)


def inline_answer_at(text: str, at: int) -> int:
    """A reply written between the lines it answers: the quoted block whose first line starts at ``at`` ends with a
    blank line and the writer's own words follow it (not another quoted header, a forward's marker or a mail
    program's line). The offset of that answer, else -1 (the quote runs to the end: a reply above its quote)."""
    pos, blank_before, quoted, said = at, False, 0, False
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        line = text[pos:end].rstrip("\r\n")
        if _QUOTED_LINE.match(line):
            # a quoted block that is history, not a question answered: it prints a message's header or a marker
            # ("> -----Original Message-----", "> From: ..."), or runs long (an inline reply quotes a line or a few)
            inner = re.sub(r"^(?:[ \t]*>)+[ \t]?", "", line)
            quoted += 1
            if quoted > _INLINE_QUOTE_LINES or _CUT_ANY.match(inner) or _HEADER_FROM.match(inner) \
                    or _SENT_AT.match(inner) or _WROTE.search(inner):
                return -1
            said = said or bool(inner.strip())
            blank_before = False
        elif not line.strip():
            blank_before = True
        else:
            # (a wrapped quoted line goes on without its ">": no blank line before it, no answer)
            # (nor a lone ">" with nothing quoted: a mail program's stray mark)
            if not said or not blank_before or _CUT_ANY.match(line) or _HEADER_FROM.match(line) or _DISCLAIMER.match(line):
                return -1
            return pos
        pos = end
    return -1


def own_text_end(body: str) -> int:
    """Character offset where the message's own text ends (len(body) when nothing is quoted). The quoted lines of a
    reply written between them (`inline_answer_at`) are inside it, with the answers."""
    lines = body.splitlines(keepends=True)
    pos, answered = 0, -1
    for i, line in enumerate(lines):
        text = line.rstrip("\r\n")
        if _CUT_ANY.match(text):
            return pos
        if _HEADER_FROM.match(text) and any(_HEADER_NEXT.match(x) for x in lines[i + 1:i + 4]) \
                and not _memo_heading(lines, i):
            return pos
        if text.startswith(">") and i > 0 and (not lines[i - 1].strip() or lines[i - 1].lstrip().startswith(">")) \
                and pos >= answered:
            answered = inline_answer_at(body, pos)
            if answered < 0:
                return pos
        pos += len(line)
    return len(body)


@dataclass
class SigLine:
    text: str
    start: int  # offset of the line in the body
    end: int
    kind: str = ""  # signoff | name | title | unit | organization | phone | email | address | other


@dataclass
class Signature:
    """The closing block of a message, line by line, with what could be read from it."""

    lines: list[SigLine] = field(default_factory=list)
    serial: str | None = None
    phones: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.lines[0].start if self.lines else -1

    def of_kind(self, kind: str) -> list[SigLine]:
        return [l for l in self.lines if l.kind == kind]


# the label of a phone number ("Office:", "Cell:", "Tel:"): its line is a phone line, the number printed or not
_PHONE_LABEL = re.compile(r"\b(?:office|cell|mobile|phone|tel|telephone|fax|direct|desk)\s*:", re.I)
_SIG_SEPARATOR = re.compile(r"\s+[|\u2022\u00b7]\s+")


def _sig_like(line: str) -> bool:
    s = line.strip()
    # a line of parts set apart by bars or bullets ("Acme Ltd | Unit 4, Mill Yard, Leeds LS5 3BT") is read part by part
    parts = _SIG_SEPARATOR.split(s)
    if not s or len(s) > (120 if len(parts) > 1 else 80):
        return False
    # (a company's legal form ends its line with a stop, in lower case as Quebec writes it: "Lumeroc Instruments inc.",
    # "Pellerin ltée", "Gagnon enr.")
    if re.search(r"[.!?]\s*$", s) and not re.search(r"\b[A-Z][a-z]{0,4}\.$|\b[A-Z]\.$|\b(?:Inc|Co|Ltd|Jr|Sr|St|inc|ltd|lt[ée]e|enr)\.$", s):
        return False
    if max(len(p.split()) for p in parts) > 9 and not _POSTAL_LINE.search(s):
        return False  # (a postal line of a signature runs long: "109 W. Elm St., Room 12, Harlow Flats, NM 87001")
    return True


# a postal address line: a house number, then the line ends with a state's two letters and a ZIP code
_POSTAL_LINE = re.compile(r"^\d{1,6}\s+\S.*\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?$")


def split_signature(body: str, end: int | None = None, *, max_lines: int = 12) -> Signature:
    """The signature block at the end of ``body[:end]``: contiguous short lines, read bottom-up."""
    end = len(body) if end is None else end
    text = body[:end]
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n")), line.rstrip("\r\n")))
        pos += len(line)
    # a disclaimer paragraph ends the signature: start reading above it
    i = len(spans) - 1
    for k in range(len(spans) - 1, max(-1, len(spans) - 40), -1):
        if _DISCLAIMER.match(spans[k][2]) and len(spans[k][2]) > 30:
            i = k - 1
            break
    # drop trailing disclaimers / device lines / blank lines
    while i >= 0 and (not spans[i][2].strip() or _DISCLAIMER.match(spans[i][2])
                      or (len(spans[i][2]) > 80 and i > 0 and not spans[i - 1][2].strip())):
        # a long line after a blank one at the very end is a disclaimer paragraph
        i -= 1
    picked: list[tuple[int, int, str]] = []
    blanks = 0
    while i >= 0 and len(picked) < max_lines:
        s = spans[i][2]
        if not s.strip():
            blanks += 1
            if blanks > 1 and picked:
                # a second blank line: keep going only if the block above is a one-line sign-off
                pass
            i -= 1
            continue
        if _DISCLAIMER.match(s):
            i -= 1
            continue
        if picked and s.strip() == "--":
            break  # the signature delimiter ("-- " on a line of its own): the lines above it are the message's own
        if not _sig_like(s):
            # the line just under a sentence the page wrapped ("... any devices by the people at" / "Ring.") ends that
            # sentence: no signature line
            if picked and picked[-1] is spans[i + 1] and picked[-1][2].rstrip().endswith(".") and \
                    not re.search(r"[.!?:;,\-]\s*$", s) and len(s.strip()) > 60:
                picked.pop()
            break
        picked.append(spans[i])
        i -= 1
    picked.reverse()
    sig = Signature(lines=[SigLine(text=s.strip(), start=a + (len(s) - len(s.lstrip())), end=b) for a, b, s in picked])
    for l in sig.lines:
        m = SERIAL_RE.search(l.text)
        if m and not sig.serial:
            sig.serial = m.group(1)
        sig.phones += PHONE_RE.findall(l.text)
        if _EMAIL.search(l.text) and len(l.text.split()) <= 2:
            l.kind = "email"
        elif PHONE_RE.search(l.text) and len(PHONE_RE.sub("", l.text).split()) <= 3:
            l.kind = "phone"
        elif _PHONE_LABEL.search(l.text):
            l.kind = "phone"  # "Office: Cell:", "... Office: (b)(6) | cell": labels of numbers the release withheld
        elif _URL.search(l.text):
            l.kind = "other"
        elif _ADDRESS.search(l.text) and not SERIAL_RE.search(l.text):
            l.kind = "address"
    return sig


def signature_end(body: str) -> int:
    """Where the signature of ``body`` ends: its own text's end (`own_text_end`), or, for a reply written between
    the lines it answers and signed above the quoted lines ("See my answers inline. / Lionel / Deputy ..., Tamsett
    County ..."), the first quoted line, when a signature of two lines or more ends there and none ends the answers."""
    end = own_text_end(body)
    first = re.search(r"(?m)^[ \t]*>", body[:end])
    if first is None or first.start() == 0 or not body[:first.start()].strip():
        return end
    above = split_signature(body, first.start())
    if len(above.lines) >= 2 and not split_signature(body, end).lines:
        return first.start()
    return end
