"""Wording found by probe CA (a jail-communications vendor and a county sheriff's office, an Outlook CSV export): seats
offered with "we'd love for you to have them"; a basket said with its article; the reader's own share of what goes "to
everyone who" did something, said to be on its way; things the reader's side keeps "as long as you're on our plan"; a
code that "works for everyone"; things that "belong to the division"; a thing the giver will "pick back up" or brought
"so people can try it"; "the X demo camera" as a thing. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread
from test_relations_referral_public_code import referrals


@pytest.mark.parametrize("offer", [
    "Our company box at Sunday's hockey game has three spare seats and we'd love for you to have them. Seats in that "
    "section go for $140 each, so don't let them sit empty.",
    "The corporate suite for the Friday match has three seats nobody is using, and I'd like you and Mira to enjoy them. "
    "Face value is $140 apiece.",
])
def test_seats_offered_as_the_readers_to_have_are_a_gift(offer):
    assert gifts_read(*vendor_thread(offer, "Count us in, thanks!")) == [("v1", "o1", 420.0)]


@pytest.mark.parametrize("offer", [
    "A basket is on its way to you, a small thank-you from all of us at Acme.",
    "We're mailing you a hamper of smoked fish and crackers as a little thank-you for the spring pilot.",
])
def test_a_basket_or_hamper_sent_with_thanks_is_a_gift(offer):
    assert gifts_read(*vendor_thread(offer, "It came this morning, thank you!")) == [("v1", "o1", None)]


def test_the_readers_share_of_a_reward_to_everyone_who_did_it_is_theirs_when_said_to_be_on_its_way():
    offer = ("Thanks for filling in the pilot questionnaire. We send a $75 gift card to everyone who completes it; it "
             "should arrive by Friday.")
    assert gifts_read(*vendor_thread(offer, "Got the card, thanks.")) == [("v1", "o1", 75.0)]
    # a reward said of everyone, none of it said to be coming to the reader
    offer = "Thanks for filling in the pilot questionnaire. We send a $75 gift card to everyone who completes it."
    assert gifts_read(*vendor_thread(offer, "Nice.")) == []


@pytest.mark.parametrize("terms", ["as long as you're on our monitoring plan", "for as long as you stay with us"])
def test_things_kept_while_the_reader_stays_a_customer_are_given(terms):
    offer = f"I'm adding ten Porch Cams to the box for you, free {terms}."
    assert gifts_read(*vendor_thread(offer, "Thanks!")) == [("v1", "o1", 1990.0)]


def test_things_free_only_if_the_reader_signs_are_still_a_condition():
    offer = "I'm adding ten Porch Cams to the box for you, free as long as you sign the three-year renewal."
    assert gifts_read(*vendor_thread(offer, "Thanks!")) == []


@pytest.mark.parametrize("body", [
    "Hand this to visitors: BLOOM15 takes 10% off a Porch Cam through June. It works for everyone, no sign-up needed.",
    "BLOOM15 gives $15 off a Porch Cam. This code is valid for anybody who orders before May.",
])
def test_a_code_that_works_for_everyone_is_nobodys_to_hand_out(body):
    assert referrals(body) == []


def test_a_code_for_everyone_on_the_readers_beat_is_still_theirs():
    assert referrals("Here's BLOOM15 for your flyers: $15 off a Porch Cam. It works for everyone on your beat.") == \
        [("o1", "org_v")]


def test_things_said_to_belong_to_the_readers_division_are_the_divisions():
    offer = "Four Porch Cams are coming with Monday's delivery, no invoice for them. They belong to the division now."
    assert gifts_read(*vendor_thread(offer, "Thank you!")) == [("v1", "d1", 796.0)]


@pytest.mark.parametrize("offer", [
    "For the block party we can bring a Porch Cam so neighbours can try it.",
    "For the block party we can bring a Porch Cam. We'll set it up Saturday and I'll pick it back up Monday.",
    "For the block party we can bring a Porch Cam. Please return it after the party.",
])
def test_a_thing_brought_to_try_or_fetched_back_is_lent(offer):
    assert gifts_read(*vendor_thread(offer, "Great, thanks!")) == []


def test_a_thing_said_to_need_no_return_is_still_given():
    offer = "I'm sending you a Porch Cam, no charge. No need to send it back."
    assert gifts_read(*vendor_thread(offer, "Great, thanks!")) == [("v1", "o1", 199.0)]


def test_the_products_demo_camera_is_a_thing():
    offer = ("We're retiring the Porch Cam demo camera you used at the fair. Rather than ship it back to our depot, "
             "I'd like it to stay with you for good, no charge.")
    assert gifts_read(*vendor_thread(offer, "Oh wow, thank you!")) == [("v1", "o1", 199.0)]
