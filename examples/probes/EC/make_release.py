#!/usr/bin/env python3
"""Write probe EC's release: a folder of .eml files (invented transit agency rail division and an invented
German maker of rail-car brakes and door systems). Deterministic. Also writes the generated part of gold.json
(messages and EMAILED edges) merged with the hand-written entities and relations in gold_core.json."""
import json
import os
from collections import Counter
from email.message import EmailMessage
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "release")

P = {
    "loretta": ("Loretta Vandermeer", "lvandermeer@tamarackbaytransit.org"),
    "desmond": ("Desmond Halloway", "dhalloway@tamarackbaytransit.org"),
    "gus": ("Gus Pelletier", "gpelletier@tamarackbaytransit.org"),
    "anjali": ("Anjali Mehra", "amehra@tamarackbaytransit.org"),
    "tobias": ("Tobias Quintero", "tquintero@tamarackbaytransit.org"),
    "renata": ("Renata Sokolova", "rsokolova@tamarackbaytransit.org"),
    "harold": ("Harold Binstead", "hbinstead@tamarackbaytransit.org"),
    "matthias": ("Matthias Oberlaender", "m.oberlaender@kranzhofer-bremstechnik.de"),
    "sabine": ("Sabine Wendlinger", "s.wendlinger@kranzhofer-bremstechnik.de"),
    "joerg": ("Joerg Falkenrath", "j.falkenrath@kranzhofer-bremstechnik.de"),
    "wendell": ("Wendell Farrow", "wfarrow@pinecrestmetro.org"),
}

SIG_TBRT = {
    "loretta": "Loretta Vandermeer\nGeneral Manager\nTamarack Bay Regional Transit",
    "desmond": "Desmond Halloway\nChief of Rail Operations\nTamarack Bay Regional Transit - Rail Division",
    "gus": "Gus Pelletier\nRail Maintenance Superintendent, Hollis Yard\nTamarack Bay Regional Transit - Rail Division",
    "anjali": "Anjali Mehra, P.E.\nVehicle Systems Engineer\nTamarack Bay Regional Transit - Rail Division",
    "tobias": "Tobias Quintero\nBrake Systems Engineer\nTamarack Bay Regional Transit - Rail Division",
    "renata": "Renata Sokolova\nProcurement Analyst\nTamarack Bay Regional Transit",
    "harold": "Harold Binstead\nEthics Officer\nTamarack Bay Regional Transit",
    "matthias": "Mit freundlichen Gruessen / Best regards\nMatthias Oberlaender\nKey Account Manager North America\nKranzhofer Bremstechnik GmbH",
    "sabine": "Best regards\nSabine Wendlinger\nProject Engineer Door Systems\nKranzhofer Bremstechnik GmbH",
    "joerg": "Kind regards\nJoerg Falkenrath\nSales Director\nKranzhofer Bremstechnik GmbH",
    "wendell": "Wendell Farrow\nFleet Maintenance Manager\nPinecrest Metro Rail",
}

# id, date header, sender, to, cc, subject, body (text), html_only
MSGS = [
    ("m01", "Tue, 27 Feb 2024 10:14:00 -0800", "-08:00", "renata", ["matthias"], ["gus"],
     "Contract TBRT-24-117 brake overhaul - executed",
     "Matthias,\n\nAttached is the executed contract TBRT-24-117 for the overhaul of the KB-740 brake calipers on "
     "38 cars, total price USD 1,184,000. The purchase order will follow from Accounts Payable this week.\n\n"
     "Please direct invoices to ap@tamarackbaytransit.org.", False),
    ("m02", "Wed, 06 Mar 2024 16:02:00 +0100", "+01:00", "matthias", ["desmond", "anjali", "tobias"], ["renata"],
     "Factory acceptance test Munich 8-12 April",
     "Dear Mr. Halloway, dear Ms. Mehra, dear Mr. Quintero,\n\n"
     "we are pleased to confirm the factory acceptance test of the first overhauled KB-740 calipers and the TS-5 "
     "door operators in our Munich plant from 8 to 12 April. As foreseen in clause 9.2 of the contract, Kranzhofer "
     "books and pays the flights and the hotel for the three persons of your side.\n\n"
     "Beside of the programme we would be happy to invite you on Saturday 13 April for an excursion to the "
     "Wendelmoos lake (boat tour and lunch) and on Sunday 14 April to a dinner with our team in the restaurant "
     "Zum Goldenen Anker. Please tell us until end of March who will join.", False),
    ("m03", "Fri, 08 Mar 2024 09:30:00 -0800", "-08:00", "harold", ["desmond", "anjali", "tobias"], [],
     "FAT travel to Munich - what you must report",
     "Desmond, Anjali, Tobias,\n\n"
     "Procurement forwarded me the vendor's itinerary. The flights and hotel for the factory acceptance test are "
     "a contractual business expense under clause 9.2 and are not reportable gifts. Anything beyond the test "
     "programme - the Saturday excursion, the Sunday dinner, or anything else offered to you - is a gift from the "
     "vendor. If you accept, send me the item and an estimated value within 10 days of your return so I can log "
     "it on the agency's gift register.", False),
    ("m04", "Tue, 19 Mar 2024 11:47:00 -0700", "-07:00", "anjali", ["sabine"], [],
     "Re: TS-5 door operator torque values",
     "Sabine,\n\nThanks for the quick answer on the torque values, that is exactly what we needed for the test "
     "procedure.\n\nAnjali", False),
    ("m05", "Fri, 29 Mar 2024 08:21:00 -0700", "-07:00", "gus", ["sabine"], [],
     "Re: Visit at Hollis Yard on 28 March",
     "The guys loved the lunch your team brought to the yard.\n\n"
     "-----Original Message-----\nFrom: Sabine Wendlinger <s.wendlinger@kranzhofer-bremstechnik.de>\n"
     "Sent: Monday, March 25, 2024 5:40 AM\nTo: Gus Pelletier <gpelletier@tamarackbaytransit.org>\n"
     "Subject: Visit at Hollis Yard on 28 March\n\n"
     "Dear Mr. Pelletier,\n\nwe will come with two technicians on Thursday to show the new door seal kits to "
     "your shift. We would also like to bring lunch for the crew (about 25 persons, catering from Rossi's "
     "Deli, it is around 375 USD) as a small thank you for the good cooperation.\n\nBest regards\n"
     "Sabine Wendlinger", False),
    ("m06", "Wed, 17 Apr 2024 07:55:00 -0700", "-07:00", "desmond", ["matthias"], [],
     "Back home",
     "Matthias,\n\nWe are all back and over the jet lag. Thank you again for the wonderful dinner in Munich and "
     "the tickets to the concert. The test went well and the team was impressed by the plant.\n\nDesmond", False),
    ("m07", "Wed, 17 Apr 2024 13:12:00 -0700", "-07:00", "anjali", ["matthias"], [],
     "Thank you!",
     "<html><body><p>Hi Matthias,</p><p>I just wanted to say thank you so much for the Saturday trip to the "
     "Wendelmoos lake and the dinner at the Goldener Anker. The boat ride was the highlight of my week!</p>"
     "<p>Best,<br>Anjali</p></body></html>", True),
    ("m08", "Thu, 18 Apr 2024 10:03:00 -0700", "-07:00", "tobias", ["harold"], [],
     "Gift disclosure - FAT Munich",
     "Harold,\n\nAs asked in your memo: I accepted the Saturday excursion to the Wendelmoos lake (boat tour and "
     "lunch), approx. $180, and the Sunday dinner with the Kranzhofer team, approx. $130. The flights and hotel "
     "were paid under the contract.\n\nTobias", False),
    ("m09", "Thu, 18 Apr 2024 14:40:00 -0700", "-07:00", "anjali", ["harold"], [],
     "Gift disclosure - Munich trip",
     "Harold,\n\nFor the register: Saturday 13 April excursion (boat and lunch) hosted by Kranzhofer, estimated "
     "$180; Sunday 14 April dinner, estimated $130.\n\nAnjali", False),
    ("m10", "Fri, 19 Apr 2024 09:18:00 -0700", "-07:00", "desmond", ["harold"], [],
     "Disclosure - Munich",
     "<html><body><p>Harold,</p><p>I skipped the Saturday excursion. I accepted the Sunday dinner (about $130) "
     "and two tickets to the Friday concert at the Isartal-Halle, $95 each ($190), which Matthias Oberlaender "
     "gave me. My wife joined me; her flight was at my own expense.</p><p>Desmond</p></body></html>", True),
    ("m11", "Thu, 02 May 2024 18:26:00 -0700", "-07:00", "loretta", ["joerg"], [],
     "Re: A small token from Munich",
     "The watches arrived, my wife says thank you!\n\n"
     "On Mon, Apr 29, 2024 at 9:02 AM Joerg Falkenrath <j.falkenrath@kranzhofer-bremstechnik.de> wrote:\n"
     "> Dear Ms. Vandermeer,\n> \n> to the 60 years of Kranzhofer we have made a small edition of Kronos "
     "chronograph watches.\n> Please accept two of them for you and your husband, they should arrive this week."
     "\n> \n> Kind regards\n> Joerg Falkenrath", False),
    ("m12", "Fri, 03 May 2024 08:05:00 -0700", "-07:00", "loretta", ["harold"], [],
     "Fwd: A small token from Munich",
     "Harold - please log this. Two Kronos chronograph watches from Kranzhofer; I looked them up, they retail at "
     "$340 each.\n\nLoretta\n\n---------- Forwarded message ---------\nFrom: Joerg Falkenrath "
     "<j.falkenrath@kranzhofer-bremstechnik.de>\nDate: Mon, Apr 29, 2024 at 9:02 AM\nSubject: A small token from "
     "Munich\n\nDear Ms. Vandermeer,\n\nto the 60 years of Kranzhofer we have made a small edition of Kronos "
     "chronograph watches. Please accept two of them for you and your husband.", False),
    ("m13", "Tue, 07 May 2024 15:10:00 -0700", "-07:00", "harold", ["joerg"], ["tobias"],
     "Return of gift to Mr. Quintero",
     "Dear Mr. Falkenrath,\n\nOn behalf of Tamarack Bay Regional Transit I am returning the case of Riesling "
     "(12 bottles) that was delivered to Mr. Quintero's home on 1 May. Section 4.3 of the agency's Code of "
     "Conduct does not allow staff who evaluate a vendor's work to accept gifts from that vendor. The case was "
     "shipped back today at the agency's expense; no further action is needed.\n\nSincerely,\nHarold Binstead",
     False),
    ("m14", "Thu, 09 May 2024 12:44:00 -0700", "-07:00", "gus", ["wendell"], [],
     "door seals",
     "Wendell,\n\nYou asked about door seals at the conference. Kranzhofer gave us a peer agency code, "
     "KZH-PEER-2291, that takes 12% off their DS-12 door seal kits. Give it to them when you order and tell "
     "Matthias I sent you.\n\nGus", False),
    ("m15", "Mon, 20 May 2024 16:31:00 -0700", "-07:00", "wendell", ["gus"], [],
     "Re: door seals",
     "Gus - we used your code KZH-PEER-2291 on our order of 60 DS-12 kits last week, saved us about $3,900. "
     "Thanks, I owe you one.\n\nWendell", False),
    ("m16", "Wed, 22 May 2024 17:15:00 +0200", "+02:00", "matthias", ["gus"], [],
     "Order from Pinecrest Metro Rail",
     "Dear Gus,\n\nPinecrest Metro Rail has ordered 60 DS-12 door seal kits with the peer agency code. Thank you "
     "very much for the recommendation to your colleagues, we appreciate it a lot.", False),
    ("m17", "Mon, 03 Jun 2024 10:20:00 -0700", "-07:00", "desmond", ["matthias"], ["loretta"],
     "Reference letter for the Ridgeway County tender",
     "Matthias,\n\nBelow is the reference you asked for. Loretta has seen it.\n\n"
     "To whom it may concern:\n\nI am pleased to recommend Kranzhofer Bremstechnik GmbH as a supplier of brake "
     "and door systems. Since 2019 their KB-740 brake calipers have run on our light-rail fleet with excellent "
     "reliability, and their field support is the best we have worked with. I would not hesitate to choose them "
     "again.\n\nDesmond Halloway\nChief of Rail Operations, Tamarack Bay Regional Transit", False),
    ("m18", "Mon, 10 Jun 2024 14:05:00", "-07:00", "renata", ["matthias"], [],
     "Spare parts quote",
     "Matthias,\n\nThank you for the quote for the spare parts (brake pads and TS-5 door operator motors). We "
     "will review it with Gus and come back to you by the end of the month.\n\nRenata", False),
    ("m19", "Wed, 12 Jun 2024 09:00:00 +0200", "+02:00", "matthias", ["renata"], [],
     "Re: Spare parts quote",
     "Dear Renata,\n\nthank you for the feedback. The prices are valid until 31 August. Please do not hesitate "
     "to ask if you have questions.", False),
]


def build():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for mid, date, _off, frm, to, cc, subj, body, html in MSGS:
        m = EmailMessage()
        m["From"] = formataddr(P[frm])
        m["To"] = ", ".join(formataddr(P[x]) for x in to)
        if cc:
            m["Cc"] = ", ".join(formataddr(P[x]) for x in cc)
        m["Subject"] = subj
        m["Date"] = date
        m["Message-ID"] = f"<{mid}.ec@mail.example.invalid>"
        if html:
            sig = SIG_TBRT[frm].replace("\n", "<br>")
            m.set_content(body.replace("</body>", f"<p>{sig}</p></body>"), subtype="html")
        else:
            text = body
            # signature only when the message does not end in quoted text
            if "Original Message" not in body and "wrote:" not in body and "Forwarded" not in body:
                text = body + "\n\n" + SIG_TBRT[frm]
            m.set_content(text)
        raw = bytes(m)
        if len(date.split()) == 5:  # an export that dropped the zone: write the Date header as given
            raw = raw.replace(f"Date: {date} -0000".encode(), f"Date: {date}".encode())
        with open(os.path.join(OUT, f"{mid}.eml"), "wb") as fh:
            fh.write(raw)


def gold():
    from datetime import datetime
    core = json.load(open(os.path.join(HERE, "gold_core.json"), encoding="utf-8"))
    msgs, cnt = [], Counter()
    for mid, date, off, frm, to, cc, subj, *_ in MSGS:
        d = datetime.strptime(" ".join(date.split()[1:5]), "%d %b %Y %H:%M:%S")
        msgs.append({"id": mid, "sent": d.strftime("%Y-%m-%dT%H:%M:%S") + off, "subject": subj})
        for r in to + cc:
            cnt[(frm, r)] += 1
    rels = list(core["relations"]) + [
        {"type": "EMAILED", "source": s, "target": t, "count": c} for (s, t), c in sorted(cnt.items())]
    g = {"entities": core["entities"], "messages": msgs, "relations": rels}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    build()
    gold()
