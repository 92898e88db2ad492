import json, sys, datetime as dt
sys.path.insert(0, __import__('os').path.dirname(__file__) or '.')
import make_release as R
from zoneinfo import ZoneInfo
DEN = ZoneInfo("America/Denver")
V = "ridgeback"; A = "cema"; T = "talus_oem"
people = [
 ("welk", "Dorian Welk", "vendor_employee", V, []),
 ("tollefsen", "Marcy Tollefsen", "vendor_employee", V, []),
 ("prusik", "Gideon Prusik", "vendor_employee", V, []),
 ("brennick", "Shayla Brennick", "vendor_employee", V, []),
 ("castellow", "Juniper Castellow", "vendor_employee", V, []),
 ("lindqvist", "Pat Lindqvist", "vendor_employee", V, []),
 ("oduya", "Kim Oduya", "officer", A, []),
 ("fenwright", "Russell Fenwright", "officer", A, ["Russ Fenwright"]),
 ("streck", "Aldo Streck", "officer", A, []),
 ("quill", "Bernadette Quill", "officer", A, []),
 ("eskelsen", "Naomi Eskelsen", "officer", A, []),
 ("paik", "Wendell Paik", "officer", T, []),
]
ents = []
for pid, name, role, org, al in people:
    email = R.P[pid].split("<")[1].rstrip(">")
    ents.append({"id": pid, "kind": "person", "name": name, "aliases": al, "emails": [email], "role": role, "affiliation": org})
ents += [
 {"id": V, "kind": "organization", "name": "Ridgeback Signal Systems, Inc.", "aliases": ["Ridgeback Signal Systems", "Ridgeback"]},
 {"id": A, "kind": "organization", "name": "Cordillera Emergency Management Agency", "aliases": ["CEMA"]},
 {"id": T, "kind": "organization", "name": "Talus County Office of Emergency Management", "aliases": ["Talus County OEM", "Talus County"]},
 {"id": "scb", "kind": "division", "name": "Statewide Communications Bureau", "aliases": []},
 {"id": "ofp", "kind": "division", "name": "Office of Finance and Procurement", "aliases": []},
 {"id": "dispatchpoint", "kind": "product", "name": "DispatchPoint", "aliases": []},
 {"id": "talon120", "kind": "product", "name": "Talon 120", "aliases": ["Talon 120 tower", "Talon 120 self-supporting tower"]},
 {"id": "summitrun_s4", "kind": "product", "name": "Summitrun S4", "aliases": ["Summitrun S4 watch"]},
 {"id": "code_rsp", "kind": "code", "name": "RSP-CORD-R3", "aliases": []},
]
msgs = []; emailed = {}
for i, (owner, frm, to, cc, sent, subj, att, body) in enumerate(R.MSGS):
    d = dt.datetime.strptime(sent, "%A, %B %d, %Y %I:%M %p").replace(tzinfo=DEN)
    mid = f"m{i+1:02d}"
    msgs.append({"id": mid, "sent": d.isoformat(), "subject": subj, "bates": f"RSS-LEG-{101+i:06d}"})
    for r in to + cc:
        if r != frm:
            emailed.setdefault((frm, r), []).append(mid)
rels = []
def gift(s, t, v, m, items=(), note=""):
    rels.append({"type": "GIFT", "source": s, "target": t, "value_usd": v, "items": [{"product": p, "quantity": q} for p, q in items], "messages": m, "note": note})
gift("welk", "oduya", 780, ["m02", "m03"], note="comped the director's foursome at Pine Hollow, $780")
gift("prusik", "fenwright", 349, ["m04", "m05"], [("summitrun_s4", 1)], "Summitrun S4 watch for the deputy's birthday")
gift("brennick", "oduya", 142.60, ["m06"], note="reimburse me for Kim Oduya's dinner, her share $142.60")
gift("tollefsen", "quill", 458, ["m08", "m09", "m10"], note="comms chief at the Lakeview on our tab, two nights at $229")
gift("welk", "streck", 190, ["m19"], note="two tickets to the Caribou opener, $95 apiece")
rels.append({"type": "REFERRAL", "source": "streck", "target": V, "messages": ["m11", "m12"], "note": "passes partner code RSP-CORD-R3 to Talus County, which uses it"})
rels.append({"type": "PROMOTED", "source": "oduya", "target": V, "messages": ["m13", "m14"], "note": "quote in vendor press release, approved by her"})
rels.append({"type": "PROMOTED", "source": "oduya", "target": "dispatchpoint", "messages": ["m13", "m14"], "note": "same quote names the product"})
for pid, name, role, org, al in people:
    rels.append({"type": "MEMBER_OF", "source": pid, "target": org})
rels.append({"type": "MEMBER_OF", "source": "quill", "target": "scb"})
rels.append({"type": "MEMBER_OF", "source": "eskelsen", "target": "ofp"})
for (s, t), ms in sorted(emailed.items()):
    rels.append({"type": "EMAILED", "source": s, "target": t, "count": len(ms), "messages": ms})
gold = {"release": "EB", "timezone": "America/Denver", "entities": ents, "messages": msgs, "relations": rels,
        "negatives": [
  "m07 Shayla's own travel expense report (airfare, hotel, mileage): no gift",
  "m15 paid purchase order for four Talon 120 towers ($746,000): no gift",
  "m16 Naomi Eskelsen paid her own way ($64): no gift; staff dinner at Copper Kettle ($211) eaten by vendor staff alone: no gift",
  "m17/m18 Summitrun S4 for Aldo's retirement proposed then cancelled ('Legal says no, don't send it'): no gift",
  "m09 LKV-88213 is a hotel confirmation number, not a code; PO 24-0719 is a purchase order, not a code",
  "m01 planning mail naming officials: no gift",
  "venues (Pine Hollow, Lakeview, Ember & Oak, Harborline Inn, Copper Kettle, Cordillera Caribou) are places, not parties: not labelled as organisations"]}
json.dump(gold, open("gold.json", "w"), indent=1)
print(len(msgs), "messages", len(rels), "relations", len(emailed), "emailed pairs")
