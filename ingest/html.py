"""HTML to the text a reader sees: emails saved as web pages ("Save as > Web Page", e-discovery and
records-portal exports) and HTML-only email bodies. Parsed with Beautiful Soup (``html.parser``, the
standard library's, so no compiled parser is needed).

Whitespace follows the browser: a run of spaces and line breaks in the markup is one space, except
inside ``<pre>``; ``<br>`` and the block elements (paragraphs, divs, table rows, list items, headings; lines trimmed)
break lines; the cells of a table row are joined on one line, so a header table printed as
``From: | Name <address>`` reads as ``From: Name <address>``. Scripts, styles, the ``<head>`` and
comments are dropped; entities (``&amp;``, ``&nbsp;``) are decoded."""
from __future__ import annotations

import re
from typing import Iterator

__all__ = ["html_to_text", "looks_like_html"]

# elements that start and end a line, and those of them a browser sets apart by a blank line
_BLOCKS = ("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption",
           "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
           "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption")
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "hr"})
_LINE, _PARA = "\x1e", "\x1d"  # where a line and a paragraph break, until the text is laid out
_BREAKS = re.compile(r"[ \n]*[\x1d\x1e][ \n\x1d\x1e]*")
_DROP = ("script", "style", "head", "title", "noscript", "template", "object", "iframe", "svg")
_VOIDS = r"(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)"
_VOID = re.compile(r"<" + _VOIDS + r"(\s[^<>]*?)?\s*/?>", re.I)
_VOID_B = re.compile(_VOID.pattern.encode(), re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                         re.I | re.S)


def looks_like_html(head: bytes) -> bool:
    """The file starts as an HTML document does (``<!DOCTYPE html``, ``<html``), whatever its name."""
    return bool(_HTML_START.match(head[:4096]))


def html_to_text(markup: str | bytes) -> str:
    """The text of an HTML document or fragment, line by line as a browser lays it out (see the module).
    Bytes are decoded as the document says (``<meta charset>``, a byte-order mark), else guessed."""
    from bs4 import BeautifulSoup, NavigableString, Tag

    # void elements written as "<br>" are remembered by Beautiful Soup's html.parser builder in a list it
    # searches at every end tag (quadratic: 13 s for a 2.6 MB page of <br> lines); "<br/>" is not
    if isinstance(markup, bytes):
        markup = _VOID_B.sub(rb"<\1\2/>", markup)
    else:
        markup = _VOID.sub(r"<\1\2/>", markup)
    soup = BeautifulSoup(markup, "html.parser")
    out: list[str] = []
    # one walk, the tree never changed (an edit finds its place among its siblings: quadratic on a page of
    # thousands of paragraphs), and a stack, not recursion (a page nested thousands deep)
    stack: list[tuple[Iterator, str, bool]] = [(iter(soup.contents), "", False)]
    while stack:
        children, closing, in_pre = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            out.append(closing)
            continue
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment, doctype, declaration or processing instruction
                out.append(str(child) if in_pre else _SPACES.sub(" ", child))
            continue
        if not isinstance(child, Tag) or child.name in _DROP:
            continue
        if child.name == "br":
            out.append("\n")
            continue
        mark = (_PARA if child.name in _PARAGRAPHS else _LINE) if child.name in _BLOCKS else ""
        out.append(mark)
        closing = mark + (" " if child.name in ("td", "th") else "")
        stack.append((iter(child.contents), closing, in_pre or child.name == "pre"))
    text = _BREAKS.sub(_layout, "".join(out).replace("\u00a0", " "))
    return "\n".join(line.strip(" ") for line in text.split("\n")).strip("\n")


def _layout(run: re.Match) -> str:
    """A run of block edges (and of ``<br>`` breaks between them): one line break, two where a paragraph
    starts or ends or where the ``<br>`` breaks in it leave a blank line."""
    s = run.group(0)
    return "\n" * max(2 if _PARA in s else 1, min(s.count("\n"), 2))
