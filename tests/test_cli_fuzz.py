"""Every command's options driven with hostile values (issue 9): no traceback, no "internal error",
exit 0, 1 or 2, and at most one line on stderr.

The command tree is walked, not listed by hand, so a new command or option is fuzzed as soon as it
exists. Runs in-process through main() (fast: hundreds of runs in seconds); a watchdog ends the
whole test process if one run hangs, so a hang fails CI instead of blocking it.
"""

from __future__ import annotations

import faulthandler
import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from huabei_assist.i18n import t

HANG_SECONDS = 30  # one run that takes this long is a hang: the watchdog ends the test process
# CI runs a fixed set (derandomized, so a failure reproduces); HUABEI_FUZZ_EXAMPLES=500 explores
# new random values locally.
EXAMPLES_PER_COMMAND = int(os.environ.get("HUABEI_FUZZ_EXAMPLES", "30"))
FIXED = "HUABEI_FUZZ_EXAMPLES" not in os.environ

# Values that broke the tool once, or that a careless or hostile user types.
HOSTILE = [
    "", " ", "-", "0", "-1", "1e999999", "1e9999", "-1e9999", "9" * 5000, "9223372036854775808",
    "18446744073709551617", "²", "³²", "١٢", "１２３", "NaN", "inf", "-inf", "0x10", "1_000",
    "3.000,50", "1,2", "¥3,000", "3000元", "8.8%", "0.001", "1e-9999",
    "2026-11-29 21:30 CST", "2026-11-29 21:30 +99:00", "2026-13-45", "9999-12-31", "0001-01-01",
    "2026年13月40日", "tomorrow", "21:00-08:00", "25:00-26:00", "08:00-", "a,b,,c",
    "line one\nline two", "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "\r\n", "\t", "\x00", "\u202e",
    "%s%n{0}{key}", "{", "}", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "@SUM(A1)",
    "x" * 300, "中" * 200, "../../../etc/passwd", "/dev/zero", "/dev/null", "/", ".",
]

text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))
number_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True, places=None).map(str),
)
ints = st.one_of(st.integers(min_value=-(2**70), max_value=2**70), st.sampled_from([0, 1, 28, 29, 31, 32, -1]))


def _bug_prefixes() -> list[str]:
    return [t("common.bug", lang, error="\0").split("\0")[0] for lang in ("zh", "en")]


def _commands() -> list[tuple[tuple[str, ...], list]]:
    """(path of words, params) for every command that runs, groups with options included."""
    import typer.main

    from huabei_assist.cli.app import build

    found = []

    def walk(command, path):
        params = [p for p in command.params if p.name not in ("help",)]
        subs = getattr(command, "commands", None) or {}
        if path and (params or not subs):
            found.append((tuple(path), params))
        for name, sub in subs.items():
            walk(sub, [*path, name])

    walk(build(full=True), [])
    return found


COMMANDS = _commands()


def _value_for(param, tmp: Path):
    """A strategy of argv words for one option or argument."""
    name = param.name
    if name == "lang":
        return st.sampled_from(["zh", "en", "EN", "fr", "", "\x1b"])
    if name == "out":  # never a path outside tmp: a regression must not replace a real device
        return st.sampled_from([
            str(tmp / "out.txt"), str(tmp / ("y" * 300)), str(tmp / "missing" / "x.md"), str(tmp),
            str(tmp / "inputs" / "full"), str(tmp / "inputs" / "fifo"), str(tmp / "inputs" / "plain.csv"),
            str(tmp / "home" / "calls.sqlite3"), str(tmp / "cache"),
        ])
    if name == "file":
        return st.sampled_from([str(p) for p in sorted((tmp / "inputs").iterdir())] + [
            "/dev/null", str(tmp / "nothing.csv"), str(tmp), "/dev/zero", "-"])
    if name == "recording":
        return st.sampled_from(["/dev/zero", "/dev/null", str(tmp), str(tmp / "inputs" / "fifo"),
                                str(tmp / "inputs" / "plain.csv"), "", "\x1b"])
    type_name = getattr(param.type, "name", "")
    if type_name == "integer":
        return ints.map(str)
    if name in ("amount", "fee_rate", "annual_rate", "income", "bill", "balance", "plan_payment",
                "penalty", "count_today", "max_per_day", "periods", "entry_id"):
        return number_text
    return text


def _inputs(tmp: Path) -> None:
    """Hostile input files for the commands that read one."""
    folder = tmp / "inputs"
    folder.mkdir(exist_ok=True)
    (folder / "plain.csv").write_text("amount,periods\n6000,3\n", encoding="utf-8")
    (folder / "huge.csv").write_text("amount,periods\n6000,1e999999\n6000,3\n", encoding="utf-8")
    (folder / "dup.csv").write_text("amount,amount\n1,2\n", encoding="utf-8")
    (folder / "bytes.csv").write_bytes(b"amount,periods\n6000,3\n\xff\xfe,3\n")
    (folder / "long.csv").write_text("amount,periods\n" + "9" * 200_000 + ",3\n", encoding="utf-8")
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "broken.json").write_text('[{"amount": "6000", "periods": 3}, {"amount": ', encoding="utf-8")
    (folder / "escape.csv").write_text("amount,periods\n\x1b]0;x\x07,3\n", encoding="utf-8")
    if not (folder / "full").is_symlink():
        (folder / "full").symlink_to("/dev/full")
        os.mkfifo(folder / "fifo")
    (folder / "import.json").write_text('[{"at": "2026-11-29T22:10:00", "number": "\\u001b[2J"}]', encoding="utf-8")


@pytest.fixture(scope="module")
def terminal_fd(request):
    """The real stderr, behind pytest's capture: where the watchdog says which run hung."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        fd = os.dup(2)
    yield fd
    os.close(fd)


def _run(args: list[str], terminal_fd: int) -> tuple[int, str, str]:
    from huabei_assist.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr, sys.stdin = out, err, io.StringIO("")
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=terminal_fd)
    try:
        code = main(args)
    finally:
        faulthandler.cancel_dump_traceback_later()
        sys.stdout, sys.stderr, sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("path,params", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
@settings(max_examples=EXAMPLES_PER_COMMAND, deadline=None, derandomize=FIXED,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_hostile_values_give_one_line_and_a_known_exit(path, params, data, tmp_path, terminal_fd):
    _inputs(tmp_path)
    args = list(path)
    for param in params:
        required = param.param_type_name == "argument" and param.required
        if not required and not data.draw(st.booleans(), label=f"use {param.name}"):
            continue
        if getattr(param, "is_flag", False):
            args.append(param.opts[0])
            continue
        value = data.draw(_value_for(param, tmp_path), label=param.name)
        if param.param_type_name == "argument":
            args.append(value)
        else:
            args.extend([param.opts[0], value])
    code, out, err = _run(args, terminal_fd)
    assert code in (0, 1, 2), (args, code, err)
    assert "Traceback" not in err and "Traceback" not in out, (args, err)
    for prefix in _bug_prefixes():
        assert prefix not in err, (args, err)
    assert err.count("\n") <= 1, (args, err)
    assert "\x1b" not in err, (args, err)


def test_the_walk_finds_every_command():
    """The fuzz test above covers the whole tree: a command missing here would go unfuzzed."""
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"status", "plan batch", "calls log add", "calls report", "letter", "credit monitor"} <= names
    assert len(names) >= 20
