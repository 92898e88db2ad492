"""Probe AG: kinds of statement an invented release (an evidence-software vendor and a transit police) showed the
relations stage misreading. Every sentence is worded anew for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, gift_triples, msg, run  # noqa: E402


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


def test_costs_summed_with_one_priced_each_are_each_readers():
    # "your pass ($X each) and N nights ($Y/night)" written to two people: each gets the whole sum, not half of it
    body = ("Otto, Olga,\n\nWe'd love to bring you both to the regional summit in Denver. Acme will pay for your "
            "summit registration ($640 each) and two nights at the lodge ($185/night).\n\nVera Vendor\nAcme Cams")
    ms = [msg(VERA, [OTTO, OLGA], "Denver summit", body, day=5),
          msg(OTTO, [VERA], "Re: Denver summit", "Count us in, thanks.\n\nOtto", day=6)]
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 1010.0), ("v1", "o2", 1010.0)]


def test_costs_summed_with_no_amount_each_are_still_shared():
    body = ("Otto, Olga,\n\nWe'd love to bring you both to the regional summit in Denver. Acme will pay for the "
            "summit registrations ($1,280) and two nights at the lodge ($185/night).\n\nVera Vendor\nAcme Cams")
    ms = [msg(VERA, [OTTO, OLGA], "Denver summit", body, day=5),
          msg(OTTO, [VERA], "Re: Denver summit", "Count us in, thanks.\n\nOtto", day=6)]
    assert sum(v for *_, v in gift_triples(run(ms)[1])) == 1650.0  # the total, not each one's


def test_a_pass_taken_on_for_the_reader_is_a_cost_covered():
    # "pass", "admission", "tuition" are costs one covers for someone, as "registration" and "hotel" are
    body = "Otto,\n\nAcme will pick up your expo pass ($375) for the Phoenix show.\n\nVera Vendor\nAcme Cams"
    ms = [msg(VERA, [OTTO], "Phoenix expo", body, day=7),
          msg(OTTO, [VERA], "Re: Phoenix expo", "I'll be there, thank you!\n\nOtto", day=8)]
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 375.0)]
