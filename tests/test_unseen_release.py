"""An invented release for a vendor and an agency no shipped profile knows, written for this test in
wording the relation rules were not written from: each kind of gift statement the relations issue
lists (a shipment notice, a thank-you, a reward for a code's uses, a donation to a division, an officer
passing devices on to a group, a bundle with a stated total, a subscription switched on "on us") and
two that are no gift (a recap of the year's total, a purchase). The ledger must read exactly the gifts."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli

PROFILE = {
    "profile.yaml": "name: lumen_brookmoor\ndescription: Lumenfield / Brookmoor PD (invented)\n"
                    "timezone: America/Denver\nvendor: Lumenfield\nagency: Brookmoor Police Department\n",
    "organizations.yaml": "organizations:\n- {name: Lumenfield, kind: vendor, aliases: [Lumenfield Inc.]}\n"
                          "- {name: Brookmoor Police Department, kind: agency, aliases: [BPD, Brookmoor PD]}\n",
    "domains.yaml": "domains:\n  lumenfield.example: {role: vendor_employee, organization: Lumenfield}\n"
                    "  brookmoorpd.example: {role: officer, organization: Brookmoor Police Department}\n",
    "products.yaml": "products:\n- {name: Halo Cam, unit_price_usd: 199, aliases: [Halo Camera]}\n"
                     "- {name: Halo Chime, unit_price_usd: 49, aliases: []}\n"
                     "- {name: Watchtower Plan, unit_price_usd: 120, aliases: [Watchtower], unit: year, device: false}\n",
    "units.yaml": "units:\n- {name: Eastgate Division, kind: division, aliases: [Eastgate]}\n",
    "ranks.yaml": "ranks:\n- {title: Sergeant, sworn: true, abbreviations: [Sgt.]}\n"
                  "- {title: Lieutenant, sworn: true, abbreviations: [Lt.]}\n"
                  "- {title: Detective, sworn: true, abbreviations: [Det.]}\n",
}

V = "Priya Kestrel <priya.kestrel@lumenfield.example>"
OWEN = "Sgt. Owen Marlowe <omarlowe@brookmoorpd.example>"
HANA = "Det. Hana Voss <hvoss@brookmoorpd.example>"
GIDEON = "Lt. Gideon Frye <gfrye@brookmoorpd.example>"
MAIL = [
    ("e01", V, OWEN, "Your cameras", "Mon, 6 Jan 2025 09:12:00 -0700",
     "Hi Owen,\n\nYour two Halo Cams left our warehouse this morning, tracking number 1Z88Q4410293. "
     "No invoice will follow.\n\nPriya Kestrel\nLumenfield"),
    ("e02", OWEN, V, "Re: Your cameras", "Thu, 9 Jan 2025 15:40:00 -0700",
     "Priya,\n\nThe cameras arrived today. Thank you so much for sending them, they are already up on the "
     "two problem corners.\n\nSgt. Owen Marlowe\nBrookmoor Police Department"),
    ("e03", V, HANA, "Milestone", "Mon, 3 Feb 2025 10:00:00 -0700",
     "Hana,\n\nYour neighbor code has now been redeemed 25 times. As a thank you for reaching that mark we "
     "are sending you a Halo Chime, on the house.\n\nPriya"),
    ("e04", V, GIDEON, "For the division", "Tue, 11 Feb 2025 11:30:00 -0700",
     "Lieutenant Frye,\n\nWe would like to donate six Halo Cams to Eastgate Division for the station and its "
     "community room, at no cost to the department.\n\nPriya Kestrel\nLumenfield"),
    ("e05", GIDEON, V, "Re: For the division", "Wed, 12 Feb 2025 08:05:00 -0700",
     "Priya,\n\nOn behalf of Eastgate Division, thank you. We gladly accept the six cameras.\n\n"
     "Lt. Gideon Frye\nEastgate Division, Brookmoor Police Department"),
    ("e06", HANA, V, "Passing them on", "Fri, 21 Feb 2025 16:20:00 -0700",
     "Priya,\n\nI gave the three spare Halo Cams you sent me to the Maple Hollow Block Club so their members "
     "can cover the alley.\n\nDet. Hana Voss"),
    ("e07", V, OWEN, "Bundle", "Mon, 3 Mar 2025 09:00:00 -0700",
     "Owen,\n\nWe are sending you a Halo Cam, two Halo Chimes and a year of the Watchtower Plan, a $400 "
     "package, free of charge.\n\nPriya"),
    ("e09", V, GIDEON, "Watchtower", "Wed, 2 Apr 2025 10:45:00 -0700",
     "Gideon,\n\nI have switched on a year of the Watchtower Plan for your account, on us.\n\nPriya"),
    ("e10", V, GIDEON, "Where things stand", "Mon, 28 Apr 2025 17:00:00 -0700",
     "Gideon,\n\nA quick recap for your records: so far we have provided roughly $2,900 in equipment to "
     "Brookmoor officers this year. Nothing new is attached to this note.\n\nPriya"),
    ("e11", OWEN, V, "Order", "Tue, 6 May 2025 12:00:00 -0700",
     "Priya,\n\nI bought a Halo Chime for my own porch last week and paid full price. Happy with it.\n\nOwen"),
]


@pytest.mark.model
def test_an_unseen_release_gives_exactly_its_gifts(tmp_path):
    case = _build(tmp_path, MAIL)
    runner = CliRunner()
    r = runner.invoke(cli, ["ledger", "--case", str(case), "--by", "recipient", "--json"])
    assert r.exit_code == 0, r.output
    rows = {row["name"]: row for row in json.loads(r.stdout) if row["name"] != "TOTAL"}
    got = {(name, tuple(row["from"]), row["gifts"], row["value_usd"]) for name, row in rows.items()}
    assert got == {
        ("Owen Marlowe", ("Priya Kestrel",), 2, 398.0 + 400.0),      # two cameras shipped; the $400 bundle
        ("Hana Voss", ("Priya Kestrel",), 1, 49.0),                  # the reward for 25 uses of her code
        ("Eastgate Division", ("Priya Kestrel",), 1, 6 * 199.0),    # donated to the division, not its lieutenant
        ("Maple Hollow Block Club", ("Hana Voss",), 1, 3 * 199.0),   # passed on by the officer
        ("Gideon Frye", ("Priya Kestrel",), 1, 120.0),               # a year of the plan, on us
    }
    # the recap and the purchase are no gift: no row has their messages as its only evidence
    recap_or_purchase = {"Where things stand", "Order"}
    for row in rows.values():
        assert {e["subject"] for e in row["evidence"]} - recap_or_purchase


CODES_MAIL = [
    ("f01", V, OWEN, "Your neighbor link", "Mon, 6 Jan 2025 09:12:00 -0700",
     "Owen,\n\nHere is your personal discount code: owen-bpd.25 . Anyone who enters it at checkout saves $25 on "
     "a Halo Cam, and every ten redemptions earn you another camera.\n\nPriya"),
    ("f02", OWEN, "Della Ambrose <della.ambrose@postbox.example>", "Re: porch thefts", "Tue, 14 Jan 2025 18:00:00 -0700",
     "Ms. Ambrose,\n\nSorry to hear about the packages. Honestly, I have a Halo Cam on my own porch and it has "
     "been excellent; I would recommend it to anyone on your street. If you order one, use code owen-bpd.25 "
     "for $25 off.\n\nSgt. Owen Marlowe"),
    ("f03", V, OWEN, "Ten already", "Mon, 10 Feb 2025 10:00:00 -0700",
     "Owen,\n\nGreat news, owen-bpd.25 has been redeemed 10 times already. As promised, another Halo Cam is on "
     "its way to you at no cost.\n\nPriya"),
    ("f04", HANA, GIDEON, "Newsletter draft", "Wed, 19 Feb 2025 11:00:00 -0700",
     "Lieutenant,\n\nDraft paragraph for the March community newsletter: \"Residents keep asking us which "
     "doorbell camera to buy. Speaking for myself, the Halo Cam is the one I trust at home, and Lumenfield "
     "has been a great partner to Eastgate.\"\n\nHana"),
    ("f05", GIDEON, HANA, "Re: Newsletter draft", "Thu, 20 Feb 2025 09:00:00 -0700",
     "Hana,\n\nThanks, I will look at it before Friday.\n\nGideon"),
    ("f06", V, HANA, "Your code", "Mon, 3 Mar 2025 10:00:00 -0700",
     "Hana,\n\nYour code is HV 77 TW. Share it with your neighbors; it takes 15% off any order.\n\nPriya"),
    ("f07", HANA, V, "Re: Your code", "Mon, 17 Mar 2025 10:00:00 -0700",
     "Priya,\n\nI handed out HV77TW at the Elm Street block meeting and six people have used it so far.\n\nHana"),
]


def _exported(tmp_path, case) -> dict:
    """The case graph as `giftgraph export json` writes it."""
    out = tmp_path / "g.json"
    r = CliRunner().invoke(cli, ["export", "json", "--case", str(case), "-o", str(out)])
    assert r.exit_code == 0, r.output
    return json.loads(out.read_text(encoding="utf-8"))


def _build(tmp_path, mails, profile=None, *, files=None, msgid_domain="probe.example"):
    """The (id, from, to, subject, date, body) mails as a folder of .eml files, ingested into a case with the profile
    named (``profile``: "auto", a name) or written from ``files`` (file name -> YAML text; this module's by default)."""
    prof = tmp_path / "profile"
    if profile is None:
        prof.mkdir()
        for name, text in (files or PROFILE).items():
            (prof / name).write_text(text, encoding="utf-8")
    mail = tmp_path / "mail"
    mail.mkdir()
    for mid, frm, to, subject, date, body in mails:
        (mail / f"{mid}.eml").write_text(
            f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <{mid}@{msgid_domain}>\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n", encoding="utf-8")
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(mail), "--profile", profile or str(prof), "--case", str(case), "-s"])
    assert r.exit_code == 0, r.output
    return case


@pytest.mark.model
def test_an_unseen_release_gives_its_codes_referrals_and_endorsements(tmp_path):
    """Codes in lower case with a hyphen and a dot, and in spaced groups printed two ways; a reward once a
    code crosses ten uses; endorsements in a reply to a resident and in a newsletter draft; a colleague's
    'thanks, I will look at it' is no endorsement."""
    case = _build(tmp_path, CODES_MAIL)
    g = _exported(tmp_path, case)
    nodes = {n["id"]: n for n in g["nodes"]}
    codes = {n["name"]: set(n.get("aliases") or []) for n in g["nodes"] if n["kind"] == "code"}
    assert codes == {"owen-bpd.25": {"OWENBPD25"}, "HV 77 TW": {"HV77TW"}}
    edges = g["links"] if "links" in g else g["edges"]

    def of(kind):
        return {(nodes[e["source"]]["name"], nodes[e["target"]]["name"], e.get("uses"), e.get("value_usd"))
                for e in edges if e["type"] == kind}

    assert of("REFERRAL") == {("Owen Marlowe", "Lumenfield", 10, None), ("Hana Voss", "Lumenfield", 6, None)}
    assert {(s, t) for s, t, _, _ in of("PROMOTED")} == {("Owen Marlowe", "Halo Cam"), ("Hana Voss", "Halo Cam")}
    assert of("GIFT") == {("Priya Kestrel", "Owen Marlowe", None, 199.0)}


NO_GIFT_MAIL = [
    ("g01", V, OWEN, "Offer", "Mon, 6 Jan 2025 09:12:00 -0700",
     "Owen,\n\nWe could send you four Halo Cams for the pilot if the department is interested.\n\nPriya"),
    ("g02", OWEN, V, "Re: Offer", "Tue, 7 Jan 2025 09:12:00 -0700",
     "Priya,\n\nThanks, but we have to decline; department policy does not allow us to accept equipment from "
     "vendors.\n\nOwen"),
    ("g03", V, HANA, "Loaner", "Mon, 3 Feb 2025 10:00:00 -0700",
     "Hana,\n\nI am lending you two Halo Cams for the demonstration; please return them after the event.\n\nPriya"),
    ("g04", V, GIDEON, "Quote", "Tue, 11 Feb 2025 11:30:00 -0700",
     "Gideon,\n\nAs requested, twenty Halo Cams at the agency rate come to $3,180. I have attached the "
     "invoice.\n\nPriya"),
    ("g05", HANA, GIDEON, "FYI news", "Fri, 21 Feb 2025 16:20:00 -0700",
     "Lieutenant,\n\nSaw in the paper that Lumenfield donated forty cameras to the Riverton school district "
     "last week.\n\nHana"),
    ("g06", GIDEON, V, "Question", "Mon, 3 Mar 2025 09:00:00 -0700",
     "Priya,\n\nWould Lumenfield be willing to provide a few Halo Chimes for our open house?\n\nGideon"),
    ("g07", V, GIDEON, "Re: Question", "Tue, 4 Mar 2025 09:00:00 -0700",
     "Gideon,\n\nUnfortunately we cannot do free units this quarter, but I can offer them at 20% off.\n\nPriya"),
]


@pytest.mark.model
def test_an_unseen_release_of_declined_lent_sold_reported_and_refused_offers_gives_no_gift(tmp_path):
    case = _build(tmp_path, NO_GIFT_MAIL)
    r = CliRunner().invoke(cli, ["ledger", "--case", str(case), "--json"])
    assert r.exit_code == 0, r.output
    assert [row for row in json.loads(r.stdout) if row["name"] != "TOTAL"] == []


T = "Tamsin Okafor <tamsin.okafor@brightgate.example>"
RUBEN = "Cpl. Ruben Aldana-Whitcomb <raldana@fernvillepd.example>"
MAGDA = "Magdalena Q. Strand <mstrand@fernvillepd.example>"
GREER_H = "Greer Holloway <gholloway@fernvillepd.example>"
GREER_P = "Greer Pasternak <gpasternak@fernvillepd.example>"
PEOPLE_MAIL = [
    ("h01", T, RUBEN, "Setup", "Mon, 6 Jan 2025 09:12:00 -0700",
     "Hi Ruben,\n\nOnce the app is open, tap Live View, then Device Settings, then Motion Zones. The Quick "
     "Start Guide covers the rest.\n\nTamsin Okafor\nAccount Executive, Brightgate"),
    ("h02", RUBEN, T, "Re: Setup", "Tue, 7 Jan 2025 10:00:00 -0700",
     "Thanks Tamsin. We mounted one on Calloway Street near Juniper Heights, and one at Rosedale Park.\n\n"
     "R.A.W.\nCpl. Ruben Aldana-Whitcomb\nFernville Police Department"),
    ("h03", MAGDA, RUBEN, "Meeting", "Wed, 8 Jan 2025 11:00:00 -0700",
     "Hello Ruben Ruben,\n\nGood morning Magda here. Please bring the Annual Crime Review to Thursday's "
     "meeting.\n\nMagda Strand\nCrime Analyst\nFernville Police Department"),
    ("h04", "Magdalena Strand <mstrand@fernvillepd.example>", GREER_H, "Re: Meeting", "Thu, 9 Jan 2025 08:00:00 -0700",
     "Greer,\n\nCan you ask Greer Pasternak if the Harlan Ridge Neighborhood Watch still meets on Fridays?"
     "\n\nMagdalena"),
    ("h05", GREER_P, GREER_H, "Fridays", "Thu, 9 Jan 2025 12:00:00 -0700",
     "Greer H.,\n\nYes they still meet at the Linden Avenue library.\n\nGreer P."),
    ("h06", '"ALDANA-WHITCOMB Ruben J" <raldana@fernvillepd.example>', T, "Cameras", "Fri, 10 Jan 2025 09:00:00 -0700",
     "Tamsin, are the extra units still available? Ruben"),
]


@pytest.mark.model
def test_an_unseen_release_names_each_of_its_people_once_and_nothing_else(tmp_path):
    """No profile describes it (--profile auto): a hyphenated surname after a rank in a signature, a given
    name with a surname's initial ("Greer H.") for each of two people sharing the given name, a name
    printed surname-first in capitals, a short form of a given name; streets, a park, a neighbourhood,
    the words of an app's screen, a document title and a greeting with the name twice are no one."""
    case = _build(tmp_path, PEOPLE_MAIL, profile="auto")
    people = {n["name"]: n for n in _exported(tmp_path, case)["nodes"] if n.get("kind") == "person"}
    assert set(people) == {"Tamsin Okafor", "Ruben Aldana-Whitcomb", "Magdalena Strand", "Greer Holloway",
                           "Greer Pasternak"}
    assert "Greer H." in people["Greer Holloway"]["aliases"]
    assert "Greer P." in people["Greer Pasternak"]["aliases"]
    assert {"Magda", "Magda Strand"} <= set(people["Magdalena Strand"]["aliases"])


# One message each, vendor to officer: the giving is stated as done in words no release was read for
# (a modal inside the shipping words, a causative, "please accept these", "consider ... a gift", "it's on
# me", a charge waived on something picked up, "you'll find ... we left for you") ...
DONE_GIFTS = [
    "Your complimentary Halo Cam should arrive Thursday.",
    "Please accept these three Halo Cams as our thanks for the pilot.",
    "Consider the two Halo Chimes a gift from all of us here.",
    "We waived the charge on the Halo Cam you picked up last week.",
    "I had our warehouse send you a Halo Chime at no cost.",
    "You'll find a Halo Cam in the box we left at the front desk for you, with our compliments.",
    "Got you a Halo Cam, it's on me.",
    "You should receive two Halo Chimes tomorrow, courtesy of Lumenfield.",
    "Our courier left two Halo Cams with your dispatcher this morning, free and clear.",
    "I've activated a year of the Watchtower Plan on your account, on us.",
]
# ... and no gift: an offer nobody took up, a sale, a condition, a hope that failed, a refund, a
# giveaway to the public, apologies, a voicemail, a quote, "a free X" naming a promotion or a pending offer
NOT_GIFTS = [
    "We'd love for you to have a Halo Cam for your own front door, our treat.",
    "You'll receive the invoice for the Halo Cams by Friday.",
    "I got you a quote on twenty Halo Cams: $3,980 before tax.",
    "I left a voicemail for you about the Halo Cam order.",
    "Please accept our apologies for the late Halo Cam shipment you paid for.",
    "I had hoped to send you a Halo Cam but the program ended.",
    "Once you hit 20 uses you'll receive a free Halo Cam.",
    "You should receive a Halo Cam if the pilot is approved.",
    "Your refund for the returned Halo Cam will arrive next week.",
    "Last year we gave away Halo Cams at the county fair.",
    "Reminder: the free Halo Cam promotion ends Friday.",
    "The free Halo Cam we discussed is still waiting on legal approval.",
    "Unfortunately, the free Halo Cams were all claimed before your request came in.",
    "Residents who sign up get a free Halo Chime, per the flyer.",
    "Sorry, we are out of free Halo Cams for this quarter.",
]


@pytest.mark.model
def test_gifts_stated_as_done_in_unread_wording_and_their_near_misses(tmp_path):
    mails = [(f"d{i:02d}", V, OWEN, f"Gift note {i}", "Mon, 6 Jan 2025 09:12:00 -0700",
              f"Hi Owen,\n\n{text}\n\nPriya Kestrel\nLumenfield") for i, text in enumerate(DONE_GIFTS)]
    mails += [(f"n{i:02d}", V, OWEN, f"Other note {i}", "Mon, 6 Jan 2025 09:12:00 -0700",
               f"Hi Owen,\n\n{text}\n\nPriya Kestrel\nLumenfield") for i, text in enumerate(NOT_GIFTS)]
    case = _build(tmp_path, mails)
    r = CliRunner().invoke(cli, ["ledger", "--case", str(case), "--json"])
    assert r.exit_code == 0, r.output
    subjects = {e["subject"] for row in json.loads(r.stdout) if row["name"] != "TOTAL" for e in row["evidence"]}
    assert subjects == {f"Gift note {i}" for i in range(len(DONE_GIFTS))}


# A plate-reader vendor and a city police department whose mail shares the city's domain: the city's
# buyer writes from that domain too, the department's civilian analyst signs with the department.
CITY = "ashgrove.gov"
ROLE_MAIL = [
    ("r01", "Wren Tamsett <wtamsett@quillreach.com>", f"Sgt. Pilar Okonjo <pokonjo@{CITY}>", "Readers for Depot Road",
     "Mon, 3 Feb 2025 09:00:00 -0600",
     "Sergeant Okonjo,\n\nWe can mount two plate readers over Depot Road for a trial at no cost.\n\n"
     "Wren Tamsett\nAccount Executive | Quill Reach\n"),
    ("r02", f"Sgt. Pilar Okonjo <pokonjo@{CITY}>", "Wren Tamsett <wtamsett@quillreach.com>", "RE: Readers for Depot Road",
     "Mon, 3 Feb 2025 11:00:00 -0600",
     "Wren,\n\nChief Harold Benedek has approved it. Our analyst will want the hit data.\n\n"
     "Sgt. Pilar Okonjo\nTraffic Unit\nAshgrove Police Department\n"),
    ("r03", f"Moira Feld <mfeld@{CITY}>", "Wren Tamsett <wtamsett@quillreach.com>", "Hit data",
     "Tue, 4 Feb 2025 10:00:00 -0600",
     "Wren,\n\nCan the export carry the camera heading?\n\nMoira Feld\nCrime Analyst\nAshgrove Police Department\n"),
    ("r04", f"Rupert Inglewood <ringlewood@{CITY}>", "Wren Tamsett <wtamsett@quillreach.com>", "Loan agreement",
     "Wed, 5 Feb 2025 10:00:00 -0600",
     "Ms. Tamsett,\n\nTrial equipment on city poles needs a signed loan agreement; our form is attached.\n\n"
     "Rupert Inglewood\nProcurement Manager\nAshgrove Office of Procurement\n"),
    ("r05", "Wren Tamsett <wtamsett@quillreach.com>", f"Sgt. Pilar Okonjo <pokonjo@{CITY}>", "Install date",
     "Thu, 6 Feb 2025 10:00:00 -0600",
     "Sergeant,\n\nOur crew can install on Monday; we will quote the permanent units after the trial.\n\n"
     "Wren Tamsett\nAccount Executive | Quill Reach\n"),
]


@pytest.mark.model
def test_roles_come_from_what_each_signature_and_rank_says_not_from_a_shared_domain(tmp_path):
    """--profile auto: the department's sergeant and its civilian analyst are agency staff (`officer`, as
    every golden release counts civilian staff), the chief named only in the text is one by his rank,
    the city's buyer who writes from the same domain but signs for another office is `other`, and the
    vendor's account executive is the vendor's."""
    case = _build(tmp_path, ROLE_MAIL, profile="auto")
    roles = {n["name"]: n.get("role") for n in _exported(tmp_path, case)["nodes"] if n.get("kind") == "person"}
    assert roles == {"Wren Tamsett": "vendor_employee", "Pilar Okonjo": "officer", "Moira Feld": "officer",
                     "Harold Benedek": "officer", "Rupert Inglewood": "other"}


# A thermal-camera vendor and a city fire marshal's office on the city's domain; the deputy city manager
# writes from that domain and signs for the city; a contractor signs with his firm.
TOWN = "fenwick.gov"
MARSHAL_MAIL = [
    ("f01", "Oren Halloway <ohalloway@brightfenna.com>", f"Basil Crewe <bcrewe@{TOWN}>", "Thermal camera evaluation",
     "Tue, 8 Apr 2025 09:00:00 -0500",
     "Marshal Crewe,\n\nWe would like to leave a thermal camera with your office for an evaluation, free of charge.\n\n"
     "Oren Halloway\nPublic Sector Lead\nBright Fenna\n"),
    ("f02", f"Basil Crewe <bcrewe@{TOWN}>", "Oren Halloway <ohalloway@brightfenna.com>", "RE: Thermal camera evaluation",
     "Tue, 8 Apr 2025 11:00:00 -0500",
     "Oren,\n\nDeputy Fire Marshal Dagny Solberg will take delivery and Inspector Rusk will keep the log.\n\n"
     "Basil Crewe\nFire Marshal\nFenwick Fire Marshal's Office\n"),
    ("f03", f"Dagny Solberg <dsolberg@{TOWN}>", "Oren Halloway <ohalloway@brightfenna.com>", "Delivery",
     "Wed, 9 Apr 2025 10:00:00 -0500",
     "Oren,\n\nThe camera arrived today.\n\nDagny Solberg\nDeputy Fire Marshal\nFenwick Fire Marshal's Office\n"),
    ("f04", f"Thea Marchbank <tmarchbank@{TOWN}>", f"Basil Crewe <bcrewe@{TOWN}>", "Use policy",
     "Thu, 10 Apr 2025 10:00:00 -0500",
     "Basil,\n\nBefore the camera is used near homes the council wants a written use policy.\n\n"
     "Thea Marchbank\nDeputy City Manager\nCity of Fenwick\n"),
    ("f05", "Oren Halloway <ohalloway@brightfenna.com>", f"Dagny Solberg <dsolberg@{TOWN}>", "Spare batteries",
     "Fri, 11 Apr 2025 10:00:00 -0500",
     "Deputy Marshal Solberg,\n\nSpare batteries are 20% off at checkout this month.\n\n"
     "Oren Halloway\nPublic Sector Lead\nBright Fenna\n"),
    ("f06", "Lyle Brannock <lyle@brannockwiring.com>", f"Dagny Solberg <dsolberg@{TOWN}>", "Panel report",
     "Mon, 14 Apr 2025 08:00:00 -0500",
     "Ms. Solberg,\n\nMy report on the burned panel is attached.\n\nLyle Brannock\nBrannock Wiring\n"),
]


@pytest.mark.model
def test_a_fire_marshals_office_release_gives_its_people_their_roles_and_no_one_else(tmp_path):
    """--profile auto on a vendor and a fire marshal's office: the marshal and his deputy are the agency's; the deputy city manager who writes from the city's domain signs
    for the city (`other`); the vendor's public-sector lead is the vendor's even though his messages
    barely sell; "Deputy Fire Marshal Dagny Solberg" makes no person of the words of the rank."""
    case = _build(tmp_path, MARSHAL_MAIL, profile="auto")
    nodes = _exported(tmp_path, case)["nodes"]
    roles = {n["name"]: n.get("role") for n in nodes if n.get("kind") == "person"}
    assert roles == {"Oren Halloway": "vendor_employee", "Basil Crewe": "officer", "Dagny Solberg": "officer",
                     "Thea Marchbank": "other", "Lyle Brannock": "other"}
    orgs = {n["name"] for n in nodes if n.get("kind") in ("organization", "division")}
    assert {"Bright Fenna", "Fenwick Fire Marshal's Office", "City of Fenwick", "Brannock Wiring"} <= orgs


SHERIFF_MAIL = [
    ("s01", "Wren Tamsett <wtamsett@quillreach.com>", "Deputy Cato Ellery <cellery@brannoxso.gov>", "Trailer",
     "Mon, 3 Mar 2025 09:00:00 -0600",
     "Deputy Ellery,\n\nWe can park a camera trailer at the fairgrounds for a month at no cost.\n\n"
     "Wren Tamsett\nAccount Executive | Quill Reach\n"),
    ("s02", "Deputy Cato Ellery <cellery@brannoxso.gov>", "Wren Tamsett <wtamsett@quillreach.com>", "RE: Trailer",
     "Mon, 3 Mar 2025 11:00:00 -0600",
     "Wren,\n\nSheriff Philippa Dunleigh has approved it.\n\nDeputy Cato Ellery\nPatrol Division\n"
     "Brannox County Sheriff's Office\n"),
    ("s03", "Wren Tamsett <wtamsett@quillreach.com>", "Deputy Cato Ellery <cellery@brannoxso.gov>", "RE: Trailer",
     "Tue, 4 Mar 2025 09:00:00 -0600",
     "Great, we will deliver Monday and quote the permanent units after.\n\nWren Tamsett\nAccount Executive | Quill Reach\n"),
]


@pytest.mark.model
def test_a_sheriff_named_only_in_the_text_is_an_officer(tmp_path):
    """--profile auto: the sheriff writes no mail and no table lists her given name; the rank before her
    name is drafted as a rank, and she is agency staff."""
    case = _build(tmp_path, SHERIFF_MAIL, profile="auto")
    roles = {n["name"]: n.get("role") for n in _exported(tmp_path, case)["nodes"] if n.get("kind") == "person"}
    assert roles == {"Wren Tamsett": "vendor_employee", "Cato Ellery": "officer", "Philippa Dunleigh": "officer"}


RESIDENT = "Della Ambrose <della.ambrose@postbox.example>"
OWNERS_MAIL = [
    ("k01", OWEN, V, "Hello", "Mon, 6 Jan 2025 09:00:00 -0700", "Priya,\n\nThanks for the visit.\n\nSgt. Owen Marlowe"),
    ("k02", HANA, V, "Hello", "Mon, 6 Jan 2025 10:00:00 -0700", "Priya,\n\nThanks for the visit.\n\nDet. Hana Voss"),
    # the vendor reports two officers' codes to their lieutenant, in one sentence
    ("k03", V, GIDEON, "Codes update", "Mon, 3 Feb 2025 09:00:00 -0700",
     "Gideon,\n\nQuick update on your team: Owen's code OWEN25 has been used 12 times and Hana's code "
     "HANA25 has been used 7 times.\n\nPriya"),
    # a resident who was given a code and used it does not own it
    ("k04", RESIDENT, V, "Order", "Tue, 4 Feb 2025 09:00:00 -0700",
     "Hi,\n\nMy neighbour gave me code PORCH20 and I used it on a Halo Chime.\n\nDella"),
]


@pytest.mark.model
def test_codes_said_to_be_someones_and_a_code_that_came_to_the_writer(tmp_path):
    """"Owen's code X ... and Hana's code Y ...": each code is its named owner's, with its own count; a
    resident who says a code was given to her and that she used it is no referrer."""
    case = _build(tmp_path, OWNERS_MAIL)
    g = _exported(tmp_path, case)
    nodes = {n["id"]: n for n in g["nodes"]}
    edges = g["links"] if "links" in g else g["edges"]
    got = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"], nodes[e["code"]]["name"], e.get("uses"))
           for e in edges if e["type"] == "REFERRAL"}
    assert got == {("Owen Marlowe", "Lumenfield", "OWEN25", 12), ("Hana Voss", "Lumenfield", "HANA25", 7)}


PASTOR = "Rev. Miriam Oduya <moduya@esthercrossing.example>"


def _chapel_mail(short: str, signed: str) -> list:
    """The model reads the short name ("Esther Crossing") as a person's; the pastor's signature names the
    organisation it starts."""
    return [
        ("c01", V, PASTOR, "Cameras for the chapel", "Mon, 6 Jan 2025 09:00:00 -0700",
         f"Reverend Oduya,\n\nLumenfield would like to donate two Halo Cams to {short}, at no cost to the "
         "congregation.\n\nPriya Kestrel\nCommunity Lead, Lumenfield"),
        ("c02", PASTOR, V, "RE: Cameras for the chapel", "Tue, 7 Jan 2025 09:00:00 -0700",
         f"Ms. Kestrel,\n\nWe accept with thanks.\n\nRev. Miriam Oduya\n{signed}"),
    ]


@pytest.mark.model
@pytest.mark.parametrize("short,signed", [
    ("Esther Crossing", "Esther Crossing Chapel of Brookmoor"),
    # a short name that ends with a word of organisations, wrapped at the line's end
    ("Esther\nTabernacle", "Esther Tabernacle Church of Brookmoor"),
])
def test_the_short_name_of_a_signed_organisation_is_no_person_and_receives(tmp_path, short, signed):
    g = _exported(tmp_path, _build(tmp_path, _chapel_mail(short, signed)))
    names = {n["id"]: n["name"] for n in g["nodes"]}
    assert sorted(n["name"] for n in g["nodes"] if n["kind"] == "person") == ["Miriam Oduya", "Priya Kestrel"]
    gifts = [(names[e["source"]], names[e["target"]], e["value_usd"]) for e in g.get("links", g.get("edges", []))
             if e["type"] == "GIFT"]
    assert gifts == [("Priya Kestrel", signed, 398.0)]


CLERK = "Wren Abernethy <wabernethy@lumenfield.example>"
CLERK_MAIL = [
    ("d01", CLERK, OWEN, "Your order", "Mon, 6 Jan 2025 09:00:00 -0700",
     "Sergeant,\n\nYour Halo Chime left our warehouse today.\n\nWren Abernethy\nFulfillment & Logistics\nLumenfield"),
    ("d02", OWEN, CLERK, "RE: Your order", "Tue, 7 Jan 2025 09:00:00 -0700",
     "Thanks Wren.\n\nSgt. Owen Marlowe\nSupport Services\nBrookmoor Police Department"),
]


@pytest.mark.model
def test_a_companys_department_line_is_no_organisation_but_an_agencys_bureau_is_kept(tmp_path):
    g = _exported(tmp_path, _build(tmp_path, CLERK_MAIL))
    names = {n["id"]: n["name"] for n in g["nodes"]}
    assert not any(n["name"] == "Fulfillment & Logistics" for n in g["nodes"])
    member = {(names[e["source"]], names[e["target"]]) for e in g.get("links", g.get("edges", []))
              if e["type"] == "MEMBER_OF"}
    assert ("Wren Abernethy", "Lumenfield") in member
