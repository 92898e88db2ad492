"""Deduplication keeps distinct emails apart: two readings are one message only on evidence (the
same Message-ID, or the same minute, sender, recipients and a body that agree), never on a
similar subject alone, in any script; each merge is recorded in the kept message's provenance."""
from __future__ import annotations

import json
import random
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.ingest import ReadResult, finish_read, read_paths
from giftgraph.ingest.dedup import boilerplate_lines, dedup_evidence, merge_messages, subject_core
from giftgraph.ingest.message import Address, Message, Provenance

TZ = "America/Chicago"


def block(sender: str, sent: str, to: str, subject: str, body: str, cc: str = "") -> str:
    """One printed Outlook header block and its body."""
    return (f"From: {sender}\nSent: {sent}\nTo: {to}\n" + (f"Cc: {cc}\n" if cc else "")
            + f"Subject: {subject}\n\n{body}\n")


def read_release(tmp_path: Path, pages: list[str], name: str = "release.txt") -> list[Message]:
    f = tmp_path / name
    f.write_text("\f".join(pages), encoding="utf-8")
    res = read_paths([f], timezone=TZ, known={})
    assert not res.problems, res.problems
    return res.messages


MONDAY = "Monday, May 2, 2022 10:15 AM"


def test_same_minute_pairs_with_different_numbers_recipients_or_bodies_stay_apart(tmp_path):
    pages = [
        block("Wilma Tarrant <wtarrant@fabrikam.test>", MONDAY, "Osric Blum <oblum@contoso.test>", "Order 1001",
              "Please ship order 1001 to the depot.\nWilma"),
        block("Wilma Tarrant <wtarrant@fabrikam.test>", MONDAY, "Osric Blum <oblum@contoso.test>", "Order 1002",
              "Please ship order 1002 to the depot.\nWilma"),
        # one subject, one body, two recipients: two emails
        block("Wilma Tarrant", MONDAY, "Osric Blum", "Pickup window", "The truck comes at noon."),
        block("Wilma Tarrant", MONDAY, "Petra Lindahl", "Pickup window", "The truck comes at noon."),
        # one subject, one recipient, two bodies: two emails
        block("Wilma Tarrant", MONDAY, "Osric Blum", "Weekly numbers", "Sales rose by a third in the north."),
        block("Wilma Tarrant", MONDAY, "Osric Blum", "Weekly numbers", "Returns are down; the south is flat."),
        # a body that differs in a number from a same-subject email: two emails
        block("Wilma Tarrant", MONDAY, "Osric Blum", "Invoice", "Invoice 4417 is paid."),
        block("Wilma Tarrant", MONDAY, "Osric Blum", "Invoice", "Invoice 4418 is paid."),
    ]
    msgs = read_release(tmp_path, pages)
    assert sorted((m.subject, m.to[0].name, m.body.split("\n")[0]) for m in msgs) == sorted([
        ("Order 1001", "Osric Blum", "Please ship order 1001 to the depot."),
        ("Order 1002", "Osric Blum", "Please ship order 1002 to the depot."),
        ("Pickup window", "Osric Blum", "The truck comes at noon."),
        ("Pickup window", "Petra Lindahl", "The truck comes at noon."),
        ("Weekly numbers", "Osric Blum", "Sales rose by a third in the north."),
        ("Weekly numbers", "Osric Blum", "Returns are down; the south is flat."),
        ("Invoice", "Osric Blum", "Invoice 4417 is paid."),
        ("Invoice", "Osric Blum", "Invoice 4418 is paid.")])
    assert len({m.id for m in msgs}) == len(msgs)
    assert all(p.dedup is None for m in msgs for p in m.provenance)  # nothing was merged


def test_non_latin_subjects_are_words_and_never_match_everything(tmp_path):
    assert subject_core("RE: Счёт за март") == "счёт за март"
    assert subject_core("Отв: Заказ №7") == "заказ 7"
    assert subject_core("ΑΠ: Παραγγελία") == "παραγγελία"
    assert subject_core("回复：会议安排") == "会议安排"
    subjects = ["Счёт за март", "Заказ камер", "Παραγγελία υλικού", "Συνάντηση", "订单确认", "会议安排", "!!!", "???"]
    bodies = ["Счёт приложен.", "Нужно десять камер.", "Στείλτε τα υλικά.", "Τα λέμε αύριο.", "订单已确认。",
              "明天上午开会。", "Call me back.", "Where is the van?"]
    pages = [block("Ирина Волкова", MONDAY, "Osric Blum", s, b) for s, b in zip(subjects, bodies)]
    pages.append(pages[0])  # the same Cyrillic email printed twice is still one
    msgs = read_release(tmp_path, pages)
    assert sorted(m.subject for m in msgs) == sorted(subjects)
    assert all(m.sender.name == "Ирина Волкова" for m in msgs)
    twice = next(m for m in msgs if m.subject == "Счёт за март")
    assert [p.page for p in twice.provenance] == [1, 9] and twice.provenance[1].dedup["evidence"]


THREAD = """\
From: Osric Blum <oblum@contoso.test>
Sent: Tuesday, May 3, 2022 8:02 AM
To: Wilma Tarrant <wtarrant@fabrikam.test>
Subject: RE: Loaner scanners

Yes please, two would be plenty.
Osric
________________________________
From: Wilma Tarrant [mailto:wtarrant@fabrikam.test]
Sent: Monday, May 2, 2022 4:40 PM
To: Osric Blum
Cc: Petra Lindahl
Subject: Loaner scanners

Osric, we can lend your desk two scanners for the trial, no charge.
Wilma Tarrant | Fabrikam field team
"""

ALONE = block("Wilma Tarrant <wtarrant@fabrikam.test>", "Monday, May 2, 2022 4:40 PM",
              "Osric Blum <oblum@contoso.test>",
              "Loaner scanners", "Osric, we can lend your desk two scanners for the trial, no charge.\n"
              "Wilma Tarrant | Fabrikam field team", cc="Petra Lindahl <plindahl@fabrikam.test>")

GMAIL_QUOTE = """\
On May 2, 2022, at 4:40 PM, Wilma Tarrant <wtarrant@fabrikam.test> wrote:
> Osric, we can lend your desk two scanners for the trial,
> no charge.
"""


def test_the_same_email_printed_alone_twice_and_quoted_is_one_with_its_evidence(tmp_path):
    reply = block("Petra Lindahl <plindahl@fabrikam.test>", "Tuesday, May 3, 2022 9:30 AM", "Osric Blum",
                  "Re: Loaner scanners", "Happy to bring them over.\n\n" + GMAIL_QUOTE)
    msgs = read_release(tmp_path, [THREAD, ALONE, ALONE, reply])
    offer = [m for m in msgs if m.body.startswith("Osric, we can lend")]
    assert len(offer) == 1 and len(msgs) == 3
    offer = offer[0]
    assert offer.sender.email == "wtarrant@fabrikam.test" and offer.cc[0].email == "plindahl@fabrikam.test"
    assert sorted((p.page, p.quoted) for p in offer.provenance) == [(1, True), (2, False), (3, False), (4, True)]
    merged = [p.dedup for p in offer.provenance if p.dedup]
    assert len(merged) == 3 and all(d["reading"].startswith("msg-") for d in merged)
    evidence = " | ".join(d["evidence"] for d in merged)
    assert "bodies agree" in evidence and "same minute, sender" in evidence
    replies = {m.subject: m for m in msgs if m is not offer}
    assert replies["RE: Loaner scanners"].in_reply_to == offer.id


def _eml(message_id: str, body: str, to: str = "Osric Blum <oblum@contoso.test>") -> bytes:
    m = EmailMessage()
    m["From"] = "Wilma Tarrant <wtarrant@fabrikam.test>"
    m["To"] = to
    m["Subject"] = "Scanner returns"
    m["Date"] = "Wed, 04 May 2022 11:20:00 -0500"
    m["Message-ID"] = message_id
    m.set_content(body)
    return bytes(m)


def test_message_id_is_evidence_and_other_message_ids_prove_nothing(tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "sent").mkdir()
    # the same email in two mailboxes, its body re-wrapped by one client: one message by its Message-ID
    (tmp_path / "inbox" / "a.eml").write_bytes(_eml("<scan-1@fabrikam.test>", "Both scanners are back. Thanks!\n"))
    (tmp_path / "sent" / "a.eml").write_bytes(_eml("<scan-1@fabrikam.test>", "Both scanners\nare back.\n\nThanks!\n"))
    # a copy an export re-stamped with another Message-ID: one message by what it prints
    (tmp_path / "sent" / "b.eml").write_bytes(_eml("<restamped-7@export.test>", "Both scanners are back. Thanks!\nWilma\n"))
    # another email of the same minute, sender and subject, with its own text: a second message
    (tmp_path / "sent" / "c.eml").write_bytes(_eml("<scan-2@fabrikam.test>", "The charger of one is missing.\n"))
    res = read_paths([tmp_path], timezone=TZ, known={})
    assert sorted(m.message_id for m in res.messages) == ["<scan-1@fabrikam.test>", "<scan-2@fabrikam.test>"]
    one = next(m for m in res.messages if m.message_id == "<scan-1@fabrikam.test>")
    assert [f"{Path(p.file).parent.name}/{Path(p.file).name}" for p in one.provenance] == ["inbox/a.eml", "sent/a.eml",
                                                                                         "sent/b.eml"]
    assert one.provenance[1].dedup["evidence"] == "same Message-ID"
    assert "bodies agree (1.00)" in one.provenance[2].dedup["evidence"]


def _m(subject="Order 1001", body="Please ship order 1001.", to=("Osric Blum",), sender="Wilma Tarrant",
       sent="2022-05-02T10:15:00-05:00", quoted=False) -> Message:
    return Message(sender=Address(name=sender), sent=sent, to=[Address(name=n) for n in to], subject=subject,
                   body=body, provenance=[Provenance(file="x.txt", quoted=quoted)])


def test_evidence_rules():
    a = _m()
    assert dedup_evidence(a, _m(subject="Order 1002", body="Please ship order 1002.")) is None
    assert dedup_evidence(a, _m(subject="RE: Order 1001", body="Please ship order 1001.", to=(), quoted=True))
    assert dedup_evidence(a, _m(body="Please ship order 1001.", to=("Petra Lindahl",))) is None
    assert dedup_evidence(a, _m(body="Please ship order 1001.", sender="Petra Lindahl")) is None
    assert dedup_evidence(a, _m(body="Please ship order 1001.", sent="2022-05-02T10:16:00-05:00")) is None
    # a similar subject is not evidence: bodies must agree, or be absent under one and the same subject
    assert dedup_evidence(_m(subject="Quarterly report", body=""), _m(subject="Quarterly reports", body="")) is None
    assert dedup_evidence(_m(body=""), _m(body="Please ship order 1001."))
    assert dedup_evidence(_m(subject="Заказ", body=""), _m(subject="Счёт", body="")) is None
    assert dedup_evidence(_m(subject="", body="Call me."), _m(subject="", body="Where is the van?")) is None
    # the same instant printed in two zones, a quoted copy cut short with its signature lost
    long_ = _m(body="Please ship order 1001 to the depot by Friday. Thanks, Wilma Tarrant, Fabrikam field team")
    short = _m(subject="RE: Order 1001", body="Please ship order 1001 to the depot by Friday.",
               sent="2022-05-02T11:15:00-04:00", quoted=True)
    assert "bodies agree (1.00)" in dedup_evidence(long_, short)


FIRST = ["Ada", "Boris", "Chen", "Dora", "Emil", "Fenna", "Gus", "Hana", "Ivo", "Jora", "Kemal", "Lior", "Mira",
         "Nils", "Oona", "Pavel", "Quinn", "Rhea", "Sven", "Tove", "Ugo", "Vera", "Wim", "Xia", "Yuri", "Zora"]
LAST = ["Quill", "Rask", "Sorel", "Tamm", "Ulric", "Vance", "Wendt", "Yarrow", "Zell", "Orme", "Pike", "Nash",
        "Mott", "Lusk", "Kerr", "Jost", "Hoyle", "Gant", "Fisk", "Egan", "Dunn", "Croft", "Birch", "Amsel"]
TOPICS = ["Order", "Invoice", "Delivery", "Ticket", "Заказ", "Παραγγελία", "订单", "Shipment", "Batch", "Case"]
WORDS = ("alpha bravo cedar delta ember fjord grove harbor island juniper kettle lantern meadow nickel orchard "
         "pebble quarry ridge summit timber umber valley willow yonder zephyr").split()


def _release(n: int, seed: int = 7) -> list[Message]:
    """n distinct emails, dense in time (about forty a minute), senders and recipients from a small
    cast, subjects that differ in a number or are in other scripts or empty, distinct bodies."""
    rng = random.Random(seed)
    people = [Address(name=f"{f} {l}", email=f"{f.lower()}.{l.lower()}@fabrikam.test") for f in FIRST for l in LAST]
    out = []
    for i in range(n):
        minute = rng.randrange(480)
        sender = rng.choice(people)
        to = rng.sample(people, rng.randint(1, 3))
        topic = rng.choice(TOPICS)
        subject = "" if i % 97 == 0 else f"{topic} {1000 + i}" if i % 3 else f"RE: {topic}"
        body = " ".join(rng.choice(WORDS) for _ in range(12)) + f" ref {i}"
        out.append(Message(sender=Address(name=sender.name, email=sender.email),
                           sent=f"2022-05-02T{8 + minute // 60:02d}:{minute % 60:02d}:00-05:00",
                           to=[Address(name=a.name, email=a.email) for a in to], subject=subject, body=body,
                           provenance=[Provenance(file="generated.txt", page=i // 8 + 1)]))
    return out


def test_twenty_thousand_distinct_header_blocks_are_all_kept_and_their_quoted_copies_merged():
    msgs = _release(20_000)
    # 500 of them are quoted again under replies: no address, no recipients, "RE:", the body cut short
    quoted = [Message(sender=Address(name=m.sender.name), sent=m.sent, subject="RE: " + m.subject,
                      body=" ".join(m.body.split()[:10]), provenance=[Provenance(file="generated.txt", page=9999,
                                                                                 quoted=True)])
              for m in msgs[::40]]
    res = finish_read(ReadResult(), msgs + quoted)
    assert len(res.messages) == 20_000
    assert sorted(m.body for m in res.messages) == sorted(m.body for m in msgs)
    assert len({m.id for m in res.messages}) == 20_000
    twice = [m for m in res.messages if len(m.provenance) == 2]
    assert len(twice) == 500 and all(m.provenance[1].quoted and m.provenance[1].dedup for m in twice)


def test_a_generated_printed_release_keeps_every_block(tmp_path):
    """The same through the text reader: 400 printed header blocks, 40 to a page, all in ten minutes."""
    rng = random.Random(11)
    people = [f"{f} {l}" for f in FIRST[:8] for l in LAST[:8]]
    blocks = []
    for i in range(400):
        sender, to = rng.sample(people, 2)
        subject = f"{rng.choice(TOPICS)} {2000 + i}" if i % 4 else rng.choice(TOPICS)
        blocks.append(block(sender, f"Monday, May 2, 2022 9:{rng.randrange(10):02d} AM", to, subject,
                            " ".join(rng.choice(WORDS) for _ in range(10)) + f" item {i}."))
    msgs = read_release(tmp_path, ["\n".join(blocks[k:k + 40]) for k in range(0, 400, 40)])
    assert len(msgs) == 400 and len({m.id for m in msgs}) == 400


def test_merging_into_a_case_keeps_ids_and_records_the_reading():
    old = _m()
    old.id = "msg-saved-before"
    again = _m(subject="RE: Order 1001", to=(), quoted=True)
    other = _m(subject="Order 1002", body="Please ship order 1002.")
    out = merge_messages([old], [again, other])
    assert [m.id for m in out] == ["msg-saved-before", other.id]
    assert out[0].provenance[1].dedup == {"reading": again.id, "evidence": out[0].provenance[1].dedup["evidence"]}
    assert Message.from_dict(out[0].to_dict()).provenance[1].dedup == out[0].provenance[1].dedup


SIGNATURE = ("Wilma Tarrant, Field Team Lead\nFabrikam Logistics, 12 Harbor Road, Port Alder\n"
             "This message and its attachments are meant for the addressee only. If you received it in error, "
             "please delete it and tell the sender.")


def test_a_shared_signature_or_footer_is_no_evidence(tmp_path):
    """Two short emails of one minute, sender, recipient and subject, under a long signature the
    sender prints everywhere: their own words decide, not the signature they share."""
    pages = [block("Wilma Tarrant", f"Monday, May {d}, 2022 8:00 AM", "Osric Blum", subject, f"{text}\n{SIGNATURE}")
             for d, subject, text in [(3, "Depot keys", "The keys are at the front desk."),
                                      (4, "Van rota", "Rota attached for next week."),
                                      (5, "Fuel cards", "New fuel cards arrive Friday.")]]
    pages += [block("Wilma Tarrant", MONDAY, "Osric Blum", "RE: Scanner loan", f"Thanks.\n{SIGNATURE}"),
              block("Wilma Tarrant", MONDAY, "Osric Blum", "RE: Scanner loan", f"Please call the depot.\n{SIGNATURE}")]
    quoted = block("Osric Blum", "Monday, May 2, 2022 11:00 AM", "Wilma Tarrant", "RE: Scanner loan", "Will do.") \
        + "\n" + block("Wilma Tarrant", MONDAY, "Osric Blum", "RE: Scanner loan", "Please call the depot.\nWilma Tarrant")
    msgs = read_release(tmp_path, [*pages, quoted])
    loan = sorted((m.body.split("\n")[0], len(m.provenance)) for m in msgs if m.subject == "RE: Scanner loan"
                  and m.sender.name == "Wilma Tarrant")
    assert loan == [("Please call the depot.", 2), ("Thanks.", 1)]  # the quoted copy found its email
    thanks, call = (next(m for m in msgs if m.body.startswith(t)) for t in ("Thanks.", "Please call"))
    assert dedup_evidence(thanks, call)  # on all their words, the signature would make them one
    assert dedup_evidence(thanks, call, boilerplate_lines(msgs)) is None


GIFT_PROFILE = {
    "profile.yaml": "name: corvane_alder\ndescription: Corvane / Port Alder PD (invented)\n"
                    "timezone: America/Chicago\nvendor: Corvane\nagency: Port Alder Police Department\n",
    "organizations.yaml": "organizations:\n- {name: Corvane, kind: vendor, aliases: [Corvane Inc.]}\n"
                          "- {name: Port Alder Police Department, kind: agency, aliases: [PAPD]}\n",
    "domains.yaml": "domains:\n  corvane.example: {role: vendor_employee, organization: Corvane}\n"
                    "  portalderpd.example: {role: officer, organization: Port Alder Police Department}\n",
    "products.yaml": "products:\n- {name: Lookout Cam, unit_price_usd: 150, aliases: [Lookout Camera]}\n"
                     "- {name: Lookout Bell, unit_price_usd: 60, aliases: []}\n",
}


@pytest.mark.model
def test_two_gifts_mailed_in_one_minute_are_both_in_the_ledger(tmp_path):
    prof = tmp_path / "profile"
    prof.mkdir()
    for name, text in GIFT_PROFILE.items():
        (prof / name).write_text(text, encoding="utf-8")
    sender, to, sent = ("Marisol Quent <marisol.quent@corvane.example>", "Tobin Ashe <tashe@portalderpd.example>",
                        "Tuesday, June 7, 2022 2:05 PM")
    pages = [block(sender, sent, to, "Order 1001", "Tobin,\n\nYour two Lookout Cams left our warehouse this morning. "
                   "No invoice will follow.\n\nMarisol"),
             block(sender, sent, to, "Order 1002", "Tobin,\n\nYour Lookout Bell left our warehouse this morning. "
                   "No invoice will follow.\n\nMarisol")]
    (tmp_path / "release.txt").write_text("\f".join(pages), encoding="utf-8")
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "release.txt"), "--profile", str(prof), "--case", str(case), "-s"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["ledger", "--case", str(case), "--by", "recipient", "--json"])
    rows = {row["name"]: row for row in json.loads(r.stdout) if row["name"] != "TOTAL"}
    assert "Tobin Ashe" in rows, rows
    assert rows["Tobin Ashe"]["gifts"] == 2 and rows["Tobin Ashe"]["value_usd"] == 2 * 150 + 60
    assert {e["subject"] for e in rows["Tobin Ashe"]["evidence"]} == {"Order 1001", "Order 1002"}
