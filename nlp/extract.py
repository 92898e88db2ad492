"""Extraction stage entry point: messages -> Extraction (nodes and edges with evidence).

``extract(messages, profile=..., model=...)``:

1. loads the profile and the spaCy pipeline (``giftgraph.nlp.components``) once;
2. runs ``nlp.pipe`` once over each message's own text (body without quoted history), keeping a
   small per-message analysis instead of the Doc (``giftgraph.nlp.analysis``; cached by the case);
3. reads each sender's signature block (``giftgraph.nlp.signature``) with the entities spaCy found
   in it: name line, sign-off, title, rank, unit, organisation;
4. resolves people, organisations, divisions, products and promo codes (``giftgraph.nlp.resolve``)
   into one node per real thing, and records every mention (``EntityIndex``);
5. emits ``EMAILED`` edges (sender -> each to/cc, with ``count``; a redacted sender in one custodian's
   mailbox is the custodian, see `release_custodian`) and ``MEMBER_OF`` edges (person ->
   division/organisation, quoting the signature line);
6. calls ``giftgraph.nlp.relations.extract_relations(messages, docs, index, profile)`` when that
   module exists, and adds what it returns.
"""
from __future__ import annotations

import bisect
import functools
import importlib.util
import itertools
import re
from collections import Counter, defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable, ContextManager, Iterable, Mapping, Sequence

from giftgraph.errors import GiftgraphError
from giftgraph.graph.model import Edge, Evidence, Node
from giftgraph.ingest.message import Address, Message, make_id
from giftgraph.nlp.codes import code_key, code_names, default_finder, find_known
from giftgraph.nlp.draft_profile import UNIT_WORDS, _unit_kind
from giftgraph.nlp.entities import EntityIndex, Mention
from giftgraph.nlp.names import PersonName, known_given_names, norm, parse_name
from giftgraph.nlp.profile import DEFAULT_PROFILE, Profile, not_person_words
from giftgraph.nlp.resolve import _ROLE_MAILBOXES, PersonCluster, Resolver, thread_key
from giftgraph.nlp.signature import PHONE_RE, SERIAL_RE, Signature, own_text_end, signature_end, split_signature

__all__ = ["Extraction", "MessageFacts", "message_facts", "extract", "extract_entities", "evidence_for", "classify_signature", "release_custodian",
           "named_custodian", "CustodianError", "profile_describes"]


@dataclass
class Extraction:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    index: EntityIndex | None = None


def evidence_for(m: Message, quote: str) -> Evidence:
    """Evidence pointing at a message and a quote, with the message's first printed place."""
    first = m.first_printed()
    return Evidence(message=m.id, quote=quote, page=first.page if first else None,
                    bates=first.bates if first else None, file=first.file if first else None)


# ---------------------------------------------------------------------------- signatures
_SIGNOFF_WORDS = re.compile(r"^(?:thanks|thank you|thx|best|best regards|regards|kind regards|warm regards|warmly|cheers|"
                            r"sincerely|respectfully|v/r|yours|take care|stay safe|talk soon|all the best|many thanks)"
                            r"[\s,.!]*$", re.I)


# a police agency named on a signature line; a unit's name (capitalised words ending in a unit word; a sheriff's
# deputies and a city's officers sign with the substation, precinct or station they work from)
_AGENCY_LINE = re.compile(r"\b(?:police|sheriff'?s?|constabulary|marshals?|highway patrol|PD)\b", re.I)
# (the unit words of profile drafting, but those too broad to end a unit's name on a line of their own: "Central
# District", "Service Area", "Call Center")
_LINE_UNIT_WORDS = [w for w in UNIT_WORDS if w not in ("District", "Area", "Center", "Centre", "Troop")] + ["Program"]
_UNIT_LINE = re.compile(r"(?:[A-Z][A-Za-z&'-]+\s+){1,4}(?:" + "|".join(re.escape(w) for w in _LINE_UNIT_WORDS) + ")"
                        # a unit word and its letter or number: "Troop D", "Precinct 12", "District IV"
                        r"|(?:Troop|District|Precinct|Station|Zone|Sector|Platoon)\s+(?:[A-Z]|\d{1,3}|[IVX]{1,4})")

# organisation words an agency's own units carry ("Crime Analysis Unit", "Valley Bureau")
_ORG_KIND_END = re.compile(r"\s(?:PD|HOA|BID|VFD|VFC|Volunteer Fire Company|Police Department|Sheriff['\u2019]?s Office|Marshal['\u2019]?s Office|Fire Department|"
                           # a police force named by what it polices ("Lanark State Police", "Harbor Transit Police")
                           # (after a name: not "the State Police" alone)
                           r"(?<=\w\s)(?:State|Transit|Capitol|Tribal|University|Campus|Airport|Port|Park|Railroad|School|"
                           r"Housing) Police|(?<=\w\s)(?:Highway|State) Patrol|"
                           r"Homeowners['\u2019]? Association|Business Improvement District|"
                           r"Authority|Commission|(?<=County )SO|(?<=Parish )SO|"
                           # a school named by its level ("Fernwood Elementary", "Oakmont Middle School")
                           r"Elementary|(?:Elementary|Middle|High|Junior High) School)$")
_DEPT_WORD = (r"(?:Sales|Marketing|Fulfil{1,2}ment|Logistics|Shipping|Receiving|Operations|Ops|Customer|Client|Success|Support|"
              r"Service|Services|Care|Accounts?|Receivable|Payable|Billing|Finance|Accounting|Engineering|Product|Products|"
              r"Business|Development|Partnerships?|Channel|Inside|Field|Technical|Professional|Government|Public|Sector|"
              r"Community|Programs?|Relations|Human|Resources|Legal|Procurement|Purchasing|Warehouse|Distribution|"
              r"Order|Orders|Management|Solutions|Training|Implementation|Installation|Deployment|Revenue|Strategic)")
# what a title is over ("Director of Security Services"): a function of an organisation, not one
_FUNCTION_AREA = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Services|Operations|Programs|Affairs|Relations|Development|"
                            r"Facilities|Communications)")
_DEPARTMENT = re.compile(_DEPT_WORD + r"(?:\s*(?:&|and|\+|/)\s*" + _DEPT_WORD + r"|\s+" + _DEPT_WORD + r")*")
_CIVIC_ORG = re.compile(r"(?:City|County|Town|Township|Village|Borough|State|Commonwealth|Parish|Port) of "
                        r"(?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}")
# an elected body drafted as the receiving side: "Marden Town Council", "Board of Aldermen", "Board of Supervisors"
_ELECTED_BODY = re.compile(r"\b(?:(?:City|Town|Village|County|Common|Borough|Municipal)\s+Council|Board\s+of\s+(?:Aldermen|"
                           r"Supervisors|Selectmen|Commissioners)|Legislature|Assembly)\b")
# an elected official's own office on a signature line: "Office of the Mayor", "Office of Councilmember Ruiz"
_ELECTED_OFFICE_LINE = re.compile(r"\bOffice\s+of\s+(?:the\s+)?(?:Mayor|Council\s*(?:member|man|woman|or|lor)|"
                                  r"Alder(?:man|woman|person)|Supervisor|Selectman|Commissioner|Vice\s+Mayor|Deputy\s+Mayor)\b")
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "WORK_OF_ART", "NORP", "PRODUCT", "EVENT", "LAW"})
_AGENCY_WORDS = frozenset({"department", "office", "bureau", "services", "agency", "division", "station", "unit",
                           "center", "centre", "group", "team", "network"})


def _tokens_lower(text: str) -> list[str]:
    return [w.lower().strip(".,;:|()") for w in re.split(r"[\s/|,]+", text) if w.strip(".,;:|()")]


def _domain_label(email: str | None) -> str:
    """The name part of a company's or group's own address domain ("harlowcourier" of x@harlowcourier.com); "" for
    a free mail service."""
    from giftgraph.nlp.draft_profile import FREE_MAIL

    domain = (email or "").rpartition("@")[2].lower()
    parts = domain.split(".")
    if len(parts) < 2 or domain in FREE_MAIL:
        return ""
    return re.sub(r"[^a-z]", "", parts[-2])


def _spells_label(seg: str, label: str) -> bool:
    """A signature segment that spells its writer's address domain names the writer's organisation, even with no
    organisation word: "The Harlow Courier" of harlowcourier.com (`draft_profile.spells_label`; not a job title, not a
    person's name)."""
    from giftgraph.nlp.draft_profile import _TITLE_WORDS, _aired_by_label, spells_label

    words = seg.split()
    if len(label) >= 3 and _aired_by_label(seg, label):
        return True  # "KVLX News 7" of kvlx7.com: call letters are no person's name
    if not words or _TITLE_WORDS.search(seg):
        return False
    first = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    if first.lower() in known_given_names():
        return False  # "Hal Brody" of halbrody.com: a person
    # "Marlow Tenants Rights Union" of mtru.org: three or more capitalised words whose initials are the whole label
    named = [w for w in words if w.lower() not in {"of", "the", "and", "&", "for"}]
    if 3 <= len(label) <= 5 and len(named) == len(label) and all(w[:1].isupper() and w.isalpha() for w in named) \
            and "".join(w[0] for w in named).lower() == label.lower():
        return True
    if len(label) < 6:
        return False
    return spells_label(seg, label)


def classify_signature(sig: Signature, doc, profile: Profile, resolver: Resolver,
                       sender_email: str | None = None) -> list[tuple[str, str, str]]:
    """(kind, line text, value) for each signature line: name, signoff, title, unit, organization, role."""
    out: list[tuple[str, str, str]] = []
    label = _domain_label(sender_email)
    ranks = profile.rank_words()
    # the resolver's frozen rank words when they are these: parse_name's cache then keeps one set, not one per name
    titles = getattr(resolver, "titles", None)
    if not (isinstance(titles, frozenset) and titles == ranks.keys()):
        titles = frozenset(ranks)
    vendor, agency = profile.vendor_org, profile.agency_org
    civic_re = _any_word_re(frozenset(profile.organization_words - _AGENCY_WORDS))
    rank_re = _any_word_re(frozenset(r for r in ranks if len(r) > 2))
    # "Criminal Investigations Division" over "Harbor County Sheriff's Office": an agency's unit the
    # profile does not list is a division of its own when the same signature names a police agency
    agency_sig = any(_AGENCY_LINE.search(l.text) for l in sig.lines) or (
        agency is not None and any(agency.name.lower() in l.text.lower() or any(a.lower() in l.text.lower().split()
                                                                                for a in agency.aliases) for l in sig.lines))
    for line in sig.lines:
        if line.kind in ("phone", "email", "address", "other"):
            continue
        text = line.text
        if _SIGNOFF_WORDS.match(text):
            continue
        ents = [e for e in doc.ents if e.start_char >= line.start and e.end_char <= line.end + 1] if doc is not None else []
        units = [e.ent_id_.split(":", 1)[1] for e in ents if e.ent_id_.startswith("division:")]
        porgs = [e.ent_id_.split(":", 1)[1] for e in ents if e.ent_id_.startswith("organization:")]
        low_words = _tokens_lower(text)
        # "Hollow Creek Neighborhood Watch" names an area but is no agency unit: no officer role from it
        civic = civic_re.search(text.lower())
        for u in units:
            out.append(("unit", text, u))
            if not civic:
                out.append(("role", text, "officer"))
        if units and agency_sig and not civic:
            # "Burglary Task Force - Detective Bureau": a unit the profile does not list beside one it does is a
            # unit of the release too (the narrower of the two is chosen later: `_most_specific`)
            ruled = [e.text.strip() for e in ents if e.ent_id_.startswith("division:")]
            for seg in re.split(r"\s*[,|]\s*|\s+-\s+", SERIAL_RE.sub("", text).strip(" ,-")):
                seg = seg.strip()
                if seg and _UNIT_LINE.fullmatch(seg) and not _AGENCY_LINE.search(seg) and \
                        not any(r and (r in seg or seg in r) for r in ruled):
                    out.append(("unit", text, resolver.add_unit(seg)))
        for o in porgs:
            org = profile.organization(o)
            out.append(("organization", text, o))
            if org and vendor and org.name == vendor.name:
                out.append(("role", text, "vendor_employee"))
            elif org and agency and org.name == agency.name:
                out.append(("role", text, "officer"))
        if units or porgs:
            if any(w in ranks for w in low_words):
                out.append(("title", text, ""))
            # "Purchasing Division, City of Lowmoor": the government the unit belongs to, after a comma or bar
            # (a government itself, not "Port of Ventrell Police Department": an agency, the line's own)
            for seg in re.split(r"\s*[,|]\s*", text.strip()):
                if _CIVIC_ORG.fullmatch(seg) and not _AGENCY_LINE.search(seg) and \
                        not any(w in profile.organization_words for w in _tokens_lower(seg)):
                    out.append(("organization", seg, resolver.add_org(seg)))
            continue
        stripped = SERIAL_RE.sub("", text).strip(" ,-")
        segments = [s.strip() for s in re.split(r"\s*[,|]\s*|\s+-\s+", stripped) if s.strip()]
        if not segments:
            continue
        if agency_sig and len(segments) == 1 and _UNIT_LINE.fullmatch(segments[0]) and not _AGENCY_LINE.search(text):
            out.append(("unit", text, resolver.add_unit(segments[0])))
            out.append(("role", text, "officer"))
            continue
        # "Officer in Charge, Harbor Patrol Unit", "Watch Commander | Cliffside Division", "Fraud Bureau | Elm
        # City Police Department": one unit beside the writer's rank or title and the agency's own name
        # "Troop D - Fraud Squad": two units, the one the writer is a member of chosen later (`_most_specific`)
        unit_segs = [seg for seg in segments if _UNIT_LINE.fullmatch(seg) and not _AGENCY_LINE.search(seg)]
        if agency_sig and len(segments) > 1 and unit_segs:
            rest = [seg for seg in segments if seg not in unit_segs]
            rest_agency = [seg for seg in rest if _AGENCY_LINE.search(seg)]
            rest_titles = [seg for seg in rest if seg not in rest_agency and rank_re.search(seg.lower())]
            if len(rest_agency) + len(rest_titles) == len(rest):
                out.extend(("unit", text, resolver.add_unit(seg)) for seg in unit_segs)
                out.append(("role", text, "officer"))
                out.extend(("title", seg, "") for seg in rest_titles)
                continue
        first_seg = segments[0].lstrip("-\u2013 ").strip()
        pn = parse_name(first_seg, titles=titles)
        words = [w for w in re.split(r"\s+", pn.full) if w] if not pn.opaque else []
        name_like = (not pn.is_empty() and not pn.opaque and words
                     and all(re.fullmatch(r"[A-Z][\w'\u2019-]*\.?|[A-Z]\.?", w) for w in words)
                     and not any(w.lower().rstrip(".") in profile.title_words | profile.organization_words
                                 | profile.never_person for w in words)
                     and not any(resolver.table[k].get(pn.full.lower()) for k in ("product", "division", "organization"))
                     # "Northbend Commons" of northbendcommons.com: the writer's organisation, no person's name
                     and not (label and len(segments) == 1 and _spells_label(first_seg, label)))
        if name_like and len(words) <= 4 and (len(segments) == 1 or pn.title or SERIAL_RE.search(text)
                                              or all(_is_credential(s) for s in segments[1:])):
            if len(words) == 1 and not pn.title:
                out.append(("signoff", first_seg, ""))
            else:
                out.append(("name", first_seg if not pn.title else stripped.split(",")[0], ""))
                if pn.title and pn.title.lower().split()[0].rstrip(".") in ranks:
                    out.append(("title", text, pn.title))
            continue
        if re.fullmatch(r"-*\s*[A-Z]{2,3}", first_seg.strip()) and len(segments) == 1:
            out.append(("signoff", first_seg.strip(" -"), ""))
            continue
        for seg in segments:
            if re.search(r"\[\s*redacted\s*\]|\(b\)\s*\(\d\)|\u2588", seg, re.I):
                continue  # a redacted line ("Office [REDACTED]") names nothing
            if PHONE_RE.search(seg) and len(PHONE_RE.sub("", seg).split()) <= 2:
                continue  # a labelled phone number ("Office: 805-555-0100" beside "Cell: (b)(6)") names nothing either
            sw = _tokens_lower(seg)
            if not sw:
                continue
            org_word = any(w in profile.organization_words for w in sw) or any(
                " " in ow and ow in seg.lower() for ow in profile.organization_words)
            has_rank = bool(rank_re.search(seg.lower()))
            title_only = has_rank or all(w in profile.title_words or w in ranks or re.fullmatch(r"i{1,3}|iv|[-&]|and|of|the", w)
                                         for w in sw)
            capitalised = sum(1 for w in seg.split() if w[:1].isupper()) >= max(1, len(seg.split()) - 2)
            # "Security Committee Chair", "Board Treasurer": a title ending a phrase is a title
            title_last = sw[-1] in profile.title_words and sw[-1] not in profile.organization_words
            # "Head of School", "Chair of the Board": a title over a bare kind of organisation, which names none
            # "Director of Security Services", "Head of Public Affairs": a title over a function the organisation has
            title_over = (len(sw) >= 3 and sw[0] in profile.title_words and sw[1] == "of"
                          and (all(w in profile.organization_words or w == "the" for w in sw[2:])
                               or bool(_FUNCTION_AREA.fullmatch(" ".join(seg.split()[2:])))))
            if not agency_sig and _DEPARTMENT.fullmatch(seg):
                # "Fulfillment & Logistics", "Sales and Marketing", "Accounts Receivable": a company's own
                # department over the company's line, made only of the words departments are named with
                # (not in a police signature: "Support Services", "Field Services" are an agency's bureaus)
                out.append(("title", seg, ""))
            elif _CIVIC_ORG.fullmatch(seg):  # "City of Lowmoor", "County of Ashby": the government a person serves
                out.append(("organization", seg, resolver.add_org(seg)))
            elif label and not org_word and _spells_label(seg, label):
                out.append(("organization", seg, resolver.add_org(_clean_org_span(seg))))
            elif title_only or title_last or title_over or (any(w in ranks for w in sw) and not org_word):
                out.append(("title", seg, ""))
            elif org_word and capitalised and len(sw) >= 2 and not _names_product(seg, profile) \
                    and not _LOWER_TAIL.search(seg):
                out.append(("organization", seg, resolver.add_org(_strip_title_prefix(seg, profile))))
    return out


def _names_product(name: str, profile: Profile) -> bool:
    """The name is a product of the profile's, or ends with one ("Remote Pilot Academy", "the April Pilot Academy":
    a course the vendor sells, named with an organisation word): a thing, not an organisation."""
    low = " ".join(name.lower().split())
    return any(low == f or low.endswith(" " + f) for p in profile.products for f in
               (" ".join(x.lower().split()) for x in (p.name, *p.aliases)) if len(f.split()) >= 2)


@functools.lru_cache(maxsize=64)
def _any_word_re(words: frozenset[str]) -> re.Pattern:
    """One regex finding any of ``words`` not inside a longer run of letters (what a search per word
    with the same look-arounds finds anywhere; compiled once per word set, not once per line)."""
    if not words:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(r"(?<![a-z])(?:" + alt + r")(?![a-z])")


def _is_credential(seg: str) -> bool:
    return bool(re.fullmatch(r"(?:MD|PhD|RN|JD|MPH|Esq\.?|Jr\.?|Sr\.?|II|III|\(.*\))", seg.strip()))


def _strip_title_prefix(seg: str, profile: Profile) -> str:
    words = seg.split()
    while len(words) > 2 and words[0].lower() in profile.title_words and words[1][:1].isupper():
        # "Block Captain Maple Ridge Block Watch" is rare; commas split most cases
        break
    return " ".join(words)


# ---------------------------------------------------------------------------- main entry
def _load_nlp(profile: Profile, model: str | None):
    from giftgraph.nlp.components import load_pipeline

    return load_pipeline(profile, model)


@dataclass
class MessageFacts:
    """What extraction reads of a batch of messages before anything is resolved: a function of the
    messages, their analyses and the profile alone, so it can be computed anywhere (in this process,
    or as Dask tasks over batches, `giftgraph.scale`) and the batches merged (`update`) in any order.

    ``signatures``: each message's closing block (`split_signature` of its own text; those with
    lines); ``lower_words``, ``places``, ``org_starts``: the release-wide evidence that a name is no
    person (`_NotPerson`), summed over the batch; ``relation``: message id -> (length of the own
    text the relations stage reads, why the message carries no relation or None), with relation
    rules; ``addresses``: the header addresses parsed (`Resolver.address_parts_of`), with a resolver.
    """

    signatures: dict[str, Signature] = field(default_factory=dict)
    lower_words: Counter = field(default_factory=Counter)
    places: set[str] = field(default_factory=set)
    org_starts: set[str] = field(default_factory=set)
    relation: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    addresses: dict = field(default_factory=dict)

    def update(self, other: "MessageFacts") -> None:
        self.signatures.update(other.signatures)
        self.lower_words.update(other.lower_words)
        self.places |= other.places
        self.org_starts |= other.org_starts
        self.relation.update(other.relation)
        self.addresses.update(other.addresses)


def message_facts(messages: Iterable[Message], docs: dict, *, rules=None,
                  resolver: Resolver | None = None) -> MessageFacts:
    """The `MessageFacts` of ``messages`` with their analyses ``docs`` (by message id): signature
    blocks and the not-a-person evidence; with relation ``rules``
    (a `giftgraph.nlp.relations.RelationRules`) what the relations stage reads of each first; with a
    ``resolver`` of the profile (only its parser of printed addresses is used) the headers parsed."""
    f = MessageFacts()
    for m in messages:
        doc = docs[m.id]
        sig = _signature_of(m)
        if sig.lines:
            f.signatures[m.id] = sig
        lower, places, org_starts = _NotPerson.parts(doc)
        f.lower_words.update(lower)
        f.places |= places
        f.org_starts |= org_starts
        if rules is not None:
            from giftgraph.nlp.relations.text import own_text

            text = own_text(m, rules, doc)
            f.relation[m.id] = (len(text), rules.is_skipped(m, text))
    if resolver is not None:
        f.addresses = resolver.address_parts_of(messages)
    return f


def _signature_of(m: Message) -> Signature:
    body = m.body or ""
    return split_signature(body, signature_end(body))


def extract_entities(messages: Sequence[Message], *, profile: "str | Profile | None" = None, model: str | None = None,
                     progress: bool = False, nlp=None, batch_size: int = 64, analyses: Mapping[str, Any] | None = None,
                     custodian: str = "auto", facts: MessageFacts | None = None,
                     edge_sink: Callable[[Edge], object] | None = None):
    """Run the spaCy pipeline and entity resolution. Returns (index, docs, nodes, edges).

    ``edge_sink``: given each EMAILED and MEMBER_OF edge as it is made (then not kept: the returned
    edges are the others), e.g. the graph on disk's ``add_edge``: a large release's header edges are
    never all in memory at once.

    ``facts``: the `MessageFacts` of all ``messages``, computed beforehand (e.g. on a Dask cluster,
    see `giftgraph.scale`); without them each part is computed here, with the same result.

    ``custodian``: whose mailbox the release is, for messages whose From line is only a redaction
    box: ``"auto"`` (see `release_custodian`), ``"none"``, or a person's name or address.

    ``docs`` are `giftgraph.nlp.analysis.Analysis` objects by message id (entity spans; a parse on
    demand), not spaCy Docs: ``analyses`` may be given (computed in parallel, on a cluster or
    from the case's cache, see `giftgraph.nlp.analysis.analyse_messages`)."""
    from giftgraph.nlp.analysis import Parser, analyse_messages

    prof = Profile.load(profile)
    messages = list(messages)
    if analyses is None:
        if nlp is None:
            nlp = _load_nlp(prof, model)
        analyses = analyse_messages(messages, nlp, batch_size=batch_size, progress=progress)
    parser = Parser(prof, model, nlp)
    if hasattr(analyses, "attach_parser"):  # read from the case's cache as needed (giftgraph.nlp.analysis.CachedAnalyses)
        docs = analyses
        docs.attach_parser(parser)
    else:
        docs = {m.id: analyses[m.id] for m in messages}
        for a in docs.values():
            a.attach_parser(parser)

    res = Resolver(prof, messages, address_parts=facts.addresses if facts is not None else None)
    res.merge_headers()
    # one pass over the analyses (read from the case's cache one at a time: each pass decodes them all):
    # signatures; and, for the text below, the person spans and what says a phrase is no person
    # (message, the span's text and offsets): not the span itself, whose analysis' token forms would stay
    # in memory for every name of the release
    person_spans: list[tuple[Message, _NameSpan]] = []
    not_person = _NotPerson.of_facts(facts) if facts is not None else _NotPerson(set(), set(), Counter())
    for m in messages:
        doc = docs[m.id]
        sig = facts.signatures.get(m.id, Signature()) if facts is not None else _signature_of(m)
        if sig.lines:
            res.add_signature(m, sig, classify_signature(sig, doc, prof, res, m.sender.email if m.sender else None))
        # a name inside the postal address of the signature ("Unit 4, Kirkstall Forge, Leeds LS5 3BT") is a place
        text = doc.text if sig.lines else ""
        postal = [(ln.start, ln.end) for ln in sig.lines if ln.kind == "address" and text[ln.start:ln.end] == ln.text]
        for e in doc.ents:
            if e.label_ == "PERSON" and not any(a <= e.start_char and e.end_char <= b for a, b in postal):
                person_spans.append((m, _NameSpan(e.text, e.start_char, e.end_char)))
        if facts is None:
            not_person.add(doc)
    res.run_passes("signatures")
    # the organisations the profile and the signatures name: the start of one ("Grace Tabernacle" of "Grace
    # Tabernacle Church of Sylmar" on the pastor's signature) is that organisation's short form, no person
    org_start_of: dict[str, set[str]] = defaultdict(set)
    for name, o in res.orgs.items():
        for form in (name, *o.get("aliases", ())):
            w = norm(form).split()
            for k in range(2, len(w)):
                not_person.org_starts.add(" ".join(w[:k]))
                org_start_of[" ".join(w[:k])].add(name)

    # (the texts read again only when some organisation's name has a possessive start: not kept from the pass
    # above, where they would all be in memory at once)
    _possessive_short_forms(res, (docs[m.id].text for m in messages))

    # text: full names first (they may create people), then the short forms
    for m, e in person_spans:
        pn = parse_name(e.text, titles=res.titles)
        if not pn.has_full:
            continue
        key = _find_person(res, e, m, docs[m.id].text)
        if key is None and len(org_start_of.get(norm(pn.full), ())) == 1:
            res.add_org(" ".join(e.text.split()))  # the short form of the one organisation it starts
        elif key is None and _plausible_new_person(e, pn, prof, res) and not not_person.says(e, pn, docs[m.id].text):
            key = res.add_text_person(e.text, m)
            if key:
                res.thread_mentions[thread_key(m)].add(key)
        if key:
            res.message_mentions[m.id].add(key)
    # "From: Paul" in a thread whose text names "Paul Varga" and no other Paul; pvarga@ likewise
    res.run_passes("text")
    index = EntityIndex(resolver=res)
    person_mentions: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for m, e in person_spans:
        key = _find_person(res, e, m, docs[m.id].text)
        if key:
            c = res.clusters[res.uf.find(key)]
            pn = parse_name(e.text, titles=res.titles)
            if not pn.is_empty():
                c.aliases.add(" ".join(e.text.split()))
                if pn.title and pn.title.lower().split()[0].rstrip(".") in res.titles:
                    c.text_titles[pn.title] += 1
            res.thread_mentions[thread_key(m)].add(c.key)
            person_mentions[m.id].append((e.start_char, e.end_char, e.text, c.key))
    # "I'm the burglary detective at LAPD Northeast Division": the writer's own unit, when no signature names one
    # (not the reader's or another's unit: "I'm leaving the four units with your training unit", "I'm sending a box
    # to you at the Harbor District station")
    self_unit = re.compile(r"\bI(?:'m|\u2019m| am)\b(?:(?!\b(?:to|for|with)\s+(?:you|them|him|her)\b)[^.!?\n]){0,80}"
                           r"\b(?:with|at|in|from|of|for)\b(?!\s+(?:you|them|him|her)\b)"
                           r"(?:(?!\b(?:your|their|his|her)\b|\b(?:to|for|with)\s+(?:you|them|him|her)\b)[^.!?\n]){0,40}$",
                           re.I)
    # organisations named in the text: an ORG span with an organisation word ("Hillside Fellowship")
    org_words = prof.organization_words - _GENERIC_ORG_WORDS
    for m in messages:  # one pass for both (neither reads what the other adds)
        doc = docs[m.id]
        _add_text_orgs(doc, res, org_words, prof.title_words, prof)
        key = res.cluster_of_address(m.sender)
        if not key:
            continue
        text = doc.text
        for e in doc.ents:
            if e.ent_id_.startswith("division:"):
                line_start = text.rfind("\n", 0, e.start_char) + 1
                if self_unit.search(text[line_start:e.start_char]):
                    c = res.clusters[res.uf.find(key)]
                    unit = e.ent_id_.split(":", 1)[1]
                    c.text_units[unit] += 1
                    # "I'm a patrol officer at the 2nd Precinct" from a personal address: a unit of the agency is agency
                    # staff, as a signature naming it says (a vote, below any address domain's)
                    c.roles["officer"] += 1
                    end = min(len(text), max(text.find(".", e.end_char), e.end_char) + 1)
                    c.member_quotes.setdefault("division:" + unit, (m.id, " ".join(text[line_start:end].split())))
                    res.used["division"].add(unit)

    # people named by ORG/GPE mistakes of the statistical model ("Marcus mentioned ..."); in the same pass
    # over the analyses (nothing here reads what the other part adds), the products, divisions,
    # organisations and codes the text names (`_note_used`)
    introduced: dict[str, Counter] = defaultdict(Counter)  # code key -> forms printed where introduced
    for m in messages:
        for e in docs[m.id].ents:
            if e.label_ in ("ORG", "GPE", "NORP", "PRODUCT") and not e.ent_id_ and len(e) == 1 and e.text[:1].isupper():
                key = res.find_person(e.text, message=m)
                if key and e.text.lower() not in res.table["organization"]:
                    person_mentions[m.id].append((e.start_char, e.end_char, e.text, res.uf.find(key)))
            if e.ent_id_:
                _note_used(e, res, introduced)

    del person_spans
    # resolution is done: what its passes remembered is not kept through the building of nodes and edges, relations
    # and the graph; released before the nodes and edges are made, so that they take the room the memos leave (on
    # the whole Enron inbox the memos are ~165 MB and the peak was the building of nodes on top of them)
    res.settle()  # (and a header address's person is remembered as its key from now on, not as its parse)
    nodes, edges = _build(messages, docs, res, prof, index, person_mentions, custodian, introduced, edge_sink)
    res.release_memos()  # and what the building of nodes and edges remembered again
    res.forget_messages()  # nor which messages name each person (the nodes and edges are built)
    res.forget_node_facts()  # nor what only the people's nodes read (aliases, header forms, merge reasons)
    return index, docs, nodes, edges


class _NameSpan:
    """What the text passes read of a PERSON span: its text and character offsets."""

    __slots__ = ("text", "start_char", "end_char")

    def __init__(self, text: str, start_char: int, end_char: int):
        self.text, self.start_char, self.end_char = text, start_char, end_char


class _Phrases:
    """Where a text prints any of many names (one word or more, in the case given, any white space between the
    words): the text's words that can begin a name (`_NAME_START`) are looked up among the names' first words and
    only those are matched further, so the cost is linear in the text, not in the text times the names (one regex
    alternation of every name of a release grows with both). A name is matched whole: not inside a longer word;
    a bracket or quote before it and punctuation after it are no part of it."""

    _CLOSE = ".,;:!?)\"'\u201d\u2019"

    def __init__(self, names: dict):
        self.first: dict[str, list] = defaultdict(list)
        for name, value in names.items():
            words = name.split()
            if words:
                self.first[words[0]].append((name, value))
        for first, cands in self.first.items():
            cands.sort(key=lambda c: -len(c[0]))  # the longest name first
            self.first[first] = [(tuple(n.split()), v) for n, v in cands]  # (words, value): no pattern per name
        lower = any(not f[:1].isupper() for f in self.first)
        word = r"[^\s(\"'\u201c\u2018]\S*" if lower else r"[A-Z]\S*"
        self._start = re.compile(r"(?<![^\s(\"'\u201c\u2018])" + word)
        self._words = re.compile(word)  # (a text that prints no first word at all is passed over at once)

    def __bool__(self) -> bool:
        return bool(self.first)

    def finditer(self, text: str):
        """(start, end, the name as printed, its value) of each name printed in ``text``, left to right."""
        first, close = self.first, self._CLOSE
        if not any(w in first or w.rstrip(close) in first for w in set(self._words.findall(text))):
            return
        pos = 0
        for x in self._start.finditer(text):
            a = x.start()
            if a < pos:
                continue
            tok = x.group(0)
            cands = first.get(tok) or first.get(tok.rstrip(close))
            if not cands:
                continue
            for words, value in cands:
                end = _words_at(text, a, words)
                if end is not None:
                    pos = end
                    yield a, pos, text[a:pos], value
                    break


_SPACE = re.compile(r"\s+")


def _words_at(text: str, at: int, words: tuple[str, ...]) -> int | None:
    """Where the name of ``words`` printed at ``at`` ends (white space of any kind between the words, no letter,
    digit, apostrophe or hyphen right after it), or None."""
    pos = at
    for k, w in enumerate(words):
        if k:
            m = _SPACE.match(text, pos)
            if m is None:
                return None
            pos = m.end()
        if not text.startswith(w, pos):
            return None
        pos += len(w)
    if pos < len(text) and (text[pos].isalnum() or text[pos] in "_'\u2019-"):
        return None
    return pos


# organisation words too general to make a name in the text an organisation's ("the sales office")
_GENERIC_ORG_WORDS = frozenset({"department", "office", "bureau", "services", "agency", "division", "station", "team", "group"})
# organisation words that name a body of people and never a place or a building (not "center", "hall", "library")
_BODY_WORDS = frozenset({"foundation", "fellowship", "association", "society", "coalition", "alliance", "league",
                         "institute", "collective", "trust"})


def _org_extent(doc, e, org_words, title_words):
    """The words of an organisation's name that the model's span ``e`` leaves out, put back: the kind after it
    ("St. Brendan's" + "Church"), the place after "of" ("First Baptist Church" + "of Reseda") and the capitalised
    words before an "of" ("Our Lady of" + "Grace Parish"; not a title: "Director of ..."). (start, end) of the whole
    name in the text when it then holds an organisation word and differs from the span; else None. Read on the
    text: an analysis keeps no tokens."""
    text = doc.text
    start, end = e.start_char, e.end_char
    words = [w.lower().rstrip(".") for w in e.text.split()]
    if not any(w in org_words for w in words):
        m = _KIND_AFTER.match(text, end)
        if not m or m.group(2).lower() not in org_words:
            return None
        end = m.end()
    m = _PLACE_AFTER.match(text, end)
    if m:
        end = m.end()
    m = _WORDS_BEFORE_OF.search(text, max(0, start - 60), start)
    if m:
        before = m.group(1).split()
        opens = m.start(1) == 0 or re.search(r"(?:[.!?:]\s+|\n\s*)$", text[:m.start(1)])
        # (not a person "of" the organisation: "Dr. Anika Lund of Cedar Bend Clinic", "Rhea Moss of Elm Hall")
        person = before[0].lower().rstrip(".") in _HONORIFICS_BEFORE or (
            len(before) in (2, 3) and before[0].lower() in known_given_names()
            and all(re.fullmatch(r"[A-Z][a-z'\u2019-]+", w) for w in before))
        if not person and not any(w.lower().rstrip(".") in title_words | _FUNCTION_WORDS - {"our"} for w in before) and \
                not (opens and len(before) == 1):
            start = m.start(1)
    return None if (start, end) == (e.start_char, e.end_char) else (start, end)


# honorifics that open a person's name, never an organisation's
_HONORIFICS_BEFORE = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "rev", "reverend", "fr"})
# after a name, up to two more capitalised words and an organisation word: "St. Brendan's" + " Church"
_KIND_AFTER = re.compile(r"((?: [A-Z][\w'\u2019.-]*){0,2}) ([A-Z][a-z]+)\b")
# "... Church" + " of Reseda" (one or two capitalised words, not "of the")
# (the second word may be wrapped onto the next printed line, "... Division of Motor\nVehicles", when no capitalised
# word follows it there: not a signature's name, "... of Millbrook\nOna Vell")
_PLACE_AFTER = re.compile(r" of (?!The\b)[A-Z][a-z]+(?: [A-Z][a-z]+|\n[A-Z][a-z]+(?![ ][A-Z]|[a-z]))?\b")
# "Our Lady of " before "Grace Parish": one to three capitalised words and "of", on the span's line
_WORDS_BEFORE_OF = re.compile(r"((?:[A-Z][\w'\u2019.-]* ){1,3})of $")


def _possessive_short_forms(res: Resolver, texts: Iterable[str]) -> None:
    """"St. Brigid's" printed on its own for the signed "St. Brigid's Family Shelter": the start of an organisation's
    name that ends in a possessive ('s) and has two words or more is its short form when the release prints it
    without the rest of the name, and it starts the name of no other organisation. The texts are read once for
    all such starts (`_Phrases`), whatever their number."""
    starts: dict[str, set[str]] = defaultdict(set)
    for name in list(res.orgs):
        w = name.split()
        for k in range(2, len(w)):
            if re.search(r"\w['\u2019]s$", w[k - 1]):
                starts[" ".join(w[:k])].add(name)
    wanted: dict[str, object] = {}
    for prefix, names in starts.items():
        if len(names) != 1 or prefix.lower() in res.table["organization"]:
            continue
        name = next(iter(names))
        nxt = name.split()[len(prefix.split())]
        for form in {prefix, prefix.replace("'", "\u2019"), prefix.replace("\u2019", "'")}:
            wanted[form] = (prefix, name)
            wanted[f"{form} {nxt}"] = None  # followed by the rest of the name: not printed on its own
    if not wanted:
        return
    finder, alone = _Phrases(wanted), set()
    for t in texts:
        alone.update(v for _, _, _, v in finder.finditer(t) if v is not None)
    for prefix, name in alone:
        res.orgs[name]["aliases"].add(prefix)
        res.table["organization"][prefix.lower()] = name


# what an agency does when it takes up a referral: signs, orders, books ("signed yesterday", "'s order came in")
_SIGNS_ON = re.compile(r"(?:(?:['\u2019]s)?\s+(?:order|purchase|contract)\s+(?:came|went|is|was|has)\b|"
                       r"\s+(?:has\s+|have\s+|just\s+|officially\s+|finally\s+)?"
                       r"(?:signed|ordered|booked|purchased|bought|went\s+live|came\s+on\s+board|placed\s+(?:an|its|their)\s+"
                       r"order)\b)")
_CODE_TALK = re.compile(r"\b(?:code|referr(?:al|ed|ing))\b", re.I)


def _add_text_orgs(doc, res: Resolver, org_words: set[str] | frozenset[str], title_words=frozenset(),
                   profile: Profile | None = None) -> None:
    """Organisations named in a message's text: an ORG span with an organisation word ("Hillside Fellowship"),
    with the words of the name the span left out (`_org_extent`)."""
    for e in doc.ents:
        # "the Harbor Gate Tenants Council" (a name after "the" has three words or more: not "the Civic Center"), or two
        # when the second says it is a body of people, never a place: "the Harlan Foundation", "the Oakes Fellowship"
        named = e.text[:1].isupper() or (e.text.lower().startswith("the ") and e.text[4:5].isupper() and (
            len(e) >= 4 or len(e) == 3 and e.text.split()[-1].lower() in _BODY_WORDS))
        # the model may call "Easton PD" a place, a person or a title: a name that ends with the kind of
        # organisation it is (`_ORG_KIND_END`) is an organisation whatever its label
        kind_end = e.label_ in _NAME_LABELS and bool(_ORG_KIND_END.search(e.text))
        # "Tamber County signed this morning with your code", "Brill County's order came in with CODE12": a place that
        # signs or orders, in a message about a code or a referral, is the agency of that place
        if e.label_ in ("GPE", "ORG") and not e.ent_id_ and named and 1 <= len(e) <= 5 and "\n" not in e.text and \
                _SIGNS_ON.match(doc.text, e.end_char) and (_CODE_TALK.search(
                    doc.text[max(0, e.start_char - 300):e.end_char + 300]) or any(
                    x.ent_id_.startswith("code:") and abs(x.start_char - e.start_char) < 300 for x in doc.ents)):
            # (the name only: "Tasha - Harlow County" is a greeting and the county)
            name = _clean_org_span(re.split(r"\s+[-\u2013\u2014]\s+|,\s+", re.sub(r"['\u2019]s$", "", e.text))[-1])
            # (two words or more: "Fairhaven signed" names the town, its agency known by its full name elsewhere)
            if len(name.split()) >= 2 and not re.search(r"\b\d{1,6}\s+$", doc.text[max(0, e.start_char - 8):e.start_char]):
                res.used["organization"].add(res.add_org(name))
                continue
        ext = _org_extent(doc, e, org_words, title_words) if (e.label_ == "ORG" or e.label_ in _NAME_LABELS) and \
            not e.ent_id_ and named and "\n" not in e.text else None
        if ext is not None:
            name = _clean_org_span(doc.text[ext[0]:ext[1]])
            words = name.lower().split()
            if profile is not None and _names_product(name, profile):
                continue
            if words and words[-1] in _ISSUE_WORDS:
                continue  # "HAVERLY ACADEMY MONTHLY", "the Ridgeway Newsletter": a publication's masthead, no body
            if 2 <= len(words) <= 9 and any(w in org_words for w in words):
                res.used["organization"].add(res.add_org(name))
            continue
        if (e.label_ == "ORG" or kind_end) and not e.ent_id_ and 2 <= len(e) <= 8 and named:
            name = _clean_org_span(e.text)
            words = name.lower().split()
            if words and words[-1].rstrip(".") in not_person_words().get("place_last_words", ()) and \
                    re.search(r"\b\d{1,6}\s+$", doc.text[max(0, e.start_char - 8):e.start_char]):
                continue  # "1180 Union Yard Road": a street after its house number, an address
            if words and words[-1] in _ISSUE_WORDS:
                continue  # a newsletter's masthead ("Corbel Guild Monthly"), as above
            # "Granby County SO": the kind's short form is the organisation word
            if (len(words) >= 2 and (any(w in org_words for w in words) or _ORG_KIND_END.search(" " + name))
                    and "\n" not in e.text and not (profile is not None and _names_product(name, profile))
                    and not any(t.like_email or t.like_url for t in e)):
                res.used["organization"].add(res.add_org(name))


# the last word of a newsletter's or a bulletin's title, printed as its masthead: the publication, not the body that sends it
_ISSUE_WORDS = frozenset({"monthly", "quarterly", "newsletter", "newsletters", "digest", "bulletin", "e-newsletter"})


def _clean_org_span(text: str) -> str:
    """"Hillside Fellowship (cc'd" -> "Hillside Fellowship"; "Hillside Fellowship of" -> "Hillside Fellowship"."""
    words = []
    for w in text.split():
        if not re.fullmatch(r"[A-Za-z0-9\u00c0-\u024f&.'\u2019-]+", w):
            break
        words.append(w)
    while words and (words[-1].lower() in ("of", "the", "and", "&", "at", "in", "for", "on", "to") or not words[-1][:1].isalnum()):
        words.pop()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and words[0].lower() in ("per", "via"):
        words = words[1:]  # "Per University purchasing rules": the preposition opening the sentence is no part of a name
    return " ".join(words)


# Function words: a capitalised one inside a "name" the model found ("The Brookings Board", "Director
# Of Research") shows a title or an organisation, never a person (name particles are not here).
_FUNCTION_WORDS = {"the", "of", "and", "for", "with", "from", "to", "in", "on", "at", "by", "an", "or", "but",
                   "this", "that", "these", "those", "our", "your", "my", "his", "her", "their", "its", "we",
                   "you", "they", "he", "she", "it", "is", "are", "was", "were", "be", "via", "re", "fw", "fwd"}


_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z\u00e0-\u00ff'\u2019-]+) $")


def _find_person(res: Resolver, span, m: Message, text: str) -> str | None:
    """The person a name in the text names; "Ana Lucia Ferraz" that the model read as "Lucia Ferraz"
    is the known "Ana Lucia Ferraz" (or "Ana Ferraz") when the capitalised word just before the span,
    on its line, completes a name the release knows, and only then."""
    key = res.find_person(span.text, message=m)
    if key is not None:
        return key
    writer = _writer_by_given_names(res, span.text, m)
    if writer is not None:
        return writer
    before = _WORD_BEFORE.search(text[max(0, span.start_char - 30):span.start_char])
    if before is None or len(span.text.split()) < 2:
        return None
    return res.find_person(f"{before.group(1)} {span.text}", message=m)


def _writer_by_given_names(res: Resolver, text: str, m: Message) -> str | None:
    """"Mei Lin" signing a message from "Mei Lin Zhao": two words or more that begin the writer's own name of three
    words or more, and are not all of it, are the writer (a two-word given name, not a given name and a surname)."""
    words = [w.lower() for w in text.split()]
    key = res.cluster_of_address(m.sender) if len(words) >= 2 and m.sender is not None else None
    c = res.clusters.get(key) if key else None
    if c is None:
        return None
    for n in c.names:
        full = [w.lower() for w in n.full.split()]
        if len(full) > len(words) >= 2 and full[:len(words)] == words:
            return key
    return None


def _plausible_new_person(span, pn: PersonName, prof: Profile, res: Resolver) -> bool:
    words = span.text.split()
    if len(words) > 4 or re.search(r"\s[-\u2013\u2014/&+]\s|[,;:()\[\]]", span.text):
        return False
    if any(w.lower().strip(".,") in _FUNCTION_WORDS for w in words):
        return False
    for w in pn.full.split():
        if w.lower().rstrip(".") in prof.never_person or w.lower() in prof.title_words or w.lower() in prof.organization_words:
            return False
        # a title in the plural names several people ("Officers Lund's and Pike's", "Detectives Ray and Oku"): no one
        if len(w) > 3 and w.lower().endswith("s") and ({w.lower()[:-1], w.lower()[:-3] + "y"} & prof.title_words):
            return False
    low = pn.full.lower()
    if any(res.table[k].get(low) for k in ("product", "division", "organization")):
        return False
    full = pn.full.split()
    if re.fullmatch(r"[A-Z]\.?", full[-1]):  # "Dana W.": a surname's initial names someone, it makes no one new
        return False
    return all(re.fullmatch(r"[A-Z][a-z'\u2019-]+|[A-Z]\.", w) for w in full)


_LOWER_WORD = re.compile(r"(?<![A-Za-z.@/'\u2019-])[a-z]{3,}(?![A-Za-z@/'\u2019-])")


_VERB_BEFORE = re.compile(r"(?<![A-Za-z])([a-z]+) +(?:(?:the|a|an|your|our|my|their) +)?$")


class _NotPerson:
    """What says that a capitalised phrase spaCy called a person is a place or a thing: a place word
    at its end ("Elm Rd", "Birch Hollow Resort") or a compass word at its start ("Upper Valley"), a
    preposition of place before it ("out on Elm Rd"), a greeting glued to the name ("HiMarta"), a given
    name printed twice ("Marta Marta"), the rest of the release naming the same words as a place,
    or as the start of an organisation ("Elm Falls" beside "Elm Falls Police Department"), or writing
    each of its words in small letters (the words of an app's screen or a document's title)."""

    def __init__(self, places: set[str], org_starts: set[str], lower_words: Counter | None = None):
        self.places, self.org_starts = places, org_starts
        self.lower_words = lower_words if lower_words is not None else Counter()
        self.words = not_person_words()

    @classmethod
    def of_facts(cls, facts: "MessageFacts") -> "_NotPerson":
        """The release's places, organisation starts and small-letter words (`message_facts`)."""
        return cls(facts.places, facts.org_starts, facts.lower_words)

    def add(self, doc) -> None:
        """What one message's analysis says: its words in small letters, its places and organisations."""
        lower, places, org_starts = self.parts(doc)
        self.lower_words.update(lower)
        self.places |= places
        self.org_starts |= org_starts

    @staticmethod
    def parts(doc) -> tuple[Counter, set[str], set[str]]:
        """One message's share: (small-letter words counted, place names, organisation starts)."""
        places, org_starts = set(), set()
        thing_verbs = not_person_words().get("thing_verbs", frozenset())
        for e in doc.ents:
            if e.label_ in ("GPE", "LOC", "FAC"):
                places.add(norm(e.text))
            if e.label_ in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART") and not e.ent_id_:
                # "open Case Finder", "export the Weekly Digest": the object of a verb of things is a thing
                # (whatever the model called it there), so it is no person where the model says one
                before = _VERB_BEFORE.search(doc.text[max(0, e.start_char - 40):e.start_char])
                if before and before.group(1) in thing_verbs:
                    places.add(norm(e.text))
            if e.label_ in ("ORG", "FAC") or e.ent_id_.startswith(("organization:", "division:")):
                w = norm(e.text).split()
                for k in range(2, len(w)):
                    org_starts.add(" ".join(w[:k]))
        return Counter(_LOWER_WORD.findall(doc.text)), places, org_starts

    def says(self, span, pn: PersonName, text: str) -> bool:
        words = [w.strip(".,").lower() for w in pn.full.split()]
        if not words:
            return True
        if pn.title:  # "Officer Marta Lind": a rank or honorific says person
            return False
        start = getattr(span, "start_char", None)
        if start and text[start - 1] in "#@":
            return True  # "#ValleyStrong", "@CountySheriff": a hashtag or a handle, no one's name
        if words[-1] in self.words.get("place_last_words", ()) or words[0] in self.words.get("place_first_words", ()):
            return True
        # "Joseph E. Boone Blvd", "Ivan Allen Jr Blvd": a person's name that a street or a place is named after
        end = getattr(span, "end_char", None)
        after = re.match(r"[ \t]+([A-Z][A-Za-z]*)\b", text[end:end + 24]) if end is not None else None
        if after and after.group(1).lower() in self.words.get("street_after_name", ()):
            return True
        # "Old Ferrier Single Barrel bourbon", "the Kestrel Vantage camera": a kind of thing after it names a brand
        thing = re.match(r"[ \t]+([a-z]+)\b", text[end:end + 24]) if end is not None else None
        if thing and thing.group(1) in self.words.get("thing_after_name", ()):
            return True
        if len(set(words)) < len(words):
            return True
        short = self.words.get("date_short_words", ())
        if any(w in short for w in words) and all(w in short or w in self.words.get("date_words", ()) for w in words):
            return True  # "Thu Apr": a printed date's words
        greet = self.words.get("greetings", ())
        if any(pn.first.lower().startswith(g) and len(pn.first) > len(g) + 1 and pn.first[len(g)].isupper() for g in greet):
            return True
        # "Tell Omar to ...", "Ask Ravi whether ...": a request opening a sentence, then the name it is for
        if len(words) >= 2 and words[0] in _REQUEST_VERBS and \
                re.search(r"(?:^|[.!?:;\n])\s*$", text[max(0, span.start_char - 20):span.start_char]):
            return True
        # "Understood Sheriff, no hard feelings", "Thanks Chief": a word opening the sentence, then the rank the writer
        # addresses the reader by (a rank ends no one's name)
        if len(words) == 2 and words[-1] in _ADDRESS_RANKS and \
                re.search(r"(?:^|[.!?:;\n])\s*$", text[max(0, span.start_char - 20):span.start_char]):
            return True
        before = re.findall(r"[A-Za-z]+", text[max(0, span.start_char - 20):span.start_char])
        if before and before[-1].lower() in self.words.get("place_prepositions", ()) and text[span.start_char - 1:span.start_char].isspace():
            return True
        key = norm(pn.full)
        if key in self.places or key in self.org_starts:
            return True
        # "Live View", "Share Clip", "Annual Report": every word is one the release also writes in
        # small letters, as words and not as a name (a name's words rarely are)
        # ("Bill Price", "Will Hunter": a given name the nickname table knows keeps its person)
        return (pn.first.lower() not in known_given_names()
                and all(len(w) >= 3 and self.lower_words[w] >= 2 for w in words))


# ranks a writer addresses the reader by ("Understood Sheriff", "Thanks Sarge"): never the last word of a name
_ADDRESS_RANKS = frozenset({"sheriff", "undersheriff", "sergeant", "sarge", "deputy", "lieutenant",
                            "detective", "officer", "corporal", "trooper", "commander", "captain", "chief", "doc"})


# verbs that open a request about the person named next ("Tell Omar to ...", "Ask Ravi ...", and the ones that ask
# the reader to get in touch: "Call Ines at ...", "Email Ravi about ...", "Contact Bram for ...")
_REQUEST_VERBS = frozenset({"tell", "ask", "remind", "ping", "thank", "cc", "loop", "let", "have",
                            "call", "phone", "email", "e-mail", "contact", "text"})


# Words of a company's, an office's or a neighbourhood's titles: a rank word among them ("Chief
# Executive Officer", "Chief of Staff", "Block Captain", "Deputy Director") is no police rank.
_CORPORATE_TITLE = re.compile(r"\b(?:executive|revenue|marketing|technology|technical|operating|financial|finance|"
                              r"information|medical|scientific|science|product|sales|account|communications?|"
                              r"business|customer|success|people|legal|compliance|privacy|security officer|"
                              r"program|editor|correspondent|advisor|adviser|of the board|of staff|"
                              # a neighbourhood's, a church's or a board's titles: "Block Captain", "Deputy Director"
                              r"director|president|secretary|treasurer|chair|chairman|chairwoman|chairperson|"
                              r"coordinator|manager|administrator|block|neighbou?rhood|watch|church|parish|board|"
                              r"club|school|committee|council|pta|hoa|volunteer|team)\b", re.I)


def profile_describes(res: Resolver, prof: Profile) -> bool:
    """Does the profile describe this release? Only when some correspondent writes from one of its
    address domains, or a header or signature names its vendor or agency. A profile that describes
    another release (the Ring/LAPD default on a health agency's mail) gives no one a role."""
    names = {o.name for o in (prof.vendor_org, prof.agency_org) if o}
    for c in res.roots():
        if any(prof.domain_info(e) for e in c.emails) or names & (set(PersonCluster.orgs.peek(c)) | set(PersonCluster.header_orgs.peek(c))):
            return True
    return False


# a line that ends in a lower-case word ("Watch the recording", "Download the guide": a button's call to action left
# above a sign-off) names no organisation, which ends in a name's capital ("Friends of the Library", "Acme Tools, Inc.")
_LOWER_TAIL = re.compile(r"(?<![\w.&'-])[a-z][a-z'-]+\s*$")


def _signs_elsewhere(c: PersonCluster, prof: Profile) -> bool:
    """The person's signatures name only organisations other than the vendor and the agency, and no
    police body or unit: a transit authority's buyer or a city's clerk who writes from the same
    address domain as the city's police ("Procurement Manager / Harbor Transit Authority") works
    for the organisation the signature names, whatever the domain says."""
    orgs = PersonCluster.orgs.peek(c)  # read, not made (`_OnFirstUse.peek`): most people have none
    if not orgs or PersonCluster.units.peek(c) or PersonCluster.text_units.peek(c):
        return False
    sides = [o for o in (prof.vendor_org, prof.agency_org) if o]
    names = {n.lower() for o in sides for n in [o.name, *o.aliases]}
    agency = prof.agency_org
    elected = agency is not None and _ELECTED_BODY.search(agency.name) and \
        any(prof.domain_info(e).get("role") == "officer" for e in c.emails)
    for org in orgs:
        if elected and (_ELECTED_OFFICE_LINE.search(org) or _CIVIC_ORG.fullmatch(org)):
            # an elected body's people on its own domain who sign for the town ("Alderman, Town of Marden") or for
            # an official's office ("Office of the Mayor", "Office of Councilmember Ruiz") serve that body
            return False
        known = prof.organization(org)
        if (known is not None and known.kind in ("vendor", "agency")) or org.lower() in names or _AGENCY_LINE.search(org):
            return False
        if any(n and (n in org.lower() or org.lower() in n) for n in names):
            return False
    return True


_SALES_JOB = re.compile(r"\b(?:sales|account|accounts|territory|business development|partnerships?|customer success|"
                        r"solutions|channel|marketing|revenue|key accounts?|public sector)\b", re.I)


def _sells_not_serves(c: PersonCluster, prof: Profile) -> bool:
    """A unit's name on a signature ("Account Executive | Harbor & Westside", "Territory Manager, North
    Division accounts") is where a vendor's salesperson sells, not where an officer serves: officer
    votes from it do not count for someone whose address is the vendor's, or whose titles are all a
    company's (sales, accounts, territory) with no rank, unless a signature names the agency itself."""
    agency = prof.agency_org
    names = {n.lower() for n in ([agency.name, *agency.aliases] if agency else [])}
    if any(o.lower() in names or (prof.organization(o) is not None and prof.organization(o).kind == "agency")
           for o in PersonCluster.orgs.peek(c)):
        return False
    if any(prof.domain_info(e).get("role") == "vendor_employee" for e in c.emails):
        return True
    titles = [t for t in PersonCluster.titles.peek(c) if t]
    ranks = prof.rank_words()
    return bool(titles) and all(_SALES_JOB.search(t) and not any(
        w.lower().rstrip(".,") in ranks for w in t.split()) for t in titles)


def _role(c: PersonCluster, prof: Profile, described: bool = True) -> str:
    """The role the release's evidence gives: the address's domain, the signature's organisation or
    unit, a printed header tag, else a rank of the profile in a title that is not a company's or an
    office's ("Chief Executive Officer"); `other` when nothing says, or the profile does not describe
    the release."""
    if not described:
        return "other"
    votes: Counter = Counter()
    elsewhere = _signs_elsewhere(c, prof)
    for e in c.emails:
        r = prof.domain_info(e).get("role")
        if r and not (elsewhere and r in ("officer", "vendor_employee")):
            votes[r] += 3
    votes.update(PersonCluster.roles.peek(c))
    if votes.get("officer") and _sells_not_serves(c, prof):
        del votes["officer"]
    if votes:
        return votes.most_common(1)[0][0]
    ranks = prof.rank_words()
    ranked = any(t.lower().split()[0].rstrip(".") in ranks and not _CORPORATE_TITLE.search(t)
                 for t in [*PersonCluster.titles.peek(c), *PersonCluster.text_titles.peek(c)] if t)
    if elsewhere and not all(_CIVIC_ORG.fullmatch(o) for o in PersonCluster.orgs.peek(c)):
        # "Lt. Dale Voss (Ret.) / Principal, Voss Consulting LLC": a rank, but he signs for a firm (a
        # sergeant who signs "City of Ashgrove" serves the city's police: his rank still counts, and so does an
        # officer's who writes from the agency's own domain and signs the school or site he is posted to:
        # "Ofc. Ida Kern #212 / Larchmont Middle School")
        if not (ranked and any(prof.domain_info(e).get("role") == "officer" for e in c.emails)):
            return "other"
    if ranked:
        return "officer"
    return "other"


# "our CEO, Ana Voss", "my colleague Ana Voss", "Ana Voss, our regional director": the writer's own
# organisation's person (general English for a colleague; the job words are a company's or an agency's)
_COLLEAGUE_JOB = (r"(?:colleague|coworker|co-worker|teammate|boss|supervisor|CEO|CTO|COO|CFO|founder|co-founder|"
                  r"president|vice president|VP|chief|captain|lieutenant|sergeant|commander|director|manager|engineer|"
                  r"lead|head of [a-z]+|(?:[a-z]+ )?officer)")
# "our account manager, Ana Voss" in an officer's mail is the vendor's person assigned to the agency
_NOT_OWN = r"(?!(?:[A-Za-z-]+\s+){0,2}?(?:account|accounts|sales|vendor|contact|liaison|customer|client)\b)"
_BEFORE = r"\b(?:our|my)\s+{}(?:own\s+|new\s+)?(?:[A-Za-z-]+\s+){{0,2}}" + _COLLEAGUE_JOB + r",?\s+$"
_AFTER = r"^,\s+(?:our|my)\s+{}(?:[A-Za-z-]+\s+){{0,2}}" + _COLLEAGUE_JOB + r"\b"
_COLLEAGUE_BEFORE = re.compile(_BEFORE.format(""), re.I)
_COLLEAGUE_AFTER = re.compile(_AFTER.format(""), re.I)
_OWN_BEFORE = re.compile(_BEFORE.format(_NOT_OWN), re.I)  # as above, without the vendor's person assigned to us
_OWN_AFTER = re.compile(_AFTER.format(_NOT_OWN), re.I)


def _colleagues(messages, docs, res: Resolver, person_mentions) -> dict[str, set[tuple[str, bool]]]:
    """Person key -> (writer key, whether the words leave out a vendor's person assigned to the writer:
    "our account manager, X" is the vendor's when an officer writes it) for each writer who names
    them as their own colleague in their own text."""
    out: dict[str, set[tuple[str, bool]]] = defaultdict(set)
    for m in messages:
        mentions = person_mentions.get(m.id)
        writer = res.cluster_of_address(m.sender) if mentions else None
        if not writer:
            continue
        writer = res.uf.find(writer)
        text = docs[m.id].text
        end = own_text_end(text)
        for start, stop, _t, key in mentions:
            key = res.uf.find(key)
            if start >= end or key == writer:
                continue
            line_start = text.rfind("\n", 0, start) + 1
            before, after = text[line_start:start], text[stop:stop + 80]
            if _COLLEAGUE_BEFORE.search(before) or _COLLEAGUE_AFTER.match(after):
                out[key].add((writer, bool(_OWN_BEFORE.search(before) or _OWN_AFTER.match(after))))
    return out


CUSTODIAN_SHARE = 0.5  # named in the headers of at least half the messages that name anyone ...
CUSTODIAN_LEAD = 2.0  # ... and in at least twice as many as the next person
CUSTODIAN_QUOTE = "(header; sender redacted: the release's custodian)"


QUOTED_READER_QUOTE = "(header printed no readers; quoted in a reply by its reader)"


def _quoted_readers(messages: Sequence[Message]) -> dict[str, list[Address]]:
    """Readers of emails the release prints only inside replies' quoted history, with no To or Cc line ("On <date>, Ann
    wrote:"): each one who replies to (or forwards) it, not its own writer; the rest of its readers are unknown. The
    messages themselves keep no inferred recipient, so deduplication compares only what was printed."""
    children: dict[str, list[Message]] = defaultdict(list)
    for m in messages:
        if m.in_reply_to:
            children[m.in_reply_to].append(m)
    out: dict[str, list[Address]] = {}
    for m in messages:
        kids = children.get(m.id)
        if not kids or m.to or m.cc or _sender_blank(m) or not all(p.quoted for p in m.provenance):
            continue
        readers = [k.sender for k in kids if not _sender_blank(k) and k.sender.key() != m.sender.key()]
        if readers:
            out[m.id] = readers
    return out


def _sender_blank(m: Message) -> bool:
    """No sender could be read: the From line is a redaction box, OCR debris or missing."""
    return m.sender is None or not (m.sender.name or m.sender.email)


def release_custodian(res: Resolver, messages: Sequence[Message]) -> PersonCluster | None:
    """The person whose mailbox the release is, when one person clearly dominates its headers.

    A records release of one official's mail (a FOIA release is produced per custodian) prints that
    person's own address redacted: a message whose From line is only a redaction box was sent from
    the custodian's private address. The custodian is the person named in the headers of at least
    half the messages that name anyone, and of at least twice as many as anyone else; a release
    gathered from many mailboxes (several officers, a vendor's staff) has no such person and no
    sender is inferred."""
    named = sum(1 for m in messages if not _sender_blank(m) or m.to or m.cc)
    ranked = sorted(res.roots(), key=lambda c: (-len(c.messages), c.key))
    if not named or not ranked:
        return None
    top = len(ranked[0].messages)
    runner_up = len(ranked[1].messages) if len(ranked) > 1 else 0
    if top >= CUSTODIAN_SHARE * named and top >= CUSTODIAN_LEAD * runner_up:
        return ranked[0]
    return None


class CustodianError(GiftgraphError, ValueError):
    """``--custodian NAME`` names no one, or several people, in the release."""


def named_custodian(res: Resolver, who: str) -> PersonCluster:
    """The one person whose address, name or alias is ``who`` (case and punctuation aside)."""
    key = norm(who)
    hits = [c for c in res.roots()
            if who.strip().lower() in c.emails or key in {norm(a) for a in [res.canonical_name(c), *c.aliases]}]
    if len(hits) != 1:
        raise CustodianError(f"--custodian {who!r}: " + ("no person of that name or address in the release" if not hits
                             else f"{len(hits)} people have that name; give an address"))
    return hits[0]


def _note_used(e, res: Resolver, introduced: dict[str, Counter]) -> None:
    """A span naming a product, division or organisation of the profile (``res.used``), or a promo
    code where it is introduced (``introduced``: code key -> forms printed)."""
    if e.ent_id_.startswith("product:"):
        res.used["product"].add(e.ent_id_.split(":", 1)[1])
    elif e.ent_id_.startswith("division:"):
        res.used["division"].add(e.ent_id_.split(":", 1)[1])
    elif e.ent_id_.startswith("organization:"):
        res.used["organization"].add(e.ent_id_.split(":", 1)[1])
    elif e.label_ == "PROMO_CODE" and e.ent_id_.startswith("code:"):
        introduced[code_key(e.ent_id_[5:])][e.ent_id_[5:]] += 1


_LEGAL_TAIL = re.compile(r",?\s+(?:Inc\.?|LLC|Ltd\.?|Limited|Corp\.?|Corporation|Co\.|GmbH|PLC)$", re.I)


def _shortened_org_mailbox(c: PersonCluster, name: str, prof: Profile):
    """The organisation a shared mailbox of its own domain goes by, printed shortened: "Acme Home <news@acmehome.example>"
    for Acme Home Devices, Inc. (every address of the cluster a shared box, `_ROLE_MAILBOXES`, on a domain of that
    organisation, and the display name's words the first words of its name); else None."""
    if not c.emails or any(not set(re.split(r"[._+-]", e.split("@", 1)[0].lower())) & _ROLE_MAILBOXES for e in c.emails):
        return None
    orgs = {prof.domain_info(e).get("organization") for e in c.emails}
    o = prof.organization(orgs.pop()) if len(orgs) == 1 else None
    words = name.lower().split()
    if o is None or not words:
        return None
    return o if any(f.lower().split()[:len(words)] == words for f in (o.name, *o.aliases)) else None


def _org_mailbox(c: PersonCluster, name: str, prof: Profile, res: Resolver) -> str | None:
    """The organisation a mailbox is named after when its display name is one of the profile's organisations ("Acme
    Cams <news@acme.example>", "Acme Cams Ltd. <events@...>") and nothing marks a person behind it (no title, no
    serial number, no unit): the organisation's canonical name, else None."""
    if not name:
        return None
    o = _shortened_org_mailbox(c, name, prof)
    if o is None and c.names and any(n.has_full and not prof.organization(n.raw) and not prof.organization(
            _LEGAL_TAIL.sub("", n.raw)) for n in c.names if n.raw):
        return None
    o = o or prof.organization(name) or prof.organization(_LEGAL_TAIL.sub("", name))
    if o is None or PersonCluster.titles.peek(c) or PersonCluster.serials.peek(c) or PersonCluster.units.peek(c):
        return None
    canon = res.table["organization"].get(o.name.lower(), o.name)
    return canon if res.orgs.get(canon) is not None else None


def _build(messages, docs, res: Resolver, prof: Profile, index: EntityIndex, person_mentions, custodian="auto",
           introduced: dict[str, Counter] | None = None, edge_sink: Callable[[Edge], object] | None = None):
    """The nodes and edges of the resolved release. ``introduced``: what `_note_used` found over
    every message's spans, when the caller's own pass over them gathered it (else read here);
    ``edge_sink``: given each edge as it is made, instead of the returned list (see `extract_entities`)."""
    by_id = {m.id: m for m in messages}
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    emit = edges.append if edge_sink is None else edge_sink
    vendor, agency = prof.vendor_org, prof.agency_org

    # --- persons
    key_to_id: dict[str, str] = {}
    canonical = {c.key: res.canonical_name(c) for c in res.roots()}
    named = Counter(norm(n) for n in canonical.values())
    described = profile_describes(res, prof)
    roles = {c.key: _role(c, prof, described) for c in res.roots()}
    for key, writer_roles in _colleagues(messages, docs, res, person_mentions).items():
        # "our CEO, Ana Voss": someone with no evidence of their own works where the writer does
        sides = {roles.get(w, "other") for w, own in writer_roles if own or roles.get(w) == "vendor_employee"}
        if roles.get(key) == "other" and not res.clusters[key].emails and len(sides) == 1 \
                and sides <= {"vendor_employee", "officer"}:
            roles[key] = sides.pop()
    for c in res.roots():
        org_name = _org_mailbox(c, canonical[c.key], prof, res)
        if org_name is not None:
            # "Acme Cams <news@acme.example>": a mailbox that goes by an organisation's name is that organisation
            # (its newsletters and notices are sent by it), not a person
            res.used["organization"].add(org_name)
            c.node_id = key_to_id[c.key] = make_id("organization", norm(org_name))
            continue
        nid = res.person_id(c)
        c.node_id = nid
        key_to_id[c.key] = nid
        name = canonical[c.key]
        aliases = {a for a in c.aliases | PersonCluster.short_aliases.peek(c) if a and a != name}
        for n in c.names:  # "Ilse L Haldane" is also "Ilse Haldane"
            if n.has_full and n.middle:
                aliases.add(n.first_last)
                given = [w for w in n.middle.split() if len(w.rstrip(".")) > 1]
                # "Keira Ann A Moss" is also "Keira Ann Moss"; "Pryor, Ellis Maud" is "Maud
                # Pryor" too, unless that is someone else's name (a name glued to another)
                for v in (" ".join([n.first, *given, n.last]), f"{given[-1]} {n.last}") if given else ():
                    others = named[norm(v)] - (norm(v) == norm(name))  # people other than this one so named
                    if not others:
                        aliases.add(v)
        for a in list(aliases) + [name]:
            # spellings people search for: "O'Leary" as "OLeary", "Costa-Ribeiro" as "Costa Ribeiro"
            if re.search(r"['\u2019]", a):
                aliases.add(re.sub(r"['\u2019]", "", a))
            if re.search(r"\w-\w", a) and "@" not in a:
                aliases.add(re.sub(r"(?<=\w)-(?=\w)", " ", a))
                aliases.add(re.sub(r"(?<=\w)-(?=\w)", "", a))
        aliases.discard(name)
        attrs = {"role": roles[c.key], "merge_reasons": list(dict.fromkeys(c.reasons))}
        # read, not made (`_OnFirstUse.peek`): most people have no title, serial or phone
        titles, serials, phones = (a.peek(c) for a in (PersonCluster.titles, PersonCluster.serials, PersonCluster.phones))
        if titles:
            attrs["title"] = titles.most_common(1)[0][0]
        if serials:
            attrs["serial"] = sorted(serials)[0]
        if phones:
            attrs["phones"] = sorted(phones)
        nodes[nid] = Node(id=nid, kind="person", name=name, aliases=sorted(aliases), emails=sorted(c.emails), attrs=attrs)

    def pid(key: str | None) -> str | None:
        if not key:
            return None
        return key_to_id.get(res.uf.find(key))

    # --- products, divisions, organisations, codes from the text
    if introduced is None:  # code key -> forms printed where introduced
        introduced = defaultdict(Counter)
        for m in messages:
            for e in docs[m.id].ents:
                _note_used(e, res, introduced)
    subjects = {re.sub(r"^(?:\s*(?:re|fw|fwd)\s*:\s*)+", "", m.subject or "", flags=re.I) for m in messages}
    finder = default_finder(prof)
    for subject in sorted(s for s in subjects if s):  # "Subject: your code ab-12 is live"
        for h in finder.find(subject):
            introduced[h.key][h.text] += 1
    for c in res.roots():
        res.used["division"].update(PersonCluster.units.peek(c))
        res.used["organization"].update(PersonCluster.orgs.peek(c))
        for e in c.emails:
            o = prof.domain_info(e).get("organization")
            if o:
                res.used["organization"].add(o)

    def ent_node(kind: str, name: str, **attrs) -> str:
        nid = make_id(kind, norm(name))
        if nid not in nodes:
            nodes[nid] = Node(id=nid, kind=kind, name=name, attrs={k: v for k, v in attrs.items() if v is not None})
        return nid

    product_ids = {}
    for p in prof.products:
        if p.name in res.used["product"]:
            product_ids[p.name] = ent_node("product", p.name, unit_price_usd=p.unit_price_usd, **p.attrs)
            nodes[product_ids[p.name]].aliases = sorted(set(p.aliases))
    division_ids = {}
    for u in [*prof.units, *res.release_units.values()]:
        if u.name in res.used["division"] and u.name not in division_ids:
            division_ids[u.name] = ent_node("division", u.name, unit_kind=u.kind, bureau=u.bureau)
            nodes[division_ids[u.name]].aliases = sorted(set(u.aliases))
    org_ids = {}
    for name in sorted(res.used["organization"]):
        name = res.table["organization"].get(name.lower(), name)
        o = res.orgs.get(name)
        if o is None or name in org_ids:
            continue
        org_kind = o["kind"]
        org_ids[name] = ent_node("organization", name, org_kind=org_kind)
        nodes[org_ids[name]].aliases = sorted(set(o["aliases"]))
    # every printing of an introduced code is a mention of it ("18 neighbours have used ab-12")
    printed = _printed_codes(introduced)
    code_mentions = {m.id: printed(docs[m.id].text) for m in messages} if introduced else {}
    # a code cut short where it was introduced ("SLO 7" of "SLO 7 OFF": "off" read as the end of the phrase) is the
    # longer code it begins when the release never prints it alone (every printing of it is one of the longer code)
    alone = {h.key for hits in code_mentions.values() for h in hits}
    cut = {k: min((x for x in introduced if x != k and x.startswith(k)), key=len) for k in introduced
           if k not in alone and any(x != k and x.startswith(k) for x in introduced)}
    forms: dict[str, Counter] = defaultdict(Counter)
    for key, c in introduced.items():
        if key not in cut:
            forms[key].update(c)
    for hits in code_mentions.values():
        for h in hits:
            if h.text not in introduced[h.key]:
                forms[h.key][h.text] += 1
    code_ids = {}
    for key, (name, aliases) in sorted(code_names(forms).items()):
        nid = ent_node("code", name)
        nodes[nid].aliases = aliases
        nodes[nid].attrs["key"] = key
        for f in (key, name, *aliases):
            code_ids.setdefault(f.upper(), nid)
    for key, longer in cut.items():
        if longer in forms:
            for f in (key, *introduced[key]):
                code_ids.setdefault(f.upper(), code_ids[longer])
    index.ids = {"product": product_ids, "division": division_ids, "organization": org_ids, "code": code_ids}
    index.vendor_id = org_ids.get(vendor.name) if vendor else None
    index.agency_id = org_ids.get(agency.name) if agency else None

    # the release's own organisations (signatures, text) printed by a name or short form of two words or more, as
    # written: a mention of that organisation whatever the model labelled the words ("St. Brigid's" unlabelled,
    # "St. Brigid's Family Shelter" cut in two); the profile's are the EntityRuler's
    own_names = {f: ("organization", org_ids[name]) for name, o in res.orgs.items() if name in org_ids and not o.get("profile")
                 for f in (name, *o.get("aliases", ())) if len(f.split()) >= 2}
    # --- mentions (~18 a message on Enron mail): kept on disk by the index until relations read them
    org_words = prof.organization_words - _GENERIC_ORG_WORDS
    # and the units only the release's signatures name (below): one pass over each text finds both
    release_names = _Phrases({**own_names, **{u.name: ("division", division_ids[u.name]) for u in res.release_units.values()
                                              if u.name in division_ids}})
    for m in messages:
        found: list[Mention] = []
        for start, end, text, key in person_mentions.get(m.id, []):
            found.append(Mention(text=text, start=start, end=end, label="PERSON", kind="person",
                                 node_id=pid(key)))
        in_person = _Covered([(f.start, f.end) for f in found])  # found holds the person mentions only so far
        for e in docs[m.id].ents:
            ext = _org_extent(docs[m.id], e, org_words, prof.title_words) if not e.ent_id_ and (
                e.label_ == "ORG" or e.label_ in _NAME_LABELS) and "\n" not in e.text else None
            if ext is not None and not in_person.holds(e.start_char):
                # the whole name the span is part of ("St. Brendan's" of "St. Brendan's Church")
                name = res.table["organization"].get(_clean_org_span(docs[m.id].text[ext[0]:ext[1]]).lower())
                if name and name in org_ids:
                    found.append(Mention(text=docs[m.id].text[ext[0]:ext[1]], start=ext[0], end=ext[1], label="ORG",
                                         kind="organization", node_id=org_ids[name]))
                    continue
            if e.label_ == "PERSON":
                # a name the model called a person that is the short form of a known organisation
                name = None if in_person.holds(e.start_char) else res.table["organization"].get(" ".join(e.text.split()).lower())
                if name and name in org_ids:
                    found.append(Mention(text=e.text, start=e.start_char, end=e.end_char, label="ORG",
                                         kind="organization", node_id=org_ids[name]))
                continue
            kind, nid = "", None
            if e.ent_id_.startswith("product:"):
                kind, nid = "product", product_ids.get(e.ent_id_.split(":", 1)[1])
            elif e.ent_id_.startswith("division:"):
                kind, nid = "division", division_ids.get(e.ent_id_.split(":", 1)[1])
            elif e.ent_id_.startswith("organization:"):
                kind, nid = "organization", org_ids.get(e.ent_id_.split(":", 1)[1])
            elif e.label_ == "PROMO_CODE":
                continue  # codes: below, every printing of a known code
            elif e.label_ == "ORG" or (e.label_ in _NAME_LABELS and _ORG_KIND_END.search(e.text)):
                # "the Oak Hill Club" is a mention of "Oak Hill Club" (the name as the text loop cleaned it)
                table = res.table["organization"]
                name = table.get(e.text.lower()) or table.get(_clean_org_span(e.text).lower())
                if name and name in org_ids:
                    kind, nid = "organization", org_ids[name]
            if in_person.holds(e.start_char):
                continue
            found.append(Mention(text=e.text, start=e.start_char, end=e.end_char,
                                 label=e.label_, kind=kind if nid else "", node_id=nid))
        hits = list(release_names.finditer(docs[m.id].text)) if release_names else []
        for o_start, o_end, printed_as, (kind, nid) in hits:
            # (not inside a longer name already found: "Ridgeway High School" of the unit "Ridgeway High School
            # Campus Unit")
            if kind != "organization" or in_person.overlaps(o_start, o_end) or any(
                    f.node_id and f.start <= o_start and o_end <= f.end and (f.kind == "organization" or f.end - f.start > o_end - o_start)
                    for f in found):
                continue
            found = [f for f in found if f.kind == "person" or f.end <= o_start or f.start >= o_end]
            found.append(Mention(text=printed_as, start=o_start, end=o_end, label="ORG", kind="organization", node_id=nid))
        # "donate ten X to the Harbor Patrol Unit": a unit only the release's signatures name (no profile pattern
        # marks it in the text) is a mention of that division wherever it is printed as the signature printed it
        for u_start, u_end, printed_as, (kind, nid) in hits:
            if kind != "division" or in_person.overlaps(u_start, u_end) or any(
                    f.node_id and f.start < u_end and u_start < f.end for f in found):
                continue
            found = [f for f in found if not (f.start < u_end and u_start < f.end)]
            found.append(Mention(text=printed_as, start=u_start, end=u_end, label="ORG", kind="division", node_id=nid))
        for h in code_mentions.get(m.id, []):
            if not in_person.overlaps(h.start, h.end):
                found.append(Mention(text=h.text, start=h.start, end=h.end, label="PROMO_CODE",
                                     kind="code", node_id=code_ids.get(h.key)))
        found.sort(key=lambda x: (x.start, x.end))
        index.add_mentions(m.id, found)

    # --- EMAILED
    mailbox = (release_custodian(res, messages) if custodian == "auto" else None if custodian in ("none", "", None)
               else named_custodian(res, custodian))
    if mailbox is not None:
        nodes[mailbox.node_id].attrs["custodian"] = True
    emailed: dict[tuple[str, str], list[str]] = defaultdict(list)
    inferred: set[str] = set()  # messages whose sender is the custodian by inference
    repliers = _quoted_readers(messages)
    for m in messages:
        s = pid(res.cluster_of_address(m.sender))
        if not s and mailbox is not None and _sender_blank(m) and (m.to or m.cc):
            s = mailbox.node_id
            inferred.add(m.id)
        if not s:
            continue
        for a in (m.to + m.cc) or repliers.get(m.id, ()):
            t = pid(res.cluster_of_address(a))
            if t and t != s and m.id not in emailed[(s, t)]:
                emailed[(s, t)].append(m.id)
    header_evidence: dict[str, Evidence] = {}  # one per message, shared by the edges to each of its recipients

    def header_ev(mid: str) -> Evidence:
        ev = header_evidence.get(mid)
        if ev is None:
            ev = header_evidence[mid] = evidence_for(by_id[mid], CUSTODIAN_QUOTE if mid in inferred else
                                                     QUOTED_READER_QUOTE if mid in repliers else "(header)")
        return ev

    # one attrs dict per count, shared by the edges of that count (40,520 dicts of 184 bytes at 10,130
    # Enron messages, held through relations): read only, `add_edge` copies them into the graph
    count_attrs: dict[int, dict[str, Any]] = {}
    for s_t in sorted(emailed):
        mids = emailed.pop(s_t)  # each pair's message list freed once its edge is made
        emit(Edge(type="EMAILED", source=s_t[0], target=s_t[1],
                  attrs=count_attrs.setdefault(len(mids), {"count": len(mids)}),
                  evidence=[header_ev(mid) for mid in mids]))
    header_evidence.clear()  # (the edges hold what they use)

    # the organisation the signatures of a domain's people name, when two or more of them name it and none another
    # ("Cabrillo Vista Police Department" under kmarchetti@ and larriaga@ cabrillovistapd.org): the one a person of
    # that domain who signs with no organisation belongs to (a chief signing "Chief of Police" only)
    from giftgraph.nlp.draft_profile import FREE_MAIL

    signed: dict[str, Counter] = defaultdict(Counter)
    for c in res.roots():
        orgs = PersonCluster.orgs.peek(c)
        if orgs:
            org = res.table["organization"].get(orgs.most_common(1)[0][0].lower(), orgs.most_common(1)[0][0])
            for dom in {e.rpartition("@")[2].lower() for e in c.emails if "@" in e}:
                signed[dom][org] += 1
    learned = {dom: next(iter(n)) for dom, n in signed.items()
               if len(n) == 1 and sum(n.values()) >= 2 and dom not in FREE_MAIL and next(iter(n)) in org_ids}
    # --- MEMBER_OF: the most specific unit a signature names, else the organisation, else the address's
    for c in res.roots():
        if c.node_id not in nodes or nodes[c.node_id].kind != "person":
            continue  # an organisation's own mailbox (`_org_mailbox`)
        target = quote = None
        units = PersonCluster.units.peek(c) or PersonCluster.text_units.peek(c)
        orgs = PersonCluster.orgs.peek(c)
        if units:
            unit = _most_specific(units, res)
            target, quote = division_ids.get(unit), c.member_quotes.get("division:" + unit)
        if target is None and orgs:
            org = res.table["organization"].get(orgs.most_common(1)[0][0].lower(), orgs.most_common(1)[0][0])
            target = org_ids.get(org)
            quote = c.member_quotes.get("organization:" + orgs.most_common(1)[0][0])
        if target is None:
            for e in sorted(c.emails):
                o = prof.domain_info(e).get("organization")
                if o and o in org_ids:
                    target = org_ids[o]
                    mid = sorted(c.sent or c.messages)[0]
                    quote = (mid, f"<{e}>")
                    break
        if target is None and learned and (c.sent or c.messages):
            for e in sorted(c.emails):
                o = learned.get(e.rpartition("@")[2].lower())
                if o is not None:
                    target, quote = org_ids[o], (sorted(c.sent or c.messages)[0], f"<{e}>")
                    break
        if target and quote:
            mid, q = quote
            if nodes[target].kind == "division":
                index.member_of[c.node_id] = target
            emit(Edge(type="MEMBER_OF", source=c.node_id, target=target, confidence=0.9,
                      evidence=[evidence_for(by_id[mid], q)]))
    index.nodes = nodes
    return list(nodes.values()), edges


_KIND_DEPTH = {"bureau": 0, "area": 1, "division": 2, "unit": 3}


def _most_specific(units: Counter, res) -> str:
    """The unit a person signs with most often; of units signed with as often (one line naming two: "Patrol
    Bureau - Ironwood District", "Troop C - Computer Crimes Unit"), the most specific: a unit under another (its
    ``bureau``) before that one, then by the kind its name says, narrowest first (a unit, squad or section; a
    division; a district, station or troop; a bureau), whichever order the line names them in."""
    top = units.most_common(1)[0][1]
    tied = [u for u, n in units.items() if n == top]
    if len(tied) == 1:
        return tied[0]
    def unit(name):
        return res.units.get(name) or res.release_units.get(name)
    def depth(name) -> int:
        u = unit(name)
        under = 10 if u is not None and u.bureau and u.bureau in tied else 0
        kind = "bureau" if u is not None and u.kind == "bureau" else _unit_kind(name)
        return under + _KIND_DEPTH.get(kind, 2)
    return max(tied, key=depth)


# İ ı ſ K: the only characters besides ASCII letters that a case-insensitive regex matches to one
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _printed_codes(keys: Iterable[str]) -> Callable[[str], list]:
    """`codes.find_known(text, keys)` as a function of the text, its regex asked only for the keys the
    text can hold: those found in the text squeezed to its letters and digits (`code_key`), since every
    printing of a code key squeezes to it. Each text was searched for every code of the release (one
    alternative per code: 133 codes on the whole Enron inbox, 10.4 s; now 3.8). With keys that are not code keys,
    or for a text with a character the regex folds to an ASCII letter, the regex gets them all."""
    keys = [k for k in keys if k]
    exact = all(k == code_key(k) for k in keys)

    def printed(text: str) -> list:
        asked = keys
        if exact and not _FOLDS_TO_ASCII.search(text):
            squeezed = code_key(text)
            asked = [k for k in keys if k in squeezed]
            if not asked:
                return []
        return find_known(text, asked)

    return printed


class _Covered:
    """Character ranges [start, end) of a text, asked whether any holds a position or overlaps a range
    in O(log n) (a message listing hundreds of people asked once per other entity was O(n^2))."""

    __slots__ = ("starts", "reach")

    def __init__(self, ranges: list[tuple[int, int]]):
        ranges = sorted(ranges)
        self.starts = [a for a, _ in ranges]
        self.reach = list(itertools.accumulate((b for _, b in ranges), max))  # the furthest end so far

    def holds(self, pos: int) -> bool:
        """Does a range hold ``pos`` (start <= pos < end)?"""
        k = bisect.bisect_right(self.starts, pos)  # ranges[:k] start at or before pos
        return k > 0 and self.reach[k - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Does a range overlap [start, end) (its start < end and its end > start)?"""
        k = bisect.bisect_left(self.starts, end)  # ranges[:k] start before end
        return k > 0 and self.reach[k - 1] > start


def extract(messages: Iterable[Message], *, profile: "str | Profile | None" = DEFAULT_PROFILE, model: str | None = None,
            progress: bool = False, analyses: Mapping[str, Any] | None = None, custodian: str = "auto",
            stage: Callable[[str], ContextManager] | None = None, facts: MessageFacts | None = None,
            scan_sentences: Callable | None = None, beside: Callable | None = None,
            resolution_edges: Callable[[Edge], object] | None = None) -> Extraction:
    """Entities, then relations: see the module docstring. ``resolution_edges``: given each edge resolution
    makes (EMAILED, MEMBER_OF) as it makes it, each then freed (the relations stage reads none of
    them), e.g. the graph on disk's ``add_edge``; the Extraction's edges are then the others, in their
    order. ``analyses``: precomputed per-message
    analyses by message id (see `extract_entities`); ``facts``: precomputed `MessageFacts` of
    all the messages (the same as computed here; see `giftgraph.scale`); ``scan_sentences``: where the
    relations stage cuts and scans sentences (see `giftgraph.nlp.relations.extract_relations`,
    ``scan``); ``beside``: how the relations stage runs families in another process (``beside``
    there). ``stage(name)``: a context
    manager around each part ("resolution", "relations"), e.g. `giftgraph.scale.StageClock.stage`
    to time them."""
    messages = list(messages)
    prof = Profile.load(profile)
    if stage is None:
        stage = nullcontext
    with stage("resolution"):
        # resolution's edges (EMAILED, MEMBER_OF) go to ``resolution_edges`` as they are made, never all in memory
        # (~25 MB of EMAILED edges held through relations on the Enron inbox, and more while they were made)
        index, docs, nodes, edges = extract_entities(messages, profile=prof, model=model, progress=progress,
                                                     analyses=analyses, custodian=custodian, facts=facts,
                                                     edge_sink=resolution_edges)
    with stage("relations"):
        _add_relations(messages, docs, index, prof, nodes, edges, facts, scan_sentences, beside)
    plain_apostrophe_aliases(nodes)
    return Extraction(nodes=nodes, edges=edges, index=index)


def plain_apostrophe_aliases(nodes: Iterable[Node]) -> None:
    """A name printed with a typographic apostrophe ("Brennick County Sheriff’s Office", "O’Hara") is also
    written with the plain one, as a reader types it: that form becomes an alias of the node (people, organisations,
    divisions, products)."""
    for n in nodes:
        if n.kind in ("person", "organization", "division", "product") and "’" in n.name:
            plain = n.name.replace("’", "'")
            if plain not in n.aliases:
                n.aliases.append(plain)


def _add_relations(messages, docs, index: EntityIndex, prof: Profile, nodes: list[Node], edges: list[Edge],
                   facts: MessageFacts | None = None, scan_sentences: Callable | None = None,
                   beside: Callable | None = None) -> None:
    if importlib.util.find_spec("giftgraph.nlp.relations") is not None:
        from giftgraph.nlp import relations

        if hasattr(relations, "extract_relations"):
            r_nodes, r_edges = relations.extract_relations(messages, docs, index, prof, facts=facts,
                                                           scan=scan_sentences, beside=beside)
            known = {n.id for n in nodes}
            used = set()
            for e in r_edges:
                used.update((e.source, e.target))
                for item in e.attrs.get("items") or []:
                    if isinstance(item, dict) and item.get("product"):
                        used.add(item["product"])
                if e.attrs.get("code"):
                    used.add(e.attrs["code"])
            # a new product/organisation/... node that no relation uses was never named in the release
            nodes += [n for n in r_nodes if n.id not in known and (n.kind == "person" or n.id in used)]
            edges += list(r_edges)
