"""One reader per input format: bytes or a file -> messages. Each raises `ReadError` with one
clear line when the file cannot be read.

* PDF with a text layer: pdfplumber, page by page; image-only pages are OCR'd with ocrmypdf or
  tesseract when ``--ocr`` is given and they are installed, else reported by page number.
* Plain text (OCR output, ``pdftotext``): UTF-8, else cp1252, else latin-1.
* ``.eml`` (and Apple Mail's ``.emlx``) and mbox: the standard library's ``email`` package; mbox is
  streamed message by message.
* HTML pages of printed emails: `giftgraph.ingest.html` (Beautiful Soup) lays them out as text, read
  as plain text; HTML-only bodies of emails and ``.msg`` files are laid out the same way.
* Outlook ``.msg``: extract-msg.
* Outlook/Exchange exports as tables, ``.csv`` and ``.xlsx``: `tabular` (the csv module, openpyxl).
* Mail exported as JSON (JSON Lines, a JSON array, a Graph API page of messages): `jsonmail`.
* Word ``.docx`` (emails pasted into one document): `docx` (zipfile and defusedxml), read as printed text.
* Rich Text ``.rtf`` (Outlook's "Save As > Rich Text Format", or pasted emails saved as RTF): `rtf`
  (striprtf), read as printed text.
* Outlook ``.pst``/``.ost`` mailboxes: `pst` (Debian's ``readpst`` into mbox, then the mbox reader).
* ``.zip``: read in memory member by member, never extracted to disk; unsafe member paths
  (zip-slip) are refused, and zip bombs by the limits of `giftgraph.ingest.limits` (members, bytes
  per member and in all, ratio, nesting). A zip that is an Excel workbook
  is read as a spreadsheet, never as an archive.
"""
from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from email import policy
from email.header import decode_header, make_header
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Callable, Iterator

from giftgraph.errors import GiftgraphError
from giftgraph.ingest.addresses import EMAIL_RE, clean_name, count_redactions, parse_address_list
from giftgraph.ingest.dates import get_zone, parse_date
from giftgraph.ingest.furniture import Line, page_lines, split_pages
from giftgraph.ingest.limits import (
    RATIO_FLOOR_MEMBER,
    RATIO_FLOOR_TOTAL,
    LimitHit,
    Limits,
    current_limits,
    human_size,
    page_layout,
    pdf_budget,
)
from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.ingest.printed import Header, split_lines

__all__ = ["ReadError", "ZipBudget", "sniff", "detect", "FORMATS", "read_bytes", "read_file", "read_pdf", "read_text", "read_eml",
           "iter_mbox", "read_mbox", "read_msg", "read_docx", "read_rtf", "iter_zip", "mailbox_furniture", "decode_text", "email_to_messages"]


class ReadError(GiftgraphError):
    """A file that cannot be read; the message is one line naming the problem."""


TEXT_EXT = {".txt", ".text", ".ocr"}
EMAIL_EXT = {".eml", ".email", ".emlx"}
HTML_EXT = {".html", ".htm", ".xhtml"}
WEB_ARCHIVE_EXT = {".mht", ".mhtml"}  # a saved web page: MIME multipart/related, read by read_eml (see _web_archive)
MBOX_EXT = {".mbox", ".mbx", ".inbox"}
XLSX_EXT = {".xlsx", ".xlsm"}
CSV_EXT = {".csv", ".tsv"}
PST_EXT = {".pst", ".ost"}
DOCX_EXT = {".docx", ".docm"}
RTF_EXT = {".rtf"}

# format code -> what `ingest` prints for each file
FORMATS = {"pdf": "PDF", "text": "text", "eml": "email (.eml)", "mbox": "mbox", "msg": "Outlook .msg", "zip": "zip",
           "csv": "Outlook export (CSV)", "xlsx": "Outlook export (XLSX)", "pst": "Outlook PST/OST mailbox",
           "xls": "Excel 97-2003 workbook", "html": "HTML page", "docx": "Word document (.docx)",
           "rtf": "Rich Text document (.rtf)",
           "json": "mail export as JSON (JSON Lines, Graph API)",
           "loadfile": "e-discovery load file (Concordance .dat)", "imageref": "image cross-reference (.opt/.lfp; no mail)",
           "": "unknown"}


def sniff(name: str, head: bytes) -> str:
    """The format of a file from its name and first bytes: pdf, eml, mbox, msg, zip, xlsx, csv,
    pst, xls, json, html, docx, rtf, text, or ''. A zip not named .xlsx or .docx may still be one: see `detect`."""
    from giftgraph.ingest.html import looks_like_html
    from giftgraph.ingest.jsonmail import JSON_EXT, looks_like_json_mail
    from giftgraph.ingest.loadfile import is_image_crossref, looks_like_loadfile
    from giftgraph.ingest.pst import PST_MAGIC
    from giftgraph.ingest.rtf import looks_like_rtf
    from giftgraph.ingest.tabular import looks_like_export_header

    ext = PurePosixPath(name.lower()).suffix
    if head.startswith(b"%PDF") or ext == ".pdf":
        return "pdf"
    if head.startswith(PST_MAGIC) or ext in PST_EXT:
        return "pst"
    if ext in XLSX_EXT:
        return "xlsx"
    if ext in DOCX_EXT:
        return "docx"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06") or ext == ".zip":
        return "zip"
    if ext == ".xls":
        return "xls"
    if ext in RTF_EXT or looks_like_rtf(head):
        return "rtf"
    if ext in JSON_EXT or looks_like_json_mail(head):
        return "json"
    if looks_like_loadfile(head):
        return "loadfile"
    if is_image_crossref(name, head):
        return "imageref"
    if ext in CSV_EXT or looks_like_export_header(head):
        return "csv"
    if ext == ".msg" or head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "msg"
    if ext in MBOX_EXT or head.startswith(b"From "):
        return "mbox"
    if ext in EMAIL_EXT or ext in WEB_ARCHIVE_EXT:
        return "eml"
    if ext in HTML_EXT or (ext not in TEXT_EXT and looks_like_html(head)):
        return "html"
    if ext in TEXT_EXT:
        return "text"
    if re.match(rb"(?:[\w-]+:[^\r\n]*\r?\n)+", head[:2000]) and re.search(rb"(?im)^(?:from|date|subject|message-id):", head[:4000]) \
            and re.search(rb"(?im)^(?:received|message-id|mime-version|return-path|x-[\w-]+):", head[:8000]):
        return "eml"
    if ext in ("", ".log") or not re.search(rb"[\x00-\x08\x0e-\x1f]", head[:4096]):
        return "text" if not re.search(rb"[\x00-\x08\x0e-\x1f]", head[:4096]) else ""
    return ""


# --- text ---------------------------------------------------------------------------------------

_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_text(data: bytes) -> str:
    """UTF-16/32 when the text starts with their byte-order mark; else UTF-8 (with or without BOM);
    else line by line (a release pasted together from several sources mixes encodings): UTF-8,
    else cp1252, else latin-1 (which always decodes)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return "".join(_decode_line(line) for line in data.splitlines(keepends=True))


def _decode_line(line: bytes) -> str:
    for enc in ("utf-8", "cp1252"):
        try:
            return line.decode(enc)
        except UnicodeDecodeError:
            continue
    return line.decode("latin-1")


def read_text(data: bytes, *, file: str, timezone: str) -> list[Message]:
    if b"\x00" in data[:8192] and not data.startswith(tuple(b for b, _ in _BOMS)):
        raise ReadError("binary data, not text")
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    return _from_pages(split_pages(text), file=file, timezone=timezone)


def read_html(data: bytes | str, *, file: str, timezone: str) -> list[Message]:
    """Emails printed into a web page (Outlook's "Save as > Web Page", a records portal's or an
    e-discovery tool's HTML export): the page's text as a browser lays it out, read as printed text."""
    from giftgraph.ingest.html import html_to_text

    limits = current_limits()
    if limits.html_page and len(data) > limits.html_page:
        raise ReadError(f"html-page limit: the page is {human_size(len(data))}, more than "
                        f"{limits.describe('html-page')}; not read")
    text = html_to_text(data)
    return _from_pages(split_pages(text), file=file, timezone=timezone)


def read_docx(source: str | Path | bytes, *, file: str, timezone: str) -> list[Message]:
    """Emails a clerk pasted into one Word document: its text (page breaks kept as pages), read as
    printed text."""
    from giftgraph.ingest.docx import docx_text

    return _from_pages(split_pages(docx_text(source)), file=file, timezone=timezone)


def read_rtf(data: bytes, *, file: str, timezone: str) -> list[Message]:
    """A Rich Text document (an Outlook message saved as .rtf, or emails pasted into one): its text
    (striprtf; page breaks kept as pages), read as printed text."""
    from giftgraph.ingest.rtf import rtf_text

    return _from_pages(split_pages(rtf_text(data)), file=file, timezone=timezone)


def _from_pages(pages: list[str], *, file: str, timezone: str) -> list[Message]:
    lines = page_lines(pages)
    msgs = split_lines(lines, file=file, timezone=timezone)
    if not msgs:
        raise ReadError("no email header blocks found (From:/Sent:/To:/Subject:, Gmail or 'On ... wrote:')")
    return msgs


# --- PDF ----------------------------------------------------------------------------------------

def _within_pdf_limits(read):
    """`read_pdf` within the PDF limits (`giftgraph.ingest.limits`): its streams inflate to at most
    `pdf-stream` bytes each and `pdf-total` in all."""
    @functools.wraps(read)
    def bounded(*args, **kwargs):
        with pdf_budget(current_limits()):
            return read(*args, **kwargs)
    return bounded


@_within_pdf_limits
def read_pdf(source: str | Path | bytes, *, file: str, timezone: str, ocr: bool = False,
             warn: Callable[[str], None] = lambda s: None) -> list[Message]:
    import logging

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    # pdfminer logs its repairs ("Invalid MediaBox ..., defaulting to US Letter") as warnings on
    # stderr: they are not problems of ours, and each problem must stay one line
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    fh = io.BytesIO(source) if isinstance(source, bytes) else source
    damaged: list[tuple[int, Exception]] = []
    limited: list[tuple[int, LimitHit]] = []  # pages not read: a stream over the PDF limits
    cut: list[int] = []  # pages cut at the page-chars limit
    max_chars = current_limits().page_chars
    try:
        with pdfplumber.open(fh) as pdf:
            pages, blank = [], []
            for n, page in enumerate(pdf.pages, 1):
                try:
                    if page_layout(page, max_chars):
                        cut.append(n)
                    text = page.extract_text() or ""
                    page.close()  # its layout (2 KB a character) is not kept for the whole document
                except PDFPasswordIncorrect:
                    raise
                except Exception as exc:  # noqa: BLE001 - one damaged page: report it, read the others
                    hit = _limit_hit(exc)
                    if hit is not None:
                        limited.append((n, hit))
                        pages.append("")
                        continue
                    damaged.append((n, exc))
                    pages.append("")
                    continue
                pages.append(text)
                if not text.strip():
                    blank.append(n)
            if blank and ocr:
                done = _ocr_pages(pdf, blank, source)
                for n, text in done.items():
                    pages[n - 1] = text
                blank = [n for n in blank if not pages[n - 1].strip()]
    except PDFPasswordIncorrect:
        raise ReadError("encrypted PDF: a password is needed to read it")
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on damaged files
        # pdfplumber wraps pdfminer's errors in PdfminerException(original)
        inner = exc.args[0] if type(exc).__name__ == "PdfminerException" and exc.args \
            and isinstance(exc.args[0], BaseException) else exc
        if _limit_hit(exc) is not None:
            raise ReadError(f"{_limit_hit(exc)}; not read")
        if isinstance(inner, PDFPasswordIncorrect) or "encrypt" in str(inner).lower() or "password" in str(inner).lower():
            raise ReadError("encrypted PDF: a password is needed to read it")
        repaired = _from_pypdf(source, file=file, timezone=timezone, max_chars=max_chars, warn=warn)
        if repaired is not None:  # a broken xref or trailer pypdf can repair
            return repaired
        if type(inner).__name__ in ("PSEOF", "PDFNoValidXRef") or "EOF" in str(inner):
            raise ReadError(f"truncated or damaged PDF ({type(inner).__name__}: {str(inner)[:80]})")
        raise ReadError(f"not a readable PDF ({type(inner).__name__}: {str(inner)[:80]})")
    if not any(p.strip() for p in pages) and not limited:  # no page, or no text, found through the xref: pypdf may repair it
        repaired = _from_pypdf(source, file=file, timezone=timezone, max_chars=max_chars, warn=warn)
        if repaired is not None:
            return repaired
        if not pages:
            raise ReadError("damaged PDF: no page found (a broken cross-reference table pypdf cannot repair either)")
    if limited:
        what = f"{limited[0][1]}: page(s) {_ranges([n for n, _ in limited])} not read"
        if len(limited) + len(damaged) + len(blank) == len(pages):
            raise ReadError(what)
        warn(what)
    if cut:
        warn(f"page-chars limit: page(s) {_ranges(cut)} print more than {max_chars} characters; cut there")
    if damaged:
        first = damaged[0][1]
        inner = first.args[0] if first.args and isinstance(first.args[0], BaseException) else first
        what = (f"damaged page(s) {_ranges([n for n, _ in damaged])} "
                f"({type(inner).__name__}: {' '.join(str(inner).split())[:60]})")
        if len(damaged) + len(blank) == len(pages):
            raise ReadError(f"not a readable PDF: {what}" + (f"; no text layer on page(s) {_ranges(blank)}" if blank else ""))
        warn(f"{what}; the other pages were read")
    if blank:
        pages_s = _ranges(blank)
        hint = ("OCR found no text on them" if ocr_available() else "--ocr needs tesseract, which is not installed "
                "(apt-get install tesseract-ocr)") if ocr else "use --ocr (needs tesseract)"
        if len(blank) == len(pages):
            raise ReadError(f"image-only PDF: no text layer on page(s) {pages_s}; {hint}")
        warn(f"no text layer on page(s) {pages_s}; {hint}")
    return _from_pages(pages, file=file, timezone=timezone)


def _from_pypdf(source, *, file: str, timezone: str, max_chars: int | None, warn: Callable[[str], None]):
    """The messages of a PDF pdfminer could not read, as pypdf reads it; None when pypdf reads no
    text either. Pages are cut at the page-chars limit as pdfminer's are."""
    pages = _pypdf_pages(source)
    if pages is None:
        return None
    cut = [n for n, text in enumerate(pages, 1) if max_chars and len(text) > max_chars]
    if cut:
        pages = [text[:max_chars] if max_chars else text for text in pages]
        warn(f"page-chars limit: page(s) {_ranges(cut)} print more than {max_chars} characters; cut there")
    return _from_pages(pages, file=file, timezone=timezone)


def _pypdf_pages(source: str | Path | bytes) -> list[str] | None:
    """The pages' text as pypdf reads it, or None when it reads no text either. pypdf rebuilds a
    broken cross-reference table (wrong offsets, a trailer without /Root) where pdfminer finds no
    page at all."""
    import logging

    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        return None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repairs are not our problems
    try:
        reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source), strict=False)
        pages = []
        for page in reader.pages:
            try:
                pages.append(page.extract_text() or "")
            except Exception:  # noqa: BLE001 - one damaged page: the others may still read
                pages.append("")
    except Exception:  # noqa: BLE001 - pypdf cannot read it either
        return None
    return pages if any(p.strip() for p in pages) else None


def _limit_hit(exc: BaseException) -> LimitHit | None:
    """The `LimitHit` behind an exception pdfplumber or pdfminer wrapped, if that is what it is."""
    seen = 0
    e: BaseException | None = exc
    while e is not None and seen < 5:
        if isinstance(e, LimitHit):
            return e
        inner = e.args[0] if e.args and isinstance(e.args[0], BaseException) else None
        e = inner or e.__cause__ or e.__context__
        seen += 1
    return None


def _ranges(nums: list[int]) -> str:
    out: list[str] = []
    start: int | None = None
    prev: int | None = None
    for n in [*nums, None]:
        if start is None:
            start = prev = n
        elif n is not None and prev is not None and n == prev + 1:
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    return ", ".join(out)


def ocr_available() -> bool:
    return bool(shutil.which("tesseract"))


def _ocr_pages(pdf, pages: list[int], source) -> dict[int, str]:
    """Text of image-only pages by tesseract (ocrmypdf uses tesseract too); {} when not installed."""
    if not shutil.which("tesseract"):
        return {}
    out = {}
    with tempfile.TemporaryDirectory(prefix="giftgraph-ocr-") as tmp:
        for n in pages:
            png = os.path.join(tmp, f"p{n}.png")
            pdf.pages[n - 1].to_image(resolution=300).save(png)
            r = subprocess.run(["tesseract", png, "-", "--psm", "6"], capture_output=True, timeout=300)
            out[n] = r.stdout.decode("utf-8", "replace")
    return out


# --- email (.eml, mbox) -------------------------------------------------------------------------

# a surname alone, as the comma of an unquoted "Last, First <addr>" leaves it: "Castellano", "De Vries", "O'Neill-Park"
_SURNAME_ALONE = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?")
_GIVEN_ALONE = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.?)?")


def _last_first_joined(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rejoin what an unquoted "Last, First <addr>" (an export that did not quote the display name) was split
    into: ("", "Castellano") then ("Tom", "tcastellano@x") -> ("Castellano, Tom", "tcastellano@x")."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(pairs):
        name, email = pairs[i]
        if not name and email and "@" not in email and _SURNAME_ALONE.fullmatch(email.strip()) and i + 1 < len(pairs):
            n2, e2 = pairs[i + 1]
            if n2 and "@" in (e2 or "") and _GIVEN_ALONE.fullmatch(n2.strip()):
                out.append((f"{email.strip()}, {n2.strip()}", e2))
                i += 2
                continue
        out.append((name, email))
        i += 1
    return out


def _addrs(values: list[str]) -> list[Address]:
    out = []
    for name, email in _last_first_joined(getaddresses([str(v) for v in values])):
        email = (email or "").strip().lower()
        if email and not EMAIL_RE.fullmatch(email):
            name, email = name or email, ""
        clean, org = clean_name(name) if name else ("", "")
        if clean.lower() == email:
            clean = ""
        if clean or email:
            out.append(Address(name=clean, email=email, raw=f"{name} <{email}>" if name else email, org=org))
    return out


def _decode_8bit(raw: bytes, hint: str = "") -> str:
    """Header bytes sent without RFC 2047 encoding: UTF-8, else the message's declared charset,
    else cp1252, else latin-1 (which always decodes)."""
    for enc in ("utf-8", hint, "cp1252"):
        if not enc:
            continue
        try:
            return raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def _header(msg, name: str) -> list[str]:
    """Decoded values of a header: raw 8-bit bytes (UTF-8 or Latin-1 names and subjects written
    without encoded words) by `_decode_8bit`, then RFC 2047 words; a malformed one is kept raw.

    The values are taken as the parser read them (`raw_items`): the compat32 policy would turn
    each 8-bit byte into U+FFFD."""
    out = []
    hint = ""
    for k, v in msg.raw_items():
        if k.lower() != name:
            continue
        if not isinstance(v, str):  # a Header object set by a program, not read from bytes
            v = str(v)
        elif re.search("[\udc80-\udcff]", v):
            if not hint:
                try:
                    hint = msg.get_content_charset() or ""
                except Exception:  # noqa: BLE001 - a malformed Content-Type
                    hint = ""
            v = _decode_8bit(v.encode("ascii", "surrogateescape"), hint)
        v = re.sub(r"\r?\n[ \t]", " ", v)  # unfold
        if not v.isascii():  # letters already decoded: only the encoded words among them are left
            out.append(_ENCODED_WORDS.sub(lambda m: _one_word(m.group(0)), v))
            continue
        try:
            out.append(str(make_header(decode_header(v))))
        except Exception:  # noqa: BLE001 - encoded words among raw 8-bit text, or malformed ones
            out.append(_ENCODED_WORDS.sub(lambda m: _one_word(m.group(0)), v))
    return out


_ENCODED_WORDS = re.compile(r"=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=(?:\s+=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=)*")


def _one_word(words: str) -> str:
    try:
        return str(make_header(decode_header(words)))
    except Exception:  # noqa: BLE001 - a malformed encoded word stays as printed
        return words


def _decode_part(part) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        p = part.get_payload()
        return p if isinstance(p, str) else ""
    charset = part.get_content_charset() or ""
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):  # unknown, or wrong ("us-ascii" over 8-bit text)
            pass
    return decode_text(payload)


def _own_parts(msg):
    """The parts of `msg`, not going into a forwarded message attached whole (message/rfc822): that
    message's text is its own, not the forwarder's."""
    yield msg
    if msg.is_multipart() and msg.get_content_type() != "message/rfc822":
        for part in msg.get_payload():
            if part.get_content_type() == "message/rfc822":
                yield part
                continue
            yield from _own_parts(part)


def _attached_messages(msg) -> list:
    """The emails attached whole to `msg` (a forward "as attachment": message/rfc822 parts)."""
    out = []
    for part in _own_parts(msg):
        if part is not msg and part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if hasattr(inner, "get") and (inner.get("from") or inner.get("date") or inner.get("subject")):
                out.append(inner)
    return out


def _body_text(msg) -> str:
    """The text/plain body (else text/html with the tags dropped)."""
    plain = html_part = None
    for part in _own_parts(msg):
        if part.is_multipart():
            continue
        if "attachment" in str(part.get("Content-Disposition", "")).lower():
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = part
        elif ctype == "text/html" and html_part is None:
            html_part = part
    if plain is not None:
        text = _decode_part(plain)
    elif html_part is not None:
        from giftgraph.ingest.html import html_to_text

        text = html_to_text(_decode_part(html_part))
    else:
        return ""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# a records office's cover email: "records request", "production 3 of 40", "responsive record", "item 4 of 15"
_PRODUCTION_CUE = re.compile(
    r"\b(?:(?:public|open)\s+records?|records?\s+(?:request|production|officer|office|custodian)|foia\b|freedom\s+of\s+"
    r"information|responsive\s+(?:records?|documents?|emails?)|(?:production|item|record|document)\s+(?:no\.\s*)?\d+\s+of\s+\d+"
    r"|produced\s+in\s+(?:its\s+)?native)", re.I)


def _production_cover(subject: str, body: str, attached: list) -> bool:
    """A records production's cover email: the producer sends each record as an email of its own that
    carries the ORIGINAL email attached whole (message/rfc822) under a short transmittal note ("Responsive
    record for request OR-77 attached, production 3 of 40"). That cover is the producer's furniture, not a
    message of the release; the attached original is the record. Known by an attached email, a short own
    text with no history quoted, and at least two production cues in the subject and text (one in each, or
    two in the text), so a person's ordinary "FW:" with a note stays a message."""
    if not attached or len(body) > 700 or re.search(r"^\s*(?:>|-{2,}\s*original message|from:\s)", body, re.I | re.M):
        return False
    in_subject = len(_PRODUCTION_CUE.findall(subject))
    in_body = len({c.lower() for c in _PRODUCTION_CUE.findall(body)})
    return (in_subject >= 1 and in_body >= 1) or in_body >= 2


def email_to_messages(msg, *, file: str, timezone: str, quoted_history: bool = True) -> list[Message]:
    """An email.message -> its Message, followed by the messages quoted in its body."""
    # no From (an old archive's export lost it, or a program wrote only the agent's header): the Sender header
    # names the mailbox that sent it (RFC 5322 3.6.2), so it is who wrote it as far as the release shows
    frm = _addrs(_header(msg, "from")) or _addrs(_header(msg, "sender"))
    date_raw = " ".join(_header(msg, "date")[:1])
    sent = ""
    if date_raw:
        try:
            dt = parsedate_to_datetime(date_raw)
            if dt.tzinfo is None:
                dt = dt.replace(tzinfo=get_zone(timezone))
            sent = dt.isoformat() if 1970 <= dt.year <= 2100 else ""
        except (TypeError, ValueError, IndexError, OverflowError):
            sent = parse_date(date_raw, timezone)
    subject = " ".join(" ".join(_header(msg, "subject")[:1]).split())
    attachments = []
    try:
        attachments = [str(p.get_filename()) for p in msg.walk() if not p.is_multipart() and p.get_filename()]
    except Exception:  # noqa: BLE001 - a bad MIME structure still leaves the headers and body
        pass
    h = Header(sender=frm[0] if frm else Address(), sent=sent, sent_raw=date_raw, to=_addrs(_header(msg, "to")),
               cc=_addrs(_header(msg, "cc")), subject=subject, attachments=attachments, kind="email")
    body = _body_text(msg)
    try:
        attached = _attached_messages(msg)
    except Exception:  # noqa: BLE001 - a bad MIME structure still leaves the message itself
        attached = []
    if _production_cover(subject, body, attached):  # the producer's cover: the attached originals are the records
        return [m for inner in attached for m in email_to_messages(inner, file=file, timezone=timezone, quoted_history=quoted_history)]
    if not quoted_history:
        return [Message(sender=h.sender, sent=sent, to=h.to, cc=h.cc, subject=subject, body=body.strip(), sent_raw=date_raw,
                        attachments=attachments, redactions=count_redactions(body), provenance=[Provenance(file=file)])]
    lines = [Line(t, None, None, False) for t in body.split("\n")]
    msgs = split_lines(lines, file=file, timezone=timezone, first=h)
    if msgs:  # Message-ID / In-Reply-To, to link replies whose history is not quoted (see link_replies)
        ids = re.findall(r"<[^<>\s]+>", " ".join(_header(msg, "message-id")))
        parents = re.findall(r"<[^<>\s]+>", " ".join(_header(msg, "in-reply-to")) or " ".join(_header(msg, "references")))
        msgs[0]._header_id = ids[0] if ids else None
        msgs[0].message_id = ids[0] if ids else ""
        msgs[0]._header_parent = parents[-1] if parents else None
    for inner in attached:  # a forward "as attachment": the attached email is one of the release's, quoted under this one
        for m in email_to_messages(inner, file=file, timezone=timezone, quoted_history=quoted_history):
            for p in m.provenance:
                p.quoted = True
            msgs.append(m)
    return msgs


_SAVED_BY = re.compile(r"^\s*<?\s*saved by\b", re.I)


def _web_archive(msg) -> bytes | str | None:
    """The HTML page of a web archive (MHTML, ``.mht``: a browser's or Word's "save as a single file"),
    else None. Its MIME headers are the saving program's (``From: <Saved by Blink>``, the save date, the
    page title), not a mail's: a web-mail page saved so prints the message's own header table and body in
    its text/html part, which is read as any saved web page is. Known by that From, by Blink's
    ``Snapshot-Content-Location``, or by a multipart/related document with no From, To or Date (Word's)."""
    frm = " ".join(str(v) for v in msg.get_all("from", []))
    if not (_SAVED_BY.match(frm) or msg.get("snapshot-content-location")
            or (msg.get_content_type() == "multipart/related" and not (frm.strip() or msg.get("to") or msg.get("date")))):
        return None
    for part in msg.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            payload = part.get_payload(decode=True)
            if payload:
                charset = part.get_content_charset() or ""
                if charset:
                    try:
                        return payload.decode(charset)
                    except (LookupError, UnicodeDecodeError):
                        pass
                return payload  # bytes: decoded as the page's <meta charset> says
    return None


_EMLX_COUNT = re.compile(rb"\A[ \t]*(\d{1,12})[ \t]*\r?\n")


def read_eml(data: bytes, *, file: str, timezone: str) -> list[Message]:
    if not data.strip():
        raise ReadError("empty file")
    if b"\x00" in data[:4096]:
        raise ReadError("binary data, not an email message")
    count = _EMLX_COUNT.match(data)
    if count:  # Apple Mail's .emlx: the message's length in bytes on a line, the message, then a property list
        data = data[count.end():count.end() + int(count.group(1))]
    msg = BytesParser(policy=policy.compat32).parsebytes(data)
    page = _web_archive(msg)
    if page is not None:  # a web page saved whole (.mht): the mail it shows is printed in its HTML, not in MIME headers
        return read_html(page, file=file, timezone=timezone)
    if not (msg.get("from") or msg.get("date") or msg.get("subject")):
        raise ReadError("not an email message: no From, Date or Subject header")
    msgs = email_to_messages(msg, file=file, timezone=timezone)
    if not msgs:  # headers there, but none of them readable: say so rather than read nothing
        raise ReadError("not an email message: no readable sender, date or subject")
    return msgs


def iter_mbox(stream: BinaryIO) -> Iterator[bytes]:
    """The raw messages of an mbox, streamed: a message starts at a 'From ' line."""
    buf: list[bytes] = []
    started = False
    for line in stream:
        if line.startswith(b"From ") and (not buf or buf[-1].strip() == b"" or not started):
            if started and buf:
                yield b"".join(buf)
            buf = []
            started = True
            continue
        if not started:
            if line.strip():
                raise ReadError("not an mbox: it does not start with a 'From ' line")
            continue
        if line.startswith(b">From "):
            line = line[1:]
        buf.append(line)
    if started and buf:
        yield b"".join(buf)


def read_mbox(stream: BinaryIO, *, file: str, timezone: str, progress=None,
              warn: Callable[[str], None] = lambda s: None) -> Iterator[Message]:
    """The messages of an mbox; a message that cannot be read is reported through `warn`
    ("message K: ...") and the others are still read."""
    parser = BytesParser(policy=policy.compat32)  # fast; headers are decoded in _header
    for k, raw in enumerate(iter_mbox(stream), 1):
        if progress is not None:
            progress(len(raw))
        if b"\x00" in raw[:4096]:
            warn(f"message {k}: binary data, not an email message; skipped")
            continue
        try:
            msg = parser.parsebytes(raw)
            if not (msg.get("from") or msg.get("date") or msg.get("subject")):
                warn(f"message {k}: not an email message (no From, Date or Subject header); skipped")
                continue
            msgs = email_to_messages(msg, file=file, timezone=timezone)
            if not msgs:
                warn(f"message {k}: not an email message (no readable sender, date or subject); skipped")
                continue
        except (ReadError, RecursionError, MemoryError, ValueError, LookupError, TypeError, AttributeError,
                IndexError, KeyError) as exc:
            warn(f"message {k}: cannot read ({type(exc).__name__}: {str(exc)[:80]}); skipped")
            continue
        yield from msgs


# --- Outlook .msg -------------------------------------------------------------------------------

def read_msg(source: str | Path | bytes, *, file: str, timezone: str) -> list[Message]:
    import extract_msg

    data_head = source[:8] if isinstance(source, bytes) else open(source, "rb").read(8)
    if data_head != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReadError("not an Outlook .msg file (not an OLE compound document)")
    try:
        msg = extract_msg.openMsg(source if not isinstance(source, Path) else str(source))
    except Exception as exc:  # noqa: BLE001 - extract-msg raises its own and olefile's errors
        raise ReadError(f"cannot read Outlook .msg ({type(exc).__name__}: {str(exc)[:80]})")
    try:
        def hdr(name, stream=None, header=None):
            try:
                v = getattr(msg, name, None)
            except Exception:  # noqa: BLE001 - a missing or damaged property stream
                v = None
            if not v and stream:
                v = msg.getStringStream(stream)  # PR_DISPLAY_TO / PR_DISPLAY_CC
            if not v and header and getattr(msg, "header", None) is not None:
                v = msg.header.get(header)
            return str(v) if v else ""

        frm = _addrs([hdr("sender", header="From")])
        sent = ""
        d = getattr(msg, "date", None) or hdr("date", header="Date") or None
        if d is not None and hasattr(d, "isoformat"):
            if d.tzinfo is None:
                d = d.replace(tzinfo=get_zone(timezone))
            sent = d.isoformat()
        elif d:
            sent = parse_date(str(d), timezone)
        subject = hdr("subject")
        body = hdr("body").replace("\r\n", "\n")
        if not body.strip():  # an HTML-only message: its HTML body, as a browser shows it
            body = _msg_html_body(msg)
        atts = []
        for a in getattr(msg, "attachments", []) or []:
            n = getattr(a, "longFilename", None) or getattr(a, "shortFilename", None) or getattr(a, "name", None)
            if n:
                atts.append(str(n))
        to = hdr("to", "__substg1.0_0E04", "To")
        cc = hdr("cc", "__substg1.0_0E03", "Cc")
        # PR_DISPLAY_TO is "Name; Name" (semicolons), header fields are RFC 2822 lists
        to_a, _ = parse_address_list(to) if ";" in to or "@" not in to else (_addrs([to]), 0)
        cc_a, _ = parse_address_list(cc) if ";" in cc or "@" not in cc else (_addrs([cc]), 0)
        h = Header(sender=frm[0] if frm else Address(), sent=sent, sent_raw=str(d or ""), to=to_a,
                   cc=cc_a, subject=subject, attachments=atts, kind="email")
    finally:
        try:
            msg.close()
        except Exception:  # noqa: BLE001
            pass
    lines = [Line(t, None, None, False) for t in body.split("\n")]
    return split_lines(lines, file=file, timezone=timezone, first=h)


def _msg_html_body(msg) -> str:
    from giftgraph.ingest.html import html_to_text

    try:
        html = msg.htmlBody
    except Exception:  # noqa: BLE001 - a missing or damaged property stream (or RTF that does not convert)
        return ""
    return html_to_text(html) if html else ""


# --- zip ----------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # escaped in member names: one problem, one line


def mailbox_furniture(name: str) -> bool:
    """A file a mail client keeps beside its messages, never a message: the `Info.plist` and `table_of_contents` of
    an Apple Mail `.mbox` package, a zip's `__MACOSX/` resource forks and `.DS_Store` (a folder walk skips them
    as hidden files already)."""
    parts = [p for p in re.split(r"[\\/]", name) if p]
    if not parts:
        return False
    if parts[-1] in ("Info.plist", "table_of_contents") and len(parts) >= 2 and parts[-2].lower().endswith(".mbox"):
        return True
    return "__MACOSX" in parts[:-1] or parts[-1] == ".DS_Store"


def _unsafe(name: str) -> bool:
    p = name.replace("\\", "/")
    return p.startswith("/") or re.match(r"^[A-Za-z]:", p) is not None or ".." in p.split("/")


class ZipBudget:
    """What the members of one zip file (nested zips included) have inflated to so far."""

    def __init__(self) -> None:
        self.inflated = 0
        self.compressed = 0


def iter_zip(source, *, label: str, depth: int = 0, limits: Limits | None = None,
             budget: ZipBudget | None = None) -> Iterator[tuple[str, bytes | None, str | None]]:
    """(member label, bytes or None, problem or None) for each file member, read in memory within
    the zip limits (`giftgraph.ingest.limits`). A member over `zip-member` or `zip-ratio` is skipped;
    past `zip-total` (or when all the members read inflate over `zip-ratio`) the rest of the zip is
    not read, and the problem names the zip itself. `budget` is shared with the zips nested in it."""
    limits = limits or current_limits()
    budget = budget if budget is not None else ZipBudget()
    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(f"not a readable zip archive ({exc})")
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if limits.zip_members and len(infos) > limits.zip_members:
            yield label, None, (f"zip-members limit: zip has {len(infos)} members (limit {limits.zip_members}); "
                                f"the last {len(infos) - limits.zip_members} not read")
            infos = infos[:limits.zip_members]
        for k, info in enumerate(infos):
            name = label + "!" + _CONTROL.sub(lambda m: "\\x%02x" % ord(m.group(0)), info.filename)
            if _unsafe(info.filename):
                yield name, None, f"unsafe path in zip (zip-slip): {info.filename!r}; skipped"
                continue
            if info.flag_bits & 0x1:
                yield name, None, "encrypted zip member; skipped"
                continue
            size = info.file_size
            if limits.zip_member and size > limits.zip_member:
                yield name, None, (f"zip-member limit: member expands to {size:,} bytes "
                                   f"(limit {limits.describe('zip-member')}); skipped")
                continue
            ratio = size / max(1, info.compress_size)
            if limits.zip_ratio and size > RATIO_FLOOR_MEMBER and ratio > limits.zip_ratio:
                yield name, None, (f"zip-ratio limit: member expands {ratio:.0f}:1 to {size:,} bytes "
                                   f"(limit {limits.zip_ratio}:1); skipped")
                continue
            left = len(infos) - k
            if limits.zip_total and budget.inflated + size > limits.zip_total:
                yield label, None, (f"zip-total limit: members expand to more than {limits.describe('zip-total')} "
                                    f"in all; {left} member(s) not read")
                return
            inflated, compressed = budget.inflated + size, budget.compressed + info.compress_size
            if limits.zip_ratio and inflated > RATIO_FLOOR_TOTAL and inflated / max(1, compressed) > limits.zip_ratio:
                yield label, None, (f"zip-ratio limit: members expand {inflated / max(1, compressed):.0f}:1 in all "
                                    f"(limit {limits.zip_ratio}:1); {left} member(s) not read")
                return
            try:
                with zf.open(info) as fh:
                    data = fh.read(size + 1)  # never more than the header says, plus one byte to catch a lie
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
                yield name, None, f"cannot read zip member ({exc})"
                continue
            if len(data) > size:  # the header lied about the size
                yield name, None, "zip bomb guard: member is larger than its header says; skipped"
                continue
            budget.inflated += len(data)
            budget.compressed += info.compress_size
            yield name, data, None


# --- dispatch -----------------------------------------------------------------------------------

def detect(name: str, head: bytes, source: str | Path | bytes | None = None) -> str:
    """`sniff`, then a zip that holds an Excel workbook (whatever its name) is "xlsx", one that holds
    a Word document "docx"."""
    kind = sniff(name, head)
    if kind == "zip" and source is not None:
        from giftgraph.ingest.docx import is_docx_zip
        from giftgraph.ingest.tabular import is_xlsx_zip

        if is_xlsx_zip(source):
            return "xlsx"
        if is_docx_zip(source):
            return "docx"
    return kind


def read_bytes(data: bytes, *, name: str, timezone: str, ocr: bool = False,
               warn: Callable[[str], None] = lambda s: None) -> list[Message]:
    """Messages of one in-memory file (a zip member, or a small file)."""
    if not data:
        raise ReadError("empty file")
    kind = detect(name, data[:8192], data)
    if kind == "pdf":
        return read_pdf(data, file=name, timezone=timezone, ocr=ocr, warn=warn)
    if kind == "csv":
        from giftgraph.ingest.tabular import read_csv

        return read_csv(data, file=name, timezone=timezone)
    if kind == "xlsx":
        from giftgraph.ingest.tabular import read_xlsx

        return read_xlsx(data, file=name, timezone=timezone)
    if kind == "loadfile":  # no folder to find its text files in (a zip member): headers only
        from giftgraph.ingest.loadfile import read_loadfile

        return read_loadfile(data, file=name, timezone=timezone, warn=warn)
    if kind == "imageref":
        return []
    if kind == "json":
        from giftgraph.ingest.jsonmail import read_json_mail

        return read_json_mail(data, file=name, timezone=timezone, warn=warn)
    if kind == "pst":
        from giftgraph.ingest.pst import read_pst

        return list(read_pst(data, file=name, timezone=timezone, warn=warn))
    if kind == "xls":
        raise ReadError(_XLS)
    if kind == "docx":
        return read_docx(data, file=name, timezone=timezone)
    if kind == "rtf":
        return read_rtf(data, file=name, timezone=timezone)
    if kind == "eml":
        return read_eml(data, file=name, timezone=timezone)
    if kind == "mbox":
        msgs = list(read_mbox(io.BytesIO(data), file=name, timezone=timezone, warn=warn))
        if not msgs:
            raise ReadError("no messages in mbox")
        return msgs
    if kind == "msg":
        return read_msg(data, file=name, timezone=timezone)
    if kind == "text":
        return read_text(data, file=name, timezone=timezone)
    if kind == "html":
        return read_html(data, file=name, timezone=timezone)
    if kind == "zip":
        raise ReadError("zip inside zip: read it through read_file")
    raise ReadError(_UNSUPPORTED)


_UNSUPPORTED = ("unsupported file type (not PDF, text, HTML, .eml/.emlx, mbox, .msg, .pst/.ost, Outlook .csv/.xlsx export "
                "or .zip)")
_XLS = "Excel 97-2003 workbook (.xls) is not read: save it as .xlsx or CSV in Excel or LibreOffice"


def read_file(path: Path, *, name: str | None = None, timezone: str, ocr: bool = False,
              warn: Callable[[str], None] = lambda s: None, progress=None) -> Iterator[Message]:
    """Messages of one file on disk; large mbox files are streamed."""
    name = name or str(path)
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if not head:
        raise ReadError("empty file")
    kind = detect(name, head, path)
    if kind == "mbox":
        n = 0
        with open(path, "rb") as fh:
            for m in read_mbox(fh, file=name, timezone=timezone, progress=progress, warn=warn):
                n += 1
                yield m
        if not n:
            raise ReadError("no messages in mbox")
        return
    if kind == "pdf":
        yield from read_pdf(path, file=name, timezone=timezone, ocr=ocr, warn=warn)
        return
    if kind == "msg":
        yield from read_msg(path, file=name, timezone=timezone)
        return
    if kind == "pst":
        from giftgraph.ingest.pst import read_pst

        yield from read_pst(path, file=name, timezone=timezone, progress=progress, warn=warn)
        return
    if kind == "xlsx":
        from giftgraph.ingest.tabular import read_xlsx

        yield from read_xlsx(path, file=name, timezone=timezone)
        return
    if kind == "docx":
        yield from read_docx(path, file=name, timezone=timezone)
        return
    if kind == "loadfile":
        from giftgraph.ingest.loadfile import read_loadfile

        yield from read_loadfile(path.read_bytes(), file=name, timezone=timezone, base=path.parent, warn=warn)
        return
    if kind in ("zip", ""):
        raise ReadError(_UNSUPPORTED)
    yield from read_bytes(path.read_bytes(), name=name, timezone=timezone, ocr=ocr, warn=warn)
