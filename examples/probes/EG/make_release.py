#!/usr/bin/env python3
"""Write the EG release: a folder of .eml files from an invented county sheriff's office and an invented
boat and outboard dealer. Every name, address, product, code and sentence is invented. Deterministic."""
import os
import sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "release")

SO = "tamsettso.org"
GW = "gullwingmarine.com"
P = {
    "sheriff": '"Brantwick, Odell" <obrantwick@%s>' % SO,
    "under": '"Quenby, Marisa" <mquenby@%s>' % SO,
    "k9": '"Hollisfort, Dwayne" <dhollisfort@%s>' % SO,
    "lt": '"Vasquel, Renata" <rvasquel@%s>' % SO,
    "deputy": '"Fenstrom, Callum" <cfenstrom@%s>' % SO,
    "fiscal": '"Weddell, Corinne" <cweddell@%s>' % SO,
    "colquay": "Ferris Maddeley <fmaddeley@colquaysheriff.gov>",
    "ted": "Ted Ashgrove <ted@%s>" % GW,
    "lorna": "Lorna Pittaway <lpittaway@%s>" % GW,
    "jess": "Jessamy Brook <jbrook@%s>" % GW,
}

SIG = {
    "sheriff": "Odell Brantwick\nSheriff\nTamsett County Sheriff's Office\n(555) 014-2200",
    "under": "Marisa Quenby\nUndersheriff\nTamsett County Sheriff's Office",
    "k9": "Sgt. Dwayne Hollisfort\nK9 Unit\nTamsett County Sheriff's Office",
    "lt": "Lt. Renata Vasquel\nMarine Patrol Unit\nTamsett County Sheriff's Office\n(555) 014-2271",
    "deputy": "Deputy Callum Fenstrom\nPatrol Division, B Shift\nTamsett County Sheriff's Office",
    "fiscal": "Corinne Weddell\nFiscal Manager\nTamsett County Sheriff's Office\n(555) 014-2205",
    "colquay": "Sgt. Ferris Maddeley\nWaterways Unit\nColquay County Sheriff's Office",
    "ted": "Ted Ashgrove\nOwner, Gullwing Marine & Outboard\n1408 Heron Landing Rd., Port Tamsett\n(555) 019-7700",
    "lorna": "Lorna Pittaway\nFleet & Government Sales\nGullwing Marine & Outboard\n(555) 019-7712",
    "jess": "Jessamy Brook\nCommunity & Marketing\nGullwing Marine & Outboard",
}

# (file, sender, to, cc, date, subject, body, quote_of)
MSGS = [
    ("01", "lorna", ["lt"], ["fiscal"], "Tue, 28 Oct 2025 10:14:00 -0400", "Demo boat for your Nov 8 training day",
     "Lt. Vasquel,\n\nFollowing up on our call: we can lend the Marine Patrol Unit our Sentinel 21 demo hull for the "
     "boat-handling training day on Saturday, November 8. It's a loan for the day only. We'll drop it at the county ramp "
     "Friday evening and we need it back on our lot by Monday the 10th. Our insurance covers it while it's in the water.\n\n"
     "Corinne, copying you in case the county needs a hold-harmless form on file.", None),
    ("02", "fiscal", ["lorna"], ["under"], "Thu, 30 Oct 2025 15:40:00 -0400", "PO 25-0917 - two Sentinel 24 patrol boats",
     "Ms. Pittaway,\n\nAttached is county Purchase Order 25-0917 for two (2) Sentinel 24 patrol boats, each rigged with twin "
     "Vantor 250 outboards, per your quote of October 21 under the state cooperative contract. PO total is $186,400.00. "
     "Please invoice the Sheriff's Office against this PO number on delivery; payment is net 30.\n\n"
     "Delivery is to the Marine Patrol Unit at the Port Tamsett station.", None),
    ("03", "ted", ["k9"], ["sheriff"], "Mon, 03 Nov 2025 11:22:00 -0500", "A vest for Juno",
     "Sgt. Hollisfort,\n\nI read in the paper that Juno worked the Ridley Creek search last month without body armor. "
     "Gullwing would like to donate a Ridgeback K9 Ballistic Vest, fitted to her, for the K9 unit. It retails at $1,150; "
     "there is no charge to the county and nothing expected in return. Their fitter can come to the kennel "
     "any weekday.\n\nSheriff, copying you so it's all above board.", None),
    ("04", "k9", ["ted"], ["fiscal"], "Mon, 03 Nov 2025 14:50:00 -0500", "RE: A vest for Juno",
     "Mr. Ashgrove,\n\nOn behalf of the K9 Unit, we accept with real gratitude. Juno thanks you too. Thursday morning "
     "works for the fitting.\n\nCorinne is copied so the vest gets logged as a donation to the agency.", "03"),
    ("05", "lt", ["lorna"], [], "Mon, 10 Nov 2025 08:30:00 -0500", "Demo boat back on your lot",
     "Lorna,\n\nThe Sentinel 21 is back on your lot as of 7:45 this morning, keys in the drop box, tank topped off. "
     "No damage; my deputies walked it with your yard guy. The training day went well.\n\nThanks for the loan.", None),
    ("06", "lorna", ["lt"], [], "Wed, 12 Nov 2025 16:05:00 -0500", "Marrowbay boat show",
     "Renata,\n\nI have two tickets to the Marrowbay In-Water Boat Show on Saturday, December 6, and I'd like you to have "
     "them - they're for you personally, not the unit. They're $45 apiece at the gate. Bring whoever you like.", None),
    ("07", "lt", ["lorna"], [], "Wed, 12 Nov 2025 17:31:00 -0500", "RE: Marrowbay boat show",
     "Lorna, that's kind of you. I'll take them - my husband has been wanting to see the new pontoons. Thank you!", "06"),
    ("08", "lt", ["colquay"], [], "Thu, 13 Nov 2025 13:15:00 -0500", "Gullwing contact for your repower",
     "Ferris,\n\nYou asked who we use. Call Lorna Pittaway at Gullwing Marine in Port Tamsett (lpittaway@gullwingmarine.com) "
     "and give her my dealer code GW-RV4417 - it gets you their agency pricing and they'll know I sent you. They have "
     "been good to us on service.", None),
    ("09", "colquay", ["lorna"], [], "Fri, 14 Nov 2025 10:02:00 -0500", "Quote - two Vantor 150 outboards for Colquay Waterways",
     "Ms. Pittaway,\n\nRenata Vasquel at Tamsett gave me your name. I'm looking to repower one of our 22-foot boats with two "
     "Vantor 150 outboards. I'm quoting code GW-RV4417 as she said to. Could you send a quote for the pair, installed?", None),
    ("10", "ted", ["under"], [], "Tue, 18 Nov 2025 09:40:00 -0500", "Something for you",
     "Marisa,\n\nI know you've been itching to get back on the flats. I'm sending over a Kestrel Pro 7' spinning rod - "
     "this one is for you, not the office. It runs about $240 retail. Tight lines.", None),
    ("11", "under", ["ted"], [], "Tue, 18 Nov 2025 12:12:00 -0500", "RE: Something for you",
     "Ted,\n\nThat's very thoughtful - it arrived this morning and it's a beauty. I'll list it on my annual gift "
     "disclosure form.", "10"),
    ("12", "ted", ["sheriff"], ["fiscal"], "Thu, 20 Nov 2025 15:00:00 -0500", "Youth camp",
     "Sheriff,\n\nEvery summer your deputies take a hundred kids out on the water at the youth camp, and we want to help. "
     "I've put a check for $1,000 in the mail, payable to the Sheriff's Youth Camp Fund.", None),
    ("13", "fiscal", ["ted"], ["sheriff"], "Fri, 21 Nov 2025 10:30:00 -0500", "RE: Youth camp",
     "Mr. Ashgrove,\n\nWe received check #4471 for $1,000.00 this morning. It has been deposited to the Sheriff's Youth Camp "
     "Fund and recorded as a donation to the agency. A receipt letter is attached for your records.", "12"),
    ("14", "ted", ["sheriff"], [], "Mon, 24 Nov 2025 14:20:00 -0500", "Happy Thanksgiving",
     "Odell,\n\nHappy Thanksgiving to you and your family. There's a $300 Gullwing gift card in the envelope I left at the "
     "front desk - for you and the family, use it on anything in the store.", None),
    ("15", "sheriff", ["ted"], [], "Mon, 24 Nov 2025 16:45:00 -0500", "RE: Happy Thanksgiving",
     "Ted,\n\nHappy Thanksgiving to you as well. I appreciate the thought, but I can't accept the gift card - you're a "
     "county vendor and our policy is clear. I've had the envelope sent back to you unopened.", "14"),
    ("16", "deputy", ["lorna"], [], "Mon, 01 Dec 2025 09:15:00 -0500", "Vantor 150 holiday price?",
     "Hi Lorna,\n\nAsking for myself, off duty - I saw the Vantor 150 in your holiday ad. Is that price good for anyone? "
     "I'd be buying it for my own skiff.", None),
    ("17", "lorna", ["deputy"], [], "Mon, 01 Dec 2025 11:02:00 -0500", "RE: Vantor 150 holiday price?",
     "Hi Callum,\n\nYes - $9,995 is our holiday sale price for the Vantor 150. It's posted on the website and in the paper "
     "and it's the same for every customer through December 31; use code HOLIDAYHULL online or just mention the sale at "
     "the counter. Nothing special about it, I'm afraid. You'd pay at pickup like anyone else.", "16"),
    ("18", "sheriff", ["lorna"], ["fiscal"], "Tue, 02 Dec 2025 09:15:00 -0500", "Patrol boats delivered",
     "Ms. Pittaway,\n\nThank you for getting both Sentinel 24s to the Port Tamsett station on schedule yesterday. The "
     "Marine Patrol Unit is already running them. Your invoice has gone to fiscal for payment under PO 25-0917.", None),
    ("19", "ted", ["lt"], ["lorna"], "Wed, 03 Dec 2025 10:00:00 -0500", "Marine unit holiday party",
     "Lt. Vasquel,\n\nThe catering for the Marine Patrol Unit's holiday party on December 12 is on us. Pelican Shoals "
     "Kitchen will bring it to the station at 6; it's already paid, about $860 all in. Enjoy it - your crew earns it.", None),
    ("20", "lt", ["ted"], ["lorna"], "Wed, 03 Dec 2025 13:30:00 -0500", "RE: Marine unit holiday party",
     "Ted,\n\nOn behalf of the whole unit, thank you. The crew is thrilled.", "19"),
    ("21", "jess", ["sheriff"], [], "Fri, 05 Dec 2025 11:00:00 -0500", "Newsletter quote for your approval",
     "Sheriff Brantwick,\n\nFor the winter issue of our customer newsletter, The Gullwing Wake, we'd like to run this line "
     "from your note to Lorna:\n\n\"Gullwing Marine has been a steady partner to the Tamsett County Sheriff's Office, and "
     "their boats keep our deputies safe on the water.\" - Sheriff Odell Brantwick\n\nMay we print it as written?", None),
    ("22", "sheriff", ["jess"], [], "Fri, 05 Dec 2025 15:25:00 -0500", "RE: Newsletter quote for your approval",
     "Ms. Brook,\n\nApproved as written. Happy holidays to everyone at Gullwing.", "21"),
]


def name_of(key):
    s = P[key]
    return s.split("<")[0].strip().strip('"')


def main():
    os.makedirs(OUT, exist_ok=True)
    by_id = {m[0]: m for m in MSGS}
    for fid, frm, to, cc, date, subj, body, quote in MSGS:
        msg = EmailMessage()
        msg["From"] = P[frm]
        msg["To"] = ", ".join(P[k] for k in to)
        if cc:
            msg["Cc"] = ", ".join(P[k] for k in cc)
        msg["Date"] = date
        msg["Subject"] = subj
        msg["Message-ID"] = "<eg%s.%s@%s>" % (fid, frm, GW if frm in ("ted", "lorna", "jess") else "mail.example.net")
        text = body + "\n\n" + SIG[frm] + "\n"
        if quote:
            q = by_id[quote]
            msg["In-Reply-To"] = "<eg%s.%s@%s>" % (q[0], q[1], GW if q[1] in ("ted", "lorna", "jess") else "mail.example.net")
            quoted = "\n".join("> " + line if line else ">" for line in (q[6] + "\n\n" + SIG[q[1]]).splitlines())
            text += "\nOn %s, %s wrote:\n%s\n" % (q[4], name_of(q[1]), quoted)
        msg.set_content(text)
        with open(os.path.join(OUT, "%s.eml" % fid), "wb") as f:
            f.write(bytes(msg))
    return 0


if __name__ == "__main__":
    sys.exit(main())
