"""Page furniture: repeated titles go, a prolific writer's signature lines stay."""
from giftgraph.ingest.furniture import page_lines


def _page(i: int, body: list[str]) -> str:
    return "\n".join(["RESPONSIVE RECORDS - VENDOR MAIL", *body, f"ABC-{i:06d}"])


def test_repeated_title_is_removed_and_bates_kept_as_provenance():
    words = ["alpha", "bravo", "charlie", "delta"]
    pages = [_page(i, [f"From: a{i}@x.org", f"hello {w}"]) for i, w in enumerate(words, 1)]
    lines = page_lines(pages)
    texts = [l.text for l in lines]
    assert "RESPONSIVE RECORDS - VENDOR MAIL" not in texts
    assert [l.bates for l in lines if l.text.startswith("hello")] == [f"ABC-{i:06d}" for i in range(1, 5)]


def test_signature_lines_repeated_at_page_feet_are_kept():
    sig = ["Pat Doe", "Detective I", "Harbor Division", "Metro Police Department"]
    pages = [_page(i, [f"From: pat{i}@x.org", "text", *sig]) for i in range(1, 6)]
    texts = [l.text for l in page_lines(pages)]
    assert texts.count("Harbor Division") == 5
    assert texts.count("Detective I") == 5


def test_printout_headings_at_page_tops_stay_out_of_the_previous_message():
    """A mailbox owner's name over an underscore banner, and a Gmail print title with its
    thread subject and "N messages", head a new printout; the message ending on the page
    before must not take them into its body (fictional names)."""
    from giftgraph.ingest.printed import split_lines

    banner = "_" * 40
    pages = [
        "\n".join(["AGENCY RECORDS RELEASE", "Quinn Ardent", banner, "From: Quinn Ardent <quinn@vendor.example>",
                   "Sent: Monday, May 2, 2016 9:00 AM", "To: Rory Vale <rory@city.example>", "Subject: Lunch",
                   "", "See you at noon.", "", "On Sun, May 1, 2016 at 8:00 AM, Rory Vale wrote:",
                   "> Are we still on?", "XYZ-000001"]),
        "\n".join(["AGENCY RECORDS RELEASE", "Rory Vale", banner, "From: Rory Vale <rory@city.example>",
                   "Sent: Tuesday, May 3, 2016 9:00 AM", "To: Quinn Ardent <quinn@vendor.example>", "Subject: Thanks",
                   "", "Thanks for lunch.", "XYZ-000002"]),
        "\n".join(["AGENCY RECORDS RELEASE", "Gmail - Parking passes", "Parking passes", "2 messages",
                   "Quinn Ardent <quinn@vendor.example> Wed, May 4, 2016 at 10:00 AM",
                   "To: Rory Vale <rory@city.example>", "", "Two passes are in the mail.", "XYZ-000003"]),
        "\n".join(["AGENCY RECORDS RELEASE", "Quinn Ardent", banner, "From: Quinn Ardent <quinn@vendor.example>",
                   "Sent: Thursday, May 5, 2016 9:00 AM", "To: Rory Vale <rory@city.example>", "Subject: Passes",
                   "", "Did they arrive?", "XYZ-000004"]),
    ]
    msgs = split_lines(page_lines(pages), file="release.pdf", timezone="America/Los_Angeles")
    bodies = {m.subject: m.body for m in msgs}
    assert "Quinn Ardent" not in bodies["Lunch"].splitlines()[-1] and "Rory Vale" not in bodies["Lunch"]
    assert bodies["Thanks"].strip() == "Thanks for lunch."
    assert "2 messages" not in bodies["Thanks"] and "Parking passes" not in bodies["Thanks"]
    assert bodies["Parking passes"].strip() == "Two passes are in the mail."
    assert bodies["Passes"].strip() == "Did they arrive?"


def test_a_signature_last_line_at_most_page_feet_is_kept_when_it_is_also_printed_inside_a_page():
    """Each message of a printout starts a page, so a prolific writer's signature ends most pages; the
    same signature also ends a message that stops mid-page. Its last line is text, not a footer."""
    sig = ["Pat Doe", "Detective I", "Metro Police Department"]
    pages = [_page(i, [f"From: pat{i}@x.org", f"note {i}", *sig]) for i in range(1, 6)]
    pages.append(_page(6, ["From: pat6@x.org", "short one", *sig, "From: lee@vendor.example", "reply text"]))
    texts = [l.text for l in page_lines(pages)]
    assert texts.count("Metro Police Department") == 6


def test_a_print_footer_at_every_page_foot_is_removed():
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    pages = ["\n".join(["RESPONSIVE RECORDS - VENDOR MAIL", f"From: a{i}@x.org", f"hello {w}",
                        "Produced under the Public Records Act", f"ABC-{i:06d}"]) for i, w in enumerate(words, 1)]
    texts = [l.text for l in page_lines(pages)]
    assert "Produced under the Public Records Act" not in texts
    assert [t for t in texts if t.startswith("hello")] == [f"hello {w}" for w in words]


def test_a_gmail_printout_heading_with_the_account_line_stays_out_of_the_previous_thread():
    """Gmail prints each thread under the account's "Name <address>" line, the thread subject and
    "N messages" (the dated browser title above them is page furniture). In a binder of printouts
    the last message of the thread before must not take that heading into its body (fictional names)."""
    from giftgraph.ingest.printed import split_lines

    pages = [
        "\n".join(["2/3/2020 Gmail - Snow route map", "Gmail Wrenfield Village PD <wrenfield.pd@gmail.com>", "Snow route map",
                   "1 message", "Orla Quist <oquist@plowco.example> Tue, Jan 7, 2020 at 9:15 AM",
                   "To: Abel Marsh <amarsh@wrenfieldpd.example>", "", "The new map is attached.", "Orla",
                   "https://mail.google.com/mail/u/0?ik=ab12&view=pt 1/1", "WREN 000101"]),
        "\n".join(["2/3/2020 Gmail - Salt delivery", "Wrenfield Village PD <wrenfield.pd@gmail.com>", "Salt delivery",
                   "2 messages", "Abel Marsh <amarsh@wrenfieldpd.example> Wed, Jan 8, 2020 at 2:40 PM",
                   "To: Orla Quist <oquist@plowco.example>", "", "Salt came this morning.",
                   "https://mail.google.com/mail/u/0?ik=ab12&view=pt 1/1", "WREN 000102"]),
    ]
    msgs = split_lines(page_lines(pages), file="binder.pdf", timezone="America/New_York")
    bodies = {m.subject: m.body for m in msgs}
    assert bodies["Snow route map"].split() == ["The", "new", "map", "is", "attached.", "Orla"]
    assert bodies["Salt delivery"].strip() == "Salt came this morning."


def test_footer_with_page_count_and_stamp_ends_a_page():
    """A print footer that carries "Page N of M" and the Bates stamp on one line ends its page and is
    furniture, as is the stamp-first order; the stamp is the page's."""
    from giftgraph.ingest.furniture import split_pages
    text = ("DOCS RELEASED 2025/88          WRD-FOI-004410\nFrom: Ana Pike\nhello there\n"
            "            Page 1 of 3           WRD-FOI-004410\n"
            "DOCS RELEASED 2025/88          WRD-FOI-004411\nmore words\n"
            "WRD-FOI-004411    Page 2 of 3\n"
            "DOCS RELEASED 2025/88          WRD-FOI-004412\nlast words\n"
            "            Page 3 of 3           WRD-FOI-004412\n")
    pages = split_pages(text)
    assert len(pages) == 3
    lines = [(l.text, l.page, l.bates) for l in page_lines(pages) if l.text.strip()]
    assert lines == [("From: Ana Pike", 1, "WRD-FOI-004410"), ("hello there", 1, "WRD-FOI-004410"),
                     ("more words", 2, "WRD-FOI-004411"), ("last words", 3, "WRD-FOI-004412")]


def test_a_webmail_print_view_title_and_footer_are_furniture_on_every_page():
    """A browser printing another web-mail client's print view puts the dated title ("Larchmont Webmail - X",
    "Mail - X") at each page's top and the view's address with an "n/m" counter at its foot; a thread that
    breaks across a page must not take either into its body (fictional names)."""
    pages = [
        "\n".join(["9/2/2019 Larchmont Webmail - Dock permits", "Ines Volk <ivolk@larchmont.example>",
                   "Tell the harbor office the permits are in.",
                   "https://webmail.larchmont.example/print?uid=8f3a2c 1/2"]),
        "\n".join(["9/2/2019 Larchmont Webmail - Dock permits", "Thanks again.", "Ines",
                   "https://webmail.larchmont.example/print?uid=8f3a2c 2/2"]),
        "\n".join(["9/2/2019, 4:05 PM Mail - Buoy order", "Ordered six.", "https://mail.example.net/view/77 1/1"]),
    ]
    texts = [l.text for l in page_lines(pages)]
    assert texts == ["Ines Volk <ivolk@larchmont.example>", "Tell the harbor office the permits are in.",
                     "Thanks again.", "Ines", "Ordered six."]


def test_a_thread_heading_over_an_underscore_rule_gives_the_thread_its_subject():
    """A web-mail print view that draws a rule of underscores between messages puts it under the thread's
    heading too (the mailbox owner's "Name <address>", the subject, "N messages"): the heading names the
    thread, and its first message starts a thread of its own, not a reply in the page before (fictional names)."""
    from giftgraph.ingest.printed import split_lines

    rule = "_" * 60
    pages = [
        "\n".join(["Pell Arden <parden@tolliver.example>", "Boat ramp keys", "1 message", rule,
                   "Nia Crowe <ncrowe@marinaco.example> Mon, May 2, 2016 at 9:10 AM",
                   "To: Pell Arden <parden@tolliver.example>", "The spare keys are at the gate house.", "Nia",
                   "https://webmail.tolliver.example/print?th=a1 1/1"]),
        "\n".join(["Pell Arden <parden@tolliver.example>", "Fuel dock hours", "2 messages", rule,
                   "Nia Crowe <ncrowe@marinaco.example> Tue, May 3, 2016 at 8:00 AM",
                   "To: Pell Arden <parden@tolliver.example>", "We open at six from June.", rule,
                   "Pell Arden <parden@tolliver.example> Tue, May 3, 2016 at 8:30 AM",
                   "To: Nia Crowe <ncrowe@marinaco.example>", "Noted, thanks.",
                   "https://webmail.tolliver.example/print?th=b2 1/1"]),
    ]
    msgs = split_lines(page_lines(pages), file="print.pdf", timezone="America/New_York")
    assert [(m.subject, m.body.strip()) for m in msgs] == [
        ("Boat ramp keys", "The spare keys are at the gate house.\nNia"),
        ("Fuel dock hours", "We open at six from June."),
        ("Fuel dock hours", "Noted, thanks."),
    ]
