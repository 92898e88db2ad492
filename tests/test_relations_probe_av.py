"""GIFT wording met by probe AV (a GroupWise print: a European body-camera vendor writing unidiomatic English to a
school district's police), each rule with a near case it leaves alone. Every sentence is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, SID, VERA, FakeIndex, _node, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def _offer(subject, body):
    return (msg(VERA, [OTTO], subject, body),
            msg(OTTO, [VERA], "RE: " + subject, "Vera, that works for us, thank you.\n\nOtto", day=2))


def test_things_counted_by_their_kind_are_the_product_the_subject_names():
    """"we are glad to give you three cameras without costs" under the subject "Porch Cam evaluation cameras": three
    Porch Cams, as if named; the same sentence under a subject naming no product, or lending them, gives nothing."""
    body = "Dear Officer,\n\nwe are glad to give you three cameras without costs, you can keep them.\n\nKind greetings\nVera"
    assert _run(*_offer("Porch Cam evaluation cameras", body)) == [("v1", "o1", 597.0)]
    assert _run(*_offer("evaluation cameras", body)) == []
    lent = "Dear Officer,\n\nwe can lend you three cameras free of charge for 45 days, please send them back after.\n\nVera"
    assert _run(*_offer("Porch Cam evaluation cameras", lent)) == []
    kept = "Dear Officer,\n\nplease keep the two cameras, no charge.\n\nVera"
    assert _run(*_offer("Porch Cam evaluation cameras", kept)) == [("v1", "o1", 398.0)]


def test_a_unit_the_reader_names_in_a_sentence_is_not_the_readers_own():
    """A chief who writes "I asked the sergeant who runs our Quarry Division to test them" belongs to no unit by that:
    a gift "to the department" for that chief goes to the organisation of the chief's address, else the chief. Signed under the unit's name, the unit is
    the chief's."""
    said = msg(SID, [VERA], "RE: demo", "Vera,\n\nI asked the sergeant who runs our Quarry Division to test them.\n\nSid")
    signed = msg(SID, [VERA], "RE: demo", "Vera,\n\nNoted, thanks.\n\nSid Sergeant\nQuarry Division")
    offer = msg(VERA, [SID], "extra", "Dear Chief,\n\nwe like to give to the department one more Relay Chime free of "
                "charge.\n\nVera", day=3)
    yes = msg(SID, [VERA], "RE: extra", "Vera, that works, thank you.\n\nSid", day=4)
    assert _run(said, offer, yes) == [("v1", "s1", 29.0)]  # (this small world gives no address an organisation)
    assert _run(signed, offer, yes) == [("v1", "d1", 29.0)]


def test_an_add_on_named_before_the_count_it_is_for():
    """"the X add-on for all 25 officers": the "on" of "add-on" is no count's lead, and the count after "for" is how
    many of the service are given."""
    nodes = dict(NODES)
    nodes["p_plan"] = _node("p_plan", "product", "Guard Plan", [], unit_price_usd=100, unit="year", device=False)
    offer = msg(VERA, [OTTO], "offer", "Dear Otto,\n\nwe give one more Porch Cam free of charge, and the Guard Plan "
                "add-on for all 25 officers for the first year.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: offer", "Thanks Vera, I accept.\n\nOtto", day=2)
    _, edges = run([offer, yes], FakeIndex(nodes).see(offer, yes))
    items = [x.attrs.get("items") for x in edges if x.type == "GIFT"]
    assert items and {"product": "p_plan", "quantity": 25} in items[0], items


def test_a_unit_word_after_a_modifier_of_the_readers():
    """"for your dispatch team" is the reader's unit as "for your team" is; "your dispatch number" names no unit."""
    signed = msg(SID, [VERA], "hello", "Vera,\n\nThanks.\n\nSid Sergeant\nQuarry Division")
    offer = msg(VERA, [SID], "lunch", "Dear Sid,\n\nas a small thank you for your dispatch team we send a Relay Chime "
                "free of charge.\n\nVera", day=2)
    yes = msg(SID, [VERA], "RE: lunch", "Vera, it came today, thank you!\n\nSid", day=3)
    assert _run(signed, offer, yes) == [("v1", "d1", 29.0)]
