"""Run a command without Typer when its line is plain: the start-up of what people run in loops.

Importing Typer (and the click it vendors) costs more than all the rest of `huabei status --days
45`: a bare one-option Typer app alone takes ~6x `python -c pass` here (bench/startup.py). So a
line that names a command of cli/quick_spec.py and gives only that command's options (each once,
as `--name value` or a flag) and the shared ones is read here, against the same declarations:
quick_spec.py is generated from the Typer tree (scripts/gen_quick_spec.py; a test fails when it
is stale), and the command runs through the same cli/runners function its Typer command calls.

Anything else returns None and Typer reads the line: help, a TAB press, a mistyped, repeated or
unknown option, `--name=value`, an argument (a group's command: `plan compare`), a value that
starts with '-', a required option missing. So every usage error, suggestion and help text is
still Typer's; this only ever runs a line Typer would run the same way (tests/test_quick.py runs
lines both ways and compares).
"""

from __future__ import annotations

import os
from functools import partial
from typing import TYPE_CHECKING, Callable

from huabei_assist.cli.output_choice import Outputs, settle


if TYPE_CHECKING:  # types only: a TypedDict class evaluates each annotation when made (~1 ms here)
    from typing import TypedDict

    class OutputsSpec(TypedDict):
        """output_choice.Outputs, its formats as their values."""

        formats: tuple[str, ...]
        format_help: str
        out: str | None
        out_metavar: str
        json: bool

    class CommandSpec(TypedDict):
        """One command of cli/quick_spec.py (see scripts/gen_quick_spec.py)."""

        runner: str  # the module whose run(shared, **options) runs it
        values: dict[str, str]  # option -> parameter name, for the options that take a value
        flags: dict[str, str]  # option -> parameter name, for the flags
        required: list[str]  # the options it cannot run without
        outputs: OutputsSpec
        bare: bool  # runs with nothing after its name (else click shows its help)


_SHARED_VALUES = {"--lang": "lang", "--format": "format", "--out": "out"}
_SHARED_FLAGS = {"--json": "json", "--force": "force"}


def attempt(args: list[str]) -> Callable[[], None] | None:
    """The command of `args`, ready to run, when it can be read without Typer; else None."""
    from huabei_assist.cli.completion import COMPLETE_VAR
    from huabei_assist.cli.quick_spec import COMMANDS

    if os.environ.get(COMPLETE_VAR):
        return None
    given: dict[str, object] = {}  # the shared options; the last one given counts, as in the tree
    options: dict[str, object] = {}
    command: str | None = None
    spec: CommandSpec | None = None
    after = 0  # words after the command's name (a command with no_args_is_help shows its help without any)
    words = iter(args)
    for word in words:
        values, flags = (spec["values"], spec["flags"]) if spec is not None else ({}, {})
        after += spec is not None
        if word in _SHARED_VALUES or word in values:
            value = next(words, None)
            if value is None or (value.startswith("-") and value != "-") or values.get(word) in options:
                return None  # Typer decides what a missing value, a value like an option or a repeat means
            if word in _SHARED_VALUES:
                given[_SHARED_VALUES[word]] = value
            else:
                options[values[word]] = value
        elif word in _SHARED_FLAGS:
            given[_SHARED_FLAGS[word]] = True
        elif word in flags and flags[word] not in options:
            options[flags[word]] = True
        elif spec is None and word in COMMANDS:
            command, spec = word, COMMANDS[word]
        else:
            return None
    if spec is None or (after == 0 and not spec["bare"]) or any(spec["values"][name] not in options
                                                                 for name in spec["required"]):
        return None  # Typer shows the help, or names the missing option
    from huabei_assist.render.formats import OutputFormat

    declared = spec["outputs"]
    offer = Outputs(tuple(OutputFormat(value) for value in declared["formats"]), declared["format_help"],
                    declared["out"], declared["out_metavar"], declared["json"])
    shared = settle(given, offer, f"huabei {command}")
    import importlib

    return partial(importlib.import_module(spec["runner"]).run, shared, **options)
