"""Write the DW probe release: one Thunderbird mbox export (with a PDF invoice and an .ics invitation) and its gold.

Everything here is invented; any resemblance to a real person, place, business, address or code is chance.
Deterministic: fixed dates, boundaries and message ids.
"""
import io
import json
import os
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from email import encoders
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=-7))  # America/Phoenix, no DST

DEPT = "chollasprings-az.gov"
RM = "redmesasafety.com"

P = {
    "marrow": ("Delphine Marrow", f"dmarrow@{DEPT}"),
    "stank": ("Aurelio Stankiewicz", f"astankiewicz@{DEPT}"),
    "paxson": ("Wendell Paxson", f"wpaxson@{DEPT}"),
    "rennick": ("Tobias Rennick", f"trennick@{DEPT}"),
    "castellanos": ("Mireya Castellanos", f"mcastellanos@{DEPT}"),
    "oyelaran": ("Harriet Oyelaran", f"hoyelaran@{DEPT}"),
    "garrett": ("Garrett Lindqvist", f"glindqvist@{RM}"),
    "garrett_g": ("garrett lindqvist", "garrett.lindqvist77@gmail.com"),
    "shayla": ("Shayla Brannigan", f"sbrannigan@{RM}"),
    "shayla_o": ("Shay B", "shaylab.sells@outlook.com"),
    "colin": ("Colin Vashti", "cvashti@emberguardpro.com"),
    "lorna": ("Lorna Quist", "lorna@ashemberfoundation.org"),
    "danica": ("Danica Holloway", "dholloway@tamarackbuttesfd.org"),
    "rosalind": ("Rosalind Achterberg", "secretary@valleycentralchiefs.org"),
}

SIG = {
    "marrow": "Delphine Marrow\nFire Chief\nCholla Springs Fire Department",
    "stank": "Aurelio Stankiewicz\nDeputy Chief of Operations\nCholla Springs Fire Department",
    "paxson": "Wendell Paxson\nBattalion Chief, Battalion 2\nCholla Springs Fire Department",
    "rennick": "Capt. Tobias Rennick\nStation 3 / Gear Committee chair\nCholla Springs Fire Department",
    "castellanos": "Mireya Castellanos\nFirefighter/EMT, Station 3 B-shift\nCholla Springs Fire Department",
    "oyelaran": "Harriet Oyelaran\nPurchasing Agent\nCholla Springs Fire Department\n(520) 555-0147",
    "garrett": "Garrett Lindqvist\nAccount Manager | Red Mesa Safety Supply\nAuthorized Emberguard Protective distributor\n(602) 555-0183",
    "shayla": "Shayla Brannigan\nFire Service Sales | Red Mesa Safety Supply\n(602) 555-0129",
    "colin": "Colin Vashti\nSouthwest Regional Manager\nEmberguard Protective",
    "lorna": "Lorna Quist\nExecutive Director\nAsh & Ember Firefighters Foundation",
    "danica": "Capt. Danica Holloway\nTamarack Buttes Fire District",
}

# (id, sender key, to keys, cc keys, datetime (Phoenix), subject, body, attachments)
MSGS = [
    ("m01", "shayla", ["rennick"], ["garrett"], (2026, 2, 9, 9, 14), "Titan TX demo coats for the gear committee",
     "Captain Rennick,\n\nAs we discussed at the station, three Emberguard Titan TX demo coats (sizes 42, 46 and 50) "
     "shipped to Station 3 today for the gear committee's 30-day wear trial. They are loaners: please box them up and "
     "send them back to us by March 13 with the prepaid label in the carton.\n\nLet me know how the crew likes them.\n\n"
     + SIG["shayla"], []),
    ("m02", "shayla_o", ["rennick"], [], (2026, 2, 17, 16, 40), "boots",
     "Hey Tobias - writing from my own email, I'm off today.\n\nI had a pair of Strideline 14 structural boots in your "
     "size (11W) set aside at the warehouse. They're not part of the demo - they're yours to keep, I dropped them at "
     "Station 3 on my way home. They retail at $389 so take care of them!\n\nShayla", []),
    ("m03", "rennick", ["shayla_o"], [], (2026, 2, 18, 7, 5), "Re: boots",
     "Shayla,\n\nGot the boots this morning, thank you. Already wearing them on shift - best fit I've had in years.\n\n"
     "Tobias", []),
    ("m04", "garrett_g", ["marrow", "stank", "paxson"], [], (2026, 2, 24, 10, 22), "Saturday golf at Dry Wash",
     "Chief, Aurelio, Wendell,\n\nI've got a foursome booked at Dry Wash Golf Club on Saturday, March 7, 7:30 tee time. "
     "Green fees ($145 a player) and carts are on me - I'd love to have the three of you join me. Invite attached.\n\n"
     "Garrett", ["ics"]),
    ("m05", "marrow", ["garrett_g"], ["stank"], (2026, 2, 24, 13, 50), "Re: Saturday golf at Dry Wash",
     "Garrett,\n\nThank you for thinking of me, but I have to decline - I don't accept outings from vendors we buy from. "
     "Please take me off the invite.\n\n" + SIG["marrow"], []),
    ("m06", "stank", ["garrett_g"], ["paxson"], (2026, 2, 24, 15, 3), "Re: Saturday golf at Dry Wash",
     "Garrett - count me in for the 7th. Wendell says he's in too.\n\nAurelio", []),
    ("m07", "paxson", ["garrett"], ["stank"], (2026, 3, 9, 8, 12), "Thanks for Saturday",
     "Garrett,\n\nThanks again for the round at Dry Wash on Saturday - Aurelio and I had a great time, even if the "
     "back nine got the better of us.\n\n" + SIG["paxson"], []),
    ("m08", "rennick", ["shayla"], ["oyelaran"], (2026, 3, 12, 11, 30), "Returning Titan TX demo coats",
     "Shayla,\n\nThe three Titan TX demo coats went back to you today on your prepaid label (UPS 1Z 8W4 417 03 5520 "
     "9186). The gear committee's write-up is done: the crews liked the mobility and the drag rescue strap, and we "
     "will recommend the Titan TX coat and pants to purchasing for the spring order. Harriet is copied for the RFQ.\n\n"
     + SIG["rennick"], []),
    ("m09", "colin", ["paxson", "rennick"], ["garrett"], (2026, 3, 19, 18, 45), "Dinner Thursday",
     "Wendell, Tobias,\n\nI'm in the Valley next week for the Emberguard regional review. Let's do dinner at Ironwood "
     "Chophouse on Thursday the 26th at 6:30 - it's on Emberguard, figure around $90 a person. Garrett will join us.\n\n"
     + SIG["colin"], []),
    ("m10", "rennick", ["colin"], ["paxson"], (2026, 3, 27, 7, 40), "Re: Dinner Thursday",
     "Colin,\n\nThanks for dinner last night - the ribeye lived up to the hype. Good to hear what's coming in the next "
     "Titan revision.\n\nTobias", []),
    ("m11", "oyelaran", ["garrett"], ["rennick"], (2026, 4, 2, 9, 5), "PO 26-0419 Titan TX turnouts",
     "Garrett,\n\nPurchase order 26-0419 is approved: 24 Emberguard Titan TX coats and 24 Titan TX pants at the "
     "contract prices you quoted on March 20 ($1,845 per coat, $1,210 per pants). Please invoice the department at "
     "the address on the PO; terms net 30.\n\n" + SIG["oyelaran"], []),
    ("m12", "garrett", ["oyelaran"], [], (2026, 4, 6, 14, 20), "Invoice RMS-40877 for PO 26-0419",
     "Harriet,\n\nAttached is invoice RMS-40877 for PO 26-0419, $73,320.00, net 30. Sizing appointments at Station 3 "
     "start next week.\n\n" + SIG["garrett"], ["pdf"]),
    ("m13", "rennick", ["danica"], [], (2026, 4, 13, 10, 10), "Gear vendor",
     "Danica,\n\nYou asked who we went with for turnouts. We bought Titan TX through Red Mesa Safety Supply - ask for "
     "Garrett Lindqvist. When you call them, give them our crew code RENNICK-CREW15: your district gets 10% off the "
     "first order and we get a credit toward our next one.\n\nTobias", []),
    ("m14", "garrett_g", ["rennick"], [], (2026, 4, 21, 16, 55), "Tamarack Buttes",
     "Tobias,\n\nDanica's crew at Tamarack Buttes put in their order today and used your code RENNICK-CREW15. Thanks "
     "for sending them our way - the credit is on Cholla Springs' account.\n\nGarrett", []),
    ("m15", "lorna", ["rennick"], ["garrett"], (2026, 4, 23, 11, 0), "Grill for Station 3",
     "Captain Rennick,\n\nRed Mesa Safety Supply made a $1,200 donation to the Ash & Ember Firefighters Foundation "
     "earmarked for Station 3. With it we bought a Coalridge 36 flat-top grill ($1,149) for your crew; it will be "
     "delivered to the station Friday. The foundation is only passing it along - the thanks belong to Red Mesa.\n\n"
     + SIG["lorna"], []),
    ("m16", "castellanos", ["lorna"], ["rennick"], (2026, 4, 27, 8, 30), "Re: Grill for Station 3",
     "Ms. Quist,\n\nThe grill arrived Friday and B-shift broke it in Saturday night. Please pass our thanks on to Red "
     "Mesa.\n\n" + SIG["castellanos"], []),
    ("m17", "castellanos", ["rennick"], [], (2026, 5, 4, 12, 15), "Expo raffle",
     "Cap,\n\nFunny thing - I won the raffle at the Emberguard booth at the Desert Fire Expo, a gear backpack. Everyone "
     "who came by the booth got a ticket, there were a few hundred in the drum. Should I log it anywhere?\n\nMireya", []),
    ("m18", "shayla_o", ["oyelaran"], [], (2026, 5, 11, 15, 30), "Scorpions game",
     "Hi Harriet,\n\nI have two tickets to the Sonoran Scorpions hockey game this Friday, $80 apiece, and I can't "
     "use them. They're yours if you want them - I can drop them at your office tomorrow.\n\nShayla", []),
    ("m19", "oyelaran", ["shayla_o"], [], (2026, 5, 11, 16, 2), "Re: Scorpions game",
     "Yes please! My son will be thrilled. Thank you so much, Shayla.\n\nHarriet", []),
    ("m20", "paxson", ["rosalind"], ["marrow"], (2026, 5, 14, 17, 20), "Remarks for the minutes - regional chiefs meeting",
     "Rosalind,\n\nFor the minutes of Tuesday's Valley Central Fire Chiefs Association meeting, here are my remarks in "
     "writing: after our trial and first season of use, I recommend the Emberguard Titan TX coat to every department "
     "in the region. It is the best structural coat we have worn.\n\n" + SIG["paxson"], []),
]


def make_pdf():
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    y = 740
    for line in ["RED MESA SAFETY SUPPLY", "2290 W. Kiln Road, Suite 4, Tempe Flats AZ", "",
                 "INVOICE RMS-40877          Date: 04/06/2026", "Bill to: Cholla Springs Fire Department, attn. Purchasing",
                 "Customer PO: 26-0419        Terms: Net 30", "",
                 "Qty  Item                              Unit        Amount",
                 "24   Emberguard Titan TX coat          1,845.00    44,280.00",
                 "24   Emberguard Titan TX pants         1,210.00    29,040.00", "",
                 "                                  TOTAL DUE   73,320.00"]:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


ICS = """BEGIN:VCALENDAR
PRODID:-//Invented//Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:drywash-20260307-lindqvist@example.invalid
DTSTAMP:20260224T172200Z
DTSTART;TZID=America/Phoenix:20260307T073000
DTEND;TZID=America/Phoenix:20260307T123000
SUMMARY:Golf - Dry Wash Golf Club (foursome)
LOCATION:Dry Wash Golf Club
ORGANIZER;CN=garrett lindqvist:mailto:garrett.lindqvist77@gmail.com
ATTENDEE;CN=Delphine Marrow:mailto:dmarrow@chollasprings-az.gov
ATTENDEE;CN=Aurelio Stankiewicz:mailto:astankiewicz@chollasprings-az.gov
ATTENDEE;CN=Wendell Paxson:mailto:wpaxson@chollasprings-az.gov
END:VEVENT
END:VCALENDAR
"""


def addr(k):
    return formataddr(P[k])


def build_mbox():
    out = []
    for i, (mid, snd, to, cc, dt, subj, body, atts) in enumerate(MSGS):
        when = datetime(*dt, tzinfo=TZ)
        if atts:
            msg = MIMEMultipart("mixed", boundary=f"------------dw{i:02d}boundary7731")
            msg.attach(MIMEText(body, "plain", "utf-8"))
            for a in atts:
                if a == "pdf":
                    part = MIMEApplication(make_pdf(), "pdf")
                    part.add_header("Content-Disposition", "attachment", filename="RMS-40877.pdf")
                else:
                    part = MIMEBase("text", "calendar", method="REQUEST", charset="utf-8")
                    part.set_payload(ICS.replace("\n", "\r\n").encode("utf-8"))
                    encoders.encode_base64(part)
                    part.add_header("Content-Disposition", "attachment", filename="invite.ics")
                msg.attach(part)
        else:
            msg = MIMEText(body, "plain", "utf-8")
        msg["From"] = addr(snd)
        msg["To"] = ", ".join(addr(k) for k in to)
        if cc:
            msg["Cc"] = ", ".join(addr(k) for k in cc)
        msg["Subject"] = subj
        msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S -0700")
        msg["Message-ID"] = f"<dw-{mid}-{when.strftime('%Y%m%d%H%M')}@mail.invalid>"
        msg["User-Agent"] = "Mozilla Thunderbird"
        utc = when.astimezone(timezone.utc)
        text = msg.as_string()
        # mboxrd-style escaping of body lines starting with "From "
        lines = [(">" + l if l.startswith("From ") else l) for l in text.split("\n")]
        head = f"From - {utc.strftime('%a %b %d %H:%M:%S %Y')}\nX-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n"
        out.append(head + "\n".join(lines) + "\n\n")
    with open(os.path.join(HERE, "Cholla_Springs_FD_records.mbox"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


# ---------------- gold ----------------
def gold():
    ents = []

    def person(pid, key, role, aff, extra_emails=(), aliases=()):
        name, email = P[key]
        ents.append({"id": pid, "kind": "person", "name": name, "aliases": list(aliases), "role": role,
                     "emails": [email, *extra_emails], "affiliation": aff})

    person("p_marrow", "marrow", "officer", "o_csfd")
    person("p_stank", "stank", "officer", "o_csfd")
    person("p_paxson", "paxson", "officer", "o_csfd")
    person("p_rennick", "rennick", "officer", "o_csfd")
    person("p_castellanos", "castellanos", "officer", "o_csfd")
    person("p_oyelaran", "oyelaran", "officer", "o_csfd")
    person("p_garrett", "garrett", "vendor_employee", "o_redmesa", ["garrett.lindqvist77@gmail.com"])
    person("p_shayla", "shayla", "vendor_employee", "o_redmesa", ["shaylab.sells@outlook.com"], ["Shay B"])
    person("p_colin", "colin", "vendor_employee", "o_emberguard")
    person("p_lorna", "lorna", "other", "o_foundation")
    person("p_danica", "danica", "officer", "o_tamarack")
    person("p_rosalind", "rosalind", "other", "o_chiefs")
    for oid, name, aliases in [
        ("o_csfd", "Cholla Springs Fire Department", ["Cholla Springs FD"]),
        ("o_redmesa", "Red Mesa Safety Supply", ["Red Mesa"]),
        ("o_emberguard", "Emberguard Protective", ["Emberguard"]),
        ("o_foundation", "Ash & Ember Firefighters Foundation", []),
        ("o_tamarack", "Tamarack Buttes Fire District", ["Tamarack Buttes"]),
        ("o_chiefs", "Valley Central Fire Chiefs Association", []),
    ]:
        ents.append({"id": oid, "kind": "organization", "name": name, "aliases": aliases})
    ents.append({"id": "d_station3", "kind": "division", "name": "Station 3", "aliases": ["Station 3 B-shift"]})
    for pid, name, aliases in [
        ("pr_coat", "Titan TX coat", ["Emberguard Titan TX coat", "Titan TX"]),
        ("pr_pants", "Titan TX pants", ["Emberguard Titan TX pants"]),
        ("pr_boots", "Strideline 14 structural boots", ["Strideline 14"]),
        ("pr_grill", "Coalridge 36 flat-top grill", ["Coalridge 36"]),
    ]:
        ents.append({"id": pid, "kind": "product", "name": name, "aliases": aliases})
    ents.append({"id": "c_crew", "kind": "code", "name": "RENNICK-CREW15", "aliases": []})

    pid_of = {k: ("p_" + k.split("_")[0]) for k in P}
    pid_of.update({"stank": "p_stank", "oyelaran": "p_oyelaran"})
    msgs = []
    emailed = {}
    for mid, snd, to, cc, dt, subj, body, atts in MSGS:
        when = datetime(*dt, tzinfo=TZ)
        msgs.append({"id": mid, "sent": when.isoformat(), "subject": subj,
                     "from": pid_of[snd], "to": [pid_of[k] for k in to], "cc": [pid_of[k] for k in cc]})
        for r in to + cc:
            emailed.setdefault((pid_of[snd], pid_of[r]), []).append(mid)

    rels = [
        {"type": "GIFT", "source": "p_shayla", "target": "p_rennick", "value_usd": 389,
         "items": [{"product": "pr_boots", "quantity": 1}], "messages": ["m02", "m03"]},
        {"type": "GIFT", "source": "p_garrett", "target": "p_stank", "value_usd": 145, "items": [],
         "messages": ["m04", "m06", "m07"]},
        {"type": "GIFT", "source": "p_garrett", "target": "p_paxson", "value_usd": 145, "items": [],
         "messages": ["m04", "m06", "m07"]},
        {"type": "GIFT", "source": "p_colin", "target": "p_paxson", "value_usd": 90, "items": [],
         "messages": ["m09", "m10"]},
        {"type": "GIFT", "source": "p_colin", "target": "p_rennick", "value_usd": 90, "items": [],
         "messages": ["m09", "m10"]},
        # the distributor's earmarked donation, handed on by the foundation: the crew's gift is Red Mesa's
        {"type": "GIFT", "source": "o_redmesa", "target": "d_station3", "value_usd": 1149,
         "items": [{"product": "pr_grill", "quantity": 1}], "messages": ["m15", "m16"]},
        {"type": "GIFT", "source": "p_shayla", "target": "p_oyelaran", "value_usd": 160, "items": [],
         "messages": ["m18", "m19"]},
        {"type": "REFERRAL", "source": "p_rennick", "target": "o_redmesa", "code": "c_crew", "messages": ["m13", "m14"]},
        {"type": "PROMOTED", "source": "p_paxson", "target": "pr_coat", "messages": ["m20"]},
    ]
    for p in ents:
        if p["kind"] == "person":
            rels.append({"type": "MEMBER_OF", "source": p["id"], "target": p["affiliation"]})
    rels.append({"type": "MEMBER_OF", "source": "p_rennick", "target": "d_station3"})
    rels.append({"type": "MEMBER_OF", "source": "p_castellanos", "target": "d_station3"})
    for (s, d), ms in sorted(emailed.items()):
        rels.append({"type": "EMAILED", "source": s, "target": d, "count": len(ms), "messages": ms})
    g = {"entities": ents, "messages": msgs, "relations": rels,
         "notes": "Negatives: the paid PO 26-0419 / invoice RMS-40877; the three Titan TX demo coats (loaners, returned); "
                  "the chief's declined golf place; the Expo booth raffle open to every visitor. The grill is labelled "
                  "as Red Mesa's gift to Station 3's crew, the foundation a conduit (its letter says so)."}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=1)


if __name__ == "__main__":
    build_mbox()
    gold()
