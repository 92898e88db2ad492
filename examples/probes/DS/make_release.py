#!/usr/bin/env python3
"""Write the DS release: a folder of .eml files, one sub-folder per custodian, and its gold.json.

Everything here is invented (Harrow Valley Water Authority, Clearbrook Aquachem Systems, every
name, address, product and code); any resemblance to a real one is chance.
"""
import json
import os
import shutil
from collections import Counter
from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "release")
TZ = ZoneInfo("America/New_York")
HV, CB = "harrowvalleywater.org", "clearbrookaqua.com"

P = {  # id: (name, email, role, org, division)
    "gm": ("Delphine Ostrowe", f"dostrowe@{HV}", "officer", "hvwa", None),
    "ops": ("Ruben Calloway", f"rcalloway@{HV}", "officer", "hvwa", None),
    "plant": ("Marisol Tenbrook", f"mtenbrook@{HV}", "officer", "hvwa", "kessling"),
    "lab": ("Anand Velikov", f"avelikov@{HV}", "officer", "hvwa", "wql"),
    "buy": ("Corinne Habersham", f"chabersham@{HV}", "officer", "hvwa", None),
    "board": ("Walter Pennick", f"wpennick@{HV}", "officer", "hvwa", None),
    "tech": ("Hollis Quenby", f"hquenby@{HV}", "officer", "hvwa", "wql"),
    "sales": ("Trent Dorsey-Vail", f"tdorseyvail@{CB}", "vendor_employee", "clearbrook", None),
    "svc": ("Priya Lammergeier", f"plammergeier@{CB}", "vendor_employee", "clearbrook", None),
    "mkt": ("Jolene Frabbet", f"jfrabbet@{CB}", "vendor_employee", "clearbrook", None),
    "peer": ("Tamsin Rooke", "trooke@birchfieldmu.org", "other", "birchfield", None),
}
SIG = {
    "gm": "Delphine Ostrowe\nGeneral Manager\nHarrow Valley Water Authority",
    "ops": "Ruben Calloway\nOperations Superintendent\nHarrow Valley Water Authority",
    "plant": "Marisol Tenbrook\nPlant Supervisor, Kessling Road Treatment Plant\nHarrow Valley Water Authority",
    "lab": "Anand Velikov\nLaboratory Manager, Water Quality Laboratory\nHarrow Valley Water Authority",
    "buy": "Corinne Habersham\nProcurement Specialist\nHarrow Valley Water Authority",
    "board": "Walter Pennick\nBoard of Directors, Harrow Valley Water Authority",
    "tech": "Hollis Quenby\nLaboratory Technician, Water Quality Laboratory",
    "sales": "Trent Dorsey-Vail\nRegional Sales Manager\nClearbrook Aquachem Systems, Inc.\n(614) 555-0148",
    "svc": "Priya Lammergeier\nTechnical Service Representative\nClearbrook Aquachem Systems, Inc.",
    "mkt": "Jolene Frabbet\nMarketing Coordinator\nClearbrook Aquachem Systems, Inc.",
    "peer": "Tamsin Rooke\nDirector of Operations, Birchfield Municipal Utilities",
}


def addr(p):
    return f"{P[p][0]} <{P[p][1]}>"


def outlook_addr(p):
    first, last = P[p][0].split(" ", 1)
    return f"{last}, {first} <{P[p][1]}>"


M = {}


def msg(mid, frm, to, cc, when, subject, body, quoted=None, style="outlook", files=()):
    M[mid] = dict(id=mid, frm=frm, to=to, cc=cc, dt=datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ),
                  subject=subject, body=body.strip("\n"), quoted=quoted, style=style, files=files)


def header_block(q, style):
    d = q["dt"]
    if style == "gmail":
        return ("---------- Forwarded message ---------\n"
                f"From: {addr(q['frm'])}\n"
                f"Date: {d.strftime('%a, %b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}\n"
                f"Subject: {q['subject']}\n"
                f"To: {', '.join(addr(x) for x in q['to'])}\n"
                + (f"Cc: {', '.join(addr(x) for x in q['cc'])}\n" if q["cc"] else ""))
    return ("-----Original Message-----\n"
            f"From: {addr(q['frm'])}\n"
            f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {'; '.join(outlook_addr(x) for x in q['to'])}\n"
            + (f"Cc: {'; '.join(outlook_addr(x) for x in q['cc'])}\n" if q["cc"] else "")
            + f"Subject: {q['subject']}\n")


def render(m):
    text = m["body"]
    q = M[m["quoted"]] if m["quoted"] else None
    if not q:
        return text
    if m["style"] in ("bottom", "reply"):  # reply above or below a "> " quoted original
        d = q["dt"]
        intro = f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} {addr(q['frm'])} wrote:"
        quoted = "\n".join("> " + ln if ln else ">" for ln in render(q).split("\n"))
        return f"{intro}\n{quoted}\n\n{text}" if m["style"] == "bottom" else f"{text}\n\n{intro}\n{quoted}"
    return f"{text}\n\n{header_block(q, m['style'])}\n{render(q)}"


def eml(m):
    lines = [f"From: {addr(m['frm'])}", f"To: {', '.join(addr(x) for x in m['to'])}"]
    if m["cc"]:
        lines.append(f"Cc: {', '.join(addr(x) for x in m['cc'])}")
    lines += [f"Date: {format_datetime(m['dt'])}", f"Subject: {m['subject']}",
              f"Message-ID: <{m['id']}.{m['dt'].strftime('%Y%m%d%H%M')}@mail.{HV}>",
              "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""]
    return "\n".join(lines) + "\n" + render(m) + "\n"


# --- conference trip: offer only inside the forward; GM okays it; bottom-posted acceptance
msg("m01", "sales", ["ops"], [], "2026-02-03 10:14", "Tri-State Waterworks Operators Conference - Savannah", f"""
Ruben,

Clearbrook would like to host you at the Tri-State Waterworks Operators Conference in Savannah, April 21-23.
We'll cover your registration, round-trip airfare and three nights at the Riverside Marlowe Hotel - roughly
$1,840 all in. Say the word and I'll have Jolene book everything.

{SIG['sales']}""")
msg("m02", "ops", ["gm"], [], "2026-02-03 11:02", "FW: Tri-State Waterworks Operators Conference - Savannah",
    "see below - ok to accept?\n\nRuben", quoted="m01", files=("ops", "gm"))
msg("m03", "gm", ["ops"], [], "2026-02-03 13:30", "RE: FW: Tri-State Waterworks Operators Conference - Savannah", f"""
Ruben - that's fine, go ahead and accept. Put it on your annual gift disclosure form.

{SIG['gm']}""", quoted="m02", files=("gm", "ops"))
msg("m04", "ops", ["sales"], ["mkt"], "2026-02-03 14:05", "RE: Tri-State Waterworks Operators Conference - Savannah", f"""
Trent - Delphine signed off, so I'm happy to accept. Thank you, that's very kind of Clearbrook.
Jolene, please send the booking details when you have them.

{SIG['ops']}""", quoted="m01", style="bottom", files=("ops",))

# --- dinner: the invitation and the thanks survive only inside an FYI forward
msg("m05", "sales", ["plant"], [], "2026-02-10 16:20", "Dinner Thursday?", f"""
Marisol,

Are you free Thursday the 12th? I'd like to take you to dinner at the Copperline Grill and talk through
the filter gallery upgrade. Dinner is on Clearbrook, of course.

Trent""")
msg("m06", "plant", ["sales"], [], "2026-02-13 08:45", "RE: Dinner Thursday?", """
Trent, thank you for dinner last night - the short rib was excellent and the conversation was useful.

Marisol""", quoted="m05")
msg("m07", "plant", ["ops"], [], "2026-02-13 09:10", "FW: RE: Dinner Thursday?", f"""
FYI for the gift log - Trent paid for my dinner Thursday, my share came to about $74.

{SIG['plant']}""", quoted="m06", files=("plant", "ops"))

# --- analyser reagents on the house (Gmail-style forward to procurement)
msg("m08", "svc", ["lab"], [], "2026-02-17 14:41", "TurbiQuant reagent kits", f"""
Hi Anand,

I've shipped six TurbiQuant Reagent Kits to the lab today, on the house - no invoice will follow.
They list at $95 each. Hope they help with the turbidity verification runs.

{SIG['svc']}""")
msg("m09", "lab", ["svc"], [], "2026-02-18 09:05", "Re: TurbiQuant reagent kits", """
Priya - the six kits arrived this morning. Thanks very much, that's generous of you.

Anand""", quoted="m08", style="reply")
msg("m10", "lab", ["buy"], [], "2026-02-18 09:30", "Fwd: Re: TurbiQuant reagent kits", f"""
FYI - no PO needed for these, see below.

{SIG['lab']}""", quoted="m09", style="gmail", files=("lab", "buy"))

# --- declined gift after the GM's "see below" question
msg("m11", "svc", ["lab"], [], "2026-02-24 11:00", "Customer appreciation", f"""
Anand,

As part of our customer appreciation program we'd like to send you a backyard pellet smoker (retail $429).
Just confirm your home address and it will ship next week.

{SIG['svc']}""")
msg("m12", "lab", ["gm"], [], "2026-02-24 11:40", "FW: Customer appreciation",
    "see below - ok to accept?\n\nAnand", quoted="m11", files=("lab", "gm"))
msg("m13", "gm", ["lab"], [], "2026-02-24 15:12", "RE: FW: Customer appreciation", f"""
No - please decline. That is well over our $100 limit.

{SIG['gm']}""", quoted="m12", files=("gm", "lab"))
msg("m14", "lab", ["svc"], [], "2026-02-25 08:20", "RE: Customer appreciation", f"""
Priya, thank you for thinking of me, but I have to decline the smoker - it's over our gift limit.
Please don't send it.

{SIG['lab']}""", quoted="m11", files=("lab",))

# --- retirement gift basket (the note survives under the retiree's forward)
msg("m15", "mkt", ["tech"], [], "2026-03-02 10:00", "Happy retirement!", f"""
Hollis,

Congratulations on 31 years at Harrow Valley! We've sent a gift basket to the lab from all of us at
Clearbrook - gourmet coffee, cheeses and a few treats, about $125. Enjoy every minute of retirement.

{SIG['mkt']}""")
msg("m16", "tech", ["lab"], [], "2026-03-02 13:15", "FW: Happy retirement!", """
Look what Clearbrook sent me - the basket is in the break room, help yourselves!

Hollis""", quoted="m15", files=("lab",))

# --- sponsored golf foursome (board member)
msg("m17", "sales", ["board"], [], "2026-03-05 09:30", "Pinecrest Links charity scramble", f"""
Walter,

Clearbrook is sponsoring a foursome at the Harrow Valley Rotary charity scramble at Pinecrest Links on May 9
and we have one spot open. We'd love to have you play as our guest - entry is $175 per player and Clearbrook
covers it.

{SIG['sales']}""")
msg("m18", "board", ["sales"], [], "2026-03-05 12:02", "RE: Pinecrest Links charity scramble", """
Count me in - thanks for the invite, Trent.

Walter""", quoted="m17")
msg("m19", "board", ["gm"], [], "2026-03-06 08:15", "FW: RE: Pinecrest Links charity scramble", f"""
FYI - I'll list this on my board disclosure.

{SIG['board']}""", quoted="m18", files=("board", "gm"))

# --- paid chemical contract (negative)
msg("m25", "buy", ["sales"], ["gm"], "2026-01-27 15:00", "Award - Bid 26-014 ClearFloc 220 coagulant", f"""
Trent,

Harrow Valley Water Authority has awarded Bid 26-014 to Clearbrook Aquachem Systems, Inc.: 40 drums of
ClearFloc 220 at $612.00 per drum, total $24,480.00. PO 4471-26 is attached. Payment terms net 30.

{SIG['buy']}""", files=("buy", "gm"))

# --- loaner analyser returned (negative)
msg("m23", "svc", ["plant"], [], "2026-01-14 13:25", "ChlorSentry 400 loaner", f"""
Marisol,

The ChlorSentry 400 demo unit ships today for your 30-day evaluation. It's a loaner - please send it back
with the prepaid label when the trial ends.

{SIG['svc']}""")
msg("m24", "plant", ["svc"], [], "2026-02-16 10:10", "RE: ChlorSentry 400 loaner", f"""
Priya - the loaner went back by freight this morning, tracking number 1Z-88KQ-2046. Thanks for the trial.

{SIG['plant']}""", quoted="m23", files=("plant",))

# --- referral code passed on; an endorsement of the analyser
msg("m20", "sales", ["ops"], [], "2026-03-10 10:00", "Clearbrook utility referral program", f"""
Ruben,

If you know other utilities looking at online analysers, pass along your referral code CBK-REF-HV88.
When they order with it they get 10% off, and we credit $250 to Harrow Valley's operator training account.

{SIG['sales']}""")
msg("m21", "ops", ["peer"], ["plant"], "2026-03-11 16:45", "FW: Clearbrook utility referral program", f"""
Tamsin - see below. If you go ahead with the analysers, use our code CBK-REF-HV88 when you order.

{SIG['ops']}""", quoted="m20", files=("ops", "plant"))
msg("m22", "plant", ["peer"], [], "2026-03-12 09:20", "ChlorSentry 400", f"""
Tamsin,

Ruben mentioned you're shopping for chlorine analysers. We've run the ChlorSentry 400 at Kessling Road for
a year and I'd recommend it without hesitation - stable readings, and calibration takes ten minutes.

{SIG['plant']}""", files=("plant",))

# --- trade-show discount open to all (negative)
msg("m26", "mkt", ["buy"], [], "2026-03-16 08:00", "See Clearbrook at booth 412", f"""
Visit Clearbrook at booth 412 at the Tri-State expo! Every visitor gets 15% off PhosGuard 7 with code EXPO15
through April 30. The offer is open to all attendees.

{SIG['mkt']}""")
msg("m27", "buy", ["ops"], [], "2026-03-17 11:00", "FW: See Clearbrook at booth 412",
    "FYI - public expo discount, might be useful for the PhosGuard order.\n\nCorinne", quoted="m26", files=("buy", "ops"))

# --- board member's testimonial (bottom-posted)
msg("m28a", "mkt", ["board"], [], "2026-03-18 14:00", "Testimonial for our spring newsletter", f"""
Walter,

Would you be willing to give us a short quote for our spring customer newsletter?

{SIG['mkt']}""")
msg("m28", "board", ["mkt"], [], "2026-03-19 10:30", "Re: Testimonial for our spring newsletter", """
Happy to. You can use this: "Clearbrook Aquachem has been a dependable partner to Harrow Valley -
responsive, knowledgeable and easy to work with." - Walter Pennick""", quoted="m28a", style="bottom", files=("board",))

FOLDER = {"gm": "Ostrowe_Delphine", "ops": "Calloway_Ruben", "plant": "Tenbrook_Marisol", "lab": "Velikov_Anand",
          "buy": "Habersham_Corinne", "board": "Pennick_Walter"}


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    for m in M.values():
        for f in m["files"]:
            d = os.path.join(OUT, FOLDER[f])
            os.makedirs(d, exist_ok=True)
            name = f"{m['dt'].strftime('%Y%m%d-%H%M')}_{m['id']}.eml"
            with open(os.path.join(d, name), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(eml(m))
    ents = []
    for pid, (name, email, role, org, div) in P.items():
        ents.append(dict(id=pid, kind="person", name=name, emails=[email], role=role, affiliation=org))
    ents += [
        dict(id="hvwa", kind="organization", name="Harrow Valley Water Authority", aliases=["Harrow Valley"]),
        dict(id="clearbrook", kind="organization", name="Clearbrook Aquachem Systems, Inc.",
             aliases=["Clearbrook Aquachem Systems", "Clearbrook Aquachem", "Clearbrook"]),
        dict(id="birchfield", kind="organization", name="Birchfield Municipal Utilities"),
        dict(id="kessling", kind="division", name="Kessling Road Treatment Plant", aliases=["Kessling Road"]),
        dict(id="wql", kind="division", name="Water Quality Laboratory"),
        dict(id="chlorsentry", kind="product", name="ChlorSentry 400"),
        dict(id="turbiquant", kind="product", name="TurbiQuant Reagent Kit", aliases=["TurbiQuant Reagent Kits"]),
        dict(id="clearfloc", kind="product", name="ClearFloc 220"),
        dict(id="phosguard", kind="product", name="PhosGuard 7"),
        dict(id="code_ref", kind="code", name="CBK-REF-HV88"),
        dict(id="code_expo", kind="code", name="EXPO15"),
    ]
    msgs = [dict(id=m["id"], sent=m["dt"].isoformat(), subject=m["subject"]) for m in sorted(M.values(), key=lambda m: m["dt"])]
    rels = [
        dict(type="GIFT", source="sales", target="ops", value_usd=1840, items=[], messages=["m01", "m02", "m03", "m04"]),
        dict(type="GIFT", source="sales", target="plant", value_usd=74, items=[], messages=["m05", "m06", "m07"]),
        dict(type="GIFT", source="svc", target="lab", value_usd=570, items=[{"product": "turbiquant", "quantity": 6}],
             messages=["m08", "m09", "m10"]),
        dict(type="GIFT", source="mkt", target="tech", value_usd=125, items=[], messages=["m15", "m16"]),
        dict(type="GIFT", source="sales", target="board", value_usd=175, items=[], messages=["m17", "m18", "m19"]),
        dict(type="REFERRAL", source="ops", target="clearbrook", messages=["m20", "m21"]),
        dict(type="PROMOTED", source="plant", target="chlorsentry", messages=["m22"]),
        dict(type="PROMOTED", source="board", target="clearbrook", messages=["m28"]),
    ]
    for pid, (_, _, _, org, div) in P.items():
        rels.append(dict(type="MEMBER_OF", source=pid, target=org, messages=[]))
        if div:
            rels.append(dict(type="MEMBER_OF", source=pid, target=div, messages=[]))
    cnt, ev = Counter(), {}
    for m in M.values():
        for r in m["to"] + m["cc"]:
            cnt[(m["frm"], r)] += 1
            ev.setdefault((m["frm"], r), []).append(m["id"])
    for (s, t), c in sorted(cnt.items()):
        rels.append(dict(type="EMAILED", source=s, target=t, count=c, messages=ev[(s, t)]))
    gold = dict(entities=ents, messages=msgs, relations=rels)
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
