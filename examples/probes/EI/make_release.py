#!/usr/bin/env python3
"""Write probe EI: an invented state DOT bridge division's ethics-office mail, printed from Outlook
to one PDF (one message per page, Bates stamp on each), and its gold. Everything is invented."""
import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
TZ = ZoneInfo("America/Denver")
DOT = "dot.arapine.gov"

P = {  # id: (display "Last, First", email)
    "marisol": ("Quenneville, Marisol", f"marisol.quenneville@{DOT}"),
    "dorian": ("Fitzhallow, Dorian", f"dorian.fitzhallow@{DOT}"),
    "priya": ("Vantongeren, Priya", f"priya.vantongeren@{DOT}"),
    "casimir": ("Oduya, Casimir", f"casimir.oduya@{DOT}"),
    "henrietta": ("Lasko-Brandt, Henrietta", f"henrietta.laskobrandt@{DOT}"),
    "tobin": ("Tobin Eckersall", "tobin.eckersall@spanwiseaerial.com"),
    "lucinda": ("Lucinda Marrow-Pike", "lucinda.marrowpike@spanwiseaerial.com"),
    "gerald": ("Gerald Nakashima-Ruiz", "gnakashima-ruiz@wollastoncounty.org"),
}

SIG = {
    "marisol": "Marisol Quenneville, P.E.\nChief Bridge Engineer\nBridge Division | Arapine Department of Transportation",
    "dorian": "Dorian Fitzhallow, P.E.\nDistrict 2 Bridge Engineer\nBridge Division | Arapine Department of Transportation",
    "priya": "Priya Vantongeren, P.E.\nDistrict 5 Bridge Engineer\nBridge Division | Arapine Department of Transportation",
    "casimir": "Casimir Oduya\nBridge Inspection Supervisor\nBridge Division | Arapine Department of Transportation",
    "henrietta": "Henrietta Lasko-Brandt\nEthics and Compliance Officer\nEthics and Compliance Office | Arapine Department of Transportation",
    "tobin": "Tobin Eckersall\nAccount Manager, Public Agencies\nSpanwise Aerial Inspection, LLC\n(303) 555-0147",
    "lucinda": "Lucinda Marrow-Pike\nVice President of Engineering\nSpanwise Aerial Inspection, LLC",
    "gerald": "Gerald Nakashima-Ruiz, P.E.\nCounty Engineer\nWollaston County",
}

# (id, owner mailbox, local time, from, to, cc, subject, body)
M = [
    ("m01", "priya", "2026-03-03 09:14", "tobin", ["priya"], ["casimir"], "SkyTruss X4 demo flight - Kessler Gorge",
     "Priya,\n\nAs part of the department's evaluation of under-deck inspection platforms, we can fly a demonstration of the "
     "SkyTruss X4 over the Kessler Gorge Bridge on March 12 or 13. There is no cost to the department for the evaluation "
     "flight; our pilot and the aircraft leave with us when it's done, and you keep the inspection imagery.\n\n"
     "Let me know which morning suits your crew."),
    ("m02", "priya", "2026-03-05 16:40", "priya", ["tobin"], ["casimir"], "RE: SkyTruss X4 demo flight - Kessler Gorge",
     "Tobin,\n\nThe 12th works. Casimir will meet your pilot at the north abutment at 7:30. Thanks for setting this up "
     "so quickly - the crew is curious to see how the aircraft handles the gorge winds."),
    ("m03", "dorian", "2026-03-18 08:05", "dorian", ["henrietta"], [], "Gift question - Spanwise site visit",
     "Henrietta,\n\nDuring yesterday's site visit at the Hollis Creek overpass, Spanwise's account manager, Tobin "
     "Eckersall, handed me a Spanwise softshell jacket and a case of Syrah, maybe $200 in all. I didn't want to make a "
     "scene in front of the crew, so I took them back to the office. May I keep them? If not, tell me what to do."),
    ("m04", "dorian", "2026-03-18 13:22", "henrietta", ["dorian"], [], "RE: Gift question - Spanwise site visit",
     "Dorian,\n\nThank you for asking before using any of it. No - at roughly $200 from a firm with a pending "
     "evaluation, these are over the $50 limit in our gift policy. Please return both the jacket and the wine to Mr. "
     "Eckersall with a short note, and copy me so the file shows the return."),
    ("m05", "dorian", "2026-03-20 10:31", "dorian", ["tobin"], ["henrietta"], "Returning the jacket and wine",
     "Tobin,\n\nI appreciate the thought, but I can't accept gifts of this value under department policy. I've sent the "
     "jacket and the case of wine back to your Aurelian Street office by courier this morning.\n\nNo hard feelings."),
    ("m06", "casimir", "2026-03-24 07:48", "casimir", ["henrietta"], [], "Spanwise thermos and cap",
     "Henrietta,\n\nTobin Eckersall left a Spanwise-logo thermos and a ball cap on my desk after the Kessler Gorge "
     "demo. I looked them up: about $35 for the two. Am I OK to keep them?"),
    ("m07", "casimir", "2026-03-24 11:02", "henrietta", ["casimir"], [], "RE: Spanwise thermos and cap",
     "Casimir,\n\nYes, you may keep them. Logo items of modest value like these are under the $50 limit. I've logged "
     "them in the gift register."),
    ("m08", "marisol", "2026-04-02 14:15", "marisol", ["tobin"], ["casimir"],
     "Purchase Order PO 26-BR-0381 - bridge inspection services",
     "Tobin,\n\nAttached is Purchase Order PO 26-BR-0381 for drone-assisted inspection services on forty-two District 2 "
     "and District 5 structures, in the amount of $148,500, per the contract awarded March 30. Invoices go to Bridge "
     "Division accounts payable, referencing the PO number.\n\nWe look forward to working with your team."),
    ("m09", "priya", "2026-04-09 09:50", "tobin", ["priya"], [], "Aviators tickets Friday",
     "Hi Priya,\n\nI have two extra tickets for Friday's Arapine Aviators game and left them for you at will call under "
     "your name - $24 apiece at face value. Enjoy the game!"),
    ("m10", "priya", "2026-04-09 10:12", "priya", ["henrietta"], [], "Baseball tickets from Spanwise",
     "Henrietta,\n\nTobin Eckersall at Spanwise offered me two tickets to Friday's Aviators game, $48 in all at face "
     "value. May I use them?"),
    ("m11", "priya", "2026-04-10 08:37", "henrietta", ["priya"], [], "RE: Baseball tickets from Spanwise",
     "Priya,\n\nThat's fine - $48 is under the limit. Keep them and enjoy the game. I've noted it in the register."),
    ("m12", "priya", "2026-04-14 15:26", "priya", ["henrietta"], [], "Engineers Council gala seat",
     "Henrietta,\n\nLucinda Marrow-Pike, Spanwise's VP of Engineering, invited me to sit at their table at the Arapine "
     "Engineers Council gala on May 2. A seat is $240. I'd like to attend for the networking. What are my options?"),
    ("m13", "priya", "2026-04-15 09:03", "henrietta", ["priya"], [], "RE: Engineers Council gala seat",
     "Priya,\n\nYou may attend if you pay Spanwise the full market value of the seat, $240, yourself. Then it isn't a "
     "gift. Please send me the receipt when you have it."),
    ("m14", "priya", "2026-04-22 12:44", "priya", ["lucinda"], ["henrietta"], "Gala seat - payment",
     "Lucinda,\n\nThank you for the invitation. I've paid Spanwise the $240 for my seat by personal check (no. 2214), so "
     "the seat is at my own expense. Could you send a receipt to me and to Henrietta?\n\nSee you on the 2nd."),
    ("m15", "marisol", "2026-05-04 10:18", "marisol", ["henrietta"], [], "Book from Spanwise",
     "Henrietta,\n\nLucinda Marrow-Pike mailed me a hardcover copy of \"Trusses of the High Plains\" this week - it lists "
     "at $45. It's a good reference for the older pin-connected spans. May I keep it?"),
    ("m16", "marisol", "2026-05-04 14:51", "henrietta", ["marisol"], [], "RE: Book from Spanwise",
     "Marisol,\n\nYes, keep it. A $45 book is within the limit; I've added it to the gift register."),
    ("m17", "dorian", "2026-05-12 11:06", "dorian", ["gerald"], [], "Drone inspection vendor",
     "Gerald,\n\nYou asked who we use for under-deck work. Spanwise Aerial Inspection has been solid for us. If you sign "
     "up with them, give them their referral code SPW-REF-4417 - it takes 10% off a new agency's first inspection package."),
    ("m18", "dorian", "2026-05-20 16:29", "gerald", ["tobin"], ["dorian"], "Wollaston County - new account",
     "Mr. Eckersall,\n\nWollaston County would like to set up an account for the inspection of our six truss bridges. "
     "Dorian Fitzhallow gave me your referral code, SPW-REF-4417; please apply it to our first package."),
    ("m19", "marisol", "2026-06-01 13:37", "marisol", ["lucinda"], [], "Testimonial for Spanwise",
     "Lucinda,\n\nHere is the statement you asked for, for your agency references:\n\n\"Spanwise Aerial Inspection cut "
     "our under-deck inspection time in half this season without a single lane closure. I recommend Spanwise to any "
     "state bridge program.\" - Marisol Quenneville, Chief Bridge Engineer\n\nYou may use it with my name and title."),
    ("m20", "casimir", "2026-12-16 08:12", "casimir", ["henrietta"], [], "Holiday basket from Spanwise",
     "Henrietta,\n\nLucinda Marrow-Pike sent me a holiday basket from Spanwise - smoked meats, cheese and chocolates. "
     "The card says it's about $120. I assume I can't keep it. What should I do with it?"),
    ("m21", "casimir", "2026-12-16 12:40", "henrietta", ["casimir"], [], "RE: Holiday basket from Spanwise",
     "Casimir,\n\nCorrect, $120 is over the limit, and the food won't keep long enough to send back. Please donate the "
     "basket to the Foothill Food Pantry and tell me when it's done."),
    ("m22", "casimir", "2026-12-17 09:25", "casimir", ["henrietta"], [], "RE: Holiday basket from Spanwise",
     "Henrietta,\n\nDone - I dropped the basket off at the Foothill Food Pantry this morning. They gave me a donation "
     "receipt, which I've scanned to the register folder.\n\nThanks for the quick answer."),
]


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def addr(pid):
    name, email = P[pid]
    return f"{name} <{email}>"


def write_pdf(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("Arapine DOT Bridge Division - ethics correspondence")
    W, H = letter
    for n, (mid, owner, t, frm, to, cc, subj, body) in enumerate(M, 1):
        y = H - 60
        c.setFont("Helvetica-Bold", 13)
        c.drawString(54, y, P[owner][0])
        y -= 8
        c.line(54, y, W - 54, y)
        y -= 20
        d = when(t)
        rows = [("From:", addr(frm)), ("Sent:", d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")),
                ("To:", "; ".join(addr(x) for x in to))]
        if cc:
            rows.append(("Cc:", "; ".join(addr(x) for x in cc)))
        rows.append(("Subject:", subj))
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(54, y, k)
            c.setFont("Helvetica", 10)
            c.drawString(120, y, v)
            y -= 14
        y -= 14
        c.setFont("Helvetica", 10.5)
        text = body + "\n\n" + SIG[frm]
        for para in text.split("\n"):
            line = ""
            for w in para.split(" "):
                if c.stringWidth(line + " " + w, "Helvetica", 10.5) > W - 108 and line:
                    c.drawString(54, y, line)
                    y -= 14
                    line = w
                else:
                    line = (line + " " + w).strip()
            c.drawString(54, y, line)
            y -= 14
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 54, 36, f"APDOT-ETH-{n:06d}")
        c.showPage()
    c.save()


def person(pid, name, role, aff, extra=()):
    return {"id": pid, "kind": "person", "name": name, "role": role, "emails": [P[pid][1]], "aliases": list(extra),
            "affiliation": aff}


def gold():
    ents = [
        person("marisol", "Marisol Quenneville", "officer", "dot"),
        person("dorian", "Dorian Fitzhallow", "officer", "dot"),
        person("priya", "Priya Vantongeren", "officer", "dot"),
        person("casimir", "Casimir Oduya", "officer", "dot"),
        person("henrietta", "Henrietta Lasko-Brandt", "officer", "dot"),
        person("tobin", "Tobin Eckersall", "vendor_employee", "spanwise"),
        person("lucinda", "Lucinda Marrow-Pike", "vendor_employee", "spanwise"),
        person("gerald", "Gerald Nakashima-Ruiz", "other", "wollaston"),
        {"id": "dot", "kind": "organization", "name": "Arapine Department of Transportation", "aliases": ["Arapine DOT"]},
        {"id": "spanwise", "kind": "organization", "name": "Spanwise Aerial Inspection, LLC",
         "aliases": ["Spanwise Aerial Inspection", "Spanwise"]},
        {"id": "wollaston", "kind": "organization", "name": "Wollaston County", "aliases": []},
        {"id": "pantry", "kind": "organization", "name": "Foothill Food Pantry", "aliases": []},
        {"id": "council", "kind": "organization", "name": "Arapine Engineers Council", "aliases": []},
        {"id": "aviators", "kind": "organization", "name": "Arapine Aviators", "aliases": ["Aviators"]},
        {"id": "bridge", "kind": "division", "name": "Bridge Division", "aliases": []},
        {"id": "ethics", "kind": "division", "name": "Ethics and Compliance Office", "aliases": []},
        {"id": "skytruss", "kind": "product", "name": "SkyTruss X4", "aliases": []},
        {"id": "book", "kind": "product", "name": "Trusses of the High Plains", "aliases": []},
        {"id": "code_ref", "kind": "code", "name": "SPW-REF-4417", "aliases": []},
    ]
    msgs = [{"id": m[0], "sent": when(m[2]).isoformat(), "subject": m[6]} for m in M]
    rels = [
        # kept after the ethics officer's answer
        {"type": "GIFT", "source": "tobin", "target": "casimir", "value_usd": 35, "items": [], "messages": ["m06", "m07"]},
        {"type": "GIFT", "source": "tobin", "target": "priya", "value_usd": 48, "items": [], "messages": ["m09", "m10", "m11"]},
        {"type": "GIFT", "source": "lucinda", "target": "marisol", "value_usd": 45,
         "items": [{"product": "book", "quantity": 1}], "messages": ["m15", "m16"]},
        # NOT gifts: Tobin -> Dorian returned (m03-m05); Lucinda -> Priya paid at market value (m12-m14);
        # Lucinda -> Casimir donated to a food pantry (m20-m22); demo flight at no cost (m01); PO (m08).
        {"type": "REFERRAL", "source": "dorian", "target": "spanwise", "messages": ["m17", "m18"]},
        {"type": "PROMOTED", "source": "marisol", "target": "spanwise", "messages": ["m19"]},
    ]
    for pid in ("marisol", "dorian", "priya", "casimir"):
        rels.append({"type": "MEMBER_OF", "source": pid, "target": "dot"})
        rels.append({"type": "MEMBER_OF", "source": pid, "target": "bridge"})
    rels += [{"type": "MEMBER_OF", "source": "henrietta", "target": "dot"},
             {"type": "MEMBER_OF", "source": "henrietta", "target": "ethics"},
             {"type": "MEMBER_OF", "source": "tobin", "target": "spanwise"},
             {"type": "MEMBER_OF", "source": "lucinda", "target": "spanwise"},
             {"type": "MEMBER_OF", "source": "gerald", "target": "wollaston"}]
    cnt, ev = Counter(), {}
    for m in M:
        for r in m[4] + m[5]:
            cnt[(m[3], r)] += 1
            ev.setdefault((m[3], r), []).append(m[0])
    for (s, t), k in sorted(cnt.items()):
        rels.append({"type": "EMAILED", "source": s, "target": t, "count": k, "messages": ev[(s, t)]})
    return {"entities": ents, "messages": msgs, "relations": rels}


if __name__ == "__main__":
    write_pdf(HERE / "arapine_dot_bridge_ethics.pdf")
    (HERE / "gold.json").write_text(json.dumps(gold(), indent=1) + "\n")
