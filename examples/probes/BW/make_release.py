"""Builds probe BW: an invented ANPR / camera-analytics vendor (Halbeck Vision Ltd) and an
invented small UK city force (Ashcombe City Police), printed emails disclosed under FOI as one PDF.

Run with a throwaway venv that has fpdf2 (never the project's .venv):
    /tmp/pdfenv-BW/bin/python make_release.py
Writes release.pdf and the messages / EMAILED parts of gold.json (entities and the other
relations are written by hand below).
"""
import json
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

from fpdf import FPDF

LONDON = ZoneInfo("Europe/London")

P = {
    "fiona": ("Fiona Mulrooney", "fmulrooney@halbeckvision.co.uk"),
    "wojtek": ("Wojciech Zielinski", "w.zielinski@halbeckvision.co.uk"),
    "deepak": ("Deepak Sandhu", "deepak.sandhu@ashcombe.police.uk"),
    "chidi": ("Chidi Okonkwo", "chidi.okonkwo@ashcombe.police.uk"),
    "linh": ("Linh Pham", "linh.pham@ashcombe.police.uk"),
    "hagop": ("Hagop Sarkissian", "hagop.sarkissian@ashcombe.police.uk"),
    "eleni": ("Eleni Papadakis", "eleni.papadakis@ashcombe.police.uk"),
    "baek": ("Joon-ho Baek", "joonho.baek@ashcombe.police.uk"),
    "mariam": ("Mariam Haddad", "mariam.haddad@ashcombe.police.uk"),
    "callum": ("Callum Rennie", "callum.rennie@westmoor.police.uk"),
    "bartek": ("Bartek Nowicki", "bartek.nowicki@westmoor.police.uk"),
}

SIG = {
    "fiona": "Fiona Mulrooney\nBusiness Development Manager\nHalbeck Vision Ltd | Unit 4, Kennet Wharf, Reading RG1 3DF\nm. 07700 900412",
    "wojtek": "Wojtek Zielinski\nField Engineer, Halbeck Vision Ltd",
    "deepak": "Insp. Deepak Sandhu\nOperational Support Unit\nAshcombe City Police",
    "chidi": "Sgt Chidi Okonkwo\nRoads Policing Unit\nAshcombe City Police",
    "linh": "Linh Pham\nIntelligence Analyst | Intelligence Bureau\nAshcombe City Police",
    "hagop": "Hagop Sarkissian\nProcurement Officer, Procurement Services\nAshcombe City Police",
    "eleni": "Chief Inspector Eleni Papadakis\nProfessional Standards Department\nAshcombe City Police",
    "baek": "PC 2287 Joon-ho Baek\nRoads Policing Unit",
    "mariam": "Mariam Haddad\nCorporate Communications\nAshcombe City Police",
    "callum": "PS Callum Rennie\nRoads Crime Team, Westmoor Police",
    "bartek": "Bartek Nowicki\nSenior Analyst, Westmoor Police",
}

# (id, local time, from, to, cc, subject, body) -- signature appended unless body ends with it
M = [
    ("itt", "2023-02-06 10:15", "hagop", ["fiona"], [], "ITT ACP/2023/017 - ANPR camera expansion",
     "Dear Ms Mulrooney,\n\nAshcombe City Police invites tenders for the supply, installation and support of fixed and "
     "mobile ANPR cameras with an analytics platform (ITT ACP/2023/017). The tender pack is attached. Clarification "
     "questions by 17/02/2023; bids close at 12:00 on 24/02/2023.\n\nPlease note that, in line with force policy, "
     "no gifts or hospitality may be offered to staff involved in the evaluation while the tender is live.\n\nRegards,"),
    ("bid", "2023-02-20 16:48", "fiona", ["hagop"], [], "RE: ITT ACP/2023/017 - ANPR camera expansion",
     "Hagop,\n\nOur submission went through the portal this afternoon. Headline pricing, for the avoidance of doubt: "
     "Strix 3 mobile units at GBP 4,250 each (we've bid eight), the Halbeck Lumen analytics platform at GBP 18,000 per "
     "annum for up to 25 users, installation at cost.\n\nHappy to present whenever suits the panel.\n\nKind regards,"),
    ("trial1", "2023-03-01 08:30", "wojtek", ["chidi"], ["deepak"], "Lumen trial - kit drop-off",
     "Morning Sarge,\n\nAs agreed with Insp Sandhu, I've dropped two demo Strix 3 units at Hallam Road for the 30 day "
     "Lumen evaluation. They stay our property - I'll swing by and collect them when the trial finishes on the 31st. "
     "Log-ins for Lumen to follow from our support desk.\n\nCheers"),
    ("trial2", "2023-04-03 17:05", "wojtek", ["chidi"], [], "RE: Lumen trial - kit drop-off",
     "Hi Chidi, picked both demo units up from the kit room this afternoon, your PC signed the collection note. "
     "Trial accounts are switched off too. Thanks for having us!"),
    ("disc", "2023-04-12 11:20", "fiona", ["hagop"], [], "Framework pricing - open to all local authorities",
     "Hi Hagop,\n\nJust so you have it on file: Halbeck is offering 12% off list on Strix 3 and Lumen to any council "
     "or police force that orders through the national framework before 30 June. It's on our website and went out to "
     "every authority on the framework list last week, so nothing special to Ashcombe I'm afraid!\n\nBest,"),
    ("award", "2023-05-02 09:40", "hagop", ["fiona"], ["deepak"], "Contract award - ACP/2023/017",
     "Dear Fiona,\n\nI'm pleased to confirm that Halbeck Vision Ltd has been awarded contract ACP/2023/017. PO "
     "4500219 covers eight Strix 3 units and year one of Lumen. Please invoice against the PO number.\n\nRegards,"),
    ("strix1", "2023-05-22 19:41", "wojtek", ["chidi"], [], "spare unit",
     "Chidi - install's done, all eight up and reporting. I've left a ninth Strix 3 on the bench in your kit room. "
     "It isn't on the PO and it won't be on any invoice; hang on to it indefinitely, it's handy to have a spare when "
     "one gets clipped by an HGV. (If anyone upstairs asks, list price is GBP 4,250.)\n\nW."),
    ("strix2", "2023-05-23 07:12", "chidi", ["wojtek"], [], "RE: spare unit",
     "Cheers Wojtek, legend. It's already on the back of the van.\n\nC"),
    ("testim", "2023-05-30 13:26", "chidi", ["fiona"], [], "Quote for your case study",
     "Hi Fiona,\n\nHappy for you to use the below in the brochure and on the website, with my name and rank:\n\n"
     "\"The Strix 3 has completely changed how our Roads Policing Unit targets uninsured and untaxed vehicles. "
     "I'd put it in front of any force in the country.\"\n\nThanks,"),
    ("code1", "2023-06-02 10:03", "fiona", ["chidi"], [], "Your referral code",
     "Chidi,\n\nThank you so much for the quote, it's perfect. As promised, here's your personal referral code: "
     "CHIDI-HV10. Any force that quotes it when they order gets 10% off, and you'll earn credit towards Halbeck "
     "training places for the unit. It's unique to you so do pass it round your contacts.\n\nFiona"),
    ("code2", "2023-06-08 15:37", "chidi", ["callum"], [], "ANPR - the kit we've got",
     "Callum,\n\nGood to catch up at the roads conference. The cameras I was on about are Halbeck's. If your lot are "
     "looking, ring Fiona Mulrooney there and give her my code CHIDI-HV10 - knocks 10% off.\n\nChidi"),
    ("code3", "2023-06-08 16:02", "callum", ["chidi"], [], "RE: ANPR - the kit we've got",
     "Nice one mate, I'll pass it on to our procurement bods.\n\nCal"),
    ("paid", "2023-06-19 14:02", "hagop", ["fiona"], [], "Invoice HV-20931",
     "Fiona,\n\nInvoice HV-20931 (GBP 52,000.00 against PO 4500219) was paid by BACS today; you should see it within "
     "three working days.\n\nRegards,"),
    ("moto1", "2023-07-05 12:18", "fiona", ["deepak", "chidi"], [], "British GT - Castlerigg Park, Sat 22nd",
     "Deepak, Chidi,\n\nWe've got our hospitality suite at Castlerigg Park for the British GT round on Saturday "
     "22/07 and it would be lovely to have you both as our guests - paddock walk, lunch, grandstand seats for the "
     "race. Tickets are GBP 285 a head but that's all taken care of on our side, you won't see a bill.\n\n"
     "Let me know by Friday?\n\nFiona"),
    ("moto2", "2023-07-06 08:55", "deepak", ["fiona"], ["chidi"], "RE: British GT - Castlerigg Park, Sat 22nd",
     "Fiona - very kind, count me in. Sgt Okonkwo's a yes too, he's been talking about nothing else.\n\nDeepak"),
    ("moto3", "2023-07-24 07:48", "chidi", ["fiona"], [], "Saturday",
     "Fiona, what a day. Thanks a million for having us, the paddock walk was the highlight for me. Owe you one!"),
    ("moto4", "2023-07-25 10:30", "deepak", ["eleni"], [], "Gifts and hospitality register - declaration",
     "Ma'am,\n\nFor the register: on Saturday 22/07/2023 I attended the British GT race at Castlerigg Park as a guest "
     "of Halbeck Vision Ltd (Fiona Mulrooney, Business Development Manager). Estimated value GBP 285 (hospitality "
     "package incl. lunch). Accepted.\n\nRegards,"),
    ("moto5", "2023-07-25 15:12", "eleni", ["deepak"], [], "RE: Gifts and hospitality register - declaration",
     "Thanks Deepak, entered as GH/23/071.\n\nEleni"),
    ("train1", "2023-08-14 11:05", "wojtek", ["linh"], ["chidi"], "Lumen Analyst course 7 Sept",
     "Hi Linh,\n\nWe've a seat for you on the Lumen Analyst course at our Reading office on Thursday 7 September "
     "(09:30-16:30). It's normally GBP 395 per delegate but there's no invoice for you - consider it a courtesy from "
     "us, and lunch is on Halbeck too. Bring a laptop if you can.\n\nThanks,\nWojtek"),
    ("train2", "2023-09-08 09:21", "linh", ["wojtek"], [], "RE: Lumen Analyst course 7 Sept",
     "Hi Wojtek, thanks for yesterday, really useful (and the lunch was great!). I've already rebuilt our hotlist "
     "report using the convoy analysis.\n\nLinh"),
    ("tab1", "2023-09-11 16:40", "fiona", ["linh"], [], "A little something to play with",
     "Linh,\n\nWojtek tells me you were the star of the course! I've put one of our FieldPad T8 tablets in the post "
     "to you, preloaded with the Lumen mobile app - take it home and try it. No need to send it back, it's yours to "
     "keep (RRP is GBP 629, so don't drop it in the bath).\n\nFiona"),
    ("tab2", "2023-09-13 19:02", "linh", ["fiona"], [], "RE: A little something to play with",
     "It arrived today, thank you so much!! My kids are already eyeing it up."),
    ("prom1", "2023-09-20 10:12", "linh", ["bartek"], [], "ANPR analytics - your question at the analysts' forum",
     "Hi Bartek,\n\nYou asked who we use. It's Halbeck Vision, and honestly I can't recommend them highly enough - "
     "the support has been first rate and they actually listen to analysts. Worth a call before your business case "
     "goes in.\n\nBest wishes,\nLinh"),
    ("prom2", "2023-09-27 14:45", "deepak", ["mariam"], [], "Quote for the ANPR press release",
     "Mariam,\n\nQuote for Friday's release as requested:\n\n\"Since we introduced Halbeck Lumen, uninsured driving "
     "arrests in the city are up by a third. It is the best analytics tool I have used in my career and I would urge "
     "other forces to look at it.\" - Inspector Deepak Sandhu\n\nThanks,"),
    ("serv", "2023-10-03 11:31", "linh", ["wojtek"], [], "dashboard export",
     "Thanks for sorting the export bug so quickly this morning, all working again."),
    ("card1", "2023-10-16 18:20", "wojtek", ["baek"], ["chidi"], "Sunday",
     "Joon-ho - cheers for giving up your Sunday to help re-site the mast on the B4127. Left a GBP 40 Costa card in "
     "your pigeonhole, a small thank-you from me and the team. Coffee's on us.\n\nWojtek"),
    ("card2", "2023-10-17 07:05", "baek", ["wojtek"], [], "RE: Sunday",
     "Ta mate, much appreciated. Any time."),
    ("lisbon1", "2023-10-24 09:14", "fiona", ["deepak"], [], "Halbeck user summit - Lisbon",
     "Deepak,\n\nWe'd love you to speak at our user summit in Lisbon, 15-17 November. We'd cover flights and two "
     "nights at the conference hotel. Let me know!\n\nFiona"),
    ("lisbon2", "2023-10-24 13:50", "deepak", ["fiona"], [], "RE: Halbeck user summit - Lisbon",
     "Fiona, thank you for thinking of me but I'll have to decline - we've Phase 2 going out to tender and it "
     "wouldn't look right. Maybe a video link?\n\nDeepak"),
    ("lunch", "2023-11-01 17:26", "fiona", ["hagop"], [], "Phase 2 clarifications",
     "Hagop, thanks for giving us so much time on the Phase 2 clarifications today. Lunch at the Old Ferry on Friday "
     "is on our account - see you at 1.\n\nF."),
    ("lunch2", "2023-11-01 17:52", "hagop", ["fiona"], [], "RE: Phase 2 clarifications",
     "Lovely, thank you Fiona. See you Friday."),
    ("hamper1", "2023-12-12 10:00", "fiona", ["deepak"], [], "Season's greetings from Halbeck",
     "Dear Deepak,\n\nA festive hamper from all of us at Halbeck is on its way to your office (the GBP 150 one, so "
     "please do share it with the team!). With our thanks for a brilliant first year together.\n\n"
     "Merry Christmas,\nFiona"),
    ("hamper2", "2023-12-15 16:33", "deepak", ["fiona"], [], "RE: Season's greetings from Halbeck",
     "Hamper landed - the stollen didn't survive the first hour. Thank you all, and a very happy Christmas.\n\nD."),
    ("whisky1", "2023-12-18 09:02", "hagop", ["eleni"], [], "Declaration - gift received",
     "Ma'am,\n\nThis morning I received a bottle of single malt (approx. GBP 70) with a card from Fiona Mulrooney of "
     "Halbeck Vision. As Phase 2 is live and I'm on the evaluation panel I cannot accept it. I'm declaring it and "
     "will return it to the sender.\n\nRegards,"),
    ("whisky2", "2023-12-19 08:47", "eleni", ["hagop"], [], "RE: Declaration - gift received",
     "Hagop, thank you - logged on the gifts and hospitality register as GH/23/114, outcome: declined and returned "
     "to donor.\n\nEleni"),
    ("whisky3", "2023-12-19 11:15", "hagop", ["fiona"], [], "Your Christmas gift",
     "Dear Fiona,\n\nThank you for the kind thought, but I'm afraid I can't accept the whisky while the Phase 2 "
     "procurement is running. I've booked a courier to return it to your Reading office today.\n\nKind regards,"),
]

# short replies printed without a signature block
NO_SIG = {"strix2", "code3", "tab2", "serv", "card2", "moto3", "moto5", "hamper2", "lisbon2", "whisky2", "code2", "lunch2"}


def fmt_addr(k):
    n, e = P[k]
    return f"{n} <{e}>"

def build():
    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "B", 8)
            self.cell(0, 5, "ASHCOMBE CITY POLICE - FREEDOM OF INFORMATION ACT 2000 - DISCLOSURE FOI/2024/0388 - OFFICIAL",
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    messages, counts = [], Counter()
    per_page = [2, 1, 2, 2, 1, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 2, 2]
    i = 0
    pages = []
    for n in per_page:
        pages.append(M[i:i + n]); i += n
    if i < len(M):
        pages.append(M[i:])
    for group in pages:
        if not group:
            continue
        pdf.add_page()
        for j, (mid, local, frm, to, cc, subj, body) in enumerate(group):
            dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)
            head = [f"From: {fmt_addr(frm)}", f"Sent: {dt.strftime('%d/%m/%Y %H:%M')}",
                    "To: " + "; ".join(fmt_addr(t) for t in to)]
            if cc:
                head.append("Cc: " + "; ".join(fmt_addr(c) for c in cc))
            head.append(f"Subject: {subj}")
            pdf.set_font("Helvetica", "", 9)
            for h in head:
                pdf.multi_cell(0, 5, h, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            pdf.set_font("Helvetica", "", 10)
            text = body.replace("GBP ", "\u00a3")
            if mid not in NO_SIG:
                text = text + ("\n" if body.rstrip().endswith(",") else "\n\n") + SIG[frm]
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            if j < len(group) - 1:
                pdf.ln(6)
                pdf.cell(0, 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(6)
            messages.append({"id": mid, "sent": dt.isoformat(), "subject": subj, "from": frm,
                             "to": list(to), "cc": list(cc)})
            for r in list(to) + list(cc):
                counts[(frm, r)] += 1
    pdf.output("release.pdf")
    return messages, counts

if __name__ == "__main__":
    msgs, counts = build()
    json.dump({"messages": msgs, "emailed": [{"type": "EMAILED", "source": a, "target": b, "count": c}
                                             for (a, b), c in sorted(counts.items())]},
              open("gold_generated.json", "w"), indent=1)
    print(len(msgs), "messages")
