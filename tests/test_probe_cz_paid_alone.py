"""Probe CZ: a disclosure to the writer's own side whose host's paying is said alone, its clause ending there ("Sam
Shipper of Acme took me to lunch Tuesday, he paid, about $40", "... and she paid."): the host paid for the writer, no
purchase of the writer's. Invented wording (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _memo(body: str) -> list:
    m = msg(OTTO, [SID], "FYI", f"Sarge FYI -\n\n{body}\n\nOtto")
    return gifts(run([m], FakeIndex().see(m))[1])


@pytest.mark.parametrize("body,expected", [
    ("Sam Shipper of Acme took me to lunch at the Larder on Tuesday, he paid, about $40 w/ tip.", [("v2", "o1", 40.0)]),
    ("Vera Vendor from Acme Cams took me out for breakfast on Monday and she paid, roughly $25.", [("v1", "o1", 25.0)]),
])
def test_the_hosts_paying_said_alone_is_a_disclosed_treat(body, expected):
    assert _memo(body) == expected


@pytest.mark.parametrize("body", [
    "Sam Shipper of Acme took me to lunch at the Larder on Tuesday, I paid, about $40 w/ tip.",
    "Sam Shipper of Acme took me to lunch at the Larder on Tuesday; we split it, he paid half.",
])
def test_the_writer_paying_is_no_disclosed_treat(body):
    assert _memo(body) == []
