"""Write probe DY: a folder of Outlook-saved .rtf messages between a small Midwestern city's parks and
recreation department and an invented maker of turf equipment and playground structures, plus its gold.

Everything here is invented; any resemblance to a real person, town, company, product or code is chance.
Deterministic: run it again and the same bytes come out.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "release")

CITY = "cityofmarlowbend.org"
VEND = "prairielineturf.com"

P = {
    "carol": ("Carol Vinterberg", f"cvinterberg@{CITY}", "Vinterberg, Carol"),
    "glenn": ("Glenn Oberholtzer", f"goberholtzer@{CITY}", "Oberholtzer, Glenn"),
    "tessa": ("Tessa Lindqvist", f"tlindqvist@{CITY}", "Lindqvist, Tessa"),
    "duane": ("Duane Pfaltzgraf", f"dpfaltzgraf@{CITY}", "Pfaltzgraf, Duane"),
    "rick": ("Rick Stoltenkamp", f"rstoltenkamp@{CITY}", "Stoltenkamp, Rick"),
    "marjorie": ("Marjorie Kettleson", f"mkettleson@{CITY}", "Kettleson, Marjorie"),
    "lyle": ("Lyle Brennecke", f"lbrennecke@{VEND}", "Lyle Brennecke"),
    "jolene": ("Jolene Vandermolen", f"jvandermolen@{VEND}", "Jolene Vandermolen"),
    "curt": ("Curt Hasselbring", f"chasselbring@{VEND}", "Curt Hasselbring"),
    "bridget": ("Bridget Almquist", f"balmquist@{VEND}", "Bridget Almquist"),
    "hank": ("Hank Roesler", "hroesler@cottonwoodridge-ia.org", "Hank Roesler"),
}

SIG = {
    "carol": "Carol Vinterberg\nDirector of Parks and Recreation\nCity of Marlow Bend Parks & Recreation Department\n(563) 555-0140",
    "glenn": "Glenn Oberholtzer\nSuperintendent of Parks\nCity of Marlow Bend Parks & Recreation Department\n(563) 555-0143",
    "tessa": "Tessa Lindqvist\nRecreation Supervisor\nCity of Marlow Bend Parks & Recreation Department",
    "duane": "Duane Pfaltzgraf\nGolf Course Manager, Cedar Knoll Golf Course\nCity of Marlow Bend Parks & Recreation Department",
    "rick": "Rick Stoltenkamp\nMaintenance Foreman\nCity of Marlow Bend Parks & Recreation Department",
    "marjorie": "Marjorie Kettleson\nPurchasing Officer\nCity of Marlow Bend\n300 Depot Street, Marlow Bend",
    "lyle": "Lyle Brennecke\nTerritory Sales Representative\nPrairieline Turf & Play Co.\ncell (563) 555-0188",
    "jolene": "Jolene Vandermolen\nCustomer Service\nPrairieline Turf & Play Co.",
    "curt": "Curt Hasselbring\nService Manager\nPrairieline Turf & Play Co.",
    "bridget": "Bridget Almquist\nMarketing Coordinator\nPrairieline Turf & Play Co.",
    "hank": "Hank Roesler\nParks Director\nTown of Cottonwood Ridge",
}

# (id, local sent, utc offset, from, to, cc, subject, body)
MSGS = [
    ("m01", "2025-01-14 09:12", "-06:00", "lyle", ["marjorie"], ["glenn"], "Quote - Fairway Pro 72 mowers",
     "Hi Marjorie,\n\nAs promised, here's the quote for two Fairway Pro 72 rotary mowers with the mulching kit. "
     "Price is $19,200 each, $38,400 for the pair, delivered to the Depot Street shop. That's the state contract price.\n\n"
     "Glenn said he'd like them before the first mowing in April, so if we get a PO by the end of the month we're in good shape.\n\nThanks!"),
    ("m02", "2025-01-28 14:37", "-06:00", "marjorie", ["lyle"], ["glenn"], "RE: Quote - Fairway Pro 72 mowers",
     "Lyle,\n\nCouncil approved the purchase last night. Purchase order 25-0117 for two Fairway Pro 72 mowers, $38,400, is attached. "
     "Please send the invoice to me and we'll pay on our usual net 30 terms.\n\nThank you,"),
    ("m03", "2025-03-04 10:05", "-06:00", "lyle", ["rick"], ["glenn"], "Demo Fairway Pro 60",
     "Rick,\n\nI dropped the Fairway Pro 60 demo unit at your shop this morning. Run it for two weeks on the ball diamonds "
     "and the cemetery hills and let me know what you think. I'll swing by and pick it up on the 18th.\n\nNo charge for the demo, "
     "of course, it goes back to our yard when you're done."),
    ("m04", "2025-03-20 15:48", "-05:00", "rick", ["lyle"], [], "RE: Demo Fairway Pro 60",
     "Lyle,\n\nThanks for letting us try the 60. Your guy picked it up Tuesday so it's back with you. It trims nice around the "
     "backstops but we're going to hold off on buying one this year, budget's spoken for.\n\nRick"),
    ("m05", "2025-04-22 08:30", "-05:00", "jolene", ["glenn", "tessa"], [], "PSPRA member pricing on playground structures",
     "Good morning,\n\nJust a reminder that every member agency of the Prairie State Parks & Recreation Association gets 10% off "
     "our Ridgeview PlayTower and the rest of the playground line through December. It's the same discount for all members; "
     "just put code PSPRA-PLAY25 on the order.\n\nHave a great spring!"),
    ("m06", "2025-05-15 11:20", "-05:00", "lyle", ["duane"], [], "Tee time at Heron Bluff",
     "Duane,\n\nI got us a 7:40 tee time at Heron Bluff Country Club on Friday the 23rd. Greens fees, cart and lunch after are on me, "
     "about $180 all told, so just bring your clubs. Be good to hear how the new greens mower is treating you.\n\nLyle"),
    ("m07", "2025-05-27 07:55", "-05:00", "duane", ["lyle"], [], "RE: Tee time at Heron Bluff",
     "Lyle,\n\nThanks again for the round Friday and for picking up the whole thing. That back nine at Heron Bluff is no joke. "
     "I owe you a better showing next time.\n\nDuane"),
    ("m08", "2025-06-09 13:02", "-05:00", "lyle", ["carol"], [], "Cabin on Lake Tamsin",
     "Carol,\n\nOur family cabin up on Lake Tamsin is open the weekend of June 27th. You and Dave are welcome to it, "
     "dock, pontoon and all, no charge. Just say the word and I'll mail you the key.\n\nLyle"),
    ("m09", "2025-06-10 09:44", "-05:00", "carol", ["lyle"], ["glenn"], "RE: Cabin on Lake Tamsin",
     "Lyle,\n\nThat's very kind, but I'll have to pass. With the mower purchase this year it wouldn't look right for me to accept, "
     "and the city's ethics policy is pretty clear on it. I appreciate you thinking of us.\n\nCarol"),
    ("m10", "2025-06-23 16:15", "-05:00", "lyle", ["glenn"], [], "Lake weekend",
     "Glenn,\n\nSince Carol couldn't use it, the cabin on Lake Tamsin is yours for the July 4th weekend. Key is under the "
     "blue planter by the side door. It rents out for $450 a weekend in summer, but it's on me, just enjoy it with the family.\n\nLyle"),
    ("m11", "2025-07-07 08:02", "-05:00", "glenn", ["lyle"], [], "RE: Lake weekend",
     "Lyle,\n\nWe had a great time up at the lake, the kids about lived on that pontoon. Thank you for the weekend at the cabin, "
     "left the key back under the planter.\n\nGlenn"),
    ("m12", "2025-07-22 10:30", "-05:00", "curt", ["rick"], [], "Warranty repair - Fairway Pro 72 #2",
     "Rick,\n\nThe deck spindle on your second Fairway Pro 72 is replaced and the unit is back at your shop. "
     "It was covered under the two-year warranty, so there's no charge to the city.\n\nCurt"),
    ("m13", "2025-07-24 12:11", "-05:00", "rick", ["curt"], ["lyle"], "RE: Warranty repair - Fairway Pro 72 #2",
     "Curt,\n\nThanks for the quick turnaround on the spindle. Your tech had it fixed in a day and it's cutting great. "
     "Appreciate the good service.\n\nRick"),
    ("m14", "2025-08-12 14:00", "-05:00", "bridget", ["glenn"], [], "A few words for our 2026 catalogue?",
     "Hi Glenn,\n\nLyle tells me Marlow Bend has been happy with us. We're putting together the 2026 Prairieline catalogue and "
     "would love a sentence or two from you about working with us, with your name and title. Totally fine if not!\n\nBridget"),
    ("m15", "2025-08-14 09:26", "-05:00", "glenn", ["bridget"], ["lyle"], "RE: A few words for our 2026 catalogue?",
     "Bridget,\n\nSure, you can use this:\n\n\u201cPrairieline has been a real partner to Marlow Bend. When something breaks they show "
     "up, and their people know parks. I\u2019d recommend Prairieline to any town our size.\u201d\n\u2014 Glenn Oberholtzer, "
     "Superintendent of Parks, City of Marlow Bend\n\nGlenn"),
    ("m16", "2025-09-03 10:40", "-05:00", "lyle", ["glenn"], [], "Parks Partner code",
     "Glenn,\n\nWe started a Parks Partner program this fall. Your code is PARKS-MB-0419. If a neighboring town orders with it "
     "they get 5% off, and Marlow Bend gets a $500 credit toward parts. Pass it along to anybody you think could use it.\n\nLyle"),
    ("m17", "2025-09-05 13:18", "-05:00", "glenn", ["hank"], ["lyle"], "Mower vendor",
     "Hank,\n\nYou mentioned at the district meeting you're shopping for a new mower. We've had good luck with Prairieline Turf & Play. "
     "If you order, use our Parks Partner code PARKS-MB-0419 and you'll get 5% off. Lyle Brennecke is the rep, he's copied here.\n\nGlenn"),
    ("m18", "2025-10-06 11:05", "-05:00", "lyle", ["tessa"], [], "Sawbills season tickets",
     "Tessa,\n\nI've got two season tickets to the River City Sawbills for next summer, first base side, and I put them in your name. "
     "They're $560 for the pair but they're yours, a thank-you for all the work on the summer rec league. Take the kids from "
     "the day camp to a game or two!\n\nLyle"),
    ("m19", "2025-10-20 09:50", "-05:00", "lyle", ["rick"], [], "Pheasant opener",
     "Rick,\n\nI booked us a guided hunt at Sandhill Game Farm for Saturday, November 8th. The package is $325 a gun with the dog "
     "and guide, and I've got yours covered. Bring your blaze orange.\n\nLyle"),
    ("m20", "2025-11-10 07:40", "-06:00", "rick", ["lyle"], [], "RE: Pheasant opener",
     "Lyle,\n\nThanks for Saturday, that was a heck of a hunt. My wife says thanks for the birds too.\n\nRick"),
    ("m21", "2025-12-18 15:25", "-06:00", "jolene", ["marjorie"], [], "Merry Christmas from Prairieline",
     "Hi Marjorie,\n\nA hickory smoked ham from all of us at Prairieline is on its way to your office, about a $65 ham, "
     "so keep an eye out for the delivery Friday. Thanks for making the paperwork easy this year. Merry Christmas!\n\nJolene"),
]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def outlook_date(local):
    import datetime as dt
    d = dt.datetime.strptime(local, "%Y-%m-%d %H:%M")
    h = d.hour % 12 or 12
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif o < 128:
            out.append(ch)
        else:
            cp = {"\u2018": 0x91, "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94, "\u2014": 0x97, "\u2013": 0x96}.get(ch)
            out.append(f"\\'{cp:02x}" if cp else f"\\u{o}?")
    return "".join(out)


def who(key, internal_style):
    name, email, gal = P[key]
    return f"{gal if internal_style else name} <{email}>"


def rtf_message(m):
    mid, local, off, frm, to, cc, subject, body = m
    city_side = P[frm][1].endswith(CITY)
    # Outlook prints address-book names "Last, First" for the sender's own organisation
    fmt = lambda k: who(k, city_side and P[k][1].endswith(CITY))
    head = [("From:", fmt(frm)), ("Sent:", outlook_date(local)), ("To:", "; ".join(fmt(k) for k in to))]
    if cc:
        head.append(("Cc:", "; ".join(fmt(k) for k in cc)))
    head.append(("Subject:", subject))
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1033{\fonttbl{\f0\fswiss\fcharset0 Calibri;}{\f1\froman\fcharset0 Times New Roman;}}",
             r"{\colortbl ;\red0\green0\blue0;\red31\green73\blue125;}",
             r"{\*\generator Microsoft Outlook;}\viewkind4\uc1\pard\sa0\sl240\slmult1\f0\fs22"]
    for label, val in head:
        parts.append(r"{\b " + label + r"}\tab " + rtf_escape(val) + r"\par")
    parts.append(r"\par")
    text = body + "\n\n" + SIG[frm]
    parts.append(rtf_escape(text) + r"\par")
    parts.append("}")
    return "\n".join(parts) + "\n"


def filename(i, subject):
    safe = subject.replace(":", "_").replace("?", "").replace("/", "_")
    return f"{i:02d} {safe}.rtf"


def write_release():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(OUT, filename(i, m[6])), "w", encoding="ascii", newline="\r\n") as fh:
            fh.write(rtf_message(m))


def gold():
    def person(key, role, aff, aliases=()):
        name, email, gal = P[key]
        al = list(aliases) + ([gal] if gal != name else [])
        return {"id": key, "kind": "person", "name": name, "aliases": al, "emails": [email], "role": role,
                "affiliation": aff}
    ents = [
        person("carol", "officer", "parksrec"), person("glenn", "officer", "parksrec"),
        person("tessa", "officer", "parksrec"), person("duane", "officer", "parksrec"),
        person("rick", "officer", "parksrec"), person("marjorie", "officer", "city"),
        person("lyle", "vendor_employee", "prairieline"), person("jolene", "vendor_employee", "prairieline"),
        person("curt", "vendor_employee", "prairieline"), person("bridget", "vendor_employee", "prairieline"),
        person("hank", "officer", "cottonwood"),
        {"id": "city", "kind": "organization", "name": "City of Marlow Bend", "aliases": ["Marlow Bend"]},
        {"id": "parksrec", "kind": "division", "name": "City of Marlow Bend Parks & Recreation Department",
         "aliases": ["Marlow Bend Parks & Recreation Department", "Parks & Recreation Department",
                     "Marlow Bend Parks and Recreation Department", "Parks and Recreation"]},
        {"id": "prairieline", "kind": "organization", "name": "Prairieline Turf & Play Co.",
         "aliases": ["Prairieline Turf & Play", "Prairieline"]},
        {"id": "cottonwood", "kind": "organization", "name": "Town of Cottonwood Ridge", "aliases": ["Cottonwood Ridge"]},
        {"id": "pspra", "kind": "organization", "name": "Prairie State Parks & Recreation Association",
         "aliases": ["PSPRA"]},
        {"id": "fp72", "kind": "product", "name": "Fairway Pro 72", "aliases": ["Fairway Pro 72 rotary mower"]},
        {"id": "fp60", "kind": "product", "name": "Fairway Pro 60", "aliases": []},
        {"id": "playtower", "kind": "product", "name": "Ridgeview PlayTower", "aliases": []},
        {"id": "code_pspra", "kind": "code", "name": "PSPRA-PLAY25", "aliases": []},
        {"id": "code_partner", "kind": "code", "name": "PARKS-MB-0419", "aliases": []},
    ]
    msgs = [{"id": m[0], "sent": m[1].replace(" ", "T") + ":00" + m[2], "subject": m[6]} for m in MSGS]
    rels = []
    for mid in ("carol", "glenn", "tessa", "duane", "rick"):
        rels.append({"type": "MEMBER_OF", "source": mid, "target": "parksrec"})
    rels.append({"type": "MEMBER_OF", "source": "marjorie", "target": "city"})
    for mid in ("lyle", "jolene", "curt", "bridget"):
        rels.append({"type": "MEMBER_OF", "source": mid, "target": "prairieline"})
    rels.append({"type": "MEMBER_OF", "source": "hank", "target": "cottonwood"})
    gifts = [("lyle", "duane", 180, ["m06", "m07"]), ("lyle", "glenn", 450, ["m10", "m11"]),
             ("lyle", "tessa", 560, ["m18"]), ("lyle", "rick", 325, ["m19", "m20"]),
             ("jolene", "marjorie", 65, ["m21"])]
    for s, t, v, ms in gifts:
        rels.append({"type": "GIFT", "source": s, "target": t, "value_usd": v, "items": [], "messages": ms})
    rels.append({"type": "REFERRAL", "source": "glenn", "target": "prairieline", "code": "code_partner",
                 "messages": ["m16", "m17"]})
    rels.append({"type": "PROMOTED", "source": "glenn", "target": "prairieline", "messages": ["m15"]})
    em = Counter()
    for m in MSGS:
        for r in m[4] + m[5]:
            em[(m[3], r)] += 1
    for (s, t), c in sorted(em.items()):
        rels.append({"type": "EMAILED", "source": s, "target": t, "count": c})
    g = {"about": "probe DY gold: Marlow Bend parks and recreation and Prairieline Turf & Play (invented)",
         "entities": ents, "messages": msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    write_release()
    gold()
