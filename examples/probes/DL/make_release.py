"""Write probe DL: a rural sheriff's office and a farm-and-ranch / powersports dealer, as a zip of .eml.

Everything here is invented. Deterministic: fixed dates, fixed zip timestamps.
Also writes the EMAILED part of gold.json from the same header table (the rest of the gold is hand-labelled
in GOLD_* below).
"""
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

SO = "tarrowcountyso.org"
DLR = "redbankfarmranch.com"
P = {
    "dale": ("Dale Whitcomb", f"dale.whitcomb@{SO}"),
    "ronnie": ("Ronnie Faircloth", f"ronnie.faircloth@{SO}"),
    "travis": ("Travis Pruett", f"travis.pruett@{SO}"),
    "cody": ("Cody Mabry", f"cody.mabry@{SO}"),
    "jesse": ("Jesse Lankford", f"jesse.lankford@{SO}"),
    "darlene": ("Darlene Voss", f"darlene.voss@{SO}"),
    "buck": ("Buck Haskins", f"buck@{DLR}"),
    "wendell": ("Wendell Oakes", f"wendell@{DLR}"),
    "earl": ("Earl Tidwell", "earltidwell@prairiemail.net"),
}

IPHONE = "\n\nSent from my iPhone\n"

# (id, file, from, to, cc, date header, iso sent, subject, body, style)  style: lf | crlf | html
MSGS = [
    ("m01", "01_radios.eml", "buck", ["dale"], ["ronnie"], "Mon, 2 Feb 2026 08:14:00 -0600", "2026-02-02T08:14:00-06:00",
     "radios for the new units",
     "dale\n\ngot the talon tr-9 handhelds in you were asking about. six of em for the patrol units runs "
     "2154 even with the county pricing.\n\nalso i'll fix you up with one for your personal truck too no charge "
     "just say the word\n\nbuck" + IPHONE, "lf"),
    ("m02", "02_re_radios.eml", "dale", ["buck"], ["darlene"], "Mon, 2 Feb 2026 10:41:00 -0600", "2026-02-02T10:41:00-06:00",
     "Re: radios for the new units",
     "buck appreciate it but i cant take that one, sheriff cant be getting freebies. ill pay for my own if i want one\n\n"
     "darlene will send you a PO for the six for the units\n\ndale" + IPHONE, "lf"),
    ("m03", "03_po.eml", "darlene", ["buck"], ["wendell"], "Tue, 3 Feb 2026 09:05:00 -0600", "2026-02-03T09:05:00-06:00",
     "PO 26-0147 Talon radios",
     "Buck,\n\nAttached is county purchase order 26-0147 for (6) Talon TR-9 handheld radios, $2,154.00 total. "
     "Please invoice the Sheriff's Office and we will pay net 30 like always.\n\nThanks\n\n"
     "Darlene Voss\nOffice Manager\nTarrow County Sheriff's Office\n", "crlf"),
    ("m04", "04_paid.eml", "wendell", ["darlene"], [], "Thu, 26 Feb 2026 15:30:00 -0600", "2026-02-26T15:30:00-06:00",
     "Re: PO 26-0147 Talon radios",
     "darlene\n\ncounty check came in today, yall are paid in full on 26-0147. radios are programmed and ready "
     "whenever somebody can swing by\n\nthanks\nwen\nparts & service\nredbank farm & ranch", "lf"),
    ("m05", "05_trailer.eml", "cody", ["buck"], [], "Sat, 14 Mar 2026 07:52:00 -0500", "2026-03-14T07:52:00-05:00",
     "that trailer",
     "hey buck\n\nstill wanting that pinecrest 6x12 we looked at. ill bring a cashiers check by saturday "
     "for the 2,450 if that still works\n\ncody" + IPHONE, "lf"),
    ("m06", "06_re_trailer.eml", "buck", ["cody"], [], "Sat, 14 Mar 2026 09:12:00 -0500", "2026-03-14T09:12:00-05:00",
     "Re: that trailer",
     "works for me cody. trailers ready\n\ni'll throw in a stoutline receiver hitch and have wen put it on your truck "
     "while your here, thats about a 185 dollar hitch. dont worry about paying me back for it yall keep us safe out "
     "there\n\nbuck" + IPHONE, "crlf"),
    ("m07", "07_re_re_trailer.eml", "cody", ["buck"], [], "Sat, 14 Mar 2026 09:40:00 -0500", "2026-03-14T09:40:00-05:00",
     "Re: that trailer",
     None, "html"),
    ("m08", "08_fourwheeler.eml", "wendell", ["ronnie"], [], "Wed, 8 Apr 2026 16:20:00 -0500", "2026-04-08T16:20:00-05:00",
     "your 4 wheeler",
     "ronnie\n\nyour kestrel 450 is done. did the 100 hour service, new plugs and changed the diff fluid. "
     "normally runs 140 but dont worry about paying me back its on the house\n\nwen", "lf"),
    ("m09", "09_re_fourwheeler.eml", "ronnie", ["wendell"], [], "Wed, 8 Apr 2026 17:03:00 -0500", "2026-04-08T17:03:00-05:00",
     "Re: your 4 wheeler",
     "wen you didnt have to do that. i owe you one, appreciate you\n\nronnie" + IPHONE, "lf"),
    ("m10", "10_lease.eml", "buck", ["ronnie"], [], "Fri, 17 Apr 2026 11:26:00 -0500", "2026-04-17T11:26:00-05:00",
     "deer lease",
     "ronnie heard you picked up that lease out on county road 9. i got a kestrel 850 crew sitting on the lot doing "
     "nothing, come get it and run it out there, keep it as long as you need it\n\n"
     "also heres your own code FAIRCLOTH15. anybody you send my way gives that at the counter and gets 15% off "
     "parts and accessories and you get store credit\n\nbuck" + IPHONE, "lf"),
    ("m11", "11_earl.eml", "ronnie", ["earl"], [], "Sun, 19 Apr 2026 18:47:00 -0500", "2026-04-19T18:47:00-05:00",
     "side by side",
     "earl you was asking about a side by side for feeding. go see buck at redbank out on hwy 41. tell em buck sent "
     "you and give them code FAIRCLOTH15 and they'll knock 15% off the accessories\n\n"
     "only place id buy one honestly, buck treats you right and wen can fix anything\n\nronnie" + IPHONE, "lf"),
    ("m12", "12_high_water.eml", "travis", ["buck"], ["cody", "jesse"], "Tue, 12 May 2026 13:15:00 -0500", "2026-05-12T13:15:00-05:00",
     "kestrel back on your lot",
     "buck\n\nbrought your demo kestrel 850 back this morning, washed and gassed. cant thank you enough for "
     "loaning it to us during the high water on the river bottoms, we got 3 families out with it\n\n"
     "and them talon radios were the best thing we had out there. id put em up against anything the state runs, "
     "anybody asks me thats what im telling em\n\n"
     "trav\nSgt. T. Pruett\nPatrol Division\nTarrow County Sheriff's Office\n", "crlf"),
    ("m13", "13_re_high_water.eml", "buck", ["travis"], [], "Tue, 12 May 2026 15:02:00 -0500", "2026-05-12T15:02:00-05:00",
     "Re: kestrel back on your lot",
     "glad it helped trav. sent a cooler of steaks over to the office for you and the night shift, a dozen "
     "ribeyes bout 240 worth. its on the house, appreciate yall\n\nbuck" + IPHONE, "lf"),
    ("m14", "14_winch.eml", "jesse", ["wendell"], [], "Mon, 28 Sep 2026 08:33:00 -0500", "2026-09-28T08:33:00-05:00",
     "winch cable",
     "wen need a synthetic winch cable for my kestrel 450. what do i owe you, ill pay for it when i pick it up\n\n"
     "jesse" + IPHONE, "lf"),
    ("m15", "15_re_winch.eml", "wendell", ["jesse"], [], "Tue, 29 Sep 2026 10:10:00 -0500", "2026-09-29T10:10:00-05:00",
     "Re: winch cable",
     "jesse its 89.50. ran your card this morning, your all paid up. cable is at the counter\n\n"
     "thanks\nwen", "crlf"),
    ("m16", "16_deer_season.eml", "buck", ["jesse"], [], "Fri, 16 Oct 2026 12:05:00 -0500", "2026-10-16T12:05:00-05:00",
     "for deer season",
     "jesse you left before i could catch you. left a bag for you with wen, a pair of brushcreek insulated bibs "
     "and a ridgeline ladder stand for opening weekend. about 310 worth all together. dont you dare try to pay me "
     "for it, its on the house\n\nbuck" + IPHONE, "lf"),
    ("m17", "17_re_deer_season.eml", "jesse", ["buck"], [], "Fri, 16 Oct 2026 19:48:00 -0500", "2026-10-16T19:48:00-05:00",
     "Re: for deer season",
     "buck yall are too good to me. thank you, i owe you one\n\njesse" + IPHONE, "lf"),
]

HTML_BODY = (
    '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
    '<body dir="auto"><div dir="ltr">appreciate you buck, thats mighty good of you. see you saturday</div>'
    '<div dir="ltr"><br></div><div dir="ltr">cody</div><div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div>'
    '<div dir="ltr"><br><blockquote type="cite">On Mar 14, 2026, at 9:12 AM, Buck Haskins &lt;buck@redbankfarmranch.com&gt; wrote:<br><br></blockquote></div>'
    '<blockquote type="cite"><div dir="ltr">works for me cody. trailers ready<br><br>i\'ll throw in a stoutline receiver '
    'hitch and have wen put it on your truck while your here</div></blockquote></div></body></html>'
)


def addr(k):
    name, email = P[k]
    return f"{name} <{email}>"


def build(m, parent):
    mid, fname, frm, to, cc, date, _iso, subj, body, style = m
    h = [f"From: {addr(frm)}", f"To: {', '.join(addr(k) for k in to)}"]
    if cc:
        h.append(f"Cc: {', '.join(addr(k) for k in cc)}")
    h += [f"Subject: {subj}", f"Date: {date}", f"Message-ID: <{mid}.{frm}@mail.{'redbank' if frm in ('buck', 'wendell') else 'tarrow'}.example>"]
    if parent:
        h.append(f"In-Reply-To: <{parent[0]}.{parent[2]}@mail.{'redbank' if parent[2] in ('buck', 'wendell') else 'tarrow'}.example>")
    h.append("MIME-Version: 1.0")
    if style == "html":
        h += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(h) + "\n\n" + HTML_BODY + "\n"
    else:
        h += ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
        text = "\n".join(h) + "\n\n" + body.rstrip("\n") + "\n"
    if style == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def main():
    zpath = os.path.join(HERE, "release.zip")
    by_subj = {}
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for m in MSGS:
            base = m[7][4:] if m[7].startswith("Re: ") else m[7]
            parent = by_subj.get(base)
            info = zipfile.ZipInfo("tarrow_so_records_request_2026-114/" + m[1], date_time=(2026, 11, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, build(m, parent))
            by_subj[base] = m
    # EMAILED gold from the header table
    cnt = {}
    for m in MSGS:
        for k in m[3] + m[4]:
            cnt.setdefault((m[2], k), []).append(m[0])
    gold_path = os.path.join(HERE, "gold.json")
    gold = json.load(open(gold_path)) if os.path.exists(gold_path) else None
    if gold is not None:
        gold["messages"] = [{"id": m[0], "sent": m[6], "subject": m[7]} for m in MSGS]
        gold["relations"] = [r for r in gold["relations"] if r["type"] != "EMAILED"] + [
            {"type": "EMAILED", "source": s, "target": t, "count": len(ms), "messages": ms} for (s, t), ms in sorted(cnt.items())]
        with open(gold_path, "w") as f:
            json.dump(gold, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
