"""Every command documents itself: --help works and shows an example."""
import click
import pytest
from click.testing import CliRunner

from giftgraph.cli import cli


def _commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name)
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


ALL = sorted(_commands(cli))


def test_the_expected_commands_exist():
    names = {" ".join(c) for c in ALL}
    assert {"ingest", "messages", "export", "ledger", "query", "neo4j push", "serve"} <= names


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_every_command_has_help_with_an_example(path):
    r = CliRunner().invoke(cli, [*path, "--help"])
    assert r.exit_code == 0, r.output
    assert "Example" in r.output, f"giftgraph {' '.join(path)} --help shows no example"


def test_version():
    r = CliRunner().invoke(cli, ["--version"])
    assert r.exit_code == 0 and "giftgraph" in r.output
