"""Write the ED release: one Gmail-style mbox from an invented city building department.

Everything here is invented. Deterministic: run it and it rewrites release.mbox byte for byte.
"""
import email.utils
import os
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

P = {
    "desmond": ("Desmond Achterberg", "dachterberg@harrowgatefalls.gov"),
    "ansel": ("Ansel Marwick", "amarwick@harrowgatefalls.gov"),
    "priya": ("Priya Desrosiers", "pdesrosiers@harrowgatefalls.gov"),
    "tobias": ("Tobias Quenneville", "tquenneville@harrowgatefalls.gov"),
    "gideon": ("Gideon Farrow", "gfarrow@harrowgatefalls.gov"),
    "celestine": ("Celestine Oyelaran", "coyelaran@harrowgatefalls.gov"),
    "marcus": ("Marcus Delavigne", "mdelavigne@tesscivic.com"),
    "renata": ("Renata Kowalczyk", "rkowalczyk@tesscivic.com"),
    "jonah": ("Jonah Whitfield", "jwhitfield@tesscivic.com"),
    "hollis": ("Hollis Vantongeren", "hvantongeren@brindlecove.gov"),
    "ines": ("Ines Achterberg", "ines@achterbergreno.com"),
}

SIG = {
    "desmond": "Desmond Achterberg\nBuilding Official\nDepartment of Building and Code Enforcement\nCity of Harrowgate Falls",
    "ansel": "Ansel Marwick\nDeputy Building Official\nDepartment of Building and Code Enforcement\nCity of Harrowgate Falls",
    "priya": "Priya Desrosiers\nPlan Reviewer\nDepartment of Building and Code Enforcement\nCity of Harrowgate Falls",
    "tobias": "Tobias Quenneville\nPlan Reviewer\nDepartment of Building and Code Enforcement\nCity of Harrowgate Falls",
    "gideon": "Gideon Farrow\nSenior Building Inspector\nDepartment of Building and Code Enforcement\nCity of Harrowgate Falls",
    "celestine": "Celestine Oyelaran\nPermit Center Manager\nDepartment of Building and Code Enforcement\nCity of Harrowgate Falls",
    "marcus": "Marcus Delavigne\nAccount Executive, Public Sector\nTessellate Civic Systems",
    "renata": "Renata Kowalczyk\nRegional Director, Northeast\nTessellate Civic Systems",
    "jonah": "Jonah Whitfield\nCustomer Success Manager\nTessellate Civic Systems",
    "hollis": "Hollis Vantongeren\nPermit Coordinator\nTown of Brindle Cove",
    "ines": "Ines Achterberg\nOwner, Achterberg Renovations",
}

# (local time, UTC offset hours, from, to, cc, subject, body, html_only)
MSGS = [
    ("2025-01-14 09:12", -5, "marcus", ["celestine"], ["desmond"], "PermitLoom renewal invoice 2025",
     "Hi Celestine,\n\nAttached is invoice TCS-25-0412 for the City's PermitLoom annual licence, Jan 2025 - Jan 2026: "
     "$48,600.00, net 30, per the master agreement. Let me know if Finance needs a W-9 again.\n\nThanks,", False),
    ("2025-01-16 14:40", -5, "celestine", ["marcus"], [], "Re: PermitLoom renewal invoice 2025",
     "Marcus,\n\nFinance released payment for invoice TCS-25-0412 today against PO 2025-0031. "
     "You should see the ACH by Friday.\n\nBest,", False),
    ("2025-02-03 10:05", -5, "ansel", ["marcus"], ["desmond"], "FieldSlate T8 purchase order",
     "Marcus,\n\nCouncil approved the field equipment line. Please find PO 2025-0117 for twelve (12) FieldSlate T8 "
     "inspection tablets at $1,150.00 each, $13,800.00 total, with the standard warranty. Ship to the Permit Center, "
     "220 Foundry Street.\n\nRegards,", True),
    ("2025-02-11 16:22", -5, "marcus", ["gideon"], [], "Happy birthday to Maya!",
     "Gideon,\n\nA little bird told me Maya turns nine on Saturday. I put a little something for Maya's birthday in "
     "the mail to you - a $75 Brickworks Toys gift card. Tell her happy birthday from all of us at Tessellate!\n\nCheers,", True),
    ("2025-02-12 08:03", -5, "gideon", ["marcus"], [], "Re: Happy birthday to Maya!",
     "Marcus - that was very kind. The card arrived yesterday and Maya has already picked out a kite.\n\nThanks again,", False),
    ("2025-02-20 13:30", -5, "renata", ["ansel"], [], "Something for Lucia",
     "Ansel,\n\nWhen we were in Montreal my wife picked out a scarf for yours - grey cashmere, about $140 - and she "
     "insisted Lucia have it after all the hospitality at the fall walkthrough. It should reach your house this week.\n\nWarmly,", False),
    ("2025-02-24 09:47", -5, "ansel", ["renata"], [], "Re: Something for Lucia",
     "Renata, the scarf came Saturday and Lucia has hardly taken it off. Please thank Paulina for us.\n\nAnsel", False),
    ("2025-03-10 11:15", -4, "marcus", ["tobias"], [], "Lakeshore Robotics Camp",
     "Tobias,\n\nYou mentioned Oliver has been talking nonstop about the Lakeshore Robotics Camp. I called them this "
     "morning and paid his tuition for the July session ($425) - on us. He just needs to bring a laptop.\n\nBest,", True),
    ("2025-03-18 15:02", -4, "jonah", ["celestine"], [], "Happy anniversary",
     "Celestine,\n\nTwenty years - congratulations! Enclosed is a $150 Osteria Calloway gift card for you and Dan's "
     "anniversary dinner. Order the tiramisu.\n\nAll the best,", False),
    ("2025-03-19 10:20", -4, "celestine", ["hollis"], ["jonah"], "PermitLoom for Brindle Cove",
     "Hollis,\n\nSince you asked how we like PermitLoom: Tessellate gave me a peer-city referral code, HGF-PEER15, "
     "which takes 15% off a neighbouring town's first year. Pass it to whoever signs your order. Jonah (cc'd) can "
     "set up a demo.\n\nBest,", False),
    ("2025-04-02 16:45", -4, "hollis", ["jonah"], ["celestine"], "Brindle Cove PermitLoom order",
     "Jonah,\n\nThe Town signed the PermitLoom order today. We applied code HGF-PEER15, which Celestine Oyelaran "
     "passed along, and the quote came back 15% lower on year one. Thanks, Celestine!\n\nHollis", False),
    ("2025-04-08 12:10", -4, "renata", ["desmond"], [], "Talk at the Northeast Code Officials Summit",
     "Desmond,\n\nI'm presenting a case study at the Northeast Code Officials Summit in May. Would you give me a line "
     "I can put on a slide about Harrowgate Falls' experience?\n\nThanks,", False),
    ("2025-04-09 08:55", -4, "desmond", ["renata"], [], "Re: Talk at the Northeast Code Officials Summit",
     "Renata,\n\nHappy to help. You may quote me: \"PermitLoom cut our plan-review backlog in half in its first year. "
     "I would recommend it to any building department our size.\"\n\nDesmond", False),
    ("2025-05-06 14:28", -4, "priya", ["marcus"], [], "Raffle at the Summit",
     "Marcus,\n\nFunny news: my ticket came up in the Summit's open door-prize raffle - every one of the 600 attendees "
     "had a ticket - and I won one of the FieldSlate T8 tablets. I've logged it with the ethics office per policy.\n\nPriya", False),
    ("2025-05-22 09:00", -4, "marcus", ["priya"], [], "Happy birthday, Priya",
     "Priya,\n\nHappy birthday! It's just a card signed by all of us at Tessellate - no gift, I know the rules. "
     "Have a great day.\n\nMarcus", True),
    ("2025-06-03 17:20", -4, "ines", ["jonah"], [], "Contractor Portal subscription",
     "Hi Jonah,\n\nI renewed the PermitLoom Contractor Portal subscription for Achterberg Renovations at the posted "
     "$29/month rate, charged to the company card. Can you send the receipt to this address?\n\nThanks,", False),
    ("2025-12-15 10:40", -5, "renata", ["desmond"], [], "Happy holidays from Tessellate",
     "Desmond,\n\nWe've shipped a spiral-cut holiday ham to your home at 14 Wrenfield Lane - about $89 with shipping - "
     "so it should be there before the weekend. Happy holidays to you and the family.\n\nRenata", True),
    ("2025-12-17 19:05", -5, "desmond", ["renata"], [], "Re: Happy holidays from Tessellate",
     "Renata, the ham arrived and fed eleven of us. Thank you, and happy holidays.\n\nDesmond", False),
]


def addr(k):
    return email.utils.formataddr(P[k])


def html_of(text):
    paras = "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in text.split("\n\n"))
    return f'<html><body><div dir="ltr">{paras}</div></body></html>'


def build():
    out = []
    for i, (local, off, frm, to, cc, subj, body, html_only) in enumerate(MSGS):
        tz = timezone(timedelta(hours=off))
        dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        text = body + "\n\n-- \n" + SIG[frm] + "\n"
        if html_only:
            msg = MIMEText(html_of(text), "html", "utf-8")
        else:
            msg = MIMEMultipart("alternative", boundary=f"000000000000b{i:02d}e5f7a0c1d2")
            msg.attach(MIMEText(text, "plain", "utf-8"))
            msg.attach(MIMEText(html_of(text), "html", "utf-8"))
        msg["X-GM-THRID"] = str(1790000000000000000 + (i // 2) * 7919)
        msg["X-Gmail-Labels"] = "Inbox,Category Updates" if i % 3 else "Sent,Opened"
        msg["Date"] = email.utils.format_datetime(dt)
        msg["From"] = addr(frm)
        msg["To"] = ", ".join(addr(k) for k in to)
        if cc:
            msg["Cc"] = ", ".join(addr(k) for k in cc)
        msg["Subject"] = subj
        msg["Message-ID"] = f"<CAED{i:03d}x{dt.strftime('%Y%m%d%H%M')}@mail.gmail.com>"
        utc = dt.astimezone(timezone.utc)
        frm_line = f"From {1790000000000000000 + i}@xxx {utc.strftime('%a %b %d %H:%M:%S +0000 %Y')}"
        raw = msg.as_string().replace("\nFrom ", "\n>From ")
        out.append(frm_line + "\n" + raw.rstrip("\n") + "\n")
    with open(os.path.join(HERE, "release.mbox"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
