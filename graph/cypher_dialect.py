"""Neo4j's Cypher -> the embedded engine's (LadybugDB) Cypher: what can be translated is, the rest
is refused with one line naming the construct.

The query is tokenised (strings, backticked names, comments and parameters are never rewritten),
then these steps apply, each documented in the README and tested against Neo4j:

=========================================  ==================================================
Neo4j                                      embedded
=========================================  ==================================================
``(n:Entity)``, ``(n:Person:Entity)``      ``(n)``, ``(n:Person)`` (every node table is an entity)
``(n:Person|Division)``                    the same (a union of node tables)
``WHERE n:Person``                         ``label(n) = 'Person'`` (``n:Entity``: ``true``)
``type(r)``                                ``label(r)``
``labels(n)``                              ``['Entity', label(n)]`` (Neo4j's order for giftgraph nodes)
``relationships(p)``                       ``rels(p)``
``substring(s, i[, n])`` (from 0)          ``substring(s, i + 1, n)`` (from 1)
``list[i]`` (from 0)                       ``list[i + 1]`` (from 1; negative indexes count from the end on both)
``list[i..j]`` (0-based, end excluded)     ``list[i + 1:j]`` (1-based, end included)
``split``, ``toInteger``, ``toFloat``      ``string_split``, ``to_int64``, ``to_double``
``tail(l)``                                ``list_slice(l, 2, size(l))``
``sum(x)`` of no values                    ``coalesce(sum(x), 0)`` (Neo4j's 0, not null)
``x CONTAINS ''`` (true)                   ``x STARTS WITH ''`` (the engine's CONTAINS '' is false)
``shortestPath((a)-[*..k]-(b))``           ``(a)-[* SHORTEST 1..k]-(b)``; ``allShortestPaths``: ``ALL SHORTEST``
``[x IN l WHERE p | e]``                   ``list_transform(list_filter(l, x -> p), x -> e)``
trail semantics: no relationship twice     ``* TRAIL lo..hi`` for each variable-length relationship and
in one ``MATCH``                           ``r1 <> r2`` for two relationships of one ``MATCH`` that
                                           could be the same one (``-->`` is named ``-[__r1]->`` for it),
                                           ``NOT list_contains(rels(v), r)`` for a fixed and a variable-length one
``*`` with no upper bound                  ``*1..30`` (the engine's longest; Neo4j has none)
=========================================  ==================================================

Refused (:class:`DialectError`, one line): writes (``CREATE``, ``MERGE``, ``SET``, ``DELETE``,
``REMOVE``, ``DROP``, ``FOREACH``, ``LOAD CSV``), ``CALL`` (procedures and ``CALL {}`` subqueries),
``id()`` / ``elementId()`` (engine-internal numbers: use ``n.id``), ``keys()`` / ``properties()``,
temporal functions (``date()``, ``datetime()``, ``duration()``...: the case holds ISO-8601 text,
compare it as text or cut it with ``substring``),
pattern comprehensions ``[(a)-->(b) | ...]``, map projections ``n {.name}``, a node pattern with
two kind labels (``(n:Person:Division)``; no giftgraph node has two), negative slice bounds,
dynamic property access ``n[k]``, and labels or relationship types the case graph does not have.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from giftgraph.errors import GiftgraphError
from giftgraph.graph.properties import COMMON_LABEL, LABELS, REL_TYPES

__all__ = ["DialectError", "Translation", "translate", "return_columns"]

KIND_LABELS = tuple(LABELS.values())
MAX_DEPTH = 30


class DialectError(GiftgraphError):
    """A construct the embedded engine cannot run (the message names it)."""


_TOKEN = re.compile(r"""
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<bq>`(?:[^`]|``)*`)
  | (?P<param>\$(?:[A-Za-z_]\w*|`[^`]*`))
  | (?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<ws>\s+)
  | (?P<op>=~|<>|<=|>=|->|<-|\.\.|\+=|.)
""", re.S | re.X)

_CLAUSE = {"MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "ORDER", "SKIP", "LIMIT", "UNION",
           "CALL", "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "USING", "LOAD"}
_KEYWORDS = _CLAUSE | {"AND", "OR", "XOR", "NOT", "IN", "AS", "BY", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN",
                       "THEN", "ELSE", "END", "DISTINCT", "STARTS", "ENDS", "CONTAINS", "ASC", "DESC",
                       "ASCENDING", "DESCENDING", "EXISTS", "COUNT", "ALL", "ANY", "NONE", "SINGLE"}
_WRITES = {"CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "LOAD", "COPY", "ALTER",
           "INSTALL", "ATTACH", "CHECKPOINT", "EXPORT", "IMPORT"}
_REFUSED_FUNCS = {
    "id": "id() gives engine-internal numbers that differ between engines: use the stable n.id property",
    "elementid": "elementId() gives engine-internal ids that differ between engines: use the stable n.id property",
    "keys": "keys() is not available embedded: name the properties (the README lists them)",
    "properties": "properties() is not available embedded: return the node itself or name the properties",
    "date": "temporal functions (date()) are not translated: dates are ISO-8601 text, compare them as text "
            "or cut them with substring(m.sent, 0, 7)",
    "datetime": "temporal functions (datetime()) are not translated: dates are ISO-8601 text, compare them as "
                "text or cut them with substring(m.sent, 0, 7)",
    "localdatetime": "temporal functions (localdatetime()) are not translated: dates are ISO-8601 text",
    "localtime": "temporal functions (localtime()) are not translated: dates are ISO-8601 text",
    "time": "temporal functions (time()) are not translated: dates are ISO-8601 text",
    "duration": "temporal functions (duration()) are not translated: dates are ISO-8601 text",
    "timestamp": "timestamp() is not translated",
    "exists": "exists(n.prop) is not Cypher 5 on either engine: write n.prop IS NOT NULL",
    "reduce": "reduce() is not available embedded: use UNWIND and an aggregate",
    "head": "head() is not available embedded: write list[0]",
    "last": "last() is not available embedded: write list[-1]",
    "tostring": "toString() is not translated (number formats differ between engines)",
    "round": "round() is not translated (the engines round halves differently)",
}
_RENAMED_FUNCS = {"type": "label", "relationships": "rels", "split": "string_split", "tointeger": "to_int64",
                  "tofloat": "to_double"}


@dataclass
class Tok:
    kind: str
    text: str

    @property
    def up(self) -> str:
        return self.text.upper() if self.kind == "id" else self.text


@dataclass
class Translation:
    text: str
    columns: list[str] | None      # names of the final RETURN's columns, as Neo4j names them
    params: dict


def tokenize(text: str) -> list[Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        toks.append(Tok(kind or "", m.group(0)))
    return toks


def _split_top_level(toks: list[Tok], sep: str) -> list[list[Tok]]:
    """`toks` split at each `sep` operator outside brackets ("a, f(b, c)" at "," is two parts)."""
    parts: list[list[Tok]] = []
    cur: list[Tok] = []
    depth = 0
    for t in toks:
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        if depth == 0 and t.kind == "op" and t.text == sep:
            parts.append(cur)
            cur = []
            continue
        cur.append(t)
    parts.append(cur)
    return parts


def _sig(toks: list[Tok], i: int, step: int = 1) -> int:
    """Index of the next (step=1) or previous (step=-1) significant token from i (exclusive)."""
    j = i + step
    while 0 <= j < len(toks) and toks[j].kind in ("ws", "comment"):
        j += step
    return j


def _match(toks: list[Tok], i: int) -> int:
    """Index of the bracket closing the one at i."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    opening = toks[i].text
    closing = pairs[opening]
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].kind != "op":
            continue
        if toks[j].text == opening:
            depth += 1
        elif toks[j].text == closing:
            depth -= 1
            if depth == 0:
                return j
    raise DialectError(f"unbalanced '{opening}' in the query")


def _text(toks: list[Tok]) -> str:
    return "".join(t.text for t in toks)


def _is_ident(t: Tok) -> bool:
    return t.kind in ("id", "bq")


def _name(t: Tok) -> str:
    return t.text[1:-1].replace("``", "`") if t.kind == "bq" else t.text


# -- the steps ------------------------------------------------------------------------------------

def _refuse_writes_and_calls(toks: list[Tok]) -> None:
    for i, t in enumerate(toks):
        if t.kind != "id":
            continue
        p = _sig(toks, i, -1)
        if p >= 0 and toks[p].text in (".", ":"):
            continue  # a property or a label
        n = _sig(toks, i)
        if n < len(toks) and toks[n].text == ":" and p >= 0 and toks[p].text in ("{", ","):
            continue  # a map key
        if t.up in _WRITES:
            raise DialectError(f"the embedded database is read-only: {t.up} is not available "
                               "(push to Neo4j and use --neo4j --write)")
        if t.up == "CALL":
            if n < len(toks) and toks[n].text == "{":
                raise DialectError("CALL { } subqueries are not available embedded: use WITH, or run on Neo4j (--neo4j)")
            raise DialectError("CALL procedures (db.*, apoc.*, gds.*) are Neo4j's: not available on the read-only "
                               "embedded database (run on Neo4j with --neo4j)")


def _strip_comments(toks: list[Tok]) -> list[Tok]:
    return [Tok("ws", " ") if t.kind == "comment" else t for t in toks]


def _label_list(toks: list[Tok], i: int) -> tuple[list[tuple[str, str]], int]:
    """Labels from toks[i] (just after ':'): [(separator, name)], and the index after them."""
    out, sep, j = [], ":", i
    while j < len(toks):
        t = toks[j]
        if t.kind == "ws":
            j += 1
            continue
        if _is_ident(t):
            out.append((sep, _name(t)))
            j += 1
            k = _sig(toks, j - 1)
            if k < len(toks) and toks[k].text in (":", "|", "&"):
                sep = toks[k].text
                j = k + 1
                k2 = _sig(toks, k)
                if sep == "|" and k2 < len(toks) and toks[k2].text == ":":
                    j = k2 + 1  # the older [:A|:B] spelling
                continue
            if k < len(toks) and toks[k].text == "!":
                raise DialectError("label negation (!Label) is not available embedded")
            return out, j
        if t.text == "!":
            raise DialectError("label negation (!Label) is not available embedded")
        if t.text == "%":
            raise DialectError("the wildcard label % is not available embedded")
        return out, j
    return out, j


def _kind_labels(labels: list[tuple[str, str]], where: str) -> list[str]:
    names = [n for _, n in labels]
    for n in names:
        if n != COMMON_LABEL and n not in KIND_LABELS:
            raise DialectError(f"no label :{n} in the case graph (labels: {', '.join((COMMON_LABEL,) + KIND_LABELS)})")
    disjunction = any(s == "|" for s, _ in labels[1:])
    if disjunction:
        if COMMON_LABEL in names:
            return []
        return list(dict.fromkeys(names))
    kinds = list(dict.fromkeys(n for n in names if n != COMMON_LABEL))
    if len(kinds) > 1:
        raise DialectError(f"{where}: a giftgraph node has one kind label (plus :{COMMON_LABEL}); "
                           f":{':'.join(kinds)} matches nothing on Neo4j and is refused here")
    return kinds


def _rewrite_patterns(toks: list[Tok]) -> list[Tok]:
    """Node labels, label predicates and relationship types (see the module table)."""
    out: list[Tok] = []
    stack: list[str] = []  # "node", "rel", "map", "paren", "list"
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "op" and t.text == "(":
            n = _sig(toks, i)
            nn = _sig(toks, n) if n < len(toks) else n
            is_node = (n < len(toks) and toks[n].text == ":") or (
                n < len(toks) and _is_ident(toks[n]) and nn < len(toks) and toks[nn].text in (":", ")", "{")
                and toks[n].up not in _KEYWORDS)
            if n < len(toks) and toks[n].text == ")":
                is_node = True
            stack.append("node" if is_node else "paren")
            out.append(t)
            i += 1
            continue
        if t.kind == "op" and t.text == "[":
            p = _sig(toks, i, -1)
            is_rel = p >= 0 and toks[p].text in ("-", "<-")
            stack.append("rel" if is_rel else "list")
            out.append(t)
            i += 1
            continue
        if t.kind == "op" and t.text == "{":
            stack.append("map")
            out.append(t)
            i += 1
            continue
        if t.kind == "op" and t.text in (")", "]", "}"):
            if stack:
                stack.pop()
            out.append(t)
            i += 1
            continue
        if t.kind == "op" and t.text == ":" and stack and stack[-1] == "node":
            labels, j = _label_list(toks, i + 1)
            kinds = _kind_labels(labels, "node pattern")
            # drop any whitespace we emitted after the variable, then the labels
            if kinds:
                out.append(Tok("op", ":"))
                out.append(Tok("id", "|".join(kinds) if len(kinds) > 1 else kinds[0]))
            i = j
            continue
        if t.kind == "op" and t.text == ":" and stack and stack[-1] == "rel":
            types, j = _label_list(toks, i + 1)
            names = [name for _, name in types]
            for name in names:
                if name not in REL_TYPES:
                    raise DialectError(f"no relationship type :{name} in the case graph (types: {', '.join(REL_TYPES)})")
            if any(s in (":", "&") for s, _ in types[1:]):
                raise DialectError("a relationship has one type: [:A&B] matches nothing and is refused here")
            out.append(Tok("op", ":"))
            out.append(Tok("id", "|".join(dict.fromkeys(names))))
            i = j
            continue
        if t.kind == "op" and t.text == ":" and (not stack or stack[-1] in ("paren", "list")):
            # a label predicate: var:Label[:Label...] outside patterns and maps
            p = _sig(toks, i, -1)
            if p >= 0 and _is_ident(toks[p]):
                var = toks[p].text
                labels, j = _label_list(toks, i + 1)
                kinds = _kind_labels(labels, f"label test {var}:...")
                # remove the variable already emitted
                while out and out[-1].kind == "ws":
                    out.pop()
                if out and out[-1] is toks[p]:
                    out.pop()
                if not kinds:
                    expr = "true"
                elif len(kinds) == 1:
                    expr = f"(label({var}) = '{kinds[0]}')"
                else:
                    expr = "(label(" + var + ") IN [" + ", ".join(f"'{k}'" for k in kinds) + "])"
                out.append(Tok("op", expr))
                i = j
                continue
        out.append(t)
        i += 1
    return out


def _split_args(toks: list[Tok], start: int, end: int) -> list[list[Tok]]:
    """The comma-separated arguments between toks[start] '(' and toks[end] ')'."""
    args, cur, depth = [], [], 0
    for t in toks[start + 1:end]:
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        if depth == 0 and t.kind == "op" and t.text == ",":
            args.append(cur)
            cur = []
            continue
        cur.append(t)
    if cur or args:
        args.append(cur)
    return args


def _rewrite_functions(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        n = _sig(toks, i)
        p = _sig(toks, i, -1)
        if t.kind == "id" and n < len(toks) and toks[n].text == "(" and not (p >= 0 and toks[p].text in (".", ":")):
            low = t.text.lower()
            if low in ("shortestpath", "allshortestpaths"):
                close = _match(toks, n)
                path_toks = _rewrite_functions(toks[n + 1:close])
                out.extend(_shortest(path_toks, all_paths=low == "allshortestpaths"))
                i = close + 1
                continue
            if low in _REFUSED_FUNCS:
                raise DialectError(_REFUSED_FUNCS[low])
            if low in _RENAMED_FUNCS:
                out.append(Tok("id", _RENAMED_FUNCS[low]))
                i += 1
                continue
            if low == "labels":
                close = _match(toks, n)
                inner = _text(_rewrite_functions(toks[n + 1:close]))
                out.append(Tok("op", f"['{COMMON_LABEL}', label({inner})]"))
                i = close + 1
                continue
            if low == "substring":
                close = _match(toks, n)
                args = [_text(_rewrite_functions(a)).strip() for a in _split_args(toks, n, close)]
                if len(args) == 2:
                    args.append(f"size({args[0]})")
                if len(args) != 3:
                    raise DialectError("substring() takes 2 or 3 arguments")
                out.append(Tok("op", f"substring({args[0]}, ({args[1]}) + 1, {args[2]})"))
                i = close + 1
                continue
            if low == "tail":
                close = _match(toks, n)
                inner = _text(_rewrite_functions(toks[n + 1:close])).strip()
                out.append(Tok("op", f"list_slice({inner}, 2, size({inner}))"))
                i = close + 1
                continue
            if low == "sum":
                close = _match(toks, n)
                inner = _text(_rewrite_functions(toks[n + 1:close]))
                out.append(Tok("op", f"coalesce(sum({inner}), 0)"))
                i = close + 1
                continue
        out.append(t)
        i += 1
    return out


def _shortest(inner: list[Tok], *, all_paths: bool) -> list[Tok]:
    """The pattern inside shortestPath(...) with its variable-length relationship marked SHORTEST."""
    text = _text(inner)
    word = "ALL SHORTEST" if all_paths else "SHORTEST"
    m = re.search(r"\*\s*(\d+)?\s*(?:\.\.\s*(\d+)?)?", text)
    if not m or text.count("*") != 1:
        raise DialectError("shortestPath() needs one variable-length relationship, as in (a)-[*..6]-(b)")
    lo, hi = m.group(1), m.group(2)
    lo = lo if lo is not None else "1"
    if lo not in ("0", "1"):
        raise DialectError("shortestPath() with a lower bound above 1 is not available embedded")
    hi = hi if hi is not None else (lo if m.group(0).find("..") < 0 and m.group(1) else str(MAX_DEPTH))
    return tokenize(text[:m.start()] + f"* {word} 1..{hi}" + text[m.end():])


_BOUND = re.compile(r"^\*\s*(\d+)?\s*(\.\.)?\s*(\d+)?\s*$")


def _bracket_arrows(toks: list[Tok]) -> list[Tok]:
    """``(a)-->(b)``, ``(a)<--(b)``, ``(a)--(b)`` -> ``(a)-[]->(b)``... so that every relationship of a
    pattern can be named (and kept distinct, as Neo4j keeps it)."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        p = _sig(toks, i, -1)
        if p >= 0 and toks[p].text == ")" and t.kind == "op" and t.text in ("-", "<-"):
            n = _sig(toks, i)
            nn = _sig(toks, n) if n < len(toks) else n
            if n < len(toks) and toks[n].text in ("->", "-") and nn < len(toks) and toks[nn].text == "(":
                left = "<-" if t.text == "<-" else "-"
                right = "->" if toks[n].text == "->" else "-"
                if not (left == "<-" and right == "->"):
                    out.extend([Tok("op", left), Tok("op", "["), Tok("op", "]"), Tok("op", right)])
                    i = n + 1
                    continue
        out.append(t)
        i += 1
    return out


def _rewrite_rels_and_trails(toks: list[Tok]) -> list[Tok]:
    """Unbounded '*' -> '*lo..30'; name anonymous relationships of a MATCH and add the trail
    predicates (see the module table)."""
    clauses = _clauses(toks)
    out: list[Tok] = []
    counter = [0]
    for kind, part in clauses:
        if kind not in ("MATCH", "OPTIONAL"):
            out.extend(part)
            continue
        out.extend(_trail_clause(part, counter))
    return out


def _clauses(toks: list[Tok]) -> list[tuple[str, list[Tok]]]:
    """Top-level clauses: [(keyword, tokens)], split before MATCH / OPTIONAL / WITH / RETURN / UNWIND / UNION."""
    parts: list[tuple[str, list[Tok]]] = [("", [])]
    depth = 0
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        if depth == 0 and t.kind == "id" and t.up in ("MATCH", "OPTIONAL", "WITH", "RETURN", "UNWIND", "UNION"):
            p = _sig(toks, i, -1)
            if not (t.up == "MATCH" and p >= 0 and toks[p].up == "OPTIONAL"):
                parts.append((t.up, []))
        parts[-1][1].append(t)
        i += 1
    return [p for p in parts if p[1]]


def _trail_clause(part: list[Tok], counter: list[int]) -> list[Tok]:
    # find relationship brackets at pattern level (not inside WHERE / EXISTS {...})
    where_at = None
    depth = 0
    rels = []  # (open index, close index)
    for i, t in enumerate(part):
        if t.kind == "op" and t.text in "({":
            depth += 1
        elif t.kind == "op" and t.text in ")}":
            depth -= 1
        elif depth == 0 and t.kind == "id" and t.up == "WHERE" and where_at is None:
            where_at = i
        elif depth == 0 and where_at is None and t.kind == "op" and t.text == "[":
            p = _sig(part, i, -1)
            if p >= 0 and part[p].text in ("-", "<-"):
                rels.append((i, _match(part, i)))
    if not rels:
        return part
    new = list(part)
    infos = []  # (var, types or None, varlen, shortest)
    inserts = {}
    for o, c in rels:
        inner = part[o + 1:c]
        text = _text(inner)
        m = re.match(r"\s*([A-Za-z_]\w*|`[^`]*`)?\s*(?::\s*([^*{]*?))?\s*(\*[^{]*?)?\s*(\{.*\})?\s*$", text, re.S)
        if not m:
            continue
        var, types, star, props = m.group(1), m.group(2), m.group(3), m.group(4)
        shortest = bool(star and "SHORTEST" in star)
        if star and not shortest:
            b = _BOUND.match(star)
            if not b:
                raise DialectError(f"cannot read the variable-length relationship [{text.strip()}]")
            lo, dots, hi = b.group(1), b.group(2), b.group(3)
            if not dots:
                lo = hi = lo if lo is not None else None
            lo = lo if lo is not None else "1"
            hi = hi if hi is not None else str(MAX_DEPTH)
            star = f"* TRAIL {lo}..{hi}"  # Neo4j's semantics: no relationship twice in one path
        if var is None:
            counter[0] += 1
            var = f"__r{counter[0]}"
        type_set = None if not types else {x.strip() for x in types.split("|")}
        infos.append((var, type_set, bool(star), shortest))
        rebuilt = var + (f":{types.strip()}" if types else "") + (f" {star}" if star else "") + (f" {props}" if props else "")
        inserts[o] = (c, rebuilt)
    # rebuild the token list with the new bracket contents
    rebuilt_toks: list[Tok] = []
    i = 0
    while i < len(new):
        if i in inserts:
            c, body = inserts[i]
            rebuilt_toks.append(Tok("op", "["))
            rebuilt_toks.append(Tok("op", body))
            rebuilt_toks.append(Tok("op", "]"))
            i = c + 1
            continue
        rebuilt_toks.append(new[i])
        i += 1
    preds = []
    fixed = [(v, ts) for v, ts, varlen, _ in infos if not varlen]
    for ia in range(len(fixed)):
        for ib in range(ia + 1, len(fixed)):
            (va, ta), (vb, tb) = fixed[ia], fixed[ib]
            if ta is None or tb is None or ta & tb:
                preds.append(f"{va} <> {vb}")
    for v, tv, varlen, shortest in infos:
        if not varlen or shortest:
            continue
        for r, tr in fixed:
            if tv is None or tr is None or tv & tr:
                preds.append(f"NOT list_contains(rels({v}), {r})")
    if not preds:
        return rebuilt_toks
    cond = " AND ".join(preds)
    # insert into the clause's WHERE (or add one) at top level
    depth = 0
    for i, t in enumerate(rebuilt_toks):
        if t.kind == "op" and t.text in "({[":
            depth += 1
        elif t.kind == "op" and t.text in ")}]":
            depth -= 1
        elif depth == 0 and t.kind == "id" and t.up == "WHERE":
            rest = rebuilt_toks[i + 1:]
            return rebuilt_toks[:i + 1] + [Tok("op", f" {cond} AND (")] + _rstrip(rest) + [Tok("op", ") ")]
    return _rstrip(rebuilt_toks) + [Tok("op", f" WHERE {cond} ")]


def _rstrip(toks: list[Tok]) -> list[Tok]:
    toks = list(toks)
    while toks and toks[-1].kind in ("ws", "comment"):
        toks.pop()
    return toks


def _rewrite_indexes(toks: list[Tok]) -> list[Tok]:
    """list[i] -> list[i + 1]; list[i..j] -> list[i + 1:j] (see the module table)."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "op" and t.text == "[":
            p = _sig(toks, i, -1)
            prev = toks[p] if p >= 0 else None
            is_index = prev is not None and (
                (prev.kind in ("id", "bq", "param", "str") and prev.up not in _KEYWORDS)
                or (prev.kind == "op" and prev.text in (")", "]")))
            if is_index:
                close = _match(toks, i)
                inner = _rewrite_indexes(toks[i + 1:close])
                parts = _split_top_level(inner, "..")
                if len(parts) == 1:
                    body = _text(parts[0]).strip()
                    if parts[0] and all(x.kind in ("str", "ws") for x in parts[0]):
                        raise DialectError(f"dynamic property access [{body}] is not available embedded: write .name")
                    if re.fullmatch(r"-\s*\d+", body):
                        new = body
                    elif re.fullmatch(r"\d+", body):
                        new = str(int(body) + 1)
                    else:
                        new = f"CASE WHEN ({body}) < 0 THEN ({body}) ELSE ({body}) + 1 END"
                    out.extend([Tok("op", "["), Tok("op", new), Tok("op", "]")])
                else:
                    lo, hi = (_text(parts[0]).strip(), _text(parts[1]).strip())
                    if lo.startswith("-") or hi.startswith("-"):
                        raise DialectError("negative slice bounds list[-n..] are not available embedded")
                    lo_new = str(int(lo) + 1) if re.fullmatch(r"\d+", lo) else (f"({lo}) + 1" if lo else "1")
                    out.extend([Tok("op", "["), Tok("op", f"{lo_new}:{hi}"), Tok("op", "]")])
                i = close + 1
                continue
            # a list literal: refuse comprehensions
            n = _sig(toks, i)
            nn = _sig(toks, n) if n < len(toks) else n
            if n < len(toks) and toks[n].text == "(":
                close = _match(toks, n)
                after = _sig(toks, close)
                if after < len(toks) and toks[after].text in ("-", "<-"):
                    raise DialectError("pattern comprehensions [(a)-->(b) | ...] are not available embedded: "
                                       "use OPTIONAL MATCH and collect()")
            if n < len(toks) and _is_ident(toks[n]) and nn < len(toks) and toks[nn].up == "IN":
                close = _match(toks, i)
                out.append(Tok("op", _comprehension(toks[n].text, toks[nn + 1:close])))
                i = close + 1
                continue
        if t.kind == "op" and t.text == "{":
            n = _sig(toks, i)
            p = _sig(toks, i, -1)
            if n < len(toks) and toks[n].text in (".", "*") and p >= 0 and _is_ident(toks[p]):
                raise DialectError("map projections n {.prop, ...} are not available embedded: return the properties")
        out.append(t)
        i += 1
    return out


def _comprehension(var: str, body: list[Tok]) -> str:
    """``[var IN list WHERE pred | expr]`` -> ``list_transform(list_filter(list, var -> pred), var -> expr)``."""
    parts: dict[str, list[Tok]] = {"list": [], "where": [], "proj": []}
    cur, depth = "list", 0
    for t in body:
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        if depth == 0 and t.kind == "id" and t.up == "WHERE" and cur == "list":
            cur = "where"
            continue
        if depth == 0 and t.kind == "op" and t.text == "|" and cur in ("list", "where"):
            cur = "proj"
            continue
        parts[cur].append(t)
    text = {k: _text(_rewrite_indexes(v)).strip() for k, v in parts.items()}
    if not text["list"]:
        raise DialectError("cannot read the list comprehension [x IN list WHERE ... | ...]")
    out = text["list"]
    if text["where"]:
        out = f"list_filter({out}, {var} -> {text['where']})"
    if text["proj"]:
        out = f"list_transform({out}, {var} -> {text['proj']})"
    return out


def return_columns(query: str) -> list[str] | None:
    """The column names Neo4j gives the final RETURN: each alias, else the expression as written."""
    toks = [t for t in tokenize(query) if t.kind != "comment"]
    clauses = _clauses(toks)
    last = None
    for kind, part in clauses:
        if kind == "RETURN":
            last = part
    if last is None:
        return None
    # drop RETURN, DISTINCT and the ORDER BY / SKIP / LIMIT tail
    body = last[1:]
    depth = 0
    cut = len(body)
    for i, t in enumerate(body):
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        elif depth == 0 and t.kind == "id" and t.up in ("ORDER", "SKIP", "LIMIT", "UNION"):
            cut = i
            break
    body = body[:cut]
    k = _sig(body, -1)
    if k < len(body) and body[k].up == "DISTINCT":
        body = body[k + 1:]
    items = _split_top_level(body, ",")
    names = []
    for item in items:
        sig = [t for t in item if t.kind != "ws"]
        if len(sig) == 1 and sig[0].text == "*":
            return None
        if len(sig) >= 3 and sig[-2].up == "AS" and _is_ident(sig[-1]):
            names.append(_name(sig[-1]))
        else:
            names.append(_text(item).strip())
    return names


def translate(query: str, params: dict | None = None) -> Translation:
    """The embedded engine's form of a Neo4j query (raises :class:`DialectError` for what cannot be)."""
    params = dict(params or {})
    query = query.strip()
    while query.endswith(";"):
        query = query[:-1].rstrip()
    if not "".join(t.text for t in tokenize(query) if t.kind not in ("ws", "comment")):
        raise DialectError("empty query")
    toks = tokenize(query)
    toks = _strip_comments(toks)
    # parameters: all given; null values become literals (the engine cannot type an untyped null)
    used = {}
    for i, t in enumerate(toks):
        if t.kind == "param":
            name = t.text[1:].strip("`")
            if name not in params:
                raise DialectError(f"missing parameter ${name} (give it with --param {name}=VALUE)")
            if params[name] is None:
                toks[i] = Tok("id", "NULL")
            else:
                used[name] = params[name]
    _refuse_writes_and_calls(toks)
    # x CONTAINS '' is true on Neo4j and false on the engine; STARTS WITH '' is true on both
    for i, t in enumerate(toks):
        if t.kind == "id" and t.up == "CONTAINS":
            n = _sig(toks, i)
            if n < len(toks) and ((toks[n].kind == "str" and len(toks[n].text) == 2) or (
                    toks[n].kind == "param" and used.get(toks[n].text[1:].strip("`")) == "")):
                toks[i] = Tok("op", "STARTS WITH")
    columns = return_columns(query)
    toks = _rewrite_functions(toks)
    toks = tokenize(_text(toks))
    toks = _bracket_arrows(toks)
    toks = _rewrite_patterns(toks)
    toks = tokenize(_text(toks))
    toks = _rewrite_rels_and_trails(toks)
    toks = tokenize(_text(toks))
    toks = _rewrite_indexes(toks)
    text = _text(toks).strip()
    while text.endswith(";"):
        text = text[:-1].rstrip()
    if ";" in re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`", "", text):
        raise DialectError("one statement at a time (the query has a ';' in the middle)")
    return Translation(text, columns, used)
