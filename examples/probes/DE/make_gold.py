#!/usr/bin/env python3
"""Write gold.json for the DE probe from the message table in make_release.py plus hand labels below.

Dates: the Outlook CSV export carries no date column, so a message's `sent` is known only where a later
message quotes it with a header (Sent: / Envoyé : / On ... wrote:). Messages nobody quotes have sent ""
(a reader cannot date them); the scorer then matches them by subject among undated predictions.
Values are the dollar figures the release gives (Canadian dollars, before HST); no conversion.
"""
import json
import os
from collections import Counter
from zoneinfo import ZoneInfo

import make_release as R

TZ = ZoneInfo("America/Toronto")
HERE = os.path.dirname(os.path.abspath(__file__))

quoted = {m["quote"] for m in R.M if m["quote"]}

PERSONS = {
    # key: (id, name, role, affiliation, aliases)
    "whitlock": ("p_whitlock", "Gordon Whitlock", "officer", "div_offs", ["Whitlock, Gordon", "Gord"]),
    "priya": ("p_raghunathan", "Priya Raghunathan", "officer", "div_offs", ["Raghunathan, Priya"]),
    "marcel": ("p_dufresne", "Marcel Dufresne", "officer", "div_offs", ["Dufresne, Marcel"]),
    "shauna": ("p_mcallister", "Shauna McAllister", "officer", "div_offs", ["McAllister, Shauna"]),
    "trevor": ("p_kowalczyk", "Trevor Kowalczyk", "officer", "div_offs", ["Kowalczyk, Trevor"]),
    "lindsay": ("p_ferreira", "Lindsay Ferreira", "officer", "div_offs", ["Ferreira, Lindsay"]),
    "bronwyn": ("p_tessier", "Bronwyn Tessier", "officer", "div_offs", ["Tessier, Bronwyn"]),
    "desmond": ("p_achterberg", "Desmond Achterberg", "officer", "org_city", ["Achterberg, Desmond"]),
    "mathieu": ("p_gendreau", "Mathieu Gendreau", "vendor_employee", "org_vigilflamme", []),
    "annick": ("p_theriault", "Annick Thériault", "vendor_employee", "org_vigilflamme", []),
    "lp": ("p_desrochers", "Louis-Philippe Desrochers", "vendor_employee", "org_vigilflamme", []),
    "rohan": ("p_mistry", "Rohan Mistry", "officer", "org_wexley", []),
    "gail": ("p_pritchard", "Gail Pritchard", "other", "org_elmcrest", []),
}
PID = {k: v[0] for k, v in PERSONS.items()}

entities = []
for k, (pid, name, role, aff, aliases) in PERSONS.items():
    entities.append({"id": pid, "kind": "person", "name": name, "aliases": aliases, "emails": [R.P[k][1].lower()],
                     "role": role, "affiliation": aff})
entities += [
    {"id": "org_vigilflamme", "kind": "organization", "name": "Vigilflamme Technologies inc.",
     "aliases": ["Vigilflamme", "Vigilflamme Technologies"]},
    {"id": "org_city", "kind": "organization", "name": "City of Orrin Falls", "aliases": []},
    {"id": "div_offs", "kind": "division", "name": "Orrin Falls Fire Services", "aliases": []},
    {"id": "org_wexley", "kind": "organization", "name": "Township of Wexley Fire Department",
     "aliases": ["Wexley Fire Department"]},
    {"id": "org_elmcrest", "kind": "organization", "name": "Elmcrest Seniors’ Association",
     "aliases": ["Elmcrest Seniors' Association", "Elmcrest"]},
    {"id": "prod_k7", "kind": "product", "name": "Vigilflamme K7",
     "aliases": ["K7", "K7 thermal imaging camera", "Vigilflamme K7 thermal imaging camera"]},
    {"id": "prod_k3", "kind": "product", "name": "K3 Compact", "aliases": ["Vigilflamme K3 Compact"]},
    {"id": "prod_airlien", "kind": "product", "name": "AirLien VA-2",
     "aliases": ["AirLien", "AirLien VA-2 voice amplifier"]},
    {"id": "prod_veille", "kind": "product", "name": "Veille S2",
     "aliases": ["Veille S2 combination smoke/CO alarm"]},
    {"id": "prod_toque", "kind": "product", "name": "Vigilflamme toque", "aliases": ["toque", "toques"]},
    {"id": "prod_jacket", "kind": "product", "name": "Vigilflamme softshell jacket",
     "aliases": ["softshell jacket", "softshell jackets"]},
    {"id": "code_firstdue15", "kind": "code", "name": "FIRSTDUE15", "aliases": []},
    {"id": "code_glfx2025", "kind": "code", "name": "GLFX2025", "aliases": []},
]

messages = []
for m in R.M:
    sent = ""
    if m["id"] in quoted:
        sent = m["sent"].replace(tzinfo=TZ).isoformat()
    messages.append({"id": "m_" + m["id"], "sent": sent, "subject": m["subject"],
                     "from": PID[m["sender"]], "to": [PID[k] for k in m["to"]], "cc": [PID[k] for k in m["cc"]],
                     "in_export": m["row"]})

V = "org_vigilflamme"
relations = [
    {"type": "GIFT", "source": "p_gendreau", "target": "p_kowalczyk", "value_usd": 1895,
     "items": [{"product": "prod_k3", "quantity": 1}], "messages": ["m_A4"],
     "note": "K3 Compact left during the evaluation, 'keep it for the hall, no charge'; list $1,895 + HST"},
    {"type": "GIFT", "source": "p_gendreau", "target": "p_raghunathan", "value_usd": 476, "items": [],
     "messages": ["m_B1", "m_B2"], "note": "two Leafs tickets, face value $238 each; accepted"},
    {"type": "GIFT", "source": "p_theriault", "target": "p_dufresne", "value_usd": 2712,
     "items": [{"product": "prod_toque", "quantity": 24}, {"product": "prod_jacket", "quantity": 24}],
     "messages": ["m_C1"], "note": "24 toques at $18 and 24 softshell jackets at $95 for B Platoon, 'on us'"},
    {"type": "GIFT", "source": "p_desrochers", "target": "p_achterberg", "value_usd": 186.5, "items": [],
     "messages": ["m_D1"], "note": "the councillor's share of dinner, $186.50, 'it's on me'"},
    {"type": "GIFT", "source": "p_desrochers", "target": "p_mcallister", "value_usd": 990, "items": [],
     "messages": ["m_E1", "m_E3", "m_E4"],
     "note": "factory visit: return flights about $612 + two nights at $189; accepted and taken"},
    {"type": "GIFT", "source": "p_gendreau", "target": "p_ferreira", "value_usd": 65, "items": [],
     "messages": ["m_G1"], "note": "box of maple products, 'about $65 worth'"},
    {"type": "REFERRAL", "source": "p_kowalczyk", "target": V, "messages": ["m_F1"],
     "note": "passes the first-responder code FIRSTDUE15 to a seniors' group"},
    {"type": "PROMOTED", "source": "p_whitlock", "target": "prod_k7", "messages": ["m_H1"],
     "note": "reference letter to a neighbouring chief"},
    {"type": "PROMOTED", "source": "p_mcallister", "target": "prod_airlien", "messages": ["m_E4"],
     "note": "fire-service forum post"},
    {"type": "PROMOTED", "source": "p_dufresne", "target": V, "messages": ["m_C4"],
     "note": "quote for the vendor's brochure"},
]
for k, (pid, name, role, aff, aliases) in PERSONS.items():
    relations.append({"type": "MEMBER_OF", "source": pid, "target": aff})
em = Counter()
emsg = {}
for m in R.M:
    for r in m["to"] + m["cc"]:
        key = (PID[m["sender"]], PID[r])
        em[key] += 1
        emsg.setdefault(key, []).append("m_" + m["id"])
for (s, t), c in em.items():
    relations.append({"type": "EMAILED", "source": s, "target": t, "count": c, "messages": emsg[(s, t)]})

gold = {
    "release": "DE",
    "notes": ("Negatives (no edge): K7 demo unit loaned for 30 days and returned; PO 4500-118276 for four K7s paid "
              "by cheque; two days of operator training included in the tender price; GLFX2025 public trade-show "
              "discount for every booth visitor; factory trip declined by the procurement coordinator under the "
              "City's Code of Conduct; 'I owe you a double-double' banter; ordinary thanks. Undated messages "
              "(sent \"\") are the ones no later message quotes: Outlook's CSV export has no date column."),
    "entities": entities,
    "messages": messages,
    "relations": relations,
}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)
print(len(entities), "entities", len(messages), "messages", len(relations), "relations")
