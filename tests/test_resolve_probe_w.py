"""Person resolution (probe W): an office's box named by its title ("chief@" of a fire district) is no surname: a
given name printed with it ("Gus") is not named "Gus Chief". Invented names and addresses."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)
import pytest

from giftgraph.ingest.message import Address
from giftgraph.nlp.profile import Profile
from giftgraph.nlp.resolve import Resolver


@pytest.fixture(scope="module")
def ring():
    return Profile.load("ring_lapd")


def test_a_title_mailbox_names_no_one(ring):
    msgs = [ew.msg(Address(name, email), [ew.DANA], f"Subject {i}", "?\n", page=i + 1)
            for i, (name, email) in enumerate([("Gus", "chief@alderfordfire.example"), ("Zhen", "zhen.kowal@lab.example")])]
    res = Resolver(ring, msgs)
    res.merge_headers()
    assert res.canonical_name(res.clusters[res.uf.find("e:chief@alderfordfire.example")]) != "Gus Chief"
    assert res.canonical_name(res.clusters[res.uf.find("e:zhen.kowal@lab.example")]) == "Zhen Kowal"
