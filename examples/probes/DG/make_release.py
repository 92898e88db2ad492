#!/usr/bin/env python3
"""Write the DG probe release: one Gmail-style mbox export of a county sheriff's office's mail with an
invented drone-as-first-responder vendor, plus its gold.json. Deterministic; everything is invented."""
import json
import mailbox
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MDT = timezone(timedelta(hours=-6))
UTC = timezone.utc

SO = "quillancountyso.gov"
P = {
    "teague": ("H. Teague", f"hteague@{SO}"),
    "castellano": ("Priya Castellano", f"pcastellano@{SO}"),
    "ridlow": ("Matt Ridlow", f"mridlow@{SO}"),
    "vasquez": ("Andre Vasquez", f"avasquez@{SO}"),
    "dre_gmail": ("Dre V", "dre.vasquez.flies@gmail.com"),
    "sullivan": ("Connor Sullivan", f"csullivan@{SO}"),
    "kroll": ("Bethany Kroll", f"bkroll@{SO}"),
    "whitlock": ("Jenna Whitlock", f"jwhitlock@{SO}"),
    "fenwick": ("Nadia Fenwick", "nfenwick@quillancounty.gov"),
    "brandvold": ("Ty Brandvold", "ty@hawkline.io"),
    "achebe": ("Roz Achebe", "roz@hawkline.io"),
    "oyelaran": ("Matt Oyelaran", "matt@hawkline.io"),
    "ferrand": ("Tomas Ferrand", "tferrand@dunmorepd.org"),
    "group": ("", "mtnwest-le-uas@googlegroups.com"),
}
# which gold person each address key belongs to (None: not a person)
WHO = {k: k for k in P}
WHO["dre_gmail"] = "vasquez"
WHO["group"] = None


def addr(k):
    name, email = P[k]
    return f"{name} <{email}>" if name else email


FWD_TRANSCRIPT = """Sheriff -- pull from Tuesday's Ten-Eight episode (your interview, Sheriff Harlan Teague, ep. 212). Hawkline wants to share it. ok?

SHERIFF TEAGUE: Honestly? Hawkline changed how we answer calls. The drone is overhead before the first car rolls. Every sheriff in this state ought to be looking at them.

Jenna Whitlock
Public Information Officer | Quillan County Sheriff's Office"""

BOOTH = """Hey Matt -- every agency that swings by booth 418 at Uplift this week gets 10% off a first order with code UPLIFT10. same deal for everybody.
-Matt"""

# id, when (aware), date header tz, from, to, cc, subject, body, html?, labels, thread, in_reply_to
MSGS = [
    ("m01", datetime(2025, 5, 20, 21, 47, 12, tzinfo=MDT), UTC, "brandvold", ["vasquez"], [], "ur truck",
     "<div>dre!! left an X2 in ur truck. that one&#39;s yours, for you to keep, don&#39;t tell anyone lol</div>"
     "<div>its a $2,900 bird so maybe dont crash it day 1 &#x1F605;</div><div>-ty</div><div><br></div><div>Sent from my iPhone</div>",
     True, "Inbox,Opened", 1, None),
    ("m02", datetime(2025, 5, 28, 14, 20, 5, tzinfo=MDT), MDT, "achebe", ["sullivan"], [], "batteries",
     "Sully -- dropping 4 spare X2 batteries at Station 2 tmrw. they're for you, keep em (on us, $189 ea).\n\n"
     "Roz Achebe\nCustomer Success Lead | Hawkline Aerial", False, "Inbox,Opened", 2, None),
    ("m03", datetime(2025, 6, 2, 19, 31, 40, tzinfo=MDT), MDT, "dre_gmail", ["group"], ["sullivan"], "DFR15 = 15% off Hawkline",
     "for anyone pricing out DFR: Hawkline set me up w/ a personal code, DFR15, 15% off your first Kestrel order. "
     "tell em Dre from Quillan sent you\n\n- Dre\nDeputy Andre Vasquez, QCSO Aviation", False, "Inbox,Opened,Category Forums", 3, None),
    ("m04", datetime(2025, 6, 5, 15, 41, 0, tzinfo=MDT), MDT, "sullivan", ["oyelaran"], ["ridlow"], "Re: X2 eval loaner",
     "loaner X2 + 2 batts boxed up, shipped back to you today. eval's done.\n-Sully", False, "Sent", 4, None),
    ("m05", datetime(2025, 6, 10, 10, 5, 22, tzinfo=MDT), MDT, "oyelaran", ["ridlow"], ["castellano"], "Uplift - Reno",
     "Matt -- want to bring you out to Uplift in Reno (Aug 12-14). we'd cover your registration ($1,295) and 2 nights at the "
     "Silverline ($480). Priya, same offer stands for you.\n-Matt\n\nMatt Oyelaran\nAccount Executive | Hawkline Aerial",
     False, "Inbox,Important,Opened", 5, None),
    ("m06", datetime(2025, 6, 10, 11, 17, 48, tzinfo=MDT), MDT, "castellano", ["oyelaran"], ["ridlow"], "Re: Uplift - Reno",
     "Matt -- thanks, but I'll pass. I can't accept travel or registration from a vendor.\n\nP. Castellano\nUndersheriff",
     False, "Sent", 5, "m05"),
    ("m07", datetime(2025, 6, 12, 8, 52, 9, tzinfo=MDT), MDT, "ridlow", ["oyelaran"], [], "Re: Uplift - Reno",
     "on it. ethics signed off, I'm in. thx\n-Matt", False, "Sent", 5, "m05"),
    ("m08", datetime(2025, 6, 17, 16, 22, 31, tzinfo=MDT), UTC, "brandvold", ["kroll"], ["oyelaran"], "dinner thurs",
     "<div>beth - dinner thurs 7pm @ Ember &amp; Oak? on the company card obvi. want to pitch u on DFR for all of patrol</div><div>-ty</div>",
     True, "Inbox,Opened", 6, None),
    ("m09", datetime(2025, 6, 17, 16, 30, 2, tzinfo=MDT), MDT, "kroll", ["brandvold"], ["oyelaran"], "Re: dinner thurs",
     "sg", False, "Sent", 6, "m08"),
    ("m10", datetime(2025, 6, 20, 9, 14, 56, tzinfo=MDT), MDT, "brandvold", ["kroll"], [], "Re: dinner thurs",
     "great nite! $212 well spent lol. deck coming monday\n-ty", False, "Inbox,Opened", 6, "m09"),
    ("m11", datetime(2025, 6, 26, 13, 5, 0, tzinfo=MDT), MDT, "teague", ["achebe"], [], "training",
     "Roz - thanks for running the training tues, crew got a lot out of it.\nHJT", False, "Sent", 7, None),
    ("m12", datetime(2025, 7, 1, 11, 0, 0, tzinfo=MDT), UTC, "achebe", ["vasquez"], ["sullivan", "ridlow"], "Hawkline Pilot of the Month \U0001F3C6",
     "<p>Congrats Dre!! &#x1F3C6; You&#39;re Hawkline&#39;s June <b>Pilot of the Month</b>. A $100 gift card is on its way to you &mdash; enjoy!</p>"
     "<p>Roz<br>Customer Success Lead | Hawkline Aerial</p>", True, "Inbox,Opened", 8, None),
    ("m13", datetime(2025, 7, 1, 11, 26, 14, tzinfo=MDT), MDT, "sullivan", ["achebe"], ["vasquez", "ridlow"], "Re: Hawkline Pilot of the Month \U0001F3C6",
     "+1 well deserved lol", False, "Sent", 8, "m12"),
    ("m14", datetime(2025, 7, 8, 10, 12, 33, tzinfo=MDT), MDT, "achebe", ["whitlock"], [], "team jacket",
     "Jenna! sending you one of our team jackets ($140 softshell), yours to keep. M ok?\nRoz", False, "Inbox,Opened", 9, None),
    ("m15", datetime(2025, 7, 15, 17, 48, 19, tzinfo=MDT), MDT, "ridlow", ["ferrand"], [], "DFR vendors",
     "Tomas -- per our call: go w/ Hawkline. the Kestrel X2 on the Nest dock is the best tool we've added in my 14 yrs here, "
     "hands down. would recommend them to anyone.\n- Matt\n\nSgt. Matt Ridlow\nAviation Unit | Quillan County Sheriff's Office",
     False, "Sent", 10, None),
    ("m16", datetime(2025, 7, 22, 14, 10, 0, tzinfo=MDT), MDT, "whitlock", ["teague"], [], "Ten-Eight transcript - ok to share?",
     FWD_TRANSCRIPT, False, "Sent", 11, None),
    ("m17", datetime(2025, 7, 22, 14, 36, 44, tzinfo=MDT), MDT, "teague", ["whitlock"], [], "Re: Ten-Eight transcript - ok to share?",
     "fine by me.\nHJT", False, "Inbox,Opened", 11, "m16"),
    ("m18", datetime(2025, 7, 23, 8, 15, 27, tzinfo=MDT), MDT, "whitlock", ["achebe"], [], "Fwd: Ten-Eight transcript - ok to share?",
     "approved by the Sheriff -- go ahead\n\n---------- Forwarded message ---------\nFrom: Jenna Whitlock <jwhitlock@quillancountyso.gov>\n"
     "Date: Tue, Jul 22, 2025 at 2:10 PM\nSubject: Ten-Eight transcript - ok to share?\nTo: H. Teague <hteague@quillancountyso.gov>\n\n\n"
     + FWD_TRANSCRIPT, False, "Sent", 11, None),
    ("m19", datetime(2025, 7, 29, 12, 2, 3, tzinfo=MDT), MDT, "kroll", ["achebe"], [], "Re: quote for our site?",
     "Roz - use this:\n\n\"With Hawkline our patrol deputies have eyes on scene in under two minutes. I'd recommend Hawkline to any "
     "agency weighing DFR.\"\n\nLt. Bethany Kroll\nPatrol Division | Quillan County Sheriff's Office", False, "Sent", 12, None),
    ("m20", datetime(2025, 8, 4, 9, 30, 0, tzinfo=MDT), MDT, "fenwick", ["oyelaran"], ["ridlow", "castellano"], "PO 25-1184 - Hawkline Aerial",
     "Matt -- PO 25-1184 attached: 3 Hawkline Nest docks, 3 Kestrel X2, Hawkline Command annual license. $148,600 per the approved "
     "quote, Net 30.\n\nNadia Fenwick\nPurchasing Agent | Quillan County\nnfenwick@quillancounty.gov", False, "Inbox,Opened", 13, None),
    ("m22", datetime(2025, 8, 14, 7, 45, 10, tzinfo=MDT), MDT, "ridlow", ["castellano", "kroll"], [], "Fwd: Uplift booth special",
     "fyi - their public booth deal, every agency gets it. nothing for us to do.\n\n---------- Forwarded message ---------\n"
     "From: Matt Oyelaran <matt@hawkline.io>\nDate: Wed, Aug 13, 2025 at 8:02 AM\nSubject: Uplift booth special\n"
     "To: Matt Ridlow <mridlow@quillancountyso.gov>\n\n\n" + BOOTH, False, "Sent", 14, None),
]
# messages a reader finds only inside a forward (the transcript forward repeats m16)
INNER = [("m21", datetime(2025, 8, 13, 8, 2, 0, tzinfo=MDT), "oyelaran", ["ridlow"], [], "Uplift booth special")]


def build():
    box_path = HERE / "qcso_export.mbox"
    if box_path.exists():
        box_path.unlink()
    box = mailbox.mbox(str(box_path))
    for (i, when, hdr_tz, frm, to, cc, subj, body, html, labels, thread, irt) in MSGS:
        m = EmailMessage(policy=SMTP)
        m["X-GM-THRID"] = str(1833000000000000000 + thread * 7919)
        m["X-Gmail-Labels"] = labels
        m["Message-ID"] = f"<{i}-qc@mail.gmail.example>"
        if irt:
            m["In-Reply-To"] = f"<{irt}-qc@mail.gmail.example>"
        m["Date"] = format_datetime(when.astimezone(hdr_tz))
        m["From"] = addr(frm)
        m["To"] = ", ".join(addr(k) for k in to)
        if cc:
            m["Cc"] = ", ".join(addr(k) for k in cc)
        m["Subject"] = subj
        if html:
            m.set_content(f"<html><body>{body}</body></html>", subtype="html", charset="utf-8",
                          cte="base64" if i == "m12" else "quoted-printable")
        else:
            m.set_content(body + "\n", charset="utf-8", cte="8bit" if any(ord(c) > 127 for c in body) else "7bit")
        mm = mailbox.mboxMessage(m.as_bytes())
        mm.set_from(f"{1833000000000000000 + int(i[1:]) * 104729}@xxx", when.astimezone(UTC).timetuple())
        box.add(mm)
    box.flush()
    box.close()


def gold():
    ent = []

    def person(pid, name, role, org, emails, aliases=()):
        ent.append({"id": pid, "kind": "person", "name": name, "role": role, "affiliation": org,
                    "emails": list(emails), "aliases": list(aliases)})

    ent += [
        {"id": "o_qcso", "kind": "organization", "name": "Quillan County Sheriff's Office", "aliases": ["QCSO", "Quillan County Sheriff"]},
        {"id": "o_hawkline", "kind": "organization", "name": "Hawkline Aerial", "aliases": ["Hawkline", "Hawkline Aerial, Inc."]},
        {"id": "o_county", "kind": "organization", "name": "Quillan County", "aliases": []},
        {"id": "o_dunmore", "kind": "organization", "name": "Dunmore Police Department", "aliases": ["Dunmore PD"]},
        {"id": "d_aviation", "kind": "division", "name": "Aviation Unit", "aliases": ["QCSO Aviation"]},
        {"id": "d_patrol", "kind": "division", "name": "Patrol Division", "aliases": []},
        {"id": "pr_x2", "kind": "product", "name": "Kestrel X2", "aliases": ["X2", "Kestrel"]},
        {"id": "pr_battery", "kind": "product", "name": "Kestrel X2 battery", "aliases": ["X2 battery", "X2 batteries"]},
        {"id": "pr_nest", "kind": "product", "name": "Hawkline Nest", "aliases": ["Nest dock", "Nest"]},
        {"id": "pr_command", "kind": "product", "name": "Hawkline Command", "aliases": []},
        {"id": "c_dfr15", "kind": "code", "name": "DFR15", "aliases": []},
        {"id": "c_uplift10", "kind": "code", "name": "UPLIFT10", "aliases": []},
    ]
    person("teague", "Harlan Teague", "officer", "o_qcso", [P["teague"][1]], ["H. Teague", "HJT", "Sheriff Teague"])
    person("castellano", "Priya Castellano", "officer", "o_qcso", [P["castellano"][1]], ["P. Castellano", "Priya"])
    person("ridlow", "Matt Ridlow", "officer", "o_qcso", [P["ridlow"][1]], ["Sgt. Matt Ridlow"])
    person("vasquez", "Andre Vasquez", "officer", "o_qcso", [P["vasquez"][1], P["dre_gmail"][1]], ["Dre", "Dre V", "Deputy Andre Vasquez"])
    person("sullivan", "Connor Sullivan", "officer", "o_qcso", [P["sullivan"][1]], ["Sully"])
    person("kroll", "Bethany Kroll", "officer", "o_qcso", [P["kroll"][1]], ["Beth", "Lt. Bethany Kroll"])
    person("whitlock", "Jenna Whitlock", "officer", "o_qcso", [P["whitlock"][1]], ["Jenna"])
    person("fenwick", "Nadia Fenwick", "officer", "o_county", [P["fenwick"][1]], [])
    person("brandvold", "Ty Brandvold", "vendor_employee", "o_hawkline", [P["brandvold"][1]], ["Ty"])
    person("achebe", "Roz Achebe", "vendor_employee", "o_hawkline", [P["achebe"][1]], ["Roz"])
    person("oyelaran", "Matt Oyelaran", "vendor_employee", "o_hawkline", [P["oyelaran"][1]], [])
    person("ferrand", "Tomas Ferrand", "officer", "o_dunmore", [P["ferrand"][1]], ["Tomas"])

    msgs = [{"id": i, "sent": w.isoformat(), "subject": s} for (i, w, _tz, _f, _t, _c, s, *_rest) in MSGS]
    msgs += [{"id": i, "sent": w.isoformat(), "subject": s} for (i, w, _f, _t, _c, s) in INNER]
    msgs.sort(key=lambda m: m["sent"])

    rel = []

    def gift(src, dst, value, items, ms):
        rel.append({"type": "GIFT", "source": src, "target": dst, "value_usd": value,
                    "items": [{"product": p, "quantity": q} for p, q in items], "messages": ms})

    gift("brandvold", "vasquez", 2900, [("pr_x2", 1)], ["m01"])          # drone "for you to keep"
    gift("achebe", "sullivan", 756, [("pr_battery", 4)], ["m02"])        # 4 x $189 batteries
    gift("oyelaran", "ridlow", 1775, [], ["m05", "m07"])                  # registration $1,295 + hotel $480, accepted
    gift("brandvold", "kroll", 212, [], ["m08", "m10"])                   # dinner on the company card
    gift("achebe", "vasquez", 100, [], ["m12"])                           # pilot of the month gift card
    gift("achebe", "whitlock", 140, [], ["m14"])                          # team jacket
    rel.append({"type": "REFERRAL", "source": "vasquez", "target": "o_hawkline", "code": "c_dfr15", "messages": ["m03"]})
    rel.append({"type": "PROMOTED", "source": "ridlow", "target": "o_hawkline", "messages": ["m15"]})
    rel.append({"type": "PROMOTED", "source": "teague", "target": "o_hawkline", "messages": ["m16", "m18"]})
    rel.append({"type": "PROMOTED", "source": "kroll", "target": "o_hawkline", "messages": ["m19"]})
    for e in ent:
        if e["kind"] == "person":
            rel.append({"type": "MEMBER_OF", "source": e["id"], "target": e["affiliation"], "messages": []})
    for pid in ("ridlow", "vasquez", "sullivan"):
        rel.append({"type": "MEMBER_OF", "source": pid, "target": "d_aviation", "messages": []})
    rel.append({"type": "MEMBER_OF", "source": "kroll", "target": "d_patrol", "messages": []})

    em = {}
    rows = [(i, f, t, c) for (i, _w, _tz, f, t, c, *_r) in MSGS] + [(i, f, t, c) for (i, _w, f, t, c, _s) in INNER]
    for i, f, t, c in rows:
        for r in t + c:
            s, d = WHO[f], WHO[r]
            if s and d:
                em.setdefault((s, d), []).append(i)
    for (s, d), ms in sorted(em.items()):
        rel.append({"type": "EMAILED", "source": s, "target": d, "count": len(ms), "messages": ms})

    out = {"about": "DG probe: Quillan County Sheriff's Office and Hawkline Aerial (invented)",
           "entities": ent, "messages": msgs, "relations": rel}
    (HERE / "gold.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    gold()
