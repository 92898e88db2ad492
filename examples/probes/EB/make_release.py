"""Write the EB release: a vendor's production under a state legislative subpoena.

Ridgeback Signal Systems, Inc. (an invented maker of emergency-radio towers and dispatch
software) produced its staff's mail about the Cordillera Emergency Management Agency as one
PDF of printed Outlook messages, one message a page, Bates-stamped by its counsel.
Everything here is invented. Deterministic: run it to rewrite release.pdf.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))

P = {
    "welk": "Dorian Welk <dwelk@ridgebacksignal.com>",
    "tollefsen": "Marcy Tollefsen <mtollefsen@ridgebacksignal.com>",
    "prusik": "Gideon Prusik <gprusik@ridgebacksignal.com>",
    "brennick": "Shayla Brennick <sbrennick@ridgebacksignal.com>",
    "castellow": "Juniper Castellow <jcastellow@ridgebacksignal.com>",
    "lindqvist": "Pat Lindqvist <plindqvist@ridgebacksignal.com>",
    "oduya": "Kim Oduya <kim.oduya@cema.cordillera.gov>",
    "fenwright": "Russell Fenwright <russell.fenwright@cema.cordillera.gov>",
    "streck": "Aldo Streck <aldo.streck@cema.cordillera.gov>",
    "quill": "Bernadette Quill <bernadette.quill@cema.cordillera.gov>",
    "eskelsen": "Naomi Eskelsen <naomi.eskelsen@cema.cordillera.gov>",
    "paik": "Wendell Paik <wpaik@taluscounty.gov>",
}

SIG = {
    "welk": "Dorian Welk\nChief Executive Officer\nRidgeback Signal Systems, Inc.\n4410 Quarry Bend Road, Ardmoor, CO 80977",
    "tollefsen": "Marcy Tollefsen\nRegional Sales Director, Mountain Region\nRidgeback Signal Systems, Inc.\n(719) 555-0142",
    "prusik": "Gideon Prusik\nAccount Manager, Public Safety\nRidgeback Signal Systems, Inc.",
    "brennick": "Shayla Brennick | Account Manager\nRidgeback Signal Systems, Inc.",
    "castellow": "Juniper Castellow\nMarketing Coordinator | Ridgeback Signal Systems, Inc.",
    "lindqvist": "Pat Lindqvist\nAccounts Payable\nRidgeback Signal Systems, Inc.",
    "oduya": "Kim Oduya\nDirector\nCordillera Emergency Management Agency",
    "fenwright": "Russell Fenwright\nDeputy Director\nCordillera Emergency Management Agency",
    "streck": "Aldo Streck\nRegion 3 Coordinator\nCordillera Emergency Management Agency",
    "quill": "Bernadette Quill\nChief, Statewide Communications Bureau\nCordillera Emergency Management Agency",
    "eskelsen": "Naomi Eskelsen\nProcurement Officer, Office of Finance and Procurement\nCordillera Emergency Management Agency",
    "paik": "Wendell Paik\nDirector, Talus County Office of Emergency Management\n(970) 555-0188",
}

# (mailbox owner, from, to, cc, sent, subject, attachments, body)
MSGS = [
    ("tollefsen", "tollefsen", ["prusik", "brennick"], ["welk"], "Wednesday, September 6, 2023 9:12 AM",
     "CEMA fall plan", "",
     "Team,\n\nQuick plan for the fall. CEMA has the tower replacement money now and Naomi Eskelsen in "
     "procurement expects to issue the Talon 120 order in October. Gideon, you keep the deputy director "
     "and Region 3 warm. Shayla, you have the director. I will handle the comms chief before the Interop "
     "Summit.\n\nThe DispatchPoint statewide rollout is the bigger prize next year, so let's keep the "
     "relationships strong.\n\nMarcy"),
    ("welk", "welk", ["castellow"], ["tollefsen"], "Monday, September 11, 2023 4:40 PM",
     "Pine Hollow Saturday", "",
     "Juniper,\n\nI comped the director's foursome at Pine Hollow on Saturday, put it under marketing. "
     "Green fees, carts and lunch came to $780 on my card. Kim brought her husband and two friends from "
     "her church league and had a great time.\n\nPlease get the invoice to Pat so it is coded right."),
    ("castellow", "castellow", ["lindqvist"], [], "Thursday, September 14, 2023 10:05 AM",
     "Coding - Pine Hollow invoice", "PineHollow_INV_30917.pdf",
     "Hi Pat,\n\nAttached is the Pine Hollow invoice ($780.00) from Dorian's outing on 9/9 with Director "
     "Oduya's group. Please code it to Marketing - Customer Events rather than his T&E.\n\nThanks!"),
    ("prusik", "prusik", ["tollefsen"], [], "Monday, September 18, 2023 8:47 AM",
     "Russ's birthday", "",
     "Marcy,\n\nFYI we sent the deputy a Summitrun S4 watch for his birthday ($349). It shipped to his "
     "house Friday so it should land before the weekend. I put it on the account-development budget.\n\nGideon"),
    ("prusik", "fenwright", ["prusik"], [], "Thursday, September 21, 2023 7:02 PM",
     "Thank you", "",
     "Gideon,\n\nThe watch showed up today. That was really thoughtful of you folks, thank you. I have "
     "already logged two runs on it.\n\nRuss"),
    ("brennick", "brennick", ["lindqvist"], ["tollefsen"], "Monday, September 25, 2023 11:30 AM",
     "Reimbursement - 9/21 dinner", "EmberOak_receipt_0921.jpg",
     "Pat, please reimburse me for Kim Oduya's dinner at Ember & Oak on 9/21, receipt attached. Her "
     "share came to $142.60 with tip. My own meal is on my regular expense report.\n\nThanks,\nShayla"),
    ("brennick", "brennick", ["lindqvist"], [], "Wednesday, September 27, 2023 3:18 PM",
     "September expense report", "Brennick_Sept_expenses.xlsx",
     "Hi Pat,\n\nMy September report is attached: airfare to Ardmoor for the sales kickoff ($412.40), two "
     "nights at the Harborline Inn ($289.00) and mileage for the Region 3 site visits (318 miles). All of it "
     "is my own travel.\n\nShayla"),
    ("tollefsen", "tollefsen", ["castellow"], [], "Monday, October 2, 2023 9:55 AM",
     "Lakeview for Bernadette", "",
     "Juniper, book the comms chief on our tab at the Lakeview for the two nights of the Interop Summit "
     "(Oct 17 and 18). Their summit rate is $229 a night. Put it on the corporate card, not on her.\n\nM"),
    ("castellow", "castellow", ["tollefsen"], [], "Tuesday, October 3, 2023 2:14 PM",
     "RE: Lakeview for Bernadette", "",
     "Done. Confirmation LKV-88213, Bernadette Quill, check-in Oct 17, two nights, $458 plus tax billed "
     "to the corporate Amex.\n\nJuniper"),
    ("tollefsen", "tollefsen", ["quill"], [], "Wednesday, October 4, 2023 8:20 AM",
     "Your room at the Lakeview", "",
     "Hi Bernadette,\n\nYou're all set at the Lakeview for the 17th and 18th. We've taken care of the room "
     "for both nights, so just check in when you get to town. Looking forward to the tower session.\n\nMarcy"),
    ("prusik", "streck", ["paik"], ["prusik"], "Thursday, October 5, 2023 1:41 PM",
     "Ridgeback partner pricing", "",
     "Wendell,\n\nWhen you ask Ridgeback for the DispatchPoint quote, use their partner code RSP-CORD-R3. "
     "Gideon Prusik tells me it takes 15% off the first year for agencies in our region. I've been happy "
     "with them.\n\nAldo"),
    ("prusik", "paik", ["prusik"], [], "Tuesday, October 10, 2023 10:22 AM",
     "DispatchPoint quote request - Talus County", "",
     "Mr. Prusik,\n\nAldo Streck at CEMA passed along your partner code RSP-CORD-R3. Please apply it to a "
     "quote for 12 DispatchPoint seats for our county dispatch center.\n\nRegards,"),
    ("castellow", "castellow", ["oduya"], ["welk"], "Thursday, October 12, 2023 4:05 PM",
     "Draft press release - quote for your approval", "Ridgeback_DispatchPoint_release_DRAFT.docx",
     "Director Oduya,\n\nAhead of the summit we'd like to announce the Region 3 rollout. Below is the quote "
     "we drafted for you; please let me know if it can run as written.\n\n"
     "\"DispatchPoint has cut our call-to-dispatch times across Region 3,\" said Kim Oduya, Director of the "
     "Cordillera Emergency Management Agency. \"Ridgeback has been a true partner to our counties.\"\n\n"
     "Thank you,"),
    ("castellow", "oduya", ["castellow"], ["welk"], "Friday, October 13, 2023 8:31 AM",
     "RE: Draft press release - quote for your approval", "",
     "Juniper,\n\nApproved as written. Go ahead and send it out Monday.\n\nKim"),
    ("tollefsen", "eskelsen", ["tollefsen"], [], "Monday, October 16, 2023 11:02 AM",
     "Talon 120 towers - PO 24-0719", "PO_24-0719.pdf",
     "Ms. Tollefsen,\n\nAttached is purchase order 24-0719 for four Talon 120 self-supporting towers at "
     "$186,500 each, $746,000 in total, net 30 on delivery and acceptance.\n\nPlease confirm the delivery "
     "schedule."),
    ("tollefsen", "tollefsen", ["welk"], [], "Thursday, October 19, 2023 9:48 PM",
     "Summit recap", "",
     "Dorian,\n\nGood summit. Naomi came to the vendor dinner but insisted on paying her own way; she put "
     "her $64 on her own card, procurement rules. Afterwards Gideon, Shayla and I had a late dinner on our "
     "own at the Copper Kettle ($211), which I'll expense as team meals.\n\nMarcy"),
    ("prusik", "prusik", ["tollefsen"], ["welk"], "Tuesday, October 24, 2023 10:10 AM",
     "Aldo's retirement", "",
     "Aldo retires from CEMA at the end of the year. I was thinking we send him a Summitrun S4 like Russ's "
     "for the party. OK to order?\n\nGideon"),
    ("prusik", "welk", ["prusik"], ["tollefsen"], "Wednesday, October 25, 2023 7:36 AM",
     "RE: Aldo's retirement", "",
     "Legal says no, don't send it. Cancel the order if you placed one.\n\nD"),
    ("welk", "welk", ["streck"], [], "Wednesday, November 8, 2023 5:15 PM",
     "Caribou opener", "",
     "Aldo,\n\nThanks for sending Talus County our way. Two tickets to the Cordillera Caribou home opener "
     "are waiting for you at will-call under your name, our seats in section 112 ($95 apiece). Enjoy the "
     "game.\n\nDorian"),
]

OWNER = {k: v.split(" <")[0] for k, v in P.items()}


def latin(s):
    return s.encode("latin-1", "replace").decode("latin-1")


def build(path):
    pdf = FPDF(format="letter")
    import datetime as _dt
    pdf.set_creation_date(_dt.datetime(2024, 3, 4, 9, 0, tzinfo=_dt.timezone.utc))
    pdf.set_auto_page_break(False)
    for i, (owner, frm, to, cc, sent, subj, att, body) in enumerate(MSGS):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.set_xy(15, 14)
        pdf.cell(0, 6, latin(OWNER[owner]))
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.6)
        pdf.line(15, 22, 200, 22)
        y = 26
        rows = [("From:", P[frm]), ("Sent:", sent), ("To:", "; ".join(P[t] for t in to))]
        if cc:
            rows.append(("Cc:", "; ".join(P[c] for c in cc)))
        rows.append(("Subject:", subj))
        if att:
            rows.append(("Attachments:", att))
        for label, val in rows:
            pdf.set_xy(15, y)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(28, 5, label)
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(43, y)
            pdf.multi_cell(157, 5, latin(val))
            y = pdf.get_y() + 0.5
        y += 6
        pdf.set_xy(15, y)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(180, 5.2, latin(body + "\n\n" + SIG[frm]))
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(15, 262)
        pdf.cell(120, 4, "CONFIDENTIAL - PRODUCED PURSUANT TO LEGISLATIVE SUBPOENA NO. 2024-LS-07")
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_xy(150, 262)
        pdf.cell(50, 4, f"RSS-LEG-{101 + i:06d}", align="R")
    pdf.output(path)


if __name__ == "__main__":
    build(os.path.join(HERE, "release.pdf"))
