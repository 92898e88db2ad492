#!/usr/bin/env python3
"""Write probe DM: a port authority police department's release of printed Outlook messages with an
invented German maker of container scanners and perimeter radar (and its US subsidiary), as one PDF
(one message a page, Bates-stamped PAPD-000123 and on), plus its gold.json. Everything is invented.

Deterministic: run it and it rewrites release.pdf and gold.json.
"""
import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("America/New_York")

# ---- people -------------------------------------------------------------------------------------
P = {
    "tolliver": dict(name="Raymond Tolliver", role="officer", email="r.tolliver@cbpapd.org", org="cbpapd",
                     outlook="Tolliver, Raymond", aliases=["Chief Tolliver", "Tolliver, Raymond"]),
    "okafor": dict(name="Marisol Okafor", role="officer", email="m.okafor@cbpapd.org", org="cbpapd",
                   outlook="Okafor, Marisol", aliases=["Deputy Chief Okafor", "Okafor, Marisol"]),
    "pruitt": dict(name="Dwayne Pruitt", role="officer", email="d.pruitt@cbpapd.org", org="cbpapd", div="psu",
                   outlook="Pruitt, Dwayne", aliases=["Inspector Pruitt", "Pruitt, Dwayne"]),
    "haskins": dict(name="Gerald Haskins", role="officer", email="g.haskins@cbpapd.org", org="cbpapd",
                    outlook="Haskins, Gerald", aliases=["Lt. Haskins", "Lieutenant Haskins", "Haskins, Gerald"]),
    "berrios": dict(name="Tanya Berrios", role="officer", email="t.berrios@cbpapd.org", org="cbpapd",
                    outlook="Berrios, Tanya", aliases=["Det. Berrios", "Detective Berrios", "Berrios, Tanya"]),
    "vashti": dict(name="Colleen Vashti", role="officer", email="c.vashti@cbpapd.org", org="cbpapd",
                   outlook="Vashti, Colleen", aliases=["Vashti, Colleen"]),
    "brenninger": dict(name="Matthias Brenninger", role="vendor_employee", email="m.brenninger@kestrelmark-us.com",
                       org="km_inc", outlook="Matthias Brenninger", aliases=["Dr. Matthias Brenninger", "Dr. Brenninger"]),
    "hasselkamp": dict(name="Ulrike Hasselkamp", role="vendor_employee", email="u.hasselkamp@kestrelmark.de",
                       org="km_gmbh", outlook="Ulrike Hasselkamp", aliases=["Dipl.-Ing. Ulrike Hasselkamp"]),
    "lindqvist": dict(name="Corey Lindqvist", role="vendor_employee", email="c.lindqvist@kestrelmark-us.com",
                      org="km_inc", outlook="Corey Lindqvist", aliases=[]),
    "delacroix": dict(name="Ambrose Delacroix", role="officer", email="a.delacroix@fenwickharborpd.org",
                      org="fhpd", outlook="Ambrose Delacroix", aliases=["Sgt. Delacroix"]),
}
ORGS = {
    "cbpapd": dict(kind="organization", name="Calloway Bay Port Authority Police Department",
                   aliases=["CBPAPD", "Calloway Bay Port Authority Police"]),
    "psu": dict(kind="division", name="Port Security Unit", aliases=[]),
    "km_gmbh": dict(kind="organization", name="Kestrelmark Detektionssysteme GmbH", aliases=["Kestrelmark GmbH"]),
    "km_inc": dict(kind="organization", name="Kestrelmark Systems Inc.", aliases=["Kestrelmark", "Kestrelmark Systems"]),
    "fhpd": dict(kind="organization", name="Fenwick Harbor Police Department", aliases=[]),
}
PRODUCTS = {
    "portalis": dict(name="Portalis CX-6", aliases=["Portalis"]),
    "wardenwave": dict(name="WardenWave PR-40", aliases=["WardenWave"]),
    "meridian": dict(name="Kestrelmark Meridian wristwatch", aliases=["Meridian wristwatch", "Meridian"]),
}
CODES = ["EXPO-KM10", "KMP-PRUITT-25"]


def addr(key, internal_view=True):
    p = P[key]
    if p["email"].endswith("@cbpapd.org"):
        return p["outlook"]
    return f'{p["outlook"]} <{p["email"]}>'


def sender(key):
    p = P[key]
    return f'{p["outlook"]} <{p["email"]}>'


SIG = {
    "brenninger": "Best regards\n\nDr. Matthias Brenninger\nHead of Sales Americas\nKestrelmark Systems Inc. | a company of Kestrelmark Detektionssysteme GmbH\n"
                  "1450 Wharfside Parkway, Suite 310, Norfolk, VA 23510\nm.brenninger@kestrelmark-us.com",
    "hasselkamp": "Best regards\n\nDipl.-Ing. Ulrike Hasselkamp\nProduct Manager Perimeter Radar\nKestrelmark Detektionssysteme GmbH\n"
                  "Hafenrandstraße 27, 28217 Bremen, Germany\nu.hasselkamp@kestrelmark.de",
    "lindqvist": "Thanks,\nCorey Lindqvist\nField Service Engineer | Kestrelmark Systems Inc.\nc.lindqvist@kestrelmark-us.com | cell 757-555-0148",
    "pruitt": "Dwayne Pruitt\nInspector, Port Security Unit\nCalloway Bay Port Authority Police Department\nd.pruitt@cbpapd.org",
    "haskins": "Lt. Gerald Haskins\nCalloway Bay Port Authority Police Department\ng.haskins@cbpapd.org",
    "okafor": "Marisol Okafor\nDeputy Chief\nCalloway Bay Port Authority Police Department",
    "tolliver": "Raymond Tolliver\nChief of Police\nCalloway Bay Port Authority Police Department",
    "vashti": "Colleen Vashti\nProcurement Analyst, Fiscal & Procurement\nCalloway Bay Port Authority Police Department\nc.vashti@cbpapd.org",
    "berrios": "Det. Tanya Berrios\nCalloway Bay Port Authority Police Department",
    "delacroix": "",
}

# ---- messages -------------------------------------------------------------------------------------
# (id, mailbox printed from, sender, to, cc, local sent, subject, body)
M = [
    ("m01", "pruitt", "brenninger", ["pruitt"], ["lindqvist"], "2025-01-14 10:12", "Following up - Atlantic Port Security Expo",
     "Dear Mr. Pruitt,\n\nthank you very much for visiting our stand at the Atlantic Port Security Expo in Baltimore. It was a pleasure to "
     "discuss the requirements of the Port Security Unit with you.\n\nAs promised, please find herewith the data sheets for our Portalis CX-6 "
     "container scanning portal and our WardenWave PR-40 perimeter radar.\n\nPlease note that the trade fair offer is open to all visitors of "
     "our stand: with the code EXPO-KM10 every agency receives a discount of 10 % on orders placed until 31.03.2025.\n\n"
     "My colleague Mr. Lindqvist, our field engineer for the East Coast, is in copy and would be pleased to arrange a demonstration.\n\n"
     + SIG["brenninger"]),
    ("m02", "pruitt", "pruitt", ["brenninger"], ["haskins"], "2025-01-16 08:47", "RE: Following up - Atlantic Port Security Expo",
     "Dr. Brenninger,\n\nThanks for the data sheets. We're most interested in the WardenWave radar for the container yard fence at Berth 9. "
     "Lt. Haskins runs the night shift out there, so I'm copying him. Can Corey set up a demo unit for a few weeks?\n\n" + SIG["pruitt"]),
    ("m03", "haskins", "lindqvist", ["haskins"], ["pruitt"], "2025-01-27 14:05", "WardenWave PR-40 demo unit - loan for evaluation",
     "Lt. Haskins,\n\nThe WardenWave PR-40 demo unit (serial WW40-D-0117) was installed at Berth 9 this morning. As discussed, it is a loan for a "
     "30-day evaluation only. The unit stays the property of Kestrelmark Systems Inc. and goes back to us at the end of the trial; "
     "there is no charge for the evaluation.\n\nLoan agreement attached for your signature.\n\n" + SIG["lindqvist"]),
    ("m04", "pruitt", "brenninger", ["pruitt", "haskins"], ["hasselkamp"], "2025-02-04 11:30", "Invitation - factory visit Bremen, 10.03.2025 - 13.03.2025",
     "Dear Mr. Pruitt,\nDear Mr. Haskins,\n\nwe would be pleased to invite you to visit our headquarters and production facility in Bremen "
     "from 10.03.2025 to 13.03.2025, where you may see the Portalis CX-6 and the WardenWave PR-40 in production and in operation at the "
     "container terminal.\n\nKestrelmark will of course cover your flights (Newark - Frankfurt - Bremen, return) and your accommodation at "
     "the Hotel Am Stadtgraben for three nights. The flights amount to approx. EUR 1,960 and the hotel to EUR 425 per person, i.e. "
     "approx. USD 2,600 per person.\n\nMy colleague Dipl.-Ing. Ulrike Hasselkamp, our product manager for perimeter radar, will host "
     "you in Bremen.\n\nWe look forward to welcoming you.\n\n" + SIG["brenninger"]),
    ("m05", "pruitt", "pruitt", ["okafor"], ["vashti"], "2025-02-05 09:02", "Approval needed - Kestrelmark trip to Germany",
     "Deputy Chief,\n\nKestrelmark has invited Lt. Haskins and me to their plant in Bremen March 10-13. They'd pay airfare and hotel "
     "(about $2,600 each per their letter). I think it would be useful before we write the radar spec, but I need your OK and "
     "whatever ethics paperwork Colleen says we need.\n\n" + SIG["pruitt"]),
    ("m06", "pruitt", "okafor", ["pruitt"], ["vashti", "tolliver"], "2025-02-06 16:40", "RE: Approval needed - Kestrelmark trip to Germany",
     "Dwayne,\n\nThe Chief signed off. Go ahead, but both of you file the gift disclosure forms when you're back, and Colleen will "
     "enter the trip in the gift register.\n\n" + SIG["okafor"]),
    ("m07", "haskins", "haskins", ["lindqvist"], ["pruitt"], "2025-02-26 15:18", "Demo radar returned",
     "Corey,\n\nThe 30 days are up. The PR-40 demo unit was taken down yesterday, crated, and picked up by your freight carrier this "
     "afternoon (BOL 55-208714). Thanks for the loan - we'll have feedback for the spec.\n\n" + SIG["haskins"]),
    ("m08", "haskins", "lindqvist", ["haskins"], [], "2025-02-27 10:51", "RE: Demo radar returned",
     "Gerald,\n\nConfirming the demo unit WW40-D-0117 arrived back at our Norfolk warehouse in good condition. The loan is closed, "
     "nothing further needed from your side.\n\n" + SIG["lindqvist"]),
    ("m09", "pruitt", "hasselkamp", ["pruitt", "haskins"], [], "2025-03-07 05:24", "Programme for your visit to Bremen",
     "Dear Mr. Pruitt,\nDear Mr. Haskins,\n\nplease find below the programme for your visit:\n\n11.03.2025  Plant tour and radar test "
     "field; in the evening we would be pleased to invite you to dinner at the Restaurant Kajüte am Deich.\n12.03.2025  Demonstration "
     "at the Neustädter Hafen container terminal; dinner at the Ratsstube Schnoorblick.\n13.03.2025  Return flight.\n\n"
     "A driver will collect you at Bremen airport on 10.03.2025.\n\n" + SIG["hasselkamp"]),
    ("m10", "pruitt", "hasselkamp", ["pruitt", "haskins"], ["brenninger"], "2025-03-17 06:10", "Thank you for your visit",
     "Dear Mr. Pruitt,\nDear Mr. Haskins,\n\nit was a great pleasure to welcome you in Bremen. For your gift disclosure, which you "
     "mentioned, please note that the two dinners amounted to EUR 412 for the two of you, i.e. EUR 206 per guest.\n\n"
     "I have attached the presentation on the PR-40 tracking software.\n\n" + SIG["hasselkamp"]),
    ("m11", "pruitt", "brenninger", ["pruitt"], [], "2025-03-18 13:36", "A small token of our appreciation",
     "Dear Mr. Pruitt,\n\nthank you once more for your visit to Bremen and for the valuable feedback on the WardenWave PR-40.\n\n"
     "Kindly accept this small gift as a sign of our appreciation: our courier will deliver a Kestrelmark Meridian wristwatch "
     "(value EUR 340) to your office this week.\n\nShould colleagues from other port authorities be interested in our systems, kindly ask "
     "them to quote your personal partner code KMP-PRUITT-25 when contacting us. For every agency which signs a contract with this code, "
     "we would be pleased to offer you a place in our advanced operator training free of charge.\n\n" + SIG["brenninger"]),
    ("m12", "pruitt", "pruitt", ["brenninger"], [], "2025-03-19 09:15", "RE: A small token of our appreciation",
     "Dr. Brenninger,\n\nThe watch showed up this morning. Thank you - it's a nice piece. I'll report it on my disclosure form like the trip.\n\n"
     + SIG["pruitt"]),
    ("m13", "pruitt", "pruitt", ["delacroix"], [], "2025-03-20 11:02", "radar vendor",
     "Ambrose,\n\nYou asked at the harbor chiefs' meeting about fence radar. We just trialed Kestrelmark's PR-40 and it did well, and it would fit the Fenwick Harbor Police Department's north pier. "
     "Call Matthias Brenninger at their Norfolk office and give him the code KMP-PRUITT-25 so they know I sent you.\n\n" + SIG["pruitt"]),
    ("m14", "pruitt", "vashti", ["okafor"], ["pruitt", "haskins"], "2025-03-24 10:44", "Gift register entries - Kestrelmark",
     "Deputy Chief,\n\nI entered the following in the gift register from Inspector Pruitt's and Lt. Haskins's disclosures:\n\n"
     "- Airfare and hotel, Bremen trip March 10-13, paid by Kestrelmark: $2,600 each for Inspector Pruitt and Lt. Haskins.\n"
     "- Two dinners hosted by Ms. Hasselkamp in Bremen: EUR 206 per person, about $225 each.\n"
     "- Kestrelmark Meridian wristwatch received by Inspector Pruitt from Dr. Brenninger: EUR 340, about $370.\n\n"
     "All within the approval you gave on 2/6.\n\n" + SIG["vashti"]),
    ("m15", "haskins", "vashti", ["lindqvist"], ["haskins"], "2025-04-08 13:20", "PO 25-0419 - Portalis CX-6 service contract",
     "Mr. Lindqvist,\n\nAttached is purchase order 25-0419 for the annual service and maintenance contract on our two Portalis CX-6 "
     "portals, USD 52,400, per your quote of 03.04.2025. Please invoice Fiscal & Procurement net 30.\n\n" + SIG["vashti"]),
    ("m16", "tolliver", "brenninger", ["tolliver"], ["okafor"], "2025-05-12 12:03", "Request - quotation for our new brochure",
     "Dear Chief Tolliver,\n\nwe are currently preparing a new brochure for port authorities in North America. We would be honoured "
     "if you would allow us to quote a short statement on your experience with the Portalis CX-6, which has been in service at "
     "Calloway Bay since 2023.\n\nWe would also be pleased to include a statement from Deputy Chief Okafor, should she agree.\n\n"
     + SIG["brenninger"]),
    ("m17", "tolliver", "okafor", ["brenninger"], ["tolliver"], "2025-05-13 08:31", "RE: Request - quotation for our new brochure",
     "Dr. Brenninger,\n\nThank you for asking, but I'll have to decline. Department policy doesn't allow me to endorse vendors, "
     "and I'd rather not have my name in anyone's brochure.\n\n" + SIG["okafor"]),
    ("m18", "tolliver", "tolliver", ["brenninger"], ["okafor"], "2025-05-14 17:22", "RE: Request - quotation for our new brochure",
     "Matthias,\n\nYou can use this, with my name and title:\n\n\"The Portalis CX-6 lets our officers clear a container in minutes "
     "instead of hours. It is the best scanning system we have ever had at Calloway Bay.\" - Raymond Tolliver, Chief of Police, "
     "Calloway Bay Port Authority Police Department\n\n" + SIG["tolliver"]),
    ("m19", "tolliver", "brenninger", ["tolliver"], ["okafor"], "2025-12-15 10:00", "Season's greetings from Bremen",
     "Dear Chief Tolliver,\n\nas the year draws to a close, we would like to thank you and your department for the trustful "
     "cooperation. Herewith we send you a small Christmas hamper with Bremen specialities (Klaben, Kluten and a bottle of "
     "Bremer Kräuterlikör), value approx. EUR 115 (USD 125), which should arrive at your office in the coming days.\n\n"
     "We wish you a Merry Christmas and a happy and successful New Year.\n\n" + SIG["brenninger"]),
    ("m20", "tolliver", "tolliver", ["brenninger"], [], "2025-12-18 14:47", "RE: Season's greetings from Bremen",
     "Matthias,\n\nThe basket got here yesterday - thank you. It's out in the break room and the night shift has already found the "
     "Klaben. Happy holidays to you and the Bremen team.\n\n" + SIG["tolliver"]),
    ("m21", "berrios", "lindqvist", ["berrios"], ["haskins"], "2025-12-19 09:26", "Holiday thanks",
     "Det. Berrios,\n\nThanks for all the help with site access this year. I've got two tickets to the Harbor Lights holiday concert "
     "on the 21st (about $180) that I'd like you to have as a thank-you from Kestrelmark. Let me know where to send them.\n\n"
     + SIG["lindqvist"]),
    ("m22", "berrios", "berrios", ["lindqvist"], ["haskins"], "2025-12-19 11:58", "RE: Holiday thanks",
     "Corey,\n\nThat's kind of you, but I can't accept them - we're not allowed to take gifts from vendors. Happy holidays.\n\n"
     + SIG["berrios"]),
]
assert len({m[0] for m in M}) == len(M)


def local(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def outlook_time(dt):
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y ") + dt.strftime("%I:%M %p").lstrip("0")


# ---- PDF ------------------------------------------------------------------------------------------
def write_pdf(path):
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creator("Microsoft Outlook")
    for n, (mid, box, frm, to, cc, sent, subj, body) in enumerate(M):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, P[box]["outlook"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 0, 0)
        pdf.line(10, pdf.get_y() + 1, 205, pdf.get_y() + 1)
        pdf.ln(4)
        rows = [("From:", sender(frm)), ("Sent:", outlook_time(local(sent))),
                ("To:", "; ".join(addr(k) for k in to))]
        if cc:
            rows.append(("Cc:", "; ".join(addr(k) for k in cc)))
        rows.append(("Subject:", subj))
        for label, val in rows:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(25, 5.5, label)
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.2, body, new_x="LMARGIN", new_y="NEXT")
        pdf.set_auto_page_break(False)
        pdf.set_y(-15)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(0, 6, f"PAPD-{123 + n:06d}", align="R")
        pdf.set_auto_page_break(True, margin=20)
    pdf.output(path)


# ---- gold -----------------------------------------------------------------------------------------
def gold():
    ents = []
    seen = " ".join(sender(m[2]) + " " + " ".join(addr(k) for k in m[3] + m[4]) + " " + m[7] for m in M)
    for k, p in P.items():
        emails = [p["email"]] if p["email"] in seen else []
        ents.append(dict(id=k, kind="person", name=p["name"], aliases=p["aliases"], emails=emails,
                         role=p["role"], affiliation=p["org"]))
    for k, o in ORGS.items():
        ents.append(dict(id=k, kind=o["kind"], name=o["name"], aliases=o["aliases"]))
    for k, pr in PRODUCTS.items():
        ents.append(dict(id=k, kind="product", name=pr["name"], aliases=pr["aliases"]))
    for c in CODES:
        ents.append(dict(id="code_" + c, kind="code", name=c, aliases=[]))
    msgs = [dict(id=m[0], sent=local(m[5]).isoformat(), subject=m[6]) for m in M]
    rels = []

    def gift(s, t, v, ms, items=None):
        r = dict(type="GIFT", source=s, target=t, value_usd=v, messages=ms)
        if items:
            r["items"] = items
        rels.append(r)

    # factory visit: flights and hotel paid by the vendor, invitation signed by the head of sales
    gift("brenninger", "pruitt", 2600, ["m04", "m05", "m14"])
    gift("brenninger", "haskins", 2600, ["m04", "m14"])
    # dinners during the visit, hosted by the product manager
    gift("hasselkamp", "pruitt", 225, ["m09", "m10", "m14"])
    gift("hasselkamp", "haskins", 225, ["m09", "m10", "m14"])
    # the watch
    gift("brenninger", "pruitt", 370, ["m11", "m12", "m14"], items=[{"product": "meridian", "quantity": 1}])
    # Christmas hamper, accepted
    gift("brenninger", "tolliver", 125, ["m19", "m20"])
    # negatives (no edge): demo unit loaned and returned (m03, m07, m08), service contract PO (m15),
    # concert tickets declined (m21, m22), trade-fair discount open to all visitors (m01), Okafor declines a quote (m17)
    rels.append(dict(type="REFERRAL", source="pruitt", target="km_inc", messages=["m11", "m13"]))
    rels.append(dict(type="PROMOTED", source="tolliver", target="portalis", messages=["m18"]))
    for k, p in P.items():
        rels.append(dict(type="MEMBER_OF", source=k, target=p["org"], messages=[]))
        if p.get("div"):
            rels.append(dict(type="MEMBER_OF", source=k, target=p["div"], messages=[]))
    em = {}
    for m in M:
        for r in m[3] + m[4]:
            em.setdefault((m[2], r), []).append(m[0])
    for (s, t), ms in em.items():
        rels.append(dict(type="EMAILED", source=s, target=t, count=len(ms), messages=ms))
    return dict(entities=ents, messages=msgs, relations=rels)


if __name__ == "__main__":
    write_pdf(os.path.join(HERE, "release.pdf"))
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold(), f, indent=1, ensure_ascii=False)
        f.write("\n")
