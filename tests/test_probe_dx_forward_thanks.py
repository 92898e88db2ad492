"""A third party thanking an officer for a note that forwards a gift's thread with other news (an introduction, a
code) is no passing on of the gift: the note names no thing given. Invented wording."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import CORA, OTTO, VERA, FakeIndex, gift_triples, msg, run


def test_thanks_for_a_forward_about_an_introduction_passes_nothing_on():
    offer = msg(VERA, [OTTO], "Yard cams for the precinct", "We'll donate 2 Yard Light Cams to you, free of charge.")
    ok = msg(OTTO, [VERA], "RE: Yard cams for the precinct", "Thank you, we accept.", day=2)
    fw = msg(OTTO, [CORA], "FW: Yard cams for the precinct",
             "Cora,\n\nYou said your board is picking a camera supplier. Shall I put you in touch with Vera at Acme?",
             day=3)
    thanks = msg(CORA, [OTTO], "RE: FW: Yard cams for the precinct",
                 "Otto - thank you. Yes please, an introduction would help.", day=4)
    _, edges = run([offer, ok, fw, thanks], FakeIndex().see(offer, ok, fw, thanks))
    assert gift_triples(edges) == [("v1", "o1", 2 * 249.0)]


def test_thanks_for_the_things_the_officer_brought_over_still_passes_them_on():
    offer = msg(VERA, [OTTO], "Yard cams", "We'll donate 2 Yard Light Cams to you, free of charge.")
    fw = msg(OTTO, [CORA], "FW: Yard cams", "Cora, I'm bringing both cameras over to the chapel on Sunday.", day=3)
    thanks = msg(CORA, [OTTO], "RE: FW: Yard cams",
                 "On behalf of St. Ann Church, thank you for bringing the two cameras over!", day=9)
    _, edges = run([offer, fw, thanks], FakeIndex().see(offer, fw, thanks))
    assert ("o1", "org_ch", 2 * 249.0) in gift_triples(edges)
