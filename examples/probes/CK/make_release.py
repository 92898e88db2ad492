"""Generate probe CK: a printed Lotus Notes mail release (one PDF) and its gold.

Everything is invented. Run with any Python that has reportlab:
    python make_release.py   (writes release.pdf and gold.json next to this file)
"""
import json
import os
import textwrap
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("America/Detroit")

# ---------------------------------------------------------------- people
# key: (name, notes canonical or None, email or None, display for headers)
P = {
    "rhett": ("Rhett Abernathy", None, "rabernathy@quillmarkps.com"),
    "priya": ("Priya Vandermeer", None, "pvandermeer@quillmarkps.com"),
    "colm": ("Colm Treadway", None, "ctreadway@quillmarkps.com"),
    "jolene": ("Jolene Marchetti", None, "jmarchetti@quillmarkps.com"),
    "dana": ("Dana Fiske", "Dana Fiske/Ops/WC911", None),
    "lyle": ("Lyle Brandvold", "Lyle Brandvold/Training/WC911", None),
    "teresa": ("Teresa Quinlan", "Teresa Quinlan/Ops/WC911", None),
    "marisol": ("Marisol Dutka", "Marisol Dutka/QA/WC911", None),
    "ben": ("Ben Hoyle", "Ben Hoyle/Ops/WC911", None),
    "neil": ("Neil Ostrander", "Neil Ostrander/Admin/WC911", None),
    "gwen": ("Gwen Sato", "Gwen Sato/Admin/WC911", None),
    "harlan": ("Harlan Pitcock", "Harlan Pitcock/Board/WC911", None),
    "kendra": ("Kendra Vossberg", None, "kvossberg@portaldenpd.org"),
    "camille": ("Camille Rourke", None, "crourke@bellwickharborhotel.com"),
    "wendell": ("Wendell Prusik", None, "editor@um911guild.org"),
}
BARE = {"camille", "wendell"}  # printed as a bare Internet address


def from_str(k):
    name, canon, email = P[k]
    if canon:
        return canon
    if k in BARE:
        return email
    return f'"{name}" <{email}>'


def to_str(k):
    name, canon, email = P[k]
    if canon:
        return canon + "@WC911"
    if k in BARE:
        return email
    return f"{name} <{email}>"


def hist_from(k):
    name, canon, email = P[k]
    if canon:
        return canon
    return f'"{name}" <{email}>'


SIG = {
    "rhett": "Rhett Abernathy\nRegional Account Executive\nQuillmark Public Safety Software\n(616) 555-0142 | rabernathy@quillmarkps.com",
    "priya": "Priya Vandermeer\nCustomer Success Manager | Quillmark Public Safety Software\no: (616) 555-0177",
    "colm": "Colm Treadway\nSenior Implementation Engineer\nQuillmark Public Safety Software\n24x7 support line (800) 555-0199",
    "jolene": "Jolene Marchetti\nEvents & Community Manager\nQuillmark Public Safety Software",
    "dana": "Dana Fiske\nOperations Manager, Operations Division\nWexbury County 911 Emergency Communications District\n(269) 555-0110",
    "lyle": "Lyle Brandvold, CTO\nCommunications Training Officer, Training Unit\nWexbury County 911\n(269) 555-0123",
    "teresa": "Teresa Quinlan\nShift Supervisor, Operations Division\nWexbury County 911",
    "marisol": "Marisol Dutka\nQA Coordinator, Quality Assurance Unit\nWexbury County 911 Emergency Communications District",
    "ben": "Ben Hoyle\nTelecommunicator II, Operations Division\nWexbury County 911",
    "neil": "Neil Ostrander\nFinance & Purchasing Coordinator, Administration Division\nWexbury County 911 Emergency Communications District\n(269) 555-0131",
    "gwen": "Gwen Sato\nExecutive Assistant, Administration Division\nWexbury County 911",
    "harlan": "Harlan Pitcock\nChair, Board of Directors\nWexbury County 911 Emergency Communications District",
    "kendra": "Lt. Kendra Vossberg\nSupport Services Bureau\nPort Alden Police Department\n(269) 555-0188",
    "camille": "Camille Rourke\nReservations Agent, Bellwick Harbor Hotel",
    "wendell": "Wendell Prusik, Editor\nThe Headset | Upper Midwest 911 Dispatchers Guild",
}

# ---------------------------------------------------------------- messages
# (id, mailbox, from, sent_by, "MM/DD/YYYY HH:MM:SS", to, cc, bcc, subject, body, history)
# history: None, ("reply", msg_id) or ("forward", msg_id)
M = []


def reflow(text):
    """Join the hard-wrapped lines of a running paragraph (every line but the last long): the printer wraps it."""
    paras = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) > 1 and all(len(x) > 80 for x in lines[:-1]):
            para = " ".join(x.strip() for x in lines)
        paras.append(para)
    return "\n\n".join(paras)


def msg(mid, box, frm, when, to, subject, body, cc=(), bcc=(), sent_by=None, history=None, sig=True):
    body = reflow(textwrap.dedent(body).strip("\n"))
    M.append(dict(id=mid, box=box, frm=frm, sent_by=sent_by, when=when, to=list(to), cc=list(cc), bcc=list(bcc),
                  subject=subject, body=body + ("\n\n" + SIG[frm] if sig else ""),
                  history=history))


msg("m01", "dana", "rhett", "02/03/2025 09:14:27", ["dana"], "Quillmark Connect 2025 - save the date", """
    Good morning Dana,

    Hope the new year is treating the floor well. Connect 2025, our user conference, is locked in for May 12-14 at
    the Bellwick Harbor Hotel, and I'd really like Wexbury there since you were one of our first Beacon CAD sites.

    I've set aside two full-conference passes for Wexbury, one for you and one for Lyle, compliments of Quillmark.
    Registration normally runs $895 a person, but you won't see a bill for either. I'm also holding three nights
    at the hotel for you (May 11-13); the room is $189 a night and it goes on our master account, not yours.

    Let me know if the dates work and I'll have Jolene get you both registered.

    Best,
    """, cc=["lyle"])

msg("m02", "dana", "dana", "02/03/2025 11:02:51", ["rhett"], "Re: Quillmark Connect 2025 - save the date", """
    Rhett,

    Thanks, that's very generous. Lyle and I would both like to come - the QA track looks useful for us this year.
    I'm going to run it past Neil first so the board paperwork is in order, but pencil us in.

    Dana
    """, cc=["lyle"], history=("reply", "m01"))

msg("m03", "dana", "wendell", "02/05/2025 08:30:00", ["dana"], "The Headset - February issue", """
    THE HEADSET
    News for the people behind the console | February issue

    In this issue:
    - Planning your Telecommunicator Week: a twelve-point checklist
    - Minimum staffing studies: what three centers learned
    - Spring regional training calendar (registration opens March 1)
    - Member spotlight: the overnight crew in Lakemoor County

    You are receiving this because you are a member of the Upper Midwest 911 Dispatchers Guild.
    To change your preferences, reply with UNSUBSCRIBE in the subject line.
    """)

msg("m04", "dana", "jolene", "02/06/2025 13:45:09", ["dana", "lyle"], "Connect 2025 registration - you're all set", """
    Hi Dana and Lyle,

    Rhett asked me to get you registered, and you're all set: both of you are on the complimentary customer list,
    so there is nothing to pay at checkout. Badges will be waiting at the registration desk on Monday morning.

    If anyone else on your team wants to come on their own budget, the early-bird code CONNECT25 takes 15% off
    the registration fee for everybody until March 31. Feel free to share it widely - it's on our website too.

    See you in May!
    """, cc=["rhett"])

msg("m05", "ben", "colm", "02/10/2025 10:20:44", ["ben"], "Loaner rugged tablet for the mobile CAD evaluation", """
    Ben,

    As we discussed on the call, I'm shipping you a loaner rugged tablet (asset tag QPS-LN-0412) with the mobile
    Beacon CAD client installed, so you can try the field-unit view from the floor.

    It's a loan for the evaluation only - please send it back by March 14 using the prepaid return label in
    the box. Shout if anything misbehaves.

    Thanks,
    """, cc=["teresa"])

msg("m06", "dana", "dana", "02/12/2025 15:10:03", ["neil"], "Fw: Quillmark Connect 2025 - save the date", """
    Neil -

    FYI below. Quillmark is covering Lyle's and my conference passes and my hotel for Connect in May.
    Does this need to go on the board's gift disclosure form, and is there anything you need from me?

    Thanks,
    Dana
    """, history=("forward", "m01"), sig=False)

msg("m07", "dana", "neil", "02/12/2025 16:22:38", ["dana"], "Re: Fw: Quillmark Connect 2025 - save the date", """
    Dana,

    Yes - anything over $250 from a vendor we have under contract goes on the disclosure form. Fill one out for
    each of you with the values Rhett gave and send them to Gwen; Harlan signs them at the March meeting.

    Neil
    """, history=("reply", "m06"))

msg("m08", "teresa", "teresa", "02/17/2025 09:05:00", ["colm"],
    "Teresa Quinlan is out of the office.", """
    I will be out of the office starting 02/17/2025 and will not return until 02/21/2025.

    For anything urgent please call the on-duty shift supervisor at (269) 555-0100.
    """, sig=False)

msg("m09", "dana", "rhett", "02/20/2025 11:30:15", ["harlan"], "Lumberjacks suite - March 8", """
    Mr. Pitcock,

    We have the company suite for the Lakeshore Lumberjacks game on Saturday, March 8, and I'd love to host you
    and two guests - dinner and drinks in the suite, parking included. It's a relaxed evening and a nice chance
    to talk about where the district wants to go with next-generation 911.

    Kind regards,
    """, cc=["dana"])

msg("m10", "dana", "harlan", "02/21/2025 08:47:02", ["rhett"], "Re: Lumberjacks suite - March 8", """
    Mr. Abernathy,

    Thank you for thinking of me. The District's board ethics policy doesn't allow directors to accept
    hospitality from a current vendor, so I'll have to decline the invitation. I'm glad to talk about
    next-generation 911 at any public meeting of the board.

    Regards,
    """, cc=["dana"], sent_by="gwen", history=("reply", "m09"))

msg("m11", "marisol", "priya", "02/24/2025 14:12:40", ["marisol", "teresa"], "CallCheck QA customer survey", """
    Hi Marisol and Teresa,

    We're running our yearly CallCheck QA customer survey and your input would mean a lot - it's about ten
    minutes: https://survey.quillmarkps.com/cq25

    As a small thank-you for your time, everyone who finishes it gets a $50 e-gift card from us.

    Thank you!
    """)

msg("m12", "marisol", "marisol", "02/26/2025 10:05:33", ["priya"], "Re: CallCheck QA customer survey", """
    Priya - done! Teresa finished hers this morning too. I put most of my comments under the scoring forms.

    Marisol
    """, history=("reply", "m11"))

msg("m13", "dana", "neil", "02/27/2025 09:40:18", ["rhett"], "PO 25-0147 - CallCheck QA reviewer seats", """
    Rhett,

    Attached is Purchase Order 25-0147 for twelve CallCheck QA reviewer seats per your quote Q-30211, total
    $18,400.00, net 30. Please send the invoice to accounts payable and reference the PO number.

    Thank you,
    """, cc=["dana"])

msg("m14", "marisol", "priya", "03/03/2025 13:25:56", ["marisol", "teresa"], "Your survey thank-you", """
    Hi both,

    Thanks again for taking the time to fill out the survey - the comments on the scoring forms are already
    with our product team. I've just sent each of you a $50 e-gift card to your district email; look for a
    message from our rewards partner with the claim link.

    Best,
    """)

msg("m15", "dana", "marisol", "03/04/2025 09:12:21", ["dana"], "Fw: Your survey thank-you", """
    Dana - heads up, Quillmark sent Teresa and me gift cards for doing their survey. I'll log mine on the
    disclosure sheet; Teresa says she'll do the same when she's back on days.

    Marisol
    """, history=("forward", "m14"))

msg("m16", "dana", "colm", "03/06/2025 16:40:12", ["dana"], "Geofile fix after Tuesday's outage", """
    Dana,

    Root cause on Tuesday: the nightly geofile import choked on two new subdivisions with duplicate street
    ranges, so address verification fell back to manual. I've corrected the ranges, re-run the import and
    added a check so a bad batch is rejected instead of half-loaded. Details are in ticket 55120.

    Regards,
    """, cc=["ben"])

msg("m17", "dana", "dana", "03/07/2025 08:15:47", ["colm"], "Re: Geofile fix after Tuesday's outage", """
    Colm,

    Thanks for jumping on this so quickly - the floor noticed, and the write-up is exactly what I needed for
    the after-action report.

    Dana
    """, cc=["ben"], history=("reply", "m16"))

msg("m18", "ben", "ben", "03/12/2025 10:55:30", ["colm"], "Returning the loaner tablet", """
    Hi Colm,

    I boxed up the loaner tablet this morning and dropped it at the shipping counter with your prepaid label;
    tracking number 7781 2204 9935. The field-unit view was handy - my notes are in the evaluation form.

    Thanks for letting us try it,
    """, cc=["teresa"])

msg("m19", "dana", "rhett", "03/13/2025 14:30:08", ["dana"], "TerraLayer for Wexbury", """
    Dana,

    Good news: I got approval to switch on TerraLayer, our mapping add-on, for Wexbury County 911 at no charge
    for a full year. No invoice, no PO - it's our way of saying thanks for being a reference site. List price
    is $7,200 a year. Colm will reach out to schedule the activation.

    Best,
    """, cc=["priya"])

msg("m20", "dana", "dana", "03/13/2025 15:02:44", ["rhett"], "Re: TerraLayer for Wexbury", """
    Rhett,

    That's great news, thank you. The crews have wanted better address-point layers for ages. I'll let Neil
    know so it goes on the disclosure form.

    Dana
    """, cc=["priya"], history=("reply", "m19"))

msg("m21", "dana", "rhett", "03/18/2025 11:20:36", ["neil"], "Quote Q-30318 - TerraLayer year two", """
    Neil,

    As requested, here is quote Q-30318 for a second year of TerraLayer, which would start in April 2026:
    $7,200.00 for the annual subscription. Nothing is due now; the quote is good for 90 days.

    Regards,
    """, cc=["dana"])

msg("m22", "teresa", "priya", "03/24/2025 09:30:19", ["teresa"], "Telecommunicator Week dinner", """
    Hi Teresa,

    For Telecommunicator Week we'd like to treat the Operations Division: we'll have dinner catered in for each
    shift on Wednesday, April 16 - barbecue, sides and dessert from the smokehouse on Mill Street, about $640
    all in, on Quillmark. Just send me headcounts per shift and any allergies.

    Thanks for everything your crews do,
    """, cc=["dana"])

msg("m23", "teresa", "teresa", "03/24/2025 10:12:05", ["priya"], "Re: Telecommunicator Week dinner", """
    Priya,

    Headcounts: days 14, evenings 12, overnights 9. One gluten-free on evenings. The crew says thank you in
    advance!

    Teresa
    """, cc=["dana"], history=("reply", "m22"))

msg("m24", "lyle", "jolene", "03/27/2025 13:05:51", ["lyle"], "Jackets for your CTO team", """
    Hi Lyle,

    Rhett mentioned your training team has grown this year. I'm sending over five of our new Quillmark
    soft-shell jackets for the Training Unit - one for each of your CTOs. No need to return anything, they're
    yours.

    Cheers,
    """)

msg("m25", "lyle", "lyle", "03/28/2025 08:30:14", ["jolene"], "Re: Jackets for your CTO team", """
    Jolene, thank you! They arrived this morning. We'll wear them at the academy graduation next month.

    Lyle
    """, history=("reply", "m24"))

msg("m26", "lyle", "lyle", "04/01/2025 15:45:22", ["kendra"], "Quillmark peer referral", """
    Kendra,

    You mentioned at the regional meeting that Port Alden is starting to look at replacing your CAD. If you
    get in touch with Quillmark, give them my referral code CTO-LB2291 - they credit our training budget, and
    your agency gets the first month of onboarding support waived.

    Lyle
    """, cc=["dana"])

msg("m27", "dana", "kendra", "04/02/2025 10:10:37", ["dana"], "Your experience with Quillmark?", """
    Dana,

    Lyle passed along a referral code for Quillmark. Before I put them on our shortlist I'd like a straight
    answer from someone who runs it every day: how has it been for you?

    Thanks,
    """, cc=["lyle"])

msg("m28", "dana", "dana", "04/02/2025 16:35:03", ["kendra"], "Re: Your experience with Quillmark?", """
    Kendra,

    I'd recommend Quillmark without hesitation. We cut over two years ago and it has been rock solid, and
    their support people actually pick up the phone at three in the morning. You and your team are welcome
    to come sit along on a shift and see it live.

    Dana
    """, cc=["lyle"], bcc=["neil"], history=("reply", "m27"))

msg("m29", "teresa", "colm", "04/07/2025 11:00:26", ["teresa"], "Headset pilot wrap-up", """
    Teresa,

    Thanks for running the headset pilot. Please keep the six wireless headsets for the Operations Division -
    they retail around $179 each and we're not taking them back. The feedback from your crew is going straight
    into the console integration work.

    Colm
    """, cc=["dana"])

msg("m30", "dana", "rhett", "04/09/2025 09:20:48", ["kendra"], "Connect 2025 - a pass for Port Alden", """
    Lt. Vossberg,

    Dana tells me Port Alden is starting a CAD search. I'd like to give you a complimentary pass to Connect
    2025 in May ($895 value) so you can see Beacon CAD up close and talk to other centers our size.

    Best regards,
    """, cc=["dana"])

msg("m31", "dana", "kendra", "04/09/2025 13:48:10", ["rhett"], "Re: Connect 2025 - a pass for Port Alden", """
    Rhett,

    Thank you - I'll take you up on it. I checked with our city attorney and registration for a training
    conference is allowed. Please send the details.

    Kendra
    """, cc=["dana"], history=("reply", "m30"))

msg("m32", "marisol", "marisol", "04/14/2025 07:55:42", ["teresa", "lyle"], "CallCheck QA - please start using it", """
    Supervisors,

    CallCheck QA has cut our review backlog in half since February, and the scoring is far more consistent
    than our old paper forms. I'd strongly encourage every supervisor to do their reviews in it from now on -
    it's the best tool we've had for coaching new telecommunicators.

    Marisol
    """, cc=["dana"])

msg("m33", "teresa", "teresa", "04/17/2025 08:10:55", ["priya"], "Thank you from Ops", """
    Priya,

    Dinner last night was a hit on all three shifts - the overnight crew especially appreciated a hot meal at
    2 a.m. Thank you to you and everyone at Quillmark for thinking of us during Telecommunicator Week.

    Teresa
    """, cc=["dana"])

msg("m34", "teresa", "priya", "04/22/2025 12:30:31", ["teresa"], "Customer spotlight quote?", """
    Hi Teresa,

    We're putting together a customer spotlight for the Connect program. Would you be willing to give us a
    sentence or two about Beacon CAD that we could print with your name and title?

    Thanks so much,
    """)

msg("m35", "teresa", "teresa", "04/23/2025 09:05:17", ["priya"], "Re: Customer spotlight quote?", """
    Sure, you can use this:

    "Beacon CAD is the most dependable dispatch system I've worked on in nineteen years on the floor. I'd
    tell any 911 center to put it at the top of their list."

    Teresa
    """, cc=["dana"], history=("reply", "m34"))

msg("m36", "ben", "jolene", "04/28/2025 10:40:09", ["ben"], "A thank-you for the webinar", """
    Hi Ben,

    Thanks for walking our customers through the address-point layers on last week's webinar - the questions
    afterwards went on for twenty minutes! I'm mailing you one of our Quillmark jackets as a thank-you.
    Keep it, of course.

    Jolene
    """)

msg("m37", "dana", "camille", "05/05/2025 14:00:00", ["dana"], "Reservation confirmation 88412", """
    Dear Ms. Fiske,

    Thank you for choosing Bellwick Harbor Hotel. Your reservation is confirmed:

    Confirmation number: 88412
    Arrival: Sunday, May 11, 2025    Departure: Wednesday, May 14, 2025 (3 nights)
    Room: one king, lake view
    Payment: room and tax billed to master account - Quillmark Public Safety Software (Connect 2025)

    Incidentals are the guest's responsibility at check-out.
    """)

msg("m38", "dana", "dana", "05/06/2025 09:30:25", ["lyle"], "Connect logistics", """
    Lyle -

    I'll drive. Leaving the center at 6:30 Sunday morning; we should be at Bellwick Harbor by noon. Teresa is
    covering my on-call Monday and Tuesday.

    D.
    """)

msg("m39", "dana", "dana", "05/19/2025 10:15:40", ["rhett"], "Thanks for Connect", """
    Rhett,

    Thanks for hosting Lyle and me at Connect last week. The QA track and the TerraLayer sessions were worth
    the trip, and we came back with a list of configuration changes for Colm.

    Dana
    """, cc=["lyle"])

msg("m40", "dana", "gwen", "05/20/2025 08:05:12", ["dana", "neil"], "Board meeting - May 27 agenda", """
    Good morning,

    The draft agenda for the May 27 board meeting is attached. Please send any additions by Thursday noon.
    Gift disclosure forms received since the March meeting will be on the consent agenda.

    Thank you,
    """, cc=["harlan"])

BYID = {m["id"]: m for m in M}


def fmt_when(when, seconds):
    d = datetime.strptime(when, "%m/%d/%Y %H:%M:%S")
    return d.strftime("%m/%d/%Y %I:%M:%S %p") if seconds else d.strftime("%m/%d/%Y %I:%M %p")


def header_lines(m):
    """Notes memo header: sender, date, then labelled fields (label, value)."""
    rows = [("", from_str(m["frm"]))]
    rows.append(("", fmt_when(m["when"], False)))
    if m["sent_by"]:
        rows.append(("Sent by:", P[m["sent_by"]][1]))
    rows.append(("To", ", ".join(to_str(k) for k in m["to"])))
    rows.append(("cc", ", ".join(to_str(k) for k in m["cc"])))
    rows.append(("bcc", ", ".join(to_str(k) for k in m["bcc"])))
    rows.append(("Subject", m["subject"]))
    return rows


def full_body(m):
    """The body as printed, with Notes history below it (no '>' quoting)."""
    out = m["body"]
    h = m["history"]
    if h:
        kind, ref = h
        o = BYID[ref]
        if kind == "reply":
            out += "\n\n" + f"{hist_from(o['frm'])} wrote on {fmt_when(o['when'], True)}:\n\n" + full_body(o)
        else:
            by = P[m["frm"]][1]
            out += (f"\n\n----- Forwarded by {by} on {fmt_when(m['when'], False)} -----\n\n"
                    + from_str(o["frm"]) + "\n" + fmt_when(o["when"], False) + "\n"
                    + "To: " + ", ".join(to_str(k) for k in o["to"]) + "\n"
                    + "cc: " + ", ".join(to_str(k) for k in o["cc"]) + "\n"
                    + "Subject: " + o["subject"] + "\n\n" + full_body(o))
    return out


BOXES = ["dana", "lyle", "marisol", "teresa", "ben"]


def write_pdf(path):
    c = canvas.Canvas(path, pagesize=letter)
    W, H = letter
    state = {"page": 0, "y": 0, "box": None}

    def new_page(box):
        if state["page"]:
            c.showPage()
        state["page"] += 1
        state["box"] = box
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 30, P[box][0])
        c.drawRightString(W - 40, 24, f"Page {state['page']}")
        state["y"] = H - 60

    def need(h):
        if state["y"] - h < 50:
            new_page(state["box"])

    for box in BOXES:
        new_page(box)
        for m in sorted((m for m in M if m["box"] == box), key=lambda m: datetime.strptime(m["when"], "%m/%d/%Y %H:%M:%S")):
            need(80)
            for i, (label, value) in enumerate(header_lines(m)):
                if i == 0:
                    c.setFont("Helvetica-Bold", 10)
                    c.drawString(40, state["y"], value)
                    state["y"] -= 13
                    continue
                if not label:
                    c.setFont("Helvetica", 9)
                    c.drawString(40, state["y"], value)
                    state["y"] -= 14
                    continue
                wrapped = textwrap.wrap(value, 80) or [""]
                c.setFont("Helvetica", 8)
                c.drawRightString(110, state["y"], label)
                c.setFont("Helvetica", 9)
                for j, part in enumerate(wrapped):
                    need(12)
                    c.drawString(118, state["y"], part)
                    state["y"] -= 12
            state["y"] -= 8
            c.setFont("Courier", 9)
            for para in full_body(m).split("\n"):
                for part in textwrap.wrap(para, 92) or [""]:
                    need(11)
                    c.setFont("Courier", 9)
                    c.drawString(40, state["y"], part)
                    state["y"] -= 11
            state["y"] -= 10
            need(30)
            c.line(40, state["y"] + 4, W - 40, state["y"] + 4)
            state["y"] -= 14
    c.save()


# ---------------------------------------------------------------- gold
def iso(when):
    return datetime.strptime(when, "%m/%d/%Y %H:%M:%S").replace(tzinfo=TZ).isoformat()


ORGS = [
    ("org_qps", "organization", "Quillmark Public Safety Software", ["Quillmark"]),
    ("org_wc911", "organization", "Wexbury County 911 Emergency Communications District", ["Wexbury County 911", "WC911"]),
    ("org_papd", "organization", "Port Alden Police Department", ["Port Alden PD"]),
    ("org_hotel", "organization", "Bellwick Harbor Hotel", []),
    ("org_guild", "organization", "Upper Midwest 911 Dispatchers Guild", []),
    ("div_ops", "division", "Operations Division", []),
    ("div_training", "division", "Training Unit", []),
    ("div_qa", "division", "Quality Assurance Unit", []),
    ("div_admin", "division", "Administration Division", []),
    ("div_board", "division", "Board of Directors", []),
    ("div_ssb", "division", "Support Services Bureau", []),
    ("prod_beacon", "product", "Beacon CAD", []),
    ("prod_terralayer", "product", "TerraLayer", []),
    ("prod_callcheck", "product", "CallCheck QA", []),
    ("code_cto", "code", "CTO-LB2291", []),
    ("code_connect", "code", "CONNECT25", []),
]
# person: (org affiliation, unit for MEMBER_OF, role)
PERS = {
    "rhett": ("org_qps", "org_qps", "vendor_employee"),
    "priya": ("org_qps", "org_qps", "vendor_employee"),
    "colm": ("org_qps", "org_qps", "vendor_employee"),
    "jolene": ("org_qps", "org_qps", "vendor_employee"),
    "dana": ("org_wc911", "div_ops", "officer"),
    "lyle": ("org_wc911", "div_training", "officer"),
    "teresa": ("org_wc911", "div_ops", "officer"),
    "marisol": ("org_wc911", "div_qa", "officer"),
    "ben": ("org_wc911", "div_ops", "officer"),
    "neil": ("org_wc911", "div_admin", "officer"),
    "gwen": ("org_wc911", "div_admin", "officer"),
    "harlan": ("org_wc911", "div_board", "officer"),
    "kendra": ("org_papd", "div_ssb", "officer"),
    "camille": ("org_hotel", "org_hotel", "other"),
    "wendell": ("org_guild", "org_guild", "other"),
}


def pid(k):
    return "p_" + k


GIFTS = [
    ("rhett", "p_dana", 895 + 3 * 189, ["m01", "m37"], "I've set aside two full-conference passes for Wexbury, one for you and one for Lyle, compliments of Quillmark."),
    ("rhett", "p_lyle", 895, ["m01", "m04"], "I've set aside two full-conference passes for Wexbury, one for you and one for Lyle, compliments of Quillmark."),
    ("priya", "div_ops", 640, ["m22", "m33"], "For Telecommunicator Week we'd like to treat the Operations Division: we'll have dinner catered in for each shift"),
    ("colm", "div_ops", 6 * 179, ["m29"], "Please keep the six wireless headsets for the Operations Division - they retail around $179 each and we're not taking them back."),
    ("priya", "p_marisol", 50, ["m14", "m15"], "I've just sent each of you a $50 e-gift card to your district email"),
    ("priya", "p_teresa", 50, ["m14", "m15"], "I've just sent each of you a $50 e-gift card to your district email"),
    ("rhett", "org_wc911", 7200, ["m19"], "I got approval to switch on TerraLayer, our mapping add-on, for Wexbury County 911 at no charge for a full year."),
    ("jolene", "div_training", None, ["m24"], "I'm sending over five of our new Quillmark soft-shell jackets for the Training Unit - one for each of your CTOs."),
    ("rhett", "p_kendra", 895, ["m30", "m31"], "I'd like to give you a complimentary pass to Connect 2025 in May ($895 value)"),
    ("jolene", "p_ben", None, ["m36"], "I'm mailing you one of our Quillmark jackets as a thank-you. Keep it, of course."),
]
OTHER = [
    ("REFERRAL", "p_lyle", "org_qps", ["m26"], "If you get in touch with Quillmark, give them my referral code CTO-LB2291"),
    ("PROMOTED", "p_dana", "org_qps", ["m28"], "I'd recommend Quillmark without hesitation."),
    ("PROMOTED", "p_marisol", "prod_callcheck", ["m32"], "CallCheck QA has cut our review backlog in half since February"),
    ("PROMOTED", "p_teresa", "prod_beacon", ["m35"], "Beacon CAD is the most dependable dispatch system I've worked on in nineteen years on the floor."),
]


def gold():
    ents = []
    for i, kind, name, aliases in ORGS:
        e = {"id": i, "kind": kind, "name": name, "aliases": aliases}
        if i == "org_hotel":
            e["emails"] = []
        ents.append(e)
    for k, (aff, unit, role) in PERS.items():
        name, canon, email = P[k]
        ents.append({"id": pid(k), "kind": "person", "name": name, "aliases": [canon] if canon else [],
                     "emails": [email] if email else [], "role": role, "affiliation": aff})
    msgs = [{"id": m["id"], "sent": iso(m["when"]), "subject": m["subject"], "from": pid(m["frm"]),
             "to": [pid(k) for k in m["to"]], "cc": [pid(k) for k in m["cc"]], "bcc": [pid(k) for k in m["bcc"]]}
            for m in M]
    rels = []
    for giver, target, value, mids, quote in GIFTS:
        rels.append({"type": "GIFT", "source": pid(giver), "target": target, "value_usd": value, "messages": mids,
                     "evidence": [{"message": mids[0], "quote": quote}]})
    for t, s, d, mids, quote in OTHER:
        rels.append({"type": t, "source": s, "target": d, "messages": mids, "evidence": [{"message": mids[0], "quote": quote}]})
    for k, (aff, unit, role) in PERS.items():
        rels.append({"type": "MEMBER_OF", "source": pid(k), "target": unit})
    emailed = {}
    for m in M:
        for r in m["to"] + m["cc"]:
            emailed.setdefault((pid(m["frm"]), pid(r)), []).append(m["id"])
    for (s, d), mids in emailed.items():
        rels.append({"type": "EMAILED", "source": s, "target": d, "count": len(mids), "messages": mids,
                     "evidence": [{"message": x, "quote": ""} for x in mids]})
    # sanity: every gift quote is in its message's own body
    for r in rels:
        for ev in r.get("evidence", []):
            if ev["quote"]:
                assert " ".join(ev["quote"].split()) in " ".join(BYID[ev["message"]]["body"].split()), ev
    return {"entities": ents, "messages": msgs, "relations": rels}


if __name__ == "__main__":
    write_pdf(os.path.join(HERE, "release.pdf"))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold(), f, indent=1)
    print(len(M), "messages")
