"""PROMOTED wording met by probe AJ (a campus officer answering another district's question about wearable alarms).
Every sentence is invented for these tests."""
from __future__ import annotations

import pytest


def _promoted(parser, body):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_relations import CORA, OTTO, FakeIndex, Profile, msg, of_type

    from giftgraph.nlp.relations import extract_relations

    m = msg(OTTO, [CORA], "yard cameras?", body + "\n\nOtto")
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
def test_them_got_after_the_one_product_praised_is_that_product(parser):
    """"Truthfully the Yard Light Cam is the best purchase our station has made. I'd tell your captain to buy
    them.": what one buys is the product just named (singular or not), not the vendor; "they" praised as a company
    ("They answer the phone on a Sunday.") stays the vendor's."""
    praise = "Cora - it works. Truthfully the Yard Light Cam is the best purchase our station has made."
    assert _promoted(parser, praise + " I'd tell your captain to buy them, no question.") == [("o1", "p_flood")]
    assert _promoted(parser, praise + " I recommend them to anyone, they answer the phone on a Sunday.") == \
        [("o1", "org_v"), ("o1", "p_flood")]
