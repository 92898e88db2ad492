"""Probe CV: a nickname made of an epithet and the given name ("Big Lou", "Lil Dom") printed on a personal
webmail address whose local part holds the surname ("biglou.varga@"): the one Lou Varga of the release, not a
person of its own named "Big" with the surname "Lou". Every name and address is invented for these tests."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.ingest.message import Address
from giftgraph.nlp.names import parse_name
from giftgraph.nlp.profile import Profile
from giftgraph.nlp.resolve import Resolver

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)


@pytest.fixture(scope="module")
def ring():
    return Profile.load("ring_lapd")


def _from(*senders):
    return [ew.msg(Address(name, email), [ew.DANA], f"Subject {i}", "?\n", page=i + 1)
            for i, (name, email) in enumerate(senders)]


def test_an_epithet_before_a_given_name_is_no_surname():
    assert (parse_name("Big Lou").first, parse_name("Big Lou").last) == ("Lou", "")
    assert (parse_name("Lil Dom").first, parse_name("Lil Dom").last) == ("Dom", "")
    assert (parse_name("Big Lou Varga").first, parse_name("Big Lou Varga").last) == ("Big", "Varga")  # left as it was


def test_a_nickname_on_webmail_joins_the_one_person_whose_surname_the_address_holds(ring):
    msgs = _from(("Lou Varga", "lou@vargahauling.example"), ("Big Lou", "biglou.varga@webpost.example"),
                 ("Ana Varga", "ana@vargahauling.example"), ("Lil Dom", "lildom.pryce@webpost.example"),
                 ("Ted Pryce", "ted@pryce.example"))
    res = Resolver(ring, msgs)
    res.merge_headers()
    lou = res.clusters[res.uf.find("e:biglou.varga@webpost.example")]
    assert lou.emails == {"lou@vargahauling.example", "biglou.varga@webpost.example"}
    # the surname alone, with a given name nobody of that surname has, joins no one
    dom = res.clusters[res.uf.find("e:lildom.pryce@webpost.example")]
    assert dom.emails == {"lildom.pryce@webpost.example"}
