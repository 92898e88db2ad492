"""Write the EH probe release: vendor-paid summit travel and speaking (all names invented).

Writes release.zip (one .eml per message, some with a PDF itinerary) and the header part of gold.json
(messages, EMAILED); entities and the extracted relations are labelled by hand below.
Deterministic: fixed dates, fixed boundaries, PDFs without creation dates."""
import datetime
import io
import json
import os
import zipfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = "cdoc.calder.gov"
BW = "brightwater-os.com"

P = {
    "olander": ("Marguerite Olander", f"molander@{DOC}"),
    "achterberg": ("Desmond Achterberg", f"dachterberg@{DOC}"),
    "quist": ("Harlan Quist", f"hquist@{DOC}"),
    "marchbanks": ("Yvette Marchbanks", f"ymarchbanks@{DOC}"),
    "hale": ("Corbin Hale", f"chale@{DOC}"),
    "oyelaran": ("Nadine Oyelaran", f"noyelaran@{DOC}"),
    "lindqvist": ("Trevor Lindqvist", f"tlindqvist@{BW}"),
    "brandvold": ("Callie Brandvold", f"cbrandvold@{BW}"),
    "pemberton": ("Gus Pemberton", f"gpemberton@{BW}"),
    "webinars": ("Brightwater Webinars", f"webinars@{BW}"),
}

SIG = {
    "olander": "Marguerite Olander\nDeputy Secretary\nCalder Department of Corrections",
    "achterberg": "Desmond Achterberg\nWarden, Fenwick Ridge Correctional Center\nCalder Department of Corrections",
    "quist": "Harlan Quist\nDirector of Classification\nCalder Department of Corrections",
    "marchbanks": "Yvette Marchbanks\nRecords Supervisor, Central Records Office\nCalder Department of Corrections",
    "hale": "Corbin Hale\nEthics Officer\nCalder Department of Corrections",
    "oyelaran": "Nadine Oyelaran\nTraining & Travel Coordinator\nCalder Department of Corrections",
    "lindqvist": "Trevor Lindqvist\nSenior Account Executive\nBrightwater Offender Systems, Inc.",
    "brandvold": "Callie Brandvold\nEvents Manager, Lantern Summit\nBrightwater Offender Systems, Inc.",
    "pemberton": "Gus Pemberton\nBilling Specialist\nBrightwater Offender Systems, Inc.\n1180 Quarry Mill Road, Suite 300, Aldwick",
    "webinars": "Brightwater Offender Systems, Inc. | You are receiving this because you use CaseLantern.",
}


def itinerary_pdf(title, traveller, lines):
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2025, 9, 1, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 8, f"Traveller: {traveller}", new_x="LMARGIN", new_y="NEXT")
    for ln in lines:
        pdf.cell(0, 7, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


ACH_ITIN = itinerary_pdf("Lantern Summit 2025 - Guest Travel Itinerary", "Desmond Achterberg", [
    "Booked by: Brightwater Offender Systems travel desk (confirmation BW-TRV-5521)",
    "Flight: Prairie Crest Airlines PC 418, Lindell Field (LDF) to Sable Point Regional (SPR), Mon 20 Oct 2025 07:40",
    "Return: Prairie Crest Airlines PC 423, SPR to LDF, Wed 22 Oct 2025 17:15",
    "Round-trip fare: $438.40",
    "Hotel: Sable Point Resort & Spa, 4400 Shoreline Drive, Sable Point",
    "Check-in Mon 20 Oct 2025, check-out Wed 22 Oct 2025 - 2 nights at $265.00 = $530.00",
    "Total billed to Brightwater Offender Systems: $968.40",
    "Guest responsible for incidentals only.",
])
QUIST_ITIN = itinerary_pdf("Lantern Summit 2025 - Speaker Travel Itinerary", "Harlan Quist", [
    "Booked by: Brightwater Offender Systems travel desk (confirmation BW-TRV-5534)",
    "Flight: Prairie Crest Airlines PC 418, LDF to SPR, Mon 20 Oct 2025 07:40; return PC 423 Wed 22 Oct 17:15",
    "Round-trip fare: $371.80",
    "Hotel: Sable Point Resort & Spa - 2 nights at $265.00 = $530.00",
    "Total billed to Brightwater Offender Systems: $901.80",
])
MARCH_ITIN = itinerary_pdf("Calder Department of Corrections - Approved Travel", "Yvette Marchbanks", [
    "Travel authorization TA-25-1142 (state-paid)",
    "Flight: Prairie Crest Airlines PC 418, LDF to SPR, Mon 20 Oct 2025; return PC 423 Wed 22 Oct",
    "Fare charged to department travel card: $402.10",
    "Hotel: Sable Point Resort & Spa, 2 nights at state government rate $141.00 (traveller claims on voucher)",
    "Registration: Lantern Summit full conference, $1,195.00, PO 25-TRN-0917 (training budget)",
])

# id, date header, from, to, cc, subject, body, attachments
MSGS = [
    ("m01", "Tue, 12 Aug 2025 10:04:00 -0500", "lindqvist", ["olander"], ["brandvold"], "Lantern Summit 2025 - you're our guest",
     "Marguerite,\n\nWe'd love to have you at Lantern Summit this October 20-22 at Sable Point Resort & Spa. "
     "Your registration is comped - just use code VIPDOC25 when you register and it zeroes out the $1,195 full-conference fee.\n\n"
     "I've also saved you a spot in our Tuesday afternoon golf outing on the Heron Links course ($225 per player), on us of course.\n\n"
     "Let me know and Callie will take care of the rest.\n\nBest,", []),
    ("m02", "Tue, 12 Aug 2025 14:31:00 -0500", "olander", ["lindqvist"], [], "RE: Lantern Summit 2025 - you're our guest",
     "Thanks Trevor - count me in for the summit and the golf. I'll register with the code this week.", []),
    ("m03", "Tue, 19 Aug 2025 09:15:00 -0500", "brandvold", ["quist"], ["lindqvist"], "Speaker agreement - Lantern Summit 2025",
     "Dear Director Quist,\n\nWe're delighted to confirm you as a featured speaker for the session \"Reclassification at Scale\" on Tuesday, October 21.\n\n"
     "As a featured speaker you'll receive a $1,500 honorarium, paid within 30 days after the summit, and we'll cover your travel: "
     "our travel desk will book your flight and two nights at Sable Point Resort & Spa.\n\n"
     "Could you also send us a sentence or two about your experience with CaseLantern for the printed program?\n\nWarm regards,", []),
    ("m04", "Wed, 20 Aug 2025 08:02:00 -0500", "quist", ["hale"], [], "Ethics question - summit speaking",
     "Corbin,\n\nBrightwater has asked me to speak at their user summit in October and offered a $1,500 honorarium plus travel. "
     "I'd be taking personal leave for the trip. Am I allowed to accept?", []),
    ("m05", "Thu, 21 Aug 2025 16:40:00 -0500", "hale", ["quist"], [], "RE: Ethics question - summit speaking",
     "Harlan,\n\nSince you are presenting on personal leave and not as part of your official duties, you may accept the honorarium "
     "and the travel under section 9.4 of the code of conduct. Report both on your annual statement of economic interests.", []),
    ("m06", "Fri, 22 Aug 2025 11:10:00 -0500", "quist", ["brandvold"], [], "RE: Speaker agreement - Lantern Summit 2025",
     "Callie,\n\nSigned agreement attached to our portal. For the program you can use this:\n\n"
     "\"CaseLantern cut our reclassification backlog in half within a year. I'd recommend it to any state system that is still scoring custody levels on paper.\"\n\nHarlan", []),
    ("m07", "Wed, 03 Sep 2025 13:22:00 -0500", "brandvold", ["achterberg"], [], "Your Lantern Summit travel",
     "Hi Warden Achterberg,\n\nYour flight and two hotel nights are booked and billed to us - itinerary attached. "
     "Nothing to pay at check-in except incidentals.\n\nSee you at Sable Point!", [("Itinerary_Achterberg.pdf", ACH_ITIN)]),
    ("m08", "Wed, 03 Sep 2025 15:05:00 -0500", "brandvold", ["quist"], [], "Speaker travel confirmation",
     "Harlan,\n\nYour speaker travel is confirmed; the itinerary is attached. Flight and hotel are on Brightwater's account.\n\nBest,",
     [("Speaker_Itinerary_Quist.pdf", QUIST_ITIN)]),
    ("m09", "Thu, 04 Sep 2025 07:55:00", "achterberg", ["brandvold"], [], "RE: Your Lantern Summit travel",
     "Got it, thanks Callie. See you at Sable Point.", []),
    ("m10", "Wed, 10 Sep 2025 09:48:00 -0500", "oyelaran", ["marchbanks"], [], "Summit registration and travel (state-paid)",
     "Yvette,\n\nI've registered you for Lantern Summit out of the training budget (PO 25-TRN-0917, $1,195) and booked your flight on the "
     "department travel card ($402.10). The hotel is at the state rate; claim it on your travel voucher. Approved itinerary attached.\n\nNadine",
     [("TA-25-1142_Marchbanks.pdf", MARCH_ITIN)]),
    ("m11", "Fri, 12 Sep 2025 10:00:00", "webinars", ["marchbanks"], [], "Free webinar: Classification Analytics in CaseLantern",
     "Join us on September 30 at 1:00 pm Central for a free public webinar, Classification Analytics in CaseLantern. "
     "There is no cost to attend and it is open to anyone. Early-bird summit registration is still open to everyone with code EARLYLANTERN (15% off).", []),
    ("m12", "Mon, 15 Sep 2025 14:20:00 -0500", "lindqvist", ["quist"], [], "Follow-up webinar panel?",
     "Harlan,\n\nWould you join a customer panel on our November 13 webinar (1:00 pm on a Thursday)? We'd offer a $750 honorarium for the hour.\n\nTrevor", []),
    ("m13", "Tue, 16 Sep 2025 09:05:00 -0500", "hale", ["quist"], [], "RE: Follow-up webinar panel?",
     "Harlan,\n\nThis one is different: it falls in your work hours and you'd be on the panel as Director of Classification. "
     "You may take part, but you'll need to decline the $750 honorarium.\n\nCorbin", []),
    ("m14", "Tue, 16 Sep 2025 11:30:00 -0500", "quist", ["lindqvist"], ["hale"], "RE: Follow-up webinar panel?",
     "Trevor,\n\nI'm glad to join the panel, but I have to decline the honorarium - please don't send a payment.\n\nHarlan", []),
    ("m15", "Tue, 14 Oct 2025 16:12:00 -0500", "brandvold", ["marchbanks"], [], "A little something for your stay",
     "Yvette,\n\nWe've loaded a $150 spa credit onto your room at Sable Point - enjoy the Driftwood Spa between sessions!\n\nCallie", []),
    ("m16", "Wed, 15 Oct 2025 08:30:00 -0500", "marchbanks", ["brandvold"], [], "RE: A little something for your stay",
     "Thank you, Callie! That's very kind. See you next week.", []),
    ("m17", "Fri, 24 Oct 2025 10:02:00 -0500", "olander", ["lindqvist"], [], "Thanks for a great summit",
     "Trevor,\n\nThanks for a great summit. The roadmap session was useful and the golf was a highlight.\n\nMarguerite", []),
    ("m18", "Tue, 04 Nov 2025 09:30:00 -0600", "pemberton", ["marchbanks"], ["lindqvist"], "Invoice BW-INV-20931 - CaseLantern Mobile licences",
     "Hello,\n\nAttached is invoice BW-INV-20931 for 40 CaseLantern Mobile licences at $460.00 each, total $18,400.00, net 30. "
     "Please route to accounts payable.\n\nThank you,", []),
    ("m19", "Wed, 12 Nov 2025 15:45:00 -0600", "quist", ["hale"], [], "Statement of economic interests - summit",
     "Corbin,\n\nFor my statement: Brightwater paid me a $1,500 honorarium for the Lantern Summit session and covered my airfare ($371.80) "
     "and two nights at Sable Point Resort & Spa ($530.00). I declined the webinar honorarium.\n\nHarlan", []),
]


def to_utc_iso(date):
    from email.utils import parsedate_to_datetime
    from zoneinfo import ZoneInfo
    dt = parsedate_to_datetime(date)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo("America/Chicago"))
    return dt.isoformat()


def build():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (mid, date, frm, to, cc, subj, body, atts) in enumerate(MSGS):
            text = body + "\n\n" + SIG[frm] + "\n"
            if atts:
                msg = MIMEMultipart(boundary=f"=====eh-{mid}=====")
                msg.attach(MIMEText(text, "plain", "utf-8"))
                for name, data in atts:
                    part = MIMEApplication(data, "pdf", Name=name)
                    part["Content-Disposition"] = f'attachment; filename="{name}"'
                    msg.attach(part)
            else:
                msg = MIMEText(text, "plain", "utf-8")
            msg["From"] = formataddr(P[frm])
            msg["To"] = ", ".join(formataddr(P[x]) for x in to)
            if cc:
                msg["Cc"] = ", ".join(formataddr(P[x]) for x in cc)
            msg["Subject"] = subj
            msg["Date"] = date
            msg["Message-ID"] = f"<{mid}.eh@mail.{DOC}>"
            info = zipfile.ZipInfo(f"CDOC_PRR_25-0388/{i + 1:03d}_{mid}.eml", date_time=(2025, 12, 1, 9, 0, 0))
            z.writestr(info, msg.as_bytes())
    with open(os.path.join(HERE, "release.zip"), "wb") as f:
        f.write(buf.getvalue())


def person(pid, role, aff, aliases=()):
    name, email = P[pid]
    return {"id": "p_" + pid, "kind": "person", "name": name, "aliases": list(aliases), "emails": [email],
            "role": role, "affiliation": aff}


def gold():
    ents = [
        person("olander", "officer", "o_cdoc"),
        person("achterberg", "officer", "o_cdoc"),
        person("quist", "officer", "o_cdoc"),
        person("marchbanks", "officer", "o_cdoc"),
        person("hale", "officer", "o_cdoc"),
        person("oyelaran", "officer", "o_cdoc"),
        person("lindqvist", "vendor_employee", "o_bw"),
        person("brandvold", "vendor_employee", "o_bw"),
        person("pemberton", "vendor_employee", "o_bw"),
        {"id": "o_cdoc", "kind": "organization", "name": "Calder Department of Corrections", "aliases": ["CDOC", "Calder DOC"]},
        {"id": "o_bw", "kind": "organization", "name": "Brightwater Offender Systems", "aliases": ["Brightwater", "Brightwater Offender Systems, Inc."]},
        {"id": "d_fenwick", "kind": "division", "name": "Fenwick Ridge Correctional Center", "aliases": []},
        {"id": "d_records", "kind": "division", "name": "Central Records Office", "aliases": []},
        {"id": "pr_caselantern", "kind": "product", "name": "CaseLantern", "aliases": []},
        {"id": "pr_mobile", "kind": "product", "name": "CaseLantern Mobile", "aliases": []},
        {"id": "c_vipdoc25", "kind": "code", "name": "VIPDOC25", "aliases": []},
        {"id": "c_earlylantern", "kind": "code", "name": "EARLYLANTERN", "aliases": []},
    ]
    msgs = [{"id": m[0], "sent": to_utc_iso(m[1]), "subject": m[5]} for m in MSGS]
    rels = [
        {"type": "GIFT", "source": "p_lindqvist", "target": "p_olander", "value_usd": 1420.0, "items": [], "messages": ["m01", "m02"],
         "note": "comped $1,195 registration + $225 golf outing"},
        {"type": "GIFT", "source": "p_brandvold", "target": "p_quist", "value_usd": 2401.8, "items": [], "messages": ["m03", "m08", "m19"],
         "note": "$1,500 honorarium + airfare $371.80 + 2 nights $530.00 (webinar $750 honorarium declined, not counted)"},
        {"type": "GIFT", "source": "p_brandvold", "target": "p_achterberg", "value_usd": 968.4, "items": [], "messages": ["m07"],
         "note": "airfare $438.40 + 2 nights $530.00 billed to vendor"},
        {"type": "GIFT", "source": "p_brandvold", "target": "p_marchbanks", "value_usd": 150.0, "items": [], "messages": ["m15", "m16"],
         "note": "spa credit; her registration and travel were state-paid (negative)"},
        {"type": "PROMOTED", "source": "p_quist", "target": "pr_caselantern", "messages": ["m06"]},
    ]
    for pid in ["olander", "achterberg", "quist", "marchbanks", "hale", "oyelaran"]:
        rels.append({"type": "MEMBER_OF", "source": "p_" + pid, "target": "o_cdoc"})
    for pid in ["lindqvist", "brandvold", "pemberton"]:
        rels.append({"type": "MEMBER_OF", "source": "p_" + pid, "target": "o_bw"})
    rels.append({"type": "MEMBER_OF", "source": "p_achterberg", "target": "d_fenwick"})
    rels.append({"type": "MEMBER_OF", "source": "p_marchbanks", "target": "d_records"})
    counts = {}
    for m in MSGS:
        for r in m[3] + m[4]:
            counts.setdefault((m[2], r), []).append(m[0])
    for (s, d), ms in sorted(counts.items()):
        if s == "webinars":
            continue  # a marketing mailbox, not a person: no correspondent edge
        rels.append({"type": "EMAILED", "source": "p_" + s, "target": "p_" + d, "count": len(ms), "messages": ms})
    g = {"entities": ents, "messages": msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w") as f:
        json.dump(g, f, indent=1)


if __name__ == "__main__":
    build()
    gold()
