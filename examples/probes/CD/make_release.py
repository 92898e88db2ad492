#!/usr/bin/env python3
"""Write probe CD: a records-portal folder of HTML pages (one printed email a page) and its gold.

Everything is invented: the vendor (Brassveil Monitoring Inc.), the county (Colter Basin County), its
adult probation department, people, products, codes, places and addresses.
Run from this directory: python make_release.py
"""
import html
import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("America/Denver")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "release")
PRR = "PRR 25-0187"

V = "brassveil-em.com"
C = "colterbasinco.gov"

# id: (display name as printed, address, header style) ; style "lf" prints "Last, First"
P = {
    "marisol": ("Marisol Quenneville", f"mquenneville@{V}", "fl"),
    "tobias": ("Tobias Ferncastle", f"tferncastle@{V}", "fl"),
    "renata": ("Renata Solvik", f"rsolvik@{V}", "fl"),
    "gus": ("Gus Hallaway", f"ghallaway@{V}", "fl"),
    "leland": ("Leland Marchetti", f"leland.marchetti@{C}", "lf"),
    "yvonne": ("Yvonne Tasker-Blum", f"yvonne.tasker-blum@{C}", "lf"),
    "kendrick": ("Kendrick Abernath", f"kendrick.abernath@{C}", "lf"),
    "dana": ("Dana Whitcombe", f"dana.whitcombe@{C}", "lf"),
    "rafael": ("Rafael Quintanilla", f"rafael.quintanilla@{C}", "lf"),
    "noreen": ("Noreen Faulk", f"noreen.faulk@{C}", "lf"),
    "theo": ("Theo Brannigan", f"theo.brannigan@{C}", "lf"),
    "ines": ("Ines Caldwell-Park", f"ines.caldwell-park@{C}", "lf"),
    "patrice": ("Patrice Whitlow", f"patrice.whitlow@{C}", "lf"),
    "joanna": ("Joanna Pell", f"joanna.pell@{C}", "lf"),
    "celeste": ("Celeste Dunmore", "cdunmore@greybankcounty.org", "fl"),
    "jory": ("Jory Whitfield", "jwhitfield@larkspurcountyco.org", "fl"),
}


def hdr_name(pid, with_addr=True):
    name, addr, style = P[pid]
    if style == "lf":
        first, last = name.split(" ", 1)
        shown = f"{last}, {first}"
    else:
        shown = name
    return f"{shown} <{addr}>" if with_addr else shown


SIG = {
    "marisol": ["Marisol Quenneville", "Regional Account Executive, Mountain West", "Brassveil Monitoring Inc.",
                "m. (720) 555-0186 | mquenneville@brassveil-em.com"],
    "tobias": ["Tobias Ferncastle", "Vice President of Sales", "Brassveil Monitoring Inc.", "1450 Quarry Mill Road, Suite 300, Lakeport, UT 84920",
               "(385) 555-0119"],
    "renata": ["Renata Solvik", "Client Success Manager", "Brassveil Monitoring Inc.", "(385) 555-0172"],
    "gus": ["Gus Hallaway", "Field Trainer & Installation Lead", "Brassveil Monitoring Inc.", "cell (720) 555-0133"],
    "leland": ["Leland Marchetti", "Chief Probation Officer", "Colter Basin County Adult Probation Department", "(970) 555-0101"],
    "yvonne": ["Yvonne Tasker-Blum", "Deputy Chief, Adult Supervision Division", "Colter Basin County Adult Probation Department", "(970) 555-0108"],
    "kendrick": ["Kendrick Abernath", "Supervisor, High-Risk Supervision Unit", "Colter Basin County Adult Probation Department",
                 "Office (970) 555-0143 | Cell (970) 555-0144"],
    "dana": ["Dana Whitcombe", "Probation Officer II, High-Risk Supervision Unit", "Colter Basin County Adult Probation Department", "(970) 555-0147"],
    "rafael": ["Rafael Quintanilla", "Probation Officer, Adult Supervision Division", "Colter Basin County Adult Probation Department", "(970) 555-0152"],
    "noreen": ["Noreen Faulk", "Supervisor, Juvenile Services Division", "Colter Basin County Adult Probation Department", "(970) 555-0160"],
    "theo": ["Theo Brannigan", "Juvenile Probation Officer, Juvenile Services Division", "Colter Basin County Adult Probation Department", "(970) 555-0163"],
    "ines": ["Ines Caldwell-Park", "Senior Buyer", "Colter Basin County Procurement Office", "200 Courthouse Square, Room 114, Colter, CO 81299",
             "(970) 555-0120"],
    "patrice": ["Patrice Whitlow", "County Commissioner, District 2"],
    "joanna": ["Joanna Pell", "Victim Advocate Coordinator", "Colter Basin County Victim Services", "(970) 555-0175"],
    "celeste": ["Celeste Dunmore", "Field Supervisor", "Greybank County Community Corrections", "(719) 555-0130"],
    "jory": ["Jory Whitfield", "Senior Probation Officer", "Larkspur County Probation", "(719) 555-0191"],
}

MSGS = []  # each: dict(id, frm, to, cc, subj, sent(datetime), paras, sig, quote(id or None), qstyle, hstyle)


def msg(mid, frm, to, subj, when, paras, cc=(), sig=None, quote=None, qstyle="outlook", hstyle="table", addr_in_to=True, sigs=True):
    d = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    MSGS.append(dict(id=mid, frm=frm, to=list(to), cc=list(cc), subj=subj, sent=d, paras=paras,
                     sig=(SIG[frm] if sig is None else sig) if sigs else [], quote=quote, qstyle=qstyle, hstyle=hstyle,
                     addr_in_to=addr_in_to))


def outlook_time(d):
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year} {d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def short_time(d):
    return f"{d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- the release
msg("m01", "marisol", ["kendrick"], "Intro - Brassveil Monitoring / Vantrel G3", "2025-01-08 09:12", [
    "Hi Kendrick,",
    "Thanks for stopping by our table at the regional supervision conference last month. As promised, a quick note on who we are: "
    "Brassveil Monitoring builds the Vantrel G3 GPS ankle bracelet, the Vantrel ChargePak charging kit, the Kestrowe Field app for officers "
    "and Beaconward, our victim-notification service.",
    "Would your team have an hour in the next two weeks for a demo? I can bring hardware.",
    "Best,",
])
msg("m02", "kendrick", ["marisol"], "RE: Intro - Brassveil Monitoring / Vantrel G3", "2025-01-08 14:47", [
    "Marisol,",
    "Good to hear from you. Thursday 1/16 at 10:00 works for the High-Risk Supervision Unit. We meet in Conference Room B on the second floor.",
    "Thanks,",
], quote="m01")
msg("m03", "marisol", ["kendrick"], "Demo on 1/16 + loaner units", "2025-01-10 10:05", [
    "Hi Kendrick,",
    "Confirmed for Thursday. Gus Hallaway, our field trainer, will come along and leave ten Vantrel G3 loaner units with your team for a "
    "30-day pilot. The loaners remain Brassveil property and go back to us when the pilot ends; there is no charge for the pilot.",
    "See you then,",
], cc=["gus"])
msg("m04", "gus", ["dana"], "Pilot kit handoff", "2025-01-16 16:31", [
    "Dana,",
    "Thanks for hosting today. For your records: ten G3 loaners (serials VG3-40211 through VG3-40220) and one demo ChargePak, all signed "
    "out to the HRSU pilot. The Kestrowe Field app logins went to your county address.",
    "Call my cell with any strap or fit questions.",
], cc=["kendrick"])
msg("m05", "yvonne", ["marisol"], "Automatic reply: Quarterly check-in", "2025-01-21 08:02", [
    "I am out of the office through Monday, January 27, with limited access to email. For urgent supervision matters please contact "
    "the Adult Supervision Division front desk at (970) 555-0100.",
], sigs=False)
msg("m06", "marisol", ["kendrick"], "Rodeo Finals - Feb 1", "2025-01-22 11:18", [
    "Kendrick,",
    "I ended up with two seats for the Front Range Rodeo Finals on Saturday, February 1 - they go for $180 apiece at the box office, "
    "but they're yours if you'd like them. Bring whoever you want; I'll have the tickets transferred to your phone.",
    "Cheers,",
])
msg("m07", "kendrick", ["marisol"], "RE: Rodeo Finals - Feb 1", "2025-01-22 13:03", [
    "Wow - my son would lose his mind. We'll take both, thank you!",
    "K.",
], quote="m06", qstyle="onwrote", sigs=False)
msg("m08", "marisol", ["kendrick"], "Quote - Vantrel G3 program (Q-25-0117)", "2025-01-27 15:40", [
    "Kendrick,",
    "As requested, here is our quote Q-25-0117 for the county:",
    "- Vantrel G3 GPS bracelet, monitoring included: $3.85 per unit per day, 120 units",
    "- Vantrel ChargePak charging kit: $89.00 each",
    "- Kestrowe Field app: included with monitoring",
    "- Beaconward victim notification: $400 per month, optional",
    "Pricing is valid for 60 days. Happy to walk procurement through it.",
    "Regards,",
], cc=["ines"])
msg("m09", "kendrick", ["ines"], "FW: Quote - Vantrel G3 program (Q-25-0117)", "2025-01-28 09:15", [
    "Ines,",
    "FYI - see the pricing below. Can you start a requisition for the G3 program? The pilot numbers look good so far.",
    "Thanks,",
], quote="m08", qstyle="forward")
msg("m10", "tobias", ["ines"], "Golf at Ridgecrest?", "2025-01-30 10:22", [
    "Ines,",
    "Marisol tells me you're a golfer. A few of us are playing Ridgecrest Country Club on March 22 and we'd love to have you as our guest - "
    "greens fees and cart on us. No business talk, promise.",
    "Best regards,",
])
msg("m11", "ines", ["tobias"], "RE: Golf at Ridgecrest?", "2025-01-30 14:10", [
    "Tobias,",
    "That's a kind invitation, but I'll have to pass. While we have an open solicitation with Brassveil, county policy 4.12 does not allow "
    "me to accept anything of value from a vendor, including a round of golf.",
    "Regards,",
], quote="m10")
msg("m12", "kendrick", ["marisol"], "Thanks!", "2025-02-03 08:48", [
    "Marisol,",
    "The rodeo was a blast. My son hasn't stopped talking about the bull riding. Thanks again for the tickets - really generous of you.",
    "Kendrick",
], sigs=False)
msg("m13", "renata", ["rafael"], "Pilot feedback survey + thank-you", "2025-02-05 13:26", [
    "Hi Rafael,",
    "Thank you for completing our 15-minute pilot survey on the Kestrowe Field app - your notes on the check-in screen were gold.",
    "As a small thank-you, a $75 digital gift card is on its way to your inbox. It can be redeemed at most major retailers.",
    "Warmly,",
], cc=["marisol"])
msg("m14", "rafael", ["renata"], "RE: Pilot feedback survey + thank-you", "2025-02-05 15:02", [
    "Got it this afternoon - appreciate it, Renata!",
], quote="m13")
msg("m15", "gus", ["theo"], "Kestrowe app training - Juvenile", "2025-02-07 11:55", [
    "Theo,",
    "Locking in Thursday, February 13 at 10 AM for the Kestrowe Field app walkthrough with your juvenile officers. Plan on 90 minutes.",
    "Afterwards I'll buy you lunch - there's a taqueria on Pike Street I keep hearing about.",
])
msg("m16", "theo", ["gus"], "RE: Kestrowe app training - Juvenile", "2025-02-13 17:10", [
    "Gus,",
    "Thanks for the session this morning - the team picked it up fast. And thanks for picking up lunch; the carnitas lived up to the hype.",
    "Theo",
], quote="m15", sigs=False)
msg("m17", "kendrick", ["dana", "rafael"], "HRSU staff meeting moved to 2/19", "2025-02-14 09:30", [
    "All,",
    "Our staff meeting is moving from Tuesday to Wednesday 2/19 at 8:30 in Room B. Please bring your pilot caseload numbers.",
], cc=["yvonne"])
msg("m18", "dana", ["gus"], "Returning pilot loaners", "2025-02-18 10:47", [
    "Hi Gus,",
    "The pilot wrapped on Friday. We've boxed up all ten loaner G3 bracelets and they go back to you by courier today, tracking number "
    "1Z-CB-88410. The demo ChargePak is still here - let me know where you'd like it sent.",
    "Thanks,",
], cc=["kendrick"])
msg("m19", "marisol", ["dana"], "RE: Returning pilot loaners", "2025-02-18 13:15", [
    "Thanks, Dana - got the tracking number.",
    "Don't bother sending the ChargePak back. Hang onto it - it's yours to keep after all the feedback you gave us.",
    "Best,",
], cc=["gus"], quote="m18")
msg("m20", "tobias", ["leland"], "Brassveil Client Summit - Tellurian Springs, April 3-5", "2025-02-20 16:05", [
    "Chief Marchetti,",
    "We would be honored to host you at our annual Client Summit at the Lakehaven Resort in Tellurian Springs, April 3-5. "
    "Brassveil will take care of your airfare and three nights at the resort - roughly $1,900 all in - so there's nothing for the county to budget.",
    "You'd be among a dozen agency leaders. I do hope you can join us.",
    "Sincerely,",
])
msg("m21", "leland", ["tobias"], "RE: Brassveil Client Summit - Tellurian Springs, April 3-5", "2025-02-21 09:02", [
    "Tobias,",
    "Thank you for the generous invitation. Count me in; my assistant will send you my travel details.",
    "Leland Marchetti",
], quote="m20", sigs=False)
msg("m22", "renata", ["kendrick", "dana", "noreen"], "Brassveil Dispatch - February", "2025-02-24 14:20", [
    "BRASSVEIL DISPATCH - February",
    "Firmware 4.2 for the Vantrel G3 is rolling out this week: longer battery life in cold weather and a faster strap-tamper alert.",
    "Webinar: Beaconward for victim advocates, March 12 at 11 AM Mountain.",
    "Spring offer: any agency can use promo code SPRINGTRAK for 5% off ChargePak orders placed through April 30.",
    "Refer-a-Colleague: every Brassveil customer now has a personal referral code. When another agency signs up with your code, "
    "they receive 10% off their first order and you receive a service credit.",
    "You are receiving this because you are a Brassveil customer contact.",
], sigs=False, hstyle="lines")
msg("m23", "kendrick", ["celeste"], "Bracelets", "2025-02-26 10:14", [
    "Celeste,",
    "You asked at the conference what we're using. We went with Brassveil's Vantrel G3, and honestly it's the best bracelet I've worked "
    "with in fourteen years - the battery lasts, the straps don't fail, and the alerts come through clean. I'd recommend it without hesitation.",
    "If you call them, give them my referral code KDA-7731 and Greybank gets 10% off your first order. Ask for Marisol Quenneville.",
    "Take care,",
])
msg("m24", "celeste", ["kendrick"], "RE: Bracelets", "2025-02-26 15:33", [
    "Thanks Kendrick! Very helpful. I'll reach out to Marisol this week.",
    "Celeste",
], quote="m23", sigs=False)
msg("m25", "ines", ["marisol"], "PO 25-00912 - Brassveil Monitoring", "2025-03-04 11:09", [
    "Marisol,",
    "Attached is purchase order 25-00912 for 40 Vantrel ChargePak kits at $89.00 each ($3,560.00) and 120 Vantrel G3 units at the daily "
    "rate in quote Q-25-0117. Please invoice against the PO number; invoices go to ap@colterbasinco.gov.",
    "Regards,",
], cc=["kendrick"])
msg("m26", "tobias", ["kendrick"], "Extra G3 units for HRSU", "2025-03-06 16:48", [
    "Kendrick,",
    "Brassveil would like to donate fifteen additional Vantrel G3 bracelets to the High-Risk Supervision Unit as spares. There is no invoice "
    "and no PO needed for these - they're a gift from us, about $6,375 at list price.",
    "Gus will drop them off Monday.",
    "Best regards,",
], cc=["marisol"])
msg("m27", "kendrick", ["tobias"], "RE: Extra G3 units for HRSU", "2025-03-10 08:21", [
    "Tobias,",
    "The fifteen spares arrived this morning. Much appreciated - the unit can finally stop juggling charge cycles.",
    "Kendrick",
], cc=["marisol"], quote="m26", sigs=False)
msg("m28", "noreen", ["renata"], "Dashboard outage fixed - thank you", "2025-03-11 09:37", [
    "Renata,",
    "Thanks for jumping on the dashboard outage last night. Everything is showing correctly again this morning. Good customer service.",
    "Noreen",
], sigs=False)
msg("m29", "renata", ["noreen"], "Something for you", "2025-03-12 14:14", [
    "Hi Noreen,",
    "I'm sorry again about the outage. I've had a gift basket sent to your attention - local honey, coffee and chocolate, about $150 worth. "
    "Please enjoy it; you've been so patient with us.",
    "Warmly,",
])
msg("m30", "noreen", ["renata"], "RE: Something for you", "2025-03-13 10:02", [
    "Renata, that's so kind of you. The basket came this morning - thank you!",
], quote="m29")
msg("m31", "marisol", ["noreen", "theo"], "Fleece jackets for Juvenile Services", "2025-03-17 13:45", [
    "Noreen and Theo,",
    "Brassveil is sending the Juvenile Services Division forty of our quarter-zip fleece jackets - on us, as a thank-you for piloting the "
    "app with your officers. They should arrive by Friday. Sizes are a mix of M, L and XL.",
    "Best,",
])
msg("m32", "marisol", ["yvonne"], "Dinner Tuesday?", "2025-03-20 18:12", [
    "Yvonne,",
    "Let me take you to dinner at Ember & Oak next Tuesday to talk through the Beaconward rollout - my treat. 6:30?",
    "Marisol",
], sigs=False)
msg("m33", "yvonne", ["marisol"], "RE: Dinner Tuesday?", "2025-03-26 09:05", [
    "Marisol,",
    "Thank you for dinner last night - the trout was superb and the rollout plan is much clearer now.",
    "Yvonne",
], quote="m32", sigs=False)
msg("m34", "tobias", ["yvonne"], "Training day breakfast", "2025-03-27 11:40", [
    "Yvonne,",
    "For the Adult Supervision Division's training day on April 8, Brassveil will cover breakfast for all 30 officers. "
    "The caterer quoted us about $540; the bill comes to us, not the county.",
    "Best regards,",
], cc=["rafael"])
msg("m35", "leland", ["patrice"], "Memo: Electronic monitoring contract renewal", "2025-03-31 15:15", [
    "Commissioner Whitlow,",
    "Ahead of the April 14 board session, I recommend that the Board renew our electronic monitoring agreement with Brassveil Monitoring. "
    "Over the pilot and the first quarter they have been a responsive and reliable partner, and our officers trust the equipment.",
    "I am happy to answer questions at the session.",
    "Respectfully,",
], cc=["ines", "yvonne"], hstyle="lines")
msg("m36", "dana", ["jory"], "App rec", "2025-04-02 10:30", [
    "Hi Jory,",
    "Good seeing you at the academy refresher. You asked about supervision apps: the Kestrowe Field app is the one I'd pick. Check-ins, "
    "geofences and alerts all on your phone, and it actually works in the canyons.",
    "If Larkspur signs up with Brassveil, use my code DW-REF-0419 and your agency gets 10% off.",
    "Dana",
], sigs=False)
msg("m37", "renata", ["dana"], "Testimonial for our site?", "2025-04-07 14:55", [
    "Hi Dana,",
    "Would you be willing to give us a sentence or two about the Kestrowe Field app for our website? Totally fine to say no.",
    "Warmly,",
])
msg("m38", "dana", ["renata"], "RE: Testimonial for our site?", "2025-04-08 09:48", [
    "Renata,",
    "Happy to. You can use this: \"Kestrowe Field changed how our unit supervises high-risk clients. I'd recommend it to any probation officer.\" "
    "- Dana Whitcombe, Colter Basin County",
    "Dana",
], quote="m37", sigs=False)
msg("m39", "yvonne", ["joanna"], "Beaconward for your advocates", "2025-04-10 08:30", [
    "Joanna,",
    "Now that Beaconward is live for our GPS caseload, I'd strongly encourage your advocates to enroll victims in it. It's the best "
    "notification tool we've seen - alerts reach the victim's phone within a minute of a zone breach.",
    "Let me know if your team wants a walkthrough.",
    "Yvonne",
], sigs=False)
msg("m40", "tobias", ["leland"], "Summit follow-up", "2025-04-14 16:22", [
    "Chief,",
    "It was great having you with us in Tellurian Springs. I hope the trip was worth the time away, and thank you for the candid "
    "feedback during the panel.",
    "Sincerely,",
])
msg("m41", "ines", ["marisol", "kendrick"], "Quarterly vendor review - calendar hold", "2025-04-16 13:00", [
    "Hello both,",
    "Holding Tuesday, May 6 from 2:00 to 3:00 PM for the quarterly vendor review in Room 114. Agenda to follow.",
    "Ines",
], sigs=False)

BYID = {m["id"]: m for m in MSGS}


# ---------------------------------------------------------------- HTML
def esc(s):
    return html.escape(s, quote=False)


def header_rows(m):
    rows = [("From:", hdr_name(m["frm"])), ("Sent:", outlook_time(m["sent"])),
            ("To:", "; ".join(hdr_name(p, m["addr_in_to"]) for p in m["to"]))]
    if m["cc"]:
        rows.append(("Cc:", "; ".join(hdr_name(p, m["addr_in_to"]) for p in m["cc"])))
    rows.append(("Subject:", m["subj"]))
    return rows


def quoted_html(q, style):
    out = []
    if style == "onwrote":
        name, addr, _ = P[q["frm"]]
        out.append(f"<p>On {esc(short_time(q['sent']))}, {esc(name)} &lt;{esc(addr)}&gt; wrote:</p>")
        out.append("<blockquote>")
        out += [f"<p>{esc(x)}</p>" for x in q["paras"]]
        if q["sig"]:
            out.append("<p>" + "<br>".join(esc(x) for x in q["sig"]) + "</p>")
        out.append("</blockquote>")
        return out
    if style == "forward":
        out.append("<p>-----Original Message-----</p>")
    else:
        out.append("<hr>")
    lines = [f"<b>{k}</b> {esc(v)}" for k, v in header_rows(q)]
    out.append("<p>" + "<br>".join(lines) + "</p>")
    out += [f"<p>{esc(x)}</p>" for x in q["paras"]]
    if q["sig"]:
        out.append("<p>" + "<br>".join(esc(x) for x in q["sig"]) + "</p>")
    if q["quote"]:
        out += quoted_html(BYID[q["quote"]], q["qstyle"] if q["qstyle"] != "onwrote" else "outlook")
    return out


def page(m, n, total):
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{PRR} - Colter Basin County Adult Probation - Page {n} of {total}</title>",
           "<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt} table.hdr th{text-align:left;padding-right:12px}"
           " .footer{margin-top:24px;border-top:1px solid #999;font-size:9pt;color:#555}</style>",
           "</head>", "<body>",
           f"<div class=\"banner\">Colter Basin County Adult Probation Department &mdash; Public Records Response {PRR}</div>",
           "<div class=\"printed-email\">"]
    if m["hstyle"] == "table":
        out.append("<table class=\"hdr\">")
        for k, v in header_rows(m):
            out.append(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>")
        out.append("</table>")
    else:
        out.append("<div class=\"hdr\">")
        for k, v in header_rows(m):
            out.append(f"<p><strong>{k}</strong> {esc(v)}</p>")
        out.append("</div>")
    out.append("<div class=\"body\">")
    out += [f"<p>{esc(x)}</p>" for x in m["paras"]]
    if m["sig"]:
        out.append("<p>" + "<br>".join(esc(x) for x in m["sig"]) + "</p>")
    if m["quote"]:
        out += quoted_html(BYID[m["quote"]], m["qstyle"])
    out.append("</div>")
    out.append("</div>")
    out.append(f"<div class=\"footer\">{PRR} &middot; Responsive records, produced {PRODUCED} &middot; Page {n} of {total}</div>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


PRODUCED = "May 19, 2025"

# ---------------------------------------------------------------- gold
ORG = "org_brassveil"
AG = "org_cbapd"
PROC = "org_procurement"
ENT = [
    dict(id=ORG, kind="organization", name="Brassveil Monitoring Inc.", aliases=["Brassveil Monitoring", "Brassveil"]),
    dict(id=AG, kind="organization", name="Colter Basin County Adult Probation Department",
         aliases=["Colter Basin County Adult Probation", "Adult Probation Department"]),
    dict(id=PROC, kind="organization", name="Colter Basin County Procurement Office", aliases=["Procurement Office"]),
    dict(id="org_greybank", kind="organization", name="Greybank County Community Corrections", aliases=["Greybank"]),
    dict(id="org_larkspur", kind="organization", name="Larkspur County Probation", aliases=["Larkspur"]),
    dict(id="org_victims", kind="organization", name="Colter Basin County Victim Services", aliases=[]),
    dict(id="div_adult", kind="division", name="Adult Supervision Division", aliases=[]),
    dict(id="div_juv", kind="division", name="Juvenile Services Division", aliases=["Juvenile Services"]),
    dict(id="div_hrsu", kind="division", name="High-Risk Supervision Unit", aliases=["HRSU"]),
    dict(id="prod_g3", kind="product", name="Vantrel G3", aliases=["G3", "Vantrel G3 GPS ankle bracelet"]),
    dict(id="prod_chargepak", kind="product", name="Vantrel ChargePak", aliases=["ChargePak"]),
    dict(id="prod_kestrowe", kind="product", name="Kestrowe Field app", aliases=["Kestrowe Field", "Kestrowe"]),
    dict(id="prod_beaconward", kind="product", name="Beaconward", aliases=[]),
    dict(id="code_kda", kind="code", name="KDA-7731", aliases=[]),
    dict(id="code_dw", kind="code", name="DW-REF-0419", aliases=[]),
    dict(id="code_spring", kind="code", name="SPRINGTRAK", aliases=[]),
]
AFF = {"marisol": ORG, "tobias": ORG, "renata": ORG, "gus": ORG, "leland": AG, "yvonne": AG, "kendrick": AG, "dana": AG,
       "rafael": AG, "noreen": AG, "theo": AG, "ines": PROC, "patrice": None, "joanna": "org_victims",
       "celeste": "org_greybank", "jory": "org_larkspur"}
UNIT = {"yvonne": "div_adult", "kendrick": "div_hrsu", "dana": "div_hrsu", "rafael": "div_adult", "noreen": "div_juv", "theo": "div_juv"}
for pid, (name, addr, _) in P.items():
    role = "vendor_employee" if AFF[pid] == ORG else ("officer" if AFF[pid] in (AG, PROC) else "other")
    e = dict(id=f"p_{pid}", kind="person", name=name, aliases=[], emails=[addr], role=role)
    if AFF[pid]:
        e["affiliation"] = AFF[pid]
    ENT.append(e)


def quote_of(mid, needle):
    m = BYID[mid]
    for x in m["paras"]:
        if needle in x:
            return needle
    raise SystemExit(f"quote not in {mid}: {needle}")


def rel(t, s, d, evid, value=None, items=None):
    r = dict(type=t, source=s, target=d, messages=[m for m, _ in evid],
             evidence=[dict(message=m, quote=quote_of(m, q)) for m, q in evid])
    if t == "GIFT":
        r["value_usd"] = value
        r["items"] = items or []
    return r


REL = [
    # GIFT
    rel("GIFT", "p_marisol", "p_kendrick", [("m06", "two seats for the Front Range Rodeo Finals"),
                                             ("m12", "Thanks again for the tickets")], 360),
    rel("GIFT", ORG, "div_hrsu", [("m26", "Brassveil would like to donate fifteen additional Vantrel G3 bracelets to the High-Risk Supervision Unit"),
                                  ("m27", "The fifteen spares arrived this morning")], 6375, [dict(product="prod_g3", quantity=15)]),
    rel("GIFT", "p_marisol", "p_dana", [("m19", "Hang onto it - it's yours to keep")], None, [dict(product="prod_chargepak", quantity=1)]),
    rel("GIFT", "p_tobias", "p_leland", [("m20", "Brassveil will take care of your airfare and three nights at the resort"),
                                         ("m40", "It was great having you with us in Tellurian Springs")], 1900),
    rel("GIFT", "p_renata", "p_rafael", [("m13", "a $75 digital gift card is on its way to your inbox")], 75),
    rel("GIFT", "p_gus", "p_theo", [("m15", "I'll buy you lunch"), ("m16", "thanks for picking up lunch")], None),
    rel("GIFT", "p_renata", "p_noreen", [("m29", "I've had a gift basket sent to your attention"),
                                         ("m30", "The basket came this morning - thank you!")], 150),
    rel("GIFT", ORG, "div_juv", [("m31", "Brassveil is sending the Juvenile Services Division forty of our quarter-zip fleece jackets")], None),
    rel("GIFT", "p_marisol", "p_yvonne", [("m32", "Let me take you to dinner at Ember & Oak"), ("m33", "Thank you for dinner last night")], None),
    rel("GIFT", ORG, "div_adult", [("m34", "Brassveil will cover breakfast for all 30 officers")], 540),
    # REFERRAL
    rel("REFERRAL", "p_kendrick", ORG, [("m23", "give them my referral code KDA-7731")]),
    rel("REFERRAL", "p_dana", ORG, [("m36", "use my code DW-REF-0419")]),
    # PROMOTED
    rel("PROMOTED", "p_kendrick", "prod_g3", [("m23", "it's the best bracelet I've worked with in fourteen years")]),
    rel("PROMOTED", "p_leland", ORG, [("m35", "I recommend that the Board renew our electronic monitoring agreement with Brassveil Monitoring")]),
    rel("PROMOTED", "p_dana", "prod_kestrowe", [("m36", "the Kestrowe Field app is the one I'd pick"),
                                                ("m38", "I'd recommend it to any probation officer")]),
    rel("PROMOTED", "p_yvonne", "prod_beaconward", [("m39", "I'd strongly encourage your advocates to enroll victims in it")]),
]
for pid in P:
    if AFF[pid]:
        REL.append(dict(type="MEMBER_OF", source=f"p_{pid}", target=AFF[pid], messages=[], evidence=[]))
    if pid in UNIT:
        REL.append(dict(type="MEMBER_OF", source=f"p_{pid}", target=UNIT[pid], messages=[], evidence=[]))
emailed = {}
for m in MSGS:
    for r in m["to"] + m["cc"]:
        emailed.setdefault((m["frm"], r), []).append(m["id"])
for (s, d), ids in emailed.items():
    REL.append(dict(type="EMAILED", source=f"p_{s}", target=f"p_{d}", count=len(ids), messages=ids, evidence=[]))

GOLD = dict(
    entities=ENT,
    messages=[dict(id=m["id"], sent=m["sent"].isoformat(), subject=m["subj"], sender=f"p_{m['frm']}",
                   to=[f"p_{x}" for x in m["to"]], cc=[f"p_{x}" for x in m["cc"]]) for m in MSGS],
    relations=REL,
)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    total = len(MSGS)
    for n, m in enumerate(MSGS, 1):
        with open(os.path.join(OUT, f"PRR25-0187_p{n:03d}.html"), "w", encoding="utf-8") as fh:
            fh.write(page(m, n, total))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(GOLD, fh, indent=1)
        fh.write("\n")
    print(f"{total} pages, {len(ENT)} entities, {len(REL)} relations")


if __name__ == "__main__":
    main()
