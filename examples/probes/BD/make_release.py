#!/usr/bin/env python3
"""Builds release.zip (the probe BD release: .eml files, fiction) from the messages below. Run from this directory."""
import zipfile
from email.message import EmailMessage
from email.utils import make_msgid

DANA = '"Whitcombe, Dana" <dana.whitcombe@ring.com>'
MARCUS = 'Marcus Oyelaran <marcus@ring.com>'
LH = 'Halvorsen, Leonard <leonard.halvorsen@lapd.lacity.org>'
RS = 'Renata Szabo <renata.szabo@lapd.lacity.org>'
TB = 'Tomas Brightwater <38214@lapd.online>'
JM = 'Janelle Moriarty <40592@lapd.online>'
JM_BARE = '40592@lapd.online'
KA = 'Kevin Achterberg <kevin.achterberg@lapd.lacity.org>'
GF = 'Gloria Fenwick <gloriaf@cahuengaterracewatch.org>'
HN = 'Harold Nakamura <hnakamura@quillmail.net>'
WP = 'Walt Pemberton <wpemberton@northridgeeastwatch.org>'
BO = 'Bernadette Okafor <bokafor@delreyresidents.org>'

SIG_DANA = """--
Dana Whitcombe
Law Enforcement Partnerships | Ring
dana.whitcombe@ring.com"""
SIG_MARCUS = """Marcus Oyelaran
Community Outreach, Ring
Sent from my iPhone"""
SIG_LH = """Capt. Leonard Halvorsen, #22914
Commanding Officer, Pacific Division
Los Angeles Police Department"""
SIG_RS = """Det. II R. Szabo #31877
Robbery-Homicide Division
LAPD"""
SIG_TB = """PO III Tomas Brightwater #38214
Senior Lead Officer, Hollywood Division
Los Angeles Police Department"""
SIG_JM = """Ofc. J. Moriarty 40592
SLO, Devonshire Area
LAPD"""
SIG_KA = """Sgt. I K. Achterberg #27730
Devonshire Division - Watch Commander's office"""

ids: dict[str, str] = {}


def build(key, frm, to, subject, date, body, cc=None, reply=None, html=False, attach=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    ids[key] = make_msgid(domain=frm.split("@")[-1].rstrip(">"))
    m["Message-ID"] = ids[key]
    if reply:
        m["In-Reply-To"] = ids[reply]
        m["References"] = ids[reply]
    m.set_content(body)
    if html:
        paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        m.add_alternative(f"<html><body>{paras}</body></html>", subtype="html")
    if attach is not None:
        if isinstance(attach, EmailMessage):
            m.add_attachment(attach)
        else:
            name, data, maintype, subtype = attach
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m


def tiny_pdf(lines):
    text = " ".join(f"({ln}) Tj T*" for ln in lines)
    stream = f"BT /F1 11 Tf 14 TL 60 740 Td {text} ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


msgs = []
add = msgs.append

# --- trial unit, returned
add(("01", build("B1", DANA, LH, "demo unit for the front desk", "Mon, 12 Sep 2016 10:20:00 -0700", f"""Captain,

per our chat at the chiefs' breakfast im sending over a Video Doorbell Pro demo for the Pacific front counter so your desk officers can see how the app works. its a 30 day loaner, prepaid return label is in the box.

lmk if you have q's

{SIG_DANA}""")))

# --- Pacific safety fair: 10 doorbells
add(("02", build("A1", DANA, LH, "Pacific Div safety fair - cameras", "Mon, 03 Oct 2016 09:14:00 -0700", f"""hi Capt. Halvorsen,

following up on our call fri. Ring would like to donate 10 Ring Video Doorbells for the raffle at your Oct 22 community safety fair, no cost to the dept. just lmk where to ship + who should sign for them.

thx!
{SIG_DANA}""", html=True)))
add(("03", build("A2", LH, DANA, "RE: Pacific Div safety fair - cameras", "Mon, 03 Oct 2016 11:02:00 -0700", f"""Dana - very generous, thank you. ship to the station attn: Community Relations office, Ofc. Delgado will sign.

LH

{SIG_LH}""", reply="A1")))
add(("04", build("A3", DANA, LH, "RE: Pacific Div safety fair - cameras", "Wed, 12 Oct 2016 16:40:00 -0700", f"""all 10 doorbells shipped today, should land thurs. FYI Marcus (cc'd) will be there on the 22nd with a table + a demo setup

{SIG_DANA}""", cc=MARCUS, reply="A2")))
add(("05", build("B2", LH, DANA, "RE: demo unit for the front desk", "Thu, 13 Oct 2016 07:51:00 -0700", f"""eval's done, we boxed the pro back up and it went out w/ UPS this am on your label. appreciate the loan.

also thx for walking our D's through pulling the footage off that neighbor's account last wk, saved us a ton of time.

{SIG_LH}""", reply="B1")))
add(("06", build("A4", LH, DANA, "RE: Pacific Div safety fair - cameras", "Fri, 14 Oct 2016 08:05:00 -0700", """rcvd all 10, thx. see you on the 22nd

Sent from my iPhone""", cc=MARCUS, reply="A3")))

# --- NLCS tickets
add(("07", build("H1", MARCUS, KA, "nlcs", "Mon, 17 Oct 2016 15:12:00 -0700", f"""hey kevin - ended up w/ 2 extra tix for game 4 wed night, loge level, $75 face each. theyre yours if u want em, no strings

{SIG_MARCUS}""")))
add(("08", build("H2", KA, MARCUS, "Re: nlcs", "Mon, 17 Oct 2016 15:40:00 -0700", """heck yes. thx man, my son will lose his mind

K""", reply="H1")))

# --- RHD case cameras
add(("09", build("C1", RS, MARCUS, "westside burglary series", "Mon, 17 Oct 2016 22:48:00 -0700", f"""Marcus - Dana gave me your name. we've got a hot prowl burglary series on the westside and need eyes on two addresses asap. our equipment budget is frozen till jan. any chance Ring can help out?

{SIG_RS}""")))
add(("10", build("C2", MARCUS, RS, "Re: westside burglary series", "Tue, 18 Oct 2016 06:55:00 -0700", f"""np. sending you 2 stick up cams overnight, theyre yours to keep - no need to send back when the case wraps. i can help w/ install tmrw if u want

{SIG_MARCUS}""", reply="C1")))
add(("11", build("C3", RS, MARCUS, "Re: westside burglary series", "Wed, 19 Oct 2016 13:30:00 -0700", """got em, both up and running. thx!!

Sent from my iPhone""", reply="C2")))

# --- Hollywood SLO code + cloud recording
add(("12", build("E1", MARCUS, TB, "your referral code", "Mon, 24 Oct 2016 10:00:00 -0700", f"""hey Tomas,

good meeting you at the Cahuenga Terrace mtg. as discussed here's your personal code: TBW50 - gives $50 off any Ring doorbell. every time someone uses it you earn credit toward rewards.

also comped a year of cloud recording on your acct (normally $30/yr) so your own doorbell saves video.

{SIG_MARCUS}""", html=True)))
add(("13", build("E2", TB, GF, "ring code for the group", "Wed, 26 Oct 2016 21:15:00 -0700", f"""hi Gloria,

pls pass this along to everyone from tues night. I've had a Ring on my front door for a year now and honestly I wouldn't be without it - it's the single best thing you can put on your porch, and the footage has helped us on more than one case in the hills.

if anyone wants one, use my code TBW50 at checkout for $50 off.

lmk if any q's, see everyone next month

{SIG_TB}""", cc=HN)))
add(("14", build("E3", GF, TB, "Re: ring code for the group", "Thu, 27 Oct 2016 07:30:00 -0700", """sent it out to the list last night! 4 people already asked me about it. thx Officer B

Gloria Fenwick
Chair, Cahuenga Terrace Neighborhood Watch""", reply="E2")))

# --- RHD follow-ups, declined offer, trip
add(("15", build("C4", RS, MARCUS, "Re: westside burglary series", "Wed, 02 Nov 2016 10:10:00 -0700", f"""FYI the cams got a clean look at our suspect's face + plate. arrest made sat morning. really appreciate your help on this one

{SIG_RS}""", cc=DANA, reply="C3")))
add(("16", build("D1", DANA, RS, "congrats", "Wed, 02 Nov 2016 11:25:00 -0700", f"""Renata - heard about the arrest, huge congrats! we'd love to send you a doorbell for your own place as a small thank you from all of us.

{SIG_DANA}""")))
add(("17", build("D2", RS, DANA, "Re: congrats", "Wed, 02 Nov 2016 12:02:00 -0700", """that's kind but I have to pass - dept rules on personal gifts. thx tho

R""", reply="D1")))
add(("18", build("F1", JM, MARCUS, "code for thurs mtg", "Mon, 07 Nov 2016 08:20:00 -0800", f"""hi marcus can u send me my promo code before thurs? expecting ~40 ppl at the Northridge East watch meeting

{SIG_JM}""")))
add(("19", build("F2", MARCUS, JM, "Re: code for thurs mtg", "Mon, 07 Nov 2016 09:02:00 -0800", f"""here u go: JM-DEV50, $50 off for anyone who uses it + it tracks back to you for rewards. i'll drop off flyers wed

{SIG_MARCUS}""", reply="F1")))
add(("20", build("D3", DANA, RS, "Vegas roundtable", "Wed, 09 Nov 2016 14:18:00 -0800", f"""hi Renata,

separate from the other thing - we're hosting a law enforcement roundtable in Las Vegas Jan 12-13 and would love you to speak about the westside case. Ring covers your flight + 2 nights at the hotel, around $640 all in.

lmk

{SIG_DANA}""")))
add(("21", build("D4", RS, DANA, "Re: Vegas roundtable", "Thu, 10 Nov 2016 09:47:00 -0800", f"""cleared it w/ my Lt, I'm in. pls send the details

{SIG_RS}""", reply="D3")))
add(("22", build("F3", JM, WP, "ring discount from last nite", "Fri, 11 Nov 2016 07:45:00 -0800", f"""Walt - great mtg last nite, thx for hosting. as promised here's my code JM-DEV50, it's $50 off a Ring doorbell. we've seen real results w/ these cameras on our beat, package thefts on Lassen are way down since a few neighbors put them up. I'd recommend them to anyone.

pls share w/ the block captains

{SIG_JM}""")))
add(("23", build("G1", KA, DANA, "pricing for devonshire", "Mon, 14 Nov 2016 09:30:00 -0800", f"""hi dana, capt asked me to get pricing on 25 stick up cams for the station lot + rear gate. can u send a formal quote

{SIG_KA}""")))
quote = tiny_pdf(["RING - QUOTATION Q-16-1147", "Prepared for: LAPD Devonshire Division, attn Sgt. K. Achterberg",
                  "25 x Stick Up Cam @ $199.00 = $4,975.00", "Shipping: included", "Terms: net 30, invoiced via City of LA purchasing",
                  "Quote valid 30 days. Prepared by D. Whitcombe"])
add(("24", build("G2", DANA, KA, "RE: pricing for devonshire", "Tue, 15 Nov 2016 11:45:00 -0800", f"""Kevin - formal quote attached. $199 ea, 25 units = $4,975 before tax, net 30 invoice through city purchasing.

{SIG_DANA}""", reply="G1", attach=("Ring_Quote_Q-16-1147.pdf", quote, "application", "pdf"))))
add(("25", build("G3", KA, DANA, "RE: pricing for devonshire", "Tue, 15 Nov 2016 12:10:00 -0800", f"""thx, forwarding to purchasing. fwiw i bought a stick up cam for my own garage off ring.com last wk, paid w/ my own card, so no need to send a demo my way

{SIG_KA}""", reply="G2")))
add(("26", build("D5", DANA, RS, "RE: Vegas roundtable", "Tue, 15 Nov 2016 17:03:00 -0800", f"""booked! flight out of LAX the morning of the 12th + 2 nights at the hotel, all on us. confirmation #s to follow from our travel desk

{SIG_DANA}""", reply="D4")))
add(("27", build("E4", MARCUS, TB, "rewards update", "Mon, 21 Nov 2016 11:11:00 -0800", f"""Tomas - TBW50 has been used 5 times already, nice work. that earns you a Stick Up Cam, shipping it to Hollywood station this wk, no charge

{SIG_MARCUS}""", html=True)))

inner = build("F4", MARCUS, JM, "your code", "Mon, 28 Nov 2016 13:36:00 -0800", f"""janelle - 3 redemptions on JM-DEV50 already! that earns you a free Chime, shipping it to the station

{SIG_MARCUS}""")
add(("28", build("F5", JM_BARE, KA, "Fwd: your code", "Mon, 28 Nov 2016 16:20:00 -0800", f"""sarge - ring wants to send me a chime for the code thing (see attached). ok to accept?

Janelle

{SIG_JM}""", attach=inner)))
add(("29", build("F6", KA, JM, "Re: Fwd: your code", "Mon, 28 Nov 2016 17:05:00 -0800", f"""under $50 so should be fine per the memo, just log it w/ the adjutant.

btw the new Kestrel radios are a huge upgrade, tell your guys to swap theirs out at the kit room

{SIG_KA}""", reply="F5")))
add(("30", build("G4", DANA, KA, "thank you", "Wed, 30 Nov 2016 10:22:00 -0800", f"""Kevin - sending you a Video Doorbell Pro to use at home, it's yours to keep, on us. thx for all your help getting the Devonshire rollout moving

{SIG_DANA}""")))
add(("31", build("I1", LH, BO, "newsletter blurb", "Thu, 01 Dec 2016 15:05:00 -0800", f"""Bernadette - here's my blurb for the Dec newsletter as promised:

"Video doorbells like Ring have helped our detectives close package theft cases all over Pacific Division this year. I encourage every household in Del Rey to consider getting one before the holidays."

also FYI ring.com is running HOLIDAY16 thru 12/31 - 15% off for anyone, might be worth a mention

{SIG_LH}""")))
add(("32", build("I2", BO, LH, "Re: newsletter blurb", "Thu, 01 Dec 2016 18:40:00 -0800", """perfect, thank you Captain! it'll run in the Dec issue.

Bernadette Okafor
President, Del Rey Residents Association""", reply="I1")))
add(("33", build("G5", KA, DANA, "Re: thank you", "Fri, 02 Dec 2016 08:14:00 -0800", """rcvd the pro, thx dana. install was 10 min

Sent from my iPhone""", reply="G4")))
add(("34", build("J1", DANA, MARCUS, "Q4 LAPD recap", "Mon, 05 Dec 2016 08:00:00 -0800", f"""Marcus,

quick recap for the q4 deck:
- Pacific safety fair: all 10 doorbells raffled, capt H very happy
- RHD westside case closed w/ our cams, Szabo speaking in Vegas
- Hollywood + Devonshire SLO codes at 5 and 3 redemptions
- Devonshire quote out for 25 stick up cams

pls send me your expense reports by fri

{SIG_DANA}""")))

with zipfile.ZipFile("release.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for num, m in msgs:
        subj = "".join(c if c.isalnum() else "_" for c in m["Subject"])[:40].strip("_")
        z.writestr(f"{num}_{subj}.eml", m.as_bytes())
print(len(msgs), "files")
