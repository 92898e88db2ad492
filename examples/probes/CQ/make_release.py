#!/usr/bin/env python3
"""Write probe CQ: release.jsonl (Microsoft Graph message export) and gold.json.

Everything is invented: the vendor (Quillfern Classroom Technologies), the district (Harlow Creek ISD),
the people, products, codes, addresses and domains.
"""
import html
import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("America/Chicago")
UTC = ZoneInfo("UTC")

V = "org_quillfern"
D = "org_hcisd"

# id: (kind, name, aliases, emails, role, affiliation, member_of)
ENT = {
    V: ("organization", "Quillfern Classroom Technologies", ["Quillfern"], [], None, None, None),
    D: ("organization", "Harlow Creek Independent School District", ["Harlow Creek ISD", "HCISD"], [], None, None, None),
    "div_tech": ("division", "Technology Services", [], [], None, None, None),
    "div_diglearn": ("division", "Digital Learning", ["Digital Learning Department"], [], None, None, None),
    "div_purch": ("division", "Purchasing Department", ["Purchasing"], [], None, None, None),
    "div_juniper": ("division", "Juniper Hollow Elementary", ["Juniper Hollow"], [], None, None, None),
    "div_ridgeback": ("division", "Ridgeback Middle School", ["Ridgeback"], [], None, None, None),
    "div_board": ("division", "Board of Trustees", [], [], None, None, None),
    "org_psea": ("organization", "Prairie States EdTech Alliance", [], [], None, None, None),
    "org_silvermesa": ("organization", "Silver Mesa School District", [], [], None, None, None),
    "p_tessa": ("person", "Tessa Marlowe", ["Tessa"], ["tessa.marlowe@quillfernclassroom.com"], "vendor_employee", V, V),
    "p_rory": ("person", "Rory Pendergast", ["Rory"], ["rory.pendergast@quillfernclassroom.com"], "vendor_employee", V, V),
    "p_bianca": ("person", "Bianca Ferrante", ["Bianca"], ["bianca.ferrante@quillfernclassroom.com"], "vendor_employee", V, V),
    "p_lorraine": ("person", "Lorraine Whitcomb", ["Dr. Lorraine Whitcomb", "Dr. Whitcomb"], ["lwhitcomb@harlowcreekisd.org"], "officer", D, D),
    "p_nathan": ("person", "Nathan Kowalczyk", ["Nathan"], ["nkowalczyk@harlowcreekisd.org"], "officer", D, "div_tech"),
    "p_jolene": ("person", "Jolene Abernathy", ["Jolene"], ["jabernathy@harlowcreekisd.org"], "officer", D, "div_diglearn"),
    "p_hector": ("person", "Hector Villanueva", ["Hector"], ["hvillanueva@harlowcreekisd.org"], "officer", D, "div_juniper"),
    "p_colleen": ("person", "Colleen Fairbrother", ["Colleen"], ["cfairbrother@harlowcreekisd.org"], "officer", D, "div_ridgeback"),
    "p_maggie": ("person", "Maggie Thornquist", ["Maggie", "Margaret Thornquist"], ["mthornquist@harlowcreekisd.org"], "officer", D, "div_juniper"),
    "p_dwayne": ("person", "Dwayne Castellano", ["Dwayne"], ["dcastellano@harlowcreekisd.org"], "officer", D, "div_purch"),
    "p_gloria": ("person", "Gloria Pettibone", ["Gloria"], ["gpettibone@harlowcreekisd.org"], "officer", D, "div_board"),
    "p_kendra": ("person", "Kendra Oakes", ["Kendra"], ["koakes@prairiestatesedtech.org"], "other", "org_psea", "org_psea"),
    "p_ollie": ("person", "Ollie Brandvold", ["Ollie"], ["obrandvold@silvermesasd.org"], "other", "org_silvermesa", "org_silvermesa"),
    "prod_luma": ("product", "LumaBoard 75", ["LumaBoard"], [], None, None, None),
    "prod_safesign": ("product", "SafeSign Visitor", ["SafeSign"], [], None, None, None),
    "prod_peercam": ("product", "PeerCam DC2", ["PeerCam"], [], None, None, None),
    "code_thorn": ("code", "THORNQUIST10", [], [], None, None, None),
    "code_spring": ("code", "SPRINGBRIGHT", [], [], None, None, None),
}


def who(pid):
    return {"emailAddress": {"name": ENT[pid][1], "address": ENT[pid][3][0]}}


SIG = {
    "p_tessa": ["Tessa Marlowe", "Regional Account Executive", "Quillfern Classroom Technologies", "Mobile: (512) 555-0148"],
    "p_rory": ["Rory Pendergast", "Customer Success Manager", "Quillfern Classroom Technologies", "(512) 555-0173"],
    "p_bianca": ["Bianca Ferrante", "Community & Events Manager", "Quillfern Classroom Technologies", "(512) 555-0119"],
    "p_lorraine": ["Dr. Lorraine Whitcomb", "Superintendent of Schools", "Harlow Creek Independent School District", "(254) 555-0100"],
    "p_nathan": ["Nathan Kowalczyk", "Chief Technology Officer", "Technology Services | Harlow Creek ISD", "Office (254) 555-0162"],
    "p_jolene": ["Jolene Abernathy", "Instructional Technology Coordinator", "Digital Learning Department | Harlow Creek ISD", "(254) 555-0187"],
    "p_hector": ["Hector Villanueva, Principal", "Juniper Hollow Elementary", "Harlow Creek ISD", "(254) 555-0131"],
    "p_colleen": ["Colleen Fairbrother", "Principal, Ridgeback Middle School", "Harlow Creek ISD", "(254) 555-0155"],
    "p_maggie": ["Maggie Thornquist", "5th Grade Teacher | LumaBoard Pilot Lead", "Juniper Hollow Elementary, Harlow Creek ISD"],
    "p_dwayne": ["Dwayne Castellano", "Purchasing Supervisor", "Purchasing Department", "Harlow Creek Independent School District", "(254) 555-0144"],
    "p_gloria": ["Gloria Pettibone", "Trustee, Place 4", "Board of Trustees, Harlow Creek ISD"],
    "p_kendra": ["Kendra Oakes", "Newsletter Editor", "Prairie States EdTech Alliance"],
    "p_ollie": ["Ollie Brandvold", "Director of Technology", "Silver Mesa School District"],
}

# key: (local time, from, to, cc, subject, paragraphs, parent key or None, "html"/"text", attachments)
M = {}
GIFTS, OTHER = [], []


def msg(key, when, frm, to, cc, subject, paras, parent=None, ctype="html", att=False, sig=True):
    M[key] = dict(when=when, frm=frm, to=to, cc=cc, subject=subject, paras=paras, parent=parent, ctype=ctype, att=att, sig=sig)


# --- the pilot -------------------------------------------------------------------------------------
msg("m01", "2026-01-13 09:12", "p_tessa", ["p_nathan"], ["p_jolene"], "LumaBoard pilot for Harlow Creek?",
    ["Hi Nathan!",
     "It was so fun chatting with you at the regional showcase last week! As promised, here's the scoop on the pilot idea.",
     "We'd set up a pilot classroom at one of your elementary campuses for the spring semester. We handle install and training, your teacher just has to be willing to play with it and tell us what breaks!",
     "Let me know if you guys are up for it and who I should loop in.",
     "Cheers,"])
msg("m02", "2026-01-13 14:40", "p_nathan", ["p_tessa"], ["p_jolene"], "RE: LumaBoard pilot for Harlow Creek?",
    ["Tessa,", "Thanks for following up. We're interested. Jolene runs our instructional tech side and will pick a campus and a teacher.",
     "Nathan"], parent="m01")
msg("m03", "2026-01-15 10:05", "p_jolene", ["p_tessa"], ["p_hector", "p_maggie"], "RE: LumaBoard pilot for Harlow Creek?",
    ["Hi Tessa!!", "Great news: Juniper Hollow Elementary is in! Maggie Thornquist (5th grade) has volunteered to run the pilot, and Hector, her principal, is on board too. 🙌",
     "Can you reach out to Maggie directly about delivery?", "Thanks!"], parent="m02")
msg("m04", "2026-01-15 11:30", "p_tessa", ["p_maggie"], ["p_jolene", "p_hector"], "Welcome to the pilot, Maggie! 🎉",
    ["Hi Maggie!",
     "Welcome aboard, we are SO excited to have you!",
     "Your two LumaBoard 75 panels ship Monday and our installer will call you to set up a time. They retail at $3,450 apiece, but once the pilot wraps they're yours to keep. Consider it our thank-you for being our guinea pig! 😊",
     "Talk soon,"])
msg("m05", "2026-01-16 08:02", "p_maggie", ["p_tessa"], ["p_jolene", "p_hector"], "RE: Welcome to the pilot, Maggie! 🎉",
    ["Tessa!!!", "Oh my goodness, thank you thank you THANK YOU! My kids are going to flip when they see these. You guys are the best!",
     "I'm free any afternoon after 3:15 for the install.", "Maggie"], parent="m04")

# --- quote (not a gift) ----------------------------------------------------------------------------
msg("m06", "2026-01-21 13:15", "p_tessa", ["p_dwayne"], ["p_nathan"], "Quote Q-HC-0147: LumaBoard 75 panels",
    ["Hi Dwayne,",
     "Nice to meet you over email! Nathan asked me to send pricing for a district rollout. Attached is quote Q-HC-0147: 40 LumaBoard 75 panels at $3,450 per unit, installation and teacher training included, valid for 60 days.",
     "Happy to walk through any of it.", "Best,"], att=True)

# --- SafeSign trial (not a gift) -------------------------------------------------------------------
msg("m07", "2026-01-27 09:40", "p_rory", ["p_colleen"], ["p_nathan"], "Your SafeSign Visitor trial is live!",
    ["Hi Colleen,",
     "Good news: your free 60-day trial of SafeSign Visitor at Ridgeback is live as of this morning! The two check-in kiosks are at your front desk and your office staff have logins.",
     "Heads up that the trial ends March 28. After that the app switches to read-only unless the district subscribes.",
     "Shout if anything looks funny!"])
msg("m08", "2026-01-27 10:22", "p_colleen", ["p_rory"], [], "RE: Your SafeSign Visitor trial is live!",
    ["Thanks Rory! Our front office is excited to ditch the paper sign-in sheet. 😄", "Colleen"], parent="m07")

# --- noise -----------------------------------------------------------------------------------------
msg("m09", "2026-01-28 07:55", "p_nathan", ["p_tessa"], [], "Automatic reply: Quick question on panel mounts",
    ["I am out of the office through Monday, February 2 with limited access to email. For urgent technology issues please call the Technology Services help desk at (254) 555-0160."],
    ctype="text", sig=False)

# --- a document camera for the pilot teacher -------------------------------------------------------
msg("m10", "2026-02-03 15:10", "p_rory", ["p_maggie"], [], "A little something for your room",
    ["Hey Maggie!",
     "Tessa tells me your kiddos are loving the panels! Since you're showing off so much student work, I'm boxing up a PeerCam DC2 document camera for your room. It's on the house ($289 value), no need to send it back.",
     "It should land at the front office by Friday.", "Rory"])
msg("m11", "2026-02-04 07:48", "p_maggie", ["p_rory"], [], "RE: A little something for your room",
    ["Rory, you are seriously spoiling us!!! 🎉 Thank you so much, my class says hi!", "Maggie"], parent="m10")

# --- loaner (returned, not a gift) ------------------------------------------------------------------
msg("m12", "2026-02-09 11:20", "p_rory", ["p_hector"], [], "Loaner cameras for science night",
    ["Hi Hector,",
     "Three loaner PeerCam units are on their way for your family science night. Please pop them back in the box with the prepaid return label by February 20.",
     "Have fun!"])
msg("m13", "2026-02-23 16:05", "p_hector", ["p_rory"], [], "RE: Loaner cameras for science night",
    ["Rory,", "All three loaner cameras went back to you today with the prepaid label. Thanks for the lend, science night was a hit!",
     "Hector"], parent="m12")

# --- conference registration and hotel ------------------------------------------------------------
msg("m14", "2026-02-11 13:30", "p_tessa", ["p_jolene"], [], "Come to the HeartlandEd Summit with us!",
    ["Hi Jolene!",
     "We would love for you to join us at the HeartlandEd Summit in Omaha, April 15-17. We've got your registration covered ($795) and we've booked you two nights at the conference hotel on our tab ($418).",
     "All you have to do is show up and tell people about Maggie's pilot! 😉", "Let me know!"])
msg("m15", "2026-02-11 15:02", "p_jolene", ["p_tessa"], [], "RE: Come to the HeartlandEd Summit with us!",
    ["Yes please!! This is incredibly generous, thank you Tessa! I'll put it on my calendar now.", "Jolene"], parent="m14")

# --- a gift card declined under board policy -------------------------------------------------------
msg("m16", "2026-02-17 10:10", "p_tessa", ["p_dwayne"], [], "Thank you!",
    ["Hi Dwayne,",
     "Thanks for your patience with all my questions on the quote! I'd love to send a $50 gift card your way as a little thank-you. 😊",
     "Best,"])
msg("m17", "2026-02-17 11:42", "p_dwayne", ["p_tessa"], [], "RE: Thank you!",
    ["Tessa,",
     "That's very kind of you, but I'll have to pass. Under Board Policy CAA-4, district purchasing staff may not accept gifts of any value from current or prospective vendors, so please don't send it.",
     "Happy to keep helping with the paperwork, of course.", "Regards,"], parent="m16")

# --- board vote and purchase order (not gifts) -----------------------------------------------------
msg("m18", "2026-02-24 08:15", "p_gloria", ["p_lorraine"], ["p_nathan"], "Board vote on the panel purchase",
    ["Good morning Lorraine,",
     "Just confirming for your records: last night the board approved agenda item 7, the purchase of 40 LumaBoard 75 panels for $138,000 from the technology bond fund, on a 6-1 vote.",
     "Nice work by Nathan's team on the presentation!", "Gloria"])
msg("m19", "2026-02-24 09:31", "p_lorraine", ["p_nathan", "p_dwayne"], [], "FW: Board vote on the panel purchase",
    ["Nathan, Dwayne,", "Please see below and go ahead with the purchase order.", "Thanks,"], parent="m18")
msg("m20", "2026-03-02 14:20", "p_dwayne", ["p_tessa"], ["p_nathan"], "Purchase Order PO-26-03318",
    ["Tessa,",
     "Attached is Purchase Order PO-26-03318 for 40 LumaBoard 75 panels, total $138,000, per the board's vote on February 23. Please reference the PO number on your invoice and ship to the district warehouse.",
     "Regards,"], att=True)
msg("m21", "2026-03-05 09:05", "p_tessa", ["p_dwayne"], ["p_nathan"], "RE: Purchase Order PO-26-03318",
    ["Got it, thank you Dwayne! Invoice INV-88213 will follow once the panels are delivered.", "Tessa"], parent="m20")

# --- catered lunch for a school ---------------------------------------------------------------------
msg("m22", "2026-03-12 10:40", "p_bianca", ["p_colleen"], [], "Lunch is on us, Ridgeback!",
    ["Hi Colleen!",
     "I'm Bianca, I run community events at Quillfern. Rory has been raving about how helpful your front office has been with the SafeSign trial, so we'd love to treat your whole staff to a catered lunch on Friday the 20th. Tacos from a local food truck, all on us! 🌮",
     "Just send me a headcount and any dietary needs.", "xo,"])
msg("m23", "2026-03-12 12:15", "p_colleen", ["p_bianca"], [], "RE: Lunch is on us, Ridgeback!",
    ["Bianca, my teachers are going to be thrilled! Headcount is 64, with 5 vegetarian. Thank you so much!", "Colleen"], parent="m22")

# --- swag bag and game seats for the CTO ----------------------------------------------------------
msg("m24", "2026-03-18 11:00", "p_bianca", ["p_nathan"], [], "Swag incoming!",
    ["Hi Nathan!",
     "I'm dropping a Quillfern swag bag at your office this afternoon: a hoodie, an insulated tumbler and a little bluetooth speaker for your desk. Enjoy!",
     "Bianca"], sig=False)
msg("m25", "2026-03-19 16:45", "p_tessa", ["p_nathan"], [], "Prairie Hawks on April 2?",
    ["Hey Nathan,",
     "We have two extra seats in our suite for the Prairie Hawks hockey game on Thursday, April 2. Want them? My treat, bring whoever you like!",
     "Tessa"], sig=False)
msg("m26", "2026-03-19 17:20", "p_nathan", ["p_tessa"], [], "RE: Prairie Hawks on April 2?",
    ["Count me in! Thanks Tessa, my son will be thrilled.", "N."], parent="m25", sig=False)

# --- trial ends; coffee cart; trial kiosks kept -----------------------------------------------------
msg("m27", "2026-03-30 09:25", "p_rory", ["p_colleen"], [], "SafeSign trial wrap-up + a coffee cart ☕",
    ["Hi Colleen,",
     "Your SafeSign Visitor trial officially ended on Saturday, so the app is now read-only. Thank you for all the honest feedback along the way!",
     "As a thank-you to your front office and teachers, we've booked a coffee cart to park outside your staff lounge next Wednesday morning. It's $650 and we've got it covered.",
     "Rory"])
msg("m28", "2026-03-30 10:02", "p_colleen", ["p_rory"], [], "RE: SafeSign trial wrap-up + a coffee cart ☕",
    ["Rory!! You guys are too much. Coffee on a Wednesday in spring testing season is basically a miracle. Thank you!",
     "Quick question: do you want the two kiosks back? Should I box them up?", "Colleen"], parent="m27")
msg("m29", "2026-04-02 08:50", "p_rory", ["p_colleen"], [], "RE: SafeSign trial wrap-up + a coffee cart ☕",
    ["Don't bother boxing them up! Keep the two SafeSign check-in kiosks at your front desk, they're yours. They make great sign-in tablets even without the app.",
     "Rory"], parent="m28")

# --- gala seat for the trustee ----------------------------------------------------------------------
msg("m30", "2026-04-06 13:10", "p_bianca", ["p_gloria"], [], "You're invited: Quillfern Partner Appreciation Gala",
    ["Dear Trustee Pettibone,",
     "We're hosting our Partner Appreciation Gala on Friday, April 24 and we'd be honored to have you as our guest. We've reserved a seat for you at our table ($150 a plate, on us!).",
     "Warmly,"])
msg("m31", "2026-04-07 08:30", "p_gloria", ["p_bianca"], [], "RE: You're invited: Quillfern Partner Appreciation Gala",
    ["How lovely! I'll be there. Thank you, Bianca.", "Gloria"], parent="m30", sig=False)

# --- vendor newsletter with a public code (not a referral) ----------------------------------------
msg("m32", "2026-04-14 07:00", "p_bianca", ["p_jolene", "p_maggie"], [], "Quillfern Classroom News: Spring Savings! 🌷",
    ["Hello educators!",
     "Spring is here and so are savings! Through May 31, any school can use code SPRINGBRIGHT at checkout for 15% off PeerCam DC2 document cameras. Share it with your whole building!",
     "Also new this month: SafeSign Visitor now prints visitor badges in Spanish and Vietnamese.",
     "You are receiving this because you signed up for Quillfern Classroom News. Unsubscribe anytime."],
    ctype="text", sig=False)

# --- the teacher's column (promotion + referral code) ---------------------------------------------
msg("m33", "2026-04-15 19:40", "p_maggie", ["p_kendra"], ["p_jolene"], "My Teacher Spotlight column",
    ["Hi Kendra!",
     "Here's my column for the May newsletter, sorry it's a day late!",
     "\"Teacher Spotlight: Our LumaBoard Pilot. If your district is shopping for interactive panels, I can't say enough good things about Quillfern. My fifth graders are more engaged than I've ever seen them, and the panels just work. Fellow teachers, please give them a look! And if you request a quote, use my referral code THORNQUIST10 and your school gets a free PeerCam with its order.\"",
     "Let me know if it's too long!", "Maggie"])
msg("m34", "2026-04-16 09:00", "p_kendra", ["p_maggie"], ["p_jolene"], "RE: My Teacher Spotlight column",
    ["Maggie, it's perfect. It'll run in the May 1 issue. Thanks for contributing!", "Kendra"], parent="m33")

# --- ordinary service thanks (not a gift) ---------------------------------------------------------
msg("m35", "2026-04-20 15:35", "p_maggie", ["p_rory"], [], "Panel #2 is back!",
    ["Rory, thank you so much for walking me through the firmware update yesterday. Panel #2 is working perfectly again! 🙏",
     "Maggie"], sig=False)
msg("m36", "2026-04-20 16:10", "p_rory", ["p_maggie"], [], "RE: Panel #2 is back!",
    ["Anytime, Maggie! That's what we're here for.", "Rory"], parent="m35", sig=False)

# --- principal endorses at the conference --------------------------------------------------------
msg("m37", "2026-04-21 12:05", "p_hector", ["p_tessa"], ["p_jolene"], "Summit recap",
    ["Hi Tessa,",
     "Just wanted to let you know how the HeartlandEd session went. I told a room full of principals that Quillfern's panels are the best technology investment our campus has made in years, and that I'd recommend them to any elementary school. Several folks asked for your contact info, so don't be surprised if your phone rings!",
     "Hector"])

# --- teacher appreciation week gift cards --------------------------------------------------------
msg("m38", "2026-04-27 14:00", "p_rory", ["p_hector"], [], "Teacher Appreciation Week! 🍎",
    ["Hi Hector!",
     "Teacher Appreciation Week is next week and we want to do a little something for the teachers at Juniper Hollow. I'm sending over 30 e-gift cards, $25 each, one for every teacher on your staff!",
     "They'll hit your inbox Monday morning so you can hand them out however you like.", "Rory"])
msg("m39", "2026-04-28 07:35", "p_hector", ["p_rory"], ["p_maggie"], "RE: Teacher Appreciation Week! 🍎",
    ["Rory, you guys are amazing. My staff will be over the moon. Thank you!", "Hector"], parent="m38")

# --- principal recommends the app to another district ----------------------------------------------
msg("m40", "2026-05-05 10:20", "p_colleen", ["p_ollie"], ["p_rory"], "Visitor management recommendation",
    ["Hi Ollie,",
     "You asked at the regional meeting what we use for visitor check-in. I'd highly recommend SafeSign Visitor from Quillfern. It took our front office about a day to learn, and parents love how quick it is. I've cc'd Rory, who can set you up.",
     "Colleen"])
msg("m41", "2026-05-05 13:45", "p_ollie", ["p_colleen"], ["p_rory"], "RE: Visitor management recommendation",
    ["Thanks Colleen, that's really helpful. Rory, I'll give you a call this week.", "Ollie"], parent="m40")

# --- scheduling noise ------------------------------------------------------------------------------
msg("m42", "2026-05-11 08:05", "p_jolene", ["p_tessa"], [], "Move Thursday check-in?",
    ["Hi Tessa, can we move Thursday's pilot check-in to 2:30? Testing runs long that morning. Thanks!", "Jolene"], sig=False)
msg("m43", "2026-05-11 08:40", "p_tessa", ["p_jolene"], [], "RE: Move Thursday check-in?",
    ["2:30 works great, see you then!", "Tessa"], parent="m42", sig=False)


def gift(src, dst, key, quote, value=None, items=()):
    assert quote in " ".join(M[key]["paras"]), quote
    GIFTS.append(dict(type="GIFT", source=src, target=dst, value_usd=value,
                      items=[{"product": p, "quantity": q} for p, q in items],
                      messages=[key], evidence=[{"message": key, "quote": quote}]))


def rel(t, src, dst, key, quote):
    assert quote in " ".join(M[key]["paras"]), quote
    OTHER.append(dict(type=t, source=src, target=dst, messages=[key], evidence=[{"message": key, "quote": quote}]))


gift("p_tessa", "p_maggie", "m04", "They retail at $3,450 apiece, but once the pilot wraps they're yours to keep.", 6900, [("prod_luma", 2)])
gift("p_rory", "p_maggie", "m10", "I'm boxing up a PeerCam DC2 document camera for your room. It's on the house ($289 value), no need to send it back.", 289, [("prod_peercam", 1)])
gift("p_tessa", "p_jolene", "m14", "We've got your registration covered ($795) and we've booked you two nights at the conference hotel on our tab ($418).", 1213)
gift("p_bianca", "div_ridgeback", "m22", "we'd love to treat your whole staff to a catered lunch on Friday the 20th")
gift("p_bianca", "p_nathan", "m24", "I'm dropping a Quillfern swag bag at your office this afternoon: a hoodie, an insulated tumbler and a little bluetooth speaker for your desk.")
gift("p_tessa", "p_nathan", "m25", "We have two extra seats in our suite for the Prairie Hawks hockey game on Thursday, April 2. Want them? My treat")
gift("p_rory", "div_ridgeback", "m27", "we've booked a coffee cart to park outside your staff lounge next Wednesday morning. It's $650 and we've got it covered.", 650)
gift("p_rory", "p_colleen", "m29", "Keep the two SafeSign check-in kiosks at your front desk, they're yours.", None, [("prod_safesign", 2)])
gift("p_bianca", "p_gloria", "m30", "We've reserved a seat for you at our table ($150 a plate, on us!).", 150)
gift("p_rory", "div_juniper", "m38", "I'm sending over 30 e-gift cards, $25 each, one for every teacher on your staff!", 750)

rel("REFERRAL", "p_maggie", V, "m33", "use my referral code THORNQUIST10 and your school gets a free PeerCam with its order")
rel("PROMOTED", "p_maggie", V, "m33", "I can't say enough good things about Quillfern")
rel("PROMOTED", "p_hector", V, "m37", "I told a room full of principals that Quillfern's panels are the best technology investment our campus has made in years")
rel("PROMOTED", "p_colleen", V, "m40", "I'd highly recommend SafeSign Visitor from Quillfern.")


def local(key):
    return datetime.strptime(M[key]["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def names(ids):
    return "; ".join(f"{ENT[i][1]} &lt;{ENT[i][3][0]}&gt;" for i in ids)


def own_html(key):
    m = M[key]
    parts = [f"<div>{html.escape(p, quote=False)}</div><div><br></div>" for p in m["paras"]]
    if m["sig"] and m["frm"] in SIG:
        parts.append("<div>" + "<br>".join(html.escape(s, quote=False) for s in SIG[m["frm"]]) + "</div>")
    return "".join(parts)


def own_text(key):
    m = M[key]
    out = "\r\n\r\n".join(m["paras"])
    if m["sig"] and m["frm"] in SIG:
        out += "\r\n\r\n" + "\r\n".join(SIG[m["frm"]])
    return out


def body_html(key):
    m = M[key]
    out = own_html(key)
    if m["parent"]:
        p = M[m["parent"]]
        when = local(m["parent"])
        stamp = when.strftime("%A, %B ") + str(when.day) + when.strftime(", %Y ") + when.strftime("%I:%M %p").lstrip("0")
        out += ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                f'<b>From:</b> {html.escape(ENT[p["frm"]][1], quote=False)} &lt;{ENT[p["frm"]][3][0]}&gt;<br>'
                f'<b>Sent:</b> {stamp}<br><b>To:</b> {names(p["to"])}<br>'
                + (f'<b>Cc:</b> {names(p["cc"])}<br>' if p["cc"] else "")
                + f'<b>Subject:</b> {html.escape(p["subject"], quote=False)}</font><div>&nbsp;</div></div>'
                f'<div>{body_html(m["parent"])}</div>')
    return out


def preview(key):
    return " ".join(M[key]["paras"])[:255]


def main():
    lines = []
    gold_msgs = []
    emailed = {}
    for i, key in enumerate(sorted(M, key=local)):
        m = M[key]
        sent = local(key).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        root = key
        while M[root]["parent"]:
            root = M[root]["parent"]
        if m["ctype"] == "html":
            content = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                       f'<body><div dir="ltr" style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">{body_html(key)}</div></body></html>')
        else:
            content = own_text(key)
        obj = {
            "@odata.etag": f'W/"CQAAABYAAAC{i:04d}qf"',
            "id": f"AAMkAGQ3ZTFhCQ{i:04d}AAA=",
            "createdDateTime": sent,
            "receivedDateTime": sent,
            "sentDateTime": sent,
            "hasAttachments": m["att"],
            "internetMessageId": f"<{key}.{local(key).strftime('%Y%m%d%H%M')}@{ENT[m['frm']][3][0].split('@')[1]}>",
            "subject": m["subject"],
            "bodyPreview": preview(key),
            "importance": "normal",
            "conversationId": f"AAQkAGQ3ZTFh-conv-{root}",
            "isRead": True,
            "body": {"contentType": m["ctype"], "content": content},
            "sender": who(m["frm"]),
            "from": who(m["frm"]),
            "toRecipients": [who(x) for x in m["to"]],
            "ccRecipients": [who(x) for x in m["cc"]],
            "bccRecipients": [],
            "replyTo": [],
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
        gold_msgs.append({"id": key, "sent": sent, "subject": m["subject"], "from": m["frm"], "to": m["to"], "cc": m["cc"]})
        for r in m["to"] + m["cc"]:
            emailed.setdefault((m["frm"], r), []).append(key)
    with open(os.path.join(HERE, "release.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    ents = []
    for eid, (kind, name, aliases, emails, role, aff, _mem) in ENT.items():
        e = {"id": eid, "kind": kind, "name": name, "aliases": aliases}
        if kind == "person":
            e.update(emails=emails, role=role, affiliation=aff)
        ents.append(e)
    rels = GIFTS + OTHER
    for eid, ent in ENT.items():
        if ent[0] == "person":
            rels.append({"type": "MEMBER_OF", "source": eid, "target": ent[6]})
    for (s, d), keys in sorted(emailed.items()):
        rels.append({"type": "EMAILED", "source": s, "target": d, "count": len(keys), "messages": keys})
    gold = {"entities": ents, "messages": gold_msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
