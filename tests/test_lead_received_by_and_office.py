"""GIFT recipients (found from probe DM; every sentence here is invented for these tests, in the small world of
``test_relations.py``): a thing a courier will "deliver ... to your office" goes to the reader at their office, not
to a unit, however long the clause between; and a log of gifts that says a thing was "received by Olga Officer from
Vera Vendor" names Olga as the one who had it, not the writer of the log."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SID, VENDOR_SIG, VERA, FakeIndex, Mention, gift_triples, gifts_read, msg, run


class PeopleIndex(FakeIndex):
    """The small world's index, which also finds its people's full names in the bodies (as the entity stage does)."""

    def mentions(self, message_id):
        out = list(super().mentions(message_id))
        body = self.bodies.get(message_id, "")
        for n in self.nodes.values():
            if n.kind == "person":
                for mm in re.finditer(r"\b" + re.escape(n.name) + r"\b", body):
                    out.append(Mention(n.name, mm.start(), mm.end(), "PERSON", "person", n.id))
        return sorted(out, key=lambda x: x.start)


def test_delivered_to_your_office_is_the_readers():
    got = gifts_read(msg(VERA, [OTTO], "A token", "Kindly accept this small gift: our courier will deliver a Porch Cam "
                         "(with its solar mount) to your office this week." + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: A token", "It showed up this morning - thank you.\n\nOtto", day=3))
    assert got == [("v1", "o1", 199.0)]


def test_a_log_line_names_who_received_the_thing():
    log = msg(OTTO, [SID], "Gift log", "Sid,\n\nFor the quarterly log:\n\n- one Porch Cam received by Officer Olga "
              "Officer from Acme, no charge, kept.\n\nOtto", day=2)
    got = gift_triples(run([log], PeopleIndex().see(log))[1])
    assert [(r, v) for _g, r, v in got] == [("o2", 199.0)]


def test_a_log_line_with_no_receiver_named_stays_the_writers():
    log = msg(OTTO, [SID], "Gift log", "Sid,\n\nReceived one Porch Cam from Acme today, no charge, ours to keep."
              "\n\nOtto", day=2)
    got = gift_triples(run([log], PeopleIndex().see(log))[1])
    assert [r for _g, r, _v in got] in (["o1"], ["d1"])
