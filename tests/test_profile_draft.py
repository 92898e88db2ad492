"""Profiles drafted from a release (`giftgraph profile init`, `ingest --profile auto`).

The releases here are invented: a camera vendor, a police department, a sheriff's office and a
neighbourhood association that exist nowhere, and a politician's office that sells nothing."""
from __future__ import annotations

import json
import re
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.ingest import read_paths
from giftgraph.nlp.draft_profile import draft_profile, write_profile
from giftgraph.nlp.profile import Profile

VENDOR_SIG = "{first} {last}\n{title}\nKestrel Optics Inc.\n(555) 010-22{n:02d}\n{email}\n"
AGENCY_SIG = "{rank} {first} {last} #{n}4{n}\n{unit}\nMaple Ridge Police Department\n{email}\n"

RELEASE = [
    # (from, to, subject, body)
    (("Tomas Quill", "tomas.quill@kestreloptics.io"), [("Irene Boyd", "iboyd@mapleridgepd.org")],
     "Vista Cam pilot",
     "Hi Sergeant Boyd,\n\nI would love to offer your team 3 Vista Cams and 3 Perch Mounts for a pilot at no cost.\n"
     "We can ship them next week. The Vista Cam lists at $349 and the Perch Mount is $80 each.\n\n"
     "Thanks,\nTomas\n\n" + VENDOR_SIG.format(first="Tomas", last="Quill", title="Regional Sales Director", n=1,
                                                email="tomas.quill@kestreloptics.io")),
    (("Irene Boyd", "iboyd@mapleridgepd.org"), [("Tomas Quill", "tomas.quill@kestreloptics.io")],
     "RE: Vista Cam pilot",
     "Tomas,\n\nThat works for us. The MRPD Harbor Watch Unit will take the cameras.\n\nRegards,\n"
     + AGENCY_SIG.format(rank="Sgt.", first="Irene", last="Boyd", n=2, unit="Harbor Watch Unit",
                         email="iboyd@mapleridgepd.org")),
    (("Wendell Arkwright", "warkwright@mapleridgepd.org"), [("Nadia Fenn", "nadia.fenn@kestreloptics.io")],
     "Lens Cloud quote",
     "Ms. Fenn,\n\nCould you send a quote for Lens Cloud seats for the Property Crimes Bureau?\n\n"
     + AGENCY_SIG.format(rank="Lt.", first="Wendell", last="Arkwright", n=3, unit="Property Crimes Bureau",
                         email="warkwright@mapleridgepd.org")),
    (("Nadia Fenn", "nadia.fenn@kestreloptics.io"), [("Wendell Arkwright", "warkwright@mapleridgepd.org")],
     "RE: Lens Cloud quote",
     "Lieutenant,\n\nHappy to. Lens Cloud is $600 per seat per year; for 4 Lens Cloud seats the quote is $2,400.\n"
     "I can also add a Vista Cam demo for your detectives.\n\nBest,\nNadia\n\n"
     + VENDOR_SIG.format(first="Nadia", last="Fenn", title="Account Executive | Lake Region", n=2,
                         email="nadia.fenn@kestreloptics.io")),
    (("Irene Boyd", "iboyd@mapleridgepd.org"), [("Opal Grange", "ograng@elmhollow.org")],
     "Cameras for the association",
     "Hi Opal,\n\nKestrel Optics offered the association two Vista Cams for the gate. I will bring them over.\n\n"
     + AGENCY_SIG.format(rank="Sgt.", first="Irene", last="Boyd", n=2, unit="Harbor Watch Unit",
                         email="iboyd@mapleridgepd.org")),
    (("Opal Grange", "ograng@elmhollow.org"), [("Irene Boyd", "iboyd@mapleridgepd.org")],
     "RE: Cameras for the association",
     "Thank you Sergeant Boyd! The board is thrilled.\n\nOpal Grange\nSecretary\nElm Hollow Neighbors Association\n"),
    (("Hugo Stanhope", "hstanhope@brookcountyso.gov"), [("Tomas Quill", "tomas.quill@kestreloptics.io")],
     "Vista Cam for the county",
     "Tomas,\n\nWendell says the Vista Cam works. Could you price 5 of them for us?\n\n"
     "Deputy Hugo Stanhope\nPatrol Division\nBrook County Sheriff's Office\nhstanhope@brookcountyso.gov\n"),
    (("Tomas Quill", "tomas.quill@kestreloptics.io"), [("Hugo Stanhope", "hstanhope@brookcountyso.gov")],
     "RE: Vista Cam for the county",
     "Deputy Stanhope,\n\nSure: 5 x $349 for the cameras, and I can ship Perch Mounts at no charge. Our customers\n"
     "in the county love them. I will send the invoice once you order.\n\nTomas\n\n"
     + VENDOR_SIG.format(first="Tomas", last="Quill", title="Regional Sales Director", n=1,
                         email="tomas.quill@kestreloptics.io")),
]

RELEASE.append(
    (("Tomas Quill", "tomas.quill@kestreloptics.io"), [("Irene Boyd", "iboyd@mapleridgepd.org")],
     "What's new",
     "Hi Sergeant,\n\nA few updates for your team:\n\n"
     "* NEW: Glint Light - a porch light that films the walk and sounds a chime when someone\n"
     "lingers at the door for more than a minute. $129.\n"
     "* Your loaner: 1 x Vista Cam, order total $0.00.\n\n"
     "Two of the Glint Lights are yours to try if you like.\n\nTomas\n\n"
     + VENDOR_SIG.format(first="Tomas", last="Quill", title="Regional Sales Director", n=1,
                         email="tomas.quill@kestreloptics.io")))

# A politician's office and the consultants and reporters who write to it: no agency, no vendor.
OFFICE = [
    (("Felix Ormond", "felix.ormond@ormondstrategies.com"), [("Dahlia Vance", "dvance@vance.senate.gov")],
     "Town hall", "Dahlia,\n\nHappy to offer our thoughts on the town hall. We can quote you a fee for the polling.\n\n"
     "Felix Ormond\nSenior Partner\nOrmond Strategies LLC\n"),
    (("Dahlia Vance", "dvance@vance.senate.gov"), [("Felix Ormond", "felix.ormond@ormondstrategies.com")],
     "RE: Town hall", "Felix,\n\nThanks. Send the pricing and an invoice to my deputy chief of staff.\n\n"
     "Dahlia Vance\nChief of Staff\nOffice of Senator Bramwell\n"),
    (("Felix Ormond", "felix.ormond@ormondstrategies.com"), [("Dahlia Vance", "dvance@vance.senate.gov")],
     "RE: Town hall", "Dahlia,\n\nThe order is in and we will ship the printed programs Friday. Our customers say\n"
     "the deal was good.\n\nFelix Ormond\nSenior Partner\nOrmond Strategies LLC\n"),
    # a power utility whose domain ends in "pd": no police department
    (("Gus Harrow", "gus.harrow@lakeshorepd.com"), [("Dahlia Vance", "dvance@vance.senate.gov")],
     "Outage", "Dahlia,\n\nThe line crews are out. We can quote the repair to the office.\n\n"
     "Gus Harrow\nOperations Manager\nLakeshore Power District\n"),
    (("Gus Harrow", "gus.harrow@lakeshorepd.com"), [("Dahlia Vance", "dvance@vance.senate.gov")],
     "RE: Outage", "Dahlia,\n\nPower is back; the invoice for the order follows.\n\n"
     "Gus Harrow\nOperations Manager\nLakeshore Power District\n"),
    (("Rosa Kettle", "rkettle@dailyledger.com"), [("Dahlia Vance", "dvance@vance.senate.gov")],
     "Question", "Ms. Vance,\n\nDoes Deputy Chief Harlow of the state police back the bill?\n\nRosa Kettle\nReporter\n"),
]


def write_release(folder: Path, mails, *, month: str = "May 2022", offset: str = "-0500") -> Path:
    """``mails`` ((sender name, address), [(name, address), ...], subject, body) as .eml files in ``folder``, a day
    apart in ``month``, at the UTC ``offset``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, ((fname, faddr), to, subject, body) in enumerate(mails):
        msg = EmailMessage()
        msg["From"] = f"{fname} <{faddr}>"
        msg["To"] = ", ".join(f"{n} <{a}>" for n, a in to)
        msg["Subject"] = subject
        msg["Date"] = f"Tue, {i + 3} {month} 10:{i:02d}:00 {offset}"
        msg["Message-ID"] = f"<m{i}@example.test>"
        msg.set_content(body)
        (folder / f"{i:03d}.eml").write_bytes(bytes(msg))
    return folder


def drafted(tmp_path: Path, mails) -> dict:
    """The files of the profile drafted from ``mails`` written as a release under ``tmp_path``."""
    res = read_paths([write_release(tmp_path / "mail", mails)], timezone="America/Chicago", log=lambda s: None)
    return draft_profile(res.messages).files


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    return write_release(tmp_path_factory.mktemp("release") / "mail", RELEASE)


@pytest.fixture(scope="module")
def draft(release):
    res = read_paths([release], timezone="America/Chicago", log=lambda s: None)
    assert len(res.messages) == len(RELEASE)
    return draft_profile(res.messages, timezone="America/Chicago")


def test_sides_from_domains_and_signatures(draft):
    f = draft.files
    assert f["profile"]["vendor"] == "Kestrel Optics"
    assert f["profile"]["agency"] == "Maple Ridge Police Department"
    doms = f["domains"]["domains"]
    assert doms["kestreloptics.io"] == {"role": "vendor_employee", "organization": "Kestrel Optics"}
    assert doms["mapleridgepd.org"]["role"] == "officer"
    assert doms["brookcountyso.gov"] == {"role": "officer", "organization": "Brook County Sheriff's Office"}
    assert doms["elmhollow.org"] == {"role": "other", "organization": "Elm Hollow Neighbors Association"}
    orgs = {o["name"]: o for o in f["organizations"]["organizations"]}
    # named without its legal form, as the release speaks of it; the printed line is an alias
    assert orgs["Kestrel Optics"]["kind"] == "vendor" and "Kestrel Optics Inc." in orgs["Kestrel Optics"]["aliases"]
    assert orgs["Maple Ridge Police Department"]["kind"] == "agency"
    assert "MRPD" in orgs["Maple Ridge Police Department"]["aliases"]  # written in the release
    assert orgs["Elm Hollow Neighbors Association"]["kind"] == "other"


def test_units_ranks_products_prices(draft):
    f = draft.files
    units = {u["name"] for u in f["units"]["units"]}
    assert {"Harbor Watch Unit", "Property Crimes Bureau", "Patrol Division"} <= units
    titles = {r["title"] for r in f["ranks"]["ranks"]}
    assert {"Sergeant", "Lieutenant", "Deputy"} <= titles
    assert "Captain" not in titles  # no captain is written in the release
    products = {p["name"]: p for p in f["products"]["products"]}
    assert products["Vista Cam"]["unit_price_usd"] == 349
    assert products["Perch Mount"]["unit_price_usd"] == 80
    assert products["Lens Cloud"]["unit_price_usd"] == 600  # "$600 per seat", not the $2,400 quote
    assert products["Glint Light"]["unit_price_usd"] == 129  # the one amount of its list item, not an order total
    assert not {"Maple Ridge", "Kestrel Optics", "Tomas", "Harbor Watch"} & set(products)
    # the department's town and a sales territory are never people
    never = [re.compile(r) for r in f["noise"]["never_person_regex"]]
    assert any(r.search("Maple Ridge") for r in never) and any(r.search("Lake Region") for r in never)
    assert not any(r.search(n) for r in never for n in ("Irene Boyd", "Nadia Fenn", "Maple Ridge Police Department"))


def test_draft_loads_through_the_one_loader(draft, tmp_path):
    written = write_profile(draft, tmp_path / "prof")
    assert {p.name for p in written} >= {"profile.yaml", "domains.yaml", "products.yaml", "units.yaml", "ranks.yaml"}
    text = (tmp_path / "prof" / "products.yaml").read_text()
    assert text.startswith("#") and "unit_price_usd" in text  # comments tell the user what to check
    p = Profile.load(tmp_path / "prof")
    assert p.vendor_org.kind == "vendor" and p.agency_org.kind == "agency"
    assert p.domain_info("someone@kestreloptics.io")["role"] == "vendor_employee"
    assert p.domain_info("x@gmail.com") == {}
    assert p.rank_words()["sgt"].title == "Sergeant"
    # the in-memory draft is the same profile
    assert draft.profile().products == p.products


def test_a_politicians_office_gets_no_vendor_no_agency_no_roles(tmp_path):
    folder = write_release(tmp_path / "office", OFFICE)
    res = read_paths([folder], timezone="America/New_York", log=lambda s: None)
    d = draft_profile(res.messages).files
    assert d["profile"]["vendor"] is None and d["profile"]["agency"] is None
    assert all(v["role"] == "other" for v in d["domains"]["domains"].values())
    assert d["ranks"]["ranks"] == [] and d["products"]["products"] == []
    assert not [o for o in d["organizations"]["organizations"] if o["kind"] != "other"]


def test_profile_init_writes_a_profile(release, tmp_path):
    out = tmp_path / "drafted"
    r = CliRunner().invoke(cli, ["profile", "init", str(release), "-o", str(out), "--timezone", "America/Chicago"])
    assert r.exit_code == 0, r.output
    meta = yaml.safe_load((out / "profile.yaml").read_text())
    assert meta["vendor"] == "Kestrel Optics" and meta["timezone"] == "America/Chicago"
    r = CliRunner().invoke(cli, ["profile", "init", str(release), "-o", str(out)])
    assert r.exit_code != 0 and "exists" in r.output  # no silent overwrite
    r = CliRunner().invoke(cli, ["profile", "init", str(release), "-o", str(out), "--force", "--json"])
    assert r.exit_code == 0 and json.loads(r.output)["vendor"] == "Kestrel Optics"


def test_ingest_profile_auto_drafts_into_the_case(release, tmp_path):
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(release), "--case", str(case), "--profile", "auto",
                                 "--timezone", "America/Chicago", "-s"])
    assert r.exit_code == 0, r.output
    manifest = json.loads((case / "case.json").read_text())
    assert manifest["profile"] == "auto" and manifest["profile_path"] == "profile"
    assert Profile.load(case / "profile").vendor == "Kestrel Optics"
    graph = json.loads((case / "graph.json").read_text())
    roles = {n["name"]: n.get("role") for n in graph["nodes"] if n.get("kind") == "person"}
    assert roles["Tomas Quill"] == "vendor_employee" and roles["Nadia Fenn"] == "vendor_employee"
    assert roles["Irene Boyd"] == "officer" and roles["Hugo Stanhope"] == "officer"
    assert roles["Opal Grange"] == "other"


def test_a_release_without_addresses_is_read_from_signatures(tmp_path):
    """Addresses redacted: the people who sign with one organisation line are one side."""
    strip = re.compile(r"[\w.+-]+@[\w.-]+")
    folder = tmp_path / "redacted"
    folder.mkdir()
    printed = []
    for i, ((fname, _), to, subject, body) in enumerate(RELEASE):  # printed as Outlook prints a message
        printed.append(f"From: {fname}\nSent: Tuesday, May {i + 3}, 2022 10:{i:02d} AM\n"
                       f"To: {'; '.join(n for n, _ in to)}\nSubject: {subject}\n\n{strip.sub('[REDACTED]', body)}\n")
    (folder / "release.txt").write_text("\n\n".join(printed))
    res = read_paths([folder], timezone="America/Chicago", log=lambda s: None)
    d = draft_profile(res.messages).files
    assert d["profile"]["vendor"] == "Kestrel Optics"
    assert d["profile"]["agency"] == "Maple Ridge Police Department"
    assert d["domains"]["domains"] == {}  # no address, no domain rule
    kinds = {o["name"]: o["kind"] for o in d["organizations"]["organizations"]}
    assert kinds["Brook County Sheriff's Office"] == "agency"


def test_auto_on_a_release_it_cannot_describe_gives_no_roles(tmp_path):
    folder = write_release(tmp_path / "office", OFFICE)
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(folder), "--case", str(case), "--profile", "auto", "-s"])
    assert r.exit_code == 0, r.output
    graph = json.loads((case / "graph.json").read_text())
    people = [n for n in graph["nodes"] if n.get("kind") == "person"]
    assert {"Dahlia Vance", "Felix Ormond"} <= {n["name"] for n in people}
    assert {n.get("role") for n in people} == {"other"}


def test_auto_again_and_the_kept_draft_reuse_the_case(release, tmp_path):
    case = tmp_path / "case"
    args = ["--case", str(case), "--timezone", "America/Chicago", "-s"]
    assert CliRunner().invoke(cli, ["ingest", str(release), "--profile", "auto", *args]).exit_code == 0
    first = json.loads((case / "graph.json").read_text())
    r = CliRunner().invoke(cli, ["ingest", "--extract-only", "--profile", "auto", *args])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["ingest", "--extract-only", "--profile", str(case / "profile"), *args])
    assert r.exit_code == 0, r.output
    again = json.loads((case / "graph.json").read_text())
    assert {n["id"] for n in again["nodes"]} == {n["id"] for n in first["nodes"]}


def test_the_amount_of_a_list_or_a_bundle_is_no_products_price():
    from collections import Counter

    from giftgraph.nlp.draft_profile import _price_of

    lines = ["We are sending you a Vesper Lamp, two Vesper Plugs and a year of Vesper Care, a $300 package, free.",
             "The Vesper Lamp and the Vesper Plug, $310 in all."]
    assert _price_of("Vesper Lamp", ["Vesper Lamp"], Counter(), lines) is None
    assert _price_of("Vesper Care", ["Vesper Care"], Counter(), lines) is None
    # one product and its price still reads
    assert _price_of("Vesper Lamp", ["Vesper Lamp"], Counter(), ["The Vesper Lamp is $89 each."]) == 89


# A body-camera vendor whose signatures print its name without "Inc." or "Systems" (the name spells its
# domain), whose people sell more by their titles than by their words, and a campus police department
# whose chief writes no mail but is named with his rank.
CAMPUS = [
    (("Ferris Quayle", "fquayle@lumivane.com"), [("Odile Marsh", "omarsh@police.harwick.edu")],
     "Cameras for your night shift",
     "Lieutenant Marsh,\n\nWe would like to lend your night shift six body cameras at no cost for a term.\n\n"
     "Ferris Quayle\nSenior Account Manager | Lumi Vane\n"),
    (("Odile Marsh", "omarsh@police.harwick.edu"), [("Ferris Quayle", "fquayle@lumivane.com")],
     "RE: Cameras for your night shift",
     "Ferris,\n\nChief Harold Threlkeld wants to see the retention terms first.\n\n"
     "Lt. Odile Marsh\nPatrol Division\nHarwick University Police Department\n"),
    (("Ines Larkspur", "ilarkspur@lumivane.com"), [("Odile Marsh", "omarsh@police.harwick.edu")],
     "Fitting day",
     "Lieutenant,\n\nOur crew can fit the cameras on Thursday morning.\n\nInes Larkspur\nVP of Sales\nLumi Vane\n"),
    (("Odile Marsh", "omarsh@police.harwick.edu"), [("Ines Larkspur", "ilarkspur@lumivane.com")],
     "RE: Fitting day",
     "Thursday works.\n\nLt. Odile Marsh\nPatrol Division\nHarwick University Police Department\n"),
]


def test_a_vendor_named_as_its_domain_sold_by_its_titles_and_a_rank_before_a_name_without_mail(tmp_path):
    f = drafted(tmp_path, CAMPUS)
    assert f["profile"]["vendor"] == "Lumi Vane"  # as the signatures print it, not "Lumivane" from the domain
    assert f["profile"]["agency"] == "Harwick University Police Department"
    assert f["domains"]["domains"]["lumivane.com"]["role"] == "vendor_employee"
    titles = {r["title"] for r in f["ranks"]["ranks"]}
    assert {"Lieutenant", "Chief of Police"} <= titles
    # the titles and the places of signatures are no organisation
    assert {o["name"] for o in f["organizations"]["organizations"]} == {"Lumi Vane", "Harwick University Police Department"}


def test_a_rank_before_a_title_or_a_unit_is_no_rank():
    from giftgraph.nlp.draft_profile import _rank_before_name

    for text in ("the Major Crimes Unit met", "Deputy Director Nell Adair spoke", "Chief Executive Rowan Pike",
                 "Captain Morgan Rum Co"):
        assert _rank_before_name(text, set()) == [], text
    assert _rank_before_name("Chief Harold Threlkeld asked", set()) == ["Chief"]
    # a rank that starts nothing else, before a name nobody mails and no table lists
    assert _rank_before_name("Sheriff Philippa Dunleigh approved", set()) == ["Sheriff"]
    assert _rank_before_name("Captain Joaquim Verhoeven of the tug", set()) == []
    assert _rank_before_name("Lieutenant Governor Wyn Harte spoke", set()) == []


def test_fire_marshal_ranks_and_a_lone_company_that_sells_once():
    from giftgraph.nlp.draft_profile import _rank_before_name

    assert "Deputy Fire Marshal" in _rank_before_name("Deputy Fire Marshal Dagny Solberg signed", {"dagny", "solberg"})
    # "Deputy" before "Fire Marshal ..." is no rank of its own: the words after it are a rank, not a name
    assert "Deputy" not in _rank_before_name("Deputy Fire Marshal Dagny Solberg signed", {"dagny", "solberg"})


def test_a_company_line_that_spells_its_domain_names_it_but_a_persons_name_does_not(tmp_path):
    mails = [
        (("Pia Stroud", "pstroud@northgatepd.org"), [("Lyle Brannock", "lyle@brannockwiring.com")], "Panel",
         "Lyle,\n\nCan you look at the panel?\n\nSgt. Pia Stroud\nNorthgate Police Department\n"),
        (("Lyle Brannock", "lyle@brannockwiring.com"), [("Pia Stroud", "pstroud@northgatepd.org")], "RE: Panel",
         "Sergeant,\n\nReport attached.\n\nLyle Brannock\nBrannock Wiring\n"),
        (("Hal Tennant", "hal@haltennant.com"), [("Pia Stroud", "pstroud@northgatepd.org")], "Fence",
         "Sergeant Stroud,\n\nThe fence is fixed.\n\nHal Tennant\n"),
        (("Pia Stroud", "pstroud@northgatepd.org"), [("Hal Tennant", "hal@haltennant.com")], "RE: Fence",
         "Thanks Hal.\n\nSgt. Pia Stroud\nNorthgate Police Department\n"),
    ]
    f = drafted(tmp_path, mails)
    orgs = {o["name"] for o in f["organizations"]["organizations"]}
    assert "Brannock Wiring" in orgs and not any("Tennant" in o for o in orgs)
    assert f["profile"]["vendor"] is None  # nobody sells: no vendor, so nobody is its employee


def test_units_the_agencys_mail_names_in_its_text_are_drafted_but_not_a_companys_own(tmp_path):
    mails = [
        (("Otto Fairley", "ofairley@glintora.com"), [("Selma Quarry", "squarry@harrowgatepd.org")], "Cameras",
         "Detective Quarry,\n\nWe'd like to lend the Gang Enforcement Unit four cameras at no cost, and the Traffic "
         "Division asked about a pair. Our Sales Division will send the quote.\n\nOtto Fairley\nSales Director | Glintora\n"),
        (("Selma Quarry", "squarry@harrowgatepd.org"), [("Otto Fairley", "ofairley@glintora.com")], "RE: Cameras",
         "Otto, thanks.\n\nDet. Selma Quarry\nHarrowgate Police Department\n"),
        (("Ronan Ashgrove", "rashgrove@harrowgatepd.org"), [("Otto Fairley", "ofairley@glintora.com")], "Boathouse",
         "Otto, I'm with the Marine Unit here; one camera on the boathouse door would help.\n\nRonan Ashgrove\n"
         "Harrowgate Police Department\n"),
        (("Otto Fairley", "ofairley@glintora.com"), [("Ronan Ashgrove", "rashgrove@harrowgatepd.org")], "RE: Boathouse",
         "Ronan, we can ship one Friday and quote the install.\n\nOtto Fairley\nSales Director | Glintora\n"),
    ]
    res = read_paths([write_release(tmp_path / "mail", mails)], timezone="America/Chicago", log=lambda s: None)
    units = {u["name"] for u in draft_profile(res.messages).files["units"]["units"]}
    assert units == {"Gang Enforcement Unit", "Traffic Division", "Marine Unit"}
    # a records binder prints most headers without the address: a name printed elsewhere with one counts
    for m in res.messages[:1]:
        m.to = [type(a)(name=a.name, email="", raw=a.name, org="") for a in m.to]
    units = {u["name"] for u in draft_profile(res.messages).files["units"]["units"]}
    assert units == {"Gang Enforcement Unit", "Traffic Division", "Marine Unit"}


def test_a_vendor_that_donates_and_writes_from_two_domains(tmp_path):
    """A company that gives ("donate", "complimentary") rather than sells is the vendor; its second domain,
    whose people sign with the same name, gives the vendor's role too."""
    mails = [
        (("Linnea Moberg", "linnea@pellusk.io"), [("Hattie Brennan", "hbrennan@wrenfordpd.org")], "Donation",
         "Sergeant Brennan,\n\nWe'd be happy to donate fifteen doorbell cameras for your block parties, "
         "complimentary of course.\n\nLinnea Moberg\nCommunity Partnerships\nPellusk Labs\n"),
        (("Hattie Brennan", "hbrennan@wrenfordpd.org"), [("Linnea Moberg", "linnea@pellusk.io")], "RE: Donation",
         "Linnea, wonderful.\n\nSgt. Hattie Brennan\nCommunity Services Division\nWrenford Police Department\n"),
        (("Caspian Oduro", "coduro@pellusksafety.com"), [("Hattie Brennan", "hbrennan@wrenfordpd.org")], "Pickup",
         "Sergeant, the boxes are ready; please use this new address.\n\nCaspian Oduro\nField Coordinator\nPellusk Labs\n"),
        (("Hattie Brennan", "hbrennan@wrenfordpd.org"), [("Caspian Oduro", "coduro@pellusksafety.com")], "RE: Pickup",
         "Picked up.\n\nSgt. Hattie Brennan\nCommunity Services Division\nWrenford Police Department\n"),
    ]
    f = drafted(tmp_path, mails)
    assert f["profile"]["vendor"] == "Pellusk Labs"
    doms = f["domains"]["domains"]
    assert doms["pellusk.io"]["role"] == doms["pellusksafety.com"]["role"] == "vendor_employee"


# A drone maker whose products are written with inner capitals, model numbers and a hyphen ("SkyHawk 2",
# "ThermaPod", "PW-1"), priced in thousands written with "k", and a county sheriff's office.
DRONES = [
    (("Dana Whitlow", "dana.whitlow@skyvarrow.com"), [("Ana Ruiz", "aruiz@kelvercountyso.gov")], "Demo flight",
     "Sergeant Ruiz,\n\nThe SkyHawk 2 drone lists at $3,400 and the ThermaPod camera at $1,150. Two SkyHawk 2 drones "
     "and two ThermaPod cameras are yours for the demo, at no cost.\n\nDana Whitlow\nRegional Sales Manager\nSkyvarrow\n"),
    (("Ana Ruiz", "aruiz@kelvercountyso.gov"), [("Dana Whitlow", "dana.whitlow@skyvarrow.com")], "RE: Demo flight",
     "Dana,\n\nThe two SkyHawk 2 drones arrived, thank you.\n\nSgt. Ana Ruiz\nAviation Unit\n"
     "Kelver County Sheriff's Office\n"),
    (("Dana Whitlow", "dana.whitlow@skyvarrow.com"), [("Ana Ruiz", "aruiz@kelvercountyso.gov")], "Docks",
     "Sergeant,\n\nThe PW-1 dock runs $8k per unit. We can add 2 PW-1 docks to the order, and 4 ThermaPod cameras "
     "ship with them.\n\nDana Whitlow\nRegional Sales Manager\nSkyvarrow\n"),
    (("Ana Ruiz", "aruiz@kelvercountyso.gov"), [("Dana Whitlow", "dana.whitlow@skyvarrow.com")], "RE: Docks",
     "Dana,\n\nPlease quote 2 PW-1 docks and 3 more SkyHawk 2 drones.\n\nSgt. Ana Ruiz\nAviation Unit\n"
     "Kelver County Sheriff's Office\n"),
]


def test_products_with_inner_capitals_model_numbers_and_hyphens_and_prices_in_thousands(tmp_path):
    products = {p["name"]: p["unit_price_usd"] for p in drafted(tmp_path, DRONES)["products"]["products"]}
    assert products == {"SkyHawk 2": 3400, "ThermaPod": 1150, "PW-1": 8000}


def test_a_title_after_a_units_word_is_no_part_of_the_unit_and_colonels_are_ranks():
    from giftgraph.nlp.draft_profile import RANKS, _strip_title

    assert _strip_title("Aviation Unit Supervisor") == "Aviation Unit"
    assert _strip_title("Patrol Division Commander") == "Patrol Division"
    assert _strip_title("Unit Supervisor") == "Unit Supervisor"  # nothing left of a unit without it
    forms = {f: title for title, _, fs in RANKS for f in fs}
    assert forms["Col."] == "Colonel" and forms["Lt. Col."] == "Lieutenant Colonel"


def test_a_rank_printed_only_in_the_agencys_header_names_is_drafted(tmp_path):
    mails = [
        (("Kyle Fenwright", "kfenwright@platewise.test"), [("Chief Ron Abbey", "rabbey@brentonpd.test")], "Readers",
         "Chief,\n\nWe can mount two readers at the Elm Street bridge.\n\nKyle Fenwright\nAccount Executive\nPlateWise\n"),
        (("Chief Ron Abbey", "rabbey@brentonpd.test"), [("Kyle Fenwright", "kfenwright@platewise.test")], "RE: Readers",
         "Kyle,\n\nGo ahead with the bridge.\n\nRon Abbey\nBrenton Police Department\n"),
    ]
    ranks = {r["title"] for r in drafted(tmp_path, mails)["ranks"]["ranks"]}
    assert "Chief of Police" in ranks


def test_an_agency_on_its_citys_shared_domain_is_named_by_its_police_lines(tmp_path):
    city = "cityofbrackwater.test"
    sig = "Sgt. {n}\nPatrol Division\nBrackwater Police Department\n"
    mails = [
        (("Nell Imrie", "nimrie@thudlabs.test"), [("Ivo Stenn", f"istenn@{city}")], "Sensors",
         "Sergeant Stenn,\n\nWe can install four sensors on Dock Street at no cost.\n\nNell Imrie\nAccount Executive\n"
         "Thud Labs\n"),
        (("Ivo Stenn", f"istenn@{city}"), [("Nell Imrie", "nimrie@thudlabs.test")], "RE: Sensors",
         "Nell,\n\nThat works.\n\n" + sig.format(n="Ivo Stenn")),
        (("Ivo Stenn", f"istenn@{city}"), [("Nell Imrie", "nimrie@thudlabs.test")], "Install",
         "Nell,\n\nMonday morning is fine.\n\n" + sig.format(n="Ivo Stenn")),
        (("Rhea Voll", f"rvoll@{city}"), [("Ivo Stenn", f"istenn@{city}")], "Permit",
         "Ivo,\n\nThe pole permit is approved.\n\nRhea Voll\nCity Clerk\nCity of Brackwater\n"),
        (("Rhea Voll", f"rvoll@{city}"), [("Nell Imrie", "nimrie@thudlabs.test")], "Permit copy",
         "Ms. Imrie,\n\nA copy of the permit is attached.\n\nRhea Voll\nCity Clerk\nCity of Brackwater\n"),
    ]
    f = drafted(tmp_path, mails)
    assert f["profile"]["agency"] == "Brackwater Police Department"
    assert f["domains"]["domains"][city]["organization"] == "Brackwater Police Department"


# A body-camera maker that prices in prose and names a service by an appositive, and a city police department whose
# people sign "<agency> <unit>" on one line or with an office or an academy; a chief's memo pasted into a message.
PROSE = [
    (("Nell Varga", "nvarga@lumacore.example"), [("Ivo Brandt", "ibrandt@pinecrestpd.example")], "Kit",
     "Sergeant Brandt,\n\nThe Halden Cam lists at $749, and Evidence Vault, our evidence-management subscription, "
     "runs $1,200 a year. Evidence Vault normally runs $1,200 per year; a Halden Cam costs $749.\n\n"
     "Nell Varga\nAccount Executive\nLumacore Systems Inc.\n"),
    (("Ivo Brandt", "ibrandt@pinecrestpd.example"), [("Nell Varga", "nvarga@lumacore.example")], "RE: Kit",
     "Nell, thanks.\n\nSgt. Ivo Brandt, Pinecrest PD Motor Unit\n"),
    (("Ada Quill", "aquill@pinecrestpd.example"), [("Nell Varga", "nvarga@lumacore.example")], "RE: Kit",
     "Nell, could you send two Halden Cams for the recruits?\n\nOfficer Ada Quill\nTraining Academy\n"
     "Pinecrest PD\n"),
    (("Ada Quill", "aquill@pinecrestpd.example"), [("Ivo Brandt", "ibrandt@pinecrestpd.example")], "Memo",
     "Ivo,\n\nMEMORANDUM\n\nTO: Unit Commanders and Supervisors\nFROM: Chief Ross Emery\n\nNo gifts.\n\n"
     "Officer Ada Quill\nTraining Academy\nPinecrest PD\n"),
]


def test_products_priced_in_prose_units_after_the_agency_name_and_office_units(tmp_path):
    f = drafted(tmp_path, PROSE)
    products = {p["name"]: p.get("unit_price_usd") for p in f["products"]["products"]}
    assert {"Halden Cam", "Evidence Vault"} <= set(products) and not any("Systems" in p for p in products)
    units = {u["name"]: u["aliases"] for u in f["units"]["units"]}
    assert "Motor Unit" in units and "Pinecrest PD Motor Unit" in units["Motor Unit"]
    assert "Training Academy" in units and not any(u.startswith("TO") for u in units)


CENTER = [
    (("Nell Varga", "nvarga@lumacore.example"), [("Ivo Brandt", "ibrandt@pinecrestpd.example")], "Pilot",
     "Ivo,\n\nTwo Skylark Puck cameras (normally $189) are yours for the pilot, at no cost, and 2 Skylark Hub "
     "units ship with them.\n\nNell Varga\nAccount Executive\nLumacore Inc.\n"),
    (("Ivo Brandt", "ibrandt@pinecrestpd.example"), [("Nell Varga", "nvarga@lumacore.example")], "RE: Pilot",
     "Nell, the 2 Skylark Puck cameras arrived. One Puck is on the loading dock; 2 Pucks more would cover the gate.\n\nIvo Brandt\n"
     "Crime Analyst, Real Time Crime Center\nPinecrest Police Department\n"),
    (("Nell Varga", "nvarga@lumacore.example"), [("Ivo Brandt", "ibrandt@pinecrestpd.example")], "RE: Pilot",
     "Glad the Puck works for you. A third Skylark Puck camera is $189.\n\nNell Varga\nAccount Executive\n"
     "Lumacore Inc.\n"),
]


def test_a_center_named_in_an_agency_signature_is_a_unit(tmp_path):
    f = drafted(tmp_path, CENTER)
    assert "Real Time Crime Center" in {u["name"] for u in f["units"]["units"]}


def test_a_company_line_with_a_comma_and_a_dotted_legal_form_names_the_vendor(tmp_path):
    """'Qorvand Marine Co., Ltd.' and 'Tessaly Robotics, Inc.' are one name each: the comma before the
    legal form does not cut it, and 'Co.' at the end of a line is a legal form (the company is named without it)."""
    mails = [
        (("Ines Maro", "ines.maro@qorvand-mar.test"), [("Lee Ostrow", "lostrow@harlanpd.test")], "Boats",
         "Lieutenant,\n\nWe can offer two survey boats for a trial at no cost.\n\nInes Maro\nExport Sales Manager\n"
         "Qorvand Marine Co., Ltd.\n"),
        (("Lee Ostrow", "lostrow@harlanpd.test"), [("Ines Maro", "ines.maro@qorvand-mar.test")], "RE: Boats",
         "Ines,\n\nWe will take the trial.\n\nLt. Lee Ostrow\nMarine Unit\nHarlan Police Department\n"),
        (("Ines Maro", "ines.maro@qorvand-mar.test"), [("Lee Ostrow", "lostrow@harlanpd.test")], "RE: Boats",
         "Lieutenant,\n\nThe boats ship Monday.\n\nInes Maro\nExport Sales Manager\nQorvand Marine Co.\n"),
    ]
    f = drafted(tmp_path, mails)
    assert f["profile"]["vendor"] == "Qorvand Marine"  # named without its legal form, which is an alias
    vendor = next(o for o in f["organizations"]["organizations"] if o["kind"] == "vendor")
    assert "Qorvand Marine Co., Ltd." in vendor["aliases"]
    assert not any(p["name"] in ("Co", "Ltd") for p in f["products"]["products"])  # its legal form is no product
    from giftgraph.nlp.draft_profile import _segments
    assert _segments("Tessaly Robotics, Inc. | Boston") == ["Tessaly Robotics, Inc.", "Boston"]


def test_a_state_polices_troop_on_a_signature_line_is_a_unit(tmp_path):
    """State police and highway patrols sign with their troop ('Troop F', 'Troop 2 - Easton'): a unit of the
    agency, like a precinct."""
    mails = [
        (("Wes Hallam", "whallam@corvexa.test"), [("Odile Prade", "oprade@ksp.statewide.gov")], "Radios",
         "Sergeant Prade,\n\nWe can quote twelve radios for the troop.\n\nWes Hallam\nSales Engineer\nCorvexa Inc.\n"),
        (("Odile Prade", "oprade@ksp.statewide.gov"), [("Wes Hallam", "whallam@corvexa.test")], "RE: Radios",
         "Wes,\n\nPlease send the quote.\n\nSgt. Odile Prade\nTroop F - Easton\nKellan State Police\n"),
        (("Barry Nunn", "bnunn@ksp.statewide.gov"), [("Wes Hallam", "whallam@corvexa.test")], "RE: Radios",
         "Wes,\n\nAdd two for us too.\n\nTpr. Barry Nunn\nTroop 2, Kellan State Police\n"),
    ]
    units = {u["name"]: u for u in drafted(tmp_path, mails)["units"]["units"]}
    assert {"Troop F", "Troop 2"} <= set(units) and units["Troop F"]["kind"] == "area"


def test_a_price_list_item_for_an_accessory_does_not_price_what_it_fits():
    """'- Brindle Mount (bracket for the Orla Cam): $95': the mount's price, not the camera's; the
    camera's own line still prices it, and a name that heads its item is priced as before."""
    from collections import Counter

    from giftgraph.nlp.draft_profile import _price_of

    lines = ["- Orla Cam (outdoor camera): $640 per unit",
             "- Brindle Mount (bracket for the Orla Cam): $95 each",
             "* Night Lens, fits any Orla Cam: $150"]
    assert _price_of("Orla Cam", ["Orla Cam"], Counter(), lines) == 640
    assert _price_of("Brindle Mount", ["Brindle Mount"], Counter(), lines) == 95


def test_the_head_of_a_price_list_item_counts_as_a_product_with_its_price(tmp_path):
    """'- Tallyglass Vault (case notes and exports): $950 per year' is a product line of a price list; named once
    more in an offer ('the Tallyglass Vault app free for a year'), it is drafted, with that price."""
    mails = [
        (("Rui Okonjo", "rokonjo@ferrowick.test"), [("Ada Penhale", "apenhale@dunmorepd.test")], "Our prices",
         "Sergeant,\n\nOur list for this year:\n\n- Tallyglass Vault (case notes and exports): $950 per year\n"
         "- Ferrowick Beacon 3 (solar tower camera): $4,100 each\n\nRui Okonjo\nAccount Executive\nFerrowick Inc.\n"),
        (("Ada Penhale", "apenhale@dunmorepd.test"), [("Rui Okonjo", "rokonjo@ferrowick.test")], "RE: Our prices",
         "Rui,\n\nNoted, thanks.\n\nSgt. Ada Penhale\nPatrol Division\nDunmore Police Department\n"),
        (("Rui Okonjo", "rokonjo@ferrowick.test"), [("Ada Penhale", "apenhale@dunmorepd.test")], "Records",
         "Sergeant,\n\nWe can offer your squad the Tallyglass Vault app free for a year.\n\n"
         "Rui Okonjo\nAccount Executive\nFerrowick Inc.\n"),
    ]
    products = {p["name"]: p["unit_price_usd"] for p in drafted(tmp_path, mails)["products"]["products"]}
    assert products.get("Tallyglass Vault") == 950


def test_a_newspaper_line_with_the_before_its_name_spells_its_domain(tmp_path):
    """'The Harlow Courier' of harlowcourier.test is the organisation of the reporter who signs with it."""
    mails = [
        (("Pia Stroud", "pstroud@northgatepd.org"), [("Nils Ekberg", "nekberg@tarnvale.test")], "Scanners",
         "Nils,\n\nPlease quote four scanners.\n\nSgt. Pia Stroud\nNorthgate Police Department\n"),
        (("Nils Ekberg", "nekberg@tarnvale.test"), [("Pia Stroud", "pstroud@northgatepd.org")], "RE: Scanners",
         "Sergeant,\n\nThe quote is attached, $900 each.\n\nNils Ekberg\nAccount Manager\nTarnvale Inc.\n"),
        (("Wren Abara", "wabara@harlowcourier.test"), [("Pia Stroud", "pstroud@northgatepd.org")], "Question",
         "Sergeant Stroud,\n\nDid the department buy scanners this year?\n\nWren Abara\nCity Desk\nThe Harlow Courier\n"),
    ]
    f = drafted(tmp_path, mails)
    assert f["domains"]["domains"]["harlowcourier.test"]["organization"] == "The Harlow Courier"


def test_a_company_line_with_a_legal_form_names_the_company_without_it(tmp_path):
    mails = [
        (("Nell Varga", "nvarga@lumacore.example"), [("Ivo Brandt", "ibrandt@pinecrestpd.example")], "Pilot",
         "Ivo,\n\nTwo Halden Cams are yours for the pilot, at no cost.\n\nNell Varga\nAccount Executive\n"
         "Lumacore Optics, Inc.\n"),
        (("Ivo Brandt", "ibrandt@pinecrestpd.example"), [("Nell Varga", "nvarga@lumacore.example")], "RE: Pilot",
         "Nell, thanks.\n\nSgt. Ivo Brandt\nPinecrest Police Department\n"),
        (("Nell Varga", "nvarga@lumacore.example"), [("Ivo Brandt", "ibrandt@pinecrestpd.example")], "RE: Pilot",
         "Glad to hear it.\n\nNell Varga\nAccount Executive\nLumacore Optics, Inc.\n"),
    ]
    f = drafted(tmp_path, mails)
    vendor = next(o for o in f["organizations"]["organizations"] if o["kind"] == "vendor")
    assert vendor["name"] == "Lumacore Optics" and "Lumacore Optics, Inc." in vendor["aliases"]
    assert f["profile"]["vendor"] == "Lumacore Optics"


# -- probe H (an invented plate-reader vendor, a city police department and homeowners' associations) ----------------
def _probe_h_release():
    v, o = ("Oriel Dunmore", "odunmore@brimwell.test"), ("Bea Sallow", "bsallow@fenwickpd.test")
    vsig = "\n\nOriel Dunmore\nAccount Executive\nBrimwell Analytics, Inc.\n"
    osig = "\n\nSgt. Bea Sallow\nTraffic Unit\nFenwick Police Department\n"
    return [
        (v, [o], "Quote", "Sergeant,\n\nThanks for asking us to quote the Traffic Unit's order; here is the quote:\n\nQty | Item | Unit | Total\n"
                          "2 | Tidelens camera | $1,280 | $2,560\n3 | Quaymount Fitting | $120 | $360\n"
                          "2 | Promontory Beacon | $340 | $680\n\nBrimwell can ship in May." + vsig),
        (o, [v], "RE: Quote", "Oriel,\n\nCould you add a Brimwell Pulse seat for our analyst? And what does a "
                              "Tidelens cost without the mount?" + osig),
        (v, [o], "RE: Quote", "Sergeant,\n\nWe sell a Tidelens camera at $1,280 on its own; the Brimwell Pulse seat is "
                              "$600 per seat per year. We'll add one Pulse seat for your analyst:\n\n"
                              "1 | Brimwell Pulse seat | $0 (normally $600)\n1 | Quaymount Fitting | $120\n2 | Promontory Beacon | $340 | $680" + vsig),
        (("Ida Rennet", "ida.rennet@quillmeadowcommons.test"), [o], "Cameras at our gate",
         "Sergeant Sallow,\n\nOur board would like a Tidelens at the north gate. Who should we call?\n\n"
         "Ida Rennet\nPresident, Board of Directors\nQuill Meadow Commons HOA\n"),
        (o, [("Ida Rennet", "ida.rennet@quillmeadowcommons.test")], "RE: Cameras at our gate",
         "Ida,\n\nOriel Dunmore at Brimwell can help; I'll copy him." + osig),
    ]


def test_a_homeowners_association_signature_line_names_an_organisation(tmp_path):
    """'Quill Meadow Commons HOA' of quillmeadowcommons.test: an HOA line is an organisation, as an Association is."""
    f = drafted(tmp_path, _probe_h_release())
    assert f["domains"]["domains"]["quillmeadowcommons.test"]["organization"] == "Quill Meadow Commons HOA"


def test_a_product_name_ending_in_s_keeps_it_when_the_release_never_writes_it_without(tmp_path):
    names = {p["name"] for p in drafted(tmp_path, _probe_h_release())["products"]["products"]}
    assert "Tidelens" in names and "Tideln" not in names and "Tidelen" not in names


def test_a_quantity_in_a_tables_first_column_counts_the_product_and_prices_it(tmp_path):
    """'3 | Quaymount Fitting | $120 | $360': a table row counts and prices the item as '3 x Quaymount Fitting at $120'
    does."""
    products = {p["name"]: p["unit_price_usd"] for p in drafted(tmp_path, _probe_h_release())["products"]["products"]}
    assert products.get("Quaymount Fitting") == 120


def test_a_phone_number_before_a_bar_is_no_table_quantity():
    """'Desk (555) 010-2204 | Cell (555) 010-2259' on a signature: the number before the bar is a phone's, not a
    table row's first column, and 'Cell' is no product; '3 | X | $120 | $360' still counts X."""
    from giftgraph.nlp.draft_profile import _draft_products

    text = "\n".join(["Desk (555) 010-2204 | Cell (555) 010-2259"] * 4
                     + ["3 | Quaymount Fitting | $120 | $360", "2 | Quaymount Fitting | $120 | $240"])
    assert [p["name"] for p in _draft_products(text, [text], set(), set(), ["Lumacore"])] == ["Quaymount Fitting"]


def test_a_product_name_that_begins_with_promo_is_no_discount():
    """'Promontory Beacon ... $340': 'promo' inside a word is no promotion; 'promo price $300' still is one."""
    from collections import Counter

    from giftgraph.nlp.draft_profile import _price_of

    assert _price_of("Promontory Beacon", ["Promontory Beacon"], Counter(), ["2 x Promontory Beacon at $340 each"]) == 340
    assert _price_of("Orla Cam", ["Orla Cam"], Counter(), ["Orla Cam, promo price $300"]) is None


def test_the_vendors_own_word_written_alone_is_its_short_form_and_no_part_of_a_product(tmp_path):
    """'Brimwell' of 'Brimwell Analytics, Inc.' ('Brimwell can ship in May'): an alias of the vendor, so that
    'Brimwell Pulse' and 'Pulse' are one product."""
    f = drafted(tmp_path, _probe_h_release())
    vendor = next(o for o in f["organizations"]["organizations"] if o["kind"] == "vendor")
    assert "Brimwell" in vendor["aliases"]
    pulse = [p for p in f["products"]["products"] if "Pulse" in p["name"]]
    assert len(pulse) == 1 and "Brimwell Pulse" in [pulse[0]["name"], *pulse[0]["aliases"]]


def test_an_item_priced_zero_with_its_usual_price_is_priced_at_the_usual_price():
    from collections import Counter

    from giftgraph.nlp.draft_profile import _price_of

    lines = ["1 | Orla Cam | $0 (normally $640)", "Qty 2 | Orla Cam | $0 (usually $640 each)"]
    assert _price_of("Orla Cam", ["Orla Cam"], Counter(), lines) == 640


def test_a_product_priced_in_brackets_as_a_list_price_is_drafted(tmp_path):
    """'two Corvel Kiosks (list price $1,950 each)': a price in brackets after the name counts however it is labelled
    ('list price', 'RRP', 'MSRP'), as '(normally $P)' does; the kiosk is named twice more without a count."""
    mails = [
        (("Ines Haverly", "ihaverly@tollmark.example"), [("Rob Quist", "rquist@dunmoresheriff.example")], "Kiosks",
         "Sergeant Quist,\n\nWe can lend the unit two Corvel Kiosks (list price $1,950 each) for the spring term.\n\n"
         "Ines Haverly\nAccount Manager\nTollmark Ltd\n"),
        (("Rob Quist", "rquist@dunmoresheriff.example"), [("Ines Haverly", "ihaverly@tollmark.example")], "RE: Kiosks",
         "Ines,\n\nThe Corvel Kiosks can go in the lobby of the annex. Will the Corvel Kiosks need a network drop?\n\n"
         "Sgt. Rob Quist\nCourt Services Unit\nDunmore County Sheriff's Office\n"),
    ]
    products = {p["name"]: p["unit_price_usd"] for p in drafted(tmp_path, mails)["products"]["products"]}
    assert products == {"Corvel Kiosk": 1950}


def test_the_vendor_called_by_the_first_word_of_its_name_has_that_word_as_a_short_form(tmp_path):
    """'Corvane Signal Systems' at corvanesignal.example, written 'so Corvane covers it', 'and Corvane will': the
    first word alone is the vendor's short form; a word the domain does not start with is none."""
    mails = [
        (("Lena Marsh", "lmarsh@corvanesignal.example"), [("Rob Quist", "rquist@dunmoresheriff.example")], "Sirens",
         "Sergeant Quist,\n\nThe install is booked, so Corvane covers the crane hire. Next week Corvane will test "
         "both sirens, and Corvane staff will be on site. I'll invoice the spare horn separately.\n\nLena Marsh\nAccount Manager\nCorvane Signal Systems\n"),
        (("Rob Quist", "rquist@dunmoresheriff.example"), [("Lena Marsh", "lmarsh@corvanesignal.example")], "RE: Sirens",
         "Lena,\n\nThanks, and thank Corvane Signal for the crane. Dunmore will sign off on Friday.\n\n"
         "Sgt. Rob Quist\nCourt Services Unit\nDunmore County Sheriff's Office\n"),
    ]
    orgs = {o["name"]: o["aliases"] for o in drafted(tmp_path, mails)["organizations"]["organizations"]}
    assert "Corvane" in orgs["Corvane Signal Systems"]
    assert "Dunmore" not in orgs["Dunmore County Sheriff's Office"]


def test_a_brand_name_written_once_counted_and_ending_in_a_kind_of_thing_is_a_product(tmp_path):
    """'the three LumaGrid Sensors' once in the release: a word with a capital inside it (as brand names are
    written), counted, ending in a kind of thing sold. A plain name said once ('two Harbor Sensors') is not enough."""
    mails = [
        (("Lena Marsh", "lmarsh@corvanesignal.example"), [("Rob Quist", "rquist@dunmoresheriff.example")], "Sensors",
         "Sergeant Quist,\n\nI'll invoice the install next week. The three LumaGrid Sensors are at the annex now, and "
         "two Harbor Sensors went to the marina.\n\nLena Marsh\nAccount Manager\nCorvane Signal Systems\n"),
        (("Rob Quist", "rquist@dunmoresheriff.example"), [("Lena Marsh", "lmarsh@corvanesignal.example")], "RE: Sensors",
         "Lena,\n\nGot them, thanks.\n\nSgt. Rob Quist\nCourt Services Unit\nDunmore County Sheriff's Office\n"),
    ]
    products = [p["name"] for p in drafted(tmp_path, mails)["products"]["products"]]
    assert products == ["LumaGrid Sensor"]


def test_a_street_address_in_the_vendors_signature_is_no_product(tmp_path):
    """'88 Lantern Hill Road, Suite 410' under every note of the vendor's: the house number is no count and the
    suite no product; the product the notes count is still drafted."""
    sig = "\n\nOona Brack\nAccount Manager\nPellucid Optics Inc.\n88 Lantern Hill Road, Suite 410, Dunmore, OH 44101\n"
    mails = [
        (("Oona Brack", "obrack@pellucid.example"), [("Tam Ridley", "tridley@hollinsso.example")], "Lenses",
         "Sergeant,\n\nThe two Quillon Lens kits ship today." + sig),
        (("Oona Brack", "obrack@pellucid.example"), [("Tam Ridley", "tridley@hollinsso.example")], "More lenses",
         "Sergeant,\n\nI can add three Quillon Lens kits next month." + sig),
        (("Oona Brack", "obrack@pellucid.example"), [("Tam Ridley", "tridley@hollinsso.example")], "Invoice",
         "Sergeant,\n\nYour invoice is attached." + sig),
        (("Tam Ridley", "tridley@hollinsso.example"), [("Oona Brack", "obrack@pellucid.example")], "RE: Lenses",
         "Oona,\n\nReceived, thanks.\n\nSgt. Tam Ridley\nPatrol Division\nHollins County Sheriff's Office\n"),
    ]
    products = [p["name"] for p in drafted(tmp_path, mails)["products"]["products"]]
    assert products == ["Quillon Lens"]


def test_a_price_list_run_into_one_sentence_drafts_each_item_with_its_price(tmp_path):
    """'our prices are: Corvel Beacon camera, $2,400; Corvel Ledger, $600 per seat a year; Evidence Basics Workshop,
    $350 per seat.' is a price list written as a sentence: each item named once more elsewhere is a product."""
    sig = "\n\nIvo Starling\nAccount Executive\nCorvel Systems Inc.\n"
    mails = [
        (("Ivo Starling", "istarling@corvel.example"), [("Bea Tolland", "btolland@marshfieldpd.example")], "Rates",
         "Lieutenant,\n\nAs requested, our public sector prices are: Corvel Beacon camera, $2,400; Corvel Ledger, "
         "$600 per seat a year; Evidence Basics Workshop, $350 per seat." + sig),
        (("Ivo Starling", "istarling@corvel.example"), [("Bea Tolland", "btolland@marshfieldpd.example")], "Follow-up",
         "Lieutenant,\n\nI would be glad to quote Corvel Ledger for your detectives and hold places in the "
         "Evidence Basics Workshop in May. Ashby has been pleased with the Corvel Beacon." + sig),
        (("Bea Tolland", "btolland@marshfieldpd.example"), [("Ivo Starling", "istarling@corvel.example")], "RE: Rates",
         "Ivo,\n\nThanks.\n\nLt. Bea Tolland\nInvestigations Division\nMarshfield Police Department\n"),
    ]
    products = {p["name"]: p["unit_price_usd"] for p in drafted(tmp_path, mails)["products"]["products"]}
    assert products == {"Beacon": 2400, "Ledger": 600, "Evidence Basics Workshop": 350} or \
        products == {"Corvel Beacon": 2400, "Corvel Ledger": 600, "Evidence Basics Workshop": 350}


def test_a_model_number_written_alone_is_an_alias_of_the_one_product_it_ends(tmp_path):
    """'the TR4' in an officer's note is short for the product 'Lumen TR4': a model number alone, the last word of
    exactly one drafted product, becomes its alias."""
    sig = "\n\nMira Soto\nAccount Manager\nHalden Optics Inc.\n"
    mails = [
        (("Mira Soto", "msoto@haldenoptics.example"), [("Cal Reyes", "creyes@brinkso.example")], "Quote",
         "Sergeant,\n\nYour quote for two Lumen TR4 thermal cameras is attached." + sig),
        (("Mira Soto", "msoto@haldenoptics.example"), [("Cal Reyes", "creyes@brinkso.example")], "Shipping",
         "Sergeant,\n\nThe three Lumen TR4 cameras ship Friday." + sig),
        (("Cal Reyes", "creyes@brinkso.example"), [("Mira Soto", "msoto@haldenoptics.example")], "RE: Shipping",
         "Mira,\n\nThanks. Ran the TR4 on the night shift already.\n\nSgt. Cal Reyes\nPatrol Division\n"
         "Brink County Sheriff's Office\n"),
    ]
    products = {p["name"]: p["aliases"] for p in drafted(tmp_path, mails)["products"]["products"]}
    assert "TR4" in products["Lumen TR4"]


def test_a_product_name_opening_with_an_initialism_glued_to_a_word_is_drafted_whole(tmp_path):
    """'ZKLock' (two capitals glued to a capitalised word, as 'IDVault' or 'GPTrack' are written) is one name;
    its tail 'Lock' alone is no product."""
    mails = [
        (("Odile Brant", "obrant@halvorsenlabs.example"), [("Kip Morrow", "kmorrow@vesseypd.example")], "Tags",
         "Sergeant Morrow,\n\nI'll send 3 ZKLock tags for the boat ramp next week. I will invoice the mounting brackets separately.\n\nOdile Brant\nAccount Manager\nHalvorsen Labs, Inc.\n"),
        (("Kip Morrow", "kmorrow@vesseypd.example"), [("Odile Brant", "obrant@halvorsenlabs.example")], "RE: Tags",
         "Odile,\n\nThanks. Do the ZKLock tags need a charger?\n\nSgt. Kip Morrow\nHarbor Unit\nVessey Police Department\n"),
    ]
    products = [p["name"] for p in drafted(tmp_path, mails)["products"]["products"]]
    assert products == ["ZKLock"]


def test_a_quote_line_pricing_each_item_with_an_at_sign_prices_one_item():
    """'12 x Orla Cam @ $640 = $7,680': the amount after '@' is what one costs, not the line's total."""
    from collections import Counter

    from giftgraph.nlp.draft_profile import _price_of

    assert _price_of("Orla Cam", ["Orla Cam"], Counter(), ["2. 12 x Orla Cam @ $640 = $7,680"]) == 640
    assert _price_of("Orla Cam", ["Orla Cam"], Counter(), ["12 x Orla Cam (outdoor) @ $640 = $7,680"]) == 640


def test_a_name_priced_later_in_its_own_clause_is_a_product(tmp_path):
    """'The Tarnwick holster comes in two sizes and lists at $64': the price closes the clause that names it;
    with 'four Tarnwick holsters' later, that is enough to draft it, priced."""
    mails = [
        (("Odile Brant", "obrant@halvorsenlabs.example"), [("Kip Morrow", "kmorrow@vesseypd.example")], "Holsters",
         "Sergeant Morrow,\n\nThe Tarnwick holster comes in two sizes and lists at $64. I will invoice the belts separately.\n\n"
         "Odile Brant\nAccount Manager\nHalvorsen Labs, Inc.\n"),
        (("Kip Morrow", "kmorrow@vesseypd.example"), [("Odile Brant", "obrant@halvorsenlabs.example")], "RE: Holsters",
         "Odile,\n\nPlease quote four Tarnwick holsters for the boat crew.\n\nSgt. Kip Morrow\nHarbor Unit\nVessey Police Department\n"),
    ]
    products = {p["name"]: p["unit_price_usd"] for p in drafted(tmp_path, mails)["products"]["products"]}
    assert products == {"Tarnwick": 64}


def test_a_street_after_its_house_number_is_no_product(tmp_path):
    """'ship to 220 Kestrel Ridge Road' (twice, counted by its house number and joined to 'Suite 4'): an address,
    not a product; the counted, priced thing beside it still is one."""
    mails = [
        (("Odile Brant", "obrant@halvorsenlabs.example"), [("Kip Morrow", "kmorrow@vesseypd.example")], "Tags",
         "Sergeant Morrow,\n\nI'll send 3 ZKLock tags to 220 Kestrel Ridge Road, Suite 4. I will invoice the mounting "
         "brackets separately.\n\nOdile Brant\nAccount Manager\nHalvorsen Labs, Inc.\n"),
        (("Kip Morrow", "kmorrow@vesseypd.example"), [("Odile Brant", "obrant@halvorsenlabs.example")], "RE: Tags",
         "Odile,\n\nThanks, the 2 ZKLock tags from last year went to 220 Kestrel Ridge Road too.\n\n"
         "Sgt. Kip Morrow\nHarbor Unit\nVessey Police Department\n"),
    ]
    products = [p["name"] for p in drafted(tmp_path, mails)["products"]["products"]]
    assert products == ["ZKLock"]


def test_an_accessory_after_a_product_is_no_form_of_it(tmp_path):
    """'the Heron X4 drone' names the Heron X4; 'two Heron X4 batteries ($189 each)' are another thing: no alias
    'Heron X4 batterie' (a plural cut wrong) and not the X4's price."""
    mails = [
        (("Odile Brant", "obrant@halvorsenlabs.example"), [("Kip Morrow", "kmorrow@vesseypd.example")], "Drones",
         "Sergeant Morrow,\n\nI'll send 2 Heron X4 drones for the pilot at $2,900 each, and two Heron X4 batteries "
         "($189 each). I will invoice the case separately.\n\nOdile Brant\nAccount Manager\nHalvorsen Labs, Inc.\n"),
        (("Kip Morrow", "kmorrow@vesseypd.example"), [("Odile Brant", "obrant@halvorsenlabs.example")], "RE: Drones",
         "Odile,\n\nThanks, the 2 Heron X4 drones arrived, and the Heron X4 batteries too.\n\n"
         "Sgt. Kip Morrow\nHarbor Unit\nVessey Police Department\n"),
    ]
    (x4,) = [p for p in drafted(tmp_path, mails)["products"]["products"] if p["name"] == "Heron X4"]
    assert x4["unit_price_usd"] == 2900
    assert not any("batter" in a.lower() for a in x4["aliases"]), x4["aliases"]


def test_a_british_street_after_its_house_number_is_no_product(tmp_path):
    """'1180 Harrow Quay, Suite 400' in a vendor's footer, twice, and '14 Linnet Mews': streets as British, Irish and
    Commonwealth addresses name them, not products; the counted thing beside them still is one."""
    mails = [
        (("Odile Brant", "obrant@halvorsenlabs.example"), [("Kip Morrow", "kmorrow@vesseypd.example")], "Tags",
         "Sergeant Morrow,\n\nI'll send 3 ZKLock tags to 14 Linnet Mews. I will invoice the mounting brackets "
         "separately.\n\nOdile Brant\nAccount Manager\n"
         "Halvorsen Labs, Inc.\n1180 Harrow Quay, Suite 400\n"),
        (("Kip Morrow", "kmorrow@vesseypd.example"), [("Odile Brant", "obrant@halvorsenlabs.example")], "RE: Tags",
         "Odile,\n\nThanks, the 2 ZKLock tags from last year went to 14 Linnet Mews too.\n\n"
         "Sgt. Kip Morrow\nHarbor Unit\nVessey Police Department\n\n> Halvorsen Labs, Inc.\n> 1180 Harrow Quay, Suite 400\n"),
    ]
    products = [p["name"] for p in drafted(tmp_path, mails)["products"]["products"]]
    assert products == ["ZKLock"]


def test_a_price_in_parentheses_or_after_list_is_read_on_a_discount_line():
    """'residents get 15% off Tern Deadbolt ($189), Glimmer Cam ($99) or Heron Hub ($310)': each name's own
    price in parentheses is what it costs, though the line speaks of a discount; so is 'X, list $189' before
    the discounted amount. An amount in parentheses that is itself the discount ('($30 off)') is not."""
    from collections import Counter

    from giftgraph.nlp.draft_profile import _price_of
    lines = ["Your personal code is QX-9, residents get 15% off Tern Deadbolt ($189), Glimmer Cam ($99) or "
             "Heron Hub ($310) online.", "8 x Tern Deadbolt, list $189, partner discount 25% = $141.75 each."]
    assert _price_of("Tern Deadbolt", ["Tern Deadbolt"], Counter(), lines) == 189
    assert _price_of("Glimmer Cam", ["Glimmer Cam"], Counter(), lines) == 99
    assert _price_of("Heron Hub", ["Heron Hub"], Counter(), lines) == 310
    assert _price_of("Tern Deadbolt", ["Tern Deadbolt"], Counter(), ["Get 20% off the Tern Deadbolt ($30 off) today"]) is None
