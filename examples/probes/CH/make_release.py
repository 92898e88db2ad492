"""Build probe CH: release.pdf (a webmail client's print view of one mailbox) and gold.json.

Everything here is invented. Run with a Python that has fpdf2 (a scratch venv, not the project's):
    /tmp/pdfenv/bin/python make_release.py
"""
import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from fpdf import FPDF

HERE = Path(__file__).parent
TZ = ZoneInfo("America/Toronto")
OWNER = "m.doucettevail@ashburypolice.ca"

# ---------------------------------------------------------------- people
P = {
    "cb": ("Callum Bretherton", "callum.bretherton@norvane.ca"),
    "iv": ("Imogen Vasquez-Tully", "ivasqueztully@norvane.ca"),
    "do": ("Desmond Okafor-Lind", "dokaforlind@norvane.ca"),
    "news": ("Norvane Upfit Systems", "news@norvane.ca"),
    "md": ("Marguerite Doucette-Vail", "m.doucettevail@ashburypolice.ca"),
    "ab": ("Anouk Beaulieu", "a.beaulieu@ashburypolice.ca"),
    "rt": ("Rowan Takeda-Birch", "r.takedabirch@ashburypolice.ca"),
    "cf": ("Colm Ferreira", "c.ferreira@ashburypolice.ca"),
    "dm": ("Dennis Mulcahy", "d.mulcahy@ashburypolice.ca"),
    "hs": ("Harriet Sowerby", "hsowerby@ashburypsb.ca"),
    "fb": ("Fenella Brisco", "fbrisco@wexmoorpolice.ca"),
    "tm": ("Tobias Merrow", "tmerrow@wexmoorpolice.ca"),
}

SIG = {
    "cb": "Callum Bretherton\nAccount Executive, Public Safety\nNorvane Upfit Systems Ltd.\n2240 Millbrook Road, Unit 6, Ashbury ON\nT (905) 555-0187 | M (905) 555-0112",
    "iv": "Imogen Vasquez-Tully\nCustomer Success Coordinator\nNorvane Upfit Systems Ltd.\nT (905) 555-0190",
    "do": "Desmond Okafor-Lind\nInstallation Lead\nNorvane Upfit Systems Ltd.\nM (905) 555-0163",
    "md": "S/Sgt. Marguerite Doucette-Vail\nFleet Section\nAshbury Regional Police Service\n(905) 555-0301 ext. 4410",
    "ab": "Cst. Anouk Beaulieu #2087\nFleet Section\nAshbury Regional Police Service\n(905) 555-0301 ext. 4417",
    "rt": "Inspector Rowan Takeda-Birch\nTraffic Services Unit\nAshbury Regional Police Service\n(905) 555-0301 ext. 5200",
    "cf": "Sgt. Colm Ferreira #1533\nTraffic Services Unit\nAshbury Regional Police Service\n(905) 555-0301 ext. 5214",
    "dm": "Dennis Mulcahy\nPurchasing Officer\nFinance & Procurement Section\nAshbury Regional Police Service\n(905) 555-0301 ext. 3120",
    "hs": "Harriet Sowerby\nBoard Administrator\nAshbury Police Services Board\n(905) 555-0388",
    "fb": "Insp. Fenella Brisco\nWexmoor Police Service\n(519) 555-0242",
    "tm": "Sgt. Tobias Merrow\nWexmoor Police Service\n(519) 555-0251",
}

M = []  # messages in send order


def msg(mid, when, frm, to, subject, body, cc=(), sig=True, printed=True):
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    text = body.strip("\n")
    if sig and frm in SIG:
        text += "\n\n" + SIG[frm]
    m = dict(id=mid, dt=dt, frm=frm, to=list(to), cc=list(cc), subject=subject, body=text, printed=printed)
    M.append(m)
    return m


def addr(k):
    n, e = P[k]
    return f"{n} <{e}>"


def stamp(dt):
    return dt.strftime("%a, %b ") + str(dt.day) + dt.strftime(", %Y at ") + dt.strftime("%I:%M %p").lstrip("0")


def quoted(m):
    lines = [f"On {stamp(m['dt'])}, {addr(m['frm'])} wrote:"]
    lines += [("> " + ln).rstrip() for ln in m["body"].split("\n")]
    return "\n".join(lines)


def forwarded(m):
    head = ["---------- Forwarded message ---------", f"From: {addr(m['frm'])}", f"Date: {stamp(m['dt'])}",
            f"Subject: {m['subject']}", "To: " + ", ".join(addr(k) for k in m["to"])]
    if m["cc"]:
        head.append("Cc: " + ", ".join(addr(k) for k in m["cc"]))
    return "\n".join(head) + "\n\n" + m["body"]


# ---------------------------------------------------------------- the mail
m01 = msg("m01", "2026-01-12 09:14", "cb", ["md"], "Introduction - Norvane Upfit Systems", """
Good morning Staff Sergeant Doucette-Vail,

Dennis Mulcahy in your purchasing office passed along your name as the person looking after the 2026 cruiser
changeover. I look after public-safety accounts in the region for Norvane. We do complete patrol upfits (the
Strata-9 light bar, the CommandCore console build-out, partitions and wiring) and we run KestrelTrack, our
per-vehicle telematics subscription.

Would you have half an hour next week for a short call? I'm happy to work around shift schedules.

Kind regards,""", cc=["iv"])

m02 = msg("m02", "2026-01-12 11:02", "md", ["cb"], "Re: Introduction - Norvane Upfit Systems", """
Hi Callum,

Thanks for reaching out. Wednesday the 14th at 10:00 works for me; I'll have Cst. Beaulieu from my section join.

Marguerite

""" + quoted(m01), cc=["iv"], sig=False)

m03 = msg("m03", "2026-01-14 15:30", "cb", ["md"], "Quote Q-26-0114 - Strata-9 and CommandCore", """
Marguerite,

Thanks for your time this morning. As discussed, our quotation for the changeover:

  - Strata-9 full-width light bar, installed: C$2,180.00 each x 14
  - CommandCore console build-out: C$3,450.00 per vehicle
  - KestrelTrack telematics: C$38.00 per vehicle per month, 36-month term

Prices exclude HST and are valid for 60 days. The formal quote (Q-26-0114) is attached for Dennis.

Best,""", cc=["dm"])

m04 = msg("m04", "2026-01-19 10:05", "cb", ["md"], "Thursday's game", """
Hi Marguerite,

Something lighter than quotes: I have two seats for the Harbourside Gulls home game on the 29th, lower bowl. Face
value is C$170 each, so C$340 for the pair. They're yours if you'd like them - I'd hate to see them go unused.

Let me know and I'll leave them at will-call under your name.

Callum""", sig=False)

m05 = msg("m05", "2026-01-19 13:47", "md", ["cb"], "Re: Thursday's game", """
Callum, that's very generous of you. My husband will be over the moon - we'll pick them up at will-call.

Thanks again,
Marguerite

""" + quoted(m04), sig=False)

m06 = msg("m06", "2026-01-22 08:30", "iv", ["md", "ab"], "Loaner Strata-9 bar for evaluation", """
Hello both,

As promised, a loaner Strata-9 bar is on its way to your garage for the evaluation. It's on loan until
February 20; there's a prepaid return label in the crate, so please send it back to us when you're done.

Cheers,""")

m07 = msg("m07", "2026-01-26 14:12", "cb", ["rt"], "Strata-9 mini lightheads for Traffic", """
Inspector Takeda-Birch,

Following our conversation at the chiefs' breakfast: I've set aside a dozen Strata-9 mini lightheads for the
Traffic Services Unit. There's no charge and no invoice coming - just have the team put them to good use on the
motorcycles. Desmond will drop them at your garage on Friday.

Regards,""", cc=["md", "cf"])

m08 = msg("m08", "2026-01-26 16:40", "rt", ["cb"], "Re: Strata-9 mini lightheads for Traffic", """
Thanks Callum - much appreciated. The motor squad will be glad of them.

Rowan

""" + quoted(m07), cc=["md", "cf"], sig=False)

m09 = msg("m09", "2026-02-02 09:20", "dm", ["cb"], "PO 26-0412 - Strata-9 light bars (14)", """
Good morning Callum,

Please find attached purchase order PO 26-0412 for fourteen (14) Strata-9 light bars, installed, per your
quotation Q-26-0114. Please reference the PO number on your invoice and send the invoice to accounts payable.

Thank you,""", cc=["md"])

m10 = msg("m10", "2026-02-03 11:05", "cb", ["dm"], "Re: PO 26-0412 - Strata-9 light bars (14)", """
Dennis,

Received with thanks. Invoice INV-55781 for C$30,520.00 plus HST will follow once the last bar is installed.

Callum

""" + quoted(m09), cc=["md"], sig=False)

m11 = msg("m11", "2026-02-05 14:10", "cb", ["rt"], "Norvane Fleet Summit - Halifax", """
Rowan,

We'd very much like to bring you out to the Norvane Fleet Summit in Halifax, April 14 to 16, to sit on the
traffic-enforcement panel. Norvane will cover your return flights and three nights at the harbour hotel -
roughly C$1,850 all in. Just say the word and Imogen will book everything.

All the best,""", printed=False)

m12 = msg("m12", "2026-02-05 16:25", "rt", ["md"], "Fwd: Norvane Fleet Summit - Halifax", """
Marguerite, FYI - I've said yes to this one. The Superintendent signed off on it this afternoon.

R.

""" + forwarded(m11), sig=False)

m13 = msg("m13", "2026-02-09 10:00", "iv", ["ab"], "Coffee on us", """
Hi Anouk,

You've been a star getting all the install slots lined up. I've popped a $50 gift card for the Grindstone Cafe in
the mail to you - enjoy a few coffees on us!

Imogen""", cc=["md"], sig=False)

m14 = msg("m14", "2026-02-09 10:45", "ab", ["iv"], "Re: Coffee on us", """
Oh, you didn't have to do that! Thank you so much, Imogen.

Anouk

""" + quoted(m13), cc=["md"], sig=False)

m15 = msg("m15", "2026-02-11 13:15", "cb", ["rt"], "Norvane Charity Classic - June 5", """
Rowan,

Our annual charity golf day is June 5 at Fernleigh Hills. We'd be honoured to have you in the Norvane foursome
(a C$400 value, and all proceeds go to the children's hospital). Could you let me know by March 1?

Best,""", cc=["md"])

m16 = msg("m16", "2026-02-11 15:02", "rt", ["cb"], "Re: Norvane Charity Classic - June 5", """
Callum,

Thank you for thinking of me, but I'll have to decline. Under the Service's gifts and hospitality policy I
can't accept a round from a current supplier. Please give my place to someone else, and good luck with the
fundraising.

Regards,
Rowan

""" + quoted(m15), cc=["md"], sig=False)

m17 = msg("m17", "2026-02-17 09:00", "do", ["md"], "Install schedule - week of Feb 23", """
Hi Marguerite,

Proposed bays for next week:
  Mon 23 - units 4410, 4411
  Tue 24 - units 4412, 4413
  Wed 25 - unit 4414 (CommandCore build-out only)
Please have the cars at the Millbrook shop by 7:30. Let me know if anything needs to move.

Thanks,""", cc=["ab"])

m18 = msg("m18", "2026-02-18 12:30", "md", ["do"], "Re: Install schedule - week of Feb 23", """
Desmond, that works. And thank you - your crew did tidy work on the first four cars, and the turnaround was
quicker than we were promised.

Marguerite

""" + quoted(m17), cc=["ab"], sig=False)

m19 = msg("m19", "2026-02-20 15:40", "ab", ["iv"], "Loaner bar returned", """
Hi Imogen,

The loaner Strata-9 bar went back to you by courier this morning on your prepaid label (waybill 7730 4415 9902).
Thanks for the loan - it helped us settle the mounting question.

""", cc=["md"])

m20 = msg("m20", "2026-02-24 17:05", "do", ["cf"], "KestrelTrack pilot unit", """
Colm,

The pilot ends Friday. No need to ship the KestrelTrack unit back - hang on to it, it's yours for the traffic
cruiser. I'll switch the account over so the data keeps flowing.

Desmond""", cc=["md"], sig=False)

m21 = msg("m21", "2026-02-27 08:14", "md", ["rt"], "Telematics pilot numbers", """
Rowan,

Do you have the idle-time figures from the KestrelTrack pilot? I'd like them for the Board report.

Marguerite""", sig=False)

m22 = msg("m22", "2026-02-27 08:15", "rt", ["md"], "Automatic reply: Telematics pilot numbers", """
Thank you for your email. I am out of the office until Monday, March 2. For urgent traffic matters please
contact Sgt. Colm Ferreira at ext. 5214.
""", sig=False)

m23 = msg("m23", "2026-03-03 10:30", "news", ["md"], "Norvane Dispatch - March 2026", """
NORVANE DISPATCH | March 2026

In this issue: the new Strata-9 mini lighthead, KestrelTrack fuel reports, and spring upfit scheduling.

FROM THE FIELD
"Norvane has been the best upfit partner we've worked with. The bars go in clean and the telematics
actually gets used," says Sgt. Colm Ferreira of the Ashbury Regional Police Service Traffic Services Unit.

SPRING OFFER
Book a spring upfit before April 30 and use code FLEETSPRING15 for 15% off installation. Open to every agency
and municipality.

You are receiving this because you subscribed to Norvane updates. Unsubscribe | Privacy
Norvane Upfit Systems Ltd., 2240 Millbrook Road, Unit 6, Ashbury ON
""", sig=False)

m24 = msg("m24", "2026-03-05 19:20", "do", ["md"], "Dinner Thursday?", """
Marguerite,

The crew finished the last console build this afternoon - fourteen cars, no call-backs. Let me take you out to
dinner at the Copper Kettle on Thursday to celebrate. My treat, of course.

Desmond""", sig=False)

m25 = msg("m25", "2026-03-06 07:50", "md", ["do"], "Re: Dinner Thursday?", """
Sounds lovely - see you there at 7.

M.

""" + quoted(m24), sig=False)

m26 = msg("m26", "2026-03-10 11:20", "iv", ["md"], "Jackets for your team", """
Hi Marguerite,

We had some of our new softshell jackets made up, and I've sent eight of them over for the Fleet Section team,
compliments of Norvane. The sizes are on the packing slip.

Warmly,
Imogen""", sig=False)

m27 = msg("m27", "2026-03-12 14:00", "ab", ["md"], "Parcel for you", """
Staff,

A parcel from Norvane came to the garage for you today - an insulated travel mug and a toque, with a card that
says "With our compliments, from everyone at Norvane". I left it on your desk.

Anouk""", sig=False)

m28 = msg("m28", "2026-03-16 09:40", "cf", ["tm"], "Light bars", """
Toby,

You asked about upfitters at the conference. We switched to Norvane this winter and I'd recommend them to
anyone - the Strata-9 bars are bright, and their installers are careful. If you go with them, use my referral
code NVN-CF4471 when you order: you get 10% off and I get credit toward a training seat.

Colm""", cc=["md"], sig=False)

m29 = msg("m29", "2026-03-16 13:05", "tm", ["cf"], "Re: Light bars", """
Thanks Colm, I'll pass it along to our fleet manager.

""" + quoted(m28), cc=["md"])

m30 = msg("m30", "2026-03-19 10:10", "ab", ["md"], "Referral code", """
Staff,

Norvane set me up with my own referral code, NVN-AB220. If anyone at the other services asks you about them,
feel free to pass it along - they get 8% off a first order and I get points toward training.

Anouk""", sig=False)

m31 = msg("m31", "2026-03-24 15:15", "rt", ["hs"], "Board report - telematics pilot", """
Harriet,

Attached is the Traffic Services section of the fleet report for the Board. In short: I'd recommend the Board
approve KestrelTrack for the full fleet. It has paid for itself in idle-time savings, and in my view it's the
strongest telematics product on the market.

Regards,""", cc=["md"])

m32 = msg("m32", "2026-03-25 09:00", "hs", ["rt"], "Re: Board report - telematics pilot", """
Thank you, Inspector. I'll put it on the April 9 agenda.

""" + quoted(m31), cc=["md"])

m33 = msg("m33", "2026-03-27 16:45", "fb", ["md"], "Upfitter recommendations", """
Marguerite,

We're going to tender for our own cruiser upfits this summer. Who did yours, and would you use them again?

Fenella""", sig=False)

m34 = msg("m34", "2026-03-30 11:45", "md", ["fb"], "Re: Upfitter recommendations", """
Hi Fenella,

I can't speak highly enough of Norvane Upfit Systems. Callum and his installers have been first-rate from quote to
handover, and I'd recommend them to any service looking at a build-out. Happy to show you our cars.

Marguerite

""" + quoted(m33), sig=False)

m35 = msg("m35", "2026-04-02 10:30", "cb", ["cf"], "Lakeshore Fleet & Emergency Expo", """
Colm,

I have two passes for the Lakeshore Fleet & Emergency Expo on May 12 for you and whoever you'd like to bring.
Registration is C$275 a head, but they're on us. I'll email the badges through.

Callum""", cc=["md"], sig=False)

m36 = msg("m36", "2026-04-07 16:20", "cb", ["hs"], "Thank you", """
Harriet,

Thank you for fitting our presentation onto the Board's agenda. A small hamper of local cheeses and preserves
is on its way to your office from all of us at Norvane - nothing extravagant, about C$120.

Kind regards,""", cc=["md"])

m37 = msg("m37", "2026-04-08 09:05", "hs", ["cb"], "Re: Thank you", """
That's very kind, Callum, thank you. I have recorded it on the Board's gifts register, as our policy requires.

Harriet

""" + quoted(m36), cc=["md"], sig=False)

m38 = msg("m38", "2026-04-13 08:00", "iv", ["md"], "Cheque received - INV-55781", """
Hi Marguerite,

Just confirming that we received the Service's cheque for invoice INV-55781. Thank you for the prompt payment!

""")

m39 = msg("m39", "2026-04-20 13:30", "rt", ["cb"], "Re: Norvane Fleet Summit - Halifax", """
Callum,

Back from Halifax. Thank you for hosting me at the summit - the panel was a good one and the harbour hotel was
superb.

Rowan

""" + quoted(m11), cc=["md"], sig=False)

# ---------------------------------------------------------------- entities
ENT = [
    dict(id="org_norvane", kind="organization", name="Norvane Upfit Systems Ltd.", aliases=["Norvane", "Norvane Upfit Systems"], emails=["news@norvane.ca"]),
    dict(id="org_arps", kind="organization", name="Ashbury Regional Police Service", aliases=["ARPS"]),
    dict(id="org_psb", kind="organization", name="Ashbury Police Services Board", aliases=["Police Services Board"]),
    dict(id="org_wexmoor", kind="organization", name="Wexmoor Police Service", aliases=["Wexmoor"]),
    dict(id="div_fleet", kind="division", name="Fleet Section", aliases=[]),
    dict(id="div_tsu", kind="division", name="Traffic Services Unit", aliases=["Traffic Services"]),
    dict(id="div_fin", kind="division", name="Finance & Procurement Section", aliases=["Finance and Procurement Section"]),
    dict(id="prod_strata", kind="product", name="Strata-9", aliases=["Strata-9 light bar", "Strata-9 mini lighthead"]),
    dict(id="prod_kestrel", kind="product", name="KestrelTrack", aliases=[]),
    dict(id="prod_commandcore", kind="product", name="CommandCore", aliases=["CommandCore console"]),
    dict(id="code_cf", kind="code", name="NVN-CF4471", aliases=[]),
    dict(id="code_ab", kind="code", name="NVN-AB220", aliases=[]),
    dict(id="code_spring", kind="code", name="FLEETSPRING15", aliases=[]),
]
PERSON = {  # key: (role, affiliation, member_of, aliases)
    "cb": ("vendor_employee", "org_norvane", "org_norvane", ["Callum"]),
    "iv": ("vendor_employee", "org_norvane", "org_norvane", ["Imogen"]),
    "do": ("vendor_employee", "org_norvane", "org_norvane", ["Desmond"]),
    # (her signature is never printed: the organisation, by the convention; corrected after the first run)
    "md": ("officer", "org_arps", "org_arps", ["S/Sgt. Marguerite Doucette-Vail", "Marguerite"]),
    "ab": ("officer", "org_arps", "div_fleet", ["Cst. Anouk Beaulieu", "Anouk"]),
    "rt": ("officer", "org_arps", "div_tsu", ["Inspector Rowan Takeda-Birch", "Rowan"]),
    # (his signature is never printed, only a newsletter names his unit: the organisation, corrected after the first run)
    "cf": ("officer", "org_arps", "org_arps", ["Sgt. Colm Ferreira", "Colm"]),
    "dm": ("officer", "org_arps", "div_fin", ["Dennis"]),
    "hs": ("other", "org_psb", "org_psb", ["Harriet"]),
    "fb": ("officer", "org_wexmoor", "org_wexmoor", ["Insp. Fenella Brisco", "Fenella"]),
    "tm": ("officer", "org_wexmoor", "org_wexmoor", ["Sgt. Tobias Merrow", "Toby"]),
}
for k, (role, aff, _, al) in PERSON.items():
    ENT.append(dict(id="p_" + k, kind="person", name=P[k][0], aliases=al, emails=[P[k][1]], role=role, affiliation=aff))


def pid(k):
    return "org_norvane" if k == "news" else "p_" + k


BY = {m["id"]: m for m in M}
REL = []


def rel(typ, src, dst, mids_quotes, value=None, items=None):
    ev = []
    for mid, q in mids_quotes:
        assert q in BY[mid]["body"], (mid, q)
        ev.append({"message": mid, "quote": q})
    r = dict(type=typ, source=src, target=dst, evidence=ev, messages=[m for m, _ in mids_quotes])
    if typ == "GIFT":
        r["value_usd"] = value
        r["items"] = items or []
    REL.append(r)


# GIFTS
rel("GIFT", "p_cb", "p_md", [("m04", "Face\nvalue is C$170 each, so C$340 for the pair. They're yours if you'd like them")], 340)
rel("GIFT", "p_cb", "div_tsu", [("m07", "I've set aside a dozen Strata-9 mini lightheads for the\nTraffic Services Unit. There's no charge and no invoice coming")], None, [{"product": "prod_strata", "quantity": 12}])
rel("GIFT", "p_cb", "p_rt", [("m11", "Norvane will cover your return flights and three nights at the harbour hotel -\nroughly C$1,850 all in."),
                             ("m39", "Thank you for hosting me at the summit")], 1850)
rel("GIFT", "p_iv", "p_ab", [("m13", "I've popped a $50 gift card for the Grindstone Cafe in\nthe mail to you")], 50)
rel("GIFT", "p_do", "p_cf", [("m20", "No need to ship the KestrelTrack unit back - hang on to it, it's yours")], None, [{"product": "prod_kestrel", "quantity": 1}])
rel("GIFT", "p_do", "p_md", [("m24", "Let me take you out to\ndinner at the Copper Kettle on Thursday to celebrate. My treat, of course.")])
rel("GIFT", "p_iv", "div_fleet", [("m26", "I've sent eight of them over for the Fleet Section team,\ncompliments of Norvane")])
rel("GIFT", "org_norvane", "p_md", [("m27", "A parcel from Norvane came to the garage for you today - an insulated travel mug and a toque")])
rel("GIFT", "p_cb", "p_cf", [("m35", "I have two passes for the Lakeshore Fleet & Emergency Expo")], 550)
rel("GIFT", "p_cb", "p_hs", [("m36", "A small hamper of local cheeses and preserves\nis on its way to your office")], 120)
# REFERRAL
rel("REFERRAL", "p_cf", "org_norvane", [("m28", "use my referral\ncode NVN-CF4471 when you order")])
rel("REFERRAL", "p_ab", "org_norvane", [("m30", "Norvane set me up with my own referral code, NVN-AB220.")])
# PROMOTED
rel("PROMOTED", "p_cf", "org_norvane", [("m28", "We switched to Norvane this winter and I'd recommend them to\nanyone"),
                                        ("m23", "Norvane has been the best upfit partner we've worked with.")])
rel("PROMOTED", "p_rt", "prod_kestrel", [("m31", "I'd recommend the Board\napprove KestrelTrack for the full fleet.")])
rel("PROMOTED", "p_md", "org_norvane", [("m34", "I can't speak highly enough of Norvane Upfit Systems.")])
# MEMBER_OF
for k, (_, _, mem, _) in PERSON.items():
    rel("MEMBER_OF", "p_" + k, mem, [])
# EMAILED
cnt = Counter()
first = {}
for m in M:
    for r in m["to"] + m["cc"]:
        key = (pid(m["frm"]), pid(r))
        cnt[key] += 1
        first.setdefault(key, m["id"])
for (s, d), c in cnt.items():
    REL.append(dict(type="EMAILED", source=s, target=d, count=c, evidence=[{"message": first[(s, d)], "quote": ""}], messages=[first[(s, d)]]))

MSGS = [dict(id=m["id"], sent=m["dt"].isoformat(), subject=m["subject"], sender=pid(m["frm"]),
             to=[pid(k) for k in m["to"]], cc=[pid(k) for k in m["cc"]]) for m in M]
gold = dict(entities=ENT, messages=MSGS, relations=REL)
(HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- the PDF
THREADS = []  # print order: conversations, each printed as one run of messages
for m in M:
    if not m["printed"]:
        continue
    base = m["subject"]
    for pre in ("Re: ", "Fwd: ", "Automatic reply: "):
        if base.startswith(pre):
            base = base[len(pre):]
    for t in THREADS:
        if t[0] == base:
            t[1].append(m)
            break
    else:
        THREADS.append((base, [m]))


class Print(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"ARPS Webmail - {OWNER}", new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + 4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Print(format="Letter")
pdf.set_auto_page_break(True, margin=16)
pdf.set_margins(16, 12, 16)
for base, ms in THREADS:
    pdf.add_page()
    for i, m in enumerate(ms):
        if i:
            pdf.ln(3)
            y = pdf.get_y()
            pdf.line(16, y, pdf.w - 16, y)
            pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 6, m["subject"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Helvetica", "B", 9)
        who = addr(m["frm"])
        pdf.cell(120, 5, who)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, stamp(m["dt"]), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 4.5, "To: " + ", ".join(addr(k) for k in m["to"]), new_x="LMARGIN", new_y="NEXT")
        if m["cc"]:
            pdf.multi_cell(0, 4.5, "Cc: " + ", ".join(addr(k) for k in m["cc"]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 4.8, m["body"], new_x="LMARGIN", new_y="NEXT")
pdf.output(str(HERE / "release.pdf"))
print(len(M), "messages,", len(THREADS), "threads,", sum(r["type"] == "GIFT" for r in REL), "gifts")
