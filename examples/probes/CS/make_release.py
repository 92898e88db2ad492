"""Build probe CS: an invented EMS-equipment vendor and an invented county EMS agency, printed from Gmail.

Run with a Python that has reportlab:  /tmp/rl-venv/bin/python make_release.py
Writes release.pdf and gold.json beside this file. Every name, address, product and code is invented.
"""
import json
import textwrap
import os
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("America/Chicago")

# ---------------------------------------------------------------- people
P = {
    "dane": ("Dane Whitacre", "vendor_employee", "org_havenrock"),
    "kelsey": ("Kelsey Orlov", "vendor_employee", "org_havenrock"),
    "marcus": ("Marcus Tibbens", "vendor_employee", "org_havenrock"),
    "priya": ("Priya Lanehart", "vendor_employee", "org_havenrock"),
    "tricia": ("Tricia Bowe", "vendor_employee", "org_havenrock"),
    "aske": ("Roland Aske", "officer", "org_tcems"),
    "brenna": ("Brenna Halvorsen", "officer", "org_tcems"),
    "luis": ("Luis Obregon", "officer", "org_tcems"),
    "jenna": ("Jenna Pruitt", "officer", "org_tcems"),
    "estabrook": ("Miriam Estabrook", "officer", "org_tcems"),
    "travis": ("Travis Kimbrough", "officer", "org_tcems"),
    "gwen": ("Gwen Sorensen", "officer", "org_tcems"),
    "voss": ("Harlan Voss", "officer", None),  # the release never prints his agency's name (only "Bracken")
}
A = {  # address keys
    "dane": "dane.whitacre@havenrockmed.com",
    "kelsey": "kelsey.orlov@havenrockmed.com",
    "marcus": "marcus.tibbens@havenrockmed.com",
    "priya": "priya.lanehart@havenrockmed.com",
    "tricia": "orders@havenrockmed.com",
    "aske": "raske@tallowfieldcounty.gov",
    "aske_y": "rolandaske@yahoo.com",
    "brenna": "bhalvorsen@tallowfieldcounty.gov",
    "brenna_g": "brenna.halvorsen77@gmail.com",
    "luis": "lobregon@tallowfieldcounty.gov",
    "luis_o": "lobregon.medic@outlook.com",
    "jenna": "jpruitt@tallowfieldcounty.gov",
    "estabrook": "mestabrook@tallowfieldcounty.gov",
    "travis": "tkimbrough@tallowfieldcounty.gov",
    "gwen": "gsorensen@tallowfieldcounty.gov",
    "voss": "hvoss@brackencounty.org",
    "academy": "academy@havenrockmed.com",
}
NAME_OF_ADDR = {
    "academy": "Havenrock Academy",
    "tricia": "Tricia Bowe",
}


def who(addr_key):
    """(display name, address, person key) for an address key."""
    pkey = addr_key.split("_")[0]
    if addr_key in NAME_OF_ADDR:
        return NAME_OF_ADDR[addr_key], A[addr_key], (pkey if pkey in P else addr_key)
    return P[pkey][0], A[addr_key], pkey


SIG = {
    "dane": ["Dane Whitacre", "Territory Sales Manager | Havenrock Medical Systems", "c: (469) 555-0142",
             "Lift smarter. Save backs."],
    "kelsey": ["Kelsey Orlov, RN", "Clinical Sales Specialist", "Havenrock Medical Systems", "(817) 555-0178"],
    "marcus": ["Marcus Tibbens", "Regional Vice President, Sales", "Havenrock Medical Systems",
               "o: (214) 555-0109"],
    "priya": ["Priya Lanehart", "Program Manager, Havenrock Academy", "CAPCE-accredited continuing education",
              "(214) 555-0163"],
    "tricia": ["Tricia Bowe", "Customer Service Representative", "Havenrock Medical Systems",
               "1-800-555-0100 opt. 2"],
    "aske": ["Roland Aske", "EMS Chief", "Tallowfield County EMS", "(903) 555-0120"],
    "brenna": ["Brenna Halvorsen", "Deputy Chief, EMS Operations Division", "Tallowfield County EMS",
               "(903) 555-0131"],
    "luis": ["Luis Obregon, NRP", "Paramedic Field Supervisor", "EMS Operations Division | Tallowfield County EMS",
             "(903) 555-0187"],
    "jenna": ["Jenna Pruitt, MEd, NRP", "Clinical Education Coordinator", "Clinical Education Unit",
              "Tallowfield County EMS"],
    "estabrook": ["Miriam Estabrook, MD", "Medical Director", "Office of the Medical Director",
                  "Tallowfield County EMS"],
    "travis": ["Travis Kimbrough", "Fleet & Logistics Manager", "Fleet & Logistics Section",
               "Tallowfield County EMS | (903) 555-0155"],
    "gwen": ["Gwen Sorensen, CPPB", "Procurement Officer", "Tallowfield County Purchasing Division",
             "(903) 555-0199"],
    "voss": ["Harlan Voss", "EMS Chief", "Bracken County EMS"],
}


def msg(mid, frm, to, cc, when, body, sig=None, quote=None, forward=None, subject=None, visible=True):
    return {"id": mid, "from": frm, "to": to, "cc": cc, "when": datetime.strptime(when, "%Y-%m-%d %H:%M"),
            "body": body, "sig": sig, "quote": quote, "forward": forward, "subject": subject, "visible": visible}


# ---------------------------------------------------------------- the mail
M = {}
THREADS = []


def thread(subject, *msgs):
    THREADS.append((subject, [m["id"] for m in msgs if m["visible"]]))
    for m in msgs:
        M[m["id"]] = m
        if m["subject"] is None:
            m["subject"] = subject


thread(
    "StrideLift X4 eval - Station 4",
    msg("m01", "dane", ["brenna"], ["luis"], "2024-11-12 09:12", [
        "Hey Brenna!!",
        "Great connecting at the state conference last week. As promised the demo StrideLift X4 powered cot is at "
        "Station 4 as of this morning, Luis signed for it. I also left a CardioVane 12 monitor w/ his crew as a "
        "30-day loaner so they can run it side by side with what u have now.",
        "Quick pitch (I know, I know): the X4 lifts 700 lb w/ one button, and our injury data from agencies ur size "
        "is honestly a game changer. Lmk what the crews think!!",
    ], sig="dane"),
    msg("m02", "luis_o", ["dane"], ["brenna"], "2024-11-13 18:48", [
        "Dane,",
        "Writing from my personal acct, county VPN is down again. Ran the X4 on six calls so far incl. a third-floor "
        "walk-up. Crews like the hydraulics a lot, battery's still at 80%. Only gripe is the mattress straps.",
        "Will send a full write-up at the end of the 30 days.",
        "Luis",
    ], quote="m01"),
    msg("m03", "dane", ["luis_o"], ["brenna"], "2024-11-14 08:05", [
        "ur the man Luis, thx for the quick feedback. new straps are on order.",
        "FYI no need to ship the demo X4 back when the eval's done - it's yours to keep. list on that unit is "
        "$24,900 but don't worry abt it :) the CardioVane loaner we do need back by 12/15 tho, it's promised to "
        "another agency.",
    ], sig="dane", quote="m02"),
    msg("m04", "brenna", ["dane"], ["luis_o"], "2024-11-14 10:30", [
        "Thanks Dane. We'll see how the 30 days go and circle back.",
        "Brenna",
    ], sig="brenna", quote="m03"),
)

thread(
    "Monitor loaner - return",
    msg("m05", "luis", ["kelsey"], ["brenna"], "2024-12-13 14:40", [
        "Hi Kelsey,",
        "Boxed the CardioVane 12 loaner back up this afternoon with the leads and both batteries. Return auth "
        "RA-55120 is on the label, tracking 7781 4420 0913. Thanks for letting us put it through its paces.",
    ], sig="luis"),
    msg("m06", "kelsey", ["luis"], ["brenna"], "2024-12-16 09:20", [
        "Got it this morning, everything's in good shape. Thanks Luis! I'll send the comparison report from the "
        "30 days over to Brenna this week.",
    ], sig="kelsey", quote="m05"),
)

thread(
    "Holiday baskets for the crews",
    msg("m07", "dane", ["brenna"], [], "2024-12-16 11:02", [
        "Happy holidays Brenna!!",
        "We're dropping off gift baskets for the crews at Station 4 and Station 11 on Thursday - smoked brisket, "
        "pecan pralines, cookies, the works. Just a lil thank-you from all of us at Havenrock for a great year. "
        "Who should I look for when I get there?",
    ], sig="dane"),
    msg("m08", "brenna", ["dane"], [], "2024-12-16 13:15", [
        "That's really kind, the crews will love it. B shift is on at both stations Thursday; the officer on duty "
        "will meet you at the bay door around 0900.",
        "Brenna",
    ], quote="m07"),
)

thread(
    "Fwd: dinner Thurs?",
    msg("m09", "dane", ["aske_y"], ["estabrook"], "2025-01-08 16:51", [
        "Chief, Doc - u free Thurs the 16th? Got a table at Ironhorn Steakhouse 7pm, dinner's on me. Wanna walk "
        "u both thru the CardioVane roadmap before it goes public. no slides, promise",
        "Dane",
    ], subject="dinner Thurs?", visible=False),
    msg("m10", "aske_y", ["dane"], ["estabrook"], "2025-01-08 19:22", [
        "Count me in. I'll drive in from the ranch, might be a few min late.",
        "Roland",
    ], quote="m09", subject="Re: dinner Thurs?", visible=False),
    msg("m11", "aske", ["brenna"], [], "2025-01-09 08:40", [
        "FYI - Havenrock is buying dinner Thursday for me and Doc Estabrook. Didn't want you to hear it secondhand. "
        "You're welcome to come along.",
        "R",
    ], forward="m10"),
)

thread(
    "Havenrock Academy Spring Resuscitation Summit - your seats",
    msg("m12", "priya", ["jenna"], ["brenna"], "2025-01-21 10:14", [
        "Hi Jenna,",
        "Our Spring Resuscitation Summit is March 27-28 at the Corbel Springs Conference Center - 14 hours of "
        "CAPCE-accredited CE, with the pit-crew CPR lab on day two.",
        "Registration is $495 per person, but I've gone ahead and comped seats for you and Luis Obregon, so there's "
        "nothing to pay. Just reply with any dietary needs and I'll get badges printed.",
        "Warmly,",
    ], sig="priya"),
    msg("m13", "jenna", ["priya"], ["brenna", "luis"], "2025-01-21 15:30", [
        "Priya, this is wonderful - thank you! Luis and I will both be there. Vegetarian for me, please.",
        "Jenna",
    ], sig="jenna", quote="m12"),
    msg("m14", "luis_o", ["jenna", "priya"], ["brenna"], "2025-01-22 06:10", [
        "appreciate it Priya, count me in. no dietary stuff.",
        "L",
    ], quote="m13"),
)

thread(
    "Cot standardization - my two cents",
    msg("m15", "brenna_g", ["aske"], ["luis", "travis", "jenna"], "2025-01-30 21:55", [
        "Chief,",
        "Sending from home so it's in your box before the staff meeting. After 60 days on the X4 I'd push hard for "
        "us to standardize on the StrideLift X4 across every front-line unit. Two lift injuries last year on the "
        "old manual cots, zero complaints on the X4, and the crews genuinely love it. It's the best cot I've seen "
        "in twenty years of doing this.",
        "Brenna",
    ]),
    msg("m16", "aske", ["brenna_g"], ["luis", "travis", "jenna"], "2025-01-31 07:12", [
        "Agreed. Let's get Gwen a requisition for two to start and build the rest into the FY26 capital request.",
        "Roland Aske",
    ], sig="aske", quote="m15"),
)

thread(
    "Quote Q-24117 - CardioVane 12 (qty 6)",
    msg("m17", "dane", ["brenna"], ["gwen", "travis"], "2025-02-04 11:30", [
        "Hi all -",
        "Attached is quote Q-24117 for (6) CardioVane 12 monitors w/ 12-lead, SpO2 and EtCO2, $31,200 ea, "
        "$187,200 total, valid 60 days. Pricing is per the regional cooperative contract.",
        "Happy to hop on a call anytime!!",
    ], sig="dane"),
    msg("m18", "gwen", ["dane"], ["brenna", "travis"], "2025-02-05 09:02", [
        "Thanks Dane. We'll route this through the cooperative contract review; expect questions from me by the "
        "end of next week.",
    ], sig="gwen", quote="m17"),
    msg("m19", "kelsey", ["travis"], ["dane", "brenna"], "2025-02-26 15:18", [
        "Hi Travis,",
        "Good news on the monitors - once the six units ship I'm adding the 3-year extended warranty on all of "
        "them, on the house. It's normally $1,150 a unit, so that's $6,900 you won't see on any invoice. Batteries "
        "and cables included.",
    ], sig="kelsey", quote="m18"),
    msg("m20", "travis", ["kelsey"], ["dane", "brenna"], "2025-02-26 17:02", [
        "Appreciate that Kelsey, that's a big help for my budget.",
        "Travis",
    ], quote="m19"),
)

thread(
    "Pecan Hollow - March 14",
    msg("m21", "marcus", ["travis"], ["dane", "brenna"], "2025-02-18 14:05", [
        "Travis -",
        "We've got a foursome reserved at Pecan Hollow Golf Club on Friday, March 14, tee time 8:40. Greens fees, "
        "carts and lunch at the turn are all taken care of - the foursome runs about $720 and it's on us. Grab "
        "three of your guys and come have some fun.",
        "Best,",
    ], sig="marcus"),
    msg("m22", "travis", ["marcus"], ["dane", "brenna"], "2025-02-18 16:47", [
        "Outstanding, thanks Marcus. I'll round up three from the shop.",
        "Travis",
    ], quote="m21"),
)

thread(
    "Re: a small thank-you",
    msg("m23", "dane", ["gwen"], [], "2025-03-03 09:12", [
        "Gwen - thx for getting the cot req moving so fast. Would love to send u a Havenrock cooler and a couple "
        "of our tumblers as a small thank-you, what's the best address?",
        "Dane",
    ], subject="a small thank-you", visible=False),
    msg("m24", "gwen", ["dane"], ["brenna"], "2025-03-03 10:41", [
        "Dane,",
        "I appreciate the thought, but I have to decline. County Ethics Policy 4.12 doesn't allow purchasing staff "
        "to accept anything of value from a vendor, whatever the amount. Please don't send it. Copying Deputy Chief "
        "Halvorsen so it's on record.",
    ], sig="gwen", quote="m23"),
)

thread(
    "Havenrock Academy Monthly - March",
    msg("m25", "academy", ["brenna"], [], "2025-03-05 07:00", [
        "HAVENROCK ACADEMY MONTHLY | March 2025",
        "New this spring: Pediatric Airway Refresher (2 CE hours), Stair Chair Operations for Volunteers, and the "
        "Spring Resuscitation Summit (March 27-28).",
        "Save on online courses: use promo code SPRINGCE25 at checkout for 15% off any online course through "
        "April 30. Open to all EMS professionals.",
        "You are receiving this because you subscribed at havenrockmed.com. Unsubscribe | Manage preferences",
    ]),
)

thread(
    "PO 25-00418 - StrideLift X4 (2)",
    msg("m26", "gwen", ["tricia"], ["brenna", "travis"], "2025-03-11 13:30", [
        "Good afternoon,",
        "Attached is Tallowfield County purchase order 25-00418 for two (2) StrideLift X4 powered cots at the "
        "contract price of $24,900 each, $49,800 total. Ship to Fleet Services, 4120 Quarry Road, Tallowfield. "
        "Please reference the PO number on your invoice.",
    ], sig="gwen"),
    msg("m27", "tricia", ["gwen"], ["brenna", "travis"], "2025-03-12 08:47", [
        "Hello Gwen,",
        "Thank you for your order. It is confirmed as sales order SO-771203; invoice INV-339021 will follow with "
        "the shipment. Estimated ship date is March 19.",
    ], sig="tricia", quote="m26"),
    msg("m28", "travis", ["tricia"], ["gwen", "brenna"], "2025-03-24 10:05", [
        "Tricia, both cots arrived this morning with no damage. Thanks for the quick turnaround - appreciate the "
        "good service.",
        "Travis",
    ], sig="travis", quote="m27"),
)

thread(
    "CardioVane mounting brackets",
    msg("m29", "brenna", ["travis"], [], "2025-03-17 11:00", [
        "Travis, can you check whether the CardioVane brackets fit the Type III boxes before the monitors land?",
        "B",
    ]),
    msg("m30", "travis", ["brenna"], [], "2025-03-17 11:01", [
        "Automatic reply: I'm out of the office through Friday 3/21 at the emergency vehicle technician conference "
        "with limited access to email. For fleet emergencies call the shop at (903) 555-0150.",
    ], subject="Automatic reply: CardioVane mounting brackets"),
)

thread(
    "crew advocate code",
    msg("m31", "luis_o", ["brenna", "jenna"], [], "2025-03-20 19:44", [
        "hey both -",
        "Havenrock signed me up as one of their Crew Advocates. if anybody from the volunteer depts is buying a "
        "ClimbRite 500 stair chair or signing up for Academy classes, have them use my code OBREGON10 at checkout. "
        "they get 10% off and I get credit on my account. spread the word!",
        "Luis",
    ]),
    msg("m32", "jenna", ["luis_o"], ["brenna"], "2025-03-21 08:15", [
        "lol ok salesman :) I'll pass it along to the adjunct instructors.",
        "J",
    ], quote="m31"),
)

thread(
    "CardioVane 12 brochure - OK to quote you?",
    msg("m33", "dane", ["estabrook"], ["brenna"], "2025-04-02 14:14", [
        "Doc -",
        "marketing's finishing the CardioVane 12 brochure. ok to use this w/ your name & title?",
        "\"The CardioVane 12 gives our crews a cleaner 12-lead in a moving rig than anything we've trialed.\" - "
        "Miriam Estabrook, MD, Medical Director, Tallowfield County EMS",
        "thx!!",
    ], sig="dane"),
    msg("m34", "estabrook", ["dane"], ["brenna"], "2025-04-03 07:45", [
        "Fine by me, Dane. You can add that our crews have been very happy with it and that I'd recommend it to any "
        "system our size.",
        "M. Estabrook",
    ], sig="estabrook", quote="m33"),
)

thread(
    "Re: cots",
    msg("m35", "voss", ["aske"], [], "2025-04-08 09:30", [
        "Roland, we're finally replacing our cots this budget cycle. Who'd you go with and would you do it again?",
        "Harlan",
    ], subject="cots", visible=False),
    msg("m36", "aske", ["voss"], ["brenna", "dane"], "2025-04-08 12:02", [
        "Harlan -",
        "Havenrock, no question. The StrideLift X4 has been bulletproof for us and Dane Whitacre's team answers the "
        "phone. I'd put them at the top of your list. Copying Dane so he can get you a demo.",
        "Roland",
    ], sig="aske", quote="m35"),
    msg("m37", "dane", ["voss"], ["aske", "brenna"], "2025-04-08 15:40", [
        "Chief Voss - great to meet u, and thx Chief Aske for the kind words!! Would love to get an X4 out to "
        "Bracken for a ride-along demo. Any day next week work?",
    ], sig="dane", quote="m36"),
)


# ---------------------------------------------------------------- the PDF
def gdate(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + str(int(d.strftime("%I"))) + d.strftime(":%M %p")


def addr_list(keys):
    return ", ".join(f"{who(k)[0]} <{who(k)[1]}>" for k in keys)


def body_lines(m):
    out = []
    for para in m["body"]:
        out.append(para)
        out.append("")
    if m["sig"]:
        out.append("--")
        out.extend(SIG[m["sig"]])
        out.append("")
    if m["quote"]:
        q = M[m["quote"]]
        n, a, _ = who(q["from"])
        out.append(f"On {gdate(q['when'])}, {n} <{a}> wrote:")
        for ln in body_lines(q):
            # plain-text mail is wrapped before it is quoted, so every quoted line keeps its marker
            for wl in (textwrap.wrap(ln, 76) or [""]):
                out.append("> " + wl if wl else ">")
    if m["forward"]:
        f = M[m["forward"]]
        n, a, _ = who(f["from"])
        out.append("---------- Forwarded message ---------")
        out.append(f"From: {n} <{a}>")
        out.append(f"Date: {gdate(f['when'])}")
        out.append(f"Subject: {f['subject']}")
        out.append(f"To: {addr_list(f['to'])}")
        if f["cc"]:
            out.append(f"Cc: {addr_list(f['cc'])}")
        out.append("")
        out.extend(body_lines(f))
    return out


def build_pdf(path):
    c = canvas.Canvas(path, pagesize=letter)
    W, H = letter
    left, right, top, bottom = 40, W - 40, H - 30, 50
    printed = "4/29/25, 2:41 PM"
    for ti, (subject, ids) in enumerate(THREADS):
        # lay out the conversation into pages first, to know m in n/m
        items = []  # (kind, payload)
        items.append(("subject", subject))
        items.append(("count", f"{len(ids)} message" + ("s" if len(ids) > 1 else "")))
        for mid in ids:
            m = M[mid]
            n, a, _ = who(m["from"])
            items.append(("rule", None))
            items.append(("from", (f"{n} <{a}>", gdate(m["when"]))))
            items.append(("meta", "To: " + addr_list(m["to"])))
            if m["cc"]:
                items.append(("meta", "Cc: " + addr_list(m["cc"])))
            items.append(("gap", None))
            for ln in body_lines(m):
                for wl in (simpleSplit(ln, "Helvetica", 9.5, right - left) or [""]):
                    items.append(("text", wl))
        pages, cur, y = [], [], top - 52
        for it in items:
            h = {"subject": 22, "count": 14, "rule": 10, "from": 14, "meta": 12, "gap": 6, "text": 12}[it[0]]
            if y - h < bottom:
                pages.append(cur)
                cur, y = [], top - 52
            cur.append((it, y))
            y -= h
        pages.append(cur)
        thid = 1816000000000000000 + ti * 7919131
        url = f"https://mail.google.com/mail/u/0/?ik=3f9a1c07be&view=pt&search=all&permthid=thread-f:{thid}&simpl=msg-f:{thid}"
        for pi, page in enumerate(pages, 1):
            c.setFont("Helvetica", 8)
            c.drawString(left, top, printed)
            c.drawCentredString(W / 2, top, f"Tallowfield County Mail - {subject}")
            c.setFont("Helvetica-Bold", 15)
            c.drawString(left, top - 30, "Gmail")
            c.setFont("Helvetica", 9)
            c.drawRightString(right, top - 30, "Brenna Halvorsen <bhalvorsen@tallowfieldcounty.gov>")
            c.line(left, top - 38, right, top - 38)
            for (kind, payload), yy in page:
                if kind == "subject":
                    c.setFont("Helvetica-Bold", 13)
                    c.drawString(left, yy - 6, payload)
                elif kind == "count":
                    c.setFont("Helvetica", 9)
                    c.drawString(left, yy, payload)
                elif kind == "rule":
                    c.line(left, yy, right, yy)
                elif kind == "from":
                    c.setFont("Helvetica-Bold", 9.5)
                    c.drawString(left, yy - 4, payload[0])
                    c.setFont("Helvetica", 9)
                    c.drawRightString(right, yy - 4, payload[1])
                elif kind == "meta":
                    c.setFont("Helvetica", 9)
                    c.drawString(left, yy - 4, payload)
                elif kind == "text":
                    c.setFont("Helvetica", 9.5)
                    c.drawString(left, yy - 4, payload)
            c.setFont("Helvetica", 7)
            c.drawString(left, 25, url)
            c.drawRightString(right, 25, f"{pi}/{len(pages)}")
            c.showPage()
    c.save()


# ---------------------------------------------------------------- the gold
def iso(d):
    return d.replace(tzinfo=TZ).isoformat()


def build_gold():
    ents = []
    for k, (name, role, aff) in P.items():
        emails = sorted(a for ak, a in A.items() if ak.split("_")[0] == k)
        ents.append({"id": "p_" + k, "kind": "person", "name": name, "emails": emails, "role": role,
                     "affiliation": aff})
    orgs = [
        ("org_havenrock", "organization", "Havenrock Medical Systems", ["Havenrock"]),
        ("org_tcems", "organization", "Tallowfield County EMS", []),
        ("div_academy", "division", "Havenrock Academy", []),
        ("div_emsops", "division", "EMS Operations Division", []),
        ("div_cleducation", "division", "Clinical Education Unit", []),
        ("div_omd", "division", "Office of the Medical Director", []),
        ("div_fleet", "division", "Fleet & Logistics Section", []),
        ("div_purchasing", "division", "Tallowfield County Purchasing Division", []),
        ("div_station4", "division", "Station 4", []),
        ("div_station11", "division", "Station 11", []),
        ("prod_x4", "product", "StrideLift X4", []),
        ("prod_climbrite", "product", "ClimbRite 500", []),
        ("prod_cardiovane", "product", "CardioVane 12", []),
        ("code_obregon10", "code", "OBREGON10", []),
        ("code_springce25", "code", "SPRINGCE25", []),
    ]
    for i, kind, name, al in orgs:
        e = {"id": i, "kind": kind, "name": name}
        if al:
            e["aliases"] = al
        ents.append(e)
    msgs = [{"id": m["id"], "sent": iso(m["when"]), "subject": m["subject"]} for m in M.values()]
    rels = []

    def add(t, s, d, ids, quote, value=None, items=None):
        r = {"type": t, "source": s, "target": d, "messages": ids,
             "evidence": [{"message": ids[0], "quote": quote}]}
        if t == "GIFT":
            r["value_usd"] = value
            r["items"] = items or []
        rels.append(r)

    add("GIFT", "p_dane", "p_luis", ["m03"], "no need to ship the demo X4 back when the eval's done - it's yours to keep",
        24900, [{"product": "prod_x4", "quantity": 1}])
    add("GIFT", "p_dane", "div_station4", ["m07"], "We're dropping off gift baskets for the crews at Station 4 and Station 11")
    add("GIFT", "p_dane", "div_station11", ["m07"], "We're dropping off gift baskets for the crews at Station 4 and Station 11")
    add("GIFT", "p_dane", "p_aske", ["m09", "m11"], "Got a table at Ironhorn Steakhouse 7pm, dinner's on me.")
    add("GIFT", "p_dane", "p_estabrook", ["m09", "m11"], "Got a table at Ironhorn Steakhouse 7pm, dinner's on me.")
    add("GIFT", "p_priya", "p_jenna", ["m12"], "I've gone ahead and comped seats for you and Luis Obregon", 495)
    add("GIFT", "p_priya", "p_luis", ["m12"], "I've gone ahead and comped seats for you and Luis Obregon", 495)
    add("GIFT", "p_kelsey", "p_travis", ["m19"], "I'm adding the 3-year extended warranty on all of them, on the house",
        6900)
    add("GIFT", "p_marcus", "p_travis", ["m21"], "the foursome runs about $720 and it's on us", 720)
    add("REFERRAL", "p_luis", "org_havenrock", ["m31"], "have them use my code OBREGON10 at checkout")
    add("PROMOTED", "p_brenna", "prod_x4", ["m15"], "I'd push hard for us to standardize on the StrideLift X4")
    add("PROMOTED", "p_estabrook", "prod_cardiovane", ["m34", "m33"],
        "I'd recommend it to any system our size")
    add("PROMOTED", "p_aske", "org_havenrock", ["m36"], "I'd put them at the top of your list.")
    member = {"dane": "org_havenrock", "kelsey": "org_havenrock", "marcus": "org_havenrock",
              "priya": "div_academy", "tricia": "org_havenrock", "aske": "org_tcems", "brenna": "div_emsops",
              "luis": "div_emsops", "jenna": "div_cleducation", "estabrook": "div_omd", "travis": "div_fleet",
              "gwen": "div_purchasing"}
    for k, d in member.items():
        rels.append({"type": "MEMBER_OF", "source": "p_" + k, "target": d, "evidence": []})
    pairs = {}
    for m in M.values():
        s = m["from"]
        src = "p_" + s.split("_")[0] if s.split("_")[0] in P else "div_academy"
        for r in m["to"] + m["cc"]:
            dst = "p_" + r.split("_")[0]
            if dst == src:
                continue
            pairs.setdefault((src, dst), []).append(m["id"])
    for (s, d), ids in sorted(pairs.items()):
        rels.append({"type": "EMAILED", "source": s, "target": d, "count": len(ids), "messages": ids,
                     "evidence": [{"message": i, "quote": ""} for i in ids]})
    return {"entities": ents, "messages": msgs, "relations": rels}


if __name__ == "__main__":
    build_pdf(os.path.join(HERE, "release.pdf"))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(build_gold(), fh, indent=1)
    print(len(M), "messages,", len(THREADS), "conversations")
