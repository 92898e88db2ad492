"""Write the DH probe release: one zip of 15 records-officer wrappers, each carrying the original
message as a message/rfc822 part (some originals carry a forwarded message the same way).
Everything here is invented. Deterministic: fixed boundaries, ids and zip timestamps."""
import json
import os
import zipfile
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
CO = "calderbendco.org"
VE = "glazeguard-rs.com"

P = {
    "marlys": ("Marlys Oberholtzer", f"moberholtzer@{CO}"),
    "dwayne": ("Dwayne Kettleson", f"dkettleson@{CO}"),
    "gordy": ("Gordy Vanderploeg", f"gvanderploeg@{CO}"),
    "rick": ("Rick Halvorsrud", f"rhalvorsrud@{CO}"),
    "tammy": ("Tammy Brekke", f"tbrekke@{CO}"),
    "lonnie": ("Lonnie Schwab", f"lschwab@{CO}"),
    "arvid": ("Arvid Tollefsrud", f"atollefsrud@{CO}"),
    "trent": ("Trent Wollenhaupt", f"twollenhaupt@{VE}"),
    "colleen": ("Colleen Barsness", f"cbarsness@{VE}"),
    "wendell": ("Wendell Fiskum", "ostrandertwp.roads@prairienet-mail.com"),
    "bev": ("Bev Ostergaard", "bostergaard@pellstoncounty.net"),
}

SIG = {
    "marlys": "Marlys Oberholtzer\nDirector\nCalder Bend County Department of Public Works and Roads\n410 Mill Street, Harwick\n(608) 555-0140",
    "dwayne": "Dwayne Kettleson, P.E.\nCounty Engineer\nCalder Bend County Department of Public Works and Roads\n(608) 555-0143",
    "gordy": "Gordy Vanderploeg\nRoads Superintendent\nCalder Bend County Public Works and Roads\n(608) 555-0151",
    "rick": "Rick Halvorsrud\nCrew Supervisor, North Shed\nCalder Bend County Public Works and Roads",
    "tammy": "Tammy Brekke\nCrew Supervisor, South Shed\nCalder Bend County Public Works and Roads",
    "lonnie": "Lonnie Schwab\nFleet Manager, Fleet Services Division\nCalder Bend County Public Works and Roads\n(608) 555-0162",
    "arvid": "Arvid Tollefsrud\nCommissioner, District 3\nCalder Bend County Board of Commissioners",
    "trent": "Trent Wollenhaupt\nRegional Sales Manager, Upper Midwest\nGlazeguard Road Systems, Inc.\nCell (608) 555-0188",
    "colleen": "Colleen Barsness\nApplications Engineer\nGlazeguard Road Systems, Inc.\n(608) 555-0193",
    "wendell": "Wendell Fiskum\nRoad Commissioner, Ostrander Township",
    "bev": "Bev Ostergaard\nHighway Superintendent\nPellston County Highway Department",
}


def addr(k):
    n, e = P[k]
    return f"{n} <{e}>"


def original(mid, frm, to, cc, date, subject, body, nested=None, n=0):
    text = body.strip() + "\n\n" + SIG[frm] + "\n"
    if nested is None:
        m = MIMEText(text, "plain")
    else:
        m = MIMEMultipart("mixed", boundary=f"==orig-{mid}-{n}==")
        m.attach(MIMEText(text, "plain"))
        att = MIMEMessage(nested)
        att.add_header("Content-Disposition", "attachment", filename="forwarded.eml")
        m.attach(att)
    m["From"] = addr(frm)
    m["To"] = ", ".join(addr(k) for k in to)
    if cc:
        m["Cc"] = ", ".join(addr(k) for k in cc)
    m["Date"] = date
    m["Subject"] = subject
    m["Message-ID"] = f"<{mid}@mail.{VE if frm in ('trent', 'colleen') else CO}>"
    return m


def wrapper(i, orig):
    w = MIMEMultipart("mixed", boundary=f"==records-CB-2025-0412-{i:02d}==")
    w["From"] = "Janine Pruett, Records Officer <records@calderbendco.org>"
    w["To"] = "Nell Adair <nadair@prairieledgernews.com>"
    w["Date"] = f"Thu, 12 Jun 2025 10:{i:02d}:00 -0500"
    w["Subject"] = f"Records production, item {i} of 15"
    w["Message-ID"] = f"<cb-2025-0412-item{i:02d}@records.{CO}>"
    w.attach(MIMEText(
        f"Calder Bend County public records request CB-2025-0412.\n"
        f"Item {i} of 15 is attached in its native format. No redactions were applied to this item.\n\n"
        "Janine Pruett\nRecords Officer, Calder Bend County\n", "plain"))
    att = MIMEMessage(orig)
    att.add_header("Content-Disposition", "attachment", filename=f"CB-2025-0412_{i:02d}_original.eml")
    w.attach(att)
    return w


def build():
    items = []
    # 1 paid PO (negative)
    items.append(original("po-240613", "lonnie", ["trent"], ["marlys"], "Tue, 01 Oct 2024 08:42:00 -0500",
        "PO 24-0613 SaltCrest BX-2200",
        """Trent,

Attached is county purchase order 24-0613 for the SaltCrest BX-2200 brine system at $48,750 as quoted.
The Board approved it at the September 24 meeting. Send the invoice to accounts payable at the courthouse
and reference the PO number so it gets paid on the next run.

We'd like it set up at the north shed before Thanksgiving if you can swing it."""))
    # 2 weather station gift
    items.append(original("rimewatch-home", "trent", ["gordy"], ["colleen"], "Tue, 22 Oct 2024 09:14:00 -0500",
        "RimeWatch Mini for your place",
        """Gordy,

I've got one RimeWatch Mini home weather station left over from the fall demo kit. I dropped it off at
the shop this morning with your name on the box. It's for your own farm, keep it, no need to ever send it
back. Retail on those is $349 so it's a decent little unit.

Colleen can walk you through pairing it to your phone if it gives you trouble."""))
    # 3 steakhouse dinner gift
    items.append(original("brandvold-dinner", "trent", ["arvid"], [], "Fri, 15 Nov 2024 07:55:00 -0600",
        "Good visiting last night",
        """Commissioner,

Glad you could make it out to Brandvold's Chop House last night. I took care of the check, your ribeye and
drinks came to $118, so don't give it a second thought.

Whenever the Board wants a walk-through of the brine system at the north shed, just say the word."""))
    # 4 thanks reply
    items.append(original("brandvold-thanks", "arvid", ["trent"], ["marlys"], "Fri, 15 Nov 2024 12:20:00 -0600",
        "RE: Good visiting last night",
        """Trent,

Appreciate the steak dinner, that was a good one. I'll bring up the brine setup at the December work
session. Copying Marlys so she knows it's coming."""))
    # 5 jackets gift
    items.append(original("coats-north", "colleen", ["rick"], ["trent"], "Tue, 03 Dec 2024 10:05:00 -0600",
        "Jackets for the north shed crew",
        """Hi Rick,

We had a batch of Brushcreek insulated chore coats made up with the Glazeguard logo on the chest. I'm
sending eight of them over for your plow crew. They run $89 apiece but they're on us, a thank-you for
putting up with us during the brine maker install.

Just text me the sizes and they'll ship Friday."""))
    # 6 declined gift, offer nested
    offer = original("coats-south-offer", "trent", ["tammy"], [], "Thu, 05 Dec 2024 16:31:00 -0600",
        "Coats for south shed too?",
        """Tammy,

Colleen's sending chore coats over to Rick's guys. Want eight for your crew too? No charge, same as north."""
    )
    items.append(original("coats-south-decline", "tammy", ["trent"], [], "Fri, 06 Dec 2024 07:12:00 -0600",
        "RE: Coats for south shed too?",
        """Trent,

I appreciate the thought, but I'm going to pass on the coats. County policy says we can't accept anything
over $25 from a vendor and I'd rather not put my crew in that spot. Thanks anyway.

Your message is below for the file.""", nested=offer))
    # 7 conference trip gift
    symp = original("tri-state-symposium", "trent", ["dwayne"], [], "Thu, 09 Jan 2025 13:40:00 -0600",
        "Tri-State Snow & Ice Symposium",
        """Dwayne,

We'd like to send you to the Tri-State Snow & Ice Symposium in Wendover Falls, February 18-20. Glazeguard
will cover your registration ($495) and three nights at the Riverside Lodge ($417). You'd just need to get
yourself there. Colleen is presenting on pre-wetting rates Wednesday morning and it'd be good to have a
county engineer in the room.

Let me know by the end of next week so I can get you registered.""")
    items.append(symp)
    # 8 forward to director, nested = item 7
    items.append(original("symposium-fw", "dwayne", ["marlys"], [], "Thu, 09 Jan 2025 15:02:00 -0600",
        "FW: Tri-State Snow & Ice Symposium",
        """Marlys,

See Trent's note attached. Glazeguard would be paying the registration and the hotel. OK with you if I go?
I'd be out the 18th through the 20th.""", nested=symp))
    # 9 director reply
    items.append(original("symposium-ok", "marlys", ["dwayne"], ["gordy"], "Fri, 10 Jan 2025 08:17:00 -0600",
        "RE: FW: Tri-State Snow & Ice Symposium",
        """Dwayne,

That's fine, thanks for checking with me first. Fill out the outside-payment disclosure form and get it to
the county clerk before you leave. Gordy, you've got the engineer's calls while he's gone."""))
    # 10 public trade-show discount (negative)
    items.append(original("snow-expo", "trent", ["gordy"], ["tammy"], "Tue, 21 Jan 2025 11:30:00 -0600",
        "See us at the Upper Plains Snow Expo",
        """Gordy, Tammy,

We'll be at booth 214 at the Upper Plains Snow Expo next month. Our show special is posted at the booth and
in the expo program: code SNOWEXPO25 takes 10% off any RimeWatch RWS-40 station ordered during the show.
It's open to every attendee, so pass it around if you like.

Stop by and say hello."""))
    # 11 referral code passed on, vendor's note nested
    partner = original("muni-partner", "trent", ["rick"], [], "Mon, 17 Feb 2025 09:03:00 -0600",
        "Municipal partner pricing",
        """Rick,

Since Calder Bend is now a Glazeguard municipal partner, your county has partner code MUNIPARTNER-7Q4.
It's good for 12% off any SaltCrest order. Feel free to hand it to any township you work with, and have
them mention who sent them.""")
    items.append(original("muni-partner-fw", "rick", ["wendell"], [], "Wed, 19 Feb 2025 14:26:00 -0600",
        "Brine maker discount",
        """Wendell,

You were asking about a brine maker for the township. Here's the partner code Glazeguard gave us:
MUNIPARTNER-7Q4, it gets you 12% off a SaltCrest unit. Tell Trent I sent you. His note is attached.""",
        nested=partner))
    # 12 demo returned (negative), vendor's demo note nested
    demo = original("paveprobe-demo", "colleen", ["lonnie"], [], "Tue, 04 Feb 2025 10:48:00 -0600",
        "PaveProbe PS-7 demo unit",
        """Lonnie,

The PaveProbe PS-7 demo unit shipped today. It's yours to try for 30 days, then send it back on the prepaid
label in the box. Any questions on mounting it in the bridge deck, give me a call.""")
    items.append(original("paveprobe-return", "lonnie", ["colleen"], [], "Thu, 06 Mar 2025 15:35:00 -0600",
        "RE: PaveProbe PS-7 demo unit",
        """Colleen,

Boxed the PS-7 demo back up and it went out on your prepaid label this afternoon. Thanks for letting us try
it out. We'll put the sensor in next year's budget request and see what the Board says.""", nested=demo))
    # 13 fishing trip gift
    items.append(original("walleye-opener", "colleen", ["lonnie"], ["trent"], "Tue, 11 Mar 2025 16:10:00 -0500",
        "Walleye opener",
        """Lonnie,

Trent and I are booking a guide on Lake Tamarack for the walleye opener in May and we saved a seat for you.
Guide, boat and bait are all covered, it runs $260 a person and we've got yours. Just bring your own
license and a warm hat."""))
    # 14 endorsement of a product
    items.append(original("case-study-quote", "dwayne", ["colleen"], [], "Thu, 20 Mar 2025 09:22:00 -0500",
        "Quote for your case study",
        """Colleen,

Here's something you can use in the case study, word for word:

"The SaltCrest BX-2200 paid for itself in one winter. We cut our rock salt use on county highways by about a
third, and I'd recommend it to any county engineer in the state."

Use my name and title, that's fine."""))
    # 15 endorsement of the vendor
    items.append(original("pellston-brine", "gordy", ["bev"], [], "Wed, 02 Apr 2025 13:45:00 -0500",
        "RE: who do you use for brine",
        """Bev,

We've had good luck with Glazeguard Road Systems and I'd tell anybody to give them a call. Trent and Colleen
pick up the phone at 5 in the morning when the brine maker acts up, and the RimeWatch RWS-40 stations have
been solid all winter. Tell them Calder Bend said hi."""))
    return items


def main():
    items = build()
    out = os.path.join(HERE, "CB-2025-0412_production.zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, orig in enumerate(items, 1):
            info = zipfile.ZipInfo(f"CB-2025-0412/item_{i:02d}.eml", date_time=(2025, 6, 12, 10, i, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, wrapper(i, orig).as_bytes())
    print(out)


if __name__ == "__main__":
    main()
