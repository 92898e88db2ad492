"""Promo codes by shape and context (giftgraph.nlp.codes): invented codes, names and wording."""
from collections import Counter

import pytest

from giftgraph.nlp.codes import CodeFinder, code_key, code_names, find_known

WORDS = {
    "free", "shipping", "order", "number", "welcome", "blue", "slot", "review", "conduct", "summer", "sale",
    "birch", "maple", "neighbor", "neighbors", "share", "apply", "code", "works", "still", "live", "gear",
    "promo", "materials", "word", "thanks", "enforcement", "checkout", "nav", "logo", "home", "page",
}


@pytest.fixture(scope="module")
def finder():
    return CodeFinder(words=WORDS)


def texts(finder, text):
    return [h.text for h in finder.find(text)]


@pytest.mark.parametrize("text, codes", [
    ("Use code xyz-50 for 15% off your first camera.", ["xyz-50"]),
    ("Promo code: FRIEND.2023 is good through June.", ["FRIEND.2023"]),
    ("just use quill.77 at checkout", ["quill.77"]),
    ("Have them enter ab 12 cd at checkout and it knocks off a tenth.", ["ab 12 cd"]),
    ("Sign up at https://shop.example.net/start?promo=zq77x&utm_source=mail today", ["zq77x"]),
    ("details at www.example.org/invite/MAPLE-44 if you want them", ["MAPLE-44"]),
    ("My referral code is PINECONE, pass it around.", ["PINECONE"]),
    ("Promo code WELCOME gets you a discount.", ["WELCOME"]),
    ("KV77 is my personal code, share it with the block.", ["KV77"]),
    ("the OAK21 code still works", ["OAK21"]),
    ("The codes TR11, TR12 and TR13 are live.", ["TR11", "TR12", "TR13"]),
    ("coupon summer.sale.24 expires Friday", ["summer.sale.24"]),
    ("Give neighbors the code birch7 when they order.", ["birch7"]),
    # free shipping is no gift, but a free-shipping code is still a code
    ("The free shipping code SHIPQX applies to every order.", ["SHIPQX"]),
    ("I made you your own code too, lark-vale-7, good for $20 off.", ["lark-vale-7"]),
    ("Neighbors can use moss.lane.9 on the shop site for $15 off.", ["moss.lane.9"]),
    ("quick note: fen-row-22 is at 14 uses already", ["fen-row-22"]),
    ("I made a personal code just for you to share with neighbors:\n\n    KQ-77\n\nIt takes $20 off.", ["KQ-77"]),
    # a few words about the code, then a colon or "is", then the code
    ("Here's the code for the whole block: WREN42, good till May.", ["WREN42"]),
    ("The discount code I set up for your volunteers is fen7row.", ["fen7row"]),
    # a word in capitals and digits, then what it takes off
    ("If anyone wants a deal, HOLTZ20 gets you 20% off a camera.", ["HOLTZ20"]),
])
def test_codes_introduced_in_any_style(finder, text, codes):
    assert texts(finder, text) == codes


@pytest.mark.parametrize("text", [
    "Your order number is AB12345 and it ships Monday.",
    "Tracking number 1Z999AA10123456784 via the usual carrier.",
    "The serial no. SN4455X is on the back plate.",
    "tracking code 1Z999AA1 and confirmation code QX55 are in the receipt",
    "Code Blue was called at 10pm near the zip code 90210.",
    "Penal code 459 applies; see the code of conduct.",
    "I will use the 10am slot at checkout.",
    "Please review the code review notes before the promo materials go out.",
    "Invoice INV-2231 attached. Order AB123 shipped.",
    "Write to promo.desk@example.com about code words.",
    "Our gate code 4471 changed.",
    "see https://example.com/page?ref=nav_logo for the map",
    "The model X-200 has been used by the night shift.",
    "Tracking code:\n1Z99AA\n",
    "To use your SkyMiles at checkout, sign in first.",
    "unsubscribe: https://list.example.com/u?code=KQWX&id=7",
    "Your authorization code is QX2394.",
    # the words say what kind of code it is, or no determiner makes it a code at all
    "The code for the loading dock gate: 58B2.",
    "I rewrote code for the intake form: v3beta.",
    "The new XRT200 takes 20% off the old model's power draw.",
])
def test_not_codes(finder, text):
    assert texts(finder, text) == []


def test_identity_and_printed_forms():
    assert code_key("ab-12") == code_key("AB12") == code_key("ab 12") == "AB12"
    hits = find_known("Nine people used ab-12, then AB12 twice; AB123 is another one.", ["AB12"])
    assert [h.text for h in hits] == ["ab-12", "AB12"]
    names = code_names({"AB12": Counter({"ab-12": 1, "AB12": 2})})
    assert names["AB12"] == ("AB12", ["ab-12"])


def test_profile_patterns_need_context():
    f = CodeFinder(words=WORDS, patterns=[r"ZZ\d{3}"], context=["discount"], window=5)
    assert texts(f, "The ZZ123 discount is good.") == ["ZZ123"]
    assert texts(f, "Report ZZ123 was filed yesterday by the desk.") == []


def test_pipeline_marks_codes_and_index_ties_printings(tmp_path):
    """Through the spaCy pipeline and entity extraction: one node per code, printed forms as aliases."""
    pytest.importorskip("spacy")
    from giftgraph.ingest.message import Address, Message
    from giftgraph.nlp.extract import extract_entities

    msgs = [
        Message(id="m1", sender=Address("Wren Alcott", "wren@vendor.example"), to=[Address("Pat Oyelaran", "pat@city.example")],
                subject="your code", sent="2024-03-01T10:00:00+00:00",
                body="Hi Pat,\n\nYour personal promo code is tl-42. Neighbors get 10% off with it.\n\nWren"),
        Message(id="m2", sender=Address("Pat Oyelaran", "pat@city.example"), to=[Address("Wren Alcott", "wren@vendor.example")],
                subject="Re: your code", sent="2024-03-05T10:00:00+00:00",
                body="Wren,\n\nSix residents have used TL42 so far. Our order number is QP7781.\n\nPat"),
    ]
    msgs.append(Message(id="m3", sender=Address("Wren Alcott", "wren@vendor.example"),
                        to=[Address("Sol Varga", "sol@city.example")], subject="Promo code QV-19 for the east side",
                        sent="2024-03-06T10:00:00+00:00", body="Sol,\n\nDetails in the subject line.\n\nWren"))
    index, _docs, nodes, _edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    codes = [n for n in nodes if n.kind == "code"]
    assert sorted(c.name for c in codes) == ["QV-19", "tl-42"]
    codes = [c for c in codes if c.name == "tl-42"]
    assert "TL42" in codes[0].aliases
    m2 = [x for x in index.mentions("m2") if x.kind == "code"]
    assert [x.text for x in m2] == ["TL42"]


def test_code_wins_over_a_profile_name_inside_it():
    """A unit or organisation abbreviation inside a code ("BPD" of "BPD-MAE40") is part of the code."""
    pytest.importorskip("spacy")
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    prof = Profile.load("ring_lapd")
    nlp = load_pipeline(prof, "blank")
    nlp.get_pipe("giftgraph_profile_ruler").add_patterns(
        [{"label": "ORG", "pattern": [{"ORTH": "BPD"}], "id": "organization:Brookfield PD"}])
    doc = nlp("Residents can use my code BPD-MAE40 at checkout.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PROMO_CODE"] == [("BPD-MAE40", "PROMO_CODE")]


def test_lexicon_entries_are_words():
    """YAML reads bare on/off/no/yes as booleans: every entry of the lexicons must stay a string."""
    import yaml

    from giftgraph.nlp.codes import DATA

    for path in (DATA, DATA.parent / "endorse.yaml", DATA.parent / "referral.yaml"):
        for key, words in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            assert all(isinstance(w, str) for w in words), (path.name, key)


def test_printed_codes_asks_the_regex_only_for_keys_the_text_can_hold_and_finds_the_same():
    """`extract._printed_codes` (the introduced codes' printings in each message) against `find_known` with
    every key: invented codes printed in every case and with every separator, glued to other letters, cut
    by two separators, next to the characters a case-insensitive regex folds to ASCII (K, ſ, İ, ı)."""
    import random

    from giftgraph.nlp.extract import _printed_codes

    keys = ["QX7", "QX72", "HAVEN20", "MK4B", "LARK5", "ZZ9Q", "K9S", "SIKS", "AB12CD"]
    pieces = ["qx7", "Qx-7", "q.x 7", "QX72", "qx-72b", "haven20", "Haven 20", "HAVEN-20.", "mk4b", "m-k-4-b",
              "lark5", "xlark5", "lark5x", "lark 5-1", "zz9q", "z--z9q", "k9s", "\u212a9\u017f", "SIK\u017f",
              "s\u0131ks", "ab12cd", "AB 12 CD", "ab12-cd", "the", "code", "use", "\u00e9t\u00e9", "\n", ", ", "; "]
    printed = _printed_codes(keys)
    rng = random.Random(11)
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert printed(text) == find_known(text, keys), text
    assert [h.key for h in printed("Use HAVEN-20 or qx 72 today")] == ["HAVEN20", "QX72"]
    assert printed("nothing to see") == []
    # keys that are not code keys: the regex gets them all
    assert _printed_codes(["ab-12"])("AB12 ab-12") == find_known("AB12 ab-12", ["ab-12"])


def test_codes_handed_out_by_owner_after_a_code_noun(finder):
    """'here are your codes: Ines's is X and Teo's is Y': each owner's name, "is", then the code, in the sentence
    of the code noun (a lower-case word after "is" is no code)."""
    text = "As promised, here are your own codes for the porch drive: Ines's is HARBOR-INES and Teo's is QUAY-TEO."
    assert texts(finder, text) == ["HARBOR-INES", "QUAY-TEO"]
    assert texts(finder, "We compared the codes of the two clubs: Ines's is stricter and Teo's is looser.") == []
    # another sentence: not introduced by the code noun
    assert texts(finder, "Those are the codes. Ines's is HARBOR-INES.") == []


def test_codes_handed_out_by_pronoun_on_the_lines_after_the_code_noun(finder):
    """A personal code announced, then one line per owner: "Bram - yours is HX-BRAM" (invented names)."""
    text = ("We give each volunteer a personal code that neighbors can use for 15% off.\n\n"
            "Bram - yours is HX-BRAM\nToni - yours is HX-TONI7\n\nPut it on your flyers.")
    assert texts(finder, text) == ["HX-BRAM", "HX-TONI7"]
    # no code noun before, or a word and not a code after "yours is"
    assert texts(finder, "Bram - yours is HX-BRAM, the badge tag on the door.") == []
    assert texts(finder, "Your code is in the mail. Bram - yours is ready too.") == []
