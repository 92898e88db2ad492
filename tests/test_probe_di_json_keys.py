"""Records systems export mail as JSON with snake_case or spaced keys (``date_sent``, ``Sent Date``,
``Message ID``): the reader takes them as it takes ``dateSent`` / ``sentDateTime``.

Invented names throughout: a county library district and a book-scanner vendor."""
import json

from giftgraph.ingest.jsonmail import read_json_mail


def _export(key_date, key_id="message_id"):
    return json.dumps({"request": "R-77", "messages": [
        {"from": "Quill, Arden <aquill@harrowlib.test>",
         "to": [{"name": "Sefa Nwachukwu", "email": "sefa@pagewright.test"}],
         key_date: "10/6/2024 4:05:10 PM", "subject": "Scanner demo",
         "body": "Sefa,\n\nThursday works for the demo.\n\nArden", key_id: "<abc123@harrowlib.test>"},
    ]}).encode()


def test_snake_case_date_key_is_the_sent_date():
    (m,) = read_json_mail(_export("date_sent"), file="x.json", timezone="America/New_York")
    assert m.sent.startswith("2024-10-06T16:05") and m.sent.endswith("-04:00")
    assert m.message_id == "<abc123@harrowlib.test>"


def test_spaced_and_reversed_date_keys():
    for key in ("Sent Date", "sent_date", "date-sent", "DATE_SENT"):
        (m,) = read_json_mail(_export(key, "Message ID"), file="x.json", timezone="America/New_York")
        assert m.sent.startswith("2024-10-06T16:05"), key
        assert m.message_id == "<abc123@harrowlib.test>", key
