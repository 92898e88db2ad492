"""GIFT edges: an offer of free items (or of a stated value) that a later message of its thread
accepts, ships or acknowledges, and that nobody declines or withdraws."""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from giftgraph.graph.model import Edge
from giftgraph.ingest.message import Message, make_id

from .context import CREDIT_SAID, ThreadContext, kind_of
from .referrals import reported_uses
from .rules import WORD_SENT
from .text import OWE_QUESTION, VALUE_QUESTION, Sentence, signed_quotes
from .threads import subject_key
from .values import (
    COST_WORD,
    COSTS,
    PEOPLE_WORDS,
    PLACE_WORDS,
    card_amount,
    costs_each,
    costs_sum,
    count_of,
    count_said,
    counted_items,
    each_price,
    each_value,
    list_price,
    merge_items,
    months_before,
    number_said,
    parse_money,
    per_head,
    printed_unit_prices,
    quantity_after,
    quantity_before,
    sum_value,
    uses_in,
    uses_reported,
)

# words that add things to what an offer has named ("plus a Relay Chime", "a Chime too", "along with")
_ADDS = re.compile(r"^\W*(?:and|plus|also|with)\b|\b(?:plus|also|too|as well|along with|in addition|included?|including|"
                   r"extra|bonus|comes? with|thrown? in|add(?:ed|ing)?)\b", re.I)

__all__ = ["extract_gifts"]

_KIND_DET = {"the", "those", "these", "your", "all", "both"}


# more things beside the ones offered ("I'm also sending ...", "plus six caps"), not "the extra year" (what is offered)
_ALSO = re.compile(r"\b(?:also|plus|as well|too|in addition)\b", re.I)
# an amount that is each one's: "your $50 gift cards", "$300 per seat", "$25 each"
_AMOUNT_EACH = re.compile(r"\byour\s+(?:[a-z]+\s+)?\$\s?\d|\$\s?[\d,.]+k?\s*(?:each|apiece|a piece|a pop|per\s+(?!year|month|week|day|night|hour)[a-z]+)\b"
                          # "each of you a $50 card", "you each get a $75 voucher": one thing of that amount for each
                          r"|\b(?:each of you|you each|you both|both of you)\s+(?:(?:will\s+)?(?:get|receive)s?\s+)?an?\s+\$\s?\d"
                          # the regular price of one, or of things named in the plural with no count: "a seat is normally
                          # $900", "Seats are normally $900, but we'll waive the tuition for both of you"
                          r"|\b(?:an?|one)\s+[a-z]+\s+(?:(?:normally|usually|typically|regularly)\s+)?(?:is|runs|costs|goes\s+for)"
                          r"\s+(?:(?:normally|usually|typically|regularly)\s+)?(?:about\s+|around\s+)?\$\s?\d"
                          r"|(?:^|[.;:]\s+|,\s+|\bbut\s+)(?:the\s+)?[a-z]+s\s+(?:(?:normally|usually|typically|regularly)\s+)?"
                          r"(?:are|run|cost|go\s+for)\s+(?:(?:normally|usually|typically|regularly)\s+)?(?:about\s+|around\s+)?"
                          r"\$\s?\d"
                          # the fee one attendee pays, said of passes or seats counted before: "two passes (registration
                          # is $1,295)", "both seats - tuition runs $2,400"
                          r"|\b(?:registration|admission|tuition|entry)(?:\s+fee)?\s+(?:(?:normally|usually|typically|regularly)\s+)?"
                          r"(?:is|runs|costs)\s+(?:(?:normally|usually|typically|regularly)\s+)?(?:about\s+|around\s+)?\$\s?\d", re.I)


# the public as who gets the thing ("Residents get the X app free", "Households who sign up with the code get three
# months free"): the vendor's terms for residents, not a gift to the reader
_PUBLIC_GETS = re.compile(r"^\W*(?:all\s+|our\s+|your\s+|local\s+)?(?:residents|households|homeowners|customers|users|"
                          r"subscribers|citizens|neighbou?rs|families|consumers|members of the public)\b"
                          r"(?:\s+(?:who|that)\b[^.;:]*?)?\s+(?:\w+\s+)?(?:get|receive|enjoy)\b", re.I)


# a name said to (a vocative) set off after a lead-in: "One more thing, Kim - ...", "Oh and Kim, ..."
_NAME_MARKS = frozenset({",", "-", "\u2013", "\u2014", ":"})
_LEAD_INS = frozenset({"but", "and", "oh", "also", "ps", "so", "anyway", "btw"})


_YOUR = re.compile(r"\byour\b", re.I)
# the reader spoken to: a sentence with none of these speaks of others ("a hamper is on its way to the X Division")
_YOU_WORDS = frozenset({"you", "your", "yours", "yourself", "u"})
# an invitation said to several readers at once ("You're both invited", "you'll both be our guests")
_INVITED = re.compile(r"\b(?:invit(?:e|ed|ing|ation)|guests?|join us)\b", re.I)
# costs that people share (one table's dinner, a round): not each one's when several are invited
_SHARED_COST = re.compile(r"\b(?:meals?|dinners?|lunch|breakfast|brunch|supper|drinks|tab|suites?)\b", re.I)

# the one a reader may bring along: "your husband is more than welcome", "bring your partner", "a plus-one"
_COMPANION = re.compile(r"\b(?:your|a|one)\s+(?:husband|wife|spouse|partner|fianc[eé]e?|significant\s+other|boyfriend|"
                        r"girlfriend|guest|plus[- ]one|better\s+half)\b", re.I)

# people of a unit counted as those who receive, the unit named after them: "to five analysts in the", "for 12 of your
# investigators at"
_PEOPLE_OF_UNIT = re.compile(r"\b(?:to|for)\s+(?:(?:your|the|our)\s+)?(?:\d+|[a-z]+)\s+(?:of\s+(?:your|the|our)\s+)?(?:[a-z]+\s+)?"
                             + PEOPLE_WORDS + r"\s+(?:in|of|at|from)(?:\s+the|\s+your)?$")
# people named in the plural ("officers", "deputies"): who things go to, never the things
_PEOPLE_PLURAL = re.compile(PEOPLE_WORDS, re.I)
# a capitalised name of two or three words: "Vera Vendor", "Ana de Souza" is read as its capitalised parts
_NAME_WORDS = re.compile(r"\b[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){1,2}\b")
# places in a building where things are left for someone, named like units: "your front desk", "the mailroom"
_DROP_POINTS = frozenset({"front desk", "reception", "lobby", "mailroom", "mail room", "loading dock"})
# a number that measures a time ("for 60 days", "across 3 weeks"), not the things counted
_PERIOD_AFTER = re.compile(r"[\s-]*(?:days?|weeks?|months?|years?|hours?|minutes?|nights?)\b", re.I)


# "keep them", "keep it", "they're yours", "those are now yours": things spoken of by a pronoun, said to be the reader's
_PRONOUN_KEPT = re.compile(r"\bkeep\s+(?:them|it|those|these|'em|both)\b|\b(?:they|those|these)(?:'re|’re|\s+are)\s+"
                           r"(?:all\s+|now\s+|all\s+now\s+)?yours\b", re.I)


# a sentence that says whom the things just named are for: "They're for your team", "These are all for the unit"
_FOR_THEM = re.compile(r"\s*(?:they|these|those|both|all|it|this)(?:\s+are|\s+is|['’]re|['’]s)\s+(?:all\s+|both\s+)?"
                       r"for\s+(?:your|the)\b", re.I)


@dataclass
class _Gift:
    giver: str
    recipients: list[str]
    offer: Message
    thread_pos: int
    items: dict[str, int] = field(default_factory=dict)  # shared by every recipient unless split
    split: bool = False  # "one for you, one for X": each recipient gets one of each item
    stated_value: float | None = None
    offer_sents: list[Sentence] = field(default_factory=list)
    evidence: list[Sentence] = field(default_factory=list)
    later_items: dict[str, int] = field(default_factory=dict)
    shipped: Message | None = None
    received: Message | None = None
    accepted: Message | None = None
    declined: bool = False
    declined_by: set[str] = field(default_factory=set)  # readers of an offer to several who said no for themselves
    withdrawn: bool = False
    ship_value: float | None = None
    # what the giver's side said it shipped, when fewer than offered ("we only had one left, so I've shipped you
    # one"), unless more is to follow ("the other two ship next week")
    ship_items: dict[str, int] = field(default_factory=dict)
    more_to_follow: bool = False
    thanked: bool = False  # known from the recipient's thanks alone (`_thanked_for_items`)
    choice: bool = False  # "a X or a Y?": one of the items offered, the one the reply picks
    # an amount per person and no total ("greens fees and lunch, about $175 a player"): what each recipient gets, times
    # the people of a group that receives as one ("lunch for the six of you, $20 a head": the reader's unit, six heads)
    per_head: float | None = None
    heads: int = 1
    added_value: float | None = None  # things no catalogue lists added to the catalogue's ("also six jackets, $40 each")
    each_stated: bool = False  # one each, the stated amount each one's ("your $50 cards", "$300 per seat")
    # what an amount offered one by one came to when it was sent: "3 x $250 = $750" under "a $250 card for every
    # agency" (the shipment's total, a whole count of the offer's amount, the count written beside it)
    came_to: float | None = None
    hosted: bool = False  # hospitality thanked for after the fact ("thanks for dinner on Tuesday"): worth unsaid


# those who took part, as a group the thing goes to: "every attendee gets", "each participant receives", "for everyone
# who attended"
_EVERY_ATTENDEE = re.compile(r"\b(?:(?:every|each)\s+(?:single\s+)?(?:attendee|participant|trainee|workshop\s+guest)|"
                             r"every(?:one|body)\s+who\s+(?:attended|came|joined|took\s+part|participated))\b", re.I)


def _pronoun_alone(doc, i: int) -> bool:
    """The "her"/"him" at token ``i`` stands for a person ("... to her.", "to him today"), not as the possessive
    before a noun ("to her grandson")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not after.is_alpha or after.lower_ in _AFTER_PRONOUN or \
        bool(after.pos_) and after.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}


def _sent_utc(m: Message):
    """When `m` was sent, in UTC without a zone (a time printed without one as it is); None when unknown."""
    from datetime import datetime, timezone

    try:
        d = datetime.fromisoformat(m.sent) if m.sent else None
    except (TypeError, ValueError):
        return None
    return d.astimezone(timezone.utc).replace(tzinfo=None) if d is not None and d.tzinfo else d


def extract_gifts(ctx: ThreadContext) -> list[Edge]:
    """The GIFT edges of a release read into `ctx`."""
    return _GiftReader(ctx).run()


# the writer's side paying the reader's cost, its verb first: "paid your son's tuition", "covered your registration"
_PAYING_FIRST = re.compile(r"(?:cover|covers|covered|covering|pay|paying|paid|comp|comps|comped|comping)\s+(?:for\s+)?your\b",
                           re.I)


def _paying_span(s: Sentence, found: re.Match) -> tuple[int, int] | None:
    """The Doc's character span of a covered cost (`_COVER_COSTS`' match in the sentence's text, which begins at its
    first token) in the paying-verb form ("paid your son's tuition"), or None (not "your registration was paid by the
    division's budget": the payer named after it)."""
    if not _PAYING_FIRST.match(found.group(0)):
        return None
    return s.doc[0].idx + found.start(), s.doc[0].idx + found.end()


_WE_AUX = frozenset({"will", "'ll", "\u2019ll", "would", "'d", "\u2019d", "have", "'ve", "\u2019ve", "already", "also",
                     "then", "just", "gladly", "happily"})


def _we_pay(t: Sentence, sp) -> bool:
    """A "pay" whose subject is the writer's side ("we will pay it directly to the association", "I'll pay the
    caterer"): the giver paying, no sale to the reader."""
    if sp.text.lower() not in ("pay", "paid", "pays", "paying"):
        return False
    j = sp.start - 1
    doc = t.doc
    while j >= 0 and doc[j].lower_ in _WE_AUX and sp.start - j <= 3:
        j -= 1
    return j >= 0 and doc[j].lower_ in ("we", "i") and (sp.end >= len(doc) or doc[sp.end].lower_ not in ("you", "your"))


def _within(sp, span: tuple[int, int]) -> bool:
    """The span (a cue's) overlaps the character span."""
    return sp.end_char > span[0] and sp.start_char < span[1]


# the terms that give a thing after its price: "..., but it's on me", "... but they're yours", "but this one is free"
_BUT_GIVEN = re.compile(r"\bbut\s+(?:it(?:'s|\u2019s|\s+is)|they(?:'re|\u2019re|\s+are)|these\s+are|those\s+are|this\s+one\s+is|"
                        r"that(?:'s|\u2019s|\s+is))\s+(?:all\s+)?(?:on\s+(?:me|us|the\s+house)|yours|free|complimentary|"
                        r"(?:our|my)\s+treat)\b", re.I)
# a cost the writer's side has paid already, said in the past: "we've taken care of the room", "I covered your
# registration", "we already picked up your airfare" (the cost itself is read by `_COVER_COSTS` / `_we_cover`)
_COST_TAKEN_DONE = re.compile(r"\b(?:we|i)(?:'ve|\u2019ve|\s+have)?\s+(?:already\s+)?"
                              r"(?:taken\s+care\s+of|took\s+care\s+of|covered|paid\s+for|picked\s+up|handled)\b|"
                              # (a past form with the reader's cost right after it: "... and paid your son's tuition")
                              r"\b(?:paid|covered|comped|took\s+care\s+of)\s+(?:for\s+)?your\b", re.I)
# one of several invited answering that only they will come: "so it'll just be me", "only me this time", "just myself"
_JUST_ME = re.compile(r"\b(?:just|only)\s+(?:be\s+)?(?:me|myself)\b|\bit(?:'ll|\s+will)\s+(?:just\s+|only\s+)?be\s+me\b", re.I)
# words of praise or of time said before a meal, a trip or seats thanked for ("the wonderful dinner", "the Saturday
# trip", "Friday's lunch", "last week's game"); not words of what the thing was about
_PRAISED_OR_WHEN = (r"(?:great|lovely|wonderful|fantastic|fabulous|delicious|amazing|excellent|superb|splendid|terrific|"
                    r"marvell?ous|delightful|memorable|unforgettable|generous|beautiful|nice|fine|fun|special|"
                    r"enjoyable|incredible|kind|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|’s)?|"
                    r"(?:last|this)\s+(?:week|weekend|month)(?:'s|’s)|(?:tonight|today|yesterday)(?:'s|’s)|"
                    r"weekend|evening|farewell|welcome)")
# thanks and what for, before a time word: "a small thank-you for all your help (this year)"
_THANKED_FOR_BEFORE = re.compile(r"\b(?:thank[- ]?you|thanks|grateful|gratitude|appreciation)\b[^.;:!?]*\bfor\b", re.I)
# the verbs of handing over whose present simple after "we"/"I" and before "you" is the act itself ("we send you ...")
_SEND_NOW = frozenset({"send", "give", "mail", "enclose", "post"})
# ... unless the sentence puts it later or makes it a habit: "next week I send you", "every year we send you"
_NOT_NOW = re.compile(r"\b(?:next|tomorrow|tonight|soon|later|after|when|once|every|each|always|usually|often|"
                      r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# things left with a person: "I left two X with Sgt. Ada Lund", "dropped a Y off with Mr. Lund"
_LEFT_WITH = re.compile(r"\b(?:left|dropped)\b[^.;:!?]{0,60}?\bwith\s+((?:[A-Z][\w'-]*\.?\s+){0,3}[A-Z][\w'-]+)")
# a thing sent with the message itself: "a gift card is attached to this e-mail", "I've enclosed two passes",
# "Attached please find your voucher"
_ENCLOSED = re.compile(r"\b(?:is|are|'s|'re)\s+(?:attached|enclosed)\b|\b(?:i|we)(?:'ve|\s+have)\s+(?:attached|enclosed)\b|"
                       r"^\W*(?:attached|enclosed)\s+(?:is|are|please\s+find)\b", re.I)
# a meal or a party named as a unit's, after the unit's name: "(the Harbor Unit) team dinner", "('s) holiday lunch"
_UNIT_MEAL = re.compile(r"(?:['\u2019]s)?\s+(?:(?:team|unit|squad|staff|crew|office|division|section|holiday|christmas|"
                        r"appreciation|thank-you|year-end|end-of-year|annual)\s+){0,2}(?:dinner|lunch|breakfast|brunch|"
                        r"luncheon|supper|party|cookout|barbecue|bbq|happy\s+hour|outing)\b", re.I)
# a sentence that recalls what is arranged already: "Reminder that ...", "Just a quick reminder: ...", "As a reminder, ..."
_REMINDER = re.compile(r"\W*(?:(?:hi|hello|hey)\b[^,.;:!?]{0,30},\s*)?(?:(?:just|quick|friendly|gentle)\s+)*(?:(?:as\s+)?an?\s+(?:(?:quick|friendly|gentle)\s+)?)?"
                       r"reminders?\b", re.I)
# the reader's place said to be taken already: "you're registered", "you've been enrolled", "you are all signed up"
_ENROLLED_DONE = re.compile(r"\byou(?:'re|’re|\s+are|'ve\s+been|’ve\s+been|\s+have\s+been)\s+(?:now\s+|all\s+|already\s+)?"
                            r"(?:registered|enrolled|enroled|signed\s+up|booked\s+in|confirmed)\b", re.I)
# the message a thing comes with ("a $25 gift card is attached to this e-mail"): no recipient, the reader's
_THIS_MAIL = re.compile(r"this\s+(?:e\s*-?\s*mail|message|note|letter|mail)\b", re.I)
# the reader's own share of what goes to everyone who did something, said to be on its way ("We send a $75 card to
# everyone who completes it; it should arrive Friday", "... yours is in the mail"): one delivery, the reader's
_OWN_SHARE_COMING = re.compile(r"\b(?:it|yours|one|the\s+\w+)\s+(?:should|will|'ll|’ll|is\s+(?:going|set)\s+to)\s+"
                               r"(?:arrive|reach|get\s+to|show\s+up|land)\b|\b(?:yours|it)\s+(?:is|'s|’s)\s+"
                               r"(?:on\s+its\s+way|in\s+the\s+(?:mail|post))\b", re.I)
# things put in for a person: "we'll install a X for Mrs. Ada Lund", "set up two Y for Mr. Lund"
_INSTALLED_FOR = re.compile(r"\b(?:install(?:s|ed|ing)?|put(?:ting)?\s+in|set(?:ting)?\s+up|mount(?:s|ed|ing)?|"
                            r"fit(?:s|ted|ting)?)\b[^.;:!?]{0,50}?\bfor\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'-]+"
                            r"(?:\s+[A-Z][\w'-]+){0,2})")
# "get <a person> covered / set up / taken care of": the person is provided for
_PROVIDED_FOR = re.compile(r"\b(?:get|gets|got|getting)\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                           r"(?:covered|set up|sorted|sorted out|squared away|taken care of|fixed up|hooked up|kitted out|outfitted)\b")
# "give Mrs. Ada Lund a ...", "send Mr. Lund two ...": a name (a courtesy title, one to three capitalised words)
# right after a verb of giving, then what it hands over (an article, a number, a number word)
_TO_HAVE = re.compile(r"\b(?:like|love|want|wanted|wish)\s+(?:for\s+)?((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z][\w'’-]*"
                      r"(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+to\s+(?:have|keep|get|receive)\b")
_GIVE_PERSON_NAME = re.compile(r"((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})")
_GIVE_PERSON_THINGS_LEAD = {"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "some", "our", "this", "that", "these", "those"}
# words that may follow "to her" / "to him" when the pronoun is the whole object ("to her today", "to him and ...")
_AFTER_PRONOUN = {"and", "or", "today", "tomorrow", "yesterday", "this", "next", "on", "at", "in", "by", "when", "if",
                  "as", "so", "too", "now", "for", "from", "with", "directly", "personally", "myself", "ourselves"}
# adverbs of the way things go, between the things and "to" ("ship it straight to", "send them over to")
_ROUTE_WORDS = frozenset({"straight", "directly", "direct", "right", "over", "along", "out", "on"})
_SEND_TO = {"send", "sent", "sends", "sending", "mail", "mails", "mailed", "mailing", "bring", "brings", "brought", "bringing"}
_GIVE_PERSON_THINGS = re.compile(r"((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+"
                                 r"(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|a pair of|a couple of|\d+)\s")
# the writer's sending under way: "I'm sending a little box of ...", "we're dropping off ..."
_SENDING_NOW = re.compile(r"\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:just\s+)?(?:sending|shipping|mailing|posting|"
                          r"dropping\s+off|bringing|leaving|couriering)\b", re.I)
# papers and files sent, not things: "the estimate", "the invoice", "the slides"
_PAPERS_SENT = re.compile(r"\b(?:quotes?|quotations?|estimates?|invoices?|bills?|proposals?|contracts?|agreements?|receipts?|"
                          r"statements?|price\s+lists?|pricing|slides|deck|reports?|files?|links?|brochures?|spec\s+sheets?|"
                          r"data\s?sheets?|paperwork|forms?|tracking)\b", re.I)
# a person named first, then what they had from the writer's side: "Mrs. Ada Lund got a free X from me at the expo"
_GOT_FROM_US = re.compile(r"\W*((?:(?:Mr|Mrs|Ms|Miss|Dr|Sgt|Lt|Capt|Det|Officer|Chief|Deputy)\.?\s+)?[A-Z][a-z][\w'’-]*"
                          r"(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+(?:also\s+|just\s+)?(?:got|gets|received|receives|"
                          r"has\s+received|was\s+given|picked\s+up)\b[^.;!?]{0,80}?\bfrom\s+(?:me|us)\b")
# "which Acme covered in full", "that we picked up": the payer of a cost named in a relative clause (not the carriage)
_WE_COVERED = re.compile(r"\b(?:which|that)\s+(we|I|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?:has\s+|have\s+|had\s+|"
                         r"already\s+|kindly\s+|gladly\s+)*(?:covered|absorbed|picked\s+up)\b"
                         r"(?!\s+(?:the\s+)?(?:shipping|delivery|postage|freight|carriage))")
# a giving only wished for, meant or imagined, then said against by what is allowed or possible: "I'd love to send you
# one, but your department won't allow it", "I would have sent you one, but legal says we can't", "we meant to give
# you two, but your captain said no" (`_GiftReader._gives_not`)
_WISHED_GIVING = re.compile(r"\b(?:i|we)(?:(?:['\u2019]d|\s+would)\s+(?:really\s+|so\s+)?(?:(?:love|like|be\s+happy|be\s+glad)\s+to|"
                            r"have)|\s+(?:had\s+)?(?:wanted|hoped|meant|planned|intended)\s+to)\s", re.I)
_BUT_NOT_ALLOWED = re.compile(r"\bbut\b[^.;!?]*?\b(?:allow\w*|permit\w*|let\s+(?:you|us|me|them)|polic(?:y|ies)|rules?|"
                              r"ethics?|prohibit\w*|forbid\w*|accept\w*|compliance|legal|counsel|lawyers?|"
                              r"can['\u2019]?t|cannot|couldn['\u2019]?t|could\s+not|unable|not\s+able|"
                              r"(?:said|says|say)\s+no|turned\s+(?:it|us|that|them)\s+down|declined)\b", re.I)
_CLAUSE_END = re.compile(r"[.;!?]")
# a giving the writer only wishes were possible: "I wish we could send you one for free" (the wish's own clause)
_WISH_COULD = re.compile(r"\b(?:i|we)\s+(?:only\s+)?wish\s+(?:that\s+)?(?:i|we)\s+(?:could|were\s+able\s+to|were\s+allowed\s+to)"
                         r"\s[^.;!?]*?(?=\bbut\b|[.;!?]|$)", re.I)
# a cost taken on for someone, priced beside it: "your registration ($450)", "airfare, about $600", "the $450
# registration" (not the carriage: free shipping is no gift)
# a cost and what it is for: "registration", "your room at the lodge"
# the vendor's side taking on the reader's costs of a trip or a stay: "take care of your airfare", "covering your flights"
# (a trip's costs and the way in to an event: a seat at a game or a meal covered with no amount is read as hospitality
# elsewhere, or not)
_TRIP_COSTS = (r"(?:airfares?|air\s+fare|flights?|hotels?|hotel\s+rooms?|rooms?|lodging|accommodations?|travel|trips?|"
               r"stay|nights?|registrations?|"
               # the way in to an event: "we comped your ticket to the expo", "your conference pass is covered"
               r"tickets?|pass(?:es)?|admission|entry\s+fees?|"
               # a course or a camp paid for the reader or the reader's child: "we paid your son's camp tuition"
               r"tuition|camp\s+fees?|enrol(?:l)?ment\s+fees?)")
# (booked by the giver's side, "we'll book your flight and your hotel"; or waived, "your registration ($495) will be
# waived", "we'll waive your registration"; "look after", British and Canadian above all: "we'll look after your flights
# and two nights at the hotel")
_COVER_COSTS = re.compile(rf"\b(?:(?:take|takes|taking|took|taken)\s+care\s+of|(?:look|looks|looking|looked)\s+after)\s+"
                          rf"(?:all\s+of\s+)?(?:your|the)\s+(?:[\w-]+\s+){{0,2}}?{_TRIP_COSTS}\b|"
                          # ("bear", as British and Indian English say it: "the company will bear your airfare")
                          rf"\b(?:cover|covers|covered|covering|pay|paying|paid|pick\s+up|picking\s+up|book|booking|booked|waive|"
                          rf"bear|bears|bearing|bore|borne|"
                          rf"waiving|waived|comp|comps|comped|comping|comp['\u2019]d)\s+(?:for\s+)?(?:all\s+of\s+)?"
                          rf"your\s+(?:[\w'\u2019-]+\s+){{0,2}}?{_TRIP_COSTS}\b|"
                          # (the reader hosted with every cost carried: "we'd like to fly you out for a tour, all expenses
                          # paid", "we'd love to host you at the gala, all expenses covered", "offer you an all-expenses-paid
                          # trip"; not the expenses of someone else named: "all expenses paid by your grant")
                          rf"\b(?:host|hosting|fly|flying|bring|bringing|invite|inviting|treat|treating|take|taking)\s+(?:you|u)\b"
                          rf"[^.;!?]{{0,90}}?\ball[\s-]+(?:the\s+)?expenses?[\s-]+(?:paid|covered|included)\b"
                          rf"(?!\s+(?:for\s+)?by\s+(?!us\b|me\b))|"
                          rf"\b(?:offer|offering|give|giving|treat|treating|invite|inviting)\s+(?:you|u)\s+(?:to\s+)?(?:an?\s+)?"
                          rf"all[\s-]+expenses?[\s-]+paid\b|"
                          # (the writer's side arranging the reader's cost and paying it: "we have upgraded your flight to
                          # business class at our expense", "booked your hotel at our own expense")
                          rf"\b(?:upgraded|booked|reserved|arranged|extended)\s+your\s+(?:[\w-]+\s+){{0,2}}?{_TRIP_COSTS}\b"
                          rf"[^.;!?]{{0,60}}?\bat\s+our\s+(?:own\s+)?expense\b|"
                          # (the reader's costs said billed to the writer's side, the passive: "your flight and two hotel
                          # nights are booked and billed to us", "your room is billed to our account")
                          rf"\byour\s+(?:[\w-]+\s+){{0,2}}?{_TRIP_COSTS}\b[^.;!?]{{0,50}}?\b(?:is|are|was|were|has\s+been|"
                          rf"have\s+been|'s|\u2019s|'re|\u2019re)\s+(?:all\s+|already\s+)?(?:booked\s+and\s+|reserved\s+and\s+)?"
                          rf"billed\s+(?:directly\s+)?to\s+(?:us|me|our\s+(?:account|company|card|master\s+account))\b|"
                          # (a free place kept for the reader: "I've reserved a complimentary pass to the expo for you")
                          rf"\b(?:reserved|booked|set\s+aside|arranged|saved)\s+(?:a|an|one|two|three|four|\d{{1,2}})\s+"
                          rf"(?:complimentary|free|comp)\s+(?:[\w-]+\s+){{0,2}}?{_TRIP_COSTS}\b[^.;!?]{{0,60}}?\bfor\s+you\b|"
                          # (the costs may be listed at length first: "your flights and two nights at the Harbor
                          # Inn for the user conference are taken care of")
                          rf"\byour\s+(?:[\w-]+\s+){{0,2}}?{_TRIP_COSTS}\b[^.;!?]{{0,70}}?\b(?:is|are|was|were|will\s+be|'ll\s+be|"
                          rf"has\s+been|have\s+been|gets?)\s+(?:(?:fully|all|also|likewise|already)\s+){{0,2}}(?:waived|comped|comp['\u2019]d|complimentary|free|"
                          # (paid by the writer's side, named: "your flights and hotel were booked and paid by Acme";
                          # not by the reader's own side or a body: "paid by the county", "paid by your unit")
                          rf"(?:booked\s+and\s+)?paid(?:\s+for)?\s+by\s+(?!(?:your|their|his|her|the)\b)(?:us|me|(?-i:[A-Z])[\w&'\u2019-]*)|"
                          # (said as whose account it is on: "your hotel is on our account", "your pass is on us")
                          rf"on\s+us|on\s+our\s+(?:account|tab|dime)|on\s+the\s+house|at\s+our\s+(?:own\s+)?expense|"
                          # (or said done by the giver, passive: "your registration has been taken care of", "your hotel
                          # is covered"; not by the reader's own side: "covered by your training budget")
                          rf"(?:covered|taken\s+care\s+of)(?!\s+by\s+(?:your|their|his|her|the\s+(?:county|city|"
                          rf"state|department|agency|district|university|school|grant)\b)))(?!\w)", re.I)
# a thing no catalogue lists, priced in brackets, said to be coming to the reader: "a smoked ham ($65) is on its way to
# you", "two fleece vests ($55 each) are headed your way"
_PRICED_ON_ITS_WAY = re.compile(r"\b(?:a|an|one|two|three|four|five|six|\d{1,2})\s+[^.()$;!?]{1,60}?\(\s*(?:about\s+|approx\.?\s+)?"
                                r"\$\s?\d[\d,.]*(?:\s+(?:each|apiece|a\s+piece))?\s*\)\s+(?:is|are|was|were)\s+(?:on\s+(?:its|their)\s+way|"
                                r"headed|heading|coming|being\s+(?:sent|shipped|delivered))\b", re.I)
# the reader's side billed for what the writer arranged: "we will bill the department at cost", "we'll invoice you after"
_BILLED_BACK = re.compile(r"(?<!\bnot )(?<!n't )(?<!never )\b(?:bill|invoice|re-?bill)(?:d|s|ed)?\s+(?:it\s+(?:back\s+)?to\s+)?(?:you|your\s+\w+|the\s+"
                          r"(?:department|agency|county|city|office|unit|division|district|state))\b", re.I)
# the writer's side named as who covers a trip's costs, no "your" before them: "We cover airfare, two nights' lodging and
# all meals", "Acme covers the flights and the hotel" (`costs_taken_on`: the subject is "we"/"I" or the vendor's name)
_WE_COVER_COSTS = re.compile(rf"\b(?:cover|covers|covering|pay\s+for|pays\s+for|paying\s+for|(?:take|takes|taking)\s+care\s+of)"
                             rf"\s+(?:all\s+of\s+)?(?:the\s+)?(?:[\w'-]+\s+){{0,2}}?{_TRIP_COSTS}\b", re.I)
_WE_BEFORE = re.compile(r"\b(?:we|i)(?:'ll|’ll|\s+will|'d|’d|\s+would|\s+can|\s+also|\s+always|\s+fully|\s+happily)*\s+$", re.I)
_COST_NP = rf"\b{COSTS}\b(?:\s+(?:for|to|at)\s+(?:the\s+|your\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}?)?"
_COST_PRICED = re.compile(rf"{_COST_NP}\s*(?:\(|,|:|\u2013|-|\bof\b|\bis\b|\bat\b)?\s*(?:about|around|roughly|approx(?:imately|\.)?|~)?\s*\$\s?\d"
                          # "your registration for the Regional Safety Summit in Tulsa next month ($595)": a longer
                          # account of what the cost is for, the price in brackets after it
                          rf"|\b{COSTS}\s+(?:for|to|at|in|on)\s+[^.;:!?$()]{{1,80}}?\(\s*(?:about|around|roughly|approx(?:imately|\.)?|~)?\s*\$\s?\d"
                          rf"|\$\s?\d[\d,.]*k?\s+{COSTS}\b"
                          # "your hotel is on us, about $400": the cost said to be paid, then what it comes to
                          rf"|{_COST_NP}\s+(?:is|are|was|were)"
                          rf"\s+(?:all\s+|fully\s+|entirely\s+)?(?:on\s+[\w&'\u2019-]+|covered|comped|taken care of|paid for|our treat|"
                          rf"my treat)(?:\s+by\s+[\w&'\u2019-]+(?:\s+[\w&'\u2019-]+){{0,2}}?)?\s*[,(\u2013-]?\s*(?:about|around|roughly|"
                          rf"approx(?:imately|\.)?|~|which is|that's|worth)?\s*\$\s?\d"
                          # "we've got your workshop fee covered ($640)": the cost said covered, then what it comes to
                          rf"|{_COST_NP}\s+(?:all\s+|fully\s+)?(?:covered|taken care of|comped)\s*[,(\u2013-]?\s*(?:about|around|"
                          rf"roughly|approx(?:imately|\.)?|~)?\s*\$\s?\d", re.I)
# a cost and what it came to: "two nights at the Wexford came to $612", "the passes were $310 in all"
_COST_CAME_TO = re.compile(rf"{_COST_NP}\s+(?:(?:came|comes|come)\s+(?:out\s+)?to|ran|were|was|totall?ed)\s+"
                           r"(?:about|around|roughly|approx(?:imately|\.)?|~)?\s*\$\s?\d", re.I)
# "dinner at Marlowe's, our treat (about $90)": the terms, then what it comes to (read where a cost is named)
_TERMS_PRICED = re.compile(r"\b(?:on us|on me|our treat|my treat|on the house)\s*[,(\u2013-]?\s*\(?\s*(?:about|around|roughly|"
                           r"approx(?:imately|\.)?|~)?\s*\$\s?\d", re.I)
# a price, then the same things said free by a pronoun: "$240 for the pair, but they're on me", "They'd run you about
# $300, but it's on us" (not "Registration is $475, but lunch is on us": another thing said free)
# (or with "and" the writer's side taking the cost on: "It's $650 and we've got it covered", "$90 a head, and I'll cover it")
# (the reader named after the "but": "$649, but for you it is free", "but to your team they're gratis")
_PRICE_BUT_FREE = re.compile(r"(\$\s?\d[\d,]*(?:\.\d\d)?k?)[^.;!?$]{0,60}?,?\s+(?:but\s+(?:(?:for|to)\s+(?:you|your\s+[a-z]+)\s*,?\s+)?"
                             r"(?:it|they|these|those|this|that|both)"
                             r"(?:'s|’s|'re|’re|\s+is|\s+are|\s+one's|\s+ones\s+are)\s+(?:all\s+|totally\s+|entirely\s+)?"
                             r"(?:on\s+(?:me|us|the\s+house)|our\s+treat|my\s+treat|free|gratis|complimentary|comped|yours)"
                             r"|(?:but|and)\s+(?:we|I)(?:'ve|’ve|\s+have)?\s+got\s+(?:it|them|that|this|those)\s+(?:all\s+)?covered"
                             r"|(?:but|and)\s+(?:we|I)(?:'ll|’ll|\s+will|'re|’re|\s+are|'m|’m|\s+am)\s+(?:cover(?:ing)?|pay(?:ing)?\s+for|"
                             r"pick(?:ing)?\s+up)\s+(?:it|them|that|this|those)\b)\b", re.I)


def _price_said_free(s: Sentence) -> float | None:
    """The one price of a sentence that says the same thing free after it (`_PRICE_BUT_FREE`), else None."""
    x = _PRICE_BUT_FREE.search(s.text)
    stated = parse_money(x.group(1)) if x else []
    return stated[0][0] if len(stated) == 1 and stated[0][0] > 0 else None


# a yes that is the whole sentence: "Yes.", "Sure!", "Deal.", "Appreciated." (not "Ok.", which may only acknowledge)
# (and the shorthand of a quick reply: "sg", "sgtm", "sounds good", "I'm in", "count me in")
_BARE_YES = re.compile(r"\W*(?:yes|yep|yup|yeah|sure|absolutely|definitely|certainly|deal|appreciated|gladly|of course|"
                       r"sg|sgtm|sounds\s+(?:good|great)|i['\u2019]?m\s+in|count\s+me\s+in)"
                       r"[\s.!]*", re.I)
# the object of a giving verb priced as it is named: "(you) a $649 tablet", "(Otto) a tablet (the 10-inch model, $649)"
_PRICED_THING = re.compile(r"(?:(?:you|him|her|them|us|[A-Z][a-z]+)\s+)?(?:a|an|one)\s+(?:\$\s?\d[\d,.]*k?\s+"
                           r"(?!value\b|worth\b|retail\b)[A-Za-z][\w-]*|[\w\"'’-]+(?:\s+[\w\"'’-]+){0,3}\s*"
                           r"\([^()$]{0,40}\$\s?\d[\d,.]*k?\s*\))")
# an amount of credit, and a credit booked on an account ("now on your account", "credited to your account")
_CREDIT = re.compile(r"\$\s?\d[\d,.]*k?\s+(?:in|of)\s+(?:[A-Za-z-]+\s+){0,2}credits?\b", re.I)
_BOOKED = re.compile(r"\b(?:on your account|credited)\b", re.I)
# a credit of an amount ("a $4,000 credit", "$4,000 in renewal credit"; not a credit card) and where it is booked:
# "on Metro's renewal", "on your account", "toward its invoice", "applied to next year's bill", "credited"
_CREDIT_AMOUNT = re.compile(CREDIT_SAID + r"(?=\s*(?:[,.;:!)]|$|(?:on|to|toward|towards|against|is|was|has|have|now|"
                                          r"applied|posted)\b))", re.I)
# a condition before the credit: "if they sign", "once three more agencies sign", "when Riverton signs"
_CREDIT_IF = re.compile(r"\b(?:if|once|when|whenever|unless|as\s+soon\s+as|should)\b", re.I)
_CREDIT_BOOKED = re.compile(r"\b(?:(?:on|to|toward|towards|against)\s+(?:your|its|their|the|[A-Z][\w.-]*(?:'s|\u2019s))\s+"
                            r"(?:[\w'\u2019-]+\s+){0,3}?(?:account|renewal|invoice|bill|balance|subscription)s?|credited)\b")
# a credit said to be for a referral: "Under the referral program a $10,000 credit has been applied to ..."
_REFERRAL_WORD = re.compile(r"\breferr(?:al|als|ed|ing)\b", re.I)
# capitalised words after "to"/"for": perhaps the first words of an organisation's name ("giving them to Birch Row")
_TO_NAME = re.compile(r"\b(?:to|for)\s+((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)")
# a sum said to be the whole: "so $620 all in", "$900 in total", "comes to $310", "altogether $75"
_TOTAL_SAID = re.compile(r"\b(?:all[\s-]in|in\s+total|totals?|totaling|totalling|altogether|in\s+all|all\s+told|"
                         r"comes?\s+to|came\s+to|adds?\s+up\s+to|added\s+up\s+to)\b", re.I)

# money the vendor's side gives: a check made out to someone ("a cheque for $1,500 payable to the Youth Unit", "the check,
# made out to the league"), or a sum named as a donation, a contribution or a sponsorship ("our $500 contribution to the
# toy drive"); read only in a vendor's sentence that names an amount (`_GiftReader.money_given`)
_CHECK_TO = re.compile(r"\b(?:check|cheque)s?\b[^.;!?]{0,80}?\b(?:payable|made\s+(?:out|payable)|written\s+out|"
                       r"made)\s+to\b|\b(?:payable|made\s+out|made\s+payable)\s+to\b[^.;!?]{0,80}?\b(?:check|cheque)s?\b", re.I)
_MONEY_GIFT_NOUN = re.compile(r"\b(?:donation|donating|contribution|contributing|sponsorship|sponsoring)\b", re.I)
# a sum paid to a speaker or a panelist as a courtesy ("an honorarium of $1,500", "a $750 honorarium for the talk"): no
# price of anything sold, so money given by its name, whatever else the message speaks of
_HONORARIUM = re.compile(r"\bhonorari(?:um|ums|a)\b", re.I)
# how an honorarium is paid, after "paid by"/"paid via": a means, not a payer
_HONORARIUM_MEANS = frozenset({"check", "cheque", "direct", "wire", "bank", "mail", "transfer", "ach", "electronic",
                               "eft", "paypal", "venmo", "zelle"})
# ... unless it pays for something or pays back: a refund, a fee, an invoice, a deposit
_MONEY_OWED = re.compile(r"\b(?:refund(?:s|ed)?|rebates?|reimburs\w*|invoices?|fees?|deposit(?:s|ed)?|cashed|settlements?|owed|owe|"
                         r"balance|payment\s+for|in\s+payment|to\s+pay\s+for|permits?|fines?|penalt(?:y|ies)|"
                         r"restitution|damages|overpaid|overpayment|credit\s+memo)\b", re.I)
# who a check is made out to: "payable to the Youth Unit", "made out to your department"
_PAYABLE_TO = re.compile(r"\b(?:payable|made\s+out|made\s+payable|written\s+out|contributions?|sponsorships?)\s+to"
                         r"(?:\s+the|\s+your|\s+our)?$")
# a code said to be used without its printing: "signed using your code", "came in with your referral code"
# (or "quoted", "cited" on an order: "came in quoting your referral code")
_CODE_USED = re.compile(r"\b(?:using|used|with|through|via|quoted|quoting|cited|citing)\s+(?:your|his|her|their)\s+"
                        r"(?:\w+\s+)?code\b"
                        # agencies counted "on" the reader's code: "That's two agencies on your code"
                        r"|\b(?:on|under)\s+your\s+(?:\w+\s+)?code\b", re.I)
# a code of the release printed after a verb of using it, said as done: "both signed this month using ZED-40" (not
# "you can order using ZED-40")
_PRINTED_CODE_USED = frozenset({"using", "used", "quoted", "quoting", "cited", "citing"})
# "quoted" naming the code it quoted ("quoted ZED-40", "quoting your code"): a code used on an order, no price quote
_QUOTE_WORDS = frozenset({"quote", "quoted", "quoting", "quotes"})
# a sentence that opens on a condition ("If Brisco orders quoting your code, ..."): the use is not said as done
_IF_FIRST = re.compile(r"\W*(?:if|once|unless|should|whenever)\b", re.I)
_CODE_AFTER = re.compile(r"\s*(?:(?:your|his|her|their|the|my)\s+(?:\w+\s+)?)?code\b", re.I)
_MODAL_WORDS = frozenset({"can", "could", "may", "might", "will", "would", "should", "shall", "must", "'ll", "’ll"})
# two people joined by "and" as the object of a verb of giving, hosting or enrolling ("put Olga and Sid through", "have
# you and Olga there"), not the start of a longer list ("Olga and Sid and Ana", "Olga and Sid, ...")
# (or the two named after "for": "we'll waive the tuition for Dep. Ames and Dep. Roe"); a name may carry a rank cut short
# (a rank before the name, abbreviated with a dot or in capitals: "Sgt. Bell", "SSA Ruiz", "ASAC Lowe-Hart")
_PAIR_NAME = r"(?:[A-Z][a-z]{1,4}\.\s+|[A-Z]{2,5}\s+)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:\s+[A-Z][a-z'’-]+)?"
# (the verb in any case: "Would you and Bram join us", opening its sentence, as "would you and Bram" mid-sentence)
_PAIR_OBJECT = re.compile(r"\b(?i:send|sending|give|giving|put|putting|have|host|hosting|bring|bringing|treat|treating|invite|"
                          r"inviting|enroll|enrolling|register|registering|comp|comping|for|"
                          # (the pair asked whether they are free for it: "would you and Bram be free for dinner?")
                          r"(?<![\w'])(?:would|will|could|are))\s+(you|yourself|" + _PAIR_NAME + r")"
                          r"\s+and\s+(you|yourself|" + _PAIR_NAME + r")\b(?!\s*(?:,|and\b))")
# an amount said of each of several people ("$1,500 a head", "about $90 per person")
_PER_HEAD = re.compile(r"\$\s?\d[\d,.]*k?\s+(?:a|per)\s+(?:head|person|guest)\b", re.I)
# three people or more listed after "to" or "for" ("send a pack to you, Ada Marsh and Lew Pratt", "a pair for Ada Marsh,
# Lew Pratt and you"): each one's, after a verb of giving earlier in the sentence
_LIST_OBJECT = re.compile(r"\b(?:to|for)\s+((?:you|" + _PAIR_NAME + r")(?:,\s+(?:you|" + _PAIR_NAME + r")){1,6},?\s+and\s+(?:you|"
                          + _PAIR_NAME + r"))\b(?!\s*(?:,|and\b))")
# an event whose prizes are donated to the organisation that holds it
_PRIZE_EVENT = re.compile(r"\b(?:raffle|silent auction|auction|prize drawing|fundraiser|tombola|door prizes?)\b", re.I)
# the things just given named as one set: "The kit lists at $259.", "The whole bundle retails for $400."
_WHOLE_SET = re.compile(r"\W*(?:the|that|this|each)\s+(?:whole\s+|entire\s+)?(?:pack|package|bundle|kit|set|combo|lot)\b", re.I)
# words quoted and then attributed: '"...," said Chief Ames', '"..." says the director', '"...," she added'
_SAID_AFTER_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{8,}?)[,.!?]?[\"\u201d]\s*,?\s*(?:said|says|added|adds|noted|notes|"
                               r"explained|explains|according\s+to)\b", re.I)
# the pair just named spoken to as both readers ("... to have you and Olga there. Passes are on us for each of you.")
_EACH_OF_YOU = re.compile(r"\b(?:each|both) of you\b|\byou (?:both|each|two)\b", re.I)
_BOTH_OF_THEM = re.compile(r"\b(?:both|each|either|all) of them\b|\bfor them\b", re.I)
# "register", "sign up", "enrol": putting people down for places (a course's seats), said by whoever chooses them
_ENROL = r"(?:register|enrol+|sign up|put down|book)"


def _same_unit_word(last: str, noun: str) -> bool:
    """The last word of a unit's name and a unit word of the text name one kind of unit ("Laboratory" and "the lab")."""
    return last == noun or {last, noun} <= {"lab", "laboratory"}


# the things staying with someone: "the kiosks stay with your unit", "remain here with the squad"
_STAYS_WITH = r"(?:stays?|staying|remains?|remaining)(?:\s+(?:on|here|there))?\s+with"
# "keep the X with the unit", "keep them with your squad": the reader keeps them for the unit
_KEEP_WITH = (r"(?<!n't )(?<!not )\bkeep\s+(?:it|them|(?:the|both|all|those|these)\s+[\w-]+(?:\s+[\w-]+)?)"
              r"\s+with")
# time of a service: "a year of", "six months of", "12 free months of"
_TIME_OF = re.compile(r"\b(?:an?|one|two|three|four|six|twelve|\d{1,2})\s+(?:free\s+|full\s+|extra\s+)?(?:years?|months?)\s+of\b",
                      re.I)
# a line of a list: "- 6 seats", "* Full registration", "• Airfare", "2) Hotel"
# (a memo's items are lettered too: "a. Round-trip airfare: $412.60", "b) Lodging: $587.40")
_LIST_LINE = re.compile(r"\s*(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-h][.)])\s+\S")


# what a gift goes toward, named back with "the": "donating $750 toward the drive", "a check for the fund"
_TOWARD_THING = re.compile(r"\b(?:toward|towards|to|for)\s+(?:the|this|that)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", re.I)
# the members of the reader's unit, named as a group the things are for ("for the cadets to keep", "for your recruits";
# in speech "for the lads on the boats", "sort your lot out", "your guys": British "you lot", the crew of a boat)
_UNIT_PEOPLE = re.compile(r"\b(?:for (?:the|your|all the|all your) (?:[a-z]+ )?(?:cadets|recruits|trainees|troopers|deputies|officers|agents|"
                          r"detectives|investigators|analysts|dispatchers|firefighters|medics|paramedics|personnel|staff|lads"
                          r"|guys|boys|crew|crews|folks)|your (?:lot|lads|guys|boys|crew|crews|folks|people)"
                          # "a crawfish boil for you and the training staff": the reader with the people of their unit
                          r"|for you and (?:the|your|all the|all your) (?:[a-z]+ )?(?:staff|crew|crews|team|guys|folks|lads|"
                          r"boys|instructors|officers|deputies|cadets|recruits|trainees|troopers))\b", re.I)

# a reply said for the reader's whole side ("we'll have to decline", "our policy"), not for its writer alone
_WE_SIDE = frozenset({"we", "us", "our", "ours", "we're", "we'll", "we've", "we’re", "we’ll", "we’ve"})

def _we_decline(s: Sentence) -> bool:
    """The answer declines for the writer's whole side: "we", "us" or "our" said up to the end of the decline ("We'll
    have to pass", "our unit must decline"), not only after it, of something else ("I have to decline - I don't accept
    outings from vendors we buy from")."""
    ends = [sp.end for sp in s.spans("decline") if getattr(sp, "end", None) is not None]
    end = max(ends) if ends else len(s.doc)
    return any(t.lower_ in _WE_SIDE for t in s.doc[:end])


_COST_TO = re.compile(r"\b(?:charge|cost|expense|bill|billed|invoice|invoiced|fee|price)\b(?: \w+)? to(?: the| your)?$")


def doc_words(s: Sentence, start: int, n: int = 2) -> list[str]:
    """The lower-case words of the sentence's tokens start .. start + n."""
    return [t.lower_ for t in s.doc[start:start + n]]


def _name_start(s: Sentence, k: int) -> int:
    """The start of the capitalised words (up to three) that end at token k ("Community Relations" of
    "... Office")."""
    start = k
    while start > 0 and k - start < 3 and s.doc[start - 1].is_title:
        start -= 1
    return start


class _GiftReader:
    def __init__(self, ctx: ThreadContext):
        self.ctx = ctx
        self.rules = ctx.rules
        self._where = {m.id: (thread, pos) for thread in ctx.threads for pos, m in enumerate(thread)}
        self._kind_memo: dict[tuple[str, int], dict[str, int]] = {}
        self._titles_memo: list[tuple[str, str]] | None = None  # `_official_titles`
        self._agency_memo: set[str] | None = None
        self._back_sents: dict[int, Sentence] = {}  # (`_amount_named_before`: the sentence an offer's amount was in)
        self._back_nouns = {str(w).lower() for w in self.rules.gift.get("named_back") or []}
        self._kinds_memo: dict[str, set[str]] | None = None

    # -- one sentence ----------------------------------------------------------------------
    def vendor_speaks(self, s: Sentence) -> bool:
        """The sentence's message is sent by someone on the vendor's side."""
        return self.ctx.side(self.ctx.pid(s.message.sender)) == "vendor"

    def gift_like(self, s: Sentence) -> bool:
        """Says something is free or handed over, and names items or a value."""
        # (a product named only as a part of the things or as what an event is about, "two units with the X app already
        # paired", "an X demo", is no item)
        if s.products and self.ctx.items_of(s):
            if s.has("free") or s.has("give") or self.following_free(s) or self.paid_for_reader(s):
                return True
            # a vendor's shipment in a message that says it is free or rewards a code's uses ("redeemed 9 times"; "two
            # agencies signed up using your code. Two X are on their way to you")
            ctx = self.ctx
            if s.has("ship") and self.vendor_speaks(s):
                sents = ctx.sentences.get(s.message.id, [])
                return any(t.has("free") or uses_in(t) is not None or (
                    (bool(_CODE_USED.search(t.text)) or any(a > 0 and t.doc[a - 1].lower_ in _PRINTED_CODE_USED
                                                            and not any(w.lower_ in _MODAL_WORDS for w in t.doc)
                                                            for _, a, _b in t.codes))
                    and not t.has("conditional") and not _IF_FIRST.match(t.text)
                    and all(self._code_quoted(t, sp) for sp in t.spans("purchase"))
                    and not t.text.rstrip().endswith("?")) for t in sents)
            return self._donation_answered(s)
        return self._gift_like_unnamed(s)

    @staticmethod
    def _code_quoted(t: Sentence, sp) -> bool:
        """The purchase word ``sp`` is "quoted" naming the code it quoted ("and quoted ZED-40", "quoting your code"):
        a code used on an order, not a price quoted."""
        if len(sp) != 1 or sp[0].lower_ not in _QUOTE_WORDS:
            return False
        return any(a == sp.end for _, a, _b in t.codes) or bool(_CODE_AFTER.match(t.doc[sp.end:].text))

    def _donation_answered(self, s: Sentence) -> bool:
        """The vendor's answer to a request for a donation names the things it will give ("Any chance you'd donate a
        few things for the auction?" - "Absolutely. Here's what we can do: - 2x X for the auction"): the request said
        they are free, so the things named are offered as a gift. Not a sentence that sells, lends, asks or sets a
        condition, nor an answer to anything but such a request."""
        if not self.vendor_speaks(s) or any(s.has(label) for label in ("purchase", "loan", "conditional", "request",
                                                                         "discount", "decline", "hypothetical")):
            return False
        if s.text.rstrip().endswith("?"):
            return False
        return self._donation_asked(s) is not None

    def _donation_asked(self, s: Sentence) -> Message | None:
        """The other side's last message before the vendor's ``s`` in its thread, when a request or question of it
        asks for a donation ("would you donate ...", "any chance you could spare ..."); else None."""
        ctx = self.ctx
        thread, pos = self._where.get(s.message.id, ([], 0))
        for prior in reversed(thread[:pos]):
            asker = ctx.pid(prior.sender)
            if asker is None or ctx.side(asker) == "vendor":
                continue
            asked = any((t.has("request") or t.text.rstrip().endswith("?")) and self._GIFT_ASKED.search(t.text)
                        and not t.has("purchase") for t in ctx.sentences.get(prior.id, []))
            return prior if asked else None
        return None

    def _gift_like_unnamed(self, s: Sentence) -> bool:
        # no item named: a stated value given free ("choose any $400 of equipment, our treat"),
        # here or in the next sentence ("Two boxes are on their way, no charge. About $900 in all.")
        if self.carried_from(s) is not None:
            return True  # "I kept two units back for you. They're on us.": the items of the sentence before
        if self.kind_items(s):
            return True  # "Keep the cameras, no charge.": the cameras named before
        if self._accept_these(s):
            return True  # "We had a small run of pocket watches made. Please accept two of them."
        if self._credit_earned(s):
            return True  # "two agencies signed with your code, so $1,000 in training credit is now on your account"
        if self.time_earned(s):
            return True  # "... signed with your code. That's two free years added to your licence."
        if self._reward_sent(s):
            return True  # "... has been used by three agencies. A $500 bonus has been issued to you as a prepaid card."
        if self.priced_given(s) and (s.has("free") or self.following_free(s)):
            return True  # "I'm sending you a tablet (the 10-inch one, $649). It's yours to keep."
        if s.has("ship") and s.has("free") and self.vendor_speaks(s) and _PRICED_ON_ITS_WAY.search(s.text):
            return True  # "A smoked ham ($65) is on its way to you, a thank-you for the year."
        if s.has("give") and not s.has("free") and not s.has("each_of_you") and self.vendor_speaks(s) \
                and count_said(self.rules, s) and self.following_free(s) and self._next_priced(s) \
                and self.following_value(s) is not None:
            # "I'm shipping 12 fleece vests for you and the crew. They go for $55 apiece, these are on the house.": things
            # counted and given, priced one by one and said free in the next sentence (not "I'll bring Ann and enough
            # demo units. Also - dinner after, our treat.": no count, and the price is not the next sentence's)
            return True
        if self.money_given(s):
            return True  # "Attached is a scan of the cheque: $1,500 payable to the Youth Unit for the fun run."
        if self._priced_but_free(s):
            return True  # "It rents for $300 a weekend, but it's on me", "They're $90 for the pair but they're yours"
        if self.costs_taken_on(s):
            return True  # "We'll take care of your airfare and two nights at the hotel": the trip's costs, said or not
        if self.goods_handed_over(s):
            return True  # "I left one of our fleece jackets on your desk": promotional goods handed over are a present
        if not s.has("free") and not self.paid_for_reader(s):
            return False
        if s.has("hosted") and self.vendor_speaks(s):
            return True  # "I have two extra tickets to Friday's game.", "Lunch is on us": worth something, said or not
        if s.has("value_cue") and parse_money(s.text):
            return True
        if each_value(self.rules, s) is not None:
            return True  # "six gift baskets (cheese, the works) at about $75 a basket": counted, priced one by one, free
        if per_head(self.rules, s, each=s.has("each_of_you") or bool(COST_WORD.search(s.text.lower()))) is not None:
            return True  # "greens fees, cart and lunch are on us (about $175 a player)"
        if self._head_after(s) is not None:
            return True  # "Dinner tonight is on Acme for the four of you. Figure about $50 a head."
        if list_price(s) is not None:
            return True  # "a thermal kit, on the house (MSRP $1,200)"
        if _COST_PRICED.search(s.text):
            return True  # "we'll cover your registration ($450)", "your $450 registration is on us": what it costs
        if _TERMS_PRICED.search(s.text) and COST_WORD.search(s.text.lower()):
            return True
        if s.has("give") and s.text.rstrip().endswith(":"):
            # "... the following, at no cost:" with the items listed on the next lines
            sents = self.ctx.sentences.get(s.message.id, [])
            if any(t.products for t in sents[s.index + 1:s.index + 4]):
                return True
        return self.following_value(s) is not None or self.preceding_value(s) is not None

    _THESE = frozenset({"them", "these", "those", "one", "it", "this"})

    def _accept_these(self, s: Sentence) -> bool:
        """The vendor's side asking the reader to accept things it named in the sentence before, of the kinds firms
        give ("We had a small run of pocket watches made for our jubilee. Please accept two of them."): handed over,
        as "please accept this bottle of wine" is. Not things sold, lent or asked for."""
        if s.products or not s.has("handed_over") or not self.vendor_speaks(s) or \
                any(s.has(label) for label in self._CARRY_BLOCKS + ("loan", "decline")):
            return False
        if not any(t.lower_ in self._THESE for t in s.doc):
            return False
        sents = self.ctx.sentences.get(s.message.id, [])
        before = sents[s.index - 1] if s.index > 0 else None
        return before is not None and before.paragraph == s.paragraph and before.has("hosted") and not any(
            before.has(label) for label in self._CARRY_BLOCKS + ("loan",))

    def _head_after(self, s: Sentence) -> float | None:
        """A meal or a round said free with no amount, priced per person in the next sentence of the paragraph
        ("Lunch Friday is on Acme for the four of you. Figure about $25 a head."): that amount, each one's."""
        if s.products or not s.has("free") or parse_money(s.text):
            return None
        for t in self.ctx.sentences.get(s.message.id, [])[s.index + 1:s.index + 2]:
            if t.paragraph == s.paragraph and not t.has("conditional") and all(
                    self._paid_already(t, sp) for sp in t.spans("purchase")):
                return per_head(self.rules, t)
        return None

    _PAID_STATE = frozenset({"is", "'s", "\u2019s", "are", "'re", "\u2019re", "was", "were", "been", "already", "all",
                             "fully", "now"})

    @classmethod
    def _paid_already(cls, t: Sentence, sp) -> bool:
        """A "paid" said of the thing the sentence before gave free, with no payer named: "Registration is $475 a
        person and it's already paid" (the speaker's side paid it), not "paid by your department", "paid on invoice"."""
        doc = t.doc
        if sp.text.lower() != "paid" or sp.start == 0 or doc[sp.start - 1].lower_ not in cls._PAID_STATE:
            return False
        after = doc[sp.end].lower_ if sp.end < len(doc) else ""
        return after in {"", ".", "!", ",", ";", "up", "and", "so"} or (after == "for" and (
            sp.end + 1 >= len(doc) or not doc[sp.end + 1].like_num and doc[sp.end + 1].lower_ not in {"by", "with"}))

    def _credit_earned(self, s: Sentence) -> bool:
        """The vendor booking a credit on the reader's account in the sentence that names the code it rewards or reports
        its uses: what the uses came to ("... signed with your code X, so $1,000 in training credit is now on your
        account"). A credit of no code (a refund, an outage credit) or only promised ("once three sign") is not."""
        if not self.vendor_speaks(s) or s.has("conditional"):
            return False
        if (s.has("value_cue") and bool(_CREDIT.search(s.text)) and (bool(s.codes) or reported_uses(s) is not None)
                and any(_BOOKED.search(sp.text) for sp in s.spans("ship"))):
            return True
        # the uses reported in the sentence before, the credit they earn booked in this one: "Two more agencies
        # signed with your code. That's a $4,000 credit on Metro's renewal." (not "once three sign")
        amount = _CREDIT_AMOUNT.search(s.text)
        if not (amount and _CREDIT_BOOKED.search(s.text)) or _CREDIT_IF.search(s.text[:amount.start()]):
            return False
        sents = self.ctx.sentences.get(s.message.id, [])
        before = [t for t in sents[max(0, s.index - 1):s.index] if t.paragraph == s.paragraph]
        return any((bool(t.codes) or reported_uses(t) is not None or bool(_CODE_USED.search(t.text))
                    or t is s and bool(_REFERRAL_WORD.search(t.text)))
                   and not t.has("conditional") and not (t is not s and _CREDIT_IF.search(t.text)) for t in [s, *before])

    _TIME_EARNED = re.compile(r"\b(an?|one|\d{1,2}|[a-z]+)\s+(?:more\s+)?(?:free|extra|bonus|additional|complimentary)\s+"
                              r"(years?|months?)\b(?:\s+of\s+service)?\s+(?:(?:have|has)\s+been\s+|(?:is|are|were|was)\s+(?:now\s+)?)?"
                              r"(?:added|credited|tacked\s+on|applied)\s+(?:to|on(?:to)?)\s+(?:your|its|their|[A-Z][\w.-]*(?:'s|\u2019s))\s+"
                              r"((?:[\w-]+\s+){0,2}?)([\w-]+)\b", re.I)

    def time_earned(self, s: Sentence) -> tuple[str, float] | None:
        """The vendor adding free time to the reader's service for a code's uses, said as done, in the sentence that
        names the code or reports its uses or the one after ("Brisco and Pell both signed with your code. That's two
        free years added to your licence."): (the one product of the service's kind, the years added). Not a
        condition ("once two more sign"), nor time added for anything else (an outage)."""
        if not self.vendor_speaks(s) or s.has("conditional"):
            return None
        x = self._TIME_EARNED.search(s.text)
        if not x or _CREDIT_IF.search(s.text[:x.start()]):
            return None
        word = x.group(1).lower()
        n = 1 if word in {"a", "an", "one"} else int(word) if word.isdigit() else count_of(self.rules, word)
        if not n or not 0 < n <= 10:
            return None
        years = n / 12 if x.group(2).lower().startswith("month") else float(n)
        named = {pid for pid, *_ in s.products}
        kind = kind_of(x.group(4).lower())
        pids = {pid for pid in named if self._service(pid)} or (self._kinds().get(kind, set()) if kind else set())
        if len(pids) != 1:
            return None
        sents = self.ctx.sentences.get(s.message.id, [])
        before = [t for t in sents[max(0, s.index - 1):s.index] if t.paragraph == s.paragraph]
        if not any((bool(t.codes) or reported_uses(t) is not None or bool(_CODE_USED.search(t.text)))
                   and not t.has("conditional") for t in [s, *before]):
            return None
        return next(iter(pids)), years

    def _reward_sent(self, s: Sentence) -> bool:
        """The vendor sending an amount said to be worth that (a bonus, a prepaid card: `value_cue`) in a message that
        reports a code's uses or names a code ("your code X has now been used by three agencies. A bonus of $500 has
        been issued to you in the form of a prepaid card"): the reward for the uses, sent. Not a condition ("once ten
        agencies have used it"), nor a sentence that asks or sells."""
        if not self.vendor_speaks(s) or not (s.has("ship") and s.has("value_cue")) or not parse_money(s.text):
            return False
        if any(s.has(label) for label in ("conditional", "request", "purchase", "hypothetical")):
            return False
        sents = self.ctx.sentences.get(s.message.id, [])
        return any(uses_in(t) is not None for t in sents) and any(t.codes for t in sents)

    def list_intro(self, s: Sentence) -> Sentence | None:
        """The sentence that introduces the list a list line belongs to ("Here is our proposal for a 90-day pilot:"
        above "- 6 seats"), when it ends with a colon and stands right above the list."""
        if not _LIST_LINE.match(s.text):
            return None
        sents = self.ctx.sentences.get(s.message.id, [])
        k = s.index - 1
        while k >= 0 and s.index - k <= 8 and _LIST_LINE.match(sents[k].text):
            k -= 1
        if k >= 0 and s.index - k <= 8 and sents[k].text.rstrip().endswith(":"):
            return sents[k]
        return None

    def offer_blocked(self, s: Sentence) -> str | None:
        intro = self.list_intro(s)
        if intro is not None:
            # the items of a list that a trial, a sale or a condition introduces are lent, sold, conditional
            label = next((b for b in ("loan", "purchase", "conditional") if intro.has(b)), None)
            if label and self.offer_blocked(intro) == label:
                return label
        for label in ("purchase", "conditional", "hypothetical", "request", "loan"):
            if label == "hypothetical" and s.has(label) and all(self._estimate(sp) for sp in s.spans(label)):
                continue  # "maybe $40 worth": the amount is guessed, the giving is not
            if label == "hypothetical" and s.has(label) and self._preamble_only(s, label):
                continue  # "... I was hoping to hear; keep them, they're yours": a maybe of a clause before the giving
            if label == "hypothetical" and s.has(label) and self._advice_after(s, label):
                continue  # "... yours to keep, so maybe go easy on it": advice on the thing given, not a maybe of the giving
            if label == "loan" and self._lent_then_kept(s):
                continue  # "the X we lent you: keep it, consider it a gift": the loan is past, the giving is now
            if label == "loan" and self._thanked_for_only(s, label):
                continue  # "In gratitude for your feedback during the trial, we've sent you ...": what is thanked for
            if label == "loan" and self._thanked_for_after(s, label):
                continue  # "A case of X is on its way to you - a thank-you for your help with the trial": the same, after
            if s.has(label) and not (label == "conditional" and (self.if_wanted(s) or self._kept_after(s)
                                                                 or self._rate_met(s) is not None
                                                                 or self.if_number_asked(s))) and not (
                    label == "request" and (self.offer_question(s) or self._hands_over(s))) and not (
                    label == "purchase" and (self.paid_for_reader(s) or self.free_after_all(s) or self._reward_check(s)
                                             or self._thanked_for_after(s, label)
                                             or self._sells_for_but_free(s)
                                             or self._cut_but_we_cover(s)
                                             or self._bill_paid_at_table(s)
                                             or self._money_check(s)
                                             or self._honorarium_paid(s)
                                             or self._paid_cost_itself(s)
                                             or (not s.products and self.carried_from(s) is not None)
                                             or self._credit_earned(s))):  # "a $4,000 credit on your renewal"
                return label
        if self._asked_back_after(s):
            return "loan"
        if self.ordered(s.message):
            return "purchase"
        if s.codes and s.has("discount") and s.products and all(
                any(sp.end <= a for sp in s.spans("discount")) for _, a, *_ in s.products):
            # "Here is a code just for you: X50, $50 off any Y doorbell": the code's price cut, the Y no thing given
            return "discount"
        if self._gives_not(s):
            return "negated"
        if self._turned_down_within(s):
            return "declined"
        if self._proposed_to_others(s):
            return "proposed"
        if self._thing_adds(s) or self._added_by_us(s):
            return "feature"
        if self._sends_people(s):
            return "people"
        if _PUBLIC_GETS.search(s.text):
            return "public"  # "Residents get the X free", "Neighbors who sign up with your code get two months free"
        if any(not self._period_not_tally(s, sp, self.ctx.items_of) and not self._uses_tally(s, sp) for sp in s.spans("recap")):
            return "recap"
        if self.reported(s) or self._passive_by_other(s) or self._attributed_quote(s) or self._passive_told(s):
            return "reported"
        # "they sent me three" (a third party gave the speaker); not "the address you gave me"
        if any(not (sp.start > 0 and s.doc[sp.start - 1].lower_ in {"you", "u"}) and not self._paid_at_table(sp)
               and not self._word_sent_me(sp) and not self._got_for_reader(sp) and not self._thanks_after_giving(s, sp)
               for sp in s.spans("received_by_speaker")):
            return "received_by_speaker"
        if s.text.rstrip().endswith("?") and not re.search(r"\b(we|i|us)\b", s.text.lower()) and not self.offer_question(s):
            return "request"
        if self.given_by_reader(s):
            return "given_by_reader"
        # "we'll gladly take them at no cost": the speaker takes what is offered, gives nothing
        if any(w in sp.text.lower().split() for sp in s.spans("accept") for w in ("take", "accept", "accepted", "accepting")):
            if not self.vendor_speaks(s):
                return "accepting"
        return None

    @staticmethod
    def _thanked_for_only(s: Sentence, label: str) -> bool:
        """Every cue of ``label`` stands in a clause of thanks that opens the sentence and names what the thanks are for
        ("As a token of our gratitude for your feedback during the pilot, we have arranged ..."), set off by a comma
        before the first verb of giving: the reason for the gift, not its terms."""
        gives = [sp.start for sp in s.spans("give")]
        if not gives:
            return False
        first = min(gives)
        doc = s.doc
        for sp in s.spans(label):
            if sp.start >= first or not _THANKED_FOR_BEFORE.search(doc[:sp.start].text) \
                    or not any(t.text == "," for t in doc[sp.end:first]):
                return False
        return True

    # thanks said after the giving, set off by a comma: ", to say thanks for ...", ", as a thank-you for ...", ", in
    # appreciation of ..."
    # (or by a dash, the thing itself named a thank-you in apposition: "... is on its way to you - a thank-you for ...")
    _THANKS_AFTER = re.compile(r"(?:,|\s[-\u2013\u2014])\s*(?:(?:just\s+|all\s+)?to\s+(?:say\s+)?thank(?:s|\s+you)?|"
                               # ("as a thank-you for", or the thing named "a thank-you for" in apposition; not a
                               # bare ", thanks for the purchase order": the reader thanked, no purpose of the giving)
                               r"(?:as\s+(?:a\s+|our\s+|my\s+)?|(?:a|our|my)\s+)(?:small\s+|little\s+)?"
                               r"(?:thank[- ]?you|thanks)|in\s+(?:thanks|gratitude|appreciation))\s+(?:\w+\s+){0,2}?(?:for|of)\b",
                               re.I)

    @classmethod
    def _thanked_for_after(cls, s: Sentence, label: str) -> bool:
        """Every cue of ``label`` stands in a clause of thanks that follows the giving ("Let me take you to dinner, my
        treat, to say thanks for pushing the purchase order through"): what the thanks are for, not the gift's terms."""
        doc = s.doc
        if not len(doc):
            return False
        base = doc[0].idx
        gives = [doc[sp.start].idx - base for lab in ("give", "free") for sp in s.spans(lab)]
        thanks = [x.start() for x in cls._THANKS_AFTER.finditer(s.text)]
        cues = [doc[sp.start].idx - base for sp in s.spans(label)]
        if not gives or not thanks or not cues:
            return False
        # (the thanks may be the free cue itself: "... on its way to you - a thank-you for ...", the match opening on
        # the space and the dash before it)
        at = next((t for t in thanks if t > min(gives) or (t < min(gives) and not s.text[t:min(gives)].strip(' ,-\u2013\u2014'))), None)
        # (not when the thanks name the things bought: "..., as a thank-you for your order of 40 X")
        return at is not None and all(c > at for c in cues) and not any(doc[a].idx - base > at for _, a, _, _ in s.products)

    _RATE_MET = frozenset({"so", "which", "meaning", "hence", "thus"})

    _SELL_FORMS = frozenset({"sell", "sells", "sold", "selling"})
    _PRICED_SUBJECT = frozenset({"they", "these", "those", "it", "this", "that", "each", "one", "which", "normally",
                                 "usually", "typically", "regularly", "generally", "'re", "’re", "are", "is", "'s", "’s",
                                 "would", "will", "'d", "’d", "'ll", "’ll", "retail", "otherwise", "ordinarily"})

    def _sells_for_but_free(self, s: Sentence) -> bool:
        """Every sale word of the sentence is "sell(s) for" an amount said of the things ("they sell for $68 in our
        store, but these are on the house", "each one normally sells for $40; yours is free"): what they are worth, a
        free cue after it giving them away; not "we'll sell you two for $80", "I sold them for $40"."""
        doc = s.doc
        spans = s.spans("purchase")
        if not spans or not s.has("free"):
            return False
        last = 0
        for sp in spans:
            if sp.end - sp.start != 1 or doc[sp.start].lower_ not in self._SELL_FORMS:
                return False
            k = sp.end
            if k < len(doc) and doc[k].lower_ == "for":
                k += 1
            else:
                return False
            while k < len(doc) and doc[k].lower_ in {"about", "around", "roughly", "approximately", "approx", "approx.", "just", "over"}:
                k += 1
            if k >= len(doc) or doc[k].text not in {"$", "€", "£"} and not doc[k].text.startswith("$"):
                return False
            if sp.start == 0 or doc[sp.start - 1].lower_ not in self._PRICED_SUBJECT:
                return False
            last = max(last, sp.end)
        return all(f.start >= last for f in s.spans("free"))

    def _priced_but_free(self, s: Sentence) -> bool:
        """The vendor's side states what a thing costs, then "but" and the terms that give it ("The lodge rents for $300
        a weekend, but it's on me", "They're $90 for the pair but they're yours"): the price is what it is worth, the
        giving what the writer does; not a sale, a loan, a condition, a request or a maybe, and no sale word after the
        "but" ("..., but you can buy them for $40")."""
        # (the pattern first: most sentences asked have no "but it's on me")
        x = _BUT_GIVEN.search(s.text)
        if x is None or not re.search(r"[$\u20ac\u00a3]\s?\d", s.text[:x.start()]):
            return False
        if not s.has("free") or not self.vendor_speaks(s) or any(
                s.has(label) for label in ("conditional", "hypothetical", "request", "decline", "loan", "discount")):
            return False
        if any(t.products for t in self.ctx.sentences.get(s.message.id, [])[:s.index + 1] if t.paragraph == s.paragraph):
            return False  # "You may keep the X, a gift from us. It sells for $649, but for you it is free.": the X's price
        # (the spans' offsets are the Doc's, the match's the sentence text's, which begins at its first token)
        return not any(sp.start_char > s.doc[0].idx + x.start() for sp in s.spans("purchase"))

    def _paid_cost_itself(self, s: Sentence) -> bool:
        """Every sale word of the vendor's sentence is the paying of the reader's cost itself ("I paid your son's camp
        tuition", "we paid your registration"): the writer's side pays for the reader, nobody sells to them."""
        found = _COVER_COSTS.search(s.text) if self.vendor_speaks(s) else None
        paying = _paying_span(s, found) if found is not None else None
        return paying is not None and all(_within(sp, paying) for sp in s.spans("purchase"))

    def _cut_but_we_cover(self, s: Sentence) -> bool:
        """Every sale word of the sentence comes before a "but" whose clause has the writer's side taking the cost on
        ("code X takes 15% off for anyone, but we'd rather cover your pass ourselves", "... but we'll pay for your
        registration"): the price cut is the road not taken, the giving is what the writer offers."""
        doc = s.doc
        spans = s.spans("purchase")
        if not spans or not s.has("free"):
            return False
        last = max(sp.end for sp in spans)
        for b in range(last, len(doc)):
            if doc[b].lower_ != "but":
                continue
            free = [f for f in s.spans("free") if f.start > b]
            if free and any(w.lower_ in {"we", "i", "us"} for w in doc[b + 1:free[0].start]):
                return True
        return False

    _TABLE_BILL = frozenset({"check", "tab", "bill", "cheque"})

    _THEY_PRICED = re.compile(r"^\W*(?:they|these|those|each|each\s+one)\b", re.I)

    def _each_of_counted(self, g: _Gift, s: Sentence) -> float | None:
        """Things no catalogue lists, counted in the offer ("a box of jackets headed your way - eight of them") and
        priced one by one by a later sentence about them ("They run about $45 apiece"): the count times the price."""
        if not self._THEY_PRICED.match(s.text):
            return None
        one = per_head(self.rules, s, each=True)
        if one is None:
            return None
        n = next((c for c in (count_said(self.rules, t) or self._n_of_them(t) for t in g.offer_sents) if c), None)
        return round(n * one, 2) if n and n >= 2 else None

    _OF_THEM = re.compile(r"\b([a-z]+|\d{1,2})\s+of\s+(?:them|those|these)\b", re.I)

    def _n_of_them(self, t: Sentence) -> int | None:
        """"a box of jackets headed your way - eight of them": the count of the things the sentence names (hospitality
        or promotional goods; "three of them" alone may count people)."""
        if not t.has("hosted"):
            return None
        m = self._OF_THEM.search(t.text)
        n = count_of(self.rules, m.group(1).lower()) if m else None
        return n if n and 2 <= n <= 99 else None


    @staticmethod
    def _word_sent_me(sp) -> bool:
        """"... the list Olga sent me", "the roster the county sent us": the speaker was sent word of something (a list,
        sizes, an address) by whoever is named right before the verb (up to three words back, no punctuation between);
        the speaker received no thing."""
        doc = sp.doc
        for j in range(sp.start - 2, max(-1, sp.start - 5), -1):
            if doc[j].is_punct:
                return False
            if doc[j].lower_ in WORD_SENT:
                return True
        return False

    _THANKS_WORDS = frozenset({"thank", "thanks", "thank-you", "grateful", "gratitude", "appreciation"})

    def _thanks_after_giving(self, s: Sentence, sp) -> bool:
        """"(everyone gets a X) as a small thank you for giving us the afternoon": the reader's giving the speaker
        thanks for, in a token of thanks or a clause of thanks after the speaker's own giving, is what the thanks are
        for, no receipt."""
        doc = s.doc
        if sp.start == sp.end:  # a cue of the parse marks the sentence only: so do the words it was read from
            said = [x for x in s.spans("received_by_speaker") if x.start != x.end]
            return bool(said) and all(self._thanks_after_giving(s, x) for x in said)
        if sp.start < 2 or doc[sp.start - 1].lower_ != "for":
            return False
        thanks = [j for j in range(max(0, sp.start - 5), sp.start - 1) if doc[j].lower_ in self._THANKS_WORDS]
        # (a token of thanks, "as a small thank you for", or thanks after the speaker's own giving)
        return bool(thanks) and ("as" in {t.lower_ for t in doc[max(0, thanks[0] - 4):thanks[0]]} or any(
            g.start < thanks[0] for lab in ("give", "free") for g in s.spans(lab)))

    @staticmethod
    def _got_for_reader(sp) -> bool:
        """"I got you a seat in the course", "we got you into Friday's class": the speaker got something for the reader
        (the reader right after the verb), received nothing."""
        doc = sp.doc
        return sp.end < len(doc) and doc[sp.end - 1].lower_ == "got" and doc[sp.end].lower_ in ("you", "ya", "y'all")

    @classmethod
    def _paid_at_table(cls, sp) -> bool:
        """"I got the check", "we got the tab": the speaker paid a meal's bill, received nothing."""
        doc = sp.doc
        nxt = [t.lower_ for t in doc[sp.end:sp.end + 2]]
        return sp.text.lower().endswith("got") and len(nxt) == 2 and nxt[0] == "the" and nxt[1] in cls._TABLE_BILL

    # hospitality said to have been had: the bill paid at the table ("I got the check", "we picked up the tab") or
    # what it came to with the tip ("lunch being on me - it came to $46 with the tip")
    _PAID_BILL = re.compile(r"\b(?:I|we)\s+(?:just\s+|already\s+)?(?:got|grabbed|picked\s+up|took\s+care\s+of)\s+the\s+"
                            r"(?:check|tab|bill|cheque)\b", re.I)

    def _bill_paid_at_table(self, s: Sentence) -> bool:
        """Every purchase word of the sentence is inside the speaker's paying a meal's bill ("I grabbed the check for
        lunch"): the speaker paid for the reader, sold nothing."""
        paid = [(m.start(), m.end()) for m in self._PAID_BILL.finditer(s.text)]
        if not paid or not self.vendor_speaks(s):
            return False
        spans = s.spans("purchase")
        base = s.doc[0].idx if len(s.doc) else 0
        return bool(spans) and all(any(a <= sp.start_char - base < b for a, b in paid) for sp in spans)

    # the one treated telling who paid: "Dana paid for my dinner", "Acme picked up our lunch", "Dana covered my share"
    _PAID_FOR_ME = re.compile(r"\b((?-i:[A-Z])[\w&'\u2019-]*(?:\s+(?-i:[A-Z])[\w&'\u2019-]*)?)\s+(?:paid\s+for|picked\s+up|"
                              r"covered|footed|treated\s+(?:me|us)\s+to)\s+(?:my|our|me|us)\b", re.I)

    def _vendor_paid_for_speaker(self, s: Sentence, sp) -> bool:
        """A purchase word inside the vendor's person (or the vendor) named as paying for the speaker ("FYI - Dana
        paid for my dinner, about $60"), said by the one treated: hospitality received, not a sale."""
        if self.vendor_speaks(s):
            return False
        base = s.doc[0].idx if len(s.doc) else 0
        at = sp.start_char - base
        for x in self._PAID_FOR_ME.finditer(s.text):
            if x.start() <= at < x.end():
                who = self.ctx.find(x.group(1), s.message, ("person", "organization"))
                if who and (who == self.ctx.vendor_id or self.ctx.role(who) == "vendor_employee"):
                    return True
        return False

    def _hosting_had(self, s: Sentence) -> bool:
        """The vendor's side says of a meal or a round it hosted that it is over: the bill paid at the table, or
        what it came to with the tip or as a bill. No condition, question or modal outside the terms."""
        if not (s.has("hosted") and s.has("free") and self.vendor_speaks(s)) or s.has("conditional") \
                or s.text.rstrip().endswith("?"):
            return False
        # (a modal of another clause, "Glad we could grab lunch - I got the check", leaves the paying done)
        doc = s.doc
        cuts = [t.i for t in doc if t.text in {",", ";", ":", "-", "\u2013", "\u2014"}]
        for sp in s.spans("free"):
            a = max((c for c in cuts if c < sp.start), default=-1)
            b = min((c for c in cuts if c >= sp.end), default=len(doc))
            if any(a < m < b for m in self._modals_outside_terms(s)):
                continue
            clause = doc[a + 1:b].text
            if self._PAID_BILL.search(clause) or (self._CAME_TO.search(s.text) and self._BILL.search(s.text)):
                return True
        return False

    def money_given(self, s: Sentence) -> bool:
        """The vendor's side gives a sum of money: a check made out to the reader's side, or an amount named as a
        donation, a contribution or a sponsorship ("Enclosed is our check for $750, made out to the Youth League",
        "our $400 contribution to the toy drive"), in a message that speaks of sponsoring, donating or contributing
        (the check's words then sell nothing). Not money that pays for something or pays back (a refund, a fee, an
        invoice, a deposit), nor a condition, a request or a maybe."""
        text = s.text
        honorarium = _HONORARIUM.search(text) is not None
        if "$" not in text and "dollar" not in text.lower() or not (_CHECK_TO.search(text) or _MONEY_GIFT_NOUN.search(text)
                                                                     or honorarium):
            return False
        if not self.vendor_speaks(s) or s.products or not parse_money(text) or _MONEY_OWED.search(text) \
                or s.has("gratitude"):
            return False  # (thanks for a check: the vendor's side got it)
        doc = s.doc
        if any(_PAYABLE_TO.search(" ".join(doc[max(0, a - 4):a].text.lower().split())) for _, a, _b in
               self.ctx.vendor_matcher(doc)):
            return False  # "made out to Acme": the vendor is paid
        body = s.message.body or ""
        if not honorarium and not re.search(r"\b(?:sponsor\w*|donat\w*|contribut\w*)", body, re.I):
            return False
        return not any(s.has(label) for label in ("conditional", "hypothetical", "request", "decline", "loan"))

    def _honorarium_paid(self, s: Sentence) -> bool:
        """The vendor's side paying the reader an honorarium ("We pay each panelist an honorarium of $1,500"): the
        paying word gives the money, no sale."""
        return _HONORARIUM.search(s.text) is not None and (self.we_pay(s) or self._honorarium_paid_when(s)) \
            and self.money_given(s)

    def _honorarium_paid_when(self, s: Sentence) -> bool:
        """Every sale cue of the sentence is "paid"/"payable" said after the honorarium, telling when or how it is paid
        ("you'll receive a $900 honorarium, paid by check after the forum"): the honorarium's payment, not a sale."""
        h = _HONORARIUM.search(s.text)
        spans = s.spans("purchase")
        doc = s.doc

        def means(sp) -> bool:  # "paid by check", "paid via direct deposit": how, not who, pays
            return sp.end >= len(doc) or doc[sp.end].lower_ in _HONORARIUM_MEANS
        return h is not None and bool(spans) and all(
            sp.start_char >= h.end() and {t.lower_ for t in sp} <= {"paid", "payable", "by", "via"}
            and ({t.lower_ for t in sp}.isdisjoint({"by", "via"}) or means(sp)) for sp in spans)

    def _money_check(self, s: Sentence) -> bool:
        """A check or a cheque that is the money given (`money_given`): its words sell nothing."""
        spans = s.spans("purchase")
        return bool(spans) and all(re.search(r"\b(?:check|cheque)s?\b", sp.text.lower()) for sp in spans) \
            and self.money_given(s)

    def _reward_check(self, s: Sentence) -> bool:
        """The vendor's side paying the reader a referral reward by check ("That's a $500 referral bonus, and the check
        should reach you next week."): the check pays the reward, no sale (a check the reader's side sends is one)."""
        spans = s.spans("purchase")
        return bool(spans) and s.has("purpose:referral_reward") and self.vendor_speaks(s) and all(
            re.search(r"\b(?:check|cheque)s?\b", sp.text.lower()) for sp in spans)

    def _came_to(self, g: _Gift, s: Sentence) -> float | None:
        """The total a shipment states for an amount the offer gave one by one: "a $250 card per agency that books"
        sent as "3 x $250 = $750" or "three cards, $750 in all" (the sentence's largest amount a whole count 2-99 of
        the offered one, and that count written in it). None otherwise."""
        if not g.stated_value:
            return None
        low = s.text.lower()
        for total in sorted((v for v, _, _ in parse_money(s.text) if v > g.stated_value), reverse=True):
            n = total / g.stated_value
            if n != int(n) or not 2 <= n <= 99:
                continue
            words = [w for w, k in self.rules.number_words.items() if k == int(n)]
            if re.search(r"(?<![\w$.,])" + str(int(n)) + r"(?![\w$%]|[.,]\d)", low) or any(
                    re.search(r"\b" + re.escape(w) + r"\b", low) for w in words):
                return total
        return None

    def _rate_met(self, s: Sentence) -> int | None:
        """"You get a X for every 5 uses, so three are headed your way": a rate, then what it came to, sent or given
        (after "so", "which means", ...). The count said there (1 when none is); None when the sentence is not so
        (a rate alone is a condition: "you get a X for every 5 uses")."""
        spans = s.spans("conditional")
        doc = s.doc
        # (the rate's count read as the subject of its reward verb: "every 10 sign-ups earns a X, so two are ...")
        if not spans or not all(sp.text.lower().startswith(("for every", "for each", "per ", "every ")) or (
                sp.start > 0 and doc[sp.start - 1].lower_ in {"every", "each", "per"}) for sp in spans):
            return None
        end = max(sp.end for sp in spans)
        k = next((t.i for t in doc[end:] if t.lower_ in self._RATE_MET), None)
        if k is None or not any(sp.start > k for label in ("ship", "give", "free") for sp in s.spans(label)):
            return None
        for t in doc[k + 1:k + 5]:
            n = count_of(self.rules, t.lower_)
            if n and (n <= 99 or t.lower_ in self.rules.number_words):
                return n
        return 1

    _PERIOD_ENDS = frozenset({"over", "closed", "done", "finished", "ends", "ended", "concluded", "concludes", "complete",
                              "completed", "wraps", "wrapped", "through"})

    @staticmethod
    def _kept_after(s: Sentence) -> bool:
        """Every condition of the sentence only says when the things, sent now, become the reader's to keep: "yours
        to keep once the pilot is over", "the unit's to keep after the case is closed" (a time, not a threshold)."""
        doc = s.doc
        spans = s.spans("conditional")
        if not spans:
            return False
        for sp in spans:
            if doc[sp.start].lower_ not in {"once", "after", "when"}:
                return False
            if [t.lower_ for t in doc[max(0, sp.start - 2):sp.start]] != ["to", "keep"]:
                return False
            if not {t.lower_ for t in doc[sp.end:sp.end + 6]} & _GiftReader._PERIOD_ENDS:
                return False
        return True

    _LENT = frozenset({"lent", "loaned", "borrowed", "loaner", "loaners"})
    _LENDING = frozenset({"lend", "lends", "lending", "lent", "loan", "loans", "loaned", "loaning", "loaner", "loaners"})
    _KEPT = frozenset({"keep", "yours", "gift", "present", "thank-you", "token"})  # not "free for a month": still lent

    def _asked_back_after(self, s: Sentence) -> bool:
        """"I'm sending you a demo X to try on the door. Please mail it back once you've had a look.": the next sentence
        of the paragraph, naming no thing of its own, asks for the thing back (sent, shipped, returned), with no "if"
        and nothing kept ("no need to send it back", "if it doesn't fit, send it back": still given)."""
        if s.has("keep") or s.has("loan"):
            return False
        sents = self.ctx.sentences.get(s.message.id, [])
        nxt = sents[s.index + 1] if s.index + 1 < len(sents) else None
        if nxt is None or nxt.paragraph != s.paragraph or nxt.products or not nxt.has("loan") or nxt.has("keep") \
                or re.search(r"\b(?:if|unless|in case|should)\b", nxt.text.lower()) or nxt.has("free"):
            return False
        # (the thing itself going back: "mail it back", "return them", not a journey's "return train tickets")
        return any(re.search(r"\bback\b", nxt.doc[sp.start:sp.end].text.lower()) for sp in nxt.spans("loan")) or \
            bool(re.search(r"\breturn(?:ed|ing)?\s+(?:it|them|this|these|those|the\s+\w+)\b", nxt.text.lower())) \
            and not _LIST_LINE.match(nxt.text)

    @staticmethod
    def _lent_then_kept(s: Sentence) -> bool:
        """A sentence that names things as lent before and then lets the reader keep them ("The X we loaned you for
        the case: keep it, consider it a gift", "the loaner is yours now"): every loan span is a lending past or a
        loaner named (not "please return it", "lend you one"), and a span saying they are the reader's follows (not
        only "free": "the loaner is free for a month" is still lent)."""
        loans = s.spans("loan")
        if not loans or any(not set(s.doc[sp.start:sp.end].text.lower().split()) & _GiftReader._LENT for sp in loans):
            return False
        last = max(sp.end for sp in loans)
        # "keep the loaner - it's yours now, no charge": told to keep it, and told it is free or the reader's, with no
        # time it is kept until ("keep the loaner until yours is back" is still lent)
        first = min(sp.start for sp in loans)
        if any(t.lower_ in {"keep", "keeping"} for t in s.doc[max(0, first - 3):first]) and not any(
                t.lower_ in {"until", "till", "til", "while", "meantime", "meanwhile"} for t in s.doc) and (
                s.has("free") or s.has("handed_over")):
            return True
        return any(sp.start >= last and (label != "free" or set(s.doc[sp.start:sp.end].text.lower().split()) & _GiftReader._KEPT)
                   for label in ("keep", "handed_over", "free") for sp in s.spans(label))

    @staticmethod
    def _preamble_only(s: Sentence, label: str) -> bool:
        """Every span of ``label`` stands in a clause (clauses cut at ';' and ':') before the first that gives or says
        "free": "I have been thinking about what you said: we will send two X free of charge" hedges nothing that is
        given; a hedge after the giving ("...; I'll need to run it by marketing") still holds it back."""
        doc = s.doc
        cuts = [t.i for t in doc if t.text in (";", ":")]
        if not cuts:
            return False
        clause = lambda i: sum(1 for c in cuts if c < i)  # noqa: E731
        giving = [clause(sp.start) for cue in ("give", "free") for sp in s.spans(cue)]
        return bool(giving) and all(clause(sp.start) < min(giving) for sp in s.spans(label))

    @staticmethod
    def _advice_after(s: Sentence, label: str) -> bool:
        """Every maybe of the sentence opens a clause of advice after its giving: "so maybe" (or "so perhaps")
        after the giving cues ("that one's yours to keep, so maybe don't drop it on day one") counsels the reader
        on the thing given and hedges nothing that came before it."""
        giving = [sp.start for cue in ("give", "free", "keep", "handed_over") for sp in s.spans(cue)]
        if not giving:
            return False
        doc = s.doc
        return all(sp.text.lower() in {"maybe", "perhaps"} and sp.start > 0 and doc[sp.start - 1].lower_ == "so"
                   and sp.start > min(giving) for sp in s.spans(label))

    @staticmethod
    def _estimate(sp) -> bool:
        """A maybe that only guesses an amount: "maybe $40 worth", "perhaps 30 bucks", "possibly about $200"."""
        doc = sp.doc
        if sp.text.lower() not in {"maybe", "perhaps", "possibly"}:
            return False
        j = sp.end
        while j < len(doc) and doc[j].lower_ in {"about", "around", "roughly", "close", "to", "some"}:
            j += 1
        return j < len(doc) and (doc[j].text == "$" or doc[j].text.startswith("$") or doc[j].like_num)

    @staticmethod
    def _hands_over(s: Sentence) -> bool:
        """Every request cue of the sentence overlaps a handing-over one: "please consider the two a gift" says
        the things are the reader's already; "please consider our proposal" asks."""
        over = s.spans("handed_over")
        return bool(over) and all(any(h.start < r.end and r.start < h.end for h in over) for r in s.spans("request"))

    _OFFERING = {"offer", "offers", "offering", "give", "gives", "giving", "provide", "provides", "providing", "send",
                 "sends", "sending", "supply", "supplies", "supplying", "donate", "donates", "donating", "comp", "comps",
                 "comping", "gift", "gifts", "gifting", "hand", "hands", "handing"}

    def _offering_stopped(self, s: Sentence) -> bool:
        """ "We can no longer offer free units", "we no longer provide loaners at no cost": the writer's offering
        itself has stopped (the words of offering right after "no longer"; not when a "but" turns to what is given
        still: "we no longer give discounts, but this one is on us")."""
        doc = s.doc
        for i in range(len(doc) - 2):
            if doc[i].lower_ == "no" and doc[i + 1].lower_ == "longer":
                k = i + 2
                while k < len(doc) and doc[k].lower_ in {"be", "able", "to", "allowed", "permitted"}:
                    k += 1
                if k < len(doc) and doc[k].lower_ in self._OFFERING and not any(
                        t.lower_ in {"but", "however", "though", "although", "still"} for t in doc[k:]):
                    return True
        return False

    def _gives_not(self, s: Sentence) -> bool:
        """The giving verb is negated: "I can't give you a free one", "we're not able to send any" (the negation
        right before the verb, or before "able to" / "allowed to" / "going to" and the verb)."""
        doc = s.doc
        if self._offering_stopped(s):
            return True
        for sp in s.spans("give"):
            if any(t.lower_ == "back" for t in doc[sp.end:min(len(doc), sp.end + 3)]):
                continue  # "don't send them back", "no need to ship it back": a return not asked for, no refusal to give
            j = sp.start - 1
            while j >= 0 and doc[j].lower_ in {"to", "able", "be", "going", "allowed", "permitted", "really", "just"}:
                j -= 1
            if j >= 0 and doc[j].lower_ in {"n't", "n\u2019t", "not", "cannot", "never", "unable"}:
                return True
            # "results without adding headcount", "without sending anything": a gerund after "without" gives nothing
            if sp.start > 0 and doc[sp.start - 1].lower_ == "without" and doc[sp.start].lower_.endswith("ing"):
                return True
        # "I'd love to send you one, but I know your department won't allow it": a giving only wished for, then said
        # against by what is allowed (the polite refusal of English; not "we'd like to give you two, but they won't ship
        # until March")
        could = _WISH_COULD.search(s.text)
        if could is not None and any(could.start() <= doc[sp.start].idx - doc[0].idx < could.end()
                                     for sp in s.spans("give")):
            return True  # "I wish we could send you one for free": the wish says it is not so
        wish = _WISHED_GIVING.search(s.text)
        if wish is None:
            return False
        against = _BUT_NOT_ALLOWED.search(s.text, wish.end())
        if against is None:
            return False
        # every giving after the wish comes before the "but", and nothing is given or said free after the clause that
        # says against it ("we meant to send it Friday but couldn't get a courier; it goes out today, free")
        after = [doc[sp.start].idx - doc[0].idx for sp in s.spans("give") if doc[sp.start].idx - doc[0].idx >= wish.end() - 1]
        stop = _CLAUSE_END.search(s.text, against.end())
        later = stop is not None and any(doc[sp.start].idx - doc[0].idx > stop.start()
                                         for label in ("give", "free", "handed_over") for sp in s.spans(label))
        return bool(after) and all(at < against.start() for at in after) and not later

    _REFUSING = ("declin", "refus", "reject", "turn")
    _JOINS = frozenset({"but", "and", "yet", "however", ";"})

    def _turned_down_within(self, s: Sentence) -> bool:
        """The offer is turned down in its own sentence: "we offered her a X, but she declined", "I offered your
        sergeant a free X and he turned it down", "he asked for one, but we refused". A refusal verb after the giving,
        joined to it by "but", "and" or a semicolon, and nothing given or said free after the refusal's clause (not
        "she declined the dinner, but we're still sending the X": the refusal comes first)."""
        doc = s.doc
        giving = [sp.start for label in ("give", "free", "offer_frame", "handed_over") for sp in s.spans(label)]
        if not giving:
            return False
        for sp in s.spans("decline"):
            if not doc[sp.start].lower_.startswith(self._REFUSING):
                continue
            before = [k for k in giving if k < sp.start]
            if not before or not any(t.lower_ in self._JOINS for t in doc[max(before):sp.start]):
                continue
            stop = next((t.i for t in doc[sp.end:] if t.text in {".", ";", "!", "?"}), len(doc))
            if not any(k >= stop for k in giving):
                return True
        return False

    # a verb of proposing and its "that" clause, up to the giving verb: "I'm recommending that the board extend ...",
    # "we'd suggest the county give ...", "I move that the council provide ..." (someone else is to give, if they agree)
    _PROPOSE_THAT = re.compile(r"\b(?:recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
                               r"advis(?:e|es|ed|ing)|move|moved|request(?:s|ed|ing)?)\s+that\s+(?P<who>(?:[\w'’.-]+\s+){1,5})$",
                               re.I)

    def _proposed_to_others(self, s: Sentence) -> bool:
        """The giving verb is what the writer proposes that someone else (not "we" or "I") do: "I'm recommending that the
        board extend X to every campus", "I'd suggest that the city provide one for each station": a proposal put to
        those who decide, nothing given by the writer."""
        if "that" not in s.text.lower():
            return False  # (cheap: no "that" clause, no proposal of one)
        doc = s.doc
        for sp in s.spans("give"):
            x = self._PROPOSE_THAT.search(doc[:sp.start].text + " ")
            if x and not {w.lower() for w in x.group("who").split()} & {"we", "i", "us", "our"}:
                return True
        return False

    _ADD_VERBS = frozenset({"add", "adds", "added", "adding"})
    # verbs of giving a thing does with what it is ("The X gives residents peace of mind", "the Y gave our analysts
    # one screen", "the Z provides night vision"): never a past participle that may be passive ("two X delivered to
    # your door, free" is a handing over)
    _THING_VERBS = _ADD_VERBS | frozenset({"give", "gives", "gave", "giving", "provides", "providing", "delivers",
                                           "delivering"})

    def _thing_adds(self, s: Sentence) -> bool:
        """Every giving word is "add" (or "give", "provide", "deliver": `_THING_VERBS`) with a product as its subject
        ("The X case adds a rain hood", "the Y hub added night mode", "the Z gave our analysts one screen"): what the
        thing does or has, not someone giving."""
        doc = s.doc
        spans = s.spans("give")
        if not spans:
            return False
        ends = {y for _nid, _x, y, *_ in s.products}
        for sp in spans:
            if doc[sp.start].lower_ not in self._THING_VERBS:
                return False
            # the product's name right before the verb, or with one word of the kind of thing between ("case", "unit")
            if not (sp.start in ends or (sp.start - 1 in ends and doc[sp.start - 1].is_alpha
                                         and doc[sp.start - 1].lower_ not in {"we", "i", "you", "they", "'ll", "will", "can"})):
                return False
        return True

    _HAVE_WORDS = frozenset({"'ve", "\u2019ve", "have", "has", "had", "'d", "just", "already", "recently", "ever", "since"})
    _SUBJECTS = frozenset({"we", "i", "they", "he", "she", "you"})
    _NO_OBJECT = frozenset({"in", "since", "over", "during", "this", "last", "so", "recently", "lately", "here", "there",
                            "yet", "ever", "before", "after", "at", "across", "around", "all"})

    def _added_by_us(self, s: Sentence) -> bool:
        """Every giving word is "add" closing a relative clause about the thing before it ("the X is the best tool
        we've added in years", "the cameras that we added last spring"): what the writer's side acquired, with no
        object and no one it is added to. Not "we've added two X", "the month we added to your account", "a X has
        been added"."""
        doc = s.doc
        spans = s.spans("give")
        if not spans:
            return False
        for sp in spans:
            if doc[sp.start].lower_ not in self._ADD_VERBS:
                return False
            if any(t.lower_ == "to" for t in doc[sp.end:]):
                return False
            if sp.end < len(doc) and not doc[sp.end].is_punct and doc[sp.end].lower_ not in self._NO_OBJECT:
                return False
            j = sp.start - 1
            while j >= 0 and doc[j].lower_ in self._HAVE_WORDS:
                j -= 1
            if j < 1 or doc[j].lower_ not in self._SUBJECTS:
                return False
            head = doc[j - 1]
            if not (head.lower_ in {"that", "which"} or (head.is_alpha and not head.is_stop)):
                return False
        return True

    _SEND_VERBS = frozenset({"send", "sends", "sending", "sent"})
    _ANYONE = frozenset({"anybody", "anyone", "everybody", "everyone", "somebody", "someone", "people", "folks"})

    def _sends_people(self, s: Sentence) -> bool:
        """Every giving word is "send" with people as its object and nothing given them ("I'd send anybody there",
        "we send everyone to that class"): who is sent somewhere, not a thing handed over. Not "send everyone a
        jacket", where "everyone" receives."""
        doc = s.doc
        spans = s.spans("give")
        if not spans:
            return False
        for sp in spans:
            if doc[sp.start].lower_ not in self._SEND_VERBS or sp.end >= len(doc) or doc[sp.end].lower_ not in self._ANYONE:
                return False
            nxt = doc[sp.end + 1] if sp.end + 1 < len(doc) else None
            if nxt is not None and (nxt.like_num or nxt.lower_ in {"a", "an", "one", "some", "the", "our", "my", "this", "these"}
                                    or nxt.lower_ in self.rules.number_words):
                return False
        return True

    _TELL = {"inform", "announce", "report", "confirm", "share", "say", "tell", "let", "write", "note", "update", "advise"}

    def offer_framed(self, s: Sentence) -> bool:
        """An offer frame ("happy to", "glad to", "we have") that is not the preface of telling news
        ("happy to inform you that ...", "glad to let you know"): the speaker tells, not offers."""
        doc = s.doc
        for sp in s.spans("offer_frame"):
            nxt = doc[sp.end] if sp.end < len(doc) else None
            if nxt is not None and nxt.lower_ in self._TELL:
                continue  # "glad to let you know"
            if sp.text.lower() in {"for all", "for each", "for every", "for any"} and nxt is not None and (
                    nxt.like_num or nxt.lower_ in self.rules.number_words or nxt.lower_ == "of"):
                continue  # "for all three of your cameras", "for each of your five": a count, not who may have one
            return True
        return False

    _PAY = {"pay", "pays", "paid", "paying", "payment"}

    def we_pay(self, s: Sentence) -> bool:
        """The vendor's side is who pays: every sale cue of the sentence is a paying with "we"/"I" just
        before it or "by us" after it ("we're paying for it out of our budget", "it was paid by us")."""
        ctx = self.ctx
        if not self.vendor_speaks(s):
            return False
        doc = s.doc
        if not s.has("purchase"):
            # "..., which Acme covered in full", "that we picked up": the vendor's side covers a cost, no sale word
            x = _WE_COVERED.search(s.text)
            if not x:
                return False
            if x.group(1).lower() in {"we", "i"}:
                return True
            return any(re.search(r"(?<!\w)" + re.escape(doc[a:b].text) + r"(?!\w)", x.group(1))
                       for _, a, b in ctx.vendor_matcher(doc))
        words = [t.lower_ for t in doc]
        for sp in s.spans("purchase"):
            if not {t.lower_ for t in doc[sp.start:sp.end]} & self._PAY:
                return False
            # (the cue may hold its payer: "we paid" is a span of its own)
            before = words[max(0, sp.start - 2):sp.start] + words[sp.start:sp.start + 1]
            after = " ".join(words[sp.end:sp.end + 8])
            by_us = re.search(r"\bby (?:us|me|our\b)", after) or any(
                a > sp.start and a <= sp.end + 8 and doc[a - 1].lower_ == "by" for _, a, _ in ctx.vendor_matcher(doc))
            # "which Acme paid", "Acme has paid for": the vendor's side names itself as the payer
            named = any(b <= sp.start and sp.start - b <= 1 for _, a, b in ctx.vendor_matcher(doc))
            if not (by_us or named or set(before) & {"we", "i", "we've", "i've", "'ve", "we'll", "'ll", "'re", "'m"}):
                return False
        return True

    def goods_handed_over(self, s: Sentence) -> bool:
        """The vendor's side says it has handed the reader hospitality or promotional goods ("I left one of our fleece
        jackets on your desk", "I sent you a couple of our mugs"): given, and worth something, said or not; not in a
        sentence that sells, lends, asks, supposes or sets a condition."""
        return s.has("give") and s.has("hosted") and self.vendor_speaks(s) and not any(
            s.has(label) for label in ("purchase", "loan", "conditional", "hypothetical", "request", "decline",
                                       "discount")) and self.done(s)

    def costs_taken_on(self, s: Sentence) -> bool:
        """The vendor's side says it takes on what the reader's trip or stay costs ("We'll take care of your airfare
        and three nights at the hotel", "we're covering your flights and lodging"), with or without an amount; not a
        sentence that sells, asks, supposes or sets a condition."""
        found = _COVER_COSTS.search(s.text) if not s.products else None
        if found is None and not s.products:
            found = self._we_cover(s)
        if found is None or not self.vendor_speaks(s):
            return False
        if re.search(r"\b(?:you(?:'ll|’ll|'d|’d)?|please)\s+(?:\w+\s+){0,3}$",
                     s.text[:found.start()], re.I) or re.search(r"^[^;:]*?\b(?:yourself|your own)\b", s.text[found.end():], re.I):
            return False  # "you'll pay for your airfare yourself": the reader pays
        if any(s.has(label) for label in ("hypothetical", "request", "decline", "loan")):
            return False
        if _BILLED_BACK.search(s.text):
            return False  # "we booked your flight; we will bill the department at cost": arranged, the reader's side pays
        if s.has("conditional") and not self.if_wanted(s):
            return False  # (but "if you can make it, we'll cover your flight": the invitation taken up, no condition)
        # "... Could your department pay the $150 a night for the hotel?": someone else pays part of it (not the paying
        # of the cost itself: "I paid your son's tuition for the June session")
        paying = _paying_span(s, found)
        return not any(not (t is s and paying is not None and _within(sp, paying)) and not _we_pay(t, sp)
                       for t in self.ctx.sentences.get(s.message.id, []) for sp in t.spans("purchase"))

    def _we_cover(self, s: Sentence):
        """The trip's costs covered by the writer's side named as the subject, with no "your": "We cover airfare and
        two nights' lodging", "Acme covers the flights and the hotel". The match, or None."""
        found = _WE_COVER_COSTS.search(s.text)
        if found is None:
            return None
        before = s.text[:found.start()]
        if _WE_BEFORE.search(before):
            return found
        doc = s.doc
        start = doc[0].idx + found.start()  # (the sentence's text begins at its first token)
        verb = next((t.i for t in doc if t.idx >= start), None)
        if verb is not None and any(b == verb for _, a, b in self.ctx.vendor_matcher(doc)):
            return found
        return None

    def paid_for_reader(self, s: Sentence) -> bool:
        """The vendor's side paid (or pays) for the reader's thing: "your plan is paid up by us", "we've paid
        for your two units": a payment on the reader's behalf, not a sale to them."""
        return bool({"your", "you"} & {t.lower_ for t in s.doc}) and self.we_pay(s)

    def free_after_all(self, s: Sentence) -> bool:
        """A price taken back, said to end free: "we credited the full price, so it's free", "refunded what
        you paid, making it free". The conclusion ("so", "making") after the sale words decides."""
        doc = s.doc
        last = max((sp.end for sp in s.spans("purchase")), default=None)
        if last is None:
            return False
        for sp in s.spans("free"):
            if sp.start < last:
                continue
            k = next((i for i in range(last, sp.start) if doc[i].lower_ in {"so", "making", "makes", "which"}), None)
            # what ends free is the thing itself ("so it's free", "making them free"), not something else named
            # there ("covered under warranty, so the repair is free")
            if k is not None and all(not t.is_alpha or t.lower_ in self._FREE_SUBJECT for t in doc[k + 1:sp.start]):
                return True
        return False

    _FREE_SUBJECT = {"it", "they", "them", "this", "that", "these", "those", "one", "ones", "is", "are", "was", "were", "be",
                     "'s", "'re", "now", "totally", "completely", "entirely", "fully", "effectively", "basically", "really",
                     "free", "yours", "and", "you", "your", "the", "thing", "things", "item", "items", "unit", "units",
                     "makes", "making", "made", "leaves", "leaving", "left"}

    _WANT = {"want", "wants", "like", "need", "needs", "'d", "would", "can", "could", "have"}

    # a condition on being told the worth, not on the giving: "if your ethics office needs a number", "if anyone asks",
    # "if you want a dollar figure for the log"
    _IF_NUMBER = re.compile(r"(?:if|in\s+case)\s+(?:(?:anyone|anybody|someone|they|you|it)\s+(?:asks?|is\s+asked)\b|"
                            r"(?:[\w'’-]+\s+){1,4}?(?:needs?|wants?|asks?\s+for|requires?|would\s+like|'d\s+like)\s+"
                            r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:number|figure|value|amount|valuation|estimate)s?\b)", re.I)

    def if_number_asked(self, s: Sentence) -> bool:
        """Every condition of the sentence asks only what the things are worth ("If your ethics office needs a number,
        they're $45 apiece.", "... if anyone asks"): the amount is told, nothing waits on it."""
        doc = s.doc
        spans = s.spans("conditional")
        return bool(spans) and all(self._IF_NUMBER.match(doc[sp.start:].text) for sp in spans)

    def if_wanted(self, s: Sentence) -> bool:
        """Every condition of the sentence is the reader's wanting the thing ("they're yours if you want
        them", "if you'd like one", "if you can use them"): an offer's courtesy, not a condition the gift
        waits on. The offer is still open: `done` never holds for it, an answer or a shipment must follow."""
        doc = s.doc
        spans = s.spans("conditional")
        if not spans:
            return False
        for sp in spans:
            if self._if_of_use(doc, sp) or self._if_attending(doc, sp) or self._if_free(doc, sp):
                continue
            end = self._with_others(doc, sp.end)  # "if you and the family want them": the reader and their people
            words = [t.lower_ for t in doc[sp.start:sp.end]] + [t.lower_ for t in doc[end:min(len(doc), end + 3)]]
            # "let me know if the unit would like them / wants to take us up on it": asks for the answer, whoever wants
            asked = [t.lower_ for t in doc[max(0, sp.start - 3):sp.start]]
            if (asked[-2:] in (["me", "know"], ["us", "know"]) or asked[-2:] == ["tell", "me"]) and words[:1] == ["if"] and \
                    {t.lower_ for t in doc[sp.start:min(len(doc), sp.start + 8)]} & {"like", "want", "wants", "interested"}:
                continue
            if words[:2] not in (["if", "you"], ["if", "your"]) or not set(words[2:]) & self._WANT:
                return False
            # the thing wanted is the thing offered ("if you want them", "if you'd like one", "if you want,"),
            # not something else ("if you need flyers", "if you want something else")
            k = next(i for i in range(end, min(len(doc), end + 3)) if doc[i].lower_ in self._WANT)
            k += 1
            while k < len(doc) and doc[k].lower_ in {"like", "to", "have", "use", "room", "for", "a", "any", "keep", "take"}:
                k += 1
            if k < len(doc) and not (doc[k].is_punct or doc[k].lower_ in {"them", "it", "one", "ones", "any", "some", "those",
                                                                           "these", "both", "all", "more", "that", "this"}):
                return False
            if not set(words[2:]) & {"want", "wants", "like", "need", "needs"} and not {"use", "room"} & {
                    t.lower_ for t in doc[end:end + 4]}:
                return False  # "if you can", "if you have a minute" are no wanting; "if you can use them", "have room"
        return True

    _OTHERS_DET = {"the", "your", "a", "some", "any", "my", "our"}

    @classmethod
    def _with_others(cls, doc, k: int) -> int:
        """Past the people joined to the reader after "if you" ("if you and the family want them", "if you or your
        deputies would like them", "if you and Ana can use them"): the index of the word after them; ``k`` when none
        follows (one or two words after "and"/"or", a determiner or a possessive before them)."""
        if k + 1 >= len(doc) or doc[k].lower_ not in {"and", "or", "&"}:
            return k
        j = k + 1
        if doc[j].lower_ in cls._OTHERS_DET:
            j += 1
        if j < len(doc) and (doc[j].is_alpha and doc[j].lower_ not in cls._WANT):
            j += 1
            if j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j - 1].text[:1].isupper():
                j += 1  # "and Ana Ruiz"
            return j
        return k

    _OF_USE = {"useful", "helpful", "handy", "help", "helps", "use", "benefit"}
    # "if you can make it,", "if you're able to join us,": the reader coming to what the cost is covered for
    _ABLE = {"can", "could", "are", "'re", "’re", "able", "to", "still", "decide", "want", "would", "like", "'d", "’d"}
    _ATTEND = {("make", "it"), ("come",), ("attend",), ("join", "us"), ("join",), ("be", "there"), ("go",)}

    @classmethod
    def _if_attending(cls, doc, sp) -> bool:
        """A clause "if you can make it" / "if you're able to attend" ending at a comma: the reader taking up the
        invitation the cost is covered for (an answer the offer waits on, like "if you want them"), not a condition
        on the gift."""
        words = cls._if_clause(doc, sp, cls._YOU, 7)
        if words is None:
            # no comma: "if you can make it we'll fly you out": the clause ends where the giver's own clause begins
            if doc[sp.start].lower_ != "if" or sp.start + 1 >= len(doc) or doc[sp.start + 1].lower_ not in cls._YOU:
                return False
            words = [t.lower_ for t in doc[sp.start + 2:min(len(doc), sp.start + 9)]]
            k = 0
            while k < len(words) and words[k] in cls._ABLE:
                k += 1
            return 0 < k and any(tuple(words[k:k + len(a)]) == a and words[k + len(a):k + len(a) + 1] in (["we"], ["i"])
                                 for a in cls._ATTEND)
        k = 0
        while k < len(words) and words[k] in cls._ABLE:
            k += 1
        return 0 < k and tuple(words[k:]) in cls._ATTEND

    _FREE_TIME = {"calendar", "schedule", "diary", "time", "timetable", "commitments"}
    _PERMITS = {"permits", "allows", "permit", "allow"}

    @classmethod
    def _if_free(cls, doc, sp) -> bool:
        """"If your calendar permits,", "if your schedule allows,", "if time permits,": the reader being free to come, an
        invitation's courtesy (as "if you can make it"), not a condition on the gift; a short clause ending at a comma."""
        words = cls._if_clause(doc, sp, {"your", "time"}, 4)
        if not words:
            return False
        if doc[sp.start + 1].lower_ == "time":
            words = ["time", *words]
        return len(words) == 2 and words[0] in cls._FREE_TIME and words[1] in cls._PERMITS

    @classmethod
    def _if_of_use(cls, doc, sp) -> bool:
        """"If it's useful,", "if that helps,", "if it would be of any use,": the reader finding the thing of use, a
        courtesy like "if you want them", not a condition; a short clause about "it"/"that"/"this" ending at a comma."""
        words = cls._if_clause(doc, sp, {"it", "that", "this"}, 6)
        return words is not None and bool(words) and words[-1] in cls._OF_USE and set(words) <= cls._OF_USE | {
            "'s", "’s", "is", "would", "'d", "be", "could", "of", "any", "some", "at", "all", "to", "you", "your", "team"}

    @staticmethod
    def _if_clause(doc, sp, subjects: set, reach: int) -> list[str] | None:
        """The lower-case words after "if" and its subject (one of ``subjects``) of a clause that ends at a comma or a
        dash within ``reach`` words ("if you can make it," -> ["can", "make", "it"]); None for any other clause."""
        if doc[sp.start].lower_ != "if" or sp.start + 1 >= len(doc) or doc[sp.start + 1].lower_ not in subjects:
            return None
        words = []
        for t in doc[sp.start + 2:min(len(doc), sp.start + 2 + reach)]:
            if t.text in {",", "-", "–", "—"}:
                return words
            words.append(t.lower_)
        return None

    _YOU = {"you", "u", "y'all", "yall"}
    # words between "you" and the verb of a relative clause ("the two you've kindly sent")
    _YOU_AUX = {"'ve", "have", "had", "just", "kindly", "guys", "all", "already", "so", "generously", "recently"}
    # "get you set up", "let you keep": "you" is the object of these, not the giver
    _YOU_OBJECT_OF = {"get", "gets", "got", "getting", "have", "has", "had", "let", "lets", "help", "helps", "helped",
                      "'ll", "will", "'ve", "make", "made", "want", "need", "see", "thank", "for", "to", "with"}

    def given_by_reader(self, s: Sentence) -> bool:
        """A giving or shipping verb whose subject is the reader ("the two units you dropped off", "the one
        you've kindly sent me"): the speaker received, the reader gave."""
        doc = s.doc
        spans = sorted([*s.spans("give"), *s.spans("ship")], key=lambda sp: sp.start)
        # the sentence's first giving verb decides: "I gave the ones you sent me to the club" is the speaker's giving
        for sp in spans[:1]:
            j = sp.start - 1
            while j >= 0 and doc[j].lower_ in self._YOU_AUX and sp.start - j <= 3:
                j -= 1
            if j >= 0 and doc[j].lower_ in self._YOU and not (j > 0 and (
                    doc[j - 1].lower_ in self._YOU_OBJECT_OF or doc[j - 1].lower_ in self.rules.past_forms
                    or (doc[j - 1].lower_.endswith("ed") and doc[j - 1].lower_ not in {"need", "red", "bed"}))):
                return True  # not "the four she promised you went out": "you" is the object of a verb before it
        return False

    def ordered(self, m: Message) -> bool:
        """The message speaks of an order ("your order shipped", "the ones you ordered") and nowhere says
        anything is free: a sale being fulfilled."""
        sents = self.ctx.sentences.get(m.id, [])
        return any(t.has("order") for t in sents) and not any(t.has("free") for t in sents)

    @staticmethod
    def _period_not_tally(s: Sentence, sp, items_of=None) -> bool:
        """"this year's plan", "the plan for this year": a recap word naming the period a thing covers."""
        doc = s.doc
        nxt = doc[sp.end].lower_ if sp.end < len(doc) else ""
        prev = doc[sp.start - 1].lower_ if sp.start > 0 else ""
        if sp.text.lower() != "this year":
            return False
        if nxt in {"'s", "’s"} or prev in {"for", "through", "of"}:
            return True
        # "a small thank-you for all your help this year": the time of what is thanked for, no tally of things given
        # (the clause of thanks may be long: "as a thank you for all your help getting the new rota agreed this year,":
        # from the last break before the time word, however far back)
        start = sp.start
        while start > 0 and doc[start - 1].text not in {",", ";", ":", "(", "\u2014", "\u2013"}:
            start -= 1
        for lo in dict.fromkeys((max(0, sp.start - 12), start)):
            thanked = _THANKED_FOR_BEFORE.search(doc[lo:sp.start].text)
            if thanked and not any(t.like_num or t.text in "$€£" for t in doc[lo:sp.start]):
                return True
        # "your plan this year", "I've covered your subscription this year": a tally counts things given
        # (a number, a sum, several of an item); without one, "this year" names the period a thing covers
        return not (any(t.like_num or t.text in "$€£" for t in doc) or any(q > 1 for q in (items_of(s) if items_of else {}).values())
                    or any(t.lower_ in {"total", "all", "altogether", "another", "more", "again"} for t in doc))

    @staticmethod
    def _uses_tally(s: Sentence, sp) -> bool:
        """"your code has been redeemed 5 times so far, so a X is on its way": the recap word counts a code's
        uses (right after "5 times", "12 uses"), not things given before."""
        return any(0 <= sp.start - span.end <= 1 for span, _ in uses_reported(s))

    _OFFER_Q = re.compile(r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:would|do|did|could|might|can)\s+(?:you|your(?:\s+\w+){1,2}?|y'all|you\s+guys)\s+"
                          r"(?:\w+\s+)?(?:like|want|prefer|care for|be interested in|have use for|have a use for|use)\b", re.I)
    # a choice offered: "which one would you like, a X or a Y?", "what model do you want?"
    _OFFER_Q_WHICH = re.compile(r"^(?:[^?]*?[:,]\s*)?(?:which|what)(?:\s+(?:one|ones|model|models|kind|color|colour|of\s+\w+))?\s+"
                                r"(?:would|do|will)\s+you\s+(?:\w+\s+)?(?:like|want|prefer|pick|choose)\b", re.I)
    # the thing offered is the subject: "would a spare unit be any use to you?", "could two more come in handy?"
    _OFFER_Q_THING = re.compile(r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:would|could|might|will)\s+(?:a|an|one|some|the|this|that|these|those|"
                                r"a\s+couple\s+of|a\s+few|a\s+pair\s+of|two|three|four|five|six|\d+)\s+[^?]*?\b(?:be\s+(?:of\s+)?"
                                r"(?:any\s+|some\s+|much\s+)?(?:use|help)|be\s+(?:useful|helpful|handy|welcome)|come\s+in\s+handy)\b",
                                re.I)
    # a bare offer: "want a spare unit for your porch?", "any use for two more?", "interested in a free one?"
    _OFFER_Q_BARE = re.compile(r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:want|need|fancy|any\s+use\s+for|interested\s+in)\s+(?:a|an|one|some|two|three|"
                               r"four|five|six|seven|eight|a\s+couple|a\s+few|another|more|\d+)\b", re.I)

    # the speaker offering to send: "shall I pop two in the post for you?", "want me to drop a couple off?"
    _OFFER_Q_SEND = re.compile(r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:(?:shall|should|can|may)\s+(?:i|we)|(?:do\s+you\s+)?want\s+(?:me|us)\s+to)\s+"
                               r"(?:just\s+|also\s+)?(?:send|ship|post|pop|drop|bring|mail|courier|leave|set\s+aside|put\s+aside|"
                               r"save|hold)\b", re.I)

    # hospitality proposed with "do you" dropped, as people write it quickly: "want to grab lunch Thursday?", "wanna
    # catch the game?", "care to join us for dinner?", "how about drinks after the show?", "up for lunch?" (read only of
    # a sentence that names a thing of hospitality, `hosted`)
    _OFFER_Q_DROPPED = re.compile(r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:(?:you\s+)?(?:want|wanna)\s+to|(?:you\s+)?wanna|care\s+to|how\s+about|"
                                  r"what\s+about|(?:you\s+)?up\s+for)\s", re.I)

    def offer_question(self, s: Sentence) -> bool:
        """"Would you like two units for the substation?", "Could your front desk use one?", "Would a spare
        one be any use to you?", "Which one would you like, a X or a Y?": the vendor's side offering, not anyone
        asking for."""
        if not self.vendor_speaks(s) or not s.text.rstrip().endswith("?"):
            return False
        return any(r.search(s.text) for r in (self._OFFER_Q, self._OFFER_Q_THING, self._OFFER_Q_BARE, self._OFFER_Q_WHICH,
                                              self._OFFER_Q_SEND)) or (s.has("hosted") and (
            bool(self._OFFER_Q_DROPPED.search(s.text) or self._OFFER_Q_FREE.search(s.text) or self._OFFER_Q_LET.search(s.text))
            or self._hosted_first(s)))

    # hospitality offered by asking whether the reader is free for it: "would you and Bram be free for dinner Thursday?",
    # "are you around for lunch after the demo?"; and so asked as people write it quickly or shyly, the question's verb
    # dropped or put after "any chance": "any chance you're free for dinner Thursday?", "is there any chance you'd be
    # free for lunch?", "you free for a beer after?", "free for lunch Friday?"
    _OFFER_Q_FREE = re.compile(r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:would|will|are|could|might)\s+you(?:\s+and\s+[^?]{1,40}?)?\s+be\s+"
                               r"(?:free|available|around)\s+for\b|^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?are\s+you(?:\s+and\s+[^?]{1,40}?)?\s+"
                               r"(?:free|available|around)\s+for\b|"
                               r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:(?:is\s+there\s+)?(?:any|a)\s+chance\s+)?"
                               r"you(?:['\u2019]re|\s+are|['\u2019]d\s+be|\s+would\s+be|['\u2019]ll\s+be|\s+will\s+be|"
                               r"\s+might\s+be)?(?:\s+and\s+[^?]{1,40}?)?\s+(?:free|available|around)\s+for\b|"
                               r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:free|available|around)\s+for\b", re.I)

    # hospitality offered by asking leave to give it: "would you let me take you to dinner Thursday?", "will you let us
    # buy you lunch after the demo?" (not "would you let me know ...": only a verb of hosting after "let me")
    _OFFER_Q_LET = re.compile(r"^(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?(?:would|will|could|can)\s+you\s+(?:please\s+)?let\s+(?:me|us)\s+"
                              r"(?:take|treat|buy|host|get|shout|stand|bring)\s+(?:you|your|the|all)\b", re.I)

    # (the reader's name before it, after a comma or a dash as quick notes write it: "Otto, lunch Friday?", "beth - dinner
    # thurs?", "Sam -- drinks after?")
    # (and a greeting before the name: "hey wendell, lunch thurs?", "hi Otto - drinks after?")
    _HOSTED_LEAD = re.compile(r"(?:(?:hey|hi|hello|yo|morning|afternoon|evening)\s+)?(?:\w+\s*(?:,|-{1,2}|\u2013|\u2014)\s*)?"
                              r"(?:(?:a|some|quick|early|late)\s+)?", re.I)

    def _hosted_first(self, s: Sentence) -> bool:
        """A question that opens with the thing of hospitality itself, its verb left out ("Lunch Thursday?", "Otto,
        drinks after the game?", "A quick dinner before the show?")."""
        first = min(sp.start for sp in s.spans("hosted"))
        return bool(self._HOSTED_LEAD.fullmatch(s.doc[:first].text))

    def reported(self, s: Sentence) -> bool:
        """Someone outside the vendor reports the vendor's giving ("Acme has donated four units"):
        the vendor is the subject of the giving verb, not the speaker."""
        ctx = self.ctx
        if not s.has("give"):
            return False
        if self.vendor_speaks(s):
            return self.third_party_subject(s)
        if s.has("reported"):  # the parse names a third-party giver
            return True
        first_give = min(sp.start for sp in s.spans("give"))
        if any(a > first_give and s.doc[a - 1].lower_ == "by" for _, a, _ in ctx.vendor_matcher(s.doc)):
            return True  # "were donated to the library by <the vendor>": the vendor gave (to us: `_from_vendor`)
        names = [a for _, a, b in ctx.vendor_matcher(s.doc) if b <= first_give]
        if not names:
            return False
        between = {t.lower_ for t in s.doc[max(names):first_give]}
        return not between & {"i", "we", "i'm", "we're", "i've", "we've", "i'll", "we'll", "us", "me"}

    def _attributed_quote(self, s: Sentence) -> bool:
        """Every verb of giving inside words quoted and attributed, as a press release or an article prints them
        ("'X has given our detectives a head start,' said Chief Ames"): someone's words reported, no offer of the
        writer's."""
        text = s.doc.text
        spans = [(q.start(1), q.end(1)) for q in _SAID_AFTER_QUOTE.finditer(text)]
        return bool(spans) and all(any(a <= s.doc[sp.start].idx < b for a, b in spans) for sp in s.spans("give"))

    _FIRST_SECOND = {"i", "we", "i'm", "we're", "i've", "we've", "i'll", "we'll", "us", "me", "our", "my", "ours", "you",
                     "your", "yours", "u", "'ve", "'m", "'re"}

    def third_party_subject(self, s: Sentence) -> bool:
        """In a vendor's note, the subject of the first giving verb is someone else ("the city council gave the
        library ...", "Maple Club gave its members ..."): a named organisation or person outside the vendor, or a
        word for a third party (`third_party`), in the verb's clause before it, with no I/we/you/our there and
        no product (a passive "two units were donated" names what, not who)."""
        ctx = self.ctx
        doc = s.doc
        first_give = min(sp.start for sp in s.spans("give"))
        a = first_give
        while a > 0 and doc[a - 1].text not in {",", ";", ":", "(", "-", "–", "—"} and doc[a - 1].lower_ not in {
                "and", "but", "so", "because", "that", "which", "who", "when"}:
            a -= 1
        if a == first_give:
            return False
        words = {t.lower_ for t in doc[a:first_give]}
        if words & self._FIRST_SECOND or words & {"was", "were", "been", "being", "is", "are", "be", "get", "got"}:
            return False
        if any(a <= p < first_give for _, p, _, _ in s.products):
            return False
        if words & WORD_SENT and first_give + 1 < len(doc) and doc[first_give + 1].lower_ in {"me", "us"}:
            return False  # "sizes per the list Janelle sent me": word sent to the speaker, no giving reported
        if [x for _, x, y in ctx.vendor_matcher(doc) if a <= x < first_give]:
            return False  # the vendor itself gave ("Lumenfield has furnished ...")
        if any(a <= sp.start and sp.end <= first_give for label in ("third_party", "org_words") for sp in s.spans(label)):
            return True
        for mention in ctx.mentions_in(s):
            if (mention.node_id and mention.node_id == ctx.vendor_id) or mention.kind not in ("organization", "person"):
                continue
            if mention.kind == "person" and (not mention.node_id or ctx.side(mention.node_id) == "vendor"):
                continue
            # mentions carry body offsets and the sentence text is whitespace-normalised: compare the words
            if mention.text and " ".join(mention.text.split()) in " ".join(t.text for t in doc[a:first_give]):
                return True
        return False

    def on_behalf_of(self, s: Sentence, m: Message) -> str | None:
        """The person a notice names as the one who authorised it ("no charge, approved by Lee Park",
        "comped per J. Doe")."""
        mm = re.search(r"\b(?:(?i:per)|courtesy of|on behalf of|compliments of|at the request of|"
                       r"(?:approved|authori[sz]ed|arranged|requested|comped|okayed|signed off)(?: \w+){0,2}? by)"
                       r"\s+((?:[A-Z][\w.'-]*\s?){1,3})", s.text)
        if not mm:
            ctx = self.ctx
            doc = s.doc
            paid = self._VENDOR_PAYS.search(doc.text) if doc is not None else None
            if paid and ctx.vendor_id and ctx.side(ctx.pid(m.sender)) != "vendor":
                # "The award comprises X and Y, underwritten in full by our partner, Acme": a third party (a foundation,
                # a council) hands out what the vendor pays for; the giver is the vendor's one person copied on it
                after = paid.end()
                named = [(doc[a].idx, doc[b - 1].idx) for _, a, b in ctx.vendor_matcher(doc)]
                if any(after <= a <= after + 40 for a, _ in named):
                    copied = {p for p in (ctx.pid(x) for x in [*m.to, *m.cc]) if p and ctx.side(p) == "vendor"}
                    if len(copied) == 1:
                        return copied.pop()
            # "Lee asked me to send you two", "Lee wanted you to have these": the speaker acts for a colleague; "Lee,
            # our field engineer, will send out a box of X": the colleague named as who sends it
            mm = self._ASKED_ME.search(s.text) or self._COLLEAGUE_SENDS.search(s.text)
            if not mm:
                return None
            pid = self.ctx.find(mm.group(1).strip(), m, ("person",))
            return pid if pid and self.ctx.side(pid) == "vendor" and pid != self.ctx.pid(m.sender) else None
        name = mm.group(1).strip().rstrip(".,;:!?)")  # "... by Lee Park." / "(per Lee Park)"
        name = re.sub(r"['’]s$", "", name)  # "Per Lee's offer", "per Lee's say-so": Lee's
        return self.ctx.find(name, m, ("person",))

    # the vendor named as who pays for what a third party hands out (its name within a few words after)
    _VENDOR_PAYS = re.compile(r"\b(?:underwritten|paid for|funded|sponsored|covered|donated|provided|made possible)"
                              r"(?:\s+(?:in full|entirely|fully|generously))?\s+by\b")

    _ASKED_ME = re.compile(r"(?:^|[.,;:!-]\s*|\b(?:and|so|but)\s+)((?:[A-Z][\w'-]*\s?){1,3}?)\s+(?:has\s+|had\s+|just\s+|kindly\s+)?"
                           r"(?:asked|wanted|told|instructed|would\s+like|'d\s+like)\s+(?:me|us|you)\s+to\b")

    # a person named as the subject of a verb of sending still to come, an appositive of who they are between ("Lee, our
    # engineer, will send out ...", "Lee Park is shipping them today")
    _COLLEAGUE_SENDS = re.compile(r"(?:^|[.;:!,]\s+|\b(?:and|so)\s+)((?:[A-Z][a-z][\w'-]*\s?){1,3}?)(?:,\s+(?:our|my)\s+[^,.;:!?]{1,50},)?"
                                  # (the sending to come, as an offer says it: a report of things shipped, "Sam shipped you
                                  # a X", stays the writer's, who tells of it)
                                  r"\s+(?:will|'ll|is\s+going\s+to|is)\s+(?:also\s+|personally\s+)?"
                                  r"(?:send|sending|ship|shipping|post|posting|courier|couriering|deliver|delivering|drop|"
                                  r"dropping|bring|bringing)\b")

    @staticmethod
    def realis(s: Sentence) -> bool:
        return not s.has("irrealis")

    @classmethod
    def ships(cls, s: Sentence) -> bool:
        """The sentence says the goods left or are on their way. A modal inside the shipping words
        themselves ("should arrive", "will arrive Friday") or in what is still to follow ("the other two will
        follow") states the shipment, it does not make it unreal; shipping words said not to hold ("won't be
        shipped until", "never went out") do not ship."""
        if not s.has("ship") or all(cls._said_not(sp) for sp in s.spans("ship")):
            return False
        shipping = [(sp.start, sp.end) for sp in (*s.spans("ship"), *s.spans("to_follow"))]
        return all(any(a <= x.start < b for a, b in shipping) for x in s.spans("irrealis"))

    def done(self, s: Sentence) -> bool:
        """The speaker states the transfer as done: "we shipped", "I've set you up with", "are being
        added" (a giving verb in a past or perfect form, in a sentence with no modal)."""
        if s.has("conditional"):
            return False  # "they're yours if you want them": an offer still waiting for its answer
        if self.ships(s):
            return True
        if self._credit_earned(s):
            return True  # "... signed with your code. That's a $4,000 credit on Metro's renewal.": earned, booked
        if _GOT_FROM_US.match(s.text) and not s.spans("irrealis"):
            return True  # "Mrs. Lund got a free X from me at the expo": had
        if self.time_earned(s):
            return True  # "... That's two free years added to your licence.": earned, added
        doc = s.doc
        modals = [sp.start for sp in s.spans("irrealis")]
        if not modals and self.paid_for_reader(s) and any(t.lower_ in {"paid", "covered", "absorbed", "picked"} for t in doc):
            return True  # "your plan is paid up by us": the payment is made
        if not modals and _COST_TAKEN_DONE.search(s.text) and self.costs_taken_on(s):
            return True  # "We've taken care of the room for both nights", "we covered your registration": paid already
        for span in s.spans("give"):
            # a modal before the verb makes it unreal ("we will send"); one after it belongs to a clause
            # of its own ("I gave them to the club so its members can use them")
            if any(start <= span.start for start in modals):
                continue
            head = doc[span.start]
            # a performative: "it is my pleasure to donate", "we are proud to present you with" (the saying is the
            # giving; only with verbs of giving, not of sending: "pleased to send" is still to come)
            before = [t.lower_ for t in doc[max(0, span.start - 5):span.start]]
            if (head.lower_ in self.rules.giving_forms and before[-1:] == ["to"]
                    and set(before) & {"pleasure", "pleased", "delighted", "honored", "honoured", "proud", "privilege"}
                    and set(before) & {"is", "am", "are", "'s", "'m", "'re", "was", "were"}):
                return True  # (or said of a giving past: "it was my pleasure to present you with", "we were proud to")
            if head.lower_ in self.rules.past_forms:
                return True
            prev = {t.lower_ for t in doc[max(0, span.start - 2):span.start]}
            if prev & {"'ve", "have", "has", "'s", "had", "just"}:
                return True
            if head.lower_.endswith("ing") and prev & {"'m", "am", "'re", "are", "is", "'s"}:
                return True  # "I'm sending you", "we're donating": the act itself
            if head.lower_.endswith("ing") and span.start <= 3 and all(t.is_punct or t.is_title for t in doc[:span.start]) \
                    and span.start + 1 < len(doc) and doc[span.start + 1].lower_ in {"you", "over", "along", "out"}:
                return True  # "Sending you the card", "Otto, sending over two": the same act, its "I'm" dropped
            if head.lower_.endswith("ing") and span.start > 2 and doc[span.start - 1].text in {",", ";", "-", "\u2013", "\u2014"} \
                    and span.start + 1 < len(doc) and doc[span.start + 1].lower_ in {"it", "them", "you", "over", "out"}:
                return True  # "... a free X, mailing it to your desk today": a clause of its own, its "we're" dropped
            if {t.lower_ for t in doc[max(0, span.start - 4):span.start]} & {"had", "got"}:
                return True  # "I had the warehouse send you one", "got them to ship it": done through someone
            if head.lower_ in _SEND_NOW and span.start > 0 and doc[span.start - 1].lower_ in {"we", "i"} \
                    and span.start + 1 < len(doc) and doc[span.start + 1].lower_ == "you" \
                    and not _NOT_NOW.search(s.text) and self.vendor_speaks(s):
                # "As a thanks we send you a $100 gift card": the present simple of the act itself, as writers of English
                # as a second language say "we are sending you" (not "next week I send you", "each year we send you")
                return True
        # "You're registered for the May class as our guest, so there is no tuition", "you've been enrolled at no
        # charge": the place stated as the reader's already, free (a seat booked is had, as one shipped is)
        if not modals and s.has("free") and _ENROLLED_DONE.search(s.text) and self.vendor_speaks(s):
            return True
        # "please accept these", "consider the two a gift", "enjoy your new one": the things are already theirs
        if s.has("handed_over") and not modals:
            return True
        # "a $25 gift card is attached to this e-mail", "enclosed are two passes": handed over with the message itself
        if not modals and s.has("free") and _ENCLOSED.search(s.text) and self.vendor_speaks(s):
            return True
        # items said to be free in a plain statement by the vendor's side (anyone else saying "free" may be
        # passing on someone else's gift): no modal, condition, request or offer frame, and "free" as the
        # terms of a handing over ("..., at no cost", "it's on us"), not "a free X" (a kind of thing: "the
        # free camera promotion", "get a free chime"), which names offers more than gifts
        ctx = self.ctx
        modals = self._modals_outside_terms(s)
        if not modals and self.vendor_speaks(s) and self._was_free(s):
            return True  # "lunch was my treat", "the tickets were on us": the terms said of what is past
        if self._hosting_had(s):
            return True  # "I got the check", "lunch being on me - it came to $46 with the tip": had already
        if not modals and _REMINDER.match(s.text) and s.has("hosted") and s.has("free") and self.vendor_speaks(s) \
                and not s.text.rstrip().endswith("?"):
            return True  # "Reminder that dinner tonight is on us": hospitality arranged already, recalled
        if not s.products and self.kind_items(s) and self.carried_from(s) is None:
            # "Keep the cameras, no charge.": the things named by their kind, as if named
            return self._plain_free(s, doc, modals) and self.vendor_speaks(s)
        if not s.products:
            # "They're on us." / "It won't cost you a cent." after the sentence naming the items; "Hang on to them
            # for good." after things lent: the loan is the handing over, whatever modal offered it
            t = self.carried_from(s)
            stated = self._plain_free(s, doc, modals) or (not modals and self.we_pay(s) and not self.offer_framed(s))
            kept_loan = t is not None and t.has("loan") and s.has("keep") and not modals
            return bool(t is not None and (kept_loan or stated and not self.offer_framed(t) and not t.has("irrealis"))
                        and self.vendor_speaks(s))
        if not self._plain_free(s, doc, modals) and self.following_free(s):
            # "Twelve units for your captains cleared the warehouse. Nothing to pay." : the terms come next
            sents = ctx.sentences.get(s.message.id, [])
            nxt = sents[s.index + 1]
            return bool(not modals and not self._modals_outside_terms(nxt) and self._plain_free(nxt, nxt.doc, [])
                        and not self.offer_framed(s) and self.vendor_speaks(s)
                        and not any(s.has(label) for label in ("conditional", "hypothetical", "request")))
        return self._plain_free(s, doc, modals) and bool(s.products) and self.vendor_speaks(s)

    @staticmethod
    def _was_free(s: Sentence) -> bool:
        """A past copula just before the free terms ("dinner was my treat", "the seats were on the house", "it's
        been on us"): what was free has been had. Not a condition or a question."""
        if s.has("conditional") or s.text.rstrip().endswith("?"):
            return False
        doc = s.doc
        for sp in s.spans("free"):
            prev = [t.lower_ for t in doc[max(0, sp.start - 2):sp.start]]
            if prev[-1:] in (["was"], ["were"]) or prev == ["has", "been"] or prev == ["have", "been"] or prev == ["'s", "been"]:
                return True
        return False

    def _modals_outside_terms(self, s: Sentence) -> list[int]:
        """The starts of the sentence's modals, but those inside negated terms: a modal inside the words of
        "free" ("won't cost you", "will not be billed") states the terms, it does not make the handing
        over unreal."""
        free_spans = [(sp.start, sp.end) for sp in s.spans("free") if self._negated(sp)]
        return [sp.start for sp in s.spans("irrealis") if not any(a <= sp.start < b for a, b in free_spans)]

    @staticmethod
    def _negated(sp) -> bool:
        """"won't cost you", "will not be billed", "there won't be a bill": terms said by negation (a
        future "we'll cover it" is still a promise)."""
        return any(t.lower_ in {"n't", "not", "no", "never", "nothing"} for t in sp.doc[max(0, sp.start - 1):sp.end + 1])

    _NOT = frozenset({"n't", "not", "never", "nothing", "no", "none", "neither", "nor"})

    @classmethod
    def _said_not(cls, sp) -> bool:
        """The words of a span said not to hold: a negation among the three words before it, in its clause
        ("haven't received", "nothing has arrived", "won't be shipped", "never went out"), in it or just
        after it ("please do not")."""
        doc = sp.doc
        for t in reversed(doc[max(0, sp.start - 3):sp.start]):
            if t.is_punct or t.lower_ in {"but", "and", "so"}:
                return False
            if t.lower_ in cls._NOT:
                return True
        inside = sum(t.lower_ in cls._NOT for t in sp)
        # two negations inside the span cancel: "wouldn't say no", "I won't say no to that" are a yes
        return inside % 2 == 1 or (sp.end < len(doc) and doc[sp.end].lower_ in {"not", "n't"})

    _PAYING = ("pay", "paid", "paying", "check", "cheque", "payment", "reimburse", "invoice", "invoiced", "bill",
               "billed", "charge", "charged")
    _CARRIAGE = ("shipping", "postage", "freight", "delivery", "tax", "taxes", "handling")
    _NOT_PAYING = frozenset({"visit", "attention", "respects", "tribute", "off", "dividends", "heed", "forward"})

    _GAVE = frozenset({"gave", "given", "sent", "donated", "handed", "passed", "gifted", "delivered", "dropped",
                       "brought", "contributed", "presented", "shared"})

    def _gave_on(self, s: Sentence) -> bool:
        """The speaker says they gave the things (a giving verb in the past, no modal or condition): "I donated
        both to the Birch Lane Watch", "we handed them over to the tenants' association"."""
        if s.has("irrealis") or s.has("conditional") or s.has("hypothetical"):
            return False
        return any(sp.text.lower().split()[0] in self._GAVE for sp in s.spans("give"))

    _PASSED_TO = re.compile(r"\b(?i:gave|handed|passed|donated|delivered|dropped|brought|gifted|took)\b[^.;:!?]{0,40}?\b"
                            r"(?:(?:off|over|along|on)\s+)?to\s+((?:[A-Z][\w'’.-]*\s*){1,4})"
                            r"|\b(?i:dropped|left)\b[^.;:!?]{0,40}?\b(?:off\s+)?with\s+((?:[A-Z][\w'’.-]*\s*){1,4})")

    def _passed_to_person(self, s: Sentence, m: Message, sender: str | None) -> str | None:
        """The recipient of an open gift says they gave the things on to a person of the release outside both sides
        ("Handed the X to Hank Lund yesterday", "dropped the X off with Mrs. Lund"): a past verb of giving, no modal or
        condition, the person named after "to" (or "with", after "dropped"/"left"). That person, or None."""
        if sender is None or s.has("irrealis") or s.has("conditional") or s.has("hypothetical") or s.has("request"):
            return None
        ctx = self.ctx
        for x in self._PASSED_TO.finditer(s.text):
            if re.search(r"\b(?:not|never|n't)\b", s.text[max(0, x.start() - 12):x.start()], re.I):
                continue
            name = (x.group(1) or x.group(2) or "").strip(" .")
            pid = ctx.find(name, m, ("person",)) if name else None
            if pid and pid != sender and ctx.side(pid) not in ("vendor", ctx.side(sender)):
                return pid
        return None

    def _paid_after_all(self, s: Sentence, giver_side: bool) -> bool:
        """A later message of the thread says the things are paid or billed for after all: the recipient's
        side paying ("Ethics says I have to pay for them, so I've mailed a check", "we'll pay for them"), the
        giver's billing the reader ("these have to be billed after all: your invoice is attached"). Not a
        question, a condition or anything free; not the carriage or the tax; not payment said not to hold
        ("no need to pay") or made by someone else ("the vendor-paid airfare")."""
        if s.text.rstrip().endswith("?") or s.has("free") or s.has("conditional") or s.has("hypothetical"):
            return False
        doc = s.doc
        if {t.lower_ for t in doc} & set(self._CARRIAGE):
            return False
        payer = {"you", "your", "attached", "enclosed"} if giver_side else {"i", "we", "my", "our"}
        for sp in s.spans("purchase"):
            if self._said_not(sp) or not any(w in sp.text.lower().split() for w in self._PAYING):
                continue
            after = [t.lower_ for t in doc[sp.end:sp.end + 2]]
            if after and (after[0] in self._NOT_PAYING or after[-1] in self._NOT_PAYING):
                continue  # "we paid a visit", "it paid off", "pay attention", "pay it forward"
            if giver_side and self._paid_done(sp):
                continue  # the giver: "your registration is paid", "the hotel has been paid": paid for the reader
            if not giver_side and self._vendor_paid_for_speaker(s, sp):
                continue  # the one treated: "Dana paid for my dinner": the giver paid, not the reader
            if {t.lower_ for t in doc[max(0, sp.start - 4):min(len(doc), sp.end + 4)]} & payer:
                return True
        return False

    @staticmethod
    def _pays_another_cost(g: _Gift, s: Sentence) -> bool:
        """The reader paying only for costs the offer did not take on: "We'll pay our own airfare" under an offer of
        the pass and the hotel pays for the part left to them, not for what was given (costs named in the sentence,
        none of them named by the offer)."""
        def one(w: str) -> str:
            return re.sub(r"(?<=ss)es$|(?<!s)s$", "", w)
        named = {one(w) for w in COST_WORD.findall(s.text.lower())}
        offered = {one(w) for o in g.offer_sents for w in COST_WORD.findall(o.text.lower())}
        return bool(named) and not named & offered

    @classmethod
    def _paid_done(cls, sp) -> bool:
        """A passive "paid" in the giver's mouth, with nobody after it paying ("by you", "by your office"): the
        giver reporting that it paid what it offered ("your registration is paid", "both nights are already paid
        for"), not a bill to the reader."""
        doc = sp.doc
        words = [t.lower_ for t in doc[sp.start:sp.end]]
        if words[-1] != "paid" and words != ["paid", "for"]:
            return False
        j = sp.start - 1
        while j >= 0 and doc[j].lower_ in {"now", "already", "all", "fully", "been", "just"}:
            j -= 1
        if j < 0 or doc[j].lower_ not in {"is", "are", "was", "were", "been", "be", "'s", "'re", "has", "have"}:
            return False
        after = [t.lower_ for t in doc[sp.end:sp.end + 4]]
        return not ("by" in after and {"you", "your", "yourself"} & set(after))

    def _no_yes(self, s: Sentence) -> bool:
        """A reply to an offer that names accepting, or thanks, without saying yes: a question about it
        ("Can I accept these under our policy?"), a doubt or a condition ("Not sure we're allowed to accept",
        "Thanks, I'll check with my captain", "If we accept, ..."), thanks taken back by a "but" ("Very
        generous, but we have plenty"), paying ("We'd love them, but we'll pay") or the accepting said not to hold. A
        question that says where to send the things ("Could you ship them to the station?") is a yes."""
        spans = s.spans("accept")
        if s.text.rstrip().endswith("?"):
            return not any(map(self._sending, spans))
        if s.has("hypothetical") or s.has("conditional"):
            return True
        if any(not self._said_not(sp) for sp in s.spans("purchase")):
            return True  # "Yes, but we'll pay for them: please send an invoice"
        if spans and all(self._said_not(sp) for sp in spans):
            return True
        doc = s.doc
        for t in doc:
            if t.lower_ in {"but", "however", "unfortunately"} and any(sp.end <= t.i for sp in spans):
                return not any(sp.start > t.i and self._sending(sp) for sp in spans)
        # "Thanks! I need to check with the lieutenant first.": the yes held for someone's approval in the sentences
        # right after it (not "Thanks! I'll check the mailbox", nor a yes said again after the check)
        for t in self.ctx.sentences.get(s.message.id, [])[s.index + 1:s.index + 3]:
            if t.has("accept"):
                break
            if any(w in sp.text.lower() for sp in t.spans("hypothetical") for w in self._HOLD_WORDS):
                return True
        return False

    _HOLD_WORDS = ("check", "run it by", "run this by", "approv")

    @staticmethod
    def _sending(sp) -> bool:
        """An accepting cue that says where to send the things ("ship them to", "please send")."""
        return any(w in sp.text.lower() for w in ("send", "ship", "deliver"))

    def _plain_free(self, s: Sentence, doc, modals) -> bool:
        terms = [sp for sp in s.spans("free") if not (sp.end < len(doc) and doc[sp.end].is_alpha
                                                       and doc[sp.end].lower_ not in {"and", "or", "but", "as", "too", "for",
                                                                                      "gift", "gifts", "present", "of", "now", "today", "again",
                                                                                      "anyway", "forever"}
                                                       and sp.text.lower() in {"free", "complimentary", "no-cost"})]
        return bool(terms and not modals and not self.offer_framed(s)
                    and not any(s.has(label) for label in ("conditional", "hypothetical", "request")))

    def priced_given(self, s: Sentence) -> bool:
        """A giving verb whose object, a thing no catalogue lists, carries its price: "sending you a $649 tablet",
        "mailing Otto a tablet (the 10-inch model, $649)"; not "a $649 value" (a value cue of its own)."""
        if s.products:
            return False
        doc = s.doc
        return any(_PRICED_THING.match(doc[sp.end:].text if sp.end < len(doc) else "") for sp in s.spans("give")
                   if sp.end < len(doc))

    def _next_in_paragraph(self, s: Sentence) -> Sentence | None:
        """The sentence after ``s``, when it is of the same paragraph."""
        sents = self.ctx.sentences.get(s.message.id, [])
        nxt = sents[s.index + 1] if s.index + 1 < len(sents) else None
        return nxt if nxt is not None and nxt.paragraph == s.paragraph else None

    def _next_priced(self, s: Sentence) -> bool:
        """The next sentence of the paragraph states the price of one ("They go for $65 apiece ...")."""
        nxt = self._next_in_paragraph(s)
        return nxt is not None and each_price(nxt) is not None

    def following_free(self, s: Sentence) -> bool:
        """The next sentence of the paragraph says the items just named are free ("... I'd like the
        club to have them. They're yours, no strings.")."""
        nxt = self._next_in_paragraph(s)
        return bool(nxt is not None and not nxt.products and nxt.has("free")
                    and not self.offer_blocked(nxt) and not self._own_thing_given(nxt))

    _NOT_THING = frozenset({"them", "it", "those", "these", "they", "one", "ones", "some", "both", "all", "you", "u",
                            "over", "out", "along", "by", "back", "in", "up", "down",
                            # a preposition is no object: "They're a gift from all of us", "a gift to the block club"
                            "from", "to", "for", "of", "with", "at", "on"})

    def _own_thing_given(self, s: Sentence) -> bool:
        """A verb of giving or bringing with a thing of its own as object ("bring pizza for everyone", "buy lunch"),
        not the things named before ("bring them", "send those over")."""
        doc = s.doc
        for sp in s.spans("give"):
            if sp.end >= len(doc) or len(sp) != 1:
                continue
            if sp.start > 0 and doc[sp.start - 1].lower_ in self._BE:
                continue  # "These are provided at no charge": a passive's thing given is its subject, the things before
            nxt = doc[sp.end]
            if nxt.lower_ in {"the", "a", "an", "some"} and sp.end + 1 < len(doc):
                nxt = doc[sp.end + 1]
            if nxt.is_alpha and nxt.is_lower and nxt.lower_ not in self._NOT_THING and nxt.lower_ not in \
                    self.rules.number_words and not nxt.lower_.endswith("self") and nxt.pos_ in ("NOUN", "PROPN", ""):
                return True
        return False

    _BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'re", "\u2019re"})

    def _count_asked(self, t: Sentence) -> int | None:
        """The count an invitation asks the reader to take, of the things counted before ("Want two?", "Would you and a
        guest like the other two?"); None when the sentence is no such question."""
        if not t.text.rstrip().endswith("?") or not ThreadContext._INVITE.search(t.text):
            return None
        return count_said(self.rules, t)

    def following_value(self, s: Sentence) -> float | None:
        """A value stated in the next sentences of the same paragraph ("... no charge. It comes to
        about $900 retail.")."""
        sents = self.ctx.sentences.get(s.message.id, [])
        # "We'd like to send 14 hoodies for the squad. Each one is about $60.", "... six jackets, no charge. They
        # retail for $85 each.": the count said with the words that give them, times the price of one said next
        # (as `preceding_value` reads it the other way round), before the price of one is read as the value
        n = count_said(self.rules, s) if (s.has("free") or s.has("give") and not s.has("each_of_you")
                                          and self.following_free(s)) and not s.products else None
        if n:
            window = []
            for t in sents[s.index + 1:s.index + 3]:
                if t.paragraph != s.paragraph or t.products:
                    break
                window.append(t)
            prices = [each_price(t) for t in window]
            for i, (t, price) in enumerate(zip(window, prices)):
                if all(p is None for p in prices[i:]):
                    break  # (no price to read: the blocking cues, some of them the parse's, are not looked up)
                asked = self._count_asked(t) if price is None else None
                if asked is not None and asked < n:
                    n = asked  # "I've got four tickets to the game. Want two? Face value is $145.": the two asked about
                    continue
                # (but "if you want them", the offer waiting on its answer: "$60 each, but they're yours if you want them")
                if any(t.has(label) for label in self._CARRY_BLOCKS if not (label == "conditional" and (
                        self.if_wanted(t) or self.if_number_asked(t)))):
                    break
                if price is not None:
                    if per_head(self.rules, t) == price:
                        return price  # "... three nights at the inn. About $900 per person.": each person's, not a night's
                    return round(price * n, 2)
        for t in sents[s.index + 1:s.index + 3]:
            if t.paragraph != s.paragraph or t.products:
                break
            # (a regular price said of it, "Street price is around $1,200.": its "price" is no sale)
            # (nor "it's already paid, about $860 all in": the thing given, paid by the giver's side)
            if t.has("value_cue") and all(self._paid_already(t, sp) for sp in t.spans("purchase")) \
                    or list_price(t) is not None and all(
                    sp.text.lower() == "price" for sp in t.spans("purchase")):
                v = self.ctx.stated_value(t)
                if v is not None and v == each_price(t) and per_head(self.rules, t) != v:
                    # "I have two spare units. They're yours. List is $5,900 ea.": the price of one, times the count
                    # said in the sentence or the one before it
                    before = [u for u in sents[max(0, s.index - 1):s.index + 1] if u.paragraph == s.paragraph]
                    k = next((c for c in (count_said(self.rules, u) for u in reversed(before)) if c), None)
                    if k and 2 <= k <= 99:
                        return round(v * k, 2)
                if v is not None:
                    return v
        # "Got two seats for Saturday's game with your name on them. $240 for the pair, but they're on me.": the price
        # of the things just given, then the same things said free, in the next sentence of the paragraph
        for t in sents[s.index + 1:s.index + 2]:
            # (the pattern first: asking a label a parse gives parses the message)
            x = _PRICE_BUT_FREE.search(t.text)
            if x is None or t.paragraph != s.paragraph or t.products or t.has("conditional") or t.has("request"):
                break
            stated = parse_money(x.group(1))
            if len(stated) == 1:
                return stated[0][0]
        cost = self._cost_after(s)
        if cost is not None:
            return cost
        if s.text.rstrip().endswith(":"):
            # "We'll cover your travel:" over a list of things no catalogue lists ("- Airfare", "- Hotel") and the
            # line that sums it up ("Total value: $2,380."), in the list or right under it
            k = s.index + 1
            while k < len(sents) and k - s.index <= 8 and _LIST_LINE.match(sents[k].text) and not sents[k].products:
                k += 1
            if k > s.index + 1:
                for t in sents[s.index + 1:k + 1]:
                    if t.products or t.has("purchase") or t.has("conditional"):
                        break
                    if t.has("value_cue"):
                        v = self.ctx.stated_value(t)
                        if v is not None:
                            return v
        return None

    def preceding_value(self, s: Sentence) -> float | None:
        """"They're yours!" after the same speaker's sentence (one or two back, same paragraph) that priced things no
        catalogue lists ("I've got two tickets to Saturday's game, $180 apiece."): what those things are worth. Not
        when that sentence is a sale, a condition, a maybe, a request or a recap, or names a product."""
        if s.products or not s.has("free") or s.has("not_free"):
            return None
        sents = self.ctx.sentences.get(s.message.id, [])
        before = sents[max(0, s.index - 2):s.index]
        if not any(each_price(t) is not None for t in before):
            # "Three nights at the Wexford came to $612. Nothing for you to pay.": a cost priced in the sentence right
            # before, the terms said after it
            return self._cost_before(s, before[-1]) if before else None
        for t in reversed(before):
            if t.paragraph != s.paragraph or t.products or t.has("free"):
                return None
            if any(t.has(label) for label in self._CARRY_BLOCKS):
                return None
            v = each_value(self.rules, t)
            if v is not None:
                return v
            # "We had jackets made up, $89 each. I'd like to send a dozen over, no charge.": the count said with
            # the words that give them, times the price of one
            price, n = each_price(t), count_said(self.rules, s)
            if price is not None and n:
                return round(price * n, 2)
            if price is not None and t is before[-1] and len(before) == 2:
                # "I have two seats for Saturday. Face value is $85 each. They're comped.": the price of one said
                # between the sentence that counts the things and the one that makes them free
                first = before[0]
                k = count_said(self.rules, first) if first.paragraph == s.paragraph and not first.products and not \
                    first.has("free") and not any(first.has(label) for label in self._CARRY_BLOCKS) else None
                if k and 2 <= k <= 99:
                    return round(price * k, 2)
        return None

    _CARRY_BLOCKS = ("purchase", "conditional", "hypothetical", "request", "recap", "order")

    def _cost_after(self, s: Sentence) -> float | None:
        """Costs the free ``s`` takes on with no amount ("We'll cover your airfare and two nights at the Wexford."),
        priced in the next sentence of the paragraph ("Airfare runs about $400 and the Wexford is $159 a night."): the
        sum of those costs, the nights or days counted in ``s``. Not when the next sentence names a product, says
        something free itself, sells, asks or sets a condition."""
        if s.products or parse_money(s.text) or not COST_WORD.search(s.text.lower()):
            return None
        nxt = self._next_in_paragraph(s)
        if nxt is not None and self._billing_aside(nxt):
            # "We'd also take care of your room. It goes on our master account, so there's nothing for you to put
            # through. Registration is $695 and the room runs $206 a night.": a word on how it is billed between
            nxt = self._next_in_paragraph(nxt)
        return self._costs_priced(nxt, s, counted_before=s.text) if nxt is not None else None

    _BILLING_WORDS = re.compile(r"\b(?:account|billed|billing|invoiced?|charged|paperwork|expensed?|reimburse\w*|"
                                r"put\s+through|folio|direct\s+bill)\b", re.I)

    def _billing_aside(self, t: Sentence) -> bool:
        """A sentence between a cost taken on and its price that only says how it is billed ("It goes on our master
        account, so there's nothing for you to put through"): no amount, no product, no sale, condition or question."""
        return bool(self._BILLING_WORDS.search(t.text)) and not parse_money(t.text) and not t.products \
            and not t.text.rstrip().endswith("?") and not any(t.has(b) for b in self._CARRY_BLOCKS)

    def _cost_before(self, s: Sentence, t: Sentence) -> float | None:
        """What a cost taken on for the reader came to, said in the sentence ``t`` right before the free ``s`` of the
        same paragraph ("Two nights at the Wexford came to $612. Nothing for you to pay.", "The passes were $310 in
        all. It's on us."): the sum of the costs it prices, or its one amount said after a cost word. Not a sentence
        that names a product, says something free itself, sells, asks or sets a condition."""
        return self._costs_priced(t, s)

    def _costs_priced(self, t: Sentence, s: Sentence, counted_before: str = "") -> float | None:
        """The costs sentence ``t`` prices (`costs_sum`, the nights or days perhaps counted in ``counted_before``), or its
        one amount said of a cost, for the free ``s`` of the same paragraph; None when ``t`` names a product, says
        something free itself, or sells, asks or sets a condition (those cues, some of them read from the sentence's
        parse, are asked last: most sentences price nothing)."""
        if t.paragraph != s.paragraph or t.products or t.has("free"):
            return None
        value = costs_sum(self.rules, t, counted_before=counted_before)
        if value is None:
            amounts = [v for v, _a, _b in parse_money(t.text) if v > 0]
            if len(amounts) == 1 and (_COST_PRICED.search(t.text) or _COST_CAME_TO.search(t.text)):
                value = amounts[0]
        if value is None or any(t.has(b) for b in self._CARRY_BLOCKS):
            return None
        return value

    def carried_from(self, s: Sentence) -> Sentence | None:
        """A sentence that says something is free but names no item ("They're on us.", "It won't cost you
        a cent.", "We'll cover the cost on all four.") speaks of the items of the sentence before it in the
        same paragraph (one or two back): that sentence, when it is the same speaker's and neither a sale,
        a condition, a maybe, a request, a recap nor a loan or trial (unless the things are kept). "Free"
        naming a cost of its own ("we'll cover the cost of installation") carries nothing."""
        paying = not s.has("free") and self.we_pay(s)  # "We're paying for it out of our budget."
        if s.products or not (s.has("free") or paying) or s.has("not_free"):
            return None
        doc = s.doc
        for sp in s.spans("free"):
            if sp.end + 1 < len(doc) and doc[sp.end].lower_ in {"of", "for"} and doc[sp.end + 1].is_alpha and (
                    doc[sp.end + 1].lower_ not in self._CARRY_DET and doc[sp.end + 1].lower_ not in self.rules.number_words):
                return None  # "cover the cost of installation", "pay for shipping"
        sents = self.ctx.sentences.get(s.message.id, [])
        if not any(t.products for t in sents):
            return self._carried_across(s, paying)
        if self._own_thing_given(s):
            return None  # "... bring pizza for everyone, my treat": the treat is the pizza, not the things before
        for t in reversed(sents[max(0, s.index - 2):s.index]):
            if t.paragraph != s.paragraph:
                # (the paragraph opening under a list of the things: "- two X (retail $199 each)" / "- one Y ($249)" /
                # "This is our contribution to the Harbor Unit.": the last line of the list, which `items_here` reads whole)
                lines = self._list_above(s) if t.index == s.index - 1 else []
                return lines[-1] if lines else None
            if not t.products:
                continue
            if any(t.has(label) for label in self._CARRY_BLOCKS) or self.reported(t) or self.given_by_reader(t):
                return None
            if t.has("loan") and not t.has("keep") and not s.has("keep"):
                # "... two X for a 60-day pilot. No cost for any of it.": what costs nothing is the trial (not "I've a
                # third X back from the trade show. I'd like your team to have it for good.": kept, the loan is past)
                return None
            if paying and not {"your", "you"} & {w.lower_ for w in t.doc}:
                return None  # paying for the reader's things, not the speaker's own
            if t.has("free"):
                return None  # the sentence naming the items states its own terms: nothing is left to carry
            return t
        return None

    def _carried_across(self, s: Sentence, paying: bool) -> Sentence | None:
        """A vendor's message that names no item says something is free or sent ("Forgot to say: it's yours, no
        charge.", "Done, it's in the post, my treat."): it speaks of the items the vendor's side named to the
        same reader in one of the thread's last messages ("I have a spare unit from the expo.", "Would a spare
        unit be any use to you?"), when the reader's replies since neither refuse, buy nor name items of their
        own, and nothing there is priced, sold, conditional, maybe, requested or already given on its own terms.
        Things lent are carried only by a sentence that lets the reader keep them ("No need to send them back,
        keep them."): a loan that became a gift."""
        ctx = self.ctx
        m = s.message
        if paying or not self.vendor_speaks(s):
            return None
        thread, pos = self._where.get(m.id, (None, 0))
        if not thread:
            return None
        readers = set(ctx.addressees(m))
        kept = s.has("keep") or any(t.has("keep") for t in ctx.sentences.get(m.id, [])
                                    if t.paragraph == s.paragraph and abs(t.index - s.index) <= 1)
        for prior in reversed(thread[max(0, pos - 3):pos]):
            if prior.id in ctx.skipped:
                continue
            psents = ctx.sentences.get(prior.id, [])
            # (a loan now kept may have said what the things are worth: "each is a $900 value, please take care of them")
            if any((parse_money(t.text) and not (kept and t.has("value_cue") and any(x.has("loan") for x in psents)))
                   or t.has("purchase") or t.has("order") or t.has("decline") or t.has("withdraw")
                   or (t.has("loan") and not kept) for t in psents):
                return None
            who = ctx.pid(prior.sender)
            if ctx.side(who) != "vendor":
                if who in readers and kept and any(t.products for t in psents):
                    return self._held_by_reader(psents)  # "you left your X here, want me to ship it back?" - "keep it"
                if who not in readers or any(t.products for t in psents):
                    return None  # someone else, or the reader naming items (a request: `_request_granted`)
                continue  # the reader's answer ("it would, yes")
            named = [t for t in psents if t.products]
            if not named:
                continue
            t = named[-1]
            if not readers & set(ctx.addressees(prior)) or ctx.items_of(t) == {}:
                return None
            if any(t.has(label) for label in self._CARRY_BLOCKS if not (
                    (label == "conditional" and self.if_wanted(t)) or (label == "request" and self.offer_question(t)))):
                return None
            if t.has("free") or self.reported(t) or self.given_by_reader(t) or self.ordered(prior):
                return None
            return t
        return None

    def _list_above(self, s: Sentence) -> list[Sentence]:
        """The list lines right above the vendor's sentence that opens its paragraph ("What we have in mind:" / "- two X
        (retail $199 each)" / "- one Y ($249)" / then "This is our contribution to the Harbor Unit."), in order, when
        every line names a product and neither a line nor the sentence that introduces the list sells, lends, orders,
        supposes, asks, sets a condition or states terms of its own; else none."""
        sents = self.ctx.sentences.get(s.message.id, [])
        if s.index == 0 or sents[s.index - 1].paragraph == s.paragraph or not _LIST_LINE.match(sents[s.index - 1].text):
            return []
        if not self.vendor_speaks(s):
            return []
        k = s.index - 1
        while k >= 0 and s.index - k <= 8 and _LIST_LINE.match(sents[k].text):
            k -= 1
        lines = sents[k + 1:s.index]
        if not all(t.products for t in lines) or (k >= 0 and not sents[k].text.rstrip().endswith(":")):
            return []
        blocks = (*self._CARRY_BLOCKS, "loan", "free", "discount", "decline", "withdraw")
        if any(t.has(label) for t in (*lines, *sents[max(0, k):k + 1]) for label in blocks):
            return []
        return lines

    _EACH_LINE = re.compile(r"\s*\)?\s*(?:each|ea\b|apiece|a piece|per\s+(?:unit|piece|device|camera))", re.I)

    def _list_value(self, lines: list[Sentence]) -> float | None:
        """What the lines of a list of things are worth when each prices its own ("- two X (retail $199 each)": $398,
        "- one Y ($249)": $249): their sum; None when a line prices nothing or more than one amount."""
        total = 0.0
        for t in lines:
            amounts = [(v, b) for v, _a, b in parse_money(t.text) if v > 0]
            if len(amounts) != 1:
                return None
            v, b = amounts[0]
            n = sum(self.ctx.items_of(t).values())
            total += v * n if n and self._EACH_LINE.match(t.text[b:b + 24]) else v
        return round(total, 2)

    _BACK = re.compile(r"\b(?:back|return|returned|returning)\b", re.I)

    def _held_by_reader(self, psents: list[Sentence]) -> Sentence | None:
        """The reader's message that names one product of the vendor's side the reader holds and asks whether to send
        it back ("You left one of your X in our office. Want me to ship it back?"), answered by the vendor with a
        sentence that lets the reader keep it ("no need to send it back"): the sentence naming it. A reader asking
        for things (a request), buying them or naming two products gives nothing to carry."""
        if not any(self._BACK.search(t.text) for t in psents):
            return None
        t = [t for t in psents if t.products][-1]
        if len({pid for pid, *_ in t.products}) != 1 or not re.search(r"\b(?:your|you)\b", t.text, re.I) or any(
                t.has(label) for label in (*self._CARRY_BLOCKS, "free", "decline", "withdraw")):
            return None
        return t

    _CARRY_DET = {"the", "your", "those", "these", "them", "it", "all", "both", "each", "every", "this", "that", "our",
                  "their", "its", "his", "her"}

    def _kinds(self) -> dict[str, set[str]]:
        """Kind of thing (`KIND_OF`) -> the products whose name or an alias has a word for it ("Porch Cam",
        "yard light camera": camera; "Beacon Alert licence": licence; "Chime Pro": chime)."""
        kinds = self._kinds_memo
        if kinds is None:
            kinds = defaultdict(set)
            for pid, n in self.ctx.products.items():
                for word in {w.lower() for form in (n.name, *n.aliases) for w in form.split()}:
                    kind = kind_of(word)
                    if kind:
                        kinds[kind].add(pid)
            self._kinds_memo = kinds
        return kinds

    def kind_items(self, s: Sentence) -> dict[str, int]:
        """Things a sentence speaks of by their kind only, definitely ("keep the cameras", "we have extended all
        forty licences at our expense", "two of the cameras are yours"): the one product of that kind named last
        before it, earlier in the message or in one of the thread's last messages; so many as the sentence counts,
        else as were named there. Two products of the kind named there: no telling which, nothing. Only the
        vendor's side saying them free or the reader's ("no charge", "at our expense", "yours to keep"): the
        weaker naming is read with the plainer terms, not a verb of sending ("the cameras are still sending
        alerts")."""
        if s.products or not any(s.has(label) for label in ("free", "keep", "handed_over")) or not self.vendor_speaks(s):
            return {}
        key = (s.message.id, s.index)  # (asked of one sentence by `gift_like`, `done` and `items_here`)
        if key not in self._kind_memo:
            self._kind_memo[key] = self._kind_items(s)
        return dict(self._kind_memo[key])

    def _kind_items(self, s: Sentence) -> dict[str, int]:
        if self._lent_then_kept(s):
            lent = self._loaner_named_before(s)
            if lent:
                return lent  # "keep the loaner, it's yours now, no charge": the thing lent to the reader before
        kinds = self._kinds()
        doc = s.doc
        for k, tok in enumerate(doc):
            low = tok.lower_
            kind = kind_of(low)
            if not kind or kind not in kinds:
                continue
            # a determiner before it, with only a count, "of" or one more word between ("all forty", "two of the",
            # "the six spare"): the things spoken of before, not a kind in general ("cameras are great")
            before = [t.lower_ for t in doc[max(0, k - 4):k]]
            det = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _KIND_DET), None)
            if k + 1 < len(doc) and doc[k + 1].lower_ in {"of", "'s", "\u2019s"}:
                continue
            if det is None or len(before) - det > 3:
                # "we provide you two cameras for free" under the subject "K7 test cameras": things counted by their
                # kind, indefinitely, are the one product of that kind the message's subject names
                counted = k > 0 and (doc[k - 1].like_num or doc[k - 1].lower_ in self.rules.number_words)
                titled = self._kind_in_subject(s, kinds[kind]) if counted else None
                n = quantity_before(self.rules, doc, k) if titled else None
                if titled and n:
                    return {titled: n}
                continue
            named = self._kind_named_before(s, kinds[kind])
            if named is None:
                return {}
            pid, n_named = named
            n = quantity_before(self.rules, doc, k) or (2 if "both" in before else None)
            if n is None:
                m = re.search(r"(\w+(?:-\w+)?)\s+of\s+(?:the|your|those|these)\s*$", doc[max(0, k - 4):k].text, re.I)
                n = count_of(self.rules, m.group(1)) if m else None
            return {pid: n or n_named}
        if _PRONOUN_KEPT.search(s.text):
            # "keep them!", "they're yours": a pronoun for the things the messages it answers named last ("the two X
            # you set us up with for the pilot: when do you need them back?"), when those name one product
            named = self._kind_named_before(s, set(self.ctx.products))
            if named is not None:
                pid, n_named = named
                return {pid: self._count_in(s, ("both", "all")) or n_named}
        return {}

    def _loaner_named_before(self, s: Sentence) -> dict[str, int]:
        """What "the loaner" of a sentence is: the one product named in the last earlier sentence of the release, in a
        message between the writer's and the reader's sides, that lends something ("I'm shipping you a loaner X",
        "we can lend you a X"), so many as counted there; {} when that sentence names none or several."""
        ctx, m = self.ctx, s.message
        if not any(t.lower_ in {"loaner", "loaners"} for t in s.doc):
            return {}
        people = ctx.participants(m)
        when = _sent_utc(m)
        if when is None:
            return {}
        earlier = [x for x in ctx.messages if x.id != m.id and x.id not in ctx.skipped and (w := _sent_utc(x)) is not None
                   and w < when and ctx.participants(x) & people - {ctx.pid(m.sender)}]
        for x in sorted(earlier, key=_sent_utc, reverse=True):  # type: ignore[arg-type]
            for t in reversed(ctx.sentences.get(x.id, [])):
                if t.products and any(set(sp.text.lower().split()) & self._LENDING for sp in t.spans("loan")):
                    named = {pid for pid, *_ in t.products}
                    return ctx.items_of(t) if len(named) == 1 else {}
        return {}

    def _kind_in_subject(self, s: Sentence, pids: set[str]) -> str | None:
        """The one product of ``pids`` whose name or an alias the sentence's message's subject writes, else None."""
        subject = s.message.subject or ""
        named = {pid for pid in pids if (n := self.ctx.products.get(pid)) is not None and any(
            re.search(r"(?<![\w-])" + re.escape(form) + r"s?(?![\w-])", subject, re.I) for form in (n.name, *n.aliases)
            if len(form) > 2)}
        return named.pop() if len(named) == 1 else None

    def _kind_named_before(self, s: Sentence, pids: set[str]) -> tuple[str, int] | None:
        """The one product of ``pids`` the sentences before ``s`` name last (this message's, then the thread's last
        four messages') and its count there."""
        ctx = self.ctx
        m = s.message
        thread, pos = self._where.get(m.id, (None, 0))
        here = list(reversed(ctx.sentences.get(m.id, [])[:s.index]))
        earlier = [t for prior in reversed((thread or [])[max(0, pos - 4):pos]) if prior.id not in ctx.skipped
                   for t in reversed(ctx.sentences.get(prior.id, []))]
        for t in here + earlier:
            named = {pid for pid, *_ in t.products if pid in pids}
            if len(named) == 1:
                pid = named.pop()
                return pid, ctx.items_of(t).get(pid, 1)
            if named:
                return None
        titled = self._kind_in_subject(s, pids)  # "Keep the cameras" under the subject "K7 test cameras"
        return (titled, 1) if titled else None

    def _count_in(self, s: Sentence, lead: tuple[str, ...]) -> int | None:
        """A count the sentence gives for things already named: "those two", "all eight", "both",
        "for your six cameras" (`lead`: the words that may come before the count)."""
        text = s.text
        if re.search(r"\bboth\b", text, re.I) and not re.search(r"\bboth of you\b|\byou both\b", text, re.I):
            return 2
        m = re.search(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those|these)\b", text, re.I)
        if m:
            word = m.group(1).lower()
            n = self.rules.number_words.get(word) if not word.isdigit() else int(word)
            if n and 1 < n <= 500:
                return n  # "three of them"
        for m in re.finditer(r"(?<![\w-])(" + "|".join(lead) + r")\s+(?:all\s+(?:of\s+)?|each\s+of\s+)?(?:the\s+|your\s+|"
                             r"those\s+|these\s+|their\s+|our\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b", text, re.I):
            word = m.group(2).lower()
            n = self.rules.number_words.get(word) if not word.isdigit() else int(word)
            if n and 1 < n <= 500 and not _PERIOD_AFTER.match(text, m.end()):
                return n  # (not "for 60 days", "on 3 weeks' notice": a time, not the things)
        return None

    def _service(self, pid: str) -> bool:
        n = self.ctx.products.get(pid)
        attrs = n.attrs if n is not None else {}
        return attrs.get("device") is False or bool(attrs.get("unit"))

    _PLACES = frozenset({"seat", "seats", "course", "courses", "academy", "training", "class", "classes", "tuition",
                         "registration", "workshop", "certification", "bootcamp", "school"})

    def _seats(self, pid: str) -> bool:
        """A product that is places for people ("Remote Pilot Academy", "Analyst Course seat"): filled by who is named."""
        n = self.ctx.products.get(pid)
        names = [n.name, *n.aliases] if n is not None else []
        return any(w in self._PLACES for name in names for w in name.lower().split())

    _POINT_BACK = frozenset({"these", "those", "them", "they", "they're", "they\u2019re"})

    def _counted_before(self, s: Sentence, items: dict[str, int]) -> Sentence | None:
        """The sentence before in the paragraph, when it counts more of the very products ``s`` names one of with
        "the" ("I can have a X built for each of your eight officers. The X retails at $425, but there's no invoice for
        these."), neither selling, lending, asking nor supposing, and ``s`` points back to them ("these", "them")."""
        if not items or any(q != 1 for q in items.values()) or not s.products or s.index == 0 or \
                not any(t.lower_ in self._POINT_BACK for t in s.doc):
            return None
        if any(a == 0 or s.doc[a - 1].lower_ != "the" for _pid, a, *_ in s.products):
            return None
        t = self.ctx.sentences.get(s.message.id, [])[s.index - 1]
        if t.paragraph != s.paragraph or not t.products or any(
                t.has(label) for label in ("purchase", "loan", "conditional", "hypothetical", "request", "decline")):
            return None
        before = self.items_here(t)
        if set(before) != set(items) or all(q == 1 for q in before.values()):
            return None
        return t

    # the price of one said right after the product's name: "The X retails at $425", "the X lists for $90", "The X
    # runs $60", "the X is $425 retail"
    _ONE_PRICED = re.compile(r"^\s*(?:retails?|lists?|sells?|goes|runs?|costs?|is|are)\s+(?:at\s+|for\s+)?(?:about\s+|around\s+)?"
                             r"\$\s?\d", re.I)

    def _one_priced(self, s: Sentence, value: float) -> bool:
        """``s`` prices one of the product it names, right after the name, at ``value``."""
        for _pid, _a, b, *_ in s.products:
            end = s.doc[b - 1].idx + len(s.doc[b - 1].text) - s.doc[0].idx
            if self._ONE_PRICED.match(s.text[end:]):
                found = parse_money(s.text[end:end + 40])
                return bool(found) and found[0][0] == value
        return False

    def items_here(self, s: Sentence) -> dict[str, int]:
        """The items a gift sentence gives: its own, else those carried from the sentence before
        (`carried_from`), counted by the sentence's own "those two" / "all eight", else the product it names
        by its kind only (`kind_items`). A service named once ("the plan") for a number of devices ("for your
        six cameras", "on all eight") is one per device."""
        items = self.ctx.items_of(s)
        if not items:
            t = self.carried_from(s)
            items = self.ctx.items_of(t) if t is not None else {}
            if t is not None and t.paragraph != s.paragraph:
                for line in self._list_above(s)[:-1]:
                    items = merge_items(items, self.ctx.items_of(line))  # the whole list above
                return items
            if not items:
                # (a sentence before that names nothing, "I left the demo camera on your desk.": the kind named here)
                return self.kind_items(s)
            n = self._count_in(s, ("those", "these", "all", "on", "for", "across"))
            if n and len(items) == 1:
                items = {pid: n for pid in items}
                return items
        services = [pid for pid, q in items.items() if q == 1 and self._service(pid)]
        n = self._count_in(s, ("for", "on", "across", "covering")) if services else None
        if n:
            items = {**items, **{pid: n for pid in services}}
        elif any(self._service(pid) for pid in items):
            # "your two cameras now run on the plan", "upgraded your two cameras to the plan": the reader's own
            # devices are what the service is for (so many of it), not things given
            owned = {pid for pid, a, _, _ in s.products if pid in items and not self._service(pid)
                     and {t.lower_ for t in s.doc[max(0, a - 3):a]} & {"your", "'s", "’s", "their", "his", "her"}}
            if owned:
                n = sum(items[pid] for pid in owned)
                items = {pid: (n if pid in services else q) for pid, q in items.items() if pid not in owned}
        elif len(items) > 1 and any(t.lemma_ == "upgrade" or t.lower_.startswith("upgrad") for t in s.doc):
            # "upgrading your four X cameras to the Y license": the reader's own devices are upgraded, the Y (one
            # for each of them) is what is given
            upgraded: dict[str, int] = {}
            for pid, a, b, _ in s.products:
                before = {t.lower_ for t in s.doc[max(0, a - 3):a]}
                after = [t.lower_ for t in s.doc[b:b + 4]]
                if pid in items and before & {"your", "'s", "’s", "their", "our"} and "to" in after:
                    upgraded[pid] = items[pid]
            target = [pid for pid, a, _, _ in s.products if pid in items and pid not in upgraded
                      and any(s.doc[k].lower_ == "to" for k in range(max(0, a - 4), a))]
            if upgraded and target:
                n = sum(upgraded.values())
                items = {pid: (n if pid in target and q == 1 else q) for pid, q in items.items() if pid not in upgraded}
        if items and _TIME_OF.search(s.text):
            # "comped a year of cloud storage so your own X keeps its clips": time of a service the catalogue does not
            # list, given for the reader's own devices, which are no things given
            owned = {pid for pid, a, _, _ in s.products
                     if {t.lower_ for t in s.doc[max(0, a - 3):a]} & {"your", "yours", "ur"}}
            if set(items) <= owned:
                return {}
        return items

    # -- recipients ------------------------------------------------------------------------
    def _own_share_coming(self, s: Sentence, at: int) -> bool:
        """What goes "to everyone who" did something (from character ``at`` of ``s``), with the reader's own said to be on
        its way after it, in the sentence or the next of the paragraph ("We send a $75 card to everyone who completes
        it; it should arrive Friday"): the reader is one of them, sent one (not "giving every attendee one")."""
        if not re.match(r"(?:every(?:one|body)|any(?:one|body)|all\s+(?:who|those))\b", s.text[at:], re.I) \
                or not re.match(r"\S+\s+(?:\w+\s+)?(?:who|that)\b", s.text[at:], re.I):
            return False
        after = [s.text[at:], *(t.text for t in self.ctx.sentences.get(s.message.id, [])[s.index + 1:s.index + 2]
                                if t.paragraph == s.paragraph)]
        return any(_OWN_SHARE_COMING.search(t) for t in after)

    def _unit_thing_before(self, s: Sentence, noun: str) -> bool:
        """An earlier sentence of the paragraph names ``noun`` as the reader's unit's: "your unit's toy drive", "your
        squad's fun run", "your team's Shop with a Cop day"."""
        for t in self.ctx.sentences.get(s.message.id, [])[:s.index]:
            if t.paragraph != s.paragraph:
                continue
            doc = t.doc
            for sp in t.spans("unit_words"):
                if sp.start > 0 and doc[sp.start - 1].lower_ == "your" and sp.end < len(doc) and \
                        doc[sp.end].lower_ in {"'s", "\u2019s"} and noun in {x.lower_ for x in doc[sp.end + 1:sp.end + 7]}:
                    return True
        return False

    def recipients_of(self, s: Sentence, m: Message, thread: list[Message]) -> tuple[list[str], bool]:
        """Who the offer is for, and whether items are shared out one each."""
        ctx = self.ctx
        doc = s.doc
        addressees = ctx.addressees(m)
        you = self.vocative(s, m, addressees) or ctx.greeted(m, addressees)
        # "we'd like to put Olga and Sid through the course", "to have you and Olga there as our guests": two people
        # named together as the object of the verb, one share each
        pair = self._named_pair(s, m, you)
        if pair:
            return pair, True
        # "one each for Det. Ames, Sgt. Bell and Ana Ruiz": the people listed after the one share, each of them
        listed = self._each_listed(s, m, you)
        if listed:
            return listed, True
        # "one for you, one for Sam Lee", "one's yours, the other for Sam Lee"
        if s.has("share_out") and len(s.spans("share_out")) >= 2:
            out = []
            for span in s.spans("share_out"):
                j = span.end
                words = []
                while j < len(doc) and doc[j].text not in {",", ".", ";", "-", "–", "!"} and doc[j].lower_ not in {"and", "or", "next", "who", "at", "in", "on"}:
                    words.append(doc[j].text)
                    j += 1
                target = " ".join(words).strip()
                tl = target.lower()
                if tl in {"you", "yourself", "u"}:
                    out.extend(you)
                elif tl.startswith(("your ", "my ")):
                    continue
                elif target:
                    pid = ctx.find(target, m, ("person", "organization", "division")) or ctx.mention_only_person(target, m)
                    if pid:
                        out.append(pid)
            out = list(dict.fromkeys(out))
            if len(out) >= 2:
                return out, True
        # "I'd like to take the Chief and DC Kessler to dinner", "treat you and Olga to lunch": the people taken to the
        # meal are who it is for, not the one written to (each one the release knows; "you" is the reader)
        taken = self._TAKEN_TO_MEAL.search(s.text)
        if taken:
            out = []
            for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", taken.group(1)):
                part = part.strip()
                if part.lower() in {"you both", "you two", "both of you"} and len(addressees) > 1:
                    out.extend(addressees)  # "take you two to dinner" written to two people: both of them
                elif part.lower() in {"you", "u", "you both", "you two", "both of you"}:
                    out.extend(you or addressees)
                elif part:
                    name = re.sub(r"^(?:the|your|our)\s+", "", part, flags=re.I)
                    pid = ctx.find(part, m, ("person",)) or (ctx.find(name, m, ("person",)) if name != part else None) \
                        or self._titled_person(name)
                    if pid:
                        out.append(pid)
            out = [p for p in dict.fromkeys(out) if p != ctx.pid(m.sender)]
            if len(out) >= 2 or (out and not any(p in addressees for p in out)):
                return out, False
        # "one each for you both": every addressee gets the items
        # (or the sentence after it, when that one gives or thanks for nothing: "Lunch is covered by Acme. Hope you can
        # both make it.", not "... headed your way. Bri, yours ships Friday, thank you both")
        # (or, for costs taken on, one of the two sentences before it that invites them and gives nothing: "You're both
        # invited to be our guests at the summit! - We cover your pass ($995) and two nights at the hotel")
        sents = ctx.sentences.get(m.id, [])
        if len(addressees) > 1 and (s.has("each_of_you") or any(
                t.has("each_of_you") and t.paragraph == s.paragraph and not t.products and not t.has("gratitude")
                and not t.codes for t in sents[s.index + 1:s.index + 2]) or COST_WORD.search(s.text.lower()) and any(
                t.has("each_of_you") and _INVITED.search(t.text) and not t.products and not t.has("gratitude")
                and not t.codes and not self.gift_like(t) for t in sents[max(0, s.index - 2):s.index])):
            return self._with_copied(addressees, m, sents[max(0, s.index - 2):s.index + 2]), False
        # "for the three of you" written to three people: those people, each
        if len(addressees) > 1 and self._group_size(s) == len(addressees):
            return addressees, False
        # "Otto, Olga, ... every attendee gets a X": the readers greeted together are the ones who attended, one each
        if len(addressees) > 1 and _EVERY_ATTENDEE.search(s.text):
            several = ctx.greeted_several(m, addressees) or ctx.greeted_group(m)
            if len(several) > 1:
                return several, False
        copied = self._with_copied(addressees, m, [s])
        if copied != addressees:
            return copied, False
        # "could you pass a X along to Mrs. Ada Lund?": the reader carries, the one named receives
        carried_to = self._via_reader(s, m)
        if carried_to:
            return [carried_to], False
        # "Hi Ana and Raj, ... your gift cards are on the way", "... comp both of your seats": a "you" in the plural, to the
        # addressees the greeting names, one each
        # (or greets them together and names none: "Hi both,", "Hi all!" over "... take you to dinner, don't reach for
        # your wallets", "... jackets with your names on them": each one on the To line)
        several = ctx.greeted_several(m, addressees) or ctx.greeted_group(m)
        if several and self._plural_yours(s):
            return self._with_copied(several, m, sents[max(0, s.index - 2):s.index + 1]), True
        # "Dear Ana, dear Raj, ... dinner was on us, about $90 a head": an amount per person, to each person greeted
        if several and per_head(self.rules, s) is not None:
            return self._with_copied(several, m, sents[max(0, s.index - 2):s.index + 1]), True
        # "to the church", "for Maple Street Chapel"
        org = self.org_recipient(s, m, thread) or self._org_given_before(s, m, thread)
        if org:
            return [org], False
        # "I left two X with the desk officer. They're for your team to use.": the next sentence of the paragraph says,
        # by a pronoun for the things, that they are for the reader's unit
        if you and not s.has("personal_use"):
            nxt = self._next_in_paragraph(s)
            if nxt is not None and _FOR_THEM.match(nxt.text) and nxt.has("unit_words"):
                got, each = self.recipients_of(nxt, m, thread)
                node = ctx.index_nodes.get(got[0]) if len(got) == 1 else None
                if node is not None and node.kind == "division":
                    return got, each
        # "for your team", "so your squad can use them", "added to the squad's kit": the addressee's unit
        if s.has("unit_words") and you and not s.has("personal_use"):
            for span in s.spans("unit_words"):
                if span.end < len(doc) and doc[span.end].lower_ in self._UNIT_GATHERING:
                    continue  # "in town for the command meeting", "after your unit briefing": a gathering, not the unit
                prev = doc[span.start - 1].lower_ if span.start > 0 else ""
                prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
                if prev in {"whole", "entire"} and span.start > 2:  # "for the whole squad to share"
                    prev, prev2 = prev2, doc[span.start - 3].lower_
                elif prev2 == "your" and span.start > 2 and doc[span.start - 1].is_lower and doc[span.start - 1].is_alpha:
                    prev, prev2 = prev2, doc[span.start - 3].lower_  # "for your dispatch team": the reader's unit
                possessive = span.end < len(doc) and doc[span.end].lower_ in {"'s", "’s"}
                # "for the Quarry Division's spring cookout": the unit's own gathering, a word or two after its name
                # (not "the Quarry Division's captain", a person of it, nor its front desk, where things are left)
                unit_event = possessive and any(t.lower_ in self._UNIT_EVENT for t in doc[span.end + 1:span.end + 4])
                if possessive and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in self._UNIT_MERIT and \
                        self._FOR_YOU.search(s.text):
                    continue  # "a fleece for you, a little something for the office's support": the unit is thanked, you get it
                if prev2 == "your" and prev not in {"own", "new"} and span.start > 1 and doc[span.start - 1].is_alpha and \
                        not doc[span.start - 1].is_lower and prev2 not in self._LOCATIVE and \
                        (span.start < 3 or doc[span.start - 3].lower_ not in self._LOCATIVE):
                    # "I'd like your SAR team to have it", "for your K9 Unit": the reader's unit called by its name
                    div = ctx.find(doc[span.start - 1:span.end].text, m, ("division",))
                    if div:
                        return [div], False
                if span.text.lower() in _DROP_POINTS or span.start > 0 and \
                        f"{doc[span.start - 1].lower_} {span.text.lower()}" in _DROP_POINTS:
                    continue  # "left two X with your front desk": where things are left for someone, not a unit
                # "a hamper is on its way to your office", "a jacket has been sent to your office": the office things go
                # to is the reader's address, not a unit that gets them ("for your office" is the unit's, and so is the
                # office in "at no cost to your office": who is spared the cost, no address)
                if span.text.lower() == "office" and prev == "your" and (prev2 == "to" and {
                        t.lower_ for t in self._clause_before(doc, span.start - 2)} & self._SENT_TO or prev2 in self._REACH):
                    continue  # (or "it should reach your office by courier": where it arrives, the same)
                # "not for the department", "never to the unit": the unit is said not to be the recipient
                lead = [t.lower_ for t in doc[max(0, span.start - 4):span.start - 1]]
                if prev2 in {"for", "to"} and lead[-2:-1] and lead[-2] in {"not", "n't", "never"} or \
                        prev == "for" and lead[-1:] and lead[-1] in {"not", "n't", "never"}:
                    continue
                # "two X for Quarry Division", "donated to Harbor Area": a unit of the release named after "for"/"to"
                k = span.start
                while k > 0 and span.start - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha:
                    k -= 1
                j = k - 1 if k > 1 and doc[k - 1].lower_ in {"whole", "entire"} else k  # "for the whole Quarry Division"
                j = j - 1 if j > 1 and doc[j - 1].lower_ == "the" else j  # "for the Quarry Division"
                # ("to" after a verb of giving, or after "on its way" in a sentence that speaks to no "you": things
                # mailed "to Quarry Division" are mailed there for the reader, "a hamper is on its way to the Quarry
                # Division" is the unit's)
                # (and "treat the Quarry Division to lunch", "we'd like to treat the Quarry Division:": who is treated)
                if k < span.start and j > 0 and (not possessive or unit_event and doc[j - 1].lower_ == "for") and (
                        doc[j - 1].lower_ in ("for", "treat") or doc[j - 1].lower_ == "to"
                        and (any(t.lower_ in self.rules.giving_forms for t in doc[max(0, j - 8):j - 1])
                             or j > 1 and doc[j - 2].lower_ in self._EN_ROUTE
                             and not any(t.lower_ in _YOU_WORDS for t in doc))) and not (
                        j > 1 and doc[j - 2].lower_ in {"not", "n't", "never"}):
                    div = ctx.find(doc[k:span.end].text, m, ("division",))
                    if div:
                        return [div], False
                # "for the whole Records Office team": the reader's own unit or organisation, called by a short form of
                # its name before the unit word (the words are part of that unit's name)
                if k < span.start and j > 0 and doc[j - 1].lower_ == "for" and doc[j].lower_ == "the" and not possessive:
                    own = ctx.division_of(you[0]) or ctx.org_of_person(you[0])
                    node = ctx.index_nodes.get(own) if own else None
                    said = doc[k:span.start].text.lower()
                    if own and node is not None and any(re.search(r"\b" + re.escape(said) + r"\b", f.lower())
                                                        for f in [node.name, *node.aliases]):
                        return [own], False
                # "one for everyone in the lab", "lunch for everybody on your whole team": each member of the reader's
                # unit, so the unit (where everyone is, "in the lab", names whose people they are)
                if self._every_member_of(doc, span.start):
                    div = ctx.find(doc[span.start - 1:span.end].text, m, ("division",)) or ctx.division_of(you[0])
                    if div:
                        return [div], False
                # "at your desk", "in your station": where the things are, not who gets them
                if ((prev == "your" and prev2 not in self._LOCATIVE) or (prev == "the" and prev2 == "for")
                        or (prev in {"the", "your"} and prev2 == "to" and (possessive or self._transfer_before(
                            " ".join(t.lower_ for t in doc[max(0, span.start - 8):span.start - 2]))))):
                    # ("drop them at the Harbor Unit for the team": the one unit the sentence names; "for the
                    # department" to a reader of no known unit: the organisation their address belongs to)
                    div = ctx.find(doc[span.start - 1:span.end].text, m, ("division",)) or (
                        self._unit_named_in(s) if span.text.lower() not in self._ORG_LEVEL else None) or (
                        self._own_org_word(you[0], span.text) if possessive or prev2 == "for" else None) or (
                        ctx.division_of(you[0])) or (
                        ctx.org_of_person(you[0]) if span.text.lower() in self._ORG_LEVEL else None)
                    if div:
                        return [div], False
        # "I saw the flyer for your unit's toy drive ... We're donating $750 toward the drive": what the gift goes
        # toward is the thing the paragraph named as the reader's unit's
        toward = _TOWARD_THING.search(s.text) if you and len(you) == 1 and not s.has("personal_use") else None
        if toward and self._unit_thing_before(s, toward.group(1).split()[-1].lower()):
            div = ctx.division_of(you[0])
            if div:
                return [div], False
        # "lunch for the six of you": the reader and colleagues, a group of the reader's unit; "for the cadets to keep",
        # "for your recruits": the people the reader's unit trains or leads
        if you and len(you) == 1 and not s.has("each_of_you") and not s.has("personal_use"):
            people = _UNIT_PEOPLE.search(s.text)
            # ("for the two of you" to one reader whose spouse or guest the mail invites: the reader and that companion)
            with_companion = self._group_size(s) == 2 and any(_COMPANION.search(t.text) for t in ctx.sentences.get(m.id, []))
            if (self._group_size(s) > 1 and not with_companion) or people or self._heads_counted(s) > 2:
                # ("for your officers" written to a reader of no known unit, a chief: the organisation their address
                # belongs to, as "for the department" is)
                div = ctx.division_of(you[0]) or (ctx.org_of_person(you[0]) if people else None)
                if div:
                    return [div], False
        # "we gave away cameras at the fair", "handed them out at the meeting": to the public, not the reader
        if not any(t.lower_ in _YOU_WORDS for t in doc) and any(
                {t.lower_ for t in doc[sp.start:min(len(doc), sp.end + 1)]} & {"away", "out"} for sp in s.spans("give")):
            return [], False
        # "gifted them to every employee", "donated some to its members": given to others the sentence names
        if not any(t.lower_ in _YOU_WORDS for t in doc):
            # "I'd like to give her a X", "our gift to him": the person named before whom the pronoun points back to
            named_before = self._pronoun_recipient(s, m)
            if named_before:
                return [named_before], False
            for sp in s.spans("give"):
                if doc[sp.start].lower_ not in self.rules.giving_forms:
                    continue  # a verb of motion: "to" names where the things go
                if sp.end < len(doc) and doc[sp.end].lower_ in {"every", "each", "everyone", "everybody", "anyone", "all"}:
                    return [], False  # "giving every attendee a free one": to the public
                for j in range(sp.end, min(len(doc) - 1, sp.end + 6)):
                    # ("the best tool we've added to this battalion": the writer's own, not the reader)
                    if doc[j].lower_ == "to" and doc[j + 1].lower_ in {"every", "each", "all", "its", "their", "our",
                                                                        "his", "her", "everyone", "everybody", "anyone",
                                                                        "this"} \
                            and not self._to_things(s, j + 1) and not _THIS_MAIL.match(doc[j + 1:].text) \
                            and not self._own_share_coming(s, doc[j + 1].idx):
                        return [], False
                    if doc[j].lower_ == "to" and doc[j + 1].lower_ in {"the", "a", "an", "my", "some", "another"}:
                        # "donated my old one to the thrift store": whoever that is, not the reader (not "to the squad")
                        np = [t for t in doc[j + 1:j + 6] if t.is_alpha]
                        if not any(sp.start in {t.i for t in np} for sp in s.spans("unit_words")):
                            return [], False
                    if doc[j].lower_ == "to":
                        break
            # "our donation went to the Elm Street food pantry": a group outside the reader's side receives (the
            # group was no node `org_recipient` could name)
            for sp in s.spans("org_words"):
                k = sp.start - 1
                while k > 0 and sp.start - k < 4 and doc[k].lower_ != "to" and (doc[k].is_alpha or doc[k].text in "'’"):
                    k -= 1
                if k >= 0 and doc[k].lower_ == "to" and not (k > 0 and doc[k - 1].lower_ in {"not", "n't", "never"}):
                    return [], False
            named = self._named_recipient(s, m)
            if named:
                return [named], False
            # an officer telling the vendor "dropped off the X sat", "delivered the X to the lady on Elm": the vendor's
            # own things taken to someone else, not given back to the vendor's people written to
            if s.products and you and ctx.side(ctx.pid(m.sender)) != "vendor" and all(ctx.side(p) == "vendor" for p in you):
                return [], False
        # the vendor's people reporting to each other ("PO for the twelve X is in, should ship Monday", to the sales
        # VP): what the writer ships or hands over is for the customer's people, never a gift to a colleague
        if you and ctx.side(ctx.pid(m.sender)) == "vendor" and all(ctx.side(p) == "vendor" for p in you):
            return [], False
        # "Dear Ana and Raj, ... we send you a hamper": one thing sent to the "you" of a greeting that names both, theirs
        # together (not when a sentence turns to one of them by name, nor to all on a "Hey everyone!" greeting)
        if len(several) > 1 and set(you) <= set(several) and any(t.lower_ in ("you", "your") for t in doc) \
                and len(ctx._named_in_opening(m, several)) > 1 and not self.vocative(s, m, addressees):
            return self._with_copied(several, m, sents[max(0, s.index - 2):s.index + 1]), False
        return you, False

    # a sentence that speaks of the things by a pronoun: "It's yours, title and all.", "They're all yours."
    _PRONOUN_OPENS = re.compile(r"\W*(?:it|they|this|these|that|those)\b", re.I)

    def _org_given_before(self, s: Sentence, m: Message, thread: list[Message]) -> str | None:
        """"We'd like to donate the trailer to the Pine Hollow Food Bank. It's roughly a $4,000 trailer and it's yours":
        a sentence that speaks of the things by a pronoun, after the sentence of the same paragraph before it gave them
        to an organisation by name with a verb of giving and spoke to no "you": the reader is that organisation's, and
        the organisation receives (not the person the mail is written to)."""
        if s.products or s.index == 0 or not self._PRONOUN_OPENS.match(s.text):
            return None
        sents = self.ctx.sentences.get(m.id, [])
        prev = sents[s.index - 1] if s.index - 1 < len(sents) else None
        if prev is None or prev.paragraph != s.paragraph or re.search(r"\b(?:you|your|yours|yourself)\b", prev.text, re.I):
            return None
        words = re.findall(r"[a-z]+", prev.text.lower())
        if not any(w in self.rules.giving_forms for w in words) or "to" not in words:
            return None
        org = self.org_recipient(prev, m, thread)
        return org if org and org != self.ctx.vendor_id else None

    def _to_things(self, s: Sentence, k: int) -> bool:
        """"(added a year of support) to all 6 of the unit's cams", "to each of your cameras": what follows "to" names
        things (a product, a kind of thing sold) before the clause ends, so it says where a service goes, not that the
        public receives."""
        doc = s.doc
        starts = {a for _, a, _, _ in s.products}
        for t in doc[k:k + 8]:
            if t.is_punct or t.lower_ in {"and", "who", "that", "which"}:
                return False
            if t.i in starts or kind_of(t.lower_):
                return True
        return False

    def _named_pair(self, s: Sentence, m: Message, you: list[str]) -> list[str] | None:
        """The two people a verb of giving, hosting or enrolling takes as its object, joined by "and" ("send Olga and
        Sid a chime each", "put Olga and Sid through the course", "have you and Olga there as our guests"): both of
        the release and not of the writer's side ("you" the one addressed), else None."""
        ctx = self.ctx
        x = _PAIR_OBJECT.search(s.text)
        listed = _LIST_OBJECT.search(s.text) if not x and s.has("give") else None
        if listed and any(sp.end <= len(s.doc) and s.doc[sp.start:sp.end].end_char <= listed.start() for sp in s.spans("give")):
            return self._listed_people(re.split(r",\s*(?:and\s+)?|,?\s+and\s+", listed.group(1)), m, you)
        if not x and s.index > 0 and not any(t.lower_ in {"you", "your", "yours", "yourself"} for t in s.doc):
            before = ctx.sentences.get(m.id, [])[s.index - 1]
            if _BOTH_OF_THEM.search(s.text):
                # "... put Olga and Sid through the course. We'll waive the tuition for both of them."
                x = _PAIR_OBJECT.search(before.text)
            elif before.paragraph == s.paragraph and s.has("free") and before.has("hosted") and not before.has("free"):
                # "I'm holding two spots in our foursome for you and Olga. Green fees and lunch are on us.": the places
                # held for the pair just before, said free with no one named
                x = _PAIR_OBJECT.search(before.text)
            elif _PER_HEAD.search(s.text):
                # "We'd love to host you and Olga at the plant in May. / We'll look after the flights and the hotel,
                # about $1,500 a head.": an amount a head is said of several people, the pair named just before
                for t in ctx.sentences.get(m.id, [])[max(0, s.index - 2):s.index][::-1]:
                    x = _PAIR_OBJECT.search(t.text)
                    if x:
                        break
        if not x and s.index > 0 and _EACH_OF_YOU.search(s.text) and (s.has("free") or s.has("give")):
            # "We'd love to have you and Olga at the summit in May. We'd like to offer two complimentary passes, one
            # for each of you.": the pair one reader was asked to come with, just before in the paragraph
            for t in ctx.sentences.get(m.id, [])[max(0, s.index - 2):s.index][::-1]:
                x = _PAIR_OBJECT.search(t.text) if t.paragraph == s.paragraph else None
                if x:
                    break
        if not x:
            return None
        sender = ctx.pid(m.sender)
        out = []
        for name in x.group(1, 2):
            if name.lower() in ("you", "yourself"):  # ("host yourself and Luis": British and Irish "you")
                if len(you) != 1:
                    return None
                out.append(you[0])
                continue
            pid = ctx.find(name, m, ("person",))
            if not pid or pid == sender or ctx.side(pid) == "vendor":
                return None
            out.append(pid)
        return out if len(set(out)) == 2 else None

    def _listed_people(self, names: list[str], m: Message, you: list[str], *, least: int = 3) -> list[str] | None:
        """Each of the people of a list ("you, Ada Marsh and Lew Pratt", "Det. Ames, Sgt. Bell and you"), every one a
        person of the release (by name, or a title and a surname) not of the writer's side ("you" or "yourself" the one
        addressed), at least ``least`` of them and none twice; else None."""
        ctx = self.ctx
        sender = ctx.pid(m.sender)
        out = []
        for name in (n.strip() for n in names):
            if not name:
                continue
            if name.lower() in ("you", "yourself"):
                if len(you) != 1:
                    return None
                out.append(you[0])
                continue
            pid = ctx.find(name, m, ("person",)) or self._titled_person(name)
            if not pid or pid == sender or ctx.side(pid) == "vendor":
                return None
            out.append(pid)
        return out if len(set(out)) == len(out) >= least else None

    _SEND_PEOPLE = re.compile(r"(?:\b(?:I|[Ww]e|(?:[Tt]he|[Oo]ur)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
                              r"(?:'d| would| will|'ll)?\s+(?:like|want|love|plan|hope)?\s*(?:to\s+)?"
                              r"(?:sends?|nominat(?:e|es|ed)|put forward|put in|" + _ENROL + r")"
                              r"|^\W*(?i:(?:please\s+)?" + _ENROL + r"))\s+((?:[A-Z][\w.'-]*,?\s+(?:and\s+)?){1,7}"
                              r"[A-Z][\w'-]+)\b")
    # choosing who takes the places: "we nominate Sgt. Ames", "the Academy puts forward Sgt. Bell" (no verb of giving)
    _CHOSEN = re.compile(r"\b(?:nominat(?:e|es|ed)|put forward)\s+$", re.I)
    # what a name is followed by in passing: the unit or the number in brackets ("Sgt. Ames (Troop F) and Sgt. Bell (#214)")
    _BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")

    def _nominated(self, g: _Gift, s: Sentence, m: Message, sender: str | None) -> list[str]:
        """The reader of an offer of places with no items ("two seats", "the tuition") naming who will take them: "I'd
        like to send Sgt. Ames and Sgt. Bell", "we'll nominate Ana Ruiz" - those people, each one the release knows on
        the reader's side (not the giver's); [] otherwise."""
        ctx = self.ctx
        text = self._BRACKETED.sub("", s.text)
        x = self._SEND_PEOPLE.search(text)
        # "Please register Sgt. Ames and Sgt. Bell": putting people down for the places names them without a verb of giving
        # (and so does choosing them: "we nominate Sgt. Ames and Sgt. Bell for the two seats")
        enrol = x is not None and (re.search(r"\b" + _ENROL + r"\s+$", text[:x.start(1)], re.I) is not None
                                   or self._CHOSEN.search(text[:x.start(1)]) is not None)
        if sender is None or sender not in g.recipients or not (s.has("give") or enrol) or x is None:
            return []
        out = []
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", x.group(1)):
            pid = ctx.find(part.strip(), m, ("person",)) or self._titled_person(part.strip())
            if pid is None or pid == sender or ctx.side(pid) == "vendor":
                return []
            out.append(pid)
        return list(dict.fromkeys(out))

    _GUEST_OFFERED = re.compile(r"\b(?:you and (?:a|one) guest|a guest of your (?:choice|choosing)|plus[- ]one|"
                                r"bring (?:a|one) guest)\b", re.I)
    _GUEST_COMES = re.compile(r"(?:^|[.;,]\s*|\band\s+)([A-Z][\w.'-]*(?:\s+[A-Z][\w'-]+){0,2})\s+(?:will|'ll|\u2019ll|can)\s+"
                              r"(?:come|join)\s+(?:with\s+)?(?:me|us)\b|\bI(?:'ll|\u2019ll| will)\s+bring\s+"
                              r"([A-Z][\w.'-]*(?:\s+[A-Z][\w'-]+){0,2})")

    _PER_PLACE = re.compile(r"\$\s?\d[\d,]*(?:\.\d\d)?\s*(?:a|per)\s+(?:seat|ticket|head|person|guest|pass)\b"
                            r"|\$\s?\d[\d,]*(?:\.\d\d)?\s*(?:each|apiece|a pop)\b", re.I)

    def _guest_named(self, g: _Gift, s: Sentence, m: Message, sender: str | None) -> str | None:
        """The one recipient of an offer for "you and a guest" naming the guest in a reply ("Lt. Ames will come with me",
        "I'll bring Sgt. Bell"): that person of the release (not the giver's side, not the reader), else None."""
        if sender is None or g.recipients != [sender] or not self._GUEST_OFFERED.search(
                " ".join(t.text for t in g.offer_sents) or g.offer.body or ""):
            return None
        x = self._GUEST_COMES.search(s.text)
        if x is None:
            return None
        name = (x.group(1) or x.group(2)).strip()
        pid = self.ctx.find(name, m, ("person",)) or self._titled_person(name)
        if pid is None or pid == sender or self.ctx.side(pid) == "vendor":
            return None
        return pid

    _EACH_LISTED = re.compile(r"\bone (?:each|apiece)\s+(?:for|to)\s+([^;:!?()\u2014\u2013]+)", re.I)

    def _each_listed(self, s: Sentence, m: Message, you: list[str]) -> list[str] | None:
        """The people a list after "one each for" / "one apiece to" names ("one each for Det. Ames, Sgt. Bell and
        Ana Ruiz"): every one of them a person of the release not of the writer's side (or "you", the one addressed);
        None unless there are two or more and every part of the list is such a person."""
        x = self._EACH_LISTED.search(s.text)
        if not x:
            return None
        listed = x.group(1)
        # (the list ends with the name after its "and": "one each for Ann, Bo and Cy, no charge" lists three)
        last = re.search(r",?\s+and\s+|\s*&\s*", listed)
        if last:
            listed = listed[:last.end()] + re.split(r"\s*,\s*|\s+-\s+", listed[last.end():], maxsplit=1)[0]
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", listed.strip().rstrip("."))
        # (each name may say where the person works: "one each for Ann at the north station, Bo in dispatch and Cy
        # over at Westside")
        parts = [self._WHERE_AFTER.sub("", p) for p in parts]
        return self._listed_people(parts, m, you, least=2)

    _WHERE_AFTER = re.compile(r"\s+(?:(?:over|out|up|down|back)\s+)?(?:at|in|on|from)\s+\S.*$", re.I)

    def _titled_person(self, name: str) -> str | None:
        """The one person of the release a short form names: "Chief" (whose title begins with it: "Chief of Police"),
        "DC Kessler" (a title's initials, or any title, before the one surname of the release)."""
        words = name.split()
        people = [n for n in self.ctx.index_nodes.values() if n.kind == "person"]
        if len(words) == 1 and words[0][:1].isupper():
            fits = [n.id for n in people if (str(n.attrs.get("title") or "").lower().split() or [""])[0].rstrip(".")
                    == words[0].lower().rstrip(".")]
        elif 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            fits = [n.id for n in people if n.name.split()[-1:] == words[-1:]]
        else:
            return None
        return fits[0] if len(fits) == 1 else None

    # what a unit is thanked for ("for the office's support", "for the team's hard work"): the reason for a gift
    _UNIT_MERIT = frozenset({"support", "help", "hard", "work", "efforts", "effort", "partnership", "cooperation",
                             "hospitality", "service", "patience", "assistance", "leadership", "input", "feedback",
                             "business", "trust", "backing", "time", "kindness", "dedication"})
    _FOR_YOU = re.compile(r"\bfor\s+you(?:rself)?\b(?!\s+(?:and|&)\s)(?!\s+all\b)", re.I)

    def _with_copied(self, addressees: list[str], m: Message, sents: list[Sentence]) -> list[str]:
        """"I'd be glad to have the three of you join me" written to two people and copied to a third: everyone the
        mail went to, when the number the sentences count is theirs (to and cc, none of the vendor's side); else the
        addressees."""
        if not m.cc:
            return addressees
        ctx = self.ctx
        sizes = {self._group_size(t) for t in sents} - {1}
        if not sizes or max(sizes) <= max(1, len(addressees)):
            return addressees
        sender = ctx.pid(m.sender)
        everyone = [p for p in dict.fromkeys(ctx.pid(a) for a in [*m.to, *m.cc])
                    if p and p != sender and ctx.side(p) != ctx.side(sender)]
        if len(everyone) in sizes and set(addressees) <= set(everyone):
            return everyone
        return addressees

    _TAKEN_TO_MEAL = re.compile(r"\b(?:take|taking|took|treat|treating|host|hosting)\s+((?:[A-Za-z][\w.'-]*,?\s+){0,7}?"
                                r"[A-Za-z][\w.'-]*)\s+(?:out\s+)?(?:to|for)\s+(?:a\s+|an\s+)?(?:\w+\s+)?"
                                r"(?:dinner|lunch|breakfast|brunch|drinks|supper|a\s+meal)\b")

    def _group_size(self, s: Sentence) -> int:
        """How many people "for the six of you", "all 12 of you" counts: 1 when it counts none."""
        low = s.text.lower()
        group = re.search(r"\b(?:for the|all|the) (\w+) of you\b", low) or re.search(
            # "you have 22 on the shift", "you've got nine on your crew": the heads of the reader's group
            r"\byou(?:'ve|\u2019ve| have| got| have got)\s+(\w+)\s+(?:people\s+|officers\s+)?(?:on|in)\s+(?:the|your)\s+"
            r"(?:shift|team|crew|squad|unit|watch|detail|platoon)\b", low) or re.search(
            # "figure about 12 people, $25 a head", "plan on around 15 folks": the heads a meal is counted for
            r"\b(?:about|around|roughly|figure(?: on)?|plan(?: on| for)?|expect(?:ing)?|count(?:ing)? on)\s+"
            r"(?:about\s+|around\s+|roughly\s+)?(\w+)\s+(?:people|folks|guests|heads)\b", low)
        n = count_of(self.rules, group.group(1)) if group else None
        return n if n and 2 <= n <= 99 else 1

    # (also one for each of them: "for each of the eight officers", "for each of your 12 deputies")
    _HEADS = re.compile(r"\bfor (?:about |around |roughly |some |nearly |up to |close to |all |"
                        r"each\s+of\s+(?:the|your|their)\s+)?([\w,-]+) (?:of (?:your|the) )?"
                        r"(?:people|folks|officers|deputies|troopers|guests|staff|staffers|members|employees|personnel|"
                        r"analysts|dispatchers|firefighters|crew members|cadets|recruits)\b", re.I)

    # places counted out for the reader: "two seats with your name on them", "I've kept four places for you", "a pair of
    # tickets"
    _PLACE_WORDS = frozenset({"seats", "places", "tickets", "passes", "spots"})

    def _places_counted(self, s: Sentence) -> int:
        """How many places the sentence counts out for its one reader (2 to 12, the count right before the word or one
        word before it; "a pair of" is two): each one priced "a head", the reader who takes them all has that many
        heads' worth. 1 when it counts none."""
        doc = s.doc
        for t in doc:
            if t.lower_ not in self._PLACE_WORDS:
                continue
            for k in (t.i - 1, t.i - 2):
                if k < 0:
                    break
                w = doc[k].lower_
                n = 2 if w in {"pair", "couple"} and doc[k + 1].lower_ == "of" else count_of(self.rules, w)
                if n and 2 <= n <= 12:
                    return n
        # "for you and a guest", "you and your wife are welcome": the reader's place and their companion's
        return 2 if self._YOU_AND_COMPANION.search(s.text) else 1

    _YOU_AND_COMPANION = re.compile(r"\byou and (?:a|one|your) (?:guest|husband|wife|spouse|partner|plus[- ]one|"
                                    r"significant other|better half)\b", re.I)

    def _heads_counted(self, s: Sentence) -> int:
        """How many people the sentence says the thing is for ("a spread for about 45 people", "lunch for 20
        officers"): 0 when it counts none."""
        x = self._HEADS.search(s.text)
        if not x:
            return 0
        return number_said(self.rules, x.group(1)) or 0

    _NOT_PLURAL = frozenset({"thanks", "yours", "this", "its", "ours", "news", "plus", "always", "perhaps", "hours",
                             "address", "business", "access", "process", "status", "was", "has", "is", "as", "us"})

    _PHRASE_ENDS = frozenset({"in", "on", "at", "of", "for", "to", "from", "with", "by", "within", "over", "during",
                              "the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "which", "who",
                              "is", "are", "was", "were", "will", "should", "can", "may"})

    def _plural_yours(self, s: Sentence) -> bool:
        """The sentence speaks of things of "your" in the plural ("your $50 gift cards", "both of your seats",
        "your new jackets"), with no count of them ("your two tickets" are shared, not one each)."""
        doc = s.doc
        for t in doc:
            if t.lower_ != "your":
                continue
            # (up to five words on: "your $50 Amazon gift cards")
            for j in range(t.i + 1, min(len(doc), t.i + 6)):
                w = doc[j]
                if w.like_num and not doc[j - 1].text == "$" or w.lower_ in self.rules.number_words:
                    break  # a count: "your two tickets"
                if not (w.is_alpha or w.text in {"$", "-"} or w.like_num):
                    break
                lw = w.lower_
                if lw in self._PHRASE_ENDS:
                    break  # "at your office in the coming days": the noun after "your" has ended before "days"
                if _PEOPLE_PLURAL.fullmatch(lw):
                    break  # "your officers", "your deputies": the reader's people, not things of the reader's
                if w.is_alpha and len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is")) \
                        and lw not in self._NOT_PLURAL:
                    return True
        return False

    def _named_recipient(self, s: Sentence, m: Message) -> str | None:
        """A person of the release named after "to" or "for" just after the giving or shipping words of a
        sentence that does not speak to the reader ("a Halo Cam shipped to Det. Ana Ruiz today", "we sent
        two to Sgt. Ruiz"): who the things are for, not the one written to."""
        ctx, doc = self.ctx, s.doc
        sender = ctx.pid(m.sender)
        for sp in [*s.spans("give"), *s.spans("ship")]:
            # "to"/"for" just after the verb, or after the list of things a verb of giving hands over ("will
            # donate a X and a Y to Mrs. Ada Lund"), within the clause
            reach = 12 if doc[sp.start].lower_ in self.rules.giving_forms else 5
            # (a product's name and an adverb of the route count as one word: "ship a TouchPoint Vehicle Dock straight
            # to Deputy Neff")
            reach += sum(b - a - 1 for _, a, b, *_ in s.products if a >= sp.end and a < sp.end + reach) + sum(
                1 for t in doc[sp.end:sp.end + reach] if t.lower_ in _ROUTE_WORDS)
            for j in range(sp.end, min(len(doc) - 1, sp.end + reach)):
                if doc[j].text in {";", ":", ".", "!", "?"}:
                    break
                if doc[j].lower_ not in {"to", "for"}:
                    continue
                k = j + 1
                while k < len(doc) and k - j <= 5 and (doc[k].is_title or doc[k].text == "." and k > j + 1):
                    k += 1
                if k > j + 1:
                    pid = ctx.find(doc[j + 1:k].text.rstrip("."), m, ("person",))
                    if pid and pid != sender and ctx.side(pid) != "vendor":
                        return pid
                break
        # "we'd like to give Mrs. Ada Lund a X and a Y", "happy to send Mr. Lund two X": the person named right after a
        # verb of giving, before what it hands over (an indirect object), receives
        for sp in s.spans("give"):
            if doc[sp.start].lower_ not in self.rules.giving_forms and doc[sp.start].lower_ not in _SEND_TO:
                continue
            x = _GIVE_PERSON_THINGS.match(doc[sp.end:].text) if sp.end < len(doc) else None
            if x and any(doc[k].idx >= doc[sp.end].idx + x.end(1) for _, k, *_ in s.products):
                pid = ctx.find(x.group(1).strip(), m, ("person",))
                if pid and pid != sender and ctx.side(pid) != "vendor":
                    return pid
        # "Mrs. Ada Lund got a free X from me at the expo": the person named as the one who had it from the writer's side
        x = _GOT_FROM_US.match(s.text)
        if x:
            pid = self._find_titled(x.group(1), m)
            if pid and pid != sender and ctx.side(pid) != "vendor":
                return pid
        # "we'd like Mrs. Ada Lund to have a X", "I want Mr. Lund to keep one": who the writer wants to have the things
        x = _TO_HAVE.search(s.text)
        if x:
            pid = self._find_titled(x.group(1), m)
            if pid and pid != sender and ctx.side(pid) != "vendor":
                return pid
        # "let's get Mrs. Ada Lund covered: two X, on us", "we'll get Mr. Lund set up with a Y": who is provided for
        x = _PROVIDED_FOR.search(s.text)
        if x:
            pid = ctx.find(x.group(1).strip(), m, ("person",))
            if pid and pid != sender and ctx.side(pid) != "vendor":
                return pid
        # "I left two X with Sgt. Ada Lund", "dropped a Y off with Mr. Lund": the person the things were left with;
        # "we'll install a X for Mrs. Lund": the person whose home it is put in
        x = _LEFT_WITH.search(s.text) or _INSTALLED_FOR.search(s.text)
        if x:
            pid = self._find_titled(x.group(1), m)
            if pid and pid != sender and ctx.side(pid) != "vendor":
                return pid
        return None

    _PRONOUN_TITLES = {"her": ("mr",), "him": ("mrs", "ms", "miss")}

    def _pronoun_recipient(self, s: Sentence, m: Message) -> str | None:
        """"Mrs. Ada Lund's shed was broken into ... I'd like to give her a X", "... our gift to him": a "her" or "him"
        as what a verb of giving hands things to (right after it, before what it hands over, or after its "to")
        points back to the last person the message names before the sentence who is neither its writer nor one
        written to nor on the vendor's side (a courtesy title of the other gender rules a name out)."""
        doc = s.doc
        pron = None
        for sp in [*s.spans("give"), *s.spans("gift_nouns")]:
            for j in range(sp.end, min(len(doc), sp.end + 6)):
                if doc[j].text in {";", ":", ".", "!", "?", ","}:
                    break
                w = doc[j].lower_
                nxt = doc[j + 1] if j + 1 < len(doc) else None
                if w in self._PRONOUN_TITLES and j == sp.end and doc[sp.start].lower_ in self.rules.giving_forms and \
                        nxt is not None and nxt.lower_ in _GIVE_PERSON_THINGS_LEAD:
                    pron = w  # "give her a X" (not "give her husband a X")
                elif w == "to" and nxt is not None and nxt.lower_ in self._PRONOUN_TITLES:
                    if _pronoun_alone(doc, j + 1):
                        pron = nxt.lower_  # "... to her." (not "to her grandson")
                if pron or w == "to":
                    break
            if pron:
                break
        return self._person_before(s, m, pron) if pron else None

    def _via_reader(self, s: Sentence, m: Message) -> str | None:
        """The vendor asking the reader to carry its things to someone ("could you pass a X along to Mrs. Ada Lund",
        "for you to give to her", "can you drop it off with Mr. Lund"): that person receives, the reader only carries."""
        ctx, doc = self.ctx, s.doc
        if ctx.side(ctx.pid(m.sender)) != "vendor":
            return None
        sender, near = ctx.pid(m.sender), ctx.participants(m)
        for sp in s.spans("give"):
            if not any(t.lower_ in {"you", "u"} for t in doc[max(0, sp.start - 3):sp.start]):
                continue
            for j in range(sp.end, min(len(doc) - 1, sp.end + 10)):
                if doc[j].text in {";", ":", ".", "!", "?"}:
                    break
                if doc[j].lower_ not in {"to", "with"}:
                    continue
                nxt = doc[j + 1]
                if nxt.lower_ in self._PRONOUN_TITLES:
                    return self._person_before(s, m, nxt.lower_) if _pronoun_alone(doc, j + 1) else None
                x = _GIVE_PERSON_NAME.match(doc[j + 1:].text)
                pid = self._find_titled(x.group(1), m) if x else None
                if pid and pid != sender and pid not in near and ctx.side(pid) != "vendor":
                    return pid
                return None
        return None

    def _find_titled(self, name: str, m: Message) -> str | None:
        """The person a name printed with or without its courtesy title ("Mrs. Ada Lund") names."""
        name = name.strip()
        return self.ctx.find(name, m, ("person",)) or self.ctx.find(
            re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", name), m, ("person",))

    def _person_before(self, s: Sentence, m: Message, pron: str) -> str | None:
        """The last person the message names before the sentence who is neither its writer nor one written to nor on
        the vendor's side, and whose courtesy title does not say the other gender than the pronoun's."""
        ctx = self.ctx
        sender = ctx.pid(m.sender)
        near = ctx.participants(m)
        for x in reversed(ctx.mentions(m.id)):
            if x.kind != "person" or not x.node_id or x.end > s.start:
                continue
            if x.node_id == sender or x.node_id in near or ctx.side(x.node_id) == "vendor":
                continue
            title = x.text.split()[0].lower().rstrip(".") if x.text.split() else ""
            if title in self._PRONOUN_TITLES[pron]:
                continue
            return x.node_id
        return None

    _MEANT_FOR = re.compile(r"^\W*(?:they|these|those|both|all of them|it|this one|the \w+)\s*(?:'re|’re|are|is|'s|’s|will be)\s+"
                            r"(?:all\s+|both\s+)?(?:meant\s+|intended\s+|really\s+)?for\s+((?:[A-Z][\w'’.-]*\s*){1,4})", re.I)

    def _meant_for(self, s: Sentence, m: Message, sender: str | None) -> str | None:
        """The person of the release a sentence says the things are for ("They're for Dana Reyes"), not the writer,
        not the vendor's side, not someone written to."""
        x = self._MEANT_FOR.match(s.text)
        if not x:
            return None
        words = []
        for w in x.group(1).split():
            if not w[:1].isupper():
                break
            words.append(w.strip(".,;:'’"))
        pid = self.ctx.find(" ".join(words), m, ("person",)) if words else None
        if pid and pid != sender and self.ctx.side(pid) != "vendor" and pid not in self.ctx.addressees(m):
            return pid
        return None

    def _every_member_of(self, doc, start: int) -> bool:
        """ "(one) for everyone in the lab", "for everybody on your whole team", "one for each person in the unit": the
        things are for every member of the unit named by the unit word at ``start`` ("everyone in the lab already has
        one" says who has them, nothing given to them)."""
        k = start - 1
        if k > 0 and doc[k].lower_ in {"whole", "entire"}:
            k -= 1
        if k < 3 or doc[k].lower_ not in {"the", "your"} or doc[k - 1].lower_ not in {"in", "on", "at", "of"}:
            return False
        j = k - 2  # the group's word
        if j > 1 and doc[j - 1].lower_ in {"each", "every"} and doc[j].is_alpha and (
                doc[j].lower_ in {"person", "member", "one"} or doc[j].is_lower and doc[j].lower_ not in {"of", "day", "time"}):
            j -= 1  # "each person in the unit", "every member of the team", "one for every nurse on your staff"
        elif doc[j].lower_ not in {"everyone", "everybody"}:
            return False
        return doc[j - 1].lower_ in {"for", "to"}

    # the words before "to" that say things are on their way, no one's act of sending: "on its way to", "headed to"
    _EN_ROUTE = frozenset({"way", "headed", "heading", "bound", "route"})
    # the words of things going somewhere, before "to your office": "sent (over) to", "delivered (directly) to", "on its way to"
    _SENT_TO = frozenset({"sent", "send", "sending", "sends", "delivered", "deliver", "delivering", "shipped", "ship", "shipping",
                          "mailed", "mail", "mailing", "posted", "couriered", "dropped", "brought", "bring", "bringing",
                          "forwarded", "routed", "way", "headed", "heading", "going", "coming", "arriving", "arrive"})

    _REACH = frozenset({"reach", "reaches", "reached", "reaching"})

    @staticmethod
    def _clause_before(doc, end: int, most: int = 14):
        """The tokens of the clause before token ``end`` (at most ``most``, back to a colon, a semicolon or a dash):
        "our courier will deliver a watch (value EUR 340)" before "to your office"."""
        k = end
        while k > 0 and end - k < most and doc[k - 1].text not in (":", ";", "-", "\u2013", "\u2014"):
            k -= 1
        return doc[k:end]

    _LOCATIVE = {"at", "in", "on", "by", "near", "inside", "outside", "from", "into", "onto", "beside", "behind", "under",
                 "across", "around", "off"}

    def vocative(self, s: Sentence, m: Message, addressees: list[str]) -> list[str]:
        """A sentence that opens with one addressee's name ("Kim, yours shipped") is for them; so is one whose name,
        set off by a comma or a dash, follows a few words of lead-in ("One more thing, Kim - the X is yours", "Unrelated,
        but Kim: ..."), even when Kim is only on copy."""
        sender = self.ctx.pid(m.sender)
        people = [*addressees, *(p for a in m.cc if (p := self.ctx.pid(a)) and p != sender and p not in addressees)]
        named = self._named_to(s, m, people)
        if named is not None:
            return named
        if s.index > 0 and any(t.lower_ in _YOU_WORDS for t in s.doc):
            # "Kim - thanks for the maps. I've sent a fleece over to you.": the "you" of the sentence right after one
            # spoken to a person by name, in its paragraph, is that person (a copied reader turned to after the main one)
            before = self.ctx.sentences.get(m.id, [])[s.index - 1]
            if before.paragraph == s.paragraph:
                named = self._named_to(before, m, people)
                if named is not None:
                    return named
        if len(addressees) < 2 or not len(s.doc) or not s.doc[0].is_title:
            return []
        word = s.doc[0].lower_
        pid = self.ctx.find(s.doc[0].text, m, ("person",))
        if pid in addressees:
            return [pid]
        hits = []
        for p in addressees:  # a short form of a given name ("Chris" for Christine)
            n = self.ctx.index_nodes.get(p)
            names = [w.lower() for f in ([n.name, *n.aliases] if n else []) for w in f.split()]
            if len(word) >= 3 and any(x == word or x.startswith(word) for x in names):
                hits.append(p)
        return hits if len(hits) == 1 else []

    def _named_to(self, s: Sentence, m: Message, people: list[str]) -> list[str] | None:
        """The one of ``people`` a sentence is said to by name, at its start or after a few words of lead-in ("Kim, yours
        shipped", "One more thing, Kim - ..."); else None."""
        doc = s.doc
        for i in range(min(8, len(doc) - 1)):
            if doc[i].is_title and doc[i].is_alpha and doc[i + 1].text in _NAME_MARKS and (
                    i == 0 or doc[i - 1].text in _NAME_MARKS or doc[i - 1].lower_ in _LEAD_INS) and not (
                    i >= 2 and doc[i - 1].lower_ in ("and", "&") and doc[i - 2].is_title and doc[i - 2].is_alpha):
                # (not the last of two names greeted together: "Dear Otto and Olga," speaks to both)
                pid = self.ctx.find(doc[i].text, m, ("person",))
                if pid and pid in people:
                    return [pid]
        return None

    def _agency_words(self) -> set[str]:
        """The words of the agency's name and its other names, lower case ("cholla", "county", "sheriff's", ...)."""
        if self._agency_memo is None:
            node = self.ctx.index_nodes.get(self.ctx.agency_id) if self.ctx.agency_id else None
            forms = [node.name, *node.aliases] if node is not None else []
            self._agency_memo = {w for f in forms for w in f.lower().split()} - {"the", "of", "and"}
        return self._agency_memo

    # a sentence that opens on a definite noun ("The grant comes as ...", "This donation covers ...")
    _DEFINITE_HEAD = re.compile(r"^\W*(?:the|this|that|our|my)\s+(?:\w+\s+){0,2}?([a-z]{4,})\b", re.I)

    def _amount_named_before(self, s: Sentence, m: Message) -> tuple[float, Sentence] | None:
        """``s`` opens on a definite noun that one of the two sentences before it in its paragraph names right after an
        amount ("I've approved a $5,000 safety grant for the Harbor Unit. The grant comes as ..."): that amount and that
        sentence; else None. Not a sentence before that names products (their prices decide) or buys."""
        head = self._DEFINITE_HEAD.match(s.text)
        if head is None or head.group(1).lower() not in self._back_nouns:
            return None
        noun = head.group(1).lower().rstrip("s")
        for t in reversed(self.ctx.sentences.get(m.id, [])[max(0, s.index - 2):s.index]):
            if t.paragraph != s.paragraph or t.products or t.has("purchase") or t.has("conditional"):
                continue
            for v, _a, b in parse_money(t.text):
                after = re.findall(r"[a-z][\w'-]*", t.text[b:b + 60].lower())[:4]
                if v > 0 and any(w.rstrip("s") == noun for w in after):
                    return v, t
        return None

    @staticmethod
    def _owner_of_things(s: Sentence, body: str, mention) -> bool:
        """The unit or organisation is named right before the things, as whose they are, at the head of the sentence
        that says they are free ("The Quarry Division Porch Cams were comped as part of the pilot", "All the St. Ann
        Church licences are on us"): theirs, whoever the note is written to."""
        head = " ".join(body[max(s.start, mention.start - 16):mention.start].lower().split())
        if head not in ("", "the", "all the", "all of the", "and the", "so the", "yes, the", "yes the"):
            return False
        after = " ".join(body[mention.end:mention.end + 80].split()).lower()
        return any(after.startswith(s.doc[x:y].text.lower()) for _pid, x, y, *_ in s.products)

    def org_recipient(self, s: Sentence, m: Message, thread: list[Message]) -> str | None:
        ctx = self.ctx
        doc = s.doc
        body = m.body or ""
        # an organisation (or, after "for", a division) named in the sentence after to/for:
        # "give 4 cameras to Maple Street Chapel", "for Quarry Division"; a division after
        # "to" is where things are shipped ("headed to Quarry Division"), not who receives them
        mentions = ctx.mentions_in(s)
        for k, mention in enumerate(mentions):
            if not mention.node_id:
                # a unit of the release the text names in another form than the one it resolved to ("for the Youth
                # Services Unit's fall festival": the possessive): the division of that name
                name = re.sub(r"['\u2019]s?$", "", mention.text.strip())
                div = ctx.find(name, m, ("division",)) if name != mention.text.strip() else None
                if div is None:
                    continue
                mention = dataclasses.replace(mention, kind="division", node_id=div)
            if mention.node_id == ctx.vendor_id:
                continue
            if mention.kind in ("organization", "division") and s.products and s.has("free") and \
                    self._owner_of_things(s, body, mention):
                return mention.node_id
            before = " ".join(body[max(0, mention.start - 40):mention.start].lower().split())
            after = body[mention.end:mention.end + 3]
            if _COST_TO.search(before):
                continue  # "no charge to the county": who does not pay, not who receives
            if mention.kind in ("organization", "division") and _PAYABLE_TO.search(before):
                # "a check payable to the Youth Unit", "our contribution to the unit": theirs; "payable to the Metro PD
                # Youth Unit": the agency's name only says whose unit it is
                nxt = mentions[k + 1] if k + 1 < len(mentions) else None
                if mention.kind == "organization" and nxt is not None and nxt.node_id and nxt.kind == "division" \
                        and not body[mention.end:nxt.start].strip():
                    return nxt.node_id
                return mention.node_id
            # "give the Harbor Unit a year of X", "award St. Ann Church two cameras ... for the school": the
            # organisation or unit is the first (indirect) object of a verb of giving, the things follow it
            if mention.kind in ("organization", "division") and self._first_object(before, body[mention.end:mention.end + 16]):
                return mention.node_id
            if mention.kind == "organization" and re.search(r"\b(to|for)( the)?$", before):
                return mention.node_id
            # "provide Harrowgate PD with a year of X", "supply the department with six": the organisation is
            # the first object of a verb of giving (not "ship Harrowgate PD's order", a verb of motion)
            if mention.kind in ("organization", "division") and re.match(r"\s+with\b", body[mention.end:mention.end + 8]):
                last = re.search(r"(\w+)(?: the| your| our)?$", before)
                if last and last.group(1) in self.rules.giving_forms:
                    return mention.node_id
            if mention.kind == "division" and s.has("hosted") and s.has("free") and _UNIT_MEAL.match(after_long := body[
                    mention.end:mention.end + 48]) and not re.match(r"\s*,", after_long):
                return mention.node_id  # "the Harbor Unit holiday lunch is on us", "the CSU team dinner": the unit's meal
            if mention.kind == "division":
                # "for the unit", "for you and the unit", "the unit's to keep", "donated to the unit";
                # a unit after a verb of motion ("headed to the unit") is where things go, not who gets them
                if re.search(r"\bfor(?: you(?:rself)? and)?(?: the| your)?(?: whole| entire)?$", before) or re.match(r"['’]s\b", after):
                    return mention.node_id
                # "for the Cholla County Detention Division": the unit named after the words of its agency's name
                named = re.search(r"\bfor(?: the| your)?((?: [\w'’]+){1,3})$", before)
                if named and set(named.group(1).split()) <= self._agency_words():
                    return mention.node_id
                # "licences ... to five analysts in the Intelligence Section": people of the unit, counted, not named
                if _PEOPLE_OF_UNIT.search(before):
                    return mention.node_id
                # "the kiosks stay with your unit", "remain with the squad permanently": the unit keeps them
                if re.search(r"\b" + _STAYS_WITH + r"(?:\s+(?:the|your))?$", before):
                    return mention.node_id
                if re.search(_KEEP_WITH + r"(?:\s+(?:the|your))?$", before):
                    return mention.node_id
                # "two X going to Ruben's Property Crimes Unit, on the house": free things sent to the unit named as a
                # person's are that unit's
                if re.search(r"\bto [a-z]+['’]s$", before) and s.has("free"):
                    return mention.node_id
                m_to = re.search(r"\bto(?: the| your)?$", before)
                if m_to and (self._transfer_before(before[:m_to.start()]) or self._transfer_in_clause(body, s, mention)):
                    return mention.node_id
                # "sent as a gift to the unit", "our donation to your squad": a gift noun names who gets it,
                # whatever verb of motion came before
                if m_to and before[:m_to.start()].split()[-1:] and \
                        before[:m_to.start()].split()[-1] in self.rules.lexicons.get("gift_nouns", ()):
                    return mention.node_id
        # "I'm giving them to Birch Row for the halfway house": an organisation of the release named by the first
        # words of its name ("Birch Row Recovery Fellowship"), after "to"/"for" and a verb of giving
        for x in _TO_NAME.finditer(s.text):
            if self._transfer_before(" ".join(s.text[:x.start()].lower().split())):
                nid = ctx.org_by_short_form(x.group(1))
                if nid:
                    return nid
        for span in s.spans("org_words"):
            if span.start == 0:
                continue
            prev = doc[span.start - 1].lower_
            prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
            nxt = " ".join(t.lower_ for t in doc[span.end:span.end + 2])
            if (prev in {"the", "your", "their", "our"} and prev2 in {"to", "for", "with"} or prev in {"to", "for"}
                    or prev in {"the", "your", "their", "our"} and nxt in {"to have", "to keep", "to use"}):
                phrase = doc[span.start - 1:span.end].text
                nid = ctx.find(phrase, m, ("organization",))
                if nid and nid not in (ctx.vendor_id, ctx.agency_id):
                    return nid
                # "added to the library's account", "for the school's collection": the institution's own, even when it
                # is the agency (a possessive names whose the thing becomes, not where it is taken)
                if prev2 == "to" and nxt.split()[:1] in (["'s"], ["\u2019s"]) and ctx.agency_id and (
                        nid == ctx.agency_id or nid is None and doc[span.end - 1].lower_ in self._agency_words()):
                    return ctx.agency_id
                nid = ctx.thread_org(thread, m) or ctx.thread_org(thread, None)
                if nid:
                    return nid
                # "the church" written to someone of an outside organisation: theirs
                orgs = {ctx.org_of_address(a) for a in m.to} - {None}
                if len(orgs) == 1:
                    return orgs.pop()
        return None

    # places of a service (licences, seats, user accounts) so many that they are an organisation's, not a person's
    _MANY_PLACES = 10

    def _seats_for_many(self, s: Sentence, items: dict[str, int]) -> bool:
        """Every item is a service or places for people, and together at least ``_MANY_PLACES`` of them; or the
        sentence counts that many licences or seats ("extended all 60 named licences")."""
        if items and all(self._service(p) or self._seats(p) for p in items) and sum(items.values()) >= self._MANY_PLACES:
            return True
        doc = s.doc
        for t in doc:
            if t.lower_ in PLACE_WORDS:
                for w in doc[max(0, t.i - 3):t.i]:
                    n = number_said(self.rules, w.text)
                    if n and n >= self._MANY_PLACES:
                        return True
        return False

    # unit words that name a whole organisation, not a unit of it
    _ORG_LEVEL = frozenset({"department", "agency"})

    def _own_org_word(self, pid: str, word: str) -> str | None:
        """The reader's organisation when its own name ends in the word ("the office's licence" written to someone of
        the County District Attorney's Office, "for the office" to a sheriff's office): the whole organisation, not
        the reader's unit in it (not "on its way to your office": where things go)."""
        org = self.ctx.org_of_person(pid) if word.lower() == "office" else None
        n = self.ctx.index_nodes.get(org) if org else None
        return org if n is not None and n.name.lower().split()[-1:] == ["office"] else None

    def _unit_named_in(self, s: Sentence) -> str | None:
        """The one division the sentence names ("drop them off at the Harbor Unit for the team"), if one."""
        units = {x.node_id for x in self.ctx.mentions_in(s) if x.kind == "division" and x.node_id}
        return units.pop() if len(units) == 1 else None

    # verbs of sending that take who receives as a first object ("send the unit two X")
    _SENDING_FORMS = frozenset({"send", "sends", "sending", "sent", "ship", "ships", "shipping", "shipped", "mail",
                                "mails", "mailing", "mailed", "post", "posts", "posting", "posted", "courier",
                                "couriered", "couriering"})

    def _first_object(self, before: str, after: str) -> bool:
        """A name right after a verb of giving ("give the", "awarded your") and right before what is given ("a",
        "an", "two", "12", "some"): the indirect object, who receives. So too after a verb of sending that takes two
        objects ("sending the Harbor Unit six X", "mail your squad a box of Y": not "ship the unit's order")."""
        last = re.search(r"(\w+)(?: the| your| our)?$", before)
        if not last or last.group(1) not in self.rules.giving_forms and last.group(1) not in self._SENDING_FORMS:
            return False
        nxt = re.match(r"\s+([\w]+)", after)
        word = nxt.group(1).lower() if nxt else ""
        return word in {"a", "an", "some", "another"} or word.isdigit() or word in self.rules.number_words

    def _transfer_in_clause(self, body: str, s: Sentence, mention) -> bool:
        """The clause before "to <unit>" opens with a verb of giving whose objects are a long list ("will donate
        five X and five Y to the unit"): a transfer however far the verb is, with no verb of motion after it."""
        clause = re.split(r"[;:]", body[max(s.start, mention.start - 200):mention.start])[-1]
        words = re.sub(r"[^\w'’\s-]", " ", clause.lower()).split()
        words = words[:-1] if words[-1:] in (["the"], ["your"]) else words
        if words[-1:] != ["to"]:
            return False
        words = words[-20:-1]
        give = [i for i, w in enumerate(words) if w in self.rules.giving_forms]
        return bool(give) and not any(w in self.rules.motion_forms or w in {"to", "for"} for w in words[give[-1] + 1:])

    def _transfer_before(self, before: str) -> bool:
        """The words before "to <unit>" hold a verb of giving (donate, add, award), not of motion."""
        words = before.split()[-6:]
        return any(w in self.rules.giving_forms for w in words) and not any(w in self.rules.motion_forms for w in words)

    # -- threads ---------------------------------------------------------------------------
    def run(self) -> list[Edge]:
        ctx = self.ctx
        gifts: list[_Gift] = []
        for thread in ctx.threads:
            if thread[0].id not in ctx.relevant:
                continue
            open_: list[_Gift] = []
            for pos, m in enumerate(thread):
                if m.id in ctx.skipped:
                    continue
                sender = ctx.pid(m.sender)
                # (words quoted as someone else's, '"Since we rolled out the X, ..." - Chief Ada Lund', are no act
                # of the writer's)
                signed = signed_quotes(m.body or "")
                for s in ctx.sentences.get(m.id, []):
                    if signed and any(a <= s.start and s.end <= b + 1 for a, b in signed):
                        continue
                    self._read_sentence(s, m, sender, thread, pos, open_, gifts)
        self._pass_on_across(gifts)
        self._acting_for(gifts)
        self._owed_nothing(gifts)
        gifts = self._fold_booked(self._fold_thanks(self._fold_fulfilment(gifts)))
        self._valued_after(gifts)
        self._trip_priced_after(gifts)
        return self._edges(gifts)

    # what a meal or an outing came to, said once it is over: "dinner last night came to $164", "Santiago's came to
    # $214 with the tip", "the round ran us about $180"
    _CAME_TO = re.compile(r"\b(?:came\s+(?:out\s+)?to|comes\s+to|totall?ed|ran(?:\s+us)?|was|were|cost(?:\s+us)?|"
                          r"ended\s+up\s+(?:at|being))\s+(?:about\s+|around\s+|roughly\s+|approx(?:imately|\.)?\s+|"
                          r"just\s+(?:over|under)\s+|~\s*)?(?=\$)", re.I)
    _BILL = re.compile(r"\b(?:tip|tab|bill|check|receipt)\b", re.I)
    _VALUED_DAYS = 30
    # a bill said to be for the giver and the reader together: "for the two of us", "for both of us", "for the table"
    _SHARED_BY = re.compile(r"\bfor\s+(?:the\s+(two|three|four|five|six|\d)\s+of\s+us|both\s+of\s+us|us\s+(two|three|four|both))\b",
                            re.I)
    # the reader's part of it said: "$126 of that was yours", "your share came to $126", "your half was about $90"
    _SHARE_SAID = re.compile(r"(\$\s?[\d,.]+)\s+of\s+(?:that|it|this|the\s+\w+)\s+(?:was|is)\s+(?:yours|for\s+you)\b"
                             r"|\byour\s+(?:share|half|part|portion|third)\s+(?:was|is|came\s+to|comes\s+to|ran)\s+"
                             r"(?:about\s+|around\s+|roughly\s+)?(\$\s?[\d,.]+)", re.I)

    # the one who had it says their part: "my share was about $78", "my portion came to $64"
    _MY_SHARE_SAID = re.compile(r"\bmy\s+(?:share|half|part|portion|third)(?:\s+of\s+(?:it|the\s+\w+))?\s+(?:was|is|came\s+to|"
                                r"comes\s+to|ran)\s+(?:about\s+|around\s+|roughly\s+|approx(?:imately|\.)?\s+|~\s*)?(\$\s?[\d,.]+)", re.I)

    def _reader_share(self, s: Sentence, amount: float, shared) -> float:
        """What the reader had of a bill the giver says was shared: the share said in the sentence or the next one
        ("Castellane came to $252 for the two of us, so $126 of that was yours"), else the bill split by the heads
        it says ("for the three of us": a third); a bill said of no one is the reader's whole."""
        sents = self.ctx.sentences.get(s.message.id, [])
        for t in [s, *sents[s.index + 1:s.index + 2]]:
            said = self._SHARE_SAID.search(t.text)
            if said is not None:
                v = parse_money(said.group(1) or said.group(2))
                if v and 0 < v[0][0] <= amount:
                    return v[0][0]
        if shared is None:
            return amount
        word = (shared.group(1) or shared.group(2) or "two").lower()
        n = 2 if word == "both" else count_of(self.rules, word) or (int(word) if word.isdigit() else 0)
        return round(amount / n, 2) if n and n >= 2 else amount

    def _valued_after(self, gifts: list[_Gift]) -> None:
        """Hospitality taken up with no worth said (a `hosted` offer: "let me take you to dinner Thursday") is worth
        what its giver says it came to afterwards, in the thread or in a note of their own to the same recipient in
        the weeks after ("For your records: dinner last night came to $164"): the amount right after "came to", "was",
        "ran" in a sentence of the giver's that names such a thing again or its tip, tab or bill."""
        from datetime import timedelta

        ctx = self.ctx
        rx = ctx.rules.hosted_things
        if rx is None:
            return
        pending = [g for g in gifts if not (g.declined or g.withdrawn) and not g.items
                   and not g.later_items and g.stated_value is None and g.per_head is None and g.ship_value is None
                   and (g.accepted or g.shipped or g.received) and any(s.has("hosted") for s in g.offer_sents)]
        # the messages are in the order of their printed times: a gift's search starts two days before its offer
        # (a printed time's zone moves it by less than a day), not at the release's first message
        keys = [m.sent or "" for m in ctx.messages] if pending else []
        # (a sentence that is itself a gift's offer tells that gift's worth, not this one's)
        opened = {id(s) for g in gifts for s in g.offer_sents} if pending else set()
        for g in pending:
            start = _sent_utc(g.offer)
            if start is None:
                continue
            thread = self._where.get(g.offer.id, (None,))[0]
            # the same reader: a recipient, or the one the offer was written to (lunch "for the whole floor"
            # offered to its lieutenant, who is told afterwards what it came to)
            readers = set(g.recipients) | set(ctx.addressees(g.offer))
            first = bisect.bisect_left(keys, (start - timedelta(days=2)).strftime("%Y-%m-%d"))
            for m in itertools.islice(ctx.messages, first, None):
                t = _sent_utc(m)
                if m is g.offer or t is None or t <= start or m.id not in ctx.relevant or m.id in ctx.skipped:
                    continue
                if t > start + timedelta(days=self._VALUED_DAYS):
                    break
                same_thread = self._where.get(m.id, (None,))[0] is thread
                if ctx.pid(m.sender) in g.recipients and (same_thread or g.giver in set(ctx.addressees(m))):
                    # the one who had it says what their part came to ("Thanks again for dinner. I've logged it on the
                    # gift disclosure form (my share was about $78)."): what they had
                    for s in ctx.sentences.get(m.id, []):
                        x = self._MY_SHARE_SAID.search(s.text)
                        v = parse_money(x.group(1)) if x is not None and not s.text.rstrip().endswith("?") \
                            and not s.has("conditional") else []
                        if v and v[0][0] > 0:
                            g.stated_value = v[0][0]
                            g.evidence.append(s)
                            break
                    if g.stated_value is not None:
                        break
                    continue
                if ctx.pid(m.sender) != g.giver or not (same_thread or readers & set(ctx.addressees(m))):
                    continue
                for s in ctx.sentences.get(m.id, []):
                    x = self._CAME_TO.search(s.text)
                    shared = self._SHARED_BY.search(s.text) if x is not None else None
                    # (a sale word is no sale when the giver's side is who paid: "the bill came to $900 with tip, and we
                    # paid it in full")
                    if x is None or not (rx.search(s.text) or self._BILL.search(s.text) or shared) or (
                            s.has("purchase") and not self.we_pay(s)) or id(s) in opened:
                        continue
                    amounts = [v for v, a, _ in parse_money(s.text) if a == x.end() and v > 0]
                    if amounts:
                        g.stated_value = self._reader_share(s, amounts[0], shared)
                        g.evidence.append(s)
                        break
                if g.stated_value is None and same_thread:
                    # the giver's later word in the thread, with no verb of coming to: "ordered from Rosa's, $212 w/
                    # tip", "haha like $95 retail, dont worry abt it"
                    for s in ctx.sentences.get(m.id, []):
                        if id(s) in opened or s.has("conditional") or s.text.rstrip().endswith("?") or (
                                s.has("purchase") and not self.we_pay(s)):
                            continue
                        x = self._PRICE_SAID.search(s.text)
                        v = parse_money(next(grp for grp in x.groups() if grp)) if x is not None else []
                        if v and v[0][0] > 0:
                            g.stated_value = v[0][0]
                            g.evidence.append(s)
                            break
                if g.stated_value is not None:
                    break

    # an amount said with its tip or as a thing's retail price, no verb before it: "$212 w/ tip", "$164 with the tip",
    # "like $95 retail", "they retail ~$340"
    _PRICE_SAID = re.compile(r"(\$\s?\d[\d,]*(?:\.\d\d)?)\s*(?:w/|with(?:\s+the)?|incl\.?|including)\s*(?:the\s+)?"
                             r"(?:tip|gratuity|tax\s+(?:and|&)\s+tip)\b|(\$\s?\d[\d,]*(?:\.\d\d)?)\s+retail\b|"
                             r"\bretails?\s+(?:for\s+|at\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?(\$\s?\d[\d,]*(?:\.\d\d)?)",
                             re.I)

    # a cost of a trip and what it came to: "the airfare came to $412.50", "the hotel is $389.00 for the two nights"
    _TRIP_COST_SAID = re.compile(rf"\b{COSTS}\s+(?:(?:came|comes|come)\s+(?:out\s+)?to|is|was|were|are|ran|totall?ed)\s+"
                                 r"(?:about\s+|around\s+|roughly\s+|approx(?:imately|\.)?\s+|~\s*)?(?=\$)", re.I)

    def _trip_priced_after(self, gifts: list[_Gift]) -> None:
        """A trip's costs taken on with no amount ("We'll take care of your flights and two nights at the hotel"),
        taken up, are worth what a later message of the thread from the vendor's side says they came to, in a sentence
        that says the reader pays nothing ("The airfare came to $412.50 and the hotel is $389.00; both are billed to
        us, nothing for you to pay"): the sum of the costs said."""
        ctx = self.ctx
        for g in gifts:
            if g.declined or g.withdrawn or g.items or g.later_items or g.stated_value is not None or \
                    g.per_head is not None or g.ship_value is not None or not (g.accepted or g.shipped or g.received) or \
                    not any(self.costs_taken_on(t) for t in g.offer_sents):
                continue
            thread, pos = self._where.get(g.offer.id, (None, 0))
            for m in (thread or [])[pos + 1:]:
                if m.id in ctx.skipped or ctx.side(ctx.pid(m.sender)) != "vendor":
                    continue
                for t in ctx.sentences.get(m.id, []):
                    if "$" not in t.text or not t.has("free") or t.has("conditional"):
                        continue
                    ends = {x.end() for x in self._TRIP_COST_SAID.finditer(t.text)}
                    amounts = [v for v, a, _ in parse_money(t.text) if a in ends and v > 0]
                    if amounts:
                        g.stated_value = sum(amounts)
                        g.evidence.append(t)
                        break
                if g.stated_value is not None:
                    break

    # the answer that asks nothing: "Not a thing.", "Nothing at all, it's on me", "You don't owe me anything"
    _OWE_NONE = re.compile(r"^\W*(?:\w+,\s*)?(?:not\s+a\s+(?:thing|cent|dime|penny)|nothing(?:\s+at\s+all)?\b(?!\s+(?:yet|for\s+now|until|till|right\s+now))|nada\b|"
                           r"you\s+(?:don['\u2019]?t|do\s+not)\s+owe\s+(?:me|us)\s+(?:a\s+thing|anything|a\s+(?:cent|dime|penny))|"
                           r"(?:please\s+)?don['\u2019]?t\s+worry\s+about\s+it|forget\s+(?:about\s+)?it|it['\u2019]?s\s+on\s+(?:me|us))",
                           re.I)

    _PAY_ME = re.compile(r"\b(?:owe|pay|paid|venmo|zelle|paypal|reimburse|check|invoice|bill|split)\b", re.I)

    def _owed_nothing(self, gifts: list[_Gift]) -> None:
        """The reader asks what they owe for something they had ("What do I owe you for my share of dinner?") and the
        vendor's side answers that they owe nothing ("Not a thing. Your half came to about $90."): a gift of what was
        had, worth the amount the answer prints (else the things the question names), already received."""
        ctx = self.ctx
        for thread in ctx.threads:
            if thread[0].id not in ctx.relevant:
                continue
            for pos in range(1, len(thread)):
                m, prior = thread[pos], thread[pos - 1]
                # the question's words first, in the whole text (quotes too): most pairs end here, before any of
                # their sentences is read back or cut again
                if m.id in ctx.skipped or prior.id in ctx.skipped or not OWE_QUESTION.search(prior.body or ""):
                    continue
                giver, asker = ctx.pid(m.sender), ctx.pid(prior.sender)
                if not giver or not asker or ctx.side(giver) != "vendor" or ctx.side(asker) == "vendor" \
                        or asker not in set(ctx.addressees(m)):
                    continue
                asked = next((t for t in ctx.sentences.get(prior.id, []) if OWE_QUESTION.search(t.text)), None)
                sents = ctx.sentences.get(m.id, [])
                # "Can you tell me what my portion came to?" - "About $60.": asked to report it, the amount is what was had,
                # unless the answer asks for it ("$60, you can send me a check")
                valued = asked is not None and VALUE_QUESTION.search(asked.text) is not None and bool(sents) and \
                    not any(self._PAY_ME.search(t.text) for t in sents)
                if asked is None or not sents or not (self._OWE_NONE.match(sents[0].text) or valued) \
                        or sents[0].has("conditional") or any(t.has("purchase") or t.has("order") for t in sents):
                    continue  # "Nothing yet, I'll invoice the city", "Don't worry about it, it's on the PO": a sale
                said = next((t for t in sents[:3] if any(v > 0 for v, _, _ in parse_money(t.text))
                             and not t.has("conditional")), None)
                value = next(v for v, _, _ in parse_money(said.text) if v > 0) if said is not None else None
                items = ctx.items_of(asked)
                if value is None and not items:
                    continue
                read = [g for g in gifts if g.giver == giver and asker in g.recipients
                        and self._where.get(g.offer.id, (None,))[0] is thread]
                if any((g.items or g.stated_value is not None) and (g.shipped or g.received or g.accepted) for g in read):
                    continue  # "What do I owe you for the X?" - "Nothing, it's yours.": read already
                if read:  # "it's on me" read as an offer still open: what was asked about was had
                    g = read[-1]
                    g.stated_value = g.stated_value if g.stated_value is not None else value
                    g.items, g.received = g.items or items, g.received or prior
                    continue
                g = _Gift(giver=giver, recipients=[asker], offer=m, thread_pos=pos, items=items, stated_value=value,
                          offer_sents=[asked, sents[0], *([said] if said is not None and said is not sents[0] else [])])
                g.received = prior
                gifts.append(g)

    _PASS_ON_DAYS = 45

    _PER_EACH = re.compile(r"\b(?:per|for each|for every|a)\s+(?:deputy|officer|trooper|person|head|man|member|guy|"
                           r"agent|analyst|dispatcher|firefighter|cadet|recruit|player|coach|student|detective|sergeant)\b"
                           r"|\b(?:each|apiece)\b", re.I)
    _TOTAL_SAID = re.compile(r"\b(?:that's|that is|that makes|that comes to|makes|so)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
                             r"(?:[a-z]+\s+)?([a-z]+)\b(?:\s+(?:in all|total|altogether))?", re.I)

    def _total_after(self, s: Sentence, m: Message, items: dict[str, int]) -> dict[str, int]:
        """Things offered so many a person ("two X per deputy for your crew") whose total the next sentence of the
        paragraph works out ("You said there's 8 of you, so that's 16 lights."): the total, when it is a multiple of
        the count each and names the things by their kind or a word of their name."""
        if len(items) != 1 or not self._PER_EACH.search(s.text):
            return items
        (pid, q), = items.items()
        node = self.ctx.products.get(pid)
        words = {w.lower() for form in ((node.name, *node.aliases) if node else ()) for w in form.split()}
        kinds = {kind_of(w) for w in words} - {None}
        for t in self.ctx.sentences.get(m.id, [])[s.index + 1:s.index + 3]:
            if t.paragraph != s.paragraph:
                break
            for x in self._TOTAL_SAID.finditer(t.text):
                n = number_said(self.rules, x.group(1))
                noun = x.group(2).lower()
                one = noun[:-1] if noun.endswith("s") else noun
                # (the kind, a word of the name or its end: "lights" of a "Flashlight")
                if n and q < n <= 500 and n % q == 0 and (kind_of(noun) in kinds or any(
                        w == one or (len(one) >= 4 and w.endswith(one)) for w in words)):
                    return {pid: n}
        return items

    def _acting_for(self, gifts: list[_Gift]) -> None:
        """A clerk of the vendor's side who writes the offer names, in another of its sentences, the colleague it is
        from ("... $0.00 (courtesy). Lee asked me to include the four X at no cost.", "Per Lee's deal that's two free
        X"): that colleague gives, as when the sentence that offers names them (`on_behalf_of`)."""
        ctx = self.ctx
        for g in gifts:
            writer = ctx.pid(g.offer.sender)
            if g.giver != writer or ctx.side(writer) != "vendor":
                continue
            for s in dict.fromkeys([*g.offer_sents, *g.evidence]):
                if s.message is not g.offer:
                    continue
                who = self.on_behalf_of(s, g.offer)
                if who and who != writer and ctx.side(who) == "vendor":
                    g.giver = who
                    break

    def _pass_on_across(self, gifts: list[_Gift]) -> None:
        """A third party's thanks under a subject of its own ("Thank you for bringing us the two X") to the one officer
        the vendor's side gave those very things in the weeks before, in another thread: the officer passed them on
        (`_pass_on`), when exactly one such gift holds every item thanked for."""
        from datetime import timedelta

        when = _sent_utc
        ctx = self.ctx
        # (an offer not yet taken up too: the officer's having handed the things on says the offer was taken)
        given = [g for g in gifts if ctx.side(g.giver) == "vendor" and not (g.declined or g.withdrawn)
                 and (g.shipped or g.received or g.accepted or g.items) and when(g.offer) is not None]
        if not given:
            return
        threads_with_gifts = {id(self._where[g.offer.id][0]) for g in gifts if g.offer.id in self._where
                              and (g.shipped or g.received or g.accepted)}
        for thread in ctx.threads:
            if id(thread) in threads_with_gifts or thread[0].id not in ctx.relevant:
                continue
            for m in thread:
                sender, t_m = ctx.pid(m.sender), when(m)
                to = [ctx.pid(a) for a in m.to]
                if (m.id in ctx.skipped or t_m is None or len(to) != 1 or ctx.role(to[0]) != "officer"
                        or ctx.role(sender) in ("officer", "vendor_employee")):
                    continue
                for s in ctx.sentences.get(m.id, []):
                    items = ctx.items_of(s)
                    counted = {} if items else self._counted_kinds(s)
                    if not ((items or counted) and s.has("receive")) or s.has("decline") \
                            or all(self._said_not(sp) for sp in s.spans("receive")):
                        continue
                    # given to the officer, or to the officer's unit (the officer then handed them on)
                    officer = to[0] or ""
                    fits = [g for g in given if (officer in g.recipients or ctx.division_of(officer) in g.recipients)
                            and timedelta(0) < t_m - when(g.offer) <= timedelta(days=self._PASS_ON_DAYS)
                            and (all(merge_items(g.items, g.later_items).get(p, 0) >= q for p, q in items.items())
                                 if items else self._holds_counted(merge_items(g.items, g.later_items), counted))]
                    if len(fits) == 1 and self._pass_on(fits[0], s, m, thread, gifts, own_first=True):
                        break

    def _counted_kinds(self, s: Sentence) -> dict[str, int]:
        """Things a sentence names by their kind only, counted after a determiner ("the six cameras", "all four
        chimes"): kind -> count. A kind without a count says nothing here (which of them, how many)."""
        kinds = self._kinds()
        out: dict[str, int] = {}
        doc = s.doc
        for k, tok in enumerate(doc):
            kind = kind_of(tok.lower_)
            if not kind or kind not in kinds:
                continue
            before = [t.lower_ for t in doc[max(0, k - 3):k]]
            n = quantity_before(self.rules, doc, k)
            if not n and k > 2 and doc[k - 1].is_alpha and doc[k - 1].is_lower and not doc[k - 1].is_stop:
                # "the twelve rain jackets", "all four porch cameras": a word of what they are for between count and kind
                before = [t.lower_ for t in doc[max(0, k - 4):k - 1]]
                n = quantity_before(self.rules, doc, k - 1)
            if n and any(w in _KIND_DET for w in before):
                out[kind] = out.get(kind, 0) + n
        return out

    def _holds_counted(self, items: dict[str, int], counted: dict[str, int]) -> bool:
        """A gift's items are the ones a third party counts by kind ("the six cameras"): every item is of a kind
        counted, and each kind's count is that of the gift's items of it."""
        if not items or not counted:
            return False
        kinds = self._kinds()
        per_kind: dict[str, int] = defaultdict(int)
        for pid, q in items.items():
            of = [k for k in counted if pid in kinds.get(k, ())]
            if len(of) != 1:
                return False
            per_kind[of[0]] += q
        return dict(per_kind) == counted

    _NOTICE_DAYS = 45

    def _fold_fulfilment(self, gifts: list[_Gift]) -> list[_Gift]:
        """A shipping notice sent under a subject of its own ("Your order has shipped", "Shipment: 4 x X") opens
        a thread of its own, so it reads as a gift of its own, from the clerk who sent it. When an earlier gift of
        the vendor's side, offered in the weeks before and not yet shipped or received, holds every item the notice
        ships, and the notice is to its recipients (or to the one who accepted it, the one its offer was written
        to, or a member of the unit it is for), the notice is that gift's shipment, not a second gift. A notice
        that states terms of its own ("no charge") ships only a gift already accepted."""
        from datetime import datetime, timedelta

        when = _sent_utc
        ctx = self.ctx
        sent = {id(g): when(g.offer) for g in gifts}  # each offer's time, in UTC, read once
        out: list[_Gift] = []
        for g in sorted(gifts, key=lambda g: (sent[id(g)] or datetime.min, g.thread_pos)):  # offers before notices
            writer = ctx.pid(g.offer.sender)
            notice = (g.shipped is g.offer and g.thread_pos == 0
                      and ctx.side(g.giver) == "vendor" and ctx.side(writer) == "vendor")
            # a notice that states its own terms ("no charge, per Dana") ships only a gift already accepted
            terms = any(t.has("free") for t in g.offer_sents)
            items = merge_items(g.items, g.later_items)
            t_g = sent[id(g)]
            host = None
            if notice and items and t_g is not None:
                for h in reversed(out):
                    t_h = sent[id(h)]
                    # a receipt reported after the notice ("the 3 units came in Fri") is of what the notice shipped, and
                    # so is a shipment the offer itself announced ("I send 3 X, our warehouse ships tomorrow")
                    # (the reply that accepted the offer, "we accept; Sid will get the two of them set up", received nothing yet)
                    # (unless that reply says, as done, that the things came: "The ten X arrived Monday. Thank you!")
                    received_before = h.received is not None and (h.received is not h.accepted or self._arrival_said(h)) and (
                        when(h.received) is None or when(h.received) < t_g)
                    shipped_before = h.shipped is not None and h.shipped is not h.offer
                    if (h.declined or h.withdrawn or shipped_before or received_before or ctx.side(h.giver) != "vendor"
                            or (terms and h.accepted is None)
                            or t_h is None or not t_h <= t_g <= t_h + timedelta(days=self._NOTICE_DAYS)
                            or any(self._held_as(merge_items(h.items, h.later_items), p) < q for p, q in items.items())):
                        continue
                    near = set(h.recipients) | set(ctx.addressees(h.offer))
                    if h.accepted is not None:
                        near.add(ctx.pid(h.accepted.sender) or "")
                    if all(r in near or ctx.division_of(r) in h.recipients for r in g.recipients):
                        host = h
                        break
            if host is None:
                out.append(g)
                continue
            host.shipped = g.offer
            host.received = host.received or g.received  # "all six arrived", in the notice's thread
            host.evidence.extend([*g.offer_sents, *g.evidence])
        kept = {id(g) for g in out}
        return [g for g in gifts if id(g) in kept]

    def _held_as(self, held: dict[str, int], pid: str) -> int:
        """How many of ``pid`` the items ``held`` hold: those of it, or else those of the products whose names extend
        its name ("Porch Cam Elite" for "Porch Cam"): a notice says "both porch cameras" of the two Porch Cam Elites
        offered, by the shorter name of the line."""
        if pid in held:
            return held[pid]
        n = self.ctx.products.get(pid)
        base = n.name.lower().split() if n is not None else []
        if not base:
            return 0
        return sum(q for p, q in held.items()
                   if (m := self.ctx.products.get(p)) is not None and m.name.lower().split()[:len(base)] == base)

    def _arrival_said(self, g: _Gift) -> bool:
        """The message that received the gift says, as done, that its things came ("The ten X arrived Monday.")."""
        return any(t.message is g.received and t.has("receive") and self.realis(t) and not t.text.rstrip().endswith("?")
                   for t in g.evidence)

    _BOOKED_DAYS = 30

    def _fold_booked(self, gifts: list[_Gift]) -> list[_Gift]:
        """Costs taken on for readers (travel, a stay, a meal: no item of a catalogue) offered in one thread and
        confirmed as booked in another under a subject of its own ("Invitation: the May demo" - "You're both booked:
        airfare came to $412 each, billed to Acme") are one gift told twice: when the giver's later gift of costs, with no
        items and a value within a tenth of the earlier one's, made in the month after, is to the earlier one's
        recipients (and perhaps more: a colleague sent in the place of a reader who declined), the earlier is folded
        into it, and the later amount (what was spent) is the gift's value."""
        from datetime import timedelta

        when = _sent_utc

        def costs(g: _Gift) -> bool:
            return (not g.items and not g.later_items and g.stated_value is not None
                    and (g.each_stated or len(g.recipients) == 1) and not g.declined and not g.withdrawn
                    and any(COST_WORD.search(t.text.lower()) for t in g.offer_sents))

        dropped: set[int] = set()
        for h in gifts:
            t_h = when(h.offer)
            if not costs(h) or t_h is None:
                continue
            for g in gifts:
                t_g = when(g.offer)
                if (g is h or id(g) in dropped or not costs(g) or t_g is None or g.giver != h.giver
                        or not set(h.recipients) <= set(g.recipients)
                        or subject_key(h.offer.subject or "") == subject_key(g.offer.subject or "")
                        or not t_h < t_g <= t_h + timedelta(days=self._BOOKED_DAYS)
                        or abs((g.stated_value or 0) - (h.stated_value or 0)) > 0.1 * (h.stated_value or 0)):
                    continue
                g.evidence[:0] = [*h.offer_sents, *h.evidence]
                dropped.add(id(h))
                break
        return [g for g in gifts if id(g) not in dropped]

    def _fold_thanks(self, gifts: list[_Gift]) -> list[_Gift]:
        """A recipient's later thanks under a subject of their own ("found him - one of the X you sent spotted
        him", "thanks again for the X you sent") opens a thread of its own, so it reads as a gift known from the
        recipient alone. When an earlier gift from the same giver to the same recipient, made in the weeks before,
        holds every item the thanks names, the thanks is that gift's, not a second one."""
        from datetime import timedelta

        when = _sent_utc
        out: list[_Gift] = []
        for g in sorted(gifts, key=lambda g: (g.offer.sent or "", g.thread_pos)):
            t_g = when(g.offer)
            host = None
            if g.thanked and g.items and t_g is not None:
                for h in reversed(out):
                    t_h = when(h.shipped or h.received or h.accepted or h.offer)
                    if (h.giver == g.giver and not (h.declined or h.withdrawn) and set(g.recipients) <= set(h.recipients)
                            and t_h is not None and t_h <= t_g <= t_h + timedelta(days=self._NOTICE_DAYS)
                            and (h.shipped or h.received or h.accepted)
                            and all(merge_items(h.items, h.later_items).get(p, 0) >= q for p, q in g.items.items())):
                        host = h
                        break
            if host is None:
                out.append(g)
                continue
            host.received = host.received or g.received
            host.evidence.extend(g.offer_sents)
        kept = {id(g) for g in out}
        return [g for g in gifts if id(g) in kept]

    def _guest_named_in_offer(self, g: _Gift, sender: str | None) -> bool:
        """The one saying no is not a recipient of the offer but one of its readers it names as a guest ("We'd like to
        host you, Chief Lund and one of your analysts"): their "I'll have to pass" is for themself."""
        if sender is None or sender in g.recipients or not g.recipients:
            return False
        addressed = {self.ctx.pid(a) for a in [*g.offer.to, *g.offer.cc]}
        if sender not in addressed:
            return False
        if any(x.node_id == sender for x in self.ctx.mentions(g.offer.id)):
            return True
        node = self.ctx.index_nodes.get(sender)
        forms = [f for f in ([node.name, *node.aliases] if node is not None else []) if len(f) > 2]
        # (or by the first name alone, as an offer to several readers addresses each: "Priya, same goes for you")
        first = node.name.split()[0] if node is not None and len(node.name.split()) >= 2 else ""
        others = [n for r in g.recipients if (n := self.ctx.index_nodes.get(r)) is not None]
        shared = any((n.name.split() or [""])[0] == first for n in others)  # (not a first name a recipient shares: "Matt" and "Matt")
        if len(first) > 2 and first.isalpha() and first[0].isupper() and not shared:
            forms.append(first)
        text = " ".join(t.text for t in self.ctx.sentences.get(g.offer.id, []))
        return any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) for f in forms)

    def _read_sentence(self, s, m, sender, thread, pos, open_, gifts) -> None:
        ctx = self.ctx
        live = [g for g in open_ if not g.declined and not g.withdrawn]
        if sender is not None and live and self._sent_back(s, m, sender, live):
            return
        # (hospitality thanked for was had already: later replies speak of something else)
        earlier = [g for g in live if g.offer is not m and not g.hosted]
        same = [g for g in live if g.offer is m]
        # the recipient of an open gift saying they gave the things on to a group ("I donated both to the
        # Birch Lane Watch", "I gave them to the church") or to a person outside both sides ("dropped the X off with
        # Mrs. Lund"): a gift of their own, of those things
        passed_to = self._passed_to_person(s, m, sender) if earlier and sender in earlier[-1].recipients else None
        passed_from = earlier[-1] if (earlier and sender in earlier[-1].recipients and (self._gave_on(s)
                                      and self.org_recipient(s, m, thread) is not None or passed_to)) else None
        # replies to an open offer: decline / withdraw / ship / receive / accept
        if earlier:
            g = earlier[-1]
            giver_side = sender == g.giver or (ctx.side(sender) == "vendor" and ctx.side(g.giver) == "vendor")
            if not giver_side and self._value_estimated(s, m, sender, earlier):
                return
            if not giver_side and sender in g.recipients and len(g.recipients) > 1 and _JUST_ME.search(s.text):
                # "Count me in. Keira has a hearing that night, so it'll just be me": the one who answers comes alone
                g.declined_by.update(r for r in g.recipients if r != sender)
                g.recipients = [sender]
                g.accepted = g.accepted or m
                g.evidence.append(s)
                return
            if not giver_side and s.has("decline") and not self._declines_other(g, s):
                if sender in g.declined_by or (sender in g.recipients and len(g.recipients) > 1
                                               or self._guest_named_in_offer(g, sender)) and not _we_decline(s):
                    # one of several readers of the offer says no for themself ("I will have to decline"): the
                    # others may still take it up
                    g.recipients = [r for r in g.recipients if r != sender]
                    g.declined_by.add(sender)
                    return
                g.declined = True
                return
            # (the recipient asking whether to send it back, "Should I send the card back?", returns nothing yet)
            if s.has("loan") and not s.has("conditional") and not (not giver_side and s.text.rstrip().endswith("?")) and (
                    s.products or any(w in sp.text.lower() for sp in s.spans("loan")
                                      for w in ("back", "return", "lend", "loan", "lent"))):
                if self._returns_other(g, s):
                    return  # "Olga mailed the chime back": the thing the offer said must come back, not the gift
                if not self._loan_of_other(g, s):
                    g.declined = True  # lent, or to be returned (sent back): no gift
                    return
            if giver_side and s.has("withdraw"):
                g.withdrawn = True
                return
            if giver_side:
                self._recount(g, s)  # "make that 6 not 4": the count offered, changed by the giver's side
            guest = self._guest_named(g, s, m, sender) if not giver_side else None
            if guest:
                # "host you and a guest" - "Lt. Ames will come with me": the guest the reader names takes the other place
                g.recipients.append(guest)
                if g.stated_value is not None and any(self._PER_PLACE.search(t.text) for t in g.offer_sents):
                    g.each_stated = True  # "about $310 a seat": each one's
                g.accepted = g.accepted or m
                g.evidence.append(s)
                return
            nominated = self._nominated(g, s, m, sender) if not giver_side and (
                not g.items or all(self._service(p) or self._seats(p) for p in g.items)) else []
            if nominated and (not g.items or sum(g.items.values()) == len(nominated)):
                # "we'd like to comp two seats for your program" - "I'd like to send Sgt. Ames and Sgt. Bell": the
                # people the reader sends take the places offered (and the reader takes the offer up)
                g.recipients = nominated
                g.split = g.split or bool(g.items)  # one place each
                if g.stated_value is not None and not g.items and any(
                        v == g.stated_value for t in g.offer_sents for x in self._PER_PLACE.finditer(t.text)
                        for v, _a, _b in parse_money(x.group(0))):
                    # "Tuition is $450 per seat": the value read is one place's (not already the count's: "$525 each,
                    # ... comp two seats" is $1,050), so each one's place is worth that
                    g.each_stated = True
                g.accepted = g.accepted or m
                g.evidence.append(s)
                return
            if self._paid_after_all(s, giver_side) and not self._pays_another_cost(g, s):
                g.declined = True  # "I've mailed a check for them", "invoice #5521 is attached": a sale after all
                return
            if self.ships(s) and giver_side and not self._another_gift(g, s, m):
                g.shipped = g.shipped or m
                g.evidence.append(s)
                g.later_items = merge_items(g.later_items, ctx.items_of(s))
                g.ship_items = merge_items(g.ship_items, counted_items(self.rules, s))
                g.more_to_follow = g.more_to_follow or any(t.has("to_follow") for t in ctx.sentences.get(m.id, []))
                g.ship_value = g.ship_value or (ctx.stated_value(s) if (s.has("free") or s.has("value_cue")) else None)
                g.came_to = g.came_to or self._came_to(g, s)
                return
            if (not giver_side and sender not in g.recipients and ctx.role(sender) not in ("officer", "vendor_employee")
                    and (s.has("receive") or s.has("accept")) and self._pass_on(g, s, m, thread, gifts)):
                return
            if s.has("receive") and not giver_side and not all(self._said_not(sp) for sp in s.spans("receive")):
                g.received = g.received or m
                g.evidence.append(s)
                g.later_items = merge_items(g.later_items, ctx.items_of(s))
                return
            bare_yes = bool(_BARE_YES.fullmatch(s.text))
            if not giver_side and passed_from is None and (s.has("accept") or (s.products and (s.has("free") or s.has("give")))
                                                            or self._picked(g, s) or bare_yes):
                if self._no_yes(s):
                    return  # "Can we accept these?", "Thanks, I'll check with my captain", "Very kind, but no"
                if s.has("accept") or s.products or bare_yes:
                    g.accepted = g.accepted or m
                    g.evidence.append(s)
                    g.later_items = merge_items(g.later_items, ctx.items_of(s))
                    picked = ctx.items_of(s)
                    if g.choice and picked and set(picked) <= set(g.items):
                        g.items = {p: q for p, q in g.items.items() if p in picked}  # the one chosen
                return
        if same and same[-1].giver == sender and s.has("loan") and not s.has("keep") and not s.has("conditional") \
                and not s.text.rstrip().endswith("?") and any(t.lower_ in {"it", "them", "both", "all"} for t in s.doc) \
                and any(w in sp.text.lower() for sp in s.spans("loan") for w in ("back", "return")) \
                and not self._returns_other(same[-1], s):
            # "We can bring a X for the fair. I'll pick it back up Monday.": the giver says in the same note that the
            # things come back, so they were lent
            same[-1].declined = True
            return
        if same and not s.products:
            # "They're for Dana Reyes, so please pass them along": the things just offered to the reader are meant for
            # another person of the release, whom the reader only hands them to
            g = same[-1]
            who = self._meant_for(s, m, sender)
            if who and set(g.recipients) <= set(ctx.addressees(m)) and who not in g.recipients:
                g.recipients = [who]
                g.offer_sents.append(s)
                return
        if same and s.products and _LIST_LINE.match(s.text) and not self.offer_blocked(s):
            # "- Y license: normally $300 per camera" listed under the sentence that offered the Y: a detail of that
            # offer, for its recipients, unless the line names a recipient of its own
            g = same[-1]
            offered = merge_items(g.items, g.later_items)
            if g.giver == (self.on_behalf_of(s, m) or sender) and all(pid in offered for pid, *_ in s.products) and \
                    self._named_recipient(s, m) is None and self.org_recipient(s, m, thread) is None:
                g.offer_sents.append(s)
                if g.stated_value is None and s.has("value_cue"):
                    g.stated_value = ctx.stated_value(s)
                return
        if same:
            g = same[-1]
            if self.ships(s) and not s.has("conditional"):
                g.shipped = g.shipped or m
                g.evidence.append(s)
            if g.stated_value is None and g.per_head is None and not g.items and not s.products and (
                    g.hosted or s.has("value_cue")) and not self.offer_blocked(s) and not s.has("decline") and (
                    h := per_head(self.rules, s)) is not None and ctx.stated_value(s) in (None, h):
                # "... took me to dinner. It came to $60 per person.", "She covered the bill, $45 a head": an amount
                # said after the hospitality, each one's and no total
                g.per_head = h
                g.offer_sents.append(s)
                return
            if not self.gift_like(s) and not self.offer_blocked(s) and not s.has("decline"):
                # the items listed under the offer ("- Four (4) Yard Cams"), the value stated after it
                # (a list line counts its items or adds them: "- Two (2) X", "Plus a Y"; a sentence about another
                # product, "a Y in between usually does the trick", lists nothing)
                if s.products and g.offer_sents[-1].index >= s.index - 4 and (
                        counted_items(self.rules, s) or _ADDS.search(s.text)):
                    g.items = merge_items(g.items, ctx.items_of(s))
                    g.offer_sents.append(s)
                    return
                # (or a sentence that names the gift's own things again to sum them up: "the X kits are $45 apiece and
                # the Y $30, so $300 all in")
                restated = bool(s.products) and _TOTAL_SAID.search(s.text) is not None and bool(parse_money(s.text)) \
                    and set(ctx.items_of(s)) <= set(merge_items(g.items, g.later_items))
                # (or the regular price said of what was just given, "List on that is $14,500 a year.", when no
                # catalogue prices it)
                # (or, catalogue or not, the price said of the things as one set: "The kit lists at $259.")
                listed = list_price(s) if g.items and (sum_value(g.items, ctx.price) is None or _WHOLE_SET.match(s.text)) \
                    and not s.has("value_cue") and not s.has("purchase") and not s.has("conditional") else None
                if listed is None and g.items and sum_value(g.items, ctx.price) is None and (
                        free_price := _price_said_free(s)) is not None and not s.has("conditional"):
                    # (or its price, then the same thing said free for the reader: "It sells for $649, but for you it
                    # is free." -- the selling is the price's, no purchase)
                    listed = free_price
                # (or the worth of the one thing given, no catalogue pricing it, said with its name: "For your records
                # the retail on the X2 is $4,200.")
                own_named = bool(s.products) and sum(g.items.values()) == 1 and not g.later_items \
                    and set(ctx.items_of(s)) <= set(g.items) and sum_value(g.items, ctx.price) is None
                if g.stated_value is None and ((s.has("value_cue") or listed is not None) and (not s.products or own_named)
                                               or restated):
                    v = ctx.stated_value(s) if listed is None else listed
                    if v is None and not g.items and g.per_head is None:
                        v = self._each_of_counted(g, s)  # "... eight of them. They run about $45 apiece.": $360
                    if v is not None:
                        if not g.items and g.per_head in (None, v) and per_head(self.rules, s) == v:
                            # "... to dinner, Acme's treat. It usually comes to about $140 a head.": an amount a
                            # person said after the offer is each one's, as it is in the offer's own sentence
                            g.per_head = v
                        elif _ALSO.search(s.text) and sum_value(g.items, ctx.price):
                            # "I'm also sending six jackets ($40 apiece)": things no catalogue lists, beside the
                            # catalogue's: their value adds to the items' price
                            g.added_value = (g.added_value or 0) + v
                        else:
                            g.stated_value = v
                        g.offer_sents.append(s)
                        return
        if sender is not None and not earlier and self._thanked_for_items(s, m, sender, thread, pos, open_, gifts):
            return
        if sender is not None and not earlier and self._thanked_for_shipment(s, m, sender, thread, pos, open_, gifts):
            return
        if sender is not None and not earlier and self._thanked_for_hosting(s, m, sender, thread, pos, open_, gifts):
            return
        if sender is not None and not earlier and self._hosting_disclosed(s, m, sender, pos, open_, gifts):
            return
        if sender is not None and not earlier and self._hosting_reported(s, m, sender, pos, open_, gifts):
            return
        if sender is not None and not earlier and self._costs_disclosed(s, m, sender, gifts):
            return
        if sender is not None and not earlier and self._request_granted(s, m, sender, thread, pos, open_, gifts):
            return
        if sender is not None and not earlier and self._favour_granted(s, m, sender, thread, pos, open_, gifts):
            return
        # a new offer (or a shipment that states a free gift without an offer in view)
        if sender is None or not (self.gift_like(s) or passed_from) or self.offer_blocked(s):
            return
        if earlier and sender != earlier[-1].giver:
            g = earlier[-1]
            if ctx.side(sender) != ctx.side(g.giver):
                if passed_from is None:
                    return  # the other side of an open offer talking about it
            else:
                known = merge_items(g.items, g.later_items)
                items = ctx.items_of(s)
                if not items or all(known.get(p, 0) >= q for p, q in items.items()):
                    g.evidence.append(s)  # a colleague restating the same gift (a fulfilment notice)
                    return
        if not s.products and passed_from is None:
            # "They're yours, no strings." after the sentence of an offer: more of that offer, whoever it is for
            t = self.carried_from(s)
            sents = ctx.sentences.get(m.id, [])
            before = {x.index for x in sents[max(0, s.index - 2):s.index] if x.paragraph == s.paragraph}
            owner = next((g for g in reversed(same) if any(o.index in before for o in g.offer_sents)), None)
            if owner is not None:
                owner.offer_sents.append(s)
                if owner.per_head is None or ctx.stated_value(s) != owner.per_head:  # (not the amount each one's)
                    owner.stated_value = owner.stated_value or ctx.stated_value(s)  # "... about $900 we won't bill"
                if owner.stated_value is None and sum(owner.items.values()) == 1 and \
                        sum_value(owner.items, ctx.price) is None and not s.has("purchase"):
                    # "I've set up an X seat for you. It's comped for the first year -- normally it runs $1,450/yr.":
                    # the regular price of the one thing no catalogue prices, said with its terms
                    owner.stated_value = list_price(s)
                if owner.stated_value is None and not owner.items and s.has("hosted"):
                    # "We have the suite for the game. Would you like a couple of seats? They run $190 apiece.": the
                    # count the offer's second sentence says, times the price said after it
                    owner.stated_value = self.following_value(s)
                if owner.stated_value is None and owner.per_head is None and owner.split and len(owner.recipients) > 1:
                    # "We'd like to put Olga and Sid through the course. The seats normally run $300 each, but we'll
                    # waive the tuition for both of them.": what each of the pair just named gets
                    owner.per_head = per_head(self.rules, s, each=True)
                if t is not None:
                    owner.items = merge_items(owner.items, self.items_here(s))  # "All four are yours"
                if self.done(s):
                    owner.shipped = owner.shipped or m
                return
        # "Luis, I'm sending you a $150 gift card, and Jenna, a new X for your porch": each addressee named
        # before their share gets what follows their name
        shares = self._vocative_shares(s, m) if passed_from is None and not same else []
        if shares:
            giver = self.on_behalf_of(s, m) or sender
            for pid, a, b in shares:
                part = s.doc[a:b]
                items = {}
                for nid, x, y, _ in s.products:
                    if a <= x < b:
                        q = quantity_before(self.rules, s.doc, x) or quantity_after(s.doc, y) or 1
                        items[nid] = max(items.get(nid, 0), q)
                amounts = parse_money(part.text)
                value = amounts[0][0] if amounts else None
                if not items and value is None:
                    continue
                g = _Gift(giver=giver, recipients=[pid], offer=m, thread_pos=pos, items=items, stated_value=value,
                          offer_sents=[s])
                if self.done(s) or any(self.ships(t) and not t.has("conditional") for t in ctx.sentences.get(m.id, [])):
                    g.shipped = m
                open_.append(g)
                gifts.append(g)
            return
        recipients, split = ([passed_to], False) if passed_from is not None and passed_to else self.recipients_of(s, m, thread)
        recipients = [r for r in recipients if r and r != sender]
        if passed_from is None and s.products and ctx.side(sender) != "vendor" and not s.has("free") and recipients \
                and all(ctx.side(r) == "vendor" or r == ctx.vendor_id for r in recipients):
            # the reader's side sending the vendor's own things to the vendor's side ("The demo X is still here - let me
            # know where you'd like it sent"): a return, not a gift; what the writer says is free ("I'm sending you my old
            # X as a gift, no charge") is given still
            return
        if passed_from is None and s.products and recipients == ctx.addressees(m)[:1] and not (s.has("free") or s.has("give")) \
                and _PRIZE_EVENT.search(s.text):
            # things named, as prizes of an event ("for the raffle", "for the silent auction"), in answer to a donation
            # asked for by someone who signs for an organisation of their own ("President, Elm Falls Rotary"): the
            # organisation that holds the event receives them
            asked = self._donation_asked(s)
            org = self._own_org(asked) if asked is not None and ctx.pid(asked.sender) in recipients else None
            if org:
                recipients = [org]
        if passed_from is None and len(recipients) == 1 and not split:
            recipients = [self._unit_keeps(s, m, recipients[0]) or recipients[0]]
            # "I've got 4 X doing nothing. They're yours for the Harbor Unit guys.": the sentence that makes the things
            # free names who they are for
            if recipients[0] in ctx.addressees(m) and not s.has("free") and self.following_free(s):
                nxt = ctx.sentences[m.id][s.index + 1]
                recipients = [self.org_recipient(nxt, m, thread) or recipients[0]]
            if _PRIZE_EVENT.search(s.text) and ctx.role(recipients[0]) == "other":
                # "I'm sending a dozen X straight to Cora for the raffle": prizes sent to someone outside both sides for
                # an event go to the organisation they belong to, which holds it
                org = self._civilian_org(recipients[0])
                if org is not None:
                    recipients = [org]
        if not recipients and passed_from is None and ctx.side(sender) == "vendor" and ctx.addressees(m) and all(
                ctx.side(p) == "vendor" for p in ctx.addressees(m)):
            # the vendor's own people writing of an official by title: "we sent the deputy a watch", "I comped the
            # director's foursome"
            titled = self._titled_official(s)
            recipients = [titled] if titled else []
        if not recipients:
            return
        items = self.items_here(s)
        if passed_from is None and (counted_in_before := self._counted_before(s, items)) is not None:
            # "I can have a X built for each of the eight officers on your roster. The X retails at $425, but there won't
            # be an invoice for these.": the things the sentence before counted, named again to be priced, and whom
            # that sentence said they are for
            items = self.items_here(counted_in_before)
            was_for, was_split = self.recipients_of(counted_in_before, m, thread)
            if len(recipients) == 1 and not split and recipients[0] in ctx.addressees(m) and len(was_for) == 1 \
                    and not was_split and was_for[0] != sender:
                recipients = was_for
            self._back_sents[id(s)] = counted_in_before
        if passed_from is None and len(recipients) == 1 and not split and self._seats_for_many(s, items):
            # "we've extended all 60 named licences through Q3 at no charge": more places of a service than one reader
            # fills are their organisation's
            recipients = [ctx.org_of_person(recipients[0]) or recipients[0]]
        earned = self.time_earned(s) if passed_from is None else None
        if earned:  # "two free years added to your licence": so many years of the service
            items = {earned[0]: max(1, round(earned[1]))}
        came_to = self._rate_met(s) if s.has("conditional") and len(items) == 1 else None
        if came_to:
            items = {pid: came_to for pid in items}  # "a X for every 5, so three are headed your way": three X
        if passed_from is not None and not items:
            items = merge_items(passed_from.items, passed_from.later_items)  # "I gave them to the Watch"
        items = self._total_after(s, m, items)
        value = ctx.stated_value(s) if (s.products or s.has("value_cue") or s.has("free") or self.priced_given(s)
                                        or self._credit_earned(s) or self.money_given(s)) else None
        if value is not None and id(s) in self._back_sents and self._back_sents[id(s)] is not None and len(items) == 1 \
                and self._one_priced(s, value):
            value = round(value * next(iter(items.values())), 2)  # "The X retails at $425": one of those counted
        if value is None and passed_from is None and not s.products and (lines := self._list_above(s)) and \
                self.carried_from(s) is lines[-1]:
            value = self._list_value(lines)  # the list above, each line priced
        if passed_from is None and value is None and (back := self._amount_named_before(s, m)) is not None:
            # "I've approved a $5,000 grant for the Harbor Unit. The grant comes as equipment: twelve X ...": the
            # things are what the amount said of the same noun just before was, and for whom it was said
            value, prev = back
            unit = self.org_recipient(prev, m, thread)
            if unit is not None and len(recipients) == 1 and recipients[0] in ctx.addressees(m):
                recipients = [unit]
            self._back_sents[id(s)] = prev
        if earned and value is None and earned[1] != round(earned[1]) and ctx.price(earned[0]):
            value = round(float(ctx.price(earned[0]) or 0) * earned[1], 2)  # "three free months": a quarter of a year's price
        # (an amount "each" is one person's too, when no count of things stands before it: "the seats normally run
        # $1,795 each, but we'll waive the tuition for you" is one seat's worth)
        head = per_head(self.rules, s, each=each_value(self.rules, s) is None) if not items else None
        counted_in = s  # the sentence whose "for the six of you" counts the heads the amount is each one's of
        if head is not None and value in (None, head):
            value = None  # the one amount is each person's, not the whole gift's
        elif value is None and not items:
            value = self.following_value(s) or self.preceding_value(s)
            # "... to dinner, Acme's treat. It usually comes to about $140 a head.": an amount a person said in the
            # next sentence is each one's, as it is in the sentence itself
            nxt = [t for t in ctx.sentences.get(m.id, [])[s.index + 1:s.index + 3] if t.paragraph == s.paragraph]
            if value is not None and any(per_head(self.rules, t) == value for t in nxt):
                head, value = value, None
                counted_in = next(t for t in nxt if per_head(self.rules, t) == head)
            if value is None and head is None and s.has("free"):
                head = self._head_after(s)
                if head is not None and nxt:
                    counted_in = nxt[0]  # "... on Acme. Figure about $25 a head for the four of you."
        if head is not None and not split and len(recipients) == 1 and passed_from is None:
            # "Gentlemen, ... about $160 a player", "Sgt. Boyle, Andre - dinner was my treat, $45 a head": an amount a
            # person, to people the greeting speaks to together, is each one's
            group = ctx.greeted_group(m)
            if recipients[0] in group:
                recipients = group
        if same and len(same[-1].recipients) > 1 and same[-1].split and _BOTH_OF_THEM.search(s.text) and not any(
                t.lower_ in {"you", "your", "yours", "yourself"} for t in s.doc):
            recipients = list(same[-1].recipients)  # "... but we'll waive the tuition for both of them": the pair just named
        for g in same:
            if set(g.recipients) == set(recipients):  # a second sentence of the same offer
                if g.stated_value is not None and items and not set(items) & set(g.items) and _ALSO.search(s.text) and (
                        added := value if value is not None else sum_value(items, ctx.price)) is not None:
                    # "The kit lists at $259. I've also set you up with a year of Y ($100).": what is added adds its worth
                    # (its catalogue price when the sentence says none)
                    g.stated_value += added
                g.items = merge_items(g.items, items)
                g.stated_value = g.stated_value or value
                g.per_head = g.per_head or head
                g.offer_sents.append(s)
                if self.done(s):
                    g.shipped = g.shipped or m
                return
        giver = self.on_behalf_of(s, m) or sender
        g = _Gift(giver=giver, recipients=recipients, offer=m, thread_pos=pos, items=items, split=split,
                  stated_value=value, offer_sents=[*filter(None, [self._back_sents.pop(id(s), None)]), s], choice=value is None and head is None and self._alternatives(s),
                  per_head=head, heads=max(self._group_size(s), self._group_size(counted_in)) if head is not None and len(recipients) == 1 and
                  recipients[0] not in ctx.addressees(m) else 1,
                  each_stated=(split or s.has("each_of_you")) and len(recipients) > 1 and value is not None
                  and bool(_AMOUNT_EACH.search(s.text))
                  # "both passes ($900 each)": a total the count of them made, to share out
                  and not any(abs(value - len(recipients) * a) < 0.01 for a, *_ in parse_money(s.text))
                  # "your registration ($895 each) and three nights at the hotel ($229/night)": each one's costs
                  or len(recipients) > 1 and value is not None and costs_each(self.rules, s) == value
                  # "every attendee gets a X ($89 retail)": one thing of that amount for each
                  or len(recipients) > 1 and value is not None and bool(_EVERY_ATTENDEE.search(s.text))
                  # "You're both invited ... We cover your pass ($995) and two nights at the hotel ($240/night)": one
                  # person's own costs (a pass, a room, a fare; not a meal shared), taken on for each reader
                  or len(recipients) > 1 and not split and value is not None and costs_sum(self.rules, s) == value
                  and bool(_YOUR.search(s.text)) and not _SHARED_COST.search(s.text))
        # a shipping notice stating the gift: "Order 12 is out the door ... no charge, approved by Lee"
        if any(self.ships(t) and not t.has("conditional") for t in ctx.sentences.get(m.id, [])):
            g.shipped = m
        if self.done(s):
            g.shipped = m
        if passed_from is not None and passed_to:
            g.received = m  # "handed the X to Hank Lund yesterday": given on, a thing done; the thread's replies
            gifts.append(g)  # still answer the gift that was passed on, as with a third party's thanks
            return
        open_.append(g)
        gifts.append(g)

    # things brought or lent to be shown: "demo units", "the loaners", "a sample kit"
    _SHOWN_THINGS = frozenset({"demo", "demos", "demonstration", "demonstrator", "demonstrators", "loaner", "loaners",
                               "sample", "samples", "showroom"})

    # the giver's side changing the count it offered: "make that 6 not 4", "make it six instead", "six instead of four"
    _RECOUNT = re.compile(r"\bmake\s+(?:that|it)\s+(?P<new>[\w-]+)(?:\s*,?\s*(?:not|instead\s+of|rather\s+than)\s+(?P<old>[\w-]+)|"
                          r"\s+instead\b)|\b(?P<new2>[\w-]+)\s+instead\s+of\s+(?P<old2>[\w-]+)\b"
                          # "Three it is.", "Six it is then": the count the reader asked for, granted
                          r"|^\W*(?P<new3>[\w-]+)\s+it\s+is(?:\s+then)?\s*[.!]*\s*$", re.I)

    def _recount(self, g: _Gift, s: Sentence) -> None:
        """A later sentence of the giver's side that changes the count offered ("Done - make that 6 not 4", "let's
        make it eight instead"): the offer's one item of the old count (or its only item) is given in the new count."""
        m = self._RECOUNT.search(s.text)
        if m is None or not g.items:
            return
        new = number_said(self.rules, m.group("new") or m.group("new2") or m.group("new3"))
        old_w = m.group("old") or m.group("old2")
        old = number_said(self.rules, old_w) if old_w else None
        if not new or old_w and not old:
            return
        hit = [p for p, q in g.items.items() if q == old] if old else list(g.items)
        if len(hit) == 1:
            g.items[hit[0]] = new
            g.evidence.append(s)

    def _loan_of_other(self, g: _Gift, s: Sentence) -> bool:
        """A reply naming the gift's things and then another thing with the loan's words after that one only ("yes we'd
        like the two X and the Y for the trial"), or before the other thing as its modifier only ("the two X and the
        evaluation Y shipped today", "the loaner Y"): the loan is the other thing's, the gift's things are taken up."""
        gift_items = set(merge_items(g.items, g.later_items))
        gift_at = [x for nid, x, _y, *_ in s.products if nid in gift_items]
        other_at = [x for nid, x, _y, *_ in s.products if nid not in gift_items]
        spans = s.spans("loan")
        loans = [sp.start for sp in spans]
        if not gift_at or not other_at or not loans:
            return False
        if all(sp.end in other_at for sp in spans) and not any(sp.end in gift_at for sp in spans):
            return True  # each loan word right before one of the other things names that thing
        first_other = min(o for o in other_at if o > max(gift_at)) if any(o > max(gift_at) for o in other_at) else None
        return first_other is not None and all(a > first_other for a in loans)

    # paperwork that goes back and forth: a form, an application, a waiver, a survey
    _PAPERWORK = re.compile(r"\b(?:forms?|paperwork|applications?|waivers?|questionnaires?|surveys?|W-9s?|W9s?|"
                            r"contracts?|agreements?|signature\s+pages?)\b", re.I)

    def _returns_other(self, g: _Gift, s: Sentence) -> bool:
        """A return or a loan spoken of in reply to a gift is of something else: the sentence names things, none of
        them the gift's, or names none of the gift's while the offer itself said another thing must come back ("keep
        the X; the Y does need to come back to us" ... "the Y went back on Monday")."""
        gift_items = set(merge_items(g.items, g.later_items))
        named = set(self.ctx.items_of(s))
        if named & gift_items:
            return False
        if named:
            return True
        if self._PAPERWORK.search(s.text):
            return True  # "please sign and return the enrolment form": paperwork sent back, not the gift
        if any(t.lower_ in {"it", "them"} for t in s.doc):
            # "... will send you an enrolment form. Complete and return it by Friday.": the pronoun is the paperwork the
            # sentence before names
            sents = self.ctx.sentences.get(s.message.id, [])
            prev = sents[s.index - 1] if s.index > 0 else None
            if prev is not None and not prev.products and self._PAPERWORK.search(prev.text):
                return True
        if gift_items and any(t.lower_ in self._SHOWN_THINGS for t in s.doc):
            # "I'll bring twelve demo units along, they come back with me": things brought to show, not the gift,
            # unless the sentence names the gift's kind of thing
            kinds = {k for pid in gift_items if (n := self.ctx.products.get(pid)) is not None
                     for form in (n.name, *n.aliases) for w in form.split() if (k := kind_of(w.lower()))}
            if not any(kind_of(t.lower_) in kinds for t in s.doc if t.is_alpha):
                return True
        lent = {pid for t in self.ctx.sentences.get(g.offer.id, []) if t.has("loan")
                for pid in self.ctx.items_of(t) if pid not in gift_items}
        return bool(lent) and not any(t.lower_ in {"it", "them", "both", "all", "everything"} for t in s.doc)

    # words that may open what a no is said of ("hold off on the ...") and words that say it is the offer itself
    _DECLINE_LEAD = frozenset({"on", "the", "your", "those", "these", "any", "all", "that", "this", "our", "my"})
    _DECLINE_STOP = frozenset({"for", "until", "till", "because", "as", "since", "but", "so", "if", "while", "at"})
    _DECLINE_ITSELF = frozenset({"it", "them", "this", "that", "these", "those", "both", "all", "one", "ones", "offer",
                                 "offers", "gift", "gifts", "everything", "anything", "items", "things", "donation",
                                 "donations", "kindness", "generosity", "equipment", "units", "unit"})

    def _declines_other(self, g: _Gift, s: Sentence) -> bool:
        """A no in reply to a gift said of another thing than the gift: every refusal of the sentence has an object
        none of whose words is a word of the gift's items' names or of their kind ("please hold off on the software
        activations for now", after two readers were given: the readers stand); not "we'll hold off on the readers",
        "I have to decline the offer", "we're going to hold off"."""
        gift_items = set(merge_items(g.items, g.later_items))
        if not gift_items or not s.spans("decline"):
            return False
        named = set(self.ctx.items_of(s))
        if named:
            return not named & gift_items
        names = {w.lower().rstrip("s") for pid in gift_items if (n := self.ctx.products.get(pid)) is not None
                 for form in (n.name, *n.aliases) for w in form.split()}
        kinds = {k for w in names if (k := kind_of(w))}
        for sp in s.spans("decline"):
            obj: list[str] = []
            for t in s.doc[sp.end:sp.end + 8]:  # "decline the jackets and tablets": things joined by "and" or "or"
                if t.is_punct or t.lower_ in self._DECLINE_STOP:
                    break
                if not obj and t.lower_ in self._DECLINE_LEAD:
                    continue
                obj.append(t.lower_)
            if not obj or any(w in self._DECLINE_ITSELF or w.rstrip("s") in names or kind_of(w) in kinds
                              for w in obj if w):
                return False
        return True

    @staticmethod
    def _alternatives(s: Sentence) -> bool:
        """The sentence offers one of two or more things ("a X or a Y?", "either the X or the Y"): each product
        it names after the first is joined to the one before by "or", not "and"."""
        spans = sorted({(a, b) for _, a, b, *_ in s.products})
        if len({p[0] for p in s.products}) < 2:
            return False
        return all("or" in (words := {t.lower_ for t in s.doc[e:a]}) and "and" not in words
                   for (_, e), (a, _) in zip(spans, spans[1:]))

    def _picked(self, g: _Gift, s: Sentence) -> bool:
        """A reply that names items of the open offer and asks for them ("The Y please!", "Y pls"): accepting those."""
        if not s.products or not any(t.lower_ in ("please", "pls", "plz") for t in s.doc):
            return False
        offered = merge_items(g.items, g.later_items)
        return set(self.ctx.items_of(s)) <= set(offered)

    # (and "it's the lab's now", "the lab should keep the loaner": the unit said to keep them or to own them now)
    _UNIT_KEEPS = re.compile(r"\b(?:the|your)\s+(\w+)(?:['\u2019]s\s+(?:to\s+(?:keep|have|use)\b|now\b)|"
                             r"\s+(?:should|can|may|gets\s+to|get\s+to)\s+keep\b)"
                             # "(a year of support added) to all 6 of the squad's cams": a service on the unit's own things
                             r"|\bto\s+(?:all|each|every)\s+(?:\w+\s+)?of\s+(?:the|your)\s+(\w+)['\u2019]s\s+(?:\w+\s+)?"
                             r"(?:cams?|cameras?|devices?|units?|licen[cs]es?|seats?|kits?|radios?|tablets?|drones?)\b"
                             # "they belong to the unit as long as ...": the unit owns them
                             r"|\b(?:belongs?|belonged)\s+to\s+(?:the|your)\s+(\w+)\b"
                             # "please keep the analyzer in the lab", "keep them at the station": the unit keeps them
                             r"|(?<!n't )(?<!not )\bkeep\s+(?:it|them|(?:the|both|all|those|these)\s+[\w-]+)\s+(?:in|at)\s+"
                             r"(?:the|your)\s+(\w+)\b", re.I)
    # "regard them as a gift to the Harbor Squad", "a gesture of goodwill towards the Harbor Squad": a gift noun (or
    # goodwill) right before the unit's name says who the things are for
    # (and "they stay with the Harbor Squad for the next case": the unit keeps them, as `org_recipient` reads it)
    _UNIT_GIVEN = re.compile(r"(?<!\bnot )(?<!\bno )\b(?:(?:gift|present|donation|goodwill)\s+(?:to|towards?)|"
                             r"(?<!n't )(?<!not )" + _STAYS_WITH + r")\s+(?:the|your)\s+$", re.I)

    # "for you and the other seven investigators in CID", "for you and everyone in Traffic": the reader with the rest of
    # a unit named after them, the whole unit
    _READER_AND_UNIT = re.compile(r"\bfor\s+you\s+and\s+(?:(?:all\s+)?the\s+other|the\s+rest\s+of\s+the|everyone|everybody|"
                                  r"all\s+the\s+others?)\b(?:\s+[\w-]+){0,2}\s+(?:in|of|at|on)\s+(?:the\s+|your\s+)?$", re.I)

    def _unit_keeps(self, s: Sentence, m: Message, reader: str) -> str | None:
        """The offer's sentence, or one of the next two of its paragraph, says the things are a unit's to keep
        ("I'm sending three X to the Harbor Squad, no charge. They're the squad's to keep."): the unit named so
        in the message (or the reader's own unit of that kind) receives, not the reader it was written to."""
        ctx = self.ctx
        if ctx.index_nodes.get(reader) is None or ctx.index_nodes[reader].kind != "person":
            return None
        sents = ctx.sentences.get(m.id, [])
        body = m.body or ""
        # "Would the Harbor Unit want some? No charge.": the unit the offer asks, in the sentence before
        for t in [x for x in sents[max(0, s.index - 1):s.index] if x.paragraph == s.paragraph] + [s]:
            for mn in ctx.mentions_in(t):
                if mn.kind == "division" and mn.node_id and self._UNIT_ASKED.search(
                        " ".join(body[max(t.start, mn.start - 30):mn.start].split()) + " ") and self._UNIT_WANTS.match(
                        body[mn.end:mn.end + 12]):
                    return mn.node_id
        for t in [s, *[x for x in sents[s.index + 1:s.index + 3] if x.paragraph == s.paragraph]]:
            for mn in ctx.mentions_in(t):
                before = " ".join(body[max(t.start, mn.start - 40):mn.start].split())
                if mn.kind == "division" and mn.node_id and (self._UNIT_GIVEN.search(before + " ") or re.search(
                        _KEEP_WITH + r"(?:\s+(?:the|your))?$", before, re.I) or self._READER_AND_UNIT.search(
                        " ".join(body[max(t.start, mn.start - 90):mn.start].split()) + " ")):
                    return mn.node_id
            # "A dozen X left over. Mind if I drop them at the Harbor Unit for the team?": the one unit a sentence of
            # the offer names where it says whose people the things ("them") are for (not "I'll demo it at the Harbor
            # Unit for the team" of nothing given)
            if t is not s and self._FOR_PEOPLE.search(t.text) and self._THEM.search(t.text):
                unit = self._unit_named_in(t)
                if unit:
                    return unit
            for x in self._UNIT_KEEPS.finditer(t.text):
                noun = next(g for g in x.groups() if g).lower()
                if not any(sp.text.lower() == noun for sp in t.spans("unit_words")):
                    continue
                named = [mn.node_id for mn in ctx.mentions(m.id) if mn.kind == "division" and mn.node_id
                         and _same_unit_word((ctx.index_nodes[mn.node_id].name.lower().split() or [""])[-1], noun)]
                if len(set(named)) == 1:
                    return named[0]
                div = ctx.division_of(reader)
                if div and _same_unit_word((ctx.index_nodes[div].name.lower().split() or [""])[-1], noun):
                    return div
            # "consider it our thank-you to the Harbor Squad", "a gift for the Marine Unit": the unit the gift is
            # said to be to, named as the release names it
            for x in self._GIFT_TO.finditer(t.text):
                after = t.text[x.end():]
                units = {mn.node_id for mn in ctx.mentions(m.id) if mn.kind == "division" and mn.node_id
                         and after.startswith(mn.text)}
                if len(units) == 1:
                    return units.pop()
                # "a small way to say thank you to the district", written to a fire chief: the reader's own outside
                # organisation, named by the last word of its name
                org = next((o for a in [*m.to, *m.cc] if ctx.pid(a) == reader and (o := ctx.org_of_address(a))), None)
                word = re.match(r"[a-z]+", after.lower())
                if org and word and (ctx.index_nodes[org].name.lower().split() or [""])[-1] == word.group(0):
                    return org
        return None

    _UNIT_ASKED = re.compile(r"\b(?:would|does|do|could|can|will|might)\s+(?:the|your)\s+$", re.I)
    _UNIT_WANTS = re.compile(r"\s+(?:want|like|use|need|take)\b", re.I)
    _THEM = re.compile(r"\b(?:them|these|those|they|it)\b", re.I)
    _FOR_PEOPLE = re.compile(r"\bfor (?:the|your) (?:whole |entire )?(?:team|crew|squad|shift|unit|guys|folks|people)\b", re.I)
    _GIFT_TO = re.compile(r"\b(?:thank[- ]you|gift|present|donation)\s+(?:to|for)\s+(?:the|your)\s+", re.I)

    def _vocative_shares(self, s: Sentence, m: Message) -> list[tuple[str, int, int]]:
        """(addressee, token start, token end) of each share of a sentence that names two or more of its
        addressees before what each gets ("Luis, ... a gift card, and Jenna, a new X"); [] otherwise."""
        doc = s.doc
        addressees = self.ctx.addressees(m)
        if len(addressees) < 2:
            return []
        marks = []
        for t in doc:
            if not t.is_title or t.i + 1 >= len(doc) or doc[t.i + 1].text != ",":
                continue
            if t.i > 0 and doc[t.i - 1].text not in {",", "and", ";", ":", "-", "–"}:
                continue
            pid = self.ctx.find(t.text, m, ("person",))
            if pid in addressees and pid not in {p for p, _ in marks}:
                marks.append((pid, t.i))
        if len(marks) < 2:
            return []
        out = []
        for k, (pid, i) in enumerate(marks):
            end = marks[k + 1][1] if k + 1 < len(marks) else len(doc)
            out.append((pid, i, end))
        return out

    def _thanked_for_items(self, s, m, sender, thread, pos, open_, gifts) -> bool:
        """The recipient's side says it was given named items, with no offer in view: a thank-you for them
        ("thank you for the two units you dropped off"), items the reader gave ("the one you mailed me
        arrived. So kind!"), a loan it may keep ("we don't have to return the demo unit. Thanks!"), or items
        received from the vendor at no cost ("received 2 units from <vendor> today, no charge"). The gift is
        known from the recipient alone; a purchase, a payment, a loan, an offer or a refusal in the message
        is none."""
        ctx = self.ctx
        if ctx.side(sender) == "vendor":
            return False
        sents = ctx.sentences.get(m.id, [])
        listed = []
        # "FYI <the vendor> sent a box of jackets and caps for the unit": promotional goods or hospitality the vendor
        # gave the speaker's side, told by that side (as `goods_handed_over` reads the vendor's own telling), no
        # catalogue item named, no price said
        promo = not s.products and self._goods_sent_us(s) and self._said_done(s)
        if not s.products and not promo:
            # "Received with thanks:" over a list of the items, one a line
            if not (s.text.rstrip().endswith(":") and s.has("gratitude") and s.has("receive")):
                return False
            listed = [t for t in sents[s.index + 1:s.index + 8] if t.paragraph == s.paragraph and t.products]
            if not listed:
                return False
        if s.has("purchase") or s.has("purchase_use") or self.ordered(m) or any(
                t.has("purchase") or t.has("decline") for t in sents):
            return False
        if any(s.has(label) for label in ("conditional", "hypothetical", "request")):
            return False
        if (s.has("loan") and not s.has("keep")) or any(t.has("loan") and not t.has("keep") for t in sents if t is not s):
            return False
        words = [t.lower_ for t in s.doc]
        if set(words) & {"offer", "offers", "offering", "offered", "proposal", "idea", "quote", "estimate"}:
            return False  # thanks for an offer is no receipt
        grateful = any(t.has("gratitude") for t in sents if t.paragraph == s.paragraph or abs(t.index - s.index) <= 2)
        first_for = next((i for i, w in enumerate(words) if w == "for"), None)
        # (a product that names what went wrong or was done, "thanks for jumping on the X outage", is no item thanked for)
        thanked = bool(s.has("gratitude") and first_for is not None and any(a > first_for for _, a, _, _ in s.products)
                       and any(w in self._THANK_WORDS for w in words)
                       and any(a > first_for and nid in ctx.items_of(s) for nid, a, _, _ in s.products))
        by_reader = (self.given_by_reader(s) or s.has("reader_gift")) and (grateful or s.has("free"))
        kept = s.has("keep") and grateful
        vendor_from = self._from_vendor(s, m)
        took = any(sp.text.lower() in {"accepted", "took"} for sp in s.spans("accept"))  # "I accepted one from <vendor>"
        received = bool(vendor_from and (s.has("receive") or s.has("give") or s.has("ship") or took)
                        and (any(t.has("free") or t.has("keep") for t in sents) or self._speaker_given(s)) and self._said_done(s))
        # a log line: "Received 4 X from <vendor> for the Community Office" (a unit of the writer's side named as
        # whom the things are for, no price, bill or order in the message): a donation logged, free or not said
        for_unit = next((sp for sp in s.spans("unit_words") if doc_words(s, _name_start(s, sp.start) - 2) == ["for", "the"]), None)
        logged = bool(vendor_from and not received and s.has("receive") and for_unit is not None and not parse_money(s.text)
                      and self._said_done(s) and not any(t.has("value_cue") and parse_money(t.text) for t in sents))
        received = received or logged or promo
        if promo:
            vendor_from = ctx.vendor_id
        # "the box with the unit made it to my desk. You shouldn't have!": an arrival thanked as a gift is thanked
        gift_thanked = any(t.has("gift_thanks") or t.has("gift_nouns") or t.has("free") for t in sents
                           if t.paragraph == s.paragraph or abs(t.index - s.index) <= 2)
        # "The three X arrived on Monday. Many thanks for them!": thanks for the things just named, by a pronoun
        arrived = s.has("receive") and (gift_thanked or self._thanks_for_them(self._next_in_paragraph(s)))
        if not (thanked or by_reader or kept or received or arrived or listed):
            return False
        giver: str
        if received and vendor_from:
            giver = vendor_from
            if giver == ctx.vendor_id:
                # "... from <vendor>, which Mr. Lee says we may keep": the vendor's one person the sentence names
                named = {mn.node_id for mn in ctx.mentions_in(s)
                         if mn.kind == "person" and mn.node_id and ctx.side(mn.node_id) == "vendor"}
                if len(named) == 1:
                    giver = named.pop()
        else:
            givers = [p for p in ctx.addressees(m) if ctx.side(p) == "vendor"]
            if len(givers) != 1:
                return False
            giver = givers[0]
        target = None
        for mention in ctx.mentions_in(s):
            if mention.kind in ("division", "organization") and mention.node_id and mention.node_id not in (
                    ctx.vendor_id, ctx.agency_id):
                target = mention.node_id
                break
        items: dict[str, int] = {}
        for t in listed or [s]:
            items = merge_items(items, ctx.items_of(t))
        # "<the vendor> sent four X for the unit", "Lee donated three to the squad": given to a unit of the speaker's
        # side, said with "the" or "our" (not "the department": the agency)
        # ("Lee has given the division two X": the unit as the first object of the verb of giving)
        gives_end = {sp.end for sp in s.spans("give")}
        to_unit = received and any(
            (doc_words(s, _name_start(s, sp.start) - 2) in self._TO_OUR_UNIT
             or (_name_start(s, sp.start) - 1 in gives_end and doc_words(s, _name_start(s, sp.start) - 1, 1) in (["the"], ["our"])))
            and sp.text.lower() not in ("department", "departments")
            # (not "no charge to the division": who does not pay)
            and not _COST_TO.search(" ".join(s.doc[:_name_start(s, sp.start)].text.lower().split()))
            for sp in s.spans("unit_words"))
        if target is None and (logged or received and self._unit_received(s) or promo and for_unit is not None or to_unit):
            # "The division received 10 X from <vendor>, ...": the writer's unit, said as the one that received
            target = ctx.division_of(sender)
        if target is None:
            # "- one X wristwatch received by Inspector Lund from Dr. Vale: $370": a log of another's gift names them
            target = self._received_by(s, m)
        g = _Gift(giver=giver, recipients=[target or sender], offer=m, thread_pos=pos, items=items,
                  offer_sents=[s, *listed], received=m, thanked=True, hosted=promo and not items)
        open_.append(g)
        gifts.append(g)
        return True

    _TO_OUR_UNIT = (["for", "the"], ["to", "the"], ["for", "our"], ["to", "our"])
    # what may follow an official called by title: "sent the deputy a watch", "the director's foursome", "for the chief."
    _AFTER_TITLE = frozenset({"'s", "\u2019s", "a", "an", "two", "three", "four", "some", "his", "her", "their", "to", "for",
                              ",", ".", ";", ":", "!", "and", "with", "on"})

    def _titled_official(self, s: Sentence) -> str | None:
        """The one official of the release whose title is "the <words>" of the sentence ("the deputy" of the one
        Deputy Director, "the director" of the one whose title is Director): the person the vendor's own people
        speak of by title. Two who could be meant: nobody."""
        titles = self._official_titles()
        if not titles:
            return None
        doc = s.doc
        for k, t in enumerate(doc):
            if t.lower_ != "the":
                continue
            for n in (2, 1):
                if k + n >= len(doc) or not all(x.is_alpha and x.is_lower for x in doc[k + 1:k + 1 + n]) or \
                        doc[k + 1 + n].lower_ not in self._AFTER_TITLE:
                    continue
                phrase = " ".join(x.lower_ for x in doc[k + 1:k + 1 + n])
                exact = [pid for pid, title in titles if title == phrase]
                found = exact or [pid for pid, title in titles if title.startswith(phrase + " ")
                                  or title.endswith(" " + phrase)]
                if len(set(found)) == 1:
                    return found[0]
        return None

    def _official_titles(self) -> list[tuple[str, str]]:
        """(person id, title lower-cased) of the people of the buying side whose titles the release prints."""
        if self._titles_memo is None:
            ctx = self.ctx
            self._titles_memo = [(nid, str(n.attrs.get("title")).lower()) for nid, n in ctx.index_nodes.items()
                                 if n.kind == "person" and n.attrs.get("title") and ctx.role(nid) == "officer"]
        return self._titles_memo
    # thanks passed along for someone else: "the Mayor asked me to pass along her thanks", "Lee wanted me to thank you"
    _THANKS_PASSED = re.compile(r"\b(?:asked|wanted|wants|asks)\s+me\s+to\s+(?:(?:pass|send)\s+(?:along|on)\s+|convey\s+|"
                                r"relay\s+|share\s+|send\s+)?(?:(?:her|his|their)\s+(?:thanks|gratitude)|thank\s+you)\b", re.I)
    _RECEIVED_BY = re.compile(r"\b(?:received|accepted|kept)\s+by\s+(?:[A-Z][\w.]*\.?\s+)?$")

    def _received_by(self, s: Sentence, m: Message) -> str | None:
        """The person of the writer's side named after "received by" in a log of gifts ("- a X received by Inspector
        Lund from Dr. Vale"), not the writer."""
        ctx = self.ctx
        body = m.body or ""
        for mention in ctx.mentions_in(s):
            if mention.kind == "person" and mention.node_id and ctx.side(mention.node_id) != "vendor" and \
                    self._RECEIVED_BY.search(body[max(0, mention.start - 40):mention.start]):
                return mention.node_id
        return None

    # what makes a sentence about hospitality no account of hospitality had: a purchase, a refusal, a condition, a maybe,
    # a request (`_thanked_for_hosting`, `_hosting_disclosed`)
    _NOT_HAD = ("purchase", "decline", "conditional", "hypothetical", "request")

    # thanks for hospitality had: "thanks for dinner", "thank you for lunch on Friday", "thanks again for the tickets"
    _THANKS_FOR = re.compile(r"\b(?:thanks|thank\s+you|thx|grateful|cheers)\b(?:\s+(?:again|so\s+much|very\s+much|a\s+lot))?"
                             r"\s+for\s+"
                             # the host's paying said with the thanks: "thanks for picking up lunch", "for covering dinner",
                             # "for treating us to breakfast", "for springing for drinks" (the meal is what was had)
                             r"(?:(?:picking\s+up|covering|springing\s+for|paying\s+for|treating\s+(?:me|us)\s+to|"
                             # "for shouting me lunch", "for shouting us all dinner" (to shout: to pay for another's meal or
                             # drink, as Australians, New Zealanders and Britons say it)
                             r"shouting\s+(?:me|us)(?:\s+all)?)\s+)?"
                             r"(?:the\s+|a\s+|that\s+|last\s+night's\s+|yesterday's\s+)?"
                             # a word of praise or of when before the meal or the seats ("the wonderful dinner", "the
                             # Saturday trip", "Friday's lunch")
                             rf"(?:{_PRAISED_OR_WHEN}\s+){{0,2}}(\w+(?:\s+\w+){{0,2}})", re.I)
    # the second of two things thanked for, said with its article ("thanks for the city tour and the dinner at X"):
    # only in the clause of the thanks, and only a thing with an article of its own
    _THANKS_AND = re.compile(r"^[^.,;:!?]*?\band\s+(?:for\s+)?(?:the|a|that|your)\s+"
                             rf"(?:{_PRAISED_OR_WHEN}\s+){{0,2}}(\w+(?:\s+\w+){{0,2}})", re.I)

    # the paying itself thanked for, the meal or the round left unsaid: "thanks for shouting us at the Crown on Friday"
    _THANKS_FOR_SHOUT = re.compile(r"\b(?:thanks|thank\s+you|thx|grateful|cheers)\b(?:\s+(?:again|so\s+much|very\s+much|a\s+lot))?"
                                   r"\s+for\s+shouting\s+(?:me|us)\b", re.I)

    _HOST_CARD = re.compile(r"^(?:on|to)\s+your\s+(?:credit\s+|company\s+|corporate\s+)?card$", re.I)
    _HAD_CAME_TO = re.compile(r"\b(?:came\s+(?:out\s+)?to|ran\s+(?:you|to))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?\$\s?\d", re.I)

    _WHOLE_GROUP = re.compile(r"\b(?:the\s+(?:whole|entire)\s+\w+|all\s+of\s+us|everyone|everybody)\b", re.I)
    _OWN_SHARE = re.compile(r"\b(?:my|our|his|her|their)\s+(?:half|share|part|portion|cut)\b|\bsplit\s+(?:the|it|that)\b|"
                            r"\b(?:i|we)\s+(?:paid|pay|covered|picked\s+up|got)\b|\bgo(?:ing|ne)?\s+dutch\b|\bmy\s+own\s+way\b",
                            re.I)

    def _thanked_for_hosting(self, s, m, sender, thread, pos, open_, gifts) -> bool:
        """The recipient's side thanks the one vendor person it writes to for hospitality it had ("Thanks for dinner
        at the Anchor on Tuesday.", "Thank you again for the tickets, the kids loved it."): a meal, tickets or an
        outing, which nobody lends and the host pays for. A gift of it (its worth unsaid) from that person to the
        one who thanks; not when the sentence speaks of paying, buying or declining, or asks or supposes."""
        ctx = self.ctx
        if ctx.side(sender) == "vendor" or s.products:
            return False
        # (the words first: the cues below may need the sentence parsed)
        rules = self.rules
        # (or the thing enjoyed, said of what the reader's side brought: "the crew loved the lunch your team brought")
        enjoyed = [x.group(1) for x in self._ENJOYED_BROUGHT.finditer(s.text)]
        if not s.has("gratitude") and not enjoyed:
            return False
        said = [w for x in self._THANKS_FOR.finditer(s.text)
                for w in (x.group(1), *(y.group(1) for y in [self._THANKS_AND.search(s.text[x.start(1):])] if y))]
        said += enjoyed
        if not any(rules.hosted_things is not None and rules.hosted_things.match(w) for w in said) \
                and not self._THANKS_FOR_SHOUT.search(s.text):
            return False
        givers = [p for p in ctx.addressees(m) if ctx.side(p) == "vendor"]
        if len(givers) != 1:
            return False
        # (a charge to the reader's own card, said to the vendor's person, is the host paying: "the round came to $64 on
        # your card")
        def bought(t) -> bool:
            return any(not self._HOST_CARD.search(sp.text) for sp in t.spans("purchase"))
        if any(s.has(label) for label in self._NOT_HAD if label != "purchase") or bought(s):
            return False
        if any(bought(t) or t.has("decline") or self._OWN_SHARE.search(t.text) for t in ctx.sentences.get(m.id, [])):
            return False  # "... I've sent you my half of the bill", "we split it": the writer paid too
        here = {x.id for x in thread}
        if any(g.giver == givers[0] and g.offer.id in here and any(t.has("hosted") for t in g.offer_sents) for g in gifts):
            return False  # the hospitality offered in the thread is a gift already (to whom it was for)
        # "... for the whole task force", "for all of us": the writer's unit had it
        group = any(self._WHOLE_GROUP.search(t.text) for t in ctx.sentences.get(m.id, []) if t.paragraph == s.paragraph)
        had = (ctx.division_of(sender) if group else None) or sender
        passed = self._THANKS_PASSED.search(s.text)
        if passed is not None:
            # "The Mayor asked me to pass along her thanks for the catering": the one who asked had it, not the writer
            # (unless the writer was there: "... asked me to thank you for hosting us")
            asker = next((mn.node_id for mn in ctx.mentions_in(s) if mn.kind == "person" and mn.node_id
                          and mn.end <= s.doc[0].idx + passed.start() and mn.node_id != sender), None)
            if asker is not None:
                had = asker
            elif not {"us", "we", "me", "our"} & {t.lower_ for t in s.doc if t.idx >= s.doc[0].idx + passed.end()}:
                return False
        g = _Gift(giver=givers[0], recipients=[had], offer=m,
                  thread_pos=pos, offer_sents=[s], received=m, thanked=True, hosted=True)
        # "... the round came to $64 on your card": what it came to, said with the thanks, is its worth (one amount,
        # no share or head of it)
        amounts = parse_money(s.text)
        if len(amounts) == 1 and self._HAD_CAME_TO.search(s.text) and not _AMOUNT_EACH.search(s.text) \
                and not per_head(self.rules, s):
            g.stated_value = amounts[0][0]
        open_.append(g)
        gifts.append(g)
        return True

    # hospitality the writer's people enjoyed, brought or laid on by the one written to: "The crew loved the lunch your
    # team brought to the depot", "everyone enjoyed the barbecue you laid on" (the thing, as `_THANKS_FOR` reads it)
    _ENJOYED_BROUGHT = re.compile(r"\b(?:loved|enjoyed|devoured|raved\s+about|appreciated)\s+(?:the|that|those|your)\s+"
                                  r"((?:\w+\s+){0,2}?\w+)\s+(?:you|your\s+(?:team|folks|crew|people|guys|staff))\s+"
                                  r"(?:all\s+)?(?:brought|sent|laid\s+on|put\s+on|hosted|catered|provided|dropped\s+off)\b", re.I)

    # the writer had an outing as somebody's guest ("I played a round at X as the guest of Vera Vendor", "went to the
    # game as a guest of Vera Vendor"): hospitality that person gave, whatever the outing was
    _GUEST_OF = re.compile(r"\bas\s+(?:the\s+|a\s+)?guests?\s+of\b", re.I)
    # the writer saying what they took or were given: "I accepted lunch from X", "X of Acme gave me two tickets"
    _TOOK_FROM = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?:accepted|received|took)\b|\b(?:gave|bought|handed)\s+(?:me|us)\b|"
                            r"\btreated\s+(?:me|us)\b|\btook\s+(?:me|us)\b|"
                            # "X took Sgt. Lee and me to dinner": the writer and the colleagues named with them
                            r"\b(?:took|treated|hosted)\s+(?:[\w.'’-]+\s+){1,4}?and\s+(?:me|us)\b|"
                            # "X left a bottle of wine for me at the front desk", "sent a fruit basket over for us"
                            r"\b(?:gave|sent|brought|left|dropped\s+off)\s+(?:[\w'’-]+\s+){1,8}?(?:over\s+|by\s+)?for\s+(?:me|us)\b|"
                            # "X got me two tickets to the game", "X got us seats"
                            r"\bgot\s+(?:me|us)\b|"
                            # "X mailed me a signed hardback", "X sent us a bottle of port": sent to the writer
                            r"\b(?:sent|mailed|shipped|brought|gifted)\s+(?:me|us)\b|"
                            # "X left a fleece on my desk", "dropped off two mugs in my office": put where only the
                            # writer keeps things
                            r"\b(?:left|dropped(?:\s+off)?)\s+(?:[\w'’-]+\s+){1,8}?(?:on|in|at)\s+(?:my|our)\s+"
                            r"(?:desk|office|mailbox|cubicle|inbox\s+tray|door)\b",
                            re.I)
    # the vendor's person carried a cost of the writer's ("X covered my hotel", "X comped my registration", "X took care
    # of our airfare"): a cost of a trip or a meal, the writer's own
    _COVERED_MINE = re.compile(rf"\b(?:covered|comped|paid\s+for|picked\s+up|took\s+care\s+of|waived)\s+(?:my|our)\s+"
                               rf"(?:[\w'’-]+\s+){{0,2}}?{COSTS}\b", re.I)
    # a unit of the writer's side stood a meal or an outing: "X treated the squad to pizza", "took the whole division to
    # lunch", "X bought the unit lunch" (the unit word is checked against the rules' unit words)
    # ("X bought lunch for the whole squad", "sprang for pizza for our unit": the meal first, then for whom)
    _STOOD_UNIT = re.compile(r"\b(?:(?:took|treated|hosted|bought|fed)\s+|(?:bought|got|paid\s+for|sprang\s+for)\s+"
                             r"(?:[\w'’-]+\s+){1,3}?for\s+)(?:the|our)\s+(?:whole\s+|entire\s+)?([a-z]+)\b", re.I)
    # the one named beside the writer paid for what they had together: "I had lunch with X of Acme, who paid the bill",
    # "... dinner with X - she picked up the check", "he covered it", "X bought me dinner", "paid for our lunch"
    _PAID_FOR_WRITER = re.compile(r"\b(?:who|he|she|they)\s+(?:also\s+|kindly\s+|then\s+|insisted\s+on\s+)?(?:paid|paying|"
                                  r"picked\s+up|picking\s+up|covered|got|grabbed|footed|took\s+care\s+of)\s+(?:for\s+)?"
                                  r"(?:the|my|our|both|us|everything|it|dinner|lunch|breakfast|brunch|drinks|supper)\b|"
                                  # (the paying said alone, its clause ending there: "..., he paid, about $60", "and she paid.")
                                  r"\b(?:he|she|they)\s+(?:also\s+|kindly\s+|insisted\s+and\s+)?(?:paid|covered\s+it|"
                                  r"picked\s+it\s+up|got\s+it)(?=\s*(?:[,.;:!?)\u2013\u2014-]|$))|"
                                  r"\b(?:bought|paid\s+for)\s+(?:me|us|my|our)\b", re.I)
    # the writer paid, their own share or the whole: "I paid my share", "we split the bill", "went dutch"
    _WRITER_PAID = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?:paid|covered|picked\s+up|reimbursed)\b|\bsplit\s+(?:the|it|that)\b|"
                              r"\bgo(?:ing|ne)?\s+dutch\b|\bwent\s+dutch\b|\bmy\s+own\s+way\b|"
                              r"\bpaid\s+(?:for\s+)?(?:my|our)\s+(?:own|share|half|part|portion)\b", re.I)
    # the colleagues the writer names beside themselves as the ones treated ("took Sgt. Lee and me to lunch")
    _AND_ME = re.compile(r"\b(?:took|treated|hosted)\s+((?:[\w.'’-]+\s+){1,4}?)and\s+(?:me|us)\b", re.I)

    def _people_named(self, s: Sentence, m: Message, start: int | None = None, end: int | None = None) -> list[str | None]:
        """The persons the sentence's mentions name (between the text offsets `start` and `end`, when given): a person
        mention, or a capitalised one the entity pass left unresolved, looked up as a person of the release ("from Paul
        Ames of X"); None where the look-up finds nobody."""
        ctx = self.ctx
        return [mn.node_id if mn.kind == "person" else ctx.find(mn.text, m, ("person",))
                for mn in ctx.mentions_in(s) if (start is None or start <= mn.start) and (end is None or mn.end <= end)
                and (mn.kind == "person" or not mn.kind and mn.text[:1].isupper())]

    # the writer took a gift for their unit: "on behalf of the Harbor Unit", "for our whole Fleet Division staff"
    _ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|for)\s+(?:the|our|my)\s+(?:whole\s+|entire\s+)?$", re.I)
    # a journey and a stay a host pays for (`_hosting_disclosed`)
    _TRAVEL_HAD = re.compile(r"\b(?:air\s?fares?|flights?|lodging|hotel|accommodations?|travel|trip)\b", re.I)

    def _hosting_disclosed(self, s, m, sender, pos, open_, gifts) -> bool:
        """The writer tells their own side what one of the vendor's people gave them of hospitality (a gift
        disclosure: "I accepted lunch from Paul Ames of Acme, approximately $40", "Dee Lund of Acme gave me two
        tickets to Friday's game (face value $55 each)"): a gift from that person to the writer, at the amount said;
        not when the sentence buys, declines, asks or supposes, nor when the thread counts that gift already."""
        ctx = self.ctx
        if ctx.side(sender) == "vendor" or s.products or any(ctx.side(ctx.pid(a)) == "vendor" for a in [*m.to, *m.cc]):
            return False
        rx = self.rules.hosted_things
        # hospitality, or anything the sentence itself calls a gift ("... as a holiday gift", "a thank-you present"),
        # or travel it prices ("I accepted from X airfare ($380) and two nights' lodging, about $790 in all"), or a
        # cost of the writer's trip the vendor's person carried ("X covered my hotel")
        if rx is None or not (rx.search(s.text) or s.has("gift_nouns") or ("$" in s.text and self._TRAVEL_HAD.search(s.text))
                              or self._COVERED_MINE.search(s.text) or self._GUEST_OF.search(s.text)):
            return False
        paid = [(x.start(), x.end()) for x in (*self._PAID_FOR_WRITER.finditer(s.text), *self._COVERED_MINE.finditer(s.text))]
        unit_words = {sp.text.lower() for sp in s.spans("unit_words")} - {"department", "departments"}
        stood_unit = [x for x in self._STOOD_UNIT.finditer(s.text) if x.group(1).lower() in unit_words]
        paid += [(x.start(), x.end()) for x in stood_unit]  # ("bought the unit lunch": no sale)
        if not (self._TOOK_FROM.search(s.text) or self._GUEST_OF.search(s.text) or paid) or self._WRITER_PAID.search(s.text):
            return False
        base = s.doc[0].idx if len(s.doc) else 0
        if any(s.has(label) for label in self._NOT_HAD if label not in ("purchase", "decline", "hypothetical")) or any(
                not any(a <= sp.start_char - base < b for a, b in paid) for sp in s.spans("purchase")) or any(
                not self._hedged_amount(sp) for sp in s.spans("hypothetical")):
            return False  # (the paying for the writer is no sale: "who paid the bill", "bought me dinner")
        if any(not self._policy_cited(sp) for sp in s.spans("decline")):
            return False
        givers = {p for p in self._people_named(s, m) if p and ctx.side(p) == "vendor"}
        if not givers:  # (or a capitalised name of two or three words the entity pass did not mark)
            givers = {p for name in _NAME_WORDS.findall(s.text) if (p := ctx.find(name, m, ("person",)))
                      and ctx.side(p) == "vendor"}
        if not givers and ctx.vendor_id and not any(ctx.side(g.giver) == "vendor" and sender in g.recipients
                                                    and not (g.declined or g.withdrawn) for g in gifts):
            # "Acme comped my hotel", "Acme bought lunch for the whole squad": the vendor named as who paid (not when a
            # gift of the vendor's people to the writer is known: what the writer tells is that gift, `_costs_disclosed`)
            starts = [s.doc[0].idx + a for a, _ in paid] if len(s.doc) else []
            if any(0 <= at - s.doc[b - 1].idx - len(s.doc[b - 1].text) <= 8 for _, _, b in self.ctx.vendor_matcher(s.doc)
                   for at in starts):
                givers = {ctx.vendor_id}
        if len(givers) != 1:
            return False
        giver = givers.pop()
        value, told = ctx.stated_value(s) or each_value(self.rules, s), [s]
        if value is None:
            value, nxt = self._disclosed_next(s)
            told += [nxt] if nxt is not None else []
        # "I received, on behalf of the Harbor Unit staff, a basket from X": the unit the writer took it for had it
        units = {mn.node_id for mn in ctx.mentions_in(s) if mn.kind == "division" and mn.node_id
                 and self._ON_BEHALF.search(s.text[:max(0, mn.start - s.start)])}
        had = units.pop() if len(units) == 1 else sender
        if had == sender and stood_unit and not self._TOOK_FROM.search(s.text):
            had = ctx.division_of(sender) or sender  # "treated the squad to dinner": the writer's unit
        known = [g for g in gifts if g.giver == giver and had in g.recipients]
        if known:
            # the gift told of is one the release shows already: the worth the disclosure says is its value, when the
            # thread never said one ("I accepted two tickets ... from X. Face value was $95 each.")
            g = known[-1]
            if value is None or g.declined or g.items or g.stated_value is not None or g.per_head is not None:
                return False
            g.stated_value = value
            g.evidence.extend(told)
            return True
        recipients = [had]
        both = self._AND_ME.search(s.text) if had == sender else None
        if both:
            # "X took Capt. Lee and me to dinner": the colleague named (not of the vendor's side) had it too
            at, end = s.start + both.start(1), s.start + both.end(1)
            named = [mn.node_id for mn in ctx.mentions_in(s) if mn.kind == "person" and at <= mn.start and mn.end <= end]
            # (or a name the entity pass did not mark: "Olga Reyes", "Sgt. Lee")
            named += [ctx.find(n, m, ("person",)) for n in re.findall(r"(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?",
                                                                       both.group(1))]
            for pid in named:
                if pid and ctx.side(pid) != "vendor" and pid not in recipients:
                    recipients.append(pid)
        g = _Gift(giver=giver, recipients=recipients, offer=m, thread_pos=pos, offer_sents=told, received=m,
                  thanked=True, hosted=True, stated_value=value)
        open_.append(g)
        gifts.append(g)
        return True

    # the things given going back to the giver: "return the vest", "returned them", "send them back", "gave it back"
    # (not "returned from leave", "get back to you": the verb's object is the thing, or "back" follows a verb of handing)
    _BACK = re.compile(r"\breturn(?:s|ed|ing)?\s+(?:it|them|both|all|the|these|those|this|that|his|her|their|each)\b|"
                       r"\b(?:send|sending|sent|ship|shipping|shipped|mail|mailing|mailed|give|giving|gave|given|hand|"
                       r"handing|handed|bring|bringing|brought|take|taking|took)\s+(?:[\w'’-]+\s+){0,8}?back\b", re.I)
    _NO_NEED = re.compile(r"\b(?:no\s+need|don['’]?t|do\s+not|doesn['’]?t|needn['’]?t|won['’]?t|can['’]?t|cannot|couldn['’]?t|wouldn['’]?t|not|never|"
                          r"nothing|too)\b[^.;!?]{0,30}$", re.I)

    def _sent_back(self, s: Sentence, m: Message, sender: str, live: list[_Gift]) -> bool:
        """A gift the recipient disclosed to their own side (`_hosting_disclosed`: offer and receipt the same message)
        goes back to the giver: the recipient says so ("I gave them back to her"), or one of their own side tells them
        to ("Please return the vest to Ms. Vendor"), in that message or a later one of the thread. The gift is declined.
        Not when the return is negated ("no need to return them")."""
        ctx = self.ctx
        if ctx.side(sender) == "vendor":
            return False
        back = [x for x in self._BACK.finditer(s.text) if not self._NO_NEED.search(s.text[:x.start()])]
        if not back:
            return False
        to = set(ctx.addressees(m))
        mine = [g for g in live if g.hosted and g.received is not None and g.received is g.offer and s not in g.evidence
                and s not in g.offer_sents and (sender in g.recipients or to & set(g.recipients))]
        if not mine:
            return False
        mine[-1].declined = True
        return True

    @staticmethod
    def _hedged_amount(sp) -> bool:
        """A hedge word of the hypothetical lexicon said of an amount ("maybe $30 for both", "perhaps $200 in all"):
        the worth guessed at, not a giving supposed."""
        doc = sp.doc
        return sp.end - sp.start == 1 and sp.end < len(doc) and (doc[sp.end].text == "$" or doc[sp.end].text.startswith("$")
                                                                 or doc[sp.end].lower_ in {"about", "around", "roughly"})

    _PER_POLICY = frozenset({"per", "under", "pursuant", "according", "accordance", "following", "required", "compliance"})

    @classmethod
    def _policy_cited(cls, sp) -> bool:
        """A policy word of a refusal ("our gift policy") cited as what the writer follows: "Per the department gift
        policy I'm reporting ...", "under our gifts policy, I disclose ...": a disclosure, no refusal."""
        if not sp.text.lower().rstrip("s").endswith("policy") and not sp.text.lower().endswith("policies"):
            return False
        before = [t.lower_ for t in sp.doc[max(0, sp.start - 4):sp.start]]
        return bool(cls._PER_POLICY.intersection(before))

    def _disclosed_next(self, s: Sentence) -> tuple[float | None, Sentence | None]:
        """The worth a gift disclosure says in its next sentence of the paragraph ("I accepted two tickets from X. The
        face value was $95 each.", "... who paid the bill. My share came to $60."): the one amount there, times the
        count of the disclosure's sentence when said to be each one's; (None, None) when that sentence names a
        product, buys, declines, supposes, has the writer paying, or says no single amount."""
        nxt = self._next_in_paragraph(s)
        if nxt is None or nxt.products or "$" not in nxt.text or self._WRITER_PAID.search(nxt.text) or any(
                nxt.has(label) for label in self._NOT_HAD):
            return None, None
        amounts = [v for v, _a, _b in parse_money(nxt.text) if v > 0]
        if len(amounts) != 1 or per_head(self.rules, nxt) is not None:
            return None, None  # (an amount a head is each one's: read as such after the gift is made)
        price, n = each_price(nxt), count_said(self.rules, s)
        if price is not None and n and n > 1:
            return round(price * n, 2), nxt
        return amounts[0], nxt

    # the host's past deed: "took Lt. Ames to lunch", "treated Dee and her husband to dinner", "had Ana out for drinks"
    _STOOD = re.compile(r"\b(?:took|treated|had|hosted)\s+(?P<who>[^;:!?()]{2,60}?)\s+(?:out\s+)?(?:to|for)\s+"
                        r"(?:(?:a|an|the|some|his|her|their|our|an\s+early|a\s+late|a\s+quick|a\s+long)\s+)?", re.I)

    # a named person's meal the writer paid and claims back: "reimburse me for Kim Oduya's dinner", "I expensed Lt. Ames's
    # lunch", "put Dee Lund's dinner on my card"
    _CLAIMED_FOR = re.compile(r"\b(?:reimburse\s+me\s+for|expensed|expensing|put)\s+(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}"
                              r"[A-Z][\w'-]+?)(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}?(?=\w)")

    # hospitality arranged for named people: "the guided hunt for Captain Ames and Sgt. Bell is booked", "I've reserved
    # two tickets for Lt. Ames", "dinner for the Chief and his wife is arranged"
    _FOR_NAMES = re.compile(r"\s+for\s+(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]+"
                            r"(?:\s+and\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]+)?)")
    _BOOKED = re.compile(r"\b(?:booked|reserved|arranged|organi[sz]ed|lined\s+up|set\s+up|comped)\b", re.I)

    # the one who got a thing says what it is worth: "I'd put it at roughly $90", "worth about $60", "valued at $200",
    # "an estimated value of $75"
    _ESTIMATE = re.compile(r"\b(?:(?:I|we)(?:'|\u2019)?d\s+(?:put|value|estimate|guess|price)\s+(?:it|them|that|this|the\s+lot)"
                           r"\s+at|(?:is|are|was|were|it's|it\u2019s)\s+worth|valued\s+at|(?:an?\s+)?estimated\s+(?:value|worth)"
                           r"\s*(?:of|at|:)?|(?:approximate|estimated)\s+value)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|"
                           r"approximately\s+|approx\.?\s+|some\s+|maybe\s+|perhaps\s+)?\$\s?\d", re.I)

    def _value_estimated(self, s: Sentence, m: Message, sender: str, earlier: list[_Gift]) -> bool:
        """Its recipient, later in the thread (a reply, a note forwarded to the gifts register), says what a gift whose
        worth was never said is worth ("Acme's basket arrived this morning ... I'd put it at roughly $90"): that amount
        is the gift's value. Only for the one open gift of the thread to the writer (or the writer's unit) that has no
        value yet, and one amount in the sentence."""
        if "$" not in s.text or self.ctx.side(sender) == "vendor" or not self._ESTIMATE.search(s.text):
            return False
        unit = self.ctx.division_of(sender)
        mine = [g for g in earlier if (sender in g.recipients or (unit and unit in g.recipients)) and g.offer.id != m.id
                and g.stated_value is None and g.per_head is None and not g.items and not g.declined]
        amounts = parse_money(s.text)
        if len(mine) != 1 or len(amounts) != 1 or s.has("decline") or s.has("purchase"):
            return False
        mine[0].stated_value = amounts[0][0]
        mine[0].evidence.append(s)
        return True

    def _hosting_reported(self, s, m, sender, pos, open_, gifts) -> bool:
        """One of the vendor's people tells what they stood someone of the other side ("Took Lt. Ames to lunch after
        the demo ($62, on my card).", "Treated Dee Lund to dinner at the Grange") or what they booked for them ("the
        guided hunt for Captain Ames and Sgt. Bell is booked"): hospitality the writer laid on, a gift from the writer
        to those people, at the amount said here or in the next sentence ("$3,200 for the two of them, all in", shared
        out); not when the sentence buys, declines, asks or supposes, nor when the message counts that gift already."""
        ctx = self.ctx
        if ctx.side(sender) != "vendor" or s.products:
            return False
        rx = self.rules.hosted_things
        if rx is None or not rx.search(s.text):
            return False
        mt = self._STOOD.search(s.text)
        if mt is None or not rx.match(s.text, mt.end()):
            mt = None
        # "please reimburse me for Kim Oduya's dinner", "I expensed Lt. Ames's lunch": the writer paid for a named
        # person's meal and claims it back from their own side
        claimed = self._CLAIMED_FOR.search(s.text) if mt is None else None
        if claimed is not None and rx.match(s.text, claimed.end()) and all(
                ctx.side(p) == "vendor" for p in ctx.addressees(m)):
            mt = claimed
        elif mt is None:
            if self._BOOKED.search(s.text) and not s.text.rstrip().endswith("?"):
                for x in rx.finditer(s.text):
                    mt = self._FOR_NAMES.match(s.text, x.end())
                    if mt:
                        break
            if mt is None:
                return False
        if any(s.has(label) for label in self._NOT_HAD if not (mt is claimed and label == "purchase")):
            return False
        people = self._people_named(s, m, s.start + mt.start("who"), s.start + mt.end("who"))
        if not any(people):
            people = [ctx.find(name, m, ("person",)) for name in _NAME_WORDS.findall(mt.group("who"))]
        guests = list(dict.fromkeys(p for p in people if p and p != sender and ctx.side(p) != "vendor"))
        if not guests or any(g.giver == sender and set(guests) & set(g.recipients) and g.offer.id == m.id for g in gifts):
            return False
        value = ctx.stated_value(s) or each_value(self.rules, s) or self.following_value(s)
        g = _Gift(giver=sender, recipients=guests, offer=m, thread_pos=pos, offer_sents=[s], received=m,
                  thanked=True, hosted=True, stated_value=value)
        open_.append(g)
        gifts.append(g)
        return True

    _MY_COSTS = re.compile(rf"\b(?:paying|paid|pays|covering|covered|covers|picking\s+up|picked\s+up)\s+(?:for\s+)?"
                           rf"(?:all\s+of\s+)?(?:my|our)\s+(?:[\w'’-]+\s+){{0,2}}?{COSTS}\b", re.I)

    # the payer's costs listed on the lines after it: "Acme paid for:", "KeyStep covered the following:"
    _PAID_FOR_LIST = re.compile(r"\b(?:paid|covered|picked\s+up|paying|covering|picking\s+up)(?:\s+for)?"
                                r"(?:\s+the\s+following)?\s*:\s*$", re.I)

    # the writer's own account of what they took, listed on the lines after it: "I wish to report that I received the
    # following from Acme in connection with my talk:", "I accepted the following from Acme:"
    _RECEIVED_LIST = re.compile(r"\b(?:I|we)\s+(?:have\s+)?(?:received|accepted)\s+the\s+following\b[^:;.!?]*:\s*$")

    def _costs_listed(self, s: Sentence) -> float | None:
        """The lines right after a disclosure's "Acme paid for:" ("- registration: $895", "- airfare: $412.60",
        "- hotel, 2 nights at $238/night: $476"): the sum of each line's last amount, when every line has one and one of
        them names a cost of a trip; else None."""
        sents = self.ctx.sentences.get(s.message.id, [])
        lines = []
        for t in sents[s.index + 1:s.index + 9]:
            if not _LIST_LINE.match(t.text):
                break
            lines.append(t)
        amounts = [[v for v, _a, _b in parse_money(t.text) if v > 0] for t in lines]
        if not lines or not all(amounts) or not any(re.search(rf"\b{COSTS}\b", t.text, re.I) for t in lines):
            return None
        return round(sum(a[-1] for a in amounts), 2)

    def _costs_disclosed(self, s: Sentence, m: Message, sender: str, gifts: list[_Gift]) -> bool:
        """The writer tells their own side what the vendor's side pays of their trip ("Acme is paying for my travel to
        the summit: airfare $300 and hotel $400, $700 in all", or "Acme paid for:" and the costs listed under it): the
        worth of the trip's costs the vendor's side took on for the writer earlier (`costs_taken_on`), when that gift had
        none said; and the offer taken up, told to the writer's own side even when no answer to it is in the release."""
        ctx = self.ctx
        listed = "paid" in s.text.lower() or "cover" in s.text.lower() or "pick" in s.text.lower()
        listed = listed and bool(self._PAID_FOR_LIST.search(s.text)) or bool(self._RECEIVED_LIST.search(s.text))
        if ctx.side(sender) == "vendor" or not (listed or self._MY_COSTS.search(s.text)) or any(
                ctx.side(ctx.pid(a)) == "vendor" for a in [*m.to, *m.cc]):
            return False
        if any(s.has(label) for label in self._NOT_HAD if label != "purchase") or not (
                self._vendor_named(s) or any(mn.kind == "person" and ctx.side(mn.node_id) == "vendor"
                                             for mn in ctx.mentions_in(s))):
            return False
        value = self._costs_listed(s) if listed else ctx.stated_value(s)
        # (an offer that priced part of the trip, "your registration ($895) is waived and we'll book your flight", is
        # worth the whole the writer discloses)
        owner = next((g for g in reversed(gifts) if g.recipients == [sender] and ctx.side(g.giver) == "vendor"
                      and (g.stated_value is None or value is not None and value > g.stated_value)
                      and not g.items and g.per_head is None and not (g.declined or g.withdrawn)
                      and any(self.costs_taken_on(t) for t in g.offer_sents)), None)
        if owner is None or value is None:
            return False
        owner.stated_value = value
        owner.evidence.append(s)
        owner.accepted = owner.accepted or m
        return True

    def _vendor_named(self, s: Sentence) -> bool:
        return bool(self.ctx.vendor_id) and any(True for _ in self.ctx.vendor_matcher(s.doc))

    _FOR_THEM = re.compile(r"\b(?:thank|thanks|thx|grateful|cheers)\b[^.?!]{0,20}?\bfor\s+(?:them|these|those|it|both|"
                           r"all\s+of\s+them|the\s+lot)\b", re.I)

    def _thanks_for_them(self, t: Sentence | None) -> bool:
        """A sentence that thanks for the things before it by a pronoun ("Many thanks for them!", "grateful for
        both")."""
        return bool(t is not None and not t.products and t.has("gratitude") and self._FOR_THEM.search(t.text))

    _UNIT_AUX = frozenset({"has", "have", "had", "just", "also", "recently", "finally", "now"})

    @staticmethod
    def _unit_received(s: Sentence) -> bool:
        """The sentence's receiving verb has "the <unit word>" or "our <unit word>" as its subject ("The division
        received ...", "our squad has just received ..."): a unit of the writer's (not "the department": an agency)."""
        rcv = [sp.start for sp in s.spans("receive")]
        if not rcv:
            return False
        first = min(rcv)
        doc = s.doc
        for sp in s.spans("unit_words"):
            if sp.start < 1 or sp.end > first or doc[sp.start - 1].lower_ not in ("the", "our") or \
                    sp.text.lower() in ("department", "departments"):
                continue
            if all(t.lower_ in _GiftReader._UNIT_AUX for t in doc[sp.end:first]):
                return True
        return False

    # the words of thanks before "for <items>", with the short forms quick notes use ("thx for the X")
    _THANK_WORDS = frozenset({"thank", "thanks", "grateful", "appreciate", "cheers", "thx", "thanx", "thnx", "tks",
                              "thankyou", "thankful"})

    def _said_done(self, s: Sentence) -> bool:
        """No question, and no modal or wish before the sentence's first word of giving, receiving or taking
        ("<vendor> wanted to give us two" is no receipt)."""
        if s.text.rstrip().endswith("?"):
            return False
        verbs = [sp.start for label in ("give", "receive", "ship", "accept") for sp in s.spans(label)]
        first = min(verbs, default=len(s.doc))
        doc = s.doc
        wished = any(doc[i].lower_ in self._WISHED and doc[i + 1].lower_ == "to" for i in range(max(0, first - 4), first - 1))
        return not wished and not any(sp.start < first for sp in s.spans("irrealis"))

    _WISHED = {"wanted", "wants", "wished", "wishes", "tried", "tries", "offered", "offers", "hoped", "hopes", "planned",
               "plans", "meant", "intended", "promised", "promises", "asked"}

    # a unit's own celebration or meal, hosted for its people ("the squad's holiday party", "the unit's awards banquet")
    _UNIT_EVENT = frozenset({"party", "parties", "picnic", "cookout", "barbecue", "bbq", "banquet", "luncheon", "dinner",
                             "lunch", "breakfast", "celebration", "gala", "potluck", "awards", "reunion", "social"})

    # a unit word that names one of the unit's gatherings, not the unit ("the command meeting", "a squad briefing")
    _UNIT_GATHERING = frozenset({"meeting", "meetings", "briefing", "briefings", "call", "calls", "session", "sessions",
                                 "conference", "conferences", "hearing", "hearings", "retreat", "offsite", "review"})

    def _goods_sent_us(self, s: Sentence) -> bool:
        """"<the vendor> sent a box of jackets and caps for the unit", "<the vendor> dropped off hoodies for us": the
        vendor, named as the subject of a verb of giving, gave promotional goods or outings (`hosted_things`, not a
        meal) to the speaker's side (us, me, the or our unit) in the rest of the clause; no amount, sale, loan, offer
        or condition said."""
        ctx, rules, doc = self.ctx, self.rules, s.doc
        if not ctx.vendor_id or not s.has("give") or parse_money(s.text) or rules.hosted_things is None:
            return False
        first_give = min(sp.start for sp in s.spans("give"))
        subj = [a for _, a, b in ctx.vendor_matcher(doc) if b <= first_give]
        if not subj or {t.lower_ for t in doc[max(subj):first_give]} & {"i", "we", "said", "says", "told", "that", "if",
                                                                         "will", "'ll", "would", "could", "can", "may"}:
            return False
        if {t.lower_ for t in doc[:max(subj)]} & {"if", "unless", "once", "whether", "when", "whenever", "should"}:
            return False  # "If Acme sends hoodies for the unit, ...": a sending supposed
        rest = doc[first_give:]
        end = next((t.i for t in rest if t.text in {";", "?"} or t.lower_ in {"but", "because", "if", "when"}), len(doc))
        clause = doc[first_give:end]
        words = [t.lower_ for t in clause]
        ours = bool({"us", "me"} & set(words)) or any(
            sp.start >= first_give + 2 and sp.end <= end and doc[sp.start - 1].lower_ in {"the", "our"}
            and doc[sp.start - 2].lower_ in {"for", "to"} and sp.text.lower() not in {"department", "departments"}
            for sp in s.spans("unit_words"))
        if not ours:
            return False
        names = [(x.start(), x.end()) for x in rules.hosted_not_things.finditer(clause.text)] \
            if rules.hosted_not_things is not None else []
        # (the labels a parse may give asked last: most sentences with a verb of giving are ruled out above, and asking
        # parses the message)
        return any(not any(c <= x.start() and x.end() <= d for c, d in names)
                   and not (rules.hosted_meals is not None and rules.hosted_meals.fullmatch(x.group(0)))
                   for x in rules.hosted_things.finditer(clause.text)) and not any(
            s.has(label) for label in ("purchase", "loan", "conditional", "hypothetical", "request", "decline"))

    def _from_vendor(self, s: Sentence, m: Message) -> str | None:
        """"... from <the vendor>" or "... from <one of its people>" in the sentence: who the items came from."""
        ctx = self.ctx
        doc = s.doc
        body = m.body or ""
        for _, a, _ in ctx.vendor_matcher(doc):
            if a > 0 and doc[a - 1].lower_ == "from" and ctx.vendor_id:
                # "Lee from <the vendor> gave me one": the person named, of the vendor's side, is the giver
                for mention in ctx.mentions_in(s):
                    if (mention.kind == "person" and mention.node_id and ctx.side(mention.node_id) == "vendor"
                            and re.match(r"\s+from\s", body[mention.end:mention.end + 8])):
                        return mention.node_id
                # (the name right before "from" read as the release's person where no mention was kept of it)
                j = _name_start(s, a - 1)
                pid = ctx.find(doc[j:a - 1].text, m, ("person",)) if j < a - 1 else None
                return pid if pid and ctx.side(pid) == "vendor" else ctx.vendor_id
        for mention in ctx.mentions_in(s):
            if mention.kind == "person" and mention.node_id and ctx.side(mention.node_id) == "vendor":
                if re.search(r"\bfrom\s+(?:\S+\s+){0,3}$", " ".join((m.body or "")[max(0, mention.start - 40):mention.start].split()) + " "):
                    return mention.node_id
        if self._speaker_given(s):
            # "I was given two X by <one of the vendor's people>": that person gave, to the speaker
            for mention in ctx.mentions_in(s):
                if (mention.kind == "person" and mention.node_id and ctx.side(mention.node_id) == "vendor"
                        and re.search(r"\bby\s+$", body[max(0, mention.start - 6):mention.start])):
                    return mention.node_id
        # "<the vendor> dropped off four units for our squad", "<the vendor> gave us two": the vendor gives, and
        # to the speaker's own side (us, me, our unit): a receipt, not hearsay about others
        if s.has("give") and ctx.vendor_id:
            first_give = min(sp.start for sp in s.spans("give"))

            def ours(words: list[str]) -> bool:
                # "for our squad", "for the precinct" (a unit of the agency, said by its officer)
                return bool({"us", "me"} & set(words)) or any(
                    w in {"our", "my", "the"} and any(sp.start == first_give + i + 1 for sp in s.spans("unit_words"))
                    for i, w in enumerate(words))

            subj = [a for _, a, b in ctx.vendor_matcher(doc) if b <= first_give]
            if subj and not {t.lower_ for t in doc[max(subj):first_give]} & {"i", "we", "said", "says", "told", "that"}:
                if ours([t.lower_ for t in doc[first_give:first_give + 10]]):
                    return ctx.vendor_id
            # "Lee gave me one at the expo", "Lee Park donated three to the squad": one of the vendor's people named
            # as the subject of the giving verb (a word or two between: "has", "kindly"), giving to the speaker's side
            k = first_give
            while k > 0 and first_give - k < 2 and doc[k - 1].lower_ in self._SUBJECT_AUX:
                k -= 1
            j = _name_start(s, k)
            # (told to the writer's own side: to someone outside it, "Vera mailed us two" may be the writer's own
            # giving on, `_pass_on`)
            readers = ctx.addressees(m)
            if j < k and readers and all(ctx.role(p) == ctx.role(ctx.pid(m.sender)) for p in readers) and \
                    ours([t.lower_ for t in doc[first_give:first_give + 10]]):
                pid = ctx.find(doc[j:k].text, m, ("person",))
                if pid and ctx.side(pid) == "vendor":
                    return pid
            # the passive: "three were donated to our unit by <the vendor>", "given to me by <the vendor>"
            agent = [a for _, a, _ in ctx.vendor_matcher(doc) if a > first_give and doc[a - 1].lower_ == "by"]
            aux = {t.lower_ for t in doc[max(0, first_give - 3):first_give]}
            if agent and aux & {"was", "were", "been", "is", "are", "be", "being", "got", "get"} and (ours(
                    [t.lower_ for t in doc[first_give:agent[0]]]) or self._speaker_given(s)):
                return ctx.vendor_id
            # "we are in receipt of six units donated by <the vendor>": the speaker's side received what it gave
            if agent and s.has("receive") and any(sp.end == agent[0] - 1 for sp in s.spans("give")) and (
                    {t.lower_ for t in doc} & {"we", "i", "us", "our", "my", "me"}
                    or any(mn.node_id == ctx.agency_id for mn in ctx.mentions_in(s) if mn.node_id)):
                return ctx.vendor_id
        return None

    _PASSIVE_SUBJECT = frozenset({"i", "we"})
    # what may stand between a giver named as the subject and the verb of giving ("Lee has kindly given ...")
    # ("Lee is giving us two", "Lee's sending me one": the giving under way)
    _SUBJECT_AUX = frozenset({"has", "had", "just", "also", "kindly", "generously", "personally", "already", "recently",
                              "is", "was", "'s", "’s"})

    def _passive_by_other(self, s: Sentence) -> bool:
        """A passive giving verb whose agent, after "by", is a person or an organisation of the release ("the shop
        was given two X by Ana Ruiz"): the one named gave, not the speaker."""
        doc = s.doc
        body = s.message.body or ""
        passive = [sp for sp in s.spans("give")
                   if sp.start > 0 and doc[sp.start - 1].lower_ in {"was", "were", "been", "got", "be", "being", "is", "are"}]
        if not passive:
            return False
        return any(mn.kind in ("person", "organization", "division") and mn.node_id
                   and re.search(r"\bby\s+(?:the\s+)?$", body[max(0, mn.start - 10):mn.start])
                   for mn in self.ctx.mentions_in(s))

    _PARTICIPLES = frozenset({"given", "sent", "donated", "provided", "gifted", "shipped", "delivered", "handed", "presented",
                              "mailed", "offered", "comped"})
    _FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "i've", "we've", "i'm", "we're", "'ve", "'m"})

    def _passive_told(self, s: Sentence) -> bool:
        """One not of the vendor's side tells of a thing "given to" someone, the giver unsaid and the writer nowhere in
        the sentence ("the expense detail lists a $50 coffee card given to Lt. Ebbing"): a giving reported, not the
        writer's own (an officer passing a gift on says "I gave two to the church")."""
        if self.vendor_speaks(s):
            return False
        doc = s.doc
        if any(t.lower_ in self._FIRST_PERSON for t in doc):
            return False
        if any(doc[sp.start].lower_ in self._PARTICIPLES and sp.end < len(doc) and doc[sp.end].lower_ == "to"
               for sp in s.spans("give")):
            return True
        # "all forty units have been delivered on schedule", "the cameras were shipped in March": things handed over in
        # the passive, to no one said and with nothing said free, told by one not of the vendor's side: a record of
        # deliveries (a letter of reference, a contract's history), no giving of the writer's to the reader
        if s.has("free") or any(t.lower_ in ("you", "your", "yours", "y'all") for t in doc):
            return False
        return any(doc[sp.start].lower_ in self._PARTICIPLES and sp.start > 0 and doc[sp.start - 1].lower_ in self._PASSIVE_AUX
                   for sp in s.spans("give"))

    _PASSIVE_AUX = frozenset({"been", "were", "was", "are", "is", "be", "being", "get", "got", "gets"})

    def _speaker_given(self, s: Sentence) -> bool:
        """The speaker is the subject of a passive giving verb ("I was given two X", "we've been sent a box", "I got
        given one"): the speaker received."""
        doc = s.doc
        for sp in s.spans("give"):
            words = [t.lower_ for t in doc[max(0, sp.start - 4):sp.start]]
            if words and words[-1] in {"was", "were", "been", "got"} and self._PASSIVE_SUBJECT & set(words):
                return True
        return False

    def _thanked_for_shipment(self, s, m, sender, thread, pos, open_, gifts) -> bool:
        """A reply that calls what arrived a gift ("Arrived today. What a lovely present, thank you!"), to an
        earlier message of the thread in which the vendor's side sent the reader named items (a plain shipping
        note, no price or bill in it): a gift of those items to the one who thanks."""
        ctx = self.ctx
        if s.products or ctx.side(sender) == "vendor":
            return False
        sents = ctx.sentences.get(m.id, [])
        if not (s.has("gift_nouns") or s.has("free") or s.has("gift_thanks")) or not any(
                t.has("gratitude") or t.has("gift_thanks") for t in sents):
            return False
        if any(t.has("purchase") or t.has("decline") or (t.has("loan") and not t.has("keep")) for t in sents):
            return False
        if set(t.lower_ for t in s.doc) & {"offer", "offers", "offering", "offered"}:
            return False
        for prior in reversed(thread[:pos]):
            giver = ctx.pid(prior.sender)
            if giver is None or ctx.side(giver) != "vendor" or sender not in [ctx.pid(a) for a in [*prior.to, *prior.cc]]:
                continue
            psents = ctx.sentences.get(prior.id, [])
            if self.ordered(prior) or any(t.has("purchase") or t.has("loan") or t.has("conditional") for t in psents):
                return False
            sent_items = [t for t in psents if t.products and (self.ships(t) or self.done(t))]
            if not sent_items and s.has("gift_thanks"):
                # "I'm sending a little box of maple treats for the office, about $65 worth" - "That's so thoughtful,
                # thank you!": a thing the catalogue does not know, sent and worth an amount said, thanked as a gift
                sent = [t for t in psents if (t.has("give") or t.has("ship")) and (self.ships(t) or self.done(t)
                                                                                 or _SENDING_NOW.search(t.text))
                        and not _PAPERS_SENT.search(t.text)]
                worth = next((v for t in psents if (v := ctx.stated_value(t)) is not None), None)
                if sent and worth is not None:
                    g = _Gift(giver=giver, recipients=[sender], offer=prior, thread_pos=pos, offer_sents=sent,
                              evidence=[s], shipped=prior, received=m, stated_value=worth)
                    open_.append(g)
                    gifts.append(g)
                    return True
            if not sent_items:
                return False
            items: dict[str, int] = {}
            for t in sent_items:
                items = merge_items(items, ctx.items_of(t))
            g = _Gift(giver=giver, recipients=[sender], offer=prior, thread_pos=pos, items=items,
                      offer_sents=sent_items, evidence=[s], shipped=prior, received=m)
            open_.append(g)
            gifts.append(g)
            return True
        return False

    def _request_granted(self, s, m, sender, thread, pos, open_, gifts) -> bool:
        """The vendor side answers an earlier request for items with a free shipment ("done, they're
        on the way, nothing to pay"): a gift of the requested items to the one who asked."""
        ctx = self.ctx
        if ctx.side(sender) != "vendor" or s.products or not (s.has("free") or s.has("ship") or self.done(s)
                                                               or s.has("give")):
            return False
        if s.has("purchase"):
            return False
        sents = ctx.sentences.get(m.id, [])
        # the terms in the answer, or in the request itself ("would you be able to donate two?")
        free_here = any(t.has("free") for t in sents)
        if not free_here and not s.has("give"):
            return False
        # "Sure, I'll drop one by tomorrow, don't pay for it": granted but not yet handed over, an open offer
        # that the asker's receipt or thanks confirms; a condition or a maybe grants nothing
        sent_now = any(t.has("ship") or self.done(t) for t in sents)
        if not sent_now and any(t.has(label) for t in sents for label in ("conditional", "hypothetical", "decline", "withdraw")):
            return False
        if not sent_now and any(t.products for t in sents):
            return False  # the answer names its own items ("you need the plan for that ... we'll cover it"): those are offered
        if any(g.offer is m for g in open_):
            return False
        for at in range(pos - 1, -1, -1):
            prior = thread[at]
            asker = ctx.pid(prior.sender)
            if asker is None or ctx.side(asker) == "vendor":
                continue
            # a purchase request answered with "no bill, I'll just send them" is granted as a gift too
            asked = [t for t in ctx.sentences.get(prior.id, []) if t.products and (
                t.has("request") or t.text.rstrip().endswith("?") or t.has("purchase"))]
            if not asked:
                # "Shall I post you a couple of X?" - "Yes please!" - "Done, no charge of course": the giver's question
                # taken up with a plain yes, its things granted by the answer's terms
                asked = self._offer_taken_up(thread, at)
            if not asked:
                return False
            if not free_here and not any(t.has("free") or self._GIFT_ASKED.search(t.text) for t in asked):
                return False
            # "could we get X on a free 30-day trial?" - "Yes, your trial is live, no charge. Log-ins went out": what
            # is granted is a trial (lent), unless the things are said to be kept
            if any(t.has("loan") for t in [*asked, *sents]) and not any(t.has("keep") for t in [*asked, *sents]):
                return False
            items: dict[str, int] = {}
            for t in asked:
                items = merge_items(items, ctx.items_of(t))
            # "what do I owe you for the one you brought to the meeting?" - "nothing, it's on me": handed over already
            sent_now = sent_now or any(self.given_by_reader(t) and not t.has("purchase") for t in asked)
            value = next((v for v in (ctx.stated_value(t) for t in sents if t.has("value_cue")) if v), None)
            # "... no charge. Kindly regard them as a gift to the Harbor Squad": granted to the unit the answer names
            g = _Gift(giver=sender, recipients=[self._unit_keeps(s, m, asker) or asker], offer=m, thread_pos=pos,
                      items=items, stated_value=value, offer_sents=[*asked, s], shipped=m if sent_now else None, accepted=m)
            open_.append(g)
            gifts.append(g)
            return True
        return False

    # a favour of hospitality asked of the vendor's side: "any chance you could get us two seats?", "could your folks
    # spring for lunch?", "would you be willing to cover our entry?", "could you treat the squad to breakfast?"
    _FAVOUR_ASKED = re.compile(r"\b(?:spring\s+for|pick\s+up\s+(?:the|our|my)|cover|get\s+(?:us|me)|treat\s+(?:us|me|the)|"
                               r"spot\s+(?:us|me)|comp)\b", re.I)
    # the vendor's answer saying the favour done: "Done - ...", "You're all set", "Lunch is handled", "it's on us"
    _FAVOUR_DONE = re.compile(r"^\W*(?:done|all\s+set|consider\s+it\s+done|you(?:'re|\u2019re|\s+are)\s+all\s+set)\b|"
                              r"\b(?:is|are|'s|\u2019s)\s+(?:all\s+)?(?:handled|taken\s+care\s+of|on\s+us|on\s+me|our\s+treat|"
                              r"my\s+treat)\b", re.I)

    def _favour_granted(self, s, m, sender, thread, pos, open_, gifts) -> bool:
        """The vendor side answers an officer's request for hospitality ("any chance you could get us a couple of
        seats for Saturday?", "could your folks spring for lunch at the training?") by saying it done ("Done -
        tickets are in your inbox", "Lunch is handled"): a gift from the one who answered to the one who asked; the
        request was the yes, so none need follow. A no, a condition or a maybe in the answer grants nothing, nor
        does an answer to a request for papers (a quote)."""
        ctx = self.ctx
        rx = ctx.rules.hosted_things
        if rx is None or ctx.side(sender) != "vendor" or not self._FAVOUR_DONE.search(s.text) or pos == 0:
            return False
        sents = ctx.sentences.get(m.id, [])
        if any(t.has(label) for t in sents for label in ("conditional", "hypothetical", "decline", "withdraw", "loan")):
            return False
        if any(g.offer is m for g in open_):
            return False
        prior = thread[pos - 1]
        asker = ctx.pid(prior.sender)
        if asker is None or ctx.side(asker) == "vendor" or asker not in {ctx.pid(a) for a in [*m.to, *m.cc]}:
            return False
        asked = [t for t in ctx.sentences.get(prior.id, [])
                 if (t.has("request") or t.text.rstrip().endswith("?")) and self._FAVOUR_ASKED.search(t.text)
                 and not _PAPERS_SENT.search(t.text) and not t.has("purchase") and not t.has("loan")]
        # what was asked for, or what the answer says done, is hospitality ("two seats for Sunday" - "the tickets are in
        # your inbox")
        if not asked or not any(rx.search(t.text) for t in [*asked, *sents]):
            return False
        value = next((v for t in sents if (v := ctx.stated_value(t)) is not None), None)
        g = _Gift(giver=sender, recipients=[asker], offer=m, thread_pos=pos, stated_value=value,
                  offer_sents=[*asked, s], shipped=m, accepted=m)
        open_.append(g)
        gifts.append(g)
        return True

    def _offer_taken_up(self, thread: list[Message], pos: int) -> list[Sentence]:
        """The sentences of the vendor side's question that offered things ("Shall I post you two X?"), when the
        reply at `pos` says yes to it without naming them ("Yes please, that would be lovely")."""
        ctx = self.ctx
        yes = [t for t in ctx.sentences.get(thread[pos].id, []) if t.has("accept")]
        if not yes or any(self._no_yes(t) for t in yes) or pos == 0:
            return []
        before = thread[pos - 1]
        if ctx.side(ctx.pid(before.sender)) != "vendor":
            return []
        return [t for t in ctx.sentences.get(before.id, []) if t.products and self.offer_question(t)]

    # a request that asks for a gift: "could you donate two?", "any chance you could spare a few?"
    _GIFT_ASKED = re.compile(r"\b(?:donat(?:e|ing|ion)|gift(?:ing)?|spare|comp)\b", re.I)

    def _civilian_org(self, pid: str) -> str | None:
        """The organisation (not the vendor or the agency) a person belongs to: their membership when the index
        knows it, else the one their own messages sign for (`_own_org`)."""
        ctx = self.ctx
        org = ctx.division_of(pid)
        if org is None:
            org = next((o for thread in ctx.threads for m in thread if ctx.pid(m.sender) == pid
                        for o in [self._own_org(m)] if o is not None), None)
        if org is None or org in (ctx.vendor_id, ctx.agency_id) or \
                getattr(ctx.index_nodes.get(org), "kind", None) != "organization":
            return None
        return org

    def _own_org(self, m: Message) -> str | None:
        """The organisation (not the vendor or the agency) whose name the message prints last: the writer's own,
        on the signature's organisation line."""
        ctx = self.ctx
        body = ctx.own_text(m)
        best, at = None, -1
        for n in ctx.index_nodes.values():
            if n.kind != "organization" or n.id in (ctx.vendor_id, ctx.agency_id):
                continue
            for f in (n.name, *n.aliases):
                k = body.rfind(f) if len(f) >= 4 else -1
                if k > at and re.match(r"\W|$", body[k + len(f):k + len(f) + 1]) and (k == 0 or not body[k - 1].isalnum()):
                    best, at = n.id, k
        return best

    def _pass_on(self, g: _Gift, s: Sentence, m: Message, thread: list[Message], gifts: list, own_first: bool = False) -> bool:
        """A third party thanks the gift's recipient (an officer) for the items: the recipient passed
        them on, a second gift from the recipient to the third party's group (or to them)."""
        ctx = self.ctx
        to = [ctx.pid(a) for a in m.to]
        givers = [r for r in g.recipients if r in to and ctx.role(r) == "officer"] or [
            p for p in dict.fromkeys(to) if p and ctx.role(p) == "officer" and ctx.division_of(p) in g.recipients]
        if len(givers) != 1 or ctx.side(ctx.pid(m.sender)) == "vendor":
            return False
        officer = givers[0]
        sender = ctx.pid(m.sender)
        if not self._passing_said(g, s, m, thread, officer):
            return False
        target = None
        for mention in ctx.mentions_in(s):
            if mention.kind == "organization" and mention.node_id and mention.node_id not in (ctx.vendor_id, ctx.agency_id):
                target = mention.node_id
                break
        if own_first:  # a thread of its own: the writer's organisation, not one its other words name ("... are now
            # installed at Fernwood Elementary", signed by the school district)
            target = self._own_org(m) or ctx.org_of_address(m.sender) or target
        target = target or ctx.thread_org(thread, m) or ctx.org_of_address(m.sender) or sender
        if not target or target == officer:
            return False
        g.received = g.received or m  # the officer had the items to hand on
        g.evidence.append(s)
        passed = _Gift(giver=officer, recipients=[target], offer=m, thread_pos=g.thread_pos, items=dict(g.items or g.later_items),
                       stated_value=None, offer_sents=[s], received=m)
        gifts.append(passed)
        return True

    def _passing_said(self, g: _Gift, s: Sentence, m: Message, thread: list[Message], officer: str) -> bool:
        """The things are there to be thanked for: the thanks names them, or the officer's last note to the thanker
        before it names them or hands something over. Not thanks for a note that only forwards the offer's thread
        with other news (a referral code, an introduction): "FW: <the offer>" / "Thank you. Yes please, an
        introduction would help" passes nothing on."""
        ctx = self.ctx
        known = set(g.items or {}) | set(g.later_items or {})
        if not known or set(ctx.items_of(s)) & known:
            return True
        sender = ctx.pid(m.sender)
        before = [x for x in thread if x is not m and ctx.pid(x.sender) == officer and (x.sent or "") <= (m.sent or "")
                  and sender in [ctx.pid(a) for a in [*x.to, *x.cc]]]
        if not before:
            return True
        last = max(before, key=lambda x: x.sent or "")
        return any(set(ctx.items_of(t)) & known or t.has("give") or t.has("free") for t in ctx.sentences.get(last.id, []))

    def _another_gift(self, g: _Gift, s: Sentence, m: Message) -> bool:
        """After a gift has shipped, a later free shipment of other items (or of "more", "another",
        "additional" ones) is a gift of its own, not more evidence of the first one."""
        if not g.shipped or g.shipped is m or not self.gift_like(s):
            return False
        items = self.ctx.items_of(s)
        if not items:
            return False
        known = dict(g.items) or dict(g.later_items)
        more = re.search(r"\b(?:more|another|additional|extra|second|again)\b", s.text, re.I)
        if more:
            return True
        if all(pid in items for pid in known) and not s.has("free"):
            # "The two X and the demo Y shipped this morning": the gift's things restated, and beside them a thing
            # named as one brought to be shown, which goes with them but is no second gift (unless made free: "yours to keep")
            shown = {nid for nid, x, _y, *_ in s.products if nid not in known and x > 0
                     and s.doc[x - 1].lower_ in self._SHOWN_THINGS}
            items = {pid: q for pid, q in items.items() if pid not in shown}
        return any(known.get(pid, 0) < q for pid, q in items.items())

    # -- edges -----------------------------------------------------------------------------
    def _offer_readers(self, m: Message) -> list[str]:
        """The people of the other side an offer was written to (its To line, else its Cc line)."""
        ctx = self.ctx
        sender = ctx.pid(m.sender)
        return [p for p in ctx.addressees(m) if ctx.side(p) != ctx.side(sender)]

    def _edges(self, gifts: list[_Gift]) -> list[Edge]:
        ctx = self.ctx
        edges: list[Edge] = []
        accept_ok = bool(self.rules.gift.get("accept_is_enough", True))
        for g in gifts:
            if g.declined or g.withdrawn:
                continue
            confirmed = g.shipped or g.received
            if not confirmed and not (accept_ok and g.accepted):
                continue
            items = dict(g.items) or dict(g.later_items)
            if not g.more_to_follow:
                items.update({pid: q for pid, q in g.ship_items.items() if 0 < q < items.get(pid, 0)})
            if not items and g.stated_value is None and g.ship_value is None and g.per_head is None and not g.hosted and not any(
                    s.has("hosted") and s.has("free") or self.costs_taken_on(s) or self.goods_handed_over(s)
                    or self._accept_these(s) for s in g.offer_sents):
                continue  # (hospitality or promotional goods given have a worth, said or not: "two tickets to the game")
            printed = self._printed_prices(g, items)
            price = self._price_for_time(g, items, printed)
            stated = g.came_to or (g.stated_value if g.stated_value is not None else g.ship_value)
            if stated is not None and printed and items and not g.split and any(
                    abs(stated - v) < 0.005 for v in printed.values()) and (sum_value(items, price) or 0) > stated:
                stated = None  # "ten X ... They retail at $100 each": the amount is one X's price, not the gift's worth
            if stated is not None and items and not g.split and self._card_beside(g, stated):
                stated += sum_value(items, price) or 0  # "a Porch Cam and a $100 gift card": both
            if stated is not None and stated == g.stated_value and items and not g.split:
                # "Three X went out today. I also comped three Y seats -- that's a $1,140 value-add": the amount is said
                # of the things its own sentence names, the others are worth their list price
                stated += sum_value(self._not_in_stated(g, items, stated), price) or 0
            if stated is None and sum_value(items, price) == 0:
                continue  # only things listed at no price (a free public app): nothing of value changed hands
            purpose = self.purpose(g)
            when = (g.shipped or g.received or g.accepted or g.offer).sent or g.offer.sent
            conf = 0.9 if (g.shipped and g.received) else 0.85 if confirmed else 0.6
            status = "received" if g.received else "shipped" if g.shipped else "accepted"
            evidence = []
            seen = set()
            for s in dict.fromkeys([*g.offer_sents, *g.evidence]):
                key = (s.message.id, s.text)
                if key not in seen:
                    seen.add(key)
                    evidence.append(ctx.evidence(s))
            for n, r in enumerate(g.recipients):
                its = {pid: 1 for pid in items} if g.split else items
                computed = sum_value(its, price)
                value: float | None
                if stated is not None:
                    value = stated if g.each_stated else stated / len(g.recipients)
                elif g.per_head is not None and not items:
                    value = g.per_head * g.heads  # "about $175 a player": each player's
                    if g.heads == 1 and len(g.recipients) == 1 and len(self._offer_readers(g.offer)) < 2:
                        # "two seats with your name on them ... They go for $175 a head": the one reader's places, each
                        # priced a head (places offered to several readers together are one each: "Ana, Raj, we have
                        # two open spots ... $150 a head")
                        value = g.per_head * max(self._places_counted(t) for t in g.offer_sents)
                else:
                    value = computed
                if stated is None and g.added_value and computed is not None:
                    value = computed + g.added_value / len(g.recipients)
                attrs = {
                    "items": [{"product": pid, "quantity": q} for pid, q in sorted(its.items())],
                    "value_usd": round(value, 2) if value is not None else None,
                    "value_source": "stated" if stated is not None or g.per_head is not None and not items else (
                        "computed" if computed is not None else None),
                    "purpose": purpose,
                    "date": (when or "")[:10] or None,
                    "offered": (g.offer.sent or "")[:10] or None,
                    "status": status,
                    "devices": sum(its.values()),
                }
                edges.append(Edge(type="GIFT", source=g.giver, target=r, evidence=evidence, confidence=conf,
                                  attrs=attrs, key=make_id("gift", g.giver, r, g.offer.id, n)))
        return edges

    def _not_in_stated(self, g: _Gift, items: dict[str, int], stated: float) -> dict[str, int]:
        """The gift's items that the one sentence stating its amount leaves out, when that sentence names some of
        them and the others are named in sentences of their own; nothing when it names none or all of them."""
        sents = [t for t in dict.fromkeys([*g.offer_sents, *g.evidence]) if self.ctx.stated_value(t) == stated]
        if len(sents) != 1:
            return {}
        named = set(self.ctx.items_of(sents[0]))
        rest = {pid: q for pid, q in items.items() if pid not in named}
        if not named or not rest or not named <= set(items):
            return {}
        return rest

    # a sentence of the things just named, by a pronoun or by their price ("They retail at $100 each.", "Retail on
    # those is $159 apiece.")
    _PRONOUN_OPENS = re.compile(r"^\W*(?:they|they're|these|those|each|both|it|it's|all|retail|list|msrp)\b", re.I)
    # a price the writer calls the usual one ("They normally cost $300 each") is a sales claim, not what they are worth
    _USUAL_PRICE = re.compile(r"\b(?:normally|usually|regularly|typically|ordinarily)\b", re.I)

    @staticmethod
    def _sold_terms(t: Sentence) -> bool:
        """The sentence prices a sale or a condition (a purchase, an "if")."""
        return t.has("purchase") or t.has("conditional")

    def _printed_prices(self, g: _Gift, items: dict[str, int]) -> dict[str, float]:
        """The price the release prints for one of each item of the gift (`printed_unit_prices`), or says of them in
        the sentence after the one naming them ("... ten X for the fair. They retail at $100 each."): what the
        release says a thing is worth, before the catalogue's list price (which may be of another year)."""
        out: dict[str, float] = {}
        if not items:
            return out
        # (the sentences read for the gift, and the rest of its offer: "I have three X set aside for you. They go for
        # $179 apiece. No invoice coming." is read from its last sentence)
        for t in dict.fromkeys([*g.offer_sents, *g.evidence, *self.ctx.sentences.get(g.offer.id, [])]):
            if not t.products or self._sold_terms(t):
                continue  # ("If you order a dozen more, the X are $40 apiece": the price of a sale, not of the gift)
            for pid, v in printed_unit_prices(self.rules, t).items():
                if pid in items:
                    out.setdefault(pid, v)
            named = {nid for nid, *_ in t.products}
            if len(named) == 1 and (pid := next(iter(named))) in items and pid not in out:
                nxt = self._next_in_paragraph(t)
                if nxt is not None and not nxt.products and self._PRONOUN_OPENS.match(nxt.text) and \
                        not self._USUAL_PRICE.search(nxt.text) and not nxt.has("conditional"):
                    each = each_price(nxt)
                    if each is not None:
                        out[pid] = each
        return out

    def _price_for_time(self, g: _Gift, items: dict[str, int], printed: dict[str, float] | None = None):
        """The price of each item for the time it is given: the price the release prints for one (``printed``); a
        service priced by the month given for "a year of X" ("two years of X", "six months of X") is worth its monthly
        price that many times; any other item its list price (a service priced by the year or a thing)."""
        ctx = self.ctx
        printed = printed or {}
        months: dict[str, int] = {}
        for s in g.offer_sents:
            for pid, a, _b, *_ in s.products:
                n = ctx.products.get(pid)
                if pid in items and pid not in months and n is not None and n.attrs.get("unit") == "month":
                    k = months_before(self.rules, s.doc, a)
                    if k:
                        # (the count before the name may already be the years or months said: "two years of X" is
                        # read as two of X, so each is worth a year of it)
                        said = k // 12 if k % 12 == 0 and items[pid] == k // 12 else k if items[pid] == k else 1
                        months[pid] = k // said if said > 1 else k
        if not months and not printed:
            return ctx.price

        def price(pid: str) -> float | None:
            if pid in printed:
                return printed[pid]
            p = ctx.price(pid)
            return p * months[pid] if p is not None and pid in months else p
        return price

    @staticmethod
    def _card_beside(g: _Gift, stated: float) -> bool:
        """The stated amount is only the face of a gift card given in the same sentence as the catalogue things."""
        return any(card_amount(s) == stated for s in dict.fromkeys([*g.offer_sents, *g.evidence]))

    def purpose(self, g: _Gift) -> str:
        ctx = self.ctx
        thread_sents = []
        for m in ctx.messages:
            if m.id == g.offer.id or (m.sent and g.offer.sent and m.sent <= g.offer.sent and
                                      subject_key(m.subject) == subject_key(g.offer.subject)):
                thread_sents.extend(ctx.sentences.get(m.id, []))
        for s in g.evidence:
            if s not in thread_sents:
                thread_sents.append(s)
        has_code = any(s.codes for s in thread_sents)
        has_uses = any(uses_in(s) is not None for s in thread_sents)
        needs_uses = bool(self.rules.gift.get("referral_needs_uses", True))
        if has_code and (has_uses or not needs_uses or any(self.time_earned(s) for s in g.offer_sents)):
            return "referral_reward"
        scores: dict[str, float] = defaultdict(float)
        for s in thread_sents:
            for label, spans in s.cues.items():
                if label.startswith("purpose:") and label != "purpose:referral_reward":
                    scores[label.split(":", 1)[1]] += len(spans) * (2 if s.message.id == g.offer.id else 1)
        giver_role = ctx.role(g.giver)
        if giver_role == "officer" and all(ctx.role(r) not in ("officer", "vendor_employee") for r in g.recipients):
            scores["community"] += 2
        if not scores:
            return "other"
        order = ["investigation", "community", "personal", "other"]
        return max(scores, key=lambda k: (scores[k], -order.index(k) if k in order else -9))
