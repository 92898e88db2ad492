#!/usr/bin/env python3
"""Write probe CU: release.mbox (one Exchange mailbox export) and gold.json.

Everything is invented: Tejomaya Urban Systems (Pune, with a US subsidiary) and Marrowfield County's
Office of Emergency Management and 911 Communications Center.
"""
from __future__ import annotations

import base64
import email.charset
import hashlib
import html
import json
import mailbox
from datetime import datetime
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
CHI = ZoneInfo("America/Chicago")
IST = ZoneInfo("Asia/Kolkata")

# ---------------------------------------------------------------- people
P = {
    "swati": ("Swati Deshpande", "swati.deshpande@tejomaya-usa.com", CHI),
    "rohan": ("Rohan Joglekar", "rohan.joglekar@tejomaya-usa.com", CHI),
    "ani": ("Aniruddha Kulkarni", "aniruddha.k@tejomayaurban.in", IST),
    "prakash": ("Prakash Gokhale", "prakash.gokhale@tejomayaurban.in", IST),
    "meena": ("Meenakshi Iyer", "meenakshi.iyer@tejomayaurban.in", IST),
    "dana": ("Whitcomb, Dana", "dwhitcomb@marrowfieldcounty.gov", CHI),
    "greg": ("Alvers, Gregory", "galvers@marrowfieldcounty.gov", CHI),
    "tamsin": ("Rourke, Tamsin", "trourke@marrowfieldcounty.gov", CHI),
    "luis": ("Baptiste, Luis", "lbaptiste@marrowfieldcounty.gov", CHI),
    "kendra": ("Pollitt, Kendra", "kpollitt@marrowfieldcounty.gov", CHI),
    "martin": ("Eckersley, Martin", "meckersley@marrowfieldcounty.gov", CHI),
    "ruth": ("Ambrose-Lyle, Ruth", "rambroselyle@marrowfieldcounty.gov", CHI),
    "voss": ("Voss, Harlan", "hvoss@marrowfieldcounty.gov", CHI),
    "nadine": ("Ferro, Nadine", "nferro@marrowfieldcounty.gov", CHI),
    "colette": ("Colette Brannigan", "cbrannigan@quillanecd.org", CHI),
    "wendell": ("Heartland Public Safety Digest", "editor@hpsdigest.org", CHI),
}

SIG = {
    "swati": "Warm Regards,\nSwati Deshpande\nAccount Manager - North America\nTejomaya Urban Systems USA Inc.\n"
             "1420 Larkspur Commons Drive, Suite 310, Irving, TX 75039\nMob: +1 (469) 555-0142",
    "rohan": "Thanks & Regards,\nRohan Joglekar\nSolutions Engineer\nTejomaya Urban Systems USA Inc.\nCell: +1 (469) 555-0187",
    "ani": "Regards,\nAniruddha Kulkarni\nVice President - Public Safety Solutions\nTejomaya Urban Systems Pvt. Ltd.\n"
           "Level 6, Riverstone Tech Park, Baner Road, Pune 411045, India\nM: +91 98220 41763",
    "prakash": "With warm regards,\nPrakash Gokhale\nFounder & CEO\nTejomaya Urban Systems Pvt. Ltd., Pune",
    "meena": "Regards,\nMeenakshi Iyer\nManager - Marketing & Events\nTejomaya Urban Systems Pvt. Ltd.\nPh: +91 20 6718 2290",
    "dana": "Dana Whitcomb\nDirector\nMarrowfield County Office of Emergency Management\n200 Courthouse Square, Room 14\n"
            "Ashby Ford, MO 64790\n(816) 555-0120",
    "greg": "Gregory Alvers | Deputy Director\nMarrowfield County Office of Emergency Management\n(816) 555-0133",
    "tamsin": "Tamsin Rourke\n911 Communications Center Manager\nMarrowfield County 911 Communications Center\n(816) 555-0161",
    "luis": "Luis Baptiste\nShift Supervisor, B Shift\nMarrowfield County 911 Communications Center",
    "kendra": "Kendra Pollitt, GISP\nGIS Coordinator\nMarrowfield County Office of Emergency Management\n(816) 555-0149",
    "martin": "Martin Eckersley\nDirector of Information Technology\nMarrowfield County Information Technology Department",
    "ruth": "Ruth Ambrose-Lyle\nCounty Administrator\nOffice of the County Administrator, Marrowfield County",
    "voss": "Harlan Voss\nCommissioner, District 2\nMarrowfield County Board of Commissioners",
    "nadine": "Nadine Ferro, CPPB\nSenior Buyer\nMarrowfield County Purchasing Division\n(816) 555-0108",
    "colette": "Colette Brannigan\nDirector\nQuillan County Emergency Communications District\n(417) 555-0192",
}

# ---------------------------------------------------------------- messages
# id, local time (sender's zone), sender, to, cc, subject, body, reply-to id (quoted history), extras
M: list[dict] = []


def msg(mid, when, frm, to, cc, subject, body, parent=None, attach=None, html_only=False, auto=False):
    M.append(dict(id=mid, when=when, frm=frm, to=to, cc=cc, subject=subject, body=body, parent=parent,
                  attach=attach or [], html_only=html_only, auto=auto))


msg("m01", "2026-08-04 09:12", "swati", ["dana"], ["greg"],
    "Introduction - NetraView Command Centre platform for Marrowfield County OEM",
    """Dear Ms. Whitcomb,

Greetings from Tejomaya!

I am Swati, Account Manager for North America at Tejomaya Urban Systems USA Inc., the US subsidiary of
Tejomaya Urban Systems Pvt. Ltd., Pune. We build NetraView, a smart-city video analytics and command
centre platform which is presently deployed in 14 Indian cities and two US municipalities.

NetraView brings your CCTV feeds, 911 CAD events and GIS layers onto one operator screen, and the
NetraView Responder mobile app pushes the live picture to field staff. Our Drishti PTZ-400 cameras are
built for the same.

Would you be available for a 30 minute call next week to understand your requirements? Kindly revert
with a convenient slot.

""" + SIG["swati"])

msg("m02", "2026-08-04 14:30", "dana", ["swati"], ["greg", "tamsin"],
    "RE: Introduction - NetraView Command Centre platform for Marrowfield County OEM",
    """Hi Swati,

Thanks for reaching out. We're looking at options for the EOC and the 911 floor this fiscal year, so the
timing works. Thursday the 13th at 10am Central is open for me. I'm copying Greg Alvers, my deputy, and
Tamsin Rourke, who runs our 911 center.

""" + SIG["dana"], parent="m01")

msg("m03", "2026-08-11 10:05", "rohan", ["kendra"], ["swati", "dana"],
    "Demo unit - Drishti PTZ-400 loaner for the pilot",
    """Hi Kendra,

As discussed in the call, we are shipping one Drishti PTZ-400 camera to your office on loan for the
60-day pilot at the Route 9 interchange. The unit remains Tejomaya property under the evaluation
agreement and has to be returned at the end of the pilot; we will share a prepaid return label.

Kindly do the needful for the pole mount and the network drop. PFA the mounting guide.

""" + SIG["rohan"], attach=[("PTZ-400_Mounting_Guide.pdf", "pdf")])

msg("m04", "2026-08-18 08:47", "swati", ["tamsin"], ["luis"],
    "Kavach RT10 tablets for your floor",
    """Dear Tamsin,

Thank you for the time your supervisors gave us last week.

We are pleased to gift two Kavach RT10 ruggedised tablets for your team to retain. They come preloaded
with the NetraView Responder app so your supervisors can see the camera wall when they step off the
floor. Each unit retails at USD 740. No need to return them at the end of the pilot.

They will reach the 911 center by Thursday.

""" + SIG["swati"])

msg("m05", "2026-08-18 11:20", "tamsin", ["swati"], ["luis"],
    "RE: Kavach RT10 tablets for your floor",
    """Swati,

Got it, thanks. Luis will sign for them when they arrive and get them set up for B shift first.

Tamsin

""" + SIG["tamsin"], parent="m04")

msg("m06", "2026-08-25 13:02", "swati", ["nadine"], ["dana"],
    "Quotation - Drishti PTZ-400 cameras and NetraView licences",
    """Dear Ms. Ferro,

As requested by Ms. Whitcomb, PFA herewith our quotation Q-TUS-2026-0412 for the following:

- 12 x Drishti PTZ-400 cameras @ USD 3,200 each = USD 38,400
- NetraView Analytics annual licence (up to 40 channels) = USD 24,000

The quotation is valid for 60 days. For your reference the rupee equivalent is INR 53,10,000 as per our
Pune price list. Kindly revert in case of any queries.

""" + SIG["swati"], attach=[("Q-TUS-2026-0412_Marrowfield_County.pdf", "pdf")])

msg("m07", "2026-08-27 16:40", "dana", ["greg", "tamsin", "kendra", "martin"], [],
    "NetraView pilot kickoff - scheduling",
    """All,

Can we find an hour the week of Sept 7 for the pilot kickoff? Tuesday or Wednesday afternoon works best
for me. Martin, we'll need someone from IT for the VLAN questions.

Thanks,
Dana
""")

msg("m08", "2026-09-02 20:00", "ani", ["dana"], ["swati", "greg"],
    "Invitation - Gulf Urban Futures Expo, Dubai (Oct 2026)",
    """Dear Ms. Whitcomb,

Greetings from Pune!

Tejomaya will be showcasing NetraView at the Gulf Urban Futures Expo in Dubai from 19 to 22 October
2026. We would be honoured if you could join us as our guest and speak about emergency operations on
our stand.

Tejomaya will bear your business-class airfare from Kansas City (approx. USD 6,400) and four nights'
stay at the expo hotel (USD 1,900). Kindly revert with your passport details at the earliest so our
travel desk can block the seats.

Looking forward to your positive response.

""" + SIG["ani"])

msg("m09", "2026-09-02 09:31", "greg", ["ani"], [],
    "Automatic reply: Invitation - Gulf Urban Futures Expo, Dubai (Oct 2026)",
    """I am out of the office until Tuesday, September 8 with limited access to email. For urgent
matters please contact the Marrowfield County OEM duty officer at (816) 555-0100.

Gregory Alvers
""", auto=True)

msg("m10", "2026-09-03 16:10", "dana", ["ani"], ["swati"],
    "RE: Invitation - Gulf Urban Futures Expo, Dubai (Oct 2026)",
    """Aniruddha,

Thank you for the invitation. I'd be glad to come and talk about how we run the EOC. I'll send my
passport details to Swati separately.

Dana

""" + SIG["dana"], parent="m08")

msg("m11", "2026-09-09 19:45", "ani", ["tamsin"], ["swati"],
    "Delegate pass - Gulf Urban Futures Expo",
    """Dear Ms. Rourke,

As a token of our gratitude for your team's feedback during the pilot, we have arranged a complimentary
VIP delegate pass for you for the Gulf Urban Futures Expo (worth USD 1,150). The organisers will mail
the e-badge directly to you.

""" + SIG["ani"])

msg("m12", "2026-09-14 10:22", "swati", ["dana", "greg"], ["tamsin"],
    "Dinner on Thursday, 24 Sept",
    """Dear Dana and Greg,

Our Vice President Mr. Aniruddha Kulkarni will be in Kansas City next week and we would like to host
both of you for dinner at Ember & Rye on Thursday, 24 September at 7 PM. Dinner is on us, of course.
PFA the calendar invitation.

""" + SIG["swati"], attach=[("Dinner.ics", "ics:2026-09-24 19:00")])

msg("m13", "2026-09-16 09:05", "swati", ["dana", "greg"], [],
    "Dinner preponed to Wednesday, 23 Sept",
    """Dear Dana and Greg,

Due to a change in Aniruddha sir's flight we have preponed the dinner to Wednesday, 23 September, same
time and venue. PFA the updated invite. Sorry for the inconvenience.

""" + SIG["swati"], attach=[("Dinner.ics", "ics:2026-09-23 19:00")])

msg("m14", "2026-09-22 11:48", "nadine", ["swati"], ["martin", "dana"],
    "Purchase Order 26-04417 - Drishti PTZ-400 cameras",
    """Swati,

Attached is Marrowfield County Purchase Order 26-04417 for twelve (12) Drishti PTZ-400 cameras at
$3,200.00 each, total $38,400.00, per your quotation Q-TUS-2026-0412. Terms are net 30. Please send
the invoice to accountspayable@marrowfieldcounty.gov and reference the PO number.

Thank you,

""" + SIG["nadine"], attach=[("PO_26-04417.pdf", "pdf")])

msg("m15", "2026-09-24 08:15", "greg", ["swati"], ["dana"],
    "RE: Dinner preponed to Wednesday, 23 Sept",
    """Swati,

Thanks again for dinner last night. Good food and a good conversation about the analytics roadmap.

Greg

""" + SIG["greg"], parent="m13")

msg("m16", "2026-09-28 15:30", "swati", ["nadine"], ["martin"],
    "RE: Purchase Order 26-04417 - Drishti PTZ-400 cameras",
    """Dear Ms. Ferro,

Thank you for the PO. PFA invoice INV-TUS-2026-1187 for USD 38,400 against PO 26-04417. The cameras will
be dispatched from our Irving warehouse this week.

""" + SIG["swati"], parent="m14", attach=[("INV-TUS-2026-1187.pdf", "pdf")])

msg("m17", "2026-10-06 14:12", "kendra", ["rohan"], ["dana"],
    "Loaner PTZ-400 returned",
    """Rohan,

The pilot wrapped up Friday. We took the loaner PTZ-400 down this morning and shipped it back to your
Irving office with the prepaid label, tracking 7731 0045 2290. Thanks for the loan; the footage was
very useful for the interchange study.

Kendra

""" + SIG["kendra"])

msg("m18", "2026-10-09 10:03", "rohan", ["kendra"], [],
    "RE: Loaner PTZ-400 returned",
    """Hi Kendra,

Received the demo unit in good condition. Thank you for the prompt return.

""" + SIG["rohan"], parent="m17")

msg("m19", "2026-10-15 21:30", "prakash", ["dana"], ["kendra", "ani"],
    "Thank you for hosting us at Marrowfield",
    """Dear Ms. Whitcomb,

Thank you for the warm welcome at your Emergency Operations Center on Tuesday. My team and I were
impressed by the discipline of your operations.

It was my pleasure to present you with the brass Nataraja statue and Ms. Pollitt with the Paithani silk
scarf, as a small token of our gratitude from all of us at Tejomaya.

""" + SIG["prakash"])

msg("m20", "2026-10-16 09:14", "kendra", ["prakash"], ["dana"],
    "RE: Thank you for hosting us at Marrowfield",
    """Mr. Gokhale,

Thank you for visiting, and for the beautiful scarf. It was a pleasure to walk your team through the
GIS side of the EOC.

Kendra

""" + SIG["kendra"], parent="m19")

msg("m21", "2026-10-20 18:40", "ani", ["dana"], ["meena"],
    "Webinar 'Command Centres that Work' - request for a short testimonial",
    """Dear Dana,

We are hosting a webinar titled 'Command Centres that Work' on 29 October for emergency management
agencies. Would you be kind enough to speak for five minutes on your experience with NetraView? Our
Meenakshi will coordinate the logistics.

""" + SIG["ani"])

msg("m22", "2026-10-21 11:05", "dana", ["ani"], ["meena"],
    "RE: Webinar 'Command Centres that Work' - request for a short testimonial",
    """Aniruddha,

Happy to. Here is roughly what I plan to say: NetraView has cut the time it takes our operators to spot
a developing incident nearly in half, and I'd recommend it to any emergency management agency that is
weighing a command center platform.

Dana

""" + SIG["dana"], parent="m21")

msg("m23", "2026-11-02 20:30", "meena", ["luis", "kendra"], ["dana"],
    "Webinar recording: Command Centres that Work",
    """Dear Participants,

Thank you for joining our webinar 'Command Centres that Work'. The recording is now available on our
website.

A special thanks to Ms. Dana Whitcomb, Director, Marrowfield County OEM, who told the audience: "NetraView
has cut the time it takes our operators to spot a developing incident nearly in half. I'd recommend it to
any emergency management agency."

Planning to visit the Gulf Urban Futures Expo? Use code GUFX-SAVE15 for 15% off delegate registration -
the code is open to everyone, so please feel free to share it.

""" + SIG["meena"], html_only=True)

msg("m24", "2026-11-04 19:10", "meena", ["luis"], [],
    "Small token from Team Tejomaya",
    """Dear Mr. Baptiste,

Thank you for your excellent questions during the live Q&A. As a small token from Team Tejomaya, we
have couriered a laptop backpack and an insulated tumbler to the 911 center, addressed to you. Hope you
like them!

""" + SIG["meena"])

msg("m25", "2026-11-05 10:30", "rohan", ["tamsin"], ["luis"],
    "Diwali greetings from Team Tejomaya",
    """Dear Tamsin,

Wishing you and the entire 911 team a very happy Diwali!

On this auspicious occasion we are sending eight boxes of kaju katli and assorted mithai for everyone on
the 911 floor, so that all three shifts get to taste them (approx. ₹18,500 / USD 220). They should
arrive by Saturday.

""" + SIG["rohan"])

msg("m26", "2026-11-09 07:55", "luis", ["rohan"], ["tamsin"],
    "RE: Diwali greetings from Team Tejomaya",
    """Rohan,

The sweets were a big hit with the overnight shift. Please pass our thanks on to your team, and happy
Diwali!

Luis

""" + SIG["luis"], parent="m25")

msg("m27", "2026-11-12 21:15", "ani", ["ruth"], ["swati"],
    "Festive greetings and a small gift",
    """Dear Ms. Ambrose-Lyle,

Season's greetings from all of us at Tejomaya. As a token of our gratitude for the county's partnership,
we would like to send you a festive hamper of dry fruits along with a sterling silver pen set. Kindly
share the address where our team can courier the same.

""" + SIG["ani"])

msg("m28", "2026-11-13 09:20", "ruth", ["ani"], ["dana"],
    "RE: Festive greetings and a small gift",
    """Mr. Kulkarni,

Thank you for the kind thought, but I have to decline. Section 2-118 of the Marrowfield County Ethics
Ordinance doesn't allow me to accept gifts from a vendor that does business with the county. Please
don't send the hamper or the pen set.

Best regards,

""" + SIG["ruth"], parent="m27")

msg("m29", "2026-11-18 20:45", "ani", ["dana"], ["greg", "swati"],
    "NetraView Analytics - complimentary licence for FY2027",
    """Dear Dana,

I am pleased to inform that, in appreciation of the partnership, Tejomaya will provide one year of the
NetraView Analytics licence to the Office of Emergency Management on a complimentary basis. No invoice
will be raised for the same; the list price is USD 24,000. Swati will share the licence file.

""" + SIG["ani"])

msg("m30", "2026-11-19 08:50", "greg", ["martin"], ["dana"],
    "FW: NetraView Analytics - complimentary licence for FY2027",
    """Martin,

FYI, we'll need IT to stand up the analytics node for this. For what it's worth, NetraView is the best
tool we've put on the floor in years, and I'll back it fully when the platform renewal comes up.

Greg

""" + SIG["greg"], parent="m29")

msg("m31", "2026-11-20 13:37", "martin", ["greg"], [],
    "RE: FW: NetraView Analytics - complimentary licence for FY2027",
    """Greg,

We can have a VM ready next Wednesday. Have the vendor send the licence file to the helpdesk queue.

Martin

""" + SIG["martin"], parent="m30")

msg("m32", "2026-11-24 15:05", "tamsin", ["colette"], ["dana"],
    "NetraView - our experience",
    """Hi Colette,

Good to see you at the chapter meeting. You asked what we're using for the video wall: it's NetraView,
and I'd recommend it without hesitation. Our call-takers can pull up the nearest camera from the CAD
incident in two clicks.

If you reach out to Tejomaya Urban Systems USA, mention my referral code TRMC-4471. They credit partner
agencies under their referral program.

Tamsin

""" + SIG["tamsin"])

msg("m33", "2026-11-25 08:40", "colette", ["tamsin"], [],
    "RE: NetraView - our experience",
    """Thanks Tamsin, very helpful. I'll bring it up with our board in January.

Colette

""" + SIG["colette"], parent="m32")

msg("m34", "2026-12-01 09:12", "tamsin", ["rohan"], ["luis"],
    "Video wall back up",
    """Rohan,

Thanks for getting the video wall back up on Sunday night. That's exactly the support we pay for, and
it was good to have someone answer at 2am.

Tamsin

""" + SIG["tamsin"])

msg("m35", "2026-12-03 06:00", "wendell", ["dana"], [],
    "Heartland Public Safety Digest - December 2026",
    """HEARTLAND PUBLIC SAFETY DIGEST - December 2026

In this issue: NG911 funding updates from the state board; winter weather staffing tips for PSAPs;
three counties share their EOC activation checklists; upcoming training calendar.

You are receiving this because you subscribed at hpsdigest.org. Unsubscribe any time.
""", html_only=True)

msg("m36", "2026-12-08 14:25", "voss", ["dana"], [],
    "Question on the Dubai trip",
    """Dana,

A constituent asked me at the town hall about your trip to the Dubai expo in October. Who paid for it?
I'd like to be able to answer accurately.

Harlan

""" + SIG["voss"])

msg("m37", "2026-12-08 16:02", "dana", ["voss"], [],
    "RE: Question on the Dubai trip",
    """Commissioner,

Tejomaya, the vendor for our command center platform, paid my business-class airfare and hotel. I filed
the gift disclosure form with the clerk on October 26; happy to send you a copy.

Dana

""" + SIG["dana"], parent="m36")

msg("m38", "2026-09-21 10:00", "swati", ["luis"], ["tamsin"],
    "NetraView Responder app - login credentials",
    """Dear Luis,

Your supervisor logins for the NetraView Responder app have been created. Kindly change the password
on first login. Do revert if you face any issues.

""" + SIG["swati"])


# ---------------------------------------------------------------- rendering
def when_of(m):
    tz = P[m["frm"]][2]
    return datetime.strptime(m["when"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def addr(k):
    name, a, _ = P[k]
    return f'"{name}" <{a}>' if "," in name else f"{name} <{a}>"


def outlook_when(d):
    loc = d.astimezone(CHI)
    return loc.strftime("%A, %B ") + str(loc.day) + loc.strftime(", %Y ") + loc.strftime("%I:%M %p").lstrip("0")


def plain_addr(k):
    name, a, _ = P[k]
    return f"{name} <{a}>"


BY_ID: dict[str, dict] = {}


def unwrap(body):
    """Outlook's text part carries one line per paragraph: join the lines the source wraps."""
    paras = []
    for para in body.split("\n\n"):
        lines = para.splitlines()
        if len(lines) > 1 and all(len(x) > 60 for x in lines[:-1]) and not any(x.startswith("- ") for x in lines):
            para = " ".join(lines)
        paras.append(para)
    return "\n\n".join(paras)


def full_text(m):
    text = unwrap(m["body"]).rstrip() + "\n"
    if m["parent"]:
        p = BY_ID[m["parent"]]
        hdr = [f"From: {plain_addr(p['frm'])}", f"Sent: {outlook_when(when_of(p))}",
               "To: " + "; ".join(plain_addr(k) for k in p["to"])]
        if p["cc"]:
            hdr.append("Cc: " + "; ".join(plain_addr(k) for k in p["cc"]))
        hdr.append(f"Subject: {p['subject']}")
        text += "\n________________________________\n" + "\n".join(hdr) + "\n\n" + full_text(p)
    return text


def to_html(text):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>',
           '</head><body lang="EN-US"><div class="WordSection1">']
    blocks = text.split("\n________________________________\n")
    for i, block in enumerate(blocks):
        if i:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
            head, _, rest = block.partition("\n\n")
            for line in head.splitlines():
                k, _, v = line.partition(": ")
                out.append(f'<p class="MsoNormal"><b>{html.escape(k)}:</b> {html.escape(v)}</p>')
            out.append("</div>")
            block = rest
        for para in block.split("\n\n"):
            lines = "<br>\n".join(html.escape(x) for x in para.splitlines())
            out.append(f'<p class="MsoNormal">{lines}</p><p class="MsoNormal">&nbsp;</p>')
    out.append("</div></body></html>")
    return "\n".join(out)


def ics(m, start):
    d = datetime.strptime(start, "%Y-%m-%d %H:%M")
    end = d.replace(hour=d.hour + 2)
    return "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2016", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN=Swati Deshpande:mailto:{P['swati'][1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dana Whitcomb:mailto:{P['dana'][1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Gregory Alvers:mailto:{P['greg'][1]}",
        "SUMMARY;LANGUAGE=en-US:Dinner - Tejomaya / Marrowfield County OEM",
        f"DTSTART;TZID=Central Standard Time:{d:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=Central Standard Time:{end:%Y%m%dT%H%M%S}",
        "LOCATION;LANGUAGE=en-US:Ember & Rye\\, 4410 Wornall Row\\, Kansas City",
        f"UID:{hashlib.md5(m['id'].encode()).hexdigest()}",
        "END:VEVENT", "END:VCALENDAR", ""])


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")


def build(m, i):
    qp = email.charset.Charset("utf-8")
    qp.body_encoding = email.charset.QP
    text = full_text(m)
    if m["html_only"]:
        body = MIMEText(to_html(text), "html", "utf-8")  # base64
    else:
        body = MIMEMultipart("alternative")
        if i % 2:
            body.attach(MIMEText(text, "plain", qp))
            body.attach(MIMEText(to_html(text), "html", "utf-8"))
        else:
            body.attach(MIMEText(text, "plain", "utf-8"))
            body.attach(MIMEText(to_html(text), "html", qp))
    if m["attach"]:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        for fname, kind in m["attach"]:
            if kind == "pdf":
                part = MIMEApplication(PDF, "pdf")
            else:
                part = MIMEBase("text", "calendar", method="REQUEST", charset="utf-8")
                part.set_payload(base64.b64encode(ics(m, kind[4:]).encode()).decode())
                part["Content-Transfer-Encoding"] = "base64"
            part.add_header("Content-Disposition", "attachment", filename=fname)
            outer.attach(part)
        top = outer
    else:
        top = body
    d = when_of(m)
    top["From"] = addr(m["frm"])
    top["To"] = ", ".join(addr(k) for k in m["to"])
    if m["cc"]:
        top["Cc"] = ", ".join(addr(k) for k in m["cc"])
    top["Subject"] = m["subject"]
    top["Date"] = format_datetime(d)
    h = hashlib.sha1(m["id"].encode()).hexdigest().upper()
    top["Message-ID"] = f"<SA1PR09MB{h[:6]}{h[6:22]}@SA1PR09MB{h[22:26]}.namprd09.prod.outlook.com>"
    if m["parent"]:
        ph = hashlib.sha1(m["parent"].encode()).hexdigest().upper()
        pid = f"<SA1PR09MB{ph[:6]}{ph[6:22]}@SA1PR09MB{ph[22:26]}.namprd09.prod.outlook.com>"
        top["In-Reply-To"] = pid
        top["References"] = pid
    top["Thread-Topic"] = m["subject"].split(": ", 1)[-1] if m["subject"][:3] in ("RE:", "FW:") else m["subject"]
    top["Thread-Index"] = base64.b64encode(hashlib.md5(m["subject"].encode()).digest()[:22]).decode()
    top["Accept-Language"] = "en-US"
    top["Content-Language"] = "en-US"
    top["X-MS-Has-Attach"] = "yes" if m["attach"] else ""
    top["X-MS-Exchange-Organization-SCL"] = "-1"
    if m["auto"]:
        top["Auto-Submitted"] = "auto-replied"
        top["X-Auto-Response-Suppress"] = "All"
    return top


def write_release():
    for m in M:
        BY_ID[m["id"]] = m
    out = HERE / "release.mbox"
    if out.exists():
        out.unlink()
    box = mailbox.mbox(str(out))
    for i, m in enumerate(sorted(M, key=when_of)):
        mm = mailbox.mboxMessage(build(m, i))
        mm.set_from("MAILER-DAEMON", when_of(m).astimezone(ZoneInfo("UTC")).timetuple())
        box.add(mm)
    box.flush()
    box.close()


# ---------------------------------------------------------------- gold
ORG_V = "org_tejomaya"
ORG_VUS = "org_tejomaya_usa"
ENT = [
    dict(id=ORG_V, kind="organization", name="Tejomaya Urban Systems Pvt. Ltd.",
         aliases=["Tejomaya Urban Systems Pvt Ltd", "Tejomaya Urban Systems", "Tejomaya"]),
    dict(id=ORG_VUS, kind="organization", name="Tejomaya Urban Systems USA Inc.",
         aliases=["Tejomaya Urban Systems USA", "Tejomaya USA"]),
    dict(id="org_county", kind="organization", name="Marrowfield County", aliases=[]),
    dict(id="div_oem", kind="division", name="Marrowfield County Office of Emergency Management",
         aliases=["Office of Emergency Management", "Marrowfield County OEM", "OEM"]),
    dict(id="div_911", kind="division", name="Marrowfield County 911 Communications Center",
         aliases=["911 Communications Center", "911 center"]),
    dict(id="div_it", kind="division", name="Marrowfield County Information Technology Department",
         aliases=["Information Technology Department"]),
    dict(id="div_admin", kind="division", name="Office of the County Administrator", aliases=[]),
    dict(id="div_board", kind="division", name="Marrowfield County Board of Commissioners",
         aliases=["Board of Commissioners"]),
    dict(id="div_purch", kind="division", name="Marrowfield County Purchasing Division", aliases=["Purchasing Division"]),
    dict(id="org_quillan", kind="organization", name="Quillan County Emergency Communications District", aliases=[]),
    dict(id="org_hpsd", kind="organization", name="Heartland Public Safety Digest", aliases=[], emails=["editor@hpsdigest.org"]),
    dict(id="prod_netraview", kind="product", name="NetraView", aliases=["NetraView Command Centre"]),
    dict(id="prod_analytics", kind="product", name="NetraView Analytics", aliases=[]),
    dict(id="prod_responder", kind="product", name="NetraView Responder", aliases=["NetraView Responder app"]),
    dict(id="prod_ptz", kind="product", name="Drishti PTZ-400", aliases=["PTZ-400"]),
    dict(id="prod_rt10", kind="product", name="Kavach RT10", aliases=["Kavach RT10 tablet"]),
    dict(id="code_trmc", kind="code", name="TRMC-4471", aliases=[]),
]
PERSONS = {  # key: (name, role, unit, affiliation org)
    "swati": ("Swati Deshpande", "vendor_employee", ORG_VUS, ORG_VUS),
    "rohan": ("Rohan Joglekar", "vendor_employee", ORG_VUS, ORG_VUS),
    "ani": ("Aniruddha Kulkarni", "vendor_employee", ORG_V, ORG_V),
    "prakash": ("Prakash Gokhale", "vendor_employee", ORG_V, ORG_V),
    "meena": ("Meenakshi Iyer", "vendor_employee", ORG_V, ORG_V),
    "dana": ("Dana Whitcomb", "officer", "div_oem", "org_county"),
    "greg": ("Gregory Alvers", "officer", "div_oem", "org_county"),
    "tamsin": ("Tamsin Rourke", "officer", "div_911", "org_county"),
    "luis": ("Luis Baptiste", "officer", "div_911", "org_county"),
    "kendra": ("Kendra Pollitt", "officer", "div_oem", "org_county"),
    "martin": ("Martin Eckersley", "officer", "div_it", "org_county"),
    "ruth": ("Ruth Ambrose-Lyle", "officer", "div_admin", "org_county"),
    "voss": ("Harlan Voss", "officer", "div_board", "org_county"),
    "nadine": ("Nadine Ferro", "officer", "div_purch", "org_county"),
    "colette": ("Colette Brannigan", "other", "org_quillan", "org_quillan"),
}


def pid(k):
    return "p_" + k


def gift(src, dst, value, items, evidence):
    return dict(type="GIFT", source=src, target=dst, value_usd=value,
                items=[dict(product=p, quantity=q) for p, q in items],
                messages=sorted({m for m, _ in evidence}),
                evidence=[dict(message=m, quote=q) for m, q in evidence])


def rel(t, src, dst, evidence):
    return dict(type=t, source=src, target=dst, messages=sorted({m for m, _ in evidence}),
                evidence=[dict(message=m, quote=q) for m, q in evidence])


def write_gold():
    ents = list(ENT)
    for k, (name, role, _unit, aff) in PERSONS.items():
        ents.append(dict(id=pid(k), kind="person", name=name, aliases=[], emails=[P[k][1]], role=role,
                         affiliation=aff))
    msgs = [dict(id=m["id"], sent=when_of(m).isoformat(), subject=m["subject"]) for m in sorted(M, key=when_of)]
    rels = []
    for k, (_n, _r, unit, _a) in PERSONS.items():
        rels.append(dict(type="MEMBER_OF", source=pid(k), target=unit, messages=[], evidence=[]))
    rels += [
        gift(pid("swati"), "div_911", 1480, [("prod_rt10", 2)],
             [("m04", "We are pleased to gift two Kavach RT10 ruggedised tablets for your team to retain.")]),
        gift(pid("ani"), pid("dana"), 8300, [],
             [("m08", "Tejomaya will bear your business-class airfare from Kansas City (approx. USD 6,400) and four nights' stay at the expo hotel (USD 1,900)."),
              ("m10", "I'd be glad to come and talk about how we run the EOC."),
              ("m37", "Tejomaya, the vendor for our command center platform, paid my business-class airfare and hotel.")]),
        gift(pid("ani"), pid("tamsin"), 1150, [],
             [("m11", "we have arranged a complimentary VIP delegate pass for you for the Gulf Urban Futures Expo (worth USD 1,150)")]),
        gift(pid("swati"), pid("dana"), None, [],
             [("m12", "we would like to host both of you for dinner at Ember & Rye on Thursday, 24 September at 7 PM. Dinner is on us, of course.")]),
        gift(pid("swati"), pid("greg"), None, [],
             [("m12", "we would like to host both of you for dinner at Ember & Rye on Thursday, 24 September at 7 PM. Dinner is on us, of course."),
              ("m15", "Thanks again for dinner last night.")]),
        gift(pid("prakash"), pid("dana"), None, [],
             [("m19", "It was my pleasure to present you with the brass Nataraja statue and Ms. Pollitt with the Paithani silk scarf, as a small token of our gratitude")]),
        gift(pid("prakash"), pid("kendra"), None, [],
             [("m19", "It was my pleasure to present you with the brass Nataraja statue and Ms. Pollitt with the Paithani silk scarf, as a small token of our gratitude"),
              ("m20", "Thank you for visiting, and for the beautiful scarf.")]),
        gift(pid("meena"), pid("luis"), None, [],
             [("m24", "As a small token from Team Tejomaya, we have couriered a laptop backpack and an insulated tumbler to the 911 center, addressed to you.")]),
        gift(pid("rohan"), "div_911", 220, [],
             [("m25", "we are sending eight boxes of kaju katli and assorted mithai for everyone on the 911 floor, so that all three shifts get to taste them (approx. ₹18,500 / USD 220)")]),
        gift(pid("ani"), "div_oem", 24000, [("prod_analytics", 1)],
             [("m29", "Tejomaya will provide one year of the NetraView Analytics licence to the Office of Emergency Management on a complimentary basis. No invoice will be raised for the same; the list price is USD 24,000.")]),
        rel("PROMOTED", pid("dana"), "prod_netraview",
            [("m22", "I'd recommend it to any emergency management agency that is weighing a command center platform."),
             ("m23", "I'd recommend it to any emergency management agency.")]),
        rel("PROMOTED", pid("greg"), "prod_netraview",
            [("m30", "NetraView is the best tool we've put on the floor in years, and I'll back it fully when the platform renewal comes up.")]),
        rel("PROMOTED", pid("tamsin"), "prod_netraview",
            [("m32", "it's NetraView, and I'd recommend it without hesitation.")]),
        rel("REFERRAL", pid("tamsin"), ORG_VUS,
            [("m32", "If you reach out to Tejomaya Urban Systems USA, mention my referral code TRMC-4471.")]),
    ]
    # EMAILED: sender -> every To/Cc person, one edge per pair with a count
    pair: dict[tuple[str, str], list[str]] = {}
    for m in M:
        src = "org_hpsd" if m["frm"] == "wendell" else pid(m["frm"])
        for r in m["to"] + m["cc"]:
            pair.setdefault((src, pid(r)), []).append(m["id"])
    for (s, d), ids in pair.items():
        rels.append(dict(type="EMAILED", source=s, target=d, count=len(ids), messages=ids,
                         evidence=[dict(message=i, quote="") for i in ids]))
    gold = dict(entities=ents, messages=msgs, relations=rels)
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_release()
    write_gold()
