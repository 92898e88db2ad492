#!/usr/bin/env python3
"""Write probe CX: a federal FOIA release (one PDF of printed Outlook messages with (b)(6)/(b)(7)(C)
redactions, Bates stamps, withheld and duplicate placeholder pages) about an invented open-source
intelligence software vendor and an invented federal agency's field office, and its gold.json.

Everything is fiction. Deterministic: run it again and the same files come out.
Usage: python make_release.py  (writes next to itself)
"""
import json
import textwrap
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
TZ = ZoneInfo("America/New_York")
RED = "(b)(6); (b)(7)(C)"
BATES = "ICB-FOIA-25-0417-"

# ----------------------------------------------------------------------------------------------
# people: key -> (header form, name, role)
P = {
    "dana": ("Dana Okerlund <dokerlund@lanternfold.io>", "Dana Okerlund", "vendor_employee"),
    "marcus": ("Marcus Threlkeld <mthrelkeld@lanternfold.io>", "Marcus Threlkeld", "vendor_employee"),
    "priya": ("Priya Vantongeren <pvantongeren@lanternfold.io>", "Priya Vantongeren", "vendor_employee"),
    "corinne": ("Corinne Basswood <cbasswood@lanternfold.io>", "Corinne Basswood", "vendor_employee"),
    "theo": ("Quillfeather, Theodore J. (CRFO) (ICB)", "Theodore J. Quillfeather", "officer"),
    "renata": ("Holloway-Pike, Renata (CRFO) (ICB)", "Renata Holloway-Pike", "officer"),
    "gideon": ("Marchetti, Gideon (CRFO) (ICB)", "Gideon Marchetti", "officer"),
    "yolanda": ("Ferncastle, Yolanda M. (CRFO) (ICB)", "Yolanda M. Ferncastle", "officer"),
    "bernard": ("Osterhagen, Bernard (CRFO) (ICB)", "Bernard Osterhagen", "officer"),
    "miriam": ("Stavros-Lind, Miriam (OCC) (ICB)", "Miriam Stavros-Lind", "officer"),
    "imogen": ("Tazewell, Imogen (GBFO) (ICB)", "Imogen Tazewell", "officer"),
    "ronan": ("Decoursey, Ronan <rdecoursey@carrowvalleyfusion.org>", "Ronan Decoursey", "officer"),
}
# external forms for agency people when a vendor writes to them
EXT = {
    "theo": "theodore.quillfeather@icb.gov",
    "renata": "renata.holloway-pike@icb.gov",
    "gideon": "gideon.marchetti@icb.gov",
    "yolanda": "yolanda.ferncastle@icb.gov",
    "bernard": "bernard.osterhagen@icb.gov",
}

SIG = {
    "dana": """Dana Okerlund
Senior Account Executive, Federal Law Enforcement
Lanternfold Analytics, Inc.
1180 Quarry Lane, Suite 400 | Bellhaven, OR 97455
m 541-555-0143 | dokerlund@lanternfold.io""",
    "marcus": """Marcus Threlkeld | VP, Public Sector
Lanternfold Analytics
o 541-555-0100""",
    "priya": """Priya Vantongeren
Customer Success Manager | Lanternfold Analytics, Inc.
pvantongeren@lanternfold.io""",
    "corinne": """Corinne Basswood
Director of Communications
Lanternfold Analytics, Inc. | lanternfold.io""",
    "theo": """Theodore J. Quillfeather
Assistant Special Agent in Charge
Calder River Field Office
Interstate Crimes Bureau""",
    "renata": """SSA Renata Holloway-Pike
Supervisory Special Agent, CR-4
Calder River Field Office | Interstate Crimes Bureau
Desk: """ + RED,
    "gideon": """Gideon Marchetti
Special Agent
Interstate Crimes Bureau - Calder River Field Office
Cell: (b)(6)""",
    "yolanda": """Yolanda Ferncastle
Intelligence Analyst
Calder River Field Office, Interstate Crimes Bureau
yolanda.ferncastle@icb.gov""",
    "bernard": """Bernard Osterhagen
Contracting Officer
Calder River Field Office - Interstate Crimes Bureau
bernard.osterhagen@icb.gov | (b)(6)""",
    "miriam": """Miriam Stavros-Lind
Associate Chief Counsel (Ethics and Administrative Law)
Office of Chief Counsel
Interstate Crimes Bureau""",
    "imogen": """Imogen Tazewell | Intelligence Analyst
Granite Bluff Field Office
Interstate Crimes Bureau""",
    "ronan": """Lt. Ronan Decoursey
Watch Commander
Carrow Valley Regional Fusion Center
rdecoursey@carrowvalleyfusion.org""",
}


def hdr(k, ext=False):
    if k is None:
        return RED
    if k.startswith("="):
        return k[1:]
    if ext and k in EXT:
        return f"{P[k][0]} <{EXT[k]}>"
    return P[k][0]


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def outlook_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


MSGS = []


def M(mid, sent, frm, to, subject, body, cc=(), custodian=None, ext=False, attach=None, quoted=(), show=True):
    """One message. frm/to/cc are person keys, None (redacted) or '=literal'."""
    MSGS.append(dict(id=mid, sent=when(sent), frm=frm, to=list(to), cc=list(cc), subject=subject,
                     body=textwrap.dedent(body).strip("\n"), custodian=custodian, ext=ext, attach=attach,
                     quoted=list(quoted), show=show))


def header_block(m, quoted=False):
    lines = []
    lines.append(("From:", hdr(m["frm"], m["ext"])))
    lines.append(("Sent:", outlook_date(m["sent"])))
    lines.append(("To:", "; ".join(hdr(x, m["ext"]) for x in m["to"])))
    if m["cc"]:
        lines.append(("Cc:", "; ".join(hdr(x, m["ext"]) for x in m["cc"])))
    lines.append(("Subject:", m["subject"]))
    if m["attach"] and not quoted:
        lines.append(("Attachments:", m["attach"]))
    return lines


# ------------------------------------------------------------------------------------------------
# The messages (all times printed in the field office's Eastern time)

M("m01", "2025-02-11 10:42", "dana", ["gideon"], "Horizon access for CR-4", """
Gideon,

Good to finally meet you and the team on Thursday. As promised I've stood up a trial workspace in
Lanternfold Horizon for you and """ + RED + """. Logins went out separately this morning.

A couple of notes:
- The trial runs 30 days and switches itself off on March 14. Nothing to cancel, nothing to buy.
- Pocket (the mobile app) is included in the trial, so you can capture from the field.
- DeepSweep isn't turned on in trials, but I can show it to you on a call.

Shout if anything breaks.

""" + SIG["dana"], cc=["marcus"], custodian="gideon", ext=True)

M("m02", "2025-02-11 13:05", "gideon", ["=Dana Okerlund <dokerlund@lanternfold.io>"], "RE: Horizon access for CR-4", """
Got the logins, thanks Dana. We'll give it a real workout on a couple of open matters and let you know.

""" + SIG["gideon"], custodian="gideon", quoted=["m01"])

M("m03", "2025-03-12 16:20", "dana", ["gideon"], "Your Horizon workspace", """
Hi Gideon,

Your trial wraps up Friday. Rather than let all the work you've built in there disappear, we'd like
to keep you going: I've converted your seat to a full one-year evaluation license (Horizon plus
Pocket). For context, a named seat lists at $14,500 a year.

No paperwork on your side and no need to return it at the end of the year - it's yours to use. If the
team decides to buy more seats later, great, but that's not a condition.

Best,
Dana

""" + SIG["dana"], custodian="gideon", ext=True)

M("m04", "2025-03-13 08:55", "gideon", ["=Dana Okerlund <dokerlund@lanternfold.io>"], "RE: Your Horizon workspace", """
Dana - that's very generous of you, thank you. I'll keep the workspace going and put it to use on the
""" + "(b)(7)(E)" + """ matter. Renata, fyi.

Gideon
""", cc=["renata"], custodian="gideon", quoted=["m03"])

M("m05", "2025-03-13 09:31", "renata", ["gideon"], "RE: Your Horizon workspace", """
Nice. Keep a log of what you run through it, we'll want that when it's time to justify buying seats.

R.
""", custodian="gideon")

# ---- the paid contract (negative)
M("m06", "2025-04-02 11:15", "bernard", ["=Dana Okerlund <dokerlund@lanternfold.io>"], "Request for Quote - OSINT platform (CRFO)", """
Ms. Okerlund,

The Calder River Field Office intends to acquire the following under your Multiple Award Schedule
contract. Please provide a quote by close of business April 7, 2025:

  1. Lanternfold Horizon, named user subscriptions, 12 months - qty 6
  2. Lanternfold Analyst Academy (instructor-led), seats - qty 4
  3. Lanternfold DeepSweep data add-on, 12 months - qty 1

Please include your schedule contract number and the period of performance.

Regards,

""" + SIG["bernard"], custodian="bernard")

M("m07", "2025-04-04 14:40", "dana", ["bernard"], "RE: Request for Quote - OSINT platform (CRFO)", """
Mr. Osterhagen,

Thank you for the opportunity. Quote Q-25-0388 is attached; summary below. Pricing is at our schedule
rates and is valid for 60 days.

  Line 1  Lanternfold Horizon, named user, 12 mo.   6 x $14,500.00    $87,000.00
  Line 2  Lanternfold Analyst Academy seat          4 x $2,150.00      $8,600.00
  Line 3  Lanternfold DeepSweep add-on, 12 mo.      1 x $18,000.00    $18,000.00
                                                      Total          $113,600.00

Period of performance would be May 1, 2025 through April 30, 2026.

Thanks as well for walking me through the vendor registration question last week - that saved me a
lot of back and forth.

""" + SIG["dana"], cc=["marcus"], custodian="bernard", ext=True, attach="Q-25-0388 Lanternfold.pdf")

M("m08", "2025-04-09 10:05", "bernard", ["renata"], "J&A for Lanternfold - signature needed", """
Renata,

Attached is the draft limited-sources justification for the Lanternfold order (only source for the
DeepSweep data set as far as market research shows). I need your signature as requiring official
before it goes to the competition advocate.

Bernard
""", cc=[None], custodian="bernard", attach="Draft J&A CRFO-25-014.docx")

M("m09", "2025-04-21 15:30", "bernard", ["=Dana Okerlund <dokerlund@lanternfold.io>"], "Award - Task Order 70ICB25F00031", """
Ms. Okerlund,

Task Order 70ICB25F00031 has been awarded to Lanternfold Analytics, Inc. against your schedule contract
for the lines in your quote Q-25-0388, total $113,600.00. The signed order is attached. Invoices go
through the agency invoicing portal referencing the task order number.

""" + SIG["bernard"], custodian="bernard", attach="70ICB25F00031 signed.pdf")

M("m10", "2025-04-22 09:12", "dana", ["bernard"], "RE: Award - Task Order 70ICB25F00031", """
Received, thank you! Priya Vantongeren from our customer success team will reach out this week to
schedule onboarding and the Academy sessions.

Dana
""", custodian="bernard", ext=True)

# ---- onboarding / paid training (negative)
M("m11", "2025-05-06 13:00", "priya", ["gideon", "yolanda", None], "Analyst Academy - your four seats", """
Hello all,

I'm your customer success manager now that the order is in place. The four Analyst Academy seats on
the task order can be used in either of these cohorts (virtual, 9-4 ET each day):

  - June 9-11
  - July 14-16

Reply with your pick and I'll send calendar holds. The course materials are yours to keep.

""" + SIG["priya"], custodian="yolanda", ext=True)

M("m12", "2025-05-06 14:22", "yolanda", ["=Priya Vantongeren <pvantongeren@lanternfold.io>"], "RE: Analyst Academy - your four seats", """
June works for me. Thanks, Priya.

Yolanda
""", custodian="yolanda")

# ---- the Summit passes and counsel's review
M("m13", "2025-05-14 17:48", "marcus", ["theo"], "Lanternfold Summit 2025", """
Theodore,

We'd be honored to have you and SSA Holloway-Pike with us at Lanternfold Summit 2025 in Bellhaven,
September 16-18. We'd like to extend two complimentary full-conference passes (registration is
$1,295) and we'll take care of two nights at the Harborline for each of you.

It's our biggest gathering of the year - about 450 people from agencies, universities and private
industry - and I think your team's work would be of real interest to the other customers.

Warm regards,
Marcus

""" + SIG["marcus"], cc=["dana"], ext=True, show=False)

M("m14", "2025-05-15 08:30", "theo", ["miriam"], "FW: Lanternfold Summit 2025", """
Miriam,

Could you look at the invitation below and tell me what we may accept? Renata and I would like to go;
several sessions are on exactly the platform we just bought.

Thanks,
Ted

""" + SIG["theo"], cc=["renata"], custodian="theo", quoted=["m13"])

M("m15", "2025-05-27 16:10", "miriam", ["theo"], "RE: Lanternfold Summit 2025 - gift acceptance review", """
PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION

Ted,

You asked whether you and SSA Holloway-Pike may accept Lanternfold Analytics' offer of free
attendance at its Summit (September 16-18, Bellhaven) and two nights' lodging each.

(b)(5)

The Standards of Ethical Conduct let an employee accept an offer of free attendance at all or part
of a widely attended gathering when the agency has determined that attendance is in its interest.
5 C.F.R. 2635.204(g)(2). A gathering is "widely attended" if a large number of participants is
expected, attendance is open to individuals from throughout the interested industry or profession,
and there will be an exchange of ideas. Id. 2635.204(g)(3)(i). The vendor expects roughly 450
attendees from government, academia and industry, with a published agenda.

Because Lanternfold has interests that may be affected by your duties (it holds task order
70ICB25F00031 with the field office), the interest determination must be written, and I have
made it; see the attached determination. On that basis you may each accept the registration
waiver (a market value of $1,295 per person).

Free attendance does not include lodging. 5 C.F.R. 2635.204(g)(4). The two nights at the
Harborline are therefore not covered by the exception and should be declined; your hotel will be
booked and paid on government travel orders.

Please do not accept meals or entertainment offered outside the conference program without
checking with me first. If you join a vendor dinner, pay for your own meal.

""" + SIG["miriam"], cc=["renata"], custodian="theo", attach="WAG determination - Lanternfold Summit.pdf")

M("m16", "2025-05-27 17:02", "theo", ["marcus"], "RE: Lanternfold Summit 2025", """
Marcus,

Good news: counsel has cleared Renata and me to attend on your complimentary registration, and we
gratefully accept the two passes. We'll book and pay for our own hotel through government travel,
so please release the Harborline rooms.

Thank you for the invitation - we're looking forward to it.

Ted Quillfeather
""", cc=["renata", "dana"], custodian="theo", ext=True, quoted=["m13"])

M("m17", "2025-05-28 09:15", "marcus", ["theo"], "RE: Lanternfold Summit 2025", """
Wonderful. Rooms released. Our events team will send your registration confirmations shortly.

Marcus
""", custodian="theo", ext=True)

M("m18", "2025-06-03 10:00", "=Lanternfold Events <events@lanternfold.io>", ["theo", "renata"], "Your Lanternfold Summit 2025 registration", """
Thank you for registering for Lanternfold Summit 2025!

Registration type: Guest of Lanternfold (complimentary)
Amount charged: $0.00

Dates: September 16-18, 2025
Venue: Bellhaven Convention Center, 200 Riverside Drive, Bellhaven, OR

Your badge will be waiting at the registration desk. Need to change something? Reply to this email.

The Lanternfold Events team
""", custodian="renata", ext=True)

# ---- newsletter (public discount code, public webinar)
M("m19", "2025-06-10 07:00", "=Lanternfold Insider <insider@lanternfold.io>", ["gideon"], "Lanternfold Insider - June", """
LANTERNFOLD INSIDER | June 2025

WHAT'S NEW IN HORIZON
Timeline view now supports imported call-detail spreadsheets, and Pocket adds offline capture.

SUMMIT 2025 - EARLY BIRD ENDS JUNE 30
Register by June 30 with code EARLYLIGHT for 20% off the standard registration. Open to all.

FREE WEBINAR: GEOLOCATING OPEN-SOURCE IMAGERY
Tuesday, June 24, 2:00 PM ET. Free and open to the public - bring your team.

You are receiving this because you subscribed at lanternfold.io. Unsubscribe | Manage preferences
Lanternfold Analytics, Inc. | 1180 Quarry Lane, Suite 400 | Bellhaven, OR 97455
""", custodian="gideon", ext=True)

M("m20", "2025-06-23 15:47", "gideon", ["yolanda", None], "webinar tomorrow", """
Lanternfold's doing a free webinar tomorrow at 2 on geolocating photos - open to anybody, no
cost. Might be worth an hour if you're not in the weeds. Link is in their newsletter.

G
""", custodian="yolanda")

# ---- demo tablet on loan, returned (negative)
M("m21", "2025-06-18 11:02", "priya", ["gideon"], "Demo tablet return", """
Hi Gideon,

Hope the rugged tablet was useful for the Pocket demo to your squad. When you're done with it,
please send it back with the prepaid label in the box - it's one of our loaners and the Granite Bluff
folks are next in line.

Priya
""", custodian="gideon", ext=True)

M("m22", "2025-06-20 16:35", "gideon", ["=Priya Vantongeren <pvantongeren@lanternfold.io>"], "RE: Demo tablet return", """
It went back out this afternoon with your label. Thanks for the loan.

Gideon
""", custodian="gideon")

# ---- the fusion center and the partner code (referral)
M("m23", "2025-07-08 10:20", "ronan", ["gideon"], "Lanternfold?", """
Gideon,

(b)(6) says your office went with Lanternfold for social media work. We're looking at tools for
the fusion center before our budget closes out in August. Anything I should know before I call
them?

Ronan

""" + SIG["ronan"], custodian="gideon", ext=True)

M("m24", "2025-07-08 14:51", "gideon", ["ronan"], "RE: Lanternfold?", """
Ronan,

Happy to talk it through on the phone. If you do reach out, ask for Dana Okerlund
(dokerlund@lanternfold.io) and give her our partner code, LF-CRV-4471, when you do - you'll get
the agency partner rate, and it gets credited back to our office.

Gideon

""" + SIG["gideon"], custodian="gideon", quoted=["m23"])

M("m25", "2025-07-09 09:12", "gideon", ["=Dana Okerlund <dokerlund@lanternfold.io>"], "heads up - Carrow Valley", """
Dana, fyi I sent Lt. Ronan Decoursey at the Carrow Valley Regional Fusion Center your way and gave
him our partner code. He's the one to talk to about their budget.

Gideon
""", custodian="gideon")

M("m26", "2025-07-15 13:40", "dana", ["gideon"], "RE: heads up - Carrow Valley", """
Ronan called yesterday - great conversation. Thank you for thinking of us!

Dana
""", custodian="gideon", ext=True)

# ---- the analyst and the other field office (endorsement)
M("m27", "2025-07-22 11:05", "imogen", ["yolanda"], "Lanternfold - worth it?", """
Hi Yolanda,

We got a pitch from Lanternfold and somebody said Calder River already uses it. Honest opinion? Our
ASAC wants a recommendation by next week.

Imogen

""" + SIG["imogen"], custodian="yolanda")

M("m28", "2025-07-22 15:18", "yolanda", ["imogen"], "RE: Lanternfold - worth it?", """
Imogen,

Short answer: I'd get it. Horizon found the (b)(7)(E) accounts for us in an afternoon when it had
taken me two weeks by hand, and the link charts hold up when you brief them. It's the best tool of
its kind I've used, and I've tried most of them. The mobile app is fine but not why you'd buy it.

Happy to give your team a walk-through over video if that helps sell it to your ASAC.

""" + SIG["yolanda"], cc=["renata"], custodian="yolanda", quoted=["m27"])

# ---- press release (endorsement)
M("m29", "2025-08-05 12:30", "corinne", ["theo"], "Press release draft for your review", """
Good afternoon ASAC Quillfeather,

Thank you again for agreeing to be part of our announcement. Below is the draft release with the
quote we discussed; we'd plan to publish September 16, the first day of Summit.

  BELLHAVEN, Ore. - Lanternfold Analytics today announced that the Interstate Crimes Bureau's
  Calder River Field Office has adopted Lanternfold Horizon across its investigative squads.

  "Horizon has given our agents and analysts a head start on every case," said Theodore J.
  Quillfeather, Assistant Special Agent in Charge. "I'd recommend it to any field office that
  takes open-source work seriously."

Could you confirm the quote, or send edits?

""" + SIG["corinne"], cc=["dana"], custodian="theo", ext=True)

M("m30", "2025-08-07 09:44", "theo", ["corinne"], "RE: Press release draft for your review", """
Corinne,

The quote is fine as written. Our public affairs office (""" + RED + """) has reviewed it; please
keep the agency seal off the release.

Ted
""", cc=[None], custodian="theo", ext=True)

# ---- case study thank-you (drone)
M("m31", "2025-08-12 16:02", "corinne", ["gideon"], "Thank you!", """
Gideon,

Thanks so much for sitting down with us for the case study - the team loved your story about the
(b)(7)(E) investigation. As a small thank-you, we're sending you a Wrenlet Mini camera drone; it
should land on your desk Thursday. Enjoy it!

Corinne
""", custodian="gideon", ext=True)

M("m32", "2025-08-15 08:47", "gideon", ["=Corinne Basswood <cbasswood@lanternfold.io>"], "RE: Thank you!", """
Corinne, the drone showed up yesterday. Totally unnecessary, but I won't pretend I'm not thrilled.
Thank you!

Gideon
""", custodian="gideon")

M("m33", "2025-08-15 10:20", "gideon", [None], "drone", """
Lanternfold sent me a drone for doing that case study, a Wrenlet Mini - those go for about $400.
Lunch test flight at the range if you're free.
""", custodian="gideon")

# ---- scheduling noise
M("m34", "2025-08-26 08:15", "renata", ["gideon", "yolanda", None, None], "CR-4 meeting moved", """
All - squad meeting moves to Thursday 10:00, conference room 3B. Same agenda.

R.
""", custodian="yolanda")

M("m35", "2025-09-12 17:30", "renata", [None], "Automatic reply: case file", """
I am out of the office September 15-19 at a conference with limited access to email. For urgent
matters please contact the CR-4 duty agent at """ + RED + """.
""", custodian="renata")

# ---- vendor customer dinner at Summit: SSA pays her own share (negative)
M("m36", "2025-09-11 14:05", "dana", ["renata", "theo"], "Customer dinner Tuesday at Summit", """
Renata, Ted -

We're getting a few of our agency customers together for dinner on Tuesday the 16th, 7:00 at
Fernhall in the hotel lobby. It would be great to have you both.

Dana
""", custodian="renata", ext=True)

M("m37", "2025-09-17 08:10", "renata", ["=Dana Okerlund <dokerlund@lanternfold.io>"], "RE: Customer dinner Tuesday at Summit", """
Dana, thanks for including me last night, it was a good group. As I mentioned at the table, I
settled my share ($68) directly with the server - please make sure it doesn't end up on your tab.

Renata

""" + SIG["renata"], custodian="renata", quoted=["m36"])

# ---- the dinner in Port Alder (gift)
M("m38", "2025-10-01 12:25", "dana", ["gideon", "yolanda"], "Port Alder next week", """
Hi both,

Priya and I will be in Port Alder next week for your quarterly review. Any chance you're free for
dinner on Wednesday the 8th? We'll take you to Saltmarrow - Lanternfold's treat, don't even think
about reaching for your wallets.

Dana
""", custodian="yolanda", ext=True)

M("m39", "2025-10-01 13:02", "yolanda", ["=Dana Okerlund <dokerlund@lanternfold.io>"], "RE: Port Alder next week", """
Count me in - thank you!

Y
""", cc=["gideon"], custodian="yolanda")

M("m40", "2025-10-09 08:32", "yolanda", ["=Dana Okerlund <dokerlund@lanternfold.io>"], "thank you", """
Dana, thank you again for last night. You really didn't have to cover all four of us - $412 was
way more than I expected Saltmarrow to be! It was great to put faces to names.

Yolanda
""", cc=["gideon"], custodian="yolanda")

# ---- jackets (gift)
M("m41", "2025-10-14 10:50", "priya", ["gideon", "yolanda", None], "Something for the squad", """
Hi all!

A little something from the customer success team to say thanks for being such good sports at the
onboarding - we've got Lanternfold softshell jackets with your names on them. What sizes should I
send?

Priya
""", custodian="gideon", ext=True)

M("m42", "2025-10-14 11:08", "gideon", ["=Priya Vantongeren <pvantongeren@lanternfold.io>"], "RE: Something for the squad", """
Large for me. Much appreciated, Priya.
""", custodian="gideon")

M("m43", "2025-10-22 15:30", "yolanda", ["=Priya Vantongeren <pvantongeren@lanternfold.io>"], "RE: Something for the squad", """
The jackets came today - they fit and they're warm! Thank you, that was really kind.

Yolanda
""", custodian="yolanda")

# ---- the holiday basket declined on counsel's advice (negative)
M("m44", "2025-12-08 09:55", "theo", ["miriam"], "Basket from Lanternfold", """
Miriam,

A holiday basket from Marcus Threlkeld at Lanternfold arrived at the front desk this morning -
smoked salmon, chocolates, a bottle of bourbon. What do I do with it?

Ted
""", custodian="theo")

M("m45", "2025-12-08 14:12", "miriam", ["theo"], "RE: Basket from Lanternfold", """
Ted,

It has to go back. It is well over the $20 limit and comes from a contractor with a current task
order, and none of the exceptions apply. Please return it unopened and send a short note; I can
give you a template.

""" + SIG["miriam"], custodian="theo")

M("m46", "2025-12-09 10:30", "theo", ["marcus"], "Holiday basket", """
Marcus,

Thank you for the kind thought, and happy holidays to you and the team. I'm afraid I can't accept
the basket under our ethics rules, so it went back to your office this morning by courier,
unopened.

Ted Quillfeather
""", custodian="theo", ext=True)

# ---- a fully redacted exchange (no persons)
M("m47", "2025-11-04 16:44", None, ["gideon"], "horizon login", """
Can I borrow your Horizon login for the (b)(7)(E) thing? Mine isn't set up yet.
""", custodian="gideon")

M("m48", "2025-11-04 16:58", "gideon", [None], "RE: horizon login", """
No can do - licenses are per person. Ask Renata to get you added to the task order seats.

""" + SIG["gideon"], custodian="gideon", quoted=["m47"])

BY_ID = {m["id"]: m for m in MSGS}

# ------------------------------------------------------------------------------------------------
# page layout: (kind, payload) items; every printed message starts a new page
ITEMS = []
order = sorted([m for m in MSGS if m["show"]], key=lambda m: m["sent"])
# placeholders: the Summit invitation as printed in Ted's mailbox is a duplicate of the history under FW
for m in order:
    if m["id"] == "m14":
        ITEMS.append(("dup", "m14"))
    ITEMS.append(("msg", m))
    if m["id"] == "m08":
        ITEMS.append(("withheld", "(b)(5)"))
        ITEMS.append(("withheld", "(b)(5)"))
    if m["id"] == "m33":
        ITEMS.append(("withheld", "(b)(6); (b)(7)(C); (b)(7)(E)"))


def reflow(body, width=98):
    """Paragraphs of prose are re-wrapped the way a mail client prints them; indented lines, lists and
    signature blocks (short lines) are kept as they are."""
    out = []
    for para in body.split("\n\n"):
        lines = para.split("\n")
        prose = len(lines) > 1 and len(lines[0]) > 70 and not any(x[:1] in (" ", "-") for x in lines)
        if prose:
            out.extend(textwrap.wrap(" ".join(x.strip() for x in lines), width))
        else:
            for x in lines:
                out.extend(textwrap.wrap(x, width, subsequent_indent="  " if x.startswith(" ") else "") or [""])
        out.append("")
    while out and out[-1] == "":
        out.pop()
    return out


def message_lines(m):
    out = []
    owner = hdr(m["custodian"]) if m["custodian"] else RED
    out.append(("owner", owner))
    out.append(("rule", ""))
    for k, v in header_block(m):
        out.append(("hdr", (k, v)))
    out.append(("blank", ""))
    out.extend(("body", w) for w in reflow(m["body"]))
    for q in m["quoted"]:
        qm = BY_ID[q]
        out.append(("blank", ""))
        out.append(("rule", ""))
        for k, v in header_block(qm, quoted=True):
            out.append(("hdr", (k, v)))
        out.append(("blank", ""))
        out.extend(("body", w) for w in reflow(qm["body"]))
    return out


LINES_PER_PAGE = 35
LEGEND = "Exemptions: (b)(5) deliberative / attorney-client; (b)(6) personal privacy; (b)(7)(C) law-enforcement privacy; (b)(7)(E) techniques"


def build_pdf(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("ICB FOIA 25-0417 interim release 2")
    page_no = [0]
    W, H = letter

    def footer(legend):
        page_no[0] += 1
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 50, 30, f"{BATES}{page_no[0]:06d}")
        if legend:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, LEGEND)
        c.showPage()

    for kind, payload in ITEMS:
        if kind == "withheld":
            c.setFont("Helvetica-Bold", 14)
            c.drawCentredString(W / 2, H / 2 + 20, "WITHHELD IN FULL")
            c.setFont("Helvetica", 11)
            c.drawCentredString(W / 2, H / 2, f"Page withheld pursuant to exemption {payload}")
            footer(True)
            continue
        if kind == "dup":
            c.setFont("Helvetica-Bold", 14)
            c.drawCentredString(W / 2, H / 2 + 20, "DUPLICATE")
            c.setFont("Helvetica", 11)
            c.drawCentredString(W / 2, H / 2, "Duplicate of material released on the following page")
            footer(False)
            continue
        m = payload
        lines = message_lines(m)
        y = H - 60
        n = 0
        legend = any(RED in (v if isinstance(v, str) else v[1]) or "(b)(" in (v if isinstance(v, str) else v[1])
                     for _, v in lines)
        for typ, v in lines:
            if n >= LINES_PER_PAGE:
                footer(legend)
                y = H - 60
                n = 0
            if typ == "owner":
                c.setFont("Helvetica-Bold", 12)
                c.drawString(50, y, v)
                y -= 6
            elif typ == "rule":
                c.setLineWidth(1.2)
                c.line(50, y, W - 50, y)
                y -= 8
            elif typ == "hdr":
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(50, y, v[0])
                c.setFont("Helvetica", 9.5)
                c.drawString(130, y, v[1])
                y -= 13
            elif typ == "blank":
                y -= 13
            else:
                c.setFont("Helvetica", 9.5)
                c.drawString(50, y, v)
                y -= 13
            n += 1
        footer(legend)
    c.save()


# ------------------------------------------------------------------------------------------------
# gold

ORGS = [
    ("o_lantern", "organization", "Lanternfold Analytics, Inc.", ["Lanternfold Analytics", "Lanternfold"]),
    ("o_icb", "organization", "Interstate Crimes Bureau", ["ICB"]),
    ("d_crfo", "division", "Calder River Field Office", ["CRFO"]),
    ("d_occ", "division", "Office of Chief Counsel", ["OCC"]),
    ("d_gbfo", "division", "Granite Bluff Field Office", ["GBFO"]),
    ("o_cvrfc", "organization", "Carrow Valley Regional Fusion Center", []),
]
PRODUCTS = [
    ("p_horizon", "Lanternfold Horizon", ["Horizon"]),
    ("p_pocket", "Pocket", []),
    ("p_academy", "Lanternfold Analyst Academy", ["Analyst Academy"]),
    ("p_deepsweep", "Lanternfold DeepSweep", ["DeepSweep"]),
]
CODES = [("c_partner", "LF-CRV-4471")]
MEMBER = {
    "dana": "o_lantern", "marcus": "o_lantern", "priya": "o_lantern", "corinne": "o_lantern",
    "theo": "d_crfo", "renata": "d_crfo", "gideon": "d_crfo", "yolanda": "d_crfo", "bernard": "d_crfo",
    "miriam": "d_occ", "imogen": "d_gbfo", "ronan": "o_cvrfc",
}
AFFIL = {k: ("o_lantern" if v == "o_lantern" else v) for k, v in MEMBER.items()}


ALIASES = {
    "theo": ["Theodore Quillfeather", "Ted Quillfeather"],
    "yolanda": ["Yolanda Ferncastle"],
}


def gift(src, dst, value, msgs, product=None):
    r = {"type": "GIFT", "source": src, "target": dst, "value_usd": value, "messages": msgs}
    if product:
        r["items"] = [{"product": product, "quantity": 1}]
    return r


RELATIONS = [
    gift("dana", "gideon", 14500, ["m03", "m04"], "p_horizon"),      # one-year evaluation licence, keep it
    gift("marcus", "theo", 1295, ["m13", "m15", "m16", "m18"]),             # Summit pass (lodging declined)
    gift("marcus", "renata", 1295, ["m13", "m15", "m16", "m18"]),
    gift("corinne", "gideon", 400, ["m31", "m32", "m33"]),           # drone for the case study
    gift("dana", "gideon", 103, ["m38", "m40"]),                      # Saltmarrow dinner, $412 for four
    gift("dana", "yolanda", 103, ["m38", "m39", "m40"]),
    gift("priya", "gideon", None, ["m41", "m42"]),                     # jackets
    gift("priya", "yolanda", None, ["m41", "m43"]),
    {"type": "REFERRAL", "source": "gideon", "target": "o_lantern", "messages": ["m24", "m25"]},
    {"type": "PROMOTED", "source": "theo", "target": "p_horizon", "messages": ["m29", "m30"]},
    {"type": "PROMOTED", "source": "yolanda", "target": "p_horizon", "messages": ["m28"]},
] + [{"type": "MEMBER_OF", "source": k, "target": v, "messages": []} for k, v in MEMBER.items()]


def emails_of(k, text):
    found = []
    for addr in [P[k][0].partition("<")[2].rstrip(">")] + [EXT.get(k, "")]:
        if addr and addr in text:
            found.append(addr)
    return sorted(set(found))


def build_gold(all_text):
    ents = []
    for k, (h, name, role) in P.items():
        e = {"id": k, "kind": "person", "name": name, "role": role, "affiliation": AFFIL[k]}
        if k in ALIASES:
            e["aliases"] = ALIASES[k]
        em = emails_of(k, all_text)
        if em:
            e["emails"] = em
        ents.append(e)
    for oid, kind, name, aliases in ORGS:
        ents.append({"id": oid, "kind": kind, "name": name, "aliases": aliases})
    for pid, name, aliases in PRODUCTS:
        ents.append({"id": pid, "kind": "product", "name": name, "aliases": aliases})
    for cid, code in CODES:
        ents.append({"id": cid, "kind": "code", "name": code})
    msgs = [{"id": m["id"], "sent": m["sent"].isoformat(), "subject": m["subject"]}
            for m in sorted(MSGS, key=lambda m: m["sent"])]
    # EMAILED: every printed header pair whose both ends are printed persons
    pairs = {}
    for m in MSGS:
        s = m["frm"]
        if s not in P:
            continue
        for r in m["to"] + m["cc"]:
            if isinstance(r, str) and r.startswith("="):
                r = {"=Dana Okerlund <dokerlund@lanternfold.io>": "dana",
                     "=Priya Vantongeren <pvantongeren@lanternfold.io>": "priya",
                     "=Corinne Basswood <cbasswood@lanternfold.io>": "corinne"}.get(r)
            if r in P and r != s:
                pairs.setdefault((s, r), []).append(m["id"])
    emailed = [{"type": "EMAILED", "source": s, "target": r, "count": len(ids), "messages": ids}
               for (s, r), ids in sorted(pairs.items())]
    return {"entities": ents, "messages": msgs, "relations": RELATIONS + emailed}


def all_printed_text():
    parts = []
    for kind, payload in ITEMS:
        if kind == "msg":
            for _, v in message_lines(payload):
                parts.append(v if isinstance(v, str) else " ".join(v))
    return "\n".join(parts)


def main():
    build_pdf(HERE / "release.pdf")
    gold = build_gold(all_printed_text())
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")
    print(f"{len(MSGS)} messages, {sum(1 for k, _ in ITEMS if k == 'msg')} printed on their own")


if __name__ == "__main__":
    main()
