"""Blocking in resolution, second round (#20 slopes): name look-ups remembered per blocking key,
what a person's names say kept up to date as they grow, the OCR'd-address and cut-surname passes
reading only the people that share a key. Each is checked against the plain all-pairs, re-read-
every-time way on invented releases where people share given names and surnames, addresses have
OCR'd twins and surnames are cut at the edge of a header: the same answers, the same merges, the
same graph."""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from giftgraph.graph.model import to_node_link
from giftgraph.graph.store import Case
from giftgraph.ingest.message import Address, Message
from giftgraph.nlp import resolve
from giftgraph.nlp.names import PersonName, first_names_compatible, norm
from giftgraph.nlp.profile import Profile
from giftgraph.pipeline import run_ingest

_spec = importlib.util.spec_from_file_location("many_people", Path(__file__).parent / "fixtures" / "many_people.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

_fold = resolve._fold


# ------------------------------------------------------------------ the plain way (the reference)
def _plain_derived(self, what, names, add):
    out: set = set()
    for n in names:
        out.update(add(n))
    return out


def _plain_short_forms(self, fold):
    return {fold(a) for a in self.short_aliases}


def _plain_name_fits(self, n, c, *, strict=False):
    """`Resolver._name_fits` as it read every name of the person at every call."""
    names = c.trusted if strict else c.names
    if n.opaque:
        return norm(n.raw) in {norm(x.raw) for x in names if x.opaque} or norm(n.raw) in {norm(a) for a in c.short_aliases}
    if n.last:
        if _fold(n.last) not in {_fold(x.last) for x in names if x.last and not x.opaque}:
            return False
        if not n.first:
            return not strict
        last = _fold(n.last)
        firsts = {x.first for x in names if x.first and _fold(x.last) == last}
        if not firsts:
            return not strict
        return any(first_names_compatible(n.first, f, self.nick) for f in firsts)
    if n.first:
        f = _fold(n.first)
        if f in {_fold(a) for a in c.short_aliases}:
            return True
        if strict:
            return False
        if n.first.isupper() and 2 <= len(n.first) <= 3:
            return n.first in c.initials()
        return any(first_names_compatible(n.first, x, self.nick) and len(_fold(x)) > 1 and len(f) > 1
                   for x in {x.first for x in names if x.first and not x.opaque})
    return False


def _plain_fitting(self, n):
    return [c for c in self.candidates(n) if self._name_fits(n, c)]


def _plain(monkeypatch):
    """Every look-up and pass the plain way: no remembered answers, no remembered name sets, every
    person with the given name for a cut surname."""
    monkeypatch.setattr(resolve.PersonCluster, "_derived", _plain_derived)
    monkeypatch.setattr(resolve.PersonCluster, "_short_forms", _plain_short_forms)
    monkeypatch.setattr(resolve.Resolver, "_name_fits", _plain_name_fits)
    monkeypatch.setattr(resolve.Resolver, "_fitting", _plain_fitting)
    monkeypatch.setattr(resolve, "_surname_start", lambda surname: "")


# ------------------------------------------------------------------ an invented release
def _twin(email: str) -> str:
    """The address as OCR misprints it: m read as rn, l as 1, a stray letter after the domain."""
    local, _, domain = email.partition("@")
    if "m" in local:
        local = local.replace("m", "rn", 1)
    elif "l" in local:
        local = local.replace("l", "1", 1)
    else:
        domain += "l"
    return f"{local}@{domain}"


def _messages(seed: int = 5) -> list[Message]:
    """People sharing given names and surnames under several header forms, plus: OCR'd twins of some
    addresses (printed once or twice beside the real ones), surnames cut short in headers without an
    address, and one person (the mailbox's owner) in nearly every header."""
    rnd = random.Random(seed)
    people = gen.make_people(90, seed)
    owner = people[0]
    out = []
    for i, m in enumerate(gen.make_messages(people, 400, seed)):
        sender, to = _address(m["From"]), [_address(a) for a in m["To"].split(", ")]
        if rnd.random() < 0.8:
            to.append(Address(f"{owner['first']} {owner['last']}", owner["email"]))
        out.append(Message(sender=sender, to=to, subject=str(m["Subject"]), body=m.get_content(),
                           sent=f"2019-04-{1 + i % 28:02d}T{8 + i % 10:02d}:{i % 60:02d}:00-05:00"))
    for k, p in enumerate(people[1:40]):
        if k % 3 == 0:  # an OCR'd twin of the address, with the name or bare
            twin = Address(f"{p['first']} {p['last']}" if k % 2 else "", _twin(p["email"]))
            out.append(Message(sender=twin, to=[Address("", owner["email"])], subject=f"Twin {k}",
                               body="See attached.\n", sent=f"2019-05-{1 + k % 28:02d}T09:00:00-05:00"))
        elif k % 3 == 1 and len(p["last"]) > 5:  # a surname cut at the edge of the header, no address
            cut = Address(f"{p['first']} {p['last'][:len(p['last']) - 2]}", "")
            out.append(Message(sender=Address(f"{owner['first']} {owner['last']}", owner["email"]), to=[cut],
                               subject=f"Cut {k}", body="Noted.\n", sent=f"2019-06-{1 + k % 28:02d}T09:00:00-05:00"))
    return out


def _address(printed: str) -> Address:
    from email.utils import parseaddr

    name, email = parseaddr(printed)
    return Address(name, email)


def _partition(res: resolve.Resolver):
    return sorted((k, sorted(c.emails), sorted(c.reasons), sorted(c.aliases), sorted(c.short_aliases))
                  for k, c in res.clusters.items())


def _look_ups(res: resolve.Resolver, msgs: list[Message], seed: int = 9) -> list:
    """What the text stage does: full names, given names, surnames, initials and nicknames looked up
    in messages, a full name no one has becoming a new person (who may share a given name or a
    surname with others), and a signature now and then (which drops the indexes)."""
    rnd = random.Random(seed)
    firsts = sorted({f for c in res.clusters.values() for f in c.firsts()}) + ["Wystan", "Quill", "Kes", "Ros"]
    lasts = sorted({s.capitalize() for c in res.clusters.values() for s in c.surnames()}) + ["Marrable", "Tennick"]
    answers = []
    # a text names the same people again and again: a pool of names, a few of them often
    pool = [(rnd.choice(firsts), rnd.choice(lasts)) for _ in range(120)]
    weights = [1 / (1 + i) for i in range(len(pool))]
    for i in range(1500):
        m = msgs[rnd.randrange(len(msgs))]
        kind = rnd.randrange(6)
        f, s = rnd.choices(pool, weights)[0]
        text = {0: f"{f} {s}", 1: f, 2: s, 3: f"{f} {s[0]}.", 4: f[0] + s[0], 5: f"Detective {s}"}[kind]
        key = res.find_person(text, message=m)
        answers.append((text, key))
        if key is None and kind == 0:
            answers.append(("new", res.add_text_person(text, m)))
        if i % 400 == 399:
            res.add_signature(m, resolve.Signature(), [("name", f"{f} {s}", ""), ("signoff", f, "")])
    res.run_passes("text")  # merges: people merged away leave the remembered answers
    for f, s in pool[:60]:
        answers += [(t, res.find_person(t, message=msgs[0])) for t in (f"{f} {s}", f, s)]
    for f, _ in pool[:30]:  # two people of one given name merged while their answers are remembered
        both = [c for c in res.candidates(PersonName(raw=f, first=f)) if res._name_fits(PersonName(raw=f, first=f), c)]
        if len(both) >= 2:
            res._merge(both[0].key, both[1].key, "merged by the test")
            answers.append((f, res.find_person(f)))
    for f, s in pool[:60]:
        answers += [(t, res.find_person(t)) for t in (f"{f} {s}", f, s)]
    return answers


def test_look_ups_and_merges_are_those_of_the_plain_way(monkeypatch):
    prof = Profile.load("ring_lapd")
    msgs = _messages()
    calls = []
    real = resolve.Resolver._name_fits

    def counted(self, n, c, *, strict=False):
        calls.append(1)
        return real(self, n, c, strict=strict)

    with monkeypatch.context() as mp:
        mp.setattr(resolve.Resolver, "_name_fits", counted)
        res = resolve.Resolver(prof, msgs)
        res.merge_headers()
        res.run_passes("signatures")
        blocked = (_partition(res), _look_ups(res, msgs), _partition(res))
        blocked_calls = len(calls)
    reasons = " ".join(r for c in res.clusters.values() for r in c.reasons)
    # the release does what it was made for: OCR'd twins and cut surnames merged, nicknames too
    assert "reads as an OCR misprint of" in reasons and "with the surname cut short" in reasons
    assert "nickname or initial" in reasons
    assert sum(1 for _, k in blocked[1] if k) > 300  # look-ups that found someone

    _plain(monkeypatch)
    calls.clear()
    plain_real = resolve.Resolver._name_fits
    monkeypatch.setattr(resolve.Resolver, "_name_fits",
                        lambda self, n, c, *, strict=False: calls.append(1) or plain_real(self, n, c, strict=strict))
    res = resolve.Resolver(prof, msgs)
    res.merge_headers()
    res.run_passes("signatures")
    plain = (_partition(res), _look_ups(res, msgs), _partition(res))
    assert blocked == plain
    # and the blocking saves work: answers are re-checked only when someone under their key changed
    assert blocked_calls < 0.6 * len(calls)


def test_a_person_s_name_sets_follow_the_names_as_they_grow():
    c = resolve.PersonCluster(key="n:x")
    from giftgraph.nlp.names import parse_name

    c.names.append(parse_name("Quill Ashdown"))
    assert c.surnames() == {"ashdown"} and c.initials() == {"QA"}
    c.names += [parse_name("Quill R. Ashdown-Vale"), parse_name("Orrin Tennick")]
    assert c.surnames() == {"ashdown", "ashdownvale", "tennick"}
    assert c.firsts() == {"Quill", "Orrin"}
    assert {"QRA", "QA", "QAV", "OT"} <= c.initials()
    assert c._firsts_by_surname(c.names, "tennick") == {"Orrin"}
    c.trusted.append(parse_name("Orrin Tennick"))
    assert c.full_keys() == {("orrin", "tennick")}
    c.names = [parse_name("Brenna Oakhurst")]  # a new list: read afresh
    assert c.surnames() == {"oakhurst"}
    # the copies handed out are the caller's
    c.surnames().add("other")
    assert c.surnames() == {"oakhurst"}


def test_name_sets_are_remembered_only_for_a_person_of_many_names():
    """Most people have a name or two: their name sets are made afresh, nothing kept (a kept set per kind
    and person was a third of resolution's memory); a person printed in many headers keeps them, extended
    as the names grow. The same answers either way."""
    from giftgraph.nlp.names import parse_name

    c = resolve.PersonCluster(key="n:y")
    c.names += [parse_name("Tamsin Corrigall"), parse_name("T. Corrigall")]
    c.short_aliases.add("Tam")
    assert c.surnames() == {"corrigall"} and "Tamsin" in c.firsts()
    assert c._short_forms(_fold) == {"tam"} and c.initials() == {"TC"}
    assert c._memo == {}  # two names, one short form: nothing remembered
    c.names += [parse_name("Tamsin Corrigall-Hale"), parse_name("Tamsin Corrigall")]
    assert c.surnames() == {"corrigall", "corrigallhale"}
    assert "surnames" in c._memo  # now remembered, and kept up to date as the names grow
    c.names.append(parse_name("Tamsin Hale"))
    assert c.surnames() == {"corrigall", "corrigallhale", "hale"}
    assert c.surnames() == _plain_derived(c, "surnames", c.names,
                                          lambda n: (_fold(n.last),) if n.last and not n.opaque else ())


def test_containers_most_people_never_fill_are_made_on_first_use_and_dropped_when_left_empty():
    c = resolve.PersonCluster(key="n:z")
    assert "_phones" not in vars(c) and "_titles" not in vars(c)  # none made for a new person
    assert c.phones == set() and not c.titles  # a read makes an empty one ...
    c.titles["Sgt."] += 1  # ... and a write to what a read returned is kept
    c.serials.add("4471")
    assert c.titles == {"Sgt.": 1} and c.serials == {"4471"}
    c.compact()  # the empty ones go, the filled ones stay
    assert "_phones" not in vars(c) and vars(c)["_titles"] == {"Sgt.": 1} and vars(c)["_serials"] == {"4471"}
    assert c.phones == set() and c.serials == {"4471"}


def test_an_index_entry_of_one_person_holds_the_key_and_of_several_a_set():
    res = resolve.Resolver(Profile.load("ring_lapd"))
    one = Message(sender=Address("Ivo Quennell", "iquennell@example.org"), subject="s", body="b",
                  sent="2016-01-01T00:00:00+00:00")
    res.add_message(one)
    first = res.cluster_of_address(one.sender)
    idx = res._index()
    assert idx["last"]["quennell"] == first  # one person: the key itself
    two = Message(sender=Address("Ada Quennell", "aquennell@example.org"), subject="s", body="b",
                  sent="2016-01-02T00:00:00+00:00")
    res.add_message(two)
    second = res.cluster_of_address(two.sender)
    assert idx["last"]["quennell"] == {first, second}  # two: a set
    assert [c.key for c in res.candidates(PersonName(raw="Quennell", last="Quennell"))] == sorted([first, second])
    res._unindex_cluster(idx, res.clusters[second])  # back to one: the key again
    assert idx["last"]["quennell"] == first
    res._unindex_cluster(idx, res.clusters[first])
    assert "quennell" not in idx["last"]


def test_remembered_look_ups_are_refitted_whether_one_name_or_several_read_an_entry():
    """`_fitting`'s answers are forgotten by index entry: an entry read by one name keeps that name, one
    read by several a set; a person added under the entry is checked against each of them."""
    from giftgraph.nlp.names import parse_name

    res = resolve.Resolver(Profile.load("ring_lapd"))
    m = Message(sender=Address("Wendell Pryce", "wpryce@example.org"), subject="s", body="b",
                sent="2016-01-01T00:00:00+00:00")
    res.add_message(m)
    wendell, pryce = parse_name("Wendell"), parse_name("W. Pryce")
    assert [c.key for c in res._fitting(wendell)] == [res.cluster_of_address(m.sender)]
    assert res._fits_deps["first"]["wendell"] == wendell  # one name read it: the name itself
    res._fitting(parse_name("WENDELL"))
    assert res._fits_deps["first"]["wendell"] == {wendell, parse_name("WENDELL")}  # two: a set
    res._fitting(pryce)
    other = Message(sender=Address("Wendell Oakes", "woakes@example.org"), subject="s", body="b",
                    sent="2016-01-02T00:00:00+00:00")
    res.add_message(other)  # a second Wendell, indexed under the entry: each remembered answer refitted
    assert len(res._fitting(wendell)) == 2 == len(_plain_fitting(res, wendell))
    assert [c.key for c in res._fitting(pryce)] == [c.key for c in _plain_fitting(res, pryce)]


def test_an_answer_of_many_people_is_kept_by_key_from_its_ninth_and_answers_the_same():
    """A remembered answer is searched by key in its sorted list while short, and also kept by key once it holds
    more than `_KEYED_FROM` people; refitted either way, it is the answer made afresh, and a given name that fits
    many people is settled by the people of the message's thread the same way."""
    from giftgraph.nlp.names import parse_name

    res = resolve.Resolver(Profile.load("ring_lapd"))
    wendell = parse_name("Wendell")
    surnames = ["Pryce", "Oakes", "Tallis", "Quern", "Marlow", "Ibsley", "Fenwick", "Abernant", "Crowle", "Yelland",
                "Dunmore"]
    sent = []
    for i, last in enumerate(surnames):
        m = Message(sender=Address(f"Wendell {last}", f"w{last.lower()}@example.org"), to=[Address("Nessa Orme", "norme@example.org")],
                    subject=f"crates {i}", body="b", sent=f"2016-01-{i + 1:02d}T00:00:00+00:00")
        res.add_message(m)
        sent.append(m)
        got = res._fitting(wendell)
        assert [c.key for c in got] == [c.key for c in _plain_fitting(res, wendell)] and len(got) == i + 1
        assert (wendell in res._fits_keyed) == (len(got) > resolve._KEYED_FROM)
        if wendell in res._fits_keyed:
            assert res._fits_keyed[wendell] == {c.key: c for c in got}
    # merged away: out of the answer, from the list and the keyed copy alike
    ibsley, fenwick = (res.cluster_of_address(sent[k].sender) for k in (5, 6))
    res._merge(ibsley, fenwick, "test")
    got = res._fitting(wendell)
    assert [c.key for c in got] == [c.key for c in _plain_fitting(res, wendell)] and len(got) == len(surnames) - 1
    assert res._fits_keyed[wendell] == {c.key: c for c in got}
    # "Wendell" in a reply of one thread: the Wendell of that thread
    reply = Message(sender=Address("Nessa Orme", "norme@example.org"), to=[sent[3].sender], subject="Re: crates 3",
                    body="b", sent="2016-02-01T00:00:00+00:00")
    res.add_message(reply)
    assert res.find_person("Wendell", message=reply) == res.cluster_of_address(sent[3].sender)


def _graph(tmp_path, name, mbox) -> str:
    case = Case(tmp_path / name)
    run_ingest([mbox], case, profile="ring_lapd", model="blank", timezone="America/New_York", workers=1,
               progress=False, log=lambda s: None)
    return json.dumps(to_node_link(case.load_graph()), sort_keys=True)


@pytest.mark.parametrize("seed", [3])
def test_the_graph_is_that_of_the_plain_way(tmp_path, monkeypatch, seed):
    """A whole ingest (mbox, blank model) gives byte for byte the graph of the plain way."""
    import mailbox
    from email.message import EmailMessage

    path = gen.write_mbox(tmp_path / "release" / "box.mbox", people=80, messages=300, seed=seed)
    box = mailbox.mbox(str(path))
    people = gen.make_people(80, seed)
    for k, p in enumerate(people[:24]):  # OCR'd twins and cut surnames, as above
        m = EmailMessage()
        if k % 2:
            m["From"] = f"{p['first']} {p['last']} <{_twin(p['email'])}>"
            m["To"] = people[-1]["email"]
        else:
            m["From"] = f"{people[-1]['first']} {people[-1]['last']} <{people[-1]['email']}>"
            m["To"] = f"\"{p['first']} {p['last'][:max(3, len(p['last']) - 2)]}\" <>"
        m["Subject"] = f"Extra {k}"
        m["Date"] = f"Mon, {1 + k} Jul 2019 09:00:00 -0500"
        m["Message-ID"] = f"<extra-{k}@mail.example>"
        m.set_content("Noted, thanks.\n")
        box.add(m)
    box.flush()
    box.close()
    blocked = _graph(tmp_path, "blocked", path)
    _plain(monkeypatch)
    assert _graph(tmp_path, "plain", path) == blocked


def _plain_org_candidates(self, low, key):
    """`Resolver.add_org`'s candidates as it had them: every known organisation, in the order of `orgs`."""
    return list(self.orgs)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_organisations_found_by_blocking_key_are_those_of_every_pair(monkeypatch, seed):
    """Invented organisation names in many spellings (a word more, the kind's short form, the place's own
    police, other case and spacing): `add_org` reading only the organisations that share a key with the
    name answers, renames and orders them as comparing it with every known one did."""
    rng = random.Random(seed)
    places = ["Quarry Glen", "Marlow Heath", "Tessel Bay", "Orrin Vale", "Cobb Ridge", "Lune Park", "Wickham", "Dunmore"]
    kinds = ["Homeowners Association", "HOA", "Homeowners' Association", "Police Department", "PD", "Police Dept.",
             "Fire Department", "FD", "Sheriff's Office", "SO", "Fellowship", "Fellowship of Alder Cross",
             "Garden Club", "University", "University Police Department", ""]
    names = []
    for _ in range(400):
        n = " ".join(x for x in (rng.choice(places), rng.choice(kinds)) if x)
        if rng.random() < 0.2:
            n = n.upper() if rng.random() < 0.5 else "  " + n.replace(" ", "  ") + ","
        names.append(n)
    prof = Profile.load("ring_lapd")
    blocked = resolve.Resolver(prof)
    got = [blocked.add_org(n) for n in names]
    monkeypatch.setattr(resolve.Resolver, "_org_candidates", _plain_org_candidates)
    plain = resolve.Resolver(prof)
    want = [plain.add_org(n) for n in names]
    assert got == want
    assert list(blocked.orgs.items()) == list(plain.orgs.items())
    assert blocked.table["organization"] == plain.table["organization"]
    assert len(blocked.orgs) < len(set(names))  # spellings did join
