"""Full-text search over a case's messages: SQLite FTS5 (it ships with Python's ``sqlite3``).

The index lives in the case directory (``search.sqlite``, :attr:`Case.search_path`). It is
derived data: built from ``messages.jsonl`` on first use and rebuilt whenever that file changes
(its size and modification time are recorded in the index), so deleting it is always safe.

Indexed per message: subject, body, sender (name and address), recipients, and the Bates
stamps and file names it was printed on, so ``NIH-000123`` finds the page it is stamped on.

Queries are what an investigator types, not FTS5 syntax: words are all required (in any
order), ``"quoted text"`` is a phrase, ``word*`` a prefix, ``-word`` excludes. A query of
several words without quotes finds the messages holding them as a phrase first (``match ==
"phrase"``), then those holding all of them elsewhere (``match == "words"``); within each
group hits are ranked by BM25 (subject weighted above the body). Punctuated tokens (Bates
numbers, e-mail addresses, ``$1,000``) are matched as the phrase of their parts.

Usage::

    from giftgraph.graph.search import search
    hits = search(Case("exports/ring"), "free of charge", limit=20)
    hits[0]["id"], hits[0]["subject"], hits[0]["snippet"]   # snippet marks hits with « »
"""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import networkx as nx

from giftgraph.errors import GiftgraphError

__all__ = ["SearchError", "ensure_index", "search", "parse_query", "message_entities", "HIT_OPEN", "HIT_CLOSE",
           "snippet_parts"]

HIT_OPEN, HIT_CLOSE = "\u00ab", "\u00bb"  # « »
_SCHEMA_VERSION = "1"
_TOKEN_RE = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD_RE = re.compile(r"\w+", re.UNICODE)


class SearchError(GiftgraphError):
    """A query that cannot be run (empty, or nothing searchable in it)."""


def _stamp(path: Path) -> str:
    try:
        st = path.stat()
    except FileNotFoundError:
        return "missing"
    return f"{_SCHEMA_VERSION}:{st.st_size}:{st.st_mtime_ns}"


def _addr(a: dict) -> str:
    return " ".join(x for x in (a.get("name") or "", a.get("email") or "") if x)


def _fallback(case) -> Path:
    """Where the index goes when the case directory cannot be written (a read-only copy)."""
    import hashlib
    import tempfile

    key = hashlib.sha1(str(Path(case.path).resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"giftgraph-search-{key}.sqlite"


def ensure_index(case) -> Path:
    """The case's full-text index, (re)built when messages.jsonl changed since it was built.
    In a case directory that cannot be written, the index is kept in the temporary directory."""
    try:
        return _ensure(case, Path(case.search_path))
    except (OSError, sqlite3.OperationalError):
        return _ensure(case, _fallback(case))


def _ensure(case, db: Path) -> Path:
    stamp = _stamp(case.messages_path)
    if db.exists():
        try:
            with sqlite3.connect(db) as con:
                row = con.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            if row and row[0] == stamp:
                return db
        except sqlite3.DatabaseError:
            pass
    tmp = db.with_name(f".{db.name}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("""
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE msg(rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, sent TEXT, subject TEXT, sender TEXT,
                             file TEXT, page INTEGER, bates TEXT);
            CREATE VIRTUAL TABLE fts USING fts5(subject, body, people, stamps, tokenize = 'unicode61 remove_diacritics 2');
        """)
        rows = []
        for n, m in enumerate(case.iter_messages(), 1):
            d = m.to_dict()
            prov = d.get("provenance") or []
            first = prov[0] if prov else {}
            people = " ".join([_addr(d.get("sender") or {})] + [_addr(a) for a in (d.get("to") or []) + (d.get("cc") or [])])
            stamps = " ".join(sorted({str(p.get("bates")) for p in prov if p.get("bates")}
                                     | {Path(str(p.get("file") or "")).name for p in prov if p.get("file")}))
            rows.append((n, d["id"], d.get("sent") or "", d.get("subject") or "", _addr(d.get("sender") or {}),
                         Path(str(first.get("file") or "")).name, first.get("page"), first.get("bates") or "",
                         d.get("body") or "", people, stamps))
        con.executemany("INSERT INTO msg VALUES (?,?,?,?,?,?,?,?)", [r[:8] for r in rows])
        con.executemany("INSERT INTO fts(rowid, subject, body, people, stamps) VALUES (?,?,?,?,?)",
                        [(r[0], r[3], r[8], r[9], r[10]) for r in rows])
        con.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        con.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
        con.commit()
    finally:
        con.close()
    tmp.replace(db)
    return db


def _phrase(text: str) -> str | None:
    words = _WORD_RE.findall(text)
    return '"' + " ".join(words) + '"' if words else None


def parse_query(q: str) -> tuple[str, str | None]:
    """An FTS5 expression for what the user typed: (all-terms query, phrase query or None).

    The phrase query exists when the input is several plain words (no quotes, prefixes or
    exclusions): it ranks the messages holding them side by side first."""
    q = (q or "").strip()
    if not q:
        raise SearchError("empty query")
    must, must_not, plain = [], [], []
    for neg, quoted, bare in _TOKEN_RE.findall(q):
        if quoted:
            p = _phrase(quoted)
            if p:
                (must_not if neg else must).append(p)
            continue
        neg2 = bare.startswith("-") and len(bare) > 1
        tok = bare[1:] if neg2 else bare
        prefix = tok.endswith("*")
        term = _phrase(tok[:-1] if prefix else tok)
        if term and prefix:
            term += " *"  # FTS5: the phrase's last word as a prefix
        if not term:
            continue
        (must_not if neg2 else must).append(term)
        if not neg2 and not prefix:
            plain.extend(_WORD_RE.findall(tok))
    if not must:
        raise SearchError(f"{q!r}: nothing to search for (give at least one word)")
    expr = " AND ".join(must) + "".join(f" NOT {t}" for t in must_not)
    phrase = None
    if len(plain) > 1 and not must_not and '"' not in q and "*" not in q:
        phrase = '"' + " ".join(plain) + '"'
    return expr, phrase


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, is_hit) pieces (the page shows hits with ``<mark>``)."""
    out = []
    for i, piece in enumerate(re.split(f"[{HIT_OPEN}{HIT_CLOSE}]", snippet or "")):
        if piece:
            out.append((piece, i % 2 == 1))
    return out


def message_entities(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Message id -> the entities at either end of the links it is evidence for."""
    out: dict[str, set] = {}
    for u, v, d in G.edges(data=True):
        for ev in d.get("evidence") or []:
            mid = ev.get("message")
            if mid:
                s = out.setdefault(mid, set())
                s.update(x for x in (u, v) if G.nodes[x].get("kind") != "message")
    return {m: sorted(s, key=lambda n: (-G.degree(n), str(G.nodes[n].get("name") or n))) for m, s in out.items()}


def search(case, query: str, *, limit: int = 50, graph: nx.MultiDiGraph | None = None,
           entities: dict[str, list[str]] | None = None) -> list[dict]:
    """Messages matching `query`, best first: id, sent, subject, sender, file, page, Bates,
    ``match`` ("phrase" or "words"), BM25 ``rank`` (lower is better), ``snippet`` (hits between
    « and »), ``subject_snippet`` and, when the case graph is given, the ``entities`` the message
    is evidence for (id, name, kind)."""
    expr, phrase = parse_query(query)
    db = ensure_index(case)
    sql = ("SELECT m.id, m.sent, m.subject, m.sender, m.file, m.page, m.bates, bm25(fts, 8.0, 1.0, 2.0, 4.0), "
           f"snippet(fts, -1, '{HIT_OPEN}', '{HIT_CLOSE}', '…', 24), highlight(fts, 0, '{HIT_OPEN}', '{HIT_CLOSE}') "
           "FROM fts JOIN msg m ON m.rowid = fts.rowid WHERE fts MATCH ? ORDER BY bm25(fts, 8.0, 1.0, 2.0, 4.0) LIMIT ?")
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows, seen = [], set()
        for match, q in (("phrase", phrase), ("words", expr)):
            if not q or len(rows) >= limit:
                continue
            try:
                found = con.execute(sql, (q, limit + len(seen))).fetchall()
            except sqlite3.OperationalError as exc:
                raise SearchError(f"{query!r}: cannot search for this ({exc})") from None
            for r in found:
                if r[0] in seen or len(rows) >= limit:
                    continue
                seen.add(r[0])
                rows.append((match, r))
    finally:
        con.close()
    if graph is not None and entities is None:
        entities = message_entities(graph)
    hits = []
    for match, (mid, sent, subject, sender, file, page, bates, rank, snip, subj_hl) in rows:
        hit = {"id": mid, "sent": sent, "subject": subject, "sender": sender, "file": file, "page": page,
               "bates": bates, "match": match, "rank": round(rank, 3), "snippet": snip, "subject_snippet": subj_hl}
        if graph is not None:
            hit["entities"] = [{"id": n, "name": str(graph.nodes[n].get("name") or n), "kind": graph.nodes[n].get("kind")}
                               for n in (entities or {}).get(mid, []) if n in graph][:12]
        hits.append(hit)
    return hits


def dumps(hits: list[dict]) -> str:
    return json.dumps(hits, indent=2, ensure_ascii=False)
