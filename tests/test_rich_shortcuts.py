"""render/rich_out.py takes shortcuts through Rich for speed: table cells draw their side spaces
themselves (_Padded) rather than through Rich's Padding, which costs a Padding object and a second
pass over the lines per cell; a mark, a title or a drawn line that fits is one segment (_Plain)
rather than a Text that wraps and justifies it. What reaches the terminal must stay the bytes Rich
draws the long way: in colour, at any width, for Chinese and English text, a label cut with "…",
an empty cell and a column with no room. (bench/render_golden.py checks every command's whole page
the same way, against a saved corpus.)"""

from __future__ import annotations

import io

import pytest
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from huabei_assist.render.rich_out import _Cell, _Padded, _Plain

ROWS = [
    ("已逾期天数", "45"),
    ("诉讼风险", "加 --amount 才能判断（转述的做法：超过180天且全部欠款超过5,000.00元；不是法定门槛）"),
    ("Litigation risk", "give --amount to judge (reported practice: a lawsuit past 180 days with a whole debt "
                        "over 5,000.00 CNY) https://example.org/a/very/long/address/that/never/breaks"),
    ("A label longer than a narrow window can hold", "x"),
    ("空", ""),
]


def _drawn(kind: str, padded: bool, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor")
    cell = _Padded if padded else (lambda renderable: renderable)
    sides = 2 if padded else 0  # a padded table's fixed widths count the side spaces
    if kind == "key/value":
        table = Table(show_header=False, box=box.SIMPLE, title="标题 Title", padding=0 if padded else (0, 1))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for label, value in ROWS:
            table.add_row(cell(Text(label)), cell(_Cell(value)))
    else:
        table = Table(box=box.ROUNDED, header_style="bold", padding=0 if padded else (0, 1))
        table.add_column(cell(_Cell("项目 Item")), width=6 + sides)
        table.add_column(cell(_Cell("说明 What it means")), width=max(width - 15, 1) + sides)
        for label, value in ROWS:
            table.add_row(cell(_Cell(label)), cell(_Cell(value)))
    console.print(table)
    return console.file.getvalue()


@pytest.mark.parametrize("kind", ["key/value", "bordered"])
@pytest.mark.parametrize("width", [12, 24, 40, 60, 80, 120])
def test_padded_cells_draw_the_bytes_rich_padding_draws(kind, width):
    rich = _drawn(kind, False, width)
    assert "\x1b[" in rich and rich.count("\n") > len(ROWS)  # in colour, a line a row at least
    assert _drawn(kind, True, width) == rich


@pytest.mark.parametrize("width", [12, 40, 80])
def test_hanging_lists_draw_what_a_padded_grid_draws(width):
    """The space after a mark ("•", "[12]") is in the mark's text instead of the grid's padding."""
    from huabei_assist.render.rich_out import _hanging

    items = [("[1]", ROWS[1][1]), ("[12]", ROWS[2][1]), ("•", "")]
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for mark, text in items:
        grid.add_row(Text(mark), _Cell(text))
    drawn = []
    for table in (grid, _hanging(items)):
        console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor")
        console.print(table)
        drawn.append(console.file.getvalue())
    assert "[12] " in drawn[0] and drawn[1] == drawn[0]


@pytest.mark.parametrize("text", ["逾期状态 Overdue status", "", "[12] ", "a line with a space at its end "])
@pytest.mark.parametrize("width", [6, 30])
def test_a_plain_line_draws_what_its_text_draws(text, width):
    from rich.styled import Styled

    drawn = []
    for line in (Text(text, style="bold"), Styled(_Plain(text), "bold")):
        console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor")
        console.print(line)
        drawn.append(console.file.getvalue())
    assert drawn[1] == drawn[0]
    assert ("\x1b[1m" in drawn[0]) == bool(text.strip())


# --- render/rich_tables.Grid: tables drawn as segments, against the same table drawn by rich.table ---

def _print(renderable, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor")
    console.print(renderable)
    return console.file.getvalue()


def _grids(width: int):
    from huabei_assist.render.rich_out import _hanging, _key_values, _tables
    from huabei_assist.render.view import KeyValues, Table as ViewTable

    rows = [list(row) for row in ROWS]
    bordered = ViewTable(title="一个标题 A title", headers=["项目 Item", "说明 What it means"], rows=rows)
    wide = ViewTable(title=None, headers=["#", "日期", "金额", "说明", "来源"],
                     rows=[["1", "2027-03-10", "2,050.00", ROWS[1][1], "[12]"], ["2", "", "", "", ""]])
    yield from _tables(bordered, width)
    yield from _tables(wide, width)
    yield _key_values(KeyValues(title="概况 Summary", rows=ROWS), width)
    yield _key_values(KeyValues(title="短 Short", rows=[("天数", "45"), ("Stage", "2")]), width)
    yield _hanging([("[1]", ROWS[1][1]), ("[12]", ROWS[2][1]), ("•", "")])


@pytest.mark.parametrize("width", [12, 24, 40, 47, 60, 80, 97, 120])
def test_grids_draw_the_bytes_rich_table_draws(width):
    grids = list(_grids(width))
    assert len(grids) >= 5
    for grid in grids:
        ours, reference = _print(grid, width), _print(grid.rich_table(), width)
        assert "\n" in ours and ours == reference


def test_a_grid_draws_without_rich_table_where_its_rule_is_simple(monkeypatch):
    """At 80 and 120 columns every table of the test's pages is drawn by Grid itself (bench/render_golden.py
    counts the same over every command); only the widths Rich shares out by ratio fall back to it."""
    from huabei_assist.render import rich_tables

    def refused(self):
        raise AssertionError("drawn by rich.table")

    monkeypatch.setattr(rich_tables.Grid, "rich_table", refused)
    for width in (80, 120):
        for grid in _grids(width):
            assert _print(grid, width).count("\n") >= 3


def test_a_title_wider_than_its_table_wraps_as_rich_wraps_it():
    from huabei_assist.render.rich_out import _Cell, _Padded
    from huabei_assist.render.rich_tables import Column, Grid

    grid = Grid([Column(_Padded(_Cell("列")), width=8)], [[_Padded(_Cell("值 value"))]], box=box.ROUNDED,
                title="一个比表格宽得多的标题 a title much wider than the table", header_style="bold")
    ours = _print(grid, 80)
    assert ours == _print(grid.rich_table(), 80) and ours.count("\n") > 6


_ON_A_TERMINAL = """
import io, sys
class Terminal(io.StringIO):
    def isatty(self):
        return True
drawn, sys.stdout = sys.stdout, Terminal()
from huabei_assist.cli import main
code = main(["status", "--days", "45", "--today", "2026-11-29"])
page, sys.stdout = sys.stdout.getvalue(), drawn
print(code, "\\x1b[" in page, "╭" in page, sorted(name for name in ("rich.table", "rich.padding", "fractions") if name in sys.modules))
"""


def test_status_on_a_terminal_is_drawn_without_importing_rich_table(tmp_path):
    """What start-up saves (docs/decisions.md "Tables drawn without rich.table"): rich.table, with
    rich._ratio's fractions and rich.padding, is not imported for the status page at 80 columns."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "COLUMNS": "80", "TERM": "xterm-256color", "HUABEI_HOME": str(tmp_path),
           "HUABEI_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("NO_COLOR", None)
    for _ in range(2):  # the second with the data cache the first wrote (a cold load validates with Pydantic)
        done = subprocess.run([sys.executable, "-c", _ON_A_TERMINAL], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.stdout.splitlines()[-1] == "0 True True []", done.stderr
