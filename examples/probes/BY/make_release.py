"""Build the BY probe: one PDF of printed Gmail threads released under an access-to-information request.

Everything here is invented (names, organisations, products, prices, addresses).  Run from this folder:
    python make_release.py        -> release.pdf and gold.json
No PDF library is needed: a small writer of plain Helvetica text pages is below.
"""
import datetime as dt
import json
import textwrap
from zoneinfo import ZoneInfo

TZ = ZoneInfo("America/Toronto")

P = {  # id: (display name, address)
    "ciaran": ("Ciarán Moynihan", "cmoynihan@echolinesensing.ca"),
    "linh": ("Linh Tran", "ltran@echolinesensing.ca"),
    "tunde": ("Babatunde Adeyemi", "badeyemi@echolinesensing.ca"),
    "gurpreet": ("Gurpreet Sandhu", "gsandhu@portcalder.ca"),
    "wojtek": ("Wojciech Zielinski", "wzielinski@portcalder.ca"),
    "chinonso": ("Chinonso Eze", "ceze@portcalder.ca"),
    "jun": ("Jun Villanueva", "jvillanueva@portcalder.ca"),
    "aram": ("Aram Petrosyan", "apetrosyan@portcalder.ca"),
    "eleni": ("Eleni Papadakis", "epapadakis@portcalder.ca"),
    "maartje": ("Maartje de Vries", "mdevries@portcalder.ca"),
    "fergus": ("Fergus MacAulay", "fmacaulay@harrowgatepolice.ca"),
    "rania": ("Rania Khoury", "rkhoury@thornburyfalls.ca"),
}


def who(pid):
    n, a = P[pid]
    return f"{n} <{a}>"


def gdate(t):
    # Gmail print style: "Tue, Jan 9, 2024 at 10:14 AM"
    h = t.hour % 12 or 12
    return f"{t:%a}, {t:%b} {t.day}, {t.year} at {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def T(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ)


# Each thread: (account owner, subject, [messages]); message: (id, from, to, cc, time, body)
THREADS = []


def thread(owner, subject, *msgs):
    THREADS.append((owner, subject, list(msgs)))


def quote(mid):
    """Gmail-style quoted history of an earlier message in the release."""
    for _, _, msgs in THREADS + [PENDING]:
        for m in msgs:
            if m[0] == mid:
                body = m[5].strip("\n")
                lines = [f"On {gdate(m[4])} {who(m[1])} wrote:"]
                lines += ["> " + ln if ln else ">" for ln in body.split("\n")]
                return "\n".join(lines)
    raise KeyError(mid)


PENDING = ("", "", [])


def M(mid, frm, to, cc, when, body, q=None):
    m = (mid, frm, to, cc, T(when), textwrap.dedent(body).strip("\n"))
    PENDING[2].append(m)
    if q:
        m = m[:5] + (m[5] + "\n\n" + quote(q),)
        PENDING[2][-1] = m
    return m


def flush(owner, subject):
    thread(owner, subject, *PENDING[2])
    PENDING[2].clear()


# ---------------------------------------------------------------- A: the pilot sensors stay
M("a1", "ciaran", ["gurpreet"], ["wojtek"], "2024-01-09T10:14", """
    Gurpreet,

    Pilot's officially wrapped as of Friday -- thanks to you and the team for putting up with us
    clomping around on the roof all fall.

    On the two S4 nodes still up at 14 Division: we're not going to pull them. Consider them the
    Guns and Gangs Unit's to keep. At list that's $9,700 worth of hardware (2 x $4,850), but frankly
    it would cost us more to truck them back to Mississauga and recertify than they're worth to us
    used, and they're already tuned to your blocks.

    Linh will send over the handover sheet so your IT folks can put them on the asset list.

    Cheers,
    Ciarán

    --
    Ciarán Moynihan | Senior Account Executive, Ontario
    Echoline Sensing Inc. | 2250 Meadowvale Blvd, Mississauga ON
    cell 905-555-0143
    """)
M("a2", "gurpreet", ["ciaran"], ["wojtek"], "2024-01-09T14:47", """
    Thanks Ciarán, appreciated. The lads were getting attached to them anyway. I'll loop in IT.

    S/Sgt. Gurpreet Sandhu
    Guns and Gangs Unit
    Port Calder Police Service
    """, q="a1")
M("a3", "wojtek", ["gurpreet"], [], "2024-01-09T15:05", """
    Gurpreet - before IT books them, put them on the gift register please. Nearly ten grand isn't a
    coffee mug.

    W.
    """)
flush("gurpreet", "Pilot wrap-up - 14 Division roof sensors")

# ---------------------------------------------------------------- B: the tender (paid by the city)
M("b1", "maartje", ["ciaran"], ["wojtek"], "2024-01-23T09:30", """
    Good morning Mr. Moynihan,

    Please find attached Purchase Order 4500218876 issued under RFP 2024-PCPS-031 (Acoustic Gunshot
    Detection System):

      12 x ShotTrace S4 sensor node @ $4,850.00 = $58,200.00
      1 x ShotTrace Console annual licence @ $18,000.00 = $18,000.00
      Total CAD $76,200.00 plus HST

    Terms are net 30 from receipt of a correct invoice. Invoices go to ap@portcalder.ca and must
    quote the PO number or they will be returned.

    Regards,

    Maartje de Vries
    Senior Buyer, Purchasing Services
    City of Port Calder | 100 Lakeshore Rd W, Port Calder ON
    """)
M("b2", "ciaran", ["maartje"], ["wojtek"], "2024-01-23T11:58", """
    Received with thanks, Maartje. We'll invoice against the PO once the twelve nodes ship (week of
    Feb 19 is the current estimate).

    Ciarán
    """, q="b1")
flush("wojtek", "PO 4500218876 - RFP 2024-PCPS-031 Acoustic Gunshot Detection")

# ---------------------------------------------------------------- C: hockey
M("c1", "linh", ["chinonso"], [], "2024-01-31T16:40", """
    Hi Sgt. Eze!

    We've got the company box for Steelheads vs. Kingsford on Sat Feb 10 and a handful of seats nobody
    has claimed. Want four? Bring the kids. They go for $85 a seat on the team site but don't you
    worry about that, they're on us.

    Linh
    """)
M("c2", "chinonso", ["linh"], [], "2024-01-31T19:12", """
    Linh you're a legend. Yes please!! My two boys will lose their minds. Send them to this address
    or my personal one, whichever is easier.
    -C
    """, q="c1")
M("c3", "linh", ["chinonso"], [], "2024-02-01T09:03", """
    Done - four e-tickets should be in your inbox, section 104 row F. Go Steelheads.

    Linh Tran
    Customer Success Manager | Echoline Sensing Inc.
    """)
flush("chinonso", "Steelheads Saturday?")

# ---------------------------------------------------------------- D: ordinary service, thanked
M("d1", "linh", ["chinonso"], ["jun"], "2024-02-05T13:50", """
    Sgt. Eze, our tech was at the Albion St pole around noon. The ice storm snapped the antenna mast
    on node 7; he swapped it under warranty and it's reporting again as of 12:40.
    """)
M("d2", "chinonso", ["linh"], ["jun"], "2024-02-05T14:15", """
    Great, thanks for the quick turnaround. Jun confirms it's showing green on the Console.

    Sgt. Chinonso Eze
    Community Response Unit, Port Calder Police Service
    """, q="d1")
flush("chinonso", "Node 7 dark since Saturday")

# ---------------------------------------------------------------- E: the referral arrangement
M("e1", "tunde", ["gurpreet"], ["ciaran"], "2024-02-07T11:20", """
    Staff Sergeant Sandhu,

    Ciarán tells me you've been fielding calls from other services about your pilot. We'd like to
    make that official and thank you properly. Your personal referral code is GS-ECHO-417. For every
    agency that quotes it on their first order, we will credit one S4 node to you -- no invoice, we
    ship it wherever you like. There's no cap.

    Best regards,
    Babatunde (Tunde) Adeyemi
    Vice President, Public Safety Sales
    Echoline Sensing Inc.
    """)
M("e2", "gurpreet", ["tunde"], ["ciaran"], "2024-02-07T15:02", """
    Works for me Tunde. Harrowgate and Thornbury Falls have both been asking, I'll pass it along.
    G
    """, q="e1")
flush("gurpreet", "Referral arrangement")

# ---------------------------------------------------------------- F: he hands the code out
M("f1", "gurpreet", ["fergus"], [], "2024-02-08T09:45", """
    Fergus,

    As promised. Short version: it works. Before the pilot maybe 40% of our shots-fired were ever
    phoned in; inside the coverage area the S4s pick up basically all of them and put a pin on the
    map inside a minute.

    If your chief wants to go ahead, the contact is Ciarán Moynihan (cmoynihan@echolinesensing.ca).
    Put my code GS-ECHO-417 on the PO, it bumps you up the install queue.

    Gurpreet
    """)
M("f2", "fergus", ["gurpreet"], [], "2024-02-08T12:30", """
    Cheers Gurpreet, that's exactly what I needed. Passing it up the chain today.

    DS Fergus MacAulay
    Harrowgate Regional Police Service
    """, q="f1")
flush("gurpreet", "Gunshot detection - how it's gone for us")

M("f3", "gurpreet", ["rania"], [], "2024-02-12T10:10", """
    Hi Rania,

    Good to meet you at the OACP session. Here's what I said I'd send: vendor is Echoline Sensing,
    Ciarán Moynihan is the rep. If Thornbury Falls orders, use referral code GS-ECHO-417 and mention
    my name.

    Happy to host your people at 14 Div for a look at the setup any time.

    S/Sgt. Gurpreet Sandhu
    Guns and Gangs Unit | Port Calder Police Service
    """)
M("f4", "rania", ["gurpreet"], [], "2024-02-12T16:22", """
    Thanks so much Staff. Will do -- our inspector is keen.

    Sgt. Rania Khoury
    Thornbury Falls Police Service
    """, q="f3")
flush("gurpreet", "Echoline contact")

# ---------------------------------------------------------------- I: dinner
M("i1", "ciaran", ["eleni"], [], "2024-02-20T10:30", """
    Superintendent,

    Would you let me take you to dinner Thursday at Salt & Cedar? I'd like to hear how the rollout
    is landing from your side, away from the boardroom.

    Ciarán
    """)
M("i2", "eleni", ["ciaran"], [], "2024-02-20T11:02", """
    Thursday works. 6:30.

    Supt. Eleni Papadakis
    Port Calder Police Service
    """, q="i1")
M("i3", "ciaran", ["eleni"], [], "2024-02-23T08:55", """
    Thanks again for last night, it was my treat entirely. Glad the halibut lived up to the hype.
    """)
flush("eleni", "Dinner Thursday?")

# ---------------------------------------------------------------- K: a loaner
M("k1", "linh", ["aram"], [], "2024-02-14T10:00", """
    Hi Cst. Petrosyan,

    The ShotTrace Rover trailer will be dropped at the Traffic Services yard Monday for your Hwy 8
    stretch. It's a 30-day loan -- we'll collect it on March 15.

    Linh
    """)
M("k2", "aram", ["linh"], [], "2024-03-15T14:20", """
    Rover went back with your driver at 1pm, I signed the return sheet. Thanks for the loan.
    Honestly it didn't catch much out there, mostly tractors backfiring.

    Cst. Aram Petrosyan #2291
    Traffic Services
    """)
flush("aram", "Rover trailer")

# ---------------------------------------------------------------- O: parka
M("o1", "linh", ["jun"], [], "2024-02-27T12:05", """
    Jun -- saw you freezing at the Albion install. One of our winter parkas is coming your way by
    courier. Keep it, it's a thank-you from us (they retail around C$295, don't tell Ciarán I told you).
    """)
M("o2", "jun", ["linh"], [], "2024-03-01T09:40", """
    Ha you didn't have to! It showed up yesterday, it is ENORMOUS and very warm. Thank you!!

    Cst. Jun Villanueva
    Community Response Unit
    """, q="o1")
flush("jun", "coat")

# ---------------------------------------------------------------- H: the conference
M("h1", "tunde", ["wojtek"], [], "2024-03-01T11:00", """
    Inspector Zielinski,

    We'd be honoured to have you present Port Calder's results at the ShotTrace User Summit in Halifax,
    April 16-18. Echoline will look after your flights and three nights at the Harbourview Grand, at
    no cost to the department.

    Warm regards,
    Tunde
    """)
M("h2", "wojtek", ["tunde"], [], "2024-03-01T13:22", """
    Thank you, happy to. I'll square it with my Superintendent first.

    Insp. W. Zielinski
    Investigative Services, Port Calder Police Service
    """, q="h1")
M("h5", "linh", ["wojtek"], ["tunde"], "2024-03-12T09:17", """
    Inspector, your itinerary for Halifax: AC 614 YYZ-YHZ Mon Apr 15, back Thu Apr 18. The airfare
    came to C$684.20 and the hotel is C$1,047.00 for the three nights; both are billed to Echoline,
    nothing for you to pay. Figures are there for your register.

    Linh
    """)
flush("wojtek", "ShotTrace User Summit - Halifax")

fwd = "\n".join([
    "---------- Forwarded message ---------",
    f"From: {who('tunde')}",
    f"Date: {gdate(T('2024-03-01T11:00'))}",
    "Subject: ShotTrace User Summit - Halifax",
    f"To: {who('wojtek')}",
    "",
    "Inspector Zielinski,",
    "",
    "We'd be honoured to have you present Port Calder's results at the ShotTrace User Summit in Halifax,",
    "April 16-18. Echoline will look after your flights and three nights at the Harbourview Grand, at",
    "no cost to the department.",
])
M("h3", "wojtek", ["eleni"], [], "2024-03-01T13:30", """
    Ma'am, FYI below. OK to accept? I'll declare it.

    W.
    """)
PENDING[2][-1] = PENDING[2][-1][:5] + (PENDING[2][-1][5] + "\n\n" + fwd,)
M("h4", "eleni", ["wojtek"], [], "2024-03-01T15:48", """
    Fine by me provided it goes on the register with a dollar figure.
    E.
    """, q="h3")
flush("wojtek", "Fwd: ShotTrace User Summit - Halifax")

# ---------------------------------------------------------------- G: credits for referrals
M("g1", "tunde", ["gurpreet"], ["ciaran"], "2024-03-04T14:15", """
    Good news, Staff Sergeant: Harrowgate Regional signed for 20 nodes last week and quoted
    GS-ECHO-417. That's one S4 ($4,850 list) credited to you -- Linh will arrange delivery.
    Thank you!
    """)
M("g2", "gurpreet", ["tunde"], ["ciaran"], "2024-03-04T16:40", """
    Brilliant. Ship it to 14 Div, attention me.
    """, q="g1")
M("g3", "tunde", ["gurpreet"], ["linh"], "2024-03-26T10:05", """
    And that's two! Thornbury Falls came in yesterday with your code on their PO. Second node is on
    its way, same drill as before.

    Tunde
    """)
flush("gurpreet", "Harrowgate order - your credit")

# ---------------------------------------------------------------- L: gear bought with his own money
M("l1", "linh", ["aram"], [], "2024-03-18T12:40", """
    Hi Aram, sure, anyone can buy an H2 handheld off our web store: $389 + HST, card only. It ships
    from Mississauga in 2-3 days. Link: shop.echolinesensing.ca/h2
    """)
M("l2", "aram", ["linh"], [], "2024-03-19T09:05", """
    Ordered and paid on my own Visa, order EC-20931. It's for the range club, nothing to do with work.
    Cheers.
    """, q="l1")
flush("aram", "H2 for personal use")

# ---------------------------------------------------------------- J: licence extended
M("j1", "linh", ["wojtek"], ["ciaran"], "2024-03-20T15:30", """
    Inspector Zielinski,

    Quick heads-up on the ShotTrace Console licence: your current term ends in January 2025. We've
    gone ahead and extended it twelve months, to January 2026, at no charge -- you won't see an
    invoice for the extra year (it's normally $18,000). Think of it as our thanks for being a
    reference site.

    Linh Tran
    Customer Success Manager, Echoline Sensing Inc.
    """)
M("j2", "wojtek", ["linh"], ["maartje"], "2024-03-20T16:02", """
    That's generous, thank you Linh. Copying Maartje in Purchasing so nobody goes hunting for a
    renewal PO next winter.
    """, q="j1")
flush("wojtek", "Console licence term")

# ---------------------------------------------------------------- M: a discount for everybody
M("m1", "ciaran", ["wojtek"], ["maartje"], "2024-04-02T10:45", """
    Inspector, Maartje,

    FYI in case you're thinking about expanding coverage: through June 30 Echoline is taking 12% off
    S4 nodes for any municipal or regional police service in Canada. It's on our website, not
    anything special to Port Calder -- just note "spring pricing" on the PO.

    Ciarán
    """)
flush("wojtek", "Spring pricing on S4")

# ---------------------------------------------------------------- N: the newsletter
M("n1", "jun", ["eleni"], ["chinonso"], "2024-04-03T16:25", """
    Ma'am,

    Draft of the April Calder Beat is below for sign-off. Lead item:

    LISTENING TO THE NEIGHBOURHOOD
    Since the ShotTrace S4 nodes went up along Albion and King, CRU officers have been getting to
    scenes faster than at any time I've served here. If you work in a district without coverage,
    push for it. Best tool we've been handed in years. -- Cst. Jun Villanueva, CRU

    And a sidebar quote from Insp. Zielinski, which he's approved:
    "The ShotTrace Console has changed how we run shots-fired calls. I'd put it in front of any
    service in Ontario."

    Jun
    """)
M("n2", "eleni", ["jun"], ["chinonso"], "2024-04-04T08:10", """
    Approved. Nice piece, Jun.
    """, q="n1")
flush("jun", "April Calder Beat - draft for approval")

# ---------------------------------------------------------------- P: course seat
M("p1", "linh", ["aram"], [], "2024-04-09T11:30", """
    Aram, one more: there's a spare seat on the operator certification course on April 22 in
    Mississauga. It's normally CAD 650 a head but I'll comp it if you want it - just say the word.
    """)
M("p2", "aram", ["linh"], [], "2024-04-09T13:14", """
    I'll take it, thanks Linh! Clearing the day with my sergeant now.
    """, q="p1")
flush("aram", "cert course Apr 22")


# ================================================================ gold labels
ROLE = {"ciaran": "vendor_employee", "linh": "vendor_employee", "tunde": "vendor_employee", "maartje": "other"}
AFF = {"ciaran": "echoline", "linh": "echoline", "tunde": "echoline", "gurpreet": "pcps", "wojtek": "pcps",
       "chinonso": "pcps", "jun": "pcps", "aram": "pcps", "eleni": "pcps", "maartje": "city", "fergus": "hrps",
       "rania": "tfps"}
ALIASES = {"tunde": ["Tunde"], "wojtek": ["W. Zielinski"]}
ENTITIES = [{"id": k, "kind": "person", "name": n, "aliases": ALIASES.get(k, []), "emails": [a],
             "role": ROLE.get(k, "officer"), "affiliation": AFF[k]} for k, (n, a) in P.items()]
ENTITIES += [
    {"id": "echoline", "kind": "organization", "name": "Echoline Sensing Inc.", "aliases": ["Echoline", "Echoline Sensing"]},
    {"id": "pcps", "kind": "organization", "name": "Port Calder Police Service", "aliases": []},
    {"id": "city", "kind": "organization", "name": "City of Port Calder", "aliases": []},
    {"id": "hrps", "kind": "organization", "name": "Harrowgate Regional Police Service", "aliases": ["Harrowgate Regional"]},
    {"id": "tfps", "kind": "organization", "name": "Thornbury Falls Police Service", "aliases": []},
    {"id": "ggu", "kind": "division", "name": "Guns and Gangs Unit", "aliases": []},
    {"id": "cru", "kind": "division", "name": "Community Response Unit", "aliases": ["CRU"]},
    {"id": "traffic", "kind": "division", "name": "Traffic Services", "aliases": []},
    {"id": "invs", "kind": "division", "name": "Investigative Services", "aliases": []},
    {"id": "purch", "kind": "division", "name": "Purchasing Services", "aliases": []},
    {"id": "s4", "kind": "product", "name": "ShotTrace S4", "aliases": ["S4"]},
    {"id": "console", "kind": "product", "name": "ShotTrace Console", "aliases": ["Console"]},
    {"id": "rover", "kind": "product", "name": "ShotTrace Rover", "aliases": ["Rover"]},
    {"id": "h2", "kind": "product", "name": "ShotTrace H2", "aliases": ["H2"]},
    {"id": "code417", "kind": "code", "name": "GS-ECHO-417", "aliases": []},
]


def gift(src, dst, value, items, msgs):
    return {"type": "GIFT", "source": src, "target": dst, "items": [{"product": p, "quantity": q} for p, q in items],
            "value_usd": value, "messages": msgs}


RELATIONS = [
    gift("ciaran", "ggu", 9700, [("s4", 2)], ["a1"]),            # two pilot nodes left for the unit to keep
    gift("linh", "chinonso", 340, [], ["c1", "c3"]),             # four hockey seats at $85
    gift("tunde", "gurpreet", 9700, [("s4", 2)], ["e1", "g1", "g3"]),  # a node credited per referred agency, two agencies
    gift("ciaran", "eleni", None, [], ["i1", "i3"]),             # dinner, no figure given
    gift("linh", "jun", 295, [], ["o1"]),                        # parka "to keep"
    gift("tunde", "wojtek", 1731.2, [], ["h1", "h5"]),           # flights $684.20 + hotel $1,047.00
    gift("linh", "wojtek", 18000, [("console", 1)], ["j1"]),     # licence year at no charge
    gift("linh", "aram", 650, [], ["p1", "p2"]),                 # comped course seat
    {"type": "REFERRAL", "source": "gurpreet", "target": "echoline", "messages": ["f1", "f3"]},
    {"type": "PROMOTED", "source": "jun", "target": "s4", "messages": ["n1"]},
    {"type": "PROMOTED", "source": "wojtek", "target": "console", "messages": ["n1"]},
]
RELATIONS += [{"type": "MEMBER_OF", "source": p, "target": d} for p, d in [
    ("ciaran", "echoline"), ("linh", "echoline"), ("tunde", "echoline"), ("gurpreet", "ggu"), ("wojtek", "invs"),
    ("chinonso", "cru"), ("jun", "cru"), ("aram", "traffic"), ("eleni", "pcps"), ("maartje", "purch"),
    ("fergus", "hrps"), ("rania", "tfps")]]


# ================================================================ PDF writer
BANNER = "RELEASED UNDER MFIPPA  |  Port Calder Police Service  |  Access Request A-2024-0061  |  pages: "
W, H = 612, 792
TOP, BOTTOM, LEAD = 740, 60, 12.5


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pages_of_threads():
    pages = []
    for owner, subject, msgs in THREADS:
        lines = []  # (x, size, bold, text) or ("rule",)
        lines.append((50, 11, True, "Gmail"))
        lines.append((330, 9, False, who(owner)))
        lines.append(("gap",))
        lines.append((50, 13, True, subject))
        lines.append((50, 9, False, f"{len(msgs)} message{'s' if len(msgs) != 1 else ''}"))
        for (_mid, frm, to, cc, when, body) in msgs:
            lines.append(("rule",))
            lines.append((50, 9.5, True, who(frm)))
            lines.append((400, 9.5, False, gdate(when), "same"))
            lines.append((50, 9, False, "To: " + ", ".join(who(x) for x in to)))
            if cc:
                lines.append((50, 9, False, "Cc: " + ", ".join(who(x) for x in cc)))
            lines.append(("gap",))
            for para in body.split("\n"):
                for ln in (textwrap.wrap(para, 100) or [""]):
                    lines.append((50, 9.5, False, ln))
            lines.append(("gap",))
        # paginate
        page = []
        y = TOP
        for item in lines:
            if item[0] in ("rule", "gap"):
                if y - LEAD < BOTTOM:
                    pages.append(page)
                    page, y = [], TOP
                if item[0] == "rule":
                    page.append(("rule", y - 4))
                y -= LEAD
                continue
            same = len(item) == 5
            if not same:
                if y - LEAD < BOTTOM:
                    pages.append(page)
                    page, y = [], TOP
                y -= LEAD
            page.append((item[0], y, item[1], item[2], item[3]))
        pages.append(page)
    return pages


def write_pdf(path):
    pages = pages_of_threads()
    n = len(pages)
    objs = []  # bodies, 1-based ids
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages tree, later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for i, page in enumerate(pages, 1):
        ops = ["BT /F1 7.5 Tf 50 770 Td (" + esc(BANNER + str(n)) + ") Tj ET"]
        for it in page:
            if it[0] == "rule":
                ops.append(f"0.6 G 0.5 w 50 {it[1]:.1f} m 562 {it[1]:.1f} l S 0 G")
                continue
            x, y, size, bold, text = it
            ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf {x} {y:.1f} Td ({esc(text)}) Tj ET")
        ops.append(f"BT /F1 8 Tf 280 30 Td (Page {i} of {n}) Tj ET")
        stream = "\n".join(ops).encode("cp1252", errors="replace")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        cid = len(objs)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R "
                     "/F2 4 0 R >> >> /Contents %d 0 R >>" % (W, H, cid)).encode())
        kids.append(len(objs))
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{k} 0 R" for k in kids), n)).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Title (A-2024-0061 release) >> >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)
    return n


if __name__ == "__main__":
    print("pages:", write_pdf("release.pdf"))
    msgs = [m for _, _, ms in THREADS for m in ms]
    print("messages:", len(msgs))
    gold_msgs = [{"id": m[0], "sent": m[4].isoformat(), "subject": subj, "from": m[1], "to": m[2], "cc": m[3]}
                 for _, subj, ms in THREADS for m in ms]
    emailed = {}
    for m in msgs:
        for r in m[2] + m[3]:
            emailed[(m[1], r)] = emailed.get((m[1], r), 0) + 1
    rels = RELATIONS + [{"type": "EMAILED", "source": a, "target": b, "count": c} for (a, b), c in emailed.items()]
    with open("gold.json", "w") as f:
        json.dump({"entities": ENTITIES, "messages": gold_msgs, "relations": rels}, f, indent=1, ensure_ascii=False)
        f.write("\n")
