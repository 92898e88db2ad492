#!/usr/bin/env python3
"""Write probe CM: a folder of .mht web-mail captures (one message each) and its gold.json.

Everything is invented: Orvalis Electoral Systems (election equipment, foreign-owned; its staff write careful,
slightly non-native English) and the Sawtell County Elections Office, with the county's board staff, purchasing,
a neighbouring county (Tamsen) and a clerks' association. Times are America/Denver.
"""
import base64
import html
import json
import quopri
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "release"
TZ = ZoneInfo("America/Denver")

ORG, DIV, PROD, CODE = "organization", "division", "product", "code"
ENTITIES = [
    {"id": "o_orv", "kind": ORG, "name": "Orvalis Electoral Systems", "aliases": ["Orvalis", "Orvalis Electoral Systems Inc."]},
    {"id": "d_care", "kind": DIV, "name": "Customer Care Division", "aliases": []},
    {"id": "o_sce", "kind": ORG, "name": "Sawtell County Elections Office", "aliases": ["Sawtell County Elections"]},
    {"id": "d_whse", "kind": DIV, "name": "Warehouse and Logistics Unit", "aliases": ["Warehouse & Logistics Unit"]},
    {"id": "o_bos", "kind": ORG, "name": "Sawtell County Board of Supervisors", "aliases": ["Office of the Board of Supervisors"]},
    {"id": "o_pur", "kind": ORG, "name": "Sawtell County Purchasing Division", "aliases": ["Purchasing Division"]},
    {"id": "o_tam", "kind": ORG, "name": "Tamsen County Elections Office", "aliases": ["Tamsen County Elections"]},
    {"id": "o_ccc", "kind": ORG, "name": "Colvada Association of County Clerks", "aliases": ["Colvada Clerks Association"]},
    {"id": "pr_mark", "kind": PROD, "name": "MarkPoint", "aliases": ["MarkPoint ballot-marking device", "Orvalis MarkPoint"]},
    {"id": "pr_roll", "kind": PROD, "name": "RollCall ePollbook", "aliases": ["RollCall", "RollCall poll book"]},
    {"id": "pr_tally", "kind": PROD, "name": "TallyCore 900", "aliases": ["TallyCore"]},
    {"id": "c_ref", "kind": CODE, "name": "DQ-SAWTELL-7731", "aliases": []},
    {"id": "c_pub", "kind": CODE, "name": "SPRING26", "aliases": []},
]

# key: (name, email, role, unit entity id, signature lines, display form in headers)
PEOPLE = {
    "mo": ("Matthias Oberfeld", "m.oberfeld@orvalis-es.com", "vendor_employee", "o_orv",
           ["Matthias Oberfeld", "Senior Account Manager", "Orvalis Electoral Systems Inc.",
            "2275 Marlow Parkway, Suite 410, Englewood, CO 80112", "Tel. +1 720 555 0148 | Mobile +43 664 555 2210"]),
    "ib": ("Ilse Brandvik", "i.brandvik@orvalis-es.com", "vendor_employee", "d_care",
           ["Ilse Brandvik", "Customer Success Manager", "Customer Care Division", "Orvalis Electoral Systems Inc.",
            "Tel. +1 720 555 0163"]),
    "tw": ("Tomasz Wielgor", "t.wielgor@orvalis-es.com", "vendor_employee", "o_orv",
           ["Tomasz Wielgor", "Field Service Engineer", "Orvalis Electoral Systems Inc.", "Mobile +1 720 555 0191"]),
    "ah": ("Annelie Hofstrand", "a.hofstrand@orvalis-es.com", "vendor_employee", "o_orv",
           ["Annelie Hofstrand", "Marketing Communications Manager", "Orvalis Electoral Systems Inc.",
            "Tel. +1 720 555 0177"]),
    "dq": ("Dolores Quintrell", "dquintrell@sawtellcounty.gov", "officer", "o_sce",
           ["Dolores Quintrell", "Registrar of Voters", "Sawtell County Elections Office",
            "410 Courthouse Square, Rennick, CO 81099", "(970) 555-0112"]),
    "ba": ("Brent Ashcombe", "bashcombe@sawtellcounty.gov", "officer", "o_sce",
           ["Brent Ashcombe", "Assistant Registrar", "Sawtell County Elections Office", "(970) 555-0114"]),
    "nv": ("Nadia Velcourt", "nvelcourt@sawtellcounty.gov", "officer", "o_sce",
           ["Nadia Velcourt", "Elections IT Manager", "Sawtell County Elections Office", "(970) 555-0131"]),
    "cm": ("Curtis Mabry", "cmabry@sawtellcounty.gov", "officer", "d_whse",
           ["Curtis Mabry", "Warehouse & Logistics Supervisor", "Warehouse and Logistics Unit",
            "Sawtell County Elections Office", "(970) 555-0140"]),
    "jp": ("Janelle Pruett", "jpruett@sawtellcounty.gov", "officer", "o_sce",
           ["Janelle Pruett", "Voter Outreach Coordinator", "Sawtell County Elections Office", "(970) 555-0126"]),
    "oh": ("Owen Haldane", "ohaldane@sawtellcounty.gov", "officer", "o_bos",
           ["Owen Haldane", "Senior Policy Analyst", "Office of the Board of Supervisors", "Sawtell County Board of Supervisors",
            "(970) 555-0102"]),
    "gt": ("Gail Thornbury", "gthornbury@sawtellcounty.gov", "officer", "o_pur",
           ["Gail Thornbury", "Procurement Officer", "Sawtell County Purchasing Division", "(970) 555-0155"]),
    "ra": ("Rosalind Achterberg", "rachterberg@tamsencounty.org", "officer", "o_tam",
           ["Rosalind Achterberg", "Elections Director", "Tamsen County Elections Office", "(719) 555-0188"]),
    "fn": ("Felix Norquay", "fnorquay@tamsencounty.org", "officer", "o_tam",
           ["Felix Norquay", "Elections Systems Analyst", "Tamsen County Elections Office", "(719) 555-0183"]),
    "hp": ("Harriet Pimsley", "hpimsley@colvadaclerks.org", "other", "o_ccc",
           ["Harriet Pimsley", "Conference Coordinator", "Colvada Association of County Clerks", "(303) 555-0170"]),
}


def display(k):
    name, email = PEOPLE[k][0], PEOPLE[k][1]
    if email.endswith("sawtellcounty.gov"):  # the county's web mail prints its own staff "Last, First"
        first, last = name.split(" ", 1)
        return f"{last}, {first} <{email}>"
    return f"{name} <{email}>"


def sig(k):
    return "\n".join(PEOPLE[k][4])


# Messages: id, Denver wall time, from, to, cc, subject, body, quoted message id (reply/forward), logo
M = []


def msg(mid, when, frm, to, cc, subject, body, quote=None, logo=False):
    M.append({"id": mid, "when": datetime.strptime(when, "%Y-%m-%d %H:%M"), "from": frm, "to": to, "cc": cc,
              "subject": subject, "body": body.strip("\n"), "quote": quote, "logo": logo})


msg("m01", "2025-12-15 10:12", "ah", ["dq"], [], "Season's greetings from Orvalis", f"""
Dear Ms. Quintrell,

At the end of this year we wish to thank you and all your colleagues for the good cooperation with the MarkPoint installation in the spring.

For the holidays we send to your office a gift basket with Austrian chocolates, wine and cheese for the whole Elections Office team, its value is approximately $180. It arrives on Wednesday by courier. Please to accept it with our best wishes for the season.

With warm regards,
{sig("ah")}
""", logo=True)

msg("m02", "2025-12-18 14:37", "dq", ["ah"], [], "RE: Season's greetings from Orvalis", f"""
Hi Annelie,

The basket arrived yesterday and the team had it cleaned out by lunch. Thank you, and happy holidays to everyone at Orvalis.

Dolores

{sig("dq")}
""", quote="m01")

msg("m03", "2026-01-12 09:14", "mo", ["dq"], ["ba"], "Introduction and demonstration of Orvalis voting systems", f"""
Dear Ms. Quintrell,

Allow me to introduce myself, I am since January the new account manager for Colorado and the neighbouring states, taking over from my colleague who returned to our headquarters.

I am coming to Colorado on the week of 26 January and we are pleased to offer you a full demonstration of our RollCall ePollbook and of the TallyCore 900 central-count tabulator, to complete the MarkPoint ballot-marking devices you have already in use. The demonstration takes about three hours and my colleague Mr. Wielgor brings the equipment.

Kindly let me know which date is convenient for you.

With best regards,
{sig("mo")}
""", logo=True)

msg("m04", "2026-01-12 13:40", "dq", ["mo"], ["ba"], "RE: Introduction and demonstration of Orvalis voting systems", f"""
Matthias,

Welcome aboard. Wednesday January 28 in the afternoon works for us. Brent will coordinate with Curtis on space in the warehouse, since the tabulator needs a loading dock.

Thanks,
Dolores

{sig("dq")}
""", quote="m03")

msg("m05", "2026-01-20 08:05", "ba", ["cm", "nv"], [], "Orvalis demo on the 28th", f"""
Curtis, Nadia -

Orvalis is coming in on Wed 1/28 at 1:00 to demo the poll books and the central-count tabulator. Curtis, can we use bay 2 and the dock? Nadia, please have a network drop and a test VR extract ready for the poll book sync.

Brent

{sig("ba")}
""")

msg("m06", "2026-01-27 16:20", "mo", ["nv"], [], "Tomorrow's demonstration and dinner", f"""
Dear Ms. Velcourt,

Thank you for preparing the test extract, Mr. Ashcombe informed me.

After the demonstration tomorrow we would be honoured to invite you for dinner at the Iron Ridge Chophouse on Larimer Street, at 6:30 pm. It is our invitation of course, you do not need to worry for the bill. We like to hear more about your experience with the state registration system.

With best regards,
{sig("mo")}
""")

msg("m07", "2026-01-29 08:31", "nv", ["mo"], [], "RE: Tomorrow's demonstration and dinner", f"""
Matthias,

Thanks again for dinner last night, the ribeye was excellent. I've put my notes on the poll book sync questions below so Tomasz can look at them before the pilot:

1. Does the sync tolerate a dropped connection mid-batch?
2. Can we get the audit log as CSV?

Nadia

{sig("nv")}
""", quote="m06")

msg("m08", "2026-01-29 10:02", "tw", ["cm"], [], "Thank you for the warehouse space", f"""
Dear Mr. Mabry,

Thank you for the space and for the help of your crew yesterday with the unloading.

The demo label printer I leave with your team, it is yours to keep and there is no charge for it. Its value is about $380 but for us it is more useful with you than in the back of my van.

Best regards,
{sig("tw")}
""", logo=True)

msg("m09", "2026-01-29 11:15", "cm", ["tw"], [], "RE: Thank you for the warehouse space", f"""
Appreciate it, Tomasz. The crew already has it printing bin labels for the supply cages.

Curtis

{sig("cm")}
""", quote="m08")

msg("m10", "2026-02-02 09:00", "ib", ["nv"], ["mo"], "RollCall pilot kit - shipment", f"""
Dear Ms. Velcourt,

Kindly find below the tracking number for the pilot kit: four RollCall ePollbook tablets with stands, two card printers and the charging case. Tracking: 1Z 4X7 903 66 1048 2215.

The pilot period is 60 days from delivery. The list value of the kit is $2,600. For any question on the set-up I am at your disposal.

Kind regards
{sig("ib")}
""", logo=True)

msg("m11", "2026-02-03 14:22", "mo", ["ba"], ["dq"], "Quotation for maintenance and support agreement", f"""
Dear Mr. Ashcombe,

As discussed during the demonstration, kindly find below our quotation Q-26-0113 for a five-year maintenance and support agreement, covering the 40 MarkPoint units in use and one TallyCore 900 tabulator:

- Years 1-5, on-site and remote support, firmware updates, annual preventive maintenance: USD 36,900 per year
- Total for five years: USD 184,500, invoiced yearly

The quotation is valid until 31 March. We remain at your disposal for any clarification.

With best regards,
{sig("mo")}
""")

msg("m12", "2026-02-05 10:10", "hp", ["dq"], [], "Invitation: panel at the Colvada Clerks Winter Conference", f"""
Dear Registrar Quintrell,

On behalf of the Colvada Association of County Clerks, I'd like to invite you to speak on our panel "Modernizing the Voting Experience" at the Winter Conference in Glenrock on Thursday, February 19, 2:00-3:15 p.m. Panelists speak for about ten minutes each, followed by questions.

Please let me know by February 10 if you're able to join.

Best,
{sig("hp")}
""")

msg("m13", "2026-02-05 15:30", "dq", ["hp"], [], "RE: Invitation: panel at the Colvada Clerks Winter Conference", f"""
Harriet,

Happy to do it. I'll talk about our first year with the new ballot-marking devices and what we learned about wait times.

Dolores

{sig("dq")}
""", quote="m12")

msg("m14", "2026-02-06 09:45", "mo", ["dq", "ba"], [], "Invitation to a site visit of our plant", f"""
Dear Ms. Quintrell, dear Mr. Ashcombe,

We are pleased to offer you both a site visit of our assembly plant in Ostrava from 16 to 19 March, to see the production and the quality control of the MarkPoint units and the new TallyCore line.

Orvalis covers the flights, the hotel and, after the factory day, a weekend at the spa hotel in the mountains, approximately USD 3,400 per person. Please to send me the names as written in your passports so our travel office can book.

With best regards,
{sig("mo")}
""", logo=True)

msg("m15", "2026-02-06 11:20", "ba", ["dq"], [], "FW: Invitation to a site visit of our plant", f"""
Dolores,

Are we OK to take this? The plant part makes sense before we buy a tabulator, the spa weekend less so. County counsel told me last year that vendor-paid site visits are allowed as long as we list them on the annual disclosure.

Brent
""", quote="m14")

msg("m16", "2026-02-09 08:50", "dq", ["mo"], ["ba"], "RE: Invitation to a site visit of our plant", f"""
Matthias,

Brent and I will both join the site visit, thank you for the invitation. Passport names are Dolores Ann Quintrell and Brent Michael Ashcombe. We'll both report it on our disclosure forms.

Dolores

{sig("dq")}
""", quote="m14")

msg("m17", "2026-02-10 08:00", "nv", ["mo"], [], "Automatic reply: RollCall pilot questions", f"""
I am out of the office until Thursday, February 12, with limited access to email. For urgent election systems issues please call the Elections Office main line at (970) 555-0100.

Nadia Velcourt
""")

msg("m18", "2026-02-12 13:05", "mo", ["nv"], [], "Small thanks for the pilot", f"""
Dear Ms. Velcourt,

As small thanks for your patience with the pilot and all the testing, we like to send you a new 11-inch tablet for your personal use, it is a model we have in surplus from the trade show.

Please confirm the delivery address.

With best regards,
{sig("mo")}
""")

msg("m19", "2026-02-12 15:48", "nv", ["mo"], [], "RE: Small thanks for the pilot", f"""
Matthias,

That's kind, but I have to decline. County ethics policy doesn't let me accept personal gifts from a vendor while we're in an active procurement, so please don't send it.

Nadia

{sig("nv")}
""", quote="m18")

msg("m20", "2026-02-20 16:30", "dq", ["ba", "jp"], ["nv"], "Clerks conference recap", f"""
All,

Quick recap from the Winter Conference. At yesterday's panel I told the room that Orvalis has been the most responsive vendor we've worked with, and that the new ballot-marking devices cut our average wait in half last November. I said I'd recommend them to any county looking at new equipment. A few counties asked me for contacts afterwards, including Tamsen.

Janelle, the outreach session had some good ideas on bilingual signage, I'll forward the slides.

Dolores

{sig("dq")}
""")

msg("m21", "2026-02-23 10:12", "mo", ["dq"], [], "Your personal referral code", f"""
Dear Dolores,

Many thanks for your kind words on the panel, several colleagues of other counties contacted me already.

We prepare for you a personal referral code: DQ-SAWTELL-7731. When a county mentions this code with their order, Sawtell County receives a credit of 5% on the next maintenance invoice. Please feel free to share it with your colleagues.

With best regards,
{sig("mo")}
""")

msg("m22", "2026-02-24 09:05", "dq", ["ra"], [], "Orvalis contact", f"""
Rosalind,

Good talking with you at the conference. Here's the Orvalis contact I mentioned: Matthias Oberfeld, m.oberfeld@orvalis-es.com, 720-555-0148. If you end up ordering from them, mention my referral code DQ-SAWTELL-7731 and we get a credit on our maintenance bill.

Dolores

{sig("dq")}
""")

msg("m23", "2026-02-25 14:00", "nv", ["fn"], ["ra"], "RE: Poll book pilot", f"""
Felix,

You asked how our pilot is going. Honestly, I'd recommend the RollCall poll books. Check-in took under a minute per voter in our mock election and the sync with the state registration system was clean both ways. The only weak spot is the card printer driver, which Orvalis says is fixed in the next release.

Happy to do a call if your team wants the details.

Nadia

{sig("nv")}
""")

msg("m24", "2026-02-26 11:30", "gt", ["mo"], ["ba"], "Purchase Order 26-00417 - RollCall ePollbooks", f"""
Mr. Oberfeld,

Attached is Purchase Order 26-00417 for 120 RollCall ePollbook units at $1,150 each, $138,000 total, per the Board's approval on February 24. Please reference the PO number on your invoice and ship to the Elections Office warehouse.

Thank you,
{sig("gt")}
""")

msg("m25", "2026-03-02 09:20", "mo", ["gt"], ["ba"], "RE: Purchase Order 26-00417 - RollCall ePollbooks", f"""
Dear Ms. Thornbury,

Thank you, we confirm the receipt of PO 26-00417. The invoice INV-88213 follows with the shipment, which is planned for 23 March.

With best regards,
{sig("mo")}
""", quote="m24")

msg("m26", "2026-03-04 10:00", "tw", ["cm"], [], "TallyCore 900 loan unit for L&A testing", f"""
Dear Curtis,

For your logic and accuracy testing we lend you one TallyCore 900 demonstration unit until 31 March. It arrives on Friday. Kindly sign the loan form attached and give it back to the driver; the unit must return to us at the end of the loan.

Best regards,
{sig("tw")}
""")

msg("m27", "2026-03-10 09:30", "tw", ["cm"], [], "Jackets for your crew", f"""
Dear Curtis,

Next week when I come for the TallyCore check I bring 12 Orvalis softshell jackets for the warehouse crew, one for each person who helped with the deliveries this winter. It is our small present for the cold mornings on the loading dock. Please tell me the sizes until Friday.

Best regards,
{sig("tw")}
""")

msg("m28", "2026-03-12 13:00", "ah", ["dq"], [], "Press release about RollCall in Sawtell County - your quote", f"""
Dear Ms. Quintrell,

We are preparing a press release about the RollCall delivery to Sawtell County, for publication at the end of March. Kindly find below the draft quote we propose for you, please to correct it freely:

"The Orvalis equipment has improved the voting experience in Sawtell County."

With warm regards,
{sig("ah")}
""", logo=True)

msg("m29", "2026-03-13 09:40", "dq", ["ah"], [], "RE: Press release about RollCall in Sawtell County - your quote", f"""
Annelie,

Here's the quote as I'd like it to run:

"Orvalis has been a true partner to Sawtell County. Their equipment is reliable, and when we call, their people pick up the phone. I'd recommend Orvalis to any elections office." - Dolores Quintrell, Registrar of Voters, Sawtell County

Dolores

{sig("dq")}
""", quote="m28")

msg("m30", "2026-03-16 07:02", "dq", ["ah"], [], "Automatic reply: Press release timing", f"""
I'm out of the office March 16-20 with limited access to email. For anything urgent, please contact Brent Ashcombe, Assistant Registrar, at (970) 555-0114.
""")

msg("m31", "2026-03-18 07:45", "cm", ["tw"], [], "RE: Jackets for your crew", f"""
Tomasz -

Jackets landed, and the crew loves them. Thanks from all of us in the warehouse.

Curtis

{sig("cm")}
""", quote="m27")

msg("m32", "2026-03-23 10:15", "ah", ["jp"], [], "Thank you for the outreach survey", f"""
Dear Ms. Pruett,

Thank you for completing our survey on voter outreach materials, your answers were very detailed.

As a thanks we send you by mail a $100 gift card for the Copper Kettle restaurants. Please to enjoy it.

With warm regards,
{sig("ah")}
""")

msg("m33", "2026-03-25 11:00", "ib", ["jp"], [], "Concert on 11 April", f"""
Dear Ms. Pruett,

We have two tickets for the Front Range Philharmonic spring concert on 11 April which our team cannot use. We are pleased to offer them to you, they have a value of $120 each. If you accept, I send them to your office on Monday.

Kind regards
{sig("ib")}
""")

msg("m34", "2026-03-25 14:22", "jp", ["ib"], [], "RE: Concert on 11 April", f"""
Ilse,

Thank you so much! My husband and I would love to go. Office mail is fine.

Janelle

{sig("jp")}
""", quote="m33")

msg("m35", "2026-03-27 09:00", "ah", ["dq"], [], "Orvalis News - Spring 2026", f"""
Dear customer,

Welcome to the spring edition of Orvalis News.

- The RollCall ePollbook release 4.2 brings offline check-in and a new audit export.
- Meet us at the Mountain West Election Officials Summit in May, booth 14.
- Spring offer: with the code SPRING26 all customers receive 10% off ballot paper rolls and printer supplies until 30 April. The code is valid for any order in our web shop.

To unsubscribe, reply with "unsubscribe".

Orvalis Electoral Systems Inc. | Marketing Communications
""", logo=True)

msg("m36", "2026-03-30 12:10", "oh", ["dq"], [], "Board agenda April 14 + a heads up", f"""
Dolores,

Your tabulator item and the maintenance agreement are on the Board's April 14 agenda. Staff report is due April 7.

Heads up: Orvalis sent me two tickets to the symphony gala last week. I kept them, but I'll list them on my disclosure since they're in front of the Board.

Owen

{sig("oh")}
""")

msg("m37", "2026-03-31 15:10", "cm", ["tw"], [], "TallyCore loaner returned", f"""
Tomasz,

The TallyCore 900 loaner went back on the freight truck this morning. The signed return form is attached. Thanks for the loan, it made L&A testing a lot easier.

Curtis

{sig("cm")}
""")

msg("m38", "2026-04-01 08:55", "dq", ["ib"], [], "Printer jam ticket", f"""
Ilse,

Thanks for turning around the ticket on the MarkPoint printer jam so quickly yesterday. That's exactly the kind of support we're paying for.

Dolores

{sig("dq")}
""")

msg("m39", "2026-04-06 10:20", "ba", ["oh"], ["dq"], "Staff report - tabulator and maintenance agreement", f"""
Owen,

Draft staff report for the April 14 item is attached. Short version: we recommend the Board approve the TallyCore 900 purchase and the five-year maintenance agreement with Orvalis. They've been excellent to work with on the ballot-marking devices and the poll books, and I'd go with them again.

Brent

{sig("ba")}
""")

msg("m40", "2026-04-09 09:30", "ib", ["nv"], ["mo"], "End of the RollCall pilot", f"""
Dear Ms. Velcourt,

The pilot period finished last week. Please, you do not need to send back the kit: keep the four RollCall tablets and the printers for your training room, with our compliments.

Kind regards
{sig("ib")}
""", quote="m10")

msg("m41", "2026-04-10 11:05", "nv", ["ib"], [], "RE: End of the RollCall pilot", f"""
Ilse,

Great, thank you. The training room will put them to good use for poll worker classes.

Nadia

{sig("nv")}
""", quote="m40")

msg("m42", "2026-04-13 14:45", "ra", ["mo"], ["dq"], "Quote request - Tamsen County", f"""
Matthias,

Dolores Quintrell referred us to you. We'd like a quote for 60 MarkPoint units and support, for delivery before our August primary. Dolores asked me to pass along her referral code, DQ-SAWTELL-7731.

Thanks,
{sig("ra")}
""")

# ---- gold relations (evidence quotes are sentences of the messages above) ----
GIFTS = [
    ("ah", "o_sce", 180, ["m01", "m02"], "For the holidays we send to your office a gift basket with Austrian chocolates, wine and cheese for the whole Elections Office team, its value is approximately $180.", []),
    ("mo", "nv", None, ["m06", "m07"], "After the demonstration tomorrow we would be honoured to invite you for dinner at the Iron Ridge Chophouse on Larimer Street, at 6:30 pm.", []),
    ("tw", "cm", 380, ["m08", "m09"], "The demo label printer I leave with your team, it is yours to keep and there is no charge for it.", []),
    ("mo", "dq", 3400, ["m14", "m16"], "Orvalis covers the flights, the hotel and, after the factory day, a weekend at the spa hotel in the mountains, approximately USD 3,400 per person.", []),
    ("mo", "ba", 3400, ["m14", "m16"], "Orvalis covers the flights, the hotel and, after the factory day, a weekend at the spa hotel in the mountains, approximately USD 3,400 per person.", []),
    ("tw", "d_whse", None, ["m27", "m31"], "Next week when I come for the TallyCore check I bring 12 Orvalis softshell jackets for the warehouse crew, one for each person who helped with the deliveries this winter.", []),
    ("ah", "jp", 100, ["m32"], "As a thanks we send you by mail a $100 gift card for the Copper Kettle restaurants.", []),
    ("ib", "jp", 240, ["m33", "m34"], "We are pleased to offer them to you, they have a value of $120 each.", []),
    ("o_orv", "oh", None, ["m36"], "Orvalis sent me two tickets to the symphony gala last week.", []),
    ("ib", "nv", 2600, ["m40", "m10"], "Please, you do not need to send back the kit: keep the four RollCall tablets and the printers for your training room, with our compliments.", [{"product": "pr_roll", "quantity": 4}]),
]
REFERRALS = [("dq", "o_orv", ["m21", "m22", "m42"], "If you end up ordering from them, mention my referral code DQ-SAWTELL-7731 and we get a credit on our maintenance bill.")]
PROMOTED = [
    ("dq", "o_orv", ["m20", "m29"], "I'd recommend Orvalis to any elections office."),
    ("nv", "pr_roll", ["m23"], "Honestly, I'd recommend the RollCall poll books."),
    ("ba", "o_orv", ["m39"], "They've been excellent to work with on the ballot-marking devices and the poll books, and I'd go with them again."),
]


def when_str(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def header_rows(m):
    rows = [("From", display(m["from"])), ("Sent", when_str(m["when"])), ("To", "; ".join(display(k) for k in m["to"]))]
    if m["cc"]:
        rows.append(("Cc", "; ".join(display(k) for k in m["cc"])))
    rows.append(("Subject", m["subject"]))
    return rows


def body_html(text):
    paras = text.split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paras)


def quoted_html(mid, depth=0):
    q = next(x for x in M if x["id"] == mid)
    head = "<br>\n".join(f"<b>{k}:</b> {html.escape(v)}" for k, v in header_rows(q))
    inner = quoted_html(q["quote"], depth + 1) if q["quote"] else ""
    return (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n<p>{head}</p>\n</div>\n'
            f"{body_html(q['body'])}\n{inner}")


LOGO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGElEQVR4nGNgGAWjYBSMglEwCkbBKBgFAAAQEAABjXg0WAAAAABJRU5ErkJggg==")


def mht(m, idx):
    boundary = f"----MultipartBoundary--Wq{idx:03d}xR7tLmPz0aKv3Nd9Hc2Ye5Fj8Bg1Us4----"
    rows = "\n".join(f'<tr><td class="hdr" style="width:80px;vertical-align:top"><b>{k}:</b></td><td>{html.escape(v)}</td></tr>'
                     for k, v in header_rows(m))
    logo = ('<div class="brand"><img src="https://mail.sawtellcounty.gov/owa/attach/logo_orvalis.png" alt="Orvalis" width="120"></div>\n'
            if m["logo"] else "")
    quote = quoted_html(m["quote"]) if m["quote"] else ""
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(m["subject"])} - Sawtell County Web Mail</title>
<style>body{{font-family:Calibri,Arial,sans-serif;font-size:11pt}} td.hdr{{color:#444}}</style></head>
<body>
<div class="toolbar">Reply | Reply all | Forward | Print</div>
<table class="msg-header" cellpadding="2" cellspacing="0" border="0">
{rows}
</table>
<hr>
<div class="msg-body">
{logo}{body_html(m["body"])}
{quote}</div>
</body></html>
"""
    qp = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    parts = [f"""From: <Saved by Blink>
Snapshot-Content-Location: https://mail.sawtellcounty.gov/owa/#path=/mail/item/{idx:04d}
Subject: {m["subject"]} - Sawtell County Web Mail
Date: Wed, 10 Jun 2026 16:{idx % 60:02d}:11 -0000
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="{boundary}"


--{boundary}
Content-Type: text/html
Content-ID: <frame-{idx:04d}@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://mail.sawtellcounty.gov/owa/#path=/mail/item/{idx:04d}

{qp}
"""]
    if m["logo"]:
        b64 = base64.encodebytes(LOGO).decode("ascii")
        parts.append(f"""--{boundary}
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://mail.sawtellcounty.gov/owa/attach/logo_orvalis.png

{b64}
""")
    parts.append(f"--{boundary}--\n")
    return "".join(parts).replace("\n", "\r\n")


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.mht"):
        old.unlink()
    for i, m in enumerate(M, 1):
        safe = "".join(c if c.isalnum() else "_" for c in m["subject"])[:48].strip("_")
        (OUT / f"{i:03d}_{safe}.mht").write_bytes(mht(m, i).encode("ascii"))

    ents = [dict(e) for e in ENTITIES]
    for k, (name, email, role, unit, _sig) in PEOPLE.items():
        aff = "o_orv" if unit in ("o_orv", "d_care") else unit
        ents.append({"id": "p_" + k, "kind": "person", "name": name, "aliases": [], "emails": [email], "role": role,
                     "affiliation": aff})
    msgs = [{"id": m["id"], "sent": m["when"].replace(tzinfo=TZ).isoformat(), "subject": m["subject"]} for m in M]
    pid = lambda k: k if k.startswith(("o_", "d_", "pr_")) else "p_" + k  # noqa: E731
    rels = []
    for giver, rcpt, val, mids, quote, items in GIFTS:
        rels.append({"type": "GIFT", "source": pid(giver), "target": pid(rcpt), "value_usd": val, "items": items,
                     "messages": mids, "evidence": [{"message": mids[0], "quote": quote}]})
    for src, dst, mids, quote in REFERRALS:
        rels.append({"type": "REFERRAL", "source": pid(src), "target": dst, "code": "c_ref", "messages": mids,
                     "evidence": [{"message": mids[1], "quote": quote}]})
    for src, dst, mids, quote in PROMOTED:
        rels.append({"type": "PROMOTED", "source": pid(src), "target": dst, "messages": mids,
                     "evidence": [{"message": mids[-1], "quote": quote}]})
    for k, p in PEOPLE.items():
        rels.append({"type": "MEMBER_OF", "source": "p_" + k, "target": p[3]})
    em = {}
    for m in M:
        for r in m["to"] + m["cc"]:
            em.setdefault((m["from"], r), []).append(m["id"])
    for (s, r), mids in em.items():
        rels.append({"type": "EMAILED", "source": "p_" + s, "target": "p_" + r, "count": len(mids), "messages": mids})
    for g in GIFTS:  # every evidence quote is a sentence of its message
        body = next(x for x in M if x["id"] == g[3][0])["body"].replace("\n", " ")
        assert g[4] in body, g[4]
    gold = {"corpus": "probe-CM", "timezone": "America/Denver", "entities": ents, "messages": msgs, "relations": rels}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(M)} messages, {sum(r['type'] == 'GIFT' for r in rels)} gifts", datetime.now(timezone.utc).isoformat()[:0])


if __name__ == "__main__":
    main()
