#!/usr/bin/env python3
"""Write probe CG: an invented Maildir release (release/cur, release/new) and its gold.json.

Everything is fiction: a 3D crime-scene scanning vendor (Keystrand Scan Systems), a state crime
laboratory (Tallgrass State Crime Laboratory) and a county sheriff's major crimes unit (Harlan Peak
County Sheriff's Office). Times are America/Denver. Run: python make_release.py (rewrites both).
"""
from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
TZ = ZoneInfo("America/Denver")

# ---------------------------------------------------------------- people
P = {
    # vendor
    "dalton": ("Dalton Reyburn", "dalton.reyburn@keystrandscan.com"),
    "marisol": ("Marisol Vantreece", "marisol.vantreece@keystrandscan.com"),
    "garrett": ("Garrett Lindqvist", "garrett.lindqvist@keystrandscan.com"),
    "sabine": ("Sabine Corrigan", "sabine.corrigan@keystrandscan.com"),
    # state crime lab
    "corinne": ("Corinne Hadley", "corinne.hadley@tscl.tallgrass.gov"),
    "tobias": ("Tobias Wrenfield", "tobias.wrenfield@tscl.tallgrass.gov"),
    "annika": ("Annika Brosseau", "annika.brosseau@tscl.tallgrass.gov"),
    "lyle": ("Lyle Fenstermacher", "lyle.fenstermacher@tscl.tallgrass.gov"),
    # sheriff
    "wade": ("Wade Kostelnik", "wkostelnik@harlanpeakso.org"),
    "maribel": ("Maribel Ostrander", "mostrander@harlanpeakso.org"),
    "hollis": ("Hollis Bramwell", "hbramwell@harlanpeakso.org"),
    "renner": ("Renner Osgood", "rosgood@harlanpeakso.org"),
    # third parties
    "ivan": ("Ivan Petrakis", "ipetrakis@dolorsgap-pd.org"),
    "fern": ("Fern Maddox", "fern.maddox@icsaa-west.org"),
}

SIG = {
    "dalton": "Dalton Reyburn\nRegional Account Manager, Mountain West\nKeystrand Scan Systems\nc. 720-555-0148",
    "marisol": "Marisol Vantreece\nInside Sales Coordinator\nKeystrand Scan Systems\n303-555-0192",
    "garrett": "Garrett Lindqvist\nSolutions Engineer\nKeystrand Scan Systems\n303-555-0177 | support line 800-555-0110",
    "sabine": "Sabine Corrigan, Marketing Manager, Keystrand Scan Systems",
    "corinne": "Corinne Hadley\nCrime Scene Supervisor\nCrime Scene Response Unit\nTallgrass State Crime Laboratory\n(970) 555-0133",
    "tobias": "Tobias Wrenfield\nForensic Scientist II\nCrime Scene Response Unit | Tallgrass State Crime Laboratory\n(970) 555-0139",
    "annika": "Annika Brosseau, Ph.D.\nLaboratory Director\nTallgrass State Crime Laboratory\n(970) 555-0100",
    "lyle": "Lyle Fenstermacher\nProcurement Officer\nFiscal Services\nTallgrass State Crime Laboratory\n(970) 555-0116",
    "wade": "Det. Sgt. Wade Kostelnik\nMajor Crimes Unit\nHarlan Peak County Sheriff's Office\n719-555-0161",
    "maribel": "Det. Maribel Ostrander\nMajor Crimes Unit | Harlan Peak County Sheriff's Office\n719-555-0164",
    "hollis": "Lt. Hollis Bramwell\nCommander, Major Crimes Unit\nHarlan Peak County Sheriff's Office\n719-555-0160",
    "ivan": "Det. Ivan Petrakis\nDolores Gap Police Department\n719-555-0187",
    "fern": "Fern Maddox\nBulletin Editor\nIntermountain Crime Scene Analysts Association",
}
IPHONE = "\n\nSent from my iPhone"


def addr(k):
    n, e = P[k]
    return f"{n} <{e}>"


def at(y, mo, d, h, mi):
    return datetime(y, mo, d, h, mi, tzinfo=TZ)


MSGS: list[dict] = []


def msg(mid, when, frm, to, subject, body, cc=(), parent=None, html=None, folder="cur"):
    m = dict(id=mid, when=when, frm=frm, to=list(to), cc=list(cc), subject=subject, body=body,
             parent=parent, html=html, folder=folder)
    MSGS.append(m)
    return m


def get(mid):
    return next(m for m in MSGS if m["id"] == mid)


def hdr_time(dt):
    return dt.strftime("%a, %b %-d, %Y at %-I:%M %p")


def quote_iphone(mid):
    p = get(mid)
    t = p["when"].strftime("%b %-d, %Y, at %-I:%M %p")
    lines = p["full"].splitlines()
    return f"\n\n> On {t}, {P[p['frm']][0]} <{P[p['frm']][1]}> wrote:\n>\n" + "\n".join("> " + x if x else ">" for x in lines)


def quote_outlook(mid):
    p = get(mid)
    to = "; ".join(P[k][0] for k in p["to"])
    cc = "; ".join(P[k][0] for k in p["cc"])
    h = (f"\n\n________________________________\nFrom: {P[p['frm']][0]} <{P[p['frm']][1]}>\n"
         f"Sent: {p['when'].strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\n")
    if cc:
        h += f"Cc: {cc}\n"
    return h + f"Subject: {p['subject']}\n\n{p['full']}"


def fwd_gmail(mid):
    p = get(mid)
    to = ", ".join(addr(k) for k in p["to"])
    h = (f"\n\n---------- Forwarded message ---------\nFrom: {addr(p['frm'])}\nDate: {hdr_time(p['when'])}\n"
         f"Subject: {p['subject']}\nTo: {to}\n")
    if p["cc"]:
        h += "Cc: " + ", ".join(addr(k) for k in p["cc"]) + "\n"
    return h + "\n" + p["full"]


def fwd_iphone(mid):
    p = get(mid)
    to = ", ".join(addr(k) for k in p["to"])
    return (f"\n\nBegin forwarded message:\n\n> From: {addr(p['frm'])}\n> Date: {p['when'].strftime('%B %-d, %Y at %-I:%M:%S %p MDT')}\n"
            f"> To: {to}\n> Subject: {p['subject']}\n>\n" + "\n".join("> " + x if x else ">" for x in p["full"].splitlines()))


# ---------------------------------------------------------------- the release
def build():
    m = msg("m01", at(2025, 8, 19, 9, 12), "marisol", ["corinne"], "Quote Q-2291 - Vantage X9 scene package",
            "Hi Corinne,\n\nAs promised, here is quote Q-2291 for the scene package we talked about:\n\n"
            "  Vantage X9 laser scanner ........................ $48,500.00\n"
            "  TriLock Tripod Kit ................................ $1,150.00\n"
            "  SceneForge Pro diagramming licence (1 yr) ......... $1,200.00\n"
            "  Scan Operator Certification (per seat) ............ $1,895.00\n\n"
            "Pricing is good through October 31. Let me know if Fiscal needs it on a different form.\n\n"
            "Best,\n" + SIG["marisol"], cc=["dalton"])
    msg("m02", at(2025, 8, 19, 10, 3), "corinne", ["marisol"], "RE: Quote Q-2291 - Vantage X9 scene package",
        "thx Marisol, will route to fiscal." + IPHONE + "\n", cc=["dalton"], parent="m01", folder="cur")
    get("m02")["quote"] = "iphone"
    msg("m03", at(2025, 8, 21, 14, 30), "dalton", ["corinne"], "Demo X9 for your eval",
        "Corinne,\n\nGood talking Tuesday. I'll bring a demo Vantage X9 by the lab next week so your team can run it on "
        "the mock scene before the purchase goes through. 30 days is usual, longer is fine.\n\nDalton\n\n" + SIG["dalton"])
    msg("m04", at(2025, 8, 25, 8, 0), "dalton", ["annika"], "Introduction - Keystrand Scan Systems",
        "Dr. Brosseau,\n\nI cover the Mountain West for Keystrand and have been working with Corinne's team on scene "
        "documentation. I'd welcome 20 minutes to introduce myself whenever your calendar allows.\n\nRegards,\n\n" + SIG["dalton"])
    msg("m05", at(2025, 8, 25, 8, 1), "annika", ["dalton"], "Automatic reply: Introduction - Keystrand Scan Systems",
        "I am out of the office through September 2 with limited access to email. For laboratory matters please "
        "contact the front office at (970) 555-0100.\n\nAnnika Brosseau")
    msg("m06", at(2025, 8, 28, 16, 40), "garrett", ["tobias"], "Scheduling X9 setup + walkthrough",
        "Hi Tobias,\n\nDalton says the demo unit lands Monday. I can come out Tuesday or Wednesday morning to set it up "
        "and do a 2 hr walkthrough. Which works?\n\nGarrett\n\n" + SIG["garrett"])
    msg("m07", at(2025, 8, 28, 17, 2), "tobias", ["garrett"], "RE: Scheduling X9 setup + walkthrough",
        "Tues 9am works. Park in the visitor lot, I'll meet you at the front desk. thx", parent="m06")
    get("m07")["quote"] = "outlook"
    msg("m08", at(2025, 9, 4, 11, 15), "dalton", ["wade"], "Loaner X9 for Birchwood",
        "Sgt. Kostelnik,\n\nPer our call, a loaner Vantage X9 ships to your office today so you can scan the Birchwood "
        "residence before it is released. It's a loaner, so please send it back with the prepaid label when you're "
        "done.\n\nDalton\n\n" + SIG["dalton"], cc=["maribel"])
    msg("m09", at(2025, 9, 5, 13, 0), "dalton", ["corinne"], "Reality Capture Summit - Scottsdale",
        "Hi Corinne,\n\nWe'd love to have you at our Reality Capture Summit in Scottsdale, Oct 14-16. Keystrand will "
        "cover your airfare and two nights at the resort, roughly $1,300 all in. You'd be on the user panel Wednesday "
        "afternoon.\n\nLet me know and Marisol will book it.\n\nDalton\n\n" + SIG["dalton"])
    msg("m10", at(2025, 9, 5, 13, 47), "corinne", ["annika"], "Fwd: Reality Capture Summit - Scottsdale",
        "FYI - ok to accept? pls advise" + IPHONE, parent="m09")
    get("m10")["quote"] = "fwd_iphone"
    msg("m11", at(2025, 9, 6, 8, 10), "annika", ["lyle"], "FW: Reality Capture Summit - Scottsdale",
        "Lyle - pls check this against the gift policy before I sign off.\n\nA.", parent="m10")
    get("m11")["quote"] = "fwd_gmail"
    msg("m12", at(2025, 9, 8, 10, 22), "lyle", ["corinne"], "FW: Reality Capture Summit - Scottsdale",
        "Corinne,\n\nCleared as vendor-sponsored training under section 4.3(b). Log it on the disclosure form when you "
        "get back. Thx\n\n" + SIG["lyle"], cc=["annika"], parent="m11")
    get("m12")["quote"] = "fwd_gmail"
    msg("m13", at(2025, 9, 10, 9, 30), "garrett", ["tobias"], "Seat in the October certification",
        "Tobias,\n\nI've held a seat for you in the October Scan Operator Certification class in Golden. The seat is "
        "normally $1,895, but we're waiving it, so there's no charge to you or the lab. Class runs Oct 6-8.\n\n"
        "Garrett\n\n" + SIG["garrett"])
    msg("m14", at(2025, 9, 10, 10, 5), "tobias", ["garrett"], "RE: Seat in the October certification",
        "Awesome, thx Garrett! I'm in. Will clear it w/ Corinne." + IPHONE, parent="m13")
    get("m14")["quote"] = "iphone"
    msg("m15", at(2025, 9, 12, 7, 0), "fern", ["corinne", "tobias"], "ICSAA Bulletin - fall regional training",
        "Members,\n\nRegistration is open for the fall regional training in Pueblo (Nov 7). Topics: bloodstain "
        "documentation, drone photogrammetry, and courtroom exhibits. Seats are limited to 60.\n\n"
        "Dues reminders go out next week.\n\n" + SIG["fern"])
    msg("m16", at(2025, 9, 18, 15, 20), "maribel", ["dalton"], "RE: Loaner X9 for Birchwood",
        "Dalton - loaner went back today w/ your prepaid label, tracking 1Z 84W 0931 7720. Thanks for the quick "
        "turnaround on it." + IPHONE, cc=["wade"], parent="m08")
    get("m16")["quote"] = "iphone"
    msg("m17", at(2025, 9, 22, 14, 10), "dalton", ["wade"], "Saturday",
        "Wade,\n\nGot two seats for Saturday's hockey game with your name on them. $240 for the pair, but they're on "
        "me. Tickets are in your inbox from the box office. Enjoy.\n\nD\n\n" + SIG["dalton"])
    msg("m18", at(2025, 9, 22, 14, 55), "wade", ["dalton"], "RE: Saturday",
        "Much appreciated, Dalton." + IPHONE, parent="m17")
    get("m18")["quote"] = "iphone"
    msg("m19", at(2025, 9, 29, 16, 5), "dalton", ["wade"], "Diagrams for Birchwood",
        "Wade,\n\nSo you can draw up the Birchwood scene for the DA, Garrett is turning on a complimentary SceneForge "
        "Pro seat for you this week (normally $1,200 a year). Nothing to sign.\n\nDalton\n\n" + SIG["dalton"], cc=["garrett"])
    msg("m20", at(2025, 9, 30, 9, 40), "garrett", ["wade"], "Your SceneForge Pro seat",
        "Hi Wade,\n\nYour SceneForge Pro seat is live. Sign in with your harlanpeakso.org address; the first year is "
        "on us. Quick-start videos are under Help > Tutorials.\n\nGarrett\n\n" + SIG["garrett"], cc=["dalton"])
    msg("m21", at(2025, 10, 2, 11, 5), "lyle", ["marisol"], "PO 25-0613 - Vantage X9",
        "Marisol,\n\nAttached is purchase order 25-0613 for one Vantage X9 and one SceneForge Pro annual licence, "
        "$49,700.00 total, against quote Q-2291. Please invoice Fiscal Services at the address on the PO.\n\n" + SIG["lyle"])
    msg("m22", at(2025, 10, 3, 8, 45), "marisol", ["lyle"], "RE: PO 25-0613 - Vantage X9",
        "Hi Lyle,\n\nThanks! Invoice INV-88412 is attached, net 30. The unit ships from Golden on Monday.\n\n" + SIG["marisol"], parent="m21")
    get("m22")["quote"] = "outlook"
    msg("m23", at(2025, 10, 7, 12, 30), "dalton", ["hollis"], "Dinner Thursday?",
        "Lt. Bramwell,\n\nSince you're in Denver for the command meeting Thursday, let me take you to dinner at the "
        "steakhouse across from the convention center. My treat.\n\nDalton\n\n" + SIG["dalton"])
    msg("m24", at(2025, 10, 7, 13, 2), "hollis", ["dalton"], "RE: Dinner Thursday?",
        "Sounds good. 6:30?" + IPHONE, parent="m23")
    get("m24")["quote"] = "iphone"
    msg("m25", at(2025, 10, 10, 7, 50), "hollis", ["dalton"], "Thanks",
        "Dalton, thanks again for dinner last night. Good conversation.\n\nHollis\n\n" + SIG["hollis"])
    msg("m26", at(2025, 10, 14, 10, 20), "marisol", ["maribel"], "Thank you for the loaner survey",
        "Hi Det. Ostrander,\n\nThank you for filling out our loaner program survey! As a thank-you, a $100 Visa gift "
        "card is on its way to you by email.\n\nWarmly,\n" + SIG["marisol"])
    msg("m27", at(2025, 10, 20, 15, 35), "dalton", ["annika"], "Holiday wine for the lab",
        "Annika,\n\nWe'd like to send a case of wine over for the lab's holiday party as a thank-you for a great first "
        "year. Who should I have it delivered to?\n\nDalton\n\n" + SIG["dalton"])
    msg("m28", at(2025, 10, 21, 9, 5), "annika", ["dalton"], "RE: Holiday wine for the lab",
        "Dalton,\n\nThat's kind of you, but state ethics rules don't allow us to accept it, so please don't send it. "
        "We appreciate the thought.\n\n" + SIG["annika"], parent="m27")
    get("m28")["quote"] = "outlook"
    msg("m29", at(2025, 10, 28, 14, 0), "hollis", ["renner"], "Scene documentation - recommendation",
        "Capt. Osgood,\n\nAhead of budget hearings: I recommend we standardize on Keystrand Scan Systems for scene "
        "documentation countywide. Their scanner cut our Birchwood processing time from two days to six hours and "
        "their support has been first rate. Happy to walk the command staff through it.\n\n" + SIG["hollis"])
    msg("m30", at(2025, 11, 4, 10, 12), "wade", ["ivan"], "RE: scanner question",
        "Ivan - short answer, go with the Vantage X9. Best tool we've put in the field in years, you'll wonder how you "
        "worked scenes without it. Use my referral code KOST-MCU-250 when you call Keystrand and they'll take $250 off."
        + IPHONE)
    msg("m31", at(2025, 11, 5, 8, 30), "ivan", ["wade"], "RE: scanner question",
        "thx Wade, will pass it up to my LT.\n\n" + SIG["ivan"], parent="m30")
    get("m31")["quote"] = "iphone"
    msg("m32", at(2025, 11, 6, 16, 45), "wade", ["maribel", "hollis"], "Jackets",
        "FYI Keystrand sent a box of soft-shell jackets and ball caps for the unit. In the break room, grab your size "
        "before patrol finds them." + IPHONE)
    msg("m33", at(2025, 11, 12, 11, 0), "dalton", ["corinne"], "The demo X9",
        "Corinne,\n\nAbout the demo X9 your unit has had since August: don't bother shipping it back. Keep it for the "
        "unit as a second field scanner.\n\nDalton\n\n" + SIG["dalton"])
    msg("m34", at(2025, 11, 12, 11, 26), "corinne", ["dalton"], "RE: The demo X9",
        "Wow. thx Dalton!!" + IPHONE, parent="m33")
    get("m34")["quote"] = "iphone"
    msg("m35", at(2025, 11, 19, 13, 15), "dalton", ["wade", "hollis"], "Tripod kit for the unit",
        "Wade, Lt. Bramwell,\n\nI left a TriLock Tripod Kit at your front desk for the Major Crimes Unit. It lists at "
        "$1,150, but there's no invoice coming. Should make the next scan a lot easier on the knees.\n\nDalton\n\n" + SIG["dalton"])
    html = ("<html><body><h2>Keystrand Field Notes, November</h2>"
            "<p>Hello from Keystrand!</p>"
            "<p><b>Customer spotlight:</b> &ldquo;I&rsquo;d recommend the Vantage X9 to any lab that processes major "
            "scenes. It has changed how we document,&rdquo; says Corinne Hadley, Crime Scene Supervisor at the "
            "Tallgrass State Crime Laboratory.</p>"
            "<p><b>Fall offer:</b> every customer can use promo code FALL15 for 15% off SceneForge Pro renewals "
            "through December 31.</p>"
            "<p>Sabine Corrigan, Marketing Manager, Keystrand Scan Systems</p>"
            "<p style='font-size:9px'>You are receiving this because you are a Keystrand customer. Unsubscribe.</p>"
            "</body></html>")
    msg("m36", at(2025, 11, 20, 9, 0), "sabine", ["corinne"], "Keystrand Field Notes - November", None, html=html, folder="new")
    msg("m37", at(2025, 11, 24, 16, 20), "corinne", ["fern"], "For the bulletin Q&A",
        "Hi Fern,\n\nA few members asked on the list which scanner vendor we went with. It was Keystrand. If anyone "
        "orders, my referral code HADLEY-CSRU gets them 10% off. Feel free to run it in the Q&A.\n\n" + SIG["corinne"])
    msg("m38", at(2025, 12, 1, 10, 0), "marisol", ["tobias"], "Thanks for the case study!",
        "Hi Tobias,\n\nThank you for sitting down with us for the case study interview. A $50 coffee card is headed to "
        "your inbox as a small thank-you.\n\nMarisol\n\n" + SIG["marisol"], folder="new")
    msg("m39", at(2025, 12, 2, 14, 40), "tobias", ["garrett"], "firmware fix",
        "Garrett - thanks for pushing the firmware fix so fast. Scanner's back to normal.\n\nTobias\n\n" + SIG["tobias"], folder="new")
    msg("m40", at(2025, 12, 2, 15, 5), "garrett", ["tobias"], "RE: firmware fix",
        "Anytime. Ping me if the level sensor acts up again." + IPHONE, parent="m39", folder="new")
    get("m40")["quote"] = "iphone"
    msg("m41", at(2025, 12, 8, 9, 30), "dalton", ["hollis", "corinne"], "Holiday coverage",
        "Hi all,\n\nI'm out Dec 22 - Jan 2. Marisol is covering orders and Garrett has support as usual.\n\nDalton\n\n" + SIG["dalton"],
        cc=["marisol"], folder="new")


def render():
    for m in MSGS:
        full = m["body"] or ""
        q = m.get("quote")
        if q == "iphone":
            full += quote_iphone(m["parent"])
        elif q == "outlook":
            full += quote_outlook(m["parent"])
        elif q == "fwd_gmail":
            full += fwd_gmail(m["parent"])
        elif q == "fwd_iphone":
            full += fwd_iphone(m["parent"])
        m["full"] = full


def write():
    rel = HERE / "release"
    if rel.exists():
        shutil.rmtree(rel)
    for d in ("cur", "new"):
        (rel / d).mkdir(parents=True)
    for i, m in enumerate(MSGS):
        e = EmailMessage()
        e["From"] = addr(m["frm"])
        e["To"] = ", ".join(addr(k) for k in m["to"])
        if m["cc"]:
            e["Cc"] = ", ".join(addr(k) for k in m["cc"])
        e["Subject"] = m["subject"]
        e["Date"] = format_datetime(m["when"])
        e["Message-ID"] = f"<{m['id']}.{int(m['when'].timestamp())}@mail.example-cg.invalid>"
        if m["parent"]:
            e["In-Reply-To"] = f"<{m['parent']}.{int(get(m['parent'])['when'].timestamp())}@mail.example-cg.invalid>"
        if m["html"]:
            e.set_content(m["html"], subtype="html")
        else:
            e.set_content(m["full"] + "\n")
        ts = int(m["when"].timestamp())
        name = f"{ts}.M{100000 + i * 37}P{4200 + i}.mx2.cg-mail"
        if m["folder"] == "cur":
            name += ":2,S"
        (rel / m["folder"] / name).write_bytes(bytes(e))


# ---------------------------------------------------------------- gold
ORGS = {
    "org_keystrand": ("organization", "Keystrand Scan Systems", ["Keystrand"]),
    "org_tscl": ("organization", "Tallgrass State Crime Laboratory", []),
    "div_csru": ("division", "Crime Scene Response Unit", []),
    "div_fiscal": ("division", "Fiscal Services", []),
    "org_hpcso": ("organization", "Harlan Peak County Sheriff's Office", []),
    "div_mcu": ("division", "Major Crimes Unit", []),
    "org_dgpd": ("organization", "Dolores Gap Police Department", []),
    "org_icsaa": ("organization", "Intermountain Crime Scene Analysts Association", ["ICSAA"]),
}
PRODUCTS = {
    "prod_x9": ("Vantage X9", ["X9"]),
    "prod_trilock": ("TriLock Tripod Kit", []),
    "prod_sceneforge": ("SceneForge Pro", []),
    "prod_cert": ("Scan Operator Certification", []),
}
CODES = ["KOST-MCU-250", "HADLEY-CSRU", "FALL15"]
PERSON = {  # key: (role, member_of, affiliation org, aliases)
    "dalton": ("vendor_employee", "org_keystrand", "org_keystrand", ["Dalton"]),
    "marisol": ("vendor_employee", "org_keystrand", "org_keystrand", ["Marisol"]),
    "garrett": ("vendor_employee", "org_keystrand", "org_keystrand", ["Garrett"]),
    "sabine": ("vendor_employee", "org_keystrand", "org_keystrand", []),
    "corinne": ("officer", "div_csru", "org_tscl", ["Corinne"]),
    "tobias": ("officer", "div_csru", "org_tscl", ["Tobias"]),
    "annika": ("officer", "org_tscl", "org_tscl", ["Dr. Brosseau"]),
    "lyle": ("officer", "div_fiscal", "org_tscl", ["Lyle"]),
    "wade": ("officer", "org_hpcso", "org_hpcso", ["Sgt. Kostelnik", "Det. Sgt. Wade Kostelnik"]),
    "maribel": ("officer", "org_hpcso", "org_hpcso", ["Det. Ostrander"]),
    "hollis": ("officer", "div_mcu", "org_hpcso", ["Lt. Bramwell"]),
    "renner": ("officer", "org_hpcso", "org_hpcso", ["Capt. Osgood"]),
    "ivan": ("other", "org_dgpd", "org_dgpd", []),
    "fern": ("other", "org_icsaa", "org_icsaa", []),
}


def pid(k):
    return "p_" + k


def msg_ids():
    return {m["id"]: "msg_" + m["id"] for m in MSGS}


def rel(t, s, d, mid, quote, value=None, items=()):
    r = {"type": t, "source": s, "target": d, "messages": ["msg_" + mid],
         "evidence": [{"message": "msg_" + mid, "quote": quote}]}
    if t == "GIFT":
        r["value_usd"] = value
        r["items"] = [{"product": p, "quantity": 1} for p in items]
    return r


def gold():
    ents = []
    for k, (n, e) in P.items():
        role, _, aff, aliases = PERSON[k]
        ents.append({"id": pid(k), "kind": "person", "name": n, "aliases": aliases, "emails": [e], "role": role,
                     "affiliation": aff})
    for i, (kind, n, al) in ORGS.items():
        ents.append({"id": i, "kind": kind, "name": n, "aliases": al})
    for i, (n, al) in PRODUCTS.items():
        ents.append({"id": i, "kind": "product", "name": n, "aliases": al})
    for c in CODES:
        ents.append({"id": "code_" + c.lower().replace("-", "_"), "kind": "code", "name": c, "aliases": []})
    msgs = [{"id": "msg_" + m["id"], "sent": m["when"].isoformat(), "subject": m["subject"], "from": pid(m["frm"]),
             "to": [pid(k) for k in m["to"]], "cc": [pid(k) for k in m["cc"]]} for m in MSGS]
    R = []
    g = lambda *a, **k: R.append(rel("GIFT", *a, **k))  # noqa: E731
    g(pid("dalton"), "div_csru", "m33", "Keep it for the unit as a second field scanner.", items=["prod_x9"])
    g(pid("dalton"), "div_mcu", "m35", "I left a TriLock Tripod Kit at your front desk for the Major Crimes Unit. It lists at $1,150, but there's no invoice coming.",
      value=1150, items=["prod_trilock"])
    g(pid("garrett"), pid("tobias"), "m13", "The seat is normally $1,895, but we're waiving it, so there's no charge to you or the lab.",
      value=1895, items=["prod_cert"])
    g(pid("dalton"), pid("wade"), "m17", "Got two seats for Saturday's hockey game with your name on them. $240 for the pair, but they're on me.", value=240)
    g(pid("marisol"), pid("maribel"), "m26", "As a thank-you, a $100 Visa gift card is on its way to you by email.", value=100)
    g(pid("dalton"), pid("hollis"), "m23", "let me take you to dinner at the steakhouse across from the convention center. My treat.")
    R[-1]["messages"].append("msg_m25")
    R[-1]["evidence"].append({"message": "msg_m25", "quote": "thanks again for dinner last night"})
    g("org_keystrand", "div_mcu", "m32", "Keystrand sent a box of soft-shell jackets and ball caps for the unit.")
    g(pid("dalton"), pid("corinne"), "m09", "Keystrand will cover your airfare and two nights at the resort, roughly $1,300 all in.", value=1300)
    g(pid("garrett"), pid("wade"), "m19", "Garrett is turning on a complimentary SceneForge Pro seat for you this week (normally $1,200 a year).",
      value=1200, items=["prod_sceneforge"])
    R[-1]["messages"].append("msg_m20")
    R[-1]["evidence"].append({"message": "msg_m20", "quote": "the first year is on us."})
    g(pid("marisol"), pid("tobias"), "m38", "A $50 coffee card is headed to your inbox as a small thank-you.", value=50)
    R.append(rel("REFERRAL", pid("wade"), "org_keystrand", "m30", "Use my referral code KOST-MCU-250 when you call Keystrand and they'll take $250 off."))
    R.append(rel("REFERRAL", pid("corinne"), "org_keystrand", "m37", "If anyone orders, my referral code HADLEY-CSRU gets them 10% off."))
    R.append(rel("PROMOTED", pid("hollis"), "org_keystrand", "m29", "I recommend we standardize on Keystrand Scan Systems for scene documentation countywide."))
    R.append(rel("PROMOTED", pid("wade"), "prod_x9", "m30", "short answer, go with the Vantage X9. Best tool we've put in the field in years"))
    R.append(rel("PROMOTED", pid("corinne"), "prod_x9", "m36", "I'd recommend the Vantage X9 to any lab that processes major scenes."))
    for k, (_, mem, _, _) in PERSON.items():
        R.append({"type": "MEMBER_OF", "source": pid(k), "target": mem})
    cnt = Counter()
    ev = {}
    for m in MSGS:
        for r in m["to"] + m["cc"]:
            cnt[(m["frm"], r)] += 1
            ev.setdefault((m["frm"], r), "msg_" + m["id"])
    for (s, d), c in cnt.items():
        R.append({"type": "EMAILED", "source": pid(s), "target": pid(d), "count": c, "messages": [ev[(s, d)]]})
    out = {"about": "probe CG, see probe.json", "entities": ents, "messages": msgs, "relations": R}
    (HERE / "gold.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    render()
    write()
    gold()
    print(f"{len(MSGS)} messages")
