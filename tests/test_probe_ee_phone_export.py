"""A phone-message export as CSV (what records systems produce for texts): a Message/Text column for the
body, Date/Time or Timestamp for the time, no Subject column or an empty one, display names followed by
phone numbers. It is a message export like Outlook's and reads into messages."""
from __future__ import annotations

from giftgraph.ingest import read_paths
from giftgraph.ingest.tabular import looks_like_export_header


def _write(path, text):
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_text_message_export_with_date_time_and_message_columns(tmp_path):
    p = _write(tmp_path / "texts.csv",
               "Item,Device Owner,Date/Time,From,To,Message\r\n"
               "1,\"Lindgren, Petra\",7/3/2023 4:05:12 PM,Hollis Varga (505) 555-0190,Petra Lindgren (505) 555-0133,"
               "\"hey, brought donuts by ur office 🍩\"\r\n"
               "2,\"Lindgren, Petra\",7/3/2023 4:20:40 PM,Petra Lindgren (505) 555-0133,Hollis Varga (505) 555-0190,"
               "ty!! team says hi\r\n")
    msgs = read_paths([str(p)], timezone="America/Denver").messages
    assert len(msgs) == 2
    first = min(msgs, key=lambda m: m.sent)
    assert first.sent.startswith("2023-07-03T16:05:12-06:00")
    assert "donuts" in first.body
    assert first.sender.name == "Hollis Varga"
    assert [a.name for a in first.to] == ["Petra Lindgren"]


def test_timestamp_sender_recipient_text_columns_are_sniffed_without_extension(tmp_path):
    body = ("Timestamp,Sender,Recipient,Subject,Text\n"
            "2022-11-14 09:30,Arlo Benitez,Wren Castile,,lmk if u want the extra cooler\n")
    p = _write(tmp_path / "export.dat", body)
    assert looks_like_export_header(p.read_bytes()[:4096])
    msgs = read_paths([str(p)], timezone="UTC").messages
    assert len(msgs) == 1 and msgs[0].sender.name == "Arlo Benitez" and msgs[0].to[0].name == "Wren Castile"
