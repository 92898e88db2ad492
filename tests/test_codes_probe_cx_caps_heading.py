"""A drafted profile's code shape (capitals joined by a hyphen) fits a heading's English words printed in
capitals near a promo offer: "HANDS-ON", "FOLLOW-UP" are no codes; a code of that shape is (probe CX)."""
from giftgraph.nlp.codes import CodeFinder

WORDS = {"hands", "on", "follow", "up", "register", "free", "workshop", "mapping", "session", "code", "off",
         "open", "all", "early", "price", "ends", "friday", "street", "level", "use", "need", "needed"}


def test_a_heading_in_capitals_near_a_promo_offer_is_no_code():
    f = CodeFinder(words=WORDS, patterns=[r"[A-Z]{2,10}(?:-[A-Z0-9]*[A-Z][A-Z0-9]*){1,3}"], context=["code"], window=15)
    text = ("EARLY PRICE ENDS FRIDAY\nUse code QX-TRAMWAY for 10% off. Open to all.\n\n"
            "FREE HANDS-ON WORKSHOP: STREET-LEVEL MAPPING\nOne session, no code needed.")
    assert [h.text for h in f.find(text)] == ["QX-TRAMWAY"]
