#!/usr/bin/env python3
"""Builds takeout.mbox (a Google Takeout style export) and gold.json for probe BB. Fiction throughout."""
from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
DEN = ZoneInfo("America/Denver")
LA = ZoneInfo("America/Los_Angeles")

P = {  # id: (display name, address)
    "quill": ("Brendan Quill", "bquill@sonarisacoustics.com"),
    "oyelaran": ("Tamsin Oyelaran", "toyelaran@sonarisacoustics.com"),
    "vettel": ("Marco Vettel", "mvettel@sonarisacoustics.com"),
    "kessler": ("Dana Kessler", "dkessler@alderfallspd.org"),
    "natarajan": ("Priya Natarajan", "pnatarajan@alderfallspd.org"),
    "halvorsen": ("Ray Halvorsen", "ray.halvorsen@alderfallspd.org"),
    "halvorsen_g": ("Ray Halvorsen", "rhalvorsen77@gmail.com"),
    "carrasco": ("Luis Carrasco", "lcarrasco@alderfallspd.org"),
    "whitford": ("Gail Whitford", "gwhitford@alderfallspd.org"),
    "pruitt": ("Jamal Pruitt", "jpruitt@alderfallspd.org"),
    "lindqvist": ("Howard Lindqvist", "hlindqvist@alderfallspd.org"),
    "ames": ("Victor Ames", "vames@alderfallsco.gov"),
    "abernathy": ("Fern Abernathy", "fern.abernathy@cottonwoodflats.org"),
    "duchamp": ("Renee Duchamp", "reneeduchamp.eastgate@gmail.com"),
}

SIG = {
    "quill": "Brendan Quill\nRegional Sales Director, Mountain West\nSonaris Acoustics, Inc.\n(619) 555-0142",
    "oyelaran": "Tamsin Oyelaran\nCustomer Success Manager | Sonaris Acoustics\n(619) 555-0178",
    "vettel": "Marco Vettel\nCommunity Programs Lead\nSonaris Acoustics",
    "kessler": "Lt. Dana Kessler\nCommander, Real-Time Crime Center\nAlder Falls Police Department",
    "natarajan": "Officer Priya Natarajan\nReal-Time Crime Center\nAlder Falls Police Department",
    "halvorsen": "Sgt. Ray Halvorsen #4471\nGang Unit | Alder Falls Police Department",
    "carrasco": "Det. Luis Carrasco\nGang Unit\nAlder Falls Police Department",
    "whitford": "Commander Gail Whitford\nDistrict 4\nAlder Falls Police Department",
    "pruitt": "Officer Jamal Pruitt\nCommunity Resource Officer, District 2\nAlder Falls Police Department",
    "lindqvist": "Howard Lindqvist\nDeputy Chief of Operations\nAlder Falls Police Department",
    "ames": "Victor Ames\nSenior Buyer, Purchasing Division\nCity of Alder Falls",
    "abernathy": "Fern Abernathy\nPresident, Cottonwood Flats Neighborhood Association",
    "duchamp": "Renee\nEastgate Block Watch",
}


def d(y, mo, da, h, mi, tz=DEN):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


# id, thread, sent, from, to, cc, subject, body, sig key (None = none), iphone, quotes (id), labels
M = []


def msg(mid, thread, sent, frm, to, cc, subject, body, sig=None, iphone=False, quotes=None, fwd=None, labels="Inbox"):
    body = re.sub(r"(?m)^(.{60,}\S)\n(?=[^\n\s-])", r"\1 ", body.strip("\n"))  # Gmail sends paragraphs unwrapped
    body = re.sub(r"(?m)^(.{60,}\S)\n(?=[^\n\s-])", r"\1 ", body)
    M.append(dict(id=mid, thread=thread, sent=sent, frm=frm, to=to, cc=cc, subject=subject, body=body,
                  sig=sig, iphone=iphone, quotes=quotes, fwd=fwd, labels=labels))


# --- Thread 1: the San Diego summit -------------------------------------------------------------
msg("m01", 1, d(2016, 2, 9, 10, 14, LA), "quill", ["kessler"], ["lindqvist"],
    "Urban Acoustics Summit - San Diego, April 18-20", """
Dana,

Good talking with you Friday. As promised, here are the details on the Urban Acoustics Summit at the
Harborview Convention Center in San Diego, April 18-20. It's the best three days in the industry if
you want to see where gunshot detection is heading, and a lot of your peer agencies will be there.

We'd like to host you, Chief Lindqvist, and one of your analysts as our guests. Sonaris covers the
registration ($895), round-trip airfare out of Denver and three nights at the Hotel Marisol. All in,
it runs about $2,340 a head, and none of it comes out of your training budget.

Let me know who's coming by the end of next week and Ashley in our office will book everything.

Best,""", sig="quill")

msg("m02", 1, d(2016, 2, 9, 15, 2), "lindqvist", ["quill"], ["kessler"],
    "Re: Urban Acoustics Summit - San Diego, April 18-20", """
Brendan - thanks for thinking of me, but I'll have to pass. Council budget hearings land that same
week and I can't be out of town. Dana, you should go, and take Priya with you.

Howard""", quotes="m01")

msg("m03", 1, d(2016, 2, 10, 8, 47), "kessler", ["quill"], ["natarajan"],
    "Re: Urban Acoustics Summit - San Diego, April 18-20", """
Brendan,

Count two of us in: me and Officer Priya Natarajan from the RTCC floor (cc'd). Priya does most of
our alert review so she'll get a lot out of the triangulation sessions.

Thanks,""", sig="kessler", quotes="m02")

msg("m04", 1, d(2016, 2, 10, 11, 30, LA), "quill", ["kessler", "natarajan"], [],
    "Re: Urban Acoustics Summit - San Diego, April 18-20", """
You're both booked. Flights are DEN-SAN on the 17th, returning the 20th, and you're at the Marisol
for three nights. Registration, airfare and hotel are all on us, so nothing to put on a city card.
Ashley will send the confirmation numbers separately.

See you in San Diego!""", sig="quill", quotes="m03")

msg("m05", 1, d(2016, 4, 22, 7, 55), "natarajan", ["quill"], ["kessler"],
    "Re: Urban Acoustics Summit - San Diego, April 18-20", """
Brendan, thank you again for hosting us this week. The triangulation workshop was worth the trip by
itself and I came home with a notebook full of ideas for the floor.

Priya""", iphone=True, quotes="m04")

# --- Thread 2: the purchase ---------------------------------------------------------------------
msg("m06", 2, d(2016, 2, 23, 13, 20, LA), "oyelaran", ["ames"], ["kessler"],
    "Sonaris quote Q-16-0219 for City of Alder Falls", """
Hi Victor,

Attached is the formal quote Lt. Kessler asked for. Summary:

- EchoGuard gunshot detection service, 3 square miles (Districts 2 and 4), $68,000 per square mile
  per year: $204,000 annual subscription
- Sentinel S3 acoustic sensors: installed and maintained under the subscription; additional units,
  if you want to extend coverage, are $1,850 each
- EchoGuard Mobile alert app: $240 per user per year
- Porchlight residential sensor (sold direct to residents, not part of the city contract): $199 retail

Pricing is good through March 31. Happy to walk through any of it.

Thanks,""", sig="oyelaran")

msg("m07", 2, d(2016, 3, 1, 9, 41), "ames", ["oyelaran"], ["kessler"],
    "RE: Sonaris quote Q-16-0219 for City of Alder Falls", """
Tamsin,

Council approved the contract last night. Purchase order PO 2016-0417 for $204,000 is attached.
Please invoice Accounts Payable at the address on the PO; terms are net 30.

Regards,""", sig="ames", quotes="m06")

msg("m08", 2, d(2016, 4, 4, 14, 5), "ames", ["oyelaran"], [],
    "RE: Sonaris quote Q-16-0219 for City of Alder Falls", """
Tamsin - AP cut the check for invoice SA-8812 ($204,000) on Friday, so you should see it this week.

Victor""", quotes="m07")

# --- Thread 3: District 4 trial -----------------------------------------------------------------
msg("m09", 3, d(2016, 3, 3, 10, 2, LA), "oyelaran", ["whitford"], [],
    "Sentinel demo units for District 4", """
Commander Whitford,

Four Sentinel S3 demo units went out to you today for the 30-day evaluation along the Kipling
corridor. They're on loan, so please keep the boxes; a prepaid return label is in each one.

Best,""", sig="oyelaran")

msg("m10", 3, d(2016, 4, 5, 16, 12), "whitford", ["oyelaran"], [],
    "Re: Sentinel demo units for District 4", """
Tamsin,

Evaluation is done. All four units are back in their boxes and went out on the prepaid UPS labels
this afternoon. Thanks for letting us kick the tires.

Gail""", quotes="m09")

msg("m11", 3, d(2016, 4, 7, 9, 30, LA), "oyelaran", ["whitford"], [],
    "Re: Sentinel demo units for District 4", """
Got all four back this morning, thanks Gail!""", quotes="m10")

# --- Thread 4: dinner ---------------------------------------------------------------------------
msg("m12", 4, d(2016, 3, 14, 11, 0, LA), "quill", ["lindqvist", "whitford"], [],
    "Dinner Thursday?", """
Howard, Gail,

I'm in Alder Falls Thursday and would love to take you both to dinner at Copper Ember, 7:00. My
treat. Let me know if that works.""", sig="quill")

msg("m13", 4, d(2016, 3, 18, 8, 15, LA), "quill", ["lindqvist", "whitford"], ["oyelaran"],
    "Re: Dinner Thursday?", """
Great to finally sit down with you both last night. Tamsin, cc'ing you so you have it for my expense
report: the check for the three of us came to $387, so $129 apiece. Howard, glad the ribeye lived up
to the hype.

Talk soon,
Brendan""", quotes="m12")

msg("m14", 4, d(2016, 3, 18, 9, 2), "whitford", ["quill"], [],
    "Re: Dinner Thursday?", """
Thanks again for dinner Brendan, it was a treat.""", iphone=True, quotes="m13")

# --- Thread 5: Gang Unit sensors ----------------------------------------------------------------
msg("m15", 5, d(2016, 4, 11, 15, 38), "carrasco", ["oyelaran"], ["halvorsen"],
    "Northgate Park pilot units", """
Tamsin,

The two Sentinel S3 units you set us up with for the Northgate Park pilot have been great. What's
the plan for getting them back to you? We can drop them off or ship them, whatever's easier.""",
    sig="carrasco")

msg("m16", 5, d(2016, 4, 12, 10, 4, LA), "oyelaran", ["carrasco"], ["halvorsen"],
    "Re: Northgate Park pilot units", """
Luis,

Keep them! We've already written both units off on our end, so they're yours, no charge and
nothing to send back. Put them wherever the Gang Unit gets the most use out of them.

Tamsin""", quotes="m15")

msg("m17", 5, d(2016, 4, 12, 11, 40), "carrasco", ["oyelaran"], ["halvorsen"],
    "Re: Northgate Park pilot units", """
That's very generous, thank you. They're going up on the 9th Avenue corridor next week.

Luis""", iphone=True, quotes="m16")

# --- Thread 6: the game -------------------------------------------------------------------------
msg("m18", 6, d(2016, 5, 2, 16, 45, LA), "oyelaran", ["halvorsen"], [],
    "Stallions Saturday", """
Ray,

We have four seats in the Sonaris suite for Saturday's Stallions game against Reno and nobody from
our side can use them. Face value is $85 apiece but they're yours if you want them. Bring the kids!

T""")

msg("m19", 6, d(2016, 5, 2, 18, 3), "halvorsen", ["oyelaran"], [],
    "Re: Stallions Saturday", """
We'll take all four. The boys are going to lose their minds. Thanks Tamsin!""", iphone=True, quotes="m18")

msg("m20", 6, d(2016, 5, 9, 7, 12), "halvorsen", ["oyelaran"], [],
    "Re: Stallions Saturday", """
Tamsin - the suite was unreal. My youngest hasn't taken off the foam finger. Thank you for thinking of us.

Ray""", quotes="m19")

# --- Thread 7: ambassador program ---------------------------------------------------------------
msg("m21", 7, d(2016, 3, 7, 9, 0, LA), "vettel", ["halvorsen", "pruitt", "natarajan"], [],
    "Welcome to Sonaris Neighbors", """
Ray, Jamal, Priya,

Welcome aboard as our first Sonaris Neighbors ambassadors in Alder Falls! Each of you now has a
personal referral code:

  Ray Halvorsen: HALVO-GU16
  Jamal Pruitt: PRUITT-D2
  Priya Natarajan: PNAT-RTCC

When a resident or a neighborhood group orders a Porchlight with your code, they get 15% off and you
earn points. Three sign-ups on your code gets you a free year of EchoGuard Mobile on us.

Cheers,""", sig="vettel")

msg("m22", 7, d(2016, 3, 9, 13, 25, LA), "vettel", ["halvorsen_g"], [],
    "Your Porchlight is on its way", """
Ray,

As a thank-you for piloting the ambassador program, a Porchlight unit for your own house shipped
this morning, on the house. It retails at $199, so don't tell the neighbors you got yours free :)

Marco""")

msg("m23", 7, d(2016, 4, 18, 9, 0), "vettel", ["pruitt"], [],
    "Spring savings for your neighbors", """
Hi Jamal,

Our spring promotion is live: through May 31, anyone can take $30 off a Porchlight at
sonarisacoustics.com with the code NEIGHBOR16. It's open to the public, so share it freely.

The Sonaris Neighbors team""")

msg("m24", 7, d(2016, 4, 19, 8, 31), "pruitt", ["abernathy"], [],
    "Fwd: Spring savings for your neighbors", """
Fern, passing this along since a few folks asked about the porch units at the meeting.""",
    fwd="m23")

# --- Thread 8: Cottonwood Flats -----------------------------------------------------------------
msg("m25", 8, d(2016, 4, 14, 21, 10), "pruitt", ["abernathy"], [],
    "Following up from Tuesday's meeting", """
Hi Fern,

Thanks for having me at the Cottonwood Flats meeting Tuesday night. As I told the group, EchoGuard
has been a game changer for us in District 2. We're getting to shots-fired calls minutes faster,
and often before anyone picks up a phone. I really think it's the best thing to happen to this side
of town in years.

For neighbors who want a Porchlight for their own homes, they can enter my code PRUITT-D2 at
checkout and they'll get 15% off.

Take care,""", sig="pruitt")

msg("m26", 8, d(2016, 4, 15, 10, 2), "abernathy", ["pruitt"], [],
    "Re: Following up from Tuesday's meeting", """
Officer Pruitt,

Thank you! I'll put it in the May newsletter. And thank you for staying after to help stack the
chairs and lock up, that was above and beyond.

Fern""", sig="abernathy", quotes="m25")

msg("m27", 8, d(2016, 5, 10, 12, 48), "natarajan", ["abernathy"], ["pruitt"],
    "Re: Following up from Tuesday's meeting", """
Hi Fern,

Jamal passed along your question about the alert app. I live in EchoGuard Mobile on the RTCC floor
and I can't say enough good things about it; it's the most useful tool on my desk. I'd encourage any
block captain who can to try it.

If anyone in the association is still thinking about a Porchlight, my code is PNAT-RTCC.

Priya""", sig="natarajan", quotes="m26")

# --- Thread 9: Eastgate -------------------------------------------------------------------------
msg("m28", 9, d(2016, 4, 20, 19, 40), "halvorsen_g", ["duchamp"], [],
    "Porch sensors for Eastgate", """
Renee,

As promised. I've had a Porchlight on my own porch since March and it's fantastic. It flagged the
fireworks on 38th Street before dispatch even had a call. Honestly I'd put one on every house on the
block.

If folks order one, have them use my code HALVO-GU16 for 15% off. Feel free to forward this to the
Eastgate list.

Ray""", iphone=True)

msg("m29", 9, d(2016, 4, 21, 8, 5), "duchamp", ["halvorsen_g"], [],
    "Re: Porch sensors for Eastgate", """
Thanks Ray! Sent it around to the list last night. Separate question: a couple of our captains
asked about that de-escalation class you mentioned. Is it still running?""", sig="duchamp", quotes="m28")

msg("m30", 9, d(2016, 4, 21, 17, 22), "halvorsen_g", ["duchamp"], [],
    "Re: Porch sensors for Eastgate", """
Renee - yes. The de-escalation course the Academy ran last fall was excellent and I'd recommend it to
every one of your captains. Sign-ups are on the city website.

Funny thing, I ended up ordering a second Porchlight for my mom's place over in Sheridan Heights.
Paid the $199 on the website myself, didn't even bother with a code.

Ray""", quotes="m29")

# --- Thread 10: referral reward -----------------------------------------------------------------
msg("m31", 10, d(2016, 5, 16, 10, 0, LA), "vettel", ["pruitt"], [],
    "You hit three!", """
Jamal,

Congratulations! Three Cottonwood Flats households have now ordered with PRUITT-D2, so we've added a
free year of EchoGuard Mobile to your account ($240 value). It's already active.

Thanks for spreading the word,
Marco""")

msg("m32", 10, d(2016, 5, 16, 12, 14), "pruitt", ["vettel"], [],
    "Re: You hit three!", """
Awesome, thanks Marco.""", iphone=True, quotes="m31")

# --- Thread 11: case study ----------------------------------------------------------------------
msg("m33", 11, d(2016, 5, 23, 14, 30, LA), "oyelaran", ["kessler"], [],
    "Case study draft for your review", """
Lt. Kessler,

Here's the draft of the Alder Falls case study for our website. Could you look over the quote we
attributed to you and let me know if it's OK to publish?

Thanks,
Tamsin""")

msg("m34", 11, d(2016, 5, 24, 8, 50), "kessler", ["oyelaran"], ["lindqvist"],
    "Re: Case study draft for your review", """
Tamsin,

Approved with one edit. Please use this version of the quote:

"EchoGuard has cut our time to scene on shots-fired calls nearly in half. I'd recommend it to any
department our size without hesitation."

Also, thanks for running the refresher for our dispatchers last Tuesday. They found it really helpful.

Dana""", sig="kessler", quotes="m33")


# ------------------------------------------------------------------------------------------------
def addr(pid):
    name, a = P[pid]
    return f"{name} <{a}>"


def quote_header(m):
    t = m["sent"].astimezone(DEN)
    stamp = t.strftime("%a, %b ") + str(t.day) + t.strftime(", %Y at ") + t.strftime("%I:%M %p").lstrip("0")
    name, a = P[m["frm"]]
    return f"On {stamp} {name} <{a}> wrote:"


def full_text(m):
    text = m["body"]
    if m["sig"]:
        text += ("\n" if text.rstrip().endswith(",") else "\n\n-- \n") + SIG[m["sig"]]
    if m["iphone"]:
        text += "\n\nSent from my iPhone"
    if m["fwd"]:
        f = BY[m["fwd"]]
        t = f["sent"].astimezone(DEN)
        stamp = t.strftime("%a, %b ") + str(t.day) + t.strftime(", %Y at ") + t.strftime("%I:%M %p").lstrip("0")
        text += ("\n\n---------- Forwarded message ---------\n"
                 f"From: {addr(f['frm'])}\nDate: {stamp}\nSubject: {f['subject']}\n"
                 f"To: {', '.join(addr(x) for x in f['to'])}\n\n" + full_text(f))
    if m["quotes"]:
        q = BY[m["quotes"]]
        quoted = "\n".join(("> " + ln) if ln else ">" for ln in full_text(q).split("\n"))
        text += "\n\n" + quote_header(q) + "\n\n" + quoted.replace("> >", ">>")
    return text


def to_html(text):
    out, depth = [], 0
    for ln in text.split("\n"):
        lvl = 0
        while ln.startswith(">"):
            lvl += 1
            ln = ln[1:].lstrip(" ") if ln.startswith("> ") or ln == ">" else ln[1:]
        while depth < lvl:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > lvl:
            out.append("</blockquote>")
            depth -= 1
        out.append(f"<div>{escape(ln) if ln else '<br>'}</div>")
    out.extend("</blockquote>" for _ in range(depth))
    return '<div dir="ltr">' + "\n".join(out) + "</div>"


BY = {m["id"]: m for m in M}


def build():
    thrid = {}
    mids = {m["id"]: f"<CAJ{i:03d}q7vR{m['thread']:02d}Xk{i * 7919 % 100000:05d}@mail.gmail.com>" for i, m in enumerate(M, 1)}
    out = io.BytesIO()
    for i, m in enumerate(sorted(M, key=lambda x: x["sent"]), 1):
        e = EmailMessage()
        thrid.setdefault(m["thread"], 1530000000000000000 + m["thread"] * 7340032117)
        e["X-GM-THRID"] = str(thrid[m["thread"]])
        labels = "Inbox,Important" if m["frm"] not in ("halvorsen", "halvorsen_g") else "Sent"
        e["X-Gmail-Labels"] = labels + ",Opened" if labels != "Sent" else "Sent,Opened"
        e["Delivered-To"] = P[m["to"][0]][1]
        e["MIME-Version"] = "1.0"
        e["Date"] = format_datetime(m["sent"])
        e["Message-ID"] = mids[m["id"]]
        if m["quotes"]:
            e["In-Reply-To"] = mids[m["quotes"]]
            refs, q = [], m["quotes"]
            while q:
                refs.insert(0, mids[q])
                q = BY[q]["quotes"]
            e["References"] = " ".join(refs)
        e["Subject"] = m["subject"]
        e["From"] = addr(m["frm"])
        e["To"] = ", ".join(addr(x) for x in m["to"])
        if m["cc"]:
            e["Cc"] = ", ".join(addr(x) for x in m["cc"])
        text = full_text(m)
        e.set_content(text, cte="quoted-printable")
        e.add_alternative(to_html(text), subtype="html", cte="quoted-printable")
        utc = m["sent"].astimezone(timezone.utc)
        sep = f"From {1530000000000000000 + i * 104729 + m['thread']}@xxx {utc.strftime('%a %b %d %H:%M:%S +0000 %Y')}\n"
        out.write(sep.encode())
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=True, maxheaderlen=78).flatten(e)
        body = buf.getvalue().replace(b"\r\n", b"\n")
        out.write(body.rstrip(b"\n") + b"\n\n")
    (HERE / "takeout.mbox").write_bytes(out.getvalue())


# ------------------------------------------------------------------------------------------------
ENT = []


def ent(id_, kind, name, aliases=(), emails=(), role=None, affiliation=None):
    e = {"id": id_, "kind": kind, "name": name, "aliases": list(aliases)}
    if emails:
        e["emails"] = list(emails)
    if role:
        e["role"] = role
    if affiliation:
        e["affiliation"] = affiliation
    ENT.append(e)


def gold():
    ent("sonaris", "organization", "Sonaris Acoustics", ["Sonaris", "Sonaris Acoustics, Inc."])
    ent("afpd", "organization", "Alder Falls Police Department", ["AFPD", "Alder Falls PD"])
    ent("city", "organization", "City of Alder Falls", [])
    ent("cfna", "organization", "Cottonwood Flats Neighborhood Association", ["Cottonwood Flats"])
    ent("eastgate", "organization", "Eastgate Block Watch", [])
    ent("rtcc", "division", "Real-Time Crime Center", ["RTCC"])
    ent("gang", "division", "Gang Unit", [])
    ent("d2", "division", "District 2", [])
    ent("d4", "division", "District 4", [])
    ent("purchasing", "division", "Purchasing Division", [])
    ent("echoguard", "product", "EchoGuard", [])
    ent("mobile", "product", "EchoGuard Mobile", [])
    ent("sentinel", "product", "Sentinel S3", ["Sentinel"])
    ent("porchlight", "product", "Porchlight", [])
    for c in ("HALVO-GU16", "PRUITT-D2", "PNAT-RTCC", "NEIGHBOR16"):
        ent("code_" + c, "code", c)
    people = {
        "quill": (["Brendan"], "vendor_employee", "sonaris"),
        "oyelaran": (["Tamsin"], "vendor_employee", "sonaris"),
        "vettel": (["Marco"], "vendor_employee", "sonaris"),
        "kessler": (["Lt. Dana Kessler", "Dana", "Lt. Kessler"], "officer", "afpd"),
        "natarajan": (["Officer Priya Natarajan", "Priya"], "officer", "afpd"),
        "halvorsen": (["Sgt. Ray Halvorsen", "Ray"], "officer", "afpd"),
        "carrasco": (["Det. Luis Carrasco", "Luis"], "officer", "afpd"),
        "whitford": (["Commander Gail Whitford", "Gail"], "officer", "afpd"),
        "pruitt": (["Officer Jamal Pruitt", "Jamal"], "officer", "afpd"),
        "lindqvist": (["Chief Lindqvist", "Howard"], "officer", "afpd"),
        "ames": (["Victor"], "other", "city"),
        "abernathy": (["Fern"], "other", "cfna"),
        "duchamp": (["Renee"], "other", "eastgate"),
    }
    for pid, (al, role, aff) in people.items():
        emails = [P[pid][1]] + ([P["halvorsen_g"][1]] if pid == "halvorsen" else [])
        ent(pid, "person", P[pid][0], al, emails, role, aff)

    def pid(x):
        return "halvorsen" if x == "halvorsen_g" else x

    msgs, emailed = [], {}
    for m in M:
        msgs.append({"id": m["id"], "sent": m["sent"].isoformat(), "subject": m["subject"],
                     "from": pid(m["frm"]), "to": [pid(x) for x in m["to"]], "cc": [pid(x) for x in m["cc"]]})
        for r in m["to"] + m["cc"]:
            k = (pid(m["frm"]), pid(r))
            emailed.setdefault(k, []).append(m["id"])
    rel = []

    def R(t, s, tgt, msgs_, **kw):
        rel.append({"type": t, "source": s, "target": tgt, "messages": msgs_, **kw})

    R("GIFT", "quill", "kessler", ["m01", "m04"], value_usd=2340, items=[], what="Urban Acoustics Summit trip: registration, airfare, 3 hotel nights")
    R("GIFT", "quill", "natarajan", ["m03", "m04", "m05"], value_usd=2340, items=[], what="Urban Acoustics Summit trip")
    R("GIFT", "quill", "lindqvist", ["m13"], value_usd=129, items=[], what="dinner at Copper Ember, $387 for three")
    R("GIFT", "quill", "whitford", ["m13", "m14"], value_usd=129, items=[], what="dinner at Copper Ember, $387 for three")
    R("GIFT", "oyelaran", "carrasco", ["m16"], value_usd=3700, items=[{"product": "sentinel", "quantity": 2}], what="two Sentinel S3 pilot units kept")
    R("GIFT", "oyelaran", "halvorsen", ["m18", "m19"], value_usd=340, items=[], what="four suite seats at $85")
    R("GIFT", "vettel", "halvorsen", ["m22"], value_usd=199, items=[{"product": "porchlight", "quantity": 1}], what="a Porchlight on the house")
    R("GIFT", "vettel", "pruitt", ["m31"], value_usd=240, items=[{"product": "mobile", "quantity": 1}], what="a free year of EchoGuard Mobile as referral reward")
    R("REFERRAL", "pruitt", "sonaris", ["m25"], code="PRUITT-D2")
    R("REFERRAL", "halvorsen", "sonaris", ["m28"], code="HALVO-GU16")
    R("REFERRAL", "natarajan", "sonaris", ["m27"], code="PNAT-RTCC")
    R("PROMOTED", "pruitt", "echoguard", ["m25"])
    R("PROMOTED", "halvorsen", "porchlight", ["m28"])
    R("PROMOTED", "natarajan", "mobile", ["m27"])
    R("PROMOTED", "kessler", "echoguard", ["m34"])
    member = {"quill": ["sonaris"], "oyelaran": ["sonaris"], "vettel": ["sonaris"],
              "kessler": ["afpd", "rtcc"], "natarajan": ["afpd", "rtcc"], "halvorsen": ["afpd", "gang"],
              "carrasco": ["afpd", "gang"], "whitford": ["afpd", "d4"], "pruitt": ["afpd", "d2"],
              "lindqvist": ["afpd"], "ames": ["city", "purchasing"], "abernathy": ["cfna"], "duchamp": ["eastgate"]}
    for p, orgs in member.items():
        for o in orgs:
            R("MEMBER_OF", p, o, [])
    for (s, t), ms in emailed.items():
        R("EMAILED", s, t, ms, count=len(ms))
    g = {"corpus": "probe-BB", "entities": ENT, "messages": msgs, "relations": rel}
    (HERE / "gold.json").write_text(json.dumps(g, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    gold()
