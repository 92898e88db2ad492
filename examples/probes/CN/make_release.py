"""Build probe CN: printed Gmail conversations (Google Workspace print view) as one PDF, and its gold.

Run with a Python that has reportlab:  /tmp/rl-venv/bin/python make_release.py
Everything here is invented.
"""
import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("America/Boise")
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
P = {
    # vendor
    "dacey": ("Dacey Pellham", "dacey@tallowcrestfire.com"),
    "rory": ("Rory Vanstoke", "rory@tallowcrestfire.com"),
    "mirela": ("Mirela Oakhurst", "mirela@tallowcrestfire.com"),
    "lainey": ("Lainey Quist", "lainey@tallowcrestfire.com"),
    # agency
    "hollis": ("Hollis Brandvold", "hbrandvold@calderforestry.gov"),
    "marguerite": ("Marguerite Olander", "molander@calderforestry.gov"),
    "tova": ("Tova Ellingsrud", "tellingsrud@calderforestry.gov"),
    "pell": ("Pell Dunmore", "pdunmore@calderforestry.gov"),
    "cass": ("Cass Whitlow", "cwhitlow@calderforestry.gov"),
    "jonah": ("Jonah Kettleman", "jkettleman@calderforestry.gov"),
    "odell": ("Odell Farrington", "ofarrington@calderforestry.gov"),
    # third parties
    "ansel": ("Ansel Markward", "chief.markward@tamarackfire.org"),
    "delphine": ("Delphine Korsgaard", "dkorsgaard@quillvalleyvfa.org"),
    "gordie": ("Gordie Blaylock", "gordie@srfca.org"),
}

SIG = {
    "dacey": "Dacey Pellham | Regional Sales Manager\nTallowcrest Fire Equipment, LLC\n2280 Cordwood Spur Rd, Larch Bench\nc. (555) 013-4471",
    "rory": "Rory Vanstoke\nTerritory Account Rep\nTallowcrest Fire Equipment, LLC\n(555) 013-4486 cell",
    "mirela": "Mirela Oakhurst\nDrone Program Coordinator\nTallowcrest Fire Equipment, LLC\n(555) 013-4402",
    "lainey": "Lainey Quist\nContracts & Billing Specialist\nTallowcrest Fire Equipment, LLC\n(555) 013-4410",
    "hollis": "Hollis Brandvold\nFire Management Officer\nFire Protection Division | Calder Department of Forestry\n(555) 014-2290",
    "marguerite": "Marguerite Olander\nState Forester\nCalder Department of Forestry\n(555) 014-2001",
    "tova": "Tova Ellingsrud\nDistrict Ranger, Moss Creek District\nCalder Department of Forestry\n(555) 014-3312",
    "pell": "Pell Dunmore\nDistrict Ranger - Ashby Ridge District\n(555) 014-3390",
    "cass": "Cass Whitlow\nDispatch Center Manager\nBitterbrush Dispatch Center\nCalder Department of Forestry\n24 hr: (555) 014-5500",
    "jonah": "Jonah Kettleman\nCrew Superintendent, Granite Fork Hand Crew\nCalder Department of Forestry\n(555) 014-6178",
    "odell": "Odell Farrington\nProcurement Officer\nBusiness Services Bureau\nCalder Department of Forestry\n(555) 014-2145",
    "ansel": "Ansel Markward\nFire Chief\nTamarack County Fire District\n(555) 016-0911",
    "delphine": "Delphine Korsgaard\nPresident, Quill Valley Volunteer Fire Association\n(555) 017-2203",
}
IPHONE = "Sent from my iPhone"


def who(k):
    n, a = P[k]
    return f"{n} <{a}>"


def t(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def gdate(d):
    h = d.hour % 12 or 12
    return f"{d:%a}, {d:%b} {d.day}, {d.year} at {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- threads
# each message: id, from, to, cc, time, body, quote (None | "hidden" | id of the message quoted), subject
THREADS = []


def thread(subject, printer, msgs):
    THREADS.append({"subject": subject, "printer": printer, "msgs": msgs})


def m(mid, frm, to, cc, when, body, quote=None, subject=None, to_plain=False):
    return {"id": mid, "from": frm, "to": to, "cc": cc, "time": t(when), "body": body, "quote": quote,
            "subject": subject, "to_plain": to_plain}


thread("Intro - Tallowcrest / 2026 season", "hollis", [
    m("m01", "dacey", ["hollis"], ["rory"], "2026-02-03 10:12", f"""Hi Hollis,

Dacey Pellham here with Tallowcrest -- I took over the Calder territory from Burt when he retired in
December, so you're stuck with me now (kidding, mostly!). Rory Vanstoke, cc'd, is still your guy for
day-to-day stuff and anything that has to get driven out to a district.

Quick rundown of what we're carrying for the 2026 season:
- Basinfold 1800 portable water tanks (the new frame, sets up in under five minutes)
- Hearthwall FS-2 fire shelters, current spec
- HeatLedger, our drone thermal-mapping service, flown on the Skelmir K4
- Pyrobar LC-90 retardant, bulk or tote

Also, our spring sale is live: SPRINGBURN15 takes 15% off anything on the website through April 30.
Anybody can use it, so pass it around!

Would love to grab 20 minutes before things get crazy. Let me know what works.

Cheers,
{SIG['dacey']}"""),
    m("m02", "hollis", ["dacey"], [], "2026-02-03 16:47", f"""thx. send the shelter quote to odell farrington in business services, he runs the buy.
fyi we're looking at 40 shelters for the crews. call next wk maybe

{IPHONE}""", quote="m01", subject="Re: Intro - Tallowcrest / 2026 season"),
])

thread("Quote Q-26-0118 - Hearthwall FS-2 shelters", "hollis", [
    m("m03", "rory", ["odell"], ["hollis"], "2026-02-05 09:20", f"""Good morning Mr. Farrington,

Per Hollis, here is our quote Q-26-0118 for the shelters:

  40 x Hearthwall FS-2 fire shelter (regular) @ $415.00 = $16,600.00
  Freight to Larch Bench warehouse: included

Quote is good for 30 days. Lead time is about 3 weeks after PO. Holler with any questions.

Thanks,
{SIG['rory']}"""),
    m("m04", "odell", ["rory"], ["hollis"], "2026-02-05 14:02", f"""Rory,

Received, thank you. I'll route it for approval and get back to you with a PO.

{SIG['odell']}""", quote="hidden", subject="Re: Quote Q-26-0118 - Hearthwall FS-2 shelters"),
])

thread("PO 26-4471 Pyrobar LC-90 supply", "hollis", [
    m("m05", "odell", ["lainey"], ["hollis", "dacey"], "2026-02-12 11:05", f"""Ms. Quist,

Attached is purchase order 26-4471 for the Pyrobar LC-90 retardant supply contract: 18,000 gallons
at $2.70/gal, total $48,600.00, deliveries to the Larch Bench and Moss Creek tanker bases on call.
Please reference the PO number on every invoice.

Regards,
{SIG['odell']}"""),
    m("m06", "lainey", ["odell"], ["hollis", "dacey"], "2026-02-13 08:31", f"""Hi Odell,

Got it, thanks so much! Invoice INV-30982 will go out with the first delivery, net 30, and it
will carry PO 26-4471.

Best,
{SIG['lainey']}""", quote="m05", subject="Re: PO 26-4471 Pyrobar LC-90 supply"),
])

thread("tank trial - granite fork", "jonah", [
    m("m07", "rory", ["jonah"], [], "2026-02-17 13:15", f"""Hey Jonah!

Dropped the Basinfold 1800 off at the crew barn this morning for your guys to trial -- it's a
loaner, so beat it up and tell me what breaks. I'll swing by for it in a few weeks.

Oh and Dacey asked me to tell you she's shipping a case of Nightjar HL-400 headlamps out for the
crew. On the house, no strings -- she said your folks were still running the old AA ones last summer
and it made her sad, lol.

Rory

{SIG['rory']}"""),
    m("m08", "jonah", ["rory"], [], "2026-02-17 18:52", f"""np. headlamps will get used, thx. tank goes on the buggy tmrw

{IPHONE}""", quote="hidden", subject="Re: tank trial - granite fork"),
])

thread("headlamps on the way!", "jonah", [
    m("m09", "dacey", ["jonah"], [], "2026-02-23 06:58", f"""Morning Jonah,

The case of 24 Nightjar HL-400s left our warehouse today, UPS ground to the crew barn. No charge at
all -- think of it as a thank-you for putting the Basinfold through its paces. Let me know if
anybody wants the red-light filters too.

Dacey
{SIG['dacey']}"""),
    m("m10", "jonah", ["dacey"], [], "2026-02-23 06:59", """I'm at the crew boss refresher through Friday 2/27 with spotty cell coverage. For anything urgent
please call Bitterbrush Dispatch at (555) 014-5500. I'll reply when I'm back.

Jonah Kettleman
Granite Fork Hand Crew""", subject="Out of office: headlamps on the way!"),
])

thread("A little something for Bitterbrush dispatch", "cass", [
    m("m11", "mirela", ["cass"], [], "2026-03-02 10:40", f"""Hi Cass!

Hope the new console setup is treating you well. I just wanted to say THANK YOU -- your team was
amazing coordinating the airspace for our HeatLedger test flight last week. I've popped six $50
coffee gift cards in the mail for the dispatch folks. Enjoy, you earned it!

Warmly,
{SIG['mirela']}"""),
    m("m12", "cass", ["mirela"], [], "2026-03-02 11:58", """that's really nice of you, thx mirela. they'll go in the break room jar

cw""", quote="m11", subject="Re: A little something for Bitterbrush dispatch"),
])

thread("Fwd: A little something for Bitterbrush dispatch", "hollis", [
    m("m13", "cass", ["hollis"], [], "2026-03-02 12:05", """fyi - ok to keep these? cw""", quote="fwd:m11",
      subject="Fwd: A little something for Bitterbrush dispatch"),
    m("m14", "hollis", ["cass"], [], "2026-03-02 12:31", f"""fine, under the $50 limit each. put it on the log. hb

{IPHONE}""", quote="hidden", subject="Re: Fwd: A little something for Bitterbrush dispatch"),
])

thread("HeatLedger demo flight - Moss Creek", "tova", [
    m("m15", "mirela", ["tova"], [], "2026-03-04 08:15", f"""Hi Tova,

Great talking yesterday! The demo flight over the Sugarloaf burn scar is set for Monday 3/9, weather
permitting. A HeatLedger flight normally runs $1,150, but this first one is on us -- no invoice, no
PO, nothing. We'll deliver the GeoPDF and KMZ within two hours of landing.

Mirela
{SIG['mirela']}"""),
    m("m16", "tova", ["mirela"], ["cass"], "2026-03-04 09:02", """works. coordinate w bitterbrush for the airspace. thx""", quote="hidden",
      subject="Re: HeatLedger demo flight - Moss Creek"),
    m("m17", "tova", ["mirela"], [], "2026-03-10 17:30", f"""flight was great. maps already in the IAP. thx

{IPHONE}""", quote="hidden", subject="Re: HeatLedger demo flight - Moss Creek"),
])

thread("drones for granite fork", "jonah", [
    m("m18", "rory", ["jonah"], ["hollis"], "2026-03-16 14:25", f"""Jonah,

The two Skelmir K4s I brought out for the pre-season burn -- go ahead and keep them with the crew
for the season. They're about $2,400 apiece new, but don't worry about sending them back in the fall,
or at all honestly. Just have the guys keep the batteries charged.

Rory
{SIG['rory']}"""),
    m("m19", "jonah", ["rory"], ["hollis"], "2026-03-16 15:03", f"""sweet. theyll get used. thx

{IPHONE}""", quote="m18", subject="Re: drones for granite fork"),
    m("m20", "hollis", ["jonah"], [], "2026-03-17 08:40", """jonah - fine for now. log them on the crew property sheet as vendor-owned. hb""", quote="hidden",
      subject="Re: drones for granite fork"),
])

thread("tanks for ashby ridge", "tova", [
    m("m21", "tova", ["pell"], ["hollis"], "2026-03-12 19:48", """pell - you asked about tanks at the rangers mtg. we've had the basinfold 1800s out since feb, zero leaks,
set up in 4 min w 2 people. i'd recommend them for ashby ridge, best folding tank we've run. contact is
rory vanstoke at tallowcrest. - t

Tova Ellingsrud
District Ranger, Moss Creek District"""),
    m("m22", "pell", ["tova"], [], "2026-03-13 06:10", f"""good to know. will call him. thx

{SIG['pell']}""", quote="hidden", subject="Re: tanks for ashby ridge"),
])

thread("loaner K4 - dispatch", "cass", [
    m("m23", "mirela", ["cass"], [], "2026-03-24 13:10", f"""Hi Cass,

Just checking in -- the loaner Skelmir K4 we left with you for the console demo, could we grab it
back by the 31st? We've got it booked for a demo in another state.

Thanks!
Mirela"""),
    m("m24", "cass", ["mirela"], [], "2026-03-25 07:30", f"""shipped it back to you ups yesterday, tracking 1Z 88F 204 03 5518 2270. thx

{SIG['cass']}""", quote="hidden",
      subject="Re: loaner K4 - dispatch"),
])

thread("for you", "jonah", [
    m("m25", "rory", ["jonah"], [], "2026-03-30 18:45", f"""Jonah -- I left a Skelmir Mini on your truck seat. That one's for you, not the crew, for scouting
elk this fall. They retail around $380. Don't tell Dacey I spoil you.

Rory"""),
    m("m26", "jonah", ["rory"], [], "2026-03-30 19:22", f"""ha. thx man

{IPHONE}""", quote="m25", subject="Re: for you"),
])

thread("Ridgeline Report - April 2026", "hollis", [
    m("m27", "gordie", ["hollis"], [], "2026-04-01 06:00", """THE RIDGELINE REPORT
Southern Ridges Fire Chiefs Association | April 2026

IN THIS ISSUE
- Spring meeting: April 23, Tamarack County Fire District Station 1, 1900 hrs
- S-290 and S-230 course dates
- From the Chief's Desk: Chief Ansel Markward

FROM THE CHIEF'S DESK
by Chief Ansel Markward, Tamarack County Fire District

Last season we went with Tallowcrest Fire Equipment for our portable tanks and their drone mapping,
and I can't say enough good things about them. The tanks held up through three extended attack
incidents and the thermal maps found two spots our engines walked right past. If your department is
shopping this spring, give them a call -- tell them Tamarack sent you and use my code TAMFIRE-88 for
a discount on your first order.

COURSE DATES
S-290 Intermediate Wildland Fire Behavior: May 4-8, Larch Bench
S-230 Crew Boss: May 11-14, Moss Creek

Dues reminder: 2026 dues are $75 per department, payable to the treasurer.

You are receiving this because you are a member of the Southern Ridges Fire Chiefs Association.
Unsubscribe | Update your preferences

Gordie Blaylock
Editor, The Ridgeline Report"""),
])

thread("North Fork weekend", "hollis", [
    m("m28", "dacey", ["hollis"], [], "2026-04-06 15:33", f"""Hollis!!

Ok so hear me out. We've got the lodge up on the North Fork booked the weekend of May 15-17 for a
handful of our best customers -- elk calling clinic, the guides, meals, the works. You and Karen are
welcome to come as our guests. The whole thing is covered, it comes to about $1,850 for the two nights
with the guides, and you don't have to bring a thing but boots.

Just say the word and I'll hold a cabin!

Dacey
{SIG['dacey']}"""),
    m("m29", "hollis", ["dacey"], [], "2026-04-06 21:12", f"""we're in. thx dacey

{IPHONE}""", quote="m28", subject="Re: North Fork weekend"),
    m("m30", "hollis", ["dacey"], [], "2026-05-18 07:44", """great weekend, thx again. karen says hi. hb""", quote="hidden", subject="Re: North Fork weekend"),
])

thread("Intermountain Wildland Expo - suite invitation", "hollis", [
    m("m31", "dacey", ["marguerite"], ["hollis"], "2026-04-08 10:05", f"""Dear Forester Olander,

On behalf of everyone at Tallowcrest, we would be honored to host you in our suite at the
Intermountain Wildland Expo this June. We'd take care of your flights and hotel for the three days,
and there's a great dinner Thursday night with a few other state foresters.

Hope you can make it!

Warm regards,
{SIG['dacey']}"""),
    m("m32", "marguerite", ["dacey"], ["hollis"], "2026-04-08 13:44", f"""Ms. Pellham,

Thank you for the kind invitation. Under the Department's ethics policy I am not able to accept
travel or hospitality from a current vendor, so I must respectfully decline. Our staff will see you
on the expo floor.

{SIG['marguerite']}""", quote="m31", subject="Re: Intermountain Wildland Expo - suite invitation"),
])

thread("rx burn camp - meals", "jonah", [
    m("m33", "jonah", ["hollis"], [], "2026-04-20 21:47", f"""fyi tallowcrest picked up the crew's meals at the rattlesnake gulch rx camp sat and sun, ~$640 total.
didnt ask, their rep just paid the caterer before we could. lmk if thats a problem. -jk

{IPHONE}"""),
    m("m34", "hollis", ["jonah"], [], "2026-04-21 06:15", """ok. note it on the ethics log. hb""", quote="m33", subject="Re: rx burn camp - meals"),
])

thread("Trailer for Quill Valley VFA", "hollis", [
    m("m35", "dacey", ["delphine"], ["hollis"], "2026-04-27 11:20", f"""Delphine,

Great news -- Tallowcrest would like to donate the 16' enclosed trailer we used at demo days to the
Quill Valley Volunteer Fire Association. It's roughly a $6,200 trailer and it's yours, title and
all. Hollis mentioned you've been hauling your gear around in pickups, and that just won't do.

Let me know when someone can come get it!

Dacey
{SIG['dacey']}"""),
    m("m36", "delphine", ["dacey"], ["hollis"], "2026-04-27 16:02", f"""Dacey,

This is wonderful -- thank you! The board is thrilled. We'll send two members to pick it up Saturday
morning.

{SIG['delphine']}""", quote="m35", subject="Re: Trailer for Quill Valley VFA"),
])

thread("tallowcrest code", "jonah", [
    m("m37", "jonah", ["pell"], ["tova"], "2026-05-04 12:10", f"""fyi if ashby ridge orders the basinfolds thru tallowcrest use my referral code GFORK-0417 at checkout.
10% off for you and i get credit toward crew gear. -jk

{SIG['jonah']}"""),
    m("m38", "pell", ["jonah"], [], "2026-05-04 15:40", """thx will do""", quote="hidden", subject="Re: tallowcrest code"),
])

thread("Thursday?", "tova", [
    m("m39", "dacey", ["tova"], [], "2026-05-06 16:18", f"""Tova! I'm in Moss Creek Thursday -- dinner at the steakhouse on Main, my treat? Would love to hear
how the HeatLedger maps worked out in your IAPs.

Dacey"""),
    m("m40", "tova", ["dacey"], [], "2026-05-06 17:02", """sure. 6pm. thx""", quote="m39", subject="Re: Thursday?"),
])

thread("Sagehen passes", "hollis", [
    m("m41", "rory", ["ansel"], ["hollis"], "2026-05-11 09:30", f"""Chief,

I've got two passes to the Sagehen Bluegrass Festival in June with your name on them -- left them
with your front desk at Station 1 this morning. Enjoy the show!

Rory
{SIG['rory']}"""),
    m("m42", "ansel", ["rory"], ["hollis"], "2026-05-11 10:15", f"""Appreciate it Rory. See you at the chiefs meeting.

{SIG['ansel']}""", quote="hidden", subject="Re: Sagehen passes"),
])

thread("HeatLedger for the season", "hollis", [
    m("m43", "hollis", ["marguerite"], ["tova", "pell"], "2026-05-19 14:05", f"""marguerite - recommend we keep tallowcrest's heatledger on call this season. the maps were the best
we've had on sugarloaf, turnaround under 2 hrs. i would use it on any initial attack over 100 ac.

{SIG['hollis']}"""),
    m("m44", "marguerite", ["hollis"], [], "2026-05-19 15:30", """Agreed. Please have Odell set it up as a call-when-needed agreement.

M.O.""", quote="m43", subject="Re: HeatLedger for the season"),
])

thread("pump", "jonah", [
    m("m45", "jonah", ["rory"], [], "2026-05-26 11:11", f"""rory - pump's back on the buggy and running. thx for the quick turnaround on the rebuild, invoice to odell
as usual. -jk

{IPHONE}"""),
])

# ---------------------------------------------------------------- PDF
MSG = {x["id"]: x for th in THREADS for x in th["msgs"]}


def addr_line(keys, plain=False):
    return ", ".join(P[k][1] if plain else who(k) for k in keys)


def body_lines(x):
    out = x["body"].split("\n")
    q = x["quote"]
    if q == "hidden":
        out += ["[Quoted text hidden]"]
    elif q and q.startswith("fwd:"):
        o = MSG[q[4:]]
        out += ["", "---------- Forwarded message ---------", f"From: {who(o['from'])}",
                f"Date: {gdate(o['time'])}", f"Subject: {THREAD_OF[o['id']]}", f"To: {addr_line(o['to'])}", ""]
        out += o["body"].split("\n")
    elif q:
        o = MSG[q]
        out += ["", f"On {gdate(o['time'])} {who(o['from'])} wrote:"]
        out += ["> " + ln if ln else ">" for ln in o["body"].split("\n")]
    return out


THREAD_OF = {x["id"]: th["subject"] for th in THREADS for x in th["msgs"]}


def wrap(line, width=106):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    pre = "> " if line.startswith("> ") else ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = pre + w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


def make_pdf(path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle("Calder Department of Forestry - records response 26-0612 - Tallowcrest")
    printed = "6/22/26, 10:41 AM"
    for n, th in enumerate(THREADS):
        # lay out the thread into pages first (to know M)
        rows = []  # (kind, payload)
        rows.append(("account", None))
        rows.append(("subject", th["subject"]))
        rows.append(("count", f"{len(th['msgs'])} message{'s' if len(th['msgs']) > 1 else ''}"))
        for x in th["msgs"]:
            rows.append(("rule", None))
            rows.append(("from", x))
            rows.append(("line", "To: " + addr_line(x["to"], x["to_plain"])))
            if x["cc"]:
                rows.append(("line", "Cc: " + addr_line(x["cc"])))
            rows.append(("gap", None))
            for ln in body_lines(x):
                for w in wrap(ln):
                    rows.append(("body", w))
        pages, cur, y = [], [], H - 60
        for r in rows:
            h = {"account": 30, "subject": 20, "count": 16, "rule": 10, "from": 14, "line": 12, "gap": 6, "body": 11.5}[r[0]]
            if y - h < 60:
                pages.append(cur)
                cur, y = [], H - 60
            cur.append((r, y))
            y -= h
        pages.append(cur)
        thid = 1796441023318870000 + n * 7919
        url = f"https://mail.google.com/mail/u/0/?ik=9c41e7a2b0&view=pt&search=all&permthid=thread-f:{thid}&simpl=msg-f:{thid}"
        me = who(th["printer"])
        for pi, page in enumerate(pages):
            c.setFont("Helvetica", 8)
            c.drawString(36, H - 24, printed)
            c.drawCentredString(W / 2, H - 24, f"Forestry Mail - {th['subject']}"[:90])
            c.drawString(36, 24, url[:120])
            c.drawRightString(W - 36, 24, f"{pi + 1}/{len(pages)}")
            for (kind, pay), yy in page:
                if kind == "account":
                    c.setFont("Helvetica-Bold", 13)
                    c.drawString(48, yy, "Forestry Mail")
                    c.setFont("Helvetica", 9)
                    c.drawRightString(W - 48, yy, me)
                elif kind == "subject":
                    c.setFont("Helvetica-Bold", 12)
                    c.drawString(48, yy, pay)
                elif kind == "count":
                    c.setFont("Helvetica", 9)
                    c.drawString(48, yy, pay)
                elif kind == "rule":
                    c.setLineWidth(0.5)
                    c.line(48, yy + 4, W - 48, yy + 4)
                elif kind == "from":
                    c.setFont("Helvetica-Bold", 9)
                    c.drawString(48, yy, who(pay["from"]))
                    c.setFont("Helvetica", 9)
                    c.drawRightString(W - 48, yy, gdate(pay["time"]))
                elif kind == "line":
                    c.setFont("Helvetica", 8.5)
                    c.drawString(48, yy, pay)
                elif kind == "body":
                    c.setFont("Helvetica", 9)
                    c.drawString(48, yy, pay)
            c.showPage()
    c.save()


# ---------------------------------------------------------------- gold
ORG = {"tallowcrest": "Tallowcrest Fire Equipment", "calder": "Calder Department of Forestry",
       "tamarack": "Tamarack County Fire District", "qvvfa": "Quill Valley Volunteer Fire Association",
       "srfca": "Southern Ridges Fire Chiefs Association"}
DIV = {"fpd": "Fire Protection Division", "mosscreek": "Moss Creek District", "ashby": "Ashby Ridge District",
       "bitterbrush": "Bitterbrush Dispatch Center", "granitefork": "Granite Fork Hand Crew",
       "bsb": "Business Services Bureau"}
PROD = {"k4": "Skelmir K4", "mini": "Skelmir Mini", "heatledger": "HeatLedger", "basinfold": "Basinfold 1800",
        "fs2": "Hearthwall FS-2", "lc90": "Pyrobar LC-90", "hl400": "Nightjar HL-400"}
CODES = {"gfork": "GFORK-0417", "tamfire": "TAMFIRE-88", "springburn": "SPRINGBURN15"}
ROLE = {"dacey": "vendor_employee", "rory": "vendor_employee", "mirela": "vendor_employee", "lainey": "vendor_employee",
        "hollis": "officer", "marguerite": "officer", "tova": "officer", "pell": "officer", "cass": "officer",
        "jonah": "officer", "odell": "officer", "ansel": "officer", "delphine": "other", "gordie": "other"}
AFF = {"dacey": "tallowcrest", "rory": "tallowcrest", "mirela": "tallowcrest", "lainey": "tallowcrest",
       "hollis": "calder", "marguerite": "calder", "tova": "calder", "pell": "calder", "cass": "calder",
       "jonah": "calder", "odell": "calder", "ansel": "tamarack", "delphine": "qvvfa", "gordie": "srfca"}
MEMBER = {"dacey": "tallowcrest", "rory": "tallowcrest", "mirela": "tallowcrest", "lainey": "tallowcrest",
          "hollis": "fpd", "marguerite": "calder", "tova": "mosscreek", "pell": "ashby", "cass": "bitterbrush",
          "jonah": "granitefork", "odell": "bsb", "ansel": "tamarack", "delphine": "qvvfa", "gordie": "srfca"}
ALIASES = {"ansel": ["Chief Ansel Markward", "Chief Markward"], "marguerite": ["Forester Olander"]}


def ent_id(k):
    for d, pre in ((P, "p:"), (ORG, "o:"), (DIV, "d:"), (PROD, "pr:"), (CODES, "c:")):
        if k in d:
            return pre + k
    raise KeyError(k)


def rel(typ, src, dst, mids, quotes, value=None, items=None):
    r = {"type": typ, "source": ent_id(src), "target": ent_id(dst), "messages": mids,
         "evidence": [{"message": mi, "quote": q} for mi, q in zip(mids, quotes)]}
    if typ == "GIFT":
        r["value_usd"] = value
        r["items"] = [{"product": ent_id(p), "quantity": qn} for p, qn in (items or [])]
    return r


RELS = [
    rel("GIFT", "rory", "granitefork", ["m18"], ["The two Skelmir K4s I brought out for the pre-season burn -- go ahead and keep them with the crew for the season. They're about $2,400 apiece new"], 4800, [("k4", 2)]),
    rel("GIFT", "dacey", "granitefork", ["m07", "m09"], ["Dacey asked me to tell you she's shipping a case of Nightjar HL-400 headlamps out for the crew. On the house, no strings", "The case of 24 Nightjar HL-400s left our warehouse today, UPS ground to the crew barn. No charge at all"], None, [("hl400", 24)]),
    rel("GIFT", "tallowcrest", "granitefork", ["m33"], ["fyi tallowcrest picked up the crew's meals at the rattlesnake gulch rx camp sat and sun, ~$640 total."], 640),
    rel("GIFT", "dacey", "hollis", ["m28", "m29"], ["You and Karen are welcome to come as our guests. The whole thing is covered, it comes to about $1,850 for the two nights with the guides", "we're in. thx dacey"], 1850),
    rel("GIFT", "mirela", "bitterbrush", ["m11"], ["I've popped six $50 coffee gift cards in the mail for the dispatch folks."], 300),
    rel("GIFT", "dacey", "qvvfa", ["m35"], ["Tallowcrest would like to donate the 16' enclosed trailer we used at demo days to the Quill Valley Volunteer Fire Association. It's roughly a $6,200 trailer and it's yours"], 6200),
    rel("GIFT", "rory", "ansel", ["m41"], ["I've got two passes to the Sagehen Bluegrass Festival in June with your name on them -- left them with your front desk"], None),
    rel("GIFT", "mirela", "tova", ["m15"], ["A HeatLedger flight normally runs $1,150, but this first one is on us -- no invoice, no PO, nothing."], 1150, [("heatledger", 1)]),
    rel("GIFT", "rory", "jonah", ["m25"], ["I left a Skelmir Mini on your truck seat. That one's for you, not the crew, for scouting elk this fall. They retail around $380."], 380, [("mini", 1)]),
    rel("GIFT", "dacey", "tova", ["m39"], ["dinner at the steakhouse on Main, my treat?"], None),
    rel("REFERRAL", "jonah", "tallowcrest", ["m37"], ["use my referral code GFORK-0417 at checkout. 10% off for you and i get credit toward crew gear."]),
    rel("REFERRAL", "ansel", "tallowcrest", ["m27"], ["tell them Tamarack sent you and use my code TAMFIRE-88 for a discount on your first order."]),
    rel("PROMOTED", "ansel", "tallowcrest", ["m27"], ["Last season we went with Tallowcrest Fire Equipment for our portable tanks and their drone mapping, and I can't say enough good things about them."]),
    rel("PROMOTED", "tova", "basinfold", ["m21"], ["i'd recommend them for ashby ridge, best folding tank we've run."]),
    rel("PROMOTED", "hollis", "heatledger", ["m43"], ["recommend we keep tallowcrest's heatledger on call this season."]),
]


def build_gold():
    ents = []
    for k, (n, a) in P.items():
        e = {"id": ent_id(k), "kind": "person", "name": n, "emails": [a], "role": ROLE[k], "affiliation": ent_id(AFF[k])}
        if k in ALIASES:
            e["aliases"] = ALIASES[k]
        ents.append(e)
    ents += [{"id": ent_id(k), "kind": "organization", "name": v} for k, v in ORG.items()]
    ents += [{"id": ent_id(k), "kind": "division", "name": v} for k, v in DIV.items()]
    ents += [{"id": ent_id(k), "kind": "product", "name": v} for k, v in PROD.items()]
    ents += [{"id": ent_id(k), "kind": "code", "name": v} for k, v in CODES.items()]
    msgs = []
    emailed = {}
    for th in THREADS:
        for x in th["msgs"]:
            msgs.append({"id": x["id"], "sent": x["time"].isoformat(), "subject": x["subject"] or th["subject"],
                         "from": P[x["from"]][1], "to": [P[k][1] for k in x["to"]], "cc": [P[k][1] for k in x["cc"]]})
            for r in x["to"] + x["cc"]:
                emailed.setdefault((x["from"], r), []).append(x["id"])
    rels = list(RELS)
    rels += [{"type": "MEMBER_OF", "source": ent_id(k), "target": ent_id(v), "messages": [], "evidence": []} for k, v in MEMBER.items()]
    for (s, d), ids in emailed.items():
        rels.append({"type": "EMAILED", "source": ent_id(s), "target": ent_id(d), "count": len(ids), "messages": ids,
                     "evidence": [{"message": i, "quote": ""} for i in ids]})
    return {"entities": ents, "messages": msgs, "relations": rels}


if __name__ == "__main__":
    make_pdf(os.path.join(HERE, "release.pdf"))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(build_gold(), f, indent=1)
    print(len(MSG), "messages")
