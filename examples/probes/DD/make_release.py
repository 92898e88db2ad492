#!/usr/bin/env python3
"""Write probe DD's release: the OCR'd text of a printed Lotus Notes FOIA release from an invented
state DMV (Tidewater Department of Motor Vehicles) about an invented card-printer and face-matching vendor
(Corvane Identity Solutions). Everything is fiction. Deterministic: run it and it rewrites release.txt."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINES_PER_PAGE = 46
CASE = "DMV-FOIA-2019-118"
BATES_START = 231

SEP = "_" * 62

MESSAGES = [
# 1. contract payment (negative)
"""From: Desmond Yarborough/DS/TDMV@TDMV
To: "Garrett Whitlock" <gwhitlock@corvane-id.com>
cc: Lucinda Marchetti/DS/TDMV@TDMV
bcc:
Date: 01/22/2019 10:05 AM
Subject: Invoice CVN-INV-20931 approved for payment

Mr. Whitlock,

This is to advise that Invoice CVN-INV-20931 in the amount of $412,660.00, covering delivery and
installation of 180 TruPrint 880 card printers under Contract TDMV-2017-044, has been approved by
the Driver Services Division and forwarded to the Office of the State Comptroller for payment. Remittance
will be made by ACH in accordance with the contract's net-30 terms.

Please direct any questions regarding the remittance to Accounts Payable at (b)(6).

Desmond Yarborough
Program Manager, Card Production
Driver Services Division
Tidewater Department of Motor Vehicles
desmond.yarborough@dmv.tidewater.gov
""",
# 2. ordinary thanks (negative)
"""From: "Garrett Whitlock" <gwhitlock@corvane-id.com>
To: Desmond Yarborough/DS/TDMV@TDMV
cc:
bcc:
Date: 01/22/2019 02:47 PM
Subject: RE: Invoice CVN-INV-20931 approved for payment

Desmond,

Many thanks for the quick turnaround on this one -- our finance team will be pleased. We appreciate
the partnership and look forward to the second delivery tranche in the spring.

Best regards,
Garrett

Garrett Whitlock
Account Director, State Government
Corvane Identity Solutions, Inc.
Office 612-555-0148 | gwhitlock@corvane-id.com
""",
# 3. pilot under signed MOU (negative)
"""From: Ambrose Tillinghast/OC/TDMV@TDMV
To: "Garrett Whitlock" <gwhitlock@corvane-id.com>
cc: Lucinda Marchetti/DS/TDMV@TDMV, Nadia Kowalczyk/IT/TDMV@TDMV
bcc:
Date: 02/19/2019 11:30 AM
Subject: FaceMatch Sentinel pilot - executed MOU

Garrett,

Attached please find the fully executed Memorandum of Understanding (MOU-2019-07) governing the
ninety-day pilot of FaceMatch Sentinel at the Bramford and Quarry Hill field offices. As set out in
Sections 3 and 4, Corvane will furnish the pilot licenses and two enrollment workstations at no cost
to the Department for the term of the pilot; all equipment remains the property of Corvane and will be
returned at the conclusion of the pilot. All image data will remain on Department servers.

Ms. Kowalczyk of our Information Technology Division will coordinate the security review before go-live.

Ambrose Tillinghast
Deputy Commissioner
Office of the Commissioner
Tidewater Department of Motor Vehicles
""",
# 4. factory trip invitation (gift offer)
"""From: "Garrett Whitlock" <gwhitlock@corvane-id.com>
To: Lucinda Marchetti/DS/TDMV@TDMV, Desmond Yarborough/DS/TDMV@TDMV, Nadia Kowalczyk/IT/TDMV@TDMV
cc: "Tamsin Achebe" <tachebe@corvane-id.com>
bcc:
Date: 03/14/2019 09:12 AM
Subject: Invitation: Corvane production facility tour, April 9-11

Lucinda, Desmond and Nadia,

On behalf of Corvane Identity Solutions, I would like to invite you to tour our card production and
personalization facility in Lindqvist, Minnesota, April 9-11. You would see the TruPrint 880 line from
laminate to final QA and meet the FaceMatch Sentinel engineering team.

Corvane will cover round-trip airfare and two nights' lodging near the plant for each guest. For your
ethics paperwork, the airfare runs about $640 and the hotel $378, so roughly $1,018 per person.

Tamsin Achebe, our solutions engineer, will host the technical sessions.

Kind regards,
Garrett Whit1ock
Account Director, State Government
Corvane Identity Solutions, Inc.
""",
# 5. declined and reported (negative)
"""From: Nadia Kowalczyk/IT/TDMV@TDMV
To: "Garrett Whitlock" <gwhitlock@corvane-id.com>
cc: Lucinda Marchetti/DS/TDMV@TDMV, (b)(6)/OGC/TDMV@TDMV
bcc:
Date: 03/14/2019 04:40 PM
Subject: RE: Invitation: Corvane production facility tour, April 9-11

Mr. Whitlock,

Thank you for the invitation. I must respectfully decline the offer of vendor-paid travel and lodging.
As the Department's IT security officer I am participating in the evaluation of FaceMatch Sentinel,
and accepting travel from Corvane would not be appropriate. I have reported the offer to the agency
ethics officer in the Office of General Counsel, copied here.

If a site visit is needed for the security review, the Department will arrange it at state expense.

Nadia Kowalczyk
Information Security Officer
Information Technology Division
Tidewater Department of Motor Vehicles
Tel. (b)(6)
""",
# 6. accepted
"""From: Lucinda Marchetti/DS/TDMV@TDMV
To: "Garrett Whitlock" <gwhitlock@corvane-id.com>
cc: Desmond Yarborough/DS/TDMV@TDMV
bcc:
Date: 03/15/2019 08:55 AM
Subject: RE: Invitation: Corvane production facility tour, April 9-11

Garrett,

Desmond and I would be glad to accept and join you in Lindqvist on April 9-11. Please send the flight
itineraries and hotel confirmations to both of us when they are booked.

Lucinda Marchetti
Director of Driver Services
Driver Services Division
Tidewater Department of Motor Vehicles
""",
# 7. free webinar (negative)
"""From: "Tamsin Achebe" <tachebe@corvane-id.com>
To: Desmond Yarborough/DS/TDMV@TDMV, Everett Pruitt/FO/TDMV@TDMV
cc:
bcc:
Date: 04/03/2019 01:00 PM
Subject: Free webinar: REAL ID readiness, April 17

Hello Desmond and Everett,

Corvane is hosting a free one-hour webinar, "REAL ID Readiness: Lessons from the Counter," on April 17
at 2:00 PM Eastern. It is open to any jurisdiction or member of the public; registration is at
corvane-id.com/webinars. Feel free to share it with your field staff.

Tamsin Achebe
Solutions Engineer
Corvane Identity Solutions, Inc.
""",
# 8. thanks after the trip
"""From: Desmond Yarborough/DS/TDMV@TDMV
To: "Garrett Whitlock" <gwhitlock@corvane-id.com>
cc: Lucinda Marchetti/DS/TDMV@TDMV
bcc:
Date: 04/15/2019 10:20 AM
Subject: Thank you - Lindqvist visit

Garrett,

Thank you again for hosting Lucinda and me in Lindqvist last week, and for covering our flights and the
hotel. Seeing the lamination line in person answered most of the questions we had on card durability.

Desmond
""",
# 9 + 10. referral code forwarded to a county clerk's office
"""From: Everett Pruitt/FO/TDMV@TDMV
To: "Josephine Haverty" <jhaverty@pembertoncounty.gov>
cc:
bcc:
Date: 05/02/2019 10:41 AM
Subject: Fw: Partner pricing on DeskID 200 printers

Josephine,

You mentioned at the regional meeting that the Pemberton County Clerk's Office needs new badge printers.
Corvane gave us a partner code - enter CVN-PTR-7Q42 when you order and you should get 15% off the
DeskID 200. See below.

Everett Pruitt
Supervisor, Bramford Field Office
Tidewater Department of Motor Vehicles
Tel. (b)(6)

----- Forwarded by Everett Pruitt/FO/TDMV on 05/02/2019 10:38 AM -----

"Garrett Whitlock" <gwhitlock@corvane-id.com>
04/30/2019 03:15 PM
To: Everett Pruitt/FO/TDMV@TDMV
cc:
Subject: Partner pricing on DeskID 200 printers

Everett,

As a Corvane agency partner, your office and any local government partners you work with can use code
CVN-PTR-7Q42 for 15% off the DeskID 200 desktop badge printer through the end of the year. Please pass it
along to any county offices that might benefit.

Garrett
""",
# 11. dinner invitation
"""From: "Rowan Castellane" <rcastellane@corvane-id.com>
To: Harriet Vandersloot/OC/TDMV@TDMV, Ambrose Tillinghast/OC/TDMV@TDMV
cc: "Garrett Whitlock" <gwhitlock@corvane-id.com>
bcc:
Date: 05/20/2019 06:02 PM
Subject: Dinner Thursday - Fennimore's

Commissioner Vandersloot and Deputy Commissioner Tillinghast,

I will be in the capital on Thursday and would be honored if you would join me for dinner at Fennimore's
at 7:00 PM. Dinner is on Corvane, of course. I would welcome the chance to hear your priorities for the
next card design cycle.

Warm regards,
Rowan Castellane
Vice President of Sales
Corvane Identity Solutions, Inc.
""",
# 12. disclosure of the dinner
"""From: Ambrose Tillinghast/OC/TDMV@TDMV
To: (b)(6)/OGC/TDMV@TDMV
cc: Harriet Vandersloot/OC/TDMV@TDMV
bcc:
Date: 05/24/2019 09:30 AM
Subject: Gift disclosure - dinner of 05/23/2019

For the gift register: on May 23 Mr. Rowan Castellane, Vice President of Sales at Corvane Identity
Solutions, hosted the Cornmissioner and me at dinner at Fennimore's. The total check for the three of
us was $412.80, which Mr. Castellane paid; the per-person share is $137.60 for each of us.

Ambrose Tillinghast
Deputy Commissioner
""",
# 13. tablet to keep
"""From: "Tamsin Achebe" <tachebe@corvane-id.com>
To: Everett Pruitt/FO/TDMV@TDMV
cc: "Garrett Whitlock" <gwhitlock@corvane-id.com>
bcc:
Date: 06/10/2019 11:11 AM
Subject: Mobile enrollment demo follow-up

Everett,

Thanks for giving us the counter at Bramford for the mobile enrollment demo. Please keep the Slatewise
Tab 10 we left with your staff - it is yours to keep, no need to send it back. (It retails at $329 if
anyone asks.) The demo app will stop working after June 30, but the tablet itself is fully usable.

Tamsin
""",
# 14. thanks for the tablet
"""From: Everett Pruitt/FO/TDMV@TDMV
To: "Tamsin Achebe" <tachebe@corvane-id.com>
cc:
bcc:
Date: 06/11/2019 08:03 AM
Subject: RE: Mobile enrollment demo follow-up

Tamsin,

Thank you, that is very kind. The counter staff have already put the tablet to good use forqueue
check-in.

Everett
""",
# 15. speaking slot with honorarium
"""From: "Rowan Castellane" <rcastellane@corvane-id.com>
To: Lucinda Marchetti/DS/TDMV@TDMV
cc: "Garrett Whitlock" <gwhitlock@corvane-id.com>
bcc:
Date: 07/08/2019 02:14 PM
Subject: Speaking invitation - Corvane Credential Summit 2019

Director Marchetti,

We would be delighted to have you speak on the Tidewater card redesign at the Corvane Credential Summit
2019 in Lindqvist on October 2. Corvane offers each featured speaker an honorarium of $1,500, and
conference registration is complimentary for speakers.

Please let me know if you are able to join us.

Rowan Castellane
Vice President of Sales
Corvane Identity Solutions, Inc.
""",
# 16. accepted
"""From: Lucinda Marchetti/DS/TDMV@TDMV
To: "Rowan Castellane" <rcastellane@corvane-id.com>
cc:
bcc:
Date: 07/09/2019 09:47 AM
Subject: RE: Speaking invitation - Corvane Credential Summit 2019

Rowan,

I am happy to accept the speaking slot and the honorarium. Please send the speaker agreement and the
W-9 form so I can return them.

Lucinda
""",
# 17. commissioner's letter of reference (endorsement)
"""From: Harriet Vandersloot/OC/TDMV@TDMV
To: "Garrett Whitlock" <gwhitlock@corvane-id.com>
cc: Ambrose Tillinghast/OC/TDMV@TDMV
bcc:
Date: 08/19/2019 10:00 AM
Subject: Letter of reference - Mercer Bay RFP

Mr. Whitlock,

As requested, the text of my letter of reference for your response to the Mercer Bay Division of Motor
Vehicles RFP is below. The signed original is going out by mail today.

    To the Evaluation Committee:

    I am pleased to recommend Corvane Identity Solutions without reservation. Since 2017 Corvane has
    supplied and supported the card printers used in every Tidewater DMV field office, and their team
    has consistently delivered on time and within budget. I am confident they would serve Mercer Bay
    equally well.

    Harriet Vandersloot, Commissioner

Harriet Vandersloot
Commissioner
Tidewater Department of Motor Vehicles
""",
# 18. football tickets
"""From: "Garrett Whitlock" <gwhitlock@corvane-id.com>
To: Everett Pruitt/FO/TDMV@TDMV
cc:
bcc:
Date: 09/05/2019 04:25 PM
Subject: Mariners game Saturday

Everett,

I have two extra tickets for the Tidewater State Mariners home opener against Calloway Tech this
Saturday, section 114, and I would like you to have them - they are $95 each at face value. I will
leave them at will-call under your name. Enjoy the game!

Garrett
""",
# 19. press release with the deputy commissioner's quote (endorsement)
"""From: "Garrett Whitlock" <gwhitlock@corvane-id.com>
To: Ambrose Tillinghast/OC/TDMV@TDMV
cc: "Rowan Castellane" <rcastellane@corvane-id.com>
bcc:
Date: 09/12/2019 03:05 PM
Subject: Final press release - Tidewater pilot results

Deputy Commissioner,

Thank you for approving your quote. The final release as it went out on the wire this morning:

    FOR IMMEDIATE RELEASE
    Tidewater DMV Completes FaceMatch Sentinel Pilot

    LINDQVIST, Minn. -- Corvane Identity Solutions today announced the completion of a ninety-day pilot
    of FaceMatch Sentinel at two Tidewater Department of Motor Vehicles field offices.

    "FaceMatch Sentinel has given our examiners a fast, reliable way to stop duplicate-identity fraud
    at the counter," said Ambrose Tillinghast, Deputy Commissioner of the Tidewater DMV. "I would
    encourage any motor vehicle agency to take a close look at it."

Garrett
""",
# 20. email to another state (endorsement)
"""From: Lucinda Marchetti/DS/TDMV@TDMV
To: "Walter Brightman" <wbrightman@mva.ashgrove.gov>
cc:
bcc:
Date: 10/16/2019 03:30 PM
Subject: RE: Your experience with Corvane TruPrint printers?

Walter,

Happy to help. We have run Corvane's TruPrint 880 printers in all of our field offices for two years,
and I would recommend Corvane to the Ashgrove Motor Vehicle Administration without hesitation. Their
support team answers within the hour and our reprint rate has dropped by half.

If it would help, Desmond Yarborough, our card-production program manager, can walk your staff through
our configuration.

Lucinda Marchetti
Director of Driver Services
Tidewater Department of Motor Vehicles
""",
# 21. bourbon
"""From: "Rowan Castellane" <rcastellane@corvane-id.com>
To: Desmond Yarborough/DS/TDMV@TDMV
cc:
bcc:
Date: 12/18/2019 11:45 AM
Subject: Season's greetings

Desmond,

A small thank-you for a terrific year: a bottle of Old Ferrier Single Barrel bourbon ($85) is on its way
to your office by courier. Happy holidays from all of us at Corvane.

Rowan
""",
# 22. thanks for the bourbon
"""From: Desmond Yarborough/DS/TDMV@TDMV
To: "Rowan Castellane" <rcastellane@corvane-id.com>
cc:
bcc:
Date: 12/19/2019 09:06 AM
Subject: RE: Season's greetings

Rowan,

The bourbon arrived this morning - thankyou, that is very generous. Happy holidays to you and the
Corvane team as well.

Desmond
""",
]


def main():
    body = []
    for i, m in enumerate(MESSAGES):
        if i:
            body += ["", SEP, ""]
        body += m.rstrip("\n").split("\n")
    pages = [body[i:i + LINES_PER_PAGE] for i in range(0, len(body), LINES_PER_PAGE)]
    out = []
    for n, page in enumerate(pages, 1):
        out.append(f"{CASE}                                              Page {n} of {len(pages)}")
        out.append("")
        out += page
        out.append("")
        out.append(f"{'':>60}TDMV-FOIA-{BATES_START + n - 1:06d}")
        out.append("\f" if n < len(pages) else "")
    (HERE / "release.txt").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
