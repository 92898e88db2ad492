"""Write the DX release: a folder of Outlook 'Save as .txt' thread files (invented; any resemblance is chance).

Tamsett County Office of the Public Defender and Casewright Systems, Inc. (invented e-discovery and
case-management vendor). Each file is the last message of a thread with its quoted history below it;
people answer INLINE inside the quoted text. Times are America/New_York.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "release")

P = {
    "MO": ("Marguerite Obasi", "mobasi@tamsettpd.org"),
    "LF": ("Lionel Fairweather", "lfairweather@tamsettpd.org"),
    "RK": ("Renata Kowalczyk", "rkowalczyk@tamsettpd.org"),
    "DA": ("Desmond Achterberg", "dachterberg@tamsettpd.org"),
    "TQ": ("Tobias Quarrie", "tquarrie@tamsettpd.org"),
    "HL": ("Harriet Lindqvist", "hlindqvist@tamsettpd.org"),
    "GP": ("Garrett Pellow", "gpellow@casewright.io"),
    "NF": ("Nadia Ferreira", "nferreira@casewright.io"),
    "IT": ("Imogen Tallis", "itallis@casewright.io"),
    "AP": ("Augustin Pelletier", "apelletier@brennockdefender.org"),
}


def names(keys):
    return "; ".join(P[k][0] for k in keys)


def full(keys):
    return "; ".join(f"{P[k][0]} <{P[k][1]}>" for k in keys)


def top(frm, sent, to, cc, subject):
    lines = [f"From:\t{P[frm][0]}", f"Sent:\t{sent}", f"To:\t{names(to)}"]
    if cc:
        lines.append(f"Cc:\t{names(cc)}")
    lines.append(f"Subject:\t{subject}")
    return "\n".join(lines) + "\n\n"


def quoted_head(frm, sent, to, cc, subject, prefix=""):
    lines = [f"From: {P[frm][0]} <{P[frm][1]}>", f"Sent: {sent}", f"To: {full(to)}"]
    if cc:
        lines.append(f"Cc: {full(cc)}")
    lines.append(f"Subject: {subject}")
    return "\n".join(prefix + x for x in lines) + "\n"


SIG_GP = """Garrett Pellow
Account Executive, Public Sector Sales
Casewright Systems, Inc.
(617) 555-0148"""

SIG_NF = """Nadia Ferreira
Customer Success Manager
Casewright Systems, Inc."""

SIG_IT = """Imogen Tallis
Senior UX Researcher, Product Research
Casewright Systems, Inc."""

THREADS = {}

# ---- T1: conference pass + hotel, accepted inline with [LF] ----
THREADS["RE_ Defender Tech Summit - pass and hotel.txt"] = (
    top("LF", "Tuesday, September 8, 2026 2:42 PM", ["GP"], ["MO"], "RE: Defender Tech Summit - pass and hotel")
    + """Garrett,

Thanks for this. See my answers inline below. Marguerite has signed off.

Lionel

Lionel Fairweather
Deputy Public Defender
Tamsett County Office of the Public Defender

________________________________
"""
    + quoted_head("GP", "Tuesday, September 8, 2026 10:15 AM", ["LF"], ["MO"], "Defender Tech Summit - pass and hotel")
    + """
Hi Lionel,

Following up on our call. A few things about the Defender Tech Summit in Baltimore (October 20-22):

1. The summit's public early-bird code DEFEND26 takes 15% off registration for anyone who signs up before
September 30, but we would rather cover your full conference pass ($895) ourselves, plus two nights at the
conference hotel ($206 a night). Would you like us to book both?

[LF] Yes, please go ahead and book both. Marguerite is fine with it as long as it goes on the disclosure log.

2. Are you open to sitting on the Tuesday afternoon panel about discovery backlogs?

[LF] I can do the panel, but I won't speak about any product by name.

3. Any dietary needs for the speakers' lunch?

[LF] None, thanks.

Best,
"""
    + SIG_GP + "\n"
)

# ---- T2: tablet "to keep", plain text > quoting, answers in CAPS ----
THREADS["RE_ Field tablet for evidence photos.txt"] = (
    top("TQ", "Tuesday, September 15, 2026 1:03 PM", ["NF"], ["HL"], "RE: Field tablet for evidence photos")
    + """Nadia - my answers are in caps below.

Tobias Quarrie
Investigator
Tamsett County Office of the Public Defender

-----Original Message-----
"""
    + quoted_head("NF", "Tuesday, September 15, 2026 11:20 AM", ["TQ"], ["HL"], "Field tablet for evidence photos")
    + """
> Hi Tobias,
>
> Harriet mentioned you photograph scenes on your personal phone and then email the pictures to yourself.
> Our field capture app uploads straight into Discovery Vault with the chain-of-custody stamp.
>
> We'd like to send you a Vireo Tab 11 (retail $649) already set up with the app. It's yours to keep,
> no need to send it back when the pilot ends.

THAT WOULD BE GREAT, THANK YOU. I'LL KEEP IT IN THE INVESTIGATIONS CAR. PLEASE SHIP IT TO THE OFFICE,
ATTN: INVESTIGATIONS, 40 CORDWAINER STREET.

> Does the office allow a work profile on a device like that, or should Harriet enroll it first?

HARRIET WILL ENROLL IT IN OUR DEVICE MANAGEMENT WHEN IT ARRIVES.

> Thanks,
> """ + SIG_NF.replace("\n", "\n> ") + "\n"
)

# ---- T3: team dinner, "see my answers inline" with > quoting ----
THREADS["RE_ Dinner after the Discovery Vault training.txt"] = (
    top("RK", "Tuesday, September 22, 2026 4:10 PM", ["GP"], ["DA"], "RE: Dinner after the Discovery Vault training")
    + """Hi Garrett, see my answers inline.

Renata

Renata Kowalczyk
Assistant Public Defender, Felony Trial Unit
Tamsett County Office of the Public Defender

-----Original Message-----
"""
    + quoted_head("GP", "Tuesday, September 22, 2026 3:30 PM", ["RK", "DA"], [], "Dinner after the Discovery Vault training")
    + """
> Renata, Desmond,
>
> Thanks again for sitting through four hours of Discovery Vault training today. You asked the best questions
> we've had all year.
>
> When I'm back in town on October 1, Casewright would like to take the two of you to dinner at the steakhouse
> across from the courthouse, our treat. Budget is about $95 a person.

Desmond and I would both love to. October 1 works for both of us, 6:30 if that suits you.

> Also, could one of you send me the list of exhibit types you'd want bulk-tagged?

I'll send the list on Friday.

> Best,
> """ + SIG_GP.replace("\n", "\n> ") + "\n"
)

# ---- T4: gift card for a user-research interview, [RK] inline ----
THREADS["RE_ Casewright research interview - 45 minutes.txt"] = (
    top("RK", "Monday, October 5, 2026 12:31 PM", ["IT"], [], "RE: Casewright research interview - 45 minutes?")
    + """Imogen, answers inline.

R.

________________________________
"""
    + quoted_head("IT", "Monday, October 5, 2026 10:00 AM", ["RK"], [], "Casewright research interview - 45 minutes?")
    + """
Hello Renata,

I'm on Casewright's product research team and we're talking to trial attorneys about how they search discovery
during trial prep. Would you give us 45 minutes on a video call next week?

[RK] Sure. Thursday at 2:00 works.

As a thank-you for your time we send each participant a $100 e-gift card afterwards. Is this email address the
best place to send it?

[RK] Yes, this address is fine for the card.

The call is recorded for our notes only; nothing about your cases will be asked.

Warmly,
"""
    + SIG_IT + "\n"
)

# ---- T5: a year of the premium add-on free, accepted inline in caps; referral code offered ----
T5_ORIG = (
    quoted_head("GP", "Tuesday, October 13, 2026 9:30 AM", ["MO"], ["HL"], "TranscriptLens for your office + referral code")
    + """
Marguerite,

Two things ahead of your renewal.

First, we'd like to give your office a year of TranscriptLens, our transcription add-on for jail calls and
body-cam audio, free of charge. It normally runs $4,800 a year. Harriet would just need to switch it on.
"""
)
T5_REST = """
Second, several defender offices have asked us who else uses Casewright. If you know another county that is
looking, pass along referral code CWREF-TAMSETT-22: they get 10% off their first year and your office gets a
service credit.
"""
THREADS["RE_ TranscriptLens for your office + referral code.txt"] = (
    top("MO", "Tuesday, October 13, 2026 5:15 PM", ["GP"], ["HL"], "RE: TranscriptLens for your office + referral code")
    + """Garrett, my replies are in capitals in your message below.

Marguerite Obasi
Chief Public Defender
Tamsett County Office of the Public Defender

________________________________
"""
    + T5_ORIG
    + """
WE ACCEPT, THANK YOU. HARRIET, PLEASE TURN IT ON FOR THE WHOLE OFFICE AND LOG IT.
"""
    + T5_REST
    + """
I WILL SEND IT TO AUGUSTIN PELLETIER IN BRENNOCK COUNTY, THEY ARE SHOPPING FOR A SYSTEM.

Regards,
"""
    + SIG_GP + "\n"
)

# ---- T6: referral code forwarded to another county's defender; he replies inline with [AP] ----
THREADS["RE_ FW_ TranscriptLens for your office + referral code.txt"] = (
    top("AP", "Wednesday, October 14, 2026 11:34 AM", ["MO"], [], "RE: FW: TranscriptLens for your office + referral code")
    + """Marguerite - thank you. Quick answers inline.

Augustin Pelletier
Chief Public Defender
Brennock County Public Defender

________________________________
"""
    + quoted_head("MO", "Wednesday, October 14, 2026 8:50 AM", ["AP"], [], "FW: TranscriptLens for your office + referral code")
    + """
Augustin,

You mentioned at the bar luncheon that Brennock is choosing a case-management system. We have run Casewright for
two years and I would recommend them; Discovery Vault in particular has saved my attorneys a lot of time.
If you talk to them, use our referral code CWREF-TAMSETT-22 (see below), it takes 10% off your first year.

[AP] Will do. Our purchasing officer will quote the code when we ask for pricing.

Want me to introduce you to Garrett Pellow, their account executive?

[AP] Yes please, an introduction would help.

Marguerite

________________________________
"""
    + T5_ORIG + T5_REST + """
Regards,
""" + SIG_GP + "\n"
)

# ---- T7: paid renewal + a gift refused inline ----
THREADS["RE_ Casewright Defender renewal - invoice INV-26-0912.txt"] = (
    top("MO", "Wednesday, November 4, 2026 4:20 PM", ["NF"], ["HL"], "RE: Casewright Defender renewal - invoice INV-26-0912")
    + """Nadia,

Answers inline below, marked MO.

Marguerite

________________________________
"""
    + quoted_head("NF", "Wednesday, November 4, 2026 2:05 PM", ["MO"], ["HL"], "Casewright Defender renewal - invoice INV-26-0912")
    + """
Hi Marguerite,

Attached is invoice INV-26-0912 for the Casewright Defender annual renewal (40 seats, $38,400, net 30).
Can you confirm the PO number so our billing team can match it?

MO: PO 26-1187. Harriet's team will pay it this month.

As a small thank-you for renewing, I'd love to send a holiday gift basket (about $150) to you and the team.

MO: That's kind, but I have to decline. County ethics rules don't let us accept gifts from a vendor we pay.

Thanks for another year with us!

"""
    + SIG_NF + "\n"
)

# ---- T8: case-study endorsement approved inline, sandbox trial, public webinar, ordinary thanks ----
THREADS["RE_ Case study quote, Bodycam Sync sandbox, webinar.txt"] = (
    top("HL", "Monday, November 9, 2026 3:48 PM", ["NF"], [], "RE: Case study quote, Bodycam Sync sandbox, webinar")
    + """Hi Nadia - answers inline with [HL]. And thanks for the quick fix on the login bug last week.

Harriet Lindqvist
IT Manager
Tamsett County Office of the Public Defender

________________________________
"""
    + quoted_head("NF", "Monday, November 9, 2026 10:10 AM", ["HL"], [], "Case study quote, Bodycam Sync sandbox, webinar")
    + """
Hi Harriet,

1) For the case study we are writing about Tamsett, may we attribute this quote to you?
"Discovery Vault took our discovery intake from days to hours. I would recommend it to any defender office."

[HL] Yes, approved as written, with my name and title.

2) Would you like a 30-day sandbox of the new Bodycam Sync module? It's a trial: it switches off by itself after
30 days unless you buy it.

[HL] Yes to the sandbox. We'll evaluate it and decide in January.

3) Our public webinar on Brady and Giglio disclosure workflows is on November 19. It is free and open to anyone.

[HL] Registered, thanks.

"""
    + SIG_NF + "\n"
)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, text in THREADS.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\r\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
