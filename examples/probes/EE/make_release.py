"""Write probe EE: a county 911 district's public-records production of text messages (and a few
emails), exported as one CSV the way records systems export phone messages, plus its gold labels.

Everything here is invented; any resemblance to a real person, agency, company, number or code is chance.
Deterministic: run it again and the files are byte-identical."""
import csv
import io
import json
import os
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=-7))  # America/Phoenix keeps MST all year

# id: (name, role, org, title, phone, email)
P = {
    "renata": ("Renata Vossberg", "officer", "ob911", "Director", "(480) 555-0110", "renata.vossberg@ocotillo911.org"),
    "curtis": ("Curtis Yallowby", "officer", "ob911", "Deputy Director", "(480) 555-0111", "curtis.yallowby@ocotillo911.org"),
    "deshawn": ("Deshawn Pekkala", "officer", "ob911", "Operations Manager", "(480) 555-0112", None),
    "ilse": ("Ilse Brannigan", "officer", "ob911", "CAD Administrator", "(480) 555-0113", None),
    "tamsin": ("Tamsin Okafor", "officer", "ob911", "Training Coordinator", "(480) 555-0114", None),
    "rudy": ("Rudy Calloway", "officer", "ob911", "Shift Supervisor", "(480) 555-0115", "rudy.calloway@ocotillo911.org"),
    "brody": ("Brody Castellan", "vendor_employee", "corvane", "Account Manager", "(480) 555-0147", "brody.castellan@corvanedispatch.com"),
    "jenna": ("Jenna Ruelas", "vendor_employee", "corvane", "Regional Sales Representative", "(480) 555-0148", "jenna.ruelas@corvanedispatch.com"),
    "omar": ("Omar Lindqvist", "officer", "pw911", "Director", "(480) 555-0171", "omar.lindqvist@paintedwash911.org"),
}
ORGS = {
    "ob911": "Ocotillo Basin 911 Emergency Communications District",
    "corvane": "Corvane Dispatch Systems",
    "pw911": "Painted Wash Regional 911",
}
PRODUCTS = {
    "helix9": ("Helix 9 Dispatch Console", ["Helix 9", "Helix9"]),
    "h4": ("QuietLine H4 Headset", ["QuietLine H4", "H4", "H4 headset"]),
    "linkpoint": ("LinkPoint CAD Interface", ["LinkPoint"]),
}
CODE = "PWR-HELIX15"

# custodian of each record (whose phone or mailbox it was produced from)
def sms(key, when, frm, to, body, custodian):
    return dict(key=key, when=when, type="SMS", frm=[frm], to=[to], subject="", body=body, custodian=custodian)


def mail(key, when, frm, to, subject, body, custodian):
    return dict(key=key, when=when, type="Email", frm=[frm], to=to, subject=subject, body=body, custodian=custodian)


MSGS = [
    sms("m01", "2024-02-06 10:14:33", "brody", "deshawn",
        "hey D, left 2 tix w/ ur front desk for the Sunfire FC match sat 🎟️ club lvl, $85 ea. enjoy! -Brody @ Corvane", "deshawn"),
    sms("m02", "2024-02-11 19:02:05", "deshawn", "brody", "thx!! kids loved the game 🙌⚽", "deshawn"),
    sms("m03", "2024-02-20 12:30:41", "jenna", "tamsin",
        "hi Tamsin its Jenna w/ Corvane. lunch thurs on us for ur academy class? I'll bring tacos 🌮", "tamsin"),
    sms("m04", "2024-02-22 14:47:10", "tamsin", "jenna", "thx for lunch today, tacos were a hit w/ the trainees 😋", "tamsin"),
    sms("m05", "2024-03-01 09:05:56", "jenna", "ilse",
        "got a Corvane softshell jacket ($65) in ur size, lmk if u want the jacket 🧥", "ilse"),
    sms("m06", "2024-03-01 09:21:18", "ilse", "jenna", "yes pls!! M fits. ty 🙏", "ilse"),
    sms("m07", "2024-03-08 16:40:02", "brody", "ilse",
        "sent u a $50 GC for the help w/ the LinkPoint cutover last wk, ty!! 🎉", "ilse"),
    sms("m08", "2024-03-12 11:15:27", "brody", "rudy",
        "Rudy - dropping off a QuietLine H4 for u to keep, no charge. lists at $239 but it's yours 🎧", "rudy"),
    mail("m09", "2024-03-14 07:52:00", "rudy", ["brody"], "Thank you",
         "Brody,\n\nThank you for the QuietLine H4 headset you dropped off for me. The noise cancelling makes the "
         "overnight shift a lot easier on the ears. Much appreciated.\n\nRudy Calloway\nShift Supervisor\n"
         "Ocotillo Basin 911 Emergency Communications District", "rudy"),
    sms("m10", "2024-03-19 13:03:44", "jenna", "renata",
        "Renata if ur friends at Painted Wash are looking at consoles, code PWR-HELIX15 gets them 15% off Helix 9. pass it on!", "renata"),
    sms("m11", "2024-03-19 15:26:09", "renata", "omar",
        "Omar - Corvane gave me a code for u, PWR-HELIX15 = 15% off Helix 9. their support has been solid for us", "renata"),
    mail("m12", "2024-04-02 10:31:00", "omar", ["jenna", "renata"], "Helix 9 quote - code PWR-HELIX15",
         "Jenna,\n\nRenata Vossberg passed along your code PWR-HELIX15. Please apply it to our quote for six Helix 9 "
         "positions and send the revised figures.\n\nThanks,\nOmar Lindqvist\nDirector, Painted Wash Regional 911", "renata"),
    sms("m13", "2024-04-09 10:12:37", "brody", "renata",
        "draft case study going to print fri. ur line: \"Helix 9 cut our call-to-dispatch time by 40 seconds.\" ok?", "renata"),
    sms("m14", "2024-04-09 10:58:02", "renata", "brody", "ok to use my quote 👍", "renata"),
    mail("m15", "2024-04-11 08:20:00", "brody", ["curtis"], "Helix 9 upgrade - PO 24-0318 invoice",
         "Curtis,\n\nAttached is the invoice for the Helix 9 upgrade under PO 24-0318: eight positions, $46,800.00, "
         "net 30.\n\nBrody Castellan\nAccount Manager, Corvane Dispatch Systems", "curtis"),
    sms("m16", "2024-04-11 09:02:51", "curtis", "brody", "got it, AP will pay by 4/30 👍", "curtis"),
    sms("m17", "2024-04-16 08:44:19", "jenna", "tamsin",
        "6 loaner H4s headed ur way for the academy class, pls send back when done", "tamsin"),
    sms("m18", "2024-05-03 17:10:36", "tamsin", "jenna", "returned the 6 loaner H4s today via UPS, thx", "tamsin"),
    sms("m19", "2024-05-09 21:37:48", "deshawn", "brody",
        "good seeing u at the chapter mixer, drinks were on me 🍻 u get next round", "deshawn"),
    sms("m20", "2024-05-14 12:06:12", "jenna", "curtis",
        "got 2 extra passes to the Desert Dispatch Summit, $400 value, want em?", "curtis"),
    sms("m21", "2024-05-14 12:19:40", "curtis", "jenna", "cant accept, sorry. ethics policy 🙏", "curtis"),
    sms("m22", "2024-05-20 15:33:08", "ilse", "brody", "thx for the quick fix on LinkPoint, positions 3-4 back up 👍", "ilse"),
]


def who(pid, kind):
    name, _, _, _, phone, email = P[pid]
    if kind == "SMS":
        return f"{name} {phone}"
    return f"{name} <{email}>"


def custodian(pid):
    name, _, _, title, _, _ = P[pid]
    first, last = name.split(" ", 1)
    return f"{last}, {first} ({title})"


def fmt_local(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.strftime("%m/%d/%Y %I:%M:%S %p").lstrip("0").replace("/0", "/")


def write_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Record ID", "Custodian", "Type", "Date/Time", "From", "To", "Subject", "Message"])
    for i, m in enumerate(MSGS, 1):
        w.writerow([f"OB911-PRR-0412-{i:04d}", custodian(m["custodian"]), m["type"], fmt_local(m["when"]),
                    "; ".join(who(p, m["type"]) for p in m["frm"]),
                    "; ".join(who(p, m["type"]) for p in m["to"]),
                    m["subject"], m["body"]])
    with open(os.path.join(HERE, "messages_export.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def iso(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ).isoformat()


def gold():
    ents = []
    for pid, (name, role, org, title, phone, email) in P.items():
        e = {"id": pid, "kind": "person", "name": name, "role": role, "affiliation": org,
             "emails": [email] if email else [], "aliases": []}
        ents.append(e)
    for oid, name in ORGS.items():
        ents.append({"id": oid, "kind": "organization", "name": name, "aliases": {
            "ob911": ["Ocotillo Basin 911", "OB911"], "corvane": ["Corvane"], "pw911": ["Painted Wash"]}[oid]})
    for pid, (name, al) in PRODUCTS.items():
        ents.append({"id": pid, "kind": "product", "name": name, "aliases": al})
    ents.append({"id": "code_pwr", "kind": "code", "name": CODE, "aliases": []})

    msgs = [{"id": m["key"], "sent": iso(m["when"]), "subject": m["subject"]} for m in MSGS]

    rels = [
        {"type": "GIFT", "source": "brody", "target": "deshawn", "value_usd": 170, "items": [], "messages": ["m01", "m02"]},
        {"type": "GIFT", "source": "jenna", "target": "tamsin", "value_usd": None, "items": [], "messages": ["m03", "m04"]},
        {"type": "GIFT", "source": "jenna", "target": "ilse", "value_usd": 65, "items": [], "messages": ["m05", "m06"]},
        {"type": "GIFT", "source": "brody", "target": "ilse", "value_usd": 50, "items": [], "messages": ["m07"]},
        {"type": "GIFT", "source": "brody", "target": "rudy", "value_usd": 239,
         "items": [{"product": "h4", "quantity": 1}], "messages": ["m08", "m09"]},
        {"type": "REFERRAL", "source": "renata", "target": "corvane", "messages": ["m10", "m11", "m12"]},
        {"type": "PROMOTED", "source": "renata", "target": "helix9", "messages": ["m13", "m14"]},
    ]
    for pid, v in P.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": v[2], "messages": []})
    counts = {}
    for m in MSGS:
        for s in m["frm"]:
            for t in m["to"]:
                counts.setdefault((s, t), []).append(m["key"])
    for (s, t), ks in counts.items():
        rels.append({"type": "EMAILED", "source": s, "target": t, "count": len(ks), "messages": ks})

    g = {"about": "Probe EE gold: see probe.json", "entities": ents, "messages": msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    write_csv()
    gold()
