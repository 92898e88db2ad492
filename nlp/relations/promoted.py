"""PROMOTED edges: an officer endorsing a product (or the vendor) in the first person.

An endorsement is the writer's own: "I recommend the X", "I tell every neighbour to get one",
"we love ours", "the X has been a lifesaver", "everyone on the block should get one", "highly
recommend" with no subject, in a newsletter draft, a meeting recap or a reply to a resident alike.
Read on the dependency parse of the message (lemmas, not lists of inflections), with the lexicon
``nlp/data/endorse.yaml`` (general English: praising, vouching, urging, liking). Not an endorsement:
a question ("would you recommend it?"), a negation or a policy against endorsing ("we can't endorse
products"), someone else's words ("Dana said she loves hers", "residents rave about it"), a
condition ("if you recommended it"), and anything a vendor employee writes (its own marketing).

Without a parser (a blank pipeline) the phrase cues of ``relations.yaml`` (``promoted.endorse``)
decide, as before.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from pathlib import Path

from giftgraph.graph.model import Edge
from giftgraph.ingest.message import make_id

from .context import ThreadContext
from .text import DASH_ATTRIBUTED, QUOTED_PASSAGE, Sentence

__all__ = ["extract_promoted", "load_endorse_lexicon", "endorsement", "endorsed_theme"]

LEXICON = Path(__file__).resolve().parent.parent / "data" / "endorse.yaml"
_FIRST = {"i", "we", "me", "us", "myself", "ourselves"}
# "we try not to appear to endorse", "without seeming to recommend": a negation a few words before
_NEG_ENDORSE = re.compile(r"\b(?:not|n't|never|avoid|avoiding|without|refrain from)\W+(?:\w+\W+){0,3}?"
                          r"(?:endors|recommend|promot|vouch)\w*")
# "I would not hesitate to recommend", "wouldn't hesitate to endorse", "never hesitate to recommend": a negation of
# hesitating, no negation of the endorsing (litotes: the endorsement said strongly)
_NO_HESITATION = re.compile(r"\b(?:not|n't|n’t|never)\W+(?:\w+\W+){0,2}?hesitate\s+(?:\w+\s+){0,3}?to\b", re.I)
_HESITATE = frozenset({"hesitate"})
_DEICTIC = {"this", "that", "which", "what"}
# a maker's people, praised for it: "Acme's support team", "the Acme crew"
_STAFF = frozenset({"team", "staff", "crew", "people", "folks", "support", "reps", "engineers", "techs", "technicians",
                    "trainers", "installers"})
_THINGS = {"it", "they", "them", "this", "these", "those", "that", "one", "ones", "mine", "ours", "system",
           "product", "products", "camera", "cameras", "device", "devices", "company", "thing", "things",
           "app", "service", "program", "setup", "unit", "units", "kit", "gear"}


@functools.lru_cache(maxsize=2)
def load_endorse_lexicon(path: str | None = None) -> dict:
    import yaml

    data = yaml.safe_load(Path(path or LEXICON).read_text(encoding="utf-8")) or {}
    return {k: [str(w).lower() for w in v] for k, v in data.items() if isinstance(v, list)}


def _subject(tok, span=None):
    """The subject of a predicate, climbing through conjuncts and open complements. Within ``span`` when
    given: a message is parsed whole, and a greeting line before the sentence ("Lt.,") may be parsed as
    the subject of its first verb."""
    written = _pronoun_before(tok, span)
    t = tok
    for _ in range(4):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                and (span is None or span.start <= c.i < span.end) and not _vocative(c, t, span)]
        if subj:
            return written if written is not None and t is tok and subj[0].pos_ != "PRON" else subj[0]
        if t is tok and written is not None:
            return written
        if t.dep_ in ("conj", "xcomp", "advcl", "ccomp") and t.head is not t:
            if t.dep_ == "ccomp":
                return None
            t = t.head
            continue
        return None
    return None


# what may stand between a subject pronoun and its verb: a modal or an auxiliary ("I'd", "we will", "I do") and an adverb
_BETWEEN_SUBJECT = frozenset({"'d", "\u2019d", "would", "'ll", "\u2019ll", "will", "can", "could", "do", "did", "also",
                              "really", "highly", "definitely", "def", "strongly", "totally", "honestly", "happily",
                              "gladly", "still", "always", "absolutely", "certainly"})


def _pronoun_before(tok, span=None):
    """A personal pronoun written right before the verb (a modal or an adverb or two between): "... ~2 wks and I'd
    recommend it". Its subject as written, where a parse misled by a name before it ("the Relay Go on ...", "Go" read
    as a verb) hangs the pronoun elsewhere and gives the verb a name for its subject."""
    doc, j = tok.doc, tok.i - 1
    start = span.start if span is not None else tok.sent.start
    for _ in range(3):
        if j < start or doc[j].lower_ not in _BETWEEN_SUBJECT:
            break
        j -= 1
    if j >= start and j < tok.i and doc[j].lower_ in {"i", "we"} and doc[j].pos_ == "PRON":
        return doc[j]
    return None


def _governs(verb, span, at: int) -> bool:
    """The verb of saying is the praise's own: the praise (starting ``at`` characters into ``span``) is said under it
    ("Dana says it works like a charm"), or the parse ties neither to the other. A verb of a clause beside the
    praise ("when the owner asks us who to use, do yourselves a favor and call X") is not."""
    tok = next((t for t in span if t.idx - span.start_char >= at), None)
    if tok is None:
        return True
    if verb in tok.ancestors or verb is tok:
        return True
    # the verb's clause hangs off the praise's own verb (an adverbial or relative clause): someone else speaks there
    return not any(a in verb.ancestors for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX"))


def _vocative(c, verb, span) -> bool:
    """The people written to, named before a comma at the start of an imperative ("All, do yourselves a favor and
    call X", "Team, try the X"), which the parse may take for the verb's subject: no subject of it. Not a personal
    pronoun ("They, of course, ..."), nor before a verb that is no bare imperative ("Dana, who has one, says ...")."""
    start = span.start if span is not None else c.sent.start
    doc = c.doc
    return (c.i == start and c.i + 1 < len(doc) and doc[c.i + 1].text == "," and verb.tag_ == "VB"
            and c.lower_ not in {"i", "we", "he", "she", "they", "it", "you", "u"} and not list(c.children))


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det") for c in tok.children)


# the prepositions of the tool one does a piece of work with: "do their reviews in it", "run the canvass with the X"
_WORKED_WITH = frozenset({"with", "in", "on", "through", "using", "via"})
# the prepositions of where or for whom one would get a thing, or what one would set it against
_EVERY_PLACE = frozenset({"on", "in", "into", "at", "for", "across", "against"})


def _every(tok) -> bool:
    """A noun said of every one of its kind: "every alley", "each officer", "any service", "all our cars"."""
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("every", "each", "any", "all") for c in tok.children)


def _hyphened(tok, span) -> str:
    """The hyphenated word that ends with ``tok``, as written ("no-brainer", "best-in-class": the parse splits it at
    each hyphen), else the token's own lower-case text."""
    doc, j = tok.doc, tok.i
    while j > span.start and not doc[j - 1].whitespace_ and (doc[j - 1].text in ("-", "\u2010") or doc[j].text in ("-", "\u2010")):
        j -= 1
    return doc[j:tok.i + 1].text.lower() if j < tok.i else tok.lower_


def _first_person(subj) -> bool:
    """The writer, alone or with others said beside them: "I", "we", "my wife and I", "the kids and I"; or as a
    formal letter names its writer: "the undersigned", "this office", "our department"."""
    return subj is not None and (subj.lower_ in _FIRST or any(c.dep_ == "conj" and c.lower_ in ("i", "we")
                                                               for c in subj.children) or _formal_self(subj))


# the bodies a formal letter speaks as ("this office recommends", "our department has found"): the writer's own
_SELF_BODIES = frozenset({"office", "department", "agency", "division", "unit", "bureau", "command", "section",
                          "commission", "board"})


def _formal_self(tok) -> bool:
    """The writer as a formal letter names them: "the undersigned", "this office", "our department"."""
    if tok.lower_ == "undersigned":
        return any(c.lower_ == "the" for c in tok.children) or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"
    return tok.lower_ in _SELF_BODIES and any(c.dep_ in ("det", "poss") and c.lower_ in ("this", "our", "my")
                                              for c in tok.children)


# a recommendation said in the passive with the writer's strength or as the writer's body ("X is recommended without
# reservation", "X is highly recommended by this department"), not what others say ("comes highly recommended",
# "is recommended by the manufacturer", "is recommended for outdoor use")
_STRONG = frozenset({"highly", "strongly", "warmly", "wholeheartedly", "heartily", "unreservedly", "fully"})
_WITHOUT = frozenset({"reservation", "reservations", "hesitation", "qualification", "qualifications", "reserve"})


def _passive_recommended(tok):
    """The thing recommended when ``tok`` is "recommended" said so by the writer in the passive; else None."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    thing = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if thing is None:
        return None
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return thing if agent.lower_ in ("me", "us") or _formal_self(agent) else None
    strong = any(c.lower_ in _STRONG for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "without" and any(g.lower_ in _WITHOUT for g in c.children) for c in tok.children)
    return thing if strong else None


def _in_condition(tok) -> bool:
    t = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
        if t.head is t:
            return False
        t = t.head
    return False


_COUNTERFACTUAL = {"would", "'d", "could", "might"}


def _not_made(tok, lex) -> bool:
    """A recommendation the writer would have made ("I would have recommended it, but ..."), or has stopped
    making ("I stopped suggesting it", "I no longer recommend it", "I used to recommend it")."""
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if tok.tag_ == "VBN" and "have" in auxes and auxes & _COUNTERFACTUAL:
        return True
    if tok.dep_ in ("xcomp", "ccomp", "pcomp") and tok.head.lemma_.lower() in set(lex.get("cease_verbs", [])):
        return True
    if tok.dep_ == "xcomp" and tok.head.lower_ == "used" and tok.head.tag_ == "VBD" and not any(
            c.lower_ == "still" for c in tok.sent):
        return True  # "I used to recommend it to everyone": a habit of the past (not "... and I still do")
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)


def _reported(tok, lex, span=None) -> bool:
    """Under a verb of saying or thinking whose subject is not the writer ("Dana said she ..."), within
    ``span`` when given."""
    speech = set(lex.get("speech_verbs", []))
    t = tok
    for _ in range(6):
        if t.head is t or span is not None and not span.start <= t.head.i < span.end:
            return False
        if t.dep_ == "conj" and _first_person(next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)):
            return False  # "Tell the kids to lock up, and I'd recommend X": a clause of the writer's own, coordinated
        if t.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") and t.head.lemma_.lower() in speech:
            a, b = sorted((t.i, t.head.i))
            if any(x.text == ";" for x in t.doc[a:b]):
                return False  # "I recommend it; it hears what you can't": a clause of its own, misattached
            if t.head.dep_ == "relcl" and t.i > t.head.i and any(x.text == ":" for x in t.doc[a:b]):
                return False  # "For the folks who asked: I recommend X": the askers describe whom it is for
            s = _subject(t.head, span)
            if s is None and _dropped_i(t.head, span):
                pass  # "Told the room it is the best": a note's own "I" left out, the writer's words
            elif s is None and _passed_on(t.head):
                pass  # "Tell your members: the X is great": the writer's own words, for the reader to pass on
            elif s is None or not _first_person(s):
                return True
        t = t.head
    return False


def _dropped_i(verb, span) -> bool:
    """A verb of telling in the past, with no subject, opening the sentence and told to someone not the writer
    ("Told the board ...", "Told every chief there ..."): a terse note's "I told", not someone else's saying
    ("Told me it's great" is someone telling the writer)."""
    return (span is not None and verb.i == span.start and verb.tag_ == "VBD" and verb.dep_ == "ROOT"
            and any(c.dep_ in ("dobj", "dative", "iobj") and c.lower_ not in ("me", "us", "myself", "ourselves")
                    for c in verb.children))


def _passed_on(verb) -> bool:
    """An imperative verb of telling that asks the reader to pass the writer's words on to others ("Tell your
    members: ...", "Please tell the board the X works"): the base form as the sentence's root, no subject or
    auxiliary ("Could you tell ...?"), told to someone who is not the writer ("tell me ..." asks the reader's
    words)."""
    return (verb.lemma_.lower() in ("tell", "share") and verb.tag_ == "VB" and verb.dep_ == "ROOT"
            and not any(c.dep_ in ("nsubj", "aux", "neg") for c in verb.children)
            and not any(c.dep_ in ("dobj", "dative", "iobj") and c.lower_ in ("me", "us") for c in verb.children))


def _other_speaker(tok, top, lex, span) -> bool:
    """Between ``tok`` and the verb ``top`` above it, a verb of saying whose subject is someone else ("(she told
    me...) and she says everybody should get one"): the words are that speaker's."""
    speech = set(lex.get("speech_verbs", []))
    t = tok
    for _ in range(6):
        h = t.head
        if h is t or h is top:
            return False
        if h.lemma_.lower() in speech:
            s = _subject(h, span)
            if s is not None and not _first_person(s) and s.tag_ not in ("WP", "WDT"):  # not "every resident who asks"
                return True
        t = h
    return False


_NONE = object()  # an endorsement whose theme the parse does not show


def endorsement(span, lex: dict | None = None) -> bool:
    """Whether a parsed span (a sentence) is the writer's own endorsement of something."""
    return endorsed_theme(span, lex) is not None


def _object(tok):
    """What a verb is about: its direct object, else the object of its first preposition."""
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "attr", "oprd"):
            return c
    for c in tok.children:
        if c.dep_ in ("prep", "agent"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


# how the parse attaches a sentence's main verb after a lead-in ("Honestly, get it", "My advice: get it")
_OPENING = ("ROOT", "acl", "appos", "parataxis")


def _lead_in(before) -> bool:
    """A few words before a colon or a comma that open a sentence and say nothing themselves ("Short answer:",
    "Honestly,", "Bottom line -"): no verb among them."""
    return 1 <= len(before) <= 4 and before[-1].text in (":", ",", "-", "\u2013", "\u2014") and \
        all(t.pos_ in ("ADV", "INTJ", "ADJ", "NOUN", "PUNCT") or t.tag_ in ("PRP$", "CD") for t in before)


def endorsed_theme(span, lex: dict | None = None, names: frozenset = frozenset()):
    """The token the writer endorses in a parsed span (the object recommended, the subject
    praised), ``_NONE`` when the sentence endorses something the parse does not point at, or None
    when it is no endorsement of the writer's. ``names``: lower-case names of the products and the
    vendor (a subject so named is a thing, whatever its case: "ring has been the best tool")."""
    lex = lex or load_endorse_lexicon()
    text = span.text.lower()
    if text.rstrip().endswith("?") or _DOUBT_OPENING.match(text):
        return None
    if _RECOMMENDED_FRAGMENT.match(text):
        return _NONE  # "Highly recommended.": the thing named just before
    if _phrase_rx(tuple(lex.get("not_endorse", []))).search(text) or _NEG_ENDORSE.search(_NO_HESITATION.sub(" ", text)) or \
            _phrase_rx(tuple(lex.get("taken_back", []))).search(text):
        return None
    suasion, tell, acquire = set(lex["suasion_verbs"]), set(lex["tell_verbs"]), set(lex["acquire_verbs"])
    liking, evaluative, exper = set(lex["liking_verbs"]), set(lex["evaluative"]), set(lex["experiencer"])
    advice_subj, advice_modals = set(lex["advice_subjects"]), set(lex["advice_modals"])
    guide = set(lex.get("guide_verbs", []))
    guided = (advice_subj - {"you", "y'all", "all"}) | {"them"}
    enough = any(t.lower_ == "enough" for t in span)
    found = lambda t: t if t is not None else _NONE  # noqa: E731
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") and lemma not in suasion:
            continue
        if _in_condition(tok) or _reported(tok, lex, span) or _not_made(tok, lex):
            continue
        if tok.dep_ in ("csubj", "csubjpass") and (lemma in suasion or lemma in tell):
            continue  # "telling people to buy them is not (allowed)": an activity talked about, not the writer's act
        neg = _negated(tok) or any(_negated(h) for h in (tok.head,) if tok.dep_ in ("xcomp", "acomp", "attr")
                                   and h.lemma_.lower() not in _HESITATE)
        if neg and not enough:
            continue
        subj = _subject(tok, span)
        if subj is None and lemma in suasion and tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and \
                tok.head.dep_ in ("acomp", "ROOT") and not _negated(tok.head) and not _negated(tok.head.head):
            # "I'm happy to vouch for X", "I'd be glad to recommend them": willing, and saying so, is vouching
            subj = _subject(tok.head if tok.head.dep_ == "ROOT" else tok.head.head, span)
            if not _first_person(subj):
                continue
        # "I've been singing Acme's praises to every chief": the praises sung are the possessor's
        if tok.lower_ == "praises" and tok.head.lemma_.lower() == "sing" and not _negated(tok.head) and \
                (_subject(tok.head, span) is None or _first_person(_subject(tok.head, span))):
            return found(next((c for c in tok.children if c.dep_ == "poss"), None))
        # "X is recommended without reservation", "X is highly recommended by this department"
        if lemma == "recommend" and tok.pos_ == "VERB" and (passive := _passive_recommended(tok)) is not None:
            return passive
        # "I recommend", "I'd suggest", "highly recommend" (no subject), "we've been pushing it"
        if lemma in suasion and tok.pos_ == "VERB":
            # no subject: "highly recommend X", "would recommend it" (not "thanks for recommending X")
            if _first_person(subj) or subj is None and tok.tag_ != "VBN" and tok.dep_ in ("ROOT", "conj") and \
                    not any(a.lemma_.lower() == "thank" for a in tok.ancestors):
                obj = _object(tok)
                if obj is not None and obj.lemma_.lower() in acquire | {"-PRON-"} and obj.pos_ == "VERB":
                    obj = _object(obj)
                xcomp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
                if obj is not None and xcomp is not None and (obj.lower_ in advice_subj | _PEOPLE or _every(obj)):
                    # "I urge every family to look into getting one": the people urged are the verb's object, the
                    # thing is what the verb of getting they are urged to takes (through "consider", "look into");
                    # (people of any kind said with "every", "each", "all": "I'd urge every detective to ...")
                    act = xcomp
                    while act is not None and act.lemma_.lower() in acquire and _object(act) is None:
                        act = next((c for c in act.children if c.dep_ in ("xcomp", "pcomp")
                                    or c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)), None)
                        if act is not None and act.dep_ == "prep":
                            act = next(g for g in act.children if g.dep_ == "pcomp")
                    if act is not None and act.lemma_.lower() in acquire and _object(act) is not None:
                        obj = _object(act)
                    # "I'd encourage every analyst to do their reviews in it", "I urge all units to file through the
                    # X": the people urged to do their own work with the thing (it, or a thing named)
                    # (the parse may hang the tool on the work's noun: "do [their reviews in it]")
                    work = [xcomp, *(c for c in xcomp.children if c.dep_ in ("dobj", "obj"))] if xcomp.pos_ == "VERB" else []
                    tool = next((g for w in work for c in w.children if c.dep_ == "prep" and c.lower_ in _WORKED_WITH
                                 for g in c.children if g.dep_ == "pobj" and (g.lower_ in ("it", "them") or
                                                                              _thing(g, names) and g.lower_ not in _THINGS)),
                                None)
                    if tool is not None:
                        obj = tool
                if obj is None and xcomp is not None and xcomp.pos_ == "VERB" and (
                        xcomp.lemma_.lower() not in acquire
                        or xcomp.lemma_.lower() == "check" and not any(c.lower_ == "out" for c in xcomp.children)):
                    continue  # "I'd recommend talking to counsel first", "checking with legal": an action advised
                return found(obj if obj is not None else (_object(xcomp) if xcomp is not None else None))
        # "I'd put one on every alley", "I would buy one for each officer", "I'd put it up against any system": what the
        # writer would get for every place or person, or set against any rival; "I'd put every one of our instructors
        # through it": what the writer would send everyone through
        if lemma in acquire and tok.pos_ == "VERB" and _first_person(subj) and \
                any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children):
            obj = _object(tok)
            toward = [c for c in tok.children if c.dep_ == "prep"]
            if obj is not None and obj.lower_ not in _PEOPLE and any(
                    p.lower_ in _EVERY_PLACE and any(g.dep_ == "pobj" and (_every(g) or p.lower_ == "against" and g.lower_ in (
                        "anything", "anyone", "anybody", "everything", "everyone")) for g in p.children) for p in toward):
                return found(obj)
            if obj is not None and _every(obj):
                through = next((g for p in toward if p.lower_ == "through" for g in p.children if g.dep_ == "pobj"), None)
                if through is not None and (through.lower_ in ("it", "them") or _thing(through, names)):
                    return found(through)
        # "I tell every neighbour to get one", "I talked my sister into buying one"
        if lemma in tell and (subj is None or _first_person(subj)):
            # a gerund after a preposition only as "into" ("talked her into buying"), not "talk about buying"
            got = next((c for c in tok.subtree if c is not tok and c.lemma_.lower() in acquire
                        and (c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "pcomp" and c.head.lower_ == "into")
                        and not _other_speaker(c, tok, lex, span)),
                       None)
            if got is not None:
                return found(_object(got))
        # "I always point residents to X", "I steer folks toward the X": people guided to the thing
        if lemma in guide and tok.pos_ == "VERB" and (subj is None or _first_person(subj)):
            who = next((c for c in tok.children if c.dep_ == "dobj"), None)
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards")), None)
            if who is not None and who.lower_ in guided and to is not None:
                thing = next((g for g in to.children if g.dep_ == "pobj"), None)
                if thing is not None and _thing(thing, names) and thing.lower_ not in _THINGS:
                    return thing
        # "the X is the one I'd buy": the writer's pick, said as what they would get
        # ("the X is the one to buy": the pick said for anyone, an infinitive with no subject of its own)
        to_buy = _subject(tok, span) is None and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            not any(c.dep_ == "neg" for c in tok.children)
        # ("the one I'd go for": a pick said with "go for")
        go_for = lemma == "go" and any(c.lower_ == "for" for c in tok.children)
        if tok.dep_ in ("relcl", "acl") and (lemma in acquire | {"choose", "pick", "spend"} or lemma in suasion or go_for) and \
                (to_buy or _first_person(_subject(tok, span))) and tok.head.lower_ in ("one", "ones") and \
                (to_buy or lemma in suasion or any(c.dep_ == "aux" and c.lower_ in ("'d", "would", "'ll", "will") for c in tok.children)):
            be = tok.head.head
            if tok.head.dep_ == "attr" and be.lemma_ == "be" and not _negated(be):
                thing = next((c for c in be.children if c.dep_ == "nsubj"), None)
                if thing is not None and _thing(thing, names):
                    return thing
        # "I'd pick it over the no-name ones any day", "I would take the X over any other": the writer's choice said
        # against others (a stated preference, under "would"; "we picked X over Y for the lot" tells a purchase)
        if lemma in set(lex.get("preference_verbs", [])) and tok.pos_ == "VERB" and _first_person(subj) and \
                any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children) and \
                any(c.dep_ == "prep" and c.lower_ == "over" for c in tok.children):
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None and (_thing(obj, names) or obj.lower_ in ("it", "them", "one", "these", "those")):
                return obj
        # "I'd go with X", "I would go for the X", "I'd stick with X": the writer's pick, said as what they would choose
        # (not "we'd go with X if the budget allowed": a group's purchase, on a condition said after it)
        if lemma in ("go", "stick") and tok.pos_ == "VERB" and subj is not None and subj.lower_ == "i" and \
                not _negated(tok) and any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in tok.children) and \
                not any(c.dep_ == "advcl" and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ in ("if", "unless", "once")
                                                                for g in c.children) for c in tok.children):
            preps = ("with", "for") if lemma == "go" else ("with",)
            thing = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                          if g.dep_ == "pobj" and _thing(g, names) and g.lower_ not in _THINGS), None)
            if thing is not None:
                return thing
        # "I love mine", "we trust them", "I swear by it" (not "I appreciate the offer": thanks)
        if lemma in liking and _first_person(subj) and not any(c.dep_ == "xcomp" for c in tok.children):
            if lemma not in ("swear", "rely", "depend") or any(c.lower_ in ("by", "on") for c in tok.children):
                obj = _object(tok)
                if obj is not None and obj.lower_ == "it" and obj.i + 1 < len(obj.doc) and \
                        obj.doc[obj.i + 1].lower_ == "if" and any(
                            t.lower_ in _ASKING_MODALS for t in obj.doc[obj.i + 2:obj.i + 8]):
                    # "I would appreciate it if X could confirm", "I'd love it if you would call": a request (not "I'd
                    # love it if every house had one")
                    continue
                if obj is None or obj.lemma_.lower() not in lex.get("gratitude_objects", ()):  # (rarely asked: no set)
                    return found(obj)
        # "I'd buy the X again in a heartbeat", "Would get the X again": the writer would make the same choice again
        # (not "I wouldn't buy it again", "I'd buy it again if the price came down")
        # (the writer's own: "I", not "we would order two again next year", a purchase planned)
        if lemma in ("buy", "get", "purchase", "choose", "pick", "take") and tok.pos_ == "VERB" and \
                (subj is not None and subj.lower_ == "i" or subj is None and span[0].lower_ == "would") and \
                any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "\u2019d") for c in tok.children) and \
                any(c.lower_ == "again" for c in tok.children) and not _negated(tok) and \
                not any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless", "once")
                                                  for g in c.children) for c in tok.children):
            obj = _object(tok)
            if obj is not None and obj.lower_ not in _PEOPLE:
                return found(obj)
        # "everyone should get one", "you need a X"
        if lemma in acquire or lemma == "need" and tok.pos_ == "VERB":
            # "you ought to get a X": the modal is the head the verb hangs from
            ought = tok.dep_ == "xcomp" and tok.head.lower_ == "ought" and not _negated(tok.head)
            if ought and subj is None:
                subj = _subject(tok.head, span)
            # (and "you guys should get it", "you folks need one": a noun the "you" is said with)
            if subj is not None and (subj.lower_ in advice_subj or subj.pos_ == "NOUN" and any(
                    c.lower_ in ("you", "y'all") and c.i < subj.i for c in subj.children)) and \
                    (any(c.lower_ in advice_modals for c in tok.children) or lemma == "need" or ought):
                return found(_object(tok))
            if subj is None and tok.dep_ == "ROOT" and tok.i == span.start and tok.tag_ == "VB":
                obj = _object(tok)
                if obj is not None and obj.lower_ in _FIRST:
                    continue  # "Put me down for two X", "Sign us up for the Y": the writer's own order, no advice
                if lemma == "give" and (obj is None or obj.lower_ not in _A_TRY) and any(
                        c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
                    continue  # "Give it to them when you order", "give them the code": handing over, not "give X a try"
                return found(obj)  # an imperative that opens the sentence: "Get one before the sale ends"
            # "If you're replacing your boots this year, get the X": an imperative after a condition put to the reader,
            # of a thing named (not "if you must, don't buy the X"; nor "if you like, grab the X from the store room":
            # a condition of the reader's wish alone gives leave, it advises nothing)
            # (the tagger may take such an imperative for a present tense: VBP with no subject)
            if subj is None and tok.dep_ == "ROOT" and tok.tag_ in ("VB", "VBP") and not _negated(tok) and any(
                    c.dep_ == "advcl" and c.i < tok.i and any(g.dep_ in ("mark", "advmod") and g.lower_ in ("if", "when") for g in c.children)
                    and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "you" for g in c.children)
                    and any(g.dep_ not in ("mark", "nsubj", "nsubjpass", "aux", "neg", "punct", "advmod") for g in c.children)
                    for c in tok.children):
                obj = _object(tok)
                if obj is not None and _thing(obj, names) and obj.lower_ not in _THINGS:
                    return obj
            # "Short answer: get the X", "Honestly, buy the X": an imperative after a few words that lead in to it, of
            # a thing named
            lead = span[:tok.i - span.start]
            # (the parse may hang the imperative on the lead-in's noun: "My advice: get the X")
            if tok.dep_ in _OPENING and tok.tag_ == "VB" and _lead_in(lead) and (subj is None or subj.i < lead[-1].i):
                obj = _object(tok)
                if obj is not None and _thing(obj, names) and obj.lower_ not in _THINGS:
                    return obj
            # "Skip the cheap ones and get the X", "My advice: pass on the rest and buy the X": the second of two
            # imperatives that open the sentence (after a lead-in or none), of a thing named
            root = tok.head
            if tok.dep_ == "conj" and tok.tag_ == "VB" and subj is None and root.tag_ == "VB" and _subject(root, span) is None \
                    and (root.dep_ == "ROOT" and root.i == span.start
                         or root.dep_ in _OPENING and _lead_in(span[:root.i - span.start])):
                obj = _object(tok)
                if obj is not None and _thing(obj, names) and obj.lower_ not in _THINGS:
                    return obj
        # "Every household on the block should have a X", "all residents ought to have the X": advice to have a thing
        # named (a main verb "have", not "should have seen"; a named thing, not "should have a plan")
        if lemma == "have" and tok.pos_ == "VERB" and subj is not None and (subj.lower_ in advice_subj or _every(subj)) \
                and any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in tok.children) and not neg:
            obj = _object(tok)
            if obj is not None and _thing(obj, names) and obj.lower_ not in _THINGS:
                return obj
        # "(if you buy one thing this year,) make it a X", "go with the X"
        if tok.dep_ == "ROOT" and tok.tag_ == "VB" and subj is None and (
                lemma == "make" and any(g.lower_ == "it" and g.dep_ in ("dobj", "nsubj")
                                        for c in [tok, *tok.children] for g in c.children)
                or lemma == "go" and any(c.lower_ in ("with", "for") for c in tok.children)):
            comp = next((c for c in tok.children if c.dep_ in ("ccomp", "oprd", "attr", "xcomp")), None)
            if comp is not None:
                thing = next((c for c in comp.subtree if c.pos_ == "PROPN" or c.lower_ in names), None)
                if thing is not None:  # "make it a X": a named thing, not "make it a habit"
                    return comp if comp.pos_ in ("NOUN", "PROPN") else thing
            prep = next((c for c in tok.children if c.lower_ in ("with", "for")), None)
            if prep is not None:
                return found(next((g for g in prep.children if g.dep_ == "pobj"), None))
        # "Acme makes a great product", "they build excellent cameras": the maker praised by what it makes
        if (lemma in evaluative or tok.lower_ in evaluative) and tok.dep_ == "amod" and tok.head.dep_ in ("dobj", "obj") \
                and tok.head.lower_ in _THINGS | {"stuff", "equipment", "hardware", "software", "tools", "tool"} \
                and tok.head.head.lemma_.lower() in ("make", "build", "produce", "sell") and not _negated(tok.head.head) \
                and not (tok.head.head.dep_ == "xcomp" and tok.head.head.head.lemma_.lower() == "use"):  # "used to make'
            maker = _subject(tok.head.head, span)
            if maker is not None and _thing(maker, names) and maker.lower_ not in _THINGS:
                return maker
        # "the X is excellent", "it has been a lifesaver"
        if (lemma in evaluative or tok.lower_ in evaluative or _hyphened(tok, span) in evaluative) and \
                tok.dep_ in ("acomp", "attr", "amod", "ROOT", "conj", "oprd"):
            head = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
            if tok.dep_ == "acomp" and _wished(tok.head):
                continue  # "the X would be great (thanks)": a pick or a wish, not praise of a thing had
            subj = _subject(head, span) if head is not tok else _subject(tok, span)
            if tok.dep_ == "amod" and tok.head.dep_ in ("attr",):
                subj = _subject(tok.head.head, span)
            if subj is not None and _thing(subj, names):
                return subj  # not "that's great" (about the news just told)
            # "Acme's support team has been excellent", "the Acme crew was outstanding": the maker praised by its people
            # (not "our own team", "the captain's team")
            if subj is not None and subj.lower_ in _STAFF:
                owner = next((c for c in subj.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
                              and c.lower_ not in _THINGS), None)
                if owner is not None:
                    return owner
        # "I'm thrilled with it", "a big fan of the X"
        if (lemma in exper or tok.lower_ in exper) and _first_person(_subject(tok.head if tok.dep_ in ("acomp", "attr") else tok, span)):
            # "I'd be glad to work with you", "happy to talk": willing to do something, no praise of a thing
            # (but "thrilled to have one", "happy to own a X" are)
            if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in acquire | {"have", "own", "use"}
                   for c in tok.children):
                continue
            # "I'm glad the committee is asking them", "glad you asked": glad of what someone else does, no praise
            # of a thing (but "glad we went with them" is)
            if any(c.dep_ == "ccomp" and _someone_else(_subject(c, span)) for c in tok.children):
                continue
            return found(_object(tok))
        # "the X is the best $99 you can spend": a thing, a copula, then praise (a parse gone astray)
        if lemma == "be" and not neg and not _wished(tok):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _thing(subj, names) and not _first_person(subj):
                if any(x.lemma_.lower() in evaluative or x.lower_ in evaluative
                       for x in span[tok.i - span.start + 1:tok.i - span.start + 5]):
                    return subj
    theme = _compared_favourably(span, lex, names)
    if theme is not None:
        return theme
    # (not under a verb of saying whose subject is someone else: "Dana says it works like a charm"; a verb of saying
    # with its "I" dropped is the writer's: "Can't say enough good things about X")
    praise = _phrase_rx(tuple(lex.get("praise_phrases", []))).search(text)
    # (not negated in its own clause: "the X is not worth the money", "it hasn't been a game changer"; the phrases that
    # hold their own negative, "can't say enough", are read whole)
    if praise and _NEGATED_BEFORE.search(_CLAUSE_BREAK.split(text[:praise.start()])[-1]):
        praise = None
    if praise and not _said_by_someone_else(span, lex, praise.start()):
        return found(_praised(span, praise.end()))
    vouch = _phrase_rx(tuple(lex.get("vouch_phrases", []))).search(text)
    if vouch and not _NEGATED_BEFORE.search(text[:vouch.start()]) and not _said_by_someone_else(span, lex, vouch.start()) \
            and (_WRITER_NAMED.search(vouch.group(0)) or not _vouched_by_someone_else(span, vouch.start())):
        return found(_praised(span, vouch.end()))
    if _best_fragment(text):
        return _NONE  # "Honestly the best tool we've had on a burglary series.": the thing named just before
    return None


def _said_by_someone_else(span, lex: dict, at: int) -> bool:
    """The words at character ``at`` of ``span`` are under a verb of saying whose subject is someone else ("Dana says
    it works like a charm"): theirs, not the writer's."""
    speech = set(lex.get("speech_verbs", []))
    return any(t.lemma_.lower() in speech and _someone_else(_subject(t, span)) and _governs(t, span, at)
               for t in span if t.pos_ == "VERB")


def _vouched_by_someone_else(span, at: int) -> bool:
    """The vouching phrase starting ``at`` characters into ``span`` is done by someone else: the verb that holds it
    has a subject that is not the writer ("Dana put in a good word for X", "the chief made the case for X"), not
    "I'll put in a good word", "happy to be a reference" (no subject of its own)."""
    tok = next((t for t in span if t.idx - span.start_char >= at), None)
    if tok is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    subj = _subject(verb, span)
    # (the writer among them: "Dana and I put in a good word", "the whole squad sings its praises, me included")
    return _someone_else(subj) and not any(_first_person(t) for t in subj.subtree) and \
        not _WRITER_INCLUDED.search(span.text)


# a phrase that names the writer as the one who vouches, whoever the verb's subject: "you can list me as a reference",
# "the county signed with X on my recommendation"
_WRITER_NAMED = re.compile(r"\b(?:me|my|us|our)\b")
_WRITER_INCLUDED = re.compile(r"\b(?:me|myself|us|ourselves)\s+included\b|\bincluding\s+(?:me|myself|us)\b", re.I)


# where a clause begins, for a negative that reaches only its own clause
_CLAUSE_BREAK = re.compile(r"[,;:!?()\u2013\u2014]|\bbut\b|\band\b", re.I)
# a negative in the few words before a phrase: "I can't be a reference", "nobody is singing its praises", "I won't put
# in a good word"
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|never|no|nobody|no one|none|neither|nor|cannot)\b|n['\u2019]t\b)(?:\W+\w+){0,4}\W*$")


# a superlative with no subject or verb of its own, of what the writer has had or used: "Honestly the best investigative
# tool we've had.", "Best camera I've ever owned." (the thing is the one named just before)
_BEST_FRAGMENT = re.compile(r"^\W*(?:(?:honestly|frankly|truly|simply|easily|hands\s+down|no\s+question)\W+)?(?:the\s+)?"
                            r"(?:single\s+|very\s+)?(?:best|finest|greatest|most\s+useful|most\s+effective)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:we|i)(?:'ve|’ve|\s+have)\s+(?:ever\s+)?(?:had|used|seen|bought|owned|"
                            r"tried|deployed|run|put)\b", re.I)


# the writer's own doubt opening the sentence: "Not sure the X is worth it", "I'm not convinced it's worth the money",
# "Still skeptical the X is any good" (what follows is weighed, not praised)
_DOUBT_OPENING = re.compile(r"^\W*(?:(?:honestly|frankly|personally|tbh)\W+)?(?:(?:i|we)(?:'m|’m|'re|’re|\s+am|\s+are)?\s+)?"
                            r"(?:still\s+|just\s+)?(?:not\s+(?:\w+\s+)?(?:sure|certain|convinced)|unsure|unconvinced|doubt|"
                            r"skeptical|sceptical|doubtful)\b", re.I)
# a recommendation said as a bare fragment, of the thing just named: "Highly recommended.", "Strongly recommend!"
_RECOMMENDED_FRAGMENT = re.compile(r"^\W*(?:(?:very|highly|strongly|definitely|absolutely|totally|wholeheartedly|"
                                   r"heartily|warmly)\s+)+recommend(?:ed)?\W*$", re.I)


def _praised(span, end: int):
    """What a fixed praise ending at character ``end`` of ``span`` is said "about" or "of", when it is said of one
    thing: "can't say enough good things about Acme" (Acme, not a product named earlier in the sentence), "can't say
    enough about them"; None when no such object follows within a few words."""
    after = [t for t in span if t.idx - span.start_char >= end][:5]
    for t in after:
        if t.lower_ in ("about", "of") and t.dep_ == "prep":
            return next((c for c in t.children if c.dep_ == "pobj"), None)
        if t.is_punct:
            break
    return None


def _best_fragment(text: str) -> bool:
    """`_BEST_FRAGMENT`, with no verb of its own after it ("The best part we've seen is the box" is a sentence)."""
    m = _BEST_FRAGMENT.match(text)
    if not m or re.search(r"\b(?:is|was|are|were|'s)\b", text[m.end():], re.I):
        return False
    # (of a thing bought or used: "tool", "camera", "investment", not "the best news I've had")
    return bool(set(re.findall(r"[a-z]+", m.group(0).lower())) & (_THINGS | _FRAGMENT_THINGS))


_FRAGMENT_THINGS = frozenset({"tool", "tools", "investment", "purchase", "buy", "equipment", "doorbell", "cam", "cams",
                              "gadget", "piece", "money", "dollars", "bucks", "technology", "tech", "platform", "software",
                              # the seller and its service: "Best vendor support I've seen in ten years."
                              "vendor", "vendors", "company", "support", "service", "partner"})


def _someone_else(subj) -> bool:
    """A subject that is not the writer: neither "I"/"we" nor left out."""
    return subj is not None and not _first_person(subj)


def _wished(be) -> bool:
    """A copula under "would" ("the X would be great", "X'd be perfect"): a pick or a wish, not a thing praised."""
    return be.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in be.children)


def _thing(tok, names: frozenset = frozenset()) -> bool:
    return tok.lower_ in _THINGS - _DEICTIC or tok.pos_ == "PROPN" or tok.ent_type_ == "PRODUCT" or \
        tok.lower_ in names


# what a thing is compared with when it beats all the rest: "better than anything we've run", "than any other"
_ALL_THE_REST = frozenset({"anything", "any", "everything", "all", "everyone", "anyone", "the"})


def _compared_favourably(span, lex, names: frozenset = frozenset()):
    """"I have never seen a tool do more than X", "nothing works better than X": a negative, a
    comparative and "than" before a proper name or the thing (returned). "X holds up better than
    anything we've tried", "the X is faster than any other": a thing, subject of a comparative
    over all the rest (no negative), is the thing returned."""
    negs, comps = set(lex.get("comparison_negatives", [])), set(lex.get("comparison_words", []))
    toks = list(span)
    for i, t in enumerate(toks):
        if t.lower_ != "than" or i == 0:
            continue
        comp = next((x for x in reversed(toks[max(0, i - 4):i]) if x.lower_ in comps), None)
        if comp is None:
            continue
        if not any(x.lower_ in negs for x in toks[:i]):
            rest = toks[i + 1:i + 3]
            if rest and rest[0].lower_ in _ALL_THE_REST and (rest[0].lower_ != "the" or len(rest) > 1 and rest[1].lower_ == "rest"):
                head = comp.head if comp.dep_ in ("advmod", "acomp", "amod", "attr", "oprd") else comp
                subj = _subject(head, span) or (_subject(head.head, span) if head.dep_ in ("acomp", "attr") else None)
                if subj is not None and _thing(subj, names) and not _first_person(subj) and not _reported(t, lex, span):
                    return subj
            continue
        thing = next((x for x in toks[i + 1:i + 5] if _thing(x, names)), None)
        if thing is not None and not _reported(t, lex, span):
            return thing
    return None


@functools.lru_cache(maxsize=4)
def _phrase_rx(phrases: tuple):
    if not phrases:
        return re.compile(r"(?!x)x")
    # (a phrase's spaces are any whitespace: hard-wrapped mail breaks a line inside it, "I won't\nride without one")
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alts})(?![\w'])")


class _Parses:
    """The parsed Doc of each message, made once and on demand."""

    def __init__(self, ctx: ThreadContext):
        self.ctx, self.cache = ctx, {}

    def span(self, s: Sentence):
        m = s.message
        if m.id not in self.cache:
            doc = self.ctx.docs.get(m.id)
            if doc is not None and not hasattr(doc, "vocab") and hasattr(doc, "parsed"):
                doc = doc.parsed()
            ok = doc is not None and hasattr(doc, "has_annotation") and doc.has_annotation("DEP") \
                and (m.body or "").startswith(doc.text)
            self.cache[m.id] = doc if ok else None
        doc = self.cache[m.id]
        if doc is None:
            return None
        return doc.char_span(s.start, min(s.end, len(doc.text)), alignment_mode="expand")


def extract_promoted(ctx: ThreadContext) -> list[Edge]:
    """The PROMOTED edges of a release read into `ctx`."""
    roles = set(ctx.rules.promoted.get("endorser_roles") or ["officer"])
    lex = load_endorse_lexicon()
    parses = _Parses(ctx)
    names = frozenset(f.lower() for f in ctx.vendor_forms) | frozenset(
        f.lower() for n in ctx.products.values() for f in (n.name, *n.aliases) if f and " " not in f)
    found: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
    for m in ctx.messages:
        # (a marketing blast is read only for the customers it quotes: "“I'd recommend the X ...,” says Ana Ruiz")
        blast = ctx.skipped.get(m.id) == "marketing_blast" and m.id in ctx.relevant
        if m.id in ctx.skipped and not blast:
            continue
        sender = ctx.pid(m.sender)
        quoted = _quoted_speakers(ctx, m)
        if blast:
            quoted = [q for q in quoted if q[2] is not None and q[2] != sender]
            if not quoted:
                continue
        own = bool(sender) and ctx.role(sender) in roles
        if not own and not any(p and ctx.role(p) in roles for _, _, p in quoted):
            continue
        sents = ctx.sentences.get(m.id, [])
        msg_vendor = any(_vendor_in(ctx, s) or _vendor_named(ctx, s) for s in sents)
        msg_products = any(s.products for s in sents)
        # a reply under "Re: <product>" that names nothing itself ("You guys should get it."): "it" is that product
        titled = _subject_product(ctx, m) if not (msg_vendor or msg_products) else None
        for i, s in enumerate(sents):
            if not (s.products or _vendor_in(ctx, s) or msg_vendor or msg_products or titled):
                continue
            # words quoted as someone's ("Name: ..." in quotation marks) are theirs, not the writer's
            # (or opened inside it after a lead-in: "Customer spotlight: “I'd recommend the X ...,” says Ana Ruiz")
            opened = next(((a, b, p) for a, b, p in quoted if s.start < a < s.end and p is not None
                           and (m.body or "")[s.start:a].rstrip().endswith(":")), None)
            who = next((p for a, b, p in quoted if a <= s.start < b), opened[2] if opened else sender)
            if not who or ctx.role(who) not in roles or (blast and who == sender):
                continue
            span = parses.span(s)
            close = next((b for a, b, p in quoted if a <= s.start < b and p == who and who != sender),
                         opened[1] if opened and who != sender else None)
            if span is not None and close is not None and (close < s.end or opened):
                # "... to any agency,” says Ana Ruiz.": the quoted words alone, not the verb of saying after them
                # (nor the lead-in before them)
                span = span.doc.char_span(opened[0] + 1 if opened else s.start, min(close, s.end),
                                          alignment_mode="contract") or span
            theme = None
            if span is not None and len(span):
                theme = endorsed_theme(span, lex, names)
                if theme is None:
                    continue
                if s.codes and not _besides_the_code(theme, s):
                    continue  # "use my code X": handing out a code is a referral (REFERRAL), not an endorsement
            elif s.codes:
                continue
            elif not s.has("endorse") or s.has("not_endorse") or s.has("conditional") and not s.products:
                continue
            if s.text.rstrip().endswith("?"):
                continue
            target = _theme_target(ctx, s, theme, sents[max(0, i - 3):i])
            shown = theme is not None and theme is not _NONE  # the parse shows what is endorsed: no guessing
            if target or shown and not (s.products or _vendor_in(ctx, s)):
                pass
            elif s.products:
                target = s.products[0][0]
            elif _vendor_in(ctx, s):
                target = ctx.vendor_id
            elif _refers_back(s, _SINGULAR) or _best_fragment(s.text) or _RECOMMENDED_FRAGMENT.match(s.text):
                # "I love it", "mine has been great", "Best camera I've owned.": the product just named
                prev = [p for t in sents[max(0, i - 3):i] if t.paragraph == s.paragraph or t.index == i - 1
                        for p in t.products]
                if prev:
                    target = prev[-1][0]
                elif _best_fragment(s.text) and any(_vendor_in(ctx, t) for t in sents[max(0, i - 3):i]
                                                    if t.paragraph == s.paragraph):
                    # "Huge thanks to Acme for the training. ... Best vendor support I've seen.": the vendor just named
                    target = ctx.vendor_id
                else:
                    # "Honestly? Worth it!!" under "Re: X - worth it?", before the reply names anything: the subject's X
                    target = _subject_product(ctx, m)
            if target is None and not shown and (msg_vendor or msg_products) and _refers_back_to_things(s):
                target = ctx.vendor_id  # "they have been great", "these things": the vendor's products
            if target == ctx.vendor_id and not s.products and not _vendor_in(ctx, s):
                target = _plural_named_before(ctx, m, s, sents[max(0, i - 3):i], theme) or target
            if target is None and titled and theme is not None and theme is not _NONE and theme.lower_ in _SINGULAR:
                target = titled
            if target:
                found[(who, target)].append(s)
                for other in _listed_with(s, target):  # "I'd suggest a X or a Y": each thing of the list
                    found[(who, other)].append(s)
        for target, s in (_testimonials(ctx, m, sents, lex) if own and sender else []):
            if any(a <= s.start < b for a, b, _ in quoted):
                continue
            if s not in found[(sender or "", target)]:
                found[(sender or "", target)].append(s)
    for key, evidence in _approved_quotes(ctx, roles, lex):
        found[key].extend(x for x in evidence if x not in found[key])
    found = {k: v for k, v in found.items() if v}
    return [Edge(type="PROMOTED", source=src, target=dst, evidence=[ctx.evidence(s) for s in sents],
                 confidence=0.8 if len(sents) == 1 else 0.9, key=make_id("promoted", src, dst))
            for (src, dst), sents in found.items()]


_NAME = r"[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}"
# a quoted passage a line opens by naming its speaker: "\"Ana Ruiz: I've had one for years ...\"" (a comment or a post
# pasted into the mail), or Ana Ruiz: "..."
_SPEAKER = re.compile(rf"(?m)^[ \t>]*(?:[\"\u201c][ \t]*(?P<a>{_NAME})[ \t]*:|(?P<b>{_NAME})[ \t]*:[ \t]*[\"\u201c])")


_QUOTE_END = re.compile(r"[\"\u201d]|\n[ \t]*\n")  # the closing quotation mark, else the paragraph's end


def _quoted_speakers(ctx: ThreadContext, m) -> list[tuple[int, int, str | None]]:
    """(start, end, person id or None) of each passage of the message's text quoted as a named speaker's words,
    to its closing quotation mark (or the end of its paragraph): the speaker's words, not the writer's."""
    body = m.body or ""
    out = []
    for x in _SPEAKER.finditer(body):
        close = _QUOTE_END.search(body, x.end())
        end = close.end() if close else len(body)
        name = x.group("a") or x.group("b")
        out.append((x.start(), end, ctx.find(name, m, ("person",))))
    if "\"" in body or "\u201c" in body:
        # a passage in quotation marks attributed after it, as a newsletter or a press release quotes a customer:
        # "“I'd recommend the X to any agency,” says Ana Ruiz, ..." or "... ,” Ana Ruiz said."
        for x in _ATTRIBUTED.finditer(body):
            raw = x.group("a") or x.group("b")
            who = ctx.find(" ".join(raw.split()), m, ("person",))
            if who is None and "\n" in raw:  # (a name that did not wrap: the next line's first word is no part of it)
                who = ctx.find(raw.split("\n")[0].strip(), m, ("person",))
            if who is not None and not any(a <= x.start() < b for a, b, _ in out):
                out.append((x.start(), x.start("close") + 1, who))
                # '"...," said Ana Ruiz, the county's fleet manager. "I'd recommend it to any agency."': a quotation
                # that opens right after the attribution's sentence goes on in the same speaker's words
                more = _QUOTE_GOES_ON.match(body, x.end())
                if more is not None:
                    close = _QUOTE_END.search(body, more.end())
                    out.append((more.end() - 1, close.end() if close else len(body), who))
        # a line naming whose words the quotation under it are (a person the release knows), then the quotation:
        # "Cpl. Ames put this up on the office page:", the one named before the verb of posting ("I posted this:"
        # stays the writer's); "And a sidebar quote from Insp. Ames, which he's approved:", the one named after "from"
        for rx in (_POSTED_BY, _QUOTE_FROM):
            for x in rx.finditer(body):
                who = next((p for n in _NAME_RUN.finditer(x.group("who"))
                            if (p := ctx.find(n.group(0), m, ("person",)))), None)
                if who is None or any(a <= x.end() - 1 < b for a, b, _ in out):
                    continue
                close = _QUOTE_END.search(body, x.end())
                out.append((x.end() - 1, close.end() if close else len(body), who))
    return out


# a line that says whose words the quotation under it are: "a quote from Insp. Ames, which he's approved:", "Here's
# the statement from Chief Olga Ruiz:" (the quotation in quotation marks under it)
_QUOTE_FROM = re.compile(r"(?mi)\b(?:quote|quotes|quotation|statement|comment|comments|words|remarks)[ \t]+(?:from|by)"
                         r"[ \t]+(?P<who>[^\n]{1,80})\n(?:[ \t>]*\n)*[ \t>]*[\"\u201c]")


_SAID = r"(?:says|said|writes|wrote|adds|added|notes|noted|explains|explained|recalls|recalled)"
# (the speaker's name may wrap onto the next line of a printed release: "said Ana M.\n  Ruiz, fleet manager")
_NAME_WRAPPED = r"[A-Z][\w.'\u2019-]+(?:(?:[ \t]+|[ \t]*\n[ \t>]*)[A-Z][\w.'\u2019-]+){1,3}"
_ATTRIBUTED = re.compile(rf"[\"\u201c][^\"\u201c\u201d]{{10,600}}?(?P<close>[\"\u201d])[ \t]*,?[ \t]*(?:{_SAID}[ \t]+"
                         rf"(?:(?:Det|Sgt|Lt|Capt|Cpl|Ofc|Dr|Chief|Deputy|Officer|Detective|Sergeant|Lieutenant|Captain)\.?[ \t]+)?"
                         rf"(?P<a>{_NAME_WRAPPED})|(?P<b>{_NAME})[ \t]+{_SAID}\b)")
# the rest of an attribution's sentence (the speaker's title, within the paragraph), then the opening quotation mark of
# the next passage
_QUOTE_GOES_ON = re.compile(r"(?:[^\"\u201c\u201d\n]|\n(?![ \t>]*\n)){0,200}?[.,;][ \t]*(?:\n[ \t>]*)?[\"\u201c]")


# a line that names who posted, wrote or shared what the next paragraph quotes: "Cpl. Ames put this up on the office
# Facebook page:", "Olga posted this last night:" (the post in quotation marks under it)
_POSTED_BY = re.compile(r"(?m)^[ \t>]*(?P<who>[^\n]{0,120}?)\b(?:posted|wrote|put\s+(?:this|that|it)\s+up|put\s+up|"
                        r"shared|commented|tweeted|published)\b[^\n]*\n(?:[ \t>]*\n)*[ \t>]*[\"\u201c]")
# a name in such a line, with its title: "Cpl. Ames", "Olga Officer", "Olga"
_NAME_RUN = re.compile(r"(?:\b[A-Z][a-z]{1,4}\.[ \t]+)?\b[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}")


_CODE_WORDS = frozenset({"code", "codes", "coupon", "coupons", "promo", "voucher", "link", "discount"})


def _besides_the_code(theme, s: Sentence) -> bool:
    """An endorsement in a sentence that also hands out a code is one when what it praises is shown and
    is not the code ("I swear by my X; use my code Y"), not "use my code Y" itself."""
    if theme is _NONE:
        return False
    words = {t.lower_ for t in theme.subtree}
    printed = {s.doc[a:b].text.lower() for _, a, b in s.codes}
    return not (words & _CODE_WORDS or any(p in " ".join(t.text.lower() for t in theme.subtree) for p in printed))


_LIST_GAP = frozenset({",", "or", "and", "a", "an", "the", "either"})


def _listed_with(s: Sentence, target: str) -> list[str]:
    """The other products printed in one list with the endorsed one ("a Stick Up Cam or a video doorbell", "the X,
    the Y and the Z": nothing but commas, "and"/"or" and articles between them); not a choice "between X and Y"."""
    prods = sorted(s.products, key=lambda p: p[1])
    at = next((k for k, p in enumerate(prods) if p[0] == target), None)
    if at is None:
        return []
    doc = s.doc

    def joined(a, b) -> bool:
        gap = [t.lower_ for t in doc[prods[a][2]:prods[b][1]] if not t.is_space]
        return bool(gap) and set(gap) <= _LIST_GAP and ("or" in gap or "and" in gap or "," in gap)

    lo = at
    while lo > 0 and joined(lo - 1, lo):
        lo -= 1
    hi = at
    while hi + 1 < len(prods) and joined(hi, hi + 1):
        hi += 1
    if lo == hi or prods[lo][1] > 0 and doc[prods[lo][1] - 1].lower_ == "between" or \
            prods[lo][1] > 1 and doc[prods[lo][1] - 2].lower_ == "between":
        return []
    return list(dict.fromkeys(p[0] for p in prods[lo:hi + 1] if p[0] != target))


_SINGULAR = {"it", "mine", "ours", "one"}
_PLURAL = {"they", "them", "these", "those", "things", "ones", "company", "guys"}


def _subject_product(ctx: ThreadContext, m) -> str | None:
    """The one product the message's subject line names ("Re: EchoTrace", "Fwd: your Porch Cam question"), or None."""
    subject = (getattr(m, "subject", "") or "").lower()
    if not subject:
        return None
    hits = {nid for nid, n in ctx.products.items() for f in (n.name, *n.aliases)
            if f and len(f) >= 3 and re.search(rf"(?<!\w){re.escape(f.lower())}(?!\w)", subject)}
    return hits.pop() if len(hits) == 1 else None


def _theme_target(ctx: ThreadContext, s: Sentence, theme, before: list[Sentence]) -> str | None:
    """The product or vendor the endorsed theme names or points back to (None: not shown)."""
    if theme is None or theme is _NONE:
        return None
    phrase = " ".join(t.text for t in theme.subtree).lower() if theme.dep_ != "ROOT" else theme.lower_
    phrase = " ".join(phrase.split())  # line breaks inside the sentence are whitespace tokens of the parse
    # the longest name the phrase holds, as whole words: "go with the Video Doorbell Pro" after "doorbell wiring"
    # is the Pro, not the doorbell that "doorbell" (a word of the Pro's name) would name
    for nid, _, _, text in sorted(s.products, key=lambda p: -len(p[3])):
        if re.search(rf"(?<!\w){re.escape(' '.join(text.lower().split()))}(?!\w)", phrase):
            return nid
    if any(re.search(rf"(?<!\w){re.escape(f.lower())}(?!\w)", phrase) for f in ctx.vendor_forms):
        # "I'd recommend the Ring Stick Up Cam", parsed with "Stick Up" as a verb and its particle: the vendor's name
        # printed in the sentence only as the first word of a product's name is that product
        return _vendor_as_product(ctx, s) or ctx.vendor_id
    if theme.pos_ == "PROPN":
        # "the Ember" of the Ember T2: a proper name the words of one product's name alone hold, said short
        short = re.sub(r"^(?:the|a|an|my|our|your|their)\s+", "", phrase)
        named = {nid for nid, n in ctx.products.items()
                 if any(re.search(rf"(?<!\w){re.escape(short)}(?!\w)", f.lower()) for f in (n.name, *n.aliases) if f)}
        if len(named) == 1:
            return named.pop()
        # "good things about Acme" of Acme Radio Systems: the vendor called by the first word of its name
        if not named and any(len(f.split()) > 1 and f.split()[0].lower() == short and len(short) >= 4
                             for f in ctx.vendor_forms):
            return ctx.vendor_id
    if theme.lower_ in _SINGULAR:
        prev = [p for t in before if t.paragraph == s.paragraph or t is before[-1] for p in t.products
                if not _kind_of_vendor(ctx, t, p)]
        if s.products or prev:
            return s.products[0][0] if s.products else prev[-1][0]
        # "Acme cameras have caught two thieves here. I urge everyone to get one": one of the vendor's, named just before
        near = [t for t in before if t.paragraph == s.paragraph or t is before[-1]]
        # (only "one": "it" after the vendor's name may be anything it did, "Acme called today. I loved it"; but what
        # one recommends or vouches for is a thing or a firm, not a call: "Acme has changed how we work. I would
        # recommend it to any agency")
        vouched = theme.lower_ == "it" and theme.head.lemma_.lower() in {"recommend", "endorse"}
        return ctx.vendor_id if (theme.lower_ == "one" or vouched) and near and (
            _vendor_in(ctx, s) or _vendor_in(ctx, near[-1])) else None
    if theme.lower_ in _PLURAL:
        # "bring deliveries in, ask a neighbour to grab them": a plural thing named before in the sentence, not the
        # vendor's, is what the pronoun stands for
        if theme.pos_ == "PRON" and any(t.tag_ == "NNS" and t.lower_ not in _PEOPLE | _THINGS | _PLURAL
                                        and t.lemma_.lower() not in _product_words(ctx)
                                        for t in _before_in_sentence(theme)):
            return None
        return ctx.vendor_id
    return None


def _kind_of_vendor(ctx: ThreadContext, t: Sentence, product) -> bool:
    """A product's words used as the name of a kind, the vendor given as its example ("video doorbells like Acme",
    "cameras such as Acme's"): the vendor's things in general, not that one product."""
    _, _a, b, _text = product
    doc = t.doc
    nxt = [x.lower_ for x in doc[b:b + 2]]
    at = b + 1 if nxt[:1] == ["like"] else b + 2 if nxt == ["such", "as"] else None
    return at is not None and any(a == at for _, a, _ in ctx.vendor_matcher(doc))


_ASKING_MODALS = frozenset({"could", "would", "can", "will", "'d", "might"})


def _vendor_as_product(ctx: ThreadContext, s: Sentence) -> str | None:
    """The one product whose name, as the sentence prints it, opens with the vendor's name, when the vendor's name
    appears in the sentence nowhere else ("the Ring Stick Up Cam"; not "Ring's app and the Ring Stick Up Cam")."""
    text = " ".join(s.text.lower().split())
    for f in ctx.vendor_forms:
        form = " ".join(f.lower().split())
        said = len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text))
        if not said:
            continue
        opening = {nid for nid, _, _, printed in s.products
                   if re.match(rf"{re.escape(form)}\s", " ".join(printed.lower().split()))}
        named = [p for _, _, _, p in s.products if re.match(rf"{re.escape(form)}\s", " ".join(p.lower().split()))]
        if len(opening) == 1 and len(named) == said:
            return opening.pop()
    return None


def _product_words(ctx: ThreadContext) -> set:
    """The lower-case words of the catalogue's product names and aliases (singular and as printed)."""
    words = {w for n in ctx.products.values() for f in (n.name, *n.aliases) if f for w in f.lower().split()}
    return words | {w[:-1] for w in words if w.endswith("s")}


_PEOPLE = frozenset({"neighbors", "neighbours", "friends", "residents", "people", "folks", "officers", "colleagues",
                     "coworkers", "co-workers", "members", "homeowners", "families", "parents", "seniors", "businesses",
                     "owners", "renters", "guys", "households", "partners", "everyone", "everybody", "others",
                     # a body that decides, urged to get or back the thing: "I urge the committee to fund X"
                     "council", "committee", "commission", "board", "supervisors", "commissioners",
                     "councilmembers", "aldermen", "trustees", "legislature", "chief", "administration"})


def _before_in_sentence(tok, limit: int = 40) -> list:
    """The tokens before ``tok`` back to the end of the sentence before it (a message is parsed whole)."""
    doc, out, k = tok.doc, [], tok.i
    while k > 0 and tok.i - k < limit and doc[k - 1].text not in {".", "!", "?"}:
        k -= 1
        out.append(doc[k])
    return out


# a negative anywhere in the words that lead in to a quote ("Please don't print my name with it: ...")
_NEGATIVE = re.compile(r"\b(?:not|never|no|nothing|cannot)\b|n['\u2019]t\b", re.I)


def _testimonials(ctx: ThreadContext, m, sents: list[Sentence], lex: dict) -> list[tuple[str, Sentence]]:
    """Words the writer hands the vendor to quote: a passage in quotation marks that names the
    product or the vendor, in a message to a vendor employee that speaks of a testimonial, a
    quote, a case study or "my words" (outside the passage or in the subject)."""
    if not sents or not any(ctx.role(ctx.pid(a)) == "vendor_employee" for a in [*m.to, *m.cc]):
        return []
    body = (m.body or "")[:max(s.end for s in sents)]
    outside = QUOTED_PASSAGE.sub(" ", body).lower() + "\n" + (m.subject or "").lower()
    if not _phrase_rx(tuple(lex.get("testimonial_words", []))).search(outside):
        return []
    refuse = _phrase_rx(tuple(lex.get("not_endorse", [])))
    out = []
    for q in QUOTED_PASSAGE.finditer(body):
        inside = [s for s in sents if s.start >= q.start() and s.end <= q.end() + 1] or \
            [s for s in sents if s.start < q.end() and s.end > q.start()]  # (a lead-in and the quote in one sentence)
        before = [s for s in sents if s.end <= q.start()]
        if not inside or before and refuse.search(before[-1].text.lower()):
            continue
        if inside[0].start < q.start() and _NEGATIVE.search((m.body or "")[inside[0].start:q.start()]):
            continue  # "Please don't put my name on it: ...": the lead-in of the quote refuses it
        hit = next(((s.products[0][0], s) for s in inside if s.products), None) or \
            next(((ctx.vendor_id, s) for s in inside if _vendor_in(ctx, s)), None)
        if hit and hit[0]:
            out.append(hit)
    return out


# the writer's side asking leave to print words ("May we use it?", "for your approval", "let me know if it can run as
# written", "OK to print?", "for your kind review")
_LEAVE_ASKED = re.compile(r"\b(?:approv\w*|permission|sign[\s-]off|(?:may|can|could)\s+we\s+(?:use|print|run|quote|"
                          r"publish|share|include|post|feature)|(?:ok|okay|alright|all\s+right)\s+(?:to|if\s+we)\s+"
                          r"(?:use|print|run|quote|publish|include|post)|let\s+(?:me|us)\s+know\s+if\s+(?:it|this|that|"
                          r"we)\s+(?:can|could|may)|as\s+written\s*\?|for\s+your\s+(?:\w+\s+)?(?:review|ok|okay|blessing|sign-?off))", re.I)
# the speaker giving that leave in a reply's first lines: "Approved as written.", "Yes, go ahead.", "You may use my name"
_LEAVE_GIVEN = re.compile(r"\b(?:approved|i\s+approve|(?:yes|yep|sure)\b|go\s+ahead|fine\s+(?:by|with)\s+me|"
                          r"(?:that|this|it)(?:'s|\u2019s|\s+is)\s+fine|works\s+for\s+me|looks\s+(?:good|great|fine)|"
                          r"(?:you|u)\s+(?:may|can)\s+(?:use|print|run|quote|publish)|feel\s+free|(?:ok|okay)\s+to\s+"
                          r"(?:use|print|run)|happy\s+for\s+you\s+to|permission\s+granted|you\s+have\s+my\s+(?:ok|okay|"
                          r"permission|blessing))\b", re.I)
# ... unless refused or held back: "please don't use my name", "I'd rather you didn't", "not comfortable", "hold off"
_LEAVE_REFUSED = re.compile(r"\b(?:don['\u2019]?t|do\s+not|rather\s+(?:you\s+)?(?:not|didn)|prefer\s+(?:you\s+)?not|"
                            r"not\s+(?:comfortable|able|allowed|permitted)|can['\u2019]?t|cannot|won['\u2019]?t|unable|"
                            r"decline|hold\s+off|(?:hold|wait)\s+on|must\s+(?:clear|check)|need\s+to\s+(?:clear|check|run\s+it)|"
                            r"not\s+yet|no(?!\s+(?:changes?|edits?|problem|worries|issues?)\b)\b)", re.I)


def _approved_quotes(ctx: ThreadContext, roles: set, lex: dict) -> list[tuple[tuple[str, str], list[Sentence]]]:
    """Words the vendor's side drafted or picked for a customer to be quoted by (in quotation marks, naming the vendor
    or its product, said to be the reader's: signed with the reader's name, "said <reader>", or "your quote"), sent
    to that reader asking leave to print them ("May we use it?", "for your approval"), and approved in the reader's
    reply ("Approved as written."): the reader's endorsement of what the words name. Words not approved, or refused
    ("Please don't use my name"), endorse nothing."""
    out = []
    testimonial = _phrase_rx(tuple(lex.get("testimonial_words", [])))
    for m in ctx.messages:
        sender = ctx.pid(m.sender)
        if m.id in ctx.skipped or not sender or ctx.side(sender) != "vendor":
            continue
        sents = ctx.sentences.get(m.id, [])
        if not sents:
            continue
        body = (m.body or "")[:max(x.end for x in sents)]
        readers = [p for p in (ctx.pid(a) for a in m.to) if p and ctx.role(p) in roles]
        outside = QUOTED_PASSAGE.sub(" ", body)
        if not readers or not _LEAVE_ASKED.search(outside + "\n" + (m.subject or "")):
            continue
        speakers = _quoted_speakers(ctx, m)
        for q in QUOTED_PASSAGE.finditer(body):
            who = next((p for a, b, p in speakers if p and a <= q.start() < b), None)
            dash = DASH_ATTRIBUTED.match(body, q.end() - 1)
            if who is None and dash is not None:
                who = _signed_by(ctx, m, dash.group("who"))
            lead = next((p for p in reversed(body[max(0, q.start() - 300):q.start()].split("\n\n")) if p.strip()), "")
            if who is None and len(readers) == 1 and testimonial.search(lead.lower()) and \
                    re.search(r"\b(?:your|you)\b", lead, re.I):
                who = readers[0]  # "Below is the quote we drafted for you:", "this line from your note:"
            if who not in readers:
                continue
            inside = [x for x in sents if x.start < q.end() and x.end > q.start()]
            targets = [pid for x in inside for pid, *_ in x.products]
            if any(_vendor_in(ctx, x) for x in inside) or not targets:
                targets.append(ctx.vendor_id)
            if not ctx.vendor_id and not any(targets):
                continue
            later = [r for r in ctx.thread_of(m) if (r.sent or "") > (m.sent or "") and ctx.pid(r.sender) == who]
            if not any(_leave_given(ctx.own_text(r)) for r in later[:2]):
                continue
            for pid in dict.fromkeys(t for t in targets if t):
                out.append(((who, pid), inside))
    return out


def _signed_by(ctx: ThreadContext, m, line: str) -> str | None:
    """The person a quotation's signature line names ("Sheriff Ada Lund, Tamsett County"), its title words dropped
    one by one from the front until a known person is found."""
    for n in _NAME_RUN.finditer(line):
        words = n.group(0).split()
        for k in range(len(words) - 1):
            p = ctx.find(" ".join(words[k:]), m, ("person",))
            if p:
                return p
    return None


def _leave_given(text: str) -> bool:
    """A reply's first sentences give leave to print the words asked about and refuse nothing (`_LEAVE_GIVEN`)."""
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    if lines and len(lines[0].split()) <= 3 and lines[0].rstrip().endswith(","):
        lines = lines[1:]  # the greeting ("Ms. Brook,")
    head = " ".join(re.split(r"(?<=[.!?])\s+", " ".join(lines)[:300])[:2])
    return bool(_LEAVE_GIVEN.search(head)) and not _LEAVE_REFUSED.search(head)


_BOUGHT = frozenset({"get", "buy", "order", "purchase", "grab"})
# what "give X a ..." tries: "give the X a try", "give them a shot", "give it a whirl"
_A_TRY = frozenset({"try", "shot", "go", "whirl", "spin", "chance", "look", "test", "trial", "run"})


def _plural_named_before(ctx: ThreadContext, m, s: Sentence, before: list[Sentence], theme=None) -> str | None:
    """"We've run the X Badges since May ... I recommend them": in a note to no one of the vendor's side (an
    officer telling another agency), "them" after one product named in the plural in the same paragraph is
    that product; so is "them" as what is bought ("tell your chief to get them") after that product named in the
    singular ("the X Badge is the best thing we've rolled out"): one buys things, not the company. A note to the
    vendor is left alone (thanks for a gift praises the gift, not the line)."""
    if not ({t.lower_ for t in s.doc} & {"them", "they", "these", "those"}):
        return None
    if any(ctx.side(ctx.pid(a)) == "vendor" for a in [*m.to, *m.cc]):
        return None
    named = [(p, text) for t in before if t.paragraph == s.paragraph for p, _, _, text in t.products]
    bought = theme is not None and theme is not _NONE and theme.lower_ == "them" and theme.dep_ == "dobj" \
        and theme.head.lemma_.lower() in _BOUGHT
    if len({p for p, _ in named}) != 1 or not (bought or any(text.lower().endswith("s") for _, text in named)):
        return None
    return named[0][0]


def _refers_back(s: Sentence, words) -> bool:
    return any(t.lower_ in words for t in s.doc)


# "get a camera", "any device": a thing of a kind in general, not the vendor's things spoken of before
_INDEFINITE = frozenset({"a", "an", "any", "another", "some"})
# "the best thing you can do", "the only thing", "the first thing": "thing" as a manner of speaking
_GENERIC_THING = frozenset({"best", "only", "first", "last", "main", "one", "smartest", "easiest", "simplest", "biggest",
                            "important", "good", "great", "other", "same", "whole"})


def _refers_back_to_things(s: Sentence) -> bool:
    """A word of `_THINGS` that points at things spoken of before ("they have been great", "these cameras"), not
    a thing of a kind in general ("get a camera on the porch") nor "thing" in a manner of speaking ("the best thing
    you can do is ...")."""
    doc = s.doc
    for k, t in enumerate(doc):
        low = t.lower_
        if low not in _THINGS:
            continue
        before = [x.lower_ for x in doc[max(0, k - 2):k]]
        if low not in ("it", "they", "them", "this", "these", "those", "that", "mine", "ours") and \
                (before[-1:] and before[-1] in _INDEFINITE or len(before) == 2 and before[0] in _INDEFINITE
                 and doc[k - 1].pos_ == "ADJ"):
            continue
        if low in ("thing", "things") and before[-1:] and (before[-1] in _GENERIC_THING or before[-1].endswith("est")):
            continue
        return True
    return False


def _vendor_named(ctx: ThreadContext, s: Sentence) -> bool:
    """The vendor named in any case ("ring has been great")."""
    forms = {f.lower() for f in ctx.vendor_forms}
    return any(t.lower_ in forms for t in s.doc) if forms else False


def _vendor_in(ctx: ThreadContext, s: Sentence) -> bool:
    if not ctx.vendor_forms:
        return False
    product_tokens = {i for _, a, b, _ in s.products for i in range(a, b)}
    return any(not (set(range(a, b)) & product_tokens) for _, a, b in ctx.vendor_matcher(s.doc))
