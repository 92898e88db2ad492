"""Write probe CR: an invented Irish smart-meter / leak-logger maker and an invented US city utility,
printed as one PDF from Outlook on the web (conversations whole, newest first), plus gold.json.

Run with a Python that has reportlab:  /tmp/rl-venv/bin/python make_release.py
Everything here is invented.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.pdfgen import canvas as rl_canvas

HERE = Path(__file__).resolve().parent
TZ = ZoneInfo("America/New_York")

V = "lisnagree-hydro.ie"
C = "quillanfalls-oh.gov"
P = {  # id: (name, address)
    "niamh": ("Niamh Garvey", f"niamh.garvey@{V}"),
    "cathal": ("Cathal Brennock", f"cathal.brennock@{V}"),
    "fergal": ("Fergal Dunphy", f"fergal.dunphy@{V}"),
    "shauna": ("Shauna Keaveney", f"shauna.keaveney@{V}"),
    "orla": ("Orla Mulcahy", f"orla.mulcahy@{V}"),
    "raymond": ("Raymond Petrakis", f"rpetrakis@{C}"),
    "dana": ("Dana Whitcomb", f"dwhitcomb@{C}"),
    "luis": ("Luis Ortegon", f"lortegon@{C}"),
    "kelsey": ("Kelsey Aldridge", f"kaldridge@{C}"),
    "marvin": ("Marvin Tolliver", f"mtolliver@{C}"),
    "beatrice": ("Beatrice Okafor-Lind", f"bokaforlind@{C}"),
    "glen": ("Glen Harkavy", "gharkavy@tessmerwater.org"),
}

SIG = {
    "niamh": "Niamh Garvey\nKey Account Manager, North America\nLisnagree Hydrometrics Ltd\nUnit 4, Ardcarn Business Park, Kilbrogan, Co. Westmeath, N91 X2K7, Ireland\nM: +353 87 412 6630 | US: +1 (617) 555-0148",
    "cathal": "Cathal Brennock\nField Applications Engineer\nLisnagree Hydrometrics Ltd\nT: +353 90 648 2217",
    "fergal": "Fergal Dunphy\nManaging Director\nLisnagree Hydrometrics Ltd | Kilbrogan, Co. Westmeath\n+353 90 648 2200",
    "shauna": "Shauna Keaveney\nEvents & Travel Coordinator\nLisnagree Hydrometrics Ltd\n+353 90 648 2231",
    "orla": "Orla Mulcahy\nMarketing Manager\nLisnagree Hydrometrics Ltd\n+353 90 648 2240",
    "raymond": "Raymond Petrakis, P.E.\nDirector\nDepartment of Public Utilities\nCity of Quillan Falls\n(614) 555-0110",
    "dana": "Dana Whitcomb\nSuperintendent\nWater Distribution Division\nDepartment of Public Utilities | City of Quillan Falls\n(614) 555-0172",
    "luis": "Luis Ortegon\nSupervisor, Meter Shop\nWater Distribution Division, Dept. of Public Utilities\nCity of Quillan Falls\n(614) 555-0185",
    "kelsey": "Kelsey Aldridge\nGIS Analyst II\nGIS & Asset Management Section\nDepartment of Public Utilities, City of Quillan Falls\n(614) 555-0139",
    "marvin": "Marvin Tolliver, CPPB\nPurchasing Agent\nPurchasing Division, Department of Finance\nCity of Quillan Falls\n(614) 555-0127",
    "beatrice": "Beatrice Okafor-Lind\nCouncilmember, Ward 3\nQuillan Falls City Council\n(614) 555-0101",
    "glen": "Glen Harkavy\nOperations Manager\nTessmer County Water District\n(740) 555-0164",
}

# (conversation subject, [messages oldest first]); a message: (id, sent 'YYYY-MM-DD HH:MM', from, to, cc, body, quote_prev)
CONVS: list[tuple[str, list[tuple]]] = []


def conv(subject, *msgs):
    CONVS.append((subject, list(msgs)))


conv("Leak detection pilot - Echolyn loggers",
     ("m01", "2025-09-08 10:14", "niamh", ["dana"], ["raymond"],
      "Hi Dana,\n\nLovely to meet you at the expo last week, and thanks again for stopping by the stand. As promised, "
      "here's a bit more on the pilot we chatted about.\n\nThe idea is simple enough: we put acoustic loggers on the "
      "valves across one or two pressure zones, leave them listening overnight for six to eight weeks and flag "
      "anything that sounds like a leak. Cathal, our applications engineer, will send out a pallet of Echolyn L5 "
      "loggers (40 units) for the distribution crew - they're yours to keep for the trial and beyond, no invoice "
      "and nothing to send back. For what it's worth they list at $385 each.\n\nIf that suits, send me the ship-to "
      "and the name of whoever will take delivery and we'll get it sorted.\n\nAll the best,", False),
     ("m02", "2025-09-08 15:40", "dana", ["niamh"], ["raymond", "luis"],
      "Niamh,\n\nOK to proceed. Ship to the Kessler Rd yard, 1200 Kessler Rd, Quillan Falls OH 43219. Luis Ortegon "
      "will receive.\n\nThanks,", True),
     ("m03", "2025-09-11 09:02", "cathal", ["dana"], ["niamh", "luis"],
      "Hi Dana,\n\nThe pallet went out with the courier this morning - 40 x Echolyn L5 with magnets and the "
      "programming dongle. Tracking is 7Q 4471 0962 33.\n\nJust to be clear, these are for the crew to hang onto, "
      "trial and beyond. No need to return any of them.\n\nCheers,", False),
     ("m04", "2025-09-16 13:27", "luis", ["cathal"], ["dana"],
      "Cathal,\n\nPallet received at Kessler Rd. 40 units counted, no damage.\n\nThanks,", True),
     )

conv("Echolyn C2 correlator - loan",
     ("m05", "2025-09-18 11:05", "cathal", ["luis"], [],
      "Hi Luis,\n\nTo pinpoint whatever the loggers flag you'll want a correlator, so I'm sending you an Echolyn C2 "
      "on loan for four weeks. It's our demo unit, so I'll need it back by 17/10 at the latest - there's a prepaid "
      "return label in the lid of the case.\n\nGive me a shout if the lads need a run-through on it.\n\nCheers,", False),
     ("m06", "2025-10-16 14:48", "luis", ["cathal"], [],
      "Cathal,\n\nCorrelator boxed and shipped back today on your return label. Tracking 7Q 4471 1187 02. Thanks for "
      "the loan, it found 6 of the 9.\n\n", True),
     ("m07", "2025-10-21 08:30", "cathal", ["luis"], [],
      "Luis,\n\nGot it back safe and sound this morning, all sorted. Six out of nine is a grand result.\n\nCheers,", False),
     )

conv("Dinner Thursday - Midwest Water Expo",
     ("m08", "2025-10-06 16:20", "niamh", ["raymond"], ["dana"],
      "Hi Raymond,\n\nFergal and myself will be in Indianapolis for the expo this week. Would you and Dana join us for "
      "dinner on Thursday 9th at Harrow & Vine, say 7pm? It's our shout, so don't be reaching for the wallet.\n\n"
      "Would be great to hear how the first weeks of the trial have gone.\n\nBest,", False),
     ("m09", "2025-10-06 17:02", "raymond", ["niamh"], ["dana"],
      "Works for me. See you at 7.\n\n", True),
     ("m10", "2025-10-07 08:15", "dana", ["niamh"], [],
      "I'll be there.\n\n", False),
     ("m11", "2025-10-10 09:45", "raymond", ["niamh"], ["dana"],
      "Niamh,\n\nThank you for dinner last night. Good discussion on the AMI rollout; let's talk again after the "
      "trial report.\n\n", False),
     )

conv("Quote request - TallyFlow 40 meters",
     ("m12", "2025-10-14 10:10", "luis", ["niamh"], [],
      "Niamh,\n\nNeed a formal quote for 250 TallyFlow 40 meters, 5/8 x 3/4, with encoder registers and the cellular "
      "endpoint. Delivered to Kessler Rd.\n\nThanks,", False),
     ("m13", "2025-10-15 05:55", "niamh", ["luis"], ["marvin"],
      "Hi Luis,\n\nPlease find attached our quotation LH-Q-2291: 250 x TallyFlow 40 at EUR 188.00 each, EUR 47,000.00 "
      "in total (USD 54,500.00 at today's rate), delivered to Kessler Rd, lead time five to six weeks. The quote is "
      "valid for 60 days.\n\nMarvin, I've copied you in case you need it for the purchasing file.\n\nKind regards,", True),
     ("m14", "2025-10-27 11:30", "marvin", ["niamh"], ["luis"],
      "Ms. Garvey,\n\nPurchase Order 25-004417 has been issued against your quotation LH-Q-2291 in the amount of "
      "$54,500.00. Please reference the PO number on your invoice and submit to accountspayable@quillanfalls-oh.gov. "
      "Terms net 30.\n\n", False),
     ("m15", "2025-10-27 12:02", "niamh", ["marvin"], ["luis"],
      "Brilliant, thanks Marvin - the order's in the system and we're looking at delivery the week of 24/11. The invoice "
      "will follow with the PO number on it.\n\nKind regards,", True),
     )

conv("Pilot meters on the bench",
     ("m16", "2025-10-29 09:12", "niamh", ["luis"], ["dana"],
      "Hi Luis,\n\nQuick one - the 12 TallyFlow 40 pilot meters you've had on the bench since August: don't bother "
      "boxing them up. Keep them, they're yours. Handy as spares or for the test bench. (If anyone asks, they're $212 "
      "apiece.)\n\nTalk soon,", False),
     ("m17", "2025-10-29 10:40", "luis", ["niamh"], ["dana"],
      "OK. Will keep them in the shop.\n\n", False),
     )

conv("Ironmen tickets",
     ("m18", "2025-10-30 14:05", "niamh", ["marvin"], [],
      "Hi Marvin,\n\nA small thank-you for getting the PO turned round so quickly. I've two tickets for the Ironmen "
      "game on Saturday 8th November going spare - would you like them? Happy to post them out.\n\nBest,", False),
     ("m19", "2025-10-30 15:12", "marvin", ["niamh"], [],
      "Ms. Garvey,\n\nThank you, but I must decline. Section 2.114 of the City ethics code prohibits purchasing staff "
      "from accepting anything of value from a vendor. Please do not send them.\n\n", True),
     ("m20", "2025-10-30 15:30", "niamh", ["marvin"], [],
      "Completely understand, Marvin - no bother at all. Apologies for putting you in an awkward spot.\n\nBest,", False),
     )

conv("Visit to Kilbrogan - December programme",
     ("m21", "2025-11-04 07:45", "fergal", ["dana"], ["luis", "niamh"],
      "Dear Dana,\n\nNiamh tells me the trial is going very well. We'd love to host yourself and Luis at the plant in "
      "Kilbrogan for our customer programme on 2-4 December: the production line, the acoustic lab and a day out with "
      "our own leak crew.\n\nWe'll look after the flights and the hotel - roughly $2,100 a head all in - so there's "
      "nothing for the city to pay. Shauna will be in touch to book everything.\n\nWarm regards,", False),
     ("m22", "2025-11-04 10:20", "dana", ["fergal"], ["luis", "niamh"],
      "Fergal,\n\nDirector signed off. Luis and I will attend.\n\n", True),
     ("m23", "2025-11-06 06:50", "shauna", ["dana"], ["luis"],
      "Hi Dana,\n\nYou're all booked! Flights Chicago O'Hare to Dublin on Mon 1st December, returning Fri 5th, and "
      "three nights at the Riverside Lodge in Kilbrogan, all paid by Lisnagree. A driver will meet you both at Dublin "
      "arrivals. Full itinerary attached.\n\nAny questions at all, just shout.\n\nThanks a million,", False),
     ("m24", "2025-12-08 09:30", "dana", ["fergal"], ["luis"],
      "Fergal,\n\nBack in the office. Thanks for hosting us and for covering the trip. The acoustic lab was worth the "
      "visit.\n\n", False),
     )

conv("FW: Kilbrogan visit - flights and hotel",
     ("m25", "2025-11-06 11:12", "luis", ["marvin"], [],
      "Marvin,\n\nFYI for the travel file - trip is paid by the vendor. Do I need a disclosure form?\n\n", "fw:m23"),
     ("m26", "2025-11-06 13:05", "marvin", ["luis"], ["dana"],
      "Luis,\n\nYes. Vendor-paid travel must be disclosed on Form EC-3 within 10 days of return. Dana also needs to "
      "file one.\n\n", False),
     )

conv("Leak report - November",
     ("m27", "2025-12-01 09:00", "niamh", ["dana"], [],
      "Hi Dana,\n\nCould we grab 20 minutes on Tuesday 9/12 to go through the November leak report? Any time after "
      "9am your side suits.\n\nThanks,", False),
     ("m28", "2025-12-01 09:01", "dana", ["niamh"], [],
      "I am out of the office through December 5 with limited access to email. For urgent distribution issues call "
      "the Kessler Rd dispatcher at (614) 555-0190.\n\nDana Whitcomb", False),
     )

conv("Lisnagree News - Winter 2025",
     ("m29", "2025-12-02 10:30", "orla", ["dana"], [],
      "LISNAGREE NEWS | WINTER 2025\n\nIn this issue: how a city in the Midwest found 31 leaks in ten weeks; firmware "
      "4.2 for the Echolyn L5; and our new Pipewise Cloud dashboards.\n\nWINTER OFFER: use code WINTERLEAK10 for 10% off "
      "Echolyn loggers. Open to every utility customer until 31/01/2026.\n\nYou are receiving this because you "
      "registered at one of our events. Unsubscribe | Manage preferences\n\nLisnagree Hydrometrics Ltd, Kilbrogan, "
      "Co. Westmeath, Ireland", None),
     )

conv("Kit for the five-a-side team",
     ("m30", "2025-12-10 11:00", "niamh", ["luis"], [],
      "Hi Luis,\n\nFergal was telling me the lads in the meter shop have a five-a-side team going. We'd love to kit them "
      "out - send me on the names, numbers and sizes and we'll get a set of jerseys printed in whatever colours you "
      "like. Our treat, as a thank-you for all the help with the trial.\n\nBest,", False),
     ("m31", "2025-12-10 13:15", "luis", ["niamh"], [],
      "Niamh,\n\n14 players, list attached. Navy and white.\n\n", True),
     ("m32", "2025-12-19 10:05", "niamh", ["luis"], [],
      "Hi Luis,\n\nThe jerseys are on their way to the shop - 14 in navy and white with the numbers on the back. They "
      "came to EUR 560 with the printing, which is nothing for the work your lads put in. Hope they bring you luck "
      "in the new year!\n\nBest,", False),
     )

conv("Season's greetings",
     ("m33", "2025-12-18 08:10", "fergal", ["raymond"], [],
      "Dear Raymond,\n\nAs the year winds down I wanted to say thank you for taking a chance on a small Irish company. "
      "A little something is on its way to you for Christmas - a bottle of Knockdrum 12 year old single pot still, "
      "from just up the road from us. Enjoy it over the holidays.\n\nWishing you and your family a peaceful Christmas "
      "and every success in the new year.\n\nWarm regards,", False),
     ("m34", "2025-12-22 13:40", "raymond", ["fergal"], [],
      "Fergal,\n\nThe bottle arrived. Thank you, and happy holidays to you and the team.\n\n", True),
     )

conv("Pipewise Cloud - hydrant layer import",
     ("m35", "2025-11-12 14:02", "kelsey", ["cathal"], [],
      "Cathal,\n\nHydrant layer import to Pipewise is failing with 'invalid geometry'. Shapefile attached.\n\n", False),
     ("m36", "2025-11-13 05:30", "cathal", ["kelsey"], [],
      "Hi Kelsey,\n\nSorted - the layer was coming in with the wrong projection. I've set it to Ohio South on your "
      "workspace; try it again now.\n\nCheers,", True),
     ("m37", "2025-11-13 09:15", "kelsey", ["cathal"], [],
      "Works now. Thanks for the quick fix.\n\n", False),
     ("m38", "2025-11-20 10:25", "cathal", ["kelsey"], ["niamh"],
      "Hi Kelsey,\n\nGood news on the licence front: we've put a full year of Pipewise Cloud on your account from 1/12, "
      "free of charge. It normally runs $9,600 a year, but there's no PO needed and nothing to pay.\n\nCheers,", False),
     )

conv("Case study - Quillan Falls leak pilot",
     ("m39", "2026-01-07 10:00", "orla", ["raymond"], [],
      "Hi Raymond,\n\nWe're writing up the Quillan Falls pilot as a customer story for our website and the spring "
      "mailing. Would you be happy to give us a line or two we could quote, with your name and title?\n\nMany "
      "thanks,", False),
     ("m40", "2026-01-08 11:20", "raymond", ["orla"], ["kelsey"],
      "Orla,\n\nYou may use the following, attributed to me as Director:\n\n\"Lisnagree Hydrometrics has been an "
      "outstanding partner. Their loggers found 31 leaks in ten weeks and paid for the pilot many times over. I "
      "would recommend them to any utility.\"\n\nKelsey can provide the maps.\n\n", True),
     ("m41", "2026-01-08 12:00", "orla", ["raymond"], ["kelsey"],
      "Hi Raymond,\n\nThat's perfect, thanks a million.\n\nKelsey - thanks in advance for the maps. I've sent a fleece "
      "and a couple of Lisnagree mugs over to you by way of a thank-you; they should land later this week.\n\n"
      "Best,", False),
     )

conv("Acoustic leak detection - who did you use?",
     ("m42", "2026-01-12 15:10", "glen", ["dana"], [],
      "Dana,\n\nHeard at the section meeting that you ran an acoustic leak detection pilot this fall. Who did you use, "
      "and would you use them again? We're scoping one for spring.\n\nThanks,", False),
     ("m43", "2026-01-13 08:40", "dana", ["glen"], ["niamh"],
      "Glen,\n\nWe used Lisnagree Hydrometrics. I'd recommend them - loggers are solid and support is fast. Niamh "
      "Garvey is their account manager (copied).\n\nIf you contact them, give them my referral code DWREF-7731; you "
      "get 15% off your first order.\n\n", True),
     )

conv("Leak pilot - committee update",
     ("m44", "2026-01-14 16:00", "beatrice", ["raymond"], [],
      "Raymond,\n\nSaw the leak numbers in your memo. As chair of the utilities committee I'll be telling the "
      "committee Thursday that the Lisnagree pilot is exactly the kind of program we should be expanding citywide, "
      "and I've been pointing the Tessmer County board to it as well.\n\nPlease send slides by Wednesday.\n\n", False),
     ("m45", "2026-01-14 16:45", "raymond", ["beatrice"], [],
      "Councilmember,\n\nWill do. Slides to you Wednesday a.m.\n\n", True),
     )


def dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def owa_date(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{d:%a} {d.month}/{d.day}/{d.year} {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def long_date(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def who(k: str) -> str:
    n, a = P[k]
    return f"{n} <{a}>"


def full_body(msg, subject, prev) -> str:
    mid, sent, frm, to, cc, body, quote = msg
    text = body
    if frm in SIG and quote is not None and not (mid == "m28"):
        text = text.rstrip("\n") + "\n" + SIG[frm] if body.endswith(",") else text + SIG[frm]
    q = None
    if quote is True and prev is not None:
        q = prev
    elif isinstance(quote, str) and quote.startswith("fw:"):
        q = BY_ID[quote[3:]]
    if q is not None:
        qsubject = SUBJECT_OF[q[0]]
        lines = [f"From: {who(q[2])}", f"Sent: {long_date(dt(q[1]))}", "To: " + "; ".join(who(x) for x in q[3])]
        if q[4]:
            lines.append("Cc: " + "; ".join(who(x) for x in q[4]))
        lines.append(f"Subject: {qsubject}")
        head = "\n\n---------- Forwarded message ----------\n" if isinstance(quote, str) else "\n\n________________________________\n"
        text = text + head + "\n".join(lines) + "\n\n" + full_body(q, qsubject, None)
    return text


BY_ID = {m[0]: m for _, ms in CONVS for m in ms}
SUBJECT_OF = {}
for subj, ms in CONVS:
    for i, m in enumerate(ms):
        SUBJECT_OF[m[0]] = subj if i == 0 or subj.startswith("FW:") else f"RE: {subj}"
    if subj.startswith("FW:"):
        SUBJECT_OF[ms[0][0]] = subj
        for m in ms[1:]:
            SUBJECT_OF[m[0]] = "RE: " + subj


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Helvetica", 7.5)
            self.drawString(0.5 * inch, 10.72 * inch, "1/20/26, 3:12 PM")
            self.drawCentredString(4.25 * inch, 10.72 * inch, "Mail - Whitcomb, Dana - Outlook")
            self.drawString(0.5 * inch, 0.4 * inch, "https://outlook.office.com/mail/inbox/id/AAQkADc3ZjE4MWQ2LWI0NzItNGQ1OS05")
            self.drawRightString(8.0 * inch, 0.4 * inch, f"{self._pageNumber}/{n}")
            super().showPage()
        super().save()


def build_pdf(path: Path) -> None:
    subj_style = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=10)
    from_style = ParagraphStyle("f", fontName="Helvetica-Bold", fontSize=10, leading=13)
    meta = ParagraphStyle("m", fontName="Helvetica", fontSize=9, leading=12, textColor="#444444")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    story = []
    convs = sorted(CONVS, key=lambda c: dt(c[1][-1][1]), reverse=True)
    for ci, (subj, ms) in enumerate(convs):
        if ci:
            story.append(PageBreak())
        story.append(Paragraph(escape(subj), subj_style))
        prev_by = {ms[i][0]: (ms[i - 1] if i else None) for i in range(len(ms))}
        for m in sorted(ms, key=lambda m: dt(m[1]), reverse=True):
            story.append(Paragraph(escape(who(m[2])), from_style))
            story.append(Paragraph(escape(owa_date(dt(m[1]))), meta))
            story.append(Paragraph("To: " + escape("; ".join(who(x) for x in m[3])), meta))
            if m[4]:
                story.append(Paragraph("Cc: " + escape("; ".join(who(x) for x in m[4])), meta))
            story.append(Spacer(1, 6))
            for para in full_body(m, subj, prev_by[m[0]]).split("\n"):
                story.append(Paragraph(escape(para) or "&nbsp;", body))
            story.append(Spacer(1, 6))
            story.append(HRFlowable(width="100%", thickness=0.4, color="#bbbbbb", spaceBefore=2, spaceAfter=8))
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title="Mail - Whitcomb, Dana - Outlook")
    doc.build(story, canvasmaker=NumberedCanvas)


# ---- gold ----
VENDOR = "org-lisnagree"
PERSONS = {
    "niamh": ("vendor_employee", VENDOR, VENDOR), "cathal": ("vendor_employee", VENDOR, VENDOR),
    "fergal": ("vendor_employee", VENDOR, VENDOR), "shauna": ("vendor_employee", VENDOR, VENDOR),
    "orla": ("vendor_employee", VENDOR, VENDOR),
    "raymond": ("officer", "org-city", "div-dpu"), "dana": ("officer", "org-city", "div-wdd"),
    "luis": ("officer", "org-city", "div-meter"), "kelsey": ("officer", "org-city", "div-gis"),
    "marvin": ("officer", "org-city", "div-purch"), "beatrice": ("officer", "org-city", "div-council"),
    "glen": ("other", "org-tessmer", "org-tessmer"),
}
ORGS = [
    ("org-lisnagree", "organization", "Lisnagree Hydrometrics Ltd", ["Lisnagree Hydrometrics", "Lisnagree"]),
    ("org-city", "organization", "City of Quillan Falls", ["Quillan Falls"]),
    ("org-tessmer", "organization", "Tessmer County Water District", []),
    ("div-dpu", "division", "Department of Public Utilities", ["Dept. of Public Utilities"]),
    ("div-wdd", "division", "Water Distribution Division", []),
    ("div-meter", "division", "Meter Shop", []),
    ("div-gis", "division", "GIS & Asset Management Section", []),
    ("div-purch", "division", "Purchasing Division", []),
    ("div-fin", "division", "Department of Finance", []),
    ("div-council", "division", "Quillan Falls City Council", ["City Council"]),
]
PRODUCTS = [
    ("prod-l5", "Echolyn L5", ["Echolyn L5 logger"]),
    ("prod-c2", "Echolyn C2", ["Echolyn C2 correlator"]),
    ("prod-tally", "TallyFlow 40", ["TallyFlow 40 meter"]),
    ("prod-pipewise", "Pipewise Cloud", ["Pipewise"]),
]
CODES = [("code-dw", "DWREF-7731"), ("code-winter", "WINTERLEAK10")]


def pid(k):
    return "p-" + k


def quote_of(mid, needle):
    b = BY_ID[mid][5]
    i = b.find(needle)
    assert i >= 0, (mid, needle)
    return needle


GIFTS = [  # giver, recipient, value, items, [(msg, quote)]
    ("p-cathal", "div-wdd", 15400, [("prod-l5", 40)],
     [("m03", "these are for the crew to hang onto, trial and beyond"),
      ("m01", "will send out a pallet of Echolyn L5 loggers (40 units) for the distribution crew")]),
    ("p-niamh", "p-raymond", None, [], [("m08", "It's our shout, so don't be reaching for the wallet."), ("m11", "Thank you for dinner last night.")]),
    ("p-niamh", "p-dana", None, [], [("m08", "Would you and Dana join us for dinner on Thursday 9th at Harrow & Vine")]),
    ("p-niamh", "p-luis", 2544, [("prod-tally", 12)], [("m16", "Keep them, they're yours.")]),
    ("p-fergal", "p-dana", 2100, [], [("m21", "We'll look after the flights and the hotel - roughly $2,100 a head all in"),
                                       ("m24", "Thanks for hosting us and for covering the trip.")]),
    ("p-fergal", "p-luis", 2100, [], [("m21", "We'd love to host yourself and Luis at the plant in Kilbrogan")]),
    ("p-cathal", "p-kelsey", 9600, [("prod-pipewise", 1)], [("m38", "we've put a full year of Pipewise Cloud on your account from 1/12, free of charge")]),
    ("p-niamh", "div-meter", None, [], [("m30", "We'd love to kit them out"), ("m32", "The jerseys are on their way to the shop")]),
    ("p-fergal", "p-raymond", None, [], [("m33", "A little something is on its way to you for Christmas - a bottle of Knockdrum 12 year old single pot still")]),
    ("p-orla", "p-kelsey", None, [], [("m41", "I've sent a fleece and a couple of Lisnagree mugs over to you by way of a thank-you")]),
]
OTHER_REL = [
    ("PROMOTED", "p-raymond", VENDOR, [("m40", "Lisnagree Hydrometrics has been an outstanding partner.")]),
    ("PROMOTED", "p-dana", VENDOR, [("m43", "We used Lisnagree Hydrometrics. I'd recommend them")]),
    ("PROMOTED", "p-beatrice", VENDOR, [("m44", "the Lisnagree pilot is exactly the kind of program we should be expanding citywide")]),
    ("REFERRAL", "p-dana", VENDOR, [("m43", "give them my referral code DWREF-7731; you get 15% off your first order")]),
]


def build_gold() -> dict:
    ents = []
    for k, (role, aff, _) in PERSONS.items():
        n, a = P[k]
        ents.append({"id": pid(k), "kind": "person", "name": n, "aliases": [], "emails": [a], "role": role, "affiliation": aff})
    for i, kind, name, al in ORGS:
        ents.append({"id": i, "kind": kind, "name": name, "aliases": al})
    for i, name, al in PRODUCTS:
        ents.append({"id": i, "kind": "product", "name": name, "aliases": al})
    for i, name in CODES:
        ents.append({"id": i, "kind": "code", "name": name, "aliases": []})
    msgs = []
    for _, ms in CONVS:
        for m in ms:
            msgs.append({"id": m[0], "sent": dt(m[1]).isoformat(), "subject": SUBJECT_OF[m[0]], "from": pid(m[2]),
                         "to": [pid(x) for x in m[3]], "cc": [pid(x) for x in m[4]]})
    msgs.sort(key=lambda m: m["sent"])
    rels = []
    for g, r, v, items, ev in GIFTS:
        for mid, q in ev:
            quote_of(mid, q)
        rels.append({"type": "GIFT", "source": g, "target": r, "value_usd": v,
                     "items": [{"product": p, "quantity": n} for p, n in items],
                     "messages": [m for m, _ in ev], "evidence": [{"message": m, "quote": q} for m, q in ev]})
    for t, s, d, ev in OTHER_REL:
        for mid, q in ev:
            quote_of(mid, q)
        rels.append({"type": t, "source": s, "target": d, "messages": [m for m, _ in ev],
                     "evidence": [{"message": m, "quote": q} for m, q in ev]})
    for k, (_, _, unit) in PERSONS.items():
        rels.append({"type": "MEMBER_OF", "source": pid(k), "target": unit, "messages": [], "evidence": []})
    cnt: Counter = Counter()
    first: dict = {}
    for _, ms in CONVS:
        for m in ms:
            for x in m[3] + m[4]:
                cnt[(m[2], x)] += 1
                first.setdefault((m[2], x), m[0])
    for (a, b), n in sorted(cnt.items()):
        rels.append({"type": "EMAILED", "source": pid(a), "target": pid(b), "count": n, "messages": [first[(a, b)]],
                     "evidence": [{"message": first[(a, b)], "quote": ""}]})
    return {"entities": ents, "messages": msgs, "relations": rels}


if __name__ == "__main__":
    build_pdf(HERE / "release.pdf")
    (HERE / "gold.json").write_text(json.dumps(build_gold(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote release.pdf and gold.json:", sum(len(m) for _, m in CONVS), "messages")
