"""Write the EJ release (one Gmail-like mbox export) and its gold.json.

Everything here is invented: the city, the office, the vendor, people, products, codes and addresses.
Casual, terse, top-posted writing; each reply carries the quoted history under it (Gmail style).
Timezone America/Los_Angeles (April 2026, PDT = -07:00).
"""
import json
import mailbox
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PDT = timezone(timedelta(hours=-7))

P = {
    "taryn": ("Taryn Holloway-Pike", "taryn@brightwicksignal.com"),
    "gus": ("Augustus Fennimore", "afennimore@brightwicksignal.com"),
    "kat": ("Katrina Volkov", "kvolkov@alderbluff.gov"),
    "dez": ("Desmond Achterberg", "dachterberg@alderbluff.gov"),
    "priya": ("Priya Castellanos", "pcastellanos@alderbluff.gov"),
    "robbie": ("Roberto Maldenado", "rmaldenado@alderbluff.gov"),
    "wendell": ("Wendell Okafor", "wokafor@alderbluff.gov"),
    "marisol": ("Marisol Trent", "mtrent@cedarhollowfire.org"),
}

SIGS = {
    "taryn": "--\nTaryn Holloway-Pike\nRegional Sales, Brightwick Signal Co.\n(541) 555-0148",
    "gus": "--\nGus Fennimore | Marketing Manager | Brightwick Signal Co.",
    "kat": "sent from my phone",
    "dez": "",
    "priya": "",
    "robbie": "",
    "wendell": "--\nWendell Okafor\nOffice Manager, Alder Bluff Fire Marshal's Office",
    "marisol": "",
}

# (id, thread, sender, to, cc, when, subject, body)
MSGS = [
    ("m01", "t1", "taryn", ["priya"], ["robbie"], (4, 6, 9, 12), "new testers",
     "want a couple of the new sentrycheck 5 testers? on us 😊 just got a batch in, they're way lighter than the 4s"),
    ("m02", "t1", "priya", ["taryn"], ["robbie"], (4, 6, 10, 3), "Re: new testers",
     "yes pls!! 2 wd be amazing, robbie keeps stealing mine lol"),
    ("m03", "t1", "taryn", ["priya"], ["robbie"], (4, 7, 15, 41), "Re: new testers",
     "sent 2 today, tracking 1Z7F30A20388214906. lmk when they land"),
    ("m03a", "t1", "priya", ["taryn"], ["robbie"], (4, 9, 16, 22), "Re: new testers",
     "got em!! thx T 🙏"),
    ("m04", "t1", "taryn", ["priya"], ["robbie"], (4, 10, 8, 57), "Re: new testers",
     "np!! glad they made it. fyi they retail ~$340 so pls dont drop em off a ladder 😂"),
    ("m05", "t2", "taryn", ["wendell"], [], (4, 13, 11, 20), "lunch thurs",
     "hey wendell, lunch for the office thurs? my treat. how many of u are there now, 5?"),
    ("m06", "t2", "wendell", ["taryn"], [], (4, 13, 11, 48), "Re: lunch thurs",
     "5 of us, thx!! kat says no cilantro on hers"),
    ("m07", "t2", "taryn", ["wendell"], [], (4, 14, 16, 5), "Re: lunch thurs",
     "ordered from pinecrest taqueria, $212 w/ tip, should show up ~12:15 thurs. enjoy 🌮"),
    ("m08", "t3", "taryn", ["kat"], [], (4, 15, 8, 2), "🎂",
     "happy bday kat!! dropped one of our new navy softshell jackets in the mail for u, on the house"),
    ("m09", "t3", "kat", ["taryn"], [], (4, 16, 19, 33), "Re: 🎂",
     "omg thx T, it came today and fits perfect. these are nice, what do they even go for"),
    ("m10", "t3", "taryn", ["kat"], [], (4, 16, 20, 10), "Re: 🎂",
     "haha like $95 retail, dont worry abt it. happy bday again"),
    ("m11", "t4", "wendell", ["taryn"], ["dez"], (4, 17, 9, 30), "3 more SC5s",
     "need 3 more sentrycheck 5s for the inspection trucks. can u invoice us? paying on the city p-card"),
    ("m12", "t4", "taryn", ["wendell"], ["dez"], (4, 17, 13, 14), "Re: 3 more SC5s",
     "done, invoice BW-30418 for $1,020 (3 x $340), charged to the p-card ending 0923. ships mon"),
    ("m13", "t5", "robbie", ["taryn"], [], (4, 20, 14, 45), "heat head loaner",
     "sent the sentrycheck heat head loaner back today, ups ground. thx for letting us borrow it for the hotel reinspection"),
    ("m14", "t6", "gus", ["dez"], [], (4, 21, 10, 0), "HG-2s for ur place",
     "dez, want a 10-pack of haloguard hg-2s for ur house? on the house, we have a ton of demo stock"),
    ("m15", "t6", "dez", ["gus"], [], (4, 21, 10, 26), "Re: HG-2s for ur place",
     "thx but cant accept, city rules 🙃 appreciate it tho"),
    ("m16", "t7", "robbie", ["marisol"], [], (4, 22, 12, 3), "that tester",
     "mari - if ur ordering the sentrycheck 5s use my code BWS-RM-2291 at checkout, gets u 15% off"),
    ("m17", "t7", "marisol", ["robbie"], [], (4, 23, 9, 17), "Re: that tester",
     "used it! ordered 2 for cedar hollow, thx robbie 🙌"),
    ("m18", "t8", "gus", ["kat"], [], (4, 24, 11, 40), "quote for the catalog",
     "kat can we use this in the summer catalog?\n\n\"The SentryCheck 5 cut our annual alarm inspection time in half.\" - Katrina Volkov, Fire Marshal, City of Alder Bluff\n\nlmk"),
    ("m19", "t8", "kat", ["gus"], [], (4, 24, 15, 2), "Re: quote for the catalog",
     "yep approved 👍 go ahead"),
    ("m20", "t9", "taryn", ["wendell"], ["priya"], (4, 27, 8, 45), "hg-2 sale",
     "fyi hg-2s are 20% off for everyone thru 4/30, code SPRING20 on the website. in case the city wants to stock up"),
    ("m21", "t10", "priya", ["taryn"], [], (4, 28, 17, 12), "slides",
     "thx for the training slides yesterday, super helpful. robbie says thx too"),
]


def when(t):
    mo, d, h, mi = t
    return datetime(2026, mo, d, h, mi, 0, tzinfo=PDT)


def gmail_attr(dt):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return dt.strftime("%a, %b ") + f"{dt.day}, {dt.year} at {h}:{dt.minute:02d} {ap}"


def quote(text):
    return "\n".join(">" if not ln else "> " + ln for ln in text.split("\n"))


def build():
    bodies = {}
    threads = {}
    mbox_path = os.path.join(HERE, "alder_bluff_fmo_export.mbox")
    if os.path.exists(mbox_path):
        os.remove(mbox_path)
    box = mailbox.mbox(mbox_path)
    gold_msgs = []
    emailed = {}
    for i, (mid, th, snd, to, cc, t, subj, body) in enumerate(MSGS):
        dt = when(t)
        text = body
        if SIGS[snd]:
            text += "\n\n" + SIGS[snd]
        prev = threads.get(th)
        full = text
        if prev:
            pdt, psnd, pfull = prev
            name, addr = P[psnd]
            full = text + f"\n\nOn {gmail_attr(pdt)} {name} <{addr}> wrote:\n\n" + quote(pfull)
        threads[th] = (dt, snd, full)
        msg = EmailMessage()
        msg["From"] = f"{P[snd][0]} <{P[snd][1]}>"
        msg["To"] = ", ".join(f"{P[x][0]} <{P[x][1]}>" for x in to)
        if cc:
            msg["Cc"] = ", ".join(f"{P[x][0]} <{P[x][1]}>" for x in cc)
        msg["Subject"] = subj
        msg["Date"] = format_datetime(dt)
        msg["Message-ID"] = f"<{mid}.{th}.ej@mail.alderbluff.example>"
        msg["X-GM-THRID"] = str(1790000000000000000 + int(th[1:]) * 1000)
        msg["X-Gmail-Labels"] = "Inbox,Important,Opened"
        msg.set_content(full)
        mm = mailbox.mboxMessage(msg)
        utc = dt.astimezone(timezone.utc)
        mm.set_from("1790%015d@xxx " % (i + 1) + utc.strftime("%a %b %d %H:%M:%S +0000 %Y"))
        box.add(mm)
        gold_msgs.append({"id": mid, "sent": dt.isoformat(), "subject": subj})
        for r in to + cc:
            emailed.setdefault((snd, r), []).append(mid)
    box.flush()
    box.close()
    return gold_msgs, emailed


def gold(gold_msgs, emailed):
    ents = [
        {"id": "taryn", "kind": "person", "name": "Taryn Holloway-Pike", "aliases": ["Taryn", "T"],
         "emails": ["taryn@brightwicksignal.com"], "role": "vendor_employee", "affiliation": "brightwick"},
        {"id": "gus", "kind": "person", "name": "Augustus Fennimore", "aliases": ["Gus", "Gus Fennimore"],
         "emails": ["afennimore@brightwicksignal.com"], "role": "vendor_employee", "affiliation": "brightwick"},
        {"id": "kat", "kind": "person", "name": "Katrina Volkov", "aliases": ["Kat"],
         "emails": ["kvolkov@alderbluff.gov"], "role": "officer", "affiliation": "abfmo"},
        {"id": "dez", "kind": "person", "name": "Desmond Achterberg", "aliases": ["Dez"],
         "emails": ["dachterberg@alderbluff.gov"], "role": "officer", "affiliation": "abfmo"},
        {"id": "priya", "kind": "person", "name": "Priya Castellanos", "aliases": ["Priya"],
         "emails": ["pcastellanos@alderbluff.gov"], "role": "officer", "affiliation": "abfmo"},
        {"id": "robbie", "kind": "person", "name": "Roberto Maldenado", "aliases": ["Robbie"],
         "emails": ["rmaldenado@alderbluff.gov"], "role": "officer", "affiliation": "abfmo"},
        {"id": "wendell", "kind": "person", "name": "Wendell Okafor", "aliases": ["Wendell"],
         "emails": ["wokafor@alderbluff.gov"], "role": "officer", "affiliation": "abfmo"},
        {"id": "marisol", "kind": "person", "name": "Marisol Trent", "aliases": ["Mari"],
         "emails": ["mtrent@cedarhollowfire.org"], "role": "officer", "affiliation": "cedarhollow"},
        {"id": "brightwick", "kind": "organization", "name": "Brightwick Signal Co.",
         "aliases": ["Brightwick", "Brightwick Signal"]},
        {"id": "abfmo", "kind": "organization", "name": "Alder Bluff Fire Marshal's Office",
         "aliases": ["City of Alder Bluff", "Alder Bluff"]},
        {"id": "cedarhollow", "kind": "organization", "name": "Cedar Hollow", "aliases": ["Cedar Hollow Fire"]},
        {"id": "sc5", "kind": "product", "name": "SentryCheck 5", "aliases": ["SentryCheck 5 tester", "SC5"]},
        {"id": "hg2", "kind": "product", "name": "HaloGuard HG-2", "aliases": ["HG-2", "HaloGuard"]},
        {"id": "heathead", "kind": "product", "name": "SentryCheck Heat Head", "aliases": ["heat head"]},
        {"id": "code_ref", "kind": "code", "name": "BWS-RM-2291"},
        {"id": "code_sale", "kind": "code", "name": "SPRING20"},
    ]
    rels = [
        {"type": "GIFT", "source": "taryn", "target": "priya", "value_usd": 680,
         "items": [{"product": "sc5", "quantity": 2}], "messages": ["m01", "m02", "m03", "m03a", "m04"]},
        {"type": "GIFT", "source": "taryn", "target": "wendell", "value_usd": 212, "items": [],
         "messages": ["m05", "m06", "m07"]},
        {"type": "GIFT", "source": "taryn", "target": "kat", "value_usd": 95, "items": [],
         "messages": ["m08", "m09", "m10"]},
        {"type": "REFERRAL", "source": "robbie", "target": "brightwick", "code": "code_ref",
         "messages": ["m16", "m17"]},
        {"type": "PROMOTED", "source": "kat", "target": "sc5", "messages": ["m18", "m19"]},
    ]
    for pid in ("taryn", "gus"):
        rels.append({"type": "MEMBER_OF", "source": pid, "target": "brightwick"})
    for pid in ("kat", "dez", "priya", "robbie", "wendell"):
        rels.append({"type": "MEMBER_OF", "source": pid, "target": "abfmo"})
    rels.append({"type": "MEMBER_OF", "source": "marisol", "target": "cedarhollow"})
    for (s, t), mids in sorted(emailed.items()):
        rels.append({"type": "EMAILED", "source": s, "target": t, "count": len(mids), "messages": mids})
    g = {"entities": ents, "messages": gold_msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    gold(*build())
