"""Probe CS: chatty vendor mail and Gmail's quoted history.

- a list price with its noun after the pointing word ("list on that unit is $X", "retail for those jackets is $X")
  prices what was given, as "list on that is $X" did;
- a smiley closes a sentence as a stop does ("don't worry about it :) the loaner we need back"), so a later product
  in the same line does not take the price away from the gift before it;
- a message read from the history quoted under a reply prints only its writer ("On <date>, <name> wrote:"): who
  answered it got it, so its "you" is the replier;
- "Doc Surname" is a title and a surname, as "Dr. Surname" is: the person of that surname, no new person.
Every sentence and name is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, VERA, FakeIndex, _node, msg, run, vendor_thread
from test_relations import gift_triples as gifts

from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.nlp.relations import split_sentences

# a product the catalogue gives no price
_NODES = dict(NODES)
_NODES["p_rack"] = _node("p_rack", "product", "Tidewater Rack", ["Rack"])


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Rack trial")
    return gifts(run(th, FakeIndex(_NODES).see(*th))[1])


def test_list_price_with_a_noun_after_that():
    assert _gifts("No need to send the trial Tidewater Rack back when you're done - keep it. List on that model is "
                  "$3,150, but never mind that.", "Much obliged.") == [("v1", "o1", 3150.0)]


def test_list_price_without_the_noun_still_reads():
    assert _gifts("No need to send the trial Tidewater Rack back when you're done - keep it. List on that is "
                  "$3,150, but never mind that.", "Much obliged.") == [("v1", "o1", 3150.0)]


def test_a_smiley_ends_the_sentence_before_another_product():
    assert _gifts("No need to send the trial Tidewater Rack back, keep it. list on that model is $3,150 but "
                  "whatever ;) the Porch Cam sample has to come back next week.", "Much obliged.") \
        == [("v1", "o1", 3150.0)]


def test_smileys_split_sentences_but_not_inside_words():
    t = "keep it :) the sample comes back. fine :-) OK then. a note:) stays"
    assert [t[s:e] for _p, s, e in split_sentences(t)] == ["keep it :)", "the sample comes back.", "fine :-)",
                                                           "OK then.", "a note:) stays"]


def test_a_quoted_message_with_no_recipients_is_to_the_one_who_answered_it():
    quoted = msg(VERA, [], "Friday?", "Free Friday night? Booked a table at the Larder, dinner's on me.\n\nVera",
                 day=3, hour=9)
    reply = msg(OTTO, [VERA], "Re: Friday?", "Count me in.\n\nOtto", day=3, hour=11)
    assert gifts(run([quoted, reply], FakeIndex().see(quoted, reply))[1]) == [("v1", "o1", None)]


def test_a_quoted_message_not_answered_by_a_reply_to_its_writer_gets_no_recipient():
    quoted = msg(VERA, [], "Friday?", "Free Friday night? Booked a table at the Larder, dinner's on me.\n\nVera",
                 day=3, hour=9)
    other = msg(OTTO, ["olga@pd.example"], "Re: Friday?", "Olga, see below.\n\nOtto", day=3, hour=11)
    assert gifts(run([quoted, other], FakeIndex().see(quoted, other))[1]) == []


def test_doc_and_a_surname_is_the_person_of_that_surname():
    from giftgraph.nlp.extract import extract

    def m(frm, to, subject, body, sent):
        return Message(sender=Address(name=frm[0], email=frm[1]), to=[Address(name=t[0], email=t[1]) for t in to],
                       subject=subject, body=body, sent=sent, provenance=[Provenance(file="t.eml")])

    ines, pell = ("Ines Halloran", "ihalloran@fennwick.gov"), ("Pell Ardmore", "pardmore@fennwick.gov")
    msgs = [
        m(ines, [pell], "Protocol review", "Pell,\n\nCan we meet Tuesday about the airway protocol?\n\n"
          "Ines Halloran, MD\nMedical Director\n", "2021-03-01T10:00:00-06:00"),
        m(pell, [ines], "RE: Protocol review", "Tuesday works.\n\nPell", "2021-03-01T11:00:00-06:00"),
        m(pell, [("Tova Renn", "trenn@fennwick.gov")], "Tuesday",
          "FYI I'm meeting Doc Halloran on Tuesday about the airway protocol.\n\nPell", "2021-03-02T11:00:00-06:00"),
    ]
    people = sorted(n.name for n in extract(msgs).nodes if n.kind == "person")
    assert people == ["Ines Halloran", "Pell Ardmore", "Tova Renn"]
