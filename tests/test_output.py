"""The output layer: plain when piped or NO_COLOR, Rich on a terminal, one JSON document, help, overview."""

import json
import os
import pty
import select
import subprocess
import sys
import time
from datetime import date

import pytest
from rich.cells import cell_len

from huabei_assist.render import render
from huabei_assist.render.view import KeyValues, Notes, Picture, Table, View

ESC = "\x1b"


def run_in_terminal(*args: str, env: dict | None = None, timeout: float | None = None) -> tuple[int, str]:
    """Run huabei with stdout on a pseudo-terminal, as a person at a terminal would; killed after
    `timeout` seconds (the test then fails instead of hanging)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "huabei_assist", *args], stdout=follower,
                            stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    os.close(follower)
    deadline = None if timeout is None else time.monotonic() + timeout
    chunks = []
    while deadline is None or select.select([leader], [], [], max(deadline - time.monotonic(), 0))[0]:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    if proc.poll() is None and deadline is not None and time.monotonic() >= deadline:
        proc.kill()
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


def test_no_color_at_a_terminal_wraps_to_its_width_and_pipes_keep_one_row_per_line(run_process):
    code, plain = run_in_terminal("status", "--days", "45", env={"NO_COLOR": "1", "COLUMNS": "60"})
    lines = plain.replace("\r", "").splitlines()
    assert code == 0 and ESC not in plain
    assert max(map(cell_len, lines)) <= 60
    assert "12378" in plain and "21:00" in plain  # wrapped between characters, never inside a number
    piped = run_process("status", "--days", "45", env={"COLUMNS": "60"}).out.splitlines()
    row = next(line for line in piped if line.startswith("4  遭遇骚扰时"))
    assert row == "4  遭遇骚扰时向95188投诉，并可拨打12378（国家金融监督管理总局）投诉。 [6]"  # one line, for grep
    assert max(map(cell_len, piped)) > 60


def test_plain_wraps_cells_inside_their_columns():
    view = View("t", [Table(None, ["行动", "依据"], [["遭遇骚扰时向95188投诉，并可拨打12378投诉。", "法规"]])], None)
    assert render(view, width=24).splitlines()[3:] == [
        "行动                依据",
        "------------------  ----",
        "遭遇骚扰时向95188   法规",
        "投诉，并可拨打",  # "12378" does not fit the 18 cells left and is never split
        "12378投诉。",
    ]
    assert render(view).splitlines()[5] == "遭遇骚扰时向95188投诉，并可拨打12378投诉。  法规"  # no width: one line


def test_plain_at_a_terminal_keeps_tables_and_titles_inside_its_width():
    """A source that is one long run of Latin text (URLs joined by ';') is wider than the room for
    its column: that cell is cut, as Rich cuts it, and the rest of the table still wraps. A block
    title (a channel's full name) wraps too."""
    source = "FACTS.md(m.17golang.com/article/525750.html;m.orangesgame.com/softwz/zixun/21591.html)"
    view = View("t", [KeyValues("12378 · 国家金融监督管理总局 消费者投诉热线 12378", [("处理什么", "公开的投诉平台，由新浪运营，不是监管机构；投诉内容公开。"),
                                       ("答复时限", "2027-03-10"), ("来源", source)])], None)
    lines = render(view, width=40).splitlines()
    assert max(map(cell_len, lines)) <= 40, lines
    # the title wraps too, and not inside a name from data/ (消费者投诉热线: a channel's name)
    assert lines[3:6] == ["12378 · 国家金融监督管理总局", "消费者投诉热线 12378", "-" * 28]
    assert "".join(line.split("  ", 1)[-1].strip() for line in lines[6:]) == (
        "公开的投诉平台，由新浪运营，不是监管机构；投诉内容公开。2027-03-10" + source)
    assert "2027-03-10" in lines[8]  # short values still whole


def test_no_color_at_a_one_column_terminal_still_finishes():
    """COLUMNS=1 (or a pane squeezed to one column): the notes wrap to width - 2 = -1 cells."""
    code, plain = run_in_terminal("status", "--days", "45", env={"NO_COLOR": "1", "COLUMNS": "1"}, timeout=10)
    assert code == 0 and "12378" in plain


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

    root = build(full=True)
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
    assert sorted(build("status").commands) == ["status"]
    assert sorted(build("complain").commands) == ["channels", "complain", "verify"]
    assert set(build("no-such").commands) == set(GROUPS)
    listed = build()
    assert set(listed.commands) == set(GROUPS) and listed.commands["status"].params == []
    assert set(build(full=True).commands) == set(GROUPS)
    assert build(full=True).commands["status"].params


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


def test_rich_cells_escape_control_characters():
    """A note typed or imported with a bell or a backspace is shown with them escaped, in every kind
    of block (a backspace moved the cursor back over the table's frame); see tests/test_escape.py."""
    note = "他说\a明天\b上门"
    lines = _rich_lines(View("t", [KeyValues(None, [("备注", note)]), Table(None, ["备注"], [[note]]),
                                   Notes(None, [note])], None), 40)
    assert not any(ch in line for line in lines for ch in "\a\b"), lines
    assert sum("他说\\x07明天\\x08上门" in line for line in lines) == 3


@pytest.mark.parametrize(("width", "tables"), [(60, 2), (80, 2), (100, 1), (160, 1)])
def test_rich_tables_never_cut_a_column(width, tables):
    """A table too wide for the window comes out as several, each repeating the first column: no
    date, amount or rate is broken and no text column falls under 16 cells (issue 11)."""
    lines = _rich_lines(View("t", [Table(None, PLAN_HEADERS, [PLAN_ROW])], None), width)
    assert all(cell_len(line) <= width for line in lines)
    rules = [line for line in lines if "┼" in line]  # under the headers: one joint per inner border
    assert len(rules) == tables
    assert sum(rule.count("┼") for rule in rules) == len(PLAN_HEADERS) - 1  # n columns + the first again, in tables
    for value in PLAN_ROW:
        assert any(value in line for line in lines), (width, value)


@pytest.mark.parametrize("width", [44, 80, 120])
def test_rich_tables_break_chinese_text_between_characters_not_inside_numbers(run, width):
    from huabei_assist.cli import interface_lang
    from huabei_assist.status import assess
    from huabei_assist.views.status_view import status_view

    view = status_view(assess(today=date(2026, 11, 29), days=45, since=None, amount=None, fee_rate=None), interface_lang.LANG)
    text = "\n".join(_rich_lines(view, width))
    for whole in ("95188", "12378", "21:00", "08:00"):
        assert whole in text, (width, whole)
    for line in text.splitlines():
        assert cell_len(line) <= width
        cells = [cell.strip() for cell in line.strip("│").split("│")]
        assert not any(cell.startswith(("，", "。", "；", "）")) for cell in cells), line


@pytest.mark.parametrize("width", [30, 40, 60, 80])
def test_rich_key_value_tables_keep_their_values_on_a_narrow_window(width):
    """Labels longer than the window left the value column no room: at 40 columns the English status
    page drew its ten labels and none of their values. Now the labels wrap and each value keeps 16 cells."""
    long_label = "Overdue fee when the next stage starts"
    lines = _rich_lines(View("t", [KeyValues(None, [(long_label, "136.50"), ("Days overdue", "45"),
                                                    ("Litigation risk", "reported practice 5,000.00 CNY")])], None),
                        width)
    text = "\n".join(lines)
    assert all(cell_len(line) <= width for line in lines)
    for whole in ("136.50", "45", "5,000.00"):
        assert whole in text, (width, whole)
    assert ("Overdue fee when the next stage starts" in text) == (width >= 80)  # wraps only when it must


PLAN_HEADERS = ["期数", "类型", "每期还款", "总手续费/利息", "共还", "名义年化利率（IRR×12）", "实际年化利率", "最后还款日",
                "占月收入"]
PLAN_ROW = ["3", "账单分期", "2,050.00", "150.00", "6,150.00", "14.94%", "16.00%", "2027-03-10", "41.00%"]


def _rich_lines(view, width):
    import io

    from rich.console import Console

    from huabei_assist.render.rich_out import print_rich

    console = Console(width=width, file=io.StringIO(), color_system=None, legacy_windows=False)
    print_rich(view, console)
    return console.file.getvalue().splitlines()

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_window_too_narrow_for_the_timeline_gets_its_narrow_drawing(lang):
    """At 40 columns (a phone's terminal) the status timeline (51 cells) would wrap like prose, its
    bar cut in two and its labels' spacing lost: the narrow drawing (Picture.narrow) is drawn instead,
    whole; at 80 columns and in a pipe the full one."""
    import io

    from rich.console import Console

    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render.rich_out import print_rich
    from huabei_assist.status import assess
    from huabei_assist.views.status_view import status_view

    kb = Knowledge()
    view = status_view(assess(today=date(2026, 11, 29), days=45, kb=kb), lang, kb=kb)
    wide, narrow = "[==========|====----------|--------------|-------->", "[=====|==-----|-------|---->"

    def bars(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip().startswith("[=")]

    assert bars(render(view, width=40)) == [narrow] and bars(render(view, width=80)) == [wide]
    assert bars(render(view)) == [wide]  # piped: one row per line, as drawn
    for width, bar in ((40, narrow), (80, wide)):
        console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor")
        print_rich(view, console)
        drawn = console.file.getvalue().replace("\x1b[33m", "").replace("\x1b[0m", "")  # the picture's yellow
        assert bars(drawn) == [bar]
        assert (" 1     31      91      181\n" in drawn) == (width == 40)
