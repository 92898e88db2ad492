#!/usr/bin/env python3
"""Write probe CI: a folder of HTML-only .eml files (release/) and gold.json.

Everything is invented: Keelhaven Analytics (real-time crime center software, a residential camera registry,
analyst seats, a yearly conference), the Marlow Falls Police Department's Real-Time Crime Center, the Marlow
Falls City Council's Public Safety Committee staff, and a few third parties. Times are America/Chicago and
cross the March 2026 DST change.
"""
import base64
import json
import os
import shutil
import zlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "release")
TZ = ZoneInfo("America/Chicago")

# ---------------------------------------------------------------- people
P = {
    "dana": dict(name="Dana Whitcombe", email="dana.whitcombe@keelhaven.io", title="Regional Sales Director",
                 unit=None, org="keelhaven", phone="m 816-555-0142", role="vendor_employee"),
    "priya": dict(name="Priya Okonkwo-Lind", email="priya.okonkwo-lind@keelhaven.io", title="Events &amp; Community Manager",
                  unit=None, org="keelhaven", phone="o 816-555-0187", role="vendor_employee"),
    "garrett": dict(name="Garrett Vosburgh", email="garrett.vosburgh@keelhaven.io", title="Senior Solutions Engineer",
                    unit=None, org="keelhaven", phone="m 816-555-0119", role="vendor_employee"),
    "mireille": dict(name="Mireille Strand", email="mireille.strand@keelhaven.io", title="Vice President, Marketing",
                     unit=None, org="keelhaven", phone="o 816-555-0163", role="vendor_employee"),
    "tobias": dict(name="Tobias Renfro", email="tobias.renfro@keelhaven.io", title="Accounts Receivable Specialist",
                   unit=None, org="keelhaven", phone="o 816-555-0175", role="vendor_employee"),
    "baptiste": dict(name="Corinne Baptiste", email="cbaptiste@marlowfallsmo.gov", title="Commander",
                     unit="rtcc", org="mfpd", phone="Office (417) 555-0190", role="officer", rank="Lt."),
    "ferreira": dict(name="Hollis Ferreira", email="hferreira@marlowfallsmo.gov", title="Sergeant, RTCC Supervisor",
                     unit="rtcc", org="mfpd", phone="Desk (417) 555-0193", role="officer", rank="Sgt."),
    "pruitt": dict(name="Jovanna Pruitt", email="jpruitt@marlowfallsmo.gov", title="Senior Crime Analyst",
                   unit="rtcc", org="mfpd", phone="(417) 555-0196", role="officer"),
    "ashgrove": dict(name="Raymond Ashgrove", email="rashgrove@marlowfallsmo.gov", title="Deputy Chief of Police",
                     unit=None, org="mfpd", phone="(417) 555-0101", role="officer", rank="Deputy Chief"),
    "osei": dict(name="Wendell Osei", email="wosei@marlowfallsmo.gov", title="Committee Clerk",
                 unit="psc", org="council", phone="(417) 555-0222", role="other"),
    "pellworth": dict(name="Lucinda Pellworth", email="lpellworth@marlowfallsmo.gov", title="Policy Analyst",
                      unit="psc", org="council", phone="(417) 555-0227", role="other"),
    "olander": dict(name="Beatriz Olander", email="bolander@marlowfallsmo.gov", title="Senior Buyer",
                    unit="purch", org="city", phone="(417) 555-0240", role="other"),
    "vantongeren": dict(name="Ellery Vantongeren", email="evantongeren@tessalycountymo.gov", title="Intelligence Sergeant",
                        unit="ciu", org="tessaly", phone="(573) 555-0148", role="officer"),
    "harlowe": dict(name="Quentin Harlowe", email="qharlowe@breckencitypd.org", title="Crime Analyst",
                    unit=None, org="brecken", phone="(636) 555-0132", role="officer"),
    "quenby": dict(name="Marisol Quenby", email="mquenby@mwrtcc.org", title="Newsletter Editor",
                   unit=None, org="roundtable", phone="", role="other"),
}
ORGS = {
    "keelhaven": dict(kind="organization", name="Keelhaven Analytics", aliases=["Keelhaven Analytics, Inc.", "Keelhaven"]),
    "mfpd": dict(kind="organization", name="Marlow Falls Police Department", aliases=["MFPD", "Marlow Falls PD"]),
    "council": dict(kind="organization", name="Marlow Falls City Council", aliases=[]),
    "city": dict(kind="organization", name="City of Marlow Falls", aliases=[]),
    "tessaly": dict(kind="organization", name="Tessaly County Sheriff's Office", aliases=["Tessaly County Sheriff’s Office"]),
    "brecken": dict(kind="organization", name="Brecken City Police Department", aliases=[]),
    "roundtable": dict(kind="organization", name="Midwest RTCC Roundtable", aliases=[]),
    "rtcc": dict(kind="division", name="Real-Time Crime Center", aliases=["RTCC", "Real Time Crime Center"]),
    "psc": dict(kind="division", name="Public Safety Committee", aliases=[]),
    "purch": dict(kind="division", name="Purchasing Division", aliases=[]),
    "ciu": dict(kind="division", name="Criminal Intelligence Unit", aliases=[]),
}
UNIT_LINE = {"rtcc": "Real-Time Crime Center", "psc": "Public Safety Committee", "purch": "Purchasing Division",
             "ciu": "Criminal Intelligence Unit"}
ORG_LINE = {"keelhaven": "Keelhaven Analytics, Inc.", "mfpd": "Marlow Falls Police Department",
            "council": "Marlow Falls City Council", "city": "City of Marlow Falls",
            "tessaly": "Tessaly County Sheriff&#8217;s Office", "brecken": "Brecken City Police Department",
            "roundtable": "Midwest RTCC Roundtable"}
PRODUCTS = {
    "lattice": dict(name="Keelhaven Lattice", aliases=["Lattice"]),
    "hearthwatch": dict(name="HearthWatch Registry", aliases=["HearthWatch"]),
    "vantage": dict(name="Vantage camera", aliases=["Vantage", "Vantage cameras"]),
}
CODES = ["KH-REF-HF2291", "KH-REF-JP0417", "CONVERGE26"]


def addr(k):
    return f'{P[k]["name"]} <{P[k]["email"]}>'


def sig(k):
    p = P[k]
    name = (p.get("rank", "") + " " + p["name"]).strip()
    lines = [f'<b style="color:#1f3864">{escape(name)}</b>', p["title"]]
    if p["unit"]:
        lines.append(UNIT_LINE[p["unit"]])
    lines.append(ORG_LINE[p["org"]])
    if p["phone"]:
        lines.append(p["phone"])
    if p["org"] == "keelhaven":
        cell = "<br>".join(lines) + '<br><span style="color:#888">keelhaven.io &nbsp;|&nbsp; 2200 Grand Blvd, Suite 900, Kansas City, MO 64108</span>'
        return ('<table cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;font-size:12px;margin-top:14px">'
                '<tr><td style="border-right:2px solid #0b6e4f;padding-right:10px;font-weight:bold;color:#0b6e4f">KH</td>'
                f'<td style="padding-left:10px">{cell}</td></tr></table>')
    cell = "<br>".join(lines)
    extra = ""
    if p["org"] in ("mfpd", "council", "city"):
        extra = ('<tr><td style="font-size:10px;color:#777;padding-top:6px">This e-mail may be a public record under '
                 'the Missouri Sunshine Law.</td></tr>')
    return (f'<table style="font-family:Calibri,Arial,sans-serif;font-size:11pt;margin-top:12px"><tr><td>{cell}</td></tr>{extra}</table>')


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


# ---------------------------------------------------------------- messages
# body: list of paragraphs (HTML allowed); quote: id of a message quoted below (reply) or forwarded (fwd)
M = []


def msg(mid, frm, to, when_s, subject, paras, cc=(), quote=None, fwd=None, attach=None, greeting=None, closing=None, style="gmail", nosig=False):
    M.append(dict(id=mid, frm=frm, to=list(to), cc=list(cc), when=when(when_s), subject=subject, paras=paras,
                  quote=quote, fwd=fwd, attach=attach, greeting=greeting, closing=closing, style=style, nosig=nosig))


msg("m01", "dana", ["baptiste"], "2026-02-03 09:12", "Lattice pilot wrap-up and next steps", [
    "Thanks again for hosting us last week. The ninety-day pilot closes out on the 28th, and I wanted to put the numbers "
    "in one place before your staff meeting: 214 camera feeds now come into one Lattice wall, and your analysts pulled "
    "video for 61 incidents through the platform.",
    "Garrett will be in touch about the four Vantage demo cameras we put up on the Kessler Avenue corridor for the pilot.",
    "Can we find 30 minutes next week to talk about what a full rollout would look like?",
], cc=["garrett"], greeting="Hi Lieutenant,", closing="Best,<br>Dana")

msg("m02", "baptiste", ["dana"], "2026-02-03 14:40", "RE: Lattice pilot wrap-up and next steps", [
    "Dana,",
    "Thanks for the summary. The pilot went well from our side too. Tuesday the 10th at 1:00 works for a call.",
    "Sgt. Ferreira will be your contact on the demo cameras.",
], cc=["garrett", "ferreira"], quote="m01", style="outlook", closing="Corinne")

msg("m03", "priya", ["baptiste"], "2026-02-05 10:05", "Invitation: Keelhaven Convergence 2026 (Kansas City, April 14-16)", [
    "I hope your week is off to a good start! I'm putting together the agency track for Convergence this April and "
    "would love to have the Marlow Falls RTCC in the room.",
    "We'd like to waive your registration fee (normally $895) and put you up for three nights at the Halvorsen Hotel "
    "&#8212; our group rate is $219 a night and it would go on our master account, not yours.",
    "Just let me know and I'll hold a room.",
], greeting="Hello Lt. Baptiste,", closing="Warmly,<br>Priya")

msg("m04", "baptiste", ["priya"], "2026-02-05 16:22", "RE: Invitation: Keelhaven Convergence 2026 (Kansas City, April 14-16)", [
    "Priya,",
    "That is very generous of you. Count me in, and yes, please go ahead and hold the room for the 13th through the 16th.",
], quote="m03", style="outlook", closing="Thank you,<br>Corinne")

msg("m05", "dana", ["ferreira"], "2026-02-09 08:47", "Convergence travel", [
    "Good news: we've booked your round-trip flight from Springfield to Kansas City for Convergence, on Keelhaven. "
    "The confirmation will come to you from our travel desk in the next day or two.",
    "Priya has your hotel details.",
], cc=["priya"], greeting="Hollis,", closing="Talk soon,<br>Dana")

msg("m06", "ferreira", ["dana"], "2026-02-09 08:48", "Automatic reply: Convergence travel", [
    "I am out of the office through Thursday, February 12, with limited access to e-mail. For anything urgent in the "
    "Real-Time Crime Center, please call the RTCC desk at (417) 555-0199.",
], style="none", nosig=True)

msg("m07", "ferreira", ["dana"], "2026-02-12 13:30", "RE: Convergence travel", [
    "Dana,",
    "Just back and saw this. Thanks a ton, that's a big help. Window seat if there's a choice!",
], cc=["priya"], quote="m05", style="outlook", closing="Hollis")

msg("m08", "dana", ["pruitt"], "2026-02-17 11:15", "Panel at Convergence?", [
    "Your work on the Eastgate robbery series came up in three different customer calls last month, so I'll just ask: "
    "would you join our &#8220;Analysts at the Center&#8221; panel at Convergence on April 15?",
    "It's a 45-minute conversation with two other analysts, no slides needed. We pay each panelist an honorarium of "
    "$1,500 for their time.",
], cc=["priya"], greeting="Hi Jovanna,", closing="Thanks,<br>Dana")

msg("m09", "pruitt", ["dana"], "2026-02-18 09:02", "RE: Panel at Convergence?", [
    "Hi Dana,",
    "I'd be glad to. I ran it by Lt. Baptiste this morning and she's fine with it. Send me the panel questions when you have them.",
], cc=["priya"], quote="m08", style="outlook", closing="Jovanna")

msg("m10", "garrett", ["ferreira"], "2026-02-20 15:10", "Vantage demo cameras", [
    "About the four Vantage demo units on Kessler Avenue: rather than have a crew take them down and ship them back to "
    "Kansas City, keep them for the RTCC. They list at $1,150 apiece, but consider them yours &#8212; no invoice will follow.",
    "If you want to move any of them, I'm happy to walk your techs through the re-aim.",
], cc=["baptiste"], greeting="Sgt. Ferreira,", closing="Cheers,<br>Garrett")

msg("m11", "ferreira", ["garrett"], "2026-02-20 16:55", "RE: Vantage demo cameras", [
    "Garrett,",
    "Appreciate that. We'll leave two where they are and move two to the Bellmont Street park-and-ride.",
], cc=["baptiste"], quote="m10", style="outlook", closing="Hollis")

msg("m41", "baptiste", ["ashgrove"], "2026-02-21 08:14", "FW: Vantage demo cameras", [
    "Chief,",
    "FYI below. I've asked Hollis to log the four cameras in the property system.",
], fwd="m10", style="outlook", closing="Corinne")

msg("m12", "olander", ["dana"], "2026-02-24 10:30", "PO 26-004417 - Lattice analyst seats", [
    "Good morning Ms. Whitcombe,",
    "Please find below purchase order 26-004417 for twelve (12) additional Lattice analyst seats at $4,500.00 each, "
    "total $54,000.00, per your quote of February 11. Please reference the PO number on your invoice and send it to "
    "accountspayable@marlowfallsmo.gov.",
    '<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">'
    "<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit</th><th>Extended</th></tr>"
    "<tr><td>1</td><td>Lattice analyst seat, 12-month subscription</td><td>12</td><td>$4,500.00</td><td>$54,000.00</td></tr></table>",
], cc=["baptiste", "tobias"], style="outlook", closing="Regards,")

msg("m13", "tobias", ["olander"], "2026-02-26 09:40", "Invoice INV-KH-30981 for PO 26-004417", [
    "Attached is invoice INV-KH-30981 for the twelve Lattice analyst seats on PO 26-004417, $54,000.00, net 30.",
    "Remittance details are on the second page.",
], cc=["dana"], greeting="Hello Beatriz,", closing="Thank you,<br>Tobias",
    attach=("INV-KH-30981.pdf", ["Keelhaven Analytics, Inc. - Invoice INV-KH-30981", "Bill to: City of Marlow Falls",
                                 "PO 26-004417", "12 x Lattice analyst seat @ $4,500.00 = $54,000.00", "Terms: net 30"]))

msg("m14", "dana", ["baptiste"], "2026-03-02 14:05", "Quote Q-2026-0188: HearthWatch Registry integration", [
    "As promised, here is quote Q-2026-0188 for connecting HearthWatch Registry to your Lattice wall: $38,500 for the "
    "first year (registry hosting, resident sign-up portal, and the integration), $29,000 a year after that. "
    "The quote is good for 60 days.",
    "Happy to walk the council staff through it whenever that's useful.",
], cc=["garrett"], greeting="Corinne,", closing="Best,<br>Dana")

msg("m15", "quenby", ["baptiste"], "2026-03-04 08:30", "Roundtable Dispatch - March 2026", [
    '<h2 style="font-family:Georgia,serif;color:#333">Roundtable Dispatch</h2>',
    "<b>Member news.</b> Welcome to the three new member centers that joined in February.",
    "<b>Webinar.</b> &#8220;Retention windows for fixed cameras&#8221; &#8212; March 19, 11:00 Central.",
    "<b>Conference season.</b> Keelhaven Analytics is offering every Roundtable member 20% off Convergence registration "
    "with the code CONVERGE26 at checkout. Other member discounts are listed on the website.",
    '<span style="font-size:9px;color:#999">You are receiving this because you are a member of the Midwest RTCC Roundtable. '
    "Unsubscribe | Update preferences</span>",
], style="none", closing="&#8212; Marisol Quenby, editor")

msg("m16", "priya", ["pruitt"], "2026-03-10 12:00", "Quick favor: 45-minute user interview", [
    "Our product team is talking with analysts about the Lattice search screen, and your name came up right away. "
    "Would you have 45 minutes this Thursday or Friday?",
    "As a thank-you for your time, we'll send you a $100 Visa gift card afterwards.",
], greeting="Hi Jovanna!", closing="Thanks so much,<br>Priya")

msg("m17", "pruitt", ["priya"], "2026-03-10 17:20", "RE: Quick favor: 45-minute user interview", [
    "Hi Priya,",
    "Happy to help. Thursday at 2:00 works.",
], quote="m16", style="outlook", closing="Jovanna")

msg("m18", "priya", ["pruitt"], "2026-03-13 15:45", "Thank you + your gift card", [
    "Thank you for such a thoughtful hour yesterday. The team took pages of notes.",
    "Your $100 gift card should land in your inbox today from our rewards partner, Tallyworks.",
], greeting="Jovanna,", closing="Priya")

msg("m19", "dana", ["ashgrove"], "2026-03-16 10:20", "Customer Advisory Board - May retreat at Cedar Hollow Lodge", [
    "I'm delighted to invite you to join Keelhaven's Customer Advisory Board. We meet once a year, and this year's "
    "retreat is May 12-14 at Cedar Hollow Lodge in the Ozarks.",
    "Keelhaven covers airfare, two nights' lodging and all meals for each board member &#8212; roughly $2,400 per member. "
    "The draft agenda is attached.",
], greeting="Deputy Chief Ashgrove,", closing="With appreciation,<br>Dana",
    attach=("CAB-2026-agenda.pdf", ["Keelhaven Customer Advisory Board - Spring Retreat", "Cedar Hollow Lodge, May 12-14",
                                    "Day 1: arrivals, welcome dinner", "Day 2: roadmap sessions, lake outing",
                                    "Day 3: breakfast and departures"]))

msg("m20", "ashgrove", ["dana"], "2026-03-17 08:05", "RE: Customer Advisory Board - May retreat at Cedar Hollow Lodge", [
    "Dana &#8212;",
    "Thank you for including Marlow Falls. I'll be there.",
], quote="m19", style="outlook", closing="R. Ashgrove")

msg("m21", "mireille", ["baptiste"], "2026-03-18 11:30", "Press release draft - your quote", [
    "We're announcing the Lattice 5 release on April 14, the first day of Convergence. Below is the quote we drafted "
    "from our conversation with you; please edit freely.",
    '<div style="border:1px solid #ddd;padding:8px;font-style:italic">&#8220;Keelhaven Lattice gave our analysts one '
    "screen for every camera in the city,&#8221; said Lt. Corinne Baptiste, commander of the Marlow Falls Police "
    "Department's Real-Time Crime Center.</div>",
], greeting="Hi Corinne,", closing="Many thanks,<br>Mireille")

msg("m22", "baptiste", ["mireille"], "2026-03-19 09:15", "RE: Press release draft - your quote", [
    "Mireille,",
    "Approved with one addition. Please use this:",
    "&#8220;Keelhaven Lattice gave our analysts one screen for every camera in the city. I'd recommend it to any agency "
    "that is building a real-time crime center.&#8221;",
], quote="m21", style="outlook", closing="Corinne")

msg("m23", "mireille", ["baptiste"], "2026-03-25 14:00", "A small thank-you", [
    "Thank you for lending your voice to the launch. A little thank-you basket from Brannock's Market is headed your "
    "way this week &#8212; I hope the RTCC night shift gets a share of the cookies.",
], greeting="Corinne,", closing="Mireille")

msg("m24", "dana", ["osei"], "2026-03-30 10:10", "Committee briefing April 7", [
    "Thanks for getting us on the calendar. Confirming the Public Safety Committee staff briefing on Tuesday, April 7 "
    "at 3:30 in Room 210 of City Hall. I'll bring printed material on HearthWatch Registry and the resident sign-up flow.",
], cc=["pellworth"], greeting="Mr. Osei,", closing="Best regards,<br>Dana")

msg("m25", "mireille", ["pellworth"], "2026-04-02 16:30", "Ice Hawks on the 11th?", [
    "Our suite for the Ice Hawks game on Saturday, April 11 has two open seats. They run $180 each, but they're yours "
    "if you'd like them &#8212; bring a friend!",
], greeting="Hi Lucinda,", closing="Mireille")

msg("m26", "pellworth", ["mireille"], "2026-04-03 09:05", "RE: Ice Hawks on the 11th?", [
    "Hi Mireille,",
    "Thank you for thinking of me, but I'll have to pass. Council staff can't accept anything of value from a company "
    "with business before the committee, and HearthWatch is on our April agenda.",
], quote="m25", style="outlook", closing="Best,<br>Lucinda")

msg("m27", "dana", ["osei"], "2026-04-07 18:40", "Thanks for today", [
    "Great briefing this afternoon, and thank you for joining us at Ostrander's afterwards. Dinner was my treat, and I "
    "enjoyed hearing about the committee's plans for the fall.",
], greeting="Wendell,", closing="Dana")

msg("m28", "ferreira", ["osei"], "2026-04-08 10:00", "HearthWatch - from the RTCC's side", [
    "Mr. Osei,",
    "Ahead of the committee's vote, I wanted the members to hear from the people who would use it every day. "
    "I'd strongly urge the committee to back HearthWatch Registry. When a resident has registered a camera, we know "
    "whom to ask for video within minutes instead of knocking on doors for days.",
    "In my view it is the best money the city could spend on camera coverage.",
], cc=["pellworth"], style="outlook", closing="Respectfully,")

msg("m29", "ferreira", ["vantongeren"], "2026-04-09 13:25", "HearthWatch referral code", [
    "Ellery,",
    "Following up on our call. If Tessaly County does sign up for HearthWatch, put my referral code KH-REF-HF2291 on the "
    "order form: your first year's onboarding fee is waived, and Keelhaven gives me a credit too.",
], style="outlook", closing="Hollis")

msg("m30", "baptiste", ["vantongeren"], "2026-04-10 08:50", "FW: Press release draft - your quote", [
    "Ellery,",
    "You asked what we use for the wall. It's Keelhaven Lattice, and below is the quote I gave them for their launch; it "
    "stands. I can't say enough good things about it, and I'd be happy to host your team for a walk-through.",
], cc=["ferreira"], fwd="m22", style="outlook", closing="Corinne")

msg("m31", "garrett", ["ferreira"], "2026-04-13 07:30", "Camera trailer loan for Riverfest", [
    "We can loan you our mobile camera trailer for the Riverfest weekend (April 24-26). It's a loan, so it needs to be "
    "back at our Kansas City depot by April 30.",
    "I'll send the loan agreement separately.",
], greeting="Hollis,", closing="Garrett")

msg("m33", "dana", ["baptiste", "ferreira", "pruitt"], "2026-04-16 15:05", "RTCC team dinner tonight", [
    "Reminder that the RTCC team dinner tonight is on Keelhaven: Fenwick's Chophouse, 7:30, table under my name. "
    "Order whatever you like.",
], greeting="Hi all,", closing="See you there,<br>Dana")

msg("m34", "priya", ["ferreira"], "2026-04-17 11:00", "Thanks for stopping by the booth", [
    "It was great to finally meet you in person! I set aside a Keelhaven quarter-zip and an insulated tumbler for you; "
    "they're at the registration desk under your name, so grab them before you head to the airport.",
], greeting="Hollis,", closing="Safe travels,<br>Priya")

msg("m35", "pruitt", ["garrett"], "2026-04-20 09:30", "Thank you - feed outage", [
    "Garrett,",
    "Thanks for jumping on the camera feed outage Saturday night. Your fix had the wall back up in twenty minutes, and "
    "the overnight analyst said you were a pleasure to work with.",
], style="outlook", closing="Jovanna")

msg("m36", "pruitt", ["harlowe"], "2026-04-22 14:15", "Convergence next year + my code", [
    "Quentin,",
    "Sorry we missed you in Kansas City. If you decide to go next year, register with my ambassador code KH-REF-JP0417: "
    "it takes $200 off your registration, and Keelhaven credits me for it too.",
], style="outlook", closing="Jovanna")

msg("m37", "mireille", ["ashgrove"], "2026-04-24 10:00", "Testimonial video - script for your review", [
    "Thank you for agreeing to sit down with our video crew on May 13 at Cedar Hollow. Here are the lines we talked "
    "about; change anything that doesn't sound like you.",
    "<ol><li>What problem were you trying to solve?</li><li>What changed after the rollout?</li>"
    "<li>What would you tell another chief?</li></ol>",
], greeting="Deputy Chief,", closing="Mireille")

msg("m38", "ashgrove", ["mireille"], "2026-04-27 15:35", "RE: Testimonial video - script for your review", [
    "Mireille,",
    "The script is fine. For the last question, this is what I want to say on camera: &#8220;If a chief asked me who "
    "to partner with on a real-time crime center, I'd point them to Keelhaven without hesitation.&#8221;",
], quote="m37", style="outlook", closing="R. Ashgrove")

msg("m32", "ferreira", ["garrett"], "2026-04-28 16:10", "RE: Camera trailer loan for Riverfest", [
    "Garrett,",
    "The trailer went back to your depot this morning. The signed return slip is attached. Thanks for the loan; it "
    "covered the whole festival grounds.",
], quote="m31", style="outlook", closing="Hollis",
    attach=("return-slip.pdf", ["Keelhaven Analytics - Equipment Return", "Mobile camera trailer, unit T-07",
                                "Returned April 28, 2026", "Received by: depot"]))

msg("m39", "dana", ["ashgrove"], "2026-05-04 09:00", "CAB retreat logistics", [
    "Your flight and your room at Cedar Hollow Lodge are booked and paid for. A shuttle meets the 4:10 arrival on the 12th. "
    "The final agenda is attached.",
], greeting="Deputy Chief,", closing="Dana",
    attach=("CAB-2026-final-agenda.pdf", ["Keelhaven Customer Advisory Board - Final Agenda", "May 12: shuttle 4:10 pm, welcome dinner",
                                          "May 13: roadmap, testimonial filming, lake outing", "May 14: departures"]))

msg("m40", "baptiste", ["priya"], "2026-05-11 12:10", "Hotel folio from Convergence", [
    "Priya,",
    "For my records: the Halvorsen's folio shows the three nights ($657) billed to Keelhaven's master account, and the "
    "registration shows as waived. Thanks again for having us.",
], style="outlook", closing="Corinne")


BY_ID = {m["id"]: m for m in M}


def outlook_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def gmail_date(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def people_line(keys):
    return "; ".join(f'{escape(P[k]["name"])} &lt;{P[k]["email"]}&gt;' for k in keys)


def body_html(m):
    parts = []
    if m["greeting"]:
        parts.append(f'<div>{m["greeting"]}</div><br>')
    for p in m["paras"]:
        if p.startswith("<table") or p.startswith("<ol") or p.startswith("<h2") or p.startswith("<div"):
            parts.append(p)
        else:
            parts.append(f'<p style="margin:0 0 10px 0">{p}</p>')
    if m["closing"]:
        parts.append(f'<div>{m["closing"]}</div>')
    if not m["nosig"] and m["style"] != "none":
        parts.append(sig(m["frm"]))
    return "\n".join(parts)


def history(m):
    """Quoted or forwarded history under a reply/forward, as the sender's mail client prints it."""
    q = m["quote"] or m["fwd"]
    if not q:
        return ""
    o = BY_ID[q]
    inner = body_html(o) + history(o)
    if m["style"] == "outlook":
        head = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                f'<p><b>From:</b> {escape(P[o["frm"]]["name"])} &lt;{P[o["frm"]]["email"]}&gt;<br>'
                f'<b>Sent:</b> {outlook_date(o["when"])}<br>'
                f'<b>To:</b> {people_line(o["to"])}<br>'
                + (f'<b>Cc:</b> {people_line(o["cc"])}<br>' if o["cc"] else "")
                + f'<b>Subject:</b> {escape(o["subject"])}</p></div>')
        return f'<br><div id="divRplyFwdMsg">{head}</div><div>{inner}</div>'
    if m["fwd"]:
        head = (f'<div>---------- Forwarded message ---------<br>From: <b>{escape(P[o["frm"]]["name"])}</b> '
                f'&lt;{P[o["frm"]]["email"]}&gt;<br>Date: {gmail_date(o["when"])}<br>Subject: {escape(o["subject"])}<br>'
                f'To: {people_line(o["to"])}<br></div><br>')
        return f'<div class="gmail_quote">{head}{inner}</div>'
    head = f'<div class="gmail_attr">On {gmail_date(o["when"])} {escape(P[o["frm"]]["name"])} &lt;{P[o["frm"]]["email"]}&gt; wrote:<br></div>'
    return (f'<br><div class="gmail_quote">{head}<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')


def pdf_bytes(lines):
    """A small valid one-page PDF with the lines as text."""
    text = "BT /F1 12 Tf 72 740 Td 16 TL " + " ".join(f"({ln.replace('(', '[').replace(')', ']')}) '" for ln in lines) + " ET"
    stream = zlib.compress(text.encode("latin-1"))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def write_release():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    for n, m in enumerate(sorted(M, key=lambda m: m["when"]), 1):
        e = EmailMessage()
        e["From"] = addr(m["frm"])
        e["To"] = ", ".join(addr(k) for k in m["to"])
        if m["cc"]:
            e["Cc"] = ", ".join(addr(k) for k in m["cc"])
        e["Date"] = format_datetime(m["when"])
        e["Subject"] = m["subject"]
        e["Message-ID"] = f"<{m['id']}.{m['when'].strftime('%Y%m%d%H%M')}@{P[m['frm']]['email'].split('@')[1]}>"
        if m["id"] == "m06":
            e["Auto-Submitted"] = "auto-replied"
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                f'<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{body_html(m)}\n{history(m)}\n</body></html>')
        e.set_content(html, subtype="html", charset="utf-8")
        if m["attach"]:
            fname, lines = m["attach"]
            e.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf", filename=fname)
        with open(os.path.join(OUT, f"{n:03d}.eml"), "wb") as f:
            f.write(bytes(e))


# ---------------------------------------------------------------- gold
def ev(mid, quote):
    return {"message": mid, "quote": quote}


GIFTS = [
    ("priya", "baptiste", 895, [("m03", "We'd like to waive your registration fee (normally $895)"),
                                ("m04", "Count me in"), ("m40", "the registration shows as waived")], None),
    ("priya", "baptiste", 657, [("m03", "put you up for three nights at the Halvorsen Hotel"),
                                ("m40", "the Halvorsen's folio shows the three nights ($657) billed to Keelhaven's master account")], None),
    ("dana", "ferreira", None, [("m05", "we've booked your round-trip flight from Springfield to Kansas City for Convergence, on Keelhaven")], None),
    ("dana", "pruitt", 1500, [("m08", "We pay each panelist an honorarium of $1,500 for their time."), ("m09", "I'd be glad to.")], None),
    ("garrett", "rtcc", 4600, [("m10", "keep them for the RTCC. They list at $1,150 apiece, but consider them yours"),
                               ("m41", "I've asked Hollis to log the four cameras in the property system.")], ("vantage", 4)),
    ("priya", "pruitt", 100, [("m16", "we'll send you a $100 Visa gift card afterwards"),
                              ("m18", "Your $100 gift card should land in your inbox today")], None),
    ("dana", "ashgrove", 2400, [("m19", "Keelhaven covers airfare, two nights' lodging and all meals for each board member — roughly $2,400 per member."),
                                ("m39", "Your flight and your room at Cedar Hollow Lodge are booked and paid for.")], None),
    ("mireille", "baptiste", None, [("m23", "A little thank-you basket from Brannock's Market is headed your way this week")], None),
    ("dana", "osei", None, [("m27", "Dinner was my treat")], None),
    ("dana", "rtcc", None, [("m33", "the RTCC team dinner tonight is on Keelhaven")], None),
    ("priya", "ferreira", None, [("m34", "I set aside a Keelhaven quarter-zip and an insulated tumbler for you")], None),
]
REFERRALS = [
    ("ferreira", "keelhaven", [("m29", "put my referral code KH-REF-HF2291 on the order form")]),
    ("pruitt", "keelhaven", [("m36", "register with my ambassador code KH-REF-JP0417")]),
]
PROMOTED = [
    ("baptiste", "lattice", [("m22", "I'd recommend it to any agency that is building a real-time crime center."),
                             ("m30", "It's Keelhaven Lattice ... I can't say enough good things about it")]),
    ("ashgrove", "keelhaven", [("m38", "I'd point them to Keelhaven without hesitation.")]),
    ("ferreira", "hearthwatch", [("m28", "I'd strongly urge the committee to back HearthWatch Registry.")]),
]


# Named nowhere in the release (these people never send, so their signatures are never printed): not in the gold.
# (A plain labelling fix after the first run: the frozen gold listed them.)
UNPRINTED = {"tessaly", "brecken", "ciu"}
NO_UNIT_SAID = {"osei", "vantongeren", "harlowe"}


def gold():
    ent = []
    for k, o in ORGS.items():
        if k in UNPRINTED:
            continue
        ent.append({"id": k, "kind": o["kind"], "name": o["name"], "aliases": o["aliases"]})
    for k, p in P.items():
        ent.append({"id": k, "kind": "person", "name": p["name"], "aliases": [], "emails": [p["email"]],
                    "role": p["role"], "affiliation": p["org"]})
    for k, p in PRODUCTS.items():
        ent.append({"id": k, "kind": "product", "name": p["name"], "aliases": p["aliases"]})
    for c in CODES:
        ent.append({"id": "code-" + c.lower(), "kind": "code", "name": c, "aliases": []})
    msgs = [{"id": m["id"], "sent": m["when"].isoformat(), "subject": m["subject"], "from": m["frm"], "to": m["to"],
             "cc": m["cc"]} for m in sorted(M, key=lambda m: m["when"])]
    rel = []
    for g, r, v, evs, item in GIFTS:
        e = {"type": "GIFT", "source": g, "target": r, "value_usd": v, "messages": sorted({x[0] for x in evs}),
             "evidence": [ev(*x) for x in evs]}
        if item:
            e["items"] = [{"product": item[0], "quantity": item[1]}]
        rel.append(e)
    for s, t, evs in REFERRALS:
        rel.append({"type": "REFERRAL", "source": s, "target": t, "messages": [x[0] for x in evs], "evidence": [ev(*x) for x in evs]})
    for s, t, evs in PROMOTED:
        rel.append({"type": "PROMOTED", "source": s, "target": t, "messages": [x[0] for x in evs], "evidence": [ev(*x) for x in evs]})
    for k, p in P.items():
        if k in NO_UNIT_SAID:
            continue
        rel.append({"type": "MEMBER_OF", "source": k, "target": p["unit"] or p["org"]})
    counts = {}
    for m in M:
        for r in m["to"] + m["cc"]:
            counts.setdefault((m["frm"], r), []).append(m["id"])
    for (s, t), ids in sorted(counts.items()):
        rel.append({"type": "EMAILED", "source": s, "target": t, "count": len(ids), "messages": ids})
    doc = {"release": "probe CI (invented): Keelhaven Analytics and the Marlow Falls RTCC, HTML-only .eml folder",
           "timezone": "America/Chicago",
           "negatives": [
               "m12/m13: purchase order 26-004417 and invoice INV-KH-30981 (a purchase)",
               "m14: quote Q-2026-0188 (a quote)",
               "m15: CONVERGE26, a public promo code for every Roundtable member",
               "m25/m26: Ice Hawks suite seats offered to Lucinda Pellworth and declined under council policy",
               "m31/m32: a camera trailer loaned for a festival and returned",
               "m35: thanks for fixing a feed outage (ordinary service)",
               "m01: demo cameras mentioned before they were given (pilot equipment)",
           ],
           "entities": ent, "messages": msgs, "relations": rel}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    import sys
    if "--gold-only" not in sys.argv:  # (re-writing the release changes its MIME boundaries)
        write_release()
    gold()
    print(len(M), "messages")
