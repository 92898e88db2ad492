"""REFERRAL and PROMOTED on small invented threads, read with the trained pipeline's parse.

Names, products, codes and wording are invented for these tests (a vendor "Brightmoor", an
agency "Brookfield PD").
"""
from __future__ import annotations

import functools

import pytest

from giftgraph.graph.model import Node
from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.nlp.relations import extract_relations, load_rules
from giftgraph.nlp.relations.promoted import endorsement

pytest.importorskip("spacy")


@pytest.mark.parametrize("text", [
    "I recommend the Glowpost camera to every neighbor I meet.",
    "Highly recommend the Glowpost.",
    "I tell every resident who asks to get a Glowpost.",
    "We love ours.",
    "I'd suggest the Glowpost Duo for renters.",
    "The Glowpost has been a lifesaver on our street.",
    "Everyone on the block should get one.",
    "I'm thrilled with the Glowpost.",
    "I can't recommend the Glowpost enough.",
    "In the newsletter I urged residents to install a Glowpost before the holidays.",
    "At Tuesday's meeting I encouraged everyone to sign up for Glowpost alerts.",
    "In nine years on patrol I have never seen a tool do more for a street than Glowpost.",
    "Frankly, the Glowpost system paid for itself within a month.",
    "The Glowpost is the best $99 a renter can spend.",
    "If you buy one thing for your porch this year, make it a Glowpost.",
    "Honestly, we appreciate our Glowpost more every week.",
    "I'm thrilled to have a Glowpost on my own porch.",
    # a follower of the thing, a rating, people guided to it, the writer's pick
    "I am a firm believer in the Glowpost.",
    "Five stars, would get the Glowpost Duo again.",
    "When renters ask, I steer them toward Glowpost.",
    "For a side door, the Glowpost Duo is the one I would pick.",
])
def test_first_person_endorsements(nlp, text):
    assert endorsement(nlp(text)[:])


@pytest.mark.parametrize("text", [
    "Would you recommend the Glowpost?",
    "We can't endorse any product.",
    "The department does not endorse the Glowpost.",
    "Dana said she loves her Glowpost.",
    "Residents rave about it.",
    "If you recommended the Glowpost at the meeting, we'd be grateful.",
    "He told me to get a Glowpost.",
    "I don't recommend buying any camera on impulse.",
    "Mrs. Ruiz thinks the Glowpost is great.",
    "I got the Glowpost yesterday.",
    "Please find attached the Glowpost order form.",
    "Thanks, that's great news!",
    "Nothing works better than a locked door.",
    "I would suggest saying 'a camera' rather than naming a brand, since we try not to appear to endorse anyone.",
    "Make it a habit to lock the side gate.",
    "Thank you for recommending the Glowpost to our residents.",
    # thanks for an offer, then a refusal: the liking verb's object is what is thanked for
    "I appreciate the offer, but rules bar me from accepting gifts, so I must turn down the Glowpost.",
    "We really appreciate the invitation to the Glowpost launch.",
    # glad to do something: willingness, no praise of a thing
    "If Glowpost could spare two cameras for the park, I'd be glad to meet with you next week.",
    "I'm happy to talk it over with the captain.",
    # sent on to someone for an answer; the one bought, not the one the writer would pick
    "I'll refer you to Glowpost for that billing question.",
    "The Glowpost Duo is the one I bought in March.",
    # an action advised, not a thing to get
    "I'd recommend checking with legal before taking anything from Glowpost.",
    "I would recommend talking to the city attorney about Glowpost's offer first.",
])
def test_not_endorsements(nlp, text):
    assert not endorsement(nlp(text)[:])


@pytest.mark.parametrize("greeting", ["Capt.,", "Hi Captain,", "Dear Ms. Ruiz,", "Team,"])
@pytest.mark.parametrize("text,endorses", [
    ("At the block party I urged residents to buy a Glowpost.", True),
    ("I told the residents that the Glowpost is the best thing they can buy.", True),
    ("Before we talk about buying the Glowpost fleet I need the install logs.", False),  # talk about, not into
])
def test_a_greeting_line_parsed_with_the_sentence_is_not_its_subject(nlp, greeting, text, endorses):
    """A message is parsed whole: the greeting on the line before may be parsed as the subject of the
    sentence's first verb. Only the sentence's own words are read."""
    doc = nlp(f"{greeting}\n\n{text}")
    start = len(nlp(f"{greeting}\n\n"))
    assert doc[start].text == text.split()[0]
    assert endorsement(doc[start:]) is endorses


# ------------------------------------------------------------------------------------------ a release
VENDOR, AGENCY = "brightmoor.example", "brookfieldpd.example"


def _node(nid, kind, name, aliases=(), emails=(), **attrs):
    return Node(id=nid, kind=kind, name=name, aliases=list(aliases), emails=list(emails), attrs=attrs)


NODES = {n.id: n for n in [
    _node("v1", "person", "Greta Lund", ["Greta"], [f"greta@{VENDOR}"], role="vendor_employee"),
    _node("o1", "person", "Ravi Menon", ["Ravi"], [f"rmenon@{AGENCY}"], role="officer"),
    _node("o2", "person", "Tess Okafor", ["Tess"], [f"tokafor@{AGENCY}"], role="officer"),
    _node("c1", "person", "Lou Barnes", ["Lou"], ["lou@mail.example"], role="other"),
    _node("org_v", "organization", "Brightmoor", []),
    _node("org_a", "organization", "Brookfield Police Department", ["Brookfield PD"]),
    _node("p1", "product", "Glowpost", ["Glowpost camera"], unit_price_usd=149),
    _node("k1", "code", "ravi-15", ["RAVI15", "ravi 15"], key="RAVI15"),
]}


class Index:
    def __init__(self):
        self.nodes = dict(NODES)
        self.vendor_id, self.agency_id = "org_v", "org_a"
        self._forms = {f.lower(): n.id for n in self.nodes.values() for f in [n.name, *n.aliases, *n.emails]}

    def person_for_address(self, addr):
        nid = self._forms.get((addr.email or "").lower())
        return nid if nid and self.nodes[nid].kind == "person" else None

    def find(self, text, *, message=None, kinds=("person", "organization", "division", "product", "code")):
        nid = self._forms.get(text.lower().strip())
        return nid if nid and self.nodes[nid].kind in kinds else None

    def mentions(self, message_id):
        return []


class Profile:
    raw = {"relations": load_rules("ring_lapd")}


_N = iter(range(1, 1000))


def msg(sender, to, subject, body, day):
    n = next(_N)
    return Message(sender=Address(email=sender), to=[Address(email=t) for t in to], subject=subject, body=body,
                   sent=f"2024-05-{day:02d}T10:{n % 60:02d}:00+00:00", provenance=[Provenance(file="x.pdf", page=n)])


GRETA, RAVI, TESS, LOU = f"greta@{VENDOR}", f"rmenon@{AGENCY}", f"tokafor@{AGENCY}", "lou@mail.example"


def run(nlp, messages):
    docs = {m.id: nlp(m.body) for m in messages}
    return extract_relations(messages, docs, Index(), Profile())


def test_referral_owner_printing_variants_and_latest_uses(nlp):
    give = msg(GRETA, [RAVI], "A code for your residents",
               "Hi Ravi,\n\nYour personal code is ravi-15; it takes 15% off any Glowpost camera.", 1)
    hand = msg(RAVI, [GRETA], "RE: A code for your residents",
               "Thanks Greta, I will put RAVI15 in the block club newsletter.", 2)
    buy = msg(LOU, [RAVI], "bought one", "I ordered a Glowpost with ravi 15 last night.", 3)
    r1 = msg(GRETA, [RAVI], "code update", "So far ravi-15 has been used 7 times.", 10)
    r2 = msg(GRETA, [RAVI], "code update", "Update: RAVI15 is up to 19 redemptions.", 20)
    nodes, edges = run(nlp, [give, hand, buy, r1, r2])
    [r] = [e for e in edges if e.type == "REFERRAL"]
    assert (r.source, r.target) == ("o1", "org_v")
    assert r.attrs["code"] == "k1" and r.attrs["uses"] == 19
    assert "15%" in (r.attrs["discount"] or "")
    assert buy.id not in {e.message for e in r.evidence}
    assert next(n for n in nodes if n.id == "k1").attrs["owner"] == "o1"


def test_promoted_in_a_reply_to_a_resident_and_negatives(nlp):
    reply = msg(RAVI, [LOU], "RE: cameras?",
                "Hi Lou,\n\nGood question. I'd recommend the Glowpost for a porch like yours.", 1)
    question = msg(TESS, [RAVI], "Glowpost", "Would you recommend the Glowpost to the school?", 2)
    policy = msg(TESS, [LOU], "RE: cameras", "The department can't endorse any product, including Glowpost.", 3)
    hearsay = msg(TESS, [RAVI], "FYI", "Lou said he loves his Glowpost.", 4)
    marketing = msg(GRETA, [RAVI], "Spring news", "I highly recommend the new Glowpost to every household!", 5)
    _, edges = run(nlp, [reply, question, policy, hearsay, marketing])
    assert {(e.source, e.target) for e in edges if e.type == "PROMOTED"} == {("o1", "p1")}


def test_testimonial_handed_to_the_vendor_is_promoted(nlp):
    ask = msg(GRETA, [TESS], "Quote for our spring brochure", "Could you give us a line about the Glowpost?", 1)
    give = msg(TESS, [GRETA], "RE: Quote for our spring brochure",
               "Greta,\n\nHere you go, in my own words:\n\n\"The Glowpost cameras let our night shift see a "
               "street before the first car arrives.\"\n\nTess", 2)
    _, edges = run(nlp, [ask, give])
    assert {(e.source, e.target) for e in edges if e.type == "PROMOTED"} == {("o2", "p1")}


@functools.lru_cache(maxsize=1)
def _ring_rules():
    from giftgraph.nlp.relations.rules import RelationRules

    return RelationRules.from_profile("ring_lapd")


def sent(text):
    """One sentence of ``text`` with the cues the ring_lapd rules find in it (no parse)."""
    from giftgraph.nlp.relations.text import Sentence

    rules = _ring_rules()
    doc = rules.nlp.make_doc(text)
    s = Sentence(message=None, index=0, paragraph=0, start=0, end=len(text), text=text, doc=doc)
    s.cues = rules.scan(doc)
    return s


def test_uses_counted_in_people_and_thresholds_ignored(nlp):
    from giftgraph.nlp.relations.referrals import reported_uses

    assert reported_uses(sent("Four families have now signed up with ravi-15.")) == 4
    assert reported_uses(sent("Once 25 of your neighbors have redeemed it, a camera is yours.")) is None
    assert reported_uses(sent("It takes $30 off and 12 days of shipping.")) is None
    assert reported_uses(sent("Redemptions are up to 12 this month.")) == 12
    assert reported_uses(sent("Once redemptions hit 25 we send a camera.")) is None
    # the code between the verb and the count, a count about so many, a total after a first count
    assert reported_uses(sent("Since May, residents redeemed ravi-15 40 times.")) == 40
    assert reported_uses(sent("It has been used about 40 times.")) == 40
    assert reported_uses(sent("It was used 10 times in May and 25 times in total.")) == 25
    assert reported_uses(sent("ravi-15 is up to 22 sign-ups!")) == 22
    assert reported_uses(sent("It was used for 3 days of the fair.")) is None
    # the code named at length between the verb and the count; a total beside the week's count
    assert reported_uses(sent("Neighbors redeemed your promo code ravi-15 thirty times.")) == 30
    assert reported_uses(sent("ravi-15 update: 2 redemptions since Friday, 17 total.")) == 17
    assert reported_uses(sent("ravi-15 saw a total of 9 uses in March.")) == 9


def test_a_mark_the_code_may_yet_reach_is_no_count_of_uses(nlp):
    """'Should it reach 30 redemptions, ...', 'on its way to 50 uses': a mark still to come; 'it reached 12 uses'
    is a count."""
    from giftgraph.nlp.relations.referrals import reported_uses

    assert reported_uses(sent("Should ravi-15 reach 30 redemptions, we will talk about a small thank-you.")) is None
    assert reported_uses(sent("The code is well on its way to 50 uses.")) is None
    assert reported_uses(sent("Good news: ravi-15 reached 12 uses this week.")) == 12


def test_an_endorsement_beside_a_code_is_promoted_and_handing_out_the_code_alone_is_not(nlp):
    both = msg(RAVI, [LOU], "cameras", "Lou, I swear by my Glowpost; use my code ravi-15 for 15% off.", 1)
    code_only = msg(TESS, [LOU], "cameras", "Lou, use my code ravi-15 for 15% off a Glowpost.", 2)
    _, edges = run(nlp, [both, code_only])
    assert {(e.source, e.target) for e in edges if e.type == "PROMOTED"} == {("o1", "p1")}


def test_my_code_names_its_owner(nlp):
    hand = msg(TESS, [LOU], "cameras for the block",
               "Lou, neighbors can use my code ravi-15 for 15% off a Glowpost.", 1)
    note = msg(GRETA, [TESS], "code", "Nice, ravi 15 has been used 3 times this week.", 3)
    nodes, edges = run(nlp, [hand, note])
    [r] = [e for e in edges if e.type == "REFERRAL"]
    assert r.source == "o2" and r.attrs["uses"] == 3


def test_vendor_named_in_lower_case_and_unresolved_pronouns(nlp):
    news = msg(GRETA, [TESS, RAVI], "Brightmoor spring update", "Brightmoor has new Glowpost colours this spring.", 1)
    praise = msg(TESS, [GRETA, RAVI], "RE: Brightmoor spring update",
                 "honestly brightmoor has been the best prevention tool on my beat.", 2)
    split = msg(RAVI, [TESS, GRETA], "RE: Brightmoor spring update",
                "I suggest one to you and one to me while the case is open.", 3)
    _, edges = run(nlp, [news, praise, split])
    assert {(e.source, e.target) for e in edges if e.type == "PROMOTED"} == {("o2", "org_v")}


@pytest.mark.parametrize("text,endorses", [
    # a clause after a semicolon, which the parse may hang under the next verb, is still the writer's own
    ("I have a Glowpost on my porch and I recommend it to every household; it sees what you can't.", True),
    # telling others to buy, as the subject of a sentence: an activity spoken of, not the writer's own act
    ("Describing what the Glowpost does is fine; telling people to buy it is not.", False),
])
def test_a_semicolon_clause_and_telling_as_a_subject(nlp, text, endorses):
    assert bool(endorsement(nlp(text)[:])) is endorses


def test_a_code_its_officer_refuses_is_no_referral_unless_handed_out_after(nlp):
    give = msg(GRETA, [RAVI], "Your own code", "Ravi, your personal code is ravi-15, for 15% off any Glowpost camera.", 1)
    no = msg(RAVI, [GRETA], "RE: Your own code",
             "Greta, I appreciate it, but I must decline the code; please switch it off.", 2)
    _, edges = run(nlp, [give, no])
    assert [e for e in edges if e.type == "REFERRAL"] == []
    later = msg(RAVI, [LOU], "RE: Your own code", "Lou, on second thought use my code ravi-15 when you order.", 9)
    _, edges = run(nlp, [give, no, later])
    assert [(e.source, e.target) for e in edges if e.type == "REFERRAL"] == [("o1", "org_v")]
