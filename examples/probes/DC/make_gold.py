import json, email, zipfile, re
from collections import Counter
E=[]
def ent(i,kind,name,aliases=(),**kw):
    d={"id":i,"kind":kind,"name":name,"aliases":list(aliases)}; d.update(kw); E.append(d)
J,B,PH="o_jrsd","o_brightlane","o_pinon"
ppl=[("p_mt","Marisol Trevanian",["Dr. Marisol Trevanian","Dr. Trevanian"],"mtrevanian@jrsd14.org","officer",J),
("p_gp","Garrett Pelloquin",[],"gpelloquin@jrsd14.org","officer",J),
("p_ro","Renata Obermeyer",[],"robermeyer@jrsd14.org","officer",J),
("p_dh","Desmond Halvorsen",[],"dhalvorsen@jrsd14.org","officer",J),
("p_yf","Yolanda Ferrick",[],"yferrick@jrsd14.org","officer",J),
("p_tw","Tobias Wrenfield",[],"twrenfield@jrsd14.org","officer",J),
("p_cm","Celeste Marchbanks",[],"cmarchbanks@jrsd14.org","officer",J),
("p_cw","Chad Wexley",[],"cwexley@brightlanelearning.com","vendor_employee",B),
("p_pc","Priya Castellanos",[],"pcastellanos@brightlanelearning.com","vendor_employee",B),
("p_df","Douglas Fairweather",[],"dfairweather@brightlanelearning.com","vendor_employee",B),
("p_md","Marcus Delacroix",[],"mdelacroix@pinonhollowschools.org","officer",PH)]
for i,n,a,e,r,af in ppl: ent(i,"person",n,a,emails=[e],role=r,affiliation=af)
ent(J,"organization","Juniper Ridge School District No. 14",["Juniper Ridge School District","Juniper Ridge"])
ent(B,"organization","Brightlane Learning Devices, Inc.",["Brightlane Learning Devices","Brightlane","Brightlane Learning"])
ent(PH,"organization","Pinon Hollow School District",["Pinon Hollow"])
ent("o_larkspur","organization","Larkspur Grand Hotel",["Larkspur Grand"])
ent("o_ironwood","organization","Ironwood Chophouse")
ent("o_altitude","organization","Altitude Pavilion")
ent("d_tech","division","Technology Services")
ent("d_purch","division","Purchasing & Contracts",["Purchasing and Contracts","Purchasing"])
ent("d_sfe","division","Sagebrush Flats Elementary",["Sagebrush Flats"])
ent("d_kpms","division","Kestrel Peak Middle School",["Kestrel Peak"])
ent("pr_s11","product","Brightlane Scholar 11",["Scholar 11","Scholar 11 laptop"])
ent("pr_s14","product","Brightlane Scholar 14 Pro",["Scholar 14 Pro"])
ent("pr_ch","product","ClassHarbor",["ClassHarbor device management"])
ent("pr_tp","product","Brightlane Trailpack backpack",["Trailpack backpack","Brightlane Trailpack","Trailpack"])
ent("pr_hush","product","Brightlane Hush headphones",["Hush headphones","Brightlane Hush"])
ent("c_kt","code","KESTREL-THANKS15")
ent("c_bts","code","BACK2CLASS24")
# messages from the release itself (headers only)
z=zipfile.ZipFile("release.zip"); seen={}
from email.utils import parsedate_to_datetime
for n in sorted(z.namelist()):
    m=email.message_from_bytes(z.read(n))
    mid=m["Message-ID"].strip("<>").split("@")[0]
    if mid in seen: continue
    subj=" ".join(str(email.header.make_header(email.header.decode_header(m["Subject"]))).split())
    seen[mid]={"id":"m_"+mid,"sent":parsedate_to_datetime(m["Date"]).isoformat(),"subject":subj}
msgs=[seen[k] for k in sorted(seen)]
R=[]
def rel(t,s,d,msgs=(),**kw):
    x={"type":t,"source":s,"target":d,"messages":["m_"+m for m in msgs]}; x.update(kw); R.append(x)
rel("GIFT","p_df","p_gp",["dc04","dc06"],value_usd=900,items=[],note="NBA suite, two seats at $450 (him and his son); accepted")
rel("GIFT","p_cw","p_gp",["dc07","dc08"],value_usd=2298,items=[{"product":"pr_s14","quantity":2}],note="two Scholar 14 Pro laptops for his twins, $1,149 each")
rel("GIFT","p_pc","p_ro",["dc09","dc10"],value_usd=1273,items=[],note="conference registration $695 + two hotel nights at $289")
rel("GIFT","p_pc","p_ro",["dc22"],value_usd=218,items=[{"product":"pr_tp","quantity":1},{"product":"pr_hush","quantity":1}],note="backpack $89 + headphones $129")
rel("GIFT","p_pc","p_yf",["dc22"],value_usd=218,items=[{"product":"pr_tp","quantity":1},{"product":"pr_hush","quantity":1}],note="backpack $89 + headphones $129")
rel("GIFT","p_pc","p_dh",["dc11","dc12"],value_usd=1000,items=[],note="twenty $50 gift cards for his teachers, received by the principal")
rel("GIFT","p_cw","p_tw",["dc20","dc21"],value_usd=None,items=[],note="steak dinner, 'my treat', no amount stated")
rel("REFERRAL","p_yf",B,["dc14"],code="c_kt",note="principal passes the vendor's staff discount code to her staff")
rel("PROMOTED","p_gp",B,["dc15"],note="recommends the vendor to another district's CTO")
rel("PROMOTED","p_ro","pr_ch",["dc16","dc17"],note="case-study quote, approved for use with her name")
rel("PROMOTED","p_gp","pr_ch",["dc19","dc15"],note="board presentation outline recommending ClassHarbor renewal")
for p,_,_,_,_,af in ppl: rel("MEMBER_OF",p,af)
for p,d in [("p_gp","d_tech"),("p_ro","d_tech"),("p_tw","d_purch"),("p_dh","d_sfe"),("p_yf","d_kpms")]: rel("MEMBER_OF",p,d)
em={e["emails"][0]:e["id"] for e in E if e["kind"]=="person"}
cnt=Counter(); evm={}
for n in sorted(z.namelist()):
    m=email.message_from_bytes(z.read(n)); mid=m["Message-ID"].strip("<>").split("@")[0]
    if mid in evm: continue
    evm[mid]=1
    frm=email.utils.parseaddr(m["From"])[1].lower()
    if frm not in em: continue
    for _,a in email.utils.getaddresses(m.get_all("To",[])+m.get_all("Cc",[])):
        if a.lower() in em: cnt[(em[frm],em[a.lower()])]+=1
for (s,d),c in sorted(cnt.items()): R.append({"type":"EMAILED","source":s,"target":d,"count":c})
gold={"about":"Probe DC gold, written blind before giftgraph ran on the release.","entities":E,"messages":msgs,"relations":R}
json.dump(gold,open("gold.json","w"),indent=1,ensure_ascii=False)
print(len(E),len(msgs),Counter(r["type"] for r in R))
