"""Probe CC: a use-of-force training-simulator vendor and a Louisiana parish sheriff's office, as an Outlook export
opened in Excel and saved (.xlsx, the Sent column as Excel dates); heavy on what a real release holds besides the
story: the vendor's bulk newsletters and promotions to a list, out-of-office replies, a webinar free to all."""
import json, sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl

out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
TZ = ZoneInfo("America/Chicago")
V, SO = "steelgatesim.com", "bexleyso.org"
P = {
 "wren": ("Wren Albright", f"walbright@{V}", "vendor_employee", "steelgate"),
 "thibault": ("Thibault Mire", f"tmire@{V}", "vendor_employee", "steelgate"),
 "news": ("Steelgate Simulation", f"news@{V}", "vendor_employee", "steelgate"),
 "landry": ("Odile Landry", f"olandry@{SO}", "officer", "bso"),
 "boudreaux": ("Kenji Boudreaux", f"kboudreaux@{SO}", "officer", "bso"),
 "fontenot": ("Ayodele Fontenot", f"afontenot@{SO}", "officer", "bso"),
 "guidry": ("Rosalind Guidry", f"rguidry@{SO}", "officer", "bso"),
 "hebert": ("Casimir Hebert", f"chebert@{SO}", "officer", "bso"),
 "pellerin": ("Shauna Pellerin", "spellerin@tangiersparishso.org", "officer", "tpso"),
}
SIG = {
 "wren": "Wren Albright\nLaw Enforcement Sales, Gulf South\nSteelgate Simulation\n(225) 555-0143",
 "thibault": "Thibault Mire | Training Programs Manager | Steelgate Simulation",
 "news": "Steelgate Simulation | 4100 Industrial Pkwy, Lafayette, LA\nYou are receiving this because you attended a Steelgate event. Unsubscribe",
 "landry": "Major Odile Landry\nTraining Division\nBexley Parish Sheriff's Office",
 "boudreaux": "Sgt. Kenji Boudreaux\nTraining Division\nBexley Parish Sheriff's Office\nDesk 337-555-0190",
 "fontenot": "Lt. Ayodele Fontenot\nSpecial Response Team\nBexley Parish Sheriff's Office",
 "guidry": "Deputy Rosalind Guidry\nPatrol Division, Bexley Parish Sheriff's Office",
 "hebert": "Chief Deputy Casimir Hebert\nBexley Parish Sheriff's Office",
 "pellerin": "Capt. Shauna Pellerin\nTangiers Parish Sheriff's Office",
}
# (the lieutenant's and the deputy's units are in signatures the release never prints: their agency only)
MEMBER = {"landry": "trn", "boudreaux": "trn", "hebert": "bso"}
LIST = ("Steelgate Customers", f"customers@lists.{V}")
msgs = []
def m(mid, frm, to, when, subject, body, cc=(), sig=True, quote=None):
    d = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    text = body.strip("\n") + ("\n\n" + SIG[frm] if sig else "")
    if quote is not None:
        q = next(x for x in msgs if x["mid"] == quote)
        text += ("\n\nFrom: " + P[q["frm"]][0] + " <" + P[q["frm"]][1] + ">\nSent: "
                 + q["dt"].strftime("%A, %B %-d, %Y %-I:%M %p") + "\nTo: " + "; ".join(P[t][0] if t in P else LIST[0] for t in q["to"])
                 + "\nSubject: " + q["subject"] + "\n\n" + q["text"])
    msgs.append(dict(mid=mid, frm=frm, to=list(to), cc=list(cc), dt=d, subject=subject, text=text))

m("n1", "news", ["list"], "2025-01-14 07:00", "Steelgate Insider | January", """
NEW FOR 2025: the V300 Scenario Pack adds 40 de-escalation scenarios filmed with working officers.

FREE WEBINAR - "Voice Before Force", January 29, 1 pm Central. Open to all law enforcement, no cost to attend. Register at steelgatesim.com/webinars.

WINTER PROMO: buy a Steelgate V300 simulator before March 31 and get the Scenario Pack free. Some restrictions apply.

See you at the Louisiana Sheriffs' Association conference!""", sig=True)
m("q1", "wren", ["landry"], "2025-01-21 10:12", "V300 quote for Bexley Parish", """
Major Landry,

Thanks for having us out last week. As promised:

Steelgate V300 simulator (3-screen), installed: $68,500
V300 Scenario Pack (annual): $2,500
Trainer Certification course: $1,200 per seat

Quote valid 90 days.

Wren""")
m("q1r", "landry", ["wren"], "2025-01-22 08:03", "RE: V300 quote for Bexley Parish", """
Received. The Chief Deputy wants to see it in the FY26 budget; I'll let you know.""", cc=["hebert"], quote="q1")
m("g1", "thibault", ["boudreaux"], "2025-02-04 14:40", "Trainer Certification - March class", """
Sgt. Boudreaux,

Wren mentioned you run most of the range and scenario training at Bexley. We'd like to put you through the March Trainer Certification class in Lafayette as our guest. The $1,200 tuition is waived for you, and lunch all three days is provided.

Let me know and I'll save you a seat.

Thibault""")
m("g1r", "boudreaux", ["thibault"], "2025-02-04 16:22", "RE: Trainer Certification - March class", """
I'm in, thank you. Just confirm the dates and I'll clear it with the Major.""", quote="g1", sig=False)
m("oo1", "landry", ["thibault"], "2025-02-05 09:00", "Automatic reply: Trainer Certification - March class", """
I am out of the office until February 10 with limited access to email. For urgent training matters contact Sgt. Kenji Boudreaux at kboudreaux@bexleyso.org.""", sig=False)
m("n2", "news", ["list"], "2025-02-11 07:00", "Steelgate Insider | February", """
Customer spotlight: how one Texas county cut use-of-force complaints by 30%.

Reminder: buy a V300 before March 31 and the Scenario Pack is free. Contact your regional rep.

Free trial: any agency can request a 30-day V300 Scenario Pack trial at no cost.""")
m("g2", "wren", ["fontenot"], "2025-02-18 11:35", "Tigers tickets", """
Lt. Fontenot - we have four seats in our suite for the Tigers game on the 1st and only two of us going. Would you and a guest like the other two? Those seats are about $220 each if you bought them.

Wren""")
m("g2r", "fontenot", ["wren"], "2025-02-18 12:10", "RE: Tigers tickets", """
Heck yes. My wife is a bigger fan than I am. Thank you Wren!""", quote="g2", sig=False)
m("d1", "wren", ["hebert"], "2025-02-24 15:00", "Conference dinner", """
Chief Deputy, we're hosting a small dinner for sheriffs' command staff at the LSA conference in March, Ruth's on Canal, our treat. Would love to have you.

Wren""")
m("d1r", "hebert", ["wren"], "2025-02-25 08:44", "RE: Conference dinner", """
Thank you, but I'll pass. With the simulator purchase possibly coming before the council, I don't think it's appropriate for me to attend.""", quote="d1")
m("t1", "wren", ["landry"], "2025-03-03 10:00", "Scenario Pack trial", """
Major, I've turned on the 30-day Scenario Pack trial on the loaner V300 at your range. It shuts off on April 2 unless the parish buys the pack.""")
m("t1r", "landry", ["wren"], "2025-03-03 13:17", "RE: Scenario Pack trial", """
Good. Kenji will run the SRT through it.""", quote="t1")
m("po1", "hebert", ["wren"], "2025-03-20 09:30", "Bexley Parish PO 25-0341", """
Ms. Albright,

The Sheriff signed PO 25-0341 today for one Steelgate V300 simulator at the quoted $68,500, to be paid from the FY25 equipment fund. Please coordinate installation with Major Landry.""", cc=["landry"])
m("po1r", "wren", ["hebert"], "2025-03-20 11:02", "RE: Bexley Parish PO 25-0341", """
Wonderful news, thank you. We'll schedule install for April.""", cc=["landry"], quote="po1")
m("g3", "wren", ["landry"], "2025-03-21 14:15", "Scenario Pack for the Training Division", """
Major,

Since the V300 order came in after the promo window, I've gone ahead and added a year of the Scenario Pack for the Training Division anyway. It's on us, no invoice will follow. Normally that runs $2,500.

Wren""")
m("g3r", "landry", ["wren"], "2025-03-24 08:05", "RE: Scenario Pack for the Training Division", """
Appreciate it, Wren. The staff will get good use out of it.""", quote="g3")
m("g4", "thibault", ["boudreaux"], "2025-04-16 13:00", "install week", """
Kenji - when we finish the install Thursday we'll bring a crawfish boil for you and the training staff at the range. Steelgate's treat. Figure about 15 people, about $30 a head.""")
m("g4r", "boudreaux", ["thibault"], "2025-04-18 17:40", "RE: install week", """
Thanks for the boil today, the guys are still talking about it.""", quote="g4", sig=False)
m("r1", "boudreaux", ["pellerin"], "2025-05-06 10:20", "simulator", """
Capt. Pellerin,

Good talking at the range. If you call Steelgate about a V300, give them my referral code BEX-KB25. Your parish gets $1,000 off the install and I get credited toward a scenario pack for our unit.""")
m("r1r", "pellerin", ["boudreaux"], "2025-05-06 14:01", "RE: simulator", """
Will do, thanks Kenji. Writing BEX-KB25 on my notes now.""", quote="r1")
m("p1", "landry", ["pellerin"], "2025-05-12 09:15", "Steelgate", """
Shauna,

Kenji said you asked about Steelgate. Honestly, the V300 is the best training investment this office has made in my 22 years. I'd recommend it to any parish our size.

Odile""")
m("oo2", "fontenot", ["news"], "2025-05-13 07:00", "Automatic reply: Steelgate Insider | May", """
I will be out of the office until May 19. For SRT call-outs contact dispatch.""", sig=False)
m("n3", "news", ["list"], "2025-05-13 07:00", "Steelgate Insider | May", """
Thank you to everyone who joined "Voice Before Force". The recording is free on our website for every agency.

Refer a neighboring agency: every customer agency that refers a new V300 customer gets a free year of the Scenario Pack.""")
m("g5", "wren", ["guidry"], "2025-05-20 16:30", "thank you", """
Deputy Guidry,

Thank you for being our role player at the demo day for the other parishes, you were fantastic. I've mailed you a $150 Visa gift card as a thank-you; it should be there by Friday.

Wren""")
m("g5r", "guidry", ["wren"], "2025-05-23 12:45", "RE: thank you", """
Got it in the mail today. That was really nice, thank you!""", quote="g5", sig=False)
m("s1", "landry", ["thibault"], "2025-05-27 08:30", "screen 2", """
Thibault, thanks for the quick fix on screen 2 yesterday. Everything's running again.""")

# ---- an Outlook export opened in Excel and saved: the Sent column as Excel dates
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Inbox"
cols = ["Subject", "Body", "From: (Name)", "From: (Address)", "From: (Type)", "To: (Name)", "To: (Address)",
        "To: (Type)", "CC: (Name)", "CC: (Address)", "CC: (Type)", "Importance", "Sensitivity", "Sent"]
ws.append(cols)
def nm(k): return LIST[0] if k == "list" else P[k][0]
def ad(k): return LIST[1] if k == "list" else P[k][1]
for x in sorted(msgs, key=lambda x: x["dt"]):
    ws.append([x["subject"], x["text"], nm(x["frm"]), ad(x["frm"]), "SMTP",
               ";".join(nm(t) for t in x["to"]), ";".join(ad(t) for t in x["to"]), ";".join("SMTP" for _ in x["to"]),
               ";".join(nm(t) for t in x["cc"]), ";".join(ad(t) for t in x["cc"]), ";".join("SMTP" for _ in x["cc"]),
               "Normal", "Normal", x["dt"].replace(tzinfo=None)])
wb.save(out / "release.xlsx")

# ---- gold
ents = [dict(id=k, kind="person", name=v[0], aliases=[], emails=[v[1]], role=v[2], affiliation=v[3])
        for k, v in P.items() if k != "news"]
ents += [
 dict(id="steelgate", kind="organization", name="Steelgate Simulation", aliases=["Steelgate"]),
 dict(id="bso", kind="organization", name="Bexley Parish Sheriff's Office", aliases=[]),
 dict(id="tpso", kind="organization", name="Tangiers Parish Sheriff's Office", aliases=[]),
 dict(id="trn", kind="division", name="Training Division", aliases=[]),
 dict(id="v300", kind="product", name="Steelgate V300", aliases=["V300", "V300 simulator"]),
 dict(id="pack", kind="product", name="V300 Scenario Pack", aliases=["Scenario Pack"]),
 dict(id="cert", kind="product", name="Trainer Certification course", aliases=["Trainer Certification"]),
 dict(id="bexcode", kind="code", name="BEX-KB25", aliases=[]),
]
def who(k): return "news" if k == "list" else k
gm = [dict(id=x["mid"], sent=x["dt"].isoformat(), subject=x["subject"], **{"from": x["frm"]},
           to=[t for t in x["to"] if t not in ("list", "news")], cc=x["cc"]) for x in msgs]
rel = [
 dict(type="GIFT", source="thibault", target="boudreaux", items=[{"product": "cert", "quantity": 1}], value_usd=1200, messages=["g1", "g1r"]),
 dict(type="GIFT", source="wren", target="fontenot", items=[], value_usd=440, messages=["g2", "g2r"]),
 dict(type="GIFT", source="wren", target="trn", items=[{"product": "pack", "quantity": 1}], value_usd=2500, messages=["g3", "g3r"]),
 dict(type="GIFT", source="thibault", target="trn", items=[], value_usd=450, messages=["g4", "g4r"]),
 dict(type="GIFT", source="wren", target="guidry", items=[], value_usd=150, messages=["g5", "g5r"]),
 dict(type="REFERRAL", source="boudreaux", target="steelgate", messages=["r1", "r1r"]),
 dict(type="PROMOTED", source="landry", target="v300", messages=["p1"]),
]
for k, v in P.items():
    if k != "news":
        rel.append(dict(type="MEMBER_OF", source=k, target=MEMBER.get(k, v[3])))
em = Counter()
for x in msgs:
    for t in x["to"] + x["cc"]:
        if t not in ("list", "news") and x["frm"] != "news":
            em[(x["frm"], t)] += 1
rel += [dict(type="EMAILED", source=s, target=t, count=c) for (s, t), c in sorted(em.items())]
json.dump(dict(entities=ents, messages=gm, relations=rel), open(out / "gold.json", "w"), indent=1, ensure_ascii=False)
print(len(msgs), "messages")
