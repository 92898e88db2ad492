"""Probe CA: a jail-communications vendor and a county sheriff's office (a detention division, its units,
civilian programme staff); delivered as an Outlook CSV export (one row a message, a Sent column, replies
carrying Outlook's quoted history)."""
import csv, json, sys
from datetime import datetime
from zoneinfo import ZoneInfo
from pathlib import Path

out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
TZ = ZoneInfo("America/New_York")
V, SO = "corvanejt.com", "harlowsheriff.org"
P = {
 "fintan": ("Fintan Garvey", f"fgarvey@{V}", "vendor_employee", "corvane"),
 "soraya": ("Soraya Haddad", f"shaddad@{V}", "vendor_employee", "corvane"),
 "kwabena": ("Kwabena Osei", f"kosei@{V}", "vendor_employee", "corvane"),
 "reuben": ("Reuben Szymanski", f"rszymanski@{SO}", "officer", "hcso"),
 "thuy": ("Thuy Nguyen-Bell", f"tnguyenbell@{SO}", "officer", "hcso"),
 "darnell": ("Darnell Pickett", f"dpickett@{SO}", "officer", "hcso"),
 "aurelio": ("Aurelio Benavides", f"abenavides@{SO}", "officer", "hcso"),
 "yvette": ("Yvette Lachance", f"ylachance@{SO}", "officer", "hcso"),
 "bronagh": ("Bronagh Kielty", f"bkielty@{SO}", "officer", "hcso"),
 "gideon": ("Gideon Marchbanks", "gmarchbanks@harlowcounty.gov", "other", "harlowcounty"),
 "anahit": ("Anahit Sarkissian", "asarkissian@dorrancesheriff.org", "officer", "dcso"),
}
SIG = {
 "fintan": "Fintan Garvey\nRegional Vice President, Southeast\nCorvane Justice Technologies\n(404) 555-0172",
 "soraya": "Soraya Haddad | Senior Account Manager\nCorvane Justice Technologies\nc. 615-555-0139",
 "kwabena": "Kwabena Osei\nImplementation Lead, Corvane Justice Technologies",
 "reuben": "Captain Reuben Szymanski\nDetention Division\nHarlow County Sheriff's Office",
 "thuy": "Lt. Thuy Nguyen-Bell\nInmate Services Unit\nHarlow County Sheriff's Office\n502-555-0181",
 "darnell": "Sgt. Darnell Pickett\nClassification Unit | Detention Division\nHarlow County Sheriff's Office",
 "aurelio": "Cpl. A. Benavides\nHarlow County Sheriff's Office - Detention",
 "yvette": "Commander Yvette Lachance\nDetention Division\nHarlow County Sheriff's Office",
 "bronagh": "Bronagh Kielty\nInmate Programs Coordinator, Inmate Services Unit\nHarlow County Sheriff's Office",
 "gideon": "Gideon Marchbanks, CPPB\nBuyer III, Harlow County Purchasing",
 "anahit": "Lt. Anahit Sarkissian\nDorrance County Sheriff's Office, Jail Administration",
}
MEMBER = {"reuben": "detdiv", "thuy": "isu", "darnell": "class", "yvette": "detdiv", "bronagh": "isu",
          "aurelio": "detdiv"}
msgs = []
def m(mid, frm, to, when, subject, body, cc=(), quote=None, sig=True):
    d = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    text = body.strip("\n")
    if sig:
        text += "\n\n" + SIG[frm]
    if quote is not None:
        q = next(x for x in msgs if x["mid"] == quote)
        qd = q["dt"]
        text += ("\n\n-----Original Message-----\nFrom: " + P[q["frm"]][0] + " <" + P[q["frm"]][1] + ">\n"
                 + "Sent: " + qd.strftime("%A, %B %-d, %Y %-I:%M %p") + "\nTo: "
                 + "; ".join(P[t][0] for t in q["to"]) + "\n"
                 + ("Cc: " + "; ".join(P[t][0] for t in q["cc"]) + "\n" if q["cc"] else "")
                 + "Subject: " + q["subject"] + "\n\n" + q["text"])
    msgs.append(dict(mid=mid, frm=frm, to=list(to), cc=list(cc), dt=d, subject=subject, text=text))

m("q1", "soraya", ["gideon"], "2024-02-05 10:22", "Corvane pricing - Harlow County detention", """
Mr. Marchbanks,

Per our call this morning, here is the pricing you asked for:

- Corvane T8 inmate tablet: $310 per tablet (includes charging cart slot and case)
- VisitLink video visitation kiosk: $4,900 per kiosk, installed
- Corvane Voice calling platform: no cost to the county, billed per minute to the called party
- Corvane Insight (call analytics): $1,150 per month

Pricing holds through June 30. Let me know if the Sheriff's Office needs anything else for the requisition.

Best,""")
m("q1r", "gideon", ["soraya"], "2024-02-06 08:47", "RE: Corvane pricing - Harlow County detention", """
Ms. Haddad - received, thank you. I'll route it to Captain Szymanski for the requisition.""", cc=["reuben"], quote="q1")
m("po1", "gideon", ["soraya"], "2024-02-20 14:05", "PO 24-1187 Corvane T8 tablets", """
Soraya,

Attached is PO 24-1187 for sixty (60) T8 tablets at the quoted $310, total $18,600. Invoice to Harlow County Accounts Payable, net 30.

Gideon""", cc=["reuben"])
m("po1r", "soraya", ["gideon"], "2024-02-20 15:31", "RE: PO 24-1187 Corvane T8 tablets", """
Got it, thanks Gideon. Kwabena will schedule delivery with the jail.""", quote="po1")
m("g3", "kwabena", ["thuy"], "2024-02-27 11:10", "T8 delivery - and a few extra", """
Lt. Nguyen-Bell,

The sixty tablets on the PO arrive Thursday. I'm also putting twenty more in the shipment for your housing pods. There won't be an invoice for those twenty, they belong to the unit as long as you're on Corvane Voice. Figured your folks could use spares when the kids break the screens.

Kwabena""")
m("g3r", "thuy", ["kwabena"], "2024-02-27 16:44", "RE: T8 delivery - and a few extra", """
Kwabena that's generous, the pods will be happy. Thank you. I'll have Bronagh sign for all 80.""", quote="g3")
m("t1", "soraya", ["darnell"], "2024-03-01 09:02", "Insight trial for Classification", """
Sgt. Pickett,

I've switched on a 30-day trial of Corvane Insight for your classification team. It turns off on its own on March 31 unless the county subscribes, so there's nothing to cancel.

Soraya""")
m("t1r", "darnell", ["soraya"], "2024-03-01 10:15", "RE: Insight trial for Classification", """
Thanks. We'll kick the tires and let you know.""", quote="t1")
m("g1", "soraya", ["thuy"], "2024-03-06 13:40", "Saturday", """
Thuy!! Our suite at the Rivercats game this Saturday has two open seats and I'd love for you to have them. Bring your husband. Tickets in that section go for $175 apiece so don't let them go to waste :)

S.""", sig=False)
m("g1r", "thuy", ["soraya"], "2024-03-06 14:02", "RE: Saturday", """
We're in! Thank you so much, Soraya. He's already looking up parking.""", quote="g1")
m("d1", "soraya", ["darnell"], "2024-03-08 08:55", "Golf", """
Darnell, we've got a foursome at Cedar Hollow on the 22nd, lunch and greens fees on us. Want in?""")
m("d1r", "darnell", ["soraya"], "2024-03-08 12:30", "RE: Golf", """
Appreciate it but I'll have to pass. With the Insight trial running I'm not comfortable taking anything from a vendor right now. Policy.

Darnell""", quote="d1", sig=False)
m("g2", "fintan", ["reuben"], "2024-03-12 10:05", "CorrTech Summit - Nashville, April 15-18", """
Captain,

I'd like to have you out at CorrTech Summit in Nashville next month as our guest. Corvane will handle your registration ($1,295) and three nights at the Opryland hotel at $240 a night. Getting there is on us as well. You'd sit on our Tuesday panel about tablet programs, 45 minutes, no prep needed.

Let me know and Soraya will book everything.

Fintan""")
m("g2r", "reuben", ["fintan"], "2024-03-12 17:20", "RE: CorrTech Summit - Nashville, April 15-18", """
Fintan - count me in. Have Soraya send the details. Thanks for the invite.""", cc=["soraya"], quote="g2")
m("l1", "kwabena", ["bronagh"], "2024-03-14 09:30", "Kiosk for the open house", """
Bronagh,

For the family open house on the 23rd we can bring a demo VisitLink kiosk so families can try a video visit. We'll set it up Friday and I'll pick it back up Monday the 25th.

Kwabena""")
m("l1r", "bronagh", ["kwabena"], "2024-03-25 15:12", "RE: Kiosk for the open house", """
Kiosk went back on your truck this afternoon, all accounted for. Families loved it, thank you!""", quote="l1")
m("pub1", "soraya", ["bronagh"], "2024-03-18 11:00", "Family flyer - spring video visit promo", """
Hi Bronagh, here's the text for the lobby flyer:

"Spring special: any family can use code SPRINGVISIT at checkout for 10% off video visits through May 31."

It works for everyone, no sign-up needed. Could you post it in the lobby?""")
m("g4", "soraya", ["darnell"], "2024-03-28 16:18", "Trial survey", """
Darnell, thanks for filling out the Insight survey before the trial ended. We send a $100 Visa gift card to everyone who finishes it; it should arrive at the jail next week.""")
m("g4r", "darnell", ["soraya"], "2024-04-02 09:41", "RE: Trial survey", """
Got the card. Thank you.""", quote="g4", sig=False)
m("g6", "soraya", ["aurelio"], "2024-04-03 12:12", "dinner thurs?", """
Aurelio - I'm in town Thursday to walk the pods with Kwabena. Let me take you to dinner after, Marrow & Bone at 7? My treat, it's the least I can do for all the help on the install.""", sig=False)
m("g6r", "aurelio", ["soraya"], "2024-04-05 07:58", "RE: dinner thurs?", """
Thanks for dinner last night, that ribeye was unreal. See you at the next go-live.

A.""", quote="g6", sig=False)
m("r1", "thuy", ["anahit"], "2024-04-08 10:34", "Tablets / Corvane", """
Anahit,

Good seeing you at the jail administrators' meeting. You asked about the tablet program: we went with Corvane in February. When you call them, give them my referral code HCSO-TNB. You get 5% off your first order and they credit our unit for it.

Thuy""", cc=["soraya"])
m("r1r", "anahit", ["thuy"], "2024-04-08 13:50", "RE: Tablets / Corvane", """
Perfect, I'll pass HCSO-TNB to our purchasing folks. Thank you!""", quote="r1")
m("g7", "kwabena", ["bronagh"], "2024-04-10 14:25", "programs office kiosk", """
Bronagh,

We're retiring the VisitLink demo kiosk you had at the open house from our road fleet. Rather than ship it back to Atlanta, I'd like it to stay with the programs office for good, no charge. It's yours to keep for attorney visits or the GED classes.

Kwabena""")
m("g7r", "bronagh", ["kwabena"], "2024-04-10 16:03", "RE: programs office kiosk", """
Oh wow, yes please! The GED teachers will be thrilled. Thank you Kwabena.""", quote="g7")
m("s1", "yvette", ["kwabena"], "2024-04-11 08:20", "phones", """
Kwabena, thank you for getting the phones in B pod back up so quickly last night. Much appreciated.""")
m("p1", "reuben", ["gideon"], "2024-04-12 11:45", "Corvane contract renewal", """
Gideon,

For the renewal memo: I can't say enough good things about Corvane. Best vendor we've worked with in my twenty years in corrections, and the tablet program has cut grievances in half. I'd renew without going out to bid if the county allows it.

Reuben""", cc=["yvette"])
m("g5", "fintan", ["yvette"], "2024-04-12 15:10", "A small thank-you", """
Commander,

A basket is on its way to your office, a small thank-you from all of us at Corvane for a great first quarter together. Share it with the team!

Fintan""")
m("g5r", "yvette", ["fintan"], "2024-04-15 09:12", "RE: A small thank-you", """
It arrived, and it did not last the morning. Thank you, Fintan.""", quote="g5")
m("p2", "yvette", ["anahit"], "2024-04-16 13:30", "RE: video visitation", """
Anahit,

We've had the VisitLink kiosks about a year. Families use them every day and our lobby lines are gone. I'd recommend VisitLink to any jail our size.

Yvette""")

# ---- release: an Outlook CSV export
cols = ["Subject", "Body", "From: (Name)", "From: (Address)", "From: (Type)", "To: (Name)", "To: (Address)",
        "To: (Type)", "CC: (Name)", "CC: (Address)", "CC: (Type)", "BCC: (Name)", "BCC: (Address)", "BCC: (Type)",
        "Billing Information", "Categories", "Importance", "Mileage", "Sensitivity", "Sent"]
with open(out / "release.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_ALL)
    w.writerow(cols)
    for x in sorted(msgs, key=lambda x: x["dt"]):
        to, cc = x["to"], x["cc"]
        w.writerow([x["subject"], x["text"], P[x["frm"]][0], P[x["frm"]][1], "SMTP",
                    ";".join(P[t][0] for t in to), ";".join(P[t][1] for t in to), ";".join("SMTP" for _ in to),
                    ";".join(P[t][0] for t in cc), ";".join(P[t][1] for t in cc), ";".join("SMTP" for _ in cc),
                    "", "", "", "", "", "Normal", "", "Normal",
                    x["dt"].strftime("%-m/%-d/%Y %-I:%M %p")])

# ---- gold
ents = [dict(id=k, kind="person", name=v[0], aliases=[], emails=[v[1]], role=v[2], affiliation=v[3]) for k, v in P.items()]
ents += [
 dict(id="corvane", kind="organization", name="Corvane Justice Technologies", aliases=["Corvane"]),
 dict(id="hcso", kind="organization", name="Harlow County Sheriff's Office", aliases=[]),
 dict(id="harlowcounty", kind="organization", name="Harlow County Purchasing", aliases=["Harlow County"]),
 dict(id="dcso", kind="organization", name="Dorrance County Sheriff's Office", aliases=[]),
 dict(id="detdiv", kind="division", name="Detention Division", aliases=[]),
 dict(id="isu", kind="division", name="Inmate Services Unit", aliases=[]),
 dict(id="class", kind="division", name="Classification Unit", aliases=[]),
 dict(id="t8", kind="product", name="Corvane T8", aliases=["T8", "T8 tablet"]),
 dict(id="visitlink", kind="product", name="VisitLink", aliases=["VisitLink kiosk"]),
 dict(id="voice", kind="product", name="Corvane Voice", aliases=[]),
 dict(id="insight", kind="product", name="Corvane Insight", aliases=["Insight"]),
 dict(id="tnbcode", kind="code", name="HCSO-TNB", aliases=[]),
 dict(id="springcode", kind="code", name="SPRINGVISIT", aliases=[]),
]
def iso(d): return d.isoformat()
gm = [dict(id=x["mid"], sent=iso(x["dt"]), subject=x["subject"], **{"from": x["frm"]}, to=x["to"], cc=x["cc"]) for x in msgs]
rel = [
 dict(type="GIFT", source="soraya", target="thuy", items=[], value_usd=350, messages=["g1", "g1r"]),
 dict(type="GIFT", source="fintan", target="reuben", items=[], value_usd=2015, messages=["g2", "g2r"]),
 dict(type="GIFT", source="kwabena", target="isu", items=[{"product": "t8", "quantity": 20}], value_usd=6200, messages=["g3", "g3r"]),
 dict(type="GIFT", source="soraya", target="darnell", items=[], value_usd=100, messages=["g4", "g4r"]),
 dict(type="GIFT", source="fintan", target="yvette", items=[], value_usd=None, messages=["g5", "g5r"]),
 dict(type="GIFT", source="soraya", target="aurelio", items=[], value_usd=None, messages=["g6", "g6r"]),
 dict(type="GIFT", source="kwabena", target="bronagh", items=[{"product": "visitlink", "quantity": 1}], value_usd=4900, messages=["g7", "g7r"]),
 dict(type="REFERRAL", source="thuy", target="corvane", messages=["r1", "r1r"]),
 dict(type="PROMOTED", source="reuben", target="corvane", messages=["p1"]),
 dict(type="PROMOTED", source="yvette", target="visitlink", messages=["p2"]),
]
for k, v in P.items():
    rel.append(dict(type="MEMBER_OF", source=k, target=MEMBER.get(k, v[3])))
from collections import Counter
em = Counter()
for x in msgs:
    for t in x["to"] + x["cc"]:
        em[(x["frm"], t)] += 1
rel += [dict(type="EMAILED", source=s, target=t, count=c) for (s, t), c in sorted(em.items())]
json.dump(dict(entities=ents, messages=gm, relations=rel), open(out / "gold.json", "w"), indent=1, ensure_ascii=False)
print(len(msgs), "messages")
