"""Probe EF: a records office printed only the LAST message of each thread (Outlook print style);
earlier messages survive as quoted history under (or, once, above) it. Everything here is invented.

Writes release.pdf (one printed message per page) and gold.json's message list is checked against it.
Run: .venv/bin/python examples/probes/EF/make_release.py
"""
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))

DEPT = "Tallowmere State University Police Department"
CHIEF = "Arkwright, Delphine <darkwright@police.tallowmere.edu>"
DEPUTY = "Lindqvist, Royce <rlindqvist@police.tallowmere.edu>"
LT = "Trevelyan, Amos <atrevelyan@police.tallowmere.edu>"
SGT = "Castellano, Noreen <ncastellano@police.tallowmere.edu>"
OFC = "Whitcombe, Jalen <jwhitcombe@police.tallowmere.edu>"
BIZ = "Fairweather, Ingrid <ifairweather@police.tallowmere.edu>"
COLBY = "Colby Marchetti <cmarchetti@beaconridgesafety.com>"
TAMSIN = "Tamsin Ueda <tueda@beaconridgesafety.com>"
FELIX = "Felix Odunsi <fodunsi@beaconridgesafety.com>"
PARAKH = "Wendell Parakh <wparakh@police.corlissvalley.edu>"

SIG_COLBY = ["Colby Marchetti", "Account Executive, Higher Education", "Beaconridge Safety Systems",
             "cmarchetti@beaconridgesafety.com | 612-555-0143"]
SIG_TAMSIN = ["Tamsin Ueda", "Regional Sales Director - Upper Midwest", "Beaconridge Safety Systems",
              "tueda@beaconridgesafety.com"]
SIG_FELIX = ["Felix Odunsi", "Events & Webinar Coordinator, Beaconridge Safety Systems"]
SIG_SGT = ["Sgt. Noreen Castellano", "Crime Prevention Unit", DEPT, "ncastellano@police.tallowmere.edu | 507-555-0188"]
SIG_CHIEF = ["Delphine Arkwright", "Chief of Police", DEPT]
SIG_DEPUTY = ["Royce Lindqvist", "Deputy Chief of Police", DEPT]
SIG_LT = ["Lt. Amos Trevelyan", "Special Events", DEPT]
SIG_OFC = ["Officer Jalen Whitcombe", "Community Officer, Crime Prevention Unit", DEPT]
SIG_BIZ = ["Ingrid Fairweather", "Business Manager", DEPT]


def hdr(frm, sent, to, subject, cc=None):
    lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return lines


def quoted(frm, sent, to, subject, body, cc=None):
    return ["", "_" * 60, ""] + hdr(frm, sent, to, subject, cc) + [""] + body


PAGES = []

# Thread 1: sideline passes (top-posted, three messages)
PAGES.append(
    hdr(COLBY, "Thursday, September 12, 2024 8:30 AM", LT, "RE: Sideline passes - Sept 22", cc=TAMSIN)
    + ["", "Amos,", "",
       "All set. The two passes are at the Kessler Field will-call window under your name; bring ID. Gates",
       "open at 10:30. Have a great time with your son.", ""] + SIG_COLBY
    + quoted(LT, "Tuesday, September 10, 2024 2:02 PM", COLBY, "RE: Sideline passes - Sept 22",
             ["Colby,", "", "Count me in - thank you! My son is going to lose his mind. Two is perfect.", ""] + SIG_LT)
    + quoted(COLBY, "Tuesday, September 10, 2024 9:14 AM", LT, "Sideline passes - Sept 22",
             ["Hi Amos,", "",
              "Our regional office ended up with two sideline passes for the pro game at Kessler Field on Sunday,",
              "September 22. Nobody on our side can use them, so they're yours if you want them - no charge to",
              "you. Face value is $180 apiece. Just let me know and I'll put them at will-call.", "",
              "Colby"])
)

# Thread 2: safety fair lunch (BOTTOM-posted: quoted history first, the reply last)
PAGES.append(
    hdr(SGT, "Tuesday, September 17, 2024 8:12 AM", TAMSIN, "RE: Fall Safety Fair - Oct 3 vendor table",
        cc=OFC)
    + ["", "On Mon, Sep 16, 2024 at 3:40 PM Tamsin Ueda <tueda@beaconridgesafety.com> wrote:",
       "> Hi Sergeant Castellano,",
       ">",
       "> We'd be glad to have a table - count us in, and we'll bring a HaloPost BP-40 for people to try.",
       "> And please let us take care of lunch for your volunteers that day: I've booked a caterer for 40",
       "> people (sandwich boxes, salads, drinks), $640 all in, billed to Beaconridge.",
       ">",
       "> Tamsin",
       ">",
       ">> On Mon, Sep 16, 2024 at 10:05 AM Noreen Castellano <ncastellano@police.tallowmere.edu> wrote:",
       ">> Tamsin,",
       ">> The Fall Safety Fair is Thursday, October 3, 11-2, on the Commons lawn. Would Beaconridge like a",
       ">> vendor table? Students love seeing the WayLantern app demoed.",
       ">> Noreen",
       "",
       "That is very generous - we accept, and thank you. The volunteers will be thrilled. Jalen will meet",
       "the caterer at the loading dock at 10:30.", ""] + SIG_SGT
)

# Thread 3: fleece jackets
PAGES.append(
    hdr(OFC, "Tuesday, October 1, 2024 9:03 AM", COLBY, "RE: Jackets for the crime prevention team", cc=SGT)
    + ["", "Colby,", "",
       "The box came yesterday - six jackets, and everyone's size was right. The team wore them to the",
       "residence hall walk-through last night and got a lot of comments. Thank you, seriously.", ""] + SIG_OFC
    + quoted(COLBY, "Tuesday, September 24, 2024 4:45 PM", OFC, "Jackets for the crime prevention team",
             ["Jalen,", "",
              "Good talking with you at the fair. As promised, I'm sending six of our embroidered WayLantern",
              "fleece jackets for you and the crime prevention team (they run about $55 each). Our treat - keep",
              "them. Sizes per your list: 2 M, 3 L, 1 XL.", ""] + SIG_COLBY)
)

# Thread 4: conference registration; also a public early-bird code
PAGES.append(
    hdr(CHIEF, "Thursday, October 3, 2024 7:50 AM", TAMSIN, "RE: MCSA Fall Conference - registration",
        cc=DEPUTY)
    + ["", "Tamsin,", "",
       "Thank you - I accept, and I'll see you in Duluth. Royce is going too; he will register himself",
       "with the early-bird code MCSA-EARLY50 that the association posted for all members, and the",
       "department will pay his.", ""] + SIG_CHIEF
    + quoted(TAMSIN, "Wednesday, October 2, 2024 1:15 PM", CHIEF, "MCSA Fall Conference - registration",
             ["Chief Arkwright,", "",
              "Beaconridge would like to cover your registration for the Midlands Campus Safety Association",
              "Fall Conference (November 6-8, Duluth). The full registration is $495 and we will pay it",
              "directly to the association; you'd only need to confirm your badge name.", ""] + SIG_TAMSIN)
)

# Thread 5: referral code, forwarded chain
PAGES.append(
    hdr(SGT, "Tuesday, October 22, 2024 3:05 PM", DEPUTY, "FW: Your referral - Corliss Valley")
    + ["", "Royce - FYI, for the file. No money came to us; Corliss Valley got the first-year discount.", "",
       "Noreen", "",
       "-----Original Message-----",
       f"From: {COLBY}",
       "Sent: Tuesday, October 22, 2024 2:10 PM",
       f"To: {SGT}",
       "Subject: Your referral - Corliss Valley",
       "",
       "Noreen,",
       "",
       "Just wanted you to know Corliss Valley College signed their WayLantern agreement this week, and",
       "they came in on your referral code LANTERN-NC415. Thanks for sending them our way!",
       "",
       "Colby",
       "",
       "-----Original Message-----",
       f"From: {PARAKH}",
       "Sent: Tuesday, October 15, 2024 10:48 AM",
       f"To: {COLBY}",
       f"Cc: {SGT}",
       "Subject: WayLantern quote for Corliss Valley",
       "",
       "Mr. Marchetti,",
       "",
       "Sgt. Castellano over at Tallowmere passed me her referral code, LANTERN-NC415, and said it takes",
       "10% off the first year. Please apply it to our quote for 2,400 users.",
       "",
       "Sgt. Wendell Parakh",
       "Corliss Valley College Police Department"]
)

# Thread 6: the chief's quote in a vendor webinar
PAGES.append(
    hdr(FELIX, "Wednesday, October 30, 2024 8:40 AM", CHIEF, "RE: Quote for the Oct 29 webinar", cc=TAMSIN)
    + ["", "Chief Arkwright,", "",
       "Your quote opened yesterday's webinar, \"Closing the Gap: Campus Emergency Response,\" and 312 people",
       "attended live. The recording is on our site now. Thanks again for letting us use it.", ""] + SIG_FELIX
    + quoted(CHIEF, "Monday, October 14, 2024 11:22 AM", FELIX, "RE: Quote for the Oct 29 webinar",
             ["Felix,", "", "Approved as written. You may use my name and title with it.", "", "D. Arkwright"])
    + quoted(FELIX, "Monday, October 14, 2024 9:00 AM", CHIEF, "Quote for the Oct 29 webinar",
             ["Chief Arkwright,", "",
              "For our October 29 webinar we'd like to open with this line from your call with Tamsin:", "",
              "  \"Since we rolled out WayLantern, our response time to blue-light calls has dropped by half.",
              "  I'd tell any campus chief to put it at the top of their list.\"",
              "  - Chief Delphine Arkwright, Tallowmere State University Police Department", "",
              "May we use it?", ""] + SIG_FELIX)
)

# Thread 7: the paid app licence, an ordinary thanks
PAGES.append(
    hdr(BIZ, "Monday, September 9, 2024 3:26 PM", COLBY, "RE: Invoice INV-20731 - WayLantern annual licence")
    + ["", "Colby,", "",
       "Payment of $18,400.00 went out by ACH this afternoon against PO 4410-22. Thanks for the quick",
       "turnaround on the corrected invoice.", ""] + SIG_BIZ
    + quoted(COLBY, "Thursday, September 5, 2024 10:02 AM", BIZ,
             "Invoice INV-20731 - WayLantern annual licence",
             ["Ingrid,", "",
              "Attached is the corrected invoice INV-20731 for the WayLantern campus licence, September 2024 -",
              "August 2025: 18,000 users, $18,400.00, net 30. It now shows your PO number 4410-22.", ""]
             + SIG_COLBY)
)

# Thread 8: demo blue-light phone, returned
PAGES.append(
    hdr(DEPUTY, "Tuesday, November 12, 2024 4:18 PM", TAMSIN, "RE: HaloPost BP-40 demo unit")
    + ["", "Tamsin,", "",
       "We crated the demo HaloPost BP-40 and it went back to you by freight today (pro number 88-310472).",
       "We're not going to purchase this budget year, but the evaluation was useful.", ""] + SIG_DEPUTY
    + quoted(TAMSIN, "Thursday, October 17, 2024 9:31 AM", DEPUTY, "HaloPost BP-40 demo unit",
             ["Deputy Chief Lindqvist,", "",
              "The HaloPost BP-40 demo unit will arrive Monday. It's yours to evaluate for 30 days at no cost;",
              "it remains Beaconridge property, so please ship it back with the prepaid freight label.", ""]
             + SIG_TAMSIN)
)

# Thread 9: a gift declined by the business manager
PAGES.append(
    hdr(BIZ, "Monday, November 18, 2024 11:05 AM", COLBY, "RE: A small thank-you")
    + ["", "Colby,", "",
       "That's kind of you, but I have to decline. University policy doesn't let me accept gifts from",
       "vendors, so please don't send the card. Happy to keep working together.", ""] + SIG_BIZ
    + quoted(COLBY, "Monday, November 18, 2024 8:47 AM", BIZ, "A small thank-you",
             ["Ingrid,", "",
              "You untangled our PO mess in record time this fall. I'd like to send you a $150 restaurant",
              "gift card as a thank-you - what's the best mailing address?", "", "Colby"])
)


class Printout(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"TSUPD Public Records Request 24-118 - Page {self.page_no()}", align="C")


def main():
    pdf = Printout(format="letter")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    for i, lines in enumerate(PAGES, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 7, "Ingrid Fairweather" if "ifairweather" in lines[0] else "TSUPD Records - Public Release",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 0, 0)
        pdf.line(18, pdf.get_y() + 1, 198, pdf.get_y() + 1)
        pdf.ln(4)
        for ln in lines:
            bold = ln.split(":", 1)[0] in ("From", "Sent", "To", "Cc", "Subject") and lines.index(ln) < 6
            pdf.set_font("Helvetica", "B" if bold else "", 10)
            pdf.multi_cell(0, 5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(HERE, "release.pdf"))


if __name__ == "__main__":
    main()
