#!/usr/bin/env python3
"""Write probe DT: a county medical examiner's office Maildir release (one folder per custodian) and its gold.

Everything here is invented: the county, the office, the vendor, the people, products, codes and addresses.
Deterministic: run it again and the same files come out.
"""
import json
import shutil
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "release"

CHI, LA, TYO = ZoneInfo("America/Chicago"), ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Tokyo")

ME = "Marrowfield County Office of the Medical Examiner"
TOX = "Forensic Toxicology Laboratory"
VENDOR = "Tenryo Scientific Co., Ltd."
VENDOR_US = "Tenryo Scientific America, Inc."
DUN = "Dunmore County Crime Laboratory"

# id, name, role, emails, aliases, custodian folder (officers only), memberships, affiliation
PEOPLE = [
    ("p_quill", "Harriet Quillfeather", "officer", ["hquillfeather@me.marrowfield-county.org"], ["Dr. Quillfeather", "Dr. Harriet Quillfeather"], "quillfeather_h", ["o_me"], "o_me"),
    ("p_okonjo", "Desmond Okonjo-Reyes", "officer", ["dokonjoreyes@me.marrowfield-county.org"], ["Dr. Okonjo-Reyes", "Dr. Desmond Okonjo-Reyes"], "okonjoreyes_d", ["o_me"], "o_me"),
    ("p_vant", "Priya Vantongeren", "officer", ["pvantongeren@me.marrowfield-county.org"], ["Dr. Vantongeren", "Dr. Priya Vantongeren"], "vantongeren_p", ["o_me"], "o_me"),
    ("p_lind", "Ambrose Lindqvist-Hale", "officer", ["alindqvisthale@me.marrowfield-county.org"], ["Dr. Lindqvist-Hale", "Dr. Ambrose Lindqvist-Hale"], "lindqvisthale_a", ["o_me"], "o_me"),
    ("p_corinne", "Corinne Abernathy-Sole", "officer", ["cabernathysole@me.marrowfield-county.org"], ["Ms. Abernathy-Sole"], "abernathysole_c", ["o_me"], "o_me"),
    ("p_make", "Teodor Makepeace", "officer", ["tmakepeace@me.marrowfield-county.org"], ["Dr. Makepeace", "Dr. Teodor Makepeace"], "makepeace_t", ["o_me", "d_tox"], "o_me"),
    ("p_loretta", "Loretta Fenwright", "officer", ["lfenwright@me.marrowfield-county.org"], ["Ms. Fenwright"], "fenwright_l", ["o_me"], "o_me"),
    ("p_amamiya", "Kenjiro Amamiya", "vendor_employee", ["k.amamiya@tenryo-sci.com"], ["Mr. Amamiya"], None, ["o_tenryo", "d_tenryo_us"], "o_tenryo"),
    ("p_tachi", "Sayuri Tachibana-Wells", "vendor_employee", ["s.tachibana@tenryo-sci.com"], ["Ms. Tachibana-Wells", "Sayuri Tachibana"], None, ["o_tenryo", "d_tenryo_us"], "o_tenryo"),
    ("p_morozumi", "Hideaki Morozumi", "vendor_employee", ["h-morozumi@tenryo.co.jp"], ["Mr. Morozumi"], None, ["o_tenryo"], "o_tenryo"),
    ("p_oyelaran", "Travis Oyelaran", "vendor_employee", ["t.oyelaran@tenryo-sci.com"], ["Mr. Oyelaran"], None, ["o_tenryo", "d_tenryo_us"], "o_tenryo"),
    ("p_stanch", "Maribel Stanchfield", "other", ["mstanchfield@dunmore-county-lab.org"], ["Ms. Stanchfield"], None, ["o_dun"], "o_dun"),
]
P = {p[0]: p for p in PEOPLE}
ORGS = [
    ("o_me", "organization", ME, ["Marrowfield County Medical Examiner's Office", "Marrowfield County ME Office"]),
    ("d_tox", "division", "Forensic Toxicology Laboratory", ["Marrowfield County Forensic Toxicology Laboratory", "Toxicology Laboratory"]),
    ("o_tenryo", "organization", VENDOR, ["Tenryo Scientific", "Tenryo"]),
    ("d_tenryo_us", "division", VENDOR_US, ["Tenryo Scientific America"]),
    ("o_dun", "organization", DUN, []),
]
PRODUCTS = [
    ("pr_pmct", "product", "KAGAMI PMCT-40", ["PMCT-40", "KAGAMI PMCT-40 post-mortem CT system"]),
    ("pr_toxi", "product", "ToxiQuant 7", ["ToxiQuant 7 LC-MS/MS analyzer"]),
    ("pr_view", "product", "Tenryo ViewStation", ["ViewStation"]),
]
CODES = [("c_peer", "code", "TNR-PEER-4471", [])]


def addr(pid):
    return f"{P[pid][1]} <{P[pid][3][0]}>"


SIG_AMAMIYA = """Kenjiro Amamiya
Regional Sales Manager, Forensic & Post-Mortem Imaging
Tenryo Scientific America, Inc. (a subsidiary of Tenryo Scientific Co., Ltd., Tokyo)
4410 Quarry Bend Drive, Suite 210, Irvine, CA 92618
k.amamiya@tenryo-sci.com"""
SIG_TACHI = """Sayuri Tachibana-Wells
Marketing & Events Coordinator
Tenryo Scientific America, Inc.
s.tachibana@tenryo-sci.com"""
SIG_MOROZUMI = """Hideaki Morozumi
General Manager, Medical Imaging Division
Tenryo Scientific Co., Ltd.
2-14-9 Kiyosumi Shiomi, Koto-ku, Tokyo
h-morozumi@tenryo.co.jp"""
SIG_OYE = """Travis Oyelaran
Field Service Engineer
Tenryo Scientific America, Inc."""


def me_sig(name, title):
    return f"{name}\n{title}\nMarrowfield County Office of the Medical Examiner\n1180 Corder Avenue, Hallsport"


# (id, sender, to, cc, local datetime, zone, subject, body)
MSGS = [
    ("m01", "p_amamiya", ["p_vant"], ["p_tachi"], (2026, 1, 12, 9, 14), LA,
     "Invitation to speak at Tenryo User Forum 2026",
     f"""Dear Dr. Vantongeren,

We hope this message finds you well. We would be most honoured if you would kindly accept our invitation to present
your department's experience with the KAGAMI PMCT-40 at the Tenryo User Forum 2026, to be held April 16-17 in
San Diego.

In appreciation of your time and expertise, Tenryo Scientific America will offer you a speaking honorarium of
$1,500, paid to you after the Forum. The session is 40 minutes including questions.

Please do not hesitate to contact me if you have any question.

With kindest regards,
{SIG_AMAMIYA}
"""),
    ("m02", "p_tachi", ["p_vant"], ["p_amamiya"], (2026, 3, 3, 15, 2), LA,
     "Your travel arrangements for the Tenryo User Forum",
     f"""Dear Dr. Vantongeren,

Thank you very much for graciously agreeing to speak at our Forum. Please find your travel details below.

We have upgraded your flight from Hallsport to San Diego on April 15 to business class, at our expense (the fare
difference is $640). Your room at the Harborlight Hotel for the nights of April 15 and 16 is also covered by Tenryo;
the rate is $289 per night and will be settled directly by us, so there will be nothing for you to pay at check-out.

We humbly ask you to confirm the itinerary at your earliest convenience.

Sincerely yours,
{SIG_TACHI}
"""),
    ("m03", "p_vant", ["p_tachi"], ["p_amamiya", "p_quill"], (2026, 3, 4, 8, 41), CHI,
     "RE: Your travel arrangements for the Tenryo User Forum",
     f"""Ms. Tachibana-Wells,

Itinerary confirmed, thank you. I have copied Dr. Quillfeather, who approved the trip and the honorarium under our
outside-activity policy, for the file.

Priya

{me_sig("Priya Vantongeren, MD", "Forensic Pathologist")}
"""),
    ("m04", "p_morozumi", ["p_quill"], [], (2025, 11, 20, 10, 30), TYO,
     "With our deepest sympathy",
     f"""Dear Dr. Quillfeather,

We were deeply saddened to learn of the passing of your colleague Mr. Everett Lusk, who assisted so many of our
engineers over the years.

As a small token of our respect, Tenryo Scientific has made a donation of $500 in your name to the Marrowfield County
ME Office Staff Memorial Fund. We humbly hope this will be of some comfort to you and your staff.

With our deepest condolences,
{SIG_MOROZUMI}
"""),
    ("m05", "p_tachi", ["p_corinne"], [], (2025, 10, 29, 13, 5), LA,
     "Thank you for completing our customer survey",
     f"""Dear Ms. Abernathy-Sole,

Thank you very much for taking the time to complete our 2025 Customer Experience Survey. Your kind feedback is most
valuable to us.

As a token of our gratitude, please accept the enclosed $50 electronic gift card, which you may redeem at the online
retailer of your choice.

Please do not hesitate to contact me should the card not arrive.

Warm regards,
{SIG_TACHI}
"""),
    ("m06", "p_amamiya", ["p_loretta"], [], (2025, 12, 15, 11, 20), LA,
     "Season's greetings from Tenryo",
     f"""Dear Ms. Fenwright,

As the year draws to a close, we wish to express our sincere gratitude to everyone at the Office of the Medical
Examiner for your continued partnership.

We have sent a year-end box of seasonal fruit and Japanese sweets to the office, addressed to you, for the whole staff
to enjoy. It is valued at approximately $180 and should arrive on Wednesday.

We would be most grateful if you would kindly share it with your colleagues.

With warmest wishes for the new year,
{SIG_AMAMIYA}
"""),
    ("m07", "p_loretta", ["p_amamiya"], [], (2025, 12, 17, 14, 52), CHI,
     "RE: Season's greetings from Tenryo",
     f"""Mr. Amamiya,

The box arrived this morning and it is already half gone from the break room. The persimmons were a hit. Thank you
from all of us.

Loretta

{me_sig("Loretta Fenwright", "Office Administrator")}
"""),
    ("m08", "p_tachi", ["p_okonjo"], [], (2026, 2, 9, 10, 12), LA,
     "A humble request for your testimonial",
     f"""Dear Dr. Okonjo-Reyes,

We humbly request your testimonial for our new KAGAMI PMCT-40 brochure. Based on our conversation at your site visit,
we have drafted the following quote for your kind review:

"Since installing the KAGAMI PMCT-40, our office triages every external-examination case with imaging first. It has
changed how we decide which cases need a full autopsy."

We would be most honoured if you would kindly approve it, or amend it as you see fit.

Respectfully,
{SIG_TACHI}
"""),
    ("m09", "p_okonjo", ["p_tachi"], [], (2026, 2, 10, 16, 48), CHI,
     "RE: A humble request for your testimonial",
     f"""Ms. Tachibana-Wells,

The quote is approved with one change: please say "many external-examination cases" rather than "every". You may
print it with my name and title, Deputy Medical Examiner, Marrowfield County.

Desmond

{me_sig("Desmond Okonjo-Reyes, MD", "Deputy Medical Examiner")}
"""),
    ("m10", "p_amamiya", ["p_make"], [], (2026, 4, 27, 9, 3), LA,
     "Tenryo Colleague Introduction Programme",
     f"""Dear Dr. Makepeace,

We are pleased to introduce the Tenryo Colleague Introduction Programme. If a neighbouring laboratory places an order
for a ToxiQuant 7 using your personal introduction code, TNR-PEER-4471, that laboratory receives 8% off the list
price, and your laboratory receives one year of consumables credit.

We would be most grateful if you would kindly pass the code to any colleagues who may be interested.

With kind regards,
{SIG_AMAMIYA}
"""),
    ("m11", "p_make", ["p_stanch"], ["p_amamiya"], (2026, 4, 29, 10, 37), CHI,
     "ToxiQuant 7 - introduction code",
     f"""Maribel,

You mentioned at the regional meeting that Dunmore is replacing its LC-MS/MS next fiscal year. We have run a ToxiQuant 7
for two years and I can recommend it for postmortem panels. If you order through Tenryo, quote my introduction code
TNR-PEER-4471 and you get 8% off list. Ken Amamiya (copied) is their rep for our region.

Teo

{me_sig("Teodor Makepeace, PhD", "Director, Forensic Toxicology Laboratory")}
"""),
    ("m12", "p_amamiya", ["p_make"], [], (2025, 11, 4, 16, 25), LA,
     "ToxiQuant 7 evaluation unit - return confirmed",
     f"""Dear Dr. Makepeace,

Thank you for evaluating the ToxiQuant 7 demonstration unit that we lent to your laboratory for the 60-day evaluation.
Our carrier collected it on November 3 and it has arrived safely at our Irvine facility. The loan is now closed and
nothing further is required from your side.

Please do not hesitate to contact me with your evaluation comments.

Respectfully,
{SIG_AMAMIYA}
"""),
    ("m13", "p_loretta", ["p_amamiya"], ["p_quill"], (2026, 6, 18, 9, 5), CHI,
     "PO 26-0417 - PMCT-40 service agreement renewal",
     f"""Mr. Amamiya,

Attached is purchase order 26-0417 for the renewal of the KAGAMI PMCT-40 annual service agreement, July 1, 2026 to
June 30, 2027, in the amount of $18,400, as quoted. Please invoice the county Accounts Payable office; net 30.

Loretta

{me_sig("Loretta Fenwright", "Office Administrator")}
"""),
    ("m14", "p_lind", ["p_amamiya"], [], (2026, 5, 11, 13, 22), CHI,
     "RE: Tenryo grand rounds lecture - honorarium",
     f"""Mr. Amamiya,

Thank you for the invitation to give the grand rounds lecture for your customers on May 28, and for the offer of a
$750 honorarium. Under county policy I cannot accept it personally: please make the honorarium payable to the
Marrowfield County Treasurer, not to me, and send it to Ms. Fenwright, who will deposit it to the county's general fund.

Regards,

{me_sig("Ambrose Lindqvist-Hale, MD", "Forensic Pathologist")}
"""),
    ("m15", "p_tachi", ["p_corinne"], ["p_okonjo"], (2026, 1, 27, 8, 0), LA,
     "Free webinar: Reading post-mortem CT with Tenryo ViewStation",
     f"""Dear colleagues,

We cordially invite you to a free webinar, "Reading post-mortem CT: the first fifty cases", on February 19 at 11:00
Pacific. It is open to all, and there is no charge to attend. The session will demonstrate the Tenryo ViewStation
reading software.

Please do not hesitate to share this invitation with anyone who may be interested.

{SIG_TACHI}
"""),
    ("m16", "p_quill", ["p_oyelaran"], ["p_amamiya"], (2026, 3, 20, 17, 10), CHI,
     "Thank you - PMCT-40 gantry repair",
     f"""Mr. Oyelaran,

Thank you for getting the PMCT-40 back in service on Wednesday night. The gantry repair was covered under our service
agreement, and we were able to image the two cases from the highway collision before release. Very much appreciated.

Harriet Quillfeather

{me_sig("Harriet Quillfeather, MD", "Chief Medical Examiner")}
"""),
]

GIFTS = [  # giver, recipient, value, messages
    ("p_amamiya", "p_vant", 1500, ["m01"]),
    ("p_tachi", "p_vant", 1218, ["m02"]),
    ("p_morozumi", "p_quill", 500, ["m04"]),
    ("p_tachi", "p_corinne", 50, ["m05"]),
    ("p_amamiya", "p_loretta", 180, ["m06", "m07"]),
]
OTHER_RELS = [
    {"type": "PROMOTED", "source": "p_okonjo", "target": "pr_pmct", "messages": ["m09"]},
    {"type": "REFERRAL", "source": "p_make", "target": "o_tenryo", "messages": ["m11"]},
]


def write():
    if OUT.exists():
        shutil.rmtree(OUT)
    files = {}
    for i, (mid, frm, to, cc, t, zone, subj, body) in enumerate(MSGS):
        dt = datetime(*t, tzinfo=zone)
        head = [f"Message-ID: <{mid}.{int(dt.timestamp())}@mail.probe-dt.invalid>",
                f"Date: {format_datetime(dt)}",
                f"From: {addr(frm)}",
                f"To: {', '.join(addr(x) for x in to)}"]
        if cc:
            head.append(f"Cc: {', '.join(addr(x) for x in cc)}")
        head += [f"Subject: {subj}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                 "Content-Transfer-Encoding: 7bit"]
        text = "\n".join(head) + "\n\n" + body
        files[mid] = (dt, text)
        custodians = [P[x][5] for x in [frm] + to + cc if P[x][5]]
        for j, cust in enumerate(dict.fromkeys(custodians)):
            unread = cust != P[frm][5] and mid in ("m07", "m13", "m16")
            sub = "new" if unread else "cur"
            name = f"{int(dt.timestamp())}.M{100 + i * 7 + j}P{4000 + i}.mfme-mail01:2,{'' if unread else 'S'}"
            d = OUT / cust / sub
            d.mkdir(parents=True, exist_ok=True)
            (d / name).write_text(text, encoding="utf-8")
    for cust in {p[5] for p in PEOPLE if p[5]}:
        for sub in ("cur", "new", "tmp"):
            (OUT / cust / sub).mkdir(parents=True, exist_ok=True)
    return files


def gold(files):
    ents = []
    for pid, name, role, emails, aliases, _c, _m, aff in PEOPLE:
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": aliases, "emails": emails, "role": role,
                     "affiliation": aff})
    for eid, kind, name, aliases in ORGS + PRODUCTS + CODES:
        ents.append({"id": eid, "kind": kind, "name": name, "aliases": aliases})
    msgs = [{"id": mid, "sent": files[mid][0].isoformat(), "subject": m[6]} for m, mid in ((m, m[0]) for m in MSGS)]
    rels = []
    for g, r, v, ms in GIFTS:
        rels.append({"type": "GIFT", "source": g, "target": r, "value_usd": v, "items": [], "messages": ms})
    rels += OTHER_RELS
    for pid, *_rest in PEOPLE:
        for org in P[pid][6]:
            rels.append({"type": "MEMBER_OF", "source": pid, "target": org})
    counts = {}
    for mid, frm, to, cc, *_ in MSGS:
        for x in to + cc:
            counts.setdefault((frm, x), []).append(mid)
    for (s, d), ms in counts.items():
        rels.append({"type": "EMAILED", "source": s, "target": d, "count": len(ms), "messages": ms})
    g = {"release": "DT", "entities": ents, "messages": msgs, "relations": rels}
    (HERE / "gold.json").write_text(json.dumps(g, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    gold(write())
