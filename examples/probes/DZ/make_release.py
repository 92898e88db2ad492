"""Write probe DZ: an invented airport authority's parking-technology release (one mbox) and its gold.

Everything here is fiction. Deterministic: run it and it rewrites release.mbox and gold.json.
"""
import json
import os
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
CST, CDT = timezone(timedelta(hours=-6)), timezone(timedelta(hours=-5))

P = {  # id: (name, email, role, affiliation, title)
    "olander": ("Marguerite Olander", "molander@tallgrassair.org", "officer", "tgraa", "Executive Director"),
    "farrow": ("Desmond Farrow", "dfarrow@tallgrassair.org", "officer", "tgraa", "Chief of Police, Tallgrass Airport Police Department"),
    "voskuijl": ("Renata Voskuijl", "rvoskuijl@tallgrassair.org", "officer", "tgraa", "Lieutenant, Tallgrass Airport Police Department"),
    "pruitt": ("Calloway Pruitt", "cpruitt@tallgrassair.org", "officer", "tgraa", "Director of Operations"),
    "abernathy": ("Ines Abernathy-Wolde", "iabernathy@tallgrassair.org", "officer", "tgraa", "Parking & Ground Transportation Manager"),
    "kimura": ("Thaddeus Kimura-Bell", "tkimura@tallgrassair.org", "officer", "tgraa", "Procurement Manager"),
    "holloway": ("Bram Holloway-Finch", "bholloway@kestrelgate.com", "vendor_employee", "kestrel", "Regional Sales Director"),
    "okafor": ("Sunniva Okafor-Reyes", "sokafor@kestrelgate.com", "vendor_employee", "kestrel", "Senior Account Executive"),
    "pemberton": ("Lowell Pemberton", "lpemberton@kestrelgate.com", "vendor_employee", "kestrel", "Customer Success Manager"),
    "truong": ("Odalys Truong-Marsh", "otruong@flybellwether.org", "officer", "bellwether", "Parking Manager"),
    "delacroix": ("Augustin Delacroix-Nyberg", "adelacroix@pinecrestairport.org", "officer", "pinecrest", "Director of Operations"),
}
ORGS = {
    "tgraa": ("Tallgrass Regional Airport Authority", "organization", []),
    "tapd": ("Tallgrass Airport Police Department", "division", []),
    "kestrel": ("Kestrelgate Parking Systems", "organization", ["Kestrelgate"]),
    "bellwether": ("Bellwether Field Airport", "organization", []),
    "pinecrest": ("Pinecrest County Airport", "organization", []),
    "mapa": ("Midcontinent Airport Parking Association", "organization", ["MAPA"]),
    "arrow": ("Prairie Arrow Airlines", "organization", ["Prairie Arrow"]),
    "harborline": ("Harborline Suites", "organization", []),
    "ironwood": ("Ironwood Stadium", "organization", []),
}
PRODUCTS = {
    "platewise": ("PlateWise LPR", ["PlateWise"]),
    "gateledger": ("GateLedger", []),
}
CODES = {"partner": "PARTNER-TGR-4471", "mapa26": "MAPA26"}
ORG_OF = {k: v[3] for k, v in P.items()}
ORG_NAME = {"tgraa": ORGS["tgraa"][0], "kestrel": ORGS["kestrel"][0], "bellwether": ORGS["bellwether"][0],
            "pinecrest": ORGS["pinecrest"][0]}


def sig(pid):
    name, email, _, org, title = P[pid]
    phone = {"tgraa": "(316) 555-0142", "kestrel": "(612) 555-0187", "bellwether": "(402) 555-0119",
             "pinecrest": "(573) 555-0163"}[org]
    return f"\n{name}\n{title}\n{ORG_NAME[org]}\n{phone}\n"


MSGS = []  # (id, sender, to, cc, dt, subject, body)


def msg(mid, sender, to, cc, dt, subject, body):
    MSGS.append((mid, sender, to, cc, dt, subject, body.strip("\n") + "\n" + sig(sender)))


msg("m01", "holloway", ["abernathy"], ["okafor"], datetime(2026, 2, 10, 9, 14, tzinfo=CST),
    "PlateWise pilot at the economy garage", """
Ines,

Following up on Thursday's walk-through. We would like to put four PlateWise LPR cameras on the
economy garage exit lanes for a 90-day pilot at no charge to the Authority. Installation, the
GateLedger back office and support during the pilot are included. At the end of the 90 days you
can keep the units at the contract price or we take them down, no obligation either way.

Let me know if Calloway needs anything in writing before he signs off.

Bram
""")
msg("m02", "abernathy", ["holloway"], ["pruitt"], datetime(2026, 2, 11, 15, 40, tzinfo=CST),
    "RE: PlateWise pilot at the economy garage", """
Bram,

Calloway has approved the pilot. Your installers can start the week of the 23rd; please coordinate
lane closures with our ops desk.

Thanks,
Ines
""")
msg("m03", "holloway", ["farrow"], [], datetime(2026, 3, 4, 10, 2, tzinfo=CST),
    "Before the summit", """
Chief,

I heard you are flying out for the regional chiefs' summit next week. I have two Arrow Lounge day
passes from Prairie Arrow Airlines set aside for you, so you have somewhere quiet to work before
the flight. Happy to drop them off at the station.

Best,
Bram
""")
msg("m04", "farrow", ["holloway"], ["voskuijl"], datetime(2026, 3, 4, 14, 31, tzinfo=CST),
    "RE: Before the summit", """
Bram,

Thank you for thinking of me, but I have to decline the lounge passes. Department policy does not
allow it while Kestrelgate has business with the Authority. Please don't send them.

Regards,
Chief Farrow
""")
msg("m05", "holloway", ["voskuijl"], [], datetime(2026, 3, 12, 11, 20, tzinfo=CDT),
    "Something for the Denver trip", """
Lieutenant,

You mentioned at the hotlist meeting that you are flying to Denver in April. Two Arrow Lounge day
passes are in the envelope I left with your front desk this morning. They are $59 apiece at the
door, so enjoy them.

Bram
""")
msg("m06", "voskuijl", ["holloway"], [], datetime(2026, 3, 13, 8, 5, tzinfo=CDT),
    "RE: Something for the Denver trip", """
Bram,

Got the envelope, thank you! My husband and I will put both passes to good use on the Denver trip.

Renata
""")
msg("m07", "okafor", ["olander"], [], datetime(2026, 3, 20, 16, 45, tzinfo=CDT),
    "Congratulations", """
Marguerite,

Congratulations on the board renewing your contract. I had a spare systemwide upgrade certificate
from my own travel this year, so I have transferred it to your Prairie Arrow profile. It is good on
any domestic flight through December; they sell for around $400.

Warmly,
Sunniva
""")
msg("m08", "olander", ["okafor"], [], datetime(2026, 3, 23, 9, 12, tzinfo=CDT),
    "RE: Congratulations", """
Sunniva,

That was very kind of you. I used the certificate on my Phoenix flight last weekend and it made the
trip. Thank you.

Marguerite
""")
msg("m09", "holloway", ["abernathy"], [], datetime(2026, 4, 2, 13, 30, tzinfo=CDT),
    "Thank you for hosting the pilot", """
Ines,

The pilot numbers look great, and a lot of that is down to you. As a thank-you, 25,000 Kestrel
Rewards points have been deposited to your account; they are worth about $250 in travel or gift cards.

Also, now that Tallgrass is a reference site: if a peer airport asks about us, have them use the
partner airport code PARTNER-TGR-4471 on our quote form. They get 10% off the first year.

Bram
""")
msg("m10", "abernathy", ["truong"], [], datetime(2026, 4, 3, 10, 18, tzinfo=CDT),
    "LPR for your surface lots", """
Odalys,

You asked at the MAPA regional about plate recognition for your surface lots. Kestrelgate ran a
pilot on our economy garage this winter and it went well. When you request a quote, put our partner
airport code PARTNER-TGR-4471 on the form and they will take 10% off your first year.

Ines
""")
msg("m11", "truong", ["abernathy"], ["holloway"], datetime(2026, 4, 9, 15, 2, tzinfo=CDT),
    "RE: LPR for your surface lots", """
Ines,

Thanks for the tip. I entered PARTNER-TGR-4471 on our quote request this morning and Bram has
confirmed the 10% discount on our first-year price.

Odalys
""")
msg("m12", "kimura", ["holloway"], ["abernathy", "olander"], datetime(2026, 4, 15, 14, 0, tzinfo=CDT),
    "PO 26-0418 Kestrelgate LPR", """
Bram,

Purchase order 26-0418 is attached: twelve PlateWise LPR cameras and GateLedger licences for the
economy and short-term garages, $184,500, under the contract the board approved on April 9. It
includes the four pilot units at the contract price. Please invoice against the PO number.

Thaddeus
""")
msg("m13", "okafor", ["kimura"], [], datetime(2026, 4, 22, 11, 47, tzinfo=CDT),
    "Your stay for the MAPA conference", """
Thaddeus,

I booked you two nights at the Harborline Suites for the MAPA conference on Kestrelgate's corporate
points. The confirmation is in your name and there is nothing to pay at checkout. The rate that week
is $190 a night.

Sunniva
""")
msg("m14", "kimura", ["okafor"], [], datetime(2026, 4, 22, 17, 3, tzinfo=CDT),
    "RE: Your stay for the MAPA conference", """
Sunniva,

Received the confirmation. Appreciated, see you in Omaha.

Thaddeus
""")
msg("m15", "olander", ["pruitt", "abernathy", "kimura"], ["farrow"], datetime(2026, 4, 24, 8, 30, tzinfo=CDT),
    "MAPA conference travel", """
All,

MAPA has opened registration. Every member airport gets 20% off with the code MAPA26, so use it
when you register. Book your flights through the Authority's Prairie Arrow business account; our
points balance there (about 140,000) covers airfare for all four of us.

Marguerite
""")
msg("m16", "pemberton", ["pruitt"], [], datetime(2026, 5, 6, 12, 15, tzinfo=CDT),
    "May 17 game", """
Calloway,

We have a reserved space in the club lot at Ironwood Stadium for the May 17 game, and it is on us.
The parking pass is attached; those spaces go for $75 on game day.

Lowell
""")
msg("m17", "pruitt", ["pemberton"], [], datetime(2026, 5, 6, 16, 40, tzinfo=CDT),
    "RE: May 17 game", """
Lowell,

Thanks, I'll be there. See you at the tailgate.

Calloway
""")
msg("m18", "pruitt", ["delacroix"], ["holloway"], datetime(2026, 5, 19, 9, 55, tzinfo=CDT),
    "Reference for Kestrelgate Parking Systems", """
Augustin,

You asked for a reference in writing, so here it is. I recommend Kestrelgate Parking Systems
without reservation. Their PlateWise LPR cameras cut our average exit time at the economy garage
by a third, and their team was responsive through the whole pilot. If Pinecrest is looking at
plate recognition, they should be on your short list.

Calloway
""")
msg("m19", "delacroix", ["pruitt"], [], datetime(2026, 5, 20, 10, 10, tzinfo=CDT),
    "RE: Reference for Kestrelgate Parking Systems", """
Calloway,

Thanks for this. I will pass it along to our board with the RFP packet.

Augustin
""")
msg("m20", "farrow", ["holloway"], ["voskuijl"], datetime(2026, 6, 1, 7, 45, tzinfo=CDT),
    "Hotlist integration", """
Bram,

Thanks for the walk-through of the hotlist integration yesterday. Lieutenant Voskuijl will be our
contact for the state feed from here on.

Chief Farrow
""")


def addr(pid):
    return f'"{P[pid][0]}" <{P[pid][1]}>'


def write_mbox():
    out = []
    for mid, s, to, cc, dt, subj, body in MSGS:
        from_line = "From " + P[s][1] + " " + dt.astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        hdr = [from_line, f"From: {addr(s)}", "To: " + ", ".join(addr(t) for t in to)]
        if cc:
            hdr.append("Cc: " + ", ".join(addr(c) for c in cc))
        hdr += [f"Subject: {subj}", f"Date: {format_datetime(dt)}",
                f"Message-ID: <{mid}.dz@tallgrassair.org>", "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8"]
        lines = [(">" + ln if ln.startswith("From ") else ln) for ln in body.split("\n")]
        out.append("\n".join(hdr) + "\n\n" + "\n".join(lines) + "\n")
    with open(os.path.join(HERE, "release.mbox"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def gift(src, dst, value, mid, note):
    return {"type": "GIFT", "source": src, "target": dst, "value_usd": value, "items": [], "messages": [mid], "note": note}


def write_gold():
    ents = []
    for pid, (name, email, role, aff, title) in P.items():
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": [], "emails": [email], "role": role,
                     "affiliation": aff})
    for oid, (name, kind, aliases) in ORGS.items():
        ents.append({"id": oid, "kind": kind, "name": name, "aliases": aliases})
    for pid, (name, aliases) in PRODUCTS.items():
        ents.append({"id": pid, "kind": "product", "name": name, "aliases": aliases})
    for cid, code in CODES.items():
        ents.append({"id": "code_" + cid, "kind": "code", "name": code, "aliases": []})
    messages = [{"id": mid, "sent": dt.isoformat(), "subject": subj} for mid, s, to, cc, dt, subj, body in MSGS]
    rels = [
        gift("holloway", "voskuijl", 118, "m05", "two lounge day passes, $59 apiece, accepted (m06)"),
        gift("okafor", "olander", 400, "m07", "upgrade certificate transferred to her profile, used (m08)"),
        gift("holloway", "abernathy", 250, "m09", "25,000 points deposited to her account, about $250"),
        gift("okafor", "kimura", 380, "m13", "two nights at $190 booked on the vendor's points"),
        gift("pemberton", "pruitt", 75, "m16", "reserved stadium parking space on us, $75"),
        {"type": "REFERRAL", "source": "abernathy", "target": "kestrel", "messages": ["m10", "m11"],
         "note": "partner airport code passed to Bellwether's parking manager, who used it"},
        {"type": "PROMOTED", "source": "pruitt", "target": "kestrel", "messages": ["m18"],
         "note": "written recommendation to a peer airport"},
    ]
    for pid, v in P.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": v[3]})
    rels.append({"type": "MEMBER_OF", "source": "farrow", "target": "tapd"})
    rels.append({"type": "MEMBER_OF", "source": "voskuijl", "target": "tapd"})
    counts = {}
    for mid, s, to, cc, dt, subj, body in MSGS:
        for r in to + cc:
            counts.setdefault((s, r), []).append(mid)
    for (s, r), mids in counts.items():
        rels.append({"type": "EMAILED", "source": s, "target": r, "count": len(mids), "messages": mids})
    gold = {
        "about": "Probe DZ (invented): Tallgrass Regional Airport Authority and Kestrelgate Parking Systems.",
        "negatives": [
            "m01/m12: 90-day no-charge camera pilot, then bought under PO 26-0418 ($184,500): not a gift",
            "m03/m04: lounge passes offered to the chief and declined",
            "m15: MAPA26 is a discount for every member airport; the points balance is the Authority's own business account",
            "m19, m17, m20: ordinary thanks",
        ],
        "entities": ents, "messages": messages, "relations": rels,
    }
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    write_mbox()
    write_gold()
