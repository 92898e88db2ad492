"""Build the CB probe: one .docx (Outlook prints pasted into Word by a records clerk) and its gold.json.

Invented: Ironbark Armor Co. (body armour and duty gear) and Verde Valley State University's police
department, Arizona (America/Phoenix, no DST: every time is -07:00).
Run: python make_release.py  (writes release.docx and gold.json beside this file).
"""
from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

PEOPLE = {
    # id: (display in header, email, full name, role, affiliation)
    "declan": ("Declan Mulcahy", "dmulcahy@ironbarkarmor.com", "Declan Mulcahy", "vendor_employee", "ironbark"),
    "ngozi": ("Ngozi Eze", "neze@ironbarkarmor.com", "Ngozi Eze", "vendor_employee", "ironbark"),
    "bartosz": ("Bartosz Wrobel", "bwrobel@ironbarkarmor.com", "Bartosz Wrobel", "vendor_employee", "ironbark"),
    "papadakis": ("Papadakis, Anastasia", "apapadakis@vvsu.edu", "Anastasia Papadakis", "officer", "pd"),
    "macleod": ("MacLeod, Eilidh", "emacleod@vvsu.edu", "Eilidh MacLeod", "officer", "pd"),
    "kazarian": ("Kazarian, Hagop", "hkazarian@vvsu.edu", "Hagop Kazarian", "officer", "pd"),
    "pham": ("Pham, Thanh", "tpham@vvsu.edu", "Thanh Pham", "officer", "pd"),
    "cordero": ("Cordero, Imelda", "icordero@vvsu.edu", "Imelda Cordero", "officer", "pd"),
    "sandhu": ("Sandhu, Gurpreet", "gsandhu@vvsu.edu", "Gurpreet Sandhu", "officer", "pd"),
    "villanueva": ("Villanueva, Bienvenido", "bvillanueva@vvsu.edu", "Bienvenido Villanueva", "officer", "pd"),
    "baek": ("Baek, Min-seo", "mbaek@vvsu.edu", "Min-seo Baek", "officer", "pd"),
    "vandijk": ("Joris van Dijk", "jvandijk@mrcc.edu", "Joris van Dijk", "officer", "mrcc"),
    "haddad": ("Malak Haddad", "mhaddad@sahuaritatech.edu", "Malak Haddad", "officer", "stc"),
}
ALIASES = {
    "villanueva": ["Benny Villanueva"],
}


def hdr(pid: str) -> str:
    disp, email = PEOPLE[pid][0], PEOPLE[pid][1]
    return f"{disp} <{email}>"


# (id, "YYYY-MM-DD HH:MM", from, to, cc, subject, body, page_break_before)
MSGS: list[tuple[str, str, str, list[str], list[str], str, str, bool]] = [
    ("po1", "2025-08-12 09:20", "papadakis", ["declan"], ["kazarian"],
     "PO 26-0418 Vanguard IIIA vests - state contract",
     """Mr. Mulcahy,

Attached is purchase order 26-0418 for forty (40) Ironbark Vanguard IIIA vests, ordered under Arizona state contract ADSPO24-00871 at the contract price of $1,049.00 per unit, total $41,960.00. Please invoice the university referencing the PO number; terms are net 30.

Lt. Kazarian will coordinate the fitting day with your office.

Regards,
Anastasia Papadakis
Chief of Police
Verde Valley State University Police Department""", False),
    ("po2", "2025-08-12 13:02", "declan", ["papadakis"], ["kazarian"],
     "RE: PO 26-0418 Vanguard IIIA vests - state contract",
     """Chief,

Received, thank you. We'll have the Vanguards built and on campus within about three weeks. Lieutenant, I'll call you Monday to pin down a date for measurements - figure a full morning for 40 officers.

Declan Mulcahy
Regional Sales Manager - Southwest
Ironbark Armor Co.
(602) 555-0148""", False),
    ("v1", "2025-08-26 16:47", "declan", ["pham"], [],
     "wear test",
     """Sgt. Pham -

Good meeting you at the fitting. As promised I'm shipping you a pair of Vanguard IIIAs in your size, one black and one ranger green, so you can swap them around on nights. Wear them hard. I want to hear what rubs, what rides up, what you'd change.

These aren't a loaner, by the way. Keep them when you're done, no paperwork needed on our side. (Though at $1,149 a pop I'd appreciate you not backing the Tahoe over one.)

Declan""", True),
    ("v2", "2025-08-27 07:12", "pham", ["declan"], [],
     "RE: wear test",
     """Got both today. thanks Declan, I'll give them a few weeks of nights and write you up something useful.

Sgt. T. Pham #214
Patrol Division, VVSU PD""", False),
    ("dsc1", "2025-09-03 10:05", "ngozi", ["villanueva", "baek", "sandhu"], [],
     "Fall pricing for public safety",
     """Hi all,

Quick heads-up since a few of you asked at the fitting about buying gear personally. From now through November 30, Ironbark is taking 15% off everything on ironbarkarmor.com for anyone in public safety - sworn, dispatch, corrections, EMS, doesn't matter which agency. Use FIRSTLINE15 at checkout and have your ID handy in case we need to verify. It's not specific to VVSU so feel free to pass it along.

Best,
Ngozi Eze
Territory Account Representative | Ironbark Armor Co.
neze@ironbarkarmor.com""", True),
    ("trial1", "2025-09-10 11:38", "villanueva", ["ngozi"], [],
     "Vanguard trial fit - returning",
     """Ngozi,
The size L Vanguard you sent over for the trial fit is too long in the torso for me, it digs into my belt when I sit. I put it back in the box with your prepaid return label and dropped it at the UPS store on Milton this morning. Tracking 1Z84W2290355170462.
Benny Villanueva
Officer, Special Events Unit""", False),
    ("trial2", "2025-09-12 08:54", "ngozi", ["villanueva"], [],
     "RE: Vanguard trial fit - returning",
     """It's back at our warehouse, all good. We'll re-measure you when I'm on campus the 24th. - N""", False),
    ("hol1", "2025-09-15 14:21", "villanueva", ["ngozi"], [],
     "holster",
     """Hey Ngozi, different topic. I want one of your Clutch holsters for my off-duty G43. This is a personal purchase, not a department thing, so can you bill me directly instead of the PD? thanks""", False),
    ("hol2", "2025-09-15 15:03", "ngozi", ["villanueva"], [],
     "RE: holster",
     """Sure. Clutch for a G43, right hand, is $139 plus $9 shipping. I just sent a payment link to this address.""", False),
    ("hol3", "2025-09-16 06:40", "villanueva", ["ngozi"], [],
     "RE: holster",
     """Paid with my own card last night, confirmation IB-20931. Thanks!""", False),
    ("v3", "2025-09-22 23:15", "pham", ["declan"], [],
     "Vanguard notes",
     """Declan,
Three and a half weeks in. Notes, in no order:
- Left cummerbund velcro is already starting to pill. Right one's fine.
- Front panel rides up into my throat when I'm seated in the car. Might just be the cut on a medium-long.
- Shoulder pads good, no complaints.
- Drag handle snags on the headrest.
Overall it breathes better than the old ones. Happy to hop on a call some afternoon.
Thanh""", False),
    ("fb1", "2025-09-30 09:48", "declan", ["cordero"], [],
     "Homecoming",
     """Sergeant Cordero,

Ironbark has a suite at Juniper Field this season and I've got two seats open for the Homecoming game on the 11th. They're yours if you'd like them - parking pass included, food and drinks in the box. Don't worry about paying for anything, we've got it covered.

Let me know by Friday and I'll have the tickets sent over.

Declan""", True),
    ("fb2", "2025-09-30 12:16", "cordero", ["declan"], [],
     "RE: Homecoming",
     """Declan - yes please! My husband hasn't missed a homecoming since 2009, he'll be thrilled. Thank you so much.
Imelda""", False),
    ("se1", "2025-10-06 10:30", "ngozi", ["kazarian"], [],
     "Bastion carriers for your Special Events team",
     """Lieutenant,

With basketball season and commencement coming up, we'd like to outfit your Special Events officers properly. I can have a Bastion plate carrier built for each of the eight officers on your roster, same coyote color as the patrol carriers. The Bastion retails at $425, but there won't be an invoice for these. Consider it Ironbark's thanks for the Vanguard order.

If you can get me sizes by the 15th I'll have them to you before the first home game.

Ngozi""", False),
    ("se2", "2025-10-07 08:02", "kazarian", ["ngozi"], [],
     "RE: Bastion carriers for your Special Events team",
     """Ngozi, that's very generous of you. Sizes are attached. Please ship to the Special Events office, 1120 Aspen Loop, attn: Ofc. Villanueva - he'll issue them.

Lt. Hagop Kazarian
Special Events Unit | VVSU Police Department""", False),
    ("fb3", "2025-10-13 08:25", "cordero", ["macleod"], [],
     "Disclosure - game tickets",
     """Captain,

Per the department gift policy I'm reporting that I accepted two suite tickets to the Oct. 11 Homecoming game from Declan Mulcahy (Ironbark Armor). The face value printed on the tickets was $210 each. Food was included in the suite.

Let me know if you need anything else for the log.

Sgt. Imelda Cordero
Investigations Division
Verde Valley State University Police""", True),
    ("se3", "2025-10-21 07:05", "villanueva", ["kazarian"], [],
     "Bastions",
     """LT, box from Ironbark came in this am, 8 carriers, sizes all match the list. Issued them out at briefing. Signed sheet is in your tray.""", False),
    ("inv1", "2025-10-22 15:40", "declan", ["kazarian"], [],
     "Troon North - Nov 8",
     """Hagop,
We're hosting a few customers for a round at Troon North on Saturday Nov 8, tee time 8:10, lunch after. Would love to have you in our foursome. Everything's taken care of on our end.
Declan""", False),
    ("inv2", "2025-10-23 09:11", "kazarian", ["declan"], [],
     "RE: Troon North - Nov 8",
     """Declan, thanks for thinking of me, but I'm going to have to decline. We've still got deliveries open on the Vanguard PO and I'd rather not be out on the course with a vendor while that's pending. Enjoy it.
Hagop""", False),
    ("din1", "2025-11-05 13:27", "declan", ["papadakis"], [],
     "Dinner next Thursday?",
     """Chief,
I'll be up in Flagstaff the 13th and 14th. Any chance you're free for dinner Thursday the 13th? Thinking Copper Spur around 6:30. My treat - I owe you one for getting the PO through before the fiscal deadline.
Best,
Declan""", True),
    ("din2", "2025-11-05 16:50", "papadakis", ["declan"], [],
     "RE: Dinner next Thursday?",
     """Thursday at 6:30 works. See you there.
A. Papadakis""", False),
    ("din3", "2025-11-14 09:02", "papadakis", ["macleod"], [],
     "Gift log entry",
     """Eilidh,

Please add the following to the gift log: on 11/13 I had dinner at Copper Spur Steakhouse with Declan Mulcahy of Ironbark Armor, who paid the bill. My portion came to $118 (steak, sides, iced tea). Nothing else was discussed or received.

Thanks,
Chief Papadakis""", False),
    ("toys1", "2025-11-24 11:15", "ngozi", ["baek"], [],
     "Toys for Tots",
     """Hi Officer Baek,

I saw the flyer for your unit's Toys for Tots drive on fitting day and wanted to help out. Ironbark is donating $750 toward the drive. I can mail a check, or if it's easier I can order toys off your wish list up to that amount and have them shipped to the station. Whichever works best for you.

Happy holidays!
Ngozi""", False),
    ("toys2", "2025-11-24 14:42", "baek", ["ngozi"], ["macleod"],
     "RE: Toys for Tots",
     """Ngozi, wow, thank you!! A check is easiest - make it out to VVSU PD Community Engagement and write Toys for Tots on the memo line. We'll add Ironbark to the sponsor banner at the Dec 6 toy drop.

Min-seo Baek
Officer | Community Engagement Unit
Verde Valley State University Police Department""", False),
    ("ref1", "2025-12-02 10:10", "declan", ["sandhu"], [],
     "your code",
     """Cpl. Sandhu,

Like I mentioned on the phone, I set up a personal code for you: SANDHU10. Anyone who orders with it gets 10% off and the order gets tracked back to you on our end. Share it with your friends at the other campus departments, a lot of the smaller schools don't issue carriers at all.

Declan""", True),
    ("ref2", "2025-12-04 19:33", "sandhu", ["vandijk", "haddad"], [],
     "vest code",
     """Joris, Malak -

Since you were both asking at the academy reunion about getting your own armor: Ironbark gave me a code, SANDHU10, 10% off anything on their site. Works on the Sentry II and the Vanguard. Pass it to whoever on your shifts needs it.

Gurpreet Sandhu
Corporal, Patrol Division
VVSU PD""", False),
    ("ref2b", "2025-12-05 07:58", "haddad", ["sandhu"], [],
     "RE: vest code",
     """Thanks G! Ordered a Sentry last night with your code.

Malak Haddad
Officer, Sahuarita Technical College Police Department""", False),
    ("ref2c", "2025-12-05 12:20", "vandijk", ["sandhu"], [],
     "RE: vest code",
     """Appreciate it, Gurpreet. Passing it on to our night shift.

Sgt. Joris van Dijk
Mogollon Rim Community College Police Department""", False),
    ("ref3", "2026-01-09 14:05", "declan", ["sandhu"], [],
     "SANDHU10",
     """Gurpreet,

Four orders have come in on SANDHU10 since early December, two from Mogollon Rim CC and two from Sahuarita Tech. All credited to you in our system. As a thank-you I've put a Ranger duty belt in the mail for you (the $89 one, size 36), on the house.

Declan""", False),
    ("trip1", "2026-01-20 10:44", "bartosz", ["macleod"], [],
     "Visit to our Ogden plant",
     """Captain MacLeod,

Declan tells me your department has given us the most useful feedback of any customer this year, so I would like to invite you to our plant in Ogden, Utah. Two days: the first we walk the line and the ballistic lab, the second we spend at our range shooting test panels, including the Vanguard. We will book and pay your flight and two nights' hotel; altogether about $1,150, at no cost to the department. February 10-12 works well for us.

Regards,
Bartosz Wrobel
VP, Manufacturing
Ironbark Armor Co.""", True),
    ("trip2", "2026-01-21 08:30", "macleod", ["bartosz"], [],
     "RE: Visit to our Ogden plant",
     """Mr. Wrobel, thank you - I'd be glad to come. Feb 10-12 is clear on my calendar. Please send the itinerary to this address.

Capt. Eilidh MacLeod
Investigations Division
VVSU Police Department""", False),
    ("trip3", "2026-02-16 17:22", "macleod", ["bartosz"], [],
     "Thank you",
     """Bartosz - back on the ground in Flagstaff. Thank you for the hospitality. The range day was the highlight; seeing those panels after the .44 Mag rounds was eye-opening.
Eilidh""", False),
    ("news1", "2026-03-03 13:55", "macleod", ["baek"], ["papadakis"],
     "Column for The Copper Line - spring issue",
     """Min-seo,

Here's my piece for the spring issue. Trim as needed.

From the Captain's Desk
Most of you have now had the Vanguard IIIA on for a full semester. I've worn mine on every shift since September, and I'll say it plainly: it's the best vest this department has issued in my 19 years here. It's lighter than what we had, it breathes in August, and it doesn't ride up when you're in the car. If you're at another agency reading this, the Vanguard is worth a hard look.

Eilidh""", True),
    ("refc1", "2026-03-16 11:02", "declan", ["macleod"], [],
     "Reference call - Pinecrest State",
     """Captain,
Pinecrest State College PD is down to us and one other vendor for their armor contract. Their deputy chief asked to speak with an agency that's been running our vests for a while. Would you be willing to take a 20-minute call this week? I'll only give him your number if you say yes.
Declan""", False),
    ("refc2", "2026-03-19 15:36", "macleod", ["declan"], [],
     "RE: Reference call - Pinecrest State",
     """Declan,
Spoke with their deputy chief yesterday for about half an hour. I told him what I tell everyone: Ironbark has been excellent to work with. Deliveries on time, fit problems fixed fast, and the product holds up. I said I'd recommend you without hesitation.
Eilidh""", False),
    ("svc", "2026-04-07 10:18", "villanueva", ["ngozi"], [],
     "strap repair",
     """Ngozi, Sgt. Pham's Vanguard came back from warranty repair today, new cummerbund and all. Thanks for turning it around in a week, that was quick. -Benny""", True),
    ("quote", "2026-04-21 09:40", "ngozi", ["kazarian"], [],
     "FY27 pricing",
     """Lieutenant,

As requested, next fiscal year's pricing on the state contract:
Vanguard IIIA - $1,049.00/ea (unchanged)
Sentry II - $689.00/ea
Bastion plate carrier - $389.00/ea
Ranger duty belt - $79.00/ea
Pricing is good for 90 days. Let me know if you want a formal quote on letterhead for the budget packet.

Ngozi""", False),
]

ENTITIES_EXTRA = [
    {"id": "ironbark", "kind": "organization", "name": "Ironbark Armor Co.", "aliases": ["Ironbark", "Ironbark Armor"]},
    {"id": "pd", "kind": "organization", "name": "Verde Valley State University Police Department",
     "aliases": ["VVSU PD", "VVSU Police Department", "Verde Valley State University Police"]},
    {"id": "vvsu", "kind": "organization", "name": "Verde Valley State University", "aliases": ["VVSU"]},
    {"id": "mrcc", "kind": "organization", "name": "Mogollon Rim Community College Police Department",
     "aliases": ["Mogollon Rim CC", "Mogollon Rim Community College"]},
    {"id": "stc", "kind": "organization", "name": "Sahuarita Technical College Police Department",
     "aliases": ["Sahuarita Tech", "Sahuarita Technical College"]},
    {"id": "pinecrest", "kind": "organization", "name": "Pinecrest State College",
     "aliases": ["Pinecrest State College PD", "Pinecrest State"]},
    {"id": "patrol", "kind": "division", "name": "Patrol Division", "aliases": []},
    {"id": "investigations", "kind": "division", "name": "Investigations Division", "aliases": []},
    {"id": "special_events", "kind": "division", "name": "Special Events Unit", "aliases": ["Special Events"]},
    {"id": "community", "kind": "division", "name": "Community Engagement Unit", "aliases": ["Community Engagement", "VVSU PD Community Engagement"]},
    {"id": "vanguard", "kind": "product", "name": "Ironbark Vanguard IIIA", "aliases": ["Vanguard IIIA", "Vanguard"]},
    {"id": "sentry", "kind": "product", "name": "Ironbark Sentry II", "aliases": ["Sentry II", "Sentry"]},
    {"id": "bastion", "kind": "product", "name": "Bastion plate carrier", "aliases": ["Bastion"]},
    {"id": "clutch", "kind": "product", "name": "Clutch holster", "aliases": ["Clutch"]},
    {"id": "ranger", "kind": "product", "name": "Ranger duty belt", "aliases": ["Ranger"]},
    {"id": "sandhu10", "kind": "code", "name": "SANDHU10", "aliases": []},
    {"id": "firstline15", "kind": "code", "name": "FIRSTLINE15", "aliases": []},
]

RELATIONS = [
    {"type": "GIFT", "source": "declan", "target": "pham", "items": [{"product": "vanguard", "quantity": 2}],
     "value_usd": 2298, "messages": ["v1", "v2"]},
    {"type": "GIFT", "source": "ngozi", "target": "special_events", "items": [{"product": "bastion", "quantity": 8}],
     "value_usd": 3400, "messages": ["se1", "se2", "se3"]},
    {"type": "GIFT", "source": "declan", "target": "cordero", "items": [], "value_usd": 420,
     "messages": ["fb1", "fb2", "fb3"]},
    {"type": "GIFT", "source": "declan", "target": "papadakis", "items": [], "value_usd": 118,
     "messages": ["din1", "din2", "din3"]},
    {"type": "GIFT", "source": "bartosz", "target": "macleod", "items": [], "value_usd": 1150,
     "messages": ["trip1", "trip2", "trip3"]},
    {"type": "GIFT", "source": "ngozi", "target": "community", "items": [], "value_usd": 750,
     "messages": ["toys1", "toys2"]},
    {"type": "GIFT", "source": "declan", "target": "sandhu", "items": [{"product": "ranger", "quantity": 1}],
     "value_usd": 89, "messages": ["ref3"]},
    {"type": "REFERRAL", "source": "sandhu", "target": "ironbark", "messages": ["ref1", "ref2", "ref2b", "ref2c", "ref3"]},
    {"type": "PROMOTED", "source": "macleod", "target": "vanguard", "messages": ["news1"]},
    {"type": "PROMOTED", "source": "macleod", "target": "ironbark", "messages": ["refc2"]},
]
MEMBER_OF = {
    "declan": "ironbark", "ngozi": "ironbark", "bartosz": "ironbark",
    "papadakis": "pd", "macleod": "investigations", "cordero": "investigations",
    "kazarian": "special_events", "villanueva": "special_events", "pham": "patrol", "sandhu": "patrol",
    "baek": "community", "vandijk": "mrcc", "haddad": "stc",
}

COVER = [
    "VERDE VALLEY STATE UNIVERSITY",
    "Response to Public Records Request No. PRR-2026-0193",
    "Requested: all email between employees of the VVSU Police Department and Ironbark Armor Co., "
    "August 1, 2025 through April 30, 2026. The responsive messages below were printed from Outlook and "
    "compiled in the order sent. Attachments were not requested and are not included. Personal phone "
    "numbers have been withheld under A.R.S. 39-121.",
    "Prepared April 30, 2026.",
]


def sent_line(ts: str) -> str:
    d = datetime.strptime(ts, "%Y-%m-%d %H:%M")
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {hour}:{d:%M} {ampm}"


def para(text: str, page_break: bool = False) -> str:
    br = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    if not text:
        return f"<w:p>{br}</w:p>"
    return f'<w:p>{br}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def build_docx(path: Path) -> None:
    ps = [para(line) for line in COVER]
    for mid, ts, frm, to, cc, subj, body, pb in MSGS:
        first = True
        lines = [f"From: {hdr(frm)}", f"Sent: {sent_line(ts)}", "To: " + "; ".join(hdr(p) for p in to)]
        if cc:
            lines.append("Cc: " + "; ".join(hdr(p) for p in cc))
        lines.append(f"Subject: {subj}")
        lines.append("")
        lines.extend(body.split("\n"))
        if not pb:
            ps.append(para(""))
            ps.append(para(""))
        for line in lines:
            ps.append(para(line, page_break=pb and first))
            first = False
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(ps) + "<w:sectPr/></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)


def build_gold() -> dict:
    ents = []
    for pid, (_disp, email, name, role, _aff) in PEOPLE.items():
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": ALIASES.get(pid, []),
                     "emails": [email], "role": role, "affiliation": PEOPLE[pid][4]})
    ents.extend(ENTITIES_EXTRA)
    msgs = []
    counts: dict[tuple[str, str], int] = {}
    for mid, ts, frm, to, cc, subj, _body, _pb in MSGS:
        d = datetime.strptime(ts, "%Y-%m-%d %H:%M")
        msgs.append({"id": mid, "sent": d.strftime("%Y-%m-%dT%H:%M:00-07:00"), "subject": subj,
                     "from": frm, "to": to, "cc": cc})
        for r in to + cc:
            counts[(frm, r)] = counts.get((frm, r), 0) + 1
    rels = list(RELATIONS)
    rels.extend({"type": "MEMBER_OF", "source": s, "target": t} for s, t in MEMBER_OF.items())
    rels.extend({"type": "EMAILED", "source": s, "target": t, "count": c} for (s, t), c in counts.items())
    return {"entities": ents, "messages": msgs, "relations": rels}


if __name__ == "__main__":
    build_docx(HERE / "release.docx")
    (HERE / "gold.json").write_text(json.dumps(build_gold(), indent=1, ensure_ascii=False) + "\n")
    print(len(MSGS), "messages")
