#!/usr/bin/env python3
"""Probe CV: a small-town towing contractor and a city police department, printed from Apple Mail /
Outlook for Mac into one PDF (no Bates stamps, a 'Page N of M' footer). Writes release.pdf and gold.json
next to this script, deterministically. Every name, address, code and place here is invented."""
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CST = timezone(timedelta(hours=-6))

# ---------------------------------------------------------------- people and organisations
P = {
    "sal": ("Sal Kaskel", "sal@kaskeltowing.com"),
    "bigsal": ("Big Sal", "bigsal.kaskel@shoremail.net"),
    "denise": ("Denise Kaskel", "denise@kaskeltowing.com"),
    "tony": ("Tony Kaskel", "tony@kaskeltowing.com"),
    "rhonda": ("Rhonda Pike", "dispatch@kaskeltowing.com"),
    "gary": ("Gary Mroczek", "gmroczek@marlowfallspd.org"),
    "wes": ("Wes Dunnigan", "wdunnigan@marlowfallspd.org"),
    "wesp": ("wes dunnigan", "wesd4@quikpost.com"),
    "carla": ("Carla Benavides", "cbenavides@marlowfallspd.org"),
    "kyle": ("Kyle Tenney", "ktenney@marlowfallspd.org"),
    "pat": ("Pat Orloff", "porloff@marlowfallspd.org"),
    "bev": ("Beverly Oakes", "boakes@cityofmarlowfalls.org"),
    "lorraine": ("Lorraine Petrakis", "lpetrakis@cityofmarlowfalls.org"),
    "jordan": ("Jordan Vey", "jvey@cityofmarlowfalls.org"),
    "maureen": ("Maureen Gallo", "mgallo@cityofmarlowfalls.org"),
    "ron": ("Ron Badura", "rbadura@elleryparkpd.org"),
    "mike": ("Mike Forsberg", "mforsberg77@bluewire.net"),
    "lonnie": ("LONNIE HOBART", "hobartswrecker@quikpost.com"),
    "gina": ("Gina Delacroix", "gina@delacroixautotow.com"),
    "marcy": ("Marcy Feld", "mfeld@tricountytow.org"),
    "dolores": ("Dolores Ybarra", "dybarra.home@bluewire.net"),
}
# address key -> gold person id
WHO = {"sal": "sal", "bigsal": "sal", "wesp": "wes"}


def pid(k):
    return WHO.get(k, k)


def addr(k):
    n, a = P[k]
    return f"{n} <{a}>"


SIG = {
    "gary": "Lt. Gary Mroczek\nTraffic Division Commander\nMarlow Falls Police Department\n(555) 010-4142",
    "wes": "Sgt. Wes Dunnigan\nPatrol Division - C Shift (Nights)\nMarlow Falls Police Department",
    "carla": "Sgt. Carla Benavides #217\nPatrol Division\nMarlow Falls Police Department",
    "kyle": "Ofc. Kyle Tenney #342\nTraffic Division | Marlow Falls Police Department",
    "pat": "Pat Orloff\nAdministrative Assistant, Traffic Division\nMarlow Falls Police Department\n(555) 010-4100",
    "denise": "Denise Kaskel\nOffice Manager / Billing\nKaskel Bros. Towing & Recovery\n4410 Quarry Rd, Marlow Falls\n24 HR DISPATCH (555) 010-8869",
    "tony": "Tony Kaskel\nCollision Manager\nKaskel Bros. Towing & Recovery",
    "rhonda": "Rhonda Pike\nDispatch, Kaskel Bros. Towing & Recovery\n24 HR (555) 010-8869",
    "sal": "Sal Kaskel, Owner\nKaskel Bros. Towing & Recovery\nTOWING - RECOVERY - IMPOUND - COLLISION",
    "bev": "Beverly Oakes | Fleet Manager\nFleet Services | City of Marlow Falls\n(555) 010-2260",
    "jordan": "Jordan Vey\nConstituent Services\nOffice of Council Member Lorraine Petrakis\nCity of Marlow Falls",
    "lorraine": "Lorraine Petrakis\nCouncil Member, Ward 3\nMarlow Falls City Council",
    "maureen": "Maureen Gallo\nDirector of Human Resources\nCity of Marlow Falls",
    "ron": "Ron Badura\nChief of Police\nEllery Park Police Department",
    "lonnie": "LONNIE\nHOBARTS WRECKER SERVICE",
    "gina": "Gina Delacroix\nDelacroix Auto & Tow",
    "marcy": "Marcy Feld, Executive Director\nTri-County Tow Operators Association",
}

MSGS = []
BY = {}


def m(mid, frm, to, date, subject, body, cc=(), style="apple", printed=True):
    d = datetime(*date, tzinfo=CST)
    rec = dict(id=mid, frm=frm, to=list(to), cc=list(cc), date=d, subject=subject, body=body.strip("\n"),
               style=style, printed=printed)
    MSGS.append(rec)
    BY[mid] = rec
    return rec


def apple_date(d):
    h = d.strftime("%I").lstrip("0")
    return f"{d.strftime('%B')} {d.day}, {d.year} at {h}:{d.strftime('%M:%S %p')} CST"


def outlook_date(d):
    h = d.strftime("%I").lstrip("0")
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} at {h}:{d.strftime('%M %p')}"


def short_quote_date(d):
    h = d.strftime("%I").lstrip("0")
    return f"{d.strftime('%b')} {d.day}, {d.year}, at {h}:{d.strftime('%M %p')}"


def indent(text):
    return "\n".join("\t" + ln for ln in text.split("\n"))


def q_apple(mid):
    r = BY[mid]
    return f"On {short_quote_date(r['date'])}, {addr(r['frm'])} wrote:\n\n" + indent(r["body"])


def q_outlook(mid):
    r = BY[mid]
    lines = [f"From: {addr(r['frm'])}", f"Date: {outlook_date(r['date'])}", "To: " + ", ".join(addr(k) for k in r["to"])]
    if r["cc"]:
        lines.append("Cc: " + ", ".join(addr(k) for k in r["cc"]))
    lines.append(f"Subject: {r['subject']}")
    return "_" * 40 + "\n" + "\n".join(lines) + "\n\n" + r["body"]


def fwd_apple(mid):
    r = BY[mid]
    lines = [f"From: {addr(r['frm'])}", f"Subject: {r['subject']}", f"Date: {apple_date(r['date'])}",
             "To: " + ", ".join(addr(k) for k in r["to"])]
    if r["cc"]:
        lines.append("Cc: " + ", ".join(addr(k) for k in r["cc"]))
    return "Begin forwarded message:\n\n" + indent("\n".join(lines) + "\n\n" + r["body"])


# ---------------------------------------------------------------- the release
m("m01", "bigsal", ["gary"], (2025, 11, 12, 10, 14, 37), "millers tix", """
Gary

got the renewal from the Millers today. Im keeping the 4 seats behind the 3rd base dugout but me and Denise only ever use 2 so the other pair is yours for next season, all 70 home games. pair runs me about 640 bucks so I dont want em going to waste on an empty seat

Ill drop the book of tickets at the station when they come in the mail

Sal

Sent from my iPhone
""")
m("m02", "gary", ["bigsal"], (2025, 11, 12, 13, 52, 8), "Re: millers tix", f"""
Sal, you sure? thats a lot. My boys are gonna lose their minds. Thanks brother, first round on opening day is on me

G

{SIG['gary']}

{q_apple('m01')}
""")

m("m03", "pat", ["sal", "lonnie", "gina"], (2025, 11, 14, 8, 30, 12), "DECEMBER TOW ROTATION SCHEDULE", f"""
Good morning,

Below is the December non-consent tow rotation for MFPD. Each company holds the rotation 0700-0700 on its assigned days. Per the rotation agreement, the on-call company must have a unit on scene within 30 minutes of dispatch or notify MFPD Dispatch so the call can be rolled to the next company.

KASKEL BROS. TOWING & RECOVERY - Dec 1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31
HOBART'S WRECKER SERVICE - Dec 2, 5, 8, 11, 14, 17, 20, 23, 26, 29
DELACROIX AUTO & TOW - Dec 3, 6, 9, 12, 15, 18, 21, 24, 27, 30

HEAVY DUTY (Class C and up) calls go to Kaskel Bros. on all days unless their heavy unit is committed.

Please reply to confirm receipt.

Thank you,

{SIG['pat']}
""", cc=["gary"])
m("m04", "lonnie", ["pat"], (2025, 11, 14, 9, 2, 44), "Re: DECEMBER TOW ROTATION SCHEDULE", f"""
GOT IT THANKS PAT. CAN WE SWAP DEC 23 WITH SOMEBODY MY NIGHT GUY IS OFF FOR HIS DAUGHTERS WEDDING

{SIG['lonnie']}

{q_apple('m03')}
""")
m("m04b", "gina", ["pat"], (2025, 11, 14, 10, 15, 29), "RE: DECEMBER TOW ROTATION SCHEDULE", f"""
Received, thanks Pat. We're fine with our days.

{SIG['gina']}

{q_outlook('m03')}
""", style="outlook")
m("m05", "sal", ["pat"], (2025, 11, 14, 11, 40, 3), "Re: DECEMBER TOW ROTATION SCHEDULE", f"""
Pat - we'll take the 23rd off Lonnies hands, no problem. Confirming the rest.

{SIG['sal']}
""", cc=["gary"])

m("m06x", "dolores", ["lorraine"], (2025, 11, 17, 21, 48, 33), "tow took forever on Rt 9", """
Ms Petrakis,

I am writing because of what happened to my son Monday night. He was in a fender bender on Route 9 by the feed store, nobody hurt thank God, and the police officer called for a tow truck. He stood on the side of the road in the cold for an HOUR AND 35 MINUTES waiting on Kaskel's. The officer said there was nothing he could do. Is this how the city contract works? We pay taxes for this.

Dolores Ybarra
Ward 3
""", printed=False)
m("m06", "jordan", ["gary"], (2025, 11, 18, 15, 5, 50), "Fwd: tow took forever on Rt 9", f"""
Lt. Mroczek,

Council Member Petrakis asked me to pass along the constituent email below. Could you look into the response time Monday night and let us know what happened? She would like to reply to Mrs. Ybarra by Friday.

Thanks,

{SIG['jordan']}

{fwd_apple('m06x')}
""", cc=["lorraine"])
m("m07", "gary", ["sal"], (2025, 11, 19, 9, 20, 31), "FW: tow took forever on Rt 9", f"""
Sal,

Need an answer on this one, the council office is asking. What happened Monday night on 9? 95 minutes is way outside the 30 in the agreement and nobody called our dispatch to roll it.

Gary
""", cc=["rhonda"], style="outlook")
m("m08", "rhonda", ["gary"], (2025, 11, 19, 10, 55, 17), "RE: FW: tow took forever on Rt 9", f"""
Lt,

Our heavy was tied up on the semi rollover on SR 118 and the light duty truck blew a tire on the way to Rt 9. I should of called MFPD dispatch to roll it to Hobarts, thats on me, it wont happen again. Call log is attached.

{SIG['rhonda']}

{q_outlook('m07')}
""", cc=["sal"])
m("m09", "gary", ["jordan"], (2025, 11, 19, 14, 10, 2), "RE: tow took forever on Rt 9", f"""
Mr. Vey,

I looked into it. The on-call company's light duty unit had a mechanical failure en route and their dispatcher did not notify MFPD to pass the call to the next company on the rotation, as the agreement requires. I have spoken with the owner and the dispatcher. The Traffic Division will audit December response times for all three rotation companies and I can share the results with the Council Member.

Please pass my apologies to Mrs. Ybarra and her son.

{SIG['gary']}

{q_outlook('m06')}
""", cc=["lorraine"], style="outlook")

m("m49", "lorraine", ["gary"], (2025, 11, 19, 16, 31, 40), "RE: tow took forever on Rt 9", f"""
Lieutenant,

Thank you for the quick and candid answer. I'll call Mrs. Ybarra myself tomorrow. Please do send me the December audit when it is done.

{SIG['lorraine']}

{q_outlook('m09')}
""", cc=["jordan"], style="outlook")
m("m10", "denise", ["bev"], (2025, 11, 20, 9, 12, 26), "Invoice KB-25-1187 Unit 214", f"""
Hi Bev,

Attached is our invoice for the tow of Unit 214 (the dump truck) from Ash St to the city yard on 11/17.

Heavy duty hookup $195.00
Mileage 6 mi @ $15.00 $90.00
TOTAL DUE $285.00

Net 30 as always. Thank you!

{SIG['denise']}
""")
m("m11", "bev", ["denise"], (2025, 11, 20, 9, 13, 1), "Automatic reply: Invoice KB-25-1187 Unit 214", """
I am out of the office until Monday, November 24 with limited access to email. For urgent fleet issues please call the Fleet Services shop at (555) 010-2299.

Beverly Oakes
""", style="outlook")
m("m12", "denise", ["bev"], (2025, 11, 25, 16, 30, 45), "happy thanksgiving!!", """
Bev,

Sal and I just wanted to say thank you for another year of putting up with us, you are hands down the easiest person at the city to work with lol. I stuck a $100 Tillerman's card in the envelope with the November statement, go get yourself a pie or two on us.

Happy Thanksgiving to you and Dale and the kids!!

Dee
""")
m("m13", "bev", ["denise"], (2025, 11, 26, 8, 5, 19), "Re: happy thanksgiving!!", f"""
Denise you are too sweet!! Got the envelope this morning. Thank you both so much, that made my week. Have a wonderful holiday

Bev

{SIG['bev']}

{q_apple('m12')}
""")

m("m14", "denise", ["carla"], (2025, 11, 25, 16, 44, 2), "Thanksgiving", f"""
Sgt. Benavides,

Thank you for everything you and your shift do for us out on the road this year. Sal left a little something for you at the front desk, a $75 Tillerman's card, from all of us at Kaskel Bros.

Happy Thanksgiving!

{SIG['denise']}
""")
m("m15", "carla", ["denise"], (2025, 12, 1, 10, 20, 38), "RE: Thanksgiving", f"""
Denise,

Thank you, that was a kind thought. I am returning the Tillerman's card, though. Under the City's gift rule (Administrative Policy 4.12) I can't accept a gift card from a company on the rotation list, no matter the amount. It's in a sealed envelope with your name on it at the front desk for Sal to pick up.

I've copied Maureen Gallo in HR so the return is on file.

Happy holidays to you and your family.

{SIG['carla']}

{q_outlook('m14')}
""", cc=["maureen"], style="outlook")
m("m16", "maureen", ["carla"], (2025, 12, 1, 11, 2, 14), "RE: Thanksgiving", f"""
Thanks Carla, noted for the file. That is exactly how the policy should work.

{SIG['maureen']}

{q_outlook('m15')}
""", style="outlook")

m("m17", "denise", ["maureen", "bev"], (2025, 12, 2, 13, 0, 9), "City employee discount at our body shop", f"""
Hi Maureen and Bev,

We'd like to offer ALL City of Marlow Falls employees 10% off body and paint work at our collision shop through March 31. Just mention code MFCITY10 at the counter. Could you put it in the employee newsletter? It is open to every city employee and their families, same as we do for the school district.

Thanks!

{SIG['denise']}
""")
m("m18", "maureen", ["denise"], (2025, 12, 2, 15, 40, 55), "RE: City employee discount at our body shop", f"""
Denise,

Thanks. Since it is open to all employees on the same terms, it's fine to list under Vendor Offers in the January newsletter.

{SIG['maureen']}

{q_outlook('m17')}
""", cc=["bev"], style="outlook")

m("m19", "wesp", ["tony"], (2025, 12, 3, 19, 22, 40), "silverado", """
Tony its Wes Dunnigan, Sal said to send you pics of my truck. backed into a pole at the bank drive thru (dont ask). rear bumper, tailgate and the left taillight. its my personal truck not a squad lol. when can you get it in

wes
""")
m("m20", "tony", ["wesp"], (2025, 12, 4, 8, 47, 11), "Re: silverado", f"""
Wes - looked at the pics. Bumper's shot, tailgate I can fix. Estimate is below, I can get it in first thing Monday 12/8 and it should be done by end of day.

ESTIMATE 25-0412
Rear bumper assy (aftermarket) 612.00
Tailgate repair 5.0 hr @ 75 375.00
LH tail lamp assy 188.00
Refinish tailgate + bumper 4.5 hr 337.50
Paint & materials 255.00
Shop supplies / hazmat 72.50
TOTAL $1,840.00

{SIG['tony']}

{q_apple('m19')}
""")
m("m21", "wes", ["tony"], (2025, 12, 9, 19, 5, 27), "FW: truck", f"""
Tony,

Pasting Sal's texts from last night so you know what he told me. I tried to pay, Im not trying to stiff your shop. Tell me what I owe and I'll bring a check by.

Sal K (12/8 6:41 PM): tony says the silverado is done. dont worry about the bill, your good
Me (12/8 6:43 PM): sal come on let me pay for it
Sal K (12/8 6:44 PM): already done bud. merry christmas. just keep my guys on the rotation lol

{SIG['wes']}
""", style="outlook")
m("m22", "tony", ["wes"], (2025, 12, 10, 7, 58, 3), "Re: FW: truck", f"""
Wes, Sal's the boss. If he says its taken care of its taken care of. Keys are with Rhonda in the office, drive safe

T

{q_apple('m21')}
""")

m("m23", "sal", ["denise"], (2025, 12, 11, 10, 30, 20), "hams", """
Dee - call Brunkhorst and order the hams for the traffic division like last year. 14 of em, I think theyre 38 apiece. have them delivered to the station on the 19th with a card from all of us

SAL
""")
m("m24", "pat", ["gary", "kyle"], (2025, 12, 19, 14, 20, 6), "hams are here!!", f"""
ATTENTION TRAFFIC!!

Kaskel Bros. dropped off a Christmas ham for every one of us, they are in the break room fridge. One per person please and initial the sheet on the door when you take yours.

Merry Christmas!
Pat

{SIG['pat']}
""", cc=["sal"])
m("m25", "gary", ["sal", "denise"], (2025, 12, 19, 16, 2, 41), "Re: hams are here!!", f"""
Sal, Denise,

On behalf of the whole Traffic Division, thank you. Generous as always. Merry Christmas to the Kaskel family.

{SIG['gary']}

{q_apple('m24')}
""")

m("m26", "bigsal", ["kyle"], (2025, 12, 10, 20, 10, 55), "saturday", """
Kyle

boat leaves the dock at 5:30 Sat morning, slip 14 at Gar Bayou Landing. bring a jacket and your boy if he wants to come. I got bait, lunch and cold ones for after. a guide would charge you $500 for a day like that, yours is on the house, you earned it this year

Big Sal
""")
m("m27", "kyle", ["bigsal"], (2025, 12, 14, 9, 15, 30), "Re: saturday", f"""
Sal what a day!! My son hasn't stopped talking about that redfish. Thanks for having us out, I owe you one

Kyle

{q_apple('m26')}
""")

m("m28", "bigsal", ["kyle"], (2025, 12, 15, 11, 30, 2), "cards", """
left a stack of our cards in your box at the station. anybody you send over to tonys shop with one gets 20% off, just have em say Big Sal sent them. appreciate ya

Sal
""")
m("m29a", "mike", ["kyle"], (2026, 1, 6, 20, 2, 16), "who fixes hail damage?", """
hey man who do you use for body work? the hail got my wifes car pretty good, hood and roof look like a golf ball. insurance says pick a shop
""")
m("m29", "kyle", ["mike"], (2026, 1, 6, 21, 14, 48), "Re: who fixes hail damage?", f"""
Mike - go see Tony at Kaskel Bros on Quarry Rd, best body shop in town hands down. Tell them Big Sal sent you and they'll knock 20% off. I've got one of their cards for you too, I'll drop it by.

- K

{q_apple('m29a')}
""")

m("m30", "rhonda", ["wes"], (2025, 12, 16, 14, 2, 33), "lunch thurs night", f"""
Sgt Dunnigan,

Sal wants to feed your night shift Thursday for the holidays. Mama Ferlito's is catering - lasagna, salad, garlic bread and cannoli for 25 - it should be at the station by 11:30pm for the C shift briefing. Sal said dont even think about paying, it's our thank you to you guys. Ferlito's bill was $380 and it's already handled.

Let me know if anybody has allergies.

{SIG['rhonda']}
""", cc=["sal"])
m("m31", "wes", ["rhonda"], (2025, 12, 16, 15, 20, 9), "RE: lunch thurs night", f"""
Rhonda, the guys will be thrilled. No allergies I know of, one vegetarian (Perez). THANK YOU and tell Sal thanks from all of C shift

Wes

{SIG['wes']}

{q_outlook('m30')}
""", cc=["sal"], style="outlook")

m("m32", "ron", ["gary"], (2026, 1, 8, 10, 40, 12), "tow list", f"""
Gary,

We're redoing our rotation list in Ellery Park after the mess with our last heavy operator. Who do you trust over there for heavy recovery?

{SIG['ron']}
""", style="outlook")
m("m33", "gary", ["ron"], (2026, 1, 8, 13, 15, 2), "RE: tow list", f"""
Chief,

Kaskel Bros. out of Marlow Falls, no question. Sal Kaskel runs a clean operation: two 50-ton rotators, a secured impound lot with cameras, and somebody answers their phone at 3 in the morning. I'd put them at the top of your list. Happy to make the introduction.

{SIG['gary']}

{q_outlook('m32')}
""", style="outlook")
m("m34", "ron", ["gary"], (2026, 1, 8, 13, 40, 51), "RE: tow list", f"""
Appreciate it Gary, I'll give him a call this week.

Ron

{q_outlook('m33')}
""", style="outlook")
m("m46", "gary", ["bigsal"], (2026, 1, 8, 13, 20, 15), "Fwd: RE: tow list", f"""
FYI Sal, put in a good word for you with Ron Badura in Ellery Park. Expect a call.

G

{fwd_apple('m33')}
""")
m("m47", "bigsal", ["gary"], (2026, 1, 8, 14, 5, 40), "Re: Fwd: RE: tow list", f"""
THANKS GARY!!! I OWE YOU ONE

Sent from my iPhone

{q_apple('m46')}
""")

m("m35", "jordan", ["gary", "wes", "carla"], (2026, 1, 12, 9, 5, 0), "Tow rotation review - council work session 1/20", f"""
Good morning,

The Public Safety Committee will review the police tow rotation agreement at its work session on Tuesday, January 20 at 5:30 PM in Council Chambers. Council Member Petrakis would welcome written comments from the supervisors who work with the rotation companies. Please send anything you would like the committee to see by Friday, January 16.

{SIG['jordan']}
""", cc=["lorraine"], style="outlook")
m("m36", "wes", ["lorraine"], (2026, 1, 14, 22, 40, 19), "Comments for 1/20 work session - tow rotation", f"""
Council Member Petrakis,

I'm writing in support of keeping Kaskel Bros. Towing & Recovery on the police rotation. In eleven years on nights I have not worked with a more dependable operator. When we had the tanker rollover on Route 9 last spring their crew was on scene in 20 minutes and had both lanes open before the morning rush. Their drivers are professional and they work well with my officers. I'd ask the committee to renew their spot.

Respectfully,

{SIG['wes']}
""", cc=["jordan"], style="outlook")
m("m37", "carla", ["jordan"], (2026, 1, 15, 9, 10, 44), "RE: Tow rotation review - council work session 1/20", f"""
Jordan,

No written comments from me. I would only ask the committee to look at response times across all three companies, not just one.

{SIG['carla']}

{q_outlook('m35')}
""", style="outlook")
m("m38", "jordan", ["wes"], (2026, 1, 15, 10, 0, 30), "RE: Comments for 1/20 work session - tow rotation", f"""
Received, thank you Sergeant. I'll include it in the committee packet.

{SIG['jordan']}

{q_outlook('m36')}
""", style="outlook")

m("m39", "bigsal", ["gary"], (2026, 1, 2, 17, 30, 26), "cabin", """
Gary the lake cabin is empty MLK weekend if you and Jen want to get away. key is under the frog by the back door. no charge obviously

Sal
""")
m("m40", "gary", ["bigsal"], (2026, 1, 3, 8, 15, 3), "Re: cabin", f"""
Sal, appreciate it but I better pass. With the rotation review coming up in front of council it would look bad. Rain check for when I retire

G

{q_apple('m39')}
""")

m("m41", "bev", ["rhonda"], (2026, 1, 9, 11, 0, 47), "wheel dollies", f"""
Rhonda,

Returning the two wheel dollies we borrowed for the parade float, they're at your gate as of this morning. Thanks for the loan!

Also could Sal send me a quote to move the old generator out of the Water Dept yard on Levee Rd? It's on skids, about 9,000 lbs.

Bev

{SIG['bev']}
""", style="outlook")
m("m42", "sal", ["bev"], (2026, 1, 9, 15, 30, 12), "Re: wheel dollies", f"""
Bev - got the dollies, thanks. Quote for the generator: rotator plus 2 men, 4 hour minimum, $1,150 flat. Let me know a day and we'll put it on the board.

{SIG['sal']}

{q_outlook('m41')}
""", cc=["rhonda"])
m("m43", "bev", ["rhonda"], (2026, 1, 13, 8, 20, 58), "thank you!", f"""
Rhonda,

Just wanted to say thanks for getting a truck out to our street sweeper so fast last night on Levee Rd. Your driver had it back at the yard inside an hour. You guys saved our bacon

Bev

{SIG['bev']}
""", cc=["sal"], style="outlook")

m("m45", "marcy", ["sal"], (2025, 12, 5, 6, 0, 0), "TCTOA Winter Bulletin - Move Over, rotation contracts, holiday safety", f"""
TRI-COUNTY TOW OPERATORS ASSOCIATION
WINTER BULLETIN

MOVE OVER, SLOW DOWN
Three operators in our region were struck at roadside scenes this year. Please remind every driver: high-vis vest on every call, amber lights on, and cones out before you hook.

ROTATION CONTRACTS
Several cities in the tri-county area are rewriting their police rotation agreements this winter. Read the response-time and notification clauses carefully before you sign, and keep your call logs. Members can send their agreement to the office for a free read-through.

HOLIDAY SAFETY
Holiday weekends mean more impaired drivers. Don't run short-handed on the 24th, 25th and 31st.

ANNUAL BANQUET
Saturday, February 21 at the Grange Hall. Tickets $40, members and one guest.

{SIG['marcy']}

You are receiving this bulletin as a member of TCTOA. Reply REMOVE to unsubscribe.
""")

m("m44", "kyle", ["pat"], (2026, 1, 5, 7, 45, 10), "out sick today", f"""
Pat, out sick today, stomach bug. Put me down for a sick day please. Should be back tomorrow

Kyle

{SIG['kyle']}
""", style="outlook")
m("m48", "pat", ["gary", "kyle", "carla", "wes"], (2026, 1, 16, 10, 30, 0), "JANUARY TOW ROTATION - corrected", f"""
All,

Corrected January rotation is attached. Hobart's and Delacroix swapped Jan 22 and Jan 23. No other changes.

{SIG['pat']}
""", style="outlook")

# ---------------------------------------------------------------- gold
ENT = [
    dict(id="sal", kind="person", name="Sal Kaskel", aliases=["Big Sal", "Sal K"], emails=[P["sal"][1], P["bigsal"][1]],
         role="vendor_employee", affiliation="kaskel"),
    dict(id="denise", kind="person", name="Denise Kaskel", aliases=["Dee"], emails=[P["denise"][1]], role="vendor_employee",
         affiliation="kaskel"),
    dict(id="tony", kind="person", name="Tony Kaskel", emails=[P["tony"][1]], role="vendor_employee", affiliation="kaskel"),
    dict(id="rhonda", kind="person", name="Rhonda Pike", emails=[P["rhonda"][1]], role="vendor_employee", affiliation="kaskel"),
    dict(id="gary", kind="person", name="Gary Mroczek", emails=[P["gary"][1]], role="officer", affiliation="mfpd"),
    dict(id="wes", kind="person", name="Wes Dunnigan", emails=[P["wes"][1], P["wesp"][1]], role="officer", affiliation="mfpd"),
    dict(id="carla", kind="person", name="Carla Benavides", emails=[P["carla"][1]], role="officer", affiliation="mfpd"),
    dict(id="kyle", kind="person", name="Kyle Tenney", emails=[P["kyle"][1]], role="officer", affiliation="mfpd"),
    dict(id="pat", kind="person", name="Pat Orloff", emails=[P["pat"][1]], role="officer", affiliation="mfpd"),
    dict(id="bev", kind="person", name="Beverly Oakes", aliases=["Bev"], emails=[P["bev"][1]], role="officer", affiliation="city"),
    dict(id="lorraine", kind="person", name="Lorraine Petrakis", emails=[P["lorraine"][1]], role="officer", affiliation="council"),
    dict(id="jordan", kind="person", name="Jordan Vey", emails=[P["jordan"][1]], role="officer", affiliation="city"),
    dict(id="maureen", kind="person", name="Maureen Gallo", emails=[P["maureen"][1]], role="officer", affiliation="city"),
    dict(id="ron", kind="person", name="Ron Badura", emails=[P["ron"][1]], role="officer", affiliation="eppd"),
    dict(id="mike", kind="person", name="Mike Forsberg", emails=[P["mike"][1]], role="other"),
    dict(id="lonnie", kind="person", name="Lonnie Hobart", emails=[P["lonnie"][1]], role="other", affiliation="hobart"),
    dict(id="gina", kind="person", name="Gina Delacroix", emails=[P["gina"][1]], role="other", affiliation="delacroix"),
    dict(id="marcy", kind="person", name="Marcy Feld", emails=[P["marcy"][1]], role="other", affiliation="tctoa"),
    dict(id="dolores", kind="person", name="Dolores Ybarra", emails=[P["dolores"][1]], role="other"),
    dict(id="kaskel", kind="organization", name="Kaskel Bros. Towing & Recovery", aliases=["Kaskel Bros.", "Kaskel Bros", "Kaskel's"]),
    dict(id="mfpd", kind="organization", name="Marlow Falls Police Department", aliases=["MFPD"]),
    dict(id="city", kind="organization", name="City of Marlow Falls"),
    dict(id="council", kind="organization", name="Marlow Falls City Council"),
    dict(id="eppd", kind="organization", name="Ellery Park Police Department"),
    dict(id="hobart", kind="organization", name="Hobart's Wrecker Service", aliases=["Hobarts Wrecker Service", "Hobart's"]),
    dict(id="delacroix", kind="organization", name="Delacroix Auto & Tow"),
    dict(id="tctoa", kind="organization", name="Tri-County Tow Operators Association", aliases=["TCTOA"]),
    dict(id="traffic", kind="division", name="Traffic Division"),
    dict(id="patrol", kind="division", name="Patrol Division"),
    dict(id="fleet", kind="division", name="Fleet Services"),
    dict(id="code_mfcity10", kind="code", name="MFCITY10"),
]

MEMBER = [("sal", "kaskel"), ("denise", "kaskel"), ("tony", "kaskel"), ("rhonda", "kaskel"),
          ("gary", "traffic"), ("gary", "mfpd"), ("wes", "patrol"), ("wes", "mfpd"), ("carla", "patrol"), ("carla", "mfpd"),
          ("kyle", "traffic"), ("kyle", "mfpd"), ("pat", "traffic"), ("pat", "mfpd"),
          ("bev", "fleet"), ("bev", "city"), ("lorraine", "council"), ("jordan", "city"), ("maureen", "city"),
          ("ron", "eppd"), ("lonnie", "hobart"), ("gina", "delacroix"), ("marcy", "tctoa")]

REL = [
    dict(type="GIFT", source="sal", target="gary", value_usd=640, messages=["m01", "m02"], what="pair of Millers season tickets"),
    dict(type="GIFT", source="denise", target="bev", value_usd=100, messages=["m12", "m13"], what="$100 Tillerman's gift card"),
    dict(type="GIFT", source="sal", target="wes", value_usd=1840, messages=["m21", "m22", "m20"], what="free body work on personal truck"),
    dict(type="GIFT", source="sal", target="traffic", value_usd=532, messages=["m23", "m24", "m25"], what="14 Christmas hams at $38"),
    dict(type="GIFT", source="sal", target="kyle", value_usd=500, messages=["m26", "m27"], what="day of fishing on Sal's boat"),
    dict(type="GIFT", source="sal", target="patrol", value_usd=380, messages=["m30", "m31"], what="catered lunch for the night shift"),
    dict(type="REFERRAL", source="kyle", target="kaskel", messages=["m29", "m28"]),
    dict(type="PROMOTED", source="gary", target="kaskel", messages=["m33", "m46"]),
    dict(type="PROMOTED", source="wes", target="kaskel", messages=["m36"]),
]
for s, t in MEMBER:
    REL.append(dict(type="MEMBER_OF", source=s, target=t))
pairs = {}
for r in MSGS:
    for k in r["to"] + r["cc"]:
        key = (pid(r["frm"]), pid(k))
        pairs.setdefault(key, []).append(r["id"])
for (s, t), ids in sorted(pairs.items()):
    REL.append(dict(type="EMAILED", source=s, target=t, count=len(ids), messages=ids))

gold = {
    "about": "probe CV: towing contractor and city police, Apple Mail / Outlook for Mac print, one PDF",
    "entities": ENT,
    "messages": [dict(id=r["id"], sent=r["date"].isoformat(), subject=r["subject"], sender=pid(r["frm"]),
                      to=[pid(k) for k in r["to"]], cc=[pid(k) for k in r["cc"]], printed=r["printed"]) for r in
                 sorted(MSGS, key=lambda r: r["date"])],
    "relations": REL,
}


# ---------------------------------------------------------------- the PDF
class Doc(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def render():
    pdf = Doc(format="Letter")
    pdf.set_creation_date(datetime(2026, 2, 3, 10, 0, tzinfo=timezone.utc))
    pdf.set_creator("Mail")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    order = [r for r in MSGS if r["printed"]]
    # printed in the order the mailbox export grouped them: by thread, roughly by date
    for r in order:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        name = P[r["frm"]][0]
        pdf.multi_cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        heads = [("From:", addr(r["frm"])), ("Subject:", r["subject"])]
        heads.append(("Date:", apple_date(r["date"]) if r["style"] == "apple" else outlook_date(r["date"])))
        heads.append(("To:", ", ".join(addr(k) for k in r["to"])))
        if r["cc"]:
            heads.append(("Cc:", ", ".join(addr(k) for k in r["cc"])))
        for lab, val in heads:
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(18, 5, lab, align="R")
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 5, " " + val, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        y = pdf.get_y()
        pdf.line(18, y, pdf.w - 18, y)
        pdf.ln(4)
        pdf.set_font("Helvetica", "", 10)
        for ln in r["body"].split("\n"):
            depth = len(ln) - len(ln.lstrip("\t"))
            text = ln.lstrip("\t")
            pdf.set_x(18 + 6 * depth)
            if text.strip():
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(4)
    pdf.output(str(HERE / "release.pdf"))


if __name__ == "__main__":
    render()
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, default=str) + "\n", encoding="utf-8")
    print(len(MSGS), "messages,", len([r for r in MSGS if r["printed"]]), "printed")
