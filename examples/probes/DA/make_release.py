#!/usr/bin/env python3
"""Write probe DA's release: one mbox exported by the (invented) City of Larkspur Falls records office,
holding the DOT's correspondence with an invented Dutch shared e-bike/e-scooter operator, Zwaluw Mobility B.V.

Everything here is fiction; any resemblance of a name, address, code or sentence to a real one is chance.
Deterministic: run it again and the same bytes come out.
"""
import base64
import email.quoprimime
import os
import re
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "larkspur_falls_dot_prr-2026-0419.mbox")

CITY = "larkspurfallsmo.gov"
P = {
    "gt": ("Gwendolyn Treadaway", f"gtreadaway@{CITY}"),
    "mi": ("Martín Ibáñez Ocampo", f"mibanez@{CITY}"),
    "rs": ("Renata Solís Carvajal", f"rsolis@{CITY}"),
    "do": ("Dwight Okonkwo-Hale", f"dokonkwohale@{CITY}"),
    "lf": ("Leah Fenwick", f"lfenwick@{CITY}"),
    "cp": ("Curtis Pell", f"cpell@{CITY}"),
    "tq": ("Tobias Quarles", f"tquarles@{CITY}"),
    "hd": ("Hattie Dunmore", f"hdunmore@{CITY}"),
    "jb": ("Joëlle Bakhuizen-Terpstra", "j.bakhuizen@zwaluw.nl"),
    "tw": ("Thijs Wolterink", "t.wolterink@zwaluw.nl"),
    "tw2": ("Thijs Wolterink", "thijs.wolterink@zwaluwmobility.com"),
    "fs": ("Famke Stoutjesdijk", "f.stoutjesdijk@zwaluw.nl"),
    "dos": ("Delphine Ostrowski", "chair@quarryhillna.org"),
    "rf": ("Ramona Feltz", "rfeltz@ashgrovesprings-ks.gov"),
}


def addr(key, style="q"):
    name, mail = P[key]
    if any(ord(c) > 127 for c in name):
        if style == "b":
            enc = "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="
        else:
            enc = email.quoprimime.header_encode(name.encode(), "UTF-8").replace("?q?", "?Q?")
        return f"{enc} <{mail}>"
    return f'"{name}" <{mail}>' if "-" in name else f"{name} <{mail}>"


def subj(s):
    if any(ord(c) > 127 for c in s):
        return email.quoprimime.header_encode(s.encode(), "UTF-8").replace("?q?", "?Q?")
    return s


SIG = {
    "gt": "Gwendolyn Treadaway\nDirector\nLarkspur Falls Department of Transportation\n200 Foundry Street, Larkspur Falls, MO",
    "mi": "Martín Ibáñez Ocampo\nDeputy Director\nLarkspur Falls Department of Transportation",
    "rs": "Renata Solís Carvajal\nMobility Program Manager, Mobility Programs Division\nLarkspur Falls Department of Transportation\n(314) 555-0142",
    "do": "Dwight Okonkwo-Hale, AICP\nSenior Transportation Planner\nLarkspur Falls Department of Transportation",
    "lf": "Leah Fenwick\nTransportation Planner II\nLarkspur Falls Department of Transportation",
    "cp": "Curtis Pell\nSupervisor, Parking Enforcement Division\nLarkspur Falls Department of Transportation",
    "tq": "Tobias Quarles\nLegislative Aide to Council Member Hattie Dunmore (Ward 4)\nLarkspur Falls City Council",
    "jb": "Kind regards,\nJoëlle Bakhuizen-Terpstra\nHead of Partnerships | Zwaluw Mobility B.V.\nPrinsengracht-achter 41, Amsterdam",
    "tw": "Kind regards,\nThijs Wolterink\nCity Launch Manager US | Zwaluw Mobility",
    "fs": "Kind regards,\nFamke Stoutjesdijk\nPolicy Lead | Zwaluw Mobility B.V.",
}

MSGS = []


def msg(mid, frm, to, cc, subject, date, body, cte="quoted-printable", html=False, in_reply=None, bstyle="q"):
    MSGS.append(dict(mid=mid, frm=frm, to=to, cc=cc, subject=subject, date=date, body=body, cte=cte,
                     html=html, in_reply=in_reply, bstyle=bstyle))


# 1 application (vendor, Amsterdam)
msg("m01", "jb", ["gt"], ["mi", "rs"], "Zwaluw application for the Larkspur Falls micromobility permit",
    "Wed, 14 Jan 2026 16:12:40 +0100", f"""Dear Ms. Treadaway,

Hereby I send you our application for the shared micromobility permit of Larkspur Falls. In the attachment
you find the operations plan, the insurance certificate and our data sharing proposal (MDS 2.0).

We propose to start with 150 Kade e-bikes and 250 Spits e-scooters in the downtown and Quarry Hill areas.
The application fee of USD 2,500 we will pay by wire transfer this week, like your website describes.

For us Larkspur Falls would be the first city in the United States, so it is very important for our team.
If you have questions, I am happy to explain everything in a video call.

{SIG['jb']}
""")

# 2 top-posted acknowledgement, quoting 1
msg("m02", "rs", ["jb"], ["gt", "mi", "tw"], "RE: Zwaluw application for the Larkspur Falls micromobility permit",
    "Thu, 15 Jan 2026 10:03:17 -0600", f"""Ms. Bakhuizen-Terpstra,

On behalf of Director Treadaway, this confirms receipt of Zwaluw Mobility's application for a shared
micromobility permit. Please note that the application fee ($2,500) is non-refundable and that the annual
permit fee of $10,000 is due within 30 days of permit issuance. Payment instructions are attached.

The Mobility Programs Division will be your point of contact during review. I am copying Thijs Wolterink
per your note that he will handle local launch questions.

Thank you,

{SIG['rs']}

From: Joëlle Bakhuizen-Terpstra <j.bakhuizen@zwaluw.nl>
Sent: Wednesday, January 14, 2026 9:12 AM
To: Gwendolyn Treadaway <gtreadaway@{CITY}>
Cc: Martín Ibáñez Ocampo <mibanez@{CITY}>; Renata Solís Carvajal <rsolis@{CITY}>
Subject: Zwaluw application for the Larkspur Falls micromobility permit

Dear Ms. Treadaway,

Hereby I send you our application for the shared micromobility permit of Larkspur Falls.
""")

# 3 HTML-only, base64: demo vehicles and ride credits
msg("m03", "tw", ["rs", "lf", "do"], [], "Demo vehicles and test accounts for your team",
    "Thu, 22 Jan 2026 08:41:05 -0600", """<html><body>
<p>Hello Renata, Leah and Dwight,</p>
<p>Like promised in the meeting of Tuesday, next week we bring demo vehicles so your team can test them on
the real streets of Larkspur Falls:</p>
<ul>
<li>one Kade e-bike for Leah, for two weeks (please return it to our warehouse at 18 Bellwether Street)</li>
<li>one Spits e-scooter for Dwight</li>
</ul>
<p>Also I have loaded USD 100 in ride credits on the Zwaluw accounts of Renata and Leah, for free, so you can
use the app like a normal rider. Dwight, when you make an account I do the same for you.</p>
<p>Kind regards,<br>Thijs Wolterink<br>City Launch Manager US | Zwaluw Mobility</p>
</body></html>
""", cte="base64", html=True)

# 4 inline reply (Leah)
msg("m04", "lf", ["tw"], ["rs", "do"], "Re: Demo vehicles and test accounts for your team",
    "Thu, 22 Jan 2026 11:27:50 -0600", f"""Hi Thijs, answers inline below.

> one Kade e-bike for Leah, for two weeks (please return it to our warehouse at 18 Bellwether Street)

Works for me. I'll plan to bring it back on Friday, Feb. 6.

> Also I have loaded USD 100 in ride credits on the Zwaluw accounts of Renata and Leah

I see it in the app, thanks. I'll log it with the Mobility Programs Division so it is on file.

> Dwight, when you make an account I do the same for you.

Dwight is out until Monday, I'll let him know.

Leah

{SIG['lf']}
""")

# 5 demo returned, ordinary thanks
msg("m05", "lf", ["tw2"], ["rs"], "Kade demo bike returned",
    "Fri, 06 Feb 2026 15:58:02 -0600", f"""Thijs,

I dropped the Kade demo e-bike off at the Bellwether Street warehouse this afternoon, with the charger and
the lock. Your technician signed the return sheet. Thanks for letting us try it out; the notes from our
ride test will be in the review memo.

{SIG['lf']}
""")

# 6 scooter "you may keep it" (second address)
msg("m06", "tw2", ["do"], [], "About the Spits scooter",
    "Mon, 09 Feb 2026 09:15:33 -0600", f"""Hi Dwight,

The Spits e-scooter you have from us since the demo, you do not need to bring it back. You may keep it, it
is a gift from our team for all the help with the street survey. In the shop it costs USD 899 but for you it
is gratis. If it needs a new tyre or so, just call our service line.

{SIG['tw']}
""")

# 7 accepted
msg("m07", "do", ["tw2"], [], "RE: About the Spits scooter",
    "Mon, 09 Feb 2026 12:40:11 -0600", f"""Thijs -- that's very generous, thank you. It has already replaced my bus commute, so it will get
plenty of use.

Dwight

-----Original Message-----
From: Thijs Wolterink <thijs.wolterink@zwaluwmobility.com>
Sent: Monday, February 9, 2026 9:15 AM
To: Okonkwo-Hale, Dwight <dokonkwohale@{CITY}>
Subject: About the Spits scooter

Hi Dwight,

The Spits e-scooter you have from us since the demo, you do not need to bring it back. You may keep it.
""")

# 8 Amsterdam invitation (QP with euro sign)
msg("m08", "jb", ["gt", "mi"], [], "Invitation: study visit to Amsterdam in April",
    "Tue, 17 Feb 2026 17:30:00 +0100", f"""Dear Gwendolyn, dear Martín,

We would like to invite you both for a study visit to Amsterdam from 20 until 23 April. You can see how
the city manages 9.000 shared vehicles, we visit the municipality's parking department and our
operations hub in Sloterdijk.

All costs are for Zwaluw: the return flights Chicago-Amsterdam (around USD 1,340 per person) and three
nights in Hotel De Lindeboom at the canal (EUR 195 per night, so EUR 585, about USD 645). In total that is
approximately USD 1,985 for each person. Also the dinners there are on us of course.

Please let me know before 1 March so I can book.

{SIG['jb']}
""")

# 9 declined
msg("m09", "gt", ["jb"], ["mi"], "RE: Invitation: study visit to Amsterdam in April",
    "Wed, 18 Feb 2026 08:02:45 -0600", f"""Ms. Bakhuizen-Terpstra,

Thank you for the invitation. I must respectfully decline. The City's ethics code does not allow me to
accept travel paid for by an applicant whose permit is under review by my department.

Regards,

{SIG['gt']}

-----Original Message-----
From: Joëlle Bakhuizen-Terpstra <j.bakhuizen@zwaluw.nl>
Sent: Tuesday, February 17, 2026 10:30 AM
To: Gwendolyn Treadaway; Martín Ibáñez Ocampo
Subject: Invitation: study visit to Amsterdam in April
""")

# 10 accepted by deputy (no quote)
msg("m10", "mi", ["jb"], [], "RE: Invitation: study visit to Amsterdam in April",
    "Thu, 19 Feb 2026 16:20:09 -0600", f"""Joëlle,

Thanks for the invitation. I'd be glad to join the April visit. Please send the flight options to this
address; I'm flexible on the departure time.

Martín

{SIG['mi']}
""", bstyle="b")

# 11 booking confirmed
msg("m11", "jb", ["mi"], [], "Your flights and hotel for Amsterdam",
    "Tue, 24 Feb 2026 11:05:30 +0100", f"""Dear Martín,

Good news, everything is booked and paid by Zwaluw. Your flight leaves Chicago O'Hare on 19 April at
17:50, back on 23 April. Booking code for the flight is QZ7LMA. The hotel De Lindeboom has your
reservation for three nights, also already paid. Total for the trip is USD 1,985, you do not need to pay
anything.

We look forward to show you our city!

{SIG['jb']}
""", bstyle="b")

# 12 Outlook chain pasted into a forward: impound fees (paid to the city) and a gift basket
msg("m12", "cp", ["rs"], [], "FW: Impound fees and a small thank you",
    "Wed, 04 Mar 2026 13:47:22 -0600", f"""Renata,

FYI. The impound fees came through from Zwaluw yesterday ($1,150 for the 23 scooters we pulled off the
Riverwalk). The basket she mentions was delivered to our office this morning. Do I need to log it with
you or with the Clerk?

Curtis

{SIG['cp']}

________________________________________
From: Famke Stoutjesdijk <f.stoutjesdijk@zwaluw.nl>
Sent: Monday, March 2, 2026 3:14 PM
To: Pell, Curtis <cpell@{CITY}>
Subject: Impound fees and a small thank you

Dear Mr. Pell,

Our finance team has paid the impound fees of USD 1,150 for the 23 Spits scooters, by card on the city
portal. Sorry for the trouble with the parking on the Riverwalk, we have now a no-parking zone in the app.

As thanks for the good cooperation we send you a small basket: a bicycle bell, a set of lights, Dutch
cheese and a bicycle multi-tool. It has a value of around EUR 60 (USD 65). Enjoy it with the team!

{SIG['fs']}
""")

# 13 referral: partner code passed to a neighbourhood association
msg("m13", "do", ["dos"], [], "Zwaluw first-ride code for Quarry Hill members",
    "Thu, 05 Mar 2026 10:22:18 -0600", f"""Hi Delphine,

Following up on the neighborhood meeting. Zwaluw set up a partner code for the Quarry Hill Neighborhood
Association: members who enter QHNA-ZWFIRST in the Zwaluw app get their first ride free. Feel free to put
it in the newsletter or pass it around at the next meeting. Bikes should be on the street by mid-April.

Dwight

{SIG['do']}
""")

# 14 neighbourhood reply (inline)
msg("m14", "dos", ["do"], [], "Re: Zwaluw first-ride code for Quarry Hill members",
    "Thu, 05 Mar 2026 19:04:51 -0600", """Dwight,

> members who enter QHNA-ZWFIRST in the Zwaluw app get their first ride free

Great, it will go in the April newsletter. Several folks asked about a docking spot near the library,
can we talk about that at the April meeting?

Delphine Ostrowski
Chair, Quarry Hill Neighborhood Association
""")

# 15 council memo: endorsement
msg("m15", "tq", ["hd"], [], "Memo: Zwaluw micromobility permit application",
    "Tue, 10 Mar 2026 09:30:00 -0500", f"""MEMORANDUM

TO: Council Member Hattie Dunmore, Ward 4
FROM: Tobias Quarles, Legislative Aide
RE: Zwaluw Mobility B.V. - shared micromobility permit

Summary: DOT is completing its review of Zwaluw's permit application. The company has already paid the
$2,500 application fee and operated a 50-bike pilot in Quarry Hill under the signed pilot agreement.

Recommendation: I recommend that you support Zwaluw's application when it comes before the Transportation
Committee. Their parking compliance has been the best of the three applicants and the Quarry Hill
Neighborhood Association has asked for service to continue.

{SIG['tq']}
""")

# 16 Date header missing: dinner thanks from the vendor
msg("m16", "jb", ["tq"], [], "Thank you for the dinner",
    None, f"""Dear Tobias,

Thank you for the nice evening on Monday at the Tallow Room. Of course the dinner was on us, it was a
pleasure to hear about Ward 4 and the plans for the Riverwalk. Next time you are in Amsterdam I show you
our favourite place.

{SIG['jb']}
""")

# 17 reply quoting 16 with its date
msg("m17", "tq", ["jb"], [], "Re: Thank you for the dinner",
    "Wed, 11 Mar 2026 14:12:36 -0500", f"""Joëlle,

Thanks again for dinner. For transparency, I've logged it on the Council's gift disclosure form (my share
was about $78).

Tobias

On Wed, Mar 11, 2026 at 8:05 AM Joëlle Bakhuizen-Terpstra <j.bakhuizen@zwaluw.nl> wrote:
> Dear Tobias,
>
> Thank you for the nice evening on Monday at the Tallow Room. Of course the dinner was on us, it was a
> pleasure to hear about Ward 4 and the plans for the Riverwalk.
""")

# 18 colleague in another city asks; inline reply with a recommendation
msg("m18", "rs", ["rf"], [], "RE: operators for your scooter pilot?",
    "Mon, 16 Mar 2026 16:45:10 -0500", f"""Hi Ramona, replies below in blue (or after the > if your mail strips colors). Glad the City of
Ashgrove Springs is moving ahead with a pilot.

> Which operators did you shortlist, and would you use any of them again?

We had three applicants. Honestly, I can highly recommend Zwaluw. Their Spits scooters have held up well
in the pilot, their parking compliance is the best we've seen, and their team answers the phone.

> Did you charge a permit fee?

Yes, $2,500 to apply and $10,000 a year once permitted. Zwaluw paid both without any fuss.

Happy to talk more on Thursday's call.

Renata

{SIG['rs']}
""")

# 19 signed pilot agreement + stroopwafels
msg("m19", "jb", ["gt"], ["rs"], "Signed pilot agreement and a sweet greeting from Amsterdam",
    "Tue, 24 Mar 2026 15:40:00 +0100", f"""Dear Gwendolyn,

Hereby I send you the pilot agreement (DOT-MP-2026-07) signed by our CEO, so the Quarry Hill pilot
can continue until the permit decision.

My colleague Thijs left two tins of stroopwafels at your front desk, for you and the team. It is only a
small thing (EUR 22, about USD 24), you may keep them of course!

{SIG['jb']}
""")

# 20 HTML-only base64: draft press release with an official's quote and a public promo code
msg("m20", "fs", ["mi", "rs"], ["jb"], "Draft press release – for your approval",
    "Wed, 01 Apr 2026 10:10:10 +0200", """<html><body>
<p>Dear Martín, dear Renata,</p>
<p>Below the draft press release for the launch. Can you approve the quote of Martín before Friday?</p>
<hr>
<p><b>Zwaluw launches in Larkspur Falls, its first US city</b></p>
<p>AMSTERDAM / LARKSPUR FALLS &ndash; Zwaluw Mobility today announced that 400 Kade e-bikes and Spits
e-scooters will be available in Larkspur Falls from 15 April.</p>
<p>&ldquo;Zwaluw brings a proven European model to our streets, and their Kade e-bike is the best shared bike
I have ridden,&rdquo; said Mart&iacute;n Ib&aacute;&ntilde;ez Ocampo, Deputy Director of the Larkspur Falls
Department of Transportation.</p>
<p>To celebrate, every Larkspur Falls resident can use the code LFRIDES25 for 25% off the first month of
Zwaluw Pass.</p>
<hr>
<p>Kind regards,<br>Famke Stoutjesdijk<br>Policy Lead | Zwaluw Mobility B.V.</p>
</body></html>
""", cte="base64", html=True)

# 21 quote approved
msg("m21", "mi", ["fs"], ["rs", "jb"], "RE: Draft press release – for your approval",
    "Thu, 02 Apr 2026 08:55:41 -0500", f"""Famke,

The quote is approved as written. Please change "from 15 April" to "beginning April 15" for the US version.

Martín

{SIG['mi']}
""", bstyle="b")

# 22 director reminder (ordinary)
msg("m22", "gt", ["mi", "rs", "do", "lf", "cp"], [], "Reminder: gifts from permit applicants",
    "Mon, 06 Apr 2026 07:30:00 -0500", f"""All,

With the micromobility permit decision coming up, a reminder that items of value from any applicant,
including ride credits, must be reported to the Mobility Programs Division within five business days,
and that travel paid by an applicant requires prior written approval from the City Attorney.

Thank you for the good work on the review.

{SIG['gt']}
""")


def render(m, n):
    part = EmailMessage()
    if m["html"]:
        part.set_content(m["body"], subtype="html", charset="utf-8", cte=m["cte"])
        part.make_alternative()
    else:
        part.set_content(m["body"], subtype="plain", charset="utf-8", cte=m["cte"])
    body = part.as_string()
    body = re.sub(r"^MIME-Version: 1.0\n", "", body, flags=re.M)
    boundary_fix = re.sub(r'boundary="===============\d+=="', f'boundary="=_zw{n:03d}_alt"', body)
    boundary_fix = re.sub(r"--===============\d+==", f"--=_zw{n:03d}_alt", boundary_fix)
    hdr = []
    hdr.append(f"From: {addr(m['frm'], m['bstyle'])}")
    hdr.append("To: " + ", ".join(addr(k, m["bstyle"]) for k in m["to"]))
    if m["cc"]:
        hdr.append("Cc: " + ", ".join(addr(k, m["bstyle"]) for k in m["cc"]))
    hdr.append(f"Subject: {subj(m['subject'])}")
    if m["date"]:
        hdr.append(f"Date: {m['date']}")
    hdr.append(f"Message-ID: <{m['mid']}.prr20260419@{CITY}>")
    hdr.append("MIME-Version: 1.0")
    hdr.append("X-Records-Request: PRR-2026-0419")
    text = "\n".join(hdr) + "\n" + boundary_fix
    text = re.sub(r"^(>*From )", r">\1", text.split("\n\n", 1)[1], flags=re.M)
    head = "\n".join(hdr) + "\n" + boundary_fix.split("\n\n", 1)[0]
    return f"From records@{CITY} Mon Apr 20 09:00:{n:02d} 2026\n{head}\n\n{text.rstrip()}\n\n"


# ---------------------------------------------------------------- gold labels (what a careful reader finds)
ROLE = {k: "officer" for k in ("gt", "mi", "rs", "do", "lf", "cp", "tq", "hd", "rf")}
ROLE.update({"jb": "vendor_employee", "tw": "vendor_employee", "fs": "vendor_employee", "dos": "other"})
AFF = {"gt": "org_dot", "mi": "org_dot", "rs": "org_dot", "do": "org_dot", "lf": "org_dot", "cp": "org_dot",
       "tq": "org_council", "hd": "org_council", "jb": "org_zwaluw", "tw": "org_zwaluw", "fs": "org_zwaluw",
       "dos": "org_qhna", "rf": "org_ashgrove"}
ALIASES = {"mi": ["Martín Ibáñez", "Martin Ibanez Ocampo"], "rs": ["Renata Solís"], "jb": ["Joelle Bakhuizen-Terpstra"],
           "do": ["Dwight Okonkwo-Hale, AICP"]}
ORGS = [
    ("org_city", "organization", "City of Larkspur Falls", ["Larkspur Falls"]),
    ("org_dot", "organization", "Larkspur Falls Department of Transportation", ["DOT", "Department of Transportation"]),
    ("org_council", "organization", "Larkspur Falls City Council", ["City Council"]),
    ("org_zwaluw", "organization", "Zwaluw Mobility B.V.", ["Zwaluw", "Zwaluw Mobility"]),
    ("org_qhna", "organization", "Quarry Hill Neighborhood Association", []),
    ("org_ashgrove", "organization", "City of Ashgrove Springs", ["Ashgrove Springs"]),
    ("div_mobility", "division", "Mobility Programs Division", []),
    ("div_parking", "division", "Parking Enforcement Division", []),
    ("prod_kade", "product", "Kade e-bike", ["Kade", "Zwaluw Kade"]),
    ("prod_spits", "product", "Spits e-scooter", ["Spits", "Spits scooter", "Zwaluw Spits"]),
    ("prod_pass", "product", "Zwaluw Pass", []),
    ("code_qhna", "code", "QHNA-ZWFIRST", []),
    ("code_lfrides", "code", "LFRIDES25", []),
]
# the message quoted inside m12's pasted Outlook chain, and m16's date read from the header quoted in m17
EXTRA = [dict(mid="m12q", frm="fs", to=["cp"], cc=[], subject="Impound fees and a small thank you",
              iso="2026-03-02T15:14:00-06:00")]
ISO = {"m16": "2026-03-11T08:05:00-05:00"}


def gift(src, dst, usd, msgs, items=()):
    return {"type": "GIFT", "source": src, "target": dst, "value_usd": usd,
            "items": [{"product": p, "quantity": q} for p, q in items], "messages": list(msgs)}


RELATIONS = [
    gift("tw", "do", 899, ["m06", "m07"], [("prod_spits", 1)]),      # scooter "you may keep it", accepted
    gift("tw", "rs", 100, ["m03", "m04"]),                           # ride credits loaded on her account
    gift("tw", "lf", 100, ["m03", "m04"]),
    gift("jb", "mi", 1985, ["m08", "m10", "m11"]),                   # Amsterdam trip, accepted (the director declined)
    gift("jb", "tq", 78, ["m16", "m17"]),                            # dinner
    gift("fs", "cp", 65, ["m12q", "m12"]),                           # bicycle-themed basket
    gift("jb", "gt", 24, ["m19"]),                                   # stroopwafels
    {"type": "REFERRAL", "source": "do", "target": "org_zwaluw", "messages": ["m13"]},
    {"type": "PROMOTED", "source": "tq", "target": "org_zwaluw", "messages": ["m15"]},
    {"type": "PROMOTED", "source": "rs", "target": "org_zwaluw", "messages": ["m18"]},
    {"type": "PROMOTED", "source": "mi", "target": "org_zwaluw", "messages": ["m20", "m21"]},
    {"type": "PROMOTED", "source": "mi", "target": "prod_kade", "messages": ["m20", "m21"]},
    {"type": "MEMBER_OF", "source": "rs", "target": "div_mobility", "messages": ["m02"]},
    {"type": "MEMBER_OF", "source": "cp", "target": "div_parking", "messages": ["m12"]},
]
RELATIONS += [{"type": "MEMBER_OF", "source": k, "target": v, "messages": []} for k, v in AFF.items()]


def iso(date):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(date).isoformat()


def write_gold():
    import json
    from collections import Counter
    ents = []
    for k, (name, mail) in P.items():
        if k == "tw2":
            continue
        emails = [mail] + ([P["tw2"][1]] if k == "tw" else [])
        ents.append({"id": k, "kind": "person", "name": name, "aliases": ALIASES.get(k, []), "emails": emails,
                     "role": ROLE[k], "affiliation": AFF[k]})
    for eid, kind, name, aliases in ORGS:
        ents.append({"id": eid, "kind": kind, "name": name, "aliases": aliases})
    messages, emailed = [], Counter()
    person = lambda k: "tw" if k == "tw2" else k
    for m in MSGS + EXTRA:
        sent = m.get("iso") or (iso(m["date"]) if m.get("date") else ISO[m["mid"]])
        messages.append({"id": m["mid"], "sent": sent, "subject": m["subject"],
                         "from": person(m["frm"]), "to": [person(x) for x in m["to"]], "cc": [person(x) for x in m["cc"]]})
        for r in m["to"] + m["cc"]:
            emailed[(person(m["frm"]), person(r))] += 1
    rels = list(RELATIONS) + [{"type": "EMAILED", "source": s, "target": t, "count": c}
                              for (s, t), c in sorted(emailed.items())]
    gold = {"about": "probe DA: Larkspur Falls DOT x Zwaluw Mobility, one mbox (invented)",
            "entities": ents, "messages": messages, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, m in enumerate(MSGS, 1):
            f.write(render(m, n))
    write_gold()


if __name__ == "__main__":
    main()
