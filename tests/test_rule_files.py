"""The rule and profile files shipped: YAML keeps the last of two equal keys of a mapping and drops the first without
a word, so a second ``value_cue:`` under ``patterns`` had silently dropped the first one's patterns."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted([*(ROOT / "nlp" / "data").glob("*.yaml"), *(ROOT / "nlp" / "profiles").glob("*/*.yaml")])


class _NoDuplicates(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"line {key_node.start_mark.line + 1}: {key!r} a second time in one mapping")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_NoDuplicates.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_the_shipped_rule_and_profile_files_are_found():
    assert any(f.name == "relations.yaml" for f in FILES) and len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_key_is_given_twice_in_one_mapping(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_NoDuplicates)
