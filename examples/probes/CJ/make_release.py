#!/usr/bin/env python3
"""Write probe CJ: an invented e-discovery production (Concordance LOADFILE.DAT + TEXT/ + IMAGES.OPT)
and its gold.json. Everything here is fiction. Run from anywhere: writes next to this file."""
import json
import os
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "PRODUCTION")
TZ = ZoneInfo("America/Denver")

# ---------------------------------------------------------------- people
P = {
    "trent": ("Trent Halvorsen", "trent.halvorsen@brightlane-es.com", "vendor"),
    "marisol": ("Marisol Dunaway", "marisol.dunaway@brightlane-es.com", "vendor"),
    "garrett": ("Garrett Olufsen", "garrett.olufsen@brightlane-es.com", "vendor"),
    "priya": ("Priya Lindqvist", "priya.lindqvist@brightlane-es.com", "vendor"),
    "desmond": ("Desmond Achterberg", "desmond.achterberg@brightlane-es.com", "vendor"),
    "hello": ("Brightlane Enforcement Systems", "hello@brightlane-es.com", "org"),
    "news": ("Brightlane Bulletin", "news@brightlane-es.com", "org"),
    "bobbie": ("Kessler, Roberta", "rkessler@cedarmesa.gov", "city"),
    "wendell": ("Ambrose, Wendell", "wambrose@cedarmesa.gov", "city"),
    "ana": ("Pereda, Ana", "apereda@cedarmesa.gov", "city"),
    "tobias": ("Renner, Tobias", "trenner@cedarmesa.gov", "city"),
    "carmen": ("Halloway, Carmen", "challoway@cedarmesa.gov", "city"),
    "dale": ("Prentiss, Dale", "dprentiss@cedarmesa.gov", "city"),
    "jonah": ("Whitcombe, Jonah", "jwhitcombe@cedarmesa.gov", "city"),
    "elaine": ("Marchetti, Elaine", "emarchetti@cedarmesa.gov", "city"),
    "hugo": ("Hugo Brandvold", "hbrandvold@juniperfalls.org", "other"),
    "mara": ("Mara Tillotson", "mtillotson@jfpd.org", "other"),
    "colette": ("Colette Farrand", "cfarrand@waec-online.org", "other"),
}


def addr(k):
    name, email, _ = P[k]
    return f"{name} <{email}>"


# ---------------------------------------------------------------- signatures
SIG = {
    "trent": "Trent Halvorsen\nRegional Account Executive\nBrightlane Enforcement Systems\nm. (303) 555-0187 | brightlane-es.com",
    "marisol": "Marisol Dunaway\nClient Success Manager | Brightlane Enforcement Systems\n(303) 555-0112",
    "garrett": "Garrett Olufsen\nVice President, Municipal Sales\nBrightlane Enforcement Systems\n(303) 555-0160 office | (720) 555-0133 cell",
    "priya": "Priya Lindqvist\nEvents & Hospitality Coordinator\nBrightlane Enforcement Systems\n(303) 555-0124",
    "desmond": "Desmond Achterberg\nField Operations Manager, Brightlane Enforcement Systems\n(303) 555-0199",
    "bobbie": "Roberta \"Bobbie\" Kessler, P.E.\nManager, Traffic Safety Division\nCedar Mesa Department of Transportation\n410 Ridgeline Avenue, Cedar Mesa\nOffice: (719) 555-0142",
    "wendell": "Wendell Ambrose, P.E., PTOE\nSenior Traffic Engineer\nTraffic Safety Division | Cedar Mesa DOT\n(719) 555-0148",
    "ana": "Ana Pereda\nProgram Analyst, Traffic Safety Division\nCedar Mesa Department of Transportation\n(719) 555-0151",
    "tobias": "Tobias Renner\nDirector of Transportation\nCedar Mesa Department of Transportation\n(719) 555-0100",
    "carmen": "Lt. Carmen Halloway\nCommander, Traffic Bureau\nCedar Mesa Police Department\n(719) 555-0177",
    "dale": "Sgt. Dale Prentiss #4471\nTraffic Bureau\nCedar Mesa Police Department\n(719) 555-0179",
    "jonah": "Jonah Whitcombe\nLegislative Aide, District 4\nCedar Mesa City Council\n(719) 555-0120",
    "elaine": "Elaine Marchetti, CPPB\nSenior Buyer\nPurchasing Division, City of Cedar Mesa\n(719) 555-0135",
    "hugo": "Hugo Brandvold\nTraffic Operations Engineer\nCity of Juniper Falls\n(970) 555-0166",
    "colette": "Colette Farrand\nCommunications Director\nWestern Automated Enforcement Council",
}

CITY_CLIENT = "outlook"   # the city's Exchange/Outlook quotes below an Outlook header block
VENDOR_CLIENT = "gmail"   # the vendor's web mail quotes with '>' under an 'On ... wrote:' line


def client_of(k):
    return "outlook" if P[k][2] == "city" else "gmail"


# ---------------------------------------------------------------- messages
# (key, custodian, from, to, cc, bcc, subject, local time, body, parent key or None)
M = []


def msg(key, cust, frm, to, cc, subject, when, body, parent=None, bcc=(), sig=True):
    M.append(dict(key=key, cust=cust, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                  when=datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ), body=body,
                  parent=parent, sig=sig))


msg("hol", "Halloway, Carmen", "hello", ["bobbie", "carmen"], [], "Happy holidays from Brightlane", "2024-12-16 10:05",
    "Season's greetings!\n\nAs a thank-you for a great year of partnership, we've sent a holiday gift basket to the "
    "Traffic Safety Division office and another to the Traffic Bureau at police headquarters: smoked meats, local "
    "chocolates and a few treats for the break room. They should arrive by Thursday.\n\n"
    "Warm wishes from all of us at Brightlane Enforcement Systems", sig=False)
msg("hol2", "Halloway, Carmen", "carmen", ["hello"], [], "RE: Happy holidays from Brightlane", "2024-12-19 09:41",
    "The basket showed up this morning and the day shift made short work of it. Thank you, and happy holidays to your crew.",
    parent="hol")
msg("suite", "Kessler, Roberta", "trent", ["bobbie"], ["wendell"], "Rattlers home opener - suite", "2025-02-18 09:12",
    "Bobbie,\n\nHope the snow is letting up on your end. We've got the Brightlane suite at Canyon Park for the Rattlers "
    "home opener on April 4, and I'd love for the Traffic Safety Division to be our guests. It holds 18, food and "
    "drinks are taken care of, so bring the whole team. Just send me a headcount by mid-March.\n\nBest,\nTrent")
msg("suite2", "Kessler, Roberta", "bobbie", ["trent"], ["wendell"], "RE: Rattlers home opener - suite", "2025-02-18 13:40",
    "Trent,\n\nThat's very generous. The team will be thrilled. Put us down for 14; Ana will send you names next week.\n\nBobbie",
    parent="suite")
msg("demo", "Prentiss, Dale", "desmond", ["dale"], ["carmen"], "Mobile PaceMark demo vehicle", "2025-02-24 15:20",
    "Sgt. Prentiss,\n\nAs we discussed, the demo SUV with the mobile PaceMark rig is ready for your two-week evaluation. "
    "I'll drop it at the Traffic Bureau lot Thursday morning with both keys and a fuel card.\n\nThanks,\nDesmond")
msg("zkret", "Pereda, Ana", "ana", ["marisol"], ["bobbie"], "ZoneKeeper demo unit returned", "2025-03-03 11:26",
    "Marisol,\n\nJust confirming that the ZoneKeeper demo camera we borrowed for the Alder Street pilot was picked up by "
    "your field crew this morning and is back at your depot. The six weeks of data will go into our warrant study.\n\nThanks,\nAna")
msg("golf", "Halloway, Carmen", "garrett", ["carmen", "dale"], ["wendell"], "Spring scramble at Sandstone Ridge", "2025-03-05 10:20",
    "Lt. Halloway, Sgt. Prentiss, Wendell,\n\nWe're putting together a foursome for the spring scramble at Sandstone Ridge "
    "on Friday, March 28, and I'd be glad to have the three of you join me. Greens fees, cart and lunch are covered by us; "
    "it runs about $185 a player. Tee time is 8:10.\n\nGarrett")
msg("golfno", "Ambrose, Wendell", "wendell", ["garrett"], ["carmen", "dale"], "RE: Spring scramble at Sandstone Ridge", "2025-03-05 11:02",
    "Thanks for thinking of me, Garrett, but I'm going to have to sit this one out. Our ethics code doesn't let me accept "
    "anything over $50 from a firm we do business with, and a round at Sandstone Ridge is well past that. Hope you get a good day for it.\n\nWendell",
    parent="golf")
msg("golfyes", "Halloway, Carmen", "carmen", ["garrett"], ["dale"], "RE: Spring scramble at Sandstone Ridge", "2025-03-05 15:47",
    "Garrett,\n\nCount Dale and me in. Looking forward to it.\n\nCarmen", parent="golf")
msg("dinner", "Renner, Tobias", "garrett", ["tobias"], [], "Dinner Thursday?", "2025-03-11 16:02",
    "Tobias,\n\nI'm in town Thursday for our board meeting. Let me take you to dinner at the Copper Table at 7, my treat. "
    "I'd like to hear where the council is headed on school-zone cameras.\n\nGarrett")
msg("dinner2", "Renner, Tobias", "tobias", ["garrett"], [], "RE: Dinner Thursday?", "2025-03-11 17:15",
    "Garrett,\n\nThursday works. See you at 7.\n\nTobias", parent="dinner")
msg("dinner3", "Renner, Tobias", "tobias", ["garrett"], [], "Thank you", "2025-03-14 08:31",
    "Garrett,\n\nThank you for dinner last night. The ribeye lived up to the hype, and I appreciated the candid conversation.\n\nTobias")
msg("waec", "Ambrose, Wendell", "colette", ["wendell", "bobbie"], [], "WAEC Weekly: legislative roundup and spring webinar", "2025-03-18 07:00",
    "WAEC WEEKLY\n\nIn this issue:\n- Three western states consider changes to camera citation notice periods\n"
    "- Spring webinar: building community trust in automated enforcement (April 9, 11:00 MT)\n"
    "- Member spotlight: school-zone programs that cut repeat violations\n\n"
    "You are receiving this because you are a member of the Western Automated Enforcement Council. To unsubscribe, reply with REMOVE.")
msg("5k", "Pereda, Ana", "marisol", ["ana", "bobbie"], [], "Slow Down Cedar Mesa 5K", "2025-03-20 10:48",
    "Hi Ana and Bobbie,\n\nTrent tells me the division is putting on the Slow Down Cedar Mesa 5K again in May. Brightlane "
    "would love to be your presenting sponsor this year! We'd pick up the race shirts, bibs, chip timing and the finish-line "
    "tent, about $3,500 in all, and just ask that our logo go on the back of the shirts. Send the invoices my way and we'll "
    "pay the vendors directly.\n\nCheers,\nMarisol")
msg("5k2", "Pereda, Ana", "ana", ["marisol"], ["bobbie"], "RE: Slow Down Cedar Mesa 5K", "2025-03-20 13:05",
    "Marisol,\n\nThat's fantastic, thank you! I'll forward the shirt order and the timing company's estimate this afternoon.\n\nAna",
    parent="5k")
msg("golfthx", "Prentiss, Dale", "dale", ["garrett"], [], "Friday", "2025-03-31 09:15",
    "Garrett,\n\nThanks again for the round on Friday. I owe you a rematch on the back nine.\n\nDale")
msg("bulletin", "Ambrose, Wendell", "news", ["wendell", "ana"], [], "Brightlane Bulletin - April", "2025-04-01 06:30",
    "BRIGHTLANE BULLETIN | April\n\nWhat's new: ReviewDesk 4.2 adds side-by-side plate comparison and bulk approvals.\n\n"
    "Spring offer: any agency can take 15% off a ProgramPulse program health review signed before June 30 with promo code "
    "SAFESTREETS25. The code is open to every agency, so pass it along.\n\nBrightlane Enforcement Systems, 1800 Larimer Point, Denver", sig=False)
msg("quote", "Kessler, Roberta", "trent", ["bobbie"], [], "Quote - ProgramPulse program health review", "2025-04-02 14:22",
    "Bobbie,\n\nAs requested, attached is quote Q-5561 for the ProgramPulse program health review: a twelve-week engagement "
    "covering citation-rate analysis, equity mapping and a council-ready report, $46,000. Pricing holds through June 30.\n\nBest,\nTrent")
msg("suite3", "Kessler, Roberta", "bobbie", ["trent"], [], "RE: Rattlers home opener - suite", "2025-04-07 08:55",
    "Trent,\n\nThank you again for hosting the division on Friday night. Everyone had a blast, and Wendell still hasn't stopped talking about the ninth inning.\n\nBobbie",
    parent="suite2")
msg("naes", "Kessler, Roberta", "priya", ["bobbie"], ["trent"], "NAES 2025 - your travel", "2025-04-10 14:05",
    "Hi Roberta,\n\nI'm Priya, and I coordinate events for Brightlane. Trent asked me to take care of your travel for the National "
    "Automated Enforcement Summit in Bellmare Beach, May 19-21. We'll book your flights and three nights at the conference hotel, "
    "and Trent mentioned your husband might come along: he's more than welcome! We'll add a second ticket and make it a king room. "
    "All in it comes to roughly $2,400 for the two of you, and it's on Brightlane. Your registration is comped as well.\n\n"
    "Could you send me your husband's name exactly as it appears on his ID?\n\nWarmly,\nPriya")
msg("naes2", "Kessler, Roberta", "bobbie", ["priya"], ["trent"], "RE: NAES 2025 - your travel", "2025-04-10 16:30",
    "Hi Priya,\n\nThis is wonderful, thank you. I'll text you his details tonight. We'd prefer the Sunday morning flight if there is one.\n\nBobbie",
    parent="naes")
msg("seats", "Halloway, Carmen", "trent", ["carmen"], ["dale"], "ReviewDesk seats for the Traffic Bureau", "2025-04-15 10:10",
    "Carmen,\n\nFollowing up on our call. We'll stand up six ReviewDesk reviewer seats for the Traffic Bureau at no cost for the "
    "first year. List is $900 per seat annually, so that's $5,400 of licenses on us. After year one we can talk about folding them "
    "into the contract. Marisol will send logins.\n\nTrent", bcc=["garrett"])
msg("seats2", "Halloway, Carmen", "carmen", ["trent"], ["dale"], "RE: ReviewDesk seats for the Traffic Bureau", "2025-04-15 11:34",
    "Trent,\n\nSounds good. Please set up accounts for Sgt. Prentiss and the five officers on the attached list.\n\nCarmen",
    parent="seats")
msg("itin", "Kessler, Roberta", "priya", ["bobbie"], [], "Your Bellmare Beach itinerary", "2025-04-22 09:18",
    "Hi Roberta,\n\nYour itinerary is attached. The hotel is billed to Brightlane's account, so there's nothing to pay at "
    "check-in. Safe travels!\n\nPriya")
msg("po", "Kessler, Roberta", "elaine", ["trent"], ["bobbie"], "PO 25-01187 - ZoneKeeper cameras", "2025-04-28 13:50",
    "Mr. Halvorsen,\n\nAttached is Purchase Order 25-01187 for eight ZoneKeeper school-zone camera units with installation, "
    "$212,600, per your quote Q-5530. Please reference the PO number on every invoice and send invoices to ap@cedarmesa.gov.\n\nRegards,")
msg("survey", "Pereda, Ana", "marisol", ["ana"], [], "Thanks for the survey!", "2025-05-02 15:40",
    "Hi Ana,\n\nThank you for filling out our annual client survey; your notes on the ReviewDesk queue were really helpful. "
    "As a small thank-you, I've mailed you a $100 prepaid gift card. It should arrive this week.\n\nMarisol")
msg("survey2", "Pereda, Ana", "ana", ["marisol"], [], "RE: Thanks for the survey!", "2025-05-05 08:12",
    "Got it today. That was unexpected, thank you so much!\n\nAna", parent="survey")
msg("outage", "Kessler, Roberta", "bobbie", ["marisol"], [], "Portal outage", "2025-05-06 09:02",
    "Marisol,\n\nThank you for jumping on the ReviewDesk outage yesterday afternoon. Your team had it back up within the hour, "
    "which kept us from falling behind on the queue. Much appreciated.\n\nBobbie")
msg("demo2", "Prentiss, Dale", "dale", ["desmond"], [], "RE: Mobile PaceMark demo vehicle", "2025-05-12 10:37",
    "Desmond,\n\nCircling back on the demo unit. I know we said two weeks and it's been closer to three months. The squad has been "
    "using it for school-zone details and a couple of the guys take it home when they're on call. Want me to bring it back?\n\nDale",
    parent="demo")
msg("demo3", "Prentiss, Dale", "desmond", ["dale"], [], "RE: Mobile PaceMark demo vehicle", "2025-05-12 12:58",
    "Dale,\n\nNo rush at all. Keep it as long as it's useful; we have another rig for demos, so consider that one yours for the "
    "time being. Just run the oil changes on the fuel card.\n\nDesmond", parent="demo2")
msg("data", "Ambrose, Wendell", "trent", ["wendell"], [], "StopSight intersection data for Q1", "2025-05-19 08:40",
    "Wendell,\n\nWhen you get a minute, can you send the Q1 crash counts for the six StopSight intersections? Our analysts want to "
    "refresh the before/after numbers.\n\nThanks,\nTrent")
msg("ooo", "Ambrose, Wendell", "wendell", ["trent"], [], "Automatic reply: StopSight intersection data for Q1", "2025-05-19 08:40",
    "I am out of the office at a conference through Wednesday, May 21, with limited access to email. For urgent signal or "
    "camera issues, please call the Traffic Safety Division at (719) 555-0140.", sig=False)
msg("hugo", "Ambrose, Wendell", "hugo", ["wendell"], [], "Your review portal?", "2025-05-27 14:44",
    "Wendell,\n\nGood seeing you at the summit. Juniper Falls finally has council approval for red-light cameras, and I'm trying to "
    "figure out what to use for violation review. What are you on, and would you go with it again?\n\nHugo")
msg("hugo2", "Ambrose, Wendell", "wendell", ["hugo"], [], "RE: Your review portal?", "2025-05-27 16:20",
    "Hugo,\n\nWe use ReviewDesk from Brightlane and I'd recommend it without hesitation. Our reviewers clear a day's queue in about "
    "half the time they used to. If you reach out to them, give them my referral code WAMBROSE-250 when you ask for a pilot: you'll "
    "get 10% off the first year and they credit me toward next year's summit. Trent Halvorsen is the rep for our region.\n\nWendell",
    parent="hugo")
msg("brief", "Whitcombe, Jonah", "jonah", ["trent"], [], "School-zone camera briefing for the Councilmember", "2025-06-03 10:05",
    "Mr. Halvorsen,\n\nThe Councilmember would like a 30-minute briefing on school-zone enforcement before the June 17 committee "
    "hearing. Do you have time next week?\n\nJonah")
msg("brief2", "Whitcombe, Jonah", "trent", ["jonah"], [], "Re: School-zone camera briefing for the Councilmember", "2025-06-03 11:30",
    "Jonah,\n\nHappy to. How about Tuesday at 2? I'm also sending over a Brightlane fleece and an insulated tumbler for you, a little "
    "something for the office's support of the Safe Routes push.\n\nTrent", parent="brief")
msg("brief3", "Whitcombe, Jonah", "jonah", ["trent"], [], "RE: School-zone camera briefing for the Councilmember", "2025-06-04 09:20",
    "Tuesday at 2 works. And thanks for the jacket, it's already in use.\n\nJonah", parent="brief2")
msg("staff", "Pereda, Ana", "ana", ["bobbie", "wendell"], [], "Thursday staff meeting moved to 10:30", "2025-06-09 07:55",
    "Hi all,\n\nThursday's staff meeting is moving to 10:30 in the 3rd floor conference room; the usual room is booked for the bond "
    "presentation.\n\nAna")
msg("mara", "Halloway, Carmen", "carmen", ["mara"], [], "Speed cameras near schools", "2025-06-10 13:12",
    "Mara,\n\nPer our conversation at the chiefs' lunch, here's what we've been using. PaceMark has been a game-changer for us around "
    "the elementary schools: speeds are down noticeably and the complaints have dropped off. I'd encourage you to take a look. If "
    "you call Brightlane, mention my code TBHALLOWAY10; it takes 10% off a pilot.\n\nCarmen")
msg("renew", "Renner, Tobias", "bobbie", ["tobias"], ["jonah"], "Contract renewal - automated enforcement", "2025-06-20 15:25",
    "Tobias,\n\nAhead of the council work session, here is my recommendation for the renewal memo. Brightlane has been an excellent "
    "partner over the past three years: uptime on the StopSight intersections has been above 99%, and their field team responds the "
    "same day. I strongly recommend we renew with Brightlane for another three-year term rather than rebid.\n\nBobbie")

# ---------------------------------------------------------------- render
BY = {m["key"]: m for m in M}


def display(k):
    return P[k][0]


def outlook_block(m):
    lines = [f"From: {addr(m['frm'])}", f"Sent: {m['when'].strftime('%A, %B %-d, %Y %-I:%M %p')}",
             "To: " + "; ".join(addr(k) for k in m["to"])]
    if m["cc"]:
        lines.append("Cc: " + "; ".join(addr(k) for k in m["cc"]))
    lines.append(f"Subject: {m['subject']}")
    return "\n".join(lines)


def full_text(m):
    own = m["body"]
    if m["sig"] and m["frm"] in SIG:
        own = own + "\n\n" + SIG[m["frm"]]
    if m["parent"]:
        p = BY[m["parent"]]
        ptext = full_text(p)
        if client_of(m["frm"]) == "outlook":
            own += "\n\n________________________________\n" + outlook_block(p) + "\n\n" + ptext
        else:
            when = p["when"].strftime("%a, %b %-d, %Y at %-I:%M %p")
            own += f"\n\nOn {when} {addr(p['frm'])} wrote:\n" + "\n".join(("> " + ln) if ln else ">" for ln in ptext.split("\n"))
    return own


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(os.path.join(OUT, "TEXT"))
    M.sort(key=lambda m: m["when"])
    fields = ["BEGBATES", "ENDBATES", "CUSTODIAN", "FROM", "TO", "CC", "BCC", "SUBJECT", "DATESENT", "TIMESENT", "TEXTPATH"]
    D, Q = "\x14", "\u00fe"
    rows = [D.join(Q + f + Q for f in fields)]
    opt = []
    n = 1041
    for m in M:
        text = full_text(m)
        pages = 1 + len(text) // 1800
        beg, end = f"DOT{n:07d}", f"DOT{n + pages - 1:07d}"
        m["bates"] = beg
        for i in range(pages):
            opt.append(f"DOT{n + i:07d},PROD001,.\\IMAGES\\001\\DOT{n + i:07d}.tif,{'Y' if i == 0 else ''},,,{pages if i == 0 else ''}")
        n += pages
        with open(os.path.join(OUT, "TEXT", beg + ".txt"), "w", encoding="utf-8", newline="\r\n") as f:
            f.write(text + "\n")
        vals = [beg, end, m["cust"], addr(m["frm"]), "; ".join(addr(k) for k in m["to"]),
                "; ".join(addr(k) for k in m["cc"]), "; ".join(addr(k) for k in m["bcc"]), m["subject"],
                m["when"].strftime("%m/%d/%Y"), m["when"].strftime("%-I:%M %p"), f".\\TEXT\\{beg}.txt"]
        rows.append(D.join(Q + v + Q for v in vals))
    with open(os.path.join(OUT, "LOADFILE.DAT"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")
    with open(os.path.join(OUT, "IMAGES.OPT"), "w", encoding="ascii", newline="") as f:
        f.write("\r\n".join(opt) + "\r\n")
    write_gold()


# ---------------------------------------------------------------- gold
def write_gold():
    ents = [
        dict(id="o_brightlane", kind="organization", name="Brightlane Enforcement Systems", aliases=["Brightlane"],
             emails=["hello@brightlane-es.com", "news@brightlane-es.com"]),
        dict(id="o_dot", kind="organization", name="Cedar Mesa Department of Transportation", aliases=["Cedar Mesa DOT"]),
        dict(id="d_tsd", kind="division", name="Traffic Safety Division", aliases=[]),
        dict(id="o_cmpd", kind="organization", name="Cedar Mesa Police Department", aliases=[]),
        dict(id="d_tb", kind="division", name="Traffic Bureau", aliases=[]),
        dict(id="o_council", kind="organization", name="Cedar Mesa City Council", aliases=[]),
        dict(id="o_city", kind="organization", name="City of Cedar Mesa", aliases=[]),
        dict(id="d_purch", kind="division", name="Purchasing Division", aliases=[]),
        dict(id="o_jf", kind="organization", name="City of Juniper Falls", aliases=[]),
        dict(id="o_waec", kind="organization", name="Western Automated Enforcement Council", aliases=["WAEC"]),
        dict(id="pr_stopsight", kind="product", name="StopSight", aliases=[]),
        dict(id="pr_pacemark", kind="product", name="PaceMark", aliases=[]),
        dict(id="pr_zonekeeper", kind="product", name="ZoneKeeper", aliases=[]),
        dict(id="pr_reviewdesk", kind="product", name="ReviewDesk", aliases=[]),
        dict(id="pr_programpulse", kind="product", name="ProgramPulse", aliases=[]),
        dict(id="c_wambrose", kind="code", name="WAMBROSE-250", aliases=[]),
        dict(id="c_halloway", kind="code", name="TBHALLOWAY10", aliases=[]),
        dict(id="c_safestreets", kind="code", name="SAFESTREETS25", aliases=[]),
    ]
    person = {
        "trent": ("Trent Halvorsen", [], "vendor_employee", "o_brightlane"),
        "marisol": ("Marisol Dunaway", [], "vendor_employee", "o_brightlane"),
        "garrett": ("Garrett Olufsen", [], "vendor_employee", "o_brightlane"),
        "priya": ("Priya Lindqvist", [], "vendor_employee", "o_brightlane"),
        "desmond": ("Desmond Achterberg", [], "vendor_employee", "o_brightlane"),
        "bobbie": ("Roberta Kessler", ["Bobbie Kessler", "Kessler, Roberta"], "officer", "d_tsd"),
        "wendell": ("Wendell Ambrose", ["Ambrose, Wendell"], "officer", "d_tsd"),
        "ana": ("Ana Pereda", ["Pereda, Ana"], "officer", "d_tsd"),
        "tobias": ("Tobias Renner", ["Renner, Tobias"], "officer", "o_dot"),
        "carmen": ("Carmen Halloway", ["Halloway, Carmen"], "officer", "d_tb"),
        "dale": ("Dale Prentiss", ["Prentiss, Dale"], "officer", "d_tb"),
        "jonah": ("Jonah Whitcombe", ["Whitcombe, Jonah"], "officer", "o_council"),
        "elaine": ("Elaine Marchetti", ["Marchetti, Elaine"], "officer", "d_purch"),
        "hugo": ("Hugo Brandvold", [], "other", "o_jf"),
        "mara": ("Mara Tillotson", [], "other", None),
        "colette": ("Colette Farrand", [], "other", "o_waec"),
    }
    org_of = {"o_brightlane": "o_brightlane"}
    rels = []
    for k, (name, al, role, unit) in person.items():
        affil = {"d_tsd": "o_dot", "d_tb": "o_cmpd", "d_purch": "o_city"}.get(unit, unit)
        ents.append(dict(id="p_" + k, kind="person", name=name, aliases=al, emails=[P[k][1]], role=role, affiliation=affil))
        if unit:
            rels.append(dict(type="MEMBER_OF", source="p_" + k, target=unit))
    del org_of
    eid = {k: ("p_" + k if k in person else "o_brightlane") for k in P}
    msgs = []
    for m in M:
        msgs.append(dict(id=m["bates"], sent=m["when"].isoformat(), subject=m["subject"], **{"from": eid[m["frm"]]},
                         to=[eid[k] for k in m["to"]], cc=[eid[k] for k in m["cc"]]))
    # EMAILED: sender -> to and cc, counted
    from collections import Counter
    em = Counter()
    for m in M:
        for k in dict.fromkeys(m["to"] + m["cc"]):
            em[(eid[m["frm"]], eid[k])] += 1
    for (s, t), c in em.items():
        rels.append(dict(type="EMAILED", source=s, target=t, count=c))

    def ev(key, quote):
        b = BY[key]
        assert quote in full_text(b), (key, quote)
        return {"message": b["bates"], "quote": quote}

    def rel(t, s, d, evs, value=None, items=None):
        r = dict(type=t, source=s, target=d, messages=[e["message"] for e in evs], evidence=evs)
        if t == "GIFT":
            r["value_usd"] = value
            r["items"] = items or []
        rels.append(r)

    rel("GIFT", "p_trent", "d_tsd", [ev("suite", "I'd love for the Traffic Safety Division to be our guests"),
                                      ev("suite3", "Thank you again for hosting the division on Friday night.")])
    rel("GIFT", "p_garrett", "p_carmen", [ev("golf", "Greens fees, cart and lunch are covered by us; it runs about $185 a player."),
                                           ev("golfyes", "Count Dale and me in.")], 185)
    rel("GIFT", "p_garrett", "p_dale", [ev("golf", "Greens fees, cart and lunch are covered by us; it runs about $185 a player."),
                                         ev("golfthx", "Thanks again for the round on Friday.")], 185)
    rel("GIFT", "p_priya", "p_bobbie", [ev("naes", "All in it comes to roughly $2,400 for the two of you, and it's on Brightlane."),
                                         ev("itin", "The hotel is billed to Brightlane's account, so there's nothing to pay at check-in.")], 2400)
    rel("GIFT", "p_marisol", "d_tsd", [ev("5k", "We'd pick up the race shirts, bibs, chip timing and the finish-line tent, about $3,500 in all")], 3500)
    rel("GIFT", "o_brightlane", "d_tsd", [ev("hol", "we've sent a holiday gift basket to the Traffic Safety Division office")])
    rel("GIFT", "o_brightlane", "d_tb", [ev("hol", "and another to the Traffic Bureau at police headquarters"),
                                          ev("hol2", "The basket showed up this morning")])
    rel("GIFT", "p_desmond", "p_dale", [ev("demo3", "Keep it as long as it's useful; we have another rig for demos, so consider that one yours for the time being.")])
    rel("GIFT", "p_trent", "d_tb", [ev("seats", "We'll stand up six ReviewDesk reviewer seats for the Traffic Bureau at no cost for the first year.")],
        5400, [{"product": "pr_reviewdesk", "quantity": 6}])
    rel("GIFT", "p_garrett", "p_tobias", [ev("dinner", "Let me take you to dinner at the Copper Table at 7, my treat."),
                                           ev("dinner3", "Thank you for dinner last night.")])
    rel("GIFT", "p_marisol", "p_ana", [ev("survey", "I've mailed you a $100 prepaid gift card.")], 100)
    rel("GIFT", "p_trent", "p_jonah", [ev("brief2", "I'm also sending over a Brightlane fleece and an insulated tumbler for you")])
    rel("REFERRAL", "p_wendell", "o_brightlane", [ev("hugo2", "give them my referral code WAMBROSE-250 when you ask for a pilot")])
    rel("REFERRAL", "p_carmen", "o_brightlane", [ev("mara", "If you call Brightlane, mention my code TBHALLOWAY10; it takes 10% off a pilot.")])
    rel("PROMOTED", "p_wendell", "pr_reviewdesk", [ev("hugo2", "We use ReviewDesk from Brightlane and I'd recommend it without hesitation.")])
    rel("PROMOTED", "p_carmen", "pr_pacemark", [ev("mara", "PaceMark has been a game-changer for us around the elementary schools")])
    rel("PROMOTED", "p_bobbie", "o_brightlane", [ev("renew", "I strongly recommend we renew with Brightlane for another three-year term rather than rebid.")])
    gold = dict(
        about="probe CJ: invented automated traffic-enforcement vendor and a city DOT / police traffic bureau; e-discovery production.",
        negatives=[
            "golfno: golf declined under the city's ethics code (Wendell)",
            "zkret: a ZoneKeeper demo camera loaned and returned",
            "bulletin: SAFESTREETS25 is a public promo code for every agency",
            "quote: Q-5561, a price quote",
            "po: PO 25-01187, a purchase",
            "outage: thanks for ordinary service",
        ],
        entities=ents, messages=msgs, relations=rels)
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
