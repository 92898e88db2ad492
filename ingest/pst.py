"""Outlook PST/OST mailboxes -> messages, through Debian's ``readpst`` (package ``pst-utils``).

``readpst`` converts the mailbox into one mbox per folder in a temporary directory (``-r``: the
folder tree kept, ``-te``: email only, ``-8``: UTF-8 bodies where the PST has them, ``-b``: no RTF
copies of bodies); each mbox is then read by the mbox reader and the temporary directory removed.
Every message's provenance names the PST and its folder (``mail.pst!Inbox/Projects``).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Callable, Iterator

from giftgraph.ingest.message import Message

__all__ = ["read_pst", "readpst_available", "PST_MAGIC", "READPST_TIMEOUT"]

PST_MAGIC = b"!BDN"  # the first four bytes of every PST and OST file
READPST_TIMEOUT = 4 * 3600  # seconds; a mailbox of many gigabytes takes minutes, a loop never ends
INSTALL_HINT = "readpst is not installed (Debian/Ubuntu: apt-get install pst-utils)"


def readpst_available() -> bool:
    return bool(shutil.which("readpst"))


def read_pst(source: str | Path | bytes, *, file: str, timezone: str, progress=None,
             warn: Callable[[str], None] = lambda s: None) -> Iterator[Message]:
    """The messages of a PST/OST file (a path, or its bytes from inside a zip)."""
    from giftgraph.ingest.readers import ReadError, read_mbox

    exe = shutil.which("readpst")
    if not exe:
        raise ReadError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="giftgraph-pst-") as tmp:
        if isinstance(source, bytes):
            src = os.path.join(tmp, "in.pst")
            with open(src, "wb") as fh:
                fh.write(source)
        else:
            src = os.path.abspath(str(source))
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        try:
            r = subprocess.run([exe, "-q", "-r", "-8", "-b", "-te", "-o", out, src], capture_output=True,
                               timeout=READPST_TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise ReadError(f"readpst did not finish within {READPST_TIMEOUT} s; not read")
        except OSError as exc:
            raise ReadError(f"cannot run readpst ({exc.strerror or exc})")
        err = " ".join((r.stderr or r.stdout).decode("utf-8", "replace").split())[:120]  # it says why on either
        if r.returncode != 0:
            raise ReadError(f"not a readable PST/OST mailbox (readpst: {err or 'exit code %d' % r.returncode})")
        boxes = sorted(p for p in Path(out).rglob("*") if p.is_file() and p.stat().st_size)
        n = 0
        for box in boxes:
            folder = box.relative_to(out).parent if box.name == "mbox" else box.relative_to(out)
            # readpst names the top folder after the PST's display name; the folders below it are the user's
            parts = folder.parts[1:] if len(folder.parts) > 1 else folder.parts
            label = file + "!" + "/".join(parts) if parts else file
            with open(box, "rb") as fh:
                try:
                    for m in read_mbox(fh, file=label, timezone=timezone, progress=progress, warn=warn):
                        n += 1
                        yield m
                except ReadError as exc:  # a folder readpst wrote that is no mbox (a contact list)
                    warn(f"folder {'/'.join(parts) or '/'}: {exc}; skipped")
        if not n:
            raise ReadError("no email messages found in the PST/OST mailbox (empty, or damaged: readpst read "
                            "nothing" + (f": {err}" if err else "") + ")")
