"""`Message.to_dict` is `dataclasses.asdict` written out: the same dict, the same key order, copies."""
import dataclasses
import json

from giftgraph.ingest.message import Address, Message, Provenance


def _rich() -> Message:
    return Message(
        sender=Address(name="Wren Okafor", email="wokafor@lanternworks.example", raw="Wren Okafor <wokafor@...>", org="LW"),
        sent="2016-04-02T09:15:00-07:00", to=[Address(name="Sgt. Ivo Marsh"), Address(email="desk@precinct9.example")],
        cc=[Address(name="Pell, Dana", email="dpell@precinct9.example")], subject="RE: the two porch cams",
        body="Both units are yours, no invoice.\n\nWren", sent_raw="Sat 4/2/2016 9:15 AM",
        provenance=[Provenance(file="binder.pdf", page=12, bates="PD-000341"),
                    Provenance(file="binder.pdf", page=40, quoted=True,
                               dedup={"reading": "msg-0001", "evidence": ["same minute", "same sender"]}),
                    Provenance(file="export.xlsx", sheet="Inbox", rows="12-14")],
        redactions=2, attachments=["quote.pdf"], in_reply_to="msg-00aa", thread="msg-0099", message_id="<a1@x>")


def test_to_dict_is_asdict():
    for m in (_rich(), Message(sender=Address())):
        d, ref = m.to_dict(), dataclasses.asdict(m)
        assert d == ref
        assert json.dumps(d) == json.dumps(ref)  # key order too (messages.jsonl is written in it)
        assert [list(p) for p in d["provenance"]] == [list(p) for p in ref["provenance"]]


def test_to_dict_copies_what_it_holds():
    m = _rich()
    d = m.to_dict()
    d["to"].append({"name": "x"})
    d["attachments"].append("y")
    d["provenance"][1]["dedup"]["evidence"].append("z")
    assert len(m.to) == 2 and m.attachments == ["quote.pdf"]
    assert m.provenance[1].dedup == {"reading": "msg-0001", "evidence": ["same minute", "same sender"]}
    assert Message.from_dict(m.to_dict()) == m
