"""Probe CI (HTML-only .eml): an order's table printed in an HTML body ("Line | Description | Qty | Unit | Extended")
is read as a line of its column headings, which ends in "Unit" but names no unit of the agency. Every name is invented
for these tests."""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from giftgraph.ingest import read_paths
from giftgraph.nlp.draft_profile import draft_profile

TABLE = ('<table border="1"><tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit</th><th>Extended</th></tr>'
         '<tr><td>1</td><td>Beacon seat, 12 months</td><td>6</td><td>$900.00</td><td>$5,400.00</td></tr></table>')
BUYER = ("Odile Marsh", "omarsh@brantfordtx.gov")
BSIG = ("<table><tr><td><b>Odile Marsh</b><br>Buyer II<br>Procurement Division<br>City of Brantford<br>(512) 555-0170"
        "</td></tr></table>")
SELLER = ("Kit Ansel", "kit.ansel@ferrowave.io")
SSIG = "<p>Kit Ansel<br>Account Executive<br>Ferrowave Systems, Inc.<br>(512) 555-0111</p>"
COP = ("Ruben Teague", "rteague@brantfordtx.gov")
CSIG = "<p>Sgt. Ruben Teague<br>Gang Intelligence Unit<br>Brantford Police Department<br>(512) 555-0150</p>"

MAILS = [
    (BUYER, [SELLER], "PO 31-0072", f"<p>Good morning,</p><p>Purchase order 31-0072 for six Beacon seats:</p>{TABLE}"
                                    f"<p>Regards,</p>{BSIG}"),
    (SELLER, [BUYER], "RE: PO 31-0072", f"<p>Thank you, the invoice for PO 31-0072 follows.</p>{SSIG}"),
    (BUYER, [SELLER], "PO 31-0073", f"<p>One more, for the training room:</p>{TABLE}<p>Thanks,</p>{BSIG}"),
    (COP, [SELLER], "Beacon seats", f"<p>Kit, the six Beacon seats are live. Thanks.</p>{CSIG}"),
    (SELLER, [COP], "RE: Beacon seats", f"<p>Glad to hear it, Ruben.</p>{SSIG}"),
]


def _release(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, ((fname, faddr), to, subject, html) in enumerate(MAILS):
        msg = EmailMessage()
        msg["From"] = f"{fname} <{faddr}>"
        msg["To"] = ", ".join(f"{n} <{a}>" for n, a in to)
        msg["Subject"] = subject
        msg["Date"] = f"Tue, {i + 3} May 2022 10:{i:02d}:00 -0500"
        msg["Message-ID"] = f"<ci{i}@example.test>"
        msg.set_content(f"<html><body>{html}</body></html>", subtype="html")
        (folder / f"{i:03d}.eml").write_bytes(bytes(msg))
    return folder


def test_a_tables_column_headings_are_no_unit(tmp_path):
    res = read_paths([_release(tmp_path / "mail")], timezone="America/Chicago", log=lambda s: None)
    units = {u["name"] for u in draft_profile(res.messages).files["units"]["units"]}
    assert not any("Qty" in u or "Description" in u for u in units)
    assert "Procurement Division" in units
