#!/usr/bin/env python3
"""Write probe CL: a folder of redaction-tool .txt files (one message each, Outlook's printed form) and gold.json.

Everything is invented: Quillmere Diagnostics (vendor) and the Mesquite Bend County Public Health Department.
Run from this directory: python make_release.py
"""
from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "release"
TZ = timezone(timedelta(hours=-7))  # America/Phoenix: no DST

AG = "mesquitebendaz.gov"
VD = "quillmeredx.com"

# key: (display name, email, outlook "Last, First" or None, entity kind of employer, role)
P = {
    "delphine": ("Delphine Marchetti", f"dmarchetti@{VD}", None, "vendor_employee"),
    "garrett": ("Garrett Lindqvist", f"glindqvist@{VD}", None, "vendor_employee"),
    "noor": ("Noor Halvorsen", f"nhalvorsen@{VD}", None, "vendor_employee"),
    "ellis": ("Ellis Brandauer", f"ebrandauer@{VD}", None, "vendor_employee"),
    "faircloth": ("Imelda Faircloth", f"imelda.faircloth@{AG}", "Faircloth, Imelda", "officer"),
    "owen": ("Owen Trebilcock", f"owen.trebilcock@{AG}", "Trebilcock, Owen", "officer"),
    "calvin": ("Calvin Ostrowe", f"calvin.ostrowe@{AG}", "Ostrowe, Calvin", "officer"),
    "marisol": ("Marisol Quintanar", f"marisol.quintanar@{AG}", "Quintanar, Marisol", "officer"),
    "hollis": ("Hollis Debenham", f"hollis.debenham@{AG}", "Debenham, Hollis", "officer"),
    "renata": ("Renata Szabo", f"renata.szabo@{AG}", "Szabo, Renata", "officer"),
    "bettina": ("Bettina Lusk", f"bettina.lusk@{AG}", "Lusk, Bettina", "officer"),
    "dana": ("Dana Whitcombe", "dana.whitcombe@sdh.azstate-health.gov", None, "officer"),
    "lorenzo": ("Lorenzo Abernathy", "labernathy@juniperrimcounty.gov", None, "officer"),
    "tomasz": ("Tomasz Greer", "events@saltbushkitchen.com", None, "other"),
}
MEMBER = {
    "delphine": "org_quillmere", "garrett": "org_quillmere", "noor": "org_quillmere", "ellis": "org_quillmere",
    "faircloth": "org_mbcphd", "owen": "div_phl", "calvin": "div_phl", "marisol": "div_epi",
    "hollis": "div_chn", "renata": "div_chn", "bettina": "div_fiscal", "dana": "div_olhp",
    "lorenzo": "org_juniper", "tomasz": "org_saltbush",
}

SIG = {
    "delphine": "Delphine Marchetti\nRegional Account Executive, Public Sector\nQuillmere Diagnostics, Inc.\n"
                "o: 480-555-0147 | m: [REDACTED (b)(6)]\ndmarchetti@quillmeredx.com",
    "garrett": "Garrett Lindqvist, MLS(ASCP)\nClinical Applications Specialist\nQuillmere Diagnostics\n480-555-0162",
    "noor": "Noor Halvorsen\nCustomer Events Coordinator | Quillmere Diagnostics\n480-555-0119",
    "ellis": "Ellis Brandauer\nVice President, Government Markets\nQuillmere Diagnostics, Inc.\nMobile [REDACTED (b)(6)]",
    "faircloth": "Imelda Faircloth, MD, MPH\nCounty Health Officer\nMesquite Bend County Public Health Department\n"
                 "2210 W. Ocotillo Ave., Suite 300 | Mesquite Bend, AZ 85399\n(928) 555-0100",
    "owen": "Owen Trebilcock, PhD\nLaboratory Director\nPublic Health Laboratory\n"
            "Mesquite Bend County Public Health Department\n(928) 555-0131 | cell [REDACTED (b)(6)]",
    "calvin": "Calvin Ostrowe\nMicrobiologist II, Public Health Laboratory\nMesquite Bend County Public Health Department\n(928) 555-0134",
    "marisol": "Marisol Quintanar, MPH\nEpidemiologist\nEpidemiology Unit | Mesquite Bend County Public Health Department\n(928) 555-0152",
    "hollis": "Hollis Debenham, RN\nPublic Health Nurse\nCommunity Health Nursing\nMesquite Bend County Public Health Department",
    "renata": "Renata Szabo, BSN\nProgram Manager, Community Health Nursing\nMesquite Bend County Public Health Department\n(928) 555-0170",
    "bettina": "Bettina Lusk\nBuyer III, Fiscal Services\nMesquite Bend County Public Health Department\n(928) 555-0108",
    "dana": "Dana Whitcombe\nRegional Liaison, Office of Local Health Partnerships\nState Department of Health\n[REDACTED (b)(6)]",
    "lorenzo": "Lorenzo Abernathy, MT\nLaboratory Supervisor\nJuniper Rim County Health Department\n(520) 555-0193",
    "tomasz": "Tomasz Greer\nCatering Manager, Saltbush Kitchen & Catering\n(928) 555-0177",
}

REDACTED_ADDR = {("hollis", "PHD-000149"), ("calvin", "PHD-000127")}


def who(key, bates, header=True):
    name, email, outlook, _ = P[key]
    if (key, bates) in REDACTED_ADDR:
        return f"{name} <[REDACTED (b)(6)]>"
    if outlook and header:
        return f"{outlook} <{email}>"
    return f"{name} <{email}>"


def when(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def wrap(label, value, width=78):
    """Outlook's printed header: a long value goes on under the label, indented."""
    first = f"{label}:\t"
    parts = value.split("; ")
    lines, cur = [], first
    for i, p in enumerate(parts):
        piece = p + (";" if i < len(parts) - 1 else "")
        if len(cur.expandtabs(12)) + len(piece) + 1 > width and cur.strip() != f"{label}:":
            lines.append(cur.rstrip())
            cur = "\t" + piece + " "
        else:
            cur += piece + " "
    lines.append(cur.rstrip())
    return lines


M: list[dict] = []


def msg(bates, custodian, frm, to, sent, subject, body, cc=(), att="", quote=(), sig=True, orig_style=False):
    M.append(dict(id=bates, custodian=custodian, frm=frm, to=list(to), cc=list(cc), sent=sent, subject=subject,
                  att=att, body=body.strip("\n"), quote=list(quote), sig=sig, orig_style=orig_style))


def d(mo, day, h, mi):
    return datetime(2025, mo, day, h, mi, tzinfo=TZ)


# ---------------------------------------------------------------- messages
msg("PHD-000101", "owen", "delphine", ["owen"], d(2, 3, 9, 12), "Lumora 360 evaluation for your lab", """
Hi Owen,

Great to meet you and Calvin at the lab last week. As promised, I'd like to get a Lumora 360 bench-top analyzer
into your lab for a 90-day evaluation so your team can run it side by side with your current platform.
List price on the Lumora 360 is $18,500, but the evaluation is at no cost to the county and we'll cover
freight and installation. Garrett Lindqvist from our applications team will reach out to schedule the install.

Let me know which week works and who should sign for the delivery.

Best,
Delphine
""", cc=["calvin"], att="Lumora360_Evaluation_Overview.pdf")

msg("PHD-000102", "owen", "owen", ["delphine"], d(2, 3, 14, 40), "RE: Lumora 360 evaluation for your lab", """
Delphine,

Thanks, we'd be glad to take a look. The week of the 10th is best for us. Calvin can sign for the delivery
and will be our point person for the install.

Owen
""", cc=["calvin"], quote=["PHD-000101"])

msg("PHD-000104", "calvin", "garrett", ["calvin"], d(2, 10, 10, 5), "Lumora 360 install - Thursday 2/13", """
Hi Calvin,

Confirming the Lumora 360 install for Thursday 2/13 at 8:30 AM. I'll need about three hours, a dedicated
20A outlet and a network drop near the bench. Please have two or three staff free at 11 for a short
orientation.

Thanks,
Garrett
""", cc=["owen"])

msg("PHD-000105", "owen", "delphine", ["bettina"], d(2, 12, 8, 30), "Quote Q-20931 - Lumora 360 lease", """
Hi Bettina,

Owen asked me to send you lease pricing for budget planning. Attached is quote Q-20931: Lumora 360 on a
36-month lease at $1,150 per month, reagent rental available separately. The quote is good for 60 days.
Happy to walk through it whenever suits you.

Regards,
Delphine
""", cc=["owen"], att="Q-20931_MesquiteBendCPHD.pdf")

msg("PHD-000106", "marisol", "noor", ["marisol"], d(2, 14, 11, 20), "Lunch-and-learn for the Epi team", """
Hi Marisol,

Delphine mentioned your unit has been curious about how the ClearPath Results Portal feeds case reports.
We'd love to host a lunch-and-learn for your whole unit later this month. Quillmere will take care of
lunch for everyone, you just pick the day and tell me how many people and any dietary needs.

Cheers,
Noor
""")

msg("PHD-000107", "marisol", "marisol", ["noor"], d(2, 14, 13, 2), "RE: Lunch-and-learn for the Epi team", """
Noor,

That sounds great. Thursday 2/27 at noon works; we'll be about 12 people. Two vegetarians and one gluten-free,
please. We can use the 2nd floor conference room.

Marisol
""", quote=["PHD-000106"])

msg("PHD-000108", "marisol", "tomasz", ["noor"], d(2, 20, 9, 45), "Catering confirmation #SB-5520 - Feb 27", """
Hello Noor,

This confirms order #SB-5520 for Thursday, February 27: boxed lunches for 12 (2 vegetarian, 1 gluten-free),
delivered 11:45 AM to Mesquite Bend County Public Health, 2210 W. Ocotillo Ave., 2nd floor conference room.
The order is billed to the Quillmere Diagnostics card on file.

Thank you,
""", cc=["marisol"])

msg("PHD-000110", "marisol", "marisol", ["noor"], d(2, 27, 16, 10), "Thank you!", """
Hi Noor,

Thank you for the lunch today. The team really enjoyed it, and Garrett's walkthrough of the portal answered
most of our questions about electronic case reporting.

Marisol
""")

msg("PHD-000111", "calvin", "garrett", ["hollis", "calvin", "marisol"], d(3, 4, 7, 55),
    "ClearPath Results Portal pilot - kickoff", """
Good morning all,

Thanks for agreeing to be our pilot users for the ClearPath Results Portal. Your accounts are live; the
login link and a quick-start guide are attached. We'll check in weekly for about six weeks and I'll
collect your feedback at the end.

Garrett
""", att="ClearPath_QuickStart.pdf; ClearPath_Pilot_Schedule.xlsx")

msg("PHD-000112", "marisol", "marisol", ["garrett"], d(3, 4, 7, 56),
    "Automatic reply: ClearPath Results Portal pilot - kickoff", """
I am out of the office until Monday, March 10 with limited access to email. For urgent surveillance
matters please call the Epidemiology Unit main line at (928) 555-0150.
""", sig=False)

msg("PHD-000114", "renata", "renata", ["delphine"], d(3, 10, 15, 30), "Spring Community Health Fair - test kits?", """
Hi Delphine,

Our nursing team is running the Spring Community Health Fair at Palo Verde Park on April 12. We'd like to
offer free rapid testing at the booth. Is there any way Quillmere could help us with kits for the day?

Thanks,
Renata
""")

msg("PHD-000115", "renata", "delphine", ["renata"], d(3, 11, 9, 20), "RE: Spring Community Health Fair - test kits?", """
Hi Renata,

Happy to help! We'll donate eight cases of VeraSwab Rapid Antigen Tests (25 tests per case) for the fair,
about $1,200 worth at list, and there won't be an invoice. I'll have them shipped to your attention at
the Ocotillo Ave. building by April 4.

Good luck with the fair,
Delphine
""", cc=["hollis"], quote=["PHD-000114"])

msg("PHD-000117", "renata", "renata", ["delphine"], d(3, 11, 10, 2), "RE: Spring Community Health Fair - test kits?", """
Delphine, this is wonderful. Thank you so much on behalf of the whole nursing team.

Renata
""", cc=["hollis"], quote=["PHD-000115", "PHD-000114"])

msg("PHD-000119", "owen", "delphine", ["owen"], d(3, 18, 12, 15), "Spring training?", """
Owen,

We have a block of seats behind home plate for a spring training game on March 29. Would you and a few
folks from the lab like to join us? Four seats are yours if you want them.

Delphine
""")

msg("PHD-000120", "owen", "owen", ["delphine"], d(3, 18, 16, 48), "RE: Spring training?", """
Delphine,

Very kind of you, but I have to pass. County ethics policy doesn't allow us to accept tickets or
entertainment from vendors we do business with, so please don't hold the seats for us.

Owen
""", quote=["PHD-000119"])

msg("PHD-000122", "owen", "bettina", ["delphine"], d(3, 24, 9, 30), "PO 4500-2231 - VeraSwab Rapid Antigen Tests", """
Good morning,

Please find attached purchase order 4500-2231 for 40 cases of VeraSwab Rapid Antigen Tests at the
state contract price of $138.00 per case ($5,520.00 total). Ship to the Public Health Laboratory receiving
dock and send the invoice to fiscal.ap@mesquitebendaz.gov referencing the PO number.

Thank you,
Bettina
""", cc=["owen"], att="PO_4500-2231.pdf")

msg("PHD-000123", "owen", "delphine", ["bettina"], d(3, 26, 14, 5), "RE: PO 4500-2231 - VeraSwab Rapid Antigen Tests", """
Hi Bettina,

Order shipped today. Invoice INV-77812 for $5,520.00 is attached, net 30.

Thanks,
Delphine
""", cc=["owen"], att="INV-77812.pdf", quote=["PHD-000122"])

msg("PHD-000125", "calvin", "garrett", ["calvin"], d(4, 1, 11, 11), "Loaner while your unit is in for service", """
Calvin,

The optics module on your evaluation analyzer needs to come back to our depot. I'm sending a loaner
Lumora 360 so you're not without it; it arrives Thursday. When your unit is back, just put the loaner in
the original crate and I'll arrange the courier pickup.

Garrett
""", cc=["owen"])

msg("PHD-000127", "calvin", "calvin", ["garrett"], d(4, 15, 13, 30), "RE: Loaner while your unit is in for service", """
Garrett,

Our unit is back and running. The courier picked up the loaner this morning under RMA-0391, so it's on
its way back to you.

Calvin
""", cc=["owen"], quote=["PHD-000125"])

msg("PHD-000129", "marisol", "ellis", ["marisol"], d(4, 7, 10, 40), "Desert Southwest Surveillance Summit", """
Marisol,

I heard great things about your talk at the regional meeting. We'd like you to come to the Desert Southwest
Surveillance Summit in San Diego, May 19-21, as our guest. Quillmere will cover your registration ($695)
and two nights at the Harborline Hotel (about $480). Flights we can sort out once you have dates.

Best regards,
Ellis
""")

msg("PHD-000130", "marisol", "marisol", ["ellis"], d(4, 7, 15, 22), "RE: Desert Southwest Surveillance Summit", """
Ellis,

Thank you, I'd be glad to attend. Dr. Faircloth has okayed the time away. I'll send my travel dates
this week.

Marisol
""", cc=["faircloth"], quote=["PHD-000129"])

msg("PHD-000132", "calvin", "garrett", ["hollis", "calvin"], d(4, 14, 9, 0), "ClearPath pilot wrap-up", """
Hi Hollis and Calvin,

The pilot is officially done and your feedback has already shaped two changes in the next release.
As a thank-you for taking part in the pilot, I'm mailing each of you a $75 Visa gift card this week.

Much appreciated,
Garrett
""")

msg("PHD-000133", "hollis", "hollis", ["garrett"], d(4, 14, 10, 31), "RE: ClearPath pilot wrap-up", """
Got it, thanks Garrett! It was a fun project.

Hollis
""", quote=["PHD-000132"])

msg("PHD-000135", "owen", "noor", ["owen"], d(4, 21, 8, 15), "Something warm for the lab", """
Hi Owen,

I've got a box of Quillmere fleece jackets headed your way, one for everyone in the lab (15 in assorted
sizes). Your freezer room is famous, so we figured the team could use them.

Noor
""")

msg("PHD-000136", "owen", "owen", ["noor"], d(4, 22, 17, 40), "RE: Something warm for the lab", """
Noor, the fleeces arrived today and they're already being worn. The team says thanks.

Owen
""", quote=["PHD-000135"])

msg("PHD-000138", "faircloth", "ellis", ["faircloth"], d(4, 28, 11, 0), "Next week in Mesquite Bend", """
Dr. Faircloth,

I'll be in Mesquite Bend on May 6 and would love to catch up. Could I take you to dinner at the Copperleaf
Grill that evening? Dinner is on me, of course.

Ellis
""")

msg("PHD-000139", "faircloth", "faircloth", ["ellis"], d(4, 28, 13, 15), "RE: Next week in Mesquite Bend", """
Ellis, that works. 6:30 at Copperleaf. See you then.

Imelda
""", quote=["PHD-000138"])

msg("PHD-000141", "faircloth", "delphine", ["faircloth"], d(5, 5, 9, 25), "Case study - quote for your review", """
Dear Dr. Faircloth,

We're finishing a short customer case study on the Lumora 360 at Mesquite Bend County and would be
honored to include a quote from you. A draft is attached; please edit freely.

Kind regards,
Delphine
""", cc=["owen"], att="Quillmere_CaseStudy_MesquiteBend_DRAFT.docx")

msg("PHD-000142", "faircloth", "faircloth", ["delphine"], d(5, 6, 14, 50), "RE: Case study - quote for your review", """
Delphine,

Here is the wording I'm comfortable with:

"With the Lumora 360, our public health laboratory turns results around in hours instead of days. I would
recommend it to any health department that wants faster answers during an outbreak."

You may use my name and title.

Imelda Faircloth
""", cc=["owen"], quote=["PHD-000141"])

msg("PHD-000144", "owen", "delphine", ["owen"], d(5, 8, 10, 10), "Evaluation period", """
Hi Owen,

Your 90-day evaluation of the Lumora 360 wraps up this week. No need to crate it up and ship it back:
please keep the analyzer in the lab with our thanks for all the feedback. Garrett will keep servicing it
as usual.

Delphine
""")

msg("PHD-000145", "owen", "delphine", ["owen"], d(5, 9, 8, 40), "Your peer referral code", """
Owen,

Several labs have asked who's running the Lumora 360 in Arizona. Here's your personal peer referral code:
QMX-PEER-4471. Any lab that orders with it gets 10% off their first order, and the Public Health
Laboratory earns a $250 reagent credit for each new lab.

Delphine
""")

msg("PHD-000146", "owen", "owen", ["lorenzo"], d(5, 12, 13, 20), "Analyzer you asked about", """
Lorenzo,

You asked about our new analyzer at the directors' call. Honestly, I'd recommend the Lumora 360 without
hesitation: turnaround is faster, it's easy on the staff and Quillmere's support has been excellent.
If you order, use my code QMX-PEER-4471 and you'll get 10% off your first order. Delphine Marchetti is
the rep to call.

Owen
""", cc=["delphine"])

msg("PHD-000147", "owen", "lorenzo", ["owen"], d(5, 12, 16, 5), "RE: Analyzer you asked about", """
Owen,

Thanks, that's really helpful. I'll loop in our administrator and reach out to Delphine.

Lorenzo
""", quote=["PHD-000146"])

msg("PHD-000148", "hollis", "noor", ["owen", "marisol", "hollis", "renata"], d(5, 15, 9, 0),
    "Quillmere Learning: May webinars + a code for everyone", """
Hello from Quillmere Learning!

Our free continuing-education webinars this month:
  * May 20: Point-of-care antigen testing in outreach settings (1.0 CE)
  * May 28: Getting the most from ClearPath case reporting (1.0 CE)

And a reminder: every customer can use code READY15 for 15% off VeraSwab orders placed before June 30.
The code is open to all customers; share it with anyone.

The Quillmere Learning Team
""", sig=False)

msg("PHD-000149", "hollis", "hollis", ["garrett"], d(5, 19, 19, 5), "portal login", """
Garrett - the portal locked me out again after the password reset. Can you take a look when you get
a chance? Sending from my personal account since I can't get into anything.

Hollis
""", sig=False)

msg("PHD-000150", "faircloth", "dana", ["faircloth"], d(5, 20, 10, 0), "Vendor case studies - state guidance", """
Dr. Faircloth,

A few counties have asked about appearing in vendor marketing. As a reminder, the Department's guidance
on vendor relationships (attached) asks local health officers to clear endorsements with county counsel.
No action needed, just sharing.

Dana
""", cc=["owen"], att="SDH_Vendor_Relations_Guidance_2025.pdf")

msg("PHD-000151", "faircloth", "faircloth", ["dana"], d(5, 21, 11, 45), "RE: Vendor case studies - state guidance", """
Dana,

Thanks for the heads-up. Our county counsel reviewed the quote before it went out. Happy to talk if the
Department has concerns.

Imelda
""", cc=["owen"], quote=["PHD-000150"])

msg("PHD-000153", "renata", "renata", ["hollis"], d(5, 27, 9, 30), "Testing at outreach events", """
Hi team,

After the health fair I want us to standardize. I'd encourage every one of you to use the VeraSwab Rapid
Antigen Tests at all outreach events: they're the simplest kits we've tried, clients tolerate the swab
well, and results are ready in 15 minutes. Please pass this along to the weekend staff.

Renata
""")

msg("PHD-000154", "renata", "delphine", ["renata"], d(5, 30, 14, 0), "Point-of-Care Leadership Workshop - your seat", """
Renata,

The Point-of-Care Leadership Workshop is in Tucson on June 17. I've comped your seat, which is normally
$350, so there's nothing for you to pay; just register with the link below.

Delphine
""")

msg("PHD-000155", "renata", "renata", ["delphine"], d(6, 2, 9, 10), "RE: Point-of-Care Leadership Workshop - your seat", """
Delphine, thank you for the seat! I've registered.

Renata
""", quote=["PHD-000154"])

msg("PHD-000156", "hollis", "hollis", ["garrett"], d(6, 3, 10, 20), "RE: portal login", """
Garrett, thanks for fixing the portal login so quickly. Everything's working now.

Hollis
""", quote=["PHD-000149"])


# ---------------------------------------------------------------- rendering
BY = {m["id"]: m for m in M}


def header_lines(m, quoted=False):
    b = m["id"]
    lines = []
    sep = ":\t" if not quoted else ": "
    if quoted:
        lines.append(f"From: {who(m['frm'], b, header=False)}")
        lines.append(f"Sent: {when(m['sent'])}")
        lines.append(f"To: {'; '.join(who(k, b, header=False) for k in m['to'])}")
        if m["cc"]:
            lines.append(f"Cc: {'; '.join(who(k, b, header=False) for k in m['cc'])}")
        lines.append(f"Subject: {m['subject']}")
        return lines
    lines.append(f"From{sep}{who(m['frm'], b)}")
    lines.append(f"Sent{sep}{when(m['sent'])}")
    lines += wrap("To", "; ".join(who(k, b) for k in m["to"]))
    if m["cc"]:
        lines += wrap("Cc", "; ".join(who(k, b) for k in m["cc"]))
    lines += wrap("Subject", m["subject"], width=60) if len(m["subject"]) > 48 else [f"Subject{sep}{m['subject']}"]
    if m["att"]:
        lines += wrap("Attachments", m["att"], width=60)
    return lines


def body_of(m):
    text = m["body"]
    if m["sig"]:
        text += "\n\n" + SIG[m["frm"]]
    return text


def render(m):
    out = [P[m["custodian"]][0], "", *header_lines(m), "", body_of(m)]
    for i, q in enumerate(m["quote"]):
        qm = BY[q]
        out.append("")
        if m["orig_style"] or i % 2 == 1:
            out.append("-----Original Message-----")
        else:
            out.append("________________________________")
        out += header_lines(qm, quoted=True)
        out.append("")
        out.append(body_of(qm))
    lines = "\n".join(out).split("\n")
    if len(lines) > 40:  # the redaction tool paginates: a page mark and the Bates stamp at each break
        cut = 34
        n = int(m["id"].split("-")[1])
        lines = lines[:cut] + ["", "Page 1 of 2", f"PHD-{n:06d}", ""] + lines[cut:] + ["", "Page 2 of 2", f"PHD-{n + 1:06d}"]
    else:
        lines += ["", m["id"]]
    return "\n".join(lines) + "\n"


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    for m in M:
        (OUT / f"{m['id']}.txt").write_text(render(m), encoding="utf-8")
    write_gold()


# ---------------------------------------------------------------- gold
ENT = [
    dict(id="org_quillmere", kind="organization", name="Quillmere Diagnostics", aliases=["Quillmere Diagnostics, Inc.", "Quillmere"]),
    dict(id="org_mbcphd", kind="organization", name="Mesquite Bend County Public Health Department",
         aliases=["Mesquite Bend County Public Health"]),
    dict(id="div_phl", kind="division", name="Public Health Laboratory"),
    dict(id="div_epi", kind="division", name="Epidemiology Unit"),
    dict(id="div_chn", kind="division", name="Community Health Nursing"),
    dict(id="div_fiscal", kind="division", name="Fiscal Services"),
    dict(id="org_sdh", kind="organization", name="State Department of Health"),
    dict(id="div_olhp", kind="division", name="Office of Local Health Partnerships"),
    dict(id="org_juniper", kind="organization", name="Juniper Rim County Health Department"),
    dict(id="org_saltbush", kind="organization", name="Saltbush Kitchen & Catering", aliases=["Saltbush Kitchen"]),
    dict(id="prod_lumora", kind="product", name="Lumora 360", aliases=["Lumora 360 analyzer", "Lumora 360 bench-top analyzer"]),
    dict(id="prod_veraswab", kind="product", name="VeraSwab Rapid Antigen Tests", aliases=["VeraSwab", "VeraSwab Rapid Antigen Test"]),
    dict(id="prod_clearpath", kind="product", name="ClearPath Results Portal", aliases=["ClearPath"]),
    dict(id="code_peer", kind="code", name="QMX-PEER-4471"),
    dict(id="code_ready", kind="code", name="READY15"),
]
PID = {k: "p_" + k for k in P}
for k, (name, email, outlook, role) in P.items():
    e = dict(id=PID[k], kind="person", name=name, emails=[email], role=role, affiliation=MEMBER[k])
    if outlook:
        e["aliases"] = [outlook]
    if k == "faircloth":
        e["aliases"] += ["Dr. Faircloth", "Imelda Faircloth, MD, MPH"]
    if k == "tomasz":
        e["affiliation"] = "org_saltbush"
    ENT.append(e)
for e in ENT:
    if e["kind"] == "person" and e["role"] == "vendor_employee":
        e["affiliation"] = "org_quillmere"


def ev(mid, quote):
    assert quote in BY[mid]["body"], (mid, quote)
    return {"message": mid, "quote": quote}


REL = []


def gift(src, dst, value, msgs):
    REL.append(dict(type="GIFT", source=src, target=dst, value_usd=value, messages=[m for m, _ in msgs],
                    evidence=[ev(m, q) for m, q in msgs]))


gift("p_delphine", "div_phl", 18500, [
    ("PHD-000101", "List price on the Lumora 360 is $18,500, but the evaluation is at no cost to the county"),
    ("PHD-000144", "please keep the analyzer in the lab with our thanks for all the feedback")])
gift("p_delphine", "div_chn", 1200, [
    ("PHD-000115", "We'll donate eight cases of VeraSwab Rapid Antigen Tests (25 tests per case) for the fair")])
gift("p_noor", "div_epi", None, [
    ("PHD-000106", "Quillmere will take care of\nlunch for everyone"),
    ("PHD-000110", "Thank you for the lunch today.")])
gift("p_ellis", "p_marisol", 1175, [
    ("PHD-000129", "Quillmere will cover your registration ($695)\nand two nights at the Harborline Hotel (about $480)")])
gift("p_garrett", "p_hollis", 75, [
    ("PHD-000132", "I'm mailing each of you a $75 Visa gift card this week")])
gift("p_garrett", "p_calvin", 75, [
    ("PHD-000132", "I'm mailing each of you a $75 Visa gift card this week")])
gift("p_noor", "div_phl", None, [
    ("PHD-000135", "I've got a box of Quillmere fleece jackets headed your way, one for everyone in the lab")])
gift("p_ellis", "p_faircloth", None, [
    ("PHD-000138", "Dinner is on me, of course.")])
gift("p_delphine", "p_renata", 350, [
    ("PHD-000154", "I've comped your seat, which is normally\n$350, so there's nothing for you to pay")])

REL.append(dict(type="REFERRAL", source="p_owen", target="org_quillmere", messages=["PHD-000146"],
                evidence=[ev("PHD-000146", "If you order, use my code QMX-PEER-4471 and you'll get 10% off your first order.")]))
REL.append(dict(type="PROMOTED", source="p_faircloth", target="prod_lumora", messages=["PHD-000142"],
                evidence=[ev("PHD-000142", "I would\nrecommend it to any health department that wants faster answers during an outbreak.")]))
REL.append(dict(type="PROMOTED", source="p_owen", target="prod_lumora", messages=["PHD-000146"],
                evidence=[ev("PHD-000146", "I'd recommend the Lumora 360 without\nhesitation")]))
REL.append(dict(type="PROMOTED", source="p_renata", target="prod_veraswab", messages=["PHD-000153"],
                evidence=[ev("PHD-000153", "I'd encourage every one of you to use the VeraSwab Rapid\nAntigen Tests at all outreach events")]))
for k, unit in MEMBER.items():
    REL.append(dict(type="MEMBER_OF", source=PID[k], target=unit))


def emailed():
    c = Counter()
    ev_ = {}
    for m in M:
        for r in m["to"] + m["cc"]:
            c[(m["frm"], r)] += 1
            ev_.setdefault((m["frm"], r), m["id"])
    for (s, t), n in sorted(c.items()):
        REL.append(dict(type="EMAILED", source=PID[s], target=PID[t], count=n, messages=[ev_[(s, t)]],
                        evidence=[{"message": ev_[(s, t)], "quote": ""}]))


def write_gold():
    emailed()
    msgs = [dict(id=m["id"], sent=m["sent"].isoformat(), subject=m["subject"],
                 **{"from": PID[m["frm"]]}, to=[PID[k] for k in m["to"]], cc=[PID[k] for k in m["cc"]]) for m in M]
    gold = dict(about="probe CL: invented clinical-diagnostics vendor and county public health department",
                entities=ENT, messages=msgs, relations=REL)
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")
    # the gold as a graph, to check that score.py reads it (all figures 1.000)
    nodes = [dict(e) for e in ENT] + [dict(id=m["id"], kind="message", sent=m["sent"], subject=m["subject"]) for m in msgs]
    edges = [dict(r) for r in REL]
    Path("/tmp/CL_gold_as_graph.json").write_text(json.dumps(dict(nodes=nodes, edges=edges)), encoding="utf-8")


if __name__ == "__main__":
    main()
