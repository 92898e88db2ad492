"""Checks of a case's ``graph.json`` as read back (``Case.load_graph``): a damaged graph is one line
naming the file, the record and what to run, never a traceback further on (in the ledger, a
snapshot, a query or the explorer) and never an empty or half result.

What is checked is what the readers rely on (``docs/graph-json.md``), beyond the shape that
``Case.load_graph`` checks first (node ids, edges that join two nodes of the file): kinds, types and ids are text; ``evidence`` and ``items`` are lists of objects; dates are
text; values and counts are numbers. One pass over the records. (``case.json``'s records are
checked by ``Case.load_manifest``.)
"""
from __future__ import annotations

import numbers
from pathlib import Path
from typing import Any

from giftgraph.graph.store import CaseError

__all__ = ["DamagedCaseError", "check_graph_data"]


class DamagedCaseError(CaseError):
    """A case file that reads as JSON but whose content is not what giftgraph wrote."""


def _is_text(v: Any) -> bool:
    return isinstance(v, str)


def _is_number(v: Any) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


def _opt(test):
    return lambda v: v is None or test(v)


def _list_of(test):
    return lambda v: isinstance(v, list) and all(test(x) for x in v)


_NODE_FIELDS = {
    "kind": (_is_text, "text"),
    "name": (_opt(lambda v: isinstance(v, (str, int, float))), "text"),
    "aliases": (_opt(_list_of(_is_text)), "a list of texts"),
    "emails": (_opt(_list_of(_is_text)), "a list of texts"),
    "sent": (_opt(_is_text), "text (an ISO 8601 date)"),
    "subject": (_opt(_is_text), "text"),
    "unit_price_usd": (_opt(_is_number), "a number"),
}
_EVIDENCE = {"message": (_opt(_is_text), "text (a message id)"), "quote": (_opt(_is_text), "text"),
             "page": (_opt(lambda v: isinstance(v, int) and not isinstance(v, bool)), "a whole number"),
             "bates": (_opt(_is_text), "text"), "file": (_opt(_is_text), "text")}
_ITEM = {"product": (_opt(_is_text), "text (a product id)"), "quantity": (_opt(_is_number), "a number")}
_EDGE_FIELDS = {
    "type": (_is_text, "text"),
    "date": (_opt(_is_text), "text (YYYY-MM-DD)"),
    "value_usd": (_opt(_is_number), "a number"),
    "confidence": (_opt(_is_number), "a number"),
    "count": (_opt(_is_number), "a number"),
    "devices": (_opt(_is_number), "a number"),
    "uses": (_opt(lambda v: _is_number(v) or isinstance(v, list)), "a number or a list of uses"),
    "code": (_opt(_is_text), "text"),
    "purpose": (_opt(_is_text), "text"),
}


def _damaged(path: Path, what: str, case_dir: Path) -> DamagedCaseError:
    return DamagedCaseError(f"{path}: cannot read the case graph: {what}; rebuild it with "
                            f"`giftgraph ingest --extract-only --case {case_dir}`")


def check_graph_data(data: Any, path: Path) -> None:
    """Raise :class:`DamagedCaseError` when the node-link ``data`` read from ``path`` (a case's
    ``graph.json``) is not a graph giftgraph can read."""
    path = Path(path)
    case_dir = path.parent
    if not isinstance(data, dict):
        raise _damaged(path, "not a node-link object", case_dir)
    nodes, edges = data.get("nodes"), data.get("edges", data.get("links"))
    if not isinstance(nodes, list) or not isinstance(edges, list):
        raise _damaged(path, "no 'nodes' and 'edges' lists", case_dir)
    for i, n in enumerate(nodes):
        if not isinstance(n, dict) or not isinstance(n.get("id"), str) or not n["id"]:
            raise _damaged(path, f"node {i + 1} has no text id", case_dir)
        _fields(path, case_dir, f"node {n['id']!r}", n, _NODE_FIELDS, required=("kind",))
    for i, e in enumerate(edges):
        if not isinstance(e, dict):
            raise _damaged(path, f"edge {i + 1} is not an object", case_dir)
        name = f"edge {str(e.get('key') or i + 1)[:60]!r}"  # (that it joins two nodes: store._check_node_link)
        _fields(path, case_dir, name, e, _EDGE_FIELDS, required=("type",))
        for field, spec in (("evidence", _EVIDENCE), ("items", _ITEM)):
            value = e.get(field)
            if value is None:
                continue
            if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
                raise _damaged(path, f"{name}: {field} is {_show(value)}, not a list of objects", case_dir)
            for x in value:
                _fields(path, case_dir, f"{name}: {field}", x, spec)


def _fields(path: Path, case_dir: Path, name: str, record: dict, spec: dict, required: tuple[str, ...] = ()) -> None:
    for field in required:
        if field not in record:
            raise _damaged(path, f"{name} has no {field}", case_dir)
    for field, (test, want) in spec.items():
        if field in record and not test(record[field]):
            raise _damaged(path, f"{name}: {field} is {_show(record[field])}, not {want}", case_dir)


def _show(v: Any) -> str:
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."
