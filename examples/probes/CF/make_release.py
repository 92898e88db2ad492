#!/usr/bin/env python3
"""Write probe CF: a folder of Apple Mail .emlx files and its gold.json.

Everything here is invented: the vendor (Quillmast Radio Systems), the agency (Port of Ventrell Police
Department, its Marine Unit, Communications Center and Office of Emergency Management), the Ventrell
Harbor Commission, the people, products, codes, addresses and phone numbers.

    python make_release.py        # writes release/Messages/*.emlx and gold.json next to this file
"""
from __future__ import annotations

import json
import shutil
from datetime import datetime
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as _charset
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
TZ = ZoneInfo("America/Los_Angeles")

# ---------------------------------------------------------------- entities
ORGS = {
    "o_quill": ("organization", "Quillmast Radio Systems", ["Quillmast"]),
    "o_pvpd": ("organization", "Port of Ventrell Police Department", ["Port of Ventrell PD", "PVPD"]),
    "o_vhc": ("organization", "Ventrell Harbor Commission", ["Harbor Commission"]),
    "o_redfern": ("organization", "Redfern County Sheriff's Office", []),
    "o_lindell": ("organization", "Lindell Valley 911 Authority", []),
    "o_lodestar": ("organization", "Lodestar Travel", []),
    "d_marine": ("division", "Marine Unit", []),
    "d_comms": ("division", "Communications Center", ["Comms Center"]),
    "d_oem": ("division", "Office of Emergency Management", ["OEM"]),
}
PRODUCTS = {
    "p_p7": ("Skiff P7", ["Skiff P7 portable radio", "P7"]),
    "p_rsm2": ("Skiff RSM-2", ["RSM-2 speaker microphone", "RSM-2"]),
    "p_lantern": ("Lantern 4", ["Lantern 4 console upgrade", "Lantern console"]),
    "p_tidelink": ("TideLink", ["TideLink subscription"]),
}
CODES = ["SKIFF-HB7731", "QMR-YP0419", "DOCKSIDE25"]

# id: (display name, [addresses], role, affiliation org, member-of unit, aliases)
PEOPLE = {
    "corbin": ("Corbin Aldana", ["corbin.aldana@quillmast.com", "corbin.aldana77@kelpmail.com"], "vendor_employee", "o_quill", "o_quill", []),
    "priya": ("Priya Vantongeren", ["priya.vantongeren@quillmast.com"], "vendor_employee", "o_quill", "o_quill", []),
    "teodor": ("Teodor Blaskovich", ["teodor.blaskovich@quillmast.com"], "vendor_employee", "o_quill", "o_quill", []),
    "hollis": ("Hollis Brandvold", ["hbrandvold@portventrell.org", "hbrandvold.sails@wavepost.net"], "officer", "o_pvpd", "d_marine", ["Sgt. Hollis Brandvold"]),
    "kiri": ("Kiri Lindqvist", ["klindqvist@portventrell.org"], "officer", "o_pvpd", "d_marine", ["Officer Kiri Lindqvist"]),
    "renata": ("Renata Okafor", ["rokafor@portventrell.org"], "officer", "o_pvpd", "d_comms", ["Lt. Renata Okafor"]),
    "yolanda": ("Yolanda Petrakis", ["ypetrakis@portventrell.org", "yolipetrakis@kelpmail.com"], "officer", "o_pvpd", "d_comms", []),
    "desmond": ("Desmond Achterberg", ["dachterberg@portventrell.org"], "officer", "o_pvpd", "d_oem", []),
    "abner": ("Abner Castellanos", ["acastellanos@portventrell.org"], "officer", "o_pvpd", "o_pvpd", ["Chief Abner Castellanos"]),
    "felicity": ("Felicity Marchetti", ["fmarchetti@ventrellharbor.gov"], "officer", "o_vhc", "o_vhc", []),
    "orrin": ("Orrin Tsai", ["otsai@ventrellharbor.gov"], "officer", "o_vhc", "o_vhc", []),
    "ines": ("Ines Valcourt", ["ivalcourt@redfernsheriff.org"], "officer", "o_redfern", "o_redfern", ["Sgt. Ines Valcourt"]),
    "marguerite": ("Marguerite Ostrander", ["mostrander@lindell911.org"], "officer", "o_lindell", "o_lindell", []),
    "bettina": ("Bettina Kowalczyk", ["bettina@lodestartravel.com"], "other", "o_lodestar", "o_lodestar", []),
}
ADDR = {pid: p[1][0] for pid, p in PEOPLE.items()}
NEWS = ("Quillmast Radio Systems", "news@quillmast.com")
EVENTS = ("Quillmast Radio Systems", "events@quillmast.com")

# ---------------------------------------------------------------- signatures
SIG = {
    "corbin": "Corbin Aldana\nRegional Sales Manager, Public Safety West\nQuillmast Radio Systems\nm. (707) 555-0182 | o. (707) 555-0100",
    "priya": "Priya Vantongeren\nCustomer Success Lead\nQuillmast Radio Systems | 4410 Foundry Row, Suite 300, Alder Point, CA\nMobile 707-555-0147",
    "teodor": "Teodor Blaskovich\nSenior Solutions Engineer | Quillmast Radio Systems\nCell: 707.555.0169",
    "hollis": "Sgt. Hollis Brandvold\nMarine Unit Supervisor\nPort of Ventrell Police Department\nBoathouse: (510) 555-0131 | Mobile: (510) 555-0143",
    "kiri": "Officer Kiri Lindqvist #2281\nMarine Unit | Port of Ventrell Police Department\nc (510) 555-0178",
    "renata": "Lt. Renata Okafor\nCommunications Center Manager\nPort of Ventrell Police Department\n(510) 555-0120 desk / (510) 555-0194 cell",
    "yolanda": "Yolanda Petrakis\nDispatch Supervisor, Communications Center\nPort of Ventrell Police Department\n510-555-0125",
    "desmond": "Desmond Achterberg\nEmergency Management Coordinator\nOffice of Emergency Management, Port of Ventrell Police Department\nM: 510-555-0157",
    "abner": "Abner Castellanos\nChief of Police\nPort of Ventrell Police Department\n1 Harbor Gate Way, Ventrell, CA",
    "felicity": "Felicity Marchetti\nSenior Procurement Analyst\nVentrell Harbor Commission\n(510) 555-0210",
    "orrin": "Orrin Tsai\nEthics & Compliance Officer\nVentrell Harbor Commission\n(510) 555-0233",
    "ines": "Sgt. Ines Valcourt\nMarine Patrol, Redfern County Sheriff's Office\n(530) 555-0116",
    "marguerite": "Marguerite Ostrander\nOperations Manager\nLindell Valley 911 Authority\n(530) 555-0189",
    "bettina": "Bettina Kowalczyk\nCorporate Travel Consultant | Lodestar Travel\n(415) 555-0162",
}

MSGS: list[dict] = []


def who(pid, personal=False):
    name, addrs = PEOPLE[pid][0], PEOPLE[pid][1]
    return (name, addrs[1] if personal and len(addrs) > 1 else addrs[0])


def msg(mid, when, frm, to, subject, body, cc=(), html=False, reply_to=None, calendar=None, frm_id=None):
    """frm/to/cc: (name, address) pairs; frm_id and the ids of to/cc are derived from the address."""
    MSGS.append(dict(id=mid, when=datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ), frm=frm, to=list(to),
                     cc=list(cc), subject=subject, body=body, html=html, reply_to=reply_to, calendar=calendar))
    return MSGS[-1]


def quote(m, style="gmail"):
    d = m["when"]
    name, addr = m["frm"]
    if style == "gmail":
        head = f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}, {name} <{addr}> wrote:"
    else:  # Apple Mail
        head = f"On {d.strftime('%b')} {d.day}, {d.year}, at {d.strftime('%I:%M %p').lstrip('0')}, {name} <{addr}> wrote:"
    return "\n\n" + head + "\n\n" + "\n".join(("> " + line) if line else ">" for line in m["body"].splitlines())


def forward(m):
    d = m["when"]
    name, addr = m["frm"]
    tos = ", ".join(f"{n} <{a}>" for n, a in m["to"])
    return ("\n\n---------- Forwarded message ---------\n"
            f"From: {name} <{addr}>\nDate: {d.strftime('%a, %b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}\n"
            f"Subject: {m['subject']}\nTo: {tos}\n\n" + m["body"])


C, P, T = who("corbin"), who("priya"), who("teodor")
H, HP, K = who("hollis"), who("hollis", True), who("kiri")
R, Y, YP = who("renata"), who("yolanda"), who("yolanda", True)
D, A, F, O = who("desmond"), who("abner"), who("felicity"), who("orrin")
I, M, B = who("ines"), who("marguerite"), who("bettina")
CP = who("corbin", True)

# ---------------------------------------------------------------- the mail
m01 = msg("m01", "2024-01-08 09:12", C, [H], "Skiff P7 field eval for the Marine Unit", f"""Sergeant Brandvold,

Thanks for taking my call on Friday. As promised, I've put four Skiff P7 portables aside for a 30-day field evaluation on your boats. They're demo units on loan, so there's nothing to sign beyond our standard evaluation form, and they go back to us when the 30 days are up.

For your planning: the P7 lists at $1,180 per radio with the standard battery and charger. I can get you a formal quote whenever you're ready.

Where should I have them delivered?

Best,
{SIG['corbin']}""", cc=[K])

m02 = msg("m02", "2024-01-08 14:40", H, [C], "Re: Skiff P7 field eval for the Marine Unit", f"""Corbin,

Appreciate it. Ship them to the Pier 9 boathouse, attention Marine Unit. Kiri Lindqvist will run the eval and keep notes on range and battery life out past the breakwater.

Hollis

{SIG['hollis']}""" + quote(m01), cc=[K])

m03 = msg("m03", "2024-01-16 10:05", T, [K], "RSM-2 speaker mics", f"""Hi Kiri,

Corbin mentioned you're running the P7 eval. I dropped a demo Skiff RSM-2 speaker microphone in the box as well; it's the submersible one with the emergency button on top. Clip it on your vest and let me know if the audio holds up with the engines running.

Cheers,
{SIG['teodor']}""", cc=[H], html=True)

m04 = msg("m04", "2024-01-22 08:30", NEWS, [H], "Quillmast Dispatch | January: new accessories and a winter offer", """QUILLMAST DISPATCH - January

What's new this month
- The Skiff RSM-2 speaker microphone now ships in high-visibility orange.
- Lantern 4 console firmware 4.2 adds talkgroup patching from the map view.
- TideLink regional interoperability: three more counties came online in December.

Winter accessory offer
Use promo code DOCKSIDE25 at checkout for 25% off batteries, chargers and carry cases. The code is open to every Quillmast customer through February 29 and can be shared freely.

Upcoming webinar: "Keeping radios alive in salt air", February 8, 10:00 AM Pacific.

You are receiving this newsletter because you are a registered Quillmast customer. Unsubscribe or manage preferences at quillmast.com/prefs.
Quillmast Radio Systems, 4410 Foundry Row, Suite 300, Alder Point, CA""", html=True)

m05 = msg("m05", "2024-01-29 11:18", P, [R], "Quote Q-5521 - Lantern 4 console upgrade", f"""Lieutenant Okafor,

Please find our quote Q-5521 for the Lantern 4 console upgrade below, as discussed with your team last week:

  Lantern 4 console upgrade, 6 dispatch positions ....... $78,600
  Installation, cutover support and training ............ $7,800
  Total ................................................. $86,400

The quote is valid for 60 days. Pricing assumes a purchase order from the Harbor Commission before the end of March.

Kind regards,
{SIG['priya']}""", cc=[Y])

m06 = msg("m06", "2024-01-30 16:02", R, [P], "Re: Quote Q-5521 - Lantern 4 console upgrade", f"""Priya,

Thank you, received. I'll route it to Felicity Marchetti in Harbor Commission procurement; they handle the PO on their side. Expect questions about the training hours.

Renata

{SIG['renata']}""" + quote(m05, "apple"), cc=[Y])

m07 = msg("m07", "2024-02-05 13:25", C, [H], "Re: Skiff P7 field eval for the Marine Unit", f"""Hollis,

Kiri's notes are terrific - honestly the best field feedback we've had on the P7 this year. So here's what we'd like to do: rather than you boxing up the four evaluation radios and shipping them back, the Marine Unit should just keep them. No invoice and no charge from us; consider them a thank-you for the time your crew put in. (For your inventory records, each one lists at $1,180.)

I'll send over serial numbers so you can tag them.

Corbin

{SIG['corbin']}""" + quote(m02), cc=[K])

m08 = msg("m08", "2024-02-05 17:48", H, [C], "Re: Skiff P7 field eval for the Marine Unit", f"""Corbin - that's really generous, thank you. The crew is going to be thrilled to keep them on the boats. Send the serials whenever.

Hollis
Sent from my iPhone""" + quote(m07, "apple"), cc=[K])

m09 = msg("m09", "2024-02-07 09:02", T, [K], "Re: RSM-2 speaker mics", f"""Kiri,

Good to hear the RSM-2 survived the dunk test. Don't bother sending it back - hang on to it, it's yours to keep.

Teodor

{SIG['teodor']}""" + quote(m03))

m10 = msg("m10", "2024-02-07 10:15", K, [T], "Re: RSM-2 speaker mics", f"""Thanks Teodor, much appreciated! It's already living on my vest.

Kiri

{SIG['kiri']}""" + quote(m09))

m11 = msg("m11", "2024-02-09 15:30", C, [R], "Gulls game on the 24th?", f"""Renata,

Hope the week is treating you well. I've got two seats behind the glass for the Ventrell Gulls on Saturday, February 24, and I'd love for you to have them - bring your husband or a friend. Face value is $145 apiece, but they're yours, my compliments. I can drop them at the front desk.

Corbin

{SIG['corbin']}""")

m12 = msg("m12", "2024-02-09 18:52", R, [C], "Re: Gulls game on the 24th?", f"""Corbin, you're a lifesaver - my husband has been begging to see a game all season. We'll take them, thank you! Front desk is perfect.

Renata""" + quote(m11, "apple"))

m13 = msg("m13", "2024-02-12 12:00", C, [A], "Harbor Lights concert - suite", f"""Chief Castellanos,

Quillmast has a private suite at the Harbor Lights Amphitheater for the March 16 concert, catering included, and I'd be honored to host you and three guests. Just let me know names and I'll have the passes couriered over.

Respectfully,
{SIG['corbin']}""")

m14 = msg("m14", "2024-02-12 13:41", A, [O], "Fwd: Harbor Lights concert - suite", f"""Orrin,

Before I answer this one - is it something I can accept? My guess is no, but I'd rather ask.

Abner""" + forward(m13))

m15 = msg("m15", "2024-02-12 16:20", O, [A], "Re: Fwd: Harbor Lights concert - suite", f"""Chief,

Good instinct. Under the Commission's gift policy you can't accept anything from a current or prospective vendor worth more than $50 in a year, and a catered suite is well past that. Please decline it in writing and keep a copy.

Orrin

{SIG['orrin']}""" + quote(m14))

m16 = msg("m16", "2024-02-13 08:10", A, [C], "Re: Harbor Lights concert - suite", f"""Mr. Aldana,

Thank you for thinking of me, but I'll have to decline the suite. Harbor Commission ethics rules don't allow me to accept hospitality of that kind from a vendor. Please offer it to someone else.

Regards,
{SIG['abner']}""" + quote(m13), cc=[O])

m17 = msg("m17", "2024-02-20 09:45", P, [Y], "Lunch next week?", f"""Hi Yolanda,

I'm in Ventrell next Tuesday for the console site survey. Could I take you to lunch afterwards? My treat - I hear the Wharfside Grill does a great cioppino. Noon work?

Priya

{SIG['priya']}""", html=True)

m18 = msg("m18", "2024-02-20 11:03", Y, [P], "Re: Lunch next week?", f"""Tuesday at noon works. Thanks Priya, see you then!

Yolanda

{SIG['yolanda']}""" + quote(m17))

m19 = msg("m19", "2024-02-28 08:20", Y, [P], "Thank you!", f"""Priya,

Thanks again for lunch yesterday, the cioppino lived up to the hype. I've sent the position floor plan to Teodor.

Yolanda""")

m20 = msg("m20", "2024-02-26 10:30", F, [C], "PO HC-24-0817 - Skiff P7 portables (18)", f"""Mr. Aldana,

Attached is Harbor Commission Purchase Order HC-24-0817 for eighteen (18) Skiff P7 portable radios at the contract price of $1,180 each, total $21,240.00, ship to the Port of Ventrell Police Department Marine Unit, Pier 9. Please reference the PO number on your invoice and send it to accounts payable.

Thank you,
{SIG['felicity']}""", cc=[H])

m21 = msg("m21", "2024-02-27 11:02", C, [F], "Re: PO HC-24-0817 - Skiff P7 portables (18)", f"""Felicity,

Received, thank you. Invoice INV-77310 will follow once the radios ship, net 30.

Corbin

{SIG['corbin']}""" + quote(m20), cc=[H])

m22 = msg("m22", "2024-03-01 14:15", EVENTS, [D], "You're invited: Quillmast Summit 2024", """Dear Desmond,

We're delighted to invite you to the Quillmast Summit 2024, April 15-17 at the Mesa Quarry Resort in Palo Cedro Springs, where emergency managers and communications leaders share what worked (and what didn't) this past year.

As our guest, Quillmast will cover your round-trip airfare and three nights at the resort - about $1,650 in all. Our travel partner, Bettina Kowalczyk at Lodestar Travel, will be in touch to book your flights.

We look forward to seeing you there!

The Quillmast Events Team
Quillmast Radio Systems""", html=True)

m23 = msg("m23", "2024-03-04 09:20", B, [D], "Summit travel booking", f"""Hello Mr. Achterberg,

I'm holding a seat for you on the April 14 morning flight out of Ventrell Regional, returning April 17, plus three nights at the Mesa Quarry Resort, all billed to Quillmast's account. Please confirm your full legal name and date of birth for the ticket.

Best regards,
{SIG['bettina']}""")

m24 = msg("m24", "2024-03-04 09:21", D, [B], "Automatic reply: Summit travel booking", """I'm out of the office at a tabletop exercise through March 6 with limited access to email. For urgent matters, please call the Port of Ventrell Police Department Office of Emergency Management duty line at (510) 555-0150.

Desmond Achterberg""")

m25 = msg("m25", "2024-03-06 16:40", HP, [I], "radios", f"""Ines,

Good seeing you at the boating academy last week. You asked about the Skiff P7 - honestly it's the best portable we've ever run on the boats. Range is excellent past the breakwater and the batteries last a full double shift. I'd recommend it to any marine unit.

If your office orders through Quillmast, use my referral code SKIFF-HB7731 when you place it; you get 10% off and I get a credit toward accessories for my crew.

Hollis
Sent from my phone""")

m26 = msg("m26", "2024-03-07 08:55", I, [HP], "Re: radios", f"""Thanks Hollis, this helps. I'll pass it along to our lieutenant before budget hearings.

Ines

{SIG['ines']}""" + quote(m25))

m27 = msg("m27", "2024-03-11 10:00", CP, [HP], "small thank-you", """Hollis,

Wanted to say thanks for taking the reference call from the Redfern folks - it made a real difference. I left a $150 prepaid Visa card at the boathouse for you. Enjoy it, you've earned it.

Corbin
m. (707) 555-0182""")

m28 = msg("m28", "2024-03-11 19:33", HP, [CP], "Re: small thank-you", """Got it, thanks man. Dinner's on Visa this weekend.

H""" + quote(m27, "apple"))

m29 = msg("m29", "2024-03-12 13:30", T, [Y], "Lantern 4 loaner position", f"""Yolanda,

For the cutover we'll stand up a loaner Lantern 4 position in your training room so dispatchers can practice before the live positions switch over. It's on loan only; once the cutover is signed off, please box it up and send it back with the prepaid label in the case.

Teodor

{SIG['teodor']}""", cc=[R])

CAL = """BEGIN:VCALENDAR
PRODID:-//Quillmast//Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20240319T100000
DTEND;TZID=America/Los_Angeles:20240319T110000
DTSTAMP:20240313T171500Z
ORGANIZER;CN=Teodor Blaskovich:mailto:teodor.blaskovich@quillmast.com
ATTENDEE;CN=Renata Okafor;ROLE=REQ-PARTICIPANT:mailto:rokafor@portventrell.org
ATTENDEE;CN=Yolanda Petrakis;ROLE=REQ-PARTICIPANT:mailto:ypetrakis@portventrell.org
UID:cf-cutover-review-20240319@quillmast.com
SUMMARY:Lantern 4 cutover review
LOCATION:Communications Center training room
DESCRIPTION:Walk through the cutover checklist and the fallback plan.
END:VEVENT
END:VCALENDAR
"""
m30 = msg("m30", "2024-03-13 10:15", T, [R, Y], "Invitation: Lantern 4 cutover review @ Tue Mar 19, 2024 10am - 11am (PDT)",
          """You have been invited to the following event.

Lantern 4 cutover review
When: Tue Mar 19, 2024 10am - 11am (PDT)
Where: Communications Center training room
Organizer: Teodor Blaskovich

Walk through the cutover checklist and the fallback plan.

Going? Yes - Maybe - No""", calendar=CAL)

m31 = msg("m31", "2024-03-25 09:10", C, [R], "Telecommunicators Week", f"""Renata,

Telecommunicators Week is coming up in April and your dispatchers have had a long winter with the cutover. I'm sending over a $25 Driftwood Coffee gift card for each of the 12 dispatchers in the Communications Center - a small thank-you from all of us. They should arrive by Friday.

Corbin

{SIG['corbin']}""", cc=[Y])

m32 = msg("m32", "2024-03-25 12:47", R, [C], "Re: Telecommunicators Week", f"""That is so kind, Corbin. The team is going to love it - thank you on behalf of the whole floor.

Renata""" + quote(m31), cc=[Y])

m33 = msg("m33", "2024-04-02 15:05", Y, [T], "Loaner returned", f"""Teodor,

The loaner Lantern position went back by FedEx this morning in its original case, tracking 7781 4402 9913. Thank you also for staying late on Thursday to sort out the ANI/ALI display glitch on position 3 - that was above and beyond and the night shift noticed.

Yolanda

{SIG['yolanda']}""" + quote(m29), cc=[R])

m34 = msg("m34", "2024-04-03 11:45", P, [R], "TideLink for the center", f"""Renata,

Some good news to pass along: Quillmast is giving the Communications Center its first year of TideLink at no cost. Normally the subscription runs $4,800 a year; we'll simply not bill it for the first twelve months, and no purchase order is needed. I'll have it switched on Monday.

Warmly,
{SIG['priya']}""", cc=[Y])

m35 = msg("m35", "2024-04-03 16:10", R, [P], "Re: TideLink for the center", f"""Priya, thank you - that's a wonderful gift for the center, and perfect timing with the storm season coming.

Renata

{SIG['renata']}""" + quote(m34, "apple"), cc=[Y])

m36 = msg("m36", "2024-04-08 10:20", R, [A], "Console upgrade recommendation", f"""Chief,

You asked for my view before the Commission's five-year radio plan goes to the board. After three months on the Lantern 4 upgrade, I can't say enough good things about Quillmast: the cutover was the smoothest I've seen in twenty years of dispatch, and their support answers at 3 a.m. I recommend we standardize the Communications Center on Quillmast for the life of the plan.

Happy to walk the board through it.

Renata

{SIG['renata']}""", cc=[F])

m37 = msg("m37", "2024-04-10 14:02", P, [R], "Harborfront Food & Wine", f"""Renata,

I have two passes to the Harborfront Food & Wine Festival on Saturday the 20th with your name on them. Enjoy a day off on me - you've more than earned it after the cutover.

Priya

{SIG['priya']}""", html=True)

m38 = msg("m38", "2024-04-10 17:26", R, [P], "Re: Harborfront Food & Wine", f"""You're too kind! We'll definitely go. Thank you, Priya.

Renata""" + quote(m37))

m39 = msg("m39", "2024-04-15 19:12", YP, [M], "that radio company", """Hi Marguerite,

Following up from the conference: the outfit that did our console upgrade is Quillmast. If you end up signing with them for TideLink, give them my customer referral code QMR-YP0419 and they'll take $200 off your first year.

Talk soon,
Yoli""")

m40 = msg("m40", "2024-04-18 11:30", C, [A], "Fleece for the Chief", f"""Chief,

I dropped a couple of embroidered Quillmast fleece jackets at the front desk for you - no strings, just something warm for those early mornings on the water.

Corbin

{SIG['corbin']}""")

m41 = msg("m41", "2024-04-18 13:05", A, [C], "Re: Fleece for the Chief", f"""Corbin,

Thank you, that's kind of you. They'll get plenty of use on the patrol boat.

Abner Castellanos""" + quote(m40, "apple"))

m42 = msg("m42", "2024-04-22 09:40", D, [M], "Interop after the January storm", f"""Marguerite,

You asked what we used to keep everyone talking during the January storm. It was TideLink. We had the Port, two counties and the Coast Guard auxiliary on shared talkgroups within minutes, and it didn't drop once. If Lindell is shopping for an interoperability service, TideLink is the one I'd point you to.

Just back from their Summit, too - worth the trip.

Desmond

{SIG['desmond']}""", cc=[I])

m43 = msg("m43", "2024-04-24 08:05", K, [H], "Boat 3 radio mount", f"""Sarge,

The bracket for the P7 on Boat 3 cracked again. I've put in a work order with fleet; we'll be on the backup portable until Thursday.

Kiri

{SIG['kiri']}""")

# ---------------------------------------------------------------- gold relations
GIFTS = [
    # (source, target, value, [(product, qty)], message, quote)
    ("corbin", "d_marine", 4720, [("p_p7", 4)], "m07", "the Marine Unit should just keep them. No invoice and no charge from us; consider them a thank-you for the time your crew put in."),
    ("teodor", "kiri", None, [("p_rsm2", 1)], "m09", "Don't bother sending it back - hang on to it, it's yours to keep."),
    ("corbin", "renata", 290, [], "m11", "Face value is $145 apiece, but they're yours, my compliments."),
    ("priya", "yolanda", None, [], "m17", "Could I take you to lunch afterwards? My treat"),
    ("o_quill", "desmond", 1650, [], "m22", "As our guest, Quillmast will cover your round-trip airfare and three nights at the resort - about $1,650 in all."),
    ("corbin", "hollis", 150, [], "m27", "I left a $150 prepaid Visa card at the boathouse for you."),
    ("corbin", "d_comms", 300, [], "m31", "I'm sending over a $25 Driftwood Coffee gift card for each of the 12 dispatchers in the Communications Center"),
    ("priya", "d_comms", 4800, [("p_tidelink", 1)], "m34", "Quillmast is giving the Communications Center its first year of TideLink at no cost."),
    ("priya", "renata", None, [], "m37", "I have two passes to the Harborfront Food & Wine Festival on Saturday the 20th with your name on them."),
    ("corbin", "abner", None, [], "m40", "I dropped a couple of embroidered Quillmast fleece jackets at the front desk for you - no strings"),
]
GIFT_MORE = {  # further supporting messages (acceptance / thanks)
    ("corbin", "d_marine"): ["m08"], ("teodor", "kiri"): ["m10"], ("corbin", "renata"): ["m12"],
    ("priya", "yolanda"): ["m18", "m19"], ("o_quill", "desmond"): ["m23"], ("corbin", "hollis"): ["m28"],
    ("corbin", "d_comms"): ["m32"], ("priya", "d_comms"): ["m35"], ("priya", "renata"): ["m38"], ("corbin", "abner"): ["m41"],
}
REFERRALS = [
    ("hollis", "o_quill", "m25", "use my referral code SKIFF-HB7731 when you place it; you get 10% off and I get a credit toward accessories for my crew."),
    ("yolanda", "o_quill", "m39", "give them my customer referral code QMR-YP0419 and they'll take $200 off your first year."),
]
PROMOTED = [
    ("hollis", "p_p7", "m25", "I'd recommend it to any marine unit."),
    ("renata", "o_quill", "m36", "I recommend we standardize the Communications Center on Quillmast for the life of the plan."),
    ("desmond", "p_tidelink", "m42", "If Lindell is shopping for an interoperability service, TideLink is the one I'd point you to."),
]


# ---------------------------------------------------------------- writing
QP = _charset.Charset("utf-8")
QP.body_encoding = _charset.QP


def to_mime(m):
    body = m["body"]
    if m["calendar"]:
        outer = MIMEMultipart("alternative")
        outer.attach(MIMEText(body, "plain", QP))
        cal = MIMEText(m["calendar"], "calendar", QP)
        cal.set_param("method", "REQUEST")
        outer.attach(cal)
        outer.set_boundary("Apple-Mail=_" + m["id"].upper() + "-CAL")
    elif m["html"]:
        outer = MIMEMultipart("alternative")
        outer.attach(MIMEText(body, "plain", QP))
        paras = "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</p>"
                        for p in body.split("\n\n"))
        outer.attach(MIMEText(f"<html><body style=\"font-family:Helvetica\">{paras}</body></html>", "html", QP))
        outer.set_boundary("Apple-Mail=_" + m["id"].upper() + "-ALT")
    else:
        outer = EmailMessage()
        outer.set_content(body)
    fmt = lambda p: f'"{p[0]}" <{p[1]}>' if "," in p[0] or "." in p[0] else f"{p[0]} <{p[1]}>"  # noqa: E731
    outer["From"] = fmt(m["frm"])
    outer["To"] = ", ".join(fmt(p) for p in m["to"])
    if m["cc"]:
        outer["Cc"] = ", ".join(fmt(p) for p in m["cc"])
    outer["Subject"] = m["subject"]
    outer["Date"] = format_datetime(m["when"])
    outer["Message-ID"] = f"<{m['id']}.{int(m['when'].timestamp())}.cf@{m['frm'][1].split('@')[1]}>"
    return outer.as_bytes()


PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>date-last-viewed</key>
	<integer>{viewed}</integer>
	<key>date-received</key>
	<integer>{received}</integer>
	<key>flags</key>
	<integer>8590195713</integer>
	<key>remote-id</key>
	<string>{rid}</string>
</dict>
</plist>
"""


def addr_id(addr):
    for pid, p in PEOPLE.items():
        if addr.lower() in p[1]:
            return pid
    assert addr in (NEWS[1], EVENTS[1]), addr
    return "o_quill"


def main():
    out = HERE / "release" / "Messages"
    shutil.rmtree(HERE / "release", ignore_errors=True)
    out.mkdir(parents=True)
    for n, m in enumerate(sorted(MSGS, key=lambda m: m["when"]), start=1):
        raw = to_mime(m)
        ts = int(m["when"].timestamp())
        data = f"{len(raw)}\n".encode() + raw + PLIST.format(viewed=ts + 600, received=ts + 5, rid=4100 + n).encode()
        (out / f"{41200 + n}.emlx").write_bytes(data)

    ents = []
    for eid, (kind, name, aliases) in ORGS.items():
        ents.append({"id": eid, "kind": kind, "name": name, "aliases": aliases})
    for pid, (name, addrs, role, aff, _unit, aliases) in PEOPLE.items():
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": aliases, "emails": addrs, "role": role, "affiliation": aff})
    for eid, (name, aliases) in PRODUCTS.items():
        ents.append({"id": eid, "kind": "product", "name": name, "aliases": aliases})
    for c in CODES:
        ents.append({"id": "c_" + c.lower().replace("-", "_"), "kind": "code", "name": c, "aliases": []})

    bodies = {m["id"]: m["body"] for m in MSGS}
    messages, emailed = [], {}
    for m in MSGS:
        f = addr_id(m["frm"][1])
        to = [addr_id(a) for _, a in m["to"]]
        cc = [addr_id(a) for _, a in m["cc"]]
        messages.append({"id": m["id"], "sent": m["when"].isoformat(), "subject": m["subject"], "from": f, "to": to, "cc": cc})
        for r in to + cc:
            e = emailed.setdefault((f, r), {"type": "EMAILED", "source": f, "target": r, "count": 0, "messages": []})
            e["count"] += 1
            e["messages"].append(m["id"])

    def ev(mid, q):
        assert q in bodies[mid], (mid, q)
        return {"message": mid, "quote": q}

    rels = []
    for s, t, v, items, mid, q in GIFTS:
        rels.append({"type": "GIFT", "source": s, "target": t, "value_usd": v,
                     "items": [{"product": p, "quantity": n} for p, n in items],
                     "messages": [mid] + GIFT_MORE.get((s, t), []), "evidence": [ev(mid, q)]})
    for s, t, mid, q in REFERRALS:
        rels.append({"type": "REFERRAL", "source": s, "target": t, "messages": [mid], "evidence": [ev(mid, q)]})
    for s, t, mid, q in PROMOTED:
        rels.append({"type": "PROMOTED", "source": s, "target": t, "messages": [mid], "evidence": [ev(mid, q)]})
    for pid, p in PEOPLE.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": p[4]})
    rels.extend(emailed.values())
    gold = {"about": "probe CF: see probe.json", "entities": ents, "messages": messages, "relations": rels}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")
    print(f"{len(MSGS)} messages, {len(ents)} entities, {len(rels)} relations")


if __name__ == "__main__":
    main()
