"""Resource limits on what a release may make giftgraph read into memory.

A release is untrusted input: a 1.6 MB zip of members that inflate to 1 MiB each, a 1 MB PDF stream
that inflates to 1 GiB, or one page that prints a million characters would otherwise be read whole
(gigabytes of memory, a messages.jsonl of the same size). Every limit has a default fit for real
releases and a name, the key of ``giftgraph ingest --limits KEY=VALUE,...``:

=============  ===========  ======================================================================
key            default      what it bounds
=============  ===========  ======================================================================
zip-members    20000        file members read from one zip (the others are reported, not read)
zip-member     512M         inflated bytes of one zip member
zip-total      2G           inflated bytes read from one zip file, nested zips included
zip-ratio      100          inflation ratio of a member over 64 KiB, and of all members read so
                            far once they pass 1 MiB (real mail compresses 3-20:1; bombs 1000:1)
zip-depth      2            zips nested in zips (the outer zip is level 1)
pdf-stream     75M          inflated bytes of one PDF stream (pypdf's default, 75 MB)
pdf-total      1G           inflated bytes of all the streams of one PDF
page-chars     50000        characters kept from one PDF page (a printed page holds 2,000-6,000)
html-page      32M          bytes of one HTML page (Beautiful Soup's tree holds ~70 times the page)
=============  ===========  ======================================================================

Sizes take K, M or G (powers of 1024); 0 means no limit. Each hit is a problem of the file (one
line that starts with the key, e.g. ``zip-total limit: ...``): the offending member, page or file is
skipped or cut, the rest of the run is read and saved, and the run summary counts the hits by key
(``limits hit: zip-ratio (3)``; ``ingest --json``: ``limits_hit``).

pdfminer (under pdfplumber) inflates streams with ``zlib.decompress`` and no output limit; while a
PDF is read (`pdf_budget`), the FlateDecode and LZWDecode of ``pdfminer.pdftypes`` go through the
bounded versions here, and each page is laid out by a device that stops at `page-chars` characters
(`page_layout`), before the memory goes.
"""
from __future__ import annotations

import contextvars
import io
import re
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import Iterator

from giftgraph.errors import GiftgraphError

__all__ = ["Limits", "LimitsError", "LimitHit", "current_limits", "use_limits", "pdf_budget", "page_layout",
           "limit_key", "human_size", "RATIO_FLOOR_MEMBER", "RATIO_FLOOR_TOTAL"]

RATIO_FLOOR_MEMBER = 64 << 10  # the ratio of a member is judged past 64 KiB (a tiny member may compress 200:1)
RATIO_FLOOR_TOTAL = 1 << 20  # and that of all members read, past 1 MiB


class LimitsError(GiftgraphError):
    """A ``--limits`` value that cannot be understood."""


class LimitHit(GiftgraphError):
    """A limit reached while reading; its message is a problem line that starts with the limit's key."""

    def __init__(self, key: str, detail: str):
        super().__init__(f"{key} limit: {detail}")
        self.key = key


# the field of each key, the keys in the order `--help` and README list them
_KEYS = {"zip-members": "zip_members", "zip-member": "zip_member", "zip-total": "zip_total", "zip-ratio": "zip_ratio",
         "zip-depth": "zip_depth", "pdf-stream": "pdf_stream", "pdf-total": "pdf_total", "page-chars": "page_chars",
         "html-page": "html_page"}
_SIZES = {"zip-member", "zip-total", "pdf-stream", "pdf-total", "html-page"}


@dataclass(frozen=True)
class Limits:
    """The limits of one run; 0 is no limit. ``Limits.parse("zip-total=1G,page-chars=50000")``."""

    zip_members: int = 20_000
    zip_member: int = 512 << 20
    zip_total: int = 2 << 30
    zip_ratio: int = 100
    zip_depth: int = 2
    pdf_stream: int = 75_000_000
    pdf_total: int = 1 << 30
    page_chars: int = 50_000
    html_page: int = 32 << 20

    @classmethod
    def parse(cls, spec: str | None, base: Limits | None = None) -> Limits:
        """``KEY=VALUE[,KEY=VALUE...]`` over `base` (default: the defaults)."""
        out = base or cls()
        for item in (spec or "").replace(";", ",").split(","):
            if not item.strip():
                continue
            key, sep, value = item.partition("=")
            key = key.strip().lower().replace("_", "-")
            if not sep or key not in _KEYS:
                raise LimitsError(f"--limits {item.strip()!r}: expected KEY=VALUE with KEY one of {', '.join(_KEYS)}")
            m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", value.lower())
            if not m:
                raise LimitsError(f"--limits {item.strip()!r}: {value.strip()!r} is not a number "
                                  "(sizes take K, M or G; 0 means no limit)")
            n = int(float(m.group(1)) * (1 << {"": 0, "k": 10, "m": 20, "g": 30}[m.group(2)]))
            out = replace(out, **{_KEYS[key]: n})
        return out

    def value(self, key: str) -> int:
        return getattr(self, _KEYS[key])

    def describe(self, key: str) -> str:
        """The limit as a user writes it: "512 MiB", "100:1", "100000"."""
        v = self.value(key)
        if not v:
            return "none"
        if key in _SIZES:
            return human_size(v)
        return f"{v}:1" if key == "zip-ratio" else str(v)

    def to_dict(self) -> dict[str, int]:
        return {k: self.value(k) for k in _KEYS}

    def __str__(self) -> str:
        return ",".join(f"{k}={self.value(k)}" for k in _KEYS)


assert set(_KEYS.values()) == {f.name for f in fields(Limits)}


def human_size(n: int) -> str:
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if n and n % (1 << shift) == 0:
            return f"{n >> shift} {unit}"
    return f"{n:,} bytes"


def limit_key(problem: str) -> str | None:
    """The key of the limit a problem line names ("zip-total limit: ..." -> "zip-total"), else None."""
    m = re.search(r"(?:^|: )(" + "|".join(map(re.escape, _KEYS)) + r") limit: ", problem)
    return m.group(1) if m else None


_CURRENT: contextvars.ContextVar[Limits | None] = contextvars.ContextVar("giftgraph_limits", default=None)


def current_limits() -> Limits:
    """The limits of the read in progress (`use_limits`), else the defaults."""
    return _CURRENT.get() or Limits()


@contextmanager
def use_limits(limits: Limits | None) -> Iterator[Limits]:
    token = _CURRENT.set(limits or current_limits())
    try:
        yield current_limits()
    finally:
        _CURRENT.reset(token)


# --- PDF: bounded inflation inside pdfminer ----------------------------------------------------------

class _Budget:
    def __init__(self, limits: Limits):
        self.stream, self.total, self.used = limits.pdf_stream, limits.pdf_total, 0
        self.limits = limits

    def cap(self) -> int:
        """Most bytes the next stream may inflate to (0: no limit)."""
        caps = [c for c in (self.stream, self.total - self.used if self.total else 0) if c]
        if self.total and self.used >= self.total:
            return -1
        return min(caps) if caps else 0

    def over(self) -> LimitHit:
        if self.total and (self.used >= self.total or not self.stream or self.total - self.used < self.stream):
            return LimitHit("pdf-total", f"the streams of this PDF inflate to more than {self.limits.describe('pdf-total')}")
        return LimitHit("pdf-stream", f"a stream inflates to more than {self.limits.describe('pdf-stream')}")

    def add(self, n: int) -> None:
        self.used += n


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("giftgraph_pdf_budget", default=None)


class _BoundedZlib:
    """``zlib`` as ``pdfminer.pdftypes`` sees it: ``decompress`` stops at the budget of the PDF being
    read; everything else is the real module. A damaged stream gives what inflated before the damage
    (pdfminer's own fallback re-inflates byte by byte, in time quadratic in the output)."""

    error = zlib.error

    def __getattr__(self, name):
        return getattr(zlib, name)

    @staticmethod
    def decompress(data, *args, **kwargs):
        budget = _BUDGET.get()
        if budget is None or args or kwargs:
            return zlib.decompress(data, *args, **kwargs)
        cap = budget.cap()
        if cap < 0:
            raise budget.over()
        d = zlib.decompressobj()
        out = bytearray()
        step = 1 << 16
        for i in range(0, max(1, len(data)), step):
            try:
                out += d.decompress(data[i:i + step], (cap + 1 - len(out)) if cap else 0)
            except zlib.error:  # damaged from here on: keep what came before
                break
            if cap and (len(out) > cap or d.unconsumed_tail):
                raise budget.over()
            if d.eof:
                break
        budget.add(len(out))
        return bytes(out)


def _bounded_lzw(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    budget = _BUDGET.get()
    cap = budget.cap() if budget is not None else 0
    if cap < 0 and budget is not None:
        raise budget.over()
    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        out += chunk
        if cap and len(out) > cap and budget is not None:
            raise budget.over()
    if budget is not None:
        budget.add(len(out))
    return bytes(out)


_installed = False


def _install() -> None:
    """Route pdfminer's FlateDecode and LZWDecode through the bounded versions (once per process;
    with no `pdf_budget` in force they behave as pdfminer's own)."""
    global _installed
    if _installed:
        return
    import pdfminer.pdftypes as pdftypes

    if hasattr(pdftypes, "zlib") and hasattr(pdftypes, "lzwdecode"):
        pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
        pdftypes.lzwdecode = _bounded_lzw
    _installed = True


@contextmanager
def pdf_budget(limits: Limits | None = None) -> Iterator[None]:
    """While one PDF is read: its streams inflate within `pdf-stream` each and `pdf-total` in all
    (pdfminer's through the bounded versions here; pypdf's, when it is installed and reads the file,
    through its own per-stream limits, set to `pdf-stream`)."""
    _install()
    limits = limits or current_limits()
    token = _BUDGET.set(_Budget(limits))
    try:
        with _pypdf_limits(limits.pdf_stream):
            yield
    finally:
        _BUDGET.reset(token)


@contextmanager
def _pypdf_limits(stream: int) -> Iterator[None]:
    try:
        from pypdf import apply_configuration  # pypdf >= 6.8: limits in a context, not module constants
    except ImportError:
        yield
        return
    big = stream or 1 << 62
    with apply_configuration(zlib_maximum_output_length=big, lzw_maximum_output_length=big,
                             run_length_maximum_output_length=big, maximum_declared_stream_length=big):
        yield


class _PageFull(GiftgraphError):
    """Internal: the page reached page-chars (caught in `page_layout`, never shown)."""


def page_layout(page, max_chars: int) -> bool:
    """Lay `page` (a pdfplumber Page) out as pdfplumber does, but stop at `max_chars` characters:
    pdfminer makes an object of about 2 KB per character, so a page that prints a million characters
    (one endless line) would take gigabytes. Returns True when the page was cut. The layout is kept
    where pdfplumber looks for it (``page._layout``), so ``page.extract_text()`` reads it."""
    if not max_chars:
        return False
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent
    from pdfplumber.utils.exceptions import PdfminerException

    class Device(PDFPageAggregatorWithMarkedContent):
        chars = 0

        def render_char(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            if self.chars >= max_chars:
                raise _PageFull
            self.chars += 1
            return super().render_char(*args, **kwargs)

    device = Device(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    cut = False
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except _PageFull:
        cut = True
        while device._stack:  # stopped inside a form XObject: close the figures, then the page
            device.end_figure("")
        device.end_page(page.page_obj)
    except LimitHit:
        raise
    except Exception as exc:  # noqa: BLE001 - as pdfplumber's own Page.layout wraps pdfminer's errors
        raise PdfminerException(exc) from exc
    page._layout = device.get_result()
    return cut
