"""Write probe DN: one mbox from a state department of corrections and its correctional-healthcare contractor.

Everything here is invented (names, organisations, products, addresses, codes, wording); any resemblance to
real ones is chance. Deterministic: run it and the mbox and gold.json are rewritten identically.
"""
import json
import os
from collections import Counter
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DEN = ZoneInfo("America/Denver")
DOC = "corrections.altacordillera.gov"
PCH = "pinecrestchp.com"

# person key -> (canonical email)
EMAIL = {
    "ramirez": f"tomas.ramirez-cole@{DOC}",
    "fuentes": f"maria.fuentesortiz@{DOC}",
    "voss": f"harlan.voss@{DOC}",
    "okafor": f"rosalind.okafor@{DOC}",
    "kittredge": f"dwayne.kittredge@{DOC}",
    "saldivar": f"ines.saldivar@{DOC}",
    "thornquist": f"bthornquist@{PCH}",
    "marrero": f"cmarrero@{PCH}",
    "oyelaran": "r.oyelaran@tallowcreekcounty.org",
}

SIG = {
    "ramirez": "Tomás Ramírez-Cole, MD\nMedical Director, Health Services Division\nAlta Cordillera Department of Corrections",
    "fuentes": "María Elena Fuentes Ortiz\nDeputy Secretary\nAlta Cordillera Department of Corrections",
    "voss": "Harlan Voss\nWarden, Cedar Bluff Correctional Facility\nAlta Cordillera Department of Corrections",
    "okafor": "Rosalind Okafor, MHA\nHealth Services Administrator, Health Services Division\nAlta Cordillera Department of Corrections",
    "kittredge": "Dwayne Kittredge\nContract Monitor, Office of Contract Compliance\nAlta Cordillera Department of Corrections",
    "saldivar": "Inés Saldívar Peña, RN\nNurse Supervisor, Cedar Bluff Correctional Facility\nAlta Cordillera Department of Corrections",
    "thornquist": "Bradley Thornquist\nVice President, Client Relations\nPinecrest Correctional Health Partners",
    "marrero": "Celeste Marrero\nRegional Account Manager, Mountain West\nPinecrest Correctional Health Partners",
    "oyelaran": "Capt. Rubén Oyelaran\nJail Commander\nTallow Creek County Sheriff's Office",
}

# (id, local time, from (display, key), to [(display, key)], cc [(display, key)], subject, body)
MSGS = [
    ("m01", (2026, 3, 3, 10, 14), ("Bradley Thornquist", "thornquist"),
     [("Dr. Tomás Ramírez-Cole", "ramirez")], [("Celeste Marrero", "marrero")],
     "Pinecrest Summit 2026 - an invitation",
     "Dr. Ramírez-Cole,\n\nOur annual user conference, Pinecrest Summit 2026, runs May 11-14 in Scottsdale, and we would "
     "be honored to have you there as our guest. Pinecrest will waive your $795 registration and pay your round-trip "
     "airfare and three nights at the conference resort - a travel package worth $2,070 in all. Celeste will handle "
     "the bookings once you say yes.\n\nBest regards,\n\n" + SIG["thornquist"]),
    ("m02", (2026, 3, 4, 8, 2), ("Ramirez-Cole, Tomas", "ramirez"),
     [("Bradley Thornquist", "thornquist")], [("Celeste Marrero", "marrero")],
     "Re: Pinecrest Summit 2026 - an invitation",
     "Brad,\n\nThank you - that is generous of you. I accept, and I'd be glad to come. Please go ahead and book the "
     "flight and the room; Celeste can send the itinerary to this address.\n\nTomas\n\n"
     "On Tue, Mar 3, 2026 at 10:14 AM Bradley Thornquist wrote:\n> Our annual user conference, Pinecrest Summit 2026, runs May 11-14 in Scottsdale.\n"),
    ("m03", (2026, 3, 10, 13, 30), ("Bradley Thornquist", "thornquist"),
     [("Fuentes Ortiz, Maria Elena", "fuentes")], [],
     "Customer Advisory Board seat",
     "Deputy Secretary Fuentes Ortiz,\n\nI would like to invite you to join the Pinecrest Customer Advisory Board. "
     "Members meet for two working sessions a year and review our product roadmap; the seat carries an honorarium of "
     "$3,000 a year.\n\nWith respect,\n\n" + SIG["thornquist"]),
    ("m04", (2026, 3, 11, 9, 45), ("María Elena Fuentes Ortiz", "fuentes"),
     [("Bradley Thornquist", "thornquist")], [("Dwayne Kittredge", "kittredge")],
     "RE: Customer Advisory Board seat",
     "Mr. Thornquist,\n\nI am happy to take the advisory board seat, but please do not send the honorarium. State "
     "ethics rules do not allow me to accept it, and I will serve without compensation. I have copied our contract "
     "monitor so the file reflects this.\n\n" + SIG["fuentes"]),
    ("m05", (2026, 3, 18, 15, 20), ("Celeste Marrero", "marrero"),
     [("Rosalind Okafor", "okafor"), ("Dwayne Kittredge", "kittredge"), ("Ines Saldivar", "saldivar")], [],
     "Summit early-bird rate for all Pinecrest customers",
     "Hello all,\n\nSharing the same note that is going to every Pinecrest customer: registration for Summit 2026 is "
     "open, and the early-bird code SUMMIT26EARLY takes 15% off the registration fee for anyone who registers before "
     "April 1.\n\n" + SIG["marrero"]),
    ("m06", (2026, 3, 24, 11, 5), ("Bradley Thornquist", "thornquist"),
     [("Rosalind Okafor", "okafor")], [("Celeste Marrero", "marrero")],
     "Speaking at Summit 2026",
     "Ms. Okafor,\n\nWould you present a 45-minute session at Summit 2026 on intake health screening? Under our "
     "standard speaker agreement we pay a $1,000 speaker fee as compensation for preparing and delivering the "
     "session.\n\nThank you,\n\n" + SIG["thornquist"]),
    ("m07", (2026, 3, 25, 16, 40), ("Rosalind Okafor", "okafor"),
     [("Bradley Thornquist", "thornquist")], [("María Elena Fuentes-Ortiz", "fuentes")],
     "RE: Speaking at Summit 2026",
     "Mr. Thornquist,\n\nThe ethics office has approved the session as outside work, so I will sign the speaker "
     "agreement. I will present on my own leave time, and the Department will pay my travel and registration; "
     "Pinecrest should not book anything for me.\n\n" + SIG["okafor"]),
    ("m08", (2026, 3, 30, 9, 12), ("Dwayne Kittredge", "kittredge"),
     [("Celeste Marrero", "marrero")], [("Maria Elena Fuentes-Ortiz", "fuentes")],
     "Summit attendance - contract monitoring",
     "Celeste,\n\nI will attend Summit 2026 to review the roadmap for the contract file. The Department is paying my "
     "registration, airfare and hotel through state travel authorization TA-26-0881, so thank you, but I have to "
     "decline the comped room you offered.\n\n" + SIG["kittredge"]),
    ("m09", (2026, 4, 2, 14, 0), ("Bradley Thornquist", "thornquist"),
     [("Tomas Ramirez Cole", "ramirez")], [],
     "CAB honorarium and case study",
     "Dr. Ramirez Cole,\n\nWelcome to the Customer Advisory Board. Board members receive a $1,500 honorarium for the "
     "two half-day working sessions, paid under the consulting agreement attached. Separately, may we quote you in "
     "our CareLedger EHR case study?\n\nBest,\n\n" + SIG["thornquist"]),
    ("m10", (2026, 4, 3, 10, 22), ("Tomás Ramírez-Cole, MD", "ramirez"),
     [("Bradley Thornquist", "thornquist")], [("Rosalind Okafor", "okafor")],
     "RE: CAB honorarium and case study",
     "Brad,\n\nI have signed the consulting agreement for the two working sessions. For the case study you may quote "
     "me: \"CareLedger EHR has cut our medication-pass errors by a third, and I recommend it to any correctional "
     "health program.\"\n\n" + SIG["ramirez"]),
    ("m11", (2026, 4, 14, 9, 12), ("Celeste Marrero", "marrero"),
     [("Harlan Voss", "voss")], [],
     "Pinecrest Refer-a-Facility program",
     "Warden Voss,\n\nTwo things. First, Cedar Bluff has been selected as a beta site for CareLedger Mobile: twelve "
     "beta-tester licences at no charge for the six-month pilot, after which the facility can buy or return them.\n\n"
     "Second, your personal Refer-a-Facility code is ACW-VOSS-4471. Any facility that signs with Pinecrest using "
     "your code gets 5% off its first year, and Cedar Bluff receives a $2,000 training credit.\n\n" + SIG["marrero"]),
    ("m12", (2026, 4, 15, 7, 55), ("Harlan Voss", "voss"),
     [("Capt. Rubén Oyelaran", "oyelaran")], [("Celeste Marrero", "marrero")],
     "Health care vendor - worth a look",
     "Rubén,\n\nYou asked what we use for inmate medical. Pinecrest has been the best health vendor we have had in "
     "twenty years, and I would recommend them without hesitation. When you call Celeste Marrero, give her my "
     "referral code ACW-VOSS-4471 and your jail gets 5% off the first year.\n\nHarlan\n\n" + SIG["voss"]),
    ("m13", (2026, 4, 16, 12, 30), ("Ruben Oyelaran", "oyelaran"),
     [("Harlan Voss", "voss")], [],
     "Re: Health care vendor - worth a look",
     "Harlan,\n\nThanks for this. I will call her next week and mention your code.\n\n" + SIG["oyelaran"]),
    ("m14", (2026, 4, 20, 10, 0), ("Celeste Marrero", "marrero"),
     [("Harlan Voss", "voss")], [("Inés Saldívar Peña", "saldivar")],
     "Gala table - Front Range Recovery Alliance",
     "Warden Voss,\n\nPinecrest has sponsored a table at the Front Range Recovery Alliance gala on May 9, and we "
     "would love to have you and a guest join us at it as our guests. Seats at the gala are $350 each.\n\n"
     + SIG["marrero"]),
    ("m15", (2026, 4, 21, 8, 30), ("Harlan Voss", "voss"),
     [("Celeste Marrero", "marrero")], [],
     "RE: Gala table - Front Range Recovery Alliance",
     "Celeste,\n\nCount me and my wife in - thank you for the two seats at your table.\n\n" + SIG["voss"]),
    ("m16", (2026, 5, 1, 16, 15), ("Celeste Marrero", "marrero"),
     [("Saldivar Pena, Ines", "saldivar")], [("Harlan Voss", "voss")],
     "You won the booth raffle!",
     "Ines,\n\nCongratulations! Your card was drawn in the raffle at the Pinecrest booth at the state nursing "
     "conference, which was open to everyone who stopped by. Your prize is a Kestrel 10 tablet (retail $429); tell "
     "me where to ship it.\n\n" + SIG["marrero"]),
    ("m17", (2026, 5, 4, 7, 40), ("Inés Saldívar Peña", "saldivar"),
     [("Celeste Marrero", "marrero")], [],
     "RE: You won the booth raffle!",
     "Celeste,\n\n¡Qué sorpresa! Thank you so much - please ship the tablet to me at the facility.\n\n" + SIG["saldivar"]),
    ("m18", (2026, 5, 19, 13, 10), ("Dwayne Kittredge", "kittredge"),
     [("MARIA ELENA FUENTES ORTIZ", "fuentes")], [("Ramirez-Cole, Tomás (DOC)", "ramirez"), ("Harlan Voss", "voss")],
     "Contract amendment 3 - CareLedger EHR",
     "Deputy Secretary Fuentes,\n\nAmendment 3 renews the CareLedger EHR licences through FY2028 for $1,840,000 under "
     "purchase order PO-26-0417 and is ready for your signature. For the disclosure file: Pinecrest paid Dr. Ramirez "
     "Cole's Summit travel ($2,070), which he must report, and your advisory board honorarium was refused.\n\n"
     + SIG["kittredge"]),
    ("m19", (2026, 5, 20, 9, 0), ("Maria E. Fuentes", "fuentes"),
     [("Dwayne Kittredge", "kittredge")], [],
     "RE: Contract amendment 3 - CareLedger EHR",
     "Dwayne,\n\nSigned and returned. Please file it with the disclosures.\n\nMEFO"),
]


def build():
    mbox = []
    messages = []
    emailed = Counter()
    emailed_ev = {}
    for mid, t, (fname, fkey), to, cc, subj, body in MSGS:
        d = datetime(*t, tzinfo=DEN)
        msg = EmailMessage(policy=SMTP)
        msg["From"] = formataddr((fname, EMAIL[fkey]))
        msg["To"] = ", ".join(formataddr((n, EMAIL[k])) for n, k in to)
        if cc:
            msg["Cc"] = ", ".join(formataddr((n, EMAIL[k])) for n, k in cc)
        msg["Subject"] = subj
        msg["Date"] = format_datetime(d)
        msg["Message-ID"] = f"<{mid}.dn2026@{EMAIL[fkey].split('@')[1]}>"
        msg.set_content(body + "\n", cte="quoted-printable" if not body.isascii() else "7bit")
        raw = msg.as_bytes().decode("ascii")
        raw = "\n".join((">" + ln) if ln.startswith("From ") else ln for ln in raw.replace("\r\n", "\n").split("\n"))
        mbox.append(f"From {EMAIL[fkey]} {d.astimezone(ZoneInfo('UTC')).strftime('%a %b %d %H:%M:%S %Y')}\n{raw}\n")
        messages.append({"id": mid, "sent": d.isoformat(), "subject": subj})
        for _, k in to + cc:
            emailed[(fkey, k)] += 1
            emailed_ev.setdefault((fkey, k), []).append(mid)
    with open(os.path.join(HERE, "release.mbox"), "w", encoding="ascii", newline="\n") as f:
        f.write("".join(mbox))
    return messages, emailed, emailed_ev


def person(key, name, role, affiliation, aliases):
    return {"id": key, "kind": "person", "name": name, "role": role, "emails": [EMAIL[key]],
            "affiliation": affiliation, "aliases": aliases}


ENTITIES = [
    person("ramirez", "Tomás Ramírez-Cole", "officer", "acdoc",
           ["Tomas Ramirez-Cole", "Dr. Tomás Ramírez-Cole", "Ramirez-Cole, Tomas", "Tomas Ramirez Cole",
            "Dr. Ramirez Cole", "Dr. Ramírez-Cole", "Tomás Ramírez-Cole, MD", "Ramirez-Cole, Tomás"]),
    person("fuentes", "María Elena Fuentes Ortiz", "officer", "acdoc",
           ["Maria Elena Fuentes Ortiz", "Fuentes Ortiz, Maria Elena", "María Elena Fuentes-Ortiz",
            "Maria Elena Fuentes-Ortiz", "MARIA ELENA FUENTES ORTIZ", "Maria E. Fuentes", "Deputy Secretary Fuentes Ortiz",
            "Deputy Secretary Fuentes"]),
    person("voss", "Harlan Voss", "officer", "acdoc", ["Warden Voss"]),
    person("okafor", "Rosalind Okafor", "officer", "acdoc", ["Ms. Okafor", "Rosalind Okafor, MHA"]),
    person("kittredge", "Dwayne Kittredge", "officer", "acdoc", []),
    person("saldivar", "Inés Saldívar Peña", "officer", "acdoc",
           ["Ines Saldivar Pena", "Ines Saldivar", "Saldivar Pena, Ines", "Inés Saldívar Peña, RN"]),
    person("thornquist", "Bradley Thornquist", "vendor_employee", "pinecrest", ["Brad Thornquist", "Mr. Thornquist"]),
    person("marrero", "Celeste Marrero", "vendor_employee", "pinecrest", []),
    person("oyelaran", "Rubén Oyelaran", "officer", "tallow",
           ["Ruben Oyelaran", "Capt. Rubén Oyelaran"]),
    {"id": "acdoc", "kind": "organization", "name": "Alta Cordillera Department of Corrections", "aliases": []},
    {"id": "pinecrest", "kind": "organization", "name": "Pinecrest Correctional Health Partners", "aliases": ["Pinecrest"]},
    {"id": "tallow", "kind": "organization", "name": "Tallow Creek County Sheriff's Office", "aliases": []},
    {"id": "frra", "kind": "organization", "name": "Front Range Recovery Alliance", "aliases": []},
    {"id": "hsd", "kind": "division", "name": "Health Services Division", "aliases": []},
    {"id": "cedar", "kind": "division", "name": "Cedar Bluff Correctional Facility", "aliases": ["Cedar Bluff"]},
    {"id": "occ", "kind": "division", "name": "Office of Contract Compliance", "aliases": []},
    {"id": "clientrel", "kind": "division", "name": "Client Relations", "aliases": []},
    {"id": "ehr", "kind": "product", "name": "CareLedger EHR", "aliases": []},
    {"id": "mobile", "kind": "product", "name": "CareLedger Mobile", "aliases": []},
    {"id": "tablet", "kind": "product", "name": "Kestrel 10 tablet", "aliases": ["Kestrel 10"]},
    {"id": "code_ref", "kind": "code", "name": "ACW-VOSS-4471", "aliases": []},
    {"id": "code_early", "kind": "code", "name": "SUMMIT26EARLY", "aliases": []},
]

RELATIONS = [
    # gifts to named officials
    {"type": "GIFT", "source": "thornquist", "target": "ramirez", "value_usd": 2070, "items": [],
     "messages": ["m01", "m02", "m18"], "note": "Summit registration waived, airfare and hotel paid; accepted"},
    {"type": "GIFT", "source": "marrero", "target": "voss", "value_usd": 700, "items": [],
     "messages": ["m14", "m15"], "note": "two $350 seats at the vendor's sponsored gala table; accepted"},
    {"type": "GIFT", "source": "marrero", "target": "saldivar", "value_usd": 429,
     "items": [{"product": "tablet", "quantity": 1}], "messages": ["m16", "m17"],
     "note": "raffle prize at the vendor's booth, won and accepted"},
    # referral: code forwarded to another county's jail
    {"type": "REFERRAL", "source": "voss", "target": "pinecrest", "messages": ["m12"], "code": "code_ref"},
    # endorsements
    {"type": "PROMOTED", "source": "ramirez", "target": "ehr", "messages": ["m10"]},
    {"type": "PROMOTED", "source": "voss", "target": "pinecrest", "messages": ["m12"]},
]
MEMBERS = [
    ("ramirez", "acdoc"), ("ramirez", "hsd"), ("fuentes", "acdoc"), ("voss", "acdoc"), ("voss", "cedar"),
    ("okafor", "acdoc"), ("okafor", "hsd"), ("kittredge", "acdoc"), ("kittredge", "occ"),
    ("saldivar", "acdoc"), ("saldivar", "cedar"), ("thornquist", "pinecrest"), ("thornquist", "clientrel"),
    ("marrero", "pinecrest"), ("oyelaran", "tallow"),
]


def main():
    messages, emailed, emailed_ev = build()
    rels = list(RELATIONS)
    rels += [{"type": "MEMBER_OF", "source": s, "target": t} for s, t in MEMBERS]
    rels += [{"type": "EMAILED", "source": s, "target": t, "count": c, "messages": emailed_ev[(s, t)]}
             for (s, t), c in sorted(emailed.items())]
    gold = {"entities": ENTITIES, "messages": messages, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
