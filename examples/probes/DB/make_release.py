#!/usr/bin/env python3
"""Write probe DB's release: one PDF, a UK council's Freedom of Information disclosure of printed emails.

Everything here is invented (names, council, contractor, addresses, codes, products); any resemblance to
real ones is chance. Deterministic: the PDF carries a fixed creation date and no random ids.
Run: python make_release.py  (writes foi_disclosure_FOI-2024-0417.pdf beside this script)
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = HERE / "foi_disclosure_FOI-2024-0417.pdf"
R40 = "[Redacted - Section 40(2)]"

GAR = "Gareth Pilling <gareth.pilling@brackenmoor.gov.uk>"
GAR_LF = "Pilling, Gareth <gareth.pilling@brackenmoor.gov.uk>"
ANI = "Anita Sowerby <anita.sowerby@brackenmoor.gov.uk>"
DEC = "Declan Hume <declan.hume@brackenmoor.gov.uk>"
RIZ = "Rizwan Qadir <rizwan.qadir@brackenmoor.gov.uk>"
RIZ_LF = "Qadir, Rizwan <rizwan.qadir@brackenmoor.gov.uk>"
KIR_RED = f"Kirsty {R40} <{R40}>"
KIR = "Kirsty Mellor <kirsty.mellor@brackenmoor.gov.uk>"
MAU_RED = f"Cllr Maureen Thackray <{R40}>"
MAU = "Cllr Maureen Thackray <cllr.maureen.thackray@brackenmoor.gov.uk>"
CRA = "Craig Ellerby <craig.ellerby@dunmorebm.co.uk>"
SHO = "Shona Pettifer <shona.pettifer@dunmorebm.co.uk>"
LEE = "Lee Brannigan <lee.brannigan@dunmorebm.co.uk>"
TRA = "Tracey Holt <tracey.holt@dunmorebm.co.uk>"
SIM = "Simon Fairclough <simon.fairclough@calderbrook.gov.uk>"

SIG_CRAIG = ["Craig Ellerby", "Managing Director", "Dunmore Building Maintenance Ltd", f"Mob: {R40}"]
SIG_SHONA = ["Shona Pettifer", "Business Development Manager", "Dunmore Building Maintenance Ltd", f"Mob: {R40}"]
SIG_LEE = ["Lee Brannigan", "Site Manager", "Dunmore Building Maintenance Ltd"]
SIG_TRACEY = ["Tracey Holt", "Accounts Clerk", "Dunmore Building Maintenance Ltd", f"Tel: {R40}"]
SIG_GARETH = ["Gareth Pilling", "Head of Housing Repairs", "Brackenmoor Metropolitan Borough Council", f"Tel: {R40}"]
SIG_ANITA = ["Anita Sowerby", "Contracts Manager (Housing)", "Brackenmoor Metropolitan Borough Council"]
SIG_DECLAN = ["Declan Hume", "Area Housing Officer (North)", "Brackenmoor Metropolitan Borough Council", f"Tel: {R40}"]
SIG_RIZWAN = ["Rizwan Qadir", "Procurement Officer", "Brackenmoor Metropolitan Borough Council"]
SIG_MAUREEN = ["Cllr Maureen Thackray", "Chair, Housing Committee", "Brackenmoor Metropolitan Borough Council"]

# (from, sent as printed, to, cc, subject, body paragraphs, signature lines)
MESSAGES = [
    (CRA, "Tuesday, 12 September 2023 10:22", [DEC, RIZ], [SHO],
     "Dunmore Golf Day - Hollinbank, Friday 29 September",
     ["Morning both,",
      "We're holding our annual golf day at Hollinbank on Friday 29 September - 18 holes, bacon butties on "
      "arrival and a carvery in the clubhouse afterwards. We'd be chuffed if you could both join us. Places are "
      "usually £95 a head, but for our council partners it's our treat.",
      "Let Shona know by the end of the week if you can make it.",
      "Cheers,", "Craig"], SIG_CRAIG),
    (RIZ_LF, "12 September 2023 14:05", [CRA], [ANI],
     "RE: Dunmore Golf Day - Hollinbank, Friday 29 September",
     ["Hi Craig,",
      "Thanks for the invitation, I'd like to come along. Under the council's gifts and hospitality policy I "
      "can't accept a place free of charge, so please send me an invoice for the £95 and I'll pay it personally. "
      "I've entered it on the hospitality register and copied in Anita as my line manager.",
      "Kind regards,", "Rizwan"], SIG_RIZWAN),
    (DEC, "13 September 2023 08:47", [CRA], [SHO],
     "RE: Dunmore Golf Day - Hollinbank, Friday 29 September",
     ["Cheers Craig, count me in - very generous of you. I'll bring my own clubs but I can't promise I'll be "
      "any good with them!",
      "Declan"], SIG_DECLAN),
    (LEE, "02 October 2023 15:10", [DEC], [SHO],
     "Quote - 14 Sefton Row, damp works",
     ["Hi Declan,",
      "Please find attached our quote for the damp-proof course and replastering to the rear bedroom at "
      "14 Sefton Row: £3,860 +VAT at the framework schedule of rates. Same as for any customer, there's no "
      "charge for the quote or for the survey visit to price it.",
      "We can start w/c 16 October if you raise the order this week.",
      "Regards,", "Lee"], SIG_LEE),
    (DEC, "17 October 2023 09:35", [LEE], [],
     "Flat 3 Wharf Court - thanks",
     ["Lee,",
      "Just a quick one to say thanks - the tenant at Flat 3 Wharf Court rang me this morning and she's over "
      "the moon with the work on the mould in her kitchen. Please pass my thanks on to the lads.",
      "Cheers,", "Declan"], []),
    (SHO, "24 October 2023 11:30", [ANI], [],
     "A little thank you",
     ["Hi Anita,",
      "As a thank you for all your help getting the new schedule of rates sorted this year, we'd like to send "
      "Lee round to do your boiler service at home - a full HomeGuard Boiler Service from our Dunmore Homecare "
      "team, on the house. It's normally £89 +VAT so it's not a huge thing, but we'd like to do it.",
      "Just let me know a Saturday that suits.",
      "Best wishes,", "Shona"], SIG_SHONA),
    (ANI, "25 October 2023 09:02", [SHO], [],
     "RE: A little thank you",
     ["Shona, that's really kind of you - thank you. Saturday 4 November would be perfect; the address is "
      f"{R40}. I'll have the kettle on for Lee.",
      "Anita"], SIG_ANITA),
    (SHO, "08/11/2023 16:05", [GAR_LF], [],
     "Rovers v Ashcombe - corporate box",
     ["Hi Gareth,",
      "We've got our corporate box at the Rovers for the Ashcombe game on Saturday 9 December and there are two "
      "seats with your name on them - food, drinks and a few bevvies included, all on the house. They go for "
      "£175 a head, so it's a cracking day out.",
      "Let me know and I'll send the car park passes over.",
      "Shona"], []),
    (GAR, "08/11/2023 17:20", [SHO], [],
     "RE: Rovers v Ashcombe - corporate box",
     ["Cheers Shona, brilliant - I'll take both and bring our Dave along. Looking forward to it.",
      "Gareth"], SIG_GARETH),
    (SHO, "20/11/2023 10:12", [DEC], [],
     "Friends and family discount",
     ["Hi Declan,",
      "Hope the golf swing has recovered! Quick one - we've launched a friends and family discount at Dunmore "
      "Homecare, our private home-improvement arm. Code DHFAM20 gets 20% off any kitchen, bathroom, window or "
      "damp job booked before 31 March. Feel free to share it with colleagues, friends, whoever.",
      "Shona"], []),
    (DEC, "21/11/2023 08:58", [ANI, KIR_RED], [],
     "Dunmore Homecare discount",
     ["Morning both,",
      "Passing this on in case you're having any work done at home - Dunmore Homecare's friends and family code "
      "DHFAM20 gets you 20% off. I'm using it for our bathroom in the new year.",
      "Declan"], []),
    (CRA, "27 November 2023 13:45", [MAU_RED], [],
     "Damp survey - your house",
     ["Dear Maureen,",
      "It was good to see you at the tenants' forum last week. You mentioned the damp patch in your back "
      "bedroom - I'd be happy to send one of our surveyors round to do a full DryCheck Damp Survey, "
      "complimentary of course. It's normally £245, but please don't give that a second thought.",
      "Kind regards,", "Craig"], SIG_CRAIG),
    (MAU_RED, "28 November 2023 19:03", [CRA], [],
     "RE: Damp survey - your house",
     ["Craig,",
      "Thank you, that's very kind and would be a great help. Tuesday morning would suit best.",
      "Maureen"], SIG_MAUREEN),
    (TRA, "Tuesday, 12 December 2023 10:40", [GAR, KIR], [CRA],
     "Christmas hampers",
     ["Hi Gareth and Kirsty,",
      "Craig has asked me to send you each one of our Christmas hampers as a thank you for this year - they're "
      "worth about £80 each and should be with you at the Civic Centre on Thursday.",
      "Merry Christmas from all at Dunmore!",
      "Tracey"], SIG_TRACEY),
    (GAR_LF, "14 December 2023 15:22", [TRA], [CRA, RIZ],
     "RE: Christmas hampers",
     ["Hi Tracey,",
      "Thank you, and please thank Craig, but under the council's gifts and hospitality policy I can't accept "
      "gifts from a contractor, particularly while the repairs framework is out to tender. I've handed the "
      "hamper back to your courier this afternoon and recorded it on the register as declined.",
      "Merry Christmas,", "Gareth"], SIG_GARETH),
    (KIR_RED, "15 December 2023 09:10", [TRA], [CRA],
     "RE: Christmas hampers",
     ["Hi Tracey,",
      "The hamper arrived yesterday - brilliant, thank you so much! There were a few bevvies in there so the "
      "Eastfield office had a little toast to Dunmore. Please pass my thanks on to Craig.",
      "Kirsty"], [f"Kirsty {R40}", "Area Housing Officer (South)"]),
    (GAR, "09 January 2024 14:30", [SIM], [],
     "RE: Responsive repairs contractors - Dunmore?",
     ["Hi Simon,",
      "Happy new year. In answer to your question - yes, I'd thoroughly recommend Dunmore Building Maintenance. "
      "Their damp and mould work on our stock has been first class, they turn round voids quickly and Craig "
      "Ellerby's team are easy to deal with. I'd have no hesitation in putting them on Calderbrook Council's "
      "new framework.",
      "Give me a ring if you want more detail.",
      "Gareth"], SIG_GARETH),
    (ANI, "18 January 2024 11:15", [SHO], [],
     "Tender reference",
     ["Hi Shona,",
      "Further to our call, I'm happy for you to quote me in your tender submission for the renewed framework:",
      "\"Dunmore have been a responsive and reliable partner to Brackenmoor throughout the current framework, "
      "and their approach to damp and mould has made a real difference to our tenants.\" - Anita Sowerby, "
      "Contracts Manager, Brackenmoor MBC",
      "Good luck with it.",
      "Anita"], SIG_ANITA),
    (ANI, "01 February 2024 08:20", [CRA], [],
     "Thank you for last night",
     ["Craig,",
      "Thanks again for dinner at The Sorrel Tree last night - it was very generous of you to treat me, and "
      "useful to talk through how the new framework lots will work.",
      "Anita"], []),
    (TRA, "05 February 2024 12:02", [RIZ_LF], [],
     "Framework fee - remittance",
     ["Dear Rizwan,",
      "Please find attached our remittance advice for the framework access fee of £1,750 +VAT, paid by BACS "
      "today against your invoice BMBC-INV-20417.",
      "Kind regards,", "Tracey"], SIG_TRACEY),
    (MAU, "14 February 2024 17:45", [GAR], [ANI, RIZ],
     "Housing Committee - repairs framework report",
     ["Gareth,",
      "I've read the draft report for the 5 March Housing Committee. I'm content to put my name to the "
      "recommendation that Dunmore Building Maintenance be appointed to Lot 2 (damp, mould and disrepair). "
      "Their tendered price of [Section 43] is keen, and in my view they have been the best contractor we've had "
      "on damp - I'll be telling the committee as much.",
      f"Please add a line that Kirsty {R40} and Declan's teams were consulted.",
      "Maureen"], SIG_MAUREEN),
]

COVER = [
    ("b", "Brackenmoor Metropolitan Borough Council"),
    ("", "Information Governance Team, Civic Centre, Market Street, Brackenmoor BM1 4QX"),
    ("", "Email: foi@brackenmoor.gov.uk"),
    ("", ""),
    ("", "Our ref: FOI/2024/0417"),
    ("", "Date: 4 March 2024"),
    ("", ""),
    ("", "Dear Requester,"),
    ("", ""),
    ("b", "Freedom of Information Act 2000 - Request for information"),
    ("", ""),
    ("p", "Thank you for your request received on 2 February 2024, in which you asked for \"all correspondence "
          "between officers of the council's housing department and Dunmore Building Maintenance Ltd relating to "
          "gifts, hospitality or the renewal of the responsive repairs framework, from 1 September 2023 to "
          "29 February 2024\"."),
    ("", ""),
    ("p", "The council holds information within the scope of your request and it is enclosed below as printed "
          "emails. Some information has been withheld under the following exemptions:"),
    ("p", "- Section 40(2) (personal information): personal email addresses, telephone numbers, home addresses "
          "and the surname of a junior officer have been redacted and marked [Redacted - Section 40(2)]."),
    ("p", "- Section 43(2) (commercial interests): a tendered price has been redacted and marked [Section 43], "
          "as its release would be likely to prejudice the commercial interests of the tenderer and of the "
          "council while the framework is being awarded."),
    ("", ""),
    ("p", "If you are unhappy with this response you may ask for an internal review by writing to the address "
          "above within 40 working days of the date of this letter."),
    ("", ""),
    ("", "Yours faithfully,"),
    ("", ""),
    ("", "Joanne Ridley"),
    ("", "Information Governance Officer"),
]

W, H = A4
LM, RM, TOP, BOT = 56, 56, 60, 60
FONT, BOLD, SIZE, LEAD = "Helvetica", "Helvetica-Bold", 10, 13.5


def wrap(text, font, size, width):
    lines, cur = [], ""
    for word in text.split(" "):
        trial = (cur + " " + word) if cur else word
        if stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return lines


def pages():
    """Lay out every page as a list of (font, text, indent) lines."""
    out = []
    cover = []
    for style, text in COVER:
        font = BOLD if style == "b" else FONT
        for ln in wrap(text, font, SIZE, W - LM - RM) if text else [""]:
            cover.append((font, ln, 0))
    out.append(cover)
    for frm, sent, to, cc, subj, body, sig in MESSAGES:
        pg = [(BOLD, "From:", 0, frm), (BOLD, "Sent:", 0, sent), (BOLD, "To:", 0, "; ".join(to))]
        if cc:
            pg.append((BOLD, "Cc:", 0, "; ".join(cc)))
        pg.append((BOLD, "Subject:", 0, subj))
        lines = [("hdr",) + x for x in pg]
        lines.append((FONT, "", 0))
        for para in body:
            for ln in wrap(para, FONT, SIZE, W - LM - RM):
                lines.append((FONT, ln, 0))
            lines.append((FONT, "", 0))
        for s in sig:
            lines.append((FONT, s, 0))
        out.append(lines)
    return out


def main():
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle("FOI/2024/0417 - Disclosure")
    c.setAuthor("Brackenmoor Metropolitan Borough Council")
    all_pages = pages()
    n = len(all_pages)
    for i, pg in enumerate(all_pages, 1):
        c.setFont(FONT, 8)
        c.drawString(LM, H - 30, "Brackenmoor MBC - FOI/2024/0417 - Disclosure")
        c.drawRightString(W - RM, 30, f"Page {i} of {n}")
        y = H - TOP
        for ln in pg:
            if ln[0] == "hdr":
                _, font, label, _indent, value = ln
                c.setFont(BOLD, SIZE)
                c.drawString(LM, y, label)
                c.setFont(FONT, SIZE)
                vl = wrap(value, FONT, SIZE, W - LM - RM - 60)
                for k, v in enumerate(vl):
                    c.drawString(LM + 60, y, v)
                    if k < len(vl) - 1:
                        y -= LEAD
            else:
                font, text, _indent = ln
                c.setFont(font, SIZE)
                c.drawString(LM, y, text)
            y -= LEAD
        c.showPage()
    c.save()
    print(f"wrote {OUT.name}: {n} pages, {len(MESSAGES)} messages")


if __name__ == "__main__":
    main()
