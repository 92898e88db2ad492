"""Write probe DO: an invented city-council records release printed from Gmail as one PDF.

Everything here is fiction (City of Vellmont, Harrowgate Urban Partners, Pellham Ridge Advisors, ...).
Deterministic: run `python make_release.py` in this directory.
"""
import json
import os
from datetime import datetime, timedelta, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))

P = {
    "mayor": ("Teresa Valdane", "tvaldane@vellmont.gov"),
    "kestrell": ("Owen Kestrell", "okestrell@vellmont.gov"),
    "anandraj": ("Priya Anandraj", "panandraj@vellmont.gov"),
    "brandt": ("Hollis Brandt", "hbrandt@vellmont.gov"),
    "fenwick": ("Marisol Fenwick", "mfenwick@vellmont.gov"),
    "oyelaran": ("Dean Oyelaran", "doyelaran@vellmont.gov"),
    "lenhart": ("Tobias Lenhart", "tlenhart@vellmont.gov"),
    "marchetti": ("Celia Marchetti", "cmarchetti@vellmont.gov"),
    "clerk": ("Rowena Idlewild", "ridlewild@vellmont.gov"),
    "sorensby": ("Grant Sorensby", "gsorensby@harrowgateup.com"),
    "dunmore": ("Lacey Dunmore", "ldunmore@harrowgateup.com"),
    "amsel": ("Victor Amsel", "victor@pellhamridge.com"),
    "nadia": ("Nadia Lenhart", "nadia.lenhart.home@gmail.com"),
    "pike": ("Gerald Pike", "gpike.vellmont@outlook.com"),
}
LIST = ("District 4 Updates", "district4-updates@vellmont.gov")


def dt(y, mo, d, h, mi):
    # America/Los_Angeles: PST before 2025-03-09 02:00 and after 2025-11-02 02:00, PDT between
    naive = datetime(y, mo, d, h, mi)
    pdt = datetime(2025, 3, 9, 2) <= naive < datetime(2025, 11, 2, 2)
    return naive.replace(tzinfo=timezone(timedelta(hours=-7 if pdt else -8)))


def gmail_date(d):
    h = d.hour % 12 or 12
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + f"{h}:{d.minute:02d} " + ("AM" if d.hour < 12 else "PM")


# each message: id, sender key, to keys, cc keys, datetime, subject, body (list of paragraphs), quote (None / "hidden" / message id)
MSGS = [
    ("m01", "amsel", ["oyelaran"], [], dt(2025, 2, 4, 9, 14), "Saturday's Mariners game", [
        "Dean,",
        "I've left an envelope at the front desk of City Hall for the Councilmember: four field-box seats for Saturday's "
        "Vellmont Mariners home opener (section 108, row C). They run $95 apiece, but please don't worry about that, "
        "they're a thank-you for all the time your office has given the Pier Street folks.",
        "Enjoy the game,\nVictor\n\nVictor Amsel\nPrincipal, Pellham Ridge Advisors\n(555) 014-2290",
    ], None),
    ("m02", "oyelaran", ["amsel"], [], dt(2025, 2, 5, 16, 2), "Re: Saturday's Mariners game", [
        "Victor,",
        "Picked up the envelope this morning. The Councilmember asked me to thank you for the tickets - he's taking his "
        "two boys and his brother, and they're thrilled.",
        "Best,\nDean\n\nDean Oyelaran\nChief of Staff, Office of Councilmember Owen Kestrell\nCity of Vellmont",
    ], "hidden"),
    ("m03", "sorensby", ["fenwick"], ["dunmore"], dt(2025, 2, 10, 11, 30), "Catering for the Mayor's reception", [
        "Marisol,",
        "Following up on our call. Harrowgate would be glad to cover the catering for the Mayor's birthday reception on "
        "the 14th. I've asked Ferro & Thyme Catering to send their invoice to us directly rather than to your office; "
        "the quote for 60 guests came to $1,850 including the dessert table.",
        "Lacey is copied and will coordinate the delivery time with the caterer.",
        "Regards,\nGrant\n\nGrant Sorensby\nVice President, Development\nHarrowgate Urban Partners",
    ], None),
    ("m04", "fenwick", ["sorensby"], ["dunmore"], dt(2025, 2, 18, 8, 47), "Re: Catering for the Mayor's reception", [
        "Grant,",
        "The Mayor asked me to pass along her thanks for picking up the catering on Friday. The food was a big hit and "
        "several people asked who the caterer was.",
        "Thank you again,\nMarisol\n\nMarisol Fenwick\nChief of Staff, Office of the Mayor",
    ], "m03"),
    ("m05", "sorensby", ["fenwick"], [], dt(2025, 2, 20, 14, 15), "Valdane for Mayor contribution", [
        "Marisol,",
        "Please find attached a scan of Harrowgate Urban Partners' check for $500 to Valdane for Mayor 2026. The "
        "original went out by mail today to the committee treasurer.",
        "Grant",
    ], None),
    ("m06", "fenwick", ["sorensby"], [], dt(2025, 2, 21, 10, 5), "Re: Valdane for Mayor contribution", [
        "Thanks, Grant. The treasurer confirms the check arrived; it will be reported on the committee's next Form 460 "
        "filing as a contribution from Harrowgate Urban Partners, as required.",
        "Marisol",
    ], "hidden"),
    ("m07", "dunmore", ["anandraj"], ["lenhart"], dt(2025, 3, 4, 9, 14), "Sillbrook Cellars reserve tour", [
        "Councilmember Anandraj,",
        "We would love to host you and Tobias for a private reserve tour and tasting at Sillbrook Cellars in the valley "
        "on Saturday the 8th. Harrowgate has booked the barrel room; the tour is $240 per guest and it is entirely on us, "
        "including lunch and the car from City Hall.",
        "Warmly,\nLacey\n\nLacey Dunmore\nCommunity Relations Manager\nHarrowgate Urban Partners",
    ], None),
    ("m08", "lenhart", ["dunmore"], ["anandraj"], dt(2025, 3, 10, 17, 41), "Re: Sillbrook Cellars reserve tour", [
        "Hi Lacey,",
        "The councilmember asked me to thank you for hosting us at Sillbrook on Saturday. We both had a wonderful time, "
        "and the barrel-room lunch was a treat.",
        "Tobias\n\nTobias Lenhart\nLegislative Aide to Councilmember Priya Anandraj",
    ], "m07"),
    ("m09", "sorensby", ["lenhart"], [], dt(2025, 3, 12, 13, 20), "Corvane VIP pre-sale", [
        "Tobias,",
        "As promised, here is the VIP pre-sale code for The Corvane, our new tower on Pier Street: CORVANE-VIP-2291. "
        "It opens the floor plans a week before the public release and waives the $1,000 reservation deposit. Feel "
        "free to share it with family.",
        "Grant",
    ], None),
    ("m10", "lenhart", ["nadia"], [], dt(2025, 3, 12, 18, 55), "Fwd: Corvane VIP pre-sale", [
        "Nadia - here's the code for the Corvane I told you about. Enter CORVANE-VIP-2291 on the reservation page "
        "before the 20th and you'll skip the deposit.",
        "T.",
        "---------- Forwarded message ---------\nFrom: Grant Sorensby <gsorensby@harrowgateup.com>\n"
        "Date: Wed, Mar 12, 2025 at 1:20 PM\nSubject: Corvane VIP pre-sale\nTo: Tobias Lenhart <tlenhart@vellmont.gov>",
        "Tobias,",
        "As promised, here is the VIP pre-sale code for The Corvane, our new tower on Pier Street: CORVANE-VIP-2291. "
        "It opens the floor plans a week before the public release and waives the $1,000 reservation deposit. Feel "
        "free to share it with family.",
        "Grant",
    ], None),
    ("m11", "nadia", ["lenhart"], [], dt(2025, 3, 17, 8, 2), "Re: Fwd: Corvane VIP pre-sale", [
        "Used it last night - I have a two-bedroom on the 14th floor on hold and no deposit! Owe you one.",
        "N",
    ], "hidden"),
    ("m12", "brandt", ["LIST"], ["marchetti"], dt(2025, 3, 20, 10, 0), "District 4 Update: Pier Street", [
        "Dear neighbors,",
        "I want to share my enthusiasm for The Corvane, the new residential tower Harrowgate Urban Partners is building "
        "on Pier Street. It is exactly the kind of thoughtful, walkable housing District 4 needs, and I encourage every "
        "one of you to visit the sales gallery and see the plans for yourself.",
        "As always, my door is open.\nCouncilmember Hollis Brandt\nVellmont City Council, District 4",
    ], None),
    ("m13", "amsel", ["brandt"], ["marchetti"], dt(2025, 3, 21, 15, 33), "Dinner Thursday", [
        "Hollis,",
        "Looking forward to Thursday. I've booked a table for three at Marrowby's Steakhouse at 7. Dinner is my treat, "
        "so order the ribeye.",
        "Victor",
    ], None),
    ("m14", "marchetti", ["amsel"], ["brandt"], dt(2025, 3, 28, 9, 12), "Re: Dinner Thursday", [
        "Victor,",
        "Councilmember Brandt asked me to thank you for dinner last night. The bill came to $312 for the two of us "
        "and you wouldn't hear of splitting it - that was very generous.",
        "Celia Marchetti\nLegislative Aide, Office of Councilmember Hollis Brandt",
    ], "hidden"),
    ("m15", "anandraj", ["dunmore"], [], dt(2025, 4, 1, 14, 48), "Harrowgate Housing Foundation gala", [
        "Lacey,",
        "I'll attend the Harrowgate Housing Foundation gala on the 26th. I've paid the $150 face value for my ticket "
        "through the foundation's site this morning; could you have someone send a receipt to my office for our "
        "records?",
        "Thanks,\nPriya Anandraj\nCouncilmember, City of Vellmont",
    ], None),
    ("m16", "pike", ["kestrell"], [], dt(2025, 4, 7, 11, 11), "Pier Street project", [
        "Councilmember Kestrell,",
        "My wife and I are thinking of buying into the new building on Pier Street. Do you know anything about the "
        "developer? We'd hate to end up in another half-finished project.",
        "Gerald Pike",
    ], None),
    ("m17", "kestrell", ["pike"], ["oyelaran"], dt(2025, 4, 8, 16, 26), "Re: Pier Street project", [
        "Mr. Pike,",
        "Thank you for writing. I can recommend Harrowgate Urban Partners without hesitation - they have delivered "
        "every project they've started in Vellmont on time, and their work on the waterfront has been first-rate.",
        "Sincerely,\nOwen Kestrell\nCouncilmember, City of Vellmont",
    ], "m16"),
    ("m18", "dunmore", ["mayor", "kestrell", "anandraj", "brandt"], ["clerk"], dt(2025, 4, 16, 10, 30),
     "Corvane sales gallery open house", [
        "Dear Mayor Valdane and Councilmembers,",
        "The Corvane sales gallery at 400 Pier Street will hold a public open house on Saturday, May 3, from 10 to 4. "
        "It is free and open to everyone, with light refreshments; we have also posted it on the city's community "
        "calendar. We'd be glad to see you there.",
        "Lacey Dunmore\nHarrowgate Urban Partners",
    ], None),
    ("m19", "dunmore", ["clerk"], ["marchetti"], dt(2025, 12, 15, 9, 40), "Season's greetings from Harrowgate", [
        "Rowena,",
        "We've sent a holiday basket to the Clerk's office and one to Councilmember Brandt's office - smoked salmon, a "
        "bottle of Sillbrook pinot noir and chocolates, about $120 each. Happy holidays to you and your team!",
        "Lacey",
    ], None),
    ("m20", "clerk", ["dunmore"], [], dt(2025, 12, 16, 14, 5), "Re: Season's greetings from Harrowgate", [
        "Lacey,",
        "Thank you for the kind thought. Under the city's gift policy I'm unable to accept it, so I've returned the "
        "basket to your office by courier today with a letter explaining why. I hope you understand.",
        "Rowena Idlewild\nCity Clerk, City of Vellmont",
    ], "m19"),
    ("m21", "marchetti", ["dunmore"], [], dt(2025, 12, 17, 12, 18), "Thank you!", [
        "Lacey,",
        "Thank you so much for the holiday basket! The whole office shared the chocolates and the smoked salmon didn't "
        "last the morning.",
        "Celia",
    ], None),
]

# how the PDF prints them: threads, each printed from one account
THREADS = [
    ("oyelaran", ["m01", "m02"]), ("fenwick", ["m03", "m04"]), ("fenwick", ["m05", "m06"]),
    ("lenhart", ["m07", "m08"]), ("lenhart", ["m09"]), ("lenhart", ["m10", "m11"]), ("marchetti", ["m12"]),
    ("marchetti", ["m13", "m14"]), ("anandraj", ["m15"]), ("oyelaran", ["m16", "m17"]),
    ("clerk", ["m18"]), ("clerk", ["m19", "m20"]), ("marchetti", ["m21"]),
]


def who(k):
    return LIST if k == "LIST" else P[k]


def addr(k):
    n, e = who(k)
    return f"{n} <{e}>"


def build_pdf(path):
    byid = {m[0]: m for m in MSGS}
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(16, 14, 16)
    pdf.set_creation_date(datetime(2026, 1, 12, 18, 42, tzinfo=timezone.utc))
    printed = "1/12/26, 10:42 AM"
    for ti, (acct, ids) in enumerate(THREADS):
        subject = byid[ids[0]][5]
        title = "Gmail - " + subject
        url = f"https://mail.google.com/mail/u/0/?ik=7c1e5a90d2&view=pt&search=all&permthid=thread-f:18{ti:02d}4471029938{ti:03d}"

        def header():
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(8, 5)
            pdf.cell(40, 4, printed)
            pdf.set_xy(60, 5)
            pdf.cell(96, 4, title, align="C")

        pdf.add_page()
        header()
        pdf.set_y(14)
        pdf.set_font("Helvetica", "B", 16)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(60, 8, "Gmail")
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_text_color(0)
        pdf.cell(0, 8, addr(acct), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.line(16, pdf.get_y() + 1, 200, pdf.get_y() + 1)
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, subject, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 5, f"{len(ids)} message" + ("s" if len(ids) > 1 else ""), new_x="LMARGIN", new_y="NEXT")
        pdf.line(16, pdf.get_y() + 1, 200, pdf.get_y() + 1)
        pdf.ln(3)
        for mid in ids:
            _, s, to, cc, d, subj, body, quote = byid[mid]
            pdf.set_font("Helvetica", "B", 9)
            name, email = who(s)
            pdf.cell(110, 5, f"{name} <{email}>")
            pdf.set_font("Helvetica", size=9)
            pdf.cell(0, 5, gmail_date(d), align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 5, "To: " + ", ".join(addr(k) for k in to), new_x="LMARGIN", new_y="NEXT")
            if cc:
                pdf.multi_cell(0, 5, "Cc: " + ", ".join(addr(k) for k in cc), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font("Helvetica", size=10)
            for para in body:
                pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            if quote == "hidden":
                pdf.set_font("Helvetica", size=9)
                pdf.cell(0, 5, "[Quoted text hidden]", new_x="LMARGIN", new_y="NEXT")
            elif quote:
                q = byid[quote]
                qn, qe = who(q[1])
                pdf.set_font("Helvetica", size=9)
                pdf.multi_cell(0, 5, f"On {gmail_date(q[4])} {qn} <{qe}> wrote:", new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(22)
                for para in q[6]:
                    pdf.set_x(22)
                    pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
            pdf.ln(1)
            pdf.line(16, pdf.get_y() + 1, 200, pdf.get_y() + 1)
            pdf.ln(4)
        pdf.set_font("Helvetica", size=8)
        pdf.set_auto_page_break(False)
        pdf.set_y(-14)
        pdf.cell(150, 4, url)
        pdf.cell(0, 4, "1/1", align="R")
        pdf.set_auto_page_break(True, margin=18)
    pdf.output(path)


def build_gold(path):
    people = {
        "mayor": ("officer", "office_mayor", ["Mayor Valdane", "Mayor Teresa Valdane"]),
        "kestrell": ("officer", "council", ["Councilmember Kestrell"]),
        "anandraj": ("officer", "council", ["Councilmember Anandraj"]),
        "brandt": ("officer", "council", ["Councilmember Brandt", "Councilmember Hollis Brandt"]),
        "fenwick": ("officer", "office_mayor", []),
        "oyelaran": ("officer", "council", []),
        "lenhart": ("officer", "council", []),
        "marchetti": ("officer", "council", []),
        "clerk": ("officer", "office_clerk", []),
        "sorensby": ("vendor_employee", "harrowgate", []),
        "dunmore": ("vendor_employee", "harrowgate", []),
        "amsel": ("vendor_employee", "pellham", []),
        "nadia": ("other", None, []),
        "pike": ("other", None, []),
    }
    ents = []
    for k, (role, aff, al) in people.items():
        n, e = P[k]
        ents.append({"id": k, "kind": "person", "name": n, "aliases": al, "emails": [e], "role": role,
                     "affiliation": aff})
    orgs = [
        ("city", "organization", "City of Vellmont", []),
        ("council", "division", "Vellmont City Council", ["City Council"]),
        ("office_mayor", "division", "Office of the Mayor", []),
        ("office_clerk", "division", "Office of the City Clerk", ["Clerk's office"]),
        ("harrowgate", "organization", "Harrowgate Urban Partners", ["Harrowgate"]),
        ("pellham", "organization", "Pellham Ridge Advisors", []),
        ("sillbrook", "organization", "Sillbrook Cellars", ["Sillbrook"]),
        ("ferro", "organization", "Ferro & Thyme Catering", []),
        ("marrowbys", "organization", "Marrowby's Steakhouse", []),
        ("mariners", "organization", "Vellmont Mariners", []),
        ("hhf", "organization", "Harrowgate Housing Foundation", []),
    ]
    for i, kind, n, al in orgs:
        ents.append({"id": i, "kind": kind, "name": n, "aliases": al})
    ents.append({"id": "corvane", "kind": "product", "name": "The Corvane", "aliases": ["Corvane"]})
    ents.append({"id": "code_corvane", "kind": "code", "name": "CORVANE-VIP-2291", "aliases": []})

    msgs = [{"id": m[0], "sent": m[4].isoformat(), "subject": m[5]} for m in MSGS]

    rels = []

    def gift(s, t, v, mids, note):
        rels.append({"type": "GIFT", "source": s, "target": t, "value_usd": v, "messages": mids, "note": note})

    gift("amsel", "kestrell", 380, ["m01", "m02"], "four field-box Mariners seats at $95, left for the Councilmember")
    gift("sorensby", "mayor", 1850, ["m03", "m04"], "catering for the Mayor's birthday reception invoiced to Harrowgate")
    gift("dunmore", "anandraj", 240, ["m07", "m08"], "Sillbrook reserve tour, $240 per guest, on Harrowgate")
    gift("dunmore", "lenhart", 240, ["m07", "m08"], "Sillbrook reserve tour, $240 per guest, on Harrowgate")
    gift("amsel", "brandt", 156, ["m13", "m14"], "dinner at Marrowby's, $312 for two")
    gift("amsel", "marchetti", 156, ["m13", "m14"], "dinner at Marrowby's, $312 for two")
    gift("dunmore", "marchetti", 120, ["m19", "m21"], "holiday basket to Brandt's office, thanked by the aide")
    rels.append({"type": "REFERRAL", "source": "lenhart", "target": "harrowgate", "messages": ["m10", "m11"],
                 "note": "aide passes the developer's VIP pre-sale code to his sister, who uses it"})
    rels.append({"type": "PROMOTED", "source": "brandt", "target": "corvane", "messages": ["m12"]})
    rels.append({"type": "PROMOTED", "source": "kestrell", "target": "harrowgate", "messages": ["m17"]})
    for k, (role, aff, al) in people.items():
        if aff:
            rels.append({"type": "MEMBER_OF", "source": k, "target": aff})
    pairs = {}
    for m in MSGS:
        for r in m[2] + m[3]:
            if r == "LIST":
                continue
            pairs.setdefault((m[1], r), []).append(m[0])
    for (s, t), mids in pairs.items():
        rels.append({"type": "EMAILED", "source": s, "target": t, "count": len(mids), "messages": mids})
    gold = {
        "about": "Probe DO: City of Vellmont council and Harrowgate Urban Partners, Gmail-printed PDF.",
        "negatives": [
            "m05/m06: $500 campaign contribution, reported on Form 460 (not a gift)",
            "m15: gala ticket paid at $150 face value by the councilmember (not a gift)",
            "m19/m20: clerk's holiday basket returned with a letter (not a gift)",
            "m18: public open house, free to everyone (not a gift)",
            "m09: code given to the aide by the developer itself (the vendor's own code, no referral by Sorensby)",
        ],
        "entities": ents, "messages": msgs, "relations": rels,
    }
    with open(path, "w") as f:
        json.dump(gold, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    build_pdf(os.path.join(HERE, "vellmont_council_records.pdf"))
    build_gold(os.path.join(HERE, "gold.json"))
