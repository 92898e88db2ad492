"""Probe DV: an invented police special-events unit release, one Outlook-printed PDF per message, zipped.

Everything here is fiction. Deterministic: fixed PDF dates and zip timestamps.
Writes release.zip (CPD-SE-000nnn-000nnn.pdf per message) and gold.json next to this script.
"""
import datetime as dt
import io
import json
import zipfile
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
TZ = ZoneInfo("America/Denver")

P = {
    "oakhurst": ("Renata Oakhurst", "roakhurst@calderspringspd.org", "officer", "Oakhurst, Renata"),
    "ferrante": ("Tobias Ferrante", "tferrante@calderspringspd.org", "officer", "Ferrante, Tobias"),
    "whitlock": ("Dana Whitlock", "dwhitlock@calderspringspd.org", "officer", "Whitlock, Dana"),
    "kasprzak": ("Emil Kasprzak", "ekasprzak@calderspringspd.org", "officer", "Kasprzak, Emil"),
    "lindqvist": ("Wade Lindqvist", "wlindqvist@calderspringspd.org", "officer", "Lindqvist, Wade"),
    "halvorsen": ("Priya Halvorsen", "phalvorsen@calderspringspd.org", "officer", "Halvorsen, Priya"),
    "maddox": ("Corey Maddox", "cmaddox@summitlinevenues.com", "vendor_employee", "Maddox, Corey"),
    "reyes": ("Alina Reyes-Park", "areyespark@summitlinevenues.com", "vendor_employee", "Reyes-Park, Alina"),
    "pell": ("Jonah Pell", "jonah.pell@tixridge.com", "vendor_employee", "Pell, Jonah"),
    "grange": ("Hollis Grange", "hgrange@redfernvalleypd.org", "officer", "Grange, Hollis"),
}
AFFIL = {"oakhurst": "div_seu", "ferrante": "div_seu", "whitlock": "div_seu", "kasprzak": "div_seu",
         "lindqvist": "div_seu", "halvorsen": "org_cspd", "maddox": "org_summitline", "reyes": "org_summitline",
         "pell": "org_tixridge", "grange": "org_redfern"}

SIG = {
    "oakhurst": "Cmdr. Renata Oakhurst\nCommander, Special Events Unit\nCalder Springs Police Department",
    "ferrante": "Lt. Tobias Ferrante\nSpecial Events Unit\nCalder Springs Police Department",
    "whitlock": "Sgt. Dana Whitlock\nSpecial Events Unit | Calder Springs Police Department",
    "kasprzak": "Sgt. Emil Kasprzak\nSpecial Events Unit\nCalder Springs Police Department",
    "lindqvist": "Ofc. Wade Lindqvist #2291\nTraffic, Special Events Unit\nCalder Springs Police Department",
    "halvorsen": "Priya Halvorsen\nEthics Liaison, Office of the Chief\nCalder Springs Police Department\n(719) 555-0188",
    "maddox": "Corey Maddox\nVP, Public Safety Partnerships\nSummitline Venues | operator of the Basin Center\n(719) 555-0142",
    "reyes": "Alina Reyes-Park\nPremium Seating Manager\nSummitline Venues",
    "pell": "Jonah Pell\nCommunity Partnerships Lead, TixRidge\n(720) 555-0117",
    "grange": "Hollis Grange\nDeputy Chief, Redfern Valley Police Department",
}

# (id, custodian, from, to, cc, local datetime, subject, body, quotes-id or None)
M = [
    ("m01", "ferrante", "maddox", ["ferrante"], ["oakhurst"], (2026, 9, 14, 10, 12),
     "Extra-duty staffing agreement - 2026-27 season",
     "Tobias,\n\nAttached is the renewed extra-duty agreement for the 2026-27 season. Same terms as last year: "
     "Summitline reimburses the City at the contract rate of $84.50 per officer-hour for event security, "
     "invoiced monthly against PO 55-20931, with a four-hour minimum per post. Please route it through your "
     "usual signature chain and send me the executed copy when it is back from the City Attorney.\n\nThanks,\nCorey",
     None, "Extra-duty Agreement 2026-27.pdf"),
    ("m02", "ferrante", "reyes", ["ferrante"], ["whitlock"], (2026, 9, 21, 14, 47),
     "Saturday - Suite 14",
     "Tobias,\n\nI've put you and Dana on the suite list for Saturday's home opener, Suite 14, doors at 5:30. "
     "Just give your names at the premium entrance on the east side. Food and drinks are handled, and the "
     "valet knows to expect you.\n\nSee you there,\nAlina", None, None),
    ("m03", "whitlock", "whitlock", ["reyes"], ["ferrante"], (2026, 9, 21, 15, 5),
     "RE: Saturday - Suite 14",
     "Alina,\n\nWe'll be there. Appreciate you thinking of us.\n\nDana", "m02", None),
    ("m04", "oakhurst", "maddox", ["oakhurst"], [], (2026, 10, 2, 9, 30),
     "Thursday",
     "Renata,\n\nYour name's at will-call for two for Thursday's show. The car will pick you up at 6 at the "
     "house and bring you both back after the encore, so there is nothing for you to arrange. Enjoy the night "
     "off for once.\n\nCorey", None, None),
    ("m05", "oakhurst", "oakhurst", ["maddox"], [], (2026, 10, 5, 8, 14),
     "RE: Thursday",
     "Corey,\n\nThank you for Thursday, a lovely evening. And for what it's worth, the egress plan for the "
     "concert ran like clockwork from where I was standing.\n\nRenata", "m04", None),
    ("m06", "oakhurst", "oakhurst", ["grange"], ["ferrante"], (2026, 10, 13, 11, 20),
     "FlowWarden - our experience",
     "Hollis,\n\nYou asked how we have found the crowd-management platform at the Basin Center. Short answer: "
     "I would recommend FlowWarden from Summitline Venues to any department that polices a large venue. Its "
     "live density map cut our post-game clearance time from 41 minutes to 26, and my sergeants actually trust "
     "it, which is more than I can say for most software we are handed. If your council is weighing it, I am "
     "happy to get on a call with them.\n\nBest,\nRenata", None, None),
    ("m07", "oakhurst", "grange", ["oakhurst"], [], (2026, 10, 13, 16, 2),
     "RE: FlowWarden - our experience",
     "Renata,\n\nVery helpful, thank you. I'll pass this to our procurement office ahead of the budget "
     "session.\n\nHollis", "m06", None),
    ("m08", "ferrante", "pell", ["ferrante"], [], (2026, 10, 20, 13, 15),
     "First Responders programme - your unit's code",
     "Lieutenant,\n\nAs promised, here is your unit's referral code for the TixRidge First Responders "
     "programme: SEU-RIDGE-4417. Anyone who signs up with it gets the member presale and no service fees on "
     "their first two orders, and your unit gets credit toward the quarterly draw.\n\nJonah", None, None),
    ("m09", "ferrante", "ferrante", ["whitlock", "kasprzak", "lindqvist"], [], (2026, 10, 20, 14, 40),
     "FW: First Responders programme - your unit's code",
     "Team,\n\nPassing this along. Sign up at tixridge.com/responders with code SEU-RIDGE-4417 and it counts "
     "for the unit. Worth it for the presale alone.\n\nTF", "m08", None),
    ("m10", "lindqvist", "lindqvist", ["ferrante", "whitlock", "kasprzak"], [], (2026, 10, 27, 10, 5),
     "Heroes Night 11/19",
     "FYI for family plans: Heroes Night is Nov 19. The arena is doing 20% off upper bowl seats for anyone, "
     "no ID needed, just buy at the box office or online. It's open to the public, so tell your neighbors "
     "too.\n\nWade", None, None),
    ("m11", "kasprzak", "maddox", ["kasprzak", "lindqvist"], [], (2026, 11, 3, 15, 30),
     "Lot C",
     "Emil, Wade,\n\nParking's taken care of for the rest of the season. Two Lot C hangtags each are in the "
     "interoffice envelope at the command post, good for all 38 remaining home dates. Hang them from the "
     "mirror and the attendants will wave you through.\n\nCorey", None, None),
    ("m12", "kasprzak", "kasprzak", ["halvorsen"], ["ferrante"], (2026, 11, 4, 9, 12),
     "Returning Lot C passes",
     "Priya,\n\nSummitline left me two season hangtags for Lot C (see below). I'm not keeping them. I will drop "
     "both at your office this morning so they can go back to Corey with the department's letter. Please log "
     "them as returned.\n\nEmil", "m11", None),
    ("m13", "halvorsen", "halvorsen", ["maddox"], ["kasprzak"], (2026, 11, 4, 11, 48),
     "Returned: Lot C hangtags",
     "Mr. Maddox,\n\nSgt. Kasprzak has returned the two Lot C hangtags your office provided; they are enclosed "
     "with our letter. Under General Order 3.12, members of the unit may not accept parking or admission from a "
     "vendor whose events they staff. Please direct any such offers to this office in future.\n\nRegards,\nPriya "
     "Halvorsen", None, "Ltr to Summitline 2026-11-04.pdf"),
    ("m14", "halvorsen", "halvorsen", ["oakhurst", "ferrante", "whitlock", "kasprzak", "lindqvist"], [],
     (2026, 11, 10, 14, 20),
     "Q4 disclosure forms",
     "All,\n\nQuarterly disclosure forms are due November 20. If anything of value came to you from Summitline, "
     "TixRidge or another vendor this quarter, list it with the date and, if you know it, the value. I am "
     "asking Summitline for values separately.\n\nPriya", None, None),
    ("m15", "halvorsen", "reyes", ["halvorsen"], ["ferrante"], (2026, 11, 12, 8, 55),
     "Values for your disclosure forms",
     "Ms. Halvorsen,\n\nAs requested, our values for the unit's forms:\n"
     "- Suite 14 seats for the Sept 26 opener: $340 per seat (Lt. Ferrante and Sgt. Whitlock, one each).\n"
     "- Lot C season hangtags: $300 each. Officer Lindqvist has two; Sgt. Kasprzak's two came back to us.\n"
     "- Oct 8 concert for Commander Oakhurst: two seats at $95 each and car service at $160.\n\n"
     "Let me know if the forms need anything else from us.\n\nAlina", None, None),
    ("m16", "lindqvist", "lindqvist", ["kasprzak"], [], (2026, 11, 17, 16, 45),
     "Saturday seats",
     "Emil,\n\nI went ahead and bought two seats in 118 for Saturday on my own card ($96 total, receipt "
     "attached) so I can bring my son. Paid for them myself, so nothing for Priya's list. If you're working "
     "the north gate, come say hi at first intermission.\n\nWade", None, "receipt_118.pdf"),
    ("m17", "lindqvist", "pell", ["lindqvist"], [], (2026, 12, 1, 10, 30),
     "Porch",
     "Wade,\n\nThanks again for sorting out the rideshare lane on the 19th. Check your porch Friday: a home "
     "jersey signed by the whole roster, in your son's size. It's handled, nothing for you to do.\n\nJonah",
     None, None),
    ("m18", "kasprzak", "maddox", ["kasprzak"], [], (2026, 12, 2, 9, 0),
     "Holidays",
     "Emil,\n\nThe holiday hamper from all of us at Summitline goes out with the courier Thursday. It's "
     "handled; they have your home address. Smoked trout, the pinon coffee, the works. Happy holidays to you "
     "and Marisol.\n\nCorey", None, None),
    ("m19", "lindqvist", "lindqvist", ["halvorsen"], [], (2026, 12, 4, 17, 10),
     "RE: Q4 disclosure forms",
     "Priya,\n\nAdding to my Q4 form: the two Lot C hangtags from Summitline, and a signed home jersey from "
     "Jonah Pell at TixRidge that arrived today. He says it runs about $225 at the team store. Let me know if "
     "you need anything else.\n\nWade", "m14", None),
]

BYID = {m[0]: m for m in M}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def outlook_time(t):
    d = dt.datetime(*t)
    h = d.hour % 12 or 12
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def addr(k):
    name, email, _, last_first = P[k]
    return f"{last_first} <{email}>"


def header_lines(m):
    _, _, frm, to, cc, t, subj, _, _, att = m
    lines = [("From:", addr(frm)), ("Sent:", outlook_time(t)), ("To:", "; ".join(addr(k) for k in to))]
    if cc:
        lines.append(("Cc:", "; ".join(addr(k) for k in cc)))
    lines.append(("Subject:", subj))
    if att:
        lines.append(("Attachments:", att))
    return lines


class Doc(FPDF):
    bates0 = 0

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "", align="L")
        self.set_x(-60)
        self.cell(45, 5, f"CPD-SE-{self.bates0 + self.page_no() - 1:06d}", align="R")


def render(m, bates0):
    pdf = Doc(format="Letter")
    pdf.bates0 = bates0
    pdf.set_creation_date(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.timezone.utc))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_margins(18, 15, 18)
    pdf.set_xy(18, 15)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, P[m[1]][0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.8)
    pdf.line(18, pdf.get_y() + 1, 198, pdf.get_y() + 1)
    pdf.ln(5)

    def block(msg, quoted):
        for lab, val in header_lines(msg):
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(26, 5, lab)
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        body = msg[7] + "\n\n" + SIG[msg[2]]
        pdf.set_font("Helvetica", "", 10)
        for para in body.split("\n"):
            pdf.multi_cell(0, 5, para if para else " ", new_x="LMARGIN", new_y="NEXT")
        if msg[8]:
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_line_width(0.2)
            pdf.line(18, y, 198, y)
            pdf.ln(2)
            block(BYID[msg[8]], True)

    block(m, False)
    return pdf


def build():
    files = []
    bates = 211
    for m in M:
        n = render(m, bates).pages_count
        pdf = render(m, bates)
        data = bytes(pdf.output())
        name = f"CPD-SE-{bates:06d}-{bates + n - 1:06d}.pdf"
        files.append((name, data))
        bates += n
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo("CPD_SpecialEvents_Production_Vol2/" + name, date_time=(2026, 12, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    (HERE / "release.zip").write_bytes(buf.getvalue())
    return files


def gold():
    ents = []
    for k, (name, email, role, lf) in P.items():
        ents.append({"id": f"p_{k}", "kind": "person", "name": name, "aliases": [lf], "emails": [email],
                     "role": role, "affiliation": AFFIL[k]})
    ents += [
        {"id": "org_cspd", "kind": "organization", "name": "Calder Springs Police Department", "aliases": ["CSPD"]},
        {"id": "div_seu", "kind": "division", "name": "Special Events Unit", "aliases": []},
        {"id": "org_summitline", "kind": "organization", "name": "Summitline Venues", "aliases": ["Summitline"]},
        {"id": "org_tixridge", "kind": "organization", "name": "TixRidge", "aliases": []},
        {"id": "org_redfern", "kind": "organization", "name": "Redfern Valley Police Department", "aliases": []},
        {"id": "prod_flowwarden", "kind": "product", "name": "FlowWarden", "aliases": []},
        {"id": "code_seu", "kind": "code", "name": "SEU-RIDGE-4417", "aliases": []},
    ]
    # Lindqvist and the others: the Special Events Unit's members; affiliation for persons used for lenient GIFT.
    msgs = []
    emailed = Counter()
    for m in M:
        sent = dt.datetime(*m[5], tzinfo=TZ).isoformat()
        msgs.append({"id": m[0], "sent": sent, "subject": m[6], "from": f"p_{m[2]}",
                     "to": [f"p_{k}" for k in m[3]], "cc": [f"p_{k}" for k in m[4]]})
        for k in m[3] + m[4]:
            emailed[(m[2], k)] += 1
    rel = [
        {"type": "GIFT", "source": "p_reyes", "target": "p_ferrante", "value_usd": 340, "items": [],
         "messages": ["m02", "m15"], "note": "Suite 14 seat, home opener"},
        {"type": "GIFT", "source": "p_reyes", "target": "p_whitlock", "value_usd": 340, "items": [],
         "messages": ["m02", "m15"], "note": "Suite 14 seat, home opener"},
        {"type": "GIFT", "source": "p_maddox", "target": "p_oakhurst", "value_usd": 350, "items": [],
         "messages": ["m04", "m05", "m15"], "note": "two concert seats at will-call and a car there and back"},
        {"type": "GIFT", "source": "p_maddox", "target": "p_lindqvist", "value_usd": 600, "items": [],
         "messages": ["m11", "m15", "m19"], "note": "two Lot C season parking hangtags, kept"},
        {"type": "GIFT", "source": "p_pell", "target": "p_lindqvist", "value_usd": 225, "items": [],
         "messages": ["m17", "m19"], "note": "signed home jersey"},
        {"type": "GIFT", "source": "p_maddox", "target": "p_kasprzak", "value_usd": None, "items": [],
         "messages": ["m18"], "note": "holiday hamper; value not stated"},
        {"type": "REFERRAL", "source": "p_ferrante", "target": "org_tixridge", "code": "code_seu",
         "messages": ["m09"]},
        {"type": "PROMOTED", "source": "p_oakhurst", "target": "prod_flowwarden", "messages": ["m06"]},
    ]
    for k, a in AFFIL.items():
        rel.append({"type": "MEMBER_OF", "source": f"p_{k}", "target": a})
    for (s, d), c in sorted(emailed.items()):
        rel.append({"type": "EMAILED", "source": f"p_{s}", "target": f"p_{d}", "count": c})
    g = {"about": "Probe DV gold: invented release, written blind.",
         "negatives": ["m01 paid extra-duty contract", "m11/m12/m13 Kasprzak's Lot C hangtags returned",
                       "m10 Heroes Night public discount", "m16 seats Lindqvist paid for himself",
                       "m05/m07 ordinary thanks"],
         "entities": ents, "messages": msgs, "relations": rel}
    (HERE / "gold.json").write_text(json.dumps(g, indent=1) + "\n")


if __name__ == "__main__":
    fs = build()
    gold()
    for name, _ in fs:
        print(name)
