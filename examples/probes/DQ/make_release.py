"""Write the DQ probe release: one mbox from a county library system and an e-book vendor.

Everything here is invented: names, organisations, products, codes, addresses and wording.
Several vendor messages are HTML-only (marketing layout); staff replies are plain text.
Deterministic: run it again and the same bytes come out. Also writes gold.json.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

P = {
    "harriet": ("Harriet Oyelaran-Beck", "hoyelaran@vmclibrary.org", "officer", "org_vmcl"),
    "tomasz": ("Tomasz Quillfeather", "tquillfeather@vmclibrary.org", "officer", "org_vmcl"),
    "renata": ("Renata Vasquez-Thorn", "rvasquezthorn@vmclibrary.org", "officer", "div_cholla"),
    "desmond": ("Desmond Achterberg", "dachterberg@vmclibrary.org", "officer", "org_vmcl"),
    "priya": ("Priya Valdemarsson", "pvaldemarsson@vmclibrary.org", "officer", "org_vmcl"),
    "luella": ("Luella Markovitch", "luella.markovitch@vmcounty.gov", "officer", "org_procure"),
    "corbin": ("Corbin Fairweather-Nash", "corbin.fn@pagewell.io", "vendor_employee", "org_pagewell"),
    "jolene": ("Jolene Castellanos-Ito", "jolene.ci@pagewell.io", "vendor_employee", "org_pagewell"),
    "wendell": ("Wendell Pruitt-Okafor", "wpruitt@abernathyfallslibrary.org", "other", "org_abernathy"),
}
DISPLAY = {"jolene": "Jolene from Lumiread", "corbin": "Corbin Fairweather-Nash | Pagewell Media"}

SIG = {
    "harriet": "Harriet Oyelaran-Beck\nLibrary Director\nVerdugo Mesa County Library\n(928) 555-0140",
    "tomasz": "Tomasz Quillfeather\nDeputy Director\nVerdugo Mesa County Library",
    "renata": "Renata Vasquez-Thorn\nBranch Manager, Cholla Ridge Branch\nVerdugo Mesa County Library",
    "desmond": "Desmond Achterberg\nDigital Services Librarian\nVerdugo Mesa County Library",
    "priya": "Priya Valdemarsson\nCollection Development Librarian\nVerdugo Mesa County Library",
    "luella": "Luella Markovitch, CPPB\nPurchasing Agent\nVerdugo Mesa County Procurement Services\n210 W. Ocotillo Ave, Suite 4, Cinder Wells",
}

HTML_HEAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
body{margin:0;background:#f3f1ec;font-family:Helvetica,Arial,sans-serif}
.wrap{width:600px;margin:0 auto;background:#ffffff}
.btn{background:#e2572b;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold}
.foot{font-size:11px;color:#888888}
</style></head><body>
<table class="wrap" role="presentation" cellpadding="0" cellspacing="0"><tr><td style="padding:18px 28px;background:#23395b">
<img src="https://cdn.pagewell.io/mail/lumiread-logo.png" alt="Lumiread" width="140"></td></tr>
"""
HTML_FOOT = """<tr><td class="foot" style="padding:18px 28px">Pagewell Media, Inc. &middot; 77 Larchmont Quay, Suite 900 &middot; Port Ellery, OR 97999<br>
You are receiving this because you are a Lumiread library partner. <a href="https://pagewell.io/prefs">Email preferences</a> &middot; <a href="https://pagewell.io/unsub">Unsubscribe</a></td></tr>
</table></body></html>
"""


def html(*rows):
    return HTML_HEAD + "".join('<tr><td style="padding:10px 28px;font-size:15px;line-height:22px;color:#333">' + r + "</td></tr>\n" for r in rows) + HTML_FOOT


PHX = timezone(timedelta(hours=-7))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

# (id, from, to, cc, datetime, subject, kind, body)
M = []


def msg(mid, frm, to, cc, dt, subject, body, is_html=False):
    M.append(dict(id=mid, frm=frm, to=to, cc=cc, dt=dt, subject=subject, body=body, html=is_html))


msg("m01", "corbin", ["luella"], ["priya"], datetime(2026, 2, 3, 9, 12, tzinfo=PST),
    "Lumiread renewal quote for Verdugo Mesa County Library (FY26-27)", html(
        "<h2 style='color:#23395b'>Your Lumiread renewal quote</h2>",
        "Hi Luella,<br><br>As requested, here is the renewal quote for the Verdugo Mesa County Library's Lumiread e-book and audiobook lending platform for the coming year.",
        "<table width='100%' cellpadding='6' style='border-collapse:collapse;border:1px solid #ddd'>"
        "<tr style='background:#eef2f7'><th align='left'>Item</th><th align='right'>Term</th><th align='right'>Amount</th></tr>"
        "<tr><td>Lumiread platform licence, up to 60,000 cardholders</td><td align='right'>12 months</td><td align='right'>$22,400.00</td></tr>"
        "<tr><td>Hosting &amp; MARC record feed</td><td align='right'>12 months</td><td align='right'>$2,200.00</td></tr>"
        "<tr><td><b>Total annual licence</b></td><td></td><td align='right'><b>$24,600.00</b></td></tr></table>",
        "Also good to know: every Lumiread library partner can switch on a 60-day free trial of Lumiread Kids Shelf, our picture-book and early-reader collection, at no charge. Just let us know when you want it started.",
        "<a class='btn' href='https://pagewell.io/q/VMCL-2627'>View and accept quote</a>",
        "Best,<br>Corbin Fairweather-Nash<br>Library Partnerships Manager, Pagewell Media"), True)

msg("m02", "luella", ["corbin"], ["priya", "harriet"], datetime(2026, 2, 5, 14, 40, tzinfo=PHX),
    "RE: Lumiread renewal quote for Verdugo Mesa County Library (FY26-27)",
    "Corbin,\n\nPurchase order PO 26-0418 has been issued for the Lumiread annual licence renewal in the amount of $24,600.00,\n"
    "net 30, per your quote. Please invoice the county, not the library, and reference the PO number.\n\n"
    "Priya, the Kids Shelf trial is fine to start whenever you like since it carries no cost to the county.\n\n" + SIG["luella"])

msg("m03", "jolene", ["desmond", "renata"], [], datetime(2026, 2, 10, 8, 0, tzinfo=PST),
    "Welcome to the Lumiread Ambassador Program!", html(
        "<h1 style='color:#e2572b;margin:0'>You're in! &#127881;</h1>",
        "Hi Desmond and Renata,<br><br>Welcome to the Lumiread Ambassador Program. Every time a patron signs up for Lumiread with your personal referral code, you earn <b>10 points</b> and move up the swag ladder.",
        "<table width='100%' cellpadding='8' style='border:1px solid #eee'>"
        "<tr style='background:#fff4ee'><th align='left'>Tier</th><th align='left'>Sign-ups</th><th align='left'>Reward</th></tr>"
        "<tr><td>Bronze</td><td>5</td><td>Lumiread sticker pack</td></tr>"
        "<tr><td>Silver</td><td>25</td><td>Canvas tote + insulated tumbler</td></tr>"
        "<tr><td>Gold</td><td>75</td><td>Ambassador hoodie, tote and tumbler</td></tr></table>",
        "<b>Your personal codes</b><br>Desmond: <span style='font-family:monospace'>LR-DACH-3318</span><br>Renata: <span style='font-family:monospace'>LR-RVT-CHOLLA</span>",
        "Running a bigger push? Anyone can also use our public spring code <b>SUMMERREADS26</b> for a free month of Lumiread Audio Plus on a new patron account.",
        "<a class='btn' href='https://pagewell.io/ambassadors/dashboard'>Go to my dashboard</a>",
        "Cheers,<br>Jolene Castellanos-Ito<br>Community &amp; Ambassador Programs, Pagewell Media"), True)

msg("m04", "desmond", ["jolene"], [], datetime(2026, 2, 11, 10, 22, tzinfo=PHX),
    "Re: Welcome to the Lumiread Ambassador Program!",
    "Hi Jolene,\n\nThanks, got it. I've had LR-DACH-3318 printed on the bookmarks we hand out at my Tuesday device\n"
    "help sessions, so patrons who sign up there should be credited to me.\n\n" + SIG["desmond"])

msg("m05", "renata", ["desmond"], [], datetime(2026, 2, 12, 16, 5, tzinfo=PHX),
    "flyers",
    "Desmond,\n\nFYI I printed the flyers for Cholla Ridge with my code LR-RVT-CHOLLA on them and handed out about\n"
    "60 at Saturday storytime. At the circulation desk we're just pointing people to the public code SUMMERREADS26.\n\n"
    "Renata")

msg("m06", "corbin", ["harriet"], [], datetime(2026, 3, 2, 11, 30, tzinfo=PST),
    "You're invited: Lumiread Partner Evening", html(
        "<h2 style='color:#23395b'>An evening with our library partners</h2>",
        "Dear Harriet,<br><br>We'd be honoured to host you and a guest at our Partner Evening on April 18 in Port Ellery. We've reserved two VIP seats for you (a $150 value each), including dinner and the keynote.",
        "<a class='btn' href='https://pagewell.io/events/partner-evening'>RSVP</a>",
        "Warmly,<br>Corbin"), True)

msg("m07", "harriet", ["corbin"], ["tomasz"], datetime(2026, 3, 3, 9, 15, tzinfo=PHX),
    "RE: You're invited: Lumiread Partner Evening",
    "Corbin,\n\nThank you for thinking of me, but I have to decline. County Administrative Policy 3-14 doesn't allow\n"
    "staff to accept meals or event tickets from a current vendor, so please release both seats.\n\n" + SIG["harriet"])

msg("m08", "corbin", ["priya"], [], datetime(2026, 3, 9, 13, 0, tzinfo=PDT),
    "Sponsorship offer: Southwest Library Futures Summit", html(
        "<h2 style='color:#23395b'>We'd love to sponsor you</h2>",
        "Hi Priya,<br><br>Pagewell Media sponsors one collection librarian from each partner region at the Southwest Library Futures Summit in May. This year we'd like it to be you.",
        "<table cellpadding='6'><tr><td>Full registration</td><td align='right'>$495</td></tr>"
        "<tr><td>Two nights at the Mirador Conference Hotel</td><td align='right'>$372</td></tr>"
        "<tr><td><b>Covered by Pagewell Media</b></td><td align='right'><b>$867</b></td></tr></table>",
        "<a class='btn' href='https://pagewell.io/sponsor/accept'>Accept sponsorship</a>",
        "Best,<br>Corbin"), True)

msg("m09", "priya", ["corbin"], ["harriet"], datetime(2026, 3, 10, 8, 47, tzinfo=PHX),
    "RE: Sponsorship offer: Southwest Library Futures Summit",
    "Hi Corbin,\n\nHarriet has signed off on it, so I'm happy to accept the sponsorship for the Summit. Thank you to\n"
    "Pagewell for covering the registration and hotel. I'll send my arrival dates this week.\n\n" + SIG["priya"])

msg("m10", "renata", ["harriet", "tomasz"], [], datetime(2026, 3, 16, 12, 10, tzinfo=PHX),
    "Desert Libraries Association conference registration",
    "Harriet, Tomasz,\n\nCould I register for the Desert Libraries Association conference in Tamarisk Springs? Early\n"
    "registration is $310. I'd like to charge it to the Cholla Ridge training budget.\n\n" + SIG["renata"])

msg("m11", "tomasz", ["renata"], ["harriet"], datetime(2026, 3, 17, 7, 55, tzinfo=PHX),
    "RE: Desert Libraries Association conference registration",
    "Renata,\n\nApproved. Use the library P-card and code it to account 4410 (staff training). Send the receipt to\n"
    "Accounts when you have it.\n\n" + SIG["tomasz"])

msg("m12", "jolene", ["renata"], [], datetime(2026, 4, 1, 9, 0, tzinfo=PDT),
    "Renata, you've earned 500 points!", html(
        "<h1 style='color:#e2572b;margin:0'>500 points &#11088;</h1>",
        "Hi Renata,<br><br>Your code LR-RVT-CHOLLA has brought 50 new patrons to Lumiread. You've earned 500 points, redeemable for a $50 e-gift card or a Silver-tier swag box.",
        "<table cellpadding='8'><tr><td style='background:#fff4ee'>Points balance</td><td><b>500</b></td></tr></table>",
        "<a class='btn' href='https://pagewell.io/ambassadors/redeem'>Redeem now</a>",
        "Keep it up!<br>Jolene"), True)

msg("m13", "renata", ["jolene"], [], datetime(2026, 4, 2, 13, 30, tzinfo=PHX),
    "Re: Renata, you've earned 500 points!",
    "Hi Jolene,\n\nJust redeemed the 500 points for the $50 e-gift card. It came through fine, thanks!\n\nRenata")

msg("m14", "jolene", ["tomasz"], [], datetime(2026, 4, 8, 15, 20, tzinfo=PDT),
    "Thank you for joining \"Audiobooks After Hours\"", html(
        "<h2 style='color:#23395b'>Thank you, Tomasz!</h2>",
        "Our webinar <i>Audiobooks After Hours</i> drew 640 library staff, and the questions you fielded were the highlight. As a small thank-you for being on the panel, a $40 e-gift card is on its way to your inbox.",
        "<a class='btn' href='https://pagewell.io/webinars/recording'>Watch the recording</a>",
        "Gratefully,<br>Jolene"), True)

msg("m15", "jolene", ["desmond"], [], datetime(2026, 4, 14, 10, 45, tzinfo=PDT),
    "Gold tier unlocked! Your ambassador kit has shipped", html(
        "<h1 style='color:#e2572b;margin:0'>Gold tier &#127942;</h1>",
        "Desmond, 75 patrons have signed up with LR-DACH-3318. Your Gold ambassador kit (hoodie, canvas tote and insulated tumbler, retail value $85) shipped today via ground.",
        "<table cellpadding='6'><tr><td>Tracking</td><td>1Z 88W 4R0 0300 1177</td></tr></table>",
        "<a class='btn' href='https://pagewell.io/ambassadors/dashboard'>See your dashboard</a>",
        "Jolene"), True)

msg("m16", "corbin", ["desmond"], ["harriet"], datetime(2026, 4, 20, 9, 5, tzinfo=PDT),
    "Your case study is live", html(
        "<h2 style='color:#23395b'>Verdugo Mesa County Library: doubling audiobook circulation</h2>",
        "<blockquote style='border-left:4px solid #e2572b;padding-left:12px'>&ldquo;Lumiread doubled our audiobook circulation in six months, and our patrons genuinely love the app. I recommend it to every library director who asks.&rdquo;<br>&mdash; Desmond Achterberg, Digital Services Librarian, Verdugo Mesa County Library</blockquote>",
        "Desmond, Harriet: the case study is now on our website and in the spring partner newsletter. As a thank-you for the case study, we've added a free year of Lumiread Audio Plus to the library's account (a $1,800 value).",
        "<a class='btn' href='https://pagewell.io/customers/verdugo-mesa'>Read the case study</a>",
        "With thanks,<br>Corbin Fairweather-Nash<br>Library Partnerships Manager"), True)

msg("m17", "desmond", ["corbin"], ["harriet"], datetime(2026, 4, 21, 11, 2, tzinfo=PHX),
    "Re: Your case study is live",
    "Corbin,\n\nThanks, it reads well. I can see Audio Plus switched on in the admin console now.\n\n" + SIG["desmond"])

msg("m18", "harriet", ["wendell"], ["desmond"], datetime(2026, 4, 28, 14, 18, tzinfo=PHX),
    "e-book platform question",
    "Wendell,\n\nYou asked at the regional meeting what we use for e-books and audiobooks. It's Lumiread, and I'd\n"
    "recommend it without hesitation: the app is easy for older patrons and our holds queue is half what it was.\n"
    "Desmond (cc'd) runs it day to day and can show your team the admin side. Corbin Fairweather-Nash at\n"
    "Pagewell Media handles sales for our region.\n\n" + SIG["harriet"])

msg("m19", "tomasz", ["corbin"], [], datetime(2026, 5, 4, 8, 30, tzinfo=PHX),
    "login outage this morning",
    "Corbin,\n\nThanks to your support team for getting the Lumiread login outage fixed so quickly this morning.\n"
    "Patrons were back in within the hour.\n\n" + SIG["tomasz"])


def addr(k):
    name, email = P[k][0], P[k][1]
    return f'"{DISPLAY.get(k, name)}" <{email}>'


def write_mbox(path):
    out = []
    for i, m in enumerate(M):
        d = format_datetime(m["dt"])
        ctype = 'text/html; charset="utf-8"' if m["html"] else 'text/plain; charset="utf-8"'
        hdr = [f"From {P[m['frm']][1]} {m['dt'].astimezone(timezone.utc).strftime('%a %b %d %H:%M:%S %Y')}",
               f"From: {addr(m['frm'])}", "To: " + ", ".join(addr(k) for k in m["to"])]
        if m["cc"]:
            hdr.append("Cc: " + ", ".join(addr(k) for k in m["cc"]))
        hdr += [f"Date: {d}", f"Subject: {m['subject']}", f"Message-ID: <dq{i + 1:02d}.{m['id']}@mail.vmclibrary.org>",
                "MIME-Version: 1.0", f"Content-Type: {ctype}", "Content-Transfer-Encoding: 8bit"]
        body = m["body"].replace("\r\n", "\n")
        body = "\n".join((">" + ln if ln.startswith("From ") else ln) for ln in body.split("\n"))
        out.append("\n".join(hdr) + "\n\n" + body.rstrip("\n") + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def gold():
    ents = []
    for k, (name, email, role, aff) in P.items():
        ents.append({"id": "p_" + k, "kind": "person", "name": name, "emails": [email], "role": role, "affiliation": aff})
    ents += [
        {"id": "org_vmcl", "kind": "organization", "name": "Verdugo Mesa County Library", "aliases": []},
        {"id": "div_cholla", "kind": "division", "name": "Cholla Ridge Branch", "aliases": ["Cholla Ridge"]},
        {"id": "org_procure", "kind": "organization", "name": "Verdugo Mesa County Procurement Services", "aliases": []},
        {"id": "org_pagewell", "kind": "organization", "name": "Pagewell Media, Inc.", "aliases": ["Pagewell Media", "Pagewell"]},
        {"id": "org_abernathy", "kind": "organization", "name": "Abernathy Falls Public Library", "aliases": []},
        {"id": "prod_lumiread", "kind": "product", "name": "Lumiread", "aliases": []},
        {"id": "prod_audioplus", "kind": "product", "name": "Lumiread Audio Plus", "aliases": ["Audio Plus"]},
        {"id": "prod_kids", "kind": "product", "name": "Lumiread Kids Shelf", "aliases": ["Kids Shelf"]},
        {"id": "code_dach", "kind": "code", "name": "LR-DACH-3318"},
        {"id": "code_rvt", "kind": "code", "name": "LR-RVT-CHOLLA"},
        {"id": "code_summer", "kind": "code", "name": "SUMMERREADS26"},
    ]
    msgs = [{"id": m["id"], "sent": m["dt"].astimezone(PHX).isoformat(), "subject": m["subject"]} for m in M]
    rels = [
        {"type": "GIFT", "source": "p_jolene", "target": "p_desmond", "value_usd": 85, "items": [], "messages": ["m15"]},
        {"type": "GIFT", "source": "p_jolene", "target": "p_renata", "value_usd": 50, "items": [], "messages": ["m12", "m13"]},
        {"type": "GIFT", "source": "p_jolene", "target": "p_tomasz", "value_usd": 40, "items": [], "messages": ["m14"]},
        {"type": "GIFT", "source": "p_corbin", "target": "p_priya", "value_usd": 867, "items": [], "messages": ["m08", "m09"]},
        {"type": "GIFT", "source": "p_corbin", "target": "org_vmcl", "value_usd": 1800,
         "items": [{"product": "prod_audioplus", "quantity": 1}], "messages": ["m16", "m17"]},
        {"type": "REFERRAL", "source": "p_desmond", "target": "org_pagewell", "messages": ["m03", "m04", "m15"]},
        {"type": "REFERRAL", "source": "p_renata", "target": "org_pagewell", "messages": ["m03", "m05", "m12"]},
        {"type": "PROMOTED", "source": "p_desmond", "target": "prod_lumiread", "messages": ["m16"]},
        {"type": "PROMOTED", "source": "p_harriet", "target": "prod_lumiread", "messages": ["m18"]},
    ]
    for k, v in P.items():
        rels.append({"type": "MEMBER_OF", "source": "p_" + k, "target": v[3]})
    cnt = {}
    for m in M:
        for r in m["to"] + m["cc"]:
            cnt[(m["frm"], r)] = cnt.get((m["frm"], r), 0) + 1
    for (s, t), c in sorted(cnt.items()):
        rels.append({"type": "EMAILED", "source": "p_" + s, "target": "p_" + t, "count": c})
    return {"entities": ents, "messages": msgs, "relations": rels}


if __name__ == "__main__":
    write_mbox(os.path.join(HERE, "release.mbox"))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold(), f, indent=1)
        f.write("\n")
