#!/usr/bin/env python3
"""Write probe CZ: a county hospital's ED/cardiac unit and a point-of-care blood testing vendor,
delivered as a ZIP of webmail "print" pages (one .html per message plus index.html).

Everything here is invented. Deterministic: run it again and the same bytes come out.
Also writes gold.json (the EMAILED edges are counted from the headers below).
"""
import json
import os
import zipfile
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

P = {
    "mc": ("Miriam Castellane", "mcastellane@brenmoorcounty.org"),
    "dw": ("Dale Whitacre", "dwhitacre@brenmoorcounty.org"),
    "pv": ("Priya Venkataraman", "pvenkataraman@brenmoorcounty.org"),
    "tb": ("Tomasz Brevik", "tbrevik@brenmoorcounty.org"),
    "sl": ("Shauna Lyle", "slyle@brenmoorcounty.org"),
    "gp": ("Gordon Pettibone", "gpettibone@brenmoorcounty.org"),
    "lf": ("Lorraine Fitzhugh", "lfitzhugh@brenmoorcounty.org"),
    "km": ("Kyle Marchetti", "kmarchetti@quillstonedx.com"),
    "jh": ("Jenna Halvorsen", "jhalvorsen@quillstonedx.com"),
    "bo": ("Brad Oyelaran", "boyelaran@quillstonedx.com"),
    "fa": ("Felix Amundsen", "famundsen@lakemontrmc.org"),
    "mf": ("Marisol Ferreira", "mferreira@pinecrestvalley.org"),
}

SIG = {
    "km": '<div class="sig"><p>Kyle Marchetti<br>Territory Sales Representative | Quillstone Diagnostics<br>'
          'c 555-0142 | kmarchetti@quillstonedx.com</p><img src="cid:qsd_logo.png" alt="Quillstone Diagnostics" width="120"></div>',
    "jh": '<div class="sig"><p>Jenna Halvorsen, RN, BSN<br>Clinical Educator | Quillstone Diagnostics</p>'
          '<img src="cid:qsd_logo.png" alt="Quillstone Diagnostics" width="120"></div>',
    "bo": '<div class="sig"><p>Brad Oyelaran<br>Regional Manager, Southeast<br>Quillstone Diagnostics</p>'
          '<img src="cid:qsd_logo.png" alt="Quillstone Diagnostics" width="120"></div>',
    "gp": '<div class="sig"><p>Gordon Pettibone | Purchasing Manager | Materials Management<br>Brenmoor County Hospital</p>'
          '<img src="cid:bch_logo.gif" alt="Brenmoor County Hospital"></div>',
    "dw": '<div class="sig"><p>Dale Whitacre, RN, MSN<br>Nurse Manager, Emergency Department<br>Brenmoor County Hospital</p>'
          '<img src="cid:bch_logo.gif" alt="Brenmoor County Hospital"></div>',
    "lf": '<div class="sig"><p>Lorraine Fitzhugh, JD, CHC<br>Compliance Officer | Compliance Office<br>Brenmoor County Hospital</p>'
          '<img src="cid:bch_logo.gif" alt="Brenmoor County Hospital"></div>',
    "pv": '<div class="sig"><p>Priya Venkataraman, RN<br>Nurse Manager, Cardiac Care Unit (CCU)<br>Brenmoor County Hospital</p>'
          '<img src="cid:bch_logo.gif" alt="Brenmoor County Hospital"></div>',
    "iphone": "<div><p>Sent from my iPhone</p></div>",
}

EDT = timezone(timedelta(hours=-4))
EST = timezone(timedelta(hours=-5))

# id, from, to, cc, local datetime (tz), sent style, subject, body html, quoted message id, quote style
M = []


def msg(mid, frm, to, cc, dt, style, subject, body, quote=None, qstyle="on"):
    M.append(dict(id=mid, frm=frm, to=to, cc=cc, dt=dt, style=style, subject=subject, body=body, quote=quote, qstyle=qstyle))


msg("m01", "km", ["dw"], ["mc"], datetime(2026, 3, 3, 9, 14, tzinfo=EST), "long", "VeraPoint 300 demo - ED",
    "<p>Dale,</p><p>Per our call, the demo VeraPoint 300 arrives Thu. It&rsquo;s a 30-day eval unit under demo agreement "
    "DA-5512 &ndash; I&rsquo;ll pick it back up on 4/3. Jenna will do the in-service for days &amp; nights.</p><p>Thx,<br>Kyle</p>" + SIG["km"])

msg("m02", "gp", ["km"], ["dw"], datetime(2026, 3, 5, 16, 40, tzinfo=EST), "short", "Eval cartridges - LactaSure",
    "<p>Kyle &ndash;</p><p>Rec&rsquo;d 5 boxes VeraPoint LactaSure cartridges, no charge, for the ED validation study. "
    "Logged as evaluation stock on eval log EV-0931, not for patient use or billing. Pls send the lot cert.</p>"
    "<p>Thx</p>" + SIG["gp"])

msg("m03", "km", ["dw"], ["jh"], datetime(2026, 3, 10, 11, 2, tzinfo=EDT), "long", "In-service lunch Thurs",
    "<p>Dale &ndash;</p><p>For the in-service Thurs 3/12 we&rsquo;ll bring lunch for the unit: Saffron Table catering for ~30, "
    "about $540, on Quillstone. Jenna will run 2 sessions (11:30 &amp; 13:00) at the ED huddle room.</p>"
    "<p>Let me know any dietary stuff.</p><p>- Kyle</p>" + SIG["km"])

msg("m04", "dw", ["km", "jh"], [], datetime(2026, 3, 12, 19, 48, tzinfo=EDT), "short", "RE: In-service lunch Thurs",
    "<p>Thx both &ndash; great turnout, RNs loved the lunch. Night shift asking if they can get a session too.</p>" + SIG["iphone"],
    quote="m03", qstyle="iphone")

msg("m05", "tb", ["km"], ["jh"], datetime(2026, 3, 20, 2, 15, tzinfo=EDT), "short", "night shift in-service",
    "<p>Kyle &ndash; thx for coming in at 0200 w/ Jenna. And for the coffee cards for nights &ndash; 20 Beanstead cards at $15 each, "
    "very generous. Crew says thx.</p><p>T.<br>Charge RN, ED nights</p>" + SIG["iphone"])

msg("m06", "dw", ["km"], ["gp"], datetime(2026, 4, 2, 8, 30, tzinfo=EDT), "short", "Demo unit return",
    "<p>Kyle &ndash;</p><p>Demo VeraPoint 300 (SN VP3-00871) is boxed &amp; ready for pickup at ED receiving per DA-5512. "
    "Thx for the eval. We&rsquo;re going through purchasing for 2 units.</p>" + SIG["dw"])

msg("m07", "gp", ["km"], ["dw", "mc"], datetime(2026, 4, 14, 10, 5, tzinfo=EDT), "long", "PO 26-04417 VeraPoint",
    "<p>Kyle,</p><p>PO 26-04417 issued under contract BCH-2025-118: 2 VeraPoint 300 analyzers ($18,400 ea) and "
    "40 boxes VeraPoint TropQ cartridges ($290/box). Net 45. Pls confirm ship date.</p>" + SIG["gp"])

msg("m08", "bo", ["mc"], ["km"], datetime(2026, 4, 16, 13, 22, tzinfo=EDT), "long", "Southeast Acute Care Summit - Savannah",
    "<p>Dr. Castellane,</p><p>Congratulations on the ED go-live. We&rsquo;d love to have you join us at the Southeast Acute Care "
    "Summit in Savannah, May 14&ndash;16. Quillstone will cover your registration ($695) and three nights at the Harborline "
    "Hotel ($867). Kyle will send the booking confirmation.</p><p>Best,</p>" + SIG["bo"])

msg("m09", "mc", ["bo"], ["km"], datetime(2026, 4, 16, 21, 7, tzinfo=EDT), "short", "RE: Southeast Acute Care Summit - Savannah",
    "<p>Thx Brad &ndash; count me in.</p><p>MC</p>" + SIG["iphone"], quote="m08", qstyle="iphone")

msg("m10", "km", ["mc"], [], datetime(2026, 4, 20, 9, 40, tzinfo=EDT), "long", "Case study quote",
    "<p>Dr. C &ndash;</p><p>Marketing drafted the ED case study. OK to use this quote w/ your name &amp; title?</p>"
    "<p><i>&ldquo;With the VeraPoint 300 at the bedside, our troponin turnaround went from 58 minutes to 11. "
    "I&rsquo;d recommend it to any busy ED.&rdquo; &mdash; Miriam Castellane, MD, Medical Director, Emergency Department, "
    "Brenmoor County Hospital</i></p><p>Thx!<br>Kyle</p>" + SIG["km"])

msg("m11", "mc", ["km"], ["lf"], datetime(2026, 4, 20, 12, 31, tzinfo=EDT), "short", "RE: Case study quote",
    "<p>Kyle &ndash; approved as written. Cc&rsquo;ing Lorraine per our policy on vendor publicity.</p><p>MC</p>",
    quote="m10", qstyle="outlook")

msg("m12", "mc", ["fa"], [], datetime(2026, 4, 22, 15, 10, tzinfo=EDT), "short", "POC troponin",
    "<p>Felix &ndash; re your q at the EMS meeting: we went live w/ VeraPoint 300 in the ED this month and we&rsquo;re happy w/ it. "
    "The Quillstone rep gave me a colleague code, QSD-PEER15 &ndash; 15% off your first cartridge order. "
    "Rep is Kyle Marchetti, kmarchetti@quillstonedx.com.</p><p>-Miriam</p>" + SIG["iphone"])

msg("m13", "km", ["pv"], [], datetime(2026, 4, 23, 16, 20, tzinfo=EDT), "long", "CCU lunch 4/30",
    "<p>Priya &ndash;</p><p>Would love to bring lunch for the CCU on 4/30 while we walk through the VeraPoint Go. "
    "Saffron Table again, ~$400 for the unit. Let me know!</p><p>Kyle</p>" + SIG["km"])

msg("m14", "pv", ["km"], ["lf"], datetime(2026, 4, 24, 7, 55, tzinfo=EDT), "short", "RE: CCU lunch 4/30",
    "<p>Kyle &ndash; thx but we have to decline the lunch. Per BCH policy CP-7.4 no vendor meals while the CCU RFP is open. "
    "Happy to meet in the conf room at 14:00 w/o food. Cc Lorraine FYI.</p><p>P.</p>" + SIG["pv"], quote="m13", qstyle="outlook")

msg("m15", "jh", ["pv"], ["km"], datetime(2026, 5, 4, 10, 12, tzinfo=EDT), "long", "VeraPoint Go for CCU",
    "<p>Priya &ndash;</p><p>I left one VeraPoint Go handheld (SN VPG-20419) at the CCU desk after this morning&rsquo;s in-service. "
    "That one&rsquo;s for the unit to keep &ndash; no need to return it. List is $2,400.</p><p>Jenna</p>" + SIG["jh"])

msg("m16", "sl", ["pv"], [], datetime(2026, 5, 6, 22, 41, tzinfo=EDT), "short", "FYI dinner",
    "<p>Priya FYI &ndash; Kyle from Quillstone took me to dinner at The Copper Heron Fri, he paid, ~$170 w/ tip. "
    "Do I need to report that to compliance?</p><p>Shauna</p>" + SIG["iphone"])

msg("m17", "pv", ["sl"], ["lf"], datetime(2026, 5, 7, 8, 3, tzinfo=EDT), "short", "RE: FYI dinner",
    "<p>Yes pls fill out the vendor interaction form today, CNO wants all of these logged. Cc Lorraine.</p><p>P.</p>", quote="m16", qstyle="iphone")

msg("m18", "lf", ["mc"], ["gp"], datetime(2026, 5, 8, 14, 30, tzinfo=EDT), "long", "Speaker agreement - Quillstone",
    "<p>Dr. Castellane,</p><p>I reviewed the Quillstone speaker agreement (SA-2026-031) for your 5/21 talk to regional ED staff. "
    "The $1,500 honorarium is within fair market value and the written contract is on file. Please disclose it on your "
    "annual COI form. OK to proceed.</p>" + SIG["lf"])

msg("m19", "jh", ["dw"], ["km"], datetime(2026, 5, 11, 17, 45, tzinfo=EDT), "short", "Jackets for ED",
    "<p>Dale &ndash; dropped off 12 Quillstone soft-shell jackets (navy) for the ED crew, ~$65 ea. Sizes are in the box.</p>"
    "<p>Thx for hosting the super-user training!</p><p>Jenna</p>" + SIG["jh"])

msg("m20", "pv", ["mf"], [], datetime(2026, 5, 12, 9, 20, tzinfo=EDT), "short", "VeraPoint Go",
    "<p>Marisol &ndash; you asked about handheld POC for your cath lab recovery. We&rsquo;ve had the VeraPoint Go on CCU ~2 wks "
    "and I&rsquo;d recommend it, RNs like the 2-min TropQ. If you reach out use code VPGO-CCU10, 10% off first order. "
    "Contact is Kyle Marchetti at Quillstone.</p><p>P.</p>" + SIG["iphone"])

msg("m21", "bo", ["dw"], ["km"], datetime(2026, 5, 13, 11, 0, tzinfo=EDT), "long", "Reference site",
    "<p>Dale,</p><p>Would the Brenmoor ED be willing to serve as a reference site for other ED leaders looking at "
    "point-of-care testing? A call or two a quarter at most.</p><p>Thanks,</p>" + SIG["bo"])

msg("m22", "dw", ["bo"], ["km"], datetime(2026, 5, 13, 18, 5, tzinfo=EDT), "short", "RE: Reference site",
    "<p>Brad &ndash; yes, happy to. Quillstone&rsquo;s clinical ed team has been excellent, I&rsquo;d tell any nurse manager the same.</p>"
    "<p>Dale</p>" + SIG["iphone"], quote="m21", qstyle="iphone")

BY_ID = {m["id"]: m for m in M}


def addr(k):
    n, e = P[k]
    return f"{n} &lt;{e}&gt;"


def sent_str(m):
    d = m["dt"]
    if m["style"] == "long":
        return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + str(int(d.strftime("%I"))) + d.strftime(":%M %p")
    return d.strftime("%a ") + f"{d.month}/{d.day}/{d.year} " + d.strftime("%H:%M")


def quote_html(q, style):
    d = q["dt"]
    if style == "iphone":
        head = f"<div>On {d.strftime('%b')} {d.day}, {d.year}, at {d.strftime('%H:%M')}, {addr(q['frm'])} wrote:</div>"
    else:
        head = ("<div><b>From:</b> " + addr(q["frm"]) + "<br><b>Sent:</b> " + sent_str(q) + "<br><b>To:</b> "
                + "; ".join(addr(k) for k in q["to"]) + ("<br><b>Cc:</b> " + "; ".join(addr(k) for k in q["cc"]) if q["cc"] else "")
                + "<br><b>Subject:</b> " + q["subject"] + "</div>")
        head = "<hr>" + head
    return head + "<blockquote>" + q["body"] + "</blockquote>"


def page(m):
    rows = [("From:", addr(m["frm"])), ("Sent:", sent_str(m)), ("To:", "; ".join(addr(k) for k in m["to"]))]
    if m["cc"]:
        rows.append(("Cc:", "; ".join(addr(k) for k in m["cc"])))
    rows.append(("Subject:", m["subject"]))
    trs = "\n".join(f'<tr><td class="lbl"><b>{a}</b></td><td>{b}</td></tr>' for a, b in rows)
    body = m["body"]
    if m["quote"]:
        body += "\n" + quote_html(BY_ID[m["quote"]], m["qstyle"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{m['subject']}</title>
<style>body{{font-family:Calibri,Arial,sans-serif;font-size:11pt}} td.lbl{{width:80px;vertical-align:top}}</style></head>
<body>
<div class="printhdr">Brenmoor County Hospital Webmail</div>
<hr>
<div class="subjectline"><b>{m['subject']}</b></div>
<table class="hdr" cellpadding="2" cellspacing="0">
{trs}
</table>
<hr>
<div class="body">
{body}
</div>
</body></html>
"""


def index(files):
    rows = "\n".join(
        f'<tr><td>{sent_str(m)}</td><td>{P[m["frm"]][0]}</td><td><a href="{f}">{m["subject"]}</a></td></tr>' for m, f in files)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Records request 26-118 - index</title></head>
<body><h2>Records request 26-118 &ndash; responsive email (ED / CCU / Quillstone Diagnostics)</h2>
<table border="1" cellpadding="3"><tr><th>Sent</th><th>From</th><th>Subject</th></tr>
{rows}
</table></body></html>
"""


def write_zip():
    files = []
    for i, m in enumerate(M, 1):
        slug = "".join(c if c.isalnum() else "_" for c in m["subject"]).strip("_")[:40]
        files.append((m, f"msg_{i:03d}_{slug}.html"))
    path = os.path.join(HERE, "release.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("index.html", index(files))] + [(f, page(m)) for m, f in files]:
            zi = zipfile.ZipInfo("release/" + name, date_time=(2026, 6, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def gold():
    role = {k: ("vendor_employee" if k in ("km", "jh", "bo") else "other" if k in ("fa", "mf") else "officer") for k in P}
    aff = {"km": "o_qsd", "jh": "o_qsd", "bo": "o_qsd", "fa": "o_lrmc", "mf": "o_pvh"}
    aff.update({k: "o_bch" for k in ("mc", "dw", "pv", "tb", "sl", "gp", "lf")})
    aliases = {"mc": ["Dr. Castellane", "Miriam Castellane, MD"], "dw": ["Dale Whitacre, RN, MSN"],
               "pv": ["Priya Venkataraman, RN"], "jh": ["Jenna Halvorsen, RN, BSN"], "lf": ["Lorraine Fitzhugh, JD, CHC"]}
    ents = []
    for k, (n, e) in P.items():
        ents.append({"id": "p_" + k, "kind": "person", "name": n, "aliases": aliases.get(k, []), "emails": [e],
                     "role": role[k], "affiliation": aff[k]})
    ents += [
        {"id": "o_bch", "kind": "organization", "name": "Brenmoor County Hospital", "aliases": ["BCH", "Brenmoor"]},
        {"id": "o_qsd", "kind": "organization", "name": "Quillstone Diagnostics", "aliases": ["Quillstone"]},
        {"id": "o_lrmc", "kind": "organization", "name": "Lakemont Regional Medical Center", "aliases": []},
        {"id": "o_pvh", "kind": "organization", "name": "Pinecrest Valley Hospital", "aliases": []},
        {"id": "d_ed", "kind": "division", "name": "Emergency Department", "aliases": ["ED"]},
        {"id": "d_ccu", "kind": "division", "name": "Cardiac Care Unit", "aliases": ["CCU"]},
        {"id": "d_mm", "kind": "division", "name": "Materials Management", "aliases": ["Purchasing"]},
        {"id": "d_co", "kind": "division", "name": "Compliance Office", "aliases": ["Compliance"]},
        {"id": "pr_vp300", "kind": "product", "name": "VeraPoint 300", "aliases": ["VeraPoint 300 analyzer", "VeraPoint 300 analyzers"]},
        {"id": "pr_vpgo", "kind": "product", "name": "VeraPoint Go", "aliases": ["VeraPoint Go handheld"]},
        {"id": "pr_tropq", "kind": "product", "name": "VeraPoint TropQ", "aliases": ["TropQ", "VeraPoint TropQ cartridges"]},
        {"id": "pr_lacta", "kind": "product", "name": "VeraPoint LactaSure", "aliases": ["LactaSure", "VeraPoint LactaSure cartridges"]},
        {"id": "c_peer15", "kind": "code", "name": "QSD-PEER15", "aliases": []},
        {"id": "c_ccu10", "kind": "code", "name": "VPGO-CCU10", "aliases": []},
    ]
    msgs = [{"id": m["id"], "sent": m["dt"].isoformat(), "subject": m["subject"]} for m in M]
    rels = [
        {"type": "GIFT", "source": "p_km", "target": "p_dw", "value_usd": 540, "items": [], "messages": ["m03", "m04"],
         "note": "catered in-service lunch for the ED (~30 people)"},
        {"type": "GIFT", "source": "p_km", "target": "p_tb", "value_usd": 300, "items": [], "messages": ["m05"],
         "note": "20 coffee cards at $15 for the ED night shift"},
        {"type": "GIFT", "source": "p_bo", "target": "p_mc", "value_usd": 1562, "items": [], "messages": ["m08", "m09"],
         "note": "conference registration $695 + three hotel nights $867, accepted"},
        {"type": "GIFT", "source": "p_jh", "target": "p_pv", "value_usd": 2400, "items": [{"product": "pr_vpgo", "quantity": 1}],
         "messages": ["m15"], "note": "handheld left for the CCU to keep"},
        {"type": "GIFT", "source": "p_km", "target": "p_sl", "value_usd": 170, "items": [], "messages": ["m16"],
         "note": "dinner at a restaurant, vendor paid"},
        {"type": "GIFT", "source": "p_jh", "target": "p_dw", "value_usd": 780, "items": [], "messages": ["m19"],
         "note": "12 branded jackets at ~$65 for the ED crew"},
        {"type": "REFERRAL", "source": "p_mc", "target": "o_qsd", "messages": ["m12"], "note": "passes code QSD-PEER15 to another hospital"},
        {"type": "REFERRAL", "source": "p_pv", "target": "o_qsd", "messages": ["m20"], "note": "passes code VPGO-CCU10 to another hospital"},
        {"type": "PROMOTED", "source": "p_mc", "target": "pr_vp300", "messages": ["m10", "m11", "m12"], "note": "case study quote approved; tells a colleague"},
        {"type": "PROMOTED", "source": "p_pv", "target": "pr_vpgo", "messages": ["m20"], "note": "recommends the handheld to a colleague"},
        {"type": "PROMOTED", "source": "p_dw", "target": "o_qsd", "messages": ["m22"], "note": "agrees to be a reference site, praises the vendor"},
    ]
    member = {"mc": "d_ed", "dw": "d_ed", "tb": "d_ed", "pv": "d_ccu", "sl": "d_ccu", "gp": "d_mm", "lf": "d_co",
              "km": "o_qsd", "jh": "o_qsd", "bo": "o_qsd", "fa": "o_lrmc", "mf": "o_pvh"}
    rels += [{"type": "MEMBER_OF", "source": "p_" + k, "target": v} for k, v in member.items()]
    cnt = Counter()
    for m in M:
        for r in m["to"] + m["cc"]:
            cnt[(m["frm"], r)] += 1
    rels += [{"type": "EMAILED", "source": "p_" + a, "target": "p_" + b, "count": c} for (a, b), c in sorted(cnt.items())]
    g = {"about": "Probe CZ gold, written blind. Negatives (not gifts): demo unit DA-5512 returned (m01, m06); "
                  "LactaSure evaluation stock logged EV-0931 (m02); PO 26-04417 under contract BCH-2025-118 (m07); "
                  "CCU lunch offered and declined under policy (m13, m14); speaker honorarium under written agreement SA-2026-031 (m18).",
         "entities": ents, "messages": msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    write_zip()
    gold()
