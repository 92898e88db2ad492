"""The gift reader asks for the labels only a parse gives (purchase, loan, condition, request, ...) after its cheap
tests: a sentence with a verb of giving that names no vendor as its subject, or the sentence after a gift with no
price "but on us" in it, is never parsed for those checks. On a large release most messages hold such sentences;
asked first, the labels parsed every one of them (Enron 4k re-extraction: 29 s -> 71 s of CPU). Every line is
invented for this test (the invented world of ``test_unseen_release.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import GIDEON, HANA, OWEN, _build

# mail that names the vendor and its product, about nothing the vendor gave: verbs of giving with other subjects
MAIL = [
    (f"n{i:02d}", sender, to, subject, f"Mon, {6 + i} Jan 2025 09:12:00 -0700", body)
    for i, (sender, to, subject, body) in enumerate([
        (HANA, GIDEON, "Rota", "Gideon,\n\nThe county gave us the new rota yesterday. Lumenfield is visiting on "
                               "Tuesday about the Halo Cam order.\n\nHana"),
        (OWEN, GIDEON, "Keys", "Gideon,\n\nFacilities sent the spare keys to the front desk for the unit. "
                               "The Lumenfield invoice is in the grey box.\n\nOwen"),
        (GIDEON, HANA, "Re: Rota", "Hana,\n\nThe union handed me a copy of the agreement. I'll bring it Friday.\n\n"
                                   "Gideon"),
    ])
]


@pytest.mark.model
def test_the_vendor_goods_check_parses_nothing_for_a_sentence_it_rules_out_cheaply(tmp_path, monkeypatch):
    from giftgraph.nlp.analysis import Parser
    from giftgraph.nlp.relations.gifts import _GiftReader

    parsed: list[str] = []
    real_parse, real_check = Parser.__call__, _GiftReader._goods_sent_us

    def recording(self, text):
        parsed.append(text)
        return real_parse(self, text)

    inside: list[tuple[str, bool, int]] = []  # (sentence, the check's answer, parses made while it ran)

    def check(self, s):
        before = len(parsed)
        got = real_check(self, s)
        inside.append((s.text, got, len(parsed) - before))
        return got

    monkeypatch.setattr(Parser, "__call__", recording)
    monkeypatch.setattr(_GiftReader, "_goods_sent_us", check)
    _build(tmp_path, MAIL)
    asked = {text: (got, n) for text, got, n in inside}
    # each sentence with a verb of giving was asked, ruled out, and parsed nothing for it
    for said in ("The county gave us the new rota yesterday.",
                 "Facilities sent the spare keys to the front desk for the unit.",
                 "The union handed me a copy of the agreement."):
        assert asked.get(said) == (False, 0), (said, asked)
