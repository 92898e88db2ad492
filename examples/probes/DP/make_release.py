#!/usr/bin/env python3
"""Write the DP release (Outlook-saved .txt messages) and its gold.json. Everything here is invented."""
import json, os, datetime as dt
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "release")

P = {  # id: (name, email, role, affiliation, signature)
 "torrens": ("Graham Torrens", "graham.torrens@police.murrindale.gov.au", "officer", "rpc",
             "Graham Torrens\nSuperintendent\nRoad Policing Command | Murrindale State Police"),
 "halloran": ("Fiona Halloran", "fiona.halloran@police.murrindale.gov.au", "officer", "rpc",
              "Inspector Fiona Halloran\nRoad Policing Command\nMurrindale State Police"),
 "pettigrew": ("Darren Pettigrew", "darren.pettigrew@police.murrindale.gov.au", "officer", "rpc",
               "Senior Sergeant Darren Pettigrew\nRoad Policing Command - Mobile Camera Unit\nMurrindale State Police"),
 "brannock": ("Kylie Brannock", "kylie.brannock@police.murrindale.gov.au", "officer", "rpc",
              "Leading Senior Constable Kylie Brannock\nRoad Policing Command\nMurrindale State Police"),
 "mulvaney": ("Josh Mulvaney", "josh.mulvaney@police.murrindale.gov.au", "officer", "rpc",
              "Senior Constable Josh Mulvaney\nRoad Policing Command\nMurrindale State Police"),
 "varadan": ("Priya Varadan", "priya.varadan@police.murrindale.gov.au", "officer", "pcb",
             "Priya Varadan\nProcurement Officer\nProcurement and Contracts Branch | Murrindale State Police"),
 "colquhoun": ("Wade Colquhoun", "wade.colquhoun@kestreltraffic.com.au", "vendor_employee", "kestrel",
               "Wade Colquhoun\nState Manager\nKestrel Traffic Systems Pty Ltd\nM 0412 558 901"),
 "birtles": ("Lachlan Birtles", "lachlan.birtles@kestreltraffic.com.au", "vendor_employee", "kestrel",
             "Lachlan Birtles\nField Technician\nKestrel Traffic Systems Pty Ltd"),
 "anstey": ("Meredith Anstey", "meredith.anstey@tarrawongshire.gov.au", "other", "tarrawong",
            "Meredith Anstey\nCoordinator Local Laws\nTarrawong Shire Council"),
 "ferrier": ("Noel Ferrier", "noel.ferrier@police.westerntablelands.gov.au", "officer", "wtp",
             "Superintendent Noel Ferrier\nTraffic Operations\nWestern Tablelands Police"),
}
ORGS = [("org:msp", "organization", "Murrindale State Police", []),
        ("rpc", "division", "Road Policing Command", []),
        ("pcb", "division", "Procurement and Contracts Branch", []),
        ("kestrel", "organization", "Kestrel Traffic Systems", ["Kestrel Traffic Systems Pty Ltd", "Kestrel"]),
        ("tarrawong", "organization", "Tarrawong Shire Council", []),
        ("wtp", "organization", "Western Tablelands Police", [])]
PRODUCTS = [("prod:speedhawk", "SpeedHawk M3", ["Kestrel SpeedHawk M3"]),
            ("prod:phonesight", "PhoneSight PS-200", ["PhoneSight", "PS-200"]),
            ("prod:polo", "Kestrel polo shirt", ["Kestrel-branded polo shirt", "polo shirts"])]
CODES = [("code:ref", "KREF-DP7731"), ("code:forum", "ROADSAFE25")]

AEDT, AEST = dt.timezone(dt.timedelta(hours=11)), dt.timezone(dt.timedelta(hours=10))

def when(y, mo, d, h, mi):
    naive = dt.datetime(y, mo, d, h, mi)
    tz = AEDT if naive < dt.datetime(2025, 4, 6, 3) else AEST
    return naive.replace(tzinfo=tz)

M = []  # (id, datetime, from, to, cc, subject, body, quoted_ids)
def msg(i, t, frm, to, cc, subj, body, quoted=()):
    M.append((i, t, frm, to, cc, subj, body, list(quoted)))

msg("m01", when(2025, 3, 4, 9, 14), "colquhoun", ["torrens"], ["halloran"], "Footy tickets - Saturday arvo",
"""G'day Graham,

Hope the week's treating you well. I've got two tickets in our corporate box at Harbourside Stadium for Saturday arvo's game, Kestrel's shout. With the catering they come to about $550 each, so $1,100 for the pair.

Would love you to come along - bring whoever you like.

Cheers,
""" + P["colquhoun"][4])

msg("m02", when(2025, 3, 4, 11, 2), "torrens", ["colquhoun"], [], "RE: Footy tickets - Saturday arvo",
"""Thanks Wade, very generous of you. I'll take both tickets - my son will be stoked. See you Saturday.

Cheers,
Graham

""" + P["torrens"][4], ["m01"])

msg("m03", when(2025, 3, 6, 14, 30), "varadan", ["colquhoun"], ["pettigrew"], "RFT 2025-031 - Mobile speed cameras - purchase order",
"""Hi Wade,

Following evaluation of tender RFT 2025-031, please find attached purchase order PO 778214 for four (4) SpeedHawk M3 mobile speed cameras at $38,500 ex GST each ($154,000 ex GST, $169,400 inc GST).

Payment will be made on 30-day terms against a valid tax invoice quoting the PO number.

Kind regards,
""" + P["varadan"][4])

msg("m04", when(2025, 3, 10, 8, 45), "birtles", ["pettigrew"], [], "SpeedHawk M3 demo unit",
"""Morning Darren,

I'll drop the SpeedHawk M3 demo unit at the Road Policing depot tomorrow for your two-week trial. I'll collect it back on Monday 24/03/2025.

Ta,
Lachie

""" + P["birtles"][4])

msg("m05", when(2025, 3, 12, 12, 10), "colquhoun", ["halloran", "pettigrew"], [], "Lunch Friday?",
"""Fiona, Darren,

How about a long lunch Friday at The Saltbush Room to talk through the PhoneSight rollout? My shout, no arguments.

Cheers,
Wade

""" + P["colquhoun"][4])

msg("m06", when(2025, 3, 17, 9, 30), "colquhoun", ["halloran", "pettigrew"], [], "RE: Lunch Friday?",
"""Great to catch up on Friday, a very long lunch indeed.

For your gift registers: the lunch came to $642 for the three of us, so call it $214 a head, all on Kestrel.

Cheers,
Wade

""" + P["colquhoun"][4], ["m05"])

msg("m07", when(2025, 3, 18, 15, 15), "colquhoun", ["brannock"], ["mulvaney"], "Polo shirts for the charity ride",
"""Hi Kylie,

Happy to help with the Coastline Charity Ride. We'll supply twelve Kestrel-branded polo shirts for your team at no charge - they're about $45 each, so $540 all up. Lachie will drop them at the station Thursday.

Cheers,
Wade

""" + P["colquhoun"][4])

msg("m08", when(2025, 3, 18, 16, 2), "brannock", ["colquhoun"], ["mulvaney"], "RE: Polo shirts for the charity ride",
"""Thanks heaps Wade, the team will wear them with pride on the ride. Ta!

Kylie

""" + P["brannock"][4], ["m07"])

msg("m09", when(2025, 3, 24, 16, 40), "birtles", ["pettigrew"], [], "RE: SpeedHawk M3 demo unit",
"""Darren,

Collected the SpeedHawk M3 demo unit from the depot this arvo as planned. Thanks for filling in the feedback sheet.

Ta,
Lachie

""" + P["birtles"][4], ["m04"])

msg("m10", when(2025, 3, 27, 13, 20), "pettigrew", ["birtles"], [], "Lunch today",
"""Lachie,

Good to see you at the Commercial Hotel today. As agreed we split the bill down the middle - $38 each - so we're square.

Cheers,
Darren

""" + P["pettigrew"][4])

msg("m11", when(2025, 4, 1, 10, 5), "colquhoun", ["pettigrew"], [], "Referral code for your council mates",
"""Darren,

If any of your mates at council are after a PhoneSight, get them to quote code KREF-DP7731 when they order. They get 10% off and it lets us know who sent them our way.

Cheers,
Wade

""" + P["colquhoun"][4])

msg("m12", when(2025, 4, 2, 9, 0), "pettigrew", ["anstey"], [], "FW: Referral code for your council mates",
"""Meredith,

As discussed at the road safety committee, Kestrel's PhoneSight is worth a look for your school zones. Use code KREF-DP7731 when you ring Wade Colquhoun and you'll get 10% off.

Cheers,
Darren

""" + P["pettigrew"][4], ["m11"])

msg("m13", when(2025, 4, 8, 11, 30), "colquhoun", ["halloran"], [], "Brochure testimonial",
"""Fiona,

We're putting together a brochure for the PhoneSight PS-200. Would you be happy to give us a short quote about how it's gone for the Command?

Cheers,
Wade

""" + P["colquhoun"][4])

msg("m14", when(2025, 4, 8, 14, 45), "halloran", ["colquhoun"], [], "RE: Brochure testimonial",
"""No worries, Wade. You can use this:

"The PhoneSight PS-200 has transformed how we detect drivers using mobile phones. I recommend it to any road policing unit in the country." - Inspector Fiona Halloran, Road Policing Command

Fiona

""" + P["halloran"][4], ["m13"])

msg("m15", when(2025, 4, 14, 8, 20), "colquhoun", ["torrens", "halloran", "pettigrew", "brannock", "mulvaney"], ["varadan"],
"Australasian Road Policing Forum - delegate discount",
"""Morning all,

Kestrel is one of the sponsors of the Australasian Road Policing Forum in Coolabah Bay this June. All delegates can use code ROADSAFE25 for 15% off registration - it's published on the forum website and open to everyone, so feel free to pass it around.

Cheers,
Wade

""" + P["colquhoun"][4])

msg("m16", when(2025, 4, 23, 10, 10), "mulvaney", ["birtles"], ["colquhoun"], "PhoneSight loan unit - still here",
"""Lachie,

The PhoneSight PS-200 you left with me on loan back in February is still in my locker. When are you coming to collect it?

Josh

""" + P["mulvaney"][4])

msg("m17", when(2025, 4, 23, 13, 55), "colquhoun", ["mulvaney"], ["birtles"], "RE: PhoneSight loan unit - still here",
"""Josh,

Don't worry about sending it back - keep the PS-200, it's yours. It lists at $4,950 ex GST but we've written it off. Consider it a thank-you from Kestrel for all the field testing.

Cheers,
Wade

""" + P["colquhoun"][4], ["m16"])

msg("m18", when(2025, 5, 2, 16, 30), "torrens", ["ferrier"], [], "Mobile phone detection - your enquiry",
"""Noel,

Thanks for your question at the commissioners' meeting. I'd recommend Kestrel Traffic Systems without hesitation - their cameras have been first-rate for us and the support is excellent. Wade Colquhoun is the bloke to talk to.

Regards,
Graham

""" + P["torrens"][4])

msg("m19", when(2025, 5, 6, 9, 40), "colquhoun", ["pettigrew"], [], "Something for the depot",
"""Darren,

A case of Barossa shiraz is on its way to you at the depot - a thank-you for all the help with the trial. About $380 worth, so enjoy it.

Cheers,
Wade

""" + P["colquhoun"][4])

msg("m20", when(2025, 5, 6, 12, 15), "pettigrew", ["colquhoun"], [], "RE: Something for the depot",
"""Cheers mate, very kind of you. Arrived this morning. My shout next time we catch up.

Darren

""" + P["pettigrew"][4], ["m19"])

msg("m21", when(2025, 5, 7, 15, 5), "varadan", ["colquhoun"], [], "RE: Footy tickets",
"""Hi Wade,

Thanks for the offer of the footy tickets, but as the procurement officer on an open tender I have to decline. Hope you understand.

Kind regards,
""" + P["varadan"][4])

BY = {m[0]: m for m in M}

def fmt_sent(t):
    h = t.hour % 12 or 12
    return f"{t.strftime('%A')}, {t.day} {t.strftime('%B %Y')} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"

def addr(pid):
    return f"{P[pid][0]} <{P[pid][1]}>"

def header(m, tab=True):
    i, t, frm, to, cc, subj, body, q = m
    sep = "\t" if tab else " "
    lines = [f"From:{sep}{addr(frm)}", f"Sent:{sep}{fmt_sent(t)}", f"To:{sep}" + "; ".join(addr(x) for x in to)]
    if cc:
        lines.append(f"Cc:{sep}" + "; ".join(addr(x) for x in cc))
    lines.append(f"Subject:{sep}{subj}")
    return lines

def render(m, top=True):
    out = header(m, tab=top) + ["", m[6].rstrip()]
    for qid in m[7]:
        out += ["", "", "_" * 32] + render(BY[qid], top=False)[0:]
    return out

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for m in M:
        with open(os.path.join(OUT, f"{m[0]}_{m[5][:40].replace(' ', '_').replace('/', '-').replace('?', '').replace(':', '')}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\r\n".join(render(m)) + "\r\n")
    ents = []
    for pid, (name, email, role, aff, _) in P.items():
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": [], "emails": [email], "role": role, "affiliation": aff})
    for oid, kind, name, al in ORGS:
        ents.append({"id": oid, "kind": kind, "name": name, "aliases": al})
    for pid, name, al in PRODUCTS:
        ents.append({"id": pid, "kind": "product", "name": name, "aliases": al})
    for cid, code in CODES:
        ents.append({"id": cid, "kind": "code", "name": code, "aliases": []})
    msgs = [{"id": m[0], "sent": m[1].isoformat(), "subject": m[5]} for m in M]
    rels = [
        {"type": "GIFT", "source": "colquhoun", "target": "torrens", "value_usd": 1100, "items": [], "messages": ["m01", "m02"]},
        {"type": "GIFT", "source": "colquhoun", "target": "halloran", "value_usd": 214, "items": [], "messages": ["m05", "m06"]},
        {"type": "GIFT", "source": "colquhoun", "target": "pettigrew", "value_usd": 214, "items": [], "messages": ["m05", "m06"]},
        {"type": "GIFT", "source": "colquhoun", "target": "brannock", "value_usd": 540,
         "items": [{"product": "prod:polo", "quantity": 12}], "messages": ["m07", "m08"]},
        {"type": "GIFT", "source": "colquhoun", "target": "mulvaney", "value_usd": 4950,
         "items": [{"product": "prod:phonesight", "quantity": 1}], "messages": ["m16", "m17"]},
        {"type": "GIFT", "source": "colquhoun", "target": "pettigrew", "value_usd": 380, "items": [], "messages": ["m19", "m20"]},
        {"type": "REFERRAL", "source": "pettigrew", "target": "kestrel", "code": "code:ref", "messages": ["m11", "m12"]},
        {"type": "PROMOTED", "source": "halloran", "target": "prod:phonesight", "messages": ["m14"]},
        {"type": "PROMOTED", "source": "torrens", "target": "kestrel", "messages": ["m18"]},
    ]
    for pid, p in P.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": p[3]})
    em = defaultdict(list)
    for m in M:
        for r in m[3] + m[4]:
            em[(m[2], r)].append(m[0])
    for (s, d), ids in sorted(em.items()):
        rels.append({"type": "EMAILED", "source": s, "target": d, "count": len(ids), "messages": ids})
    gold = {"entities": ents, "messages": msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=1)

if __name__ == "__main__":
    main()
