"""Build probe BZ: release.mbox (a webmail "All Mail" export) and gold.json.

Everything here is invented: KeyStep Safety and its products, Caliche Springs ISD and its police
department, Bluestem Flats ISD, Red Draw CISD, every person, address, price and code.

Run from this folder:  python3 make_release.py
"""

from __future__ import annotations

import json
import mailbox
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
import email.policy
from email.utils import format_datetime, formataddr

CDT = timezone(timedelta(hours=-5))
CST = timezone(timedelta(hours=-6))
UTC = timezone.utc

# ---------------------------------------------------------------------------------------------
# entities
# ---------------------------------------------------------------------------------------------
P = {
    # KeyStep Safety
    "rafael": ("Rafael Quintanilla", ["rafael.quintanilla@keystepsafety.com"], "vendor_employee", "keystep"),
    "jericho": ("Jericho Villanueva", ["jvillanueva@keystepsafety.com"], "vendor_employee", "keystep"),
    "joost": ("Joost Verhoeven", ["joost@keystepsafety.com"], "vendor_employee", "keystep"),
    "rania": ("Rania Haddad", ["rhaddad@keystepsafety.com"], "vendor_employee", "keystep"),
    "callum": ("Callum Fraser", ["callum.fraser@keystepsafety.com"], "vendor_employee", "keystep"),
    # Caliche Springs ISD
    "aurelio": ("Aurelio Benavides", ["abenavides@csisdtx.org"], "officer", "pd"),
    "siobhan": ("Siobhan McCrory", ["smccrory@csisdtx.org"], "officer", "pd"),
    "tuan": ("Tuan Pham", ["tpham@csisdtx.org"], "officer", "hs"),
    "adebayo": ("Adebayo Ogunleye", ["aogunleye@csisdtx.org", "bayo.ogunleye77@gmail.com"], "officer", "oms"),
    "kasia": ("Katarzyna Wróbel", ["kwrobel@csisdtx.org"], "officer", "lne"),
    "hovig": ("Hovig Der-Sarkissian", ["hdersarkissian@csisdtx.org", "hovig.ds@yahoo.com"], "officer", "hs"),
    "eunji": ("Eun-ji Park", ["epark@csisdtx.org"], "officer", "purchasing"),
    "dimitra": ("Dimitra Papadakis", ["dpapadakis@csisdtx.org"], "officer", "board"),
    # neighbouring districts
    "oluchi": ("Oluchi Eze", ["oeze@bluestemflatsisd.org"], "officer", "bfisd"),
    "gareth": ("Gareth Pryce", ["gpryce@reddrawcisd.net"], "officer", "rdcisd"),
}
ALIASES = {
    "adebayo": ["Bayo", "Bayo Ogunleye"],
    "kasia": ["Kasia Wróbel", "Kasia Wrobel", "Katarzyna Wrobel"],
    "hovig": ["Hovig"],
}
ORGS = [
    ("keystep", "organization", "KeyStep Safety", ["KeyStep", "KeyStep Safety, Inc."]),
    ("csisd", "organization", "Caliche Springs Independent School District", ["Caliche Springs ISD", "CSISD"]),
    ("bfisd", "organization", "Bluestem Flats ISD", ["Bluestem Flats"]),
    ("rdcisd", "organization", "Red Draw CISD", ["Red Draw"]),
    ("pd", "division", "CSISD Police Department", ["Caliche Springs ISD Police Department", "CSISD PD"]),
    ("hs", "division", "Caliche Springs High School", ["CSHS"]),
    ("oms", "division", "Ocotillo Middle School", ["Ocotillo MS"]),
    ("lne", "division", "Los Nogales Elementary", ["Los Nogales"]),
    ("purchasing", "division", "Purchasing Department", ["Purchasing"]),
    ("board", "division", "Board of Trustees", []),
]
PRODUCTS = [
    ("entry", "KeyStep Entry", ["Entry"]),
    ("alert", "KeyStep Alert", ["Alert"]),
    ("lens", "KeyStep Lens", ["Lens"]),
    ("responder", "KeyStep Responder", ["Responder"]),
    ("k2", "KeyStep K2 kiosk", ["K2"]),
]
CODES = [("bayo-ks26", "BAYO-KS26")]


def addr(pid: str, which: int = 0) -> str:
    name, emails, _, _ = P[pid]
    return formataddr((name, emails[which]))


# ---------------------------------------------------------------------------------------------
# signatures
# ---------------------------------------------------------------------------------------------
SIG = {
    "rafael": "--\nRafael Quintanilla\nRegional Account Executive, Texas & Oklahoma\nKeyStep Safety, Inc.\nc. 512.555.0148 | keystepsafety.com",
    "jericho": "Jericho Villanueva | Customer Success Manager\nKeyStep Safety\nCell (737) 555-0112",
    "joost": "Joost Verhoeven\nVP of Sales | KeyStep Safety, Inc.\nm +1 214 555 0190",
    "rania": "Rania Haddad\nEvents & Community, KeyStep Safety\n(512) 555-0177",
    "callum": "Callum Fraser\nSupport Engineer II — KeyStep Safety\nsupport line 1-800-555-0133, ext 4",
    "aurelio": "Aurelio Benavides\nChief of Police\nCaliche Springs ISD Police Department\n2200 W. Mesquite Ave, Caliche Springs, TX 76900\nOffice 325-555-0101 | Cell 325-555-0160",
    "siobhan": "Lt. Siobhan McCrory\nCSISD Police Department\nOffice 325-555-0104 / cell 325-555-0139",
    "tuan": "Sgt. Tuan Pham #208\nCaliche Springs High School\nCSISD PD",
    "adebayo": "Cpl. A. Ogunleye #231\nOcotillo Middle School | CSISD Police\ncell 325-555-0182",
    "kasia": "Officer Katarzyna Wróbel #244\nLos Nogales Elementary — CSISD Police Department",
    "hovig": "Ofc. Hovig Der-Sarkissian\nCaliche Springs High School, CSISD PD",
    "eunji": "Eun-ji Park, CTPM\nBuyer II, Purchasing Department\nCaliche Springs ISD | 325-555-0230",
    "dimitra": "Dimitra Papadakis\nPresident, Board of Trustees\nCaliche Springs ISD",
    "oluchi": "Chief Oluchi Eze\nChief of Police | Bluestem Flats ISD\n(432) 555-0117",
    "gareth": "Lt. Gareth Pryce\nRed Draw CISD Police\n432-555-0164",
}

# ---------------------------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------------------------
MSGS: list[dict] = []


def msg(mid, when, frm, to, subject, body, cc=(), *, frm_i=0, to_i=None, reply_to=None, kind="plain",
        html=None, ics=None, hdr_tz=None, qp=False, quoted_only=False):
    """Record one message.  to_i maps a recipient id to the index of the address used."""
    MSGS.append(dict(id=mid, when=when, frm=frm, to=list(to), cc=list(cc), subject=subject, body=body,
                     frm_i=frm_i, to_i=to_i or {}, reply_to=reply_to, kind=kind, html=html, ics=ics,
                     hdr_tz=hdr_tz, qp=qp, quoted_only=quoted_only))


def d(y, mo, da, h, mi, tz=None):
    dt = datetime(y, mo, da, h, mi)
    if tz is None:
        # US Central: DST ends Sunday 1 Nov 2026 at 02:00
        tz = CDT if dt < datetime(2026, 11, 1, 2, 0) else CST
    return dt.replace(tzinfo=tz)


# --- m01/m02: comped Alert seats for the Los Nogales pilot ------------------------------------
m01_text = """Hi Lt. McCrory,

Great talking with you and the Chief on Thursday. Following up on the Los Nogales idea.

Here's what we'd like to do: Los Nogales Elementary becomes our pilot campus for KeyStep Alert this year. All 120 staff seats (teachers, front office, custodial, cafeteria) get the app, full year. Normally that's $14 a seat per year, but for the pilot we're comping every one of those seats. Nothing to route through purchasing and you won't get a bill for it.

What I need from you:
  1. a staff roster CSV (name, room, cell) by the 14th
  2. one point person on campus -- sounds like Officer Wróbel?
  3. a 30 min slot the week before kids come back so Jericho can walk staff through the panic button

If the Chief wants to see the one-pager again I've attached it to the portal.

Thanks!
""" + SIG["rafael"]
m01_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Lt. McCrory,</p>
<p>Great talking with you and the Chief on Thursday. Following up on the Los Nogales idea.</p>
<p>Here's what we'd like to do: <b>Los Nogales Elementary</b> becomes our pilot campus for <b>KeyStep Alert</b> this year.
All 120 staff seats (teachers, front office, custodial, cafeteria) get the app, full year. Normally that's $14 a seat per year,
but for the pilot we're comping every one of those seats. Nothing to route through purchasing and you won't get a bill for it.</p>
<p>What I need from you:</p>
<ol><li>a staff roster CSV (name, room, cell) by the 14th</li>
<li>one point person on campus -- sounds like Officer Wr&oacute;bel?</li>
<li>a 30 min slot the week before kids come back so Jericho can walk staff through the panic button</li></ol>
<p>If the Chief wants to see the one-pager again I've attached it to the portal.</p>
<p>Thanks!</p>
<p style="color:#666">--<br>Rafael Quintanilla<br>Regional Account Executive, Texas &amp; Oklahoma<br>KeyStep Safety, Inc.<br>c. 512.555.0148 | keystepsafety.com</p>
</body></html>"""
msg("m01", d(2026, 8, 4, 9, 12), "rafael", ["siobhan"], "Los Nogales pilot - Alert seats", m01_text,
    cc=["aurelio"], kind="alt", html=m01_html, hdr_tz=UTC)

msg("m02", d(2026, 8, 4, 13, 41), "siobhan", ["rafael"], "RE: Los Nogales pilot - Alert seats", """Rafael,

Works for us. Kasia Wróbel will be your contact at Los Nogales, she's already got the roster from the principal's office. I'll send dates for the staff walk-through once the campus calendar is out.

Siobhan
""" + SIG["siobhan"], cc=["aurelio"], reply_to="m01")

# --- m03/m04: purchase order (distractor) ---------------------------------------------------
msg("m03", d(2026, 8, 6, 10, 2), "eunji", ["rafael"], "PO 27-00412 KeyStep Entry", """Good morning Mr. Quintanilla,

Attached please find Purchase Order 27-00412 for KeyStep Entry visitor management, three campuses (Caliche Springs High School, Ocotillo Middle School, Los Nogales Elementary), 12-month subscription at $2,150.00 per campus, total $6,450.00. This purchase is made through the BuyBoard cooperative contract.

Please reference the PO number on your invoice and send invoices to ap@csisdtx.org. Terms are Net 30.

Thank you,
""" + SIG["eunji"])

msg("m04", d(2026, 8, 6, 16, 25), "rafael", ["eunji"], "Re: PO 27-00412 KeyStep Entry", """Thanks Ms. Park, got it. Invoice will come from our billing team this week with the PO number on it. Go-live for Entry is pencilled in for Thursday Sept 10.

Rafael
""" + SIG["rafael"], reply_to="m03")

# --- m05/m06/m07: barbecue for the department -------------------------------------------------
ics = """BEGIN:VCALENDAR
PRODID:-//KeyStep Safety//Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ks-bbq-20260814-csisd@keystepsafety.com
DTSTAMP:20260811T151800Z
DTSTART;TZID=America/Chicago:20260814T113000
DTEND;TZID=America/Chicago:20260814T133000
SUMMARY:KeyStep kickoff lunch - CSISD PD in-service
LOCATION:CSISD Police Dept training room, 2200 W. Mesquite Ave
ORGANIZER;CN=Jericho Villanueva:mailto:jvillanueva@keystepsafety.com
DESCRIPTION:Brisket\\, sausage\\, sides from Pit Row BBQ. Lunch is on KeyStep.
END:VEVENT
END:VCALENDAR
"""
msg("m05", d(2026, 8, 11, 10, 18), "jericho",
    ["aurelio", "siobhan", "tuan", "adebayo", "kasia", "hovig"],
    "Invitation: KeyStep kickoff lunch - CSISD PD in-service @ Fri Aug 14, 11:30am - 1:30pm (CDT)",
    """Hey everyone!

To kick off Entry and the Alert pilot we're bringing lunch to your in-service day Friday. Pit Row is doing brisket, sausage, beans, the works. You all just show up hungry, we've got it covered -- KeyStep is picking up the catering for the whole department.

Let me know about any dietary stuff (vegetarian plates are no problem).

Jericho
""" + SIG["jericho"], kind="ics", ics=ics)

msg("m06", d(2026, 8, 11, 12, 3), "tuan", ["jericho"], "Re: Invitation: KeyStep kickoff lunch", """Count me in. We'll have about 14 with dispatch and the two part timers. Officer Der-Sarkissian doesnt eat pork fyi

Tuan
""", reply_to="m05")

msg("m07", d(2026, 8, 17, 8, 47), "jericho", ["aurelio"], "thanks for Friday", """Chief,

Thanks for letting us crash your in-service. Your folks put a real dent in the brisket! For your records since I know you all track this stuff: the Pit Row bill came to $1,150 with delivery and tip, and we paid it in full, nothing owed by the department.

See you at Entry go-live.

J
""" + SIG["jericho"])

# --- m08 (forward of the ticket offer), m09, m10: a gift declined ---------------------------
msg("m08o", d(2026, 8, 19, 17, 6), "joost", ["aurelio"], "Red Raiders game?", "", quoted_only=True)
msg("m08", d(2026, 8, 20, 7, 55), "aurelio", ["siobhan"], "Fwd: Red Raiders game?", """Siobhan - see below. I'm pretty sure this runs into CKE(LOCAL). Can you confirm and I'll send him a polite no.

---------- Forwarded message ---------
From: Joost Verhoeven <joost@keystepsafety.com>
Date: Wed, Aug 19, 2026 at 5:06 PM
Subject: Red Raiders game?
To: Aurelio Benavides <abenavides@csisdtx.org>


Chief,

We have a few seats in our suite for the Tech game on Sept 26 in Lubbock -- two would be yours if you want them, parking pass included. Would be great to catch up in person.

Best,
Joost

Joost Verhoeven
VP of Sales | KeyStep Safety, Inc.
m +1 214 555 0190
""")

msg("m09", d(2026, 8, 20, 9, 30), "siobhan", ["aurelio"], "RE: Fwd: Red Raiders game?", """Confirmed, suite seats are way over the $50 limit under CKE(LOCAL) and we're mid-contract with them. Decline.

Siobhan

-----Original Message-----
From: Aurelio Benavides <abenavides@csisdtx.org>
Sent: Thursday, August 20, 2026 7:55 AM
To: Siobhan McCrory <smccrory@csisdtx.org>
Subject: Fwd: Red Raiders game?

Siobhan - see below. I'm pretty sure this runs into CKE(LOCAL). Can you confirm and I'll send him a polite no.
""", reply_to="m08")

msg("m10", d(2026, 8, 20, 11, 12), "aurelio", ["joost"], "Re: Red Raiders game?", """Joost,

Kind of you to think of me, but I'll have to pass. Board policy doesn't let me accept tickets from a vendor we're doing business with, so please give them to someone who can enjoy the game.

Talk soon,
""" + SIG["aurelio"], reply_to="m08o")

# --- m11/m12: thanks for ordinary support (distractor) -----------------------------------------
msg("m11", d(2026, 8, 25, 14, 20), "callum", ["kasia"], "Case 48213 - Alert notifications on staff Chromebooks",
    """Hi Officer Wróbel,

Found it. The Chromebooks at Los Nogales are enrolled in an OU that blocks notifications from web apps, so the Alert PWA installs but never gets permission to push. I've sent your district IT the policy change (allow notifications for app.keystepsafety.com). Once they push it, have one teacher log out and back in and do a test alert from the admin console.

Let me know if it still misbehaves.

""" + SIG["callum"], qp=True)

msg("m12", d(2026, 8, 26, 8, 5), "kasia", ["callum"], "RE: Case 48213 - Alert notifications on staff Chromebooks",
    """Callum — IT pushed the change last night and the test alert went to all 6 Chromebooks in the 2nd grade hall in under 3 seconds. THANK YOU. That's been bugging me for two weeks.

Kasia

""" + SIG["kasia"], cc=["siobhan"], reply_to="m11", qp=True)

# --- m13: Lens trial (distractor) ------------------------------------------------------------------
msg("m13", d(2026, 9, 2, 15, 40), "rafael", ["tuan"], "Lens trial at CSHS", """Sgt. Pham,

As promised, I turned on a 30-day trial of KeyStep Lens on the 22 cameras at the high school. It'll flag loitering after hours and propped doors to your dashboard. Trial runs through Oct 2 and then shuts off by itself, no obligation. If you decide to keep it, Lens is $1,900 per campus per year.

""" + SIG["rafael"])

# --- m14/m15: tablets for the campus officers --------------------------------------------------
msg("m14", d(2026, 9, 9, 11, 4), "rafael", ["aurelio"], "Responder tablets for your campus officers", """Chief,

Heads up, three KeyStep Responder tablets went out FedEx this morning, one each for Hovig at the high school, Bayo at Ocotillo and Kasia at Los Nogales. They come loaded with Alert + the Entry lobby view so your officers can see who's signed in from anywhere on campus. Those run $349 apiece but there's no cost to the department for them -- they're the officers' to keep, no need to send them back at the end of the year.

Tracking 7791 0433 2210.

Rafael
""" + SIG["rafael"], cc=["siobhan"])

msg("m15", d(2026, 9, 10, 21, 37), "hovig", ["rafael"], "tablet", """Got the tablet today, already set up. Lobby view is slick. appreciate it man

Sent from Yahoo Mail for iPhone
""", frm_i=1)

# --- m16: dinner disclosed --------------------------------------------------------------------
msg("m16", d(2026, 9, 14, 8, 22), "aurelio", ["siobhan"], "gift log - dinner 9/10", """Siobhan,

For the gift log: after the Entry go-live Thursday, Rafael Quintanilla from KeyStep took me to dinner at Cattleman's Table on Loop 306. He picked up the check. I didn't see the total and didn't ask. Please log it and let me know if the board needs anything further.

AB
""")

# --- m17/m18/m19/m20: user conference -----------------------------------------------------------
m17_html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Lieutenant,</p>
<p>I run our customer events at KeyStep, and Rafael tells me the Los Nogales pilot has been one of the smoothest rollouts we've had this year. We'd love to have you tell that story at <b>KeyStep Summit 2026</b> in Scottsdale, October 20&ndash;22, on our K-12 police panel.</p>
<p>If you can make it, your registration (it's $895) will be waived, and we'll book your flight and your hotel at the Sonoran Palms Resort. Just send me your preferred airport and your TSA number.</p>
<p>Warmly,<br>Rania</p>
<p style="font-size:12px;color:#777">Rania Haddad<br>Events &amp; Community, KeyStep Safety<br>(512) 555-0177</p>
</div></body></html>"""
msg("m17", d(2026, 9, 22, 13, 15), "rania", ["siobhan"], "Speaking invite - KeyStep Summit 2026", "",
    kind="htmlonly", html=m17_html, hdr_tz=UTC)

msg("m18", d(2026, 9, 22, 16, 2), "siobhan", ["aurelio"], "Summit in Scottsdale?", """Chief - KeyStep wants me on a panel at their user conference in Scottsdale Oct 20-22. They'd waive registration and book my air and hotel. My read is DBD(LOCAL) allows vendor-paid travel for a presentation/training if it's approved in advance and disclosed after. Your call.

Siobhan
""")

msg("m19", d(2026, 9, 22, 17, 48), "aurelio", ["siobhan"], "Re: Summit in Scottsdale?", """Approved. Put the numbers in a disclosure memo when you're back.

Sent from my iPhone
""", reply_to="m18")

msg("m20", d(2026, 10, 26, 9, 10), "siobhan", ["aurelio"], "Disclosure - KeyStep Summit travel", """Chief,

As discussed, disclosure for the KeyStep Summit (Scottsdale, Oct 20-22). KeyStep Safety paid for:

- conference registration: $895.00 (waived)
- round-trip airfare SJT-PHX: $412.60
- Sonoran Palms Resort, 2 nights at $238.00/night: $476.00

Meals were the conference meals. I paid my own parking and mileage to the airport and am not claiming them.

Copy is in the training file.

Lt. McCrory
""" + SIG["siobhan"])

# --- m21/m22/m23/m34/m35: the corporal's referral code -------------------------------------------
msg("m21", d(2026, 9, 28, 19, 51), "adebayo", ["oluchi", "gareth"], "the visitor/panic system we use", """Chief Eze, Lt. Pryce,

Good seeing y'all at the region meeting. You both asked what we're running for visitor sign-in and the panic button, it's KeyStep (Entry for lobbies, Alert for the app). If you call them, give them my referral code BAYO-KS26 -- you get 10% off your first year and they credit me for sending you. Rep for our area is Rafael Quintanilla, 512-555-0148.

Bayo
""", frm_i=1)

msg("m22", d(2026, 10, 5, 10, 30), "oluchi", ["adebayo"], "Re: the visitor/panic system we use", """Bayo -- we signed with KeyStep for Alert at all five of our campuses on Friday. I gave them your code, the 10% knocked a nice chunk off. Thanks for the tip.

""" + SIG["oluchi"], to_i={"adebayo": 1}, reply_to="m21")

msg("m23", d(2026, 10, 13, 14, 2), "jericho", ["adebayo"], "Your referral - Bluestem Flats", """Hi Bayo,

Bluestem Flats signed using your code BAYO-KS26, so as a thank-you we've emailed a $150 Amazon eGift card to this address (check your promotions tab if you don't see it). Appreciate you spreading the word!

Jericho
""" + SIG["jericho"], to_i={"adebayo": 1})

msg("m34", d(2026, 11, 9, 15, 44), "gareth", ["adebayo"], "KeyStep", """Bayo, fyi Red Draw went with KeyStep Entry for our 3 campuses. Put BAYO-KS26 on the order like you said. Owe you a coffee.

Gareth
""" + SIG["gareth"], to_i={"adebayo": 1})

msg("m35", d(2026, 11, 16, 9, 58), "jericho", ["adebayo"], "Red Draw", """Bayo! Red Draw CISD came in on your code as well. Another $150 card is on its way to your gmail, same as last time. Thank you!!

""" + SIG["jericho"], to_i={"adebayo": 1})

# --- m24: Lens trial over (distractor) ----------------------------------------------------------
msg("m24", d(2026, 10, 2, 16, 30), "rafael", ["tuan"], "Re: Lens trial at CSHS", """Sgt. Pham,

Quick note that the Lens trial at the high school wrapped up today and I've switched analytics off on those 22 cameras. Your recordings aren't affected. If the district wants it back, it's the $1,900/campus/yr I mentioned, and I can get a quote to Ms. Park.

""" + SIG["rafael"], reply_to="m13")

# --- m25/m26: refurbished kiosk, paid (distractor) -------------------------------------------------
msg("m25", d(2026, 10, 8, 10, 45), "eunji", ["rafael"], "Invoice INV-5583 - refurbished K2 kiosk", """Mr. Quintanilla,

Invoice INV-5583 for one refurbished KeyStep K2 kiosk ($480.00, PO 27-00689) was paid by check #118804 on October 7. Please confirm receipt and let us know the ship date to the Ocotillo Middle School front office.

Regards,
""" + SIG["eunji"], cc=["siobhan"])

msg("m26", d(2026, 10, 8, 13, 12), "rafael", ["eunji"], "RE: Invoice INV-5583 - refurbished K2 kiosk", """Payment received, thank you. The kiosk ships Monday to Ocotillo MS, attn. front office.

Rafael
""", cc=["siobhan"], reply_to="m25")

# --- m27/m28: no invoice ever comes for the pilot seats -------------------------------------------
msg("m27", d(2026, 10, 29, 11, 20), "eunji", ["rafael"], "Alert seats - Los Nogales?", """Mr. Quintanilla,

I'm reconciling our KeyStep account for the quarter. I have the Entry invoice and the K2 kiosk, but nothing for the 120 Alert seats at Los Nogales Elementary. Did I miss an invoice?

Thanks,
Eun-ji
""", cc=["siobhan"])

msg("m28", d(2026, 10, 30, 8, 15), "rafael", ["eunji"], "RE: Alert seats - Los Nogales?", """Ms. Park,

You didn't miss anything. The Los Nogales Alert seats were comped as part of the pilot, so there's no invoice coming for those, this year or retroactively.

Rafael
""" + SIG["rafael"], cc=["siobhan"], reply_to="m27")

# --- m29/m30: jackets for the department -------------------------------------------------------------
m29_html = """<html><body>
<p>Chief Benavides,</p>
<p>Rafael tells me the first semester's gone well and I wanted to say thank you properly. There's a box on its way to your office with <b>nine KeyStep Ridgeline softshell jackets</b> for your officers &mdash; they sell for $68 in our team store, but these are on the house. Sizes are a guess; Rafael will swap any that don't fit.</p>
<p>Stay warm out there,<br>Joost</p>
<p>Joost Verhoeven<br>VP of Sales | KeyStep Safety, Inc.<br>m +1 214 555 0190</p>
</body></html>"""
msg("m29", d(2026, 11, 2, 10, 5), "joost", ["aurelio"], "Something for your team", "", kind="htmlonly",
    html=m29_html, hdr_tz=UTC)

msg("m30", d(2026, 11, 4, 7, 40), "aurelio", ["joost"], "RE: Something for your team", """Joost, box came yesterday. The jackets are a hit, Corporal Ogunleye already wore his to the football game. Thank you from all of us.

""" + SIG["aurelio"], reply_to="m29")

# --- m31/m32/m33: board meeting, endorsements --------------------------------------------------------
msg("m31", d(2026, 11, 4, 16, 22), "aurelio", ["dimitra"], "Nov 12 board meeting - item 7(b), campus safety apps", """President Papadakis,

Ahead of the November 12 regular meeting, some background on agenda item 7(b).

We've now run KeyStep Alert at Los Nogales Elementary since August. Average time from a teacher pressing the button to an officer being dispatched is under 20 seconds, versus about two minutes when staff had to phone the front office. Staff adoption is 118 of 120. Honestly, it's the best panic-button system I've seen in thirty years of police work, and I'm recommending that the board extend KeyStep Alert to all fourteen campuses in next year's budget.

Lt. McCrory oversaw the pilot and is copied in case trustees have questions before the meeting.

Respectfully,
""" + SIG["aurelio"], cc=["siobhan"], qp=True)

msg("m32", d(2026, 11, 4, 17, 5), "siobhan", ["dimitra"], "RE: Nov 12 board meeting - item 7(b), campus safety apps", """President Papadakis,

Adding one thing to the Chief's note. I've worked with a lot of vendors in my career and KeyStep Safety has been the most responsive of any of them -- when something broke, they fixed it within a day. I'd recommend them without hesitation to any district looking at these systems.

Siobhan McCrory
""" + SIG["siobhan"], cc=["aurelio"], reply_to="m31", qp=True)

msg("m33", d(2026, 11, 5, 9, 0), "dimitra", ["aurelio"], "RE: Nov 12 board meeting - item 7(b), campus safety apps", """Thank you Chief, this is very helpful. I've asked the superintendent's office to put 7(b) on for discussion and possible action rather than the consent agenda so trustees can ask you both questions.

Dimitra
""" + SIG["dimitra"], cc=["siobhan"], reply_to="m32")

# --- m36: a public discount code (distractor) -----------------------------------------------------------
msg("m36", d(2026, 10, 14, 9, 0), "rania", ["tuan"], "See you at TASRO next week?", """Hi Tuan,

We'll be at booth 214 at the TASRO conference in Round Rock next week. Stop by for a demo of the new Lens door analytics. Anyone who attends can use code TASRO15 on our website through Nov 30 for 15% off a first-year Entry subscription, so feel free to share it around.

Rania
""" + SIG["rania"], hdr_tz=UTC)

# --- m37: an ordinary reply about the kiosk arriving (distractor-ish) ----------------------------------
msg("m37", d(2026, 10, 14, 13, 27), "adebayo", ["rafael"], "K2 kiosk", """Rafael the K2 showed up at Ocotillo this morning, front office has it running. One of the badge printers jams on the 2nd label every time, who do I talk to?

Cpl. Ogunleye
""" + SIG["adebayo"])

msg("m38", d(2026, 10, 14, 14, 2), "rafael", ["adebayo"], "RE: K2 kiosk", """Glad it landed. For the printer open a ticket at support@keystepsafety.com and cc me, Callum usually turns those around same day.

R
""", reply_to="m37")

# ---------------------------------------------------------------------------------------------
# gold relations
# ---------------------------------------------------------------------------------------------
GIFTS = [
    ("rafael", "lne", [("alert", 120)], 1680, ["m01", "m28"]),
    ("jericho", "pd", [], 1150, ["m05", "m07"]),
    ("rafael", "aurelio", [], None, ["m16"]),
    ("rafael", "hovig", [("responder", 1)], 349, ["m14", "m15"]),
    ("rafael", "adebayo", [("responder", 1)], 349, ["m14"]),
    ("rafael", "kasia", [("responder", 1)], 349, ["m14"]),
    ("rania", "siobhan", [], 1783.60, ["m17", "m20"]),
    ("joost", "pd", [], 612, ["m29", "m30"]),
    ("jericho", "adebayo", [], 150, ["m23"]),
    ("jericho", "adebayo", [], 150, ["m35"]),
]
OTHER_REL = [
    {"type": "REFERRAL", "source": "adebayo", "target": "keystep", "messages": ["m21", "m22", "m34"]},
    {"type": "PROMOTED", "source": "aurelio", "target": "alert", "messages": ["m31"]},
    {"type": "PROMOTED", "source": "siobhan", "target": "keystep", "messages": ["m32"]},
]


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------
def message_id(mid: str) -> str:
    m = M[mid]
    host = "mail.csisdtx.org" if P[m["frm"]][1][m["frm_i"]].endswith("csisdtx.org") else "mx.keystepsafety.com"
    if P[m["frm"]][1][m["frm_i"]].endswith(("gmail.com", "yahoo.com")):
        host = P[m["frm"]][1][m["frm_i"]].split("@")[1]
    return f"<{mid}-{7341 + MSGS.index(m) * 37}.bz@{host}>"


M = {m["id"]: m for m in MSGS}


def quote_block(m: dict) -> str:
    when = m["when"].strftime("%a, %b %-d, %Y at %-I:%M %p")
    name, emails, _, _ = P[m["frm"]]
    body = m["body"] if m["body"] else ""
    if not body:
        return ""
    q = "\n".join("> " + ln if ln else ">" for ln in body.rstrip().splitlines())
    return f"\n\nOn {when} {name} <{emails[m['frm_i']]}> wrote:\n{q}\n"


def build(m: dict) -> EmailMessage:
    body = m["body"]
    # replies quote the message they answer when it had a plain body and the reply didn't already
    if m["reply_to"] and M[m["reply_to"]]["body"] and "Original Message" not in body and m["kind"] == "plain":
        body = body + quote_block(M[m["reply_to"]])
    em = EmailMessage(policy=email.policy.default)
    em["Message-ID"] = message_id(m["id"])
    em["From"] = addr(m["frm"], m["frm_i"])
    em["To"] = ", ".join(addr(t, m["to_i"].get(t, 0)) for t in m["to"])
    if m["cc"]:
        em["Cc"] = ", ".join(addr(t, m["to_i"].get(t, 0)) for t in m["cc"])
    em["Subject"] = m["subject"]
    when = m["when"].astimezone(m["hdr_tz"]) if m["hdr_tz"] else m["when"]
    em["Date"] = format_datetime(when)
    if m["reply_to"]:
        em["In-Reply-To"] = message_id(m["reply_to"])
        em["References"] = message_id(m["reply_to"])
    em["X-Gmail-Labels"] = "PRR-2026-1187,Opened"

    def cte(text: str) -> str:
        if m["qp"]:
            return "quoted-printable"
        return "7bit" if text.isascii() and max(len(x) for x in text.splitlines() or [""]) < 900 else "8bit"

    if m["kind"] == "plain":
        em.set_content(body, subtype="plain", charset="utf-8", cte=cte(body))
    elif m["kind"] == "alt":
        em.set_content(body, subtype="plain", charset="utf-8", cte=cte(body))
        em.add_alternative(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    elif m["kind"] == "htmlonly":
        em.set_content(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
        em.make_mixed()
    elif m["kind"] == "ics":
        em.set_content(body, subtype="plain", charset="utf-8", cte=cte(body))
        em.add_alternative(m["ics"], subtype="calendar", charset="utf-8", params={"method": "REQUEST"})
    else:
        raise ValueError(m["kind"])
    return em


def main() -> None:
    import os
    if os.path.exists("release.mbox"):
        os.remove("release.mbox")
    box = mailbox.mbox("release.mbox", create=True)
    for m in sorted((m for m in MSGS if not m["quoted_only"]), key=lambda m: m["when"]):
        msgobj = build(m)
        mm = mailbox.mboxMessage(msgobj)
        mm.set_from("MAILER-DAEMON", m["when"].astimezone(UTC).timetuple())
        box.add(mm)
    box.flush()
    box.close()

    ents = []
    for pid, (name, emails, role, aff) in P.items():
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": ALIASES.get(pid, []),
                     "emails": emails, "role": role, "affiliation": aff})
    for oid, kind, name, al in ORGS:
        ents.append({"id": oid, "kind": kind, "name": name, "aliases": al})
    for pid, name, al in PRODUCTS:
        ents.append({"id": pid, "kind": "product", "name": name, "aliases": al})
    for cid, name in CODES:
        ents.append({"id": cid, "kind": "code", "name": name, "aliases": []})

    msgs = []
    for m in sorted(MSGS, key=lambda m: m["when"]):
        msgs.append({"id": m["id"], "sent": m["when"].isoformat(), "subject": m["subject"], "from": m["frm"],
                     "to": m["to"], "cc": m["cc"]})
    rels = []
    for src, tgt, items, val, ms in GIFTS:
        rels.append({"type": "GIFT", "source": src, "target": tgt,
                     "items": [{"product": p, "quantity": q} for p, q in items], "value_usd": val, "messages": ms})
    rels.extend(OTHER_REL)
    for pid, (_, _, _, aff) in P.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": aff})
    counts: dict[tuple[str, str], int] = {}
    for m in MSGS:
        for r in m["to"] + m["cc"]:
            counts[(m["frm"], r)] = counts.get((m["frm"], r), 0) + 1
    for (s, t), c in counts.items():
        rels.append({"type": "EMAILED", "source": s, "target": t, "count": c})
    with open("gold.json", "w", encoding="utf-8") as fh:
        json.dump({"entities": ents, "messages": msgs, "relations": rels}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(len(msgs), "messages;", sum(1 for r in rels if r["type"] == "GIFT"), "gifts")


if __name__ == "__main__":
    main()
