#!/usr/bin/env python3
"""Write probe CT: an invented HCL (Lotus) Notes plain-text export and its gold.

Everything here is fiction: Ostrander Mobility Systems (fare validators, on-board CCTV, a back-office fare
platform) and the Merrow Basin Regional Transit Authority (MBRTA) with its transit police.
Run: python make_release.py   (writes release.txt and gold.json next to this file)
"""
import json
import os
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("America/New_York")
VENDOR = "org_ostrander"
RTA = "org_mbrta"

# ---------------------------------------------------------------- entities
PEOPLE = {
    # id: (name, aliases, emails, role, affiliation, member_of, notes canonical or None, internet address or None)
    "p_renwick": ("Tobias Renwick", ["Toby Renwick"], ["tobias.renwick@ostrandermobility.com"], "vendor_employee", VENDOR, VENDOR,
                  None, "tobias.renwick@ostrandermobility.com"),
    "p_pruitt": ("Wendell Pruitt", [], ["wendell.pruitt@ostrandermobility.com"], "vendor_employee", VENDOR, "div_pss",
                 None, "wendell.pruitt@ostrandermobility.com"),
    "p_folsom": ("Annika Folsom", [], ["annika.folsom@ostrandermobility.com"], "vendor_employee", VENDOR, VENDOR,
                 None, "annika.folsom@ostrandermobility.com"),
    "p_vickery": ("Leah Vickery", [], ["leah.vickery@ostrandermobility.com"], "vendor_employee", VENDOR, "div_events",
                  None, "leah.vickery@ostrandermobility.com"),
    "p_tisdale": ("Ramona Tisdale", [], ["ramona.tisdale@ostrandermobility.com"], "vendor_employee", VENDOR, "div_orders",
                  None, "ramona.tisdale@ostrandermobility.com"),
    "p_teague": ("Rolanda V Teague", ["Rolanda Teague", "Rolanda V Teague/Police/MBRTA"], [], "officer", RTA, "div_tpd",
                 "Rolanda V Teague/Police/MBRTA", None),
    "p_ashby": ("Desmond K Ashby", ["Desmond Ashby", "Desmond K Ashby/Police/MBRTA"], [], "officer", RTA, "div_feu",
                "Desmond K Ashby/Police/MBRTA", None),
    "p_halvey": ("Corwin T Halvey", ["Corwin Halvey", "Corwin T Halvey/Police/MBRTA"], [], "officer", RTA, "div_feu",
                 "Corwin T Halvey/Police/MBRTA", None),
    "p_vandermolen": ("Patrice L Vandermolen", ["Patrice Vandermolen", "Patrice L Vandermolen/OPS/MBRTA"], [], "officer", RTA, RTA,
                      "Patrice L Vandermolen/OPS/MBRTA", None),
    "p_whitcomb": ("Gideon R Whitcomb", ["Gideon Whitcomb", "Gideon R Whitcomb/REV/MBRTA"], [], "officer", RTA, "div_rfs",
                   "Gideon R Whitcomb/REV/MBRTA", None),
    "p_pettibone": ("Lorna J Pettibone", ["Lorna Pettibone", "Lorna J Pettibone/BUSOPS/MBRTA"], [], "officer", RTA, "div_busops",
                    "Lorna J Pettibone/BUSOPS/MBRTA", None),
    "p_clyburn": ("Everett N Clyburn", ["Everett Clyburn", "Everett N Clyburn/PROC/MBRTA"], [], "officer", RTA, "div_proc",
                  "Everett N Clyburn/PROC/MBRTA", None),
    "p_sandoval": ("Harriet Q Sandoval", ["Harriet Sandoval", "Harriet Q Sandoval/MBRTA"], [], "officer", RTA, RTA,
                   "Harriet Q Sandoval/MBRTA", None),
    "p_greenhalgh": ("Naomi F Greenhalgh", ["Naomi Greenhalgh", "Naomi F Greenhalgh/ETHICS/MBRTA"], [], "officer", RTA, "div_ethics",
                     "Naomi F Greenhalgh/ETHICS/MBRTA", None),
    "p_ardent": ("Miles Ardent", [], ["mardent@farecollectionreview.com"], "other", "org_fcr", "org_fcr",
                 None, "mardent@farecollectionreview.com"),
    "p_tolliver": ("Ingrid Tolliver", [], ["itolliver@coldspringvtd.org"], "other", "org_cvtd", "org_cvtd",
                   None, "itolliver@coldspringvtd.org"),
    # (her department's name is never printed in the release: no organisation and no MEMBER_OF for her)
    "p_ferrante": ("Nadia Ferrante", [], ["nferrante@ellerytransitpd.gov"], "other", None, None,
                   None, "nferrante@ellerytransitpd.gov"),
}
ORGS = {
    VENDOR: ("organization", "Ostrander Mobility Systems", ["Ostrander Mobility Systems, Inc.", "Ostrander"]),
    RTA: ("organization", "Merrow Basin Regional Transit Authority", ["MBRTA"]),
    "org_fcr": ("organization", "Fare Collection Review", []),
    "org_cvtd": ("organization", "Coldspring Valley Transit District", []),
    "div_tpd": ("division", "Transit Police Department", ["MBRTA Transit Police Department"]),
    "div_feu": ("division", "Fare Enforcement Unit", []),
    "div_rfs": ("division", "Revenue and Fare Systems", ["Department of Revenue and Fare Systems"]),
    "div_busops": ("division", "Bus Operations", []),
    "div_proc": ("division", "Procurement and Contracts", ["Office of Procurement and Contracts"]),
    "div_ethics": ("division", "Office of Ethics and Compliance", []),
    "div_pss": ("division", "Public Safety Solutions", []),
    "div_events": ("division", "Customer Events", []),
    "div_orders": ("division", "Order Management", []),
    "prod_tapgate": ("product", "TapGate V9", ["TapGate V9 validator", "TapGate"]),
    "prod_cabinview": ("product", "CabinView", ["CabinView camera kit", "CabinView kit"]),
    "prod_farevault": ("product", "FareVault", []),
    "code_ashby": ("code", "OMS-DKA-4471", []),
    "code_halvey": ("code", "OMS-CTH-2290", []),
    "code_public": ("code", "TRANSITSAFE25", []),
}

SIG = {
    "p_renwick": "Tobias Renwick\nRegional Account Executive, Northeast\nOstrander Mobility Systems, Inc.\n410 Fenwick Parkway, Suite 300 | Alder Ridge, PA 19044\nm. 267-555-0148 | tobias.renwick@ostrandermobility.com",
    "p_pruitt": "Wendell Pruitt\nField Solutions Engineer | Public Safety Solutions\nOstrander Mobility Systems, Inc.\nc. 267-555-0163",
    "p_folsom": "Annika Folsom\nVice President, Sales\nOstrander Mobility Systems, Inc.\no. 267-555-0100 x214",
    "p_vickery": "Leah Vickery\nSenior Manager, Customer Events\nOstrander Mobility Systems, Inc.\n267-555-0172",
    "p_tisdale": "Ramona Tisdale\nOrder Management | Ostrander Mobility Systems, Inc.\n267-555-0190 | orders@ostrandermobility.com",
    "p_teague": "Rolanda V. Teague\nChief of Transit Police\nTransit Police Department\nMerrow Basin Regional Transit Authority\n(412) 555-0301",
    "p_ashby": "Lt. Desmond K. Ashby\nFare Enforcement Unit\nTransit Police Department | Merrow Basin Regional Transit Authority\nOffice (412) 555-0322  Cell (412) 555-0389",
    "p_halvey": "Sgt. Corwin T. Halvey\nFare Enforcement Unit, MBRTA Transit Police\n(412) 555-0327",
    "p_vandermolen": "Patrice L. Vandermolen\nChief Operating Officer\nMerrow Basin Regional Transit Authority\n1200 Canal Street, Merrow Basin\n(412) 555-0200",
    "p_whitcomb": "Gideon R. Whitcomb\nDirector, Revenue and Fare Systems\nMerrow Basin Regional Transit Authority\n(412) 555-0244",
    "p_pettibone": "Lorna J. Pettibone\nSuperintendent, Bus Operations\nMerrow Basin Regional Transit Authority\n(412) 555-0410",
    "p_clyburn": "Everett N. Clyburn, CPPB\nContracts Administrator\nOffice of Procurement and Contracts\nMerrow Basin Regional Transit Authority\n(412) 555-0233",
    "p_sandoval": "Harriet Q. Sandoval\nMember, Board of Directors\nMerrow Basin Regional Transit Authority",
    "p_greenhalgh": "Naomi F. Greenhalgh\nEthics Officer, Office of Ethics and Compliance\nMerrow Basin Regional Transit Authority\n(412) 555-0219",
    "p_ardent": "Miles Ardent\nSenior Correspondent, Fare Collection Review\n(617) 555-0128",
    "p_tolliver": "Capt. Ingrid Tolliver\nCoordinator of Fare Compliance\nColdspring Valley Transit District\n(585) 555-0144",
    "p_ferrante": "Cpl. Nadia Ferrante\nEllery Junction Transit Police Department\n(603) 555-0177",
}


def name_of(pid):
    return PEOPLE[pid][0]


def to_form(pid, *, header=True):
    """How an address prints in the Notes export."""
    p = PEOPLE[pid]
    if p[6]:
        return p[6] + "@MBRTA" if header else p[6]
    return p[7]


def from_form(pid):
    p = PEOPLE[pid]
    if p[6]:
        return p[6]
    return f'"{p[0]}" <{p[7]}>'


# ---------------------------------------------------------------- messages
MSGS = []  # dicts: key, frm, to, cc, when (naive local datetime), subject, body


def msg(key, frm, to, cc, when, subject, body, secs=0):
    d = datetime.strptime(when, "%m/%d/%Y %I:%M %p").replace(second=secs)
    MSGS.append(dict(key=key, frm=frm, to=to, cc=cc, when=d, subject=subject, body=body.strip("\n")))
    return key


def get(key):
    return next(m for m in MSGS if m["key"] == key)


def quote_notes(key):
    """Notes reply history: 'Name/OU/ORG wrote on 03/12/2025 10:01:15 AM:' then the text."""
    m = get(key)
    who = PEOPLE[m["frm"]][6] or f'"{name_of(m["frm"])}" <{PEOPLE[m["frm"]][7]}>'
    stamp = m["when"].strftime("%m/%d/%Y %I:%M:%S %p")
    return f"{who} wrote on {stamp}:\n\n" + m["body"]


def quote_vendor(key):
    m = get(key)
    who = PEOPLE[m["frm"]][6] or name_of(m["frm"])
    stamp = m["when"].strftime("%m/%d/%Y %I:%M:%S %p")
    return f"{who} wrote on {stamp}:\n" + "\n".join(("> " + ln).rstrip() for ln in m["body"].splitlines())


def forward_block(by, on, key):
    m = get(key)
    fw_on = datetime.strptime(on, "%m/%d/%Y %I:%M %p").strftime("%m/%d/%Y %I:%M %p")
    sender = PEOPLE[m["frm"]][6] or f'"{name_of(m["frm"])}" <{PEOPLE[m["frm"]][7]}>'
    return (f"----- Forwarded by {PEOPLE[by][6]} on {fw_on} -----\n\n"
            f"{sender}\n{m['when'].strftime('%m/%d/%Y %I:%M %p')}\n\n"
            f"To\t{', '.join(to_form(x) for x in m['to'])}\n"
            f"cc\t{', '.join(to_form(x) for x in m['cc'])}\n"
            f"Subject\t{m['subject']}\n\n" + m["body"])


S = SIG

msg("m01", "p_renwick", ["p_whitcomb"], ["p_clyburn"], "12/03/2024 10:12 AM", "Quotation Q-OMS-24-1187 - TapGate V9 validators", f"""
Good morning Gideon,

Following our meeting on November 21, please find attached Quotation Q-OMS-24-1187 for forty (40) TapGate V9
on-board validators with mounting hardware and first-year FareVault connectivity. Unit price is $1,150.00, for an
extended total of $46,000.00. Pricing is held for 60 days and is consistent with the cooperative contract schedule
Everett referenced.

Please let me know if the Authority would like us to break out the installation labor separately.

Kind regards,

{S['p_renwick']}
""", secs=44)

msg("m02", "p_whitcomb", ["p_renwick"], ["p_clyburn"], "12/04/2024 08:31 AM", "Re: Quotation Q-OMS-24-1187 - TapGate V9 validators", f"""
Tobias,

Thank you. I have routed the quotation to the Office of Procurement and Contracts for review against the
cooperative schedule. Mr. Clyburn will advise on next steps.

Regards,

{S['p_whitcomb']}

{quote_notes('m01')}
""", secs=2)

msg("m03", "p_folsom", ["p_pettibone"], [], "12/09/2024 03:47 PM", "Season's greetings from all of us at Ostrander", f"""
Dear Lorna,

As the year winds down, all of us at Ostrander want to say how much we have valued working alongside your team at
Eastgate. A holiday basket is on its way to the garage this week for the whole Bus Operations crew to share -
a little something for the drivers and mechanics who keep the service running through the winter.

Wishing you and your colleagues a restful holiday season.

Warmly,

{S['p_folsom']}
""")

msg("m04", "p_pettibone", ["p_greenhalgh"], [], "12/12/2024 09:05 AM", "Gift Disclosure - Bus Operations (Eastgate)", f"""
Ms. Greenhalgh,

Pursuant to Authority Policy ADM-14 (Gifts and Gratuities), I am disclosing the following:

On 12/11/2024 I received, on behalf of the Bus Operations staff at the Eastgate Garage, a holiday basket from
Annika Folsom of Ostrander Mobility Systems, a current Authority vendor. The basket contained assorted food items
and is valued at approximately $150. It has been placed in the operators' break room for general consumption.

Please advise if any further action is required.

{S['p_pettibone']}
""")

msg("m05", "p_greenhalgh", ["p_pettibone"], [], "12/13/2024 11:20 AM", "Re: Gift Disclosure - Bus Operations (Eastgate)", f"""
Superintendent Pettibone,

Received and filed. Perishable items shared with staff in a common area are consistent with ADM-14. No further
action is needed.

{S['p_greenhalgh']}

{quote_notes('m04')}
""", secs=31)

msg("m06", "p_clyburn", ["p_renwick"], ["p_whitcomb"], "12/16/2024 02:10 PM", "Purchase Order 25-00418 - TapGate V9 Validators", f"""
Mr. Renwick,

Attached please find Purchase Order No. 25-00418 issued to Ostrander Mobility Systems, Inc. for forty (40) TapGate
V9 validators in accordance with Quotation Q-OMS-24-1187, in the amount of $46,000.00, payment terms Net 30. Please
reference the purchase order number on all invoices and packing slips. Delivery is to the Revenue Equipment Shop,
1200 Canal Street, Dock B.

Respectfully,

{S['p_clyburn']}
""")

msg("m07", "p_tisdale", ["p_clyburn"], ["p_renwick"], "12/17/2024 10:38 AM", "Order Acknowledgment / Invoice INV-77310 (PO 25-00418)", f"""
Hello Mr. Clyburn,

Thank you for your order. This confirms receipt of PO 25-00418. Invoice INV-77310 for $46,000.00 is attached;
the validators are scheduled to ship on January 6 and will be delivered to Dock B as specified.

Best regards,

{S['p_tisdale']}
""")

msg("m08", "p_whitcomb", ["p_tisdale"], [], "12/23/2024 08:00 AM", "Gideon R Whitcomb is out of the office.", """
I will be out of the office starting 12/23/2024 and will not return until 01/02/2025.

I will respond to your message when I return. For urgent fare system matters please contact the Revenue
Operations Desk at (412) 555-0250.
""")

msg("m09", "p_renwick", ["p_teague"], ["p_vandermolen"], "01/07/2025 04:22 PM", "Mariners vs. Gulls - Saturday, February 8", f"""
Chief Teague,

Happy new year! We have the Ostrander suite at Harborline Arena for the Mariners' game against the Tidewater Gulls
on Saturday, February 8 (puck drop 7:00 PM), and we would be delighted to host you and a guest. Patrice, I'm
copying you because we'd love to have you join us as well.

Food and beverages are included, and parking passes will be waiting at Gate C. Just let me know by the end of the
month and I'll put your names on the list.

All the best,

{S['p_renwick']}
""", secs=9)

msg("m10", "p_teague", ["p_renwick"], [], "01/08/2025 10:14 AM", "Re: Mariners vs. Gulls - Saturday, February 8", f"""
Mr. Renwick,

Thank you for the kind invitation. My husband and I will attend. I will complete the Authority's disclosure form
following the event.

Rolanda

{S['p_teague']}

{quote_notes('m09')}
""", secs=40)

msg("m11", "p_vandermolen", ["p_renwick"], [], "01/08/2025 01:56 PM", "Re: Mariners vs. Gulls - Saturday, February 8", f"""
Tobias - count me in, just one seat. Thanks.

Patrice

{S['p_vandermolen']}

{quote_notes('m09')}
""", secs=5)

msg("m12", "p_renwick", ["p_clyburn"], [], "01/09/2025 09:02 AM", "One more seat on Feb 8", f"""
Everett,

We have a couple of open seats left in our suite at Harborline Arena for the Mariners game on February 8. Chief
Teague and Patrice will be there, and it would be great to have you join us.

Best,

{S['p_renwick']}
""")

msg("m13", "p_clyburn", ["p_renwick"], [], "01/09/2025 11:47 AM", "Re: One more seat on Feb 8", f"""
Mr. Renwick,

Thank you for thinking of me. However, as contracts administrator with an active solicitation involving your firm
(RFP 25-031, Back-Office Fare Platform), Authority Policy ADM-14 does not permit me to accept hospitality of this
kind, and I must respectfully decline.

Respectfully,

{S['p_clyburn']}

{quote_notes('m12')}
""", secs=17)

msg("m14", "p_pruitt", ["p_ashby"], ["p_halvey"], "01/14/2025 02:15 PM", "Validators and camera kit for your team", f"""
Lieutenant Ashby,

Good seeing you this morning. As promised, I left two TapGate V9 handheld validators and a CabinView body-worn
camera kit with the desk sergeant at the Fare Enforcement Unit office on Wabash Street. They're for your team to use
on the inspection sweeps - at no charge, and no need to return them. For your records, list price on the set
comes to about $4,600.

If anyone needs a quick walkthrough on pairing the validators with the handhelds, Corwin has my cell.

Thanks,
Wendell

{S['p_pruitt']}
""", secs=52)

msg("m15", "p_ashby", ["p_pruitt"], ["p_halvey"], "01/14/2025 04:41 PM", "Re: Validators and camera kit for your team", f"""
Wendell,

Got them, thanks. Sgt. Halvey already has the first validator out on the Route 12 sweep tonight.

Lt. Ashby

{S['p_ashby']}

{quote_notes('m14')}
""", secs=3)

msg("m16", "p_ashby", ["p_greenhalgh"], ["p_teague"], "01/15/2025 08:20 AM", "Gift disclosure - Fare Enforcement Unit equipment", f"""
Ms. Greenhalgh,

In accordance with ADM-14, I am reporting that on 01/14/2025 the Fare Enforcement Unit received from Wendell
Pruitt of Ostrander Mobility Systems two TapGate V9 handheld validators and one CabinView body-worn camera kit,
valued at approximately $4,600 according to the vendor. The vendor has indicated that the equipment does not need
to be returned. The equipment is assigned to the unit and has been logged in the property book. The vendor's
message is below.

Lt. Desmond K. Ashby

{S['p_ashby']}

{forward_block('p_ashby', '01/15/2025 08:18 AM', 'm14')}
""")

msg("m17", None, ["p_whitcomb"], [], "01/21/2025 07:00 AM", "Ostrander Insider - January 2025", """
OSTRANDER INSIDER | January 2025
News for the Ostrander customer community

* FareVault 6.2 is here: faster nightly settlement, new reconciliation dashboards and open-payments reporting.
* Webinar, February 12: "Cutting fare evasion without cutting ridership." Register on the customer portal.
* Training seats: all customers can use promo code TRANSITSAFE25 for 10% off any instructor-led CabinView or
  TapGate certification course booked before March 31. The code is open to every customer account.
* Save the date: Ostrander Connect 2025, April 7-9, Calloway Springs.

You are receiving this newsletter because you are a registered contact of an Ostrander customer.
Unsubscribe | Ostrander Mobility Systems, Inc., 410 Fenwick Parkway, Alder Ridge, PA 19044
""")

msg("m18", "p_pettibone", ["p_pruitt"], [], "01/27/2025 10:05 AM", "CabinView pilot - install window", f"""
Mr. Pruitt,

For the CabinView pilot, coaches 4127 and 4131 will be available at Eastgate for installation on Tuesday,
February 4, between 5:30 AM and 9:00 AM. Please confirm whether that window works for your technician.

{S['p_pettibone']}
""")

msg("m19", "p_pruitt", ["p_pettibone"], [], "01/28/2025 08:44 AM", "Re: CabinView pilot - install window", f"""
Hi Lorna,

Tuesday 2/4 works. Our tech will be at the Eastgate gate at 5:30 sharp; he'll need about an hour per coach.

Wendell

{S['p_pruitt']}

{quote_vendor('m18')}
""")

msg("m20", "p_teague", ["p_greenhalgh"], [], "02/10/2025 09:12 AM", "Gift Disclosure - Chief of Transit Police", f"""
Ms. Greenhalgh,

Pursuant to ADM-14, I am disclosing the following gift. On 02/08/2025 I received from Tobias Renwick, Regional
Account Executive, Ostrander Mobility Systems, admission for myself and my spouse to the company's private suite at
Harborline Arena for a Mariners hockey game, including food and beverages. The vendor advised that the suite is
valued at $350 per seat; the total is therefore valued at approximately $700.

{S['p_teague']}
""")

msg("m21", "p_vandermolen", ["p_greenhalgh"], [], "02/10/2025 03:30 PM", "Gift disclosure (ADM-14)", f"""
Naomi,

I received from Tobias Renwick of Ostrander Mobility Systems on 02/08/2025 one seat in the company's suite at
Harborline Arena (hockey game, food and beverages included), valued at approximately $350.

Patrice

{S['p_vandermolen']}
""")

msg("m22", "p_renwick", ["p_sandoval"], [], "02/11/2025 05:16 PM", "Dinner after the February 20 board meeting", f"""
Dear Ms. Sandoval,

It was a pleasure speaking with you at the Riverfront Transit Summit. If you are free after the February 20 board
meeting, I would welcome the chance to continue our conversation about open-payments fare capping over dinner. I
have reserved a table for two at Larkspur Grill on Canal Street at 7:30 PM - dinner is on me, of course.

With best regards,

{S['p_renwick']}
""")

msg("m23", "p_sandoval", ["p_renwick"], [], "02/12/2025 08:02 AM", "Re: Dinner after the February 20 board meeting", f"""
Mr. Renwick,

That is very kind. I will meet you at Larkspur Grill after the meeting adjourns.

H. Sandoval

{S['p_sandoval']}

{quote_notes('m22')}
""")

msg("m24", "p_sandoval", ["p_greenhalgh"], [], "02/21/2025 10:40 AM", "Disclosure of gift - H. Sandoval", f"""
Ms. Greenhalgh,

For the record: on 02/20/2025, following the regular meeting of the Board of Directors, I received dinner at
Larkspur Grill from Tobias Renwick of Ostrander Mobility Systems. The value of the meal is approximately $140.

{S['p_sandoval']}
""")

msg("m25", "p_vickery", ["p_whitcomb"], [], "02/24/2025 11:25 AM", "Your invitation to Ostrander Connect 2025", f"""
Dear Gideon,

On behalf of Ostrander Mobility Systems, I'm pleased to invite you to Ostrander Connect 2025, our annual user
conference, April 7-9 at the Hotel Verano in Calloway Springs. As one of our featured customer speakers, you would
join the FareVault roadmap panel on April 8.

Ostrander will take care of your round-trip airfare and three nights at the Hotel Verano, and your registration
is complimentary. Just reply with your preferred travel dates and I'll have our travel desk book everything.

Best regards,

{S['p_vickery']}
""")

msg("m26", "p_whitcomb", ["p_vickery"], [], "02/25/2025 09:50 AM", "Re: Your invitation to Ostrander Connect 2025", f"""
Ms. Vickery,

Thank you for the invitation; I would be pleased to participate in the panel. I would prefer to fly out on
Sunday, April 6, and return on Wednesday, April 9, in the evening.

Regards,

{S['p_whitcomb']}

{quote_notes('m25')}
""", secs=12)

msg("m27", "p_vickery", ["p_whitcomb"], [], "02/26/2025 02:03 PM", "Re: Your invitation to Ostrander Connect 2025 - itinerary", f"""
Hi Gideon,

You're all set! Your round-trip flight (April 6 out, April 9 return) has been booked and paid by Ostrander at
$462, and your room at the Hotel Verano is reserved for three nights, prepaid at $684. Confirmation numbers are in
the attached itinerary.

See you in Calloway Springs,

{S['p_vickery']}

{quote_vendor('m26')}
""")

msg("m28", "p_whitcomb", ["p_greenhalgh"], [], "03/03/2025 10:15 AM", "Gift disclosure - conference travel", f"""
Ms. Greenhalgh,

In accordance with ADM-14, I wish to disclose that I have accepted from Leah Vickery of Ostrander Mobility Systems
travel to the vendor's user conference (Ostrander Connect 2025, April 7-9), consisting of round-trip airfare
($462) and three nights' lodging ($684), valued at approximately $1,146 in total. I will be speaking on a customer
panel. Please advise whether the Authority wishes to reimburse the vendor instead.

{S['p_whitcomb']}
""")

msg("m29", "p_pruitt", ["p_pettibone"], [], "03/04/2025 04:12 PM", "CabinView pilot wrap-up", f"""
Hi Lorna,

Thanks again for hosting the CabinView pilot. The footage review went well and I've sent the summary report to
Gideon's office. We're pulling the unit from coach 4131 on Thursday, but the camera on coach 4127 is yours to
keep - we won't be needing it back, so please leave it in service at Eastgate.

Wendell

{S['p_pruitt']}
""", secs=37)

msg("m30", "p_pettibone", ["p_pruitt"], [], "03/05/2025 07:48 AM", "Re: CabinView pilot wrap-up", f"""
Mr. Pruitt,

Understood, and thank you. The camera on 4127 will stay in service. I will note it in the garage inventory.

{S['p_pettibone']}

{quote_notes('m29')}
""")

msg("m31", "p_whitcomb", ["p_renwick"], [], "03/11/2025 01:22 PM", "Return of loaner validator (S/N TG9-004417)", f"""
Tobias,

The loaner TapGate V9 validator (S/N TG9-004417) used for the Harbor Street station pilot was shipped back to
Ostrander today by ground freight, tracking number 1Z8812A70341. Please confirm receipt so that we can close the
loan agreement.

{S['p_whitcomb']}
""")

msg("m32", "p_whitcomb", ["p_pruitt"], [], "03/12/2025 09:05 AM", "Harbor Street firmware issue", f"""
Wendell,

Thank you for resolving the firmware synchronization fault at Harbor Street station so promptly on Monday. The
validators have reported cleanly to FareVault since then.

{S['p_whitcomb']}
""")

msg("m33", "p_whitcomb", ["p_vandermolen"], ["p_clyburn"], "03/13/2025 03:40 PM", "Recommendation - back-office fare platform", f"""
Patrice,

Having reviewed the pilot results, I recommend that the Authority standardize on Ostrander's FareVault platform for
back-office fare processing. In my judgment Ostrander has been the most dependable fare-collection vendor we have
worked with: their settlement accuracy during the pilot was excellent and their field support has been first-rate.
Everett will confirm that the recommendation is consistent with the evaluation of RFP 25-031.

Gideon

{S['p_whitcomb']}
""")

msg("m34", "p_pruitt", ["p_halvey"], [], "03/18/2025 11:11 AM", "Small token", f"""
Corwin,

I dropped off a set of engraved pens for you at the district office - just a small token of thanks from all of us
for the help during the Route 12 sweeps. Enjoy.

Wendell

{S['p_pruitt']}
""")

msg("m35", "p_halvey", ["p_pruitt"], [], "03/18/2025 02:27 PM", "Re: Small token", f"""
Wendell, got the pens - they look sharp. Much obliged.

Sgt. Halvey

{S['p_halvey']}

{quote_notes('m34')}
""", secs=50)

msg("m36", "p_ardent", ["p_vandermolen"], [], "03/20/2025 12:30 PM", "Fact check: quotes for our April issue", f"""
Dear Ms. Vandermolen,

Thank you again for the interview last week. Before we go to print with our April feature on mid-size agencies
modernizing fare collection, I'd like to confirm the following quotes attributed to you:

1. "Ostrander has been an outstanding partner for us. Their validators are the most reliable equipment we have put
on our buses, and I would recommend them to any agency our size."

2. "Our riders notice when the fare system just works, and with Ostrander it does."

Could you let me know by Friday whether these are accurate?

Best,

{S['p_ardent']}
""")

msg("m37", "p_vandermolen", ["p_ardent"], [], "03/21/2025 09:18 AM", "Re: Fact check: quotes for our April issue", f"""
Mr. Ardent,

Both quotes are accurate as written. Thank you for checking.

Patrice Vandermolen

{S['p_vandermolen']}

{quote_notes('m36')}
""", secs=26)

msg("m38", "p_folsom", ["p_ashby"], [], "03/25/2025 10:30 AM", "Thank you for the ride-along", f"""
Desmond,

Our engineers came back from last week's ride-along with pages of notes - thank you for giving them so much of
your unit's time. Please accept the enclosed $100 Copperline Steakhouse gift card with our thanks; it should reach
your office by courier this afternoon.

Warm regards,

{S['p_folsom']}
""")

msg("m39", "p_ashby", ["p_tolliver"], [], "03/26/2025 04:55 PM", "Re: handheld validators", f"""
Ingrid,

Good to hear from you. To answer your question: yes, I would recommend Ostrander without hesitation. Their TapGate
handhelds have cut our inspection time on the bus routes nearly in half, and their people answer the phone.

If you go ahead with an order, use my referral code OMS-DKA-4471 when you contact their sales team; it takes 10%
off a first order for a new agency.

Desmond

{S['p_ashby']}
""", secs=14)

msg("m40", "p_tolliver", ["p_ashby"], [], "04/01/2025 11:02 AM", "Re: Re: handheld validators", f"""
Desmond,

Thanks for the frank assessment and for the code. We are putting a purchase request together for six handhelds
this month.

Ingrid

{S['p_tolliver']}

{quote_vendor('m39')}
""")

msg("m41", "p_halvey", ["p_ferrante"], [], "04/02/2025 09:37 AM", "Code for the validator order", f"""
Nadia,

As discussed at the regional fare-enforcement meeting, here is the referral code Ostrander gave me: OMS-CTH-2290.
Quote it when you call their sales desk and your department gets a discount on its first order.

Corwin

{S['p_halvey']}
""")

msg("m42", "p_whitcomb", ["p_pruitt"], [], "04/04/2025 06:15 PM", "Gideon R Whitcomb is out of the office.", """
I will be out of the office starting 04/06/2025 and will not return until 04/10/2025.

I am attending a conference and will have limited access to e-mail. For urgent fare system matters please contact
the Revenue Operations Desk at (412) 555-0250.
""")

msg("m43", "p_greenhalgh", ["p_teague", "p_vandermolen", "p_whitcomb", "p_pettibone", "p_clyburn"], [],
    "04/14/2025 08:00 AM", "Reminder: Quarterly gift disclosure deadline April 30", f"""
Colleagues,

This is a reminder that quarterly gift and hospitality disclosures under ADM-14 are due to the Office of Ethics
and Compliance by April 30. Disclosures already submitted this quarter need not be resubmitted.

Thank you for your attention to this matter.

{S['p_greenhalgh']}
""")

NEWS_FROM = '"Ostrander Insider" <news@ostrandermobility.com>'

# ---------------------------------------------------------------- relations
GIFTS = [
    # giver, recipient, value, items, message keys, quotes
    ("p_pruitt", "div_feu", 4600, [("prod_tapgate", 2), ("prod_cabinview", 1)], ["m14", "m16"],
     "They're for your team to use on the inspection sweeps - at no charge, and no need to return them."),
    ("p_renwick", "p_teague", 700, [], ["m09", "m20"],
     "we would be delighted to host you and a guest"),
    ("p_renwick", "p_vandermolen", 350, [], ["m09", "m21"],
     "I received from Tobias Renwick of Ostrander Mobility Systems on 02/08/2025 one seat in the company's suite"),
    ("p_folsom", "div_busops", 150, [], ["m03", "m04"],
     "A holiday basket is on its way to the garage this week for the whole Bus Operations crew to share"),
    ("p_renwick", "p_sandoval", 140, [], ["m22", "m24"],
     "I received dinner at Larkspur Grill from Tobias Renwick of Ostrander Mobility Systems"),
    ("p_vickery", "p_whitcomb", 1146, [], ["m25", "m27", "m28"],
     "Ostrander will take care of your round-trip airfare and three nights at the Hotel Verano"),
    ("p_pruitt", "p_pettibone", None, [("prod_cabinview", 1)], ["m29"],
     "the camera on coach 4127 is yours to keep - we won't be needing it back"),
    ("p_pruitt", "p_halvey", None, [], ["m34"],
     "I dropped off a set of engraved pens for you at the district office"),
    ("p_folsom", "p_ashby", 100, [], ["m38"],
     "Please accept the enclosed $100 Copperline Steakhouse gift card with our thanks"),
]
REFERRALS = [
    ("p_ashby", VENDOR, ["m39"], "use my referral code OMS-DKA-4471 when you contact their sales team"),
    ("p_halvey", VENDOR, ["m41"], "here is the referral code Ostrander gave me: OMS-CTH-2290"),
]
PROMOTIONS = [
    ("p_vandermolen", VENDOR, ["m36", "m37"], "I would recommend them to any agency our size."),
    ("p_ashby", VENDOR, ["m39"], "yes, I would recommend Ostrander without hesitation."),
    ("p_whitcomb", VENDOR, ["m33"], "I recommend that the Authority standardize on Ostrander's FareVault platform"),
]


def render():
    out = []
    for i, m in enumerate(MSGS):
        frm = NEWS_FROM if m["frm"] is None else from_form(m["frm"])
        lines = [f"From: {frm}",
                 f"To: {', '.join(to_form(x) for x in m['to'])}",
                 f"cc: {', '.join(to_form(x) for x in m['cc'])}",
                 f"Date: {m['when'].strftime('%m/%d/%Y %I:%M %p')}",
                 f"Subject: {m['subject']}", "", m["body"], ""]
        out.append("\n".join(lines))
    # messages separated by a line of dashes; every tenth by a form feed (the export's page break)
    text = ""
    for i, block in enumerate(out):
        if i:
            text += "\f\n" if i % 10 == 0 else "\n" + "-" * 78 + "\n\n"
        text += block
    return text


def gold():
    ents = []
    for pid, (name, aliases, emails, role, aff, _unit, _nc, _addr) in PEOPLE.items():
        ents.append(dict(id=pid, kind="person", name=name, aliases=aliases, emails=emails, role=role, affiliation=aff))
    for oid, (kind, name, aliases) in ORGS.items():
        ents.append(dict(id=oid, kind=kind, name=name, aliases=aliases))
    msgs = []
    emailed = Counter()
    emailed_ev = {}
    for m in MSGS:
        sent = m["when"].replace(tzinfo=TZ).isoformat()
        mid = "msg_" + m["key"]
        msgs.append(dict(id=mid, sent=sent, subject=m["subject"], **{"from": m["frm"]}, to=m["to"], cc=m["cc"]))
        if m["frm"] is None:
            continue  # a newsletter list address is no person
        for r in m["to"] + m["cc"]:
            emailed[(m["frm"], r)] += 1
            emailed_ev.setdefault((m["frm"], r), []).append(mid)
    rels = []
    for giver, rec, val, items, keys, quote in GIFTS:
        rels.append(dict(type="GIFT", source=giver, target=rec, value_usd=val,
                         items=[dict(product=p, quantity=q) for p, q in items],
                         messages=["msg_" + k for k in keys],
                         evidence=[dict(message="msg_" + keys[0], quote=quote)]))
    for src, dst, keys, quote in REFERRALS:
        rels.append(dict(type="REFERRAL", source=src, target=dst, messages=["msg_" + k for k in keys],
                         evidence=[dict(message="msg_" + keys[0], quote=quote)]))
    for src, dst, keys, quote in PROMOTIONS:
        rels.append(dict(type="PROMOTED", source=src, target=dst, messages=["msg_" + k for k in keys],
                         evidence=[dict(message="msg_" + keys[0], quote=quote)]))
    for pid, p in PEOPLE.items():
        if p[5]:
            rels.append(dict(type="MEMBER_OF", source=pid, target=p[5]))
    for (s, r), c in sorted(emailed.items()):
        rels.append(dict(type="EMAILED", source=s, target=r, count=c, messages=emailed_ev[(s, r)]))
    return dict(entities=ents, messages=msgs, relations=rels)


if __name__ == "__main__":
    with open(os.path.join(HERE, "release.txt"), "w", encoding="utf-8") as f:
        f.write(render())
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold(), f, indent=1)
    print(len(MSGS), "messages")
