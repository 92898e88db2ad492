"""Probe DR: an imperative whose object is the writer ("put me down for two X", "sign us up for the Y", "save me
one of the Z") places the writer's own order or asks for a thing; it advises the reader to get nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_relations_promoted_use import promoted  # noqa: E402


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Sounds good. Put me down for three Porch Cams and one Relay Chime.",
    "Sign us up for the Yard Light Cam bundle, please.",
    "Save me two of the Porch Cams when the shipment lands.",
])
def test_an_order_for_the_writer_is_no_endorsement(parser, body):
    assert promoted(parser, body) == []


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Get the Porch Cam before the sale ends.",
    "Buy yourself a Relay Chime, you won't regret it.",
])
def test_an_imperative_to_the_reader_still_is(parser, body):
    assert len(promoted(parser, body)) == 1
