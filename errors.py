"""The root of giftgraph's exceptions.

Every error a user can cause (a missing case, an unreadable file, a bad profile, a query that does
not parse, a Neo4j server that refuses the password) is a :class:`GiftgraphError`, raised with a
one-line message that names the file or value and the problem. ``cli.py`` prints such an error as
``Error: <message>`` and exits with status 1; anything else is a bug and keeps its traceback.

>>> from giftgraph.graph.store import CaseError
>>> issubclass(CaseError, GiftgraphError)
True
"""
from __future__ import annotations

__all__ = ["GiftgraphError"]


class GiftgraphError(Exception):
    """A failure giftgraph can explain in one line (the base of every giftgraph exception)."""
