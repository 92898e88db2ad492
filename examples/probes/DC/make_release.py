#!/usr/bin/env python3
"""Write probe DC's release: a ZIP of .eml files, one folder per custodian, from an invented US school
district (Juniper Ridge School District No. 14) and an invented student-laptop reseller (Brightlane Learning
Devices) with its device-management software (ClassHarbor). Everything here is fiction.

Deterministic: fixed dates, fixed Message-IDs, fixed zip timestamps, a PDF built with fixed metadata.
Run: python make_release.py   (writes release.zip next to this file)
"""
import io
import os
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

P = {
    "mt": ("Dr. Marisol Trevanian", "mtrevanian@jrsd14.org"),
    "gp": ("Garrett Pelloquin", "gpelloquin@jrsd14.org"),
    "ro": ("Renata Obermeyer", "robermeyer@jrsd14.org"),
    "dh": ("Desmond Halvorsen", "dhalvorsen@jrsd14.org"),
    "yf": ("Yolanda Ferrick", "yferrick@jrsd14.org"),
    "tw": ("Tobias Wrenfield", "twrenfield@jrsd14.org"),
    "cm": ("Celeste Marchbanks", "cmarchbanks@jrsd14.org"),
    "cw": ("Chad Wexley", "cwexley@brightlanelearning.com"),
    "pc": ("Priya Castellanos", "pcastellanos@brightlanelearning.com"),
    "df": ("Douglas Fairweather", "dfairweather@brightlanelearning.com"),
    "md": ("Marcus Delacroix", "mdelacroix@pinonhollowschools.org"),
}


def addr(k):
    return formataddr(P[k])


SIG = {
    "gp": "Garrett Pelloquin\nChief Technology Officer | Technology Services\nJuniper Ridge School District No. 14\n4410 Sagewind Parkway, Larkin Falls, CO 80977\n(719) 555-0142",
    "ro": "Renata Obermeyer\nInstructional Technology Coordinator | Technology Services\nJuniper Ridge School District No. 14",
    "tw": "Tobias Wrenfield, CPPB\nPurchasing Agent | Purchasing & Contracts\nJuniper Ridge School District No. 14",
    "mt": "Dr. Marisol Trevanian\nSuperintendent\nJuniper Ridge School District No. 14",
    "yf": "Yolanda Ferrick\nPrincipal, Kestrel Peak Middle School\nJuniper Ridge School District No. 14",
    "cw": "Chad Wexley\nRegional Account Executive, Mountain West\nBrightlane Learning Devices, Inc.\nc: (303) 555-0187",
    "pc": "Priya Castellanos\nCustomer Success Manager\nBrightlane Learning Devices, Inc. | ClassHarbor",
    "df": "Douglas Fairweather\nVP of Sales\nBrightlane Learning Devices, Inc.",
}

IPHONE = "\n\nSent from my iPhone"


def quote(text, who, when):
    return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in text.splitlines())


def make_pdf_quote():
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle("Quote Q-JR-20418")
    c.setAuthor("Brightlane Learning Devices, Inc.")
    y = 740
    lines = [
        ("Helvetica-Bold", 14, "Brightlane Learning Devices, Inc."),
        ("Helvetica", 10, "1875 Quarry Bend Road, Suite 300, Westhollow, CO 80219"),
        ("Helvetica-Bold", 12, "QUOTE Q-JR-20418        Date: February 27, 2024        Valid 45 days"),
        ("Helvetica", 10, "Prepared for: Juniper Ridge School District No. 14 - Purchasing & Contracts"),
        ("Helvetica", 10, "Attn: Tobias Wrenfield, Purchasing Agent"),
        ("Helvetica", 10, "Prepared by: Chad Wexley, Regional Account Executive"),
        ("Helvetica", 10, ""),
        ("Helvetica-Bold", 10, "Line  Item                                          Qty     Unit      Extended"),
        ("Helvetica", 10, "1     Brightlane Scholar 11 student laptop (4GB/64GB)  2,400   $329.00   $789,600.00"),
        ("Helvetica", 10, "2     ClassHarbor device management, 4-yr license      2,400   $24.00    $57,600.00"),
        ("Helvetica", 10, "3     On-site ClassHarbor training (3 days)            1       $0.00     $0.00"),
        ("Helvetica", 10, "      Training included in contract at no charge for the district."),
        ("Helvetica-Bold", 10, "      TOTAL                                                             $847,200.00"),
        ("Helvetica", 10, ""),
        ("Helvetica", 9, "Pricing per cooperative contract. Freight FOB destination. Net 30."),
    ]
    for font, size, text in lines:
        c.setFont(font, size)
        c.drawString(50, y, text)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def ics(uid, summary, start, end, organizer, attendees, location, description, stamp):
    att = "\r\n".join(f"ATTENDEE;CN={P[a][0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{P[a][1]}" for a in attendees)
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Invented Calendar//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:America/Denver\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0600\r\nTZNAME:MDT\r\n"
        "DTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-0600\r\n"
        "TZOFFSETTO:-0700\r\nTZNAME:MST\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        f"BEGIN:VEVENT\r\nDTSTART;TZID=America/Denver:{start}\r\nDTEND;TZID=America/Denver:{end}\r\nDTSTAMP:{stamp}\r\n"
        f"ORGANIZER;CN={P[organizer][0]}:mailto:{P[organizer][1]}\r\nUID:{uid}\r\n{att}\r\n"
        f"DESCRIPTION:{desc}\r\nLOCATION:{location}\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:{summary}\r\nTRANSP:OPAQUE\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


MSGS = []


def msg(mid, date, frm, to, subject, body, cc=(), folders=(), reply_to_mid=None, sender_raw=None, to_raw=None,
        attach=(), calendar=None):
    m = EmailMessage(policy=SMTP)
    m["Message-ID"] = f"<{mid}@mail.invented.example>"
    m["Date"] = date
    m["From"] = sender_raw or addr(frm)
    m["To"] = to_raw or ", ".join(addr(k) for k in to)
    if cc:
        m["Cc"] = ", ".join(addr(k) for k in cc)
    m["Subject"] = subject
    if reply_to_mid:
        m["In-Reply-To"] = f"<{reply_to_mid}@mail.invented.example>"
        m["References"] = f"<{reply_to_mid}@mail.invented.example>"
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if calendar:
        m.make_mixed()
        alt = EmailMessage(policy=SMTP)
        alt.set_content(body)
        alt.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
        m.set_payload([alt])
        m.add_attachment(calendar.encode(), maintype="application", subtype="ics", filename="invite.ics")
    for data, maintype, subtype, fname in attach:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{mid}_part{i}_jrsd")
    MSGS.append((mid, m, folders))


# M01: evaluation unit returned (negative)
msg("dc01", "Fri, 16 Feb 2024 10:42:17 -0700", "ro", ["cw"], "Returning the Scholar 11 evaluation unit",
    "Hi Chad,\n\nOur 30-day evaluation of the Scholar 11 wrapped up yesterday. Thanks for the loaner -- the teachers at "
    "Sagebrush Flats put it through its paces. I'm shipping the unit back today with the prepaid return label you sent "
    "(tracking 1Z-JR-55810-2207). Charger and sleeve are in the box.\n\nWe'll have a recommendation to Garrett by the end "
    "of the month.\n\nThanks,\n" + SIG["ro"],
    cc=["gp"], folders=["Obermeyer_Renata/Sent Items", "Pelloquin_Garrett/Inbox"])

# M02: quote with PDF; training included at no charge (negative)
msg("dc02", "Tue, 27 Feb 2024 15:10:03 -0700", "cw", ["tw"], "Quote Q-JR-20418 - Scholar 11 + ClassHarbor for the 1:1 initiative",
    "Tobias,\n\nAttached is our formal quote for the district's 1:1 initiative: 2,400 Scholar 11 laptops and 2,400 "
    "four-year ClassHarbor device management licenses, $847,200 total under the cooperative contract pricing. Three "
    "on-site ClassHarbor training days are part of the contract at no additional cost.\n\nLet me know if Purchasing needs "
    "a W-9 or the co-op contract number for the board packet.\n\nBest,\n" + SIG["cw"],
    cc=["gp"], folders=["Wrenfield_Tobias/Inbox", "Pelloquin_Garrett/Inbox"],
    attach=[(make_pdf_quote(), "application", "pdf", "Brightlane_Quote_Q-JR-20418.pdf")])

# M03: PO issued, paid purchase (negative)
msg("dc03", "Tue, 05 Mar 2024 09:03:44 -0700", "tw", ["cw"], "PO 24-0871 issued - Brightlane Quote Q-JR-20418",
    "Chad,\n\nThe Board approved the purchase at Monday's meeting. Purchase order 24-0871 for $847,200.00 is attached to "
    "our vendor portal; please invoice against that PO number only. Delivery to the district warehouse at 4410 Sagewind "
    "Parkway, dock B, no later than July 15.\n\nPayment terms net 30 from receipt of goods.\n\n" + SIG["tw"],
    cc=["mt", "gp"], folders=["Wrenfield_Tobias/Sent Items", "Pelloquin_Garrett/Inbox", "Trevanian_Marisol/Inbox"])

# M04: calendar invitation to an NBA suite (gift to Garrett; declined by Marisol)
suite_desc = ("Garrett and Marisol -- to celebrate kicking off the 1:1 rollout together, we'd love to host you in the "
              "Brightlane suite for Thursday's NBA game. Two seats held for each of you (bring a guest!), food and drinks "
              "included, all on us. Suite seats run $450 apiece. Parking pass will be at will-call.\n\n-- Douglas")
msg("dc04", "Fri, 08 Mar 2024 13:30:00 -0500", "df", ["gp", "mt"],
    "Invitation: Brightlane suite night - Altitude Pavilion @ Thu Mar 14, 2024 7pm - 10pm (MDT) (gpelloquin@jrsd14.org)",
    "You have been invited to the following event.\n\nBrightlane suite night - Altitude Pavilion\nWhen: Thu Mar 14, 2024 "
    "7pm - 10pm Mountain Time - Denver\nWhere: Altitude Pavilion, Suite 214\nOrganizer: Douglas Fairweather\n\n" + suite_desc
    + "\n\nGoing? Yes - Maybe - No",
    cc=["cw"], folders=["Pelloquin_Garrett/Inbox", "Trevanian_Marisol/Inbox"],
    calendar=ics("suite-0314@invented.example", "Brightlane suite night - Altitude Pavilion", "20240314T190000",
                 "20240314T220000", "df", ["gp", "mt", "cw"], "Altitude Pavilion\\, Suite 214", suite_desc, "20240308T183000Z"))

# M05: superintendent declines under board policy (negative)
msg("dc05", "Fri, 08 Mar 2024 14:12:51 -0700", "mt", ["df"],
    "Re: Invitation: Brightlane suite night - Altitude Pavilion @ Thu Mar 14, 2024 7pm - 10pm (MDT)",
    "Douglas,\n\nThank you for the kind invitation. Under Board Policy GBEA-3 I can't accept tickets or hospitality from "
    "a district vendor, so I'll have to decline. I hope you have a great time, and we're glad to be working with your "
    "team on the rollout.\n\nRespectfully,\n" + SIG["mt"]
    + quote(suite_desc, "Douglas Fairweather <dfairweather@brightlanelearning.com>", "Fri, Mar 8, 2024 at 11:30 AM"),
    cc=["cw"], reply_to_mid="dc04", folders=["Trevanian_Marisol/Sent Items"])

# M06: CTO accepts from his phone
msg("dc06", "Sat, 09 Mar 2024 19:47:22 -0700", "gp", ["df"],
    "Re: Invitation: Brightlane suite night - Altitude Pavilion @ Thu Mar 14, 2024 7pm - 10pm (MDT)",
    "count me in!! bringing my son eli if thats ok \U0001F3C0\U0001F3C0 thanks douglas" + IPHONE,
    reply_to_mid="dc04", folders=["Pelloquin_Garrett/Sent Items"])

# M07: laptops for the CTO's own kids
kids = ("Garrett,\n\nYou mentioned the twins are starting sixth grade in the fall. I set aside two Scholar 14 Pro "
        "laptops for them -- comp'd, no charge, consider it a thank-you for being such a great partner this spring. "
        "They retail at $1,149 each. I'll have them shipped to your home on Fallow Creek Ct. so they don't get mixed in "
        "with the district pallets.\n\nChad")
msg("dc07", "Tue, 02 Apr 2024 11:05:39 -0600", "cw", ["gp"], "A little something for the twins", kids + "\n\n" + SIG["cw"].split("\n", 1)[1],
    folders=["Pelloquin_Garrett/Inbox"])

# M08: CTO thanks (acceptance)
msg("dc08", "Wed, 03 Apr 2024 07:58:10 -0600", "gp", ["cw"], "Re: A little something for the twins",
    "Chad -- wow, that's too generous. The kids are over the moon; the boxes showed up last night. Thank you!\n\nG."
    + quote(kids, "Chad Wexley <cwexley@brightlanelearning.com>", "Tue, Apr 2, 2024 at 11:05 AM"),
    reply_to_mid="dc07", folders=["Pelloquin_Garrett/Sent Items"])

# M09: conference registration and hotel
msg("dc09", "Mon, 22 Apr 2024 16:20:05 -0600", "pc", ["ro"], "Co-presenting at the Rocky Mountain Digital Classroom Conference?",
    "Hi Renata,\n\nWe'd love for you to co-present our ClassHarbor session at the Rocky Mountain Digital Classroom "
    "Conference in Steamboat this June. Happy to cover your full registration ($695) and two nights at the Larkspur "
    "Grand Hotel ($289/night) -- my treat. I'll book the room under Brightlane's account so there's nothing for you to "
    "submit.\n\nLet me know!\n\n" + SIG["pc"],
    folders=["Obermeyer_Renata/Inbox"])

# M10: accepted
msg("dc10", "Tue, 23 Apr 2024 08:15:48 -0600", "ro", ["pc"], "Re: Co-presenting at the Rocky Mountain Digital Classroom Conference?",
    "Priya, I'd be thrilled! Thank you so much for covering the registration and the hotel -- I'll send my slides by "
    "mid-May.\n\nRenata",
    reply_to_mid="dc09", folders=["Obermeyer_Renata/Sent Items"])

# M11: gift cards for teachers "for classroom supplies"
msg("dc11", "Mon, 06 May 2024 10:00:31 -0600", "pc", ["dh"], "Teacher Appreciation Week - a thank-you for your staff",
    "Hi Desmond,\n\nHappy Teacher Appreciation Week! Your Sagebrush Flats teachers were our very first ClassHarbor "
    "pilot, so we're sending you twenty $50 gift cards to hand out to your staff for classroom supplies. They should "
    "arrive by courier tomorrow afternoon.\n\nWith gratitude,\n" + SIG["pc"],
    folders=["Halvorsen_Desmond/Inbox"])

# M12: phone thanks
msg("dc12", "Tue, 07 May 2024 17:32:09 -0600", "dh", ["pc"], "Re: Teacher Appreciation Week - a thank-you for your staff",
    "got them thx!! teachers are gonna love this \U0001F64C" + IPHONE,
    reply_to_mid="dc11", folders=["Halvorsen_Desmond/Sent Items"])

# M13: vendor gives principal a staff discount code
msg("dc13", "Mon, 13 May 2024 12:40:00 -0600", "cw", ["yf"], "Staff discount code for Kestrel Peak",
    "Hi Yolanda,\n\nAs promised at the staff meeting, here's a teacher appreciation code your staff can use for home "
    "purchases on the Brightlane educator store: KESTREL-THANKS15 takes 15% off any Scholar laptop through June 30. "
    "Feel free to pass it along.\n\nChad\n" + SIG["cw"].split("\n", 1)[1],
    folders=["Ferrick_Yolanda/Inbox"])

# M14: principal shares the code with her staff (referral)
msg("dc14", "Tue, 14 May 2024 07:05:12 -0600", "yf", [], "Teacher appreciation discount - home laptops",
    "Good morning, Kestrel Peak!\n\nOur friends at Brightlane are offering staff 15% off a Scholar laptop for home. Use "
    "code KESTREL-THANKS15 at checkout on the Brightlane educator store before June 30. If you've been waiting to "
    "replace that old family computer, now's the time!\n\nHave a great Tuesday,\n" + SIG["yf"],
    to_raw="Kestrel Peak Staff <kpms-staff@jrsd14.org>", folders=["Ferrick_Yolanda/Sent Items"])

# M15: CTO praises the vendor to another district (endorsement)
msg("dc15", "Mon, 10 Jun 2024 14:55:27 -0600", "gp", ["md"], "Brightlane - my two cents for your 1:1 rollout",
    "Marcus,\n\nYou asked at the Front Range CTO roundtable which device vendor we'd pick again. Honestly, Brightlane "
    "has been the best partner we've worked with in my eleven years here. Their team answers the phone, the Scholar 11s "
    "have held up, and ClassHarbor cut our imaging time in half. I'd recommend them to Pinon Hollow without "
    "hesitation -- ask for Chad Wexley.\n\nHappy to get on a call.\n\n" + SIG["gp"],
    cc=["ro"], folders=["Pelloquin_Garrett/Sent Items", "Obermeyer_Renata/Inbox"])

# M16: case study draft with the coordinator's quote
case = ("Juniper Ridge School District No. 14 rolled out 2,400 Scholar 11 laptops managed with ClassHarbor in spring "
        "2024.\n\n\"ClassHarbor gave my team back hours every week. I can push an app to every fourth-grade classroom "
        "before first bell, and I'd tell any district to look at it first,\" said Renata Obermeyer, Instructional "
        "Technology Coordinator.")
msg("dc16", "Tue, 09 Jul 2024 09:30:14 -0600", "pc", ["ro"], "Case study draft - OK to use your quote?",
    "Hi Renata,\n\nHere's the draft of the Juniper Ridge case study for our website. Could you confirm we can run the "
    "quote below with your name and title?\n\n---\n" + case + "\n---\n\nThanks!\n" + SIG["pc"],
    cc=["cw"], folders=["Obermeyer_Renata/Inbox"])

# M17: approved
msg("dc17", "Wed, 10 Jul 2024 13:18:56 -0600", "ro", ["pc"], "Re: Case study draft - OK to use your quote?",
    "Looks great -- approved as written. You can use my name and title.\n\nRenata"
    + quote("Hi Renata,\n\nHere's the draft of the Juniper Ridge case study for our website.", "Priya Castellanos <pcastellanos@brightlanelearning.com>", "Tue, Jul 9, 2024 at 9:30 AM"),
    cc=["cw"], reply_to_mid="dc16", folders=["Obermeyer_Renata/Sent Items"])

# M18: public back-to-school sale (negative)
msg("dc18", "Mon, 05 Aug 2024 12:00:00 +0000", None, [], "Back-to-school sale: 20% off Scholar 14 Pro for families",
    "Back to school, back to Brightlane!\n\nFor a limited time, families can save 20% on the Scholar 14 Pro laptop at "
    "brightlanelearning.com. Use code BACK2CLASS24 at checkout. Offer open to the public through September 2.\n\n"
    "You are receiving this because you subscribed to Brightlane news. Unsubscribe at any time.\nBrightlane Learning "
    "Devices, Inc., 1875 Quarry Bend Road, Suite 300, Westhollow, CO 80219",
    sender_raw="Brightlane Learning <news@brightlanelearning.com>", to_raw=addr("gp"), folders=["Pelloquin_Garrett/Inbox"])

# M19: board work session invitation with the CTO's presentation notes (endorsement of ClassHarbor)
board_desc = ("Celeste -- ahead of the work session, here is the outline of my year-one report on the 1:1 initiative.\n"
              "1. Deployment: 2,400 Scholar 11 laptops in students' hands by August 19.\n"
              "2. ClassHarbor has been a game-changer for us: we recommend the board renew the ClassHarbor licenses "
              "and extend them to grades 3-5.\n"
              "3. Budget: renewal cost fits within the existing technology levy.\n"
              "Dr. Trevanian will join for the Q&A.\n-- Garrett")
msg("dc19", "Mon, 12 Aug 2024 16:45:02 -0600", "gp", ["cm"],
    "Invitation: Board work session - 1:1 initiative year one @ Thu Aug 22, 2024 5:30pm - 7pm (MDT) (cmarchbanks@jrsd14.org)",
    "You have been invited to the following event.\n\nBoard work session - 1:1 initiative year one\nWhen: Thu Aug 22, "
    "2024 5:30pm - 7pm Mountain Time - Denver\nWhere: District Office, Board Room\nOrganizer: Garrett Pelloquin\n\n"
    + board_desc + "\n\nGoing? Yes - Maybe - No",
    cc=["mt"], folders=["Marchbanks_Celeste/Inbox", "Pelloquin_Garrett/Sent Items", "Trevanian_Marisol/Inbox"],
    calendar=ics("board-0822@invented.example", "Board work session - 1:1 initiative year one", "20240822T173000",
                 "20240822T190000", "gp", ["cm", "mt"], "District Office\\, Board Room", board_desc, "20240812T224500Z"))

# M20: steak dinner invitation
dinner_desc = ("Tobias -- now that the laptops are out the door, let me buy you a steak to say thanks for shepherding "
               "the PO through. Ironwood Chophouse, my treat.\n-- Chad")
msg("dc20", "Thu, 19 Sep 2024 10:10:40 -0600", "cw", ["tw"],
    "Invitation: Dinner - Ironwood Chophouse @ Thu Sep 26, 2024 6:30pm - 8:30pm (MDT) (twrenfield@jrsd14.org)",
    "You have been invited to the following event.\n\nDinner - Ironwood Chophouse\nWhen: Thu Sep 26, 2024 6:30pm - "
    "8:30pm Mountain Time - Denver\nWhere: Ironwood Chophouse, 220 Larimer Row\nOrganizer: Chad Wexley\n\n" + dinner_desc
    + "\n\nGoing? Yes - Maybe - No",
    folders=["Wrenfield_Tobias/Inbox"],
    calendar=ics("dinner-0926@invented.example", "Dinner - Ironwood Chophouse", "20240926T183000", "20240926T203000",
                 "cw", ["tw"], "Ironwood Chophouse\\, 220 Larimer Row", dinner_desc, "20240919T161040Z"))

# M21: accepted from the phone
msg("dc21", "Thu, 19 Sep 2024 12:02:33 -0600", "tw", ["cw"],
    "Re: Invitation: Dinner - Ironwood Chophouse @ Thu Sep 26, 2024 6:30pm - 8:30pm (MDT)",
    "sounds great chad see you there \U0001F969" + IPHONE,
    reply_to_mid="dc20", folders=["Wrenfield_Tobias/Sent Items"])

# M22: branded backpack and headphones
msg("dc22", "Tue, 15 Oct 2024 15:25:50 -0600", "pc", ["ro", "yf"], "Swag for our ClassHarbor champions!",
    "Renata and Yolanda,\n\nYou two have been our biggest ClassHarbor champions this fall, so a box is headed your way: "
    "each of you gets a Brightlane Trailpack backpack ($89) and a pair of Brightlane Hush headphones ($129). Enjoy!\n\n"
    + SIG["pc"],
    folders=["Obermeyer_Renata/Inbox", "Ferrick_Yolanda/Inbox"])


def main():
    out = os.path.join(HERE, "release.zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for mid, m, folders in MSGS:
            data = m.as_bytes()
            subj = m["Subject"].split("@")[0][:48]
            safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in subj).strip().replace(" ", "_")
            for f in folders:
                info = zipfile.ZipInfo(f"JRSD_PRR_2024-117/{f}/{mid.upper()}_{safe}.eml", date_time=(2024, 11, 20, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
    print(f"wrote {out}: {len(MSGS)} messages")


if __name__ == "__main__":
    main()
