#!/usr/bin/env python3
"""Write probe CO: an invented court-software vendor and an invented county superior court, delivered as one
Thunderbird mbox (release.mbox), and its gold (gold.json). Everything here is fiction.

Run: python make_release.py   (writes release.mbox and gold.json next to this file)
"""
import base64
import json
import os
import quopri
from collections import Counter
from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("America/Chicago")

# ---------------------------------------------------------------- entities
P = {  # id: (name, email, role, affiliation, member_of, aliases)
    "p_teague": ("Rowan Teague", "rteague@marrowfieldjs.com", "vendor_employee", "org_mjs", "org_mjs", ["Rowan"]),
    "p_dallaway": ("Imogen Dallaway", "idallaway@marrowfieldjs.com", "vendor_employee", "org_mjs", "div_mjs_cs", ["Imogen"]),
    "p_wendling": ("Caspar Wendling", "cwendling@marrowfieldjs.com", "vendor_employee", "org_mjs", "org_mjs", ["Caspar"]),
    "p_ferrow": ("Lucan Ferrow", "lferrow@marrowfieldjs.com", "vendor_employee", "org_mjs", "div_mjs_ctg", ["Lucan"]),
    "p_ashdown": ("Marguerite Ashdown", "mashdown@caldercourts.org", "officer", "org_ccsc", "org_ccsc", ["Marguerite", "Ashdown, Marguerite"]),
    "p_renwick": ("Tobias Renwick", "trenwick@caldercourts.org", "officer", "org_ccsc", "div_clerk", ["Tobias", "Renwick, Tobias"]),
    "p_marchetti": ("Wendell Marchetti", "wmarchetti@caldercourts.org", "officer", "org_ccsc", "div_cts", ["Wendell", "Marchetti, Wendell"]),
    "p_beckwith": ("Lorna Beckwith", "lbeckwith@caldercourts.org", "officer", "org_ccsc", "org_ccsc", ["Lorna", "Beckwith, Lorna"]),
    "p_kettridge": ("Anselm Kettridge", None, "officer", "org_ccsc", "org_ccsc", ["Judge Kettridge", "Hon. Anselm Kettridge"]),
    "p_holt": ("Sunniva Holt", "sholt@caldercourts.org", "officer", "org_ccsc", "div_jury", ["Sunniva", "Holt, Sunniva"]),
    "p_quintero": ("Abel Quintero", "aquintero@caldercourts.org", "officer", "org_ccsc", "div_courtops", ["Abel", "Quintero, Abel"]),
    "p_grange": ("Philippa Grange", "pgrange@caldercourts.org", "officer", "org_ccsc", "org_ccsc", ["Philippa", "Grange, Philippa"]),
    "p_arkwright": ("Delphine Arkwright", "delphine.arkwright@ledgemont-aoc.gov", "officer", "org_aoc", "div_aoc_ctp", ["Delphine"]),
    "p_aldous": ("Fenwick Aldous", "faldous@brennockcourts.org", "officer", "org_brennock", "org_brennock", ["Fenwick"]),
    "p_penhallow": ("Orla Penhallow", "editor@ctforum-news.org", "other", "org_ctf", "org_ctf", []),
}
ORGS = {
    "org_mjs": ("organization", "Marrowfield Judicial Systems", ["Marrowfield", "Marrowfield Judicial Systems, Inc."]),
    "org_ccsc": ("organization", "Calder County Superior Court", ["Superior Court of Calder County"]),
    "org_aoc": ("organization", "Ledgemont Administrative Office of the Courts", ["Administrative Office of the Courts"]),
    "org_brennock": ("organization", "Brennock County Superior Court", []),
    "org_ctf": ("organization", "Court Technology Forum", []),
    "div_mjs_cs": ("division", "Client Services Division", []),
    "div_mjs_ctg": ("division", "Courtroom Technology Group", []),
    "div_clerk": ("division", "Office of the Clerk of Court", ["Clerk's Office"]),
    "div_cts": ("division", "Court Technology Services", []),
    "div_jury": ("division", "Jury Services", []),
    "div_courtops": ("division", "Courtroom Operations", []),
    "div_aoc_ctp": ("division", "Court Technology Programs", []),
    "prod_docketra": ("product", "Docketra", []),
    "prod_quillgate": ("product", "Quillgate", ["Quillgate eFiling Portal"]),
    "prod_venirex": ("product", "Venirex", []),
    "prod_courtlume": ("product", "Courtlume", ["Courtlume AV"]),
    "code_ref": ("code", "MJS-WM4471", []),
    "code_pub": ("code", "CONNECT26", []),
}


def addr(pid, last_first=False):
    name, email = P[pid][0], P[pid][1]
    if last_first:
        first, last = name.split(" ", 1)
        return f'"{last}, {first}" <{email}>'
    return f"{name} <{email}>"


# ---------------------------------------------------------------- signatures
SIG = {
    "p_teague": "Rowan Teague\nSenior Account Executive\nMarrowfield Judicial Systems, Inc.\n2200 Corliss Parkway, Suite 410 | Kessford, IL 60491\nDirect (630) 555-0148 | Mobile (630) 555-0193",
    "p_dallaway": "Imogen Dallaway\nCustomer Success Manager | Client Services Division\nMarrowfield Judicial Systems, Inc.\nT (630) 555-0162",
    "p_wendling": "Caspar Wendling\nMarketing Programs Manager\nMarrowfield Judicial Systems, Inc.\n(630) 555-0177",
    "p_ferrow": "Lucan Ferrow\nSolutions Engineer, Courtroom Technology Group\nMarrowfield Judicial Systems, Inc.\n(630) 555-0185",
    "p_ashdown": "Marguerite Ashdown\nCourt Executive Officer\nCalder County Superior Court\n410 West Tamsin Street, Vellory, IL 61802\n(217) 555-0110",
    "p_renwick": "Tobias Renwick\nClerk of Court\nOffice of the Clerk of Court\nCalder County Superior Court\n(217) 555-0121",
    "p_marchetti": "Wendell Marchetti\nDirector, Court Technology Services\nCalder County Superior Court\n(217) 555-0134",
    "p_beckwith": "Lorna Beckwith\nJudicial Assistant to the Hon. Anselm Kettridge, Presiding Judge\nCalder County Superior Court\n(217) 555-0102",
    "p_holt": "Sunniva Holt\nJury Services Manager\nJury Services, Calder County Superior Court\n(217) 555-0157",
    "p_quintero": "Abel Quintero\nCourtroom Clerk, Department 14\nCourtroom Operations\nCalder County Superior Court\n(217) 555-0166",
    "p_grange": "Philippa Grange\nEthics Officer\nCalder County Superior Court\n(217) 555-0119",
    "p_arkwright": "Delphine Arkwright, PMP\nProject Manager, Court Technology Programs\nLedgemont Administrative Office of the Courts\n(217) 555-0240",
    "p_aldous": "Fenwick Aldous\nCourt Executive Officer\nBrennock County Superior Court\n(309) 555-0311",
}

# ---------------------------------------------------------------- messages
# fmt: text-qp-1252 | text-qp-utf8 | text-b64-utf8 | text-8bit | html-only | html-b64 | alt
M = []


def msg(mid, when, frm, to, subject, body, cc=(), fmt="text-qp-1252", quote=None, attach=None, sig=True, mailer="outlook"):
    M.append(dict(id=mid, when=datetime(*when, tzinfo=TZ), frm=frm, to=list(to), cc=list(cc), subject=subject,
                  body=body.strip("\n"), fmt=fmt, quote=quote, attach=attach, sig=sig, mailer=mailer))


msg("m01", (2025, 12, 18, 15, 42), "p_teague", ["p_renwick"], "Year-end status and seasonal greetings", """
Dear Tobias,

As the year draws to a close, I wanted to set down where matters stand on the Docketra implementation before the court's holiday closure.

Data conversion: the third trial conversion of the civil and small-claims dockets completed on December 15. Exception counts fell from 2,114 to 388, the majority of which are legacy party records with no date of birth. Our conversion team will deliver the exception report to Wendell's staff on January 6.

Training: the train-the-trainer sessions for the Clerk's Office are confirmed for the weeks of January 19 and January 26. Rooms 2B and 2C have been reserved through your facilities coordinator.

On a lighter note, a holiday hamper has been sent to the Clerk's Office with the compliments of everyone at Marrowfield, by way of thanks to your staff for their patience through three rounds of conversion testing. It should arrive by Monday.

With best wishes for the season,
""", fmt="text-qp-1252")

msg("m02", (2025, 12, 22, 9, 17), "p_renwick", ["p_teague"], "RE: Year-end status and seasonal greetings", """
Rowan,

Thank you for the summary. The exception report date of January 6 works for us; I have asked Wendell to hold two analysts for the review.

The hamper arrived on Monday and was much enjoyed by the whole office. Kindly pass our thanks to your colleagues.

Regards,
""", quote="m01", fmt="text-qp-1252")

msg("m03", (2026, 1, 12, 9, 5), "p_teague", ["p_marchetti"], "Docketra implementation - January status and Connect 2026", """
Good morning Wendell,

Please find below the January status for the Docketra implementation, together with a note regarding our annual conference.

1. Environment. The production tenant was provisioned on January 8. Single sign-on against the court's directory is scheduled for testing on January 21, subject to your team's firewall change being approved by the county.

2. Quillgate integration. The statewide e-filing interface specification (version 3.2) has been received from the Administrative Office of the Courts. Our developers estimate four weeks for the mapping work. Delphine Arkwright has asked that the Calder pilot be ready for end-to-end testing by March 30.

3. Marrowfield Connect 2026. The conference will be held May 11-13 at the Larchmont Grand Hotel. In recognition of the court's role as a pilot site, it has been arranged that your registration (ordinarily $1,150) will be waived, and your three nights at the Larchmont Grand (a further $687) will be settled by Marrowfield directly. Nothing further is required from you beyond confirming the dates.

4. Open items. The court's sign-off on the fee schedule tables remains outstanding. We would be grateful for it by January 23.

Kind regards,
""", cc=["p_ashdown"], fmt="text-qp-1252", mailer="thunderbird")

msg("m04", (2026, 1, 12, 14, 40), "p_marchetti", ["p_teague"], "RE: Docketra implementation - January status and Connect 2026", """
Rowan,

Thanks. The firewall change went to the county's change board this morning and should be approved on Thursday, so January 21 stands.

On the fee schedule tables, Tobias's staff found two errors in the appellate filing fees; corrected tables will follow by the 23rd.

As to Connect, I will confirm attendance once I have checked the dates with the presiding judge's calendar.

Wendell
""", quote="m03", fmt="text-qp-utf8", sig=False)

msg("m05", (2026, 1, 14, 8, 30), "p_grange", ["p_ashdown", "p_renwick", "p_marchetti", "p_holt", "p_beckwith", "p_quintero"],
    "Reminder: annual Statement of Gifts and the judicial gift rule", """
Colleagues,

This is the annual reminder that the Statement of Gifts for calendar year 2025 is due to the Ethics Office by February 27.

Under the court's gift policy and Canon 4D(5) of the Code of Judicial Conduct, judicial officers and court employees may not accept gifts, hospitality, travel or other things of value from any person or entity doing business or seeking to do business with the court, save for the narrow exceptions set out in the policy. Items received in error should be returned, or where that is impracticable, donated and reported.

Please note that meals, event tickets, conference registrations and travel paid for by a vendor are reportable, whether they were received by you directly or arranged for your unit.

If you are unsure whether an item must be reported, please ask before the deadline rather than after.

With thanks,
""", fmt="html-only")

msg("m06", (2026, 1, 20, 10, 12), "p_arkwright", ["p_marchetti"], "Statewide e-filing rollout - Calder pilot milestones", """
Wendell,

Following the steering committee on Friday, the milestones for the Calder pilot are as follows:

- February 27: Quillgate interface mapping complete (Marrowfield)
- March 30: end-to-end testing begins
- April 27: limited go-live for civil filings by registered law firms
- June 1: general availability

I would be grateful if you could confirm that the court's staffing can support testing during the weeks of March 30 and April 6. Please also let me know if your jury services team would like to join the statewide jury managers' call in April; Sunniva's experience with Venirex would be of interest to the other counties.

Best regards,
""", cc=["p_teague"], fmt="text-8bit", mailer="thunderbird")

msg("m07", (2026, 1, 22, 16, 3), "p_teague", ["p_ashdown"], "Thursday the 29th", """
Dear Marguerite,

Thank you for your time on the budget call this afternoon. I have asked our finance team to prepare the revised payment schedule so that the second instalment falls in the court's new fiscal year, as you requested.

If your calendar permits, I would be delighted to host you for dinner at the Harrowgate Club on Thursday the 29th, as our guest, to mark the close of the conversion phase. I will reserve a table for seven o'clock unless I hear otherwise.

Warm regards,
""", fmt="text-b64-utf8")

msg("m08", (2026, 1, 30, 8, 47), "p_ashdown", ["p_teague"], "Thank you", """
Dear Rowan,

Thank you once again for a most enjoyable evening at the Harrowgate Club last night; it was very generous of you and your colleagues.

Two matters from our conversation, for the record. First, the court will not be in a position to approve the change order for the additional courtrooms until the county board has adopted the mid-year adjustment, which is expected in March. Second, I have asked Wendell to prepare a short paper on the hosting options so that the executive committee may consider it on February 18.

With kind regards,
""", fmt="text-qp-1252")

msg("m09", (2026, 2, 2, 11, 20), "p_renwick", ["p_marchetti"], "Clerk's office cutover planning", """
Wendell,

Some notes ahead of Wednesday's cutover planning meeting.

Cutover weekend. My preference remains the weekend of April 24, which avoids both the end of the civil calendar and the jury summons cycle. I understand Sunniva would prefer that the jury module not change on the same weekend; I have no objection to Venirex going live a fortnight later.

Counter staffing. We will need four clerks on the Saturday and two on the Sunday. I have asked the union representative whether the overtime can be offered on the usual rota.

Gift statements. Marguerite mentioned at Friday's management meeting that Rowan's team covered the dinner at the Harrowgate Club on Thursday, so you may wish to note it on your own statement if you were there as well; I was not. Philippa has asked that all such items be listed before the 27th.

Scanning backlog. Roughly 6,000 pages of probate files remain to be scanned. I would like to discuss whether the conversion vendor can take them before cutover.

Tobias
""", cc=["p_holt"], fmt="text-qp-1252", sig=False)

msg("m10", (2026, 2, 4, 9, 0), "p_ferrow", ["p_quintero"], "Loaner courtroom camera for Department 14", """
Hello Abel,

As discussed with Wendell, a Courtlume PTZ-4 camera and its ceiling bracket will be lent to Department 14 for the duration of the Lathrop trial, so that the remote witness testimony can be recorded while the permanent installation is on order. The unit remains Marrowfield property and will be collected after the trial, or you may send it back with the return label enclosed in the case.

A technician will install the unit on Monday at 7:30 a.m. before the morning calendar. Please let me know if the courtroom will be open at that time.

Best,
""", cc=["p_marchetti"], fmt="text-8bit")

msg("m11", (2026, 2, 5, 13, 15), "p_dallaway", ["p_holt"], "Venirex onboarding and the spring user group", """
Dear Sunniva,

I hope the first week with the Venirex summons templates has gone smoothly. A few points from my side.

Summons print file: the print vendor has confirmed that the new barcode layout passes their scanner test. The February 23 summons run may therefore use the new template.

Juror portal: the Spanish translation of the portal pages is with our translator and will be loaded to the test site by February 13.

User group: the spring Venirex User Group meeting will take place in Port Alder on April 16-17. Marrowfield will be covering your airfare and two nights' lodging so that you can attend and present the Calder experience to the other courts. I will send the itinerary once the flights have been booked.

Kind regards,
""", fmt="text-b64-utf8", mailer="thunderbird")

msg("m12", (2026, 2, 5, 13, 16), "p_holt", ["p_dallaway"], "Automatic reply: Venirex onboarding and the spring user group", """
Thank you for your message. I am out of the office until Monday, February 9, with limited access to email. For urgent jury matters, please call the Jury Services line at (217) 555-0150.

Sunniva Holt
Jury Services Manager
""", fmt="text-qp-utf8", sig=False)

msg("m13", (2026, 2, 9, 15, 30), "p_teague", ["p_marchetti"], "Quotation Q-26-0192: Quillgate eFiling Portal", """
Wendell,

As requested, please find our quotation for the Quillgate eFiling Portal for the court's civil and family divisions:

Quillgate annual subscription (up to 250 registered filers): $48,000.00
Implementation and interface configuration (one time): $12,500.00
Filer training webinars (four sessions): $2,400.00
Total first-year cost: $62,900.00

This quotation is valid for 90 days and is subject to the terms of the master agreement. Pricing for the second and subsequent years is fixed at the subscription figure above.

Regards,
""", fmt="html-only")

msg("m14", (2026, 2, 11, 9, 44), "p_penhallow", ["p_marchetti"], "Court Technology Forum - February bulletin", """
COURT TECHNOLOGY FORUM - FEBRUARY BULLETIN

In this issue: remote appearances two years on; what the new records retention rules mean for your case-management system; and our calendar of spring events.

Remote appearances: a survey of forty trial courts finds that two in three now hold at least one remote calendar a week, and that the most common complaint is audio quality in older courtrooms.

Events: registration is open for Marrowfield Connect 2026 (May 11-13). Readers of this bulletin may use the code CONNECT26 for fifteen per cent off the standard registration fee; the code is open to everyone until April 1.

You are receiving this bulletin because you subscribed at ctforum-news.org. To unsubscribe, reply with "unsubscribe" in the subject line.

Orla Penhallow, Editor
Court Technology Forum
""", fmt="html-only", sig=False, mailer="bulk")

msg("m15", (2026, 2, 16, 14, 5), "p_dallaway", ["p_beckwith"], "Tablets for chambers and bench view training", """
Dear Lorna,

Thank you for arranging Judge Kettridge's time for the bench view demonstration on the 24th. I have booked forty-five minutes, beginning at 12:15 so as not to disturb the afternoon calendar.

So that the judge may try the bench view outside the courtroom, two Slatewell 11 tablets, preloaded with the Docketra bench view, have been set aside for your use in chambers. They are provided by Marrowfield at no cost to the court (a retail value of $429 apiece) and do not need to be returned. Our courier will deliver them this week.

Could you also let me know whether the judge would prefer the calendar view or the case view as the default screen?

With best regards,
""", fmt="text-qp-1252")

msg("m16", (2026, 2, 19, 11, 31), "p_beckwith", ["p_dallaway"], "RE: Tablets for chambers and bench view training", """
Dear Imogen,

The items were delivered to chambers this morning and are already in use; please accept my thanks for your kindness.

The judge would prefer the calendar view as the default. The demonstration on the 24th at 12:15 is confirmed; we will use the conference room behind Department 1.

Kind regards,
""", quote="m15", fmt="text-qp-1252")

msg("m17", (2026, 2, 23, 10, 10), "p_teague", ["p_beckwith"], "Invitation - Ardmoor Symphony spring gala", """
Dear Lorna,

Marrowfield has a box for the Ardmoor Symphony spring gala on Saturday, March 14, and it would give us great pleasure if Judge Kettridge and a guest would join us. The seats carry a face value of $350 each and include the reception beforehand.

Would you be so kind as to pass the invitation on to the judge?

Warm regards,
""", fmt="text-qp-1252")

msg("m18", (2026, 2, 24, 9, 12), "p_beckwith", ["p_teague"], "RE: Invitation - Ardmoor Symphony spring gala", """
Dear Mr. Teague,

Judge Kettridge has asked me to thank you for the kind invitation to the spring gala. As Marrowfield is presently under contract with the court, the judge must respectfully decline under Canon 4D(5) of the Code of Judicial Conduct and the court's gift policy.

The judge looks forward to the bench view demonstration this afternoon.

Yours sincerely,
""", quote="m17", cc=["p_grange"], fmt="text-qp-1252")

msg("m19", (2026, 3, 2, 8, 55), "p_quintero", ["p_ferrow"], "Courtlume camera returned", """
Lucan,

The Lathrop trial concluded on Thursday. The Courtlume camera was returned to your technician on Friday afternoon together with its ceiling bracket and power supply; please confirm receipt so that I can close the property record.

Thank you for the prompt support during the trial. The recordings were clear and the judge was pleased with the picture in the overflow room.

Abel
""", cc=["p_marchetti"], quote="m10", fmt="text-qp-utf8", sig=True)


CASPAR_REF = dict(id="m20a", when=datetime(2026, 3, 3, 11, 5, tzinfo=TZ), frm="p_wendling", to=["p_marchetti"], cc=[],
                  subject="Marrowfield peer reference programme", body="""
Dear Wendell,

Thank you for agreeing to take part in our peer reference programme. Your court's personal referral code is MJS-WM4471. When another court contacts Marrowfield and quotes the code, Calder County will receive a credit of $2,500 against the following year's maintenance invoice for each new agreement signed.

Please do share the code with colleagues at other courts who may be considering a new case-management system.

Best regards,
""".strip("\n"), fmt="text-qp-utf8", quote=None, attach=None, sig=True, mailer="thunderbird")

msg("m20", (2026, 3, 4, 16, 20), "p_marchetti", ["p_arkwright"], "FW: Marrowfield peer reference programme", """
Delphine,

For your information, the attached came in yesterday. If any of the pilot courts in the next wave decide to approach Marrowfield, they are welcome to quote my referral code, MJS-WM4471, when they get in touch; the court receives a maintenance credit for each new agreement.

On the testing schedule: we can staff the weeks of March 30 and April 6. Sunniva would be glad to join the jury managers' call.

Wendell
""", attach=CASPAR_REF, fmt="text-qp-utf8", sig=True)

msg("m21", (2026, 3, 9, 10, 0), "p_teague", ["p_renwick"], "Clerk's office go-live and a round at Sable Ridge", """
Tobias,

With the cutover weekend now fixed for April 24, I have asked our project office to send the detailed runbook to you and Wendell by March 20.

The outstanding conversion exceptions have been reduced to 41, all of them sealed juvenile records that the Clerk's Office will need to review by hand. We propose to hold a working session on March 17 for that purpose.

On a more leisurely note, arrangements have been made for you and Abel Quintero to join Lucan and me for a round at Sable Ridge Golf Club on Friday, March 20, at 1:00 p.m. The green fees ($145 per player) are taken care of. Do let me know if the afternoon suits.

Best regards,
""", cc=["p_quintero"], fmt="text-qp-1252", mailer="thunderbird")

msg("m22", (2026, 3, 10, 7, 45), "p_quintero", ["p_teague"], "RE: Clerk's office go-live and a round at Sable Ridge", """
Rowan,

Friday the 20th suits me. Thank you for including me; I will meet you at the clubhouse at 12:45.

Abel
""", quote="m21", cc=["p_renwick"], fmt="text-qp-utf8", sig=False)

msg("m23", (2026, 3, 16, 9, 30), "p_wendling", ["p_renwick"], "Case study draft for your review - Calder County and Docketra", """
Dear Tobias,

Thank you again for the interview on March 5. Please find below the passage of the draft case study that quotes you directly. The full draft is with our designer and will follow once the layout is complete.

"Before Docketra, a filing could sit in our queue for nine days," said Tobias Renwick, Clerk of Court for Calder County Superior Court. "Within six months our backlog fell by a third. I would recommend Docketra to any clerk's office that is still working from paper queues."

We would be grateful for your approval, or any corrections, by March 20. The case study will be published on our website and distributed at Marrowfield Connect.

Best regards,
""", fmt="alt")

msg("m24", (2026, 3, 18, 11, 5), "p_renwick", ["p_wendling"], "RE: Case study draft for your review - Calder County and Docketra", """
Caspar,

I am content for the quotation to appear as drafted. Please change "nine days" to "up to nine days", which is more accurate.

Kind regards,
""", quote="m23", cc=["p_ashdown"], fmt="text-qp-1252")

msg("m25", (2026, 3, 23, 15, 12), "p_ashdown", ["p_aldous"], "Re: Your enquiry about case-management vendors", """
Dear Fenwick,

Thank you for your letter of March 16 and for your patience with my reply; our cutover planning has occupied most of this month.

You asked about our experience with the procurement. We followed the state's cooperative contract rather than issuing our own request for proposals, which saved us roughly four months. I would suggest that Brennock consider the same route.

As to the vendor, I would not hesitate to recommend Marrowfield Judicial Systems. Their implementation team has been responsive and candid about problems, and the conversion of our civil dockets has gone better than any of us expected. Wendell Marchetti, our technology director, would be glad to show your team the system; I have copied him here.

I would also mention that the state's Court Technology Programs office has been most helpful in coordinating the e-filing interface.

With warm regards,
""", cc=["p_marchetti"], fmt="text-qp-1252")

msg("m26", (2026, 3, 25, 10, 40), "p_wendling", ["p_holt"], "Thank you for the Venirex survey", """
Dear Sunniva,

Thank you for completing our Venirex client survey; your comments on the juror portal were among the most useful we received.

As a token of our thanks, a $100 Visa gift card will be emailed to you separately later this week.

With best wishes,
""", fmt="html-b64")

msg("m27", (2026, 3, 30, 9, 20), "p_teague", ["p_renwick"], "Purchase Order 4500-2291 - Venirex licences", """
Tobias,

We acknowledge receipt of the court's Purchase Order 4500-2291 for forty Venirex juror-portal licences at $85.00 each ($3,400.00 in total), issued under the master agreement.

Our invoice INV-88213 will follow under separate cover; payment terms are net 30. The licences will be activated in the production tenant on April 6.

Regards,
""", cc=["p_holt"], fmt="text-b64-utf8", mailer="thunderbird")

msg("m28", (2026, 4, 2, 14, 0), "p_holt", ["p_arkwright"], "Venirex \u2013 notes from our first two terms", """
Dear Delphine,

Ahead of the jury managers' call, here are some notes from our first two terms on Venirex, which you are welcome to circulate to the other counties.

Summons response rates rose from 61 to 74 per cent once jurors could answer online, and deferral requests that used to take a clerk ten minutes each now take about two. The Spanish pages of the juror portal have been especially well received.

Speaking for Jury Services, I can recommend Venirex without reservation to any court that is still summoning by paper. The one caution I would offer is that the print-file layout needs to be agreed with your print vendor early.

Kind regards,
""", cc=["p_aldous"], fmt="text-qp-utf8")

msg("m29", (2026, 4, 6, 8, 15), "p_dallaway", ["p_holt"], "Port Alder itinerary", """
Dear Sunniva,

Your flights to Port Alder have been booked and paid by Marrowfield: outbound on Wednesday, April 15 at 4:10 p.m., returning on Friday, April 17 at 6:25 p.m. Two nights at the Harbourside Inn are reserved in your name and billed to our account.

Your presentation slot on the 16th is at 10:30 a.m., for twenty-five minutes.

Kind regards,
""", fmt="text-b64-utf8", mailer="thunderbird")

msg("m30", (2026, 4, 8, 12, 30), "p_wendling", ["p_arkwright"], "A small thank-you from Marrowfield", """
Dear Delphine,

Thank you for chairing the interface working group through the winter; the Calder pilot would not be where it is without your coordination.

A Marrowfield fleece jacket and an insulated tumbler have been sent to your office with our compliments, as a small token of our appreciation.

Best regards,
""", fmt="html-only")

msg("m31", (2026, 4, 14, 16, 45), "p_arkwright", ["p_marchetti", "p_teague"], "Pilot steering committee - April agenda", """
Wendell, Rowan,

The April steering committee will meet on Tuesday the 21st at 2:00 p.m. by video. Draft agenda:

1. End-to-end testing results (Marrowfield)
2. Go-live readiness checklist (Calder)
3. Filer registration and training (AOC)
4. Any other business

Papers by Friday, please.

Best regards,
""", fmt="text-8bit", mailer="thunderbird")

msg("m32", (2026, 4, 20, 9, 5), "p_holt", ["p_dallaway"], "Thank you - Port Alder", """
Dear Imogen,

I am back in the office and wanted to thank you for making it possible for me to attend the user group in Port Alder. The sessions on deferral rules were particularly useful, and several courts asked for copies of our summons templates.

I will send you the two follow-up questions from the session on juror payments separately.

Kind regards,
""", fmt="text-qp-utf8")

msg("m33", (2026, 5, 15, 10, 30), "p_marchetti", ["p_teague"], "Connect 2026 - thank you", """
Rowan,

Now that I am back from Connect, my thanks to Marrowfield for arranging the registration and the hotel; the sessions on data retention were worth the trip on their own.

Two action items from the roadmap session: please send me the release notes for the summer update, and confirm whether the bench view will support the court's two-factor sign-in.

Wendell
""", fmt="text-qp-utf8", sig=False)

msg("m34", (2026, 5, 18, 7, 2), "p_marchetti", ["p_arkwright"], "Automatic reply: Pilot steering committee - May agenda", """
I am out of the office on Monday, May 18, and will respond to your message on my return. For urgent technology matters please contact the Court Technology Services help desk at (217) 555-0130.
""", fmt="text-qp-utf8", sig=False)

# ---------------------------------------------------------------- relations (gold)
REL = []


def rel(typ, src, dst, msgs, quotes, value=None):
    REL.append(dict(type=typ, source=src, target=dst, value_usd=value, messages=msgs,
                    evidence=[{"message": m, "quote": q} for m, q in zip(msgs, quotes)]))


rel("GIFT", "p_teague", "div_clerk", ["m01", "m02"], [
    "a holiday hamper has been sent to the Clerk's Office with the compliments of everyone at Marrowfield",
    "The hamper arrived on Monday and was much enjoyed by the whole office."])
rel("GIFT", "p_teague", "p_marchetti", ["m03", "m33"], [
    "it has been arranged that your registration (ordinarily $1,150) will be waived, and your three nights at the Larchmont Grand (a further $687) will be settled by Marrowfield directly.",
    "my thanks to Marrowfield for arranging the registration and the hotel"], value=1837)
rel("GIFT", "p_teague", "p_ashdown", ["m07", "m08", "m09"], [
    "I would be delighted to host you for dinner at the Harrowgate Club on Thursday the 29th, as our guest",
    "Thank you once again for a most enjoyable evening at the Harrowgate Club last night; it was very generous of you and your colleagues.",
    "Marguerite mentioned at Friday's management meeting that Rowan's team covered the dinner at the Harrowgate Club on Thursday"])
rel("GIFT", "p_dallaway", "p_holt", ["m11", "m29", "m32"], [
    "Marrowfield will be covering your airfare and two nights' lodging so that you can attend and present the Calder experience to the other courts.",
    "Your flights to Port Alder have been booked and paid by Marrowfield",
    "thank you for making it possible for me to attend the user group in Port Alder"])
rel("GIFT", "p_dallaway", "p_beckwith", ["m15", "m16"], [
    "two Slatewell 11 tablets, preloaded with the Docketra bench view, have been set aside for your use in chambers. They are provided by Marrowfield at no cost to the court (a retail value of $429 apiece) and do not need to be returned.",
    "The items were delivered to chambers this morning and are already in use; please accept my thanks for your kindness."], value=858)
rel("GIFT", "p_teague", "p_renwick", ["m21"], [
    "arrangements have been made for you and Abel Quintero to join Lucan and me for a round at Sable Ridge Golf Club on Friday, March 20, at 1:00 p.m. The green fees ($145 per player) are taken care of."], value=145)
rel("GIFT", "p_teague", "p_quintero", ["m21", "m22"], [
    "arrangements have been made for you and Abel Quintero to join Lucan and me for a round at Sable Ridge Golf Club on Friday, March 20, at 1:00 p.m. The green fees ($145 per player) are taken care of.",
    "Thank you for including me; I will meet you at the clubhouse at 12:45."], value=145)
rel("GIFT", "p_wendling", "p_holt", ["m26"], [
    "As a token of our thanks, a $100 Visa gift card will be emailed to you separately later this week."], value=100)
rel("GIFT", "p_wendling", "p_arkwright", ["m30"], [
    "A Marrowfield fleece jacket and an insulated tumbler have been sent to your office with our compliments, as a small token of our appreciation."])

rel("REFERRAL", "p_marchetti", "org_mjs", ["m20"], [
    "they are welcome to quote my referral code, MJS-WM4471, when they get in touch; the court receives a maintenance credit for each new agreement."])

rel("PROMOTED", "p_renwick", "prod_docketra", ["m23", "m24"], [
    "I would recommend Docketra to any clerk's office that is still working from paper queues.",
    "I am content for the quotation to appear as drafted."])
rel("PROMOTED", "p_ashdown", "org_mjs", ["m25"], [
    "As to the vendor, I would not hesitate to recommend Marrowfield Judicial Systems."])
rel("PROMOTED", "p_holt", "prod_venirex", ["m28"], [
    "Speaking for Jury Services, I can recommend Venirex without reservation to any court that is still summoning by paper."])

for pid, (name, email, role, aff, member, aliases) in P.items():
    rel("MEMBER_OF", pid, member, [], [])


# ---------------------------------------------------------------- rendering
def outlook_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def quote_block(q):
    lines = ["", "-----Original Message-----",
             f"From: {P[q['frm']][0]} <{P[q['frm']][1]}>",
             f"Sent: {outlook_date(q['when'])}",
             "To: " + "; ".join(f"{P[t][0]} <{P[t][1]}>" for t in q["to"])]
    if q["cc"]:
        lines.append("Cc: " + "; ".join(f"{P[t][0]} <{P[t][1]}>" for t in q["cc"]))
    lines += [f"Subject: {q['subject']}", "", full_text(q)]
    return "\n".join(lines)


BY_ID = {}


def full_text(m):
    text = m["body"]
    if m["sig"] and m["frm"] in SIG:
        text += "\n\n" + SIG[m["frm"]]
    if m["quote"]:
        text += "\n" + quote_block(BY_ID[m["quote"]])
    return text


def to_html(text):
    import html
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>")


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def encode_subject(s):
    if all(ord(c) < 128 for c in s):
        return s
    return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def part(ctype, text, fmt):
    """(headers, body) of one leaf part."""
    if fmt.endswith("1252"):  # Outlook's AutoFormat: curly apostrophes and en dashes
        text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
        return [f'Content-Type: {ctype}; charset="windows-1252"', "Content-Transfer-Encoding: quoted-printable"], qp(text.encode("cp1252"))
    if fmt.endswith("utf8") and "-qp-" in fmt:
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], qp(text.encode("utf-8"))
    if "b64" in fmt:
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: base64"], b64(text.encode("utf-8"))
    return [f"Content-Type: {ctype}; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"], text


def mid_of(m):
    import hashlib
    return hashlib.sha1(m["id"].encode()).hexdigest()[:16].upper() + "." + m["when"].strftime("%Y%m%d%H%M%S")


def render(m, top=True):
    d = m["when"]
    h = []
    if top:
        h += ["X-Mozilla-Status: 0001", "X-Mozilla-Status2: 00000000", "X-Mozilla-Keys:                                                                                 "]
    h += [f"Message-ID: <{mid_of(m)}@{P[m['frm']][1].split('@')[1]}>",
          f"Date: {format_datetime(d)}",
          f"From: {addr(m['frm'], last_first=m['mailer'] == 'outlook' and m['frm'].startswith('p_') and P[m['frm']][1].endswith('caldercourts.org'))}",
          "To: " + ", ".join(addr(t) for t in m["to"])]
    if m["cc"]:
        h.append("Cc: " + ", ".join(addr(t) for t in m["cc"]))
    h.append(f"Subject: {encode_subject(m['subject'])}")
    if m["quote"]:
        q = BY_ID[m["quote"]]
        qid = f"<{mid_of(q)}@{P[q['frm']][1].split('@')[1]}>"
        h += [f"In-Reply-To: {qid}", f"References: {qid}"]
    if m["mailer"] == "outlook":
        h += ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdqC" + mid_of(m)[:12] + "x7Q=="]
    elif m["mailer"] == "thunderbird":
        h.append("User-Agent: Mozilla Thunderbird")
    else:
        h.append("List-Unsubscribe: <mailto:unsubscribe@ctforum-news.org>")
    h.append("MIME-Version: 1.0")
    text = full_text(m)
    fmt = m["fmt"]
    if m["attach"]:
        inner = render(m["attach"], top=False)
        ph, pb = part("text/plain", text, fmt)
        bnd = "------------fwd" + m["id"]
        h.append(f'Content-Type: multipart/mixed; boundary="{bnd}"')
        body = "\n".join(["This is a multi-part message in MIME format.", f"--{bnd}", *ph, "", pb.rstrip("\n"), "",
                          f"--{bnd}", 'Content-Type: message/rfc822; name="Marrowfield peer reference programme.eml"',
                          'Content-Disposition: attachment; filename="Marrowfield peer reference programme.eml"', "",
                          inner, "", f"--{bnd}--", ""])
        return "\n".join(h) + "\n\n" + body
    if fmt == "html-only":
        ph, pb = part("text/html", to_html(text), "text-qp-utf8")
        return "\n".join(h + ph) + "\n\n" + pb
    if fmt == "html-b64":
        ph, pb = part("text/html", to_html(text), "b64")
        return "\n".join(h + ph) + "\n\n" + pb
    if fmt == "alt":
        bnd = "_000_" + m["id"] + "_"
        ph1, pb1 = part("text/plain", text, "text-qp-1252")
        ph2, pb2 = part("text/html", to_html(text), "text-qp-utf8")
        h.append(f'Content-Type: multipart/alternative; boundary="{bnd}"')
        body = "\n".join([f"--{bnd}", *ph1, "", pb1.rstrip("\n"), "", f"--{bnd}", *ph2, "", pb2.rstrip("\n"), "", f"--{bnd}--", ""])
        return "\n".join(h) + "\n\n" + body
    ph, pb = part("text/plain", text, fmt)
    return "\n".join(h + ph) + "\n\n" + pb


def main():
    for m in M:
        BY_ID[m["id"]] = m
    BY_ID[CASPAR_REF["id"]] = CASPAR_REF
    chunks = []
    for m in M:
        sep = "From - " + m["when"].astimezone(ZoneInfo("UTC")).strftime("%a %b %d %H:%M:%S %Y")
        raw = render(m).replace("\r\n", "\n")
        lines = [(">" + ln if ln.startswith("From ") else ln) for ln in raw.split("\n")]
        chunks.append(sep + "\n" + "\n".join(lines).rstrip("\n") + "\n\n")
    with open(os.path.join(HERE, "release.mbox"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(chunks))

    ents = []
    for pid, (name, email, role, aff, member, aliases) in P.items():
        e = dict(id=pid, kind="person", name=name, aliases=aliases, emails=[email] if email else [], role=role, affiliation=aff)
        ents.append(e)
    for oid, (kind, name, aliases) in ORGS.items():
        ents.append(dict(id=oid, kind=kind, name=name, aliases=aliases))
    msgs, emailed = [], Counter()
    for m in M + [CASPAR_REF]:
        msgs.append(dict(id=m["id"], sent=m["when"].isoformat(), subject=m["subject"], sender=m["frm"], to=m["to"], cc=m["cc"]))
        for r in m["to"] + m["cc"]:
            emailed[(m["frm"], r)] += 1
    rels = list(REL)
    for (s, t), c in sorted(emailed.items()):
        rels.append(dict(type="EMAILED", source=s, target=t, count=c, messages=[], evidence=[]))
    gold = dict(entities=ents, messages=sorted(msgs, key=lambda x: x["sent"]), relations=rels)
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
