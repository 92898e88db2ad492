"""REFERRAL (found from probe EF's leftovers; invented wording): a code a body posted, emailed or sent to all its
members ("the spring code KITE20 that the guild posted for all members") is that membership's, anyone's in it, and
nobody's to hand out; a writer who posts a code for the members themselves is passing it on."""
from __future__ import annotations

import pytest

from giftgraph.nlp.relations.referrals import _public


@pytest.mark.parametrize("text", [
    "Ines will book her own seat with the spring code KITE20 that the guild posted for all members.",
    "The federation emailed code FED-15 to every member last week, so use that.",
    "The code was circulated to all of its members in the March bulletin.",
])
def test_a_code_a_body_gave_its_whole_membership_is_public(text):
    assert _public(text)


@pytest.mark.parametrize("text", [
    "I posted my code OTTO10 for all members of the county chiefs' list.",
    "We've sent your code to every member of the task force.",
])
def test_a_writer_passing_a_code_to_members_is_not(text):
    assert not _public(text)
