"""Who a gift is for when the greeting names one reader by a title another copied reader shares: "Dear Chief Otto," names
Otto, not Deputy Chief Olga on the Cc line (a word of both their names or titles tells neither apart); and "at your
office in the coming days" speaks of one office, not of things of the reader's in the plural. Every sentence is
invented (the small world of ``test_relations.py``, its two officers given titles)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OLGA, OTTO, VENDOR_SIG, VERA, FakeIndex, Node, msg, run
from test_relations import gift_triples as gifts

TITLED = dict(NODES)
for _k, _alias in (("o1", "Chief Otto"), ("o2", "Deputy Chief Olga")):
    _n = NODES[_k]
    TITLED[_k] = Node(id=_k, kind=_n.kind, name=_n.name, aliases=[*_n.aliases, _alias], emails=list(_n.emails),
                      attrs=dict(_n.attrs))


def _gifts(body, nodes=TITLED):
    m = msg(VERA, [OTTO], "Season's greetings", body + VENDOR_SIG, day=1, cc=[OLGA])
    return gifts(run([m], FakeIndex(nodes).see(m))[1])


def test_a_title_both_readers_share_names_only_the_one_greeted():
    assert _gifts("Dear Chief Otto, as the year draws to a close we thank you and your people for a good year. Herewith "
                  "we send you a small hamper of smoked fish and cheeses, value approx. $110, which should arrive at "
                  "your office in the coming days.") == [("v1", "o1", 110.0)]


def test_one_thing_sent_to_the_you_of_a_greeting_naming_both_is_theirs_together():
    # ("at your office in the coming days" is one office, no plural of yours; the greeting names both readers)
    assert _gifts("Dear Otto and Olga, as the year draws to a close we thank you both for a good year. Herewith we "
                  "send you a small hamper of smoked fish and cheeses, value approx. $110, which should arrive at your "
                  "office in the coming days.", NODES) == [("v1", "o1", 55.0), ("v1", "o2", 55.0)]


def test_a_sentence_turned_to_one_of_them_by_name_is_that_one_s():
    assert _gifts("Dear Otto and Olga, thank you both for a good year. Otto, we send you a small hamper of smoked fish, value "
                  "approx. $110, which should arrive at your office soon.", NODES) == [("v1", "o1", 110.0)]
