#!/usr/bin/env python3
"""Probe DJ: a city police department's ethics office and an invented body-worn-camera vendor.

Writes release.mbox (one mbox, plain text) and gold.json. Deterministic. Everything is invented.
"""
import json
import os
from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("America/Los_Angeles")

P = {  # id: (display-name-in-header, email, gold name, role, affiliation, aliases)
    "whitcomb": ("Whitcomb, Dana", "dwhitcomb@marrowdalepd.org", "Dana Whitcomb", "officer", "mpd", ["Ms. Whitcomb"]),
    "osei": ("Osei, Harriet", "hosei@marrowdalepd.org", "Harriet Osei", "officer", "mpd", ["Chief Osei"]),
    "ruel": ("Ruel, Tomas", "truel@marrowdalepd.org", "Tomas Ruel", "officer", "mpd", ["Capt. Ruel"]),
    "ebbing": ("Ebbing, Marcus", "mebbing@marrowdalepd.org", "Marcus Ebbing", "officer", "mpd", ["Lt. Ebbing"]),
    "sandoval": ("Sandoval, Priya", "psandoval@marrowdalepd.org", "Priya Sandoval", "officer", "mpd", ["Lt. Sandoval"]),
    "tully": ("Tully, Owen", "otully@marrowdalepd.org", "Owen Tully", "officer", "mpd", ["Sgt. Tully", "Owen"]),
    "brand": ("Brand, Keisha", "kbrand@marrowdalepd.org", "Keisha Brand", "officer", "mpd", ["Sgt. Brand"]),
    "pellew": ("Grant Pellew", "gpellew@lumenoxvision.com", "Grant Pellew", "vendor_employee", "lumenox", ["G. Pellew", "Mr. Pellew"]),
    "marsh": ("Jolene Marsh", "jmarsh@lumenoxvision.com", "Jolene Marsh", "vendor_employee", "lumenox", ["J. Marsh", "Jolene"]),
    "oakes": ("Wendell Oakes", "wendell.oakes@larkspurwatch.org", "Wendell Oakes", "other", "watch", ["Wendell"]),
}

SIG = {
    "whitcomb": "Dana Whitcomb\nEthics and Professional Standards Officer\nOffice of Professional Standards\nMarrowdale Police Department",
    "osei": "Harriet Osei\nChief of Police\nMarrowdale Police Department",
    "ruel": "Capt. Tomas Ruel\nMarrowdale Police Department",
    "ebbing": "Lt. Marcus Ebbing\nMarrowdale Police Department",
    "sandoval": "Lt. Priya Sandoval\nMarrowdale Police Department",
    "tully": "Sgt. Owen Tully\nMarrowdale Police Department",
    "brand": "Sgt. Keisha Brand\nMarrowdale Police Department",
    "pellew": "Grant Pellew\nRegional Manager, West\nLumenox Vision Systems",
    "marsh": "Jolene Marsh\nAccount Executive\nLumenox Vision Systems",
    "oakes": "Wendell Oakes\nCoordinator, Larkspur Heights Neighborhood Watch",
}

EXPENSE_TABLE = """Date\tDescription\tLumenox staff\tMerchant\tAmount
03/04\tDinner w/ Lt. Ebbing + Sgt. Tully (MPD)\tJ. Marsh\tSaltmarsh Grill\t$212.40
03/06\tGift basket - Chief Osei (returned 3/8)\tG. Pellew\tFennimore Gourmet\t$148.00
03/11\tGolf - 4 guests incl. Capt. Ruel\tG. Pellew\tCedar Hollow GC\t$640.00
03/14\tCoffee card - Lt. Ebbing\tG. Pellew\tDriftwood Coffee\t$50.00
03/18\tTickets (2) Comets v. Ravens - Lt. Sandoval\tG. Pellew\tComets Box Office\t$180.00
03/20\tSample unit Sentry Mini - Sgt. Brand\tJ. Marsh\tLumenox inventory\t$249.00
03/22\tLunch - Lt. Sandoval (officer paid own meal)\tJ. Marsh\tPier Nine Tacos\t$21.50
\t\t\tTOTAL\t$1,500.90"""

# (id, from, to, cc, local time, subject, body, reply_to)
MSGS = [
    ("m01", "ebbing", ["whitcomb"], [], (2024, 3, 5, 9, 12), "Gift disclosure - dinner 3/4",
     "Dana,\n\nOn March 4 I accepted a dinner at Saltmarsh Grill from Jolene Marsh of Lumenox Vision Systems, "
     "valued at about $70 for my share. Sgt. Tully was at the table too. We talked mostly about the DockHub "
     "charging stations for the new cameras.\n\nLet me know if you need anything else.", None),
    ("m02", "whitcomb", ["ebbing"], ["osei"], (2024, 3, 5, 10, 40), "RE: Gift disclosure - dinner 3/4",
     "Thanks, Marcus. It's logged. Please remind Sgt. Tully that he needs to file his own disclosure for the "
     "same dinner.", "m01"),
    ("m03", "tully", ["whitcomb"], [], (2024, 3, 6, 8, 5), "Disclosure",
     "Ms. Whitcomb,\n\nLt. Ebbing said I should send this. On March 4 I had dinner at Saltmarsh Grill with "
     "Lt. Ebbing and Jolene Marsh from Lumenox. She picked up the check. My share was roughly $70.\n\nThanks,", None),
    ("m04", "osei", ["whitcomb"], [], (2024, 3, 7, 14, 22), "Lumenox basket - returned",
     "Dana,\n\nA gift basket showed up at my office yesterday from Grant Pellew at Lumenox: wine, chocolates and "
     "a Lumenox travel mug. I'd guess $150. I declined it and had it couriered back to him this morning. "
     "Please note it in the log so there is no question later.", None),
    ("m05", "whitcomb", ["pellew"], ["osei"], (2024, 3, 7, 15, 1), "Return of gift to Chief Osei",
     "Mr. Pellew,\n\nChief Osei has returned the gift basket your office sent on March 6. Under Section 2.44 of "
     "the City of Marrowdale Ethics Code, department employees may not accept gifts over $50 from a vendor "
     "with an active contract. Please route any future courtesies through this office first.", None),
    ("m06", "pellew", ["whitcomb"], ["osei", "marsh"], (2024, 3, 8, 9, 30), "Re: Return of gift to Chief Osei",
     "Ms. Whitcomb,\n\nUnderstood, and my apologies to the Chief. The basket came back to us yesterday "
     "afternoon. I have copied Jolene so our team has the rule in front of them.", "m05"),
    ("m07", "ruel", ["whitcomb"], [], (2024, 3, 12, 16, 45), "Gift disclosure - golf 3/11",
     "Dana,\n\nOn March 11 I played a round at Cedar Hollow Golf Club as the guest of Grant Pellew of Lumenox "
     "Vision Systems. Green fee and cart came to about $160. Filing this per policy.", None),
    ("m08", "sandoval", ["whitcomb"], [], (2024, 3, 19, 8, 50), "Disclosure - Comets tickets",
     "Hi Dana,\n\nOn March 18 I accepted two tickets to the Marrowdale Comets game from Grant Pellew of "
     "Lumenox, valued at about $180 for the pair. I went with my husband.", None),
    ("m09", "brand", ["whitcomb"], ["ebbing"], (2024, 3, 21, 11, 15), "Sentry Mini",
     "Ms. Whitcomb,\n\nAfter the demo at North Station on March 20, Jolene Marsh from Lumenox left a Lumenox "
     "Sentry Mini personal camera with me, valued at about $249. She said it was mine to keep and I have been "
     "using it on my bike commute. Disclosing it here.", None),
    ("m10", "tully", ["oakes"], [], (2024, 3, 22, 13, 2), "Cameras for the watch",
     "Wendell,\n\nAs promised at the block meeting: Lumenox gave me a community code for neighborhood groups, "
     "LMX-NBHD-4471. Enter it at checkout for the HomeWatch doorbell camera and you get 15% off, and it "
     "credits me as the one who sent you. I've had a HomeWatch on my porch for a year and I'd recommend it "
     "to anyone on the block.", None),
    ("m11", "oakes", ["tully"], [], (2024, 3, 22, 19, 40), "Re: Cameras for the watch",
     "Thanks Owen, we'll put the code in for the eight cameras the block captains want.", "m10"),
    ("m12", "sandoval", ["whitcomb"], [], (2024, 3, 25, 10, 0), "Lunch with Lumenox rep - no gift",
     "Dana,\n\nFor the record: on March 22 I had lunch with Jolene Marsh at Pier Nine Tacos to go over the "
     "DockHub pilot. I paid for my own meal ($18.75), so I don't think this counts as a gift, but I wanted it "
     "on file.", None),
    ("m13", "pellew", ["whitcomb"], ["marsh"], (2024, 3, 28, 9, 10), "Lumenox Q1 expense detail - Marrowdale PD",
     "Ms. Whitcomb,\n\nAs requested under the City's vendor disclosure rule, below is our Q1 expense detail for "
     "activity involving Marrowdale PD personnel, pasted from our expense system.\n\n" + EXPENSE_TABLE, None),
    ("m14", "whitcomb", ["osei"], ["ruel"], (2024, 3, 29, 15, 30), "Q1 Lumenox gift reconciliation",
     "Chief,\n\nSummary of Q1 contacts with Lumenox Vision Systems, reconciled against their expense detail:\n\n"
     "- Lt. Ebbing reported receiving dinner at Saltmarsh Grill on March 4 from Jolene Marsh, his share about $70.\n"
     "- Sgt. Tully reported receiving the same dinner, his share about $70.\n"
     "- Capt. Ruel reported a round of golf at Cedar Hollow on March 11 as Grant Pellew's guest, about $160.\n"
     "- Lt. Sandoval reported two Comets tickets from Mr. Pellew on March 18, $180.\n"
     "- Sgt. Brand reported a Sentry Mini camera from Ms. Marsh on March 20, $249.\n\n"
     "The expense detail also lists a $50 Driftwood Coffee card given to Lt. Ebbing on March 14, which he did "
     "not disclose. I have asked him about it.\n\n"
     "Not gifts: your basket was declined and returned; Lt. Sandoval paid for her own lunch on March 22; the "
     "City's purchase order PO 24-0871 for 120 Sentry V4 cameras ($311,400) is a paid contract through "
     "Purchasing; and the LMXEXPO25 code for the Western Public Safety Tech Expo is a public discount Lumenox "
     "posts for every registrant.", None),
    ("m15", "ebbing", ["whitcomb"], [], (2024, 3, 29, 17, 5), "RE: Lumenox coffee card",
     "Dana,\n\nYou're right. Grant Pellew handed me a $50 Driftwood Coffee card on March 14 at the DockHub "
     "kickoff and I forgot to report it. I still have it; I can return it if you want.", "m14"),
    ("m16", "marsh", ["ruel"], [], (2024, 4, 1, 10, 20), "Customer spotlight quote",
     "Capt. Ruel,\n\nThanks again for agreeing to be in our customer spotlight. Here is the draft quote; can you "
     "confirm it's OK to publish?\n\n\"Since we rolled out the Sentry V4, our patrol sergeants spend less time on "
     "paperwork and more time on the street. I'd recommend it to any department our size.\"", None),
    ("m17", "ruel", ["marsh"], ["whitcomb"], (2024, 4, 1, 14, 48), "RE: Customer spotlight quote",
     "Jolene,\n\nApproved as written. I've copied our ethics officer, who signed off on the wording since it "
     "speaks for me and not for the City.", "m16"),
    ("m18", "brand", ["whitcomb"], [], (2024, 4, 2, 9, 0), "Expo registration",
     "Ms. Whitcomb,\n\nFYI, I registered for the Western Public Safety Tech Expo using the LMXEXPO25 code from "
     "Lumenox's public page, $75 off like everyone else gets. The $220 balance was paid from my training "
     "budget, so nothing to disclose, I think.", None),
]


def addr(pid):
    name, email = P[pid][0], P[pid][1]
    return f'"{name}" <{email}>' if "," in name else f"{name} <{email}>"


def local(t):
    return datetime(*t, tzinfo=TZ)


def quote(msg):
    _, frm, _, _, t, _, body, _ = msg
    d = local(t)
    head = f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}, {P[frm][2]} <{P[frm][1]}> wrote:"
    full = body + "\n\n" + SIG[frm]
    return head + "\n" + "\n".join("> " + line if line else ">" for line in full.split("\n"))


def main():
    by_id = {m[0]: m for m in MSGS}
    out = []
    for m in MSGS:
        mid, frm, to, cc, t, subj, body, rep = m
        d = local(t)
        hdr = [f"From {P[frm][1]} {d.astimezone(ZoneInfo('UTC')).strftime('%a %b %d %H:%M:%S %Y')}",
               f"From: {addr(frm)}", "To: " + ", ".join(addr(x) for x in to)]
        if cc:
            hdr.append("Cc: " + ", ".join(addr(x) for x in cc))
        hdr += [f"Date: {format_datetime(d)}", f"Subject: {subj}", f"Message-ID: <{mid}.dj@mail.marrowdale.example>"]
        if rep:
            hdr.append(f"In-Reply-To: <{rep}.dj@mail.marrowdale.example>")
        hdr += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = body + "\n\n" + SIG[frm]
        if rep:
            text += "\n\n" + quote(by_id[rep])
        out.append("\n".join(hdr) + "\n\n" + text + "\n")
    with open(os.path.join(HERE, "release.mbox"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

    # ---- gold
    ents = []
    orgs = {
        "mpd": ("organization", "Marrowdale Police Department", ["MPD", "Marrowdale PD"]),
        "lumenox": ("organization", "Lumenox Vision Systems", ["Lumenox"]),
        "watch": ("organization", "Larkspur Heights Neighborhood Watch", []),
        "city": ("organization", "City of Marrowdale", []),
        "ops": ("division", "Office of Professional Standards", []),
    }
    for oid, (kind, name, al) in orgs.items():
        ents.append({"id": oid, "kind": kind, "name": name, "aliases": al})
    for pid, (_, email, name, role, aff, al) in P.items():
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": al, "emails": [email], "role": role,
                     "affiliation": aff})
    prods = {"sentry_v4": ("Lumenox Sentry V4", ["Sentry V4"]), "sentry_mini": ("Lumenox Sentry Mini", ["Sentry Mini"]),
             "homewatch": ("Lumenox HomeWatch", ["HomeWatch", "HomeWatch doorbell camera"]),
             "dockhub": ("Lumenox DockHub", ["DockHub"])}
    for pid, (name, al) in prods.items():
        ents.append({"id": pid, "kind": "product", "name": name, "aliases": al})
    ents.append({"id": "code_nbhd", "kind": "code", "name": "LMX-NBHD-4471", "aliases": []})
    ents.append({"id": "code_expo", "kind": "code", "name": "LMXEXPO25", "aliases": []})

    msgs = [{"id": m[0], "sent": local(m[4]).isoformat(), "subject": m[5]} for m in MSGS]

    rels = []

    def gift(src, dst, value, messages, items=()):
        rels.append({"type": "GIFT", "source": src, "target": dst, "value_usd": value,
                     "items": [{"product": p, "quantity": q} for p, q in items], "messages": messages})

    gift("marsh", "ebbing", 70.80, ["m01", "m13", "m14"])          # dinner 3/4, $212.40 / 3
    gift("marsh", "tully", 70.80, ["m03", "m13", "m14"])           # same dinner
    gift("pellew", "ruel", 160.00, ["m07", "m13", "m14"])          # golf, $640 / 4 guests
    gift("pellew", "ebbing", 50.00, ["m13", "m14", "m15"])         # coffee card, undisclosed at first
    gift("pellew", "sandoval", 180.00, ["m08", "m13", "m14"])      # two Comets tickets
    gift("marsh", "brand", 249.00, ["m09", "m13", "m14"], [("sentry_mini", 1)])
    rels.append({"type": "REFERRAL", "source": "tully", "target": "lumenox", "messages": ["m10", "m11"]})
    rels.append({"type": "PROMOTED", "source": "tully", "target": "homewatch", "messages": ["m10"]})
    rels.append({"type": "PROMOTED", "source": "ruel", "target": "sentry_v4", "messages": ["m16", "m17"]})
    for pid, v in P.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": v[4]})
    rels.append({"type": "MEMBER_OF", "source": "whitcomb", "target": "ops"})
    em = {}
    for m in MSGS:
        for r in m[2] + m[3]:
            em.setdefault((m[1], r), []).append(m[0])
    for (s, d), ms in em.items():
        rels.append({"type": "EMAILED", "source": s, "target": d, "count": len(ms), "messages": ms})
    gold = {"release": "DJ", "entities": ents, "messages": msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
