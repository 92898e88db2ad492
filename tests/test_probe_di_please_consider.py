""""Please consider them on us" / "please consider the pair a gift" after the things are offered: the "please
consider" of a handing over asks nothing of the reader; "please consider our proposal" still asks.

Uses the invented world of test_relations.py (vendor Vera of Acme Cams, officer Otto); the wording is new here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gift_triples as gifts
from test_relations import run, vendor_thread


def test_please_consider_them_on_us_after_the_offer_is_a_gift():
    _, edges = run(vendor_thread(
        "Otto, we'd love for you to have two box seats for Friday's hockey night. They are $210 apiece, "
        "but please consider them on us.",
        "Very generous of you, I'll happily take them. Thanks!"))
    assert [g[2] for g in gifts(edges)] == [420.0]


def test_please_consider_the_pair_a_gift():
    _, edges = run(vendor_thread(
        "Otto, I'd love for you to have two tickets to the symphony gala. Please consider them a gift.",
        "That's kind, thank you - they'll get used."))
    assert len(gifts(edges)) == 1


def test_please_consider_our_proposal_is_still_no_gift():
    _, edges = run(vendor_thread(
        "Otto, the quote for two lanterns is attached. Please consider our proposal before the board meets.",
        "Thanks, we'll review it."))
    assert gifts(edges) == []
