"""Mail exported as JSON (probe CQ: a mailbox pulled through the Microsoft Graph API as JSON Lines).

Invented names throughout: an HVAC contractor (Ostrander Climate) and a water utility."""
import json

from giftgraph.ingest import read_paths
from giftgraph.ingest.readers import detect, read_bytes


def _who(name, addr):
    return {"emailAddress": {"name": name, "address": addr}}


def _graph(subject, sent, frm, to, body, ctype="html", cc=()):
    return {"subject": subject, "sentDateTime": sent, "from": _who(*frm), "sender": _who(*frm),
            "toRecipients": [_who(*t) for t in to], "ccRecipients": [_who(*c) for c in cc],
            "body": {"contentType": ctype, "content": body}, "hasAttachments": False,
            "internetMessageId": f"<{abs(hash(subject + sent))}@example.test>", "conversationId": "AAQk-1",
            "bodyPreview": "..."}


PIA = ("Pia Lindqvist", "pia.lindqvist@ostranderclimate.test")
RUSS = ("Russell Achebe", "rachebe@elmfordwater.test")

FIRST = _graph("Chiller tune-up", "2025-11-03T15:05:00Z", PIA, [RUSS],
               "Hi Russell,\r\n\r\nWe can send a tech on Thursday.\r\n\r\nPia Lindqvist\r\nService Manager", ctype="text")
REPLY = _graph("RE: Chiller tune-up", "2025-11-03T16:40:00Z", RUSS, [PIA],
               "<html><body><div>Thursday works, thanks!</div><div>Russell</div>"
               '<hr><div id="divRplyFwdMsg"><b>From:</b> Pia Lindqvist &lt;pia.lindqvist@ostranderclimate.test&gt;<br>'
               "<b>Sent:</b> Monday, November 3, 2025 9:05 AM<br><b>To:</b> Russell Achebe &lt;rachebe@elmfordwater.test&gt;<br>"
               "<b>Subject:</b> Chiller tune-up</div><div>Hi Russell,</div><div>We can send a tech on Thursday.</div></body></html>",
               cc=[("Dana Mireles", "dmireles@elmfordwater.test")])


def test_json_lines_graph_export_is_read_with_headers_and_quoted_history(tmp_path):
    data = (json.dumps(FIRST) + "\n" + json.dumps(REPLY) + "\n").encode()
    assert detect("mailbox-export.jsonl", data[:8192], data) == "json"
    f = tmp_path / "mailbox-export.jsonl"
    f.write_bytes(data)
    res = read_paths([f], timezone="America/Chicago", log=lambda s: None)
    assert not res.problems
    msgs = sorted(res.messages, key=lambda m: m.sent)
    assert len(msgs) == 2  # the quoted copy of the first is merged with the first
    first, reply = msgs
    assert first.sender.email == "pia.lindqvist@ostranderclimate.test" and first.sender.name == "Pia Lindqvist"
    assert first.sent.startswith("2025-11-03T15:05:00") and first.sent.endswith("+00:00")
    assert reply.subject == "RE: Chiller tune-up"
    assert [a.email for a in reply.cc] == ["dmireles@elmfordwater.test"]
    assert "Thursday works" in reply.body and "send a tech" not in reply.body
    assert reply.in_reply_to == first.id


def test_graph_api_page_and_plain_array_without_a_telling_name():
    page = json.dumps({"@odata.context": "https://graph.example/$metadata#users('x')/messages", "value": [FIRST, REPLY]}).encode()
    assert detect("download", page[:8192], page) == "json"  # no extension: known by its keys
    assert len([m for m in read_bytes(page, name="download", timezone="UTC")]) >= 2
    flat = json.dumps([{"from": "Tomas Reyes <treyes@elmfordwater.test>", "to": ["Pia Lindqvist <pia@ostranderclimate.test>"],
                        "date": "2025-12-01T10:15:00-06:00", "subject": "Filters", "body": "Please bring the MERV-13 filters."}]).encode()
    (m,) = read_bytes(flat, name="export.json", timezone="UTC")
    assert m.sender.name == "Tomas Reyes" and m.to[0].email == "pia@ostranderclimate.test"
    assert m.sent.startswith("2025-12-01T10:15:00-06:00") and "MERV-13" in m.body


def test_json_that_is_not_mail_is_not_taken_for_mail():
    assert detect("settings.txt", b'{"theme": "dark", "fontSize": 12}', None) != "json"


def test_a_broken_line_and_an_object_that_is_no_mail_are_reported_and_the_rest_read(tmp_path):
    data = (json.dumps(FIRST) + "\n" + '{"subject": "cut off mid-line", "sentDate' + "\n"
            + json.dumps({"kind": "folder", "count": 2}) + "\n" + json.dumps(REPLY) + "\n").encode()
    f = tmp_path / "export.jsonl"
    f.write_bytes(data)
    res = read_paths([f], timezone="UTC", log=lambda s: None)
    assert len(res.messages) == 2
    said = " | ".join(str(p) for p in res.problems)
    assert "export.jsonl" in said and "line 2: not JSON" in said and "object 3: no sender, date or subject" in said
