"""Gmail printouts of a Google Workspace account, bound one thread after another (probe Z). Every name and line is
invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.furniture import is_furniture, page_lines
from giftgraph.ingest.printed import split_lines


def test_a_workspace_account_s_browser_title_is_page_furniture():
    """A Workspace account prints "<Organisation> Mail - <subject>" where a personal account prints "Gmail - ...";
    a sentence that merely ends in "Mail - ..." is no title."""
    assert is_furniture("7/9/24, 3:05 PM Larkspur Valley Fire District Mail - Hose testing")
    assert is_furniture("7/9/24, 3:05 PM Gmail - Hose testing")
    assert not is_furniture("Please bring the Mail - it is on my desk")


def test_quoted_history_ends_at_the_next_thread_s_heading():
    """The last message of a thread ends with quoted history; the next page opens the next printout with the browser
    title, the account's line, the subject and "N messages". The quote must not run on into that thread."""
    pages = [
        "\n".join(["7/9/24, 3:05 PM Larkspur Valley Fire District Mail - Hose testing",
                   "Gmail Wes Palomar <wpalomar@larkspurfd.test>", "Hose testing", "2 messages",
                   "Ines Corbett <ines@hoseworks.test> Mon, Jun 3, 2024 at 8:10 AM",
                   "To: Wes Palomar <wpalomar@larkspurfd.test>", "", "Can we test the new lines Thursday?", "Ines",
                   "Wes Palomar <wpalomar@larkspurfd.test> Mon, Jun 3, 2024 at 9:40 AM",
                   "To: Ines Corbett <ines@hoseworks.test>", "", "Thursday works.",
                   "On Mon, Jun 3, 2024 at 8:10 AM Ines Corbett <ines@hoseworks.test> wrote:",
                   "> Can we test the new lines Thursday?",
                   "https://mail.google.com/mail/u/0/?ik=0a1b&view=pt&search=all 1/1"]),
        "\n".join(["7/9/24, 3:06 PM Larkspur Valley Fire District Mail - Pump invoice",
                   "Gmail Wes Palomar <wpalomar@larkspurfd.test>", "Pump invoice", "1 message",
                   "Ines Corbett <ines@hoseworks.test> Tue, Jun 11, 2024 at 1:30 PM",
                   "To: Wes Palomar <wpalomar@larkspurfd.test>", "", "The pump invoice is attached.",
                   "https://mail.google.com/mail/u/0/?ik=0a1b&view=pt&search=all 1/1"]),
    ]
    msgs = split_lines(page_lines(pages), file="binder.pdf", timezone="America/Denver")
    quoted = [m for m in msgs if any(p.quoted for p in m.provenance)]
    assert [m.body.strip() for m in quoted] == ["Can we test the new lines Thursday?"]
    assert {m.subject for m in msgs} == {"Hose testing", "Pump invoice"}
    assert not any("Palomar" in m.body or "Pump invoice" in m.body for m in msgs if m.subject == "Hose testing")
