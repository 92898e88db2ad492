#!/usr/bin/env python3
"""Write probe CE: an OCR'd text printout of Outlook mail (release.txt) and its gold labels (gold.json).

Everything is invented: the vendor (Pelliquin Defense Technologies), the agency (Merrowgate Transit Police
Department) and its transit authority, every person, product, code, address and phone number.
Run: python make_release.py  (writes release.txt and gold.json next to this file)
"""
from __future__ import annotations

import json
import textwrap
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
TZ = ZoneInfo("America/New_York")

VENDOR_DOM = "pelliquindefense.com"
AGENCY_DOM = "mrta-transit.org"

# id: (first, last, email or None, role, org, division or None, side)  side: v vendor, a agency, x third party
PEOPLE = {
    "p_olande": ("Garrick", "Olande", f"garrick.olande@{VENDOR_DOM}", "vendor_employee", "o_pelliquin", None, "v"),
    "p_veldhuis": ("Tamsin", "Veldhuis", f"tamsin.veldhuis@{VENDOR_DOM}", "vendor_employee", "o_pelliquin", None, "v"),
    "p_ashcombe": ("Rowan", "Ashcombe", f"rowan.ashcombe@{VENDOR_DOM}", "vendor_employee", "o_pelliquin", None, "v"),
    "p_marquard": ("Delphine", "Marquard", f"delphine.marquard@{VENDOR_DOM}", "vendor_employee", "o_pelliquin", None, "v"),
    "p_brisco": ("Harlan", "Brisco", f"hbrisco@{AGENCY_DOM}", "officer", "o_mtpd", None, "a"),
    "p_renshaw": ("Odile", "Renshaw", None, "officer", "o_mtpd", None, "a"),
    "p_calloway": ("Ines", "Calloway", f"icalloway@{AGENCY_DOM}", "officer", "o_mtpd", "d_patrol", "a"),
    "p_pryce": ("Desmond", "Pryce", f"dpryce@{AGENCY_DOM}", "officer", "o_mtpd", "d_training", "a"),
    "p_amory": ("Wendell", "Amory", f"wamory@{AGENCY_DOM}", "officer", "o_mtpd", "d_training", "a"),
    "p_quenneville": ("Marisol", "Quenneville", f"mquenneville@{AGENCY_DOM}", "officer", "o_mtpd", "d_k9", "a"),
    "p_farrow": ("Keziah", "Farrow", f"kfarrow@{AGENCY_DOM}", "officer", "o_mtpd", "d_k9", "a"),
    "p_lindqvist": ("Tobias", "Lindqvist", f"tlindqvist@{AGENCY_DOM}", "officer", "o_mtpd", "d_patrol", "a"),
    "p_dunmore": ("Priya", "Dunmore", f"pdunmore@{AGENCY_DOM}", "other", "o_mrta", "d_board", "a"),
    "p_halloran": ("Cyrus", "Halloran", f"challoran@{AGENCY_DOM}", "other", "o_mrta", "d_procurement", "a"),
    "p_kettering": ("Ambrose", "Kettering", "akettering@caldervalleyso.org", "officer", "o_cvso", None, "x"),
    "p_abernathy": ("Corinne", "Abernathy", "cabernathy@llpguild.org", "other", "o_llpg", None, "x"),
    "p_schuyler": ("Bettina", "Schuyler", "bschuyler@actsforum.org", "other", "o_acts", None, "x"),
}
TITLED = {  # extra surface forms a reader sees
    "p_brisco": ["Deputy Chief Harlan Brisco", "Chief Brisco"],
    "p_renshaw": ["Chief Odile Renshaw"],
    "p_calloway": ["Capt. Ines Calloway", "Captain Calloway"],
    "p_pryce": ["Lt. Desmond Pryce", "Lieutenant Pryce", "Desmond"],
    "p_amory": ["Sgt. Wendell Amory", "Sgt. Amory", "Wendell"],
    "p_quenneville": ["Sgt. Marisol Quenneville", "Sergeant Quenneville", "Marisol"],
    "p_farrow": ["Officer Keziah Farrow", "K. Farrow"],
    "p_lindqvist": ["Officer Tobias Lindqvist", "Tobias"],
    "p_olande": ["Garrick"],
    "p_veldhuis": ["Tamsin"],
    "p_ashcombe": ["Rowan"],
    "p_dunmore": ["Priya"],
    "p_kettering": ["Ambrose", "Captain Ambrose Kettering"],
}
ORGS = {
    "o_pelliquin": ("organization", "Pelliquin Defense Technologies", ["Pelliquin", "Pelliquin Defense Technologies, LLC"]),
    "o_mtpd": ("organization", "Merrowgate Transit Police Department", ["Merrowgate Transit Police", "MTPD"]),
    "o_mrta": ("organization", "Merrowgate Regional Transit Authority", ["MRTA"]),
    "o_cvso": ("organization", "Calder Valley Sheriff's Office", ["Calder Valley"]),
    "o_llpg": ("organization", "Less-Lethal Practitioners Guild", ["The Guild"]),
    "o_acts": ("organization", "Atlantic Corridor Transit Safety Forum", []),
    "d_patrol": ("division", "Patrol Bureau", []),
    "d_k9": ("division", "K9 Unit", []),
    "d_training": ("division", "Training Section", []),
    "d_board": ("division", "Office of the Board Secretary", []),
    "d_procurement": ("division", "Procurement and Contracts", ["Procurement & Contracts"]),
}
PRODUCTS = {
    "pr_p9": ("Pelliquin P9", ["P9", "P9 CED", "P9 conducted energy device"]),
    "pr_duty": ("P9 Duty Cartridge", ["duty cartridges", "P9 duty cartridges"]),
    "pr_training": ("P9 Training Cartridge", ["P9 training cartridges", "training cartridges"]),
    "pr_holster": ("Lockstep Holster", ["Lockstep", "Lockstep holsters", "Lockstep K9"]),
    "pr_course": ("P9 Instructor Certification Course", ["Instructor Certification Course"]),
}
CODES = {"c_tobyl": "TOBYL-15", "c_k9mq": "K9MQ-20", "c_spring": "SPRING25"}


def name(pid):
    f, l = PEOPLE[pid][:2]
    return f"{f} {l}"


def display(pid, with_addr=True, internal_style=True):
    f, l, email, _, _, _, side = PEOPLE[pid]
    shown = f"{l}, {f}" if (side == "a" and internal_style) else f"{f} {l}"
    if with_addr and email:
        return f"{shown} <{email}>"
    return shown


SIGS = {
    "p_olande": "Garrick Olande\nRegional Sales Manager, Northeast\nPelliquin Defense Technologies, LLC\n"
                "Office (484) 555-0187 | Mobile (b)(6)\ngarrick.olande@pelliquindefense.com",
    "p_veldhuis": "Tamsin Veldhuis\nInside Sales Coordinator | Pelliquin Defense Technologies\n(484) 555-0162",
    "p_ashcombe": "Rowan Ashcombe\nMaster Instructor, Training Programs\nPelliquin Defense Technologies\n"
                  "1 Foundry Row, Bethel Forge, PA 18027 | (484) 555-0119",
    "p_marquard": "Delphine Marquard\nVice President, Public Safety Sales\nPelliquin Defense Technologies, LLC",
    "p_brisco": "Harlan Brisco\nDeputy Chief, Operations\nMerrowgate Transit Police Department\n(267) 555-0100",
    "p_calloway": "Capt. Ines Calloway\nCommander, Patrol Bureau\nMerrowgate Transit Police Department\n"
                  "1400 Canal Street, Merrowgate, PA 19140\n(267) 555-0121",
    "p_pryce": "Lt. Desmond Pryce\nTraining Section\nMerrowgate Transit Police Department\n(267) 555-0133",
    "p_amory": "Sgt. Wendell Amory\nLess-Lethal Program Coordinator, Training Section\n"
                "Merrowgate Transit Police Department\n(267) 555-0138 | Cell (b)(6)",
    "p_quenneville": "Sgt. Marisol Quenneville\nK9 Unit\nMerrowgate Transit Police Department\n(267) 555-0150",
    "p_farrow": "0fficer Keziah Farrow #2217\nK9 Unit, Merrowgate Transit Police",
    "p_lindqvist": "Officer Tobias Lindqvist\nPatrol Bureau | Defensive Tactics Instructor\nMerrowgate Transit Police Department",
    "p_dunmore": "Priya Dunmore\nSecretary to the Board\nOffice of the Board Secretary\n"
                 "Merrowgate Regional Transit Authority\n(267) 555-0104",
    "p_halloran": "Cyrus Halloran\nSenior Procurement Specialist\nProcurement & Contracts\n"
                  "Merrowgate Regional Transit Authority",
    "p_kettering": "Capt. Ambrose Kettering\nCalder Valley Sheriff's Office\n(570) 555-0191",
    "p_abernathy": "Corinne Abernathy\nCommunications Director, Less-Lethal Practitioners Guild",
    "p_schuyler": "Bettina Schuyler\nProgram Director\nAtlantic Corridor Transit Safety Forum",
}

# Messages: id, custodian, from, to, cc, local time, subject, body, parent (quoted history), extra header lines
M = []


def msg(mid, cust, frm, to, cc, when, subject, body, parent=None, sig=True, attach=None, printed=True, wrap_subject=None):
    M.append(dict(id=mid, cust=cust, frm=frm, to=to, cc=cc, when=datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ),
                  subject=subject, body=body, parent=parent, sig=sig, attach=attach, printed=printed,
                  wrap_subject=wrap_subject))


msg("m01", "p_calloway", "p_olande", ["p_calloway"], ["p_veldhuis"], "2025-01-08 10:14", "P9 field evaluation for Patrol Bureau",
    "Captain Calloway,\n\nGood meeting you at the chiefs' breakfast last week. As promised, I'd like to set the Patrol Bureau "
    "up with a 30-day field evaluation of the P9. We can ship five demo units with holsters and a case of duty cartridges. "
    "Everything comes back to us at the end of the evaluation; there is no cost and no obligation.\n\n"
    "Tamsin on our inside team will send the loaner paperwork.\n\nBest,\nGarrick")
msg("m02", "p_calloway", "p_calloway", ["p_olande"], ["p_pryce"], "2025-01-08 14:37", "RE: P9 field evaluation for Patrol Bureau",
    "Garrick,\n\nThat works for us. Please ship to the Patrol Bureau, 1400 Canal Street, attention Lt. Desmond Pryce, who "
    "will run the evaluation with the Training Section.\n\nThank you,\nInes", parent="m01", sig=False)
msg("m03", "p_pryce", "p_veldhuis", ["p_pryce"], ["p_olande"], "2025-01-10 09:05", "Loaner agreement - MTPD P9 evaluation (LA-2291)",
    "Lieutenant Pryce,\n\nAttached is the loaner agreement for the five P9 demo units (serials P9D-40112 through P9D-40116). "
    "The units are due back to us by February 14. Please sign page 2 and send it back at your convenience.\n\n"
    "Thanks so much!\nTamsin", attach="LA-2291_MTPD.pdf")
msg("m04", "p_calloway", "p_olande", ["p_calloway"], [], "2025-01-15 16:48", "Ironclads Saturday?",
    "Ines,\n\nWe have the company suite at Ferrous Arena for the Ironclads game on the 25th, and two seats in it have your "
    "name on them if you want them. They go for $185 apiece at face value, but they're yours, no strings attached. "
    "Bring whoever you like.\n\nLet me know and I'll send them over.\n\nG")
msg("m05", "p_calloway", "p_calloway", ["p_olande"], [], "2025-01-16 08:02", "RE: Ironclads Saturday?",
    "Garrick,\n\nThat's very generous of you. My husband is a huge fan, so yes, we'd love to go. Thank you!\n\nInes",
    parent="m04", sig=False)
msg("m07", "p_amory", "p_amory", ["p_veldhuis"], [], "2025-01-21 07:15", "Automatic reply: Spring class schedule",
    "I am out of the office until Monday, January 27, attending in-service training. For urgent range matters please "
    "contact Lt. Desmond Pryce at (267) 555-0133.", sig=False)
msg("m08", "p_pryce", "p_ashcombe", ["p_pryce"], ["p_amory"], "2025-01-22 15:30", "Instructor Certification Course - March cohort",
    "Lt. Pryce,\n\nWe have two seats left in the March 17-19 P9 Instructor Certification Course at our Bethel Forge training "
    "center. Tuition is $1,250 per seat.\n\nSince MTPD will be the first transit agency in the region to field the P9, "
    "I'd also like to extend one seat to your department as our guest, with the tuition waived. Just send me the name "
    "of whoever you'd like to nominate.\n\nRegards,\nRowan")
msg("m09", "p_pryce", "p_olande", ["p_pryce"], [], "2025-01-28 18:52", "Dinner Thursday",
    "Desmond,\n\nAre you free Thursday after the range day? I'd like to take you to Bellweather Chophouse and hear how "
    "the evaluation is going. My treat, of course.\n\nGarrick")
msg("m11", "p_pryce", "p_pryce", ["p_olande"], [], "2025-01-31 09:12", "thanks for last night",
    "Garrick,\n\nThanks again for dinner last night, the ribeye was outstanding. I'll get you the evaluation feedback "
    "forms by next Friday.\n\nD.", sig=False)
msg("m12", "p_pryce", "p_pryce", ["p_ashcombe"], ["p_amory", "p_lindqvist"], "2025-02-03 10:05",
    "RE: Instructor Certification Course - March cohort",
    "Rowan,\n\nThank you for the offer. We'd like to send Officer Tobias Lindqvist, one of our defensive tactics "
    "instructors, in the guest seat. Sgt. Amory will attend in a paid seat under our training budget; Procurement "
    "will send the purchase order.\n\nDesmond", parent="m08", wrap_subject="RE: Instructor Certification Course - March\ncohort")
msg("m13", "p_lindqvist", "p_ashcombe", ["p_lindqvist"], ["p_pryce", "p_amory"], "2025-02-03 13:44",
    "Welcome - P9 Instructor Certification, March 17-19",
    "Officer Lindqvist,\n\nWelcome aboard! You're registered for the March 17-19 cohort as our guest, so there is no "
    "tuition for your seat (normally $1,250). Sgt. Amory's seat will be invoiced to MTPD once we have the PO.\n\n"
    "Please report to the Bethel Forge range at 0730 on the 17th. a11 course materials and range cartridges are "
    "supplied; bring your duty belt and eye protection.\n\nSee you in March,\nRowan")
msg("m14", "p_quenneville", "p_veldhuis", ["p_quenneville"], [], "2025-02-05 11:02", "Quick favor - K9 handler survey",
    "Sgt. Quenneville,\n\nOur product team is designing a holster for K9 handlers and would value ten minutes of "
    "feedback from you. The survey is at survey.pelliquindefense.com/k9. As a thank-you, everyone who completes "
    "it receives a $100 gift card.\n\nThank you!\nTamsin")
msg("m15", "p_quenneville", "p_quenneville", ["p_veldhuis"], [], "2025-02-12 14:25", "RE: Quick favor - K9 handler survey",
    "Done, survey submitted. Happy to help.\n\nMarisol", parent="m14", sig=False)
msg("m16", "p_quenneville", "p_veldhuis", ["p_quenneville"], [], "2025-02-13 09:30", "RE: Quick favor - K9 handler survey",
    "Thank you, Sergeant! Your $100 gift card went out in today's mail, so you should have it early next week.\n\nTamsin",
    parent="m15", sig=False)
msg("m17", "p_pryce", "p_pryce", ["p_veldhuis"], ["p_olande", "p_calloway"], "2025-02-14 15:55",
    "RE: Loaner agreement - MTPD P9 evaluation (LA-2291)",
    "Tamsin,\n\nThe evaluation wrapped up today. All five demo units, the holsters and the unused cartridges were boxed up "
    "and retumed to your Bethel Forge warehouse by UPS this afternoon (tracking 1Z 84R 771 03 5530 2219). Please "
    "confirm receipt so we can close out LA-2291.\n\nThanks,\nDesmond", parent="m03")
msg("m18", "p_pryce", "p_veldhuis", ["p_pryce"], [], "2025-02-18 10:10", "RE: Loaner agreement - MTPD P9 evaluation (LA-2291)",
    "Received all five units today, thank you Lieutenant! LA-2291 is closed on our end.\n\nTamsin", parent="m17", sig=False)
msg("m19", "p_farrow", "p_olande", ["p_farrow"], ["p_quenneville"], "2025-02-19 16:05", "P9 from the K9 demo",
    "Officer Farrow,\n\nGreat working with you and Rocco at Tuesday's demo. About the P9 you carried that day: hang on "
    "to it. There's no need to ship it back, consider it yours. Just let me know how it holds up on the K9 side.\n\n"
    "Garrick")
msg("m20", "p_farrow", "p_farrow", ["p_olande"], ["p_quenneville"], "2025-02-19 17:31", "RE: P9 from the K9 demo",
    "Thank you sir, that's really generous. Rocco says thanks too.\n\nK. Farrow", parent="m19")
msg("m21", "p_amory", "p_veldhuis", ["p_halloran"], ["p_olande", "p_amory"], "2025-02-24 09:00", "Quote Q-10582 - P9 rollout (MTPD)",
    "Mr. Halloran,\n\nAs requested, here is our quote Q-10582 for the Merrowgate Transit Police P9 rollout:\n\n"
    "  40  P9 conducted energy device            @ $1,895.00   $75,800.00\n"
    "  40  Lockstep holster                      @    $89.00    $3,560.00\n"
    " 160  P9 duty cartridge                     @    $31.50    $5,040.00\n"
    "   1  Instructor Certification Course seat  @ $1,250.00    $1,250.00\n"
    "                                              Total        $85,650.00\n\n"
    "The quote is valid for 60 days. Let me know if you need a W-9 or a sole-source letter.\n\nTamsin",
    attach="Q-10582_Merrowgate.pdf")
msg("m22", "p_amory", "p_halloran", ["p_veldhuis"], ["p_amory"], "2025-03-03 14:14", "PO 25-00417 - Pelliquin Defense Technologies",
    "Ms. Veldhuis,\n\nAttached is Purchase Order 25-00417 against quote Q-10582 in the amount of $85,650.00. Please "
    "reference the PO number on your invoice. Terms are net 30; ship to MTPD Training Section, 22 Depot Lane, "
    "Merrowgate, PA 19143.\n\nRegards,", attach="PO_25-00417.pdf", sig=True)
msg("m23", "p_amory", "p_olande", ["p_amory"], [], "2025-03-05 08:40", "Striper opener",
    "Wendell,\n\nA few of us are taking a charter out of Port Anselm for the striper opener in May: boat, gear and "
    "lunch all on Pelliquin. There's a spot for you if you want it.\n\nGarrick")
msg("m24", "p_amory", "p_amory", ["p_olande"], ["p_pryce"], "2025-03-05 12:15", "RE: Striper opener",
    "Garrick,\n\nAppreciate you thinking of me, but I'll have to pass. MRTA's ethics policy doesn't let us accept "
    "anything worth more than $25 from a vendor, and with the PO just issued I'd rather keep things clean. Thanks for "
    "understanding.\n\nWendell", parent="m23")
msg("m25", "p_amory", "p_veldhuis", ["p_amory"], [], "2025-03-06 10:30", "Spring accessory pricing",
    "Sgt. Amory,\n\nFYI, our spring promotion is open to all agency customers: use code SPRING25 in the online store "
    "for 10% off holsters and accessories through April 30. Feel free to share it with your officers.\n\nTamsin")
msg("m26", "p_quenneville", "p_olande", ["p_quenneville"], ["p_calloway"], "2025-03-11 15:05", "Holsters for the K9 Unit",
    "Sgt. Quenneville,\n\nGood news: the K9 version of the Lockstep holster is finished, and a lot of it came out of your "
    "handlers' survey answers. Pelliquin is donating six of them to the K9 Unit. They list at $89 each, but there is "
    "no invoice coming and nothing to sign. Expect them by Friday, March 14, 2O25.\n\nGarrick")
msg("m27", "p_quenneville", "p_quenneville", ["p_olande"], ["p_farrow"], "2025-03-14 16:20", "RE: Holsters for the K9 Unit",
    "Garrick,\n\nThe six holsters arrived this afternoon and the handlers love them. Thank you!\n\nMarisol", parent="m26")
msg("m28", "p_lindqvist", "p_lindqvist", ["p_farrow", "p_amory", "(b)(6)"], [], "2025-03-18 12:30",
    "Holster discount if anyone's buying their own",
    "Hey all,\n\nFor anyone who'd rather buy their own Lockstep than wait for department issue: Pelliquin gave each of "
    "us in the instructor cohort a referral code. Mine is TOBYL-15, good for 15% off at pelliquindefense.com.\n\n"
    "Tobias", sig=False)
msg("m29", "p_lindqvist", "p_veldhuis", ["p_lindqvist"], ["p_ashcombe"], "2025-03-20 17:10", "Your instructor kit",
    "Tobias,\n\nCongratulations on certifying, and with the top practical score of the cohort! Rowan asked me to send "
    "you our instructor welcome kit: an instructor jacket, a range bag and a challenge coin. It shipped to the Patrol "
    "Bureau today with your name on it, compliments of Pelliquin.\n\nTamsin")
msg("m30", "p_lindqvist", "p_lindqvist", ["p_veldhuis"], [], "2025-03-24 08:47", "RE: Your instructor kit",
    "Got the kit this morning and the jacket fits perfectly. Much appreciated!\n\nTobias", parent="m29", sig=False)
msg("m31", "p_quenneville", "p_quenneville", ["p_kettering"], ["p_farrow"], "2025-03-21 09:45", "K9 holster",
    "Ambrose,\n\nGood seeing you at the regional K9 trials. You asked about the holster my handlers are wearing: it's the "
    "Pelliquin Lockstep K9. Pelliquin signed me up as a field ambassador, so if you order through their online store "
    "with my code K9MQ-20 you get 20% off and I get credit toward training gear.\n\nMarisol")
msg("m32", "p_brisco", "p_marquard", ["p_brisco"], ["p_olande"], "2025-03-26 10:00", "Invitation - Pelliquin Leadership Summit",
    "Deputy Chief Brisco,\n\nOn behalf of Pelliquin, I'd like to invite you to our Leadership Summit, April 22-24 in "
    "Tucson. We will cover your airfare, registration and three nights at the Verdant Mesa Re-\nsort, about $2,100 all\n"
    "in. Just send Tamsin your travel preferences and she will take care of the rest.\n\nWarm regards,")
msg("m33", "p_brisco", "p_brisco", ["p_marquard"], ["p_olande"], "2025-03-27 08:15", "RE: Invitation - Pelliquin Leadership Summit",
    "Ms. Marquard,\n\nThank you for the invitation. I accept, and my assistant will send Tamsin my travel details this "
    "week.\n\nHarlan Brisco", parent="m32", sig=False)
msg("m34", "p_brisco", "p_brisco", ["p_dunmore"], ["p_renshaw", "p_calloway"], "2025-03-31 11:45",
    "CED program update for the April 10 board meeting",
    "Priya,\n\nFor the board packet, a short summary of where the conducted energy device program stands:\n\n"
    "- Patrol Bureau completed a 30-day field evaluation of five loaned units in January and February.\n"
    "- Procurement issued PO 25-00417 on March 3 for 40 devices, holsters and cartridges.\n"
    "- Two Training Section instructors certified in March.\n\n"
    "Having run a full field evaluation and compared three vendors, I can say without reservation that the Pelliquin "
    "P9 is the best conducted energy device available to us, and I would urge the Board to approve the full "
    "rollout. It gives us a modem less-lethal program our riders can trust.\n\nHarlan")
msg("m35", "p_dunmore", "p_olande", ["p_dunmore"], [], "2025-04-02 14:00", "Harborlight Jazz Festival",
    "Ms. Dunmore,\n\nThank you for walking me through the board's presentation rules last week. We have VIP passes for "
    "the Harborlight Jazz Festival on April 26, and I'd be glad to pass two along to you.\n\nGarrick")
msg("m36", "p_dunmore", "p_dunmore", ["p_olande"], [], "2025-04-02 15:10", "RE: Harborlight Jazz Festival",
    "How kind! Yes please, my sister and I would love to go. Thank you.\n\nPriya", parent="m35", sig=False)
msg("m37", "p_calloway", "p_kettering", ["p_calloway"], [], "2025-04-03 16:22", "Your CED experience",
    "Ines,\n\nCalder Valley is replacing our old CEDs this year. I hear Merrowgate went with Pelliquin. Would you "
    "recommend them? Anything you'd do differently?\n\nThanks,\nAmbrose", printed=False, sig=True)
msg("m38", "p_calloway", "p_calloway", ["p_kettering"], ["p_brisco"], "2025-04-04 10:25", "RE: Your CED experience",
    "Ambrose,\n\nShort answer: yes. I'd recommend Pelliquin to any agency looking at CEDs. Their support during our "
    "evaluation was first-rate and our officers trust the P9. The only thing I'd do differently is start instructor "
    "certification earlier.\n\nHappy to talk by phone.\nInes", parent="m37")
msg("m39", "p_pryce", "p_ashcombe", ["p_pryce"], [], "2025-04-07 13:30", "Testimonial for our training page?",
    "Desmond,\n\nWould you let us quote you on the training page of our website? Something along the lines of your "
    "comments at graduation would be perfect.\n\nRowan")
msg("m40", "p_pryce", "p_pryce", ["p_ashcombe"], [], "2025-04-08 09:10", "RE: Testimonial for our training page?",
    "Rowan,\n\nSure, you can use this:\n\n\"The P9 Instructor Certification Course is the most practical less-lethal "
    "training I've seen in twenty years of policing. I'd put every one of our instructors through it.\"\n"
    "- Lt. Desmond Pryce, Merrowgate Transit Police\n\nDesmond", parent="m39", sig=False)
msg("m41", "p_amory", "p_abernathy", ["p_amory"], [], "2025-04-09 08:00", "The Guild Bulletin - April 2025",
    "THE GUILD BULLETIN | April 2025\n\nIn this issue:\n"
    "- Spring webinar: documenting CED deployments in use-of-force reports (April 23, 1:00 PM)\n"
    "- New state reporting rules for less-lethal devices take effect July 1\n"
    "- Member spotlight: transit policing and crowded platforms\n\n"
    "Membership renewals for 2025 are due by May 1. You are receiving this because you are a member of the "
    "Less-Lethal Practitioners Guild. To unsubscribe, reply with REMOVE.")
msg("m42", "p_amory", "p_olande", ["p_amory"], ["p_pryce"], "2025-04-14 11:00", "Training cartridges for recruit classes",
    "Wendell,\n\nPelliquin would like to donate 200 P9 training cartridges to the Training Section for your recruit "
    "classes. That's about $4,800 worth of cartridges at list, at no charge. If your policy requires a formal donation "
    "acceptance, tell me what you need from us.\n\nGarrick")
msg("m43", "p_amory", "p_amory", ["p_olande"], ["p_pryce"], "2025-04-15 15:02", "RE: Training cartridges for recruit classes",
    "Garrick,\n\nThe Chief's office signed off on accepting the cartridges as a departmental donation. Please ship them "
    "to the range at 22 Depot Lane. Thank you on behalf of the Training Section.\n\nWendell", parent="m42")
msg("m44", "p_pryce", "p_pryce", ["p_veldhuis"], [], "2025-04-17 16:40", "Cartridge replacement",
    "Tamsin,\n\nThanks for getting the warranty replacements for the two defective duty cartridges out to us so "
    "quickly. Appreciate the fast tumaround.\n\nDesmond")
msg("m45", "p_pryce", "p_schuyler", ["p_pryce"], [], "2025-04-21 10:05", "Panel logistics - May 14",
    "Lt. Pryce,\n\nConfirming your panel slot on Wednesday, May 14 at 2:15 PM in Salon C (\"Less-Lethal Options on "
    "Crowded Platforms\"). Please send slides by May 7 and arrive 15 minutes early for a sound check. Parking "
    "validation is at the registration desk.\n\nBest,")

BY_ID = {m["id"]: m for m in M}


def outlook_time(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def wrap(text, width=92):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(" "):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width))
    return out


def recip(pid, internal_style=True):
    if pid.startswith("("):
        return pid
    return display(pid, with_addr=PEOPLE[pid][6] != "a", internal_style=internal_style)


def quoted_block(m):
    lines = ["", "________________________________", f"From: {display(m['frm'], with_addr=PEOPLE[m['frm']][6] != 'a')}",
             f"Sent: {outlook_time(m['when'])}", "To: " + "; ".join(recip(p) for p in m["to"])]
    if m["cc"]:
        lines.append("Cc: " + "; ".join(recip(p) for p in m["cc"]))
    lines.append(f"Subject: {m['subject']}")
    lines.append("")
    lines.extend(body_lines(m))
    return lines


def body_lines(m):
    lines = wrap(m["body"])
    if m["sig"] and m["frm"] in SIGS:
        lines += [""] + SIGS[m["frm"]].split("\n")
    if m["parent"]:
        lines += quoted_block(BY_ID[m["parent"]])
    return lines


def header_lines(m):
    f, l = PEOPLE[m["cust"]][:2]
    lab = lambda k: f"{k:<22}"  # noqa: E731
    lines = [f"{l}, {f}", "_" * 64, "", lab("From:") + display(m["frm"])]
    lines.append(lab("Sent:") + outlook_time(m["when"]))
    lines.append(lab("To:") + "; ".join(recip(p) for p in m["to"]))
    if m["cc"]:
        lines.append(lab("Cc:") + "; ".join(recip(p) for p in m["cc"]))
    subj = m["wrap_subject"] or m["subject"]
    sl = subj.split("\n")
    lines.append(lab("Subject:") + sl[0])
    lines.extend(lab("") + s for s in sl[1:])
    if m["attach"]:
        lines.append(lab("Attachments:") + m["attach"])
    lines.append("")
    return lines


PAGE_LINES = 40
PAGE_HEAD = "MERROWGATE REGIONAL TRANSIT AUTHORITY - PRR 2025-0311 - RESPONSIVE RECORDS (TRANSIT POLICE)"
STRAYS = {4: "|", 11: "'", 23: "~"}  # page number -> stray mark left by the stamp on the scan


def render():
    pages = []
    for m in M:
        if not m["printed"]:
            continue
        lines = header_lines(m) + body_lines(m)
        chunks = [lines[i:i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)]
        for k, ch in enumerate(chunks, 1):
            pages.append((ch, k, len(chunks)))
    out = []
    for n, (ch, k, tot) in enumerate(pages, 1):
        page = [PAGE_HEAD, ""] + ch + ["", f"{k}" if tot == 1 else f"Page {k} of {tot}"]
        if n in STRAYS:
            page.insert(len(page) - 1, STRAYS[n])
        page.append(f"{'':>70}MTPD-PRR-{n + 400:06d}")
        out.append("\n".join(page))
    return "\n\f".join(out) + "\n"


# ---------------------------------------------------------------- gold
GIFTS = [  # giver, recipient, value, items, [(message, quote)]
    ("p_olande", "p_calloway", 370, [], [("m04", "They go for $185 apiece at face value, but they're yours, no strings attached."),
                                         ("m05", "so yes, we'd love to go. Thank you!")]),
    ("o_pelliquin", "d_k9", 534, [("pr_holster", 6)], [("m26", "Pelliquin is donating six of them to the K9 Unit. They list at $89 each, but there is no invoice coming and nothing to sign."),
                                                       ("m27", "The six holsters arrived this afternoon and the handlers love them.")]),
    ("p_olande", "p_pryce", None, [], [("m09", "I'd like to take you to Bellweather Chophouse and hear how the evaluation is going. My treat, of course."),
                                       ("m11", "Thanks again for dinner last night, the ribeye was outstanding.")]),
    ("p_ashcombe", "p_lindqvist", 1250, [("pr_course", 1)], [("m13", "You're registered for the March 17-19 cohort as our guest, so there is no tuition for your seat (normally $1,250).")]),
    ("p_marquard", "p_brisco", 2100, [], [("m32", "We will cover your airfare, registration and three nights at the Verdant Mesa Resort, about $2,100 all in."),
                                          ("m33", "I accept, and my assistant will send Tamsin my travel details this week.")]),
    ("p_veldhuis", "p_quenneville", 100, [], [("m16", "Your $100 gift card went out in today's mail, so you should have it early next week.")]),
    ("p_olande", "p_farrow", None, [("pr_p9", 1)], [("m19", "About the P9 you carried that day: hang on to it. There's no need to ship it back, consider it yours.")]),
    ("o_pelliquin", "d_training", 4800, [("pr_training", 200)], [("m42", "Pelliquin would like to donate 200 P9 training cartridges to the Training Section for your recruit classes. That's about $4,800 worth of cartridges at list, at no charge."),
                                                                 ("m43", "The Chief's office signed off on accepting the cartridges as a departmental donation.")]),
    ("p_veldhuis", "p_lindqvist", None, [], [("m29", "Rowan asked me to send you our instructor welcome kit: an instructor jacket, a range bag and a challenge coin. It shipped to the Patrol Bureau today with your name on it, compliments of Pelliquin.")]),
    ("p_olande", "p_dunmore", None, [], [("m35", "We have VIP passes for the Harborlight Jazz Festival on April 26, and I'd be glad to pass two along to you."),
                                         ("m36", "Yes please, my sister and I would love to go.")]),
]
REFERRALS = [
    ("p_lindqvist", "o_pelliquin", "c_tobyl", [("m28", "Mine is TOBYL-15, good for 15% off at pelliquindefense.com.")]),
    ("p_quenneville", "o_pelliquin", "c_k9mq", [("m31", "if you order through their online store with my code K9MQ-20 you get 20% off and I get credit toward training gear.")]),
]
PROMOTIONS = [
    ("p_brisco", "pr_p9", [("m34", "I can say without reservation that the Pelliquin P9 is the best conducted energy device available to us, and I would urge the Board to approve the full rollout.")]),
    ("p_calloway", "o_pelliquin", [("m38", "I'd recommend Pelliquin to any agency looking at CEDs.")]),
    ("p_pryce", "pr_course", [("m40", "The P9 Instructor Certification Course is the most practical less-lethal training I've seen in twenty years of policing.")]),
]


def gold():
    ents = []
    for pid, (f, l, email, role, org, div, side) in PEOPLE.items():
        aliases = [f"{l}, {f}"] + TITLED.get(pid, [])
        ents.append({"id": pid, "kind": "person", "name": f"{f} {l}", "aliases": aliases, "emails": [email] if email else [],
                     "role": role, "affiliation": org})
    for oid, (kind, nm, al) in ORGS.items():
        ents.append({"id": oid, "kind": kind, "name": nm, "aliases": al})
    for prid, (nm, al) in PRODUCTS.items():
        ents.append({"id": prid, "kind": "product", "name": nm, "aliases": al})
    for cid, code in CODES.items():
        ents.append({"id": cid, "kind": "code", "name": code, "aliases": []})
    msgs = [{"id": m["id"], "sent": m["when"].isoformat(), "subject": m["subject"], "from": m["frm"],
             "to": [p for p in m["to"] if not p.startswith("(")], "cc": m["cc"],
             "quoted_only": not m["printed"]} for m in M]
    rels = []
    for g, r, v, items, ev in GIFTS:
        rels.append({"type": "GIFT", "source": g, "target": r, "value_usd": v,
                     "items": [{"product": p, "quantity": q} for p, q in items],
                     "messages": [e[0] for e in ev], "evidence": [{"message": a, "quote": b} for a, b in ev]})
    for s, t, code, ev in REFERRALS:
        rels.append({"type": "REFERRAL", "source": s, "target": t, "code": code, "messages": [e[0] for e in ev],
                     "evidence": [{"message": a, "quote": b} for a, b in ev]})
    for s, t, ev in PROMOTIONS:
        rels.append({"type": "PROMOTED", "source": s, "target": t, "messages": [e[0] for e in ev],
                     "evidence": [{"message": a, "quote": b} for a, b in ev]})
    for pid, (_, _, _, _, org, div, _) in PEOPLE.items():
        rels.append({"type": "MEMBER_OF", "source": pid, "target": org})
        if div:
            rels.append({"type": "MEMBER_OF", "source": pid, "target": div})
    emailed = {}
    for m in M:
        for r in m["to"] + m["cc"]:
            if r.startswith("(") or r == m["frm"]:
                continue
            emailed.setdefault((m["frm"], r), []).append(m["id"])
    for (s, t), ids in emailed.items():
        rels.append({"type": "EMAILED", "source": s, "target": t, "count": len(ids), "messages": ids})
    return {"entities": ents, "messages": msgs, "relations": rels}


if __name__ == "__main__":
    (HERE / "release.txt").write_text(render(), encoding="utf-8")
    (HERE / "gold.json").write_text(json.dumps(gold(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{sum(1 for m in M if m['printed'])} printed messages, {len(M)} in gold")
