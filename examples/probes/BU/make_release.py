"""Builds release.mbox and gold.json for probe BU (an invented cast; Ring and the LAPD, shipped profile).

Run from this directory: python make_release.py
"""

import datetime as dt
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

PEOPLE = {
    "siobhan": ("Siobhan Tran", "stran@ring.com"),
    "gareth": ("Gareth Adeyemi", "gareth.adeyemi@ring.com"),
    "maricel": ("Maricel Aquino", "38821@lapd.online"),
    "ziad": ("Ziad Haddad", "40913@lapd.online"),
    "chinedu": ("Chinedu Eze", "ceze@lapd.online"),
    "roisin": ("Roisin Kaczmarek", "rkaczmarek@lapd.online"),
    "hovik": ("Hovik Sarkissian", "hsarkissian@lapd.online"),
    "pieter": ("Pieter van der Berg", "pvanderberg@lapd.online"),
    "graciela": ("Graciela Olvera", "golvera.vtnw@gmail.com"),
}

SIG_SIOBHAN = """Siobhan Tran
Sales Engineer, Public Safety
Ring LLC | 1523 26th Street, Santa Monica, CA 90404
stran@ring.com | (310) 555-0148"""

SIG_GARETH = """Gareth Adeyemi
Regional Manager, Public Safety Partnerships - Southwest
Ring LLC
m. (213) 555-0172"""

SIG_MARICEL = """Officer Maricel Aquino #38821
Community Relations Office
West Valley Area, Los Angeles Police Department
19020 Vanowen Street, Reseda, CA 91335"""

SIG_ZIAD = """Ziad Haddad
Senior Lead Officer, Basic Car 10A27
Community Relations Office, West Valley Area
Los Angeles Police Department"""

SIG_CHINEDU = """Det. Chinedu Eze
West Valley Area Detectives - Burglary
Los Angeles Police Department
(818) 555-0193"""

SIG_ROISIN = """Detective II Roisin Kaczmarek
West Valley Area Detectives
Los Angeles Police Department"""

SIG_HOVIK = """Hovik Sarkissian, Captain I
Commanding Officer, West Valley Area
Los Angeles Police Department"""

SIG_PIETER = """Lt. Pieter van der Berg
Adjutant, West Valley Area
Los Angeles Police Department
(818) 555-0110"""

IPHONE = "Sent from my iPhone"

# (id, local time, utc_header?, from, to, cc, subject, body, html?)
# local time is America/Los_Angeles; DST ended 2025-11-02.
MSGS = []


def msg(mid, when, frm, to, subject, body, cc=(), utc=False, html=False, in_reply=None):
    MSGS.append(dict(id=mid, when=when, frm=frm, to=list(to), cc=list(cc), subject=subject,
                     body=body, utc=utc, html=html, in_reply=in_reply))


def offset(when):
    # PDT until 2025-11-02 02:00, PST after (release runs Oct 2025 - Jan 2026)
    return -7 if when < dt.datetime(2025, 11, 2, 2, 0) else -8


def header_date(when, utc):
    off = offset(when)
    if utc:
        u = when - dt.timedelta(hours=off)
        return u.strftime("%a, %d %b %Y %H:%M:%S +0000")
    return when.strftime("%a, %d %b %Y %H:%M:%S ") + ("-0700" if off == -7 else "-0800")


def outlook_sent(when):
    h = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"{when.strftime('%A, %B')} {when.day}, {when.year} {h}:{when.minute:02d} {ampm}"


def iphone_on(when):
    h = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"On {when.strftime('%b')} {when.day}, {when.year}, at {h}:{when.minute:02d} {ampm}"


def gmail_on(when):
    h = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"On {when.strftime('%a, %b')} {when.day}, {when.year} at {h}:{when.minute:02d} {ampm}"


def quote_gt(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def addr(pid):
    name, email = PEOPLE[pid]
    return f"{name} <{email}>"


def byid(mid):
    return next(m for m in MSGS if m["id"] == mid)


def outlook_block(mid):
    m = byid(mid)
    name, email = PEOPLE[m["frm"]]
    lines = ["-----Original Message-----",
             f"From: {name} <{email}>",
             f"Sent: {outlook_sent(m['when'])}",
             "To: " + "; ".join(PEOPLE[p][0] for p in m["to"])]
    if m["cc"]:
        lines.append("Cc: " + "; ".join(PEOPLE[p][0] for p in m["cc"]))
    lines.append(f"Subject: {m['subject']}")
    return "\n".join(lines) + "\n\n" + m["body"]


def iphone_block(mid):
    m = byid(mid)
    name, email = PEOPLE[m["frm"]]
    return f"{iphone_on(m['when'])}, {name} <{email}> wrote:\n\n" + quote_gt(m["body"])


def gmail_block(mid):
    m = byid(mid)
    name, email = PEOPLE[m["frm"]]
    return f"{gmail_on(m['when'])} {name} <{email}> wrote:\n" + quote_gt(m["body"])


D = dt.datetime

# ---------------------------------------------------------------- purchase quote (distractor)
msg("q1", D(2025, 10, 6, 9, 12), "siobhan", ["pieter"], cc=["gareth"], utc=True, html=True,
    subject="Quote Q-25-1187 - Ring Stick Up Cam (6) - West Valley property room",
    body=f"""Lieutenant van der Berg,

Thank you for your time on Friday. As requested, please find our pricing for the
property room coverage below.

  Ring Stick Up Cam (battery), qty 6 @ $99.00 ........ $594.00
  Mounting hardware, qty 6 @ $0.00 ..................... $0.00
  Subtotal ............................................ $594.00
  (sales tax not included)

This quotation is valid for thirty (30) days from the date above. A purchase order
issued by the Department is required before shipment; invoicing is net 30.

Please do not hesitate to contact me should you require anything further.

Regards,

{SIG_SIOBHAN}""")

msg("q2", D(2025, 10, 8, 14, 40), "pieter", ["siobhan"], cc=["gareth"],
    subject="RE: Quote Q-25-1187 - Ring Stick Up Cam (6) - West Valley property room",
    body=f"""Ms. Tran,

Purchase Order 4500-2291 has been issued against the above quotation in the amount of
$594.00 plus applicable tax. Please reference the PO number on your invoice and direct
it to Accounts Payable. Delivery to the West Valley front
desk, attention Adjutant.

Respectfully,

{SIG_PIETER}

""" + outlook_block("q1"))

# ---------------------------------------------------------------- lobby units (gift to the CRO)
msg("l1", D(2025, 10, 9, 10, 5), "gareth", ["maricel"], html=True,
    subject="Lobby display - West Valley station",
    body=f"""Officer Aquino,

It was a pleasure meeting you and SLO Haddad at the Reseda town hall. Following up
on our conversation, Ring would like to place a small display in the West Valley
station lobby so residents can see the equipment before they buy anything.

What we have in mind:
  - two Ring Spotlight Cam Plus units (retail $199 each), one on each side of the
    public entrance
  - one Ring Doorbell Vantage ($249) mounted on a demo board at the front counter

This is our contribution to the Community Relations Office. There will be no invoice
to the Department, and the units are yours to keep after the display comes down. Our
installer can be there any morning next week.

Best regards,

{SIG_GARETH}""")

msg("l2", D(2025, 10, 9, 11, 31), "maricel", ["gareth"], cc=["ziad"],
    subject="Re: Lobby display - West Valley station",
    body=f"""That is very generous, thank you!! Yes please. Ziad can meet your installer Thurs at 0800.

Maricel

{IPHONE}

""" + iphone_block("l1"))

msg("l3", D(2025, 10, 16, 16, 2), "gareth", ["maricel"], cc=["ziad"], utc=True,
    subject="Lobby units installed",
    body=f"""Maricel, Ziad -

Quick note to confirm our installer finished up this morning. Both Spotlights are up
at the entrance and the Vantage is on the counter board. They belong to the office now,
so no paperwork coming from our side. If anything needs adjusting, call me directly.

Thanks again for having us.

Gareth""")

# ---------------------------------------------------------------- detective's home bundle
msg("p1", D(2025, 10, 20, 13, 15), "siobhan", ["chinedu"],
    subject="Porch Pack for your place",
    body=f"""Detective Eze,

Thanks again for walking our team through the Vanowen burglary series last week, it
was eye-opening. You mentioned you've been meaning to put something on your own front
door. I'd like you to have one of our Ring Porch Packs for the house: a Doorbell
Vantage, two Stick Up Cams and a Chime. The pack lists at $429.

I've also set you up with twelve months of Ring Protect Plus ($100/yr) on the account so
the recordings are saved from day one. We'll cover both; there is nothing to send back
and nothing to pay. It should land at your home address Wednesday.

Warm regards,

{SIG_SIOBHAN}""")

msg("p2", D(2025, 10, 20, 19, 2), "chinedu", ["siobhan"],
    subject="Re: Porch Pack for your place",
    body=f"""Got it thx Siobhan. Wife is thrilled lol

{IPHONE}

""" + iphone_block("p1"))

# ---------------------------------------------------------------- loaned demo units (returned)
msg("n1", D(2025, 10, 22, 9, 30), "gareth", ["roisin"], cc=["chinedu"],
    subject="Loaner units - Vanowen burglary series",
    body=f"""Detective Kaczmarek,

As discussed, four Ring Spotlight Cam Plus demonstration units will be delivered to
West Valley Detectives tomorrow for use on the Vanowen series. These are on loan for
thirty days. Serials RSC-77410 through RSC-77413. Please arrange return to our Van Nuys
office (7120 Hayvenhurst Ave, Suite 204) by November 21.

Regards,

{SIG_GARETH}""")

msg("n2", D(2025, 11, 19, 15, 20), "roisin", ["gareth"], cc=["chinedu"],
    subject="RE: Loaner units - Vanowen burglary series",
    body=f"""Mr. Adeyemi,

All four loaner units (RSC-77410 to -77413) were returned to your Van Nuys office today
and signed for by your front desk. Thank you for the loan, they were useful on the
series.

{SIG_ROISIN}

""" + outlook_block("n1"))

# ---------------------------------------------------------------- chimes for the watch raffle
msg("c1", D(2025, 10, 27, 11, 8), "ziad", ["siobhan"],
    subject="Raffle prizes - Vanowen Terrace NW holiday meeting",
    body=f"""Hi Siobhan,

Graciela Olvera's group, the Vanowen Terrace Neighborhood Watch, is holding its holiday
meeting on Dec 6 and they do a raffle every year. Would Ring be willing to donate a few
Chimes for it? If so they can ship straight to Graciela, she runs the whole thing.
No worries if not.

Ziad

{SIG_ZIAD}""")

msg("c2", D(2025, 10, 28, 8, 55), "siobhan", ["ziad"], cc=["graciela"],
    subject="RE: Raffle prizes - Vanowen Terrace NW holiday meeting",
    body=f"""Ziad, Graciela,

Happy to help. I'm sending a dozen Ring Chimes directly to Graciela for the raffle.
They run $29 apiece at retail and there's no charge to the watch group. Graciela, if
you can send me the best shipping address I'll get them out this week.

Best,
Siobhan

""" + outlook_block("c1"))

msg("c3", D(2025, 11, 4, 18, 41), "graciela", ["siobhan"], cc=["ziad"],
    subject="Re: Raffle prizes - Vanowen Terrace NW holiday meeting",
    body="""Siobhan, the box came today, all twelve are here! The neighbors are going to be so
excited. Thank you thank you.

Graciela Olvera
Coordinator, Vanowen Terrace Neighborhood Watch

""" + gmail_block("c2"))

# ---------------------------------------------------------------- subscription extension
msg("s1", D(2025, 11, 6, 10, 10), "siobhan", ["roisin"], utc=True,
    subject="Your Protect Plus",
    body=f"""Hi Roisin,

I saw that the Protect Plus plan on your home doorbell lapses next month. I've gone ahead
and extended it through December 2027, two more years, and waived the charge (it's
normally $100 a year). Nothing you need to do on your end.

Siobhan

{SIG_SIOBHAN}""")

msg("s2", D(2025, 11, 6, 12, 55), "roisin", ["siobhan"],
    subject="Re: Your Protect Plus",
    body=f"""Oh wow ok. Appreciate it, Siobhan.

Ro

{IPHONE}

""" + iphone_block("s1"))

# ---------------------------------------------------------------- captain's gifts memo (distractor)
msg("m1", D(2025, 11, 10, 9, 0), "hovik", ["pieter", "maricel", "ziad", "chinedu", "roisin"],
    subject="Reminder - Gifts, gratuities and vendor contacts",
    body=f"""All,

With the holidays approaching, this is a reminder of the Department's policy on gifts and
gratuities (Department Manual, Volume 1, and the City Ethics Ordinance). Employees shall
not solicit or accept any gift, gratuity, loan, discount, or favor from any person or
business that does business with, or seeks to do business with, the Department.

Equipment offered for Department use is not a personal gift. Any such offer must be
routed to me in writing and may only be accepted through the Department's formal
donation process. Employees who are unsure whether an item is acceptable
shall consult their supervisor before accepting it.

Please review and direct questions to Lt. van der Berg.

{SIG_HOVIK}""")

# ---------------------------------------------------------------- tickets
msg("t1", D(2025, 11, 12, 14, 22), "gareth", ["roisin"], utc=True,
    subject="Harbor FC - Saturday",
    body=f"""Roisin,

Our suite partner just handed me two seats for Saturday's LA Harbor FC match (Sec 118,
row F). Face value is $85 each. They're comp'd, so take them, bring whoever you like.
I'll have them transferred to your phone tonight if you say yes.

Gareth

{SIG_GARETH}""")

msg("t2", D(2025, 11, 12, 16, 47), "roisin", ["gareth"],
    subject="RE: Harbor FC - Saturday",
    body="""Yes! My son is going to lose his mind. Thanks Gareth, really kind of you.

R.

""" + outlook_block("t1"))

# ---------------------------------------------------------------- dinner declined (distractor)
msg("d1", D(2025, 11, 13, 10, 30), "gareth", ["hovik"],
    subject="Dinner - thank you for the partnership",
    body=f"""Captain Sarkissian,

On behalf of Ring I'd like to thank you for the partnership this year. Would you and your
wife be our guests for dinner at Marchetti's in Encino one evening before the holidays?
Any night that suits you.

With best regards,

{SIG_GARETH}""")

msg("d2", D(2025, 11, 13, 13, 2), "hovik", ["gareth"],
    subject="RE: Dinner - thank you for the partnership",
    body=f"""Mr. Adeyemi,

Thank you for the kind invitation. I must respectfully decline; Department policy does
not permit me to accept it. I appreciate the gesture all the same.

{SIG_HOVIK}

""" + outlook_block("d1"))

# ---------------------------------------------------------------- referral code
msg("r1", D(2025, 11, 17, 7, 58), "chinedu", ["ziad", "maricel", "roisin"],
    subject="doorbell code",
    body="""Few of you asked what I put on my house. If you're buying a Ring for home, use my
code EZEWV25 at checkout on ring.com - 25% off for you and I rack up rewards credit
toward a Floodlight Cam. Win win.

- C""")

# ---------------------------------------------------------------- newsletter endorsement
msg("w1", D(2025, 11, 20, 11, 15), "maricel", ["hovik"], cc=["pieter"], html=True,
    subject="West Valley Beat - December issue (draft for approval)",
    body=f"""Captain,

Attached below is the draft text for the December West Valley Beat. Requesting approval
to send to the resident distribution list on Dec 1.

--- DRAFT ---
WEST VALLEY BEAT | December 2025
Community Relations Office, West Valley Area

PACKAGE THEFT SEASON IS HERE
Porch pirates are busiest between Thanksgiving and New Year's. Ask for a signature on
valuable deliveries, use a lockbox where you can, and bring packages in promptly.

COMMUNITY CORNER
Our officers have seen firsthand what a good doorbell camera does for an investigation.
The Ring Doorbell Vantage is, in our view, the single best investment a homeowner on
this beat can make, and we recommend it to every resident who asks us. Stop by the
station lobby to see one in action.

HOLIDAY OPEN HOUSE
Saturday, December 13, 11 a.m. to 2 p.m., West Valley station.
--- END DRAFT ---

Respectfully,

{SIG_MARICEL}""")

msg("w2", D(2025, 11, 21, 9, 44), "hovik", ["maricel"],
    subject="RE: West Valley Beat - December issue (draft for approval)",
    body="""Approved. Good work.

HS

""" + outlook_block("w1"))

# ---------------------------------------------------------------- email to residents
msg("e1", D(2025, 11, 24, 17, 5), "ziad", ["graciela"],
    subject="For your block captains - holiday safety",
    body=f"""Graciela,

Could you share this with your block captains and the members list?

Dear Vanowen Terrace residents,

As we head into the holidays, please keep garage doors closed, lock cars even in the
driveway, and report suspicious activity to the West Valley front desk at
(818) 555-0100 or 911 if a crime is in progress.

A lot of you ask me which camera to get. Honestly: go with Ring. I've watched their
footage close out more of our porch thefts than anything else, and I tell my own family
to buy it. You won't regret it.

Stay safe and see you at the open house on the 13th.

{SIG_ZIAD}""")

# ---------------------------------------------------------------- public promo (distractor)
msg("h1", D(2025, 11, 28, 12, 3), "graciela", ["ziad"],
    subject="holiday sale",
    body="""Hi Ziad, got your note and sent it out to everyone, thanks.

Also fyi Ring is doing their Black Friday thing again, 30% off everything on their
website with GLOWUP30 through Dec 2. It's on their homepage, anyone can use it, so maybe
worth mentioning at the meeting for people who still need a camera.

G.""")

# ---------------------------------------------------------------- forward of the lobby offer
msg("f1", D(2025, 12, 1, 10, 20), "maricel", ["hovik"],
    subject="FW: Lobby display - West Valley station",
    body=f"""Captain,

Per your 11/10 memo, forwarding for your file the offer Ring made in October for the
lobby display. The units were installed on 10/16 and are in the lobby now.

Respectfully,
Maricel

""" + outlook_block("l1"))

# ---------------------------------------------------------------- floodlight kept
msg("k1", D(2025, 12, 3, 15, 40), "gareth", ["ziad"],
    subject="Thanks for Tuesday",
    body=f"""Ziad,

Thanks for hosting Tuesday's community meeting, the turnout was great. Please keep the
Floodlight Cam we used for the demo, it's a $229 unit and it's yours as a thank-you. No
need to bring it back.

Gareth""")

msg("k2", D(2025, 12, 3, 18, 12), "ziad", ["gareth"],
    subject="Re: Thanks for Tuesday",
    body=f"""Much appreciated. Going up over the garage this weekend

{IPHONE}

""" + iphone_block("k1"))

# ---------------------------------------------------------------- open-house catering
msg("o1", D(2025, 12, 8, 12, 30), "siobhan", ["maricel"], cc=["ziad"], html=True,
    subject="Open house catering",
    body=f"""Hi Maricel,

For the open house on the 13th, Ring will take care of lunch for the Community
Relations Office team and volunteers. I've ordered the taco bar from Tia Lupe's Kitchen
in Reseda for 11:30, $380 for the whole spread, and the bill comes to me, not the
station.

Let me know final headcount by Thursday.

Siobhan

{SIG_SIOBHAN}""")

msg("o2", D(2025, 12, 8, 13, 1), "maricel", ["siobhan"], cc=["ziad"],
    subject="Re: Open house catering",
    body=f"""Wonderful, thank you so much! Headcount is about 22.

{IPHONE}

""" + iphone_block("o1"))

# ---------------------------------------------------------------- trial that ends (distractor)
msg("tr1", D(2025, 12, 10, 9, 15), "siobhan", ["pieter"], utc=True,
    subject="Protect Pro trial - property room cameras",
    body=f"""Lieutenant,

A reminder that the 30-day trial of Ring Protect Pro on the six property-room Stick Up
Cams ends on January 9, 2026. After that date the plan will bill at $20.00 per month
against PO 4500-2291 unless you notify us to cancel. If you would prefer to let it lapse,
simply reply to this email.

Regards,

{SIG_SIOBHAN}""")

msg("tr2", D(2026, 1, 5, 8, 2), "pieter", ["siobhan"],
    subject="RE: Protect Pro trial - property room cameras",
    body=f"""Ms. Tran,

Please cancel the Protect Pro plan at the end of the trial. We will not be continuing.

{SIG_PIETER}

""" + outlook_block("tr1"))

# ---------------------------------------------------------------- thanks for service (distractor)
msg("v1", D(2025, 12, 15, 8, 30), "graciela", ["siobhan"],
    subject="thank you!",
    body="""Siobhan - thank you for walking me through the reset on Saturday. My doorbell is back
online and talking to the wifi again. You were so patient with me!

Graciela""")

# ---------------------------------------------------------------- code again, to the watch
msg("r2", D(2025, 12, 18, 11, 0), "chinedu", ["graciela"],
    subject="Re: camera question from the meeting",
    body="""Ms. Olvera,

A couple of your neighbors asked me at the meeting what I use at home. It's a Ring
Vantage. If they want one, my referral code EZEWV25 takes 25% off on ring.com.

Det. Eze""")


# ------------------------------------------------------------------------------ output
def render(m):
    name, email = PEOPLE[m["frm"]]
    u = m["when"] - dt.timedelta(hours=offset(m["when"]))
    lines = [f"From {email} {u.strftime('%a %b %d %H:%M:%S %Y')}",
             f"From: {name} <{email}>",
             "To: " + ", ".join(addr(p) for p in m["to"])]
    if m["cc"]:
        lines.append("Cc: " + ", ".join(addr(p) for p in m["cc"]))
    lines += [f"Subject: {m['subject']}",
              f"Date: {header_date(m['when'], m['utc'])}",
              f"Message-ID: <{m['id']}.{u.strftime('%Y%m%d%H%M%S')}@{email.split('@')[1]}>",
              "MIME-Version: 1.0"]
    body = m["body"]
    if m["html"]:
        b = f"==_bu_{m['id']}_alt"
        paras = "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\n", "<br>\n") + "</p>\n" for p in body.split("\n\n"))
        lines += [f'Content-Type: multipart/alternative; boundary="{b}"', "",
                  "This is a multi-part message in MIME format.", "",
                  f"--{b}", "Content-Type: text/plain; charset=utf-8",
                  "Content-Transfer-Encoding: 8bit", "", body, "",
                  f"--{b}", "Content-Type: text/html; charset=utf-8",
                  "Content-Transfer-Encoding: 8bit", "",
                  f"<html><body>\n{paras}</body></html>", "", f"--{b}--"]
    else:
        lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body]
    text = "\n".join(lines)
    out = [text.split("\n")[0]] + [re.sub(r"^(>*From )", r">\1", ln) for ln in text.split("\n")[1:]]
    return "\n".join(out) + "\n\n"


def gold():
    ents = []
    roles = {"siobhan": ("vendor_employee", "ring"), "gareth": ("vendor_employee", "ring"),
             "maricel": ("officer", "cro"), "ziad": ("officer", "cro"),
             "chinedu": ("officer", "wvd"), "roisin": ("officer", "wvd"),
             "hovik": ("officer", "wva"), "pieter": ("officer", "wva"),
             "graciela": ("other", "watch")}
    aliases = {"roisin": ["Ro"], "chinedu": ["Det. Eze"]}
    for pid, (name, email) in PEOPLE.items():
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": aliases.get(pid, []),
                     "emails": [email], "role": roles[pid][0], "affiliation": roles[pid][1]})
    ents += [
        {"id": "ring", "kind": "organization", "name": "Ring", "aliases": ["Ring LLC"]},
        {"id": "lapd", "kind": "organization", "name": "Los Angeles Police Department", "aliases": ["LAPD"]},
        {"id": "watch", "kind": "organization", "name": "Vanowen Terrace Neighborhood Watch", "aliases": []},
        {"id": "wva", "kind": "division", "name": "West Valley Area", "aliases": []},
        {"id": "cro", "kind": "division", "name": "Community Relations Office", "aliases": [
            "West Valley Community Relations Office"]},
        {"id": "wvd", "kind": "division", "name": "West Valley Area Detectives", "aliases": [
            "West Valley Detectives"]},
        {"id": "stickup", "kind": "product", "name": "Ring Stick Up Cam", "aliases": ["Stick Up Cam"]},
        {"id": "spotlight", "kind": "product", "name": "Ring Spotlight Cam Plus", "aliases": ["Spotlight Cam Plus", "Spotlight"]},
        {"id": "vantage", "kind": "product", "name": "Ring Doorbell Vantage", "aliases": ["Doorbell Vantage", "Vantage", "Ring Vantage"]},
        {"id": "porchpack", "kind": "product", "name": "Ring Porch Pack", "aliases": ["Porch Pack"]},
        {"id": "chime", "kind": "product", "name": "Ring Chime", "aliases": ["Chime"]},
        {"id": "protectplus", "kind": "product", "name": "Ring Protect Plus", "aliases": ["Protect Plus"]},
        {"id": "protectpro", "kind": "product", "name": "Ring Protect Pro", "aliases": ["Protect Pro"]},
        {"id": "floodlight", "kind": "product", "name": "Ring Floodlight Cam", "aliases": ["Floodlight Cam"]},
        {"id": "ezewv25", "kind": "code", "name": "EZEWV25", "aliases": []},
    ]
    messages = []
    emailed = {}
    for m in sorted(MSGS, key=lambda m: m["when"]):
        off = offset(m["when"])
        sent = m["when"].strftime("%Y-%m-%dT%H:%M:%S") + ("-07:00" if off == -7 else "-08:00")
        messages.append({"id": m["id"], "sent": sent, "subject": m["subject"], "from": m["frm"],
                         "to": m["to"], "cc": m["cc"]})
        for r in m["to"] + m["cc"]:
            emailed[(m["frm"], r)] = emailed.get((m["frm"], r), 0) + 1
    rel = [
        {"type": "GIFT", "source": "gareth", "target": "cro",
         "items": [{"product": "spotlight", "quantity": 2}, {"product": "vantage", "quantity": 1}],
         "value_usd": 647, "messages": ["l1", "l2", "l3", "f1"]},
        {"type": "GIFT", "source": "siobhan", "target": "chinedu",
         "items": [{"product": "porchpack", "quantity": 1}, {"product": "protectplus", "quantity": 1}],
         "value_usd": 529, "messages": ["p1", "p2"]},
        {"type": "GIFT", "source": "siobhan", "target": "watch",
         "items": [{"product": "chime", "quantity": 12}], "value_usd": 348, "messages": ["c2", "c3"]},
        {"type": "GIFT", "source": "siobhan", "target": "roisin",
         "items": [{"product": "protectplus", "quantity": 1}], "value_usd": 200, "messages": ["s1", "s2"]},
        {"type": "GIFT", "source": "gareth", "target": "roisin", "items": [], "value_usd": 170,
         "messages": ["t1", "t2"]},
        {"type": "GIFT", "source": "gareth", "target": "ziad",
         "items": [{"product": "floodlight", "quantity": 1}], "value_usd": 229, "messages": ["k1", "k2"]},
        {"type": "GIFT", "source": "siobhan", "target": "cro", "items": [], "value_usd": 380,
         "messages": ["o1", "o2"]},
        {"type": "REFERRAL", "source": "chinedu", "target": "ring", "messages": ["r1", "r2"]},
        {"type": "PROMOTED", "source": "maricel", "target": "vantage", "messages": ["w1"]},
        {"type": "PROMOTED", "source": "ziad", "target": "ring", "messages": ["e1"]},
    ]
    for pid, (_, aff) in roles.items():
        rel.append({"type": "MEMBER_OF", "source": pid, "target": aff})
    for (s, t), n in emailed.items():
        rel.append({"type": "EMAILED", "source": s, "target": t, "count": n})
    return {"entities": ents, "messages": messages, "relations": rel}


if __name__ == "__main__":
    ordered = sorted(MSGS, key=lambda m: m["when"])
    with open(os.path.join(HERE, "release.mbox"), "w", encoding="utf-8") as fh:
        for m in ordered:
            fh.write(render(m))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold(), fh, indent=1)
        fh.write("\n")
    print(len(ordered), "messages")
