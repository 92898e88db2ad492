"""Fixtures shared by several test modules."""
from __future__ import annotations

import pytest

from giftgraph.graph.store import Case


@pytest.fixture
def case(tmp_path, G):
    """A case directory holding the module's graph ``G`` (a module defines its own ``G`` fixture)."""
    c = Case(tmp_path / "case")
    c.save_manifest({"files": {}})
    c.save_graph(G)
    return c
