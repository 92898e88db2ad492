#!/usr/bin/env python3
"""Write the DE probe release: one Outlook "Export to a file -> Comma Separated Values" CSV.

Everything here is invented (city, fire service, vendor, people, products, codes, addresses).
Outlook's CSV export map has no date column: a message's date is known only where a later
reply quotes it (English Outlook 'Sent:', French-Canadian Outlook 'Envoyé :', Gmail 'On ... wrote:').
The file is written in Windows-1252 with CRLF line ends, every field quoted, as Outlook does.
Deterministic: run it and the same bytes come out.
"""
import csv
import hashlib
import io
import os
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "OFFS_FOI-2025-117_export.CSV")

CITY_DOMAIN = "orrinfalls.ca"
BANNER = ("CAUTION: This email originated from outside of the City of Orrin Falls. Do not click links or open "
          "attachments unless you recognize the sender and know the content is safe.")

# key: (display name as the City's Exchange shows it, smtp, internal?)
P = {
    "whitlock": ("Whitlock, Gordon", "Gordon.Whitlock@orrinfalls.ca", True),
    "priya": ("Raghunathan, Priya", "Priya.Raghunathan@orrinfalls.ca", True),
    "marcel": ("Dufresne, Marcel", "Marcel.Dufresne@orrinfalls.ca", True),
    "shauna": ("McAllister, Shauna", "Shauna.McAllister@orrinfalls.ca", True),
    "trevor": ("Kowalczyk, Trevor", "Trevor.Kowalczyk@orrinfalls.ca", True),
    "lindsay": ("Ferreira, Lindsay", "Lindsay.Ferreira@orrinfalls.ca", True),
    "bronwyn": ("Tessier, Bronwyn", "Bronwyn.Tessier@orrinfalls.ca", True),
    "desmond": ("Achterberg, Desmond", "Desmond.Achterberg@orrinfalls.ca", True),
    "mathieu": ("Mathieu Gendreau", "mgendreau@vigilflamme.ca", False),
    "annick": ("Annick Thériault", "atheriault@vigilflamme.ca", False),
    "lp": ("Louis-Philippe Desrochers", "lpdesrochers@vigilflamme.ca", False),
    "rohan": ("Rohan Mistry", "chief.mistry@wexleytownship.ca", False),
    "gail": ("Gail Pritchard", "gail.pritchard@elmcrestseniors.org", False),
}
VENDOR = {"mathieu", "annick", "lp"}


def ex_dn(key):
    name, smtp, _ = P[key]
    h = hashlib.md5(smtp.lower().encode()).hexdigest()
    alias = smtp.split("@")[0].replace(".", "")[:8].lower()
    return f"/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn={h}-{alias}"


def addr(key):
    """(name, address, type) as the City's Outlook exports it."""
    name, smtp, internal = P[key]
    return (name, ex_dn(key), "EX") if internal else (name, smtp, "SMTP")


SIG = {
    "mathieu": """Mathieu Gendreau
Territory Manager – Ontario East | Directeur de territoire – Est de l’Ontario
Vigilflamme Technologies inc.
1480, rang Saint-Isidore, Sainte-Odile-des-Monts (Québec)  G0X 4T1
Cell. 613-555-0148 | mgendreau@vigilflamme.ca
[cid:image001.png@01DB6673.9E2C4B10]""",
    "annick": """Annick Thériault
Product Specialist – Thermal Imaging & SCBA Accessories | Spécialiste produits
Vigilflamme Technologies inc.
T 819-555-0133 | atheriault@vigilflamme.ca
[cid:image001.png@01DB7722.41A0C3E0]""",
    "lp": """Louis-Philippe Desrochers
Vice-President, Sales | Vice-président, ventes
Vigilflamme Technologies inc.
T 418-555-0107 | lpdesrochers@vigilflamme.ca""",
    "bronwyn": """Bronwyn Tessier
Fleet and Procurement Coordinator
Orrin Falls Fire Services | City of Orrin Falls
200 Carrick Street, Orrin Falls, ON  K0L 3W0
T 613-555-0192 | Bronwyn.Tessier@orrinfalls.ca""",
}

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# Each message: id, sender, to, cc, subject, sent (local Toronto wall clock, or None), text,
# quote (id of the message quoted under it), style (how the quoting client writes the header),
# row (True: a row of the export; False: known only from quoted history).
M = []


def msg(id, sender, to, cc, subject, sent, text, quote=None, style=None, row=True):
    M.append(dict(id=id, sender=sender, to=to, cc=cc, subject=subject,
                  sent=datetime.strptime(sent, "%Y-%m-%d %H:%M") if sent else None,
                  text=text.strip("\n"), quote=quote, style=style, row=row))


# ---------------------------------------------------------------- thread A: demo, gift camera, PO
msg("A1", "mathieu", ["bronwyn"], ["trevor"], "K7 demo unit and quote", "2025-01-14 09:12", """
Hi Bronwyn,

Great chatting with you at the Great Lakes Fire Expo last week. As promised, here’s where we landed:

- Vigilflamme K7 thermal imaging camera: $6,450 + HST each (includes truck charger and retractable lanyard)
- AirLien VA-2 voice amplifier (fits all current SCBA facepieces): $389 + HST each

The show pricing is still open until January 31 – anyone who came by the booth can use code GLFX2025 for 10% off, it’s the same for every department.

We can also loan you a K7 demo unit for a 30-day evaluation. I can drop it at Station 1 for Captain Kowalczyk next week if that works for you. The unit comes back to us at the end of the evaluation, of course.

Merci et bonne journée,

Mathieu

""" + SIG["mathieu"])

msg("A2", "bronwyn", ["mathieu"], ["trevor"], "RE: K7 demo unit and quote", "2025-01-14 11:40", """
Hi Mathieu,

Thanks for the quick turnaround. A 30-day evaluation works for us – please drop the demo K7 at Station 1 (85 Wharf Road) with Captain Kowalczyk. We’ll sign your loan form and the unit goes back to you when the evaluation wraps up.

Just so you know, anything over $25,000 goes out as a formal tender, so if we proceed it will be through an RFT on the City’s bid portal.

Thanks,
Bronwyn

""" + SIG["bronwyn"], quote="A1", style="en_full")

msg("A3", "trevor", ["mathieu"], ["bronwyn"], "RE: K7 demo unit and quote", "2025-02-18 15:05", """
Mathieu,

Evaluation’s wrapped up. The demo K7 went back to you by courier this afternoon – waybill 3318 0472 6615, and the signed loan form is in the case. Thanks for the loan.

Crew feedback in short: the picture is crisp and the colour palette for high heat is easy to read, but the battery door is fiddly with gloves on. The full write-up goes to Bronwyn for the evaluation file.

I owe you a double-double next time you’re through town, eh.

Trevor

Capt. Trevor Kowalczyk
Station 1 – A Platoon
Orrin Falls Fire Services
""", quote="A2", style="en_rule_short")

msg("A4", "mathieu", ["trevor"], [], "RE : K7 demo unit and quote", None, """
Salut Trevor,

Merci – got the tracking number, the demo unit will be back in Sainte-Odile by Friday.

One more thing: the K3 Compact I left with your pump operator during the evaluation – please keep it for the hall, no charge. It lists at $1,895 + HST, but it’s yours; consider it a thank-you from Vigilflamme for all the feedback. It’s a great little camera for overhaul and hot-spot checks.

And I’ll hold you to that double-double!

Bonne journée,
Mathieu

""" + SIG["mathieu"], quote="A3", style="fr")

msg("A6", "bronwyn", ["mathieu"], ["priya"], "PO 4500-118276 – K7 thermal imaging cameras (4)", "2025-03-12 14:20", """
Good afternoon Mathieu,

Further to the award of RFT-2025-014, please find attached Purchase Order 4500-118276 for:

4 x Vigilflamme K7 thermal imaging camera @ $6,450.00 = $25,800.00
HST (13%) = $3,354.00
Total = $29,154.00

As set out in your tender submission, two days of operator training for all four platoons are included in the tender price at no additional cost. Please coordinate the dates with Deputy Chief Raghunathan.

Please reference the PO number on your invoice. Payment terms are net 30.

Regards,
Bronwyn

""" + SIG["bronwyn"] + """

[Attachment: PO_4500-118276.pdf]""")

msg("A7", "bronwyn", ["mathieu"], ["priya"], "RE: PO 4500-118276 – K7 thermal imaging cameras (4)", None, """
Hi Mathieu,

Your invoice INV-20931 has been processed and payment of $29,154.00 went out by cheque today (cheque no. 0148827). That closes out PO 4500-118276 on our end.

Thanks again – the crews are already putting the K7s to work.

Bronwyn

""" + SIG["bronwyn"], quote="A6", style="en_short")

# ---------------------------------------------------------------- thread B: hockey tickets
msg("B1", "mathieu", ["priya"], [], "Leafs tickets – Saturday the 8th", "2025-01-27 16:10", """
Hi Priya,

I have two seats for the Leafs game on Saturday, February 8 (section 112, row 9) and I won’t be able to make the drive. Face value is $238 each. I’d love for you to have them – maybe take your son? Just say the word and I’ll send them to your email.

À la prochaine,
Mathieu

Mathieu Gendreau | Vigilflamme Technologies inc.
Cell. 613-555-0148""")

msg("B2", "priya", ["mathieu"], [], "RE: Leafs tickets – Saturday the 8th", None, """
Mathieu,

That is very kind of you – yes please! My son will be over the moon. Send them to this address and I’ll make sure he wears a proper toque, it’s supposed to be minus twenty that weekend.

Thanks again,
Priya

Priya Raghunathan
Deputy Fire Chief
Orrin Falls Fire Services
""", quote="B1", style="en_full")

# ---------------------------------------------------------------- thread C: toques & jackets, brochure quote
msg("C1", "annick", ["marcel"], ["mathieu"], "Training recap – B Platoon", "2025-02-04 13:15", """
Bonjour Marcel,

Thank you for hosting the K7 and AirLien sessions at Station 2 on Saturday – your crew asked great questions, and the smoke-room drill really showed what the camera can do. I’ve attached the slides and the quick-reference card.

As a small thank-you for giving up a training night, I’m shipping 24 Vigilflamme toques and 24 softshell jackets (navy, with the reflective trim) for B Platoon. Retail is $18 per toque and $95 per jacket, but they’re on us. They should be at Station 2 by the end of next week – just send me sizes when you can.

Merci encore et bonne semaine,

""" + SIG["annick"])

msg("C3", "annick", ["marcel"], ["mathieu"], "RE : Training recap – B Platoon", "2025-03-03 10:45", """
Bonjour Marcel,

Following up on the training: we’re putting together our 2025 brochure for Ontario departments and we’d love to include a short quote from you about working with Vigilflamme. Would you be comfortable with that? Two or three sentences is perfect, and we’ll send you the proof before it prints.

Merci!
Annick

""" + SIG["annick"], quote="C1", style="fr", row=False)

msg("C4", "marcel", ["annick"], ["priya", "mathieu"], "RE: RE : Training recap – B Platoon", None, """
Hi Annick,

Happy to. You can use this:

“Vigilflamme has been a real partner to our crews. Their people pick up the phone at 3 a.m., their training is first-rate, and their gear works when it counts. I’d recommend them to any department in Ontario.”
– Marcel Dufresne, Platoon Chief, Orrin Falls Fire Services

I’ve copied Deputy Chief Raghunathan so she’s aware. Please send the proof before it goes to print.

And the toques are a hit – half of B Platoon wore them to the Family Day skate.

Marcel

Marcel Dufresne
Platoon Chief – B Platoon
Orrin Falls Fire Services
""", quote="C3", style="en_original")

# ---------------------------------------------------------------- thread D: dinner with a councillor
msg("D1", "lp", ["desmond"], [], "Great to meet you tonight", "2025-02-12 21:48", """
Councillor Achterberg,

Thank you for joining me this evening at the Grey Heron – I really enjoyed hearing about the Ward 4 fire hall project and your plans for the downtown core.

Please don’t give the bill another thought: your share came to $186.50 with the wine, and it’s on me. It was my pleasure.

If it would be useful, I’d be glad to present our thermal imaging and SCBA accessory lines to Chief Whitlock and his team.

Bien à vous,

""" + SIG["lp"])

msg("D2", "desmond", ["lp"], ["whitlock"], "RE: Great to meet you tonight", None, """
Louis-Philippe,

Thank you for a lovely evening – very generous of you. I’ve copied Chief Whitlock. Gord, Louis-Philippe’s company makes the thermal cameras your crews have been testing this winter. I’ll leave it with you.

Best regards,

Desmond Achterberg
Councillor, Ward 4
City of Orrin Falls
Desmond.Achterberg@orrinfalls.ca
""", quote="D1", style="en_full")

# ---------------------------------------------------------------- thread E: factory trip (declined / accepted), forum post
msg("E1", "lp", ["bronwyn", "shauna"], ["mathieu"], "Invitation – visit our plant in Sainte-Odile", "2025-03-18 11:05", """
Good morning Bronwyn and Captain McAllister,

Now that the K7s are in service, we’d be honoured to host you both at our plant in Sainte-Odile-des-Monts on April 8 and 9. You’d see the K7 line and the AirLien assembly, and meet our engineering team.

Vigilflamme would cover everything: return flights Toronto–Québec City (about $612 per person) and two nights at the Auberge du Vieux-Moulin ($189 per night). We’ll pick you up at the airport.

Please let me know by Friday so we can book.

Bien cordialement,
Louis-Philippe

""" + SIG["lp"])

msg("E2", "bronwyn", ["lp"], ["shauna", "mathieu"], "RE: Invitation – visit our plant in Sainte-Odile", "2025-03-18 14:40", """
Louis-Philippe,

Thank you for the kind invitation. Unfortunately I have to decline: under the City of Orrin Falls Code of Conduct for Employees, staff involved in procurement can’t accept travel, accommodation or hospitality from a supplier, and Vigilflamme is a current supplier. I hope you understand.

Kind regards,
Bronwyn

""" + SIG["bronwyn"], quote="E1", style="en_full")

msg("E3", "shauna", ["lp"], ["mathieu", "bronwyn"], "RE: Invitation – visit our plant in Sainte-Odile", None, """
Bonjour Louis-Philippe,

I’d love to come. I’ve run it by Deputy Chief Raghunathan and I’m booked off shift for the 8th and 9th, so please go ahead with the flights and hotel.

Thanks so much – looking forward to it!

Shauna

Capt. Shauna McAllister
Station 3 – C Platoon
Orrin Falls Fire Services
""", quote="E2", style="en_rule_short")

msg("E4", "shauna", ["lp", "mathieu"], [], "Merci! Plant visit + forum post", None, """
Louis-Philippe, Mathieu,

Merci beaucoup for a fantastic two days – the plant tour, the flights and the Auberge were all first class, and that tourtière at the sugar shack was unreal.

As promised, I wrote up the AirLien on the Ontario board of the fire-service forum last night. Here’s what I posted:

“Station 3 bought a set of AirLien VA-2 voice amplifiers for our facepieces six weeks ago and I can’t say enough good things. Radio traffic is finally clear at the pump panel, and the units have survived two working fires and a lot of abuse. If your department is still shouting through the mask, get these – best $389 you’ll spend this year.”

Hope it helps!

Shauna
""")

# ---------------------------------------------------------------- thread F: referral code to a seniors' group
msg("F1", "trevor", ["gail"], ["lindsay"], "Discount on smoke/CO alarms for Elmcrest members", "2025-03-25 19:12", """
Hi Gail,

Great to see everyone at the Elmcrest breakfast on Saturday. As promised, here’s the discount I mentioned. Vigilflamme, the company that makes our new thermal cameras, gives first responders a code for their home alarms, and they’re happy for us to pass it along to community groups:

Code: FIRSTDUE15 – 15% off the Veille S2 combination smoke/CO alarm (regularly $64.99) at vigilflamme.ca

Please feel free to share it with your members. Remember: a working smoke alarm on every storey and outside all sleeping areas, and a CO alarm if you have a fuel-burning appliance, an attached garage or a fireplace. Lindsay in Fire Prevention is copied if anyone would like a home safety visit.

Cheers,
Capt. Trevor Kowalczyk
Station 1 – A Platoon
Orrin Falls Fire Services
""")

msg("F2", "gail", ["trevor"], ["lindsay"], "RE: Discount on smoke/CO alarms for Elmcrest members", None, """
Thank you Captain! I’ll put the code in the April newsletter and on the board by the coffee urn. Several members have asked about CO alarms since the furnace scare on Birchmount Crescent, so this is very timely.

Lindsay, we’d love to book a home safety talk in May if you have a date.

Warm regards,
Gail Pritchard
Volunteer Coordinator
Elmcrest Seniors’ Association
gail.pritchard@elmcrestseniors.org
""", quote="F1", style="gmail")

# ---------------------------------------------------------------- thread G: maple products
msg("G1", "mathieu", ["lindsay"], [], "Petit cadeau de la cabane à sucre", "2025-04-22 10:15", """
Hi Lindsay,

Thanks again for letting me sit in on your Fire Prevention Week planning session – your alarm program is one of the best I’ve seen in the territory.

The sugaring season just wrapped up at my family’s cabane à sucre, so I’m sending a little box of maple products for the office: a litre of amber syrup, maple butter and some sucre à la crème. About $65 worth, nothing fancy. Watch for it at the front desk on Thursday.

Bonne journée!
Mathieu

""" + SIG["mathieu"])

msg("G2", "lindsay", ["mathieu"], [], "RE: Petit cadeau de la cabane à sucre", None, """
Mathieu, that’s so thoughtful – thank you! The maple butter won’t last the afternoon in this office.

Talk soon about the alarm blitz in June.

Lindsay Ferreira
Fire Prevention Officer
Orrin Falls Fire Services
T 613-555-0175
""", quote="G1", style="en_full")

# ---------------------------------------------------------------- thread H: the chief's reference letter
msg("H1", "whitlock", ["rohan"], ["priya"], "Reference – Vigilflamme K7 thermal imaging cameras", None, """
Chief Mistry,

Further to our conversation at the regional chiefs’ meeting, please find my letter below. Feel free to include it with your report to Council.

---

April 2, 2025

Chief Rohan Mistry
Township of Wexley Fire Department

Dear Chief Mistry,

Re: Vigilflamme K7 thermal imaging camera

Orrin Falls Fire Services placed four Vigilflamme K7 thermal imaging cameras in front-line service this March, following a 30-day evaluation and an open tender. I am pleased to recommend the K7 to your department without reservation.

Our crews found the K7’s image clear and quick to read in heavy smoke, and it has already located a seat of fire behind a finished wall that we would otherwise have opened up blind. It stands up to daily use, and the battery life comfortably covers a full working fire.

If I can be of any further help, please call me at 613-555-0110.

Yours truly,

Gordon Whitlock
Fire Chief
Orrin Falls Fire Services

---

Gord
""")

BY_ID = {m["id"]: m for m in M}


def en_date(d):
    h = d.hour % 12 or 12
    return f"{EN_DAYS[d.weekday()]}, {d.strftime('%B')} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def fr_date(d):
    return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"


def full(key):
    name, smtp, _ = P[key]
    return f"{name} <{smtp}>"


def header(q, style):
    """The header block a replying client writes above the message it quotes."""
    d = q["sent"]
    if style == "fr":
        lines = [f"De : {full(q['sender'])}", f"Envoyé : {fr_date(d)}", "À : " + "; ".join(full(k) for k in q["to"])]
        if q["cc"]:
            lines.append("Cc : " + "; ".join(full(k) for k in q["cc"]))
        lines.append(f"Objet : {q['subject']}")
        return "\n".join(lines)
    if style == "gmail":
        day = d.strftime("%a, %b ") + f"{d.day}, {d.year} at {d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        return f"On {day} {full(q['sender'])} wrote:"
    # English Outlook at the City: internal people shown bare ("Last, First") in the short styles
    short = style in ("en_short", "en_rule_short")
    show = (lambda k: P[k][0] if (short and P[k][2]) else full(k))
    lines = [f"From: {show(q['sender'])}", f"Sent: {en_date(d)}", "To: " + "; ".join(show(k) for k in q["to"])]
    if q["cc"]:
        lines.append("Cc: " + "; ".join(show(k) for k in q["cc"]))
    lines.append(f"Subject: {q['subject']}")
    block = "\n".join(lines)
    if style == "en_rule_short":
        block = "________________________________\n" + block
    if style == "en_original":
        block = "-----Original Message-----\n" + block
    return block


def sent_body(m):
    """The body as its sender's client wrote it."""
    body = m["text"]
    if m["quote"]:
        q = BY_ID[m["quote"]]
        quoted = received_body(q, m["sender"])
        if m["style"] == "gmail":
            quoted = "\n".join(("> " + ln) if ln else ">" for ln in quoted.split("\n"))
            body = body + "\n\n" + header(q, "gmail") + "\n\n" + quoted
        else:
            body = body + "\n\n" + header(q, m["style"]) + "\n" + ("\n" if m["style"] != "fr" else "\n") + quoted
    return body


def received_body(m, reader):
    """The body as it sits in `reader`'s mailbox: the City's gateway stamps a banner on outside mail."""
    body = sent_body(m)
    if P[reader][2] and not P[m["sender"]][2]:
        body = BANNER + "\n\n" + body
    return body


COLUMNS = ["Subject", "Body", "From: (Name)", "From: (Address)", "From: (Type)", "To: (Name)", "To: (Address)",
           "To: (Type)", "CC: (Name)", "CC: (Address)", "CC: (Type)", "BCC: (Name)", "BCC: (Address)", "BCC: (Type)",
           "Billing Information", "Categories", "Importance", "Mileage", "Sensitivity"]


def row(m):
    city_reader = next((k for k in [m["sender"]] + m["to"] + m["cc"] if P[k][2]), m["sender"])
    body = received_body(m, city_reader).replace("\n", "\r\n") + "\r\n"
    f = addr(m["sender"])
    to = [addr(k) for k in m["to"]]
    cc = [addr(k) for k in m["cc"]]
    j = lambda xs, i: ";".join(x[i] for x in xs)
    return [m["subject"], body, f[0], f[1], f[2], j(to, 0), j(to, 1), j(to, 2), j(cc, 0), j(cc, 1), j(cc, 2),
            "", "", "", "", "", "Normal", "", "Normal"]


# the records clerk's folder, in the order Outlook listed it (newest first where known, then the rest)
ORDER = ["G2", "G1", "E4", "A7", "H1", "F2", "F1", "E3", "E2", "E1", "A6", "C4", "A4", "A3", "D2", "D1", "C1",
         "B2", "B1", "A2", "A1"]


def main():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for mid in ORDER:
        assert BY_ID[mid]["row"]
        w.writerow(row(BY_ID[mid]))
    assert len(ORDER) == sum(1 for m in M if m["row"])
    with open(OUT, "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    print(OUT, len(ORDER), "rows")


if __name__ == "__main__":
    main()
