"""French-Canadian Outlook quotes the message it answers under "De : / Envoyé : / À : / Cc : / Objet :" with the date
in French ("jeudi 5 mars 2026 14:20"): that quoted message is read with its sender and its date, and the reply's own
text ends above the block. Invented names and wording."""
from __future__ import annotations

from giftgraph.ingest.dates import parse_date
from giftgraph.ingest.tabular import read_csv
from giftgraph.nlp.signature import own_text_end

REPLY = ("Bonjour Colette,\r\n\r\nThe spare batteries ship tomorrow.\r\n\r\nÀ bientôt,\r\nYannick\r\n\r\n"
         "De : Prowse, Colette <Colette.Prowse@harwich-east.ca>\r\n"
         "Envoyé : jeudi 5 mars 2026 14:20\r\n"
         "À : Yannick Berthiaume <yberthiaume@trepanier-optique.ca>\r\n"
         "Cc : Odum, Felix <Felix.Odum@harwich-east.ca>\r\n"
         "Objet : Spare batteries for the loaner\r\n\r\n"
         "Yannick, could you send two spare batteries with the loaner?\r\n\r\nColette\r\n")
HEAD = ('"Subject","Body","From: (Name)","From: (Address)","From: (Type)","To: (Name)","To: (Address)","To: (Type)",'
        '"CC: (Name)","CC: (Address)","CC: (Type)","BCC: (Name)","BCC: (Address)","BCC: (Type)",'
        '"Billing Information","Categories","Importance","Mileage","Sensitivity"\r\n')


def test_french_dates_are_read():
    assert parse_date("jeudi 5 mars 2026 14:20", "America/Toronto") == "2026-03-05T14:20:00-05:00"
    assert parse_date("mardi 18 février 2025 09:05", "America/Toronto") == "2025-02-18T09:05:00-05:00"
    assert parse_date("1 déc. 2025 16:45", "America/Toronto") == "2025-12-01T16:45:00-05:00"


def test_the_own_text_ends_above_a_french_outlook_block():
    assert REPLY[:own_text_end(REPLY)].rstrip().endswith("Yannick")


def test_a_french_outlook_block_in_a_csv_row_is_a_dated_message():
    row = ('"RE : Spare batteries for the loaner","' + REPLY + '","Yannick Berthiaume","yberthiaume@trepanier-optique.ca",'
           '"SMTP","Prowse, Colette","/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/'
           'cn=0a1b-cprowse","EX","","","","","","","","","Normal","","Normal"\r\n')
    msgs = read_csv((HEAD + row).encode("cp1252"), file="x.csv", timezone="America/Toronto")
    quoted = [m for m in msgs if m.subject == "Spare batteries for the loaner"]
    assert len(quoted) == 1, [(m.subject, m.sent) for m in msgs]
    q = quoted[0]
    assert q.sent == "2026-03-05T14:20:00-05:00"
    assert q.sender.email == "colette.prowse@harwich-east.ca"
    assert [a.email for a in q.to] == ["yberthiaume@trepanier-optique.ca"]
    assert [a.email for a in q.cc] == ["felix.odum@harwich-east.ca"]
