"""Each printed header layout, names and redactions, dates and time zones."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.ingest.addresses import clean_name, parse_address, parse_address_list
from giftgraph.ingest.dates import UnknownTimezone, parse_date
from giftgraph.ingest.dedup import merge_messages
from giftgraph.ingest.printed import split_text
from giftgraph.ingest.readers import read_text

_spec = importlib.util.spec_from_file_location("ingest_docs", Path(__file__).parent / "fixtures" / "ingest_docs.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

TZ = "America/Los_Angeles"


def split(text, tz=TZ):
    return split_text(text, file="t.txt", timezone=tz)


def test_outlook_block_with_wrapped_addresses():
    msgs = split(fx.OUTLOOK_PAGE_1)
    assert [(m.sender.name, m.subject) for m in msgs] == [("Alice Moreno", "RE: Cameras for the pilot"),
                                                          ("Bert Lindqvist", "Cameras for the pilot")]
    assert msgs[0].cc[1].email == "41001@police.test"  # address wrapped onto the next line
    assert msgs[1].sender.email == "39001@police.test"  # [mailto:...]
    assert [p.quoted for m in msgs for p in m.provenance] == [False, True]


def test_outlook_block_on_one_line_and_ocr_variants():
    msgs = read_text(fx.NIH_OCR.encode(), file="nih.txt", timezone="America/New_York")
    assert len(msgs) == 2
    top, quoted = msgs
    assert top.sender.name == "Gordon Whitlock" and top.sender.org == "NIH/NIAID"
    assert top.sent == "2020-03-03T02:17:08+00:00"
    assert [a.name for a in top.to] == ["Janet Pendry"]
    assert [a.name for a in top.cc] == ["Ruth Okafor", "Evan Vesey"]  # "Ce:", "[EJ", OCR debris
    assert top.redactions == 1  # the (b)(6) in Cc is counted, never a name
    assert quoted.sender.name == "Janet Pendry"  # "[E vv ka@-"
    assert quoted.sent == "2020-03-02T16:41:00-05:00"  # printed without a zone: the release's zone
    assert [a.name for a in quoted.to] == ["Gordon Whitlock"]
    assert quoted.subject == "Draft reply: Committee Question on Test Kits"
    assert quoted.body == "My draft is attached."  # the Bates stamp is furniture
    assert quoted.provenance[0].bates == "HHS-002741"
    assert top.body == "Someone in the press office should look at this first."


def test_gmail_print_layout():
    msgs = split(fx.GMAIL_PAGE)
    assert [(m.sender.name, m.sent) for m in msgs] == [("Alice Moreno", "2016-06-14T13:40:00-07:00"),
                                                       ("Erin Walsh", "2016-06-14T16:12:00-07:00")]
    assert all(m.subject == "Promo code for the north side" for m in msgs)
    assert msgs[1].cc[0].email == "carla.ng@acme.test"
    assert "[Quoted text hidden]" not in msgs[0].body and msgs[0].body == "Hi Erin, here is your code NORTH50."
    assert all(not p.quoted for m in msgs for p in m.provenance)  # each message of a Gmail thread is printed whole
    assert msgs[1].in_reply_to == msgs[0].id


def test_original_message_separator():
    msgs = split(fx.ORIGINAL_MESSAGE)
    assert [(m.sender.name, m.sent) for m in msgs] == [("Dev Patel", "2016-10-11T13:50:00-07:00"),
                                                       ("Bert Lindqvist", "2016-10-11T10:05:00-07:00")]
    assert msgs[0].body == "Sounds good."  # no separator, no quoted history
    assert msgs[0].in_reply_to == msgs[1].id


def test_forwarded_block():
    msgs = split(fx.FORWARDED)
    assert [(m.sender.name, m.subject) for m in msgs] == [("Carla Ng", "FW: Thank you from Acme"),
                                                          ("Alice Moreno", "Thank you from Acme")]
    fwd = msgs[1]
    assert fwd.sent == "2016-10-17T11:10:00-07:00" and [a.email for a in fwd.to] == ["carla.ng@acme.test"]
    assert fwd.body.startswith("As a thank-you we are sending you a floodlight camera")
    assert msgs[0].body == "See below."


def test_iphone_wrote_with_quoting():
    msgs = split(fx.IPHONE)
    assert len(msgs) == 2
    reply, quoted = msgs
    assert reply.body == "Thanks, that helps.\n\nSent from my iPhone"
    assert quoted.sender.name == "Alice Moreno" and quoted.sender.email == "alice.moreno@acme.test"
    assert quoted.sent == "2016-03-02T08:21:00-08:00"
    assert quoted.subject == "RE: Pricing"  # not printed: the thread's subject
    assert quoted.body.splitlines()[0] == "Hi Bert," and ">" not in quoted.body
    assert quoted.provenance[0].quoted


@pytest.mark.parametrize("attribution, sent, name, email", [
    # Gmail prints no comma between the time and the name
    ("On Thu, Jun 9, 2022 at 3:05 PM Odile Marsh <odile@pinecrest.test> wrote:", "2022-06-09T15:05:00+00:00",
     "Odile Marsh", "odile@pinecrest.test"),
    ("On Thu, Jun 9, 2022 at 3:05 PM Odile Marsh wrote:", "2022-06-09T15:05:00+00:00", "Odile Marsh", ""),
    ("On Jun 9, 2022, at 3:05 PM, Odile Marsh <odile@pinecrest.test> wrote:", "2022-06-09T15:05:00+00:00",
     "Odile Marsh", "odile@pinecrest.test"),
    ("On Fri, 10 Jun 2022 08:15:02 -0400 Odile Marsh <odile@pinecrest.test> wrote:", "2022-06-10T08:15:02-04:00",
     "Odile Marsh", "odile@pinecrest.test"),
    ('On 2022-06-10 08:15 EST, "Marsh, Odile" <odile@pinecrest.test> wrote:', "2022-06-10T08:15:00-05:00",
     "Odile Marsh", "odile@pinecrest.test"),
])
def test_wrote_attribution_dates_and_writers(attribution, sent, name, email):
    body = f"Sounds good.\n\n{attribution}\n\n> Can we meet on Friday?\n"
    text = f"From: Lenny Obi <lenny@pinecrest.test>\nSent: Friday, June 10, 2022 9:00 AM\nTo: Odile Marsh\nSubject: Re: Friday\n\n{body}"
    msgs = split(text, "UTC")
    assert len(msgs) == 2
    quoted = msgs[1]
    assert quoted.sent == sent
    assert (quoted.sender.name, quoted.sender.email) == (name, email)


def test_quoted_only_message_is_recovered_and_printed_plus_quoted_is_one():
    printed_alone = split(fx.OUTLOOK_PAGE_2)
    thread = split(fx.OUTLOOK_PAGE_1)
    merged = merge_messages([], thread + printed_alone)
    assert len(merged) == 2
    bert = next(m for m in merged if m.sender.name == "Bert Lindqvist")
    assert sorted(p.quoted for p in bert.provenance) == [False, True]
    assert bert.to[0].email == "alice.moreno@acme.test"  # the fuller printing's fields win
    # quoted-only: Alice's message quoted under Bert's iPhone reply exists nowhere else
    only = merge_messages([], split(fx.IPHONE))
    assert any(m.sender.name == "Alice Moreno" and all(p.quoted for p in m.provenance) for m in only)


def test_names_are_clean_and_redactions_never_names():
    assert clean_name("Whitlock, Gordon (NIH/NIAID) [E]") == ("Gordon Whitlock", "NIH/NIAID")
    assert clean_name("Serrano, Rosa de Las Nieves") == ("Rosa de Las Nieves Serrano", "")
    a, red = parse_address("'Theresa Conlan' <32718@lapd.lacity.org>")
    assert (a.name, a.email, red) == ("Theresa Conlan", "32718@lapd.lacity.org", 0)
    for marker in ("[REDACTED]", "(b)(6)", "\u2588\u2588\u2588\u2588\u2588", "(b) (6)"):
        a, red = parse_address(marker)
        assert a is None and red == 1, marker
    addrs, red = parse_address_list("Jane Roe; [REDACTED]; (b)(6); John Doe <jd@x.test>")
    assert [x.name for x in addrs] == ["Jane Roe", "John Doe"] and red == 2


@pytest.mark.parametrize("printed, tz, iso", [
    ("Thursday, March 3, 2016 2:20 PM", "America/Los_Angeles", "2016-03-03T14:20:00-08:00"),
    ("Tuesday, July 12, 2016 10:50 AM", "America/Los_Angeles", "2016-07-12T10:50:00-07:00"),  # daylight time
    ("Tuesday, July 12, 2016 10:50 AM", "America/New_York", "2016-07-12T10:50:00-04:00"),
    ("Mon, Aug 22, 2016 at 4:35 PM", "America/Los_Angeles", "2016-08-22T16:35:00-07:00"),
    ("Mar 2, 2016, at 8:21 AM", "Europe/Berlin", "2016-03-02T08:21:00+01:00"),
    ("Tue, 3 Mar 2020 02:17:08 +0000", "America/New_York", "2020-03-03T02:17:08+00:00"),
    ("Mon, 2 Mar 2020 20:14:36 -0500", "America/Los_Angeles", "2020-03-02T20:14:36-05:00"),
    ("Wednesday, March 4, 2020 11:05 PM EST", "America/Los_Angeles", "2020-03-04T23:05:00-05:00"),
    ("10/24/2016 9:15 AM", "America/Chicago", "2016-10-24T09:15:00-05:00"),
    ("Saturday, April 11,2020 4:50 PM", "America/New_York", "2020-04-11T16:50:00-04:00"),  # not the year 2000
    ("Monday, Apri! 13, 2020 2:49 AM", "America/New_York", "2020-04-13T02:49:00-04:00"),  # OCR'd month
    ("Friday, Apri] 17, 2020 8:03 AM", "America/New_York", "2020-04-17T08:03:00-04:00"),
    ("Wednesday, April 8, 2020 10:56 AM 4 |", "America/New_York", "2020-04-08T10:56:00-04:00"),  # debris after
    ("Monday, October 12, 2009 10:28 AM B6", "America/New_York", "2009-10-12T10:28:00-04:00"),  # a FOIA exemption
    ("September 12, 2012 4:24:55 PM GMT+02:00", "America/New_York", "2012-09-12T16:24:55+02:00"),  # east of UTC
    ("Saturday, July 07, 2012 02:03.PM", "America/New_York", "2012-07-07T14:03:00-04:00"),
    ("Saturday, September 15, 2012 02:20 P", "America/New_York", "2012-09-15T14:20:00-04:00"),  # PM cut short
    ("sometime last week", "UTC", ""),
    ("Tuesday, March 8", "UTC", ""),  # no year, no time: not a header date
    # OCR: a period for the colon, letters for digits
    ("Monday, March 3, 2025 9.53 AM", "America/Chicago", "2025-03-03T09:53:00-06:00"),
    ("Monday, March 3, 2025 l0:53 AM", "America/Chicago", "2025-03-03T10:53:00-06:00"),
    ("March 3, 2O25 1O:53 AM", "America/Chicago", "2025-03-03T10:53:00-06:00"),
    # ISO 8601 with its zone; zones in brackets, spelled out, or of Alaska and Hawaii
    ("2025-03-03T16:15:00Z", "America/Chicago", "2025-03-03T16:15:00+00:00"),
    ("2025-03-03T16:15:00+01:00", "America/Chicago", "2025-03-03T16:15:00+01:00"),
    ("Monday, March 3, 2025 4:15 PM (EST)", "America/Chicago", "2025-03-03T16:15:00-05:00"),
    ("Monday, March 3, 2025 4:15 PM Pacific Standard Time", "America/Chicago", "2025-03-03T16:15:00-08:00"),
    ("Mon, 3 Mar 2025 16:15:00 AKST", "America/Chicago", "2025-03-03T16:15:00-09:00"),
    # no English month and no date in digits: not read (fuzzy parsing made 3 January of it)
    ("lunes, 3 de marzo de 2025 16:15", "America/Chicago", ""),
])
def test_dates_and_time_zones(printed, tz, iso):
    assert parse_date(printed, tz) == iso


def test_unknown_time_zone_is_an_error():
    from giftgraph.ingest import read_paths

    with pytest.raises(UnknownTimezone, match="Mars/Olympus"):
        read_paths([], timezone="Mars/Olympus")


def test_release_timezone_applies_to_printed_times():
    la = split(fx.ORIGINAL_MESSAGE, tz="America/Los_Angeles")[0]
    ny = split(fx.ORIGINAL_MESSAGE, tz="America/New_York")[0]
    assert la.sent == "2016-10-11T13:50:00-07:00" and ny.sent == "2016-10-11T13:50:00-04:00"
    assert la.id != ny.id  # different instants: different messages


def test_a_sent_line_running_into_the_recipients_when_ocr_garbled_the_to_label():
    from giftgraph.ingest.printed import parse_header_text

    h = parse_header_text("From: Quill, Nora\nSent: Monday, April 6, 2020 1:36 PM i Orr, Tamsin (AGY) [E]; "
                          "Kettle, Vadim (AGY/OD) [E]\nSubject: Budget", "America/New_York")
    assert h.sent == "2020-04-06T13:36:00-04:00" and [a.name for a in h.to] == ["Tamsin Orr", "Vadim Kettle"]
    h = parse_header_text("From: Quill, Nora\nSent: Sunday, April 19, 2020 4:24 PM To; Orr, Tamsin (AGY) [E] >\n"
                          "Subject: Budget", "America/New_York")
    assert [a.name for a in h.to] == ["Tamsin Orr"]
    # debris after the time that is no list of names stays out of the recipients
    h = parse_header_text("From: Quill, Nora\nSent: Wednesday, February 26, 2020 6:57 PM Too 0\nSubject: B",
                          "America/New_York")
    assert h.to == [] and h.sent == "2020-02-26T18:57:00-05:00"


def test_capital_surname_particles_titles_and_job_words_in_printed_names():
    assert clean_name("Dr VAN DAALEN, Greta I yy G@>")[0] == "Greta I VAN DAALEN"  # VAN is no scrap, Dr no name
    assert clean_name("Oskar Lind Manager - Communications")[0] == "Oskar Lind"
    assert clean_name("Victor MOO Lusk MD")[0] == "Victor Lusk"  # scraps still go
    assert clean_name("John Director")[0] == "John Director"  # a two-word name keeps its surname


def test_ocr_punctuation_and_lower_case_surnames_in_printed_names():
    assert clean_name("Tove diMarco")[0] == "Tove diMarco"  # a surname typed in lower case
    assert parse_address("H imailto:HDR22@mail.example]")[0].name == ""  # an OCR'd "[mailto:" is no surname
    assert clean_name("Ruth Stein) Py")[0].startswith("Ruth Stein")  # a stray bracket
    assert clean_name("Marlow, Cheri! (AGY) [T]! (b)(6)") == ("Cheri Marlow", "AGY")  # "!" no name letter
    assert clean_name("Brent Kessel! (b)(6)")[0] == "Brent Kessel"
    assert clean_name("\u2018Mellor, Kit R. EOP/OVP' G-")[0] == "Kit R Mellor"  # curly quote


def test_an_outlook_name_glued_to_the_next_address_is_two_correspondents():
    addrs, _ = parse_address_list('"Roe, Pat (AGY/OD) [E]" >, Ann Bell <ann.bell@radio.example>')
    assert [(a.name, a.email) for a in addrs] == [("Pat Roe", ""), ("Ann Bell", "ann.bell@radio.example")]
    addrs, _ = parse_address_list("Quill, Nora (CDC/OD) DII@ Secretary@agency.example")
    assert [(a.name, a.email) for a in addrs] == [("Nora Quill", ""), ("", "secretary@agency.example")]
    # the person's own address after the tag stays with the name
    for own in ("Quill, Nora (NIH/NIAID) [E] <nora.quill@nih.example>", "Quill, Nora (NIH) [E] nquill@nih.example",
                "Alvarez, Robert (LAPD) <30512@lapd.lacity.org>"):
        addrs, _ = parse_address_list(own)
        assert len(addrs) == 1 and addrs[0].email, own


def test_ocr_spaces_inside_a_printed_address_are_closed():
    for printed, email in [("Ida. Steen@wire.example. com", "ida.steen@wire.example.com"),
                           ("Staff List <OD- SmallTeam@ mail.agency.example>", "smallteam@mail.agency.example"),
                           ("Ag Leg <AgLeg @mail.agency.example>", "agleg@mail.agency.example")]:
        a, _ = parse_address(printed)
        assert a.email == email, printed
    a, _ = parse_address("Kessel Dr. Rolf <RKessel@lab.example>")  # a name's own full stop stays a name's
    assert (a.name, a.email) == ("Kessel Dr Rolf", "rkessel@lab.example")


def test_a_printed_header_without_a_subject_line_ends_at_the_first_sentence():
    """A header printed with no Subject line, then a blank line and a short reply: the reply is the
    body, not more recipients ("To: Oscar Yes Thanks Jean Brandt")."""
    text = (b"From: Hollis, Jean <jhollis@ridgecity.test>\nSent: Thursday, March 6, 2025 7:30 AM\n"
            b"To: Brandt, Oscar <obrandt@ridgecity.test>\n\nYes.\n\nThanks,\nJean\n")
    [m] = read_text(text, file="reply.txt", timezone="America/Chicago")
    assert [a.name for a in m.to] == ["Oscar Brandt"] and m.subject == ""
    assert m.body == "Yes.\n\nThanks,\nJean"
    # fields printed with blank lines between them are still one header
    spaced = (b"From: Hollis, Jean <jhollis@ridgecity.test>\n\nSent: Thursday, March 6, 2025 7:30 AM\n\n"
              b"To: Brandt, Oscar <obrandt@ridgecity.test>\n\nSubject: Lunch\n\nYes.\n")
    [m] = read_text(spaced, file="spaced.txt", timezone="America/Chicago")
    assert (m.subject, m.body, [a.name for a in m.to]) == ("Lunch", "Yes.", ["Oscar Brandt"])


def test_on_so_and_so_wrote_in_prose_is_no_quoted_message():
    text = (b"From: Tate, Warren <wtate@ridgecity.test>\nSent: Thursday, March 27, 2025 9:00 AM\n"
            b"To: Ruiz, Ana <aruiz@ridgecity.test>\nSubject: Game tickets\n\nAna,\n\nOn Friday the vendor rep wrote:\n"
            b"\"We are happy to host the whole shift at the game.\"\n\nPlease decline.\n\nWarren\n"
            b"\nOn Wed, Mar 26, 2025 at 4:10 PM Vic Lane <vlane@vendor.test> wrote:\n> Tickets for the whole shift?\n")
    msgs = read_text(text, file="tickets.txt", timezone="America/Chicago")
    assert [m.sender.name for m in msgs] == ["Warren Tate", "Vic Lane"]  # the dated quote only
    assert "On Friday the vendor rep wrote:" in msgs[0].body and "Please decline." in msgs[0].body


def test_a_subject_the_writer_edited_is_kept_and_ocr_run_on_words_still_move_to_the_body():
    head = (b"From: Ruiz, Ana <aruiz@ridgecity.test>\nSent: Friday, March 28, 2025 9:00 AM\n"
            b"To: Lane, Vic <vlane@vendor.test>\nSubject: RE: Tickets%s\n\nVic, we cannot keep them.\n\n"
            b"-----Original Message-----\nFrom: Lane, Vic <vlane@vendor.test>\nSent: Thursday, March 27, 2025 4:10 PM\n"
            b"To: Ruiz, Ana <aruiz@ridgecity.test>\nSubject: Tickets\n\nFour tickets for the shift.\n")
    edited = read_text(head % b" - returning them", file="a.txt", timezone="America/Chicago")[0]
    assert edited.subject == "RE: Tickets - returning them" and edited.body == "Vic, we cannot keep them."
    run_on = read_text(head % b" Vic,", file="b.txt", timezone="America/Chicago")[0]
    assert run_on.subject == "RE: Tickets" and run_on.body.startswith("Vic,")


def test_the_mailbox_owners_name_alone_over_each_printed_email_is_no_body_text():
    """Outlook prints the mailbox owner over each email; a PDF's text may hold the name without the rule
    drawn under it. Each email stays its own document, not quoted history of the page before."""
    page = ("Okafor, Benedict\n\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}\n")
    text = (page.format(frm="Lusk, Gary <glusk@apexgear.test>", sent="Monday, March 24, 2025 9:00 AM",
                        to="Okafor, Benedict <bokafor@ridgecity.test>", subject="Jackets",
                        body="Ten jackets for your unit, no charge.\n\nGary")
            + "\f" + page.format(frm="Okafor, Benedict <bokafor@ridgecity.test>", sent="Tuesday, March 25, 2025 9:00 AM",
                                 to="Hart, Colin <chart@ridgecity.test>", subject="Jackets from Apex",
                                 body="Colin, can we accept these?\n\nThanks Omar"))
    msgs = read_text(text.encode(), file="owner.txt", timezone="America/Chicago")
    assert [(m.subject, m.body) for m in msgs] == [("Jackets", "Ten jackets for your unit, no charge.\n\nGary"),
                                                   ("Jackets from Apex", "Colin, can we accept these?\n\nThanks Omar")]
    assert not any(p.quoted for m in msgs for p in m.provenance) and msgs[0].in_reply_to is None


def test_ocr_misread_header_labels():
    text = (b"Frorn: Lane, Vic <vlane@vendor.test>\nSent: Thursday, March 27, 2025 4:10 PM\n"
            b"T0: Ruiz, Ana <aruiz@ridgecity.test>\nSubiect: Gift tickets\n\nFour tickets for the shift.\n")
    [m] = read_text(text, file="ocr.txt", timezone="America/Chicago")
    assert (m.sender.name, [a.name for a in m.to], m.subject, m.body) == (
        "Vic Lane", ["Ana Ruiz"], "Gift tickets", "Four tickets for the shift.")


def test_headers_printed_subject_first_and_an_outlook_block_whose_from_ocr_garbled():
    thunderbird = (b"From: Thao Nguyen <tnguyen@ridgecity.test>\nSent: Monday, April 7, 2025 9:00 AM\n"
                   b"To: Lee Park <lpark@ridgecity.test>\nSubject: FW: Cruise raffle\n\nFYI.\n\n"
                   b"-------- Forwarded Message --------\nSubject: \tCruise raffle\nDate: \tSat, 5 Apr 2025 10:12:44 -0500\n"
                   b"From: \tMiles Grant <mgrant@vireosys.test>\nTo: \tThao Nguyen <tnguyen@ridgecity.test>\n\n"
                   b"Two cruise tickets for your raffle.\n")
    fw, orig = read_text(thunderbird, file="fw.txt", timezone="America/Chicago")
    assert (fw.subject, fw.body) == ("FW: Cruise raffle", "FYI.")
    assert (orig.sender.name, orig.subject, orig.sent, orig.body) == (
        "Miles Grant", "Cruise raffle", "2025-04-05T10:12:44-05:00", "Two cruise tickets for your raffle.")
    # "Sent:" first because OCR garbled "From:": no header of its own that would swallow the next one's From
    garbled = (b"Frat: Hale, Iris\nSent: Wed, 29 Apr 2025 01:56:42 +0000\nTo: Moss, Ty\nSubject: FW: Slides\n"
               b"From: Moss, Ty <tmoss@agency.test>\nSent: Tuesday, April 28, 2025 8:08 PM\nTo: Hale, Iris <ihale@agency.test>\n"
               b"Subject: Slides\n\nHere they are.\n")
    msgs = read_text(garbled, file="g.txt", timezone="America/New_York")
    assert [(m.sender.name, m.sent) for m in msgs] == [("Ty Moss", "2025-04-28T20:08:00-04:00")]


def test_a_gmail_header_whose_date_sits_on_a_line_of_its_own():
    text = (b"Bo Lindgren <bo@shieldtactical.test>                Wed, Mar 19, 2025 at 5:10 PM\n"
            b"To: Ana Ruiz <aruiz@ridgecity.test>\n\nTwo vests for you, on us.\n\n"
            b"Ana Ruiz <aruiz@ridgecity.test>\nThu, Mar 20, 2025 at 7:02 PM\nTo: Bo Lindgren <bo@shieldtactical.test>\n\n"
            b"Thank you!\n")
    msgs = read_text(text, file="vests.txt", timezone="America/Chicago")
    assert [(m.sender.name, m.sent, m.body) for m in msgs] == [
        ("Bo Lindgren", "2025-03-19T17:10:00-05:00", "Two vests for you, on us."),
        ("Ana Ruiz", "2025-03-20T19:02:00-05:00", "Thank you!")]


def test_a_memorandum_heading_in_a_body_is_no_quoted_mail():
    text = ("From: Wilma Ostrander <wostrander@pinecrest.example>\nSent: Tuesday, May 5, 2026 9:12 AM\n"
            "To: All Staff <staff@pinecrest.example>\nSubject: Vendor gifts\n\nAll,\n\nPlease read the memo below.\n\n"
            "MEMORANDUM\n\nTO: All sworn staff\nFROM: Chief of Police Wilma Ostrander\nDATE: May 5, 2026\n"
            "SUBJECT: Gifts from vendors\n\nNo member may accept a gift from a vendor.\n")
    [m] = read_text(text.encode(), file="memo.txt", timezone="America/Chicago")
    assert "No member may accept a gift" in m.body and m.subject == "Vendor gifts"
