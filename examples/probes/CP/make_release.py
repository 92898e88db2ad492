#!/usr/bin/env python3
"""Write probe CP: release.mbox (a hostile mboxrd export, CRLF) and gold.json.

Everything is invented. Run from this directory: python3 make_release.py
"""
import json
import re
from datetime import datetime
from email.header import Header
from zoneinfo import ZoneInfo

TZ = ZoneInfo("America/Denver")

# ---------------------------------------------------------------- entities
V = "org_orvane"
DOC = "org_adoc"
ENT = [
    ("org_orvane", "organization", "Orvane Detection Systems", ["Orvane", "Orvane Detection", "Orvane Detection Systems, Inc."]),
    ("org_adoc", "organization", "Absaroka Department of Corrections", ["ADOC", "Absaroka DOC"]),
    ("div_redbutte", "division", "Red Butte Correctional Facility", ["Red Butte", "RBCF"]),
    ("div_stg", "division", "Security Threat Group Unit", ["STG Unit", "Security Threat Group"]),
    ("div_procure", "division", "Procurement Services", []),
    ("div_huc", "division", "Housing Unit C", ["C-Unit", "C Unit"]),
    ("div_juniper", "division", "Juniper Flats Correctional Facility", ["Juniper Flats"]),
    ("org_acoa", "organization", "Absaroka Correctional Officers Association", ["ACOA"]),
    ("org_hollins", "organization", "Hollins County Jail", []),
    ("org_ctr", "organization", "Corrections Technology Review", []),
    ("prod_bodyview", "product", "BodyView 360", ["BodyView"]),
    ("prod_phonetrace", "product", "PhoneTrace", []),
    ("prod_mailsift", "product", "MailSift M2", ["MailSift"]),
    ("prod_trudrop", "product", "TruDrop", ["TruDrop 12-panel kit", "TruDrop kits"]),
    ("code_tull", "code", "TULL-RB15", []),
    ("code_field", "code", "FIELD15", []),
]
# id, name, aliases, email, role, member_of, affiliation(org)
PEOPLE = [
    ("p_fenwick", "Dale Fenwick", ["Dale"], "dfenwick@orvanedetect.com", "vendor_employee", V, V),
    ("p_ketchum", "Marisol Ketchum", ["Marisol"], "mketchum@orvanedetect.com", "vendor_employee", V, V),
    ("p_voss", "Harlan Voss", ["Harlan"], "hvoss@orvanedetect.com", "vendor_employee", V, V),
    ("p_albers", "Tricia Albers", ["Tricia"], "talbers@orvanedetect.com", "vendor_employee", V, V),
    ("p_pikesley", "Gordon Pikesley", ["Gordon", "Warden Pikesley"], "gordon.pikesley@doc.absaroka.gov", "officer", "div_redbutte", DOC),
    ("p_oyelaran", "Renata Oyelaran", ["Renata"], "renata.oyelaran@doc.absaroka.gov", "officer", "div_redbutte", DOC),
    ("p_lindqvist", "Wade Lindqvist", ["Wade", "Sgt. Wade Lindqvist"], "wade.lindqvist@doc.absaroka.gov", "officer", "div_stg", DOC),
    ("p_marchetti", "Colleen Marchetti", ["Colleen"], "colleen.marchetti@doc.absaroka.gov", "officer", "div_procure", DOC),
    ("p_tull", "Ambrose Tull", ["Capt. Ambrose Tull", "Ambrose"], "ambrose.tull@doc.absaroka.gov", "officer", "div_huc", DOC),
    ("p_carvajal", "Luis Carvajal", ["Luis"], "lcarvajal@acoa-local14.org", "officer", "org_acoa", "org_acoa"),
    ("p_routh", "Pamela Routh", ["Pam", "Pamela"], "pamela.routh@doc.absaroka.gov", "officer", DOC, DOC),
    ("p_bellweather", "Curtis Bellweather", ["Curtis"], "cbellweather@hollinscountyjail.org", "officer", "org_hollins", "org_hollins"),
    ("p_halloway", "Jenna Halloway", ["Jenna"], "jhalloway@corrtechreview-mag.com", "other", "org_ctr", "org_ctr"),
    ("p_farrow", "Denise Farrow", ["Denise", "Lt. Denise Farrow"], "denise.farrow@doc.absaroka.gov", "officer", "div_juniper", DOC),
]
P = {p[0]: p for p in PEOPLE}


def addr(pid):
    return f"{P[pid][1]} <{P[pid][3]}>"


# ---------------------------------------------------------------- signatures
SIG = {
    "p_fenwick": "Dale Fenwick\nRegional Sales Manager, Mountain West\nOrvane Detection Systems, Inc.\n1180 Quarry Road, Ogden, UT 84404\nc. 801-555-0173",
    "p_ketchum": "Marisol Ketchum\nAccount Executive | Orvane Detection Systems\n801-555-0129",
    "p_voss": "Harlan Voss\nVice President, Sales\nOrvane Detection Systems, Inc.\no. 801-555-0100 x210",
    "p_albers": "Tricia Albers\nCustomer Programs Coordinator\nOrvane Detection Systems\n801-555-0144",
    "p_pikesley": "Gordon Pikesley\nWarden\nRed Butte Correctional Facility\nAbsaroka Department of Corrections\n(307) 555-0410",
    "p_oyelaran": "Renata Oyelaran\nDeputy Warden, Red Butte Correctional Facility\nAbsaroka Department of Corrections\n(307) 555-0412",
    "p_lindqvist": "Sgt. Wade Lindqvist\nSecurity Threat Group Unit\nAbsaroka Department of Corrections\ndesk (307) 555-0466",
    "p_marchetti": "Colleen Marchetti\nProcurement Officer, Procurement Services\nAbsaroka Department of Corrections\n(307) 555-0301",
    "p_tull": "Capt. Ambrose Tull\nHousing Unit C\nRed Butte Correctional Facility\n(307) 555-0437",
    "p_carvajal": "Officer Luis Carvajal\nChapter Representative, Absaroka Correctional Officers Association\ncell 307-555-0198",
    "p_routh": "Pamela Routh\nDirector of Operations\nAbsaroka Department of Corrections\n(307) 555-0200",
    "p_bellweather": "Curtis Bellweather\nJail Administrator\nHollins County Jail\n(307) 555-0750",
    "p_halloway": "Jenna Halloway\nSenior Editor, Corrections Technology Review\n(720) 555-0182",
    "p_farrow": "Lt. Denise Farrow\nJuniper Flats Correctional Facility\n(307) 555-0521",
}

# ---------------------------------------------------------------- messages
# key, from, to, cc, local datetime, subject, body, options
M = []


def msg(key, frm, to, cc, when, subject, body, **opt):
    M.append(dict(key=key, frm=frm, to=to, cc=cc, when=datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ),
                  subject=subject, body=body.strip("\n"), **opt))


msg("m01", "p_fenwick", ["p_pikesley"], ["p_oyelaran"], "2026-02-03 09:12", "BodyView 360 pilot at Red Butte", """
Warden Pikesley,

Good talking with you and Renata last week. As promised, here's what we had in mind for Red Butte.

We'd like to put a BodyView 360 full-body scanner at your main gate as a pilot. We install it, train your officers, and the unit is left with you through the budget cycle at no cost, so you have real numbers in hand when the legislature sits down with your budget. If at the end of it you'd rather not keep it, we haul it away, no hard feelings.
From what you told me about the visiting room, I think the gate is the right spot to start.

For planning purposes only, the 360 lists at $162,000 installed, with the first year of service included.

Let me know and I'll get a crew on the calendar.

Thanks,
""" + SIG["p_fenwick"])

msg("m02", "p_pikesley", ["p_fenwick"], ["p_oyelaran"], "2026-02-03 13:40", "Re: BodyView 360 pilot at Red Butte", """
Dale,

That works for us. Renata will coordinate the install with you.

Gordon

""" + SIG["p_pikesley"], quote="m01", qstyle="gmail")

msg("m03", "p_oyelaran", ["p_fenwick"], [], "2026-02-05 10:05", "BodyView install - dates", """
Hi Dale,

Facilities says we can have the electrician at the main gate the week of the 16th. Would Tuesday the 17th or Wednesday the 18th work for your crew? We will need names and DOBs for everyone coming in for the background check at least 72 hours ahead.

Renata

""" + SIG["p_oyelaran"], datefmt="notz")

msg("m04", "p_fenwick", ["p_oyelaran"], [], "2026-02-05 10:30", "Re: BodyView install - dates", """
Tuesday the 17th. I'll send the crew list tomorrow.
Dale
""", quote="m03", qstyle="gmail")

msg("m05", "p_fenwick", ["p_lindqvist"], ["p_marchetti"], "2026-02-10 08:55", "PhoneTrace quote Q-22918", """
Sgt. Lindqvist,

Attached is quote Q-22918 for three PhoneTrace cell-phone detection systems for the yards and housing units you walked me through: $86,400 total, installation and first-year monitoring included. The pricing is good for 60 days and it can go against the state contract.

Colleen, copying you so procurement has it.

Best,
""" + SIG["p_fenwick"])

msg("m06", "p_marchetti", ["p_fenwick"], [], "2026-02-10 08:56", "=?ISO-8859-1?Q?Automatic_reply:_PhoneTrace_quote_Q-22918?=", """
I am out of the office through Thursday, February 12, with limited access to email. For urgent procurement matters please call the Procurement Services main line at (307) 555-0300.

Colleen Marchetti
""", encoded=True)

msg("m07", "p_ketchum", ["p_pikesley", "p_oyelaran"], [], "2026-02-12 14:20", "Mountain States conference - dinner Thursday?", """
Gordon, Renata,

Are you both going to be at the Mountain States Corrections Conference in Pueblo next week? A few of us from Orvane will be there. I'd love to take you two to dinner Thursday night at the steakhouse across from the convention center, my treat. Say 7:00?

Marisol

""" + SIG["p_ketchum"])

msg("m08", "p_oyelaran", ["p_ketchum"], ["p_pikesley"], "2026-02-12 16:02", "Re: Mountain States conference - dinner Thursday?", """
Marisol - we'd love to. Gordon's in too. 7:00 is fine.

R.
""", quote="m07", qstyle="gmail")

msg("m09", "p_ketchum", ["p_marchetti"], [], "2026-02-16 11:15", "=?ISO-8859-1?Q?Tee_time_at_Pi=F1on_Ridge_-_conference_week?=", """
Hi Colleen,

I know you'll be in Pueblo for the procurement track. We have a foursome booked at Piñon Ridge on Wednesday afternoon with a couple of customers from the Dakotas, and we have one open spot. Would you like to join us as our guest? Clubs can be rented at the course, and lunch is included.

Marisol

""" + SIG["p_ketchum"], encoded=True)

msg("m10", "p_marchetti", ["p_ketchum"], [], "2026-02-17 09:03", "=?ISO-8859-1?Q?RE:_Tee_time_at_Pi=F1on_Ridge_-_conference_week?=", """
Marisol,

Thank you for thinking of me, but I have to say no. Under the State Ethics Code (Section 9-4-212) I can't accept anything of value from a company that does business with the department or is competing for a contract, and that includes a round of golf. I hope you understand.

See you at the vendor table.

""" + SIG["p_marchetti"], quote="m09", qstyle="outlook", encoded=True)

msg("m11", "p_ketchum", ["p_oyelaran", "p_pikesley"], [], "2026-02-20 21:40", "Thanks for a great evening", """
Gordon and Renata,

Thank you both for joining us last night. It was great to get to know you outside of a conference room. Safe travels home.

Marisol
""", datefmt="notz")

msg("m12", "p_pikesley", ["p_ketchum"], ["p_oyelaran"], "2026-02-23 08:10", "Re: Thanks for a great evening", """
Marisol,

The thanks are ours. Dinner was excellent and it was good to hear where the company is headed. Renata is still talking about the bread pudding.

Gordon
""", quote="m11", qstyle="gmail")

msg("m13", "p_fenwick", ["p_lindqvist"], [], "2026-02-24 15:30", "hockey on the 14th", """
Wade,

I've got two seats for the hockey game on March 14, lower bowl behind the home bench. Face value is $240 for the pair and I can't use them. They're yours if you want them - bring your son.

Dale
""")

msg("m14", "p_lindqvist", ["p_fenwick"], [], "2026-02-24 16:05", "RE: hockey on the 14th", """
Count us in. Thanks Dale, he's going to lose his mind.
""", quote="m13", qstyle="outlook")

msg("m15", "p_marchetti", ["p_fenwick"], ["p_lindqvist"], "2026-03-03 10:22", "=?ISO-8859-1?Q?Purchase_Order_26-04471_-_PhoneTrace_(3)?=", """
Dale,

Purchase Order 26-04471 is issued against State Contract SC-2291-DOC for three (3) PhoneTrace detection systems per your quote Q-22918, total $86,400.00. Please reference the PO number on every invoice and send invoices to accounts payable, not to me. Delivery to the Red Butte warehouse dock, Monday through Friday, 7 a.m. to 2 p.m.

Thank you,

""" + SIG["p_marchetti"], encoded=True, duplicate=True)

msg("m16", "p_fenwick", ["p_lindqvist"], ["p_marchetti"], "2026-03-05 14:45", "RE: Purchase Order 26-04471 - PhoneTrace (3)", """
Colleen, thanks, PO received and the systems ship next week.

Wade - separate from the order, I'm also sending six extra PhoneTrace sensors for your unit. There's no invoice and no charge for those; put them wherever you think the phones are moving. I'd rather you have coverage in the blind spots than wait for the next budget.

Dale
""", quote="m15", qstyle="outlook", datefmt="wrongday")

msg("m17", "p_lindqvist", ["p_fenwick"], [], "2026-03-06 07:50", "Re: extra sensors", """
Dale,

The six extra sensors came in yesterday. We put four in D block and two in the laundry. Already one hit last night. Appreciate it.

Wade

""" + SIG["p_lindqvist"])

msg("m18", "p_albers", ["p_tull"], [], "2026-03-10 13:00", "Coins and jackets for your shift", """
Hi Captain Tull,

Dale mentioned your crew in Housing Unit C worked a rough stretch this winter, and we wanted to do something for them. We had 40 challenge coins struck and 40 embroidered shift jackets made for the C-Unit staff - one each. They go out by freight Friday. Could you send me sizes when you get a chance? A list of names for the coins would be nice too, but it's not required.

Take care,
""" + SIG["p_albers"])

msg("m19", "p_tull", ["p_albers"], [], "2026-03-13 16:20", "Re: Coins and jackets for your shift", """
Tricia,

The jackets and coins came in this afternoon. I passed them out at shift change and the crew loves them. Please tell Dale thank you from all of us.

Capt. Tull
""", quote="m18", qstyle="gmail")

msg("m20", "p_fenwick", ["p_tull"], [], "2026-03-16 09:35", "TruDrop kits for intake", """
Captain,

I'm sending you 50 TruDrop 12-panel kits to try out on intake. These are on the house. They run about $9 apiece, so call it $450, but don't worry about that; I just want your officers to see how fast they read compared to what you use now.

>From the Juniper Flats numbers, I'd expect you to cut your send-outs to the lab by a third.

Dale
""")

msg("m21", "p_tull", ["p_fenwick"], [], "2026-03-18 11:02", "Re: TruDrop kits for intake", """
Got the kits, thank you. We'll start using them on Monday's intake.
""", quote="m20", qstyle="gmail", stray="""
=====================================================================
 MAILKEEPER ARCHIVE EXPORT  volume 2 of 3  (continued)
 folder: Inbox/Vendors   exported 06/30/2026 by records unit
=====================================================================
""")

msg("m22", "p_tull", ["p_farrow"], [], "2026-03-24 14:10", "kit order / code", """
Denise,

You asked about the drug kits. Orvane gave me a referral code, TULL-RB15. Have your purchasing put it on the order and you get 15% off the kits, and I get credit toward our training hours with them. Ask for Dale Fenwick.

Ambrose
""")

msg("m23", "p_voss", ["p_oyelaran"], ["p_pikesley"], "2026-03-26 10:00", "Staff appreciation barbecue", """
Renata,

Dale tells me Red Butte holds a staff appreciation barbecue in May. Orvane would be glad to sponsor it this year. We'll cover the catering for all shifts, around $1,800 based on last year's headcount, and we'll have the caterer bill us directly. No strings attached - your staff have been great to work with during the pilot.

Regards,
""" + SIG["p_voss"])

msg("m24", "p_oyelaran", ["p_voss"], ["p_pikesley"], "2026-03-27 08:45", "Re: Staff appreciation barbecue", """
Harlan,

That's very generous. Gordon signed off this morning. The barbecue is Friday, May 15; I'll put your caterer in touch with our kitchen supervisor.

Renata
""", quote="m23", qstyle="gmail")

msg("m25", "p_oyelaran", ["p_fenwick"], [], "2026-04-02 15:15", "MailSift demo unit going back", """
Dale,

We finished our thirty days with the MailSift M2 demo unit in the mailroom. It's crated and went back to you on today's freight pickup, tracking 7731 0042 5589. Mailroom staff liked it, but we don't have the money this year.

Renata
""")

msg("m26", "p_voss", ["p_routh"], [], "2026-04-06 09:20", "=?ISO-8859-1?Q?Visit_to_our_plant_in_Ogden?=", """
Director Routh,

We'd like to host you at our plant in Ogden on April 22-23 for a tour of the production line and the test lab where we certify the BodyView and PhoneTrace units. Your airfare and two nights at the hotel next to the plant are on us, about $1,140 all in. Our travel coordinator can book everything for you.

Best regards,
""" + SIG["p_voss"], encoded=True)

msg("m27", "p_routh", ["p_voss"], [], "2026-04-07 12:30", "Re: Visit to our plant in Ogden", """
Harlan,

Thank you, I'd like to come. Please have your travel coordinator contact my assistant for the bookings.

Pam

""" + SIG["p_routh"], quote="m26", qstyle="gmail", datefmt="yy")

msg("m28", "p_halloway", ["p_oyelaran"], [], "2026-04-09 11:00", "Quote for our contraband technology issue", """
Deputy Warden Oyelaran,

I'm putting together the June feature for Corrections Technology Review on cell phone detection. Orvane suggested I reach out to you. Could you give me two or three sentences on how it's gone at Red Butte? Deadline is the 17th.

Thanks,
""" + SIG["p_halloway"])

msg("m29", "p_oyelaran", ["p_halloway"], [], "2026-04-10 16:40", "Re: Quote for our contraband technology issue", """
Jenna,

Here you go, feel free to trim:

"Since we put PhoneTrace on the yard, our cell phone finds have gone up by half, and the calls we pick up tell us where the drops are coming from. I'd tell any facility that's fighting contraband phones to take a hard look at it."

Renata Oyelaran, Deputy Warden, Red Butte Correctional Facility

""" + SIG["p_oyelaran"], quote="m28", qstyle="gmail")

msg("m30", "p_fenwick", ["p_pikesley"], ["p_oyelaran"], "2026-04-14 10:05", "BodyView - after the budget cycle", """
Gordon,

Now that the budget cycle is behind you, I wanted to close the loop on the BodyView 360 at your gate. Keep it. There's no invoice coming and nothing to sign; it's yours. We'll keep servicing it like any other unit.

Dale
""")

msg("m31", "p_pikesley", ["p_fenwick"], ["p_oyelaran"], "2026-04-15 07:40", "RE: BodyView - after the budget cycle", """
Dale,

Thanks. It stays on the gate.

G.
""", quote="m30", qstyle="outlook")

msg("m32", "p_pikesley", ["p_bellweather"], ["p_fenwick"], "2026-04-20 13:15", "body scanner question", """
Curtis,

You asked me at the sheriffs' meeting what we use at the gate. I'd recommend Orvane Detection Systems without hesitation. Their scanner has been on our gate since February, it's caught more than we expected, and Dale Fenwick (copied) answers his phone. Give him a call; tell him I sent you.

Gordon

""" + SIG["p_pikesley"])

msg("m33", "p_bellweather", ["p_pikesley"], ["p_fenwick"], "2026-04-21 08:30", "Re: body scanner question", """
Thanks Gordon. I'll give Dale a call this week.

Curtis Bellweather
Jail Administrator, Hollins County Jail
""", quote="m32", qstyle="gmail")

msg("m34", "p_lindqvist", ["p_fenwick"], [], "2026-04-28 09:10", "sensor 4", """
Dale,

Thanks for getting your tech out Tuesday to recalibrate sensor 4 on the yard. It's reading clean again. Glad it was under warranty.

Wade
""")

msg("m35", "p_lindqvist", ["p_routh"], ["p_farrow"], "2026-05-01 14:25", "STG equipment for next fiscal year", """
Director Routh,

For the FY27 request: I'd recommend we put PhoneTrace in at Juniper Flats. It's the best tool we've had against phones since I joined the unit, and Lt. Farrow's people are seeing the same drop pattern we had at Red Butte before the sensors went in. I can send numbers if it helps.

Respectfully,
""" + SIG["p_lindqvist"])

msg("m36", "p_albers", [], [], "2026-05-04 07:00", "=?ISO-8859-1?Q?Orvane_Field_Notes_=96_May?=", """
ORVANE FIELD NOTES | May

In this issue:
 - MailSift M2 firmware 3.2 adds faster screening of legal mail envelopes
 - Customer spotlight: Housing Unit C at Red Butte
 - Training webinar, May 20, 10 a.m. Mountain

Spring savings for every agency: use code FIELD15 on any TruDrop order placed by June 30 for 15% off. The code is open to all customers; no sign-up needed.

To stop receiving Field Notes, reply with UNSUBSCRIBE.
Orvane Detection Systems, Inc., 1180 Quarry Road, Ogden, UT 84404
""", encoded=True, undisclosed=True, cp1252=True)

msg("m37", "p_ketchum", ["p_carvajal"], [], "2026-05-06 10:45", "Thank you for the survey", """
Luis,

Thank you for taking our officer safety survey and for getting so many of your members to fill it out. As promised, here's a $100 prepaid gift card for you - the card number and PIN are below. Enjoy it.

Card: 4000 12XX XXXX 7781   PIN: sent separately

Marisol
""")

msg("m38", "p_carvajal", ["p_ketchum"], [], "2026-05-06 18:30", "Re: Thank you for the survey", """
Marisol, got the card. Thanks, that was not necessary but much appreciated.

Luis
""" + "\n" + SIG["p_carvajal"], quote="m37", qstyle="gmail", nofrom=True)

msg("m39", "p_tull", ["p_fenwick"], [], "2026-05-12 10:00", "kit lot numbers", "", empty=True)

msg("m40", "p_oyelaran", ["p_voss"], ["p_pikesley"], "2026-05-18 09:30", "Barbecue - thank you", """
Harlan,

Thank you again for sponsoring Friday's barbecue. The caterer was terrific and we fed all three shifts, including the night crew at 11 p.m. Several officers asked me to pass along their thanks. Photos are attached; I'll send more once
""", truncate=True)

# ---------------------------------------------------------------- relations
R = []


def gift(src, dst, msgs, quotes, value=None, items=None):
    R.append(dict(type="GIFT", source=src, target=dst, value_usd=value, items=items or [], messages=msgs,
                  evidence=[{"message": m, "quote": q} for m, q in zip(msgs, quotes)]))


def rel(t, src, dst, msgs, quotes):
    R.append(dict(type=t, source=src, target=dst, messages=msgs,
                  evidence=[{"message": m, "quote": q} for m, q in zip(msgs, quotes)]))


gift("p_fenwick", "p_pikesley", ["m01", "m30"],
     ["the unit is left with you through the budget cycle at no cost",
      "Keep it. There's no invoice coming and nothing to sign; it's yours."],
     162000, [{"product": "prod_bodyview", "quantity": 1}])
gift("p_ketchum", "p_pikesley", ["m07", "m12"],
     ["I'd love to take you two to dinner Thursday night at the steakhouse across from the convention center, my treat.",
      "Dinner was excellent"])
gift("p_ketchum", "p_oyelaran", ["m07", "m08"],
     ["I'd love to take you two to dinner Thursday night at the steakhouse across from the convention center, my treat.",
      "Marisol - we'd love to."])
gift("p_fenwick", "p_lindqvist", ["m13", "m14"],
     ["Face value is $240 for the pair and I can't use them. They're yours if you want them - bring your son.",
      "Count us in. Thanks Dale"], 240)
gift("p_fenwick", "div_stg", ["m16", "m17"],
     ["I'm also sending six extra PhoneTrace sensors for your unit. There's no invoice and no charge for those",
      "The six extra sensors came in yesterday."], None, [{"product": "prod_phonetrace", "quantity": 6}])
gift("p_albers", "div_huc", ["m18", "m19"],
     ["We had 40 challenge coins struck and 40 embroidered shift jackets made for the C-Unit staff - one each.",
      "The jackets and coins came in this afternoon."])
gift("p_fenwick", "p_tull", ["m20", "m21"],
     ["I'm sending you 50 TruDrop 12-panel kits to try out on intake. These are on the house.",
      "Got the kits, thank you."], 450, [{"product": "prod_trudrop", "quantity": 50}])
gift("p_voss", "div_redbutte", ["m23", "m24", "m40"],
     ["Orvane would be glad to sponsor it this year. We'll cover the catering for all shifts, around $1,800",
      "That's very generous. Gordon signed off this morning.",
      "Thank you again for sponsoring Friday's barbecue."], 1800)
gift("p_voss", "p_routh", ["m26", "m27"],
     ["Your airfare and two nights at the hotel next to the plant are on us, about $1,140 all in.",
      "Thank you, I'd like to come."], 1140)
gift("p_ketchum", "p_carvajal", ["m37", "m38"],
     ["As promised, here's a $100 prepaid gift card for you", "got the card. Thanks"], 100)

rel("REFERRAL", "p_tull", V, ["m22"],
    ["Orvane gave me a referral code, TULL-RB15. Have your purchasing put it on the order and you get 15% off the kits, and I get credit"])
rel("PROMOTED", "p_oyelaran", "prod_phonetrace", ["m29"],
    ["I'd tell any facility that's fighting contraband phones to take a hard look at it."])
rel("PROMOTED", "p_pikesley", V, ["m32"],
    ["I'd recommend Orvane Detection Systems without hesitation."])
rel("PROMOTED", "p_lindqvist", "prod_phonetrace", ["m35"],
    ["I'd recommend we put PhoneTrace in at Juniper Flats. It's the best tool we've had against phones"])
for p in PEOPLE:
    R.append(dict(type="MEMBER_OF", source=p[0], target=p[5], messages=[], evidence=[]))


# ---------------------------------------------------------------- writing
def body_lines(m):
    return m["body"].split("\n") if m["body"] else []


def quote_block(m):
    q = next(x for x in M if x["key"] == m["quote"])
    style = m["qstyle"]
    if style == "none":
        return []
    lines = [""]
    if style == "gmail":
        w = q["when"]
        lines.append(f"On {w.strftime('%a')}, {w.strftime('%b')} {w.day}, {w.year} at {w.strftime('%I:%M %p').lstrip('0')} "
                     f"{P[q['frm']][1]} <{P[q['frm']][3]}> wrote:")
        lines += [">" + (" " + ln if ln and not ln.startswith(">") else ln) for ln in body_lines(q)]
        if q.get("quote") and q["qstyle"] != "none":
            lines += [">" + (" " + ln if ln and not ln.startswith(">") else ln) for ln in quote_block(q)[1:]]
    else:
        w = q["when"]
        lines += ["", "-----Original Message-----", f"From: {P[q['frm']][1]} <{P[q['frm']][3]}>",
                  f"Sent: {w.strftime('%A')}, {w.strftime('%B')} {w.day}, {w.year} {w.strftime('%I:%M %p').lstrip('0')}",
                  "To: " + "; ".join(P[t][1] for t in q["to"])]
        if q["cc"]:
            lines.append("Cc: " + "; ".join(P[t][1] for t in q["cc"]))
        lines += ["Subject: " + plain_subject(q), ""] + body_lines(q)
    return lines


def plain_subject(m):
    s = m["subject"]
    mm = re.fullmatch(r"=\?ISO-8859-1\?Q\?(.*)\?=", s)
    if not mm:
        return s
    raw = re.sub(r"=([0-9A-F]{2})", lambda x: chr(int(x.group(1), 16)), mm.group(1).replace("_", " "))
    return raw


def gold_subject(m):
    s = plain_subject(m)
    return s.replace("\x96", "-")


def date_header(m):
    w = m["when"]
    f = m.get("datefmt")
    if f == "notz":
        return w.strftime("%a, %d %b %Y %H:%M:%S")
    if f == "yy":
        return w.strftime("%a, %d %b %y %H:%M:%S %z")
    if f == "wrongday":
        wrong = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(w.weekday() + 4) % 7]
        return wrong + w.strftime(", %d %b %Y %H:%M:%S %z")
    return w.strftime("%a, %d %b %Y %H:%M:%S %z")


def encode_subject(m):
    s = m["subject"]
    if m.get("encoded"):
        return s
    if m["key"] in ("m07", "m23", "m32"):
        return Header(s, "iso-8859-1").encode()
    return s


def mboxrd(line):
    return ">" + line if re.match(r"^>*From ", line) else line


out = []
for m in M:
    w = m["when"]
    utc = w.astimezone(ZoneInfo("UTC"))
    out.append(f"From {P[m['frm']][3]} {utc.strftime('%a %b %d %H:%M:%S %Y')}")
    hdr = []
    if m.get("nofrom"):
        hdr.append(f"Sender: {addr(m['frm'])}")
    else:
        hdr.append(f"From: {addr(m['frm'])}")
    hdr.append("To: undisclosed-recipients:;" if m.get("undisclosed") else "To: " + ", ".join(addr(t) for t in m["to"]))
    if m["cc"]:
        hdr.append("Cc: " + ", ".join(addr(t) for t in m["cc"]))
    hdr.append("Subject: " + encode_subject(m))
    hdr.append("Date: " + date_header(m))
    hdr.append(f"Message-ID: <{m['key']}.{w.strftime('%Y%m%d%H%M')}@mail.archive.invalid>")
    hdr.append("MIME-Version: 1.0")
    lines = body_lines(m)
    eight = any(ord(c) > 127 for c in m["body"])
    hdr.append("Content-Type: text/plain; charset=" + ("windows-1252" if m.get("cp1252") else "iso-8859-1" if eight else "us-ascii"))
    hdr.append("Content-Transfer-Encoding: " + ("8bit" if eight else "7bit"))
    if m.get("quote"):
        lines += quote_block(m)
    block = hdr + [""] + [mboxrd(ln) for ln in lines]
    out += block
    out.append("")
    if m.get("duplicate"):
        out.append(f"From {P[m['frm']][3]} {utc.strftime('%a %b %d %H:%M:%S %Y')}")
        out += block
        out.append("")
    if m.get("stray"):
        out += m["stray"].strip("\n").split("\n")
        out.append("")
text = "\r\n".join(out)
text = text.rstrip("\r\n")  # the last message is cut off mid-sentence, no final newline
with open("release.mbox", "w", encoding="latin-1", newline="") as f:
    f.write(text)

# ---------------------------------------------------------------- gold
entities = []
for eid, kind, name, aliases in ENT:
    entities.append({"id": eid, "kind": kind, "name": name, "aliases": aliases})
for pid, name, aliases, email, role, member, aff in PEOPLE:
    entities.append({"id": pid, "kind": "person", "name": name, "aliases": aliases, "emails": [email],
                     "role": role, "affiliation": aff})
messages = []
emailed = {}
for m in M:
    messages.append({"id": m["key"], "sent": m["when"].isoformat(), "subject": gold_subject(m),
                     "from": m["frm"], "to": [] if m.get("undisclosed") else m["to"], "cc": m["cc"]})
    if not m.get("undisclosed"):
        for t in m["to"] + m["cc"]:
            emailed.setdefault((m["frm"], t), []).append(m["key"])
for (s, t), ms in sorted(emailed.items()):
    R.append(dict(type="EMAILED", source=s, target=t, count=len(ms), messages=ms,
                  evidence=[{"message": x, "quote": ""} for x in ms]))
gold = {"about": "probe CP (invented): contraband-detection vendor and a state department of corrections",
        "entities": entities, "messages": messages, "relations": R}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False)
    f.write("\n")

# the gold as a graph, to check the scorer reads it (all 1.000)
nodes = [dict(e) for e in entities] + [{"id": m["id"], "kind": "message", "sent": m["sent"], "subject": m["subject"]} for m in messages]
edges = [dict(r, evidence=r.get("evidence", [])) for r in R]
with open("/tmp/CP_gold_as_graph.json", "w", encoding="utf-8") as f:
    json.dump({"directed": True, "multigraph": True, "nodes": nodes, "edges": edges}, f)
print(len(M), "messages,", sum(r["type"] == "GIFT" for r in R), "gifts")
