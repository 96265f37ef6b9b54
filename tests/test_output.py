"""The output layer: plain when piped or NO_COLOR, Rich on a terminal, one JSON document, help, overview."""

import json
import os
import pty
import subprocess
import sys

import pytest

from huabei_assist.render import render
from huabei_assist.render.view import KeyValues, Notes, Picture, Table, View

ESC = "\x1b"


def run_in_terminal(*args: str, env: dict | None = None) -> tuple[int, str]:
    """Run huabei with stdout on a pseudo-terminal, as a person at a terminal would."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "huabei_assist", *args], stdout=follower,
                            stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(leader)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_piped_output_has_no_escape_codes(run_process):
    result = run_process("status", "--days", "45", "--amount", "3000")
    assert result.code == 0 and ESC not in result.out and "67.50" in result.out


def test_terminal_gets_rich_and_no_color_turns_it_off():
    code, rich_out = run_in_terminal("status", "--days", "45", "--lang", "en")
    assert code == 0 and ESC in rich_out and "Frequent local calls" in rich_out
    code, plain = run_in_terminal("status", "--days", "45", "--lang", "en", env={"NO_COLOR": "1"})
    assert code == 0 and ESC not in plain and "Frequent local calls" in plain


def test_json_is_exactly_one_document(run_process):
    result = run_process("status", "--days", "45", "--amount", "99.99", "--json")
    doc = json.loads(result.out)  # fails on anything before or after the document
    assert doc["penalty_to_date"] == "2.25"  # 99.99 x 0.0005 x 45 = 2.249775
    assert result.err == ""


def test_no_arguments_prints_the_overview(run):
    result = run()
    assert result.code == 0
    assert "huabei：花呗逾期助手" in result.out and "status" in result.out
    assert "Commands:" in run("--lang", "en").out


def test_version(run):
    from huabei_assist import __version__

    result = run("--version")
    assert result.code == 0 and result.out.strip() == f"huabei {__version__}"


def _all_command_paths():
    import typer.main

    from huabei_assist.cli.app import build

    root = typer.main.get_command(build(full=True))
    paths = []

    def walk(command, prefix):
        for name, sub in getattr(command, "commands", {}).items():
            paths.append([*prefix, name])
            walk(sub, [*prefix, name])

    walk(root, [])
    return paths


def test_each_run_builds_only_its_command_group():
    import typer.main

    from huabei_assist.cli.app import GROUPS, build, command_in

    assert command_in(["--lang", "en", "status", "--days", "3"]) == "status"
    assert command_in(["--help"]) is None and command_in([]) is None
    assert sorted(typer.main.get_command(build("status")).commands) == ["status"]
    assert sorted(typer.main.get_command(build("complain")).commands) == ["channels", "complain", "verify"]
    assert set(typer.main.get_command(build("no-such")).commands) == set(GROUPS)
    listed = typer.main.get_command(build())
    assert set(listed.commands) == set(GROUPS) and listed.commands["status"].params == []
    assert set(typer.main.get_command(build(full=True)).commands) == set(GROUPS)
    assert typer.main.get_command(build(full=True)).commands["status"].params


def test_help_of_every_command(run):
    paths = _all_command_paths()
    assert ["status"] in paths
    for path in [[], *paths]:
        result = run(*path, "--help")
        assert result.code == 0, path
        assert "--json" in result.out or not path, path
        assert "--lang" in result.out, path
    status_help = run("status", "--help").out
    for option in ("--days", "--since", "--amount", "--fee-rate", "--today"):
        assert option in status_help


def test_help_in_english(run_process):
    result = run_process("status", "--help", "--lang", "en")
    assert result.code == 0 and "Days overdue (the first overdue day is day 1)." in result.out


VIEW = View(
    "标题",
    [KeyValues(None, [("键", "值"), ("金额", "20,000.00")]), Picture(None, ["[==|--]"]), Notes("说明", ["一条"]),
     Table("表", ["期数", "金额"], [["1", "500.00"], ["2", "500.00"]], primary=True)],
    {"a": 1},
)


def test_markdown_and_csv_renderers():
    markdown = render(VIEW, fmt="markdown")
    assert "# 标题" in markdown and "## 表" in markdown and "- 一条" in markdown
    assert "| 金额 | 20,000.00 |" in markdown.replace("  ", " ")  # numbers keep their formatting
    assert "| 1    | 500.00 |" in markdown and markdown.count("|------|--------|") == 1
    assert render(VIEW, fmt="csv") == "期数,金额\n1,500.00\n2,500.00\n"


def test_csv_writes_numbers_without_thousands_separators():
    view = View("t", [Table(None, ["期数", "金额", "说明"], [["1", "19,500.00", "3, 6, 9"], ["2", "-1,234,567.5", "x"]])],
                None)
    assert render(view, fmt="csv") == '期数,金额,说明\n1,19500.00,"3, 6, 9"\n2,-1234567.5,x\n'


def test_csv_needs_a_table():
    from huabei_assist.errors import InputError

    with pytest.raises(InputError):
        render(View("x", [Notes(None, ["n"])], None), fmt="csv")


def test_plain_aligns_chinese_by_display_width():
    text = render(View("t", [Table(None, ["名称", "n"], [["中文", "1"], ["ab", "2"]])], None))
    lines = text.splitlines()
    assert "名称  n" in lines and "中文  1" in lines and "ab    2" in lines


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_rich_tables_never_cut_a_column(width):
    import io

    from rich.cells import cell_len
    from rich.console import Console

    from huabei_assist.render.rich_out import print_rich

    headers = ["期数", "类型", "每期还款", "总手续费/利息", "共还", "名义年化利率（IRR×12）", "实际年化利率", "最后还款日", "占月收入"]
    row = ["3", "账单分期", "2,050.00", "150.00", "6,150.00", "14.94%", "16.00%", "2027-03-10", "41.00%"]
    console = Console(width=width, file=io.StringIO(), color_system=None, legacy_windows=False)
    print_rich(View("t", [Table(None, headers, [row])], None), console)
    lines = console.file.getvalue().splitlines()
    assert all(cell_len(line) <= width for line in lines)
    top = next(line for line in lines if line.startswith("╭"))
    assert top.endswith("╮") and top.count("┬") == len(headers) - 1  # every column is there, none cropped
    if width >= 160:  # room enough: dates and money stay on one line
        assert any("2027-03-10" in line for line in lines) and any("2,050.00" in line for line in lines)
