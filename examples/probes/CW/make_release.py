#!/usr/bin/env python3
"""Write probe CW: an invented state highway patrol's release of its correspondence with an invented
police leadership-training company, as a folder of .eml files, and its gold.json. Deterministic.

Everything here is fiction: the Marren State Highway Patrol, Tallowmere Leadership Group, every person,
address, product, code and place is invented.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
from collections import Counter
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "release"
TZ = ZoneInfo("America/Chicago")

PAT = "mshp.marren.gov"
TLG = "tallowmereleadership.com"
ORG_P = "Marren State Highway Patrol"
ORG_V = "Tallowmere Leadership Group"

# key: (display name, address, role, organisation, division or None, signature)
P = {
    "ashgrove": ("Desmond Ashgrove", f"d.ashgrove@{TLG}", "vendor_employee", ORG_V, None,
                 "Desmond Ashgrove\nPresident & Founder\nTallowmere Leadership Group, LLC\n400 Quarry Street, Suite 210\nPort Calloway, MR 60417\n(555) 310-4400"),
    "renfrew": ("Colby Renfrew", f"colby.renfrew@{TLG}", "vendor_employee", ORG_V, None,
                "Colby Renfrew\nDirector of Agency Partnerships\nTallowmere Leadership Group\no (555) 310-4412 | c (555) 872-0936\nwww.tallowmereleadership.com"),
    "pettibone": ("Shauna Pettibone", f"shauna.pettibone@{TLG}", "vendor_employee", ORG_V, None,
                  "Shauna Pettibone | Events & Registration Manager\nTallowmere Leadership Group\n(555) 310-4407"),
    "brandvold": ("Hollis Brandvold", f"hollis.brandvold@{TLG}", "vendor_employee", ORG_V, None,
                  "Hollis Brandvold\nMarketing & Communications\nTallowmere Leadership Group"),
    "fairweather": ("Augustin Fairweather", f"augustin@{TLG}", "vendor_employee", ORG_V, None,
                    "Augustin Fairweather\nHost & Producer, The Long Shift podcast\nTallowmere Leadership Group"),
    "vesey": ("Harlan J. Vesey", f"harlan.vesey@{PAT}", "officer", ORG_P, "Office of the Superintendent",
              "Colonel Harlan J. Vesey\nSuperintendent\nMarren State Highway Patrol\nOffice of the Superintendent\n(555) 640-1000"),
    "pike": ("Dorinda Pike", f"dorinda.pike@{PAT}", "officer", ORG_P, "Office of the Superintendent",
             "Lt. Colonel Dorinda Pike\nDeputy Superintendent\nOffice of the Superintendent\nMarren State Highway Patrol"),
    "brannock": ("Teodor Brannock", f"teodor.brannock@{PAT}", "officer", ORG_P, "Field Operations Bureau",
                 "Major Teodor Brannock\nCommander, Field Operations Bureau\nMarren State Highway Patrol"),
    "okafor": ("Lucinda Okafor-Hale", f"lucinda.okafor-hale@{PAT}", "officer", ORG_P, "Training Academy",
               "Captain Lucinda Okafor-Hale\nCommandant, MSHP Training Academy\nMarren State Highway Patrol\n(555) 640-2250"),
    "kimbrough": ("Thaddeus Kimbrough", f"thaddeus.kimbrough@{PAT}", "officer", ORG_P, "Troop F",
                  "Capt. Thaddeus Kimbrough\nCommanding Officer, Troop F\nMarren State Highway Patrol"),
    "strasburg": ("Wendell Strasburg", f"wendell.strasburg@{PAT}", "officer", ORG_P, "Troop C",
                  "Lt. Wendell Strasburg #1187\nTroop C\nMarren State Highway Patrol"),
    "emmerich": ("Ruth Emmerich", f"ruth.emmerich@{PAT}", "officer", ORG_P, "Troop A",
                 "Lieutenant Ruth Emmerich\nTroop A, Zone Commander\nMarren State Highway Patrol"),
    "quintanar": ("Marisol Quintanar", f"marisol.quintanar@{PAT}", "officer", ORG_P, "Troop F", None),
    "ellery": ("Bram Ellery", f"bram.ellery@{PAT}", "officer", ORG_P, "Troop C",
               "Sgt. Bram Ellery #2214\nTroop C\nMarren State Highway Patrol"),
    "falkenrath": ("Jonah Falkenrath", f"jonah.falkenrath@{PAT}", "officer", ORG_P, "Troop A",
                   "Tpr. Jonah Falkenrath #3390\nTroop A\nMarren State Highway Patrol"),
    "amundsen": ("Celeste Amundsen", f"celeste.amundsen@{PAT}", "officer", ORG_P, "Troop C",
                 "Trooper Celeste Amundsen #3512\nTroop C, Public Information\nMarren State Highway Patrol"),
    "thornbury": ("Adaeze Thornbury", f"adaeze.thornbury@{PAT}", "officer", ORG_P, "Office of Professional Standards",
                  "Adaeze Thornbury\nEthics Compliance Officer\nOffice of Professional Standards (OPS)\nMarren State Highway Patrol\n(555) 640-1190"),
    "beckwith": ("Lorna Beckwith", f"lorna.beckwith@{PAT}", "officer", ORG_P, "Fiscal Services",
                 "Lorna Beckwith\nProcurement Specialist II\nFiscal Services Division\nMarren State Highway Patrol"),
    "achterberg": ("Winifred Achterberg", "winifred.achterberg@lsp.lassiter.gov", "officer", "Lassiter State Patrol", None,
                   "Col. Winifred Achterberg\nSuperintendent\nLassiter State Patrol"),
    "rusk": ("Everett Rusk", "everett.rusk@dhp.dunmore.gov", "officer", "Dunmore Highway Patrol", None,
             "Colonel Everett Rusk\nChief\nDunmore Highway Patrol"),
}

# (key, (y, m, d, h, min), from, to, cc, subject, body, parent, quote style, attachments)
M: list[dict] = []


def add(key, when, frm, to, cc, subject, body, parent=None, style="gmail", attach=(), sig=True):
    M.append(dict(key=key, when=datetime(*when, tzinfo=TZ), frm=frm, to=list(to), cc=list(cc), subject=subject,
                  body=body.strip("\n"), parent=parent, style=style, attach=list(attach), sig=sig))


# ---------------------------------------------------------------- tuition by purchase order (negative)
add("m01", (2025, 2, 3, 9, 12), "pettibone", ["beckwith"], ["okafor"], "Quote Q-2025-0188 - Command Presence, 6 seats", """
Ms. Beckwith,

As requested by Captain Okafor-Hale, please find our quotation for the 24-28 MAR 2025 Command Presence cohort:

  Command Presence (5-day resident course)   6 seats x $1,495.00   $8,970.00
  Course materials                           included
  Total                                                            $8,970.00

The quote is valid for 30 days. We accept state purchase orders; Net 30.

Kind regards,""")
add("m02", (2025, 2, 5, 13, 40), "beckwith", ["pettibone"], ["okafor"], "RE: Quote Q-2025-0188 - Command Presence, 6 seats", """
Ms. Pettibone,

Purchase Order 25-0413 has been issued for six (6) seats in the Command Presence course, 24-28 MAR 2025, in the amount of $8,970.00, charged to the Training Academy's FY25 tuition line. A copy will follow by separate mail. Please send the invoice to ap@mshp.marren.gov referencing the PO number.

Regards,""", parent="m01", style="outlook")
add("m03", (2025, 2, 6, 8, 55), "pettibone", ["beckwith"], [], "RE: Quote Q-2025-0188 - Command Presence, 6 seats", """
Received, thank you. Invoice INV-7731 will go to AP today. We appreciate the Patrol's business.

Shauna""", parent="m02", sig=False)

# ---------------------------------------------------------------- a complimentary seat for the deputy superintendent
add("m04", (2025, 2, 10, 10, 20), "renfrew", ["pike"], [], "Command Presence - a seat for you in the March cohort", """
Colonel Pike,

It was good to see you at the Port Calloway chiefs' luncheon. As I mentioned there, I would very much like you to experience Command Presence firsthand before the Patrol decides how far to take it beyond the Academy.

I'd like to offer you a seat in the 24-28 MAR cohort as our guest. Tuition for the course normally runs $1,495; there would be no charge to you or to the Patrol. The class meets 0800-1630 daily at our Quarry Street training center.

Just say the word and I'll have Shauna put your name on the roster.

Best regards,""")
add("m05", (2025, 2, 11, 7, 48), "pike", ["renfrew"], ["thornbury"], "RE: Command Presence - a seat for you in the March cohort", """
Mr. Renfrew,

Thank you for the kind offer. I am pleased to accept, subject to review by our Office of Professional Standards. I have copied Ms. Thornbury, our Ethics Compliance Officer, so that this is on record.

V/R,""", parent="m04")
add("m06", (2025, 2, 12, 15, 3), "thornbury", ["pike"], [], "RE: Command Presence - a seat for you in the March cohort", """
Lt. Colonel Pike,

Under GO 4-11 the seat may be accepted as a training opportunity, provided it is disclosed. Please complete Form OPS-14 within ten (10) working days; I will enter it in the Gift and Travel Disclosure Register once received.

Respectfully,""", parent="m05", style="outlook")

# ---------------------------------------------------------------- two 'scholarship' seats for sergeants
add("m07", (2025, 2, 18, 11, 30), "renfrew", ["okafor"], [], "Scholarship seats - First-Line Supervisor Leadership Course, MAY cohort", """
Captain,

Each spring Tallowmere sets aside two scholarship seats in the First-Line Supervisor Leadership Course for agencies we partner with. We would like the Patrol to have them this year for the 12-16 MAY 2025 cohort. Tuition is $1,150 per seat and we cover it in full - the agency is not billed.

If you could nominate two newly promoted sergeants by the end of the month I'll get them enrolled.

Best,""")
add("m08", (2025, 2, 20, 9, 5), "okafor", ["renfrew"], ["quintanar", "ellery"], "RE: Scholarship seats - First-Line Supervisor Leadership Course, MAY cohort", """
Mr. Renfrew,

Following review by the Academy staff, the Patrol nominates Sgt. Marisol Quintanar (Troop F) and Sgt. Bram Ellery (Troop C) for the two seats in the 12 MAY 2025 cohort.

Sergeants - Mr. Renfrew's office will send you an enrollment form. Complete and return it NLT 28 FEB 2025 and copy me.

Thank you,""", parent="m07", style="outlook")
add("m09", (2025, 2, 20, 14, 22), "ellery", ["okafor"], [], "RE: Scholarship seats - First-Line Supervisor Leadership Course, MAY cohort", """
Captain,

Appreciate the nomination ma'am. Will have the form back to them today.
""", parent="m08")

# ---------------------------------------------------------------- referral code passed around the troops
add("m10", (2025, 3, 3, 8, 15), "renfrew", ["strasburg"], [], "Your referral code - Tallowmere Colleague Program", """
Lieutenant Strasburg,

Congratulations again on completing Command Presence. As an alumnus you now have a personal referral code:

    TLG-WS4471

Refer a colleague and you both save: when someone enrolls in any Tallowmere course and enters your code at registration, they receive $200 off tuition and you receive a $200 credit toward your next course or the Summit.

Thanks for spreading the word,""")
add("m11", (2025, 3, 4, 10, 2), "strasburg", ["kimbrough", "emmerich"], ["quintanar"], "FW: Your referral code - Tallowmere Colleague Program", """
Capt. Kimbrough, Ruth -

Passing this along for your supervisors. If any of your people are signed up for the spring First-Line course or Command Presence, have them put my code TLG-WS4471 in at registration and they get $200 taken off. (Full disclosure, I get a credit too.) Sgt. Quintanar, you're already enrolled, but pass it to anyone in F who is on the fence.

Wendell

Lt. Wendell Strasburg #1187
Troop C
Marren State Highway Patrol

-----Original Message-----
From: Colby Renfrew <colby.renfrew@tallowmereleadership.com>
Sent: Monday, March 3, 2025 8:15 AM
To: Strasburg, Wendell <wendell.strasburg@mshp.marren.gov>
Subject: Your referral code - Tallowmere Colleague Program

Lieutenant Strasburg,

Congratulations again on completing Command Presence. As an alumnus you now have a personal referral code:

    TLG-WS4471

Refer a colleague and you both save: when someone enrolls in any Tallowmere course and enters your code at registration, they receive $200 off tuition and you receive a $200 credit toward your next course or the Summit.

Thanks for spreading the word,
Colby Renfrew
Director of Agency Partnerships
Tallowmere Leadership Group""", sig=False)
add("m12", (2025, 3, 4, 13, 47), "emmerich", ["strasburg"], [], "RE: FW: Your referral code - Tallowmere Colleague Program", """
Thanks Wendell. I'll put it out to the A sergeants at Thursday's roll call.
""", parent="m11")
add("m13", (2025, 3, 10, 9, 41), "kimbrough", ["strasburg", "emmerich"], [], "Zone commanders' meeting 12 MAR - moved to 1400", """
All,

The zone commanders' meeting on 12 MAR 2025 is moved from 1300 to 1400 hrs, Troop F conference room. Agenda unchanged. Dial-in for those on the road: (555) 640-7000, conf 4471903.

TK""", sig=False)

# ---------------------------------------------------------------- a trooper invited to speak at the Summit
add("m14", (2025, 3, 6, 16, 10), "ashgrove", ["falkenrath"], ["emmerich"], "Invitation to speak - Tallowmere Leadership Summit 2025", """
Trooper Falkenrath,

Your Route 41 corridor work came up more than once at our advisory board meeting, and I would like to invite you to present it at the Tallowmere Leadership Summit 2025 in Port Calloway: a 45-minute breakout session on Tuesday, 15 APR 2025 at 1030.

We will arrange and pay for your round-trip airfare and two nights' lodging at the conference hotel. Speakers also receive an honorarium of $750.

I have copied Lt. Emmerich as a courtesy. Please let me know by 21 MAR.

Sincerely,""")
add("m15", (2025, 3, 7, 9, 30), "falkenrath", ["ashgrove"], ["emmerich"], "RE: Invitation to speak - Tallowmere Leadership Summit 2025", """
Mr. Ashgrove,

Sir, I would be honored. I have routed the request through my chain of command and the Office of Professional Standards and will confirm as soon as it is approved.

Respectfully,""", parent="m14")
add("m16", (2025, 3, 12, 11, 18), "pettibone", ["falkenrath"], [], "Your travel - Summit 2025", """
Trooper Falkenrath,

Welcome aboard! Your travel is booked:

  Outbound  14 APR 2025  MRX 0710 - PCW 0842   conf. HZK4QP
  Return    16 APR 2025  PCW 1845 - MRX 2012   conf. HZK4QP
  Hotel     14-16 APR, 2 nights, on the Tallowmere master account

Everything above is billed to us; you will not need a card at check-in except for incidentals. Your honorarium check will be given to you at the speakers' reception on the 14th.

See you in April,""")

# ---------------------------------------------------------------- honorarium declined (negative)
add("m17", (2025, 3, 19, 10, 5), "pettibone", ["okafor"], [], "Panel honorarium - Summit 2025", """
Captain Okafor-Hale,

Thank you for agreeing to sit on Wednesday's "Building the Bench" panel. All of our panelists receive a $500 honorarium; if you could return the attached W-9 we will have the check ready for you at registration.

Warm regards,""")
add("m18", (2025, 3, 20, 8, 12), "okafor", ["pettibone"], ["thornbury"], "RE: Panel honorarium - Summit 2025", """
Ms. Pettibone,

Thank you, but I must respectfully decline the honorarium. Patrol policy (GO 4-11) does not permit members to accept payment for presentations made in an official capacity. I will attend on duty status, and the Academy is paying my registration and travel through normal channels.

I look forward to the panel.

Respectfully,""", parent="m17", style="outlook")
add("m19", (2025, 3, 20, 9, 47), "pettibone", ["okafor"], [], "RE: Panel honorarium - Summit 2025", """
Completely understood, Captain - I've made a note on your speaker record. See you on the 16th!

Shauna""", parent="m18", sig=False)

# ---------------------------------------------------------------- newsletter (public fee waiver, public discount code) and an out-of-office
add("m20", (2025, 3, 24, 6, 0), "brandvold", ["strasburg"], [], "The Tallowmere Dispatch - Spring 2025", """
THE TALLOWMERE DISPATCH | Spring 2025

SUMMIT 2025: 14-16 APR, PORT CALLOWAY
Registration is open at $895 through 31 MAR ($995 after). This year's keynote: "The Sergeant Is the Culture."

PRE-SUMMIT WORKSHOP FEE WAIVED
Good news for everyone coming to the Summit: the $95 fee for the 13 APR pre-summit workshop, "Leading Through Critical Incidents," has been waived for all registered attendees. No code needed - just tick the box when you register.

SPRING SAVINGS
Use code SPRING10 for 10% off any online course purchased through 30 APR.

ON THE LONG SHIFT
New episodes every other Tuesday. Episode 61: a retired colonel on succession planning.

You are receiving this because you attended a Tallowmere course. Unsubscribe: reply STOP.""", sig=False)
add("m21", (2025, 3, 24, 6, 1), "strasburg", ["brandvold"], [], "Automatic reply: The Tallowmere Dispatch - Spring 2025", """
I am out of the office 24-28 MAR 2025 with limited access to email. For urgent Troop C matters contact the Troop C duty sergeant at (555) 640-3300.

Lt. W. Strasburg""", sig=False)

# ---------------------------------------------------------------- a testimonial for the brochure
add("m22", (2025, 3, 26, 14, 30), "brandvold", ["brannock"], [], "Brochure - request for a short testimonial", """
Major Brannock,

We are refreshing the Command Presence brochure for the FY26 season and would be grateful for two or three sentences about your experience with the course, with your permission to print your name and title.

Many thanks,""")
add("m23", (2025, 3, 28, 16, 2), "brannock", ["brandvold"], [], "RE: Brochure - request for a short testimonial", """
Mr. Brandvold,

Here is something you may use, with my name and title:

"Command Presence is the most practical leadership training I have attended in twenty-four years of service. Every lieutenant in the Field Operations Bureau who has gone through it has come back a more confident and more accountable leader. I recommend it without reservation to any agency serious about developing its supervisors."
- Major Teodor Brannock, Marren State Highway Patrol

Please send me a proof before it goes to print.

TB""", parent="m22", sig=False)
add("m24", (2025, 3, 27, 10, 10), "kimbrough", ["renfrew"], [], "Troop F training room - thank you", """
Mr. Renfrew,

Thanks for the note. It was no trouble at all to host your regional session at the Troop F training room; my staff enjoyed having the group. Let me know if you need the room again in the fall.

Regards,""")

# ---------------------------------------------------------------- the Colonel recommends the course to other states' chiefs
add("m25", (2025, 4, 2, 15, 20), "vesey", ["achterberg", "rusk"], ["pike"], "Supervisor development - Command Presence", """
Winifred, Everett:

At last month's regional superintendents' meeting several of you asked how we have approached supervisor development since the 2023 reorganization. For two years now we have sent our lieutenants and captains through Tallowmere Leadership Group's Command Presence course, and I would encourage you to consider it for your own command staff. The change in our Troops has been measurable: fewer sustained complaints, better after-action reporting, and supervisors who are willing to make decisions.

If you would like to talk with their people, Colby Renfrew (colby.renfrew@tallowmereleadership.com) handles agency partnerships. I'm also glad to have Lt. Col. Pike walk your training staff through how we built it into our promotional track.

Regards,""")
add("m26", (2025, 4, 3, 8, 40), "rusk", ["vesey"], [], "RE: Supervisor development - Command Presence", """
Harlan -

Appreciate you passing this on. Our budget cycle closes in June; I'll have my training bureau look at it before then.
""", parent="m25")
add("m27", (2025, 4, 3, 11, 15), "achterberg", ["vesey"], ["pike"], "RE: Supervisor development - Command Presence", """
Harlan, thank you. I'll have my training commander reach out to Lt. Col. Pike next week.
""", parent="m25")

# ---------------------------------------------------------------- course evaluation, loan returned, speaker prep call (.ics)
add("m28", (2025, 4, 1, 9, 0), "pettibone", ["pike"], [], "Command Presence (24-28 MAR) - course evaluation", """
Colonel Pike,

Thank you for attending Command Presence. Please take five minutes to complete the course evaluation - your answers go straight to the lead instructor and are kept confidential:

https://survey.tallowmereleadership.com/cp-0325

The survey closes 15 APR.

Thank you,""")
add("m29", (2025, 4, 4, 13, 25), "okafor", ["pettibone"], [], "Return of loaned instructor materials", """
Ms. Pettibone,

The twelve Command Presence instructor binders and the demonstration tablet loaned to the Academy for the March cohort were shipped back to you today, 04 APR 2025, by courier (tracking 1Z 88M 4410 0917). Please confirm receipt.

Thank you,""")
add("m30", (2025, 4, 7, 12, 0), "pettibone", ["falkenrath", "okafor"], [], "Invitation: Summit 2025 speaker prep call @ Tue 08 APR 1400-1430", """
Hello both,

A short prep call for Summit speakers and panelists: AV, timing and room layout. Calendar invitation attached.

Join: (555) 310-4499, code 2025#

Shauna""", sig=False, attach=["ics"])

# ---------------------------------------------------------------- after the Summit: a watch returned, a watch kept
add("m31", (2025, 4, 17, 9, 10), "pike", ["ashgrove"], [], "Return of commemorative watch", """
Mr. Ashgrove,

Thank you for the gracious gesture at Wednesday evening's banquet. I'm afraid our gift rule does not allow me to keep the commemorative watch, so I have returned it to your Quarry Street office this morning by certified mail. I hope you understand, and thank you again for a first-rate Summit.

Sincerely,""")
add("m32", (2025, 4, 17, 9, 35), "pike", ["thornbury"], [], "Commemorative watch - returned under GO 4-11", """
Adaeze,

At the 16 APR closing banquet of the Tallowmere Leadership Summit the senior attendees from each agency were handed a boxed commemorative watch. I estimate its retail value well above the $100 limit in GO 4-11 and have returned it to the company by certified mail today (7021 4410 0002 8813 5526). Please note it in the register as returned.

DP""", sig=False)
add("m33", (2025, 4, 18, 7, 55), "brannock", ["ashgrove"], [], "Thank you", """
Desmond,

A note to say thank you again for the Award for Leadership in Service and for the watch that came with it. I was genuinely surprised, and I will wear it proudly. Please pass my thanks to your staff for a well-run Summit.

Teodor Brannock""", sig=False)
add("m34", (2025, 4, 22, 10, 30), "ashgrove", ["pike"], [], "RE: Return of commemorative watch", """
Colonel Pike,

The package arrived this morning. Completely understood - and thank you for joining us.

Desmond""", parent="m31", sig=False)

# ---------------------------------------------------------------- the trooper's memo to the ethics office
add("m35", (2025, 4, 21, 14, 5), "falkenrath", ["thornbury"], ["emmerich"], "Gift and Travel Disclosure - Tpr. J. Falkenrath - Summit 2025", """
MEMORANDUM

TO:      Adaeze Thornbury, Ethics Compliance Officer, OPS
FROM:    Tpr. Jonah Falkenrath #3390, Troop A
DATE:    21 APR 2025
SUBJECT: Disclosure of travel and honorarium - Tallowmere Leadership Summit 2025

1. In accordance with GO 4-11, I wish to report that I received the following from Tallowmere Leadership Group in connection with my presentation at the Tallowmere Leadership Summit, 14-16 APR 2025, Port Calloway:

   a. Round-trip airfare MRX-PCW, 14 and 16 APR 2025: $412.60
   b. Lodging, two nights, paid directly by the company: $587.40
   c. An honorarium check in the amount of $750.00, which was handed to me at the speakers' reception on 14 APR.

2. The presentation was approved by Lt. Emmerich and given while on administrative leave. Receipts are attached to the paper copy of this memo.""")
add("m36", (2025, 4, 24, 16, 45), "fairweather", ["amundsen"], [], "The Long Shift - thanks for coming on!", """
Celeste,

Thanks again for sitting down with us for Episode 62 - the piece on crash-scene notification was one of the best conversations we've had this season. It goes live 06 MAY 2025.

A little something from the show is on its way to the Troop C office as a thank-you. Enjoy!

Cheers,""")
add("m37", (2025, 4, 30, 8, 20), "amundsen", ["thornbury"], [], "Report of gift - Tpr. C. Amundsen", """
Ms. Thornbury,

I wish to report that on 28 APR 2025 I received a gift basket (coffee, a Long Shift mug, a fleece blanket and assorted snacks) from Mr. Augustin Fairweather, host of The Long Shift podcast, produced by Tallowmere Leadership Group, following my appearance as a guest on the program on 22 APR. I estimate its value at approximately $85.

Please advise whether it must be returned.

Respectfully,""")
add("m38", (2025, 5, 1, 9, 15), "thornbury", ["amundsen"], [], "RE: Report of gift - Tpr. C. Amundsen", """
Trooper Amundsen,

Thank you for reporting it promptly. As the estimated value is under the $100 threshold, you may retain the basket; it has been entered in the register as 25-040.

Respectfully,""", parent="m37", style="outlook")

# ---------------------------------------------------------------- the inner message of a forward (message/rfc822) and the forward
add("m39", (2025, 5, 2, 11, 4), "renfrew", ["pike"], [], "First-Line Supervisor course - scholarship seats confirmed", """
Colonel Pike,

A quick confirmation for your records: Sgt. Quintanar and Sgt. Ellery are both enrolled in the 12-16 MAY 2025 First-Line Supervisor Leadership Course. As discussed with Captain Okafor-Hale in February, both seats are scholarship seats and the Patrol will not be invoiced.

Best regards,""")
add("m40", (2025, 5, 2, 13, 30), "pike", ["thornbury"], [], "FW: First-Line Supervisor course - scholarship seats confirmed", """
Adaeze - for the file. See the attached confirmation from Tallowmere regarding the two sergeants' seats; please make sure the register shows the May dates.

DP""", sig=False, attach=["fwd:m39"])

# ---------------------------------------------------------------- the ethics office's register (xlsx)
add("m41", (2025, 5, 5, 15, 40), "thornbury", ["pike"], ["vesey"], "Gift and Travel Disclosure Register - FY25 Q2 interim (Tallowmere Leadership Group)", """
Lt. Colonel Pike,

As requested for the Superintendent's review, attached is the interim Gift and Travel Disclosure Register for FY25 Q2, filtered to entries associated with Tallowmere Leadership Group (25-031 through 25-040). Values are as reported by the member or estimated by OPS.

Two items presented at the Summit banquet were retained with approval; one was returned to the donor. One honorarium was declined.

Respectfully,""", attach=["xlsx"])

# ---------------------------------------------------------------- a product preview (demo, negative) and a procurement reply
add("m42", (2025, 5, 8, 10, 50), "renfrew", ["okafor"], [], "Certified Leadership Instructor program - preview access", """
Captain,

As promised, I've set up a 14-day preview login for the online modules of the Certified Leadership Instructor program so that your Academy staff can evaluate them before any purchasing decision. Login details will come from noreply@ in a separate email. Access expires 22 MAY.

Program pricing for agencies is $2,400 per instructor candidate; volume pricing is available for five or more.

Best,""")
add("m43", (2025, 5, 9, 8, 5), "okafor", ["renfrew"], ["beckwith"], "RE: Certified Leadership Instructor program - preview access", """
Mr. Renfrew,

Thank you. Academy staff will review the modules and we will advise. Please note that any purchase would be made through Fiscal Services under competitive procurement; I have copied Ms. Beckwith.

Respectfully,""", parent="m42", style="outlook")
add("m44", (2025, 5, 12, 7, 30), "quintanar", ["okafor"], [], "Reporting for First-Line course", """
Captain,

Reporting that Sgt. Ellery and I checked in at Quarry Street at 0730. Thank you again for putting our names in.

Sgt. M. Quintanar #2287
Troop F""", sig=False)
add("m45", (2025, 5, 14, 12, 15), "brandvold", ["brannock"], [], "RE: Brochure - request for a short testimonial", """
Major Brannock,

Attached is the proof of page 3 with your quote. We'll go to print on 23 MAY unless we hear otherwise.

Thanks again,""", parent="m23")

# ---------------------------------------------------------------- writing
REGISTER = [
    ("Entry", "Date rec'd", "Member", "Unit", "Source / donor", "Description", "Value (USD)", "Disposition"),
    ("25-031", "11 FEB 2025", "Lt. Col. D. Pike", "Office of the Superintendent", "Tallowmere Leadership Group (C. Renfrew)",
     "Complimentary seat, Command Presence course, 24-28 MAR 2025", 1495.00, "Approved - training"),
    ("25-032", "20 FEB 2025", "Sgt. M. Quintanar", "Troop F", "Tallowmere Leadership Group",
     "\"Scholarship\" seat, First-Line Supervisor Leadership Course, 12-16 MAY 2025; tuition waived by vendor", 1150.00, "Approved - training"),
    ("25-033", "20 FEB 2025", "Sgt. B. Ellery", "Troop C", "Tallowmere Leadership Group",
     "\"Scholarship\" seat, First-Line Supervisor Leadership Course, 12-16 MAY 2025; tuition waived by vendor", 1150.00, "Approved - training"),
    ("25-034", "25 MAR 2025", "Capt. T. Kimbrough", "Troop F", "Tallowmere Leadership Group",
     "Tallowmere Leadership Summit 2025 registration, provided at no cost by the company", 895.00, "Approved"),
    ("25-035", "16 APR 2025", "Col. H. J. Vesey", "Office of the Superintendent", "Tallowmere Leadership Group - presented by D. Ashgrove",
     "Framed print \"Night Watch on Route 9\", presented at Summit closing banquet", 180.00, "Retained - displayed at headquarters"),
    ("25-036", "16 APR 2025", "Maj. T. Brannock", "Field Operations Bureau", "Tallowmere Leadership Group - presented by D. Ashgrove",
     "Commemorative watch presented with the Award for Leadership in Service", 340.00, "Retained - ceremonial award, approved by OPS"),
    ("25-037", "16 APR 2025", "Lt. Col. D. Pike", "Office of the Superintendent", "Tallowmere Leadership Group",
     "Commemorative watch, Summit closing banquet", 340.00, "Returned to donor 17 APR 2025"),
    ("25-038", "14-16 APR 2025", "Tpr. J. Falkenrath", "Troop A", "Tallowmere Leadership Group",
     "Speaker travel and honorarium: airfare $412.60; lodging $587.40; honorarium $750.00", 1750.00, "Approved - speaker"),
    ("25-039", "19 MAR 2025", "Capt. L. Okafor-Hale", "Training Academy", "Tallowmere Leadership Group",
     "Panel honorarium offered ($500.00)", None, "Declined"),
    ("25-040", "28 APR 2025", "Tpr. C. Amundsen", "Troop C", "A. Fairweather, The Long Shift podcast",
     "Gift basket following podcast appearance", 85.00, "Retained - under threshold"),
]


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws.append(["MARREN STATE HIGHWAY PATROL - OFFICE OF PROFESSIONAL STANDARDS"])
    ws.append(["Gift and Travel Disclosure Register - FY25 Q2 (interim) - source: Tallowmere Leadership Group"])
    ws.append([])
    for row in REGISTER:
        ws.append(list(row))
    fixed = datetime(2025, 5, 5, 15, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "A. Thornbury"
    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl stamps zip members with the current time: rewrite them with a fixed one
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 5, 15, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-05-05T15:00:00Z", data)
            z.writestr(zi, data)
    return out.getvalue()


ICS = """BEGIN:VCALENDAR\r
PRODID:-//Tallowmere Leadership Group//Events//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:tls25-speakerprep-0408@tallowmereleadership.com\r
DTSTAMP:20250407T170000Z\r
DTSTART;TZID=America/Chicago:20250408T140000\r
DTEND;TZID=America/Chicago:20250408T143000\r
SUMMARY:Summit 2025 speaker prep call\r
LOCATION:Conference line (555) 310-4499\r
ORGANIZER;CN=Shauna Pettibone:mailto:shauna.pettibone@tallowmereleadership.com\r
ATTENDEE;CN=Jonah Falkenrath;RSVP=TRUE:mailto:jonah.falkenrath@mshp.marren.gov\r
ATTENDEE;CN=Lucinda Okafor-Hale;RSVP=TRUE:mailto:lucinda.okafor-hale@mshp.marren.gov\r
END:VEVENT\r
END:VCALENDAR\r
"""


def addr(k):
    name, email = P[k][0], P[k][1]
    if email.endswith(PAT):  # the Patrol's Exchange prints "Last, First"
        first, last = name.rsplit(" ", 1) if " " in name else ("", name)
        first = first.replace(" J.", "")
        return f'"{last}, {first}" <{email}>'
    return f"{name} <{email}>"


def mid(m):
    h = hashlib.sha1(m["key"].encode() + m["subject"].encode()).hexdigest()[:16]
    dom = P[m["frm"]][1].split("@")[1]
    return f"<{h}.{m['key']}@{dom}>"


def quote_block(parent):
    when = parent["when"]
    name, email = P[parent["frm"]][0], P[parent["frm"]][1]
    body = full_body(parent)
    return when, name, email, body


def full_body(m):
    b = m["body"]
    if m["sig"] and P[m["frm"]][5]:
        b += "\n" + P[m["frm"]][5]
    if m["parent"]:
        par = BY[m["parent"]]
        when, name, email, pbody = quote_block(par)
        if m["style"] == "outlook":
            to = "; ".join(addr(k).replace('"', "") for k in par["to"])
            hdr = (f"\n\n-----Original Message-----\nFrom: {name} <{email}>\n"
                   f"Sent: {when.strftime('%A, %B')} {when.day}, {when.year} {when.strftime('%I:%M %p').lstrip('0')}\n"
                   f"To: {to}\n")
            if par["cc"]:
                hdr += "Cc: " + "; ".join(addr(k).replace('"', "") for k in par["cc"]) + "\n"
            hdr += f"Subject: {par['subject']}\n\n"
            b += hdr + pbody
        else:
            stamp = f"{when.strftime('%a, %b')} {when.day}, {when.year} at {when.strftime('%H:%M')}"
            b += f"\n\nOn {stamp}, {name} <{email}> wrote:\n" + "\n".join(("> " + ln) if ln else ">" for ln in pbody.split("\n"))
    return b


BY = {m["key"]: m for m in M}


def build(m) -> EmailMessage:
    e = EmailMessage(policy=policy.SMTP.clone(max_line_length=200))
    e["From"] = addr(m["frm"])
    e["To"] = ", ".join(addr(k) for k in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(addr(k) for k in m["cc"])
    e["Subject"] = m["subject"]
    e["Date"] = format_datetime(m["when"])
    e["Message-ID"] = mid(m)
    if m["parent"]:
        e["In-Reply-To"] = mid(BY[m["parent"]])
        e["References"] = mid(BY[m["parent"]])
    if m["frm"] in ("strasburg",) and m["subject"].startswith("Automatic reply"):
        e["Auto-Submitted"] = "auto-replied"
    e.set_content(full_body(m) + "\n")
    for a in m["attach"]:
        if a == "xlsx":
            e.add_attachment(xlsx_bytes(), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             filename="OPS_Gift_Travel_Register_FY25Q2.xlsx")
        elif a == "ics":
            e.add_attachment(ICS.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                             params={"method": "REQUEST"})
        elif a.startswith("fwd:"):
            inner = build(BY[a[4:]])
            e.add_attachment(inner)
    if m["attach"]:
        e.set_boundary(f"=_cw_{m['key']}_" + hashlib.sha1(m["subject"].encode()).hexdigest()[:12])
    return e


def write_release():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    n = 0
    for m in sorted(M, key=lambda x: x["when"]):
        if m["key"] == "m39":
            continue  # delivered only inside the forward m40
        n += 1
        e = build(m)
        stamp = m["when"].strftime("%Y%m%d-%H%M")
        (OUT / f"{n:02d}_{stamp}.eml").write_bytes(e.as_bytes())
    return n


# ---------------------------------------------------------------- gold
PRODUCTS = {
    "p_cp": ("Command Presence", ["Command Presence course"]),
    "p_fl": ("First-Line Supervisor Leadership Course", ["First-Line course", "First-Line Supervisor course"]),
    "p_summit": ("Tallowmere Leadership Summit", ["Tallowmere Leadership Summit 2025", "Summit 2025"]),
    "p_cli": ("Certified Leadership Instructor program", []),
    "p_pod": ("The Long Shift", ["The Long Shift podcast"]),
    "p_lci": ("Leading Through Critical Incidents", []),
}
DIVS = ["Office of the Superintendent", "Field Operations Bureau", "Training Academy", "Troop A", "Troop C", "Troop F",
        "Office of Professional Standards", "Fiscal Services"]
DIV_ALIASES = {"Training Academy": ["MSHP Training Academy"], "Office of Professional Standards": ["OPS"],
               "Fiscal Services": ["Fiscal Services Division"]}
ORGS = {ORG_V: ["Tallowmere", "Tallowmere Leadership Group, LLC"], ORG_P: ["MSHP", "the Patrol"],
        "Lassiter State Patrol": [], "Dunmore Highway Patrol": []}
CODES = ["TLG-WS4471", "SPRING10"]


def oid(name):
    return "o_" + "".join(c for c in name.lower() if c.isalnum())[:24]


def did(name):
    return "d_" + "".join(c for c in name.lower() if c.isalnum())[:24]


def gold():
    ents = []
    for k, (name, email, role, org, div, _sig) in P.items():
        aliases = []
        if name == "Harlan J. Vesey":
            aliases = ["Harlan Vesey"]
        ents.append({"id": "per_" + k, "kind": "person", "name": name, "aliases": aliases, "emails": [email],
                     "role": role, "affiliation": oid(org)})
    for name, al in ORGS.items():
        ents.append({"id": oid(name), "kind": "organization", "name": name, "aliases": al})
    for name in DIVS:
        ents.append({"id": did(name), "kind": "division", "name": name, "aliases": DIV_ALIASES.get(name, [])})
    for pid, (name, al) in PRODUCTS.items():
        ents.append({"id": pid, "kind": "product", "name": name, "aliases": al})
    for c in CODES:
        ents.append({"id": "c_" + c.lower().replace("-", ""), "kind": "code", "name": c})

    msgs = [{"id": m["key"], "sent": m["when"].isoformat(), "subject": m["subject"]} for m in M]

    rels = []
    emailed = Counter()
    for m in M:
        for r in m["to"] + m["cc"]:
            emailed[(m["frm"], r)] += 1
    for (s, t), c in sorted(emailed.items()):
        rels.append({"type": "EMAILED", "source": "per_" + s, "target": "per_" + t, "count": c})
    for k, (_n, _e, _r, org, div, _s) in P.items():
        rels.append({"type": "MEMBER_OF", "source": "per_" + k, "target": oid(org)})
        if div:
            rels.append({"type": "MEMBER_OF", "source": "per_" + k, "target": did(div)})

    def gift(src, dst, value, messages, note):
        rels.append({"type": "GIFT", "source": src, "target": "per_" + dst, "value_usd": value, "messages": messages, "note": note})

    gift("per_renfrew", "pike", 1495.0, ["m04", "m05", "m41"], "complimentary seat, Command Presence, March cohort")
    gift("per_renfrew", "quintanar", 1150.0, ["m07", "m08", "m39", "m41"], "scholarship seat, First-Line course")
    gift("per_renfrew", "ellery", 1150.0, ["m07", "m08", "m39", "m41"], "scholarship seat, First-Line course")
    gift(oid(ORG_V), "kimbrough", 895.0, ["m41"], "Summit registration at no cost (register only)")
    gift("per_ashgrove", "vesey", 180.0, ["m41"], "framed print presented at the Summit banquet (register only)")
    gift("per_ashgrove", "brannock", 340.0, ["m33", "m41"], "commemorative watch with the award, retained")
    gift("per_ashgrove", "falkenrath", 1750.0, ["m14", "m16", "m35", "m41"], "speaker airfare $412.60 + lodging $587.40 + honorarium $750")
    gift("per_fairweather", "amundsen", 85.0, ["m36", "m37", "m41"], "gift basket for a podcast guest")
    rels.append({"type": "REFERRAL", "source": "per_strasburg", "target": oid(ORG_V), "messages": ["m11"],
                 "note": "forwards his refer-a-colleague code TLG-WS4471 to two troop commanders"})
    rels.append({"type": "PROMOTED", "source": "per_brannock", "target": "p_cp", "messages": ["m23"],
                 "note": "brochure testimonial"})
    rels.append({"type": "PROMOTED", "source": "per_vesey", "target": "p_cp", "messages": ["m25"],
                 "note": "recommends the course to two other states' chiefs"})
    return {"entities": ents, "messages": msgs, "relations": rels,
            "negatives": [
                "PO 25-0413: the Patrol pays $8,970 tuition for six seats (m01-m03)",
                "pre-summit workshop fee waived for all registered attendees, public newsletter; SPRING10 public discount (m20)",
                "Capt. Okafor-Hale declines the $500 panel honorarium (m17-m19, register 25-039)",
                "Lt. Col. Pike returns the commemorative watch (m31, m32, m34, register 25-037)",
                "course evaluation survey (m28); loaned binders and tablet returned (m29); preview login for a demo (m42)",
                "thanks for hosting a session in the Troop F room (m24); thanks for a nomination (m09, m44)",
            ]}


if __name__ == "__main__":
    n = write_release()
    (HERE / "gold.json").write_text(json.dumps(gold(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {n} .eml files ({len(M)} messages with the forwarded one) and gold.json")
