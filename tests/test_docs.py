"""Documentation stays true: every command has help text and appears in the README."""

from __future__ import annotations

import re

import click
import pytest

from dateline.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    command = main.commands[name]
    assert command.help and len(command.help) > 20, name
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in {"help"}:
            assert param.help, f"{name} --{param.name} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name: str) -> None:
    assert re.search(rf"dateline {name}\b", README), f"`dateline {name}` is not in README.md"


def test_readme_opens_with_the_two_setup_commands() -> None:
    block = README.split("```sh", 1)[1].split("```", 1)[0]
    lines = [line for line in block.strip().splitlines() if line.strip()]
    assert lines[0].startswith("python3 -m pip install . && dateline read examples/")
    assert lines[1].startswith("python3 -m pip install -e '.[test]' && python3 -m pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m pip install -e '.[test]' && python3 -m pytest"
    assert command in ci and command in README
