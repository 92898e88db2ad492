#!/usr/bin/env python3
"""Write probe EA: an invented county sheriff's office and its jail-healthcare contractor.

Gifts here are ASKED FOR by the officers first and delivered by the vendor in a later message.
Everything is fiction. Deterministic: run it and it rewrites release/ and gold.json.
"""
import json
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "release"

CDT = timezone(timedelta(hours=-5))
CST = timezone(timedelta(hours=-6))

P = {
    "ostrander": ("Dale Ostrander", "dostrander@bexfordso.org", "officer", "org_bexford",
                  "Sheriff Dale Ostrander\nBexford County Sheriff's Office"),
    "valcourt": ("Renee Valcourt", "rvalcourt@bexfordso.org", "officer", "org_bexford",
                 "Maj. Renee Valcourt\nJail Commander\nBexford County Sheriff's Office"),
    "tibbetts": ("Marcus Tibbetts", "mtibbetts@bexfordso.org", "officer", "org_bexford",
                 "Lt. Marcus Tibbetts\nDetention Lieutenant, Bexford County Sheriff's Office"),
    "ambrose": ("Kelly Ambrose", "kambrose@bexfordso.org", "officer", "org_bexford",
                "Sgt. Kelly Ambrose\nBexford County Sheriff's Office"),
    "pruitt": ("Joanna Pruitt", "jpruitt@bexfordso.org", "officer", "org_bexford",
               "Joanna Pruitt, RN\nJail Medical Liaison\nBexford County Sheriff's Office"),
    "halvorsen": ("Curtis Halvorsen", "chalvorsen@bexfordso.org", "officer", "org_bexford",
                  "Curtis Halvorsen\nFinance Director\nBexford County Sheriff's Office"),
    "magill": ("Trent Magill", "tmagill@corvanehealth.com", "vendor_employee", "org_corvane",
               "Trent Magill\nAccount Executive | Corvane Correctional Health\n(612) 555-0148"),
    "oyelaran": ("Sandra Oyelaran", "soyelaran@corvanehealth.com", "vendor_employee", "org_corvane",
                 "Sandra Oyelaran\nRegional Director, Corvane Correctional Health"),
    "ferrante": ("Luis Ferrante", "lferrante@millbrookso.org", "officer", "org_millbrook",
                 "Capt. Luis Ferrante\nMillbrook County Sheriff's Office"),
}

ORGS = {
    "org_bexford": "Bexford County Sheriff's Office",
    "org_corvane": "Corvane Correctional Health",
    "org_millbrook": "Millbrook County Sheriff's Office",
}
PRODUCTS = {"prod_medpass": "MedPass", "prod_corvanecare": "CorvaneCare"}
CODES = {"code_rv": "CCH-RV2026"}

# id, sender, to, cc, local time, tz, subject, body
MSGS = [
    ("m01", "tibbetts", ["magill"], [], (2026, 9, 8, 9, 14), CDT, "Saturday",
     "Trent,\n\nHope the week is off to a good start. Any chance you could get us a couple of seats for the "
     "Saturday game? My brother-in-law is in town and I told him I'd try.\n\nNo worries if not."),
    ("m02", "magill", ["tibbetts"], [], (2026, 9, 9, 16, 2), CDT, "RE: Saturday",
     "Marcus,\n\nDone - tickets are in your inbox. Two seats in section 114, row F. They ran $95 apiece, "
     "so enjoy them.\n\nGo team."),
    ("m03", "valcourt", ["oyelaran"], ["pruitt"], (2026, 9, 15, 10, 40), CDT, "CPR recert on the 24th",
     "Sandra,\n\nWe have 22 detention staff doing their CPR and AED recertification on the 24th, running "
     "through the noon hour. Could your folks spring for lunch at the training? It would go a long way "
     "with the crew.\n\nThanks,"),
    ("m04", "oyelaran", ["valcourt"], ["pruitt"], (2026, 9, 17, 8, 55), CDT, "RE: CPR recert on the 24th",
     "Renee,\n\nLunch is handled. Sandwich trays, salads and drinks for 22 will be delivered to the training "
     "room at 11:45 on the 24th; the total came to $418 and it's on us.\n\nBest,"),
    ("m05", "ambrose", ["magill"], [], (2026, 9, 29, 14, 21), CDT, "jackets",
     "Trent - the guys would love some of those jackets your nurses wear, the black fleece ones with the "
     "logo. Nights get cold in the booking area. We've got 12 on second shift.\n\nKelly"),
    ("m06", "magill", ["ambrose"], [], (2026, 10, 6, 11, 7), CDT, "RE: jackets",
     "Kelly,\n\nTwelve fleece jackets went out this morning and should reach the sally port by Thursday. "
     "They're $55 each retail, so tell second shift to stay warm."),
    ("m07", "ostrander", ["oyelaran"], [], (2026, 10, 8, 7, 50), CDT, "Wendover Hills scramble",
     "Sandra,\n\nThe charity golf scramble at Wendover Hills is on the 17th. Would Corvane be willing to "
     "cover my foursome's entry this year? It's a good cause and a good afternoon.\n\nDale"),
    ("m08", "oyelaran", ["ostrander"], [], (2026, 10, 9, 13, 30), CDT, "RE: Wendover Hills scramble",
     "Sheriff,\n\nYou're all set. I paid the $600 entry for your foursome this morning and the "
     "confirmation is attached under your name. See you on the course."),
    ("m09", "halvorsen", ["magill"], [], (2026, 10, 13, 15, 45), CDT, "state conference",
     "Trent,\n\nI'm heading to the state county finance officers' conference in November. Any chance "
     "Corvane could pick up my hotel for the two nights?\n\nCurtis"),
    ("m10", "magill", ["halvorsen"], [], (2026, 10, 14, 9, 12), CDT, "RE: state conference",
     "Curtis,\n\nI'm sorry, but I can't do that one. While the renewal is before your office, our policy "
     "doesn't let us pay travel or lodging for finance staff. I hope the conference goes well."),
    ("m11", "magill", ["pruitt"], [], (2026, 10, 20, 12, 3), CDT, "a little something",
     "Joanna,\n\nI left a basket of coffee and treats from Hollis Market at the front desk for you - "
     "about $120 worth. Nobody asked for it; it's just our way of saying the transition went smoothly "
     "because of you.\n\nTrent"),
    ("m12", "pruitt", ["magill"], [], (2026, 10, 21, 8, 30), CDT, "MedPass pricing",
     "Trent,\n\nThank you for the basket, that was kind. Separate question: could you send me a quote for "
     "MedPass for both housing units? I need numbers before I take it to finance."),
    ("m13", "magill", ["pruitt"], [], (2026, 10, 22, 10, 18), CDT, "RE: MedPass pricing",
     "Joanna,\n\nQuote attached: MedPass for two housing units, 40 user seats, is $18,500 for the first "
     "year including setup. The quote is good for 60 days."),
    ("m14", "pruitt", ["magill"], [], (2026, 10, 26, 13, 5), CDT, "MedPass trial?",
     "Trent,\n\nBefore we commit, could we get MedPass on a free 30-day trial in Unit B?"),
    ("m15", "magill", ["pruitt"], [], (2026, 10, 27, 9, 40), CDT, "RE: MedPass trial?",
     "Joanna,\n\nYes - the 30-day MedPass trial for Unit B is live as of today, no charge. Log-ins went "
     "out to your nurses."),
    ("m16", "halvorsen", ["oyelaran"], ["magill"], (2026, 11, 30, 11, 25), CST, "MedPass and CorvaneCare renewal",
     "Sandra,\n\nTwo items. We are converting the MedPass trial to a paid subscription: PO 26-4471 for "
     "$18,500 went out today. And the CorvaneCare annual contract renewal for 2027 was approved by the "
     "board at $1,284,000; PO 26-4472 is attached. Invoices to my office, please."),
    ("m17", "valcourt", ["ferrante"], ["magill"], (2026, 11, 3, 16, 10), CST, "jail medical vendor",
     "Luis,\n\nYou asked who does our jail medical. It's Corvane Correctional Health and we've been happy "
     "with them. When you call them, give them my referral code CCH-RV2026 - it takes 5% off your first "
     "year. I've copied Trent Magill, their account executive.\n\nRenee"),
    ("m18", "ostrander", ["oyelaran"], [], (2026, 11, 10, 10, 0), CST, "Letter of recommendation",
     "Sandra,\n\nAs you requested, here is the text of my letter. Use it as you see fit.\n\n"
     "To whom it may concern:\n\nI am pleased to recommend Corvane Correctional Health. For two years "
     "Corvane has provided medical care at the Bexford County jail, and their staff have been responsive, "
     "professional and thorough. I recommend them without reservation to any sheriff looking for a "
     "jail healthcare partner.\n\nSincerely,"),
    ("m19", "valcourt", ["oyelaran"], [], (2026, 11, 19, 17, 35), CST, "night shift coverage",
     "Sandra,\n\nThank you for getting a second nurse onto nights so quickly after the flu outbreak. "
     "The floor noticed the difference."),
]

GIFTS = [  # giver, recipient, value, messages
    ("magill", "tibbetts", 190, ["m01", "m02"]),
    ("oyelaran", "valcourt", 418, ["m03", "m04"]),
    ("magill", "ambrose", 660, ["m05", "m06"]),
    ("oyelaran", "ostrander", 600, ["m07", "m08"]),
    ("magill", "pruitt", 120, ["m11"]),
]


def main():
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob("*.eml"):
        f.unlink()
    gold_msgs, emailed = [], {}
    for mid, s, to, cc, t, tz, subj, body in MSGS:
        dt = datetime(*t, tzinfo=tz)
        m = EmailMessage()
        m["From"] = f'"{P[s][0]}" <{P[s][1]}>'
        m["To"] = ", ".join(f'"{P[r][0]}" <{P[r][1]}>' for r in to)
        if cc:
            m["Cc"] = ", ".join(f'"{P[r][0]}" <{P[r][1]}>' for r in cc)
        m["Date"] = format_datetime(dt)
        m["Subject"] = subj
        m["Message-ID"] = f"<{mid}.ea-release@bexfordso.org>"
        m.set_content(body + "\n\n" + P[s][4] + "\n")
        (OUT / f"{mid}.eml").write_bytes(bytes(m))
        gold_msgs.append({"id": mid, "sent": dt.isoformat(), "subject": subj})
        for r in to + cc:
            emailed.setdefault((s, r), []).append(mid)

    ents = []
    for pid, (name, email, role, org, _sig) in P.items():
        ents.append({"id": pid, "kind": "person", "name": name, "emails": [email], "role": role,
                     "affiliation": org})
    for oid, name in ORGS.items():
        ents.append({"id": oid, "kind": "organization", "name": name})
    for pid, name in PRODUCTS.items():
        ents.append({"id": pid, "kind": "product", "name": name})
    for cid, name in CODES.items():
        ents.append({"id": cid, "kind": "code", "name": name})

    rels = []
    for g, r, v, ms in GIFTS:
        rels.append({"type": "GIFT", "source": g, "target": r, "value_usd": v, "items": [], "messages": ms})
    rels.append({"type": "REFERRAL", "source": "valcourt", "target": "org_corvane", "code": "code_rv",
                 "messages": ["m17"]})
    rels.append({"type": "PROMOTED", "source": "ostrander", "target": "org_corvane", "messages": ["m18"]})
    for pid, v in P.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": v[3]})
    for (s, r), ms in sorted(emailed.items()):
        rels.append({"type": "EMAILED", "source": s, "target": r, "count": len(ms), "messages": ms})

    gold = {"entities": ents, "messages": gold_msgs, "relations": rels}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n")


if __name__ == "__main__":
    main()
