"""Draft a profile from the release itself (``giftgraph profile init``, ``ingest --profile auto``).

A shipped profile describes one vendor and one agency. The next release a user brings is between
others, so this module reads the release and writes down what it shows, as a profile the user then
checks and edits:

- **organisations**: the organisation lines of signatures (the line under a name and a title), tied to
  the address domain of the people who sign with them; short forms (an acronym, the name without
  "Systems" or "Inc.", "X PD" for "X Police Department") only when the release writes them.
- **which side is which**: a domain is the *agency*'s when it reads as law enforcement (police,
  sheriff or "pd" in the domain, a police or sheriff organisation line, ranks before the names of its
  people, units under them); the *vendor* is the commercial domain (not .gov/.edu/.org, not a free
  mail service) whose people write to the agency and offer, ship, sell, quote and invoice. With no
  law-enforcement side, a public department (a city's or a county's department, an authority) whose people
  sign with its name on a public domain is the agency when a company writes to it and sells (and that company
  is the vendor); a release with neither gets no agency and no vendor, so no one is given a role by the draft.
- **units**: signature lines of agency people that name a division, bureau, unit, precinct, district,
  squad or task force; acronyms the release uses for them.
- **ranks**: the police ranks (a general list in this module) the release puts before a name;
  only when an agency was found.
- **products and prices**: capitalised names the release counts ("4 X Cameras"), sells ("a Y seat",
  "the Z app") or prices ("$249", "$1,200 per camera", "3 x $650"), with the price written most
  often beside them.

No spaCy: the draft runs in a second or two on what ingestion has read (`draft_profile(messages)`).
`write_profile(draft, directory)` writes the YAML files with comments telling the user what to check.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import yaml

from giftgraph.nlp.names import HONORIFICS, LEGAL_FORM, known_given_names
from giftgraph.nlp.profile import AUTO_PROFILE, DEFAULT_TIMEZONE, Profile, ProfileError, not_person_words
from giftgraph.nlp.relations.text import amounts_in_dollars
from giftgraph.nlp.signature import PHONE_RE, own_text_end, signature_end, split_signature

__all__ = ["Draft", "draft_profile", "write_profile", "draft_from_paths", "draft_into_case", "CASE_PROFILE_DIR"]

CASE_PROFILE_DIR = "profile"  # where `ingest --profile auto` keeps its draft inside the case directory

# ---------------------------------------------------------------------------------------------- lexicons
# General knowledge of US law enforcement and of e-mail, written for this module (not from a release).

# (title, sworn, forms written before a name); the first form that the release uses is kept.
RANKS: list[tuple[str, bool, list[str]]] = [
    ("Police Officer", True, ["Police Officer", "Officer", "Ofc.", "Ofc", "Off.", "P.O.", "PO", "Patrol Officer"]),
    ("Deputy", True, ["Deputy", "Dep.", "Deputy Sheriff"]),
    ("Trooper", True, ["Trooper", "Tpr."]),
    ("Detective", True, ["Detective", "Det.", "Det"]),
    ("Investigator", True, ["Investigator", "Inv."]),
    ("Corporal", True, ["Corporal", "Cpl.", "Cpl"]),
    ("Sergeant", True, ["Sergeant", "Sgt.", "Sgt"]),
    ("Lieutenant", True, ["Lieutenant", "Lt.", "Lt", "Lieut."]),
    ("Captain", True, ["Captain", "Capt.", "Capt", "Cpt."]),
    ("Major", True, ["Major", "Maj."]),
    ("Lieutenant Colonel", True, ["Lieutenant Colonel", "Lt. Col.", "Lt Col"]),
    ("Colonel", True, ["Colonel", "Col."]),
    ("Commander", True, ["Commander", "Cmdr.", "Cmdr"]),
    ("Deputy Chief", True, ["Deputy Chief"]),
    ("Assistant Chief", True, ["Assistant Chief"]),
    ("Chief of Police", True, ["Chief of Police", "Police Chief", "Chief"]),
    ("Undersheriff", True, ["Undersheriff"]),
    ("Sheriff", True, ["Sheriff"]),
    # a prison's or a jail's command staff: "Warden Ida Marsh", "Deputy Warden Vale", "Associate Warden Roe"
    ("Deputy Warden", True, ["Deputy Warden", "Associate Warden", "Assistant Warden"]),
    ("Warden", True, ["Warden"]),
    # a fire marshal's office is the agency of some releases: its investigators carry these before a name
    ("Deputy Fire Marshal", True, ["Deputy Fire Marshal", "Assistant Fire Marshal"]),
    ("Fire Marshal", True, ["Fire Marshal", "Marshal"]),
    ("Fire Inspector", True, ["Fire Inspector", "Inspector", "Insp."]),
    ("Battalion Chief", True, ["Battalion Chief"]),
    ("Fire Chief", True, ["Fire Chief"]),
    # a state or federal bureau of investigation's agents: "Special Agent in Charge Ana Ruiz", "SSA Bell", "SA Lee"
    ("Special Agent in Charge", True, ["Special Agent in Charge", "SAC"]),
    ("Supervisory Special Agent", True, ["Supervisory Special Agent", "SSA"]),
    ("Special Agent", True, ["Special Agent", "SA"]),
    ("Task Force Officer", True, ["Task Force Officer", "TFO"]),
    ("Crime Analyst", False, ["Crime Analyst"]),
    ("Intelligence Analyst", False, ["Intelligence Analyst"]),
    ("Records Manager", False, ["Records Manager"]),
    ("Public Information Officer", False, ["Public Information Officer", "PIO"]),
]
# the job of a public body's staff named by a noun that `_TITLE_WORDS` leaves out ("Science Teacher, Alder USD",
# "Trustee, Place 4"): printed before the body's name, a job, no unit
_JOB_NOUNS = re.compile(r"\b(?:Teacher|Teachers|Principal|Superintendent|Trustee|Counselor|Counsellor|Librarian|Nurse|"
                        r"Dean|Professor|Instructor|Aide|Custodian|Technician|Inspector|Deputy|Sergeant|Detective|"
                        r"Lieutenant|Captain|Firefighter|Paramedic|Dispatcher|Planner|Accountant|Buyer|Registrar|"
                        # a clinic's and a shelter's staff: "Staff Veterinarian", "Kennel Attendant", "Animal Care Technician"
                        r"Veterinarian|Pharmacist|Physician|Therapist|Attendant|Caretaker)\b")
# words that make a signature segment a unit of an agency
UNIT_WORDS = ["Division", "Precinct", "District", "Bureau", "Unit", "Task Force", "Squad", "Section", "Detail",
              "Station", "Substation", "Area", "Center", "Centre", "Troop",  # "Troop C": a state police's district
              "Battalion",  # a fire department's district under a battalion chief: "Battalion 3"
              "Barracks", "Crime Lab", "Laboratory",  # a state police's post; its forensic lab
              "Lab",  # any lab of the agency's: "Digital Forensics Lab", "Latent Print Lab"
              "Team",  # "Search and Rescue Team", "Dive Team" (a company's "Sales Team" is no unit: _COMPANY_UNIT)
              "Command",  # a police command over a place or a function: "Airport Command", "Transit Command"
              "Crew",  # a fire service's crew: "Alder Gap Hand Crew", "Redtail Fuels Crew" (its "Crew Superintendent" is a title)
              # a department of corrections' prisons, a sheriff's jail: "Dunmore Correctional Facility", "Pell State Penitentiary"
              "Correctional Facility", "Correctional Institution", "Detention Facility", "Penitentiary"]
# a unit named in running text: one to four capitalised words and a unit word ("the Marine Unit")
# (with the letter that tells it from its sister units after it: "Housing Unit C", "Patrol Division B"; not "I", "A")
_TEXT_UNIT = re.compile(r"(?<![A-Za-z&'-])((?:[A-Z][a-z]+[ \t]+){1,4}(?:Unit|Division|Bureau|Squad|Section|Task Force|Detail|"
                        r"Precinct)(?:[ \t]+[B-HJ-Z](?![\w'\u2019-]))?)(?![A-Za-z])")
# the headings of an order's or an invoice's columns ("Qty | Item | Unit | Ext."), never a unit's name
_TABLE_HEADINGS = {"qty", "quantity", "item", "items", "description", "sku", "price", "total", "subtotal", "amount", "ext",
                   "cost"}
# a company's or an office's own departments, never the agency's
_COMPANY_UNIT = re.compile(r"\b(?:Sales|Marketing|Product|Engineering|Customer|Business|Finance|Legal|Support|Success|"
                           r"Partnerships?|Accounts?|Operations|Human|Research|Development|Revenue|Shipping|Billing)\b")
# a department's office or academy named on a signature line of its own ("Community Liaison Office",
# "Training Academy", "Police Training Academy"): a unit, unless the line names a whole public body ("County
# Attorney's Office")
_OFFICE_UNIT = re.compile(r"^(?!.*\b(?:Police(?!(?:\s+[A-Z][a-z]+)?\s+Academy$)|Sheriff|City|County|State|Township|Village|Borough|Attorney|Mayor|Clerk|"
                          r"Post|Head|Home|Field|Regional|Branch)\b)(?:[A-Z][a-z]+(?:['\u2019]s)?\s+){1,4}(?:Office|Academy)$"
                          # the command office of a department: "Office of the Chief of Police", "Office of the Sheriff",
                          # and one title word before the title: "Office of the Fire Chief", "Office of the Medical Director"
                          r"|^Office of the (?:[A-Z][a-z]+\s+)?(?:Chief|Sheriff|Commissioner|Superintendent|Director|Marshal)"
                          r"(?: of Police)?$")
# a public body's buying office, named by what it does: "Purchasing Services", "Procurement and Contracts",
# "Procurement Office" (the buyer a vendor writes to signs with it; it has no unit word)
_BUYING_UNIT = re.compile(r"(?:Procurement|Purchasing|Contracting)(?:\s+(?:and|&)\s+(?:Contracts|Contracting|Procurement|Purchasing))?"
                          r"(?:\s+(?:Services|Office|Department|Division))?|Contracts\s+(?:and|&)\s+(?:Procurement|Purchasing)"
                          r"(?:\s+(?:Services|Office|Department|Division))?")
# an agency's unit named by the work it does, on a signature line of the agency's people: "Jury Services", "Courtroom
# Operations", "Court Technology Programs" (one to three capitalised words before it; a job title is read first)
# (not a public body named by its place and its services: "Marrowby County Animal Services", "City of Ostrey Youth
# Services" is the agency itself, which its people sign with)
_FUNCTION_UNIT = re.compile(r"(?!.*\b(?:County|City|Township|Village|Borough|Parish)\b)(?:[A-Z][a-z]+\s+){1,3}(?:Services|Operations|Programs)")
# a public office's name: "Larkfield Office of Emergency Services", "Office of the City Manager"
_OFFICE_ORG = re.compile(r"\bOffice of\s+[A-Z]")
# a state's or a nation's bureau is a public body of its own, no unit: "Calder State Bureau of Investigation", "Federal
# Bureau of Prisons" (a department's "Detective Bureau" or "Bureau of Patrol" is a unit)
# (so is a state's crime laboratory, named as a body of its own, with no police force before it: "Ardmore State Crime
# Laboratory", "State Forensic Science Laboratory"; a "State Police Crime Lab" is the state police's unit)
_STATE_BUREAU = re.compile(r"\b(?:State|Federal|National|Provincial)\s+Bureau\s+of\s+[A-Z]"
                           r"|\bState\s+(?:Crime|Forensic(?:\s+Sciences?)?|Forensic\s+Crime)\s+Lab(?:oratory|oratories)?\b")
# "District" of a title or a court is no unit: "the District Attorney's Office", "District Court", "a District Judge"
# (nor is a forest's or a park's "District Ranger", "District Forester": the title of who runs a district)
_NOT_DISTRICT = r"(?!(?<=District)\s+(?:Attorney|Attorneys|Court|Courts|Judge|Clerk|Council|Manager|Superintendent|Ranger|Rangers|"
_NOT_DISTRICT += r"Forester|Foresters)\b)"
# a special district is a public body of its own, no unit of the agency: "Cedar Fork Fire District", "Alder School District"
# (a county's 911 centre is one too: "Tamber County Emergency Communications District")
_SPECIAL_DISTRICT = r"(?:Fire|School|Water|Protection|Sanitation|Irrigation|Library|Hospital|Communications) District"
# a fire department's company, named by its apparatus and number: "Engine 7", "Ladder 12", "Medic 3"
_FIRE_COMPANY = r"(?:Engine|Ladder|Truck|Medic|Tower|Quint|Tanker|Brush)\s+\d{1,3}(?!\d)"
_UNIT_RE = re.compile(r"\b(?:" + _FIRE_COMPANY + "|" + "|".join(r"(?<!Fire )(?<!School )(?<!Water )(?<!Protection )(?<!Sanitation )(?<!Irrigation )"
                                            r"(?<!Library )(?<!Hospital )(?<!Communications )District" if w == "District" else re.escape(w)
                                            for w in UNIT_WORDS) + r")\b" + _NOT_DISTRICT)
# a company named by its trade: "Pellwick Diagnostics", "Ormsby Therapeutics", "Larchfield Biosciences" (its domain
# often clips the word to a short form no line spells: pellwickdx.com, ormsbytx.com, larchbio.com)
_TRADE = r"Diagnostics|Therapeutics|Pharmaceuticals?|Pharma|Biosciences?|Biotech|Biologics|Biomedical"
# a European company's legal form, as printed after its name ("Kievit Verlichting B.V.", "Grauwald Optik AG")
_EU_FORM = r"B\.V\.|N\.V\.|S\.A\.S\.|S\.A\.|S\.r\.l\.|S\.p\.A\.|A/S|BV|SAS|SARL|SpA|Srl|Oy|ApS|AG|KG"
# an organisation line: the name of a company, an agency, an association
_ORG_SUFFIX = re.compile(
    r"\b(?:Inc\.?|inc\.|lt[ée]e|LLC|L\.L\.C\.|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Systems|Technologies|Technology|Solutions|"
    r"Labs|Group|Networks|Security|Software|Analytics|Partners|" + _TRADE + r"|Police|Sheriff'?s?|Department|Dept\.?|Office|Agency|"
    r"Association|HOA|POA|Alliance|Foundation|Council|Commission|Authority|Society|Club|League|Coalition|Chamber|"
    r"Institute|University|College|School|Church|Center|Centre|City of|Town of|Municipality of|County|Township|Village|Borough|"
    r"Patrol|Marshal'?s?|Constable|District Attorney|(?:Public|Regional|Municipal) Library|" + _SPECIAL_DISTRICT + r"|GmbH|PLC|Pty\.?|Pte\.?|" + _EU_FORM + r")(?!\w)"
    # a family firm named by its founders' kin: "Dunmore Bros. Hauling", "Pell & Sons Roofing"
    r"|\b(?:Bros\.|Bros\b|Brothers\b)|(?:&|\band)\s+Sons?\b")
_LEGAL_SUFFIX = re.compile(r"(?:,?\s+(?:Inc\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|GmbH|AG|B\.V\.|N\.V\.|S\.A\.|S\.p\.A\.|S\.r\.l\.|Oy|PLC|Pty\.?|Pte\.?|Systems|"
                           r"Technologies|Technology|Solutions|Labs|Group|Networks|Software))+$")
_COMPANY = re.compile(r"\b(?:Inc\.?|inc\.|lt[ée]e|LLC|L\.L\.C\.|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Systems|Technologies|"
                      r"Technology|Solutions|Labs|Networks|Software|Analytics|Security|" + _TRADE + r"|GmbH|PLC|Pty\.?|Pte\.?|"
                      + _EU_FORM + r")(?!\w)"
                      r"|\b(?:Bros\.|Bros\b|Brothers\b)|(?:&|\band)\s+Sons?\b")
_PUBLIC = re.compile(r"\b(?:Police|Sheriff|Department|Dept|Office|City|County|State|Township|Village|University|"
                     r"College|School|Association|Alliance|Foundation|Council|Commission|Authority|Church)\b")
PSEUDO = "org:"  # the key of a sender known only by the organisation line of their signature
# (a prosecutor's office, "Brannock County District Attorney's Office", whose investigators are sworn, is law enforcement)
_POLICE_ORG = re.compile(r"\b(?:Police|Sheriff'?s?|Law Enforcement|Public Safety|Marshal'?s?|Constable|State Patrol|District Attorney'?s?|"
                         r"State (?:Crime|Forensic(?: Sciences?)?|Forensic Crime) Lab(?:oratory|oratories)?|"
                         r"Highway Patrol|Department of Corrections|Bureau of (?:Criminal )?Investigations?|"
                         r"Bureau of Criminal Apprehension)\b", re.I)
# a company that sells to the police, named so ("... Public Safety Supply", "... Law Enforcement Solutions")
_SUPPLIER = re.compile(r"\b(?:Supply|Supplies|Equipment|Distributors?|Distribution|Products|Outfitters|Sales|"
                       r"Solutions|Systems|Technologies|Software|Inc\.?|LLC|Corp\.?|Co\.|Ltd\.?)(?!\w)")
# a body of police officers' own, no police agency: a union, a benevolent association, a foundation, a league
_MEMBERS_BODY = re.compile(r"\b(?:Association|Union|Fraternal Order|Foundation|League|Guild|Lodge|Benevolent|Federation|"
                           r"Alliance|Auxiliary)\b")
# a public body's department, its name on a signature line: "Harlan County Department of Public Works", "Eastlake
# Transit Authority", "City of Varga Parks Department" (a law-enforcement side is found by _POLICE_ORG first);
# a county's or a city's office named by its duty ("Morrow County Elections Office", "Pell City Clerk's Office",
# "Dane County Assessor's Office") and an election administration's own names ("Board of Elections", "Registrar of
# Voters", "Elections Division")
# (a court, and the office that administers a state's courts, buy case-management systems as a department does:
# "Harlan County Superior Court", "Fifth Judicial Circuit Court", "Administrative Office of the Courts")
_COURT = r"(?:Superior|District|Circuit|Municipal|County|Supreme|Probate|Family|Juvenile|Justice|Magistrates?'?|Appellate|Judicial|Trial)\s+Courts?|Court\s+of\s+(?:Common\s+Pleas|Appeals)|Office\s+of\s+the\s+Courts"
# a fire service named as a whole body, as Canada, Britain and Australia name theirs: "Halden Cove Fire Services",
# "Tarn Fire & Rescue Service", "Coldwater Fire Rescue", "Lisk Fire and Emergency Services", "Pell Fire Brigade"
# (a public body of its own on a signature line, not a unit named by its work as "Jury Services" is)
_FIRE_SERVICE = re.compile(r"\bFire(?:\s+(?:and|&)\s+(?:Rescue|Emergency))?\s+(?:Services?|Rescue|Brigade)(?!\w)")
# (a public library, county's, city's or region's, buys as a department does: "Harwick City Public Library",
# "Ostrava Falls Regional Library", "Pell County Library System")
_PUBLIC_LIBRARY = r"(?:Public|County|City|Regional|Municipal|Town|Township) Library(?: System| District)?"
# (a death investigation office, a public body wherever it sits: "Office of the Chief Medical Examiner", "Pellam County
# Coroner", and a county's office named "Office of the ..." after its jurisdiction: "Dorrow County Office of the
# Public Defender")
_DEATH_OFFICE = r"(?:Medical Examiner|Coroner)(?:['\u2019]?s)?"
# (a state's or a county's "... Agency", "Emergency Management Agency", "Water Quality Agency": public_departments only
# reads it on a non-commercial domain, so a travel or an insurance agency's ".com" stays a company)
_PUBLIC_DEPT = re.compile(r"\b(?:Department|Dept\.?|Authority|(?<!Travel )(?<!Insurance )(?<!Talent )(?<!Staffing )(?<!Advertising )Agency|"
                          r"Public Works|Transit|Utilities|Water Board|"
                          + _PUBLIC_LIBRARY + r"|" + _DEATH_OFFICE + r"|"
                          r"(?:(?<=County )|(?<=City )|(?<=Town )|(?<=State ))Office of (?:the )?[A-Z][a-z]+|"
                          + _SPECIAL_DISTRICT + "|" + _COURT + "|" + _FIRE_SERVICE.pattern[2:] + r"|Board of Elections|Registrar of Voters|Elections? (?:Office|Division|Commission)"
                          r"|(?:(?<=County )|(?<=City )|(?<=Town ))(?:[A-Z][a-z]+(?:['\u2019]s)? ){1,3}Office)(?!\w)")
# an elected official's own office, no department that buys: "Office of Senator Bramwell", "Councilmember Ruiz's Office"
_ELECTED_OFFICE = re.compile(r"\b(?:Senator|Senate|Representative|Congress(?:man|woman|member)?|Assembly(?:man|woman|member)|"
                             r"Council\s*(?:man|woman|member|or)|Alderm[ae]n|Mayor|Governor|Legislat(?:or|ure|ive))\b")
# a public jurisdiction's name in an organisation line: "Harlan County ...", "City of Varga ...", "State of ..."
_JURISDICTION = re.compile(r"\b(?:County|City of|Township|Village|Borough|State of)\b")
# a municipality's own name on a signature line: "City of Halden Cove", "Town of Pell", "Municipality of Lisk"
_MUNICIPALITY = re.compile(r"(?:City|Town|Township|Village|Borough|County|Municipality|Region|District)\s+of\s+[A-Z]")
_POLICE_WORD = re.compile(r"police|sheriff|publicsafety|statepatrol|highwaypatrol|troopers?$")
_POLICE_DOMAIN = re.compile(r"police|sheriff|(?<=[a-z])pd$|^pd$|(?<=[a-z]{4})so$|publicsafety|statepatrol|troopers?$")
_GOV_TLDS = {"gov", "mil", "us", "edu", "org", "int"}
# a government's second level under a country's code that is not "gov": New Zealand's "govt.nz", France's and
# Quebec's "gouv.fr"/"gouv.qc.ca", the Spanish-speaking world's "gob.mx"/"gob.es", "go.jp"/"go.kr"
_GOV_SLDS = {"govt", "gouv", "gob", "go"}
FREE_MAIL = {"gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "msn.com",
             "aol.com", "icloud.com", "me.com", "mac.com", "comcast.net", "att.net", "sbcglobal.net", "verizon.net",
             "protonmail.com", "proton.me", "gmx.com", "mail.com", "ymail.com", "cox.net", "charter.net"}
# a message that sells: offers, ships, quotes, prices, invoices (lemmas written out; lower case)
_SALES_RE = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|ship(?:s|ped|ping)?|sell(?:s|ing)?|sold|quot(?:e|es|ed|ing)|pric(?:e|es|ed|ing)|"
    r"invoic(?:e|es|ed|ing)|discount(?:s|ed)?|demo(?:s)?|trial|pilot|subscription|purchase order|"
    r"no (?:cost|charge)|free of charge|on us|our (?:product|products|team|platform|cameras?|devices?|customers?)|"
    r"customers?|promo(?:tion)?|order(?:s|ed)?|deploy(?:s|ed|ment)?|checkout|evaluation|warranty|"
    r"(?:data|spec|product) ?sheets?|\d+ ?(?:%|percent) off|"
    # a company that gives rather than sells: donates, lends, sends gifts, "complimentary"
    r"donat(?:e|es|ed|ing|ion|ions)|complimentary|gift(?:s|ed)?|lend(?:s|ing)?|lent|loan(?:s|ed|er|ers)?)(?!\w)", re.I)
# a message that gives rather than sells, as a company writes to an official it hosts: "it's on us", "my treat",
# "compliments of", "a gift", "complimentary" (lemmas written out; lower case)
_GIVING_RE = re.compile(r"\b(?:on (?:us|me|the company|the house)|(?:my|our) treat|compliments of|courtesy of|complimentary|"
                        r"gifts?|gifted)(?!\w)", re.I)
_SALES_TITLE = re.compile(r"\b(?:Sales|Account (?:Executive|Manager|Director)|Customer Success|Marketing|Business Development|"
                          r"Territory|Partnerships?|Product Manager|Solutions (?:Engineer|Consultant|Lead|Architect|Specialist|Manager)|"
                          r"Channel|Public Sector|Key Accounts?|Government (?:Affairs|Relations))\b")
_TITLE_WORDS = re.compile(r"\b(?:Manager|Coordinator|Director|President|Vice President|VP|Chair|Chairman|Chairwoman|"
                          r"Secretary|Treasurer|Executive|Engineer|Specialist|Analyst|Officer|Commander|Chief|"
                          r"Lead|Head|Supervisor|Administrator|Assistant|Associate|Consultant|Representative|"
                          r"Founder|CEO|CTO|COO|CFO|Owner|Member|Advisor|Adviser|Counsel|Attorney|Clerk|Leader)\b")
# a unit's kind alone before a job title: the title of who runs or works in such a unit, not a unit's name
# (a crew's "Crew Superintendent", "Crew Boss"; a team's "Team Leader")
_UNIT_TITLE = re.compile(r"(?:Lab|Laboratory|Unit|Squad|Section|Division|Bureau|Detail|Battalion|Crew|Team)\s+"
                         + _TITLE_WORDS.pattern.replace(r"\b(?:", "(?:Superintendent|Boss|", 1))
_EMAIL_RE = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
_MONEY = r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?!\d)"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "dozen": 12, "couple": 2,
                 "pair": 2, "several": 3, "few": 3}
# the shapes of promo codes (whole tokens): capitals then digits (SAVEBIG25), capital parts joined by
# hyphens with a letter in each part after the first (TOWN-JONES10, ABC-REF-SMITH); never all-digit
# parts, which are order, case and Bates numbers. A token of such a shape is a code only near a context word.
PROMO_SHAPES = ("[A-Z][A-Z]{2,15}[0-9]{1,3}", "[A-Z]{2,10}(?:-[A-Z0-9]*[A-Z][A-Z0-9]*){1,3}")
PROMO_CONTEXT = ("code", "codes", "promo", "coupon", "discount", "referral", "voucher", "checkout")
# a kind of thing sold only under a coined brand word ("HomeLens Registry"); in plain words a public body's record
_SOLD_REGISTRY = frozenset({"registry", "registries"})
# nouns a product's name is followed by ("the Beacon doorbell", "an Insight seat"): kinds of things sold
PRODUCT_NOUNS = ["camera", "cameras", "cam", "cams", "doorbell", "doorbells", "hub", "hubs", "mount", "mounts", "seat",
                 "seats", "license", "licenses", "licence", "licences", "subscription", "subscriptions", "app", "apps",
                 "device", "devices", "reader", "readers", "sensor", "sensors", "kit", "kits", "unit", "units", "plan",
                 "plans", "platform", "software", "drone", "drones", "system", "systems", "detector", "detectors",
                 "tablet", "tablets", "radio", "radios", "light", "lights", "trailer", "trailers", "terminal",
                 "terminals", "module", "modules", "bundle", "bundles", "service", "tag", "tags", "tracker",
                 "trackers", "console", "dashboard", "portal", "kiosk", "kiosks", "badge", "badges", "dock", "docks",
                 "cartridge", "cartridges", "holster", "holsters", "floodlight", "floodlights", "spotlight",
                 "spotlights", "keypad", "keypads", "siren", "sirens", "chime", "chimes",
                 # devices as English names their kinds: "a KX-9 controller", "two TH-640 thermal payloads"
                 "controller", "controllers", "microphone", "microphones", "payload", "payloads", "battery", "batteries",
                 "charger", "chargers", "scanner", "scanners", "monitor", "monitors", "headset", "headsets", "receiver",
                 "receivers", "transmitter", "transmitters", "printer", "printers", "laptop", "laptops", "helmet", "helmets",
                 "bracelet", "bracelets", "simulator", "simulators",
                 "robot", "robots", "recorder", "recorders", "projector", "projectors", "router", "routers",
                 # a laboratory's or a clinic's instruments: "the X analyzer", "a Y bench-top analyser"
                 "analyzer", "analyzers", "analyser", "analysers",
                 # field and safety gear: "the X fire shelters", "a case of X headlamps", "two Y portable pumps"
                 "shelter", "shelters", "headlamp", "headlamps", "flashlight", "flashlights", "lantern", "lanterns",
                 "tank", "tanks", "pump", "pumps", "generator", "generators", "respirator", "respirators",
                 # an ambulance's and a rescue crew's equipment: "the X powered cot", "a Y stair chair", "two Z stretchers"
                 "cot", "cots", "stretcher", "stretchers", "gurney", "gurneys", "stair chair", "stair chairs",
                 "defibrillator", "defibrillators", "ventilator", "ventilators",
                 # a hand-held instrument as clinics and crews name it: "the X handheld", "one Y handheld"
                 "handheld", "handhelds",
                 # an identification chip as sold by the hundred: "500 X chips", "the Y microchips"
                 "chip", "chips", "microchip", "microchips"]
# kinds of things sold only under a brand's coined name ("VeriQuick Rapid Tests", "the ZetaPlex Assay"): a test or
# an assay of ordinary words ("the Field Sobriety Test", "a Physical Agility Test") is no product
_SOLD_BRANDED = frozenset({"test", "tests", "assay", "assays"})
# the last word of a street's name, and the words of a postal address's inner part ("Suite 300")
_STREET_ENDS = {"way", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln",
                "parkway", "pkwy", "court", "ct", "place", "pl", "terrace", "circle", "cir", "highway", "hwy", "plaza",
                "square", "trail", "pike", "turnpike", "expressway", "freeway",
                # (British, Irish and Commonwealth street words: after a house number, an address; not the words a
                # counted product may end in too, "3 Harbor View", "2 Sentinel Gate")
                "quay", "wharf", "mews", "close", "crescent", "cres", "parade", "esplanade", "promenade", "embankment",
                "gardens", "grove"}
_ADDRESS_UNITS = {"suite", "ste", "floor", "fl", "room", "rm", "bldg", "building", "apt"}
_NOT_PRODUCT = {
    "i", "we", "you", "the", "a", "an", "our", "your", "my", "this", "that", "these", "those", "it", "if", "and", "or",
    "but", "so", "hi", "hello", "dear", "thanks", "thank", "please", "regards", "best", "cheers", "sent", "from", "to",
    "subject", "re", "fw", "fwd", "cc", "date", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mr", "mrs", "ms", "dr", "street", "st", "avenue", "ave", "road", "rd", "drive",
    "highway", "route", "city", "county", "state", "police", "department", "office", "team", "all", "each", "any",
    "some", "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "new", "free",
    "total", "list", "price", "order", "purchase", "po", "invoice", "quote", "usd", "per", "x", "am", "pm",
    "tracking", "ups", "fedex", "usps", "pdf", "yes", "ok", "okay", "also", "just", "here", "there", "what", "when",
    "where", "how", "why", "who", "let", "happy", "great", "good", "quick", "note", "update", "attached", "first",
    "year", "annual", "month", "day", "week", "inc", "llc",
    # a count of hours or minutes ("24 HR DISPATCH", "a 4 hr minimum", "90 MIN response"): time, no thing counted
    "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "on", "in", "at", "for", "with", "by", "of", "as", "is",
    "not", "now", "then", "they", "he", "she", "his", "her", "their", "them", "us", "me", "honestly", "anyway",
    # a station called by its number and a short form of its kind ("14 Div", "3 Dist", "the 5 Pct"): a place, no count
    "div", "dist", "pct", "stn",
}


# the last word of an event's name ("Acme Summit", "Tarnwick User Conference"): a gathering, not a product
# (not a course sold by the seat: "Tally Bootcamp ... $700 per seat" is a product)
_EVENT_WORDS = {"summit", "summits", "conference", "conferences", "expo", "expos", "symposium", "convention", "gala",
                "luncheon", "roadshow", "meetup"}


# ---------------------------------------------------------------------------------------------- evidence
@dataclass
class _Domain:
    domain: str
    people: Counter = field(default_factory=Counter)  # display names of the domain's people
    sent: int = 0  # messages sent from the domain
    sales: int = 0  # of them, messages that sell
    gives: int = 0  # of them, messages that give ("on us", "my treat", "a gift")
    sales_titles: int = 0
    org_lines: Counter = field(default_factory=Counter)
    unit_lines: Counter = field(default_factory=Counter)
    titled_units: Counter = field(default_factory=Counter)  # units read off a job title after them ("Dispatch Center Manager")
    rank_names: set = field(default_factory=set)  # people of the domain printed with a rank
    territories: Counter = field(default_factory=Counter)  # "| Great Plains" after a job title
    lone_lines: Counter = field(default_factory=Counter)  # a signature line of capitalised words only, no kind said
    # (segment, the segment that ends its line): "Digital Learning Department | Harlow Creek ISD", "Board of Trustees,
    # Harlow Creek ISD": what is printed before an organisation's name on one signature line
    before_org: Counter = field(default_factory=Counter)
    to_domains: Counter = field(default_factory=Counter)  # domains the domain's people wrote to
    from_domains: Counter = field(default_factory=Counter)

    @property
    def pseudo(self) -> bool:
        """No address: the people who sign with one organisation line."""
        return self.domain.startswith(PSEUDO)

    @property
    def tld(self) -> str:
        return "" if self.pseudo else self.domain.rsplit(".", 1)[-1]

    @property
    def label(self) -> str:
        """The registered name: 'cedarfallspd' for mail.cedarfallspd.org, 'lacity' for lapd.lacity.org."""
        if self.pseudo:
            return re.sub(r"[^a-z]", "", self.domain[len(PSEUDO):].lower())
        parts = self.domain.split(".")
        if len(parts) >= 3 and parts[-2] in {"co", "com", "gov", "org", "net", "ac", "ci", "state", "police", "nhs", "gc"} | _GOV_SLDS:
            return parts[-3]
        return parts[-2] if len(parts) >= 2 else parts[0]

    def commercial(self) -> bool:
        if self.pseudo:  # a company's name, not a department's, a town's or an association's
            name = self.domain[len(PSEUDO):]
            return bool(_COMPANY.search(name)) and not _PUBLIC.search(name)
        # (a public body under a country's code: "x.gov.uk", "x.police.uk", "x.nhs.uk", "x.gc.ca", "x.gov.au")
        return self.tld not in _GOV_TLDS and self.domain not in FREE_MAIL and \
            not re.search(r"\.(?:gov|mil|edu|k12|police|nhs|gc|" + "|".join(_GOV_SLDS) + r")\.[a-z]{2}$|\.(?:gov|mil|edu|k12)\.", self.domain)


@dataclass
class Draft:
    """The drafted profile: one dict per YAML file (stem -> data), and what it was drafted from."""

    files: dict[str, Any]
    notes: list[str] = field(default_factory=list)  # what the user should check, one line each
    messages: int = 0

    def profile(self, path: Path | None = None) -> Profile:
        """The draft as a loaded Profile (through the one loader)."""
        return Profile.from_files(self.files, path or Path("<draft>"))


# a Lotus Notes hierarchical name ("Ann Roe/Records/Carver@Carver", "CN=Ann Roe/OU=Records/O=Carver"): its last part
# is the organisation of the Notes directory, which groups its people as an address's domain does
_NOTES_ORG = re.compile(r"^(?:CN=)?[A-Za-z][A-Za-z.'\u2019 -]{0,60}?\s*(?:/(?:OU=|O=)?[A-Za-z][\w&.' -]*)*"
                        r"/(?:O=)?([A-Za-z][\w&.' -]*?)(?:/C=[A-Za-z]{2})?(?:@[A-Za-z][\w-]*)?$")


# "Tamsin from Quillbox", "Tamsin at Quillbox", "Tamsin | Papyrion": the person's part of a display name; the words after
# "from", "at" or a bar name the company or product she writes for, no person
_FROM_COMPANY = re.compile(r"\s+(?:from|at|@|\|)\s+\S.*$")


def _person_part(name: str) -> str:
    name = name.strip()
    cut = _FROM_COMPANY.sub("", name)
    return cut if cut else name


def _notes_key(a) -> str:
    """The Notes organisation of an address printed as a hierarchical name with no Internet address, as a key."""
    raw = " ".join((getattr(a, "raw", "") or "").split())
    if getattr(a, "email", "") or raw.count("/") < 2:
        return ""
    m = _NOTES_ORG.match(raw)
    return f"{PSEUDO}{m.group(1).strip()}" if m else ""


def _domain_of(email: str) -> str:
    email = (email or "").strip().lower().strip("<>.")
    if "@" not in email:
        return ""
    return email.rsplit("@", 1)[1]


def _sig_email_domain(lines) -> str:
    for l in lines:
        m = _EMAIL_RE.search(l.text)
        if m:
            return m.group(1).lower()
    return ""


def _clean_line(text: str) -> str:
    return " ".join(text.replace("\u2013", "-").replace("\u2014", "-").split()).strip(" ,;|")


def _segments(text: str) -> list[str]:
    # a comma before a legal form is part of the name ("Acme Co., Ltd.", "Acme Robotics, Inc.")
    return [s.strip() for s in re.split(r"\s*(?:[|\u2022]|,(?!\s*(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|GmbH|PLC|Pty|Pte)(?!\w)))\s*"
                                         r"|\s+-\s+|\s{3,}", _clean_line(text)) if s.strip()]


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019]*", name) if w.lower() not in {"of", "the", "and", "for", "&"}]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def _rank_forms() -> list[tuple[str, tuple[str, bool, list[str]]]]:
    forms = [(f, r) for r in RANKS for f in r[2]]
    return sorted(forms, key=lambda x: -len(x[0]))


_NAME = r"(?:[A-Z]\.\s?)?[A-Z][a-z'\u2019]+(?:[-\s][A-Z][a-z'\u2019]+){0,2}"


_RANK_WORDS = {w for _, _, forms in RANKS for f in forms for w in f.split()}


def _rank_before_name(text: str, names: set[str]) -> list[str]:
    """Rank forms written right before the name of someone the release's headers name ('Sgt. Okafor',
    'Officer Luis Rios'); a rank before any other word ('Chief Economist', 'Deputy Secretary') is
    not counted. ``names``: the lower-case words of correspondents' names."""
    found = []
    for form, _ in _rank_forms():
        rx = r"(?<![\w.])" + re.escape(form) + (r"\s+" if not form.endswith(".") else r"\s*") + "(" + _NAME + ")"
        for m in re.finditer(rx, text):
            words = re.findall(r"[A-Za-z'\u2019]+", m.group(1))
            if words and words[0] not in _RANK_WORDS and (all(w.lower() in names for w in words if len(w) > 1)
                                                          or _full_name(words, form)):
                found.append(form)
                break
    return found


# rank forms that also start other phrases ("Captain" of a ship, "Major League", "Chief Economist",
# "Deputy Director", "Officer Friendly"): before a name nobody mails, only with a given name the table knows
# the short forms of the ranks ("Lt", "Sgt", "Capt" of "Lt.", "Sgt.", "Capt."), as a capitalised phrase is read without its dot
_RANK_SHORT = frozenset(w.rstrip(".") for w in _RANK_WORDS if w.endswith(".") and "." not in w[:-1])
_AMBIGUOUS_RANKS = {"SA", "SAC", "SSA", "TFO", "Captain", "Capt.", "Capt", "Cpt.", "Major", "Maj.", "Colonel", "Col.", "Chief", "Deputy", "Dep.", "Officer", "Off.",
                    "Commander", "Inspector", "Insp.", "Marshal", "PO", "P.O.", "Police Officer"}


# an office named by the title of the one who heads it is an organisation, not a job title: "the District Attorney's
# Office", "Office of the State Attorney", "the County Clerk's Office", "Office of the Chief Medical Examiner"
_TITLE_OFFICE = re.compile(r"\b(?:Attorney|Attorneys|Attorney General|Clerk|Counsel|Coroner|Examiner|Inspector General|"
                           r"Defender|Solicitor)['\u2019]s Office\b|\bOffice of (?:the )?[A-Z]")


def _full_name(words: list[str], form: str = "") -> bool:
    """A given name and a surname ("Sheriff Noor Vantreight", "Chief Noel Barrow" of someone who writes
    no mail): a rank before it is a rank; not "Major Crimes Unit" or "Deputy Director Hale". After
    a rank form that starts other phrases too, the given name must be one the shared table knows."""
    if len(words) < 2 or len(words) > 3:
        return False
    if (not form or form in _AMBIGUOUS_RANKS) and words[0].lower() not in known_given_names():
        return False
    if not all(re.fullmatch(r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?", w) for w in words):
        return False
    text = " ".join(words)
    return not (_TITLE_WORDS.search(text) or _ORG_SUFFIX.search(text) or _UNIT_RE.search(text)
                or any(w.lower() in _NOT_PRODUCT or w in _RANK_WORDS or w.lower() in HONORIFICS for w in words))


# a public body that answers emergencies: a 911 centre, a communications district, an emergency services agency
_EMERGENCY_BODY = re.compile(r"(?<![\w-])(?:E-?)?911(?![\w-])|\bEmergency\s+(?:Communications|Services|Management)\b"
                             r"|\bCommunications\s+District\b")
_EMERGENCY_NUMBER = re.compile(r"(?<![\w-])(?:E-?)?911(?![\w-])")


def _org_like(seg: str) -> bool:
    words = seg.split()
    if not (2 <= len(words) <= 8) or _TITLE_WORDS.match(seg) or PHONE_RE.search(seg) or _EMAIL_RE.search(seg) or re.search(r"\d{3,}|www\.|https?:", _EMERGENCY_NUMBER.sub("", seg)):
        return False
    # a number designates a unit ("Troop 2", "District 14"), and so does an ordinal ("2nd District", "41st Precinct");
    # the emergency number names a public body ("Lorne County 911", "Metro E-911 Board")
    # (a Quebec company's legal form is written in lower case: "Lumeroc Instruments inc.", "Pellerin ltée")
    caps = sum(1 for w in words if w[:1].isupper() or w in {"of", "the", "and", "&", "for", "de", "inc.", "ltée", "ltee", "enr."}
               or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w) or _EMERGENCY_NUMBER.fullmatch(w))
    return caps == len(words)


# call letters and what the outlet is, a channel's number before or after: "KVLX News 7", "KVLX-TV", "KVLX 7 News"
_AIRED = re.compile(r"([A-Z]{3,5})(?:-TV|-FM|-AM)?(?:\s+\d{1,2})?(?:\s+(?:News|TV|Television|Radio|NewsRadio))(?:\s+\d{1,2})?"
                    r"|([A-Z]{3,5})-(?:TV|FM|AM)")


def _aired_by_label(seg: str, label: str) -> bool:
    """A broadcaster's name whose call letters are the address's label, with or without the channel's number
    ("KVLX News 7" of kvlx7.com or kvlx.com)."""
    m = _AIRED.fullmatch(seg.strip())
    return m is not None and (m.group(1) or m.group(2)).lower() == re.sub(r"[^a-z]", "", label.lower())


def spells_label(seg: str, label: str, *, initials: bool = False) -> bool:
    """Does a signature segment of one to four capitalised words ("of", "the", "and", "&" between) spell an address
    domain's label: "The Harlow Courier" ~ harlowcourier; with ``initials``, the first words in full and the last
    two or more as initials too ("Harlow Family Advocates" ~ harlowfa)."""
    # call letters and a channel, then what the outlet is: "KVLX 7 News" of kvlx7.com, "KVLX Channel 7 News"
    aired = re.fullmatch(r"([A-Z]{3,5})\s+(?:Channel\s+)?(\d{1,2})(?:\s+(?:News|TV|Television|Radio))?", seg)
    if aired and not re.search(r"\s(?:Channel|News|TV|Television|Radio)\b", seg):
        aired = None  # "PCSO 2" alone is no station
    if aired and (aired.group(1) + aired.group(2)).lower() == re.sub(r"[^a-z0-9]", "", label.lower()):
        return True
    if _aired_by_label(seg, label):
        return True
    words = seg.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w in {"of", "the", "and", "&"} for w in words):
        return False
    joined = re.sub(r"[^a-z]", "", re.sub(r"^the\s+", "", seg.lower()))  # "The Harlow Courier" of harlowcourier.com
    raw_label, label = label, re.sub(r"[^a-z]", "", label.lower())
    if len(joined) >= 4 and joined == label:
        return True
    # the words that spell the label and one more word saying what it is: "Calder Peace Collective" of calderpeace.org
    parts = [re.sub(r"[^a-z]", "", w.lower()) for w in re.sub(r"^the\s+", "", seg, flags=re.I).split()]
    if len(label) >= 6 and len(parts) >= 3 and "".join(parts[:-1]) == label and len(parts[-1]) >= 4:
        return True
    # the first words and the last, the words between left out (digits kept): "Brackwood Field K9" of brackwoodk9.com,
    # "Harlow Evening Courier" of harlowcourier.com
    spelled = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in re.sub(r"^the\s+", "", seg, flags=re.I).split()]
    full_label = re.sub(r"[^a-z0-9]", "", raw_label.lower())
    if len(spelled) >= 3 and len(spelled[-1]) >= 2 and any(
            len("".join(spelled[:k])) >= 4 and full_label == "".join(spelled[:k]) + spelled[-1] for k in range(1, len(spelled) - 1)):
        return True
    # the first words and the last clipped, the words between left out: "Corvid Body Cameras" of corvidcam.com
    for k in range(1, len(spelled) - 1):
        head_k = "".join(spelled[:k])
        clip = full_label[len(head_k):]
        if len(spelled) >= 3 and len(head_k) >= 5 and full_label.startswith(head_k) and 3 <= len(clip) < len(spelled[-1]) \
                and clip.isalpha() and spelled[-1].startswith(clip):
            return True
    # every word but the last in full, the last clipped as domains clip it ("aero" of "Aerial", "robo" of "Robotics"):
    # "Kestrel Ridge Aerial" ~ kestrelridgeaero
    head, last = "".join(spelled[:-1]), spelled[-1] if spelled else ""
    rest = full_label[len(head):]
    if len(spelled) >= 2 and len(head) >= 6 and full_label.startswith(head) and 3 <= len(rest) < len(last) \
            and rest.isalpha() and rest[:3] == last[:3]:
        return True
    if not initials:
        return False
    low = [re.sub(r"[^a-z]", "", w.lower()) for w in words if w.lower() not in {"of", "the", "and", "&"}]
    low = [w for w in low if w]
    if len(low) >= 3 and label == "".join(w[0] for w in low):
        return True  # every word as its initial: "Tarn Valley Rowing Club" of tvrc.org.au
    return any(len("".join(low[:k])) >= 4 and label == "".join(low[:k]) + "".join(w[0] for w in low[k:])
               for k in range(1, len(low) - 1))


def _spells_domain(seg: str, D: "_Domain", name_words: set[str]) -> bool:
    """A signature line that spells its sender's address domain is the organisation's name even
    without "Inc." or "Systems": "Quillmark Optics" of quillmarkoptics.com, "Veyra" of veyra.io, "Harlow Family
    Advocates" of harlowfa.org (`spells_label`). Not a person's name (words of correspondents' names) nor a job
    title."""
    if D.pseudo or not seg[:1].isupper() or _TITLE_WORDS.search(seg) or PHONE_RE.search(seg) or _EMAIL_RE.search(seg):
        return False
    if all(w.lower().strip(".,") in name_words for w in seg.split()):  # "Hal Brody" of halbrody.com: a person
        return False
    return spells_label(seg, D.label, initials=True)


def _matches_label(name: str, label: str) -> bool:
    """Does an organisation's name spell its domain's label? 'Northwatch Systems' ~ northwatch,
    'Cedar Falls Police Department' ~ cedarfallspd, 'Cedar County Sheriff's Office' ~ cedarcountyso or ccso."""
    label = re.sub(r"[^a-z]", "", label.lower())
    words = [re.sub(r"[^a-z]", "", w.lower()) for w in name.split()]
    words = [w for w in words if w]
    if len(words) > 1 and words[0] == "the":  # "The Harlow Courier" ~ harlowcourier
        words = words[1:]
    if not label or not words:
        return False
    joined = "".join(words)
    if joined.startswith(label) or label.startswith(joined):
        return True
    for k in range(1, len(words)):  # words spelled out, the rest as initials: cedarfalls + pd
        head, tail = "".join(words[:k]), "".join(w[0] for w in words[k:] if w not in {"of", "the", "and"})
        if label == head + tail or label == head or (label.startswith(head) and len(head) >= 4 and label[len(head):] == tail):
            return True
    initials = "".join(w[0] for w in words if w not in {"of", "the", "and"})
    if label == initials and len(label) >= 2:
        return True
    # the name's first words and a later one, the words between left out: cedargapfire for "Cedar Gap Volunteer Fire
    # District", harlowcourier for "Harlow Evening Courier"
    for k in range(1, len(words) - 1):
        head = "".join(words[:k])
        if len(head) >= 4 and label.startswith(head) and label[len(head):] in words[k + 1:] and len(label) > len(head) + 2:
            return True
    return False


# ---------------------------------------------------------------------------------------------- drafting
def draft_profile(messages: Sequence, *, name: str = AUTO_PROFILE, timezone: str | None = None,
                  source: Iterable[str] = ()) -> Draft:
    """Read ``messages`` (ingested `Message` records) and draft a profile (see the module docstring)."""
    messages = list(messages)
    domains: dict[str, _Domain] = {}
    name_domain: dict[str, Counter] = defaultdict(Counter)  # display name -> domains printed with it
    own_texts: list[tuple[Any, str]] = []

    def dom(d: str) -> _Domain:
        if d not in domains:
            domains[d] = _Domain(d)
        return domains[d]

    shown: set[tuple[str, str]] = set()  # (display name, address) as printed in the headers
    for m in messages:
        for a in [m.sender, *m.to, *m.cc]:
            d = _domain_of(a.email)
            if d and a.name:
                name_domain[_person_part(a.name).lower()][d] += 1
            if a.name:
                shown.add((_person_part(a.name), (a.email or "").strip().lower()))
    # a display name that spells its own address's domain ("Steelgate Simulation" <news@steelgatesim.com>) names the
    # organisation's mailbox, not a person: its words are no person's name words (not when the address's own name
    # holds a word of it: "Hal Tennant" <hal@haltennant.com> is a person with a domain of his own)
    mailbox_names = {n.lower() for n, e in shown if (d := _domain_of(e)) and spells_label(n, _Domain(d).label)
                     and not any(len(w) > 1 and w in e.partition("@")[0] for w in re.findall(r"[a-z]+", n.lower()))}
    # (every printed name's words: those printed with an address are among them)
    name_words = {w for n, _ in shown if n.lower() not in mailbox_names for w in re.findall(r"[a-z'\u2019]+", n.lower())
                  if len(w) > 1}
    name_words -= {"the", "and", "of", "team", "office", "department", "police", "info", "admin", "mail"}
    # each message's sender: an address domain (the header's, the signature's, the one printed with the
    # sender's name elsewhere) or, when the release prints no address (redacted, names only), the
    # organisation line of the signature ("org:Acme Optics Inc."), which groups its people the same way
    read = []
    name_key: dict[str, Counter] = defaultdict(Counter)
    for m in messages:
        body = m.body or ""
        end = own_text_end(body)
        own = body[:end]
        own_texts.append((m, own))
        sig = split_signature(body, signature_end(body))
        d = _domain_of(m.sender.email) or _sig_email_domain(sig.lines) or _notes_key(m.sender)
        if not d and m.sender.name:
            known = name_domain.get(m.sender.name.strip().lower())
            d = known.most_common(1)[0][0] if known else ""
        if not d:
            org = next((seg for l in sig.lines if l.kind not in ("phone", "email", "address", "other")
                        for seg in _segments(_clean_line(l.text))
                        if _ORG_SUFFIX.search(seg) and _org_like(seg) and not _TITLE_WORDS.search(seg)
                        and not _UNIT_RE.search(seg)), "")
            d = f"{PSEUDO}{org}" if org else ""
        if d and m.sender.name:
            name_key[m.sender.name.strip().lower()][d] += 1
        read.append((m, own, sig, d))

    def key_of(a) -> str:
        d = _domain_of(a.email) or _notes_key(a)
        if d:
            return d
        nm = (a.name or "").strip().lower()
        for table in (name_domain, name_key):
            if table.get(nm):
                return table[nm].most_common(1)[0][0]
        return ""

    for m, own, sig, d in read:
        if not d:
            if m.sender.name:
                d = key_of(m.sender)
            if not d:
                continue
        D = dom(d)
        D.sent += 1
        if m.sender.name:
            D.people[m.sender.name.strip()] += 1
        if _SALES_RE.search(own[: sig.start if sig.lines else len(own)]):
            D.sales += 1
        if _GIVING_RE.search(own[: sig.start if sig.lines else len(own)]):
            D.gives += 1
        for a in [*m.to, *m.cc]:
            td = key_of(a)
            if td and td != d:
                D.to_domains[td] += 1
                dom(td).from_domains[d] += 1
        for l in sig.lines:
            if l.kind in ("phone", "email", "address", "other"):
                continue
            text = _clean_line(l.text)
            if _rank_before_name(text, name_words):
                D.rank_names.add(text)
            if _SALES_TITLE.search(text):
                D.sales_titles += 1
            segs = _segments(text)
            if len(segs) >= 2 and _TITLE_WORDS.search(segs[0]) and not _rank_before_name(text, name_words):
                # "Regional Sales Manager | Great Plains": what follows a job title is its territory
                # or department, never a person
                for seg in segs[1:]:
                    if _org_like(seg) and not _TITLE_WORDS.search(seg) and not _ORG_SUFFIX.search(seg) \
                            and not _UNIT_RE.search(seg) and not any(w.lower() in name_words for w in seg.split()):
                        D.territories[seg] += 1
            if len(segs) == 1 and _org_like(text) and not _TITLE_WORDS.search(text) and not _ORG_SUFFIX.search(text) \
                    and not _UNIT_RE.search(text) and not any(w.lower() in name_words for w in text.split()):
                D.lone_lines[text] += 1  # "Community Health Nursing" on a line of its own
            for seg in segs[:-1] if len(segs) >= 2 else []:
                if _org_like(seg) and not _TITLE_WORDS.search(seg) and not _JOB_NOUNS.search(seg) \
                        and not _rank_before_name(seg, name_words) \
                        and not any(w.lower() in name_words for w in seg.split()):
                    D.before_org[(seg, segs[-1])] += 1
            for seg in segs:
                if _UNIT_TITLE.fullmatch(seg):
                    continue  # "Lab Supervisor", "Unit Commander": a job title named by its unit's kind, no unit
                if _rank_before_name(seg, name_words):
                    continue  # "Battalion Chief Ana Ruiz": a rank named by a unit's kind before a person's name
                if (_STATE_BUREAU.search(seg) or _FIRE_SERVICE.search(seg) and not _TITLE_WORDS.search(seg)) \
                        and _org_like(seg):
                    D.org_lines[seg] += 1
                elif (_UNIT_RE.search(seg) or _OFFICE_UNIT.match(seg) or _BUYING_UNIT.fullmatch(seg)
                      or _FUNCTION_UNIT.fullmatch(seg) and not _TITLE_WORDS.search(seg)) and _org_like(seg):
                    if len(_TABLE_HEADINGS & {w.lower().strip(".:") for w in seg.split()}) >= 2:
                        continue  # "Line Description Qty Unit Extended": a table's column headings, no unit
                    unit = _strip_title(seg)
                    D.unit_lines[unit] += 1
                    if seg.startswith(unit + " "):
                        D.titled_units[unit] += 1
                elif _ORG_SUFFIX.search(seg) and _org_like(seg) and (not _TITLE_WORDS.search(seg) or _TITLE_OFFICE.search(seg)):
                    D.org_lines[seg] += 1
                elif _spells_domain(seg, D, name_words):
                    D.org_lines[seg] += 1

    all_text = "\n".join(t for _, t in own_texts)
    notes_keys = {k for m in messages for a in [m.sender, *m.to, *m.cc] if (k := _notes_key(a))}
    # ------------------------------------------------------------------ sides
    agency_score: dict[str, float] = {}
    for d, D in domains.items():
        if d in FREE_MAIL:
            continue
        s = 0.0
        police_evidence = False
        labels = [] if D.pseudo else d.split(".")[:-1]
        if any(_POLICE_WORD.search(p) for p in labels):  # police, sheriff, publicsafety in the domain
            s += 2
            police_evidence = True
        elif any(_POLICE_DOMAIN.search(p) for p in labels):
            # "cedarfallspd", "brookcountyso": a department's abbreviation, on a public domain; on a
            # company's (.com) it is any two letters until a signature or a rank says police
            s += 2 if not D.commercial() else 1
            police_evidence = not D.commercial()
        # (not a company's line on a company's domain: "Keystone Public Safety Supply" sells to police)
        # (nor a body of the police's members: "Port Police Benevolent Association", "Fraternal Order of Police")
        if any(_POLICE_ORG.search(o) and not (D.commercial() and _SUPPLIER.search(o)) and not _MEMBERS_BODY.search(o)
               for o in D.org_lines):
            s += 3
            police_evidence = True
        if len(D.rank_names) >= 1:
            s += min(3, len(D.rank_names))
            if len(D.rank_names) >= 2:
                police_evidence = True
        if D.unit_lines:
            s += 1
        if D.tld in ("gov", "us") or re.search(r"city|county|township|village|borough", D.label):
            s += 1
        seen_in = D.sent + sum(D.from_domains.values())
        if police_evidence and s >= 3 and seen_in >= 2:  # a department written to once is a bystander
            agency_score[d] = s
    agency_domains = sorted(agency_score, key=lambda d: (-agency_score[d], -domains[d].sent, d))

    def seller_to(sides: dict[str, float]) -> str | None:
        """The company that writes to ``sides`` (agency domains) and sells: offers, ships, quotes, invoices."""
        chosen, best = None, 0.0
        for d, D in domains.items():
            if d in sides or not D.commercial() or D.sent < 1:
                continue
            to_agency = sum(n for t, n in D.to_domains.items() if t in sides) + \
                sum(n for t, n in D.from_domains.items() if t in sides)
            if not to_agency:
                continue
            ratio = D.sales / max(1, D.sent)
            titled = D.sales_titles / max(1, D.sent)
            score = ratio + min(1.0, titled) + 0.1 * min(10, D.sales)
            # selling messages, or a selling message from people who sign with sales titles
            # ("Account Manager", "VP of Sales") on most of what they send
            if ((D.sales >= 2 and ratio >= 0.3) or (D.sales >= 1 and titled >= 0.5)) and score > best:
                chosen, best = d, score
        if chosen is None:
            # one company alone writes to the agency more than once and sells in at least one message
            sellers = [d for d, D in domains.items() if d not in sides and D.commercial() and D.sales >= 1
                       and any(t in sides for t in [*D.to_domains, *D.from_domains])]
            if len(sellers) == 1 and domains[sellers[0]].sent >= 2:
                chosen = sellers[0]
        return chosen

    vendor_domain = seller_to(agency_score) if agency_domains else None

    def public_departments() -> dict[str, float]:
        public: dict[str, float] = {}
        for d, D in domains.items():
            # (people known only by a signature's organisation line are no department's: a Notes directory's are)
            # (a municipality's domain under a country's code, no ".gov": "haldencove.ca" whose people sign with the town's
            # own line, "Town of Halden Cove", and no company's line, is no company's)
            if d in FREE_MAIL or (D.pseudo and d not in notes_keys) or \
                    D.commercial() and not (any(_MUNICIPALITY.match(o) for o in D.org_lines)
                                            and not any(_COMPANY.search(o) for o in D.org_lines)):
                continue
            if not any(_PUBLIC_DEPT.search(o) and not _MEMBERS_BODY.search(o) and not _COMPANY.search(o)
                       for o in D.org_lines):
                continue
            s = 2.0 + (1 if D.unit_lines else 0)
            if D.tld in ("gov", "us", "mil") or re.search(r"\.(?:gov|mil|" + "|".join(_GOV_SLDS) + r")\.", d) or \
                    re.search(r"city|county|township|village|borough", D.label) or \
                    any(re.search(_COURT, o) and _JURISDICTION.search(o) for o in D.org_lines) or \
                    any(re.search(r"\b" + _PUBLIC_LIBRARY + r"\b", o) for o in D.org_lines) or \
                    any(re.search(r"\b" + _DEATH_OFFICE + r"(?!\w)", o) for o in D.org_lines) or \
                    any(_MUNICIPALITY.match(o) for o in D.org_lines):
                # (a town's or a city's own line beside the department's, "Town of Halden Cove": a municipality's
                # domain, whatever its ending, as Canada's ".ca" and Britain's ".org.uk" print them)
                # (a county's court on a domain of its own name: "Harlan County Superior Court" of harlancourts.org)
                s += 1
            if s >= 3 and D.sent + sum(D.from_domains.values()) >= 2:
                public[d] = s
        return public

    def sold_to(sides: dict[str, float], *, least: int) -> tuple[str | None, dict[str, float]]:
        """The company that sells to ``sides`` (`seller_to`) and those of them it writes to or hears from at least
        ``least`` times; (None, {}) when no company sells to them."""
        seller = seller_to(sides) if sides else None
        if seller is None:
            return None, {}
        S = domains[seller]
        return seller, {d: sc for d, sc in sides.items() if S.to_domains[d] + S.from_domains[d] >= least}

    if not agency_domains:
        # no law-enforcement side: a public department that a company sells to (a city's transportation or
        # public works department, a county's, a transit or a port authority) is the agency, when its people
        # sign with the department's name on a public domain and the company writes to it and sells; an
        # elected official's office ("Office of Senator ...") is no department, and nothing is drafted
        # unless a seller is found
        seller, buyers = sold_to(public_departments(), least=1)
        if buyers:
            agency_score, vendor_domain = buyers, seller
            agency_domains = sorted(agency_score, key=lambda d: (-agency_score[d], -domains[d].sent, d))
        else:
            # no police and no department named by a word of the lists above: a government's own domain (".gov", ".mil",
            # "...gov.uk") whose people a company writes to and sells to is the buying side, whatever the body's kind (an
            # elections office, a court, a land office nobody listed); an elected official's office stays none
            government = {d: 2.0 for d, D in domains.items()
                          if d not in FREE_MAIL and not D.pseudo and not D.commercial()
                          and (D.tld in ("gov", "mil") or re.search(r"\.(?:gov|mil|" + "|".join(_GOV_SLDS) + r")\.", d))
                          and D.sent + sum(D.from_domains.values()) >= 2
                          and not any(_ELECTED_OFFICE.search(o) for o in D.org_lines)}
            seller, buyers = sold_to(government, least=2)
            if seller is None or not buyers:
                # an elected body's own domain (a council's, a mayor's offices) that a company hosts and gives to
                # ("it's on us", "my treat", "a gift"): the side that receives, the company
                # the giver (a consultant who only quotes and invoices an official's office still draws no side)
                elected = {d: 2.0 for d, D in domains.items()
                           if d not in FREE_MAIL and not D.pseudo and not D.commercial() and d not in government
                           and (D.tld in ("gov", "mil") or re.search(r"\.(?:gov|mil|" + "|".join(_GOV_SLDS) + r")\.", d))
                           and D.sent + sum(D.from_domains.values()) >= 2}
                giver, receivers = sold_to(elected, least=2)
                if giver is not None and receivers and domains[giver].gives >= 1:
                    seller, buyers = giver, receivers
            if seller is not None and buyers:
                S = domains[seller]
                agency_score, vendor_domain = buyers, seller
                agency_domains = sorted(agency_score, key=lambda d: (-(S.to_domains[d] + S.from_domains[d]), -domains[d].sent, d))
    elif vendor_domain:
        # an emergency service the vendor also sells to beside a police agency (a county's 911 district next to a
        # city's police) is a buying side too, its people agency staff (not a county's purchasing department: a buyer's
        # office, no side); the side the vendor writes to most is named first
        S = domains[vendor_domain]
        for d, sc in public_departments().items():
            if d not in agency_score and S.to_domains[d] + S.from_domains[d] >= 2 \
                    and any(_EMERGENCY_BODY.search(o) for o in domains[d].org_lines):
                agency_score[d] = sc
        agency_domains = sorted(agency_score, key=lambda d: (-(S.to_domains[d] + S.from_domains[d]), -agency_score[d],
                                                             -domains[d].sent, d))

    # a second company that sells to the same agency as the vendor does, by the same tests (selling messages, or sales
    # titles on most of what it sends), and writes to or hears from the agency at least twice: a vendor too (an arena's
    # operator beside the ticketing company, a camera maker beside its installer); its people the vendor's side
    also_vendors: set[str] = set()
    if vendor_domain and agency_score:
        for d, D in domains.items():
            if d == vendor_domain or d in agency_score or not D.commercial() or D.sent < 2 or d in FREE_MAIL:
                continue
            if sum(n for t, n in D.to_domains.items() if t in agency_score) + \
                    sum(n for t, n in D.from_domains.items() if t in agency_score) < 2:
                continue
            ratio, titled = D.sales / max(1, D.sent), D.sales_titles / max(1, D.sent)
            if (D.sales >= 2 and ratio >= 0.3) or (D.sales >= 1 and titled >= 0.5):
                also_vendors.add(d)

    # ------------------------------------------------------------------ organisations
    def org_name(D: _Domain) -> str | None:
        if not D.org_lines:
            return None
        if D.domain in agency_score:
            # a city's or a county's shared domain: the police lines its people sign with name the agency
            # ("Marlow Police Department" of cityofmarlow.org), not the city's own ("City of Marlow")
            police = [o for o, n in D.org_lines.items() if _POLICE_ORG.search(o) and n >= 2]
            # (but a public body of its own kind, no city's or county's government, that the domain's people print
            # at least twice as often as its police lines is the agency, its police a unit of it: "Tallow Bay Transit
            # Authority" above "Tallow Bay Transit Police", an airport authority's or a port's police)
            printed = sum(D.org_lines[q] for q in police)
            body = [o for o, n in D.org_lines.items() if not _POLICE_ORG.search(o) and _PUBLIC_DEPT.search(o)
                    and not _MUNICIPALITY.match(o) and not _JURISDICTION.search(o) and not _MEMBERS_BODY.search(o)
                    and not _COMPANY.search(o) and n >= 2 * printed]
            if police:
                return max(body or police, key=lambda o: (D.org_lines[o], len(o)))
        spelled = [o for o in D.org_lines if _matches_label(o, D.label)]
        pool = spelled or [o for o, n in D.org_lines.items() if n >= 2] or list(D.org_lines)
        return max(pool, key=lambda o: (D.org_lines[o], len(o)))

    organizations: list[dict] = []
    domain_entries: dict[str, dict] = {}
    side_lines = {org_name(domains[d]) for d in [vendor_domain, *agency_domains] if d} - {None}
    org_by_domain: dict[str, str] = {}
    for d in sorted(domains, key=lambda d: (-domains[d].sent, d)):
        D = domains[d]
        if d in FREE_MAIL:
            continue
        nm = org_name(D)
        kind = "agency" if d in agency_score else "vendor" if d == vendor_domain or d in also_vendors else "other"
        if kind == "other" and nm is not None and not (_matches_label(nm, D.label) or D.org_lines[nm] >= 2
                                                       or nm in side_lines):
            nm = None  # a line printed once by someone else's domain: too weak to name an organisation
        if kind == "other" and (nm is None or D.pseudo):  # an organisation line of someone without an address:
            continue  # a side is drafted from it, a bystander is not
        if nm is None and kind == "agency":
            nm = _text_names_label(D.label, all_text)  # "Tillman County Sheriff's Office", written in a message, of tillmancountyso.org
        if nm is None and not D.pseudo:
            # a run-together domain its people write out, however cased: "silverpine feed & seed" of silverpinefeedseed.com
            nm = _text_spells_label(D.label, all_text)
        if nm is None:  # a side without an organisation line: its domain's name ("CEDARPD" for cedarpd.org)
            label = next((p for p in d.split(".")[:-1] if _POLICE_DOMAIN.search(p)), "") if kind == "agency" else ""
            nm = label.upper() if label and len(label) <= 6 else (label or D.label).capitalize()
        printed = nm
        nm = LEGAL_FORM.sub("", nm) or nm  # "Corvane Labs, Inc." is named "Corvane Labs", as it is spoken of
        org_by_domain[d] = nm
        if not any(o["name"] == nm for o in organizations):
            aliases = list(dict.fromkeys([*_org_aliases(nm, all_text), *([printed] if printed != nm else [])]))
            if kind == "vendor":
                aliases += [a for a in [_first_word_short(nm, D.label, all_text)] if a and a not in aliases]
            organizations.append({"name": nm, "kind": kind, "aliases": aliases})
        role = {"agency": "officer", "vendor": "vendor_employee"}.get(kind, "other")
        if not D.pseudo:
            domain_entries[d] = {"role": role, "organization": nm}
    # a city's shared domain: a second office its staff sign with ("Larkfield Office of Emergency
    # Services" beside "Larkfield Fire Department"), is an organisation of its own (not a police line: those name the
    # agency); its people work for it, not for the agency (role other, as a city buyer's office)
    for d in agency_domains:
        D = domains[d]
        for o, _n in D.org_lines.most_common():
            nm = LEGAL_FORM.sub("", o) or o
            if nm != org_by_domain.get(d) and _OFFICE_ORG.search(nm) and not _POLICE_ORG.search(nm) \
                    and not any(f["name"] == nm for f in organizations):
                organizations.append({"name": nm, "kind": "other", "aliases": _org_aliases(nm, all_text)})
    # "the Sheriff's Office" with no place before it is the release's own agency (the one that writes most), not
    # every sheriff's office that writes once
    generic: set[str] = set()
    for o in organizations:
        bare = [a for a in o["aliases"] if a in ("Sheriff's Office", "Police Department")]
        o["aliases"] = [a for a in o["aliases"] if a not in generic]
        generic.update(bare)
    vendor_name = org_by_domain.get(vendor_domain) if vendor_domain else None
    agency_name = org_by_domain.get(agency_domains[0]) if agency_domains else None
    # a second domain whose people sign with the vendor's (or the agency's) name is that side's too
    # (a company's old and new domains, a department's two)
    for d, nm in org_by_domain.items():
        side = "vendor_employee" if vendor_name and nm == vendor_name else "officer" if agency_name and nm == agency_name else None
        if side and d in domain_entries and domain_entries[d]["role"] == "other":
            domain_entries[d]["role"] = side
    # a company's parent or subsidiary on a domain of its own, named as the company is with a country or a region
    # after it ("Kestrel Robotics UK" beside "Kestrel Robotics", "Orvane Systems India" beside "Orvane Systems USA"):
    # one corporate group, its people the vendor's staff
    group = _group_stem(vendor_name) if vendor_name else ""
    if group:
        for d, nm in org_by_domain.items():
            if nm != vendor_name and d in domain_entries and domain_entries[d]["role"] == "other" \
                    and domains[d].commercial() and _group_stem(nm) == group:
                domain_entries[d]["role"] = "vendor_employee"
                for o in organizations:
                    if o["name"] == nm and o["kind"] == "other":
                        o["kind"] = "vendor"

    # ------------------------------------------------------------------ units, ranks
    units: dict[str, dict] = {}
    unit_key: dict[str, str] = {}  # "gang and narcotics division" -> the name first seen
    for d in agency_domains:
        agency_forms = sorted({f for o in organizations if o["kind"] == "agency" for f in (o["name"], *o["aliases"]) if f},
                              key=len, reverse=True)
        for u, _n in domains[d].unit_lines.most_common():
            if u in org_by_domain.values() or re.match(r"[A-Za-z]{2,8}:\s", u):
                continue  # the agency itself; "TO: Unit Commanders" (a memo's heading, not a signature line)
            full = u
            for f in agency_forms:  # "Harrowgate PD Gang Suppression Unit": the agency's name, then its unit
                if u.startswith(f + " ") and _UNIT_RE.search(u[len(f) + 1:]):
                    u = u[len(f) + 1:]
                    break
            k = _unit_key(u)
            if k in unit_key:  # "Gang & Narcotics Division" is "Gang and Narcotics Division"
                for form in dict.fromkeys((u, full)):
                    if form != unit_key[k] and form not in units[unit_key[k]]["aliases"]:
                        units[unit_key[k]]["aliases"].append(form)
                continue
            unit_key[k] = u
            units[u] = {"name": u, "kind": _unit_kind(u), "aliases": _unit_aliases(u, all_text)}
            if full != u:
                units[u]["aliases"].append(full)
    # a unit read off a job title ("Dispatch Center" of "Dispatch Center Manager") whose words end the name of the one
    # unit signed on another line ("Bitterbrush Dispatch Center"): that unit, called by its kind
    for u in [u for u in units if any(u in domains[d].titled_units for d in agency_domains)]:
        longer = [v for v in units if v.endswith(" " + u)]
        if len(longer) == 1:
            units[longer[0]]["aliases"] += [a for a in (u, *units[u]["aliases"]) if a not in units[longer[0]]["aliases"]]
            unit_key[_unit_key(u)] = longer[0]
            del units[u]
    # a part of the agency printed before the agency's own name on one signature line of the agency's people ("Digital
    # Learning Department | Harlow Creek ISD", "Board of Trustees, Harlow Creek ISD", "Alder Elementary, Harlow Creek
    # ISD"): a unit of it, whatever its kind of name (not an organisation of its own, nor a company's department)
    # (the agency the release is about, not another public body that also buys: a neighbouring sheriff's "Marine Patrol,
    # Redfern County Sheriff's Office" is how its deputy signs, no unit of the release's agency)
    for d in agency_domains:
        own_forms = {f for o in organizations if o["name"] == agency_name for f in (o["name"], *o["aliases"]) if f}
        for (u, last), _n in domains[d].before_org.most_common():
            k = _unit_key(u)
            if last not in own_forms or u in own_forms or k in unit_key or u in org_by_domain.values() or _COMPANY_UNIT.search(u) \
                    or any(u == o["name"] or u in o["aliases"] for o in organizations):
                continue
            unit_key[k] = u
            units[u] = {"name": u, "kind": _unit_kind(u), "aliases": _unit_aliases(u, all_text)}
    # a unit named with no word of a unit's kind ("Community Health Nursing", "Family Services"): one of the agency's
    # people prints it after their job title ("Program Manager, Community Health Nursing") and another on a line of its
    # own in their signature, where a department's units go (a sales territory is printed after a title, never alone)
    for d in agency_domains:
        D = domains[d]
        for u in sorted(set(D.territories) & set(D.lone_lines)):
            k = _unit_key(u)
            if k in unit_key or u in org_by_domain.values() or _COMPANY_UNIT.search(u):
                continue
            unit_key[k] = u
            units[u] = {"name": u, "kind": _unit_kind(u), "aliases": _unit_aliases(u, all_text)}
    # units the agency's mail names in its text ("lend the Gang Enforcement Unit four cameras", "I'm with
    # the Marine Unit"), not a company's own ("our Sales Division") nor a place's ("School District")
    if agency_domains:
        text_units: Counter = Counter()
        for m, own in own_texts:
            sides = {key_of(a) for a in [m.sender, *m.to, *m.cc]}  # an address, or the one printed elsewhere with the name
            if not sides & set(agency_domains):
                continue
            for tm in _TEXT_UNIT.finditer(own):
                # "the SunMast Solar Unit @ $1,100": the end of a longer name whose first word is a brand's (an inner
                # capital, a digit), a product, not a unit of the agency
                glued = re.search(r"(\S+)[ \t]+$", own[max(0, tm.start() - 40):tm.start()])
                if glued and re.search(r"[a-z][A-Z]|\d", glued.group(1)):
                    continue
                u = " ".join(tm.group(1).split())
                first = u.split()[0]
                if _TABLE_HEADINGS & {w.lower() for w in u.split()[:-1]}:
                    continue  # "Qty Item Unit Price": the headings of a table's columns
                if first.lower() in _NOT_PRODUCT or _SALES_TITLE.search(u) or _COMPANY_UNIT.search(u) \
                        or u in org_by_domain.values() or any(u.lower() in o["name"].lower() for o in organizations):
                    continue
                text_units[u] += 1
        for u, _n in text_units.most_common():
            k = _unit_key(u)
            if k in unit_key or any(k in key or key in k for key in unit_key):
                continue
            unit_key[k] = u
            units[u] = {"name": u, "kind": _unit_kind(u), "aliases": _unit_aliases(u, all_text)}
    ranks: list[dict] = []
    if agency_domains:
        # ranks before names in the text, the signatures, and the agency's header names ("Chief Ron Abbott <...>")
        header_names = "\n".join(sorted({a.name for m in messages for a in [m.sender, *m.to, *m.cc]
                                         if a.name and _domain_of(a.email) in agency_domains}))
        seen = set(_rank_before_name(all_text, name_words)) | {f for D in domains.values() for t in D.rank_names
                                                                for f in _rank_before_name(t, name_words)} | \
            set(_rank_before_name(header_names, name_words))
        for title, sworn, forms in RANKS:
            used = [f for f in forms if f in seen]
            if used:  # the forms seen, and the dotted abbreviations no other word is written as ("Sgt.")
                written = [f for f in forms if f in seen or (f.endswith(".") and f[:-1].isalpha() and len(f) > 3)]
                ranks.append({"title": title, "sworn": sworn, "abbreviations": list(dict.fromkeys([title, *written]))})

    # ------------------------------------------------------------------ products
    people_words = {w.lower() for n in list(name_domain) + [_person_part(p).lower() for D in domains.values() for p in D.people]
                    for w in re.findall(r"[a-z]+", n)}
    taken = {o["name"].lower() for o in organizations} | {a.lower() for o in organizations for a in o["aliases"]} | \
        {u.lower() for u in units}
    # the vendor called by the first word of its name ("the Merel app", "Merel paid the fee" for Merel Rideshare) is the
    # company, never a product of its own, whether or not that word is drafted as the vendor's alias (`_first_word_short`)
    first = vendor_name.split()[0] if vendor_name and len(vendor_name.split()) >= 2 else ""
    if len(first) >= 4 and first.isalpha() and first[0].isupper():
        taken.add(first.lower())
    vendor_short = [vendor_name, *next((o["aliases"] for o in organizations if o["name"] == vendor_name), [])] \
        if vendor_name else []
    vendor_texts = [t for m, t in own_texts if vendor_domain and (_domain_of(m.sender.email) == vendor_domain
                                                                  or vendor_domain in t.lower())]
    products = _draft_products(all_text, vendor_texts, people_words, taken, vendor_short) if vendor_domain else []
    _priced_in_replies(products, own_texts)

    # places that are never people: the agencies' jurisdictions ("Maple Ridge" of "Maple Ridge Police
    # Department") and the territories printed after job titles
    places = {re.sub(r"\s+(?:Police Department|Police Dept\.?|Police|Sheriff'?s Office|Sheriff'?s Department|"
                     r"Sheriff|Department of Public Safety|Public Safety|Marshal'?s Office)$", "", o["name"])
              for o in organizations if o["kind"] == "agency"}
    places = {p for p in places if p and p not in {o["name"] for o in organizations}}
    places |= {t for D in domains.values() for t in D.territories}
    notes = []
    if not agency_domains:
        notes.append("no law-enforcement side nor a public department sold to found: no agency, no vendor, no role "
                     "from domains")
    elif not vendor_domain:
        notes.append("no vendor found: no commercial domain whose people write to the agency and sell")
    files: dict[str, Any] = {
        "profile": {"name": name, "description": _describe(vendor_name, agency_name, len(messages)),
                    "timezone": timezone or DEFAULT_TIMEZONE, "vendor": vendor_name, "agency": agency_name,
                    "drafted_from": [str(s) for s in source]},
        "organizations": {"organizations": organizations},
        "domains": {"domains": domain_entries},
        "units": {"units": list(units.values())},
        "ranks": {"ranks": ranks},
        "products": {"products": products},
        "promo_codes": {"patterns": list(PROMO_SHAPES), "context": list(PROMO_CONTEXT), "window": 15},
        "noise": {"never_person_regex": ["^(?:" + "|".join(re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", p) for p in sorted(places)) + ")$"] if places else []},
    }
    return Draft(files=files, notes=notes, messages=len(messages))


# a country or a region a company names a subsidiary or a branch by ("Kestrel Robotics UK", "... North America")
_REGION_TAIL = re.compile(r"\s+(?:USA|U\.S\.A\.|US|U\.S\.|America|North America|Americas|Canada|UK|Europe|EMEA|India|Asia|"
                          r"Asia Pacific|APAC|Australia|Germany|Japan|Singapore|International|Global)$")


def _group_stem(name: str) -> str:
    """A company's name without its legal form and a country or region after it: what a corporate group's companies
    share ("Orvane Systems" of "Orvane Systems USA Inc." and of "Orvane Systems Pvt. Ltd."); "" for a name of one
    word left (too little to tell a group by)."""
    stem = LEGAL_FORM.sub("", name.strip()) or name.strip()
    stem = _REGION_TAIL.sub("", stem)
    stem = LEGAL_FORM.sub("", stem) or stem
    return stem.lower() if len(stem.split()) >= 2 else ""


def _describe(vendor: str | None, agency: str | None, n: int) -> str:
    sides = " and ".join(x for x in (vendor, agency) if x) or "no vendor or agency found"
    return f"drafted from a release of {n} message(s): {sides}"


def _seen(form: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text))


_LINE_OF_BUSINESS = {"analytics", "systems", "technologies", "technology", "solutions", "labs", "networks", "security",
                     "software", "safety", "robotics", "optics", "devices", "innovations", "industries", "enterprises",
                     "electronics", "imaging", "surveillance", "dynamics", "wireless", "digital",
                     # (sensor and detection makers: "Echoline Sensing", "Marrowby Acoustics", "Quillon Detection")
                     "sensing", "sensors", "acoustics", "detection", "instruments", "communications", "controls",
                     "telematics", "forensics", "vision", "monitoring"}


_AGENCY_NAME_IN_TEXT = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,3}(?:Sheriff's Office|Sheriff\u2019s Office|Police Department))")


def _text_names_label(label: str, text: str) -> str | None:
    """The one police agency's name the release's text writes whose short form spells a domain's label ("Tillman County
    Sheriff's Office" of tillmancountyso.org, "Avon Lake Police Department" of avonlakepd.org), else None."""
    label = re.sub(r"[^a-z]", "", label.lower())
    found = set()
    for x in _AGENCY_NAME_IN_TEXT.finditer(text):
        name = x.group(1).replace("\u2019", "'")
        words = name.split()
        if words[0] in {"The", "Our", "Your", "Their", "Dear", "Hi", "Hello"}:
            words = words[1:]
            name = " ".join(words)
        place, kind = (name[: -len(" Sheriff's Office")], "so") if name.endswith("Sheriff's Office") else (
            name[: -len(" Police Department")], "pd")
        if place and re.sub(r"[^a-z]", "", place.lower()) + kind == label:
            found.add(name)
    return found.pop() if len(found) == 1 else None


_SPELL_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?|&")
_CONNECTORS = {"&", "and"}


def _text_spells_label(label: str, text: str) -> str | None:
    """The one name of two to five words, on one line of the release's text and in any case, whose letters spell a
    run-together domain label: "silverpine feed & seed" of silverpinefeedseed.com, as "Silverpine Feed & Seed" (the
    words capitalised when the text writes them in lower case only, as phone-typed mail does). None when the label is
    short, nothing spells it, or two different names do."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    if len(label) < 8:
        return None
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        toks = _SPELL_TOKEN.findall(line)
        for i, first in enumerate(toks):
            if first.lower() in _CONNECTORS:
                continue
            letters = ""
            for j in range(i, min(i + 5, len(toks))):
                w = toks[j]
                if w.lower() not in _CONNECTORS:
                    letters += re.sub(r"[^a-z0-9]", "", w.lower())
                if not label.startswith(letters):
                    break
                if letters == label and j > i and w.lower() not in _CONNECTORS:
                    words = toks[i:j + 1]
                    found.setdefault(" ".join(words).lower(), []).append(" ".join(words))
                    break
    if len(found) != 1:
        return None
    forms = next(iter(found.values()))
    cased = [f for f in forms if all(w[:1].isupper() or w.lower() in _CONNECTORS for w in f.split())]
    if cased:
        return _completed_name(cased[0], text)
    return " ".join(w if w.lower() in _CONNECTORS else w[:1].upper() + w[1:] for w in forms[0].split())


def _completed_name(name: str, text: str) -> str:
    """A name a domain spells only the head of ("Halvorsen Field" of halvorsenfield.com), completed by the one
    capitalised word the release writes after it every time, twice or more ("Halvorsen Field Outfitters")."""
    after = [m.group(1) for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])[ \t]*([\w&'-]*)", text)]
    if len(after) >= 2 and len(set(after)) == 1 and re.fullmatch(r"[A-Z][a-z]{2,}", after[0]) \
            and after[0].lower() not in _CONNECTORS:
        return f"{name} {after[0]}"
    return name


def _org_aliases(name: str, text: str) -> list[str]:
    out = []
    acr = _acronym(name)
    if len(acr) >= 3 and _seen(acr, text):  # two letters are too often something else ("US", "DC")
        out.append(acr)
    short = _LEGAL_SUFFIX.sub("", name).strip(" ,")
    if short and short != name and _seen(short, text):
        out.append(short)
    # "Corvane" of "Corvane Analytics, Inc.": a company's own word before a generic line of business, written alone
    # ("Corvane will cover", "Corvane Insight"), is its short form
    words = (short or name).split()
    if len(words) >= 2 and all(w.lower() in _LINE_OF_BUSINESS for w in words[1:]) and words[0][:1].isupper() and \
            len(words[0]) >= 4 and re.search(r"(?<![\w-])" + re.escape(words[0]) + r"(?![\w-])(?!\s+" + re.escape(words[1]) + ")", text):
        out.append(words[0])
    # "Dunmore Bros." and "Dunmore Bros" of "Dunmore Bros. Hauling & Storage", "Pell & Sons" of "Pell & Sons Roofing": a
    # family firm called by its family and the kin word, its line of business left off
    kin = re.match(r"(.+?\s(?:Bros\.?|Brothers|(?:&|and)\s+Sons?))\s+\S", name)
    if kin:
        base = kin.group(1).rstrip(".")
        out += [f for f in dict.fromkeys((base, base + "." if base.endswith("Bros") else base)) if _seen(f, text)]
    for long, abbr in (("Police Department", "PD"), ("Police Department", "Police Dept."), ("Sheriff's Office", "SO"),
                       ("Police Department", "Police"), ("Volunteer Fire Company", "VFC"),
                       ("Volunteer Fire Department", "VFD")):
        if name.endswith(long):
            cand = name[: -len(long)] + abbr
            if _seen(cand, text):
                out.append(cand)
    m = re.match(r"(.+?)\s+(Police Department|Sheriff's Office)$", name)
    if m and _seen("the " + m.group(2), text.replace("The ", "the ")) and m.group(2) == "Sheriff's Office":
        out.append(m.group(2))
    return list(dict.fromkeys(a for a in out if a != name))


def _first_word_short(name: str, label: str, text: str) -> str | None:
    """The vendor called by the first word of its name ("Halcyon would be delighted", "which Halcyon paid" for
    Halcyon Guard Systems at halcyonguard.com), written alone, capitalised, after a lower-case word (not at a
    sentence's start), twice or more. Not when the domain is the word itself (halcyon.com): tried, it made a product of
    a course printed after the word, of no price, and lost gifts of its seats in a release not written from."""
    words = name.split()
    first = words[0] if len(words) >= 2 else ""
    if len(first) < 4 or not first.isalpha() or not first[0].isupper() or not label.lower().startswith(first.lower()) \
            or label.lower() == first.lower():
        return None
    alone = re.findall(r"(?<=[a-z,] )" + re.escape(first) + r"(?![\w-])(?!\s+" + re.escape(words[1]) + r"\b)", text)
    return first if len(alone) >= 2 else None


def _strip_title(seg: str) -> str:
    """A unit's name without the title before it ('Commander Patrol Division') or the staff after it
    ('Harbor Area Detectives')."""
    words = seg.split()
    while len(words) > 2 and _TITLE_WORDS.fullmatch(words[0].strip(",")):
        words = words[1:]
    while len(words) > 2 and re.fullmatch(r"Detectives|Officers|Investigators|Deputies|Staff|Personnel|Command",
                                          words[-1]) and _UNIT_RE.search(" ".join(words[:-1])):
        words = words[:-1]
    # "Aviation Unit Supervisor", "Patrol Division Commander": a job title after the unit's own word (OCR's "rn" for
    # "m" read as the "m" it stands for: "North District Cornmander")
    while len(words) > 2 and (_TITLE_WORDS.fullmatch(words[-1]) or _TITLE_WORDS.fullmatch(words[-1].replace("rn", "m"))) \
            and _UNIT_RE.fullmatch(words[-2]):
        words = words[:-1]
    return " ".join(words)


# the letter groups OCR reads one letter as ("Cornmunity" for "Community", "Fielcl" for "Field")
_OCR_UNIT_LETTERS = (("rri", "m"), ("rn", "m"), ("cl", "d"))


def _unit_key(name: str) -> str:
    """One key for the spellings of one unit: "&" and "and", any case, OCR's letter groups read as the letter they
    misread (the form printed most often, met first, names the unit; the others are its aliases)."""
    k = re.sub(r"\s*&\s*", " and ", name).lower()
    for a, b in _OCR_UNIT_LETTERS:
        k = k.replace(a, b)
    return k


def _unit_kind(name: str) -> str:
    if re.search(r"\bBureau\b", name):
        return "bureau"
    if re.search(r"\b(?:Precinct|District|Station|Substation|Area|Troop|Barracks)\b", name):
        return "area"
    if re.search(r"\b(?:Unit|Squad|Task Force|Section|Detail|Lab|Laboratory)\b", name):
        return "unit"
    return "division"


# the short forms of a kind of organisation ("Easton PD", "Lake County SO"): after a name, never a unit's initials
_ORG_KIND_SHORT = frozenset({"PD", "SO", "FD", "VFD", "VFC", "HOA", "PTA", "DA"})


_UNIT_ABBREVIATIONS = {"Division": ("Div.", "Div"), "Department": ("Dept.", "Dept"), "Bureau": ("Bur.",),
                       "Section": ("Sect.", "Sec."), "District": ("Dist.",)}


def _unit_aliases(name: str, text: str) -> list[str]:
    out = []
    acr = _acronym(name)
    # ("PD" of "Patrol Division" written only as the end of an organisation's name, "CPISD PD": that organisation's)
    if len(acr) >= 2 and _seen(acr, text) and not (acr in _ORG_KIND_SHORT and all(
            re.search(r"[A-Z][\w'-]*\s+$", text[max(0, m.start() - 40):m.start()])
            for m in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", text))):
        out.append(acr)
    words = name.split()
    # "SAR team" of "Search and Rescue Team", "K9 Unit"...: the initials of the words before the unit word ("and" counted)
    # and the unit word, in either case
    if len(words) >= 3 and _UNIT_RE.fullmatch(words[-1]):
        lead = [w for w in words[:-1] if w.lower() not in {"of", "the", "&"}]
        init = "".join(w[0].upper() for w in lead)
        for cand in (f"{init} {words[-1]}", f"{init} {words[-1].lower()}"):
            if len(init) >= 2 and cand != acr and _seen(cand, text):
                out.append(cand)
    # "K-9 Unit" written "the K-9 guys", "SWAT Team" written "SWAT": a lead that is one coined word (capitals, a digit or a
    # hyphen, never an ordinary word such as "Patrol") written alone, without its unit word
    if len(words) == 2 and _UNIT_RE.fullmatch(words[-1]) and re.fullmatch(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*", words[0]) \
            and len(words[0]) >= 2 and words[0] != acr and _seen(words[0], text):
        out.append(words[0])
    # "Patrol Div." of "Patrol Division", "Records Sect." of "Records Section": the unit word cut short, as signatures
    # typed on a phone print it
    if len(words) >= 2 and words[-1] in _UNIT_ABBREVIATIONS:
        for short in _UNIT_ABBREVIATIONS[words[-1]]:
            cand = " ".join(words[:-1] + [short])
            if re.search(r"(?<![\w-])" + re.escape(cand) + r"(?!\w)", text):
                out.append(cand)
    # "Patrol Division North" is also written "Patrol North": the unit word between two words
    for i in range(1, len(words) - 1):
        if _UNIT_RE.fullmatch(words[i]):
            cand = " ".join(words[:i] + words[i + 1:])
            if _seen(cand, text):
                out.append(cand)
    return list(dict.fromkeys(out))


def _money(s: str, cents: str | None = None) -> float:
    return float(s.replace(",", "")) + (float("0." + cents) if cents else 0.0)


# a capitalised word of a name: "Beacon", "SkyHawk" (inner capitals), "IDVault" (an initialism glued to a word), "PW-1", "V7", "LPR",
# "Q-Vault" (one capital hyphened to a word); after the first, a model
# number ("SkyHawk 2"), not a count of something ("2 units", "3 days")
# units of measure printed in capitals after a number ("10 TB", "4 GB", "12 MP")
# a month's name cut to three or four letters, as military-style dates print it ("12 MAR 2025", "03 SEPT")
_MONTH_SHORT = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_MEASURES = frozenset({"kb", "mb", "gb", "tb", "pb", "ghz", "mhz", "mah", "mp", "fps", "kbps", "mbps", "gbps"})
# a capitalised word, also a brand's camel case ending in a short acronym or one capital ("TallyID", "CaseIQ", "VisionAI", "PulseQ")
_CAP_WORD = r"(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*(?:[A-Z]{1,3}(?![A-Za-z]))?(?:-[A-Za-z0-9]+)*|[A-Z]-[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*|[A-Z]{1,4}[A-Z][a-z]+(?:[A-Z][a-z0-9]+)*|[A-Z]{1,6}(?:-[A-Z0-9]+)+|[A-Z]{1,4}\d[A-Za-z0-9]*|[A-Z]{2,6}s?)"
_MODEL_NO = r"\d{1,3}[A-Za-z]?(?![\d,.]|\s*(?:%|x\b|days?\b|weeks?\b|months?\b|years?\b|units?\b|pieces?\b|hours?\b|times\b|of\b|[ap]m\b))"
# a one-letter model name after a name ("Heron K", "Wren T"): a capital other than "I" and "A", not an initial ("K.")
_MODEL_LETTER = r"[B-HJ-Z](?![\w.'\u2019&-])"
_CAP_PHRASE = re.compile(r"(?<![\w$@./-])(" + _CAP_WORD + r"(?:\s(?:" + _CAP_WORD + "|" + _MODEL_NO + "|" + _MODEL_LETTER
                         + r")){0,4})(?![\w@-])")


@functools.lru_cache(maxsize=1)
def _singular(word: str) -> str:
    if re.fullmatch(r"[A-Z]{2,6}s", word):
        return word[:-1]
    if len(word) >= 3 and word.endswith("s") and not word.endswith("ss") and not word.endswith("us"):
        return word[:-1]
    return word


def _one_noun(noun: str) -> str:
    """A kind noun in the singular: "batteries" -> "battery", "cases" -> "case", "cameras" -> "camera"."""
    if noun.endswith("ies") and len(noun) > 4 and noun != "series":
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# kinds of thing that are a part or an accessory of the product they follow ("X2 batteries", "the X2 charger")
_ACCESSORY_NOUNS = frozenset({"battery", "charger", "case", "mount", "bracket", "cable", "strap", "propeller", "cartridge",
                              "adapter", "cover", "holster", "refill", "spare", "lens", "filter", "blade"})


_PLACE_BEFORE = re.compile(r"\b(?:from|in|near|outside|outside of)\s+$", re.I)


def _draft_products(text: str, vendor_texts: list[str], people_words: set[str], taken: set[str],
                    vendor_names: list[str]) -> list[dict]:
    """Capitalised names the release counts, sells or prices: [{name, unit_price_usd, aliases}].

    A name is a product when, twice or more, it is counted ("4 X", "two of the X", "10 x X"),
    followed by a kind of thing sold ("the X doorbell", "an X seat"), ends in one ("a Y Hub"),
    follows the vendor's name ("Acme X"), is priced on its line ("X ... 3 x $650", "X (normally
    $179)"), or is joined by "and" to a name that is already a product ("a Z and a Chime")."""
    prefixes = sorted({v for v in vendor_names if v}, key=len, reverse=True)
    qty = r"(?:\d{1,4}(?:\s*\(\d+\))?|" + "|".join(_NUMBER_WORDS) + r")"
    # (consumables are counted by their packs: "30 boxes X cartridges", "6 cases of X strips", "a box of X")
    qty_before = re.compile(r"(?<![\w$.,])" + qty + r"\s*(?:x\s+|more\s+|extra\s+|new\s+|of\s+(?:the|our|those|these)\s+"
                            r"|(?:box(?:es)?|cases?|packs?|cartons?|pallets?)\s+(?:of\s+)?)?$", re.I)
    # "4 | X | $450": a table row's quantity column (not the end of a phone number, "Desk 555-0104 | Cell ...", nor of
    # one written in groups of digits, "Tel. +1 720 555 0148 | Mobile ...")
    qty_column = re.compile(r"(?<![\w$.,-])(?<!\d\s)" + qty + r"\s*\|\s*$", re.I)
    # "the X camera", and "a X dash cam", "X body cameras": a kind of thing sold after one lower-case word of its kind
    # (the lower-case word may be hyphenated: "the X bench-top analyzer", "an X all-weather camera"; or a number hyphened
    # to a word, as sizes and counts of a model are written: "X 12-panel kits", "an X 4-channel recorder")
    noun_after = re.compile(r"\s+(?:(?:[a-z]{3,}|\d{1,3})(?:-[a-z]{2,})?[ -])?(" + "|".join(PRODUCT_NOUNS) + r")\b")
    lines = _unwrap(text)
    # the words that end a street's or a place's name ("Way", "Road", "Gulch"): after a house number, an address
    street_ends = _STREET_ENDS | not_person_words().get("place_last_words", frozenset())
    # a last word that ends in "s" is a plural only when the release also writes it without the "s" ("4 Beacons"
    # beside "a Beacon") or it is a kind of thing sold ("Kiosks"); "NeighborLens", "Atlas" never written
    # "NeighborLen", "Atla" keep their "s"
    written = set(re.findall(r"[A-Za-z0-9]+", text))

    def singular(w: str) -> str:
        if re.fullmatch(r"\d{1,3}s", w):
            return w[:-1]  # "three Doorbell 2s": more than one of the model "Doorbell 2"
        one = _singular(w)
        # a kind of thing sold ("Kiosks", "Sensors") is a plural whatever else the release writes
        return one if one == w or one in written or one.lower() in PRODUCT_NOUNS else w

    # the company's name as the last field of a signature's line, after a job title ("Regional Sales Manager | Acme
    # Imaging", "Co-founder & CEO, Acme Imaging"): what its people work for, not a thing it sells
    signed_as = {x.group(2).lower() for x in re.finditer(r"^([^\n]{2,60}?)(?:[ \t]*\|[ \t]*|,[ \t]+)([A-Z][\w&' -]{2,50}?)[ \t]*$",
                                                        text, re.M) if _TITLE_WORDS.search(x.group(1))}
    # a vendor's event named by its year and called a conference ("Acme Connect 2025, our user conference", "Acme Forum
    # 2026. The conference will be held ..."): a gathering, not a thing sold
    events = {x.group(1).lower() for x in re.finditer(r"(?<![\w-])([A-Z][\w-]+)[ \t]+(?:19|20)\d\d\b(?=[^.\n]{0,3}"
                                                      r"(?:\.\s+)?[^.\n]{0,40}?\b(?:conference|summit|convention|expo|symposium)\b)",
                                                      text)}
    mentions_at: list[tuple[str, str, str, int, int, int]] = []  # (key, phrase, prefix, line no, start, ctx)
    listed: set[str] = set()  # names printed as the item of a price list, at the start of a line
    listed_lines: dict[int, str] = {}  # line number -> the price-list item printed at its start
    nouns: dict[str, Counter] = defaultdict(Counter)
    taken_stems = {re.sub(r"s$", "", t) for t in taken}
    for li, line in enumerate(lines):
        for m in _CAP_PHRASE.finditer(line):
            phrase = m.group(1)
            # "40 Vigil Doorbell 2 units": counted before the name, the number after it is its model number, not
            # a second count (`_MODEL_NO` leaves a number before "units" out of a name)
            end = m.end()
            model = re.match(r" (\d{1,3}[A-Za-z]?) units?\b", line[end:])
            if model and qty_before.search(line[: m.start()]) and re.search(
                    r"(?<![\w-])" + re.escape(phrase) + " " + model.group(1) + r"s?(?!\s*units?\b)(?![\w,.-])", text):
                phrase += " " + model.group(1)
                end += len(model.group(1)) + 1
            prefix = ""
            for v in prefixes:  # a vendor-name prefix ("Acme Beacon") is kept as an alias of what follows
                if phrase.startswith(v + " ") and len(phrase) > len(v) + 1:
                    prefix, phrase = v, phrase[len(v) + 1:]
                    break
            words = phrase.split()
            # "The Tarnwick holster ...": a capitalised article opening a sentence is no part of the name (what
            # follows it counts only when its context says product: the sentence start is kept below)
            opened = len(words) > 1 and words[0] in ("The", "Our", "Your") and not prefix
            if opened:
                words, phrase = words[1:], " ".join(words[1:])
            if not words or words[0].lower() in _NOT_PRODUCT or phrase.lower() in taken or \
                    (prefix and re.sub(r"s$", "", f"{prefix} {phrase}".lower()) in taken_stems):
                continue
            if any(w.lower() in people_words for w in words) or any(phrase.lower() == v.lower() for v in prefixes):
                continue
            if len(words) == 1 and not prefix and words[0] in _RANK_SHORT:
                continue  # "Lt", "Capt" of an expense table's "Lt. Sandoval", "Capt. Ruel": a rank, no thing sold
            if len(words) == 1 and words[0].lower() in _MEASURES:
                continue  # "a 10 TB tier", "a 12 MP sensor": a unit of measure, not a thing sold
            if len(words) == 1 and words[0].lower().rstrip(".") in _MONTH_SHORT:
                continue  # "12 MAR 2025", "the 24-28 MAR class": a date written the military way, no count of a thing
            if words[-1].lower() in _EVENT_WORDS or (len(words) == 1 and words[0].lower() in events):
                continue  # "Acme Summit", "Tarnwick User Conference": the vendor's event, not a thing it sells
            if any(phrase.lower().endswith(" " + t) for t in taken if " " in t):
                continue  # "TCSO Aviation Unit": a unit (or an organisation) of the release after a short form, no product
            if any(t.endswith(" " + phrase.lower()) and (line[: m.start()] + phrase).lower().endswith(t) for t in taken):
                continue  # "Technology Unit" of "Training & Technology Unit": the end of a unit's name cut at its "&"
            if len(words) > 1 and _unit_kind(phrase) != "division" and any(t.endswith(" " + phrase.lower()) for t in taken):
                continue  # "the Crash Unit" of the "Major Crash Unit": a unit called by the end of its name, no product
            if prefix and _LEGAL_SUFFIX.fullmatch(" " + phrase):
                continue  # "Veritrek Systems Inc": the vendor's own name, not a product of it
            if prefix and f"{prefix} {phrase}".lower() in signed_as:
                continue  # "Account Executive | Acme Robotics": the vendor's whole name as its people sign it, no product
            if prefix and any(v.lower().startswith(f"{prefix} {phrase} ".lower()) for v in prefixes):
                continue  # "Halvard Plumbing" of "Halvard Plumbing & Drain": the vendor's name cut short, no product
            key = " ".join(singular(w) if i == len(words) - 1 else w for i, w in enumerate(words))
            before, after = line[: m.start()], line[end:]
            # a postal address ("1200 Orchard Way, Suite 300"): a street after its house number, a suite or floor, a town
            # and its state before the ZIP code ("Austin, TX 78701", "Elm Falls TX 76301")
            if re.match(r",?\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?(?![\d-])", after) or \
                    (re.fullmatch(r"[A-Z]{2}", words[-1]) and re.match(r"\s+\d{5}(?:-\d{4})?(?![\d-])", after)):
                continue
            if (words[-1].lower().rstrip(".") in street_ends and re.search(r"(?<![\d,.$])\d{1,6}[A-Za-z]?\s+$", before)) or \
                    (words[0].lower().rstrip(".") in _ADDRESS_UNITS and re.match(r"\s*#?\d", after)):
                continue
            ctx = 0
            # (a suite's or a floor's number before a "|" is an address, not a table's quantity column)
            if (qty_before.search(before) or (qty_column.search(before) and not re.search(
                    r"\b(?:" + "|".join(_ADDRESS_UNITS) + r")\.?\s*#?\d+\s*\|\s*$", before, re.I))) \
                    and not re.search(r"\$\s?[\d,]*\s*$", before):
                ctx += 1
            nm = noun_after.match(after)
            if nm:
                ctx += 1
                noun = nm.group(1)
                nouns[key][_one_noun(noun)] += 1
            if prefix:
                ctx += 1
            # "sign up for X", "subscribe to X", "a subscription to X": a service the vendor sells; "download X",
            # "install X": an app
            if re.search(r"\b(?:sign(?:s|ed|ing)?\s+up\s+for|subscrib(?:e|es|ed|ing)\s+to|subscriptions?\s+(?:to|of)|"
                         r"download(?:s|ed|ing)?|install(?:s|ed|ing)?)"
                         r"\s+(?:the\s+)?$", before, re.I):
                ctx += 1
            # how a thing sold is spoken of: a discount off it ("15% off the X", "20 percent off any X"), time of it sold
            # or given ("a free year of X", "the first month of X"), a trial of it ("a pilot of X"; "the X demo" of a
            # coined name only: "the Lathrop trial" is a court's)
            if re.search(r"\b\d{1,2}\s*(?:%|percent)\s+off\s+(?:the\s+|an?\s+|any\s+|every\s+|your\s+|our\s+)?"
                         r"(?:(?:first|next)\s+(?:months?|years?)\s+of\s+)?$", before, re.I) or \
                    re.search(r"\b(?:an?|one|another|first|second|third|full|free|extra|\d{1,2})\s+(?:free\s+|full\s+|more\s+)?"
                              r"(?:years?|months?)\s+of\s+$", before, re.I) or \
                    re.search(r"\b(?:pilot|trial|demo|evaluation)\s+of\s+(?:the\s+|our\s+)?$", before, re.I) or \
                    (_coined(phrase) and re.match(r"\s+(?:pilot|trial|demo|evaluation)\b", after)):
                ctx += 1
            # how software is spoken of, under a coined name: its outage, its onboarding, a switch to it ("the X outage",
            # "the X onboarding call", "we switched to X", "go live on X")
            if _coined(phrase) and (
                    re.match(r"\s+(?:outages?|downtime|onboarding|logins?|rollout|roll-out|go-live|upgrade|migration|"
                             r"implementation)\b", after) or
                    re.search(r"\b(?:switch(?:ed|ing)?\s+(?:over\s+)?to|migrat(?:e|ed|ing)\s+to|mov(?:e|ed|ing)\s+(?:over\s+)?to|"
                              r"go(?:es|ing)?\s+live\s+(?:on|with)|went\s+live\s+(?:on|with)|start(?:ed|ing)?\s+on)"
                              r"\s+(?:the\s+)?$", before, re.I)):
                ctx += 1
            if words[-1].lower() in PRODUCT_NOUNS and len(words) > 1:  # "a Sentinel Hub", "the Orbit Camera"
                ctx += 1
            elif words[-1].lower() in _SOLD_REGISTRY and len(words) > 1 and _coined(" ".join(words[:-1])):
                ctx += 1  # "the BrookLens Registry": a registry a brand sells (not "the Offender Registry")
            elif words[-1].lower() in _SOLD_BRANDED and len(words) > 1 and _coined(words[0]):
                ctx += 1  # "VeriQuick Rapid Tests": a test a brand sells (not "the Field Sobriety Test")
            # "X, our evidence-management subscription, ...": an appositive that says what kind of thing it is
            if re.match(r",\s+(?:our|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(PRODUCT_NOUNS) + r")\b", after):
                ctx += 1
            # "X runs $1,800 a year", "X lists at $649", "X costs $59": priced in a sentence of its own
            elif re.match(r"\s+(?:normally\s+|currently\s+|usually\s+|only\s+|just\s+)?(?:runs|costs|lists (?:at|for)|"
                          r"retails (?:at|for)|sells for|is priced at|goes for)\s+" + _MONEY, after):
                ctx += 1
            # "The X case has a built-in strap and lists at $89": priced later in its own clause (lower-case words between)
            elif re.match(r"(?:\s+[a-z][\w-]*,?){1,8}?\s+(?:lists (?:at|for)|retails (?:at|for)|is priced at)\s+" + _MONEY, after):
                ctx += 1
            # "List price on the X is $18,500", "the retail price of an X is $89": its price named before it
            elif re.search(r"\b(?:list|retail|sticker|full)\s+price\s+(?:on|of|for)\s+(?:the\s+|an?\s+|our\s+)?$", before, re.I) \
                    and re.match(r"\s+is\s+(?:normally\s+|usually\s+|about\s+|around\s+)?" + _MONEY, after):
                ctx += 1
            if re.fullmatch(r"\s*(?:>\s*)*[-*\u2022]\s+", before) and len(re.findall(_MONEY, after)) == 1:
                ctx += 2  # the item of a price list: "- X Course (three days): $950 per seat"
                listed.add(key)
                listed_lines.setdefault(li, key)
            elif not before.strip() and len(re.findall(_MONEY, after)) == 1 and \
                    re.match(r"(?:\s+[a-z][a-z-]+){0,3}\s*(?:\([^()$]*\)\s*)?(?:[-\u2013\u2014]|:|\.{3,}|(?:\.\s){3,})\s*" + _MONEY,
                             after):
                # the same item printed without its bullet: "X Holster (left or right) - $95", or with leader dots to
                # its price: "X Holster ........ $95", or a lower-case word or three saying what it is: "X rover - $2,300"
                ctx += 2
                listed.add(key)
                listed_lines.setdefault(li, key)
            # the item of a price list run into a sentence: "our prices: X, $950 per seat; Y camera, $4,100; ..."
            elif (re.search(r";\s*$", before) or (re.search(r":\s*$", before) and ";" in after)) and \
                    re.match(r"(?:\s+[a-z][\w-]*)?\s*(?:,|:|\s[-\u2013\u2014])\s*" + _MONEY + r"[^;$]*?(?:;|\.(?:\s|$)|$)", after):
                ctx += 2
            # "3 x $650", and an order's or a quote's line "X (NIJ IIIA), qty 2 @ $1,450.00": a count at a price each
            if re.match(r"[^$\n]{0,40}?\b(?:\d+\s*x|(?i:qty|quantity)\.?:?\s*\d+\s*(?:@|x|at)?|\d+\s*@)\s*" + _MONEY, after) or \
                    re.match(r"\s*\(\s*(?:normally\s+|usually\s+|regularly\s+|list(?:\s+price)?:?\s+|retail(?:\s+price)?:?\s+|"
                             r"rrp:?\s+|msrp:?\s+)?" + _MONEY, after, re.I):
                ctx += 1
            sentence_start = not before.strip() or bool(re.search(r"[.!?:]\s+$", before))
            if sentence_start and not ctx:
                continue
            mentions_at.append((key, phrase, prefix, li, m.start(), ctx))
    # "one SkyTally HD camera", "a Merrow GPS tracker": an acronym between a brand and a kind of thing sold says what kind
    # of thing it is, when the release also writes the brand alone ("the SkyTally goes back on Friday"); the mention is
    # the brand's (a model named by its letters, "Kestrel XR", is never written without them)
    alone = Counter(k for k, *_ in mentions_at)
    for i, (k, phrase, prefix, li, start, c) in enumerate(mentions_at):
        ws = k.split()
        if len(ws) >= 2 and re.fullmatch(r"[A-Z]{2,5}", ws[-1]) and nouns.get(k) and alone[" ".join(ws[:-1])]:
            short = " ".join(ws[:-1])
            nouns[short].update(nouns.pop(k))
            mentions_at[i] = (short, phrase.rsplit(" ", 1)[0], prefix, li, start, c)
    # a name written only after a preposition of place ("airfare from Sacramento ($412)", "the course in Fresno
    # (normally $650/seat)"): a town, whatever amount follows it
    placed: dict[str, bool] = {}
    for k, _phrase, prefix, li, start, _c in mentions_at:
        placed[k] = placed.get(k, True) and not prefix and not _coined(k) and bool(_PLACE_BEFORE.search(lines[li][:start]))
    mentions: Counter = Counter(k for k, *_ in mentions_at)
    context: Counter = Counter()
    for k, _, _, _, _, c in mentions_at:
        context[k] += c
    cands = {k for k in mentions if context[k] >= 2 and mentions[k] >= 2 and not placed[k]}
    # "a Beacon doorbell and a Chime": a name joined by "and" to a product is counted as one
    for k, _phrase, _, li, start, _ in mentions_at:
        if k in cands:
            continue
        before = lines[li][:start]
        if re.search(r"(?:\band|\bor|&|,)\s+(?:a|an|the|\d+|one|two)?\s*$", before):
            prev = [c for c in cands if re.search(re.escape(c) + r"s?\s*(?:\([^)]*\))?\s*(?:,|and|or|&)\s+(?:a|an|the|\d+|one|two)?\s*$", before)]
            if prev:
                context[k] += 2
    cands = {k for k in mentions if context[k] >= 2 and mentions[k] >= 2 and not placed[k]}
    # the one coined word (no word of ordinary English) that begins two products or more ("Orbix" of "Orbix Relay" and
    # "Orbix Vault"), written alone at least three times: the family's own platform, named as the products are (`merged`
    # below keeps it when it is written alone as often as each of them)
    for k in [k for k in mentions if k not in cands and len(k.split()) == 1 and mentions[k] >= 3 and not placed[k]]:
        if (_coined(k) or not _common_word(k, text)) and sum(1 for c in cands if c.startswith(k + " ")) >= 2:
            cands.add(k)
    # a name written once, counted and ending in a kind of thing sold, with a capital inside a word as brand names
    # have ("the two DoorWatch Sensors"), or written after the vendor's name ("plus the Acme Upkeep Plan at $900/yr"):
    # a product even so
    branded_once = {k for k, _, prefix, *_ in mentions_at if prefix}
    counted_once = {k for k in mentions if mentions[k] == 1 and context[k] >= 2 and len(k.split()) >= 2
                    and k.split()[-1].lower() in PRODUCT_NOUNS}
    cands |= {k for k in counted_once if re.search(r"(?<![A-Z])[a-z]+[A-Z][a-z]", k.split()[0]) or k in branded_once}
    # ... or counted or priced once with a kind of thing sold after it, under a brand's camel-case name and a model
    # number ("one of our TrailPad X4 tablets", "a KeyLock 2 sensor (RRP $89)")
    cands |= {k for k in mentions if mentions[k] == 1 and context[k] >= 2 and nouns.get(k) and len(k.split()) >= 2
              and re.search(r"(?<![A-Z])[a-z]+[A-Z][a-z]", k.split()[0]) and re.search(r"\d", k.split()[-1])}
    # ... or named by a model number ("KX-9", "Emberline K6": letters and a digit in its last word) with a kind of thing
    # sold after it, once ("Shipping a KX-9 controller", "an Emberline K6 demo unit"): a model is sold, not said in passing
    cands |= {k for k in mentions if nouns.get(k) and not placed[k] and len(k.split()) <= 2
              and re.fullmatch(r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]?|[A-Z]{1,3}\d{1,4}-\d{1,3}", k.split()[-1])
              and not re.fullmatch(r"K-?9", k.split()[-1])  # (a police dog: "the K9 unit")
              and (len(k.split()) == 1 or not _common_word(k.split()[0], text))}
    # ... or whose first word begins a product of two words or more (a product line: "three Sentinel Keypads" beside the
    # "Sentinel Doorbell"): a product of that line
    lines_of = {c.split()[0] for c in cands if len(c.split()) >= 2}
    cands |= {k for k in counted_once if k.split()[0] in lines_of}
    # ... and one of that line counted once with a kind of thing sold after it ("30 boxes Korvel Glyco cartridges"
    # beside the "Korvel 90" analyzer): the line's consumable
    cands |= {k for k in mentions if mentions[k] == 1 and context[k] >= 2 and nouns.get(k) and len(k.split()) >= 2
              and k.split()[0] in lines_of and not placed[k]}
    # a name written once as the item of a price list and ending in a kind of thing sold ("- Vireo Analyst Seat:
    # $9,800 per seat per year"): the vendor's price list names what it sells
    cands |= {k for k in mentions if mentions[k] == 1 and context[k] >= 3 and len(k.split()) >= 2
              and k.split()[-1].lower() in PRODUCT_NOUNS}
    # ... and a course sold by the seat, named once as a price list's item ("Part 91 Ground Course - $850 per seat")
    cands |= {k for k in listed if mentions[k] == 1 and len(k.split()) >= 2 and k.split()[-1].lower() in ("course", "courses")}
    # a price list of three items or more on lines of their own, one under the other ("Ironvale Duty Vest - $640" /
    # "Corbel Rain Shell - $88" / ...): each item is a thing the vendor sells, named once or not, whatever its kind
    price_list: set[str] = set()
    for li in listed_lines:
        if li - 1 in listed_lines:
            continue
        run = []
        while li in listed_lines:
            run.append(listed_lines[li])
            li += 1
        if len(run) >= 3:
            price_list |= {k for k in run if len(k.split()) >= 2 and not placed.get(k)}
    cands |= price_list
    # a coined brand name (a capital inside the word), written twice or more, with one sign of a thing sold
    # ("QuayLight, our harbour-monitoring service", "six StopSight intersections"); not a coined name written with no
    # such sign ("the PowerPoint deck"), nor one inside a product's name or holding one ("WalkWith Plus" beside the
    # product "WalkWith": another tier of it, not known from this one sign)
    cands |= {k for k in mentions if context[k] >= 1 and mentions[k] >= 2 and not placed[k] and len(k.split()) <= 2
              and re.search(r"(?<![A-Z])[a-z]+[A-Z][a-z]", k.split()[0])
              and not any(c != k and (re.search(r"(?<!\S)" + re.escape(k) + r"(?!\S)", c)
                                      or re.search(r"(?<!\S)" + re.escape(c) + r"(?!\S)", k)) for c in cands)}
    forms: dict[str, Counter] = defaultdict(Counter)
    for k, phrase, prefix, *_ in mentions_at:
        # "Doorbell Pro" short for the one product "Video Doorbell Pro"; a model number alone ("the K9" of "Trailcam K9")
        if k not in cands and (len(k.split()) > 1 or re.fullmatch(r"[A-Z]{1,4}-?\d[A-Za-z0-9]*", k)):
            ending = [c for c in cands if c.endswith(" " + k)]
            if len(ending) == 1:
                k = ending[0]
        if k not in cands:
            # "the K-Dock setup" of the one product "K-Dock 8": the name without its model number
            numbered = [c for c in cands if re.fullmatch(re.escape(k) + r" \d{1,3}[A-Za-z]?", c)]
            if len(numbered) == 1 and not any(c.startswith(k + " ") for c in cands if c != numbered[0]):
                k = numbered[0]
        if k not in cands and _coined(k):
            # a model number or a coined word inside the one product's name, written alone or with a neighbour: "the
            # DC-9" of "Acme DC-9 Dash Kit", "Rover X2" of "Acme Rover X2 Field Tablet", "LensVault" of "LensVault Cloud
            # Storage" (a common word, "Cloud", "Field", never: it may begin many names)
            inside = [c for c in cands if re.search(r"(?<!\S)" + re.escape(k) + r"(?!\S)", c) and c != k]
            # (not a word the release puts before other names that are no product: "K9" of "K9 Tank", "K9 Nova")
            led = {c for c, *_ in mentions_at if c.startswith(k + " ") and c not in cands and c not in inside}
            if len(inside) == 1 and len(led) < 2:
                k = inside[0]
        forms[k][phrase] += 1
        if prefix:
            forms[k][prefix + " " + phrase] += 1
    # a one-word name that begins longer products ("Falcon" of "Falcon X Camera") is the most
    # mentioned one's alias; a longer name ("Video Doorbell" of "Video Doorbell Pro") stays itself
    merged: dict[str, str] = {}
    for k in cands:
        longer = [c for c in cands if c != k and c.startswith(k + " ")]
        # "Falcon LPR" of "Falcon LPR Camera": the longer name is the shorter one with a kind of thing
        # (or "K7" of "K7 Body Camera" beside "K7 Lite": a model number's name with the kind of thing it is; not a brand's
        # first word, which names a family of products)
        same = [c for c in longer if c[len(k) + 1:].lower() in PRODUCT_NOUNS
                or (re.fullmatch(r"[A-Z]{1,4}-?\d[A-Za-z0-9]*", k) and _kind_written(c[len(k) + 1:], text))]
        ending = [c for c in cands if c != k and c.endswith(" " + k)]
        if len(ending) == 1 and len(k.split()) > 1:  # "Doorbell Pro" of "Video Doorbell Pro"
            merged[k] = ending[0]
        elif len(ending) == 1 and ending[0][: -len(k) - 1] in cands:
            merged[k] = ending[0]  # "Redact" of "Vault Redact", the add-on of the product "Vault" named by its own word
        elif same:
            pick = max(same, key=lambda c: (mentions[c], c))
            own = _price_of(k, [*forms[k], k], nouns[k], lines, [pick, *forms[pick]])
            if own is not None and _price_of(pick, [*forms[pick], pick], nouns[pick], lines, [k]) not in (None, own):
                continue  # "K7 body camera: $749" and "K7 Dock: $1,290": the thing and its accessory, priced apart
            merged[k] = pick
        elif longer and len(k.split()) == 1:
            ranked = sorted(longer, key=lambda c: (-mentions[c], c))
            own = _price_of(k, [*forms[k], k], nouns[k], lines)
            if own is not None and all(_price_of(c, [*forms[c], c], nouns[c], lines) not in (None, own) for c in ranked):
                continue  # "Pulse" at $1,800 a seat and the "Pulse Analyst Course" at $950: two things, not one name
            if "app" in nouns[k] and all("app" not in nouns[c] for c in ranked) and context[k] >= 2:
                continue  # "the Pathwise app" beside "Pathwise Pro seats": the free app and a paid tier of it, two things
            if len(ranked) == 1 and mentions[k] >= 4 and mentions[k] >= 3 * mentions[ranked[0]] \
                    and (_coined(k) or not _common_word(k, text)):
                continue  # "Orbix" written alone far more often than its one add-on "Orbix Relay": the platform, its own
            if len(ranked) == 1 or mentions[ranked[0]] >= 2 * mentions[ranked[1]]:
                merged[k] = ranked[0]
            elif (_coined(k) or not _common_word(k, text)) and mentions[k] >= 3 \
                    and mentions[k] >= mentions[ranked[0]]:
                # "Orbix" written alone as often as "Orbix Relay" or "Orbix Vault", or more: the platform the
                # family is named after, a product of its own (a coined name, not a common word that begins names: "Video")
                continue
            else:  # "Video" of "Video Doorbell" and "Video Doorbell Pro": no telling which
                merged[k] = ""
        elif len(k.split()) == 1 and _coined(k):
            # a model number inside the one longer name, after its brand ("DC-9" of "Acme DC-9 Dash Kit"), unless it
            # is priced apart from it
            inside = [c for c in cands if c != k and k in c.split()[1:]]
            own = _price_of(k, [*forms[k], k], nouns[k], lines)
            if len(inside) == 1 and own in (None, _price_of(inside[0], [*forms[inside[0]], inside[0]], nouns[inside[0]], lines)):
                merged[k] = inside[0]
    for k in list(merged):  # "DC-9" of "DC-9 Dash Kit", itself of "Acme DC-9 Dash Kit": the name it ends with
        seen = {k}
        while merged[k] and merged.get(merged[k]) and merged[k] not in seen:
            seen.add(merged[k])
            merged[k] = merged[merged[k]]
    products = []
    for k in sorted((c for c in cands if c not in merged), key=lambda c: (-mentions[c], c)):
        aliases: Counter = Counter(forms[k])
        for short, long in merged.items():
            if long == k:
                aliases.update(forms[short])
        for noun, n in nouns[k].items():
            # (not a part or an accessory of it: "X2 batteries", "the X2 charger" are other things than the X2)
            if not k.lower().endswith(noun) and noun not in _ACCESSORY_NOUNS:
                aliases[f"{k} {noun}"] += n
        others = [f for c in cands if c != k and merged.get(c) != k for f in (c, *forms[c])]
        price = _price_of(k, list(aliases) + [k], nouns[k], lines, others)
        branded = any(f.split()[0] != k.split()[0] for f in aliases)  # "Acme Dispatch Console" of "Dispatch Console"
        for tail in _tail_forms(k, [c for c in cands if c != k and c not in merged], text, branded=branded):
            aliases[tail] += 1
        for short in _brand_head_forms(k, [c for c in cands if c != k and c not in merged], text):
            aliases[short] += 1
        name = k
        branded_form = next((f"{p} {k}" for p in prefixes if f"{p} {k}" in aliases), None)
        if branded_form and len(k.split()) == 1 and _common_word(k, text) and not _bare_in_sentence(k, text, prefixes):
            # "Acme Notice", "Acme Home": a brand and a common English word the release never writes bare inside a
            # sentence is named with the brand ("Notice how ..." opening a sentence names no product)
            name = branded_form
            aliases.pop(k, None)
        entry = {"name": name, "unit_price_usd": price,
                 "aliases": sorted({_singular_phrase(a, singular) for a in aliases
                                    if _singular_phrase(a, singular) not in (k, name)})}
        period = _priced_by_period([*aliases, k], others, lines) if price is not None else None
        if period:
            entry.update({"unit": period, "device": False})  # "Acme Plus - $49/year": a subscription, no device
        products.append(entry)
    return products


# (also after the one it is counted by: "$420 per officer and year", "$9 per user per month", "$30/seat/yr")
_PERIOD_PRICE = re.compile(r"\$\s?\d[\d,]*(?:\.\d\d)?\s*(?:/|per\s+|an?\s+)(?:[a-z]+\s*(?:/|(?:and|per|an?)\s+))?"
                           r"(year|yr|month|mo)\b", re.I)


def _priced_by_period(forms: Sequence[str], others: Sequence[str], lines: list[str]) -> str | None:
    """"year" (or "month") when every price printed after the product's name on its line, before another product's,
    is a price by the year (or month): "Acme Plus (cloud storage) - $49/year", "Acme Plus at $4 a month"."""
    form_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
                         + r")(?![\w-])")
    other_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(set(others) - set(forms), key=len, reverse=True))
                          + r")(?![\w-])") if set(others) - set(forms) else None
    seen: set[str] = set()
    for line in lines:
        fm = form_re.search(line)
        if not fm:
            continue
        rest = line[fm.end():fm.end() + 80]
        om = other_re.search(rest) if other_re is not None else None
        rest = rest[:om.start()] if om else rest
        # (not $0: the thing given free on an order's line, "Acme Plus (12 months) - $0.00", is priced by no period)
        price = re.search(r"\$\s?(?!0+(?:\.0+)?(?![\d.,]))\d", rest)
        if price is None:
            continue
        pm = _PERIOD_PRICE.match(rest, price.start())
        if pm is None and re.search(r"\(\s*(?:12|twelve)[ -]months?\s*\)|\(\s*(?:1|one)[ -]year\s*\)", rest[:price.start()], re.I):
            seen.add("year")  # "Acme Plus (12 months) - $4,200": a year of it
            continue
        if pm is None:
            return None  # priced once as a thing ("Acme Plus, $49")
        seen.add("year" if pm.group(1).lower() in ("year", "yr") else "month")
    return seen.pop() if len(seen) == 1 else None


def _kind_written(tail: str, text: str) -> bool:
    """"Body Camera" of "K7 Body Camera": words that end in a kind of thing sold and that the release also writes in
    lower case before that kind of thing ("body cams", "the body-worn cameras"): the longer name is the shorter one
    with what kind of thing it is, not another product."""
    words = tail.split()
    if len(words) < 2 or len(words) > 3 or words[-1].lower() not in PRODUCT_NOUNS:
        return False
    kinds = "|".join(PRODUCT_NOUNS)
    return all(re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?:[ -][a-z]+)?[ -](?:" + kinds + r")\b", text)
               for w in words[:-1])


def _coined(name: str) -> bool:
    """A name of one or two words with a word no dictionary has: a model number ("DC-9", "X2", "T-1000") or a word
    with a capital inside ("LensVault")."""
    words = name.split()
    return 0 < len(words) <= 2 and any(re.fullmatch(r"[A-Za-z]{0,5}-?\d[\w-]*|[A-Z]{1,5}-[A-Z0-9]+|[A-Z][a-z]+[A-Z]\w*", w)
                                        for w in words)


def _common_word(word: str, text: str) -> bool:
    """The word is also written in lower case in the release, as itself or its plural ("alert", "families"): a word of
    ordinary English, not a coined name."""
    low = word.lower()
    forms = {low, low + "s", low + "es", low[:-1] + "ies" if low.endswith("y") else low + "s"}
    return bool(re.search(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])", text))


def _bare_in_sentence(word: str, text: str, prefixes: Sequence[str]) -> bool:
    """The capitalised word is written without the vendor's name before it inside a sentence (after a lower-case word
    or a comma), not only opening a sentence, a line or a subject."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
        before = text[:m.start()]
        if any(before.endswith(p + " ") for p in prefixes):
            continue
        if re.search(r"(?:[a-z]|,)[ \t]*\n?[ \t]*$", before[-40:]):
            return True
    return False


_THOUSANDS = re.compile(r"\$\s?(\d{1,3}(?:\.\d{1,2})?)\s?([kK])\b")
# an amount in dollars written with the currency's code, as writers outside the US price things ("749 USD per unit",
# "USD 1,290", "US$ 420"): read as "$749", the way the price reader below (and `relations.values`) read it
_CODED_DOLLARS = re.compile(r"(?<![\w$.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?\s?USD\b|\b(?:USD|US\$)\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?(?![\d,])")


# a row of a price list printed without a bullet: "Name (what it is) - $P per case", "Name: $P"
_PRICED_ROW = re.compile(r"[A-Z][^$\n]{1,100}?(?:\s[-\u2013\u2014]|:|\.{3,})\s+\$\s?\d")


def _unwrap(text: str) -> list[str]:
    """The text's lines with prose wrapped over several lines joined (a name cut by a line end is
    read whole); short lines, table rows and quoted lines stay as they are. "$8k" is written out
    ("$8000"), so that a price is never read as its first digits."""
    text = _THOUSANDS.sub(lambda m: "$" + str(round(float(m.group(1)) * 1000)), text)
    text = _CODED_DOLLARS.sub(lambda m: "$" + (m.group(1) or m.group(3)) + (m.group(2) or m.group(4) or ""), text)
    text = amounts_in_dollars(text)  # "\u00a3629": the number printed, read as an amount in dollars
    out: list[str] = []
    prev = ""
    for line in text.splitlines():
        s = line.strip()
        if out and s and len(prev) > 55 and not re.search(r"\s{3,}|^[>*\-\u2022]", s) \
                and not re.search(r"\s{3,}", prev) and not re.search(r"[:.!?]\s*$", prev) \
                and not (_PRICED_ROW.match(s) and _PRICED_ROW.match(prev)):
            out[-1] = out[-1].rstrip() + " " + s
        else:
            out.append(line)
        prev = line.strip()
    return out


def _tail_forms(name: str, others: Sequence[str], text: str, *, branded: bool = False) -> list[str]:
    """The product's name without its brand word, as the release writes it in lower case ("two analyst seats",
    "the video-wall licence" for "Vireo Analyst Seat", "Vireo Video Wall License"): the words after the first (all
    of them when the vendor's name, already cut off, was the brand: ``branded``), two or more and ending in a kind of
    thing sold, hyphen or space between them, "licence" or "license", a plural "s"; none when another product's name
    ends with the same words."""
    words = name.split()
    tail = [w.lower() for w in (words if branded else words[1:])]
    if len(tail) < 2 or words[-1].lower() not in PRODUCT_NOUNS:
        return []
    if any(" ".join(o.lower().split()[-len(tail):]) == " ".join(tail) for o in others):
        return []
    parts = [re.escape(w) for w in tail]
    parts[-1] = re.sub(r"licen[cs]e", "licen[cs]e", parts[-1]) + "s?"
    pattern = re.compile(r"(?<![\w-])" + r"[\s-]+".join(parts) + r"\b")
    found = {x.group(0) for x in pattern.finditer(text) if x.group(0) == x.group(0).lower()}
    return sorted({_singular_phrase(" ".join(f.split())) for f in found})


def _brand_head_forms(name: str, others: Sequence[str], text: str) -> list[str]:
    """The product's first word and the last in lower case, the words between left out, as the release writes it
    ("the Halvard vest", "two Halvard vests" for "Halvard K9 Patrol Vest"): a name of three words or more; none when
    another product begins and ends with the same words."""
    words = name.split()
    if len(words) < 3 or not re.fullmatch(r"[A-Z][A-Za-z0-9-]+", words[0]) or not re.fullmatch(r"[A-Za-z]{3,}", words[-1]):
        return []
    head = words[-1].lower()
    if any(o.split()[0] == words[0] and o.lower().split()[-1].rstrip("s") == head.rstrip("s") for o in others if o.split()):
        return []
    pattern = re.compile(r"(?<![\w-])" + re.escape(words[0]) + r"\s+(" + re.escape(head) + r"s?)\b")
    return sorted({f"{words[0]} {head}" for x in pattern.finditer(text)})


def _singular_phrase(p: str, singular: Callable[[str], str] | None = None) -> str:
    words = p.split()
    return " ".join(words[:-1] + [(singular or _singular)(words[-1])]) if words else p


# a service sold with a thing, priced by the thing ("the extended warranty is $89 per camera"): never the thing's price
_ADD_ON = re.compile(r"\b(?:warrant(?:y|ies)|extended (?:coverage|protection)|protection plan|service plan|maintenance|"
                     r"support plan|install(?:ation|ing)?|set-?up fee|shipping|freight|handling|training|labou?r|"
                     r"insurance|trade-?in|credit|engraving|tax)\b", re.I)


# a question of what a thing costs ("What's your price on twenty X?", "how much would the X run us?", "can you quote me
# ten X?") and, in the answer, an amount said to be each one's ("$179 each", "$1,150 apiece", "$99 per unit", "the price
# is $179", "government price is $179 each")
_PRICE_ASKED = re.compile(r"\b(?:price|prices|pricing|cost|costs|quote|how\s+much)\b", re.I)
_EACH_PRICE = re.compile(r"(?:\bprice\s+is\s+|\bpriced\s+at\s+)?" + _MONEY + r"(?:\s*(?:each|apiece|a\s+piece|per\s+unit|a\s+unit|"
                         r"per\s+device|a\s+device)\b)?", re.I)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|sv|wg)\s*:\s*)+", re.I)


def _priced_in_replies(products: list[dict], own_texts: list[tuple[Any, str]]) -> None:
    """A product no line prices, asked about in one message ("What's your price on twenty X?", naming no other product)
    and priced in the next message of the same subject from another writer by one amount said to be each one's ("Our
    price is $179 each; twenty comes to $3,580."): that amount is its price. Only when every such answer agrees."""
    if not any(p.get("unit_price_usd") is None for p in products):
        return
    form_of = {f.lower(): p["name"] for p in products for f in (p["name"], *p.get("aliases", []))}
    named_rx = re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in sorted(form_of, key=len, reverse=True))
                          + r")(?:s|es)?(?!\w)")
    ordered = sorted(own_texts, key=lambda mt: str(getattr(mt[0], "sent", "") or ""))

    def topic(m) -> str:
        return _REPLY_PREFIX.sub("", str(getattr(m, "subject", "") or "")).strip().lower()

    found: dict[str, set[float]] = defaultdict(set)
    for i, (m, text) in enumerate(ordered):
        if "?" not in text or not _PRICE_ASKED.search(text):  # (the cheap checks first: most mail asks no price)
            continue
        named = {form_of[x.group(1)] for x in named_rx.finditer(text.lower())}
        if len(named) != 1 or not topic(m):
            continue
        name = named.pop()
        who = (m.sender.email or m.sender.name or "").lower()
        reply = next((t for r, t in ordered[i + 1:] if topic(r) == topic(m)
                      and (r.sender.email or r.sender.name or "").lower() != who), None)
        if reply is None:
            continue
        said = [x for x in _EACH_PRICE.finditer(reply) if re.search(r"each|apiece|piece|unit|device|price", x.group(0), re.I)]
        if len(said) == 1:
            found[name].add(_money(said[0].group(1), said[0].group(2)))
    for p in products:
        if p.get("unit_price_usd") is None and len(found.get(p["name"], ())) == 1:
            p["unit_price_usd"] = found[p["name"]].pop()


# nouns that price any thing sold one by one ("$900 per unit"): they say nothing of which product is priced
_ANY_THING = frozenset({"unit", "item", "piece", "device"})


def _price_of(name: str, forms: list[str], nouns: Counter, lines: list[str], others: Sequence[str] = ()) -> float | None:
    """The price written most often beside the product: '$P per <noun>', 'N x $P', 'X ($P each)',
    'X (normally $P)', then any '$P' shortly after the name on its line; never an amount that is a
    discount ('$P off', a line that speaks of a discount or a sale), a credit or a total ('come to
    $P', 'total'). Ties go to the smaller amount (a total is larger than what one costs)."""
    votes: Counter = Counter()
    # (an accessory's price is not the product's: "X2 batteries ($189 each)")
    heads = {name.split()[-1].lower().rstrip("s"), *(n.rstrip("s") for n in nouns if n not in _ACCESSORY_NOUNS)}
    form_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
                         + r")s?(?![\w-])(?!\s+[A-Z][a-z])")  # not the start of a longer name
    def discounted(line: str, start: int, end: int) -> bool:
        return bool(re.search(r"discount|\boff\b|sale price|partner pric|contract pric|matched to|reduced|"
                              r"\bpromo(?:s|tion|tional)?\b|"
                              # "at the agreed government rate ($116.35/unit)": a price agreed for one buyer
                              r"\bagreed (?:[a-z]+ )?(?:rate|price|pricing)\b|\bnegotiated\b|"
                              r"\b(?:government|bulk|volume) (?:rate|price|pricing)\b",
                              line[max(0, start - 50):end + 20].lower()))

    def add_on(before: str) -> bool:
        """The amount prices a service sold with the thing, named in its clause before the amount ("the extended
        warranty is $89 per camera", "installation runs $150 a dock", "a warranty on all 140 cameras ($89 each)")."""
        clause = re.split(r"[;.!?]|,\s+(?:and|but)\b|\b(?:and|but|while)\s+(?=the\b|a\b|an\b)", before)[-1]
        return bool(_ADD_ON.search(clause))

    other_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(set(others) - set(forms), key=len, reverse=True))
                          + r")(?![\w-])") if set(others) - set(forms) else None
    # the lines listed under a heading that speaks of a discount ("Public-safety pricing is 15% off list:") are
    # discounted prices, not what one costs, unless a line prints the list price itself
    under_discount: set[int] = set()
    for i, line in enumerate(lines):
        if line.rstrip().endswith(":") and re.search(r"discount|\d\s*%\s*off\b|\boff list\b|sale price|partner pric|"
                                                     r"contract pric|reduced", line.lower()):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            while j < len(lines) and lines[j].strip():
                under_discount.add(j)
                j += 1
    for i, line in enumerate(lines):
        if i in under_discount and not re.search(r"\b(?:list|retail|msrp|normally|regularly|usually)\b", line, re.I):
            continue
        # "$P per seat" on a line that names another product and not this one is that product's price
        elsewhere = other_re is not None and not form_re.search(line) and other_re.search(line)
        for pm in re.finditer(_MONEY + r"\s*(?:per|/|a|an|each)\s*([a-z]+)", line):
            if elsewhere and other_re is not None and other_re.search(line[:pm.start()]):
                continue
            if pm.group(3).rstrip("s") in _ANY_THING and not form_re.search(line):
                continue  # "$5,300 per unit" on a line naming no form of this product: the price of whatever it names
            if pm.group(3).rstrip("s") in heads and len(pm.group(3)) > 2 and not discounted(line, pm.start(), pm.end()) \
                    and not add_on(line[:pm.start()]):
                votes[_money(pm.group(1), pm.group(2))] += 3
        # "SunMast Solar Unit @ $1,100.00 x 2": the name printed with words before its own kind of thing ("SunMast
        # units"), priced one by one
        for lm in re.finditer(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
                              + r")((?:\s+[A-Z][a-z]+){1,2})\s*@\s*" + _MONEY, line):
            if lm.group(1).split()[-1].lower().rstrip("s") in heads:
                votes[_money(lm.group(2), lm.group(3))] += 2
        fm = form_re.search(line)
        if not fm:
            continue
        rest = line[fm.end():]
        if add_on(line[:fm.start()]) and re.search(r"\b(?:on|for|of|covering)\s+(?:(?:all|each|every|the|your|our|those|"
                                                   r"these)\s+)*(?:\d[\d,]*\s+|[a-z]+\s+)?$", line[:fm.start()]):
            continue  # "the warranty on all 20 X ($75 each)": the price of the service sold for the X
        # the price printed as the name's own list price, "X ($229)", "X, list $229", is what one costs even on a
        # line that speaks of a discount ("20% off X ($229) or Y ($149)", "5 x X, list $229, discount 30%")
        m = re.match(r"\s*(?:\(\s*(?:normally\s+|usually\s+|list(?:\s+price)?\s+|retail\s+|regularly\s+)?(?:is\s+)?"
                     + _MONEY + r"(?:\s*(?:each|apiece|a piece|list|retail))?"
                     r"(?:\s*(?:a|per|/)\s*(?:year|yr|month|mo)\b[^()$]{0,30})?\s*\)"  # "X ($1,800 a year for an HOA)"
                     r"|,\s*(?:list|retail|msrp)(?:\s+price)?:?\s+"
                     + _MONEY + r"(?![\d%]|\s*(?:off|each after|after|with)\b))", rest, re.I)
        several = re.search(r"(?<![\w$.,])(?:[2-9]|\d{2,4}|" + "|".join(w for w, n in _NUMBER_WORDS.items() if n > 1)
                            + r")\s*(?:x\s+|more\s+|of\s+(?:the|our)\s+)?$", line[:fm.start()], re.I)
        if m and several and m.group(1) and not re.search(r"\b(?:each|apiece|a piece)\b", m.group(0), re.I):
            continue  # "an invoice for two X ($3,300)": the amount of the two, not what one costs
        if m:
            votes[_money(m.group(1) or m.group(3), m.group(2) if m.group(1) else m.group(4))] += 3
            continue
        # "3x X for the raffle (retail is 249 each)", "X - MSRP 1,195": a regular price said after the name, the
        # dollar sign left out
        m = re.search(r"\b(?:msrp|retails?(?:\s+price)?|list(?:\s+price)?)\s*(?:is|of|at|for|:)?\s*(\d{1,3}(?:,\d{3})+|\d{2,6})"
                      r"(?:\.(\d{2}))?(?=\s*(?:each|apiece|a piece|ea\b|per\b|/|\)|[.,;]|$))", rest[:60], re.I)
        if m and not re.search(r"\$\s?$", rest[:m.start(1)]):
            votes[_money(m.group(1), m.group(2))] += 2
            continue
        if discounted(line, fm.start(), min(len(line), fm.end() + 60)):
            continue
        head = line[:fm.start()]
        if (re.match(r"\s*[*\u2022-]\s", line) or head.count("(") > head.count(")")) and \
                re.search(r"\b(?:for|with|fits?|of|on|to)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+|any\s+|each\s+)?$", head, re.I):
            continue  # "- Spare Pod (mount for the X): $340": what the item is for, not what is priced
        amounts = list(re.finditer(_MONEY, rest))
        if re.match(r"\s*[*\u2022-]\s", line) and len(amounts) == 1 and len(form_re.findall(line)) == 1 \
                and not re.search(r"total|credit|off\b|=", rest[max(0, amounts[0].start() - 16):amounts[0].end() + 8].lower()):
            # an item of a list that names one product and one amount: "* NEW: X - what it does. $249."
            votes[_money(amounts[0].group(1), amounts[0].group(2))] += 2
            continue
        m = re.match(r"\s*\(\s*(?:normally\s+|usually\s+|list(?:\s+price)?\s+|retail\s+|regularly\s+)?(?:is\s+)?"
                     + _MONEY + r"(?:\s*(?:each|apiece|a piece|list|retail))?\s*\)", rest)
        if m:
            votes[_money(m.group(1), m.group(2))] += 3
            continue
        m = re.match(r"[^$\n]{0,40}?\b\d+\s*x\s*" + _MONEY, rest) or \
            re.match(r"\s*(?:\([^)]*\)\s*)?@\s*" + _MONEY, rest)  # "X @ $P": the price of one
        if m:
            votes[_money(m.group(1), m.group(2))] += 2
            continue
        for m in re.finditer(_MONEY, rest):
            if m.start() > 60:
                break
            if re.search(r"(?<!\.)[.!?](?!\.)\s+[A-Z]", rest[:m.start()]):
                break  # "... go over the X? Deli lunch again, ~$300 for the floor": the next sentence's amount, not X's
                # (leader dots to a price list's amount, "X ...... $1,650", end no sentence)
            tail = rest[m.end():m.end() + 12].lower()
            lead = rest[max(0, m.start() - 16):m.start()].lower()
            # "a X, two Y and a Z, a $400 package": the amount of a list or a bundle, not of one thing
            if re.match(r"\s*(?:package|bundle|kit|set|worth|value|altogether|in all|all told)\b", tail) or \
                    ("," in rest[:m.start()] and re.search(r"\band\b", rest[:m.start()])):
                continue
            # "$2,500 credit", "the $2,500 referral credit", "a $500 signing bonus": what a credit comes to, no price
            if re.match(r"\s*(?:off|credit|discount|total|in\b)", tail) or \
                    re.match(r"\s*(?:[a-z-]+\s+){1,2}(?:credits?|bonus(?:es)?|rebates?|rewards?|refunds?)\b",
                             rest[m.end():m.end() + 40].lower()) or \
                    re.search(r"total|save|off|credit|come to|comes to|came to|=|brings?|amount|\bto\s*$", lead):
                continue
            if _money(m.group(1), m.group(2)) == 0:
                # "$0 (normally $1,495)": given free, and what it costs otherwise
                usual = re.match(r"\s*\(\s*(?:normally|usually|regularly|list(?:\s+price)?|retail(?:\s+price)?|reg\.?)\s+"
                                 + _MONEY, rest[m.end():], re.I)
                if usual:
                    votes[_money(usual.group(1), usual.group(2))] += 3
                    break
            each = re.match(r"\s*(?:each|apiece|a piece|per|/)", tail)
            if several and not each:  # "10 of the X ... $3,000": the price of several
                break
            if add_on(rest[:m.start()]):
                break  # "X, the extended warranty on all 140 cameras ($89 each)": the price of the service named between
            votes[_money(m.group(1), m.group(2))] += 2 if each else 1
            break
    votes.pop(0.0, None)  # "$0.00" is an order's total, not what a thing costs
    if not votes:
        return None
    price = max(votes, key=lambda p: (votes[p], -p))
    return int(price) if price == int(price) else price


# ---------------------------------------------------------------------------------------------- writing
_HEADERS = {
    "profile": """# Drafted by `giftgraph profile init` from the release itself: CHECK EVERY LINE.
# vendor / agency name entries of organizations.yaml (the company that sells, the department that buys);
# leave one out (or write null) when the release has no such side. timezone: the zone of printed times
# that carry none (ingest --timezone overrides it).""",
    "organizations": """# Organisations found in signature lines, tied to the address domain of the people who sign with them.
# kind: vendor | agency | other. Check that the vendor is the company that sells and the agency the
# department that buys; add the names the release uses for them (aliases: an acronym, a short form).
# Aliases written with capitals are matched as written, lower-case ones in any case.""",
    "domains": """# Address domains and what an address there says about its owner.
# role: vendor_employee | officer | other (only the vendor's and the agency's domains should give a role).
# Delete a line that is wrong: a person then gets a role only from a signature, a rank or a unit.""",
    "units": """# The agency's units seen in signatures (kind: division | bureau | unit | area). Add the short forms
# the release uses ("Patrol North", an acronym) to aliases; delete anything that is not a unit.""",
    "ranks": """# Ranks and titles the release writes before names. sworn: false for civilian titles. A person printed
# with one of these is agency staff (role officer): delete a title that the vendor's people also use.""",
    "noise": """# Names that are never a person: places the release shows (an agency's town or county, a sales
# territory printed after a job title), as whole-name regexes. Add a street or a place that shows up
# as a person in the graph; see nlp/data/noise.yaml for the shared lists.""",
    "promo_codes": """# Promo codes: a token is a code when it has one of these shapes (Python regex, whole token) and one
# of the context words stands within `window` tokens of it somewhere in the release. Add a pattern if
# the release writes its codes another way.""",
    "products": """# The vendor's products as the release writes them, with the price written most often beside each
# (unit_price_usd; null when none is written: fill it in from a price list, or values stay unknown).
# Merge a product listed twice under two names (keep one, move the other to aliases); delete what is
# not a product (a place, a programme, an event); unit: year for a subscription; device: false for a
# service (counted in dollars, never as a device).""",
}


def write_profile(draft: Draft, directory: str | Path) -> list[Path]:
    """Write the draft's YAML files into ``directory`` (created), each with a comment saying what to
    check. Returns the files written."""
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProfileError(f"{out}: cannot create the profile directory: {exc.strerror or exc}") from exc
    written = []
    for stem, data in draft.files.items():
        path = out / f"{stem}.yaml"
        body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None)
        head = _HEADERS.get(stem, "")
        if stem == "profile" and draft.notes:
            head += "\n" + "\n".join(f"# NOTE: {n}" for n in draft.notes)
        path.write_text((head + "\n" if head else "") + body, encoding="utf-8")
        written.append(path)
    return written


def draft_from_paths(paths: Sequence[str | Path], *, timezone: str = DEFAULT_TIMEZONE, name: str = AUTO_PROFILE,
                     ocr: bool = False, progress: bool = False) -> tuple[Draft, Any]:
    """Read a release with the ingestion readers and draft its profile. Returns (draft, read result)."""
    from giftgraph.ingest import read_paths

    res = read_paths(paths, timezone=timezone, ocr=ocr, progress=progress, log=lambda s: None)
    return draft_profile(res.messages, name=name, timezone=timezone, source=[Path(p).name for p in paths]), res


def draft_into_case(case, messages: Sequence, *, timezone: str = DEFAULT_TIMEZONE,
                    log=lambda s: None) -> Path:
    """Draft a profile from the case's messages into ``<case>/profile/`` (replacing an older draft)
    and return that directory: what `ingest --profile auto` uses, recorded in the case manifest."""
    import shutil

    directory = Path(case.path) / CASE_PROFILE_DIR
    draft = draft_profile(messages, timezone=timezone, source=[f"case {case.path}"])
    if directory.exists():
        shutil.rmtree(directory)
    write_profile(draft, directory)
    f = draft.files
    log(f"profile auto: drafted {directory} (vendor {f['profile']['vendor'] or 'none'}, agency "
        f"{f['profile']['agency'] or 'none'}, {len(f['products']['products'])} product(s), "
        f"{len(f['units']['units'])} unit(s))")
    return directory
