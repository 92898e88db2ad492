#!/usr/bin/env python3
"""Write the DF probe release: one Word document a records clerk made by pasting 22 responsive emails
(City of Copperline, Arizona, Department of Information Technology and an invented cloud-security vendor,
Halyard Cloud Security). Everything here is invented. Deterministic: run it to rewrite copperline_prr.docx."""
import os

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "copperline_prr.docx")

# ---- people as the mail program printed them -------------------------------------------------
RENATA = "Valdespino, Renata <Renata.Valdespino@copperlineaz.gov>"
DESMOND = "Hallorann, Desmond <Desmond.Hallorann@copperlineaz.gov>"
INGRID = "Solvang, Ingrid <Ingrid.Solvang@copperlineaz.gov>"
TOBIAS = "Wreford, Tobias <Tobias.Wreford@copperlineaz.gov>"
MARISOL = "Quintanar, Marisol <Marisol.Quintanar@copperlineaz.gov>"
GIDEON = "Pellham, Gideon <Gideon.Pellham@copperlineaz.gov>"
ASHLYN = "Bratcher, Ashlyn <Ashlyn.Bratcher@copperlineaz.gov>"
BRYCE = "Bryce Kettleman <bryce.kettleman@halyardsec.com>"
NOEMI = "Noemi Faircloth <noemi.faircloth@halyardsec.com>"
GARRETT = "Garrett Lindqvist <garrett.lindqvist@halyardsec.com>"
PALOMA = "Paloma Restrepo <paloma.restrepo@halyardsec.com>"
KEIKO = "Keiko Armitage <karmitage@verdigrissprings-co.gov>"
HARLAN = "Harlan Obuya <harlan.obuya@lindenmoororegon.gov>"

HALYARD_FOOTER = (
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the "
    "addressee(s). If you received this message in error, please notify the sender and delete it. "
    "Halyard Cloud Security, Inc., 1180 Lantern Quay, Suite 400, Sacramento, CA."
)

SIG = {
    "bryce": ["Bryce Kettleman", "Enterprise Account Executive, State & Local Government",
              "Halyard Cloud Security", "m. 480-555-0143"],
    "noemi": ["Noemi Faircloth", "Senior Solutions Architect", "Halyard Cloud Security"],
    "garrett": ["Garrett Lindqvist", "Regional Vice President, Southwest Public Sector", "Halyard Cloud Security"],
    "paloma": ["Paloma Restrepo", "Events & Customer Programs Manager", "Halyard Cloud Security"],
    "renata": ["Renata Valdespino", "Chief Information Officer", "Department of Information Technology",
               "City of Copperline", "602-555-0110"],
    "desmond": ["Desmond Hallorann", "Deputy Chief Information Officer", "Department of Information Technology",
                "City of Copperline"],
    "ingrid": ["Ingrid Solvang", "Chief Information Security Officer", "Department of Information Technology",
               "City of Copperline"],
    "tobias": ["Tobias Wreford", "Enterprise Architect", "Department of Information Technology", "City of Copperline"],
    "marisol": ["Marisol Quintanar", "Network Manager", "Department of Information Technology", "City of Copperline"],
    "gideon": ["Gideon Pellham, CPPB", "Procurement Officer", "Procurement Division, Finance Department",
               "City of Copperline"],
    "ashlyn": ["Ashlyn Bratcher", "Chief of Staff", "Council District 4 Office", "City of Copperline"],
}

# ---- the 22 messages --------------------------------------------------------------------------
# style: "bold" (bold labels, one paragraph per header), "table" (two-column table), "plain"
M = []


def msg(sender, to, cc, sent, subject, body, sig=None, footer=False, quoted=None, style="bold", brk=True):
    M.append(dict(sender=sender, to=to, cc=cc, sent=sent, subject=subject, body=body, sig=sig,
                  footer=footer, quoted=quoted, style=style, brk=brk))
    return len(M) - 1


m1 = msg(BRYCE, [RENATA], [DESMOND], "Monday, March 4, 2024 10:17 AM",
         "[EXTERNAL] Halyard Horizon Summit - Las Vegas invite",
         ["Hi Renata,",
          "Our customer summit, Halyard Horizon, is April 22-24 at the Vantora Resort in Las Vegas, and I'd love "
          "to have Copperline in the room. We have two customer seats set aside for your team. Airfare, three nights "
          "at the Vantora, the full-access pass and the hospitality suite would all be on our dime.",
          "There's also an exec briefing with our CTO on the 23rd that I think you'd get a lot out of.",
          "Let me know who you'd like to bring and I'll have our events team reach out.",
          "Best,"],
         sig="bryce", footer=True, style="bold")

m2 = msg(RENATA, [BRYCE], [DESMOND, GIDEON], "Tuesday, March 5, 2024 8:02 AM",
         "RE: [EXTERNAL] Halyard Horizon Summit - Las Vegas invite",
         ["Bryce,",
          "Thank you for thinking of us, but I have to decline. Section 2-114 of the City's Code of Ethics doesn't "
          "allow me to accept travel or lodging paid for by a vendor we do business with, and with the renewal coming "
          "up that goes double. If any of my staff attend, the City will pay its own way.",
          "Gideon is copied so procurement has a record of this.",
          "Renata"],
         sig="renata", quoted=m1, style="bold", brk=False)

m3 = msg(BRYCE, [MARISOL], [], "Thursday, March 7, 2024 1:45 PM",
         "[EXTERNAL] Horizon Summit - a seat for you",
         ["Hi Marisol,",
          "Renata can't make Horizon this year, so I wanted to offer one of our seats to you. The network track is "
          "really strong this year, lots of SASE and segmentation content.",
          "We'd cover your airfare from Phoenix, three nights at the Vantora Resort, the full-access conference pass "
          "and the hospitality suite. All told the package runs about $2,850, and it's comp'd. Our events team "
          "(Paloma) will send the booking link.",
          "Hope you can join us!"],
         sig="bryce", footer=True, style="table")

m4 = msg(MARISOL, [BRYCE], [], "Thursday, March 7, 2024 3:10 PM",
         "RE: [EXTERNAL] Horizon Summit - a seat for you",
         ["Bryce - I'm in! Thank you so much for covering it. I booked through Paloma's link and already have the "
          "flight confirmation. See you in Vegas.",
          "Marisol"],
         sig="marisol", quoted=m3, style="table", brk=False)

m5 = msg(NOEMI, [DESMOND, TOBIAS, MARISOL], [BRYCE], "Tuesday, March 12, 2024 4:30 PM",
         "[EXTERNAL] Zero-trust workshop recap (and some swag)",
         ["Desmond, Tobias, Marisol,",
          "Thanks for a great zero-trust architecture workshop today. I've attached the whiteboard photos and the "
          "reference design we sketched for the utility billing network.",
          "As promised, every attendee gets a pair of Tidewell Air wireless earbuds ($89 retail) as a small thank you "
          "for giving us the afternoon. I left the three boxes with the front desk at the IT building, one with each "
          "of your names on it.",
          "Next step on our side is a written summary of the segmentation options by Friday.",
          "Cheers,"],
         sig="noemi", footer=True, style="bold")

m6 = msg(GIDEON, [BRYCE], [RENATA], "Thursday, March 14, 2024 9:05 AM",
         "CloudWard subscription renewal - PO 24-0317",
         ["Mr. Kettleman,",
          "Attached is Purchase Order 24-0317 for the renewal of the City's Halyard CloudWard subscription for the "
          "period July 1, 2024 through June 30, 2025, in the amount of $148,500.00, per Council approval on March 12 "
          "(Agenda Item 14). The renewal adds the Halyard Identity Guard module at the contract price.",
          "Please invoice Accounts Payable referencing the PO number. Net 30 terms apply.",
          "Regards,"],
         sig="gideon", style="plain")

m7 = msg(NOEMI, [INGRID], [TOBIAS], "Monday, March 18, 2024 11:20 AM",
         "[EXTERNAL] Perimeter Lens proof-of-concept kickoff",
         ["Ingrid,",
          "Now that the signed evaluation agreement is back from your legal team, we can start the 60-day "
          "proof-of-concept of Halyard Perimeter Lens on Monday. Per the agreement, the evaluation licenses expire at "
          "the end of the term and nothing converts to a paid subscription unless the City issues a PO.",
          "Tobias, I'll need a read-only service account in the Azure tenant before the kickoff call.",
          "Thanks,"],
         sig="noemi", footer=True, style="table")

m8 = msg(BRYCE, [RENATA], [], "Thursday, March 21, 2024 2:02 PM",
         "[EXTERNAL] Peer reference call summary - Ellerbe County",
         ["Renata,",
          "Thanks again for jumping on the peer reference call with Ellerbe County's IT leadership yesterday. Here's "
          "the summary I'm putting in our reference file; let me know if anything is off.",
          "Summary: Renata Valdespino (CIO, City of Copperline) told Ellerbe County that Halyard CloudWard is the best "
          "security investment the City has made in five years. She said CloudWard cut their open misconfiguration "
          "backlog by more than half within the first quarter, and that she would recommend it to any city of "
          "Copperline's size without reservation.",
          "Really appreciate it,"],
         sig="bryce", footer=True, style="bold")

m9 = msg(RENATA, [BRYCE], [], "Thursday, March 21, 2024 4:48 PM",
         "RE: [EXTERNAL] Peer reference call summary - Ellerbe County",
         ["Bryce, that's accurate. Fine to keep it on file and to share with other agencies who ask.",
          "Renata"],
         sig="renata", quoted=m8, style="bold", brk=False)

m10 = msg(BRYCE, [INGRID], [RENATA], "Tuesday, March 26, 2024 10:11 AM",
          "[EXTERNAL] Press release draft for your approval",
          ["Hi Ingrid,",
           "Our comms team drafted the customer announcement below. Could you confirm you're comfortable with the "
           "quote attributed to you?",
           "DRAFT - FOR IMMEDIATE RELEASE",
           "City of Copperline Expands Cloud Security Program with Halyard",
           "\"With Halyard CloudWard, our small security team sees every misconfiguration across three clouds before "
           "an attacker does. It has changed how we run the program,\" said Ingrid Solvang, Chief Information Security "
           "Officer for the City of Copperline.",
           "Thanks!"],
          sig="bryce", footer=True, style="plain")

m11 = msg(INGRID, [BRYCE], [RENATA], "Wednesday, March 27, 2024 8:37 AM",
          "RE: [EXTERNAL] Press release draft for your approval",
          ["Bryce,",
           "Approved as written. Our communications office has signed off as well.",
           "Ingrid"],
          sig="ingrid", quoted=m10, style="plain", brk=False)

m12 = msg(GARRETT, [DESMOND, TOBIAS], [BRYCE], "Tuesday, April 2, 2024 12:15 PM",
          "[EXTERNAL] Golf at Redtail Canyon on the 12th?",
          ["Desmond, Tobias,",
           "A few of us from Halyard are playing Redtail Canyon Golf Club on Friday the 12th and we have two open spots "
           "in the 8:10 tee time. Green fees, cart and lunch at the clubhouse come to about $260 a head, and it's all "
           "comp'd. Lunch is my treat.",
           "No agenda, just a good morning outside before it gets hot.",
           "Garrett"],
          sig="garrett", footer=True, style="table")

m13 = msg(DESMOND, [GARRETT], [BRYCE], "Tuesday, April 2, 2024 1:01 PM",
          "RE: [EXTERNAL] Golf at Redtail Canyon on the 12th?",
          ["Garrett, count me in. Thanks for the invite. I'll meet you at the clubhouse at 7:45.",
           "Desmond"],
          sig="desmond", quoted=m12, style="table", brk=False)

m14 = msg(TOBIAS, [GARRETT], [], "Tuesday, April 2, 2024 1:40 PM",
          "RE: [EXTERNAL] Golf at Redtail Canyon on the 12th?",
          ["Thanks, Garrett, but I'll pass on this one. I'm on the evaluation committee for the network security RFP "
           "and I'm keeping clear of anything vendor-paid until it's awarded.",
           "Tobias"],
          sig="tobias", style="table")

m15 = msg(BRYCE, [ASHLYN], [], "Tuesday, April 9, 2024 9:50 AM",
          "[EXTERNAL] Exec briefing dinner - Ironwood Chophouse, Thursday",
          ["Hi Ashlyn,",
           "Following up on our call: we're hosting a small exec briefing dinner on municipal ransomware readiness "
           "this Thursday at 6:30 at Ironwood Chophouse, private room. Dinner is a $175-per-guest prix fixe and it's "
           "comp'd, my treat, so no need to expense anything.",
           "It would be great to have the Council office's perspective at the table.",
           "Bryce"],
          sig="bryce", footer=True, style="bold")

m16 = msg(ASHLYN, [BRYCE], [], "Tuesday, April 9, 2024 11:26 AM",
          "RE: [EXTERNAL] Exec briefing dinner - Ironwood Chophouse, Thursday",
          ["Thanks, Bryce. I'll be there Thursday at 6:30. Looking forward to it.",
           "Ashlyn"],
          sig="ashlyn", quoted=m15, style="bold", brk=False)

m17 = msg(TOBIAS, [KEIKO], [], "Tuesday, April 16, 2024 3:33 PM",
          "Password manager discount for your staff",
          ["Hi Keiko,",
           "Good talking with you at the regional GIS meetup. You asked about a password manager for your staff's "
           "personal accounts: Halyard offers a government partner discount on Halyard Vault Personal. Have your folks "
           "enter code GOVPTR-CPL-2291 at checkout on the Halyard site and they get 40% off the first year. A few of "
           "us here use it and it's been painless.",
           "Tobias"],
          sig="tobias", style="plain")

m18 = msg(DESMOND, [HARLAN], [], "Thursday, April 18, 2024 10:04 AM",
          "Cloud security vendors - my two cents",
          ["Harlan,",
           "Following up on your question from the state CIO roundtable about cloud posture tools. I'd recommend "
           "Halyard Cloud Security without hesitation. Their team has been excellent to work with, they answer at "
           "2 a.m. when something breaks, and the product has paid for itself for us. Happy to get on a call with "
           "your team if that helps.",
           "Desmond"],
          sig="desmond", style="plain")

m19 = msg(PALOMA, [INGRID, MARISOL], [], "Tuesday, April 23, 2024 7:30 AM",
          "[EXTERNAL] Free webinar: Securing Municipal SaaS (May 8)",
          ["Hello,",
           "Join Halyard's public-sector team for a free, open-to-the-public webinar, \"Securing Municipal SaaS,\" on "
           "Wednesday, May 8 at 10:00 AM Pacific. No cost, no sales pitch, and a recording will be posted on our "
           "website for anyone who registers.",
           "Register at halyardsec.com/webinars.",
           "Warm regards,"],
          sig="paloma", footer=True, style="table")

m20 = msg(GARRETT, [RENATA], [BRYCE, INGRID], "Wednesday, May 1, 2024 2:20 PM",
          "[EXTERNAL] A thank-you from Halyard",
          ["Renata,",
           "On behalf of Halyard, thank you for the reference call with Ellerbe County and for Ingrid's quote in our "
           "announcement. As a thank you, we're upgrading Copperline to Halyard Premier Support for a year at no charge. "
           "That tier normally runs $18,000 a year and includes a named technical account manager and a one-hour "
           "response SLA.",
           "Bryce will send over the paperwork. Nothing is needed from procurement.",
           "Best,",
           "Garrett"],
          sig="garrett", footer=True, style="bold")

m21 = msg(PALOMA, [TOBIAS], [], "Monday, May 6, 2024 9:12 AM",
          "[EXTERNAL] Thanks for completing our customer survey",
          ["Hi Tobias,",
           "Thank you for completing Halyard's annual customer experience survey. As promised, here is your $75 e-gift "
           "card. The redemption link is below and is valid for 12 months.",
           "Redeem: halyardsec.com/thanks/redeem",
           "Paloma"],
          sig="paloma", footer=True, style="plain")

m22 = msg(NOEMI, [MARISOL, TOBIAS], [GIDEON], "Thursday, May 9, 2024 10:45 AM",
          "[EXTERNAL] Identity Guard onboarding - kickoff next week",
          ["Marisol, Tobias,",
           "With the renewal in place, we can start onboarding the Halyard Identity Guard module. This is the Standard "
           "Onboarding package included in your contract (Section 4.2): four guided configuration sessions and a "
           "30-day health check, at no additional cost.",
           "Gideon, copying you so procurement knows this is covered under the existing agreement.",
           "First session: Tuesday, May 14 at 9:00 AM.",
           "Thanks,"],
          sig="noemi", footer=True, style="table")

# page breaks: the clerk put some messages on a new page and ran others straight on
NO_BREAK = {m2, m4, m9, m11, m13, m16, m6, m18, m21}


def add_header_block(doc, m, style):
    rows = [("From:", m["sender"]), ("Sent:", m["sent"]), ("To:", "; ".join(m["to"]))]
    if m["cc"]:
        rows.append(("Cc:", "; ".join(m["cc"])))
    rows.append(("Subject:", m["subject"]))
    if style == "table":
        t = doc.add_table(rows=len(rows), cols=2)
        for i, (k, v) in enumerate(rows):
            t.cell(i, 0).text = k
            t.cell(i, 0).paragraphs[0].runs[0].bold = True
            t.cell(i, 1).text = v
    else:
        for k, v in rows:
            p = doc.add_paragraph()
            r = p.add_run(k)
            r.bold = style == "bold"
            p.add_run(" " + v)
            p.paragraph_format.space_after = Pt(0)


def add_quoted(doc, q):
    doc.add_paragraph("")
    doc.add_paragraph("-----Original Message-----")
    for k, v in (("From:", q["sender"]), ("Sent:", q["sent"]), ("To:", "; ".join(q["to"])),
                 ("Cc:", "; ".join(q["cc"])), ("Subject:", q["subject"])):
        if k == "Cc:" and not v:
            continue
        p = doc.add_paragraph()
        p.add_run(k).bold = True
        p.add_run(" " + v)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("")
    for line in q["body"]:
        doc.add_paragraph(line)
    if q["sig"]:
        doc.add_paragraph("\n".join(SIG[q["sig"]]))


def build():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_paragraph("CITY OF COPPERLINE - OFFICE OF THE CITY CLERK").runs[0].bold = True
    doc.add_paragraph("Public Records Request PRR-2024-0611 - Department of Information Technology - Responsive Records")
    doc.add_paragraph("Records compiled by the Records Division. Email headers are reproduced as printed by the "
                      "City's mail system.")
    n = len(M)
    for i, m in enumerate(M):
        if i and i not in NO_BREAK:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif i:
            doc.add_paragraph("")
        doc.add_paragraph(f"Responsive record {i + 1} of {n}")
        add_header_block(doc, m, m["style"])
        doc.add_paragraph("")
        for line in m["body"]:
            doc.add_paragraph(line)
        if m["sig"]:
            doc.add_paragraph("\n".join(SIG[m["sig"]]))
        if m["quoted"] is not None:
            add_quoted(doc, M[m["quoted"]])
        if m["footer"]:
            doc.add_paragraph(HALYARD_FOOTER).runs[0].italic = True
    # python-docx stamps the core properties with the current time; pin them for a byte-stable file
    import datetime
    cp = doc.core_properties
    cp.created = cp.modified = datetime.datetime(2024, 6, 3, 9, 0, 0)
    cp.author = cp.last_modified_by = "Records Division"
    cp.revision = 1
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT, len(M), "messages")
