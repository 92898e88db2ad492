"""Answers written inside the quoted copy of the message they answer ("see my answers inline") belong to the reply,
not to the quoted message: by initials ("[PN] ..."), outside the "> " lines of a "> "-quoted copy, or in capitals
when the reply says so. And the reply's signature is the one above its quoted lines. Invented wording."""
from __future__ import annotations

from giftgraph.ingest.printed import split_text
from giftgraph.nlp.signature import signature_end, split_signature

HEAD = """From:\tPriya Nandakumar
Sent:\tThursday, April 9, 2026 3:05 PM
To:\tOswin Tarrant
Subject:\tRE: Booth passes

Oswin - replies inline{how}.

Priya

Priya Nandakumar
Records Supervisor
Corlett City Clerk's Office

{sep}
From: Oswin Tarrant <otarrant@lumenfile.example>
Sent: Thursday, April 9, 2026 11:40 AM
To: Priya Nandakumar <pnandakumar@corlettclerk.example>
Subject: Booth passes

"""


def _two(text):
    msgs = split_text(text, file="t.txt", timezone="America/Chicago")
    assert len(msgs) == 2
    return msgs[0], msgs[1]


def test_initialled_answers_move_to_the_reply():
    text = HEAD.format(how="", sep="_" * 32) + (
        "Priya,\n\nWe can hold two expo passes for your team at no cost. Shall I send them over?\n\n"
        "[PN] Yes please, send both.\n\nAlso, is Friday still good for the demo?\n\n[PN] Friday works.\n\n"
        "Thanks,\nOswin Tarrant\nLumenfile Inc.\n")
    reply, quoted = _two(text)
    assert "[PN] Yes please, send both." in reply.body and "> We can hold two expo passes" in reply.body
    assert "[PN]" not in quoted.body and "We can hold two expo passes" in quoted.body
    assert quoted.provenance[0].quoted


def test_answers_between_quoted_lines_move_to_the_reply():
    text = HEAD.format(how="", sep="-----Original Message-----") + (
        "> Priya,\n>\n> We can hold two expo passes for your team at no cost. Shall I send them over?\n\n"
        "Yes please, send both.\n\n> Is Friday still good for the demo?\n\nFriday works.\n\n> Thanks,\n> Oswin Tarrant\n")
    reply, quoted = _two(text)
    assert "Yes please, send both." in reply.body and "Friday works." in reply.body
    assert "Yes please" not in quoted.body and "Friday works" not in quoted.body
    assert "We can hold two expo passes" in quoted.body and ">" not in quoted.body


def test_answers_in_capitals_move_when_the_reply_says_so():
    text = HEAD.format(how=", in caps", sep="_" * 32) + (
        "Priya,\n\nWe can hold two expo passes for your team at no cost. Shall I send them over?\n\n"
        "YES PLEASE, SEND BOTH TO THE FRONT DESK.\n\nThanks,\nOswin Tarrant\nLumenfile Inc.\n")
    reply, quoted = _two(text)
    assert "YES PLEASE, SEND BOTH" in reply.body and "YES PLEASE" not in quoted.body


def test_a_quoted_message_without_answers_is_left_alone():
    text = HEAD.format(how="", sep="_" * 32) + (
        "Priya,\n\nWe can hold two expo passes for your team. Shall I send them over?\n\n"
        "Thanks,\nOswin Tarrant\nLumenfile Inc.\n")
    reply, quoted = _two(text)
    assert "expo passes" not in reply.body and "expo passes" in quoted.body


def test_the_signature_of_an_inline_reply_is_the_one_above_its_quoted_lines():
    body = ("Oswin - replies inline.\n\nPriya\n\nPriya Nandakumar\nRecords Supervisor\nCorlett City Clerk's Office\n\n"
            "> Shall I send the passes over?\n\nYes please, send both.\n\n> Is Friday good?\n\nFriday works.")
    sig = split_signature(body, signature_end(body))
    assert any("Corlett City Clerk" in line.text for line in sig.lines)
