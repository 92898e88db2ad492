#!/usr/bin/env python3
"""Build release.mbox (a Thunderbird folder export) and gold.json for probe BM.

Invented: Voltline Patrol Cycles (electric patrol bikes) and the Calder Valley University Police
Department. Every name, address, code, serial and price here is made up.
Run from this directory: python3 make_release.py
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

LA = ZoneInfo("America/Los_Angeles")

PEOPLE = {
    "dana": ("Dana Okafor", "dokafor@voltlinecycles.com"),
    "trevor": ("Trevor Lindqvist", "tlindqvist@voltlinecycles.com"),
    "marisol": ("Marisol Fenwick", "mfenwick@voltlinecycles.com"),
    "ben": ("Ben Achterberg", "bachterberg@police.calderu.edu"),
    "priya": ("Priya Ramaswamy", "pramaswamy@police.calderu.edu"),
    "mike": ("Mike Drummond", "mdrummond@police.calderu.edu"),
    "luis": ("Luis Cardenas", "lcardenas@police.calderu.edu"),
    "gwen": ("Gwen Tollefson", "gtollefson@police.calderu.edu"),
    "kai": ("Kai Kealoha", "kkealoha@ridgelinecc.edu"),
    "rhonda": ("Rhonda Pelletier", "rpelletier@ashbystate.edu"),
}

SIG_DANA = """Dana Okafor
Regional Sales Manager, West
Voltline Patrol Cycles
(541) 555-0187 | voltlinecycles.com"""

SIG_BEN = """Sgt. Ben Achterberg
Bike Patrol Unit
Calder Valley University Police Department
(530) 555-0142"""

SIG_MARISOL = """Marisol Fenwick
Community Partnerships | Voltline Patrol Cycles"""

SIG_LUIS = """Luis Cardenas
Officer, Community Engagement Unit
Calder Valley University Police Department"""

SIG_PRIYA = """Officer Priya Ramaswamy #417
Bike Patrol Unit
Calder Valley University Police Department"""

SIG_GWEN = """Lt. Gwen Tollefson
Support Services Division
Calder Valley University Police Department
(530) 555-0110"""

IPHONE = "\n\nSent from my iPhone"
OUTLOOK_ANDROID = "\n\nSent from Outlook for Android"
GET_OUTLOOK = "\n\nGet Outlook for Android"


def addr(pid):
    n, e = PEOPLE[pid]
    return f"{n} <{e}>"


def h12(dt, secs=False):
    s = dt.strftime("%I:%M:%S %p" if secs else "%I:%M %p")
    return s[1:] if s.startswith("0") else s


def q_iphone(m):
    dt = m["dt"]
    head = f"On {dt.strftime('%b')} {dt.day}, {dt.year}, at {h12(dt)}, {addr(m['from'])} wrote:"
    lines = [head, ""] + m["body"].split("\n")
    return "\n".join("> " + l if l else ">" for l in lines)


def q_android(m):
    dt = m["dt"]
    out = ["________________________________",
           f"From: {addr(m['from'])}",
           f"Sent: {dt.strftime('%A, %B')} {dt.day}, {dt.year} {h12(dt, True)}",
           "To: " + "; ".join(addr(p) for p in m["to"])]
    if m.get("cc"):
        out.append("Cc: " + "; ".join(addr(p) for p in m["cc"]))
    out += [f"Subject: {m['subject']}", "", m["body"]]
    return "\n".join(out)


def q_outlook(m):
    dt = m["dt"]
    n, e = PEOPLE[m["from"]]
    out = ["", "From: " + f"{n} <{e}>",
           f"Sent: {dt.strftime('%A, %B')} {dt.day}, {dt.year} {h12(dt)}",
           "To: " + "; ".join(PEOPLE[p][0] for p in m["to"])]
    if m.get("cc"):
        out.append("Cc: " + "; ".join(PEOPLE[p][0] for p in m["cc"]))
    out += [f"Subject: {m['subject']}", "", m["body"]]
    return "\n".join(out)


def q_gmail(m):
    dt = m["dt"]
    head = f"On {dt.strftime('%a, %b')} {dt.day}, {dt.year} at {h12(dt)} {addr(m['from'])} wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in m["body"].split("\n"))


MSGS: list[dict] = []
BYID: dict[str, dict] = {}


def msg(mid, frm, to, cc, when, subject, body, *, kind="plain", zone="local", reply=None, quote=None,
        agent=None, bottom=False, attach=None):
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LA)
    m = dict(id=mid, **{"from": frm}, to=to, cc=cc, dt=dt, subject=subject, body=body, kind=kind,
             zone=zone, reply=reply, agent=agent, attach=attach)
    full = body
    if quote:
        qfn, qid = quote
        q = qfn(BYID[qid])
        full = (q + "\n\n" + body) if bottom else (body + "\n\n" + q)
    m["full"] = full
    MSGS.append(m)
    BYID[mid] = m
    return m


TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"
OUTLOOK16 = "Microsoft Outlook 16.0"

# --- the pilot bikes -------------------------------------------------------------------------
msg("a1", "dana", ["ben"], ["trevor"], "2025-02-11 09:12:38", "Sentinel 500 pilot for CVUPD", f"""Hi Ben,

Great meeting you and Officer Ramaswamy at the safety expo in Sacramento last week, and thanks for taking the test loop around the parking structure with us.

As promised, we'd like to set your Bike Patrol Unit up with two Sentinel 500 patrol e-bikes for a 90-day pilot, fully kitted (rear rack, siren, lockable trunk). No strings attached: once the pilot wraps up, both bikes are yours to keep. For your records they list at $3,400 each.

Trevor Lindqvist, our field rep for the Bay-to-Sierra territory, will deliver them and do fittings next week. Just let him know what day works.

Best,
Dana

{SIG_DANA}""", kind="alt_qp", agent=TB)

msg("a2", "ben", ["dana"], ["trevor"], "2025-02-11 11:47:05", "Re: Sentinel 500 pilot for CVUPD",
    "Outstanding, thank you. Thursday the 13th works for drop off at the Ellis Hall substation." + IPHONE,
    reply="a1", quote=(q_iphone, "a1"), agent="iPhone Mail (22D63)")

msg("a3", "trevor", ["ben"], ["priya"], "2025-02-13 16:05:51", "RE: Sentinel 500 pilot for CVUPD", """Both bikes are in the cage at the Ellis Hall substation. Serials VL5-22871 and VL5-22874, keys are on the hook by the door. Seat posts set for Ben and Priya. Mike D is going to need the long post (he's 6'4"), I'll bring one by.

Trevor""" + OUTLOOK_ANDROID, zone="utc", reply="a2", quote=(q_android, "a2"))

msg("a4", "priya", ["trevor"], ["ben"], "2025-02-13 16:20:12", "Re: Sentinel 500 pilot for CVUPD",
    "yep got them, thx trevor!! \U0001F6B2" + IPHONE, kind="plain_qp", reply="a3", quote=(q_iphone, "a3"),
    agent="iPhone Mail (22D63)")

# --- helmets and lights ----------------------------------------------------------------------
msg("b1", "trevor", ["priya"], [], "2025-02-20 10:30:44", "helmets + lights", """Hi Priya \u2014 dropped off 4 Aegis helmets and 4 Flare light kits at your front desk this morning for you and the squad. No charge, that's on us. If your ethics office wants a number for the disclosure, the helmets are $110 apiece and the Flare kits $45, so $620 all in.""" + OUTLOOK_ANDROID,
    kind="plain_qp", zone="utc")

msg("b2", "priya", ["trevor"], [], "2025-02-20 12:02:31", "Re: helmets + lights",
    "sure thing, thank you!! squad is stoked. ill log it on the disclosure form" + IPHONE,
    kind="plain_qp", reply="b1", quote=(q_iphone, "b1"), agent="iPhone Mail (22D63)")

# --- demo bike loaned and returned (distractor) -----------------------------------------------
msg("c1", "ben", ["trevor"], [], "2025-02-24 08:15:09", "demo bike for cadet ride-along", f"""Trevor,

Any chance we could borrow a third bike for the cadet ride-along Wed through Fri this week? Three cadets, two Sentinels.

Thanks,
Ben

{SIG_BEN}""", agent=OUTLOOK16)

msg("c2", "trevor", ["ben"], [], "2025-02-24 09:02:18", "RE: demo bike for cadet ride-along",
    "Sure thing. I can lend you our Sentinel 300 demo through Friday, need it back for a show in Reno on Saturday. Dropping it off tmrw am." + OUTLOOK_ANDROID,
    zone="utc", reply="c1", quote=(q_android, "c1"))

msg("c3", "ben", ["trevor"], [], "2025-02-28 17:40:55", "RE: demo bike for cadet ride-along", f"""Trevor,

The demo 300 is locked up back in your van as of 5:30. Thanks for the loan, the cadets loved it.

Ben

{SIG_BEN}""", reply="c2", quote=(q_outlook, "c2"), agent=OUTLOOK16)

# --- lunch --------------------------------------------------------------------------------------
msg("d1", "dana", ["ben"], [], "2025-03-04 13:10:27", "Lunch Thursday?", """Ben \u2014 I'm down in Calder on Thursday. Want to grab lunch at that taco place on Fremont around noon? My treat. I'd love to hear how the first few weeks of the pilot have gone.

Dana""", kind="alt_qp", agent=TB)

msg("d2", "ben", ["dana"], [], "2025-03-04 14:22:40", "Re: Lunch Thursday?", "yep. noon works" + IPHONE,
    reply="d1", quote=(q_iphone, "d1"), agent="iPhone Mail (22D63)")

msg("d3", "ben", ["dana"], [], "2025-03-07 08:05:13", "RE: Lunch Thursday?", f"""Dana,

Thanks again for lunch yesterday, and for sitting through all my notes on the throttle lag. For our gift log I recorded it at $42, my share of the bill.

Ben

{SIG_BEN}""", reply="d2", quote=(q_outlook, "d1"), agent=OUTLOOK16)

# --- battery upgrade across the DST change ---------------------------------------------------------
msg("e1", "trevor", ["mike"], [], "2025-03-08 21:41:17", "your bike", """Mike \u2014 when I grabbed your Sentinel today for the long seat post I also swapped the stock pack for a Longhaul 1000Wh extended battery. No charge for the upgrade (it's a $780 part). You're putting on more miles than anyone else in the Bike Patrol Unit so figured you'd get the most out of it. Should be good for 45+ miles a charge.

T""" + OUTLOOK_ANDROID, kind="plain_qp", zone="utc")

msg("e2", "mike", ["trevor"], [], "2025-03-09 10:02:44", "Re: your bike",
    "dude thank you. did 41 miles on one charge today lol" + IPHONE, kind="plain_qp", reply="e1",
    quote=(q_iphone, "e1"), bottom=True, agent="iPhone Mail (22D63)")

# --- personal referral code --------------------------------------------------------------------
msg("f1", "dana", ["mike"], ["marisol"], "2025-03-12 14:20:03", "Your Voltline referral code", f"""Hi Mike,

Trevor tells me you've become the Sentinel's biggest fan over there, so we've set you up with a personal referral code: DRUMMOND250. When another agency orders with your code they get free shipping, and you get a $250 credit toward Voltline gear for every order placed with it. Marisol Fenwick on our partnerships team keeps track of the credits \u2014 I've copied her here.

Thanks for riding with us!

Dana

{SIG_DANA}""", kind="alt_qp", agent=TB)

msg("f2", "mike", ["dana"], ["marisol"], "2025-03-12 14:51:30", "Re: Your Voltline referral code",
    "sweet, thx" + IPHONE, kind="plain_qp", reply="f1", quote=(q_iphone, "f1"), agent="iPhone Mail (22D63)")

msg("f3", "mike", ["kai"], [], "2025-03-18 19:55:12", "bikes",
    "hey kai, the ebikes i was telling you about at the academy reunion are voltline. if your dept ends up ordering put my code DRUMMOND250 in at checkout, you get free shipping" + IPHONE,
    agent="iPhone Mail (22D63)")

msg("f4", "kai", ["mike"], [], "2025-03-19 08:31:40", "RE: bikes", """Will pass it to my LT. Thanks brother

Sgt. Kai Kealoha
Ridgeline Community College Police Department""" + GET_OUTLOOK, zone="utc", reply="f3", quote=(q_android, "f3"))

# --- public student discount (distractor) ------------------------------------------------------
msg("g1", "luis", ["marisol"], [], "2025-03-20 11:14:09", "student discount?", f"""Hi Marisol,

Dana gave me your name. At our last few safety tables students keep asking whether Voltline has anything for commuters, and whether there's a student price. Anything I can pass along?

Thanks,
{SIG_LUIS}""", agent=OUTLOOK16)

msg("g2", "marisol", ["luis"], [], "2025-03-20 15:47:36", "Re: student discount?", f"""Hi Luis! Great question. The Sentinel line is fleet-only, but our Commuter C2 is what most students ride. Any student can use code CALDERSTUDENT15 for 15% off at checkout on voltlinecycles.com \u2014 it's public on our education page, so feel free to print it on flyers or put it out at your table.

{SIG_MARISOL}""", kind="alt_qp", reply="g1", quote=(q_gmail, "g1"))

# --- bike safety day sponsorship, with the cheque scan attached -----------------------------------
msg("h1", "marisol", ["luis"], ["dana"], "2025-03-26 10:02:19", "Bike Safety Day sponsorship", f"""Hi Luis,

Voltline is excited to sponsor Bike Safety Day on April 12! Attached is our sponsorship letter with a scan of the cheque: $1,500 payable to the CVUPD Community Engagement Unit. The original went out in today's mail.

We'll also bring a tent and a few demo bikes for the obstacle course (those come home with us at the end of the day).

Cheers,
{SIG_MARISOL}""", kind="attach", attach="Voltline_BikeSafetyDay_Sponsorship.pdf")

msg("h2", "luis", ["marisol"], ["dana"], "2025-03-26 12:40:51", "Re: Bike Safety Day sponsorship",
    "Got it, thank you so much!! That covers the helmet giveaway for the kids" + IPHONE, reply="h1",
    quote=(q_iphone, "h1"), agent="iPhone Mail (22D63)")

# --- safety blog praise --------------------------------------------------------------------------
msg("i1", "priya", ["luis"], ["ben"], "2025-04-02 15:30:22", "Safety Blog draft - bike patrol", f"""Hi Luis,

Here's my draft for the Campus Safety Blog, let me know if it runs long.

---
Pedal Power: Bike Patrol Goes Electric

Since February, officers in the CVUPD Bike Patrol Unit have been patrolling on the Voltline Sentinel 500, and it has changed how we cover campus. I can get from the north residence halls to the stadium in under four minutes, and I'm not drenched when I get there. The Sentinel 500 is quiet, it handles the stairs behind the library, and the battery lasts a full shift. If you work at another campus department that is thinking about e-bikes, I\u2019d recommend the Sentinel 500 without hesitation.
---

Thanks!
Priya

{SIG_PRIYA}""", kind="plain_qp", agent=OUTLOOK16)

msg("i2", "luis", ["priya"], ["ben"], "2025-04-02 16:03:08", "Re: Safety Blog draft - bike patrol",
    "love it. going up monday" + IPHONE, reply="i1", quote=(q_iphone, "i1"), agent="iPhone Mail (22D63)")

# --- praise to another campus ----------------------------------------------------------------------
msg("k1", "ben", ["rhonda"], [], "2025-04-08 09:47:31", "e-bikes", f"""Rhonda,

You asked at the regional chiefs' meeting what we're using for e-bikes. We've been running Voltline for two months now and I can't say enough good things about them. Best patrol bikes we've had in the 11 years I've run this unit, and their support is top notch: they came out on a Saturday to fix a brake. If Ashby is shopping, I'd go with Voltline. Their rep is Dana Okafor (dokafor@voltlinecycles.com), happy to connect you.

Ben

{SIG_BEN}""", agent=OUTLOOK16)

msg("k2", "rhonda", ["ben"], [], "2025-04-08 12:15:02", "RE: e-bikes", """Appreciate it Ben. I'll reach out to her.

Sgt. Rhonda Pelletier
Ashby State University Police Department""" + GET_OUTLOOK, zone="utc", reply="k1", quote=(q_android, "k1"))

# --- jersey as a thank-you ---------------------------------------------------------------------------
msg("j1", "marisol", ["luis"], [], "2025-04-14 09:20:45", "Thank you!", f"""Luis, thanks for having us on Saturday \u2014 200+ riders through the helmet check! As a small thank-you I'm sending you a Voltline team jersey. What size do you wear?

{SIG_MARISOL}""", kind="alt_qp")

msg("j2", "luis", ["marisol"], [], "2025-04-14 09:58:13", "Re: Thank you!", "L. thank you!!" + IPHONE,
    reply="j1", quote=(q_iphone, "j1"), agent="iPhone Mail (22D63)")

# --- paid purchase (distractor) ----------------------------------------------------------------------
msg("l1", "gwen", ["dana"], ["ben"], "2025-04-15 10:11:50", "PO 25-0417 - Sentinel 500 x4", f"""Dana,

Following the pilot, CVUPD is purchasing four more Sentinel 500 patrol bikes at the quoted $3,400 each ($13,600 total). Our PO number is 25-0417, terms net 30, ship to the Ellis Hall substation. Please send the invoice to our accounts payable inbox.

{SIG_GWEN}""", agent=OUTLOOK16)

msg("l2", "dana", ["gwen"], ["ben"], "2025-04-15 11:30:02", "RE: PO 25-0417 - Sentinel 500 x4",
    "Thank you, Lieutenant! They ship from our Bend warehouse on the 22nd, invoice 88213 to follow." + IPHONE,
    reply="l1", quote=(q_iphone, "l1"), agent="iPhone Mail (22D63)")

# --- quoted price ------------------------------------------------------------------------------------
msg("q1", "dana", ["ben"], [], "2025-04-22 10:40:00", "cargo trailer pricing", """Ben,

You asked about a trailer for hauling cones and the AED kit to events. Our TowPak cargo trailer runs $1,150, or $1,050 each if you take two. Happy to send a formal quote.

Dana""", kind="alt_qp", agent=TB)

msg("q2", "ben", ["dana"], [], "2025-04-22 13:17:26", "Re: cargo trailer pricing",
    "Not this fiscal year. Maybe July." + IPHONE, reply="q1", quote=(q_iphone, "q1"), agent="iPhone Mail (22D63)")

# --- declined offer ----------------------------------------------------------------------------------
msg("m1", "dana", ["ben"], ["priya"], "2025-04-29 15:12:20", "Factory ride weekend - May 17-18", f"""Ben, Priya \u2014

We're hosting a factory ride weekend at our Bend HQ on May 17\u201318 for a few partner agencies. We'd cover the hotel for both nights and dinner on Saturday. Would love to have you both out.

Dana

{SIG_DANA}""", kind="alt_qp", agent=TB)

msg("m2", "ben", ["dana"], ["priya"], "2025-04-29 16:40:09", "RE: Factory ride weekend - May 17-18", """Appreciate the invite, Dana, but we'll have to pass. Department policy doesn't allow vendor-paid travel. Have a good ride.

Ben""" + IPHONE, reply="m1", quote=(q_iphone, "m1"), agent="iPhone Mail (22D63)")

# --- invoice paid ------------------------------------------------------------------------------------
msg("l3", "gwen", ["dana"], [], "2025-05-20 14:05:33", "RE: PO 25-0417 - Sentinel 500 x4", f"""Dana,

Invoice 88213 was paid in full by ACH this morning. Thanks for getting the bikes out quickly.

{SIG_GWEN}""", reply="l2", quote=(q_outlook, "l2"), agent=OUTLOOK16)


def pdf_bytes() -> bytes:
    text = [
        "Voltline Patrol Cycles - Community Sponsorship",
        "March 26, 2025",
        "To: CVUPD Community Engagement Unit, Bike Safety Day",
        "Voltline is proud to sponsor Bike Safety Day (April 12, 2025).",
        "Cheque No. 40417   Amount: $1,500.00",
        "Pay to the order of: CVUPD Community Engagement Unit",
        "Marisol Fenwick, Community Partnerships",
    ]
    stream = "BT /F1 11 Tf 60 740 Td 14 TL " + " ".join(f"({t}) Tj T*" for t in text) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def html_of(text: str) -> str:
    import html
    paras = text.split("\n\n")
    body = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</head>\n'
            f'<body>\n{body}</body>\n</html>\n')


POL = policy.default.clone(linesep="\n", max_line_length=78)


def build(m) -> bytes:
    e = EmailMessage(policy=POL)
    hosts = {"voltlinecycles.com": "mail.voltlinecycles.com", "police.calderu.edu": "mx1.calderu.edu"}
    e["Return-Path"] = f"<{PEOPLE[m['from']][1]}>"
    utc = m["dt"].astimezone(timezone.utc)
    e["Received"] = (f"from {hosts.get(PEOPLE[m['from']][1].split('@')[1], 'outbound.protection.outlook.com')} "
                     f"by mx1.calderu.edu with ESMTPS; {format_datetime(utc)}")
    e["Message-ID"] = f"<{m['id']}.{int(utc.timestamp())}@{PEOPLE[m['from']][1].split('@')[1]}>"
    if m["reply"]:
        r = BYID[m["reply"]]
        rid = f"<{r['id']}.{int(r['dt'].astimezone(timezone.utc).timestamp())}@{PEOPLE[r['from']][1].split('@')[1]}>"
        e["In-Reply-To"] = rid
        e["References"] = rid
    e["Date"] = format_datetime(utc if m["zone"] == "utc" else m["dt"])
    e["From"] = addr(m["from"])
    e["To"] = ", ".join(addr(p) for p in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(addr(p) for p in m["cc"])
    e["Subject"] = m["subject"]
    if m["agent"]:
        e["User-Agent" if "Thunderbird" in m["agent"] else "X-Mailer"] = m["agent"]
    text = m["full"] + "\n"
    if m["kind"] == "plain":
        e.set_content(text, cte="7bit" if text.isascii() else "8bit")
    elif m["kind"] == "plain_qp":
        e.set_content(text, cte="quoted-printable")
    elif m["kind"] == "alt_qp":
        e.set_content(text, cte="quoted-printable")
        e.add_alternative(html_of(m["full"]), subtype="html", cte="quoted-printable")
    elif m["kind"] == "attach":
        e.set_content(text, cte="quoted-printable")
        e.add_alternative(html_of(m["full"]), subtype="html", cte="quoted-printable")
        e.add_attachment(pdf_bytes(), maintype="application", subtype="pdf", filename=m["attach"])
    return e.as_bytes(policy=POL)


def mbox() -> bytes:
    out = b""
    for m in sorted(MSGS, key=lambda m: m["dt"]):
        local = m["dt"]
        out += f"From - {local.strftime('%a %b')} {local.day:2d} {local.strftime('%H:%M:%S %Y')}\n".encode()
        out += b"X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:" + b" " * 80 + b"\n"
        raw = build(m)
        lines = raw.split(b"\n")
        lines = [b">" + l if l.startswith(b"From ") else l for l in lines]
        out += b"\n".join(lines).rstrip(b"\n") + b"\n\n"
    return out


# ------------------------------------------------------------------------------------------- gold
def person(pid, role, aff, aliases=()):
    n, e = PEOPLE[pid]
    return dict(id=pid, kind="person", name=n, aliases=list(aliases), emails=[e], role=role, affiliation=aff)


ENTITIES = [
    person("dana", "vendor_employee", "voltline"),
    person("trevor", "vendor_employee", "voltline"),
    person("marisol", "vendor_employee", "voltline"),
    person("ben", "officer", "cvupd", ["Sgt. Ben Achterberg"]),
    person("priya", "officer", "cvupd", ["Officer Priya Ramaswamy"]),
    person("mike", "officer", "cvupd"),
    person("luis", "officer", "cvupd"),
    person("gwen", "officer", "cvupd", ["Lt. Gwen Tollefson"]),
    person("kai", "officer", "ridgeline", ["Sgt. Kai Kealoha"]),
    person("rhonda", "officer", "ashby", ["Sgt. Rhonda Pelletier"]),
    dict(id="voltline", kind="organization", name="Voltline Patrol Cycles", aliases=["Voltline"]),
    dict(id="cvupd", kind="organization", name="Calder Valley University Police Department", aliases=["CVUPD"]),
    dict(id="ridgeline", kind="organization", name="Ridgeline Community College Police Department", aliases=[]),
    dict(id="ashby", kind="organization", name="Ashby State University Police Department", aliases=["Ashby"]),
    dict(id="bpu", kind="division", name="Bike Patrol Unit", aliases=["CVUPD Bike Patrol Unit"]),
    dict(id="ceu", kind="division", name="Community Engagement Unit", aliases=["CVUPD Community Engagement Unit"]),
    dict(id="ssd", kind="division", name="Support Services Division", aliases=[]),
    dict(id="s500", kind="product", name="Voltline Sentinel 500", aliases=["Sentinel 500", "Sentinel"]),
    dict(id="s300", kind="product", name="Sentinel 300", aliases=[]),
    dict(id="aegis", kind="product", name="Aegis helmet", aliases=["Aegis"]),
    dict(id="flare", kind="product", name="Flare light kit", aliases=["Flare"]),
    dict(id="longhaul", kind="product", name="Longhaul 1000Wh extended battery", aliases=["Longhaul"]),
    dict(id="c2", kind="product", name="Commuter C2", aliases=[]),
    dict(id="towpak", kind="product", name="TowPak cargo trailer", aliases=["TowPak"]),
    dict(id="code-drummond", kind="code", name="DRUMMOND250", aliases=[]),
    dict(id="code-student", kind="code", name="CALDERSTUDENT15", aliases=[]),
]

RELATIONS = [
    dict(type="GIFT", source="dana", target="ben", items=[dict(product="s500", quantity=2)], value_usd=6800,
         messages=["a1", "a2"]),
    dict(type="GIFT", source="trevor", target="priya",
         items=[dict(product="aegis", quantity=4), dict(product="flare", quantity=4)], value_usd=620,
         messages=["b1", "b2"]),
    dict(type="GIFT", source="dana", target="ben", items=[], value_usd=42, messages=["d1", "d3"]),
    dict(type="GIFT", source="trevor", target="mike", items=[dict(product="longhaul", quantity=1)], value_usd=780,
         messages=["e1", "e2"]),
    dict(type="GIFT", source="marisol", target="ceu", items=[], value_usd=1500, messages=["h1", "h2"]),
    dict(type="GIFT", source="marisol", target="luis", items=[], value_usd=None, messages=["j1", "j2"]),
    dict(type="REFERRAL", source="mike", target="voltline", messages=["f1", "f3"]),
    dict(type="PROMOTED", source="priya", target="s500", messages=["i1"]),
    dict(type="PROMOTED", source="ben", target="voltline", messages=["k1"]),
    dict(type="MEMBER_OF", source="dana", target="voltline"),
    dict(type="MEMBER_OF", source="trevor", target="voltline"),
    dict(type="MEMBER_OF", source="marisol", target="voltline"),
    dict(type="MEMBER_OF", source="ben", target="bpu"),
    dict(type="MEMBER_OF", source="priya", target="bpu"),
    dict(type="MEMBER_OF", source="mike", target="bpu"),
    dict(type="MEMBER_OF", source="luis", target="ceu"),
    dict(type="MEMBER_OF", source="gwen", target="ssd"),
    dict(type="MEMBER_OF", source="kai", target="ridgeline"),
    dict(type="MEMBER_OF", source="rhonda", target="ashby"),
]


def gold() -> dict:
    messages = []
    counts: dict[tuple[str, str], int] = {}
    for m in sorted(MSGS, key=lambda m: m["dt"]):
        messages.append(dict(id=m["id"], sent=m["dt"].isoformat(), subject=m["subject"], **{"from": m["from"]},
                             to=m["to"], cc=m["cc"]))
        for r in m["to"] + m["cc"]:
            counts[(m["from"], r)] = counts.get((m["from"], r), 0) + 1
    rel = list(RELATIONS) + [dict(type="EMAILED", source=s, target=t, count=c) for (s, t), c in counts.items()]
    return dict(entities=ENTITIES, messages=messages, relations=rel)


if __name__ == "__main__":
    with open("release.mbox", "wb") as f:
        f.write(mbox())
    with open("gold.json", "w", encoding="utf-8") as f:
        json.dump(gold(), f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(len(MSGS), "messages")
