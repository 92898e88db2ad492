"""Write probe DU: a webmail "print conversation" HTML page saved from a county animal services mailbox.

Everything here is invented (names, organisations, products, codes, addresses); any resemblance is chance.
Deterministic: running it twice writes the same bytes. Also writes gold.json (messages and EMAILED edges are
derived from the same message list; entities and the other relations are labelled by hand below)."""
import html
import json
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent

P = {  # id: (display name, email, role, affiliation)
    "p_aske": ("Delphine Aske", "daske@marrowickcounty.gov", "officer", "o_mcas"),
    "p_wren": ("Tomasz Wrenfield", "twrenfield@marrowickcounty.gov", "officer", "o_mcas"),
    "p_halv": ("Priya Halvorsen", "phalvorsen@marrowickcounty.gov", "officer", "o_mcas"),
    "p_dunl": ("Marcus Dunleavy", "mdunleavy@marrowickcounty.gov", "officer", "o_mcas"),
    "p_call": ("Ines Calloway", "icalloway@marrowickcounty.gov", "officer", "o_mcas"),
    "p_bram": ("Jojo Bramhall", "jbramhall@marrowickcounty.gov", "officer", "o_mcas"),
    "p_kett": ("Brody Kettleman", "brody.kettleman@pawtrace-systems.com", "vendor_employee", "o_paw"),
    "p_vasq": ("Sunny Vasquez-Lind", "sunny.vl@pawtrace-systems.com", "vendor_employee", "o_paw"),
    "p_ostr": ("Gwen Ostrander", "gwen.ostrander@pawtrace-systems.com", "vendor_employee", "o_paw"),
    "p_pime": ("Dale Pimentel", "dpimentel@fernhollowca.org", "other", "o_fern"),
}
# how the webmail prints each address in the header tables ("Last, First" for the county directory)
SHOW = {
    "p_aske": "Aske, Delphine", "p_wren": "Wrenfield, Tomasz", "p_halv": "Halvorsen, Priya",
    "p_dunl": "Dunleavy, Marcus", "p_call": "Calloway, Ines (DVM)", "p_bram": "Bramhall, Jojo",
    "p_kett": "Brody Kettleman", "p_vasq": "Sunny Vasquez-Lind", "p_ostr": "Gwen Ostrander",
    "p_pime": "Dale Pimentel",
}

SIG = {
    "p_aske": ["Delphine Aske", "Director, Marrowick County Animal Services"],
    "p_wren": ["Tomasz Wrenfield", "Shelter Manager | Marrowick County Animal Services", "(555) 014-2270"],
    "p_halv": ["Officer Priya Halvorsen", "Field Services, Marrowick County Animal Services"],
    "p_dunl": ["Marcus Dunleavy", "Animal Control Officer, Field Services", "Marrowick County Animal Services"],
    "p_call": ["Ines Calloway, DVM", "Staff Veterinarian, Marrowick County Animal Services"],
    "p_bram": ["Jojo Bramhall (she/her)", "Volunteer Coordinator, Marrowick County Animal Services"],
    "p_kett": ["Brody Kettleman", "Account Manager, Public Sector", "PawTrace Systems, Inc."],
    "p_vasq": ["Sunny Vasquez-Lind", "Community Partnerships | PawTrace Systems, Inc."],
    "p_ostr": ["Gwen Ostrander", "Marketing Events, PawTrace Systems, Inc."],
    "p_pime": ["Dale Pimentel", "Shelter Supervisor, Fernhollow Animal Shelter"],
}

PDT, PST = timezone(timedelta(hours=-7)), timezone(timedelta(hours=-8))

# (id, sender, to, cc, local time, subject, body paragraphs)
M = [
    ("m01", "p_kett", ["p_wren"], ["p_aske"], (2026, 10, 13, 9, 12), "Halo chip pricing for Q4 🐾", [
        "Hi Tomasz!",
        "As promised, here's the quote for the Halo microchips: 500 chips at $6.50 each, so $3,250 total, shipping included. Same lot sizes as last year.",
        "Also FYI the Western Shelter Tech Summit opened registration, and code PAWCON10 takes 10% off for anyone who registers (it's on the public site, not just for you guys).",
        "If it were allowed I'd have sent you a box of maple bars already for putting up with my emails 😄",
    ]),
    ("m02", "p_wren", ["p_kett"], ["p_aske"], (2026, 10, 13, 14, 40), "RE: Halo chip pricing for Q4 🐾", [
        "Brody -",
        "Looks good. Purchase order MC-26-0418 is attached for 500 Halo chips at $6.50 ($3,250), net 30, billed to the county.",
        "And lol as if the county would let me accept maple bars 🙄 Ethics training is next week, I'll think of you.",
    ]),
    ("m03", "p_kett", ["p_dunl"], [], (2026, 10, 15, 11, 5), "A Wand for your garage 😄", [
        "Marcus!!",
        "You mentioned your own dogs keep slipping the fence, so I'm dropping off a PawTrace Wand scanner for you to keep at home. No need to return it, it's yours 🎁 (they retail for $149, don't tell procurement lol).",
        "Should be at the front desk by Thursday.",
    ]),
    ("m04", "p_dunl", ["p_kett"], [], (2026, 10, 16, 8, 30), "RE: A Wand for your garage 😄", [
        "Got the Wand, thank you!! Already scanned my neighbor's cat just to be nosy lol 🐈",
        "Mine are both chipped, so now I know they're who they say they are.",
    ]),
    ("m05", "p_vasq", ["p_wren"], ["p_bram"], (2026, 10, 20, 16, 22), "Lunch Friday for the kennel crew 🌮", [
        "Hey Tomasz!",
        "You all have been slammed with the hoarding case intake, so we're having lunch delivered Friday at noon for you and the kennel team from Salt & Sprig Taqueria. It comes to about $240 with tip, our treat!",
        "Let me know about any allergies 🌶️",
    ]),
    ("m06", "p_wren", ["p_vasq"], ["p_bram"], (2026, 10, 23, 13, 10), "RE: Lunch Friday for the kennel crew 🌮", [
        "Lunch arrived and the team absolutely demolished it 🌮🌮🌮 Thank you!!",
        "Even the guy who only eats plain rice went back for seconds.",
    ]),
    ("m07", "p_vasq", ["p_bram"], [], (2026, 10, 27, 10, 0), "Thank you for Paws in the Park!", [
        "Jojo, you're a legend.",
        "Wrangling 40 volunteers in the rain?? I tucked a $50 Beanstalk Coffee gift card in the mail for you ☕ because you earned every drop.",
    ]),
    ("m08", "p_bram", ["p_vasq"], [], (2026, 10, 28, 9, 45), "RE: Thank you for Paws in the Park!", [
        "The gift card came today, you're the best!! ☕💛",
        "And thanks for the volunteer t-shirt printing tips, the kids loved the paw prints.",
    ]),
    ("m09", "p_kett", ["p_halv"], [], (2026, 10, 29, 15, 30), "Lanternfish Choir?? 🎶", [
        "Priya, I remember you saying you love the Lanternfish Choir.",
        "I've got two tickets for their Nov 14 show at the Grovesend Amphitheater, $95 each, and they're yours if you want them. Bring someone fun!",
    ]),
    ("m10", "p_halv", ["p_kett"], [], (2026, 10, 29, 17, 2), "RE: Lanternfish Choir?? 🎶", [
        "OMG yes!!! Thank you so much, my sister is going to scream. 🎶🎶",
        "Picking them up from your office tomorrow after shift.",
    ]),
    ("m11", "p_kett", ["p_aske"], [], (2026, 11, 2, 11, 20), "Copperline Strings tickets", [
        "Delphine, I have a pair of tickets to the Copperline Strings holiday show on Dec 6 (about $120 each). Would you like them?",
    ]),
    ("m12", "p_aske", ["p_kett"], ["p_wren"], (2026, 11, 2, 13, 2), "RE: Copperline Strings tickets", [
        "Brody, that's very kind, but I have to decline. I can't accept them, so please offer them to someone outside the county.",
        "Thank you for the quick support on the KennelDesk outage last week, though. Much appreciated.",
    ]),
    ("m13", "p_ostr", ["p_call"], ["p_kett"], (2026, 11, 5, 10, 15), "Your quote for our webinar 🎤", [
        "Dr. Calloway,",
        "May we feature your quote in our Dec 3 webinar \"Intake Without Tears\"? Here's what we'd use: \"KennelDesk cut our intake paperwork in half. I can't imagine going back.\" (Ines Calloway, DVM, Marrowick County Animal Services)",
    ]),
    ("m14", "p_call", ["p_ostr"], ["p_kett"], (2026, 11, 5, 17, 48), "RE: Your quote for our webinar 🎤", [
        "Yes, you may use it, and you can put my name on it!",
        "Honestly, KennelDesk has made our intake records so much easier, and I'd recommend it to any shelter vet.",
    ]),
    ("m15", "p_kett", ["p_call"], [], (2026, 11, 9, 9, 30), "Halo Mini sample pack for evaluation", [
        "Hi Dr. Calloway,",
        "Sending a sample pack of 10 Halo Mini chips for your evaluation on the small-breed intakes. Please send us your feedback on implant feel and read range when you've tried them.",
    ]),
    ("m16", "p_vasq", ["p_wren"], [], (2026, 11, 12, 14, 5), "Hearthbowl donation for the shelter pups 🐶", [
        "Tomasz!",
        "PawTrace is donating 12 bags of Hearthbowl Senior kibble to the shelter for the old-timers (about $45 a bag). Dropping them off Thursday morning!",
    ]),
    ("m17", "p_wren", ["p_vasq"], ["p_aske"], (2026, 11, 13, 16, 40), "RE: Hearthbowl donation for the shelter pups 🐶", [
        "The food arrived! The seniors say thank you 🐾 (well, they said it by trying to eat the bags).",
    ]),
    ("m18", "p_wren", ["p_pime"], [], (2026, 11, 17, 10, 10), "Chip vendor", [
        "Hey Dale,",
        "You asked who we use. If you sign up with PawTrace, put in our partner code PAWPAL-MARROW and you get 15% off your first order (and we get the credit lol).",
        "Their account guy is Brody Kettleman, tell him I sent you.",
    ]),
    ("m19", "p_pime", ["p_kett"], ["p_wren"], (2026, 11, 19, 12, 0), "New account for Fernhollow", [
        "Hi Brody,",
        "Tomasz Wrenfield sent me your way. Fernhollow would like to start on KennelDesk and 300 Halo chips. I'm applying the partner code PAWPAL-MARROW to our order.",
    ]),
    ("m20", "p_kett", ["p_pime"], ["p_wren"], (2026, 11, 20, 8, 55), "RE: New account for Fernhollow", [
        "Code applied! Welcome aboard 🎉 I'll send the KennelDesk onboarding calendar this afternoon.",
    ]),
]


def local(t):
    d = datetime(*t)
    return d.replace(tzinfo=PDT if d < datetime(2026, 11, 1, 2) else PST)


def show(pid):
    return html.escape(f"{SHOW[pid]} <{P[pid][1]}>")


def page():
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>Marrowick County Mail - Print conversation</title>",
           "<style>body{font-family:Segoe UI,Arial,sans-serif;font-size:13px}table.hdr{border-collapse:collapse;margin:6px 0}"
           "table.hdr td{padding:1px 8px 1px 0;vertical-align:top}td.lbl{font-weight:bold;white-space:nowrap}"
           "hr{border:0;border-top:1px solid #999}</style></head><body>",
           "<div class=\"acct\"><b>Wrenfield, Tomasz</b></div>", "<hr>"]
    for mid, snd, to, cc, t, subj, body in M:
        d = local(t)
        sent = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + str(int(d.strftime("%I"))) + d.strftime(":%M %p")
        rows = [("From:", show(snd)), ("Sent:", sent), ("To:", "; ".join(show(x) for x in to))]
        if cc:
            rows.append(("Cc:", "; ".join(show(x) for x in cc)))
        rows.append(("Subject:", html.escape(subj)))
        out.append(f"<div class=\"msg\" id=\"{mid}\">")
        out.append("<table class=\"hdr\">" + "".join(f"<tr><td class=\"lbl\">{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
        out.append("<div class=\"body\">")
        for para in body:
            out.append(f"<p>{html.escape(para)}</p>")
        out.append("<p>" + "<br>".join(html.escape(x) for x in SIG[snd]) + "</p>")
        out.append("</div></div>")
        out.append("<hr>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def gold():
    ents = []
    for pid, (name, mail, role, aff) in P.items():
        ents.append({"id": pid, "kind": "person", "name": name, "emails": [mail], "role": role, "affiliation": aff})
    ents[4]["aliases"] = ["Dr. Calloway", "Ines Calloway, DVM"]
    ents += [
        {"id": "o_mcas", "kind": "organization", "name": "Marrowick County Animal Services"},
        {"id": "o_paw", "kind": "organization", "name": "PawTrace Systems", "aliases": ["PawTrace Systems, Inc.", "PawTrace"]},
        {"id": "o_fern", "kind": "organization", "name": "Fernhollow Animal Shelter", "aliases": ["Fernhollow"]},
        {"id": "d_field", "kind": "division", "name": "Field Services"},
        {"id": "d_comm", "kind": "division", "name": "Community Partnerships"},
        {"id": "pr_halo", "kind": "product", "name": "Halo", "aliases": ["Halo microchip", "Halo chips", "Halo microchips"]},
        {"id": "pr_mini", "kind": "product", "name": "Halo Mini", "aliases": ["Halo Mini chips"]},
        {"id": "pr_wand", "kind": "product", "name": "PawTrace Wand", "aliases": ["Wand", "PawTrace Wand scanner"]},
        {"id": "pr_kd", "kind": "product", "name": "KennelDesk"},
        {"id": "pr_hb", "kind": "product", "name": "Hearthbowl Senior", "aliases": ["Hearthbowl Senior kibble", "Hearthbowl"]},
        {"id": "c_pal", "kind": "code", "name": "PAWPAL-MARROW"},
        {"id": "c_con", "kind": "code", "name": "PAWCON10"},
    ]
    msgs = [{"id": mid, "sent": local(t).isoformat(), "subject": subj} for mid, _, _, _, t, subj, _ in M]
    rel = [
        {"type": "GIFT", "source": "p_kett", "target": "p_dunl", "value_usd": 149, "items": [{"product": "pr_wand", "quantity": 1}], "messages": ["m03", "m04"]},
        {"type": "GIFT", "source": "p_vasq", "target": "p_wren", "value_usd": 240, "items": [], "messages": ["m05", "m06"]},
        {"type": "GIFT", "source": "p_vasq", "target": "p_bram", "value_usd": 50, "items": [], "messages": ["m07", "m08"]},
        {"type": "GIFT", "source": "p_kett", "target": "p_halv", "value_usd": 190, "items": [], "messages": ["m09", "m10"]},
        {"type": "GIFT", "source": "p_vasq", "target": "o_mcas", "value_usd": 540, "items": [{"product": "pr_hb", "quantity": 12}], "messages": ["m16", "m17"]},
        {"type": "REFERRAL", "source": "p_wren", "target": "o_paw", "messages": ["m18", "m19", "m20"]},
        {"type": "PROMOTED", "source": "p_call", "target": "pr_kd", "messages": ["m13", "m14"]},
    ]
    for pid, (_, _, _, aff) in P.items():
        rel.append({"type": "MEMBER_OF", "source": pid, "target": aff})
    for pid in ("p_halv", "p_dunl"):
        rel.append({"type": "MEMBER_OF", "source": pid, "target": "d_field"})
    rel.append({"type": "MEMBER_OF", "source": "p_vasq", "target": "d_comm"})
    em = Counter()
    for _, snd, to, cc, _, _, _ in M:
        for r in to + cc:
            em[(snd, r)] += 1
    for (s, r), n in sorted(em.items()):
        rel.append({"type": "EMAILED", "source": s, "target": r, "count": n})
    return {"entities": ents, "messages": msgs, "relations": rel}


if __name__ == "__main__":
    (HERE / "release").mkdir(exist_ok=True)
    (HERE / "release" / "print_conversation.html").write_text(page(), encoding="utf-8")
    (HERE / "gold.json").write_text(json.dumps(gold(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
