"""A calendar invitation whose description holds a note its organiser wrote to the invitees is read like a letter:
the hospitality it offers ("my treat", "on us") can be a gift once accepted. The generated lines alone (When/Where
fields, "Join Zoom Meeting", "Going? Yes - Maybe - No") still carry no relation. Every message is invented."""
from __future__ import annotations

import sys
from pathlib import Path

from giftgraph.nlp.relations import RelationRules, load_rules

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

SUBJ = "Invitation: Lunch at the Tidewater Oyster Bar @ Wed Jun 1, 2016 12pm - 1:30pm (PDT) (otto@pd.example)"
HEAD = ("You have been invited to the following event.\n\nLunch at the Tidewater Oyster Bar\n"
        "When: Wed Jun 1, 2016 12pm - 1:30pm Pacific Time\nWhere: Tidewater Oyster Bar, 40 Wharf Lane\n"
        "Organizer: Vera Vendor\n\n")
FOOT = "\n\nGoing? Yes - Maybe - No\nInvitation from Google Calendar"


def _rules():
    return RelationRules(load_rules(None))


def test_an_invitation_with_the_organisers_note_is_read_and_its_treat_accepted_is_a_gift():
    inv = msg(VERA, [OTTO], SUBJ, HEAD + "Otto -- I'd like to take you out for lunch at the Tidewater to say thanks. "
              "My treat.\n-- Vera" + FOOT)
    rep = msg(OTTO, [VERA], "Re: " + SUBJ.split(" (otto")[0], "Thanks Vera, sounds great!", day=2)
    _, edges = run([inv, rep], FakeIndex().see(inv, rep))
    assert gifts(edges) == [("v1", "o1", None)]


def test_an_invitation_of_generated_lines_only_is_still_skipped():
    rules = _rules()
    inv = msg(VERA, [OTTO], SUBJ, HEAD + "Join Zoom Meeting\nMeeting ID: 884 1200 3321\nPasscode: 5512" + FOOT)
    assert rules.is_skipped(inv, inv.body) == "calendar"


def test_a_short_agenda_line_is_no_note():
    rules = _rules()
    inv = msg(VERA, [OTTO], SUBJ, HEAD + "Agenda: quarterly review of the account." + FOOT)
    assert rules.is_skipped(inv, inv.body) == "calendar"


def test_a_note_in_the_third_person_only_is_no_letter():
    rules = _rules()
    inv = msg(VERA, [OTTO], SUBJ, HEAD + "Quarterly business review covering deployment status, open support tickets, "
              "training schedule and the renewal timeline for the coming fiscal year." + FOOT)
    assert rules.is_skipped(inv, inv.body) == "calendar"


def test_an_invitations_address_suffix_and_response_prefix_leave_the_thread_key():
    from giftgraph.nlp.relations.threads import subject_key

    base = "Re: Invitation: Lunch at the Tidewater Oyster Bar @ Wed Jun 1, 2016 12pm - 1:30pm (PDT)"
    assert subject_key(SUBJ) == subject_key(base)
    assert subject_key("Accepted: Lunch at the Tidewater Oyster Bar @ Wed Jun 1, 2016 12pm - 1:30pm (PDT)") == subject_key(base)
    assert subject_key("Invitation: our spring forum") != subject_key("our spring forum")  # a letter's subject keeps it
