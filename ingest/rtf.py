"""Rich Text Format (``.rtf``): a message Outlook saved with "Save As > Rich Text Format" (the printed
header block, From / Sent / To / Cc / Subject, then the body), or emails a clerk pasted into one
WordPad or Word document saved as RTF.

The text is taken out with striprtf (`striprtf.striprtf.rtf_to_text`), which follows the document's
code page (``\\ansicpg``), its font charsets, ``\\'xx`` and ``\\uN`` escapes, and skips the font, colour,
style and picture tables and ``{\\*...}`` destinations; a ``\\tab`` stays a tab, a ``\\par`` a new line.
A page break (``\\page``) is made a form feed first, so a document's own pages are kept as pages. The
text is then read as printed emails, as a text dump is.
"""
from __future__ import annotations

import re

__all__ = ["looks_like_rtf", "rtf_text"]

_PAGE = re.compile(r"\\page(?![a-z])(?:-?\d+)? ?")


def looks_like_rtf(head: bytes) -> bool:
    """True when the data starts as an RTF document does: ``{\\rtf`` (after any blank space or BOM)."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def rtf_text(data: bytes) -> str:
    """The plain text of an RTF document, lines split on ``\\n`` and pages on form feeds."""
    from striprtf.striprtf import rtf_to_text

    from giftgraph.ingest.readers import ReadError

    # RTF is 7-bit: anything beyond ASCII is escaped, so latin-1 keeps every byte as it is for striprtf
    src = data.decode("latin-1").lstrip("\ufeff\xef\xbb\xbf")
    src = _PAGE.sub(r"\\par \\u12?", src)
    try:
        text = rtf_to_text(src, errors="replace")
    except (ValueError, LookupError, IndexError) as exc:
        raise ReadError(f"not a readable .rtf document ({type(exc).__name__}: {str(exc)[:80]})")
    return text.replace("\r\n", "\n").replace("\r", "\n")
