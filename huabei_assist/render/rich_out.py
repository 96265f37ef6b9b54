"""Rich tables for a terminal. Imported only when stdout is a TTY and NO_COLOR is unset."""

from __future__ import annotations

import re

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.text import Text

from huabei_assist.render.view import KeyValues, Notes, Picture, Table, View


_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # colour codes, to read the captured frame's last character
_ONE_LINE = 14  # cells: "2027-03-10", "1,234,567.89", "reported" fit


def _print_fitting_table(block: Table, console: Console) -> None:
    """Short values on one line when the table still fits; otherwise everything may fold, since
    a folded date beats a column cut off at the terminal's edge (Rich crops what does not fit).
    The first rendering is kept when it fits, so a table is drawn once in the common case."""
    with console.capture() as captured:
        console.print(_table(block, keep_short_values=True))
    text = captured.get()
    top = next((line for line in text.splitlines() if line.strip()), "")
    if _ANSI.sub("", top).rstrip().endswith("╮"):
        console.file.write(text)
    else:
        console.print(_table(block, keep_short_values=False))


def _table(block: Table, keep_short_values: bool) -> RichTable:
    """Long text folds, never cut; short values (money, dates, rates) stay on one line if asked."""
    table = RichTable(title=block.title, box=box.ROUNDED, title_justify="left", header_style="bold")
    for index, header in enumerate(block.headers):
        widest = max((cell_len(row[index]) for row in block.rows), default=0)
        keep = keep_short_values and widest <= _ONE_LINE
        table.add_column(escape(header), overflow="fold", min_width=widest if keep else None)
    for row in block.rows:
        table.add_row(*(escape(cell) for cell in row))
    return table


def print_rich(view: View, console: Console | None = None) -> None:
    console = console or Console()
    console.print(Text(view.title, style="bold"))
    for block in view.blocks:
        console.print()
        if isinstance(block, KeyValues):
            table = RichTable(title=block.title, show_header=False, box=box.SIMPLE, title_justify="left")
            table.add_column(style="bold cyan", no_wrap=True)
            table.add_column()
            for label, value in block.rows:
                table.add_row(escape(label), escape(value))
            console.print(table)
        elif isinstance(block, Table):
            _print_fitting_table(block, console)
        elif isinstance(block, Picture):
            if block.title:
                console.print(Text(block.title, style="bold"))
            for line in block.lines:
                console.print(Text(line, style="yellow"))
        elif isinstance(block, Notes):
            if block.title:
                console.print(Text(block.title, style="bold"))
            for item in block.items:
                console.print(Text(f"• {item}"))
