"""Entity resolution: one node per real person, organisation, division, product and code.

People are gathered from three sources, in order of trust:

1. headers: display names ("Robert Delgado", "Delgado, Robert (LAPD)") and addresses;
2. signature blocks of the sender: name line ("Det. R. Delgado #30917"), sign-off ("Bob"),
   serial number, rank/title, unit and organisation lines;
3. the text: spaCy ``PERSON`` spans, including rank + name spans ("Detective Delgado").

Observations are merged with a union-find, each merge keeping its reason (node attribute
``merge_reasons``), when the evidence supports it: the same address; the same full name; a
signature serial number that is the local part of an agency address (``31877@lapd.lacity.org``);
an address whose local part spells the name (``robert.delgado@``); a nickname or initial of the
same surname when exactly one person fits ("Bob Delgado"). Short forms in the text (first name
only, surname only, initials, rank + surname) are resolved against the people of the message and
its thread first, then against everyone; when more than one person fits they stay unresolved.
People sharing a surname or a first name are never merged on that alone.

Every merge is made by one of the configured merge passes (`PASSES`, a `MergePass` each: its name,
the words its merges record in ``merge_reasons``, the evidence it merges on) and each pass runs in
the stages `STAGES` names (``headers``, ``signatures``, ``text``: `Resolver.run_passes`). A
resolver may be given another list of passes (``Resolver(profile, messages, passes=...)``).

Node ids are content hashes (`make_id`) of the lowest address of a person (or of the normalised
name when there is none), so re-running extraction gives the same ids.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Generic, Iterable, Iterator, Mapping, TypeVar, cast, overload

from giftgraph.graph.model import Node
from giftgraph.ingest.addresses import clean_name, display_with_suffix
from giftgraph.ingest.message import Address, Message, make_id
from giftgraph.nlp.names import (
    HONORIFICS,
    LEGAL_FORM,
    PersonName,
    _fold,
    clear_name_caches,
    first_names_compatible,
    middles_compatible,
    norm,
    parse_name,
    surname_initials,
)
from giftgraph.nlp.profile import Profile, Unit
from giftgraph.nlp.signature import Signature

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["PersonCluster", "Resolver", "thread_key", "EMAIL_RE", "MergePass", "PASSES", "STAGES"]

EMAIL_RE = re.compile(r"^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$")
_SUBJ_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg)\s*(\[\d+\])?\s*:\s*)+", re.I)
# The usual short forms of the kind of organisation a name ends with, as American English writes them:
# "Oak Hill HOA" is "Oak Hill Homeowners Association", "Easton PD" the "Easton Police Department".
_ORG_KIND_SHORT = ((re.compile(r"\bhome\s?owners'?\s+association$"), "hoa"),
                   (re.compile(r"\bpolice\s+(?:department|dept\.?)$"), "pd"),
                   # "Birch Lake VFD" / "VFC": a volunteer fire department or company (before "fire department")
                   (re.compile(r"\bvolunteer\s+fire\s+(?:department|dept\.?)$"), "vfd"),
                   (re.compile(r"\bvolunteer\s+fire\s+company$"), "vfc"),
                   (re.compile(r"\bfire\s+(?:department|dept\.?)$"), "fd"),
                   (re.compile(r"\bsheriff'?s\s+(?:office|department|dept\.?)$"), "so"),
                   # "Aspen Ridge Watch" for "Aspen Ridge Neighborhood Watch" (or Block / Crime / Community Watch)
                   (re.compile(r"\b(?:neighbou?rhood|block|crime|community)\s+watch$"), "watch"))


def _org_kind_key(low: str) -> str:
    """A lower-case organisation name with the kind it ends with in its short form ("oak hill hoa")."""
    low = low.replace("\u2019", "'")
    for long, short in _ORG_KIND_SHORT:
        low = long.sub(short, low)
    return low


def _org_keys(low: str, kind_key: str, *, query: bool = False) -> list[str]:
    """The blocking keys of an organisation's lower-case name for `Resolver.add_org`: its first two words
    (a name of two words or more that starts another's words shares them) and its kind key (the same kind
    key is the other way two names are one; a name asks by it only when it has two words or more)."""
    words = low.split()
    out = ["w:" + " ".join(words[:2])] if len(words) >= 2 else []
    if not query or len(kind_key.split()) >= 2:
        out.append("k:" + kind_key)
    return out


def _org_end_key(low: str) -> str:
    """The block of an organisation's lower-case name by its last two words (`Resolver._placed_form`: a name with and
    without the place it serves ends the same way); a name of one word has a block of its own."""
    return "e:" + " ".join(low.split()[-2:])


def thread_key(m: Message) -> str:
    """The thread of a message: ingestion's thread id, else its subject without RE:/FW:."""
    if m.thread:
        return m.thread
    return "s:" + norm(_SUBJ_PREFIX.sub("", m.subject or ""))


def _put_one(table: dict, key, item) -> None:
    """Add ``item`` under ``key`` of a table whose values are one item (most) or a set of several."""
    have = table.get(key)
    if have is None:
        table[key] = item
    elif isinstance(have, set):
        have.add(item)
    elif have != item:
        table[key] = {have, item}


def _take_one(table: dict, key, item) -> None:
    """`_put_one` undone: ``item`` out from under ``key`` (a set of one left becomes its item)."""
    have = table.get(key)
    if isinstance(have, set):
        have.discard(item)
        if len(have) == 1:
            table[key] = next(iter(have))
        elif not have:
            del table[key]
    elif have is not None and have == item:
        del table[key]


def _add_found(out: set, have) -> None:
    """Add to ``out`` what `_put_one` keeps under a key (``have``: None, one item or a set)."""
    if isinstance(have, set):
        out |= have
    elif have is not None:
        out.add(have)


# `PersonCluster`'s derived name sets are remembered only for a person with more names than this
_MADE_AFRESH = 2
# threads whose people `Resolver.context_keys` remembers: the most recently read (a memo of every thread of the
# release was 29 MB on the whole Enron inbox, 25,000 threads; made again, the same, when read again)
_THREADS_KEPT = 2048

_T = TypeVar("_T")


class _OnFirstUse(Generic[_T]):
    """A `PersonCluster` container that most people never fill (phones, serials, units, ...): made when
    first read, so that a person who never has one holds none. `PersonCluster.compact` drops the ones
    left empty. Every read returns the container kept (a write to it is kept); `peek` reads without
    making one."""

    def __init__(self, factory: Callable[[], _T]):
        self.factory = factory
        # what `peek` returns for a container never made: shared, so never written to (a set's is frozen)
        self.empty: _T = cast(_T, frozenset()) if factory is set else factory()

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = "_" + name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _OnFirstUse[_T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        d = obj.__dict__
        v = d.get(self.slot)
        if v is None:
            v = d[self.slot] = self.factory()
        return v

    def peek(self, obj: object) -> _T:
        """The container as a read sees it, without making it: the one kept, else an empty one shared
        by all (for reads only). The building of nodes reads every person's phones, serials, units,
        ...: made by those reads, the empty containers were ~13 MB at 10,130 Enron messages."""
        v = obj.__dict__.get(self.slot)
        return self.empty if v is None else v

    def __set__(self, obj: object, value: _T) -> None:
        obj.__dict__[self.slot] = value


@dataclass
class PersonCluster:
    """One person as resolution sees them. The containers declared below the fields with `_OnFirstUse`
    are made when first read: at the end of resolution ~95 % of a release's people have no phone,
    serial, unit, organisation, title, short form or sent message, and an empty set is 216 bytes (1.5 KB
    of empty containers a person, ~1 person a message on Enron mail)."""

    key: str
    emails: set[str] = field(default_factory=set)
    header_names: Counter = field(default_factory=Counter)  # display forms seen in headers
    names: list[PersonName] = field(default_factory=list)  # parsed names (headers, signatures, text full names)
    trusted: list[PersonName] = field(default_factory=list)  # names that may merge this person with others
    aliases: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)
    from_text: bool = False
    node_id: str = ""

    # not dataclass fields (no annotation): made on first use, see `_OnFirstUse`
    messages = _OnFirstUse[set[str]](set)  # messages whose headers name this person
    short_aliases = _OnFirstUse[set[str]](set)  # sign-offs, initials, nicknames ("Bob", "RD", "Sarge")
    sent = _OnFirstUse[set[str]](set)  # messages this person sent
    units = _OnFirstUse[Counter](Counter)  # unit name -> times seen in signatures
    orgs = _OnFirstUse[Counter](Counter)  # organisation name -> times seen in signatures
    text_units = _OnFirstUse[Counter](Counter)  # "I'm a detective at X Division" in own messages
    member_quotes = _OnFirstUse[dict[str, tuple[str, str]]](dict)  # target name -> (message id, quote)
    roles = _OnFirstUse[Counter](Counter)
    header_orgs = _OnFirstUse[Counter](Counter)  # organisations printed with the name ("(LAPD)")
    titles = _OnFirstUse[Counter](Counter)  # from headers and signatures
    text_titles = _OnFirstUse[Counter](Counter)  # "Det. X" in other people's text
    serials = _OnFirstUse[set[str]](set)
    phones = _OnFirstUse[set[str]](set)
    # what the name look-ups read of `names` / `trusted` (surnames, given names, ...), kept up to date
    # as the lists grow: a person printed in every header of a large release has a name per header,
    # and a look-up re-reading them all was linear in the release (`_derived`)
    _memo = _OnFirstUse[dict](dict)

    def compact(self) -> None:
        """Forget `_memo`, and drop the containers made on first use that are empty (a read makes them
        again, empty)."""
        d = self.__dict__
        d.pop("__memo", None)
        for attr in _ON_FIRST_USE:
            if attr.slot in d and not d[attr.slot]:
                del d[attr.slot]

    def _derived(self, what: str, names: list[PersonName], add: Callable[[PersonName], Iterable]) -> set:
        """The union of ``add(n)`` over ``names``, remembered and extended by the names appended since
        (`names` and `trusted` only ever grow at their end: `append`, `+=` in `Resolver._merge`).
        Read-only: the public methods return copies.

        A person of one or two names (most of a release: ~95 % of Enron's) gets the union made afresh, not
        remembered: a remembered slot (a list, a set of 216 bytes even empty, the memo's entry) per kind
        and person was a third of resolution's memory at its peak (33 MB at 5,256 Enron messages)."""
        if len(names) <= _MADE_AFRESH:
            out: set = set()
            for n in names:
                out.update(add(n))
            return out
        slot = self._memo.get(what)
        if slot is None or slot[0] is not names or slot[1] > len(names):
            slot = self._memo[what] = [names, 0, set()]
        if slot[1] < len(names):
            out = slot[2]
            for n in names[slot[1]:]:
                out.update(add(n))
            slot[1] = len(names)
        return slot[2]

    def _surnames(self, names: list[PersonName]) -> set[str]:
        return self._derived("surnames" if names is self.names else "t-surnames", names,
                             lambda n: (_fold(n.last),) if n.last and not n.opaque else ())

    def _firsts(self, names: list[PersonName]) -> set[str]:
        return self._derived("firsts" if names is self.names else "t-firsts", names,
                             lambda n: (n.first,) if n.first and not n.opaque else ())

    def _opaque_keys(self, names: list[PersonName]) -> set[str]:
        return self._derived("opaque" if names is self.names else "t-opaque", names,
                             lambda n: (norm(n.raw),) if n.opaque else ())

    def _firsts_by_surname(self, names: list[PersonName], last: str) -> set[str]:
        """The given names printed with the (folded) surname ``last``."""
        pairs = self._derived("first-last" if names is self.names else "t-first-last", names,
                              lambda n: ((_fold(n.last), n.first),) if n.first else ())
        return {first for lst, first in pairs if lst == last}  # a few distinct names, however many headers

    def _full_surnames(self) -> set[str]:
        """Folded surnames of the full names (given name and surname) among `names`."""
        return self._derived("full-surnames", self.names, lambda n: (_fold(n.last),) if n.has_full else ())

    def _short_forms(self, fold: Callable[[str], str]) -> set[str]:
        """`short_aliases` folded (``_fold``) or normalised (``norm``): recomputed when the set grows; made
        afresh for a few (most people have none)."""
        short = PersonCluster.short_aliases.peek(self)
        if len(short) <= _MADE_AFRESH:
            return {fold(a) for a in short}
        slot = self._memo.get(fold)
        if slot is None or slot[0] is not self.short_aliases or slot[1] != len(self.short_aliases):
            slot = self._memo[fold] = (self.short_aliases, len(self.short_aliases), {fold(a) for a in self.short_aliases})
        return slot[2]

    def surnames(self) -> set[str]:
        return set(self._surnames(self.names))

    def firsts(self) -> set[str]:
        return set(self._firsts(self.names))

    def full_keys(self) -> set[tuple[str, str]]:
        return set(self._derived("full-keys", self.trusted,
                                 lambda n: ((_fold(n.first), _fold(n.last)),) if n.has_full else ()))

    def opaque_keys(self) -> set[str]:
        return set(self._opaque_keys(self.names))

    def initials(self) -> set[str]:
        """"RD" for Robert Delgado, "RJD" with a middle name; a surname of several parts gives
        each way of writing it ("Mary Smith-Jones": "MS", "MJ", "MSJ")."""
        return set(self._initials())

    def _initials(self) -> set[str]:
        return self._derived("initials", self.names, _initials_of)


# the containers made on first use (`PersonCluster.compact`), and those `Resolver._merge` joins (not `_memo`,
# each person's own)
_ON_FIRST_USE: tuple[_OnFirstUse, ...] = tuple(a for a in vars(PersonCluster).values() if isinstance(a, _OnFirstUse))
_MERGED_ON_FIRST_USE = tuple(a for a in _ON_FIRST_USE if a is not PersonCluster._memo)


def _initials_of(n: PersonName) -> list[str]:
    out = []
    if n.has_full:
        mids = ["", n.middle[0].upper()] if n.middle else [""]
        for li in surname_initials(n.last):
            for mi in mids:
                out.append(n.first[0].upper() + mi + li)
    return [i for i in out if 2 <= len(i) <= 4]


# `Resolver._fitting`'s answers of more people than this are also kept by cluster key (`_fits_keyed`)
_KEYED_FROM = 8

# what a person's node facts read once `Resolver.forget_node_facts` forgot them: empty, and read-only
_NO_HEADER_NAMES: Mapping[str, int] = MappingProxyType({})
_NO_ALIASES: frozenset[str] = frozenset()


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb))
            self.parent[drop] = keep
            return keep
        return ra


class Resolver:
    """Collects observations, merges them, and answers look-ups (see the module docstring)."""

    def __init__(self, profile: Profile, messages: Iterable[Message] = (), *,
                 passes: Iterable[MergePass] | None = None, stages: dict[str, tuple[str, ...]] | None = None,
                 address_parts: dict | None = None):
        self.profile = profile
        # the configured merge passes (`PASSES`) and when each runs (`STAGES`); a pass left out of
        # ``passes`` is skipped wherever a stage names it
        self.passes = {p.name: p for p in (PASSES if passes is None else passes)}
        self.stages = {k: tuple(n for n in v if n in self.passes) for k, v in (stages or STAGES).items()}
        # frozen: parse_name's cache keys on it (a set would be copied into a new frozenset at every call)
        self.titles = frozenset(profile.rank_words())
        self.profile_ranks = {k: r.title for k, r in profile.rank_words().items()}
        self.nick = profile.nickname_groups()
        self.messages: dict[str, Message] = {}
        self.threads: dict[str, list[str]] = defaultdict(list)
        self.uf = _UnionFind()
        self.clusters: dict[str, PersonCluster] = {}
        self._reason_log: list[tuple[str, str, str]] = []  # (key a, key b, reason)
        # non-person entity tables: lower-case surface form -> (kind, canonical name)
        self.products = {p.name: p for p in profile.products}
        self.units = {u.name: u for u in profile.units}
        self.release_units: dict[str, "Unit"] = {}  # agency units signatures name that the profile does not list
        self.orgs: dict[str, dict] = {o.name: {"kind": o.kind, "aliases": set(o.aliases), "profile": True}
                                      for o in profile.organizations}
        # `add_org`'s blocking: key -> the organisations under it, and each one's place in `orgs`' order
        self._org_blocks: dict[str, set[str]] = defaultdict(set)
        self._org_place: dict[str, int] = {}
        self._org_count = 0
        for name in self.orgs:
            self._org_placed(name)
        self.codes: set[str] = set()
        self.used: dict[str, set[str]] = {"product": set(), "division": set(), "organization": set(), "code": set()}
        self.surface: dict[str, dict[str, set[str]]] = {k: defaultdict(set) for k in self.used}
        self._alias_tables()
        self.thread_mentions: dict[str, set[str]] = defaultdict(set)  # thread -> cluster keys named in it
        self.message_mentions: dict[str, set[str]] = defaultdict(set)  # message -> full names in its text
        # the look-up indexes (`_index`): kind -> entry -> the key of the one person under it, or a set of keys
        self._idx: dict[str, dict[str, str | set[str]]] | None = None
        # bumped whenever a cluster appears, goes or gets more names (`_added`, `_grew`, `_merge`,
        # `changed`): the version of the passes' own memos
        self._gen = 0
        # `_fitting`'s answers, and for each index entry the names whose answer read it (`_refit`)
        self._fits: dict[PersonName, list[PersonCluster]] = {}
        # the same answers by cluster key, for those of more than `_KEYED_FROM` people (a dict a name was ~150
        # bytes, most answers being of one person or none; `_refit` searches a short one's sorted list by key)
        self._fits_keyed: dict[PersonName, dict[str, PersonCluster]] = {}
        # index -> entry -> the remembered names that read it: one name, or a set of several (by index, then
        # entry: a tuple a key was 56 bytes more, ~150,000 entries on the whole Enron inbox)
        self._fits_deps: defaultdict[str, dict[str, PersonName | set[PersonName]]] = defaultdict(dict)
        self._roots: list[PersonCluster] | None = None
        self._merges = 0  # clusters merged so far: with len(self.uf.parent), the version of `context_keys`' cache
        # thread -> (its messages' distinct address keys, (merges, known keys, mentions) when its people were
        # last resolved, those people): a thread's people were re-resolved, address by address, for each
        # name looked up in it (quadratic in the size of a large release's threads)
        self._children: dict[str, list[str]] | None = None
        self._thread_people: dict[str, tuple[int, set[tuple[str, ...]], tuple | None, set[str]]] = {}
        # printed header addresses already parsed (`address_parts_of`, e.g. on Dask workers)
        self._parts_memo: dict = dict(address_parts or {})
        # once resolution is done (`settle`): printed address -> its person's cluster key, and the version
        # ((merges, known keys)) those keys were found at
        self._settled: dict[tuple[str, str, str], str | None] | None = None
        self._settled_version: tuple[int, int] | None = None
        for m in messages:
            self.add_message(m)

    # ------------------------------------------------------------------ tables
    def _alias_tables(self) -> None:
        self.table: dict[str, dict[str, str]] = {"product": {}, "division": {}, "organization": {}}
        for p in self.profile.products:
            for form in [p.name, *p.aliases]:
                self.table["product"].setdefault(form.lower(), p.name)
                self.table["product"].setdefault(_singular(form.lower()), p.name)
        for u in self.profile.units:
            for form in [u.name, *u.aliases]:
                self.table["division"].setdefault(form.lower(), u.name)
        for name, o in self.orgs.items():
            for form in [name, *o["aliases"]]:
                self.table["organization"].setdefault(form.lower(), name)

    def add_unit(self, name: str) -> str:
        """Register an agency unit a signature names that the profile does not list; returns its name
        (the profile's own when it is one of its units or aliases)."""
        name = " ".join(name.split()).strip(" ,.;:-|")
        known = self.table["division"].get(name.lower())
        if known:
            return known
        if name not in self.release_units:
            kind = "bureau" if name.lower().endswith("bureau") else "division"
            self.release_units[name] = Unit(name=name, kind=kind)
            self.table["division"][name.lower()] = name
        return name

    def add_org(self, name: str, *, kind: str = "other") -> str:
        """Register an organisation found in the release (signature line, text); returns its canonical name."""
        name = " ".join(name.split()).strip(" ,.;:-|")
        low = name.lower()
        if low in self.table["organization"]:
            return self.table["organization"][low]
        # "The Marston Ledger" of a signature and "Marston Ledger" of the text or the address: one name, with and
        # without its article
        other = low[4:] if low.startswith("the ") and len(low) > 4 else "the " + low
        if other in self.table["organization"]:
            known = self.table["organization"][other]
            self.orgs[known]["aliases"].add(name)
            self.table["organization"][low] = known
            return known
        # "Hillside Fellowship" and "Hillside Fellowship of Cypress Park" are one organisation, and so are
        # "Oak Hill HOA" and "Oak Hill Homeowners Association" (the kind's short form). Only the
        # organisations that share a blocking key with the name can be either (`_org_keys`), read in the
        # order of `orgs` (the first that is one wins): each new name was compared with every known one.
        # "Corvane Labs, Inc." of a signature is "Corvane Labs" of the profile or of another line: a legal form
        # after a known name adds nothing to who it is
        base = LEGAL_FORM.sub("", name)
        if base != name and base.lower() in self.table["organization"]:
            known = self.table["organization"][base.lower()]
            self.orgs[known]["aliases"].add(name)
            self.table["organization"][low] = known
            return known
        if base != name and base[:1].isalpha():
            # a new company printed with its legal form is named without it ("Tallis Optics, LLC"), as it is
            # spoken of; the printed form is an alias
            known = self.add_org(base, kind=kind)
            self.orgs[known]["aliases"].add(name)
            self.table["organization"][low] = known
            return known
        key = _org_kind_key(low)
        for known in self._org_candidates(low, key):
            joined = self._join_org(name, low, key, known)
            if joined is not None:
                return joined
        placed = self._placed_form(name, low)
        if placed is not None:
            return placed
        self.orgs[name] = {"kind": kind, "aliases": set(), "profile": False}
        self._org_placed(name)
        self.table["organization"][low] = name
        return name

    # the place an organisation's full name begins with: "Tule County", "City of Ardmore", "Ardmore Township"
    _PLACE_HEAD = re.compile(r"(?:[a-z][\w'-]*\s+){1,2}(?:county|city|town|township|borough|village|parish)|"
                             r"(?:city|town|county|village) of\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?")

    def _placed_form(self, name: str, low: str) -> str | None:
        """"Deputies Association" and "Tule County Deputies Association": one organisation named with and without the
        place it serves (a county, a city, a town), when exactly one known name is the other with such a place before
        it; the longer name is kept (as `_join_org` does) and returned; else None."""
        if len(low.split()) < 2:
            return None
        # (the two names end in the same two words: the known ones so ending are those of the block `_org_placed` keeps)
        fits = [k for k in self._org_blocks.get(_org_end_key(low), ())
                if (k.lower().endswith(" " + low) and self._PLACE_HEAD.fullmatch(k.lower()[:-len(low) - 1]))
                or (low.endswith(" " + k.lower()) and len(k.split()) >= 2
                    and self._PLACE_HEAD.fullmatch(low[:-len(k) - 1]))]
        if len(fits) != 1:
            return None
        known = fits[0]
        if len(known) >= len(name):
            self.orgs[known]["aliases"].add(name)
            self.table["organization"][low] = known
            return known
        self.orgs[name] = self.orgs.pop(known)
        self._org_placed(name, instead_of=known)
        self.orgs[name]["aliases"].add(known)
        for k, v in list(self.table["organization"].items()):
            if v == known:
                self.table["organization"][k] = name
        if known in self.used["organization"]:
            self.used["organization"].discard(known)
            self.used["organization"].add(name)
        self.table["organization"][low] = name
        return name

    def _org_candidates(self, low: str, key: str) -> list[str]:
        """The known organisations a new one (lower case ``low``, kind key ``key``) can be: those sharing a
        blocking key with it (`_org_keys`), in the order of `orgs`."""
        found: set[str] = set()
        for k in _org_keys(low, key, query=True):
            found |= self._org_blocks.get(k, set())
        return sorted(found, key=self._org_place.__getitem__)

    def _join_org(self, name: str, low: str, key: str, known: str) -> str | None:
        """When the new organisation ``name`` (lower case ``low``, kind key ``key``) and the known one
        ``known`` are one: keep the longer name (with the other as an alias) and return it; else None."""
        kl = known.lower()
        prefix = (kl.startswith(low + " ") or low.startswith(kl + " ")) and min(len(kl.split()), len(low.split())) >= 2
        if prefix and _OWN_POLICE.fullmatch((kl[len(low):] if len(kl) > len(low) else low[len(kl):]).strip()):
            prefix = False  # "Crestmoor University" and "Crestmoor University Police Department": two bodies
        if prefix and self._PLACE_HEAD.fullmatch(min(kl, low, key=len)) \
                and _GOVERNMENT_OFFICE.match((kl[len(low):] if len(kl) > len(low) else low[len(kl):]).strip()):
            prefix = False  # "Tule County" and "Tule County Office of Emergency Services": the county and an office of it
        if not prefix and not (len(key.split()) >= 2 and _org_kind_key(kl) == key):
            return None
        # the longer name, unless the short form's is the profile's own
        longer = known if len(kl) >= len(low) or (not prefix and self.orgs[known].get("profile")) else name
        shorter = name if longer == known else known
        if longer != known:
            self.orgs[longer] = self.orgs.pop(known)
            self._org_placed(longer, instead_of=known)
            self.orgs[longer]["aliases"].add(known)
            for k, v in list(self.table["organization"].items()):
                if v == known:
                    self.table["organization"][k] = longer
            if known in self.used["organization"]:
                self.used["organization"].discard(known)
                self.used["organization"].add(longer)
        else:
            self.orgs[longer]["aliases"].add(shorter)
        self.table["organization"][low] = longer
        self.table["organization"][longer.lower()] = longer
        return longer

    def _org_placed(self, name: str, *, instead_of: str | None = None) -> None:
        """`name` was put at the end of `orgs` (in place of ``instead_of``): index it by its blocking keys."""
        if instead_of is not None:
            low = instead_of.lower()
            for k in [*_org_keys(low, _org_kind_key(low)), _org_end_key(low)]:
                self._org_blocks[k].discard(instead_of)
            del self._org_place[instead_of]
        self._org_count += 1
        self._org_place[name] = self._org_count
        low = name.lower()
        for k in [*_org_keys(low, _org_kind_key(low)), _org_end_key(low)]:
            self._org_blocks[k].add(name)

    # ------------------------------------------------------------------ observations
    def add_message(self, m: Message) -> None:
        self.messages[m.id] = m
        self._children = None  # `chain_keys` rebuilds its reply index
        self.threads[thread_key(m)].append(m.id)
        for addr in [m.sender, *m.to, *m.cc]:
            key = self.observe_address(addr, m.id)
            if key and addr is m.sender:
                self.clusters[key].sent.add(m.id)

    def address_parts_of(self, messages: Iterable[Message]) -> dict:
        """The header addresses of ``messages`` parsed (address, name) as `add_message` parses them,
        by printed form: a Resolver of the same profile given them (``address_parts=``) does not
        parse them again (the dicts of several batches of messages merge with ``update``)."""
        out: dict = {}
        for m in messages:
            for addr in [m.sender, *m.to, *m.cc]:
                out[(addr.email, addr.name, getattr(addr, "raw", ""))] = self._address_parts(addr)
        return out

    def _address_parts(self, addr: Address) -> tuple[str, PersonName]:
        # a pure function of the printed address, asked for ~1M times on a large release: memoised
        memo_key = (addr.email, addr.name, getattr(addr, "raw", ""))
        memo = self._parts_memo
        if memo_key not in memo:
            memo[memo_key] = self._address_parts_uncached(addr)
        return memo[memo_key]

    def _address_parts_uncached(self, addr: Address) -> tuple[str, PersonName]:
        email = (addr.email or "").strip().strip("<>'\"").lower()
        name = (addr.name or "").strip()
        raw = getattr(addr, "raw", "") or ""
        if re.search(r"\bon behalf of\b", raw, re.I) and not re.search(r"\bon behalf of\b", name, re.I):
            # "Ruiz, Marisol on behalf of Whitlock, Gordon": a delegate sending as someone else is
            # a correspondent of its own (neither the delegate's own mailbox nor the principal's)
            parts = re.split(r"\bon behalf of\b", raw, maxsplit=1, flags=re.I)
            who = [parse_name(re.sub(r"[^A-Za-z\u00c0-\u024f,.' -]", " ", re.sub(r"<[^>]*>?|\[[^\]]*\]?|\([^)]*\)?", " ", p)),
                              titles=self.titles) for p in parts]
            if all(w.has_full for w in who):
                name = " on behalf of ".join(f"{w.last}, {w.first}" for w in who)
        if not email and EMAIL_RE.match(name.strip("<>'\" ")):
            email, name = name.strip("<>'\" ").lower(), ""
        if name and email and norm(name) == norm(email):
            name = ""
        pn = parse_name(name, titles=self.titles) if name else PersonName(raw="")
        return email, _order_by_address(email, pn, name)

    def observe_address(self, addr: Address, message_id: str) -> str | None:
        email, pn = self._address_parts(addr)
        if not pn.is_empty() and (_junk_name(pn) or _glued_list(pn)):
            if email and len(pn.raw.split()) == 1 and _fold(pn.raw) == _fold(email.split("@", 1)[0]):
                pn = PersonName(raw=pn.raw, opaque=True)  # "HELP <help@...>": the mailbox's own name
            else:
                # OCR debris, a greeting or a header word printed where a name should be; several
                # names printed as one (their separators lost), which names no one
                pn = PersonName(raw="")
        if email:
            key = "e:" + email
        elif pn.opaque:
            key = "o:" + norm(pn.raw)
        elif pn.has_full:
            key = "n:" + " ".join(pn.key)
        elif pn.first or pn.last:
            key = "o:" + norm(pn.raw)
            pn = PersonName(raw=pn.raw, opaque=True)
        else:
            return None
        c = self.clusters.get(key)
        if c is None:
            c = self.clusters[key] = PersonCluster(key=key)
            self.uf.find(key)
            self._added(c)
        if email:
            c.emails.add(email)
        org = self.profile.organization(getattr(addr, "org", "") or "")
        if org is not None:  # "Alvarez, Robert (LAPD)": the printed tag names the agency or the vendor
            role = "vendor_employee" if org.kind == "vendor" else "officer" if org.kind == "agency" else None
            if role:
                c.roles[role] += 1
            c.header_orgs[org.name] += 1
        if email and pn.is_empty():
            # printed as the bare address (or with debris only): that is how this header names the person
            c.aliases.add(email)
        if not pn.is_empty():
            display = _display(pn, addr.name)
            c.header_names[display] += 1
            c.names.append(pn)
            c.aliases.add(display)
            printed = self._printed_with_initials(addr, pn)
            if printed:
                c.aliases.add(printed)
            suffixed = display_with_suffix(getattr(addr, "raw", "") or "", addr.name)
            if suffixed:  # "Ines Varro - Acme": the display name as the mail program printed it
                c.aliases.add(suffixed)
            if (not email or _local_consistent(email, pn) is not False) and not _glued_list(pn):
                # a display name printed with an address that does not fit it (an assistant's
                # address, a nickname; or OCR glued it to another person's) is kept as an alias
                # but never used to merge this address with other people
                c.trusted.append(pn)
            self._grew(c)
        c.messages.add(message_id)
        return key

    def _printed_with_initials(self, addr: Address, pn: PersonName) -> str | None:
        """The printed form with middle initials ("Haldane, Ilse L") when the release-wide display
        name dropped them (`unify_initials`): kept as an alias, since both forms were printed."""
        raw = getattr(addr, "raw", "") or ""
        if not raw or not pn.has_full or pn.middle:
            return None
        memo = self.__dict__.setdefault("_initials_memo", {})
        if raw not in memo:
            full, _ = clean_name(raw)
            w = full.split()
            memo[raw] = full if len(w) >= 3 and all(len(x.strip(".")) == 1 for x in w[1:-1]) else None
        full = memo[raw]
        if full and (_fold(full.split()[0]), _fold(full.split()[-1])) == (_fold(pn.first), _fold(pn.last)):
            return full
        return None

    def _address_keys(self, addr: Address) -> tuple[str, ...]:
        """The cluster keys an address may be known by, best first (a pure function of the address:
        memoised like `_address_parts`)."""
        memo_key = (addr.email, addr.name, getattr(addr, "raw", ""))
        memo = self.__dict__.setdefault("_keys_memo", {})
        keys = memo.get(memo_key)
        if keys is None:
            keys = memo[memo_key] = _keys_of_parts(*self._address_parts(addr))
        return keys

    def _key_of(self, keys: tuple[str, ...]) -> str | None:
        for key in keys:
            if key in self.uf.parent:
                return self.uf.find(key)
        return None

    def cluster_of_address(self, addr: Address) -> str | None:
        settled = self._settled
        if settled is None:
            return self._key_of(self._address_keys(addr))
        version = (self._merges, len(self.uf.parent))
        if version != self._settled_version:  # a merge or a new key since: the keys found are found again
            settled.clear()
            self._settled_version = version
        memo_key = (addr.email, addr.name, getattr(addr, "raw", ""))
        if memo_key in settled:
            return settled[memo_key]
        found = settled[memo_key] = self._key_of(_keys_of_parts(*self._address_parts_uncached(addr)))
        return found

    def settle(self) -> None:
        """Resolution is done: its memos are released (`release_memos`), and from here on a header address's
        person (`cluster_of_address`, and the people of a thread, `context_keys`) is remembered as its cluster
        key, the cluster's own string, not as the address's parse and keys (`_address_parts`, `_address_keys`:
        ~600 bytes a distinct printed address, which the building of EMAILED edges and then the relations stage
        made again for every address, 42 MB on the whole Enron inbox). The same answers: what a key names
        changes only with a merge or a new key, and either forgets the keys found."""
        self.release_memos()
        self._settled = {}
        self._settled_version = None

    # ------------------------------------------------------------------ merging
    def _merge(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return
        keep = self.uf.union(ra, rb)
        drop = rb if keep == ra else ra
        ck, cd = self.clusters[keep], self.clusters[drop]
        ck.emails |= cd.emails
        ck.header_names.update(cd.header_names)
        ck.names += cd.names
        ck.trusted += cd.trusted
        ck.aliases |= cd.aliases
        ck.reasons += cd.reasons + [reason]
        # the containers made on first use: only those the dropped person has (`_OnFirstUse`)
        for attr in _MERGED_ON_FIRST_USE:
            theirs = attr.peek(cd)
            if not theirs:
                continue
            ours = attr.__get__(ck)
            if isinstance(ours, Counter):
                ours.update(theirs)
            elif isinstance(ours, set):
                ours |= theirs
            else:  # member_quotes: the first quote kept
                for k, v in theirs.items():
                    ours.setdefault(k, v)
        ck.from_text = ck.from_text and cd.from_text
        del self.clusters[drop]
        self._merges += 1
        self._gen += 1
        # the indexes follow the merge instead of being rebuilt (a rebuild per merge was quadratic
        # in the size of a large release): the dropped cluster's entries go, the kept one is indexed
        # again (its names only grew)
        if self._idx is not None:
            self._unindex_cluster(self._idx, cd)
            self._index_cluster(self._idx, ck)
        if self._roots is not None:
            i = bisect.bisect_left(self._roots, drop, key=lambda x: x.key)
            if i < len(self._roots) and self._roots[i] is cd:
                del self._roots[i]
            else:  # pragma: no cover - the list lost track: rebuild it on demand
                self._roots = None

    def changed(self) -> None:
        """Drop the look-up indexes after the clusters changed in a way the resolver did not follow
        (they are rebuilt on the next look-up). `_merge`, `_added` and `_grew` keep them up to date."""
        self._idx = None
        self._roots = None
        self._gen += 1
        self._fits.clear()
        self._fits_keyed.clear()
        self._fits_deps.clear()

    def release_memos(self) -> None:
        """Forget what the passes remembered to run fast (each cluster's derived name sets, `_fitting`'s
        answers, the threads' people, the parsed header addresses): once resolution is done they are
        a third of its memory and grow with the release. Each is recomputed, the same, if asked again;
        the look-up indexes and the clusters stay (less their empty containers: `PersonCluster.compact`).
        The name parsers' caches (module-wide) are emptied too."""
        for c in self.clusters.values():
            c.compact()
        self._fits.clear()
        self._fits_keyed.clear()
        self._fits_deps.clear()
        self._thread_people.clear()
        self._parts_memo.clear()
        for memo in ("_keys_memo", "_initials_memo"):
            self.__dict__.pop(memo, None)
        # and the parses of the release's printed names, which resolution filled (~13 MB at 10,130 Enron
        # messages): the relations stage, which reads few names, puts its own words in the room they leave
        clear_name_caches()  # `_fold`'s among them

    def forget_messages(self) -> None:
        """Forget which messages name each person and which they sent (`PersonCluster.messages`, ``sent``):
        read by the merge passes and by the building of nodes and edges only, so not kept through the
        relations stage (a set of message ids a person, 7 MB at 10,130 Enron messages). Not recomputed:
        once called, the clusters' ``messages`` and ``sent`` read empty. Nor which people each message's
        text names (`message_mentions`, read by the first-names pass only: a set a message, 4.4 MB on the
        whole Enron inbox); which each thread names (`thread_mentions`) stays for `context_keys`."""
        self.message_mentions.clear()
        slots = (PersonCluster.messages.slot, PersonCluster.sent.slot)
        for c in self.clusters.values():
            for slot in slots:
                c.__dict__.pop(slot, None)

    def forget_node_facts(self) -> None:
        """Forget what only the building of a person's node reads (the display forms of the headers, the
        aliases, the merge reasons: `PersonCluster.header_names`, ``aliases``, ``reasons``): the look-ups of
        the relations stage (`find_person`, `cluster_of_address`, `context_keys`) read the names, the
        addresses and the indexes, never these (~7 MB at 10,130 Enron messages, a set and a Counter a
        person even when empty). Each becomes an empty read-only value: a read after this is empty, a
        write fails (``append``, ``add``, ``update``: AttributeError)."""
        for c in self.clusters.values():
            d = c.__dict__
            d["header_names"], d["aliases"], d["reasons"] = _NO_HEADER_NAMES, _NO_ALIASES, ()

    def _added(self, c: PersonCluster) -> None:
        """A new cluster: put it in the look-up indexes and in `roots` (in key order)."""
        self._gen += 1
        if self._idx is not None:
            self._index_cluster(self._idx, c)
        if self._roots is not None:
            bisect.insort(self._roots, c, key=lambda x: x.key)

    def _grew(self, c: PersonCluster) -> None:
        """A cluster got more names or short forms (never fewer): index what it has now."""
        self._gen += 1
        if self._idx is not None and c.key in self.clusters:
            self._index_cluster(self._idx, c)

    def roots(self) -> list[PersonCluster]:
        if self._roots is None:
            self._roots = [self.clusters[k] for k in sorted(self.clusters)]
        return list(self._roots)

    def _index(self) -> dict[str, dict[str, str | set[str]]]:
        """The look-up indexes by kind of blocking key ("last", "first", "short", "opaque", "initials",
        "full"): entry -> the person's key when one person is under it (most entries: a set of one was
        216 bytes, ~12 MB at 10,130 Enron messages), else the set of their keys."""
        if self._idx is None:
            idx: dict[str, dict[str, str | set[str]]] = {k: {} for k in ("last", "first", "short", "opaque",
                                                                       "initials", "full")}
            self._fits.clear()  # answers are remembered against the indexes they were read from
            self._fits_keyed.clear()
            self._fits_deps.clear()
            for c in self.roots():
                self._index_cluster(idx, c)
            self._idx = idx
        return self._idx

    def _index_entries(self, c: PersonCluster) -> Iterable[tuple[str, str]]:
        """(index, entry) pairs under which `c` is found."""
        for sn in c.surnames():
            yield "last", sn
        # a surname with a blocking key of the given name printed with it (`_given_name_keys`): a
        # full name is looked up among the people of that surname whose given name can fit it,
        # not among every person of that surname
        for sn, fn in c._derived("last-first", c.names, lambda x: ((_fold(x.last), _fold(x.first)),) if x.last else ()):
            for k in _given_name_keys(fn, self.nick):
                yield "full", sn + "|" + k
        for f in c.firsts():
            ff = _fold(f)
            for g in self.nick.get(ff, {ff}) | {ff}:
                yield "first", g
            if ff:
                yield "first", ff[0]
        for a in PersonCluster.short_aliases.peek(c):
            yield "short", _fold(a)
        for o in c.opaque_keys():
            yield "opaque", o
        for i in c.initials():
            yield "initials", i

    def _index_cluster(self, idx: dict[str, dict[str, str | set[str]]], c: PersonCluster) -> None:
        entries = list(self._index_entries(c))
        for kind, entry in entries:
            _put_one(idx[kind], entry, c.key)
        self._refit(c, entries)

    def _unindex_cluster(self, idx: dict[str, dict[str, str | set[str]]], c: PersonCluster) -> None:
        entries = list(self._index_entries(c))
        self._refit(c, entries)
        for kind, entry in entries:
            _take_one(idx[kind], entry, c.key)

    def _query_entries(self, n: PersonName) -> list[tuple[str, str]]:
        """The (index, entry) pairs `candidates` reads for `n`: its blocking keys."""
        if n.opaque:
            return [("opaque", norm(n.raw)), ("short", _fold(n.raw))]
        if n.last and n.first:
            last = _fold(n.last)
            return [("full", last + "|" + k) for k in sorted(_given_name_queries(_fold(n.first), self.nick))]
        if n.last:
            return [("last", _fold(n.last))]
        if n.first:
            f = _fold(n.first)
            out = [("short", f), ("first", f)] + [("first", g) for g in self.nick.get(f, ())]
            if n.first.isupper() and 2 <= len(n.first) <= 3:
                out.append(("initials", n.first))
            return out
        return []

    def candidates(self, n: PersonName) -> list[PersonCluster]:
        """Clusters that could be `n`, from the indexes (then checked with `_name_fits`)."""
        idx = self._index()
        keys: set[str] = set()
        for kind, entry in self._query_entries(n):
            _add_found(keys, idx[kind].get(entry))
        return [self.clusters[k] for k in sorted(keys) if k in self.clusters]

    def _fitting(self, n: PersonName) -> list[PersonCluster]:
        """The candidates `n` fits (`_name_fits`), remembered: the same names ("John", "Smith") are
        looked up tens of thousands of times in a large release, each time against every John or
        Smith of it. Blocking: an answer is forgotten only when a person is indexed or unindexed
        under one of the entries it read, that person alone is checked again (`_refit`: a person
        added, grown or merged under that surname, given name, short form or initials); answers are
        forgotten when the indexes are dropped (`changed`). Before, any change anywhere (each new
        person the text names) forgot every answer, and each was made again over all its candidates."""
        found = self._fits.get(n)
        if found is None:
            found = [c for c in self.candidates(n) if self._name_fits(n, c)]
            self._fits[n] = found
            if len(found) > _KEYED_FROM:
                self._fits_keyed[n] = {c.key: c for c in found}
            for kind, entry in self._query_entries(n):  # most entries are read by one name: that name, not a set of it
                _put_one(self._fits_deps[kind], entry, n)
        return found  # read-only: the remembered list itself (a copy per look-up of "John" was linear in the Johns)

    def _refit(self, c: PersonCluster, entries: list[tuple[str, str]]) -> None:
        """`c` was indexed (or unindexed, once merged away) under ``entries``: in each remembered answer
        that read one of them, `c` is in or out as it fits now. Every other candidate of that answer is
        unchanged (a person's fit changes only with its own names, and then it is indexed again), so the
        answer is the one `candidates` and `_name_fits` would give afresh (sorted by key)."""
        names: set[PersonName] = set()
        for kind, entry in entries:
            deps = self._fits_deps.get(kind)
            if deps:
                _add_found(names, deps.get(entry))
        if not names:
            return
        present = self.clusters.get(c.key) is c
        for n in names:
            found = self._fits.get(n)
            if found is None:
                continue
            keyed = self._fits_keyed.get(n)
            fits = present and self._name_fits(n, c)
            at = bisect.bisect_left(found, c.key, key=lambda x: x.key)
            had = found[at] if at < len(found) and found[at].key == c.key else None
            if fits and had is c:
                continue
            if had is not None:
                del found[at]
                if keyed is not None:
                    del keyed[c.key]
            if fits:
                found.insert(at, c)
                if keyed is not None:
                    keyed[c.key] = c
                elif len(found) > _KEYED_FROM:
                    self._fits_keyed[n] = {x.key: x for x in found}

    # ------------------------------------------------------------------ merge passes
    def run_passes(self, stage: str) -> None:
        """Run the merge passes configured for ``stage`` (``self.stages[stage]``), in order."""
        for name in self.stages[stage]:
            self.passes[name].run(self)

    def merge_headers(self) -> None:
        """The header passes: same full name, surname first, OCR'd and spelled addresses, nicknames,
        OCR misreadings, truncated surnames (`STAGES["headers"]`)."""
        self.run_passes("headers")

    def merge_same_name(self) -> None:
        """The same full name (given name and surname, compatible middle initials) printed in two
        headers is one person."""
        by_full: dict[tuple[str, str], list[str]] = defaultdict(list)
        for c in self.roots():
            for fk in c.full_keys():
                by_full[fk].append(c.key)
        for fk, keys in sorted(by_full.items()):
            keys = sorted({self.uf.find(k) for k in keys})
            if len(keys) < 2:
                continue
            base = keys[0]
            for other in keys[1:]:
                ca, cb = self.clusters.get(self.uf.find(base)), self.clusters.get(self.uf.find(other))
                if ca is None or cb is None or ca is cb:
                    continue
                if not self._middles_ok(ca, cb):
                    continue
                self._merge(ca.key, cb.key, f"same name '{_title(fk)}' in headers")
                base = self.uf.find(base)

    def merge_surname_first(self) -> None:
        """"Quist Helena" (a lost comma) is "Helena Quist" when that name is printed elsewhere and
        one of the two has no address."""
        two: dict[tuple[str, str], list[str]] = defaultdict(list)
        for c in self.roots():
            for n in c.trusted:
                if n.has_full and not n.middle:
                    two[(_fold(n.first), _fold(n.last))].append(c.key)
        for (f, l), keys in sorted(two.items()):
            rev = two.get((l, f))
            if not rev or (f, l) > (l, f):
                continue
            a, b = self.uf.find(keys[0]), self.uf.find(rev[0])
            if a != b and a in self.clusters and b in self.clusters:
                ca, cb = self.clusters[a], self.clusters[b]
                if not (ca.emails and cb.emails):
                    self._merge(a, b, f"'{_title((f, l))}' and '{_title((l, f))}': the same two names, surname first")

    def merge_nicknames(self) -> None:
        """A nickname, short form or initial of the given name with the same surname ("Bob Vance",
        "R. Vance" beside "Robert Vance"), when exactly one person fits and not both have addresses."""
        # blocking: only people with a trusted name of the same surname and a given name that can be
        # compatible are checked (`_given_name_block`), each distinct name of a person once; keys
        # indexed before the pass are read through the union-find (a merge only unites names)
        block: dict[tuple[str, str], set[str]] = defaultdict(set)
        for o in self.roots():
            for x in o.trusted:
                if x.last:
                    for k in _given_name_keys(_fold(x.first), self.nick):
                        block[(_fold(x.last), k)].add(o.key)
        for c in list(self.roots()):
            if c.key not in self.clusters:
                continue
            done: set[tuple[str, str]] = set()
            for n in list(c.trusted):
                if not n.last or n.opaque or (n.first, n.last) in done:
                    continue
                done.add((n.first, n.last))  # the same name again finds the same people (nothing merged since)
                last = _fold(n.last)
                near = {self.uf.find(k) for q in _given_name_queries(_fold(n.first), self.nick)
                        for k in block.get((last, q), ())}
                cands = [o for o in (self.clusters[k] for k in sorted(near) if k in self.clusters)
                         if o is not c and o.trusted and self._name_fits(n, o, strict=True)]
                if len(cands) == 1 and not (c.emails and cands[0].emails):
                    self._merge(cands[0].key, c.key, f"'{n.first_last}' and '{_best_name(cands[0])}': same surname, "
                                                     f"nickname or initial of the given name, and no one else fits")
                    break

    def merge_name_with_mailbox(self) -> None:
        """A full name printed alone ("From: Ines Varro") joins the one address printed with that
        name whose local part does not spell someone else ("Ines Varro <office@...>", a unit's or an
        office's mailbox): the name was kept from merging on that address, the name alone settles it."""
        mailbox_names: dict[tuple[str, str], set[str]] = defaultdict(set)
        for o in self.roots():
            if not o.emails:
                continue
            own = o.full_keys()  # the names its addresses vouch for: a mailbox of someone else's is no one's
            for n in o.names:
                fk = (_fold(n.first), _fold(n.last))
                if n.has_full and not _glued_list(n) and not all(_address_contradicts(e, n) for e in o.emails) \
                        and own <= {fk}:
                    mailbox_names[fk].add(o.key)
        for c in list(self.roots()):
            if c.key not in self.clusters or c.emails:
                continue
            for fk in sorted(c.full_keys()):
                near_keys = {self.uf.find(k) for k in mailbox_names.get(fk, ())} - {c.key}
                cands = [self.clusters[k] for k in sorted(near_keys) if k in self.clusters]
                if len(cands) == 1:
                    self._merge(cands[0].key, c.key, f"'{_title(fk)}' printed alone and with the mailbox "
                                                     f"{sorted(cands[0].emails)[0]}, and with no other address")
                    break

    def merge_mailbox_display(self) -> None:
        """The name of an office, a journal or a list ("Gazette of Tern Valley", "XR4P - Help") printed as a
        display name (an opaque name) names one mailbox: printed alone, it is the one address printed
        with it; printed with two addresses of one domain whose local parts are one character apart
        ("onbehalf@", "onbchalf@"), it is one address that OCR misread."""
        by_name: dict[str, set[str]] = defaultdict(set)
        for c in self.roots():
            for n in c.names:
                if n.opaque and len(norm(n.raw)) >= 4:
                    by_name[norm(n.raw)].add(c.key)
        for name, keys in sorted(by_name.items()):
            live = sorted({self.uf.find(k) for k in keys if self.uf.find(k) in self.clusters})
            if len(live) < 2:
                continue
            people = [self.clusters[k] for k in live]
            mailed = [c for c in people if c.emails]
            for a, b in zip(mailed, mailed[1:]):
                ea, eb = sorted(a.emails)[0], sorted(b.emails)[0]
                la, _, da = ea.partition("@")
                lb, _, db = eb.partition("@")
                if da == db and len(la) >= 5 and _one_edit(la, lb) and self.uf.find(a.key) != self.uf.find(b.key):
                    self._merge(a.key, b.key, f"'{name}' printed with {ea} and with {eb}, one character apart "
                                              f"(an OCR misreading of one mailbox)")
            mailed_roots = sorted({self.uf.find(c.key) for c in mailed})
            if len(mailed_roots) != 1:
                continue
            for c in people:
                if not c.emails and c.key in self.clusters and self.uf.find(c.key) != mailed_roots[0]:
                    self._merge(mailed_roots[0], c.key, f"'{name}' printed alone and with the mailbox "
                                                        f"{sorted(self.clusters[self.uf.find(mailed_roots[0])].emails)[0]}")

    def merge_given_name_address(self) -> None:
        """An address printed without a name whose local part is a given name ("tomas@vendor.example")
        joins the one person of the release with that given name, when that person writes from the
        same domain and no one else of the release has that given name (or a short form of it)."""
        # blocking: the people with that given name, and those with a given name that can be
        # compatible with it (`_given_name_keys`), from indexes made before the pass and read through
        # the union-find (a merge only unites names), instead of every person for every address
        exact: dict[str, set[str]] = defaultdict(set)
        block: dict[str, set[str]] = defaultdict(set)
        for o in self.roots():
            for f in o.firsts():
                ff = _fold(f)
                exact[ff].add(o.key)
                if len(ff) > 1:
                    for k in _given_name_keys(ff, self.nick):
                        block[k].add(o.key)

        def first_few(keys: Iterable[str], keep: Callable[[PersonCluster], bool], enough: int) -> list[PersonCluster]:
            """The people under ``keys`` that ``keep`` accepts, up to ``enough`` of them (in key order): the
            pass only asks whether there are more than a few, and reads them all when there are not. A
            common given name is shared by more people the larger the release, and every merge made the
            whole list again (the pass grew ~N^1.4 from 10,130 to 41,228 Enron messages)."""
            found: dict[str, PersonCluster] = {}
            checked: set[str] = set()
            for k in keys:
                r = self.uf.find(k)
                if r in checked:
                    continue
                checked.add(r)
                o = self.clusters.get(r)
                if o is not None and keep(o):
                    found[r] = o
                    if len(found) >= enough:
                        break
            return [found[k] for k in sorted(found)]

        # the people a local part names (`fits`: all of them when at most two, else three) and the others
        # whose given name is compatible with it (all when at most one, else two), worked out once per
        # local part until a merge changes the clusters (`_gen`), not once per address: a common given
        # name is the local part of many addresses of a large release
        seen: dict[str, tuple[int, list[PersonCluster], list[PersonCluster]]] = {}

        def named(local: str) -> tuple[list[PersonCluster], list[PersonCluster]]:
            memo = seen.get(local)
            if memo is None or memo[0] != self._gen:
                fits = first_few(exact.get(local, ()), lambda o: any(_fold(f) == local for f in o.firsts()), 3)
                others: list[PersonCluster] = []
                if len(fits) <= 2:  # else no merge, whoever else there is
                    others = first_few(
                        (k for q in _given_name_queries(local, self.nick) for k in block.get(q, ())),
                        lambda o: o not in fits and any(len(_fold(f)) > 1 and first_names_compatible(local, f, self.nick)
                                                        for f in o.firsts()), 2)
                memo = seen[local] = (self._gen, fits, others)
            return memo[1], memo[2]

        for c in list(self.roots()):
            if c.key not in self.clusters or not c.emails or c.full_keys():
                continue
            for email in sorted(c.emails):
                local, _, domain = email.partition("@")
                if not re.fullmatch(r"[a-z]{3,}", local) or local in _MAILBOX_WORDS:
                    continue
                all_fits, all_others = named(local)
                if len(all_fits) > 2 or len(all_others) > 1:  # two of them besides c: no merge
                    continue
                fits = [o for o in all_fits if o is not c]
                others = [o for o in all_others if o is not c]
                same = [o for o in fits if any(e.partition("@")[2] == domain for e in o.emails)]
                if len(fits) == 1 and same and not others:
                    self._merge(same[0].key, c.key, f"address {email} is the given name of '{_best_name(same[0])}', "
                                                    f"the one person of that name, who writes from {domain}")
                    break

    def merge_ocr_addresses(self) -> None:
        """An address that OCR misprinted ("ab12@postmail.corn", "...@postrnail.com",
        "hql7@...", "...com1") joins the more frequent address it reads as, once the letters OCR
        confuses are read alike (rn/m, cl/d, 1/l/i, 0/o, a stray character after the top-level domain);
        never when both sides carry full names with different surnames."""
        groups: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for c in self.roots():
            for e in c.emails:
                if len(e.split("@", 1)[0]) >= 3:
                    groups[_ocr_address_key(e)].append((len(c.messages), e, c.key))
        for key, members in sorted(groups.items()):
            if len({k for _, _, k in members}) < 2:
                continue
            members.sort(key=lambda t: (-t[0], t[1]))
            n_base, base_email, base = members[0]
            for n, e, k in members[1:]:
                a, b = self.uf.find(base), self.uf.find(k)
                if a == b or n >= n_base or a not in self.clusters or b not in self.clusters:
                    continue
                ca, cb = self.clusters[a], self.clusters[b]
                # remembered per person (`PersonCluster._full_surnames`): the frequent side is often the
                # mailbox's owner, with a name per header of the release, met once per twin address
                sa, sb = ca._full_surnames(), cb._full_surnames()
                if sa and sb and not sa & sb:
                    continue
                self._merge(a, b, f"address {e} reads as an OCR misprint of {base_email}")

    def merge_spelled_addresses(self, *, fuzzy: bool = True) -> None:
        """An address printed without a name joins the one person whose name it spells:
        robert.delgado@, rdelgado@, delgado.r@ (or one OCR character off); a bare surname
        (belluz@) when the address signs with that person's given name ("Julia")."""
        spelled: dict[str, set[str]] = defaultdict(set)
        by_last: dict[str, set[str]] = defaultdict(set)
        for o in self.roots():
            for n in o.trusted:
                if n.has_full:
                    f, s_ = _fold(n.first), _fold(n.last)
                    by_last[s_].add(o.key)
                    forms = [f + s_, s_ + f, f[0] + s_, s_ + f[0], f + s_[0]]
                    if n.middle:
                        m_ = _fold(n.middle)
                        forms += [f + m_[:1] + s_, f[0] + m_[:1] + s_, f + m_ + s_, s_ + f[0] + m_[:1]]
                    for form in forms:
                        spelled[form].add(o.key)
        roots = list(self.roots())
        near = self._near_spellings(spelled, roots) if fuzzy else {}
        for c in roots:
            if c.key not in self.clusters or c.full_keys():
                continue
            if not c.emails and self._user_name_spells(c, spelled):
                continue
            for email in sorted(c.emails):
                local = re.sub(r"[^a-z]", "", email.split("@", 1)[0].lower())
                if len(local) < 4:
                    continue
                keys = set(spelled.get(local, ()))
                parts = [p for p in re.split(r"[._+-]", email.split("@", 1)[0].lower()) if p]
                if not keys and len(parts) >= 2 and len(re.sub(r"[^a-z]", "", parts[-1])) <= 3:
                    # "luisferreira.htx@", "jane.doe.tx@": a short tag after the name (a free-mail name taken)
                    head = re.sub(r"[^a-z]", "", "".join(parts[:-1]))
                    if len(head) >= 6:
                        keys = set(spelled.get(head, ()))
                near_miss = False
                if not keys and len(local) >= 6 and fuzzy:
                    # one character off: an OCR'd address ("gwhiitlock@" for "gwhitlock@")
                    for d in {local} | _inner_deletions(local):
                        keys |= near.get(d, set())
                    near_miss = True
                cands = [self.clusters[self.uf.find(k)] for k in sorted(keys)
                         if self.uf.find(k) in self.clusters and self.uf.find(k) != c.key]
                cands = list({id(x): x for x in cands}.values())
                # the given name its writer signs with, or prints alone with the address ("julia <marsden@...>")
                signs = sorted({a for a in PersonCluster.short_aliases.peek(c) | {n.raw for n in c.names if len(n.raw.split()) == 1}
                                | {n.first for n in c.names if n.first and not n.last and not n.opaque}
                                if a[:1].isalpha() and len(_fold(a)) > 1 and "@" not in a})
                if signs:  # halloway@ signing "Robert" is not Tommy Halloway
                    cands = [o for o in cands if any(first_names_compatible(sg, f, self.nick) for sg in signs
                                                     for f in o.firsts() if len(_fold(f)) > 1)]
                if len(cands) == 1:
                    how = "nearly spells (one character off)" if near_miss else "spells"
                    self._merge(cands[0].key, c.key, f"address {email} {how} the name '{_best_name(cands[0])}'")
                    break
                if cands or not signs:
                    continue
                # marsden@ signing "Julia": the one Julia Marsden; bigsal.kaskel@ printed "Big Sal": a part of the
                # address is the surname of the one Sal Kaskel (the rest a nickname)
                lasts = set(by_last.get(local, ())) or {k for part in parts if len(part) >= 4 and part != local
                                                        for k in by_last.get(re.sub(r"[^a-z]", "", part), ())}
                fit_keys = {self.uf.find(k) for k in lasts if self.uf.find(k) != c.key}
                fits = [self.clusters[k] for k in sorted(fit_keys) if k in self.clusters
                        and any(first_names_compatible(sg, f, self.nick) for sg in signs for f in self.clusters[k].firsts()
                                if len(_fold(f)) > 1)]
                if len(fits) == 1:
                    self._merge(fits[0].key, c.key, f"address {email} is the surname of '{_best_name(fits[0])}', "
                                                    f"and its writer signs '{signs[0]}'")
                    break
                if not fits and self._name_from_address(c, email, signs):
                    break

    @staticmethod
    def _near_spellings(spelled: dict[str, set[str]], roots: list[PersonCluster]) -> dict[str, set[str]]:
        """The index of `merge_spelled_addresses`' near misses: a spelled form (>= 6 letters) and each
        of its inner one-letter deletions ("bailey" is not "lbailey" or "baileyl") -> the people it
        spells. Only the deletion keys an address of ``roots`` can ask for are kept (addresses of
        people with no full name whose local part spells no one exactly): every deletion of every
        form, a few sets per name of the release, was the resolution's largest passing allocation
        (~70 MB traced at 5,256 Enron messages), and nearly none were ever read."""
        wanted: set[str] = set()
        for c in roots:
            if c.full_keys():
                continue
            for email in c.emails:
                local = re.sub(r"[^a-z]", "", email.split("@", 1)[0].lower())
                if len(local) >= 6 and local not in spelled:
                    wanted.add(local)
                    wanted |= _inner_deletions(local)
        near: dict[str, set[str]] = {}
        if not wanted:
            return near
        for form, ks in spelled.items():
            if len(form) >= 6:
                for d in {form} | _inner_deletions(form):
                    if d in wanted:
                        near.setdefault(d, set()).update(ks)
        return near

    def _user_name_spells(self, c: PersonCluster, spelled: dict[str, set[str]]) -> bool:
        """A user name printed as the only display name ("lmarsh", "Lmarsh", "DMarsh",
        "deliamarsh"; "Imarsh" with the l read as a capital I) joins the one person whose name it
        spells exactly (given name and surname, or an initial and the surname)."""
        for d in sorted(c.header_names):
            if not re.fullmatch(r"[A-Za-z][a-z]{5,}|[A-Z]{2}[a-z]{4,}", d):
                continue
            for local in [d.lower()] + ([f"l{d[1:].lower()}"] if d[0] == "I" else []):
                keys = {self.uf.find(k) for k in spelled.get(local, ())} - {c.key}
                cands = [self.clusters[k] for k in sorted(keys) if k in self.clusters]
                if len(cands) == 1:
                    self._merge(cands[0].key, c.key, f"user name '{d}' spells the name '{_best_name(cands[0])}'")
                    return True
        return False

    def _name_from_address(self, c: PersonCluster, email: str, signs: list[str]) -> bool:
        """An address printed without a name whose writer signs with a given name: wenli.zhou@
        signing "Wenli" is Wenli Zhou; halloway@ signing "Robert" is Robert Halloway."""
        parts = [p for p in re.split(r"[._-]+", email.split("@", 1)[0].lower()) if p]
        if not all(p.isalpha() for p in parts) or any(p in _ROLE_MAILBOXES for p in parts):
            return False
        for sg in signs:
            g = _fold(sg)
            if len(parts) == 2 and parts[0] == g and len(parts[1]) >= 2:
                first, last = sg, parts[1].capitalize()
            elif len(parts) == 1 and len(parts[0]) >= 4 and parts[0] != g and sg[:1].isupper():
                first, last = sg, parts[0].capitalize()
            else:
                continue
            pn = PersonName(raw=f"{first} {last}", first=first, last=last)
            c.names.append(pn)
            c.trusted.append(pn)
            c.aliases.add(pn.full)
            c.reasons.append(f"named from the address {email} and the sign-off '{sg}'")
            self.changed()
            return True
        return False

    def merge_ocr_variants(self) -> None:
        """A full name printed in one or two headers without an address, one character off the name
        of another correspondent ("Jonh Varga" beside "John Varga"), or the same once the letters OCR
        confuses are read alike ("Hurria Varga", "Hunna Varga" beside "Huma Varga"), is that
        correspondent misread by OCR, when exactly one such name is that close and it is printed at
        least as often (a given name one letter off: at least three times as often). A surname whose first letter differs ("Yarga" beside "Varga") is a misreading
        only beside a name printed at least five times as often (and five times or more): two real
        people rarely share a given name and all of a surname but its first letter, and then both
        are printed about as often."""
        def full(c: PersonCluster) -> str | None:
            keys = c.full_keys()
            return " ".join(next(iter(keys))) if len(keys) == 1 else None

        def variants(f: str) -> set[str]:
            return {f, _ocr_name_key(f)} | {f[:i] + f[i + 1:] for i in range(len(f))}

        common: dict[str, set[str]] = defaultdict(set)
        for c in self.roots():
            for fk in {" ".join(k) for k in c.full_keys()}:
                if len(fk) >= 8:
                    for d in variants(fk):
                        common[d].add(c.key)
        for c in sorted(self.roots(), key=lambda x: (len(x.messages), x.key)):
            f = full(c) if c.key in self.clusters else None
            if c.key not in self.clusters or c.emails or not f or len(f) < 8 or len(c.messages) > 2:
                continue
            near = set()
            for d in variants(f):
                near |= common.get(d, set())
            near_keys = {self.uf.find(k) for k in near} - {c.key}
            last = f.split()[-1][:1]
            n = len(c.messages)

            first = f.split()[0]

            def close(o: PersonCluster) -> bool:
                often = len(o.messages) >= max(5, 5 * n)
                for g in o.full_keys():
                    h = " ".join(g)
                    if h == f or not (_one_edit(f, h) or _ocr_name_key(f) == _ocr_name_key(h)):
                        continue
                    if g[0] != first and len(o.messages) < max(3, 3 * n):
                        continue  # "Dan Brisk" beside "Dana Brisk": a given name one letter off, printed as often
                    if g[1][:1] == last or often:
                        return True
                return False

            cands = [self.clusters[k] for k in sorted(near_keys) if k in self.clusters
                     and len(self.clusters[k].messages) >= n and close(self.clusters[k])]
            if len(cands) == 1:
                how = "one character off" if any(_one_edit(f, " ".join(g)) for g in cands[0].full_keys()) \
                    else "the same OCR'd letters as"
                self._merge(cands[0].key, c.key, f"'{_best_name(c)}' is {how} '{_best_name(cands[0])}', "
                                                 f"printed as often or more (an OCR misreading)")

    def merge_truncated(self) -> None:
        """"Lev Tarkan" beside "Lev Tarkanyi": a surname cut short at the edge of a printed header
        is the one person with the same given name whose surname it begins, when that person is
        printed at least as often and the short form has no address of its own."""
        # blocking: the people with that given name and a surname that starts as the short form does
        # (`_surname_start`), not every person with that given name
        block: dict[tuple[str, str], set[str]] = defaultdict(set)
        for c in self.roots():
            for f, m in c.full_keys():
                if len(m) > 3:  # longer than a short form of three letters or more
                    block[(f, _surname_start(m))].add(c.key)
        for c in list(self.roots()):
            keys = c.full_keys()
            if c.key not in self.clusters or c.emails or len(keys) != 1:
                continue
            f, l = next(iter(keys))
            if len(l) < 3:
                continue
            near_keys = {self.uf.find(k) for k in block.get((f, _surname_start(l)), ())} - {c.key}
            cands = [self.clusters[k] for k in sorted(near_keys) if k in self.clusters
                     and len(self.clusters[k].messages) >= len(c.messages)
                     and any(g == f and len(m) > len(l) and m.startswith(l) for g, m in self.clusters[k].full_keys())]
            if len(cands) == 1:
                self._merge(cands[0].key, c.key, f"'{_best_name(c)}' is '{_best_name(cands[0])}' with the surname "
                                                 f"cut short")

    def merge_first_names(self, *, release_wide: bool = True) -> None:
        """A header that prints only a given name ("Paul") or only a surname ("Varga") is the one
        person of the thread with that given name (or nickname) or surname, when exactly one fits.
        When no one in its threads fits, the one correspondent of the whole release who fits
        (never when two or more do). With ``release_wide=False``, the pass made again once the
        people named in the text are known: only the thread, and of the people named only in text,
        those named in the messages this person wrote (a signature "Paul Varga" read as text settles
        "From: Paul"; a "Paul Newman" the thread talks about does not)."""
        honorifics = HONORIFICS | {t.lower().strip(".") for t in self.titles}
        for c in list(self.roots()):
            if c.key not in self.clusters or c.emails or not c.key.startswith("o:"):
                continue
            words = c.key[2:].split()
            while len(words) > 1 and words[0].strip(".") in honorifics:
                words = words[1:]  # "Dr Varga": a title and one name
            if len(words) != 1:
                continue
            word = words[0]
            forms = [PersonName(raw=word, first=word), PersonName(raw=word, last=word)]

            def fitting(keys=None):
                out = {}
                for pn in forms:
                    for o in self.candidates(pn):
                        if o is c or o.key in out or (keys is not None and o.key not in keys):
                            continue
                        if o.trusted and any(n.has_full for n in o.trusted) and self._name_fits(pn, o):
                            out[o.key] = o
                found = list(out.values())
                if len(found) > 1 and set.intersection(*(o.full_keys() for o in found)):
                    # one full name printed as several people (addresses apart): the best-attested one
                    found = [max(found, key=lambda o: (len(o.messages), o.key))]
                return found

            answers, several, seen_any = set(), [], False
            for mid in sorted(c.messages):
                m = self.messages.get(mid)
                if m is None:
                    continue
                _, thread = self.context_keys(m)
                if not release_wide:
                    thread = {k for k in thread if k in self.clusters and not self.clusters[k].from_text}
                    thread |= {self.uf.find(k) for s_ in c.sent for k in self.message_mentions.get(s_, ())}
                near = fitting(thread)
                seen_any |= bool(near)
                if len(near) > 1:
                    # several in the thread: the one among the messages next to this one (the message
                    # it answers or forwards, and its answers), when exactly one fits there
                    close = fitting(self.chain_keys(m))
                    near = close if len(close) == 1 else near
                if len(near) == 1:
                    answers.add(near[0].key)
                elif near:
                    several.append({o.key for o in near})
            if several:
                # a thread where several fit does not contradict the one answer of the others
                # when that one is among them; with no such answer it leaves the name alone
                answers = answers if len(answers) == 1 and all(answers <= k for k in several) else {None}
            how = "a thread where only"
            if not seen_any and not release_wide:
                continue
            if not seen_any:
                # across the release, only the very word (no nickname, no initial)
                anywhere = [o for o in fitting() if any(n.has_full and _fold(word) in (_fold(n.first), _fold(n.last))
                                                        for n in o.trusted)]
                # and only someone who writes with the people of its messages: a given name is shared by
                # many people, and one nobody of its threads ever wrote to is someone else
                answers = {anywhere[0].key} if len(anywhere) == 1 and self._share_correspondents(c, anywhere[0]) else set()
                how = "a release where only"
            if len(answers) == 1 and None not in answers:  # every thread it appears in says the same
                other = self.clusters[answers.pop()]
                self._merge(other.key, c.key, f"'{_best_name(c)}' alone in a header of {how} "
                                              f"'{_best_name(other)}' has that name")

    def _correspondents(self, c: PersonCluster) -> set[str]:
        out = set()
        for mid in c.messages:
            m = self.messages.get(mid)
            if m is not None:
                out |= {k for a in (m.sender, *m.to, *m.cc) if (k := self.cluster_of_address(a))}
        return out - {c.key}

    def _share_correspondents(self, a: PersonCluster, b: PersonCluster) -> bool:
        """Someone other than these two is in the headers of a message of each."""
        return bool((self._correspondents(a) & self._correspondents(b)) - {a.key, b.key})

    def _middles_ok(self, a: PersonCluster, b: PersonCluster) -> bool:
        ma = {(_fold(n.first), _fold(n.last)): n.middle for n in a.names if n.has_full and n.middle}
        for n in b.names:
            if n.has_full and n.middle and (_fold(n.first), _fold(n.last)) in ma:
                if not middles_compatible(ma[(_fold(n.first), _fold(n.last))], n.middle):
                    return False
        return True

    def _name_fits(self, n: PersonName, c: PersonCluster, *, strict: bool = False) -> bool:
        """Can the (partial) name `n` be this person? strict: both need a surname, and only the
        person's trusted names count (the ones that may merge people)."""
        names = c.trusted if strict else c.names  # what the person's names say is remembered (`PersonCluster._derived`)
        if n.opaque:
            return norm(n.raw) in c._opaque_keys(names) or norm(n.raw) in c._short_forms(norm)
        if n.last:
            last = _fold(n.last)
            if last not in c._surnames(names):
                # a lone word after a title may be a first name only ("Officer Peggy")
                return False
            if not n.first:
                return not strict
            firsts = c._firsts_by_surname(names, last)  # each distinct one once
            if not firsts:
                return not strict
            return any(first_names_compatible(n.first, f, self.nick) for f in firsts)
        if n.first:
            f = _fold(n.first)
            if f in c._short_forms(_fold):
                return True
            if strict:
                return False
            if n.first.isupper() and 2 <= len(n.first) <= 3:
                return n.first in c._initials()
            return any(first_names_compatible(n.first, x, self.nick) and len(_fold(x)) > 1 and len(f) > 1
                       for x in c._firsts(names))
        return False

    # ------------------------------------------------------------------ signatures
    def add_signature(self, m: Message, sig: Signature, classified: list[tuple[str, str, str]]) -> None:
        """Attach a classified signature (list of (kind, text, value)) to the sender's cluster."""
        key = self.cluster_of_address(m.sender)
        if key is None:
            return
        c = self.clusters[key]
        self.changed()
        if sig.serial:
            c.serials.add(sig.serial)
        if sig.phones:
            c.phones.update(sig.phones)
        for kind, text, value in classified:
            if kind == "name":
                pn = parse_name(text, titles=self.titles)
                if pn.is_empty() or pn.opaque:
                    continue
                if c.names and not self._name_fits(pn, c) and not self._completes(pn, c):
                    continue  # a name line that is not the sender (an assistant, a quoted name)
                c.names.append(pn)
                checks = [_local_consistent(e, pn) for e in c.emails]
                if pn.has_full and (True in checks or False not in checks):
                    c.trusted.append(pn)
                c.aliases.add(_display(pn, text))
                if pn.title:
                    c.titles[pn.title] += 1
            elif kind == "signoff":
                pn = parse_name(text, titles=self.titles)
                word = text.strip(" -,")
                if not c.names or self._name_fits(pn, c) or (word.isupper() and word in c.initials()):
                    c.short_aliases.add(word)
                    c.aliases.add(word)
            elif kind == "title":
                c.titles[value or text] += 1
            elif kind == "unit":
                c.units[value] += 1
                c.member_quotes.setdefault("division:" + value, (m.id, text))
            elif kind == "organization":
                c.orgs[value] += 1
                c.member_quotes.setdefault("organization:" + value, (m.id, text))
            elif kind == "role":
                c.roles[value] += 1

    def _completes(self, pn: PersonName, c: PersonCluster) -> bool:
        """A header that printed only a given name ("From: Arthur") and a signature with that
        given name and a surname ("Arthur Penwick"): the signature completes the name."""
        if not pn.has_full or any(n.has_full for n in c.names):
            return False
        words = {_fold(n.raw) for n in c.names if n.opaque and len(n.raw.split()) == 1}
        words |= {_fold(f) for f in c.firsts()}
        words.discard("")
        return bool(words) and all(len(w) > 1 and first_names_compatible(w, pn.first, self.nick) for w in words)

    def merge_serials(self) -> None:
        """A signature's serial number is the local part of the agency's addresses (31877@lapd...)."""
        serial_domains = {d for d, info in self.profile.domains.items() if info.get("serial_local_part")}
        if not serial_domains:
            return
        for c in list(self.roots()):
            if c.key not in self.clusters:
                continue
            for s in sorted(PersonCluster.serials.peek(c)):
                for d in sorted(serial_domains):
                    other = "e:" + f"{s}@{d}"
                    if other in self.uf.parent and self.uf.find(other) != self.uf.find(c.key):
                        self._merge(c.key, other, f"serial number #{s} in signature matches {s}@{d}")

    def merge_same_serial(self) -> None:
        """Two signatures with the same serial number and the same name ("Ofc. Ana Lind #5120" from a
        unit's shared mailbox and from her own address) are one person; the same number under two
        names is not settled by the number alone."""
        by_serial: dict[str, list[str]] = defaultdict(list)
        for c in self.roots():
            for s in PersonCluster.serials.peek(c):
                by_serial[s].append(c.key)
        for s, keys in sorted(by_serial.items()):
            keys = sorted({self.uf.find(k) for k in keys})
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    ra, rb = self.uf.find(a), self.uf.find(b)
                    if ra == rb or ra not in self.clusters or rb not in self.clusters:
                        continue
                    ca, cb = self.clusters[ra], self.clusters[rb]
                    fa = {(_fold(n.first), _fold(n.last)) for n in ca.names if n.has_full}
                    fb = {(_fold(n.first), _fold(n.last)) for n in cb.names if n.has_full}
                    same = fa & fb
                    if same and self._middles_ok(ca, cb):
                        self._merge(ra, rb, f"serial number #{s} signed by '{_title(sorted(same)[0])}' in both")

    # ------------------------------------------------------------------ text mentions
    def context_keys(self, m: Message | None) -> tuple[set[str], set[str]]:
        """(people of the message, people of its thread), as cluster keys."""
        if m is None:
            return set(), set()
        own = {k for a in [m.sender, *m.to, *m.cc] if (k := self.cluster_of_address(a))}
        tk = thread_key(m)
        mids = self.threads.get(tk, [])
        mentions = self.thread_mentions.get(tk, set())
        # read and put back last: the memo keeps the threads read most recently (`_THREADS_KEPT`), not every thread
        # of the release (a thread is read while its messages are, which the passes take in the order of sending)
        cached = self._thread_people.pop(tk, None)
        # the people change only when clusters merge, new keys appear or the thread names someone new
        version = (self._merges, len(self.uf.parent), len(mentions))
        settled = self._settled is not None  # (no address keys kept: the people from `cluster_of_address`)
        if cached is None or cached[0] != len(mids):
            cached = (len(mids), set() if settled else {self._address_keys(a) for a in self._addresses_of(mids)},
                      None, set())
        if cached[2] != version:
            people = ({k for a in self._addresses_of(mids) if (k := self.cluster_of_address(a))} if settled
                      else {k for keys in cached[1] if (k := self._key_of(keys))})
            people |= {self.uf.find(k) for k in mentions if k in self.uf.parent}
            cached = (cached[0], cached[1], version, people)
        self._thread_people[tk] = cached
        if len(self._thread_people) > _THREADS_KEPT:
            del self._thread_people[next(iter(self._thread_people))]
        return own, own | cached[3]

    def _addresses_of(self, mids: Iterable[str]) -> Iterator[Address]:
        """The header addresses of the messages ``mids``."""
        for mid in mids:
            m = self.messages[mid]
            yield m.sender
            yield from m.to
            yield from m.cc

    def chain_keys(self, m: Message) -> set[str]:
        """People in the headers of ``m``, of the message it quotes and of the messages quoting it."""
        if self._children is None:
            self._children = defaultdict(list)
            for x in self.messages.values():
                if x.in_reply_to:
                    self._children[x.in_reply_to].append(x.id)
        near = [m.id, m.in_reply_to, *self._children.get(m.id, ())]
        return {k for mid in near if mid in self.messages
                for a in (self.messages[mid].sender, *self.messages[mid].to, *self.messages[mid].cc)
                if (k := self.cluster_of_address(a))}

    def find_person(self, text: str, *, message: Message | None = None) -> str | None:
        """Cluster key of the person a surface form names, or None."""
        t = " ".join(text.split()).strip(" ,.;:-")
        if not t:
            return None
        if EMAIL_RE.match(t):
            k = "e:" + t.lower()
            return self.uf.find(k) if k in self.clusters or k in self.uf.parent else None
        pn = parse_name(t, titles=self.titles)
        if pn.is_empty():
            # a bare title used as a name ("Sarge"): someone who uses it as an alias
            pn = PersonName(raw=t, first=t)
        cands = self._fitting(pn)
        asked: PersonName | None = pn  # the name whose remembered answer `cands` is (None once filtered)
        rank = self._rank_of(pn.title)
        if rank and len(cands) > 1:
            # "Detective Alvarez" is not the Alvarez whose signature says "Management Analyst"
            cands, asked = [c for c in cands if not self._ranks(c) or rank in self._ranks(c)], None
        if not cands and pn.first and pn.last and len(_fold(pn.last)) == 1:
            # "Dana W.": the people with that given name whose surname begins with the initial
            alt = PersonName(raw=t, first=pn.first)
            cands = [c for c in self._fitting(alt) if any(s.startswith(_fold(pn.last)) for s in c.surnames())]
            asked = None
        if not cands and pn.last and not pn.first and pn.title:
            # "Officer Peggy": the word after a title may be a given name
            alt = PersonName(raw=t, first=pn.last)
            cands, asked = self._fitting(alt), alt
        if not cands and pn.first and pn.last and not pn.middle:
            # "Dr. Ramos Vidal", "Ortega Blanco": two words no one is named by as given name and surname may
            # be one compound surname, the one a header prints hyphenated or surname-first ("Ramos-Vidal, Lucia")
            alt = PersonName(raw=t, last=f"{pn.first} {pn.last}", title=pn.title)
            cands, asked = self._fitting(alt), alt
        if len(cands) == 1:
            only = cands[0]
            if pn.has_full or pn.last or pn.opaque:
                return only.key
            # a first name, nickname or initials: fine when it is the only one anywhere
            return only.key
        if len(cands) > 1 and message is not None:
            own, thread = self.context_keys(message)
            # the people written to first ("Hi Bob"), then the writer, then the rest of the thread
            to = {ka for a in [*message.to, *message.cc] if (ka := self.cluster_of_address(a))}
            # a common given name fits many people of a large release: the few people of the message
            # and its thread are looked up among them, not all of them read for each mention
            by_key = self._fits_keyed.get(asked) if asked is not None and self._fits.get(asked) is cands else None
            for ctx in (to, own, thread):
                if by_key is not None and len(ctx) < len(cands):
                    near = [by_key[k] for k in ctx if k in by_key]
                else:
                    near = [c for c in cands if c.key in ctx]
                if len(near) == 1:
                    return near[0].key
        return None

    def _rank_of(self, title: str) -> str | None:
        if not title:
            return None
        low = title.lower()
        words = [w.rstrip(".,") for w in low.split()]
        for k in range(len(words), 0, -1):  # "police officer ii" -> "police officer"
            for i in range(0, len(words) - k + 1):
                r = self.profile_ranks.get(" ".join(words[i:i + k]))
                if r:
                    return r
        return None

    def _ranks(self, c: PersonCluster) -> set[str]:
        return {r for t in c.titles if (r := self._rank_of(t))}

    def add_text_person(self, text: str, message: Message) -> str | None:
        """A full name found in the text that no header or signature explains: a new person."""
        pn = parse_name(text, titles=self.titles)
        if not pn.has_full or pn.opaque:
            return None
        key = "n:" + " ".join(pn.key)
        if key not in self.clusters and key in self.uf.parent:
            return self.uf.find(key)
        c = self.clusters.get(key)
        created = c is None
        if c is None:
            c = self.clusters[key] = PersonCluster(key=key, from_text=True)
            self.uf.find(key)
            c.reasons.append(f"named in the text of {message.id}")
        c.names.append(pn)
        c.trusted.append(pn)
        c.aliases.add(_display(pn, text))
        # only added to: update the look-up indexes instead of rebuilding them (thousands of
        # people named in the text of a large release made that quadratic)
        if created:
            self._added(c)
        else:
            self._grew(c)
        return key

    # ------------------------------------------------------------------ node output
    def canonical_name(self, c: PersonCluster) -> str:
        return _best_name(c)

    def person_id(self, c: PersonCluster) -> str:
        if c.emails:
            return make_id("person", sorted(c.emails)[0])
        fulls = sorted(c.full_keys())
        if fulls:
            return make_id("person", "name", *fulls[0])
        return make_id("person", "name", c.key)


@dataclass(frozen=True)
class MergePass:
    """One merge pass of the resolver: its name, the words every merge it makes records in the
    node's ``merge_reasons`` (``reason``), what evidence it merges on (``evidence``) and the
    function that runs it over a `Resolver`."""

    name: str
    reason: str
    evidence: str
    run: Callable[["Resolver"], None]


PASSES: tuple[MergePass, ...] = (
    MergePass("same_name", "in headers", "the same given name and surname printed in two headers",
              lambda r: r.merge_same_name()),
    MergePass("surname_first", "surname first", "the same two names in the other order, one side without an address",
              lambda r: r.merge_surname_first()),
    MergePass("name_with_mailbox", "printed alone and with the mailbox",
              "a full name printed alone and with one mailbox that spells no one else",
              lambda r: r.merge_name_with_mailbox()),
    MergePass("mailbox_display", "printed alone and with the mailbox|one character apart (an OCR misreading of one mailbox)",
              "the display name of an office or a list printed alone, or with two addresses one OCR character apart",
              lambda r: r.merge_mailbox_display()),
    MergePass("given_name_address", "is the given name of",
              "an address that is the given name of the one person so named, at that person's domain",
              lambda r: r.merge_given_name_address()),
    MergePass("ocr_address", "reads as an OCR misprint of", "an address one OCR confusion from a more frequent one",
              lambda r: r.merge_ocr_addresses()),
    MergePass("spelled_address", "spells the name|is the surname of", "an address (or user name) that spells the one person's name",
              lambda r: r.merge_spelled_addresses()),
    MergePass("nickname", "nickname or initial of the given name",
              "the same surname with a short form or initial of the given name, one person fitting",
              lambda r: r.merge_nicknames()),
    MergePass("ocr_variant", "(an OCR misreading)", "a rare name one OCR confusion from one printed as often or more",
              lambda r: r.merge_ocr_variants()),
    MergePass("truncated", "with the surname cut short", "a surname cut at the edge of a header",
              lambda r: r.merge_truncated()),
    MergePass("serial_address", "in signature matches", "a signature's serial number is the local part of an address",
              lambda r: r.merge_serials()),
    MergePass("same_serial", "signed by", "one serial number signed with one name from two mailboxes",
              lambda r: r.merge_same_serial()),
    MergePass("lone_name", "alone in a header of", "a given name or surname alone, the one person of its threads with it",
              lambda r: r.merge_first_names()),
    MergePass("lone_name_writers", "alone in a header of",
              "a lone name, once the full names its writer printed in the text are known",
              lambda r: r.merge_first_names(release_wide=False)),
    MergePass("spelled_address_exact", "spells the name", "an address spelling a name first read in the text (exactly)",
              lambda r: r.merge_spelled_addresses(fuzzy=False)),
)

_HEADER_STAGE = ("same_name", "surname_first", "name_with_mailbox", "mailbox_display", "ocr_address", "spelled_address",
                 "given_name_address", "nickname", "ocr_variant", "truncated")
# When each pass runs: `headers` once the headers are read, `signatures` once the signatures are,
# `text` once the full names of the text are known. Extraction runs the three stages in this order.
STAGES: dict[str, tuple[str, ...]] = {
    "headers": _HEADER_STAGE,
    "signatures": ("serial_address", "same_serial", *_HEADER_STAGE, "lone_name"),
    "text": ("lone_name_writers", "spelled_address_exact"),
}


def _keys_of_parts(email: str, pn: PersonName) -> tuple[str, ...]:
    """The cluster keys a header address with this email and parsed name may be known by, best first."""
    return tuple(k for k in (
        ("e:" + email) if email else None,
        ("o:" + norm(pn.raw)) if pn.opaque or (pn.raw and not pn.has_full) else None,
        ("n:" + " ".join(pn.key)) if pn.has_full else None) if k)


def _given_name_keys(fb: str, nick: dict[str, set[str]]) -> set[str]:
    """Blocking keys of a (folded) given name: every query of a name `first_names_compatible` with
    it shares one of them (`_given_name_queries`)."""
    if not fb:
        return {"*"}  # no given name: compatible with any
    keys = {"all", "i" + fb[0], "=" + fb}
    keys |= {"=" + g for g in nick.get(fb, ())}
    keys |= {"p" + fb[:k] for k in range(3, len(fb) - 1)}  # its starts ("Theo" for "Theodora")
    keys |= {"s" + fb[-k:] for k in range(4, len(fb) - 1)}  # its ends ("Tina" for "Christina")
    return keys


def _given_name_queries(fa: str, nick: dict[str, set[str]]) -> set[str]:
    """Keys to look a (folded) given name up under: see `_given_name_keys`."""
    if not fa:
        return {"all", "*"}
    if len(fa) == 1:  # an initial: every name with that first letter
        return {"i" + fa, "*"}
    keys = {"*", "=" + fa, "=" + fa[0], "p" + fa, "s" + fa}
    keys |= {"=" + g for g in nick.get(fa, ())}
    keys |= {"=" + fa[:k] for k in range(3, len(fa) - 1)} | {"=" + fa[-k:] for k in range(4, len(fa) - 1)}
    return keys


def _surname_start(surname: str) -> str:
    """Blocking key of `Resolver.merge_truncated`: a (folded) surname's first three letters, which a
    surname cut short (three letters or more) shares with the whole one."""
    return surname[:3]


def _singular(s: str) -> str:
    if s.endswith("ies"):
        return s[:-3] + "y"
    if s.endswith("es") and re.search(r"(s|x|z|ch|sh)es$", s):
        return s[:-2]
    if s.endswith("s") and not s.endswith("ss"):
        return s[:-1]
    return s


def _display(pn: PersonName, raw: str) -> str:
    if pn.opaque:
        return pn.raw.strip("'\" ")
    s = " ".join((raw or "").split()).strip("'\" ")
    s = re.sub(r"\s*(?:,?\s*#\s?\d{3,7}|,?\s*Serial\s*(?:No\.?|Number)\s*\d+)\s*$", "", s, flags=re.I)
    return s or pn.full


def _title(fk: tuple[str, str]) -> str:
    return " ".join(w.capitalize() for w in fk if w)


def _best_name(c: PersonCluster) -> str:
    """Most common full display name from headers, else from signatures/text, else an address.
    A name printed beside an address that spells a different name (someone else's name on a mangled
    header line: "Patricia Dunmore <jo.keller@...>") never names the person: it stays an alias."""
    locals_ = {_fold(e.split("@", 1)[0]) for e in c.emails}
    own = sorted({n.raw for n in c.names if n.opaque and len(n.raw.split()) > 1 and _fold(n.raw) in locals_})
    if own:  # "XR NEWS <xrnews@...>": the mailbox's own name, whoever else writes from it (one word
        # spelling the address, "ann <ann@...>", may be a given name: a full name printed with it comes first)
        return own[0].strip("'\" ")
    full = Counter()
    for n in c.names:
        if n.has_full and not _glued_list(n) and not (c.emails and all(_address_contradicts(e, n) for e in c.emails)):
            full[n.full] += 3 if any(parse_name(h).full == n.full for h in c.header_names) else 1
    if full:
        # printed as often: the last in alphabetical order, so the choice does not depend on reading order
        return max(full.items(), key=lambda kv: (kv[1], kv[0]))[0]
    opaque = Counter(n.raw for n in c.names if n.opaque)
    if opaque:  # printed as often: the last in alphabetical order, whatever the reading order
        return max(opaque.items(), key=lambda kv: (kv[1], kv[0]))[0].strip("'\" ")
    if c.emails:
        return sorted(c.emails)[0]
    return c.key.split(":", 1)[1]


# an office of a county's or a city's government named after the place ("... Office of Emergency Management", "...
# Department of Public Works", "... Board of Commissioners"): a body of its own, not the place's short name
# (as a police department is, `_OWN_POLICE`)
# (or ending in one: "... Information Technology Department", "... Purchasing Division")
_GOVERNMENT_OFFICE = re.compile(r"(?:office|department|dept\.?|board|bureau|division|commission)\s+of\s+\w|"
                                r"(?:[\w&'-]+\s+){1,4}(?:office|department|dept\.?|board|bureau|division|commission)$", re.I)
# what a body's own police or fire service adds to its name ("X University" / "X University Police Department")
_OWN_POLICE = re.compile(r"(?:police(?: department| dept\.?)?|pd|department of public safety|public safety|"
                         r"sheriff'?s office|fire department|fire marshal'?s office|security department)", re.I)

# address local parts that name a mailbox, not a person's surname
_ROLE_MAILBOXES = {"info", "office", "press", "media", "news", "contact", "admin", "support", "help", "team", "desk",
                   "mail", "noreply", "reply", "communications", "secretariat", "president", "director", "editor",
                   "events", "inquiries", "hello", "staff", "service", "services", "webmaster", "postmaster",
                   "behalf", "alerts", "notifications", "newsletter", "digest",
                   # an agency's or a company's shared boxes, signed by whoever answers them
                   "records", "dispatch", "procurement", "purchasing", "billing", "orders", "foia", "intake",
                   "payroll", "careers", "compliance", "privacy", "reception", "frontdesk", "outreach", "marketing",
                   "partners", "sales", "evidence", "training",
                   # an office's box named by its title or its work, whoever holds it: chief@ of a fire district
                   "chief", "sheriff", "mayor", "fulfillment", "fulfilment", "shipping"}

_HEADER_NOISE = {"from", "sent", "to", "cc", "bcc", "ce", "subject", "date", "re", "fw", "fwd", "hi", "hello", "dear",
                 "hey", "g'day", "g\u2019day", "gday", "hiya", "howdy", "morning", "afternoon", "evening", "greetings",
                 "thanks", "thank", "regards", "best", "sincerely", "original", "message", "importance", "attachments",
                 "wrote", "forwarded", "redacted", "withheld"}


def _glued_list(pn: PersonName) -> bool:
    """A "name" of five words or more (initials, acronyms and particles aside): several names OCR printed as one
    ("Ana Roe Ivo Tam Lund"), never a person's name to merge on or to call the person by."""
    words = [w for w in (pn.full or pn.raw).split() if len(w.strip(".")) > 1 and w[:1].isupper()
             and any(ch.islower() for ch in w)]  # not acronyms: "XR NSA FO Staff" is a list's name
    return len(words) > 4


def _junk_name(pn: PersonName) -> bool:
    """A printed "name" that cannot be a correspondent: header words, greetings, OCR debris."""
    raw = pn.raw if pn.opaque else pn.full or pn.raw
    if "@" in raw:
        return False
    words = re.findall(r"[A-Za-z\u00c0-\u024f'\u2019]+", raw)
    if not words:
        return True
    if any(w.lower() in _HEADER_NOISE for w in words):
        return True
    if len(words) == 1 and len(words[0]) <= 4 and (words[0].isupper() or words[0].islower()):
        return True
    if all(len(w) <= 2 for w in words):
        return True
    if len(words) == 1 and (words[0].lower() in _MAILBOX_WORDS or re.fullmatch(r"(?:Mr|Ms|Mrs|Dr)[A-Z]?", words[0])):
        return True  # "Contact", "President", "MsP": a mailbox or a title printed as the name
    if any(re.fullmatch(r"[a-z]+[A-Z]{2}[A-Za-z]*", w) for w in words):
        return True  # "yNOe": OCR debris, no name is written so
    return False


_MAILBOX_WORDS = _ROLE_MAILBOXES | {"contact", "secretary", "assistant", "reception", "chair", "chairman", "office",
                                    "executive", "manager", "coordinator", "member", "members", "everyone", "all"}


_TLD_TAIL = re.compile(r"\.(com|gov|org|net|edu|mil)[a-z0-9]$")
_OCR_LETTERS = (("rri", "m"), ("rn", "m"), ("nn", "m"), ("cl", "d"), ("vv", "w"), ("ri", "n"))
_OCR_ADDRESS_LETTERS = (("rn", "m"), ("cl", "d"))  # in an address, "nn" and "vv" are as often real


def _ocr_name_key(s: str, groups=_OCR_LETTERS) -> str:
    """A folded name with the letter groups OCR makes of one letter read as that letter."""
    for a, b in groups:
        s = s.replace(a, b)
    return s


def _ocr_address_key(email: str) -> str:
    """An address with the characters OCR confuses read alike: rn/m, cl/d (in the local part),
    1/l/i, 0/o, a stray character after the top-level domain ("postmail.coml")."""
    local, _, domain = email.lower().partition("@")
    domain = _TLD_TAIL.sub(r".\1", re.sub(r"\.coni$", ".com", domain).replace("rn", "m"))
    key = f"{_ocr_name_key(local, _OCR_ADDRESS_LETTERS)}@{domain}"
    return key.replace("1", "l").replace("i", "l").replace("0", "o")


def _address_contradicts(email: str, pn: PersonName) -> bool:
    """The address's local part reads as a name (five letters or more, no role word such as press@)
    and shares no three-letter start with any part of the printed name: it is someone else's."""
    local = re.sub(r"[^a-z]", "", email.split("@", 1)[0].lower())
    if len(local) < 5 or any(w in local for w in _ROLE_MAILBOXES):
        return False
    parts = [_fold(p) for p in re.split(r"[\s\-]+", pn.full) if len(_fold(p)) >= 3]
    return bool(parts) and not any(p[:3] in local for p in parts)


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def _inner_deletions(s: str) -> set[str]:
    return {s[:i] + s[i + 1:] for i in range(1, len(s) - 1)}


def _local_consistent(email: str, pn: PersonName) -> bool | None:
    """Does an address's local part agree with the display name printed with it?
    None when it cannot tell (a serial number, an opaque name)."""
    local = re.sub(r"[^a-z]", "", email.split("@", 1)[0].lower())
    if len(local) < 3 or not pn.has_full:
        return None
    f, l = _fold(pn.first), _fold(pn.last)
    if (len(l) >= 3 and l[:4] in local) or (len(f) >= 3 and f[:4] in local):
        return True
    return False


def _order_by_address(email: str, pn: PersonName, printed: str) -> PersonName:
    """"Sarcina Giuseppe <gsarcina@...>": a two-word name printed surname first without its comma,
    as the address shows: an initial (or two) then a whole word is the given name's initial and the
    surname (the common "flast@" form), and here that word is the one printed first. Addresses made
    of whole words ("olga@", "paolo.rossi@", "rossi.paolo@") do not tell which word is the surname,
    and names printed with a comma are already in order: those stay as printed."""
    if not email or "," in printed or not pn.has_full or pn.middle or pn.opaque:
        return pn
    local = re.sub(r"[^a-z]", "", email.split("@", 1)[0].lower())
    f, l = _fold(pn.first), _fold(pn.last)
    if len(f) < 3 or len(l) < 2 or f == l:
        return pn
    initials = len(local) - len(f)
    if local.endswith(f) and initials in (1, 2) and local[:1] == l[:1] and not local.endswith(l):
        return PersonName(raw=pn.raw, first=pn.last, last=_uncap(pn.first), title=pn.title)
    # "PELL Wynne <wynne.pell@...>": a surname in capitals before a given name in ordinary case (how a
    # directory prints it), and the address spells the given name (or its initial) then that surname
    if len(pn.first) >= 2 and pn.first.replace("-", "").isupper() and not pn.last.isupper() \
            and local.endswith(f) and local[: len(local) - len(f)] in (l, l[:1]):
        return PersonName(raw=pn.raw, first=pn.last, last=_uncap(pn.first), title=pn.title)
    return pn


def _uncap(surname: str) -> str:
    """"KETTERING" -> "Kettering", "SMITH-JONES" -> "Smith-Jones", "O'HARE" -> "O'Hare"; other forms as printed."""
    if not surname.replace("-", "").replace("'", "").isupper():
        return surname
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), surname.lower())


def _local_matches(local: str, c: PersonCluster) -> bool:
    l = re.sub(r"[^a-z]", "", local.lower())
    if len(l) < 4:
        return False
    for n in c.names:
        if not n.has_full:
            continue
        f, s = _fold(n.first), _fold(n.last)
        if l in (f + s, s + f, f[0] + s, s + f[0], f + s[0]):
            return True
    return False
