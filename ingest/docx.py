"""Word documents (``.docx``): emails a records clerk pasted one after another into one document.

The standard library's ``zipfile`` opens the package and defusedxml (a dependency already, for
openpyxl) parses ``word/document.xml``: each paragraph is a line, a tab a tab, a line break a new
line, a page break a form feed (so the pages are the document's own), a table row a line of its
cells joined by tabs. The text is then read as printed emails, as a text dump is. The zip limits of
`giftgraph.ingest.limits` hold for the package's parts before anything is inflated.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from giftgraph.ingest.limits import RATIO_FLOOR_MEMBER, current_limits

__all__ = ["is_docx_zip", "docx_text"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PART = "word/document.xml"


def is_docx_zip(source: str | Path | bytes) -> bool:
    """True when a zip archive is a Word document (it holds ``word/document.xml``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return _PART in names and "[Content_Types].xml" in names


def _read_part(source: str | Path | bytes) -> bytes:
    from giftgraph.ingest.readers import ReadError

    limits = current_limits()
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            try:
                info = zf.getinfo(_PART)
            except KeyError:
                raise ReadError(f"not a Word document: no {_PART} in the package")
            ratio = info.file_size / max(1, info.compress_size)
            key = ("zip-member" if limits.zip_member and info.file_size > limits.zip_member else
                   "zip-ratio" if limits.zip_ratio and info.file_size > RATIO_FLOOR_MEMBER and ratio > limits.zip_ratio else
                   "zip-total" if limits.zip_total and info.file_size > limits.zip_total else None)
            if key:
                raise ReadError(f"{key} limit: document part {_PART!r} expands to {info.file_size:,} bytes "
                                f"(ratio {ratio:.0f}:1; limit {limits.describe(key)}); not read")
            with zf.open(info) as fh:
                data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise ReadError(f"not a readable .docx document (damaged zip: {exc})")
    if len(data) > info.file_size:
        raise ReadError("zip bomb guard: the document part is larger than its header says; not read")
    return data


def _runs_text(el) -> str:
    """The text of a paragraph (or any element), its tabs and breaks kept."""
    out: list[str] = []
    for node in el.iter():
        tag = node.tag
        if tag == W + "t":  # deleted text (w:delText) is not read
            out.append(node.text or "")
        elif tag in (W + "tab", W + "ptab"):
            out.append("\t")
        elif tag == W + "br":
            out.append("\f" if node.get(W + "type") == "page" else "\n")
        elif tag == W + "cr":
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "lastRenderedPageBreak":
            continue
    return "".join(out)


def _block_lines(parent) -> list[str]:
    lines: list[str] = []
    for child in parent:
        if child.tag == W + "p":
            text = _runs_text(child)
            if child.find(f"{W}pPr/{W}pageBreakBefore") is not None:
                text = "\f" + text
            lines.append(text)
        elif child.tag == W + "tbl":
            for row in child.iter(W + "tr"):
                cells = [" ".join(l for l in _block_lines(tc) if l.strip()) for tc in row.findall(W + "tc")]
                lines.append("\t".join(cells))
        elif child.tag == W + "sdt":  # a content control: its paragraphs are in its content
            content = child.find(W + "sdtContent")
            if content is not None:
                lines.extend(_block_lines(content))
    return lines


def docx_text(source: str | Path | bytes) -> str:
    """The document's text: one line a paragraph, form feeds at page breaks."""
    from defusedxml import ElementTree as ET
    from defusedxml.common import DefusedXmlException

    from giftgraph.ingest.readers import ReadError

    data = _read_part(source)
    try:
        root = ET.fromstring(data)
    except DefusedXmlException as exc:
        raise ReadError(f"not read: {type(exc).__name__}: XML entities and DTDs are refused (XML bomb guard)")
    except Exception as exc:  # noqa: BLE001 - ParseError and the like from a damaged part
        raise ReadError(f"not a readable .docx document ({type(exc).__name__}: {' '.join(str(exc).split())[:80]})")
    body = root.find(W + "body")
    if body is None:
        raise ReadError("not a readable .docx document: no body")
    return "\n".join(_block_lines(body))
