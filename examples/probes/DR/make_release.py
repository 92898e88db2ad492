"""Write the DR probe release: one PDF printed from Apple Mail (a school district's athletics
department and an invented team dealer), plus gold.json. Everything here is invented."""
import json
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
D = "harlowcreekisd.org"
V = "ironbrookteam.com"

P = {  # id: (name, email, role, affiliation)
    "dana": ("Dana Whitcomb", f"dwhitcomb@{D}", "officer", "hcisd"),
    "marcus": ("Marcus Oyelaran", f"moyelaran@{D}", "officer", "hcisd"),
    "travis": ("Travis Kettleman", f"tkettleman@{D}", "officer", "hcisd"),
    "renee": ("Renee Castellanos", f"rcastellanos@{D}", "officer", "hcisd"),
    "lyle": ("Lyle Brandvold", f"lbrandvold@{D}", "officer", "hcisd"),
    "janelle": ("Janelle Foust", f"jfoust@{D}", "officer", "hcisd"),
    "cody": ("Cody Rasmussen", f"crasmussen@{V}", "vendor_employee", "ironbrook"),
    "heather": ("Heather Lindqvist", f"hlindqvist@{V}", "vendor_employee", "ironbrook"),
    "gary": ("Gary Pettibone", "gpettibone@cedarhollowschools.net", "other", "cedar"),
    "tamsin": ("Tamsin Aldridge", "taldridge@cedarhollowschools.net", "other", "cedar"),
    "stacy": ("Stacy Merriwether", "stacy.merriwether@prairiemail.net", "other", "boosters"),
}

SIG = {
    "dana": "Dana Whitcomb\nAthletic Director\nAthletics Department | Harlow Creek ISD",
    "marcus": "Marcus Oyelaran\nAssistant Athletic Director\nHarlow Creek ISD Athletics",
    "travis": "Coach Travis Kettleman\nHead Football Coach, Harlow Creek High School\nHarlow Creek ISD",
    "renee": "Renee Castellanos\nHead Girls' Basketball Coach\nHarlow Creek ISD",
    "lyle": "Lyle Brandvold\nEquipment Manager, Harlow Creek ISD Athletics",
    "janelle": "Janelle Foust\nPurchasing Coordinator\nPurchasing Department | Harlow Creek ISD",
    "cody": "Cody Rasmussen\nTerritory Sales Representative\nIronbrook Team Sports | 555-0148",
    "heather": "Heather Lindqvist\nTeam Dealer Manager\nIronbrook Team Sports",
}

# id, from, to, cc, (y, mo, d, h, mi, s), subject, body, quoted message id
M = [
    ("m01", "cody", ["travis"], ["heather"], (2025, 2, 3, 8, 42, 10), "Coaches' gear allowance for spring",
     "Coach,\n\nEvery spring Ironbrook sets aside a coaches' gear allowance for our partner programs. Yours is $500 this "
     "year. Pick whatever you like out of the catalog (the Stormline Quarter-Zips are the favorite) and I'll ship it "
     "straight to your house, no invoice.\n\nJust send me sizes.", None),
    ("m02", "travis", ["cody"], [], (2025, 2, 3, 16, 15, 33), "Re: Coaches' gear allowance for spring",
     "Appreciate it, Cody. Put me down for two Stormline Quarter-Zips in XL and two of the Vanguard Sideline Polos "
     "in black, also XL. Home address is the same as last year.", "m01"),
    ("m03", "cody", ["dana"], ["lyle"], (2025, 2, 6, 10, 2, 47), "Sideline polos for the staff",
     "Dana,\n\nI dropped off a box of six Ironbrook Vanguard Sideline Polos at the field house this morning for the "
     "staff. They're on us, no charge (retail is $58 each). Lyle has them in the equipment room.\n\nAlso, our spring "
     "catalog is out: any school can take 10% off with code SPRING10 through April 30.", None),
    ("m04", "dana", ["cody"], ["lyle"], (2025, 2, 6, 13, 30, 5), "Re: Sideline polos for the staff",
     "Thanks, Cody. The staff will look sharp at the spring banquet.", "m03"),
    ("m05", "janelle", ["cody"], ["lyle", "dana"], (2025, 2, 10, 9, 14, 22), "PO 25-0417 - Apex game jerseys",
     "Cody,\n\nAttached is purchase order 25-0417 for 60 Ironbrook Apex Game Jerseys at $42.00 each ($2,520.00), "
     "under the district's cooperative purchasing contract. Please invoice Accounts Payable; terms are net 30.\n\n"
     "Ship to the Harlow Creek High School field house, attention Lyle Brandvold.", None),
    ("m06", "cody", ["renee"], [], (2025, 2, 12, 11, 47, 5), "Sample jersey",
     "Renee,\n\nI'm sending you a sample Apex Game Jersey in your colors so you can check the fit before the girls' "
     "order. It's our only size-M sample, so please send it back when you're done with it.", None),
    ("m07", "renee", ["cody"], [], (2025, 2, 19, 15, 22, 18), "Re: Sample jersey",
     "Boxed the sample back up and dropped it at the UPS store this afternoon. The fit is great. We'll put the "
     "order through Janelle in purchasing.", "m06"),
    ("m08", "heather", ["renee"], [], (2025, 2, 14, 14, 5, 41), "Elite Hoops Camp scholarship",
     "Coach Castellanos,\n\nAs a thank-you for the partnership, Ironbrook would like to give your daughter Maya a "
     "full scholarship to the Ironbrook Elite Hoops Camp this June. That covers the $395 tuition; I'll enroll her "
     "myself, so there is nothing for you to pay.", None),
    ("m09", "renee", ["heather"], [], (2025, 2, 14, 18, 40, 2), "Re: Elite Hoops Camp scholarship",
     "Heather, that's very generous. Maya is thrilled. Thank you!", "m08"),
    ("m10", "cody", ["marcus"], [], (2025, 2, 20, 9, 55, 12), "Thunderhawks tickets",
     "Marcus,\n\nI've got four lower-level seats for the Prairie City Thunderhawks game on March 15 ($85 apiece "
     "face value). They're yours if you want them. Bring the family.", None),
    ("m11", "marcus", ["cody"], [], (2025, 2, 20, 10, 31, 9), "Re: Thunderhawks tickets",
     "Count us in. Thanks, Cody, the kids will love it.", "m10"),
    ("m12", "heather", ["travis"], ["cody"], (2025, 2, 25, 8, 20, 44), "Gridiron coaches' clinic trip",
     "Travis,\n\nIronbrook is sending a few of our partner coaches to the Gulf Coast Gridiron Clinic in Houston, "
     "April 10-12. We'll cover your airfare, two nights at the hotel and the registration, about $1,150 all in. "
     "Say the word and I'll book it.", None),
    ("m13", "travis", ["heather"], ["cody"], (2025, 2, 25, 12, 12, 36), "Re: Gridiron coaches' clinic trip",
     "I'm in. Book it. Thanks, Heather.", "m12"),
    ("m14", "heather", ["janelle"], ["dana"], (2025, 3, 3, 16, 2, 55), "Q1 contract rebate",
     "Janelle,\n\nPer Section 6 of the cooperative purchasing agreement, the district's 3% volume rebate for the "
     "quarter comes to $612.40. We have credited it to Harlow Creek ISD's account (HC-2231), and it will show on the "
     "next statement.", None),
    ("m15", "heather", ["lyle"], [], (2025, 3, 4, 9, 14, 22), "Your team dealer rebate",
     "Lyle,\n\nSeparate from the district's rebate, here is your personal team dealer rebate for steering the spring "
     "orders our way: a $250 Visa gift card, mailed to your home address this morning.\n\nKeep up the good work.", None),
    ("m16", "lyle", ["heather"], [], (2025, 3, 4, 13, 48, 7), "Re: Your team dealer rebate",
     "Got it. Thanks, Heather.", "m15"),
    ("m17", "travis", ["stacy"], ["dana"], (2025, 3, 6, 19, 35, 19), "Spirit wear code for the parents",
     "Stacy,\n\nFor the parents' spirit-wear orders, tell everyone to use Ironbrook's booster club code HCBOOST25 at "
     "checkout on ironbrookteam.com. It takes 15% off and a share of every order goes back to the boosters. Could you "
     "put it in Friday's newsletter?\n\nThanks,\nTravis", None),
    ("m18", "travis", ["gary"], [], (2025, 3, 11, 10, 20, 30), "Our gear dealer",
     "Gary,\n\nYou asked at the district meeting who does our gear. I'd recommend Ironbrook Team Sports without "
     "hesitation. Cody Rasmussen is responsive, and their Stormline Quarter-Zips held up all season. Give Cody a "
     "call at 555-0148.", None),
    ("m19", "renee", ["tamsin"], [], (2025, 3, 13, 14, 14, 50), "Jerseys",
     "Tamsin,\n\nIf you're replacing your uniforms next year, I highly recommend the Ironbrook Apex Game Jersey. The "
     "girls love the fit and they hold up in the wash.", None),
    ("m20", "renee", ["janelle"], ["dana"], (2025, 3, 18, 11, 5, 0), "Clinic registration - Lone Prairie Hoops Clinic",
     "Janelle,\n\nCould you process the $175 registration for the Lone Prairie Hoops Clinic on April 5? It's on the "
     "approved professional development list; budget code 199-36-6411.", None),
    ("m21", "janelle", ["renee"], ["dana"], (2025, 3, 18, 15, 40, 12), "Re: Clinic registration - Lone Prairie Hoops Clinic",
     "Done. The registration was paid today on district PO 25-0533.", "m20"),
]


def tz(dt):
    # America/Chicago in 2025: CDT from March 9, 2:00 AM
    return ("CDT", -5) if dt >= datetime(2025, 3, 9, 2) else ("CST", -6)


def long_date(dt):
    abbr, _ = tz(dt)
    return f"{dt.strftime('%B')} {dt.day}, {dt.year} at {dt.hour % 12 or 12}:{dt:%M:%S} {'AM' if dt.hour < 12 else 'PM'} {abbr}"


def short_date(dt):
    return f"{dt.strftime('%b')} {dt.day}, {dt.year}, at {dt.hour % 12 or 12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def who(p):
    return f"{P[p][0]} <{P[p][1]}>"


def full_body(msg, by_id):
    mid, frm, to, cc, t, subj, body, q = msg
    text = body
    if frm in SIG:
        text += "\n\n" + SIG[frm]
    if q:
        qm = by_id[q]
        qt = datetime(*qm[4])
        qtext = qm[6] + ("\n\n" + SIG[qm[1]] if qm[1] in SIG else "")
        text += f"\n\nOn {short_date(qt)}, {who(qm[1])} wrote:\n\n" + "\n".join(("> " + ln).rstrip() for ln in qtext.split("\n"))
    return text


def main():
    by_id = {m[0]: m for m in M}
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creator("Mail")
    for msg in M:
        mid, frm, to, cc, t, subj, body, q = msg
        dt = datetime(*t)
        pdf.add_page()
        rows = [("From:", who(frm)), ("Subject:", subj), ("Date:", long_date(dt)), ("To:", ", ".join(who(x) for x in to))]
        if cc:
            rows.append(("Cc:", ", ".join(who(x) for x in cc)))
        for label, val in rows:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(20, 5.5, label, align="R")
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.5, " " + val, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(4)
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 5.5, full_body(msg, by_id), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(HERE / "harlow_creek_athletics_release.pdf"))

    # gold
    ents = []
    for pid, (name, email, role, aff) in P.items():
        ents.append({"id": pid, "kind": "person", "name": name, "emails": [email], "role": role, "affiliation": aff})
    ents += [
        {"id": "hcisd", "kind": "organization", "name": "Harlow Creek ISD", "aliases": ["Harlow Creek Independent School District"]},
        {"id": "ironbrook", "kind": "organization", "name": "Ironbrook Team Sports", "aliases": ["Ironbrook"]},
        {"id": "cedar", "kind": "organization", "name": "Cedar Hollow High School", "aliases": ["Cedar Hollow"]},
        {"id": "boosters", "kind": "organization", "name": "Harlow Creek Football Booster Club", "aliases": ["boosters"]},
        {"id": "athletics", "kind": "division", "name": "Athletics Department", "aliases": ["Harlow Creek ISD Athletics"]},
        {"id": "purchasing", "kind": "division", "name": "Purchasing Department", "aliases": ["purchasing"]},
        {"id": "polo", "kind": "product", "name": "Ironbrook Vanguard Sideline Polo", "aliases": ["Vanguard Sideline Polos", "Vanguard Sideline Polo"]},
        {"id": "qzip", "kind": "product", "name": "Ironbrook Stormline Quarter-Zip", "aliases": ["Stormline Quarter-Zips", "Stormline Quarter-Zip"]},
        {"id": "jersey", "kind": "product", "name": "Ironbrook Apex Game Jersey", "aliases": ["Apex Game Jersey", "Apex Game Jerseys"]},
        {"id": "camp", "kind": "product", "name": "Ironbrook Elite Hoops Camp", "aliases": ["Elite Hoops Camp"]},
        {"id": "code_boost", "kind": "code", "name": "HCBOOST25"},
        {"id": "code_spring", "kind": "code", "name": "SPRING10"},
    ]
    msgs = []
    emailed = Counter()
    ev = {}
    for mid, frm, to, cc, t, subj, body, q in M:
        dt = datetime(*t)
        off = tz(dt)[1]
        msgs.append({"id": mid, "sent": dt.replace(tzinfo=timezone(timedelta(hours=off))).isoformat(), "subject": subj,
                     "from": frm, "to": to, "cc": cc})
        for r in to + cc:
            emailed[(frm, r)] += 1
            ev.setdefault((frm, r), []).append(mid)
    rels = [
        {"type": "GIFT", "source": "cody", "target": "travis", "value_usd": 500,
         "items": [{"product": "qzip", "quantity": 2}, {"product": "polo", "quantity": 2}], "messages": ["m01", "m02"],
         "note": "coaches' gear allowance, shipped home, no invoice"},
        {"type": "GIFT", "source": "cody", "target": "dana", "value_usd": 348, "items": [{"product": "polo", "quantity": 6}],
         "messages": ["m03", "m04"], "note": "six sideline polos 'for the staff', addressed to the AD"},
        {"type": "GIFT", "source": "heather", "target": "renee", "value_usd": 395, "items": [{"product": "camp", "quantity": 1}],
         "messages": ["m08", "m09"], "note": "camp scholarship for the coach's daughter"},
        {"type": "GIFT", "source": "cody", "target": "marcus", "value_usd": 340, "items": [],
         "messages": ["m10", "m11"], "note": "four pro game tickets at $85"},
        {"type": "GIFT", "source": "heather", "target": "travis", "value_usd": 1150, "items": [],
         "messages": ["m12", "m13"], "note": "clinic trip: airfare, hotel, registration"},
        {"type": "GIFT", "source": "heather", "target": "lyle", "value_usd": 250, "items": [],
         "messages": ["m15", "m16"], "note": "personal 'team dealer rebate' gift card"},
        {"type": "REFERRAL", "source": "travis", "target": "ironbrook", "messages": ["m17"], "note": "passes booster code HCBOOST25 to parents"},
        {"type": "PROMOTED", "source": "travis", "target": "ironbrook", "messages": ["m18"]},
        {"type": "PROMOTED", "source": "renee", "target": "jersey", "messages": ["m19"]},
    ]
    for pid, (_, _, _, aff) in P.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": aff})
    for (s, d), n in sorted(emailed.items()):
        rels.append({"type": "EMAILED", "source": s, "target": d, "count": n, "messages": ev[(s, d)]})
    gold = {
        "about": "DR probe: Harlow Creek ISD athletics and Ironbrook Team Sports (invented). Negatives: PO 25-0417 paid "
                 "uniform order (m05), sample jersey returned (m06/m07), contract rebate credited to the district "
                 "account (m14), district-paid clinic fee (m20/m21), public code SPRING10 (m03), ordinary thanks.",
        "entities": ents, "messages": msgs, "relations": rels,
    }
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n")


if __name__ == "__main__":
    main()
