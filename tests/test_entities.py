"""Entity extraction on a small fixture release: signatures, roles, MEMBER_OF, EMAILED,
products, codes, mentions, and the EntityIndex used by the relations stage."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.graph.build import build_graph
from giftgraph.nlp.entities import EntityIndex
from giftgraph.nlp.extract import extract, extract_entities
from giftgraph.nlp.signature import own_text_end, split_signature

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)


@pytest.fixture(scope="module")
def run():
    msgs = ew.world()
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    return msgs, index, docs, nodes, edges


def by_name(nodes, kind):
    return {n.name: n for n in nodes if n.kind == kind}


def test_own_text_stops_at_quoted_history():
    body = "Thanks.\n\nBob\n\n-----Original Message-----\nFrom: X\nSent: today\n\nold text"
    assert body[:own_text_end(body)].rstrip().endswith("Bob")
    body = "Ok!\n\nOn Mar 9, 2016, at 9:30 AM, Robert <r@x.org> wrote:\n\n> quoted"
    assert body[:own_text_end(body)].strip() == "Ok!"
    body = "Sure\nFrom: Dana Reyes <d@ring.com>\nSent: Monday\nTo: Bob\nSubject: hi\n\nold"
    assert body[:own_text_end(body)].strip() == "Sure"
    assert own_text_end("no history here") == len("no history here")


def test_signature_lines_serial_and_phone():
    body = ("Thanks Tessa, that helps. I'll start the paperwork today.\n\nBob\n\n"
            "Det. R. Delgado #30917\nGND / LAPD\n(213) 555-0186\n\nCONFIDENTIALITY NOTICE: Whoever gets this by mistake "
            "should delete it and let the sender know.\n")
    sig = split_signature(body)
    assert [l.text for l in sig.lines] == ["Bob", "Det. R. Delgado #30917", "GND / LAPD", "(213) 555-0186"]
    assert sig.serial == "30917" and sig.phones == ["(213) 555-0186"]
    assert sig.lines[-1].kind == "phone"
    assert body[sig.lines[1].start:sig.lines[1].end] == "Det. R. Delgado #30917"


def test_roles_from_domains_and_signatures(run):
    msgs, index, docs, nodes, edges = run
    p = by_name(nodes, "person")
    assert p["Dana Reyes"].attrs["role"] == "vendor_employee"
    assert p["Robert Alvarez"].attrs["role"] == "officer"
    assert p["Maria Alvarez"].attrs["role"] == "officer"  # civilian staff count as agency staff
    assert p["Pat Nguyen"].attrs["role"] == "other"


def test_member_of_quotes_the_signature_line(run):
    msgs, index, docs, nodes, edges = run
    names = {n.id: n.name for n in nodes}
    member = {(names[e.source], names[e.target]): e for e in edges if e.type == "MEMBER_OF"}
    assert member[("Robert Alvarez", "Gang and Narcotics Division")].evidence[0].quote == "Gang and Narcotics Division"
    assert ("Maria Alvarez", "Community Relationship Division") in member
    assert ("Dana Reyes", "Ring") in member and ("Pat Nguyen", "Maple Grove Block Watch") in member
    assert ("Dan Jones", "Los Angeles Police Department") in member  # from the address alone
    ev = member[("Pat Nguyen", "Maple Grove Block Watch")].evidence[0]
    assert ev.page == 6 and ev.bates == "FX-0006" and ev.file == "fixture.pdf"
    # officers are members of their unit, not also of the department
    assert ("Robert Alvarez", "Los Angeles Police Department") not in member


def test_emailed_counts_and_evidence(run):
    msgs, index, docs, nodes, edges = run
    names = {n.id: n.name for n in nodes}
    emailed = {(names[e.source], names[e.target]): e for e in edges if e.type == "EMAILED"}
    e = emailed[("Robert Alvarez", "Dana Reyes")]
    assert e.attrs["count"] == 2 and len(e.evidence) == 2
    assert {ev.message for ev in e.evidence} == {msgs[0].id, msgs[2].id}
    assert ("Dana Reyes", "Robert Alvarez") in emailed


def test_products_divisions_orgs_codes(run):
    msgs, index, docs, nodes, edges = run
    products = by_name(nodes, "product")
    assert set(products) == {"Video Doorbell", "Video Doorbell Pro", "Stick Up Cam"}  # only what the release names
    assert products["Video Doorbell Pro"].attrs["unit_price_usd"] == 249
    assert set(by_name(nodes, "division")) == {"Gang and Narcotics Division", "Community Relationship Division",
                                               "Hollenbeck Division"}
    orgs = by_name(nodes, "organization")
    assert {"Ring", "Los Angeles Police Department", "Maple Grove Block Watch"} <= set(orgs)
    assert orgs["Ring"].attrs["org_kind"] == "vendor"
    assert set(by_name(nodes, "code")) == {"ALVAREZ50"}


def test_nothing_noisy_becomes_a_person(run):
    msgs, index, docs, nodes, edges = run
    names = {n.name for n in nodes if n.kind == "person"}
    assert names == {"Robert Alvarez", "Maria Alvarez", "Dana Reyes", "Pat Nguyen", "Dan Smith", "Dan Jones"}


def test_entity_index_interface(run):
    msgs, index, docs, nodes, edges = run
    assert isinstance(index, EntityIndex)
    p = by_name(nodes, "person")
    assert index.person_for_address(ew.ROB) == p["Robert Alvarez"].id
    assert index.person_for_address(ew.DANA) == p["Dana Reyes"].id
    assert index.find("Doorbell Pros", kinds=("product",)) == by_name(nodes, "product")["Video Doorbell Pro"].id
    assert index.find("GND") == by_name(nodes, "division")["Gang and Narcotics Division"].id
    assert index.find("the Ring team") == index.vendor_id == by_name(nodes, "organization")["Ring"].id
    assert index.agency_id == by_name(nodes, "organization")["Los Angeles Police Department"].id
    assert index.find("alvarez50") == by_name(nodes, "code")["ALVAREZ50"].id
    assert index.find("Bob", message=msgs[1]) == p["Robert Alvarez"].id
    assert index.find("Video Doorbells", kinds=("person",)) is None
    ms = index.mentions(msgs[1].id)
    assert [(m.text, m.kind) for m in ms] == [("Video Doorbells", "product"), ("Det. Alvarez", "person"),
                                              ("ALVAREZ50", "code"), ("Ring", "organization")]
    body = msgs[1].body
    assert all(body[m.start:m.end] == m.text for m in ms)
    # the quoted history is not read again
    assert all(m.start < own_text_end(body) for m in ms)
    assert set(docs) == {m.id for m in msgs}


def test_extract_builds_a_graph(run):
    msgs = ew.world()
    ex = extract(msgs, profile="ring_lapd", model="blank")
    G = build_graph(msgs, ex)
    kinds = {d["kind"] for _, d in G.nodes(data=True)}
    assert {"person", "organization", "division", "product", "code", "message"} <= kinds
    person = next(d for _, d in G.nodes(data=True) if d.get("name") == "Robert Alvarez")
    assert person["role"] == "officer" and person["aliases"] and person["emails"] and "merge_reasons" in person


# ------------------------------------------------------------------ with the trained pipeline
@pytest.mark.model
def test_trained_pipeline_has_the_profile_rules(trained):
    prof, nlp = trained
    names = nlp.pipe_names
    assert "ner" in names and "parser" in names
    assert names.index("giftgraph_profile_ruler") < names.index("ner") < names.index("giftgraph_person_titles")
    doc = nlp("Det. Delgado from GND gave me your address. SLO Ochoa at Hollenbeck sends his regards.")
    got = {(e.text, e.label_) for e in doc.ents}
    assert {("Det. Delgado", "PERSON"), ("GND", "DIVISION"), ("SLO Ochoa", "PERSON"), ("Hollenbeck", "DIVISION")} <= got


@pytest.mark.model
def test_trained_model_people_from_text_and_no_noise(trained):
    prof, nlp = trained
    msgs = ew.world()
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=nlp)
    people = {n.name: n for n in nodes if n.kind == "person"}
    # a neighbour named only in the text becomes a person (role other); the thread resolves "Hal"
    assert "Hal Tolliver" in people and people["Hal Tolliver"].attrs["role"] == "other"
    hal_msg = next(m for m in msgs if "let Hal know" in m.body)
    assert index.find("Hal", message=hal_msg) == people["Hal Tolliver"].id
    noise = {"Sent", "Det", "Thanks", "Video Doorbells", "Doorbell Pros", "Hollenbeck", "Ring", "Bob", "Dana"}
    assert not noise & set(people)
    assert len([n for n in people if "Alvarez" in n]) == 2
    # the parser ran: relations get dependency trees
    assert all(doc.has_annotation("DEP") for doc in docs.values() if len(doc))


@pytest.mark.model
def test_trained_model_is_deterministic(trained):
    prof, nlp = trained
    a = extract_entities(ew.world(), profile=prof, nlp=nlp)[2]
    b = extract_entities(ew.world(), profile=prof, nlp=nlp)[2]
    assert [(n.id, n.name, n.aliases) for n in a] == [(n.id, n.name, n.aliases) for n in b]


def test_another_profile_gives_its_own_roles_and_units():
    from giftgraph.ingest.message import Address

    jordan, marcus = Address("Jordan Lee", "jordan.lee@flocksafety.com"), Address("Marcus Hill", "mhill@atlantaga.gov")
    msgs = [ew.msg(jordan, [marcus], "Falcon cameras", "Hi Marcus,\n\nTwo Falcon cameras for Zone 5 next week.\n\n"
                                                        "Jordan Lee\nAccount Executive | Flock Safety\n"),
            ew.msg(marcus, [jordan], "RE: Falcon cameras", "Thanks Jordan.\n\nSgt. Marcus Hill\nZone 5, Atlanta Police Department\n",
                   page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="flock_apd", model="blank")
    people = by_name(nodes, "person")
    assert people["Jordan Lee"].attrs["role"] == "vendor_employee" and people["Marcus Hill"].attrs["role"] == "officer"
    names = {n.id: n.name for n in nodes}
    member = {(names[e.source], names[e.target]) for e in edges if e.type == "MEMBER_OF"}
    assert member == {("Jordan Lee", "Flock Safety"), ("Marcus Hill", "Zone 5")}
    assert set(by_name(nodes, "product")) == {"Falcon"}


def test_self_description_gives_the_unit_when_no_signature_does():
    from giftgraph.ingest.message import Address

    gabe = Address("Gabe Rourke", "34611@lapd.lacity.org")
    msgs = [ew.msg(gabe, [ew.DANA], "Church burglaries",
                   "Ms. Reyes,\n\nI'm the burglary detective at LAPD Northeast Division. Three churches here were broken into.\n\nGabe\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    names = {n.id: n.name for n in nodes}
    member = {(names[e.source], names[e.target]): e for e in edges if e.type == "MEMBER_OF"}
    assert [k for k in member if k[0] == "Gabe Rourke"] == [("Gabe Rourke", "Northeast Division")]
    assert member[("Gabe Rourke", "Northeast Division")].evidence[0].quote == "I'm the burglary detective at LAPD Northeast Division."


# ------------------------------------------------------------------ people only when something says so; roles from evidence
@pytest.mark.model
def test_places_and_glued_greetings_from_the_text_are_not_people(trained):
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Hi Tobin,\n\nThe two cameras went up on Wexley Rd and out by Harrow Falls last week. "
            "Corvin Heights wants some too, and we will stay at the Brightwater Resort for the expo.\n\n"
            "Greta Sandoval from the block club asked about the pilot, so I told Greta Sandoval it is free.\n\n"
            "Ana Lindqvist\nCommunity Relations | Pacific Northwest\n")
    msgs = [ew.msg(ana, [tobin], "Cameras", body)]
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=nlp)
    people = set(by_name(nodes, "person"))
    assert not people & {"Wexley Rd", "Harrow Falls", "Corvin Heights", "Brightwater Resort", "Pacific Northwest"}
    assert {"Ana Lindqvist", "Tobin Marsh"} <= people


def test_not_person_reads_place_words_prepositions_greetings_and_the_rest_of_the_release():
    from types import SimpleNamespace

    from giftgraph.nlp.extract import _NotPerson
    from giftgraph.nlp.names import parse_name

    np_ = _NotPerson(places={"marrow creek"}, org_starts={"elm falls"})

    def says(text, name):
        return np_.says(SimpleNamespace(start_char=text.index(name)), parse_name(name), text)

    assert says("we met on Kessing Pkwy", "Kessing Pkwy")
    assert says("a camera up on Birch Hollow", "Birch Hollow")  # a preposition of place
    assert says("the Upper Valley team", "Upper Valley")
    assert says("HiMarta Lind, thanks", "HiMarta Lind")  # a greeting glued to the name
    assert says("Marta Marta called", "Marta Marta")  # a given name printed twice
    assert says("news from Elm Falls today", "Elm Falls")  # the start of "Elm Falls Police Department"
    assert says("trip to Marrow Creek", "Marrow Creek")  # named as a place elsewhere
    from collections import Counter

    np_.lower_words = Counter({"share": 3, "clip": 2, "lind": 1})
    assert says("tap Share Clip below", "Share Clip")  # words of an app's screen
    np_.lower_words.update({"bill": 5, "price": 5})
    assert not says("ask Bill Price about it", "Bill Price")  # a given name the nickname table knows
    assert not says("I spoke with Marta Lind today", "Marta Lind")
    assert not says("one for Hal Brenner too", "Hal Brenner")
    assert not np_.says(SimpleNamespace(start_char=7), parse_name("Officer Rhea Park", titles={"officer"}),
                        "called Officer Rhea Park")  # a rank says person


def test_a_profile_that_does_not_describe_the_release_gives_no_roles():
    from giftgraph.ingest.message import Address

    a, b = Address("Irene Vos", "ivos@health.example"), Address("Colm Reddy", "creddy@health.example")
    msgs = [ew.msg(a, [b], "Budget", "Colm,\n\nDraft attached.\n\nIrene Vos\nChief of Staff\n"),
            ew.msg(b, [a], "RE: Budget", "Thanks.\n\nCommander Colm Reddy\nOffice of the Director\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    assert {n.name: n.attrs["role"] for n in nodes if n.kind == "person"} == {"Irene Vos": "other", "Colm Reddy": "other"}


def test_a_company_title_with_a_rank_word_is_no_officer():
    from giftgraph.ingest.message import Address
    from giftgraph.nlp.extract import _CORPORATE_TITLE

    assert _CORPORATE_TITLE.search("Chief Executive Officer") and _CORPORATE_TITLE.search("Chief of Staff")
    assert _CORPORATE_TITLE.search("Block Captain") and _CORPORATE_TITLE.search("Deputy Director")
    assert not _CORPORATE_TITLE.search("Police Officer II") and not _CORPORATE_TITLE.search("Deputy Chief")
    assert not _CORPORATE_TITLE.search("Captain") and not _CORPORATE_TITLE.search("Senior Lead Officer")
    vendor = Address("Nadia Krol", "nkrol@ring.com")
    seller = Address("Pim Aldana", "")  # no address: only the signature's title could say a role
    msgs = [ew.msg(vendor, [seller], "Quote", "Pim,\n\nSee you at the expo.\n\nNadia Krol\n"),
            ew.msg(seller, [vendor], "RE: Quote", "Sure.\n\nPim Aldana\nChief Revenue Officer\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    roles = {n.name: n.attrs["role"] for n in nodes if n.kind == "person"}
    assert roles["Nadia Krol"] == "vendor_employee" and roles["Pim Aldana"] == "other"


def test_one_serial_signed_from_a_shared_mailbox_and_an_own_address_is_one_person():
    from giftgraph.ingest.message import Address

    unit, own = Address("Teo Brandt", "crimeunit@lapd.lacity.org"), Address("Teo Brandt", "tbrandt@lapd.lacity.org")
    dana = ew.DANA
    msgs = [ew.msg(unit, [dana], "Flyers", "Dana,\n\nFlyers are ready.\n\nOfficer Teo Brandt #7731\n"),
            ew.msg(own, [dana], "Flyers 2", "Dana,\n\nMore flyers.\n\nOfficer Teo Brandt #7731\n", page=2),
            ew.msg(Address("Tess Brandt", "tessb@lapd.lacity.org"), [dana], "Other", "Hi.\n\nOfficer Tess Brandt #7731\n",
                   page=3)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    teos = [n for n in nodes if n.kind == "person" and n.name == "Teo Brandt"]
    joined = next(n for n in teos if "crimeunit@lapd.lacity.org" in n.emails)
    assert "tbrandt@lapd.lacity.org" in joined.emails and "tessb@lapd.lacity.org" not in joined.emails
    assert any("serial number #7731 signed by 'Teo Brandt'" in r for r in joined.attrs["merge_reasons"])


def test_a_neighbourhood_group_named_after_a_division_gives_no_officer_role():
    from giftgraph.ingest.message import Address

    rita = Address("Rita Solberg", "rita.solberg@mail.example")
    msgs = [ew.msg(rita, [ew.DANA], "Doorbells", "Dana,\n\nThanks again.\n\nRita Solberg\nHollenbeck Neighborhood Watch\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    assert {n.name: n.attrs["role"] for n in nodes if n.kind == "person"}["Rita Solberg"] == "other"


def test_an_agency_unit_the_profile_does_not_list_is_a_division_of_the_release():
    from giftgraph.ingest.message import Address

    sgt = Address("Orrin Tate", "otate@dunmoreso.example")
    seller = Address("Lise Amar", "lise.amar@ring.com")
    msgs = [ew.msg(sgt, [seller], "Access", "Works fine.\n\nSgt. Orrin Tate\nRiver Crimes Squad\nDunmore County Sheriff's Office\n"),
            ew.msg(seller, [sgt], "RE: Access", "Great.\n\nLise Amar\nInside Sales Division\nRing\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    names = {n.id: n.name for n in nodes}
    assert set(by_name(nodes, "division")) == {"River Crimes Squad"}  # no police agency on the seller's signature
    member = {(names[e.source], names[e.target]) for e in edges if e.type == "MEMBER_OF"}
    assert ("Orrin Tate", "River Crimes Squad") in member
    assert by_name(nodes, "person")["Orrin Tate"].attrs["role"] == "officer"


@pytest.mark.model
def test_a_name_ending_in_the_kind_of_organisation_is_one_whatever_the_model_calls_it(trained):
    """The statistical model often calls "X PD" a place; the name's ending says organisation, and the
    short and long forms of one organisation are one node."""
    from giftgraph.ingest.message import Address, Message

    prof, nlp = trained
    a, b = Address("Ines Falkner", "ines@vendor.example"), Address("Tomas Reyburn", "tomas@city.example")
    msgs = [
        Message(id="m1", sender=a, to=[b], subject="Route 12", sent="2024-04-02T10:00:00+00:00",
                body="Tomas,\n\nWe worked the Route 12 thefts with Quillfield PD at the regional meeting.\n\nInes"),
        Message(id="m2", sender=b, to=[a], subject="Re: Route 12", sent="2024-04-03T10:00:00+00:00",
                body="Ines,\n\nThe Larkspur Meadows Homeowners Association asked about cameras, and the "
                     "Larkspur Meadows HOA board meets on Friday.\n\nTomas"),
    ]
    _index, _docs, nodes, _edges = extract_entities(msgs, profile=prof, nlp=nlp)
    orgs = {n.name: n for n in nodes if n.kind == "organization"}
    assert "Quillfield PD" in orgs
    larkspur = [n for n in orgs if n.startswith("Larkspur Meadows")]
    assert larkspur == ["Larkspur Meadows Homeowners Association"]
    assert "Larkspur Meadows HOA" in orgs[larkspur[0]].aliases
    assert not [n.name for n in nodes if n.kind == "person" and ("Larkspur" in n.name or "Quillfield" in n.name)]


@pytest.mark.model
def test_a_civic_title_before_a_name_makes_a_person_with_no_rank(trained):
    """"Councilmember Ada Reyes", "Mayor Tobias Wren": the title says the words after it are a person
    (the small model misses some of them), is no part of the name, and gives no officer role."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Hi Tobin,\n\nCouncilmember Quenby Hartigan mentioned she would like a briefing once the trial is "
            "running, and Mayor Osric Penhallow asked for a copy of the terms.\n\nAna Lindqvist\n")
    index, docs, nodes, edges = extract_entities([ew.msg(ana, [tobin], "Briefing", body)], profile=prof, nlp=nlp)
    people = by_name(nodes, "person")
    assert {"Quenby Hartigan", "Osric Penhallow"} <= set(people)
    assert people["Quenby Hartigan"].attrs["role"] == "other" and people["Osric Penhallow"].attrs["role"] == "other"
    assert not any(n.startswith(("Councilmember", "Mayor")) for n in people)


def test_a_salesperson_whose_signature_names_the_agencys_units_is_no_officer():
    """"Account Executive | Hollywood & Wilshire" on every message of the vendor's salesperson, and a
    "Territory Manager" printed without an address who sells to "West Valley Division": the units are
    where they sell. An officer whose signature names his division is still an officer."""
    from giftgraph.ingest.message import Address

    seller = Address("Nadia Krol", "nkrol@ring.com")
    officer = Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    rep = Address("Pim Aldana", "")
    msgs = [ew.msg(seller, [officer], f"Quote {i}", "Tobin,\n\nSee you at the expo.\n\nNadia Krol\n"
                   "Account Executive | Hollywood & Wilshire\n", page=i) for i in range(1, 5)]
    msgs += [ew.msg(rep, [officer], "Accounts", "Tobin,\n\nHere.\n\nPim Aldana\nTerritory Manager\n"
                    "West Valley Division accounts\n", page=5),
             ew.msg(officer, [seller], "RE: Quote", "Thanks.\n\nTobin Marsh\nHollywood Division\n", page=6)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    roles = {n.name: n.attrs["role"] for n in nodes if n.kind == "person"}
    assert roles == {"Nadia Krol": "vendor_employee", "Pim Aldana": "other", "Tobin Marsh": "officer"}


@pytest.mark.model
def test_a_colleague_named_in_the_writers_own_words_takes_the_writers_side(trained):
    """"Our CEO, Quilla Marden" in the vendor's mail is the vendor's; "my sergeant, Imelda Ferrant" in an
    officer's mail is an officer; "our account manager, Brisa Tell" in an officer's mail is the vendor's
    person assigned to the agency, not an officer (and nothing says whose, so `other`)."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    msgs = [ew.msg(ana, [tobin], "Visit", "Hi Tobin,\n\nOur CEO, Quilla Marden, would like to visit the station "
                   "in May.\n\nAna Lindqvist\n"),
            ew.msg(tobin, [ana], "RE: Visit", "Ana,\n\nMy sergeant, Imelda Ferrant, approved the date. Our account "
                   "manager, Brisa Tell, already sent the forms.\n\nTobin Marsh\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=nlp)
    roles = {n.name: n.attrs["role"] for n in nodes if n.kind == "person"}
    assert roles.get("Quilla Marden") == "vendor_employee"
    assert roles.get("Imelda Ferrant") == "officer"
    assert roles.get("Brisa Tell") == "other"


def test_a_shared_records_box_is_named_by_the_person_who_signs_from_it():
    """"Quincy Albers <records@...>" signing as the records supervisor: the box's local part is a
    department's word, not someone else's name, so the printed name names the person."""
    from giftgraph.ingest.message import Address

    box = Address("Quincy Albers", "records@lapd.lacity.org")
    seller = Address("Nadia Krol", "nkrol@ring.com")
    msgs = [ew.msg(box, [seller], "Records request", "Ms. Krol,\n\nPlease mark any trade secrets by Friday.\n\n"
                   "Quincy Albers\nRecords Supervisor\nLos Angeles Police Department\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    people = by_name(nodes, "person")
    assert "Quincy Albers" in people and people["Quincy Albers"].emails == ["records@lapd.lacity.org"]
    assert people["Quincy Albers"].attrs["role"] == "officer"


@pytest.mark.model
def test_an_apps_screens_a_ridge_and_a_job_line_are_no_people(trained):
    """"open Parcel Tracker" (the object of a verb of things, wherever else the model calls it a person),
    "the camera facing Ashby Ridge", a signature line "Customer Success | Quillon": nobody."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    msgs = [ew.msg(ana, [tobin], "Access", "Hi Tobin,\n\nFrom the dashboard you can open Parcel Tracker and export a "
                   "clip. The camera facing Ashby Ridge goes in Friday.\n\nAna Lindqvist\nCustomer Success | Quillon\n"),
            ew.msg(tobin, [ana], "RE: Access", "Works great. Wendell will check Parcel Tracker this week.\n\n"
                   "Tobin Marsh\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=nlp)
    people = set(by_name(nodes, "person"))
    assert not people & {"Parcel Tracker", "Ashby Ridge", "Customer Success"}, people
    assert {"Ana Lindqvist", "Tobin Marsh"} <= people


@pytest.mark.model
def test_a_first_given_name_the_model_left_out_of_the_span_still_names_the_known_person(trained):
    """"Ana Lucia Ferraz" read by the small model as "Lucia Ferraz": the word before completes the name of
    the correspondent who signs "Ana Lucia Ferraz", so no second person is made."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ana = Address("Ana Ferraz", "aferraz@lapd.lacity.org")
    jonah = Address("Jonah Reyes", "jreyes@lapd.lacity.org")
    msgs = [ew.msg(ana, [jonah], "Logged", "All ten logged under the loan.\n\nAna Lucia Ferraz\nEvidence Technician\n"),
            ew.msg(jonah, [ana], "RE: Logged", "Got them, thanks. Ana Lucia Ferraz in our evidence room logged "
                   "them in.\n\nJonah Reyes\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=nlp)
    people = by_name(nodes, "person")
    assert set(people) == {"Ana Ferraz", "Jonah Reyes"}, set(people)
    assert "Ana Lucia Ferraz" in people["Ana Ferraz"].aliases


def test_a_third_party_signing_with_a_kind_of_business_is_a_member_of_it():
    """"Owner, Quillfeather Catering" and "Property Manager / Larchmont Realty" from free-mail addresses:
    the business is an organisation (its kind says so), its signer a member and no officer."""
    from giftgraph.ingest.message import Address

    cook, agent = Address("Amos Whitby", "amos.whitby@yahoo.com"), Address("Greta Solberg", "greta.s@gmail.com")
    tobin = Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    msgs = [ew.msg(cook, [tobin], "Lunch", "Lieutenant, lunch for forty is on us.\n\nAmos Whitby\nOwner, Quillfeather Catering\n"),
            ew.msg(agent, [tobin], "Lot", "Fine with the owners.\n\nGreta Solberg\nProperty Manager\nLarchmont Realty\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    orgs = set(by_name(nodes, "organization"))
    assert {"Quillfeather Catering", "Larchmont Realty"} <= orgs
    people = by_name(nodes, "person")
    assert people["Amos Whitby"].attrs["role"] == "other" and people["Greta Solberg"].attrs["role"] == "other"
    member = {(e.source, e.target) for e in edges if e.type == "MEMBER_OF"}
    org_id = {n.name: n.id for n in nodes}
    assert (people["Amos Whitby"].id, org_id["Quillfeather Catering"]) in member


def test_a_retired_lieutenant_who_signs_for_his_own_firm_is_no_officer():
    """"Lt. Dale Voskuil (Ret.) / Principal, Voskuil Consulting LLC" from a free-mail address: the rank is
    his past; his signature names the firm he works for, so he is `other`."""
    from giftgraph.ingest.message import Address

    consultant, tobin = Address("Dale Voskuil", "dvoskuil@gmail.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    msgs = [ew.msg(consultant, [tobin], "Sites", "Tobin,\n\nI'll walk the rooftop sites Monday.\n\n"
                   "Lt. Dale Voskuil (Ret.)\nPrincipal, Voskuil Consulting LLC\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    people = by_name(nodes, "person")
    assert people["Dale Voskuil"].attrs["role"] == "other"


def test_a_university_and_its_police_department_are_two_organisations():
    """"Director of Procurement / Crestfall University" and "Crestfall University Police Department": the
    police department of a body is not that body (unlike "Hillside Fellowship of Cypress Park")."""
    from giftgraph.ingest.message import Address

    buyer, lt = Address("Gwen Tarrant", "gtarrant@crestfall.edu"), Address("Hana Osei", "hosei@police.crestfall.edu")
    msgs = [ew.msg(buyer, [lt], "Terms", "Please send the terms.\n\nGwen Tarrant\nDirector of Procurement\nCrestfall University\n"),
            ew.msg(lt, [buyer], "RE: Terms", "Will do.\n\nLt. Hana Osei\nCrestfall University Police Department\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    assert {"Crestfall University", "Crestfall University Police Department"} <= set(by_name(nodes, "organization"))


def test_a_sergeant_who_signs_with_the_city_keeps_his_rank():
    """"Sgt. Pilar Okonjo / City of Ashgrove" from the city's shared domain: the city is her employer
    as the police department's is; the rank says officer (the deputy city manager's title does not)."""
    from giftgraph.ingest.message import Address

    sgt, dcm = Address("Pilar Okonjo", "pokonjo@ashgrove.example"), Address("Thea Marsh", "tmarsh@ashgrove.example")
    seller = Address("Nadia Krol", "nkrol@ring.com")
    msgs = [ew.msg(sgt, [seller], "Readers", "Approved.\n\nSgt. Pilar Okonjo\nCity of Ashgrove\n"),
            ew.msg(dcm, [seller], "Policy", "A use policy first.\n\nThea Marsh\nDeputy City Manager\nCity of Ashgrove\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    roles = {n.name: n.attrs["role"] for n in nodes if n.kind == "person"}
    assert roles["Pilar Okonjo"] == "officer" and roles["Thea Marsh"] == "other"


def test_landforms_are_places_not_people():
    """'the Tolland Range', 'Cutter Gulch': a wild place named in a search or a trip is no person; a surname that
    is also a landscape word ('Marsh') still is."""
    from types import SimpleNamespace

    from giftgraph.nlp.extract import _NotPerson
    from giftgraph.nlp.names import parse_name

    np_ = _NotPerson(places=set(), org_starts=set())

    def says(text, name):
        return np_.says(SimpleNamespace(start_char=text.index(name)), parse_name(name), text)

    assert says("a climber overdue from the Tolland Range since Friday", "Tolland Range")
    assert says("the team that searched Cutter Gulch", "Cutter Gulch")
    assert not says("I spoke with Odell Marsh today", "Odell Marsh")


def test_a_signature_line_naming_a_bureau_and_a_unit_under_it_gives_the_unit():
    """'Central Bureau - Rampart Division' (a bureau, then one of its areas, on one line): the person is a member of
    the more specific unit, whichever of the two the line names first."""
    from giftgraph.ingest.message import Address

    a, b = Address("Wilf Okoro", "wokoro@lapd.lacity.org"), Address("Mae Tran", "mtran@lapd.lacity.org")
    msgs = [ew.msg(a, [ew.DANA], "Cameras", "Dana,\n\nNoted.\n\nSgt. Wilf Okoro\nCentral Bureau - Rampart Division\n"
                                            "Los Angeles Police Department\n"),
            ew.msg(b, [ew.DANA], "Cameras", "Dana,\n\nSame here.\n\nDet. Mae Tran\nRampart Division, Central Bureau\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    names = {n.id: n.name for n in nodes}
    member = {(names[e.source], names[e.target]) for e in edges if e.type == "MEMBER_OF"}
    assert ("Wilf Okoro", "Rampart Division") in member and ("Mae Tran", "Rampart Division") in member


@pytest.mark.model
def test_a_street_after_its_house_number_is_no_organisation(trained):
    """'Deliver to 75 Credit Union Way': an organisation word inside a street's name after its house number is an
    address; the union named on its own ('the Harbor Pilots Union') is still an organisation."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Hi Tobin,\n\nPlease have the boxes delivered to 75 Credit Union Way in Marlow. "
            "The Harbor Pilots Union also asked about the cameras.\n\nAna Lindqvist\nCommunity Relations\n")
    index, docs, nodes, edges = extract_entities([ew.msg(ana, [tobin], "Boxes", body)], profile=prof, nlp=nlp)
    orgs = set(by_name(nodes, "organization"))
    assert not any("Credit Union" in o for o in orgs)


def test_a_reporter_signs_for_a_newspaper_that_is_an_organisation_not_a_person():
    """"Reporter, Quarry Falls Gazette" from a newspaper's own address: the paper is an organisation and its reporter a
    member, no person named "Quarry Falls Gazette"."""
    from giftgraph.ingest.message import Address

    writer, tobin = Address("Odette Brame", "obrame@qfgazette.example"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    msgs = [ew.msg(writer, [tobin], "Story", "Could you confirm the number of cameras?\n\nOdette Brame\n"
                   "Reporter, Quarry Falls Gazette\n(555) 010-4477\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    assert "Quarry Falls Gazette" in by_name(nodes, "organization")
    assert "Quarry Falls Gazette" not in by_name(nodes, "person")


def test_the_possessive_start_of_a_signed_organisations_name_is_its_short_form_and_a_mention():
    """"St. Odile's Family Shelter" signs; the vendor then writes "to St. Odile's" and the full name again: both
    are mentions of that organisation whatever the model labels (the blank pipeline labels nothing), and the
    possessive start, printed on its own, is its alias. A start two organisations share stays no one's."""
    from giftgraph.ingest.message import Address

    pantry, rep = Address("Wren Halloway", "wren@stodileshelter.org"), Address("Ivo Marsk", "ivo@tallowlock.example")
    msgs = [ew.msg(pantry, [rep], "Locks", "Could you help us with door locks?\n\nWren Halloway\nDirector\n"
                   "St. Odile's Family Shelter\n"),
            ew.msg(rep, [pantry], "RE: Locks", "Yes. We give 4 locks to St. Odile's this week, and our team thanks "
                   "St. Odile's Family Shelter for its work.\n\nIvo\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    orgs = by_name(nodes, "organization")
    assert "St. Odile's" in orgs["St. Odile's Family Shelter"].aliases
    said = [x for x in index.mentions(msgs[1].id) if x.kind == "organization"]
    assert [x.text for x in said] == ["St. Odile's", "St. Odile's Family Shelter"]
    assert {x.node_id for x in said} == {orgs["St. Odile's Family Shelter"].id}


@pytest.mark.model
def test_a_two_word_given_name_signing_off_is_the_writer(trained):
    """"Mary Beth" signs a message from "Mary Beth Quarles": the writer, not a new person "Mary Beth"."""
    from giftgraph.ingest.message import Address, Message

    prof, nlp = trained
    a, b = Address("Mary Beth Quarles", "mbq@vendor.example"), Address("Tomas Reyburn", "tomas@city.example")
    msgs = [Message(id="m1", sender=a, to=[b], subject="Update", sent="2024-04-02T10:00:00+00:00",
                    body="Hi Officer Reyburn,\n\nyour code was used 9 times!! As reward we send you 1 lamp.\n\n"
                         "Thank you\nMary Beth\n")]
    _index, _docs, nodes, _edges = extract_entities(msgs, profile=prof, nlp=nlp)
    people = by_name(nodes, "person")
    assert "Mary Beth" not in people and "Mary Beth Quarles" in people


@pytest.mark.model
def test_a_school_named_by_its_level_is_an_organisation_whatever_the_model_calls_it(trained):
    """"Marrowby Elementary" (the model calls it a facility) is a school, an organisation, as "Quillfield Middle
    School" is."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    rep, sro = Address("Lia Ferro", "lia.ferro@ring.com"), Address("Tom Okafor", "tokafor@lapd.lacity.org")
    msgs = [ew.msg(rep, [sro], "Assembly", "The kids at Marrowby Elementary loved the safety assembly.\n\nLia Ferro\nRing\n"),
            ew.msg(sro, [rep], "RE: Assembly", "Thanks again from everyone at Quillfield Middle School.\n\nOfficer Tom Okafor\n",
                   page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=nlp)
    assert {"Marrowby Elementary", "Quillfield Middle School"} <= set(by_name(nodes, "organization"))
