"""cli/quick.py: a plain line of `status`, `guide`, `plan`, `waiver`, `budget`, `credit` or `payoff` runs without Typer, exactly as Typer would run it;
anything else is left to Typer."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from huabei_assist.cli import main
from huabei_assist.cli.quick import attempt
from huabei_assist.cli.quick_spec import COMMANDS

REPO = Path(__file__).resolve().parent.parent
GUIDE = ["guide", "--since", "2026-09-20", "--amount", "4800", "--income", "5000", "--spending", "3000",
         "--problems", "off-hours,third-party", "--today", "2026-12-01"]


def both_ways(capsys, args: list[str]) -> tuple[tuple, tuple]:
    """(exit code, stdout, stderr) of `args` read by cli/quick.py and by Typer."""
    results = []
    for quick in (True, False):
        code = main(list(args), quick=quick)
        captured = capsys.readouterr()
        results.append((code, captured.out, captured.err))
    return results[0], results[1]


def test_the_spec_is_generated_from_the_current_tree():
    script = REPO / "scripts" / "gen_quick_spec.py"
    spec = importlib.util.spec_from_file_location("gen_quick_spec", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.spec() == COMMANDS
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr


def test_the_hot_commands_are_in_the_spec():
    assert set(COMMANDS) == {"status", "guide", "plan", "waiver", "budget", "credit", "payoff"}
    assert COMMANDS["waiver"]["required"] == ["--amount"]
    assert COMMANDS["status"]["flags"] == {"--brief": "brief"}
    assert COMMANDS["guide"]["outputs"]["out"] == "guide.opt_out"


@pytest.mark.parametrize("args", [
    ["status", "--days", "45"],
    ["--lang", "en", "status", "--days", "45", "--brief"],
    ["status", "--json", "--since", "2026-09-20", "--amount", "4800", "--today", "2026-12-01"],
    ["--json", "status", "--days", "45", "--lang", "zh", "--lang", "en"],
    GUIDE + ["--json"],
    GUIDE + ["--lang", "en"],
    ["plan", "--amount", "6000", "--periods", "6", "--start", "2026-12-01", "--format", "csv"],
    ["plan", "--amount", "6000", "--periods", "3", "--payment", "2100", "--start", "2026-12-01", "--json"],
    ["waiver", "--amount", "4800", "--days", "45", "--today", "2026-12-01", "--lang", "en"],
    ["budget", "--income", "5000", "--bill", "800", "--start", "2026-12-01", "--format", "markdown"],
    ["credit", "--paid", "2026-11-20", "--today", "2026-12-01", "--brief"],
    ["credit", "--method", "分期", "--periods", "6", "--start", "2026-12-01", "--today", "2026-12-01", "--json"],
])
def test_a_plain_line_runs_without_typer_and_prints_what_typer_prints(capsys, args):
    assert attempt(args) is not None
    quick, typer_way = both_ways(capsys, args)
    assert quick == typer_way
    assert quick[0] == 0 and quick[1]


def test_payoff_runs_without_typer_and_prints_what_typer_prints(capsys, tmp_path):
    debts = tmp_path / "debts.csv"
    debts.write_text("name,kind,amount,annual_rate,daily_fee,installment_fee,minimum,due_day,since\n"
                     "花呗,huabei,2000,,,,,,2026-12-15\ncard,card,1500,0.24,,,10%,,\n", encoding="utf-8")
    for extra in ([], ["--compare"], ["--order", "雪球", "--json"]):
        args = ["payoff", "--budget", "1500", "--start", "2027-01-01", "--debts", str(debts), *extra]
        assert attempt(args) is not None
        quick, typer_way = both_ways(capsys, args)
        assert quick == typer_way and quick[0] == 0


@pytest.mark.parametrize("args, code, line", [
    (["status", "--days", "x"], 2, "--days 必须是0到36525之间的整数，收到 'x'。"),
    (["status", "--days", "45", "--format", "csv"], 2,
     "huabei status 不接受 --format：它只有一种输出形式（可用 --json）。运行 `huabei status --help` 查看可用选项。"),
    (["status", "--days", "45", "--out", "x.txt", "--lang", "en"], 2, None),
    (["status", "--days", "45", "--lang", "fr"], 2, None),
    (["guide", "--amount", "4800", "--out", "page.pdf"], 2, None),
])
def test_errors_are_the_same_lines_both_ways(capsys, args, code, line):
    quick, typer_way = both_ways(capsys, args)
    assert quick == typer_way
    assert quick[0] == code and quick[1] == "" and quick[2].count("\n") == 1
    if line:
        assert quick[2] == line + "\n"


@pytest.mark.parametrize("args", [
    [], ["--help"], ["status", "--help"], ["status", "-h"], ["status", "--days=45"],
    ["status", "--days", "4", "--days", "5"], ["status", "--brief", "--brief"], ["status", "--day", "45"],
    ["status", "--days", "-5"], ["status", "--days"], ["status", "45"], ["status", "--", "--days", "45"],
    ["--version"], ["--show-completion", "bash"], ["plan", "compare", "--amount", "3000"], ["statu", "--days", "45"],
    ["plan", "--amount", "3000", "batch", "x.csv"], ["waiver", "--days", "45"], ["budget"], ["credit", "--days", "45"],
    ["status", "--days", "45", "--lang"], ["guide", "--problems"],
])
def test_anything_else_is_left_to_typer(args):
    assert attempt(args) is None


def test_a_tab_press_is_left_to_typer(monkeypatch):
    from huabei_assist.cli.completion import COMPLETE_VAR

    monkeypatch.setenv(COMPLETE_VAR, "complete_bash")
    assert attempt(["status", "--days", "45"]) is None


def test_a_quick_run_imports_neither_typer_nor_click_nor_pathlib():
    """What start-up saves (docs/decisions.md): Typer with its click, and pathlib with urllib.parse."""
    code = ("import sys; from huabei_assist.cli import main; code = main(['status', '--days', '45']); "
            "print(code, 'typer' in sys.modules, any(name.startswith('typer.') for name in sys.modules), "
            "'pathlib' in sys.modules)")
    for _ in range(2):  # the second with the data cache the first may have had to write
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.stdout.splitlines()[-1] == "0 False False False"


_WORDS = st.sampled_from(["status", "guide", "--days", "--since", "--amount", "--fee-rate", "--today", "--brief",
                          "--json", "--lang", "--format", "--out", "--force", "--income", "--spending", "--problems",
                          "--name", "45", "400", "2026-09-20", "4800", "8.8%", "en", "zh", "csv", "-3", "x",
                          "失业", "off-hours", "", "-"])


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_WORDS, max_size=7))
def test_any_line_of_these_words_gives_the_same_result_both_ways(capsys, words):
    words = [word for word in words if word not in ("--out", "--force")]  # no file is written here
    quick, typer_way = both_ways(capsys, words)
    assert quick == typer_way


_VALUES = st.sampled_from(["45", "0", "400", "2026-09-20", "2026-13-01", "4800", "¥3,000", "8.8%", "8.8", "失业,威胁",
                           "off-hours", "en", "zh", "csv", "table", "x", "", "-", "１２３"])


@st.composite
def _plain_lines(draw) -> list[str]:
    """A line cli/quick.py reads: shared options, a command, each of its options at most once."""
    command = draw(st.sampled_from(sorted(COMMANDS)))
    spec = COMMANDS[command]
    names = draw(st.lists(st.sampled_from(sorted(spec["values"]) + sorted(spec["flags"])), unique=True, max_size=5))
    items = [[command]]  # whole items: a shared option never lands between an option and its value
    for name in names:
        items.append([name] if name in spec["flags"] else [name, draw(_VALUES)])
    for shared in draw(st.lists(st.sampled_from(["--json", "--lang", "--format"]), max_size=2)):
        items.insert(draw(st.integers(0, len(items))), [shared] if shared == "--json" else [shared, draw(_VALUES)])
    line = [word for item in items for word in item]
    return line


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_plain_lines())
def test_a_plain_line_gives_the_same_result_both_ways(capsys, words):
    from huabei_assist.errors import InputError

    command = next(word for word in words if word in COMMANDS)
    try:  # read here, not left to Typer, unless an option it cannot run without is missing
        assert (attempt(words) is not None) == all(name in words for name in COMMANDS[command]["required"])
    except InputError:
        pass  # a shared option the command does not offer: refused here, as Typer refuses it
    quick, typer_way = both_ways(capsys, words)
    assert quick == typer_way
