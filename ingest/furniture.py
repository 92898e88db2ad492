"""Page furniture: Bates stamps, repeated page titles and banners, "Page N of M", print footers.

Furniture is removed from the text but kept as provenance: every remaining line knows its file
page and the page's Bates number. Pages come from the PDF, from form feeds in text, or (OCR text
without form feeds) from the Bates stamps that close each page.

>>> lines = page_lines(["Title\\nFrom: a\\nCITY-PRA-000001", "Title\\nhello\\nCITY-PRA-000002", "Title\\nbye"])
>>> [(l.text, l.page, l.bates) for l in lines]
[('From: a', 1, 'CITY-PRA-000001'), ('hello', 2, 'CITY-PRA-000002'), ('bye', 3, None)]
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

__all__ = ["Line", "BATES_RE", "split_pages", "page_lines", "is_furniture"]

# CITY-PRA-000001, HHS-002741, STATE-SCB0045301, DOJ_OLC_0001234, C05739595 (State Dept. doc no.)
BATES_RE = re.compile(r"(?<![\w-])([A-Z]{2,}(?:[-_][A-Z]{2,})*[-_ ]?[A-Z]{0,3}\d{5,10})(?![\w-])")
_BATES_LINE = re.compile(r"^\s*" + BATES_RE.pattern + r"\s*$")
# a print footer carrying both the page count and the stamp, in either order: "Page 3 of 40   CITY-PRA-000003"
_PAGE_N = r"(?i:Page)\s+\d+\s+(?i:of|/)\s+\d+"
_PAGE_BATES_LINE = re.compile(r"^\s*(?:" + _PAGE_N + r"\s+" + BATES_RE.pattern + r"|" + BATES_RE.pattern + r"\s+" + _PAGE_N + r")\s*$")
_BATES_GLUED = re.compile(r"^\s*([A-Z]{2,}(?:[-_][A-Z]{2,})*[-_]\d{5,10})(?=[A-Z])")
_HEADERISH = re.compile(r"^\s*(?:from|sent|date|to|cc|ce|bcc|subject|on .* wrote)\b", re.I)
_FURNITURE = [
    re.compile(r"^\s*Page\s+\d+\s+(?:of|/)\s+\d+\s*$", re.I),
    re.compile(r"^\s*-\s*\d+\s*-\s*$"),
    # a portal's or a printer's footer that sets "Page N of M" apart from its other parts by a dot, a bar or a bullet:
    # "PRR 24-0311 · Responsive records · Page 3 of 41", "Page 3 of 41 | Produced to requester" (each page one
    # message: the footer would end the body, and a quoted copy on another page would not match its original)
    re.compile(r"^\s*(?:[^\n]{1,200}?\s[\u00b7|\u2022\u2219]\s+)?Page\s+\d+(?:\s+of\s+|\s*/\s*)\d+"
               r"(?:\s+[\u00b7|\u2022\u2219]\s[^\n]{1,200})?\s*$", re.I),
    re.compile(r"^\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|SENSITIVE BUT UNCLASSIFIED)(?:\s*//\s*\w+)?\s*$"),
    re.compile(r"^\s*(?:UNCLASSIFIED\s+)?U\.S\. Department of State\b.*$"),
    re.compile(r"^\s*(?:Case No\.|Doc No\.)\s*\S+.*$"),
    re.compile(r"^\s*(?:RELEASE IN (?:FULL|PART)|PART B\d.*|B\d(?:,B\d)*)\s*$"),
    re.compile(r"^\s*(?:STATE DEPT\.|SUBJECT TO AGREEMENT ON SENSITIVE).*$"),
    re.compile(r"^\s*Date:\s*\d{2}/\d{2}/\d{4}\s*(?:STATE DEPT.*|SUBJECT TO.*)?$"),
    # a FOIA office's placeholder for a page it did not release: "WITHHELD IN FULL", "Page withheld pursuant to
    # exemption (b)(5)", "DUPLICATE", "Duplicate of material released on page 12" (the page holds no message)
    re.compile(r"^\s*(?:(?:PAGE|PAGES|DOCUMENT)\s+)?(?:WITHHELD\s+IN\s+FULL|DUPLICATE|NON-?RESPONSIVE|REFERRED)\s*$"),
    re.compile(r"^\s*(?:Page|Pages|Document|Record)s?\s+(?:\d+(?:\s*-\s*\d+)?\s+)?withheld\s+(?:in\s+full\s+)?"
               r"(?:pursuant\s+to|under)\s+(?:FOIA\s+)?exemptions?\b.*$", re.I),
    re.compile(r"^\s*Duplicate\s+of\s+(?:material|page|pages|record|records|document)s?\s+"
               r"(?:released|produced|previously|on|at|in|(?:[A-Z]{2,}[-_ ]?)*\d+)\b.*$", re.I),
    re.compile(r"^\s*https?://mail\.google\.com/\S*(?:\s+\d+/\d+)?\s*$"),
    # a browser's print footer from any web-mail client: the page's address and its "n/m" counter
    re.compile(r"^\s*https?://\S+\s+\d{1,3}/\d{1,3}\s*$"),
    # the browser's title over a web-mail printout: "Gmail - X", a Google Workspace account's "Acme Corp Mail - X",
    # another client's "Mail - X", "Webmail - X", "Riverton Webmail - X"
    re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+(?:\d{1,2}:\d{2}\s*[AP]M\s+)?(?:[A-Z][\w&'.,-]*\s+){0,6}(?:[A-Z]\w*)?[Mm]ail\s+-\s+.*$"),
]


@dataclass
class Line:
    """One line of release text with where it was printed."""

    text: str
    page: int | None = None
    bates: str | None = None
    page_top: bool = False  # first content line of its page (after furniture)
    banner: bool = False  # printed right above an underscore banner that was removed as furniture
    subject: str | None = None  # a message header's line: the subject printed as a heading over it (`printed`)


def is_furniture(line: str) -> bool:
    return bool(_BATES_LINE.match(line) or _PAGE_BATES_LINE.match(line)) or any(r.match(line) for r in _FURNITURE)


def split_pages(text: str) -> list[str]:
    """Pages of a text dump: form feeds when present, else a page ends at a line that is only a
    Bates stamp (OCR'd releases print one at the foot of each page), or a footer that prints the
    stamp beside "Page N of M"."""
    if "\f" in text:
        return text.split("\f")
    pages, cur = [], []
    for line in text.splitlines():
        cur.append(line)
        if _BATES_LINE.match(line) or _PAGE_BATES_LINE.match(line):
            pages.append("\n".join(cur))
            cur = []
    if cur:
        pages.append("\n".join(cur))
    return pages or [""]


# a web-mail client's page title that names the mailbox it prints ("Riverton Webmail - ana.ruiz@riverton.example",
# "Mail - Ana Ruiz <aruiz@x.org>"): repeated at the page tops, it is furniture though it holds an address
_MAILBOX_TITLE = re.compile(r"^(?:[\w&'.,-]+\s+){0,6}[\w&'.,-]*mail\s+-\s+(?:[^<>@]{0,60}<)?[\w.+#-]+@[\w.#-]+>?$", re.I)


# a name alone on a line (already `_norm`ed: lower case): two to four words of letters, no digits, no punctuation
# but a name's ("o'neil", "smith-jones", "a.")
_RUN_TITLE = re.compile(r"^[a-z][a-z'\u2019.-]*(?:,?\s[a-z][a-z'\u2019.-]*){1,3}$")


def _norm(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", line).split()).lower()


def _edge_candidates(lines: list[str]) -> list[int]:
    """Indexes of a page's content lines, Bates-only lines left out."""
    return [j for j, l in enumerate(lines) if l.strip() and not _BATES_LINE.match(l)]


def page_lines(pages: list[str], first_page: int = 1) -> list[Line]:
    """Lines of all pages, furniture removed, each carrying its page number and Bates stamp.

    A title or banner printed at the top of most pages (within the first three lines) or as their
    last line (3 or more pages, and at least a third of them) is furniture wherever it sits at a
    page edge. Only the last line counts at the foot: the lines just above it are often the
    signature block of a prolific writer ("Van Nuys Division"), which must stay in the text; so must
    a last line repeated at the feet that is printed inside some page too (the same signature's last
    line, where a message ends mid-page).
    Bates stamps do not take a place in either window."""
    split = [p.splitlines() for p in pages]
    edges, tops, inside = Counter(), Counter(), Counter()
    for lines in split:
        content = _edge_candidates(lines)
        window = set(content[:3] + content[-1:])
        for j in window:
            edges[_norm(lines[j])] += 1
        for j in set(content[:3]):
            tops[_norm(lines[j])] += 1
        for j in content:
            if j not in window:
                inside[_norm(lines[j])] += 1
    n = len(split)
    threshold = max(3, n / 3)
    # A line repeated at page feet that is also printed inside pages is text: the signature's last line of
    # someone whose messages each end a page ("Metro Police Department"), and which also ends the messages
    # that stop mid-page. A print footer is never printed inside a page.
    repeated = {k for k, c in edges.items() if n >= 3 and c >= threshold and len(k) > 3
                and not _HEADERISH.match(k) and ("@" not in k or _MAILBOX_TITLE.match(k)) and not k.startswith(">")
                and not (tops[k] < threshold and inside[k])}
    # A release printed from several mailboxes heads each page with its mailbox owner's name: the same name-like
    # first line on a run of consecutive pages is furniture there, though no one owner heads a third of the pages
    firsts = [_norm(lines[c[0]]) if (c := _edge_candidates(lines)) else "" for lines in split]
    run_title = {i for i, f in enumerate(firsts) if f and _RUN_TITLE.match(f)
                 and ((i > 0 and firsts[i - 1] == f) or (i + 1 < n and firsts[i + 1] == f))}
    out: list[Line] = []
    for i, lines in enumerate(split):
        page = first_page + i
        bates = None
        kept: list[str] = []
        banner_at: set[int] = set()
        content_idx = _edge_candidates(lines)
        edge_idx = set(content_idx[:3] + content_idx[-1:])
        for j, l in enumerate(lines):
            g = _BATES_GLUED.match(l)
            if g:  # "CITY-PRA-000001PUBLIC RECORDS RESPONSE" (stamp and next page's title run together)
                bates = bates or g.group(1)
                l = l[g.end():]
            m = _BATES_LINE.match(l)
            if m:
                bates = bates or m.group(1)
                continue
            if (j in edge_idx and _norm(l) in repeated) or (i in run_title and content_idx and j == content_idx[0]):
                if re.match(r"^\s*_{8,}\s*$", l) and kept and kept[-1].strip():
                    banner_at.add(len(kept) - 1)  # a printout's heading (mailbox owner) above its banner
                stamp = BATES_RE.search(l)
                if stamp and not bates:
                    bates = stamp.group(1)
                continue
            if is_furniture(l):
                stamp = BATES_RE.search(l)
                if stamp and not bates and re.search(r"\d{6,}", stamp.group(1)):
                    bates = stamp.group(1)
                continue
            kept.append(l)
        top = True
        for k, l in enumerate(kept):
            line = Line(text=l.rstrip(), page=page, bates=bates, page_top=top and bool(l.strip()), banner=k in banner_at)
            if l.strip():
                top = False
            out.append(line)
    return out
