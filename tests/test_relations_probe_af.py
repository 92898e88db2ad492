"""GIFT wording met by probe AF (one OCR'd text file of a home-camera vendor and a mid-size city's police), each rule
with a near case it leaves alone. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

SIG = "\n\nVera Vendor\nAcme Cams"


def _gifts(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_no_charge_for_the_pilot_itself_is_a_loan():
    """"We can loan the division eight X for a 45-day pilot ... No charge for the pilot itself.": what costs nothing
    is the pilot, the things go back at its end; a yes, and a "Thx." at the pick-up, give nothing. Things sent for a
    pilot at no charge and left with the reader are still given."""
    offer = msg(VERA, [OTTO], "Boat ramp pilot", "Otto,\n\nPer our call, we can loan Quarry Division eight Yard Light "
                                                 "Cams for a 45-day pilot on the two boat ramps. When the 45 days are up "
                                                 "our tech will collect them. No charge for the pilot itself." + SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: Boat ramp pilot", "Sounds good, go ahead.\n\nOtto", day=2)
    end = msg(VERA, [OTTO], "RE: Boat ramp pilot", "Otto, the pilot wraps up Friday; our tech can pull the eight units "
                                                   "that morning." + SIG, day=20)
    thx = msg(OTTO, [VERA, SID], "RE: Boat ramp pilot", "Friday works. Sid, can you have someone there to open the "
                                                        "gate? Thx.\n\nOtto", day=21)
    assert _gifts(offer, yes, end, thx) == []
    kept = msg(VERA, [OTTO], "Boat ramp pilot", "Otto,\n\nI'm sending two Porch Cams for the pilot, no charge for the "
                                                "pilot, and you can keep them afterwards." + SIG, day=1)
    got = msg(OTTO, [VERA], "RE: Boat ramp pilot", "Both came in this morning, thanks!\n\nOtto", day=3)
    assert _gifts(kept, got) == [("v1", "o1", 398.0)]


def test_a_third_party_thanks_the_officer_for_the_things_counted_by_their_kind():
    """A church's thanks under a subject of its own, weeks later, "for bringing the five cameras to Sunday's bazaar":
    the officer passed on the five Porch Cams the vendor gave him (the one gift of the weeks before of five things
    of that kind); a count that fits no gift, or no count at all, says nothing of which."""
    sent = msg(VERA, [OTTO], "RE: church bazaar", "Hi Otto!\n\nHappy to help. I'm mailing a carton of five Porch Cams to "
                                                  "you at the Quarry station, on us, for the bazaar prize table." + SIG, day=1)
    got = msg(OTTO, [VERA], "RE: church bazaar", "Carton arrived this morning, all five. Thanks Vera.\n\nOtto", day=3)

    def thanks(what):
        return msg(CORA, [OTTO], "Thank you from St. Ann!", "Officer Otto,\n\nOn behalf of everyone at St. Ann Church, "
                                                            f"thank you for bringing {what} to Sunday's bazaar. The "
                                                            "winners were delighted. Please thank the Acme folks for us "
                                                            "too.\n\nCora Civilian\nSt. Ann Church", day=25)
    assert _gifts(sent, got, thanks("the five cameras")) == [("o1", "org_ch", 995.0), ("v1", "o1", 995.0)]
    assert _gifts(sent, got, thanks("the three cameras")) == [("v1", "o1", 995.0)]
    assert _gifts(sent, got, thanks("the cameras")) == [("v1", "o1", 995.0)]


def test_a_third_partys_thanks_gives_to_the_writers_own_group_not_a_place_it_names():
    """"The five cameras you brought over are now installed at Birch Lane School and the parish hall", signed for St. Ann
    Church under a subject of its own: the officer passed them on to the church that writes, not to the school the
    thanks names as where they went up."""
    from test_relations import NODES, _node
    index = FakeIndex({**NODES, "org_sch": _node("org_sch", "organization", "Birch Lane School", [])})
    sent = msg(VERA, [OTTO], "RE: parish hall", "Hi Otto!\n\nI'm mailing a carton of five Porch Cams to you at the "
                                                "Quarry station, on us, for the parish watch." + SIG, day=1)
    got = msg(OTTO, [VERA], "RE: parish hall", "Carton arrived this morning, all five. Thanks Vera.\n\nOtto", day=3)
    thanks = msg(CORA, [OTTO], "Thank you from St. Ann!", "Officer Otto,\n\nThe five cameras you brought over are now "
                                                          "installed at Birch Lane School and the parish hall. Thank you, "
                                                          "and the Acme folks too.\n\nCora Civilian\nSt. Ann Church",
               day=25)
    assert gifts(run([sent, got, thanks], index.see(sent, got, thanks))[1]) == [("o1", "org_ch", 995.0),
                                                                                ("v1", "o1", 995.0)]
