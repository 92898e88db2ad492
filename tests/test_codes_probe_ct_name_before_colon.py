"""Promo codes met by probe CT: after a code noun, a capitalised name that opens the words about the code ("the
referral code Brightwater gave me: BW-7730", "the promo code Halden sent us: HLD-22") is no code; the code is the
token with letters and digits set out after the colon. A name alone after the noun stays the code ("use referral
code Zentrova at checkout"). Invented codes, names and wording."""
from giftgraph.nlp.codes import CodeFinder

WORDS = {"here", "is", "the", "referral", "code", "gave", "me", "promo", "sent", "us", "use", "at", "checkout", "quote",
         "it", "when", "you", "call", "my", "for", "off", "works", "good"}


def _codes(text):
    return [h.text for h in CodeFinder(words=WORDS).find(text)]


def test_the_code_after_the_colon_not_the_name_that_opens_the_words():
    assert _codes("Here is the referral code Brightwater gave me: BW-7730. Quote it when you call.") == ["BW-7730"]
    assert _codes("Here is the promo code Halden sent us: HLD-22.") == ["HLD-22"]


def test_a_name_alone_after_the_noun_is_still_the_code():
    assert _codes("Use referral code Zentrova at checkout.") == ["Zentrova"]
    assert _codes("My referral code Zentrova is good for 10% off.") == ["Zentrova"]
