#!/usr/bin/env python3
"""Write probe CY: a regional council's parking/animal-control mail with an Australian
ticketing-device maker, printed from Gmail into one PDF, and its gold labels.

Everything here is invented (names, organisations, products, addresses, codes, wording).
Deterministic: run it again and the same files come out.
"""
import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("Pacific/Auckland")
FONT_DIR = "/usr/share/fonts/truetype/liberation"

P = {
    "mereana": ("Mereana Tautahi", "mereana.tautahi@kowhaicoast.govt.nz"),
    "duncan": ("Duncan Pelham", "duncan.pelham@kowhaicoast.govt.nz"),
    "priya": ("Priya Raniga", "priya.raniga@kowhaicoast.govt.nz"),
    "graeme": ("Graeme Hollis", "graeme.hollis@kowhaicoast.govt.nz"),
    "sione": ("Sione Fakatava", "sione.fakatava@kowhaicoast.govt.nz"),
    "craig": ("Craig Ferntree", "craig.ferntree@totaraplains.govt.nz"),
    "brodie": ("Brodie Castellan", "brodie.castellan@tallowoodfield.com.au"),
    "leanne": ("Leanne Vukovic", "leanne.vukovic@tallowoodfield.com.au"),
    "rory": ("Rory Delacey", "rory.delacey@tallowoodfield.com.au"),
}

SIG = {
    "mereana": "Ngā mihi,\nMereana\n\nMereana Tautahi | Team Leader, Parking Services\nKōwhai Coast Regional Council | 14 Tūī Street, Port Kōwhai\nP 06 555 0142 | M 021 555 7730",
    "duncan": "Cheers,\nDunc\n\nDuncan Pelham | Senior Parking Warden\nParking Services | Kōwhai Coast Regional Council\nM 027 555 1984",
    "priya": "Kind regards,\nPriya\n\nPriya Raniga | Animal Management Officer\nAnimal Management | Kōwhai Coast Regional Council\nP 06 555 0188",
    "graeme": "Regards,\nGraeme\n\nGraeme Hollis\nManager, Regulatory Compliance\nKōwhai Coast Regional Council",
    "sione": "Kind regards,\n\nSione Fakatava | Procurement Advisor\nKōwhai Coast Regional Council\nP 06 555 0107",
    "craig": "Cheers,\nCraig\n\nCraig Ferntree | Parking Team Lead\nTōtara Plains District Council",
    "brodie": "Cheers,\nBrodie\n\nBrodie Castellan | Account Manager – New Zealand\nTallowood Field Systems Pty Ltd\nM +64 22 555 4061 | www.tallowoodfield.com.au",
    "leanne": "Warm regards,\nLeanne\n\nLeanne Vukovic | Sales Director\nTallowood Field Systems Pty Ltd | Level 3, 88 Cremorne Lane, Richmond VIC 3121\nM +61 400 555 917",
    "rory": "Cheers,\nRory\n\nRory Delacey | Support Engineer\nTallowood Field Systems Pty Ltd\nSupport line 1800 555 236 (AU) / 0800 555 236 (NZ)",
}


def d(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


THREADS = [
    {
        "subject": "PlateHawk trial on the enforcement ute",
        "mailbox": "duncan",
        "thread": "1823904417726610022",
        "messages": [
            {
                "id": "m01", "from": "brodie", "to": ["duncan"], "cc": ["mereana"], "when": d("2025-02-04 09:42"),
                "body": "Kia ora Duncan,\n\nGood to chat on Friday. As promised, here's how the PlateHawk trial would work: we lend you one PlateHawk LPR camera for six weeks, Rory Delacey from our support team fits it to the enforcement ute, and your wardens run it alongside the chalk-and-walk routes on Harbour Road and the hospital car park.\n\nThere's no charge for the trial. The unit stays ours and comes back to us at the end of it, and we'll send you a read-rate report each fortnight so you can see how it compares with the old camera.\n\nRory can be up on Tuesday 11 February if that suits. Mereana, I've copied you in so you're in the loop.",
                "quote": None,
            },
            {
                "id": "m02", "from": "rory", "to": ["duncan"], "cc": [], "when": d("2025-02-13 16:05"),
                "body": "Hi Duncan,\n\nAll done – the PlateHawk is mounted on the roof bar of the ute (rego KCR 482) and paired with your WardenPad. Couple of notes:\n\n- It needs about 90 seconds after ignition before it starts reading, so give it a tick before you head off.\n- If the screen shows \"NO GPS\" just power-cycle the hub under the passenger seat.\n- The loan unit serial is PH-20417; keep the hard case somewhere dry as it goes back in that at the end of the trial.\n\nGive me a bell on the support line if anything's playing up.",
                "quote": "hidden",
            },
        ],
    },
    {
        "subject": "The demo T7",
        "mailbox": "duncan",
        "thread": "1826518830174452211",
        "messages": [
            {
                "id": "m03", "from": "brodie", "to": ["duncan"], "cc": [], "when": d("2025-03-17 11:20"),
                "body": "Hey Dunc,\n\nQuick one – the demo WardenPad T7 you've had since January: don't bother sending it back. Keep it, it's yours, on us. You've given us heaps of good feedback on the firmware and it's the least we can do. They retail at about $1,450 so look after it!\n\nI'll update our asset list so it doesn't show up as outstanding.",
                "quote": None,
            },
            {
                "id": "m04", "from": "duncan", "to": ["brodie"], "cc": ["mereana"], "when": d("2025-03-17 14:02"),
                "body": "Legend, ta heaps Brodie – chuffed with that. It'll get plenty of use as a spare when one of the lads drops theirs in a puddle.\n\nMereana, cc'ing you so it goes on the gifts register.",
                "quote": "m03",
            },
        ],
    },
    {
        "subject": "PlateHawk – six weeks in",
        "mailbox": "duncan",
        "thread": "1826701955320984417",
        "messages": [
            {
                "id": "m05", "from": "duncan", "to": ["priya", "mereana"], "cc": ["graeme"], "when": d("2025-03-19 08:50"),
                "body": "Morning all,\n\nSix weeks into the PlateHawk trial and I reckon it's heaps better than the camera we've got now. It read 96% of plates on Harbour Road even in Tuesday's downpour, and the time-limit zones basically run themselves.\n\nPriya – I'd definitely recommend the PlateHawk for the animal control van too, for the stray-dog patrols at the beach car parks. Worth a look before the budget round.\n\nThe trial finishes next week and the unit has to go back to Tallowood.",
                "quote": None,
            },
            {
                "id": "m06", "from": "rory", "to": ["duncan"], "cc": [], "when": d("2025-03-21 15:30"),
                "body": "Hi Duncan,\n\nCourier's booked to collect the loan PlateHawk (PH-20417) from the depot on Monday morning. Pop it back in the hard case with the power loom – tracking number NZC-884127.\n\nThanks for being such a good trial site.",
                "quote": None,
            },
            {
                "id": "m07", "from": "duncan", "to": ["rory"], "cc": [], "when": d("2025-03-24 10:10"),
                "body": "Hi Rory,\n\nUnit went back with the courier this morning, all packed up in the case with the loom.\n\nCheers for all your help over the six weeks mate, much appreciated.",
                "quote": "hidden",
            },
        ],
    },
    {
        "subject": "Order – WardenPad T7 x 12 – PO 4500-2281",
        "mailbox": "mereana",
        "thread": "1828210049913375560",
        "messages": [
            {
                "id": "m08", "from": "sione", "to": ["brodie"], "cc": ["mereana"], "when": d("2025-04-03 10:15"),
                "body": "Hi Brodie,\n\nPlease find attached purchase order PO 4500-2281 for the following, as per your quote Q-7719 of 20 March:\n\n12 x WardenPad T7 handheld ticketing device @ NZ$1,450.00 = NZ$17,400.00\nGST (15%) = NZ$2,610.00\nTotal = NZ$20,010.00 incl GST\n\nDelivery to Parking Services, 14 Tūī Street, Port Kōwhai, attention Mereana Tautahi. Payment terms are the 20th of the month following invoice. Please quote the PO number on your invoice or it will be returned unpaid.",
                "quote": None,
            },
            {
                "id": "m09", "from": "brodie", "to": ["sione"], "cc": ["mereana"], "when": d("2025-04-03 14:40"),
                "body": "Thanks Sione, PO received and booked in. The twelve units ship from Melbourne next Wednesday and should be with you by the 14th.\n\nMereana – thanks heaps for getting this over the line. I'm down your way on the 17th, let me shout you lunch at the Wharf Kitchen?",
                "quote": "m08",
            },
            {
                "id": "m10", "from": "brodie", "to": ["mereana"], "cc": [], "when": d("2025-04-17 16:30"),
                "body": "Hi Mereana,\n\nGreat to catch up over lunch today. It was my shout – came to $96 all up, so no wukkas at all.\n\nI'll chase Rory on the cradle firmware and get back to you next week.",
                "quote": "hidden",
            },
        ],
    },
    {
        "subject": "Tallowood User Forum – Melbourne, 19–20 June",
        "mailbox": "mereana",
        "thread": "1831377264019983318",
        "messages": [
            {
                "id": "m11", "from": "leanne", "to": ["mereana"], "cc": ["brodie"], "when": d("2025-05-06 11:00"),
                "body": "Dear Mereana,\n\nBrodie tells me the T7 rollout at Kōwhai Coast has gone beautifully, so I'd love to have you at our User Forum in Melbourne on 19–20 June. We'd fly you over and put you up for two nights at the Yarra Quay Hotel – flights and accommodation on us, around AU$1,800 all up.\n\nAlso, would you be happy for us to run a short quote from you in the July issue of Tallowood Field Notes, our customer newsletter? A line or two on how the T7s have gone would be perfect.",
                "quote": None,
            },
            {
                "id": "m12", "from": "mereana", "to": ["leanne"], "cc": ["brodie"], "when": d("2025-05-07 15:20"),
                "body": "Kia ora Leanne,\n\nThat's really generous of you, but I'll have to decline the flights and hotel – under the council's Gifts and Hospitality Policy we can't accept travel or accommodation from a supplier, so I'm politely saying no thanks. Council is already paying for me to go to the ParkSmart Aotearoa conference in Wellington in August (registration $695), so I'll catch you there.\n\nMore than happy to give you a quote for Field Notes though:\n\n\"The WardenPad T7 has been a game changer for our wardens. Tickets go out in half the time, the team rate it highly, and I'd recommend it to any council.\"",
                "quote": "m11",
            },
            {
                "id": "m13", "from": "brodie", "to": ["mereana"], "cc": [], "when": d("2025-07-02 09:25"),
                "body": "Hi Mereana,\n\nYou made the front page! Here's how your bit looks in this month's Field Notes, which went out to all our customers this morning:\n\n-----\nTALLOWOOD FIELD NOTES – JULY 2025\n\nCUSTOMER SPOTLIGHT: KŌWHAI COAST REGIONAL COUNCIL\nKōwhai Coast's Parking Services team swapped their old handhelds for twelve WardenPad T7s in April.\n\n\"The WardenPad T7 has been a game changer for our wardens. Tickets go out in half the time, the team rate it highly, and I'd recommend it to any council.\" – Mereana Tautahi, Team Leader, Parking Services, Kōwhai Coast Regional Council\n\nWINTER SPECIAL\nStock up on TicketRoll thermal paper: 15% off every order placed before 31 July with code ROLL15. Open to all customers.\n\nSEE YOU AT PARKSMART AOTEAROA\nLeanne and Brodie will be on stand 22 in Wellington, 19–21 August. Come and say gidday.\n-----\n\nThanks again for the kind words – the team in Melbourne were stoked.",
                "quote": None,
            },
        ],
    },
    {
        "subject": "Jazz & Blues tickets",
        "mailbox": "graeme",
        "thread": "1832089914562237754",
        "messages": [
            {
                "id": "m14", "from": "leanne", "to": ["graeme"], "cc": [], "when": d("2025-05-23 12:30"),
                "body": "Hi Graeme,\n\nLovely to meet you at the regional roadshow on Wednesday. I've got two tickets to the Kōwhai Coast Jazz & Blues Festival on Saturday 14 June that I can't use – $120 each – and they're yours if you'd like them. I'll have them couriered over. Enjoy!",
                "quote": None,
            },
            {
                "id": "m15", "from": "graeme", "to": ["leanne"], "cc": [], "when": d("2025-05-26 08:15"),
                "body": "Ta very much Leanne, that's very kind. My wife and I will put them to good use. I've popped them on the gifts register.",
                "quote": "hidden",
            },
        ],
    },
    {
        "subject": "T7 sync dropping out – dog control",
        "mailbox": "priya",
        "thread": "1834460275513098846",
        "messages": [
            {
                "id": "m16", "from": "rory", "to": ["priya"], "cc": [], "when": d("2025-06-11 14:15"),
                "body": "Hi Priya,\n\nThanks for the call this morning. The dog-control infringements weren't syncing because the three animal management units were still on firmware 4.1. I've pushed 4.3 to them remotely, so they should pick it up next time they're docked.\n\nAnd no koha needed, honestly – it's all part of the support contract :) I'm over in Port Kōwhai on Friday for the depot install; if you and the crew are keen, I'll shout you a round at the Anchor & Thistle after work.",
                "quote": None,
            },
            {
                "id": "m17", "from": "priya", "to": ["rory"], "cc": [], "when": d("2025-06-16 08:30"),
                "body": "Morning Rory,\n\nAll three units synced fine on Friday – thanks for sorting that so quickly.\n\nAnd thanks for shouting us at the Anchor & Thistle, the round came to $64 on your card which was very generous of you. The crew had a great time.",
                "quote": "m16",
            },
        ],
    },
    {
        "subject": "Animal control module feedback – thank you",
        "mailbox": "priya",
        "thread": "1835079912370019265",
        "messages": [
            {
                "id": "m18", "from": "brodie", "to": ["priya"], "cc": ["mereana"], "when": d("2025-06-24 13:05"),
                "body": "Hi Priya,\n\nThanks so much for sitting in on our feedback session for the new animal control module last week – your notes on the microchip lookup screen were gold.\n\nAs a small thank-you I've popped a $100 gift voucher for Pōhutukawa Books in the internal mail for you.",
                "quote": None,
            },
        ],
    },
    {
        "subject": "Good to meet you in Wellington",
        "mailbox": "duncan",
        "thread": "1837932006118467302",
        "messages": [
            {
                "id": "m19", "from": "leanne", "to": ["duncan"], "cc": [], "when": d("2025-08-22 10:45"),
                "body": "Hi Duncan,\n\nGreat to finally meet you at ParkSmart Aotearoa – thanks for coming past the stand and telling everyone about the PlateHawk trial.\n\nAs promised, I've couriered over a Tallowood softshell jacket and cap for you. Wear them with pride on those wet Port Kōwhai patrols!",
                "quote": None,
            },
        ],
    },
    {
        "subject": "Handhelds – who we use",
        "mailbox": "mereana",
        "thread": "1841226840195530071",
        "messages": [
            {
                "id": "m20", "from": "mereana", "to": ["craig"], "cc": [], "when": d("2025-10-07 13:40"),
                "body": "Hi Craig,\n\nGood to catch up on the phone this morning. As promised: we use Tallowood Field Systems and I can't recommend them highly enough – the WardenPad T7s have been rock solid since April and their support is top notch.\n\nTalk to Brodie Castellan, their NZ account manager (brodie.castellan@tallowoodfield.com.au). If you quote our referral code KCRC-MATE-25 on your first order you'll get 10% off, and we get a credit on our support contract, so it's a win-win.",
                "quote": None,
            },
            {
                "id": "m21", "from": "craig", "to": ["brodie"], "cc": ["mereana"], "when": d("2025-10-09 11:30"),
                "body": "Hi Brodie,\n\nMereana Tautahi at Kōwhai Coast passed on your details. We're replacing the handhelds at Tōtara Plains next financial year and I'd like a quote for 8 x WardenPad T7 units with cradles. I've been given referral code KCRC-MATE-25 – please apply it to the quote.",
                "quote": "m20",
            },
        ],
    },
]

# ---------------------------------------------------------------- PDF (Gmail print)

pdfmetrics.registerFont(TTFont("Arial", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Bold", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))

W, H = A4
LM, RM, TOP, BOT = 36, 36, 40, 40
PRINTED = "12/11/2025, 3:12 pm"
MSGS = {m["id"]: m for t in THREADS for m in t["messages"]}


def gmail_date(dt):
    h = dt.hour % 12 or 12
    return f"{dt.strftime('%a')}, {dt.day} {dt.strftime('%b %Y')} at {h}:{dt.minute:02d} {'am' if dt.hour < 12 else 'pm'}"


def addr(k):
    name, email = P[k]
    return f"{name} <{email}>"


def wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        if not para:
            out.append("")
            continue
        words, line = para.split(" "), ""
        for w in words:
            cand = (line + " " + w) if line else w
            if pdfmetrics.stringWidth(cand, font, size) <= width:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def layout(thread):
    """A list of pages, each a list of (x, font, size, text, right_aligned, rule)."""
    ops = []  # flat list of (height, op)
    mailbox = addr(thread["mailbox"])
    ops.append((22, ("logo", mailbox)))
    ops.append((26, ("line", LM, "Arial-Bold", 15, thread["subject"], False)))
    n = len(thread["messages"])
    ops.append((18, ("line", LM, "Arial", 9, f"{n} message{'s' if n > 1 else ''}", False)))
    for m in thread["messages"]:
        ops.append((10, ("rule",)))
        ops.append((14, ("sender", addr(m["from"]), gmail_date(m["when"]))))
        ops.append((12, ("line", LM, "Arial", 9, "To: " + ", ".join(addr(k) for k in m["to"]), False)))
        if m["cc"]:
            ops.append((12, ("line", LM, "Arial", 9, "Cc: " + ", ".join(addr(k) for k in m["cc"]), False)))
        ops.append((8, ("gap",)))
        body = m["body"] + "\n\n" + SIG[m["from"]]
        for ln in wrap(body, "Arial", 10, W - LM - RM):
            ops.append((13, ("line", LM, "Arial", 10, ln, False)))
        if m["quote"] == "hidden":
            ops.append((16, ("line", LM, "Arial", 8, "[Quoted text hidden]", False)))
        elif m["quote"]:
            q = MSGS[m["quote"]]
            ops.append((10, ("gap",)))
            ops.append((13, ("line", LM, "Arial", 10, f"On {gmail_date(q['when'])}, {addr(q['from'])} wrote:", False)))
            for ln in wrap(q["body"] + "\n\n" + SIG[q["from"]], "Arial", 10, W - LM - RM - 20):
                ops.append((13, ("line", LM + 12, "Arial", 10, "> " + ln if ln else ">", False)))
        ops.append((10, ("gap",)))
    pages, cur, y = [], [], H - TOP - 20
    for h, op in ops:
        if y - h < BOT + 20:
            pages.append(cur)
            cur, y = [], H - TOP - 20
        y -= h
        cur.append((y, op))
    pages.append(cur)
    return pages


def draw(c, thread, pages, url):
    title = f"Kōwhai Coast Regional Council Mail - {thread['subject']}"
    for i, page in enumerate(pages, 1):
        c.setFont("Arial", 8)
        c.drawString(LM - 12, H - 22, PRINTED)
        c.drawCentredString(W / 2 + 30, H - 22, title[:95])
        c.drawString(LM - 12, 20, url[:118])
        c.drawRightString(W - RM + 12, 20, f"{i}/{len(pages)}")
        for y, op in page:
            kind = op[0]
            if kind == "logo":
                c.setFont("Arial-Bold", 13)
                c.drawString(LM, y, "Gmail")
                c.setFont("Arial", 9)
                c.drawRightString(W - RM, y, op[1])
            elif kind == "line":
                _, x, font, size, text, _r = op
                c.setFont(font, size)
                c.drawString(x, y, text)
            elif kind == "rule":
                c.setLineWidth(0.5)
                c.line(LM, y + 4, W - RM, y + 4)
            elif kind == "sender":
                c.setFont("Arial-Bold", 10)
                c.drawString(LM, y, op[1])
                c.setFont("Arial", 9)
                c.drawRightString(W - RM, y, op[2])
        c.showPage()


def write_pdf(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Kōwhai Coast Regional Council – LGOIMA release 2025-117")
    c.setAuthor("Kōwhai Coast Regional Council")
    for t in THREADS:
        first = t["messages"][0]
        url = (f"https://mail.google.com/mail/u/0/?ik=4e1c9a07b2&view=pt&search=all&permthid=thread-f:{t['thread']}"
               f"&simpl=msg-f:{t['thread']}")
        draw(c, t, layout(t), url)
    c.save()


# ---------------------------------------------------------------- gold

ORG_KCRC, ORG_TFS, ORG_TPDC = "org_kcrc", "org_tallowood", "org_totara"
DIV_PARK, DIV_ANIMAL = "div_parking", "div_animal"
PERSON_ROLE = {
    "mereana": ("officer", DIV_PARK), "duncan": ("officer", DIV_PARK), "priya": ("officer", DIV_ANIMAL),
    "graeme": ("officer", ORG_KCRC), "sione": ("officer", ORG_KCRC), "craig": ("officer", ORG_TPDC),
    "brodie": ("vendor_employee", ORG_TFS), "leanne": ("vendor_employee", ORG_TFS), "rory": ("vendor_employee", ORG_TFS),
}
AFFIL_ORG = {DIV_PARK: ORG_KCRC, DIV_ANIMAL: ORG_KCRC}


def gold():
    ents = []
    for k, (name, email) in P.items():
        role, member = PERSON_ROLE[k]
        ents.append({"id": f"p_{k}", "kind": "person", "name": name, "aliases": [], "emails": [email],
                     "role": role, "affiliation": AFFIL_ORG.get(member, member)})
    ents += [
        {"id": ORG_KCRC, "kind": "organization", "name": "Kōwhai Coast Regional Council",
         "aliases": ["Kowhai Coast Regional Council", "Kōwhai Coast", "KCRC"]},
        {"id": ORG_TFS, "kind": "organization", "name": "Tallowood Field Systems",
         "aliases": ["Tallowood Field Systems Pty Ltd", "Tallowood"]},
        {"id": ORG_TPDC, "kind": "organization", "name": "Tōtara Plains District Council",
         "aliases": ["Totara Plains District Council", "Tōtara Plains"]},
        {"id": DIV_PARK, "kind": "division", "name": "Parking Services", "aliases": []},
        {"id": DIV_ANIMAL, "kind": "division", "name": "Animal Management", "aliases": []},
        {"id": "prod_t7", "kind": "product", "name": "WardenPad T7", "aliases": ["T7", "WardenPad"]},
        {"id": "prod_platehawk", "kind": "product", "name": "PlateHawk", "aliases": ["PlateHawk LPR camera"]},
        {"id": "prod_ticketroll", "kind": "product", "name": "TicketRoll", "aliases": ["TicketRoll thermal paper"]},
        {"id": "code_kcrc", "kind": "code", "name": "KCRC-MATE-25", "aliases": []},
        {"id": "code_roll15", "kind": "code", "name": "ROLL15", "aliases": []},
    ]
    msgs = []
    emailed = {}
    for t in THREADS:
        for m in t["messages"]:
            msgs.append({"id": m["id"], "sent": m["when"].isoformat(), "subject": t["subject"],
                         "from": f"p_{m['from']}", "to": [f"p_{k}" for k in m["to"]], "cc": [f"p_{k}" for k in m["cc"]]})
            for r in m["to"] + m["cc"]:
                emailed.setdefault((m["from"], r), []).append(m["id"])
    rels = []
    gifts = [
        ("brodie", "duncan", 1450, [{"product": "prod_t7", "quantity": 1}], ["m03"],
         "demo WardenPad T7 given to keep (retail about $1,450)"),
        ("brodie", "mereana", 96, [], ["m10", "m09"], "lunch at the Wharf Kitchen, Brodie's shout, $96"),
        ("leanne", "graeme", 240, [], ["m14", "m15"], "two Jazz & Blues Festival tickets at $120 each"),
        ("rory", "priya", 64, [], ["m17", "m16"], "a round at the Anchor & Thistle, $64"),
        ("brodie", "priya", 100, [], ["m18"], "$100 Pōhutukawa Books gift voucher"),
        ("leanne", "duncan", None, [], ["m19"], "Tallowood softshell jacket and cap (branded gear, no value given)"),
    ]
    for g, r, v, items, ms, note in gifts:
        rels.append({"type": "GIFT", "source": f"p_{g}", "target": f"p_{r}", "value_usd": v, "items": items,
                     "messages": ms, "note": note})
    rels.append({"type": "REFERRAL", "source": "p_mereana", "target": ORG_TFS, "messages": ["m20", "m21"],
                 "code": "code_kcrc", "note": "referral code passed on to Tōtara Plains, then quoted to the vendor"})
    rels += [
        {"type": "PROMOTED", "source": "p_duncan", "target": "prod_platehawk", "messages": ["m05"],
         "note": "recommends the PlateHawk to colleagues"},
        {"type": "PROMOTED", "source": "p_mereana", "target": "prod_t7", "messages": ["m12", "m13"],
         "note": "quote for the vendor's newsletter"},
        {"type": "PROMOTED", "source": "p_mereana", "target": ORG_TFS, "messages": ["m20"],
         "note": "recommends Tallowood to another council"},
    ]
    for k, (role, member) in PERSON_ROLE.items():
        rels.append({"type": "MEMBER_OF", "source": f"p_{k}", "target": member})
    for (s, r), ms in sorted(emailed.items()):
        rels.append({"type": "EMAILED", "source": f"p_{s}", "target": f"p_{r}", "count": len(ms), "messages": ms})
    return {
        "about": "Probe CY gold. Gift values are face values in the dollars the release states (NZ$). Negatives, not "
                 "relations: the PO 4500-2281 order (paid), the PlateHawk loan unit (trial, returned), the declined "
                 "flights and hotel to Melbourne (gift policy), the ParkSmart Aotearoa registration the council paid, "
                 "the public ROLL15 discount, the koha Rory turned down, ordinary thanks for support.",
        "entities": ents, "messages": msgs, "relations": rels,
    }


def main():
    write_pdf(os.path.join(HERE, "release.pdf"))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold(), f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
