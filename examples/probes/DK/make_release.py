"""Write the DK probe release: one plain-text mbox of a state lottery commission's correspondence
with an invented terminal vendor. Everything here is invented; any resemblance is chance."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tslgc_release.mbox")

P = {
    "ashdown": ("Marguerite Ashdown", "mashdown@tslgc.tallgrass.gov"),
    "pryle": ("Desmond Pryle", "dpryle@tslgc.tallgrass.gov"),
    "eberhart": ("Lorna Eberhart", "leberhart@tslgc.tallgrass.gov"),
    "strode": ("Calvin Strode", "cstrode@tslgc.tallgrass.gov"),
    "renner": ("Tobias Renner", "trenner@tslgc.tallgrass.gov"),
    "hallworth": ("Beatrice Hallworth", "bhallworth@tslgc.tallgrass.gov"),
    "tebbs": ("Rosalind Tebbs", "rtebbs@tslgc.tallgrass.gov"),
    "lindqvist": ("Garrett Lindqvist", "glindqvist@coralbrookgaming.com"),
    "castellane": ("Vivian Castellane", "vcastellane@coralbrookgaming.com"),
    "blakemere": ("Owen Blakemere", "oblakemere@rsla.ridgeline.gov"),
}

COMMISSION_DISCLAIMER = """CONFIDENTIALITY NOTICE: This electronic mail transmission, including any attachments, is
intended solely for the use of the individual or entity to which it is addressed and may contain
information that is confidential, privileged, or exempt from disclosure under the Tallgrass Public
Records Act, Tallgrass Rev. Stat. sec. 84-1207 et seq. If the reader of this message is not the intended
recipient, you are hereby notified that any review, dissemination, distribution, or copying of this
communication is strictly prohibited. If you have received this communication in error, please notify
the sender immediately by reply and delete the original. Nothing in this message shall be construed as
a waiver of any privilege or as a binding commitment of the Commission absent a written instrument
executed by the Executive Director. Correspondence with the Commission may be subject to public
disclosure."""

VENDOR_DISCLAIMER = """This message and any attachments are the property of Coralbrook Gaming Systems, Inc. and may
contain proprietary, confidential, or trade secret information. Any unauthorized review, use,
disclosure, or distribution is prohibited. Any hospitality, gift, or courtesy extended by Coralbrook
Gaming Systems, Inc. is offered in accordance with the gift and ethics rules of the recipient's
jurisdiction, and recipients are responsible for any reporting those rules require. Coralbrook
Gaming Systems, Inc. is an equal opportunity employer. Registered lobbyist disclosures are on file
with the Tallgrass Secretary of State."""


def sig(key, title, unit, org, phone):
    name = P[key][0]
    lines = [name, title]
    if unit:
        lines.append(unit)
    lines.append(org)
    lines.append(phone)
    disc = VENDOR_DISCLAIMER if "Coralbrook" in org else COMMISSION_DISCLAIMER
    return "\n".join(lines) + "\n\n" + disc


TSLGC = "Tallgrass State Lottery and Gaming Commission\n1400 Cottonwood Parkway, Suite 300, Wichfield, TG 60731"
CORAL = "Coralbrook Gaming Systems, Inc.\n2290 Harrow Industrial Drive, Alder Falls, TG 60912"
SIG = {
    "ashdown": sig("ashdown", "Executive Director", "Executive Office", TSLGC, "Office: (555) 301-4400"),
    "pryle": sig("pryle", "Deputy Director of Operations", "Division of Operations", TSLGC, "Office: (555) 301-4412"),
    "eberhart": sig("eberhart", "Procurement Officer", "Procurement Section", TSLGC, "Office: (555) 301-4437"),
    "strode": sig("strode", "Security Investigator", "Office of Security and Investigations", TSLGC, "Office: (555) 301-4480"),
    "renner": sig("renner", "IT Manager", "Information Technology Division", TSLGC, "Office: (555) 301-4455"),
    "hallworth": sig("hallworth", "Compliance Attorney", "Office of General Counsel", TSLGC, "Office: (555) 301-4420"),
    "tebbs": sig("tebbs", "Executive Assistant to the Executive Director", "Executive Office", TSLGC, "Office: (555) 301-4401"),
    "lindqvist": sig("lindqvist", "Account Executive, Government Lottery Accounts", None, CORAL, "Mobile: (555) 218-7730"),
    "castellane": sig("castellane", "Director of Government Relations", None, CORAL, "Direct: (555) 218-7702"),
}

MSGS = []  # (id, from, to, cc, date header, subject, in_reply_to, body)


def add(mid, frm, to, cc, date, subject, body, reply=None):
    MSGS.append((mid, frm, to, cc, date, subject, reply, body.strip("\n") + "\n\n--\n" + SIG[frm] + "\n"))


def addr(key):
    return f"{P[key][0]} <{P[key][1]}>"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").splitlines())


B01 = """Ms. Eberhart:

Please find enclosed below the confirmation letter issued in connection with the upcoming Heartland
Gaming Technology Forum.

    ------------------------------------------------------------
    CORALBROOK GAMING SYSTEMS, INC.
    Office of Government Relations

    February 3, 2025

    Ms. Lorna Eberhart
    Procurement Officer
    Tallgrass State Lottery and Gaming Commission

    Re: Heartland Gaming Technology Forum, March 10-12, 2025

    Dear Ms. Eberhart:

    It is our pleasure to confirm that complimentary registration for the Heartland Gaming
    Technology Forum (full conference pass, valued at $895) has been extended to you as a guest
    of Coralbrook Gaming Systems, Inc. In addition, lodging at the Larkspur Grand Hotel for the
    nights of March 10, 11 and 12 (three nights at the group rate of $189 per night, $567 in
    total) has been arranged and will be billed to the Coralbrook master account. No charge
    will be incurred by the Commission.

    Respectfully,
    Vivian Castellane
    Director of Government Relations
    ------------------------------------------------------------

Should any further information be required by the Procurement Section, the undersigned may be
contacted directly. Mr. Lindqvist has been copied for scheduling purposes.

Regards,
Vivian Castellane"""
add("m01", "castellane", ["eberhart"], ["lindqvist"], "Mon, 03 Feb 2025 10:14:00 -0600",
    "Heartland Gaming Technology Forum - Registration and Lodging", B01)

B02 = f"""Ms. Castellane:

Receipt of the enclosed confirmation is acknowledged. Attendance at the Forum by the undersigned has
been approved by the Executive Director, and the registration and lodging described in your letter
are accepted on those terms. A copy of this correspondence has been provided to the Office of General
Counsel so that the disclosure required under the Commission's Code of Ethics may be filed.

Lorna Eberhart

On Mon, Feb 3, 2025 at 10:14 AM, Vivian Castellane <vcastellane@coralbrookgaming.com> wrote:
{quote(B01)}"""
add("m02", "eberhart", ["castellane"], ["hallworth"], "Tue, 04 Feb 2025 08:52:00 -0600",
    "RE: Heartland Gaming Technology Forum - Registration and Lodging", B02, reply="m01")

B03 = """Deputy Director Pryle:

In connection with your attendance at the Heartland Gaming Technology Forum, a courtesy upgrade has
been arranged for you at the Larkspur Grand Hotel. The reservation held under your name has been
moved from a standard room to a lakeview suite for the nights of March 10 and 11. The rate
difference (approximately $180 per night, or $360 for the stay) will be absorbed by Coralbrook
Gaming Systems, Inc.; the standard room rate continues to be paid by the Commission under its
travel authorization.

The confirmation number is LGH-55170. Please do not hesitate to contact this office should any
change be required.

Best regards,
Vivian Castellane"""
add("m03", "castellane", ["pryle"], [], "Wed, 12 Feb 2025 15:30:00 -0600",
    "Heartland Forum - Accommodations for Deputy Director Pryle", B03)

B04 = """Mr. Renner:

As discussed during the February 18 technical session, one (1) Coralbrook FieldTab 10 retailer
tablet has been shipped to your attention for evaluation purposes. The unit is preloaded with the
retailer dashboard application and the ITVM inventory module. The retail value of the device is
$649.

Tracking: UPS 1Z 4R7 096 03 5518 2204. The unit is expected to be delivered to the Information
Technology Division on or before February 24.

Regards,
Garrett Lindqvist"""
add("m04", "lindqvist", ["renner"], [], "Thu, 20 Feb 2025 11:05:00 -0600",
    "FieldTab 10 - Evaluation Unit Shipment", B04)

B05 = f"""Mr. Lindqvist:

The unit was received by this office this morning and has been logged. Thank you for the prompt
shipment; a summary of findings will be provided once testing has been completed.

T. Renner

On Thu, Feb 20, 2025 at 11:05 AM, Garrett Lindqvist <glindqvist@coralbrookgaming.com> wrote:
{quote(B04)}"""
add("m05", "renner", ["lindqvist"], [], "Mon, 24 Feb 2025 09:40:00 -0600",
    "RE: FieldTab 10 - Evaluation Unit Shipment", B05, reply="m04")

B06 = """Mr. Renner, Ms. Eberhart:

Please find enclosed the terms under which one (1) VendStar 9 instant-ticket vending machine
(serial VS9-0417-2283) is being loaned to the Commission for a sixty (60) day evaluation in the
Division's test laboratory:

  1. The unit remains the property of Coralbrook Gaming Systems, Inc. at all times.
  2. The unit shall be returned at the conclusion of the evaluation period; return freight will be
     arranged and paid by Coralbrook.
  3. No purchase obligation is created by this loan, and the loan shall not be considered in any
     pending or future procurement.

Delivery to the laboratory is scheduled for March 4.

Regards,
Garrett Lindqvist"""
add("m06", "lindqvist", ["renner"], ["eberhart"], "Mon, 03 Mar 2025 13:20:00 -0600",
    "VendStar 9 ITVM - 60-Day Evaluation Loan", B06)

B07 = """Ms. Castellane:

The courtesy extended by Coralbrook Gaming Systems, Inc. is noted. However, the offer of two suite
tickets to the March 29 Tallgrass Thunder game (face value $170 each) must respectfully be declined.
Section 4.12 of the Commission Code of Ethics prohibits the acceptance by Commission staff of any
gift, gratuity, or entertainment from a licensee or vendor, and no exception is available to
personnel of the Office of Security and Investigations.

The tickets have not been accepted and no further action is required on your part. The Office of
General Counsel has been copied for its records.

Calvin Strode"""
B08 = """Investigator Strode:

In appreciation of the cooperation extended by your office during the background review of our
field technicians, two suite tickets to the Tallgrass Thunder game on Saturday, March 29 have been
set aside for you. The tickets can be released to you at will-call upon request.

Warm regards,
Vivian Castellane"""
add("m08", "castellane", ["strode"], [], "Tue, 18 Mar 2025 10:00:00 -0500",
    "Tallgrass Thunder - Suite Tickets", B08)
add("m09", "strode", ["castellane"], ["hallworth"], "Tue, 18 Mar 2025 16:12:00 -0500",
    "RE: Tallgrass Thunder - Suite Tickets",
    B07 + f"\n\nOn Tue, Mar 18, 2025 at 10:00 AM, Vivian Castellane <vcastellane@coralbrookgaming.com> wrote:\n{quote(B08)}",
    reply="m08")

B10 = """Mr. Lindqvist:

For purposes of the Procurement Section's contact log, the working lunch held at the Cottonwood Cafe
on March 25 regarding the Amendment No. 3 delivery schedule is recorded as follows: each party paid
separately for his or her own meal ($23.40 for the undersigned, paid by personal card), and no cost
was borne by Coralbrook Gaming Systems, Inc. on behalf of Commission staff.

Please advise if your records reflect otherwise.

Lorna Eberhart"""
add("m10", "eberhart", ["lindqvist"], [], "Wed, 26 Mar 2025 12:30:00 -0500",
    "Working Lunch of March 25 - Meal Costs", B10)

B11 = """Director Ashdown:

Dinner has been arranged for Thursday, April 10 at 7:00 p.m. at Brasserie Montclair, 88 Linden
Row, Wichfield. You will be the guest of Coralbrook Gaming Systems, Inc. for the evening; the
per-person cost, as estimated by the restaurant for the prix fixe menu with wine pairing, is $165.

Our Chief Executive Officer, Mr. Harlan Voss, will join us.

Best regards,
Vivian Castellane"""
add("m11", "castellane", ["ashdown"], [], "Mon, 07 Apr 2025 09:15:00 -0500",
    "Dinner - Thursday, April 10", B11)

B12 = f"""Vivian,

Thank you for a most pleasant evening at Brasserie Montclair last night, and for your generous
hospitality. The conversation with Mr. Voss regarding the retailer network was most useful.

Marguerite

On Mon, Apr 7, 2025 at 9:15 AM, Vivian Castellane <vcastellane@coralbrookgaming.com> wrote:
{quote(B11)}"""
add("m12", "ashdown", ["castellane"], [], "Fri, 11 Apr 2025 08:05:00 -0500",
    "RE: Dinner - Thursday, April 10", B12, reply="m11")

B13 = """Mr. Lindqvist:

Please find enclosed the executed copy of Amendment No. 3 to Contract TSL-2023-117. Under the
amendment, forty (40) additional Sentrix LT-400 lottery terminals are to be furnished at the
contract unit price of $3,150, for a total of $126,000. Purchase Order 25-0418 has been issued
against the amendment, and payment will be made net thirty (30) days upon receipt of a proper
invoice and acceptance of the terminals by the Division of Operations.

Deputy Director Pryle has been copied as the contract administrator.

Lorna Eberhart"""
add("m13", "eberhart", ["lindqvist"], ["pryle"], "Tue, 15 Apr 2025 10:30:00 -0500",
    "Contract TSL-2023-117 - Amendment No. 3 Executed", B13)

B14 = """Deputy Director Pryle:

As a valued Coralbrook partner, you have been assigned a personal colleague referral code for the
Coralbrook Customer Summit in Alder Falls on June 4-5: CBREF-7Q4K.

Colleagues at other lottery jurisdictions who register using this code will receive complimentary
registration (a $450 value), and each referral is credited to your partner account.

Best regards,
Vivian Castellane"""
add("m14", "castellane", ["pryle"], [], "Thu, 17 Apr 2025 14:00:00 -0500",
    "Coralbrook Customer Summit - Colleague Referral", B14)

B15 = f"""Owen,

Please find enclosed below the particulars for the Coralbrook Customer Summit. Should your staff
register, the colleague referral code CBREF-7Q4K may be entered at checkout, and the registration
fee will be waived.

Desmond

-----Forwarded message-----
From: Vivian Castellane <vcastellane@coralbrookgaming.com>
Date: Thu, Apr 17, 2025 at 2:00 PM
Subject: Coralbrook Customer Summit - Colleague Referral
To: Desmond Pryle <dpryle@tslgc.tallgrass.gov>

{B14}"""
add("m15", "pryle", ["blakemere"], [], "Fri, 18 Apr 2025 09:22:00 -0500",
    "FW: Coralbrook Customer Summit - Colleague Referral", B15)

B16 = """Mr. Blakemere:

Pursuant to your request of April 14, please find enclosed the letter of reference requested by the
Ridgeline State Lottery Authority in connection with its pending solicitation.

    ------------------------------------------------------------
    TALLGRASS STATE LOTTERY AND GAMING COMMISSION
    Office of the Executive Director

    April 21, 2025

    To the Evaluation Committee, Ridgeline State Lottery Authority:

    The undersigned is pleased to provide this letter of reference on behalf of Coralbrook
    Gaming Systems, Inc. Coralbrook has served as this Commission's terminal and vending vendor
    since 2021. Its VendStar 9 vending machines and Sentrix LT-400 terminals have been
    delivered on schedule and have performed reliably across our retailer network, and its
    support staff have been responsive at every stage. Coralbrook is recommended without
    reservation as a capable and trustworthy partner for any lottery jurisdiction.

    Marguerite Ashdown
    Executive Director
    ------------------------------------------------------------

Ms. Castellane has been copied at the vendor's request.

M. Ashdown"""
add("m16", "ashdown", ["blakemere"], ["castellane"], "Mon, 21 Apr 2025 11:00:00 -0500",
    "Letter of Reference - Coralbrook Gaming Systems, Inc.", B16)

B17 = """Ms. Castellane:

The statement attributed to the undersigned in Coralbrook's draft release regarding the terminal
deployment has been reviewed by the Office of General Counsel and is approved for publication in
the following form only:

    "The Sentrix LT-400 terminals have exceeded every performance benchmark set by this Division.
    Our retailers have told us they are the most dependable terminals they have ever used, and I
    would encourage any lottery considering a terminal refresh to look closely at the LT-400."
    -- Desmond Pryle, Deputy Director of Operations

No other statement may be attributed to Commission staff without further written approval.

Desmond Pryle"""
add("m17", "pryle", ["castellane"], ["hallworth"], "Wed, 23 Apr 2025 15:40:00 -0500",
    "Approved Statement - Sentrix LT-400 Deployment Release", B17)

B18 = """Mr. Renner:

Please be advised that the VendStar 9 evaluation unit (serial VS9-0417-2283) was returned to
Coralbrook Gaming Systems, Inc. today by freight under bill of lading CB-88120, at the conclusion
of the sixty-day evaluation period. Written confirmation of receipt is requested for the
Commission's asset records.

Thank you for the Division's cooperation during the evaluation.

Garrett Lindqvist"""
add("m07", "lindqvist", ["renner"], ["eberhart"], "Fri, 02 May 2025 14:45:00 -0500",
    "RE: VendStar 9 ITVM - 60-Day Evaluation Loan", B18, reply="m06")

B19 = """Mr. Renner:

The records of this office reflect that one (1) FieldTab 10 tablet was provided to the Information
Technology Division by Coralbrook Gaming Systems, Inc. on or about February 24, 2025 for evaluation
purposes. No return of the device has been recorded, and no evaluation report has been filed.

Please advise the undersigned, within five (5) business days, of the present location of the
device and whether its return to the vendor has been arranged.

Calvin Strode
Security Investigator"""
add("m18", "strode", ["renner"], ["hallworth"], "Tue, 06 May 2025 10:10:00 -0500",
    "Asset Inquiry - FieldTab 10 Evaluation Tablet", B19)

B20 = f"""Mr. Renner, Investigator Strode:

Please be advised that the FieldTab 10 tablet need not be returned. The unit may be retained by
Mr. Renner for his continued use, and no invoice will be issued for it.

Regards,
Garrett Lindqvist

On Tue, May 6, 2025 at 10:10 AM, Calvin Strode <cstrode@tslgc.tallgrass.gov> wrote:
{quote(B19)}"""
add("m19", "lindqvist", ["renner"], ["strode"], "Wed, 07 May 2025 13:35:00 -0500",
    "RE: Asset Inquiry - FieldTab 10 Evaluation Tablet", B20, reply="m18")

B21 = """Colleagues and friends of the Commission:

A retirement reception in honor of Deputy Director Desmond Pryle, who is retiring on May 30 after
twenty-six years of service, will be held on Thursday, May 29 at 4:00 p.m. in the Cottonwood Room.
Contributions toward the reception and a retirement gift may be directed to the undersigned.

Rosalind Tebbs"""
add("m20", "tebbs", ["lindqvist", "castellane"], [], "Mon, 12 May 2025 09:00:00 -0500",
    "Retirement Reception - Deputy Director Desmond Pryle", B21)

B22 = f"""Ms. Tebbs:

Please find enclosed a check in the amount of $750, drawn on the account of Coralbrook Gaming
Systems, Inc., as a contribution toward the retirement reception and gift for Deputy Director Pryle.
Our congratulations are extended to him on a distinguished career.

Regards,
Garrett Lindqvist

On Mon, May 12, 2025 at 9:00 AM, Rosalind Tebbs <rtebbs@tslgc.tallgrass.gov> wrote:
{quote(B21)}"""
add("m21", "lindqvist", ["tebbs"], ["castellane"], "Thu, 15 May 2025 16:20:00 -0500",
    "RE: Retirement Reception - Deputy Director Desmond Pryle", B22, reply="m20")


def main():
    from email.utils import parsedate_to_datetime
    MSGS.sort(key=lambda m: parsedate_to_datetime(m[4]))
    out = []
    for mid, frm, to, cc, date, subject, reply, body in MSGS:
        dt = parsedate_to_datetime(date)
        out.append(f"From {P[frm][1]} {dt.strftime('%a %b %d %H:%M:%S %Y')}")
        out.append(f"From: {addr(frm)}")
        out.append("To: " + ", ".join(addr(k) for k in to))
        if cc:
            out.append("Cc: " + ", ".join(addr(k) for k in cc))
        out.append(f"Date: {date}")
        out.append(f"Subject: {subject}")
        out.append(f"Message-ID: <{mid}.2025@tslgc-release.example>")
        if reply:
            out.append(f"In-Reply-To: <{reply}.2025@tslgc-release.example>")
        out.append("MIME-Version: 1.0")
        out.append("Content-Type: text/plain; charset=us-ascii")
        out.append("Content-Transfer-Encoding: 7bit")
        out.append("")
        for line in body.splitlines():
            out.append((">" + line) if line.startswith("From ") else line)
        out.append("")
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
