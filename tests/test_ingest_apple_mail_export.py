"""An Apple Mail export (probe AT): each mailbox a `Name.mbox/` package holding its `mbox` file beside the client's
own `Info.plist` and `table_of_contents`, zipped on a Mac (`__MACOSX/`, `.DS_Store`). The bookkeeping files are no
mail and no problem. Every line is invented for this test."""
from __future__ import annotations

import zipfile

from giftgraph.ingest import read_paths
from giftgraph.ingest.readers import mailbox_furniture

MBOX = (b"From pia@hollowmere.test Tue Mar  3 09:00:00 2026\n"
        b"From: Pia Lund <pia@hollowmere.test>\nTo: Rolf Gant <rgant@brinecounty.test>\n"
        b"Subject: Hangar walk-through\nDate: Tue, 03 Mar 2026 09:00:00 -0700\n\n"
        b"Rolf, Thursday at ten works for the walk-through.\n\nPia\n\n")
PLIST = (b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>LocalName</key>'
         b'<string>Outbox</string></dict></plist>\n')


def _members(z):
    z.writestr("Outbox.mbox/mbox", MBOX)
    z.writestr("Outbox.mbox/Info.plist", PLIST)
    z.writestr("Outbox.mbox/table_of_contents", b"\x00\x01toc\x00\xff")
    z.writestr("__MACOSX/Outbox.mbox/._mbox", b"\x00\x05\x16\x07\x00\x02")
    z.writestr(".DS_Store", b"\x00\x00\x00\x01Bud1")


def test_a_zipped_apple_mail_export_reads_its_mail_and_reports_no_problem(tmp_path):
    with zipfile.ZipFile(tmp_path / "export.zip", "w") as z:
        _members(z)
    res = read_paths([tmp_path / "export.zip"], timezone="America/Denver", log=lambda s: None)
    assert res.problems == []
    assert [m.subject for m in res.messages] == ["Hangar walk-through"]


def test_an_unzipped_apple_mail_package_reads_its_mbox_alone(tmp_path):
    pkg = tmp_path / "Outbox.mbox"
    pkg.mkdir()
    (pkg / "mbox").write_bytes(MBOX)
    (pkg / "Info.plist").write_bytes(PLIST)
    (pkg / "table_of_contents").write_bytes(b"\x00\x01toc\x00\xff")
    res = read_paths([tmp_path], timezone="America/Denver", log=lambda s: None)
    assert res.problems == []
    assert len(res.messages) == 1


def test_a_plist_outside_a_mailbox_package_is_still_read_as_a_file():
    assert mailbox_furniture("Outbox.mbox/Info.plist") and mailbox_furniture("x.zip!Outbox.mbox/table_of_contents")
    assert not mailbox_furniture("notes/Info.plist") and not mailbox_furniture("Outbox.mbox/mbox")
