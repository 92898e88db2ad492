#!/usr/bin/env python3
"""Write probe DI: one JSON file exported by a state university's records system (public-records request
PRR-2025-0617), the university police department's mail with a campus-safety app and blue-light-phone vendor.
Everything is invented. Deterministic: run it again and the same bytes come out.

Also writes the mechanical part of gold.json (messages and EMAILED edges from the headers); the entities and
the other relations are labelled by hand below.
"""
import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
NY = ZoneInfo("America/New_York")

# people: key -> (display as the records system prints it, address)
P = {
    "osterhout": ("Osterhout, Renata", "rosterhout@wexmoor.edu"),
    "treadwell": ("Treadwell, Malcolm", "mtreadwell@wexmoor.edu"),
    "ferrante": ("Ferrante, Dana", "dferrante@wexmoor.edu"),
    "brennock": ("Brennock, Tavia", "tbrennock@wexmoor.edu"),
    "ashcombe": ("Ashcombe, Gideon", "gashcombe@wexmoor.edu"),
    "quenneville": ("Quenneville, Marisol", "mquenneville@wexmoor.edu"),
    "castellano": ("Brody Castellano", "brody@lumastead.com"),
    "lindqvist": ("Noor Lindqvist", "noor.lindqvist@lumastead.com"),
    "pike": ("Everett Pike", "everett@lumastead.com"),
    "maddox": ("Corinne Maddox", "president@wexmoorparents.org"),
    "varga": ("Hollis Varga", "hvarga@tillbrook.edu"),
}

SIG = {
    "osterhout": "Renata Osterhout\nChief of Police\nWexmoor State University Police Department\n410 Larch Walk, Wexmoor, NY 13599",
    "treadwell": "Malcolm Treadwell\nDeputy Chief of Police\nWexmoor State University Police Department",
    "ferrante": "Lt. Dana Ferrante\nPatrol Division | Wexmoor State University Police Department\n(315) 555-0148",
    "brennock": "Officer Tavia Brennock\nCommunity Engagement Officer\nWexmoor State University Police Department",
    "ashcombe": "Gideon Ashcombe, CEM\nEmergency Manager, Office of Emergency Management\nWexmoor State University",
    "quenneville": "Marisol Quenneville\nDirector, Procurement Services\nWexmoor State University",
    "castellano": "Brody Castellano\nAccount Executive, Higher Ed | Lumastead Safety\nm: (617) 555-0192",
    "lindqvist": "Noor Lindqvist\nCustomer Success Manager | Lumastead Safety",
    "pike": "Everett Pike\nCo-founder & CEO, Lumastead Safety",
}


def addr(k):
    name, a = P[k]
    return {"name": name, "email": a}


def sender(k):
    name, a = P[k]
    return f"{name} <{a}>"


def printed(dt):
    return dt.strftime("%-m/%-d/%Y %-I:%M:%S %p")


def outlook_quote(m):
    d = m["dt"]
    to = "; ".join(P[k][0] for k in m["to"])
    cc = "; ".join(P[k][0] for k in m.get("cc", []))
    head = [f"From: {P[m['from']][0]} <{P[m['from']][1]}>",
            f"Sent: {d.strftime('%A, %B %-d, %Y %-I:%M %p')}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head.append(f"Subject: {m['subject']}")
    return "-----Original Message-----\n" + "\n".join(head) + "\n\n" + m["text"]


def gmail_quote(m):
    d = m["dt"]
    name, a = P[m["from"]]
    if "," in name:
        last, first = [x.strip() for x in name.split(",")]
        name = f"{first} {last}"
    lines = m["text"].split("\n")
    return (f"On {d.strftime('%a, %b %-d, %Y at %-I:%M %p')} {name} <{a}> wrote:\n"
            + "\n".join("> " + ln if ln else ">" for ln in lines))


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=NY)


MSGS = []


def msg(mid, when, frm, to, subject, body, cc=(), quotes=(), style="outlook"):
    m = {"id": mid, "dt": dt(when), "from": frm, "to": list(to), "cc": list(cc), "subject": subject}
    m["text"] = body.strip("\n") + ("\n\n" + SIG[frm] if frm in SIG else "")
    full = m["text"]
    for q in quotes:
        full += "\n\n" + (outlook_quote(q) if style == "outlook" else gmail_quote(q))
    m["body"] = full
    MSGS.append(m)
    return m


m01 = msg("m01", "2025-02-18 10:12:33", "castellano", ["quenneville"], "Lumastead follow-up: WalkWith + L2 tower proposal", """
Hi Marisol,

Thanks again for making time for us after the pre-bid meeting. As promised, attached is our pricing for the
WalkWith campus license and the L2 blue-light towers, line by line.

If it helps your evaluation committee, we're happy to set up a no-cost pilot of two L2 towers under a standard
evaluation agreement. Whatever works best for your process!

Best,
Brody
""", cc=["osterhout"])

m02 = msg("m02", "2025-02-19 15:40:05", "quenneville", ["castellano"], "RE: Lumastead follow-up: WalkWith + L2 tower proposal", """
Brody,

A pilot is acceptable provided it runs under the university's Equipment Evaluation Agreement (attached for
signature). The two towers remain Lumastead property and are removed at the end of the 90-day term if the
university does not award.

Please note that while Solicitation RFP-25-114 is open, department staff may not accept anything of value beyond
the evaluation equipment itself.

Regards,
Marisol
""", cc=["osterhout", "treadwell"], quotes=[m01])

m03 = msg("m03", "2025-02-24 09:05:12", "castellano", ["quenneville"], "Signed evaluation agreement - L2 pilot", """
Marisol,

Attached is the countersigned Equipment Evaluation Agreement. Our install crew will put the two L2 towers in at
Lot C and on the north edge of the Quad the week of March 3. Lt. Ferrante, I'll coordinate the site walk with you
directly.

Thanks,
Brody
""", cc=["ferrante"])

m04 = msg("m04", "2025-02-27 16:22:48", "castellano", ["quenneville"], "Saturday?", """
Hi Marisol,

Random one - I ended up with two extra tickets to the Harbor Lights Orchestra this Saturday at the Civic Hall.
My treat, would love for you and a friend to have them. Just say the word and I'll forward them.

Brody
""")

m05 = msg("m05", "2025-02-27 17:01:19", "quenneville", ["castellano"], "RE: Saturday?", """
Brody,

That's kind of you, but I have to decline. We are in an open solicitation and state ethics rules do not allow me
to accept tickets from a proposer. Please pass them along to someone else.

Marisol
""", quotes=[m04])

m06 = msg("m06", "2025-03-05 11:30:02", "brennock", ["castellano"], "Campus Escort Team hoodies", """
Hi Brody,

Quick ask from the community side of the house. Our Campus Escort Team (the student volunteers who walk people
home after dark) has been out in some brutal cold this winter, and a few of them asked whether Lumastead has any
swag. Any chance you have hoodies or something warm we could hand out? No worries if not.

Thanks!
Tavia
""", cc=["ferrante"])

m07 = msg("m07", "2025-03-05 13:47:40", "castellano", ["brennock"], "Re: Campus Escort Team hoodies", """
Tavia - absolutely, this one's on us! I'm shipping 24 WalkWith-branded hoodies (mix of M/L/XL) to your attention
at the station; they retail for $40 apiece. Consider it a thank-you to the escort team for everything they do.
Should arrive early next week.

Cheers,
Brody
""", cc=["ferrante"], quotes=[m06], style="gmail")

m08 = msg("m08", "2025-03-12 09:15:27", "brennock", ["castellano"], "RE: Campus Escort Team hoodies", """
Brody,

The box of hoodies arrived this morning and the escort team is thrilled - they are already wearing them on
tonight's shift. Thank you so much!

Tavia
""", quotes=[m07])

m09 = msg("m09", "2025-03-14 14:05:51", "pike", ["osterhout"], "Courtside Saturday", """
Chief Osterhout,

Brody tells me the pilot is off to a strong start - thank you for your team's partnership. Lumastead holds
season seats at Marrow Arena, and I'd love for you to have two courtside seats for Saturday's Wolves vs. Dunmore
game. Face value is $350 apiece, but please consider them on us. Bring a guest!

Warmly,
Everett
""")

m10 = msg("m10", "2025-03-14 15:30:09", "osterhout", ["pike"], "RE: Courtside Saturday", """
Everett,

That is very generous - I'll gladly take you up on it. My husband is a lifelong Wolves fan and will be thrilled.
Thank you.

Renata
""", quotes=[m09])

m11 = msg("m11", "2025-03-20 10:00:44", "lindqvist", ["ferrante"], "WalkWith pilot check-in + quick survey", """
Hi Dana,

Thanks for a great first month with WalkWith and the L2 towers! Your officers' feedback has already shaped two
fixes in the dispatcher console.

We'd love to hear more in our 10-minute customer survey (link below). Everyone who completes it receives a $50
digital gift card as a small thank-you for their time.

https://survey.lumastead.com/hiered-q1

Best,
Noor
""", cc=["brennock"])

m12 = msg("m12", "2025-03-21 08:45:16", "ferrante", ["lindqvist"], "RE: WalkWith pilot check-in + quick survey", """
Noor,

Done - survey submitted. The escort-request queue is the big one for us.

Dana
""", quotes=[m11])

m13 = msg("m13", "2025-03-21 11:10:38", "lindqvist", ["ferrante"], "RE: WalkWith pilot check-in + quick survey", """
Thank you, Dana! Your $50 gift card is on its way to this address - keep an eye out for an email from our
rewards partner. And noted on the queue; I've flagged it for product.

Noor
""", quotes=[m12, m11])

m14 = msg("m14", "2025-03-26 09:00:00", "lindqvist", ["ashcombe"], "Free webinar: Clery Act timely warnings (April 9)", """
Hi Gideon,

Sharing in case it's useful: on April 9 at 2 PM ET we're hosting a free public webinar, "Timely Warnings Under
the Clery Act: What Changed," with two campus emergency managers on the panel. It's open to anyone at no cost;
registration is at lumastead.com/webinars.

Best,
Noor
""", cc=["treadwell"])

m15 = msg("m15", "2025-04-02 16:15:21", "quenneville", ["castellano"], "Purchase Order 4500-21877 - Lumastead Safety", """
Brody,

Following the award of RFP-25-114, attached is Purchase Order 4500-21877 for the WalkWith campus license (year
one, $38,500) and six L2 blue-light towers, installed ($61,200). Invoices should reference the PO number and go
to ap@wexmoor.edu. The two pilot towers convert to purchased units under this order.

Regards,
Marisol
""", cc=["osterhout", "treadwell"])

m16 = msg("m16", "2025-04-03 10:20:07", "castellano", ["osterhout"], "Quote for our case study?", """
Hi Chief,

We're putting together a short case study on the Wexmoor rollout for our website and a press release. Would you be
willing to give us a line or two about WalkWith that we could attribute to you? Totally fine to keep it brief.

Thanks so much,
Brody
""")

m17 = msg("m17", "2025-04-03 14:02:55", "osterhout", ["castellano"], "RE: Quote for our case study?", """
Brody,

Happy to. You may use the following, attributed to me by name and title:

"WalkWith has changed how our students get home at night. I recommend it to every campus chief I talk to."

Please send the draft release to Deputy Chief Treadwell before it goes out.

Renata
""", cc=["treadwell"], quotes=[m16])

m18 = msg("m18", "2025-04-07 09:30:13", "lindqvist", ["treadwell"], "A thank-you from Lumastead", """
Hi Malcolm,

Thank you for jumping on the reference call with Tillbrook last week - they said it was the most useful hour of
their search. As a thank you, I've upgraded your personal WalkWith account to WalkWith Plus, free for a full year
(normally $120/year). Nothing to do on your end; it's already active.

Best,
Noor
""")

m19 = msg("m19", "2025-04-07 13:12:30", "treadwell", ["lindqvist"], "RE: A thank-you from Lumastead", """
Noor,

Very kind, thank you. My daughter will get more use out of it than I will.

Malcolm
""", quotes=[m18])

m20 = msg("m20", "2025-04-10 08:05:42", "ashcombe", ["varga"], "Blue-light vendor recommendation", """
Hollis,

You asked at the regional EM meeting which vendor we went with for blue-light phones. We chose Lumastead Safety
after our pilot, and I would recommend them without hesitation: the L2 towers came through the February ice storm
without a single fault, and their support team answers the phone. Brody Castellano (brody@lumastead.com) is the
person to call.

Gideon
""")

m21 = msg("m21", "2025-04-15 09:40:03", "ashcombe", ["quenneville"], "Gift disclosure - dinner", """
Marisol,

Per the university gift policy, I am disclosing that Brody Castellano of Lumastead Safety paid for my dinner at
Fenwick Chophouse on April 14, after the tower go-live walkthrough. My share was approximately $85. Please add it
to the log.

Gideon
""")

m22 = msg("m22", "2025-04-16 11:25:36", "brennock", ["maddox"], "WalkWith Plus discount for families", """
Hi Corinne,

As promised at Family Weekend: Lumastead set up a parents' code for us. Code WXMFAMILY20 takes 20% off WalkWith
Plus for family accounts. Please feel free to share it in the Wexmoor Parents and Families Association
newsletter and on the association's Facebook page.

Thanks for all you do,
Tavia
""")


def export():
    out = {
        "export": {
            "system": "Wexmoor State University Records Center",
            "request": "PRR-2025-0617",
            "custodian": "Office of General Counsel",
            "exported": "6/2/2025 3:18:44 PM",
            "record_count": len(MSGS),
        },
        "messages": [],
    }
    for i, m in enumerate(MSGS, 1):
        out["messages"].append({
            "record_id": f"PRR-2025-0617-{i:04d}",
            "from": sender(m["from"]),
            "to": [addr(k) for k in m["to"]],
            "cc": [addr(k) for k in m["cc"]],
            "date_sent": printed(m["dt"]),
            "subject": m["subject"],
            "body": m["body"],
            "attachments": [],
        })
    (HERE / "release.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def gold():
    people = {  # key -> (gold name, role, affiliation)
        "osterhout": ("Renata Osterhout", "officer", "o_wsupd"),
        "treadwell": ("Malcolm Treadwell", "officer", "o_wsupd"),
        "ferrante": ("Dana Ferrante", "officer", "d_patrol"),
        "brennock": ("Tavia Brennock", "officer", "o_wsupd"),
        "ashcombe": ("Gideon Ashcombe", "officer", "d_oem"),
        "quenneville": ("Marisol Quenneville", "officer", "d_procurement"),
        "castellano": ("Brody Castellano", "vendor_employee", "o_lumastead"),
        "lindqvist": ("Noor Lindqvist", "vendor_employee", "o_lumastead"),
        "pike": ("Everett Pike", "vendor_employee", "o_lumastead"),
        "maddox": ("Corinne Maddox", "other", "o_wpfa"),
        "varga": ("Hollis Varga", "other", "o_tillbrook"),
    }
    ents = []
    for k, (name, role, aff) in people.items():
        ents.append({"id": "p_" + k, "kind": "person", "name": name, "aliases": [P[k][0]],
                     "emails": [P[k][1]], "role": role, "affiliation": aff})
    ents += [
        {"id": "o_wsupd", "kind": "organization", "name": "Wexmoor State University Police Department", "aliases": []},
        {"id": "o_wsu", "kind": "organization", "name": "Wexmoor State University", "aliases": []},
        {"id": "o_lumastead", "kind": "organization", "name": "Lumastead Safety", "aliases": ["Lumastead"]},
        {"id": "o_wpfa", "kind": "organization", "name": "Wexmoor Parents and Families Association", "aliases": []},
        {"id": "o_tillbrook", "kind": "organization", "name": "Tillbrook", "aliases": []},
        {"id": "d_patrol", "kind": "division", "name": "Patrol Division", "aliases": []},
        {"id": "d_oem", "kind": "division", "name": "Office of Emergency Management", "aliases": []},
        {"id": "d_procurement", "kind": "division", "name": "Procurement Services", "aliases": []},
        {"id": "d_escort", "kind": "division", "name": "Campus Escort Team", "aliases": []},
        {"id": "pr_walkwith", "kind": "product", "name": "WalkWith", "aliases": []},
        {"id": "pr_plus", "kind": "product", "name": "WalkWith Plus", "aliases": []},
        {"id": "pr_l2", "kind": "product", "name": "L2 blue-light tower", "aliases": ["L2", "L2 tower", "L2 towers"]},
        {"id": "c_family", "kind": "code", "name": "WXMFAMILY20", "aliases": []},
    ]
    msgs = [{"id": m["id"], "sent": m["dt"].isoformat(), "subject": m["subject"]} for m in MSGS]
    rels = [
        {"type": "GIFT", "source": "p_castellano", "target": "p_brennock", "value_usd": 960, "items": [],
         "messages": ["m07", "m08"], "note": "24 branded hoodies at $40 for the Campus Escort Team, sent to her"},
        {"type": "GIFT", "source": "p_pike", "target": "p_osterhout", "value_usd": 700, "items": [],
         "messages": ["m09", "m10"], "note": "two courtside seats, $350 face value each, accepted"},
        {"type": "GIFT", "source": "p_lindqvist", "target": "p_ferrante", "value_usd": 50, "items": [],
         "messages": ["m11", "m13"], "note": "$50 gift card for completing the customer survey"},
        {"type": "GIFT", "source": "p_lindqvist", "target": "p_treadwell", "value_usd": 120,
         "items": [{"product": "pr_plus", "quantity": 1}], "messages": ["m18", "m19"],
         "note": "a free year of WalkWith Plus as a thank you for a reference call"},
        {"type": "GIFT", "source": "p_castellano", "target": "p_ashcombe", "value_usd": 85, "items": [],
         "messages": ["m21"], "note": "dinner, disclosed to the gift log"},
        {"type": "REFERRAL", "source": "p_brennock", "target": "o_lumastead", "messages": ["m22"],
         "note": "passes the parents' code WXMFAMILY20 on to the parents' association"},
        {"type": "PROMOTED", "source": "p_osterhout", "target": "pr_walkwith", "messages": ["m17"]},
        {"type": "PROMOTED", "source": "p_ashcombe", "target": "o_lumastead", "messages": ["m20"]},
    ]
    for k, (_, _, aff) in people.items():
        rels.append({"type": "MEMBER_OF", "source": "p_" + k, "target": aff})
    pairs = Counter()
    first = {}
    for m in MSGS:
        for r in m["to"] + m["cc"]:
            pairs[(m["from"], r)] += 1
            first.setdefault((m["from"], r), m["id"])
    for (s, r), n in pairs.items():
        rels.append({"type": "EMAILED", "source": "p_" + s, "target": "p_" + r, "count": n, "messages": [first[(s, r)]]})
    g = {
        "about": "Probe DI gold: labelled by hand (entities, GIFT/REFERRAL/PROMOTED/MEMBER_OF); messages and "
                 "EMAILED from the headers. Negatives: a no-cost pilot under a signed evaluation agreement (m02, m03), "
                 "declined concert tickets (m04, m05), a free public webinar (m14), the paid purchase order (m15).",
        "entities": ents, "messages": msgs, "relations": rels,
    }
    (HERE / "gold.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    export()
    gold()
