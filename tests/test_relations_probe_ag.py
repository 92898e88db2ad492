"""Probe AG: kinds of statement an invented release (an evidence-software vendor and a transit police) showed the
relations stage misreading. Every sentence is worded anew for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gift_triples, msg, run  # noqa: E402


def _held_thread(question: str, answer: str):
    return [msg(OTTO, [VERA], "Found in the briefing room", question + "\n\nOtto", day=3),
            msg(VERA, [OTTO], "Re: Found in the briefing room", answer + "\n\nVera Vendor\nAcme Cams", day=4)]


def test_thing_the_reader_holds_and_offers_to_return_kept_is_a_gift():
    # the reader names the vendor's thing left behind and asks whether to send it back; "don't bother" lets it go
    ms = _held_thread("Vera, your Yard Light Cam was still on the table in our briefing room after the walkthrough. "
                      "Shall I courier it back to you?",
                      "Oh good, I was looking for that. Don't bother shipping it back - keep it.")
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 249.0)]


def test_thing_the_reader_holds_sent_back_or_kept_for_a_while_is_no_gift():
    assert gift_triples(run(_held_thread(
        "Vera, your Yard Light Cam demo unit was still in our briefing room. Shall I courier it back to you?",
        "Yes please, courier it back, the label is attached."))[1]) == []
    assert gift_triples(run(_held_thread(
        "Vera, your Yard Light Cam demo unit was still in our briefing room. Shall I courier it back to you?",
        "Hold on to it until the walkthrough in May, then send it back."))[1]) == []
